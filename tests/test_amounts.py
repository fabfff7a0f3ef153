"""Amount buttons in any language: a run of lines that are each a sum of money."""

from __future__ import annotations

import pytest

import cleanbody
from cleanbody.text.amounts import AMOUNTS_RULE_ID, amount_line, amount_row

STORY = [
    "Wavuvi wa Pangani walikutana jana kujadili bei ya samaki sokoni, ambayo imeshuka "
    "kwa mwezi wa tatu mfululizo.",
    "Mwenyekiti wa soko alisema wavuvi kumi na wawili wameacha kazi mwaka huu kwa sababu ya "
    "gharama za mafuta.",
]


@pytest.mark.parametrize(
    "amounts",
    [
        ["TSh 5,000", "TSh 10,000", "TSh 20,000"],
        ["১০০ টাকা", "৫০০ টাকা", "১,০০০ টাকা"],
        ["۱۰۰ هزار تومان", "۲۵۰ هزار تومان"],
        ["5 € / Monat", "10 € / Monat", "25 € / Monat"],
        ["100 บาท　300 บาท　500 บาท　ระบุจำนวนเอง"],
        ["۵ یورو | ۱۵ یورو | ۳۰ یورو | مبلغ دلخواه"],
        ["10 ευρώ", "20 ευρώ", "50 ευρώ"],
    ],
)
def test_amount_buttons_anchor_the_appeal_around_them(amounts: list[str]) -> None:
    """Amount buttons in a language no rule reads take the appeal's text with them."""
    lines = [*STORY, *amounts]
    result = cleanbody.clean("\n".join(lines))
    assert result.text.splitlines() == STORY
    assert any(AMOUNTS_RULE_ID in removal.rules for removal in result.removed)


@pytest.mark.parametrize(
    "lines",
    [
        ["Ticket prices at the door:", "Adults: €12", "Children: €6"],
        ["The race offers three distances:", "10 km", "21 km", "42 km"],
        ["Final standings", "Arsenal 2", "Chelsea 1"],
        ["The fund raised", "£48,000", "in its first week."],
        ["Results by year:", "2023", "2024"],
        ["Supported versions:", "PHP 7.4", "PHP 8.0", "PHP 8.3"],
    ],
)
def test_prices_distances_scores_and_a_single_sum_are_not_buttons(lines: list[str]) -> None:
    """Lines of numbers that are not sums of one currency, or one sum alone, stay."""
    text = "\n".join([*STORY, *lines])
    assert cleanbody.clean(text).text.splitlines() == [*STORY, *lines]


def test_amount_line_reads_the_currency_words() -> None:
    """A sign or a listed word is a currency; an abbreviation that is a unit, only as written."""
    assert amount_line("৳১,০০০") == "৳"
    assert amount_line("Rp 50.000") == "rp"
    assert amount_line("1 000 Ft") == "ft"
    assert amount_line("100 zł miesięcznie") == "zł miesięcznie"
    assert amount_line("3 km") is None
    assert amount_line("300 ft") is None
    assert amount_line("RM 50") == "rm"
    assert amount_line("Pay 10 € now or 20 € later") is None


def test_a_row_needs_the_same_currency_and_at_most_one_other_button() -> None:
    """A row of buttons is sums of one currency, and at most one "Other amount"."""
    assert amount_row("$5 · $10 · $25 · Other amount")
    assert not amount_row("$5 · €10")
    assert not amount_row("$5 · $10 · Custom amount · Pay now")


def test_the_pseudo_rule_is_listed() -> None:
    listed = {rule["id"]: rule for rule in cleanbody.list_rules()}
    assert listed[AMOUNTS_RULE_ID]["category"] == "appeal"


TIERS = [
    "The Understory is paid for by its readers. Join as a member:",
    "Seedling, £4 a month: no ads and a members-only letter from the editors",
    "Canopy, £9 a month: everything in Seedling, plus the printed quarterly posted to your door",
    "Old Growth, £20 a month: all of the above, plus your name in our supporters' list",
    "Choose a membership",
]


def test_a_list_of_tiers_goes_with_the_appeal_it_belongs_to() -> None:
    story = [
        "Urban beekeeping has doubled in five years, and the city's wild bees are paying "
        "for it, according to a new survey of rooftop hives.",
        "On the Southwark roof, the hives will stay for now. The building's owners say "
        "they will review the lease in the spring.",
    ]
    assert cleanbody.clean("\n".join([*story, *TIERS])).text.splitlines() == story


@pytest.mark.parametrize(
    "items",
    [
        ["Arras : 84 320 €", "Lens : 71 900 €", "Cambrai : 63 150 €"],  # a report's figures
        [  # a gift guide's picks: prices and what they give, with no appeal around them
            "Kindle Paperwhite, £150: a warm light and a week's battery",
            "Kobo Clara, £130: the same screen, with library loans built in",
        ],
    ],
)
def test_figures_and_a_guides_picks_are_no_tier_list(items: list[str]) -> None:
    lines = [
        "The best e-readers and the totals of this year's collection, town by town, were "
        "published on Monday by the organisers.",
        *items,
        "The organisers say the figures will be checked again in January before the "
        "final total is announced.",
    ]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines
