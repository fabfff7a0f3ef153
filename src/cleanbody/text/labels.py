"""The labels table (``data/labels.toml``): genres, currencies and the publisher's voice.

Read once; each reader takes its own section. A language adds its words as data.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from typing import Any

import regex

from cleanbody.rules.model import data_folder

__all__ = ["labels", "voice"]

_WORD = regex.compile(r"[\p{L}\p{M}]+")
# Scripts written without spaces between words (and Korean, whose particles cling to
# its words): their voice words are found inside the text.
_DENSE = regex.compile(r"\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Hangul}|\p{Thai}")


@functools.cache
def labels() -> dict[str, Any]:
    """The whole table, parsed once."""
    return tomllib.loads((data_folder() / "labels.toml").read_text(encoding="utf-8"))


@functools.cache
def _voice_words(language: str, person: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """A language's words of one person: whole words, and those found inside the text."""
    words = labels()["voice"].get(language, {}).get(person, [])
    inside = tuple(word for word in words if " " in word or _DENSE.search(word))
    return frozenset(words) - frozenset(inside), inside


def voice(text: str, languages: Iterable[str]) -> tuple[bool, bool]:
    """Whether a block speaks as "we" and whether it speaks to "you", in these languages.

    >>> voice("We'd rather not cut it. Around 900 of you chip in.", ["en"])
    (True, True)
    >>> voice("Vi behöver dig.", ["sv"]), voice("Vi è una via.", ["it"])
    ((True, True), (False, False))
    >>> voice("저희는 독자 여러분의 후원으로 운영됩니다", ["ko"])
    (True, True)
    """
    lowered = text.lower()
    words: set[str] | None = None
    found = [False, False]
    for language in languages:
        for slot, person in enumerate(("we", "you")):
            if found[slot]:
                continue
            whole, inside = _voice_words(language, person)
            if inside and any(word in lowered for word in inside):
                found[slot] = True
            elif whole:
                if words is None:
                    words = set(_WORD.findall(lowered))
                found[slot] = not whole.isdisjoint(words)
    return found[0], found[1]
