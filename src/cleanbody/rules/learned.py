"""The pseudo-rules that carry learned evidence (the lexicon's, a site memory's) like rules."""

from __future__ import annotations

import functools
from typing import Any, Final

from cleanbody.config import CATEGORIES, DEFAULT_STANDALONE_WEIGHT
from cleanbody.rules.model import Kind, Rule

__all__ = [
    "ARROW_PREFIX",
    "GUESSED_KIND_PREFIXES",
    "HANDLE_PREFIX",
    "LABEL_PREFIX",
    "MODEL_PREFIX",
    "SITE_RULE_ID",
    "arrow_rule",
    "handle_rule",
    "label_rule",
    "model_rule",
    "model_rule_dicts",
    "pseudo_rule",
    "shaped_rule_dicts",
    "site_rule",
    "site_rule_dict",
    "tip_rule",
    "tip_rule_dict",
    "trailer_rule",
]

#: Model evidence carries a rule of its own per category, so removals name it like a rule.
MODEL_PREFIX: Final = "MODEL-"
#: A line that ends as a link, in words the lexicon reads as a widget's (``TXT-ARROW-appeal``).
ARROW_PREFIX: Final = "TXT-ARROW-"
#: A line that ends at a handle or a channel's link, in a widget's words.
HANDLE_PREFIX: Final = "TXT-HANDLE-"
#: A widget's label or row of items, in words the lexicon is sure of (``TXT-LABEL-ad``).
LABEL_PREFIX: Final = "TXT-LABEL-"
#: A line left between widgets that went at the page's end, in a widget's words
#: (``TXT-TRAILER-legal``).
TRAILER_PREFIX: Final = "TXT-TRAILER-"
#: Pseudo-rules whose category is the lexicon's guess (their shape is sure, their kind
#: is not): the rules' kinds around a widget's edge leave them out.
GUESSED_KIND_PREFIXES: Final = (ARROW_PREFIX, HANDLE_PREFIX, LABEL_PREFIX, TRAILER_PREFIX)
#: A question to the reader, then where to write or call, in a widget's words
#: (``TXT-TIP-social``: always a social widget's, whatever the lexicon's category).
TIP_PREFIX: Final = "TXT-TIP-"
#: Evidence from a site's memory (:class:`cleanbody.SiteMemory`): the block repeats on
#: many pages of its site, where templates sit.
SITE_RULE_ID: Final = "SITE-REPEAT"


def pseudo_rule(
    rule_id: str,
    name: str,
    category: str,
    kind: Kind,
    *,
    weight: float,
    description: str,
    source: str,
    pattern: str = "",
    standalone: bool = False,
) -> Rule:
    """A rule that code fires, not a pattern in the data.

    The lexicon, a site's memory, markup and the page's head carry one: language-neutral,
    with no triggers or examples of its own.

    >>> rule = pseudo_rule("X-1", "ui.x", "ui", "cue", weight=1.0, description="d", source="s")
    >>> rule.languages, rule.triggers
    (('*',), ())
    """
    return Rule(
        id=rule_id,
        name=name,
        category=category,
        kind=kind,
        languages=("*",),
        weight=weight,
        triggers=(),
        pattern=pattern,
        description=description,
        remove=(),
        keep=(),
        source=source,
        standalone=standalone,
    )


@functools.cache
def model_rule(category: str, kind: Kind) -> Rule:
    """The pseudo-rule that model evidence of ``category`` carries (``MODEL-appeal``).

    >>> model_rule("appeal", "cue").id
    'MODEL-appeal'
    """
    return pseudo_rule(
        f"{MODEL_PREFIX}{category}",
        f"{category}.learned_lexicon",
        category,
        kind,
        weight=0.0,
        description=(
            f"The learned lexicon judges the block {category}: its words and its shape "
            "(see the features in the removal)."
        ),
        source="model/data/lexicon.json.gz",
    )


def _shaped_rule(
    prefix: str, category: str, shape: str, description: str, *, standalone: bool = False
) -> Rule:
    """An anchor of a line whose shape is a widget's, in words the lexicon judges ``category``."""
    return pseudo_rule(
        f"{prefix}{category}",
        f"{category}.{shape}",
        category,
        "anchor",
        weight=DEFAULT_STANDALONE_WEIGHT,
        description=description,
        source="text/evidence.py",
        standalone=standalone,
    )


@functools.cache
def arrow_rule(category: str) -> Rule:
    """The pseudo-rule of a line that ends as a link, in a widget's words of ``category``.

    "Yes, I want to become a regular donor →", "Help us fund the next one →", "לתרומה ›":
    a link's arrow ends no sentence of an article. With the lexicon's reading of its
    words, the line is a widget's of the lexicon's category, as sure as a one-line
    widget's rule; it joins the widget's other lines (an appeal's letter above its "Give
    now →").

    >>> rule = arrow_rule("appeal")
    >>> rule.id, rule.kind, rule.weight
    ('TXT-ARROW-appeal', 'anchor', 5.5)
    """
    return _shaped_rule(
        ARROW_PREFIX,
        category,
        "link_arrow",
        "A line that ends as a link (its only arrow at its end) whose words the learned "
        f"lexicon judges {category}: a widget's line.",
    )


@functools.cache
def tip_rule() -> Rule:
    """The pseudo-rule of a tip line: a short question, then an address to write or call.

    "Have a story? Email tips@... or message us on Signal at ...", "Masz temat? Napisz:
    redakcja@...": a story names a helpline in a sentence of its own, not after a
    question to its reader. With the lexicon's reading of its words as a widget's, the
    line is the newsroom's call for tips, as sure as a one-line widget's rule, and like
    one it is judged alone: the story's paragraphs around it are never bridged to a
    widget beyond them.

    >>> rule = tip_rule()
    >>> rule.id, rule.kind, rule.category, rule.weight
    ('TXT-TIP-social', 'anchor', 'social', 5.5)
    """
    return _shaped_rule(
        TIP_PREFIX,
        "social",
        "tip_line",
        "A line that asks the reader a short question, then gives an e-mail address, a "
        "phone number or a messenger link, in words the learned lexicon judges a widget's: "
        "a newsroom's call for tips.",
        standalone=True,
    )


def tip_rule_dict() -> dict[str, Any]:
    """The public description of the ``TXT-TIP-social`` pseudo-rule."""
    return tip_rule().to_dict()


@functools.cache
def label_rule(category: str) -> Rule:
    """The pseudo-rule of a widget's label or row of buttons that the lexicon is sure of.

    "L'articolo continua sotto", "↗ Share · Copy link · Send by e-mail", "保存　印刷
    文字サイズ 小 中 大": a widget's label or its buttons survive scraping as a short
    line that ends no sentence. A story's short lines (a subheading, a review's "Price:
    €299 | Battery: 12 hours") are in the article's words: in our corpus, dev sets and
    heldout set, 4 of 14,497 article lines of this shape are read as surely as this
    (a tier of a podcast's quoted price list, a subheading of a donation story), and
    13,346 of 31,562 boilerplate lines are.

    >>> rule = label_rule("ad")
    >>> rule.id, rule.kind, rule.weight
    ('TXT-LABEL-ad', 'anchor', 5.5)
    """
    return _shaped_rule(
        LABEL_PREFIX,
        category,
        "widget_label",
        "A line of 60 characters at most, or a row of items of 120 at most (between bars, "
        "dots or ideographic spaces), that ends no sentence or clause, opens no quotation "
        "and is no list's item, address or capitalised name, whose words the learned "
        f"lexicon judges {category} with a probability of 0.95 or more and a wording of "
        "2.0 or more (1.0 for a row, whose shape tells): a widget's label or its row of "
        "buttons.",
    )


@functools.cache
def handle_rule(category: str) -> Rule:
    """The pseudo-rule of a plug that ends at a handle or a channel's link.

    "📷 Follow us on Instagram: @valleyledger", "Join our channel: t.me/...": a line of
    a few words that sends the reader to an account, in words the lexicon judges a
    widget's; it joins the widget's other lines (the app's prompt beside it). A story
    lists an account bare ("Instagram: @cityhall"), in two words.

    >>> rule = handle_rule("social")
    >>> rule.id, rule.kind, rule.weight
    ('TXT-HANDLE-social', 'anchor', 5.5)
    """
    return _shaped_rule(
        HANDLE_PREFIX,
        category,
        "handle_plug",
        "A line of three words or more, in the publisher's or the reader's voice or a few "
        "words over a colon, that ends at a handle (@name) or a channel's link (t.me/..., "
        "whatsapp.com/channel/..., youtube.com/@...), whose words the learned lexicon "
        f"judges {category}: a plug for the publisher's account.",
    )


@functools.cache
def trailer_rule(category: str) -> Rule:
    """The pseudo-rule of a line left in the page's trailer, in a widget's words.

    Under the story's end, a page stacks its widgets: a comment box, its policy line,
    the newsletter's privacy note, the outlet's legal footer. Once the widgets around it
    went, a line left between them with nothing of the story below is one of them when
    its words alone lean to a widget's as much as a line alone needs ("Mediefokus følger
    de vejledende regler for god presseskik ..."), even if its length keeps the lexicon
    from judging the whole line one. Only under a box of two lines or more: under a
    one-line insert ("Read also: ...") the story may go on in its subject's words.

    >>> rule = trailer_rule("legal")
    >>> rule.id, rule.kind, rule.category
    ('TXT-TRAILER-legal', 'anchor', 'legal')
    """
    return _shaped_rule(
        TRAILER_PREFIX,
        category,
        "trailer_line",
        "A line with a widget of two lines or more that went right above it and everything "
        "below it gone, whose words alone lean to a widget's with a wording of 2.0 or more "
        f"(the learned lexicon's category: {category}), that no counter rule reads as the "
        "article's and that is no name: a line of the page's trailer (at most three lines "
        "together, in three groups a page).",
    )


def shaped_rule_dicts() -> list[dict[str, Any]]:
    """The public description of every shaped pseudo-rule (arrow, label, handle, trailer)."""
    return [
        factory(category).to_dict()
        for factory in (arrow_rule, label_rule, handle_rule, trailer_rule)
        for category in CATEGORIES
    ]


def model_rule_dicts() -> list[dict[str, Any]]:
    """The public description of every ``MODEL-<category>`` pseudo-rule."""
    return [{**model_rule(category, "cue").to_dict(), "kind": "model"} for category in CATEGORIES]


@functools.cache
def site_rule() -> Rule:
    """The pseudo-rule that a site's memory carries (``SITE-REPEAT``).

    Its category is ``ui``: a repeated block takes the category of the widget it sits
    in, and stands as leftover widget text where no other evidence says more.

    >>> site_rule().id, site_rule().kind
    ('SITE-REPEAT', 'anchor')
    """
    return pseudo_rule(
        SITE_RULE_ID,
        "ui.site_repeat",
        "ui",
        "anchor",
        weight=0.0,
        description=(
            "The block repeats on many pages of its site (numbers and dates aside) and sits "
            "where templates sit: at an edge or among other repeated blocks (see the "
            "removal's pages:N feature)."
        ),
        source="text/repeats.py",
    )


def site_rule_dict() -> dict[str, Any]:
    """The public description of the ``SITE-REPEAT`` pseudo-rule."""
    return {**site_rule().to_dict(), "kind": "site"}
