"""Clean many documents in order, in this process or with a pool of worker processes."""

from __future__ import annotations

import os
import pickle
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from itertools import islice
from typing import IO, Final, TypeVar

from cleanbody.api import clean
from cleanbody.config import Config, Mode
from cleanbody.result import Result
from cleanbody.sites import SiteMemory, page_fingerprints, site_of

__all__ = ["DEFAULT_CHUNK_SIZE", "clean_batch", "map_in_order", "resolve_jobs"]

_Task = TypeVar("_Task")
_Output = TypeVar("_Output")

#: Documents per task sent to a worker: cleaning one takes 0.1-5 ms, so 64 of them
#: outweigh the ~0.1 ms of pickling a task, and the pool still balances its load.
DEFAULT_CHUNK_SIZE: Final = 64
#: Tasks in flight per worker: enough to keep every worker busy while the caller
#: consumes results, few enough that memory stays flat on an endless stream.
_TASKS_PER_WORKER: Final = 4
#: Parts in a row whose worker died each time they were tried, alone too, before the
#: workers are taken to die of something else (no memory left at all, a killer of every
#: worker) and the work stops instead of trying every remaining part three times.
_DEAD_IN_A_ROW: Final = 8


def resolve_jobs(jobs: int) -> int:
    """Return the number of worker processes to use: ``0`` means one per CPU.

    Raises:
        ValueError: ``jobs`` is negative.

    >>> resolve_jobs(3)
    3
    >>> resolve_jobs(0) >= 1
    True
    """
    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per CPU) or more, not {jobs}")
    if jobs == 0:
        # sched_getaffinity honours taskset and container CPU limits; cpu_count does not.
        getaffinity = getattr(os, "sched_getaffinity", None)
        return len(getaffinity(0)) if getaffinity else (os.cpu_count() or 1)
    return jobs


def map_in_order(
    func: Callable[[_Task], _Output],
    tasks: Iterable[_Task],
    *,
    jobs: int = 1,
    split: Callable[[_Task], Sequence[_Task]] | None = None,
    lost: Callable[[_Task], _Output] | None = None,
) -> Iterator[_Output]:
    """Yield ``func(task)`` for each task, in order, using ``jobs`` worker processes.

    With ``jobs > 1`` at most ``4 * jobs`` tasks are in flight, so ``tasks`` may be an
    endless generator and memory stays flat. ``func`` and the tasks must be picklable
    (a module-level function, or a ``functools.partial`` of one). Closing the iterator
    early shuts the pool down.

    A worker that dies (killed, or out of memory) breaks the pool; without ``split`` and
    ``lost`` that raises :class:`~concurrent.futures.process.BrokenProcessPool`. With
    them a new pool cleans again, one at a time and in order, every task that was in
    flight; a task that breaks the pool alone is ``split`` into its parts, each tried
    alone, and a task of one part that breaks it alone gives ``lost(task)``. So each part
    is tried at most three times, and the results are those of an undisturbed run but
    for the lost parts. When eight parts in a row are lost, the workers are dying of
    something other than their tasks, and ``BrokenProcessPool`` is raised.

    Args:
        func: The work to do on one task.
        tasks: The tasks, consumed lazily.
        jobs: Worker processes; ``1`` works in this process, ``0`` uses one per CPU.
        split: A task's parts, as tasks whose results make up the task's; a task that
            cannot be split returns ``[task]``.
        lost: The result for a task of one part whose worker died each time.

    >>> list(map_in_order(abs, [-2, 1, -3]))
    [2, 1, 3]
    """
    workers = resolve_jobs(jobs)
    if workers == 1:
        yield from map(func, tasks)
        return
    if split is not None and lost is not None:
        yield from _map_recovering(func, tasks, workers, split, lost)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[_Output]] = deque()
        try:
            for task in tasks:
                pending.append(pool.submit(func, task))
                if len(pending) >= workers * _TASKS_PER_WORKER:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            # Reached on an error or when the caller stops early: drop the queued work.
            pool.shutdown(wait=True, cancel_futures=True)


def _map_recovering(
    func: Callable[[_Task], _Output],
    tasks: Iterable[_Task],
    workers: int,
    split: Callable[[_Task], Sequence[_Task]],
    lost: Callable[[_Task], _Output],
) -> Iterator[_Output]:
    """:func:`map_in_order` that starts a new pool when a worker dies (see there)."""
    upcoming = iter(tasks)
    pending: deque[tuple[_Task, Future[_Output]]] = deque()
    # Tasks in flight when the pool broke, cleaned again one at a time, alone.
    suspects: deque[_Task] = deque()
    dead_in_a_row = 0
    pool = ProcessPoolExecutor(max_workers=workers)
    try:
        while True:
            if suspects:
                task = suspects.popleft()
                try:
                    output = pool.submit(func, task).result()
                except BrokenProcessPool:
                    pool = _new_pool(pool, workers)
                    parts = split(task)
                    if len(parts) > 1:
                        suspects.extendleft(reversed(parts))
                        continue
                    dead_in_a_row += 1
                    if dead_in_a_row >= _DEAD_IN_A_ROW:
                        raise
                    output = lost(task)
                else:
                    dead_in_a_row = 0
                yield output
                continue
            refused = _submit(pool, func, upcoming, pending, workers * _TASKS_PER_WORKER)
            if refused:
                # A worker died between two submissions: the pool refuses new work.
                pool = _requeue(pool, workers, pending, suspects, refused)
                continue
            if not pending:
                return
            task, future = pending[0]
            try:
                output = future.result()
            except BrokenProcessPool:
                pool = _requeue(pool, workers, pending, suspects, [])
                continue
            pending.popleft()
            yield output
    finally:
        # Reached on an error or when the caller stops early: drop the queued work.
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(
    pool: ProcessPoolExecutor,
    func: Callable[[_Task], _Output],
    upcoming: Iterator[_Task],
    pending: deque[tuple[_Task, Future[_Output]]],
    limit: int,
) -> list[_Task]:
    """Submit upcoming tasks until ``limit`` are in flight; the task a broken pool refused."""
    for task in upcoming:
        try:
            future = pool.submit(func, task)
        except BrokenProcessPool:
            return [task]
        pending.append((task, future))
        if len(pending) >= limit:
            break
    return []


def _requeue(
    broken: ProcessPoolExecutor,
    workers: int,
    pending: deque[tuple[_Task, Future[_Output]]],
    suspects: deque[_Task],
    refused: list[_Task],
) -> ProcessPoolExecutor:
    """A new pool; the tasks in flight, then any the broken pool refused, become suspects."""
    suspects.extend(task for task, _ in pending)
    suspects.extend(refused)
    pending.clear()
    return _new_pool(broken, workers)


def _new_pool(broken: ProcessPoolExecutor, workers: int) -> ProcessPoolExecutor:
    broken.shutdown(wait=True, cancel_futures=True)
    return ProcessPoolExecutor(max_workers=workers)


def _chunks(items: Iterable[str | bytes], size: int) -> Iterator[list[str | bytes]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _clean_chunk(docs: list[str | bytes], config: Config) -> list[Result | Exception]:
    """Clean each document, keeping an error in its place so the caller sees it in order."""
    outcomes: list[Result | Exception] = []
    for doc in docs:
        try:
            outcomes.append(clean(doc, config))
        except Exception as error:  # re-raised in the caller, in order
            outcomes.append(error)
    return outcomes


def clean_batch(
    docs: Iterable[str | bytes],
    *,
    config: Config | None = None,
    mode: Mode | None = None,
    keep: Iterable[str] | None = None,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    sites: bool | SiteMemory = False,
    urls: Iterable[str | None] | None = None,
) -> Iterator[Result]:
    """Clean many documents and yield their results in input order.

    ``docs`` is read lazily and at most a few chunks are in flight, so a generator over
    a corpus of any size is fine. With ``jobs > 1`` the documents are cleaned in a pool
    of worker processes; the results are the same as with ``jobs=1``, in the same order.
    On platforms that start workers by spawning (Windows, macOS), call it from under
    ``if __name__ == "__main__":``.

    With ``sites=True`` the batch learns what repeats across each site's pages (see
    :class:`cleanbody.SiteMemory`), grouping the documents by the host of their URL in
    ``urls``, then cleans with it: two passes, so ``docs`` (and ``urls``) are read twice
    when they are lists or tuples, and otherwise copied to a temporary file first. Pass a
    :class:`~cleanbody.SiteMemory` instead to clean with what it has already learnt.

    Args:
        docs: Documents as for :func:`cleanbody.clean` (``str`` or ``bytes``).
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``.
        keep: Shortcut for ``config.keep``.
        jobs: Worker processes; ``1`` cleans in this process, ``0`` uses one per CPU.
        chunk_size: Documents sent to a worker at a time.
        sites: Learn and use site memory (``True``), or use the memory given.
        urls: Each document's address, in the order of ``docs`` (``None`` for one with
            none); pages are grouped by host. Required with ``sites``.

    Returns:
        An iterator of :class:`cleanbody.Result`, one per document, in order.

    Raises:
        ValueError: An unknown mode or category, ``jobs``/``chunk_size`` out of range,
            or ``sites`` without ``urls`` (at the call, before any work). An error while
            cleaning one document is raised when the iterator reaches that document,
            after all earlier results.

    >>> docs = ["Rain on Friday.\\nRead more: Storm warning", "Sun on Saturday."]
    >>> [r.text for r in clean_batch(docs)]
    ['Rain on Friday.', 'Sun on Saturday.']
    >>> pages = [f"Page {town}.\\nKaribu tena" for town in ("Tanga", "Kilwa", "Lindi")]
    >>> addresses = [f"https://pwani.example/{n}" for n in range(3)]
    >>> [r.text for r in clean_batch(pages, sites=True, urls=addresses)]
    ['Page Tanga.', 'Page Kilwa.', 'Page Lindi.']
    """
    settings = (config or Config()).with_shortcuts(mode, keep)
    resolve_jobs(jobs)
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be 1 or more, not {chunk_size}")
    if sites is False:
        if urls is not None:
            return _results_with_urls(docs, urls, settings, jobs, chunk_size)
        return _results(docs, settings, jobs, chunk_size)
    if urls is None:
        raise ValueError(
            "sites=True groups pages by site: pass urls=[...] with each document's address "
            "(None for a document without one)"
        )
    memory = sites if isinstance(sites, SiteMemory) else None
    return _site_results(docs, urls, settings, jobs, chunk_size, memory=memory)


def _results(
    docs: Iterable[str | bytes], config: Config, jobs: int, chunk_size: int
) -> Iterator[Result]:
    work = partial(_clean_chunk, config=config)
    for outcomes in map_in_order(work, _chunks(docs, chunk_size), jobs=jobs):
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                raise outcome
            yield outcome


# ---------------------------------------------------------------- site memory

_Page = tuple[str | bytes, str | None]


def _pages(docs: Iterable[str | bytes], urls: Iterable[str | None]) -> Iterator[_Page]:
    """Pair documents with their addresses; a missing address is ``None``, a spare one ignored."""
    addresses = iter(urls)
    for doc in docs:
        yield doc, next(addresses, None)


def _page_chunks(pages: Iterable[_Page], size: int) -> Iterator[list[_Page]]:
    iterator = iter(pages)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _results_with_urls(
    docs: Iterable[str | bytes],
    urls: Iterable[str | None],
    config: Config,
    jobs: int,
    chunk_size: int,
) -> Iterator[Result]:
    """Without site memory, the addresses still help the HTML path."""
    work = partial(_clean_pages, config=config, memory=None)
    chunks = _page_chunks(_pages(docs, urls), chunk_size)
    for outcomes in map_in_order(work, chunks, jobs=jobs):
        yield from _raise_in_order(outcomes)


def _raise_in_order(outcomes: list[Result | Exception]) -> Iterator[Result]:
    for outcome in outcomes:
        if isinstance(outcome, Exception):
            raise outcome
        yield outcome


def _learn_pages(pages: list[_Page], config: Config) -> list[tuple[str, set[int]] | None]:
    """Each page's site and block fingerprints (``None``: no site, or unreadable)."""
    memory = SiteMemory(config)
    found: list[tuple[str, set[int]] | None] = []
    for doc, url in pages:
        site = site_of(url)
        try:
            found.append(
                (site, page_fingerprints(memory.source_text(doc, url=url))) if site else None
            )
        except Exception:  # the cleaning pass reports it, in order
            found.append(None)
    return found


def _clean_pages(
    pages: list[_Page], config: Config, memory: SiteMemory | None
) -> list[Result | Exception]:
    outcomes: list[Result | Exception] = []
    for doc, url in pages:
        try:
            if memory is None:
                outcomes.append(clean(doc, config, url=url))
            else:
                outcomes.append(memory.clean(doc, url=url, config=config))
        except Exception as error:  # re-raised in the caller, in order
            outcomes.append(error)
    return outcomes


class _Spool:
    """Pages kept in a temporary file between the two passes (pickled one by one)."""

    def __init__(self, pages: Iterable[_Page]) -> None:
        # Closed by close(): the spool outlives this call, across the generator's passes.
        self.file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115
        for page in pages:
            pickle.dump(page, self.file, protocol=pickle.HIGHEST_PROTOCOL)

    def __iter__(self) -> Iterator[_Page]:
        self.file.seek(0)
        while True:
            try:
                yield pickle.load(self.file)  # our own file, written above
            except EOFError:
                return

    def close(self) -> None:
        self.file.close()


def _site_results(
    docs: Iterable[str | bytes],
    urls: Iterable[str | None],
    config: Config,
    jobs: int,
    chunk_size: int,
    *,
    memory: SiteMemory | None,
) -> Iterator[Result]:
    reusable = isinstance(docs, Sequence) and isinstance(urls, Sequence)
    spool = None if reusable or memory is not None else _Spool(_pages(docs, urls))

    def pages() -> Iterator[_Page]:
        return iter(spool) if spool is not None else _pages(docs, urls)

    try:
        if memory is None:
            memory = SiteMemory(config)
            learn = partial(_learn_pages, config=config)
            for found in map_in_order(learn, _page_chunks(pages(), chunk_size), jobs=jobs):
                for item in found:
                    if item is not None:
                        memory.learn_fingerprints(*item)
        # Each worker gets the memory of the sites in its chunk only.
        tasks = (
            (chunk, memory.subset({site_of(url) or "" for _, url in chunk}))
            for chunk in _page_chunks(pages(), chunk_size)
        )
        work = partial(_clean_site_task, config=config)
        for outcomes in map_in_order(work, tasks, jobs=jobs):
            yield from _raise_in_order(outcomes)
    finally:
        if spool is not None:
            spool.close()


def _clean_site_task(
    task: tuple[list[_Page], SiteMemory], config: Config
) -> list[Result | Exception]:
    chunk, memory = task
    return _clean_pages(chunk, config, memory)
