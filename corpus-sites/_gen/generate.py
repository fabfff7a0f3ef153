"""Write the development multi-page set: ``corpus-sites/<site>/page-NN.txt``.

Run ``python corpus-sites/_gen/generate.py`` from the repository root; the output is the
same on every run (seeded). Every text here is the project's own writing.

Each site has a template with variation (counters, months, a campaign on some pages,
optional and reordered blocks), per-page inserts (a "read more" line with another
page's headline, an ad marker) and series whose background paragraphs are pasted into
3-5 pages, unmarked: they are article and must stay. Two sites run a long series instead,
on 6 to 9 of their 16 pages, whose background pair lands right beside a mid-page box
(a newsletter sign-up) or right above the end-of-page template (a share bar).
"""

from __future__ import annotations

import random
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

PAGES = 16
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Series:
    """Background paragraphs pasted into several pages, and where they go."""

    paragraphs: list[str]
    pages: list[int]
    #: per page: "lead" (after the first paragraph), "middle", "end" (last before the
    #: trailer), "above-box" or "below-box" (right above or below the site's mid-page box),
    #: "closing-box" (the box closes the story, the background comes between it and the trailer)
    places: list[str]
    #: a subheading the newsroom puts above the background ("How we got here")
    heading: str | None = None
    #: a fact box after it ("Key facts", "Length of the wall: 240 m")
    facts: list[str] = field(default_factory=list)
    #: on the last page of the series one figure in the first paragraph is updated
    updated: tuple[str, str] | None = None


@dataclass
class Site:
    name: str
    host: str
    lang: str
    sections: list[tuple[str, str]]  # (breadcrumb label, url path)
    header: list[tuple[str, str, float]]  # (category, text, presence)
    trailer: list[tuple[str, str, float]]
    swap: tuple[int, int]  # two trailer blocks that trade places on some pages
    campaign: list[tuple[str, str]]
    campaign_pages: list[int]
    read_more: str
    ad: str
    months: list[str]
    headlines: list[str]
    sentences: list[str]
    places: list[str]
    people: list[str]
    series: list[Series] = field(default_factory=list)
    #: a mid-page box (a newsletter sign-up) and its share of pages; a page whose series
    #: background is placed against the box always shows it
    box: list[tuple[str, str]] = field(default_factory=list)
    box_presence: float = 0.0


def fill(template: str, rng: random.Random, site: Site, **fixed: str) -> str:
    values = {
        "n": f"{rng.randint(120, 9800):,}",
        "small": str(rng.randint(2, 60)),
        "month": rng.choice(site.months),
        "year": str(rng.choice([2024, 2025, 2026])),
        "day": str(rng.randint(1, 28)),
        "place": rng.choice(site.places),
        "person": rng.choice(site.people),
        **fixed,
    }
    return re.sub(r"\{(\w+)\}", lambda m: values[m.group(1)], template)


def norm(text: str) -> str:
    return re.sub(r"\d[\d,.]*", "0", text.lower())


def article(site: Site, rng: random.Random, used: set[str], place: str) -> list[str]:
    paragraphs = []
    for _ in range(rng.randint(4, 6)):
        while True:
            first, second = rng.sample(site.sentences, 2)
            text = fill(first, rng, site, place=place) + " " + fill(second, rng, site)
            if norm(text) not in used:
                used.add(norm(text))
                paragraphs.append(text)
                break
    return paragraphs


def build(site: Site, seed: int) -> None:
    rng = random.Random(seed)
    folder = ROOT / site.name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    used: set[str] = set()
    places = rng.sample(site.places, len(site.places))
    headlines = [
        fill(site.headlines[number % len(site.headlines)], rng, site, place=places[number])
        for number in range(PAGES)
    ]
    for number in range(PAGES):
        section, path = site.sections[number % len(site.sections)]
        lines: list[tuple[str | None, str]] = []
        for category, text, presence in site.header:
            if rng.random() < presence:
                lines.append((category, fill(text, rng, site, section=section)))
        lines.append((None, headlines[number]))
        body: list[tuple[str | None, str]] = [
            (None, text) for text in article(site, rng, used, places[number])
        ]
        box_at: int | None = None
        if site.box:
            box_places = {s.places[s.pages.index(number)] for s in site.series if number in s.pages}
            if "closing-box" in box_places:
                box_at = len(body)  # the story closes with the box, then its background
            elif box_places & {"above-box", "below-box"} or rng.random() < site.box_presence:
                box_at = len(body) // 2
            if box_at is not None:
                body[box_at:box_at] = [(c, fill(t, rng, site)) for c, t in site.box]
        for series in site.series:
            if number in series.pages:
                place = series.places[series.pages.index(number)]
                paragraphs = list(series.paragraphs)
                if series.updated and number == series.pages[-1]:
                    paragraphs[0] = paragraphs[0].replace(*series.updated)
                texts = [series.heading] if series.heading else []
                texts += paragraphs + series.facts
                block = [(None, text) for text in texts]
                if place in ("above-box", "below-box", "closing-box"):
                    assert box_at is not None
                    assert "middle" not in series.places  # it could land inside the box
                    at = box_at + (len(site.box) if place != "above-box" else 0)
                else:
                    at = {"lead": 1, "middle": len(body) // 2, "end": len(body)}[place]
                body[at:at] = block
        # Per-page inserts: a read-more line (another page's headline) and an ad marker.
        if rng.random() < 0.6:
            other = headlines[(number + rng.randint(1, PAGES - 1)) % PAGES]
            body.insert(rng.randint(1, len(body) - 1), ("related", f"{site.read_more} {other}"))
        if rng.random() < 0.5:
            body.insert(rng.randint(2, len(body) - 1), ("ad", site.ad))
        if number in site.campaign_pages:
            campaign = [(category, fill(text, rng, site)) for category, text in site.campaign]
            at = len(body) if number % 2 else len(body) // 2
            # A campaign in the middle must not split a series' background pair.
            while (
                0 < at < len(body)
                and body[at - 1][0] is None
                and body[at][0] is None
                and any(
                    body[at][1] in s.paragraphs and body[at - 1][1] in s.paragraphs
                    for s in site.series
                )
            ):
                at += 1
            body[at:at] = campaign
        lines.extend(body)
        trailer = [
            (category, fill(text, rng, site))
            for category, text, presence in site.trailer
            if rng.random() < presence
        ]
        first, second = site.swap
        if rng.random() < 0.3 and max(first, second) < len(trailer):
            trailer[first], trailer[second] = trailer[second], trailer[first]
        lines.extend(trailer)
        slug = re.sub(r"\W+", "-", places[number].lower()).strip("-")
        header = (
            f"id: sites-{site.name}-{number + 1:02d}\nlang: {site.lang}\nkind: positive\n"
            f"url: https://{site.host}/{path}/{number + 1:02d}-{slug}\n---\n"
        )
        body_text = "\n".join(f"[{c}] {t}" if c else t for c, t in lines)
        (folder / f"page-{number + 1:02d}.txt").write_text(header + body_text + "\n")


ENGLISH = Site(
    name="harbour-ledger",
    host="www.harbourledger.example",
    lang="en",
    sections=[("News", "news"), ("Business", "business"), ("Sport", "sport")],
    header=[
        ("navigation", "Skip to main content", 0.7),
        ("navigation", "Home › {section}", 1.0),
    ],
    trailer=[
        ("appeal", "Before you go", 0.9),
        (
            "appeal",
            "The Harbour Ledger is owned by no one but its readers. {n} of you gave in "
            "{month}, and every gift pays for reporting like this.",
            1.0,
        ),
        ("appeal", "Give monthly", 0.85),
        ("newsletter", "Get the Morning Tide in your inbox every weekday.", 0.85),
        ("social", "Follow us on Mastodon and Bluesky", 0.85),
        ("legal", "© {year} The Harbour Ledger Ltd. Registered in Wales.", 1.0),
    ],
    swap=(3, 4),
    campaign=[
        ("appeal", "Our winter fund closes on {day} {month}"),
        ("appeal", "We have raised £{n} of our £60,000 goal. Help us cross the line."),
        ("appeal", "Add your name"),
    ],
    campaign_pages=[1, 4, 6, 9, 12],
    read_more="Read more:",
    ad="Advertisement",
    months=["January", "February", "March", "April", "October", "November"],
    headlines=[
        "{place} harbour board delays vote on dredging contract",
        "Lifeboat crew from {place} rescues two kayakers in fog",
        "Fish market in {place} to close two days a week",
        "{place} school wins funding for new science block",
        "Ferry timetable cut again as {place} route loses a vessel",
        "Residents in {place} fight plan for car park on the green",
    ],
    sentences=[
        "Councillors in {place} voted by {small} to four to spend £{n} on repairs.",
        "{person}, who has fished out of {place} for {small} years, said the catch had never been so thin.",
        "The harbour master told the meeting that silt had built up faster than expected.",
        "A spokesperson for the port authority said a decision would come before the summer.",
        "Parents gathered outside the gates of the old school on a wet Thursday morning.",
        "The crew launched within six minutes of the call and found the pair clinging to a buoy.",
        "{person} said the town could not afford to lose another service.",
        "Traders in {place} warned that fewer market days would push shoppers to the supermarkets.",
        "Figures released this week show visitor numbers down for a third year running.",
        "The council has promised a public consultation, though no date has been set.",
        "Engineers will survey the quay wall again before any work is approved.",
        "{person} described the plan as a slap in the face for people who had lived there all their lives.",
        "The coastguard later thanked members of the public who had raised the alarm.",
        "Opposition members questioned why the costs had risen since the spring.",
    ],
    places=[
        "Aberfal",
        "Porthgain",
        "Llanmor",
        "Cwm Teg",
        "Saltcote",
        "Rhosfawr",
        "Penhallow",
        "Tregarth",
        "Newquay Sands",
        "Milford Reach",
        "Dinas Bay",
        "Caerwen",
        "Broadhaven",
        "Little Haven",
        "Solva Point",
        "Amroth",
    ],
    people=[
        "Gareth Pryce",
        "Eleri Morgan",
        "Dai Roberts",
        "Siân Howells",
        "Tom Beynon",
        "Megan Rees",
        "Owain Lloyd",
        "Nia Vaughan",
        "Rhodri Evans",
        "Ceri Thomas",
    ],
    series=[
        Series(
            [
                "The inquiry into the collapse of the East Quay wall was opened in 2023 after "
                "two storms in one winter flooded more than 300 homes along the front."
            ],
            [2, 5, 7, 11],
            ["lead", "end", "middle", "end"],
            heading="How we got here",
            facts=["Key facts", "Length of the East Quay wall: 640 metres"],
            updated=("300 homes", "340 homes"),
        ),
        Series(
            [
                "The dispute began when the operator withdrew its second vessel for repairs "
                "and did not say when it would return.",
                "Islanders have since relied on a single ageing ferry that has broken down "
                "four times this year, stranding patients due at hospital on the mainland.",
            ],
            [3, 8, 13],
            ["middle", "end", "lead"],
        ),
    ],
)

GERMAN = Site(
    name="talbote",
    host="talbote.example",
    lang="de",
    sections=[("Region", "region"), ("Wirtschaft", "wirtschaft"), ("Sport", "sport")],
    header=[("navigation", "Startseite › {section}", 1.0)],
    trailer=[
        ("share", "Artikel teilen", 0.8),
        ("appeal", "Unabhängiger Lokaljournalismus braucht Sie", 0.9),
        (
            "appeal",
            "Der Talbote gehört keinem Konzern. Im {month} haben uns {n} Leserinnen und "
            "Leser unterstützt – machen Sie mit?",
            1.0,
        ),
        ("appeal", "Jetzt unterstützen", 0.9),
        ("newsletter", "Der Talbote am Morgen: jeden Werktag um 6 Uhr im Postfach.", 0.8),
        ("legal", "© {year} Talbote Verlag GmbH", 1.0),
    ],
    swap=(0, 4),
    campaign=[
        ("appeal", "Aktion Winterhilfe {year}"),
        (
            "appeal",
            "Bisher kamen {n} Euro zusammen. Jede Spende hilft Familien im Tal durch den Winter.",
        ),
        ("appeal", "Spenden"),
    ],
    campaign_pages=[0, 3, 7, 10, 14],
    read_more="Lesen Sie auch:",
    ad="Anzeige",
    months=["Januar", "Februar", "März", "Oktober", "November", "Dezember"],
    headlines=[
        "{place}: Gemeinderat streitet über neue Umgehungsstraße",
        "Hochwasserschutz in {place} wird teurer als geplant",
        "Traditionsbäckerei in {place} findet keinen Nachfolger",
        "{place} bekommt wieder eine Hausarztpraxis",
        "Regionalbahn nach {place} fällt bis Ostern aus",
        "Turnverein {place} feiert Aufstieg in die Landesliga",
    ],
    sentences=[
        "Der Gemeinderat von {place} stimmte am Dienstag mit {small} zu drei Stimmen für den Entwurf.",
        "{person} betreibt den Laden seit {small} Jahren und sieht kaum noch Kundschaft unter der Woche.",
        "Nach Angaben des Landratsamts kostet das Vorhaben rund {n} Euro mehr als veranschlagt.",
        "Anwohner hatten sich über Monate gegen die Pläne gewehrt und Unterschriften gesammelt.",
        "Die Bauarbeiten sollen nach derzeitigem Stand im Frühjahr beginnen.",
        "{person} sagte, man habe die Entscheidung nicht leichtfertig getroffen.",
        "Im vergangenen Sommer stand das Wasser in der Hauptstraße knietief.",
        "Die Bahn begründet die Sperrung mit Arbeiten an zwei maroden Brücken.",
        "Der Verein zählt inzwischen mehr Mitglieder als vor der Pandemie.",
        "Ob der Zeitplan hält, hängt auch von den Fördermitteln des Landes ab.",
        "Pendler müssen bis dahin auf Ersatzbusse umsteigen, die deutlich länger brauchen.",
        "{person} erinnerte daran, dass die Gemeinde seit Jahren auf eine Lösung wartet.",
        "Kritik kam vor allem aus den kleineren Ortsteilen, die sich übergangen fühlen.",
    ],
    places=[
        "Hornbach",
        "Wiesental",
        "Oberried",
        "Kirchzell",
        "Lindau am Bach",
        "Buchenau",
        "Mittelstetten",
        "Reichenfels",
        "Talheim",
        "Steinbrück",
        "Auenwald",
        "Eschenried",
        "Hohenlinden",
        "Grünmatt",
        "Rosenfeld",
        "Waldbrunn",
    ],
    people=[
        "Petra Sailer",
        "Jonas Brenner",
        "Ursula Keck",
        "Matthias Ott",
        "Helga Ruf",
        "Stefan Maier",
        "Lea Hofmann",
        "Bernd Zeller",
        "Anja Vogt",
        "Klaus Riedl",
    ],
    series=[
        Series(
            [
                "Seit dem Hochwasser im Juni 2024 verlangen die Gemeinden im Tal einen "
                "gemeinsamen Schutzplan, den das Land bisher nicht vorgelegt hat."
            ],
            [1, 4, 9, 12, 15],
            ["end", "middle", "lead", "end", "middle"],
            heading="Die Vorgeschichte",
            updated=("Juni 2024", "Juni 2024 und im Mai 2026"),
        ),
        Series(
            [
                "Die Strecke zwischen Talheim und Buchenau gilt seit Jahren als Sorgenkind: "
                "Zwei Brücken stammen noch aus der Vorkriegszeit."
            ],
            [2, 6, 10],
            ["middle", "end", "lead"],
        ),
    ],
)

SWAHILI = Site(
    name="pwani-leo",
    host="www.pwanileo.example",
    lang="sw",
    sections=[("Habari", "habari"), ("Biashara", "biashara"), ("Michezo", "michezo")],
    header=[
        ("navigation", "Ruka hadi maudhui", 0.6),
        ("navigation", "Mwanzo › {section}", 1.0),
    ],
    trailer=[
        ("appeal", "Saidia uandishi huru", 0.85),
        (
            "appeal",
            "Pwani Leo inategemea wasomaji wake. Mwezi wa {month} wasomaji {n} walichangia, "
            "na kila mchango unalipia habari kama hii.",
            1.0,
        ),
        ("appeal", "Changia sasa", 0.85),
        ("newsletter", "Pokea jarida letu kila asubuhi kwenye barua pepe yako.", 0.8),
        ("social", "Tufuate kwenye Instagram na X", 0.8),
        ("legal", "© {year} Pwani Leo. Haki zote zimehifadhiwa.", 1.0),
    ],
    swap=(3, 4),
    campaign=[
        ("appeal", "Kampeni ya mwaka {year}: tumefikia shilingi {n}"),
        (
            "appeal",
            "Tunahitaji wasomaji wengine {small} kufikia lengo letu kabla ya mwisho wa mwezi huu.",
        ),
        ("appeal", "Ungana nasi"),
    ],
    campaign_pages=[2, 5, 8, 11, 15],
    read_more="Soma zaidi:",
    ad="Tangazo",
    months=["Januari", "Februari", "Machi", "Oktoba", "Novemba", "Desemba"],
    headlines=[
        "Wavuvi wa {place} walalamikia bei ya mafuta",
        "Shule mpya yafunguliwa {place} baada ya miaka mitatu",
        "Mvua kubwa yaharibu barabara ya {place}",
        "Soko la samaki la {place} kuhamishwa",
        "Timu ya {place} yashinda kombe la pwani",
        "Wakazi wa {place} wapata maji safi kwa mara ya kwanza",
    ],
    sentences=[
        "Wakazi wa {place} walisema hali imekuwa ngumu tangu mwanzo wa msimu.",
        "{person}, ambaye amevua samaki kwa miaka {small}, alisema hajawahi kuona hali kama hii.",
        "Halmashauri ilitenga shilingi {n} kwa ajili ya ukarabati wa barabara hiyo.",
        "Mkuu wa wilaya aliahidi kuwa kazi itaanza kabla ya mvua za masika.",
        "Wazazi walikusanyika nje ya shule mapema asubuhi kusikiliza tangazo hilo.",
        "{person} alieleza kuwa bei ya bidhaa sokoni imepanda kwa kasi.",
        "Wafanyabiashara wadogo wanasema wateja wamepungua kwa zaidi ya nusu.",
        "Polisi walithibitisha kuwa hakuna mtu aliyejeruhiwa katika tukio hilo.",
        "Serikali ya mkoa imesema itatoa taarifa zaidi wiki ijayo.",
        "{person} aliwashukuru wananchi kwa uvumilivu wao wakati wa ujenzi.",
        "Mashabiki walijaa uwanjani hadi jioni wakiimba na kucheza.",
        "Wataalamu wa afya wanaonya kuwa maji ya visima hayako salama kunywa.",
        "Diwani wa kata alisema mradi huo umechelewa kwa sababu ya ukosefu wa fedha.",
    ],
    places=[
        "Pangani",
        "Bagamoyo",
        "Kilwa",
        "Lindi",
        "Mafia",
        "Tanga",
        "Kigamboni",
        "Mkuranga",
        "Rufiji",
        "Muheza",
        "Mtwara",
        "Kunduchi",
        "Msasani",
        "Saadani",
        "Kipumbwi",
        "Mikindani",
    ],
    people=[
        "Bi. Zuhura Said",
        "Bw. Juma Mrisho",
        "Bi. Mwanaisha Ali",
        "Bw. Omari Hamisi",
        "Bi. Rehema Kombo",
        "Bw. Salim Mussa",
        "Bi. Halima Bakari",
        "Bw. Athumani Juma",
        "Bi. Fatuma Rashidi",
        "Bw. Khamis Faki",
    ],
    series=[
        Series(
            [
                "Mgogoro wa bandari ya uvuvi ulianza mwaka 2023 baada ya serikali kutangaza "
                "mpango wa kuhamisha wavuvi wadogo ili kupisha ujenzi wa gati jipya."
            ],
            [0, 4, 7, 13],
            ["end", "lead", "middle", "end"],
        ),
        Series(
            [
                "Uhaba wa maji katika vijiji vya pwani umedumu kwa zaidi ya miaka kumi, na "
                "wanawake hutembea kilomita kadhaa kila siku kuteka maji.",
                "Mradi wa visima vya jamii ulizinduliwa mwaka jana kwa msaada wa wahisani, "
                "lakini umekamilika katika vijiji vichache tu.",
            ],
            [5, 9, 12],
            ["middle", "end", "lead"],
        ),
    ],
)

BULGARIAN = Site(
    name="dunavski-vesti",
    host="dunavvesti.example",
    lang="bg",
    sections=[("Новини", "novini"), ("Икономика", "ikonomika"), ("Спорт", "sport")],
    header=[("navigation", "Начало › {section}", 1.0)],
    trailer=[
        ("comments", "Коментари ({small})", 0.8),
        ("appeal", "Подкрепете независимата журналистика", 0.9),
        (
            "appeal",
            "Дунавски вести се издържа от своите читатели. През {month} {n} души направиха "
            "дарение и така платиха за репортажи като този.",
            1.0,
        ),
        ("appeal", "Дарете", 0.85),
        ("social", "Последвайте ни във Facebook и Telegram", 0.85),
        ("legal", "© {year} Дунавски вести. Всички права запазени.", 1.0),
    ],
    swap=(0, 4),
    campaign=[
        ("newsletter", "Бюлетинът „Сутрин край реката“"),
        (
            "newsletter",
            "Най-важното от деня в пощата ви всяка сутрин в 7 часа, безплатно и без реклами.",
        ),
        ("newsletter", "Абонирайте се"),
    ],
    campaign_pages=[1, 5, 8, 12],
    read_more="Прочетете още:",
    ad="Реклама",
    months=["януари", "февруари", "март", "октомври", "ноември", "декември"],
    headlines=[
        "Общинският съвет в {place} отложи решението за новия мост",
        "Рибарите от {place} остават без пристан",
        "Болницата в {place} търси лекари от чужбина",
        "Водата в {place} спира за три дни",
        "Отборът на {place} се класира за финала",
        "Жителите на {place} протестират срещу сечта",
    ],
    sentences=[
        "Общинските съветници в {place} гласуваха с {small} гласа за предложението.",
        "{person}, който работи на реката от {small} години, каза, че не помни такова ниско ниво.",
        "Според общината ремонтът ще струва около {n} лева повече от планираното.",
        "Жителите събраха подписи и поискаха обществено обсъждане.",
        "Кметът обеща, че работата ще започне преди края на лятото.",
        "{person} заяви, че решението е взето след дълги разговори с хората.",
        "Миналата пролет водата заля крайбрежната улица и няколко мазета.",
        "Директорът на болницата призна, че отделението работи на половин капацитет.",
        "Местните търговци се оплакват, че клиентите намаляват с всяка година.",
        "Областната управа не отговори на въпросите ни до края на деня.",
        "Феновете посрещнаха отбора на гарата с песни и знамена.",
        "{person} напомни, че обещанията за нов мост се чуват от десетилетие.",
        "Експертите предупреждават, че без поддръжка дигата няма да издържи.",
    ],
    places=[
        "Видин",
        "Лом",
        "Оряхово",
        "Никопол",
        "Свищов",
        "Тутракан",
        "Силистра",
        "Белене",
        "Козлодуй",
        "Вършец",
        "Брегово",
        "Ново село",
        "Цибър",
        "Гиген",
        "Ряхово",
        "Сомовит",
    ],
    people=[
        "Иван Петров",
        "Мария Георгиева",
        "Стоян Димитров",
        "Елена Колева",
        "Николай Стоянов",
        "Радка Илиева",
        "Георги Тодоров",
        "Пенка Маринова",
        "Димитър Ангелов",
        "Веселина Пенева",
    ],
    series=[
        Series(
            [
                "Спорът за моста започна през 2022 г., когато проверка установи пукнатини в "
                "две от опорите и движението на тежки камиони беше забранено."
            ],
            [0, 3, 6, 10, 14],
            ["middle", "end", "lead", "end", "middle"],
            heading="Историята накратко",
            facts=["Факти", "Дължина на моста: 412 метра"],
        ),
        Series(
            [
                "Пристанищата по реката губят кораби и пътници от години, откакто "
                "държавната компания закри редовните линии."
            ],
            [2, 9, 13],
            ["end", "middle", "end"],
        ),
    ],
)

# A second Swahili site built differently: no heading above the appeal, a campaign with
# no heading, a dated line under the menu, a one-line newsletter box as the "ad" insert,
# and a series whose background always closes the story, right above the trailer.
SWAHILI_PLAIN = Site(
    name="sauti-mashariki",
    host="sautimashariki.example",
    lang="sw",
    sections=[("Kitaifa", "kitaifa"), ("Dunia", "dunia")],
    header=[
        ("navigation", "Sauti ya Mashariki · Habari · Biashara · Michezo · Maoni", 0.9),
        ("ui", "Imesasishwa {day} {month} {year}", 1.0),
    ],
    trailer=[
        (
            "appeal",
            "Uandishi huru wa habari unagharimu pesa. Kila mwezi wasomaji {n} hutusaidia "
            "kuendelea kufanya kazi hii muhimu.",
            1.0,
        ),
        ("appeal", "Toa mchango wako", 0.9),
        ("share", "Shiriki habari hii: WhatsApp · Facebook · X", 0.9),
        ("legal", "Haki miliki © {year} Sauti ya Mashariki", 1.0),
    ],
    swap=(2, 3),
    campaign=[
        (
            "appeal",
            "Tumebakiza siku {small} tu kufikia lengo la kampeni yetu ya mwaka huu. "
            "Ongeza sauti yako leo.",
        ),
        ("appeal", "Changia sasa"),
    ],
    campaign_pages=[0, 3, 6, 9, 12],
    read_more="Habari zinazohusiana:",
    ad="Jiandikishe kupokea jarida letu la kila wiki",
    months=SWAHILI.months,
    headlines=[
        "Wakulima wa {place} wasubiri mvua za vuli",
        "Bandari ndogo ya {place} yapata gati jipya",
        "Vijana wa {place} waanzisha ushirika wa ufugaji nyuki",
        "Hospitali ya {place} yapokea vifaa vipya",
        "Bei ya mahindi yashuka katika soko la {place}",
        "Mashindano ya ngalawa yafanyika {place}",
    ],
    sentences=[
        "Wakulima wa {place} walisema mvua zimechelewa kwa wiki tatu mwaka huu.",
        "{person} alisema ushirika wao una wanachama {small} na unapanga kuongeza mizinga.",
        "Afisa kilimo wa wilaya alishauri wakulima kupanda mbegu zinazostahimili ukame.",
        "Gati hilo lilijengwa kwa gharama ya shilingi {n} na litahudumia wavuvi wadogo.",
        "Wauguzi walieleza kuwa vifaa hivyo vitapunguza safari za wagonjwa kwenda mjini.",
        "{person} aliongeza kuwa bei ya mahindi imeshuka kwa sababu ya mavuno mazuri.",
        "Wafanyabiashara kutoka mikoa jirani walifika sokoni tangu alfajiri.",
        "Washiriki wa mashindano walipiga makasia kwa zaidi ya saa mbili.",
        "Kamati ya maendeleo ya kijiji ilikutana Jumamosi kujadili mgao wa fedha.",
        "{person} aliwataka vijana kuchangamkia fursa za mikopo ya halmashauri.",
        "Mwenyekiti wa kijiji alisema barabara mpya itarahisisha usafirishaji wa mazao.",
        "Wazee wa {place} walikumbuka jinsi gati la zamani lilivyoharibiwa na dhoruba.",
        "Daktari mkuu wa hospitali alishukuru wahisani waliochangia ununuzi wa vifaa.",
    ],
    places=[
        "Kilifi",
        "Malindi",
        "Lamu",
        "Kwale",
        "Vanga",
        "Shimoni",
        "Watamu",
        "Gazi",
        "Takaungu",
        "Mtwapa",
        "Faza",
        "Siyu",
        "Msambweni",
        "Diani",
        "Kipini",
        "Ngomeni",
    ],
    people=[
        "Bi. Amina Khamisi",
        "Bw. Rashid Bakari",
        "Bi. Saumu Ali",
        "Bw. Hamisi Mwinyi",
        "Bi. Mwanajuma Said",
        "Bw. Kassim Omari",
        "Bi. Zainabu Hassan",
        "Bw. Yusufu Mbwana",
        "Bi. Tatu Athumani",
        "Bw. Shabani Juma",
    ],
    series=[
        Series(
            [
                "Mgogoro wa ardhi katika bonde hilo umedumu tangu mwaka 2019, wakati wakulima "
                "walipopinga mpango wa kugawa mashamba kwa wawekezaji wa nje."
            ],
            [1, 4, 7, 10, 13],
            ["end", "end", "end", "end", "end"],
        ),
        Series(
            [
                "Kwa mujibu wa takwimu za serikali, nusu ya vijana wa mkoa huo hawana ajira rasmi.",
                "Wataalamu wanasema hali hiyo inachangiwa na ukosefu wa viwanda na mafunzo ya "
                "ufundi.",
            ],
            [2, 5, 8, 14],
            ["lead", "lead", "end", "middle"],
        ),
    ],
)


# A long series (7 of 16 pages, two background paragraphs with no heading) that lands
# right above the share bar that opens the trailer, or right above or below a mid-page
# newsletter box: beside the template on those pages, yet article on every one.
ENGLISH_SERIES = Site(
    name="northern-courier",
    host="www.northcourier.example",
    lang="en",
    sections=[("News", "news"), ("Business", "business"), ("Sport", "sport")],
    header=[
        ("navigation", "Skip to content", 0.5),
        ("navigation", "Home › {section}", 1.0),
    ],
    trailer=[
        ("share", "Share this story: Facebook · X · WhatsApp · Email", 0.9),
        ("app", "Get the Courier app for iPhone and Android", 0.8),
        ("comments", "Comments ({small})", 0.85),
        ("legal", "© {year} Northern Courier Media Ltd. All rights reserved.", 1.0),
    ],
    swap=(1, 2),
    campaign=[],
    campaign_pages=[],
    read_more="Also read:",
    ad="Advertisement",
    months=ENGLISH.months,
    headlines=[
        "{place} library to close on Mondays as budget is cut",
        "Bus route to {place} axed from September",
        "{place} GP surgery searches for new partners",
        "Flood wall plan for {place} delayed again",
        "{place} Town reach county cup final",
        "Residents in {place} oppose felling of riverside trees",
    ],
    sentences=[
        "Councillors in {place} voted {small} to five to close the library on Mondays.",
        "{person}, who has run a shop on the high street for {small} years, said footfall had halved.",
        "The council said the scheme would cost £{n} more than first planned.",
        "Residents packed the community hall on Tuesday evening to hear the proposals.",
        "Work is expected to start in the spring if the funding is confirmed.",
        "{person} said the decision had not been taken lightly.",
        "Last winter the river burst its banks twice and flooded the lower streets.",
        "Bus operators blame falling passenger numbers and rising fuel costs.",
        "The trust admitted that the ward had been running at half capacity.",
        "The county council did not respond to our questions by the end of the day.",
        "Supporters lined the road outside the ground long before kick-off.",
        "{person} said promises of a new bridge had been made for a decade.",
        "Engineers warned that the embankment would not survive another wet winter.",
        "A petition against the plan has gathered more than {n} signatures.",
    ],
    places=[
        "Hexford",
        "Brackley Moor",
        "Ashby Fell",
        "Coldharbour",
        "Thornwick",
        "Garside",
        "Helmby",
        "Skelby",
        "Lowther Bridge",
        "Rawcliffe",
        "Kirkham End",
        "Ousefleet",
        "Wetherby Cross",
        "Allerdale",
        "Marske",
        "Redby",
    ],
    people=[
        "Joan Hartley",
        "Colin Metcalfe",
        "Priya Lodge",
        "Barry Wilkinson",
        "Sue Atkinson",
        "Imran Hussain",
        "Kath Brennan",
        "Neil Holroyd",
        "Alison Pickles",
        "Darren Shaw",
    ],
    series=[
        Series(
            [
                "The dispute over the Marrick bypass began in 2021, when the county council "
                "approved a route through protected woodland despite more than 4,000 objections.",
                "A public inquiry later found that the council had not properly assessed the "
                "flood risk, and the scheme has been on hold ever since.",
            ],
            [1, 3, 6, 8, 10, 12, 15],
            ["end", "below-box", "end", "closing-box", "below-box", "above-box", "closing-box"],
        ),
        Series(
            [
                "The hospital trust has been in special measures since 2023, after inspectors "
                "found too few nurses on every ward they visited."
            ],
            [2, 9, 13],
            ["lead", "end", "below-box"],
        ),
    ],
    box=[
        ("newsletter", "The Courier Briefing"),
        (
            "newsletter",
            "Our editors pick the five stories you need each morning. Free, in your inbox by 7am.",
        ),
        ("newsletter", "Sign up"),
    ],
    box_presence=0.6,
)

# An Estonian site (no rules for the language): a series on 9 of 16 pages, its pair of
# background paragraphs beside a one-line newsletter box or above the share line.
ESTONIAN = Site(
    name="laanerannik",
    host="laanerannik.example",
    lang="et",
    sections=[("Uudised", "uudised"), ("Majandus", "majandus"), ("Sport", "sport")],
    header=[("navigation", "Avaleht › {section}", 1.0)],
    trailer=[
        ("share", "Jaga: Facebook · X · WhatsApp", 0.85),
        ("comments", "Kommentaarid ({small})", 0.8),
        ("app", "Laadi alla Läänerannikul äpp ja loe kohalikke uudiseid kõikjal.", 0.7),
        ("legal", "© {year} Läänerannik OÜ. Kõik õigused kaitstud.", 1.0),
    ],
    swap=(1, 2),
    campaign=[],
    campaign_pages=[],
    read_more="Loe ka:",
    ad="Reklaam",
    months=["jaanuar", "veebruar", "märts", "oktoober", "november", "detsember"],
    headlines=[
        "{place}: vallavolikogu lükkas sadama otsuse edasi",
        "{place}: kalurid jäävad ilma kaita",
        "{place}: perearst otsib endale järglast",
        "{place}: bussiliin kaob sügisest",
        "{place}: jalgpallimeeskond jõudis maakonna finaali",
        "{place}: elanikud protestivad rannametsa raie vastu",
    ],
    sentences=[
        "{place} vallavolikogu hääletas teisipäeval {small} poolthäälega eelarve muudatuse poolt.",
        "{person}, kes on {small} aastat merel käinud, ütles, et nii vähe kala pole ta varem näinud.",
        "Valla andmetel maksab remont umbes {n} eurot rohkem, kui algselt arvestati.",
        "Elanikud kogusid mitu kuud allkirju ja nõudsid avalikku arutelu.",
        "Ehitustööd peaksid praeguse plaani järgi algama kevadel.",
        "{person} ütles, et otsust ei tehtud kergekäeliselt.",
        "Mullu sügisel ujutas torm üle rannatee ja mitu keldrit.",
        "Bussiliini kaotamine tähendab, et koolilapsed peavad sõitma ümberistumisega.",
        "Kohalikud ettevõtjad kurdavad, et kliente jääb iga aastaga vähemaks.",
        "Maavalitsus ei vastanud päeva lõpuks meie küsimustele.",
        "Perearst võtab patsiente vastu vaid kahel päeval nädalas.",
        "{person} meenutas, et uut silda on lubatud juba kümme aastat.",
        "Eksperdid hoiatavad, et ilma hoolduseta ei pea vana muul enam kaua vastu.",
    ],
    places=[
        "Haapsalu",
        "Virtsu",
        "Lihula",
        "Hanila",
        "Noarootsi",
        "Dirhami",
        "Rohuküla",
        "Kärdla",
        "Nõva",
        "Paslepa",
        "Topu",
        "Puise",
        "Saulepi",
        "Tuksi",
        "Rame",
        "Varbla",
    ],
    people=[
        "Mart Kask",
        "Kadri Tamm",
        "Peeter Saar",
        "Liis Mets",
        "Toomas Rebane",
        "Anu Lepp",
        "Jaan Kuusk",
        "Riina Pärn",
        "Andres Sepp",
        "Kersti Ilves",
    ],
    series=[
        Series(
            [
                "Sadama laiendamise vaidlus algas 2022. aastal, kui vallavolikogu kiitis heaks "
                "plaani rajada lahe äärde uus kaubakai.",
                "Kohalikud kalurid on sellest ajast peale kogunud allkirju ja pöördunud kahel "
                "korral kohtusse, et ehitus peatada.",
            ],
            [0, 2, 4, 5, 7, 9, 11, 13, 15],
            [
                "end",
                "below-box",
                "closing-box",
                "above-box",
                "lead",
                "end",
                "below-box",
                "end",
                "closing-box",
            ],
        ),
    ],
    box=[("newsletter", "Telli uudiskiri: iga reede hommikul nädala olulisemad lood postkasti.")],
    box_presence=0.5,
)


if __name__ == "__main__":
    sites = (ENGLISH, GERMAN, SWAHILI, BULGARIAN, SWAHILI_PLAIN, ENGLISH_SERIES, ESTONIAN)
    for seed, site in enumerate(sites, start=14):
        build(site, seed)
