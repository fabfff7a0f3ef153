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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, NamedTuple, TypeVar

from cleanbody.model.features import (
    MAX_PAIR_WORDS,
    BlockParts,
    block_shape,
    char_pairs,
    document_char_pairs,
    document_parts,
    document_words,
    topic_words,
    word_pairs,
)

__all__ = ["Judgement", "Lexicon", "load_lexicon"]

#: How many features an explanation names.
_EXPLAINED: int = 4
#: Blocks whose words are read at a time (one pass per run: the speed of a whole
#: document's, the memory of a run's).
_READ_BLOCKS: int = 4096


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


_V = TypeVar("_V")


def _by_kind(weights: Mapping[str, _V]) -> tuple[dict[str, _V], ...]:
    """Words, pairs and character pairs without their prefixes; shape features with theirs."""
    kinds: dict[str, dict[str, _V]] = {"w": {}, "b": {}, "c": {}}
    shape: dict[str, _V] = {}
    for feature, weight in weights.items():
        kinds.get(feature[0], shape)[feature[2:] if feature[0] in kinds else feature] = weight
    return kinds["w"], kinds["b"], kinds["c"], shape


class _Weights(NamedTuple):
    """One model's weights by feature kind, prefixes stripped (as the scorer looks them up)."""

    words: dict[str, float]
    pairs: dict[str, float]
    chars: dict[str, float]
    shape: dict[str, float]

    @classmethod
    def split(cls, weights: Mapping[str, Any]) -> _Weights:
        return cls(*_by_kind(weights))

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

    def shaping(self, features: Iterable[str]) -> float:
        """What a block's shape features (its own and its neighbours') contribute."""
        shape = self.shape.get
        return sum(shape(feature, 0.0) for feature in features)

    def total(self, parts: BlockParts) -> float:
        """What all of the block's features contribute."""
        return self.wording(parts) + self.shaping(parts.shape)


class _Reading(NamedTuple):
    """What one block says to the model, whatever document it is in.

    Only what every block needs is kept (a document's words and character pairs would
    outweigh its text several times): the few blocks judged boilerplate read theirs
    again for an explanation.

    Attributes:
        weighed: The words the model weighs, each once (topic words still in), as the
            model's own strings.
        pairs: What its word pairs add (``None``: a block too long or short for pairs).
        chars_total: What its character pairs add (``None``: none).
    """

    weighed: tuple[str, ...]
    pairs: float | None
    chars_total: float | None


@dataclass(frozen=True)
class Lexicon:
    """A loaded model: see :func:`load_lexicon`."""

    model: Mapping[str, Any]

    @functools.cached_property
    def _binary(self) -> tuple[float, _Weights]:
        binary = self.model["binary"]
        return float(binary["bias"]), _Weights.split(binary["weights"])

    @functools.cached_property
    def _category(self) -> tuple[dict[str, float], tuple[dict[str, dict[str, float]], ...]]:
        """The category model's biases, and its weights by kind (words, pairs, chars, shape)."""
        category = self.model["category"]
        return dict(category["bias"]), _by_kind(category["weights"])

    def probabilities(self, blocks: Sequence[str]) -> list[float]:
        """How likely each block of a document is boilerplate."""
        bias, weights = self._binary
        return [_sigmoid(bias + weights.total(parts)) for parts in document_parts(blocks)]

    @functools.cached_property
    def _word_weights(self) -> dict[str, float]:
        """Every word either model weighs, with its weight for boilerplate (0.0: none).

        No other word can change a judgement; a zero adds nothing to an exact sum.
        """
        _, weights = self._binary
        _, (category_words, *_) = self._category
        found = dict.fromkeys(category_words, 0.0)
        found.update(weights.words)
        return found

    @functools.cached_property
    def _canonical_words(self) -> dict[str, str]:
        """Each weighed word mapped to the model's own string for it (one copy, shared)."""
        return {word: word for word in self._word_weights}

    def _explain(self, parts: BlockParts) -> tuple[str, tuple[str, ...]]:
        """The category of a block judged boilerplate, and its strongest features.

        Reads the features in the order :meth:`BlockParts.features` sorts them (by
        prefix: ``b:``, ``c:``, ``n:``, ``s:``, ``w:``, then by name), so the category
        totals add up exactly as they would over that list.
        """
        _, weights = self._binary
        category_bias, (words, pairs, chars, shape) = self._category
        kinds = (
            (pairs, parts.pairs, weights.pairs, "b:"),
            (chars, parts.chars, weights.chars, "c:"),
            (shape, parts.shape, weights.shape, ""),
            (words, parts.words, weights.words, "w:"),
        )
        totals = dict(category_bias)
        strong: list[tuple[float, str]] = []
        for by_category, present, binary, prefix in kinds:
            for feature in sorted(by_category.keys() & present):
                for name, weight in by_category[feature].items():
                    totals[name] += weight
            strong.extend(
                (-binary[feature], prefix + feature)
                for feature in binary.keys() & present
                if binary[feature] > 0
            )
        chosen = max(sorted(totals), key=totals.__getitem__)
        return chosen, tuple(feature for _, feature in sorted(strong)[:_EXPLAINED])

    def _judgement(self, parts: BlockParts, wording: float, threshold: float) -> Judgement:
        """Judge one block whose words add ``wording``."""
        bias, weights = self._binary
        probability = _sigmoid(bias + wording + weights.shaping(parts.shape))
        if probability < threshold:
            return Judgement(probability, None, (), wording)
        return Judgement(probability, *self._explain(parts), wording)

    def judge(self, blocks: Sequence[str], threshold: float = 0.5) -> list[Judgement]:
        """Judge every block; category and explanation only where ``threshold`` is reached.

        >>> lexicon = Lexicon({"binary": {"bias": -1.0, "weights": {"w:donate": 3.0}},
        ...     "category": {"bias": {"appeal": 0.0, "ad": 0.0},
        ...                  "weights": {"w:donate": {"appeal": 2.0}}}})
        >>> [j.category for j in lexicon.judge(["Donate", "The mayor spoke."])]
        ['appeal', None]
        """
        _, weights = self._binary
        return [
            self._judgement(parts, weights.wording(parts), threshold)
            for parts in document_parts(blocks)
        ]

    def _readings(self, lowered: Sequence[str], memo: dict[str, _Reading]) -> list[_Reading]:
        """What each lowercased block says to the model, read once per text into ``memo``."""
        missing = list(dict.fromkeys(text for text in lowered if text not in memo))
        _, weights = self._binary
        known, pairs, chars = self._word_weights.keys(), weights.pairs, weights.chars
        pair_weight, char_weight = pairs.__getitem__, chars.__getitem__
        canonical = self._canonical_words.__getitem__
        join, pairwise, fsum = " ".join, itertools.pairwise, math.fsum
        # Read in runs of blocks: the words of a whole long document at once take far
        # more memory than its text.
        for first in range(0, len(missing), _READ_BLOCKS):
            run = missing[first : first + _READ_BLOCKS]
            for text, words, char_set in zip(
                run, document_words(run), document_char_pairs(run), strict=True
            ):
                # Exact sums, as _Weights.wording adds them; a pair or a character pair
                # that no weight names is looked up, never kept.
                pair_total = (
                    fsum(map(pair_weight, pairs.keys() & map(join, pairwise(words))))
                    if 1 < len(words) <= MAX_PAIR_WORDS
                    else None
                )
                char_total = fsum(map(char_weight, chars.keys() & char_set)) if char_set else None
                memo[text] = _Reading(tuple(map(canonical, known & words)), pair_total, char_total)
        return [memo[text] for text in lowered]

    def findings(
        self,
        blocks: Sequence[str],
        threshold: float,
        min_wording: float,
        lowered: Sequence[str] | None = None,
        memo: dict[str, _Reading] | None = None,
        *,
        unless: Callable[[str], bool] | None = None,
        wordings: list[float] | None = None,
        lean: float | None = None,
    ) -> dict[int, Judgement]:
        """The blocks judged boilerplate on words that add at least ``min_wording``.

        The same judgements as :meth:`judge` gives them, by block number, found with less
        work: only the words the model weighs are looked up, and only a block whose
        words add enough has its shape read. ``lowered``: the blocks, lowercased.
        ``memo``: what earlier calls read in the same texts (a document read again after
        some of its blocks went); filled in here. ``unless``: a block whose words fall
        short is judged all the same when this says so of its text (an amount button,
        told by its shape). ``wordings``: when given, receives every block's wording, in
        order (what the engine asks of a paragraph between two widgets). ``lean``: a
        block whose words alone add this much is returned even where its probability
        falls short of ``threshold``, without a category (see :meth:`explain`).

        >>> lexicon = Lexicon({"binary": {"bias": -1.0, "weights": {"w:donate": 3.0}},
        ...     "category": {"bias": {"appeal": 0.0}, "weights": {}}})
        >>> {n: j.category for n, j in lexicon.findings(["Donate", "Hi"], 0.5, 1.0).items()}
        {0: 'appeal'}
        """
        bias, weights = self._binary
        word_weight, fsum = self._word_weights.__getitem__, math.fsum
        if lowered is None:
            lowered = [text.lower() for text in blocks]
        readings = self._readings(lowered, {} if memo is None else memo)
        # A word in many blocks is the document's topic, not a widget's: it leaves them.
        topic = topic_words([reading.weighed for reading in readings])
        found = {}
        for index, reading in enumerate(readings):
            weighed = reading.weighed
            kept = itertools.filterfalse(topic.__contains__, weighed) if topic else weighed
            wording = fsum(map(word_weight, kept))
            if reading.pairs is not None:
                wording += reading.pairs
            if reading.chars_total is not None:
                wording += reading.chars_total
            if wordings is not None:
                wordings.append(wording)
            if wording < min_wording and (unless is None or not unless(blocks[index])):
                continue
            shape = tuple(block_shape(blocks, index))
            probability = _sigmoid(bias + wording + weights.shaping(shape))
            if probability < threshold:
                if lean is not None and wording >= lean:
                    found[index] = Judgement(probability, None, (), wording)
                continue
            parts = BlockParts(
                frozenset(weighed).difference(topic),
                word_pairs(document_words([lowered[index]])[0]),
                char_pairs(lowered[index]),
                shape,
            )
            found[index] = Judgement(probability, *self._explain(parts), wording)
        return found

    def explain(self, blocks: Sequence[str], index: int) -> tuple[str, tuple[str, ...]]:
        """The category of block ``index`` and its strongest features, read on demand.

        For a block :meth:`findings` judged on its words alone (``lean``), whose
        explanation only a few blocks ever need. The document's topic words are not
        left out here.
        """
        lowered = blocks[index].lower()
        words = document_words([lowered])[0]
        parts = BlockParts(
            frozenset(words).intersection(self._word_weights),
            word_pairs(words),
            char_pairs(lowered),
            tuple(block_shape(blocks, index)),
        )
        return self._explain(parts)


@functools.cache
def load_lexicon() -> Lexicon:
    """The bundled model, read once (about a tenth of a second) on first use."""
    packed = (resources.files("cleanbody.model") / "data" / "lexicon.json.gz").read_bytes()
    return Lexicon(json.loads(gzip.decompress(packed)))
