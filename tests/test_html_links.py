"""An HTML page's links and block kinds as evidence: read from the tree, explained as HTML-."""

from __future__ import annotations

from lxml.html import document_fromstring

import cleanbody
from cleanbody.html.links import read_page_blocks
from cleanbody.text.blocks import split_blocks
from cleanbody.text.markdown import structure_hits

PARAGRAPHS = (
    "The ferry to the north quay ran again on Monday after a winter of repairs to its "
    "landing stage, which two storms had cracked in February.",
    "Crossings leave every forty minutes until the summer timetable starts in June, the "
    "harbour board said in a notice posted at the ticket office.",
    "Fishermen who had moored at the south quay since the storms said they would move "
    "their boats back before the first market day of the season.",
    "The board expects the landing stage to need no further work for at least ten years, "
    "its engineer told a public meeting in the harbour master's office.",
)


def page(*after: str, before: str = "") -> str:
    """A whole page: the ferry story in an <article> with ``after`` markup below it."""
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry</title>'
        f"</head><body><article><h1>Ferry returns</h1>{before}{story}{''.join(after)}"
        "</article></body></html>"
    )


def kept(result: cleanbody.Result, text: str) -> bool:
    """Whether ``text`` is in the clean text and in no removal."""
    return text in result.text and not any(text in removal.text for removal in result.removed)


def rules_of(result: cleanbody.Result) -> set[str]:
    return {rule for removal in result.removed for rule in removal.rules}


def test_a_donation_button_in_a_language_without_rules_goes_by_its_link() -> None:
    """A last line that is one link to a donation platform is an appeal, whatever its words."""
    button = "Tuunge mkono uandishi wetu huru kila mwezi"  # Swahili: no rule file reads it
    credit = "Picha: Bodi ya Bandari"
    html = page(f'<p><a href="https://liberapay.com/harbourweekly">{button}</a></p><p>{credit}</p>')
    result = cleanbody.clean(html)
    assert button not in result.text
    assert all(kept(result, text) for text in (*PARAGRAPHS, credit))
    (removal,) = result.removed
    assert removal.category == "appeal"
    assert removal.rules == ("HTML-LINK-appeal",)
    assert removal.position == "trailer"
    assert result.source[removal.start : removal.end] == button


def test_without_its_link_the_same_line_stays() -> None:
    """The same words, linked nowhere telling, are no evidence: the link made the removal."""
    button = "Tuunge mkono uandishi wetu huru kila mwezi"
    html = page(f'<p><a href="/2024/04/ferry-photos">{button}</a></p><p>Picha: Bodi ya Bandari</p>')
    assert cleanbody.clean(html).removed == ()


def test_a_link_to_a_donation_page_inside_a_sentence_stays() -> None:
    """A sentence of the story that links to a donation page is a cue at most."""
    sentence = (
        "Volunteers raised the money for the new gangway through the harbour trust's "
        '<a href="https://harbourtrust.example/donate">appeal page</a>, which closed in May.'
    )
    result = cleanbody.clean(page(f"<p>{sentence}</p>"))
    assert "appeal page, which closed in May." in result.text
    assert result.removed == ()


def test_a_sentence_citing_someones_profile_stays() -> None:
    """A link to a person's social profile inside a sentence is a citation, not a follow box."""
    sentence = (
        'The harbour master <a href="https://twitter.com/harbourmaster">wrote on X</a> that '
        "the first crossing carried forty passengers, two bicycles and a crate of hens."
    )
    result = cleanbody.clean(page(f"<p>{sentence}</p>"))
    assert "two bicycles and a crate of hens." in result.text
    assert not any("HTML-LINK-social" in removal.rules for removal in result.removed)
    # Not even a cue: a follow line is short, a sentence citing someone is not.
    tree = document_fromstring(
        f"<html><body><p>{sentence}</p><p>Follow us on "
        '<a href="https://twitter.com/harbourweekly">X</a></p></body></html>'
    )
    lines = "The harbour master wrote on X that the first crossing carried forty passengers, "
    lines += "two bicycles and a crate of hens.\nFollow us on X"
    hits = structure_hits(read_page_blocks(tree, lines).structure(split_blocks(lines)), "HTML")
    assert {number: [hit.rule.id for hit in found] for number, found in hits.items()} == {
        1: ["HTML-LINK-social"]
    }


def test_a_list_of_links_into_the_site_goes_whole_under_its_heading() -> None:
    """A related heading's list of same-site links goes whole, a headline with a full stop too.

    By its words alone the list ends at the first headline with a closing full stop; its
    links say the list goes on.
    """
    items = (
        ("/2024/03/lighthouse", "Lighthouse keeper retires after forty years"),
        ("/2024/02/fish-market", "Fish market moves to the old customs house."),
        ("https://harbour.example/2024/01/moorings", "New moorings planned for yachts"),
    )
    related = (
        "<h2>More from Harbour Weekly</h2><ul>"
        + "".join(f'<li><a href="{href}">{title}</a></li>' for href, title in items)
        + "</ul><p>Picha: Bodi ya Bandari</p>"
    )
    result = cleanbody.clean(page(related), url="https://harbour.example/2024/04/ferry")
    assert all(title not in result.text for _, title in items)
    assert all(kept(result, text) for text in PARAGRAPHS)
    assert "HTML-LIST-related" in rules_of(result)


def test_linked_headlines_in_paragraphs_are_a_list_too() -> None:
    """Linked headlines written as paragraphs (no list markup) under a related heading go."""
    items = (
        ("/2024/03/lighthouse", "Lighthouse keeper retires after forty years on the point"),
        ("/2024/02/fish-market", "Fish market moves to the old customs house by the quay."),
        ("/2024/01/moorings", "New moorings planned for visiting yachts next summer"),
    )
    cards = "".join(f'<p><a href="{href}">{title}</a></p>' for href, title in items)
    related = f"<h2>More from Harbour Weekly</h2>{cards}<p>Picha: Bodi ya Bandari</p>"
    result = cleanbody.clean(page(related), url="https://harbour.example/2024/04/ferry")
    assert all(title not in result.text for _, title in items)
    assert all(kept(result, text) for text in PARAGRAPHS)
    assert "HTML-LIST-related" in rules_of(result)


def test_page_blocks_find_the_extracted_lines_with_their_kinds_and_links() -> None:
    """Extracted lines are found in the tree by their text, spaces aside."""
    tree = document_fromstring(
        "<html><body><h2>Keep  reading</h2><ul><li><a href='/a'>First  story</a></li></ul>"
        "<p>Plain words.</p></body></html>"
    )
    text = "Keep reading\n- First story\nPlain words.\nUnknown line"
    found = read_page_blocks(tree, text, "https://site.example/x").structure(split_blocks(text))
    assert [block.kind for block in found] == ["heading", "item", "paragraph", "paragraph"]
    assert found[1].links == (("First story", "https://site.example/a"),)
    assert found[1].is_link
    assert not found[2].links
    assert not found[3].links
    assert [block.plain for block in found][1] == "- First story"


def test_a_text_shown_as_a_link_and_as_plain_text_is_read_as_plain_text() -> None:
    """A headline also listed as a link elsewhere on the page is read without the link."""
    tree = document_fromstring(
        "<html><body><h1>Ferry returns</h1><ul><li><a href='https://patreon.com/x'>"
        "Ferry returns</a></li></ul></body></html>"
    )
    (block,) = read_page_blocks(tree, "Ferry returns").structure(split_blocks("Ferry returns"))
    assert block.kind == "heading"
    assert not block.links


def test_html_evidence_is_listed_and_described() -> None:
    """Each HTML- pseudo-rule is listed by list_rules() with a description."""
    listed = {rule["id"]: rule for rule in cleanbody.list_rules()}
    for rule_id in ("HTML-LINK-appeal", "HTML-LINK-share", "HTML-LIST-related"):
        assert rule_id in listed
        assert (
            "HTML page" in listed[rule_id]["description"]
            or "list" in listed[rule_id]["description"]
        )
