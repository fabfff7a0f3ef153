"""Amount buttons: a run of lines that are each a sum of money, in any language.

A donation widget offers its amounts as buttons, one to a line once the page is scraped
("৳১০০", "৳৫০০", "৳১,০০০"; "۱۰۰ هزار تومان", "۲۵۰ هزار تومان"; "5 € / Monat", "10 € /
Monat"). One such line alone may be a price in a fact box; two or more in a row that say
nothing but a sum, in the same words, are a widget's buttons: no article writes them. The
lines carry an anchor of the pseudo-rule ``TXT-AMOUNTS-appeal``, and the region engine
takes the appeal around them (its title, body and closing buttons) as it does around a
rule's anchor. A currency is a sign (any of Unicode's) or a word listed in
``data/labels.toml``, so a language adds its currency as data.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Sequence
from typing import Any, Final

import regex

from cleanbody.model.features import amount_button
from cleanbody.rules import Rule
from cleanbody.rules.learned import pseudo_rule
from cleanbody.text.blocks import Block
from cleanbody.text.evidence import Hit
from cleanbody.text.labels import labels

__all__ = [
    "AMOUNTS_RULE_ID",
    "TIERS_RULE_ID",
    "amount_hits",
    "amount_line",
    "amount_row",
    "amounts_rule_dicts",
    "is_amount",
    "is_priced",
    "plan_line",
    "tier_hits",
    "tier_line",
]

AMOUNTS_RULE_ID: Final = "TXT-AMOUNTS-appeal"
#: An amount button is at most this long ("€10 / month", "১,০০০ টাকা").
AMOUNT_LINE_CHARS: Final = 30
#: Besides its number, an amount button has at most this many words (a multiplier, the
#: currency, a period: "100 هزار تومان", "5 € / Monat").
AMOUNT_LINE_WORDS: Final = 3
#: The fewest amount lines in a row, or amounts in a row of buttons on one line, that make
#: a widget's buttons.
AMOUNT_RUN: Final = 2
#: A row of amount buttons on one line is at most this long.
AMOUNT_ROW_CHARS: Final = 120

TIERS_RULE_ID: Final = "TXT-TIERS-appeal"
#: A tier's or a plan's line is at most this long ...
TIER_LINE_CHARS: Final = 200
#: ... and its name, before its price, at most this many words ("Digital + print").
TIER_NAME_WORDS: Final = 5
#: A plan's name before its price alone ("Digital + the Sunday paper at home: ...").
PLAN_NAME_WORDS: Final = 8

_NUMBER = regex.compile(r"\d(?:[\d.,'\u00a0\u202f ]*\d)?")
_SIGN = regex.compile(r"\p{Sc}")
_WORDS = regex.compile(r"[^\s/|·•()\[\]:+*-]+")
# A label's word before the sum ("Class 2 800 baht", "Adults 12 €"), not a currency's sign.
_LABEL_FIRST = regex.compile(r"^[\p{L}\p{M}]{2,}")
# Buttons on one line are parted by bars, dots, an ideographic space or a wider gap.
_ROW_SEPARATOR = regex.compile(r"\s*[|·•]\s*|\u3000+|\s{2,}")
# A row's label: a few words without a number, and a colon ("Lahjoitan:", "Votre don :").
_ROW_LABEL = regex.compile(r"^[^\d:：|·•]{1,30}[:：]\s*")


@functools.cache
def _currencies() -> tuple[frozenset[str], frozenset[str]]:
    """Currency words (lower case), and abbreviations that count only as written."""
    currencies = labels()["currencies"]
    return frozenset(currencies["words"]), frozenset(currencies["cased"])


@functools.cache
def amounts_rule() -> Rule:
    """The pseudo-rule a run of amount buttons carries."""
    return pseudo_rule(
        AMOUNTS_RULE_ID,
        "appeal.amount_buttons",
        "appeal",
        "anchor",
        weight=4.0,
        description=(
            "Two or more lines in a row (or buttons on one line) that are each only a sum "
            "of money in the same currency ('৳১০০' / '৳৫০০', '100 บาท' / '300 บาท', "
            "'5 € / Monat' / '10 € / Monat'): a donation widget's amount buttons, in any "
            "language. A currency is a sign or a listed word (data/labels.toml)."
        ),
        source="text/amounts.py",
    )


def amounts_rule_dicts() -> list[dict[str, Any]]:
    """The public description of the pseudo-rules (for rule listings)."""
    return [amounts_rule().to_dict(), tiers_rule().to_dict()]


def amount_line(text: str) -> str | None:
    """The words of a line that is only a sum of money (its currency), or None.

    >>> amount_line("৳১,০০০"), amount_line("۱۰۰ هزار تومان"), amount_line("5 € / Monat")
    ('৳', 'هزار تومان', '€ monat')
    >>> amount_line("Arsenal 2"), amount_line("300 ft"), amount_line("PHP 8"), amount_line("2024")
    (None, None, None, None)
    """
    text = text.strip()
    if len(text) > AMOUNT_LINE_CHARS or len(_NUMBER.findall(text)) != 1:
        return None
    written = _WORDS.findall(_NUMBER.sub(" ", text))
    if not written or len(written) > AMOUNT_LINE_WORDS:
        return None
    words, cased = _currencies()
    if not any(
        _SIGN.search(word) or word in cased or word.casefold().rstrip(".") in words
        for word in written
    ):
        return None
    return " ".join(word.casefold() for word in written)


def amount_row(text: str) -> bool:
    """Whether a line is a row of amount buttons in the same words, perhaps one more button.

    >>> amount_row("100 บาท　300 บาท　500 บาท　ระบุจำนวนเอง"), amount_row("10 € | 20 €")
    (True, True)
    >>> amount_row("Adults 12 € | Children 6 €"), amount_row("3 km  5 km")
    (False, False)

    A label may open the row ("I give: 20 € | 50 € | Other amount") when the row ends in
    a button that is no sum: a price list under a label ("Tickets: 12 € | 15 €") has none.

    >>> amount_row("Lahjoitan: 20 € | 50 € | Muu summa"), amount_row("Tickets: 12 € | 15 €")
    (True, False)
    """
    if len(text) > AMOUNT_ROW_CHARS:
        return False
    text = text.strip()
    label = _ROW_LABEL.match(text)
    if label:
        text = text[label.end() :]
    parts = [part for part in _ROW_SEPARATOR.split(text) if part]
    if len(parts) < AMOUNT_RUN:
        return False
    words = [amount_line(part) for part in parts]
    amounts = [word for word in words if word is not None]
    others = [part for part, word in zip(parts, words, strict=True) if word is None]
    return (
        len(amounts) >= AMOUNT_RUN
        and len(set(amounts)) == 1
        and len(others) <= 1
        and (label is None or len(others) == 1)
        and all(len(part.split()) <= AMOUNT_LINE_WORDS for part in others)
    )


def is_amount(text: str) -> bool:
    """Whether a line is an amount button, or a row of them ("₹500", "10 € · 20 €").

    >>> is_amount("৳৫০০"), is_amount("5 € · 10 € · Other amount"), is_amount("74,600 of 80,000")
    (True, True, False)
    """
    return amount_button(text) or amount_line(text) is not None or amount_row(text)


def is_priced(text: str) -> bool:
    """Whether a short line offers a price: one of its parts is only a sum of money.

    A plan chooser's row ("Monthly 129 baht | Yearly 1,290 baht") or a tier's line
    ("Monthly member　£4.5/month　unlimited reading"), not a sentence that names one.

    >>> is_priced("รายเดือน 129 บาท | รายปี 1,290 บาท"), is_priced("Tickets cost 500 kr.")
    (True, False)
    """
    text = text.strip()
    if len(text) > AMOUNT_ROW_CHARS or text.endswith((".", "。", "!", "?")):
        return False  # a sentence that names a price is a report's
    return any(amount_line(part) is not None for part in _ROW_SEPARATOR.split(text))


# A plan's name and its price: a colon, or a dash between spaces.
_PLAN_PARTS = regex.compile(r"(?<!\s)\s*+[:：]\s*+|(?<!\s)\s++[–—]\s++")
# What a price may have after it in brackets ("(you save 28%)").
_ASIDE = regex.compile(r"(?<!\s)\s*+\([^()]{1,60}\)\s*+$")


def plan_line(text: str) -> bool:
    """Whether a line names a plan and then only its price ("Digital + Sunday paper: €14.50/month").

    A report's list of figures has this shape too ("Monthly plan: 79 TL"): what frames the
    line must say it is an offer's.

    >>> plan_line("Digital + Sunday paper at home: €14.50/month"), plan_line("Arras: 84 320 €")
    (True, True)
    >>> plan_line("Yearly — 69 € (you save 28%)")
    True
    >>> plan_line("The price rose to €14.50 a month: too much, readers said")
    False
    """
    parts = _PLAN_PARTS.split(text.strip(), maxsplit=1)
    if len(parts) != 2:
        return False
    name, price = parts
    return (
        0 < len(name.split()) <= PLAN_NAME_WORDS
        and not _NUMBER.search(name)
        and amount_line(_ASIDE.sub("", price)) is not None
    )


@functools.cache
def tiers_rule() -> Rule:
    """The pseudo-rule the lines of a list of tiers or plans carry."""
    return pseudo_rule(
        TIERS_RULE_ID,
        "appeal.tier_list",
        "appeal",
        "cue",
        weight=2.0,
        description=(
            "Two or more lines in a row that each name a tier or a plan and its price "
            "before what it gives x: a membership "
            "or subscription offer's list, in any language. A cue: it adds to an appeal "
            "or a wall a rule or the lexicon found nearby, never stands alone (a gift "
            "guide lists prices too)."
        ),
        source="text/amounts.py",
    )


# How a tier's name, price and perks are set apart: a dash or a dot between spaces, a
# colon, a comma, a bar, an ideographic space.
_TIER_PARTS = regex.compile(r"(?<!\s)\s++[–—·•-]\s++|[:：|]\s*+|,\s++|(?<!\u3000)\u3000++")


def tier_line(text: str) -> bool:
    """Whether a line names a tier or a plan, then its price (then, perhaps, its perks).

    >>> tier_line("Seedling, £4 a month: the site without ads")
    True
    >>> tier_line("Paket Tahunan – Rp549.000 – hemat dua bulan")
    True
    >>> tier_line("Supporter · 249 Kč a month · invitations to our debates")
    True
    >>> tier_line("Tickets cost £4 a month, the club said."), tier_line("Arras : 84 320 €")
    (False, False)
    """
    if len(text) > TIER_LINE_CHARS + 20 or not (
        ":" in text
        or "," in text
        or "–" in text
        or "—" in text
        or "|" in text
        or "·" in text
        or "•" in text
        or "：" in text
        or "\u3000" in text
    ):
        return False  # most lines (checked first: every block is read)
    if not _NUMBER.search(text):
        return False
    text = text.strip()
    if len(text) > TIER_LINE_CHARS:
        return False
    # Its name, its price and what it gives: a name and a sum alone ("Arras : 84 320 €",
    # "Monthly plan: 79 TL") may be a report's list of figures.
    parts = _TIER_PARTS.split(text, maxsplit=2)
    if len(parts) < 3 or not parts[2].strip():
        return False
    name, price = parts[0], parts[1]
    return (
        0 < len(name.split()) <= TIER_NAME_WORDS
        and not _NUMBER.search(name)
        and amount_line(price) is not None
    )


def tier_hits(blocks: Sequence[Block]) -> dict[int, list[Hit]]:
    """Evidence for each line of a run of two or more tiers' or plans' lines.

    >>> from cleanbody.text.blocks import split_blocks
    >>> blocks = split_blocks(
    ...     "Join us\\nReader – 5 € a month: all stories\\nFriend – 10 € a month: the print"
    ... )
    >>> sorted(tier_hits(blocks))
    [1, 2]
    """
    found: dict[int, list[Hit]] = {}
    for is_tier, run in itertools.groupby(blocks, key=lambda block: tier_line(block.text)):
        lines = list(run)
        if is_tier and len(lines) >= AMOUNT_RUN:
            for block in lines:
                found[block.number] = [Hit(tiers_rule(), 0, len(block.text), None)]
    return found


def amount_hits(blocks: Sequence[Block]) -> dict[int, list[Hit]]:
    """Evidence for each line of a run of amount buttons in the same words, and each row.

    >>> from cleanbody.text.blocks import split_blocks
    >>> blocks = split_blocks("Help us\\n১০০ টাকা\\n৫০০ টাকা\\nOther amount")
    >>> sorted(amount_hits(blocks))
    [1, 2]
    >>> amount_hits(split_blocks("Tickets cost\\n500 kr\\nat the door"))
    {}
    >>> amount_hits(split_blocks("Ringside 1,500 baht\\nClass 2 800 baht\\nClass 3 300 baht"))
    {}
    """
    chosen = [block for block in blocks if amount_row(block.text)]
    words_of = [amount_line(block.text) for block in blocks]
    at = 0
    for words, run in itertools.groupby(words_of):
        size = len(list(run))
        if words is not None and size >= AMOUNT_RUN and not _price_list(blocks, words_of, at, size):
            chosen.extend(blocks[at : at + size])
        at += size
    return {block.number: [Hit(amounts_rule(), 0, len(block.text), None)] for block in chosen}


def _price_list(blocks: Sequence[Block], words_of: list[str | None], at: int, size: int) -> bool:
    """Whether a run of labelled sums is part of a price list with other items around it.

    "Ringside 1,500 baht" / "Class 2 800 baht" / "Class 3 300 baht": a label before each
    sum, and a line right above or below priced under another label, make a story's list
    of prices (tickets, fares), not a widget's amount buttons.
    """
    label = _LABEL_FIRST.match(blocks[at].text.strip())
    words, cased = _currencies()
    if label is None or label[0] in cased or label[0].casefold() in words:
        return False  # a currency first ("Rp 25.000", "CHF 50"): a button's sum
    neighbours = (at - 1, at + size)
    return any(0 <= index < len(blocks) and words_of[index] is not None for index in neighbours)
