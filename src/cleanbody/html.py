"""The HTML path (placeholder until issue 4 lands): detect HTML and extract its text."""

from __future__ import annotations

import regex

from cleanbody.config import Config
from cleanbody.engine import clean_text
from cleanbody.result import Result

__all__ = ["clean_html", "looks_like_html"]

_HTML_START = regex.compile(
    r"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)",
    regex.IGNORECASE,
)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document rather than plain text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("Prices <b>rose</b> on Monday.")
    False
    """
    return bool(_HTML_START.match(text[:2048]))


def clean_html(html: str, config: Config, *, url: str | None = None) -> Result:
    """Extract the article text of an HTML page with trafilatura and clean it."""
    import trafilatura  # noqa: PLC0415  (heavy import, only for HTML input)

    extracted = trafilatura.extract(html, url=url) or ""
    result = clean_text(extracted, config)
    result.metadata["input_type"] = "html"
    return result
