"""Score cleanbody's HTML path on the article extraction benchmark (AEB) pages.

Runs, in one process and on the same pages: ``trafilatura.extract`` (default),
``trafilatura.extract(favor_precision=True)`` and ``cleanbody.clean``. Scoring follows
the benchmark's method (4-token shingles, per-page precision and recall averaged over
pages, F1 of the two means). It also counts *residue pages*: pages whose output still
carries an appeal, paywall, newsletter, "read more" or share line that the gold lacks.

Usage::

    .venv/bin/python benchmarks/aeb.py [--data DIR] [--json FILE] [--show-residue]

The pages are third-party content: they are read from ``--data`` and never copied.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

import cleanbody

DEFAULT_DATA = Path("/work/shared/benchmarks/aeb")
SHINGLE = 4
_WORDS = re.compile(r"\w+")

# Independent of cleanbody's rules on purpose: a residue detector built from the rules
# under test would only measure their consistency. One pattern per kind, matched on
# output lines that the gold does not contain.
RESIDUE_KINDS: dict[str, re.Pattern[str]] = {
    "appeal": re.compile(
        r"\b(?:(?:please|can you|will you) (?:donate|give|contribute)|donate (?:now|today)"
        r"|make a (?:donation|contribution)|support (?:our|independent|quality) "
        r"(?:journalism|reporting)|become a (?:member|supporter|patron)|chip in"
        r"|readers like you)\b",
        re.IGNORECASE,
    ),
    "paywall": re.compile(
        r"\b(?:subscribe (?:now )?to (?:continue|keep) reading|already a subscriber"
        r"|to continue reading|subscribers? only|unlock this (?:article|story)"
        r"|free articles? (?:left|remaining))\b",
        re.IGNORECASE,
    ),
    "newsletter": re.compile(
        r"\b(?:newsletters?|(?:sign|signing) up (?:for|to)|delivered (?:straight )?to your inbox"
        r"|in your inbox|your subscription)\b",
        re.IGNORECASE,
    ),
    "read_more": re.compile(
        r"^\W*(?:read more|read also|also read|see also|related|more from|recommended)\b\s*[:|-]",
        re.IGNORECASE,
    ),
    "share": re.compile(
        r"\b(?:share (?:this|it) (?:article|story|post)?\s*(?:with|on)\b|click to tweet"
        r"|share on (?:facebook|twitter|whatsapp|linkedin))",
        re.IGNORECASE,
    ),
}


def shingles(text: str) -> Counter[tuple[str, ...]]:
    """The multiset of 4-token shingles of ``text`` (one shingle under 4 tokens)."""
    tokens = _WORDS.findall(text)
    if len(tokens) < SHINGLE:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + SHINGLE]) for i in range(len(tokens) - SHINGLE + 1))


def page_scores(gold: str, output: str) -> tuple[float | None, float | None]:
    """Per-page (precision, recall); ``None`` where the page drops out of that mean."""
    true, predicted = shingles(gold), shingles(output)
    tp = sum((true & predicted).values())
    fp = sum((predicted - true).values()) if output.strip() else 0
    fn = sum((true - predicted).values())
    precision = (tp / (tp + fp) if tp + fp else None) if output.strip() else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def _normal(text: str) -> str:
    return " ".join(_WORDS.findall(text)).lower()


def residue(gold: str, output: str) -> list[tuple[str, str]]:
    """Output lines that the gold lacks and that one residue kind matches."""
    normal_gold = _normal(gold)
    found = []
    for line in output.splitlines():
        normal = _normal(line)
        if not normal or normal in normal_gold:
            continue
        for kind, pattern in RESIDUE_KINDS.items():
            if pattern.search(line):
                found.append((kind, line))
                break
    return found


def load_pages(data: Path) -> list[tuple[str, str, str, str]]:
    """Return (id, url, html, gold) for every page."""
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    pages = []
    for page_id, entry in sorted(truth.items()):
        raw = gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes())
        pages.append((page_id, entry["url"], raw.decode("utf-8"), entry["articleBody"]))
    return pages


SYSTEMS: dict[str, Callable[[str], str]] = {
    "trafilatura default": lambda html: trafilatura.extract(html) or "",
    "trafilatura favor_precision": lambda html: (
        trafilatura.extract(html, favor_precision=True) or ""
    ),
    "cleanbody": lambda html: cleanbody.clean(html).text,
}


def evaluate(pages: list[tuple[str, str, str, str]], show: bool) -> dict[str, Any]:
    """Score every system on every page; return the table as a dict."""
    table: dict[str, Any] = {}
    for name, run in SYSTEMS.items():
        precisions, recalls = [], []
        residue_pages: dict[str, list[tuple[str, str]]] = {}
        started = time.perf_counter()
        for page_id, _url, html, gold in pages:
            output = run(html)
            precision, recall = page_scores(gold, output)
            if precision is not None:
                precisions.append(precision)
            if recall is not None:
                recalls.append(recall)
            lines = residue(gold, output)
            if lines:
                residue_pages[page_id] = lines
        p = sum(precisions) / len(precisions)
        r = sum(recalls) / len(recalls)
        table[name] = {
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(2 * p * r / (p + r), 3),
            "residue_pages": len(residue_pages),
            "seconds": round(time.perf_counter() - started, 2),
        }
        if show:
            for page_id, lines in residue_pages.items():
                for kind, line in lines:
                    print(f"  {name} {page_id[:10]} {kind}: {line[:110]}", file=sys.stderr)
    return table


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the AEB folder")
    parser.add_argument("--json", type=Path, help="also write the table to this file")
    parser.add_argument("--show-residue", action="store_true", help="print residue lines to stderr")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(f"no ground-truth.json in {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    pages = load_pages(args.data)
    table = evaluate(pages, args.show_residue)
    print(f"AEB, {len(pages)} pages, trafilatura {trafilatura.__version__}")
    print(f"{'system':<28} {'P':>6} {'R':>6} {'F1':>6} {'residue':>8} {'seconds':>8}")
    for name, row in table.items():
        print(
            f"{name:<28} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} "
            f"{row['residue_pages']:>8} {row['seconds']:>8.2f}"
        )
    if args.json:
        args.json.write_text(json.dumps({"pages": len(pages), "systems": table}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
