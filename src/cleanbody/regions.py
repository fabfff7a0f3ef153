"""Group scored blocks into regions and decide each region as a whole.

Boilerplate arrives as widgets: a heading, a body and buttons. A region grows from blocks
with positive evidence and may bridge a few plain blocks between them when the evidence
on *both* sides outweighs their cost, which is how an appeal body that reads like
journalism leaves with its heading and its button. Where a region sits decides how much
evidence it needs: at the edges (header, trailer) less than in the middle (insert).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from cleanbody.config import Thresholds
from cleanbody.evidence import Evidence, block_cost

__all__ = ["MAX_GAP_BLOCKS", "Region", "find_regions"]

#: A widget's body rarely has more than three plain paragraphs in a row (corpus: max 2).
MAX_GAP_BLOCKS: Final = 3
#: Blocks that may follow a trailer (or precede a header) without making it an insert...
EDGE_SLACK_BLOCKS: Final = 2
#: ...as long as they are this short in total (a tag line, a byline, a photo credit;
#: two short news paragraphs are already longer).
EDGE_SLACK_CHARS: Final = 120


@dataclass
class Region:
    """A run of blocks judged together."""

    first: int
    last: int
    score: float
    anchor: bool
    insert: bool = False
    position: str = "insert"
    accepted: bool = False
    members: list[int] = field(default_factory=list)


def _gap_cost(evidence: list[Evidence], first: int, last: int, factor: float) -> float | None:
    """Cost of bridging blocks first..last, or None where they must not be bridged."""
    if last - first + 1 > MAX_GAP_BLOCKS:
        return None
    total = 0.0
    for found in evidence[first : last + 1]:
        if found.counter < 0:
            return None
        if found.is_insert:
            continue
        total += -found.score if found.hits else block_cost(found.block.text, factor)
    return total


def _grow(evidence: list[Evidence], factor: float) -> list[Region]:
    """Merge positive blocks into maximal regions, bridging only where both sides pay."""
    stack: list[Region] = []
    for index, found in enumerate(evidence):
        if found.is_insert or not found.hits or found.score <= 0:
            continue
        region = Region(index, index, found.score, found.has_anchor, members=[index])
        while stack:
            previous = stack[-1]
            gap = (
                0.0
                if previous.last + 1 == region.first
                else _gap_cost(evidence, previous.last + 1, region.first - 1, factor)
            )
            if gap is None or gap >= previous.score or gap >= region.score:
                break
            stack.pop()
            region = Region(
                previous.first,
                region.last,
                previous.score + region.score - gap,
                previous.anchor or region.anchor,
                members=previous.members + region.members,
            )
        stack.append(region)
    inserts = [
        Region(index, index, found.score, found.has_anchor, insert=True, members=[index])
        for index, found in enumerate(evidence)
        if found.is_insert
    ]
    return sorted(stack + inserts, key=lambda region: region.first)


def _slack(evidence: list[Evidence], indices: range, removed: set[int]) -> bool:
    """Whether the blocks in ``indices`` (ignoring removed ones) are few and short."""
    count = chars = 0
    for index in indices:
        if index in removed:
            continue
        count += 1
        chars += len(evidence[index].block.text)
        if count > EDGE_SLACK_BLOCKS or chars > EDGE_SLACK_CHARS:
            return False
    return True


def find_regions(evidence: list[Evidence], thresholds: Thresholds) -> list[Region]:
    """Return the regions of a document, each marked accepted or not, with its position.

    Acceptance is repeated until nothing changes, treating removed regions as absent, so
    that cleaning the clean text again removes nothing more.
    """
    regions = _grow(evidence, thresholds.length_cost)
    total = len(evidence)
    removed: set[int] = set()
    changed = True
    backwards = True
    while changed:
        changed = False
        # Trailers cascade from the end and headers from the start: alternate directions.
        for region in reversed(regions) if backwards else regions:
            if region.accepted:
                continue
            if _slack(evidence, range(region.last + 1, total), removed):
                region.position = "trailer"
            elif _slack(evidence, range(region.first), removed):
                region.position = "header"
            else:
                region.position = "insert"
            needed = thresholds.insert if region.position == "insert" else thresholds.edge
            if region.score >= needed and (region.anchor or not thresholds.need_anchor):
                region.accepted = True
                removed.update(range(region.first, region.last + 1))
                changed = True
        backwards = not backwards
    return regions
