"""How fast the text engine is: µs per article, and linear growth on hostile input.

Run: ``python benchmarks/engine_speed.py [--rounds N]``. The articles are the texts
trafilatura extracts from the benchmark pages in ``../shared/benchmarks/aeb`` (real
pages, extracted once at start); each round cleans every text once, so a slow moment of
the machine hits all texts alike, and each text's figure is its median over the rounds.
The figures are for one core of whatever machine runs it.
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import time
from pathlib import Path

import trafilatura

import cleanbody

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO.parent / "shared" / "benchmarks" / "aeb" / "html"


def _articles() -> list[str]:
    texts = []
    for path in sorted(PAGES.glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        texts.append(trafilatura.extract(html) or "")
    return [text for text in texts if text]


def _per_text_medians(
    texts: list[str], rounds: int, configs: list[cleanbody.Config]
) -> list[list[float]]:
    """Per config, each text's median time; the configs take turns on every text."""
    samples: list[list[list[float]]] = [[[] for _ in texts] for _ in configs]
    for _ in range(rounds):
        for index, text in enumerate(texts):
            for slot, config in enumerate(configs):
                start = time.process_time_ns()
                cleanbody.clean(text, config)
                samples[slot][index].append((time.process_time_ns() - start) / 1000)
    return [[statistics.median(values) for values in per_text] for per_text in samples]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    cleanbody.clean("warm up: load the rules and build the trigger automata")

    articles = _articles()
    configs = {
        "clean()": cleanbody.Config(),
        "rules only (learned=False)": cleanbody.Config(learned=False),
    }
    timed = _per_text_medians(articles, args.rounds, list(configs.values()))
    sizes = [len(text.encode()) for text in articles]
    print(
        f"{len(articles)} extracted AEB texts, median size {statistics.median(sizes)} bytes, "
        f"{args.rounds} interleaved rounds, CPU time"
    )
    for name, medians in zip(configs, timed, strict=True):
        typical = [m for m, size in zip(medians, sizes, strict=True) if 3000 <= size <= 4000]
        print(
            f"  {name}: median {statistics.median(medians):.0f} µs per text; "
            f"{statistics.median(typical):.0f} µs for the {len(typical)} texts of 3–4 KB; "
            f"{sum(sizes) / sum(medians):.2f} MB/s overall"
        )
    ratio = statistics.median(a / b for a, b in zip(timed[0], timed[1], strict=True))
    print(f"  learned lexicon costs {ratio:.2f}x the rules alone (median ratio per text)")

    print("\nlinear growth (median of 3; µs per KB should stay flat):")
    units = {
        "plain prose": "The regional council approved a new budget for the coastal towns.\n",
        "trigger flood": "Read more: Share this article. Subscribe to continue reading.\n",
        "appeal flood": "Please support our journalism. Donate now. Remind me later.\n",
        "button flood": "Share\n",
    }
    for name, unit in units.items():
        for size_kb in (50, 500, 5000):
            text = unit * (size_kb * 1024 // len(unit))
            samples = []
            for _ in range(3):
                start = time.perf_counter_ns()
                cleanbody.clean(text)
                samples.append((time.perf_counter_ns() - start) / 1000)
            micros = statistics.median(samples)
            print(
                f"  {name:<14} {size_kb:>5} KB: {micros / 1000:9.1f} ms  "
                f"{micros / size_kb:7.1f} µs/KB"
            )


if __name__ == "__main__":
    main()
