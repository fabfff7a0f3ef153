"""Find the inputs the command was given, tell their format, and open them as streams."""

from __future__ import annotations

import bz2
import codecs
import gzip
import io
import json
import lzma
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any, BinaryIO, Final, Literal, cast

import regex

from cleanbody.html import looks_like_html

__all__ = [
    "COMPRESSED_SUFFIXES",
    "STDIN",
    "InputError",
    "InputFormat",
    "Source",
    "compression_suffix",
    "find_sources",
    "format_by_name",
    "open_stream",
    "sniff_format",
]

InputFormat = Literal["text", "html", "jsonl", "warc"]

#: The path that means standard input.
STDIN: Final = "-"
_EXTENSIONS: Final[dict[str, InputFormat]] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
    ".warc": "warc",
}
#: Compressed inputs, told by their first bytes; the suffix names outputs the same way.
_MAGIC: Final = (
    (b"\x1f\x8b", "gzip"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
)
#: bz2's "BZh" could open a text: the block size digit and a block or end marker must follow.
_BZ2_MAGIC: Final = regex.compile(rb"BZh[1-9](?:\x31\x41\x59\x26\x53\x59|\x17\x72\x45\x38\x50\x90)")
COMPRESSED_SUFFIXES: Final = (".gz", ".bz2", ".xz", ".zst")
_WARC_MAGIC: Final = b"WARC/"
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
        format: ``text``, ``html``, ``jsonl`` or ``warc``.
        size: Bytes on disk (for progress), ``None`` for standard input.
        stream: For standard input, the stream already opened to sniff its format.
    """

    name: str
    path: Path | None
    relative: PurePath
    format: InputFormat
    size: int | None = None
    stream: BinaryIO | None = field(default=None, compare=False, repr=False)

    @property
    def holds_many(self) -> bool:
        """Whether it holds many documents (JSON Lines records, WARC responses), not one."""
        return self.format in ("jsonl", "warc")


def compression_suffix(name: str) -> str:
    """Return a file name's compression suffix (``.gz``, ``.bz2``, ``.xz``, ``.zst``) or ``""``.

    >>> compression_suffix("dump.jsonl.ZST"), compression_suffix("page.html")
    ('.ZST', '')
    """
    lowered = name.lower()
    return next((name[-len(s) :] for s in COMPRESSED_SUFFIXES if lowered.endswith(s)), "")


def format_by_name(name: str) -> InputFormat | None:
    """Return the format a file name's extension says, ignoring a compression suffix.

    >>> format_by_name("dump.jsonl.gz"), format_by_name("page.HTM"), format_by_name("notes")
    ('jsonl', 'html', None)
    >>> format_by_name("crawl.warc.zst")
    'warc'
    """
    lowered = name.lower()
    lowered = lowered[: len(lowered) - len(compression_suffix(lowered))]
    return _EXTENSIONS.get(PurePath(lowered).suffix)


def sniff_format(head: bytes) -> InputFormat:
    """Guess the format from the first bytes of a (decompressed) input.

    WARC when it opens with a WARC version line, JSON Lines when the first line is a JSON
    object (or too long to see whole but opens like one), HTML when it opens like an
    HTML document, plain text otherwise.

    >>> sniff_format(b'{"text": "Hi"}\\n{"text": "Bye"}\\n')
    'jsonl'
    >>> sniff_format(b"<!DOCTYPE html><html><body>Hi</body></html>")
    'html'
    >>> sniff_format(b"{curly} but prose")
    'text'
    >>> sniff_format(b"WARC/1.1\\r\\nWARC-Type: warcinfo\\r\\n")
    'warc'
    """
    if head.startswith(_WARC_MAGIC):
        return "warc"
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


class _Decompressing(io.RawIOBase):
    """A decompressing reader whose every failure is an ``OSError`` naming the format.

    gzip, bz2, xz and zstd each fail in their own way on corrupt or cut data (``EOFError``,
    ``LZMAError``, ``ZstdError``); one kind of error lets callers report all of them alike.
    """

    def __init__(self, reader: Any, compression: str, errors: tuple[type[Exception], ...]):
        super().__init__()
        self._reader = reader
        self._compression = compression
        self._errors: tuple[type[Exception], ...] = (EOFError, lzma.LZMAError, *errors)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            # One read of the decompressor at a time: all the data before a cut or a
            # damage comes out before the error does.
            data = self._reader.read1(len(buffer))
        except OSError:
            raise
        except self._errors as error:
            raise OSError(
                f"the {self._compression} data is corrupt or cut short ({error})"
            ) from error
        buffer[: len(data)] = data
        return len(data)


def _decompressor(compression: str, peekable: Any) -> _Decompressing:
    if compression == "gzip":
        return _Decompressing(gzip.GzipFile(fileobj=peekable, mode="rb"), compression, ())
    if compression == "bz2":
        return _Decompressing(bz2.BZ2File(peekable, mode="rb"), compression, ())
    if compression == "xz":
        return _Decompressing(lzma.LZMAFile(peekable, mode="rb"), compression, ())
    try:
        import zstandard  # noqa: PLC0415 - an optional extra, imported only for .zst input
    except ImportError as error:
        raise ImportError(
            "reading zstd-compressed input needs zstandard: pip install 'cleanbody[zstd]'"
        ) from error
    reader = zstandard.ZstdDecompressor().stream_reader(peekable, read_across_frames=True)
    return _Decompressing(reader, compression, (zstandard.ZstdError,))


def open_stream(raw: BinaryIO) -> BinaryIO:
    """Return a buffered binary stream over ``raw``, decompressing it when it is compressed.

    gzip, bz2, xz and zstd are told by their magic bytes, so a compressed file with
    another name, or compressed standard input, is read too. The data is decompressed
    as it is read, so memory stays flat however large it expands. A corrupt or cut
    stream raises ``OSError`` when the reading reaches the damage.

    Raises:
        ImportError: The input is zstd and the ``zstd`` extra is not installed.

    >>> import bz2, gzip, io
    >>> open_stream(io.BytesIO(gzip.compress(b"hello"))).read()
    b'hello'
    >>> open_stream(io.BytesIO(bz2.compress(b"hello"))).read()
    b'hello'
    """
    peekable: Any = raw if hasattr(raw, "peek") else io.BufferedReader(cast(Any, raw))
    head = peekable.peek(10)[:10]
    compression = next((name for magic, name in _MAGIC if head.startswith(magic)), None)
    if compression is None and _BZ2_MAGIC.match(head):
        compression = "bz2"
    if compression is None:
        return cast(BinaryIO, peekable)
    return cast(BinaryIO, io.BufferedReader(_decompressor(compression, peekable), _SNIFF_BYTES))


def _require_extra(fmt: InputFormat, name: str) -> None:
    """Stop before anything is written when a WARC input needs a package that is missing."""
    if fmt != "warc":
        return
    try:
        import warcio  # noqa: F401, PLC0415 - optional extra
    except ImportError:
        raise InputError(
            f"{name}: reading WARC files needs warcio: pip install 'cleanbody[warc]'"
        ) from None


def _file_source(path: Path, relative: PurePath, forced: InputFormat | None) -> Source:
    name = str(path)
    try:
        size = path.stat().st_size
        # Opened now even when the name tells the format, so an unreadable file (or one
        # whose compression needs a missing package) stops the run before anything is written.
        with path.open("rb") as raw:
            stream = open_stream(raw)
            fmt = forced or format_by_name(path.name) or sniff_format(stream.read(_SNIFF_BYTES))
    except PermissionError as error:
        raise InputError(
            f"{name}: cannot read it (permission denied); check its permissions"
        ) from error
    except ImportError as error:
        raise InputError(f"{name}: {error}") from error
    except (OSError, EOFError) as error:
        raise InputError(f"{name}: cannot read it ({error}); check the file") from error
    _require_extra(fmt, name)
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
    except ImportError as error:
        raise InputError(f"<stdin>: {error}") from error
    except (OSError, EOFError) as error:
        raise InputError(f"<stdin>: cannot read it ({error})") from error
    _require_extra(fmt, "<stdin>")
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
        elif path.is_symlink():
            raise InputError(
                f"{given}: a symbolic link that points nowhere or loops; check where it points"
            )
        else:
            raise InputError(f"{given}: no such file or folder; check the path")
        for file, relative in files:
            try:
                resolved = file.resolve()
            except (RuntimeError, OSError) as error:  # 3.11 raises RuntimeError on a loop
                raise InputError(
                    f"{file}: a symbolic link that loops back on itself ({error}); "
                    "remove the link, or name the files to clean one by one"
                ) from None
            if resolved in seen:
                continue
            seen.add(resolved)
            sources.append(_file_source(file, relative, forced))
    return sources
