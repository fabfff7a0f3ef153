"""The cleanbody command: inputs, output formats, bad records, jobs, safety and exit codes."""

from __future__ import annotations

import gzip
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cleanbody
from cleanbody.cli import main
from cleanbody.cli.progress import Progress

ARTICLE = [
    "The city council approved a new budget for public libraries on Tuesday, "
    "ending months of debate over opening hours.",
    "Branch hours will be extended on weekends starting in March, the library director said.",
    "Officials expect the plan to cost about two million over three years.",
]
NEWSLETTER = "Sign up for our newsletter here."
APPEAL = [
    "A Message from The Riverside Courier:",
    "Dear readers,",
    "We rely on your support to keep our journalism free for everyone.",
    "Please consider making a donation today.",
    "Remind me later.",
]
DOCUMENT = "\n".join([ARTICLE[0], NEWSLETTER, *ARTICLE[1:], *APPEAL]) + "\n"
CLEAN = "\n".join(ARTICLE) + "\n"
PAGE = (
    "<!DOCTYPE html><html><head><title>Libraries</title></head><body><article>"
    + "".join(f"<p>{line}</p>" for line in [ARTICLE[0], NEWSLETTER, *ARTICLE[1:], *APPEAL])
    + "</article></body></html>"
)


def _records(path: Path, rows: list[object], *, compress: bool = False) -> Path:
    lines = "".join(row if isinstance(row, str) else json.dumps(row) + "\n" for row in rows)
    if compress:
        path.write_bytes(gzip.compress(lines.encode()))
    else:
        path.write_text(lines, encoding="utf-8")
    return path


def _read_jsonl(path: Path) -> list[dict[str, object]]:
    data = path.read_bytes()
    if path.name.endswith(".gz"):
        data = gzip.decompress(data)
    return [json.loads(line) for line in data.decode().splitlines()]


def test_the_boilerplate_used_here_is_removed_by_clean() -> None:
    """The test document loses exactly its newsletter line and appeal trailer in clean()."""
    assert cleanbody.clean(DOCUMENT).text == CLEAN


def test_text_file_prints_the_clean_article(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A text file is cleaned to standard output and the exit code is 0."""
    article = tmp_path / "article.txt"
    article.write_text(DOCUMENT, encoding="utf-8")
    assert main([str(article)]) == 0
    assert capsys.readouterr().out == CLEAN


def test_json_output_is_the_result_dict(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--output-format json writes Result.to_dict() of a single document."""
    article = tmp_path / "article.txt"
    article.write_text(DOCUMENT, encoding="utf-8")
    assert main(["--output-format", "json", str(article)]) == 0
    assert json.loads(capsys.readouterr().out) == cleanbody.clean(DOCUMENT).to_dict()


def test_html_file_goes_through_the_html_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An .html file is extracted and cleaned: the article stays, the appeal goes."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    assert main(["--output-format", "json", str(page)]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["metadata"]["input_type"] == "html"
    assert ARTICLE[1] in result["text"]
    assert "donation" not in result["text"]


def test_forced_text_format_leaves_markup_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--input-format text cleans an .html file as plain text, tags included."""
    page = tmp_path / "page.html"
    page.write_text(
        "<p>Prices <b>rose</b> again on Monday, the bureau said.</p>\n", encoding="utf-8"
    )
    assert main(["--input-format", "text", str(page)]) == 0
    assert (
        capsys.readouterr().out == "<p>Prices <b>rose</b> again on Monday, the bureau said.</p>\n"
    )
    assert main([str(page)]) == 0
    assert "<b>" not in capsys.readouterr().out


def test_jsonl_keeps_fields_in_order_and_adds_the_account(tmp_path: Path) -> None:
    """JSON Lines output keeps every field in order, cleans the text and adds `cleanbody`."""
    source = _records(tmp_path / "in.jsonl", [{"id": "a", "text": DOCUMENT, "lang": "en"}])
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out)]) == 0
    (record,) = _read_jsonl(out)
    assert list(record) == ["id", "text", "lang", "cleanbody"]
    assert record["text"] == CLEAN
    account = record["cleanbody"]
    assert isinstance(account, dict)
    assert account["metadata"]["categories"] == {"appeal": 1, "newsletter": 1}
    removed = account["removed"]
    assert [removal["text"] for removal in removed] == [NEWSLETTER, "\n".join(APPEAL)]
    assert all(DOCUMENT[r["start"] : r["end"]] == r["text"] for r in removed)


def test_field_option_cleans_another_field(tmp_path: Path) -> None:
    """--field names the field to clean and leaves `text` untouched."""
    source = _records(tmp_path / "in.jsonl", [{"text": "title", "body": DOCUMENT}])
    out = tmp_path / "out.jsonl"
    assert main(["--field", "body", str(source), "-o", str(out)]) == 0
    (record,) = _read_jsonl(out)
    assert record["body"] == CLEAN
    assert record["text"] == "title"


def test_bad_records_are_reported_and_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Invalid JSON, a missing and a non-string field are reported by line; the rest is written."""
    rows: list[object] = [
        {"id": 1, "text": DOCUMENT},
        "{not json\n",
        {"id": 3, "body": "no text"},
        "\n",
        {"id": 5, "text": 42},
        [1, 2],
        {"id": 7, "text": "Short and clean."},
    ]
    source = _records(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out)]) == 1
    assert [record["id"] for record in _read_jsonl(out)] == [1, 7]
    err = capsys.readouterr().err
    assert f"{source}:2: error: invalid JSON" in err
    assert f'{source}:3: error: no "text" field' in err
    assert f'{source}:5: error: "text" is a number, not a string' in err
    assert f"{source}:6: error: the record is an array" in err
    assert "4 of 6 records failed" in err


def test_errors_option_writes_messages_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--errors FILE receives the bad-record messages instead of standard error."""
    source = _records(tmp_path / "in.jsonl", [{"text": DOCUMENT}, "oops\n"])
    errors = tmp_path / "errors.txt"
    assert main([str(source), "-o", str(tmp_path / "out.jsonl"), "--errors", str(errors)]) == 1
    assert errors.read_text(encoding="utf-8").startswith(f"{source}:2: error: invalid JSON")
    assert ":2: error" not in capsys.readouterr().err


def test_gzip_in_and_out(tmp_path: Path) -> None:
    """A .jsonl.gz input is read and a .gz output is compressed."""
    source = _records(tmp_path / "in.jsonl.gz", [{"text": DOCUMENT}], compress=True)
    out = tmp_path / "out.jsonl.gz"
    assert main([str(source), "-o", str(out)]) == 0
    assert out.read_bytes()[:2] == b"\x1f\x8b"
    assert _read_jsonl(out)[0]["text"] == CLEAN


def test_parallel_jobs_give_identical_ordered_output(tmp_path: Path) -> None:
    """-j 2 writes byte for byte what -j 1 writes, records in input order."""
    rows: list[object] = [
        {"n": n, "text": DOCUMENT if n % 3 else f"Plain report number {n}."} for n in range(700)
    ]
    rows.insert(300, "{broken\n")
    source = _records(tmp_path / "in.jsonl", rows)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["-q", "-j", "1", str(source), "-o", str(one)]) == 1
    assert main(["-q", "-j", "2", str(source), "-o", str(two)]) == 1
    assert one.read_bytes() == two.read_bytes()
    assert [record["n"] for record in _read_jsonl(two)] == list(range(700))


def test_refuses_to_write_over_an_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """-o naming an input file exits 2, names the input, and leaves it untouched."""
    source = _records(tmp_path / "in.jsonl", [{"text": DOCUMENT}])
    before = source.read_bytes()
    assert main([str(source), "-o", str(tmp_path / "." / "in.jsonl")]) == 2
    assert "would write over the input" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_refuses_a_folder_output_that_lands_on_an_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder output whose file would be an input (same folder, same name) is refused."""
    source = _records(tmp_path / "in.jsonl", [{"text": DOCUMENT}])
    before = source.read_bytes()
    assert main([str(tmp_path), "-o", f"{tmp_path}/"]) == 2
    assert f"would write over the input {source}" in capsys.readouterr().err
    assert source.read_bytes() == before


def test_folder_in_folder_out_mirrors_the_tree(tmp_path: Path) -> None:
    """A folder input with a folder output writes one file per input at the same place."""
    pages = tmp_path / "pages"
    (pages / "2024").mkdir(parents=True)
    (pages / "2024" / "a.txt").write_text(DOCUMENT, encoding="utf-8")
    (pages / "b.txt").write_text("Nothing to remove here.\n", encoding="utf-8")
    (pages / ".hidden.txt").write_text(DOCUMENT, encoding="utf-8")
    out = tmp_path / "out"
    assert main([str(pages), "-o", f"{out}/"]) == 0
    written = sorted(path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file())
    assert written == ["2024/a.txt", "b.txt"]
    assert (out / "2024" / "a.txt").read_text(encoding="utf-8") == CLEAN


def test_several_documents_to_one_stream_get_headers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several documents on standard output are each introduced by a ==> name <== line."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(DOCUMENT, encoding="utf-8")
    second.write_text("Second story.\n", encoding="utf-8")
    assert main([str(first), str(second)]) == 0
    assert capsys.readouterr().out == f"==> {first} <==\n{CLEAN}\n==> {second} <==\nSecond story.\n"


def test_missing_path_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that does not exist exits 2 with a message naming it."""
    missing = tmp_path / "nowhere.jsonl"
    assert main([str(missing)]) == 2
    assert f"{missing}: no such file or folder" in capsys.readouterr().err


@pytest.mark.parametrize(
    "argv",
    [
        ["--mode", "gentle"],
        ["--keep", "weather"],
        ["--jobs", "-1"],
        ["--explain", "--output-format", "jsonl"],
    ],
)
def test_bad_options_are_usage_errors(
    argv: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An unknown mode or category, negative jobs, or --explain with JSON output exits 2."""
    article = tmp_path / "a.txt"
    article.write_text(DOCUMENT, encoding="utf-8")
    assert main([*argv, str(article)]) == 2
    assert capsys.readouterr().err


def test_mixed_inputs_need_an_output_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines and documents in one stream need --output-format, and work with it."""
    article = tmp_path / "a.txt"
    article.write_text(DOCUMENT, encoding="utf-8")
    records = _records(tmp_path / "r.jsonl", [{"text": DOCUMENT}])
    assert main([str(article), str(records)]) == 2
    assert "--output-format" in capsys.readouterr().err
    assert main(["--output-format", "jsonl", str(article), str(records)]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["text"] for line in lines] == [CLEAN, CLEAN]


def test_stdin_is_read_and_sniffed(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON Lines on standard input are recognised by content and cleaned to JSON Lines."""
    data = json.dumps({"text": DOCUMENT}).encode() + b"\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(data))))
    assert main(["-"]) == 0
    assert json.loads(capsys.readouterr().out)["text"] == CLEAN


def test_explain_labels_removals_without_colour_on_a_pipe(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--explain shows each removed block with category, rule ids and score, in plain text."""
    article = tmp_path / "a.txt"
    article.write_text(DOCUMENT, encoding="utf-8")
    assert main(["--explain", str(article)]) == 0
    out = capsys.readouterr().out
    assert "\x1b[" not in out
    assert "-- removed: newsletter (EN-NL01" in out
    assert f"  | {APPEAL[-1]}\n" in out
    assert out.startswith(ARTICLE[0] + "\n")


def test_explain_colours_when_asked(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--color always adds ANSI colours to --explain output."""
    article = tmp_path / "a.txt"
    article.write_text(DOCUMENT, encoding="utf-8")
    assert main(["--explain", "--color", "always", str(article)]) == 0
    assert "\x1b[1;33m-- removed: appeal" in capsys.readouterr().out


def test_keep_leaves_a_category_in(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--keep newsletter leaves the sign-up line in while the appeal still goes."""
    article = tmp_path / "a.txt"
    article.write_text(DOCUMENT, encoding="utf-8")
    assert main(["--keep", "newsletter", str(article)]) == 0
    out = capsys.readouterr().out
    assert NEWSLETTER in out
    assert "Remind me later." not in out


def test_no_progress_bar_when_stderr_is_not_a_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A batch run with stderr captured (not a terminal) draws no progress bar."""
    source = _records(tmp_path / "in.jsonl", [{"text": DOCUMENT}] * 5)
    assert main([str(source), "-o", str(tmp_path / "out.jsonl")]) == 0
    assert capsys.readouterr().err == ""


def test_progress_bar_shows_count_rate_and_eta() -> None:
    """The progress bar draws documents, docs/s, the share done and an ETA."""
    ticks = iter([0.0, 2.0, 4.0])
    stream = io.StringIO()
    bar = Progress(stream, total_bytes=1000, enabled=True, clock=lambda: next(ticks))
    bar.update(100, 125)
    bar.update(100, 250)
    line = stream.getvalue().split("\r")[-1]
    assert "200 docs" in line
    assert "50 docs/s" in line
    assert "25%" in line
    assert "ETA 0:12" in line


def test_installed_script_runs(tmp_path: Path) -> None:
    """The installed `cleanbody` script cleans a JSON Lines pipe and exits 0."""
    script = Path(sys.executable).with_name("cleanbody")
    if not script.exists():
        pytest.skip(f"no installed script beside {sys.executable}; pip install -e .")
    data = json.dumps({"id": 1, "text": DOCUMENT}) + "\n"
    done = subprocess.run(
        [str(script), "-q"],
        input=data.encode(),
        capture_output=True,
        check=False,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout)["text"] == CLEAN


def test_long_records_on_a_pipe_are_recognised_as_json_lines() -> None:
    """Records longer than a pipe's buffer are still sniffed as JSON Lines and cleaned."""
    data = "".join(
        json.dumps({"id": n, "text": "The council met again. " * 800 + "\n" + DOCUMENT}) + "\n"
        for n in range(3)
    )
    done = subprocess.run(
        [sys.executable, "-m", "cleanbody", "-q"],
        input=data.encode(),
        capture_output=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr.decode()
    records = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(records) == 3
    assert all("cleanbody" in record for record in records)


def test_errors_file_may_not_be_the_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """-o and --errors naming one file is a usage error, and nothing is written."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "a"}\n{bad\n')
    out = tmp_path / "out.jsonl"
    assert main([str(source), "-o", str(out), "--errors", str(out)]) == 2
    assert "also the output" in capsys.readouterr().err
    assert not out.exists()


def test_unwritable_errors_path_stops_before_the_output_is_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An --errors path that cannot be opened exits 2 naming it, leaving -o alone."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "a"}\n')
    out = tmp_path / "out.jsonl"
    out.write_text("keep me\n")
    assert main([str(source), "-o", str(out), "--errors", str(tmp_path)]) == 2
    assert "cannot write there" in capsys.readouterr().err
    assert out.read_text() == "keep me\n"


def test_utf16_page_without_extension_is_sniffed_as_html(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A UTF-16 page with a byte order mark and no extension goes through the HTML path."""
    page = tmp_path / "page"
    body = "<p>The council approved the harbour budget after a long debate.</p>" * 6
    page.write_bytes(f"<html><body><article>{body}</article></body></html>".encode("utf-16"))
    assert main([str(page)]) == 0
    out = capsys.readouterr().out
    assert "The council approved" in out
    assert "<p>" not in out


def test_rules_subcommand_shows_file_line_and_examples(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """`cleanbody rules ID` prints the rule's file and line, its examples and the tests to run."""
    assert main(["rules", "EN-AP01"]) == 0
    shown = capsys.readouterr().out
    path, _, line = next(
        row.split("file:", 1)[1].strip() for row in shown.splitlines() if "file:" in row
    ).rpartition(":")
    source_line = Path(path).read_text(encoding="utf-8").splitlines()[int(line) - 1]
    assert source_line.strip() == 'id = "EN-AP01"'
    assert "remove-1: A Message from The Moscow Times:" in shown
    assert "pytest tests/test_rules.py -k EN-AP01-" in shown


def test_rules_subcommand_lists_by_prefix_and_refuses_unknown_ids(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A prefix lists matching rules, DOM rules included; an unknown id exits 2 with a hint."""
    assert main(["rules", "DOM-NL"]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed
    assert all(row.startswith("DOM-NL") for row in listed)
    assert main(["rules", "XX-ZZ99"]) == 2
    assert "run 'cleanbody rules'" in capsys.readouterr().err


def test_explain_names_rules_and_shows_pruned_text(tmp_path: Path) -> None:
    """--explain prints each rule's dotted name, and the text of an element pruned from HTML."""
    page = tmp_path / "page.html"
    page.write_text(
        PAGE.replace(
            "</article>",
            '</article><div class="newsletter-signup"><p>Get the Friday letter</p></div>',
        ),
        encoding="utf-8",
    )
    out = tmp_path / "explained.txt"
    assert main(["--explain", str(page), "-o", str(out)]) == 0
    shown = out.read_text(encoding="utf-8")
    assert "appeal.message_from" in shown
    assert "pruned from the page before extraction" in shown
    assert "  | Get the Friday letter" in shown


def test_explain_shows_the_features_the_model_read() -> None:
    """A removal the learned lexicon carried shows its features in --explain output."""
    from cleanbody.cli.display import render_explanation  # noqa: PLC0415

    text = DOCUMENT.replace(NEWSLETTER, "Share this article")
    shown = render_explanation(cleanbody.clean(text))
    assert "MODEL-" in shown
    assert "the model read " in shown


def test_rules_subcommand_shows_the_learned_lexicons_rules(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The MODEL-<category> ids --explain prints lead to the model file and its tests."""
    assert main(["rules", "MODEL-appeal"]) == 0
    shown = capsys.readouterr().out
    assert "lexicon.json.gz" in shown
    assert "pytest tests/test_model.py" in shown


def test_rules_piped_into_head_stops_quietly() -> None:
    """`cleanbody rules | head -1`: one line, no traceback, the SIGPIPE exit code."""
    done = subprocess.run(
        f"{sys.executable} -m cleanbody rules | head -1; exit ${{PIPESTATUS[0]}}",
        shell=True,
        executable="/bin/bash",
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr
    assert done.returncode == 141
