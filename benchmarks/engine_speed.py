"""How fast the text engine is: µs per article, and linear growth on hostile input.

Run: ``python benchmarks/engine_speed.py [--rounds N] [--against DIR]``. The articles are
the texts trafilatura extracts from the benchmark pages in
``/work/shared/benchmarks/aeb`` (real pages, extracted once at start); each round cleans
every text once, so a slow moment of the machine hits all texts alike, and each text's
figure is its median over the rounds. The figures are CPU time on one core of whatever
machine runs it.

``--against DIR`` times another checkout (its ``src``, e.g. the previous commit from
``git worktree add --detach DIR HEAD~1``) in the same run: each checkout cleans in a
worker process of its own, and the workers take turns on every text, so both see the
same moments of the machine. Each worker times its own CPU, so the pipe between them
costs nothing in the figures.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

import cleanbody

REPO = Path(__file__).resolve().parent.parent
PAGES = Path("/work/shared/benchmarks/aeb/html")
#: The configurations timed, by name: the default, and the rules without the lexicon.
CONFIGS = {"clean()": {}, "rules only (learned=False)": {"learned": False}}


def _articles(pages: Path) -> list[str]:
    texts = []
    for path in sorted(pages.glob("*.html.gz")):
        html = gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
        texts.append(trafilatura.extract(html) or "")
    return [text for text in texts if text]


def _worker(texts_file: str) -> None:
    """Clean text N with config C for each ``N C`` line read; answer with the CPU µs."""
    texts = json.loads(Path(texts_file).read_text(encoding="utf-8"))
    configs = [_config(settings) for settings in CONFIGS.values()]
    for config in configs:  # load the rules, build the automata, compile the patterns
        for text in texts:
            cleanbody.clean(text, config)
    print(f"ready {Path(cleanbody.__file__).resolve().parent.parent}", flush=True)
    for line in sys.stdin:
        number, slot = map(int, line.split())
        start = time.process_time_ns()
        cleanbody.clean(texts[number], configs[slot])
        print((time.process_time_ns() - start) / 1000, flush=True)


def _config(settings: dict[str, bool]) -> cleanbody.Config:
    """The configuration; a checkout from before the lexicon has rules only, whatever is asked."""
    try:
        return cleanbody.Config(**settings)
    except TypeError:
        return cleanbody.Config()


class _Checkout:
    """A worker process cleaning with one checkout's ``src``."""

    def __init__(self, src: Path, texts_file: str, seed: int) -> None:
        # String hashing decides how sets and dicts lay out: with a seed of its own, each
        # process ran the same code up to 7% apart. The checkouts share a seed per round
        # of workers, and the rounds of workers go through several seeds.
        environment = {**os.environ, "PYTHONPATH": str(src), "PYTHONHASHSEED": str(seed)}
        self.process = subprocess.Popen(
            [sys.executable, __file__, "--worker", texts_file],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=environment,
        )
        assert self.process.stdout is not None
        assert self.process.stdin is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        answer = self.stdout.readline().split(maxsplit=1)
        if not answer or answer[0] != "ready":
            raise SystemExit(f"the worker for {src} did not start")
        if Path(answer[1].strip()) != src.resolve():
            # An editable install answers when PYTHONPATH names no package: both workers
            # would time the same code.
            raise SystemExit(f"the worker for {src} imported cleanbody from {answer[1].strip()}")

    def time(self, number: int, slot: int) -> float:
        self.stdin.write(f"{number} {slot}\n")
        self.stdin.flush()
        return float(self.stdout.readline())

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()


def _per_text_medians(
    count: int, rounds: int, sources: list[Path], texts_file: str
) -> list[list[list[float]]]:
    """Per checkout and config, each text's median; all of them take turns on every text.

    Each round starts fresh workers with a hash seed of its own (the round's number).
    """
    samples: list[list[list[list[float]]]] = [
        [[[] for _ in range(count)] for _ in CONFIGS] for _ in sources
    ]
    for seed in range(rounds):
        checkouts = [_Checkout(src, texts_file, seed) for src in sources]
        try:
            _time_round(count, checkouts, samples)
        finally:
            for checkout in checkouts:
                checkout.close()
    return [
        [[statistics.median(values) for values in per_text] for per_text in per_config]
        for per_config in samples
    ]


def _time_round(
    count: int, checkouts: list[_Checkout], samples: list[list[list[list[float]]]]
) -> None:
    """Time every text twice with each checkout, the checkouts taking turns to go first."""
    order = list(enumerate(checkouts))
    for turn in range(2):
        for number in range(count):
            for place, checkout in order if turn % 2 == 0 else order[::-1]:
                for slot in range(len(CONFIGS)):
                    samples[place][slot][number].append(checkout.time(number, slot))


def _ratio(first: list[float], second: list[float]) -> float:
    return statistics.median(a / b for a, b in zip(first, second, strict=True))


def _source(checkout: Path) -> Path:
    """The folder holding the ``cleanbody`` package of a checkout (given as it or its src)."""
    for src in (checkout / "src", checkout):
        if (src / "cleanbody" / "__init__.py").is_file():
            return src
    raise SystemExit(f"{checkout} holds no cleanbody package (src/cleanbody/__init__.py)")


def _report(articles: list[str], rounds: int, against: Path | None) -> None:
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as texts_file:
        json.dump(articles, texts_file)
        texts_file.flush()
        sources = {"this checkout": REPO / "src"}
        if against is not None:
            sources[f"against {against}"] = _source(against)
        timed = _per_text_medians(len(articles), rounds, list(sources.values()), texts_file.name)
    sizes = [len(text.encode()) for text in articles]
    print(
        f"{len(articles)} extracted AEB texts, median size {statistics.median(sizes)} bytes, "
        f"{rounds} interleaved rounds, CPU time"
    )
    for source, per_config in zip(sources, timed, strict=True):
        print(f"{source}:")
        for name, medians in zip(CONFIGS, per_config, strict=True):
            typical = [m for m, size in zip(medians, sizes, strict=True) if 3000 <= size <= 4000]
            print(
                f"  {name}: median {statistics.median(medians):.0f} µs per text; "
                f"{statistics.median(typical):.0f} µs for the {len(typical)} texts of 3–4 KB; "
                f"{sum(sizes) / sum(medians):.2f} MB/s overall"
            )
        print(
            f"  learned lexicon costs {_ratio(per_config[0], per_config[1]):.2f}x the rules "
            "alone (median ratio per text)"
        )
    if against is not None:
        ours, theirs = timed
        print("this checkout against the other (median ratio per text):")
        for slot, name in enumerate(CONFIGS):
            print(f"  {name}: {_ratio(ours[slot], theirs[slot]):.2f}x")
        print(
            f"  clean() here against rules only there: {_ratio(ours[0], theirs[1]):.2f}x "
            f"(overall {sum(ours[0]) / sum(theirs[1]):.2f}x)"
        )


def _linear_growth() -> None:
    print("\nlinear growth (median of 3; µs per KB should stay flat):")
    cleanbody.clean("warm up: load the rules and build the trigger automata")
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--pages", type=Path, default=PAGES, help="folder of *.html.gz pages")
    parser.add_argument(
        "--against", type=Path, help="another checkout to time in the same run (its src)"
    )
    parser.add_argument("--no-growth", action="store_true", help="skip the linear-growth rows")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        _worker(args.worker)
        return
    articles = _articles(args.pages)
    if not articles:
        raise SystemExit(f"no *.html.gz pages in {args.pages}: pass --pages DIR")
    _report(articles, args.rounds, args.against)
    if not args.no_growth:
        _linear_growth()


if __name__ == "__main__":
    main()
