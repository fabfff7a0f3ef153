"""The trigger index: one Aho-Corasick pass per kind of rule finds the blocks worth a search."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Final, NamedTuple

import ahocorasick_rs
import regex

from cleanbody.config import (
    SCAN_CHUNK_CHARS,
    SHORT_BLOCK_CHARS,
    WEAK_TRIGGER_CHARS,
    WHOLE_WORD_CHARS,
    WORD_START_CHARS,
)
from cleanbody.rules.gate import LONE_SURROGATE, LanguageGate, language_gate
from cleanbody.rules.model import KINDS, Rule, load_rules

__all__ = ["RuleIndex", "rule_index"]

#: Separators used as triggers by breadcrumb and label rules; as common as short words.
_WEAK_SYMBOLS: Final = frozenset(":|/›»>·•-–—")
_SPACED_LETTER: Final = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
#: A short line of ASCII letters, digits and punctuation ("Premium", "Disney+", "E-mail
#: address", "Newsletter | Podcast"). Such a line shows no language of its own, so a rule
#: of a language the page is not written in reads it as if it were a line of that
#: language ("Newsletter erleben zweites Leben" as a Spanish newsletter heading).
_BARE_LABEL: Final = regex.compile(r"^[\x20-\x7e]*+$")


class _KindIndex:
    """The automata over the rules of one kind (anchors, cues or counters).

    Long blocks are read by one automaton over the rules every document needs (English
    and language-neutral ones) and one per further language the document can be in;
    short blocks by one over every rule, plus the very short triggers.
    """

    def __init__(
        self,
        rules: Sequence[Rule],
        gated: Mapping[str, frozenset[str]],
        words: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        main, weak = _entries(rules)
        self.full = _Automaton(main) if main else None
        # Short blocks are read once, for ordinary and very short triggers together.
        every = {key: main.get(key, []) + weak.get(key, []) for key in main.keys() | weak}
        self.short = _Automaton(every) if every else None
        base, _ = _entries([rule for rule in rules if rule.id not in gated])
        self.base = _Automaton(base, fast=True, words=words) if base or words else None
        self._by_language: dict[str, list[Rule]] = {}
        for rule in rules:
            for language in gated.get(rule.id, ()):
                self._by_language.setdefault(language, []).append(rule)
        self._automata: dict[str, _Automaton | None] = {}

    def for_language(self, language: str) -> _Automaton | None:
        """The automaton over one language's own rules, built on first need."""
        if language not in self._automata:
            main, _ = _entries(self._by_language.get(language, ()))
            self._automata[language] = _Automaton(main, fast=True) if main else None
        return self._automata[language]

    def scan(
        self,
        lowered_blocks: Sequence[str],
        numbers: Iterable[int],
        languages: frozenset[str] | None,
        found: dict[int, dict[str, Rule]],
    ) -> None:
        """Add the rules of this kind whose triggers occur in the given blocks."""
        long_blocks, short_blocks = _by_length(lowered_blocks, numbers)
        if long_blocks:
            joined = _Joined.of(lowered_blocks, long_blocks)
            if languages is None:
                if self.full is not None:
                    self.full.scan(joined, found)
            else:
                if self.base is not None:
                    self.base.scan(joined, found)
                self.scan_languages(joined, languages, found)
        self.scan_short(lowered_blocks, short_blocks, found)

    def scan_languages(
        self, joined: _Joined, languages: frozenset[str], found: dict[int, dict[str, Rule]]
    ) -> None:
        """Add the rules of each of ``languages`` whose triggers occur in ``joined``."""
        for language in sorted(languages):
            automaton = self.for_language(language)
            if automaton is not None:
                automaton.scan(joined, found)

    def scan_short(
        self,
        lowered_blocks: Sequence[str],
        short_blocks: Sequence[int],
        found: dict[int, dict[str, Rule]],
    ) -> None:
        """Add the rules of every language whose triggers occur in short blocks."""
        if short_blocks and self.short is not None:
            self.short.scan(_Joined.of(lowered_blocks, short_blocks), found)


def _by_length(
    lowered_blocks: Sequence[str], numbers: Iterable[int]
) -> tuple[list[int], list[int]]:
    """Split block numbers into long blocks and short ones (buttons, labels)."""
    long_blocks: list[int] = []
    short_blocks: list[int] = []
    for number in numbers:
        short = len(lowered_blocks[number]) <= SHORT_BLOCK_CHARS
        (short_blocks if short else long_blocks).append(number)
    return long_blocks, short_blocks


def _ordered(found: dict[int, dict[str, Rule]]) -> dict[int, list[Rule]]:
    """Each block's rules, in id order (``found`` is emptied on the way, to bound memory)."""
    ordered: dict[int, list[Rule]] = {}
    for block in list(found):
        rules = found.pop(block)
        ordered[block] = [rules[key] for key in sorted(rules)]
    return ordered


class RuleIndex:
    """All triggers of a rule set in Aho-Corasick automata, and the rules behind each.

    One pass over the lowercased text finds every trigger occurrence (overlapping ones
    too), so the cost grows linearly with the input whatever the number of rules. Each
    kind of rule has automata of its own, so that cues and counter-evidence are only
    looked for near where they can matter. Long blocks are read by an automaton holding
    only the rules of the languages the document can be in (English and
    language-neutral rules always); short blocks (buttons, labels) by one holding every
    rule, plus the very short triggers ("x", "ok", "|") that would match everywhere in
    prose.
    """

    def __init__(self, rules: Iterable[Rule], gate: LanguageGate | None = None) -> None:
        self.rules = tuple(rules)
        self._gate = gate
        # Languages a rule is gated on; rules for every language, or for a language the
        # gate does not know, always run.
        gated: dict[str, frozenset[str]] = {}
        if gate is not None:
            for rule in self.rules:
                languages = frozenset(rule.languages)
                if "*" not in languages and languages <= gate.known:
                    gated[rule.id] = languages
        self._gated = gated
        words = gate.word_keys() if gate is not None else {}
        self._kinds = {
            kind: _KindIndex(
                [rule for rule in self.rules if rule.kind == kind],
                gated,
                words if kind == "anchor" else None,
            )
            for kind in KINDS
        }

    def spoken(self, gated: frozenset[str] | None) -> frozenset[str]:
        """The languages a document may be in: those its gate let in and the references.

        ``gated``: what :meth:`anchors` said (None: nothing tells, so none).
        """
        if gated is None or self._gate is None:
            return frozenset()
        return gated | self._gate.references

    def languages(self, lowered_blocks: Sequence[str]) -> frozenset[str] | None:
        """The gated languages the long blocks can be in (None: no gate, or no long block)."""
        if self._gate is None:
            return None
        text = "\n".join(block for block in lowered_blocks if len(block) > SHORT_BLOCK_CHARS)
        if not text:  # only labels and buttons: nothing tells the languages
            return None
        return self._gate.allowed(text) or frozenset()

    def anchors(
        self, lowered_blocks: Sequence[str]
    ) -> tuple[dict[int, list[Rule]], frozenset[str] | None]:
        """The anchor candidates of a document, and the gated languages it can be in.

        One pass over the long blocks finds the anchors every document needs and the
        function words that tell its languages; then each of those languages' own
        anchors are looked for. Short blocks are read for every language's anchors.
        """
        if self._gate is None:
            return self.candidates(lowered_blocks, ("anchor",)), None
        kind = self._kinds["anchor"]
        long_blocks, short_blocks = _by_length(lowered_blocks, range(len(lowered_blocks)))
        found: dict[int, dict[str, Rule]] = {}
        languages: frozenset[str] | None = None
        if long_blocks:
            # Joined once: read for the anchors, the function words and the languages.
            joined = _Joined.of(lowered_blocks, long_blocks)
            spoken: set[str] = set()
            if kind.base is not None:
                kind.base.scan(joined, found, spoken)
            languages = self._gate.allowed(joined.text, spoken) or frozenset()
            kind.scan_languages(joined, languages, found)
        kind.scan_short(lowered_blocks, short_blocks, found)
        self._drop_foreign_labels(lowered_blocks, short_blocks, languages, found)
        return _ordered(found), languages

    def _drop_foreign_labels(
        self,
        lowered_blocks: Sequence[str],
        short_blocks: Iterable[int],
        languages: frozenset[str] | None,
        found: dict[int, dict[str, Rule]],
    ) -> None:
        """Forget rules of languages the page is not in on its short ASCII lines.

        "Premium" or "Disney+" alone on a line of an English page is no Danish or Czech
        paywall badge, and a German subheading that starts with "Newsletter" no Spanish
        newsletter heading. A short line in another script, or with letters of its own,
        still shows its language and keeps its rules. A page without long blocks tells no
        language (``languages`` is ``None``): its bare labels are read with English and
        language-neutral rules only, so that cleaning an output again, whose long blocks
        may all be gone, never reads a label that the first pass kept.
        """
        languages = languages or frozenset()
        for number in short_blocks:
            rules = found.get(number)
            block = lowered_blocks[number]
            # Long blocks were read only with the page's languages' rules already.
            if not rules or len(block) > SHORT_BLOCK_CHARS:
                continue
            if not _BARE_LABEL.match(block):
                continue
            for rule_id in [
                rule_id
                for rule_id in rules
                if rule_id in self._gated and self._gated[rule_id].isdisjoint(languages)
            ]:
                del rules[rule_id]
            if not rules:
                del found[number]

    def candidates(
        self,
        lowered_blocks: Sequence[str],
        kinds: Iterable[str] = KINDS,
        numbers: Iterable[int] | None = None,
        languages: frozenset[str] | None = None,
    ) -> dict[int, list[Rule]]:
        """Map each block holding a trigger to the rules to try there, in id order.

        Args:
            lowered_blocks: The document's blocks, lowercased.
            kinds: Which kinds of rule to look for.
            numbers: Which blocks to read (default: all).
            languages: From :meth:`languages` (default: worked out here).
        """
        if languages is None:
            languages = self.languages(lowered_blocks)
        where = list(range(len(lowered_blocks)) if numbers is None else numbers)
        found: dict[int, dict[str, Rule]] = {}
        for kind in kinds:
            self._kinds[kind].scan(lowered_blocks, where, languages, found)
        self._drop_foreign_labels(lowered_blocks, where, languages, found)
        return _ordered(found)


def _entries(rules: Iterable[Rule]) -> tuple[_Entries, _Entries]:
    """Trigger keys and the rules behind them: ordinary ones, and very short ones."""
    by_trigger: dict[str, list[Rule]] = {}
    for rule in rules:
        for trigger in rule.triggers:
            by_trigger.setdefault(trigger, []).append(rule)
    main: _Entries = {}
    weak: _Entries = {}
    for trigger, found in by_trigger.items():
        key = trigger.strip()
        word_start, word_end = _word_bounds(trigger)
        table = weak if _is_weak(key) else main
        table.setdefault(key, []).append((tuple(found), word_start, word_end))
    return main, weak


_Entries = dict[str, list[tuple[tuple[Rule, ...], bool, bool]]]


def _is_weak(key: str) -> bool:
    """Whether a trigger is too common to look for outside short blocks."""
    if len(key) < WEAK_TRIGGER_CHARS and key.isalpha():
        return True
    return len(key) == 1 and key in _WEAK_SYMBOLS


class _Automaton:
    """Aho-Corasick over trigger keys, remembering the entries behind each key."""

    def __init__(
        self,
        entries: _Entries,
        fast: bool = False,
        words: Mapping[str, frozenset[str]] | None = None,
    ) -> None:
        words = words or {}
        keys = sorted(set(entries) | set(words))
        self.values = [tuple(entries.get(key, ())) for key in keys]
        # Function words (" der ") found in the same pass say which languages are spoken.
        self.words = [key if key in words else None for key in keys]
        # A DFA scans three times faster than the default NFA but takes far more memory:
        # only the automata that read whole documents are built as one.
        implementation = ahocorasick_rs.Implementation.DFA if fast else None
        self.matcher = ahocorasick_rs.AhoCorasick(
            keys, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=implementation
        )

    def scan(
        self,
        joined: _Joined,
        found: dict[int, dict[str, Rule]],
        spoken: set[str] | None = None,
    ) -> None:
        """Add the rules whose triggers occur in the joined blocks to ``found``.

        The function words that occur (keys of ``words``) are added to ``spoken``, when given.
        """
        numbers, text, starts = joined
        if not numbers:
            return
        size = len(text)
        done: set[int] = set()  # keys already taken whole in the current block
        block = 0
        next_start = starts[1] if len(starts) > 1 else size + 1
        for key, start, end in self._matches(joined):
            if start >= next_start:  # matches come in text order: walk the blocks
                done.clear()
                while start >= next_start:
                    block += 1
                    next_start = starts[block + 1] if block + 1 < len(starts) else size + 1
            if key in done:
                continue
            word = self.words[key]
            if word is not None and spoken is not None:
                spoken.add(word)
            taken = 0
            entries = self.values[key]
            for rules, word_start, word_end in entries:
                if word_start and start > 0 and text[start - 1].isalpha():
                    continue
                if word_end and end < size and text[end].isalpha():
                    continue
                bucket = found.setdefault(numbers[block], {})
                for rule in rules:
                    bucket[rule.id] = rule
                taken += 1
            if taken == len(entries):
                done.add(key)

    def _matches(self, joined: _Joined) -> Iterator[tuple[int, int, int]]:
        """Every trigger match in ``joined.text`` (key, start, end), in text order.

        The text is read in runs of whole blocks of about ``SCAN_CHUNK_CHARS``: a match
        never spans a line break, and the matches of a 10 MB text at once would take
        hundreds of MB.
        """
        text, starts = joined.text, joined.starts
        first = 0
        while first < len(starts):
            offset = starts[first]
            last = bisect.bisect_left(starts, offset + SCAN_CHUNK_CHARS, lo=first + 1)
            end = starts[last] - 1 if last < len(starts) else len(text)
            piece = text[offset:end]
            try:
                found = self.matcher.find_matches_as_indexes(piece, overlapping=True)
            except UnicodeEncodeError:  # lone surrogates: same length, nothing to match there
                found = self.matcher.find_matches_as_indexes(
                    LONE_SURROGATE.sub("\ufffd", piece), overlapping=True
                )
            for key, start, stop in found:
                yield key, start + offset, stop + offset
            first = last


class _Joined(NamedTuple):
    """Some blocks of a document joined by line breaks, as the automata read them.

    Attributes:
        numbers: The blocks' numbers, in order.
        text: Their lowercased texts joined by ``"\\n"``.
        starts: Where each block starts in ``text``.
    """

    numbers: Sequence[int]
    text: str
    starts: list[int]

    @classmethod
    def of(cls, lowered_blocks: Sequence[str], numbers: Sequence[int]) -> _Joined:
        """Join the given blocks (in the order given)."""
        starts = []
        offset = 0
        for number in numbers:
            starts.append(offset)
            offset += len(lowered_blocks[number]) + 1
        return cls(numbers, "\n".join([lowered_blocks[number] for number in numbers]), starts)


def _word_bounds(trigger: str) -> tuple[bool, bool]:
    """Whether a trigger must start a word, and whether it must end one.

    A leading or trailing space in a trigger asks for a word boundary there (" app "
    is the word "app", not "happen"). Without one, very short triggers in scripts that
    separate words get boundaries anyway: up to four letters must start a word, up to
    two must be the whole word. Longer ones may sit anywhere (German compounds).
    """
    core = trigger.strip()
    if not core:
        return False, False
    spaced_start = bool(_SPACED_LETTER.match(core[0]))
    spaced_end = bool(_SPACED_LETTER.match(core[-1]))
    return (
        trigger.startswith(" ") or (spaced_start and len(core) <= WORD_START_CHARS),
        trigger.endswith(" ") or (spaced_end and len(core) <= WHOLE_WORD_CHARS),
    )


@functools.cache
def rule_index() -> RuleIndex:
    """The index over all bundled rules, built once per process."""
    return RuleIndex(load_rules(), language_gate())
