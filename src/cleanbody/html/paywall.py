"""Read what a page's structured data says about its paywall.

Publishers that follow Google's guidance for subscription content mark it in JSON-LD or
microdata: ``"isAccessibleForFree": false`` on the article, and ``hasPart`` naming the
paywalled section with a ``cssSelector``. The markup says the article is *sold*; it does
not say whether this copy of the page holds the whole text, which is why
:mod:`cleanbody.html` weighs it together with the text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Final

import regex
from lxml.html import HtmlElement

from cleanbody.config import MAX_JSON_DEPTH, MAX_PAYWALL_SELECTORS

__all__ = ["PaywallMarkup", "read_paywall_markup", "select_css"]

_FALSE_WORDS: Final = frozenset({"false", "no", "0", "https://schema.org/false"})
_TRUE_WORDS: Final = frozenset({"true", "yes", "1", "https://schema.org/true"})
# The selector forms publishers use for hasPart: .class, #id, tag, tag.class, joined by commas.
_SIMPLE_SELECTOR: Final = regex.compile(r"^([a-zA-Z][\w-]*)?((?:[.#][\w-]+)*)$")
_SELECTOR_PART: Final = regex.compile(r"([.#])([\w-]+)")


@dataclass(frozen=True)
class PaywallMarkup:
    """What the structured data says.

    Attributes:
        accessible_for_free: ``False`` when the page declares the article not free,
            ``True`` when it declares it free, ``None`` when it says nothing.
        selectors: ``cssSelector`` values of the parts declared not free.
    """

    accessible_for_free: bool | None = None
    selectors: tuple[str, ...] = ()


def _as_flag(value: object) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        word = value.strip().lower().replace("http://", "https://")
        if word in _FALSE_WORDS:
            return False
        if word in _TRUE_WORDS:
            return True
    return None


def _objects(data: object) -> Iterator[dict[str, Any]]:
    """Yield every JSON object in ``data``, breadth first, never deeper than the limit."""
    level: list[object] = [data]
    for _ in range(MAX_JSON_DEPTH):
        following: list[object] = []
        for item in level:
            if isinstance(item, dict):
                yield item
                following.extend(item.values())
            elif isinstance(item, list):
                following.extend(item)
        if not following:
            return
        level = following


def _from_json(data: object, flags: list[bool], selectors: list[str]) -> None:
    for obj in _objects(data):
        flag = _as_flag(obj.get("isAccessibleForFree"))
        if flag is None:
            continue
        selector = obj.get("cssSelector")
        if isinstance(selector, str) and selector.strip():
            if flag is False and len(selectors) < MAX_PAYWALL_SELECTORS:
                selectors.append(selector.strip())
                flags.append(False)
        else:
            flags.append(flag)


def _from_microdata(root: HtmlElement, flags: list[bool], selectors: list[str]) -> None:
    # Each scope is searched for its flag once: a scope holding n selectors, searched
    # again for each, made a page quadratic (D3).
    flag_of: dict[HtmlElement, HtmlElement | None] = {}
    for element in root.iterfind(".//*[@itemprop]"):
        props = element.get("itemprop", "").split()
        if "isAccessibleForFree" in props:
            flag = _as_flag(element.get("content") or element.get("href") or element.text or "")
            if flag is not None:
                flags.append(flag)
        elif (
            "cssSelector" in props
            and element.get("content")
            and len(selectors) < MAX_PAYWALL_SELECTORS
        ):
            scope = element.getparent()
            if scope is not None and scope not in flag_of:
                flag_of[scope] = scope.find(".//*[@itemprop='isAccessibleForFree']")
            free = None if scope is None else flag_of[scope]
            if free is not None and _as_flag(free.get("content")) is False:
                selectors.append(element.get("content", "").strip())


def read_paywall_markup(root: HtmlElement) -> PaywallMarkup:
    """Read ``isAccessibleForFree`` and ``hasPart``/``cssSelector`` from JSON-LD and microdata.

    Broken JSON is skipped. A page that declares anything not free counts as not free.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring('''<html><head><script type="application/ld+json">
    ... {"@type": "NewsArticle", "isAccessibleForFree": "False", "hasPart": {
    ...  "@type": "WebPageElement", "isAccessibleForFree": false, "cssSelector": ".locked"}}
    ... </script></head><body><p>Hi</p></body></html>''')
    >>> read_paywall_markup(page)
    PaywallMarkup(accessible_for_free=False, selectors=('.locked',))
    """
    flags: list[bool] = []
    selectors: list[str] = []
    for script in root.iterfind(".//script[@type]"):
        if "ld+json" not in script.get("type", "").lower():
            continue
        try:
            data = json.loads(script.text or "", strict=False)
        except (ValueError, RecursionError):
            continue
        _from_json(data, flags, selectors)
    if "itemprop" in (root.get("itemprop") or "") or root.find(".//*[@itemprop]") is not None:
        _from_microdata(root, flags, selectors)
    free = None if not flags else all(flags)
    # Selectors are applied to the whole page each: a few are read, never thousands (D3).
    return PaywallMarkup(free, tuple(dict.fromkeys(selectors))[:MAX_PAYWALL_SELECTORS])


def _xpath_of(selector: str) -> str | None:
    """Translate one simple CSS selector into XPath, or ``None`` when it is not simple."""
    match = _SIMPLE_SELECTOR.match(selector.strip())
    if not match or not (match.group(1) or match.group(2)):
        return None
    tests = []
    for kind, name in _SELECTOR_PART.findall(match.group(2) or ""):
        if kind == ".":
            tests.append(f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')")
        else:
            tests.append(f"@id='{name}'")
    tag = match.group(1) or "*"
    return f".//{tag}" + "".join(f"[{test}]" for test in tests)


def select_css(root: HtmlElement, selector: str) -> list[HtmlElement] | None:
    """Return the elements a simple CSS selector names, or ``None`` if it is not simple.

    Only ``tag``, ``.class``, ``#id`` and their compounds, joined by commas, are read;
    publishers' ``hasPart`` selectors are of this kind.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring('<html><body><div class="a locked">x</div></body></html>')
    >>> [e.tag for e in select_css(page, "div.locked, #gone")]
    ['div']
    """
    found: list[HtmlElement] = []
    for part in selector.split(","):
        xpath = _xpath_of(part)
        if xpath is None:
            return None
        found.extend(element for element in root.xpath(xpath) if isinstance(element, HtmlElement))
    return found
