"""Throughput of the ``cleanbody`` command on a JSON Lines file with ``-j 1`` and ``-j 2``.

Usage::

    .venv/bin/python benchmarks/cli_throughput.py [--records 20000] [--rounds 3] [--jobs 1,2]

The sample file (written under /tmp, never in the repository) cycles through texts
from the corpus and the benchmark pages (extracted by trafilatura), half of them with
an invented appeal trailer added. Each round runs every ``-j`` value once, in turn,
through the installed script; the figures are medians over rounds and include the
start-up of the command, which is measured on its own too. The outputs of all ``-j``
values are compared byte for byte.
"""

from __future__ import annotations

import argparse
import filecmp
import gzip
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGES = REPO.parent / "shared" / "benchmarks" / "aeb" / "html"
CORPUS = REPO / "corpus"
WORK = Path("/tmp/cleanbody-bench")
SCRIPT = Path(sys.executable).with_name("cleanbody")
TRAILER = (
    "\nA Message from The Riverside Courier:\nDear readers,\n"
    "We rely on your support to keep our journalism free for everyone.\n"
    "Please consider making a donation today.\nRemind me later.\n"
)
FALLBACK = (
    "The city council approved a new budget for public libraries on Tuesday, ending "
    "months of debate over opening hours.\nBranch hours will be extended on weekends "
    "starting in March, the library director said.\n"
)


def sample_texts(pages: int = 60) -> list[str]:
    """Texts to build records from: corpus cases and extracted benchmark pages."""
    texts = []
    for path in sorted(CORPUS.rglob("*.txt")) if CORPUS.is_dir() else []:
        head, separator, body = path.read_text(encoding="utf-8").partition("\n---\n")
        texts.append(body if separator else head)
    if PAGES.is_dir():
        import trafilatura  # noqa: PLC0415  (only when the pages are there)

        for page in sorted(PAGES.glob("*.html.gz"))[:pages]:
            html = gzip.decompress(page.read_bytes()).decode("utf-8", "replace")
            texts.append(trafilatura.extract(html) or "")
    texts = [text for text in texts if text.strip()] or [FALLBACK]
    return [text + TRAILER if n % 2 else text for n, text in enumerate(texts)]


def record_lines(texts: Sequence[str]) -> Iterator[bytes]:
    """Endless JSON Lines records with ids, cycling through ``texts``."""
    bodies = [json.dumps({"text": text, "lang": "en"})[1:].encode() for text in texts]
    number = 0
    while True:
        for body in bodies:
            yield b'{"id":%d,' % number + body + b"\n"
            number += 1


def write_sample(path: Path, *, records: int | None = None, megabytes: float | None = None) -> int:
    """Write a sample JSON Lines file of so many records or megabytes; return the records."""
    path.parent.mkdir(parents=True, exist_ok=True)
    limit = int(megabytes * 1e6) if megabytes is not None else None
    written = size = 0
    with path.open("wb") as out:
        for line in record_lines(sample_texts()):
            if (records is not None and written >= records) or (limit and size >= limit):
                break
            out.write(line)
            written += 1
            size += len(line)
    return written


def _burn(_: int) -> float:
    start = time.perf_counter()
    total = 0
    for number in range(5_000_000):
        total += number
    return time.perf_counter() - start


def effective_cores(workers: int = 2) -> float:
    """How many cores a pool of ``workers`` busy processes really gets (1.0 = one)."""
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    one = _burn(0)
    start = time.perf_counter()
    with ProcessPoolExecutor(workers) as pool:
        list(pool.map(_burn, range(workers)))
    return workers * one / (time.perf_counter() - start)


def _run(args: Sequence[str]) -> float:
    start = time.perf_counter()
    done = subprocess.run([str(SCRIPT), *args], check=False)
    seconds = time.perf_counter() - start
    # Exit 1 means some records failed (reported on stderr) and the rest was written.
    if done.returncode not in (0, 1):
        raise SystemExit(f"cleanbody {' '.join(args)} exited {done.returncode}")
    return seconds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--jobs", default="1,2", help="comma-separated -j values")
    args = parser.parse_args(argv)
    jobs = [int(value) for value in args.jobs.split(",")]

    sample = WORK / "sample.jsonl"
    count = write_sample(sample, records=args.records)
    megabytes = sample.stat().st_size / 1e6
    tiny = WORK / "one.jsonl"
    write_sample(tiny, records=1)
    startup = statistics.median(
        _run(["-q", str(tiny), "-o", str(WORK / "one.out.jsonl")]) for _ in range(3)
    )
    times: dict[int, list[float]] = {j: [] for j in jobs}
    for _ in range(args.rounds):
        for j in jobs:
            times[j].append(
                _run(["-q", "-j", str(j), str(sample), "-o", str(WORK / f"out{j}.jsonl")])
            )
    identical = all(
        filecmp.cmp(WORK / f"out{jobs[0]}.jsonl", WORK / f"out{j}.jsonl", shallow=False)
        for j in jobs
    )
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"{count:,} records, {megabytes:,.1f} MB, {args.rounds} interleaved rounds, "
        f"{cpus} CPUs available; command start-up {startup:.2f} s\n"
    )
    print("| -j | median s | records/s | MB/s | speed-up |")
    print("|---:|---:|---:|---:|---:|")
    base = statistics.median(times[jobs[0]])
    for j in jobs:
        seconds = statistics.median(times[j])
        print(
            f"| {j} | {seconds:.2f} | {count / seconds:,.0f} | {megabytes / seconds:.2f} | "
            f"{base / seconds:.2f}x |"
        )
    print(f"\noutputs identical across -j: {identical}")
    print(f"effective cores for 2 busy processes, measured now: {effective_cores():.2f}")
    return 0 if identical else 1


if __name__ == "__main__":
    raise SystemExit(main())
