"""Peak memory (RSS) of the ``cleanbody`` command streaming a large JSON Lines file.

Usage::

    .venv/bin/python benchmarks/streaming_rss.py [SIZE_MB] [--jobs N] [--keep]
        [--compress gz|bz2|xz|zst] [--long-line MB]

Writes a JSON Lines file of ``SIZE_MB`` megabytes (default 1024) under /tmp, runs the
installed script over it with ``-o`` to a file, and prints the peak resident memory
of the largest process (the command or one of its workers) next to the input size.
The file is deleted afterwards unless ``--keep`` is given. The target is 200 MB.

``--compress`` writes the input compressed (the command tells the format by its magic
bytes); ``--long-line MB`` puts one record of that many megabytes first, over the
command's record limit, which is read past in bounded memory. Both together make a
decompression bomb: 1 GB of one line compresses to a few megabytes.
"""

from __future__ import annotations

import argparse
import bz2
import gzip
import lzma
import resource
import shutil
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from cli_throughput import SCRIPT, WORK, write_sample

_CHUNK = 1 << 20


def _compressing(path: Path, suffix: str) -> BinaryIO:
    """A file that compresses what is written to it as ``suffix`` says."""
    if suffix == "gz":
        return gzip.open(path, "wb", compresslevel=6)  # type: ignore[return-value]
    if suffix == "bz2":
        return bz2.open(path, "wb")  # type: ignore[return-value]
    if suffix == "xz":
        return lzma.open(path, "wb", preset=1)  # type: ignore[return-value]
    import zstandard  # noqa: PLC0415 - only for --compress zst

    return zstandard.open(path, "wb")  # type: ignore[no-any-return]


def _prepare(plain: Path, suffix: str | None, long_line_mb: float) -> Path:
    """The input to run: ``plain`` with a long first record and compressed, as asked."""
    if not suffix and not long_line_mb:
        return plain
    name = plain.name + (f".long{long_line_mb:g}" if long_line_mb else "")
    target = plain.with_name(name + (f".{suffix}" if suffix else ""))
    if target.exists():
        return target
    with _compressing(target, suffix) if suffix else target.open("wb") as out:
        left = int(long_line_mb * 1e6)
        if left:
            out.write(b'{"text": "')
            while left > 0:
                out.write(b"x" * min(left, _CHUNK))
                left -= _CHUNK
            out.write(b'"}\n')
        with plain.open("rb") as records:
            shutil.copyfileobj(records, out, _CHUNK)
    return target


TARGET_MB = 200


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size_mb", nargs="?", type=float, default=1024.0)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    parser.add_argument("--compress", choices=("gz", "bz2", "xz", "zst"))
    parser.add_argument("--long-line", type=float, default=0.0, metavar="MB")
    args = parser.parse_args(argv)

    big = WORK / f"big-{args.size_mb:g}mb.jsonl"
    out = WORK / "big.out.jsonl"
    if not big.exists():
        records = write_sample(big, megabytes=args.size_mb)
    else:
        with big.open("rb") as existing:
            records = sum(1 for _ in existing)
    given = _prepare(big, args.compress, args.long_line)
    start = time.perf_counter()
    command = [str(SCRIPT), "-q", "-j", str(args.jobs), str(given), "-o", str(out)]
    done = subprocess.run(command, check=False)
    # A long line is one bad record (exit 1); anything else means the run failed.
    if done.returncode not in (0, 1 if args.long_line else 0):
        raise SystemExit(f"the command failed with exit {done.returncode}")
    seconds = time.perf_counter() - start
    # ru_maxrss of waited-for descendants: the largest single process, in KiB on Linux.
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size_mb = big.stat().st_size / 1e6 + args.long_line
    on_disk = (
        f" ({given.stat().st_size / 1e6:,.1f} MB as .{args.compress})" if args.compress else ""
    )
    long_line = f", the first one {args.long_line:,.0f} MB long" if args.long_line else ""
    print(
        f"input {size_mb:,.0f} MB{on_disk}, {records:,} records{long_line}, -j {args.jobs}: "
        f"{seconds:,.0f} s ({size_mb / seconds:.2f} MB/s)"
    )
    print(f"peak RSS of the largest process: {peak_mb:,.0f} MB (target < {TARGET_MB} MB)")
    out.unlink(missing_ok=True)
    if not args.keep:
        big.unlink()
        if given != big:
            given.unlink()
    return 0 if peak_mb < TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
