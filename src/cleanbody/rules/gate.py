"""The language gate: which languages a text could be in, so other languages' rules skip it.

Read from ``data/languages.toml``: each language's script, its function words and its
distinctive letters.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any, Final

import ahocorasick_rs
import regex

from cleanbody.config import GATE_MIN_SCORE, GATE_SHARE, GATE_SHORT_WORDS, SHORT_BLOCK_CHARS
from cleanbody.rules.model import RuleError, data_folder

__all__ = ["LONE_SURROGATE", "LanguageGate", "known_languages", "language_gate"]

#: A lone surrogate: the automata cannot read it, so it is replaced before a scan.
LONE_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")
_CLINGING: Final = (
    "\n",
    "\t",
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    "(",
    ")",
    '"',
    "«",
    "»",
    "“",
    "”",
    "„",
)


#: Scripts are named as Unicode names them (``Latin``, ``Han``, ``Devanagari``...).
#: Latin is read without a check: ASCII text is Latin, and Latin words turn up everywhere.
LATIN: Final = "Latin"
#: Scripts are checked on the Basic Multilingual Plane, where every living script has its
#: letters (astral planes hold rare Han and historic scripts).
_PLANE_END: Final = 0x10000


def _script_pattern(name: str, language: str) -> regex.Pattern[str]:
    try:
        return regex.compile(rf"\p{{{name}}}")
    except regex.error:
        raise RuleError(
            f"languages.toml: [{language}] names script {name!r}, which Unicode does not "
            "know; use a Unicode script name such as 'Latin', 'Cyrillic', 'Han' or 'Thai'"
        ) from None


def _character_class(patterns: Iterable[regex.Pattern[str]]) -> str:
    """The BMP characters any of ``patterns`` matches, as ranges for a stdlib class."""
    plane = "".join(chr(code) for code in range(_PLANE_END) if not 0xD800 <= code < 0xE000)
    codes = sorted({ord(char) for pattern in patterns for char in pattern.findall(plane)})
    ranges: list[str] = []
    index = 0
    while index < len(codes):
        first = last = codes[index]
        while index + 1 < len(codes) and codes[index + 1] == last + 1:
            index += 1
            last = codes[index]
        ranges.append(re.escape(chr(first)) + (f"-{re.escape(chr(last))}" if last > first else ""))
        index += 1
    return "".join(ranges)


def _unpunctuated(text: str) -> str:
    """``text`` with the punctuation that clings to words turned into spaces.

    Chained ``str.replace`` is several times faster here than a regex or a translate
    table, and the gate reads a whole document.
    """
    for mark in _CLINGING:
        text = text.replace(mark, " ")
    return text


_ASCII_BYTES: Final = bytes(range(128))


def _non_ascii(text: str) -> str:
    """The characters of ``text`` outside ASCII, in order.

    In UTF-8 every byte of a non-ASCII character is 0x80 or above, so deleting the
    ASCII bytes (a plain C loop) leaves exactly those characters.

    >>> _non_ascii("Café “Noir” – 1€")
    'é“”–€'
    """
    raw = text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES)
    return raw.decode("utf-8", "surrogatepass")


class LanguageGate:
    """Says which languages a text could be in, so other languages' rules can skip it.

    Read from ``data/languages.toml``: a language's script, and for scripts several
    languages share, its frequent function words and its distinctive letters. Short
    texts could be anything.
    """

    def __init__(self, table: Mapping[str, Mapping[str, Any]]) -> None:
        # A reference language ("gated = false": English) is never gated, its rules read
        # every page; its function words only weigh against the others'.
        self.references = frozenset(
            language for language, entry in table.items() if entry.get("gated", True) is False
        )
        self.known = frozenset(table) - self.references
        self._scripts: dict[str, list[str]] = {}  # script -> languages written in it
        self._letters: dict[str, frozenset[str]] = {}
        speakers: dict[str, set[str]] = {}  # function word -> languages that use it
        patterns: dict[str, regex.Pattern[str]] = {}
        for language, entry in table.items():
            for word in entry.get("words", ()):
                speakers.setdefault(word, set()).add(language)
            if language in self.references:
                continue
            scripts = entry.get("script", "")
            for script in [scripts] if isinstance(scripts, str) else list(scripts):
                if not script:
                    raise RuleError(
                        f'languages.toml: [{language}] needs script = "<Unicode script>"'
                    )
                patterns.setdefault(script, _script_pattern(str(script), language))
                self._scripts.setdefault(str(script), []).append(language)
            if entry.get("letters"):
                self._letters[language] = frozenset(entry["letters"])
        # A language with function words or letters of its own needs one of them; a
        # language with neither is plausible wherever its script is.
        self._listed = (
            frozenset({lang for langs in speakers.values() for lang in langs} | set(self._letters))
            - self.references
        )
        # A letter one language alone lists tells more than one several share ("é").
        sharing = Counter(letter for letters in self._letters.values() for letter in letters)
        self._own_letters = {
            language: frozenset(letter for letter in letters if sharing[letter] == 1)
            for language, letters in self._letters.items()
        }
        self._script_patterns = {
            name: pattern for name, pattern in sorted(patterns.items()) if name != LATIN
        }
        # One automaton finds the function words, spaces around them: a set of all the
        # words of a page costs several times more to build.
        self._key_languages = {f" {word} ": frozenset(speakers[word]) for word in sorted(speakers)}
        self._keys = list(self._key_languages)
        self._word_matcher = (
            ahocorasick_rs.AhoCorasick(self._keys, implementation=ahocorasick_rs.Implementation.DFA)
            if self._keys
            else None
        )
        every_letter = "".join(sorted(set().union(*self._letters.values())))
        # Deleting runs of everything else leaves the telling letters and the other
        # scripts' characters without an object per occurrence, as findall would make.
        # Stdlib re scans a plain character class several times faster than regex does.
        other_scripts = _character_class(self._script_patterns.values())
        marks = re.escape(every_letter) + other_scripts
        # With no telling letter and no other script, every character is plain text.
        self._not_marks = re.compile(f"[^{marks}]+" if marks else r"[\s\S]+")
        # No telling letter is ASCII in the shipped data: then only a text's other
        # characters need a look.
        self._marks_beyond_ascii = not self._not_marks.sub("", "".join(map(chr, range(128))))

    def _spoken(self, lowered: str) -> set[str]:
        """The function words (keys, spaces around them) that occur in the text."""
        if self._word_matcher is None:
            return set()
        padded = " " + _unpunctuated(lowered) + " "
        try:
            matches = self._word_matcher.find_matches_as_indexes(padded, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates
            matches = self._word_matcher.find_matches_as_indexes(
                LONE_SURROGATE.sub("\ufffd", padded), overlapping=True
            )
        return {self._keys[key] for key, _start, _end in matches}

    def letters(self, language: str) -> frozenset[str]:
        """The letters that make ``language`` plausible by themselves (none: empty)."""
        return self._letters.get(language, frozenset())

    def word_keys(self) -> dict[str, frozenset[str]]:
        """Each function word, spaces around it, with the languages that use it."""
        return dict(self._key_languages)

    def allowed(self, lowered: str, spoken: set[str] | None = None) -> frozenset[str] | None:
        """Languages the text could be in; ``None`` means any (a short text).

        A language sharing a script with others needs evidence of its own, scored: one
        point for each distinct function word of its found (words chosen to be no
        English word: not "de", "per" or "van", which names and loanwords bring into
        English text), two for a letter no other language lists ("ñ", "ő"), one for a
        letter others list too ("é"). It needs GATE_MIN_SCORE (1 in a text of fewer than
        GATE_SHORT_WORDS words), and GATE_SHARE of the best
        score in its script, English's function words included: a few "al", "il" and
        "é" of names on an English page, or "el" and "ez" on a Hungarian one, do not let
        Italian, Spanish or Vietnamese rules read it. ``spoken``: the function words (keys
        of :meth:`word_keys`) a scan the caller made already found.
        """
        if len(lowered) <= SHORT_BLOCK_CHARS:
            return None
        # One scan for the letters that matter: other scripts' and the Latin languages'.
        chars: set[str] = set()
        if not lowered.isascii():
            marked = _non_ascii(lowered) if self._marks_beyond_ascii else lowered
            chars = set(self._not_marks.sub("", marked))
        marks = "".join(chars)
        scripts = [LATIN] + [
            name for name, pattern in self._script_patterns.items() if pattern.search(marks)
        ]
        # A text of a sentence or two may hold one telling word or letter, and no more.
        least = GATE_MIN_SCORE if lowered.count(" ") >= GATE_SHORT_WORDS else 1
        found: set[str] = set()
        for script in scripts:
            languages = self._scripts.get(script, ())
            if any(language in self._listed for language in languages) and spoken is None:
                spoken = self._spoken(lowered)  # not found in a pass the caller already made
            scores = self._scores(languages, spoken or set(), chars)
            if script == LATIN:
                scores.update(self._scores(self.references, spoken or set(), chars))
            best = max(scores.values(), default=0)
            for language in languages:
                score = scores.get(language)
                if score is None or (score >= least and score >= GATE_SHARE * best):
                    found.add(language)
        return frozenset(found)

    def _scores(
        self, languages: Iterable[str], spoken: set[str], chars: set[str]
    ) -> dict[str, int]:
        """Each listed language's evidence in a text (see :meth:`allowed`)."""
        scores = {
            language: 0
            for language in languages
            if language in self._listed or language in self.references
        }
        for key in spoken:
            for language in self._key_languages.get(key, ()):
                if language in scores:
                    scores[language] += 1
        for language in scores:
            letters = self._letters.get(language, frozenset())
            if not letters.isdisjoint(chars):
                own = not self._own_letters[language].isdisjoint(chars)
                scores[language] += 2 if own else 1
        return scores


def known_languages() -> frozenset[str]:
    """Languages cleanbody has data for: an entry in ``languages.toml`` or a rule file.

    >>> {"en", "de", "ja"} <= known_languages()
    True
    """
    files = {entry.name.removesuffix(".toml") for entry in (data_folder() / "rules").iterdir()}
    return frozenset(language_gate().known | files - {"mul"})


@functools.cache
def language_gate() -> LanguageGate:
    """The gate built from the bundled ``data/languages.toml``."""
    path = data_folder() / "languages.toml"
    return LanguageGate(tomllib.loads(path.read_text(encoding="utf-8")))
