"""Score blocks: which rules fire where, and what the text itself says about being article."""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

import regex

from cleanbody.config import (
    BASE_COST,
    CHARS_PER_COST,
    DENSE_SCRIPT_FACTOR,
    MAX_COST,
    MAX_GAIN,
    MODEL_ALONE_WORDING,
    MODEL_ANCHOR_PROBABILITY,
    MODEL_CUE_PROBABILITY,
    MODEL_LABEL_PROBABILITY,
    MODEL_MAX_WEIGHT,
    MODEL_MIN_WORDING,
    MODEL_ROW_WORDING,
    MODEL_WEIGHT_PER_LOGIT,
    SITE_REPEAT_WEIGHT,
    Thresholds,
)
from cleanbody.model.features import amount_button
from cleanbody.model.lexicon import Judgement, Lexicon
from cleanbody.rules import MODEL_PREFIX, Rule, RuleIndex, model_rule
from cleanbody.rules.learned import (
    SITE_RULE_ID,
    arrow_rule,
    handle_rule,
    label_rule,
    site_rule,
    tip_rule,
)
from cleanbody.text.blocks import Block
from cleanbody.text.labels import voiced_anywhere
from cleanbody.text.repeats import SiteCounts, reads_as_prose, template_blocks

__all__ = ["UNPUNCTUATED_SCRIPT", "Evidence", "Hit", "Memo", "block_cost", "score_blocks"]


# Stdlib re: a plain character class scans several times faster than with regex.
_DENSE = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")

# Quotation marks that open and close quoted speech, per typographic tradition.
_QUOTE_PAIRS: Final = (
    ("“", "”"),
    ("„", "“"),
    ("„", "”"),
    ("„", '"'),  # a low opening mark closed by a straight one, as keyboards type it
    ("“", '"'),
    ("«", "»"),
    ("»", "«"),
    ("‘", "’"),
    ("‚", "‘"),
    ("‹", "›"),
    ("「", "」"),
    ("『", "』"),
)
_LEADING_NON_WORD = regex.compile(r"\W*")
# The mark that closes a quotation, by the mark that opens it (straight and Nordic
# marks close themselves).
_CLOSERS: Final = {
    opener: tuple(closer for start, closer in _QUOTE_PAIRS if start == opener)
    for opener, _ in _QUOTE_PAIRS
} | {'"': ('"',), "”": ("”",)}
# A line of dialogue or of an interview's answer opens with a dash ("— Yes. ...").
_DIALOGUE = regex.compile(r"^\s*[—–―]\s")
_ANSWER = regex.compile(r"^\s*(?:A|答|답)\s*[.:：]\s*\S")
#: A quotation over several paragraphs closes within this many blocks of its opening.
QUOTED_PARAGRAPHS: Final = 6
# What may follow the mark that closes a quotation at a paragraph's end.
_AFTER_CLOSER: Final = ".,;:)"
#: A quotation opening a match has at least this many words ...
QUOTED_WORDS: Final = 2
#: ... and one in straight single marks, which also set off names, this many.
SINGLE_QUOTED_WORDS: Final = 4
# A straight single mark closes a quotation where no letter of a word with apostrophes
# follows it ("don't", "l'appel"); a particle in Korean or Japanese may ("'...'라는").
_SINGLE_CLOSER = regex.compile(r"(?<=\S)'(?!(?![\p{Hangul}\p{Han}\p{Hiragana}\p{Katakana}])\p{L})")
# ... and opens one where a letter follows it and none comes before.
_SINGLE_OPENER = regex.compile(r"(?<![\p{L}\p{N}])'(?=\p{L})")
_SENTENCE_BREAK = regex.compile(r"[.!?…]\s")


@dataclass(frozen=True, slots=True)
class Hit:
    """A rule that fired in a block, with the matched span (block-relative).

    Model evidence is a hit too: its rule is ``MODEL-<category>``, its span the whole
    block, its weight the model's confidence and its features the explanation. So is a
    site's memory: rule ``SITE-REPEAT``, feature ``pages:N`` (the pages it was seen on).
    """

    rule: Rule
    start: int
    end: int
    publisher: str | None
    weight: float = 0.0
    features: tuple[str, ...] = ()

    @property
    def evidence(self) -> float:
        """What this hit adds to its block (a rule's weight, or the model's)."""
        return self.weight or self.rule.weight


@dataclass(slots=True)
class Evidence:
    """What is known about one block.

    Attributes:
        block: The block itself, with its span.
        hits: The rules that fired on it, outside quotation marks.
        gain: Summed weight of the anchors and cues that fired (capped at ``MAX_GAIN``
            in :attr:`score`, so repeating a phrase buys nothing).
        counter: Summed (negative) weight of the counter rules that fired: signs of
            article text such as reported speech.
        cost: What the block pays for its length (see :func:`block_cost`): plain text
            that no rule explains is article.
        wording: What the block's words alone add to the learned lexicon's verdict
            (log-odds; its shape left out).
        unique: A paragraph of prose that the site's memory has not seen on other pages:
            the page's own article, which no region may bridge.
        unseen: A block the site's memory has not seen on other pages (prose or not).
        attached: A block the site's memory has seen right below the block above it
            here, on other pages too (a box's body under its title, a button under it).
        leaning: The lexicon's judgement of a block whose words alone lean to a widget's
            (a wording of ``MODEL_ALONE_WORDING`` or more) although the whole block is
            not judged one; a line the page's trailer may take asks the lexicon for its
            category then (:func:`cleanbody.text.regions.find_regions`).
    """

    block: Block
    hits: list[Hit] = field(default_factory=list)
    gain: float = 0.0
    counter: float = 0.0
    cost: float = 0.0
    wording: float = 0.0
    unique: bool = False
    unseen: bool = False
    attached: bool = False
    leaning: Judgement | None = None

    @property
    def score(self) -> float:
        """Net evidence that the block is boilerplate (negative: article)."""
        if self.is_standalone:
            # A language's own insert pattern reads its line whole; a language-neutral
            # one ("Listen to ... on Spotify") yields to the language's signs of reported
            # speech or advice ("..., the victim's daughter suggested").
            if self.counter < 0 and self._neutral_standalone:
                return self.gain + self.counter
            return self.gain
        return min(self.gain, MAX_GAIN) + self.counter - self.cost

    @property
    def guessed(self) -> bool:
        """Whether only a guess of the learned lexicon (a cue, not an anchor) fired here."""
        return bool(self.hits) and not self.ruled and not self.has_anchor

    @property
    def ruled(self) -> bool:
        """Whether a rule (not only the learned lexicon) fired here."""
        return any(not hit.rule.id.startswith(MODEL_PREFIX) for hit in self.hits)

    @property
    def templated(self) -> bool:
        """Whether the site's memory found this block in its template (``SITE-REPEAT``)."""
        return any(hit.rule.id == SITE_RULE_ID for hit in self.hits)

    @property
    def opens(self) -> bool:
        """Whether a rule says a widget opens on this line (nothing above is the widget's)."""
        return any(hit.rule.opens for hit in self.hits)

    @property
    def has_anchor(self) -> bool:
        """Whether a high-precision rule fired here."""
        return any(hit.rule.kind == "anchor" for hit in self.hits)

    @property
    def rule_anchored(self) -> bool:
        """Whether an anchor rule (not the lexicon's sure guess) fired here."""
        return any(
            hit.rule.kind == "anchor" and not hit.rule.id.startswith(MODEL_PREFIX)
            for hit in self.hits
        )

    @property
    def _neutral_standalone(self) -> bool:
        standalone = [hit.rule for hit in self.hits if hit.rule.standalone]
        return all(rule.languages == ("*",) for rule in standalone)

    @property
    def is_standalone(self) -> bool:
        """Whether this block is a standalone one-block widget ("Read more: ...")."""
        # Insert patterns match whole lines, so a quote inside one ("Read more: 'No,' she
        # says") is the linked headline's, not the article's.
        return any(hit.rule.standalone for hit in self.hits)

    def category_weights(self) -> dict[str, float]:
        """Summed weight of the fired rules per category."""
        weights: dict[str, float] = {}
        for hit in self.hits:
            if hit.rule.kind != "counter":
                weights[hit.rule.category] = weights.get(hit.rule.category, 0.0) + hit.evidence
        return weights


#: A rule's match in a block: its span and the publisher it names (``None``: no match,
#: or one inside quotation marks that does not count).
_Found = tuple[int, int, str | None] | None


@dataclass(slots=True)
class Memo:
    """What reading one document's blocks found, kept for its next round.

    The engine decides again on what is left after a round removed something: the
    blocks left are the same texts, so what the rules and the lexicon found in them is
    looked up instead of found again.

    Attributes:
        searches: Each rule's match in each block text, by (rule id, text).
        lexicon: What each lowercased block text says to the learned lexicon.
        languages: The languages the gate let read the last round's blocks.
    """

    searches: dict[tuple[str, str], _Found] = field(default_factory=dict)
    lexicon: dict[str, Any] = field(default_factory=dict)
    languages: frozenset[str] | None = None


def block_cost(text: str, factor: float) -> float:
    """Return what a block of plain text costs a region that wants to include it."""
    dense = len(_DENSE.findall(text)) if not text.isascii() else 0
    size = len(text) + dense * (DENSE_SCRIPT_FACTOR - 1.0)
    return min(BASE_COST + size / CHARS_PER_COST, MAX_COST) * factor


def _inside_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] sits inside a quotation (reported speech, not a widget).

    A match that begins a quotation of a few words, closed before the line goes on,
    is quoted too ('"Follow us on Instagram, then come and see it." We end every post
    with it.'), and so is one in a later sentence of a line of dialogue opened by a dash
    ("— It needn't be much. Support us on the fund's site ...").
    """
    if _opens_quotation(text, start, end) or _in_dialogue(text, start) or _wholly_quoted(text):
        return True
    # A match may take the closing mark with it ('... acesso ilimitado."'): its words end
    # before the punctuation that follows them.
    while end > start and not text[end - 1].isalnum():
        end -= 1
    for opener, closer in _QUOTE_PAIRS:
        opened = text.rfind(opener, 0, start)
        if opened >= 0 and text.find(closer, opened + 1, start) < 0 and closer in text[end:]:
            return True
    if _in_single_quotes(text, start, end):
        return True
    # Straight quotes, and the Nordic ”…” (one mark both sides), pair by counting.
    for mark in ('"', "”"):
        if mark == "”" and "“" in text:
            continue  # an English closing mark
        if text.count(mark, 0, start) % 2 == 1 and mark in text[end:]:
            return True
    return False


def _wholly_quoted(text: str) -> bool:
    """Whether a line is one quotation and nothing else ('"Accept all"', «Abonner»).

    A widget prints its buttons bare; a story quotes them (a report on a cookie banner
    listing its buttons a line each).
    """
    stripped = text.strip().rstrip(".,;:")
    if len(stripped) < 3:
        return False
    closers = _CLOSERS.get(stripped[0], ())
    inner = stripped[1:-1]
    return stripped[-1] in closers and not any(
        stripped[0] in inner or closer in inner for closer in closers
    )


def _opens_quotation(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] opens with a quotation of a few words that closes in it."""
    if start == 0:
        return False
    mark = text[start - 1]
    if mark == "'":
        # A straight single mark quotes too ('Sign up for my newsletter' is the new ...);
        # it closes where no letter follows it (not the apostrophe of "don't").
        if start > 1 and text[start - 2].isalnum():
            return False  # an apostrophe ("l'appel"), not a quotation mark
        closer = _SINGLE_CLOSER.search(text, start, end)
        found = [closer.start()] if closer else []
        # Single marks also name things ('Village Dawn' needs you): four words make a saying.
        words = SINGLE_QUOTED_WORDS
    else:
        found = [text.find(closer, start, end) for closer in _CLOSERS.get(mark, ())]
        words = QUOTED_WORDS
    closed = min((place for place in found if place > 0), default=-1)
    return (
        closed > 0 and len(text[start:closed].split()) >= words and bool(text[closed + 1 :].strip())
    )


def _in_single_quotes(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies in a saying in straight single marks, closed after it.

    ("... a yellow box: 'This article is for subscribers. Subscribe for 1 euro.' Those
    who click ..."); as in :func:`_opens_quotation`, a saying has a few words.
    """
    if text.find("'", 0, start) < 0:
        return False
    opened = None
    for opened in _SINGLE_OPENER.finditer(text, 0, start + 1):  # noqa: B007 (the last)
        pass
    if opened is None or _SINGLE_CLOSER.search(text, opened.end(), start):
        return False
    closer = _SINGLE_CLOSER.search(text, end)
    return (
        closer is not None
        and len(text[opened.end() : closer.start()].split()) >= SINGLE_QUOTED_WORDS
    )


def spoken(text: str) -> bool:
    """Whether a line is a line of dialogue or an interview's answer ("— And now?", "A: ...")."""
    return _DIALOGUE.match(text) is not None or _ANSWER.match(text) is not None


def _in_dialogue(text: str, start: int) -> bool:
    """Whether ``start`` lies in an interview's answer or in dialogue.

    An answer opens with its mark ("A. Donations up to ... are deductible", "答：");
    a line of dialogue with a dash, and its later sentences are the speaker's.
    """
    if _ANSWER.match(text):
        return True
    opened = _DIALOGUE.match(text)
    return opened is not None and _SENTENCE_BREAK.search(text, opened.end(), start) is not None


def _search(rule: Rule, text: str, lowered: str) -> _Found:
    match = rule.search(text, lowered)
    if match is None:
        return None
    # A whole-line pattern may swallow an opening quote mark: judge from its first word.
    core = _LEADING_NON_WORD.match(text, match.start(), match.end())
    core_start = core.end() if core else match.start()
    if rule.kind != "counter" and _inside_quotes(text, core_start, match.end()):
        return None
    return match.start(), match.end(), match.groupdict().get("publisher")


def _add_hits(
    found: Evidence, rules: list[Rule], lowered: str, searches: dict[tuple[str, str], _Found]
) -> None:
    """Add the rules that fire in a block (``searches``: what earlier rounds found)."""
    text = found.block.text
    for rule in rules:
        key = (rule.id, text)
        if key in searches:
            hit = searches[key]
        else:
            hit = searches[key] = _search(rule, text, lowered)
        if hit is None:
            continue
        found.hits.append(Hit(rule, *hit))
        if rule.kind == "counter":
            found.counter += rule.weight
        else:
            found.gain += rule.weight


#: A label before a colon is at most this long ("Partner content", "Materiał sponsorowany")...
LABEL_MAX_CHARS: Final = 30
#: ... and the line it labels, a headline and perhaps its teaser, at most this long.
LABELLED_MAX_CHARS: Final = 250
# A label and a colon before what it labels ("Sponsored: Solar panels that pay ...").
# No item of a list ("- Advertising: brands still look at views."), and no sentence.
_LABELLED = regex.compile(
    rf"^([^\W\d][^:：]{{0,{LABEL_MAX_CHARS - 1}}}?)\s*+[:：]\s*+(\S).*+(?<![.。])$",
    regex.DOTALL,
)


def _add_label_hits(
    evidence: list[Evidence], index: RuleIndex, languages: frozenset[str] | None
) -> list[int]:
    """Give a line led by an advertisement's label the label's rule ("Sponsored: ...").

    A sponsored insert is a headline under its label, on one line once scraped
    ("Materiał sponsorowany: Fotowoltaika ..."). The rules know the label alone on its
    line; a line that opens with the whole label and a colon is the insert they mark.
    Returns the blocks that got a hit.
    """
    matches = [
        None
        if found.hits or len(found.block.text) > LABELLED_MAX_CHARS
        else _LABELLED.match(found.block.text)
        for found in evidence
    ]
    labelled: list[tuple[int, str]] = []
    for number, match in enumerate(matches):
        if match is None or not _headline_after(match):
            continue
        # Lines of a list of labels ("Advertising: ..." / "Subscriptions: ..."), or under
        # a line that leads into one, are a report's items.
        above = evidence[number - 1].block.text.rstrip() if number else ""
        if above.endswith((":", "：")) or any(
            0 <= near < len(matches) and _LABELLED.match(evidence[near].block.text)
            for near in (number - 1, number + 1)
        ):
            continue
        labelled.append((number, match.group(1).strip()))
    if not labelled:
        return []
    lowered = [_single_spaced(label.lower()) for _, label in labelled]
    candidates = index.candidates(lowered, ("anchor",), None, languages)
    hit = []
    for at, rules in candidates.items():
        number, label = labelled[at]
        found = evidence[number]
        for rule in rules:
            match = rule.search(label, lowered[at]) if rule.category == "ad" else None
            if match is not None and match.start() == 0 and match.end() == len(label):
                found.hits.append(Hit(rule, 0, len(found.block.text), None))
                found.gain += rule.weight
                hit.append(number)
                break
    return hit


def _headline_after(match: regex.Match[str]) -> bool:
    """Whether what follows a label opens as a headline: a capital, or a script without case."""
    first = match.group(2)
    return first.isalpha() and not first.islower()


def _whole_list_line(found: Evidence) -> bool:
    """Whether a navigation rule or a link list's shape reads the whole block.

    A tag line, a trail, or a headline under "Related". The signs of an article's
    sentence (a named cause to give to, a claim reported) say
    nothing of a list of labels or of links: "Tags: hospice, volunteers, Red Cross" under
    a story on a collection is the page's, and so is the headline "Police warn of fake
    flood-relief accounts" in its related list, whatever their words.
    """
    text = found.block.text
    return any(
        hit.rule.kind == "anchor"
        and (hit.rule.category == "navigation" or hit.rule.id.startswith("TXT-LIST"))
        and not text[: hit.start].strip()
        and not text[hit.end :].strip()
        for hit in found.hits
    )


def languages_of(blocks: Sequence[Block], index: RuleIndex) -> frozenset[str] | None:
    """The languages the gate lets read these blocks, as :func:`score_blocks` asks it."""
    return index.languages([_lowered(block.text) for block in blocks])


def _lowered(text: str) -> str:
    """Lowercase text with single spaces, so that multi-word triggers meet it."""
    return _single_spaced(text.lower())


def _single_spaced(lowered: str) -> str:
    """Lowercased text with single spaces.

    The patterns accept any run of white space; only the triggers need it normal.
    """
    # Plain `in` tests: several times faster than one regex or a generator here.
    if (
        "  " in lowered
        or "\t" in lowered
        or "\xa0" in lowered
        or "\u2009" in lowered
        or "\u202f" in lowered
        or "\u3000" in lowered
    ):
        return " ".join(lowered.split())
    return lowered


#: A line that ends as a link: an arrow at its end, the line's only one. In an article an
#: arrow stands between two things ("Settings → Account → Delete", "Saka → Martinelli",
#: "6,000 won → 6,700 won"). A spaced "›" ends a button too ("Donate ›"); with words
#: after it, it parts a trail's steps ("Sport › Water polo").
_ARROW_END = regex.compile(r"(?:[→➔➜⟶]|\s›)\s*+$")
_ARROWS = regex.compile(r"[→➔➜⟶›]")
_ARROW_CHARS: Final = "→➔➜⟶›"
#: Such a line is at most this long: a one-line banner.
ARROW_MAX_CHARS: Final = 200


def ends_as_link(text: str) -> bool:
    """Whether a line ends as a link ("Help us fund the next one →", "לתרומה ›").

    >>> ends_as_link("Ja, jeg vil bli fast giver →"), ends_as_link("Go to Settings → Hide")
    (True, False)
    >>> ends_as_link("Go to Settings → Account."), ends_as_link("Standard: 5,500 won → 7,000")
    (False, False)
    """
    if len(text) > ARROW_MAX_CHARS:
        return False
    # Most blocks the lexicon reads ask this: their last character first, then the regex.
    last = text.rstrip()[-1:]
    return (
        bool(last)
        and last in _ARROW_CHARS
        and _ARROW_END.search(text) is not None
        and len(_ARROWS.findall(text)) == 1  # "Account → Newsletters → Manage →": a path
    )


#: A widget's label is at most this long, or a row of items at most ``ROW_MAX_CHARS`` ...
WIDGET_LABEL_CHARS: Final = 60
ROW_MAX_CHARS: Final = 120
# ... a row's items set apart by a bar, a middle dot, a bullet or an ideographic space ...
_ROW_MARK = regex.compile(r"\s[|·•]\s|\u3000")
# ... and neither ends a sentence or a clause, nor opens a quotation.
_LABEL_END = regex.compile(r"[.!?;…。！？；।۔][\"'”’»」』)）]*\s*$")
# A name of up to three capitalised words, perhaps joined by a short word or a sign.
_NAME_SHAPE = regex.compile(
    r"^\p{Lu}[\p{L}\p{M}'’-]*(?:\s+(?:(?:\p{Ll}{1,3}|[&·+])\s+)?\p{Lu}[\p{L}\p{M}'’-]*){0,2}$"
)
#: A letter of a script whose sentences end with no mark and whose words no space parts
#: (Thai, Lao, Khmer, Burmese).
UNPUNCTUATED_SCRIPT = regex.compile(r"[\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# A list's item opens with a bullet or a number ("- ", "• ", "3. ").
_LIST_MARK = regex.compile(r"^(?:[-–—•·*▪►▸◦]|\d{1,2}[.)])\s")
_CONTACT = regex.compile(r"\w@\w")


#: A headline's subject, a colon and a clause of at least this many words after it.
HEADLINE_CLAUSE_WORDS: Final = 5


def _headline_clause(text: str) -> bool:
    """Whether a colon parts a line into a subject and a clause of several words."""
    for mark in (":", "："):
        _, colon, clause = text.partition(mark)
        if colon and len(clause.split()) >= HEADLINE_CLAUSE_WORDS:
            return True
    return False


def widget_label(text: str) -> bool:
    """Whether a line has a widget's label's shape: short, or a row of items; no sentence.

    >>> widget_label("Share · Copy link · Send by e-mail"), widget_label("Continua sotto")
    (True, True)
    >>> widget_label("Prices rose 4% · wages 2%."), widget_label('"Subscribe to read on"')
    (False, False)
    >>> widget_label("- Manage your downloads"), widget_label("Email: ana@example.org")
    (False, False)
    >>> widget_label("Política e Economia"), widget_label("ผมสนับสนุนนโยบายนี้")
    (False, False)
    >>> widget_label("Fake channels on Telegram: how to tell them from your bank's")
    False
    """
    text = text.strip()
    if len(text) > ROW_MAX_CHARS or not text or text[0] in _CLOSERS:
        return False
    if _LIST_MARK.match(text) or ("@" in text and _CONTACT.search(text)):
        return False  # a list's item is its list's; an address is somebody's contact
    if _NAME_SHAPE.match(text):
        return False  # a name ("Política e Economia"): a section's, a subheading's or a box's
    if _headline_clause(text) and not _ROW_MARK.search(text):
        return False  # a headline's subject and its clause ("Fake bank channels: how to ...")
    if (
        len(text) > WIDGET_LABEL_CHARS or UNPUNCTUATED_SCRIPT.search(text)
    ) and not _ROW_MARK.search(text):
        return False  # (a Thai sentence ends with no mark: only a row is told by its shape)
    return _LABEL_END.search(text) is None


#: A plug that ends at a handle is at most this long ...
HANDLE_LINE_CHARS: Final = 250
#: ... and has at least this many words before the handle ("Instagram: @cityhall" in a
#: story's fact box has one).
HANDLE_LINE_WORDS: Final = 3
_HANDLE_END = regex.compile(
    r"(?:(?<![\w@])@[\w.]{3,60}\w"
    r"|(?<![\w.-])(?:www\.)?(?:t\.me|wa\.me|whatsapp\.com/channel|instagram\.com|youtube\.com"
    r"|tiktok\.com|x\.com|facebook\.com)/[\w./@-]{0,80})\W{0,3}$"
)
# A link to one post is a report's source, not a channel ("x.com/name/status/123").
_POST_LINK = regex.compile(r"/(?:status|p|reel|posts?|videos?|watch)\b")
#: Not in a publisher's or a reader's voice, a plug is a few words over a colon ("News
#: from the coast, on Telegram: t.me/..."); a longer line is a report on somebody's post.
HANDLE_UNVOICED_WORDS: Final = 8
_WORD_CHARS = regex.compile(r"\w+")


def _label_wording(text: str) -> float:
    """How much a label's words must add: less for a row of items, whose shape tells."""
    return MODEL_ROW_WORDING if _ROW_MARK.search(text) else MODEL_ALONE_WORDING


def ends_at_handle(text: str) -> bool:
    """Whether a line of a few words ends at a handle or a channel's link.

    >>> ends_at_handle("📷 Follow us on Instagram: @valleyledger")
    True
    >>> ends_at_handle("Join our channel for live scores: t.me/valleysport")
    True
    >>> ends_at_handle("Instagram: @cityhall"), ends_at_handle("Write to info@paper.example")
    (False, False)
    >>> ends_at_handle("The singer thanked fans in a post on Instagram @singer")
    False
    >>> ends_at_handle("Our reporters on the ground post updates at netflix.com/title/8")
    False
    """
    if len(text) > HANDLE_LINE_CHARS or not text:
        return False
    end = _HANDLE_END.search(text)
    if end is None or _POST_LINK.search(end.group()):
        return False
    words = len(_WORD_CHARS.findall(text, 0, end.start()))
    if words < HANDLE_LINE_WORDS:
        return False
    before = text[: end.start()]  # (the link's own letters say nothing: "t.me")
    return voiced_anywhere(before) or (
        words <= HANDLE_UNVOICED_WORDS and before.rstrip().endswith((":", "："))
    )


#: A tip line is at most this long ...
TIP_MAX_CHARS: Final = 300
# ... and opens with a short question to the reader (Greek asks with ";"), outside
# quotation marks, then gives an address: an e-mail address, a phone number, a
# messenger link or a handle.
_ASKS = regex.compile(r"^[^?？؟;\u037e\n\"“”„«»]{6,120}[?？؟\u037e]\s+\S")
# Greek asks with ";" too, which other scripts use between clauses ("Jones; Ormrod").
_GREEK_ASKS = regex.compile(r"^[^?？؟;\u037e\n\"“”„«»]{6,120};\s+\S")
_GREEK = regex.compile(r"\p{Greek}")
# (Each part starts where a run of its characters starts, and reads a bounded stretch:
# linear on any text.)
_TIP_ADDRESS = regex.compile(
    r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+"
    r"|(?<![\d+])\+?\d[\d\s().-]{7,24}\d|(?:t\.me|wa\.me|signal\.me)/\S"
    r"|(?<![\w@])@\w{3,}\W{0,3}$"  # a handle ends the call; inside, it is an answer's
)


def asks_then_addresses(text: str) -> bool:
    """Whether a line asks the reader a short question, then says where to write or call.

    >>> asks_then_addresses("Got a tip? Email news@paper.example or call 0800 123 4567.")
    True
    >>> asks_then_addresses("Έχετε μια είδηση; Στείλτε τη στο 6944 123 456")
    True
    >>> asks_then_addresses("Police asked anyone with information to call 0800 555 111.")
    False
    >>> asks_then_addresses('She posted: "Can you help? Call 0800 123 4567."')
    False
    >>> asks_then_addresses("- ^ M. Jones; J. Ormrod (2015), Time Travel, ISBN 9780786478071")
    False
    >>> asks_then_addresses("How do fans reach you? They message me on X, @ana, every day.")
    False
    """
    if len(text) > TIP_MAX_CHARS:
        return False
    asked = _ASKS.match(text)
    if asked is None and _GREEK.search(text):
        asked = _GREEK_ASKS.match(text)
    return asked is not None and _TIP_ADDRESS.search(text, asked.end() - 1) is not None


def _judged(text: str) -> bool:
    """Whether the lexicon judges a line whatever its words add: by its shape."""
    return amount_button(text) or ends_as_link(text)


def _add_model_hits(
    evidence: list[Evidence], lexicon: Lexicon, lowered: Sequence[str], memo: Memo
) -> list[int]:
    """Add the learned lexicon's evidence; return the blocks it is sure of (seeds).

    A line the lexicon judges a widget's whose shape is a widget's too gets an anchor:
    it ends as a link (``TXT-ARROW-<category>``), asks and gives an address
    (``TXT-TIP-social``), ends at a handle (``TXT-HANDLE-<category>``), or is a label or
    a row of buttons the lexicon is sure of (``TXT-LABEL-<category>``).
    """
    wordings: list[float] = []
    # A widget's line needs words that lean boilerplate, or an amount button's shape.
    findings = lexicon.findings(
        [found.block.text for found in evidence],
        MODEL_CUE_PROBABILITY,
        MODEL_MIN_WORDING,
        lowered,
        memo.lexicon,
        unless=_judged,
        wordings=wordings,
        lean=MODEL_ALONE_WORDING,
    )
    for found, wording in zip(evidence, wordings, strict=True):
        found.wording = wording
    sure = []
    for number, judgement in findings.items():
        if judgement.probability < MODEL_CUE_PROBABILITY:
            evidence[number].leaning = judgement  # words that lean, not a widget's line
            continue
        assert judgement.category is not None  # findings above the threshold are judged
        probability = min(judgement.probability, 1.0 - 1e-9)
        weight = min(
            MODEL_WEIGHT_PER_LOGIT * math.log(probability / (1.0 - probability)), MODEL_MAX_WEIGHT
        )
        anchor = probability >= MODEL_ANCHOR_PROBABILITY
        found = evidence[number]
        rule = model_rule(judgement.category, "anchor" if anchor else "cue")
        found.hits.append(
            Hit(rule, 0, len(found.block.text), None, max(weight, 0.01), judgement.features)
        )
        found.gain += max(weight, 0.01)
        shaped = (
            arrow_rule(judgement.category)
            if ends_as_link(found.block.text)
            else tip_rule()
            if asks_then_addresses(found.block.text)
            else handle_rule(judgement.category)
            if ends_at_handle(found.block.text)
            else label_rule(judgement.category)
            # (a section's name mid-story is a subheading: kickers have rules of their own)
            if judgement.category != "navigation"
            and probability >= MODEL_LABEL_PROBABILITY
            and judgement.wording >= _label_wording(found.block.text)
            and widget_label(found.block.text)
            else None
        )
        if shaped is not None:
            found.hits.append(Hit(shaped, 0, len(found.block.text), None))
            found.gain += shaped.weight
            anchor = True
        if anchor:
            sure.append(number)
    return sure


def _add_structure_hits(evidence: list[Evidence], structure: Mapping[int, list[Hit]]) -> list[int]:
    """Add markdown structure's evidence (by block number); return where it anchors."""
    anchored: list[int] = []
    if not structure:
        return anchored
    for number, found in enumerate(evidence):
        for hit in structure.get(found.block.number, ()):
            found.hits.append(hit)
            if hit.rule.kind == "counter":
                found.counter += hit.evidence
                continue
            found.gain += hit.evidence
            if hit.rule.kind == "anchor":
                anchored.append(number)
    return anchored


def _add_site_hits(evidence: list[Evidence], site: SiteCounts, factor: float) -> list[int]:
    """Add a site's memory's evidence where its template sits; return those blocks (seeds).

    The hit pays for the block's length, so each template block nets ``SITE_REPEAT_WEIGHT``.
    """
    seen = site.seen
    # A rule's anchor, or the model when it is sure, vouches for a block; a weak guess of
    # the model ("How we got here" as a cookie button) does not.
    chosen = template_blocks(
        [found.block.text for found in evidence],
        site,
        [
            any(hit.rule.kind == "anchor" for hit in found.hits if hit.evidence > 0)
            for found in evidence
        ],
    )
    for number, found in enumerate(evidence):
        found.unseen = not seen[number] and not site.labelled[number]
        found.unique = found.unseen and reads_as_prose(found.block.text)
        found.attached = bool(site.joined[number])
    rule = site_rule()
    for number in chosen:
        found = evidence[number]
        weight = SITE_REPEAT_WEIGHT + block_cost(found.block.text, factor)
        text = found.block.text
        pages = seen[number] or site.labelled[number]
        found.hits.append(Hit(rule, 0, len(text), None, weight, (f"pages:{pages}",)))
        found.gain += weight
    return chosen


def _add_learned_hits(
    evidence: list[Evidence],
    seeds: list[int],
    lexicon: tuple[Lexicon, Sequence[str], Memo] | None,
    site: SiteCounts | None,
    factor: float,
) -> list[int]:
    """Add the model's evidence, then the site's memory's; return the seeds with theirs.

    ``lexicon``: the model, the blocks lowercased, and what earlier rounds read.
    """
    found = set(seeds)
    if lexicon is not None:
        found.update(_add_model_hits(evidence, *lexicon))
    if site is not None:
        found.update(_add_site_hits(evidence, site, factor))
    return sorted(found)


def score_blocks(
    blocks: list[Block],
    index: RuleIndex,
    thresholds: Thresholds,
    reach: int,
    *,
    lexicon: Lexicon | None = None,
    structure: Mapping[int, list[Hit]] | None = None,
    site: SiteCounts | None = None,
    memo: Memo | None = None,
    read_again: Callable[[list[Evidence]], Mapping[int, list[Hit]]] | None = None,
) -> list[Evidence]:
    """Return evidence for every block, running each rule only where it can matter.

    Anchors run on every block holding one of their triggers. Cues only matter in a
    region, so they run on blocks within ``reach`` of an anchor, spreading from each cue
    that fires (or everywhere, when a mode needs no anchor). Counter-evidence only
    matters where something fired and in the gaps next to it. ``lexicon``: the learned
    model, whose evidence joins the rules' on every block (its sure blocks seed cues).
    ``structure``: evidence from markdown structure by block number
    (:mod:`cleanbody.text.markdown`); its anchors seed cues like the rules'.
    ``site``: what the site's memory says of each block (:mod:`cleanbody.text.repeats`);
    template blocks seed cues too. ``memo``: what earlier rounds on the same document
    found (see :class:`Memo`). ``read_again``: more structure's evidence, read from what
    the rules and the lexicon found (a link list under a heading they read as one's).
    """
    memo = Memo() if memo is None else memo
    searches = memo.searches
    evidence = [Evidence(block) for block in blocks]
    # Lowercased once: the lexicon reads it as it is, the triggers with single spaces.
    plain = [block.text.lower() for block in blocks]
    lowered = [_single_spaced(text) for text in plain]
    last = len(blocks) - 1

    def near(seeds: Iterable[int]) -> list[int]:
        # Sorted seeds' windows merged as they come: no set of every block in a long text.
        window: list[int] = []
        for seed in sorted(seeds):
            low = max(seed - reach, 0, window[-1] + 1 if window else 0)
            window.extend(range(low, min(seed + reach, last) + 1))
        return window

    anchors, languages = index.anchors(lowered)
    memo.languages = languages
    for number, rules in anchors.items():
        _add_hits(evidence[number], rules, lowered[number], searches)
    seeds = [number for number in anchors if evidence[number].hits]
    del anchors  # each block's rules: not needed again, and as many as the blocks
    seeds.extend(_add_label_hits(evidence, index, languages))
    seeds.extend(_add_structure_hits(evidence, structure or {}))
    seeds = _add_learned_hits(
        evidence,
        seeds,
        (lexicon, plain, memo) if lexicon is not None else None,
        site,
        thresholds.length_cost,
    )
    seeds.extend(_add_structure_hits(evidence, read_again(evidence) if read_again else {}))
    if not thresholds.need_anchor:
        cues = index.candidates(lowered, ("cue",), None, languages)
        for number, rules in cues.items():
            _add_hits(evidence[number], rules, lowered[number], searches)
        del cues
    else:
        read = bytearray(len(blocks))  # a flag per block: a set of ints costs ~50x more
        while seeds:
            window = [number for number in near(seeds) if not read[number]]
            for number in window:
                read[number] = 1
            cues = index.candidates(lowered, ("cue",), window, languages)
            seeds = []
            for number, rules in cues.items():
                _add_hits(evidence[number], rules, lowered[number], searches)
                if evidence[number].gain > 0:
                    seeds.append(number)  # a cue that fired lets the region reach further
            del cues, window
    # One-line inserts are judged alone and never bridged: nothing near them needs it.
    positive = [
        number
        for number, found in enumerate(evidence)
        if found.gain > 0 and (not found.is_standalone or found._neutral_standalone)
    ]
    if positive:
        counters = index.candidates(lowered, ("counter",), near(positive), languages)
        # A row of labels is no sentence: the signs of the article's say nothing of it.
        taken = [number for number in counters if not _whole_list_line(evidence[number])]
        for number in taken:
            _add_hits(evidence[number], counters[number], lowered[number], searches)
    _unread_quotations(evidence, blocks)
    for found in evidence:
        if found.hits and not found.is_standalone:
            found.cost = block_cost(found.block.text, thresholds.length_cost)
    return evidence


def _unread_quotations(evidence: list[Evidence], blocks: Sequence[Block]) -> None:
    """Take every rule's and guess's evidence off a quotation's paragraphs (signs stay)."""
    for number in quoted_paragraphs(blocks):
        found = evidence[number]
        found.hits = [hit for hit in found.hits if hit.rule.kind == "counter"]
        found.gain = 0.0


def quoted_paragraphs(blocks: Sequence[Block]) -> list[int]:
    r"""The blocks of quotations that run over several paragraphs, which no rule reads.

    A campaign's letter or a speech quoted at length opens with a mark on its first
    paragraph and closes on its last ('„Dear taxpayer! One signature ...' / 'Our tax
    number: ...' / '... Thank you for standing with us!”'); a paragraph between may open
    with the mark again. Its words are a widget's, but a story quotes them. A paragraph
    that opens a mark and closes none, with no paragraph within reach closing it, is no
    quotation of this kind.

    >>> from cleanbody.text.blocks import split_blocks
    >>> quoted_paragraphs(split_blocks('She wrote:\n«Give today.\nEvery euro counts.»\nIt worked.'))
    [1, 2]
    >>> quoted_paragraphs(split_blocks('«Give today», she wrote.\nDonate now'))
    []
    """
    quoted: list[int] = []
    number = 0
    while number < len(blocks):
        text = blocks[number].text.strip()
        closers = _CLOSERS.get(text[:1], ())
        if not closers or any(closer in text[1:] for closer in closers):
            number += 1
            continue
        for later in range(number + 1, min(number + QUOTED_PARAGRAPHS, len(blocks))):
            inner = blocks[later].text.strip()
            if inner.rstrip(_AFTER_CLOSER)[-1:] in closers:
                quoted.extend(range(number, later + 1))
                number = later
                break
            if any(closer in inner[1:] for closer in closers):
                break  # a mark closed inside a paragraph: not this quotation's end
        number += 1
    return quoted
