"""Site memory on a generated stream: 100,000 pages from 1,000 sites, learnt then cleaned.

Usage::

    PYTHONPATH=src .venv/bin/python benchmarks/site_memory.py [--pages N] [--sites N]

The pages are interleaved (page ``i`` belongs to site ``i % sites``), so every site is
live at once: the worst case for memory. Each page is a site template (a header, a
trailer with a counter and a month) around ten lines of words drawn at random, so almost
every article line is new. Prints learning speed (pages/s), the memory's size (sites,
fingerprints against their bound, saved bytes), fingerprints held and peak resident
memory at each quarter of the stream (bounded: flat once the tables are full), and the
speed of cleaning with the memory against clean() without it, measured in the same run.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from collections.abc import Iterator, Sequence

import cleanbody
from cleanbody import SiteMemory

MONTHS = ("Machi", "Aprili", "Mei", "Juni", "Julai")


def _rss_mb() -> float:
    """Peak resident memory of this process so far (ru_maxrss is in KiB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pages(count: int, sites: int, seed: int = 14) -> Iterator[tuple[str, str]]:
    """``count`` (url, text) pages, interleaved across ``sites`` sites."""
    rng = random.Random(seed)
    vocabulary = [
        "".join(rng.choices("abcdefghijklmnoprstuvwyz", k=rng.randint(3, 9))) for _ in range(20_000)
    ]
    for number in range(count):
        site = number % sites
        name = f"Gazeti {site}"
        lines = [f"Mwanzo › Habari za {name}"]
        for _ in range(10):
            words = rng.choices(vocabulary, k=rng.randint(8, 24))
            lines.append(" ".join(words).capitalize() + ".")
        lines += [
            f"Saidia {name}",
            f"{name} hutegemea wasomaji. Mwezi wa {rng.choice(MONTHS)} wasomaji "
            f"{rng.randint(100, 9999):,} walichangia.",
            "Changia sasa",
            f"© {rng.randint(2020, 2026)} {name}. Haki zote zimehifadhiwa.",
        ]
        yield f"https://site-{site}.example/habari/{number}", "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--sites", type=int, default=1_000)
    parser.add_argument("--clean-sample", type=int, default=2_000)
    args = parser.parse_args(argv)

    cleanbody.warm_up()
    base = _rss_mb()
    memory = SiteMemory()
    checkpoints = {args.pages * step // 4 for step in (1, 2, 3, 4)}
    rows = []
    start = time.perf_counter()
    for number, (url, text) in enumerate(pages(args.pages, args.sites), start=1):
        memory.learn(text, url=url)
        if number in checkpoints:
            rows.append((number, memory.stats()["fingerprints"], _rss_mb()))
    learn_seconds = time.perf_counter() - start
    stats = memory.stats()
    saved = len(memory.to_bytes())
    print(f"stream: {args.pages:,} pages from {args.sites:,} sites (interleaved)")
    print(f"learn: {learn_seconds:,.1f} s, {args.pages / learn_seconds:,.0f} pages/s")
    print(
        f"memory: {stats['sites']:,} sites, {stats['fingerprints']:,} fingerprints "
        f"(bound {stats['max_fingerprints']:,}), saved as {saved / 1e6:,.1f} MB"
    )
    print(f"peak RSS after warm-up: {base:,.0f} MB; then, as the stream goes on:")
    for number, fingerprints, rss in rows:
        print(f"  {number:>9,} pages  {fingerprints:>9,} fingerprints  peak RSS {rss:,.0f} MB")

    sample = list(pages(args.clean_sample, args.sites, seed=15))
    timings: dict[str, list[float]] = {"clean()": [], "SiteMemory.clean": []}
    removed = 0
    for _ in range(3):
        start = time.perf_counter()
        for _url, text in sample:
            cleanbody.clean(text)
        timings["clean()"].append(time.perf_counter() - start)
        start = time.perf_counter()
        for url, text in sample:
            removed += len(memory.clean(text, url=url).removed)
        timings["SiteMemory.clean"].append(time.perf_counter() - start)
    plain, with_memory = (statistics.median(timings[key]) for key in timings)
    print(
        f"clean {len(sample):,} pages (median of 3): clean() {len(sample) / plain:,.0f} pages/s, "
        f"with memory {len(sample) / with_memory:,.0f} pages/s "
        f"(ratio {with_memory / plain:.2f}); {removed // 3:,} removals with memory"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
