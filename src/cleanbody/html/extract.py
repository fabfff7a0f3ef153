"""The HTML path: decode, parse once, prune boilerplate containers, extract, clean the text.

1. Bytes are decoded by BOM, then strict UTF-8, then the page's ``<meta charset>``, then
   charset-normalizer's guess (:func:`decode_html_bytes`).
2. The page is parsed once, the way trafilatura parses it; pages over
   ``Config.max_input_chars`` are refused with an error in ``metadata["error"]``.
3. Structured data is read for ``isAccessibleForFree`` and ``hasPart`` selectors
   (:mod:`cleanbody.html.paywall`).
4. Containers named like appeals, paywalls, newsletter boxes, share bars... are pruned
   (:mod:`cleanbody.html.prune`, rules in ``data/dom_rules.toml``); each is reported as a removal
   with ``position="dom"``.
5. trafilatura extracts the article and the page metadata from the pruned tree (it copies
   the tree it is given, so the page is not parsed a second time). With
   ``Config(backend="resiliparse")`` resiliparse extracts the text instead
   (:mod:`cleanbody.html.fast`); with ``Config(output="markdown")`` the text keeps the
   page's headings, lists and links as markdown, and the engine reads them as evidence.
6. The text engine cleans the extracted text: the boilerplate that sits inside the article
   container under neutral names is found by its wording, and by the links and kinds the
   page's tree gives its lines (:mod:`cleanbody.html.links`).
"""

from __future__ import annotations

import logging
import re
import warnings
from collections import Counter
from collections.abc import Mapping
from typing import Any, Final

import regex
from lxml import etree
from lxml.html import HtmlElement, HtmlElementClassLookup, HTMLParser, fromstring

from cleanbody.config import (
    DOM_SCORE,
    HTML_SNIFF_CHARS,
    HUGE_TREE_CHARS,
    LINEAR_PARSE_CHARS,
    LOST_TEXT_CHARS,
    MAX_ELEMENT_ATTRIBUTES,
    SECTION_MIN_CHARS,
    TEASER_MAX_WORDS,
    Config,
)
from cleanbody.html.decode import decode_html_bytes, opens_document
from cleanbody.html.fast import extract_fast, page_title
from cleanbody.html.links import read_page_blocks
from cleanbody.html.paywall import PaywallMarkup, read_paywall_markup, select_css
from cleanbody.html.prune import Pruned, prune
from cleanbody.result import Removal, Result
from cleanbody.rules.gate import LONE_SURROGATE
from cleanbody.text.engine import clean_text, paywall_notice
from cleanbody.text.repeats import SitePages

__all__ = ["TRAFILATURA_OPTIONS", "check_trafilatura_options", "clean_html"]

LOGGER = logging.getLogger(__name__)

#: trafilatura's page metadata, copied into ``Result.metadata`` (``None`` when unknown).
#: Its ``categories`` become ``page_categories``: ``categories`` counts the removals.
PAGE_FIELDS: Final = {
    "title": "title",
    "author": "author",
    "date": "date",
    "sitename": "sitename",
    "hostname": "hostname",
    "url": "url",
    "language": "language",
    "description": "description",
    "categories": "page_categories",
    "tags": "tags",
    "image": "image",
    "license": "license",
}

#: ``trafilatura.bare_extraction`` options a caller may set; cleanbody sets the page, its
#: URL and the output form itself. Defaults: ``with_metadata=True``, ``include_comments=False``.
TRAFILATURA_OPTIONS: Final = frozenset(
    {
        "fast",
        "favor_precision",
        "favor_recall",
        "include_comments",
        "target_language",
        "include_tables",
        "include_images",
        "include_formatting",
        "include_links",
        "deduplicate",
        "date_extraction_params",
        "with_metadata",
        "only_with_metadata",
        "max_tree_size",
        "url_blacklist",
        "author_blacklist",
        "prune_xpath",
        "config",
    }
)


def check_trafilatura_options(options: Mapping[str, Any] | None) -> dict[str, Any]:
    """Return ``options`` as a dict if trafilatura takes every one; raise ``ValueError`` if not.

    trafilatura would reject an unknown option only when the first page is extracted;
    this says so when the options are given.

    >>> check_trafilatura_options({"fast": True})
    {'fast': True}
    >>> check_trafilatura_options({"fastest": True})  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    ValueError: unknown trafilatura option: fastest; ...
    """
    given = dict(options or {})
    unknown = sorted(set(given) - TRAFILATURA_OPTIONS)
    if unknown:
        raise ValueError(
            f"unknown trafilatura option{'s' if len(unknown) > 1 else ''}: "
            f"{', '.join(map(str, unknown))}; cleanbody passes these to "
            f"trafilatura.bare_extraction: {', '.join(sorted(TRAFILATURA_OPTIONS))}"
        )
    return given


_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_WORD = regex.compile(r"[^\W\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]+")
_LANG = regex.compile(r"^[A-Za-z]{2,3}(?=$|[-_])")
# One attribute of a start tag: spaces, a name, maybe "=" and a quoted or bare value.
_TAG_ATTRIBUTE = r"""\s++[^\s<>"'=/]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s<>"']*+))?+"""
# A start tag with more than MAX_ELEMENT_ATTRIBUTES attributes: the tag up to the last one
# kept, then the rest of the tag (a quoted value may hold ">"). Possessive throughout, so a
# tag is read once; the standard library's engine runs it faster than regex's (0.1 ms a page).
_CROWDED_TAG = re.compile(
    rf"(<[A-Za-z][^\s<>/]*+(?:{_TAG_ATTRIBUTE}){{{MAX_ELEMENT_ATTRIBUTES}}})"
    rf"""{_TAG_ATTRIBUTE}(?:[^<>"']++|"[^"]*+"|'[^']*+')*+>"""
)


def _trim_attributes(html: str) -> str:
    """Keep the first MAX_ELEMENT_ATTRIBUTES attributes of each start tag (D4).

    The HTML parser compares each new attribute with all before it: quadratic in the
    attributes of one element. Attributes carry no article text, so the excess goes.

    >>> page = "<div " + " ".join(f"a{n}=v" for n in range(600)) + ">Text</div>"
    >>> trimmed = _trim_attributes(page)
    >>> trimmed.count("=") == MAX_ELEMENT_ATTRIBUTES, trimmed.endswith(">Text</div>")
    (True, True)
    """
    if len(html) < 2 * MAX_ELEMENT_ATTRIBUTES:
        return html
    return _CROWDED_TAG.sub(lambda tag: tag.group(1) + ">", html)


def _parse(html: str) -> HtmlElement | None:
    """Parse as trafilatura does, so the tree it is handed is the tree it would build.

    A lone surrogate (no character at all) becomes U+FFFD first: the parser would end the
    text there (D7). A page of ``LINEAR_PARSE_CHARS`` or more is parsed by
    :func:`_parse_long`, so that trafilatura's paragraph test stays linear, and from
    ``HUGE_TREE_CHARS`` with ``huge_tree``, so that a text node over 10 MB does not end the
    page either.
    """
    from trafilatura.utils import load_html  # noqa: PLC0415  (heavy import, HTML input only)

    if not opens_document(html[:HTML_SNIFF_CHARS]):
        # trafilatura rejects a bare fragment as "not HTML"; give it a document around it.
        html = f"<html><body>{html}</body></html>"
    html = _trim_attributes(LONE_SURROGATE.sub("\ufffd", html))
    try:
        tree = _parse_long(html) if len(html) >= LINEAR_PARSE_CHARS else load_html(html)
    except (ValueError, TypeError, RecursionError, MemoryError, etree.LxmlError) as error:
        LOGGER.warning("cleanbody: the page could not be parsed: %s", error)
        return None
    return tree if isinstance(tree, HtmlElement) else None


_PARAGRAPH_TEXT: Final = "//p//text()"


class _PageElement(HtmlElement):  # type: ignore[misc]  # the stubs give HtmlElement as Any
    """An element that answers trafilatura's paragraph test, ``//p//text()``, in one walk.

    libxml2 adds the text nodes of each ``<p>`` to the result after checking each against
    all found before it: quadratic in the text nodes (40,000 take a second; a 2 MB page of
    linked paragraphs took 30 s instead of 5). The walk gives the same strings in the same
    order; every other path goes to libxml2.
    """

    def xpath(self, _path: str | bytes, **kwargs: Any) -> Any:
        if _path != _PARAGRAPH_TEXT or kwargs:
            return super().xpath(_path, **kwargs)
        root = self.getroottree().getroot()
        return [
            text
            for paragraph in root.iter("p")
            # A <p> inside another (built by a script, never by the parser) is read once.
            if not any(above.tag == "p" for above in paragraph.iterancestors())
            for text in paragraph.itertext()
        ]


class _PageLookup(HtmlElementClassLookup):  # type: ignore[misc]  # Any in the stubs
    """lxml.html's element classes, with :class:`_PageElement` for the plain ones."""

    def lookup(self, node_type: str, document: Any, namespace: Any, name: Any) -> Any:
        found = super().lookup(node_type, document, namespace, name)
        return _PageElement if found is HtmlElement else found


def _long_page_parser(*, huge: bool) -> HTMLParser:
    """Trafilatura's HTML parser settings, with :class:`_PageLookup` (and ``huge_tree``).

    A new parser for each page, as lxml parsers are not to be shared between threads.
    """
    parser = HTMLParser(  # type: ignore[call-arg]  # the stubs lack default_doctype
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=huge,
    )
    parser.set_element_class_lookup(_PageLookup())
    return parser


def _parse_long(html: str) -> Any:
    """Trafilatura's parse (``load_html``) with :func:`_long_page_parser`'s parser."""
    from trafilatura.utils import is_dubious_html, repair_faulty_html  # noqa: PLC0415

    parser = _long_page_parser(huge=len(html) >= HUGE_TREE_CHARS)
    beginning = html[:50].lower()
    html = repair_faulty_html(html, beginning)
    try:
        tree = fromstring(html, parser=parser)
    except ValueError:  # "Unicode strings with encoding declaration are not supported."
        tree = None
    if tree is None or len(tree) < 1:
        tree = fromstring(html.encode("utf-8", "surrogatepass"), parser=parser)
    # trafilatura's rejection test: a page that does not open like HTML and parses to one part
    return None if is_dubious_html(beginning) and len(tree) < 2 else tree


def _extract(
    tree: HtmlElement, url: str | None, options: Mapping[str, Any], *, markdown: bool = False
) -> Any:
    """Run trafilatura on the (pruned) tree; ``None`` when it finds nothing.

    ``options`` are trafilatura's own (``Config``-independent, checked by the caller).
    With ``markdown``, links and formatting are kept and the document's ``text`` is
    its body written as markdown (trafilatura's own markdown writer).
    """
    import trafilatura  # noqa: PLC0415  (heavy import, HTML input only)
    from trafilatura.xml import xmltotxt  # noqa: PLC0415  (heavy import, HTML input only)

    try:
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            **{
                "with_metadata": True,
                "include_comments": False,
                "include_links": markdown,
                "include_formatting": markdown,
                **options,
            },
        )
        body = getattr(document, "body", None)
        if markdown and body is not None:
            document.text = xmltotxt(body, include_formatting=True)  # type: ignore[union-attr]
    except (ValueError, TypeError, AttributeError, RecursionError) as error:
        LOGGER.warning("cleanbody: trafilatura failed on the page: %s", error)
        return None
    return document


def _metadata_only(tree: HtmlElement, url: str | None) -> Any:
    """The page metadata when trafilatura found no text (a frameset, an empty body)."""
    from trafilatura.metadata import extract_metadata  # noqa: PLC0415  (heavy import)

    try:
        return extract_metadata(tree, url)
    except (ValueError, TypeError, AttributeError, RecursionError) as error:
        LOGGER.warning("cleanbody: trafilatura found no metadata: %s", error)
        return None


def _words(text: str) -> float:
    """Word count, with two ideographic characters counting as one word."""
    return len(_WORD.findall(text)) + len(_DENSE.findall(text)) / 2


def _section_missing(tree: HtmlElement, markup: PaywallMarkup) -> bool | None:
    """Whether the declared paywalled section is absent or nearly empty (``None``: unknown)."""
    if not markup.selectors:
        return None
    chars = 0
    for selector in markup.selectors:
        elements = select_css(tree, selector)
        if elements is None:
            return None
        chars += sum(len(element.text_content().strip()) for element in elements)
    return chars < SECTION_MIN_CHARS


def _protected(tree: HtmlElement, markup: PaywallMarkup) -> list[HtmlElement]:
    """The declared paywalled sections: they hold article text, whatever they are called."""
    found: list[HtmlElement] = []
    for selector in markup.selectors:
        found.extend(select_css(tree, selector) or [])
    return found


def _refused(html: str, config: Config) -> Result:
    message = (
        f"input is {len(html):,} characters, over Config.max_input_chars "
        f"({config.max_input_chars:,}); pass a larger limit with "
        "dataclasses.replace(config, max_input_chars=...) or clean the page in parts"
    )
    warnings.warn(f"cleanbody: {message}", stacklevel=3)
    return Result(text="", source="", metadata={"input_type": "html", "error": message})


def _page_metadata(document: Any, tree: HtmlElement | None, url: str | None) -> dict[str, Any]:
    fields: dict[str, Any] = dict.fromkeys(PAGE_FIELDS.values())
    if document is not None:
        for name, key in PAGE_FIELDS.items():
            value = getattr(document, name, None)
            fields[key] = value if value not in ("", []) else None
    if fields["url"] is None:
        fields["url"] = url
    if fields["language"] is None and tree is not None:
        # trafilatura only sets a language when asked to filter by one; the page says it.
        declared = _LANG.match(tree.get("lang") or tree.get("xml:lang") or "")
        fields["language"] = declared.group().lower() if declared else None
    return fields


def _dom_removals(pruned: list[Pruned]) -> list[Removal]:
    # A pruned element never reaches the extracted text, so it has no span: 0..0.
    return [
        Removal(0, 0, item.text, item.rule.category, (item.rule.id,), DOM_SCORE, "dom")
        for item in pruned
    ]


_TAG = regex.compile(r"<[^<>]*+>")  # a run of "<" without ">" stays linear
_SPACES = regex.compile(r"\s++")


def clean_html(
    html: str | bytes,
    config: Config | None = None,
    *,
    url: str | None = None,
    trafilatura_options: Mapping[str, Any] | None = None,
    site: SitePages | None = None,
) -> Result:
    """Extract the article of an HTML page, prune and clean it, and report the page metadata.

    Args:
        html: The page, as text or as bytes in any encoding.
        config: Settings; ``Config()`` when omitted.
        url: The page's address (helps extraction and metadata).
        trafilatura_options: Passed on to ``trafilatura.bare_extraction`` (names in
            :data:`TRAFILATURA_OPTIONS`): ``{"fast": True, "with_metadata": False}``
            extracts faster, without the page metadata.
        site: What the site's memory knows (:class:`cleanbody.SiteMemory` passes it).

    Returns:
        A :class:`Result` whose ``source`` is the extracted text. Pruned containers are
        removals with ``position == "dom"`` and an empty span (they were never in the
        source); ``metadata`` holds the page metadata, ``paywalled``, ``truncated`` and
        ``accessible_for_free``. A page over ``max_input_chars`` gives an empty result
        with the reason in ``metadata["error"]``.

    Raises:
        ValueError: An option trafilatura does not take (the page itself never raises).

    >>> page = '''<html><body><article><h1>Floods</h1>
    ... <p>The river rose two metres overnight and closed the old bridge, officials said.</p>
    ... <div class="newsletter-signup">Get our morning briefing by e-mail.</div>
    ... </article></body></html>'''
    >>> r = clean_html(page)
    >>> r.text
    'Floods\\nThe river rose two metres overnight and closed the old bridge, officials said.'
    >>> [(m.category, m.rules, m.position) for m in r.removed]
    [('newsletter', ('DOM-NL01',), 'dom')]
    """
    settings = config or Config()
    options = check_trafilatura_options(trafilatura_options)
    if isinstance(html, bytes | bytearray | memoryview):
        html = decode_html_bytes(bytes(html))
    if len(html) > settings.max_input_chars:
        return _refused(html, settings)
    tree = _parse(html)
    markup = PaywallMarkup()
    section_missing: bool | None = None
    pruned: list[Pruned] = []
    document = None
    extracted = ""
    markdown = settings.output == "markdown"
    if tree is not None:
        markup = read_paywall_markup(tree)
        if markup.selectors:
            section_missing = _section_missing(tree, markup)
        if settings.prune_html:
            pruned = prune(tree, settings.keep, _protected(tree, markup))
        if settings.backend == "resiliparse":
            # Nothing pruned: the page as given is the page resiliparse would get back.
            extracted = extract_fast(tree if pruned else html, markdown=markdown)
        else:
            document = _extract(tree, url, options, markdown=markdown) or _metadata_only(tree, url)
            extracted = (getattr(document, "text", None) or "") if document is not None else ""
    layout = None
    if tree is not None and not markdown and extracted.strip():
        # Markdown output carries its links itself; plain text gets them from the tree.
        layout = read_page_blocks(tree, extracted, url).structure
    page = _page_metadata(document, tree, url)
    if settings.backend == "resiliparse" and tree is not None:
        page["title"] = page_title(tree)
    lost = 0 if extracted.strip() else _visible_chars(html)  # text the page showed
    # The parsed page and trafilatura's copies of it (tens of times the page's size) are
    # let go before the text pass builds its own objects for every line.
    del tree, document, html
    result = clean_text(extracted, settings, site, markdown=markdown, layout=layout)
    removals = (*_dom_removals(pruned), *result.removed)
    metadata = dict(result.metadata)
    metadata.update(page)
    categories = Counter(removal.category for removal in removals)
    has_notice = paywall_notice(removals)
    teaser = 0 < _words(result.text) < TEASER_MAX_WORDS
    # Markup saying "not free" describes the product; the page in hand may still carry the
    # whole story (as served to crawlers). It counts when the body is teaser-short. A
    # declared section missing from a long body says nothing: some publishers declare
    # ".paywall" on every story and no element has that class.
    not_free = markup.accessible_for_free is False
    section_gone = not_free and section_missing is True
    metadata.update(
        input_type="html",
        categories=dict(sorted(categories.items())),
        pruned=len(pruned),
        accessible_for_free=markup.accessible_for_free,
        paywalled=has_notice or (not_free and teaser),
        truncated=teaser and (has_notice or section_gone),
    )
    if lost >= LOST_TEXT_CHARS:
        # Say so: an empty text from a page full of text is a loss, not a clean page.
        metadata["error"] = (
            f"no article text was extracted from a page with about {lost:,} characters "
            "of text: markup nested more than 255 levels deep stops the HTML parser; "
            "clean the page's text instead (clean(text)) or fix its markup"
        )
    return Result(text=result.text, source=result.source, removed=removals, metadata=metadata)


def _visible_chars(html: str) -> int:
    """Characters of text between the tags of the first megabyte (scripts and styles out).

    One scan with ``str.find``: a regex over unclosed ``<script>`` runs would backtrack.
    """
    head, lowered = html[:1_000_000], html[:1_000_000].lower()
    pieces, at = [], 0
    while True:
        starts = [found for tag in ("<script", "<style") if (found := lowered.find(tag, at)) >= 0]
        if not starts:
            pieces.append(head[at:])
            break
        start = min(starts)
        pieces.append(head[at:start])
        tag = "</script" if lowered.startswith("<script", start) else "</style"
        end = lowered.find(tag, start)
        if end < 0:
            break
        at = end + len(tag)
    return len(_SPACES.sub(" ", _TAG.sub(" ", " ".join(pieces))).strip())
