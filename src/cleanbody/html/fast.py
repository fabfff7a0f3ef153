"""The fast backend: resiliparse's main-content extraction (``pip install 'cleanbody[fast]'``).

``Config(backend="resiliparse")`` swaps trafilatura for resiliparse in step 5 of the HTML
path and keeps the rest: the page is still parsed once with lxml, its paywall markup read
and its boilerplate containers pruned (:mod:`cleanbody.html.prune`), and the text engine
still cleans the extracted text. The pruned tree is serialised and handed to resiliparse,
whose own parser (lexbor) and main-content heuristics pick the text. What is lost against
trafilatura: its page metadata (only the title and ``<html lang>`` are read here) and some
accuracy (measured by ``benchmarks/backends.py``).
"""

from __future__ import annotations

import logging
from typing import Final

import regex
from lxml import etree
from lxml.html import HtmlElement, fragment_fromstring, tostring

__all__ = ["extract_fast", "markdown_from_minimal_html", "page_title", "require_fast_backend"]

LOGGER = logging.getLogger(__name__)

_MISSING_EXTRA: Final = (
    "Config(backend='resiliparse') needs resiliparse: pip install 'cleanbody[fast]' "
    "(or use the default backend, trafilatura)"
)
_SPACES: Final = regex.compile(r"[ \t\r\f\v]+")
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Markdown punctuation that would start a structure if a text line began with it.
_LINE_START_MARKUP: Final = regex.compile(r"^(?=[#>]|[-*+] |\d+[.)] )")
_LIST_ITEM: Final = regex.compile(r"^(?:-|\d+\.) ")


def require_fast_backend() -> None:
    """Check that resiliparse is installed.

    Raises:
        ImportError: it is not; the message names ``pip install 'cleanbody[fast]'``.
    """
    _extractor()


def _extractor() -> object:
    try:
        from resiliparse.extract.html2text import (  # noqa: PLC0415  (the optional extra)
            extract_plain_text,
        )
    except ImportError as error:
        raise ImportError(_MISSING_EXTRA) from error
    return extract_plain_text


def extract_fast(page: HtmlElement | str, *, markdown: bool = False) -> str:
    """Return the main text of a (pruned) page as resiliparse extracts it.

    Args:
        page: The parsed page, after pruning, or the page's HTML when nothing was pruned
            (serialising the tree again would only cost time).
        markdown: Keep headings, lists and links as markdown.

    Returns:
        The text, one block per line (blank lines between blocks); ``""`` when
        resiliparse finds nothing or fails.

    Raises:
        ImportError: resiliparse is not installed (the message names the extra).

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring(
    ...     "<html><body><article><h2>Floods</h2><p>The river rose.</p></article></body></html>")
    >>> extract_fast(page)
    'Floods\\n\\nThe river rose.'
    >>> extract_fast(page, markdown=True)
    '## Floods\\n\\nThe river rose.'
    """
    extract_plain_text = _extractor()
    try:
        html = page if isinstance(page, str) else tostring(page, encoding="unicode")
        text = extract_plain_text(  # type: ignore[operator]
            html,
            main_content=True,
            comments=False,
            preserve_formatting="minimal_html" if markdown else True,
            links=markdown,
        )
    except (ValueError, TypeError, RecursionError, MemoryError, etree.LxmlError) as error:
        LOGGER.warning("cleanbody: resiliparse failed on the page: %s", error)
        return ""
    if not isinstance(text, str):
        return ""
    return markdown_from_minimal_html(text) if markdown else text.strip()


def page_title(tree: HtmlElement) -> str | None:
    """The page's ``<title>``, whitespace normalised (``None`` when it has none).

    >>> from lxml.html import document_fromstring
    >>> page_title(document_fromstring("<html><head><title> A  day </title></head></html>"))
    'A day'
    """
    # The head first: a search of the whole page costs more than the extraction's parse.
    title = tree.findtext("head/title")
    if title is None:
        title = tree.findtext(".//title")
    normal = " ".join(title.split()) if title else ""
    return normal or None


def markdown_from_minimal_html(minimal: str) -> str:
    """Turn resiliparse's ``minimal_html`` output into markdown, one block per line.

    Headings become ``#`` lines, list items ``-`` or ``1.`` lines, links ``[text](url)``;
    other tags keep their text. A text line that would read as markdown is escaped.

    >>> markdown_from_minimal_html(
    ...     '<h2>Next</h2>\\n<ul>\\n  <li>A <a href="/x">link</a></li>\\n</ul>\\n# not a heading')
    '## Next\\n\\n- A [link](/x)\\n\\n\\\\# not a heading'
    """
    try:
        root = fragment_fromstring(minimal, create_parent="div")
    except (ValueError, etree.LxmlError):
        return minimal.strip()
    lines: list[str] = []
    _blocks(root, lines, None)
    pieces: list[str] = []
    for line in lines:
        if pieces:
            # Items of one list stay on consecutive lines; other blocks get a blank line.
            tight = _LIST_ITEM.match(line) and _LIST_ITEM.match(pieces[-1])
            pieces.append("\n" if tight else "\n\n")
        pieces.append(line)
    return "".join(pieces)


def _inline(element: HtmlElement) -> str:
    """The element's text with its links as ``[text](url)``, on one line."""
    pieces = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            pieces.append(child.tail or "")
            continue
        inner = _inline(child)
        href = child.get("href") if child.tag == "a" else None
        pieces.append(f"[{inner.strip()}]({href})" if href and inner.strip() else inner)
        pieces.append(child.tail or "")
    return _SPACES.sub(" ", "".join(pieces))


def _text_lines(text: str | None, lines: list[str]) -> None:
    for line in (text or "").split("\n"):
        stripped = _SPACES.sub(" ", line).strip()
        if stripped:
            lines.append(_LINE_START_MARKUP.sub("\\\\", stripped))


def _blocks(element: HtmlElement, lines: list[str], numbered: list[int] | None) -> None:
    """Append the markdown lines of ``element``'s children (``numbered``: inside an ``<ol>``)."""
    _text_lines(element.text, lines)
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag in _HEADINGS:
            lines.append(f"{'#' * int(tag[1])} {_inline(child).strip()}")
        elif tag in ("ul", "ol"):
            _blocks(child, lines, [0] if tag == "ol" else None)
        elif tag == "li":
            if numbered is not None:
                numbered[0] += 1
            marker = f"{numbered[0]}." if numbered is not None else "-"
            lines.append(f"{marker} {_inline(child).strip()}")
        elif tag and tag != "br":
            inline = _inline(child).strip()
            if inline:
                lines.append(inline)
        _text_lines(child.tail, lines)
