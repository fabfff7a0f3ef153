"""The labels table (``data/labels.toml``): genres, currencies, voice, cadence, more.

Read once; each reader takes its own section. A language adds its words as data.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable
from typing import Any, NamedTuple

import regex

from cleanbody.rules.model import data_folder

__all__ = ["cadence", "labels", "names_target", "offers_more", "voice"]

_WORD = regex.compile(r"[\p{L}\p{M}]+")
# Scripts written without spaces between words (and Korean, whose particles cling to
# its words): their voice words are found inside the text.
_DENSE = regex.compile(r"\p{Han}|\p{Hiragana}|\p{Katakana}|\p{Hangul}|\p{Thai}")
# An entry with a space, hyphen or apostrophe ("tous les", "e-posta", "щоп'ятниці") spans
# what the word pattern splits: it is found inside the text.
_INSIDE = regex.compile(r"[\s'’-]")


class _Words(NamedTuple):
    whole: frozenset[str]
    starts: tuple[str, ...]
    ends: tuple[str, ...]
    inside: tuple[str, ...]
    spanning: regex.Pattern[str] | None


@functools.cache
def labels() -> dict[str, Any]:
    """The whole table, parsed once."""
    return tomllib.loads((data_folder() / "labels.toml").read_text(encoding="utf-8"))


@functools.cache
def _words(section: str, language: str, key: str) -> _Words:
    """A language's words of one list: whole words, word beginnings, and text to find inside.

    An entry ending in ``*`` begins a word ("wöchentlich*": "wöchentliche"), one starting
    with it ends one ("*śmy": "pojechaliśmy", the "we" of a verb); one with a space, a
    hyphen or an apostrophe, or in a script written without spaces, is found inside the
    text.
    """
    entry = labels()[section].get(language, {})
    words = entry.get(key, []) if isinstance(entry, dict) else []
    # In a script without spaces a word is found anywhere in the text ...
    inside = tuple(word.rstrip("*") for word in words if _DENSE.search(word))
    # ... and one with a space, a hyphen or an apostrophe where words begin and end:
    # "więcej o" is no part of "najwięcej osób". A "*" at its end lets the last word go on
    # ("gelen kutu*": "gelen kutusuna").
    spans = [word for word in words if _INSIDE.search(word) and not _DENSE.search(word)]
    spanning = (
        regex.compile(
            "|".join(
                rf"(?<!\w){regex.escape(word.rstrip('*'))}"
                + ("" if word.endswith("*") else r"(?!\w)")
                for word in spans
            )
        )
        if spans
        else None
    )
    spaced = [word for word in words if not _INSIDE.search(word) and not _DENSE.search(word)]
    starts = tuple(word[:-1] for word in spaced if word.endswith("*"))
    ends = tuple(word[1:] for word in spaced if word.startswith("*"))
    whole = frozenset(word for word in spaced if "*" not in (word[0], word[-1]))
    return _Words(whole, starts, ends, inside, spanning)


def _says(lowered: str, words: set[str], found: _Words) -> bool:
    if any(word in lowered for word in found.inside):
        return True
    if found.spanning is not None and found.spanning.search(lowered):
        return True
    if not found.whole.isdisjoint(words):
        return True
    if found.starts and any(word.startswith(found.starts) for word in words):
        return True
    return bool(found.ends) and any(word.endswith(found.ends) for word in words)


def voice(text: str, languages: Iterable[str]) -> tuple[bool, bool]:
    """Whether a block speaks as "we" and whether it speaks to "you", in these languages.

    >>> voice("We'd rather not cut it. Around 900 of you chip in.", ["en"])
    (True, True)
    >>> voice("Vi behöver dig.", ["sv"]), voice("Vi è una via.", ["it"])
    ((True, True), (False, False))
    >>> voice("저희는 독자 여러분의 후원으로 운영됩니다", ["ko"])
    (True, True)
    >>> voice("Do Wołowca jechaliśmy trzy razy.", ["pl"])
    (True, False)
    """
    languages = tuple(languages)
    read = _read(text)
    return _speaks(read, languages, "voice", "we"), _speaks(read, languages, "voice", "you")


def voiced_anywhere(text: str) -> bool:
    """Whether a block speaks as "we" or to "you" in any language the table lists.

    >>> voiced_anywhere("Our channel on Telegram is free"), voiced_anywhere("Vi behöver dig.")
    (True, True)
    >>> voiced_anywhere("Her ban covers Facebook and WhatsApp: both appealed.")
    False
    """
    read = _read(text)
    lowered, words = read
    return _says(lowered, words, _all_languages("voice", "we")) or _says(
        lowered, words, _all_languages("voice", "you")
    )


def cadence(text: str, languages: Iterable[str]) -> bool:
    """Whether a block promises a newsletter's rhythm or the reader's inbox.

    >>> cadence("The week's best reads, every Friday.", ["en"])
    True
    >>> cadence("Jeden Freitag im Postfach", ["de"]), cadence("Раз в неделю присылаем", ["ru"])
    (True, True)
    >>> cadence("The council met on Tuesday.", ["en"])
    False
    """
    return _speaks(_read(text), languages, "cadence", "words")


def offers_more(text: str) -> bool:
    """Whether a heading offers more stories ("More from the region", "Lue myös").

    In any language the table lists: a link list's heading says so in a few words.

    >>> offers_more("Mehr aus der Region"), offers_more("Related"), offers_more("더 보기")
    (True, True, True)
    >>> offers_more("The verdict")
    False
    """
    lowered, words = _read(text)
    return _says(lowered, words, _all_languages("more", "words"))


#: An e-mail address: a tip line's, a newsroom's.
_EMAIL = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


@functools.cache
def _platforms() -> regex.Pattern[str]:
    """The platforms of ``[platforms]`` as one pattern, each at a word's start."""
    names = sorted(labels()["platforms"]["words"], key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(map(regex.escape, names)) + ")")


def names_target(text: str) -> bool:
    """Whether a block sends the reader somewhere: a platform by name, or an e-mail address.

    >>> names_target("Kuuntele jakso Spotifyssa"), names_target("Tips: news@paper.example")
    (True, True)
    >>> names_target("The council met on Tuesday."), names_target("Photo: Lineker")
    (False, False)
    """
    return bool(_platforms().search(text.lower()) or ("@" in text and _EMAIL.search(text)))


@functools.cache
def _all_languages(section: str, key: str) -> _Words:
    """One list's words in every language the table lists, merged (read in one pass)."""
    merged = [_words(section, language, key) for language in labels()[section]]
    return _Words(
        frozenset().union(*(found.whole for found in merged)),
        tuple(dict.fromkeys(word for found in merged for word in found.starts)),
        tuple(dict.fromkeys(word for found in merged for word in found.ends)),
        tuple(dict.fromkeys(word for found in merged for word in found.inside)),
        _joined(found.spanning for found in merged),
    )


def _joined(patterns: Iterable[regex.Pattern[str] | None]) -> regex.Pattern[str] | None:
    """One pattern that finds what any of these finds (None: there are none)."""
    sources = [pattern.pattern for pattern in patterns if pattern is not None]
    return regex.compile("|".join(sources)) if sources else None


def _read(text: str) -> tuple[str, set[str]]:
    """A block lowercased, and its words (Turkish "İ" lowercased as "i", not "i̇")."""
    lowered = text.lower().replace("i\u0307", "i")
    return lowered, set(_WORD.findall(lowered))


def _speaks(read: tuple[str, set[str]], languages: Iterable[str], section: str, key: str) -> bool:
    """Whether a read block says a word of one list in any of these languages."""
    lowered, words = read
    return any(_says(lowered, words, _words(section, language, key)) for language in languages)
