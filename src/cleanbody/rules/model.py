"""The rule model: a rule is data, loaded from a TOML file and validated as it loads.

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

``weight`` defaults by kind (anchor 4, cue 1.5, counter -6); ``standalone = true`` marks a
one-line widget ("Read more: ...") that is judged alone, never merged with neighbours;
``opens = true`` marks a widget's opening line ("To you who read this far"): nothing above
it is the widget's.
A named group ``publisher`` reports the organisation the boilerplate names.
"""

from __future__ import annotations

import functools
import os
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Final, Literal, NamedTuple

import regex

from cleanbody.config import (
    CATEGORIES,
    DEFAULT_STANDALONE_WEIGHT,
    MAX_ANCHORED_CHECKS,
    RULE_WINDOW_CHARS,
)
from cleanbody.rules.literals import ALWAYS, checker, checks, requirement

__all__ = [
    "ARTICLE",
    "KINDS",
    "Kind",
    "Rule",
    "RuleError",
    "list_rules",
    "load_rules",
    "parse_rules",
]

#: anchor: high precision, can justify a removal; cue: supporting evidence, never enough
#: alone; counter: a sign of article text.
Kind = Literal["anchor", "cue", "counter"]
KINDS: Final = ("anchor", "cue", "counter")
#: The two letters after the language in a rule id name its category (``EN-AP01``: appeal).
CATEGORY_CODES: Final = {
    "AP": "appeal",
    "PW": "paywall",
    "NL": "newsletter",
    "SO": "social",
    "SH": "share",
    "CK": "cookie",
    "RE": "related",
    "AD": "ad",
    "LG": "legal",
    "UI": "ui",
    "CM": "comments",
    "AA": "app",
    "AU": "audio",
    "NV": "navigation",
    "CT": "article",
}
_DEFAULT_WEIGHT: Final = {"anchor": 4.0, "cue": 1.5, "counter": -6.0}
_ID: Final = regex.compile(r"^[A-Z]{2,3}-[A-Z]{2}\d{2}$")
_ID_LINE: Final = regex.compile(r"""^\s*id\s*=\s*["']([^"']+)["']""")
_NAME: Final = regex.compile(r"^[a-z]+\.[a-z0-9_]+$")
#: Counter-evidence is evidence *for* the article, so it carries this pseudo-category.
ARTICLE: Final = "article"


class RuleError(ValueError):
    """A rule file is malformed; the message names the file, the rule and the fix."""


class _Branch(NamedTuple):
    """One top-level alternative of a rule's pattern, ready to search."""

    search: Callable[..., regex.Match[str] | None]
    #: Whether the branch is tied to the start or the end of the block (a whole-line widget).
    anchored: bool
    #: Whether a lowercased block holds the literals every match needs (None: no check).
    required: Callable[[str], bool] | None
    #: The branch without IGNORECASE, for lowercased text (None: the pattern needs case).
    prefilter: Callable[[str], regex.Match[str] | None] | None


def _search_windows(
    search: Callable[..., regex.Match[str] | None], text: str
) -> regex.Match[str] | None:
    """The leftmost match in overlapping windows: a match up to a window's half is found.

    Each window is searched alone, so a pattern that backtracks badly costs at most its
    price on one window, times the number of windows: linear in the length of ``text``.
    """
    step = RULE_WINDOW_CHARS // 2
    for start in range(0, len(text), step):
        match = search(text, start, min(start + RULE_WINDOW_CHARS, len(text)))
        if match is not None:
            return match
        if start + RULE_WINDOW_CHARS >= len(text):
            break
    return None


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
        standalone: A one-line widget ("Read more: ...", "ADVERTISEMENT"), judged alone
            wherever it sits rather than merged into a region.
        opens: The line a widget opens with ("To you who read this far"): no region
            grows over it from above, and no body is looked for above it.
        source: The file the rule was read from (``rules/en.toml``).
        line: The line of its ``id`` in that file.
    """

    id: str
    name: str
    category: str
    kind: Kind
    languages: tuple[str, ...]
    weight: float
    triggers: tuple[str, ...]
    pattern: str
    description: str
    remove: tuple[str, ...]
    keep: tuple[str, ...]
    standalone: bool = False
    opens: bool = False
    source: str = field(default="", compare=False)
    line: int = field(default=0, compare=False)

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
                not part.startswith("^") or checks(required) <= MAX_ANCHORED_CHECKS
            )
            branches.append(
                _Branch(
                    search=branch.search,
                    anchored=part.startswith("^") or part.endswith("$"),
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
        most of the rest before any case-insensitive search. A block longer than
        ``RULE_WINDOW_CHARS`` (paragraphs joined without line breaks) is read in
        overlapping windows, so that no pattern costs more than linear time on it.
        """
        best: regex.Match[str] | None = None
        for branch in self._searchers:
            if lowered is not None:
                if branch.required is not None and not branch.required(lowered):
                    continue
                if branch.prefilter is not None and branch.prefilter(lowered) is None:
                    continue
            if len(text) <= RULE_WINDOW_CHARS:
                match = branch.search(text)
            elif branch.anchored:
                continue  # a whole-line widget is never this long
            else:
                match = _search_windows(branch.search, text)
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
            "standalone": self.standalone,
            "opens": self.opens,
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


def _check_names(rule_id: str, name: str, category: str, language: str, source: str) -> None:
    """The id names the file's language and the category; the name starts with it."""
    prefix, code = rule_id.split("-", maxsplit=1)
    if prefix.lower() != language:
        raise _fail(
            source, rule_id, f"id must start with {language.upper()}- in the {language} file"
        )
    if CATEGORY_CODES.get(code[:2]) != category:
        expected = next((c for c, cat in CATEGORY_CODES.items() if cat == category), "?")
        raise _fail(source, rule_id, f"category {category} takes the code {expected} in the id")
    if not _NAME.match(name):
        raise _fail(source, rule_id, "name must be dotted lowercase, like appeal.message_from")
    if name.split(".", maxsplit=1)[0] != category:
        raise _fail(source, rule_id, f"name must start with its category: {category}.<what>")


def _build_rule(
    raw: Mapping[str, Any], language: str, source: str, validate: bool, line: int = 0
) -> Rule:
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
    _check_names(rule_id, name, category, language, source)
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
    # "insert" is the key's old name, read still so that older rule files load.
    standalone = bool(raw.get("standalone", raw.get("insert", False)))
    default_weight = DEFAULT_STANDALONE_WEIGHT if standalone else _DEFAULT_WEIGHT[kind]
    languages = _as_strings(raw.get("languages", [language]), source, rule_id, "languages")
    unknown = set(raw) - {
        "id",
        "name",
        "category",
        "kind",
        "languages",
        "weight",
        "triggers",
        "pattern",
        "description",
        "remove",
        "keep",
        "standalone",
        "insert",
        "opens",
    }
    if unknown:
        raise _fail(source, rule_id, f"unknown keys {sorted(unknown)}")
    remove = _as_strings(raw.get("remove", []), source, rule_id, "remove")
    keep = _as_strings(raw.get("keep", []), source, rule_id, "keep")
    if not remove or not keep:
        raise _fail(
            source,
            rule_id,
            "needs examples of both kinds: 'remove' (blocks it must fire on) "
            "and 'keep' (article blocks it must leave)",
        )
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
        remove=remove,
        keep=keep,
        standalone=standalone,
        opens=bool(raw.get("opens", False)),
        source=source,
        line=line,
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
    id_lines = {
        match.group(1): number
        for number, text_line in enumerate(text.splitlines(), start=1)
        if (match := _ID_LINE.match(text_line))
    }
    return [
        _build_rule(
            {"languages": default_languages, **raw},
            language,
            source,
            validate,
            id_lines.get(str(raw.get("id", "")), 0),
        )
        for raw in data.get("rule", [])
    ]


#: A folder laid out like ``cleanbody/rules/data`` (``languages.toml``, ``dom_rules.toml``,
#: ``rules/*.toml``), read instead of the bundled data: for trying a language or a rule
#: set without installing anything.
DATA_ENVIRONMENT_VARIABLE: Final = "CLEANBODY_RULES_DIR"


def data_folder() -> Traversable:
    """The rule data in use: ``$CLEANBODY_RULES_DIR`` if set, else the bundled folder."""
    chosen = os.environ.get(DATA_ENVIRONMENT_VARIABLE)
    if chosen:
        folder = Path(chosen)
        if not (folder / "rules").is_dir():
            raise RuleError(
                f"{DATA_ENVIRONMENT_VARIABLE}={chosen}: no 'rules' folder there; point it at "
                "a copy of cleanbody/rules/data"
            )
        return folder
    return resources.files("cleanbody.rules") / "data"


@functools.cache
def load_rules() -> tuple[Rule, ...]:
    """Load every bundled rule, sorted by id; ids must be unique.

    >>> rules = load_rules()
    >>> len({rule.id for rule in rules}) == len(rules)
    True
    """
    rules: list[Rule] = []
    folder = data_folder() / "rules"
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

    >>> {"EN-AP01", "DOM-AP01", "MODEL-appeal", "MD-LINK-appeal", "HTML-LINK-appeal",
    ...  "SITE-REPEAT"} <= {rule["id"] for rule in list_rules()}
    True
    """
    from cleanbody.rules.dom import dom_rule_dicts  # noqa: PLC0415  (dom imports this module)
    from cleanbody.rules.learned import (  # noqa: PLC0415  (imports this module)
        model_rule_dicts,
        shaped_rule_dicts,
        site_rule_dict,
        tip_rule_dict,
    )
    from cleanbody.text.amounts import amounts_rule_dicts  # noqa: PLC0415  (imports this)
    from cleanbody.text.head import head_rule_dicts  # noqa: PLC0415  (imports this)
    from cleanbody.text.lists import list_rule_dicts  # noqa: PLC0415  (imports this)
    from cleanbody.text.markdown import markdown_rule_dicts  # noqa: PLC0415  (imports this)
    from cleanbody.text.regions import box_rule_dicts  # noqa: PLC0415  (imports this)
    from cleanbody.text.tags import tags_rule_dicts  # noqa: PLC0415  (imports this)
    from cleanbody.text.toolbar import toolbar_rule_dicts  # noqa: PLC0415  (imports this)

    described = [rule.to_dict() for rule in load_rules()] + dom_rule_dicts() + model_rule_dicts()
    described += markdown_rule_dicts() + markdown_rule_dicts("HTML")
    described.append(site_rule_dict())
    described += head_rule_dicts() + amounts_rule_dicts() + box_rule_dicts()
    described += toolbar_rule_dicts() + list_rule_dicts() + tags_rule_dicts()
    described += shaped_rule_dicts()
    described.append(tip_rule_dict())
    return sorted(described, key=lambda rule: rule["id"])
