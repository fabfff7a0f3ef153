"""Denník Kontext - made-up Slovak independent daily."""
from common import Page, expand_series, split_mid, thousands, reading_minutes

SITE = "sk"
LANG = "sk"
HOST = "dennikkontext.sk"

SECTIONS = {
    "slovensko": "Slovensko", "svet": "Svet", "ekonomika": "Ekonomika",
    "komentare": "Komentáre", "kultura": "Kultúra", "sport": "Šport",
    "veda": "Veda",
}

# Running series "Pôrodnice na okraji".
SERIES = [
    "Ministerstvo zdravotníctva v rámci reformy siete nemocníc presúva "
    "pôrodnice, ktoré ročne odrodia menej ako 400 detí, do väčších zariadení. "
    "Podľa rezortu ide o bezpečnosť matiek aj novorodencov, keďže lekári v "
    "malých pôrodniciach nemajú dosť skúseností s komplikovanými pôrodmi.",
    "Kritici namietajú, že z niektorých obcí to budú mať rodičky do najbližšej "
    "pôrodnice viac ako hodinu cesty, v zime aj dlhšie. Ministerstvo zatiaľ "
    "rozhodlo o zatvorení šiestich oddelení, ďalšie štyri posudzuje.",
    "V číslach: na Slovensku dnes funguje 51 pôrodníc. Po dokončení reformy by "
    "ich malo zostať 43.",
]
SERIES_LATE = [
    SERIES[0],
    SERIES[1].replace("šiestich oddelení, ďalšie štyri posudzuje",
                      "ôsmich oddelení, ďalšie dve posudzuje"),
    SERIES[2],
]


def A(section, slug, tags, lines):
    return {"section": section, "slug": slug, "tags": tags, "lines": lines}


ARTS = [
    # 01
    A("ekonomika", "ceny-bytov-v-bratislave-klesli-prvykrat-za-tri-roky",
      "bývanie, nehnuteľnosti, hypotéky, Bratislava", [
        "Ceny bytov v Bratislave klesli prvýkrát za tri roky",
        "Jana Kollárová · 12. marca 2024",
        "Priemerná ponuková cena bytu v Bratislave v prvom štvrťroku klesla o 3,2 percenta na 3 980 eur za meter štvorcový. Je to prvý medzištvrťročný pokles od jari 2021, vyplýva z údajov realitného portálu, ktoré má Kontext k dispozícii.",
        "Najviac zlacneli staršie byty v Petržalke a na Trnávke, kde ceny klesli aj o päť percent. Novostavby v centre naopak zdražovali ďalej.",
        "„Ľudia čakajú, čo urobia úrokové sadzby. Kto nemusí, hypotéku teraz nepodpisuje,“ hovorí realitný maklér Peter Babinec.",
        "Podľa analytika Martina Lipku z Inštitútu pre bývanie ide skôr o ochladenie než o zlom. „Ponuka stále nestačí pokryť dopyt, najmä v Bratislave. Veľký pád cien nečakám,“ hovorí.",
        "Mimo Bratislavy ceny rastú",
        "V krajských mestách ako Žilina, Trenčín či Prešov ceny naďalej rástli, v priemere o 1,8 percenta za štvrťrok.",
        "Hypotéky zostávajú pre mladé rodiny drahé. Priemerná úroková sadzba nových úverov sa stále drží okolo štyroch percent.",
    ]),
    # 02
    A("veda", "slovenski-vedci-vyvinuli-test-ktory-z-kvapky-krvi-odhali-boreliozu",
      "borelióza, kliešte, diagnostika, veda", [
        "Slovenskí vedci vyvinuli test, ktorý z kvapky krvi odhalí boreliózu za pol hodiny",
        "Michal Hudec · 15. marca 2024",
        "Tím z Ústavu molekulárnej diagnostiky v Košiciach vyvinul rýchly test na lymskú boreliózu, ktorý dokáže z kvapky krvi určiť infekciu približne za 30 minút.",
        "Dnes pacienti na výsledok laboratórneho vyšetrenia čakajú aj dva týždne. Bežné testy navyše v prvých týždňoch po prisatí kliešťa infekciu často ešte nezachytia.",
        "„Náš test nehľadá protilátky, ale priamo bielkoviny baktérie. Preto funguje aj v skorom štádiu,“ vysvetľuje vedúca tímu Zuzana Mikulová.",
        "Vedci test zatiaľ overili na vzorkách 312 pacientov z východoslovenských nemocníc. Infekciu správne určil v 94 percentách prípadov.",
        "Do ambulancií by sa mohol dostať o dva až tri roky, ak sa nájde výrobca. Tím už rokuje s firmou z Česka.",
        "Slovensko patrí ku krajinám s vysokým výskytom boreliózy. Lekári ročne hlásia okolo 1 500 prípadov.",
    ]),
    # 03
    A("slovensko", "obec-pod-tatrami-zakazala-nove-kratkodobe-prenajmy",
      "Tatry, Airbnb, bývanie, samospráva", [
        "Obec pod Tatrami zakázala nové krátkodobé prenájmy. Domáci nemajú kde bývať",
        "Lucia Šimková · 19. marca 2024",
        "Poslanci obce Javorová pod Tatrami schválili nariadenie, podľa ktorého už v obci nebude možné zriadiť nové ubytovanie v bytoch a rodinných domoch, ktoré dnes slúžia na bývanie.",
        "Obec má necelých 1 400 obyvateľov, no podľa obecného úradu v nej funguje takmer 600 ubytovacích zariadení. Mnohé z nich sú apartmány, ktoré majitelia prenajímajú cez internetové platformy.",
        "„Mladí sa nemajú kam vrátiť. Pozemky a domy kupujú investori z Bratislavy aj zo zahraničia, ceny sú ako vo Viedni,“ hovorí starosta Ján Kovalčík.",
        "Nariadenie sa nevzťahuje na existujúce penzióny a apartmány, tie môžu fungovať ďalej.",
        "Združenie ubytovateľov regiónu tvrdí, že obec prekročila svoje právomoci, a zvažuje podnet na prokuratúru.",
        "Podobné obmedzenia už platia napríklad v niektorých obciach rakúskeho Tirolska či v chorvátskom Dubrovníku.",
    ]),
    # 04 series 1
    A("slovensko", "porodnica-v-revucej-konci-mamicky-z-muranskej-doliny-to-budu-mat-hodinu",
      "pôrodnice, zdravotníctvo, Revúca, Gemer", [
        "Pôrodnica v Revúcej končí. Ženy z Muránskej doliny to budú mať do Rimavskej Soboty hodinu",
        "Veronika Hrušková · 22. marca 2024",
        "Posledné dieťa sa v revúckej nemocnici narodí najneskôr 30. júna. Od júla bude najbližšou pôrodnicou pre ženy z Revúcej a okolia Rimavská Sobota, vzdialená 40 kilometrov.",
        "Pre obce v Muránskej doline to znamená cestu dlhšiu ako hodinu. „Keď u nás v zime nasneží, nevieme, či sa dostaneme aj do Revúcej,“ hovorí Katarína z Muránskej Huty, ktorá je v siedmom mesiaci.",
        "Revúcka pôrodnica vlani odrodila 286 detí. Pracuje v nej päť gynekológov a dvanásť pôrodných asistentiek; nemocnica im ponúkla miesta na iných oddeleniach.",
        "@M",
        "@S",
        "Primár oddelenia Pavol Kmeť hovorí, že rozhodnutie rešpektuje, no nesúhlasí s ním. „Za dvadsať rokov sme tu neprišli o jedinú matku. Sú veci, ktoré štatistika nezachytí.“",
    ]),
    # 05
    A("kultura", "dokument-o-poslednych-banikoch-z-handlovej-vyhral-v-prahe",
      "film, dokument, Handlová, Febiofest", [
        "Dokument o posledných baníkoch z Handlovej vyhral hlavnú cenu v Prahe",
        "Tomáš Bielik · 26. marca 2024",
        "Dokumentárny film Posledná šichta režisérky Evy Lániovej získal hlavnú cenu v súťaži stredoeurópskych filmov na pražskom festivale Febiofest.",
        "Film sleduje tri rodiny z Handlovej počas posledného roka pred zatvorením bane, v ktorej pracovali ich otcovia aj starí otcovia.",
        "„Nechcela som nakrútiť film o uhlí. Chcela som film o tom, čo robíte, keď zmizne jediná istota, ktorú vaša rodina poznala sto rokov,“ povedala Lániová po odovzdaní ceny.",
        "Porota ocenila najmä trpezlivosť, s akou autorka svojich hrdinov sledovala. Nakrúcala vyše dvesto dní.",
        "Záber z filmu Posledná šichta. Foto: Eva Lániová",
        "Do slovenských kín film príde v septembri.",
    ]),
    # 06
    A("svet", "rakusko-sprisnilo-kontroly-na-hraniciach-so-slovenskom",
      "Rakúsko, hranice, Schengen, doprava", [
        "Rakúsko sprísnilo kontroly na hraniciach so Slovenskom, pri Bergu sa tvoria kolóny",
        "Juraj Fedor · 28. marca 2024",
        "Rakúska polícia od pondelka kontroluje všetky osobné autá, ktoré prichádzajú zo Slovenska cez priechody Jarovce – Kittsee a Petržalka – Berg. V ranných hodinách sa tam tvoria kolóny dlhé aj tri kilometre.",
        "Viedeň kontroly zdôvodňuje nárastom prevádzačstva na takzvanej balkánskej trase. Opatrenie má zatiaľ platiť šesť mesiacov.",
        "Najviac to pocítia Slováci, ktorí za prácou dochádzajú do Rakúska. Podľa odhadov ich je vyše 30-tisíc.",
        "„Ráno som stál v kolóne päťdesiat minút. Zamestnávateľovi sa to ťažko vysvetľuje,“ hovorí Marek z Petržalky, ktorý pracuje v sklade pri Parndorfe.",
        "Slovenské ministerstvo vnútra tvrdí, že o opatrení vedelo vopred. Vodičom odporúča využívať aj priechod Moravský Svätý Ján – Hohenau.",
        "Kontroly na vnútorných hraniciach schengenského priestoru sú výnimkou. Musia byť dočasné a krajina ich musí oznámiť Európskej komisii.",
    ]),
    # 07 series 2 (interview)
    A("slovensko", "gynekolog-z-malej-nemocnice-komplikacie-sa-nedaju-naplanovat",
      "pôrodnice, zdravotníctvo, Kráľovský Chlmec, rozhovor", [
        "Gynekológ z malej nemocnice: Komplikácie sa nedajú naplánovať, ani v Bratislave",
        "Veronika Hrušková · 3. apríla 2024",
        "Milan Ďurčo pracuje ako gynekológ v nemocnici v Kráľovskom Chlmci už 27 rokov. Tamojšia pôrodnica patrí medzi tie, ktorých budúcnosť ministerstvo posudzuje.",
        "Argument ministerstva je bezpečnosť. Čo na to hovoríte?",
        "Ten argument chápem. Lekár, ktorý vidí ťažkú komplikáciu raz za rok, ju rieši horšie ako ten, kto ju vidí raz za týždeň. Ale pravda je aj to, že komplikácia sa nedá naplánovať. Keď príde, príde aj v sanitke na ceste.",
        "Koľko žien k vám dnes chodí rodiť?",
        "Vlani to bolo 310 pôrodov. Mnohé ženy sú z osád, nemajú auto a do Trebišova alebo Michaloviec by sa dostali len sanitkou.",
        "@S",
        "@M",
        "Čo by podľa vás pomohlo?",
        "Ak už má pôrodnica zaniknúť, nech tu aspoň zostane ambulancia, kam budú tehotné ženy chodiť na kontroly. A nech je v okrese sanitka vyčlenená len pre rodičky.",
    ]),
    # 08
    A("sport", "slovenske-hokejistky-postupili-medzi-svetovu-elitu",
      "hokej, ženský hokej, majstrovstvá sveta", [
        "Slovenské hokejistky postúpili medzi svetovú elitu",
        "Peter Švec · 14. apríla 2024",
        "Slovenské hokejistky vyhrali majstrovstvá sveta divízie IA v maďarskom Szombathelyi a prvý raz v histórii si vybojovali postup do elitnej kategórie.",
        "V rozhodujúcom zápase zdolali domáce Maďarky 3:2 po predĺžení. Víťazný gól strelila 19-ročná útočníčka Simona Krajčovičová, ktorá hrá v kanadskej univerzitnej lige.",
        "„Neviem, čo mám povedať. Tešíme sa ako malé deti,“ povedala po zápase kapitánka Lenka Hrdličková.",
        "Tréner Ján Hudec vyzdvihol najmä obranu. Slovenky inkasovali za celý turnaj iba šesť gólov, najmenej zo všetkých tímov.",
        "Na budúcoročných majstrovstvách sveta elity sa stretnú napríklad s Kanadou, USA či Fínskom.",
        "Ženský hokej má na Slovensku necelých 800 registrovaných hráčok. Zväz sľubuje, že postup využije na nábor dievčat do klubov.",
    ]),
    # 09
    A("komentare", "rozpocet-ktory-nikomu-nepovie-pravdu",
      "rozpočet, konsolidácia, verejné financie, komentár", [
        "Rozpočet, ktorý nikomu nepovie pravdu",
        "Komentár · Andrej Šebo · 5. apríla 2024",
        "Vláda tento týždeň poslala do parlamentu návrh rozpočtu na budúci rok s deficitom 4,7 percenta HDP. Na papieri to vyzerá ako konsolidácia. V skutočnosti je to skôr odklad.",
        "Väčšina úspor nie je v tom, že štát bude míňať menej, ale v tom, že niektoré výdavky jednoducho nezapočíta. Investície do nemocníc sa presúvajú na ďalší rok, platy v školstve rastú pomalšie ako inflácia.",
        "Ministerstvo financií zároveň ráta s rastom ekonomiky o 2,9 percenta. Národná banka aj Rada pre rozpočtovú zodpovednosť čakajú menej. Ak budú mať pravdu oni, deficit bude vyšší, než vláda priznáva.",
        "Problém nie je v tom, že sa konsolidácia robí pomaly. Problém je, že sa nikto neodváži povedať, kto ju nakoniec zaplatí.",
        "Skôr či neskôr to budú tí, ktorí dnes na rozpočet hľadia najmenej: dnešní tridsiatnici, ktorí budú splácať úroky z dlhu nahromadeného za nich.",
        "Autor je ekonomický redaktor Kontextu.",
    ]),
    # 10
    A("slovensko", "rychliky-z-kosic-do-bratislavy-meskaju-v-priemere-23-minut",
      "železnice, ZSSK, doprava, meškania", [
        "Rýchliky z Košíc do Bratislavy meškajú v priemere 23 minút",
        "Juraj Fedor · 9. apríla 2024",
        "Vlaky na najvyťaženejšej trati na Slovensku meškajú čoraz viac. Podľa údajov, ktoré Kontext získal od Železníc Slovenskej republiky, prišli rýchliky z Košíc do Bratislavy v marci v priemere o 23 minút neskôr, než uvádza cestovný poriadok.",
        "Pred rokom to bolo 14 minút. Najväčšie meškania vznikajú na úseku medzi Žilinou a Púchovom, kde sa pre modernizáciu jazdí len po jednej koľaji.",
        "„Prestup v Bratislave na vlak do Viedne už ani neplánujem. Radšej idem o hodinu skôr,“ hovorí Tamara, ktorá cestuje z Popradu každý týždeň.",
        "Dopravca ZSSK tvrdí, že meškania väčšinou nespôsobuje on, ale výluky a poruchy na infraštruktúre, ktorú spravuje ŽSR.",
        "Ministerstvo dopravy sľubuje zlepšenie po skončení výluky na jeseň. Pri meškaní nad 60 minút môžu cestujúci žiadať vrátenie štvrtiny ceny lístka.",
    ]),
    # 11 series 3
    A("slovensko", "zachranari-cesta-s-rodickou-do-rimavskej-soboty-trva-v-zime-aj-70-minut",
      "pôrodnice, záchranná služba, Revúca, Gemer", [
        "Záchranári: Cesta s rodičkou do Rimavskej Soboty trvá v zime aj 70 minút",
        "Veronika Hrušková · 16. apríla 2024",
        "Posádky záchrannej služby v okrese Revúca si po ohlásenom zatvorení pôrodnice pripravujú nové trasy. Vlastným meraním zistili, že cesta z Muránskej Dlhej Lúky do Rimavskej Soboty trvá za dobrého počasia 55 minút, v zime aj vyše 70.",
        "„Pôrod v sanitke zvládneme, na to sme vyškolení. Problém je, keď príde komplikácia a vy ste v zákrutách za Muráňom,“ hovorí záchranár Roman Baláž, ktorý v regióne jazdí dvanásť rokov.",
        "@S",
        "Operačné stredisko záchrannej služby sľubuje, že do okresu pridá jednu posádku. Zatiaľ však nie je jasné, kde bude mať stanicu.",
        "@M",
        "Ministerstvo zdravotníctva na otázky Kontextu odpovedalo, že dostupnosť pôrodnej starostlivosti v regióne bude „priebežne vyhodnocovať“.",
    ]),
    # 12 series 4
    A("slovensko", "poslanci-kraja-chcu-revucku-porodnicu-zachranit-ministerstvo-trva-na-svojom",
      "pôrodnice, Banskobystrický kraj, Revúca, petícia", [
        "Poslanci kraja chcú revúcku pôrodnicu zachrániť, ministerstvo trvá na svojom",
        "Veronika Hrušková · 24. apríla 2024",
        "Zastupiteľstvo Banskobystrického samosprávneho kraja v utorok jednomyseľne schválilo výzvu ministerstvu zdravotníctva, aby rozhodnutie o zatvorení pôrodnice v Revúcej prehodnotilo.",
        "Kraj ponúka, že by časť nákladov na prevádzku oddelenia zaplatil zo svojho rozpočtu. Ide približne o 400-tisíc eur ročne.",
        "Ministerstvo však ponuku odmieta. „Nejde o peniaze, ale o bezpečnosť. Oddelenie s takým nízkym počtom pôrodov nedokáže udržať potrebné zručnosti personálu,“ napísal hovorca rezortu.",
        "Petíciu za zachovanie pôrodnice podpísalo doteraz vyše 11-tisíc ľudí. Organizátorky ju chcú na ministerstvo odovzdať v máji.",
        "@S",
    ]),
    # 13
    A("veda", "astronomovia-zo-skalnateho-plesa-objavili-novu-kometu",
      "astronómia, kométy, Skalnaté Pleso, SAV", [
        "Astronómovia zo Skalnatého Plesa objavili novú kométu",
        "Michal Hudec · 30. apríla 2024",
        "Astronómovia z observatória na Skalnatom Plese objavili novú kométu. Medzinárodná astronomická únia ju zaregistrovala pod označením C/2024 H2 (Skalnaté Pleso).",
        "Kométu si prvý všimol doktorand Adam Kučera na snímkach z ďalekohľadu, ktorý observatórium používa na sledovanie asteroidov blízko Zeme.",
        "„Najprv som si myslel, že je to chyba na čipe. Keď sa objekt na ďalších snímkach posunul a mal jemný chvost, bolo jasné, že ide o niečo iné,“ opisuje.",
        "Kométa je teraz za dráhou Jupitera. Voľným okom nebude viditeľná ani pri najväčšom priblížení k Slnku budúcu jar.",
        "Observatórium na Skalnatom Plese v noci. Foto: Kontext/Dávid Ondrej",
        "Ide o prvý objav kométy zo Skalnatého Plesa po vyše päťdesiatich rokoch. Observatórium preslávili najmä objavy Antonína Mrkosa a Ľudmily Pajdušákovej.",
    ]),
    # 14
    A("ekonomika", "vyrobca-kablov-v-liptovskom-hradku-prepusti-280-ludi",
      "prepúšťanie, automobilový priemysel, Liptov", [
        "Výrobca káblov v Liptovskom Hrádku prepustí 280 ľudí",
        "Jana Kollárová · 2. mája 2024",
        "Závod na výrobu káblových zväzkov pre automobilky v Liptovskom Hrádku do konca roka prepustí 280 zo svojich 900 zamestnancov. Firma to vo štvrtok oznámila odborárom.",
        "Vedenie prepúšťanie zdôvodňuje poklesom objednávok od nemeckých automobiliek, ktoré obmedzujú výrobu áut so spaľovacími motormi.",
        "Pre sedemtisícové mesto je to veľká rana. „Závod je najväčší zamestnávateľ v okolí. Prepúšťanie sa dotkne takmer každej rodiny,“ hovorí primátor Branislav Tokár.",
        "Úrad práce v Liptovskom Mikuláši sľubuje rekvalifikačné kurzy. Voľných pracovných miest je však v okrese podľa neho okolo 400, väčšinou v cestovnom ruchu a stavebníctve.",
        "Odbory chcú vyjednať vyššie odstupné. Kolektívna zmluva dnes garantuje dva platy nad rámec zákona.",
    ]),
    # 15
    A("kultura", "v-presove-uviedli-prvu-inscenaciu-v-romcine",
      "divadlo, rómčina, Prešov, premiéra", [
        "V Prešove uviedli prvú profesionálnu inscenáciu v rómčine",
        "Tomáš Bielik · 6. mája 2024",
        "Na Malej scéne v Prešove mala v sobotu premiéru inscenácia Čhavore (Deti), prvá profesionálna hra na Slovensku odohraná celá v rómčine. Divákom pomáhajú slovenské titulky.",
        "Príbeh troch súrodencov, ktorí odchádzajú za prácou do Anglicka, napísala 29-ročná dramatička Marianna Pokutová z Kežmarku.",
        "„Doma sme vždy hovorili po rómsky, ale v divadle som ten jazyk nikdy nepočula. Chcela som, aby ho moja mama počula na javisku,“ hovorí autorka.",
        "Hrá v nej sedem hercov, z toho päť bez profesionálneho vzdelania. Skúšali takmer pol roka.",
        "Premiéra bola vypredaná. Reprízy sú naplánované v júni, inscenácia by mala hosťovať aj v Bratislave a v Brne.",
    ]),
    # 16
    A("svet", "madarsko-zdrazilo-palivo-slovaci-z-juhu-prestali-tankovat-za-hranicami",
      "Maďarsko, pohonné látky, dane, Komárno", [
        "Maďarsko zdražilo palivo, Slováci z juhu prestali tankovať za hranicami",
        "Juraj Fedor · 8. mája 2024",
        "Čerpacie stanice na juhu Slovenska hlásia návrat zákazníkov. Maďarsko od začiatku mája zvýšilo spotrebnú daň na benzín aj naftu, takže liter tam stojí viac ako na Slovensku.",
        "Ešte pred rokom sa vodičom z Komárna, Štúrova či Lučenca oplatilo tankovať za hranicami. Rozdiel robil aj desať centov na liter.",
        "„V sobotu tu bol rad ako pred Vianocami. Vidno, že ľudia sledujú každý cent,“ hovorí Zoltán, ktorý vedie pumpu v Komárne.",
        "Maďarská vláda zvýšenie dane zdôvodňuje potrebou znížiť deficit. Podľa analytikov môže benzín v krajine do leta ešte zdražieť.",
        "Na Slovensku sa priemerná cena benzínu Natural 95 tento týždeň pohybovala okolo 1,68 eura za liter.",
    ]),
    # 17
    A("slovensko", "bratislava-spusta-zber-kuchynskeho-odpadu-aj-na-sidliskach",
      "Bratislava, odpad, triedenie, sídliská", [
        "Bratislava spúšťa zber kuchynského odpadu aj na sídliskách",
        "Lucia Šimková · 10. mája 2024",
        "Od júna pribudnú pri bytových domoch v Petržalke, Ružinove a Dúbravke hnedé nádoby na kuchynský odpad. Doteraz ho triedili najmä obyvatelia rodinných domov.",
        "Každá domácnosť dostane zadarmo vetraný košík a sadu kompostovateľných vreciek. Rozdávať ich budú pracovníci mestskej spoločnosti priamo pri domoch.",
        "Do hnedých nádob patria zvyšky jedla, šupy, kávová usadenina či čajové vrecúška. Nepatria tam obaly, tekutiny ani kosti.",
        "Kuchynský odpad tvorí podľa mesta až tretinu obsahu bežného koša. Ak skončí v spaľovni, znižuje jej účinnosť, pretože obsahuje veľa vody.",
        "Nádoby sa budú vyvážať raz týždenne, v lete dvakrát. Mesto to bude stáť približne 2,5 milióna eur ročne; poplatok za odpad sa podľa magistrátu tento rok nezvýši.",
    ]),
    # 18 series 5 (late)
    A("slovensko", "ministerstvo-rozhodlo-o-dalsich-dvoch-porodniciach",
      "pôrodnice, zdravotníctvo, Kráľovský Chlmec, Stará Ľubovňa", [
        "Ministerstvo rozhodlo o ďalších dvoch pôrodniciach. Kráľovský Chlmec sa zatvára, Stará Ľubovňa ostáva",
        "Veronika Hrušková · 14. mája 2024",
        "Ministerstvo zdravotníctva zverejnilo výsledky hodnotenia ďalších pôrodníc. Oddelenie v Kráľovskom Chlmci zanikne na konci roka, pôrodnica v Starej Ľubovni zostáva v prevádzke.",
        "Stará Ľubovňa podľa ministerstva splnila výnimku pre regióny so sťaženou dostupnosťou, keďže najbližšia ďalšia pôrodnica je odtiaľ viac ako 45 minút jazdy.",
        "Pre Kráľovský Chlmec to neplatí: do Trebišova je to podľa ministerstva 35 minút. Miestni upozorňujú, že na to treba mať auto.",
        "@S",
        "Gynekológ Milan Ďurčo, s ktorým sme o budúcnosti chlmeckej pôrodnice hovorili v apríli, rozhodnutie komentovať nechcel. Povedal len, že do konca roka budú rodiť, „ako keby sa nič nestalo“.",
    ]),
]

SERIES_PAGES = [4, 7, 11, 12, 18]

MENU = ("Slovensko | Svet | Ekonomika | Komentáre | Kultúra | Šport | Veda | "
        "Podcasty | Newslettery")
TOPBAR = "Predplatné od 1 € | Prihlásiť sa"
COOKIE_A = [
    "Na zlepšenie vašej skúsenosti, meranie návštevnosti a zobrazovanie "
    "relevantnej reklamy používame súbory cookie. Súhlas môžete kedykoľvek "
    "odvolať v nastaveniach súkromia.",
    "Súhlasím | Nesúhlasím | Nastavenia",
]
COOKIE_B = [
    "Vážime si vaše súkromie. Kontext a jeho partneri ukladajú a čítajú "
    "informácie vo vašom zariadení, aby mohli merať, čo čítate, a zlepšovať "
    "obsah aj reklamu.",
    "Prijať všetko | Odmietnuť | Prispôsobiť",
]
SHARE = "Zdieľať · Kopírovať odkaz · Darovať článok"
PAYWALL_A = ("Tento článok vám sprístupnili naši predplatitelia. Pridajte sa k "
             "nim a čítajte Kontext bez obmedzení.")
PAYWALL_B = ("Článok je súčasťou predplatného Kontext+. Máte ho odomknutý, "
             "pretože vám ho daroval jeden z predplatiteľov.")
PAYWALL_BTN = "Chcem predplatné | Už mám predplatné"
NEWS_A = [
    "Ranný Kontext: každé ráno o 6.30 to najdôležitejšie, čo potrebujete "
    "vedieť, skôr ako vyjdete z domu.",
    "Váš e-mail | Odoberať",
]
NEWS_B = [
    "Prihláste sa na odber Ranného Kontextu – stručný prehľad dňa zadarmo do "
    "vašej schránky.",
    "Váš e-mail | Chcem ho dostávať",
]
NEWS_MORE = ("Máme aj newsletter o zdraví, o klíme a o tom, čo sa deje v "
             "regiónoch. Vyberte si ich v nastaveniach účtu.")
APPEAL = [
    "Kontext nepatrí oligarchom ani politikom. Patrí čitateľom.",
    "Nemáme bohatého majiteľa ani štátne zákazky. Redakciu platia predplatitelia "
    "a darcovia, ktorým záleží na tom, aby sa veci volali pravým menom.",
]
APPEAL_BTN = "5 € | 10 € | 20 € | Iná suma"
APPEAL_CTA = "Podporiť Kontext"
CAMPAIGN = [1, 5, 9, 13, 17]
SOCIAL = "Sledujte Kontext na Facebooku, Instagrame a v kanáli na WhatsAppe."
COMMENTS_RULES = ("Diskutovať môžu predplatitelia s overeným menom. Prečítajte si "
                  "pravidlá diskusie.")
COMMENTS_OPINION = "Diskusia pod komentármi je otvorená 48 hodín."
MOSTREAD_HEAD = "Najčítanejšie"
MOSTREAD = [
    "Polícia obvinila bývalého šéfa pozemkového fondu, ide o pozemky za 12 miliónov",
    ARTS[9]["lines"][0],
    "Počasie: Cez víkend príde ochladenie, na horách môže snežiť",
    ARTS[0]["lines"][0],
    "Učitelia hrozia štrajkom, odbory dali ministerstvu čas do septembra",
    ARTS[5]["lines"][0],
    "Krížovka Kontextu: víkendové vydanie",
]
APP = ("Aplikácia Kontext: notifikácie, čítanie offline a audioverzie článkov. "
       "Stiahnite si ju z App Store alebo Google Play.")
PODCAST = ("Podcast Kontext dňa: jedna téma, jeden hosť, dvadsať minút. Každý "
           "pracovný deň o 7.00 na Spotify a Apple Podcasts.")
FOOTER = ("O nás | Redakcia | Etický kódex | Kontakt | Inzercia | Ochrana "
          "súkromia | Nastavenia cookies")
LEGAL = ("© 2024 Kontext Media, s. r. o. Všetky práva vyhradené. Kopírovanie a "
         "šírenie obsahu bez písomného súhlasu redakcie je zakázané.")
AD = "Reklama"


def read_also(n):
    if n in SERIES_PAGES:
        i = SERIES_PAGES.index(n)
        m = SERIES_PAGES[i - 1] if i > 0 else SERIES_PAGES[-1]
    else:
        m = (n * 7 + 4) % 18 + 1
        if m == n or m in SERIES_PAGES[1:]:
            m = (m + 2) % 18 + 1
    return ARTS[m - 1]["lines"][0]


def build(n):
    a = ARTS[n - 1]
    block = SERIES_LATE if n == SERIES_PAGES[-1] else SERIES
    lines = expand_series(a["lines"], block)
    headline, byline, body = lines[0], lines[1], lines[2:]
    first, second = split_mid(body)
    p = Page()

    cookie = COOKIE_B if n % 5 in (1, 3) else COOKIE_A
    cookie_top = n % 4 != 0
    if cookie_top:
        for t in cookie:
            p.bp("cookie", t)
    if n not in (6, 14):
        p.bp("paywall", TOPBAR)
    p.bp("navigation", MENU)
    p.bp("navigation", f"Kontext › {SECTIONS[a['section']]}")
    p.art(headline)
    p.art(byline)
    p.bp("ui", f"Čítanie na {reading_minutes(body) + 1} minúty"
         if reading_minutes(body) + 1 < 5 else
         f"Čítanie na {reading_minutes(body) + 1} minút")
    if n % 3 != 2:
        p.bp("audio", f"Vypočujte si článok · {reading_minutes(body) + 1 + n % 2}:{(n * 23) % 60:02d}")
    p.bp("share", SHARE)
    paywalled = n in (2, 4, 8, 11, 15, 16)
    for i, t in enumerate(first):
        p.art(t)
        if i == 0 and paywalled and len(first) > 1:
            p.bp("paywall", PAYWALL_A if n % 2 == 0 else PAYWALL_B)
            p.bp("paywall", PAYWALL_BTN)
    if n % 5 != 4:
        for t in (NEWS_A if n % 2 else NEWS_B):
            p.bp("newsletter", t)
    p.bp("related", f"Prečítajte si aj: {read_also(n)}")
    for i, t in enumerate(second):
        p.art(t)
        if i == 0 and n in (3, 10, 14, 17) and len(second) > 1:
            p.bp("ad", AD)

    def tags():
        p.bp("navigation", f"Témy: {a['tags']}")

    def appeal():
        if n in (3, 15):
            return
        for t in APPEAL:
            p.bp("appeal", t)
        count = 2260 + 29 * n + (n % 5) * 6
        p.bp("appeal", f"Tento mesiac nás podporilo {thousands(count, ' ')} ľudí. "
                       f"Do cieľa 3 000 chýba {3000 - count}.")
        if n in CAMPAIGN:
            p.bp("appeal", "Do konca mája každý nový dar zdvojnásobí Nadácia "
                           f"Slobodné slovo. Ostáva {22 - n} dní.")
        p.bp("appeal", APPEAL_BTN)
        p.bp("appeal", APPEAL_CTA)

    def social():
        p.bp("social", SOCIAL)

    def comments():
        p.bp("comments", f"Diskusia ({(n * 13) % 57 + 2})")
        if a["section"] == "komentare":
            p.bp("comments", COMMENTS_OPINION)
        elif n % 3 != 0:
            p.bp("comments", COMMENTS_RULES)

    def mostread():
        p.bp("related", MOSTREAD_HEAD)
        shown = [h for h in MOSTREAD if h != headline]
        for k in range(4):
            p.bp("related", shown[(n * 3 + k) % len(shown)])

    def newsletter2():
        if n % 4 == 1:
            p.bp("newsletter", NEWS_MORE)

    def apps():
        if n % 3 != 1:
            p.bp("app", APP)
        if n % 4 == 2:
            p.bp("audio", PODCAST)

    if n % 2 == 0:
        order = [tags, appeal, social, comments, mostread, newsletter2, apps]
    elif n % 3 == 0:
        order = [appeal, tags, comments, social, apps, mostread, newsletter2]
    else:
        order = [tags, social, appeal, newsletter2, mostread, comments, apps]
    for f in order:
        f()
    p.bp("navigation", FOOTER)
    p.bp("legal", LEGAL)
    if not cookie_top:
        for t in cookie:
            p.bp("cookie", t)
    return f"{a['section']}/{a['slug']}", p
