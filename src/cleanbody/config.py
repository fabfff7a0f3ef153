"""Settings for :func:`cleanbody.clean`: categories, modes, every tuned number and its reason."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final, Literal

__all__ = [
    "BACKENDS",
    "CATEGORIES",
    "MODES",
    "OUTPUTS",
    "Backend",
    "Category",
    "Config",
    "Mode",
    "Output",
    "Placement",
    "Thresholds",
]

#: Every category a removal can carry; the README documents each with an example.
CATEGORIES: Final = (
    "appeal",  # donation and membership asks
    "paywall",  # "subscribe to continue reading", "already a subscriber? log in"
    "newsletter",  # e-mail sign-up boxes
    "social",  # "follow us on ..."
    "share",  # share bars and "share this article"
    "cookie",  # cookie and consent notices
    "related",  # "Read more: ...", "Related articles"
    "ad",  # advertisement markers
    "legal",  # copyright, syndication and republication lines
    "ui",  # leftover button and widget text: "Remind me later.", "Close"
    "comments",  # comment-section prompts and counters
    "app",  # "download our app"
    "audio",  # "listen to this article", player leftovers
    "navigation",  # "skip to content", menus, breadcrumbs
)

Category = Literal[
    "appeal",
    "paywall",
    "newsletter",
    "social",
    "share",
    "cookie",
    "related",
    "ad",
    "legal",
    "ui",
    "comments",
    "app",
    "audio",
    "navigation",
]
#: Where a removal sat: before the article, after it, in its middle, or in the page's
#: HTML before extraction (a pruned element).
Placement = Literal["header", "trailer", "insert", "dom"]
Mode = Literal["conservative", "balanced", "aggressive"]
MODES: Final = ("conservative", "balanced", "aggressive")
#: What extracts an HTML page's main text: trafilatura (the default, the most accurate) or
#: resiliparse (the ``fast`` extra: several times faster, for pre-training throughput).
Backend = Literal["trafilatura", "resiliparse"]
BACKENDS: Final = ("trafilatura", "resiliparse")
#: The form of ``Result.text`` for HTML input: plain text, or markdown that keeps the
#: page's headings, lists and links.
Output = Literal["text", "markdown"]
OUTPUTS: Final = ("text", "markdown")


@dataclass(frozen=True)
class Thresholds:
    """How much evidence a region needs before it is removed.

    Attributes:
        edge: Minimum summed evidence for a header or trailer region.
        insert: Minimum summed evidence for a region in the middle of the text (an
            insert, as opposed to a header or trailer).
        need_anchor: Whether a region needs at least one high-precision anchor.
        length_cost: Multiplier on the cost that plain text pays for its length.
    """

    edge: float
    insert: float
    need_anchor: bool
    length_cost: float


#: Chosen on the corpus: see README "Modes" for the figures each produces.
_THRESHOLDS: Final[dict[str, Thresholds]] = {
    # Only clear widgets go: anchors are required, a middle region needs a one-line
    # widget's full weight (5.5) or a strong multi-block region.
    "conservative": Thresholds(edge=4.0, insert=5.5, need_anchor=True, length_cost=1.3),
    # The default: an anchor plus supporting blocks at an edge, strong evidence inside.
    "balanced": Thresholds(edge=3.0, insert=5.0, need_anchor=True, length_cost=1.0),
    # Cue-only regions at the edges go too; useful for pre-training data, not archives.
    "aggressive": Thresholds(edge=2.5, insert=3.5, need_anchor=False, length_cost=0.8),
}


@dataclass(frozen=True)
class Config:
    """Everything :func:`cleanbody.clean` can be told; override with ``dataclasses.replace``.

    Attributes:
        mode: ``"conservative"``, ``"balanced"`` (default) or ``"aggressive"``.
        keep: Categories to leave in the text (e.g. ``frozenset({"legal"})``).
        max_input_chars: Larger inputs are not cleaned, and ``metadata["error"]`` says
            so: HTML gives an empty result, plain text comes back unchanged (nothing
            is lost).
        prune_html: Whether the HTML path removes appeal/paywall/... containers before
            extraction.
        learned: Whether the learned lexicon adds its evidence to the rules' (removals
            it carried name ``MODEL-<category>`` and the features that fired).
        backend: What extracts an HTML page's main text: ``"trafilatura"`` (default) or
            ``"resiliparse"`` (needs ``pip install 'cleanbody[fast]'``; faster, less
            accurate, and the page metadata is only its title and language).
        output: ``"text"`` (default) or ``"markdown"``: for HTML input, whether the clean
            text keeps the page's headings, lists and links as markdown. Text input
            comes back in its own form either way (markdown stays markdown).

    >>> Config().mode
    'balanced'
    >>> import dataclasses
    >>> dataclasses.replace(Config(), keep=frozenset({"legal"})).keep
    frozenset({'legal'})
    """

    mode: Mode = "balanced"
    keep: frozenset[str] = frozenset()
    max_input_chars: int = 50_000_000
    prune_html: bool = True
    learned: bool = True
    backend: Backend = "trafilatura"
    output: Output = "text"

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown mode {self.mode!r}: use one of {', '.join(MODES)}")
        if self.backend not in BACKENDS:
            raise ValueError(f"unknown backend {self.backend!r}: use one of {', '.join(BACKENDS)}")
        if self.output not in OUTPUTS:
            raise ValueError(f"unknown output {self.output!r}: use one of {', '.join(OUTPUTS)}")
        unknown = sorted(set(self.keep) - set(CATEGORIES))
        if unknown:
            raise ValueError(
                f"unknown categories in keep: {', '.join(unknown)}; "
                f"known categories are {', '.join(CATEGORIES)}"
            )
        if not isinstance(self.keep, frozenset):
            object.__setattr__(self, "keep", frozenset(self.keep))

    @property
    def thresholds(self) -> Thresholds:
        """The thresholds of this config's mode."""
        return _THRESHOLDS[self.mode]

    def with_shortcuts(
        self,
        mode: Mode | None = None,
        keep: Iterable[str] | None = None,
        output: Output | None = None,
    ) -> Config:
        """This config with the keyword shortcuts of ``clean()`` and the steps applied.

        >>> Config().with_shortcuts(mode="aggressive", keep=["legal"]).keep
        frozenset({'legal'})
        """
        if mode is None and keep is None and output is None:
            return self
        return dataclasses.replace(
            self,
            mode=mode or self.mode,
            keep=frozenset(keep) if keep is not None else self.keep,
            output=output or self.output,
        )


# Tuned numbers, each with its reason. Changing one moves the corpus figures: measure
# with `python -m cleanbody.evaluate corpus` and the blind sets before and after.

# The text engine: what a block costs and what evidence is worth (text/evidence.py)
#: Every block pays this much for being there: text that no rule explains is article.
BASE_COST: Final = 0.3
#: ...plus one unit per this many characters (a 300-character paragraph costs 1.3).
CHARS_PER_COST: Final = 300.0
#: Ideographic scripts carry about three times as much per character.
DENSE_SCRIPT_FACTOR: Final = 3.0
#: A very long paragraph is article, but one cost level is enough to say so.
MAX_COST: Final = 4.0
#: Repeating trigger phrases in one block must not buy unlimited evidence.
MAX_GAIN: Final = 10.0

# Regions: how evidence grows into a widget (text/regions.py)
#: A widget's body rarely has more than three plain paragraphs in a row (corpus: max 2).
MAX_GAP_BLOCKS: Final = 3
#: A related-stories list rarely shows more headlines than this...
MAX_LIST_ITEMS: Final = 12
#: ...each no longer than a headline with its standfirst.
LIST_ITEM_MAX_CHARS: Final = 140
#: A lone appeal block longer than this, with a sentence break inside, is prose.
PROSE_CHARS: Final = 100
#: A plain title line joins the widget below only if that widget is this much surer
#: than an edge region needs to be.
HEADING_MARGIN: Final = 2.0
#: Blocks that may follow a trailer (or precede a header) without making it an insert...
EDGE_SLACK_BLOCKS: Final = 2
#: ...as long as they are this short in total (a tag line, a byline, a photo credit;
#: two short news paragraphs are already longer).
EDGE_SLACK_CHARS: Final = 120

# Rules: weights and where a trigger counts (rules/model.py, rules/index.py)
#: Words this short ("x", "ok") occur everywhere; they only count in short blocks.
WEAK_TRIGGER_CHARS: Final = 3
#: A block this short is a button, a label or a share bar, not a paragraph: short
#: triggers count in it, the language gate cannot tell its language, and beside a
#: one-line widget it goes with the widget.
SHORT_BLOCK_CHARS: Final = 60
#: The language gate's score (distinct function words, plus letters: see
#: ``LanguageGate.allowed``) a language needs before its rules read a document...
GATE_MIN_SCORE: Final = 2
#: ...or 1 in a text of fewer words than this (a sentence or two).
GATE_SHORT_WORDS: Final = 40
#: ...and the share of the best score of its script (English's words included) it needs.
GATE_SHARE: Final = 0.2
#: The trigger automata read a document in runs of whole blocks of about this many
#: characters: the matches of a 10 MB text at once would take hundreds of MB.
SCAN_CHUNK_CHARS: Final = 1 << 16
#: Triggers up to this long must start a word...
WORD_START_CHARS: Final = 4
#: ...and up to this long must be a whole word (in scripts that separate words).
WHOLE_WORD_CHARS: Final = 2
#: A standalone widget must clear the balanced threshold for the middle of a text alone.
DEFAULT_STANDALONE_WEIGHT: Final = 5.5
#: Literal checks worth making before a start-anchored branch (see Rule.search).
MAX_ANCHORED_CHECKS: Final = 3

# The HTML path (html/)
#: Evidence a pruned container carries: a name match is as sure as an anchor plus a cue.
DOM_SCORE: Final = 5.0
#: A text shorter than this many words, ending in a paywall notice, is a teaser.
#: (Teasers on paywalled news pages run to 1-4 paragraphs; full stories are longer.)
TEASER_MAX_WORDS: Final = 300
#: A declared paywalled section with less text than this was left out of the page.
SECTION_MIN_CHARS: Final = 200
#: Attribute values remembered across pages by the matcher (bounded: a crawler runs long).
MAX_CACHED_ATTRIBUTES: Final = 200_000
#: Attribute values longer than this are matched but never cached: a crawl of pages with
#: unique 100 KB class strings must not keep them (D5).
MAX_CACHED_VALUE_CHARS: Final = 256
#: An element whose name matches a DOM rule but holds this share of the page's visible
#: text is the article (or the whole page), whatever it is called: a box is beside the
#: story, never most of it...
ARTICLE_SHARE: Final = 0.5
#: ...once it holds this many characters (a short page may be mostly one small box).
MIN_ARTICLE_SHARE_CHARS: Final = 400
#: An id of this many words, all in the element's heading, is an anchor made from the
#: heading ("how-to-contribute"), not a widget's name; widgets' ids have one or two.
SLUG_MIN_TOKENS: Final = 3
#: Names of more tokens than this are matched but not cached, for the same reason.
MAX_CACHED_NAME_TOKENS: Final = 16
#: A data-* value longer than this is JSON or a URL, not a name.
MAX_DATA_VALUE_CHARS: Final = 60
#: Paywalled sections a page declares: publishers name one to three; each is applied to the
#: whole page, so thousands would make the page quadratic (D3). The rest are ignored.
MAX_PAYWALL_SELECTORS: Final = 16
#: Attributes kept per element: real markup has a few dozen; the HTML parser checks each new
#: one against all before it, so an element with 100,000 took minutes (D4). The rest are
#: dropped before parsing (attributes are names, never article text).
MAX_ELEMENT_ATTRIBUTES: Final = 512
#: A page this long may hold a text node or attribute over libxml2's 10,000,000-byte limit
#: (four UTF-8 bytes a character at most), which would silently end the page there (D7): it
#: is parsed with ``huge_tree``. Shorter pages keep trafilatura's own parser and limits.
HUGE_TREE_CHARS: Final = 2_500_000
#: A page this long is parsed by cleanbody, with trafilatura's parser settings, into elements
#: that answer trafilatura's paragraph test (the XPath ``//p//text()``) in one walk: libxml2
#: evaluates it in time quadratic in the paragraphs' text nodes (14 of the 23 s a 2 MB page of
#: linked paragraphs took). Below this the test costs under 50 ms and trafilatura parses.
LINEAR_PARSE_CHARS: Final = 250_000
#: JSON-LD nesting deeper than this is not article metadata; stop walking.
MAX_JSON_DEPTH: Final = 12
#: How far into the bytes a ``<meta charset>`` is looked for (the HTML standard says 1024).
CHARSET_SNIFF_BYTES: Final = 4096
#: How far into a text its doctype or first element is looked for (after comments and a BOM).
HTML_SNIFF_CHARS: Final = 4096
#: A publisher named by a trailer is a name, not a sentence.
PUBLISHER_MAX_CHARS: Final = 80

# The learned lexicon (model/): how its probability becomes evidence
#: A block the model calls boilerplate at least this likely gets model evidence...
MODEL_CUE_PROBABILITY: Final = 0.5
#: ...worth this much per unit of log-odds...
MODEL_WEIGHT_PER_LOGIT: Final = 1.0
#: ...and never more than an anchor plus a little: a phrase is surer than a guess.
MODEL_MAX_WEIGHT: Final = 4.5
#: A block's words must add at least this much log-odds: shape alone proves nothing.
#: (0.5 let a single word of another language, "ya", carry a photo credit "Picha: Bodi ya
#: Bandari" into the donation button above it once the appeal documents were trained on.)
MODEL_MIN_WORDING: Final = 0.6
#: A guess at the edge of a widget a rule found stays only this sure (log-odds of 0.75)
#: and of the widget's kind: a title under a cookie banner is only touching it.
MODEL_EXTEND_WEIGHT: Final = 1.1
#: A single line that only the model found needs words this telling (log-odds): a short
#: last line looks like a button to the model whatever it says.
MODEL_ALONE_WORDING: Final = 2.0
#: A paragraph of several sentences between two parts of a banner or a box (a cookie
#: banner's title and its buttons) is theirs when its words are this telling.
MODEL_BODY_WORDING: Final = 4.0
#: A region that only the model found needs this much more than its placement asks ...
#: (1.0 until session 17, whose lexicon, trained on twice the blind sets, is surer of a
#: lone line in the first person: "I support this policy.")
MODEL_ONLY_MARGIN: Final = 1.5
#: ... and this much right beside a region that went (a plug under the newsletter box:
#: session 12 took single closing plugs on 13 of 17 dev sets this way, no article line;
#: a line under the story's last paragraph keeps the full margin, as a quoted plea does).
#: A lone guessed paragraph of several sentences (a bio) needs an insert's evidence.
MODEL_TOUCHING_MARGIN: Final = 0.5
#: At least this likely, the model's evidence may stand for a widget without a rule.
MODEL_ANCHOR_PROBABILITY: Final = 0.9
#: At least this likely, and in words that add ``MODEL_ALONE_WORDING``, a widget's label
#: or row of buttons carries ``TXT-LABEL-<category>`` anywhere (0.9 took a subheading in
#: a widget's words, "Siga o canal, assine a newsletter", in a story about them).
MODEL_LABEL_PROBABILITY: Final = 0.95
#: A row of items (buttons set apart by bars or dots) so likely needs words adding only
#: this much: its shape tells as much as its words ("Aa Font · Print · Save", buttons no
#: list holds). In the blind sets no training document came from, such rows read at 0.95
#: with words adding 1.0: 924 boilerplate lines, no article line (at 2.0: 770).
MODEL_ROW_WORDING: Final = 1.0
#: A paragraph no evidence touched whose words add less than this (the lexicon's log-odds
#: for its words: less than a guess needs) is never bridged between two blocks of a
#: non-appeal widget: the newsletter's own story between its sign-up box and its footer.
GAP_MAX_ARTICLE_WORDING: Final = MODEL_MIN_WORDING
#: A sentence in the publisher's voice tops an appeal's body as its title when it is at
#: most this long ("If you read this far, we owe it to readers like you.").
SPOKEN_TITLE_CHARS: Final = 100
#: An accepted appeal takes the blocks next to it whose words together lean towards its
#: kind (the lexicon's log-odds summed over them, at least this much)...
BODY_MIN_WORDING: Final = 2.0
#: ...over at most this many blocks (a heading, a salutation and two or three paragraphs).
BODY_MAX_BLOCKS: Final = 5
#: ...if it is longer than this: a headline and a standfirst between a cookie banner and a
#: breadcrumb are read too; a button's label of a few words is not (its words are few).
GAP_READ_MIN_CHARS: Final = 40
#: A removal names at most this many of the model's features (the strongest first).
MAX_EXPLAINED_FEATURES: Final = 6
#: A block longer than this (paragraphs a scraper joined without line breaks) is read by
#: each rule in overlapping windows of this size: linear time, whatever the pattern, and
#: rules match phrases far shorter than half a window. (Real lines: 99% under 1,500.)
RULE_WINDOW_CHARS: Final = 2_000
#: A page that gives no article text although it shows this many characters of text
#: has lost them (to the parser's limits), and ``metadata["error"]`` says so.
LOST_TEXT_CHARS: Final = 200

# Site memory (sites.py, text/repeats.py): what repeats across a site's pages
#: A block is template only if seen on at least this many distinct pages of its site...
SITE_MIN_PAGES: Final = 3
#: ...and on at least this share of the pages learned for the site (a rotating campaign
#: of one appeal in twenty still counts; sites-dev: template recall 0.99 at 0.05).
SITE_MIN_SHARE: Final = 0.05
#: A repeated paragraph that reads as prose at an edge is template only when it is on
#: this share of the site's pages: a series' background paragraph is on a few (sites-dev).
SITE_PROSE_SHARE: Final = 0.7
#: A repeated paragraph that reads as prose, framed by template blocks on both sides, is
#: template on its repetition alone only when on at least this share of the site's pages;
#: below it a rule's anchor or the sure model must vouch for it: a long series pastes its
#: background pair into up to half the stories, beside the site's boxes (corpus-sites
#: northern-courier, 7 of 16 pages: 4 of 17 repeated article lines lost at 0.4, none at
#: 0.5; the spent sets' template recall is the same at 0.5, lower at 0.6).
SITE_MOST_SHARE: Final = 0.5
#: A lone short line in the middle of the text ("Tangazo", an ad marker in a language no
#: rule knows) is template only when it is on this share of the site's pages.
SITE_INSERT_SHARE: Final = 0.4
#: A page's head: its first blocks, where menus and breadcrumbs sit. A block a few pages
#: show counts as the site's head only if it sat there on those pages: a headline that
#: other pages list as a related story is in their lists, not in their heads. The head is
#: at least this many blocks...
SITE_HEAD_BLOCKS: Final = 6
#: ...or this share of the page's blocks, when more: a long page's header (a cookie
#: banner, menus, a breadcrumb, a series kicker) pushes its headline to the ninth or tenth
#: line, while its related lists sit in its last two thirds.
SITE_HEAD_SHARE: Final = 0.3
#: ...and no longer than this many words, without a closing full stop (a one-line
#: "subscribe to our newsletter" box; article sentences end in a full stop).
SITE_INSERT_WORDS: Final = 8
#: Net evidence a block carries when the site's memory calls it template: the template
#: test has decided, so it clears every placement's threshold, as a standalone widget does.
SITE_REPEAT_WEIGHT: Final = 5.5
#: Block fingerprints a site keeps (about 75 bytes each, with their page counts); when
#: full, the rarest half goes, so a block must recur within ~25 pages of 20 lines to
#: survive: more often than the SITE_MIN_SHARE a template needs anyway.
SITE_MAX_FINGERPRINTS: Final = 1024
#: Sites held at once (with the above, at most ~80 MB; benchmarks/site_memory.py); the
#: least recently used site is forgotten beyond this.
SITE_MAX_SITES: Final = 1000
