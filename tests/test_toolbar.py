"""Share bars and tool bars: a line made only of a toolbar's words, in any language."""

from __future__ import annotations

import pytest

import cleanbody
from cleanbody.text.toolbar import TOOLBAR_RULE_IDS, toolbar_kind

STORY = [
    "The regional paper will close its printing plant in March, the owners said on Monday.",
    "About forty staff work at the plant, which also prints two weekly titles for other "
    "publishers in the county.",
    "The union said it would ask the owners to keep the weekly titles in print until the "
    "end of the year.",
]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Поделиться в Telegram · WhatsApp · ВКонтакте", "share"),
        ("Chia sẻ Facebook Zalo Sao chép liên kết", "share"),
        ("シェアする　X　LINE　リンクをコピー", "share"),
        ("שתפו בפייסבוק | שתפו בוואטסאפ | העתקת קישור", "share"),
        ("A- A+ · Kaydet · Yazdır", "ui"),
        ("글자크기 가 가 가", "ui"),
        ("حجم الخط: أ+ أ-", "ui"),
        ("Nyomtatás · Mentés később olvasásra", "ui"),
        ("ভাগ করুন   হোয়াটসঅ্যাপ   মেসেঞ্জার   লিংক", "share"),
        ("ফন্ট ছোট | ফন্ট বড় | প্রিন্ট", "ui"),
        ("Paylaş   Tweetle   Kopyala", "share"),
        ("• Share · Print", "share"),
        ("🔗 Copy link · Share", "share"),
        ("ก- ก+", "ui"),
        ("Ж- Ж+ · Печать", "ui"),
        ("क- क क+", "ui"),  # the normal size between the two
        ("Β- Β Β+", "ui"),
    ],
)
def test_a_toolbars_line_goes_in_the_middle_of_a_story(line: str, kind: str) -> None:
    """Two buttons or more are enough anywhere; the line names what it does."""
    result = cleanbody.clean("\n".join([*STORY[:2], line, STORY[2]]))
    assert result.text.splitlines() == STORY
    assert [TOOLBAR_RULE_IDS[kind] in removal.rules for removal in result.removed] == [True]


@pytest.mark.parametrize(
    "line",
    [
        "Share your views with the council before Friday",
        "Print is not dead, the publisher insists.",
        "Facebook and WhatsApp were fined by the regulator",
        "Save the Children",
        "Facebook or Instagram",
        "X",
        "B+ A-",
        "A- B+ C+",
    ],
)
def test_a_line_with_one_word_no_toolbar_says_is_the_storys(line: str) -> None:
    """A sentence, a name, a subheading that weighs two networks: none is a toolbar."""
    assert toolbar_kind(line) is None
    lines = [*STORY[:2], line, STORY[2]]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


@pytest.mark.parametrize("pair", [("অ+", "অ-"), ("क-", "क+")])
def test_two_size_buttons_a_line_each_go(pair: tuple[str, str]) -> None:
    """The pair of text-size buttons left a line each is a toolbar, as on one line."""
    result = cleanbody.clean("\n".join([*STORY[:2], *pair, STORY[2]]))
    assert result.text.splitlines() == STORY
