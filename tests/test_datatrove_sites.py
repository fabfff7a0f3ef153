"""The site memory recipe under a real datatrove LocalPipelineExecutor with two tasks."""

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

from cleanbody import SiteMemory
from cleanbody.integrations.datatrove_sites import (
    MergeSiteCountsStep,
    SiteCountsStep,
    SiteMemoryCleanStep,
    load_site_memory,
)

from .test_sites import PAGES, URL, page

OTHER = "https://sauti.example/{}"


def _rows() -> list[dict[str, str]]:
    rows = [{"id": f"m{n}", "text": text, "url": URL.format(n)} for n, text in enumerate(PAGES)]
    rows += [
        {"id": f"s{n}", "text": page(n).replace("Mtaa Wetu", "Sauti Yetu"), "url": OTHER.format(n)}
        for n in range(8)
    ]
    rows.append({"id": "none", "text": PAGES[0]})  # no URL: cleaned without memory
    return rows


def _run(tmp_path: Path) -> tuple[dict[str, dict[str, object]], Path]:
    raw = tmp_path / "raw"
    raw.mkdir()
    rows = _rows()
    for number, chunk in enumerate((rows[::2], rows[1::2])):
        lines = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in chunk)
        (raw / f"part-{number}.jsonl").write_text(lines, encoding="utf-8")
    counts, memory, clean = tmp_path / "counts", tmp_path / "memory", tmp_path / "clean"
    logs = tmp_path / "logs"
    LocalPipelineExecutor(
        [JsonlReader(str(raw)), SiteCountsStep(str(counts))],
        tasks=2,
        workers=2,
        logging_dir=str(logs / "counts"),
    ).run()
    LocalPipelineExecutor(
        [MergeSiteCountsStep(str(counts), str(memory))],
        tasks=2,
        workers=2,
        logging_dir=str(logs / "merge"),
    ).run()
    LocalPipelineExecutor(
        [JsonlReader(str(raw)), SiteMemoryCleanStep(str(memory)), JsonlWriter(str(clean))],
        tasks=2,
        workers=2,
        logging_dir=str(logs / "clean"),
    ).run()
    docs = {}
    for file in sorted(clean.glob("*.jsonl.gz")):
        for line in gzip.decompress(file.read_bytes()).decode().splitlines():
            record = json.loads(line)
            docs[record["id"]] = record
    return docs, memory


def test_three_pipelines_clean_as_one_memory_learnt_by_hand(tmp_path: Path) -> None:
    """Counts per task, merged per host into two shards, then cleaning: as SiteMemory does."""
    docs, memory_folder = _run(tmp_path)
    rows = _rows()
    assert set(docs) == {row["id"] for row in rows}
    by_hand = SiteMemory()
    for row in rows:
        by_hand.learn(row["text"], url=row.get("url"))
    for row in rows:
        expected = by_hand.clean(row["text"], url=row.get("url"))
        assert docs[row["id"]]["text"] == expected.text, row["id"]
    assert "Changia leo" not in docs["m0"]["text"]
    assert docs["s3"]["metadata"]["cleanbody"]["site"] == "sauti.example"
    assert docs["s3"]["metadata"]["cleanbody"]["site_pages"] >= 3
    assert docs["none"]["metadata"]["cleanbody"]["site"] == ""
    shards = sorted(path.name for path in memory_folder.iterdir())
    assert shards == ["shard-00000-of-00002.sites", "shard-00001-of-00002.sites"]
    merged = load_site_memory(str(memory_folder))
    assert sorted(merged) == ["mtaa-wetu.example", "sauti.example"]
    assert merged.pages("sauti.example") == 8


def test_a_task_over_its_site_limit_writes_parts_that_merge(tmp_path: Path) -> None:
    """max_sites=1: each host change writes a part; the merge still sees every page."""
    counts, memory = tmp_path / "counts", tmp_path / "memory"
    step = SiteCountsStep(str(counts), max_sites=1)
    docs = [
        Document(text=row["text"], id=row["id"], metadata={"url": row["url"]})
        for row in _rows()[:-1]
    ]
    docs = docs[::2] + docs[1::2]  # the host changes several times along the way
    assert len(list(step.run(iter(docs)))) == len(docs)
    assert len(list(counts.iterdir())) >= 2
    list(MergeSiteCountsStep(str(counts), str(memory)).run(None))
    merged = load_site_memory(str(memory))
    assert merged.pages("mtaa-wetu.example") == len(PAGES)
    assert merged.pages("sauti.example") == 8


def test_an_empty_memory_folder_is_a_clear_error(tmp_path: Path) -> None:
    """Loading a folder with no shards says to run the merge first."""
    with pytest.raises(FileNotFoundError, match="MergeSiteCountsStep"):
        load_site_memory(str(tmp_path))
