"""A language is data: a rule file, a gate entry and a corpus folder, and no Python."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path

import pytest

from cleanbody.rules.gate import LanguageGate, language_gate
from cleanbody.text.labels import cadence, offers_more

# Esperanto: a language cleanbody will not ship, so this copy never clashes with real data.
RULES = """\
language = "eo"

[[rule]]
id = "EO-AP01"
name = "appeal.support_our_journalism"
category = "appeal"
kind = "anchor"
triggers = ["subtenu nian"]
pattern = '''^subtenu nian (?:ĵurnalismon|redakcion)[.!]?$'''
description = "A button-like line asking readers to support the newsroom."
remove = ["Subtenu nian ĵurnalismon!"]
keep = ["La asocio petis: subtenu nian kampanjon, diris ĝia prezidanto."]

[[rule]]
id = "EO-RE01"
name = "related.read_also"
category = "related"
kind = "anchor"
standalone = true
triggers = ["legu ankaŭ"]
pattern = '''^legu ankaŭ: .{3,120}$'''
description = "A 'Read also:' line pointing to another article."
remove = ["Legu ankaŭ: La nova ponto malfermiĝos en marto"]
keep = ["Ŝi konsilis al la studentoj, ke ili legu ankaŭ la originalajn fontojn."]
"""
GATE_ENTRY = """
[eo]
script = "Latin"
letters = "ĉĝĥĵŝŭ"
words = ["kaj", "estas", "ankaŭ", "nia", "niaj", "ili", "ĝis"]
"""
ARTICLE = [
    "La urba konsilio aprobis novan buĝeton por la publikaj bibliotekoj lundon, post longa "
    "debato pri la malfermaj horoj kaj la salajroj de la bibliotekistoj.",
    "Laŭ la plano, la filioj estos malfermitaj ankaŭ dimanĉe ekde marto, kaj la centra "
    "biblioteko ricevos novan legosalonon por infanoj.",
    "La opozicio kritikis la koston, sed ĝiaj konsilistoj finfine voĉdonis por la propono.",
]
CASE = "\n".join(
    [
        "id: eo-positive-01",
        "lang: eo",
        "kind: positive",
        "topic: local",
        "note: a related insert and an appeal button",
        "---",
        ARTICLE[0],
        "[related] Legu ankaŭ: La nova ponto malfermiĝos en marto",
        *ARTICLE[1:],
        "[appeal] Subtenu nian ĵurnalismon!",
    ]
)


def _data_copy(tmp_path: Path) -> Path:
    bundled = Path(str(resources.files("cleanbody.rules") / "data"))
    data = tmp_path / "data"
    shutil.copytree(bundled, data)
    return data


def _run(args: list[str], data: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CLEANBODY_RULES_DIR": str(data)}
    return subprocess.run(
        [sys.executable, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        check=False,
        timeout=300,
    )


@pytest.mark.slow
def test_a_language_added_as_data_runs_end_to_end(tmp_path: Path) -> None:
    """Rule file + gate entry + corpus folder: the command, the rules view and the gate see it."""
    data = _data_copy(tmp_path)
    (data / "rules" / "eo.toml").write_text(RULES, encoding="utf-8")
    with (data / "languages.toml").open("a", encoding="utf-8") as table:
        table.write(GATE_ENTRY)
    corpus = tmp_path / "corpus" / "eo"
    corpus.mkdir(parents=True)
    (corpus / "positive-01.txt").write_text(CASE + "\n", encoding="utf-8")

    cleaned = _run(
        ["-m", "cleanbody", "-"],
        data,
        stdin=CASE.split("---\n", 1)[1].replace("[related] ", "").replace("[appeal] ", ""),
    )
    assert cleaned.returncode == 0, cleaned.stderr
    assert cleaned.stdout.strip().splitlines() == ARTICLE

    shown = _run(["-m", "cleanbody", "rules", "EO-RE01"], data)
    assert shown.returncode == 0, shown.stderr
    assert f"{data / 'rules' / 'eo.toml'}:" in shown.stdout

    report_path = tmp_path / "report.json"
    measured = _run(
        [
            "-m",
            "cleanbody.evaluate",
            str(tmp_path / "corpus"),
            "--no-baselines",
            "--mode",
            "balanced",
            "--json",
            str(report_path),
            "--update-floors",
        ],
        data,
    )
    assert measured.returncode == 0, measured.stderr
    report = json.loads(report_path.read_text(encoding="utf-8"))
    assert report["languages"] == ["eo"]
    assert report["boilerplate_recall"] == 1.0
    assert report["article_loss"] == 0.0
    floors = json.loads((tmp_path / "corpus" / "floors.json").read_text(encoding="utf-8"))
    assert set(floors["languages"]) == {"eo"}


def test_a_malformed_rule_file_is_refused_at_load(tmp_path: Path) -> None:
    """A rule whose id does not name its file's language stops the command with the fix."""
    data = _data_copy(tmp_path)
    (data / "rules" / "eo.toml").write_text(RULES.replace("EO-AP01", "EN-ZZ01"), encoding="utf-8")
    refused = _run(["-m", "cleanbody", "-"], data, stdin="Some text.\n")
    assert refused.returncode == 2
    assert refused.stderr.count("\n") == 1, refused.stderr
    assert "rules/eo.toml: rule EN-ZZ01: id must start with EO- in the eo file" in refused.stderr


@pytest.mark.parametrize("letters", [["ĉ", "ĝ"], ["q", "ĉ"]])
def test_the_gate_finds_a_languages_letters_ascii_or_not(letters: list[str]) -> None:
    """A language told by its letters is allowed where they occur, ASCII letters too."""
    table = {
        "en": {"script": "Latin", "words": ["the", "and"]},
        "eo": {"script": "Latin", "letters": letters},
    }
    gate = LanguageGate(table)
    text = "a long enough line of ordinary words that tells no language at all " * 2
    assert gate.allowed(text) == frozenset()
    assert gate.allowed(text + letters[0] + " “quoted”") == frozenset({"eo"})


def test_a_few_foreign_words_and_letters_in_names_let_no_language_read_a_page() -> None:
    """Names ("Al Rossi", "Di Marco", "Café Zoé") bring "al", "di", "é" into English text."""
    english = (
        "the city council said on monday that al rossi and the owners of café zoé would "
        "appeal the decision, which they described as unfair, after di marco's lawyers "
        "told the court that the lease had been signed before the new rules were passed."
    )
    assert language_gate().allowed(english) == frozenset()


@pytest.mark.parametrize(
    ("text", "language", "not_also"),
    [
        (
            "consiliul local a aprobat luni bugetul pentru anul viitor, după o ședință în care "
            "opoziția a cerut ca banii pentru drumuri să fie mutați la spitalul județean.",
            "ro",
            "vi",
        ),
        (
            "regjeringen vil stramme inn reglene for nydyrking av myr, og det skal bare unntaksvis "
            "gis tillatelse til å dyrke opp myr i områder med lite annen jord.",
            "no",
            "it",
        ),
    ],
)
def test_a_page_lets_its_own_language_read_it_and_not_a_neighbours(
    text: str, language: str, not_also: str
) -> None:
    """Romanian "ă" is Vietnamese's letter too: a letter others list counts for less."""
    allowed = language_gate().allowed(text) or frozenset()
    assert language in allowed
    assert not_also not in allowed


def test_a_language_needs_a_share_of_the_best_evidence_of_its_script() -> None:
    """Two words of a language on a page of fifty of another's do not let it in."""
    table = {
        "en": {"script": "Latin", "gated": False, "words": [f"w{n}" for n in range(40)]},
        "eo": {"script": "Latin", "words": ["kaj", "estas", "ankaŭ"]},
    }
    gate = LanguageGate(table)
    english = " ".join(f"w{n}" for n in range(40))
    assert gate.allowed(english + " kaj estas") == frozenset()
    some = "w1 w2 w3 and some other words that no language lists at all, "
    assert gate.allowed(some + "kaj estas ankaŭ") == frozenset({"eo"})
    # One word is enough in a sentence or two, not in a page of forty words and more.
    assert gate.allowed(some + "and a single kaj") == frozenset({"eo"})
    assert gate.allowed(some * 5 + "and a single kaj") == frozenset()
    assert "en" not in gate.known  # a reference is never gated


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Was die Branche bewegt, täglich um sieben", "de"),
        ("Co se stalo, shrnuté každý všední den ve vaší schránce", "cs"),
        ("Le notizie della città, ogni giorno alle 19", "it"),
        ("Главное за день ежедневно в 8:00", "ru"),
        ("Tin nóng mỗi ngày lúc 7 giờ sáng", "vi"),
        ("출근길 경제 뉴스, 평일 아침 7시", "ko"),
    ],
)
def test_a_daily_newsletters_rhythm_is_a_cadence(text: str, language: str) -> None:
    """A sign-up box's blurb that promises a daily letter says its rhythm, in any language."""
    assert cadence(text, [language])


def test_a_heading_of_several_words_is_not_found_inside_other_words() -> None:
    """A heading that offers more is no part of a report's words ("Najwięcej osób")."""
    assert offers_more("Więcej o powodzi")
    assert not offers_more("Najwięcej osób przyszło w sobotę")
    assert cadence("Gelen kutunuza her sabah", ["tr"])  # "gelen kutu*" may go on
