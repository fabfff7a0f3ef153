"""How regions grow and where they stop: widgets go whole, the article around them stays."""

from __future__ import annotations

import pytest

import cleanbody

LETTER = [
    "Good evening from the culture desk,",
    "this week the festival opened with a new staging of Medea in the old theatre, and the "
    "critics were split: the chorus was praised, the music less so.",
    "On Saturday the city museum opens its drawings show; tickets are free before noon.",
    "Have a good week and good shows,",
]
FOOTER = [
    "You are receiving this email because you signed up for the Premiere newsletter.",
    "Unsubscribe | Manage preferences",
]


@pytest.mark.parametrize("signature", ["Dana Whitlock", "Dana Whitlock, culture editor"])
def test_a_signature_above_a_newsletter_footer_is_the_writers_not_the_boxs_title(
    signature: str,
) -> None:
    text = "\n".join([*LETTER, signature, *FOOTER])
    result = cleanbody.clean(text)
    assert FOOTER[0] not in result.text
    assert signature in result.text.splitlines()
