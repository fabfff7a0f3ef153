"""Group scored blocks into regions and decide each region as a whole.

Boilerplate arrives as widgets: a heading, a body and buttons. A region grows from blocks
with positive evidence and may bridge a few plain blocks between them when the evidence
on *both* sides outweighs their cost, which is how an appeal body that reads like
journalism leaves with its heading and its button. Where a region sits decides how much
evidence it needs: at the edges (header, trailer) less than in the middle (insert).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import regex

from cleanbody.config import (
    BODY_MAX_BLOCKS,
    BODY_MIN_WORDING,
    EDGE_SLACK_BLOCKS,
    EDGE_SLACK_CHARS,
    GAP_MAX_ARTICLE_WORDING,
    GAP_READ_MIN_CHARS,
    HEADING_MARGIN,
    LIST_ITEM_MAX_CHARS,
    MAX_GAP_BLOCKS,
    MAX_LIST_ITEMS,
    MODEL_ALONE_WORDING,
    MODEL_BODY_WORDING,
    MODEL_EXTEND_WEIGHT,
    MODEL_MIN_WORDING,
    MODEL_ONLY_MARGIN,
    MODEL_TOUCHING_MARGIN,
    PROSE_CHARS,
    SHORT_BLOCK_CHARS,
    SPOKEN_TITLE_CHARS,
    Placement,
    Thresholds,
)
from cleanbody.model.lexicon import load_lexicon
from cleanbody.rules import MODEL_PREFIX, Rule
from cleanbody.rules.learned import (
    GUESSED_KIND_PREFIXES,
    SITE_RULE_ID,
    pseudo_rule,
    trailer_rule,
)
from cleanbody.text.amounts import is_amount, is_priced, plan_line
from cleanbody.text.evidence import Evidence, Hit, block_cost, spoken
from cleanbody.text.head import HEAD_RULE_ID, headline_sized
from cleanbody.text.labels import cadence, names_target, voice, voiced_anywhere
from cleanbody.text.lists import LIST_RULE_ID
from cleanbody.text.tags import tag_item, tags_rule

__all__ = ["BOX_RULE_ID", "MAX_GAP_BLOCKS", "Region", "box_rule_dicts", "find_regions"]

#: The most lines left between widgets at the page's end that its trailer takes...
TRAILER_MAX_LINES: Final = 3
#: ...under a widget of at least this many lines that went (a box, not an insert)...
TRAILER_WIDGET_LINES: Final = 2
#: ...in at most this many groups, from the bottom up: a page ends in a few boxes.
TRAILER_MAX_GROUPS: Final = 3

#: ...so an item costs less than this (140 Latin characters, ~47 CJK ones).
MAX_LIST_ITEM_COST: Final = block_cost("x" * LIST_ITEM_MAX_CHARS, 1.0)
#: Widgets whose body is prose: only these bridge paragraphs (a related list or a
#: sponsored box never holds one, so paragraphs between two of them are article). A
#: comment box's is its policy ("Comments are read before they appear ...").
BODY_CATEGORIES: Final = frozenset({"appeal", "paywall", "newsletter", "cookie", "comments"})
_SENTENCE_BREAK = regex.compile(r"[.!?…。！？]\s*\S")
# The same, but a stop between digits is a number's ("Rp549.000", "€4.50"), not a break.
_BREAK_OUTSIDE_NUMBERS = regex.compile(r"(?:[!?…。！？]|(?<!\d)\.|\.(?!\d))\s*\S")
# A list item's number or bullet ("3. ", "2) ", "• "), whose stop ends no sentence.
_ENUMERATOR = regex.compile(r"^(?:\d{1,2}[.)]|[•*·▪►]|\p{Pd})\s+")
# A word of five letters or more (in any script): a name or a noun more than glue.
_LONG_WORD = regex.compile(r"\w{5,}+")
#: The story's headline, standfirst and byline: its first lines kept.
STORY_HEAD_BLOCKS: Final = 3
#: A word's stem: its first letters (enough to tell nouns and names apart).
STEM_LETTERS: Final = 5
#: A line that shares this many stems with the story's head names the story's subject.
ECHO_MIN_WORDS: Final = 2
#: A kept sentence of at least this many words after a block is the story's, not slack.
STORY_SENTENCE_WORDS: Final = 8
#: A line under the headline this long is its standfirst, not a bar or a label.
STANDFIRST_CHARS: Final = 60
#: Kinds whose widgets list prices (a plan's, a gift's).
_PRICED: Final = frozenset({"paywall", "appeal"})
#: Kinds whose lines stand above a page's headline: never its headline.
PAGE_TOP_KINDS: Final = frozenset(
    {"navigation", "ui", "audio", "ad", "share", "cookie", "paywall", "newsletter"}
)
#: Kinds of the bars over a page's headline.
_BARS: Final = frozenset({"navigation", "ui", "share"})
#: An appeal ends on at most this many buttons under its amounts ("Join", "Maybe later")...
APPEAL_BUTTONS: Final = 2
#: ...each a short label.
BUTTON_CHARS: Final = 40
#: A sign-up box's blurb over it is at most this long (a sentence or two).
BLURB_MAX_CHARS: Final = 240
#: ... and its words lean to the article's no more than this (the lexicon's log-odds): a
#: story's last paragraph under its subheading leans further.
BLURB_MIN_WORDING: Final = -1.0
# A writer may sign with a first name alone ("Priya").
_FIRST_NAME = regex.compile(r"^\p{Lu}[\p{L}\p{M}'’-]{1,20}$")
#: A farewell over a writer's signed name is short ("Until then, happy cooking.").
SIGN_OFF_CHARS: Final = 40
#: Boxes whose title may be a bare name, with no widget's words in it.
NAMED_BOXES: Final = frozenset({"newsletter", "paywall"})
#: The outlet or place after a byline's name ("Ana Ruiz | Madrid") is short.
BYLINE_TAIL_CHARS: Final = 40
#: A subheading is short; a related story's headline is a sentence.
SUBHEADING_CHARS: Final = 40
#: Topics one a line under a widget: at least this many lines.
TAG_RUN_LINES: Final = 3
#: The boxes that close a page, under which its topics may stand one a line.
_CLOSING_BOXES: Final = frozenset(
    {"paywall", "appeal", "newsletter", "comments", "share", "related"}
)
#: ... or the one-line furniture that closes a page: a comment count, a share row, a
#: follow line, a copyright line.
_CLOSING_LINES: Final = frozenset({"comments", "share", "social", "legal"})
#: A widget the story shows (a banner it reports on) is at most this many lines...
MAX_SHOWN_LINES: Final = 5
#: ... and one of these kinds: what reports on the news business and on consent quote.
_SHOWN_KINDS: Final = frozenset({"paywall", "cookie", "newsletter"})
#: An item of a section trail or a menu has at most this many words.
TRAIL_ITEM_WORDS: Final = 4
_SENTENCE_END = regex.compile(r"[.!?…。！？][\"'”’»」』)）]*\s*$")
#: The marks that end a sentence with a full stop, in the scripts that use one.
_FULL_STOPS: Final = (".", "。", "।")
#: What ends a sentence, not a headline: a link list's item never ends so.
_ITEM_ENDS: Final = (".", ":", ";", "。", "！", "？", "।", "۔")
#: The marks that may close a quotation or an aside after a sentence's end.
_CLOSING_MARKS: Final = "\"'”’»」』)） "
#: How a box's title or salutation ends (a button's label ends bare).
_OPEN_ENDS: Final = (".", ",", ":", ";", "!", "?", "…", "。", "，", "：", "！", "？", "、", "،")
_LEADING_BULLET: Final = regex.compile(r"^\s*([•·▪▫◦‣⁃●○■□►▶▸»›*+\-–—])\s")
#: A plug that speaks in no voice ("Listen on Spotify") is at most this many words.
PLUG_MAX_WORDS: Final = 10
#: What ends a line that is a link of its own ("Support our next investigation →").
_LINK_ENDS: Final = ("→", "»", "›", "➔", "➜", "▶", "▸", ">>")
# Somebody's words in quotation marks (the Nordic ”…” too): a report, never the outlet's
# own appeal.
_QUOTATION = regex.compile(
    r"[«„“\"「『]([^«»„“”\"「」『』\n]{12,300})[»“”\"」』]|”([^“”\n]{12,300})”"
)
# A salutation: a short line that ends addressing someone ("Dear readers," "Kedves Olvasónk!").
_SPACED = regex.compile(r"\s")
# A trail's or a menu's separators between its items ("News › Opinion", "Sport | Video").
_TRAIL_MARKS = regex.compile(r"\s[|·•/›»>]\s")
_ITEM_DOTS = regex.compile(r"\s[·•]\s")
_SALUTATION = regex.compile(r"^[^\n]{2,60}[,!،，！]$")
#: A section's name between two of the story's paragraphs, at most this many words, is
#: its subheading ("Economy", "Culture and arts").
SECTION_SUBHEADING_WORDS: Final = 3
#: ... and characters (a script without spaces writes it as one "word").
SECTION_SUBHEADING_CHARS: Final = 24
#: The widgets over a page's headline (a cookie banner's paragraphs and buttons, the
#: trail) are at most this many lines: a headline is looked for no lower, so the check
#: stays a few lines' work however long the page.
TOP_WIDGET_BLOCKS: Final = 12
#: Two lines of one list open with this many words alike, numbers aside.
PARALLEL_WORDS: Final = 3
_NUMBER_RUN = regex.compile(r"\d+(?:[.,\s]\d+)*")
#: A salutation alone over an appeal's body has at most this many words
#: ("Cara lettrice, caro lettore,") ...
GREETING_WORDS: Final = 4
#: An appeal's head is its title and its salutation, each on a line of its own.
APPEAL_HEAD_LINES: Final = 2
#: A wall's plans between two of its parts that went: at most this many lines.
MAX_OFFER_LINES: Final = 3
#: Lines of a widget's own words between two of its parts that went: at most this many.
MAX_BODY_GAP_LINES: Final = 2
#: ... or characters of a script without spaces ("读者朋友们，你好：").
GREETING_DENSE_CHARS: Final = 8
_GREETING_ENDS: Final = (",", "!", ":", "،", "，", "！", "：")
_DENSE_CHAR = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Hangul}]")
# A title: a capitalised phrase of at most six words, with no digits or colon (not a
# "Player of the match: X" line) and no closing punctuation. Only scripts with case have
# this shape; in others a byline looks the same, so none is taken.
_HEADING = regex.compile(
    r"^(?=.{2,50}$)(?![-–—(\[])(?!.*[\d:：])\p{Lu}\S*(?:\s+\S+){0,5}"
    r"(?<![.!?…:;,)\]»”\"'。！？」』）])$"
)
# A title whose own words lean to a widget's may ask or call out, and run a little longer
# ("Kan du lide lokal journalistik?", "Fanal ne vit que de ses adhérents").
_LEANING_HEADING = regex.compile(
    r"^(?=.{2,70}$)(?![-–—(\[])(?!.*[\d:：])[\p{Lu}\p{Lo}]\S*(?:\s+\S+){0,8}"
    r"(?<![.…:;,)\]»”\"'。」』）])$"
)
# A related line that gives its own headline after a label ("Read more: Floods return"):
# a one-line insert, not the heading of a list (whatever short lines follow are the text's).
_LABELLED_HEADLINE = regex.compile(r"^[^\n:：]{2,40}[:：][ \t]*\p{L}[^\n]*\p{L}")
# A signature has a title's shape: a name with a role after a comma ("Ana Ruiz, editor").
_ROLE = regex.compile(r"^\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3},\s*\p{Ll}")
# ...or a bare name: two to four capitalised words, a short particle allowed between
# them ("Salvatore Lo Presti", "Hồng Nhung", "Ana de la Fuente"), under the last paragraph.
# What opens a byline before its names: a short word in lower case ("by", "di", "par"),
# the same word capitalised ("Oleh", "Von", "Por": a site's "By"), or a credit's label
# ("Text:", "Έρευνα:").
_BYLINE_LEAD = regex.compile(
    r"^(?:\p{Ll}{1,4}\s+|(?:By|Por|Par|Von|Oleh|Av|Af|Door|Od|Napisał|Di)\s+"
    r"|[\p{L}\p{M}]+(?:\s[\p{L}\p{M}]+)?:\s+)"
)
# Between the names of a byline: a comma, "&", or "and" in its language.
_NAME_SEPARATOR = regex.compile(
    r",\s+|(?<!\s)\s+(?:&|and|und|et|y|e|i|og|och|en|és|ve|și|dan|và|и|і|και|ו)\s+"
)
#: A byline of a few names, with a lead or an outlet, is at most this long.
BYLINE_MAX_CHARS: Final = 160
#: The page's opening, above its byline: a headline, a standfirst, perhaps a kicker.
OPENING_BLOCKS: Final = 3
#: A byline names at most this many people.
MAX_BYLINE_NAMES: Final = 3
# An e-mail address or a web address.
_ADDRESS = regex.compile(r"\S@[^\s@]+\.\w|https?://|www\.")
_PLACE = regex.compile(r"^\p{Lu}[\p{L}\p{M}'’-]+(?:\s\p{Lu}[\p{L}\p{M}'’-]+)?$")
_NAME = regex.compile(
    r"^(?=.{3,40}$)(?!(?:\S+\s+){4})\p{Lu}[\p{L}\p{M}'’-]*\.?"
    r"(?:\s+(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}[\p{L}\p{M}'’-]*\.?){1,3}$"
)


@dataclass(slots=True)
class Region:
    """A run of blocks judged together.

    Attributes:
        first: Index of the region's first block.
        last: Index of its last block (inclusive).
        score: Summed evidence of its members (block scores, gaps bridged at their cost).
        anchor: Whether a high-precision rule fired in it.
        standalone: A one-line widget judged alone, never merged with neighbours.
        position: Where it sits once placed: header, trailer or insert (the middle).
        accepted: Whether it clears its placement's threshold and will be removed.
        members: Indices of its blocks (bridged gaps included).
        categories: Categories of the rules that fired in it.
        headed: Whether a title line above it was taken into it.
        bodied: Whether an appeal's body around it was looked for (once is enough).
        trailed: Whether it is lines the page's trailer took (``TXT-TRAILER-``).
    """

    first: int
    last: int
    score: float
    anchor: bool
    standalone: bool = False
    position: Placement = "insert"
    accepted: bool = False
    members: list[int] = field(default_factory=list)
    categories: frozenset[str] = frozenset()
    headed: bool = False
    bodied: bool = False
    trailed: bool = False

    def fits(self, other: Region) -> bool:
        """Whether two regions can be one widget: they share a category.

        A cookie banner at the top and a paywall at the bottom are two widgets, and the
        article between them is not bridged however strong both are; a bare button
        ("ui") only joins a widget it touches.
        """
        return bool((self.categories & other.categories) - {"ui"})


def _categories(found: Evidence) -> frozenset[str]:
    return frozenset(found.category_weights())


def _ruled_kinds(found: Evidence) -> set[str]:
    """The categories of the rules (not the model's guesses) that fired on a block.

    A label's or an arrow's pseudo-rule is sure of its line's shape, but its kind is the
    lexicon's guess ("We have raised 64% of this month's budget" read as a paywall's).
    """
    return {
        hit.rule.category
        for hit in found.hits
        if not hit.rule.id.startswith((MODEL_PREFIX, *GUESSED_KIND_PREFIXES))
    }


def _ruled_appeal(evidence: list[Evidence], region: Region) -> bool:
    """Whether a rule, not only the model, calls a block of the region an appeal's.

    The lexicon may read a syndication line as an appeal's ("This article first appeared
    in ..."); the rule that found it knows it is a legal line.
    """
    return any("appeal" in _ruled_kinds(evidence[index]) for index in region.members)


def _trim_guesses(evidence: list[Evidence], region: Region) -> None:
    """Take the model's weak guesses off the ends of a region a rule found.

    A guess may fill a widget in (between its blocks) or carry it to an end of the
    text, but not stretch it over the line it touches: a title under a cookie banner,
    a photo credit above a share bar. Regions of guesses alone stand on their own.
    """
    if not any(evidence[index].ruled for index in region.members):
        return
    last_block = len(evidence) - 1
    members = region.members

    def loose(end: int, inner: int) -> bool:
        found = evidence[end]
        if end in (0, last_block):
            return False
        if end > inner and not found.ruled and _below_trail(evidence, inner, end):
            return True  # the page's headline, its words read as the trail's kind
        if not found.guessed:
            # Even a sure guess is loose where it touches a widget of another kind: on a
            # headline below a banner (its story's words, "... on LINE"), or on a contact
            # line above one ("Media contact: Press Office, press@...").
            model_only = bool(found.hits) and not found.ruled
            if not model_only or not (
                (end > inner and _headline(evidence, end))
                or (end < inner and _ADDRESS.search(found.block.text))
            ):
                return False
            return not set(found.category_weights()) & set(evidence[inner].category_weights())
        # A sure enough guess of the widget's own kind may stay at its edge.
        sure = found.gain >= MODEL_EXTEND_WEIGHT
        kind = set(found.category_weights())
        return not (sure and kind & set(evidence[inner].category_weights()))

    def drop(end: int) -> None:
        # The guess goes with it: the block is plain text again, as without the model.
        region.score -= evidence[end].score
        evidence[end].hits.clear()
        evidence[end].gain = 0.0

    while len(members) > 1 and loose(members[0], members[1]):
        drop(members.pop(0))
        region.first = members[0]
    # A link list's items lie past its last member: only a guess that ends it is taken off.
    while len(members) > 1 and region.last == members[-1] and loose(members[-1], members[-2]):
        drop(members.pop())
        region.last = members[-1]


def _below_trail(evidence: list[Evidence], inner: int, end: int) -> bool:
    """Whether a guess at a header's lower end is the headline under the page's trail.

    A headline in the site's name's words ("... news ...") reads to the lexicon like the
    trail above it; headline-shaped, at the page's top, with text under it and no
    separators of its own, it is the page's headline.
    """
    text = evidence[end].block.text
    return (
        _at_start(evidence, inner)
        and bool(_TRAIL_MARKS.search(evidence[inner].block.text))
        and not _trail_like(text)
        and _headline(evidence, end)
    )


def _trail_like(text: str) -> bool:
    """Whether a line is items of a few words between separators ("News › Local").

    A headline may open with its genre ("Investigation | Contaminated water in the
    eastern districts ..."): its second part is a sentence, not an item.
    """
    parts = _TRAIL_MARKS.split(text)
    return len(parts) > 1 and all(len(part.split()) <= TRAIL_ITEM_WORDS for part in parts)


def _facing_fit(evidence: list[Evidence], before: int, after: int) -> bool:
    """Whether the blocks on either side of a gap belong to one widget.

    Two widgets in a row (a newsletter box, then a related list under a share bar) may
    share a category somewhere (an "E-mail" share button); the article between them is
    bridged only when the blocks that face the gap are of one kind. Over a gap of
    labels, no sentence among them (a price row, a button), the lexicon's guess of a
    block's kind says no kind: its words are a widget's, of whichever kind the regions
    share ("Sign up now and read the whole report" read as related, above the plans).
    """
    # Over a gap of labels alone, the lexicon's guess of a block's kind says no kind.
    guessed = all(
        len(text := evidence[index].block.text) <= PROSE_CHARS and not _SENTENCE_END.search(text)
        for index in range(before + 1, after)
    )
    left, right = (
        set(_categories(evidence[index])) - {"ui"}
        if evidence[index].ruled or not guessed
        else set()
        for index in (before, after)
    )
    return not left or not right or bool(left & right)


def _touching_fit(evidence: list[Evidence], left: Region, right: Region) -> bool:
    """Whether two touching regions are one widget.

    A guess of the model's alone where the headline stands (under a breadcrumb or a
    section's name, over a reading-time line) joins neither: it is the headline, its
    words misread, however sure the guess, and so is a rule's cue of the story's kind
    under the bars that open the page ("... 90 euro al mese"); nor does a guess on a
    paragraph that quotes somebody (a report quoting the follow buttons it is about).
    """
    if _is_head(evidence, left.last):
        return False  # the page's head is a line alone: the headline under it is no kin
    for side, other in ((left, right), (right, left)):
        index = side.first
        if side.last != index:
            if _cued_report(evidence, side, other):
                return False
            continue
        found = evidence[index]
        if _guessed_headline(evidence, index):
            return False
        if (
            side is right
            and other.first == 0
            and other.categories <= _BARS | {"cookie"}  # a cookie banner over them too
            and not found.has_anchor
            and not _categories(found) & PAGE_TOP_KINDS
            and _headline(evidence, index)
        ):
            return False  # a cue of the story's kind on the headline under the page's bars
        if _stray_cue(evidence, index, side, other, below=side is right) or (
            not found.ruled and _prose(evidence, index) and _reports(found.block.text)
        ):
            return False  # a cue of the story's, or a paragraph quoting a widget's words
    return True


def _cued_report(evidence: list[Evidence], side: Region, other: Region) -> bool:
    """Whether a run of lines with only rules' cues, in the article's words, is the story's.

    A report's list of prices ("Netflix Standard: 14,99 euro al mese" a line each) cues
    an appeal's; over a newsletter box it is still the report's list, not the box's. The
    run's words together lean article (one line may name an e-paper).
    """
    return (
        not side.categories & other.categories
        and all(evidence[index].ruled and not evidence[index].has_anchor for index in side.members)
        and sum(evidence[index].wording for index in side.members) < 0
    )


def _stray_cue(
    evidence: list[Evidence], index: int, side: Region, other: Region, *, below: bool
) -> bool:
    """Whether a line with only a rule's cue is no part of the widget it touches.

    A price in a report ("the county pass still costs 5,000 forints a month") is a cue of
    an appeal's; above a newsletter box, or as the headline under a breadcrumb, it is the
    article's paragraph or headline, not the box's. A headline right under the page's
    trail is the story's whatever its cue ("The data law is in force: is an 'Agree'
    button still enough?" under a cookie banner and the trail).
    """
    found = evidence[index]
    if not found.ruled or found.has_anchor:
        return False
    text = found.block.text
    if (
        below
        and _TRAIL_MARKS.search(evidence[index - 1].block.text)
        and not _trail_like(text)
        and _headline(evidence, index)
    ):
        return True
    return not side.categories & other.categories and (
        len(text) > PROSE_CHARS or (_at_start(evidence, index) and _headline(evidence, index))
    )


def _guessed_headline(evidence: list[Evidence], index: int) -> bool:
    """Whether a block near the top, of a headline's shape, has only a weak guess for it.

    Under a breadcrumb or a section's name, between the bars that open the page (a cookie
    banner's paragraphs above them too), the first line of a headline's shape is the
    headline ("The e-mail is back: newsletters that earn more than a staff job"), its
    words misread by the lexicon. Only a rule or a sure guess takes it, and no widget
    bridges it.
    """
    found = evidence[index]
    return (
        not found.ruled
        and found.gain < MODEL_EXTEND_WEIGHT
        # under short lines, or under nothing but widgets (a cookie banner's paragraphs)
        and (
            _at_start(evidence, index)
            or (index <= TOP_WIDGET_BLOCKS and all(above.gain > 0 for above in evidence[:index]))
        )
        and _headline(evidence, index)
        # a player's or a toolbar's items ("Read by: synthetic voice · 5:31"), not a headline
        and not _ITEM_DOTS.search(found.block.text)
    )


def _headline_under(evidence: list[Evidence], region: Region) -> bool:
    """Whether a one-line region under the page's opening bars is the story's headline.

    A guess on a headline's shape is the headline (see :func:`_guessed_headline`), unless
    a longer line of that shape stands right under it: that one is the headline, and the
    shorter line over it a box's title ("The Thursday culture letter" in an e-mail).
    """
    index = region.first
    if region.last != index or not _guessed_headline(evidence, index):
        return False
    below = index + 1
    return not (
        below < len(evidence)
        and not evidence[below].ruled
        and _headline(evidence, below)
        and len(evidence[below].block.text) > len(evidence[index].block.text)
    )


def _is_head(evidence: list[Evidence], index: int) -> bool:
    """Whether block ``index`` is a section trail or name read as the page's head."""
    return any(hit.rule.id == HEAD_RULE_ID for hit in evidence[index].hits)


def _weak_prose(found: Evidence) -> bool:
    """Whether a paragraph has only cues for it, and words that lean towards the article's.

    A price per month or an amount in a report ("a place costs 3,200 euros a month") is
    a cue of an appeal's; a paragraph of the article's words around it stays the article's.
    """
    return not found.has_anchor and found.wording < 0 and len(found.block.text) > PROSE_CHARS


def _gap_cost(
    evidence: list[Evidence],
    first: int,
    last: int,
    factor: float,
    appeal: bool,
    *,
    past_button: bool = False,
) -> float | None:
    """Cost of bridging blocks first..last, or None where they must not be bridged.

    ``appeal``: the gap lies inside an appeal, whose body paragraphs read like reporting
    ("Statehouse coverage has shrunk by half ..."). Between the blocks of any other
    widget, a paragraph whose words lean towards the article's is the article's: the
    newsletter's own story between its sign-up box and its footer; and so is one that
    reports speech ("..., according to a partner at the fund"), however strong the
    sides. ``past_button``: the gap follows an appeal's button (see :func:`_closed`),
    where its body has ended: a paragraph whose words lean towards the article's,
    however little, is the story's, between two appeals.
    """
    if last - first + 1 > MAX_GAP_BLOCKS:
        return None
    total = 0.0
    for found in evidence[first : last + 1]:
        if _the_pages_own(found, appeal):
            return None
        if found.is_standalone:
            continue
        if (
            past_button
            and found.gain <= 0
            and found.wording < 0
            and len(found.block.text) > GAP_READ_MIN_CHARS
        ):
            return None
        if not appeal and found.counter < 0 and len(found.block.text) > PROSE_CHARS:
            return None  # a paragraph of reported speech: a newsletter or paywall quotes nobody
        if (
            not appeal
            and not found.hits
            and found.wording < GAP_MAX_ARTICLE_WORDING
            and len(found.block.text) > GAP_READ_MIN_CHARS
            and not is_priced(found.block.text)  # a plan chooser's prices, in a widget's
        ):
            return None
        # Counter-evidence (reported speech, attribution) is already in a scored block's
        # negative score: such a paragraph is bridged only between very strong sides.
        total += -found.score if found.hits else block_cost(found.block.text, factor)
    return total


def _the_pages_own(found: Evidence, appeal: bool) -> bool:
    """Whether a block between two widgets is the page's own, which no region bridges.

    The site's memory says so of prose no other page shows, and of lines no other page
    shows that no rule or model speaks for (the story's fact box); a bare name between
    two boxes is the writer's or the photographer's (an appeal may be signed).
    """
    return found.unique or (found.unseen and not found.hits) or (not appeal and _name_line(found))


def _closed(evidence: list[Evidence], region: Region) -> bool:
    """Whether a region ends on a button: a bare label right under a sentence of its own.

    An appeal's body comes before its button ("Support us"); a paragraph past the button
    is not its body when its words lean towards the article's, even when another appeal
    follows it.
    A heading or a salutation above the body ends in a colon or a comma, or has no
    sentence above it. A button under the progress line ("74,600 of 120,000 raised")
    closes the appeal too. A lone line that ends as a link ("If this story mattered to
    you, fund the next one →") is a whole banner: its button is itself.
    """
    if region.members == [region.last]:
        return evidence[region.last].block.text.rstrip().endswith(_LINK_ENDS)
    if len(region.members) < 2 or region.members[-1] != region.last:
        return False
    last = evidence[region.last].block.text.rstrip()
    above = evidence[region.members[-2]].block.text
    return (
        _box_line(evidence, region.last, 1)
        and not last.endswith(_OPEN_ENDS)
        and not _has_digit(last)  # amounts: the button is still to come
        and (
            bool(_SENTENCE_END.search(above))
            # under the progress line; under the amounts, "Other amount" is one of them
            or (_has_digit(above) and not is_amount(above))
        )
    )


def _heads_list(found: Evidence) -> bool:
    """Whether a related block may head a link list: no rule calls it of another kind.

    A share button ("Copy link") that the lexicon also reads as related heads no list:
    the line under it is the article's (a series' name, a caption). The site's memory
    says a block repeats, not what kind it is. A guess of the model's alone heads a list
    only when it is as short as a heading ("More on this"): a longer line is a headline,
    the page's own, with its standfirst and byline under it.
    """
    ruled = {
        hit.rule.category
        for hit in found.hits
        if hit.rule.kind != "counter"
        and not hit.rule.id.startswith(MODEL_PREFIX)
        and hit.rule.id != SITE_RULE_ID
    }
    if not ruled and not found.templated:
        return len(found.block.text) <= SUBHEADING_CHARS
    return not ruled or "related" in ruled


def _banners_button(evidence: list[Evidence], index: int) -> bool:
    """Whether a link's label above the story is a banner's button, not a list's heading.

    A cookie banner's "More information" reads to a rule as a link, and the page's
    headline and standfirst under it have a headline's shape; the lexicon reads the
    button as the banner's, and no paragraph of the story stands above it.
    """
    model = {
        hit.rule.category for hit in evidence[index].hits if hit.rule.id.startswith(MODEL_PREFIX)
    }
    if not model or "related" in model:
        return False
    return not any(
        not found.hits and _prose(evidence, above) for above, found in enumerate(evidence[:index])
    )


def _list_end(evidence: list[Evidence], heading: int) -> int:
    """Index of the last item of the link list under a related-stories heading.

    Headlines carry no evidence of their own; what marks them is the heading above and
    their shape: short, without a closing full stop. Where the link lists' reading took
    the heading (``TXT-LIST-related``), the list ends where that reading's does: it knows
    an article's subheading over its paragraph ("What supporters should know").
    """
    shaped = _list_item(evidence[heading])
    last = heading
    bullet = _bullet(evidence[heading + 1].block.text) if heading + 1 < len(evidence) else None
    while last + 1 < len(evidence) and last - heading < MAX_LIST_ITEMS:
        item = evidence[last + 1]
        text = item.block.text
        if bullet is not None and _bullet(text) != bullet:
            break  # the items all wear the first one's bullet: a line without it is the story's
        plain = item.guessed or not item.hits or set(item.category_weights()) <= {"related"}
        if not plain or item.counter < 0 or block_cost(text, 1.0) > MAX_LIST_ITEM_COST:
            break
        # A sentence's end, a quotation's closing mark after it or not ('... করুন।"').
        ended = text.rstrip(_CLOSING_MARKS)
        if ended.endswith(_ITEM_ENDS) and not ended.endswith("..."):
            break
        if _name_line(item) and last > heading and len(evidence[last].block.text.split()) >= 5:
            break  # a bare name under headlines: the writer's, under the list
        if shaped and not _list_item(item):
            break  # the list's shape ends here: a subheading over its paragraph follows
        if (
            text.endswith(("?", "؟"))
            and len(text) <= SUBHEADING_CHARS
            and _prose(evidence, last + 2)
        ):
            break  # a short question the paragraph under it answers: the article's subheading
        last += 1
    return last


def _bullet(text: str) -> str | None:
    """The bullet a line opens with ("• ", "- ", "▪ "), if any."""
    match = _LEADING_BULLET.match(text)
    return match.group(1) if match else None


def _list_item(found: Evidence) -> bool:
    """Whether the link lists' reading took a block (a list's heading or headline)."""
    return any(hit.rule.id == LIST_RULE_ID for hit in found.hits)


def _prose(evidence: list[Evidence], index: int) -> bool:
    """Whether block ``index`` exists and is a paragraph of several sentences."""
    if index >= len(evidence):
        return False
    text = evidence[index].block.text.rstrip()
    return len(text) > PROSE_CHARS and text.endswith((".", "!", "?", "…", "。", "।", "”", '"', "»"))


def _short(evidence: list[Evidence], first: int, stop: int, per_block: bool = False) -> bool:
    """Whether blocks first..stop-1 are labels, not paragraphs.

    By default: few, and short together. ``per_block``: none longer than a headline
    (the items of a link list, however many the gap allows).
    """
    blocks = evidence[first:stop]
    if per_block:
        return all(len(found.block.text) <= PROSE_CHARS for found in blocks)
    return len(blocks) <= EDGE_SLACK_BLOCKS and (
        sum(len(found.block.text) for found in blocks) <= EDGE_SLACK_CHARS
    )


def _at_start(evidence: list[Evidence], first: int) -> bool:
    """Whether only a title's worth of text stands before block ``first``.

    A widget at the top of a page ("Subscribers only", a cookie banner) is never bridged
    over paragraphs: those are the article's teaser, not the widget's body, even when a
    paywall of the same kind closes the page. Short labels ("4:32") may still be bridged.
    """
    return _short(evidence, 0, first)


def _grow(evidence: list[Evidence], factor: float) -> list[Region]:
    """Merge positive blocks into maximal regions, bridging only where both sides pay."""
    stack: list[Region] = []
    for index, found in enumerate(evidence):
        if found.is_standalone or not found.hits or found.score <= 0 or _weak_prose(found):
            continue
        if stack and index <= stack[-1].last:
            continue  # already taken as an item of a link list
        region = Region(
            index,
            index,
            found.score,
            found.has_anchor,
            members=[index],
            categories=_categories(found),
        )
        if (
            region.anchor
            # A line of a list found by its shape (TXT-LIST) heads no list of its own: its
            # heading's list ends where the shape does, and its last line is no heading.
            and any(
                hit.rule.category == "related" and hit.rule.id != LIST_RULE_ID
                for hit in found.hits
                if hit.rule.kind != "counter"
            )
            and _heads_list(found)
            and not _LABELLED_HEADLINE.match(found.block.text)
            and not _banners_button(evidence, index)
        ):
            region.last = _list_end(evidence, index)
            # The list's own evidence on its headlines (its shape under the heading) counts.
            region.score += sum(
                found.score
                for found in evidence[index + 1 : region.last + 1]
                if any(hit.rule.id == LIST_RULE_ID for hit in found.hits) and found.score > 0
            )
        while stack:
            previous = stack[-1]
            if evidence[region.first].opens:
                break  # a widget's opening line: what stands above it is not the widget's
            if previous.last + 1 == region.first:
                gap: float | None = 0.0 if _touching_fit(evidence, previous, region) else None
            elif (
                previous.fits(region)
                and not (
                    previous.last + 2 == region.first
                    and _guessed_headline(evidence, previous.last + 1)
                )
                and _facing_fit(evidence, previous.last, region.first)
                and (
                    not _at_start(evidence, previous.first)
                    or _short(evidence, previous.last + 1, region.first)
                )
                and (
                    (previous.categories & region.categories & BODY_CATEGORIES)
                    or _short(evidence, previous.last + 1, region.first, per_block=True)
                )
            ):
                appeal = _ruled_appeal(evidence, previous) and _ruled_appeal(evidence, region)
                gap = _gap_cost(
                    evidence,
                    previous.last + 1,
                    region.first - 1,
                    factor,
                    appeal,
                    past_button=appeal and _closed(evidence, previous),
                )
            else:
                gap = None
            if gap is None or gap >= previous.score or gap >= region.score:
                break
            stack.pop()
            # Extend in place: rebuilding member lists would make long runs quadratic.
            previous.members.extend(region.members)
            previous.last = region.last
            previous.score += region.score - gap
            previous.anchor = previous.anchor or region.anchor
            previous.categories = previous.categories | region.categories
            region = previous
        stack.append(region)
    for region in stack:
        _trim_guesses(evidence, region)
    inserts = [
        Region(
            index,
            index,
            found.score,
            found.has_anchor,
            standalone=True,
            members=[index],
            categories=_categories(found),
        )
        for index, found in enumerate(evidence)
        if found.is_standalone
    ]
    return sorted(stack + inserts, key=lambda region: region.first)


class _Removed:
    """Removed block ranges, with jumps over them so edge checks never rescan a range."""

    def __init__(self) -> None:
        self.forward: dict[int, int] = {}  # first index of a removed run -> index after it
        self.backward: dict[int, int] = {}  # last index of a removed run -> index before it
        self.trailer_groups = 0  # groups of lines the page's trailer took

    def add(self, first: int, last: int) -> None:
        self.forward[first] = last + 1
        self.backward[last] = first - 1

    def _follow(self, jumps: dict[int, int], index: int) -> int:
        path = []
        while index in jumps:
            path.append(index)
            index = jumps[index]
        for step in path[:-1]:  # compress the chain for the next caller
            jumps[step] = index
        return index

    def touches(self, first: int, last: int) -> bool:
        """Whether a removed run ends right above ``first`` or starts right below ``last``."""
        return first - 1 in self.backward or last + 1 in self.forward

    def next_kept(self, index: int) -> int:
        """The first kept block from ``index`` on (``len`` of the text when none is)."""
        return self._follow(self.forward, index)

    def kept_at_or_before(self, index: int) -> int:
        """The last kept block up to ``index`` (-1 when none is)."""
        return self._follow(self.backward, index)

    def opens(self, index: int) -> bool:
        """Whether every block before ``index`` is removed."""
        return self._follow(self.backward, index - 1) < 0

    def kept_before(self, index: int, limit: int) -> int:
        """How many blocks before ``index`` are kept, counted up to ``limit``."""
        count = 0
        index -= 1
        while count < limit:
            index = self._follow(self.backward, index)
            if index < 0:
                break
            count += 1
            index -= 1
        return count

    def slack_after(self, evidence: list[Evidence], index: int) -> bool:
        """Whether the kept blocks from ``index`` on are few and short."""
        count = chars = 0
        while True:
            index = self._follow(self.forward, index)
            if index >= len(evidence):
                return True
            count += 1
            chars += len(evidence[index].block.text)
            if count > EDGE_SLACK_BLOCKS or chars > EDGE_SLACK_CHARS:
                return False
            index += 1

    def slack_before(self, evidence: list[Evidence], index: int) -> bool:
        """Whether the kept blocks up to ``index`` are few and short."""
        count = chars = 0
        while True:
            index = self._follow(self.backward, index)
            if index < 0:
                return True
            count += 1
            chars += len(evidence[index].block.text)
            if count > EDGE_SLACK_BLOCKS or chars > EDGE_SLACK_CHARS:
                return False
            index -= 1


def find_regions(
    evidence: list[Evidence],
    thresholds: Thresholds,
    languages: Iterable[str] = (),
    last_number: int | None = None,
    trailed: int = 0,
) -> list[Region]:
    """Return the regions of a document, each marked accepted or not, with its position.

    Acceptance is repeated until nothing changes, treating removed blocks as absent, so
    that cleaning the clean text again removes nothing more. ``languages``: those the
    gate lets read the document, whose words of the publisher's voice an appeal's body
    may be told by. ``last_number``: the number of the text's last block, when an
    earlier round may have removed blocks below the last of ``evidence``. ``trailed``: how
    many groups of lines the page's trailer took in earlier rounds.
    """
    spoken = tuple(languages)
    if spoken:
        _add_box_titles(evidence, spoken)
    regions = _grow(evidence, thresholds.length_cost)
    removed = _Removed()
    removed.trailer_groups = trailed
    changed = True
    backwards = True
    while changed:
        changed = _accept(regions, evidence, thresholds, removed, backwards)
        backwards = not backwards
        changed = _absorb_neighbours(regions, evidence, removed) or changed
        changed = _take_headings(regions, evidence, thresholds.edge, removed) or changed
        changed = _take_bodies(regions, evidence, removed, spoken) or changed
        changed = _take_closing_buttons(regions, evidence, removed) or changed
        changed = _take_durations(regions, evidence, removed) or changed
        changed = _fill_between(regions, evidence, removed) or changed
        changed = _take_tag_runs(regions, evidence, removed) or changed
        changed = _take_trailer_lines(regions, evidence, removed, last_number) or changed
    return regions


def _take_trailer_lines(
    regions: list[Region], evidence: list[Evidence], removed: _Removed, last_number: int | None
) -> bool:
    """Take the lines left between widgets that went at the page's end, in a widget's words.

    Under the story, the widgets that went above and below a few lines leave them in the
    page's trailer: a comment box's policy, a sign-up's button and privacy note, a
    press-ethics footer in words no rule knows. The last lines left, at most
    ``TRAILER_MAX_LINES`` of them, with a widget of ``TRAILER_WIDGET_LINES`` lines or more
    gone right above them and all below them gone (in this round or an earlier one:
    ``last_number`` is the text's last block), are the trailer's when the words of each
    alone lean to a widget's as much as a line alone needs (``MODEL_ALONE_WORDING``: its
    length and shape left out), no counter rule reads one as the article's and none is a
    name (see :func:`cleanbody.rules.learned.trailer_rule`). Under a one-line insert
    ("Read also: ...") the story may go on, in its subject's words: such lines stay. The
    groups are taken from the bottom up in one pass, until one is not the trailer's, at
    most ``TRAILER_MAX_GROUPS`` of them.
    Returns whether any line was taken.
    """
    end = len(evidence)
    last = removed.kept_at_or_before(end - 1)
    if last < 0 or (
        last == end - 1 and (last_number is None or evidence[last].block.number >= last_number)
    ):
        return False  # nothing went below the last line left
    taken = False
    while last > 0 and removed.trailer_groups < TRAILER_MAX_GROUPS:
        first = last
        while first > 0 and _kept_right_above(evidence, removed, first):
            first -= 1
            if last - first >= TRAILER_MAX_LINES:
                return taken  # the story itself
        above = removed.kept_at_or_before(first - 1)
        if above < 0:
            return taken  # nothing of the page is left above the lines: no story's end
        if evidence[first].block.number - evidence[above].block.number - 1 < TRAILER_WIDGET_LINES:
            return taken  # no box went above the lines left: an insert, or nothing
        readings = [_trailer_reading(evidence, index) for index in range(first, last + 1)]
        if any(reading is None for reading in readings):
            return taken
        _take_trailer(regions, evidence, removed, range(first, last + 1), readings)
        removed.trailer_groups += 1
        taken = True
        last = above
    return taken


def _take_trailer(
    regions: list[Region],
    evidence: list[Evidence],
    removed: _Removed,
    lines: range,
    readings: list[tuple[str, tuple[str, ...]] | None],
) -> None:
    """Credit ``lines`` to the trailer, with the lexicon's readings of them."""
    first, last = lines[0], lines[-1]
    categories = set()
    for index, reading in zip(lines, readings, strict=True):
        assert reading is not None
        category, features = reading
        found = evidence[index]
        rule = trailer_rule(category)
        found.hits.append(Hit(rule, 0, len(found.block.text), None, rule.weight, features))
        found.gain += rule.weight
        categories.add(category)
    removed.add(first, last)
    regions[:] = [other for other in regions if other.accepted or not first <= other.first <= last]
    members = list(lines)
    regions.append(
        Region(
            first,
            last,
            sum(evidence[index].score for index in members),
            anchor=True,
            position="trailer",
            accepted=True,
            members=members,
            categories=frozenset(categories),
            trailed=True,
        )
    )
    regions.sort(key=lambda other: other.first)


def _kept_right_above(evidence: list[Evidence], removed: _Removed, index: int) -> bool:
    """Whether the block right above block ``index`` is kept (in no round removed)."""
    above = index - 1
    return (
        removed.kept_at_or_before(above) == above
        and evidence[above].block.number + 1 == evidence[index].block.number
    )


def _trailer_reading(evidence: list[Evidence], index: int) -> tuple[str, tuple[str, ...]] | None:
    """A trailer's line's category and strongest features, when its words are a widget's."""
    found = evidence[index]
    if found.wording < MODEL_ALONE_WORDING or found.counter < 0 or _name_line(found):
        return None
    return _leaning(evidence, index)


def _leaning(evidence: list[Evidence], index: int) -> tuple[str, tuple[str, ...]] | None:
    """The lexicon's category of a block and its strongest features (None: no reading)."""
    found = evidence[index]
    for hit in found.hits:
        if hit.rule.id.startswith(MODEL_PREFIX):
            return hit.rule.category, hit.features
    if found.leaning is not None:
        # Its shape reads its neighbours' length: the block and the two beside it.
        window = [other.block.text for other in evidence[max(index - 1, 0) : index + 2]]
        return load_lexicon().explain(window, min(index, 1))
    return None


def _take_tag_runs(regions: list[Region], evidence: list[Evidence], removed: _Removed) -> bool:
    """Take a story's topics set one a line under a closing box that went ("Santé" / "Hôpital").

    Three lines or more in a row, each a word or a few of letters, right under an
    accepted box of several lines (a wall, an appeal, a sign-up, comments, a list of
    links) or a line that closes a page (a comment count, a share row, a follow line, a
    copyright line), with nothing of the story below them: the page's tag links, one a
    line once scraped. A sign-off under a lone label ("Advertisement" / "With best
    wishes" / "Anna Berg") is the story's. Each line is credited to the tag pseudo-rule,
    and the regions not accepted inside the run make way for it. Returns whether any
    were taken.
    """
    for region in list(regions):
        boxed = not region.standalone and region.last > region.first
        if not region.accepted or not region.categories & (
            _CLOSING_BOXES if boxed else _CLOSING_LINES
        ):
            continue
        first = last = removed.next_kept(region.last + 1)
        while last < len(evidence) and removed.next_kept(last) == last:
            if not tag_item(evidence[last].block.text):
                break
            last += 1
        if last - first < TAG_RUN_LINES or not removed.slack_after(evidence, last):
            continue
        if last < len(evidence) and removed.next_kept(last) == last:
            continue  # the run ends on a kept line that is no topic: the story's
        members = list(range(first, last))
        for index in members:
            found = evidence[index]
            found.hits.append(Hit(tags_rule(), 0, len(found.block.text), None))
            found.gain += tags_rule().weight
        removed.add(first, last - 1)
        regions[:] = [
            other
            for other in regions
            if other.accepted or other.last < first or other.first >= last
        ]
        regions.append(
            Region(
                first,
                last - 1,
                sum(evidence[index].score for index in members),
                anchor=True,
                position="trailer",
                accepted=True,
                members=members,
                categories=frozenset({"navigation"}),
            )
        )
        regions.sort(key=lambda other: other.first)
        return True
    return False


def _fill_between(regions: list[Region], evidence: list[Evidence], removed: _Removed) -> bool:
    """Take the lines left between two parts of a widget that went, when they are its.

    A wall's label and its prices went, and the pitch between them stays ("Subscribe to
    read the full report, the archive since 1985 and the weekly e-edition."); so does an
    appeal's paragraph between its title and its amounts. A line alone between two
    accepted regions of a kind that has a body, whose words lean to a widget's and that
    no rule reads as the article's, quotes or speaks, is the widget's. So is one that
    opens as a line of either side does ("10 zł miesięcznie – ..." under "25 zł
    miesięcznie – ..."): a tier or a perk of the same list. A wall's or an appeal's
    plans with their prices may be a few lines ("Monthly: 39,000 dong" / "Yearly:
    399,000 dong (with the weekend paper)"). The two parts are then one widget, and its
    title or salutation is looked for again above it. Returns whether any region grew.
    """
    accepted = [region for region in regions if region.accepted]
    for above, below in itertools.pairwise(accepted):
        gap = range(above.last + 1, below.first)
        if not 0 < len(gap) <= MAX_OFFER_LINES:
            continue
        if any(removed.next_kept(index) != index for index in gap):
            continue
        shared = above.categories & below.categories
        if not shared & BODY_CATEGORIES:
            continue
        # A plan's line between two parts of a wall or an appeal ("Digital + the Sunday
        # paper at home: €14.50 a month") is one of its offers.
        offers = bool(shared & _PRICED) and all(
            not evidence[index].ruled
            and (is_priced(evidence[index].block.text) or plan_line(evidence[index].block.text))
            for index in gap
        )
        if offers or (
            len(gap) <= MAX_BODY_GAP_LINES
            and all(_joins_parts(evidence, above, below, index) for index in gap)
        ):
            _merge(regions, above, below, gap)
            removed.add(gap[0], gap[-1])
            return True
    return False


#: Widgets whose text between a title and buttons may be several sentences long.
_BOXED: Final = frozenset({"cookie", "newsletter", "paywall", "comments"})


def _joins_parts(evidence: list[Evidence], above: Region, below: Region, gap: int) -> bool:
    """Whether a line between two parts of a widget is the widget's."""
    found = evidence[gap]
    # Both parts are an appeal's where they face the line: the rules say so of their
    # nearest lines (a follow box over the story's last paragraph is no appeal's head,
    # though the model reads its "Join now" as an appeal's).
    appeal = _appeal_edge(evidence, reversed(above.members)) and _appeal_edge(
        evidence, below.members
    )
    # An appeal's letter: the paragraph under its title or salutation, above its
    # amounts, is the letter's, though it tells the story's own news and quotes its
    # people ("Salma reached the hospital after three days on the road. ...").
    letter = appeal and _appeal_head(evidence, above)
    # A banner's or a box's text between its title and its buttons may run to several
    # sentences of legalese that quote its own buttons ("We and our 243 partners store
    # ... at any time under «Privacy settings»"): words as telling as MODEL_BODY_WORDING
    # make it theirs.
    boxed = bool(above.categories & below.categories & _BOXED) and (
        found.wording >= MODEL_BODY_WORDING
    )
    if found.ruled or not _free_block(evidence, gap, set(), quoting=letter or boxed):
        return False
    if _name_line(found):
        return False
    # The line under a box's one-line title is its blurb ("Ferries, weather and island
    # life in one short letter."), whatever its words, if it is one sentence.
    titled = (
        above.first == above.last
        and _box_line(evidence, above.first, -1)
        and found.wording > -MODEL_MIN_WORDING
    )
    # A paragraph of several sentences is an appeal's body only when its words lean so.
    # Under a one-line insert ("Sign up for our Friday letter.") the story goes on: only
    # words that tell a widget's make the line the box's below.
    least = MODEL_ALONE_WORDING if above.standalone else MODEL_MIN_WORDING
    leaning = (titled or found.wording >= least) and (
        not _sentences(found.block.text) or appeal or boxed
    )
    return (
        leaning
        or letter
        or _parallel(evidence, gap, above.last)
        or _parallel(evidence, gap, gap + 1)
    )


def _merge(regions: list[Region], above: Region, below: Region, gap: range) -> None:
    """Make ``above``, the lines of ``gap`` and ``below`` one region (``below`` goes)."""
    above.members.extend(gap)
    above.members.extend(below.members)
    above.last = below.last
    above.categories |= below.categories
    above.anchor = above.anchor or below.anchor
    above.score += below.score
    above.headed = above.headed or below.headed
    if below.position == "trailer":
        above.position = "trailer"
    above.bodied = False
    regions.remove(below)


def _appeal_head(evidence: list[Evidence], region: Region) -> bool:
    """Whether a region is no more than a title and a salutation: lines that end no sentence.

    A lone line that ends as a link is a whole banner, no head (see :func:`_closed`).
    """
    if region.members == [region.last] and _closed(evidence, region):
        return False
    return len(region.members) <= APPEAL_HEAD_LINES and all(
        len(text := evidence[index].block.text.rstrip()) <= PROSE_CHARS
        and not text.endswith(_FULL_STOPS)
        for index in region.members
    )


def _parallel(evidence: list[Evidence], index: int, other: int) -> bool:
    """Whether two lines open alike: their first words the same, numbers aside.

    "25 zł miesięcznie – plus ..." and "50 zł miesięcznie – plus ..." are two lines of one
    list; a widget's tiers and perks are written so.
    """
    one, two = evidence[index].block.text.split(), evidence[other].block.text.split()
    if min(len(one), len(two)) <= PARALLEL_WORDS:
        return False
    opening = [_NUMBER_RUN.sub("0", word) for word in one[:PARALLEL_WORDS]]
    return opening == [_NUMBER_RUN.sub("0", word) for word in two[:PARALLEL_WORDS]] and any(
        "0" in word for word in opening
    )


#: Boxes that end in two buttons: the one that gives or signs up, and the one that puts it
#: off.
_TWO_BUTTONED: Final = frozenset({"appeal", "paywall", "newsletter"})


# A player's duration alone on its line ("05:48", "3:41 Min", "۰۷:۴۰").
_DURATION = regex.compile(r"^\W*+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?+\s*+(?:\p{L}{1,7}\.?)?+\W*+$")


def _take_durations(regions: list[Region], evidence: list[Evidence], removed: _Removed) -> bool:
    """Take a bare duration right above or under a player that went ("Listen" / "05:48").

    Returns whether any region grew.
    """
    changed = False
    for region in regions:
        if not region.accepted or "audio" not in region.categories:
            continue
        for index in (region.first - 1, region.last + 1):
            if (
                0 <= index < len(evidence)
                and removed.next_kept(index) == index
                and _DURATION.match(evidence[index].block.text)
            ):
                removed.add(index, index)
                region.first = min(region.first, index)
                region.last = max(region.last, index)
                region.members = sorted({*region.members, index})
                changed = True
    return changed


def _ends_on_button(evidence: list[Evidence], region: Region) -> bool:
    """Whether a box of several lines ends on a bare label with no digit (its button)."""
    last = evidence[region.last].block.text.rstrip()
    return (
        len(region.members) > 1
        and _box_line(evidence, region.last, 1)
        and not last.endswith(_OPEN_ENDS)
        and not _has_digit(last)
    )


def _take_closing_buttons(
    regions: list[Region], evidence: list[Evidence], removed: _Removed
) -> bool:
    """Take the button that puts a box off, left as the page's last line.

    A pop-up's box ends in two buttons: the one that gives or signs up ("Become a
    member") and the one that puts it off ("I'll look in again later", "Prefiero hacer
    una aportación puntual"), worded as each site likes. Under a box a rule found that
    closes the page and ends on its button, the last line left, a bare label with no
    digit whose words do not lean to the article's, is the box's. Returns whether any
    region grew.
    """
    changed = False
    for region in regions:
        below = region.last + 1
        if (
            not region.accepted
            or region.position != "trailer"
            or not region.categories & _TWO_BUTTONED
            or below >= len(evidence)
            or removed.next_kept(below) != below
            or removed.next_kept(below + 1) < len(evidence)
        ):
            continue
        found = evidence[below]
        text = found.block.text.strip()
        if (
            len(text) <= SIGN_UP_CHARS
            and found.wording > -MODEL_MIN_WORDING
            and not found.hits
            and not _has_digit(text)
            and _box_line(evidence, below, 1)
            and _ends_on_button(evidence, region)
            and any(evidence[index].rule_anchored for index in region.members)
            and _free_block(evidence, below, set())
            and not _name_line(found)
        ):
            region.last = below
            region.members.append(below)
            removed.add(below, below)
            changed = True
    return changed


BOX_RULE_ID: Final = "TXT-BOX-newsletter"
# A blurb led by its letter's name and a colon: a few words with no sentence's end.
_NAMED_BLURB = regex.compile(r"^[^\s:：.!?]++(?:\s++[^\s:：.!?]++){0,5}[:：]\s")
#: A sign-up's field or button is a short line.
SIGN_UP_CHARS: Final = 60


@functools.cache
def box_rule() -> Rule:
    """The pseudo-rule a sign-up box's title or blurb carries, told by its rhythm."""
    return pseudo_rule(
        BOX_RULE_ID,
        "newsletter.box_title_by_cadence",
        "newsletter",
        "anchor",
        weight=2.0,
        description=(
            "A title or a short blurb that promises a rhythm or the inbox ('every Friday', "
            "'weekly', 'in your inbox', in the words labels.toml lists for the languages "
            "the gate lets read the text) right over a sign-up's e-mail field or button "
            "that a newsletter rule found. A blurb counts only under a title of its own "
            "and when its words do not lean to the article's."
        ),
        source="text/regions.py",
    )


def box_rule_dicts() -> list[dict[str, Any]]:
    """The public description of the pseudo-rule (for rule listings)."""
    return [box_rule().to_dict()]


def _add_box_titles(evidence: list[Evidence], languages: Sequence[str]) -> None:
    """Add the evidence of a sign-up box's title or blurb over its field or button."""
    for index in range(1, len(evidence)):
        found = evidence[index]
        if len(found.block.text) > SIGN_UP_CHARS or "newsletter" not in _ruled_kinds(found):
            continue
        above = index - 1
        head = evidence[above]
        if head.ruled or head.counter < 0 or not _cadenced(evidence, above, languages):
            continue
        if spoken(head.block.text):
            continue  # an interview's answer may give a podcast's rhythm: the story's
        # A blurb under its title, or, when short, right under another widget's line (the
        # box has no title: "Our morning letter, on weekdays." under a paywall's log-in);
        # a paragraph there is a story's about a newsletter, over the box it shows.
        # ... or a blurb led by the letter's name ("Mercati alle 7: ogni mattina, ...").
        titled = _box_line(evidence, above, -1) or (
            _blurb(evidence, above, languages)
            and above > 0
            and (
                _box_line(evidence, above - 1, -1)
                or (evidence[above - 1].ruled and len(head.block.text) <= PROSE_CHARS)
                # (right over the field or the button, not over a named line of the box's)
                or (
                    _NAMED_BLURB.match(head.block.text) is not None
                    and _NAMED_BLURB.match(found.block.text) is None
                )
            )
        )
        if not titled or _quotes(head.block.text) or _byline(head):
            continue
        _add_box_hit(head)
        # A title that promises the rhythm too ("The week in farming, in your inbox").
        title = evidence[above - 1] if above > 0 else None
        if (
            title is not None
            and not title.ruled
            and not _box_line(evidence, above, -1)
            and _box_line(evidence, above - 1, -1)
            and _cadenced(evidence, above - 1, languages)
        ):
            _add_box_hit(title)


def _add_box_hit(found: Evidence) -> None:
    found.hits.append(Hit(box_rule(), 0, len(found.block.text), None))
    found.gain += box_rule().weight


def _accept(
    regions: list[Region],
    evidence: list[Evidence],
    thresholds: Thresholds,
    removed: _Removed,
    backwards: bool,
) -> bool:
    """One pass of position and threshold decisions; whether anything was accepted.

    Trailers cascade from the end and headers from the start, so passes alternate.
    """
    changed = False
    for region in reversed(regions) if backwards else regions:
        if region.accepted:
            continue
        if removed.slack_after(evidence, region.last + 1) and not _story_goes_on(
            evidence, region, removed
        ):
            region.position = "trailer"
        elif removed.slack_before(evidence, region.first - 1):
            region.position = "header"
        else:
            region.position = "insert"
        needed = _needed(evidence, region, thresholds, removed)
        if needed is None:
            continue
        if _storys_own(evidence, region, removed):
            continue
        if region.score >= needed and (region.anchor or not thresholds.need_anchor):
            region.accepted = True
            removed.add(region.first, region.last)
            changed = True
    return changed


def _needed(
    evidence: list[Evidence], region: Region, thresholds: Thresholds, removed: _Removed
) -> float | None:
    """The evidence a placed region needs; None: it stays whatever its score."""
    needed = thresholds.insert if region.position == "insert" else thresholds.edge
    lone = region.first == region.last
    text = evidence[region.first].block.text
    sentences = lone and _sentences(text)
    clauses = lone and _clauses(text)
    beside = removed.touches(region.first, region.last)
    standfirst = region.position == "header" and not removed.opens(region.first)
    if (
        (sentences and region.categories == {"appeal"})
        or (lone and standfirst and (sentences or len(text) > STANDFIRST_CHARS))
        or (clauses and not beside and not evidence[region.first].rule_anchored)
    ):
        # A lone appeal paragraph of several sentences may be the writer's own plea
        # closing an op-ed ("Please donate before Christmas. Our collection points are
        # ..."); a paragraph of several sentences, or a long line, under the headline is its
        # standfirst ("From April the stories will be for subscribers only. ..."); a
        # sentence of clauses no anchor rule took may be reported speech ("Get unlimited
        # access for £20 a month, the scheme promises."): each as sure as an insert.
        needed = max(needed, thresholds.insert)
    if any(evidence[index].ruled for index in region.members):
        return needed
    # A guess with no rule behind it must be surer; less so beside a widget that went, or
    # on a line that sends the reader to a platform or an address.
    plug = lone and not clauses and names_target(text) and not _platform_report(text)
    touching = plug or beside
    needed += MODEL_TOUCHING_MARGIN if touching else MODEL_ONLY_MARGIN
    if lone and evidence[region.first].wording < MODEL_ALONE_WORDING:
        return None  # one line guessed by its shape ("Politics and Economy") stays
    if sentences or (clauses and not touching):
        # A paragraph of several sentences guessed alone may be the writer's bio ("...
        # Follow him on X"), and a sentence of clauses under the story reported speech
        # ("Read more and judge less, was our teacher's advice."): as sure as an insert.
        needed = max(needed, thresholds.insert + MODEL_ONLY_MARGIN)
    if region.position == "header" and _headline(evidence, region.last):
        return None  # the page's headline, on its subject's words ("... on LINE")
    return needed


def _platform_report(text: str) -> bool:
    """Whether a line that names a platform reports on it rather than sends the reader there.

    A plug speaks to the reader or as the publisher ("Our channel on Telegram is free"),
    or is a few words ("Listen on Spotify"); a sentence in no such voice, or a longer
    line, is the story's ("Her ban covers Facebook and WhatsApp: both appealed.").
    """
    if voiced_anywhere(text):
        return False
    return bool(_SENTENCE_END.search(text)) or len(text.split()) > PLUG_MAX_WORDS


def _clauses(text: str) -> bool:
    """Whether a line is a sentence of clauses: reported speech may end it ("..., she said.")."""
    stripped = text.rstrip()
    return stripped.endswith(_FULL_STOPS) and any(mark in stripped for mark in ",،，、")


def _story_goes_on(evidence: list[Evidence], region: Region, removed: _Removed) -> bool:
    """Whether a region in the article's words has a sentence of the story's right below.

    How to give, in a report on a collection ("Those not at home can give by text to
    ..."), is read by a rule; the story's next sentence ("The broadcast starts at six.")
    makes it an insert however short that sentence, when its own words lean article.
    """
    below = removed.next_kept(region.last + 1)
    return (
        below < len(evidence)
        and all(evidence[index].wording < 0 for index in region.members)
        and _story_sentence(evidence[below])
    )


def _story_sentence(found: Evidence) -> bool:
    """Whether a kept block is a sentence of the story's: no evidence, a full stop."""
    text = found.block.text.rstrip()
    return (
        found.wording < MODEL_MIN_WORDING
        and len(text.split()) >= STORY_SENTENCE_WORDS
        and text.endswith(_FULL_STOPS)
        and not found.hits
    )


def _sentences(text: str) -> bool:
    """Whether a block's text is long and holds a sentence break."""
    return len(text) > PROSE_CHARS and bool(_SENTENCE_BREAK.search(text))


def _storys_own(evidence: list[Evidence], region: Region, removed: _Removed) -> bool:
    """Whether a region is the story's, whatever its words.

    The headline that opens the page, or the steps of a list its paragraph leads into
    ("Here is how:" / "Download the app.").
    """
    if region.position == "header" and _opening_headline(evidence, region, removed):
        return True
    if region.first == region.last and (
        _credit(evidence, region.first) or _section_subheading(evidence, region)
    ):
        return True
    if _framed_figures(evidence, region) or _shown_widget(evidence, region):
        return True
    return all(_led_item(evidence, index, region) for index in region.members)


def _section_subheading(evidence: list[Evidence], region: Region) -> bool:
    """Whether a section's name between two of the story's paragraphs is its subheading.

    "Economy" over the page's headline is the site's section; between two paragraphs of
    reporting, the same word heads the story's next part ("... to keep prices stable." /
    "Economy" / "Analysts expect ..."), whatever a rule or the lexicon reads in it.
    """
    before, after = region.first - 1, region.last + 1
    if before < 0 or after >= len(evidence) or region.categories != {"navigation"}:
        return False
    text = evidence[region.first].block.text.strip()
    if len(text.split()) > SECTION_SUBHEADING_WORDS or len(text) > SECTION_SUBHEADING_CHARS:
        return False
    if _TRAIL_MARKS.search(text) or ":" in text or "：" in text:
        return False  # a trail, or a label with its link ("Next article: ...")
    return _plain_paragraph(evidence[before]) and _plain_paragraph(evidence[after])


def _shown_widget(evidence: list[Evidence], region: Region) -> bool:
    """Whether a region is a widget the story shows, between two of its own paragraphs.

    A report on paywalls or cookie banners quotes one ("On one shop's front page it
    looked like this:" / "We value your privacy" / "Accept all" / "For the reader to
    refuse took four more clicks."): two to five short lines of a wall, a banner or a
    sign-up that a paragraph of the story's leads into with a colon, and the story goes
    on right under them. A widget the page sets between two paragraphs follows one that
    ends its sentence; a lone label, an advertisement or an appeal after a colon may stand
    where an embedded post went ("... walked out in protest:" / "Advertisement").
    """
    before, after = region.first - 1, region.last + 1
    if before < 0 or after >= len(evidence) or region.standalone:
        return False
    if not 2 <= len(region.members) <= MAX_SHOWN_LINES:
        return False  # a lone label after a colon stood under an embed that went
    if "ad" in region.categories or not region.categories & _SHOWN_KINDS:
        return False
    lead = evidence[before].block.text.rstrip()
    return (
        len(lead) > SUBHEADING_CHARS
        and lead.endswith((":", "："))
        and _plain_paragraph(evidence[before], lead=True)
        and _plain_paragraph(evidence[after])
        and all(len(evidence[index].block.text) <= PROSE_CHARS for index in region.members)
    )


def _framed_figures(evidence: list[Evidence], region: Region) -> bool:
    """Whether a region is in a list of figures between two of the article's paragraphs.

    A report on a paper's new paywall lists its prices ("・Digital plan: 980 yen a
    month") between the paragraph that introduces them and the one that goes on: two
    lines or more, each a short one with a number, read (if at all) as a paywall's or an
    appeal's, and plain reporting on both sides that no rule and no reading of the
    lexicon claims. A widget's price list comes with its title or its button, which
    carry evidence of their own; a "Read more:" line with a number in its headline is a
    link, whatever frames it.
    """
    if not region.categories <= _PRICED or not all(
        _figure_line(evidence[index].block.text) for index in region.members
    ):
        return False
    before, after = region.first - 1, region.last + 1
    while before >= 0 and _figure_line(evidence[before].block.text):
        before -= 1
    # A line in a widget's words is its call ("Become a monthly donor – from £10 a
    # month"), unless the story leads into the list ("There are three ways to help:").
    led = before >= 0 and evidence[before].block.text.rstrip().endswith((":", "："))
    if not led and any(evidence[index].wording >= MODEL_ALONE_WORDING for index in region.members):
        return False
    while after < len(evidence) and _figure_line(evidence[after].block.text):
        after += 1
    return (
        before >= 0
        and after - before > 2  # a list: one line alone is an offer set in the text
        and after < len(evidence)
        and _plain_paragraph(evidence[before], lead=True)
        and _plain_paragraph(evidence[after])
    )


def _figure_line(text: str) -> bool:
    """Whether a line is short, holds a number, and is no sentence (a list's item)."""
    return len(text) <= PROSE_CHARS and _has_digit(text) and not _SENTENCE_END.search(text)


def _plain_paragraph(found: Evidence, *, lead: bool = False) -> bool:
    """Whether a block is a sentence of reporting that nothing marks as boilerplate.

    Signs of the article's (reported speech: a counter rule) may be on it, and a guess of
    the lexicon's that they outweigh. ``lead``: the line may also lead into what follows
    ("The packages are as follows:").
    """
    text = found.block.text.rstrip()
    return (
        all(
            hit.rule.kind == "counter" or hit.rule.id.startswith(MODEL_PREFIX) for hit in found.hits
        )
        and found.score <= 0
        and (_SENTENCE_END.search(text) is not None or (lead and text.endswith((":", "："))))
    )


def _credit(evidence: list[Evidence], index: int) -> bool:
    """Whether a block is a credit's label and names, beside the byline.

    "Photos: Mikko Rautio" under "Text: Aino Keskitalo" credits the story's pictures;
    a related link's label ("Photos:", "Video:") makes a rule read it as a link.
    """
    text = evidence[index].block.text.strip()
    marks = _name_marks(text)
    if marks is None or not marks[0] or ":" not in text:
        return False
    return any(
        _names(evidence[near]) is not None
        for near in (index - 1, index + 1)
        if 0 <= near < len(evidence)
    )


def _led_item(evidence: list[Evidence], index: int, region: Region) -> bool:
    """Whether a block is an item of a list the story's own paragraph leads into.

    "Here is how to get started:" closes a paragraph of the article; the short sentences
    under it are its steps ("Download the app from the App Store or Google Play."), in a
    widget's words but the story's. Under a short lead-in ("How to protect yourself:")
    a widget's title may stand; an item there is the story's when the list goes on
    below it with a step that is plain text (a widget's line may end the list).
    """
    text = evidence[index].block.text.rstrip()
    if not _item_sentence(text):
        return False
    for above in range(index - 1, max(index - 1 - MAX_LIST_ITEMS, -1), -1):
        line = evidence[above].block.text.rstrip()
        if line.endswith((":", "：")):
            return (
                len(line) > SUBHEADING_CHARS
                or _SENTENCE_BREAK.search(line) is not None
                or _plain_step(evidence, index, region)
            )
        if not _item_sentence(line):
            return False
    return False


def _plain_step(evidence: list[Evidence], item: int, region: Region) -> bool:
    """Whether a list goes on below ``item`` with a step outside ``region`` that is plain."""
    for index in range(item + 1, min(item + 1 + MAX_LIST_ITEMS, len(evidence))):
        found = evidence[index]
        if not _item_sentence(found.block.text.rstrip()):
            return False
        if not region.first <= index <= region.last and found.score <= 0:
            return True
    return False


def _item_sentence(text: str) -> bool:
    """Whether a line is one short sentence, as a list's step is (its number left out)."""
    text = _ENUMERATOR.sub("", text, count=1)
    return (
        len(text) <= PROSE_CHARS
        and text.endswith(_FULL_STOPS)
        and not _SENTENCE_BREAK.search(text[:-1])
    )


def _absorb_neighbours(regions: list[Region], evidence: list[Evidence], removed: _Removed) -> bool:
    """Accept a short region that touches an accepted one (a button after a one-line widget).

    Only one-line inserts can have such neighbours: other regions merge while growing.
    Under the page's head (a section's name) only what stands above a headline joins it
    (a player, a control): a line of other kinds there is the headline. Returns whether
    anything was accepted.
    """
    changed = False
    # One pass each way reaches every chain: a neighbour accepted going backwards has its
    # right-hand side accepted already.
    for pairs in (itertools.pairwise(regions), reversed(list(itertools.pairwise(regions)))):
        for left, right in pairs:
            if left.last + 1 != right.first or left.accepted == right.accepted:
                continue
            rejected, accepted = (right, left) if left.accepted else (left, right)
            blocks = range(rejected.first, rejected.last + 1)
            size = sum(len(evidence[index].block.text) for index in blocks)
            # A guess of the model's joins only a widget of its own kind: a short question
            # beside an "Advertisement" marker is the interview's, not the ad's.
            guessed = not any(evidence[index].ruled for index in blocks)
            if (
                rejected.score > 0
                and size <= SHORT_BLOCK_CHARS
                and (not guessed or rejected.fits(accepted))
                and not (
                    accepted is left
                    and _is_head(evidence, left.last)
                    and not rejected.categories & PAGE_TOP_KINDS
                )
                and not (accepted is left and _headline_under(evidence, rejected))
                and not (guessed and _complete(evidence, accepted, rejected))
            ):
                rejected.accepted = True
                rejected.position = accepted.position
                removed.add(rejected.first, rejected.last)
                changed = True
    return changed


def _complete(evidence: list[Evidence], accepted: Region, guessed: Region) -> bool:
    """Whether a widget needs no line of the model's guess under it: it is whole.

    A one-line related insert ("Read also: <headline>") names all it links to; a line
    under it that heads the story's next paragraph is the story's subheading ("What
    changes for drivers"), unless its words tell a widget's.
    """
    below = guessed.last + 1
    return (
        accepted.last < guessed.first
        and accepted.standalone
        and "related" in accepted.categories
        and guessed.first == guessed.last
        and evidence[guessed.first].wording < MODEL_ALONE_WORDING
        and not evidence[guessed.first].block.text.rstrip().endswith(_FULL_STOPS)
        and below < len(evidence)
        and _prose(evidence, below)
        and evidence[below].score <= 0
    )


def _headline(evidence: list[Evidence], index: int) -> bool:
    """Whether the block ending a header region has a headline's shape, with text under it.

    Once the banners above it are gone, a headline opens the page; its words are its
    story's ("Alerts by LINE: the city extends its account"), which the lexicon may read
    as a widget's. Only a rule takes it.
    """
    if index + 1 >= len(evidence):
        return False
    text = evidence[index].block.text
    return not text.endswith((".", "。", ":", "：")) and headline_sized(text)


def _opening_headline(evidence: list[Evidence], region: Region, removed: _Removed) -> bool:
    """Whether a one-line region is the headline that opens the page, over its story.

    A story about a widget's subject is headlined in the widget's words ("Police warn:
    how fraudsters get you to download the app", "LIVE: election night in Aarhus"). The
    first line left, headline-shaped, over a paragraph (or a byline and a paragraph), is
    the headline; a trail, a control, a banner, a paywall label or an e-mail's "view in
    browser" line above the headline is of other kinds and goes.
    """
    index = region.first
    if region.last != index or not removed.opens(index):
        return False
    kinds = {
        hit.rule.category
        for hit in evidence[index].hits
        if not hit.rule.id.startswith(MODEL_PREFIX)
    }
    below = index + 1
    if below < len(evidence) and _name_line(evidence[below]):
        below += 1  # the byline, over the story
    return (
        not kinds & PAGE_TOP_KINDS
        and _headline(evidence, index)
        and below < len(evidence)
        and len(evidence[below].block.text) > PROSE_CHARS
        and evidence[below].score <= 0
    )


def _signature(evidence: list[Evidence], index: int) -> bool:
    """Whether a title-shaped line is the writer's signature, not a box's title.

    A letter or a newsletter ends "Un abrazo," / "Marta", "До следующей пятницы!" /
    "Маша Коваленко" or "Ana Ruiz, editor" right above the box that follows it: the
    name under a valediction or a short farewell, or a name with a role;
    a byline's role or desk has a line of its own under the bare name ("Erik Haugen" /
    "Journalist").
    """
    text = evidence[index].block.text
    above = evidence[index - 1].block.text.rstrip()
    return (
        bool(_ROLE.search(text))
        or above.endswith((",", "،", "、", "，"))
        or _names(evidence[index - 1]) == (False, 1)  # right under a bare name
        # a bare name under a short farewell ("Until then, happy cooking." / "Priya")
        or (
            len(above) <= SIGN_OFF_CHARS
            and above.endswith((".", "!", "。", "！"))
            and not _SENTENCE_BREAK.search(above)  # one phrase, not the story's last lines
            and (_name_line(evidence[index]) or bool(_FIRST_NAME.match(text.strip())))
        )
    )


def _sentence_case(text: str) -> bool:
    """Whether a line of four words or more has lowercase words after its first.

    Article subheadings are written as sentences ("What changes with the new rules");
    a box's title is a name ("Tech Made Simple", "Sanat Notları").
    """
    words = text.split()
    return len(words) >= 4 and sum(word[0].islower() for word in words[1:]) * 2 > len(words) - 1


def _name_line(found: Evidence) -> bool:
    """Whether a block is a bare name that no rule and no widget's words claim.

    A writer's name closes the article, and a photographer's or an author's may sit
    between two widgets; a box's title has the same shape but a widget's words
    ("Support Sud Notizie"), which the lexicon reads. A byline may open with "by" in its
    language ("di Antonella Iannaccone") or a credit's label, and name a few people
    ("Research: Katerina Zachariou, Giannis Bekas").
    """
    return _names(found) is not None


def _names(found: Evidence) -> tuple[bool, int] | None:
    """A name line's byline marks: whether a lead opens it, and how many names it has.

    Names are counted before a place after a comma is taken off ("Katerina Zachariou,
    Giannis Bekas" is two names), and a name with a particle ("Marta Ortega y Gasset")
    is one.
    """
    if found.ruled or found.wording >= MODEL_MIN_WORDING:
        return None
    return _name_marks(found.block.text.strip())


def _name_marks(whole: str) -> tuple[bool, int] | None:
    """:func:`_names` of a line, whatever evidence it has."""
    if len(whole) > BYLINE_MAX_CHARS:
        return None  # a byline is short; splitting a long line costs for nothing
    for line in dict.fromkeys((whole, _without_outlet(whole))):  # the outlet's off, if any
        text = _BYLINE_LEAD.sub("", line, count=1)
        if _NAME.match(text):
            return text != line, 1
        names = _NAME_SEPARATOR.split(text)
        if len(names) <= MAX_BYLINE_NAMES and all(_NAME.match(name.strip()) for name in names):
            return text != line, len(names)
    return None


def _byline(found: Evidence) -> bool:
    """Whether a name line is marked as a byline: "by" or a credit's label, or two names.

    A box's title may have a name's shape ("Support Thessaliki Matia"); "di Antonella
    Iannaccone" or "Research: K. Zachariou, G. Bekas" is the story's.
    """
    marks = _names(found)
    return marks is not None and (marks[0] or marks[1] > 1)


def _without_outlet(text: str) -> str:
    """A byline without its outlet or place ("Kiss Réka / Keleti Figyelő", "Ana Ruiz, Soria").

    >>> _without_outlet("Ayla Demir - Nilüfer"), _without_outlet("Ana Ruiz – Soria")
    ('Ayla Demir', 'Ana Ruiz')
    """
    for mark in (" / ", " | ", " · ", " - ", " – "):
        head, found, tail = text.rpartition(mark)
        if found and 2 <= len(tail.strip()) <= BYLINE_TAIL_CHARS and "/" not in tail:
            return head.strip()
    # After a comma only a place's name, one or two capitalised words: a headline goes on
    # in lower case ("Lavena Ponte Tresa, customs office closes at night").
    head, found, tail = text.rpartition(", ")
    if found and _PLACE.match(tail.strip()):
        return head.strip()
    # A dateline's place before a dash, then the name ("Semarang — Dimas Ardiansyah").
    head, found, tail = text.partition(" — ")
    if found and _PLACE.match(head.strip()):
        return tail.strip()
    return text


def _take_headings(
    regions: list[Region], evidence: list[Evidence], edge: float, removed: _Removed
) -> bool:
    """Extend strong trailers and inserts over a short title line just above them.

    A box is often headed by nothing but a name ("The Morning Brief"), which no rule can
    know; what marks it is its shape and the strong widget right below it. Returns
    whether any region grew.
    """
    changed = False
    for region in regions:
        before = region.first - 1
        # Only a box of several blocks has a title; a one-line insert ("Advertisement",
        # "Read more: ...") under a subheading must leave the subheading to the article.
        if not region.accepted or region.standalone or region.last == region.first:
            continue
        if region.headed or region.position == "header" or before < 1:
            continue
        if evidence[region.first].opens:
            continue  # the widget's own opening line is its title
        # A guess of the model's on the title line does not make it less of a title.
        if region.score < edge + HEADING_MARGIN or evidence[before].ruled:
            continue
        title, box = evidence[before], evidence[region.first]
        # The site shows the box on its pages without this title, and the title follows
        # the page's own prose, not a box of the site's: the article's subheading.
        alone = not (box.attached or title.attached) and evidence[before - 1].unique
        if box.templated and (title.unseen or alone):
            continue
        # A subheading in sentence case with the article's words is the article's, and
        # so is a photo's caption that names the story's subject.
        # Under the page's last paragraph a title right above the box has no paragraph of
        # its own to head: words that lean a little to the article's do not make it one.
        least = -MODEL_MIN_WORDING if region.position == "trailer" else 0.0
        if evidence[before].wording < least and _sentence_case(evidence[before].block.text):
            continue
        if _echoes_story(evidence, before, _story_head_words(evidence, removed)):
            continue
        # A newsletter or an offer is named ("The Morning Brief"); an appeal's title asks,
        # and share bars and follow lines have none: a bare name above them is the writer's,
        # and so is one under the page's headline and standfirst, above any box.
        if _name_line(evidence[before]) and (
            not region.categories & NAMED_BOXES
            or 2 <= removed.kept_before(before, OPENING_BLOCKS + 1) <= OPENING_BLOCKS
        ):
            continue
        if _byline(evidence[before - 1]):
            continue  # under the writers' names: the story's dateline ("Zimnicea")
        text = evidence[before].block.text
        if (
            _HEADING.match(text)
            or (
                # Only over a box a rule found that closes the page and has no title of
                # its own: a question over a box inside the story is the interview's next
                # one, and a poll's under its question is no widget a rule knows.
                region.position == "trailer"
                and any(evidence[index].rule_anchored for index in region.members)
                and evidence[before].wording >= MODEL_MIN_WORDING
                and _LEANING_HEADING.match(text)
                and not _HEADING.match(box.block.text)
            )
        ) and not _signature(evidence, before):
            region.first = before
            region.headed = True
            removed.add(before, before)
            changed = True
    return changed


def _body_end(
    evidence: list[Evidence],
    start: int,
    step: int,
    taken: set[int],
    languages: Sequence[str] = (),
) -> int | None:
    """The block from ``start`` (walking by ``step``) where an appeal's body ends, if any.

    The body runs over blocks that no other rule claims, that quote nobody, that the
    site's memory does not call the page's own and, where the text's languages are known,
    that do not report in several sentences without the publisher's voice ("we", "you");
    it ends at the first line that opens or
    closes a box once the words summed from ``start`` lean towards a widget's by
    BODY_MIN_WORDING: a title or a salutation above ("Dear readers,"), a button below,
    never a paragraph. A title right above a salutation goes too, if its own words lean
    so; a photo caption or a signature above the title does not.
    """
    total = 0.0
    index = start
    for _ in range(BODY_MAX_BLOCKS):
        if step < 0 and index > 0 and index != start and _name_line(evidence[index]):
            # The writer's name closes the article: the body ends right below it.
            return index - step if total >= BODY_MIN_WORDING else None
        if not _body_block(evidence, index, taken):
            return None
        found = evidence[index]
        if _articles_paragraph(evidence, index, step, languages):
            return None  # no body crosses it
        total += found.wording
        if (
            total >= BODY_MIN_WORDING
            and (found.wording >= 0 or found.ruled)
            and (
                _box_line(evidence, index, step)
                or (step < 0 and _spoken_title(evidence, index, languages))
            )
        ):
            above = index + step
            if (
                _body_block(evidence, above, taken)
                and evidence[above].wording >= MODEL_MIN_WORDING
                and _box_line(evidence, above, step)
            ):
                return above
            return index
        index += step
    return None


def _spoken_title(evidence: list[Evidence], index: int, languages: Sequence[str]) -> bool:
    """Whether one short sentence in the publisher's voice tops an appeal's body as its title.

    Its words lean a widget's, and it speaks to the reader ("If you read this far, we owe
    it to readers like you."); the article's last sentence above an appeal reports, at
    most as "we" ("Contacted, the firm did not answer our questions.").
    """
    found = evidence[index]
    text = found.block.text
    if not languages or len(text) > SPOKEN_TITLE_CHARS or _BREAK_OUTSIDE_NUMBERS.search(text):
        return False
    return found.wording >= MODEL_MIN_WORDING and voice(text, languages)[1]


def _appeal_top(evidence: list[Evidence], top: int, taken: set[int]) -> int | None:
    """Where an appeal that reaches up to block ``top`` begins with its head, if it has one."""
    title = top - 1
    # A salutation that opens the appeal has the appeal's title right above it
    # ("In eigener Sache: ..." / "Liebe Leserinnen und Leser,"), whatever its words.
    if _SALUTATION.match(evidence[top].block.text):
        return title if _appeal_title(evidence, title, taken) else None
    if _greeting(evidence, title, taken):
        # The salutation stands alone over the body ("Cześć!" / "你好："), the title over it.
        return title - 1 if _appeal_title(evidence, title - 1, taken) else title
    return title if _letter_title(evidence, title, top, taken) else None


def _letter_title(evidence: list[Evidence], index: int, top: int, taken: set[int]) -> bool:
    """Whether one short sentence over an appeal's letter is the letter's title.

    The appeal went from its first paragraph ("For this investigation we spent three
    weeks ...") down to its buttons; the sentence right above says the letter comes
    ("Before you close this page, a word from the newsroom."), in words that lean a
    widget's as a line alone must. Speaking to the reader is not enough: a consumer
    story ends so ("Your dryer may be affected even if it looks fine.").
    """
    if index < 1 or not _prose(evidence, top) or not _body_block(evidence, index, taken):
        return False
    if evidence[top].hits and "appeal" not in _categories(evidence[top]):
        return False  # the paragraph under it is another widget's (a credit, a licence)
    found = evidence[index]
    if found.ruled or _byline(found) or _name_line(found):
        return False
    text = found.block.text.rstrip()
    if len(text) > SPOKEN_TITLE_CHARS or _BREAK_OUTSIDE_NUMBERS.search(text):
        return False
    # Not a line that leads into the story's own list ("Here is how you can help:"), nor
    # its service line ("You can plan the detour in the app.").
    return (
        not text.endswith((":", "："))
        and not names_target(text)
        and found.wording >= MODEL_ALONE_WORDING
    )


def _articles_paragraph(
    evidence: list[Evidence], index: int, step: int, languages: Sequence[str]
) -> bool:
    """Whether a block no rule claims is the article's, which no appeal's body crosses.

    Its words lean to the article's, or it reports in several sentences without the
    publisher's voice ("we", "you"); a stop inside a sum or an abbreviation ("£4.50",
    "U.S.") counts as a sentence's end here, which errs towards keeping the paragraph.
    """
    found = evidence[index]
    if found.ruled:
        return False
    if found.wording < 0 and not _box_line(evidence, index, step):
        return True
    return bool(
        languages
        and _prose(evidence, index)
        and _SENTENCE_BREAK.search(found.block.text)
        and voice(found.block.text, languages) == (False, False)
    )


def _voiced_body(
    evidence: list[Evidence], start: int, taken: set[int], languages: Sequence[str]
) -> int | None:
    """The title over an appeal's body told by its voice, walking up from ``start``.

    An appeal's paragraphs may read like reporting to the lexicon ("Hannah sat through
    four hours of cabinet papers so you didn't have to"), but a publisher speaks in them
    to its readers: the paragraphs speak to "you" or as "we", and one as "we" at least;
    one in no voice may stand between two that speak, or under the salutation, or under a
    title that speaks when its words lean a widget's ("Why we were in the room" / "Nobody
    else was. The Courier is the only paper that still sends a reporter ..."). They go
    with the appeal under them when a title tops them ("A note to our readers"); two
    paragraphs in a row in no voice, a quotation or a byline above end the walk with
    nothing taken.
    """
    below = start + 1  # the appeal's own first block may be the one that says "we"
    spoken_as_we = below < len(evidence) and voice(evidence[below].block.text, languages)[0]
    paragraphs = 0
    plain = False  # a paragraph in no voice, which one in the voice must top
    index = start
    for _ in range(BODY_MAX_BLOCKS):
        if not _body_block(evidence, index, taken) or _name_line(evidence[index]):
            return None
        text = evidence[index].block.text
        if _ADDRESS.search(text):
            return None  # a tip line's or a contact's address: another box
        we, you = voice(text, languages)
        # A title that speaks to the reader ("Do Ciebie, który ...") is no signature.
        titled = _box_line(evidence, index, -1) or (you and _box_line(evidence, index, 1))
        if titled and not _item_sentence(text.rstrip()):
            # A title that speaks tops a plain paragraph whose words lean a widget's.
            speaking = (we or you) and evidence[index + 1].wording >= MODEL_MIN_WORDING
            if plain and not _SALUTATION.match(text) and not speaking:
                return None
            if paragraphs and spoken_as_we and index < start:
                return index
        elif we or you:
            paragraphs += 1
            spoken_as_we = spoken_as_we or we
            plain = False
        elif paragraphs and not plain:
            plain = True  # "Advertising used to pay for that. It doesn't any more."
        else:
            return None
        index -= 1
    return None


def _newsletter_head(
    evidence: list[Evidence], region: Region, taken: set[int], languages: Sequence[str]
) -> int | None:
    """The first block of a sign-up box's title and blurb over it, told by their rhythm.

    A newsletter box is a name and a line of what it brings and when ("The Friday Read" /
    "Our five best stories, every Friday, in your inbox.") over its e-mail field and
    button, which the rules find. A title that promises a rhythm or the inbox goes with
    the box under it; so does a blurb that does, with the title over it, when its words
    do not lean to the article's ("Talks resume on Friday, and the union will ballot
    members every week." under "What happens next" is the story's end).
    """
    top = region.first
    if top < region.last and _box_line(evidence, top, -1) and _blurb(evidence, top + 1, languages):
        return None  # the box has its title over its blurb: what stands above is the story's
    if not _blurb(evidence, top, languages):
        top -= 1
        if not _head_block(evidence, top, taken):
            return None
        if _box_line(evidence, top, -1):
            return top if _cadenced(evidence, top, languages) else None
        if not _blurb(evidence, top, languages):
            # What it brings, under a title that promises the rhythm ("Cyclades news every
            # morning in your inbox" / "Ferries, weather and what goes on, in brief.").
            # Or what it brings in the model's newsletter words, under a title that
            # names it ("Tuesday's farm letter" / "Prices, deadlines and new rules, in one
            # e-mail.").
            title = top - 1
            if (
                _blurb(evidence, top, languages, rhythm=False)
                and _box_title(evidence, title, top, taken)
                and (
                    _cadenced(evidence, title, languages)
                    or "newsletter" in _categories(evidence[top])
                )
            ):
                return title
            return None
    title = top - 1
    return title if _box_title(evidence, title, top, taken) else None


def _box_title(evidence: list[Evidence], title: int, box: int, taken: set[int]) -> bool:
    """Whether block ``title`` may be the title of the box starting at ``box``, right below.

    A box the site repeats comes with its title on those pages too; a line no other page
    shows, right above it, is the article's subheading, which the box cut from its
    paragraph ("Survival irrigation" over "Our Saturday letter: ... Sign up").
    """
    return (
        _head_block(evidence, title, taken)
        and _box_line(evidence, title, -1)
        and not _led_list_item(evidence, title)
        # a figure closes a line of the story's data ("Rating: 7/10", "Price: 2,990")
        and not evidence[title].block.text.rstrip()[-1:].isdigit()
        and not (evidence[title].unseen and not evidence[box].unseen)
    )


#: A list a lead-in opens has at most this many short items above the one asked about.
LED_LIST_ITEMS: Final = 8


def _led_list_item(evidence: list[Evidence], index: int) -> bool:
    """Whether a short line is the last item so far of a list that a lead-in opens.

    "What the volunteers need most:" / "Building materials" / "Heaters" / "Warm clothes
    for children": the short lines under a lead-in that ends with a colon are its list,
    and the last of them is no title of the box below it.
    """
    for above in range(index - 1, max(index - 1 - LED_LIST_ITEMS, -1), -1):
        text = evidence[above].block.text.rstrip()
        if text.endswith((":", "：")):
            return True
        if len(text) > PROSE_CHARS or _SENTENCE_END.search(text) or evidence[above].ruled:
            return False
    return False


def _cadenced(evidence: list[Evidence], index: int, languages: Sequence[str]) -> bool:
    text = evidence[index].block.text
    return len(text) <= BLURB_MAX_CHARS and cadence(text, languages)


def _blurb(
    evidence: list[Evidence], index: int, languages: Sequence[str], *, rhythm: bool = True
) -> bool:
    """Whether a block is a sign-up box's blurb: its rhythm, in a widget's words.

    ``rhythm=False``: a line of a blurb's shape and words, whatever it promises.
    """
    return (
        not _box_line(evidence, index, -1)
        and evidence[index].wording >= BLURB_MIN_WORDING
        and (
            _cadenced(evidence, index, languages)
            if rhythm
            else len(evidence[index].block.text) <= BLURB_MAX_CHARS
        )
    )


def _head_block(evidence: list[Evidence], index: int, taken: set[int]) -> bool:
    """Whether block ``index`` may head a box: no other widget's, no quotation, no byline."""
    if not _free_block(evidence, index, taken):
        return False
    found = evidence[index]
    if _byline(found) or _ADDRESS.search(found.block.text):
        return False
    return not found.ruled or "newsletter" in found.category_weights()


def _body_block(evidence: list[Evidence], index: int, taken: set[int]) -> bool:
    """Whether block ``index`` may be part of an appeal's body."""
    if not _free_block(evidence, index, taken):
        return False
    # Another widget, or a rule's reading of the article.
    return not evidence[index].ruled or _appeal_edge(evidence, [index])


def _free_block(
    evidence: list[Evidence], index: int, taken: set[int], *, quoting: bool = False
) -> bool:
    """Whether a widget may grow over block ``index``.

    It exists and no region took it, and it is no page's own prose, no reported speech
    and no quotation, nor a line of an interview ("— And now?"). ``quoting``: a
    quotation is allowed (an appeal's letter quotes the story's people).
    """
    if not 0 <= index < len(evidence) or index in taken:
        return False
    found = evidence[index]
    text = found.block.text
    quoted = not quoting and _quotes(text)
    return not (found.unique or found.counter < 0 or quoted or spoken(text))


def _quotes(text: str) -> bool:
    """Whether a block quotes somebody: three words or more, or a dense script's sentence.

    An outlet's own name in quotation marks ("«Zaviya»", "„Lahnblick“") is no quotation.
    """
    return any(
        quoted.count(" ") >= 2 or not _SPACED.search(quoted)
        for quoted in (match.group(1) or match.group(2) for match in _QUOTATION.finditer(text))
    )


def _reports(text: str) -> bool:
    """Whether a paragraph quotes somebody after a sentence of its own.

    "Viber channels grew most. «Join our channel» and «Follow us» are everywhere." A
    widget names its podcast or newsletter in quotation marks in its first sentence.
    """
    quoted = _QUOTATION.search(text)
    return quoted is not None and _SENTENCE_BREAK.search(text, 0, quoted.start() + 1) is not None


def _box_line(evidence: list[Evidence], index: int, step: int) -> bool:
    """Whether a block has the shape of a box's title, salutation or button."""
    text = evidence[index].block.text
    return (
        len(text) <= PROSE_CHARS
        and not text.startswith(("(", "[", "（"))  # a credit: "(Reporting: Anna Roy)"
        and not _BREAK_OUTSIDE_NUMBERS.search(text)
        and not text.endswith(_FULL_STOPS)  # a sentence: the article's last, or first
        and not (step < 0 and index > 0 and _signature(evidence, index))
    )


def _box_head(
    evidence: list[Evidence],
    region: Region,
    taken: set[int],
    removed: _Removed,
    languages: Sequence[str],
) -> int | None:
    """Where the head above a newsletter box or a closing paywall starts, if anything is.

    A newsletter box is named and promises its rhythm (see :func:`_newsletter_head`); a
    paywall that closes the text pitches itself ("The rest is for our subscribers", what
    the plan gives: "All articles, the archive and the e-paper") over its prices and its
    button, in the wall's words.
    """
    if "newsletter" in region.categories and languages and region.position != "header":
        first = _newsletter_head(evidence, region, taken, languages)
        if first is not None:
            return first
    if "paywall" not in region.categories or region.position != "trailer":
        return None
    if "paywall" not in _edge_kinds(evidence, region.members):
        return None
    first = _body_end(evidence, region.first - 1, -1, taken, languages)
    if first is None:
        return None
    # The story's own last lines name its subject, as its headline does: a review's line
    # of the book's title, author and pages is the review's, right above the wall.
    head = _story_head_words(evidence, removed)
    if any(_echoes_story(evidence, index, head) for index in range(first, region.first)):
        return None
    return first


def _subject_words(text: str) -> set[str]:
    """The stems of a text's longer words: its names and nouns more than its glue.

    A word's first five letters stand for it, so that "Mezőtúr" and "mezőtúri", or
    "drought" and "droughts", are one subject.
    """
    return {word[:STEM_LETTERS] for word in _LONG_WORD.findall(text.lower())}


def _echoes_story(evidence: list[Evidence], index: int, head: set[str]) -> bool:
    """Whether a block names the story's subject, as its head does (``head``: its stems).

    A wall's pitch may name it too ("To read the rest of the weavers' story, subscribe"),
    but in a widget's words; a line whose words do not lean so far is the story's.
    """
    if evidence[index].wording >= MODEL_MIN_WORDING:
        return False
    return len(head & _subject_words(evidence[index].block.text)) >= ECHO_MIN_WORDS


def _story_head_words(evidence: list[Evidence], removed: _Removed) -> set[str]:
    """The stems of the story's first lines kept (its headline, standfirst and byline)."""
    words: set[str] = set()
    index = removed.next_kept(0)
    for _ in range(STORY_HEAD_BLOCKS):
        if index >= len(evidence):
            break
        words |= _subject_words(evidence[index].block.text)
        index = removed.next_kept(index + 1)
    return words


def _appeal_edge(evidence: list[Evidence], members: Iterable[int]) -> bool:
    """Whether the first block a rule found, walking ``members`` in, is only an appeal's.

    A body grows from an appeal's own edge: a paywall's last line or a share bar under
    the appeal ends the widget there, however the region merged them.
    """
    kinds = _edge_kinds(evidence, members)
    return "appeal" in kinds and kinds <= {"appeal", "ui"}


def _edge_kinds(evidence: list[Evidence], members: Iterable[int]) -> set[str]:
    """The kinds the rules say of the first block a rule found, walking ``members`` in."""
    for index in members:
        kinds = _ruled_kinds(evidence[index])
        if kinds:
            return kinds
    return set()


def _has_digit(text: str) -> bool:
    """Whether a line holds a digit: an amount or a count, never a button's bare label."""
    return any(char.isdigit() for char in text)


def _buttons_below(evidence: list[Evidence], region: Region, taken: set[int]) -> int | None:
    """The last of the buttons under an appeal's amounts or progress line, if any.

    "5 € · 10 € · Other amount" and "842 of 1,200 members" come before the button ("Become a
    member", "Maybe later"), whose bare words no rule knows: a label or two without
    digits, whose words do not lean far towards the article's ("Put a reporter in the
    valleys" names the story's subject), not a subheading's sentence
    and not right over a paragraph. The amounts' own last button ("Other amount") may
    end the region.
    """
    end = region.last
    if not (
        _has_digit(evidence[end].block.text)
        or (
            end > region.first
            and len(evidence[end].block.text) <= BUTTON_CHARS
            and is_amount(evidence[end - 1].block.text)
        )
    ):
        return None
    last = None
    for index in range(end + 1, min(end + 1 + APPEAL_BUTTONS, len(evidence))):
        found = evidence[index]
        text = found.block.text
        if (
            not _body_block(evidence, index, taken)
            or found.wording <= -MODEL_MIN_WORDING
            or len(text) > BUTTON_CHARS
            or _has_digit(text)
            or _name_marks(text) is not None  # a credit: "Photos: Ana Ruiz"
            or not _box_line(evidence, index, 1)
            # A subheading over its paragraph; a button may be a sentence ("Chip in to the
            # Gazette") where the text ends or another box follows.
            or (_sentence_case(text) and not (index + 1 == len(evidence) or index + 1 in taken))
            or _prose(evidence, index + 1)
        ):
            break
        last = index
    return last


def _extend_up(region: Region, first: int, removed: _Removed, taken: set[int]) -> None:
    """Grow an accepted region up to ``first``, its own title: no other line is one."""
    removed.add(first, region.first - 1)
    taken.update(range(first, region.first))
    region.members[:0] = range(first, region.first)
    region.first = first
    region.headed = True


def _body_above(
    evidence: list[Evidence], region: Region, taken: set[int], languages: Sequence[str]
) -> int | None:
    """Where the body above an appeal starts, by its words or by its voice, if anywhere.

    A progress line or a count over the amounts ("600 new supporters — 412 so far") has
    a title's shape: the body may go on above it.
    """
    first = _body_end(evidence, region.first - 1, -1, taken, languages)
    while first is not None and _has_digit(evidence[first].block.text):
        higher = _body_end(evidence, first - 1, -1, taken, languages)
        if higher is None:
            break
        first = higher
    if first is None and languages:
        first = _voiced_body(evidence, region.first - 1, taken, languages)
    return first


def _appeal_title(evidence: list[Evidence], index: int, taken: set[int]) -> bool:
    """Whether block ``index``, over an appeal's salutation, can be the appeal's title."""
    return (
        index >= 0
        and not _byline(evidence[index])
        and _body_block(evidence, index, taken)
        and evidence[index].wording >= 0
        and _box_line(evidence, index, -1)
    )


def _greeting(evidence: list[Evidence], index: int, taken: set[int]) -> bool:
    """Whether block ``index`` is a salutation alone on its line ("Cześć!", "你好：").

    A word or two that address the reader and end in an exclamation mark, a comma or a
    colon; no rule reads it as the article's.
    """
    if not _body_block(evidence, index, taken) or evidence[index].ruled:
        return False
    text = evidence[index].block.text.strip()
    if not text.endswith(_GREETING_ENDS) or _has_digit(text):
        return False
    dense = len(_DENSE_CHAR.findall(text))
    return (dense <= GREETING_DENSE_CHARS) if dense else len(text.split()) <= GREETING_WORDS


def _take_bodies(
    regions: list[Region], evidence: list[Evidence], removed: _Removed, languages: Sequence[str]
) -> bool:
    """Extend accepted appeals over the paragraphs around them that their words show are theirs.

    An appeal's body reads like reporting ("Our reporter spent three days on the island"),
    so no rule finds it and its length keeps the model's guess low; what gives it away is
    that its words, summed, lean towards a widget's, right next to the appeal's button.
    Returns whether any region grew.
    """
    changed = False
    taken = {
        index
        for region in regions
        if region.accepted
        for index in range(region.first, region.last + 1)
    }
    for region in regions:
        if region.bodied or not region.accepted or region.standalone:
            continue
        region.bodied = True
        first = _box_head(evidence, region, taken, removed, languages)
        if first is not None:
            _extend_up(region, first, removed, taken)
            changed = True
        if "appeal" not in region.categories:
            continue
        first = None
        if _appeal_edge(evidence, region.members) and not evidence[region.first].opens:
            first = _body_above(evidence, region, taken, languages)
            if region.position != "header":
                top = region.first if first is None else first
                head = _appeal_top(evidence, top, taken)
                first = first if head is None else head
        if first is not None:
            _extend_up(region, first, removed, taken)
            changed = True
        last = None
        if _appeal_edge(evidence, reversed(region.members)):
            last = _body_end(evidence, region.last + 1, 1, taken, languages)
            if last is None:
                last = _buttons_below(evidence, region, taken)
        if last is not None:
            removed.add(region.last + 1, last)
            taken.update(range(region.last + 1, last + 1))
            region.members.extend(range(region.last + 1, last + 1))
            region.last = last
            changed = True
    return changed
