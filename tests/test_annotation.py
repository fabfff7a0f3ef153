"""The fixed annotation schema, written by real Parquet writers and a real datasets map."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pyarrow")
pytest.importorskip("datasets")
pytest.importorskip("datatrove")

import datasets
import pyarrow as pa
import pyarrow.parquet as pq
from datatrove.data import Document
from datatrove.pipeline.writers import ParquetWriter

from cleanbody import CATEGORIES, clean
from cleanbody.annotation import (
    REMOVAL_FIELDS,
    SUMMARY_FIELDS,
    arrow_type,
    build_annotation,
    error_annotation,
    features,
)
from cleanbody.integrations.datatrove import CleanBodyStep
from cleanbody.integrations.hf import clean_examples

from .conftest import SAMPLE_ARTICLE, SAMPLE_TRAILER

PAGE = (
    "<html><body><article><h1>Harbour plan</h1>"
    "<p>The harbour board approved the new quay on Monday after a long public hearing.</p>"
    "<div class='newsletter-signup'>Get our morning briefing by e-mail.</div>"
    "</article></body></html>"
)
#: Mixed documents: no publisher first, then a publisher, an empty text and an HTML page.
MIXED = (
    SAMPLE_ARTICLE,
    "The river rose overnight.\nRead more: Flood warnings for the valley",
    SAMPLE_ARTICLE + SAMPLE_TRAILER,
    "",
    PAGE,
)


def test_every_annotation_has_the_same_keys_and_types() -> None:
    """Whatever was removed, an annotation has every key, every category, and no None."""
    notes = [build_annotation(clean(doc), "removals") for doc in MIXED]
    notes.append(error_annotation("it broke", "removals"))
    for note in notes:
        assert list(note) == [*SUMMARY_FIELDS, "removed"]
        assert list(note["categories"]) == list(CATEGORIES)
        assert None not in note.values()
        for removal in note["removed"]:
            assert list(removal) == list(REMOVAL_FIELDS)
    assert [type(note[key]) for note in notes for key in SUMMARY_FIELDS] == [
        type(notes[0][key]) for _ in notes for key in SUMMARY_FIELDS
    ]
    assert notes[2]["publisher"] == "The Riverside Courier"
    assert notes[0]["publisher"] == ""
    assert notes[4]["input_type"] == "html"
    assert notes[4]["categories"]["newsletter"] == 1


def test_arrow_type_is_what_pyarrow_infers() -> None:
    """Pyarrow infers exactly the shipped type from annotations of mixed documents."""
    summaries = [build_annotation(clean(doc)) for doc in MIXED]
    assert pa.array(summaries).type == arrow_type()
    # With every removal, an empty list first would infer list<null>: the type fixes it.
    details = [build_annotation(clean(doc), "removals") for doc in MIXED]
    assert pa.array(details, type=arrow_type("removals")).to_pylist() == details


def test_unknown_detail_is_refused() -> None:
    """An unknown detail raises ValueError naming the choices."""
    with pytest.raises(ValueError, match="summary, removals"):
        build_annotation(clean("Rain."), "everything")  # type: ignore[arg-type]


def test_datatrove_parquet_writer_after_the_step(tmp_path: Path) -> None:
    """The datatrove ParquetWriter after CleanBodyStep writes mixed documents in one schema."""
    docs = [Document(text=text, id=str(index)) for index, text in enumerate(MIXED)]
    # batch_size=1: every document is its own record batch, so each must match the
    # schema taken from the first (which has no publisher and no removal).
    writer = ParquetWriter(str(tmp_path / "summary"), batch_size=1)
    list(writer.run(CleanBodyStep().run(iter(docs))))
    table = pq.read_table(next((tmp_path / "summary").glob("*.parquet")))
    assert table.column("id").to_pylist() == ["0", "1", "2", "4"]  # the empty one dropped
    assert table.schema.field("metadata").type.field("cleanbody").type == arrow_type()
    notes = [row["cleanbody"] for row in table.column("metadata").to_pylist()]
    assert [note["publisher"] for note in notes] == ["", "", "The Riverside Courier", ""]
    assert [note["categories"]["newsletter"] for note in notes] == [0, 0, 0, 1]


def test_datatrove_parquet_writer_with_every_removal(tmp_path: Path) -> None:
    """With detail="removals", a schema built from arrow_type lets ParquetWriter write them."""
    schema = pa.schema(
        [
            pa.field("text", pa.string()),
            pa.field("id", pa.string()),
            pa.field("metadata", pa.struct([pa.field("cleanbody", arrow_type("removals"))])),
        ]
    )
    docs = [Document(text=text, id=str(index)) for index, text in enumerate(MIXED)]
    writer = ParquetWriter(str(tmp_path / "full"), batch_size=2, schema=schema)
    step = CleanBodyStep(detail="removals", drop_empty=False)
    list(writer.run(step.run(iter(docs))))
    table = pq.read_table(next((tmp_path / "full").glob("*.parquet")))
    assert table.column("text").to_pylist()[3] is None  # datatrove leaves an empty text out
    notes = [row["cleanbody"] for row in table.column("metadata").to_pylist()]
    assert [len(note["removed"]) for note in notes] == [0, 1, 1, 0, 1]
    assert notes[1]["removed"][0]["text"].startswith("Read more:")
    assert notes[4]["removed"][0]["position"] == "dom"


def test_datasets_map_with_batches_of_two() -> None:
    """Dataset.map with batch_size=2, the first batch without a publisher, gives the Features."""
    data = datasets.Dataset.from_dict({"text": [*MIXED, None]})
    cleaned = data.map(clean_examples, batched=True, batch_size=2)
    expected = features()
    assert {name: cleaned.features[name] for name in expected} == dict(expected)
    assert cleaned["cleanbody_publisher"] == ["", "", "The Riverside Courier", "", "", ""]
    assert cleaned["text"][2] == SAMPLE_ARTICLE
    assert cleaned["text"][5] is None
    assert cleaned["cleanbody_error"][5] == "no text (None)"


def test_datasets_map_with_every_removal() -> None:
    """With detail="removals" and the shipped Features, batches of two map without a cast error."""
    data = datasets.Dataset.from_dict({"text": list(MIXED)})
    columns = datasets.Features({**data.features, **features("removals")})
    cleaned = data.map(
        clean_examples,
        batched=True,
        batch_size=2,
        features=columns,
        fn_kwargs={"detail": "removals"},
    )
    assert cleaned.features == columns
    assert [len(removed) for removed in cleaned["cleanbody_removed"]] == [0, 1, 1, 0, 1]
