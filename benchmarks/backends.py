"""F1 and pages per second of the two HTML backends, alone and inside cleanbody, on AEB.

Runs, in one process and on the same pages: ``trafilatura.extract`` (default),
``cleanbody.clean`` (trafilatura backend, the default), resiliparse's
``extract_plain_text(main_content=True)``, and ``cleanbody.clean`` with
``Config(backend="resiliparse")``, with and without the learned lexicon and pruning. F1 is the
benchmark's token scoring as ``benchmarks/aeb.py`` computes it (4-token shingles,
per-page precision and recall averaged over pages); speed is the median over
interleaved rounds of the time one system takes for all the pages, as pages per second.

Usage::

    .venv/bin/python benchmarks/backends.py [--data DIR] [--rounds N] [--json FILE]

The pages are third-party content: they are read from ``--data`` and never copied.
"""

from __future__ import annotations

import argparse
import json
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura
from aeb import DEFAULT_DATA, load_pages, page_scores, residue
from resiliparse.extract.html2text import extract_plain_text

import cleanbody

FAST = cleanbody.Config(backend="resiliparse")
#: Without the learned lexicon, which costs most of the text engine's time.
FAST_RULES = cleanbody.Config(backend="resiliparse", learned=False)
#: ...and without DOM pruning, the other large cost: the text rules alone.
FAST_TEXT = cleanbody.Config(backend="resiliparse", learned=False, prune_html=False)

SYSTEMS: dict[str, Callable[[str], str]] = {
    "trafilatura.extract": lambda html: trafilatura.extract(html) or "",
    "cleanbody (trafilatura)": lambda html: cleanbody.clean(html).text,
    "resiliparse main_content": lambda html: extract_plain_text(html, main_content=True),
    "cleanbody (resiliparse)": lambda html: cleanbody.clean(html, FAST).text,
    "cleanbody (resiliparse, rules only)": lambda html: cleanbody.clean(html, FAST_RULES).text,
    "cleanbody (resiliparse, rules, no DOM)": lambda html: cleanbody.clean(html, FAST_TEXT).text,
}


def _score(outputs: list[str], golds: list[str]) -> dict[str, float]:
    precisions, recalls, residue_pages = [], [], 0
    for output, gold in zip(outputs, golds, strict=True):
        precision, recall = page_scores(gold, output)
        if precision is not None:
            precisions.append(precision)
        if recall is not None:
            recalls.append(recall)
        residue_pages += bool(residue(gold, output))
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    return {
        "precision": round(p, 3),
        "recall": round(r, 3),
        "f1": round(2 * p * r / (p + r), 3),
        "residue_pages": residue_pages,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the AEB folder")
    parser.add_argument("--rounds", type=int, default=5, help="interleaved timing rounds")
    parser.add_argument("--json", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    if not (args.data / "ground-truth.json").is_file():
        print(f"no ground-truth.json in {args.data}; pass --data DIR", file=sys.stderr)
        return 2
    logging.disable(logging.WARNING)  # trafilatura logs every page it finds too short
    pages = load_pages(args.data)
    htmls = [html for _id, _url, html, _gold in pages]
    golds = [gold for _id, _url, _html, gold in pages]
    cleanbody.warm_up()
    cleanbody.warm_up(FAST)
    table: dict[str, dict[str, float]] = {}
    for name, run in SYSTEMS.items():  # the scored pass doubles as the warm-up
        table[name] = _score([run(html) for html in htmls], golds)
    seconds: dict[str, list[float]] = {name: [] for name in SYSTEMS}
    for round_number in range(args.rounds):
        order = list(SYSTEMS) if round_number % 2 == 0 else list(reversed(SYSTEMS))
        for name in order:
            started = time.perf_counter()
            for html in htmls:
                SYSTEMS[name](html)
            seconds[name].append(time.perf_counter() - started)
    reference = len(htmls) / statistics.median(seconds["cleanbody (trafilatura)"])
    print(
        f"AEB, {len(htmls)} pages, trafilatura {trafilatura.__version__}, "
        f"{args.rounds} interleaved rounds (median)"
    )
    print(f"{'system':<40} {'P':>6} {'R':>6} {'F1':>6} {'residue':>8} {'pages/s':>8} {'speed':>7}")
    for name, row in table.items():
        rate = len(htmls) / statistics.median(seconds[name])
        row["pages_per_second"] = round(rate, 1)
        row["speed_vs_cleanbody"] = round(rate / reference, 2)
        print(
            f"{name:<40} {row['precision']:>6.3f} {row['recall']:>6.3f} {row['f1']:>6.3f} "
            f"{row['residue_pages']:>8} {row['pages_per_second']:>8.1f} "
            f"{row['speed_vs_cleanbody']:>6.2f}x"
        )
    if args.json:
        args.json.write_text(json.dumps({"pages": len(htmls), "systems": table}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
