"""Pruning before extraction: containers whose names mark boilerplate, and one-link blocks.

The rules are data (:mod:`cleanbody.rules.dom`, ``data/dom_rules.toml``); this module walks
a parsed page once, matches each element's names against them, and drops what matches.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final, TypeGuard

import regex
from lxml import etree
from lxml.html import HtmlElement

from cleanbody.config import (
    ARTICLE_SHARE,
    MAX_CACHED_ATTRIBUTES,
    MAX_CACHED_NAME_TOKENS,
    MAX_CACHED_VALUE_CHARS,
    MIN_ARTICLE_SHARE_CHARS,
    SLUG_MIN_TOKENS,
)
from cleanbody.rules.dom import (
    DomRule,
    LinkRule,
    attributes_of,
    container_pattern,
    element_names,
    joined_name,
    load_dom_rules,
    load_link_rules,
    names_of,
    tokenise,
)

__all__ = ["Pruned", "prune"]

# Tags that hold the whole page or the article itself: a class on them describes the page
# ("page-membership", "has-paywall"), never a box inside it.
_NEVER_PRUNED: Final = frozenset({"html", "head", "body", "main", "article"})
# Markup that carries no visible text; its names say nothing about boxes.
_SKIPPED: Final = frozenset({"script", "style", "noscript", "template", "meta", "link", "title"})
_SPACE: Final = regex.compile(r"\s+")
# Tags whose own names are not worth reading: links, list items, icons and form controls
# sit inside the container that carries the telling name, and skipping them halves the walk.
_INLINE: Final = (
    "a",
    "li",
    "img",
    "svg",
    "i",
    "input",
    "symbol",
    "script",
    "link",
    "meta",
    "path",
    "option",
    "source",
    "label",
    "use",
    "g",
    "picture",
    "time",
    "abbr",
    "strong",
    "em",
    "b",
    "style",
    "noscript",
    "template",
    "title",
    "br",
    "hr",
    "td",
    "tr",
    "th",
    "col",
    "video",
    "audio",
)
# Link targets worth a closer look; each link rule's hrefs must contain one of these.
_LINK_MARKERS: Final = (
    "eepurl.com",
    "list-manage.com",
    "mailchi.mp",
    "newsletter",
    "subscribe",
    "donat",
    "patreon.com",
    "ko-fi.com",
    "buymeacoffee.com",
    "donorbox.org",
)
# Blocks that a lone link can make up, and the inline tags it may be wrapped in.
_LINK_BLOCKS: Final = frozenset({"p", "h2", "h3", "h4", "h5", "h6", "li", "div"})
_INLINE_WRAPPERS: Final = frozenset({"strong", "b", "em", "i", "span", "u"})
# The text a reader sees: script and style contents are code, not words.
_VISIBLE_TEXT: Final = etree.XPath(
    ".//text()[not(parent::script or parent::style or parent::noscript or parent::template)]",
    smart_strings=False,
)
# Elements with a name worth reading, in document order (one C-level pass over the tree);
# the tag filter is done in Python, which is faster than a long XPath predicate.
_NAMED: Final = etree.XPath(
    "//*[@class or @id or @role or @aria-label or @*[starts-with(name(), 'data-')]]"
)
# A heading titles a section of the article or a box; its own names ("h-why-use-social-
# shopping") are made from its words, and pruning it alone would leave its box behind.
_HEADINGS: Final = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# A figure is the article's picture and caption; its names say what clicking it does
# (data-media-action="modal" opens a viewer), not that it is a box beside the story.
_MEDIA: Final = frozenset({"figure", "figcaption"})
_NOT_BOXES: Final = frozenset(_INLINE) | _NEVER_PRUNED | _SKIPPED | _HEADINGS | _MEDIA
# Where a section's heading is looked for: its first elements, or the elements before it.
_HEADING_LOOKUP: Final = 40


# --- loading ------------------------------------------------------------------------


_BLOCK_TAGS: Final = frozenset(
    {
        "p", "div", "section", "aside", "header", "footer", "nav", "form", "ul", "ol", "li",
        "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figure", "figcaption", "table",
        "tr", "td", "th", "br", "button", "dl", "dt", "dd", "article", "main", "label",
    }
)  # fmt: skip
_INVISIBLE: Final = frozenset({"script", "style", "noscript", "template"})


def _lines_of(element: HtmlElement) -> str:
    """The element's text as a reader sees it, a line for each block, spaces normalised.

    "Support us" over "Give five pounds", not "Support usGive five pounds". Only a pruned
    element's account pays for this walk; sizes and comparisons use
    :func:`_visible_text`.
    """
    parts: list[str] = []
    hidden = 0
    for event, node in etree.iterwalk(element, events=("start", "end")):
        tag = node.tag if isinstance(node.tag, str) else ""
        if event == "start":
            if tag in _INVISIBLE:
                hidden += 1
            if tag in _BLOCK_TAGS:
                parts.append("\n")
            if not hidden and node.text and tag:  # a comment's text is not shown
                parts.append(node.text)
            continue
        if tag in _INVISIBLE:
            hidden -= 1
        if tag in _BLOCK_TAGS:
            parts.append("\n")
        if node is not element and not hidden and node.tail:
            parts.append(node.tail)
    lines = (_SPACE.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _visible_text(element: HtmlElement) -> str:
    """The element's text as a reader sees it, whitespace normalised."""
    pieces = _VISIBLE_TEXT(element)
    joined = "".join(str(piece) for piece in pieces) if isinstance(pieces, list) else ""
    return _SPACE.sub(" ", joined).strip()


class _Matcher:
    """Finds the rule of an element quickly.

    A name is only tried against the rules whose sequences can start with one of its
    tokens, and pages repeat their names, so that lookup is cached.
    """

    def __init__(self, rules: tuple[DomRule, ...]) -> None:
        self.rules = rules
        self.exact: dict[str, set[int]] = {}
        self.prefixes: list[tuple[str, int]] = []
        for number, rule in enumerate(rules):
            for sequence in rule.tokens:
                first = sequence[0].lstrip("=")
                if first.endswith("*"):
                    self.prefixes.append((first[:-1], number))
                else:
                    self.exact.setdefault(first, set()).add(number)
        self.stems = tuple(stem for stem, _ in self.prefixes)
        self._seen: dict[tuple[str, ...], frozenset[int]] = {}
        self._interesting: dict[tuple[str, str], bool] = {}

    def interesting(self, key: str, value: str) -> bool:
        """Whether one attribute could start a match (cached: pages repeat their names)."""
        if len(value) > MAX_CACHED_VALUE_CHARS:  # never kept: a crawl meets millions of these
            return any(self._candidate_tokens(name) for name in names_of([(key, value)]) if name)
        known = self._interesting.get((key, value))
        if known is None:
            known = any(self._candidates(name) for name in names_of([(key, value)]) if name)
            if len(self._interesting) < MAX_CACHED_ATTRIBUTES:
                self._interesting[(key, value)] = known
        return known

    def _candidate_tokens(self, name: tuple[str, ...]) -> frozenset[int]:
        found: set[int] = set()
        for token in name:
            found.update(self.exact.get(token, ()))
            if token.startswith(self.stems):
                found.update(n for stem, n in self.prefixes if token.startswith(stem))
        return frozenset(found)

    def _candidates(self, name: tuple[str, ...]) -> frozenset[int]:
        known = self._seen.get(name)
        if known is None:
            known = self._candidate_tokens(name)
            # Bounded like the attribute cache, and long names are never kept (D5).
            if len(self._seen) < MAX_CACHED_ATTRIBUTES and len(name) <= MAX_CACHED_NAME_TOKENS:
                self._seen[name] = known
        return known

    def rule_for(self, names: list[tuple[str, ...]]) -> DomRule | None:
        """The first rule, in id order, that one of the names satisfies."""
        candidates: set[int] = set()
        for name in names:
            candidates.update(self._candidates(name))
        for number in sorted(candidates):
            if self.rules[number].matches(names):
                return self.rules[number]
        return None


@functools.cache
def _matcher(rules: tuple[DomRule, ...]) -> _Matcher:
    return _Matcher(rules)


# --- pruning ------------------------------------------------------------------------


@dataclass(frozen=True)
class Pruned:
    """An element taken out of the page before extraction."""

    text: str
    rule: DomRule | LinkRule


def _drop(element: HtmlElement) -> None:
    """Remove ``element`` but keep its tail text, which belongs to the parent."""
    parent = element.getparent()
    if parent is None:
        return
    if element.tail:
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


def prune(
    root: HtmlElement, skip_categories: frozenset[str] = frozenset(), protected: Iterable[Any] = ()
) -> list[Pruned]:
    """Remove boilerplate containers from ``root`` in place; return what went, in page order.

    Args:
        root: The parsed page.
        skip_categories: Categories to leave in the page (``Config.keep``).
        protected: Elements never removed, nor anything around them (the paywalled
            article section that the page's markup names).

    Returns:
        The removed elements' normalised text and the rule that matched each.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring(
    ...     '<html><body><p>Story.</p><div class="donate-box">Give now</div></body></html>')
    >>> [(p.text, p.rule.id) for p in prune(page)]
    [('Give now', 'DOM-AP01')]
    """
    rules = tuple(rule for rule in load_dom_rules() if rule.category not in skip_categories)
    if not rules:
        return []
    matcher = _matcher(rules)
    containers = container_pattern()
    guarded = set(protected)
    for element in list(guarded):
        guarded.update(element.iterancestors())
    found: list[Pruned] = []
    chosen: set[HtmlElement] = set()
    page: dict[str, int] = {}  # the page's visible text, measured when first needed
    # Candidates come in document order, so an ancestor is chosen before its descendants;
    # only elements that match a rule pay for the ancestor walk, which is bounded by the
    # parser's depth limit.
    named = _NAMED(root)
    for element in named if isinstance(named, list) else ():
        if not _worth_reading(element, matcher):
            continue
        rule = _rule_of(element, matcher, containers)
        if rule is None or element in guarded:
            continue
        if any(ancestor in chosen for ancestor in element.iterancestors()):
            continue
        text = _visible_text(element)
        if len(text) > rule.max_chars or _most_of_page(text, root, page):
            continue
        chosen.add(element)
        if text:
            found.append(Pruned(_lines_of(element), rule))
    links = tuple(rule for rule in load_link_rules() if rule.category not in skip_categories)
    if links:
        _link_blocks(root, links, chosen, found)
    for element in chosen:
        _drop(element)
    return found


def _most_of_page(text: str, root: HtmlElement, page: dict[str, int]) -> bool:
    """Whether ``text`` is most of the page's: the article, whatever its box is called."""
    if len(text) < MIN_ARTICLE_SHARE_CHARS:
        return False
    if "chars" not in page:
        page["chars"] = len(_visible_text(root))
    return len(text) >= ARTICLE_SHARE * page["chars"]


def _rule_of(
    element: HtmlElement, matcher: _Matcher, containers: regex.Pattern[str]
) -> DomRule | None:
    """The rule the element's names satisfy, if they name a widget."""
    names = element_names(element)
    rule = matcher.rule_for(names)
    if rule is not None and _slug_id(element):
        # An id made from the section's own heading ("how-to-contribute") names the
        # article's section, not a widget: only the other names count.
        names = [name for name in names if name != tokenise(element.get("id") or "")]
        rule = matcher.rule_for(names)
    if rule is not None and any(containers.search(joined_name(name)) for name in names):
        return None  # "article-body paywall": the article container, whatever else it is
    return rule


def _slug_id(element: HtmlElement) -> bool:
    """Whether the element's id is made from the words of its heading or its first text.

    CMSs give sections and headings anchors from their titles: ``h-why-use-social-
    shopping``, ``how_to_contribute``, ``migrating-from-mailchimp``. Such an id has
    several words (a widget's id rarely has three), all of them in the heading.
    """
    value = element.get("id")
    if not value:
        return False
    tokens = [token for token in tokenise(value) if not token.isdigit()]
    if tokens and tokens[0] == "h":  # WordPress's "h-" prefix for heading anchors
        tokens = tokens[1:]
    if len(tokens) < SLUG_MIN_TOKENS:
        return False
    wanted = set(tokens)
    return any(wanted <= set(tokenise(title)) for title in _titles(element))


def _titles(element: HtmlElement) -> list[str]:
    """The texts an id could be made from.

    They are the element's first words, its first heading and the heading just before it.
    """
    titles = [_visible_text(element)[:MAX_CACHED_VALUE_CHARS]]
    for number, inner in enumerate(element.iterdescendants()):
        if number >= _HEADING_LOOKUP:
            break
        if inner.tag in _HEADINGS:
            titles.append(_visible_text(inner))
            break
    previous = element.getprevious()
    if previous is not None and previous.tag in _HEADINGS:
        titles.append(_visible_text(previous))
    return titles


def _worth_reading(element: object, matcher: _Matcher) -> TypeGuard[HtmlElement]:
    """Whether an element can be a box at all: a real tag with a name that could match."""
    if not isinstance(element, HtmlElement):
        return False
    tag = element.tag
    if not isinstance(tag, str) or tag in _NOT_BOXES:
        return False
    return any(matcher.interesting(key, value) for key, value in attributes_of(element))


def _link_blocks(
    root: HtmlElement, rules: tuple[LinkRule, ...], chosen: set[HtmlElement], found: list[Pruned]
) -> None:
    """Choose the paragraphs and headings that are nothing but one sign-up or donation link."""
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").lower()
        if not href or not any(marker in href for marker in _LINK_MARKERS):
            continue
        rule = next((rule for rule in rules if rule.matches(href)), None)
        block = anchor.getparent()
        # The link may sit in <strong> or <em> inside the paragraph.
        while block is not None and block.tag in _INLINE_WRAPPERS:
            block = block.getparent()
        if rule is None or block is None or block.tag not in _LINK_BLOCKS:
            continue
        text = _visible_text(block)
        if not text or len(text) > rule.max_chars or text != _visible_text(anchor):
            continue
        if block in chosen or any(ancestor in chosen for ancestor in block.iterancestors()):
            continue
        # An element inside it was already pruned by name: that removal stands for it.
        if any(inner in chosen for inner in block.iterdescendants()):
            continue
        chosen.add(block)
        found.append(Pruned(text, rule))
