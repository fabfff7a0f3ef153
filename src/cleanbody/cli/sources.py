"""Find the inputs the command was given, tell their format, and open them as streams."""

from __future__ import annotations

import codecs
import gzip
import io
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, BinaryIO, Final, Literal, cast

from cleanbody.html import looks_like_html

__all__ = [
    "STDIN",
    "InputError",
    "InputFormat",
    "Source",
    "find_sources",
    "format_by_name",
    "open_stream",
    "sniff_format",
]

InputFormat = Literal["text", "html", "jsonl"]

#: The path that means standard input.
STDIN: Final = "-"
_EXTENSIONS: Final[dict[str, InputFormat]] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}
_GZIP_MAGIC: Final = b"\x1f\x8b"
#: Bytes looked at to guess a format: one JSON Lines record or an HTML head fits.
_SNIFF_BYTES: Final = 65536


class InputError(Exception):
    """An input cannot be found or read; the message names it and says what to do."""


@dataclass(frozen=True)
class Source:
    """One input: a file, or standard input.

    Attributes:
        name: How messages name it: the path as found, or ``<stdin>``.
        path: The file, or ``None`` for standard input.
        relative: Where its output goes inside an output folder.
        format: ``text``, ``html`` or ``jsonl``.
        size: Bytes on disk (for progress), ``None`` for standard input.
        stream: For standard input, the stream already opened to sniff its format.
    """

    name: str
    path: Path | None
    relative: PurePath
    format: InputFormat
    size: int | None = None
    stream: BinaryIO | None = field(default=None, compare=False, repr=False)


def format_by_name(name: str) -> InputFormat | None:
    """Return the format a file name's extension says, ignoring a final ``.gz``.

    >>> format_by_name("dump.jsonl.gz"), format_by_name("page.HTM"), format_by_name("notes")
    ('jsonl', 'html', None)
    """
    lowered = name.lower().removesuffix(".gz")
    return _EXTENSIONS.get(PurePath(lowered).suffix)


def sniff_format(head: bytes) -> InputFormat:
    """Guess the format from the first bytes of a (decompressed) input.

    JSON Lines when the first line is a JSON object (or too long to see whole but opens
    like one), HTML when it opens like an HTML document, plain text otherwise.

    >>> sniff_format(b'{"text": "Hi"}\\n{"text": "Bye"}\\n')
    'jsonl'
    >>> sniff_format(b"<!DOCTYPE html><html><body>Hi</body></html>")
    'html'
    >>> sniff_format(b"{curly} but prose")
    'text'
    """
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        first, newline, _ = stripped.partition(b"\n")
        if not newline and len(head) >= _SNIFF_BYTES:
            # The first record is longer than what was read: trust its opening.
            return "jsonl" if stripped.startswith(b'{"') else "text"
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            pass
    return "html" if looks_like_html(_decode_head(head)) else "text"


def _decode_head(head: bytes) -> str:
    """The first bytes as text, honouring a UTF-16 or UTF-32 byte order mark."""
    for bom, encoding in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if head.startswith(bom):
            return head.decode(encoding, errors="replace")
    return head.decode("utf-8", errors="replace")


def open_stream(raw: BinaryIO) -> BinaryIO:
    """Return a buffered binary stream over ``raw``, gunzipping it when it is gzip.

    Compression is told by the gzip magic bytes, so a ``.gz`` file with another name,
    or gzip on standard input, is read too.

    >>> import gzip, io
    >>> open_stream(io.BytesIO(gzip.compress(b"hello"))).read()
    b'hello'
    """
    peekable: Any = raw if hasattr(raw, "peek") else io.BufferedReader(cast(Any, raw))
    if peekable.peek(2)[:2] == _GZIP_MAGIC:
        gunzipped = gzip.GzipFile(fileobj=peekable, mode="rb")
        return cast(BinaryIO, io.BufferedReader(gunzipped, _SNIFF_BYTES))
    return cast(BinaryIO, peekable)


def _file_source(path: Path, relative: PurePath, forced: InputFormat | None) -> Source:
    name = str(path)
    try:
        size = path.stat().st_size
        # Opened now even when the name tells the format, so an unreadable file stops
        # the run before anything is written.
        with path.open("rb") as raw:
            fmt = (
                forced
                or format_by_name(path.name)
                or sniff_format(open_stream(raw).read(_SNIFF_BYTES))
            )
    except PermissionError as error:
        raise InputError(
            f"{name}: cannot read it (permission denied); check its permissions"
        ) from error
    except (OSError, EOFError) as error:
        raise InputError(f"{name}: cannot read it ({error}); check the file") from error
    return Source(name=name, path=path, relative=relative, format=fmt, size=size)


class _Replay(io.RawIOBase):
    """A stream that gives back bytes already read, then the rest of another stream."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            count = min(len(buffer), len(self._head))
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        data = self._rest.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _stdin_source(stdin: BinaryIO, forced: InputFormat | None) -> Source:
    try:
        stream = open_stream(stdin)
        if forced is None:
            # peek() on a pipe shows only what happens to be buffered (often 4 KB), less
            # than one long record: read the sniffing window, then replay it.
            head = stream.read(_SNIFF_BYTES)
            fmt = sniff_format(head)
            stream = cast(BinaryIO, io.BufferedReader(_Replay(head, stream), _SNIFF_BYTES))
        else:
            fmt = forced
    except (OSError, EOFError) as error:
        raise InputError(f"<stdin>: cannot read it ({error})") from error
    return Source(name="<stdin>", path=None, relative=PurePath("stdin"), format=fmt, stream=stream)


def _folder_files(folder: Path) -> list[Path]:
    """The files under ``folder``, recursively, sorted, skipping hidden files and folders."""
    found: list[Path] = []
    for root, folders, files in os.walk(folder, onerror=_raise_walk_error):
        # Hidden entries are version-control and editor state (.git, .DS_Store), not inputs.
        folders[:] = sorted(name for name in folders if not name.startswith("."))
        found.extend(Path(root) / name for name in sorted(files) if not name.startswith("."))
    return found


def _raise_walk_error(error: OSError) -> None:
    raise InputError(
        f"{error.filename}: cannot list this folder ({error.strerror}); check its permissions"
    )


def find_sources(
    paths: Sequence[str], stdin: BinaryIO | None, forced: InputFormat | None = None
) -> list[Source]:
    """Return the inputs named by ``paths``: files, folders' files (recursively), or ``-``.

    A file listed twice (also through a folder) is read once.

    Args:
        paths: What the user passed; empty means standard input.
        stdin: Standard input as a binary stream (``None`` where there is none).
        forced: The format to assume for every input; ``None`` guesses each one.

    Raises:
        InputError: A path does not exist, cannot be read, or is a folder with no files.
    """
    sources: list[Source] = []
    seen: set[Path] = set()
    for given in paths or [STDIN]:
        if given == STDIN:
            if stdin is None:
                raise InputError("standard input is not available here; give a file instead")
            if any(source.path is None for source in sources):
                raise InputError("'-' (standard input) is given twice; give it once")
            sources.append(_stdin_source(stdin, forced))
            continue
        path = Path(given)
        if path.is_dir():
            files = [(file, PurePath(file.relative_to(path))) for file in _folder_files(path)]
            if not files:
                raise InputError(f"{given}: this folder has no files to clean")
        elif path.exists():
            files = [(path, PurePath(path.name))]
        else:
            raise InputError(f"{given}: no such file or folder; check the path")
        for file, relative in files:
            resolved = file.resolve()
            if resolved in seen:
                continue
            seen.add(resolved)
            sources.append(_file_source(file, relative, forced))
    return sources
