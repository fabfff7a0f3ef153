"""The text path: blocks, evidence, regions, removals, clean text and metadata."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Final

import regex

from cleanbody.config import MAX_EXPLAINED_FEATURES, PUBLISHER_MAX_CHARS, SHORT_BLOCK_CHARS, Config
from cleanbody.model.lexicon import load_lexicon
from cleanbody.result import Removal, Result
from cleanbody.rules import rule_index
from cleanbody.text.amounts import amount_hits, tier_hits
from cleanbody.text.blocks import Block, split_blocks
from cleanbody.text.evidence import Evidence, Hit, Memo, languages_of, score_blocks
from cleanbody.text.head import HEAD_RULE_ID, genre_hits, head_hits
from cleanbody.text.lists import list_hits, vouched_hits
from cleanbody.text.markdown import (
    MarkdownBlock,
    looks_like_markdown,
    read_markdown,
    structure_hits,
)
from cleanbody.text.regions import MAX_GAP_BLOCKS, Region, find_regions
from cleanbody.text.repeats import SiteCounts, SitePages
from cleanbody.text.tags import tag_hits
from cleanbody.text.toolbar import toolbar_hits

__all__ = ["clean_text", "paywall_notice", "tidy"]

_LINE_BREAK = regex.compile(r"\r\n|\r|\n")
_PUBLISHER_TRIM = " \t:;,.!?\"'“”«»„"


def _dominant(weights: Counter[str]) -> str:
    """The category with most weight; ``ui`` only when nothing else fired."""
    substantive = Counter({key: value for key, value in weights.items() if key != "ui"})
    chosen = substantive or weights
    return max(sorted(chosen), key=lambda key: chosen[key]) if chosen else "ui"


def _block_categories(evidence: list[Evidence], region: Region) -> list[str]:
    """The category of each block of a region.

    A block's own evidence decides; a plain or UI-only block (a body paragraph, a button,
    a headline in a list) belongs to the widget above it, or below it at the top. A block
    with only cues, one of them of the kind of the blocks on both sides of it, is theirs:
    an appeal's sentence with a subscription's small print ("you can cancel at any
    time") is the appeal's.
    """
    weights: Counter[str] = Counter()
    for index in region.members:
        weights.update(evidence[index].category_weights())
    own: list[str | None] = []
    for index in range(region.first, region.last + 1):
        block_weights = Counter(evidence[index].category_weights())
        block_weights.pop("ui", None)
        own.append(_dominant(block_weights) if block_weights else None)
    for offset in range(1, len(own) - 1):
        found = evidence[region.first + offset]
        around = own[offset - 1]
        below = next((category for category in own[offset + 1 :] if category), None)
        if (
            around is not None
            and below == around != own[offset]
            and not found.has_anchor
            and found.category_weights().get(around, 0) > 0
        ):
            own[offset] = around
    fallback = next((category for category in own if category), _dominant(weights))
    categories = []
    for category in own:
        fallback = category or fallback
        categories.append(fallback)
    return categories


def _removals(
    source: str,
    evidence: list[Evidence],
    region: Region,
    keep: frozenset[str],
    *,
    removed: set[int],
    named: list[Hit],
) -> list[Removal]:
    """Turn an accepted region into removals, one per run of blocks of one category.

    Blocks of kept categories stay, and blocks another region already took are not
    taken twice; the numbers of the removed blocks are added to ``removed`` and their
    hits to ``named`` (where the publisher's name is looked for).
    """
    runs: list[tuple[str, list[int]]] = []
    for index, category in enumerate(_block_categories(evidence, region), start=region.first):
        if category in keep or evidence[index].block.number in removed:
            continue
        # A run never spans a block an earlier round removed: spans would overlap.
        follows = bool(runs) and runs[-1][1][-1] == index - 1
        if follows and evidence[runs[-1][1][-1]].block.number + 1 != evidence[index].block.number:
            follows = False
        if follows and runs[-1][0] == category:
            runs[-1][1].append(index)
        else:
            runs.append((category, [index]))
    removals = []
    for category, run in runs:
        rules: dict[str, None] = {}
        features: dict[str, None] = {}
        for index in run:
            for hit in evidence[index].hits:
                if hit.rule.kind != "counter":
                    rules[hit.rule.id] = None
                    features.update(dict.fromkeys(hit.features))
            removed.add(evidence[index].block.number)
            named.extend(evidence[index].hits)
        start, end = evidence[run[0]].block.start, evidence[run[-1]].block.end
        removals.append(
            Removal(
                start=start,
                end=end,
                text=source[start:end],
                category=category,
                rules=tuple(rules),
                score=region.score,
                position=region.position,
                features=tuple(features)[:MAX_EXPLAINED_FEATURES],
            )
        )
    return removals


def _split_gap(gap: str) -> tuple[str, str]:
    """Split whitespace between two lines into (up to its last line break, the indent)."""
    breaks = list(_LINE_BREAK.finditer(gap))
    if not breaks:
        return gap, ""
    cut = breaks[-1].end()
    return gap[:cut], gap[cut:]


def tidy(source: str, blocks: Sequence[Block], removed: set[int]) -> str:
    """Return ``source`` without the removed blocks, keeping the separators of the rest.

    Between two kept blocks stands the line break that followed the earlier one, so a
    removal neither doubles a blank line nor leaves a trailing separator.

    >>> text = "One.\\n\\nAd\\n\\nTwo.\\n"
    >>> tidy(text, split_blocks(text), {1})
    'One.\\n\\nTwo.\\n'
    """
    if not removed:
        return source
    pieces: list[str] = []
    previous: Block | None = None
    for block in blocks:
        if block.number in removed:
            continue
        before_block = source[blocks[block.number - 1].end if block.number else 0 : block.start]
        if previous is None:
            pieces.append(before_block if block.number == 0 else _split_gap(before_block)[1])
        elif previous.number + 1 == block.number:
            pieces.append(before_block)
        else:
            after_previous = source[previous.end : blocks[previous.number + 1].start]
            pieces.append(_split_gap(after_previous)[0] + _split_gap(before_block)[1])
        pieces.append(block.text)
        previous = block
    if previous is not None:
        pieces.append(source[blocks[-1].end :])
    return "".join(pieces)


def _publisher(hits: list[Hit]) -> str | None:
    """The organisation the removed boilerplate names most often."""
    names: Counter[str] = Counter()
    for hit in hits:
        if hit.publisher:
            # "A message from the Riverside Echo" names "Riverside Echo".
            name = hit.publisher.strip(_PUBLISHER_TRIM).removeprefix("the ")
            if 1 < len(name) <= PUBLISHER_MAX_CHARS:
                names[name] += 1
    return names.most_common(1)[0][0] if names else None


def clean_text(
    source: str,
    config: Config,
    site: SitePages | None = None,
    *,
    markdown: bool | None = None,
    layout: Callable[[Sequence[Block]], list[MarkdownBlock]] | None = None,
) -> Result:
    """Clean plain text or markdown (see :func:`cleanbody.clean`).

    The decision is repeated on what is left until nothing more goes, so that cleaning
    the clean text again removes nothing: a widget removed in one round can make two
    of its neighbours adjacent, or bring a block to the edge, in the next.

    ``site``: what the page's site's memory knows (:class:`cleanbody.SiteMemory`), whose
    evidence joins the rules' and the model's. ``markdown``: whether ``source`` is
    markdown (``None``: detected). Its blocks are read without their markup, its links and
    lists add evidence, and the kept blocks keep their markup. ``layout``: for text
    extracted from an HTML page, what the page's markup says of each block (its kind and
    links, :mod:`cleanbody.html.links`), read as markdown's structure is.
    """
    blocks = split_blocks(source)
    counts = SiteCounts.of(site, [block.text for block in blocks]) if site is not None else None
    if markdown is None:
        markdown = looks_like_markdown(source)
    structure: dict[int, list[Hit]] = {}
    view = blocks
    if markdown and blocks:
        view, parsed = read_markdown(blocks)
        structure = structure_hits(parsed)
    elif layout is not None and blocks:
        structure = structure_hits(layout(blocks), "HTML")
    index = rule_index()
    lexicon = load_lexicon() if config.learned else None
    removals: list[Removal] = []
    removed: set[int] = set()
    named: list[Hit] = []
    memo = Memo()  # what one round read in a block, the next looks up
    trailed = 0  # groups of lines the page's trailer took in earlier rounds
    active = view
    while active:
        repeats = counts.pick([block.number for block in active]) if counts else None
        shapes = _with_text_structure(structure, active)
        evidence = score_blocks(
            active,
            index,
            config.thresholds,
            reach=MAX_GAP_BLOCKS + 1,
            lexicon=lexicon,
            structure=shapes,
            site=repeats,
            memo=memo,
            read_again=vouched_hits,
        )
        if not any(found.hits for found in evidence):
            break
        before = len(removed)
        regions = find_regions(
            evidence, config.thresholds, index.spoken(memo.languages), view[-1].number, trailed
        )
        trailed += sum(region.trailed for region in regions)
        for region in regions:
            if region.accepted:
                removals.extend(
                    _removals(source, evidence, region, config.keep, removed=removed, named=named)
                )
        if len(removed) == before:
            break
        top = active[0].number
        gone = [block for block in active if block.number in removed]
        active = [block for block in active if block.number not in removed]
        # Another round can only find something where evidence was left standing, or
        # where what is left lets other languages' rules read it: the gate weighs them
        # against the whole text of the long blocks, so removing one may let another in;
        # or where the page's head went and the section trail under it is now first.
        standing = any(found.gain > 0 and found.block.number not in removed for found in evidence)
        # ... or where the lines left make a shape anew: a list's heading now right over
        # its headlines, once the buttons between them went.
        if (
            not standing
            and (
                all(len(block.text) <= SHORT_BLOCK_CHARS for block in gone)
                or languages_of(active, index) == memo.languages
            )
            and not (active and _head_freed(active, top, evidence))
            and shapes.keys() >= list_hits(active).keys()
        ):
            break
        del evidence  # the next round's evidence is made while this one would still live
    removals.sort(key=lambda removal: removal.start)
    text = tidy(source, blocks, removed)
    return Result(
        text=text,
        source=source,
        removed=tuple(removals),
        metadata=_metadata(source, removals, _publisher(named), "markdown" if markdown else "text"),
    )


def _head_freed(active: list[Block], top: int, evidence: list[Evidence]) -> bool:
    """Whether what went lets the page's first line be read as its section's trail.

    The page's first widget went (a cookie banner), or the bars between the section's
    name and the headline did ("Gazdaság" / "Listen to the article" / the headline).
    """
    if active[0].number == top and any(hit.rule.id == HEAD_RULE_ID for hit in evidence[0].hits):
        return False  # read as the trail already
    return bool(head_hits(active))


def _with_text_structure(
    structure: dict[int, list[Hit]], active: list[Block]
) -> dict[int, list[Hit]]:
    """Markup's evidence, with the head's trail, amounts, toolbars, link lists, tag lines."""
    merged = dict(structure)
    found_by = (head_hits, genre_hits, amount_hits, tier_hits, toolbar_hits, list_hits, tag_hits)
    for found in (read(active) for read in found_by):
        for number, hits in found.items():
            merged[number] = [*merged.get(number, ()), *hits]
    return merged


#: DOM rules whose boxes are walls, not offers: a "subscribe" box beside a complete story
#: (DOM-PW02) says nothing about whether the story was cut.
_WALL_CONTAINERS: Final = frozenset({"DOM-PW01"})


def paywall_notice(removals: Iterable[Removal]) -> bool:
    """Whether the removals include a paywall notice: the article is behind a paywall.

    A notice is a paywall removal backed by a text rule ("Subscribe to continue reading")
    or a known wall container (a Piano overlay). A guess of the lexicon alone, or a
    subscription offer box, is not: neither says the article was cut.

    >>> paywall_notice([Removal(0, 9, "Subscribe", "paywall", ("DOM-PW02",), 1.0, "dom")])
    False
    """
    return any(
        removal.category == "paywall"
        and any(
            rule in _WALL_CONTAINERS or not rule.startswith(("MODEL-", "DOM-"))
            for rule in removal.rules
        )
        for removal in removals
    )


def _metadata(
    source: str, removals: list[Removal], publisher: str | None, input_type: str
) -> dict[str, Any]:
    removed_chars = sum(removal.end - removal.start for removal in removals)
    categories = Counter(removal.category for removal in removals)
    return {
        "input_type": input_type,
        "publisher": publisher,
        "paywalled": paywall_notice(removals),
        "truncated": False,
        "removed_chars": removed_chars,
        "removed_ratio": round(removed_chars / len(source), 4) if source else 0.0,
        "categories": dict(sorted(categories.items())),
    }
