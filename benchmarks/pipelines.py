"""Documents per second and peak RSS of cleanbody in a datatrove WARC pipeline and a datasets map.

The AEB pages are wrapped, as HTTP responses, into gzipped WARC files written to a
temporary folder (deleted afterwards; nothing is committed). Each measurement runs in a
fresh Python process, so that its peak RSS is its own; each round runs every variant
once, in turn, and the medians over rounds are printed, with ratios against a reference
measured in the same rounds:

- datatrove, ``HtmlWarcReader`` → extractor → ``JsonlWriter`` under
  ``LocalPipelineExecutor`` (one task, one worker): ``CleanBodyExtractor`` with its
  defaults, with ``trafilatura_options={"fast": True, "with_metadata": False}``, without
  a timeout (in process), and datatrove's own ``Trafilatura`` extractor (the reference:
  text only, no pruning, no account).
- datasets, ``Dataset.map(clean_examples, batched=True)`` over the pages' HTML and over
  the text trafilatura extracted from them, against ``map`` of ``trafilatura.extract``.

Peak RSS is the process's own (``ru_maxrss``) and, for the extractor's worker process,
the largest child's.

Usage::

    .venv/bin/python benchmarks/pipelines.py [--data DIR] [--rounds N] [--copies N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import statistics
import subprocess
import sys
import tempfile
import time
from io import BytesIO
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path("/work/shared/benchmarks/aeb")
WARC_FILES = 4

PIPELINES = ("cleanbody", "cleanbody fast", "cleanbody no timeout", "datatrove Trafilatura")
MAPS = ("map clean_examples (HTML)", "map clean_examples (text)", "map trafilatura.extract")


def _pages(data: Path) -> list[tuple[str, bytes]]:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (entry["url"], gzip.decompress((data / "html" / f"{page_id}.html.gz").read_bytes()))
        for page_id, entry in sorted(truth.items())
    ]


def _write_warcs(pages: list[tuple[str, bytes]], folder: Path, copies: int) -> int:
    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    folder.mkdir(parents=True)
    streams = [(folder / f"part-{n}.warc.gz").open("wb") for n in range(WARC_FILES)]
    writers = [WARCWriter(stream, gzip=True) for stream in streams]
    count = 0
    for copy in range(copies):
        for url, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            writer = writers[count % WARC_FILES]
            record = writer.create_warc_record(
                f"{url}#{copy}", "response", payload=BytesIO(body), http_headers=headers
            )
            writer.write_record(record)
            count += 1
    for stream in streams:
        stream.close()
    return count


def _peak_mb(who: int) -> float:
    import resource  # noqa: PLC0415

    return resource.getrusage(who).ru_maxrss / 1024


def _child_pipeline(variant: str, warcs: Path, out: Path) -> dict[str, Any]:
    import resource  # noqa: PLC0415

    from datatrove.executor import LocalPipelineExecutor  # noqa: PLC0415
    from datatrove.pipeline.extractors import Trafilatura  # noqa: PLC0415
    from datatrove.pipeline.writers import JsonlWriter  # noqa: PLC0415

    from cleanbody.integrations.datatrove import (  # noqa: PLC0415
        CleanBodyExtractor,
        HtmlWarcReader,
    )

    extractor: Any
    if variant == "cleanbody":
        extractor = CleanBodyExtractor()
    elif variant == "cleanbody fast":
        extractor = CleanBodyExtractor(trafilatura_options={"fast": True, "with_metadata": False})
    elif variant == "cleanbody no timeout":
        extractor = CleanBodyExtractor(timeout=None)
    else:
        extractor = Trafilatura(favour_precision=False, timeout=1.0)
    started = time.perf_counter()
    LocalPipelineExecutor(
        pipeline=[HtmlWarcReader(str(warcs)), extractor, JsonlWriter(str(out / "clean"))],
        tasks=1,
        workers=1,
        logging_dir=str(out / "logs"),
    ).run()
    seconds = time.perf_counter() - started
    stats = json.loads((out / "logs" / "stats.json").read_text(encoding="utf-8"))
    kept = sum(
        len(gzip.decompress(file.read_bytes()).splitlines())
        for file in (out / "clean").glob("*.jsonl.gz")
    )
    read = next(block for block in stats if "WARC" in block["name"])["stats"]["documents"]
    return {
        "docs": read["total"] if isinstance(read, dict) else read,
        "kept": kept,
        "seconds": seconds,
        "rss_mb": _peak_mb(resource.RUSAGE_SELF),
        "worker_rss_mb": _peak_mb(resource.RUSAGE_CHILDREN),
    }


def _child_map(variant: str, data: Path, copies: int) -> dict[str, Any]:
    import resource  # noqa: PLC0415

    import datasets  # noqa: PLC0415
    import trafilatura  # noqa: PLC0415

    import cleanbody  # noqa: PLC0415
    from cleanbody.integrations.hf import clean_examples  # noqa: PLC0415

    datasets.disable_progress_bars()
    datasets.disable_caching()
    htmls = [body.decode("utf-8") for _, body in _pages(data)] * copies
    if variant == "map clean_examples (text)":
        texts = [trafilatura.extract(html) or "" for html in htmls[: len(htmls) // copies]]
        column = texts * copies
    else:
        column = htmls
    table = datasets.Dataset.from_dict({"text": column})
    cleanbody.warm_up()  # what a long-running worker does once; not part of the figure

    def extract(batch: dict[str, list[str]]) -> dict[str, list[str]]:
        return {"text": [trafilatura.extract(html) or "" for html in batch["text"]]}

    function: Any = extract if variant == "map trafilatura.extract" else clean_examples
    started = time.perf_counter()
    table.map(function, batched=True, batch_size=64)
    seconds = time.perf_counter() - started
    return {
        "docs": len(column),
        "kept": len(column),
        "seconds": seconds,
        "rss_mb": _peak_mb(resource.RUSAGE_SELF),
        "worker_rss_mb": 0.0,
    }


def _measure(args: list[str]) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, *args], capture_output=True, text=True, check=False
    )
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(args)} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _report(title: str, variants: tuple[str, ...], runs: dict[str, list[dict[str, Any]]]) -> None:
    reference = variants[-1]
    ref_rate = statistics.median(run["docs"] / run["seconds"] for run in runs[reference])
    print(f"\n{title}")
    print(f"| {'variant':<28} | docs | kept (min) | docs/s | x ref | peak RSS MB | worker RSS MB |")
    print(f"|{'-' * 30}|-----:|----------:|-------:|------:|------------:|--------------:|")
    for name in variants:
        rate = statistics.median(run["docs"] / run["seconds"] for run in runs[name])
        rss = statistics.median(run["rss_mb"] for run in runs[name])
        worker = statistics.median(run["worker_rss_mb"] for run in runs[name])
        docs = runs[name][0]["docs"]
        kept = min(run["kept"] for run in runs[name])  # the fewest over rounds (timeouts)
        print(
            f"| {name:<28} | {docs:>4} | {kept:>9} | {rate:6.1f} "
            f"| {rate / ref_rate:5.2f} | {rss:11.0f} | {worker:13.0f} |"
        )


def main() -> None:
    """Write the WARC files, run every variant ``--rounds`` times, print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--copies", type=int, default=1, help="times each page is repeated")
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.child:
        kind, variant, *rest = options.child
        if kind == "pipeline":
            figures = _child_pipeline(variant, Path(rest[0]), Path(rest[1]))
        else:
            figures = _child_map(variant, options.data, options.copies)
        print(json.dumps(figures))
        return

    with tempfile.TemporaryDirectory(prefix="cleanbody-bench-") as temp:
        root = Path(temp)
        count = _write_warcs(_pages(options.data), root / "warc", options.copies)
        print(f"{count} AEB pages in {WARC_FILES} WARC files; {options.rounds} rounds")
        pipeline_runs: dict[str, list[dict[str, Any]]] = {name: [] for name in PIPELINES}
        map_runs: dict[str, list[dict[str, Any]]] = {name: [] for name in MAPS}
        for round_ in range(options.rounds):
            for name in PIPELINES:
                out = root / f"out-{round_}-{PIPELINES.index(name)}"
                args = ["--child", "pipeline", name, str(root / "warc"), str(out)]
                pipeline_runs[name].append(_measure(args))
            for name in MAPS:
                args = ["--data", str(options.data), "--copies", str(options.copies)]
                map_runs[name].append(_measure([*args, "--child", "map", name]))
        _report(
            "datatrove: HtmlWarcReader -> extractor -> JsonlWriter (1 task)",
            PIPELINES,
            pipeline_runs,
        )
        _report("datasets: Dataset.map(batched=True, batch_size=64)", MAPS, map_runs)


if __name__ == "__main__":
    main()
