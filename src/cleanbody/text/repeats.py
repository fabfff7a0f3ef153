"""Site evidence: which of a page's repeated blocks sit where a site's template sits.

A site's memory (:class:`cleanbody.SiteMemory`) says how many of the site's pages each
block was seen on. Repetition alone is not enough: a newsroom pastes the same background
paragraph into every story of a series, and that paragraph is article. So a repeated
block is template only where templates sit:

1. in a run of repeated blocks that touches an edge of the page (a header, a trailer),
   or holds two blocks or more one of which is on a large share of the site's pages (a
   box in the middle), or a block some rule or the model already judged, or lies one
   short line away from such a run (in the page's head, only a block the site shows in
   its pages' heads: a page's own headline is listed lower down on other pages; and
   never a lone minority line right below the page's headline or standfirst);
2. and, if it reads as prose (a sentence of eight words or more), with a non-prose
   repeated block (a heading, a button, a copyright line) or the page's edge on *both*
   sides within its run (on one side is enough when a rule or the model found evidence
   on it), unless it is on most of the site's pages (at an edge); prose on fewer than
   half of the site's pages needs a rule's or the model's evidence of its own, however
   it is framed. A background paragraph has the article's own text on at least one
   side, or sits on a few stories of a series under a subheading of its own, or on up
   to half of them (a long series), where it may land between a box and the trailer.

Two kinds of one-line insert count too, wherever they sit: a line of at most eight words
without a full stop on a large share of the site's pages (an ad marker in a language no
rule knows), and a headline behind a label of two to four words that the site's pages
repeat ("Soma zaidi: ...", a read-more line whose headline changes on every page).

Four kinds of repeated line stay the page's own: in the page's head, a line the heads
of the site's pages never show (the page's headline, which other pages list lower down as
related or most read, on however many of them); a byline, whose slot ("By … 0") the
site fills with other names on as many pages again, however many stories its author
wrote, and which, without a date, sits below the page's headline, where a section's
breadcrumb never does; a subheading the newsroom reuses, right above the reporting it
heads; and the story's dateline below its headline ("24. 11. 2026 18:05"), whose shape
alone, numbers masked, every page shares (above the headline, a date is the site's).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Final, NamedTuple, Protocol

import regex

from cleanbody.config import (
    EDGE_SLACK_BLOCKS,
    EDGE_SLACK_CHARS,
    SHORT_BLOCK_CHARS,
    SITE_HEAD_BLOCKS,
    SITE_HEAD_SHARE,
    SITE_INSERT_SHARE,
    SITE_INSERT_WORDS,
    SITE_MIN_PAGES,
    SITE_MIN_SHARE,
    SITE_MOST_SHARE,
    SITE_PROSE_SHARE,
)

__all__ = [
    "SiteCounts",
    "SitePages",
    "head_size",
    "label_of",
    "pair_fingerprint",
    "reads_as_prose",
    "template_blocks",
    "template_threshold",
]

#: A sentence: this many words or more...
_PROSE_WORDS: Final = 8
#: ...or, in scripts written without spaces, this many characters.
_PROSE_DENSE_CHARS: Final = 40
_SENTENCE_END = regex.compile(r"[.!?…。！？][\"'”’»」』)）]*$")
_DENSE = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}]")
# "Read more: <headline>": a label of two to four words, a colon, a headline.
_LABELLED = regex.compile(r"^(?P<label>[^\W\d_]+(?:[ \t]+[^\W\d_]+){1,3})[ \t]*[:：][ \t]+\S")
# A line that introduces the block below it.
_LEADS_IN = regex.compile(r"[:：]\s*$")
#: A labelled headline is a line, not a paragraph.
_LABELLED_MAX_CHARS: Final = 200
#: ``SiteCounts.heads`` of a block below the page's head, where heads are not known.
_BELOW_HEAD: Final = -1


def head_size(blocks: int) -> int:
    """How many of a page's first blocks are its head (see ``SITE_HEAD_SHARE``).

    >>> head_size(20), head_size(45)
    (6, 14)
    """
    return max(SITE_HEAD_BLOCKS, math.ceil(SITE_HEAD_SHARE * blocks))


class SitePages(Protocol):
    """What a site's memory tells the text engine (see :class:`cleanbody.SiteMemory`)."""

    @property
    def pages(self) -> int:
        """Pages learned for the site."""
        ...

    def fingerprint(self, text: str) -> int:
        """A block's fingerprint (its text, numbers and dates aside)."""
        ...

    def label_fingerprint(self, label: str) -> int:
        """The fingerprint of a headline's label (see :func:`label_of`)."""
        ...

    def exact_fingerprint(self, text: str) -> int | None:
        """A block's fingerprint with its numbers kept; ``None`` when it has none."""
        ...

    def head_fingerprint(self, fingerprint: int) -> int:
        """The fingerprint of a block seen in a page's head (see :func:`head_size`)."""
        ...

    def shape_fingerprint(self, text: str) -> int:
        """A block's fingerprint with every word touching a number masked (its shape)."""
        ...

    def slot_fingerprints(self, text: str) -> tuple[int, ...]:
        """A short numbered line's slots (its first word and numbers, its shape), or none."""
        ...

    def count(self, fingerprint: int) -> int:
        """Distinct pages of the site a fingerprint was seen on; 0 below the site's threshold."""
        ...


_MASK: Final = (1 << 64) - 1
#: What a line of dates and numbers alone reads as, its numbers masked.
_DATE_SHAPE: Final = "0"
# A year or a clock time: what a dateline has and a counter ("134 comments") has not.
_YEAR_OR_TIME = regex.compile(r"\b(?:1[89]|20)\d\d\b|\b\d{1,2}[:.]\d\d\b")
_DIGIT = regex.compile(r"\d")


def pair_fingerprint(before: int, after: int) -> int:
    """The fingerprint of two blocks in a row (a heading right above its appeal body).

    >>> pair_fingerprint(1, 2) != pair_fingerprint(2, 1)
    True
    """
    return ((before * 0x9E3779B97F4A7C15) ^ (after + 0x632BE59BD9B4E019)) & _MASK


class SiteCounts(NamedTuple):
    """What a site's memory says about the blocks the engine is weighing.

    ``seen``, ``labelled``, ``joined``, ``exact`` and ``heads`` are per block: the pages
    of the site it was seen on, its label was seen on, it was seen on right below the
    block before it, it was seen on word for word, numbers included (a block without
    numbers counts as ``seen``), and it was seen on in the page's head (0: none, or
    below the threshold; -1: the block is below this page's head, where it is not asked).
    """

    seen: list[int]
    labelled: list[int]
    joined: list[int]
    pages: int
    fingerprints: list[int] = []  # noqa: RUF012  (a NamedTuple default, never mutated)
    site: SitePages | None = None
    exact: list[int] = []  # noqa: RUF012  (empty: as ``seen``)
    heads: list[int] = []  # noqa: RUF012  (empty: as ``seen``)

    @classmethod
    def of(cls, site: SitePages, texts: Sequence[str]) -> SiteCounts:
        """Ask ``site`` about every block."""
        prints = [site.fingerprint(text) for text in texts]
        labels = [label_of(text) for text in texts]
        seen = [site.count(value) for value in prints]
        exact_prints = [site.exact_fingerprint(text) for text in texts]
        head = head_size(len(texts))
        shapes = [site.shape_fingerprint(text) for text in texts[:head]]
        heads = [site.count(site.head_fingerprint(value)) for value in shapes]
        for index, value in enumerate(heads):
            if seen[index] and not value and not _sentence_above(texts, seen, index):
                # In the page's head, a block the heads of the site's pages never show is
                # the page's own headline, which its other pages list lower down (related);
                # its label ("Gempa bumi: ...") is part of it unless shown more widely. On
                # a short page, the trailer comes up into the head, below the page's text.
                label = labels[index]
                if label is None or site.count(site.label_fingerprint(label)) <= seen[index]:
                    labels[index] = None
                seen[index] = 0
                exact_prints[index] = None
        for index, label in enumerate(labels[:head]):
            if (
                label
                and not seen[index]
                and not any(not seen[above] and not labels[above] for above in range(index))
                and site.count(site.head_fingerprint(site.label_fingerprint(label)))
                < SITE_INSERT_SHARE * site.pages
            ):
                # The first line of the page's own, in its head, is its headline, labelled
                # or not ("Maternity ward: ...", a series' kicker that other pages' related
                # lists repeat); a ticker the heads of most of the site's pages show
                # ("Live: ...") is the site's.
                labels[index] = None
        own = _first_own(site, texts, seen, labels)
        for index, value in enumerate(shapes):
            if value != prints[index] and index < own:
                # A date line ("Tuesday, 3 March · 8°C") in the page's head is the site's
                # when the heads of its pages show a line of its shape: its words are dates.
                seen[index] = max(seen[index], heads[index])
        dated = site.fingerprint(_DATE_SHAPE)
        for index in range(own, len(texts)):
            exact = exact_prints[index]
            if exact is not None and (
                prints[index] == dated
                or (_YEAR_OR_TIME.search(texts[index]) and _dateline(site, texts[index], dated))
            ):
                # Below the page's own first line, a line of dates alone, or a label and a
                # date ("Published 6 April 2026, 08:00", "Thứ Sáu, 07/03/2025 - 08:30"),
                # is the story's dateline: its shape is on every page, its words on this.
                seen[index] = site.count(exact)
        for index, text in enumerate(texts):
            if seen[index] and _filled_by_page(site, text, seen[index]):
                seen[index] = 0  # a byline: the page's own, however many pages its author has
                exact_prints[index] = None
                if index < len(heads):
                    heads[index] = 0
        counts = cls(
            seen,
            [site.count(site.label_fingerprint(label)) if label else 0 for label in labels],
            [],
            site.pages,
            prints,
            site,
            [
                count if value is None else site.count(value)
                for count, value in zip(seen, exact_prints, strict=True)
            ],
            heads + [_BELOW_HEAD] * (len(texts) - len(heads)),
        )
        return counts.pick(range(len(texts)))

    def pick(self, numbers: Sequence[int]) -> SiteCounts:
        """The counts of the blocks ``numbers``, in a row (what is left in a later round)."""
        prints, site = self.fingerprints, self.site
        joined = [0] * len(numbers)
        if site is not None:
            for position in range(1, len(numbers)):
                before, after = prints[numbers[position - 1]], prints[numbers[position]]
                joined[position] = site.count(pair_fingerprint(before, after))
        return SiteCounts(
            [self.seen[n] for n in numbers],
            [self.labelled[n] for n in numbers],
            joined,
            self.pages,
            prints,
            self.site,
            [self.exact[n] for n in numbers] if self.exact else [],
            [self.heads[n] for n in numbers] if self.heads else [],
        )

    def wide(self, index: int) -> bool:
        """Whether the site shows the block on a large share of its pages (its template)."""
        return self.seen[index] >= SITE_INSERT_SHARE * self.pages

    def verbatim(self, index: int) -> bool:
        """Whether the block repeats word for word, numbers included."""
        return bool((self.exact or self.seen)[index])

    def in_heads(self, index: int) -> bool:
        """Whether the block repeats among the first blocks of the site's pages.

        Below the page's own head, where heads are not known: as if it did.
        """
        return bool((self.heads or self.seen)[index])


def _first_own(
    site: SitePages, texts: Sequence[str], seen: Sequence[int], labels: Sequence[str | None]
) -> int:
    """The first block the site's pages do not show (the page's headline); past the end: none.

    A headline labelled as the site labels its links to other stories is not the page's.

    A line whose words all touch a number ("Selasa, 1 Desember 2026 WIB") is no headline:
    the site's pages show its shape, if not its words.
    """
    dated = site.fingerprint(_DATE_SHAPE)
    for index, text in enumerate(texts):
        label = labels[index]
        # A label the site repeats ("Read more: ...") heads another story's headline; one
        # of this page's own ("Questions and answers: ...") heads its own.
        if seen[index] or (label and site.count(site.label_fingerprint(label))):
            continue
        if not _DIGIT.search(text) or site.shape_fingerprint(text) != dated:
            return index
    return len(texts)


def _sentence_above(texts: Sequence[str], seen: Sequence[int], index: int) -> bool:
    """Whether a sentence the site's pages do not show stands above ``index`` (the text)."""
    return any(not seen[above] and _SENTENCE_END.search(texts[above]) for above in range(index))


def _dateline(site: SitePages, text: str, dated: int) -> bool:
    """Whether a line's shape, numbers and the words touching them masked, is a date's.

    Its shape is a date alone ("0"), or one word before it: a label ("Published 0") or
    the first word of a weekday's two ("Thứ Sáu, 07/03/2025": "thứ 0"). ``dated``: the
    fingerprint of a date alone.
    """
    shape = site.shape_fingerprint(text)
    words = text.split()
    return shape == dated or (
        len(words) > 1 and shape == site.fingerprint(f"{words[0]} {_DATE_SHAPE}")
    )


def _filled_by_page(site: SitePages, text: str, seen: int) -> bool:
    """Whether other pages fill this line's slot with other words: a byline, not template.

    Each author's byline ("By Kate Moody · 3 May") repeats, dates masked, on the author's
    pages, and one who writes many of a site's stories is on a large share of them; but
    the site's pages show its slot ("By … 0", or its shape) with other names as often
    again. A line of the template (a player, a counter) fills its slots with the same
    words every time. A byline without a date ("Von Anna Roth") is its author's share of
    the pages; a name line on a large share of them is the site's own box or masthead.
    """
    if not _DIGIT.search(text) and seen >= SITE_INSERT_SHARE * site.pages:
        return False  # a name on most pages is the site's ("The Friday Dispatch")
    least = seen + template_threshold(site.pages)
    return any(site.count(slot) >= least for slot in site.slot_fingerprints(text))


def label_of(text: str) -> str | None:
    """The label of a labelled headline ("Read more: ..."), lowercased; ``None`` otherwise.

    >>> label_of("Soma zaidi: Mvua yaharibu barabara"), label_of("Q: Why now?")
    ('soma zaidi', None)
    >>> label_of("Lesen Sie auch: Die Brücke bleibt zu.") is None  # a sentence, not a headline
    True
    """
    if len(text) > _LABELLED_MAX_CHARS or _SENTENCE_END.search(text):
        return None
    match = _LABELLED.match(text)
    return " ".join(match.group("label").casefold().split()) if match else None


def template_threshold(pages: int) -> int:
    """Distinct pages a block must be seen on, for a site of ``pages`` pages, to count.

    At least ``SITE_MIN_PAGES`` and at least ``SITE_MIN_SHARE`` of the site's pages.

    >>> template_threshold(15), template_threshold(1000)
    (3, 50)
    """
    return max(SITE_MIN_PAGES, math.ceil(SITE_MIN_SHARE * pages))


def reads_as_prose(text: str) -> bool:
    """Whether a block is a sentence of reporting rather than a label, a button or a line.

    >>> reads_as_prose("The inquiry, opened in 2023, has heard from 140 witnesses so far.")
    True
    >>> reads_as_prose("© 2025 Harbour Gazette. All rights reserved."), reads_as_prose("Donate now")
    (False, False)
    """
    if not _SENTENCE_END.search(text):
        return False
    if len(text.split()) >= _PROSE_WORDS:
        return True
    return len(_DENSE.findall(text)) >= _PROSE_DENSE_CHARS


def _slack(texts: Sequence[str], first: int, stop: int) -> bool:
    """Whether blocks first..stop-1 are few and short (a tag line, a date, a credit)."""
    return stop - first <= EDGE_SLACK_BLOCKS and (
        sum(len(texts[index]) for index in range(first, stop)) <= EDGE_SLACK_CHARS
    )


def template_blocks(
    texts: Sequence[str],
    counts: SiteCounts,
    judged: Sequence[bool],
) -> list[int]:
    """Return the indices of the blocks that are the site's template (see the module doc).

    Args:
        texts: The page's blocks, in order.
        counts: What the site's memory says of each block.
        judged: Per block, whether a rule or the model found evidence on it.

    >>> texts = ["Menu", "Rain fell.", "The storm, the third this year, cut power to 4,000 homes.",
    ...          "Donate", "© Gazette"]
    >>> counts = SiteCounts(seen=[9, 0, 4, 9, 9], labelled=[0] * 5, joined=[0] * 5, pages=10)
    >>> template_blocks(texts, counts, [False] * 5)
    [0, 3, 4]
    """
    seen, labelled = counts.seen, counts.labelled
    count = len(texts)

    def common(run: list[int]) -> bool:
        return any(counts.wide(index) for index in run)

    def own(index: int) -> bool:  # a block neither the site's pages nor a rule claim
        return not seen[index] and not labelled[index] and not judged[index]

    # The page's opening: its first lines that are its own (a headline, a standfirst),
    # right above its byline.
    first = next((index for index in range(count) if own(index)), count)
    opening = range(first, next((i for i in range(first, count) if not own(i)), count))

    chosen: list[int] = [
        index
        for index in range(count)
        # A label repeated with a new headline each time ("Soma zaidi: ..."); a line the
        # site repeats whole (a series' fact line) is judged like any repeated block.
        if (labelled[index] and seen[index] < labelled[index])
        or (counts.wide(index) and _insert_line(texts[index]))
    ]
    runs: list[list[int]] = []
    start = 0
    while start < count:
        if not seen[start]:
            start += 1
            continue
        stop = start
        while stop + 1 < count and seen[stop + 1] and _together(counts, stop, stop + 1):
            stop += 1
        runs.extend(_split_run(texts, counts, judged, range(start, stop + 1)))
        start = stop + 1
    # A run is a box when a rule vouches for it; when it sits in the page's head, shown
    # widely or word for word in the heads of the site's pages (a section's breadcrumb;
    # not a byline, whose date changes, nor a headline other pages list as related); or
    # when the site shows one of its blocks widely and it holds two blocks or ends the
    # page. A series' fact box ends the page once the trailer below it has gone: that end
    # alone does not make it the site's.
    qualified = [
        any(judged[index] for index in run)
        or (
            _slack(texts, 0, run[0])
            and (
                common(run)
                or (
                    all(counts.verbatim(i) and counts.in_heads(i) for i in run)
                    # A section's breadcrumb sits above the page's headline; a byline
                    # without a date, below it.
                    and not any(own(i) for i in range(run[0]))
                )
            )
        )
        or (common(run) and (len(run) >= 2 or _slack(texts, run[-1] + 1, count)))
        for run in runs
    ]
    # A lone repeated line one short line from a template run belongs to it ("Tags: ..."
    # between a share bar and the copyright); passes both ways reach every chain.
    for order in (range(1, len(runs)), range(len(runs) - 2, -1, -1)):
        for number in order:
            other = number - 1 if order.step == 1 else number + 1
            if qualified[number] or not qualified[other]:
                continue
            left, right = sorted((runs[number], runs[other]))
            between = range(left[-1] + 1, right[0])
            if not between and not _together(counts, left[-1], right[0]):
                continue  # split from it above: not shown together on the site's pages
            if _pages_own(counts, runs[number], opening):
                continue
            # The line between is a tag line, a credit or the site's own, not a sentence of
            # the story's (the site's pages do not show it).
            if len(between) <= 1 and all(
                len(texts[i]) <= SHORT_BLOCK_CHARS
                and (seen[i] > 0 or not _SENTENCE_END.search(texts[i]))
                for i in between
            ):
                qualified[number] = True
    for run, ok in zip(runs, qualified, strict=True):
        if ok:
            chosen.extend(run)
    taken = set(chosen)
    return sorted(taken - _subheadings(texts, counts, judged, taken))


def _subheadings(
    texts: Sequence[str], counts: SiteCounts, judged: Sequence[bool], taken: set[int]
) -> set[int]:
    """The chosen blocks that head the article text right below them: the article's.

    A subheading a series or a newsroom reuses ("What happens next?") repeats on a few
    pages, and on some it lands right under an insert of the site's: the pair repeats,
    and the run takes it in. A line the site shows on a minority of its pages, with no
    rule's or model's word on it, right above reporting the site does not take, is the
    text's heading; but not a box's last line (its button, below the box's minority
    body on every page it is on), nor a box's title (above a sentence the site frames
    with the box's button). A long series' subheading is on a large share of the pages,
    like an ad marker; but on at least half of them it stands above the same paragraph.
    """
    found: set[int] = set()
    count = len(texts)
    for index in taken:
        below = index + 1
        if (
            below < count
            and below not in taken
            and not judged[index]
            and counts.labelled[index] <= counts.seen[index]  # not a "Read more: ..." line
            and (
                _heads_repeated(counts, index) or not (counts.wide(index) or _boxed(counts, index))
            )
            and not reads_as_prose(texts[index])
            and reads_as_prose(texts[below])
            and not _framed_below(texts, counts, below)
        ):
            found.add(index)
    return found


def _heads_repeated(counts: SiteCounts, index: int) -> bool:
    """Whether a line stands above the same paragraph on at least half the pages it is on."""
    below = index + 1
    return below < len(counts.seen) and 2 * counts.joined[below] >= counts.seen[index] > 0


def _boxed(counts: SiteCounts, index: int) -> bool:
    """Whether a minority block closes a box: below a minority block on all its pages."""
    above = index - 1
    return (
        above >= 0
        and bool(counts.seen[above])
        and not counts.wide(above)
        and counts.joined[index] >= counts.seen[index]
    )


def _framed_below(texts: Sequence[str], counts: SiteCounts, index: int) -> bool:
    """Whether the site's pages show a block right below ``index`` that is not prose."""
    below = index + 1
    return below < len(texts) and bool(counts.joined[below]) and not reads_as_prose(texts[below])


def _together(counts: SiteCounts, before: int, after: int) -> bool:
    """Whether two repeated neighbours belong to one run.

    Blocks the site shows widely always do. A block on a minority of its pages (a
    campaign, or a series' fact box) joins its neighbour only if the site's pages show
    the two together, and the block repeats word for word: a fact box that lands above
    the trailer on this page is not the trailer's.
    """
    rare = [index for index in (before, after) if not counts.wide(index)]
    # A minority block joins only word for word: a byline ("By Kate Moody · 3 May") sits
    # above the same player on every page of its author, with a new date each time.
    return not rare or (counts.joined[after] > 0 and all(map(counts.verbatim, rare)))


def _pages_own(counts: SiteCounts, run: Sequence[int], opening: range) -> bool:
    """Whether a run the site shows on a minority of its pages is the page's own lines.

    A byline one headline below the menu is its author's, not the site's: its date
    changes from page to page, or, with no date, it sits right below the page's
    headline or standfirst (``opening``), as a writer's bare name does; so is the page's
    headline, which other pages list among related stories, lower down.
    """
    if any(counts.wide(index) for index in run):
        return False
    return (
        (len(run) == 1 and run[0] - 1 in opening)
        or not all(counts.verbatim(index) for index in run)
        or not _head_shown(counts, run)
    )


def _head_shown(counts: SiteCounts, run: Sequence[int]) -> bool:
    """Whether a run in the page's head is shown in the heads of the site's pages too.

    A page's own headline sits in its head, and other pages repeat it word for word in
    their related lists, lower down: repeated, but never where this page shows it. A run
    below the page's head is not asked (heads are known for the first :func:`head_size`).
    """
    return all(counts.in_heads(index) for index in run)


def _closes_text(
    texts: Sequence[str], counts: SiteCounts, judged: Sequence[bool], index: int, stop: int
) -> bool:
    """Whether a run's first block is the last line of the text above it, not the template's.

    A series closes each of its stories with the same fact line ("Service: call 0800 …"),
    right above the site's trailer: on a minority of the site's pages, always beside
    the trailer, and word for word. With the story's text above it (a paragraph the
    site's pages do not show widely: a series' background repeats too), the template's
    widely shown blocks below it and no rule's or model's word on it, it is the story's;
    a campaign's line in that place is kept too unless some evidence of its own speaks.
    A line that ends in a colon leads into the block below it ("Share this story:").
    """
    return (
        index > 0
        and not _LEADS_IN.search(texts[index])
        and index < stop
        and not counts.labelled[index - 1]
        and (
            not counts.seen[index - 1]
            or (reads_as_prose(texts[index - 1]) and not counts.wide(index - 1))
            # A box that landed above it on this page: the site never shows them together.
            or not counts.joined[index]
        )
        and not counts.wide(index)
        and counts.wide(index + 1)
        and not judged[index]
    )


def _insert_line(text: str) -> bool:
    """Whether a block is a marker line: a few words without a full stop ("Tangazo")."""
    return len(text.split()) <= SITE_INSERT_WORDS and not _SENTENCE_END.search(text)


def _split_run(
    texts: Sequence[str], counts: SiteCounts, judged: Sequence[bool], run: range
) -> list[list[int]]:
    """Split a run of repeated blocks at the prose blocks that may be article.

    A prose block stays in the run when, on each side, a chain of blocks that the site's
    pages show together leads to a non-prose block or the page's edge (an appeal body
    under its heading), or on one side when a rule or the model found evidence on it.
    A background paragraph that lands beside an ad marker or above the trailer is
    beside it on this page only; a framed paragraph on fewer than half of the site's
    pages needs a rule's or the model's evidence too (a long series' background between
    a newsletter box and the share bar).
    """
    seen, joined, site_pages = counts.seen, counts.joined, counts.pages
    start, stop = run.start, run.stop - 1
    at_start, at_end = start == 0, stop == len(texts) - 1
    prose = [reads_as_prose(texts[index]) for index in range(start, stop + 1)]
    size = len(prose)
    bounded_left = [at_start] + [False] * (size - 1)
    for offset in range(1, size):
        index = start + offset
        bounded_left[offset] = bool(joined[index]) and (
            not prose[offset - 1] or bounded_left[offset - 1]
        )
    bounded_right = [False] * (size - 1) + [at_end]
    for offset in range(size - 2, -1, -1):
        index = start + offset
        bounded_right[offset] = bool(joined[index + 1]) and (
            not prose[offset + 1] or bounded_right[offset + 1]
        )
    pieces: list[list[int]] = [[]]
    for offset, index in enumerate(range(start, stop + 1)):
        if offset == 0 and _closes_text(texts, counts, judged, index, stop):
            continue  # the text's last line, with the template below it
        # Repetition alone vouches for prose only when the site shows it on most of its
        # pages: a long series pastes its background into up to half the stories, and on
        # some it lands between a mid-page box and the trailer, framed like a box's body.
        most = seen[index] >= SITE_MOST_SHARE * site_pages
        widespread = (at_start or at_end) and seen[index] >= SITE_PROSE_SHARE * site_pages
        left, right = bounded_left[offset], bounded_right[offset]
        # A rule's or the model's evidence stands for one side: a campaign's ask with no
        # heading above it, right above its button. Prose on a minority of the site's
        # pages needs that evidence: a series' background paragraphs, pasted into a few
        # stories under their own subheading, are bounded on both sides too.
        bounded = (left and right and (most or judged[index])) or (
            judged[index] and (left or right)
        )
        # A line on a few of the site's pages with no rule's or model's word on it is the
        # story's too: a series' fact line the site always shows under the same box.
        minority = not counts.wide(index) and not judged[index] and not _insert_line(texts[index])
        if (prose[offset] or minority) and not widespread and not bounded:
            pieces.append([])  # article text: the run is cut here
            continue
        pieces[-1].append(index)
    return [piece for piece in pieces if piece]
