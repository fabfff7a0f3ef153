"""A Scrapy crawl of pages served on 127.0.0.1, without cleanbody and with it.

Usage::

    .venv/bin/python benchmarks/scrapy_crawl.py [--pages 400] [--rounds 3] [--data DIR]
        [--generated] [--latency 0.1] [--variants none,inline,pipeline,processes]

The pages are the AEB benchmark pages (third-party content: read from ``--data``,
served from memory, never copied), cycled to ``--pages`` addresses; with
``--generated`` or without them, small generated pages (about 2 kB). Each response
waits ``--latency`` seconds, as a remote server would (``0``: a crawl bound by CPU
alone). Each crawl runs in a fresh process; the variants of a round run in turn, and
the figures are medians over rounds:

- ``none``: the spider stores ``response_document(response)``, no pipeline;
- ``inline``: the glue users wrote, ``clean()`` called in ``process_item`` on the
  reactor thread, with no warm-up (the reference the pipeline must beat);
- ``pipeline``: ``CleanBodyPipeline`` (its own thread, warm-up when the spider opens);
- ``processes``: the same with ``CLEANBODY_PROCESSES = 1`` (a worker process);
- by name only: ``threads-2`` and ``processes-2`` (two threads, two processes).

Printed per variant: crawl seconds (from the start of the crawl, before the pipelines
open, to the spider's close), pages/s, peak RSS of the crawling process, peak RSS of
the process tree (the crawl and its workers, sampled every 50 ms), and the first-item
latency (from the same start to the first item out of the pipelines), whose difference
from ``none`` is what the warm-up and the first clean cost, and the longest stall of
the reactor (the largest delay of a call due every 10 ms while the spider is open).
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
import threading
import time
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = Path("/work/shared/benchmarks/aeb")
VARIANTS = ("none", "inline", "pipeline", "processes")
#: CLEANBODY_* settings of each variant that uses the pipeline.
PIPELINE_VARIANTS = {
    "pipeline": {"CLEANBODY_THREADS": 1},
    "threads-2": {"CLEANBODY_THREADS": 2},
    "processes": {"CLEANBODY_PROCESSES": 1},
    "processes-2": {"CLEANBODY_PROCESSES": 2},
}

CRAWL = """
import json, resource, sys, time

import scrapy
from scrapy import signals
from scrapy.crawler import CrawlerProcess
from twisted.internet import task

import cleanbody
from cleanbody.integrations.scrapy import response_document

setup = json.loads(sys.argv[1])
marks = {}
TICK = 0.01
ticks = {"last": None, "stall": 0.0}


def tick():
    # A tick due every 10 ms: any longer gap is time the reactor could not run.
    now = time.perf_counter()
    if ticks["last"] is not None:
        ticks["stall"] = max(ticks["stall"], now - ticks["last"] - TICK)
    ticks["last"] = now


class InlinePipeline:
    def process_item(self, item):
        result = cleanbody.clean(item["body"], url=item["url"])
        item["text"] = result.text
        item["cleanbody"] = result.metadata
        return item


class Pages(scrapy.Spider):
    name = "pages"
    start_urls = setup["urls"]

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawler.signals.connect(spider.scraped, signal=signals.item_scraped)
        crawler.signals.connect(spider.opened, signal=signals.spider_opened)
        return spider

    def opened(self, spider):
        self.ticker = task.LoopingCall(tick)
        self.ticker.start(TICK)

    def scraped(self, item, response, spider):
        marks.setdefault("first", time.perf_counter())

    def parse(self, response):
        yield {"url": response.url, "body": response_document(response)}

    def closed(self, reason):
        marks["close"] = time.perf_counter()
        self.ticker.stop()


process = CrawlerProcess(setup["settings"])
crawler = process.create_crawler(Pages)
process.crawl(crawler)
marks["open"] = time.perf_counter()
process.start()
stats = crawler.stats.get_stats()
print(json.dumps({
    "seconds": marks["close"] - marks["open"],
    "first": marks.get("first", marks["close"]) - marks["open"],
    "items": stats.get("item_scraped_count", 0),
    "dropped": stats.get("item_dropped_count", 0),
    "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "stall_ms": ticks["stall"] * 1000,
}))
"""


def load_pages(data: Path | None) -> list[bytes]:
    """The AEB pages as served bytes, or generated pages when they are not there."""
    folder = data / "html" if data is not None else None
    if folder is not None and folder.is_dir():
        return [gzip.decompress(path.read_bytes()) for path in sorted(folder.glob("*.html.gz"))]
    paragraph = (
        "<p>The harbour board met on Tuesday to discuss the new timetable for the river "
        "ferries, which will run every twenty minutes from the start of next month.</p>"
    )
    appeal = (
        "<div><h3>A Message from The Harbour Gazette:</h3><p>Dear readers, please "
        "consider making a donation today.</p><p>Remind me later.</p></div>"
    )
    return [
        f"<!DOCTYPE html><html><head><title>Page {n}</title></head><body><article>"
        f"<h1>Story {n}</h1>{paragraph * (4 + n % 8)}{appeal if n % 2 else ''}</article>"
        "</body></html>".encode()
        for n in range(50)
    ]


def serve(pages: list[bytes], latency: float) -> ThreadingHTTPServer:
    """Serve ``/p/<n>`` as page ``n`` modulo the number of pages, after ``latency`` s."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            time.sleep(latency)
            number = int(self.path.rsplit("/", 1)[1])
            body = pages[number % len(pages)]
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            """Quiet."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants now, from /proc (Linux)."""
    total = 0
    pending = [pid]
    while pending:
        current = pending.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            for task in Path(f"/proc/{current}/task").iterdir():
                pending.extend(int(child) for child in (task / "children").read_text().split())
        except OSError:  # the process ended meanwhile
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def crawl(base: str, pages: int, variant: str) -> dict[str, float]:
    """Crawl ``pages`` addresses in a fresh process with ``variant``; return its figures."""
    settings: dict[str, Any] = {
        "LOG_LEVEL": "ERROR",
        "ROBOTSTXT_OBEY": False,
        "TELNETCONSOLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "CLEANBODY_DROP_EMPTY": False,
    }
    if variant == "inline":
        settings["ITEM_PIPELINES"] = {"__main__.InlinePipeline": 300}
    elif variant != "none":
        settings["ITEM_PIPELINES"] = {"cleanbody.integrations.scrapy.CleanBodyPipeline": 300}
        settings.update(PIPELINE_VARIANTS[variant])
    setup = {"urls": [f"{base}/p/{n}" for n in range(pages)], "settings": settings}
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        child = subprocess.Popen(
            [sys.executable, "-c", CRAWL, json.dumps(setup)], stdout=out, stderr=err, env=env
        )
        tree_mb = 0.0
        while child.poll() is None:
            tree_mb = max(tree_mb, tree_rss_mb(child.pid))
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        if child.returncode != 0:
            raise SystemExit(f"the {variant} crawl failed:\n{err.read()[-3000:]}")
        figures: dict[str, float] = json.loads(out.read().strip().splitlines()[-1])
    figures["tree_mb"] = tree_mb
    if figures["items"] + figures["dropped"] != pages:
        raise SystemExit(f"the {variant} crawl saw {figures['items']} items of {pages}")
    return figures


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--generated", action="store_true", help="serve generated pages")
    parser.add_argument(
        "--latency", type=float, default=0.1, help="seconds before each response (0: none)"
    )
    parser.add_argument("--variants", default=",".join(VARIANTS))
    args = parser.parse_args(argv)
    variants = args.variants.split(",")
    unknown = set(variants) - {"none", "inline", *PIPELINE_VARIANTS}
    if unknown:
        parser.error(f"unknown variants: {', '.join(sorted(unknown))}")

    pages = load_pages(None if args.generated else args.data)
    server = serve(pages, args.latency)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    runs: dict[str, list[dict[str, float]]] = {variant: [] for variant in variants}
    for _ in range(args.rounds):
        for variant in variants:
            runs[variant].append(crawl(base, args.pages, variant))
    server.shutdown()

    kilobytes = sum(len(page) for page in pages) / len(pages) / 1e3
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(
        f"{args.pages} pages ({len(pages)} distinct, {kilobytes:.0f} kB on average), "
        f"each served after {args.latency:g} s, {args.rounds} interleaved rounds, "
        f"{cpus} CPUs; medians\n"
    )
    print(
        "| variant | crawl s | pages/s | vs none | first item s | longest stall ms "
        "| peak RSS MB | tree MB |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    base_seconds = statistics.median(run["seconds"] for run in runs[variants[0]])
    for variant in variants:
        seconds = statistics.median(run["seconds"] for run in runs[variant])
        first = statistics.median(run["first"] for run in runs[variant])
        rss = statistics.median(run["rss_mb"] for run in runs[variant])
        tree = statistics.median(run["tree_mb"] for run in runs[variant])
        stall = statistics.median(run["stall_ms"] for run in runs[variant])
        print(
            f"| {variant} | {seconds:.2f} | {args.pages / seconds:.0f} | "
            f"{seconds / base_seconds:.2f}x | {first:.2f} | {stall:.0f} | {rss:.0f} | {tree:.0f} |"
        )
    # On a shared machine the second CPU is not always there: say how many really were.
    from cli_throughput import effective_cores  # noqa: PLC0415  (a sibling benchmark)

    print(f"\neffective cores for 2 busy processes, measured now: {effective_cores():.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
