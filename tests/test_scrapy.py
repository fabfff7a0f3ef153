"""CleanBodyPipeline in real Scrapy crawls of pages served on 127.0.0.1, and its helpers."""

from __future__ import annotations

import asyncio
import codecs
import dataclasses
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("scrapy")

from scrapy.exceptions import DropItem, NotConfigured
from scrapy.http import HtmlResponse, Response
from scrapy.utils.test import get_crawler

from cleanbody import Config
from cleanbody.integrations.scrapy import CleanBodyPipeline, response_document

from .conftest import REPO

STORY = (
    "The river ferry between the two old quarters will run every twenty minutes from "
    "Monday, the transport office said on Thursday."
)
STORY_MORE = (
    "Commuters had asked for a later last crossing for years, and the new timetable adds "
    "three boats after ten in the evening."
)
APPEAL = (
    "<h3>A Message from The Harbour Gazette:</h3>"
    "<p>Dear readers, our reporting is free for everyone, and it depends on you.</p>"
    "<p>Please consider making a donation today.</p>"
    "<p>Remind me later.</p>"
)
FERRY_PAGE = (
    "<!DOCTYPE html><html><head><title>Ferry timetable</title></head><body><article>"
    f"<h1>Ferry timetable</h1><p>{STORY}</p><p>{STORY_MORE}</p><div class='box'>{APPEAL}</div>"
    "</article></body></html>"
)
MARKET_STORY = (
    "The covered market on Linden Street reopened on Saturday after a year of repairs to "
    "its roof, and most of the old stallholders came back."
)
MARKET_PAGE = (
    "<!DOCTYPE html><html><head><title>Market reopens</title></head><body><article>"
    f"<h1>Market reopens</h1><p>{MARKET_STORY}</p>"
    "<p>Read more: Linden Street traffic to be diverted</p>"
    "<p>The city paid for half of the work; the traders' association raised the rest "
    "through a levy agreed in the spring.</p>"
    "</article></body></html>"
)
# Russian text of our own, sent as cp1251 with the charset only in the HTTP header.
RUSSIAN = (
    "Городской совет в четверг утвердил новое расписание паромов через реку. "
    "С понедельника суда будут ходить каждые двадцать минут, а последний рейс "
    "отправится после одиннадцати вечера."
)
RUSSIAN_PAGE = (
    "<!DOCTYPE html><html><head><title>Паромы</title></head><body><article>"
    f"<h1>Новое расписание паромов</h1><p>{RUSSIAN}</p>"
    "<p>Жители давно просили добавить вечерние рейсы, и транспортное управление "
    "согласилось после опроса пассажиров.</p></article></body></html>"
)
ALL_BOILERPLATE_PAGE = (
    f"<!DOCTYPE html><html><head><title>Support us</title></head><body><article>{APPEAL}"
    "</article></body></html>"
)
PAGES = {
    "/ferry": ("text/html; charset=utf-8", FERRY_PAGE.encode()),
    "/market": ("text/html", MARKET_PAGE.encode()),
    "/ru": ("text/html; charset=windows-1251", RUSSIAN_PAGE.encode("cp1251")),
    "/support": ("text/html; charset=utf-8", ALL_BOILERPLATE_PAGE.encode()),
}

# The spider: each page becomes an item of another type; the index page yields an item
# without a page, which must pass through untouched. The cleaning function is wrapped to
# record the threads it ran on (the pipeline's own `clean`, not Scrapy, is observed).
SPIDER = """
import dataclasses, json, sys, threading

import attrs
import scrapy
from scrapy.crawler import CrawlerProcess

import cleanbody.integrations.scrapy as integration
from cleanbody.integrations.scrapy import response_document

setup = json.loads(sys.argv[1])
threads = set()
real_clean = integration.clean


def recording_clean(*args, **kwargs):
    threads.add(threading.current_thread().name)
    return real_clean(*args, **kwargs)


if setup["record_threads"]:  # a function of __main__ cannot go to a worker process
    integration.clean = recording_clean


class PageItem(scrapy.Item):
    url = scrapy.Field()
    body = scrapy.Field()
    text = scrapy.Field()
    cleanbody = scrapy.Field()


@dataclasses.dataclass
class PageRecord:
    url: str
    body: str
    text: str = ""
    cleanbody: dict = dataclasses.field(default_factory=dict)


@attrs.define
class PageAttrs:
    url: str
    body: str
    text: str = ""
    cleanbody: dict = attrs.Factory(dict)


KINDS = {"/ferry": dict, "/market": PageItem, "/ru": PageRecord, "/support": PageAttrs}


class Pages(scrapy.Spider):
    name = "pages"
    start_urls = setup["urls"]

    def parse(self, response):
        path = response.url.split("127.0.0.1", 1)[1].split("/", 1)[1]
        kind = KINDS["/" + path]
        fields = {"url": response.url, "body": response_document(response)}
        yield kind(**fields)
        if path == "ferry":
            yield {"url": response.url, "links": 3}

    def closed(self, reason):
        stats = dict(self.crawler.stats.get_stats())
        stats["threads"] = sorted(threads)
        with open(setup["stats"], "w", encoding="utf-8") as out:
            json.dump(stats, out, default=str)


process = CrawlerProcess(setup["settings"])
process.crawl(Pages)
process.start()
"""


class _Pages(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        content_type, body = PAGES.get(self.path, ("text/plain", b""))
        self.send_response(200 if self.path in PAGES else 404)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: Any) -> None:
        """Keep the test output quiet."""


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """Serve PAGES on a free port of 127.0.0.1 while the module's tests run."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _crawl(
    site: str, folder: Path, **settings: Any
) -> tuple[dict[str, dict[str, Any]], dict[str, Any], str]:
    """Crawl every page in a fresh process; return the items by path, the stats and the log."""
    feed = folder / "items.jsonl"
    stats = folder / "stats.json"
    setup = {
        "urls": [site + path for path in PAGES],
        "stats": str(stats),
        "record_threads": not settings.get("CLEANBODY_PROCESSES"),
        "settings": {
            "ITEM_PIPELINES": {"cleanbody.integrations.scrapy.CleanBodyPipeline": 300},
            "FEEDS": {str(feed): {"format": "jsonlines", "encoding": "utf-8"}},
            "LOG_LEVEL": "INFO",
            "ROBOTSTXT_OBEY": False,
            "TELNETCONSOLE_ENABLED": False,
            **settings,
        },
    }
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), str(REPO)]),
        "PYTHONWARNINGS": "always::DeprecationWarning",
    }
    done = subprocess.run(
        [sys.executable, "-c", SPIDER, json.dumps(setup)],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    items: dict[str, dict[str, Any]] = {}
    for line in feed.read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        key = item["url"].rsplit("/", 1)[1] + ("+links" if "links" in item else "")
        items[key] = item
    return items, json.loads(stats.read_text(encoding="utf-8")), done.stderr


@pytest.fixture(scope="module")
def crawl(site: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any, str]:
    """One crawl with the default settings and removals stored, shared by several tests."""
    return _crawl(site, tmp_path_factory.mktemp("crawl"), CLEANBODY_STORE_REMOVALS=True)


def test_crawl_cleans_every_item_type(crawl: tuple[Any, Any, str]) -> None:
    """A dict, a scrapy.Item, a dataclass and attrs items all get their text cleaned."""
    items, _, _ = crawl
    assert STORY in items["ferry"]["text"]
    assert STORY_MORE in items["ferry"]["text"]
    assert "donation" not in items["ferry"]["text"]
    assert "Remind me later" not in items["ferry"]["text"]
    assert MARKET_STORY in items["market"]["text"]
    assert "Read more" not in items["market"]["text"]
    # The page the spider stored is still there, untouched.
    assert items["ferry"]["body"] == FERRY_PAGE
    assert items["ferry"]["cleanbody"]["categories"]["appeal"] >= 1
    assert items["market"]["cleanbody"]["categories"]["related"] == 1


def test_annotation_has_the_same_keys_in_every_item(crawl: tuple[Any, Any, str]) -> None:
    """Every cleaned item has every category as a count and no null; removals when asked."""
    items, _, _ = crawl
    notes = [items[key]["cleanbody"] for key in ("ferry", "market", "ru")]
    assert len({json.dumps(sorted(note)) for note in notes}) == 1
    assert len({json.dumps(sorted(note["categories"])) for note in notes}) == 1
    assert all(value is not None for note in notes for value in note.values())
    assert notes[2]["publisher"] == ""
    appeal = [m for m in items["ferry"]["cleanbody"]["removed"] if m["category"] == "appeal"]
    assert any("donation" in removal["text"] for removal in appeal)


def test_cp1251_page_with_the_charset_only_in_the_header(crawl: tuple[Any, Any, str]) -> None:
    """A cp1251 page whose charset only the HTTP header names comes out right."""
    items, _, _ = crawl
    assert RUSSIAN in items["ru"]["text"]


def test_page_of_boilerplate_is_dropped_with_its_reason(crawl: tuple[Any, Any, str]) -> None:
    """A page that is all appeal is dropped; the reason is counted and logged."""
    items, stats, log = crawl
    assert "support" not in items
    assert stats["cleanbody/dropped/empty"] == 1
    assert stats["item_dropped_count"] == 1
    assert "cleanbody: empty (no article text left" in log
    assert "/support" in log


def test_stats_per_category_and_item_without_a_page(crawl: tuple[Any, Any, str]) -> None:
    """Stats count items, removals per category and skips; a non-page item passes untouched."""
    items, stats, log = crawl
    assert stats["cleanbody/items"] == 4
    assert stats["cleanbody/changed"] >= 3
    assert stats["cleanbody/removed/related"] == 1
    assert stats["cleanbody/removed/appeal"] >= 2
    assert stats["cleanbody/removed_chars"] > len("Read more: Linden Street traffic to be diverted")
    assert stats["cleanbody/skipped/no_field"] == 1
    assert items["ferry+links"] == {"url": items["ferry"]["url"], "links": 3}
    assert "items without a 'body' field are passed on unchanged" in log


def test_cleaning_runs_off_the_reactor_thread(crawl: tuple[Any, Any, str]) -> None:
    """Every clean() call of the crawl ran in the pipeline's own thread, not the reactor's."""
    _, stats, _ = crawl
    assert stats["threads"]
    assert all(name.startswith("cleanbody") for name in stats["threads"])


def test_pipeline_uses_no_deprecated_scrapy_interface(crawl: tuple[Any, Any, str]) -> None:
    """Scrapy warns about no method of the pipeline (spider argument, returned Deferred)."""
    _, _, log = crawl
    assert "CleanBodyPipeline" not in "\n".join(
        line for line in log.splitlines() if "Deprecat" in line
    )


def test_crawl_under_a_twisted_reactor_without_asyncio(site: str, tmp_path: Path) -> None:
    """Under Twisted's select reactor (no asyncio loop), with two threads, all still works."""
    items, stats, _ = _crawl(
        site,
        tmp_path,
        TWISTED_REACTOR="twisted.internet.selectreactor.SelectReactor",
        CLEANBODY_MAX_REMOVED_RATIO=0.5,
        CLEANBODY_ANNOTATION_FIELD="",
        CLEANBODY_THREADS=2,
    )
    assert STORY in items["ferry"]["text"]
    assert RUSSIAN in items["ru"]["text"]
    assert "cleanbody" not in items["ferry"]
    assert stats["cleanbody/dropped/removed_ratio"] == 1
    assert all(name.startswith("cleanbody") for name in stats["threads"])


def test_response_document_header_charset_wins_over_sniffing() -> None:
    """The HTTP charset decodes the page; without one, cleanbody's detection does."""
    page = RUSSIAN_PAGE.encode("cp1251")
    declared = HtmlResponse(
        "http://127.0.0.1/ru", body=page, headers={"Content-Type": "text/html; charset=cp1251"}
    )
    assert RUSSIAN in response_document(declared)
    # A KOI8-R header over KOI8-R bytes: the header is believed, not the detector.
    koi8 = HtmlResponse(
        "http://127.0.0.1/ru",
        body=RUSSIAN_PAGE.encode("koi8_r"),
        headers={"Content-Type": "text/html; charset=KOI8-R"},
    )
    assert RUSSIAN in response_document(koi8)
    # No header charset, a binary response: strict UTF-8 first.
    plain = Response("http://127.0.0.1/a", body=FERRY_PAGE.encode())
    assert response_document(plain) == FERRY_PAGE


def test_response_document_bom_and_lying_utf8_header() -> None:
    """A BOM and valid UTF-8 beat the header; a UTF-8 header over other bytes is not believed."""
    bom = HtmlResponse(
        "http://127.0.0.1/a",
        body=codecs.BOM_UTF16_LE + "<p>Café crème</p>".encode("utf-16-le"),
        headers={"Content-Type": "text/html; charset=iso-8859-1"},
    )
    assert response_document(bom) == "<p>Café crème</p>"
    meta = RUSSIAN_PAGE.replace("<head>", '<head><meta charset="windows-1251">')
    lying = HtmlResponse(
        "http://127.0.0.1/ru",
        body=meta.encode("cp1251"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    assert RUSSIAN in response_document(lying)
    # A server default over a UTF-8 page: valid UTF-8 is UTF-8.
    default = HtmlResponse(
        "http://127.0.0.1/a",
        body="<p>Café crème</p>".encode(),
        headers={"Content-Type": "text/html; charset=ISO-8859-1"},
    )
    assert response_document(default) == "<p>Café crème</p>"
    utf16 = HtmlResponse(
        "http://127.0.0.1/a",
        body="<p>Café</p>".encode("utf-16-le"),
        headers={"Content-Type": "text/html; charset=utf-16le"},
    )
    assert response_document(utf16) == "<p>Café</p>"
    odd = HtmlResponse(
        "http://127.0.0.1/a",
        body=b"<p>plain</p>",
        headers={"Content-Type": "text/html; charset=hex"},
    )
    assert response_document(odd) == "<p>plain</p>"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"CLEANBODY_MAX_REMOVED_RATIO": 1.5}, "CLEANBODY_MAX_REMOVED_RATIO"),
        ({"CLEANBODY_MAX_REMOVED_RATIO": "most"}, "CLEANBODY_MAX_REMOVED_RATIO"),
        ({"CLEANBODY_MODE": "gentle"}, "unknown mode 'gentle'"),
        ({"CLEANBODY_KEEP": "legal,adverts"}, "unknown categories in keep: adverts"),
        ({"CLEANBODY_THREADS": 0}, "CLEANBODY_THREADS"),
        ({"CLEANBODY_PROCESSES": -1}, "CLEANBODY_PROCESSES"),
        ({"CLEANBODY_FIELD": ""}, "CLEANBODY_FIELD"),
    ],
)
def test_wrong_settings_fail_when_the_crawler_starts(
    settings: dict[str, Any], message: str
) -> None:
    """A wrong setting raises ValueError naming it, before any page is fetched."""
    with pytest.raises(ValueError, match=message):
        CleanBodyPipeline.from_crawler(get_crawler(settings_dict=settings))


def test_disabled_by_setting() -> None:
    """CLEANBODY_ENABLED = False leaves the pipeline out (Scrapy's NotConfigured)."""
    with pytest.raises(NotConfigured):
        CleanBodyPipeline.from_crawler(get_crawler(settings_dict={"CLEANBODY_ENABLED": False}))


def test_importing_cleanbody_does_not_import_scrapy() -> None:
    """Scrapy, Twisted and itemadapter are imported only with the integration module."""
    code = (
        "import sys, cleanbody, cleanbody.integrations\n"
        "assert not {'scrapy', 'twisted', 'itemadapter'} & set(sys.modules), sys.modules\n"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert done.returncode == 0, done.stderr


def _process(
    items: list[Any], config: Config | None = None, **settings: Any
) -> tuple[list[Any], dict[str, Any]]:
    """Run items through a pipeline built by a real (not crawling) Scrapy crawler."""
    crawler = get_crawler(settings_dict=settings)
    crawler.stats.open_spider()
    pipeline = CleanBodyPipeline.from_crawler(crawler)
    if config is not None:
        pipeline.settings = dataclasses.replace(pipeline.settings, config=config)

    async def run() -> list[Any]:
        await pipeline.open_spider()
        out = []
        for item in items:
            try:
                out.append(await pipeline.process_item(item))
            except DropItem as drop:
                out.append(drop)
        return out

    try:
        return asyncio.run(run()), crawler.stats.get_stats()
    finally:
        pipeline.close_spider()


def test_nothing_of_the_spiders_is_overwritten() -> None:
    """An item already holding its own value in the output field passes through as it was."""
    mine = {"body": MARKET_PAGE, "text": "my own summary"}
    out, stats = _process([mine, {"body": MARKET_PAGE}])
    assert out[0] == {"body": MARKET_PAGE, "text": "my own summary"}
    assert MARKET_STORY in out[1]["text"]
    assert stats["cleanbody/skipped/field_taken"] == 1
    # Replacing the page itself is allowed when asked for by name.
    out, _ = _process([{"body": MARKET_PAGE}], CLEANBODY_OUTPUT_FIELD="body")
    assert MARKET_STORY in out[0]["body"]
    assert "<article>" not in out[0]["body"]


def test_items_that_cannot_be_cleaned_are_counted_and_passed_on() -> None:
    """No text in the field, or a declared item type without the output field: unchanged."""

    @dataclasses.dataclass
    class Bare:
        body: str

    bare = Bare(body=MARKET_PAGE)
    out, stats = _process([{"body": None}, {"body": 42}, bare])
    assert out == [{"body": None}, {"body": 42}, bare]
    assert stats["cleanbody/skipped/not_text"] == 2
    assert stats["cleanbody/skipped/no_output_field"] == 1
    assert "cleanbody/items" not in stats


def test_bytes_in_the_item_are_decoded_and_drops_are_explained() -> None:
    """Bytes are decoded by detection; paywalled and mostly-boilerplate items raise DropItem."""
    paywalled = MARKET_PAGE.replace(
        "</article>", "<p>Subscribe now to continue reading.</p></article>"
    )
    out, stats = _process(
        [{"body": RUSSIAN_PAGE.encode("cp1251")}, {"body": paywalled}, {"body": FERRY_PAGE}],
        CLEANBODY_DROP_PAYWALLED=True,
        CLEANBODY_MAX_REMOVED_RATIO=0.3,
    )
    assert RUSSIAN in out[0]["text"]
    assert isinstance(out[1], DropItem)
    assert "paywalled" in str(out[1])
    assert isinstance(out[2], DropItem)
    assert "removed_ratio" in str(out[2])
    assert stats["cleanbody/dropped/paywalled"] == 1
    assert stats["cleanbody/dropped/removed_ratio"] == 1


def test_crawl_with_worker_processes(site: str, tmp_path: Path) -> None:
    """CLEANBODY_PROCESSES = 1 cleans in a spawned worker process: same items, same stats."""
    items, stats, log = _crawl(site, tmp_path, CLEANBODY_PROCESSES=1)
    assert STORY in items["ferry"]["text"]
    assert "donation" not in items["ferry"]["text"]
    assert RUSSIAN in items["ru"]["text"]
    assert items["market"]["cleanbody"]["categories"]["related"] == 1
    assert "support" not in items
    assert stats["cleanbody/items"] == 4
    assert stats["cleanbody/dropped/empty"] == 1
    assert "cleanbody/failed" not in stats, log


def test_page_over_the_size_limit_is_passed_on_with_the_reason() -> None:
    """A page over max_input_chars is not dropped as empty; the reason goes with it."""
    with pytest.warns(UserWarning, match="max_input_chars"):
        out, stats = _process([{"body": FERRY_PAGE}], config=Config(max_input_chars=100))
    assert out[0]["body"] == FERRY_PAGE
    assert out[0]["text"] == ""
    assert "max_input_chars" in out[0]["cleanbody"]["error"]
    assert stats["cleanbody/error"] == 1
    assert "cleanbody/dropped/empty" not in stats


def _site_pages(count: int) -> list[dict[str, str]]:
    """Pages of one site with a template in Swahili (no rule knows it) and a story each."""
    towns = ["Pangani", "Kilwa", "Lindi", "Tanga", "Moshi", "Mafia", "Mtwara", "Muheza"]
    items = []
    for number in range(count):
        town = towns[number % len(towns)]
        text = "\n".join(
            [
                "Mwanzo › Habari",
                f"Soko la {town} lakosa wavuvi namba {number}",
                f"Wakazi wa {town} walikutana jana kujadili bei ya samaki sokoni {town}.",
                f"Mwenyekiti wa soko la {town} alisema wavuvi wameacha kazi mwaka huu.",
                "Tusaidie kuendelea",
                "Changia leo",
                "© Mtaa Wetu. Haki zote zimehifadhiwa.",
            ]
        )
        items.append({"body": text, "url": f"https://mtaa-wetu.example/habari/{number}"})
    return items


def test_a_crawl_learns_a_site_memory_and_the_next_cleans_with_it(tmp_path: Path) -> None:
    """CLEANBODY_SITE_LEARN learns as it cleans and saves at close; a later crawl reads it."""
    memory = tmp_path / "sites.cbm"
    pages = _site_pages(8)
    first, _ = _process(pages, CLEANBODY_SITE_MEMORY=str(memory), CLEANBODY_SITE_LEARN=True)
    assert memory.is_file()
    # Learnt in item order: the first pages are cleaned before the template repeats.
    assert "Changia leo" in first[0]["text"]
    assert "Changia leo" not in first[-1]["text"]
    again, _ = _process(
        _site_pages(3), CLEANBODY_SITE_MEMORY=str(memory), CLEANBODY_STORE_REMOVALS=True
    )
    assert all("Changia leo" not in item["text"] for item in again)
    assert all("Wakazi wa" in item["text"] for item in again)
    rules = {rule for removal in again[0]["cleanbody"]["removed"] for rule in removal["rules"]}
    assert "SITE-REPEAT" in rules
    assert again[0]["cleanbody"]["site"] == "mtaa-wetu.example"


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"CLEANBODY_SITE_LEARN": True}, "needs CLEANBODY_SITE_MEMORY"),
        ({"CLEANBODY_SITE_MEMORY": "m.cbm", "CLEANBODY_THREADS": 2}, "one thread"),
    ],
)
def test_site_memory_settings_are_checked(settings: dict[str, Any], message: str) -> None:
    """Learning without a file, or a memory shared by several threads, is refused at once."""
    with pytest.raises(ValueError, match=message):
        CleanBodyPipeline.from_crawler(get_crawler(settings_dict=settings))


def test_a_missing_site_memory_file_is_named() -> None:
    """Reading a memory that was never learnt stops the spider with the file's name."""
    with pytest.raises(FileNotFoundError, match=r"no file 'nowhere\.cbm'"):
        _process(_site_pages(1), CLEANBODY_SITE_MEMORY="nowhere.cbm")
