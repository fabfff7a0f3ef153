"""Literals a pattern's matches must contain, to skip regex searches that cannot match.

Most blocks where a rule's trigger occurs do not match its pattern: "subscribe" is in
many sentences, "subscribe to our newsletter" in few. Before a regex search, cleanbody
checks that the lowercased block holds the literals every match of the pattern holds:
its *requirement*, a literal or a nest of "all of" and "any of" over literals, worked
out once from the pattern's parse tree. It is sound: a block without it cannot match,
so the check never changes a result, only skips searches.

The literals never contain white space (cleanbody normalises spaces in the text it
checks), and shorter ones than :data:`MIN_LITERAL_CHARS` are dropped as too common to
be worth a look.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Final

__all__ = [
    "ALWAYS",
    "MIN_LITERAL_CHARS",
    "Requirement",
    "checker",
    "checks",
    "requirement",
]

# The stdlib parser of `re` patterns; the rules use the `regex` module, whose few extra
# forms are rewritten into equivalents before parsing (see `_as_stdlib`).
from re import _constants as _sre  # type: ignore[attr-defined]  # stdlib, no stubs
from re import _parser as _sre_parse  # type: ignore[attr-defined]  # stdlib, no stubs

#: Literals shorter than this occur in almost any paragraph ("to", "de", "и").
MIN_LITERAL_CHARS: Final = 3
#: Literal sets larger than this ([a-z]{3}) are not spelled out.
_MAX_EXACT: Final = 16
#: \p{...} and \P{...} (script and property classes), which re lacks.
_PROPERTY: Final = re.compile(r"\\[pP]\{[^}]*\}|\\[pP][A-Za-z]")
_CASE_SCOPE: Final = re.compile(r"\(\?-i:")

#: A requirement: a literal that must occur, or ``("all", parts)`` / ``("any", parts)``.
#: ``ALWAYS`` (``("all", ())``) holds for any text: nothing is known.
Requirement = str | tuple[str, tuple["Requirement", ...]]
ALWAYS: Final[Requirement] = ("all", ())


@dataclass(frozen=True)
class _Info:
    """What is known about the strings a piece of pattern matches.

    ``exact``: the piece matches only these strings (None: too many or unknown).
    ``needs``: what every match contains.
    """

    exact: frozenset[str] | None
    needs: Requirement


_UNKNOWN: Final = _Info(None, ALWAYS)
_EMPTY: Final = _Info(frozenset({""}), ALWAYS)


def _as_stdlib(pattern: str) -> str:
    """Rewrite ``regex``-only forms into ``re`` forms that match no fewer strings."""
    return _CASE_SCOPE.sub("(?:", _PROPERTY.sub(r"\\w", pattern))


def _stable(char: str) -> bool:
    """Whether lowercasing maps every case form of ``char`` to one character.

    "ı", "ſ" and "ς" are case forms of letters that lower to something else; a
    literal holding one could miss a text that the case-insensitive pattern matches.
    """
    lowered = char.lower()
    return len(lowered) == 1 and lowered.upper().lower() == lowered and not char.isspace()


def _useful(literal: str) -> bool:
    return len(literal) >= MIN_LITERAL_CHARS


def _rank(need: Requirement) -> int:
    """How soon a check of ``need`` fails on ordinary text: longer literals first."""
    if isinstance(need, str):
        return -len(need)
    return min((_rank(part) for part in need[1]), default=0) if need[0] == "all" else 0


def _join(op: str, parts: Iterable[Requirement]) -> Requirement:
    """All (``op == "all"``) or one (``"any"``) of ``parts``, nested same ops flattened.

    ALWAYS drops out of "all" and makes "any" ALWAYS: nothing is known then.
    """
    flat: list[Requirement] = []
    for part in parts:
        if op == "any" and part == ALWAYS:
            return ALWAYS
        if not isinstance(part, str) and part[0] == op:
            flat.extend(part[1])
        else:
            flat.append(part)
    unique = list(dict.fromkeys(flat))
    if not unique:
        return ALWAYS
    if len(unique) == 1:
        return unique[0]
    return (op, tuple(sorted(unique, key=_rank)))


def _of_exact(strings: frozenset[str]) -> Requirement:
    """What a piece matching one of ``strings`` needs: one of them, when all are useful."""
    if not all(_useful(string) for string in strings):
        return ALWAYS
    return _join("any", sorted(strings))


def _either(infos: Sequence[_Info]) -> _Info:
    exact: frozenset[str] | None = frozenset()
    for info in infos:
        if exact is None or info.exact is None or len(exact | info.exact) > _MAX_EXACT:
            exact = None
            break
        exact = exact | info.exact
    if exact is not None:
        return _Info(exact, _of_exact(exact))
    return _Info(None, _join("any", (info.needs for info in infos)))


def _sequence(items: Iterable[tuple[Any, Any]]) -> _Info:
    """Info of pieces in a row: literals run together while each piece is exact."""
    needs: list[Requirement] = []
    run: frozenset[str] = frozenset({""})
    whole = True  # every piece so far exact and joined into `run`
    for item in items:
        info = _node(item)
        if info.exact is not None and len(run) * len(info.exact) <= _MAX_EXACT:
            run = frozenset(a + b for a in run for b in info.exact)
            continue
        whole = False
        needs.append(_of_exact(run))
        if info.exact is not None:
            run = info.exact
        else:
            needs.append(info.needs)
            run = frozenset({""})
    if whole:
        return _Info(run, _of_exact(run))
    return _Info(None, _join("all", [*needs, _of_exact(run)]))


def _class(items: Sequence[tuple[Any, Any]]) -> _Info:
    chars: set[str] = set()
    for op, value in items:
        if op is _sre.LITERAL:
            chars.add(chr(value))
        elif op is _sre.RANGE and value[1] - value[0] < _MAX_EXACT:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:  # NEGATE, CATEGORY (\w, \s, \d), wide ranges
            return _UNKNOWN
    if len(chars) > _MAX_EXACT or not all(_stable(char) for char in chars):
        return _UNKNOWN
    return _Info(frozenset(char.lower() for char in chars), ALWAYS)


def _node(item: tuple[Any, Any]) -> _Info:  # noqa: PLR0911 - one return per opcode reads best
    op, value = item
    if op is _sre.LITERAL:
        char = chr(value)
        return _Info(frozenset({char.lower()}), ALWAYS) if _stable(char) else _UNKNOWN
    if op is _sre.IN:
        return _class(value)
    if op is _sre.SUBPATTERN:
        return _sequence(value[-1])
    if op is _sre.ATOMIC_GROUP:
        return _sequence(value)
    if op is _sre.BRANCH:
        return _either([_sequence(branch) for branch in value[1]])
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT):
        low, high, body = value
        if low == 0:
            return _UNKNOWN
        inner = _sequence(body)
        if low == high == 1:
            return inner
        return _Info(None, inner.needs if inner.exact is None else _of_exact(inner.exact))
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return _EMPTY  # zero-width: anchors, word boundaries, lookarounds
    return _UNKNOWN  # ANY, NOT_LITERAL, CATEGORY, group references


def requirement(pattern: str) -> Requirement:
    """Return what any match of ``pattern`` (case-insensitive) must contain.

    >>> requirement(r"^subscribe\\s+to\\s+our\\s+(?:newsletter|briefing)")
    ('all', ('subscribe', 'our', ('any', ('newsletter', 'briefing'))))
    >>> requirement(r"^\\W*(?:ok|x)\\W*$")  # nothing long enough to be worth a look
    ('all', ())
    """
    try:
        parsed = _sre_parse.parse(_as_stdlib(pattern))
    except (re.error, RecursionError, OverflowError):
        return ALWAYS
    return _sequence(parsed).needs


def _expression(need: Requirement) -> str:
    if isinstance(need, str):
        return f"{need!r} in t"
    if not need[1]:
        return "True" if need[0] == "all" else "False"
    joiner = " and " if need[0] == "all" else " or "
    return "(" + joiner.join(_expression(part) for part in need[1]) + ")"


def checks(need: Requirement) -> int:
    """How many substring tests a check of ``need`` makes at most."""
    if isinstance(need, str):
        return 1
    return sum(checks(part) for part in need[1])


def checker(need: Requirement) -> Callable[[str], bool]:
    """Return a function telling whether a lowercased text holds what ``need`` asks for.

    Nested calls cost more than the substring tests themselves; the requirement is
    written out as ``"a" in t and ("b" in t or "c" in t)`` instead (the literals are
    ``repr``-quoted, so no text from a rule file runs as code).

    >>> check = checker(("all", ("subscribe", ("any", ("newsletter", "briefing")))))
    >>> check("subscribe to the briefing"), check("subscribe to the channel")
    (True, False)
    """
    function: Callable[[str], bool] = eval(f"lambda t: {_expression(need)}")
    return function
