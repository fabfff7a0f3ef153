"""The command's work: inputs cut into tasks, each cleaned (in a worker with ``-j``) and rendered.

A task is a run of items from one source, small enough to bound memory; its outcomes
come back in order, so the output is the same for any number of jobs.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import BinaryIO, Final, Literal

from cleanbody.api import clean
from cleanbody.cli.display import render_explanation
from cleanbody.cli.records import (
    ANNOTATION_KEY,
    FieldTypeError,
    MissingFieldError,
    RecordError,
    annotation,
    dump_record,
    finite,
    parse_record,
)
from cleanbody.cli.sources import (
    InputError,
    InputFormat,
    Source,
    open_stream,
)
from cleanbody.cli.warc import WarcPage, read_warc
from cleanbody.config import Config
from cleanbody.decode import decode_bytes
from cleanbody.html.decode import decode_declared
from cleanbody.html.extract import clean_html
from cleanbody.result import Result
from cleanbody.sites import SiteMemory
from cleanbody.text.engine import clean_text

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Item",
    "ItemKind",
    "Outcome",
    "OutputFormat",
    "Settings",
    "Task",
    "lost_task",
    "output_format_for",
    "process_task",
    "split_task",
    "tasks_of",
]

OutputFormat = Literal["text", "json", "jsonl", "explain"]
#: ``warc``: an HTML response from a WARC file; ``error``: input that could not be read.
ItemKind = Literal["record", "text", "html", "warc", "error"]
#: Why a record failed, when the reason may be the command line's and not the record's.
Problem = Literal["missing-field", "field-type", "annotation-field"]


#: JSON Lines records per task: ~0.1-1 ms each, so a task is 25-250 ms of work.
_RECORDS_PER_TASK: Final = 256
#: Whole documents (often HTML pages, a few ms each) per task.
_DOCUMENTS_PER_TASK: Final = 8
#: A task stops growing at this many input bytes, which bounds memory per task.
_TASK_BYTES: Final = 1 << 20
#: The largest record or document cleaned (--max-bytes): ``Config.max_input_chars``, as
#: bytes; a larger one is reported and skipped, and never held in memory whole.
DEFAULT_MAX_BYTES: Final = Config().max_input_chars
#: Bytes read at a time when skipping the rest of an over-long line.
_SKIP_CHUNK: Final = 1 << 20


@dataclass(frozen=True)
class Item:
    """One document to clean: a whole input, one JSON Lines record, or one WARC response.

    ``line`` is the record's line, or for WARC its place among the file's records; an
    ``error`` item carries the message of input that could not be read in ``problem``.
    """

    source: int
    name: str
    line: int | None
    data: bytes
    kind: ItemKind
    page: WarcPage | None = field(default=None, compare=False, repr=False)
    problem: str | None = None

    @property
    def label(self) -> str:
        """``path``, ``path:line``, or ``path:record (url)``, as messages and headers show it."""
        if self.page is not None:
            return f"{self.name}:{self.line} ({self.page.url})"
        return f"{self.name}:{self.line}" if self.line is not None else self.name


@dataclass(frozen=True)
class Task:
    """A chunk of items for one worker, and how far into the input it reaches."""

    items: tuple[Item, ...]
    position: int | None


@dataclass(frozen=True)
class Outcome:
    """The rendered output of one item, or why it failed."""

    source: int
    label: str
    output: bytes | None = None
    error: str | None = None
    problem: Problem | None = None
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Settings:
    """What a worker needs to clean and render items."""

    config: Config
    field: str
    output: OutputFormat | None
    colour: bool
    named: bool
    annotation_field: str = ANNOTATION_KEY
    max_bytes: int = DEFAULT_MAX_BYTES


def output_format_for(kind: ItemKind | InputFormat, chosen: OutputFormat | None) -> OutputFormat:
    """The output format: the one chosen, else JSON Lines for records and text otherwise.

    >>> output_format_for("record", None), output_format_for("html", None)
    ('jsonl', 'text')
    """
    if chosen is not None:
        return chosen
    return "jsonl" if kind in ("record", "jsonl", "warc") else "text"


# ---------------------------------------------------------------- work (in workers)


class _AnnotationClashError(RecordError):
    """The record already has the field the annotation goes into."""


def _clean_item(
    item: Item, settings: Settings, memory: SiteMemory | None, url_field: str
) -> tuple[Result, dict[str, object]]:
    if item.kind == "record":
        record, text = parse_record(item.data, settings.field)
        if settings.annotation_field in record:
            raise _AnnotationClashError(
                f'the record already has a "{settings.annotation_field}" field (cleaned '
                "before?), which the annotation would overwrite; name another with "
                "--annotation-field"
            )
        found = record.get(url_field)
        url = found if isinstance(found, str) else None
        if memory is not None:  # --sites: the record's site's memory joins the evidence
            return memory.clean(text, url=url, config=settings.config), record
        result = clean(text, settings.config, url=url)
        return result, record
    if item.kind == "warc":
        page = item.page
        assert page is not None  # tasks_of gives every warc item its page
        assert page.body is not None  # and makes an over-long page an error item
        result = clean_html(decode_declared(page.body, page.charset), settings.config, url=page.url)
        described = {"url": page.url, "warc_record_id": page.record_id}
        return result, {**described, settings.field: result.source}
    # The extension, the content or --input-format already told the format: a .txt file
    # holding markup is cleaned as text, an .html fragment without <html> as a page.
    if item.kind == "text":
        result = clean_text(decode_bytes(item.data), settings.config)
    else:
        # The HTML path reads the page's own charset declaration from the bytes.
        result = clean_html(item.data, settings.config)
    return result, {"path": item.name, settings.field: result.source}


def _json_bytes(value: object, *, indent: int | None) -> bytes:
    value = finite(value)
    try:
        return json.dumps(value, ensure_ascii=False, indent=indent, allow_nan=False).encode()
    except UnicodeEncodeError:
        return json.dumps(value, indent=indent, allow_nan=False).encode()


def _render(item: Item, result: Result, record: dict[str, object], settings: Settings) -> bytes:
    output = output_format_for(item.kind, settings.output)
    if output == "jsonl":
        record[settings.field] = result.text
        record[settings.annotation_field] = annotation(result)
        return dump_record(record)
    if output == "json":
        account = result.to_dict()
        if settings.named:
            name: dict[str, object] = {"path": item.name}
            if item.line is not None:
                name["line"] = item.line
            if item.page is not None:
                name |= {"url": item.page.url, "warc_record_id": item.page.record_id}
            account = name | account
        return _json_bytes(account, indent=2)
    if output == "explain":
        shown = render_explanation(result, colour=settings.colour)
    else:
        shown = result.text
    # Lone surrogates (from JSON escapes) cannot be UTF-8; show them as escapes.
    return shown.encode("utf-8", errors="backslashreplace")


def process_task(
    task: Task, settings: Settings, *, memory: SiteMemory | None = None, url_field: str = "url"
) -> tuple[list[Outcome], int | None]:
    """Clean and render every item of a task; a failing item becomes an error outcome.

    ``memory``: with ``--sites``, the memory of the sites of the task's records, which
    ``url_field`` names.
    """
    outcomes: list[Outcome] = []
    for item in task.items:
        if item.problem is not None:
            outcomes.append(Outcome(item.source, item.label, error=item.problem))
            continue
        try:
            result, record = _clean_item(item, settings, memory, url_field)
            rendered = _render(item, result, record, settings)
            outcomes.append(Outcome(item.source, item.label, rendered))
        except MissingFieldError as error:
            outcomes.append(
                Outcome(
                    item.source,
                    item.label,
                    error=f"{error}; record skipped",
                    problem="missing-field",
                    fields=error.fields,
                )
            )
        except RecordError as error:
            problem: Problem | None = None
            if isinstance(error, _AnnotationClashError):
                problem = "annotation-field"
            elif isinstance(error, FieldTypeError):
                problem = "field-type"
            outcomes.append(
                Outcome(item.source, item.label, error=f"{error}; record skipped", problem=problem)
            )
        except Exception as error:  # one bad document must not stop the batch
            outcomes.append(
                Outcome(
                    item.source,
                    item.label,
                    error=f"cleaning failed ({type(error).__name__}: {error}); skipped",
                )
            )
    return outcomes, task.position


def split_task(task: Task) -> list[Task]:
    """A task's items as tasks of one item each, cleaned alone after a worker died.

    The last reaches as far into the input as the task did.
    """
    if len(task.items) <= 1:
        return [task]
    last = len(task.items) - 1
    return [
        Task((item,), task.position if number == last else None)
        for number, item in enumerate(task.items)
    ]


def lost_task(task: Task) -> tuple[list[Outcome], int | None]:
    """The outcome of a task of one item whose worker died each time it was cleaned.

    Such an item is a bad record (one that makes a worker run out of memory, say); the
    records around it are written.
    """
    error = (
        "the worker process cleaning it died each time (killed, or out of memory), also "
        "when it was cleaned alone; skipped"
    )
    return [Outcome(item.source, item.label, error=error) for item in task.items], task.position


# ---------------------------------------------------------------- reading (main process)


def _lines(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """Yield (line number, line, size) for each line; the line is ``None`` when over ``max_bytes``.

    An over-long line is read on in bounded chunks and dropped, so memory stays within
    ``max_bytes`` whatever the input holds.
    """
    number = 0
    while line := stream.readline(max_bytes + 1):
        number += 1
        if len(line) <= max_bytes or line.endswith(b"\n"):
            yield number, line, len(line)
            continue
        size = len(line)
        while not line.endswith(b"\n"):
            line = stream.readline(_SKIP_CHUNK)
            if not line:
                break
            size += len(line)
        yield number, None, size


def _too_large(size: int, max_bytes: int, what: str, *, whole: bool = True) -> str:
    """The message for an item over the limit; ``whole`` when ``size`` counts all of it."""
    at_least = "" if whole else "at least "
    return (
        f"{what} is {at_least}{size:,} bytes, over the limit of {max_bytes:,} (--max-bytes); "
        "skipped"
    )


def _source_items(
    index: int, source: Source, stream: BinaryIO, max_bytes: int, skipped: Counter[str]
) -> Iterator[Item]:
    """The items of one source, read a bounded piece at a time."""
    if source.format == "jsonl":
        for number, line, size in _lines(stream, max_bytes):
            if line is None:
                problem = _too_large(size, max_bytes, "the record")
                yield Item(index, source.name, number, b"", "error", problem=problem)
            elif line.strip():
                yield Item(index, source.name, number, line, "record")
    elif source.format == "warc":
        for page in read_warc(stream, max_bytes, skipped):
            if page.body is None:
                problem = _too_large(page.size, max_bytes, f"the page {page.url}")
                yield Item(index, source.name, page.number, b"", "error", problem=problem)
            else:
                yield Item(index, source.name, page.number, b"", "warc", page=page)
    else:
        data = stream.read(max_bytes + 1)
        if len(data) > max_bytes:
            problem = _too_large(len(data), max_bytes, "the document", whole=False)
            yield Item(index, source.name, None, b"", "error", problem=problem)
        else:
            yield Item(index, source.name, None, data, source.format)


def tasks_of(
    sources: Sequence[Source],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    skipped: Counter[str] | None = None,
) -> Iterator[Task]:
    """Read the inputs in order and cut them into tasks, a bounded chunk at a time.

    An input that cannot be read to its end (a cut gzip stream, a damaged WARC file)
    gives an ``error`` item after what was read of it, and the next input is read.

    Args:
        sources: The inputs.
        max_bytes: The largest record or document; a larger one becomes an ``error`` item.
        skipped: Counts the WARC records left out, by reason.
    """
    skipped = Counter() if skipped is None else skipped
    items: list[Item] = []
    size = 0
    done_bytes = 0
    for index, source in enumerate(sources):
        per_task = _RECORDS_PER_TASK if source.format == "jsonl" else _DOCUMENTS_PER_TASK
        try:
            with _open_source(source) as (stream, raw):
                try:
                    for item in _source_items(index, source, stream, max_bytes, skipped):
                        items.append(item)
                        size += len(item.data) + (item.page.size if item.page else 0)
                        if len(items) >= per_task or size >= _TASK_BYTES:
                            yield Task(tuple(items), _position(raw, done_bytes))
                            items, size = [], 0
                except (OSError, EOFError, ImportError) as error:
                    problem = (
                        f"reading stopped ({error}); what came before was cleaned, "
                        "the rest of this input was not"
                    )
                    items.append(Item(index, source.name, None, b"", "error", problem=problem))
        except OSError as error:  # the file could not even be opened again
            raise InputError(f"{source.name}: cannot read it ({error}); check the file") from error
        done_bytes += source.size or 0
    if items:
        yield Task(tuple(items), done_bytes)


def _position(raw: BinaryIO | None, done_bytes: int) -> int | None:
    if raw is None:
        return None
    try:
        return done_bytes + raw.tell()
    except OSError:
        return None


@contextmanager
def _open_source(source: Source) -> Iterator[tuple[BinaryIO, BinaryIO | None]]:
    """Open a source: (decompressed stream, raw file whose position tracks progress)."""
    if source.stream is not None:
        yield source.stream, None
        return
    assert source.path is not None  # find_sources sets a stream or a path
    with source.path.open("rb") as raw:
        yield open_stream(raw), raw


# ---------------------------------------------------------------- writing (main process)


# ---------------------------------------------------------------- planning


# ---------------------------------------------------------------- the command
