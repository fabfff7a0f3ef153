"""Cost of cleanbody's HTML path against ``trafilatura.bare_extraction`` on the same pages.

Each round runs both over every AEB page, alternating which goes first; the medians of
the per-round totals are compared. Target: cleanbody at most 1.10x trafilatura.

``--growth`` times instead one generated page of linked paragraphs per size in ``--sizes``
(default 0.5, 1, 2 and 4 MB; CPU seconds, minimum of ``--repeats``), parsed by trafilatura
("before": libxml2 answers the paragraph test ``//p//text()`` in quadratic time) and by
cleanbody's long-page parse ("after", the default from ``LINEAR_PARSE_CHARS``), and prints
seconds per MB: flat when the HTML path is linear (issue 15).

Usage::

    .venv/bin/python benchmarks/html_speed.py [--data DIR] [--rounds N] [--breakdown]
    .venv/bin/python benchmarks/html_speed.py --growth [--sizes MB ...] [--repeats N]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura
from aeb import DEFAULT_DATA, load_pages

import cleanbody
from cleanbody.evaluate.inputs import linked_paragraphs_page
from cleanbody.html import extract
from cleanbody.html.paywall import read_paywall_markup
from cleanbody.html.prune import prune
from cleanbody.text.engine import clean_text


def _total(run: Callable[[str], object], pages: list[str]) -> float:
    started = time.perf_counter()
    for html in pages:
        run(html)
    return time.perf_counter() - started


def _breakdown(pages: list[str]) -> None:
    """Print what each step of the HTML path costs, summed over the pages."""
    from trafilatura.utils import load_html  # noqa: PLC0415

    steps = dict.fromkeys(("parse", "markup", "prune", "extract", "engine"), 0.0)
    config = cleanbody.Config()
    for html in pages:
        at = time.perf_counter()
        tree = load_html(html)
        steps["parse"] += time.perf_counter() - at
        at = time.perf_counter()
        read_paywall_markup(tree)
        steps["markup"] += time.perf_counter() - at
        at = time.perf_counter()
        prune(tree)
        steps["prune"] += time.perf_counter() - at
        at = time.perf_counter()
        document = trafilatura.bare_extraction(tree, with_metadata=True, include_comments=False)
        steps["extract"] += time.perf_counter() - at
        at = time.perf_counter()
        clean_text(getattr(document, "text", "") or "", config)
        steps["engine"] += time.perf_counter() - at
    for name, seconds in steps.items():
        print(f"  {name:<8} {seconds:7.3f} s")


def _cpu_seconds(html: str, repeats: int) -> float:
    best = float("inf")
    for _ in range(repeats):
        started = time.process_time()
        cleanbody.clean(html)
        best = min(best, time.process_time() - started)
    return best


def growth(sizes: list[float], repeats: int) -> None:
    """Print the seconds per MB of ``cleanbody.clean`` before and after the long-page parse."""
    cleanbody.clean(linked_paragraphs_page(1000))  # warm-up: imports, rule loading
    after_from = extract.LINEAR_PARSE_CHARS
    print(f"linked paragraphs, CPU seconds (minimum of {repeats}); before: trafilatura's parse")
    print(f"{'MB':>5} {'before s':>9} {'s/MB':>6} {'after s':>8} {'s/MB':>6} {'before/after':>13}")
    for megabytes in sizes:
        html = linked_paragraphs_page(int(megabytes * 1_000_000))
        extract.LINEAR_PARSE_CHARS = len(html) + 1  # type: ignore[misc]  # the "before" parse
        before = _cpu_seconds(html, repeats)
        extract.LINEAR_PARSE_CHARS = after_from  # type: ignore[misc]
        after = _cpu_seconds(html, repeats)
        print(
            f"{megabytes:5g} {before:9.2f} {before / megabytes:6.2f} {after:8.2f} "
            f"{after / megabytes:6.2f} {before / after:12.2f}x",
            flush=True,
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the AEB folder")
    parser.add_argument("--rounds", type=int, default=7, help="interleaved rounds")
    parser.add_argument("--breakdown", action="store_true", help="time each step once")
    parser.add_argument("--growth", action="store_true", help="seconds per MB, generated pages")
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.5, 1.0, 2.0, 4.0])
    parser.add_argument("--repeats", type=int, default=2, help="runs per size (growth)")
    args = parser.parse_args(argv)
    logging.disable(logging.WARNING)  # trafilatura logs every page it finds too short
    if args.growth:
        growth(args.sizes, args.repeats)
        return 0
    if not (args.data / "ground-truth.json").is_file():
        print(f"no ground-truth.json in {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    pages = [html for _id, _url, html, _gold in load_pages(args.data)]
    systems: dict[str, Callable[[str], object]] = {
        "trafilatura.bare_extraction": lambda html: trafilatura.bare_extraction(
            html, with_metadata=True
        ),
        "cleanbody.clean": cleanbody.clean,
    }
    for run in systems.values():  # warm-up: imports, rule loading, caches
        _total(run, pages[:10])
    totals: dict[str, list[float]] = {name: [] for name in systems}
    for round_number in range(args.rounds):
        order = list(systems) if round_number % 2 == 0 else list(reversed(systems))
        for name in order:
            totals[name].append(_total(systems[name], pages))
    medians = {name: statistics.median(values) for name, values in totals.items()}
    print(f"{len(pages)} pages, {args.rounds} interleaved rounds, median seconds per round")
    for name, seconds in medians.items():
        print(f"  {name:<30} {seconds:7.3f} s  ({1000 * seconds / len(pages):.1f} ms/page)")
    ratio = medians["cleanbody.clean"] / medians["trafilatura.bare_extraction"]
    print(f"  ratio cleanbody / trafilatura   {ratio:.3f}x")
    if args.breakdown:
        _breakdown(pages)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
