"""Bytes of a page to text, and whether a text is HTML at all."""

from __future__ import annotations

import codecs

import regex

from cleanbody.config import CHARSET_SNIFF_BYTES, HTML_SNIFF_CHARS
from cleanbody.decode import decode_bytes, wide_encoding

__all__ = ["decode_declared", "decode_html_bytes", "looks_like_html", "opens_document"]


# Possessive and tempered: a comment ends at its first "-->", so the prologue has one parse
# and cannot backtrack (a lazy ".*?" across "<!---->" runs was exponential).
_HTML_START = regex.compile(
    r"""^(?:\ufeff)?\s*+(?:<!--(?:(?!-->).)*+-->\s*+|<\?xml[^>]*+>\s*+)*+
    (?:<!doctype\s+html|<(?:html|head|body|meta|title|link|base|script|style)[\s>/])""",
    regex.IGNORECASE | regex.DOTALL | regex.VERBOSE,
)
#: A first line this short, without markup, may be a label left above a fragment.
_LABEL_CHARS = 100
_FIRST_BREAK = regex.compile(r"\r\n?|\n")
# A fragment: it opens with a block element and closes one later on.
_FRAGMENT_START = regex.compile(
    r"^\s*<(p|div|article|section|main|h[1-6]|ul|ol|table|figure|blockquote|header)[\s>]",
    regex.IGNORECASE,
)
_META_CHARSET = regex.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", regex.IGNORECASE
)
_BOMS = (codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def opens_document(head: str) -> bool:
    """Whether ``head`` opens a whole HTML document (doctype or a document-level element).

    >>> opens_document("<!-- saved --><!DOCTYPE html><p>Hi</p>")
    True
    >>> opens_document("<div><p>Hi</p></div>")
    False
    """
    return _HTML_START.match(head) is not None


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document (or a fragment of block elements), not plain text.

    >>> looks_like_html("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    >>> looks_like_html("<!-- saved page --><meta charset='utf-8'><p>Hi</p>")
    True
    >>> looks_like_html("<div><p>One.</p><p>Two.</p></div>")
    True
    >>> looks_like_html("Prices <b>rose</b> on Monday.")
    False
    >>> looks_like_html("Advertisement\\n<div><p>A.</p><p>B.</p></div>")
    True
    >>> looks_like_html("Advertisement\\r<div><p>A.</p><p>B.</p></div>")
    True
    """
    head = text[:HTML_SNIFF_CHARS]
    if opens_document(head):
        return True
    start = _FRAGMENT_START.match(head)
    if start is None:
        # A stray label line above a fragment ("Advertisement" left by a scraper) does
        # not make the rest plain text; reading it as text would make cleaning the
        # output a second time take the HTML path, and give another result.
        # Any line break the text path splits blocks at: "\n", "\r\n" or a lone "\r".
        parts = _FIRST_BREAK.split(head.lstrip(), maxsplit=1)
        if len(parts) == 2 and len(parts[0]) <= _LABEL_CHARS and "<" not in parts[0]:
            start = _FRAGMENT_START.match(parts[1])
    return start is not None and f"</{start.group(1).lower()}>" in text[:200_000].lower()


# Codecs that decode bytes but are no page encoding, or that a detector does better.
_NOT_PAGE_ENCODINGS = frozenset(
    {
        "utf-8",
        "utf-16",
        "utf-32",
        "utf-16-le",
        "utf-16-be",
        "utf-32-le",
        "utf-32-be",
        "unicode-escape",
        "raw-unicode-escape",
        "idna",
        "punycode",
        "utf-7",
        "undefined",
        "mbcs",
        "oem",
    }
)


def _reads_ascii(markup: bytes, encoding: str) -> bool:
    """Whether ``encoding`` decodes the ASCII ``markup`` to the same characters.

    >>> _reads_ascii(b"<meta charset=cp037>", "cp037"), _reads_ascii(b"<meta>", "cp1251")
    (False, True)
    """
    try:
        return markup.decode(encoding) == markup.decode("ascii", errors="replace")
    except (UnicodeError, LookupError, TypeError, ValueError):
        return False


def decode_declared(body: bytes, charset: str | None) -> str:
    """Decode a page's bytes with the charset its HTTP header declared, when that is sound.

    A byte-order mark wins, as in browsers. Bytes that are valid UTF-8 are UTF-8 whatever
    a server's default header says ("ISO-8859-1"): text in other encodings almost never
    forms valid UTF-8 beyond ASCII. Otherwise a real page encoding named by the header
    decodes them; anything else (no header, "rot13", a header saying UTF-8 over bytes
    that are not) goes to :func:`decode_html_bytes`, which reads ``<meta charset>`` and
    then guesses.

    >>> decode_declared("Привет".encode("cp1251"), "windows-1251")
    'Привет'
    >>> decode_declared("café".encode(), "iso-8859-1")
    'café'
    """
    codec = _page_codec(charset)
    if codec is None or body.startswith(_BOMS):
        return decode_html_bytes(body)
    if codec.startswith(("utf-16", "utf-32")):
        return body.decode(codec, errors="replace")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if codec == "utf-8" or codec in _NOT_PAGE_ENCODINGS:
        return decode_html_bytes(body)
    return body.decode(codec, errors="replace")


def _page_codec(charset: str | None) -> str | None:
    """The codec a declared charset names, unless there is none or it transforms text."""
    if not charset:
        return None
    try:
        codec = codecs.lookup(charset.strip().strip("\"'"))
    except LookupError:
        return None
    return codec.name if getattr(codec, "_is_text_encoding", True) else None


def decode_html_bytes(data: bytes) -> str:
    """Decode a page's bytes: BOM, strict UTF-8, ``<meta charset>``, then a detector.

    Bytes that are not HTML are decoded as :func:`cleanbody.decode.decode_bytes` does;
    this never raises.

    >>> page = '<html><head><meta charset="windows-1251"></head><body>Привет</body></html>'
    >>> "Привет" in decode_html_bytes(page.encode("cp1251"))
    True
    """
    if data.startswith(_BOMS) or wide_encoding(data) is not None:
        return decode_bytes(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:CHARSET_SNIFF_BYTES])
    if declared:
        name = declared.group(1).decode("ascii", "replace")
        try:
            codec = codecs.lookup(name)
        except LookupError:
            codec = None
        # Only a real text encoding is believed: "hex", "rot13" or "unicode_escape" in a
        # page's <meta> would transform the text or fail. A page labelled UTF-8 that is
        # not valid UTF-8 is mislabelled: let the detector guess.
        # The <meta> was read as ASCII: an encoding that does not read it back the same
        # (EBCDIC's cp037, UTF-16) contradicts the bytes, whatever the page claims.
        if (
            codec is not None
            and getattr(codec, "_is_text_encoding", True)
            and codec.name not in _NOT_PAGE_ENCODINGS
            and _reads_ascii(declared.group(0), codec.name)
        ):
            try:
                return data.decode(codec.name, errors="replace")
            except (UnicodeError, LookupError, TypeError, ValueError):
                pass
    return decode_bytes(data)
