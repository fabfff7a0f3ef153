"""A page's links and block kinds, read from its tree, as evidence for the extracted text.

trafilatura hands back plain text: the links and the kinds of the blocks are gone. They
say what the words may not, in any language: a line that is one link to a donation
platform is a donation button, a line linking to ``twitter.com/intent/tweet`` is a share
button, and a run of list items that are each one link into the site, under a heading,
is a related list or a menu. This module reads, from the (pruned) tree the text was
extracted from, each block that holds an extracted link, and each heading, and finds the
extracted lines again by their text. The evidence itself is markdown's
(:func:`cleanbody.text.markdown.structure_hits`), under its own ids: ``HTML-LINK-<category>``
and ``HTML-LIST-<category>``.

A line is matched only when its whole text, spaces aside, is the text of one block of the
page; a text the page shows both as a link and as plain text (a headline that is also in
a related list) is read as its least linked occurrence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Final
from urllib.parse import urljoin

from lxml import etree
from lxml.html import HtmlElement

from cleanbody.text.blocks import Block
from cleanbody.text.markdown import MAX_TARGET_CHARS, BlockKind, MarkdownBlock, link_share

__all__ = ["PageBlocks", "read_page_blocks"]

# Elements whose text trafilatura writes as a line of its own, and the kind each is.
_KINDS: Final[dict[str, BlockKind]] = {
    "h1": "heading",
    "h2": "heading",
    "h3": "heading",
    "h4": "heading",
    "h5": "heading",
    "h6": "heading",
    "li": "item",
    "dt": "item",
    "dd": "item",
    "blockquote": "quote",
    "tr": "row",
    "p": "paragraph",
    "div": "paragraph",
    "section": "paragraph",
    "aside": "paragraph",
    "td": "paragraph",
    "th": "paragraph",
    "figcaption": "paragraph",
    "pre": "paragraph",
    "center": "paragraph",
}
# Headings are read even without links: they title a list.
_HEADINGS: Final = ("h1", "h2", "h3", "h4", "h5", "h6")
#: A block with more text than this is read by the words alone (a long block holds no
#: button and no list entry; a link inside it is weak evidence, not worth its walk).
MAX_BLOCK_CHARS: Final = 2_000
# The text a reader sees: script and style contents are code, not words.
_VISIBLE_TEXT: Final = etree.XPath(
    ".//text()[not(parent::script or parent::style or parent::noscript or parent::template)]",
    smart_strings=False,
)
_NOT_TARGETS: Final = ("#", "javascript:")
_ITEM_MARK: Final = "- "


def _key(text: str) -> str:
    """A text with its spaces normalised: how a block and an extracted line are compared."""
    return " ".join(text.split())


def _visible_text(element: HtmlElement) -> str:
    pieces = _VISIBLE_TEXT(element)
    return _key("".join(str(piece) for piece in pieces)) if isinstance(pieces, list) else ""


@dataclass
class PageBlocks:
    """What the page's markup says of its blocks, by their text.

    Attributes:
        by_text: For each block text (spaces normalised), its kind and links.
    """

    by_text: dict[str, MarkdownBlock] = field(default_factory=dict)

    def structure(self, blocks: Sequence[Block]) -> list[MarkdownBlock]:
        """The kind and links of each extracted block (a plain paragraph when not found).

        Each entry's ``plain`` is the block's own text, so that evidence spans index it.
        """
        found = []
        for block in blocks:
            key = _key(block.text)
            known = self.by_text.get(key)
            kind = None if known is None else known.kind
            if known is None and key.startswith(_ITEM_MARK):
                # trafilatura writes a list item as "- text", whatever holds its words.
                known, kind = self.by_text.get(key.removeprefix(_ITEM_MARK)), "item"
            if known is None or kind is None:
                found.append(MarkdownBlock(kind or "paragraph", block.text, (), 0.0))
            else:
                found.append(MarkdownBlock(kind, block.text, known.links, known.link_share))
        return found

    def add(self, text: str, parsed: MarkdownBlock) -> None:
        """Record a block; a text seen twice keeps its least linked reading."""
        known = self.by_text.get(text)
        if known is None or parsed.link_share < known.link_share:
            self.by_text[text] = parsed
        elif parsed.link_share == known.link_share and known.kind == "paragraph":
            self.by_text[text] = parsed  # the same links: a heading or an item says more


def _block_of(anchor: HtmlElement) -> HtmlElement | None:
    """The nearest element around a link that is a line of text of its own."""
    for ancestor in anchor.iterancestors():
        tag = ancestor.tag
        if isinstance(tag, str) and tag in _KINDS:
            return ancestor
        if tag == "body":
            return None
    return None


def _links(block: HtmlElement, url: str | None) -> tuple[tuple[str, str], ...]:
    """``(text, target)`` of each link in the block that leads somewhere."""
    found = []
    for anchor in block.iter("a"):
        target = (anchor.get("href") or "").strip()
        if not target or target.startswith(_NOT_TARGETS) or len(target) > MAX_TARGET_CHARS:
            continue
        text = _visible_text(anchor)
        if not text:
            continue
        if url and not target.startswith(("http://", "https://", "mailto:")):
            try:
                target = urljoin(url, target)
            except ValueError:
                continue
        found.append((text, target))
    return tuple(found)


def read_page_blocks(root: HtmlElement, text: str, url: str | None = None) -> PageBlocks:
    """Read the kind and the links of the blocks of ``root`` that are lines of ``text``.

    Only blocks that hold a link whose words are in the text, and headings, are read:
    the menus and lists extraction left out cost a look at their links' words, no more.

    Args:
        root: The page as extraction got it (after pruning).
        text: The text extracted from it.
        url: The page's address: relative links are read against it, so that a list of
            links into the site names one site however each link is written.

    >>> from lxml.html import document_fromstring
    >>> page = document_fromstring('<html><body><p>Story.</p><p><a href='
    ...     '"https://ko-fi.com/someone">Buy me a coffee</a></p></body></html>')
    >>> read_page_blocks(page, "Story.\\nBuy me a coffee").by_text["Buy me a coffee"].links
    (('Buy me a coffee', 'https://ko-fi.com/someone'),)
    """
    page = PageBlocks()
    lines = {_key(line) for line in text.splitlines()}
    lines.update(line.removeprefix(_ITEM_MARK) for line in list(lines))
    vocabulary = set(text.split())
    blocks: dict[HtmlElement, None] = {}
    for element in root.iter("a", *_HEADINGS):
        if element.tag != "a":
            blocks[element] = None
            continue
        if not element.get("href"):
            continue
        # A link whose words were not all extracted is in a menu extraction left out.
        words = "".join(element.itertext()).split()
        if words and vocabulary.issuperset(words) and (block := _block_of(element)) is not None:
            blocks[block] = None
    for block in blocks:
        seen = _visible_text(block)
        if seen not in lines or len(seen) > MAX_BLOCK_CHARS:
            continue
        links = _links(block, url)
        kind = _KINDS.get(str(block.tag), "paragraph")
        page.add(seen, MarkdownBlock(kind, seen, links, link_share(seen, links)))
    return page
