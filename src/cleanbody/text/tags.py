"""Tag lines: a page's topics, a line of single words set apart by dots or bars.

Sites print a story's topics as links in a row, above the headline or under the story:
"Sápmi · Gruvor · Rättsfall · Norrbotten", "Nieuwegein · Houten · fietsbrug · verkeer",
"Śledztwa | Środowisko | Wielkopolska". Once scraped, the row is one line of three items
or more, each a word or two that start with a letter ("Giro555"), with no mark of a
sentence (one, an institution's name, may run to five words), set apart by a middle
dot, a bullet or a bar; most items are a single word. No sentence has that
shape; a credit line does ("Text: Jan Novák · Photo: Eva Malá"), but its items hold a
colon, and a row of names ("Jan Novák · Petr Dvořák · Eva Malá") has two words an item.
The line carries an anchor of the pseudo-rule ``TXT-TAGS-navigation`` that alone
clears the threshold at the page's edges only: inside the story such a line stays
unless a widget around it goes. Hashtags are tags whatever parts them: two or more on a
line, or one a line in a run of two or more. Topics one a line, three or more under a
box that closes the page, are taken by the region engine (``text/regions.py``).
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Any, Final

import regex

from cleanbody.rules import Rule
from cleanbody.rules.learned import pseudo_rule
from cleanbody.text.blocks import Block
from cleanbody.text.evidence import Hit

__all__ = ["TAGS_RULE_ID", "tag_hits", "tag_item", "tags_rule", "tags_rule_dicts"]

TAGS_RULE_ID: Final = "TXT-TAGS-navigation"
#: A tag line holds at least this many items ...
MIN_ITEMS: Final = 3
#: ... an item at most this many words (one item of a row may have up to LONG_ITEM_WORDS:
#: an institution's name among the topics) ...
ITEM_WORDS: Final = 3
LONG_ITEM_WORDS: Final = 5
#: A topic alone on its line is at most this long (a Thai sentence has no spaces).
ITEM_CHARS: Final = 32
#: ... and the line at most this many characters.
MAX_CHARS: Final = 120
#: What the line weighs: less its length's cost, past the edge threshold in balanced mode
#: (3.0), far from an insert's (5.0).
WEIGHT: Final = 3.5

_SEPARATOR = regex.compile(r"(?<!\s)\s++[·•|｜]\s++")
# An item is words that start with a letter (digits, a hyphen, an apostrophe or "&"
# inside: "Giro555", "COVID-19"): no number alone, no colon, no sentence's mark.
_ITEM = regex.compile(
    r"^[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*+"
    r"(?:\s++(?:&\s++)?[\p{L}\p{M}][\p{L}\p{M}\p{N}'’\-]*+)*+$"
)


@functools.cache
def tags_rule() -> Rule:
    """The pseudo-rule a tag line carries."""
    return pseudo_rule(
        TAGS_RULE_ID,
        "navigation.tag_line",
        "navigation",
        "anchor",
        weight=WEIGHT,
        description=(
            "A line of three items or more set apart by ' · ', ' • ' or ' | ', each a word "
            "or a few that start with a letter, with no colon (one may run to five words), "
            "most of them one word ('Sápmi · Gruvor · Rättsfall · Norrbotten'): a story's "
            "topics; so are hashtags, two or more on "
            "a line or one a line in a run ('#交通' / '#北信'). Enough alone at the page's "
            "edges. Three or more such topics one a line ('Santé' / 'Hôpital' / 'Die') are "
            "tags too, under a widget that went when nothing of the story follows."
        ),
        source="text/tags.py",
    )


def tags_rule_dicts() -> list[dict[str, Any]]:
    """The public description of the pseudo-rule (for rule listings)."""
    return [tags_rule().to_dict()]


def tag_line(text: str) -> bool:
    """Whether a line is a row of topics.

    >>> tag_line("Sápmi · Gruvor · Rättsfall · Norrbotten"), tag_line("A · B")
    (True, False)
    >>> tag_line("Jan Novák · Petr Dvořák · Eva Malá")  # names: two words an item
    False
    >>> tag_line("Drought · Water Board of the Guadalquivir · Irrigation · Rice")
    True
    >>> tag_line("Earthquake · Giro555 · Red Cross"), tag_line("Sport · 3 min · Live")
    (True, False)
    >>> tag_line("Text: Jan Novák · Foto: Eva Malá · Grafik: Ota Veselý")
    False
    """
    if len(text) > MAX_CHARS + 20 or not (
        "·" in text or "|" in text or "•" in text or "｜" in text
    ):
        return False  # most lines (checked first: every block is read)
    text = text.strip()
    if len(text) > MAX_CHARS:
        return False
    items = _SEPARATOR.split(text)
    if len(items) < MIN_ITEMS:
        return False
    words = sorted(len(item.split()) for item in items)
    if words[-2] > ITEM_WORDS or words[-1] > LONG_ITEM_WORDS:
        return False
    if not all(_ITEM.match(item) for item in items):
        return False
    return 2 * words.count(1) > len(items)


def tag_item(text: str) -> bool:
    """Whether a line could be one topic of a list of them, one a line ("Santé").

    >>> tag_item("Santé"), tag_item("Dark Sky Park"), tag_item("The mill closes.")
    (True, True, False)
    """
    text = text.strip()
    return len(text) <= ITEM_CHARS and len(text.split()) <= ITEM_WORDS and bool(_ITEM.match(text))


# A hashtag: "#" right before a word of letters or digits with a letter in it ("#交通",
# "#2024年問題", "#bão lũ"), at most ITEM_WORDS words; "# Title" is a heading's mark.
_HASHTAG = regex.compile(r"#(?=[\p{L}\p{N}])(?=[^#]*?\p{L})[^#\s][^#]*+")


def _hashtags(text: str) -> int:
    """How many hashtags a line is made of (0: it is not made of hashtags alone)."""
    if not text.startswith("#") or len(text) > MAX_CHARS:
        return 0
    items = [item.strip() for item in text.split("#")[1:]]
    if not all(items) or not all(_HASHTAG.fullmatch("#" + item) for item in items):
        return 0
    return len(items) if all(len(item.split()) <= ITEM_WORDS for item in items) else 0


def tag_hits(blocks: Sequence[Block]) -> dict[int, list[Hit]]:
    """Evidence for each tag line of a page, and each line of a run of hashtags.

    Hashtags are tags whatever separates them: two or more on a line ("#bão lũ #cứu
    trợ"), or one a line in a run of two or more ("#交通" / "#北信").

    >>> from cleanbody.text.blocks import split_blocks
    >>> list(tag_hits(split_blocks("The mill closes in May.\\nmills · jobs · Ashby")))
    [1]
    >>> list(tag_hits(split_blocks("The mill closes in May.\\n#mills\\n#Ashby")))
    [1, 2]
    """
    counts = [_hashtags(block.text.strip()) if "#" in block.text else 0 for block in blocks]
    chosen = {at for at, block in enumerate(blocks) if counts[at] >= 2 or tag_line(block.text)}
    at = 0
    for single, run in itertools.groupby(counts, key=(1).__eq__):
        size = len(list(run))
        if single and size >= 2:
            chosen.update(range(at, at + size))
        at += size
    return {
        blocks[at].number: [Hit(tags_rule(), 0, len(blocks[at].text), None)]
        for at in sorted(chosen)
    }
