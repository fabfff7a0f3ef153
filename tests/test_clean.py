"""The text path of clean(): the seed, the result's shape, options and hostile input."""

from __future__ import annotations

import dataclasses
import itertools
import json
import random
import subprocess
import sys

import pytest

import cleanbody

ARTICLE = (
    "The regional council approved a new budget for the coastal towns on Monday evening.\n"
    "Work on the harbour is due to begin in March and to last eighteen months.\n"
)


def test_seed_keeps_the_nine_paragraphs_and_removes_the_trailer_whole(
    seed: tuple[str, str],
) -> None:
    """The seed's appeal goes as one appeal removal, heading to button, naming the publisher."""
    seed_text, publisher = seed
    result = cleanbody.clean(seed_text)
    lines = seed_text.splitlines()
    assert result.text.splitlines() == lines[:9]
    assert len(result.removed) == 1
    removal = result.removed[0]
    assert removal.category == "appeal"
    assert removal.text.startswith(f"A Message from {publisher}:")
    assert removal.text.endswith("Remind me later.")
    assert result.source[removal.start : removal.end] == removal.text
    assert result.metadata["publisher"] == publisher
    assert result.metadata["paywalled"] is False
    assert 0.25 < result.metadata["removed_ratio"] < 0.4


def test_seed_as_bytes_in_another_encoding(seed_text: str) -> None:
    """Bytes are decoded before cleaning; UTF-16 with a BOM gives the same result as str."""
    assert cleanbody.clean(seed_text.encode("utf-16")).text == cleanbody.clean(seed_text).text


def test_result_to_dict_is_json_serialisable() -> None:
    """to_dict() survives json.dumps and carries every removal's span, rules and category."""
    result = cleanbody.clean(ARTICLE + "Read more: Ferry fares to rise in spring\n")
    data = json.loads(json.dumps(result.to_dict()))
    assert data["text"] == result.text
    assert data["removed"][0]["category"] == "related"
    assert data["removed"][0]["rules"][0] == "EN-RE01"
    assert data["metadata"]["categories"] == {"related": 1}


def test_paywall_sets_paywalled() -> None:
    """A paywall notice is removed and flags the document as paywalled."""
    text = ARTICLE + "Subscribe to continue reading.\nAlready a subscriber? Sign in\n"
    result = cleanbody.clean(text)
    assert result.text == ARTICLE
    assert result.metadata["paywalled"] is True
    assert result.removed[0].category == "paywall"


def test_keep_leaves_a_category_in() -> None:
    """keep={"legal"} leaves a copyright line that would otherwise go."""
    text = ARTICLE + "© 2026 The Harbour Gazette. All rights reserved.\n"
    assert cleanbody.clean(text).text == ARTICLE
    assert cleanbody.clean(text, keep={"legal"}).text == text


def test_modes_differ_in_how_hard_they_try() -> None:
    """By rules alone, a lone anchor mid-article stays in conservative and balanced only."""
    text = (
        ARTICLE
        + "Print this page\n"
        + ARTICLE
        + "The ferry will run a reduced service while the crane barges are moored.\n"
    )
    rules_only = cleanbody.Config(learned=False)
    for mode in ("conservative", "balanced"):
        assert cleanbody.clean(text, dataclasses.replace(rules_only, mode=mode)).text == text
    aggressive = dataclasses.replace(rules_only, mode="aggressive")
    assert "Print this" not in cleanbody.clean(text, aggressive).text


def test_learned_evidence_tips_a_lone_widget_line_and_says_so() -> None:
    """The learned lexicon adds to a rule's anchor mid-article; the removal names MODEL-share."""
    text = (
        ARTICLE
        + "Share this article\n"
        + ARTICLE
        + "The ferry will run a reduced service while the crane barges are moored.\n"
    )
    result = cleanbody.clean(text)
    assert "Share this article" not in result.text
    (removal,) = result.removed
    assert removal.category == "share"
    assert "MODEL-share" in removal.rules
    assert removal.features
    assert all(feature[:2] in {"w:", "b:", "c:", "s:", "n:"} for feature in removal.features)


def test_unknown_mode_and_category_are_refused_clearly() -> None:
    """A wrong mode or keep category raises ValueError listing the valid ones."""
    with pytest.raises(ValueError, match="use one of conservative, balanced, aggressive"):
        cleanbody.clean("text", mode="hard")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="known categories are appeal"):
        cleanbody.clean("text", keep={"adverts"})


@pytest.mark.parametrize("bad", [None, 3, 2.5, ["text"], {"text": "x"}])
def test_non_text_raises_type_error_saying_what_to_pass(bad: object) -> None:
    """Only str and bytes are accepted; anything else gets a TypeError naming both."""
    with pytest.raises(TypeError, match="takes str or bytes"):
        cleanbody.clean(bad)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n\t  ",
        "a\x00b\x00\nRead more: x\x00",
        "lone \ud800 surrogate\nShare this article\n",
        "line one.\r\nRead more: Other story\r\nline two.\r\n",
        "x" * 2_000_000,
        "Remind me later.",
        "\n".join(["Read more: story"] * 5),
    ],
    ids=["empty", "whitespace", "nul", "surrogate", "crlf", "2mb-line", "only-ui", "only-inserts"],
)
def test_hostile_text_is_cleaned_without_error(text: str) -> None:
    """Odd strings never raise, and every removal replays against the source."""
    result = cleanbody.clean(text)
    kept = list(result.source)
    for removal in sorted(result.removed, key=lambda removal: -removal.start):
        assert result.source[removal.start : removal.end] == removal.text
        del kept[removal.start : removal.end]
    # The text is the source without the removed spans (up to the separators tidied away).
    assert result.text.split() == "".join(kept).split()
    json.dumps(result.to_dict())


def test_crlf_separators_are_kept() -> None:
    """Removing a line from CRLF text leaves CRLF separators, not a doubled break."""
    result = cleanbody.clean("line one.\r\nRead more: Other story\r\nline two.\r\n")
    assert result.text == "line one.\r\nline two.\r\n"


def test_random_bytes_are_decoded_not_rejected() -> None:
    """Random bytes go through the charset detector and come back as text."""
    rng = random.Random(7)
    for _ in range(20):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(1, 3000)))
        assert isinstance(cleanbody.clean(data).text, str)


def test_list_rules_describes_every_rule() -> None:
    """list_rules() names id, category, kind and languages of every bundled rule."""
    rules = cleanbody.list_rules()
    text_rules = cleanbody.load_rules()
    dom_ids = {rule["id"] for rule in rules if rule["kind"] == "dom"}
    model_ids = {f"MODEL-{category}" for category in cleanbody.CATEGORIES}
    arrow_ids = {f"TXT-ARROW-{category}" for category in cleanbody.CATEGORIES}
    markdown_ids = {rule["id"] for rule in rules if rule["id"].startswith(("MD-", "HTML-"))}
    assert {"MD-LINK-appeal", "MD-LIST-related", "HTML-LINK-appeal"} <= markdown_ids
    assert [rule["id"] for rule in rules] == sorted(
        {r.id for r in text_rules}
        | dom_ids
        | model_ids
        | arrow_ids
        | markdown_ids
        | {"SITE-REPEAT", "TXT-HEAD-navigation", "TXT-AMOUNTS-appeal", "TXT-BOX-newsletter"}
        | {"TXT-GENRE-article"}
        | {f"TXT-TRAILER-{category}" for category in cleanbody.CATEGORIES}
        | {"TXT-TIERS-appeal", "TXT-TIP-social"}
        | {f"TXT-LABEL-{category}" for category in cleanbody.CATEGORIES}
        | {f"TXT-HANDLE-{category}" for category in cleanbody.CATEGORIES}
        | {"TXT-TOOLBAR-share", "TXT-TOOLBAR-ui", "TXT-LIST-related", "TXT-TAGS-navigation"}
    )
    assert {rule["category"] for rule in rules} >= set(cleanbody.CATEGORIES)
    for rule in rules:
        assert rule["kind"] in {"anchor", "cue", "counter", "dom", "model", "site"}, rule["id"]
        assert rule["languages"], rule["id"]
        assert rule["description"], rule["id"]


def test_bundled_example_comes_out_as_the_readme_says() -> None:
    """examples/article.txt loses its skip link, two inserts and its whole appeal trailer."""
    from .conftest import REPO  # noqa: PLC0415  (only this test needs the path)

    text = (REPO / "examples" / "article.txt").read_text(encoding="utf-8")
    result = cleanbody.clean(text)
    assert [(m.category, m.position) for m in result.removed] == [
        ("navigation", "header"),
        ("related", "insert"),
        ("newsletter", "insert"),
        ("appeal", "trailer"),
    ]
    trailer = result.removed[-1].text
    assert trailer.startswith("A message from the Riverside Echo:")
    assert trailer.endswith("Remind me later")
    assert result.metadata["publisher"] == "Riverside Echo"
    assert "Librarian Tomasz Nowak said" in result.text


def test_inserts_inside_a_widget_are_reported_once() -> None:
    """One-line inserts inside a removed appeal are not reported twice; spans never overlap."""
    inserts = ["Read more: Budget row deepens over schools and roads in the north"] * 3
    text = "\n".join(
        [
            "Rain.",
            "Wind.",
            "Snow.",
            "A Message from The Harbour Gazette:",
            *inserts,
            "We need your help. If you can, please support us monthly.",
            *inserts,
            "Please support us monthly starting from just $2.",
            *inserts,
            "Remind me later.",
        ]
    )
    result = cleanbody.clean(text)
    spans = [(removal.start, removal.end) for removal in result.removed]
    assert spans == sorted(spans)
    assert all(first[1] <= second[0] for first, second in itertools.pairwise(spans))
    assert result.metadata["removed_ratio"] <= 1
    assert result.text == "Rain.\nWind.\nSnow."


def test_removing_a_widget_cannot_change_the_next_cleaning(seed_text: str) -> None:
    """Widgets that separate an appeal from article text leave nothing for a second pass."""
    seed = seed_text.splitlines()
    text = "\n".join(
        [
            seed[3],
            seed[14],
            seed[9],
            "ADVERTISEMENT",
            "© 2026 The Harbour Gazette. All rights reserved.",
            seed[6],
            seed[13],
        ]
    )
    once = cleanbody.clean(text).text
    assert cleanbody.clean(once).text == once
    assert seed[6] in once


def test_config_passed_by_position_must_be_a_config() -> None:
    """A mode string in the config position raises TypeError saying to use keywords."""
    with pytest.raises(TypeError, match=r"pass mode=\.\.\. and keep=\.\.\. as keywords"):
        cleanbody.clean("text", "aggressive")  # type: ignore[arg-type]


def test_warm_up_loads_what_the_first_clean_would() -> None:
    """In a fresh process, warm_up() leaves the lexicon read and trafilatura imported."""
    code = (
        "import sys, cleanbody\n"
        "from cleanbody.model.lexicon import load_lexicon\n"
        "assert 'trafilatura' not in sys.modules\n"
        "assert load_lexicon.cache_info().currsize == 0\n"
        "cleanbody.warm_up()\n"
        "assert 'trafilatura' in sys.modules\n"
        "assert load_lexicon.cache_info().currsize == 1\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
