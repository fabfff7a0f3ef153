"""Markdown in and out: structure read as evidence, markup kept, spans exact."""

from __future__ import annotations

from collections.abc import Callable

import pytest

import cleanbody
from cleanbody.text import markdown
from cleanbody.text.markdown import (
    link_category,
    looks_like_markdown,
    markdown_rule_dicts,
    parse_block,
)
from tests.test_hostile import MAX_GROWTH_FOR_10X, _growth

STORY = (
    "# Ferry service returns to the north quay\n"
    "\n"
    "The harbour board restarted the ferry on Monday after a winter of repairs to the "
    "landing stage, which storms had cracked in two places.\n"
    "\n"
    "Crossings run every forty minutes until the summer timetable begins, a spokesperson "
    "for the board told reporters at the quay.\n"
)


def removed(result: cleanbody.Result) -> list[tuple[str, tuple[str, ...]]]:
    """Category and rules of each removal."""
    return [(removal.category, removal.rules) for removal in result.removed]


def assert_exact_spans(result: cleanbody.Result) -> None:
    """Every removal is the source text at its span."""
    for removal in result.removed:
        if removal.position == "dom":  # pruned before extraction: never in the source
            assert (removal.start, removal.end) == (0, 0)
            continue
        assert result.source[removal.start : removal.end] == removal.text


def test_donation_button_in_a_language_without_rules_goes_by_its_link() -> None:
    """A last line that is only a link to a donation platform is an appeal, in any language."""
    text = STORY + "\n[Tuunge mkono kazi yetu](https://www.patreon.com/harbourweekly)\n"
    result = cleanbody.clean(text)
    assert result.text == STORY
    assert removed(result)[0][0] == "appeal"
    assert "MD-LINK-appeal" in result.removed[0].rules
    assert result.metadata["input_type"] == "markdown"
    assert_exact_spans(result)


def test_share_intents_at_the_end_go_as_share() -> None:
    """A list of share-intent links after the story is a share bar."""
    bar = (
        "\n- [Facebook](https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fh.example)\n"
        "- [X](https://twitter.com/intent/tweet?url=https%3A%2F%2Fh.example)\n"
        "- [Reddit](https://www.reddit.com/submit?url=https%3A%2F%2Fh.example)\n"
    )
    result = cleanbody.clean(STORY + bar)
    assert result.text == STORY
    assert {category for category, _ in removed(result)} == {"share"}
    assert_exact_spans(result)


def test_related_list_goes_with_its_heading_and_markup_stays_elsewhere() -> None:
    """A heading a rule knows and its list of same-site links go; the story keeps its markup."""
    related = (
        "\n## More from Harbour Weekly\n\n"
        "- [Lighthouse keeper retires after forty years](/2024/03/lighthouse)\n"
        "- [Fish market moves to the old customs house](/2024/02/fish-market)\n"
        "- [New moorings planned for visiting yachts](/2024/01/moorings)\n"
    )
    result = cleanbody.clean(STORY + related)
    assert result.text == STORY
    assert removed(result)[0][0] == "related"
    assert "MD-LIST-related" in result.removed[0].rules
    assert result.text.startswith("# Ferry service")
    assert_exact_spans(result)


def test_how_to_with_headings_and_a_link_list_is_kept_whole() -> None:
    """A how-to's headings, steps and reference links to other sites are article."""
    text = (
        "## Installing the tide tables\n\n"
        "1. Download the [tables](https://tides.example/tables.csv) for your port.\n"
        "2. Open them in any spreadsheet program.\n\n"
        "## Further reading\n\n"
        "- [Tide prediction explained](https://ocean.example/tides)\n"
        "- [Why spring tides are higher](https://physics.example/spring-tides)\n"
        "- [Harbour charts for beginners](https://charts.example/intro)\n"
    )
    for mode in cleanbody.MODES:
        result = cleanbody.clean(text, mode=mode)
        assert result.text == text, mode
        assert result.removed == ()


def test_where_to_give_list_is_article() -> None:
    """A list of several charities' donation pages is what the story is about."""
    text = STORY + (
        "\nHow to help the fishing families:\n\n"
        "- [Harbour Relief Fund](https://harbourrelief.example/donate)\n"
        "- [Coastal Food Bank](https://coastalfood.example/donate)\n"
    )
    result = cleanbody.clean(text)
    assert result.text == text


def test_link_inside_a_sentence_alone_removes_nothing() -> None:
    """A donation link in a sentence of the story is a cue at most, never a removal alone."""
    text = STORY + (
        "\nThe board thanked the volunteers whose [fundraiser](https://www.patreon.com/quay) "
        "paid for the new gangway, which opened the same morning.\n"
    )
    assert cleanbody.clean(text).removed == ()


def test_markdown_output_of_html_keeps_structure_and_explains_removals() -> None:
    """output="markdown" keeps an HTML page's headings, lists and links, spans index the source."""
    page = (
        "<html><head><title>Ferry</title></head><body><article><h1>Ferry returns</h1>"
        f"<p>{STORY.splitlines()[2]}</p><h2>Timetable</h2>"
        "<ul><li>Weekdays: every forty minutes</li><li>Sundays: every hour, see the "
        '<a href="https://harbour.example/timetable">timetable</a></li></ul>'
        '<div class="newsletter-signup">Get the harbour news by e-mail every Friday.</div>'
        "<p>A Message from Harbour Weekly:</p><p>Please donate today to keep our reporting "
        'free for everyone.</p><p><a href="https://www.patreon.com/harbour">Donate</a></p>'
        "</article></body></html>"
    )
    result = cleanbody.clean(page, output="markdown")
    assert result.text.startswith("# Ferry returns\n")
    assert "## Timetable" in result.text
    assert "- Weekdays: every forty minutes" in result.text
    assert "[timetable](https://harbour.example/timetable)" in result.text
    assert "donate" not in result.text.lower()
    assert {removal.category for removal in result.removed} >= {"newsletter", "appeal"}
    assert_exact_spans(result)
    plain = cleanbody.clean(page)
    assert "## Timetable" not in plain.text
    assert "Timetable" in plain.text


def test_markdown_round_trip_keeps_the_source() -> None:
    """Clean markdown comes back byte for byte, and cleaning the output again changes nothing."""
    text = STORY + "\n> A quoted line from the harbour master.\n\n| Day | Crossings |\n|---|---|\n"
    result = cleanbody.clean(text)
    assert result.text == text
    dirty = cleanbody.clean(text + "\n[Support us on Ko-fi](https://ko-fi.com/harbour)\n")
    assert dirty.text == text
    assert cleanbody.clean(dirty.text).text == dirty.text


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 3% (see [1]) in May.\nShare this article",
        "#1 in sales this year.\nThe shop sold more than ever.",
        "Rain is expected on Friday.\nRead more: Storm warning for the coast",
    ],
)
def test_plain_text_is_not_read_as_markdown(text: str) -> None:
    """Text without a heading line or a link takes the plain-text path unchanged."""
    assert not looks_like_markdown(text)
    result = cleanbody.clean(text)
    assert result.metadata["input_type"] == "text"


@pytest.mark.parametrize(
    ("target", "category"),
    [
        ("https://ko-fi.com/someone", "appeal"),
        ("https://www.buymeacoffee.com/someone", "appeal"),
        ("https://www.paypal.com/donate?hosted_button_id=X", "appeal"),
        ("https://paper.example/donate/", "appeal"),
        ("https://paper.example/newsletters/morning", "newsletter"),
        ("https://paper.us1.list-manage.com/subscribe?u=1", "newsletter"),
        ("https://apps.apple.com/app/id123", "app"),
        ("https://play.google.com/store/apps/details?id=x", "app"),
        ("https://www.linkedin.com/shareArticle?url=x", "share"),
        ("mailto:?subject=Ferry&body=https%3A%2F%2Fh.example", "share"),
        ("mailto:desk@paper.example", None),
        ("https://www.instagram.com/somepaper/", "social"),
        ("https://www.youtube.com/watch?v=abc", None),
        ("https://paper.example/2024/05/donations-to-hospital-rise", None),
        ("https://gym.example/membership", "appeal"),
        ("", None),
    ],
)
def test_link_targets(target: str, category: str | None) -> None:
    """Link targets name their category; story pages and posts name none."""
    assert link_category(target) == category


def test_weak_targets_are_never_buttons() -> None:
    """A lone link to a /membership page supports a widget but never goes alone."""
    text = STORY + "\n[Membership prices](https://gym.example/membership)\n"
    assert cleanbody.clean(text).removed == ()


def test_parse_block_reads_kinds() -> None:
    """Headings, list items, quotes and table rows are told apart, markup stripped."""
    assert parse_block("### A **bold** title ###").kind == "heading"
    assert parse_block("### A **bold** title ###").plain == "A bold title"
    assert parse_block("12. Step [one](/a)").kind == "item"
    assert parse_block("> - quoted item").plain == "quoted item"
    assert parse_block("| a | b |").kind == "row"
    assert parse_block("![photo](/x.jpg) Caption").links == ()


@pytest.mark.parametrize(
    "make",
    [
        pytest.param(lambda n: "# " + " " * (50 * n) + "x", id="heading-spaces"),
        pytest.param(lambda n: "[x](/a) " + "**a " * (20 * n), id="emphasis-openers"),
        pytest.param(lambda n: "[x](/a) " + "[" * (50 * n), id="brackets"),
        pytest.param(lambda n: "[x](/a)\n" + "- [y](/b)\n" * (5 * n), id="link-list"),
    ],
)
def test_markdown_reading_costs_linear_time(make: Callable[[int], str]) -> None:
    """Ten times a crafted markdown input costs at most MAX_GROWTH_FOR_10X times the time."""
    cleanbody.clean(make(10))  # load rules and model first
    assert _growth(make, cleanbody.clean, 200) < MAX_GROWTH_FOR_10X


def test_every_markdown_rule_is_described() -> None:
    """Each category a link or a list can name has its MD- rule in markdown_rule_dicts()."""
    described = {rule["id"] for rule in markdown_rule_dicts()}
    named = set(markdown._PLATFORM_HOSTS.values()) | {"share", "social", "appeal", "newsletter"}
    assert {f"MD-LINK-{category}" for category in named} <= described
    assert {"MD-LIST-related", "MD-LIST-navigation", "MD-LIST-article"} <= described
    for rule in markdown_rule_dicts():
        assert rule["category"] in (*cleanbody.CATEGORIES, "article")
        assert rule["description"]
