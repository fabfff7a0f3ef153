"""Tag lines: a page's topics in a row, set apart by dots or bars, in any language."""

from __future__ import annotations

import pytest

import cleanbody
from cleanbody.text.tags import TAGS_RULE_ID, tag_line

STORY = [
    "The county will close two of its five recycling centres in spring, the council said.",
    "Residents of the northern villages will have to drive up to forty minutes to the "
    "nearest centre, and the opposition wants a mobile collection service instead.",
    "The council says the closures save 1.2 million a year, and that most households in "
    "the villages already take their recycling to the supermarkets' collection points.",
]


@pytest.mark.parametrize(
    "tags",
    [
        "Recycling · Council · Northdale · waste",
        "Kierrätys • Kunta • Jätehuolto",
        "ריסייקלינג | מועצה | פסולת",
        "Abfall · Landkreis · Müllabfuhr & Recycling",
    ],
)
def test_a_tag_line_under_the_story_goes(tags: str) -> None:
    result = cleanbody.clean("\n".join([*STORY, tags]))
    assert result.text.splitlines() == STORY
    # The tags' shape carries the removal; the lexicon may vouch for it as well.
    assert len(result.removed) == 1
    assert TAGS_RULE_ID in result.removed[0].rules


def test_a_tag_line_inside_the_story_stays_on_its_own_evidence() -> None:
    lines = [*STORY[:2], "Recycling · Council · Northdale", STORY[2]]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


@pytest.mark.parametrize(
    "line",
    [
        "Jan Novák · Petr Dvořák · Eva Malá",  # credits: a name is two words
        "Text: Jan Novák · Foto: Eva Malá · Grafik: Ota Veselý",
        "Opening hours: Mon · Wed · Fri",
        "Centres · 5 · closing",
        "Recycling · Council",
        "Centres close · Villages protest · Council says it saves money",
    ],
)
def test_credits_rows_and_sentences_are_no_tag_line(line: str) -> None:
    assert not tag_line(line)
    lines = [*STORY, line]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


GIVING_STORY = [
    "L'hospice di Clusone aprirà in primavera otto posti letto, dopo due anni di raccolta "
    "fondi tra le parrocchie della valle.",
    "I volontari hanno raccolto 410 mila euro con cene, lotterie e una camminata benefica "
    "che a settembre ha portato in piazza quasi tremila persone.",
    "Mancano ancora gli arredi delle stanze: l'associazione conta di completarli entro "
    "marzo, ha spiegato la presidente.",
]


@pytest.mark.parametrize(
    ("story", "tags"),
    [
        (GIVING_STORY, "Tag: Clusone · hospice · cure palliative · volontariato"),
        (STORY, "Tags: recycling, Red Cross, donations, food bank"),
    ],
)
def test_a_labelled_tag_line_goes_whatever_cause_it_names(story: list[str], tags: str) -> None:
    # "hospice", "Red Cross", "food bank" are signs of a story on giving in its sentences;
    # in a row of labels they say nothing for the story.
    result = cleanbody.clean("\n".join([*story, tags]))
    assert result.text.splitlines() == story
    assert [removal.category for removal in result.removed] == ["navigation"]


@pytest.mark.parametrize(
    "tags",
    [
        ["#recycling", "#Northdale", "#2024budget"],  # one a line, in a run
        ["#交通", "#北信"],
        ["#recycling #Northdale #waste"],  # several on a line
        ["#bão lũ #cứu trợ #từ thiện"],  # hashtags of two words
    ],
)
def test_hashtags_under_the_story_go(tags: list[str]) -> None:
    result = cleanbody.clean("\n".join([*STORY, *tags]))
    assert result.text.splitlines() == STORY


@pytest.mark.parametrize(
    "line",
    ["# Recycling in Northdale", "#1 in the county for recycling", "#recycling"],
)
def test_a_heading_a_ranking_or_a_lone_hashtag_stays(line: str) -> None:
    lines = [*STORY, line]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines
