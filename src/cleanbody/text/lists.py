"""Link lists: a heading that offers more stories, over two headlines or more.

At the end of an article, or between two of its paragraphs, a site lists other stories
under a heading of a few words: "More from Ostfriesland", "Flere nyheder", "Daha
fazlası:", "Đọc tiếp". Once scraped, the list is that heading over lines that are each a
headline: a few words or more, with no closing full stop. Neither the heading nor the
headlines need a rule: the heading says "more from", "related" or "most read" in a
phrase a link list uses in its language (``data/labels.toml``, ``[more.<lang>]``; no
bare "more" or "also", which begin the article's own subheadings), and the shape of the
lines under it says the rest. A subheading of the article is followed by its
paragraph, whose sentences end in a full stop, so a single line without one is not a
list. The heading and its headlines carry an anchor of the pseudo-rule
``TXT-LIST-related``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, Final

import regex

from cleanbody.config import MODEL_EXTEND_WEIGHT
from cleanbody.rules import MODEL_PREFIX, Rule
from cleanbody.rules.learned import pseudo_rule
from cleanbody.text.blocks import Block
from cleanbody.text.evidence import UNPUNCTUATED_SCRIPT, Evidence, Hit
from cleanbody.text.labels import offers_more

__all__ = ["LIST_RULE_ID", "list_hits", "list_rule_dicts", "vouched_hits"]

LIST_RULE_ID: Final = "TXT-LIST-related"
#: A list's heading has at most this many words ("More from the Highlands") ...
HEADING_WORDS: Final = 6
#: ... and characters (in scripts written without spaces).
HEADING_CHARS: Final = 40
#: The fewest headlines under a heading that make a list.
MIN_ITEMS: Final = 2
#: A ranked list ("1. ", "2. ", "3. ") of this many lines or more is a list of headlines.
MIN_RANKED: Final = 3
#: The most headlines a list takes.
MAX_ITEMS: Final = 12
#: A headline has at least this many words, or characters in scripts without spaces ...
ITEM_MIN_WORDS: Final = 3
ITEM_MIN_DENSE_CHARS: Final = 8
#: ... and at most this many characters ...
ITEM_MAX_CHARS: Final = 160
#: ... or this many in a script whose sentences end with no mark (Thai, Lao, Khmer,
#: Burmese), where a paragraph is told from a headline by its length alone.
ITEM_MAX_UNPUNCTUATED: Final = 100
#: What each line of a list weighs.
WEIGHT: Final = 4.0

# A heading or a headline ends without a full stop; a headline may ask or exclaim.
_HEADING_END = regex.compile(r"[.!?;。！？।۔]\s*$")
_ASKS = regex.compile(r"[^?？][?？]\s*$")
_ITEM_END = regex.compile(r"(?<!\.\.)[.:;。：；।۔][\"'”’»」』)）]*\s*$")
# A label's colon with words after it: a "Read more: ..." line, a headline of its own.
_INNER_COLON = regex.compile(r"[:：]\s*\S")
_DIGIT = regex.compile(r"\d")
# A comma parts a sentence's clauses; a list's heading is a label.
_CLAUSE_MARK = regex.compile(r"[,，、،]")
# How an extractor writes an HTML list's item ("- ", "* "): lists in the article's body.
_ITEM_BULLETS: Final = ("- ", "* ", "+ ")
# Buttons set apart on one line ("Accept | Reject | Learn more"): a bar, not a heading.
# A chevron between spaces parts a trail's steps ("News » Courts"); one that closes a
# word is a quotation's closing mark («Кирилиця заслуговує на кращу типографіку»).
_BUTTONS = regex.compile(r"[|｜·•]|\s[›»]\s")
# Two labels joined by a dash ("Advertisement - scroll to continue reading"): a marker
# over the article's next paragraph, not a list's heading.
_TWO_LABELS = regex.compile(r"\s[-–—]\s")
# A sentence that goes on after its full stop: a paragraph, not a headline.
_SENTENCE_BREAK = regex.compile(
    r"[.!?。！？][\"'”’»」』)）]*(?:\s+|(?=\p{Han}|\p{Hiragana}|\p{Katakana}))\S"
)
#: A headline of two sentences ("Fraudsters posed as police. A woman lost 60,000") is
#: at most this long.
TWO_SENTENCES_CHARS: Final = 100
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
# A ranked list's number before a headline ("3. ", "3) "), which is no sentence's end. (A
# bullet's line, "• ", may be the article's own list under a heading that recommends: it
# is no headline.)
_RANK = regex.compile(r"^(\d{1,2})[.)]\s+")


@functools.cache
def list_rule() -> Rule:
    """The pseudo-rule a link list's heading and headlines carry."""
    return pseudo_rule(
        LIST_RULE_ID,
        "related.link_list",
        "related",
        "anchor",
        weight=WEIGHT,
        description=(
            "A short heading that offers more stories ('More from Ostfriesland', "
            "'Flere nyheder', 'Daha fazlası:', 'Đọc tiếp'), in the phrases "
            "data/labels.toml lists for many languages, over two lines or more that are "
            "each a headline (a few words or more, no closing full stop)."
        ),
        source="text/lists.py",
    )


def list_rule_dicts() -> list[dict[str, Any]]:
    """The public description of the pseudo-rule (for rule listings)."""
    return [list_rule().to_dict()]


def list_hits(blocks: Sequence[Block]) -> dict[int, list[Hit]]:
    """Evidence for each heading of a link list and the headlines under it.

    >>> from cleanbody.text.blocks import split_blocks
    >>> blocks = split_blocks(
    ...     "The mill closes in May.\\nMore from the valley\\n"
    ...     "Flood defences delayed again in Ashby\\nSchool bus route to be cut from June"
    ... )
    >>> sorted(list_hits(blocks))
    [1, 2, 3]
    >>> asked = "The mill closes in May.\\nHave you read this?\\n" + "\\n".join(
    ...     block.text for block in blocks[2:]
    ... )
    >>> sorted(list_hits(split_blocks(asked)))
    [1, 2, 3]
    >>> question = "More questions\\nWho pays for the new bridge\\nThe council says it will."
    >>> list_hits(split_blocks(question))
    {}
    """
    return _lists(
        blocks, 0, lambda at: _list_end(blocks, at) if _heading(blocks[at].text) else None
    )


def vouched_hits(evidence: Sequence[Evidence]) -> dict[int, list[Hit]]:
    """Evidence for link lists under a heading no table lists, but a rule or the lexicon reads.

    "Mest läst", "Nos dernières tribunes", "עוד בירושלים": a rule of the link kind found
    the heading, or the lexicon reads it, where it stands in the page, as a link list's
    heading at least ``MODEL_EXTEND_WEIGHT`` sure (log-odds of 0.75); the headlines under
    it make the list, as under a heading the table lists.
    """
    blocks = [found.block for found in evidence]

    def list_at(at: int) -> int | None:
        vouched = _vouched(evidence[at])
        if not vouched or not _heading(blocks[at].text, listed=False):
            return None
        end = _list_end(blocks, at)
        # On a guess alone, a list under which the story goes on is the story's own
        # ("Also announced" over the measures the report goes on to weigh).
        if end is not None and vouched == "guessed" and _story_below(evidence, end):
            return None
        return end

    # Above the story's first paragraph (which nothing reads as a widget's), a line the
    # lexicon reads so is the section's name over the headline and the standfirst, which
    # have a headline's shape.
    first = next((at for at, found in enumerate(evidence) if _storys_paragraph(found)), len(blocks))
    return _lists(blocks, first, list_at)


def _lists(
    blocks: Sequence[Block], first: int, list_at: Callable[[int], int | None]
) -> dict[int, list[Hit]]:
    """The list's evidence on each heading from block ``first`` on and the headlines under it.

    ``list_at``: where the list a block heads ends, if it heads one.
    """
    found: dict[int, list[Hit]] = {}
    at = first
    while at < len(blocks):
        end = list_at(at)
        if end is None:
            at += 1
            continue
        for block in blocks[at:end]:
            found[block.number] = [Hit(list_rule(), 0, len(block.text), None)]
        at = end
    return found


def _vouched(found: Evidence) -> str | None:
    """Who reads a block as a link list's heading ("ruled", "guessed"), if it is in none yet."""
    ruled = guessed = False
    for hit in found.hits:
        if hit.rule.id == LIST_RULE_ID:
            return None
        if hit.rule.category != "related":
            continue
        if not hit.rule.id.startswith(MODEL_PREFIX):
            ruled = ruled or hit.rule.kind == "anchor"
        # A guess vouches for a label, not for a clause ("Send at a fixed time, rather
        # than ..."): the story's own subheading over its list.
        elif hit.evidence >= MODEL_EXTEND_WEIGHT and not _CLAUSE_MARK.search(found.block.text):
            guessed = True
    return "ruled" if ruled else "guessed" if guessed else None


def _story_below(evidence: Sequence[Evidence], end: int) -> bool:
    """Whether a paragraph of the story follows block ``end``."""
    return any(_storys_paragraph(found) for found in evidence[end:])


def _storys_paragraph(found: Evidence) -> bool:
    """Whether a block is a paragraph of the story that nothing reads as a widget's.

    Longer than a headline, or a sentence.
    """
    text = found.block.text.strip()
    return not found.hits and (len(text) > ITEM_MAX_CHARS or bool(_ITEM_END.search(text)))


def _list_end(blocks: Sequence[Block], at: int) -> int | None:
    """Where the headlines under block ``at`` end, if two or more make a list."""
    if not (at + MIN_ITEMS < len(blocks) and _headline(blocks[at + 1].text)):
        return None
    end = at + 1
    # Ranked headlines end at the first line without a rank.
    marked = _RANK.match(blocks[at + 1].text.strip()) is not None
    while end < len(blocks) and end - at <= MAX_ITEMS and _headline(blocks[end].text):
        if _subheading(blocks, end) or (marked and not _RANK.match(blocks[end].text.strip())):
            break
        end += 1
    return end if end - at - 1 >= MIN_ITEMS else None


def _heading(text: str, *, listed: bool = True) -> bool:
    """Whether a line is a short heading that offers more stories.

    ``listed``: in the words of a link list's heading that the table lists; without it,
    only the heading's shape.

    Not a reading time ("5 min read"), a labelled headline ("Read also: ..."), a row of
    buttons ("Accept | Learn more"), nor two labels joined by a dash ("Advertisement -
    scroll to continue reading": the article goes on under it).
    """
    text = text.strip()
    if not text or len(text) > HEADING_CHARS:
        return False
    if _HEADING_END.search(text) and not _ASKS.search(text):
        return False  # a question may head a list ("Have you read these?")
    if _DIGIT.search(text) or _INNER_COLON.search(text) or _BUTTONS.search(text):
        return False
    if _TWO_LABELS.search(text):
        return False
    return len(text.split()) <= HEADING_WORDS and (not listed or offers_more(text))


def _subheading(blocks: Sequence[Block], index: int) -> bool:
    """Whether a line over a paragraph is the article's subheading or caption, not a link.

    Under a list between two of its paragraphs, the article goes on: "What do readers
    say?" or "What supporters should know" heads the paragraph below it, and a photo's
    caption ("The new station. Photo: Israel Railways") sits over it. A line of a ranked
    run of three or more ("1. ...", "2. ...", "3. ...") is the list's headline.
    """
    text = _RANK.sub("", blocks[index].text.strip())
    if _ranked_run(blocks, index) >= MIN_RANKED:
        return False  # a headline of a ranked list ("3. ..." under "2. ...")
    size = len(text) + 2 * len(_DENSE.findall(text))  # a dense script's character says more
    if size > HEADING_CHARS and not _SENTENCE_BREAK.search(text):
        return False
    below = blocks[index + 1].text.strip() if index + 1 < len(blocks) else ""
    if "©" in below:
        return False  # the page's copyright line: no paragraph a subheading heads
    return len(below) > ITEM_MAX_CHARS or bool(_ITEM_END.search(below))


def _ranked_run(blocks: Sequence[Block], index: int) -> int:
    """How many lines in a row, through ``index``, count on by one ("1. ", "2. ", "3. ")."""

    def rank(at: int) -> int | None:
        match = _RANK.match(blocks[at].text.strip()) if 0 <= at < len(blocks) else None
        return int(match.group(1)) if match else None

    number = rank(index)
    if number is None:
        return 0
    first = last = index
    while rank(first - 1) == number - (index - first) - 1:
        first -= 1
    while rank(last + 1) == number + (last - index) + 1:
        last += 1
    return last - first + 1


def _headline(text: str) -> bool:
    """Whether a line has a headline's shape: a few words, no closing full stop.

    Nor a trail's or a bar's marks ("News › Courts"), nor a second sentence, unless short.
    A rank before it ("2. ") is the list's.
    """
    text = text.strip()
    if text.startswith(_ITEM_BULLETS):
        return False  # an extractor's list item ("- Better Android support"): the article's
    text = _RANK.sub("", text)
    if len(text) > ITEM_MAX_UNPUNCTUATED and UNPUNCTUATED_SCRIPT.search(text):
        return False
    if len(text) > ITEM_MAX_CHARS or _ITEM_END.search(text) or _BUTTONS.search(text):
        return False
    dense = len(_DENSE.findall(text))
    if _SENTENCE_BREAK.search(text) and (dense or len(text) > TWO_SENTENCES_CHARS):
        return False
    return len(text.split()) >= ITEM_MIN_WORDS or dense >= ITEM_MIN_DENSE_CHARS
