"""Link lists: a heading that offers more stories, over headlines, in any language."""

from __future__ import annotations

import pytest

import cleanbody
from cleanbody.text.blocks import split_blocks
from cleanbody.text.lists import LIST_RULE_ID, list_hits

STORY = [
    "The regional paper will close its printing plant in March, the owners said on Monday.",
    "About forty staff work at the plant, which also prints two weekly titles for other "
    "publishers in the county.",
]
MORE = [
    "The union said it would ask the owners to keep the weekly titles in print until the "
    "end of the year.",
    "A meeting with staff is planned for Thursday.",
]


@pytest.mark.parametrize(
    "links",
    [
        [
            "More from the valley",
            "Flood defences delayed again in Ashby after the storm",
            "School bus route to the upper valley to be cut from June",
        ],
        [
            "Weitere Nachrichten aus Ostfriesland",
            "Werft in Emden stellt 200 neue Leute ein",
            "Neue Kita-Plätze in Leer erst im Herbst, sagt die Stadt",
        ],
        [
            "Flere nyheder",
            "Færgen til Ærø sejler igen fra mandag efter reparation",
            "Byrådet vil bygge 300 nye boliger ved havnen i Svendborg",
        ],
        [
            "Mere om valget",  # "more about" the story's subject
            "Sådan stemte Svendborg: Se resultatet for din afstemningsplads",
            "Ny borgmester vil bruge sine første 100 dage på havnen",
        ],
        [
            "Mer om kraftverket",
            "Slik ble tunnelen under fjorden bygget på rekordtid",
            "Kommunen vil selge tomtene ved kaia til boliger",
        ],
        [
            "Mais sobre a seca",
            "Barragens do Alentejo abaixo de um terço da capacidade",
            "Agricultores pedem apoio para furos de emergência no verão",
        ],
        [
            "Ajánljuk még",
            "Rekordot döntött a lakáshitelezés januárban a megyében",
            "Mennyit ér valójában egy panellakás a belvárosban",
        ],
        [
            "İlgili haberler",
            "Belediye otobüs seferlerini iki katına çıkarıyor",
            "Sahil yolunda çalışmalar yaza kadar sürecek, trafik aksayacak",
        ],
        [
            "Đọc thêm",
            "Giá vé xe buýt sẽ tăng từ tháng sau tại thành phố",
            "Thành phố mở thêm ba tuyến đường sắt đô thị trong năm tới",
        ],
        [
            "相关阅读",
            "市区公交线路明年起调整部分站点，涉及二十多条线路和三个枢纽站",
            "老旧小区加装电梯进度过半，今年底前将再完成一百五十部的安装",
        ],
    ],
)
def test_a_heading_that_offers_more_over_headlines_goes_between_paragraphs(
    links: list[str],
) -> None:
    """The list goes whole, heading and headlines, and the story on both sides stays."""
    blocks = split_blocks("\n".join([*STORY, *links, *MORE]))
    assert sorted(list_hits(blocks)) == [2, 3, 4]
    result = cleanbody.clean("\n".join([*STORY, *links, *MORE]))
    assert result.text.splitlines() == [*STORY, *MORE]


def test_a_list_of_short_headlines_at_the_end_goes() -> None:
    """At the end of the page, short headlines are the list's too."""
    links = ["Flere nyheder", "Færgen sejler igen", "Ny havn i Svendborg"]
    result = cleanbody.clean("\n".join([*STORY, *MORE, *links]))
    assert result.text.splitlines() == [*STORY, *MORE]
    assert any(LIST_RULE_ID in removal.rules for removal in result.removed)


def test_a_subheading_with_the_same_words_over_its_paragraph_stays() -> None:
    """A subheading saying "more" heads the article's own paragraph, not a list."""
    lines = [*STORY, "More questions", "Who will pay for the new bridge is still open.", *MORE]
    assert list_hits(split_blocks("\n".join(lines))) == {}
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


@pytest.mark.parametrize(
    "top",
    [
        ["5 min read", "Ferry fares rise for the second time this year"],  # a reading time
        ["Accept | Reject | Learn more", "Ferry fares rise for the second time this year"],
    ],
)
def test_a_reading_time_or_a_button_row_heads_no_list(top: list[str]) -> None:
    """A line that says "more" or "read" among buttons or with a number is no heading."""
    lines = [*top, "Island residents will pay more to cross from May", *STORY]
    assert list_hits(split_blocks("\n".join(lines))) == {}


def test_a_subheading_or_caption_under_the_list_is_the_articles() -> None:
    """The list ends above a short line or a photo's caption that sits over a paragraph."""
    links = ["Related", "Flood defences delayed again in Ashby", "School bus route cut"]
    for line in ("What happens next", "The plant in 1998. Photo: Ashby Museum"):
        blocks = split_blocks("\n".join([*STORY, *links, line, *MORE]))
        assert sorted(list_hits(blocks)) == [2, 3, 4]


def test_a_caption_under_a_list_and_a_follow_line_stays() -> None:
    """The list runs into the follow line under it; the photo's caption below is the story's."""
    links = [
        "Related stories:",
        "Transport ministry: the line to Beersheba will be doubled by 2028",
        "Passengers furious: more delays on the coastal line",
        "Join our Telegram channel for live updates",
    ]
    story = [
        "Israel Railways said this morning that the line between Tel Aviv and Jerusalem "
        "will close for three weekends of works.",
        "Shuttle buses will run on Sunday mornings, the company said.",
    ]
    after = [
        "Jerusalem Yitzhak Navon station. Photo: Israel Railways",
        "On the passengers' forum, riders criticised the timing. \"Again on a holiday "
        'weekend," one wrote.',
    ]
    result = cleanbody.clean("\n".join([*story, *links, *after]))
    assert result.text.splitlines() == [*story, *after]


def test_a_headline_with_a_quotation_in_guillemets_is_a_headline() -> None:
    """A closing "»" ends a quotation; only a chevron between spaces parts a trail."""
    links = [
        "Більше інтерв'ю",
        "Кондитерка Олена Гук: «Ми печемо для сусідів, а не для туристів»",
        "Фотограф Ігор Дрозд про зйомку на старі плівкові камери",
    ]
    hits = list_hits(split_blocks("\n".join([*STORY, *links])))
    assert sorted(hits) == [2, 3, 4]
    assert list_hits(split_blocks("\n".join([*STORY, "Home » Region » City", *links[1:]]))) == {}


def test_a_cookie_banners_learn_more_heads_no_list() -> None:
    """A cookie banner's "Μάθετε περισσότερα" (learn more) heads no list of headlines."""
    lines = [
        "Μάθετε περισσότερα",
        "Πρόστιμα σε πέντε ιστότοπους για τα αναδυόμενα παράθυρα των cookies",
        "Η Αρχή έκρινε ότι το «Συνεχίζοντας, αποδέχεστε» δεν αρκεί ως συγκατάθεση των χρηστών",
        "Συνολικά 120.000 ευρώ θα πληρώσουν οι ιστότοποι, σύμφωνα με τις αποφάσεις που "
        "δημοσιεύθηκαν την Τρίτη.",
    ]
    assert list_hits(split_blocks("\n".join(lines))) == {}


def test_a_subheading_under_a_related_list_stays_with_its_paragraph() -> None:
    """The list ends where its shape does: a short line over a paragraph is the story's."""
    story = [
        "Thousands of people gave money to the flood relief fund in the first week, and the "
        "fund published every transfer it received.",
        "A lawyer said publishing the statements was a step towards transparency, but warned "
        "that it exposed donors' names.",
    ]
    links = [
        "Related stories",
        "Police warn of fake accounts asking for flood donations",
        "Storm damage estimated at 40 billion in the north",
    ]
    rest = [
        "What donors should know",
        "The authorities advise people to give only to the accounts published by the relief "
        "committee, and to keep the receipt of every transfer they make.",
        "One donor said she had found her own name in the published statement within minutes.",
    ]
    kept = cleanbody.clean("\n".join([*story, *links, *rest])).text.splitlines()
    assert kept == [*story, *rest]


@pytest.mark.parametrize("marker", ["โฆษณา - อ่านต่อด้านล่าง", "Advertisement - read more below"])
def test_an_advertisement_marker_that_says_read_on_heads_no_list(marker: str) -> None:
    """Two labels joined by a dash mark an advertisement; the article goes on under them.

    Thai paragraphs end without a full stop, so under a heading they would read as
    headlines: the heading's shape must tell.
    """
    lines = [
        "ฝนตกหนักในจังหวัดเชียงใหม่ทำให้น้ำป่าไหลหลากเข้าท่วมหมู่บ้านริมน้ำปิงหลายแห่งตั้งแต่เมื่อคืนวันพุธ",
        marker,
        "เจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัยนำเรือท้องแบนเข้าช่วยเหลือผู้สูงอายุและเด็กออกจากพื้นที่น้ำท่วม",
        'นายอำเภอกล่าวว่า "เราเปิดศูนย์พักพิงชั่วคราวสามแห่งแล้ว และจะแจกถุงยังชีพให้ครบทุกครัวเรือน"',
        "กรมอุตุนิยมวิทยาคาดว่าฝนจะเริ่มลดลงตั้งแต่วันเสาร์ แต่ยังต้องเฝ้าระวังดินถล่มในพื้นที่ลาดชัน",
    ]
    assert list_hits(split_blocks("\n".join(lines))) == {}


def test_the_last_headline_over_the_copyright_line_is_the_lists() -> None:
    """A copyright line ends in a full stop, but it is no paragraph a subheading heads."""
    links = [
        "More from the valley",
        "Flood defences delayed again in Ashby",
        "Charity auction: dinner with the mayor sold for 5 thous. pounds",
    ]
    lines = [*STORY, *links, "© Valley Courier 2026. All rights reserved."]
    assert sorted(list_hits(split_blocks("\n".join(lines)))) == [2, 3, 4]


def test_a_list_whose_heading_meets_its_headlines_once_buttons_go_goes_in_one_pass() -> None:
    """Once the buttons between a list's heading and its lines go, the list goes too.

    In the same call: cleaning the result again removes nothing more.
    """
    lines = [
        "Meistgelesene Artikel",
        "Artikel anhören",
        "Artikel anhören",
        "EMDEN, March 3 —",
        "EMDEN, March 3 —",
        "Meistgelesene Artikel",
    ]
    result = cleanbody.clean("\n".join(lines))
    assert result.text == ""
    assert cleanbody.clean(result.text).text == result.text
