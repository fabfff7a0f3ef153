"""How fast the text engine is: µs per article, and linear growth on hostile input.

Run: ``python benchmarks/engine_speed.py [--rounds N]``. Prints medians over interleaved
rounds; the figures are for one core of whatever machine runs it.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

import cleanbody
from cleanbody.corpus import load_corpus

REPO = Path(__file__).resolve().parent.parent


def _median_us(function: Callable[[], object], rounds: int) -> float:
    samples = []
    for _ in range(rounds):
        start = time.perf_counter_ns()
        function()
        samples.append((time.perf_counter_ns() - start) / 1000)
    return statistics.median(samples)


def _typical_articles() -> list[str]:
    """Corpus inputs of 3–4 KB (the size the target is stated for)."""
    texts = [case.text for case in load_corpus(REPO / "corpus")]
    typical = [text for text in texts if 3000 <= len(text.encode()) <= 4000]
    if not typical:  # a small corpus: glue paragraphs together to reach the size
        joined = "\n".join(texts)
        typical = [joined[:3500]]
    return typical


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    cleanbody.clean("warm up: load the rules and compile the trigger index")

    articles = _typical_articles()
    per_article = []
    for _ in range(args.rounds):  # interleaved: every article once per round
        for text in articles:
            start = time.perf_counter_ns()
            cleanbody.clean(text)
            per_article.append((time.perf_counter_ns() - start) / 1000)
    print(f"typical 3–4 KB articles: {len(articles)} texts x {args.rounds} rounds")
    print(f"  clean(): median {statistics.median(per_article):.0f} µs per article")

    print("\nlinear growth (median µs; µs per KB should stay flat):")
    paragraph = "The regional council approved a new budget for the coastal towns on Monday.\n"
    trigger_flood = "Read more: Share this article. Subscribe to continue reading.\n"
    appeal = "Please support our journalism. Donate now. Remind me later.\n"
    for name, unit in (("plain", paragraph), ("trigger flood", trigger_flood), ("appeals", appeal)):
        for size_kb in (50, 500, 5000):
            text = unit * (size_kb * 1024 // len(unit))
            rounds = max(3, args.rounds // (size_kb // 50 or 1))
            micros = _median_us(lambda text=text: cleanbody.clean(text), min(rounds, 5))
            print(
                f"  {name:<14} {size_kb:>5} KB: {micros / 1000:9.1f} ms  "
                f"{micros / size_kb:7.1f} µs/KB"
            )


if __name__ == "__main__":
    main()
