"""``cleanbody --sites``: learn each site's template from the records, then clean with it.

The input is read twice: a first pass counts every record's blocks for the host of its
URL field (in workers with ``-j``, merged in input order), a second cleans each record
with its site's memory. Standard input is copied to a temporary file first so that it
can be read twice. Each task of the second pass carries the memory of its own sites
only, so the output is the same bytes for any number of jobs.
"""

from __future__ import annotations

import dataclasses
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from functools import partial
from typing import Final

from cleanbody.batch import map_in_order
from cleanbody.cli.jobs import (
    Outcome,
    Settings,
    Task,
    lost_task,
    process_task,
    split_task,
    tasks_of,
)
from cleanbody.cli.output import UsageError
from cleanbody.cli.records import RecordError, parse_record
from cleanbody.cli.sources import Source
from cleanbody.sites import SiteMemory, page_fingerprints, site_of

__all__ = [
    "learn_sites",
    "lost_site_task",
    "process_site_task",
    "site_tasks",
    "split_site_task",
    "spool_streams",
]

#: Standard input is kept in memory up to this size before it spills to disk.
_SPOOL_MEMORY_BYTES: Final = 16 << 20


def spool_streams(sources: Sequence[Source], stack: ExitStack) -> list[Source]:
    """Return the sources with standard input copied to a temporary file, readable twice.

    Raises:
        UsageError: An input is not JSON Lines (documents carry no URL to group by).
    """
    spooled = []
    for source in sources:
        if source.format != "jsonl":
            raise UsageError(
                f"--sites groups JSON Lines records by their URL field, and {source.name} "
                "is not JSON Lines; give .jsonl input (or --input-format jsonl)"
            )
        if source.stream is None:
            spooled.append(source)
            continue
        # The stack closes it when the run ends (both passes read it).
        spool = tempfile.SpooledTemporaryFile(_SPOOL_MEMORY_BYTES)  # noqa: SIM115
        copy = stack.enter_context(spool)
        shutil.copyfileobj(source.stream, copy)
        spooled.append(dataclasses.replace(source, stream=copy))  # type: ignore[arg-type]
    return spooled


def _rewind(sources: Sequence[Source]) -> None:
    for source in sources:
        if source.stream is not None:
            source.stream.seek(0)


def _learn_task(task: Task, settings: Settings, url_field: str) -> list[tuple[str, set[int]]]:
    """The site and block fingerprints of every record of a task that has a site."""
    reader = SiteMemory(settings.config)
    found = []
    for item in task.items:
        try:
            record, text = parse_record(item.data, settings.field)
            url = record.get(url_field)
            site = site_of(url if isinstance(url, str) else None)
            if site:
                source = reader.source_text(text, url=url if isinstance(url, str) else None)
                found.append((site, page_fingerprints(source)))
        except Exception:  # a bad record is reported by the cleaning pass, in order
            continue
    return found


def _learns_nothing(task: Task) -> list[tuple[str, set[int]]]:
    return []


def learn_sites(
    sources: Sequence[Source], settings: Settings, *, url_field: str, jobs: int
) -> SiteMemory:
    """The first pass: a memory of every site's records (merged in input order)."""
    _rewind(sources)
    memory = SiteMemory(settings.config)
    work = partial(_learn_task, settings=settings, url_field=url_field)
    tasks = tasks_of(sources, max_bytes=settings.max_bytes)
    # A record whose worker dies each time teaches nothing; the cleaning pass reports it.
    for found in map_in_order(work, tasks, jobs=jobs, split=split_task, lost=_learns_nothing):
        for site, fingerprints in found:
            memory.learn_fingerprints(site, fingerprints)
    _rewind(sources)
    return memory


def site_tasks(
    sources: Sequence[Source], memory: SiteMemory, settings: Settings, url_field: str
) -> Iterator[tuple[Task, SiteMemory]]:
    """The second pass's tasks, each with the memory of the sites its records belong to."""
    for task in tasks_of(sources, max_bytes=settings.max_bytes):
        sites = set()
        for item in task.items:
            try:
                record, _ = parse_record(item.data, settings.field)
            except RecordError:
                continue
            url = record.get(url_field)
            site = site_of(url if isinstance(url, str) else None)
            if site:
                sites.add(site)
        yield task, memory.subset(sites)


def process_site_task(
    work: tuple[Task, SiteMemory], settings: Settings, url_field: str
) -> tuple[list[Outcome], int | None]:
    """Clean and render a task's records with their sites' memory (see ``process_task``)."""
    task, memory = work
    return process_task(task, settings, memory=memory, url_field=url_field)


def split_site_task(work: tuple[Task, SiteMemory]) -> list[tuple[Task, SiteMemory]]:
    """A task's records as tasks of one record each, with the task's memory (``split_task``)."""
    task, memory = work
    return [(part, memory) for part in split_task(task)]


def lost_site_task(work: tuple[Task, SiteMemory]) -> tuple[list[Outcome], int | None]:
    """The outcome of a one-record task whose worker died each time (``lost_task``)."""
    return lost_task(work[0])
