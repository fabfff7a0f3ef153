"""Turn whatever the caller passed into a ``str`` without ever failing on its content."""

from __future__ import annotations

import codecs

import charset_normalizer

__all__ = ["decode_bytes", "ensure_text"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes) -> str:
    """Decode bytes: a BOM wins, then strict UTF-8, then charset-normalizer's best guess.

    Undecodable bytes become U+FFFD; this never raises.

    >>> text = "Сегодня в Москве прошёл дождь, и на улицах было мало людей."
    >>> decode_bytes(text.encode("cp1251")) == text
    True
    >>> decode_bytes(b"plain ascii")
    'plain ascii'
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data).best()
    if best is not None:
        return str(best)
    return data.decode("utf-8", errors="replace")


def ensure_text(doc: object) -> str:
    """Return ``doc`` as text, or raise ``TypeError`` naming what to pass instead.

    >>> ensure_text(b"abc")
    'abc'
    >>> ensure_text(3)
    Traceback (most recent call last):
    ...
    TypeError: cleanbody.clean() takes str or bytes, not int; decode or str() it first
    """
    if isinstance(doc, str):
        return doc
    if isinstance(doc, bytes | bytearray | memoryview):
        return decode_bytes(bytes(doc))
    raise TypeError(
        f"cleanbody.clean() takes str or bytes, not {type(doc).__name__}; decode or str() it first"
    )
