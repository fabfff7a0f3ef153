"""The regression gate: corpus figures may not fall below the floors pinned in the repo."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleanbody
from cleanbody.evaluate import FLOORS_FILE, check_floors, evaluate, main, update_floors
from cleanbody.rules import rule_index

from .conftest import CORPUS


def test_corpus_figures_hold_their_floors() -> None:
    """Every mode's article loss, recall, exact share and negatives stay at their floors."""
    floors = json.loads((CORPUS / FLOORS_FILE).read_text())
    modes = sorted({mode for entry in floors["languages"].values() for mode in entry["modes"]})
    report = evaluate(CORPUS, modes=modes, baselines=False, worst=0)
    assert check_floors(report, floors) == []


def _report(recall: float, hashes: dict[str, str]) -> dict[str, object]:
    per_language = {
        language: {
            "article_loss": 0.0,
            "boilerplate_recall": recall,
            "exact": 0.9,
            "negatives_untouched": 1.0,
        }
        for language in hashes
    }
    return {
        "language_hashes": hashes,
        "systems": {"cleanbody (balanced)": {"per_language": per_language}},
    }


def test_a_worse_figure_is_reported() -> None:
    """A figure below its floor, a changed language and an unpinned one each give a message."""
    floors = {
        "languages": {
            "en": {"hash": "old", "modes": {"balanced": {"boilerplate_recall": 0.95}}},
            "de": {"hash": "d", "modes": {"balanced": {"boilerplate_recall": 0.5}}},
        }
    }
    problems = check_floors(_report(0.9, {"en": "new", "de": "d", "sv": "s"}), floors)
    assert any("corpus/en changed" in line for line in problems)
    assert any("en balanced: boilerplate_recall is 0.9" in line for line in problems)
    assert any("corpus/sv has no floors yet" in line for line in problems)
    assert not any(line.startswith("de ") or "corpus/de" in line for line in problems)


def test_adding_a_language_never_moves_another_languages_floors(tmp_path: Path) -> None:
    """Pinning a corpus with a new, weaker language keeps the others' floors and lowers none."""
    path = tmp_path / FLOORS_FILE
    assert update_floors(_report(0.99, {"en": "e"}), path, allow_lower=False) == []
    both = _report(0.99, {"en": "e", "sv": "s"})
    both["systems"]["cleanbody (balanced)"]["per_language"]["sv"]["boilerplate_recall"] = 0.3
    assert update_floors(both, path, allow_lower=False) == []
    pinned = json.loads(path.read_text())["languages"]
    assert pinned["en"]["modes"]["balanced"]["boilerplate_recall"] == 0.99
    assert pinned["sv"]["modes"]["balanced"]["boilerplate_recall"] == 0.3


def test_update_refuses_to_lower_a_floor_without_the_flag(tmp_path: Path) -> None:
    """Pinning a worse figure needs --allow-lower and a changelog line; raising needs nothing."""
    path = tmp_path / FLOORS_FILE
    good, worse = _report(0.99, {"en": "h"}), _report(0.5, {"en": "h"})
    assert update_floors(good, path, allow_lower=False) == []
    refused = update_floors(worse, path, allow_lower=False)
    assert refused == ["en balanced: boilerplate_recall 0.99 -> 0.5"]
    recall = lambda: json.loads(path.read_text())["languages"]["en"]["modes"]["balanced"][  # noqa: E731
        "boilerplate_recall"
    ]
    assert recall() == 0.99
    changelog = tmp_path / "CHANGELOG.md"
    changelog.write_text("# Changelog\n\n## [Unreleased]\n\n- Nothing yet.\n")
    refused = update_floors(worse, path, allow_lower=True, changelog=changelog)
    assert "must say why" in refused[-1]
    changelog.write_text("## [Unreleased]\n\n- Recall floor lowered: new hard cases.\n")
    assert update_floors(worse, path, allow_lower=True, changelog=changelog) == []
    assert recall() == 0.5


def test_evaluate_command_writes_the_json_report(tmp_path: Path) -> None:
    """Python -m cleanbody.evaluate writes the documented top-level keys with --json."""
    out = tmp_path / "report.json"
    assert main([str(CORPUS), "--json", str(out), "--mode", "balanced", "--worst", "2"]) == 0
    report = json.loads(out.read_text())
    for key in (
        "cases",
        "languages",
        "categories",
        "article_loss",
        "boilerplate_recall",
        "exact",
        "per_category",
        "per_language",
        "worst",
        "systems",
    ):
        assert key in report
    assert any(name.startswith("C4 line rules") for name in report["systems"])
    assert "unchanged" in report["systems"]


def test_evaluate_command_names_a_missing_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    """A wrong corpus path exits 2 with a message saying what to pass."""
    assert main(["no-such-folder"]) == 2
    assert "pass the corpus folder" in capsys.readouterr().err


@pytest.mark.parametrize("label", ["Premium", "Plus", "Disney+", "Apple TV+", '- ^ "Disney+".'])
def test_a_bare_label_is_not_read_with_languages_the_page_is_not_in(label: str) -> None:
    """A lone "Premium" line of an English article is no Danish or Czech paywall badge."""
    text = (
        "The streaming services raised their prices again this spring, and analysts expect "
        f"more of the same.\n{label}\nSubscribers in the cheapest tier will pay two dollars "
        "more a month from June, the companies said in their statements."
    )
    assert cleanbody.clean(text).text == text


def test_a_short_ascii_line_is_not_read_with_languages_the_page_is_not_in() -> None:
    """A German subheading that starts with "Newsletter" is no Spanish newsletter heading."""
    text = (
        "Immer mehr Zeitungen verschicken ihre Nachrichten über WhatsApp-Kanäle, und die "
        "Reichweite wächst schnell.\nNewsletter erleben zweites Leben\nParallel bauen viele "
        "Häuser ihr Newsletter-Angebot aus, weil sie dort die Adressen ihrer Leser kennen."
    )
    assert cleanbody.clean(text).text == text
    blocks = [line.lower() for line in text.splitlines()]
    index = rule_index()
    languages = index.languages(blocks)
    assert "de" in (languages or ())
    found = index.candidates(blocks, languages=languages)
    assert not {rule.id for rule in found.get(1, [])} & {"ES-NL03", "FR-NL03", "IT-NL03"}


def test_a_bare_label_of_the_page_language_is_still_read() -> None:
    """The same kind of badge on a Danish page is the Danish paywall badge it looks like."""
    text = (
        "Børne- og undervisningsministeren har indkaldt parterne til et møde om den nye "
        "skolereform i næste uge, oplyser ministeriet.\nPolitiken+\nForhandlingerne ventes "
        "at vare flere dage, og både lærerne og kommunerne har stillet krav til reformen."
    )
    result = cleanbody.clean(text)
    assert "Politiken+" not in result.text
    assert any("DA-PW02" in removal.rules for removal in result.removed)
