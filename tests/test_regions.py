"""How regions grow and where they stop: widgets go whole, the article around them stays."""

from __future__ import annotations

import pytest

import cleanbody
from cleanbody import Config
from cleanbody.model.lexicon import Judgement
from cleanbody.rules import Rule, load_rules
from cleanbody.rules.learned import model_rule
from cleanbody.text.blocks import split_blocks
from cleanbody.text.evidence import Evidence, Hit, block_cost
from cleanbody.text.head import genre_hits
from cleanbody.text.labels import voice
from cleanbody.text.regions import (
    Region,
    _fill_between,
    _name_marks,
    _Removed,
    _take_trailer_lines,
    find_regions,
)

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


def test_article_paragraphs_between_a_sign_up_box_and_the_footer_are_not_bridged() -> None:
    story = [
        "Bears that come down into villages are not, as is often said, the old and the "
        "sick: the collared animals in the study were young males pushed out by older ones.",
        "What does that mean for policy? The authors recommend that decisions on culling "
        "be based on counts from genetic samples rather than on sightings by rangers.",
    ]
    box = [
        "Did someone forward you this newsletter? Sign up for free and get it every Wednesday.",
        "Your email address",
        "Subscribe",
    ]
    text = "\n".join(
        [
            "The bear census, explained",
            "The first genetic count of the country's bears found fewer animals than the "
            "estimates based on tracks, and a younger population.",
            *box,
            *story,
            *FOOTER,
        ]
    )
    result = cleanbody.clean(text)
    kept = result.text.splitlines()
    assert FOOTER[0] not in kept
    for paragraph in story:
        assert paragraph in kept


def test_amount_buttons_carry_an_appeal_from_its_ask_to_its_progress_line() -> None:
    article = [
        "The district's 300 primary schools run on a single teacher each, the education "
        "office confirmed on Tuesday, and a third of them have no working toilet.",
        "The village head said children walk six kilometres to the nearest school with a "
        "second teacher, and that girls stop going after the fifth class.",
    ]
    appeal = [
        "Thanks for reading. Now, a small request",
        "If this report mattered to you, become one of our supporters today.",
        "₹100",
        "₹500",
        "₹1,000",
        "Choose your own amount",
        "1,842 readers chipped in this month. Our goal is 2,500.",
    ]
    result = cleanbody.clean("\n".join([*article, *appeal]))
    assert result.text.splitlines() == article


def _regions(lines: list[tuple[str, float, str | None]]) -> list[Region]:
    """Regions of blocks given as (text, the lexicon's wording, a rule that fired or None)."""
    return find_regions(_evidence(lines), Config().thresholds)


def _evidence(lines: list[tuple[str, float, str | None]]) -> list[Evidence]:
    """Evidence of blocks given as (text, the lexicon's wording, a rule that fired or None)."""
    rules = {rule.id: rule for rule in load_rules()}
    evidence = []
    for block, (text, wording, rule_id) in zip(
        split_blocks("\n".join(text for text, _, _ in lines)), lines, strict=True
    ):
        found = Evidence(block, wording=wording)
        if rule_id is not None:
            rule = rules[rule_id]
            found.hits.append(Hit(rule, block.start, block.end, None))
            found.gain = rule.weight
            found.cost = block_cost(text, 1.0)
        evidence.append(found)
    return evidence


BODY = [
    ("The council voted on Tuesday to restore the early ferry to the islands.", -3.0, None),
    ("What this story cost us", 1.6, None),
    ("Dear reader,", 1.1, None),
    ("Our reporter spent three days on the boats and in the chamber for this story.", 2.7, None),
    ("We are two people and we have no owner: you pay for what we do.", 0.2, None),
    ("1,840 of 2,500 monthly supporters", -3.0, None),
    ("$5 | $10 | $25 | Other amount", 1.7, "MUL-AP01"),
]


def test_an_appeals_body_goes_from_its_button_up_to_its_title() -> None:
    """Paragraphs whose words lean to a widget's go with the appeal, up to its title line."""
    (region,) = [region for region in _regions(BODY) if region.accepted]
    assert (region.first, region.last) == (1, len(BODY) - 1)


def test_an_appeals_body_never_ends_on_a_paragraph_or_a_quotation() -> None:
    """Without a title or salutation to end on, or past a quotation, the body stays."""
    untitled = [BODY[0], *BODY[3:]]
    (region,) = [region for region in _regions(untitled) if region.accepted]
    assert region.first == len(untitled) - 1
    quoted = [
        *BODY[:3],
        ('"We spent three days on the boats," the skipper said.', 2.7, None),
        *BODY[4:],
    ]
    (region,) = [region for region in _regions(quoted) if region.accepted]
    assert region.first == len(quoted) - 1


STORY = [
    "Rents in the capital rose 14% in a year, the fastest since records began",
    "The average flat of 70 square metres now costs almost 1,500 a month, more than "
    "60% of a median salary, according to the ministry's quarterly figures.",
]


@pytest.mark.parametrize("trail", ["Economy / Housing", "Nyheder | Kommunen", "ایران / سلامت"])
def test_a_section_trail_above_the_headline_goes(trail: str) -> None:
    result = cleanbody.clean("\n".join([trail, *STORY]))
    assert result.text.splitlines() == STORY
    assert [removal.rules[0] for removal in result.removed] == ["TXT-HEAD-navigation"]


@pytest.mark.parametrize(
    "lines",
    [
        [STORY[0], "Burak Tekin / Izmir", STORY[1]],  # a byline under the headline
        # A dateline above a paragraph: the page has no headline.
        ["Vigo / Newsroom", STORY[1] + " Landlords' groups disputed the figures."],
    ],
)
def test_the_same_shape_as_a_byline_or_dateline_stays(lines: list[str]) -> None:
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_headline_under_a_section_trail_stays_though_its_words_are_a_widgets() -> None:
    lines = [
        "Local › City Hall",
        "Join the city's WhatsApp channel: flood alerts now arrive on your phone",
        "By Ana Ruiz",
        "The city opened an official WhatsApp channel on Monday to send flood warnings, "
        "after last winter's sirens failed in two districts and residents said they had "
        "learnt of the evacuation from neighbours.",
    ]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert kept == lines[1:]


STORY = [
    "Harbour council approves new ferry timetable",
    "The council voted on Tuesday to restore the early ferry to the outer islands from "
    "April, after two years in which commuters had to stay overnight on the mainland.",
    "The operator said the extra crossing would cost about 400,000 a year, shared between "
    "the county and the state transport fund.",
]
APPEAL = [
    "A note from the Island Courier",
    "Dear readers,",
    "our reporter spent three days on the boats and in the council chamber for this story. "
    "We are two people, and we have no paywall: what we do is paid for by you.",
    "If our reporting matters to you, please support us with a monthly gift.",
    "$5 | $10 | $25 | Other amount",
    "Support the Courier",
]


def test_an_appeal_goes_from_its_title_and_salutation_to_its_button() -> None:
    """The body paragraphs in the outlet's voice go with the buttons under them."""
    result = cleanbody.clean("\n".join([*STORY, *APPEAL]))
    assert result.text == "\n".join(STORY)


def test_a_quoted_paragraph_above_an_appeal_stays() -> None:
    """Somebody's words in quotation marks are the story's, however close to an appeal."""
    quote = (
        '"We spent three days on the boats, and we pay for all of it ourselves," '
        "said the harbour master."
    )
    result = cleanbody.clean("\n".join([*STORY, quote, *APPEAL[4:]]))
    assert quote in result.text.splitlines()
    assert APPEAL[4] not in result.text


# What a widget's region may not take with it: the article's short lines beside it.
NEWS = [
    "Port workers strike over automated cranes",
    "Dock workers at the northern port walked out on Wednesday, and about thirty ships "
    "were waiting offshore by the evening, according to the harbour master.",
    "The union says the operator promised two years ago that no one would lose their job "
    "to the new cranes. The company says nobody will.",
]


@pytest.mark.parametrize("name", ["Maria Lopes", "Hồng Nhung", "Salvatore Lo Presti"])
def test_the_writers_name_above_a_share_bar_stays(name: str) -> None:
    """A bare name under the last paragraph signs the article; a share bar has no title."""
    bar = ["Share this article", "Facebook | X | WhatsApp | Copy link"]
    result = cleanbody.clean("\n".join([*NEWS, name, *bar]))
    assert result.text.splitlines() == [*NEWS, name]


def test_an_appeals_body_ends_under_the_writers_name() -> None:
    """Walking up from its buttons, an appeal's body stops at the name that signs the story."""
    appeal = [
        "You read this investigation for free. Making it was not.",
        "It took three requests for documents and an appeal before the agency released its "
        "report, and our reporter spent two weeks at the landfill.",
        "We have no publisher and no public advertising. If you want us to stay on this "
        "story, support us with a monthly gift.",
        "$3 · $8 · $15 a month · Other amount",
        "Support us",
    ]
    result = cleanbody.clean("\n".join([*NEWS, "Salvatore Lo Presti", *appeal]))
    assert result.text.splitlines() == [*NEWS, "Salvatore Lo Presti"]


def test_a_short_question_under_a_link_list_is_the_articles_subheading() -> None:
    """A related list's last line never takes the question the next paragraph answers."""
    lines = [
        *NEWS,
        "More on this topic:",
        "Record traffic at the southern port as ships are diverted",
        "What do the workers want?",
        "The union's chairman said the operator had signed an agreement two years ago not "
        "to lay off anyone because of automation. Now it is trying to go back on it.",
    ]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert kept == [*NEWS, *lines[-2:]]


def test_a_headline_the_lexicon_misreads_between_a_trail_and_a_reading_time_stays() -> None:
    """Under a breadcrumb and over a reading-time line, a weak guess is the headline."""
    headline = "Metro line B: the eastern terminus will close for six weeks this winter"
    lines = ["Home › Region › City", headline, "Reading time: 3 min", *NEWS[1:]]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert kept == [headline, *NEWS[1:]]


def test_a_paragraph_with_only_a_price_for_it_does_not_join_a_paywall() -> None:
    """A cue (an amount per month) in a paragraph of the article's words is the article's."""
    lines = [
        ("Continue reading with Plus", 1.0, "EN-PW01"),
        ("Already a subscriber? Log in", 2.8, "EN-PW02"),
        (
            "A place in a care home now costs more than 3,200 euros a month on average. "
            "It is most expensive in the west and cheapest in the east.",
            -1.7,
            "DE-AP08",
        ),
    ]
    regions = [region for region in _regions(lines) if region.accepted]
    assert [(region.first, region.last) for region in regions] == [(0, 1)]


@pytest.mark.parametrize(
    "headline",
    [
        "Police warn: this is how fraudsters get you to download the app",
        "Polisen varnar: så lurar bedragarna dig att ladda ner appen",
    ],
)
def test_a_headline_in_a_widgets_words_over_its_story_stays(headline: str) -> None:
    """The first line, headline-shaped, over a paragraph, is the story's headline."""
    story = (
        "New scams target older people. The fraudster calls, claims to be from the bank and "
        "asks the victim to install an app, the police said on Monday."
    )
    assert cleanbody.clean(f"{headline}\n{story}").text.splitlines() == [headline, story]


def test_a_paywall_label_over_the_headline_still_goes() -> None:
    lines = ["Article réservé aux abonnés", *NEWS]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == NEWS


def test_a_credit_in_parentheses_is_no_appeals_title() -> None:
    """Walking up from an appeal, a credit line ends the article: it is not the box's title."""
    appeal = [
        "Dear reader,",
        "our reporter spent two days at the mill gate and in eleven villages for this story. "
        "We have no owner and no advertisers: what we do, you pay for.",
        "$3 · $8 · $15 a month · Other amount",
        "Support us",
    ]
    credit = "(Additional reporting: Ankit Tomar)"
    result = cleanbody.clean("\n".join([*NEWS, credit, *appeal]))
    assert result.text.splitlines() == [*NEWS, credit]


def test_a_read_more_line_with_its_own_headline_takes_no_list_below_it() -> None:
    """A related heading takes the headlines under it; one that gives its own is one line.

    A recipe's ingredients under a "Read more: ..." insert are short lines without a full
    stop, like a link list's items, but the insert already named the story it links to.
    """
    ingredients = [(item, -0.5, None) for item in ("12 small plums", "a pinch of salt")]
    method = ("Wrap each plum in dough and simmer the dumplings until they float.", -2.0, None)
    heading = ("More from the kitchen", 0.5, "EN-RE02")
    listed = [method, heading, *ingredients, method]
    (region,) = [region for region in _regions(listed) if region.first == 1]
    assert (region.first, region.last) == (1, 3)
    labelled = ("More from the kitchen: the best markets for autumn fruit", 0.5, "EN-RE02")
    (region,) = _regions([method, labelled, *ingredients, method])
    assert (region.first, region.last) == (1, 1)


def test_paragraphs_past_an_appeals_button_are_not_bridged_to_the_next_appeal() -> None:
    """Past an appeal's button, the story's paragraphs are not the body of the next appeal.

    An appeal's body may read like reporting, but it comes before the button; two appeals
    with article paragraphs between them are two widgets. Above a body, a heading or a
    salutation ending in a colon or comma still opens the appeal (see the example's).
    """
    article = [
        "Turnout in the hill districts broke a record on Sunday, with queues at the polling "
        "stations before seven.",
        "Voters in the valley towns said the choice of president mattered less to them than "
        "the fate of the local hospital.",
    ]
    insert = [
        "The Valley Courier is free to read, but it is not free to make. Please support "
        "independent local journalism today.",
        "Support us",
    ]
    between = [
        "A share of the younger voters backed the reform parties, which would have been "
        "unthinkable ten years ago.",
        "According to the official results, the regional party kept its seats in parliament "
        "but lost the county council.",
    ]
    trailer = ["Support us", "Maybe later"]
    result = cleanbody.clean("\n".join([*article, *insert, *between, *trailer]))
    assert result.text.splitlines() == [*article, *between]


@pytest.mark.parametrize(
    "label", ["Société", "Geld & Consument", "Sport y Ocio", "मौसम", "Amazônia · Reportagem"]
)
def test_a_sections_name_over_the_headline_goes(label: str) -> None:
    result = cleanbody.clean("\n".join([label, *NEWS]))
    assert result.text.splitlines() == NEWS
    assert [removal.rules[0] for removal in result.removed] == ["TXT-HEAD-navigation"]


def test_a_section_and_its_subsection_over_the_headline_go() -> None:
    """Two lines of a section's names over the headline go; a short headline is no name."""
    result = cleanbody.clean("\n".join(["Economy", "Shipping", *NEWS]))
    assert result.text.splitlines() == NEWS
    assert {rule for removal in result.removed for rule in removal.rules} == {"TXT-HEAD-navigation"}
    # A headline of a few short words joined by "on" and "and" is no section's name, even
    # with a standfirst under it that is headline-sized too.
    titled = [
        "Health · Clinics",
        "Doctor on Tuesday and Friday",
        "Four thousand villagers have no family doctor, and the towns now offer free flats",
        *NEWS[1:],
    ]
    kept = cleanbody.clean("\n".join(titled)).text.splitlines()
    assert kept[0] == "Doctor on Tuesday and Friday"
    titled[1] = "Doctor on call"  # a short headline is no subsection's one word
    assert "Doctor on call" in cleanbody.clean("\n".join(titled)).text.splitlines()


def test_a_sections_name_over_a_button_over_the_headline_goes() -> None:
    """A button between the section's name and the headline ("Print") hides nothing.

    A byline there is no button: the line over it is the story's title.
    """
    result = cleanbody.clean("\n".join(["Economy", "Print", *NEWS]))
    assert "Economy" not in result.text.splitlines()
    assert result.text.splitlines()[-3:] == NEWS
    titled = ["Homesick", "Anna Huber", *NEWS]
    assert cleanbody.clean("\n".join(titled)).text.splitlines() == titled


@pytest.mark.parametrize(
    "label",
    [
        "Opinion",
        "L'editoriale",
        "Point de vue",
        "Opinion & Analysis",
        "Opinión y análisis",
        "Інтерв'ю",
        "Söyleşi",
        "حوار",
        "Heidi Koskinen",
        "Tampere.",
    ],
)
def test_a_genre_label_or_a_name_over_the_headline_stays(label: str) -> None:
    """A genre alone stays: an op-ed's "Opinion", an interview's "Söyleşi".

    A section beside it makes a trail; two capitalised words alone are a name.
    """
    lines = [label, *NEWS]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_headline_in_an_appeals_words_under_a_sections_name_stays() -> None:
    """The page's head is a line alone: the headline under it never joins it."""
    headline = "The flooded valley still needs you"
    story = (
        "Six months after the flood, donations have almost stopped. The needs have not: "
        "two hundred families still live in temporary housing, the council said."
    )
    lines = ["Society", headline, story]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == [headline, story]


def test_an_appeals_buttons_under_its_amounts_go_and_a_subheading_under_them_stays() -> None:
    """Labels under the amounts close the appeal; a subheading over its paragraph does not."""
    appeal = [
        "For this story we went to the islands twice and filed four requests for documents. "
        "We have no shipowner behind us and take no government advertising.",
        "5 € · 10 € · 25 € · Other amount",
        "842 of the 1,200 members we need for 2027",
    ]
    buttons = ["Become a member", "Not this time"]
    result = cleanbody.clean("\n".join([*NEWS, *appeal, *buttons]))
    assert result.text.splitlines() == NEWS
    subheading = "Where the money goes"
    paragraph = (
        "One machine costs about 14 million crowns. The rest of the money will pay for "
        "spare parts and for training the crews, the organisers said."
    )
    lines = [*NEWS, *appeal, subheading, paragraph]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == [*NEWS, subheading, paragraph]


@pytest.mark.parametrize("byline", ["Réka Kiss / Eastern Observer", "Sofie Lund | Culture"])
def test_a_byline_with_its_outlet_above_a_widget_stays(byline: str) -> None:
    bar = ["Share this article", "Facebook | X | WhatsApp | Copy link"]
    result = cleanbody.clean("\n".join([*NEWS, byline, *bar]))
    assert result.text.splitlines() == [*NEWS, byline]


def test_a_headline_in_the_sites_words_under_its_trail_is_kept() -> None:
    """A headline the lexicon reads as the trail above it (the site's name's words) stays.

    Under the page's trail, headline-shaped, with the story under it and no separators of
    its own, a guess of the trail's kind does not carry the trail over it.
    """
    headline = "ニュースサイトの読者調査　半数が「無料で十分」と回答"
    text = "\n".join(
        [
            "本文へスキップ",
            "ミナト・ニュース › 経済",
            headline,
            "2026年5月14日 7:30",
            "港町の商店街で、今年に入って三軒目の書店が店を閉じた。店主の男性は「町から本の匂い"
            "が消えていく」と肩を落とす。",
            "市の調べでは、中心部の空き店舗はこの五年で二倍近くに増えた。市は来年度、出店者への"
            "家賃補助を拡充する方針だ。",
        ]
    )
    result = cleanbody.clean(text)
    assert headline in result.text.splitlines()
    assert "ミナト・ニュース › 経済" not in result.text


def test_a_share_button_the_lexicon_also_reads_as_related_heads_no_list() -> None:
    """A share line a rule calls share, and the lexicon related too, takes no line under it.

    Under it stands the story's series name, headline-shaped like a list item: the
    article's, not a related list's first headline.
    """
    lines = [
        "Share this article",
        "Our series: the river towns after the floods, part 2",
        "The water reached the market square of Elmbridge before dawn on Sunday, and by noon "
        "the square was a lake.",
    ]
    rules = {rule.id: rule for rule in load_rules()}
    evidence = []
    for block, text in zip(split_blocks("\n".join(lines)), lines, strict=True):
        found = Evidence(block, wording=-3.0 if text.endswith(".") else 0.0)
        evidence.append(found)
    share = evidence[0]
    share.hits.append(Hit(rules["EN-SH01"], share.block.start, share.block.end, None))
    related = model_rule("related", "cue")
    share.hits.append(Hit(related, share.block.start, share.block.end, None, 1.5))
    share.gain = rules["EN-SH01"].weight + 1.5
    share.cost = block_cost(lines[0], 1.0)
    regions = find_regions(evidence, Config().thresholds)
    assert [(region.first, region.last) for region in regions] == [(0, 0)]


def test_a_paragraph_with_another_kinds_cue_above_a_newsletter_box_stays() -> None:
    """An amount per month in a report is an appeal's cue; above a sign-up box it is the story's."""
    fare = (
        "The county pass keeps its price of 5,000 forints a month, and it stays valid on "
        "the regional buses and the suburban trains as well."
    )
    lines = [
        ("The city's monthly pass will cost more than 11,000 forints from January.", -2.0, None),
        (fare, 0.1, "HU-AP07"),
        ("Daily newsletter", 0.5, "HU-NL03"),
        ("E-mail-cím", 2.4, "HU-NL02"),
        ("Feliratkozom", 0.4, "HU-NL03"),
    ]
    regions = [region for region in _regions(lines) if region.accepted]
    assert [(region.first, region.last) for region in regions] == [(2, 4)]


def test_a_headline_with_a_price_under_the_breadcrumb_stays() -> None:
    """A price a week in the headline is an appeal's cue; under the trail it is the headline."""
    lines = [
        "Головна / Економіка / Енергетика",
        "3 хв читання",
        "Пальне перед святами: АЗС підняли ціни на дизель на 1,5 гривні за тиждень",
        "Аналітики консалтингової групи зафіксували, що за останній тиждень середня ціна "
        "дизельного пального на заправках зросла, а бензин подорожчав менше.",
        "За словами експертів, основна причина — подорожчання імпортного пального на "
        "європейському ринку та черги на кордоні.",
    ]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert kept == lines[2:]


@pytest.mark.parametrize(
    ("lines", "line"),
    [
        (
            [
                "Il museo e i social: intervista alla responsabile della comunicazione",
                "Quanti follower avete oggi? Circa 480mila su Instagram, ma i numeri contano "
                "poco per noi e per il museo.",
                "Avete mai avuto critiche? Tante, e le leggiamo tutte con attenzione, anche "
                "quelle più dure e ingiuste.",
            ],
            '"Seguiteci su Instagram, ma poi venite al museo." Lo scriviamo sotto quasi ogni '
            "post, e funziona meglio di qualsiasi pubblicità.",
        ),
        (
            [
                "Громади переходять на державні сповіщення",
                "Міністерство пропонує місцевій владі відмовитися від анонімних каналів для "
                "оголошень про відключення світла та води.",
                "Пілот уже тестують у трьох містах, і за перший місяць на сповіщення "
                "підписалися десятки тисяч мешканців.",
            ],
            "«Підпишіться на канал у Дії»: громади переходять з Telegram на державні сповіщення",
        ),
        (
            [
                "Как помочь фонду: интервью с волонтёром",
                "— Что нужно сделать, чтобы помочь фонду? Это сложно для обычного человека?",
                "— А если у человека совсем нет денег? Можно ли помочь иначе, например своим "
                "временем?",
            ],
            "— Нет, совсем несложно. Поддержите нас на сайте фонда любой суммой, хоть сто "
            "рублей, это уже много.",
        ),
    ],
)
def test_a_widgets_words_quoted_at_the_start_of_a_line_or_in_dialogue_are_kept(
    lines: list[str], line: str
) -> None:
    """Reported speech: a quotation that opens the line, or a later sentence of dialogue."""
    text = "\n".join([*lines[:2], line, lines[2]])
    assert line in cleanbody.clean(text).text.splitlines()


def test_a_widgets_words_not_in_quotes_still_go() -> None:
    """The quotation checks leave a widget's own line, with no quotation marks, to go."""
    lines = [*NEWS, "Follow us on Instagram and TikTok"]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == NEWS


def test_a_long_guess_of_related_heads_no_list() -> None:
    """A headline the lexicon reads as a related heading takes no standfirst or desk line."""
    lines = [
        "Pressing 'accept all cookies' sends everything to advertisers: what the new rules change",
        "Clear consent for websites and apps under the data protection ordinance",
        "Science and technology desk",
        "Most news and shopping sites show a notice at the bottom as soon as you arrive, and "
        "most people click it away without reading a word of it.",
    ]
    evidence = []
    for block, text in zip(split_blocks("\n".join(lines)), lines, strict=True):
        evidence.append(Evidence(block, wording=-3.0 if text.endswith(".") else 0.0))
    guess = evidence[0]
    guess.hits.append(
        Hit(model_rule("related", "anchor"), guess.block.start, guess.block.end, None, 4.0)
    )
    guess.gain = 4.0
    guess.cost = block_cost(lines[0], 1.0)
    regions = find_regions(evidence, Config().thresholds)
    assert [(region.first, region.last) for region in regions] == [(0, 0)]


def test_a_role_under_the_writers_name_is_no_share_bars_title() -> None:
    lines = [
        *NEWS[:2],
        "Erik Haugen",
        "Journalist",
        "Share this article",
        "Facebook | X | Copy link",
        NEWS[2],
    ]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert kept == [*NEWS[:2], "Erik Haugen", "Journalist", NEWS[2]]


def test_paragraphs_past_a_button_under_the_progress_line_are_not_bridged() -> None:
    """An appeal mid-article ends on its button under the progress line; the story goes on."""
    opening = [
        "Torskekvoten kuttes igjen for kystflåten",
        "Kvoten for kysttorsk blir lavere neste år, og mange sjarkfiskere frykter for "
        "økonomien sin etter flere dårlige sesonger på rad.",
    ]
    appeal = [
        "100 kr   200 kr   500 kr   Annet beløp",
        "61 200 av 100 000 kroner samlet inn i november",
        "Gi et bidrag",
    ]
    story = [
        "Havforskerne mener bestanden fortsatt er svak, og at fisket bør begrenses ytterligere "
        "neste år for å gi torsken en sjanse.",
        "Fiskarlaget sier at medlemmene ikke vil klare seg uten en kompensasjonsordning, og ber "
        "om et møte med statsråden før jul.",
    ]
    tip = (
        "Har du tips om denne saken? Ta kontakt med redaksjonen på tips@kystavisa.no eller "
        "send SMS til 2222."
    )
    kept = cleanbody.clean("\n".join([*opening, *appeal, *story, tip])).text.splitlines()
    assert kept[: len(opening) + len(story)] == [*opening, *story]


def test_a_report_quoting_follow_buttons_does_not_join_the_follow_box_under_it() -> None:
    report = (
        "Messaging channels grew most of all this year. «Join our channel» and «Follow us on "
        "Google News» now close almost every story on the big news sites."
    )
    follow = [
        "Join our channel on Viber to get the news first",
        "Follow The Daily Courier on Google News",
    ]
    lines = [*NEWS, report, *follow, NEWS[2]]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert report in kept
    assert not any(line in kept for line in follow)


def test_a_photographers_name_between_two_link_lists_is_not_bridged() -> None:
    lines = [
        *NEWS,
        "Related stories",
        "Coastal motorway opens to traffic a year late",
        "Ring road widening proposed for the northern suburbs",
        "Hoang Tien",
        "Follow The Daily Courier on Google News",
        "More from this section",
        "City reroutes traffic for the year-end festival",
    ]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert "Hoang Tien" in kept
    assert "Related stories" not in kept


@pytest.mark.parametrize("byline", ["Daryna Kovalchuk, Kremenchuk", "Ana Ruiz, Valladolid"])
def test_a_byline_with_its_place_is_no_appeals_title(byline: str) -> None:
    appeal = [
        "Like reading about people like these? Support the Kremenchuk Daily",
        "We take no money from the city and live on our readers' donations. Even 50 hryvnias "
        "keep a reporter on the road for a day.",
        "50 UAH · 100 UAH · 200 UAH · Donate",
    ]
    kept = cleanbody.clean("\n".join([*NEWS, byline, *appeal])).text.splitlines()
    assert kept == [*NEWS, byline]


def test_a_headline_with_a_cue_right_under_the_trail_stays_under_a_cookie_banner() -> None:
    headline = "The data protection law is in force: is an agree button on a website enough?"
    lines = [
        "We use cookies to improve your experience. By continuing to browse, you agree to "
        "our privacy policy and our use of cookies.",
        "Accept",
        "Technology › Digital",
        headline,
        "From 1 January the personal data protection law applies, and one of the most visible "
        "changes for readers is the consent notice on every website.",
        "Until now most sites showed a single line saying that continuing meant consent, with "
        "no way to refuse the trackers at all.",
    ]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert kept[0] == headline, kept


@pytest.mark.parametrize(
    "byline",
    [
        "di Antonella Iannaccone",
        "Ricerca: Antonella Iannaccone, Marco Ferri",
        "Antonella Iannaccone, Marco Ferri",
    ],
)
def test_a_byline_with_its_lead_or_two_names_is_no_title_of_the_appeal_under_it(
    byline: str,
) -> None:
    """A salutation takes the title above it, but not the story's byline."""
    story = [
        "Frana sulla Provinciale 91, due paesi di nuovo isolati",
        "Il movimento franoso si è riattivato dopo le piogge di domenica e la Provincia "
        "promette un bypass entro dieci giorni, ma i sindaci non ci credono più.",
    ]
    appeal = [
        "Cari lettori, care lettrici,",
        "quella strada l'abbiamo percorsa decine di volte negli ultimi tre anni, e ogni "
        "volta ci è costato tempo, benzina e ore di lavoro che nessuno ci rimborsa.",
        "Il nostro giornale vive grazie a chi ci legge e decide di sostenerci con una "
        "piccola donazione ogni mese.",
        "5 € · 10 € · 25 € · Altro importo",
        "Sostienici",
    ]
    kept = cleanbody.clean("\n".join([*story, byline, *appeal])).text.splitlines()
    assert kept == [*story, byline]


@pytest.mark.parametrize("unseen", [False, True])
def test_lines_the_sites_memory_never_saw_are_not_bridged_between_two_boxes(
    unseen: bool,
) -> None:
    """Plain lines between two follow lines are bridged, unless only this page shows them.

    The site's memory says no other page shows the story's own fact box.
    """
    lines = [
        ("Follow us on WhatsApp for breaking news", 3.0, "EN-SO01"),
        ("Today's rates", 0.2, None),
        ("24 carat: 92,340 rupees", -2.7, None),
        ("Follow us on Telegram", 3.0, "EN-SO01"),
    ]
    rules = {rule.id: rule for rule in load_rules()}
    evidence = []
    for block, (text, wording, rule_id) in zip(
        split_blocks("\n".join(text for text, _, _ in lines)), lines, strict=True
    ):
        found = Evidence(block, wording=wording, unseen=unseen and rule_id is None)
        if rule_id is not None:
            found.hits.append(Hit(rules[rule_id], block.start, block.end, None))
            found.gain = rules[rule_id].weight
            found.cost = block_cost(text, 1.0)
        evidence.append(found)
    spans = [(region.first, region.last) for region in find_regions(evidence, Config().thresholds)]
    assert ((0, 3) in spans) is not unseen, spans


def test_the_writers_name_under_the_standfirst_is_no_title_of_the_wall_below() -> None:
    """An offer may be named, but a bare name right under the page's opening is its byline."""
    opening = [
        "Oulu aikoo sulkea kaksi lähikirjastoa – kirjastoauto korvaisi palvelut",
        "Sivistyslautakunta esittää kahden kirjaston lakkauttamista ensi vuoden alusta, ja "
        "säästö olisi noin 400 000 euroa vuodessa.",
        "Pekka Honkanen",
    ]
    wall = [
        "Tämä juttu on tilaajille",
        "Lue rajattomasti 1 kk 1 €, jonka jälkeen 24,90 €/kk. Voit perua milloin tahansa.",
        "Tilaa nyt",
        "Oletko jo tilaaja? Kirjaudu sisään",
    ]
    kept = cleanbody.clean("\n".join([*opening, *wall])).text.splitlines()
    assert kept == opening


@pytest.mark.parametrize(
    ("lead", "step"),
    [
        (
            "Az alkalmazás beállítása néhány perc, ha kéznél van a személyi igazolvány. A lépések:",
            "Töltse le a DÁP alkalmazást az App Store-ból vagy a Google Play áruházból.",
        ),
        (
            "Du behöver ett pass eller ett nationellt id-kort med chip. Så här gör du:",
            "Ladda ner appen Svensk e-legitimation från App Store eller Google Play.",
        ),
    ],
)
def test_the_first_step_of_a_list_the_story_leads_into_is_the_storys(lead: str, step: str) -> None:
    """A paragraph ending "Here is how:" leads into steps in a widget's words: the story's."""
    story = [
        "A new state app replaces the old login from January, and the offices expect queues.",
        lead,
        step,
    ]
    kept = cleanbody.clean("\n".join(story)).text.splitlines()
    assert step in kept


def test_a_step_of_a_short_lead_ins_list_stays_when_the_list_goes_on_in_plain_steps() -> None:
    """Under "How to stay safe:" a widget-worded step is the story's if plain steps follow.

    A widget's line that ends the list still goes.
    """
    story = [
        "Fraudsters send links to fake banking apps, the police said on Monday.",
        "Once installed, the app reads text messages and passes codes to the gang.",
        "How to stay safe:",
        "Download our app from the App Store or Google Play.",
        "Never forward a code you did not ask for.",
        "Report a fraud to your bank at once.",
        "Comments are closed for this article.",
    ]
    kept = cleanbody.clean("\n".join(story)).text.splitlines()
    assert story[3] in kept
    assert story[-1] not in kept


def test_a_credit_line_beside_the_byline_is_no_related_link() -> None:
    """A credit's label and a name under "Text: Name" credits the story's pictures."""
    story = [
        "Poronhoitajat vastustavat nikkelikaivosta pohjoisessa",
        "Teksti: Aino Keskitalo",
        "Video: Mikko Rautio",
        "Kunnanvaltuusto äänestää kaavasta ensi maanantaina, ja yhtiö hakee lupaa kaivokselle.",
        "Poronhoitajien mukaan kaivos ja sen tiet katkaisisivat vanhat vaellusreitit kahtia.",
    ]
    kept = cleanbody.clean("\n".join(story)).text.splitlines()
    assert "Video: Mikko Rautio" in kept
    alone = cleanbody.clean("\n".join([*story[3:], "Video: Mikko Rautio"])).text.splitlines()
    assert "Video: Mikko Rautio" not in alone  # without a byline beside it, a link's label


def test_an_interviews_answer_is_speech_not_an_appeal() -> None:
    """An answer marked "A." is the story's, whatever its words."""
    answer = "A. Yes. Make a tax-deductible donation today, the charity's site says."
    story = [
        "Year-end giving: what you get back from the taxman",
        "Charities send out more requests in December than in any other month.",
        "Q. Can I deduct a gift to a charity abroad?",
        answer,
        "Tax advisers say receipts should be kept for five years.",
    ]
    assert answer in cleanbody.clean("\n".join(story)).text.splitlines()
    assert answer[3:] not in cleanbody.clean("\n".join([*story[:2], answer[3:]])).text


def test_a_saying_in_single_marks_is_quoted_but_a_name_in_them_is_not() -> None:
    """'Sign up for my newsletter' quoted in a standfirst is speech; a quoted name is not."""
    standfirst = (
        "'Meld je aan voor mijn nieuwsbrief' is het nieuwe 'volg me op Twitter'. "
        "Maar levert het iets op?"
    )
    story = [
        "Steeds meer verslaggevers beginnen een eigen betaalde nieuwsbrief",
        standfirst,
        "Toen de verslaggever vorig jaar vertrok bij zijn krant, begon hij meteen een nieuwsbrief.",
        "Inmiddels heeft hij ruim tweeduizend betalende lezers, zegt hij.",
    ]
    assert standfirst in cleanbody.clean("\n".join(story)).text.splitlines()
    ask = "'Dorpsnieuws' heeft je nodig: meld je aan voor onze nieuwsbrief."
    assert ask not in cleanbody.clean("\n".join([story[3], ask])).text


@pytest.mark.parametrize(
    "reported",
    [
        "Whoever visits the site sees a yellow box under the first paragraph: 'This article "
        "is for subscribers only. Subscribe for 1 euro the first month.' The offer then "
        "rises to 12.99 euros.",
        "일부 발행인들은 광고 대신 후원 모델을 택한다. 글 하단에 '이 글이 좋았다면 커피 한 잔 "
        "값으로 후원해 주세요'라는 문구를 넣는 식이다.",
    ],
)
def test_a_saying_in_single_marks_inside_a_sentence_is_quoted(reported: str) -> None:
    """The marks may open mid-sentence and close before a Korean particle ('...'라는)."""
    story = [
        "The regional paper has put most of its website behind a paywall since March.",
        reported,
        "Its editor said the print edition's price would stay the same this year.",
    ]
    assert cleanbody.clean("\n".join(story)).text.splitlines() == story


_APPEAL_FOOT = ["£4 a month", "£8 a month", "£12 a month", "Other amount", "Count me in"]


def test_an_appeals_body_in_the_publishers_voice_goes_with_its_amounts_and_title() -> None:
    """Paragraphs speaking as "we" to "you" between a title and amounts are the appeal's.

    Whatever their words; so is the button under "Other amount".
    """
    article = [
        "The county will close two of its five recycling centres from March.",
        "Councillors approved the plan on Tuesday by nine votes to four.",
        "The remaining centres will open an hour longer on weekdays, officials said.",
    ]
    appeal = [
        "From the Courier's newsroom",
        "Tom spent a week reading the waste contracts so you wouldn't have to.",
        "We have no owner and no paywall. Readers like you pay for most of our reporting.",
        *_APPEAL_FOOT,
    ]
    kept = cleanbody.clean("\n".join(article + appeal)).text.splitlines()
    assert kept == article


def test_reporting_under_a_subheading_above_amount_buttons_stays() -> None:
    """Paragraphs in the third person under a subheading are the story's."""
    article = [
        "The county will close two of its five recycling centres from March.",
        "Councillors approved the plan on Tuesday by nine votes to four.",
        "What happens next",
        "The centres close on 1 March. Residents can still book bulky waste collections.",
        "Opposition councillors said they would call the decision in for review.",
    ]
    kept = cleanbody.clean("\n".join(article + _APPEAL_FOOT)).text.splitlines()
    assert kept == article


def test_one_paragraph_in_no_voice_between_two_in_the_publishers_goes_with_the_appeal() -> None:
    """A paragraph in no voice ("Advertising used to pay for that.") between two in it goes."""
    article = [
        "The county will close two of its five recycling centres from March.",
        "Councillors approved the plan on Tuesday by nine votes to four.",
        "The remaining centres will open an hour longer on weekdays, officials said.",
    ]
    appeal = [
        "Before you close this page",
        "There are two of us covering the whole county, and a story like this one takes us "
        "a week of meetings.",
        "Advertising used to pay for that. It doesn't any more, and the county's papers have "
        "shrunk by half in ten years.",
        "If we reach 1,600 members by the new year, we can hire a part-time reporter.",
        *_APPEAL_FOOT,
    ]
    kept = cleanbody.clean("\n".join(article + appeal)).text.splitlines()
    assert kept == article


def test_a_verbs_we_tells_the_publishers_voice() -> None:
    """Polish says "we" in its verbs ("jechaliśmy"): the paragraph is the appeal's."""
    article = [
        "Gmina zamknie dwie z pięciu szkół w powiecie od września.",
        "Radni przegłosowali uchwałę we wtorek stosunkiem głosów dziewięć do czterech.",
        "Rodzice zapowiedzieli skargę do sądu administracyjnego, mówi sołtys.",
    ]
    appeal = [
        "Do Ciebie, który doczytałeś do końca",
        "Do Wołowca jechaliśmy trzy razy, a na każdą rozmowę czekaliśmy tygodniami.",
        "Reporterów jest u nas troje. Pensje opłacają czytelnicy, nie reklamodawcy.",
        "20 zł · 50 zł · 100 zł · inna kwota",
        "Wpłacam co miesiąc",
    ]
    kept = cleanbody.clean("\n".join(article + appeal)).text.splitlines()
    assert kept == article


_PORT_RU = [
    "Докеры северного порта объявили забастовку",
    "В среду утром работники порта прекратили разгрузку судов, и к вечеру на рейде "
    "ожидали около тридцати кораблей, сообщил капитан порта.",
    "Профсоюз утверждает, что два года назад оператор обещал не сокращать никого из-за "
    "новых кранов. В компании говорят, что сокращений не будет.",
]
_PORT_CS = [
    "Přístavní dělníci stávkují kvůli automatickým jeřábům",
    "Dělníci v severním přístavu ve středu ráno přestali vykládat lodě a večer na kotvišti "
    "čekalo asi třicet plavidel, uvedl kapitán přístavu.",
    "Odbory tvrdí, že provozovatel před dvěma lety slíbil, že kvůli novým jeřábům nikdo "
    "nepřijde o práci. Firma říká, že propouštět nebude.",
]


@pytest.mark.parametrize(
    ("article", "head", "box"),
    [
        (
            NEWS,
            ["The Harbour Letter", "Shipping news from the northern coast, every Friday."],
            ["Your email address", "Sign up"],
        ),
        (
            _PORT_RU,
            ["«Причалы» по пятницам", "Раз в неделю присылаем главное о портах и судоходстве."],
            ["Ваш e-mail", "Подписаться"],
        ),
        (_PORT_CS, ["Přístavní týdeník do mailu"], ["Váš e-mail", "Odebírat"]),
        (  # the title promises the rhythm, the blurb what it brings
            NEWS,
            [
                "The coast every morning in your inbox",
                "Ferries, weather and island life in one short letter.",
            ],
            ["Your email address", "Sign up"],
        ),
    ],
)
def test_a_sign_up_boxs_title_and_blurb_go_with_it_when_they_promise_its_rhythm(
    article: list[str], head: list[str], box: list[str]
) -> None:
    """The box's name and a line of what it brings and when go with its field and button."""
    kept = cleanbody.clean("\n".join([*article, *head, *box])).text.splitlines()
    assert kept == article


def test_a_short_paragraph_with_a_day_over_a_sign_up_box_stays() -> None:
    """A blurb goes only under a title; the story's last lines keep their dates and rhythm."""
    ending = [
        "What happens next",
        "Talks resume on Friday, and the union says it will ballot members every week.",
    ]
    box = ["Your email address", "Sign up"]
    kept = cleanbody.clean("\n".join([*NEWS, *ending, *box])).text.splitlines()
    assert kept == [*NEWS, *ending]
    lone = [*NEWS[1:], "The next sailing list is published every Friday at noon, he added."]
    assert cleanbody.clean("\n".join([*lone, *box])).text.splitlines() == lone


def test_a_sign_up_box_in_the_story_goes_whole_with_its_promised_rhythm() -> None:
    """A box in the middle of a story goes whole: the rhythm names its title and blurb."""
    box = [
        "Přístavní týdeník do mailu",
        "Každé úterý přehled cen, lodních linek a novinek z přístavů. Zdarma.",
        "Váš e-mail",
        "Odebírat",
    ]
    lines = [*_PORT_CS[:2], *box, _PORT_CS[2]]
    result = cleanbody.clean("\n".join(lines))
    assert result.text.splitlines() == _PORT_CS
    assert len(result.removed) == 1
    assert "TXT-BOX-newsletter" in result.removed[0].rules
    assert result.removed[0].text.splitlines() == box
    assert "TXT-BOX-newsletter" in {rule["id"] for rule in cleanbody.list_rules()}


def test_a_newsletters_signed_name_under_its_farewell_stays_over_the_footer() -> None:
    """The writer's name under a short farewell is the letter's, not the footer's title."""
    letter = [
        *NEWS,
        "Until then, happy cooking.",
        "Priya",
    ]
    footer = [
        "You are receiving this email because you subscribed to The Weeknight Table.",
        "Unsubscribe | Manage preferences",
    ]
    assert cleanbody.clean("\n".join([*letter, *footer])).text.splitlines() == letter


PLANS = [
    "・デジタル会員　月額1,200円",
    "・家族プラン　月額1,800円（4人まで）",
    "・ウェブ限定コース　月額650円",
]


def test_a_price_list_the_report_frames_stays_the_articles() -> None:
    """A report on a paper's new prices lists them between two of its own paragraphs."""
    text = "\n".join(
        [
            "北海日報は来月から、電子版を有料会員向けに切り替える。",
            "同社によると、これまで無料だった地域面の記事も対象になる。新しい料金は次の通りだ。",
            *PLANS,
            "販売局長は「値上げではなく、取材を続けるための選択だ」と説明している。",
            "読者からは、高齢者向けの割引を求める声も出ている。",
        ]
    )
    result = cleanbody.clean(text)
    for line in PLANS:
        assert line in result.text.splitlines()


def test_a_paywalls_price_list_under_its_title_still_goes() -> None:
    """Under a paywall's own title and over its button, the same prices are its offer."""
    box = ["この記事は有料会員限定です", *PLANS, "会員登録して続きを読む"]
    text = "\n".join(
        [
            "北海日報は来月から、電子版を有料会員向けに切り替える。",
            "同社によると、これまで無料だった地域面の記事も対象になる。",
            *box,
        ]
    )
    result = cleanbody.clean(text)
    for line in box:
        assert line not in result.text


def test_a_headline_in_a_widgets_words_over_a_datelined_byline_stays() -> None:
    """The headline of a story about WhatsApp channels, over "Place — Name", is the story's."""
    headline = "Warga Kini Ikuti Saluran WhatsApp Kelurahan untuk Info Banjir"
    text = "\n".join(
        [
            headline,
            "Bekasi — Rina Kartika",
            "Pesan berantai tentang tinggi muka air kini datang dari saluran resmi kelurahan, "
            "bukan lagi dari grup keluarga. Warga menyebut informasinya lebih cepat.",
            "Lurah setempat mengatakan saluran itu sudah diikuti lebih dari 4.000 warga.",
        ]
    )
    result = cleanbody.clean(text)
    assert result.text.splitlines()[0] == headline


def test_a_plan_choosers_price_row_goes_with_the_paywall_around_it() -> None:
    """Between the wall's notice and its buttons, a row of prices is the wall's."""
    story = [
        "Durian prices at the farm gate fell for a third week, growers in the east said.",
        "Exporters blame slower checks at the border, where trucks now wait up to four days.",
    ]
    wall = [
        "You've read all 5 free stories this month",
        "Subscribe to keep reading",
        "Monthly $4.99 | Yearly $49 (two months free)",
        "Yearly plans include the e-paper archive",
        "Subscribe",
        "Already a subscriber? Log in",
    ]
    end = [
        "The growers' association will meet officials next week, its chairman said, and "
        "will ask for more inspectors at the border."
    ]
    result = cleanbody.clean("\n".join([*story, *wall, *end]))
    assert result.text.splitlines() == [*story, *end]


def _guessed(evidence: Evidence, category: str, weight: float, kind: str = "cue") -> None:
    """Add the lexicon's guess of a kind to a block (as the engine would)."""
    block = evidence.block
    rule = model_rule(category, "anchor" if kind == "anchor" else "cue")
    evidence.hits.append(Hit(rule, block.start, block.end, None, weight))
    evidence.gain += weight
    evidence.cost = block_cost(block.text, 1.0)


def _ruled(evidence: Evidence, rule_id: str, weight: float | None = None) -> None:
    """Add a rule's hit to a block (as the engine would): a counter rule's to its counter."""
    rule = next(rule for rule in load_rules() if rule.id == rule_id)
    block = evidence.block
    evidence.hits.append(Hit(rule, block.start, block.end, None, weight))
    if rule.kind == "counter":
        evidence.counter += rule.weight
    else:
        evidence.gain += rule.weight if weight is None else weight
    evidence.cost = block_cost(block.text, 1.0)


def test_a_paywall_goes_whole_over_its_price_row_whatever_kind_the_lexicon_guesses() -> None:
    """The wall's pitch read as "related" still joins the wall's buttons over its prices.

    Between them stand only labels (a price row, a trial button): a guess of another kind
    on the line facing them says nothing against one widget.
    """
    lines = [
        "Rents in the old town rose by a fifth in two years, the tenants' union said.",
        "Landlords blame higher rates and the cost of repairs, and some have sold up.",
        "This story is for premium members only",
        "Deep analysis and data reports: join now and read the whole story",
        "Monthly $9.90 · Yearly $99 (two months free)",
        "First month for 10 cents",
        "Already a member? Log in",
        "Print subscribers read free once they link their account",
        "The union wants the city to cap rises at the rate of inflation, it said in a letter.",
    ]
    rules = {rule.id: rule for rule in load_rules()}
    evidence = [
        Evidence(block, wording=-3.0 if text.endswith(".") else 0.0)
        for block, text in zip(split_blocks("\n".join(lines)), lines, strict=True)
    ]
    wall = rules["KO-PW02"]  # "Already a member? Log in", a cue of a paywall's
    evidence[6].hits.append(Hit(wall, evidence[6].block.start, evidence[6].block.end, None))
    evidence[6].gain = wall.weight
    evidence[6].cost = block_cost(lines[6], 1.0)
    _guessed(evidence[2], "paywall", 4.5, "anchor")  # sure: the model stands for the wall
    _guessed(evidence[3], "related", 2.5)
    _guessed(evidence[7], "paywall", 3.0)
    regions = find_regions(evidence, Config().thresholds)
    assert [(region.first, region.last) for region in regions if region.accepted] == [(2, 7)]


@pytest.mark.parametrize(
    "bars",
    [["7 minuti di lettura"], ["Condividi", "Copia link"], ["Condividi", "4 min"]],
)
def test_a_sections_name_over_the_pages_bars_over_the_headline_goes(bars: list[str]) -> None:
    """The section over the reading time or a share bar's buttons, a line each, is a trail."""
    headline = "L'ultima campanella della pluriclasse di Rocca San Vitale"
    story = [
        "Dopo 112 anni chiude la scuola del paese: sei bambini, una maestra e una stufa.",
        "Il comune ha deciso di accorpare la classe a quella del capoluogo, a dodici "
        "chilometri di curve, e le famiglie hanno raccolto firme per due mesi.",
    ]
    result = cleanbody.clean("\n".join(["Territori · Appennino", *bars, headline, *story]))
    assert result.text.splitlines() == [headline, *story]


def test_a_byline_with_a_capitalised_lead_stays_over_the_pages_bars() -> None:
    """A lead word ("Oleh": by) and four names over the reading time and share bar: a byline."""
    headline = "Banjir: Jumlah mangsa di Kelantan meningkat kepada 61,213 orang"
    byline = "Oleh Mohd Firdaus Che Hassan"
    story = [
        "Jumlah mangsa banjir di Kelantan terus meningkat pagi ini, dengan 61,213 orang "
        "ditempatkan di 412 pusat pemindahan sementara.",
        "Jabatan Meteorologi menjangkakan hujan lebat berterusan sehingga hujung minggu.",
    ]
    bars = ["Masa bacaan: 2 minit", "Kongsi artikel ini"]
    result = cleanbody.clean("\n".join([headline, byline, *bars, *story]))
    assert result.text.splitlines() == [headline, byline, *story]


@pytest.mark.parametrize(
    "byline", ["Oleh Mohd Firdaus Che Hassan", "Von Annette Reiber", "Por Ana María Ruiz"]
)
def test_a_capitalised_lead_opens_a_byline_of_up_to_four_names(byline: str) -> None:
    """The lead is set aside before the names are counted: four names, not five words."""
    marks = _name_marks(byline)
    assert marks is not None
    assert marks[0]  # opened by a lead


def test_a_section_trail_under_the_cookie_banner_goes_once_the_banner_has() -> None:
    """With the banner gone the trail is the page's first line, and is read as its head."""
    banner = [
        "Wir respektieren Ihre Privatsphäre",
        "Wir und unsere Partner speichern und/oder greifen auf Informationen auf Ihrem Gerät "
        "zu, etwa Cookies, und verarbeiten personenbezogene Daten.",
        "Zustimmen",
        "Einstellungen",
    ]
    headline = "Gericht kippt Cookie-Banner ohne Ablehnen-Knopf"
    story = [
        "Ein Cookie-Banner, das nur einen Knopf zum Zustimmen zeigt, ist rechtswidrig. Das "
        "hat das Landgericht am Dienstag entschieden.",
        "Geklagt hatte ein Verbraucherverband gegen einen Onlinehändler aus Köln.",
    ]
    result = cleanbody.clean("\n".join([*banner, "Netzpolitik / Datenschutz", headline, *story]))
    assert result.text.splitlines() == [headline, *story]


HARBOUR = [
    "The harbour authority will dredge the eastern channel next spring, its board decided on "
    "Tuesday after two years of delays.",
    "Fishing crews had complained that boats ran aground at low tide, and one trawler lost its "
    "rudder in March.",
    "The work will cost about 4 million and is to be finished before the summer season.",
]


@pytest.mark.parametrize(
    ("plug", "footer"),
    [
        # Names a platform: a plug even right under the story's last paragraph.
        ("Get the harbour news on your phone: our channel on Telegram is free.", []),
        # Names none: a plug beside a widget that went (the copyright line).
        (
            "Our app brings the coast's news to your phone, free on iOS and Android.",
            ["© 2026 The Coast Ledger. All rights reserved."],
        ),
    ],
)
def test_a_closing_plug_the_lexicon_is_sure_of_goes_without_a_rule(
    plug: str, footer: list[str]
) -> None:
    result = cleanbody.clean("\n".join([*HARBOUR, plug, *footer]))
    assert result.text.splitlines() == HARBOUR
    assert any(rule.startswith("MODEL-") for rule in result.removed[-1].rules)


def test_a_closing_bio_of_several_sentences_stays_on_the_lexicons_guess_alone() -> None:
    bio = (
        "Mara Quint covers ports and shipping for the Coast Ledger. Follow her on X @maraquint "
        "or write to her at mara@coastledger.example for tips on our WhatsApp channel."
    )
    result = cleanbody.clean("\n".join([*HARBOUR, bio]))
    assert bio in result.text


def test_a_reports_list_of_prices_stays_over_the_newsletter_box_under_it() -> None:
    """Lines with only an appeal's cue, in the report's words, are no part of another box."""
    lines = [
        "Three of the four big gym chains will charge more from January, their lists show.",
        "Northgate Fitness off-peak: £19.99 a month",
        "Northgate Fitness anytime: £34.99 a month",
        "Pulse Gyms standard: £27.50 a month",
        "Save money with our weekly newsletter",
        "Every Saturday the best deals and discounts explained simply. Sign up for free",
        "Members who do not want to pay more can cancel before the end of December, the "
        "chains confirmed in letters to their members this week.",
    ]
    rules = {rule.id: rule for rule in load_rules()}
    evidence = [Evidence(block, wording=-3.0) for block in split_blocks("\n".join(lines))]
    price = rules["EN-AP08"]  # money per period: a cue of an appeal's
    for found in evidence[1:4]:
        found.hits.append(Hit(price, found.block.start, found.block.end, None))
        found.gain = price.weight
        found.cost = block_cost(found.block.text, 1.0)
    for found in evidence[4:6]:
        found.wording = 3.0
    _guessed(evidence[4], "newsletter", 4.0, "anchor")
    _guessed(evidence[5], "newsletter", 4.0, "anchor")
    regions = find_regions(evidence, Config().thresholds)
    assert [(region.first, region.last) for region in regions if region.accepted] == [(4, 5)]


@pytest.mark.parametrize(
    "head",
    [
        ["Economy", "Subscribers only"],  # a paywall's label between name and headline
        ["Wirtschaft", "Artikel anhören"],  # an audio player's
        ["Sami affairs", "6 min read"],  # a section of a word and one in lower case
        ["کار و کارگر"],  # two words joined by a short one, in a script without case
    ],
)
def test_a_sections_name_goes_once_what_stood_under_it_has(head: list[str]) -> None:
    """The bars under the section's name go first; then the name is over the headline."""
    story = [
        "Rents in the capital rose by 14 percent in a year, the statistics office said",
        "The rise was steepest in the outer districts, where new metro lines opened last "
        "spring and drew young families.",
        "Tenants' groups want the city to cap rents for five years; the landlords' "
        "association says that would stop new building.",
    ]
    result = cleanbody.clean("\n".join([*head, *story]))
    assert result.text.splitlines() == story
    assert "TXT-HEAD-navigation" in result.removed[0].rules


def test_a_sentence_of_the_storys_after_a_line_makes_it_an_insert() -> None:
    """How to give, in a report on a collection, stays when the story goes on below it."""
    story = [
        "Frivillige banker på 40 000 dører langs kysten søndag for redningsaksjonen.",
        "I fjor samlet aksjonen inn 2,1 millioner kroner, det meste i kontanter ved døren.",
        "Den som ikke rekker innsamlingen, kan gi med Vipps til 2299 eller på aksjonens "
        "nettside ut året.",
        "Sendingen fra innsamlingen starter klokka 18, med nye tall hver time utover kvelden.",
    ]
    related = [
        "Mer om redningsaksjonen",
        "Slik ble 3 000 skoleelever bøssebærere",
        "Redningsskøyta som reddet 14 fiskere i vinter",
    ]
    assert cleanbody.clean("\n".join([*story, *related])).text.splitlines() == story


QUOTED_BUTTONS = [
    "The regulator fined a retailer for a cookie banner that hid the option to refuse.",
    "Under its guidance the first layer must show three buttons of equal weight:",
    '"Accept all"',
    '"Settings"',
    '"Reject all"',
    "The retailer has a month to change its site, and it may appeal the decision in court.",
]

LED_PRICES = [
    "İlçenin yerel gazetesi eylülden itibaren haberlerinin çoğunu ücretli aboneliğe bağlayacak.",
    "Paketler şöyle:",
    "Aylık 79 TL",
    "Yıllık 790 TL",
    "Öğrenciler için aylık 29 TL",
    "Son dakika ve seçim haberleri ücretsiz kalacak, dedi gazetenin genel yayın yönetmeni.",
]

STANDFIRST_SENTENCES = [
    "County weekly puts its best stories behind a paywall",
    "From April the main stories from the county will be available to subscribers only. "
    "The paper has been published since 1991.",
    "The editors blame falling advertising income, which has halved in five years, and "
    "rising costs of paper and delivery.",
    "Obituaries, police notices and the events calendar will stay free, the publisher said "
    "on Monday.",
    "Readers are divided. On the paper's social media pages some welcomed the move, while "
    "others said they would stop reading.",
]

STANDFIRST_LINE = [
    "Sezon PIT: organizacje walczą o 1,5 procent",
    "Przekaż 1,5% podatku – sprawdź, ile w tym roku trafiło do organizacji i jak nie "
    "pomylić numeru KRS",
    "Anna Nowak",
    "W tym roku podatnicy przekazali organizacjom pożytku publicznego ponad 1,6 mld zł, "
    "wynika z danych resortu finansów.",
    "Najwięcej pieniędzy trafia do fundacji zbierających na leczenie konkretnych osób, a "
    "małe stowarzyszenia dostają niewiele.",
]


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(QUOTED_BUTTONS, id="a report's buttons quoted a line each"),
        pytest.param(LED_PRICES, id="prices listed under a lead-in, over reporting"),
        pytest.param(STANDFIRST_SENTENCES, id="a standfirst of several sentences"),
        pytest.param(STANDFIRST_LINE, id="a long line under the headline, whatever it asks"),
    ],
)
def test_the_story_keeps_what_it_quotes_lists_and_leads_with(lines: list[str]) -> None:
    """Each reads as a widget's words, and each is the story's.

    Buttons quoted a line each, plans' prices under "The packages are:", a standfirst
    that says the stories go to subscribers or asks for a share of the reader's tax.
    """
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_reports_list_of_prices_stays_over_a_box_when_its_words_together_lean_article() -> None:
    """One line of the report's list may name an e-paper; the list's words still lean article."""
    lines = [
        "The county paper will put nearly all local news behind a wall from May, it said.",
        "Digital basic: £7.90 a month",
        "Digital plus with e-paper: £15.90 a month",
        "Print and digital: £36.50 a month",
        "Media Morning: the trade's news in your inbox at seven",
        "Sign up free",
        "Advertising no longer pays for half a reporter's post, the publisher said on Monday.",
    ]
    evidence = [Evidence(block, wording=-1.0) for block in split_blocks("\n".join(lines))]
    for found in evidence[1:4]:
        _ruled(found, "EN-AP08")
    evidence[2].wording = 0.2  # "e-paper" is a paywall's word
    for found in evidence[4:6]:
        found.wording = 3.0
    _guessed(evidence[4], "newsletter", 4.0, "anchor")
    _guessed(evidence[5], "newsletter", 4.0, "anchor")
    regions = find_regions(evidence, Config().thresholds)
    assert [(region.first, region.last) for region in regions if region.accepted] == [(4, 5)]


def test_a_comment_box_goes_whole_over_its_policy_paragraph() -> None:
    """A comment box's policy sits between its count and its buttons: the box's body."""
    lines = [
        "The city will reopen its bike-share scheme in April with 1,500 bikes, officials said.",
        "Councillors criticised the cut in docking stations, saying outer districts lose out.",
        "Comments (47)",
        "By posting you accept the forum rules. Insulting posts, advertising and posts off "
        "the topic will be deleted by the moderators.",
        "Log in to comment",
        "Show all comments",
    ]
    evidence = [Evidence(block, wording=-2.0) for block in split_blocks("\n".join(lines))]
    for found in (evidence[2], evidence[5]):
        _ruled(found, "EN-CM01")
    evidence[3].wording = 1.0  # the policy's words lean a little towards a widget's
    _guessed(evidence[4], "comments", 1.5)
    regions = find_regions(evidence, Config().thresholds)
    assert [(region.first, region.last) for region in regions if region.accepted] == [(2, 5)]


def test_a_paywall_at_the_end_takes_its_pitch_above_its_prices() -> None:
    """The wall's own lines ("The rest is for subscribers", what the plan gives) go with it."""
    lines = [
        "Olive growers in the south are selling their oil for 40% less than a year ago.",
        "At the cooperative mill the tanks are full, but buyers offer less each week, the "
        "manager said.",
        "In supermarkets the price of a litre has barely moved since the spring.",
        "This report goes on for the readers who pay for it",
        "Every analysis and every report, without a limit, on the web and in the app.",
        "Monthly: £1 for the first month, then £8.90 a month",
        "Yearly: £79, and the Sunday e-paper comes with it",
        "Already a subscriber? Log in",
    ]
    evidence = [Evidence(block, wording=-2.0) for block in split_blocks("\n".join(lines))]
    evidence[3].wording, evidence[4].wording = 1.0, 2.5  # the wall's words, no rule's
    for found in evidence[5:7]:
        _guessed(found, "paywall", 1.5)
    _ruled(evidence[7], "EN-PW02")
    regions = find_regions(evidence, Config().thresholds, ["en"])
    assert [(region.first, region.last) for region in regions if region.accepted] == [(3, 7)]


def test_a_reviews_line_naming_its_book_stays_above_the_paywall() -> None:
    """The review's last line names the book, as its standfirst did: the story's, not the wall's."""
    lines = [
        "A city with no memory of itself",
        "On Shirin Farhadi's novel The House on Palm Lane",
        "The novel opens with a sentence the reader carries to the last page, and its "
        "language, not its plot, is what stays.",
        "The House on Palm Lane, Shirin Farhadi, Bluestone Press, 284 pages",
        "Read every issue of the magazine without limits",
        "One month digital: £9",
        "Already a subscriber? Log in",
    ]
    evidence = [Evidence(block, wording=-2.0) for block in split_blocks("\n".join(lines))]
    evidence[3].wording, evidence[4].wording = 0.4, 1.8  # a page count; the wall's words
    _guessed(evidence[5], "paywall", 1.5)
    _ruled(evidence[6], "EN-PW02")
    regions = find_regions(evidence, Config().thresholds, ["en"])
    assert [(region.first, region.last) for region in regions if region.accepted] == [(5, 6)]


def test_a_photos_caption_naming_the_storys_subject_is_no_title_of_the_wall_below() -> None:
    """A caption right above a paywall names what the headline names: the story's line."""
    lines = [
        "Third year of drought: maize fields around Mezotur burn",
        "Farmers wait for compensation, and many think of giving up maize for good.",
        "By Gergely Molnar",
        "The last real rain fell in June, and since then the farmers have watched the "
        "cobs dry on their stalks, the chamber's figures show.",
        "Drought-scorched maize field outside Mezotur",
        "The rest of this article is for our subscribers",
        "Digital subscription: £4.90 a month",
        "Already a subscriber? Log in",
    ]
    evidence = [Evidence(block, wording=-2.0) for block in split_blocks("\n".join(lines))]
    evidence[4].wording = 0.0
    for found in evidence[5:8]:
        _ruled(found, "EN-PW02")
    regions = find_regions(evidence, Config().thresholds, ["en"])
    assert [(region.first, region.last) for region in regions if region.accepted] == [(5, 7)]


def test_nothing_above_a_widgets_opening_line_joins_the_widget() -> None:
    """A column's own account details stay above the site's appeal that opens below them."""
    lines = [
        "The school lost its library in the earthquake, and the parents want to build a new one.",
        "Account holder: Riverside Primary Parents' Association",
        "IBAN: GB29 NWBK 6016 1331 9268 19",
        'Write "library" in the reference.',
        "Please do not send worn-out books: the children have seen enough broken things.",
        "In a month I will tell you here how many of you gave and what it bought.",
        "To you who read this far",
        "Our columnists are paid and our reporters go out to the towns because readers pay for it.",
        "£3 a month | £5 a month | £10 a month",
        "Support us now",
    ]
    evidence = [Evidence(block, wording=0.0) for block in split_blocks("\n".join(lines))]

    _ruled(evidence[2], "PT-AP12")  # an account given for donations: an appeal's cue
    _ruled(evidence[6], "MUL-AP03")
    _ruled(evidence[8], "MUL-AP01")
    _ruled(evidence[9], "EN-AP11")
    evidence[7].wording = 2.0
    regions = find_regions(evidence, Config().thresholds, ["en"])
    assert [(region.first, region.last) for region in regions if region.accepted] == [(6, 9)]


def test_a_link_list_ends_at_a_sentence_that_closes_a_quotation() -> None:
    """A paragraph ending '... now."' under a list's headlines is a sentence, not a headline."""
    lines = [
        "Audiobooks have found a new market among commuters stuck in traffic, publishers say.",
        "One studio records six titles a month, its founder said.",
        "Related stories",
        "Audiobook sales triple at the book fair",
        "Why stories at bedtime beat screens for children",
        'The apps advertise hard too. On Facebook a famous voice says: "Download the app now."',
        "Some publishers are unhappy with the royalties, which they say are too low.",
    ]
    evidence = [Evidence(block, wording=-2.0) for block in split_blocks("\n".join(lines))]
    _ruled(evidence[2], "MUL-RE01")
    evidence[5].wording = 2.0
    regions = find_regions(evidence, Config().thresholds, ["en"])
    assert [(region.first, region.last) for region in regions if region.accepted] == [(2, 4)]


def test_an_interviews_answer_giving_a_podcasts_rhythm_is_no_title_of_the_box_below() -> None:
    """An answer that gives a podcast's rhythm, above a sign-up box, is the interview's."""
    lines = [
        "— How did it start?",
        "— In lockdown. I taught history at a college and moved my classes online.",
        "— And now?",
        "— Twelve thousand listens an episode. For a history podcast that comes out every "
        "other week, that is a lot.",
        "The Culture Letter",
        "Your email",
        "Subscribe",
        "— What do you live on?",
        "— Seventy per cent is listeners' donations, and the rest is live shows.",
    ]
    evidence = [Evidence(block, wording=-1.0) for block in split_blocks("\n".join(lines))]
    for found in evidence[4:7]:
        _ruled(found, "EN-NL02")
    regions = find_regions(evidence, Config().thresholds, ["en"])
    assert [(region.first, region.last) for region in regions if region.accepted] == [(4, 6)]


def test_paragraphs_of_reported_speech_are_never_bridged_between_a_box_and_a_paywall() -> None:
    """However strong a sign-up box and a paywall are, the quotes between them are the story's."""
    lines = [
        "Six cyber firms raised $900 million in the quarter, the industry's figures show.",
        "The largest built a system that spots attacks on software supply chains, and its "
        "customers include three of the country's biggest banks.",
        "The firm's chief executive said the money would pay for offices in New York.",
        "The Tech Letter",
        "Your email",
        "Sign up",
        'According to a partner at a venture fund, "American investors see cyber as a sector '
        'that does not depend on the economy."',
        'Early-stage deals fell by 30%, he said. "The money goes to the big companies."',
        "This article is for subscribers only",
        "Continue reading with a digital subscription",
        "Already a subscriber? Log in",
    ]
    evidence = [Evidence(block, wording=-1.0) for block in split_blocks("\n".join(lines))]

    for found in evidence[3:6]:
        _ruled(found, "EN-NL02", 8.0)
    _ruled(evidence[5], "EN-PW02", 2.0)  # "Sign up" reads as a paywall's too
    for found in evidence[6:8]:
        _ruled(found, "EN-CT01")  # reported speech: a counter rule
    for found in evidence[8:11]:
        _ruled(found, "EN-PW02", 10.0)
    regions = find_regions(evidence, Config().thresholds, ["en"])
    taken = {
        index
        for region in regions
        if region.accepted
        for index in range(region.first, region.last + 1)
    }
    assert not taken & {6, 7}


def test_a_short_blurb_under_another_widget_opens_the_sign_up_box_below() -> None:
    """A box with no title: its blurb sits right under a paywall's log-in, over its field."""
    lines = [
        "Five dairies told supermarkets that milk will cost up to 12% more from November.",
        "They blame the price of raw milk and of labelling, their letter says.",
        "This article is for subscribers",
        "Already a subscriber? Log in",
        "The Morning Ledger: the region's economy by eight, every weekday.",
        "Your email",
        "Subscribe",
    ]
    evidence = [Evidence(block, wording=-2.0) for block in split_blocks("\n".join(lines))]
    for found in evidence[2:4]:
        _ruled(found, "EN-PW02")
    evidence[4].wording = -0.4  # its words are the region's economy, not a widget's
    for found in evidence[5:7]:
        _ruled(found, "EN-NL02")
    regions = find_regions(evidence, Config().thresholds, ["en"])
    assert [(region.first, region.last) for region in regions if region.accepted] == [(2, 6)]


# A French story, for the titles over the boxes below it.
RECIT = [
    "Les dockers du port de Brest en grève contre les grues automatiques",
    "Les dockers ont cessé le travail mercredi matin et, le soir, une trentaine de navires "
    "attendaient en rade, selon la capitainerie.",
    "Le syndicat affirme que la direction avait promis il y a deux ans qu'aucun emploi ne "
    "serait supprimé à cause des nouvelles grues.",
]


def test_a_longer_title_in_a_widgets_words_goes_with_the_appeal_that_closes_the_page() -> None:
    """Seven words that lean to a widget's, over a box a rule found at the page's end."""
    appeal = [
        "Le Phare ne vit que de ses lecteurs",
        "Pas de publicité, pas d'actionnaire : chaque enquête comme celle-ci est payée par "
        "celles et ceux qui nous lisent.",
        "Lecteur — 5 € par mois : tous les articles",
        "Ami — 10 € par mois : la revue papier en plus",
        "Adhérer",
        "Partager cet article",
    ]
    assert cleanbody.clean("\n".join([*RECIT, *appeal])).text.splitlines() == RECIT


def _kept(lines: list[tuple[str, float, str | None]]) -> list[str]:
    removed = {
        index
        for region in _regions(lines)
        if region.accepted
        for index in range(region.first, region.last + 1)
    }
    return [text for index, (text, _, _) in enumerate(lines) if index not in removed]


PUT_OFF = [
    ("The union says nobody will lose their job to the new cranes, the port said.", -2.5, None),
    ("1,840 of 2,500 monthly supporters", 2.0, "MUL-AP02"),
    ("$5 | $10 | $25 | Other amount", 1.7, "MUL-AP01"),
    ("Count me in", 0.1, None),
]


@pytest.mark.parametrize("last", ["Ask me again next month", "I'll look in again later"])
def test_the_button_that_puts_an_appeal_off_goes_with_it_at_the_pages_end(last: str) -> None:
    """Under a box's button, the page's last line, a bare label, is the box's other button."""
    assert _kept([*PUT_OFF, (last, -0.3, None)]) == [PUT_OFF[0][0]]


@pytest.mark.parametrize(
    ("last", "wording"),
    [
        ("Jonas Weber", -0.3),  # the writer's name, under the box
        ("Updated 12 March 2026", -0.3),  # a date
        ("The strike goes on", -2.0),  # the story's words
    ],
)
def test_a_last_line_that_is_no_button_stays_under_the_appeal(last: str, wording: float) -> None:
    assert _kept([*PUT_OFF, (last, wording, None)])[-1] == last


def test_a_line_under_an_appeals_button_with_more_story_below_stays() -> None:
    """Only the page's last line is the box's other button; more text below is the page's."""
    more = ("The talks resume on Friday, the union said after the meeting.", -2.0, None)
    kept = _kept([*PUT_OFF, ("Ask me again next month", -0.3, None), more])
    assert kept[-2:] == ["Ask me again next month", more[0]]


@pytest.mark.parametrize("mark", ["{}. ", "{}) ", "• "])
def test_numbered_steps_the_story_leads_into_stay(mark: str) -> None:
    """A step's number or bullet ends no sentence: "3. Install the app." is one step."""
    lines = [
        "Autoritățile cer oamenilor să verifice alertele de urgență",
        "După cutremurul de marți, mii de oameni au spus că nu au primit niciun mesaj de "
        "avertizare pe telefon.",
        "Pe multe telefoane alertele sunt oprite din greșeală. Autoritățile recomandă trei pași:",
        mark.format(1) + "Deschideți Setările și căutați alertele de urgență.",
        mark.format(2) + "Verificați că alertele extreme sunt pornite.",
        mark.format(3) + "Instalați aplicația DSU din magazinul de aplicații al telefonului.",
        "Aplicația arată și lista spitalelor și a punctelor de adunare din fiecare oraș.",
    ]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


WALL_WITH_PLANS = [
    ("Selisih itu mengalir ke penggilingan besar, kata ekonom itu.", -2.1, None),
    ("Advertisement", 2.0, "EN-AD01"),
    ("Artikel ini khusus untuk pelanggan", 5.0, "ID-PW02"),
    (
        "Berlangganan untuk membaca laporan lengkap, arsip sejak 1985, dan edisi digital "
        "majalah setiap Senin.",
        2.3,
        None,
    ),
    ("Paket Digital Bulanan – Rp54.900", 1.3, None),
    ("Paket Digital Tahunan – Rp549.000 (hemat dua bulan)", 1.9, None),
    ("Paket Digital + Cetak – Rp1.200.000 per tahun, majalah dikirim ke rumah", -1.3, "ID-PW03"),
    ("Pilih Paket", 0.2, "ID-PW03"),
    ("Sudah berlangganan? Masuk", 2.4, "ID-PW02"),
]


def test_a_walls_pitch_and_plans_between_its_label_and_its_buttons_go() -> None:
    """A price with a thousands stop ("Rp549.000") is one label, not two sentences."""
    assert _kept(WALL_WITH_PLANS) == [WALL_WITH_PLANS[0][0]]


def test_a_paragraph_of_sentences_between_two_widgets_stays() -> None:
    """Between a one-line sign-up and a sign-up box, the story's paragraph goes on."""
    paragraph = (
        "Besides the screenings, the festival runs workshops for pupils. Every event is "
        "free and open to the public."
    )
    lines = [
        ("The festival shows sixty films from eighteen countries this year.", -2.0, None),
        ("Most come from young directors, and a third are first films.", -2.0, None),
        ("Sign up for our newsletter to get arts news every Friday.", 3.0, "EN-NL01"),
        (paragraph, 1.0, None),
        ("Enter your e-mail address", 3.0, "EN-NL01"),
        ("Subscribe", 2.0, "EN-NL01"),
    ]
    assert paragraph in _kept(lines)


@pytest.mark.parametrize(
    "title", ["הצטרפו למועדון הקוראים שלנו", "انضموا إلى نادي قرائنا", "加入我们的读者俱乐部"]
)
def test_a_title_in_a_script_without_capitals_goes_with_the_box_under_it(title: str) -> None:
    """Scripts with no capital letters have titles too: the words lean, the shape is one."""
    lines = [PUT_OFF[0], (title, 1.2, None), *PUT_OFF[1:3]]
    assert _kept(lines) == [PUT_OFF[0][0]]


def test_an_appeals_body_goes_on_above_its_progress_line() -> None:
    """A count over the amounts has a title's shape; the body above it is the appeal's too."""
    lines = [
        ("The manufacturer, contacted several times, did not reply to our questions.", -1.0, None),
        ("Before you close this page", 1.3, None),
        ("Dear reader,", 2.7, "EN-AP02"),
        ("This investigation took us four months and two trips to the plain.", 5.9, None),
        ("The Furrow has no shareholder and takes no money from pesticide makers.", 3.7, None),
        ("Our June goal: 600 new supporters — 412 so far", 2.5, None),
        ("$5 | $10 | $25 | Other amount", 1.7, "MUL-AP01"),
        ("Count me in", 0.1, None),
    ]
    assert _kept(lines) == [lines[0][0]]


@pytest.mark.parametrize(
    ("text", "languages"),
    [
        ("Con cada nueva socia podemos pagar una hora más de trabajo en la calle.", ["es"]),
        ("Sem anunciantes, dependemos de quem nos lê para pagar o combustível.", ["pt"]),
    ],
)
def test_spanish_and_portuguese_say_we_in_their_verbs(text: str, languages: list[str]) -> None:
    """Without a pronoun, "podemos" and "dependemos" are the publisher speaking as "we"."""
    assert voice(text, languages)[0]


@pytest.mark.parametrize(("wording", "goes"), [(-0.3, True), (-1.0, False)])
def test_a_button_under_the_amounts_may_name_the_storys_subject(wording: float, goes: bool) -> None:
    """A button may lean a little to the story's words ("Put a reporter in the valleys")."""
    lines = [*PUT_OFF[:3], ("Put a reporter in the valleys", wording, None)]
    assert (lines[-1][0] not in _kept(lines)) is goes


def test_a_blurb_led_by_its_letters_name_goes_with_the_sign_up_under_it() -> None:
    """A blurb may open with its letter's name ("Der Medienbrief: werktags um sieben ...")."""
    story = [
        "Die Lausitzer Rundschau stellt ihre gedruckte Ausgabe in drei Landkreisen ein, "
        "teilte der Verlag am Montag mit.",
        "Abonnenten sollen das E-Paper zum gleichen Preis erhalten, Verlagsleiter Pietsch "
        "will dafür Sprechstunden in Cottbus anbieten.",
    ]
    box = [
        "Der Medienbrief: werktags um sieben Uhr die wichtigsten Zahlen und Köpfe der "
        "Branche, in fünf Minuten gelesen.",
        "Ihre E-Mail-Adresse",
        "Kostenlos abonnieren",
    ]
    assert cleanbody.clean("\n".join([*story, *box])).text.splitlines() == story


@pytest.mark.parametrize("duration", ["05:48", "3:41 Min.", "12:03", "۰۷:۴۰"])
def test_a_players_duration_goes_with_it(duration: str) -> None:
    lines = ["Listen to this article", duration, *NEWS[1:]]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == NEWS[1:]


def test_a_time_of_day_away_from_a_player_stays() -> None:
    lines = [*NEWS, "19:30", "The meeting is open to the public."]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


TIERS = [
    ("The ferry operator said the early crossing would return in April after two years.", -3.0),
    ("Commuters had to stay overnight on the mainland, the council heard on Tuesday.", -2.0),
    ("You read the Ledger because somebody paid for it", 1.4),
    ("Hi!", -0.1),
    ("We have no owner who covers our losses and no grants from the firms we write about.", 7.1),
    ("£3 a month – our newsletter a day early", 3.2),
    ("£6 a month – plus a monthly call with the newsroom", 1.6),
    ("£12 a month – plus your name in the thanks of every report", 0.5),
    ("Become a member", 1.4),
    ("Follow us on Facebook and Instagram", 3.0),
]


def test_a_tier_like_its_neighbours_joins_an_appeal_up_to_its_salutation_and_title() -> None:
    """A tier that opens as its neighbours do joins the two parts of an appeal.

    The model found the body and two tiers, a rule the button: the third tier makes the
    parts one appeal, and its salutation and title go with it.
    """
    rules = {rule.id: rule for rule in load_rules()}
    found_by = {4: "model", 5: "model", 6: "model", 8: "EN-AP05", 9: "EN-SO01"}
    evidence = []
    blocks = split_blocks("\n".join(text for text, _ in TIERS))
    for number, (block, (text, wording)) in enumerate(zip(blocks, TIERS, strict=True)):
        found = Evidence(block, wording=wording)
        if number in found_by:
            source = found_by[number]
            rule = model_rule("appeal", "anchor") if source == "model" else rules[source]
            weight = 2.0 if source == "model" else rule.weight
            found.hits.append(Hit(rule, 0, len(text), None, weight))
            found.gain = weight
            found.cost = block_cost(text, 1.0)
        evidence.append(found)
    accepted = [region for region in find_regions(evidence, Config().thresholds) if region.accepted]
    assert [(region.first, region.last) for region in accepted] == [(2, len(TIERS) - 1)]


def test_a_title_in_sentence_case_over_a_closing_appeal_goes_though_its_words_lean_away() -> None:
    """Under the page's last paragraph, a title right above the box heads nothing else."""
    lines = [
        ("The council voted on Tuesday to restore the early ferry to the islands.", -3.0, None),
        ("The operator said the extra crossing would cost about 400,000 a year.", -2.5, None),
        ("For those who read this far", -0.3, None),
        ("Our reporter spent three weeks on the phone for this story.", 8.0, "EN-AP05"),
        ("If stories like this matter to you, become a supporter.", 2.3, "EN-AP05"),
        ("Support the Courier", 2.4, "EN-AP05"),
    ]
    accepted = [region for region in _regions(lines) if region.accepted]
    assert [(region.first, region.last) for region in accepted] == [(2, 5)]
    # In the middle of the story, the same line over a box is the next section's subheading.
    story = [
        ("The vote was eleven to four after a long debate on the reading rooms.", -3.0, None),
        ("Opponents said the money should go to the harbour wall instead.", -2.8, None),
        ("The first early crossing is planned for the second week of April.", -2.6, None),
    ]
    accepted = [region for region in _regions([*lines, *story]) if region.accepted]
    assert all(region.first > 2 for region in accepted)


@pytest.mark.parametrize(
    "shown",
    [
        ["We care about your privacy", "Accept all", "More options"],
        ["This story is for subscribers only.", "Your first month for $1. Keep reading."],
    ],
)
def test_a_widget_the_story_shows_between_its_paragraphs_stays(shown: list[str]) -> None:
    """A banner a report quotes, led in by a colon, with the story going on under it."""
    story = [
        "Regulators reviewed the consent banners of five large online shops this spring.",
        "On most sites the banner had a big green button and a small text link. On one "
        "shop's front page it looked like this:",
        *shown,
        "Refusing everything but the necessary cookies took four more clicks, the "
        "regulator found in its decision.",
        "The shops have three months to change their banners, and one has already done so.",
    ]
    text = "\n".join(story)
    assert cleanbody.clean(text).text == text
    # The same lines after a paragraph that ends its sentence are the page's widget.
    story[1] = "On most sites the banner had a big green button and a small text link."
    assert not set(shown) & set(cleanbody.clean("\n".join(story)).text.splitlines())


@pytest.mark.parametrize(
    "letter",
    [
        "Amira reached the hospital after three days on the road and stayed for a week. Our "
        "reporters in the city work where few newsrooms still can, and the hospital's "
        "doctors trusted them.",
        "Amira reached the hospital after three days on the road. Her first words to our "
        'reporter were "please tell them we are still here". She is one of thousands on '
        "that road.",
    ],
)
def test_the_paragraph_under_an_appeals_salutation_is_the_letters(letter: str) -> None:
    """The letter tells the story's own news, in its words, between salutation and amounts."""
    story = [
        "The hospital in the north of the city has run on solar panels since March.",
        "Its generators failed in the winter, and surgeons operated by the light of their "
        "phones, a doctor said.",
        "The hospital now treats more than 300 patients a day, but it has only 120 beds.",
        "Its director says extra batteries are needed so that the theatre can work at night.",
    ]
    appeal = [
        "To our readers",
        "Dear reader,",
        letter,
        "We have raised 64% of this month's budget",
        "$5 | $15 | $50 | Other amount",
        "Support the Observer",
        "Remind me later",
    ]
    assert cleanbody.clean("\n".join(story + appeal)).text.splitlines() == story


def test_topics_one_a_line_under_a_widget_are_tags() -> None:
    """A story's tag links, one a line once scraped, go under a widget with nothing below."""
    story = [
        "The emergency department in Totnes will close at night from July to the end of August.",
        "The trust says six doctors' posts are empty and agency staff cannot be found.",
        "Campaigners say the nearest night service will then be an hour away by road.",
    ]
    wall = [
        "You have read your 3 free articles this month.",
        "Subscribe for £1 for the first month, then £9.99 a month. Cancel any time.",
        "Subscribe now",
        "Already a subscriber? Log in",
    ]
    topics = ["Health", "Hospitals", "Totnes", "South Devon"]
    result = cleanbody.clean("\n".join(story + wall + topics + ["14 comments"]))
    assert result.text.splitlines() == story
    assert any(
        "TXT-TAGS-navigation" in removal.rules and removal.category == "navigation"
        for removal in result.removed
    )
    # With the story going on below them, they may be its subheading and more: they stay.
    more = "A public meeting on the closure is planned for next Thursday at the town hall."
    kept = cleanbody.clean("\n".join(story + wall + topics + [more])).text.splitlines()
    assert kept[-len(topics) - 1 :] == [*topics, more]


def test_a_sign_up_boxs_blurb_in_the_models_words_goes_with_its_title() -> None:
    """A blurb the lexicon reads as a newsletter's, over the field, takes its title along."""
    story = [
        "Wheat prices fell for the third week running as exports from the Black Sea ports "
        "picked up.",
        "Farmers who stored last year's harvest are now weighing whether to sell before the "
        "spring.",
        "Analysts say storage costs and credit can wipe out any gain from waiting.",
    ]
    box = [
        "The Tuesday farm letter",
        "Prices, deadlines and the ministry's new rules, in a single e-mail.",
        "Your email address",
        "Sign up",
        "By signing up you agree to our privacy policy.",
    ]
    assert cleanbody.clean("\n".join(story[:2] + box + story[2:])).text.splitlines() == story


def test_a_title_that_speaks_tops_an_appeals_plain_paragraph() -> None:
    """'Why we were in the room' over a paragraph in no voice and one that says 'we'."""
    story = [
        "The county council voted on Wednesday night to close four of its eleven libraries.",
        "Councillors said the cuts would save £1.2m a year, and that mobile services would "
        "visit the villages.",
        "A decision on the future of the buildings themselves is expected in the autumn.",
    ]
    appeal = [
        "Why we were in the room on Wednesday night",
        "Nobody else was. The Courier is the only paper that still sends a reporter to every "
        "council meeting in the county.",
        "Adverts pay for less of that each year. About 900 readers now cover her salary, and "
        "we would like to afford a second reporter.",
        "£3 a month",
        "£5 a month",
        "£10 a month",
        "Put a reporter in the room",
    ]
    assert cleanbody.clean("\n".join(story + appeal)).text.splitlines() == story


def test_a_plans_line_between_two_parts_of_a_wall_is_its_offer() -> None:
    """'Digital + the Sunday paper: £14.50/month' between a wall's offer and its button."""
    story = [
        "Irrigation districts in the south will get a third less water this summer, the "
        "basin authority said.",
        "Farmers who grow rice and citrus say the cut will cost them most of the season.",
        "The authority will review the allocation in June if the reservoirs recover.",
    ]
    wall = [
        "You have 2 free articles left this month",
        "Digital: £1 for the first month, then £7.99 a month. Cancel any time.",
        "Digital + the Sunday paper at home: £14.50/month",
        "Subscribe now",
        "Already have an account? Log in here",
    ]
    assert cleanbody.clean("\n".join(story + wall)).text.splitlines() == story


def test_a_line_led_by_an_advertisements_label_is_the_insert() -> None:
    """'Sponsored: <headline>' goes with the label's rule; a list item so led stays."""
    story = [
        "The regulator approved the new electricity tariffs of the four largest suppliers.",
        "Households will pay 50p a kilowatt-hour from July instead of 41p, the regulator said.",
        "The government also announced an energy voucher for the poorest households.",
    ]
    insert = "Sponsored: Solar panels with battery storage – see how much you could save"
    result = cleanbody.clean("\n".join([*story[:2], insert, story[2]]))
    assert result.text.splitlines() == story
    assert any(removal.category == "ad" for removal in result.removed)
    items = [
        "The sector's three worries:",
        "- Advertising: brands still look at YouTube views.",
        "- Rights: episodes are taken down over the music they use.",
    ]
    text = "\n".join([*story[:2], *items, story[2]])
    assert cleanbody.clean(text).text == text


def test_a_walls_plans_of_a_few_lines_between_its_parts_are_its_offers() -> None:
    """'Monthly plan: 45,000 dong' / 'Yearly plan: ...' between a wall's notice and button."""
    story = [
        "Cầu Cần Thơ sẽ được sửa chữa trong ba cuối tuần liên tiếp, các xe tải nặng phải đi "
        "đường vòng.",
        "Sở Giao thông khuyến cáo người dân nên xuất phát trước bảy giờ sáng để tránh ùn tắc.",
        "Công trình dự kiến hoàn thành vào cuối tháng này nếu thời tiết thuận lợi.",
    ]
    wall = [
        "Nội dung dành cho thành viên Báo Miền Tây+",
        "Bạn đã đọc hết 5 bài miễn phí trong tháng. Đăng ký để đọc tiếp.",
        "Gói tháng: 45.000 đồng",
        "Gói năm: 450.000 đồng (kèm báo in cuối tuần)",
        "Đăng ký ngay",
        "Đã là thành viên? Đăng nhập",
    ]
    assert cleanbody.clean("\n".join(story + wall)).text.splitlines() == story


def test_an_appeals_body_and_progress_line_between_its_parts_go() -> None:
    """Two lines in the appeal's words between two accepted parts of it: one widget."""
    lines = [
        "Families now depend on the water truck, which in some places comes every 20 days.",
        "You made it this far. Thank you.",
        "We have no paywall because news about the drought cannot be locked away. But to stay "
        "open it needs people who pay for it.",
        "This month's goal: 68% reached",
        "R$ 15 · R$ 30 · R$ 50 · Other amount",
    ]
    evidence = [Evidence(block, wording=-2.0) for block in split_blocks("\n".join(lines))]
    evidence[2].wording = 2.3  # several sentences, in the appeal's words
    evidence[3].wording = 1.8
    _ruled(evidence[1], "MUL-AP05")  # the rules call both parts an appeal's
    _ruled(evidence[4], "MUL-AP01")
    parts = [
        Region(1, 1, 5.0, True, accepted=True, members=[1], categories=frozenset({"appeal"})),
        Region(4, 4, 9.0, True, accepted=True, members=[4], categories=frozenset({"appeal"})),
    ]
    removed = _Removed()
    for region in parts:
        removed.add(region.first, region.last)
    assert _fill_between(parts, evidence, removed)
    assert [(region.first, region.last, region.members) for region in parts] == [
        (1, 4, [1, 2, 3, 4])
    ]


def test_a_follow_box_over_the_storys_last_paragraph_is_no_appeals_head() -> None:
    """The story's paragraph between a follow box and an appeal stays, whatever the model says.

    The model reads a follow box's "Join now" as an appeal's; the rules call the box a
    follow box, so the paragraph under it is no appeal's letter.
    """
    lines = [
        "Boat rides now start from a new jetty, and trained guards watch the water.",
        "Get every big story from the region first on our WhatsApp channel",
        "Join now",
        "In the evenings crowds jam the lake road, and the police have set aside parking.",
        "We take no money from politicians, contractors or government advertising.",
        "₹100 · ₹500 · ₹1,000 · Other amount",
    ]
    evidence = [Evidence(block, wording=-2.0) for block in split_blocks("\n".join(lines))]
    _ruled(evidence[1], "EN-SO01")
    _guessed(evidence[2], "appeal", 2.0)
    _ruled(evidence[5], "MUL-AP01")
    both = frozenset({"social", "appeal"})
    parts = [
        Region(1, 2, 6.0, True, accepted=True, members=[1, 2], categories=both),
        Region(4, 5, 9.0, True, accepted=True, members=[4, 5], categories=frozenset({"appeal"})),
    ]
    removed = _Removed()
    for region in parts:
        removed.add(region.first, region.last)
    assert not _fill_between(parts, evidence, removed)


@pytest.mark.parametrize(
    "tail",
    [
        ["Advertisement", "With best wishes", "Anna Berg", "Editor in chief"],
        ["Sign up for our newsletter", "Oslo", "Bergen", "Trondheim", "Stavanger"],
    ],
)
def test_short_lines_under_a_lone_label_are_no_topics(tail: list[str]) -> None:
    """A sign-off or a list of towns under a one-line insert is the story's, not its tags."""
    story = [
        "The mayor opened the new library on Saturday after three years of building work.",
        "More than two thousand people came in the first weekend, the city said.",
    ]
    kept = cleanbody.clean("\n".join(story + tail)).text.splitlines()
    assert kept[-(len(tail) - 1) :] == tail[1:]


@pytest.mark.parametrize(
    "lines",
    [
        ["Revenue by source", "Advertising: 40% of revenue", "Subscriptions: 35%"],
        ["Advertisement: a word that became a profession"],
    ],
)
def test_a_reports_label_and_colon_is_no_sponsored_insert(lines: list[str]) -> None:
    """A list of labelled figures, or a label before words in lower case, is the story's."""
    story = [
        "The publisher's results were presented to shareholders on Thursday in Leeds.",
        *lines,
        "Profits fell for the third year in a row, the chief executive said.",
    ]
    text = "\n".join(story)
    assert cleanbody.clean(text).text == text


@pytest.mark.parametrize(
    ("subheading", "paragraph"),
    [
        (
            "What we know so far",
            "Nobody was hurt. The cause is not yet known, and the fire service will investigate.",
        ),
    ],
)
def test_a_subheading_that_says_we_over_the_storys_paragraph_stays(
    subheading: str, paragraph: str
) -> None:
    """A speaking title tops an appeal's plain paragraph only when its words lean so."""
    story = [
        "A fire destroyed three homes in Millbrook overnight, and two firefighters were "
        "treated for smoke.",
        "Neighbours said the flames could be seen from the other side of the valley.",
        subheading,
        paragraph,
    ]
    appeal = [
        "Adverts pay for less of our work each year. About 900 readers now cover our "
        "reporter's salary, and we would like to afford a second one.",
        "£3 a month",
        "£5 a month",
        "£10 a month",
        "Put a reporter in the room",
    ]
    kept = cleanbody.clean("\n".join(story + appeal)).text.splitlines()
    assert kept[: len(story)] == story


def test_a_lone_label_after_a_colon_is_still_the_pages() -> None:
    """An advertisement's label after '... in protest:' stood under an embed that went."""
    story = [
        "Opposition members walked out of the chamber before the vote on the budget.",
        "Their leader posted a video from the corridor minutes later, calling it a protest:",
        "Advertisement",
        "The budget passed with 54 votes to 31, and the session ended shortly after midnight.",
    ]
    kept = cleanbody.clean("\n".join(story)).text.splitlines()
    assert "Advertisement" not in kept


def test_a_one_line_ask_that_ends_as_a_link_is_a_whole_banner() -> None:
    """The story between a linked ask ("... →") and the appeal at its end is the story's."""
    story = [
        "The harbour board approved the new ferry timetable on Tuesday after a long debate.",
        "Crossings will run every forty minutes in summer and hourly in the winter months.",
    ]
    middle = [
        "The transport ministry recommends a break of ten minutes for every hour at the wheel.",
        "One operator said that adding crews would cost more than the routes earn each year.",
        "Unions want the rest rules written into law before the summer season starts.",
    ]
    appeal = [
        "A letter to our readers",
        "We are funded by our readers, not by advertisers. This report took two reporters "
        "a month on the quays.",
        "£5 a month · £10 a month · Other amount",
        "Support us monthly | Give once | Remind me later",
    ]
    ask = "If you value this reporting, please donate to support our journalism →"
    kept = cleanbody.clean("\n".join([*story, ask, *middle, *appeal])).text.splitlines()
    assert kept == [*story, *middle]


def test_a_bulleted_link_list_ends_where_the_bullets_do() -> None:
    """Headlines that all wear a bullet end at the first line without one: the story's."""
    story = [
        "Smoke from the hill fires kept the city's air at hazardous levels for a fourth day.",
        "Schools stayed shut and the governor asked offices to let staff work from home.",
    ]
    related = [
        "Related stories",
        "• Firefighters work through the night on the northern ridge",
        "• Doctors warn heart patients to stay indoors",
        "• Air purifiers sell out across the province",
    ]
    after = (
        "Meanwhile the fire command centre counted 1,243 hotspots, most of them in the "
        "national forest reserves west of the city"
    )
    kept = cleanbody.clean("\n".join([*story, *related, after, story[0]])).text.splitlines()
    assert kept == [*story, after, story[0]]


def test_a_headline_in_chinese_under_the_trail_is_no_section_name() -> None:
    """Once the trail goes, a long line of ideographs under it is the headline, not a kicker."""
    lines = [
        "首页 > 本地 > 交通",
        "城北新建两座公交枢纽明年春季投入使用",
        "新增公交线路十二条，城北居民出行难有望得到缓解",
        "记者昨日从市交通局获悉，城北片区在建的两座公交枢纽将于明年三月正式投入使用。",
        "两座枢纽总投资约三亿元，建成后可满足周边二十余个小区居民的出行需求。",
    ]
    kept = cleanbody.clean("\n".join(lines)).text.splitlines()
    assert kept == lines[1:]


def test_a_ranked_link_list_keeps_its_last_headline() -> None:
    """A line "3. ..." under "2. ..." goes on the list, though a paragraph follows it."""
    story = [
        "The museum will reopen its east wing in March after two years of repairs.",
        "Curators say the collection of maps will be shown together for the first time.",
    ]
    ranked = [
        "Most read",
        "1. Storm closes the coast road for a second night",
        "2. New bakery opens in the old station building",
        "3. Why do swallows come back earlier every spring?",
    ]
    after = "Tickets for the opening weekend go on sale on Monday at the museum's front desk."
    kept = cleanbody.clean("\n".join([*story, *ranked, after, story[0]])).text.splitlines()
    assert kept == [*story, after, story[0]]


def test_a_priced_call_in_a_widgets_words_is_no_figure_of_the_story() -> None:
    """Amounts and a monthly-donor call between two paragraphs are an appeal, not a list."""
    story = [
        "Volunteers counted 118 seal pups on the lake this spring, a record since 1990.",
        "Snowdrifts built by hand sheltered most of the dens during a winter without snow.",
    ]
    appeal = [
        "£20 · £50 · £100 · Other amount",
        "Raised £36,480 of our £50,000 goal",
        "Become a monthly donor – from £10 a month you keep the dens safe",
    ]
    closing = "The licence for this fundraiser was granted by the county council in 2024, ref. 512."
    kept = cleanbody.clean("\n".join([*story, *appeal, closing])).text.splitlines()
    assert not set(appeal) & set(kept)
    assert kept[: len(story)] == story


def test_a_sign_up_box_with_its_own_title_and_blurb_takes_no_story_above() -> None:
    """The story's last section stays over a box that brings its own title and blurb.

    Its paragraph's opening days ("mittwochs bis sonntags") are no newsletter's rhythm.
    """
    story = [
        "Das Tierheim hat im vergangenen Jahr 212 Hunde und 340 Katzen aufgenommen.",
        "Eine Bäckerei in der Hauptstraße spendet für jedes verkaufte Brot zehn Cent.",
        "So können Sie helfen",
        "Spenden sind über die Internetseite des Vereins oder direkt im Tierheim an der "
        "Mühlstraße 4 möglich, geöffnet mittwochs bis sonntags von 14 bis 17 Uhr.",
    ]
    box = [
        "Nichts mehr verpassen aus Lindenau",
        "Unser Newsletter „Lindenau kompakt“ kommt jeden Freitag. Kostenlos und jederzeit "
        "abbestellbar.",
        "E-Mail-Adresse eingeben",
        "Anmelden",
        "Schlagworte: Tierheim · Tierschutz · Lindenau · Ehrenamt",
    ]
    kept = cleanbody.clean("\n".join([*story, *box])).text.splitlines()
    assert kept == story


def test_a_line_that_ends_as_a_link_in_a_widgets_words_goes_anywhere() -> None:
    """An arrow ends no sentence of a story: a call in a widget's words before one goes."""
    for call in ("Yes, I want to become a regular donor →", "Oui, je soutiens la rédaction →"):
        result = cleanbody.clean("\n".join([*NEWS[:2], call, *NEWS[2:]]))
        assert result.text.splitlines() == NEWS, call
        assert any(rule.startswith("TXT-ARROW-") for rule in result.removed[0].rules)
    steps = "To switch it off, open Settings → Privacy → Tracking."
    prices = "The standard plan goes from 5,500 won → 7,000 won"
    path = "To turn it on, go to Settings → Apple ID → Hide My Email"
    for line in (steps, prices, path):
        lines = [*NEWS[:2], line, *NEWS[2:]]
        assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_lone_banner_that_ends_as_a_link_heads_no_letter() -> None:
    """The story's paragraph under a one-line banner is no appeal's letter."""
    paragraph = (
        "The vote came after a three-hour debate in which the opposition accused the "
        "leader of hiding the true cost of the plan."
    )
    lines = [*NEWS[:2], "If this story mattered to you, fund the next one →", paragraph]
    ask = "Support independent local journalism. Donate today."
    kept = cleanbody.clean("\n".join([*lines, ask])).text.splitlines()
    assert paragraph in kept


def test_two_numbered_lines_and_a_long_numbered_subheading_stay_the_storys() -> None:
    """Ranks count only in a run of three: two books, or a numbered subheading, stay."""
    books = [
        "The library lent more crime fiction this year than in any year since 2010.",
        "Most popular titles",
        "1. The Thursday Murder Club by Richard Osman",
        "2. Lessons in Chemistry by Bonnie Garmus",
        "The library said crime fiction had overtaken romance for the first time.",
    ]
    assert cleanbody.clean("\n".join(books)).text.splitlines() == books


def test_a_headline_between_the_opening_bars_stays() -> None:
    """A headline under a breadcrumb and over a share bar is the story's, not a bar's.

    The lexicon leans a little to a widget's words in it ("the e-mail is back"), too
    little to take it alone.
    """
    page = [
        "כלכלה > תקשורת",
        "המייל חוזר: הכותבים שמרוויחים מניוזלטר יותר ממשכורת",
        "שתפו בוואטסאפ | בפייסבוק | בלינקדאין",
        "שלושה עיתונאים שעזבו את המערכות הגדולות בונים עסק על קוראים שמשלמים.",
        "כשדנה וייס עזבה לפני שנתיים את דסק הצרכנות, לא הייתה לה תוכנית מלבד רשימת "
        "תפוצה של 400 חברים ומקורות.",
        "היום המכתב שלה יוצא פעמיים בשבוע ל-31 אלף קוראים, וכ-2,400 מהם משלמים עליו, "
        "אמרה ביום שלישי.",
    ]
    kept = cleanbody.clean("\n".join(page)).text.splitlines()
    assert kept == page[1:2] + page[3:]


def test_an_appeal_quoted_over_several_paragraphs_stays_the_storys() -> None:
    """A campaign's letter quoted at length, opening and closing marks apart, is reported."""
    story = [
        "The shelter's volunteers say their campaign letter is worth quoting in full:",
        "“Dear friends, we need your help. Please donate today: every gift keeps our "
        "kennels open through the winter.",
        "Donate now at riversiderescue.org/give or by bank transfer. Our tax number: "
        "18563421-1-09.",
        "Twenty euros feeds a dog for a week. Thank you for standing with us!”",
        "Last year 1,140 taxpayers named the shelter on their returns, the foundation said.",
    ]
    assert cleanbody.clean("\n".join(story)).text.splitlines() == story
    # Unquoted, the same letter is the page's appeal.
    letter = [line.strip("“”") for line in story[1:4]]
    kept = cleanbody.clean("\n".join([story[0], *letter, story[4]])).text.splitlines()
    assert kept == [story[0], story[4]]


def test_a_reviews_score_line_is_no_sign_up_boxs_title() -> None:
    """A line of the story's data ("Rating: 7/10") over a box's blurb stays."""
    review = [
        "We trained with the app for two weeks. Is it worth 12 euros a month?",
        "The workouts adapt well, and the coaches explain every exercise clearly.",
        "The notifications are too many, and cancelling only works on the website.",
        "Verdict: for regular exercisers who want a plan, it is good value.",
        "Rating: 7/10",
    ]
    box = ["Tech news once a week, no spam. Enter your e-mail address:", "Sign up"]
    kept = cleanbody.clean("\n".join([*review, *box])).text.splitlines()
    assert kept == review


def test_a_tip_line_goes_and_a_storys_helpline_stays() -> None:
    """A question to the reader, then an address to write or call, is a call for tips."""
    for tip in (
        "Seen something we should look into? Email tips@valleyledger.example or text "
        "(520) 555-0199.",
        "Tienes una historia? Escríbenos a redaccion@diariodelsur.example o al WhatsApp "
        "611 204 377",
        "Masz temat? Napisz do nas: listy@kurierlokalny.example",
    ):
        result = cleanbody.clean("\n".join([*NEWS[:2], tip, *NEWS[2:]]))
        assert result.text.splitlines() == NEWS, tip
        assert "TXT-TIP-social" in result.removed[0].rules
    helpline = (
        "Anyone who saw the crash is asked to call the police on 0800 555 0199 or to "
        "write to witness@police.example."
    )
    quoted = 'The club wrote on its page: "Can you help? Call 0800 123 4567."'
    for line in (helpline, quoted):
        lines = [*NEWS[:2], line, *NEWS[2:]]
        assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_label_or_row_the_lexicon_is_sure_of_goes_and_a_storys_row_stays() -> None:
    """A widget's label, or its buttons between dots, go anywhere; a review's figures stay."""
    for label, rule in (
        ("Podíl · Kopírovat odkaz · Poslat e-mailem", "TXT-LABEL-share"),
        ("Bài viết tiếp tục bên dưới quảng cáo", "TXT-LABEL-ad"),
        # a row's shape tells as much as its words: these add less than a label's must
        ("Écouter plus tard · Sauvegarder", "TXT-LABEL-audio"),
    ):
        result = cleanbody.clean("\n".join([*NEWS[:2], label, *NEWS[2:]]))
        assert result.text.splitlines() == NEWS, label
        assert rule in result.removed[0].rules
    specs = "Price: €299 | Battery: 12 hours | Weight: 1.2 kg"
    lines = [*NEWS[:2], specs, *NEWS[2:]]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_plug_that_ends_at_a_handle_goes_and_a_bare_account_stays() -> None:
    """A few words that send the reader to an account go; an account listed bare stays."""
    plug = "Følg redaktionen på Instagram for flere billeder: @kystposten.dk"
    result = cleanbody.clean("\n".join([*NEWS[:2], plug, *NEWS[2:]]))
    assert result.text.splitlines() == NEWS
    assert any(rule.startswith("TXT-HANDLE-") for rule in result.removed[0].rules)
    listed = "Instagram: @portauthority"
    lines = [*NEWS[:2], listed, *NEWS[2:]]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_price_list_of_labelled_sums_is_no_row_of_amount_buttons() -> None:
    """Ticket classes with their prices under a ringside seat's are the story's list."""
    story = [
        "ศึกมวยการกุศลที่สนามกีฬากลางจังหวัดเริ่มชกคู่แรกเวลา 19.00 น. ในคืนวันเสาร์นี้",
        "บัตรเข้าชม",
        "บัตรริงไซด์ 2,000 บาท",
        "บัตรชั้น 2 600 บาท",
        "บัตรชั้น 3 200 บาท",
        "นักเรียนที่แต่งเครื่องแบบเข้าชมฟรี ผู้จัดการแข่งขันระบุ",
    ]
    assert cleanbody.clean("\n".join(story)).text.splitlines() == story


def test_a_storys_sentences_about_posts_and_handles_stay() -> None:
    """A report on somebody's post, an interview's answer and an all-caps headline stay."""
    story = [
        "Singer cancels world tour citing health concerns",
        "The singer said on Monday she would cancel the remaining 32 dates of her world "
        "tour after doctors advised rest.",
        "Promoters said ticket holders would be refunded automatically within 30 days.",
        "The tour, which began in March, had been expected to gross more than $200m.",
    ]
    for line in (
        "The singer thanked fans in a post to her 40 million followers on Instagram @singer",
        "Fans can follow updates on the singer's Telegram channel t.me/singerupdates",
        "Her label shared the statement at x.com/label/status/1234567890",
        "How do young fans reach you? They message me on Instagram, @singer, every day.",
    ):
        lines = [*story[:3], line, *story[3:]]
        assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines, line
    caps = ["FLOODS HIT VALENCIA", "Thousands evacuated as a year's rain falls in eight hours"]
    lines = [*caps, *story[1:]]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_link_lists_ranked_headlines_go_and_the_story_around_them_stays() -> None:
    """A rank before a headline is the list's: no sentence ends at "2." ...

    ... but a subheading that asks and goes on, an article's bulleted list under a heading
    that recommends, and a Thai sentence that ends in a date's abbreviation stay.
    """
    after = "The council will vote on the plan in March, a spokesman said."
    ranked = [
        "1. Paper prices push two county weeklies to print fortnightly",
        "2. Digital advertising overtakes television for the first time",
    ]
    result = cleanbody.clean("\n".join([*NEWS, "Read also", *ranked, after]))
    assert result.text.splitlines() == [*NEWS, after]
    assert "TXT-LIST-related" in result.removed[-1].rules
    links = [
        "Bus lanes on Ring Road to open next month",
        "Parking fees rise for the first time since 2015",
    ]
    question = "Who pays for it? The state covers most of the 420 million euros"
    paragraph = (
        "The state will cover 60 percent of the cost, the rest falls to the city, under "
        "the plan the council adopted."
    )
    lines = [*NEWS, "Read also", *links, question, paragraph]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == [*NEWS, question, paragraph]
    gear = [
        "Recommended gear",
        "• Boots with a stiff sole and a good grip",
        "• A rain jacket, even when the forecast is fine",
        "• At least two litres of water per person",
    ]
    lines = [*NEWS, *gear, after]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines
    thai = [
        "ข่าวที่เกี่ยวข้อง",
        "กรมอุตุฯ เตือน 35 จังหวัดรับมือฝนตกหนักสัปดาห์หน้า",
        "ผู้ว่าฯ ลงพื้นที่ลาดกระบัง ตรวจสถานีสูบน้ำก่อนเข้าหน้าฝน",
    ]
    sentence = "สถานีจะเริ่มทดลองเดินเครื่องในวันที่ 20 พ.ค."
    kept = cleanbody.clean("\n".join([*NEWS, *thai, sentence, after])).text.splitlines()
    assert sentence in kept


def test_a_subheading_under_a_read_also_insert_heads_the_story_not_the_link() -> None:
    """A line that heads the story's next paragraph under a "Read also" insert stays.

    The insert names all it links to, so the line is the story's subheading, even when the
    lexicon guesses a link.
    """
    story = [
        "Centura de ocolire a orașului se deschide circulației pe 1 iunie, a anunțat joi "
        "consiliul județean.",
        "Drumul de 14 kilometri este în construcție din 2019 și a costat 310 milioane de euro.",
        "Ce se schimbă pentru șoferi",
        "Odată deschisă centura, camioanele nu vor mai traversa cartierele din vest. Primăria "
        "estimează cu 4.000 de vehicule grele mai puține pe zi.",
        "Al doilea tronson este abia la 40%.",
    ]
    insert = "Citește și: Linia de tramvai spre universitate, închisă o lună pentru lucrări"
    result = cleanbody.clean("\n".join([*story[:2], insert, *story[2:]]))
    assert result.text.splitlines() == story
    assert [removal.text for removal in result.removed] == [insert]


def test_a_sentence_to_the_reader_tops_an_appeals_body_and_a_reports_stays() -> None:
    """One short sentence that speaks to the reader is the appeal's title, its body goes.

    The article's last sentence speaks at most as "we" ("our questions"): it stays.
    """
    story = [
        "Kumpanya bu yıl festivalde üç oyun sahneleyecek.",
        "Festival 23 Nisan'da Hamamyolu'nda açık havada yapılacak ücretsiz bir gösteriyle "
        "açılacak ve bir hafta sürecek.",
    ]
    body = [
        "Sahada Haber'de reklam verenlere ya da siyasetçilere değil, yalnızca okurlarımıza "
        "hesap veriyoruz. Muhabirlerimiz Anadolu'nun dört bir yanında.",
        "Son bir yılda reklam gelirimiz neredeyse sıfırlandı. Yine de hiçbir haberimizi "
        "ücretli duvarın arkasına koymadık.",
        "₺100 · ₺250 · ₺500 · Başka bir tutar",
        "Destekçi ol →",
    ]
    title = "Bu habere ulaşabildiyseniz, bunu sizin gibi okurlarımıza borçluyuz."
    assert cleanbody.clean("\n".join([*story, title, *body])).text.splitlines() == story
    reported = "Şirket, sorularımızı yanıtlamadı."
    kept = cleanbody.clean("\n".join([*story, reported, *body])).text.splitlines()
    assert kept[: len(story) + 1] == [*story, reported]


def test_a_thai_headline_over_its_standfirst_is_no_sections_name() -> None:
    """Thai is written without spaces: a headline is one "word" there, but a long one."""
    story = [
        "น้ำโขงขึ้นลงตามเขื่อนปล่อยน้ำ",
        "ชาวประมงริมโขงจับปลาได้น้อยลงครึ่งหนึ่ง นักวิจัยชี้ระดับน้ำแปรปรวน",
        "ลุงบุญมีออกเรือหาปลามาสี่สิบปี แต่สองปีที่ผ่านมาระดับน้ำขึ้นลงวันละหลายครั้ง "
        "ทำให้ปลาไม่วางไข่ตามฤดูกาล และรายได้ของครอบครัวลดลงเกินครึ่ง",
    ]
    assert cleanbody.clean("\n".join(story)).text.splitlines() == story


@pytest.mark.parametrize("title", ["One more thing from the Ledger team."])
def test_one_sentence_over_an_appeals_letter_is_its_title(title: str) -> None:
    """Over the letter's first paragraph, a sentence in a widget's words is its title.

    A quotation closes the story above it, so no walk up the letter reaches the title;
    the story's own last sentence, a report, and a line that leads into a list stay.
    """
    story = [
        "The river trust counted 41 otters along the upper Wye this spring, up from 12 in 2015.",
        '"We have never counted so many," said the trust\'s ecologist, Mari Evans.',
    ]
    letter = [
        "For this story our reporter spent nine days on the riverbank with the survey team, "
        "and we filed four requests for the water company's discharge data.",
        "The Valley Ledger has no owner and no advertisers. Readers pay for every story, and "
        "every story stays free to read.",
        "£5 · £10 · £25 · Other amount",
        "Support the Ledger →",
    ]
    assert cleanbody.clean("\n".join([*story, title, *letter])).text.splitlines() == story
    for own in ("The trust will publish its full count in June.", "Here is how the trust works:"):
        kept = cleanbody.clean("\n".join([*story, own, *letter])).text.splitlines()
        assert kept[: len(story) + 1] == [*story, own]


@pytest.mark.parametrize("mode", ["balanced", "aggressive"])
def test_a_sections_name_between_two_paragraphs_is_the_storys_subheading(mode: str) -> None:
    """A section's name over the headline goes; between two paragraphs it stays.

    Over the headline "اقتصاد" (Economy) is the site's section; between two paragraphs of
    the report the same word heads its next part.
    """
    story = [
        "الحكومة ترفع الحد الأدنى للأجور اعتبارا من يناير",
        "أعلنت الحكومة رفع الحد الأدنى للأجور بنسبة عشرة في المئة اعتبارا من مطلع العام المقبل.",
        "وقال وزير العمل إن الزيادة ستشمل العاملين في القطاع الخاص أيضا.",
        "اقتصاد",
        "ويرى خبراء أن القرار سيرفع القدرة الشرائية للأسر دون أن يضغط كثيرا على الأسعار.",
    ]
    result = cleanbody.clean("\n".join(["اقتصاد", *story]), mode=mode)
    assert result.text.splitlines() == story


@pytest.mark.parametrize("heading", ["עוד בחיפה", "חדשות נוספות מהאזור"])
def test_a_link_list_under_a_heading_the_lexicon_reads_so_goes(heading: str) -> None:
    """A list's heading that no table lists ("More in Haifa") goes with its headlines.

    The lexicon reads the heading, where it stands, as a link list's; the headlines under
    it have a headline's shape.
    """
    story = [
        "עיריית חיפה הודיעה כי הרכבל החדש לאוניברסיטה ייפתח לציבור בחודש הבא, לאחר עיכוב של שנה.",
        "לדברי העירייה, הנסיעה תימשך 19 דקות ותעלה כמו נסיעה באוטובוס.",
        '"זה יקצר לסטודנטים את הדרך פי שלושה," אמר סגן ראש העיר.',
    ]
    tail = [
        "📢 הצטרפו לערוץ הטלגרם שלנו לעדכונים מהעיר: t.me/haifa_now",
        heading,
        "בתי הספר בקריות יקבלו מזגנים חדשים עד הקיץ",
        "נמל חיפה: עלייה של 12% בתנועת המכולות ברבעון",
    ]
    assert cleanbody.clean("\n".join([*story, *tail])).text.splitlines() == story


def test_a_cookie_banners_more_information_heads_no_list_of_the_headline() -> None:
    """A banner's "More information" reads to a rule as a link, but heads no list.

    Under it, the page's headline and standfirst have a headline's shape; the lexicon
    reads the button as the banner's, and no paragraph of the story stands above it.
    """
    banner = [
        "Usamos cookies propias y de terceros para analizar el tráfico y mostrarte "
        "publicidad personalizada según tus hábitos de navegación.",
        "Aceptar",
        "Más información",
    ]
    story = [
        "El Ayuntamiento cierra al tráfico la calle Mayor durante seis meses",
        "Las obras del nuevo colector obligan a desviar seis líneas de autobús desde el lunes",
        "Por Lucía Herrero | 4 de marzo de 2026",
        "El Ayuntamiento cerrará la calle Mayor al tráfico rodado a partir del lunes para "
        "construir un nuevo colector de aguas pluviales.",
        "Los comerciantes de la zona temen perder clientes durante los seis meses que durarán "
        "las obras.",
    ]
    assert cleanbody.clean("\n".join([*banner, *story])).text.splitlines() == story


@pytest.mark.parametrize(
    ("guess", "rule_id"), [(model_rule("related", "cue"), None), (None, "HU-AP07")]
)
def test_a_headline_under_a_cookie_banner_and_the_trail_stays(
    guess: Rule | None, rule_id: str | None
) -> None:
    """Under a cookie banner's paragraphs and the section's name, the headline is no widget's.

    A weak guess of the lexicon's on it, or a rule's cue of another kind (a price a
    month), does not make it part of the banner and trail above.
    """
    headline = "Fizetős lesz a Két Kávé: havi 1990 forintért jönnek az extra adások"
    lines = [
        (
            "This site and its partners use cookies to run the site, measure visits and show "
            "you advertising that suits you.",
            2.0,
            "EN-CK01",
        ),
        (
            "You choose which cookies you allow, and you can change your choice at the foot of "
            "any page.",
            2.0,
            "EN-CK02",
        ),
        ("Accept all", 1.0, "EN-CK01"),
        ("Média", 0.7, None),
        (headline, -0.6, rule_id),
        (
            "Öt év és négyszáz ingyenes epizód után a két műsorvezető előfizetéses modellre "
            "vált. A heti fő adás ingyenes marad.",
            -1.7,
            None,
        ),
        ("A hallgatók többsége a hírt megértéssel fogadta.", -1.6, None),
    ]
    evidence = _evidence(lines)
    kicker = evidence[3]  # the section's name, guessed
    kicker.hits.append(
        Hit(model_rule("navigation", "cue"), kicker.block.start, kicker.block.end, None, 0.9)
    )
    kicker.gain, kicker.cost = 0.9, block_cost("Média", 1.0)
    if guess is not None:
        found = evidence[4]
        found.hits.append(Hit(guess, found.block.start, found.block.end, None, 0.7))
        found.gain, found.cost = 0.7, block_cost(headline, 1.0)
    regions = find_regions(evidence, Config().thresholds)
    taken = {index for region in regions if region.accepted for index in region.members}
    assert 4 not in taken
    assert 0 in taken


def test_a_guessed_headline_between_the_trail_and_a_player_under_a_banner_stays() -> None:
    """A weak guess on the headline between the trail and the player joins neither.

    Above the trail, the cookie banner's long paragraphs are the page's opening bars too.
    """
    lines = [
        (
            "This site and its partners use cookies to run the site, measure visits and show "
            "you advertising that suits you.",
            "EN-CK01",
        ),
        (
            "You choose which cookies you allow, and you can change your choice at the foot "
            "of any page.",
            "EN-CK02",
        ),
        ("Accept all", "EN-CK01"),
        ("News › Antwerp › Transport", "MUL-NV01"),
        ("Trams 3 and 9 will not run to the left bank for four months", None),
        ("Listen to this article · 2:40", "MUL-AU03"),
        ("Riders must change to shuttle buses at the main square. Delays are expected.", None),
    ]
    evidence = _evidence([(text, -1.7 if ruled is None else 2.0, ruled) for text, ruled in lines])
    headline = evidence[4]
    headline.hits.append(
        Hit(model_rule("related", "cue"), headline.block.start, headline.block.end, None, 0.7)
    )
    headline.gain, headline.cost = 0.7, block_cost(headline.block.text, 1.0)
    regions = find_regions(evidence, Config().thresholds)
    taken = {index for region in regions if region.accepted for index in region.members}
    assert 4 not in taken
    assert {0, 3, 5} <= taken


def test_a_storys_list_under_a_guessed_heading_with_the_story_below_stays() -> None:
    """A heading the lexicon reads as a link list's, over the story's own list, stays.

    "Também anunciado" (also announced) heads the measures the report goes on to weigh:
    a guess alone makes no link list of lines the story's paragraphs go on under.
    """
    lines = [
        "Governo anuncia aumento do salário mínimo para 870 euros",
        "O Governo anunciou esta segunda-feira que o salário mínimo nacional vai subir para "
        "870 euros em janeiro, um aumento de 50 euros face ao valor atual.",
        "A medida abrange cerca de 800 mil trabalhadores, segundo o Ministério do Trabalho.",
        "As confederações patronais consideram o aumento excessivo para as pequenas empresas.",
        "Também anunciado",
        "Redução do IRS para os jovens até aos 35 anos",
        "Apoio às rendas para famílias com filhos",
        "Aumento extraordinário das pensões mais baixas",
        "O acordo será assinado na próxima semana em concertação social.",
        "Os sindicatos pedem um salário mínimo de mil euros até ao fim da legislatura.",
    ]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


LIBRARY_OPED = [
    "Waarom de gemeente de bibliotheek aan de Kerkstraat open moet houden",
    "De wijk verliest haar laatste openbare leeszaal als de raad volgende week instemt met de "
    "bezuiniging.",
    "Elke dinsdag zitten er twintig ouderen aan de leestafel. Voor velen is het de enige plek "
    "waar ze iemand spreken.",
    "Sluiting bespaart 80.000 euro per jaar, maar de kosten verschuiven naar zorg en welzijn.",
]
PHONE_REVIEW = [
    "The Pebble Go 3 is a small phone with a battery that lasts three days",
    "Our reviewer used it for two weeks as her only phone, on trains, in the rain and on a long "
    "weekend in the hills.",
    "The screen is bright enough in sunlight, and the camera does well in daylight but "
    "struggles indoors.",
    "At 249 pounds it undercuts most rivals with a battery this size.",
]


def test_a_genre_label_over_the_headline_stays_though_a_section_rule_reads_it() -> None:
    """An op-ed's "Opinie" over a toolbar is the piece's; the toolbar under it goes."""
    toolbar = "Printen · Tekstgrootte · Bewaar voor later"
    result = cleanbody.clean("\n".join(["Opinie", toolbar, *LIBRARY_OPED]))
    assert result.text.splitlines() == ["Opinie", *LIBRARY_OPED]


@pytest.mark.parametrize("above", ["Oppenheimer", "Tech"])
def test_a_line_over_a_genre_label_over_the_headline_stays(above: str) -> None:
    """A film's title over "Review" is no section's name: both lines are the piece's."""
    lines = [above, "Review", *PHONE_REVIEW]
    assert cleanbody.clean("\n".join(lines)).text.splitlines() == lines


def test_a_comments_heading_under_a_short_headline_is_no_genre_label() -> None:
    """The comments' link "Kommentare" is no genre: it gets no genre's counter."""
    blocks = split_blocks(
        "Mietpreisbremse verlängert\nKommentare\nDer Bundestag hat am Donnerstag ..."
    )
    assert genre_hits(blocks) == {}


def test_a_breadcrumb_with_arrows_over_the_headline_goes() -> None:
    """A trail joined by "›", in words with a zero-width non-joiner ("کسب‌وکار")."""
    story = [
        "نانوایی‌های شیراز از هفته آینده نان را گران‌تر می‌فروشند",
        "اتحادیه نانوایان شیراز اعلام کرد قیمت نان سنگک و بربری از شنبه ده درصد افزایش می‌یابد.",
        "به گفته رئیس اتحادیه، هزینه آرد و گاز در شش ماه گذشته دو برابر شده است.",
    ]
    result = cleanbody.clean("\n".join(["اقتصاد › کسب\u200cوکار", *story]))
    assert result.text.splitlines() == story
    assert "TXT-HEAD-navigation" in result.removed[0].rules


FERRY = [
    "Fergen til Tjøtta får to avganger mindre fra mars",
    "Fra 1. mars går fergen bare to ganger om dagen i stedet for fire, opplyser rederiet, som "
    "mangler mannskap.",
    "Pendlere på øya sier endringen gjør det umulig å rekke en morgenvakt på fastlandet.",
    "Kommunen har bedt rederiet om å beholde den tidlige avgangen i hvert fall på hverdager.",
]


def test_a_line_left_between_widgets_in_the_pages_trailer_goes_in_a_widgets_words() -> None:
    """A press-ethics line no rule knows, between the comment box and the copyright line."""
    ethics = (
        "Redaksjonen følger Vær Varsom-plakatens regler for god presseskikk. Den som mener seg "
        "urettmessig rammet, kan klage til PFU."
    )
    comments = ["Kommentarer (4)", "Logg inn for å kommentere."]
    footer = "© 2026 Helgelandsposten. Alle rettigheter forbeholdt."
    result = cleanbody.clean("\n".join([*FERRY, *comments, ethics, footer]))
    assert result.text.splitlines() == FERRY
    (trailer,) = [removal for removal in result.removed if removal.text == ethics]
    assert trailer.rules == ("TXT-TRAILER-legal",)
    assert trailer.features  # the lexicon's strongest features explain it


def test_the_storys_last_sentence_under_an_insert_stays_above_the_footer() -> None:
    """Under a "Read more" insert, the story's last line is in the article's words."""
    last = (
        "Rederiet vil vurdere rutetabellen på nytt til høsten, og pendlerne håper på flere "
        "avganger."
    )
    insert = "Les også: Ny bussrute langs kysten fra sommeren"
    footer = "© 2026 Helgelandsposten. Alle rettigheter forbeholdt."
    result = cleanbody.clean("\n".join([*FERRY, insert, last, footer]))
    assert result.text.splitlines() == [*FERRY, last]


def test_a_banners_legalese_quoting_its_own_settings_goes_between_its_title_and_buttons() -> None:
    """Several sentences that quote "«Ajustes de privacidad»" are the banner's, not a quote."""
    story = [
        "La tromba de agua anega cuarenta bajos en Benifaió y obliga a desalojar una residencia",
        "El barranco se desbordó pasadas las cinco de la madrugada tras caer más de cien litros "
        "por metro cuadrado en dos horas, según los datos de la estación municipal.",
        "Los bomberos trasladaron a los 46 residentes al polideportivo, donde pasaron la mañana "
        "atendidos por voluntarios de Cruz Roja.",
    ]
    banner = [
        "Tu privacidad es importante para nosotros",
        "Nosotros y nuestros 186 socios guardamos o accedemos a información en tu dispositivo, "
        "como cookies, y tratamos datos personales para mostrarte anuncios personalizados y "
        "medir la audiencia. Puedes retirar tu consentimiento cuando quieras en «Ajustes de "
        "privacidad» al pie de página.",
        "ACEPTAR · RECHAZAR · CONFIGURAR",
    ]
    result = cleanbody.clean("\n".join([*banner, *story]))
    assert result.text.splitlines() == story
    assert [removal.category for removal in result.removed] == ["cookie"]


POOL = [
    "Câmara de Viseu fecha piscina municipal durante três meses para obras",
    "A piscina municipal do Fontelo fecha a 1 de março para substituição da cobertura e do "
    "sistema de aquecimento, anunciou a autarquia.",
    "Os clubes de natação vão treinar em Mangualde durante as obras, com transporte pago pela "
    "câmara.",
    "A reabertura está prevista para o início de junho, se não houver atrasos na entrega dos "
    "painéis.",
]
SIGN_UP = ["Receba a nossa newsletter todas as manhãs", "O seu e-mail", "Subscrever"]


def test_the_storys_own_last_plea_over_the_trailer_stays() -> None:
    """A plea that names no platform or address ends the story, over the sign-up box."""
    plea = "Por isso, escreva hoje à câmara e peça que as obras não passem de junho."
    result = cleanbody.clean("\n".join([*POOL, plea, *SIGN_UP]))
    assert result.text.splitlines() == [*POOL, plea]


def test_the_storys_last_sentence_under_a_one_line_insert_stays_in_a_widgets_words() -> None:
    """Under "Read also: ..." the story goes on: its last line, on its subject, stays."""
    story = [
        "Regulator fines a newspaper group over the trackers on its websites",
        "The data authority fined the Elbe Courier group 400,000 euros on Tuesday for placing "
        "advertising trackers before readers could refuse them.",
        "Inspectors found the trackers on all four of the group's news sites.",
    ]
    insert = "Read also: Court rules on how long phone data may be kept"
    last = (
        "The authority also criticised the group's newsletter sign-up form, which ticked "
        "consent to marketing e-mails in advance."
    )
    footer = "© 2026 Elbe Courier. All rights reserved."
    result = cleanbody.clean("\n".join([*story, insert, last, footer]))
    assert result.text.splitlines() == [*story, last]


def _trailer_page(groups: list[int], widget_lines: int = 2) -> tuple[list[Evidence], _Removed]:
    """A story, then groups of lines in a legal line's words, each under a widget that went."""
    lines = ["The council voted on Tuesday.", "The ferry returns in May."]
    gone = []
    for size in groups:
        gone.extend(range(len(lines), len(lines) + widget_lines))
        lines += ["WIDGET"] * widget_lines + [f"Footer note {n}." for n in range(size)]
    gone.append(len(lines))
    lines.append("© 2026 The Courier")
    leaning = Judgement(0.3, "legal", ("w:reproduction",), 3.0)
    evidence = [
        Evidence(block, wording=3.0, leaning=leaning) for block in split_blocks("\n".join(lines))
    ]
    for found in evidence[:2]:
        found.wording, found.leaning = -3.0, None
    removed = _Removed()
    for index in gone:
        removed.add(index, index)
    return evidence, removed


@pytest.mark.parametrize(
    ("groups", "widget_lines", "taken"),
    [([3], 2, 3), ([4], 2, 0), ([1], 1, 0), ([1, 1, 1, 1, 1], 2, 3)],
)
def test_the_trailer_takes_few_lines_under_boxes_and_few_groups(
    groups: list[int], widget_lines: int, taken: int
) -> None:
    """At most three lines a group, under a box (not a one-line insert), three groups."""
    evidence, removed = _trailer_page(groups, widget_lines)
    regions: list[Region] = []
    _take_trailer_lines(regions, evidence, removed, None)
    assert sum(len(region.members) for region in regions) == taken
    assert all(region.trailed and region.accepted for region in regions)
