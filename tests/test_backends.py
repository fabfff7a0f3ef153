"""The HTML backends: trafilatura (default) and resiliparse (the ``fast`` extra)."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path

import pytest

import cleanbody
from cleanbody.cli import main
from cleanbody.html.fast import markdown_from_minimal_html
from cleanbody.text.markdown import parse_block
from tests.test_html_corpus import CASES

FAST = cleanbody.Config(backend="resiliparse")

PARAGRAPHS = (
    "The harbour board restarted the ferry on Monday after a winter of repairs to the "
    "landing stage, which storms had cracked in two places.",
    "Crossings run every forty minutes until the summer timetable begins, a spokesperson "
    "for the board told reporters gathered at the quay.",
    "The board said the repairs had cost less than feared because the old stone steps "
    "could be reset rather than replaced.",
)
APPEAL = (
    "<p>A Message from Harbour Weekly:</p><p>Please donate today to keep our reporting "
    'free for everyone.</p><p><a href="https://www.patreon.com/harbour">Donate</a></p>'
)


def page(extra: str = "", head: str = "") -> str:
    """A page with a menu, the ferry story in an <article>, ``extra`` after it."""
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        f'<!DOCTYPE html><html lang="en"><head><title>Ferry returns</title>{head}</head><body>'
        '<nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article><h1>Ferry returns to the north quay</h1>{body}{extra}</article>"
        "</body></html>"
    )


def test_resiliparse_backend_keeps_pruning_and_the_text_engine() -> None:
    """With resiliparse, named boxes are still pruned and the appeal trailer still goes."""
    newsletter = '<div class="newsletter-signup">Get the harbour news by e-mail.</div>'
    result = cleanbody.clean(page(newsletter + APPEAL), FAST)
    lines = result.text.splitlines()
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert "Home" not in lines
    assert "donate" not in result.text.lower()
    rules = [removal.rules[0] for removal in result.removed]
    assert "DOM-NL01" in rules
    assert any(
        removal.category == "appeal" and removal.position == "trailer" for removal in result.removed
    )
    for removal in result.removed:
        if removal.position != "dom":
            assert result.source[removal.start : removal.end] == removal.text
    assert result.metadata["title"] == "Ferry returns"
    assert result.metadata["language"] == "en"


def test_resiliparse_backend_reads_paywall_markup() -> None:
    """The page's isAccessibleForFree still reaches the metadata with resiliparse."""
    markup = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"isAccessibleForFree": false}</script>'
    )
    result = cleanbody.clean(page(head=markup), FAST)
    assert result.metadata["accessible_for_free"] is False
    assert result.metadata["paywalled"] is True


def test_both_backends_agree_on_a_plain_page() -> None:
    """On a clean page the two backends give the same paragraphs."""
    trafilatura_lines = cleanbody.clean(page()).text.splitlines()
    resiliparse_lines = [line for line in cleanbody.clean(page(), FAST).text.splitlines() if line]
    assert trafilatura_lines == resiliparse_lines


def test_resiliparse_markdown_output() -> None:
    """output="markdown" with resiliparse keeps the page's headings and links."""
    extra = '<h2>Timetable</h2><p>See the <a href="https://harbour.example/t">timetable</a>.</p>'
    result = cleanbody.clean(page(extra), dataclasses.replace(FAST, output="markdown"))
    assert result.text.startswith("# Ferry returns to the north quay\n")
    assert "## Timetable" in result.text
    assert "[timetable](https://harbour.example/t)" in result.text


def test_minimal_html_lists_become_markdown_lists() -> None:
    """Resiliparse's minimal HTML lists turn into numbered and bulleted markdown lines."""
    minimal = "<ol>\n  <li>first</li>\n  <li>second</li>\n</ol>\n<ul><li>dot</li></ul>\nplain"
    assert markdown_from_minimal_html(minimal) == "1. first\n2. second\n- dot\n\nplain"


def test_missing_extra_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without resiliparse, the fast backend says which extra to install."""
    monkeypatch.setitem(sys.modules, "resiliparse", None)
    monkeypatch.setitem(sys.modules, "resiliparse.extract", None)
    monkeypatch.setitem(sys.modules, "resiliparse.extract.html2text", None)
    with pytest.raises(ImportError, match=r"pip install 'cleanbody\[fast\]'"):
        cleanbody.clean(page(), FAST)


def test_cli_backend_missing_extra_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--backend resiliparse without the extra stops before any input, naming the extra."""
    monkeypatch.setitem(sys.modules, "resiliparse.extract.html2text", None)
    source = tmp_path / "page.html"
    source.write_text(page(), encoding="utf-8")
    assert main(["--backend", "resiliparse", str(source)]) == 2
    assert "cleanbody[fast]" in capsys.readouterr().err


def test_unknown_backend_and_output_are_refused() -> None:
    """A misspelt backend or output is a ValueError naming the choices."""
    with pytest.raises(ValueError, match="trafilatura, resiliparse"):
        cleanbody.Config(backend="lxml")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="text, markdown"):
        cleanbody.Config(output="html")  # type: ignore[arg-type]


def test_cli_backend_and_markdown_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--backend resiliparse and --output-format markdown reach the HTML path."""
    source = tmp_path / "page.html"
    source.write_text(page(APPEAL), encoding="utf-8")
    assert main(["--backend", "resiliparse", str(source)]) == 0
    fast = capsys.readouterr().out
    assert PARAGRAPHS[0] in fast
    assert "donate" not in fast.lower()
    assert main(["--output-format", "markdown", str(source)]) == 0
    assert capsys.readouterr().out.startswith("# Ferry returns to the north quay\n")


def test_importing_cleanbody_does_not_import_resiliparse() -> None:
    """The fast backend is imported only when a page is extracted with it."""
    code = "import sys, cleanbody; cleanbody.clean('<p>x</p>'); print('resiliparse' in sys.modules)"
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


def test_cli_markdown_on_json_lines_writes_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output-format markdown on JSON Lines keeps JSON Lines, with markdown text."""
    records = tmp_path / "pages.jsonl"
    records.write_text(json.dumps({"text": page(APPEAL)}) + "\n", encoding="utf-8")
    assert main(["--output-format", "markdown", str(records)]) == 0
    row = json.loads(capsys.readouterr().out)
    assert row["text"].startswith("# Ferry returns to the north quay\n")
    assert "donate" not in row["text"].lower()


@pytest.mark.parametrize(
    "config", [FAST, cleanbody.Config(output="markdown")], ids=["resiliparse", "markdown"]
)
def test_html_corpus_with_the_other_backend_and_markdown(config: cleanbody.Config) -> None:
    """The golden HTML cases hold with resiliparse and with markdown output (markup read off)."""
    failures = []
    for path, gold in ((case.values[0], case.values[1]) for case in CASES):
        if "xfail" in gold:
            continue
        result = cleanbody.clean(path.read_text(encoding="utf-8"), config)
        lines = {
            parse_block(line.strip()).plain for line in result.text.splitlines() if line.strip()
        }
        text = "\n".join(lines)
        missing = [line for line in gold["gold_text"].split("\n") if line not in text]
        left = [item["text"] for item in gold["boilerplate"] if item["text"] in lines]
        if missing or left:
            failures.append((gold["id"], missing, left))
    assert not failures
