"""The language gate: which languages a text could be in, so other languages' rules skip it.

Read from ``data/languages.toml``: each language's script, its function words and its
distinctive letters.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from importlib import resources
from typing import Any, Final

import ahocorasick_rs
import regex

from cleanbody.rules.model import RuleError

__all__ = ["LanguageGate", "language_gate"]

#: ...the size of a button or a share bar, not of a paragraph.
SHORT_BLOCK_CHARS: Final = 60
_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")
_CLINGING: Final = (
    "\n", "\t", ",", ".", ":", ";", "!", "?", "(", ")", '"', "«", "»", "“", "”", "„",
)



_SCRIPTS: Final = {
    "Latin": regex.compile(r"\p{Latin}"),
    "Cyrillic": regex.compile(r"\p{Cyrillic}"),
    "Arabic": regex.compile(r"\p{Arabic}"),
    "Japanese": regex.compile(r"[\p{Hiragana}\p{Katakana}\p{Han}]"),
}


# Stdlib re scans a plain character class several times faster than regex does.
_NON_LATIN: Final = re.compile("[\u0400-\u052f\u0600-\u06ff\u3040-\u30ff\u4e00-\u9fff]")


def _unpunctuated(text: str) -> str:
    """``text`` with the punctuation that clings to words turned into spaces.

    Chained ``str.replace`` is several times faster here than a regex or a translate
    table, and the gate reads a whole document.
    """
    for mark in _CLINGING:
        text = text.replace(mark, " ")
    return text


class LanguageGate:
    """Says which languages a text could be in, so other languages' rules can skip it.

    Read from ``data/languages.toml``: a language's script, and for scripts several
    languages share, its frequent function words and its distinctive letters. Short
    texts could be anything.
    """

    def __init__(self, table: Mapping[str, Mapping[str, Any]]) -> None:
        self.known = frozenset(table)
        self._scripts: dict[str, list[str]] = {}
        self._letters: dict[str, frozenset[str]] = {}
        speakers: dict[str, set[str]] = {}  # function word -> languages that use it
        for language, entry in table.items():
            script = str(entry.get("script", ""))
            if script not in _SCRIPTS:
                raise RuleError(f"languages.toml: [{language}] has unknown script {script!r}")
            self._scripts.setdefault(script, []).append(language)
            for word in entry.get("words", ()):
                speakers.setdefault(word, set()).add(language)
            if entry.get("letters"):
                self._letters[language] = frozenset(entry["letters"])
        self._listed = frozenset(lang for langs in speakers.values() for lang in langs)
        # One automaton finds the function words, spaces around them: a set of all the
        # words of a page costs several times more to build.
        words = sorted(speakers)
        self._words_sorted = words
        self._word_languages = [frozenset(speakers[word]) for word in words]
        self._word_matcher = (
            ahocorasick_rs.AhoCorasick(
                [f" {word} " for word in words],
                implementation=ahocorasick_rs.Implementation.DFA,
            )
            if words
            else None
        )
        every_letter = "".join(sorted(set().union(*self._letters.values())))
        # Deleting runs of everything else leaves the telling letters without making an
        # object per occurrence, as findall would.
        self._not_marks = re.compile(f"[^{re.escape(every_letter)}{_NON_LATIN.pattern[1:-1]}]+")

    def _spoken(self, lowered: str) -> set[str]:
        """Languages one of whose function words occurs in the text."""
        if self._word_matcher is None:
            return set()
        padded = " " + _unpunctuated(lowered) + " "
        try:
            matches = self._word_matcher.find_matches_as_indexes(padded, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates
            matches = self._word_matcher.find_matches_as_indexes(
                _SURROGATE.sub("\ufffd", padded), overlapping=True
            )
        spoken: set[str] = set()
        for key, _start, _end in matches:
            spoken |= self._word_languages[key]
        return spoken

    def word_keys(self) -> dict[str, frozenset[str]]:
        """Each function word, spaces around it, with the languages that use it."""
        return {
            f" {word} ": languages
            for word, languages in zip(self._words_sorted, self._word_languages, strict=True)
        }

    def allowed(self, lowered: str, spoken: set[str] | None = None) -> frozenset[str] | None:
        """Languages the text could be in; ``None`` means any (a short text).

        A language sharing a script with others needs one of its function words (chosen
        to be no English word: not "de", "per" or "van", which names and loanwords
        bring into English text) or one of its letters. ``spoken``: the languages whose
        function words a scan the caller made already found.
        """
        if len(lowered) <= SHORT_BLOCK_CHARS:
            return None
        # One scan for the letters that matter: other scripts' and the Latin languages'.
        chars = set() if lowered.isascii() else set(self._not_marks.sub("", lowered))
        marks = "".join(chars)
        scripts = ["Latin"] + [
            name for name, pattern in _SCRIPTS.items() if name != "Latin" and pattern.search(marks)
        ]
        found: set[str] = set()
        for script in scripts:
            for language in self._scripts.get(script, ()):
                if language not in self._listed:
                    found.add(language)
                    continue
                if spoken is None:  # not found in a pass the caller already made
                    spoken = self._spoken(lowered)
                letters = self._letters.get(language, frozenset())
                if language in spoken or not letters.isdisjoint(chars):
                    found.add(language)
        return frozenset(found)


@functools.cache
def language_gate() -> LanguageGate:
    """The gate built from the bundled ``data/languages.toml``."""
    path = resources.files("cleanbody.rules") / "data" / "languages.toml"
    return LanguageGate(tomllib.loads(path.read_text(encoding="utf-8")))
