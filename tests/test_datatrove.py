"""CleanBodyStep inside a real datatrove LocalPipelineExecutor with two tasks over two files."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("orjson")  # datatrove's JSON Lines reader and writer need it

from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import JsonlReader
from datatrove.pipeline.writers import JsonlWriter

from cleanbody.integrations.datatrove import CleanBodyStep

from .conftest import SAMPLE_ARTICLE, SAMPLE_TRAILER

ARTICLE = (
    "The city council approved a new budget for public libraries on Tuesday.\n"
    "Sign up for our newsletter here.\n"
    "Branch hours will be extended on weekends starting in March, the director said.\n"
)
CLEAN = SAMPLE_ARTICLE
TRAILER = SAMPLE_TRAILER
PAYWALLED = (
    "The mayor announced a new plan for the harbour on Friday.\n"
    "Subscribe now to continue reading.\n"
)


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")


def _read(folder: Path) -> dict[str, dict[str, object]]:
    docs = {}
    for file in sorted(folder.glob("*.jsonl.gz")):
        for line in gzip.decompress(file.read_bytes()).decode().splitlines():
            record = json.loads(line)
            docs[record["id"]] = record
    return docs


def _total(stat: object) -> object:
    # datatrove saves a plain counter as a number and a counter with a unit as a dict.
    return stat["total"] if isinstance(stat, dict) else stat


def test_pipeline_cleans_annotates_counts_and_drops(tmp_path: Path) -> None:
    """Two tasks over two files: text cleaned, metadata stored, stats counted, paywalled dropped."""
    raw = tmp_path / "raw"
    raw.mkdir()
    _write(
        raw / "part-0.jsonl", [{"id": "a", "text": ARTICLE + TRAILER}, {"id": "b", "text": CLEAN}]
    )
    _write(raw / "part-1.jsonl", [{"id": "c", "text": PAYWALLED}, {"id": "d", "text": ARTICLE}])
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(str(raw)),
            CleanBodyStep(
                drop_paywalled=True, exclusion_writer=JsonlWriter(str(tmp_path / "dropped"))
            ),
            JsonlWriter(str(tmp_path / "clean")),
        ],
        tasks=2,
        workers=1,
        logging_dir=str(tmp_path / "logs"),
    )
    executor.run()

    kept = _read(tmp_path / "clean")
    assert sorted(kept) == ["a", "b", "d"]
    assert kept["a"]["text"] == CLEAN
    assert kept["d"]["text"] == CLEAN
    account = kept["a"]["metadata"]["cleanbody"]  # type: ignore[index]
    assert {name: n for name, n in account["categories"].items() if n} == {
        "appeal": 1,
        "newsletter": 1,
    }
    assert account["publisher"] == "The Riverside Courier"
    assert account["removals"] == 2
    assert "removed" not in account  # the summary is the default
    assert kept["b"]["metadata"]["cleanbody"]["publisher"] == ""  # type: ignore[index]

    dropped = _read(tmp_path / "dropped")
    assert list(dropped) == ["c"]
    assert dropped["c"]["text"] == PAYWALLED
    assert dropped["c"]["metadata"]["filter_reason"] == "cleanbody_paywalled"  # type: ignore[index]

    stats = json.loads((tmp_path / "logs" / "stats.json").read_text(encoding="utf-8"))
    (step,) = [block["stats"] for block in stats if "cleanbody" in block["name"]]
    assert _total(step["cleanbody_documents"]) == 4
    assert _total(step["cleanbody_removed_newsletter"]) == 2
    assert _total(step["cleanbody_removed_appeal"]) == 1
    assert _total(step["cleanbody_dropped_paywalled"]) == 1
    assert len(list((tmp_path / "logs" / "stats").glob("*.json"))) == 2


def test_removed_ratio_threshold_drops_without_a_writer() -> None:
    """max_removed_ratio drops a mostly-boilerplate document even with no exclusion writer."""
    step = CleanBodyStep(max_removed_ratio=0.3)
    docs = [Document(text=CLEAN + TRAILER, id="x"), Document(text=CLEAN, id="y")]
    assert [doc.id for doc in step.run(iter(docs))] == ["y"]
    assert step.stats["cleanbody_dropped_removed_ratio"].total == 1


def test_bad_settings_fail_when_the_step_is_built() -> None:
    """An unknown category or a ratio outside 0..1 raises ValueError at construction."""
    with pytest.raises(ValueError, match="unknown categories"):
        CleanBodyStep(keep=["weather"])
    with pytest.raises(ValueError, match="between 0 and 1"):
        CleanBodyStep(max_removed_ratio=30)
