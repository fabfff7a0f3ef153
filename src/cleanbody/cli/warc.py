"""WARC files read record by record: the HTML responses to clean, and what was skipped.

warcio (the ``warc`` extra) parses the records; the stream it reads is already
decompressed by :func:`cleanbody.cli.sources.open_stream`, so ``.warc.gz`` (one gzip
member per record, or one for the whole file) and the other compressions read alike.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO, Final

__all__ = ["WarcPage", "html_charset", "read_warc"]

#: Content types of the responses cleaned as HTML pages.
_HTML_TYPES: Final = ("text/html", "application/xhtml+xml")
#: How a WARC file (and each of its records) opens.
_WARC_START: Final = b"WARC/"
#: Bytes read at a time when skipping the rest of an over-long body.
_SKIP_CHUNK: Final = 1 << 20


@dataclass(frozen=True)
class WarcPage:
    """One HTML response of a WARC file.

    Attributes:
        number: The record's place in the file, counting every record from 1.
        url: ``WARC-Target-URI``.
        record_id: ``WARC-Record-ID``.
        charset: The charset the HTTP ``Content-Type`` header names, if any.
        body: The page's bytes (HTTP transfer and content encodings undone), or ``None``
            when they are over the size limit.
        size: The body's size in bytes (as far as it was read, when over the limit).
    """

    number: int
    url: str
    record_id: str
    charset: str | None
    body: bytes | None
    size: int


class _Counting(io.RawIOBase):
    """Passes reads through, counting the bytes, and holds back a read error.

    The WARC parser reads ahead: an error raised into it would drop the whole records
    it had already read. Held back, it ends the stream there, and :func:`read_warc`
    reports it after the records before it.
    """

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__()
        # One read of the stream below at a time (read1), so its error comes after its data.
        self._read = getattr(stream, "read1", stream.read)
        self.count = 0
        self.ended = False
        self.error: OSError | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.ended:
            return 0
        try:
            data = self._read(len(buffer))
        except OSError as error:
            self.error = error
            data = b""
        if not data:
            self.ended = True
        buffer[: len(data)] = data
        self.count += len(data)
        return len(data)


def html_charset(content_type: str | None) -> str | None:
    """The ``charset`` parameter of a ``Content-Type`` header, if it has one.

    >>> html_charset('text/html; charset="Windows-1251"'), html_charset("text/html")
    ('Windows-1251', None)
    """
    for parameter in (content_type or "").split(";")[1:]:
        key, _, value = parameter.partition("=")
        if key.strip().lower() == "charset" and value.strip().strip("\"'"):
            return value.strip().strip("\"'")
    return None


def _skip_reason(record: Any) -> str | None:
    """Why a record is not cleaned (a request, metadata, not HTML, not 2xx), or ``None``."""
    if record.rec_type != "response":
        return f"{record.rec_type} records"
    headers = record.http_headers
    if headers is None:
        return "responses that are not HTTP"
    content_type = (headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in _HTML_TYPES:
        return "responses that are not HTML"
    status = headers.get_statuscode() or ""
    if not status.startswith("2"):
        return "HTML responses with a status other than 2xx"
    return None


def read_warc(stream: BinaryIO, max_bytes: int, skipped: Counter[str]) -> Iterator[WarcPage]:
    """Yield the HTML responses of a (decompressed) WARC stream, one record at a time.

    Every other record is counted in ``skipped`` under the reason it was left out.
    A body over ``max_bytes`` is not kept in memory: it comes back with ``body=None``.

    Raises:
        ImportError: warcio (the ``warc`` extra) is not installed.
        OSError: The file is not a WARC file, or is corrupt or cut short; the pages
            before the damage have been yielded.
    """
    try:
        from warcio.archiveiterator import (  # noqa: PLC0415
            ArchiveIterator,  # an optional extra, imported only for WARC input
        )
    except ImportError as error:
        raise ImportError(
            "reading WARC files needs warcio: pip install 'cleanbody[warc]'"
        ) from error
    peek = getattr(stream, "peek", None)
    if peek is not None and not peek(len(_WARC_START))[: len(_WARC_START)].startswith(_WARC_START):
        raise OSError("it is not a WARC file: it does not open with a WARC/1.x line")
    counting = _Counting(stream)
    records = ArchiveIterator(io.BufferedReader(counting, _SKIP_CHUNK))
    number = 0
    try:
        for record in records:
            number += 1
            if record.format != "warc":  # warcio reads anything else as the old ARC format
                raise OSError(f"record {number} is not a WARC record")
            reason = _skip_reason(record)
            if reason is not None:
                skipped[reason] += 1
                continue
            content = record.content_stream()
            body: bytes | None = content.read(max_bytes + 1)
            size = len(body or b"")
            if size > max_bytes:
                body = None
                while chunk := content.read(_SKIP_CHUNK):
                    size += len(chunk)
            if record.raw_stream.limit:
                raise _cut_short(counting, number, record.raw_stream.limit)
            yield WarcPage(
                number=number,
                url=record.rec_headers.get_header("WARC-Target-URI") or "",
                record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
                charset=html_charset(record.http_headers.get_header("Content-Type")),
                body=body,
                size=size,
            )
    except OSError:
        raise
    except Exception as error:  # warcio raises its own errors, and some bare ones, on damage
        if counting.ended:
            raise _cut_short(counting, number + 1, None) from error
        raise OSError(
            f"record {number + 1} cannot be read as WARC ({type(error).__name__}: {error})"
        ) from error
    if counting.error is not None or records.offset < counting.count:
        raise _cut_short(counting, number + 1, None)


def _cut_short(counting: _Counting, number: int, missing: int | None) -> OSError:
    """The error for a file that ends inside record ``number`` (or whose data is damaged)."""
    if counting.error is not None:
        return counting.error
    lacking = f" ({missing:,} bytes of it are missing)" if missing else ""
    return OSError(f"the file ends inside record {number}{lacking}")
