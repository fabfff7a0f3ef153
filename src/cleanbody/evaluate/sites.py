"""Measure site memory on a labelled multi-page set, with and without it.

Run ``python -m cleanbody.evaluate sites DIR`` (``--help`` for the options). ``DIR`` holds
corpus cases (see :mod:`cleanbody.evaluate.corpus`), one page each, with a ``url:``
header; pages are grouped by the URL's host (or, without one, by their folder). Per
site and overall, line by line as the corpus is scored:

- ``template_recall``: boilerplate lines whose text, digits aside, is on at least three
  pages of the site, removed;
- ``boilerplate_recall``: all boilerplate lines removed;
- ``exact``: pages whose output keeps exactly their article lines;
- ``article_loss``: the share of article *characters* removed;
- ``repeated_article_removed``: article lines on at least two pages of the site (a
  series' background paragraph) that were removed, out of ``repeated_article_lines``.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Final

import regex

from cleanbody.api import clean
from cleanbody.config import MODES, Config
from cleanbody.evaluate.corpus import Case, load_corpus
from cleanbody.evaluate.measure import removed_lines
from cleanbody.sites import SiteMemory, site_of

__all__ = ["evaluate_sites", "format_sites_report", "sites_main"]

#: A boilerplate line on at least this many pages of its site is template (the issue's bar).
TEMPLATE_PAGES: Final = 3
#: An article line on at least this many pages of its site is repeated article text.
REPEATED_PAGES: Final = 2
_DIGITS = regex.compile(r"\d+")


def _key(line: str) -> str:
    return _DIGITS.sub("0", line.strip())


def _site(case: Case) -> str:
    return site_of(case.url) or Path(case.path).parent.name


def _group(cases: Sequence[Case]) -> dict[str, list[Case]]:
    sites: dict[str, list[Case]] = defaultdict(list)
    for case in cases:
        sites[_site(case)].append(case)
    return dict(sorted(sites.items()))


def _page_counts(pages: Sequence[Case]) -> dict[tuple[str, bool], int]:
    """On how many pages each (digit-normalised line, is boilerplate) occurs."""
    counts: dict[tuple[str, bool], int] = defaultdict(int)
    for case in pages:
        for key in {(_key(line), category is not None) for line, category in case.lines}:
            counts[key] += 1
    return counts


def _score(pages: Sequence[Case], flags: Sequence[list[bool]]) -> dict[str, Any]:
    counts = _page_counts(pages)
    totals: dict[str, int] = defaultdict(int)
    lost: list[str] = []
    left: list[str] = []
    for case, removed in zip(pages, flags, strict=True):
        page_exact = True
        for (line, category), gone in zip(case.lines, removed, strict=True):
            if not line.strip():
                continue
            if category is None:
                totals["article_chars"] += len(line.strip())
                totals["lost_chars"] += len(line.strip()) * gone
                if counts[(_key(line), False)] >= REPEATED_PAGES:
                    totals["repeated"] += 1
                    totals["repeated_removed"] += gone
                if gone:
                    page_exact = False
                    lost.append(f"{case.id}: {line.strip()}")
                continue
            totals["boilerplate"] += 1
            totals["caught"] += gone
            if counts[(_key(line), True)] >= TEMPLATE_PAGES:
                totals["template"] += 1
                totals["template_caught"] += gone
            if not gone:
                page_exact = False
                left.append(f"{case.id}: [{category}] {line.strip()}")
        totals["exact"] += page_exact
    totals["pages"] = len(pages)
    return _figures(totals, lost, left)


def _figures(totals: dict[str, int], lost: list[str], left: list[str]) -> dict[str, Any]:
    return {
        "pages": totals["pages"],
        "template_recall": _ratio(totals["template_caught"], totals["template"]),
        "boilerplate_recall": _ratio(totals["caught"], totals["boilerplate"]),
        "exact": _ratio(totals["exact"], totals["pages"]),
        "article_loss": _ratio(totals["lost_chars"], totals["article_chars"]),
        "repeated_article_removed": totals["repeated_removed"],
        "repeated_article_lines": totals["repeated"],
        "counts": dict(totals),
        "lost": lost,
        "left": left,
    }


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def _run(sites: dict[str, list[Case]], config: Config, memory: bool) -> dict[str, Any]:
    per_site: dict[str, Any] = {}
    for name, pages in sites.items():
        if memory:
            learnt = SiteMemory(config)
            for case in pages:
                learnt.learn(case.text, site=name)
            flags = [removed_lines(case, learnt.clean(case.text, site=name)) for case in pages]
        else:
            flags = [removed_lines(case, clean(case.text, config)) for case in pages]
        per_site[name] = _score(pages, flags)
    # Overall: the sum of the sites' counts (a line repeats within its own site only).
    totals: dict[str, int] = defaultdict(int)
    for figures in per_site.values():
        for key, value in figures["counts"].items():
            totals[key] += value
    overall = _figures(
        totals,
        [line for figures in per_site.values() for line in figures["lost"]],
        [line for figures in per_site.values() for line in figures["left"]],
    )
    return {"overall": overall, "sites": per_site}


def evaluate_sites(
    root: str | Path, config: Config | None = None, *, memory: bool = True
) -> dict[str, Any]:
    """Measure cleanbody on the multi-page set at ``root``, without and (by default) with memory.

    Returns:
        ``{"root", "sites", "pages", "without": {...}, "with": {...}}``; each system holds
        ``overall`` and per-site figures (see the module docstring).
    """
    settings = config or Config()
    cases = load_corpus(root)
    sites = _group(cases)
    report: dict[str, Any] = {
        "root": str(root),
        "sites": {name: len(pages) for name, pages in sites.items()},
        "pages": len(cases),
        "without": _run(sites, settings, memory=False),
    }
    if memory:
        report["with"] = _run(sites, settings, memory=True)
    return report


_COLUMNS: Final = (
    ("template_recall", "template recall"),
    ("boilerplate_recall", "recall"),
    ("exact", "exact"),
    ("article_loss", "article loss"),
)


def format_sites_report(report: dict[str, Any], worst: int = 10) -> str:
    """Render a report as a table: one row per site and system, then what went wrong."""
    systems = [name for name in ("without", "with") if name in report]
    lines = [
        f"set: {report['root']}  pages: {report['pages']}  sites: {len(report['sites'])}",
        "",
        "| site                     | memory  | pages | template recall | recall | exact "
        "| article loss | repeated article removed |",
        "|--------------------------|---------|------:|----------------:|-------:|------:"
        "|-------------:|-------------------------:|",
    ]
    for site in [*report["sites"], "overall"]:
        for system in systems:
            row = report[system]["overall" if site == "overall" else "sites"]
            figures = row if site == "overall" else row[site]
            lines.append(
                f"| {site:<24} | {system:<7} | {figures['pages']:5d} "
                f"| {figures['template_recall']:15.4f} | {figures['boilerplate_recall']:6.4f} "
                f"| {figures['exact']:5.3f} | {figures['article_loss']:12.4f} "
                f"| {figures['repeated_article_removed']:>7d} "
                f"of {figures['repeated_article_lines']:<14d} |"
            )
    last = report[systems[-1]]["overall"]
    if worst and (last["lost"] or last["left"]):
        lines += ["", f"with{'out' if systems[-1] == 'without' else ''} memory, first problems:"]
        lines.extend(f"  LOST  {text[:120]}" for text in last["lost"][:worst])
        lines.extend(f"  LEFT  {text[:120]}" for text in last["left"][:worst])
    return "\n".join(lines)


def sites_main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m cleanbody.evaluate sites DIR [--no-memory] [--json FILE]``."""
    parser = argparse.ArgumentParser(
        prog="python -m cleanbody.evaluate sites", description=__doc__.splitlines()[0]
    )
    parser.add_argument("root", metavar="DIR", help="the multi-page set, e.g. corpus-sites")
    parser.add_argument("--no-memory", action="store_true", help="measure only without site memory")
    parser.add_argument("--mode", choices=MODES, default="balanced", help="cleanbody mode")
    parser.add_argument("--json", metavar="FILE", help="also write the full report as JSON")
    parser.add_argument("--worst", type=int, default=10, help="problems to list (0: none)")
    args = parser.parse_args(argv)
    try:
        report = evaluate_sites(args.root, Config(mode=args.mode), memory=not args.no_memory)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_sites_report(report, args.worst))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    return 0
