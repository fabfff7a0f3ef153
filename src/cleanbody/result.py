"""The result of cleaning one document: the clean text and every removal, explained."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cleanbody.config import Placement

__all__ = ["Removal", "Result"]


@dataclass(frozen=True)
class Removal:
    """One span taken out of the source text.

    Attributes:
        start: Offset of the first removed character in ``Result.source``.
        end: Offset one past the last removed character.
        text: ``source[start:end]``.
        category: What kind of boilerplate this is (``appeal``, ``paywall``, ...).
        rules: Ids of the rules whose evidence led to the removal, in order of first use.
        score: Summed evidence of the region (higher is surer).
        position: Where the removal sat (:data:`cleanbody.config.Placement`):
            ``header``, ``trailer``, ``insert`` (the middle of the text) or ``dom`` (an
            HTML element pruned before extraction).
        features: For removals the learned lexicon carried (rule ``MODEL-<category>``),
            the features that pushed hardest (``w:donate``: a word; ``s:amount``: the
            block's shape; ``p:tail3``: its place); empty otherwise.
    """

    start: int
    end: int
    text: str
    category: str
    rules: tuple[str, ...]
    score: float
    position: Placement
    features: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict of this removal."""
        return {
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "category": self.category,
            "rules": list(self.rules),
            "score": round(self.score, 3),
            "position": self.position,
            "features": list(self.features),
        }


@dataclass(frozen=True)
class Result:
    """What :func:`cleanbody.clean` returns.

    Attributes:
        text: The article alone.
        source: The text that was cleaned (for HTML input: the extracted text).
            ``source[m.start:m.end] == m.text`` for every removal ``m`` from the text;
            an HTML element pruned before extraction (``position == "dom"``) never
            reached the source, so its span is ``0..0`` and only its text is given.
        removed: The removals, in source order.
        metadata: Facts about the document: ``publisher``, ``paywalled``, ``truncated``,
            ``removed_ratio``, ``removed_chars``, ``categories`` (removals per category),
            ``input_type`` and, for HTML, the page metadata.
    """

    text: str
    source: str
    removed: tuple[Removal, ...] = ()
    metadata: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return a JSON-serialisable dict with the text, source, removals and metadata.

        >>> Result(text="a", source="a").to_dict()["removed"]
        []
        """
        return {
            "text": self.text,
            "source": self.source,
            "removed": [removal.to_dict() for removal in self.removed],
            "metadata": dict(self.metadata),
        }
