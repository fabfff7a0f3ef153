"""The page's head: a section trail above the headline, in any language.

Sites print the section a story sits in above its headline, joined by a slash or a bar
("Economía / Vivienda", "Nyheder | Kommunen", "ایران / سلامت"). Below the headline the
same shape is a byline ("Burak Tekin / İzmir", "文 / 韦晓雯"), so only the first block of
what is left, with a headline-sized block under it, is read. Chevron trails
("News › Local") are rules (``MUL-NV01``, ``MUL-NV02``): they read the same anywhere.
The evidence is an anchor of the pseudo-rule ``TXT-HEAD-navigation``, weighed like a
rule's: alone it clears the edge threshold, which the head of the page is.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any, Final

import regex

from cleanbody.rules import Rule
from cleanbody.rules.learned import pseudo_rule
from cleanbody.text.blocks import Block
from cleanbody.text.evidence import UNPUNCTUATED_SCRIPT, Hit
from cleanbody.text.labels import labels
from cleanbody.text.toolbar import toolbar_kind

__all__ = [
    "GENRE_RULE_ID",
    "HEAD_RULE_ID",
    "genre_hits",
    "genre_rule",
    "head_hits",
    "head_rule",
    "head_rule_dicts",
    "headline_sized",
]

HEAD_RULE_ID: Final = "TXT-HEAD-navigation"
#: A genre label over the headline ("Opinion", "Review"): the piece's own line.
GENRE_RULE_ID: Final = "TXT-GENRE-article"
#: A headline has at least this many words (not a label)...
HEADLINE_MIN_WORDS: Final = 4
#: ...and at most this many characters: under a trail comes a headline; a paragraph right
#: under the first line means the page has no headline, and the line is a dateline
#: ("Vigo / Redacción").
HEADLINE_MAX_CHARS: Final = 160
#: Between a section's name and the headline, at most this many lines of the page's bars
#: (a share bar's buttons a line each, the reading time)...
MAX_BAR_LINES: Final = 3
#: ...a bar's line with a number being this short.
BAR_LINE_CHARS: Final = 30
BAR_LINE_WORDS: Final = 4
_DIGIT = regex.compile(r"\d")
#: Above the headline, at most this many lines of a section's trail or name ("Society" /
#: "Charity").
MAX_HEAD_LINES: Final = 2
#: What a headline's word is worth in scripts written without spaces, in characters.
_DENSE_CHARS_PER_WORD: Final = 3

# (A zero-width non-joiner or joiner is part of a Persian or an Indic word: "زیست‌شناسی".)
_LETTERS = r"\p{L}\p{M}\u200c\u200d&·.'’\-"
_ITEM = rf"[\p{{L}}\p{{M}}][{_LETTERS}]*(?:\s[{_LETTERS}]+){{0,3}}"
# Two to four items of at most four words, letters only (a date or a time is a byline's),
# joined by a slash, a bar or a breadcrumb's arrow ("دانش › زیست‌شناسی").
_TRAIL = regex.compile(rf"^{_ITEM}(?:\s[/／|›»>]\s{_ITEM}){{1,3}}$")
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}]")
_WORD = r"[\p{L}\p{M}][\p{L}\p{M}\u200c\u200d'’\-]*"
# A section's name alone: one word ("Société", "मौसम"), or a few joined as a section's
# are ("Geld & Consument", "Media i marketing", "Medios y Comunicación"): by "&" or "·",
# or by a short word in lower case. Two capitalised words alone are a name, not read.
# A section's two words may also be a word and one in lower case ("Samiske saker", "Lokale
# nyheter": no name), and a script without case joins them by a short word ("کار و کارگر").
_KICKER = regex.compile(
    rf"^(?:{_WORD}|{_WORD}(?:\s+(?:[&·+]|(?-i:\p{{Ll}}{{1,3}}|\p{{Lo}}{{1,2}}))\s+{_WORD}){{1,2}}"
    rf"|{_WORD}\s+(?-i:\p{{Ll}}[\p{{L}}\p{{M}}'’\-]*))$"
)
# The signs that join two sections' names ("Sport · Football", "Geld & Consument").
_SIGN = regex.compile(r"\s[&·+]\s")
# What joins a section's words ("Geld & Consument", "Opinión y análisis"), as _KICKER has it.
_CONNECTOR = regex.compile(r"[&·+]|\p{Ll}{1,3}|\p{Lo}{1,2}")
#: A section label is short...
KICKER_MAX_CHARS: Final = 30
#: ...in Chinese and Japanese a few characters ("本地新闻", "スポーツ"): a line of more is
#: a headline, over its standfirst.
KICKER_MAX_IDEOGRAPHIC: Final = 10
_IDEOGRAPHIC = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
#: ... and in scripts written without spaces between words (Thai, Lao, Khmer, Burmese),
#: a few words' letters ("ข่าวภาคเหนือ", "ไอที & เทคโนโลยี").
KICKER_MAX_UNSPACED: Final = 16


@functools.cache
def head_rule() -> Rule:
    """The pseudo-rule a section trail above the headline carries."""
    return pseudo_rule(
        HEAD_RULE_ID,
        "navigation.section_trail",
        "navigation",
        "anchor",
        weight=4.0,
        pattern=_TRAIL.pattern,
        description=(
            "The first block of the text is a section trail of two to four short items "
            "joined by '/', '|' or a breadcrumb's arrow ('›', '»', '>') ('Economía / "
            "Vivienda'), or a section's name alone "
            "('Société', 'Geld & Consument'), with a headline under it and text under "
            "that. Below the headline the same shapes are a byline or a dateline, so "
            "nothing else is read."
        ),
        source="text/head.py",
    )


@functools.cache
def genre_rule() -> Rule:
    """The counter pseudo-rule a genre label over the headline carries."""
    return pseudo_rule(
        GENRE_RULE_ID,
        "article.genre_label",
        "article",
        "counter",
        weight=-6.0,
        description=(
            "A line of the page's head that is a genre label alone ('Opinion', 'Review', "
            "'Рецензия', 'รีวิว', 'Point de vue'), over the headline: it says what the "
            "piece is, so it is the article's, whatever section rule reads the word. "
            "Lower on the page the same words may head a widget ('Kommentare')."
        ),
        source="text/head.py",
    )


def head_rule_dicts() -> list[dict[str, Any]]:
    """The public description of the pseudo-rules (for rule listings)."""
    return [head_rule().to_dict(), genre_rule().to_dict()]


def genre_hits(blocks: Sequence[Block]) -> dict[int, list[Hit]]:
    """Counter-evidence for a genre label among the page's first lines, over the headline.

    >>> from cleanbody.text.blocks import split_blocks
    >>> blocks = split_blocks("Opinie\\nGeef deze winter aan de voedselbank\\nText.")
    >>> [hit.rule.id for hit in genre_hits(blocks)[0]]
    ['TXT-GENRE-article']
    >>> genre_hits(split_blocks("Politiek\\nDe Kamer stemt over het nieuwe kiesstelsel\\nText."))
    {}
    """
    found: dict[int, list[Hit]] = {}
    for index in range(min(len(blocks) - 1, MAX_HEAD_LINES + 1)):
        text = blocks[index].text.strip()
        if len(text) > KICKER_MAX_CHARS:
            break  # the headline, or the story: no label below it is the page's head
        if genre_label(text) and _headline_at(blocks, index + 1) is not None:
            found[blocks[index].number] = [Hit(genre_rule(), 0, len(blocks[index].text), None)]
    return found


def headline_sized(text: str) -> bool:
    """Whether a block is the size of a headline: a few words, not a label or a paragraph.

    >>> headline_sized("Rents rose 14% in a year"), headline_sized("Economy")
    (True, False)
    """
    if len(text) > HEADLINE_MAX_CHARS:
        return False
    dense = len(_DENSE.findall(text))
    return len(text.split()) + dense // _DENSE_CHARS_PER_WORD >= HEADLINE_MIN_WORDS


def head_hits(blocks: Sequence[Block]) -> dict[int, list[Hit]]:
    """Evidence for the first block, or the first two, when they head the page's headline.

    A section and its subsection may each have a line ("Society" / "Charity"), or a trail
    a line and the section's name another.

    >>> from cleanbody.text.blocks import split_blocks
    >>> blocks = split_blocks("Economía / Vivienda\\nEl alquiler sube un 14 % en Madrid")
    >>> [hit.rule.id for hit in head_hits(blocks)[0]]
    ['TXT-HEAD-navigation']
    >>> head_hits(split_blocks("Burak Tekin / İzmir\\nShort"))
    {}
    >>> blocks = split_blocks("Gesellschaft\\nDrucken\\nEin Zimmer kostet 590 Euro warm\\nText.")
    >>> [hit.rule.id for hit in head_hits(blocks)[0]]
    ['TXT-HEAD-navigation']
    >>> blocks = split_blocks("Gesellschaft\\nSoziales\\nEin Zimmer kostet 590 Euro warm\\nText.")
    >>> sorted(head_hits(blocks))
    [0, 1]
    """
    for depth in range(1, MAX_HEAD_LINES + 1):
        if len(blocks) <= depth:
            break
        headline = _headline_at(blocks, depth)
        # Under a section's line, a subsection's is one word ("Society" / "Charity"): a
        # line of a few ("Doctor on call", "Tag der Entscheidung") is a short headline
        # over its standfirst.
        if (
            headline is not None
            and all(_head_line(blocks, index, headline) for index in range(depth))
            and all(len(blocks[index].text.split()) == 1 for index in range(1, depth))
        ):
            return {
                block.number: [Hit(head_rule(), 0, len(block.text), None)]
                for block in blocks[:depth]
            }
    return {}


def _head_line(blocks: Sequence[Block], index: int, headline: int) -> bool:
    """Whether block ``index`` is a section trail or a section's name over the headline."""
    text = blocks[index].text.strip()
    if len(text) > 80:
        return False
    # A name is a few words, not a headline's ("Doctor on Tuesday and Friday" over its
    # standfirst), unless a sign joins two ("Almanya · Göç ve Hukuk"); a trail may have more.
    few = len(text.split()) < HEADLINE_MIN_WORDS or _SIGN.search(text) is not None
    return bool(_TRAIL.match(text) or (few and _kicker(blocks, headline, index)))


def _headline_at(blocks: Sequence[Block], start: int = 1) -> int | None:
    """Where the headline under the page's first lines is: next, or past the page's bars.

    A toolbar's buttons may sit between a section's name and the headline ("Gesellschaft"
    / "Drucken" / "Ein Zimmer, 590 Euro warm"), a line each ("Del" / "Kopier lenke"), or
    the reading time ("7 minuti di lettura"); a byline there ("Anna Huber") is no
    button, and the line over it is the story's title.
    """
    at = start
    while at < min(len(blocks) - 1, start + MAX_BAR_LINES) and _bar_line(blocks[at].text):
        at += 1
    if at == start:
        return start if headline_sized(blocks[start].text) else None
    return at if len(blocks) > at + 1 and headline_sized(blocks[at].text) else None


def _bar_line(text: str) -> bool:
    """Whether a line is a page bar's: a toolbar's buttons, or the reading time.

    The reading time is a short line with a number and a few words ("7 minuti di
    lettura", "7 phút đọc").
    """
    text = text.strip()
    if toolbar_kind(text):
        return True
    return (
        len(text) <= BAR_LINE_CHARS
        and len(text.split()) <= BAR_LINE_WORDS
        and _DIGIT.search(text) is not None
        and not text.endswith((".", "。"))
    )


@functools.cache
def _genres() -> frozenset[str]:
    """Genre labels ("opinion", "editoriale"), from ``data/labels.toml``."""
    return frozenset(labels()["genres"]["words"])


def genre_label(text: str) -> bool:
    """Whether a line is a genre label alone ("Opinion", "Point de vue", "Opinion & Analysis").

    >>> genre_label("Opinion & Analysis"), genre_label("Amazônia · Reportagem")
    (True, False)
    """
    if len(text) > KICKER_MAX_CHARS:
        return False  # a label is a few words, not a headline or a paragraph
    genres = _genres()
    if text.strip().lower() in genres:
        return True
    words = [word.lower() for word in text.split() if not _CONNECTOR.fullmatch(word)]
    return bool(words) and all(
        word in genres or regex.split("['’]", word)[-1] in genres for word in words
    )


def _kicker(blocks: Sequence[Block], at: int = 1, index: int = 0) -> bool:
    """Whether block ``index`` is a section's name over the headline at ``at``, over text.

    >>> from cleanbody.text.blocks import split_blocks
    >>> _kicker(split_blocks("Société\\nLa grève des éboueurs entre dans sa troisième semaine\\nx"))
    True
    >>> _kicker(split_blocks("Opinion\\nLa grève des éboueurs entre dans sa semaine\\nx"))
    False
    >>> _kicker(split_blocks("Point de vue\\nLa grève des éboueurs entre dans sa semaine\\nx"))
    False
    >>> _kicker(split_blocks("本地新闻\\n东钱湖片区三所新建小学明年秋季投用\\nx"))
    True
    >>> _kicker(split_blocks("东钱湖片区三所新建小学明年秋季投用\\n新增学位四千个\\nx"))
    False
    """
    text = blocks[index].text.strip()
    if len(blocks) < at + 2 or len(text) > KICKER_MAX_CHARS or not _KICKER.match(text):
        return False
    if len(_IDEOGRAPHIC.findall(text)) > KICKER_MAX_IDEOGRAPHIC:
        return False
    if len(UNPUNCTUATED_SCRIPT.findall(text)) > KICKER_MAX_UNSPACED:
        return False  # a Thai headline over its standfirst ("แม่น้ำที่ขึ้นลงตามคำสั่งเขื่อน")
    # A genre label alone ("Opinion", "Point de vue", "Opinion & Analysis") is the piece's;
    # a section beside it ("Amazônia · Reportagem") makes a trail.
    if genre_label(text):
        return False
    headline = blocks[at].text.rstrip()
    # The headline is the longer line, and a sentence's end makes it a lede.
    return len(headline) > len(text) and not headline.endswith((".", "。", "।"))
