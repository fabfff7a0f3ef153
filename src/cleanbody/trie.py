"""Build one factored regular expression from many literal phrases."""

from __future__ import annotations

from collections.abc import Iterable

import regex

__all__ = ["trie_pattern"]

_END = ""


def trie_pattern(phrases: Iterable[str]) -> str:
    """Return a regex source matching any of ``phrases``, factored by shared prefixes.

    A naive alternation of hundreds of phrases retries every branch at every position;
    the factored form lets the engine follow one path per position.

    >>> trie_pattern(["support us", "support our work", "subscribe"])
    'su(?:bscribe|pport\\\\ (?:our\\\\ work|us))'
    >>> trie_pattern([])
    Traceback (most recent call last):
    ...
    ValueError: trie_pattern() needs at least one non-empty phrase
    """
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for phrase in phrases:
        if not phrase:
            continue
        node = trie
        for char in phrase:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not trie:
        raise ValueError("trie_pattern() needs at least one non-empty phrase")
    return _node_pattern(trie)


def _node_pattern(node: dict) -> str:  # type: ignore[type-arg]
    ends_here = _END in node
    branches = []
    for char in sorted(key for key in node if key != _END):
        branches.append(regex.escape(char) + _node_pattern(node[char]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends_here:
        # The longer continuation is tried first, so overlapping phrases report the longest.
        return "(?:" + body + ")?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body
