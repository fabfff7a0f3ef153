"""CleanBodyExtractor and HtmlWarcReader in real datatrove pipelines over WARC files."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSON Lines writer needs it
pytest.importorskip("warcio")

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.filters import LambdaFilter
from datatrove.pipeline.writers import JsonlWriter
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import cleanbody.api
from cleanbody.integrations.datatrove import CleanBodyExtractor, HtmlWarcReader

ARTICLE = (
    "<p>The harbour board approved the new quay on Monday after a long public hearing.</p>"
    "<p>Work starts in spring and should take two years, the board's chair said.</p>"
)
NEWSLETTER_PAGE = (
    "<html><head><title>Quay approved</title></head><body><article><h1>Quay approved</h1>"
    f"{ARTICLE}<div class='newsletter-signup'>Get our morning briefing by e-mail.</div>"
    "</article></body></html>"
)
APPEAL_PAGE = (
    "<html><body><article><h1>Budget passed</h1>"
    "<p>The city council approved a new budget for public libraries on Tuesday.</p>"
    "<p>Branch hours will be extended on weekends starting in March, the director said.</p>"
    "<p>A Message from The Riverside Courier:</p><p>Dear readers,</p>"
    "<p>Please consider making a donation today.</p><p>Remind me later.</p>"
    "</article></body></html>"
)
#: Cyrillic, sent as windows-1251 with the charset only in the HTTP header.
CYRILLIC_PAGE = (
    "<html><body><article><h1>Новый мост</h1>"
    "<p>Городской совет одобрил строительство нового моста через реку во вторник.</p>"
    "<p>Работы начнутся весной и продлятся два года, сообщил председатель комиссии.</p>"
    "</article></body></html>"
)
PAYWALL_PAGE = (
    "<html><body><article><h1>Port deal</h1>"
    "<p>The port signed a deal with two shipping lines on Friday morning.</p>"
    "<p>Subscribe now to continue reading.</p></article></body></html>"
)
EMPTY_PAGE = "<html><body></body></html>"


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str) -> None:
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=headers)
    writer.write_record(record)


def _write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, gzip_records: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip_records)
        request = writer.create_warc_record(
            "https://news.example/", "request", payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n")
        )
        writer.write_record(request)
        for url, body, content_type in pages:
            _response(writer, url, body, content_type)


def _read_jsonl(folder: Path) -> dict[str, dict[str, object]]:
    docs = {}
    for file in sorted(folder.glob("*.jsonl.gz")):
        for line in gzip.decompress(file.read_bytes()).decode().splitlines():
            record = json.loads(line)
            docs[record["metadata"]["url"]] = record
    return docs


def _total(stat: object) -> object:
    # datatrove saves a plain counter as a number and a counter with a unit as a dict.
    return stat["total"] if isinstance(stat, dict) else stat


def test_warc_pipeline_under_the_local_executor(tmp_path: Path) -> None:
    """Reader, extractor, filter and writer over two WARC files in two tasks, as documented."""
    warcs = tmp_path / "warc"
    warcs.mkdir()
    html = "text/html; charset=utf-8"
    _write_warc(
        warcs / "part-0.warc.gz",
        [
            ("https://news.example/quay", NEWSLETTER_PAGE.encode(), html),
            ("https://news.example/logo.png", b"\x89PNG\r\n\x1a\n not a page", "image/png"),
            ("https://news.example/empty", EMPTY_PAGE.encode(), html),
        ],
        gzip_records=True,
    )
    _write_warc(
        warcs / "part-1.warc",
        [
            ("https://news.example/budget", APPEAL_PAGE.encode(), "text/html"),
            (
                "https://ru.example/most",
                CYRILLIC_PAGE.encode("cp1251"),
                "text/html; charset=cp1251",
            ),
            ("https://news.example/port", PAYWALL_PAGE.encode(), html),
        ],
        gzip_records=False,
    )
    LocalPipelineExecutor(
        pipeline=[
            HtmlWarcReader(str(warcs)),
            CleanBodyExtractor(timeout=30, exclusion_writer=JsonlWriter(str(tmp_path / "empty"))),
            LambdaFilter(lambda doc: not doc.metadata["cleanbody"]["paywalled"]),
            JsonlWriter(str(tmp_path / "clean")),
        ],
        tasks=2,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    kept = _read_jsonl(tmp_path / "clean")
    assert sorted(kept) == [
        "https://news.example/budget",
        "https://news.example/quay",
        "https://ru.example/most",
    ]
    quay = kept["https://news.example/quay"]
    assert "approved the new quay" in quay["text"]  # type: ignore[operator]
    assert "briefing" not in quay["text"]  # type: ignore[operator]
    assert quay["metadata"]["cleanbody"]["categories"]["newsletter"] == 1  # type: ignore[index]
    budget = kept["https://news.example/budget"]
    assert "donation" not in budget["text"]  # type: ignore[operator]
    assert budget["metadata"]["cleanbody"]["publisher"] == "The Riverside Courier"  # type: ignore[index]
    most = kept["https://ru.example/most"]
    assert "Городской совет одобрил" in most["text"]  # type: ignore[operator]
    assert most["metadata"]["charset"] == "cp1251"  # type: ignore[index]

    excluded = _read_jsonl(tmp_path / "empty")
    assert list(excluded) == ["https://news.example/empty"]
    assert excluded["https://news.example/empty"]["metadata"]["filter_reason"] == (  # type: ignore[index]
        "cleanbody_empty"
    )

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    (step,) = [block["stats"] for block in stats if block["name"].endswith("cleanbody extractor")]
    assert _total(step["cleanbody_documents"]) == 5  # the image and the request never read
    assert _total(step["cleanbody_extracted"]) == 4
    assert _total(step["cleanbody_dropped_empty"]) == 1
    assert _total(step["cleanbody_removed_newsletter"]) == 1
    assert _total(step["cleanbody_removed_appeal"]) == 1


def test_a_slow_page_times_out_and_the_next_is_cleaned() -> None:
    """A page over the timeout is dropped and counted; a fresh worker cleans the next page."""
    paragraph = "<p>The committee met again on Thursday to discuss the harbour budget.</p>"
    slow = "<html><body><article>" + paragraph * 20_000 + "</article></body></html>"
    docs = [Document(text=slow, id="slow"), Document(text=NEWSLETTER_PAGE, id="quay")]
    step = CleanBodyExtractor(timeout=1.0)
    kept = list(step.run(iter(docs)))
    assert [doc.id for doc in kept] == ["quay"]
    assert "approved the new quay" in kept[0].text
    assert step.stats["cleanbody_dropped_timeout"].total == 1


def test_trafilatura_options_reach_the_extraction() -> None:
    """A trafilatura option given to the step changes what is extracted (a pruned table)."""
    page = (
        "<html><body><article>"
        f"{ARTICLE}<table><tr><td>Quay length</td><td>420 metres</td></tr></table>"
        "</article></body></html>"
    )

    def extracted(**options: object) -> str:
        step = CleanBodyExtractor(timeout=None, trafilatura_options=options)
        (doc,) = step.run(iter([Document(text=page, id="p")]))
        return doc.text

    assert "420 metres" in extracted()
    assert "420 metres" not in extracted(prune_xpath="//table")


def test_bad_settings_fail_when_the_extractor_is_built() -> None:
    """An unknown trafilatura option, a timeout of zero or an unknown detail raise ValueError."""
    with pytest.raises(ValueError, match="unknown trafilatura option: fastest"):
        CleanBodyExtractor(trafilatura_options={"fastest": True})
    with pytest.raises(ValueError, match="timeout=None"):
        CleanBodyExtractor(timeout=0)
    with pytest.raises(ValueError, match="summary, removals"):
        CleanBodyExtractor(detail="all")  # type: ignore[arg-type]


def test_reader_decodes_by_the_http_charset_then_the_page(tmp_path: Path) -> None:
    """The HTTP charset decodes the page; a wrong one falls back on cleanbody's decoder."""
    meta_page = CYRILLIC_PAGE.replace("<html>", "<html><head><meta charset='windows-1251'></head>")
    _write_warc(
        tmp_path / "pages.warc.gz",
        [
            (
                "https://ru.example/a",
                CYRILLIC_PAGE.encode("cp1251"),
                "text/html; charset=windows-1251",
            ),
            # Labelled UTF-8 but not UTF-8: the <meta> tag is believed instead.
            ("https://ru.example/b", meta_page.encode("cp1251"), "text/html; charset=utf-8"),
            ("https://ru.example/c", b"{}", "application/json"),
        ],
        gzip_records=True,
    )
    docs = list(HtmlWarcReader(str(tmp_path)).run())
    assert [doc.metadata["url"] for doc in docs] == ["https://ru.example/a", "https://ru.example/b"]
    assert all("Городской совет" in doc.text for doc in docs)
    # What the headers declared, whether or not the bytes could be read with it.
    assert [doc.metadata["charset"] for doc in docs] == ["cp1251", "utf-8"]


def test_warm_up_runs_once_per_task(monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor warms cleanbody up once when a task starts, not once per page."""
    calls = []
    real = cleanbody.api.warm_up
    monkeypatch.setattr(cleanbody.api, "warm_up", lambda config=None: calls.append(real(config)))
    step = CleanBodyExtractor(timeout=None)
    docs = [Document(text=NEWSLETTER_PAGE, id=str(n)) for n in range(3)]
    assert len(list(step.run(iter(docs)))) == 3
    assert len(calls) == 1
