"""Markdown structure as evidence: block kinds, links and their targets, link lists.

RAG loaders and ``Config(output="markdown")`` hand the engine markdown. Its markup says
things the words do not, in any language: a line that is nothing but a link to a donation
platform is a donation button, a link to ``twitter.com/intent/tweet`` is a share button, and
a run of link-only list items under a heading is a related list or a menu. This module
reads that structure; the engine combines it with the rules' and the model's evidence.

The rules and the model read each block without its markup (``## Support us`` is read as
``Support us``, ``[Donate](/donate)`` as ``Donate``); spans still index the source, and the
markup of every kept block stays as it was.

Structural evidence is explained like a rule: ``MD-LINK-<category>`` (a link's target) and
``MD-LIST-<category>`` (a list of links), each a pseudo-rule with a description.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final, Literal
from urllib.parse import SplitResult, urlsplit

import regex

from cleanbody.config import LIST_ITEM_MAX_CHARS, PROSE_CHARS, SHORT_BLOCK_CHARS
from cleanbody.rules.learned import pseudo_rule
from cleanbody.rules.model import ARTICLE, Kind, Rule
from cleanbody.text.blocks import Block
from cleanbody.text.evidence import Hit

__all__ = [
    "HTML_PREFIX",
    "MARKDOWN_PREFIX",
    "BlockKind",
    "MarkdownBlock",
    "Markup",
    "link_category",
    "link_share",
    "looks_like_markdown",
    "markdown_rule",
    "markdown_rule_dicts",
    "read_markdown",
    "structure_hits",
]

#: Structural evidence carries pseudo-rules with this prefix (``MD-LINK-appeal``)...
MARKDOWN_PREFIX: Final = "MD-"
#: ...or this one, when it was read from an HTML page's tree (``HTML-LINK-appeal``).
HTML_PREFIX: Final = "HTML-"
Markup = Literal["MD", "HTML"]
BlockKind = Literal["heading", "item", "quote", "row", "paragraph"]

# Tuned numbers, each with its reason (see docs/html.md "Markdown" for the figures).
#: A block is a link (a button, a list entry) when its links hold this share of its text.
LINK_SHARE: Final = 0.7
#: A link-only block longer than a short line is a headline entry, not a button.
BUTTON_MAX_CHARS: Final = SHORT_BLOCK_CHARS
#: A button to a telling target clears a text's edge alone in balanced mode (3.0, after a
#: short button's cost of 0.3-0.5), never the middle of a text (5.0) nor conservative's
#: edge (4.0) without other evidence.
LINK_ANCHOR_WEIGHT: Final = 3.5
#: A link inside a sentence only supports a widget that something else found.
LINK_CUE_WEIGHT: Final = 1.0
#: Link-only list items in a run this long, under a heading, are a list of links...
MIN_LINK_LIST: Final = 3
#: ...and each supports a related or menu region as a cue.
LINK_LIST_WEIGHT: Final = 1.5
#: Link-only entries to at least this many other sites are references (article)...
MIN_REFERENCE_LIST: Final = 2
#: ...and outweigh a heading rule's anchor (4.0) on their title and on themselves.
REFERENCE_WEIGHT: Final = -6.0
#: List entries of at most this many words are menu entries; longer ones are headlines.
MENU_MAX_WORDS: Final = 3
#: Longer link targets are data, not addresses worth reading.
MAX_TARGET_CHARS: Final = 2_000

_HEADING_LINE: Final = regex.compile(r"^#{1,6}+[ \t]++")
_QUOTE_LINE: Final = regex.compile(r"^(?:>[ \t]?)+")
_ITEM_LINE: Final = regex.compile(r"^(?:[-*+]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?")
_ROW_LINE: Final = regex.compile(r"^\|.*\|$")
_RULE_LINE: Final = regex.compile(r"^(?:[-*_][ \t]*){3,}$|^\|?[ \t]*:?-{3,}")
# [text](target "title") and ![alt](target): text without brackets, target without spaces
# or parentheses beyond one balanced pair (possessive quantifiers: linear on any line).
_LINK: Final = regex.compile(
    r"(!?)\[([^\[\]\n]{0,500}+)\]\(\s*<?([^\s()<>]*+(?:\([^\s()]*+\)[^\s()<>]*+)?)>?"
    r"(?:\s+(?:\"[^\"\n]*+\"|'[^'\n]*+'))?\s*\)"
)
_AUTOLINK: Final = regex.compile(r"<((?:https?|mailto):[^\s<>]++)>")
# Emphasis markers are dropped one by one, never paired: pairing scans to the end of the
# line from every opener, which is quadratic on a line of openers.
_EMPHASIS: Final = regex.compile(r"\*\*|__|(?<![\w*])[*_](?=\S)|(?<=\S)[*_](?![\w*])")
_CODE: Final = regex.compile(r"`([^`\n]++)`")
_ESCAPED: Final = regex.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
# A markdown document: a heading line or a link, where plain text has neither.
_MARKDOWN_SIGN: Final = regex.compile(
    r"(?m)^#{1,6}[ \t]+\S|\]\((?:https?://|/|#|mailto:|\.{0,2}/?[\w-]+\.\w+)"
)
_WORD: Final = regex.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class MarkdownBlock:
    """What the markup of one block says.

    Attributes:
        kind: ``heading``, ``item`` (a list entry), ``quote``, ``row`` (a table row) or
            ``paragraph``.
        plain: The block's text without markup, as the rules and the model read it.
        links: ``(text, target)`` of each link, in order (images left out).
        link_share: Share of the plain text's characters inside links (0 to 1).
    """

    kind: BlockKind
    plain: str
    links: tuple[tuple[str, str], ...]
    link_share: float

    @property
    def is_link(self) -> bool:
        """Whether the block is (nearly) nothing but its links."""
        return bool(self.links) and self.link_share >= LINK_SHARE


def looks_like_markdown(source: str) -> bool:
    """Whether ``source`` reads as markdown: it has a ``#`` heading line or a link.

    >>> looks_like_markdown("# Floods\\n\\nThe river rose.")
    True
    >>> looks_like_markdown("Prices rose 3% (see [1]) in May.\\n#1 in sales")
    False
    """
    return _MARKDOWN_SIGN.search(source) is not None


def _unlink(match: regex.Match[str]) -> str:
    return match.group(2)


def _inline_plain(text: str) -> str:
    text = _LINK.sub(_unlink, text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _CODE.sub(r"\1", text)
    text = _EMPHASIS.sub("", text)
    return _ESCAPED.sub(r"\1", text).strip()


def _closed_heading(body: str) -> str:
    """A heading's text without its optional closing run of ``#``."""
    trimmed = body.rstrip(" \t")
    bare = trimmed.rstrip("#")
    if bare != trimmed and (not bare or bare[-1] in " \t"):
        return bare.rstrip(" \t")
    return trimmed


def parse_block(text: str) -> MarkdownBlock:
    """Read one stripped line of markdown.

    >>> parse_block("- [Give monthly](https://example.org/donate)")
    MarkdownBlock(kind='item', plain='Give monthly', links=(('Give monthly', \
'https://example.org/donate'),), link_share=1.0)
    >>> parse_block("## What **we** found").plain
    'What we found'
    """
    kind: BlockKind = "paragraph"
    body = text
    if heading := _HEADING_LINE.match(text):
        # "## Title ##": the closing hashes are markup too.
        kind, body = "heading", _closed_heading(text[heading.end() :])
    elif quote := _QUOTE_LINE.match(text):
        kind, body = "quote", text[quote.end() :]
        if item := _ITEM_LINE.match(body):
            body = body[item.end() :]
    elif item := _ITEM_LINE.match(text):
        kind, body = "item", text[item.end() :]
    elif _ROW_LINE.match(text):
        kind, body = "row", text.strip("|").replace("|", " ")
    links = tuple(
        (_inline_plain(match.group(2)), match.group(3))
        for match in _LINK.finditer(body)
        if not match.group(1)
    )
    plain = _inline_plain(body)
    return MarkdownBlock(kind, plain or text, links, link_share(plain, links))


def link_share(plain: str, links: Sequence[tuple[str, str]]) -> float:
    """Share of a block's words that sit inside its links (0 to 1).

    >>> link_share("Read our guide to rivers", [("guide to rivers", "/rivers")])
    0.6
    """
    words = len(_WORD.findall(plain))
    in_links = sum(len(_WORD.findall(link_text)) for link_text, _ in links)
    return min(in_links / words, 1.0) if words else 0.0


def read_markdown(blocks: Sequence[Block]) -> tuple[list[Block], list[MarkdownBlock]]:
    """Return the blocks as the rules should read them (markup out), and their structure.

    Each returned block keeps its number and its span in the source; only its text is
    the plain reading. A line of markup alone (a rule ``---``, a table's ``|---|``)
    keeps its own text.
    """
    view: list[Block] = []
    structure: list[MarkdownBlock] = []
    for block in blocks:
        parsed = (
            MarkdownBlock("paragraph", block.text, (), 0.0)
            if _RULE_LINE.match(block.text)
            else parse_block(block.text)
        )
        structure.append(parsed)
        view.append(block._replace(text=parsed.plain))
    return view, structure


# --- link targets -------------------------------------------------------------------

# Hosts that are a category whatever the path (a host and its subdomains).
_PLATFORM_HOSTS: Final = {
    "patreon.com": "appeal",
    "ko-fi.com": "appeal",
    "buymeacoffee.com": "appeal",
    "donorbox.org": "appeal",
    "liberapay.com": "appeal",
    "opencollective.com": "appeal",
    "paypal.me": "appeal",
    "list-manage.com": "newsletter",
    "eepurl.com": "newsletter",
    "mailchi.mp": "newsletter",
    "apps.apple.com": "app",
    "itunes.apple.com": "app",
}
# Share intents: host, then a path prefix (lowercase).
_SHARE_INTENTS: Final = (
    ("facebook.com", "/sharer"),
    ("facebook.com", "/share.php"),
    ("facebook.com", "/dialog/share"),
    ("twitter.com", "/intent/"),
    ("twitter.com", "/share"),
    ("x.com", "/intent/"),
    ("x.com", "/share"),
    ("linkedin.com", "/sharearticle"),
    ("linkedin.com", "/sharing/"),
    ("reddit.com", "/submit"),
    ("pinterest.com", "/pin/create"),
    ("api.whatsapp.com", "/send"),
    ("wa.me", "/"),
    ("t.me", "/share"),
    ("telegram.me", "/share"),
    ("bsky.app", "/intent/"),
)
# Social networks whose one-segment paths are profiles (a post has a longer path).
_SOCIAL_HOSTS: Final = frozenset(
    {
        "facebook.com",
        "twitter.com",
        "x.com",
        "instagram.com",
        "tiktok.com",
        "threads.net",
        "youtube.com",
        "t.me",
        "mastodon.social",
        "bsky.app",
    }
)
# Multi-segment profile paths: /company/x on LinkedIn, /channel/x on YouTube, /profile/x.
_PROFILE_PREFIXES: Final = ("/company/", "/in/", "/channel/", "/c/", "/user/", "/profile/")
# Path segments that name a category on any site (``/donate``, ``/newsletters/daily``)...
_PATH_SEGMENTS: Final = regex.compile(
    r"(?<![\w-])(?:(?P<appeal>donate|donations?|donating|support-us|become-a-(?:member|supporter"
    r"|patron))|(?P<newsletter>newsletters?|email-signup|newsletter-signup))(?![\w-])"
)
# ...and segments that only may (a gym's ``/membership`` page, a wiki's ``/contribute``):
# a link there supports a widget, it never stands for one.
_WEAK_SEGMENTS: Final = regex.compile(
    r"(?<![\w-])(?:(?P<appeal>membership|contribute|support)|(?P<newsletter>subscribe))(?![\w-])"
)
_NOT_PAGES: Final = ("/status/", "/p/", "/reel/", "/watch", "/posts/", "/video/", "/photo")


def _host(netloc: str) -> str:
    host = netloc.rsplit("@", 1)[-1].split(":", 1)[0].lower()
    return host.removeprefix("www.").removeprefix("m.").removeprefix("mobile.")


def _under(host: str, domain: str) -> bool:
    return host == domain or host.endswith("." + domain)


def link_category(target: str) -> str | None:
    """The category a link's target names, or ``None`` (an ordinary page).

    >>> link_category("https://www.patreon.com/somecreator")
    'appeal'
    >>> link_category("https://twitter.com/intent/tweet?text=hi")
    'share'
    >>> link_category("https://twitter.com/somepaper")
    'social'
    >>> link_category("https://twitter.com/somepaper/status/123")
    >>> link_category("/2024/05/donation-drive-breaks-record")
    """
    found = _classify(target)
    return found[0] if found else None


def _classify(target: str) -> tuple[str, bool] | None:
    """The category a target names, and whether it names it surely (a weak path does not)."""
    lowered = target.lower()
    if lowered.startswith("mailto:"):
        # mailto:?subject=...&body=<url>: an "e-mail this story" button.
        return ("share", True) if lowered.startswith("mailto:?") else None
    parts = _split(lowered)
    if parts is None:
        return None
    host, path = _host(parts.netloc), parts.path or "/"
    found = _site_category(host, path, parts.query)
    if found is None and (host in _SOCIAL_HOSTS or _under(host, "linkedin.com")):
        found = _profile_category(path)
    if found is not None:
        return found, True
    return None if host in _SOCIAL_HOSTS else _path_category(path)


def _split(target: str) -> SplitResult | None:
    if not target or len(target) > MAX_TARGET_CHARS:
        return None
    try:
        return urlsplit(target)
    except ValueError:
        return None


def _path_category(path: str) -> tuple[str, bool] | None:
    """The category a path segment names on any site (``/donate``), and how surely."""
    for pattern, sure in ((_PATH_SEGMENTS, True), (_WEAK_SEGMENTS, False)):
        if named := pattern.search(path):
            return ("appeal" if named.group("appeal") else "newsletter"), sure
    return None


def _site_category(host: str, path: str, query: str) -> str | None:
    """The category of a platform, an app store or a share intent, by host and path."""
    for domain, category in _PLATFORM_HOSTS.items():
        if _under(host, domain):
            return category
    if _under(host, "paypal.com") and ("donate" in path or "/paypalme" in path):
        return "appeal"
    if _under(host, "play.google.com") and path.startswith("/store/apps"):
        return "app"
    for domain, prefix in _SHARE_INTENTS:
        if _under(host, domain) and path.startswith(prefix) and (domain != "wa.me" or query):
            return "share"
    return None


def _profile_category(path: str) -> str | None:
    """``social`` for a profile on a social network; a post or a video is not one."""
    if any(marker in path for marker in _NOT_PAGES):
        return None
    segments = [segment for segment in path.split("/") if segment]
    if len(segments) == 1 or path.startswith(_PROFILE_PREFIXES):
        return "social"
    return None


# --- evidence -----------------------------------------------------------------------


@functools.cache
def markdown_rule(
    what: Literal["LINK", "LIST"], category: str, kind: Kind, markup: Markup = "MD"
) -> Rule:
    """The pseudo-rule that structural evidence carries (``MD-LINK-appeal``).

    ``markup``: ``"MD"`` for links written in markdown, ``"HTML"`` for links read from a
    page's tree (:mod:`cleanbody.html.links`); the evidence is the same.

    >>> markdown_rule("LINK", "appeal", "anchor").id
    'MD-LINK-appeal'
    >>> markdown_rule("LIST", "related", "cue", "HTML").id
    'HTML-LIST-related'
    """
    link = "A markdown link" if markup == "MD" else "A link of the HTML page"
    if what == "LINK":
        description = (
            f"{link} whose target is a {category} page or platform; an anchor when "
            "the block is nothing but the link, a cue inside a sentence."
        )
        weight = LINK_ANCHOR_WEIGHT if kind == "anchor" else LINK_CUE_WEIGHT
    elif kind == "counter":
        description = (
            f"A run of at least {MIN_REFERENCE_LIST} link-only list items to ordinary pages "
            "of several other sites, and its title: the article's references, not a related "
            "list (counter-evidence)."
        )
        weight = REFERENCE_WEIGHT
    else:
        description = (
            f"A run of at least {MIN_LINK_LIST} link-only list items under a heading, all to "
            f"one site: a {category} list (a cue: it needs a heading or a rule to go)."
        )
        weight = LINK_LIST_WEIGHT
    return pseudo_rule(
        f"{markup}-{what}-{category}",
        f"{category}.{'markdown' if markup == 'MD' else 'page'}_{what.lower()}",
        category,
        kind,
        weight=weight,
        description=description,
        source="text/markdown.py" if markup == "MD" else "html/links.py",
    )


#: The categories a link target can name, and those a list of links can be.
LINK_CATEGORIES: Final = ("appeal", "app", "newsletter", "share", "social")
LIST_CATEGORIES: Final = ("navigation", "related")


def markdown_rule_dicts(markup: Markup = "MD") -> list[dict[str, Any]]:
    """The public description of every ``MD-`` (or ``HTML-``) pseudo-rule (for listings).

    >>> [rule["id"] for rule in markdown_rule_dicts()][:2]
    ['MD-LINK-appeal', 'MD-LINK-app']
    >>> [rule["id"] for rule in markdown_rule_dicts("HTML")][-1]
    'HTML-LIST-article'
    """
    rules = [markdown_rule("LINK", category, "anchor", markup) for category in LINK_CATEGORIES]
    rules += [markdown_rule("LIST", category, "cue", markup) for category in LIST_CATEGORIES]
    rules.append(markdown_rule("LIST", ARTICLE, "counter", markup))
    return [rule.to_dict() for rule in rules]


def _list_site(target: str) -> str | None:
    """The site a list entry links to: its host, ``""`` for a link on the same site."""
    parts = _split(target)
    if parts is None:
        return None
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    return _host(parts.netloc)


def _list_entry(block: MarkdownBlock) -> bool:
    """A list item that is its links, or a paragraph or heading that is one link.

    Pages write a related list as list items, or as a run of linked headlines
    (``<h3><a>...</a></h3>`` teaser cards, ``[Headline](/x)`` paragraphs).
    """
    if not block.is_link:
        return False
    return block.kind == "item" or (
        block.kind in ("paragraph", "heading") and len(block.links) == 1
    )


def _link_lists(structure: Sequence[MarkdownBlock]) -> dict[int, str]:
    """Blocks in a run of link-only list entries to one site, under a heading: their category.

    A how-to's list of references links out to many sites; a related list or a menu
    links back into its own.
    """
    found: dict[int, str] = {}
    index = 0
    while index < len(structure):
        end = index
        while end < len(structure) and _list_entry(structure[end]):
            end += 1
        run = range(index, end)
        if len(run) >= MIN_LINK_LIST and index > 0 and _is_title(structure[index - 1]):
            sites = {_list_site(structure[number].links[0][1]) for number in run}
            if len(sites) == 1 and None not in sites:
                words = [len(_WORD.findall(structure[number].plain)) for number in run]
                short = sorted(words)[len(words) // 2] <= MENU_MAX_WORDS
                category = "navigation" if short else "related"
                long_items = any(
                    len(structure[number].plain) > LIST_ITEM_MAX_CHARS for number in run
                )
                if not long_items:
                    found.update(dict.fromkeys(run, category))
        index = max(end, index + 1)
    return found


def _is_title(block: MarkdownBlock) -> bool:
    """A heading, or a short line without links that can stand as one."""
    return block.kind == "heading" or (
        not block.links and block.kind == "paragraph" and len(block.plain) <= SHORT_BLOCK_CHARS
    )


def _donation_lists(structure: Sequence[MarkdownBlock]) -> set[int]:
    """List entries that link to the donation pages of several sites: where to give, article."""
    found: set[int] = set()
    index = 0
    while index < len(structure):
        end = index
        while end < len(structure) and structure[end].kind == "item":
            end += 1
        hosts = {
            _list_site(target)
            for number in range(index, end)
            for _, target in structure[number].links
            if link_category(target) == "appeal"
        }
        if len(hosts - {"", None}) >= 2:
            found.update(range(index, end))
        index = max(end, index + 1)
    return found


def _reference_lists(structure: Sequence[MarkdownBlock]) -> set[int]:
    """Link-only list entries to ordinary pages of several other sites, and their title.

    A related list or a menu links back into its own site; a list that sends the reader
    to several others is the article's references ("Further reading" in a how-to).
    """
    found: set[int] = set()
    index = 0
    while index < len(structure):
        end = index
        while end < len(structure) and _reference(structure[end]):
            end += 1
        hosts = {_list_site(structure[number].links[0][1]) for number in range(index, end)}
        if end - index >= MIN_REFERENCE_LIST and len(hosts - {"", None}) >= MIN_REFERENCE_LIST:
            found.update(range(index, end))
            if index > 0 and _is_title(structure[index - 1]):
                found.add(index - 1)
        index = max(end, index + 1)
    return found


def _reference(block: MarkdownBlock) -> bool:
    """A list entry that is one link to an ordinary page of another site."""
    if block.kind != "item" or not block.is_link or len(block.links) != 1:
        return False
    target = block.links[0][1]
    return bool(_list_site(target)) and _classify(target) is None


def structure_hits(
    structure: Sequence[MarkdownBlock], markup: Markup = "MD"
) -> dict[int, list[Hit]]:
    """Structural evidence per block position: link targets and lists of links.

    ``markup`` names where the structure was read (the ids' prefix, ``MD-`` or ``HTML-``).

    >>> blocks = [parse_block("The vote was close."),
    ...           parse_block("[Become a member](https://example.org/membership)")]
    >>> {n: [hit.rule.id for hit in hits] for n, hits in structure_hits(blocks).items()}
    {1: ['MD-LINK-appeal']}
    """
    hits: dict[int, list[Hit]] = {}
    giving = _donation_lists(structure)
    for number, block in enumerate(structure):
        categories: dict[str, bool] = {}
        for _, target in block.links:
            if found := _classify(target):
                categories[found[0]] = categories.get(found[0], False) or found[1]
        for category, telling in categories.items():
            if category == "social" and len(block.plain) > PROSE_CHARS:
                continue  # a sentence naming someone links to their profile: a citation
            button = block.is_link and len(block.plain) <= BUTTON_MAX_CHARS
            sure = telling and button and not (category == "appeal" and number in giving)
            rule = markdown_rule("LINK", category, "anchor" if sure else "cue", markup)
            hits.setdefault(number, []).append(Hit(rule, 0, len(block.plain), None))
    for number, category in _link_lists(structure).items():
        if number not in hits:
            rule = markdown_rule("LIST", category, "cue", markup)
            hits[number] = [Hit(rule, 0, len(structure[number].plain), None)]
    counter = markdown_rule("LIST", ARTICLE, "counter", markup)
    for number in _reference_lists(structure):
        hits.setdefault(number, []).append(Hit(counter, 0, len(structure[number].plain), None))
    return hits
