"""The command's work: inputs cut into tasks, each cleaned (in a worker with ``-j``) and rendered.

A task is a run of items from one source, small enough to bound memory; its outcomes
come back in order, so the output is the same for any number of jobs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import BinaryIO, Final, Literal

from cleanbody.api import clean
from cleanbody.cli.display import render_explanation
from cleanbody.cli.records import ANNOTATION_KEY, RecordError, annotation, dump_record, parse_record
from cleanbody.cli.sources import (
    InputError,
    InputFormat,
    Source,
    open_stream,
)
from cleanbody.config import Config
from cleanbody.decode import decode_bytes
from cleanbody.html.extract import clean_html
from cleanbody.result import Result
from cleanbody.sites import SiteMemory
from cleanbody.text.engine import clean_text

__all__ = [
    "Item",
    "ItemKind",
    "Outcome",
    "OutputFormat",
    "Settings",
    "Task",
    "output_format_for",
    "process_task",
    "tasks_of",
]

OutputFormat = Literal["text", "json", "jsonl", "explain"]
ItemKind = Literal["record", "text", "html"]


#: JSON Lines records per task: ~0.1-1 ms each, so a task is 25-250 ms of work.
_RECORDS_PER_TASK: Final = 256
#: Whole documents (often HTML pages, a few ms each) per task.
_DOCUMENTS_PER_TASK: Final = 8
#: A task stops growing at this many input bytes, which bounds memory per task.
_TASK_BYTES: Final = 1 << 20


@dataclass(frozen=True)
class Item:
    """One document to clean: a whole input, or one JSON Lines record of it."""

    source: int
    name: str
    line: int | None
    data: bytes
    kind: ItemKind

    @property
    def label(self) -> str:
        """``path`` or ``path:line``, as messages and headers show it."""
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


@dataclass(frozen=True)
class Settings:
    """What a worker needs to clean and render items."""

    config: Config
    field: str
    output: OutputFormat | None
    colour: bool
    named: bool


def output_format_for(kind: ItemKind | InputFormat, chosen: OutputFormat | None) -> OutputFormat:
    """The output format: the one chosen, else JSON Lines for records and text otherwise.

    >>> output_format_for("record", None), output_format_for("html", None)
    ('jsonl', 'text')
    """
    if chosen is not None:
        return chosen
    return "jsonl" if kind in ("record", "jsonl") else "text"


# ---------------------------------------------------------------- work (in workers)


def _clean_item(
    item: Item, settings: Settings, memory: SiteMemory | None, url_field: str
) -> tuple[Result, dict[str, object]]:
    if item.kind == "record":
        record, text = parse_record(item.data, settings.field)
        found = record.get(url_field)
        url = found if isinstance(found, str) else None
        if memory is not None:  # --sites: the record's site's memory joins the evidence
            return memory.clean(text, url=url, config=settings.config), record
        result = clean(text, settings.config, url=url)
        return result, record
    # The extension, the content or --input-format already told the format: a .txt file
    # holding markup is cleaned as text, an .html fragment without <html> as a page.
    if item.kind == "text":
        result = clean_text(decode_bytes(item.data), settings.config)
    else:
        # The HTML path reads the page's own charset declaration from the bytes.
        result = clean_html(item.data, settings.config)
    return result, {"path": item.name, settings.field: result.source}


def _json_bytes(value: object, *, indent: int | None) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=False, indent=indent).encode()
    except UnicodeEncodeError:
        return json.dumps(value, indent=indent).encode()


def _render(item: Item, result: Result, record: dict[str, object], settings: Settings) -> bytes:
    output = output_format_for(item.kind, settings.output)
    if output == "jsonl":
        record[settings.field] = result.text
        record[ANNOTATION_KEY] = annotation(result)
        return dump_record(record)
    if output == "json":
        account = result.to_dict()
        if settings.named:
            name: dict[str, object] = {"path": item.name}
            if item.line is not None:
                name["line"] = item.line
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
        try:
            result, record = _clean_item(item, settings, memory, url_field)
            rendered = _render(item, result, record, settings)
            outcomes.append(Outcome(item.source, item.label, rendered))
        except RecordError as error:
            outcomes.append(Outcome(item.source, item.label, error=f"{error}; record skipped"))
        except Exception as error:  # one bad document must not stop the batch
            outcomes.append(
                Outcome(
                    item.source,
                    item.label,
                    error=f"cleaning failed ({type(error).__name__}: {error}); skipped",
                )
            )
    return outcomes, task.position


# ---------------------------------------------------------------- reading (main process)


def tasks_of(sources: Sequence[Source]) -> Iterator[Task]:
    """Read the inputs in order and cut them into tasks, a bounded chunk at a time."""
    items: list[Item] = []
    size = 0
    done_bytes = 0
    position: int | None = 0
    for index, source in enumerate(sources):
        try:
            with _open_source(source) as (stream, raw):
                if source.format == "jsonl":
                    for number, line in enumerate(stream, start=1):
                        if not line.strip():
                            continue
                        items.append(Item(index, source.name, number, line, "record"))
                        size += len(line)
                        if len(items) >= _RECORDS_PER_TASK or size >= _TASK_BYTES:
                            position = _position(raw, done_bytes)
                            yield Task(tuple(items), position)
                            items, size = [], 0
                else:
                    data = stream.read()
                    items.append(Item(index, source.name, None, data, source.format))
                    size += len(data)
                    if len(items) >= _DOCUMENTS_PER_TASK or size >= _TASK_BYTES:
                        yield Task(tuple(items), _position(raw, done_bytes))
                        items, size = [], 0
        except (OSError, EOFError) as error:
            raise InputError(
                f"{source.name}: reading failed ({error}); the output holds what came before"
            ) from error
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
