"""The learned lexicon at cleaning time: how likely each block is boilerplate, and why.

The model (``data/lexicon.json.gz``, written by ``python -m cleanbody.model.train``) is a
weight per feature for *boilerplate or article*, and per category for *which category*.
A block's evidence is the sum of the weights of its features; the features with the
largest weights are its explanation.
"""

from __future__ import annotations

import functools
import gzip
import itertools
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple

from cleanbody.model.features import (
    MAX_PAIR_WORDS,
    BlockParts,
    block_shape,
    document_char_pairs,
    document_parts,
    document_words,
    topic_words,
    word_pairs,
)

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

    @functools.cached_property
    def _word_weights(self) -> dict[str, float]:
        """Every word either model weighs, with its weight for boilerplate (0.0: none).

        No other word can change a judgement; a zero adds nothing to an exact sum.
        """
        _, weights, _ = self._binary
        _, category_weights = self._category
        found = dict.fromkeys(
            (feature[2:] for feature in category_weights if feature.startswith("w:")), 0.0
        )
        found.update(weights.words)
        return found

    def _judgement(self, parts: BlockParts, wording: float, threshold: float) -> Judgement:
        """Judge one block whose words add ``wording``."""
        bias, weights, flat = self._binary
        probability = _sigmoid(bias + wording + weights.shaping(parts))
        if probability < threshold:
            return Judgement(probability, None, (), wording)
        category_bias, category_weights = self._category
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
        return Judgement(probability, chosen, tuple(strongest), wording)

    def judge(self, blocks: Sequence[str], threshold: float = 0.5) -> list[Judgement]:
        """Judge every block; category and explanation only where ``threshold`` is reached.

        >>> lexicon = Lexicon({"binary": {"bias": -1.0, "weights": {"w:donate": 3.0}},
        ...     "category": {"bias": {"appeal": 0.0, "ad": 0.0},
        ...                  "weights": {"w:donate": {"appeal": 2.0}}}})
        >>> [j.category for j in lexicon.judge(["Donate", "The mayor spoke."])]
        ['appeal', None]
        """
        _, weights, _ = self._binary
        return [
            self._judgement(parts, weights.wording(parts), threshold)
            for parts in document_parts(blocks)
        ]

    def findings(
        self,
        blocks: Sequence[str],
        threshold: float,
        min_wording: float,
        lowered: Sequence[str] | None = None,
    ) -> dict[int, Judgement]:
        """The blocks judged boilerplate on words that add at least ``min_wording``.

        The same judgements as :meth:`judge` gives them, by block number, found with less
        work: only the words the model weighs are looked up, and only a block whose
        words add enough has its shape read. ``lowered``: the blocks, lowercased.

        >>> lexicon = Lexicon({"binary": {"bias": -1.0, "weights": {"w:donate": 3.0}},
        ...     "category": {"bias": {"appeal": 0.0}, "weights": {}}})
        >>> {n: j.category for n, j in lexicon.findings(["Donate", "Hi"], 0.5, 1.0).items()}
        {0: 'appeal'}
        """
        _, weights, _ = self._binary
        word_weights, pair_weights, char_weights = self._word_weights, weights.pairs, weights.chars
        if lowered is None:
            lowered = [text.lower() for text in blocks]
        split = document_words(lowered)
        char_sets = document_char_pairs(lowered)
        # Topic words leave a block's words; only the words the model weighs matter.
        weighed = [word_weights.keys() & words for words in split]
        topic = topic_words(weighed)
        found = {}
        for index, words in enumerate(split):
            kept = weighed[index] - topic if topic else weighed[index]
            # Exact sums, as Weights.wording adds them (a pair or a character pair that
            # no weight names is looked up, never kept).
            wording = math.fsum(map(word_weights.__getitem__, kept))
            if 1 < len(words) <= MAX_PAIR_WORDS:
                pairs = pair_weights.keys() & map(" ".join, itertools.pairwise(words))
                wording += math.fsum(map(pair_weights.__getitem__, pairs))
            chars = char_sets[index]
            if chars:
                wording += math.fsum(map(char_weights.__getitem__, char_weights.keys() & chars))
            if wording < min_wording:
                continue
            shape = tuple(block_shape(blocks, index))
            parts = BlockParts(frozenset(kept), word_pairs(words), chars, shape)
            judgement = self._judgement(parts, wording, threshold)
            if judgement.category is not None:
                found[index] = judgement
        return found


@functools.cache
def load_lexicon() -> Lexicon:
    """The bundled model, read once (about a tenth of a second) on first use."""
    packed = (resources.files("cleanbody.model") / "data" / "lexicon.json.gz").read_bytes()
    return Lexicon(json.loads(gzip.decompress(packed)))
