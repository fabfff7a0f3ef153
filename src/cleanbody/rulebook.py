"""Rules as data: loading, validation, and the one-pass trigger index that finds candidates.

A rule lives in ``data/rules/<language>.toml`` as a ``[[rule]]`` table::

    [[rule]]
    id = "EN-AP01"                       # stable; never reused
    name = "appeal.message_from"         # category.what
    category = "appeal"
    kind = "anchor"                      # anchor | cue | counter
    triggers = ["a message from"]        # lowercase literals; one must occur
    pattern = '''^a message from (?P<publisher>.{2,60}?):?$'''
    description = "Heading that opens a publisher's appeal box."
    remove = ["A Message from The Moscow Times:"]
    keep = ["He read a message from the mayor aloud."]

``weight`` defaults by kind (anchor 4, cue 1.5, counter -6); ``insert = true`` marks a
one-block widget ("Read more: ...") that is judged alone, never merged with neighbours.
A named group ``publisher`` reports the organisation the boilerplate names.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Final, NamedTuple

import ahocorasick_rs
import regex

from cleanbody.config import CATEGORIES
from cleanbody.literals import ALWAYS, checker, checks, requirement

__all__ = [
    "KINDS",
    "Rule",
    "RuleError",
    "RuleIndex",
    "list_rules",
    "load_rules",
    "rule_index",
]

KINDS: Final = ("anchor", "cue", "counter")
_DEFAULT_WEIGHT: Final = {"anchor": 4.0, "cue": 1.5, "counter": -6.0}
#: Standalone inserts must clear the balanced insert threshold on their own.
_DEFAULT_INSERT_WEIGHT: Final = 5.5
_ID: Final = regex.compile(r"^[A-Z]{2,3}-[A-Z]{2}\d{2}$")
_NAME: Final = regex.compile(r"^[a-z]+\.[a-z0-9_]+$")
#: Words this short ("x", "ok") occur everywhere; they only count in short blocks...
WEAK_TRIGGER_CHARS: Final = 3
#: ...the size of a button or a share bar, not of a paragraph.
SHORT_BLOCK_CHARS: Final = 60
#: Separators used as triggers by breadcrumb and label rules; as common as short words.
_WEAK_SYMBOLS: Final = frozenset(":|/›»>·•-–—")
#: Triggers up to this long must start a word...
WORD_START_CHARS: Final = 4
#: ...and up to this long must be a whole word (in scripts that separate words).
WHOLE_WORD_CHARS: Final = 2
#: Literal checks worth making before a start-anchored branch (see Rule.search).
_MAX_ANCHORED_CHECKS: Final = 3
_SURROGATE: Final = regex.compile(r"[\ud800-\udfff]")
_SPACED_LETTER: Final = regex.compile(r"[\p{Latin}\p{Cyrillic}\p{Greek}]")
_CLINGING: Final = (
    "\n", "\t", ",", ".", ":", ";", "!", "?", "(", ")", '"', "«", "»", "“", "”", "„",
)
#: Counter-evidence is evidence *for* the article, so it carries this pseudo-category.
ARTICLE: Final = "article"


class RuleError(ValueError):
    """A rule file is malformed; the message names the file, the rule and the fix."""


class _Branch(NamedTuple):
    """One top-level alternative of a rule's pattern, ready to search."""

    search: Callable[[str], regex.Match[str] | None]
    #: Whether a lowercased block holds the literals every match needs (None: no check).
    required: Callable[[str], bool] | None
    #: The branch without IGNORECASE, for lowercased text (None: the pattern needs case).
    prefilter: Callable[[str], regex.Match[str] | None] | None


@dataclass(frozen=True)
class Rule:
    """One named, tested pattern.

    Attributes:
        id: Stable identifier, ``<LANG>-<CATEGORY><NN>`` (``EN-AP01``); never reused.
        name: Dotted name, ``category.what``.
        category: One of :data:`cleanbody.CATEGORIES` (``article`` for counter rules).
        kind: ``anchor`` (high precision), ``cue`` (supporting) or ``counter`` (article).
        languages: ISO 639-1 codes, or ``("*",)`` for language-neutral rules.
        weight: Evidence the rule adds to a block when it fires.
        triggers: Lowercase literals; the pattern is only tried where one occurs.
        pattern: Regular expression (``regex`` module, case-insensitive), searched in a
            stripped block.
        description: One line saying what the rule finds.
        remove: Blocks the rule must fire on.
        keep: Blocks the rule must not fire on.
        insert: A one-block widget, judged alone rather than merged into a region.
    """

    id: str
    name: str
    category: str
    kind: str
    languages: tuple[str, ...]
    weight: float
    triggers: tuple[str, ...]
    pattern: str
    description: str
    remove: tuple[str, ...]
    keep: tuple[str, ...]
    insert: bool = False
    @functools.cached_property
    def compiled(self) -> regex.Pattern[str]:
        """The whole pattern, compiled case-insensitive.

        Patterns compile on first use: most rules never run on a given document, and
        compiling all of them would slow every start (each worker process pays it).
        """
        return regex.compile(self.pattern, regex.IGNORECASE | regex.V0)

    @functools.cached_property
    def _searchers(self) -> tuple[_Branch, ...]:
        parts = _branches(self.pattern)
        try:
            compiled = [regex.compile(part, regex.IGNORECASE | regex.V0) for part in parts]
        except regex.error:  # a branch that only makes sense whole: keep the whole
            parts, compiled = [self.pattern], [self.compiled]
        case_free = _case_free(self.pattern)
        branches = []
        for part, branch in zip(parts, compiled, strict=True):
            required = requirement(part)
            # A branch anchored at the start fails in the regex engine at once; checking
            # its literals first only pays when they are few.
            worth = required != ALWAYS and (
                not part.startswith("^") or checks(required) <= _MAX_ANCHORED_CHECKS
            )
            branches.append(
                _Branch(
                    search=branch.search,
                    required=checker(required) if worth else None,
                    prefilter=regex.compile(part, regex.V0).search if case_free else None,
                )
            )
        return tuple(branches)

    def search(self, text: str, lowered: str | None = None) -> regex.Match[str] | None:
        """Return the leftmost match of this rule in ``text``, or ``None``.

        The pattern's top-level alternatives are searched one by one: the regex engine
        runs a long alternation of unlike branches several times slower than the
        branches apart. ``lowered`` (``text.lower()`` with single spaces), when given,
        lets each branch be skipped without a search when it lacks the literals every
        match of the branch contains, and lets case-free copies of the branches reject
        most of the rest before any case-insensitive search.
        """
        best: regex.Match[str] | None = None
        for branch in self._searchers:
            if lowered is not None:
                if branch.required is not None and not branch.required(lowered):
                    continue
                if branch.prefilter is not None and branch.prefilter(lowered) is None:
                    continue
            match = branch.search(text)
            if match is not None and (best is None or match.start() < best.start()):
                best = match
        return best

    def to_dict(self) -> dict[str, Any]:
        """Return the public description of this rule (no examples)."""
        return {
            "id": self.id,
            "name": self.name,
            "category": self.category,
            "kind": self.kind,
            "languages": list(self.languages),
            "weight": self.weight,
            "insert": self.insert,
            "description": self.description,
        }


_ESCAPES: Final = regex.compile(r"\\[pPN]\{[^}]*\}|\\.|\(\?-i:")


def _branches(pattern: str) -> list[str]:
    """Split a pattern at its top-level ``|`` (outside groups and character classes).

    >>> _branches(r"^a(?:b|c)$|[|]x|\\|y")
    ['^a(?:b|c)$', '[|]x', '\\\\|y']
    """
    parts: list[str] = []
    depth = 0
    start = 0
    index = 0
    in_class = False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # A ']' right after '[' or '[^' is a literal, not the end of the class.
            if pattern[index + 1 : index + 2] == "^":
                index += 1
            if pattern[index + 1 : index + 2] == "]":
                index += 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:index])
            start = index + 1
        index += 1
    parts.append(pattern[start:])
    return parts


def _case_free(pattern: str) -> bool:
    """Whether ``pattern`` means the same on lowercased text without IGNORECASE.

    True when no letter outside an escape is uppercase and no part turns case back on.
    """
    if "(?-i" in pattern:
        return False
    return not any(char.isupper() for char in _ESCAPES.sub("", pattern))


def _fail(source: str, rule_id: str, message: str) -> RuleError:
    return RuleError(f"{source}: rule {rule_id or '?'}: {message}")


def _as_strings(value: object, source: str, rule_id: str, key: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _fail(source, rule_id, f"'{key}' must be a list of strings")
    return tuple(value)


def _build_rule(raw: Mapping[str, Any], language: str, source: str, validate: bool) -> Rule:
    rule_id = str(raw.get("id", ""))
    if not _ID.match(rule_id):
        raise _fail(source, rule_id, "id must look like EN-AP01 (<LANG>-<CATEGORY><NN>)")
    kind = raw.get("kind", "cue")
    if kind not in KINDS:
        raise _fail(source, rule_id, f"kind must be one of {', '.join(KINDS)}")
    category = raw.get("category", ARTICLE if kind == "counter" else "")
    allowed = (ARTICLE,) if kind == "counter" else CATEGORIES
    if category not in allowed:
        raise _fail(source, rule_id, f"category must be one of {', '.join(allowed)}")
    name = str(raw.get("name", ""))
    if not _NAME.match(name):
        raise _fail(source, rule_id, "name must be dotted lowercase, like appeal.message_from")
    triggers = _as_strings(raw.get("triggers"), source, rule_id, "triggers")
    if not triggers or any(not t.strip() or t != t.lower() for t in triggers):
        raise _fail(source, rule_id, "triggers must be non-empty lowercase literals")
    pattern = raw.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise _fail(source, rule_id, "pattern must be a non-empty regular expression")
    if validate:
        try:
            regex.compile(pattern, regex.IGNORECASE | regex.V0)
        except regex.error as error:
            raise _fail(source, rule_id, f"pattern does not compile: {error}") from None
    insert = bool(raw.get("insert", False))
    default_weight = _DEFAULT_INSERT_WEIGHT if insert else _DEFAULT_WEIGHT[kind]
    languages = _as_strings(raw.get("languages", [language]), source, rule_id, "languages")
    unknown = set(raw) - {
        "id", "name", "category", "kind", "languages", "weight", "triggers",
        "pattern", "description", "remove", "keep", "insert",
    }
    if unknown:
        raise _fail(source, rule_id, f"unknown keys {sorted(unknown)}")
    return Rule(
        id=rule_id,
        name=name,
        category=category,
        kind=kind,
        languages=languages,
        weight=float(raw.get("weight", default_weight)),
        triggers=triggers,
        pattern=pattern,
        description=str(raw.get("description", "")),
        remove=_as_strings(raw.get("remove", []), source, rule_id, "remove"),
        keep=_as_strings(raw.get("keep", []), source, rule_id, "keep"),
        insert=insert,
    )


def parse_rules(text: str, source: str, validate: bool = True) -> list[Rule]:
    """Parse one TOML rule file; raise :class:`RuleError` on any malformed rule.

    ``validate=False`` leaves compiling the patterns to their first use; the bundled
    rules load that way (the test suite compiles every one of them).
    """
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise RuleError(f"{source}: not valid TOML: {error}") from None
    language = str(data.get("language", source.rsplit("/", 1)[-1].split(".", maxsplit=1)[0]))
    default_languages = ["*"] if language == "mul" else [language]
    rules = []
    for raw in data.get("rule", []):
        rules.append(
            _build_rule({"languages": default_languages, **raw}, language, source, validate)
        )
    return rules


@functools.cache
def load_rules() -> tuple[Rule, ...]:
    """Load every bundled rule, sorted by id; ids must be unique.

    >>> rules = load_rules()
    >>> len({rule.id for rule in rules}) == len(rules)
    True
    """
    rules: list[Rule] = []
    folder = resources.files("cleanbody") / "data" / "rules"
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if entry.name.endswith(".toml"):
            text = entry.read_text(encoding="utf-8")
            rules.extend(parse_rules(text, f"rules/{entry.name}", validate=False))
    seen: dict[str, Rule] = {}
    for rule in rules:
        if rule.id in seen:
            raise RuleError(f"rule id {rule.id} is used twice; give one of them a new id")
        seen[rule.id] = rule
    return tuple(sorted(rules, key=lambda rule: rule.id))


def list_rules() -> list[dict[str, Any]]:
    """Describe every rule, text and DOM: id, name, category, kind, languages, description.

    >>> any(rule["id"] == "EN-AP01" for rule in list_rules())
    True
    """
    from cleanbody.dom import dom_rule_dicts  # noqa: PLC0415  (dom imports this module)

    described = [rule.to_dict() for rule in load_rules()] + dom_rule_dicts()
    return sorted(described, key=lambda rule: rule["id"])


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
    path = resources.files("cleanbody") / "data" / "languages.toml"
    return LanguageGate(tomllib.loads(path.read_text(encoding="utf-8")))


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
        positions: Iterable[int],
        languages: frozenset[str] | None,
        found: dict[int, dict[str, Rule]],
    ) -> None:
        """Add the rules of this kind whose triggers occur in the given blocks."""
        long_blocks, short_blocks = _by_length(lowered_blocks, positions)
        if long_blocks:
            if languages is None:
                if self.full is not None:
                    self.full.scan(lowered_blocks, long_blocks, found)
            else:
                if self.base is not None:
                    self.base.scan(lowered_blocks, long_blocks, found)
                self.scan_languages(lowered_blocks, long_blocks, languages, found)
        self.scan_short(lowered_blocks, short_blocks, found)

    def scan_languages(
        self,
        lowered_blocks: Sequence[str],
        long_blocks: Sequence[int],
        languages: frozenset[str],
        found: dict[int, dict[str, Rule]],
    ) -> None:
        """Add the rules of each of ``languages`` whose triggers occur in long blocks."""
        for language in sorted(languages):
            automaton = self.for_language(language)
            if automaton is not None:
                automaton.scan(lowered_blocks, long_blocks, found)

    def scan_short(
        self,
        lowered_blocks: Sequence[str],
        short_blocks: Sequence[int],
        found: dict[int, dict[str, Rule]],
    ) -> None:
        """Add the rules of every language whose triggers occur in short blocks."""
        if short_blocks and self.short is not None:
            self.short.scan(lowered_blocks, short_blocks, found)


def _by_length(
    lowered_blocks: Sequence[str], positions: Iterable[int]
) -> tuple[list[int], list[int]]:
    """Split block positions into long blocks and short ones (buttons, labels)."""
    long_blocks: list[int] = []
    short_blocks: list[int] = []
    for position in positions:
        short = len(lowered_blocks[position]) <= SHORT_BLOCK_CHARS
        (short_blocks if short else long_blocks).append(position)
    return long_blocks, short_blocks


def _ordered(found: dict[int, dict[str, Rule]]) -> dict[int, list[Rule]]:
    """Each block's rules, in id order."""
    return {block: [rules[key] for key in sorted(rules)] for block, rules in found.items()}


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
        words = gate.word_keys() if gate is not None else {}
        self._kinds = {
            kind: _KindIndex(
                [rule for rule in self.rules if rule.kind == kind],
                gated,
                words if kind == "anchor" else None,
            )
            for kind in KINDS
        }

    def languages(self, lowered_blocks: Sequence[str]) -> frozenset[str] | None:
        """The gated languages the document's long blocks can be in; None: no gate."""
        if self._gate is None:
            return None
        text = "\n".join(block for block in lowered_blocks if len(block) > SHORT_BLOCK_CHARS)
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
            spoken: set[str] = set()
            if kind.base is not None:
                kind.base.scan(lowered_blocks, long_blocks, found, spoken)
            text = "\n".join(lowered_blocks[position] for position in long_blocks)
            languages = self._gate.allowed(text, spoken) or frozenset()
            kind.scan_languages(lowered_blocks, long_blocks, languages, found)
        kind.scan_short(lowered_blocks, short_blocks, found)
        return _ordered(found), languages

    def candidates(
        self,
        lowered_blocks: Sequence[str],
        kinds: Iterable[str] = KINDS,
        positions: Iterable[int] | None = None,
        languages: frozenset[str] | None = None,
    ) -> dict[int, list[Rule]]:
        """Map each block holding a trigger to the rules to try there, in id order.

        Args:
            lowered_blocks: The document's blocks, lowercased.
            kinds: Which kinds of rule to look for.
            positions: Which blocks to read (default: all).
            languages: From :meth:`languages` (default: worked out here).
        """
        if languages is None:
            languages = self.languages(lowered_blocks)
        where = list(range(len(lowered_blocks)) if positions is None else positions)
        found: dict[int, dict[str, Rule]] = {}
        for kind in kinds:
            self._kinds[kind].scan(lowered_blocks, where, languages, found)
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
        self.speakers = [words.get(key) for key in keys]
        # A DFA scans three times faster than the default NFA but takes far more memory:
        # only the automata that read whole documents are built as one.
        implementation = ahocorasick_rs.Implementation.DFA if fast else None
        self.matcher = ahocorasick_rs.AhoCorasick(
            keys, matchkind=ahocorasick_rs.MatchKind.Standard, implementation=implementation
        )

    def scan(
        self,
        lowered_blocks: Sequence[str],
        positions: Sequence[int],
        found: dict[int, dict[str, Rule]],
        spoken: set[str] | None = None,
    ) -> None:
        """Add the rules whose triggers occur in the given blocks to ``found``.

        Languages whose function words occur are added to ``spoken``, when given.
        """
        if not positions:
            return
        starts = []
        pieces = []
        offset = 0
        for position in positions:
            starts.append(offset)
            pieces.append(lowered_blocks[position])
            offset += len(lowered_blocks[position]) + 1
        joined = "\n".join(pieces)
        size = len(joined)
        try:
            matches = self.matcher.find_matches_as_indexes(joined, overlapping=True)
        except UnicodeEncodeError:  # lone surrogates: same length, nothing to match there
            matches = self.matcher.find_matches_as_indexes(
                _SURROGATE.sub("\ufffd", joined), overlapping=True
            )
        done: set[tuple[int, int]] = set()  # (block, key) pairs already taken whole
        block = 0
        next_start = starts[1] if len(starts) > 1 else size + 1
        for key, start, end in matches:
            while start >= next_start:  # matches come in text order: walk the blocks
                block += 1
                next_start = starts[block + 1] if block + 1 < len(starts) else size + 1
            if (block, key) in done:
                continue
            speakers = self.speakers[key]
            if speakers is not None and spoken is not None:
                spoken |= speakers
            taken = 0
            entries = self.values[key]
            for rules, word_start, word_end in entries:
                if word_start and start > 0 and joined[start - 1].isalpha():
                    continue
                if word_end and end < size and joined[end].isalpha():
                    continue
                bucket = found.setdefault(positions[block], {})
                for rule in rules:
                    bucket[rule.id] = rule
                taken += 1
            if taken == len(entries):
                done.add((block, key))


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
