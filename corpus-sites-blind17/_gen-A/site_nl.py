"""De Rivierenbode - made-up regional news site for Rivierenland (NL)."""
from common import Page, expand_series, split_mid, thousands, reading_minutes

SITE = "nl"
LANG = "nl"
HOST = "www.rivierenbode.nl"

SECTIONS = {
    "tiel": "Tiel", "culemborg": "Culemborg", "west-betuwe": "West Betuwe",
    "zaltbommel": "Zaltbommel", "sport": "Sport", "112": "112",
    "economie": "Economie",
}

# Running series "Dijk in de steigers": two background paragraphs + fact line.
SERIES = [
    "Het waterschap versterkt sinds vorig jaar ruim negen kilometer Waaldijk "
    "tussen Haaften en Zaltbommel. Uit metingen bleek dat de dijk bij extreem "
    "hoogwater op verschillende plekken te veel water doorlaat en kan gaan "
    "schuiven.",
    "Het project kost ongeveer 180 miljoen euro en wordt grotendeels betaald "
    "uit het landelijke Hoogwaterbeschermingsprogramma. Langs het traject "
    "staan zo’n 160 woningen; waar de dijk niet breder kan, komen stalen "
    "damwanden in de grond.",
    "Vragen over de werkzaamheden? Het omgevingsteam van het waterschap is op "
    "werkdagen bereikbaar via 0344 - 64 90 12. Alle delen van onze serie Dijk "
    "in de steigers staan op rivierenbode.nl/dijk.",
]
# near-identical variant used on the last series page
SERIES_LATE = [SERIES[0].replace("sinds vorig jaar", "sinds 2023"),
               SERIES[1], SERIES[2]]


def A(section, slug, tags, lines):
    return {"section": section, "slug": slug, "tags": tags, "lines": lines}


ARTS = [
    # 01
    A("culemborg", "raad-culemborg-stemt-in-met-drie-windmolens-langs-de-a2",
      "Culemborg · windenergie · gemeenteraad", [
        "Raad Culemborg stemt in met drie windmolens langs de A2, buurt mag voor de helft eigenaar worden",
        "Door Sanne Verhoef · 12 maart, 23:41",
        "De gemeenteraad van Culemborg heeft dinsdagavond na een debat van ruim vier uur ingestemd met de bouw van drie windturbines langs de A2, ter hoogte van bedrijventerrein Pavijen-West.",
        "Het voorstel haalde een krappe meerderheid: vijftien raadsleden stemden voor, twaalf tegen. Vooral de fracties uit het buitengebied hadden moeite met de hoogte van de molens, die met wiek en al 230 meter worden.",
        "Omwonenden uit Goilberdingen en Parijsch hadden vorige maand ruim zeshonderd handtekeningen ingeleverd. Zij vrezen slagschaduw en geluid, vooral ’s nachts.",
        "Vijftig procent lokaal",
        "Nieuw is dat de energiecoöperatie Culemborg Duurzaam de helft van het park mag overnemen. Inwoners kunnen vanaf 50 euro certificaten kopen en delen dan mee in de opbrengst.",
        "‘Als de molens er toch komen, dan liever van ons dan van een bedrijf uit Rotterdam,’ zei CDA-raadslid Hans de Bruijn, die uiteindelijk voor stemde.",
        "Actiegroep Wind Tegen laat weten bezwaar te maken zodra de vergunning ter inzage ligt. Als het meezit, draait de eerste turbine op zijn vroegst in 2027.",
    ]),
    # 02 series 1
    A("west-betuwe", "bewoners-haaften-slapen-slecht-door-nachtelijk-trilwerk-aan-de-waaldijk",
      "Haaften · dijkversterking · Waterschap Rivierenland", [
        "Bewoners Haaften slapen slecht door nachtelijk trilwerk aan de Waaldijk",
        "Door Jeroen Mulder · 14 maart, 06:00",
        "Vijf nachten achter elkaar lag Ria van Asperen (67) wakker van een zoemend geluid dat door haar slaapkamer trok. ‘Het voelt alsof er een vrachtwagen in de kelder stationair staat te draaien,’ zegt ze.",
        "De aannemer trilt sinds half februari damwanden de grond in langs de Waalbandijk. Om het verkeer op de dijk en de scheepvaart zo min mogelijk te hinderen, gebeurt dat deels ’s nachts.",
        "Volgens het waterschap blijven de trillingen binnen de norm. Bij zes woningen hangen meetkastjes die alarm slaan als de grens in zicht komt. ‘Die zijn nog geen enkele keer afgegaan,’ zegt omgevingsmanager Peter Hol.",
        "@M",
        "Een deel van de buren heeft inmiddels een hotelovernachting aangeboden gekregen. Van Asperen bedankte: ‘Ik ga niet met mijn koffer de dijk af omdat zij hier willen werken.’",
        "@S",
        "Bewoners willen dat het werk na tien uur ’s avonds stopt. Het waterschap onderzoekt of dat kan, maar waarschuwt dat de klus dan zeker vier weken langer duurt.",
        "‘Liever vier weken langer dan nog twee maanden geen nachtrust,’ reageert Van Asperen.",
    ]),
    # 03
    A("economie", "nachtvorst-kost-betuwse-perentelers-tot-een-derde-van-hun-oogst",
      "fruitteelt · Kapel-Avezaath · nachtvorst", [
        "Nachtvorst kost Betuwse perentelers tot een derde van hun oogst",
        "Door Marieke van Dalen · 2 mei, 17:15",
        "Perentelers in de Betuwe rekenen dit jaar op flink minder Conference-peren. Twee koude nachten eind april, net toen de bomen in volle bloei stonden, hebben volgens de Fruitteeltvereniging Rivierenland tot een derde van de vruchtzetting gekost.",
        "Fruitteler Gert-Jan Kuijpers uit Kapel-Avezaath zag het aankomen. ‘We hebben twee nachten doorgesproeid, van twee tot zeven uur. Op de percelen zonder beregening hangt bijna niks.’",
        "Beregenen helpt omdat water bij het bevriezen warmte afgeeft. Rond de bloesem ontstaat een ijslaagje dat de knop net boven het vriespunt houdt. Maar lang niet elke teler heeft een bron of een sloot met genoeg water.",
        "Gert-Jan Kuijpers tussen zijn perenbomen aan de Hoge Hoef. Foto Wim Gerritsen",
        "Peren waarschijnlijk duurder",
        "Voor consumenten betekent de tegenvallende oogst dat peren in het najaar waarschijnlijk duurder worden. Handelaren op de veiling in Geldermalsen rekenen op tien tot twintig procent meer per kilo.",
        "Appelrassen als Elstar en Jonagold hebben minder last gehad. Die bloeiden een week later, toen de vorst alweer voorbij was.",
    ]),
    # 04
    A("112", "stal-met-tachtig-kalveren-in-brand-bij-geldermalsen-dieren-gered",
      "Geldermalsen · brand · brandweer", [
        "Stal met tachtig kalveren in brand bij Geldermalsen, alle dieren op tijd gered",
        "Van onze verslaggever · 17 maart, 08:12",
        "GELDERMALSEN – Een felle brand heeft in de nacht van zaterdag op zondag een stal aan de Rijksstraatweg buiten Geldermalsen verwoest. De tachtig kalveren die erin stonden, konden op tijd naar buiten worden gedreven.",
        "Het vuur werd rond half drie ontdekt door de zoon van de boer, die wakker werd van onrustig geloei. Samen met buren dreef hij de dieren naar een weiland aan de overkant.",
        "De brandweer schaalde op naar zeer grote brand en kwam met zes wagens uit onder meer Beesd, Tiel en Culemborg. Een hoogwerker was nodig om het dak van bovenaf te blussen.",
        "Omwonenden kregen via NL-Alert het advies ramen en deuren te sluiten vanwege de rook, die tot in Meteren te ruiken was.",
        "Over de oorzaak is nog niets bekend. De brandweer sluit kortsluiting in de hooizolder niet uit.",
        "‘De stal is weg, maar de dieren leven. Dat is het enige wat nu telt,’ zei de eigenaar zondagochtend tegen onze verslaggever.",
    ]),
    # 05
    A("sport", "sc-waalkant-laat-derby-glippen-lingeboys-pakken-punt-in-94e-minuut",
      "SC Waalkant · Lingeboys · amateurvoetbal · derde klasse", [
        "SC Waalkant laat derby glippen: Lingeboys pakken punt in 94e minuut",
        "Door Rob Verwoerd · 9 maart, 17:02",
        "Het leek een middag om in te lijsten voor SC Waalkant. Voor ruim achthonderd toeschouwers op sportpark De Plantage stond de ploeg van trainer Erik Schouten tot diep in blessuretijd met 2-1 voor. Toen kopte Lingeboys-verdediger Daan Rijnders een hoekschop binnen.",
        "Waalkant begon sterk. Na een kwartier schoot spits Youssef El Amrani de 1-0 binnen na een lange bal van aanvoerder Niels van Zuijlen.",
        "Lingeboys kwam vlak voor rust langszij via een strafschop, die scheidsrechter Van den Heuvel gaf na een duwtje in het zestienmetergebied. Over die beslissing werd in de kantine na afloop nog lang gepraat.",
        "In de tweede helft zette El Amrani de thuisploeg opnieuw op voorsprong, 2-1, met een schot in de verre hoek.",
        "‘We moeten dit gewoon dichttimmeren,’ zei Schouten na afloop. ‘Eén hoekschop, één moment van slaap. Zo jammer.’",
        "Door het gelijkspel blijft Waalkant derde in de derde klasse, vier punten achter koploper Rhenen. Lingeboys staat zevende.",
    ]),
    # 06 series 2
    A("zaltbommel", "waterschap-kapt-140-populieren-langs-de-waaldijk-natuurclubs-willen-meer-compensatie",
      "Zaltbommel · dijkversterking · bomenkap", [
        "Waterschap kapt 140 populieren langs de Waaldijk, natuurclubs willen meer compensatie",
        "Door Jeroen Mulder · 21 maart, 12:30",
        "Langs de Waaldijk tussen Zaltbommel en Zuilichem zijn deze week de kettingzagen gestart. Het waterschap kapt er 140 populieren, de meeste zo’n zestig jaar oud, omdat hun wortels de dijk verzwakken.",
        "Voor elke gekapte boom komen er twee terug, belooft het waterschap, maar wel verderop in de uiterwaarden en niet op de dijk zelf.",
        "@S",
        "Stichting Groene Bommelerwaard vindt dat te weinig. ‘Een jonge els is niet te vergelijken met een populier waarin steenuilen broeden,’ zegt voorzitter Ankie de Graaf. De stichting wil dat er ook nestkasten en poelen bij komen.",
        "@M",
        "Het waterschap zegt in gesprek te blijven. ‘We snappen dat het pijn doet om deze bomen te zien vallen,’ zegt woordvoerder Linda van Hemert. ‘Maar de veiligheid van de mensen achter de dijk gaat voor.’",
        "Een deel van het hout gaat naar een zagerij in Kerkdriel en komt terug als bankjes op de nieuwe dijk.",
    ]),
    # 07
    A("tiel", "tiel-haalt-parkeerautomaten-weg-betalen-kan-straks-alleen-met-app-of-kenteken",
      "Tiel · parkeren · binnenstad", [
        "Tiel haalt parkeerautomaten weg: betalen kan straks alleen nog met app of kenteken",
        "Door Sanne Verhoef · 26 maart, 15:48",
        "Wie vanaf 1 juni in de Tielse binnenstad parkeert, kan niet meer met munten of pinpas bij een automaat betalen. De gemeente haalt alle negentien parkeerautomaten weg.",
        "Betalen gaat voortaan via een parkeerapp of bij een van de vier nieuwe zuilen op het Plein en bij de Waalkade, waar je alleen je kenteken intoetst en met je telefoon of pinpas afrekent.",
        "Volgens wethouder Mirjam Bos kosten de oude automaten te veel: ‘Ze worden opengebroken, raken defect en het geld moet worden opgehaald. Dat is ruim een ton per jaar.’",
        "Seniorenvereniging KBO Tiel is niet blij. ‘Niet iedereen heeft een smartphone, en bij die zuilen moet je toch maar net weten hoe het werkt,’ zegt bestuurslid Jan van Kessel.",
        "De gemeente organiseert in mei drie inloopochtenden in de bibliotheek, waar vrijwilligers uitleggen hoe parkeren met een app werkt. Bewoners met een vergunning merken niets van de verandering.",
    ]),
    # 08
    A("zaltbommel", "bibliotheek-zaltbommel-op-zaterdag-dicht-door-gebrek-aan-vrijwilligers",
      "Zaltbommel · bibliotheek · vrijwilligers", [
        "Bibliotheek Zaltbommel op zaterdag dicht door gebrek aan vrijwilligers",
        "Door Femke Hoogendoorn · 4 april, 10:05",
        "De bibliotheek aan de Oliestraat in Zaltbommel is vanaf deze maand op zaterdag gesloten. Er zijn niet genoeg vrijwilligers meer om de balie te bemensen.",
        "Vorig jaar stonden er nog 34 vrijwilligers op de rooster, nu zijn het er twintig. ‘Veel van onze vaste krachten zijn boven de tachtig en stoppen. Jongere aanvulling is er nauwelijks,’ zegt vestigingsmanager Annelies Tromp.",
        "Juist op zaterdag kwamen veel gezinnen met kinderen. ‘Die moeten nu naar Kerkdriel of Brakel, of doordeweeks komen.’",
        "Kinderen van basisschool De Kameleon tijdens een voorleesochtend in de bibliotheek. Foto Femke Hoogendoorn",
        "De bibliotheek zoekt mensen die een of twee dagdelen per maand willen helpen met uitlenen, koffie zetten en het voorleesuurtje. Wie belangstelling heeft, kan zich melden bij de balie.",
        "Als er voor de zomer genoeg aanmeldingen zijn, gaat de zaterdag na de vakantie weer open.",
    ]),
    # 09 series 3
    A("west-betuwe", "dijkweg-bij-haaften-maand-langer-dicht-horeca-vreest-voor-de-zomer",
      "Haaften · dijkversterking · horeca · wegafsluiting", [
        "Dijkweg bij Haaften maand langer dicht, horeca aan de Waal vreest voor de zomer",
        "Door Jeroen Mulder · 11 april, 19:20",
        "De Waalbandijk tussen Haaften en Hellouw blijft tot half juli afgesloten voor alle verkeer, een maand langer dan gepland. Dat heeft het waterschap de ondernemers langs de dijk deze week laten weten.",
        "De vertraging komt door een gasleiding die op een andere plek bleek te liggen dan op de tekeningen stond. Die moet eerst worden verlegd.",
        "Voor restaurant Het Veerhuis komt het bericht hard aan. ‘Juni is onze beste maand. Fietsers en motorrijders komen hier over de dijk, en die kunnen er nu niet langs,’ zegt eigenaar Marco Terlouw.",
        "@M",
        "De omleiding loopt via de Grote Hoefweg door Haaften. Fietsers mogen in het weekend over een tijdelijk pad aan de rivierkant.",
        "@S",
        "Ondernemers kunnen bij het waterschap een tegemoetkoming aanvragen voor aantoonbare omzetschade. Terlouw heeft dat gedaan, maar ‘hoeveel en wanneer, dat weet niemand’.",
    ]),
    # 10
    A("culemborg", "bakkerij-van-wijk-viert-honderd-jaar-in-de-zandstraat",
      "Culemborg · ondernemen · jubileum", [
        "Bakkerij Van Wijk viert honderd jaar in de Zandstraat: ‘Het deeg gaat nog steeds om vier uur de oven in’",
        "Door Femke Hoogendoorn · 18 april, 09:00",
        "Toen overgrootvader Hendrik van Wijk in 1924 zijn bakkerij opende, bakte hij met een houtgestookte oven en bracht hij het brood met een bakfiets rond. Honderd jaar later staat zijn achterkleinzoon Thijs achter dezelfde toonbank.",
        "‘De oven is inmiddels elektrisch en de bakfiets is een bestelbus, maar verder is er niet veel veranderd,’ zegt Thijs van Wijk (38). ‘Om vier uur gaat het eerste deeg erin, om zeven uur gaat de deur open.’",
        "Het bekendst is de bakkerij om de Culemborgse kniepertjes, dunne wafeltjes die rond de jaarwisseling in grote blikken over de toonbank gaan. Het recept staat in een schriftje van overgrootmoeder Grada.",
        "Thijs van Wijk met het receptenschrift van zijn overgrootmoeder. Foto Wim Gerritsen",
        "Het jubileum wordt zaterdag gevierd met een taartenkraam in de Zandstraat. Wie een oude foto van de winkel meebrengt, krijgt een gratis krentenbol.",
        "Of er een vijfde generatie komt, weet Van Wijk nog niet. ‘Mijn dochter is zes. Ze wil nu nog astronaut worden.’",
    ]),
    # 11
    A("tiel", "tielenaar-krijgt-achttien-maanden-cel-voor-bankhelpdeskfraude-bij-ouderen",
      "Tiel · rechtbank · oplichting", [
        "Tielenaar krijgt achttien maanden cel voor bankhelpdeskfraude bij ouderen",
        "Door Bas Ruijgrok · 23 april, 16:35",
        "De rechtbank Gelderland heeft een 34-jarige man uit Tiel veroordeeld tot achttien maanden cel, waarvan zes voorwaardelijk. Hij belde tussen 2021 en 2023 tientallen ouderen op terwijl hij zich voordeed als medewerker van hun bank.",
        "De man overtuigde zijn slachtoffers ervan dat hun rekening was gehackt. Vervolgens liet hij hen hun pinpas in een envelop stoppen, die even later door een handlanger werd opgehaald.",
        "Volgens het Openbaar Ministerie maakte hij in totaal ruim 180.000 euro buit. Het jongste slachtoffer was 71, het oudste 94.",
        "Eén slachtoffer, een weduwe uit Wadenoijen, vertelde tijdens de zitting dat ze sindsdien de telefoon niet meer durft op te nemen. ‘Hij klonk zo vriendelijk. Net als mijn kleinzoon.’",
        "De rechter noemde de feiten ‘verwerpelijk’ en rekende het de man zwaar aan dat hij bewust kwetsbare mensen uitzocht. Hij moet het geld aan de slachtoffers terugbetalen.",
        "De handlanger, een 22-jarige man uit Utrecht, krijgt later dit jaar een aparte zitting.",
    ]),
    # 12
    A("west-betuwe", "buslijn-tussen-beesd-en-leerdam-verdwijnt-dorpen-starten-buurtbus",
      "Beesd · openbaar vervoer · buurtbus", [
        "Buslijn tussen Beesd en Leerdam verdwijnt, dorpen beginnen eigen buurtbus",
        "Door Sanne Verhoef · 29 april, 11:10",
        "Vanaf de nieuwe dienstregeling in december rijdt er geen lijnbus meer tussen Beesd, Rumpt en Leerdam. De provincie vindt de lijn met gemiddeld zes reizigers per rit te duur.",
        "Voor scholieren en ouderen in de dorpen is dat een flinke streep door de rekening. ‘Mijn dochter fietst nu al elke dag negen kilometer naar school, maar in de winter nam ze de bus,’ zegt Inge Blom uit Rumpt.",
        "Dorpsraad Rumpt wil daarom een buurtbus starten, met vrijwillige chauffeurs en een busje voor acht passagiers. De provincie betaalt het voertuig, het dorp moet zelf de chauffeurs regelen.",
        "‘We hebben er minstens vijftien nodig, en ze moeten een medische keuring halen,’ zegt voorzitter Wim Arends. ‘Zes mensen hebben zich al gemeld.’",
        "De buurtbus rijdt dan op werkdagen ieder uur tussen zeven uur ’s ochtends en zes uur ’s avonds. Een rit kost hetzelfde als in de gewone bus.",
        "Een informatieavond voor belangstellende chauffeurs is op 14 mei in dorpshuis De Kruiskamp.",
    ]),
    # 13 series 4
    A("zaltbommel", "archeologen-vinden-resten-van-middeleeuwse-boerderij-onder-de-waaldijk",
      "Zuilichem · archeologie · dijkversterking", [
        "Archeologen vinden resten van middeleeuwse boerderij onder de Waaldijk",
        "Door Femke Hoogendoorn · 7 mei, 14:00",
        "Bij graafwerk voor de dijkversterking bij Zuilichem zijn archeologen op de resten van een boerderij uit de dertiende eeuw gestuit. Het gaat om paalsporen, een waterput en honderden scherven aardewerk.",
        "‘Het bijzondere is dat de boerderij vóór de dijk al bestond,’ zegt archeoloog Karin Ploeg. ‘Toen de dijk werd aangelegd, hebben ze hem er gewoon overheen gebouwd.’",
        "In de waterput vonden de onderzoekers een bijna complete kan van Siegburgs steengoed en een leren schoen. Die gaan naar het provinciaal depot in Nijmegen.",
        "Archeoloog Karin Ploeg met een scherf uit de middeleeuwse waterput. Foto Wim Gerritsen",
        "@S",
        "Het werk aan de dijk ligt op dit stuk twee weken stil, zodat alles kan worden opgegraven en vastgelegd. Op zaterdag 18 mei mogen belangstellenden van tien tot drie uur een kijkje nemen.",
    ]),
    # 14
    A("sport", "korfballers-kv-de-linge-promoveren-na-zinderende-thuiswedstrijd",
      "KV De Linge · korfbal · promotie", [
        "Korfballers van KV De Linge promoveren na zinderende thuiswedstrijd",
        "Door Rob Verwoerd · 13 april, 22:15",
        "Met een doelpunt van Lotte Versteeg twintig seconden voor tijd heeft KV De Linge uit Geldermalsen zaterdagavond promotie naar de overgangsklasse veiliggesteld. In een afgeladen sporthal De Kolk werd concurrent Fortuna uit Delft met 19-18 verslagen.",
        "De Linge stond het grootste deel van de wedstrijd achter, bij rust zelfs met vier doelpunten verschil. Trainer Johan de Ruiter wisselde na de pauze twee keer en zag zijn ploeg langzaam terugkomen.",
        "‘Ik heb in de rust niet geschreeuwd,’ zei De Ruiter. ‘Ik heb gezegd: jullie zijn beter dan dit. En dat waren ze.’",
        "Het is voor het eerst in de 62-jarige clubgeschiedenis dat De Linge in de overgangsklasse speelt. Daar wacht volgend seizoen onder meer een derby tegen TOP uit Sassenheim, niet bepaald om de hoek.",
        "Na afloop werd in de kantine tot diep in de nacht doorgefeest. Aanvoerder Versteeg: ‘Ik weet niet eens meer hoe dat laatste schot ging. Ik zag hem alleen in de korf vallen.’",
    ]),
    # 15
    A("tiel", "leerlingen-waalcollege-winnen-landelijke-debatwedstrijd",
      "Tiel · onderwijs · Waalcollege", [
        "Leerlingen van het Waalcollege winnen landelijke debatwedstrijd",
        "Door Bas Ruijgrok · 20 april, 13:25",
        "Drie vwo-leerlingen van het Waalcollege in Tiel hebben in Den Haag de finale van het Nederlands Scholieren Debattoernooi gewonnen. Het is de eerste keer dat een school uit Rivierenland de titel pakt.",
        "Het team – Amira Yilmaz, Lucas van Rossum en Noor de Wit, alle drie zeventien – moest in de finale de stelling verdedigen dat de stemgerechtigde leeftijd naar zestien moet.",
        "‘We kregen de kant toegewezen waar we het zelf níet mee eens waren,’ vertelt Noor. ‘Dat maakte het juist leuk. Je moet dan veel beter luisteren naar de tegenpartij.’",
        "De jury prees vooral de weerlegging van Amira, die volgens voorzitter Fenna Brouwer ‘scherp was zonder ooit onaardig te worden’.",
        "Docent maatschappijleer Koen Smit begeleidt het debatteam al acht jaar. ‘We oefenen elke dinsdag na het achtste uur. Dat er nu een beker staat, is echt de verdienste van deze drie.’",
        "In juni mag het team Nederland vertegenwoordigen op een internationaal toernooi in Ljubljana.",
    ]),
    # 16
    A("economie", "oude-steenfabriek-aan-de-waal-bij-haaften-wordt-woonwijk",
      "Haaften · woningbouw · steenfabriek", [
        "Oude steenfabriek aan de Waal wordt woonwijk met 220 woningen",
        "Door Marieke van Dalen · 25 april, 18:40",
        "Op het terrein van de voormalige steenfabriek De Bovenwaard, buitendijks bij Haaften, komen 220 woningen. De gemeenteraad van West Betuwe stemde donderdagavond in met het bestemmingsplan.",
        "De fabriek bakte tot 2009 stenen van Waalklei. Sindsdien staat het complex leeg. De karakteristieke schoorsteen en de oude ringoven blijven staan; in de oven komen een buurtcafé en ruimte voor kleine bedrijven.",
        "Omdat het terrein buiten de dijk ligt, komen de woningen op een verhoogde terp. ‘Bij hoogwater kun je hier droog blijven wonen, al sta je dan wel op een eiland,’ zegt projectontwikkelaar Rik Hagens.",
        "Een derde van de woningen wordt sociale huur, een derde middenhuur. De rest gaat in de verkoop, met prijzen vanaf 340.000 euro.",
        "Omwonenden maken zich zorgen over het verkeer op de smalle Waalbandijk. De gemeente belooft een nieuwe aansluiting op de provinciale weg.",
        "De bouw begint op zijn vroegst in 2026.",
    ]),
    # 17 series 5 (late variant)
    A("west-betuwe", "informatieavond-dijkversterking-loopt-vol-oplevering-schuift-naar-2026",
      "Haaften · dijkversterking · Waterschap Rivierenland · informatieavond", [
        "Informatieavond over dijkversterking loopt vol: oplevering schuift op naar 2026",
        "Door Jeroen Mulder · 16 mei, 22:50",
        "Het zaaltje van dorpshuis De Schakel in Haaften was woensdagavond te klein. Ruim tweehonderd bewoners kwamen af op de informatieavond van het waterschap, en tientallen stonden op de gang.",
        "Het belangrijkste nieuws: de dijk is niet eind dit jaar klaar, zoals steeds werd gezegd, maar pas in het voorjaar van 2026. Tegenvallers met kabels en leidingen, de archeologische vondsten bij Zuilichem en de natte winter hebben maanden gekost.",
        "@S",
        "Veel vragen gingen over schade aan huizen. Het waterschap heeft tot nu toe 43 schademeldingen binnengekregen, waarvan er 19 zijn afgehandeld.",
        "‘Ik heb scheuren in mijn keukenvloer sinds die damwanden erin gingen. Ik heb in november gemeld en nog niemand gezien,’ zei een bewoner van de Waalbandijk, tot instemming van de zaal.",
        "Projectdirecteur Hanneke Stam beloofde dat er vóór de zomer een schade-expert langskomt bij iedereen die heeft gemeld.",
    ]),
    # 18
    A("culemborg", "repair-cafe-culemborg-repareert-in-een-jaar-1200-apparaten",
      "Culemborg · Repair Café · duurzaamheid", [
        "Repair Café Culemborg repareert in een jaar 1.200 apparaten",
        "Door Femke Hoogendoorn · 2 mei, 08:30",
        "Een broodrooster die niet meer uitspringt, een lamp van oma, een naaimachine uit 1978: bij het Repair Café in Culemborg komt van alles op tafel. Vorig jaar repareerden de vrijwilligers er ruim 1.200 spullen.",
        "Elke tweede zaterdag van de maand staan in buurthuis De Prinsenhof tien tafels klaar, met elk een eigen specialisme: elektra, textiel, fietsen, houtwerk.",
        "‘Mensen denken dat een apparaat kapot is, maar vaak is het een zekering of een los draadje,’ zegt Ad Schalkwijk (71), die veertig jaar elektromonteur was.",
        "Ad Schalkwijk buigt zich over een radio uit de jaren zestig. Foto Wim Gerritsen",
        "Ongeveer zeven op de tien spullen gaan gerepareerd weer mee naar huis. Wat niet te redden is, gaat naar de milieustraat.",
        "Repareren is gratis; een vrijwillige bijdrage voor koffie en onderdelen wordt op prijs gesteld. Het Repair Café zoekt nog iemand die verstand heeft van telefoons.",
    ]),
]

SERIES_PAGES = [2, 6, 9, 13, 17]

MENU = ("Nieuws | Tiel | Culemborg | West Betuwe | Zaltbommel | Neder-Betuwe | "
        "Sport | 112 | Uit & thuis | Familieberichten")
COOKIE_A = [
    "De Rivierenbode gebruikt cookies en vergelijkbare technieken om de site "
    "goed te laten werken, het bezoek te meten en advertenties af te stemmen op "
    "je interesses.",
    "Akkoord en doorgaan | Zelf instellen",
]
COOKIE_B = [
    "Wij en onze 112 partners slaan informatie op je apparaat op en lezen die "
    "uit, bijvoorbeeld om gepersonaliseerde advertenties te tonen. Je "
    "toestemming kun je altijd intrekken via Cookie-instellingen onderaan de "
    "pagina.",
    "Alles accepteren | Alleen noodzakelijk",
]
SHARE = "Deel dit artikel: WhatsApp · Facebook · X · LinkedIn · Mail"
NEWS_A = [
    "De Ochtendbode: elke werkdag om 6.45 uur het nieuws uit Tiel, Culemborg, "
    "West Betuwe en de Bommelerwaard in je mail.",
    "Je e-mailadres | Gratis aanmelden",
]
NEWS_B = [
    "Weten wat er speelt in je eigen dorp, nog vóór je de deur uit gaat? "
    "Schrijf je in voor De Ochtendbode.",
    "Je e-mailadres | Inschrijven",
]
NEWS_WEEKEND = ("Liever in het weekend rustig bijlezen? Op zaterdagochtend "
                "sturen we De Weekendbode met de mooiste verhalen van de week.")
APPEAL_HEAD = "Lokaal nieuws maak je niet vanaf de bank."
APPEAL_BODY = ("Onze zeven verslaggevers zitten bij raadsvergaderingen in Tiel, "
               "staan langs de lijn in Beesd en bellen na met de brandweer in "
               "Zaltbommel. Met een bijdrage als Vriend van de Bode help je ons "
               "dat te blijven doen.")
APPEAL_BTN = "€ 4 per maand | € 8 per maand | € 15 per maand | Eenmalig"
APPEAL_CTA = "Ja, ik word Vriend van de Bode"
CAMPAIGN = [3, 8, 11, 14, 18]
COMMENTS_RULES = ("Reageren kan voor abonnees en Vrienden van de Bode, tot 22.00 "
                  "uur. Lees eerst onze huisregels.")
COMMENTS_OFF = "Reageren is bij dit artikel uitgeschakeld."
MOST_READ_HEAD = "Meest gelezen in Rivierenland"
MOST_READ = [
    "Opnieuw inbraakgolf in Meteren: politie vraagt om camerabeelden",
    ARTS[6]["lines"][0],
    "Zwemmer (19) verdronken in Waal bij Ochten, tweede dit jaar",
    ARTS[9]["lines"][0],
    "Kermis Tiel verhuist na dertig jaar van het Plein naar de Waalkade",
    ARTS[3]["lines"][0],
    "Familieberichten: overlijdensberichten uit de regio",
]
SOCIAL = ("Volg de Rivierenbode op Facebook en Instagram, of stuur je tip via "
          "WhatsApp naar 06 - 41 22 80 19.")
APP = ("Met de Bode-app krijg je een pushbericht zodra er in jouw gemeente iets "
       "gebeurt. Gratis in de App Store en Google Play.")
PODCAST = ("Nieuw: Bode Bijgepraat, de podcast waarin onze verslaggevers elke "
           "vrijdag vertellen wat de regio bezighield.")
LEGAL = ("© 2024 Rivierenbode Media B.V. Niets uit deze uitgave mag worden "
         "overgenomen zonder voorafgaande schriftelijke toestemming van de uitgever.")
FOOTER = ("Colofon · Adverteren · Bezorging en abonnement · Privacyverklaring · "
          "Cookie-instellingen · Contact")
PRINT = "Lettergrootte A A A · Afdrukken"
TOP = "Terug naar boven"


def read_more(n):
    """Per-page 'Lees ook' target: another series story on series pages."""
    if n in SERIES_PAGES:
        i = SERIES_PAGES.index(n)
        m = SERIES_PAGES[i - 1] if i > 0 else SERIES_PAGES[1]
    else:
        m = (n + 6) % 18 + 1
        if m == n:
            m = n % 18 + 1
    return ARTS[m - 1]["lines"][0]


def build(n):
    a = ARTS[n - 1]
    block = SERIES_LATE if n == SERIES_PAGES[-1] else SERIES
    lines = expand_series(a["lines"], block)
    headline, byline, body = lines[0], lines[1], lines[2:]
    first, second = split_mid(body)
    p = Page()

    cookie = COOKIE_B if n % 3 == 0 else COOKIE_A
    cookie_bottom = n in (5, 12, 16)
    if not cookie_bottom:
        for t in cookie:
            p.bp("cookie", t)
    p.bp("navigation", MENU)
    p.bp("navigation", f"Home › {SECTIONS[a['section']]}")
    if n in CAMPAIGN and n % 2 == 0:
        p.bp("appeal", f"Voorjaarsactie: tot en met 31 mei verdubbelt het Tielse "
                       f"Ondernemersfonds elke nieuwe bijdrage. Nog {20 - n} dagen.")
    p.art(headline)
    p.art(byline)
    p.bp("ui", f"Leestijd {reading_minutes(body)} minuten")
    if n not in (4, 11):
        p.bp("share", SHARE)
    if n % 4 == 1:
        p.bp("audio", f"Luister naar dit artikel · {2 + n % 3}:{(n * 13) % 60:02d} "
                      "· voorgelezen met een computerstem")
    if n % 5 == 2:
        free = 3 - n % 3
        p.bp("paywall", f"Je leest een gratis artikel. Deze maand kun je er nog "
                        f"{free} lezen; daarna heb je Bode+ nodig.")
    # first part, with ad marker after the first paragraph on even pages
    for i, t in enumerate(first):
        p.art(t)
        if i == 0 and n % 2 == 0 and len(first) > 2:
            p.bp("ad", "Advertentie")
            p.bp("ad", "Het artikel gaat verder onder de advertentie.")
    # mid insert: newsletter box A/B and Lees ook
    if n not in (7, 15):
        for t in (NEWS_A if n % 2 else NEWS_B):
            p.bp("newsletter", t)
    p.bp("related", f"Lees ook: {read_more(n)}")
    p.arts(second)
    if n in (3, 10, 16):
        p.bp("ad", "Advertentie")

    # trailer blocks
    def appeal():
        if n in (6, 13):
            return
        p.bp("appeal", APPEAL_HEAD)
        p.bp("appeal", APPEAL_BODY)
        count = 1812 + 41 * n - (n % 3) * 7
        p.bp("appeal", f"Deze maand werden al {thousands(count, '.')} lezers "
                       "Vriend van de Bode. Helpt u mee naar 2.500?")
        if n in CAMPAIGN and n % 2 == 1:
            p.bp("appeal", f"Voorjaarsactie: tot en met 31 mei verdubbelt het Tielse "
                           f"Ondernemersfonds elke nieuwe bijdrage. Nog {20 - n} dagen.")
        p.bp("appeal", APPEAL_BTN)
        p.bp("appeal", APPEAL_CTA)

    def tags():
        p.bp("navigation", f"Onderwerpen: {a['tags']}")

    def comments():
        if a["section"] == "112":
            p.bp("comments", COMMENTS_OFF)
        else:
            p.bp("comments", f"{(n * 7) % 31 + 3} reacties")
            p.bp("comments", COMMENTS_RULES)

    def most_read():
        p.bp("related", MOST_READ_HEAD)
        shown = [h for h in MOST_READ if h != a["lines"][0]]
        for k in range(4):
            p.bp("related", shown[(n + k) % len(shown)])

    def social():
        p.bp("social", SOCIAL)

    def newsletter2():
        if n % 3 == 1:
            p.bp("newsletter", NEWS_WEEKEND)
            p.bp("newsletter", "Aanmelden voor De Weekendbode")

    def app():
        if n not in (2, 9, 14):
            p.bp("app", APP)
        if n in (1, 5, 8, 12, 17):
            p.bp("audio", PODCAST)

    if n % 4 == 0:
        order = [tags, comments, appeal, most_read, social, newsletter2, app]
    elif n % 4 == 2:
        order = [tags, appeal, social, comments, newsletter2, most_read, app]
    else:
        order = [appeal, tags, newsletter2, social, comments, most_read, app]
    for f in order:
        f()
    if n % 3 != 2:
        p.bp("ui", PRINT)
    p.bp("navigation", FOOTER)
    p.bp("legal", LEGAL)
    if cookie_bottom:
        for t in cookie:
            p.bp("cookie", t)
    if n % 6 == 0:
        p.bp("ui", TOP)
    return f"{a['section']}/{a['slug']}", p
