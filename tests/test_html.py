"""The HTML path: decoding, hostile markup, size limit, DOM pruning, paywall markup, metadata."""

from __future__ import annotations

import codecs
import dataclasses
import json
import warnings

import pytest

import cleanbody
from cleanbody.html import clean_html, decode_html_bytes, looks_like_html
from cleanbody.html.prune import _LINK_MARKERS
from cleanbody.rules.dom import (
    dom_rule_dicts,
    load_link_rules,
)

CONFIG = cleanbody.Config()

PARAGRAPHS = (
    "The county finished repairs on the old stone bridge over the Marrow on Tuesday, "
    "eight months after a flood loosened two of its piers.",
    "Engineers replaced the damaged piers with concrete cores faced in the original stone, "
    "which had been numbered and stored in a farm shed during the work.",
    "Lorries will be allowed back on the bridge next month once the road surface has set, "
    "the county's highways officer told a meeting of the parish council.",
    "Residents who had driven a twenty-mile detour since March said the reopening would "
    "save them an hour on every trip to the market town.",
)


def page(body: str, head: str = "", lang: str = "en") -> str:
    """A small but complete page around ``body``."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>Bridge reopens</title>{head}</head><body>{body}</body></html>"
    )


def article(*extra: str, before: str = "") -> str:
    """The bridge story in an <article>, with ``extra`` markup after the paragraphs."""
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return f"<article><h1>Bridge reopens</h1>{before}{paragraphs}{''.join(extra)}</article>"


def test_article_paragraphs_survive_with_their_structure() -> None:
    """A plain page gives its paragraphs back, one per line."""
    result = clean_html(page(article()), CONFIG)
    for paragraph in PARAGRAPHS:
        assert paragraph in result.text.splitlines()
    assert result.metadata["input_type"] == "html"


def test_clean_detects_html_strings() -> None:
    """cleanbody.clean() sends an HTML string down the HTML path."""
    assert cleanbody.clean(page(article())).metadata["input_type"] == "html"


def test_cp1251_bytes_with_meta_charset() -> None:
    """Bytes in windows-1251 declared by <meta charset> decode to the right Cyrillic text."""
    text = "Мост через реку Марров открыли во вторник после восьми месяцев ремонта."
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
        f"</head><body><article><p>{text}</p><p>{text} Ещё раз.</p></article></body></html>"
    )
    data = html.encode("cp1251")
    assert text in decode_html_bytes(data)
    assert text in clean_html(data, CONFIG).text


def test_latin1_bytes_with_meta_charset() -> None:
    """Bytes in ISO-8859-1 declared by <meta charset> keep their accents."""
    text = "La café de la gare a rouvert à Noël, après des travaux qui ont duré un été entier."
    html = f'<html><head><meta charset="iso-8859-1"></head><body><p>{text}</p></body></html>'
    assert text in decode_html_bytes(html.encode("latin-1"))


def test_bom_wins_over_meta_charset() -> None:
    """A UTF-8 BOM decides the encoding even when <meta charset> says otherwise."""
    html = page(article()).replace("utf-8", "windows-1252").replace("twenty", "twenty–one")
    data = codecs.BOM_UTF8 + html.encode("utf-8")
    decoded = decode_html_bytes(data)
    assert "twenty–one" in decoded
    assert not decoded.startswith("\ufeff")
    assert "twenty–one" in clean_html(data, CONFIG).text


def test_utf16_bytes_with_bom() -> None:
    """UTF-16 bytes with a BOM decode and clean like the str they came from."""
    html = page(article())
    assert clean_html(html.encode("utf-16"), CONFIG).text == clean_html(html, CONFIG).text


def test_broken_markup_does_not_crash() -> None:
    """Unclosed tags, stray closers and junk attributes still give the article text."""
    broken = (
        "<html><body><div class=><article><p>"
        + PARAGRAPHS[0]
        + "<p>"
        + PARAGRAPHS[1]
        + "</b></i></div></span><p <<"
        + PARAGRAPHS[2]
        + "<table><tr><td>"
    )
    result = clean_html(broken, CONFIG)
    assert PARAGRAPHS[0] in result.text
    assert PARAGRAPHS[1] in result.text


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   ",
        "<html></html>",
        "<html><body></body></html>",
        "<!DOCTYPE html>",
        "<html><body><!-- only a comment --><script>var a = 1;</script></body></html>",
    ],
)
def test_empty_documents_give_an_empty_result(html: str) -> None:
    """Empty and content-free documents give empty text and no removals, never an error."""
    result = clean_html(html, CONFIG)
    assert result.text == ""
    assert result.removed == ()
    assert result.metadata["input_type"] == "html"


def test_frameset_page_does_not_crash() -> None:
    """A frameset page has no article; the result is empty but well formed."""
    html = (
        "<!DOCTYPE html><html><head><title>Frames</title></head><frameset cols='50%,50%'>"
        "<frame src='a.html'><frame src='b.html'><noframes>No frames.</noframes></frameset></html>"
    )
    result = clean_html(html, CONFIG)
    assert isinstance(result.text, str)
    assert result.metadata["title"] == "Frames"


def test_twenty_thousand_nested_divs() -> None:
    """20,000 nested divs, some with boilerplate names, raise no RecursionError."""
    depth = 20_000
    html = (
        "<html><body>"
        + "".join(f'<div class="{"share-bar" if i % 7 == 0 else "x"}">' for i in range(depth))
        + f"<p>{PARAGRAPHS[0]}</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    result = clean_html(html, CONFIG)
    assert isinstance(result.text, str)


def test_size_limit_refuses_with_a_clear_error() -> None:
    """A page over max_input_chars is refused with an error naming the setting and the fix."""
    small = dataclasses.replace(CONFIG, max_input_chars=200)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = clean_html(page(article()), small)
    assert result.text == ""
    error = result.metadata["error"]
    assert "max_input_chars" in error
    assert "dataclasses.replace" in error
    assert any("max_input_chars" in str(w.message) for w in caught)


def test_json_ld_not_free_with_full_article_is_neither_paywalled_nor_truncated() -> None:
    """A not-free page that holds the whole story: the markup is reported, the flags stay off.

    ``paywalled`` says the text in hand is what a paywall left; this page (as served to
    crawlers) carries the whole paid section.
    """
    markup = json.dumps(
        {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": "Bridge reopens",
            "isAccessibleForFree": "False",
            "hasPart": {
                "@type": "WebPageElement",
                "isAccessibleForFree": "False",
                "cssSelector": ".locked",
            },
        }
    )
    long_story = "".join(
        f'<div class="locked"><p>{text} {text}</p></div>' for text in PARAGRAPHS * 3
    )
    html = page(
        f"<article><h1>Bridge reopens</h1>{long_story}</article>",
        head=f'<script type="application/ld+json">{markup}</script>',
    )
    result = clean_html(html, CONFIG)
    assert result.metadata["accessible_for_free"] is False
    assert result.metadata["paywalled"] is False
    assert result.metadata["truncated"] is False
    assert PARAGRAPHS[2] in result.text


def test_paywall_teaser_and_notice_is_truncated() -> None:
    """A short teaser followed by a subscribe-to-continue notice is paywalled and truncated."""
    html = page(
        "<article><h1>Bridge reopens</h1>"
        f"<p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        "<div class='c-note'><p>Subscribe to continue reading.</p>"
        "<p>Already a subscriber? Log in</p></div></article>"
    )
    result = clean_html(html, CONFIG)
    assert "Subscribe" not in result.text
    assert result.metadata["paywalled"] is True
    assert result.metadata["truncated"] is True


def test_named_containers_are_pruned_and_reported() -> None:
    """Donation, newsletter and share containers are removed before extraction, each a removal."""
    html = page(
        article(
            '<div class="donate-box"><p>Keep the Courier free: give what you can.</p></div>',
            '<section id="newsletter-signup"><p>Morning headlines in your inbox.</p></section>',
            '<div class="share-bar"><span>Facebook</span><span>Email</span></div>',
        )
    )
    result = clean_html(html, CONFIG)
    dom = [removal for removal in result.removed if removal.position == "dom"]
    assert [(m.category, m.rules) for m in dom] == [
        ("appeal", ("DOM-AP01",)),
        ("newsletter", ("DOM-NL01",)),
        ("share", ("DOM-SH01",)),
    ]
    assert dom[0].text == "Keep the Courier free: give what you can."
    assert "inbox" not in result.text
    assert result.metadata["pruned"] == 3
    assert result.metadata["categories"]["newsletter"] == 1


def test_keep_leaves_a_category_in_the_page() -> None:
    """Config.keep stops the DOM rules of that category as well."""
    box = '<div class="share-bar"><p>Share this story with a neighbour who cycles.</p></div>'
    result = cleanbody.clean(page(article(box)), keep={"share"})
    assert all(removal.category != "share" for removal in result.removed)


def test_prune_html_false_turns_pruning_off() -> None:
    """With prune_html=False no DOM removal is made."""
    box = '<div class="donate-box"><p>Keep the Courier free: give what you can.</p></div>'
    result = clean_html(page(article(box)), dataclasses.replace(CONFIG, prune_html=False))
    assert all(removal.position != "dom" for removal in result.removed)


def test_article_container_is_never_pruned_for_a_boilerplate_class() -> None:
    """class="article-body paywall-modal" names the article: it stays."""
    paragraphs = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    html = page(f'<div class="article-body paywall-modal">{paragraphs}</div>')
    result = clean_html(html, CONFIG)
    assert PARAGRAPHS[3] in result.text
    assert not any(removal.position == "dom" for removal in result.removed)


def test_long_container_with_a_boilerplate_name_is_kept() -> None:
    """A related-named container holding a long story is article, not a widget (max_chars)."""
    paragraphs = "".join(f"<p>{text} {text}</p>" for text in PARAGRAPHS * 4)
    result = clean_html(page(f'<div class="ad-wrapper">{paragraphs}</div>'), CONFIG)
    assert PARAGRAPHS[3] in result.text


def test_appeal_in_a_neutral_container_is_removed_by_the_text_engine() -> None:
    """An appeal in <div class="text"> inside the article goes, found by its wording."""
    appeal = (
        '<div class="text"><p>A Message from The Valley Courier:</p>'
        "<p>Our reporting is free for everyone, but it is not free to make. "
        "If you can, please make a donation today.</p><p>Donate now</p></div>"
    )
    result = clean_html(page(article(appeal)), CONFIG)
    assert "Donate now" not in result.text
    assert PARAGRAPHS[3] in result.text
    appeal_removals = [m for m in result.removed if m.category == "appeal"]
    assert appeal_removals
    assert all(m.position != "dom" for m in appeal_removals)
    for removal in appeal_removals:
        assert result.source[removal.start : removal.end] == removal.text


def test_metadata_keys_are_present() -> None:
    """The page metadata trafilatura finds and cleanbody's own keys are all in the result."""
    head = (
        '<meta name="author" content="Ann Oduya"><meta name="description" content="Repairs done.">'
        '<meta property="og:site_name" content="Valley Courier">'
        '<meta property="article:published_time" content="2024-05-14">'
    )
    result = clean_html(page(article(), head=head), CONFIG, url="https://courier.example/bridge")
    expected = {
        "title",
        "author",
        "date",
        "sitename",
        "hostname",
        "url",
        "language",
        "description",
        "page_categories",
        "tags",
        "image",
        "license",
        "input_type",
        "publisher",
        "paywalled",
        "truncated",
        "accessible_for_free",
        "pruned",
        "categories",
        "removed_chars",
        "removed_ratio",
    }
    assert expected <= set(result.metadata)
    assert result.metadata["author"] == "Ann Oduya"
    assert result.metadata["date"] == "2024-05-14"
    assert result.metadata["hostname"] == "courier.example"
    assert result.metadata["language"] == "en"
    json.dumps(result.to_dict())


def test_looks_like_html_accepts_pages_and_rejects_prose() -> None:
    """Documents, commented pages and block fragments are HTML; prose with a tag is not."""
    assert looks_like_html(page(article()))
    assert looks_like_html("\ufeff<!-- saved --><html><body><p>x</p></body></html>")
    assert looks_like_html("<div><p>One.</p><p>Two.</p></div>")
    assert not looks_like_html("Prices <b>rose</b> on Monday.")
    assert not looks_like_html("<3 this town")


def test_block_fragment_is_extracted() -> None:
    """A fragment of block elements (no <html>) is wrapped and extracted."""
    fragment = "<div>" + "".join(f"<p>{text}</p>" for text in PARAGRAPHS) + "</div>"
    assert PARAGRAPHS[0] in cleanbody.clean(fragment).text


def test_every_link_rule_target_is_preselected() -> None:
    """Each link rule's targets hold a marker the pruner preselects links by."""
    for rule in load_link_rules():
        for href in rule.hrefs:
            assert any(marker in href for marker in _LINK_MARKERS), f"{rule.id}: {href}"


def test_lone_signup_link_block_is_pruned_but_a_link_in_prose_is_not() -> None:
    """A heading that is only a newsletter link goes; a sentence that links there stays."""
    lone = '<h2><a href="http://eepurl.com/x1">Click here to get our free newsletter</a></h2>'
    prose = (
        '<p>The council launched <a href="https://council.example/newsletter">a newsletter</a> '
        "for tenants last spring, and residents say it has helped them follow repairs.</p>"
    )
    result = clean_html(page(article(lone, prose)), CONFIG)
    assert "Click here to get our free newsletter" not in result.text
    assert "launched a newsletter for tenants" in result.text
    assert [m.rules for m in result.removed if m.position == "dom"] == [("DOM-NL02",)]


def test_dom_rule_dicts_use_the_text_rule_keys() -> None:
    """dom_rule_dicts() describes each DOM rule with the keys of Rule.to_dict()."""
    text_keys = set(cleanbody.load_rules()[0].to_dict())
    dicts = dom_rule_dicts()
    assert dicts
    assert all(set(entry) == text_keys for entry in dicts)
    assert all(entry["category"] in cleanbody.CATEGORIES for entry in dicts)


@pytest.mark.parametrize("charset", ["hex", "rot13", "base64", "zlib", "undefined", "idna"])
def test_odd_declared_charsets_do_not_break_decoding(charset: str) -> None:
    """A <meta charset> naming a non-text codec is ignored rather than raising."""
    body = "<p>Café owners welcomed the council's decision on outdoor seating.</p>" * 5
    page = f'<html><head><meta charset="{charset}"></head><body><article>{body}</article>'
    result = cleanbody.clean((page + "</body></html>").encode("latin-1"))
    assert "outdoor seating" in result.text


def test_a_pruned_link_block_is_reported_once() -> None:
    """A sign-up link whose inner element is pruned by name is one removal, not two."""
    text = "<p>" + "The council approved the budget after a long debate. " * 8 + "</p>"
    link = (
        '<p><a href="http://eepurl.com/abc"><span class="newsletter-signup">Get it</span></a></p>'
    )
    result = cleanbody.clean(f"<html><body><article>{text}{link}{text}</article></body></html>")
    assert [removal.position for removal in result.removed].count("dom") == 1


# --- precision: names that do not name a widget -------------------------------------


def _page(body: str) -> str:
    return f"<html><head><title>Bridge</title></head><body>{body}</body></html>"


def _kept(result: cleanbody.Result, text: str) -> bool:
    return text in result.text and not any(text in removal.text for removal in result.removed)


def test_framework_component_names_are_not_consent_banners() -> None:
    """Adobe Experience Manager calls every component "cmp-": cmp-container is no CMP."""
    sections = "".join(
        f'<div class="cmp-container"><div class="cmp-text"><p>{text}</p></div></div>'
        for text in PARAGRAPHS
    )
    result = cleanbody.clean(
        _page(f'<article><h1 class="cmp-title">Bridge</h1>{sections}</article>')
    )
    assert all(_kept(result, text) for text in PARAGRAPHS)
    assert not [removal for removal in result.removed if removal.category == "cookie"]


@pytest.mark.parametrize(
    ("anchor", "heading", "section"),
    [
        ("h-why-use-social-shopping", "Why use social shopping?", "social"),
        ("how_to_contribute", "How to contribute", "appeal"),
        ("migrating-from-mailchimp", "Migrating from Mailchimp", "newsletter"),
        ("more-on-conditions", "More on conditions", "related"),
    ],
)
def test_ids_made_from_a_heading_name_the_section_not_a_widget(
    anchor: str, heading: str, section: str
) -> None:
    """A section whose id is its own heading's words is part of the article (FAQ, how-to)."""
    body = (
        f"<article><h1>Guide</h1><p>{PARAGRAPHS[0]}</p>"
        f'<section id="{anchor}"><h2>{heading}</h2><p>{PARAGRAPHS[1]}</p></section>'
        f'<h2 id="{anchor}-2">{heading}</h2><p>{PARAGRAPHS[2]}</p>'
        f"<p>{PARAGRAPHS[3]}</p></article>"
    )
    result = cleanbody.clean(_page(body))
    # (trafilatura itself drops a section whose id says "social"; cleanbody must not prune.)
    assert not [removal for removal in result.removed if removal.position == "dom"], section
    assert not any(text in removal.text for removal in result.removed for text in PARAGRAPHS)


def test_a_widget_id_of_its_own_words_is_still_a_widget() -> None:
    """A one- or two-word id that is the box's title too ("support-us") still names a box."""
    body = (
        f"<article><h1>Bridge</h1>{''.join(f'<p>{text}</p>' for text in PARAGRAPHS)}"
        '<div id="support-us"><h3>Support us</h3><p>Give what you can.</p></div></article>'
    )
    result = cleanbody.clean(_page(body))
    assert "Give what you can." not in result.text
    assert any("DOM-AP01" in removal.rules for removal in result.removed)


def test_a_box_name_on_the_container_of_most_of_the_page_prunes_nothing() -> None:
    """A name on the element holding most of the page's text names the page, not a box."""
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    body = f'<div class="share-wrapper"><h1>Bridge</h1>{story}</div><footer><p>Contact</p></footer>'
    result = cleanbody.clean(_page(body))
    assert all(_kept(result, text) for text in PARAGRAPHS)


def test_embedded_posts_are_article_text() -> None:
    """A quoted post ("social-media-embed") is what the article quotes, not a follow box."""
    quote = "The bridge is open again and the queue at the market is already back. Bliss."
    body = (
        f"<article><h1>Bridge</h1><p>{PARAGRAPHS[0]}</p>"
        f'<div class="social-media-embed"><blockquote>{quote}</blockquote></div>'
        f"{''.join(f'<p>{text}</p>' for text in PARAGRAPHS[1:])}</article>"
    )
    result = cleanbody.clean(_page(body))
    assert not any(quote in removal.text for removal in result.removed)


def test_a_click_to_tweet_box_keeps_its_quote_and_loses_its_button() -> None:
    """A click-to-tweet box quotes the article: the quote stays, only the button goes."""
    quote = "A bridge is only as old as its newest stone."
    body = (
        f"<article><h1>Bridge</h1><p>{PARAGRAPHS[0]}</p><p>{PARAGRAPHS[1]}</p>"
        '<a class="swp_CTT style1" href="https://twitter.com/share?text=A+bridge">'
        f'<span class="sw-click-to-tweet"><span class="sw-ctt-text">{quote}</span>'
        '<span class="sw-ctt-btn">Click To Tweet</span></span></a>'
        f"{''.join(f'<p>{text}</p>' for text in PARAGRAPHS[2:])}</article>"
    )
    result = cleanbody.clean(_page(body))
    assert _kept(result, quote)
    assert "Click To Tweet" not in result.text
    assert [removal.text for removal in result.removed] == ["Click To Tweet"]


# --- paywall flags that mean it -----------------------------------------------------


def _markup(free: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        f'"@type": "NewsArticle", "isAccessibleForFree": {free}, "hasPart": '
        '{"@type": "WebPageElement", "isAccessibleForFree": false, '
        '"cssSelector": ".paid"}}</script>'
    )


def test_a_subscribe_box_beside_a_whole_story_is_no_paywall() -> None:
    """A "subscribe" offer box pruned from a complete article does not flag it paywalled."""
    story = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    body = f'<article><h1>Bridge</h1>{story}<div class="subscribe-box">Subscribe</div></article>'
    result = cleanbody.clean(_page(body))
    assert any("DOM-PW02" in removal.rules for removal in result.removed)
    assert result.metadata["paywalled"] is False
    assert result.metadata["truncated"] is False


def test_markup_for_a_paid_story_whose_section_is_missing_is_paywalled() -> None:
    """The same markup on a teaser page, without the paid section: paywalled and cut."""
    page = (
        f"<html><head>{_markup('false')}</head><body><article><h1>Bridge</h1>"
        f"<p>{PARAGRAPHS[0]}</p></article></body></html>"
    )
    result = cleanbody.clean(page)
    assert result.metadata["paywalled"] is True
    assert result.metadata["truncated"] is True


def test_markup_naming_no_element_on_a_whole_long_story_is_no_paywall() -> None:
    """Not-free markup whose selector names nothing, on a story of 300+ words: not flagged."""
    story = "".join(
        f"<p>On day {day} of the works the crew lifted {day + 2} numbered stones from the "
        f"river bed, washed them, and stacked them in the shed by the {day}th milestone, "
        f"where the mason checked each one against his drawings before lunch.</p>"
        for day in range(1, 16)
    )
    page = f"<html><head>{_markup('false')}</head><body><article><h1>Bridge</h1>{story}"
    result = cleanbody.clean(page + "</article></body></html>")
    assert len(result.text.split()) > 300
    assert result.metadata["accessible_for_free"] is False
    assert result.metadata["paywalled"] is False
    assert result.metadata["truncated"] is False


def test_a_paywall_notice_in_the_text_flags_the_page() -> None:
    """A notice the rules know ("Subscribe to continue reading") is paywall evidence."""
    body = (
        f"<article><h1>Bridge</h1><p>{PARAGRAPHS[0]}</p>"
        "<p>Subscribe to continue reading this article.</p></article>"
    )
    result = cleanbody.clean(_page(body))
    assert result.metadata["paywalled"] is True
    assert result.metadata["truncated"] is True


def test_a_figure_that_opens_a_viewer_is_not_a_dialog() -> None:
    """data-media-action="modal" on a figure says what a click does; the caption stays."""
    caption = "Engineers numbered each stone of the old piers before taking them down."
    body = (
        f"<article><h1>Bridge</h1><p>{PARAGRAPHS[0]}</p>"
        f'<figure class="media photo" data-media-action="modal"><img src="a.jpg" alt="">'
        f"<figcaption>{caption}</figcaption></figure><p>{PARAGRAPHS[1]}</p></article>"
    )
    result = cleanbody.clean(_page(body))
    assert not [removal for removal in result.removed if removal.position == "dom"]
