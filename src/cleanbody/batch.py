"""Clean many documents in order, in this process or with a pool of worker processes."""

from __future__ import annotations

import dataclasses
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from functools import partial
from itertools import islice
from typing import Final, TypeVar

from cleanbody.api import clean
from cleanbody.config import Config, Mode
from cleanbody.result import Result

__all__ = ["DEFAULT_CHUNK_SIZE", "clean_batch", "map_in_order", "resolve_jobs"]

_Task = TypeVar("_Task")
_Output = TypeVar("_Output")

#: Documents per task sent to a worker: cleaning one takes 0.1-5 ms, so 64 of them
#: outweigh the ~0.1 ms of pickling a task, and the pool still balances its load.
DEFAULT_CHUNK_SIZE: Final = 64
#: Tasks in flight per worker: enough to keep every worker busy while the caller
#: consumes results, few enough that memory stays flat on an endless stream.
_TASKS_PER_WORKER: Final = 4


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
    func: Callable[[_Task], _Output], tasks: Iterable[_Task], *, jobs: int = 1
) -> Iterator[_Output]:
    """Yield ``func(task)`` for each task, in order, using ``jobs`` worker processes.

    With ``jobs > 1`` at most ``4 * jobs`` tasks are in flight, so ``tasks`` may be an
    endless generator and memory stays flat. ``func`` and the tasks must be picklable
    (a module-level function, or a ``functools.partial`` of one). Closing the iterator
    early shuts the pool down.

    Args:
        func: The work to do on one task.
        tasks: The tasks, consumed lazily.
        jobs: Worker processes; ``1`` works in this process, ``0`` uses one per CPU.

    >>> list(map_in_order(abs, [-2, 1, -3]))
    [2, 1, 3]
    """
    workers = resolve_jobs(jobs)
    if workers == 1:
        yield from map(func, tasks)
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


def _settings(config: Config | None, mode: Mode | None, keep: Iterable[str] | None) -> Config:
    settings = config or Config()
    if mode is None and keep is None:
        return settings
    return dataclasses.replace(
        settings,
        mode=mode or settings.mode,
        keep=frozenset(keep) if keep is not None else settings.keep,
    )


def clean_batch(
    docs: Iterable[str | bytes],
    *,
    config: Config | None = None,
    mode: Mode | None = None,
    keep: Iterable[str] | None = None,
    jobs: int = 1,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
) -> Iterator[Result]:
    """Clean many documents and yield their results in input order.

    ``docs`` is read lazily and at most a few chunks are in flight, so a generator over
    a corpus of any size is fine. With ``jobs > 1`` the documents are cleaned in a pool
    of worker processes; the results are the same as with ``jobs=1``, in the same order.
    On platforms that start workers by spawning (Windows, macOS), call it from under
    ``if __name__ == "__main__":``.

    Args:
        docs: Documents as for :func:`cleanbody.clean` (``str`` or ``bytes``).
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``.
        keep: Shortcut for ``config.keep``.
        jobs: Worker processes; ``1`` cleans in this process, ``0`` uses one per CPU.
        chunk_size: Documents sent to a worker at a time.

    Returns:
        An iterator of :class:`cleanbody.Result`, one per document, in order.

    Raises:
        ValueError: An unknown mode or category, or ``jobs``/``chunk_size`` out of range
            (at the call, before any work). An error while cleaning one document is
            raised when the iterator reaches that document, after all earlier results.

    >>> docs = ["Rain on Friday.\\nRead more: Storm warning", "Sun on Saturday."]
    >>> [r.text for r in clean_batch(docs)]
    ['Rain on Friday.', 'Sun on Saturday.']
    """
    settings = _settings(config, mode, keep)
    resolve_jobs(jobs)
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be 1 or more, not {chunk_size}")
    return _results(docs, settings, jobs, chunk_size)


def _results(
    docs: Iterable[str | bytes], config: Config, jobs: int, chunk_size: int
) -> Iterator[Result]:
    work = partial(_clean_chunk, config=config)
    for outcomes in map_in_order(work, _chunks(docs, chunk_size), jobs=jobs):
        for outcome in outcomes:
            if isinstance(outcome, Exception):
                raise outcome
            yield outcome
