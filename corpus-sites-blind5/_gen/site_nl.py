MAANDEN = ['januari','februari','maart','april','mei','juni','juli','augustus','september','oktober','november','december']
def num(n): return '{:,}'.format(n).replace(',', '.')
SITE = dict(
  id='sb5-nl', lang='nl', host='www.ijsselkrant.nl',
  sections={'nieuws': 'Nieuws', 'politiek': 'Politiek', 'sport': 'Sport', 'cultuur': 'Cultuur'},
  datefmt=lambda d: '%d %s %d' % (d.day, MAANDEN[d.month-1], d.year), num=num,
  readmore='Lees ook: {h}', rellist_head='Meer nieuws uit de regio', rellist_at=0, rellist_p=0.6,
  template=[
    dict(pos='top', cat='navigation', text='Home › {section}', p=0.9),
    dict(pos='top', cat='navigation', text='Nieuws · Politiek · Sport · Cultuur · Agenda · Word lid', p=0.6),
    dict(pos='after_byline', cat='share', text=['Deel dit artikel', 'Deel dit artikel via WhatsApp'], p=0.8),
    dict(pos='mid', cat='appeal', text=['IJsselkrant is gratis te lezen dankzij {n} leden. Word ook lid, al vanaf € 5 per maand.', 'Dankzij {n} leden blijft IJsselkrant gratis en onafhankelijk. Word jij ook lid?'], p=0.65),
    dict(pos='end', cat='comments', text='{m} reacties', p=0.4),
    dict(pos='bottom', cat='appeal', text='Ledenactie: deze maand kwamen er al {m} nieuwe leden bij. Help ons de 3.000 te halen!', pages={3, 6, 8, 11, 14}),
    dict(pos='bottom', cat='appeal', text='Lokaal nieuws is niet gratis', p=0.85,
         follow=[('appeal', 'Onze verslaggevers zitten bij elke gemeenteraadsvergadering, elke wedstrijd en elke brand. Dat kan alleen met steun van lezers zoals jij. Word vandaag nog lid van IJsselkrant.'), ('ui', 'Word lid'), ('ui', 'Misschien later')]),
    dict(pos='bottom', cat='newsletter', text='Ontvang elke ochtend het belangrijkste nieuws uit Zutphen en omstreken in je mailbox.', p=0.6, follow=[('ui', 'Aanmelden')]),
    dict(pos='footer', cat='social', text='Volg ons op Instagram, Facebook en LinkedIn', p=0.8),
    dict(pos='footer', cat='legal', text='© {year} Stichting IJsselkrant · Alle rechten voorbehouden · Colofon · Privacy', p=1.0),
  ])

BG1 = "Het IJsselziekenhuis maakte op 12 januari bekend dat de afdeling verloskunde per 1 juli sluit. Zwangeren moeten dan uitwijken naar Deventer of Apeldoorn, op ruim een half uur rijden."
def BG2(n): return f"Een petitie tegen de sluiting is inmiddels ruim {n} keer ondertekend."

ARTICLES = f"""
=== nieuws | verloskunde-ijsselziekenhuis-sluit | 2026-01-13 | 3
Verloskunde IJsselziekenhuis gaat dicht: 'Een klap voor de regio'
Personeelstekort is volgens de directie de belangrijkste reden
Door Sanne de Vries · 13 januari 2026
Het nieuws kwam gisterochtend in een korte mail aan het personeel. Binnen een uur wist half Zutphen ervan.
De raad van bestuur zegt dat er al twee jaar structureel vijf gynaecologen en twaalf verpleegkundigen te weinig zijn. 'We kunnen de veiligheid niet meer garanderen', aldus bestuursvoorzitter Marieke Leenders.
{BG1}
Verloskundigen in de regio reageren geschokt. 'Bij een spoedkeizersnede telt elke minuut', zegt verloskundige Anouk Brinkman.
Hoe nu verder?
Het ziekenhuis belooft dat de poliklinische zorg voor zwangeren in Zutphen blijft.
=== politiek | gemeenteraad-debat-verloskunde | 2026-01-22 | 3
Raad eist opheldering over sluiting verloskunde
Alle fracties steunen motie: 'Ziekenhuis moet eerst alternatieven onderzoeken'
Door Joost Hendriks · 22 januari 2026
Het was een zeldzaam moment van eensgezindheid in de Zutphense gemeenteraad. Van links tot rechts stemden alle fracties voor de motie van de lokale partij Zutphen Vooruit.
De motie vraagt het college om met de zorgverzekeraar en het ziekenhuis om tafel te gaan.
{BG1}
'We laten het hier niet bij', zei wethouder Ruud Kamphuis. Hij heeft inmiddels een brief gestuurd aan de minister van Volksgezondheid.
{BG2('9.800')}
=== nieuws | petitie-verloskunde-aangeboden | 2026-02-05 | 3
Petitie tegen sluiting verloskunde aangeboden in Den Haag
Een bus vol ouders reisde naar de Tweede Kamer
Door Sanne de Vries · 5 februari 2026
Met spandoeken, kinderwagens en een taart in de vorm van een ziekenhuis reisden zo'n vijftig ouders woensdag naar Den Haag.
Kamerleden van vier partijen namen de handtekeningen in ontvangst op het Plein.
'Bevallen doe je niet op de snelweg'
Dat was de tekst op het grootste spandoek, gemaakt door de kinderen van basisschool De Wielewaal.
{BG1}
{BG2('23.000')}
De Kamer debatteert in maart over de spreiding van acute zorg.
=== nieuws | verloskundigen-zorgen-aanrijtijden | 2026-02-19 | 3
Ambulancedienst: aanrijtijden straks niet haalbaar
Regionale ambulancezorg waarschuwt voor extra ritten naar Deventer en Apeldoorn
Door Fatima El Amrani · 19 februari 2026
De ambulancedienst Noord- en Oost-Gelderland verwacht jaarlijks zo'n 400 extra ritten als de verloskunde in Zutphen dichtgaat.
In een notitie aan de gemeenten schrijft de dienst dat de norm van vijftien minuten in de buitengebieden van Lochem en Bronckhorst nu al vaak niet wordt gehaald.
'Elke rit naar Apeldoorn betekent dat een wagen een uur niet beschikbaar is', zegt regiomanager Henk Oosterhof.
{BG1}
Het ziekenhuis laat weten de cijfers te bestuderen.
{BG2('24.500')}
=== politiek | kamerdebat-acute-zorg-zutphen | 2026-03-12 | 3
Kamer wil uitstel sluiting verloskunde Zutphen
Motie aangenomen, maar minister houdt slag om de arm
Door Joost Hendriks · 12 maart 2026
Een ruime meerderheid van de Tweede Kamer heeft dinsdagavond een motie aangenomen die vraagt om de sluiting van de verloskunde in Zutphen met een jaar uit te stellen.
De minister noemde de motie 'sympathiek', maar wees erop dat hij ziekenhuizen niet kan dwingen afdelingen open te houden.
{BG1}
In Zutphen werd de uitslag gevolgd in café De Drie Kronen, waar actiegroep 'Geboren in Zutphen' een scherm had opgehangen.
Wat gebeurt er nu?
Het ziekenhuisbestuur komt binnen zes weken met een reactie.
=== sport | go-ahead-eagles-jeugd-zutphen | 2026-01-18 | 3
Zutphens talent tekent eerste profcontract
Daan Wolters (17) maakt de overstap naar de A-selectie van Go Ahead Eagles
Door Pieter Wolters · 18 januari 2026
Tot vorig jaar speelde hij nog op de velden van sportpark Het Hoge. Nu tekende Daan Wolters zijn eerste contract bij Go Ahead Eagles.
De linksbuiten kwam op zijn twaalfde in de jeugdopleiding van de Deventer club terecht.
'Ik heb het mijn vader pas verteld toen het zwart op wit stond', zegt hij lachend.
Noot van de redactie: de verslaggever is geen familie van de speler.
=== cultuur | hanzefestival-programma-2026 | 2026-01-28 | 3
Hanzefestival maakt programma bekend
Drie dagen muziek op de Houtmarkt, met als afsluiter een openluchtconcert van het Gelders Orkest
Door Fatima El Amrani · 28 januari 2026
Het Hanzefestival keert van 19 tot en met 21 juni terug in de binnenstad. Voor het eerst is er ook een podium aan de IJsselkade.
Naast bekende namen staan er veel lokale bands op het programma.
Het programma
Vrijdag: singer-songwriters in de Walburgiskerk
Zaterdag: pop en rock op de Houtmarkt
Zondag: Gelders Orkest aan de IJssel
De toegang is gratis. Voor het slotconcert moet wel vooraf een kaartje worden gereserveerd.
=== nieuws | voedselbank-inzamelactie-supermarkten | 2026-02-01 | 3
Voedselbank zamelt recordhoeveelheid in
Bij twaalf supermarkten stonden vrijwilligers het hele weekend met winkelwagens
Door Sanne de Vries · 1 februari 2026
Ruim 9.000 kilo aan houdbare producten: zo veel haalde de Voedselbank Zutphen nog nooit op in één weekend.
Het aantal huishoudens dat gebruikmaakt van de voedselbank steeg het afgelopen jaar van 310 naar 385.
'Vooral werkende gezinnen met kinderen melden zich', zegt coördinator Gerda Bosman.
Doneren kan ook via de website van de voedselbank. 'Elke euro gaat naar eten', benadrukt Bosman.
=== politiek | parkeertarieven-binnenstad-omhoog | 2026-02-10 | 3
Parkeren in de binnenstad wordt duurder
Ondernemers vrezen dat bezoekers wegblijven
Door Joost Hendriks · 10 februari 2026
Vanaf 1 april kost een uur parkeren in de binnenstad 3,20 euro, een stijging van veertig cent.
Het college wil met de extra inkomsten de pendelbus vanaf het station gratis maken.
Ondernemersvereniging Binnenstad Zutphen is boos. 'Dit is het verkeerde signaal', zegt voorzitter Wim Peters.
Reactie
De wethouder wijst erop dat parkeren in Deventer en Apeldoorn nog duurder is.
=== sport | wielrennen-ronde-van-zutphen | 2026-02-14 | 3
Ronde van Zutphen krijgt vrouwenkoers
Organisatie haalt internationale ploegen naar de Hanzestad
Door Pieter Wolters · 14 februari 2026
Voor het eerst in de 58-jarige geschiedenis van de Ronde van Zutphen rijden er ook vrouwen een wedstrijd.
Er hebben zich al ploegen uit België, Duitsland en Denemarken gemeld.
'We kregen jarenlang de vraag waarom er geen vrouwenkoers was. Nu hebben we eindelijk het geld rond', zegt organisator Bert Jansen.
De koers wordt op zondag 7 juni verreden over een parcours van 80 kilometer.
=== cultuur | bibliotheek-nieuwe-openingstijden | 2026-02-24 | 3
Bibliotheek ook op zondag open
Proef van een halfjaar moet jongeren en gezinnen trekken
Door Fatima El Amrani · 24 februari 2026
De bibliotheek aan de 's-Gravenhof gaat vanaf maart ook op zondagmiddag open, van 12.00 tot 17.00 uur.
Op zondag zijn er voorleesuurtjes, een repair café en een studieplek voor scholieren.
'We willen de huiskamer van de stad zijn', zegt directeur Linda Mulder.
=== nieuws | brand-boerderij-warnsveld | 2026-02-27 | 3
Grote brand verwoest boerderij in Warnsveld
Bewoners en dieren op tijd in veiligheid
Door Sanne de Vries · 27 februari 2026
Een uitslaande brand heeft in de nacht van donderdag op vrijdag een boerderij aan de Vordenseweg volledig verwoest.
De brandweer kreeg de melding rond 02.30 uur en schaalde op naar middelbrand vanwege het gevaar voor omliggende schuren.
De familie die in de boerderij woont, werd gewekt door de rookmelders. Ook de veertig koeien konden naar buiten worden gebracht.
De oorzaak van de brand wordt onderzocht.
=== politiek | lokale-media-subsidie-gemeente | 2026-03-03 | 3
Gemeente wil lokale journalistiek steunen
Fonds van 60.000 euro per jaar voor onafhankelijke nieuwsmedia
Door Joost Hendriks · 3 maart 2026
Het college stelt voor om jaarlijks 60.000 euro vrij te maken voor lokale journalistiek in Zutphen.
Nieuwsmedia kunnen een bijdrage aanvragen voor onderzoeksprojecten of voor het verslaan van de gemeenteraad.
Een onafhankelijke commissie beslist over de aanvragen, zodat de gemeente geen invloed heeft op de inhoud.
Let op: ook IJsselkrant kan aanspraak maken op het fonds. Dit artikel is geschreven door een redacteur die niet betrokken is bij eventuele aanvragen.
=== sport | handbal-dames-promotie | 2026-03-08 | 3
Handbalsters Hanzestad dicht bij promotie
Nog twee wedstrijden te gaan, voorsprong van drie punten
Door Pieter Wolters · 8 maart 2026
De handbalsters van HV Hanzestad wonnen zaterdag overtuigend van Kwiek uit Raalte: 31-22.
Daarmee staat de ploeg van coach Ilse Smit drie punten voor op de nummer twee.
Topscorer was opnieuw Merel Klein Gunnewiek met negen doelpunten.
Programma
14 maart: thuis tegen Olympia
21 maart: uit bij Blauw-Wit
=== cultuur | opinie-houd-het-theater-open | 2026-03-15 | 3
Opinie: Laat het Hanzehof niet verloederen
Een pleidooi voor het oudste theater van de stad
Door Linda Mulder · 15 maart 2026
Wie de laatste jaren in de grote zaal van het Hanzehof zat, weet het: de stoelen kraken, het dak lekt en de lift doet het zelden.
De gemeente schuift een renovatie al twaalf jaar voor zich uit. Elk jaar wordt het duurder.
Een stad zonder theater is een stad die zijn avonden uit handen geeft.
De auteur is directeur van de bibliotheek en voorzitter van de Cultuurraad Zutphen.
=== nieuws | nieuwe-brug-ijssel-vertraagd | 2026-03-19 | 3
Nieuwe fietsbrug over de IJssel een jaar later klaar
Stikstofregels en een vondst van munitie zorgen voor vertraging
Door Fatima El Amrani · 19 maart 2026
De fietsbrug tussen Zutphen en De Hoven is pas in de zomer van 2027 klaar, een jaar later dan gepland.
Bij het graafwerk voor de landhoofden werden vorig najaar twee granaten uit de Tweede Wereldoorlog gevonden.
Daarnaast moest de aannemer een nieuwe stikstofberekening laten maken.
De extra kosten bedragen ruim 1,2 miljoen euro.
"""
EXTRA = """Wegwerkzaamheden op de Deventerweg duren langer
Nieuwe huisartsenpraktijk opent in de Mars
Politie zoekt getuigen van inbraak in juwelierszaak
Vrijwilligers ruimen zwerfafval op langs de Berkel
Leerlingen Baudartius College winnen debatwedstrijd
Supermarkt aan de Spittaalstraat gaat verbouwen
Zutphen krijgt tweede laadplein voor elektrische auto's
Oud-burgemeester overleden op 89-jarige leeftijd
Boekhandel in de binnenstad viert honderdjarig bestaan
Hardloopwedstrijd Hanzeloop trekt recordaantal deelnemers""".split('\n')
