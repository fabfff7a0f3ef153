"""CleanBodyTransformer with the real langchain-core Document and transformer interfaces."""

from __future__ import annotations

import asyncio
import subprocess
import sys

import pytest

pytest.importorskip("langchain_core")

from langchain_core.documents import BaseDocumentTransformer, Document

from cleanbody import CATEGORIES
from cleanbody.integrations.langchain import CleanBodyTransformer

from .conftest import SAMPLE_ARTICLE, SAMPLE_TRAILER

PAGE = (
    "<html><body><article><h1>Quay approved</h1>"
    "<p>The harbour board approved the new quay on Monday after a long public hearing.</p>"
    "<div class='newsletter-signup'>Get our morning briefing by e-mail.</div>"
    "</article></body></html>"
)


def _docs() -> list[Document]:
    return [
        Document(
            page_content=SAMPLE_ARTICLE + SAMPLE_TRAILER,
            metadata={"source": "courier.txt", "lang": "en"},
            id="a",
        ),
        Document(page_content=PAGE, metadata={"source": "https://news.example/quay"}, id="b"),
        Document(page_content="<html><body></body></html>", metadata={"source": "blank.html"}),
    ]


def test_transform_cleans_text_and_html_and_keeps_metadata() -> None:
    """Text and HTML are cleaned; ids and metadata stay; the summary is added; inputs unchanged."""
    given = _docs()
    transformer = CleanBodyTransformer()
    assert isinstance(transformer, BaseDocumentTransformer)
    out = transformer.transform_documents(given)
    assert [doc.id for doc in out] == ["a", "b", None]
    assert out[0].page_content == SAMPLE_ARTICLE
    assert out[0].metadata["lang"] == "en"
    assert out[0].metadata["source"] == "courier.txt"
    note = out[0].metadata["cleanbody"]
    assert note["publisher"] == "The Riverside Courier"
    assert list(note["categories"]) == list(CATEGORIES)
    assert out[1].page_content.startswith("Quay approved")
    assert "briefing" not in out[1].page_content
    assert out[1].metadata["cleanbody"]["input_type"] == "html"
    assert out[1].metadata["cleanbody"]["categories"]["newsletter"] == 1
    assert out[2].page_content == ""
    assert given[0].page_content == SAMPLE_ARTICLE + SAMPLE_TRAILER
    assert "cleanbody" not in given[0].metadata


def test_async_transform_gives_the_same_documents() -> None:
    """atransform_documents gives what transform_documents gives, with empty pages dropped."""
    transformer = CleanBodyTransformer(drop_empty=True, detail="removals")
    sync = transformer.transform_documents(_docs())
    result = asyncio.run(transformer.atransform_documents(_docs()))
    assert [doc.model_dump() for doc in result] == [doc.model_dump() for doc in sync]
    assert [doc.id for doc in result] == ["a", "b"]
    assert result[1].metadata["cleanbody"]["removed"][0]["position"] == "dom"


def test_a_foreign_metadata_key_is_not_overwritten() -> None:
    """A user's own value under the key is refused before any document is cleaned."""
    docs = [*_docs(), Document(page_content="Rain.", metadata={"cleanbody": "mine"})]
    with pytest.raises(ValueError, match="metadata_key"):
        CleanBodyTransformer().transform_documents(docs)
    out = CleanBodyTransformer(metadata_key="cleaning").transform_documents(docs)
    assert out[3].metadata["cleanbody"] == "mine"
    assert out[3].metadata["cleaning"]["removals"] == 0
    # Cleaning twice replaces cleanbody's own earlier account.
    again = CleanBodyTransformer().transform_documents(
        CleanBodyTransformer().transform_documents(_docs())
    )
    assert again[0].page_content == SAMPLE_ARTICLE


def test_bad_settings_fail_when_built() -> None:
    """An unknown category or detail raises ValueError at construction."""
    with pytest.raises(ValueError, match="unknown categories"):
        CleanBodyTransformer(keep=["weather"])
    with pytest.raises(ValueError, match="summary, removals"):
        CleanBodyTransformer(detail="all")  # type: ignore[arg-type]


def test_importing_cleanbody_does_not_import_the_integrations() -> None:
    """Importing cleanbody loads neither langchain nor datatrove nor datasets nor scrapy."""
    code = (
        "import sys, cleanbody; cleanbody.clean('Rain.'); "
        "print(sorted(m for m in ('langchain_core', 'datatrove', 'datasets', 'scrapy', 'pyarrow') "
        "if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
