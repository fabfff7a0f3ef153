"""Memory (RSS) of ``cleanbody.clean()`` on hostile input: many unique class names, huge inputs.

Usage::

    .venv/bin/python benchmarks/hostile_memory.py [--pages N] [--sizes MB ...]

Part 1 cleans ``--pages`` generated pages (default 10,000), each with a unique class name
of ``--class-kb`` KB (default 100) and twenty unique short names, and prints the RSS after
every tenth of them: the name caches are bounded (D5), so RSS grows only until the caches
are full (MAX_CACHED_ATTRIBUTES short names), never with the long values.
Part 2 cleans one plain-text input and one HTML page of each size in ``--sizes`` (default
10 and 50 MB) in a fresh process each, and prints the peak RSS and its ratio to the input.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path

PARAGRAPH = "The council met on Monday and approved the new budget for the town's libraries. "
BOX = "Support our newsroom: give what you can today."


def rss_mb() -> float:
    """The current resident set size, in megabytes (Linux /proc)."""
    for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def unique_page(number: int, class_chars: int = 100_000) -> str:
    """A small article whose wrapper carries a unique long class string and unique names."""
    long_class = f"u{number}-" + "x" * class_chars
    names = " ".join(f"n{number}x{index}" for index in range(20))
    return (
        f'<html><body><article><div class="{long_class} {names}" id="b{number}">'
        f"<p>{PARAGRAPH * 3}</p><p>Page {number}. {PARAGRAPH}</p></div>"
        f'<div class="donate-box d{number}">{BOX}</div></article></body></html>'
    )


def pages(count: int, class_chars: int) -> None:
    import cleanbody  # noqa: PLC0415

    cleanbody.clean(unique_page(-1))
    print(f"{'pages':>8} {'RSS MB':>8} {'s':>6}")
    print(f"{0:>8} {rss_mb():8.1f} {0:6.1f}")
    start = time.perf_counter()
    step = max(1, count // 10)
    for number in range(count):
        result = cleanbody.clean(unique_page(number, class_chars))
        assert BOX not in result.text
        if (number + 1) % step == 0:
            print(f"{number + 1:>8} {rss_mb():8.1f} {time.perf_counter() - start:6.1f}", flush=True)


def one_input(kind: str, megabytes: float) -> None:
    """Clean one input of the given size in this process and print its peak RSS."""
    import cleanbody  # noqa: PLC0415

    cleanbody.clean("warm up.")
    cleanbody.clean("<html><body><p>warm up.</p></body></html>")
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    chars = int(megabytes * 1_000_000)
    body = (PARAGRAPH + "\n" + BOX + "\n") * (chars // (len(PARAGRAPH) + len(BOX) + 2))
    if kind == "html":
        paragraphs = body.replace("\n", "</p>\n<p>")
        text = f"<html><body><article><p>{paragraphs}</p></article></body></html>"
    else:
        text = body
    start = time.perf_counter()
    result = cleanbody.clean(text)
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    size = len(text) / 1_000_000
    error = result.metadata.get("error")
    print(
        f"{kind:>5} {size:8.1f} {peak:9.1f} {peak - before:9.1f} {(peak - before) / size:6.1f}x "
        f"{seconds:6.1f} {len(result.removed):>8} {'error: ' + error[:40] if error else ''}",
        flush=True,
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=10_000)
    parser.add_argument("--class-kb", type=float, default=100.0, help="long class size")
    parser.add_argument("--sizes", type=float, nargs="*", default=[10.0, 50.0])
    parser.add_argument("--one", nargs=2, metavar=("KIND", "MB"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        one_input(args.one[0], float(args.one[1]))
        return 0
    if args.pages:
        print(f"Part 1: {args.pages:,} pages with a unique {args.class_kb:g} KB class each")
        pages(args.pages, int(args.class_kb * 1000))
    if args.sizes:
        print("\nPart 2: one input per process (peak RSS; growth over the warm process)")
        header = ("kind", "MB in", "peak MB", "grew MB", "ratio", "s", "removals")
        print("{:>5} {:>8} {:>9} {:>9} {:>7} {:>6} {}".format(*header))
        for megabytes in args.sizes:
            for kind in ("text", "html"):
                subprocess.run(
                    [sys.executable, __file__, "--one", kind, str(megabytes)], check=False
                )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
