"""Train the learned lexicon from the labelled training documents in ``training/``.

Run ``python -m cleanbody.model.train`` (needs ``pip install 'cleanbody[train]'``): it
reads every case under ``training/`` (the corpus format: a header, ``---``, the text with
``[category]`` markers), turns each block into its features
(:mod:`cleanbody.model.features`), fits two logistic regressions with scikit-learn and
writes ``src/cleanbody/model/data/lexicon.json.gz``, byte for byte the same for the same
data:

- *boilerplate or article*, on every block: one weight per feature, the evidence;
- *which category*, on the boilerplate blocks: one weight per feature and category.

Weights are rounded and small ones dropped, so the file stays small and reads as a
lexicon: ``cleanbody.model.lexicon.explain`` lists the features that fired. ``--folds K``
also prints cross-validated figures per language (documents held out whole).
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from cleanbody.config import CATEGORIES
from cleanbody.evaluate.corpus import Case, corpus_hash, load_corpus
from cleanbody.model.features import document_features
from cleanbody.text.blocks import split_blocks

__all__ = ["TrainingSettings", "labelled_blocks", "main", "train"]

REPO: Final = Path(__file__).resolve().parents[3]
TRAINING: Final = REPO / "training"
MODEL_FILE: Final = Path(__file__).resolve().parent / "data" / "lexicon.json.gz"
FORMAT_VERSION: Final = 1


@dataclass(frozen=True)
class TrainingSettings:
    """How the lexicon is fitted; recorded in the model file.

    Attributes:
        min_documents: A feature seen in fewer training documents is dropped (noise).
        binary_c: Inverse regularisation of the boilerplate-or-article model.
        category_c: Inverse regularisation of the category model.
        keep_weight: Weights smaller than this (in absolute value) are dropped.
        digits: Weights are rounded to this many decimals.
        balanced: Weigh boilerplate and article blocks equally in the first model (the
            data holds more article); otherwise probabilities follow the data's mix.
    """

    min_documents: int = 2
    binary_c: float = 0.5
    category_c: float = 1.0
    keep_weight: float = 0.02
    digits: int = 3
    balanced: bool = False


def labelled_blocks(case: Case) -> tuple[list[str], list[str | None]]:
    """The blocks of a case and the category of each (``None``: article)."""
    gold = [category for line, category in case.lines if line.strip()]
    blocks = [block.text for block in split_blocks(case.text)]
    if len(gold) != len(blocks):  # a line of only exotic spaces: align by content instead
        labels = {line.strip(): category for line, category in case.lines}
        gold = [labels.get(text) for text in blocks]
    return blocks, gold


def _rows(cases: Sequence[Case]) -> tuple[list[list[str]], list[str | None], list[int]]:
    rows: list[list[str]] = []
    labels: list[str | None] = []
    documents: list[int] = []
    for number, case in enumerate(cases):
        blocks, gold = labelled_blocks(case)
        rows.extend(document_features(blocks))
        labels.extend(gold)
        documents.extend([number] * len(blocks))
    return rows, labels, documents


def _fit(
    rows: list[list[str]],
    labels: list[str | None],
    documents: list[int],
    settings: TrainingSettings,
) -> dict[str, Any]:
    """Fit both models; return the lexicon as plain data."""
    import numpy as np  # noqa: PLC0415  (training only: cleaning needs neither)
    from scipy.sparse import csr_matrix  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    seen_in: Counter[str] = Counter()
    last_document: dict[str, int] = {}
    for features, document in zip(rows, documents, strict=True):
        for feature in set(features):
            if last_document.get(feature) != document:
                seen_in[feature] += 1
                last_document[feature] = document
    vocabulary = sorted(f for f, n in seen_in.items() if n >= settings.min_documents)
    column = {feature: at for at, feature in enumerate(vocabulary)}
    data, indices, pointers = [], [], [0]
    for features in rows:
        present = sorted({column[f] for f in features if f in column})
        indices.extend(present)
        data.extend([1.0] * len(present))
        pointers.append(len(indices))
    matrix = csr_matrix((data, indices, pointers), shape=(len(rows), len(vocabulary)))

    is_boilerplate = np.array([label is not None for label in labels], dtype=int)
    binary = LogisticRegression(
        C=settings.binary_c, max_iter=2000, class_weight="balanced" if settings.balanced else None
    )
    binary.fit(matrix, is_boilerplate)

    boiler_rows = np.flatnonzero(is_boilerplate)
    categories = np.array([CATEGORIES.index(str(labels[at])) for at in boiler_rows])
    category = LogisticRegression(C=settings.category_c, max_iter=2000)
    category.fit(matrix[boiler_rows], categories)
    known = [CATEGORIES[int(code)] for code in category.classes_]

    def rounded(value: float) -> float:
        return round(float(value), settings.digits)

    binary_weights = {
        feature: rounded(weight)
        for feature, weight in zip(vocabulary, binary.coef_[0], strict=True)
        if abs(weight) >= settings.keep_weight
    }
    category_weights: dict[str, dict[str, float]] = {}
    for at, feature in enumerate(vocabulary):
        weights = {
            name: rounded(category.coef_[row][at])
            for row, name in enumerate(known)
            if abs(category.coef_[row][at]) >= settings.keep_weight
        }
        if weights:
            category_weights[feature] = weights
    return {
        "binary": {"bias": rounded(binary.intercept_[0]), "weights": binary_weights},
        "category": {
            "bias": {name: rounded(category.intercept_[row]) for row, name in enumerate(known)},
            "weights": category_weights,
        },
    }


def train(root: Path = TRAINING, settings: TrainingSettings | None = None) -> dict[str, Any]:
    """Fit the lexicon on every case under ``root``; return it with its provenance."""
    settings = settings or TrainingSettings()
    cases = load_corpus(root)
    rows, labels, documents = _rows(cases)
    model = _fit(rows, labels, documents, settings)
    counts = Counter(label or "article" for label in labels)
    return {
        "format": FORMAT_VERSION,
        "data_sha256": corpus_hash(root),
        "settings": settings.__dict__,
        "trained_on": {
            "documents": len(cases),
            "blocks": len(labels),
            "languages": sorted({case.lang for case in cases}),
            "blocks_per_class": dict(sorted(counts.items())),
        },
        **model,
    }


def serialise(model: dict[str, Any]) -> bytes:
    """The model file's bytes: sorted JSON, gzip without a timestamp (reproducible)."""
    text = json.dumps(model, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as packed:
        packed.write(text.encode("utf-8"))
    return buffer.getvalue()


def cross_validate(root: Path, folds: int, settings: TrainingSettings) -> dict[str, Any]:
    """Block-level precision and recall of the boilerplate model, documents held out whole."""
    from cleanbody.model.lexicon import Lexicon  # noqa: PLC0415

    cases = load_corpus(root)
    per_language: dict[str, Counter[str]] = {}
    for fold in range(folds):
        train_cases = [case for at, case in enumerate(cases) if at % folds != fold]
        test_cases = [case for at, case in enumerate(cases) if at % folds == fold]
        rows, labels, documents = _rows(train_cases)
        lexicon = Lexicon(_fit(rows, labels, documents, settings))
        for case in test_cases:
            blocks, gold = labelled_blocks(case)
            tally = per_language.setdefault(case.lang, Counter())
            for probability, label in zip(lexicon.probabilities(blocks), gold, strict=True):
                predicted = probability >= 0.5
                tally[
                    "tp" if predicted and label else "fp" if predicted else "fn" if label else "tn"
                ] += 1
    report = {}
    for language, tally in sorted(per_language.items()):
        precision = tally["tp"] / max(tally["tp"] + tally["fp"], 1)
        recall = tally["tp"] / max(tally["tp"] + tally["fn"], 1)
        report[language] = {"precision": round(precision, 3), "recall": round(recall, 3)}
    return report


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m cleanbody.model.train [--check] [--folds K]``."""
    parser = argparse.ArgumentParser(
        prog="python -m cleanbody.model.train", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--training", type=Path, default=TRAINING, help="the training folder")
    parser.add_argument("--output", type=Path, default=MODEL_FILE, help="where to write the model")
    parser.add_argument(
        "--check", action="store_true", help="fail if the shipped model differs from a fresh fit"
    )
    parser.add_argument(
        "--folds", type=int, default=0, help="also print K-fold figures per language"
    )
    args = parser.parse_args(argv)
    try:
        import sklearn  # noqa: F401, PLC0415
    except ImportError:
        print("training needs scikit-learn: pip install 'cleanbody[train]'", file=sys.stderr)
        return 2
    settings = TrainingSettings()
    if args.folds:
        for language, figures in cross_validate(args.training, args.folds, settings).items():
            print(
                f"{language}  precision {figures['precision']:.3f}  recall {figures['recall']:.3f}"
            )
    model = serialise(train(args.training, settings))
    if args.check:
        same = args.output.exists() and args.output.read_bytes() == model
        print(
            "the shipped model matches its data"
            if same
            else f"{args.output} is stale: run python -m cleanbody.model.train"
        )
        return 0 if same else 1
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_bytes(model)
    print(f"wrote {args.output} ({len(model):,} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
