"""Turn whatever the caller passed into a ``str`` without ever failing on its content."""

from __future__ import annotations

import codecs

import charset_normalizer

__all__ = ["decode_bytes", "ensure_text", "wide_encoding"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


#: Bytes looked at for the zero bytes of UTF-16 or UTF-32 without a BOM.
_WIDE_SNIFF_BYTES = 4096
#: In UTF-16 or UTF-32 text of Latin letters, digits and spaces, at least this share of the
#: zero-byte positions are zero; in any 8-bit encoding a zero byte is rare.
_WIDE_ZERO_SHARE = 0.3


def wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 (and byte order) told by where the zero bytes sit, or ``None``.

    Valid UTF-8 too, so the UTF-8 check would take it: ``"a\\x00b\\x00"`` is UTF-8.

    >>> wide_encoding("Hello, world".encode("utf-16-le"))
    'utf-16-le'
    >>> wide_encoding("Hello, world".encode("utf-32-be"))
    'utf-32-be'
    >>> wide_encoding(b"Hello, world") is None
    True
    """
    sample = data[:_WIDE_SNIFF_BYTES]
    if len(sample) < 8 or b"\x00" not in sample:
        return None
    sample = sample[: len(sample) - len(sample) % 4]
    zeros = [sample[offset::4].count(0) / (len(sample) / 4) for offset in range(4)]
    high = [share >= _WIDE_ZERO_SHARE for share in zeros]
    if high == [False, True, True, True]:
        return "utf-32-le"
    if high == [True, True, True, False]:
        return "utf-32-be"
    if high == [False, True, False, True]:
        return "utf-16-le"
    if high == [True, False, True, False]:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes) -> str:
    """Decode bytes: a BOM, UTF-16/32 by zero bytes, strict UTF-8, then a detector's guess.

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
    wide = wide_encoding(data)
    if wide is not None:
        return data.decode(wide, errors="replace")
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
