"""Every regex of the package stays linear on adversarial strings built from its own text (D2).

Each pattern — rule patterns, DOM name patterns, the language gate's and every module-level
compiled pattern — is searched in strings built from its own examples, triggers and
literals (an example repeated with and without spaces, word runs, punctuation and digit
runs, a trigger followed by each run) at 2,000 and 20,000 characters. Linear search costs
about ten times as much on the longer string; a pattern that costs more than
``MAX_GROWTH_FOR_10X`` times as much backtracks super-linearly, and the test names it with
the string that shows it. Times are CPU times, the minimum of a few repeats, and a flagged
pair is measured again before it fails, so that a busy machine does not fail the test.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import time
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import regex

import cleanbody
from cleanbody.rules import load_rules
from cleanbody.rules.dom import _rule_pattern as dom_rule_pattern
from cleanbody.rules.dom import container_pattern, load_dom_rules
from cleanbody.rules.model import Rule

#: Ten times the input may cost at most this many times the time (linear is 10x; the
#: slack absorbs a shared, noisy machine; quadratic growth gives 100x).
MAX_GROWTH_FOR_10X = 25.0
SMALL_CHARS = 2_000
LARGE_CHARS = 20_000
#: Below this a search is too quick to time: the small time is at least this much.
TIMER_FLOOR_SECONDS = 5e-5
#: A 2,000-character search slower than this already backtracks badly.
SMALL_LIMIT_SECONDS = 0.02
#: Each timed search is tried this many times before it counts as slow: a busy machine can
#: stall one run, a backtracking pattern stalls them all.
STALL_RETRIES = 3

Search = Callable[..., Any]


def _runs(words: list[str]) -> dict[str, str]:
    """Units repeated to build a run: words, punctuation, digits, dashes."""
    word = max(words, key=len) if words else "word"
    return {
        "words": " ".join(words[:12]) + " " if words else "word ",
        "word": word + " ",
        "word-glued": word,
        "dots": ". ",
        "dot": ".",
        "digits": "1",
        "digits-spaced": "1 ",
        "dashes": "- ",
    }


def _fill(head: str, unit: str, size: int) -> str:
    return head + unit * max(1, (size - len(head)) // max(1, len(unit)))


def _rule_cases(rule: Rule) -> Iterator[tuple[str, str, str]]:
    """(name, head, unit) triples for one rule: a string is head + unit * n."""
    example = rule.remove[0]
    words = regex.findall(r"\w+", " ".join(rule.remove))
    runs = _runs(words)
    yield "example-spaced", "", example + " "
    yield "example-glued", "", example
    yield "keep-spaced", "", rule.keep[0] + " "
    for name, unit in runs.items():
        yield name, "", unit
    yield "example+digits", example + "\n", "1"
    yield "example+word", example + " ", runs["word"]
    for trigger in rule.triggers[:2]:
        for name in ("words", "word", "word-glued", "dots", "dot", "digits", "digits-spaced"):
            yield f"trigger {trigger!r}+{name}", trigger + " ", runs[name]


_LITERAL = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|[\[\](){}|*+?^$.]")


def _pattern_cases(pattern: str) -> Iterator[tuple[str, str, str]]:
    """(name, head, unit) triples for a pattern without examples: runs of its literals."""
    literals = [part for part in _LITERAL.split(pattern) if part.strip()]
    pieces = sorted({piece[:6] for piece in literals}, key=len, reverse=True)[:6]
    runs = _runs(regex.findall(r"\w+", " ".join(pieces)))
    for name, unit in runs.items():
        yield name, "", unit
    for piece in pieces:
        yield f"literal {piece!r}", "", piece
        yield f"literal {piece!r} spaced", "", piece + " "
    for unit in ("<", "<a ", "<!--", "-->", "&#", "\n", " ", "\t\n", 'x="', "aA", "Ab "):
        yield f"run {unit!r}", "", unit


def _cpu(call: Callable[[], object], rounds: int) -> float:
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        call()
        best = min(best, time.process_time() - start)
    return best


def _search_within(search: Search, text: str, limit: float, *, timeout: bool) -> float:
    """CPU seconds of one search, or ``inf`` when it runs past ``limit`` (regex patterns)."""
    start = time.process_time()
    try:
        if timeout:
            search(text, timeout=limit)
        else:
            search(text)
    except TimeoutError:
        return float("inf")
    return time.process_time() - start


def _superlinear(search: Search, head: str, unit: str, *, timeout: bool) -> str | None:
    """Why ``search`` grows faster than linearly on head + unit runs, or None."""
    small, large = _fill(head, unit, SMALL_CHARS), _fill(head, unit, LARGE_CHARS)
    for _attempt in range(STALL_RETRIES):  # a busy machine stalls one run; a slow pattern all
        if _search_within(search, small, SMALL_LIMIT_SECONDS, timeout=timeout) <= (
            SMALL_LIMIT_SECONDS
        ):
            break
    else:
        return f"over {SMALL_LIMIT_SECONDS} s on {SMALL_CHARS:,} characters"
    small_time = max(_cpu(lambda: search(small), 3), TIMER_FLOOR_SECONDS)
    limit = MAX_GROWTH_FOR_10X * small_time
    for _attempt in range(STALL_RETRIES):  # a busy machine stalls one run; growth stalls all
        if _search_within(search, large, limit, timeout=timeout) <= limit:
            return None
        small_time = max(_cpu(lambda: search(small), 3), TIMER_FLOOR_SECONDS)
        limit = MAX_GROWTH_FOR_10X * small_time
    return f"{LARGE_CHARS:,} characters cost over {MAX_GROWTH_FOR_10X}x {SMALL_CHARS:,}"


def _module_patterns() -> Iterator[tuple[str, re.Pattern[str] | regex.Pattern[str]]]:
    """Every compiled pattern held by a module of the package, by dotted name."""
    seen: set[int] = set()
    for info in pkgutil.walk_packages(cleanbody.__path__, "cleanbody."):
        module = importlib.import_module(info.name)
        for attribute, value in sorted(vars(module).items()):
            if isinstance(value, re.Pattern | regex.Pattern) and id(value) not in seen:
                seen.add(id(value))
                if isinstance(value.pattern, str):
                    yield f"{info.name}.{attribute}", value


def _other_patterns() -> Iterator[tuple[str, re.Pattern[str] | regex.Pattern[str]]]:
    """Patterns built at run time: DOM rules, the article-container names, the gate."""
    from cleanbody.rules.gate import language_gate  # noqa: PLC0415

    for rule in load_dom_rules():
        yield rule.id, dom_rule_pattern(rule.tokens)
    yield "DOM containers", container_pattern()
    yield "LanguageGate._not_marks", language_gate()._not_marks


def _flagged_rules(rules: tuple[Rule, ...]) -> list[str]:
    flagged = []
    for rule in rules:
        search = rule.compiled.search
        for name, head, unit in _rule_cases(rule):
            reason = _superlinear(search, head, unit, timeout=True)
            if reason is not None:
                flagged.append(f"{rule.id} on {name}: {reason}")
                break
    return flagged


@pytest.mark.slow
def test_every_rule_pattern_is_linear_on_its_own_adversarial_strings() -> None:
    """No rule pattern costs more than linear time on runs built from its examples (D2)."""
    flagged = _flagged_rules(load_rules())
    assert not flagged, "super-linear rule patterns:\n" + "\n".join(flagged)


@pytest.mark.slow
def test_every_other_pattern_of_the_package_is_linear() -> None:
    """Module-level, DOM and gate patterns stay linear on runs of their own literals (D2)."""
    flagged = []
    patterns = [*_module_patterns(), *_other_patterns()]
    assert len(patterns) > 40  # the walk found the package's patterns
    for name, pattern in patterns:
        for case, head, unit in _pattern_cases(pattern.pattern):
            reason = _superlinear(
                pattern.search, head, unit, timeout=isinstance(pattern, regex.Pattern)
            )
            if reason is not None:
                flagged.append(f"{name} on {case}: {reason}")
                break
    assert not flagged, "super-linear patterns:\n" + "\n".join(flagged)


def test_the_growth_check_flags_a_quadratic_pattern() -> None:
    """The check itself fails a pattern that backtracks quadratically, and passes a linear one."""
    assert _superlinear(regex.compile(r"\d+[a-z]").search, "", "1", timeout=True) is not None
    assert _superlinear(regex.compile(r"(?<!\d)\d++[a-z]").search, "", "1", timeout=True) is None


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "1" * n, id="digits"),
        pytest.param(lambda n: ". " * (n // 2), id="dots"),
        pytest.param(lambda n: "- " * (n // 2), id="dashes"),
        pytest.param(lambda n: "Newsletter " + "1 " * (n // 2), id="trigger+digits"),
        pytest.param(lambda n: "Support us " * (n // 11), id="example"),
    ],
)
def test_a_long_adversarial_line_is_linear_through_clean(make: Callable[[int], str]) -> None:
    """A 20 KB adversarial line is cleaned in under 0.1 s and at most 25x its 2 KB time."""
    cleanbody.clean(make(100))  # load rules and model first
    small, large = make(SMALL_CHARS), make(LARGE_CHARS)
    small_time = max(_cpu(lambda: cleanbody.clean(small), 3), TIMER_FLOOR_SECONDS)
    large_time = _cpu(lambda: cleanbody.clean(large), 3)
    assert large_time < 0.1
    assert large_time <= MAX_GROWTH_FOR_10X * small_time
