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

from cleanbody.model.features import document_features

__all__ = ["Judgement", "Lexicon", "load_lexicon"]

#: How many features an explanation names.
_EXPLAINED: int = 4
#: Feature kinds that are words (``w:``, ``b:``, ``c:``), as opposed to shape (``s:``, ``n:``).
_WORDING: frozenset[str] = frozenset("wbc")


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


@dataclass(frozen=True)
class Lexicon:
    """A loaded model: see :func:`load_lexicon`."""

    model: Mapping[str, Any]

    @functools.cached_property
    def _binary(self) -> tuple[float, dict[str, float]]:
        binary = self.model["binary"]
        return float(binary["bias"]), dict(binary["weights"])

    @functools.cached_property
    def _category(self) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
        category = self.model["category"]
        return dict(category["bias"]), dict(category["weights"])

    def probabilities(self, blocks: Sequence[str]) -> list[float]:
        """How likely each block of a document is boilerplate."""
        bias, weights = self._binary
        get = weights.get
        return [
            _sigmoid(bias + sum(get(feature, 0.0) for feature in set(features)))
            for features in document_features(blocks)
        ]

    def judge(self, blocks: Sequence[str], threshold: float = 0.5) -> list[Judgement]:
        """Judge every block; category and explanation only where ``threshold`` is reached.

        >>> lexicon = Lexicon({"binary": {"bias": -1.0, "weights": {"w:donate": 3.0}},
        ...     "category": {"bias": {"appeal": 0.0, "ad": 0.0},
        ...                  "weights": {"w:donate": {"appeal": 2.0}}}})
        >>> [j.category for j in lexicon.judge(["Donate", "The mayor spoke."])]
        ['appeal', None]
        """
        bias, weights = self._binary
        category_bias, category_weights = self._category
        judgements = []
        for features in document_features(blocks):
            present = set(features)
            score = bias + sum(weights.get(feature, 0.0) for feature in present)
            probability = _sigmoid(score)
            if probability < threshold:
                judgements.append(Judgement(probability, None, ()))
                continue
            wording = sum(
                weights.get(feature, 0.0) for feature in present if feature[0] in _WORDING
            )
            totals = dict(category_bias)
            for feature in present:
                for name, weight in category_weights.get(feature, {}).items():
                    totals[name] += weight
            chosen = max(sorted(totals), key=totals.__getitem__)
            strongest = sorted(
                (feature for feature in present if weights.get(feature, 0.0) > 0),
                key=lambda feature: (-weights[feature], feature),
            )[:_EXPLAINED]
            judgements.append(Judgement(probability, chosen, tuple(strongest), wording))
        return judgements


@functools.cache
def load_lexicon() -> Lexicon:
    """The bundled model, read once (about a tenth of a second) on first use."""
    packed = (resources.files("cleanbody.model") / "data" / "lexicon.json.gz").read_bytes()
    return Lexicon(json.loads(gzip.decompress(packed)))
