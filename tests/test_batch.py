"""clean_batch and map_in_order: order, parallel equality, laziness and errors."""

from __future__ import annotations

import itertools
import os
import signal
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from pathlib import Path
from typing import Any

import pytest

import cleanbody
from cleanbody.batch import clean_batch, map_in_order

from .conftest import SAMPLE_ARTICLE, SAMPLE_TRAILER

ARTICLE = SAMPLE_ARTICLE
TRAILER = SAMPLE_TRAILER
DOCS = [
    ARTICLE + TRAILER if n % 2 else f"Report number {n} has no boilerplate." for n in range(150)
]


def test_results_match_clean_in_order() -> None:
    """Each result equals clean() of the document at the same position."""
    results = list(clean_batch(DOCS, chunk_size=7))
    assert results == [cleanbody.clean(doc) for doc in DOCS]


def test_two_jobs_give_the_same_results_as_one() -> None:
    """jobs=2 yields the same results, in the same order, as jobs=1."""
    assert list(clean_batch(DOCS, jobs=2, chunk_size=5)) == list(clean_batch(DOCS))


def test_options_reach_the_workers() -> None:
    """keep= is applied in worker processes too: the kept category stays in the text."""
    (result,) = clean_batch([ARTICLE + TRAILER], keep=["appeal", "ui"], jobs=2)
    assert "Remind me later." in result.text


def _endless() -> Iterator[str]:
    for n in itertools.count():
        yield f"Story {n}.\nRead more: Another story"


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_endless_generator_is_consumed_lazily(jobs: int) -> None:
    """The first results of an endless input arrive: input is read a bounded chunk at a time."""
    results = clean_batch(_endless(), jobs=jobs, chunk_size=4)
    first = list(itertools.islice(results, 10))
    assert [r.text for r in first] == [f"Story {n}." for n in range(10)]


def test_bad_settings_fail_at_the_call() -> None:
    """An unknown mode raises ValueError when clean_batch is called, before any work."""
    with pytest.raises(ValueError, match="unknown mode"):
        clean_batch(DOCS, mode="gentle")  # type: ignore[arg-type]


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_error_is_raised_in_place_after_earlier_results(jobs: int) -> None:
    """A document clean() rejects raises at its position, after the results before it."""
    docs: list[object] = ["One.", "Two.", 3, "Four."]
    results = clean_batch(docs, jobs=jobs, chunk_size=10)  # type: ignore[arg-type]
    assert [next(results).text, next(results).text] == ["One.", "Two."]
    with pytest.raises(TypeError, match="takes str or bytes"):
        next(results)


def test_map_in_order_keeps_order_with_a_pool() -> None:
    """map_in_order with two workers returns results in task order."""
    assert list(map_in_order(abs, range(-50, 0), jobs=2)) == list(range(50, 0, -1))


def _die_once(task: int, marker: Path) -> int:
    """Kill the worker the first time task 7 comes, as the kernel's OOM killer would."""
    if task == 7 and not marker.exists():
        marker.touch()
        os.kill(os.getpid(), signal.SIGKILL)
    return -task


def _die_always(task: tuple[int, ...]) -> list[int]:
    """Kill the worker whenever a task holds 13: a record no worker survives."""
    if 13 in task:
        os.kill(os.getpid(), signal.SIGKILL)
    return [-number for number in task]


def _one_each(task: tuple[int, ...]) -> list[tuple[int, ...]]:
    return [(number,) for number in task]


def _lost(task: tuple[int, ...]) -> list[int]:
    return [0 for _ in task]


def test_map_in_order_cleans_a_dead_workers_tasks_again(tmp_path: Path) -> None:
    """A worker killed once: its tasks and those in flight are done again, all in order."""
    work = partial(_die_once, marker=tmp_path / "killed")
    results = list(map_in_order(work, range(40), jobs=2, split=lambda t: [t], lost=lambda t: 1))
    assert (tmp_path / "killed").exists()
    assert results == [-number for number in range(40)]


def _negate(task: int) -> int:
    return -task


class _RefusesOnce(ProcessPoolExecutor):
    """A pool that turns down its fifth submission as a broken pool does.

    That is what a pool does when a worker died between two submissions: ``submit``
    raises :class:`BrokenProcessPool` before any future says so.
    """

    refused = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.submitted = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Any:
        self.submitted += 1
        if self.submitted == 5 and not _RefusesOnce.refused:
            _RefusesOnce.refused = True
            raise BrokenProcessPool("a child process terminated abruptly")
        return super().submit(fn, *args, **kwargs)


def test_map_in_order_goes_on_when_the_pool_breaks_between_submissions(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The tasks in flight and the one refused are done again, in order, on a new pool."""
    monkeypatch.setattr("cleanbody.batch.ProcessPoolExecutor", _RefusesOnce)
    monkeypatch.setattr(_RefusesOnce, "refused", False)
    results = list(map_in_order(_negate, range(40), jobs=2, split=lambda t: [t], lost=lambda t: 1))
    assert _RefusesOnce.refused
    assert results == [-number for number in range(40)]


def test_map_in_order_gives_up_on_a_part_that_kills_every_worker() -> None:
    """A part that kills its worker alone is lost; the rest of its task and the others are done."""
    tasks = [tuple(range(start, start + 5)) for start in range(0, 40, 5)]
    results = list(map_in_order(_die_always, tasks, jobs=2, split=_one_each, lost=_lost))
    assert [number for chunk in results for number in chunk] == [
        0 if number == 13 else -number for number in range(40)
    ]


def test_map_in_order_stops_when_every_worker_dies() -> None:
    """Workers that die on every part, alone too, end in BrokenProcessPool, not an endless retry."""
    tasks = [(13,)] * 20
    results = map_in_order(_die_always, tasks, jobs=2, split=_one_each, lost=_lost)
    with pytest.raises(BrokenProcessPool):
        list(results)
