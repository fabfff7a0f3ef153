"""clean_examples with a real Hugging Face `datasets` Dataset."""

from __future__ import annotations

import pytest

from cleanbody.integrations.hf import COLUMNS, clean_examples

from .conftest import SAMPLE_ARTICLE, SAMPLE_TRAILER

datasets = pytest.importorskip("datasets")

ARTICLE = SAMPLE_ARTICLE
TRAILER = SAMPLE_TRAILER
PAYWALL = "Subscribe now to continue reading.\n"


def _dataset() -> object:
    return datasets.Dataset.from_dict(
        {
            "id": ["a", "b", "c"],
            "text": [
                ARTICLE + TRAILER,
                "A plain report with nothing to remove.",
                ARTICLE + PAYWALL,
            ],
        }
    )


@pytest.mark.parametrize("num_proc", [None, 2])
def test_map_cleans_text_and_adds_flat_columns(num_proc: int | None) -> None:
    """Dataset.map(batched=True) cleans the text and adds the fixed cleanbody columns."""
    cleaned = _dataset().map(clean_examples, batched=True, batch_size=2, num_proc=num_proc)  # type: ignore[attr-defined]
    assert cleaned.column_names == ["id", "text", *("cleanbody_" + name for name in COLUMNS)]
    rows = cleaned.to_list()
    assert rows[0]["text"] == ARTICLE
    assert rows[0]["cleanbody_categories"]["appeal"] == 1
    assert rows[0]["cleanbody_publisher"] == "The Riverside Courier"
    assert 0 < rows[0]["cleanbody_removed_ratio"] < 1
    assert set(rows[1]["cleanbody_categories"].values()) == {0}
    assert rows[1]["cleanbody_removed_ratio"] == 0.0
    assert rows[2]["cleanbody_paywalled"] is True


def test_field_and_options_pass_through_fn_kwargs() -> None:
    """fn_kwargs picks the column and the categories to keep."""
    data = datasets.Dataset.from_dict({"body": [ARTICLE + TRAILER]})
    cleaned = data.map(
        clean_examples, batched=True, fn_kwargs={"field": "body", "keep": ["appeal", "ui"]}
    )
    assert "Remind me later." in cleaned[0]["body"]


def test_missing_column_names_the_fix() -> None:
    """A batch without the text column raises KeyError saying to pass fn_kwargs."""
    with pytest.raises(KeyError, match="fn_kwargs"):
        clean_examples({"body": ["x"]})
