"""Share bars and tool bars: a line made only of a toolbar's words, in any language.

A page's toolbar survives scraping as one line of its buttons: "Поделиться · Telegram ·
WhatsApp", "A- A+ · Kaydet · Yazdır", "Chia sẻ Facebook Zalo Sao chép liên kết",
"シェアする　X　LINE　リンクをコピー". Each button is a word a toolbar uses (share, a
network's name, copy link, print, save, the text's size), listed per language in
``data/labels.toml`` (``[toolbar]``); a line made of nothing else is the toolbar, and
one word that no list holds makes it the article's ("Share your views with the
council"). The line carries an anchor of the pseudo-rule ``TXT-TOOLBAR-share`` (when a
button shares) or ``TXT-TOOLBAR-ui``.
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
from cleanbody.text.labels import labels

__all__ = ["TOOLBAR_RULE_IDS", "toolbar_hits", "toolbar_kind", "toolbar_rule_dicts"]

TOOLBAR_RULE_IDS: Final = {"share": "TXT-TOOLBAR-share", "ui": "TXT-TOOLBAR-ui"}
#: A toolbar's line is short ...
TOOLBAR_CHARS: Final = 120
#: ... a run of it between two separators has at most this many words ...
SEGMENT_MAX_WORDS: Final = 10
#: ... and a line of one button is read only when it is longer than this (characters):
#: "Поделиться" or "Guardar" alone is a button, "X" or "Line" alone may be anything.
LONE_BUTTON_CHARS: Final = 4
#: What a line of two buttons or more weighs: enough alone anywhere, as a share bar's
#: labelled networks do; a lone button weighs less, enough at the page's edges.
BAR_WEIGHT: Final = 6.0
LONE_WEIGHT: Final = 3.0

# Buttons are set apart by a bar, a dot, a slash, a comma, a dash between spaces, a
# colon after a label, two spaces or an ideographic one.
_SEPARATOR = regex.compile(r"\s*[|·•/,:：]\s*|\s+[-–—]\s+|\s{2,}|\u3000+")
# A word's own marks go, but not a size button's sign ("A+", "أ-").
_EDGE = regex.compile(r"^\W+|[^\w+\-−–]+$")
_SENTENCE_END = regex.compile(r"[.!?。！？]\s*$")
# A text-size button in any script: one letter and a sign ("A+", "ก-", "ক+", "أ-"); the
# pair ("ก- ก+", with the letter alone between: "अ- अ अ+") is the text's size, whatever
# the script ("A- B+" may be grades).
# A size button, or the letter alone between the two (the normal size).
_SIZE_BUTTON = regex.compile(r"^\p{L}[+\-−–]?$")
#: Two size buttons on lines of their own are this short together ("অ+ অ-").
SIZE_PAIR_CHARS: Final = 7
_SIZE_PAIR = regex.compile(
    r"(?<!\w)(\p{L})[\-−–]\W*+(?:\1\W++)?\1\+|(?<!\w)(\p{L})\+\W*+(?:\2\W++)?\2[\-−–]"
)


# Three sizes of one letter, plain ("A A A", "ก  ก  ก"): the sizes a reader picks from.
_SIZE_RUN = regex.compile(r"(?<!\w)(\p{L})\s++\1\s++\1(?!\w)")


@functools.cache
def _vocabulary() -> tuple[dict[tuple[str, ...], str], int, frozenset[str]]:
    """Each listed button as its words, with what it does (share, tool or join).

    With the most words a button has, and the words a line's first button begins with.
    """
    table = labels()["toolbar"]
    words: dict[tuple[str, ...], str] = {}
    for kind in ("joins", "tools", "share"):
        for entry in table[kind]:
            words[tuple(entry.split())] = kind
    openers = frozenset(key[0] for key, kind in words.items() if kind != "joins")
    return words, max(len(key) for key in words), openers


def toolbar_kind(text: str) -> tuple[str, int] | None:
    """What a line made only of toolbar buttons does ("share" or "ui"), and its buttons.

    >>> toolbar_kind("Поделиться · Telegram · WhatsApp"), toolbar_kind("A- A+ · Kaydet · Yazdır")
    (('share', 3), ('ui', 4))
    >>> toolbar_kind("Chia sẻ Facebook Zalo Sao chép liên kết"), toolbar_kind("ก- ก+")
    (('share', 4), ('ui', 2))
    >>> toolbar_kind("A  A  A"), toolbar_kind("ขนาดตัวอักษร  ก  ก  ก")
    (('ui', 3), ('ui', 4))
    >>> toolbar_kind("Share your views with the council"), toolbar_kind("Print is not dead.")
    (None, None)
    """
    text = text.strip()
    if not _opens_with_button(text):
        return None
    vocabulary, longest, _ = _vocabulary()
    sizes = ("+" in text and bool(_SIZE_PAIR.search(text))) or bool(_SIZE_RUN.search(text))
    kinds: list[str] = []
    for item in _SEPARATOR.split(text.lower()):
        words = [_EDGE.sub("", word) for word in item.split()]
        words = [word for word in words if word]
        if len(words) > SEGMENT_MAX_WORDS:
            return None
        at = 0
        while at < len(words):
            if sizes and _SIZE_BUTTON.match(words[at]):
                kinds.append("tools")
                at += 1
                continue
            for size in range(min(longest, len(words) - at), 0, -1):
                kind = vocabulary.get(tuple(words[at : at + size]))
                if kind is not None:
                    kinds.append(kind)
                    at += size
                    break
            else:
                return None  # a word no toolbar says
    buttons = [kind for kind in kinds if kind != "joins"]
    if not buttons or kinds[0] == "joins" or kinds[-1] == "joins":
        return None
    if len(buttons) == 1 and len(text) <= LONE_BUTTON_CHARS:
        return None
    return ("share" if "share" in buttons else "ui"), len(buttons)


def _opens_with_button(text: str) -> bool:
    """Whether a line is short, no sentence, and opens with a word buttons begin with."""
    if not text or len(text) > TOOLBAR_CHARS or _SENTENCE_END.search(text):
        return False
    for item in _SEPARATOR.split(text.lower()):
        for word in item.split():
            first = _EDGE.sub("", word)
            if first:  # the first word, past an icon, a bullet or a bar ("• Share · Print")
                return first in _vocabulary()[2] or ("+" in text and bool(_SIZE_PAIR.match(text)))
    return False


@functools.cache
def toolbar_rule(kind: str) -> Rule:
    """The pseudo-rule a toolbar's line carries."""
    what = "shares the page" if kind == "share" else "prints, saves or sizes the text"
    return pseudo_rule(
        TOOLBAR_RULE_IDS[kind],
        f"{kind}.toolbar_line",
        kind,
        "anchor",
        weight=BAR_WEIGHT,
        description=(
            "A short line made only of a toolbar's buttons, one of which " + what + " "
            "('Поделиться · Telegram · WhatsApp', 'A- A+ · Kaydet · Yazdır', 'Chia sẻ "
            "Facebook Zalo Sao chép liên kết'), in the words data/labels.toml lists for "
            "many languages; one word no list holds makes it the article's. Two buttons "
            "or more stand anywhere; a lone button ('Guardar') weighs less."
        ),
        source="text/toolbar.py",
    )


def toolbar_rule_dicts() -> list[dict[str, Any]]:
    """The public description of the pseudo-rules (for rule listings)."""
    return [toolbar_rule(kind).to_dict() for kind in TOOLBAR_RULE_IDS]


def toolbar_hits(blocks: Sequence[Block]) -> dict[int, list[Hit]]:
    """Evidence for each block that is a toolbar's line.

    >>> from cleanbody.text.blocks import split_blocks
    >>> blocks = split_blocks("Talks resume on Friday.\\nDistribuie · Copiază linkul")
    >>> {number: [hit.rule.id for hit in hits] for number, hits in toolbar_hits(blocks).items()}
    {1: ['TXT-TOOLBAR-share']}
    """
    found: dict[int, list[Hit]] = {}
    for block in blocks:
        read = toolbar_kind(block.text)
        if read is None:
            continue
        kind, buttons = read
        weight = BAR_WEIGHT if buttons > 1 else LONE_WEIGHT
        found[block.number] = [Hit(toolbar_rule(kind), 0, len(block.text), None, weight)]
    # The two size buttons a line each ("অ+" / "অ-"): the pair, as on one line.
    for one, two in itertools.pairwise(blocks):
        pair = f"{one.text.strip()} {two.text.strip()}"
        if len(pair) <= SIZE_PAIR_CHARS and _SIZE_PAIR.fullmatch(pair):
            for block in (one, two):
                hit = Hit(toolbar_rule("ui"), 0, len(block.text), None, BAR_WEIGHT)
                found.setdefault(block.number, [hit])
    return found
