"""DOM prune rules: containers whose names mark boilerplate, removed before extraction.

A rule lives in ``data/dom_rules.toml`` as a ``[[rule]]`` table::

    [[rule]]
    id = "DOM-AP01"                      # stable; never reused
    name = "appeal.donate_box"           # category.what
    category = "appeal"
    tokens = ["donate", "donat*", "support us"]
    unless = ["story"]                   # a name with one of these tokens is not matched
    max_chars = 2500                     # a container with more text is article, not a box
    description = "Donation boxes and buttons."
    remove = ['class="donate-box"']      # attribute strings the rule must match
    keep = ['id="donation-story"']       # attribute strings it must not match

Names are matched by *tokens*, not substrings: ``class="supported-browsers"`` splits into
``supported`` and ``browsers`` and so never matches ``support``. Each class name, the id,
the role, the aria-label and each ``data-*`` attribute is one *name*, split at
non-alphanumerics and camelCase humps; a rule's token sequence must occur inside one name.
A token ending in ``*`` matches as a prefix (``donat*``: donate, donation, donations); a
sequence starting with ``=`` must be the whole name (``=follow`` matches ``follow`` but not
``follow-up``).
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

import regex
from lxml import etree
from lxml.html import HtmlElement

from cleanbody.config import MAX_CACHED_VALUE_CHARS, MAX_DATA_VALUE_CHARS
from cleanbody.rules.model import data_folder

__all__ = [
    "DomRule",
    "DomRuleError",
    "DomRuleFile",
    "LinkRule",
    "attributes_of",
    "container_pattern",
    "dom_rule_dicts",
    "element_names",
    "joined_name",
    "load_dom_rules",
    "load_link_rules",
    "match_names",
    "names_of",
    "parse_attributes",
    "parse_dom_rules",
    "tokenise",
]

_ID: Final = regex.compile(r"^DOM-[A-Z]{2}\d{2}$")
_NAME: Final = regex.compile(r"^[a-z]+\.[a-z0-9_]+$")
_HUMP: Final = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_TOKEN: Final = regex.compile(r"[^\W_]+")
_ATTRIBUTE: Final = regex.compile(r"""([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
# Every attribute of an element in one walk (each result knows its attribute's name).
_ATTRIBUTES: Final = etree.XPath("@*")


class DomRuleError(ValueError):
    """The DOM rule file is malformed; the message names the rule and the fix."""


def _describe(rule_id: str, name: str, category: str, description: str) -> dict[str, Any]:
    """The public description of a DOM rule, with the keys of ``Rule.to_dict()``."""
    return {
        "id": rule_id,
        "name": name,
        "category": category,
        "kind": "dom",
        "languages": ["*"],
        "weight": 0.0,
        "standalone": False,
        "opens": False,
        "description": description,
    }


@dataclass(frozen=True)
class DomRule:
    """One named container pattern.

    Attributes:
        id: Stable identifier, ``DOM-<CATEGORY><NN>`` (``DOM-AP01``); never reused.
        name: Dotted name, ``category.what``.
        category: One of :data:`cleanbody.CATEGORIES`.
        tokens: Token sequences; one must occur inside one name of the element.
        unless: Tokens that veto a name (``donation-story`` is a story, not a box).
        max_chars: A matching element with more text than this is left alone.
        description: One line saying what the rule finds.
        remove: Attribute strings the rule must match.
        keep: Attribute strings the rule must not match.
    """

    id: str
    name: str
    category: str
    tokens: tuple[tuple[str, ...], ...]
    unless: frozenset[str]
    max_chars: int
    description: str
    remove: tuple[str, ...]
    keep: tuple[str, ...]

    def matches(self, names: Iterable[tuple[str, ...]]) -> bool:
        """Whether one of the element's tokenised ``names`` holds one of the sequences.

        >>> rule = next(rule for rule in load_dom_rules() if rule.id == "DOM-AP01")
        >>> rule.matches([("donate", "box")]), rule.matches([("donation", "story")])
        (True, False)
        """
        pattern = _rule_pattern(self.tokens)
        return any(
            not self.unless.intersection(name) and pattern.search(joined_name(name))
            for name in names
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the public description, with the keys of ``Rule.to_dict()``."""
        return _describe(self.id, self.name, self.category, self.description)


@dataclass(frozen=True)
class LinkRule:
    """A block that is nothing but one link to a sign-up or donation service.

    Attributes:
        id: Stable identifier, ``DOM-<CATEGORY><NN>``; never reused.
        name: Dotted name, ``category.what``.
        category: One of :data:`cleanbody.CATEGORIES`.
        hrefs: Lowercase substrings of the link target (``eepurl.com``, ``/donate``).
        max_chars: A longer block is article text that happens to link there.
        description: One line saying what the rule finds.
        remove: Link targets the rule must match.
        keep: Link targets it must not match.
    """

    id: str
    name: str
    category: str
    hrefs: tuple[str, ...]
    max_chars: int
    description: str
    remove: tuple[str, ...]
    keep: tuple[str, ...]

    def matches(self, href: str) -> bool:
        """Whether the link target is one of this rule's services.

        >>> rule = next(rule for rule in load_link_rules() if rule.id == "DOM-NL02")
        >>> rule.matches("http://eepurl.com/abc"), rule.matches("https://example.com/")
        (True, False)
        """
        lowered = href.lower()
        return any(marker in lowered for marker in self.hrefs)

    def to_dict(self) -> dict[str, Any]:
        """Return the public description, with the keys of ``Rule.to_dict()``."""
        return _describe(self.id, self.name, self.category, self.description)


def joined_name(name: tuple[str, ...]) -> str:
    """A name as one string with a space around every token, for the sequence patterns."""
    return f" {' '.join(name)} "


def _sequence_pattern(sequence: tuple[str, ...]) -> str:
    whole = sequence[0].startswith("=")
    parts = []
    for token in sequence:
        bare = token.lstrip("=")
        prefix = bare.endswith("*")
        parts.append(regex.escape(bare[:-1]) + "[^ ]*" if prefix else regex.escape(bare))
    body = " " + " ".join(parts) + " "
    return f"^{body}$" if whole else body


@functools.cache
def _rule_pattern(sequences: tuple[tuple[str, ...], ...]) -> regex.Pattern[str]:
    """One regex for a set of token sequences, searched in a :func:`joined_name` name."""
    return regex.compile("|".join(_sequence_pattern(sequence) for sequence in sequences))


def tokenise(value: str) -> tuple[str, ...]:
    """Split one name into lowercase tokens at non-alphanumerics and camelCase humps.

    >>> tokenise("newsletterSignup-box2")
    ('newsletter', 'signup', 'box2')
    """
    if len(value) > MAX_CACHED_VALUE_CHARS:  # a long value is split every time, never kept
        return _split_name(value)
    return _cached_split(value)


@functools.lru_cache(maxsize=8192)
def _cached_split(value: str) -> tuple[str, ...]:
    return _split_name(value)


def _split_name(value: str) -> tuple[str, ...]:
    return tuple(token.lower() for token in _TOKEN.findall(_HUMP.sub(" ", value)))


def names_of(attributes: Iterable[tuple[str, str]]) -> Iterator[tuple[str, ...]]:
    """The names an element's attributes give it, each split into tokens."""
    for key, value in attributes:
        if key == "class":
            for part in value.split():
                yield tokenise(part)
        elif key in {"id", "role", "aria-label"}:
            yield tokenise(value)
        elif key.startswith("data-"):
            yield tokenise(key[5:])
            if value and len(value) <= MAX_DATA_VALUE_CHARS:
                yield tokenise(value)


def element_names(element: HtmlElement) -> list[tuple[str, ...]]:
    """Return the tokenised names of an element: class names, id, role, aria-label, data-*.

    >>> from lxml.html import fragment_fromstring
    >>> element_names(fragment_fromstring('<div class="a-b C" data-x="y z">t</div>'))
    [('a', 'b'), ('c',), ('x',), ('y', 'z')]
    """
    return [name for name in names_of(attributes_of(element)) if name]


def attributes_of(element: HtmlElement) -> list[tuple[str, str]]:
    """An element's attributes as ``(name, value)`` pairs, in time linear in their number.

    ``element.items()`` looks every value up again by its name, which is quadratic on an
    element with thousands of attributes (D4); one XPath walk reads each attribute once.

    >>> from lxml.html import fragment_fromstring
    >>> attributes_of(fragment_fromstring('<div id="a" class="b c">t</div>'))
    [('id', 'a'), ('class', 'b c')]
    """
    found = _ATTRIBUTES(element)
    if not isinstance(found, list):
        return []
    return [
        (str(value.attrname), str(value))
        for value in found
        if isinstance(value, etree._ElementUnicodeResult)
    ]


def parse_attributes(text: str) -> list[tuple[str, ...]]:
    """Tokenise the names in an attribute string such as ``class="a b" id="c"``.

    >>> parse_attributes('class="support-us wide" id=\\'x\\'')
    [('support', 'us'), ('wide',), ('x',)]
    """
    pairs = [
        (match.group(1).lower(), match.group(2) or match.group(3) or "")
        for match in _ATTRIBUTE.finditer(text)
    ]
    return [name for name in names_of(pairs) if name]


def match_names(names: list[tuple[str, ...]], rules: Iterable[DomRule]) -> DomRule | None:
    """Return the first rule (in id order) that matches the names, or ``None``.

    >>> match_names(parse_attributes('class="newsletter-signup"'), load_dom_rules()).category
    'newsletter'
    """
    for rule in rules:
        if rule.matches(names):
            return rule
    return None


# --- loading ------------------------------------------------------------------------


def _max_chars(raw: Mapping[str, Any], rule_id: str, default: int) -> int:
    """A rule's size cap: larger elements are article text, whatever their names."""
    max_chars = raw.get("max_chars", default)
    if not isinstance(max_chars, int) or max_chars <= 0:
        raise _fail(rule_id, "max_chars must be a positive integer")
    return max_chars


def _fail(rule_id: str, message: str) -> DomRuleError:
    return DomRuleError(f"data/dom_rules.toml: rule {rule_id or '?'}: {message}")


def _strings(raw: Mapping[str, Any], key: str, rule_id: str) -> tuple[str, ...]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise _fail(rule_id, f"'{key}' must be a list of strings")
    return tuple(value)


def _build(raw: Mapping[str, Any], common_unless: frozenset[str]) -> DomRule:
    from cleanbody.config import CATEGORIES  # noqa: PLC0415  (keeps this module importable alone)

    rule_id = str(raw.get("id", ""))
    if not _ID.match(rule_id):
        raise _fail(rule_id, "id must look like DOM-AP01 (DOM-<CATEGORY><NN>)")
    unknown = set(raw) - {
        "id",
        "name",
        "category",
        "tokens",
        "unless",
        "max_chars",
        "description",
        "remove",
        "keep",
    }
    if unknown:
        raise _fail(rule_id, f"unknown keys {sorted(unknown)}")
    category = raw.get("category")
    if category not in CATEGORIES:
        raise _fail(rule_id, f"category must be one of {', '.join(CATEGORIES)}")
    name = str(raw.get("name", ""))
    if not _NAME.match(name):
        raise _fail(rule_id, "name must be dotted lowercase, like appeal.donate_box")
    sequences = []
    for entry in _strings(raw, "tokens", rule_id):
        sequence = tuple(entry.lower().split())
        if not sequence or any(not _TOKEN.fullmatch(t.lstrip("=").rstrip("*")) for t in sequence):
            raise _fail(rule_id, f"token sequence {entry!r} must be words separated by spaces")
        sequences.append(sequence)
    if not sequences:
        raise _fail(rule_id, "tokens must list at least one token sequence")
    max_chars = _max_chars(raw, rule_id, default=2000)
    return DomRule(
        id=rule_id,
        name=name,
        category=str(category),
        tokens=tuple(sequences),
        unless=common_unless | frozenset(t.lower() for t in _strings(raw, "unless", rule_id)),
        max_chars=max_chars,
        description=str(raw.get("description", "")),
        remove=_strings(raw, "remove", rule_id),
        keep=_strings(raw, "keep", rule_id),
    )


def _expand(entry: str, box_words: tuple[str, ...]) -> list[str]:
    """Expand ``@box`` in a token sequence into one sequence per box word."""
    if "@box" not in entry.split():
        return [entry]
    return [
        expanded
        for word in box_words
        for expanded in _expand(entry.replace("@box", word, 1), box_words)
    ]


@dataclass(frozen=True)
class DomRuleFile:
    """The parsed rule file.

    Attributes:
        rules: The rules, sorted by id.
        containers: Token sequences naming the article container itself; an element
            carrying one is never pruned (``class="article-body paywall"``).
    """

    rules: tuple[DomRule, ...]
    containers: tuple[tuple[str, ...], ...]
    link_rules: tuple[LinkRule, ...] = ()


def parse_dom_rules(text: str) -> DomRuleFile:
    """Parse the DOM rule file; raise :class:`DomRuleError` on any malformed rule."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise DomRuleError(f"data/dom_rules.toml: not valid TOML: {error}") from None
    common = frozenset(t.lower() for t in data.get("unless", []))
    box_words = tuple(str(word).lower() for word in data.get("box_words", []))
    rules = []
    for table in data.get("rule", []):
        tokens = table.get("tokens", [])
        if isinstance(tokens, list):
            table = {**table, "tokens": [e for t in tokens for e in _expand(str(t), box_words)]}  # noqa: PLW2901
        rules.append(_build(table, common))
    ids = [rule.id for rule in rules]
    for rule_id in ids:
        if ids.count(rule_id) > 1:
            raise DomRuleError(f"DOM rule id {rule_id} is used twice; give one a new id")
    containers = tuple(tuple(str(entry).lower().split()) for entry in data.get("containers", []))
    if not all(containers):
        raise DomRuleError("data/dom_rules.toml: 'containers' entries must not be empty")
    links = tuple(_build_link(table) for table in data.get("link_rule", []))
    all_ids = ids + [rule.id for rule in links]
    if len(set(all_ids)) != len(all_ids):
        raise DomRuleError("data/dom_rules.toml: a DOM rule id is used twice; give one a new id")
    return DomRuleFile(tuple(sorted(rules, key=lambda rule: rule.id)), containers, links)


def _build_link(raw: Mapping[str, Any]) -> LinkRule:
    from cleanbody.config import CATEGORIES  # noqa: PLC0415  (keeps this module importable alone)

    rule_id = str(raw.get("id", ""))
    if not _ID.match(rule_id):
        raise _fail(rule_id, "id must look like DOM-NL02 (DOM-<CATEGORY><NN>)")
    unknown = set(raw) - {
        "id",
        "name",
        "category",
        "hrefs",
        "max_chars",
        "description",
        "remove",
        "keep",
    }
    if unknown:
        raise _fail(rule_id, f"unknown keys {sorted(unknown)}")
    if raw.get("category") not in CATEGORIES:
        raise _fail(rule_id, f"category must be one of {', '.join(CATEGORIES)}")
    if not _NAME.match(str(raw.get("name", ""))):
        raise _fail(rule_id, "name must be dotted lowercase, like newsletter.signup_link")
    hrefs = _strings(raw, "hrefs", rule_id)
    if not hrefs or any(not href or href != href.lower() for href in hrefs):
        raise _fail(rule_id, "hrefs must be non-empty lowercase substrings of link targets")
    max_chars = _max_chars(raw, rule_id, default=200)
    return LinkRule(
        id=rule_id,
        name=str(raw["name"]),
        category=str(raw["category"]),
        hrefs=hrefs,
        max_chars=max_chars,
        description=str(raw.get("description", "")),
        remove=_strings(raw, "remove", rule_id),
        keep=_strings(raw, "keep", rule_id),
    )


def load_link_rules() -> tuple[LinkRule, ...]:
    """Load the bundled link rules (blocks that are one link to a sign-up or donation page).

    >>> [rule.id for rule in load_link_rules()]
    ['DOM-AP03', 'DOM-NL02']
    """
    return tuple(sorted(_rule_file().link_rules, key=lambda rule: rule.id))


@functools.cache
def _rule_file() -> DomRuleFile:
    source = data_folder() / "dom_rules.toml"
    return parse_dom_rules(source.read_text(encoding="utf-8"))


def load_dom_rules() -> tuple[DomRule, ...]:
    """Load the bundled DOM prune rules, sorted by id.

    >>> [rule.id for rule in load_dom_rules()][:2]
    ['DOM-AA01', 'DOM-AD01']
    """
    return _rule_file().rules


def container_pattern() -> regex.Pattern[str]:
    """One pattern for every container token sequence of the bundled rules."""
    return _rule_pattern(_rule_file().containers)


def dom_rule_dicts() -> list[dict[str, Any]]:
    """Describe every DOM rule with the keys of ``Rule.to_dict()`` (kind ``"dom"``).

    >>> any(rule["id"] == "DOM-NL01" for rule in dom_rule_dicts())
    True
    """
    rules: list[DomRule | LinkRule] = [*load_dom_rules(), *load_link_rules()]
    return [rule.to_dict() for rule in sorted(rules, key=lambda rule: rule.id)]


# --- pruning ------------------------------------------------------------------------
