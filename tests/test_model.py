"""The learned lexicon: built from the training data by one command, read as it was trained."""

from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cleanbody
from cleanbody.evaluate.corpus import corpus_hash, load_corpus
from cleanbody.model.features import (
    char_pairs,
    document_char_pairs,
    document_features,
    document_parts,
    document_words,
)
from cleanbody.model.lexicon import Lexicon, load_lexicon
from cleanbody.model.train import TRAINING, labelled_blocks, serialise, train
from cleanbody.text.blocks import split_blocks

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


def _regex_words(lowered: str) -> list[str]:
    return re.findall(r"\w+", re.sub(r"\d", "0", lowered))


@given(st.lists(st.text(), max_size=6))
@example(["don't—stop “now” «ici» a/b-c", "x²y ٣٤ 12ab snake_case", "a\u2028b\tc\x1cd"])
@example(["one\ntwo 3", "ก่อน ข่าว", "１２３ ｆｕｌｌ İstanbul"])
def test_document_words_are_the_words_a_regex_finds(blocks: list[str]) -> None:
    """Words found a document at a time are \\w+ runs, digits as 0, block by block."""
    lowered = [block.lower() for block in blocks]
    assert document_words(lowered) == [_regex_words(block) for block in lowered]


@given(st.lists(st.text(alphabet=st.sampled_from("ab 转载请注明出处ก่อนข่าว한국어"), max_size=30)))
def test_document_character_pairs_are_each_blocks_pairs(blocks: list[str]) -> None:
    """Character pairs read a document at a time are each block's own."""
    assert document_char_pairs(blocks) == [char_pairs(block) for block in blocks]


def _kept(lexicon: Lexicon, blocks: list[str]) -> dict[int, object]:
    return {
        number: judgement
        for number, judgement in enumerate(lexicon.judge(blocks, 0.5))
        if judgement.category is not None and judgement.wording >= 0.5
    }


def test_findings_read_in_runs_keep_only_the_models_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks read a few at a time give the same findings; the memo keeps the model's words only.

    A long document's readings hold, per block, the words the model weighs as the model's
    own strings, not the block's words (which would take several times its text).
    """
    from cleanbody.model import lexicon as lexicon_module  # noqa: PLC0415

    lexicon = load_lexicon()
    blocks = []
    for case in load_corpus(Path(__file__).resolve().parents[1] / "corpus" / "de")[:12]:
        blocks.extend(block.text for block in split_blocks(case.text))
    expected = lexicon.findings(blocks, 0.5, 0.5)
    assert expected  # the documents hold boilerplate the model sees
    monkeypatch.setattr(lexicon_module, "_READ_BLOCKS", 3)
    memo: dict[str, Any] = {}
    assert lexicon.findings(blocks, 0.5, 0.5, memo=memo) == expected
    model_words = {id(word) for word in lexicon._canonical_words.values()}
    assert all(id(word) in model_words for reading in memo.values() for word in reading.weighed)


def test_findings_are_the_judgements_the_engine_keeps() -> None:
    """findings() gives judge()'s judgements where probability and words clear their bars."""
    lexicon = load_lexicon()
    cases = load_corpus(Path(__file__).resolve().parents[1] / "corpus" / "en")[:40]
    for case in cases:
        blocks = [block.text for block in split_blocks(case.text)]
        memo: dict[str, Any] = {}
        assert lexicon.findings(blocks, 0.5, 0.5, memo=memo) == _kept(lexicon, blocks), case.id
        # A later round reads what is left with what the first reading kept.
        left = blocks[1:-1]
        assert lexicon.findings(left, 0.5, 0.5, memo=memo) == _kept(lexicon, left), case.id
