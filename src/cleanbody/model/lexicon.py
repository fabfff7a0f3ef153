"""The learned lexicon at cleaning time: how likely each block is boilerplate, and why.

The model (``data/lexicon.json.gz``, written by ``python -m cleanbody.model.train``) is a
weight per feature for *boilerplate or article*, and per category for *which category*.
A block's evidence is the sum of the weights of its features; the features with the
largest weights are its explanation.
"""

from __future__ import annotations

import functools
import gzip
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

from cleanbody.model.features import BlockParts, document_parts

__all__ = ["Judgement", "Lexicon", "load_lexicon"]

#: How many features an explanation names.
_EXPLAINED: int = 4


class Judgement(NamedTuple):
    """What the lexicon says of one block.

    Attributes:
        probability: How likely the block is boilerplate (0 to 1).
        category: The most likely category, if the block is likely boilerplate.
        features: The features that pushed hardest towards boilerplate, strongest first.
        wording: What the block's words alone contribute (its shape left out): the
            model's evidence needs words that lean towards boilerplate, so a short
            article line is not taken for a button by its shape.
    """

    probability: float
    category: str | None
    features: tuple[str, ...]
    wording: float = 0.0


def _sigmoid(value: float) -> float:
    if value >= 0:
        return 1.0 / (1.0 + math.exp(-value))
    exp = math.exp(value)
    return exp / (1.0 + exp)


class _Weights(NamedTuple):
    """One model's weights by feature kind, prefixes stripped (as the scorer looks them up)."""

    words: dict[str, float]
    pairs: dict[str, float]
    chars: dict[str, float]
    shape: dict[str, float]

    @classmethod
    def split(cls, weights: Mapping[str, Any]) -> _Weights:
        kinds: dict[str, dict[str, Any]] = {"w": {}, "b": {}, "c": {}}
        shape: dict[str, Any] = {}
        for feature, weight in weights.items():
            kinds.get(feature[0], shape)[feature[2:] if feature[0] in kinds else feature] = weight
        return cls(kinds["w"], kinds["b"], kinds["c"], shape)

    def wording(self, parts: BlockParts) -> float:
        """What the block's words contribute."""
        # Intersecting in C first: most of a paragraph's words carry no weight.
        words, pairs, chars = self.words, self.pairs, self.chars
        total = math.fsum([words[word] for word in words.keys() & parts.words])
        if parts.pairs:
            total += math.fsum([pairs[pair] for pair in pairs.keys() & parts.pairs])
        if parts.chars:
            total += math.fsum([chars[pair] for pair in chars.keys() & parts.chars])
        return total

    def shaping(self, parts: BlockParts) -> float:
        """What the block's shape and its neighbours' contribute."""
        shape = self.shape.get
        return sum(shape(feature, 0.0) for feature in parts.shape)

    def total(self, parts: BlockParts) -> float:
        """What all of the block's features contribute."""
        return self.wording(parts) + self.shaping(parts)


@dataclass(frozen=True)
class Lexicon:
    """A loaded model: see :func:`load_lexicon`."""

    model: Mapping[str, Any]

    @functools.cached_property
    def _binary(self) -> tuple[float, _Weights, dict[str, float]]:
        binary = self.model["binary"]
        return float(binary["bias"]), _Weights.split(binary["weights"]), dict(binary["weights"])

    @functools.cached_property
    def _category(self) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
        category = self.model["category"]
        return dict(category["bias"]), dict(category["weights"])

    def probabilities(self, blocks: Sequence[str]) -> list[float]:
        """How likely each block of a document is boilerplate."""
        bias, weights, _ = self._binary
        return [_sigmoid(bias + weights.total(parts)) for parts in document_parts(blocks)]

    def judge(self, blocks: Sequence[str], threshold: float = 0.5) -> list[Judgement]:
        """Judge every block; category and explanation only where ``threshold`` is reached.

        >>> lexicon = Lexicon({"binary": {"bias": -1.0, "weights": {"w:donate": 3.0}},
        ...     "category": {"bias": {"appeal": 0.0, "ad": 0.0},
        ...                  "weights": {"w:donate": {"appeal": 2.0}}}})
        >>> [j.category for j in lexicon.judge(["Donate", "The mayor spoke."])]
        ['appeal', None]
        """
        bias, weights, flat = self._binary
        category_bias, category_weights = self._category
        judgements = []
        for parts in document_parts(blocks):
            wording = weights.wording(parts)
            probability = _sigmoid(bias + wording + weights.shaping(parts))
            if probability < threshold:
                judgements.append(Judgement(probability, None, (), wording))
                continue
            present = parts.features()
            totals = dict(category_bias)
            for feature in present:
                for name, weight in category_weights.get(feature, {}).items():
                    totals[name] += weight
            chosen = max(sorted(totals), key=totals.__getitem__)
            strongest = sorted(
                (feature for feature in present if flat.get(feature, 0.0) > 0),
                key=lambda feature: (-flat[feature], feature),
            )[:_EXPLAINED]
            judgements.append(Judgement(probability, chosen, tuple(strongest), wording))
        return judgements


@functools.cache
def load_lexicon() -> Lexicon:
    """The bundled model, read once (about a tenth of a second) on first use."""
    packed = (resources.files("cleanbody.model") / "data" / "lexicon.json.gz").read_bytes()
    return Lexicon(json.loads(gzip.decompress(packed)))
