"""Peak memory (RSS) of the ``cleanbody`` command streaming a large JSON Lines file.

Usage::

    .venv/bin/python benchmarks/streaming_rss.py [SIZE_MB] [--jobs N] [--keep]

Writes a JSON Lines file of ``SIZE_MB`` megabytes (default 1024) under /tmp, runs the
installed script over it with ``-o`` to a file, and prints the peak resident memory
of the largest process (the command or one of its workers) next to the input size.
The file is deleted afterwards unless ``--keep`` is given. The target is 200 MB.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import time
from collections.abc import Sequence

from cli_throughput import SCRIPT, WORK, write_sample

TARGET_MB = 200


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size_mb", nargs="?", type=float, default=1024.0)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    args = parser.parse_args(argv)

    big = WORK / f"big-{args.size_mb:g}mb.jsonl"
    out = WORK / "big.out.jsonl"
    if not big.exists():
        records = write_sample(big, megabytes=args.size_mb)
    else:
        with big.open("rb") as existing:
            records = sum(1 for _ in existing)
    start = time.perf_counter()
    subprocess.run([str(SCRIPT), "-q", "-j", str(args.jobs), str(big), "-o", str(out)], check=True)
    seconds = time.perf_counter() - start
    # ru_maxrss of waited-for descendants: the largest single process, in KiB on Linux.
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size_mb = big.stat().st_size / 1e6
    print(
        f"input {size_mb:,.0f} MB, {records:,} records, -j {args.jobs}: "
        f"{seconds:,.0f} s ({size_mb / seconds:.2f} MB/s)"
    )
    print(f"peak RSS of the largest process: {peak_mb:,.0f} MB (target < {TARGET_MB} MB)")
    out.unlink(missing_ok=True)
    if not args.keep:
        big.unlink()
    return 0 if peak_mb < TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
