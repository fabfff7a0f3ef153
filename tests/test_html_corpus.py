"""Golden HTML cases: boilerplate inside the article container must go, the article must stay.

Each ``corpus-html/<id>.html`` has a sidecar ``<id>.json`` with the gold article
paragraphs, the boilerplate texts and a note; a case that cleanbody gets wrong today
carries ``"xfail": "reason"`` and runs as a strict xfail.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cleanbody

CORPUS_HTML = Path(__file__).resolve().parent.parent / "corpus-html"
LANGUAGES = {"en", "ru", "de", "fr", "es", "it", "pt", "pl", "nl", "ja"}


def _cases() -> list[Any]:
    cases = []
    for sidecar in sorted(CORPUS_HTML.glob("*.json")):
        gold = json.loads(sidecar.read_text(encoding="utf-8"))
        marks = [pytest.mark.xfail(reason=gold["xfail"], strict=True)] if "xfail" in gold else []
        cases.append(pytest.param(sidecar.with_suffix(".html"), gold, id=gold["id"], marks=marks))
    return cases


CASES = _cases()


def test_corpus_has_enough_cases_in_enough_languages() -> None:
    """At least 40 cases, every one with its page, covering the ten languages."""
    assert len(CASES) >= 40
    golds = [case.values[1] for case in CASES]
    assert {gold["lang"] for gold in golds} >= LANGUAGES
    for case in CASES:
        assert case.values[0].is_file(), f"{case.values[0].name} is missing"


def test_sidecars_are_well_formed() -> None:
    """Every sidecar has id, lang, gold_text, boilerplate and note, with known categories."""
    for case in CASES:
        gold = case.values[1]
        assert {"id", "lang", "gold_text", "boilerplate", "note"} <= set(gold)
        assert gold["id"] == case.values[0].stem
        for item in gold["boilerplate"]:
            assert item["category"] in cleanbody.CATEGORIES
            assert item["text"].strip()


@pytest.mark.parametrize(("path", "gold"), CASES)
def test_html_case(path: Path, gold: dict[str, Any]) -> None:
    """Every gold paragraph is in the clean text and every boilerplate text is gone."""
    result = cleanbody.clean(path.read_text(encoding="utf-8"))
    missing = [line for line in gold["gold_text"].split("\n") if line not in result.text]
    # Each boilerplate text is its own block in the page, so it survives as a whole line.
    lines = {line.strip() for line in result.text.splitlines()}
    left = [item["text"] for item in gold["boilerplate"] if item["text"] in lines]
    assert not missing, f"article lines lost: {missing}"
    assert not left, f"boilerplate left: {left}"
