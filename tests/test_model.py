"""The learned lexicon: built from the training data by one command, read as it was trained."""

from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

import pytest

import cleanbody
from cleanbody.evaluate.corpus import corpus_hash, load_corpus
from cleanbody.model.features import document_features, document_parts
from cleanbody.model.lexicon import Lexicon, load_lexicon
from cleanbody.model.train import TRAINING, labelled_blocks, serialise, train

MODEL = Path(str(resources.files("cleanbody.model") / "data" / "lexicon.json.gz"))


def _shipped() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(gzip.decompress(MODEL.read_bytes()))
    return loaded


def test_the_shipped_model_was_trained_on_the_training_data_in_the_repository() -> None:
    """The model records the hash of the training folder it was fitted on; it must be ours."""
    assert _shipped()["data_sha256"] == corpus_hash(TRAINING), (
        "training/ changed since the model was built: run python -m cleanbody.model.train"
    )


@pytest.mark.slow
def test_training_rebuilds_the_shipped_model_byte_for_byte() -> None:
    """Python -m cleanbody.model.train is reproducible: a fresh fit gives the same file."""
    assert serialise(train(TRAINING)) == MODEL.read_bytes()


def test_the_model_is_small_and_covers_thirty_languages() -> None:
    """Under 5 MB, trained on at least 20,000 blocks in at least 30 languages."""
    trained_on = _shipped()["trained_on"]
    assert isinstance(trained_on, dict)
    assert MODEL.stat().st_size < 5_000_000
    assert trained_on["blocks"] >= 20_000
    assert len(trained_on["languages"]) >= 30


def test_training_data_covers_every_category_in_every_language() -> None:
    """Each language of the training data has every category and hard article negatives."""
    cases = load_corpus(TRAINING)
    by_language: dict[str, set[str]] = {}
    negatives: dict[str, int] = {}
    for case in cases:
        by_language.setdefault(case.lang, set()).update(case.categories)
        negatives[case.lang] = negatives.get(case.lang, 0) + (case.kind == "negative")
    for language, categories in by_language.items():
        assert categories == set(cleanbody.CATEGORIES), language
        assert negatives[language] >= 5, language


def test_fast_features_are_the_training_features() -> None:
    """The scorer's fast form and the training form of the features say the same thing."""
    blocks = [
        "Stadtwerke erhöhen die Preise zum 1. Januar um 12 Prozent, teilte die Firma mit.",
        "Jetzt spenden: 5 € · 10 € · Anderer Betrag",
        "转载请注明出处",
        "Follow us @harbourgazette",
    ]
    assert [parts.features() for parts in document_parts(blocks)] == document_features(blocks)


def test_labelled_blocks_align_with_the_case_lines() -> None:
    """Every training block gets the category its line was marked with."""
    case = load_corpus(TRAINING)[0]
    blocks, gold = labelled_blocks(case)
    marked = {line.strip(): category for line, category in case.lines if line.strip()}
    assert [marked[block] for block in blocks] == gold


def test_the_lexicon_explains_what_it_judged() -> None:
    """A widget line is judged boilerplate, with the features that pushed hardest."""
    judged = load_lexicon().judge(
        [
            "The harbour authority will close the northern quay for three months from January.",
            "Support independent journalism: give €5 a month",
        ]
    )
    assert judged[0].category is None
    assert judged[1].category == "appeal"
    assert judged[1].probability > 0.5
    assert judged[1].features


def test_topic_words_do_not_count_as_widget_words() -> None:
    """A word in many blocks of a story is its topic: a story on cookies is not a banner."""
    lexicon = Lexicon(
        {
            "binary": {"bias": -2.0, "weights": {"w:cookies": 3.0}},
            "category": {"bias": {"cookie": 0.0}, "weights": {}},
        }
    )
    story = [
        f"Paragraph {n} of a story about cookies and the law that governs them." for n in range(6)
    ]
    banner = ["We use cookies", "The mayor spoke on Monday about the new budget plans."]
    assert max(lexicon.probabilities(story)) < 0.5
    assert lexicon.probabilities(banner)[0] > 0.5
