"""The command's inputs: compression, WARC files, wrong fields, record limits and hard stops."""

from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import os
import signal
import stat
import subprocess
import sys
import threading
import time
import tracemalloc
from collections import Counter
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from cleanbody.cli import main
from cleanbody.cli.jobs import tasks_of
from cleanbody.cli.progress import Progress
from cleanbody.cli.sources import Source

ARTICLE = (
    "The harbour board approved the new ferry timetable on Tuesday after a long debate.\n"
    "Crossings will run every forty minutes in summer, the board's chair said.\n"
)
INSERT = "Read more: Ferry fares to rise\n"
DOCUMENT = ARTICLE + INSERT
REPO = Path(__file__).resolve().parent.parent
SUBPROCESS_ENV = {**os.environ, "PYTHONPATH": str(REPO / "src"), "NO_COLOR": "1"}

COMPRESSORS = {
    "gz": gzip.compress,
    "bz2": bz2.compress,
    "xz": lzma.compress,
    "zst": lambda data: zstandard.ZstdCompressor().compress(data),
}
DECOMPRESSORS = {
    "gz": gzip.decompress,
    "bz2": bz2.decompress,
    "xz": lzma.decompress,
    "zst": lambda data: zstandard.ZstdDecompressor().decompressobj().decompress(data),
}


def _jsonl(rows: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(row) + "\n" for row in rows).encode()


def _records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _page(title: str, lines: str) -> str:
    body = "".join(f"<p>{line}</p>" for line in lines.splitlines())
    return f"<html><head><title>{title}</title></head><body><article>{body}</article></body></html>"


def _write_warc(path: Path, pages: list[tuple[str, bytes, str]], *, compress: bool) -> None:
    """Write a WARC file: per page a request, then its response (URL, body, Content-Type)."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=compress)
        for url, body, content_type in pages:
            request = writer.create_warc_record(
                url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\nHost: example.org\r\n\r\n")
            )
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], "HTTP/1.1")
            response = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(response)


# ---------------------------------------------------------------- compression


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_compressed_input_is_told_by_its_magic_bytes(tmp_path: Path, suffix: str) -> None:
    """gzip, bz2, xz and zstd JSON Lines are read whatever the file is called."""
    data = COMPRESSORS[suffix](_jsonl([{"id": n, "text": DOCUMENT} for n in range(3)]))
    (tmp_path / f"in.jsonl.{suffix}").write_bytes(data)
    (tmp_path / "no-extension").write_bytes(data)
    for name in (f"in.jsonl.{suffix}", "no-extension"):
        out = tmp_path / f"{name}.out.jsonl"
        assert main(["-q", str(tmp_path / name), "-o", str(out)]) == 0
        records = _records(out)
        assert [record["id"] for record in records] == [0, 1, 2]
        assert all(record["text"] == ARTICLE for record in records)


def test_compressed_standard_input_is_read() -> None:
    """Compressed bytes piped in are decompressed and sniffed like a file."""
    data = COMPRESSORS["xz"](_jsonl([{"text": DOCUMENT}]))
    done = subprocess.run(
        [sys.executable, "-m", "cleanbody", "-q"],
        input=data,
        capture_output=True,
        check=False,
        timeout=120,
        env=SUBPROCESS_ENV,
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["text"] == ARTICLE


@pytest.mark.parametrize("suffix", sorted(COMPRESSORS))
def test_output_is_compressed_as_its_suffix_says(tmp_path: Path, suffix: str) -> None:
    """-o out.jsonl.gz/.bz2/.xz/.zst writes that compression, and it reads back whole."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl([{"id": n, "text": DOCUMENT} for n in range(4)]))
    out = tmp_path / f"out.jsonl.{suffix}"
    assert main(["-q", str(source), "-o", str(out)]) == 0
    lines = DECOMPRESSORS[suffix](out.read_bytes()).decode().splitlines()
    assert [json.loads(line)["id"] for line in lines] == [0, 1, 2, 3]


def test_folder_output_keeps_each_inputs_compression(tmp_path: Path) -> None:
    """In a folder output a/page.html.zst becomes a/page.txt.zst, and the text inside is clean."""
    inputs = tmp_path / "in" / "a"
    inputs.mkdir(parents=True)
    page = _page("Ferries", DOCUMENT).encode()
    (inputs / "page.html.zst").write_bytes(COMPRESSORS["zst"](page))
    (inputs / "notes.txt.bz2").write_bytes(COMPRESSORS["bz2"](DOCUMENT.encode()))
    assert main(["-q", str(tmp_path / "in"), "-o", str(tmp_path / "out") + "/"]) == 0
    written = sorted(
        p.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*")
    )
    assert written == ["a", "a/notes.txt.bz2", "a/page.txt.zst"]
    text = DECOMPRESSORS["zst"]((tmp_path / "out" / "a" / "page.txt.zst").read_bytes()).decode()
    assert "Crossings will run" in text
    assert "Read more" not in text
    assert (
        bz2.decompress((tmp_path / "out" / "a" / "notes.txt.bz2").read_bytes()).decode() == ARTICLE
    )


def test_a_cut_compressed_input_keeps_what_came_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cut .xz stream: the records before the cut are written, the error named, exit 1."""
    rows = [{"id": n, "text": DOCUMENT + "x" * 3000 + f" {n}"} for n in range(300)]
    data = COMPRESSORS["xz"](_jsonl(rows))
    source = tmp_path / "cut.jsonl.xz"
    source.write_bytes(data[: len(data) * 2 // 3])
    out = tmp_path / "out.jsonl"
    assert main(["-q", str(source), "-o", str(out)]) == 1
    ids = [record["id"] for record in _records(out)]
    assert ids == list(range(len(ids)))
    assert 0 < len(ids) < 300
    err = capsys.readouterr().err
    assert f"{source}: error: reading stopped (the xz data is corrupt or cut short" in err
    assert "Traceback" not in err


def test_missing_zstandard_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without zstandard, a .zst input stops the run before any output, naming the extra."""
    source = tmp_path / "in.jsonl.zst"
    source.write_bytes(COMPRESSORS["zst"](_jsonl([{"text": DOCUMENT}])))
    monkeypatch.setitem(sys.modules, "zstandard", None)
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out)]) == 2
    assert "pip install 'cleanbody[zstd]'" in capsys.readouterr().err
    assert not out.exists()


def test_text_that_opens_with_bz2s_letters_is_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A document starting with "BZh" is not mistaken for bz2: the block marker must follow."""
    source = tmp_path / "note"
    source.write_text("BZh9 is the name of the ferry. " + DOCUMENT, encoding="utf-8")
    assert main([str(source)]) == 0
    assert capsys.readouterr().out.startswith("BZh9 is the name of the ferry.")


# ---------------------------------------------------------------- WARC


def test_warc_html_responses_are_cleaned_with_their_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each HTML response of a .warc.gz becomes a record with its URL and id; others are counted."""
    pages = [
        (f"https://example.org/news/{n}", _page("Ferries", DOCUMENT).encode(), "text/html")
        for n in range(3)
    ]
    pages.append(("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", "image/png"))
    source = tmp_path / "crawl.warc.gz"
    _write_warc(source, pages, compress=True)
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out)]) == 0
    records = _records(out)
    assert [record["url"] for record in records] == [
        f"https://example.org/news/{n}" for n in range(3)
    ]
    assert all(str(record["warc_record_id"]).startswith("<urn:uuid:") for record in records)
    assert all("Crossings will run" in str(record["text"]) for record in records)
    assert all("Read more" not in str(record["text"]) for record in records)
    assert all("cleanbody" in record for record in records)
    summary = capsys.readouterr().err
    assert "5 WARC records are no HTML page and were left out" in summary
    assert "4 request records" in summary
    assert "1 responses that are not HTML" in summary


def test_utf8_page_labelled_latin1_by_its_server_stays_utf8(tmp_path: Path) -> None:
    """A UTF-8 page whose HTTP header says ISO-8859-1 is read as UTF-8, not as mojibake."""
    lines = (
        "Le conseil du port a approuvé les nouveaux horaires des ferries mardi soir.\n"
        "Les traversées auront lieu toutes les quarante minutes en été, a déclaré sa présidente.\n"
    )
    body = _page("Ferries", lines).encode("utf-8")
    source = tmp_path / "fr.warc"
    _write_warc(
        source, [("https://example.org/fr", body, "text/html; charset=ISO-8859-1")], compress=False
    )
    out = tmp_path / "out.jsonl"
    assert main(["-q", str(source), "-o", str(out)]) == 0
    (record,) = _records(out)
    assert "Les traversées auront lieu" in str(record["text"])


def test_explain_on_a_warc_file_heads_each_page_with_its_url(tmp_path: Path) -> None:
    """--explain shows every page of a WARC file under a header naming its record and URL."""
    pages = [
        (f"https://example.org/{n}", _page("F", DOCUMENT).encode(), "text/html") for n in (1, 2)
    ]
    source = tmp_path / "crawl.warc"
    _write_warc(source, pages, compress=False)
    out = tmp_path / "explained.txt"
    assert main(["-q", "--explain", str(source), "-o", str(out)]) == 0
    shown = out.read_text(encoding="utf-8")
    assert f"==> {source}:2 (https://example.org/1) <==" in shown
    assert f"==> {source}:4 (https://example.org/2) <==" in shown
    assert shown.count("  | Read more: Ferry fares to rise") == 2


def test_warc_page_is_decoded_with_the_http_charset(tmp_path: Path) -> None:
    """A cp1251 page with no <meta charset> is read in the charset its HTTP header names."""
    lines = (
        "Совет гавани утвердил новое расписание паромов во вторник после долгих споров.\n"
        "Паромы будут ходить каждые сорок минут летом, сказал председатель совета.\n"
    )
    body = _page("Паромы", lines).encode("cp1251")
    source = tmp_path / "ru.warc"
    _write_warc(
        source,
        [("https://example.org/ru", body, "text/html; charset=windows-1251")],
        compress=False,
    )
    out = tmp_path / "out.jsonl"
    assert main(["-q", str(source), "-o", str(out)]) == 0
    (record,) = _records(out)
    assert "Паромы будут ходить" in str(record["text"])


@pytest.mark.parametrize("compress", [False, True])
def test_a_cut_warc_file_keeps_the_records_before(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], compress: bool
) -> None:
    """A WARC file cut inside its last record: the pages before are written, and exit 1."""
    pages = [
        (f"https://example.org/{n}", _page("Ferries", DOCUMENT + "x" * 2000).encode(), "text/html")
        for n in range(3)
    ]
    whole = tmp_path / "whole.warc"
    _write_warc(whole, pages, compress=compress)
    data = whole.read_bytes()
    source = tmp_path / ("cut.warc.gz" if compress else "cut.warc")
    source.write_bytes(data[: len(data) - 700])
    out = tmp_path / "out.jsonl"
    assert main(["-q", str(source), "-o", str(out)]) == 1
    assert [record["url"] for record in _records(out)] == [
        "https://example.org/0",
        "https://example.org/1",
    ]
    err = capsys.readouterr().err
    assert f"{source}: error: reading stopped" in err
    assert "Traceback" not in err


def test_a_warc_file_cut_inside_a_header_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A WARC file that ends inside a record's header is reported, not taken as complete."""
    whole = tmp_path / "whole.warc"
    _write_warc(
        whole,
        [("https://example.org/0", _page("Ferries", DOCUMENT).encode(), "text/html")] * 2,
        compress=False,
    )
    data = whole.read_bytes()
    last = data.rindex(b"WARC/1.")
    source = tmp_path / "cut.warc"
    source.write_bytes(data[: last + 60])
    assert main(["-q", str(source), "-o", str(tmp_path / "out.jsonl")]) == 1
    assert "reading stopped (the file ends inside record 4" in capsys.readouterr().err


def test_a_file_forced_as_warc_that_is_not_one_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--input-format warc on JSON Lines is one error and exit 1, not silence and exit 0."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl([{"text": DOCUMENT}] * 2))
    assert main(["-q", "--input-format", "warc", str(source)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "it is not a WARC file" in captured.err


def test_missing_warcio_names_the_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without warcio, a WARC input stops the run before any output, naming the extra."""
    source = tmp_path / "crawl.warc"
    _write_warc(
        source,
        [("https://example.org/", _page("F", DOCUMENT).encode(), "text/html")],
        compress=False,
    )
    monkeypatch.setitem(sys.modules, "warcio", None)
    assert main([str(source), "-o", str(tmp_path / "out.jsonl")]) == 2
    assert "pip install 'cleanbody[warc]'" in capsys.readouterr().err


# ---------------------------------------------------------------- fields


def test_a_wrong_field_stops_with_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No record among the first hundred has --field: exit 2, one line naming the fields."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl([{"id": n, "body": DOCUMENT, "lang": "en"} for n in range(2000)]))
    out = tmp_path / "out.jsonl"
    out.write_text("earlier output\n", encoding="utf-8")
    assert main(["-q", str(source), "-o", str(out)]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 1
    assert "no record among the first 100" in lines[0]
    assert '"text" field (their fields: id, body, lang)' in lines[0]
    assert "--field" in lines[0]
    assert out.read_text(encoding="utf-8") == "earlier output\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_a_short_input_without_the_field_stops_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Five records, none with --field: the same one message and exit 2."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl([{"body": DOCUMENT}] * 5))
    assert main(["-q", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "no record among the first 5 of" in err


def test_records_without_the_field_among_good_ones_are_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """When some early record has --field, those without it are reported one by one, exit 1."""
    rows: list[dict[str, object]] = [{"id": n, "body": "x"} for n in range(50)]
    rows.append({"id": 50, "text": DOCUMENT})
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl(rows))
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out)]) == 1
    assert [record["id"] for record in _records(out)] == [50]
    err = capsys.readouterr().err
    assert err.count('error: no "text" field') == 50
    assert "50 of 51 records failed" in err


def test_an_existing_annotation_field_is_never_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record that already has `cleanbody` is a bad record; the others are written."""
    rows: list[dict[str, object]] = [
        {"id": 1, "text": DOCUMENT},
        {"id": 2, "text": DOCUMENT, "cleanbody": {"mine": True}},
    ]
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl(rows))
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out)]) == 1
    assert [record["id"] for record in _records(out)] == [1]
    assert 'already has a "cleanbody" field' in capsys.readouterr().err
    assert main([str(source), "-o", str(out), "--annotation-field", "cleanbody_2"]) == 0
    second = _records(out)[1]
    assert second["cleanbody"] == {"mine": True}
    assert "removed" in second["cleanbody_2"]  # type: ignore[operator]


def test_cleaning_the_commands_own_output_again_stops_with_one_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Output fed back in: every record has `cleanbody`, so one message and exit 2."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl([{"text": DOCUMENT}] * 3))
    once = tmp_path / "once.jsonl"
    assert main(["-q", str(source), "-o", str(once)]) == 0
    assert main(["-q", str(once)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "--annotation-field cleanbody_2" in err


def test_nan_and_infinity_are_bad_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record holding NaN or Infinity (not JSON) is reported; no NaN reaches the output."""
    source = tmp_path / "in.jsonl"
    source.write_text(
        json.dumps({"id": 1, "text": DOCUMENT})
        + "\n"
        + '{"id": 2, "text": "Ferries.", "score": NaN}\n'
        + '{"id": 3, "text": "Ferries.", "score": -Infinity}\n',
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out)]) == 1
    written = out.read_text(encoding="utf-8")
    assert "NaN" not in written
    assert "Infinity" not in written
    assert [record["id"] for record in _records(out)] == [1]
    err = capsys.readouterr().err
    assert ":2: error: invalid JSON (NaN is not a JSON number" in err
    assert ":3: error: invalid JSON (-Infinity is not a JSON number" in err


# ---------------------------------------------------------------- size limits


def test_a_record_over_the_limit_is_a_bad_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A record over --max-bytes is reported and skipped; the records after it are written."""
    rows = [{"id": 1, "text": DOCUMENT}, {"id": 2, "text": "y" * 5000}, {"id": 3, "text": DOCUMENT}]
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl(rows))
    out = tmp_path / "out.jsonl"
    assert main(["--max-bytes", "1000", str(source), "-o", str(out)]) == 1
    assert [record["id"] for record in _records(out)] == [1, 3]
    err = capsys.readouterr().err
    assert f"{source}:2: error: the record is 5,0" in err
    assert "over the limit of 1,000 (--max-bytes)" in err


def test_a_document_over_the_limit_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A whole document over --max-bytes is reported; the other documents are written."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(DOCUMENT, encoding="utf-8")
    (tmp_path / "in" / "b.txt").write_text(DOCUMENT * 40, encoding="utf-8")
    out = tmp_path / "out.txt"
    assert main(["--max-bytes", "1000", str(tmp_path / "in"), "-o", str(out)]) == 1
    assert out.read_text(encoding="utf-8").count("Crossings will run") == 1
    assert "b.txt: error: the document is at least 1,001 bytes" in capsys.readouterr().err


class _Endless(io.RawIOBase):
    """A stream of one very long line, made up as it is read (never held whole)."""

    def __init__(self, size: int) -> None:
        super().__init__()
        self._left = size

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            return 0
        count = min(len(buffer), self._left)
        if self._left == count:
            buffer[: count - 1] = b"x" * (count - 1)
            buffer[count - 1 : count] = b"\n"
        else:
            buffer[:count] = b"x" * count
        self._left -= count
        return count


def test_an_over_long_line_is_skipped_in_bounded_memory() -> None:
    """A 64 MB line with a 1 MB limit is read through without holding it (tracemalloc peak)."""
    tail = b'{"text": "After the long line."}\n'
    stream = io.BufferedReader(io.BufferedReader(_Endless(64 << 20)), 1 << 16)
    replay = io.BufferedReader(_Chain(stream, io.BytesIO(tail)))
    source = Source("long.jsonl", None, Path("long.jsonl"), "jsonl", stream=replay)  # type: ignore[arg-type]
    tracemalloc.start()
    try:
        items = [item for task in tasks_of([source], max_bytes=1 << 20) for item in task.items]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [item.kind for item in items] == ["error", "record"]
    assert "the record is 67,108,864 bytes" in str(items[0].problem)
    assert peak < 8 << 20


class _Chain(io.RawIOBase):
    """Two streams read one after the other."""

    def __init__(self, first: io.BufferedReader, second: io.BytesIO) -> None:
        super().__init__()
        self._streams = [first, second]

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        while self._streams:
            data = self._streams[0].read(len(buffer))
            if data:
                buffer[: len(data)] = data
                return len(data)
            self._streams.pop(0)
        return 0


# ---------------------------------------------------------------- hard stops


def test_symlink_loop_in_a_folder_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A symbolic link that loops, inside an input folder, is named in one line, exit 2."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(DOCUMENT, encoding="utf-8")
    (folder / "loop").symlink_to(folder / "loop")
    assert main([str(folder)]) == 2
    err = capsys.readouterr().err
    assert f"{folder / 'loop'}: a symbolic link that loops" in err
    assert "Traceback" not in err


def test_a_reader_going_away_exits_quietly_with_141(tmp_path: Path) -> None:
    """`cleanbody ... | head -1`: exit 141 (as SIGPIPE would), nothing on stderr."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl([{"text": DOCUMENT}] * 3000))
    process = subprocess.Popen(
        [sys.executable, "-m", "cleanbody", "-q", str(source)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=SUBPROCESS_ENV,
    )
    assert process.stdout is not None
    assert process.stderr is not None
    assert json.loads(process.stdout.readline())["text"] == ARTICLE
    process.stdout.close()
    err = process.stderr.read().decode()
    assert process.wait(timeout=120) == 141
    assert err == ""


def _big_input(path: Path, records: int) -> Path:
    path.write_bytes(
        _jsonl([{"id": n, "text": DOCUMENT + f"Ferry {n}.\n"} for n in range(records)])
    )
    return path


def _wait_for(condition: object, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            pytest.fail("the run never reached the point the test waits for")
        time.sleep(0.05)


def test_sigterm_moves_whole_records_into_place(tmp_path: Path) -> None:
    """SIGTERM mid-run: exit 143, a valid .gz of whole records in place, no .part or .lock."""
    source = _big_input(tmp_path / "in.jsonl", 20000)
    out = tmp_path / "out" / "clean.jsonl.gz"
    out.parent.mkdir()
    process = subprocess.Popen(
        [sys.executable, "-m", "cleanbody", "-q", str(source), "-o", str(out)],
        stderr=subprocess.PIPE,
        env=SUBPROCESS_ENV,
    )
    _wait_for(
        lambda: any(p.name.endswith(".part") and p.stat().st_size > 0 for p in out.parent.iterdir())
    )
    process.send_signal(signal.SIGTERM)
    assert process.wait(timeout=120) == 143
    assert process.stderr is not None
    assert "terminated (SIGTERM)" in process.stderr.read().decode()
    assert sorted(path.name for path in out.parent.iterdir()) == ["clean.jsonl.gz"]
    records = [json.loads(line) for line in gzip.decompress(out.read_bytes()).splitlines()]
    assert records
    assert [record["id"] for record in records] == list(range(len(records)))


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_a_killed_worker_loses_no_record(tmp_path: Path) -> None:
    """A worker of -j 2 killed with SIGKILL mid-run: exit 0, the same bytes as a -j 1 run."""
    source = _big_input(tmp_path / "in.jsonl", 40000)
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "errors.txt"
    command = [sys.executable, "-m", "cleanbody", "-q", "-j", "2", str(source), "-o", str(out)]
    process = subprocess.Popen(
        [*command, "--errors", str(errors)],
        stderr=subprocess.PIPE,
        env=SUBPROCESS_ENV,
    )
    part = tmp_path / f".out.jsonl.{process.pid}.part"
    _wait_for(
        lambda: part.exists() and part.stat().st_size > 0 and len(_children(process.pid)) >= 2
    )
    os.kill(_children(process.pid)[0], signal.SIGKILL)
    assert process.wait(timeout=300) == 0
    assert process.stderr is not None
    assert process.stderr.read().decode() == ""
    assert errors.read_text(encoding="utf-8") == ""
    alone = tmp_path / "alone.jsonl"
    assert main(["-q", "-j", "1", str(source), "-o", str(alone)]) == 0
    assert out.read_bytes() == alone.read_bytes()
    assert len(_records(out)) == 40000


#: Runs the command with one change: a worker that cleans a record holding "POISON" is
#: killed, as the kernel kills a process out of memory. Only in this test's process.
_POISONED_COMMAND = """
import os, signal, sys
import cleanbody.cli.jobs as jobs
from cleanbody.cli import main
main_process, clean_item = os.getpid(), jobs._clean_item
def poisoned(item, *args):
    if b"POISON" in item.data and os.getpid() != main_process:
        os.kill(os.getpid(), signal.SIGKILL)
    return clean_item(item, *args)
jobs._clean_item = poisoned
sys.exit(main(sys.argv[1:]))
"""


@pytest.mark.parametrize("sites", [False, True], ids=["plain", "sites"])
def test_a_record_that_kills_every_worker_is_a_bad_record(tmp_path: Path, sites: bool) -> None:
    """A record whose worker dies each time: exit 1, it is reported, every other one written."""
    rows: list[dict[str, object]] = [
        {"id": n, "url": f"https://harbour.example/{n % 7}/{n}", "text": DOCUMENT + f"Ferry {n}."}
        for n in range(2000)
    ]
    rows[777]["text"] = DOCUMENT + "POISON"
    source = tmp_path / "in.jsonl"
    source.write_bytes(_jsonl(rows))
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.txt"
    options = ["--sites"] if sites else []
    paths = [str(source), "-o", str(out), "--errors", str(errors)]
    done = subprocess.run(
        [sys.executable, "-c", _POISONED_COMMAND, "-j", "2", *options, *paths],
        capture_output=True,
        check=False,
        timeout=300,
        env=SUBPROCESS_ENV,
    )
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert err == f"cleanbody: 1 of 2,000 records failed and were not written; see {errors}\n"
    assert errors.read_text(encoding="utf-8") == (
        f"{source}:778: error: the worker process cleaning it died each time (killed, or out "
        "of memory), also when it was cleaned alone; skipped\n"
    )
    undisturbed = tmp_path / "undisturbed.jsonl"
    assert main(["-q", *options, str(source), "-o", str(undisturbed)]) == 0
    expected = undisturbed.read_bytes().splitlines(keepends=True)
    assert json.loads(expected.pop(777))["id"] == 777
    assert out.read_bytes() == b"".join(expected)


# ---------------------------------------------------------------- progress and rules


def test_the_first_eta_ignores_start_up_time() -> None:
    """1.2 s of start-up then 1% per 0.1 s: every ETA shown is within 10% of the time left."""
    now = [0.0]
    stream = io.StringIO()
    bar = Progress(stream, total_bytes=10_000, enabled=True, clock=lambda: now[0])
    now[0] = 1.3  # the first task comes back after warm-up
    bar.update(64, 100)
    assert "ETA" not in stream.getvalue().split("\r")[-1]
    etas: Counter[bool] = Counter()
    for step in range(2, 100):
        now[0] = 1.3 + (step - 1) * 0.1 + 0.0001
        bar.clear()
        bar.update(64, step * 100)
        line = stream.getvalue().split("\r")[-1]
        minutes, seconds = line.split("ETA ")[1].split()[0].split(":")
        shown = int(minutes) * 60 + int(seconds)
        truth = (100 - step) * 0.1
        etas[abs(shown - truth) <= max(0.1 * truth, 0.5)] += 1
    assert etas[False] == 0


def test_the_eta_forgets_the_slow_first_tasks() -> None:
    """Each worker's slow first tasks are forgotten: once steady, the ETA is within 10%."""
    now = [0.0]
    stream = io.StringIO()
    bar = Progress(stream, total_bytes=10_000, enabled=True, clock=lambda: now[0])
    for step in range(1, 60):
        now[0] += 0.5 if step <= 4 else 0.1  # four slow tasks (warm-up), then 1% per 0.1 s
        bar.clear()
        bar.update(64, step * 100)
    minutes, seconds = stream.getvalue().split("ETA ")[-1].split()[0].split(":")
    assert abs(int(minutes) * 60 + int(seconds) - 4.1) <= 0.5


def test_rules_without_an_argument_lists_every_rule(capsys: pytest.CaptureFixture[str]) -> None:
    """`cleanbody rules` lists every rule, text, DOM and link rules alike, one a line."""
    from cleanbody.rules.model import list_rules  # noqa: PLC0415

    assert main(["rules"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == len(list_rules()) > 100
    ids = {row.split()[0] for row in listed}
    assert {"EN-AP01", "DOM-NL01"} <= ids


def _limit_file_size() -> None:
    """In the child: files may not grow past 4 KB, and going past is an error, not a kill."""
    import resource  # noqa: PLC0415 - POSIX only, in the child process

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (4 << 10, 4 << 10))


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs POSIX file size limits")
@pytest.mark.parametrize(
    ("name", "jobs"),
    [("out.jsonl", 1), ("out.jsonl.gz", 1), ("out.jsonl", 2), ("out.jsonl.gz", 2)],
)
def test_a_write_the_kernel_refuses_leaves_the_old_output_and_no_part_file(
    tmp_path: Path, name: str, jobs: int
) -> None:
    """write() failing with EFBIG (as on a full disk): exit 2, one line naming -o, old -o kept."""
    source = _big_input(tmp_path / "in.jsonl", 2000)
    out = tmp_path / name
    earlier = b"\x1f\x8b earlier output, byte for byte\n"
    out.write_bytes(earlier)
    done = subprocess.run(
        [sys.executable, "-m", "cleanbody", "-q", "-j", str(jobs), str(source), "-o", str(out)],
        capture_output=True,
        check=False,
        timeout=300,
        env={**SUBPROCESS_ENV, "PYTHONDONTWRITEBYTECODE": "1"},
        preexec_fn=_limit_file_size,
    )
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.count("\n") == 1, err
    assert err.startswith(f"cleanbody: error: writing {out} failed: File too large; ")
    assert " documents had been written, up to " in err
    assert f"it was dropped, and {out} is as it was" in err
    assert err.endswith("Fix that (free space, or choose another output) and run again\n")
    assert out.read_bytes() == earlier
    assert sorted(path.name for path in tmp_path.iterdir()) == ["in.jsonl", name]


@pytest.mark.skipif(
    not Path("/dev/full").exists() or not stat.S_ISCHR(os.stat("/dev/full").st_mode),
    reason="needs /dev/full",
)
@pytest.mark.parametrize("jobs", [1, 2])
def test_dev_full_as_output_is_written_in_place_and_fails_clearly(
    tmp_path: Path, jobs: int
) -> None:
    """-o /dev/full: exit 2, one line naming it, and /dev/full is still the device."""
    source = _big_input(tmp_path / "in.jsonl", 500)
    done = subprocess.run(
        [sys.executable, "-m", "cleanbody", "-q", "-j", str(jobs), str(source), "-o", "/dev/full"],
        capture_output=True,
        check=False,
        timeout=300,
        env=SUBPROCESS_ENV,
    )
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err.count("\n") == 1, err
    assert err.startswith("cleanbody: error: writing /dev/full failed: No space left on device")
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    assert not list(Path("/dev").glob(".full*"))


@pytest.mark.skipif(
    not Path("/dev/full").exists() or not stat.S_ISCHR(os.stat("/dev/full").st_mode),
    reason="needs /dev/full",
)
def test_an_errors_file_that_cannot_be_written_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--errors /dev/full: exit 2, one line naming --errors; the output is in place."""
    source = tmp_path / "in.jsonl"
    source.write_text(f'{{"text": "{ARTICLE[:40]}"}}\n{{"text": NaN}}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out), "--errors", "/dev/full"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert err.startswith("cleanbody: error: --errors /dev/full: writing the bad-record ")
    assert [record["text"] for record in _records(out)] == [ARTICLE[:40]]


def test_a_named_pipe_as_output_stays_a_pipe(tmp_path: Path) -> None:
    """-o naming a FIFO writes through it, and never puts a regular file in its place."""
    source = _big_input(tmp_path / "in.jsonl", 50)
    pipe = tmp_path / "pipe.jsonl"
    os.mkfifo(pipe)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    assert main(["-q", str(source), "-o", str(pipe)]) == 0
    reader.join(timeout=60)
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)
    expected = tmp_path / "expected.jsonl"
    assert main(["-q", str(source), "-o", str(expected)]) == 0
    assert received == [expected.read_bytes()]
    assert sorted(path.name for path in tmp_path.iterdir()) == [
        "expected.jsonl",
        "in.jsonl",
        "pipe.jsonl",
    ]


def test_a_symbolic_link_as_output_writes_its_target(tmp_path: Path) -> None:
    """-o naming a link: the file it points to is replaced whole, and the link stays a link."""
    source = _big_input(tmp_path / "in.jsonl", 50)
    (tmp_path / "store").mkdir()
    target = tmp_path / "store" / "clean.jsonl"
    target.write_text("earlier\n", encoding="utf-8")
    link = tmp_path / "latest.jsonl"
    link.symlink_to(target)
    assert main(["-q", str(source), "-o", str(link)]) == 0
    assert link.is_symlink()
    assert len(_records(target)) == 50
    assert sorted(path.name for path in (tmp_path / "store").iterdir()) == ["clean.jsonl"]
