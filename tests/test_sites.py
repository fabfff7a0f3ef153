"""SiteMemory: learning a site's template from repetition, cleaning with it, bounds and files."""

from __future__ import annotations

import gzip
import io
import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cleanbody
from cleanbody import SiteMemory, SiteMemoryError
from cleanbody.cli import main
from cleanbody.evaluate.sites import evaluate_sites, sites_main
from cleanbody.sites import block_fingerprint, page_fingerprints, site_of
from cleanbody.text.repeats import SiteCounts, template_blocks

from .conftest import REPO

URL = "https://www.mtaa-wetu.example/habari/{}"
TOWNS = ["Pangani", "Kilwa", "Lindi", "Tanga", "Moshi", "Mafia", "Mtwara", "Muheza"]
# A template in a language with no rules, with a counter and a month that change.
HEADER = "Mwanzo › Habari"
TRAILER = [
    "Tusaidie kuendelea",
    "Mtaa Wetu huandikwa kwa michango ya wasomaji. Mwezi wa {month} wasomaji {n} walichangia, "
    "na kila mchango unalipia habari kama hii.",
    "Changia leo",
    "© {year} Mtaa Wetu. Haki zote zimehifadhiwa.",
]
MONTHS = ["Machi", "Aprili", "Mei", "Juni"]
# Article background pasted into several stories of a series: article, to keep.
BACKGROUND = (
    "Ujenzi wa daraja la mto ulianza mwaka 2021 na ulitarajiwa kukamilika ndani ya miaka "
    "miwili, lakini umesimama mara tatu kwa sababu ya ukosefu wa fedha."
)
BACKGROUND_MORE = (
    "Wakandarasi wawili wameshaondoka kwenye mradi huo, na wizara bado haijatangaza "
    "mkandarasi mpya wala tarehe mpya ya kukamilika."
)


def page(number: int, *, background: str | None = None, trailer: bool = True) -> str:
    """One page of the test site: header, a story of its own, maybe background, trailer."""
    town = TOWNS[number % len(TOWNS)]
    story = [
        f"Wakazi wa {town} walikutana jana kujadili bei ya samaki sokoni.",
        f"Mwenyekiti wa soko la {town} alisema wavuvi {number + 3} wameacha kazi mwaka huu.",
        f"Halmashauri ya {town} imeahidi kujibu maombi yao kabla ya mwisho wa mwezi.",
    ]
    headline = [f"Soko la {town} lakosa wavuvi"]
    if background == "middle":
        story.insert(2, BACKGROUND)
    elif background == "end":
        story.append(BACKGROUND)
    elif background == "pair":
        story += [BACKGROUND, BACKGROUND_MORE]
    elif background == "first":  # right under the site's header, before the headline
        headline.insert(0, BACKGROUND)
    lines = [HEADER, *headline, *story]
    if trailer:
        month = MONTHS[number % len(MONTHS)]
        lines += [
            line.format(month=month, n=120 + 37 * number, year=2020 + number % 5)
            for line in TRAILER
        ]
    return "\n".join(lines)


def learnt(pages: list[str]) -> SiteMemory:
    memory = SiteMemory()
    for number, text in enumerate(pages):
        memory.learn(text, url=URL.format(number))
    return memory


PAGES = [page(n, background="middle" if n in (1, 4, 6) else None) for n in range(8)]


def test_a_template_no_rule_knows_is_removed_and_explained() -> None:
    """The header and trailer go, each removal names SITE-REPEAT and the pages it was seen on."""
    memory = learnt(PAGES)
    result = memory.clean(PAGES[0], url=URL.format(0))
    assert result.text.splitlines() == PAGES[0].splitlines()[1:5]
    assert all("SITE-REPEAT" in removal.rules for removal in result.removed)
    assert {feature for m in result.removed for feature in m.features} == {"pages:8"}
    assert result.metadata["site"] == "mtaa-wetu.example"
    assert result.metadata["site_pages"] == 8
    assert all(result.source[m.start : m.end] == m.text for m in result.removed)


def test_without_the_memory_the_template_stays() -> None:
    """The same page through clean() keeps the template: the removal is the memory's."""
    assert "Changia leo" in cleanbody.clean(PAGES[0]).text


@pytest.mark.parametrize("place", ["middle", "end", "pair", "first"])
def test_a_repeated_background_paragraph_is_kept(place: str) -> None:
    """Background pasted into several pages stays: mid-story, above the trailer, at the top."""
    pages = [page(n, background=place if n % 2 else None) for n in range(8)]
    memory = learnt(pages)
    for number in (1, 3, 5, 7):
        result = memory.clean(pages[number], url=URL.format(number))
        assert BACKGROUND in result.text
        assert place != "pair" or BACKGROUND_MORE in result.text
        assert "Changia leo" not in result.text
        assert HEADER not in result.text


SERIES = ["Historia ya mradi", BACKGROUND, BACKGROUND_MORE, "Urefu wa daraja: mita 240"]


@pytest.mark.parametrize("places", [(3, 3, 3, 3), (3, -4, 3, -4)])
def test_a_series_background_under_its_own_subheading_is_kept(places: tuple[int, ...]) -> None:
    """A series' subheading, background paragraphs and fact line, on 4 of 20 stories, stay.

    Together they look like a box (a heading, a body, a short line), but a site shows
    them on a few stories only, and nothing in them is an ask, a notice or a prompt;
    mid-story, or right above the trailer on some of those stories.
    """
    series_pages = (2, 7, 11, 16)
    pages = []
    for number in range(20):
        lines = page(number).splitlines()
        if number in series_pages:
            where = places[series_pages.index(number)]
            lines[where:where] = SERIES
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in series_pages:
        result = memory.clean(pages[number], url=URL.format(number))
        assert all(line in result.text for line in SERIES), number
        assert "Changia leo" not in result.text


def test_a_series_fact_line_always_above_the_trailer_is_kept() -> None:
    """A series' closing fact line stays, though on every story of the series it tops the trailer.

    It repeats word for word on a minority of pages, always right above the site's
    trailer, with the story's own text above it; the site's minority lead-in to the
    trailer ("...:") still goes with it.
    """
    fact = "Taarifa zaidi: ofisi ya mradi hupokea simu saa 24 kupitia 0800 221 900"
    lead_in = "Sambaza habari hii kwa jirani yako:"
    pages = []
    for number in range(18):
        lines = page(number).splitlines()
        extra = [fact] if number % 5 == 1 else [lead_in] if number % 5 == 3 else []
        lines[-len(TRAILER) : -len(TRAILER)] = extra
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in range(18):
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert "Changia leo" not in kept, number
        assert lead_in not in kept, number
        assert (fact in kept) == (number % 5 == 1), number


def test_a_series_fact_line_under_a_box_that_landed_above_it_is_kept() -> None:
    """The fact line stays on the story where the site's mid-page box lands right above it.

    The site never shows the box and the fact line together: the box is this page's
    neighbour, not the fact line's template.
    """
    fact = "Taarifa zaidi: ofisi ya mradi hupokea simu saa 24 kupitia 0800 221 900"
    box = ["Pata habari za pwani kila asubuhi kwenye barua pepe yako", "Jiandikishe"]
    pages = []
    for number in range(18):
        lines = page(number).splitlines()
        if number % 5 == 1:
            lines[-len(TRAILER) : -len(TRAILER)] = [fact]
        # The box sits under the story's first paragraph, but right above the fact line
        # on one story of the series.
        where = len(lines) - len(TRAILER) - 1 if number == 11 else 3
        lines[where:where] = box
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in range(18):
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert box[1] not in kept, number
        assert (fact in kept) == (number % 5 == 1), number


def test_an_authors_byline_with_a_new_date_on_each_page_is_kept() -> None:
    """A byline repeats, numbers masked, on each of its author's pages; never word for word.

    Above a player line the site shows on every page, it is still the article's.
    """
    authors = ["Hassan Omar", "Rehema Kazungu", "Salim Mwakio", "Amina Mwakyusa"]
    # A quote of its own on every page, so that no two pages are one (numbers masked).
    fishers = [
        "Amani",
        "Baraka",
        "Chiku",
        "Daudi",
        "Eshe",
        "Faraji",
        "Gift",
        "Halima",
        "Imani",
        "Jabari",
    ]
    fishers += [
        "Kesi",
        "Lulu",
        "Malaika",
        "Neema",
        "Omari",
        "Pendo",
        "Rashidi",
        "Saida",
        "Tumaini",
        "Zawadi",
    ]
    pages, bylines = [], []
    for number in range(20):
        lines = page(number).splitlines()
        lines.insert(3, f"Mvuvi {fishers[number]} alisema bei imeshuka tangu mwezi uliopita.")
        byline = f"Na {authors[number % 4]} · {number + 1} Machi 2026"
        lines[2:2] = [byline, "Listen to this article · 2 min"]
        bylines.append(byline)
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in range(20):
        result = memory.clean(pages[number], url=URL.format(number))
        assert bylines[number] in result.text, number
        assert HEADER not in result.text


def test_a_dateline_with_its_label_and_the_authors_name_are_kept_above_a_meter() -> None:
    """A "Published <date>" line is on every page, its shape masked: the story's, not the site's.

    The writer's bare name above it repeats on each of the writer's pages, and the
    site's meter below it on a few; a headline with a label of its own ("Questions and
    answers: ...") is still the page's headline.
    """
    authors = ["Hassan Omar", "Rehema Kazungu", "Salim Mwakio", "Amina Mwakyusa"]
    meter = "You have {} free articles left this month"
    pages, kept_lines = [], []
    for number in range(20):
        lines = page(number).splitlines()
        # A headline of its own on every page (the test site's stories repeat by town).
        fisher, town = SIGNING[number % 7].split()[0], TOWNS[number % 8]
        lines[1] = f"Mvuvi {fisher} wa {town}, hadithi ya {number + 1}"
        if number == 7:
            lines[1] = "Maswali na majibu: soko jipya la samaki litafunguliwa lini?"
        dateline = f"Imechapishwa {number + 1} Aprili 2026, 08:{10 + number}"
        own = [authors[number % 4], dateline]
        lines[2:2] = [*own, meter.format(number % 5 + 1)] if number % 3 == 0 else own
        kept_lines.append(own)
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in range(20):
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert all(line in kept for line in kept_lines[number]), number
        assert not any(line.startswith("You have") for line in kept), number


def test_a_series_kicker_on_the_pages_headline_is_kept_though_related_lists_repeat_it() -> None:
    """A headline labelled with its series' kicker stays; the kicker is no link's label.

    Two stories of a series open with "Bandari ya Tanga: ...", and two other pages list
    them among related stories: the label is on four pages, but in the heads of two.
    """
    series = {
        3: "Bandari ya Tanga: wafanyakazi waandamana mbele ya ofisi za mamlaka",
        11: "Bandari ya Tanga: serikali yaahidi mazungumzo mapya wiki ijayo",
    }
    listed = {5: series[3], 14: series[11]}
    pages = []
    for number in range(18):
        lines = page(number).splitlines()
        if number in series:
            lines[1] = series[number]
        if number in listed:
            lines[-len(TRAILER) : -len(TRAILER)] = ["Habari zinazohusiana", listed[number]]
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number, headline in series.items():
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert kept[0] == headline, number


def test_a_headline_under_a_long_header_that_related_lists_repeat_is_kept() -> None:
    """A long page's head reaches past a header of nine lines to its headline.

    A cookie banner, a skip link, the masthead, three menus and the trail push the
    headline to the page's ninth line; three other pages list it among their most-read
    stories, in their last lines. Below it, a byline and the site's share bar. The head of
    a page is its first lines in proportion to its length, so the headline is still
    never in the head of another page.
    """
    header = [
        "Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu.",
        "Sawa · Mipangilio",
        "Ruka hadi maudhui",
        "MTAA WETU",
        "Mwanzo · Habari · Siasa · Biashara · Michezo · Burudani",
        "Pwani · Kaskazini · Kati · Nyanda za Juu",
        "Jiandikishe · Changia · Ingia",
    ]
    headline = "Mvua kubwa yafunga barabara ya Tanga kwa siku tatu"
    pages = []
    for number in range(18):
        town = TOWNS[number % len(TOWNS)]
        lines = page(number).splitlines()
        story = [
            f"Mkutano wa {number + part} wa wakazi wa {town} ulijadili hoja ya {part + 2} "
            f"kuhusu maji, barabara na masoko ya kijiji cha {town}."
            for part in range(22)
        ]
        byline = f"Na {WRITERS[number % len(WRITERS)]} Mwinyi · {number + 1} Machi 2026"
        # under the story's headline, ahead of its own three lines
        lines[2:2] = [byline, "Shiriki habari hii: Facebook · WhatsApp · X", *story]
        lines[0:0] = header
        if number == 6:
            lines[8] = headline
        elif number in (2, 9, 13):
            lines[-len(TRAILER) : -len(TRAILER)] = ["Zilizosomwa zaidi", headline]
        pages.append("\n".join(lines))
    texts = pages[6].splitlines()
    assert texts.index(headline) == 8
    memory = learnt(pages)
    view = memory.view("mtaa-wetu.example")
    assert view is not None
    counts = SiteCounts.of(view, texts)
    assert counts.seen[:8] == [18] * 8  # the header: the site's
    assert counts.seen[8] == 0  # the headline: the page's own, though on 4 pages
    kept = memory.clean(pages[6], url=URL.format(6)).text.splitlines()
    assert headline in kept


def test_a_headline_under_a_cookie_banner_that_related_lists_repeat_is_kept() -> None:
    """Under a two-line cookie banner, the menu and the trail, the headline is the page's.

    Three other pages list it among their most-read stories: repeated, but never in the
    head of a page of the site.
    """
    banner = ["Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu.", "Sawa"]
    headline = "Mvua kubwa yafunga barabara ya Tanga kwa siku tatu"
    pages = []
    for number in range(18):
        lines = page(number).splitlines()
        lines[0:0] = [*banner, "Ruka hadi maudhui"]
        if number == 6:
            lines[4] = headline
        elif number in (2, 9, 13):
            lines[-len(TRAILER) : -len(TRAILER)] = ["Zilizosomwa zaidi", headline]
        pages.append("\n".join(lines))
    memory = learnt(pages)
    kept = memory.clean(pages[6], url=URL.format(6)).text.splitlines()
    assert kept[0] == headline


def test_a_series_fact_line_always_under_the_sites_box_is_not_the_template() -> None:
    """The CMS puts the series' fact line right under the mid-page box on all its stories.

    It is shown with the box on every page it is on, but on few of the site's pages and
    with no rule's or model's word on it: the story's, not the template's.
    """
    texts = [
        "Menu",
        "The storm, the third this year, cut power to 4,000 homes.",
        "Get our morning briefing",
        "Sign up",
        "Minimum fare for a minibus ride in the city centre: 600 shillings",
        "© Gazette",
    ]
    counts = SiteCounts(
        seen=[9, 0, 9, 9, 3, 9], labelled=[0] * 6, joined=[0, 0, 0, 9, 3, 0], pages=10
    )
    assert template_blocks(texts, counts, [False] * 6) == [0, 2, 3, 5]


SIGNING = [
    "Hassan Omar",
    "Rehema Kazungu",
    "Salim Mwakio",
    "Amina Mwakyusa",
    "Juma Said",
    "Neema Mollel",
    "Baraka Kimaro",
]
REOPENS = ["Jumatatu ijayo", "kesho asubuhi", "baada ya sikukuu", "mwishoni mwa mwezi", "Ijumaa"]


def test_a_writers_sign_off_under_the_storys_last_sentence_is_kept() -> None:
    """A sign-off on the writer's few pages, under an ad marker and the story's last sentence.

    The marker is the site's (a rule knows it), and so is the trailer under the sign-off; the last
    sentence between the marker and the sign-off is the story's, not a tag line, so the
    sign-off is not the template's.
    """
    pages, sign_offs = [], []
    for number in range(20):
        lines = page(number).splitlines()
        sign_off = SIGNING[number % len(SIGNING)]
        last = len(lines) - len(TRAILER)
        closing = f"Soko la {TOWNS[number % len(TOWNS)]} litafunguliwa tena {REOPENS[number % 5]}."
        # Half the pages show the comments counter above the trailer: the site never
        # shows a writer's sign-off above the same block on enough pages.
        counter = [f"Maoni ({number + 3})"] if number % 2 else []
        lines[last:last] = ["Advertisement", closing, sign_off, *counter]
        sign_offs.append(sign_off)
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in range(20):
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert sign_offs[number] in kept, number
        assert "Advertisement" not in kept, number


def _quote(name: str) -> str:
    """A line of the page's own: a fisher's words."""
    return f"Mvuvi {name} alisema bei imeshuka tangu mwezi uliopita."


def _listing_pages(
    headline: str,
    count: int,
    own: Callable[[int], list[str]],
    listed: Callable[[int], list[str]],
    at: int = 3,
) -> list[str]:
    """The test site's pages, page 0 headed by ``headline``.

    Each page has lines of its own (``own``) inserted at ``at``; the others carry the
    lines ``listed`` gives near their ends.
    """
    pages = []
    for number in range(count):
        lines = page(number).splitlines()
        lines[at:at] = own(number)
        if number == 0:
            lines[1] = headline
        else:
            lines[-4:-4] = listed(number)
        pages.append("\n".join(lines))
    return pages


def test_a_headline_other_pages_list_as_related_is_kept_on_its_own_page() -> None:
    """A story's headline, listed under "Habari zaidi" on four other pages, is still its own.

    On those pages it sits in a list near the end, never in the page's head; on its own
    page it stands right under the menu.
    """
    fishers = ["Amani", "Baraka", "Chiku", "Daudi", "Eshe", "Faraji", "Gift", "Halima"]
    fishers += ["Imani", "Jabari", "Kesi", "Lulu", "Malaika", "Neema", "Omari", "Pendo"]
    fishers += ["Rashidi", "Saida", "Tumaini", "Zawadi"]
    headline = "Wavuvi wa Kilwa wagoma kupinga bei mpya ya mafuta"
    pages = _listing_pages(
        headline,
        20,
        lambda number: [_quote(fishers[number])],
        lambda number: (
            ["Habari zaidi", headline, f"Soko jipya la {fishers[number]} lafunguliwa"]
            if number in (3, 6, 9, 12)
            else []
        ),
    )
    memory = learnt(pages)
    result = memory.clean(pages[0], url=URL.format(0))
    assert headline in result.text
    assert HEADER not in result.text


# A writer of its own on every page: a byline that never repeats.
WRITERS = [
    "Asha",
    "Bakari",
    "Chausiku",
    "Dalila",
    "Elia",
    "Fatuma",
    "Gamba",
    "Hadija",
    "Idrisa",
    "Jamila",
    "Kombo",
    "Latifa",
    "Mosi",
    "Nuru",
    "Othmani",
    "Pili",
    "Rajabu",
    "Sefu",
]


def test_a_headline_one_byline_above_the_share_bar_is_kept_on_its_own_page() -> None:
    """A headline listed as related on other pages is not chained to the share bar below it.

    Under the menu come the headline, a byline with its own date, then a share line the
    site shows on every page: the headline is one short line from a template run, but
    the site never shows it in its pages' heads, only in lists near their ends.
    """
    headline = "Bandari ya Tanga yapokea meli kubwa ya mizigo"
    share = "Shiriki habari hii: Facebook · WhatsApp · X"
    pages = _listing_pages(
        headline,
        18,
        lambda number: [f"Na {WRITERS[number]} Mwinyi · {number + 1} Aprili 2026", share],
        lambda number: ["Habari zaidi", headline] if number in (2, 5, 8, 11) else [],
        at=2,
    )
    memory = learnt(pages)
    result = memory.clean(pages[0], url=URL.format(0))
    assert headline in result.text
    assert share not in result.text
    assert HEADER not in result.text


@pytest.mark.parametrize(
    "headline",
    ["Mvua kubwa yafunga barabara ya Lindi kwa siku tatu", "Mafuriko ya Lindi: barabara yafungwa"],
)
def test_a_headline_most_pages_list_as_most_read_is_kept_on_its_own_page(headline: str) -> None:
    """A headline in the "most read" list of half the site's pages is its own page's headline.

    The list sits near the end of those pages, so the site shows the line widely, but
    never in its pages' heads; on its own page it stands right under the menu. A label
    before a colon is part of such a headline, not a "Read more:" label.
    """
    pages = _listing_pages(
        headline,
        18,
        lambda number: [_quote(WRITERS[number])],
        lambda number: ["Zinazosomwa zaidi", headline] if number % 2 else [],
    )
    memory = learnt(pages)
    result = memory.clean(pages[0], url=URL.format(0))
    assert headline in result.text.splitlines()
    assert HEADER not in result.text
    assert "Changia leo" not in result.text


def _with_counter_lines(number: int) -> list[str]:
    """A page of the test site with a comment counter above its trailer."""
    lines = page(number).splitlines()
    lines[-4:-4] = [f"Maoni ({40 + 7 * number})"]
    return lines


def test_a_fact_line_of_a_label_and_a_number_is_not_the_sites_counter() -> None:
    """A fact line "Kiingilio: 12 dola" stays though every page ends with "Maoni (N)".

    Each word of both lines touches a number; masked like longer lines, the two would be
    one block the site shows on every page, and the fact line a marker to remove.
    """
    pages = ["\n".join(_with_counter_lines(number)) for number in range(12)]
    lines = _with_counter_lines(12)
    lines.insert(3, "Kiingilio: 12 dola")
    pages.append("\n".join(lines))
    memory = learnt(pages)
    result = memory.clean(pages[12], url=URL.format(12))
    assert "Kiingilio: 12 dola" in result.text
    assert "Maoni (" not in result.text
    assert "Changia leo" not in result.text


DAYS = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]


def test_a_date_line_in_the_head_with_a_new_weekday_each_time_goes() -> None:
    """A head line of a weekday, a date and the weather is the site's whatever the day.

    Its words all touch numbers, so only its shape repeats: in the heads of every page.
    """
    pages = []
    for number in range(14):
        lines = page(number).splitlines()
        day = f"{DAYS[number % 7]}, {number + 1} Machi 2026 · Kilwa {20 + number}°C"
        lines.insert(0, day)
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in (0, 5, 13):
        result = memory.clean(pages[number], url=URL.format(number))
        assert "°C" not in result.text, number
        assert f"Wakazi wa {TOWNS[number % len(TOWNS)]}" in result.text


STORY_AUTHORS = ["Hassan Omar", "Rehema Kazungu", "Salim Mwakio"]


def _story_head(number: int, byline: str, dateline: str) -> list[str]:
    """A story's byline and dateline: one of three writers, a new time on every page."""
    return [
        byline.format(author=STORY_AUTHORS[number % 3]),
        dateline.format(
            weekday=DAYS[number % 7],
            day=number + 1,
            month=MONTHS[number % 4],
            hour=6 + number % 12,
            minute=10 + 3 * number % 50,
        ),
    ]


DATELINES = [
    "{day}. {month} 2026 {hour}:{minute}",
    "{weekday}, {day} {month} 2026 {hour}:{minute} EAT",
]


@pytest.mark.parametrize("dateline", DATELINES)
def test_a_storys_dateline_below_its_headline_is_kept(dateline: str) -> None:
    """The story's dateline under its headline and byline stays; the player below it goes.

    Numbers masked, every dateline of the site has one shape (a weekday's repeats on a
    few pages too), as a date line in the site's head does; but this one is below the
    page's own headline, and its words are on this page only.
    """
    pages, datelines = [], []
    for number in range(18):
        lines = page(number).splitlines()
        lines[1] = f"{lines[1]}, asema {WRITERS[number]}"  # a headline of its own
        head = [f"Na {WRITERS[number]} Mwinyi", _story_head(number, "", dateline)[1]]
        lines[2:2] = [*head, f"Sikiliza habari hii · {2 + number % 5} dakika"]
        datelines.append(head[1])
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in range(18):
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert datelines[number] in kept, (number, kept[:4])
        assert not any(line.startswith("Sikiliza") for line in kept), number
        assert HEADER not in kept, number


@pytest.mark.parametrize("byline", ["Mwandishi: {author} | Mhariri: Neema Ally", "{author}"])
@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("standfirst", [False, True])
def test_a_storys_byline_and_dateline_below_its_headline_are_kept(
    byline: str, dateline: str, standfirst: bool
) -> None:
    """Below the headline, a byline with no date and the story's dateline stay; the player goes.

    Each writer's byline (or bare name) is on six of eighteen pages, word for word, in
    the heads of the site's pages; the player and comment lines below the dateline are
    the site's on every page. A section's breadcrumb sits above the page's headline; a byline below
    it (or below its standfirst), one dateline above the player, is the story's.
    """
    pages, heads = [], []
    for number in range(18):
        lines = page(number).splitlines()
        lines[1] = f"{lines[1]}, asema {WRITERS[number]}"  # a headline of its own
        head = _story_head(number, byline, dateline)
        player = [f"Sikiliza habari hii · {2 + number % 5} dakika", f"Maoni ({3 * number})"]
        lines[2:2] = [*head, *player]
        if standfirst:
            lines.insert(2, f"Wavuvi wa {WRITERS[number]} wanasema bei ya dagaa imeshuka sana.")
        heads.append(head)
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in range(18):
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert all(line in kept for line in heads[number]), (number, kept[:4])
        assert not any(line.startswith(("Sikiliza", "Maoni")) for line in kept), number
        assert HEADER not in kept, number


def test_a_subheading_above_the_sites_box_stays_with_the_article() -> None:
    """A fact box's subheading that the appeal box lands under is not the box's title.

    The site shows its box on every page, headed by its own first line; a title line
    above it that no other page shows is the story's (its facts follow the box).
    """
    pages = [page(number) for number in range(12)]
    lines = page(12).splitlines()
    box = len(lines) - 4
    lines[box:box] = ["Kwa ufupi"]
    facts = ["Daraja lina urefu wa mita 240.", "Gharama imefika shilingi bilioni 12."]
    lines[box + 4 : box + 4] = facts
    pages.append("\n".join(lines))
    memory = learnt(pages)
    kept = memory.clean(pages[12], url=URL.format(12)).text.splitlines()
    assert kept[-3:] == ["Kwa ufupi", *facts]
    assert "Changia leo" not in kept


def test_a_series_subheading_above_the_sites_box_stays_with_the_article() -> None:
    """A series' subheading on four of sixteen pages, above the site's box on two, is no title.

    The site shows its box on every page, never under this line, and here the line
    follows the story's own paragraph: it heads the series' facts, below the box on
    this page and right below the line on the series' other pages.
    """
    facts = ["Daraja lina urefu wa mita 240.", "Gharama imefika shilingi bilioni 12."]
    pages = []
    for number in range(16):
        lines = page(number).splitlines()
        lines.insert(3, f"Mvuvi {WRITERS[number]} alisema bei imeshuka tangu mwezi uliopita.")
        if number in (3, 11):  # mid-story
            lines[4:4] = ["Kwa ufupi", *facts]
        elif number in (7, 15):  # the box lands between the subheading and its facts
            box = len(lines) - 4
            lines[box:box] = ["Kwa ufupi"]
            lines[box + 4 : box + 4] = facts
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in (3, 7, 11, 15):
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert "Kwa ufupi" in kept, number
        assert all(line in kept for line in facts), number
        assert "Changia leo" not in kept, number


def test_a_background_paragraph_beside_a_repeated_marker_is_kept() -> None:
    """A marker line next to the background on one page does not make the background template."""
    pages = [page(n) for n in range(8)]
    marked = page(8, background="end").replace(BACKGROUND, "Tangazo\n" + BACKGROUND)
    pages.append(marked)
    pages.extend(page(n, background="middle") for n in range(9, 12))
    memory = learnt(pages)
    assert BACKGROUND in memory.clean(marked, url=URL.format(8)).text


# A lake-shore site with a mid-page sign-up box (title, a sentence, a button) on most
# of its pages and a long series: its two background paragraphs are pasted into five of
# twelve stories, on three of them between the box (which closes the story) and the
# share line, on two right above the share line.
LAKE_URL = "https://ziwani.example/habari/{}"
LAKE_BOX = [
    "Barua ya Ziwani",
    "Habari tano muhimu za wiki hii hufika kwenye barua pepe yako kila Ijumaa asubuhi.",
    "Jisajili",
]
LAKE_TRAILER = ["Sambaza: WhatsApp · Facebook · X", "Maoni ({n})", "© {year} Ziwani Leo"]
LAKE_SERIES = [
    "Mvutano kuhusu uvuvi wa sangara ulianza mwaka 2022, pale wizara ilipopiga marufuku "
    "nyavu ndogo bila kuwapa wavuvi muda wa kujiandaa.",
    "Tangu hapo mialo mitatu imefungwa, na vikundi vya wavuvi vimefungua kesi mbili "
    "mahakamani kupinga uamuzi huo.",
]
LAKE_SERIES_PAGES = {1: "closing", 3: "end", 5: "closing", 8: "end", 10: "closing"}


def lake_page(number: int) -> str:
    """One story of the lake-shore site, with the box and the series where they fall."""
    bay = ["Musoma", "Bukoba", "Kisumu", "Homa Bay", "Mwanza", "Jinja"][number % 6]
    story = [
        f"Wavuvi wa {bay} walirudi mwaloni jana jioni wakiwa na mitumbwi {number + 4} tu.",
        f"Afisa wa uvuvi wa {bay} alisema bei ya samaki imepanda kwa wiki ya {number + 2}.",
        f"Wanawake wanaouza dagaa {bay} walieleza kuwa wateja wamepungua sokoni.",
    ]
    place = LAKE_SERIES_PAGES.get(number)
    if place == "closing":  # the box closes the story, the background follows it
        story += [*LAKE_BOX, *LAKE_SERIES]
    elif place == "end":
        story.insert(1, LAKE_BOX[0])
        story[2:2] = LAKE_BOX[1:]
        story += LAKE_SERIES
    elif number % 3:  # the box on most other pages, after the first paragraph
        story[1:1] = LAKE_BOX
    trailer = [line.format(n=3 * number + 1, year=2024 + number % 2) for line in LAKE_TRAILER]
    return "\n".join([f"Samaki wa {bay} waadimika", *story, *trailer])


def test_a_long_series_between_the_sites_box_and_its_trailer_is_kept() -> None:
    """Background on nearly half the pages, framed by a box and the share line, stays.

    The box above it and the share line below it are the site's on those pages, and the
    pair of paragraphs repeats as a pair; but a paragraph of reporting on fewer than half
    of the site's pages is template only with a rule's or the model's word for it.
    """
    pages = [lake_page(number) for number in range(12)]
    memory = SiteMemory()
    for number, text in enumerate(pages):
        memory.learn(text, url=LAKE_URL.format(number))
    for number in LAKE_SERIES_PAGES:
        result = memory.clean(pages[number], url=LAKE_URL.format(number))
        for paragraph in LAKE_SERIES:
            assert paragraph in result.text, number
        assert "Jisajili" not in result.text, number
        assert "Sambaza" not in result.text, number


def test_a_framed_prose_line_the_site_shows_on_half_its_pages_goes() -> None:
    """A box's sentence between its title and its button, on half the pages, is the box's."""
    texts = ["Habari", "Mvua ilinyesha usiku kucha.", *LAKE_BOX, "Sambaza", "© Ziwani"]
    counts = SiteCounts(
        seen=[0, 0, 6, 6, 6, 12, 12], labelled=[0] * 7, joined=[0, 0, 0, 6, 6, 4, 12], pages=12
    )
    assert template_blocks(texts, counts, [False] * 7) == [2, 3, 4, 5, 6]
    # The same frame around a paragraph of reporting on five pages of twelve: it stays.
    texts[3] = LAKE_SERIES[0]
    fewer = counts._replace(seen=[0, 0, 6, 5, 6, 12, 12])
    assert template_blocks(texts, fewer, [False] * 7) == [2, 4, 5, 6]
    assert template_blocks(texts, fewer, [False, False, False, True, False, False, False]) == [
        2,
        3,
        4,
        5,
        6,
    ]


@pytest.mark.parametrize("label", ["Na ", ""])
def test_the_byline_of_an_author_who_writes_half_the_stories_is_kept(label: str) -> None:
    """A byline on half the site's pages (dates masked) is the page's, not the template's.

    The site fills the same slot ("Na … 0", or the name alone in the line's shape) with
    other names on its other pages; the player line below it fills its slots with the
    same words on every page, and goes.
    """
    others = ["Rehema Kazungu", "Salim Mwakio", "Amina Mwakyusa"]
    pages, bylines = [], []
    for number in range(18):
        lines = page(number).splitlines()
        lines.insert(3, f"Mvuvi {WRITERS[number]} alisema bei imeshuka tangu mwezi uliopita.")
        author = "Hassan Omar" if number % 2 else others[number % 3]
        byline = f"{label}{author} | {number + 1}.03.2026, {8 + number % 9}:15"
        lines[2:2] = [byline, f"Sikiliza habari hii · {2 + number % 4} dakika"]
        bylines.append(byline)
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in range(18):
        result = memory.clean(pages[number], url=URL.format(number))
        assert bylines[number] in result.text, number
        assert "Sikiliza habari hii" not in result.text, number
        assert HEADER not in result.text


SUBHEADING = "Nini kinafuata?"


@pytest.mark.parametrize("always", [False, True])
def test_a_subheading_under_the_sites_marker_stays_with_its_paragraph(always: bool) -> None:
    """A reused subheading that lands right under the site's ad marker is the story's.

    The marker is on every page; the subheading, on four stories of sixteen, stands
    under it on three of them (or on all four), each time above a paragraph of its own
    story: the pair repeats, but a heading goes with the reporting below it.
    """
    series = (2, 6, 9, 13)
    pages = []
    for number in range(16):
        lines = page(number).splitlines()
        lines.insert(3, f"Mvuvi {WRITERS[number]} alisema bei imeshuka tangu mwezi uliopita.")
        lines.insert(4, "Tangazo")
        if number in series:
            place = 5 if always or number != series[-1] else 3
            closing = f"Kikao kijacho cha wavuvi wa {WRITERS[number]} kitafanyika mwezi ujao."
            lines[place:place] = [SUBHEADING, closing]
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in series:
        result = memory.clean(pages[number], url=URL.format(number))
        assert SUBHEADING in result.text.splitlines(), number
        assert "Tangazo" not in result.text.splitlines(), number
        assert "Changia leo" not in result.text, number


def test_a_long_series_subheading_on_close_to_half_the_pages_is_kept() -> None:
    """A series' subheading on seven stories of sixteen is the heading of its background.

    Short, without a full stop and on a large share of the site's pages, it looks like
    an ad marker no rule knows; but on every page it is on, it stands above the same
    paragraph, which the site's template does not take.
    """
    series = (0, 2, 5, 7, 10, 12, 15)
    pages = []
    for number in range(16):
        lines = page(number).splitlines()
        lines.insert(3, f"Mvuvi {WRITERS[number]} alisema bei imeshuka tangu mwezi uliopita.")
        if number in series:
            lines[4:4] = SERIES[:3]
        pages.append("\n".join(lines))
    memory = learnt(pages)
    for number in series:
        result = memory.clean(pages[number], url=URL.format(number))
        assert all(line in result.text.splitlines() for line in SERIES[:3]), number
        assert "Changia leo" not in result.text, number


def test_a_heading_above_reporting_is_cut_from_a_template_run_but_a_boxs_lines_are_not() -> None:
    """A minority line in a run, above prose the run leaves out, is the text's heading.

    Unless it closes a box: a campaign's button, below the campaign's own body on every
    page the button is on, or its title, above a sentence the box's button frames.
    """
    story = "Halmashauri itakutana wiki ijayo kuamua kuhusu fidia ya wakazi wa pwani."
    texts = ["Mvua ilinyesha usiku kucha na kuharibu nyumba kumi.", "Tangazo", SUBHEADING]
    texts += [story, "© Ziwani Leo"]
    counts = SiteCounts(seen=[0, 12, 4, 0, 12], labelled=[0] * 5, joined=[0, 0, 3, 0, 0], pages=12)
    assert template_blocks(texts, counts, [False] * 5) == [1, 4]
    # A "Read more:" label the site repeats with a new headline is not a heading.
    labelled = counts._replace(labelled=[0, 0, 12, 0, 0])
    assert template_blocks(texts, labelled, [False] * 5) == [1, 2, 4]
    # A campaign's title, body and button on four pages, a rule's word on its body.
    body = "Wasomaji wetu wamechangia mwezi huu, na kila mchango unalipia habari kama hii."
    texts = ["Mvua ilinyesha usiku kucha na kuharibu nyumba kumi.", "Kampeni ya Ziwani", body]
    texts += ["Changia", story, "© Ziwani Leo"]
    box = SiteCounts(
        seen=[0, 4, 4, 4, 0, 12], labelled=[0] * 6, joined=[0, 0, 4, 4, 0, 0], pages=12
    )
    assert template_blocks(texts, box, [False, False, True, False, False, False]) == [1, 2, 3, 5]
    # Its title, one headline below the site's marker, above the body its button frames.
    texts = [texts[0], "Tangazo", "Soko jipya la Kilwa lafunguliwa", *texts[1:]]
    box = SiteCounts(
        seen=[0, 12, 0, 4, 4, 4, 0, 12], labelled=[0] * 8, joined=[0, 0, 0, 0, 4, 4, 0, 0], pages=12
    )
    judged = [False, True, *[False] * 6]
    assert template_blocks(texts, box, judged) == [1, 3, 7]


def test_two_pages_are_not_enough() -> None:
    """A block seen on fewer than three pages is not template, however the site is small."""
    memory = learnt(PAGES[:2])
    result = memory.clean(PAGES[0], url=URL.format(0))
    assert result == cleanbody.clean(PAGES[0])
    assert "site" not in result.metadata


def test_the_same_page_learnt_three_times_counts_once() -> None:
    """A page crawled again (or under another address) does not make its article a template."""
    memory = SiteMemory()
    for number in range(3):
        memory.learn(PAGES[0], url=URL.format(number))
    assert memory.pages("mtaa-wetu.example") == 1
    assert memory.clean(PAGES[0], url=URL.format(0)).text == cleanbody.clean(PAGES[0]).text


def test_numbers_dates_and_case_do_not_make_a_block_new() -> None:
    """Counters, months next to numbers, case and punctuation are normalised away."""
    assert block_fingerprint("2,341 readers gave this month") == block_fingerprint(
        "2,417 Readers gave this month!"
    )
    assert block_fingerprint("Updated 3 March 2025") == block_fingerprint("Updated 11 June 2026")
    assert block_fingerprint("Rain in Kilwa") != block_fingerprint("Rain in Lindi")


def test_pages_of_a_site_the_memory_does_not_know_are_cleaned_as_usual() -> None:
    """A page of another site, or one without a site, gets clean()'s result."""
    memory = learnt(PAGES)
    other = memory.clean(PAGES[0], url="https://another.example/x")
    assert other.text == cleanbody.clean(PAGES[0]).text
    assert "site" not in other.metadata
    assert memory.learn(PAGES[0]) is None
    assert memory.clean(PAGES[0]).text == cleanbody.clean(PAGES[0]).text


def test_html_is_learnt_and_cleaned_on_its_extracted_text() -> None:
    """HTML pages of one site: the repeated trailer goes from the extracted text."""

    def html(number: int) -> str:
        paragraphs = "".join(f"<p>{line}</p>" for line in page(number).splitlines()[1:])
        return f"<html><body><article><h1>Habari {number}</h1>{paragraphs}</article></body></html>"

    memory = SiteMemory()
    for number in range(6):
        memory.learn(html(number), url=URL.format(number))
    result = memory.clean(html(0), url=URL.format(0))
    assert result.metadata["input_type"] == "html"
    assert "Changia leo" in cleanbody.clean(html(0)).text
    assert "Changia leo" not in result.text
    assert "Wakazi wa Pangani walikutana jana" in result.text


def test_a_site_keeps_at_most_max_fingerprints() -> None:
    """Many pages of unique lines: the table stays bounded and the template survives pruning."""
    memory = SiteMemory(max_fingerprints=64)
    for number in range(300):
        # Words made of the digits, since numbers themselves are normalised away.
        words = ["".join(chr(97 + int(d)) for d in f"{number}{line}") for line in range(6)]
        unique = "\n".join(f"Mstari wa kipekee {word}" for word in words)
        memory.learn(f"{HEADER}\n{unique}\nChangia leo", site="big")
    assert memory.pages("big") == 300
    assert memory.stats()["fingerprints"] <= 2 * 64
    result = memory.clean(f"{HEADER}\nHabari mpya kabisa ya leo.\nChangia leo", site="big")
    assert result.text == "Habari mpya kabisa ya leo."


def test_the_least_recently_used_site_is_forgotten() -> None:
    """With max_sites=2 a third site evicts the one used longest ago."""
    memory = SiteMemory(max_sites=2)
    memory.learn("A.", site="one")
    memory.learn("B.", site="two")
    memory.learn("A again.", site="one")
    memory.learn("C.", site="three")
    assert sorted(memory) == ["one", "three"]


def test_save_and_load_give_the_same_cleaning(tmp_path: Path) -> None:
    """A memory saved and loaded cleans every page exactly as before; the file holds no text."""
    memory = learnt(PAGES)
    path = tmp_path / "sites.cbsites"
    memory.save(path)
    loaded = SiteMemory.load(path)
    for number, text in enumerate(PAGES):
        assert loaded.clean(text, url=URL.format(number)) == memory.clean(
            text, url=URL.format(number)
        )
    raw = gzip.decompress(path.read_bytes())
    assert b"Changia" not in raw
    assert path.stat().st_size < 4000


def test_loading_twice_the_same_site_adds_the_counts(tmp_path: Path) -> None:
    """Shards of one site merge: pages and counts add up."""
    first, second = learnt(PAGES[:4]), SiteMemory()
    for number, text in enumerate(PAGES[4:], start=4):
        second.learn(text, url=URL.format(number))
    first.merge(second)
    assert first.pages("mtaa-wetu.example") == 8
    assert first.clean(PAGES[0], url=URL.format(0)) == learnt(PAGES).clean(
        PAGES[0], url=URL.format(0)
    )


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"not gzip at all", "cannot read it"),
        (gzip.compress(b"something else"), "not a cleanbody site memory"),
        (gzip.compress(b"CLEANBODY-SITES\n\x09\x00" + bytes(8)), "format 9"),
        (gzip.compress(b"CLEANBODY-SITES\n\x03\x00\x05" + bytes(7)), "cut short"),
        (gzip.compress(b"CLEANBODY-SITES\n\x01\x00" + bytes(8)), "format 1.*learn again"),
        # format 2 counted a page's head as its first 6 blocks, not 30% of them
        (gzip.compress(b"CLEANBODY-SITES\n\x02\x00" + bytes(8)), "format 2.*learn again"),
    ],
)
def test_a_bad_file_gets_a_clear_error(tmp_path: Path, content: bytes, message: str) -> None:
    """Not gzip, not a memory, another format, a cut file: SiteMemoryError says which."""
    path = tmp_path / "bad.cbsites"
    path.write_bytes(content)
    with pytest.raises(SiteMemoryError, match=message):
        SiteMemory.load(path)


def test_site_of_reads_hosts() -> None:
    """Hosts are lowercased without www.; text that is no address gives None."""
    assert site_of("HTTPS://www.Mtaa-Wetu.example:443/a") == "mtaa-wetu.example"
    assert site_of("http://[::1") is None
    assert site_of("") is None


@given(st.lists(st.text(max_size=200), min_size=1, max_size=6))
def test_any_text_is_learnt_and_cleaned_without_error(texts: list[str]) -> None:
    """Whatever the pages hold, learning and cleaning never raise and spans index the source."""
    memory = SiteMemory()
    for text in texts * 3:
        memory.learn(text, site="s")
    for text in texts:
        result = memory.clean(text, site="s")
        assert all(result.source[m.start : m.end] == m.text for m in result.removed)
        # At most a block, its head, its numbers, its slot, its label and a pair a line.
        assert len(page_fingerprints(text)) <= 6 * max(len(text.splitlines()), 1)


def test_the_dev_set_meets_the_issue_targets() -> None:
    """corpus-sites: template recall >= 0.90, recall >= 0.85, loss <= 0.002, no background lost."""
    report = evaluate_sites(REPO / "corpus-sites")
    figures = report["with"]["overall"]
    assert figures["template_recall"] >= 0.90
    assert figures["boilerplate_recall"] >= 0.85
    assert figures["article_loss"] <= 0.002
    assert figures["repeated_article_removed"] == 0
    assert figures["repeated_article_lines"] > 20
    assert report["without"]["overall"]["template_recall"] < figures["template_recall"]


def test_the_evaluate_command_prints_both_systems(capsys: pytest.CaptureFixture[str]) -> None:
    """Python -m cleanbody.evaluate sites DIR prints a row with and without memory per site."""
    assert sites_main([str(REPO / "corpus-sites" / "pwani-leo"), "--worst", "0"]) == 0
    out = capsys.readouterr().out
    assert "| pwanileo.example         | without |" in out
    assert "| pwanileo.example         | with    |" in out


# ---------------------------------------------------------------- clean_batch(sites=True)

URLS = [URL.format(number) for number in range(len(PAGES))]


def test_batch_with_sites_matches_a_memory_learnt_by_hand() -> None:
    """clean_batch(sites=True) learns every page first, then cleans as SiteMemory.clean does."""
    memory = learnt(PAGES)
    expected = [memory.clean(text, url=url) for text, url in zip(PAGES, URLS, strict=True)]
    assert list(cleanbody.clean_batch(PAGES, sites=True, urls=URLS)) == expected


def test_batch_with_sites_reads_a_one_shot_generator_twice_through_a_spool() -> None:
    """A generator (read once) gives the same results as a list: it is spooled, not lost."""
    from_list = list(cleanbody.clean_batch(PAGES, sites=True, urls=URLS))
    from_generator = cleanbody.clean_batch(
        (text for text in PAGES), sites=True, urls=(url for url in URLS), chunk_size=3
    )
    assert list(from_generator) == from_list


def test_batch_with_sites_gives_the_same_results_with_two_jobs() -> None:
    """jobs=2 learns and cleans in workers and yields exactly what jobs=1 yields."""
    pages = PAGES + [page(n) for n in range(8, 20)]
    urls = [URL.format(n) for n in range(len(pages))] + ["https://other.example/a"]
    pages = [*pages, PAGES[0]]
    one = list(cleanbody.clean_batch(pages, sites=True, urls=urls, chunk_size=4))
    two = list(cleanbody.clean_batch(pages, sites=True, urls=urls, chunk_size=4, jobs=2))
    assert one == two
    assert "Changia leo" not in one[0].text
    assert "Changia leo" in one[-1].text  # the lone page of another site keeps it


def test_batch_groups_pages_by_host() -> None:
    """Pages of two sites: each learns its own template; a page without an address is plain."""
    other = [text.replace("Mtaa Wetu", "Sauti Yetu") for text in PAGES]
    docs = PAGES + other + [PAGES[0]]
    urls = URLS + [f"https://sauti.example/{n}" for n in range(8)] + [None]
    results = list(cleanbody.clean_batch(docs, sites=True, urls=urls))
    assert results[0].metadata["site"] == "mtaa-wetu.example"
    assert results[8].metadata["site"] == "sauti.example"
    assert results[8].metadata["site_pages"] == 8
    assert results[-1] == cleanbody.clean(PAGES[0])


def test_batch_with_a_given_memory_does_not_learn() -> None:
    """sites=<SiteMemory> cleans with that memory and leaves it as it was."""
    memory = learnt(PAGES)
    before = memory.stats()
    results = list(cleanbody.clean_batch(PAGES[:2], sites=memory, urls=URLS[:2]))
    assert memory.stats() == before
    assert results[0] == memory.clean(PAGES[0], url=URLS[0])


def test_batch_with_sites_needs_urls() -> None:
    """sites=True without urls is refused at the call, saying what to pass."""
    with pytest.raises(ValueError, match="urls="):
        cleanbody.clean_batch(PAGES, sites=True)


def test_batch_with_sites_raises_a_bad_document_in_its_place() -> None:
    """A document that is not text is raised when reached, after every earlier result."""
    docs: list[object] = [PAGES[0], PAGES[1], 42, PAGES[2]]
    results = cleanbody.clean_batch(docs, sites=True, urls=URLS[:4])  # type: ignore[arg-type]
    assert next(results).text
    assert next(results).text
    with pytest.raises(TypeError, match="int"):
        next(results)


# ---------------------------------------------------------------- cleanbody --sites


def _write_records(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    return path


ROWS: list[dict[str, object]] = [
    {"id": number, "body": text, "link": URL.format(number)} for number, text in enumerate(PAGES)
]


def test_the_command_learns_then_cleans(tmp_path: Path) -> None:
    """--sites --url-field link: each record is cleaned with its site's memory and says so."""
    source = _write_records(tmp_path / "in.jsonl", [*ROWS, {"id": "x", "body": 3}])
    out = tmp_path / "out.jsonl"
    code = main(
        ["--sites", "--url-field", "link", "--field", "body", "-q", str(source), "-o", str(out)]
    )
    assert code == 1  # the one bad record is reported; the others are written
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == len(PAGES)
    memory = learnt(PAGES)
    for record, text in zip(records, PAGES, strict=True):
        expected = memory.clean(text, url=record["link"])
        assert record["body"] == expected.text
        assert record["cleanbody"]["metadata"]["site"] == "mtaa-wetu.example"
        assert record["link"] == URL.format(record["id"])


def test_the_command_gives_the_same_bytes_with_two_jobs_and_from_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """-j 2, and standard input (spooled to read twice), write exactly what -j 1 writes."""
    rows = ROWS + [
        {"id": 100 + n, "body": page(n), "link": URL.format(100 + n)} for n in range(8, 40)
    ]
    source = _write_records(tmp_path / "in.jsonl", rows)
    outputs = []
    for jobs in ("1", "2"):
        out = tmp_path / f"out-{jobs}.jsonl"
        assert main(["--sites", "--url-field", "link", "--field", "body", "-q", "-j", jobs,
                     str(source), "-o", str(out)]) == 0  # fmt: skip
        outputs.append(out.read_bytes())
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(source.read_bytes())))
    piped = tmp_path / "out-stdin.jsonl"
    assert main(["--sites", "--url-field", "link", "--field", "body", "-q", "-o", str(piped)]) == 0
    assert outputs[0] == outputs[1] == piped.read_bytes()
    plain = tmp_path / "plain.jsonl"
    assert main(["--field", "body", "-q", str(source), "-o", str(plain)]) == 0
    assert plain.read_bytes() != outputs[0]


def test_the_command_refuses_documents_with_sites(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--sites on a text file is a usage error that says to give JSON Lines."""
    document = tmp_path / "page.txt"
    document.write_text(PAGES[0])
    assert main(["--sites", str(document)]) == 2
    assert "JSON Lines" in capsys.readouterr().err


def test_explain_says_on_how_many_pages_a_block_was_seen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--explain names SITE-REPEAT and the site's pages, not as something the model read."""
    source = _write_records(tmp_path / "in.jsonl", ROWS)
    assert main(["--sites", "--url-field", "link", "--field", "body", "--explain",
                 "--color", "never", "-q", str(source)]) == 0  # fmt: skip
    out = capsys.readouterr().out
    assert "SITE-REPEAT ui.site_repeat" in out
    assert "seen on 8 pages of the site" in out
    assert "the model read pages:" not in out


def test_a_byline_without_a_date_stays_on_each_of_its_authors_pages() -> None:
    """A bare byline ("Na Amina Juma") repeats on its author's pages; its slot on all.

    Each of four writers has four or five of the site's eighteen stories, with a bare
    byline under the headline: repeated, at the same place, but the site fills the
    slot with another name on as many pages again.
    """
    writers = ["Amina Juma", "Baraka Otieno", "Zawadi Mwakyusa", "Hamisi Said"]
    days = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
    sections = ["Siasa", "Biashara", "Afya", "Elimu", "Michezo", "Burudani"]
    pages = []
    for number in range(18):
        town = TOWNS[number % len(TOWNS)]
        lines = [
            f"{days[number % 7]}, Machi {number + 1}, 2026",  # above the menu, the date
            "Mwanzo · Habari · Siasa · Biashara · Afya · Elimu · Michezo",
            f"Mwanzo » {sections[number % len(sections)]}",  # the story's own section
            f"Mkutano wa {number + 2} wa wakazi wa {town} wavunjika",
            f"Na {writers[number % len(writers)]}",
            f"Wakazi {number * 40 + 120} wa {town} walikutana jana kwa mara ya {number + 2}.",
            f"Mwenyekiti alisema hoja {number + 3} bado hazijajibiwa na halmashauri.",
            *(
                line.format(month=MONTHS[number % 4], n=120 + 37 * number, year=2020)
                for line in TRAILER
            ),
        ]
        pages.append("\n".join(lines))
    memory = learnt(pages)
    view = memory.view("mtaa-wetu.example")
    assert view is not None
    for number in (0, 5, 10):
        texts = pages[number].splitlines()
        counts = SiteCounts.of(view, texts)
        assert counts.seen[1] == 18  # the menu: the site's
        assert counts.seen[4] == 0  # the byline: its author's, the page's own
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert f"Na {writers[number % len(writers)]}" in kept, number
        assert TRAILER[-1].format(year=2020) not in kept


def test_a_subheading_over_the_sites_newsletter_box_stays_the_articles() -> None:
    """The box repeats on every page; the line right above it on this one is the story's."""
    box = [
        "The Saturday Letter: every Saturday, the stories we could not print. Sign up free.",
        "Your email address",
        "Sign up",
    ]
    subheading = "Wavuvi wadogo walalamika"
    pages = []
    for number in range(18):
        lines = page(number).splitlines()
        lines[3:3] = [subheading, *box] if number == 4 else box
        pages.append("\n".join(lines))
    memory = learnt(pages)
    kept = memory.clean(pages[4], url=URL.format(4)).text.splitlines()
    assert subheading in kept
    assert box[1] not in kept


def test_a_dateline_with_a_two_word_weekday_stays_below_the_headline() -> None:
    """A dateline whose weekday has two words ("Thứ Sáu, 07/03/2025 - 08:30") is the story's.

    The weekday's first word is on every page, its second word and the date change:
    below the headline it is the page's own line.
    """
    days = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"]
    pages = []
    for number in range(18):
        lines = page(number).splitlines()
        unique = "".join(chr(97 + (number * 7 + k * 3) % 26) for k in range(6))
        lines[1] = f"Wavuvi wa {unique} walalamikia bei ya mafuta"  # the story's own
        lines[2:2] = [f"{days[number % 6]}, {number + 3:02d}/03/2025 - 08:{number + 10}"]
        pages.append("\n".join(lines))
    memory = learnt(pages)
    view = memory.view("mtaa-wetu.example")
    assert view is not None
    for number in (0, 7):
        texts = pages[number].splitlines()
        assert SiteCounts.of(view, texts).seen[2] == 0  # the page's own dateline
        kept = memory.clean(pages[number], url=URL.format(number)).text.splitlines()
        assert texts[2] in kept
