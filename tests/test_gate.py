"""The regression gate: corpus figures may not fall below the floors pinned in the repo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from cleanbody.evaluate import FLOORS_FILE, check_floors, evaluate, main, update_floors

from .conftest import CORPUS


def test_corpus_figures_hold_their_floors() -> None:
    """Every mode's article loss, recall, exact share and negatives stay at their floors."""
    floors = json.loads((CORPUS / FLOORS_FILE).read_text())
    report = evaluate(CORPUS, modes=sorted(floors["modes"]), baselines=False, worst=0)
    assert check_floors(report, floors) == []


def test_a_worse_figure_is_reported() -> None:
    """A figure below its floor and a changed corpus both produce a message."""
    report = {
        "corpus_hash": "new",
        "systems": {"cleanbody (balanced)": {"article_loss": 0.01, "boilerplate_recall": 0.9,
                                             "exact": 0.8, "negatives_untouched": 1.0}},
    }
    floors = {"corpus_hash": "old", "modes": {"balanced": {"article_loss": 0.002,
                                                         "boilerplate_recall": 0.95}}}
    problems = check_floors(report, floors)
    assert any("corpus changed" in line for line in problems)
    assert any("article_loss is 0.01" in line for line in problems)
    assert any("boilerplate_recall is 0.9" in line for line in problems)


def test_update_refuses_to_lower_a_floor_without_the_flag(tmp_path: Path) -> None:
    """Pinning a worse figure needs --allow-lower and a changelog line; raising needs nothing."""
    path = tmp_path / FLOORS_FILE
    good = {"corpus_hash": "h", "systems": {"cleanbody (balanced)": {
        "article_loss": 0.0, "boilerplate_recall": 0.99, "exact": 0.9, "negatives_untouched": 1.0}}}
    worse = json.loads(json.dumps(good))
    worse["systems"]["cleanbody (balanced)"]["boilerplate_recall"] = 0.5
    assert update_floors(good, path, allow_lower=False) == []
    refused = update_floors(worse, path, allow_lower=False)
    assert refused == ["balanced: boilerplate_recall 0.99 -> 0.5"]
    assert json.loads(path.read_text())["modes"]["balanced"]["boilerplate_recall"] == 0.99
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [Unreleased]\n\n- Nothing yet.\n")
    refused = update_floors(worse, path, allow_lower=True, changelog=changelog)
    assert "must say why" in refused[-1]
    changelog.write_text("## [Unreleased]\n\n- Recall floor lowered: new hard cases.\n")
    assert update_floors(worse, path, allow_lower=True, changelog=changelog) == []
    assert json.loads(path.read_text())["modes"]["balanced"]["boilerplate_recall"] == 0.5


def test_evaluate_command_writes_the_json_report(tmp_path: Path) -> None:
    """Python -m cleanbody.evaluate writes the documented top-level keys with --json."""
    out = tmp_path / "report.json"
    assert main([str(CORPUS), "--json", str(out), "--mode", "balanced", "--worst", "2"]) == 0
    report = json.loads(out.read_text())
    for key in ("cases", "languages", "categories", "article_loss", "boilerplate_recall",
                "exact", "per_category", "per_language", "worst", "systems"):
        assert key in report
    assert any(name.startswith("C4 line rules") for name in report["systems"])
    assert "unchanged" in report["systems"]


def test_evaluate_command_names_a_missing_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong corpus path exits 2 with a message saying what to pass."""
    assert main(["no-such-folder"]) == 2
    assert "pass the corpus folder" in capsys.readouterr().err
