from common import write_site

W1 = "Sinds het voorjaar van 2025 zijn in de Betuwe ruim zestig schapen doodgebeten. Uit DNA-onderzoek van Wageningen University bleek dat in ten minste 41 gevallen een wolf verantwoordelijk was."
W1b = "Sinds het voorjaar van 2025 zijn in de Betuwe ruim zeventig schapen doodgebeten. Uit DNA-onderzoek van Wageningen University bleek dat in ten minste 41 gevallen een wolf verantwoordelijk was."
W2 = "De provincie Gelderland vergoedt schade aan vee via BIJ12. Schapenhouders kunnen daarnaast subsidie krijgen voor wolfwerende rasters van minimaal 1,20 meter hoog."

A = [
 dict(sec="tiel", nav="Regio › Tiel", slug="wolf-bijt-schapen-dood-in-kapel-avezaath",
  head="Wolf bijt opnieuw schapen dood in Kapel-Avezaath: \u2018Ik vond ze \u2019s ochtends in de wei\u2019",
  by="Marloes van Dijk 12-11-26, 07:45",
  body=["In Kapel-Avezaath zijn in de nacht van maandag op dinsdag vijf schapen doodgebeten. De eigenaar vermoedt dat het opnieuw om een wolf gaat.",
   "\u201cIk liep om half zeven de wei in en zag het meteen,\u201d vertelt hobbyboer Gerrit Hol (64). \u201cDrie lagen er bij het hek, twee verderop bij de sloot. Dit wens je niemand toe.\u201d",
   "Een medewerker van BIJ12 heeft dinsdagochtend monsters genomen voor DNA-onderzoek. De uitslag wordt over twee tot drie weken verwacht.",
   W1,
   "Hol had een raster van negentig centimeter. \u201cDat was blijkbaar niet genoeg. Ik ga nu ophogen, maar dat kost me een paar duizend euro.\u201d",
   W2,
   "Foto: Gerrit Hol bij het hek waar drie van zijn schapen werden gevonden.",
   "[legal] Foto: Bart Verhoeven"]),
 dict(sec="nijmegen", nav="Regio › Nijmegen", slug="nieuwe-fietsbrug-nijmegen-later-klaar",
  head="Nieuwe fietsbrug over het Maas-Waalkanaal pas in 2028 klaar",
  by="Thijs Arends 13-11-26, 16:20",
  body=["De nieuwe fietsbrug over het Maas-Waalkanaal bij Nijmegen-West is een jaar later klaar dan gepland. Dat meldt de gemeente in een brief aan de raad.",
   "Oorzaak is een tekort aan staal en een langere vergunningsprocedure bij Rijkswaterstaat, dat het kanaal beheert.",
   "De brug moet fietsers uit Wijchen en Beuningen een snellere route naar de binnenstad en de Radboud Universiteit geven. Nu rijden ze nog via de drukke Graafseweg.",
   "Fietsersbond-afdeling Nijmegen noemt de vertraging \u2018teleurstellend, maar niet verrassend\u2019. \u201cEr is al zo lang over gepraat. Een jaar meer of minder maakt het verschil niet meer,\u201d zegt woordvoerder Ilse Brouwer.",
   "De kosten blijven volgens wethouder Noor Lemmens binnen het budget van 14,5 miljoen euro."]),
 dict(sec="arnhem", nav="Regio › Arnhem", slug="rechtbank-arnhem-celstraf-plofkraak-velp",
  head="Vier jaar cel voor plofkraak op pinautomaat in Velp",
  by="Redactie 14-11-26, 12:05",
  body=["De rechtbank in Arnhem heeft een 27-jarige man uit Utrecht veroordeeld tot vier jaar cel voor een plofkraak op een pinautomaat aan de Hoofdstraat in Velp.",
   "Bij de explosie in februari raakten drie woningen boven de bank zwaar beschadigd. De bewoners moesten midden in de nacht hun huis uit.",
   "De rechtbank rekent het de man zwaar aan dat hij \u2018bewust het leven van omwonenden in gevaar heeft gebracht\u2019.",
   "Een tweede verdachte, een 24-jarige man, werd vrijgesproken wegens gebrek aan bewijs. Het Openbaar Ministerie had tegen hem drie jaar geëist."]),
 dict(sec="betuwe", nav="Regio › Betuwe", slug="boeren-betuwe-willen-wolf-afschieten",
  head="Schapenhouders in de Betuwe eisen maatregelen: \u2018Wij zijn het zat\u2019",
  by="Marloes van Dijk 18-11-26, 19:30",
  body=["Ruim tweehonderd schapenhouders, boeren en omwonenden kwamen dinsdagavond bijeen in dorpshuis De Kroon in Zoelen. De boodschap aan de provincie was duidelijk: er moet nu iets gebeuren.",
   "Veel aanwezigen willen dat probleemwolven worden afgeschoten. Dat is in Nederland nog altijd niet toegestaan, al is de beschermde status van de wolf in Europa vorig jaar verlaagd.",
   "\u201cWij zijn het zat,\u201d zei schapenhouder Anja Wolters uit Ommeren. \u201cIk slaap slecht, ik ga drie keer per nacht kijken. Zo kun je niet leven.\u201d",
   W1,
   "Gedeputeerde Peter Kerkhof beloofde de zorgen \u2018serieus te nemen\u2019 en zei dat de provincie kijkt naar extra geld voor rasters.",
   W2,
   "Niet iedereen in de zaal was voor afschieten. Een medewerker van de Zoogdiervereniging pleitte voor betere preventie: \u201cEen goed raster werkt. Dat zien we in Drenthe ook.\u201d"]),
 dict(sec="economie", nav="Economie", slug="regionale-kranten-en-betaalmuur",
  head="Waarom steeds meer regionale nieuwssites achter een betaalmuur verdwijnen",
  by="Sanne Kuipers 15-11-26, 10:00",
  body=["Wie het nieuws uit zijn eigen dorp wil lezen, loopt steeds vaker tegen een betaalmuur aan. Regionale titels maken een groter deel van hun artikelen alleen toegankelijk voor abonnees.",
   "Volgens mediaonderzoeker Lotte Schreurs van de Radboud Universiteit is dat een logische stap. \u201cAdvertentie-inkomsten zijn grotendeels naar Google en Meta verdwenen. Lezers zijn de enige stabiele bron die overblijft.\u201d",
   "Tegelijk waarschuwt ze voor een tweedeling. \u201cLokaal nieuws is belangrijk voor de democratie. Als alleen mensen met geld nog weten wat de gemeenteraad besluit, heb je een probleem.\u201d",
   "Ook deze site werkt met een betaalmuur voor een deel van de artikelen.",
   "Sommige gemeenten kijken naar subsidie voor lokale journalistiek. Het Stimuleringsfonds voor de Journalistiek ondersteunt sinds 2024 een aantal lokale redacties in Gelderland.",
   "Drie modellen",
   "Harde betaalmuur: alleen abonnees lezen mee.",
   "Metered: een paar gratis artikelen per maand.",
   "Freemium: gewoon nieuws gratis, achtergronden betaald."]),
 dict(sec="nijmegen", nav="Regio › Nijmegen", slug="vierdaagse-2027-meer-inschrijvingen",
  head="Vierdaagse verwacht recordaantal inschrijvingen voor 2027",
  by="Thijs Arends 16-11-26, 09:15",
  body=["De Internationale Vierdaagse Afstandsmarsen Nijmegen verwacht volgend jaar meer inschrijvingen dan ooit. De voorinschrijving opent op 1 december.",
   "Het maximumaantal deelnemers blijft 47.000. Als er meer aanmeldingen zijn, wordt er geloot, zoals de afgelopen jaren ook gebeurde.",
   "\u201cWe merken dat de belangstelling uit het buitenland blijft groeien,\u201d zegt een woordvoerder. \u201cVooral uit Duitsland, Engeland en de Verenigde Staten.\u201d",
   "Nieuw is een aparte startgroep voor lopers met een beperking, die een kortere afstand per dag mogen lopen.",
   "Gladiolen.",
   "Die krijgt iedereen die alle vier de dagen uitloopt bij de finish op de Via Gladiola, een traditie sinds jaar en dag."]),
 dict(sec="binnenland", nav="Binnenland", slug="ap-controleert-cookiebanners-webwinkels",
  head="Toezichthouder pakt misleidende cookiebanners aan",
  by="Sanne Kuipers 17-11-26, 14:40",
  body=["De Autoriteit Persoonsgegevens (AP) gaat strenger controleren op cookiebanners die bezoekers misleiden. Dat maakte de toezichthouder dinsdag bekend.",
   "Het gaat om banners waarbij de knop \u2018Alles accepteren\u2019 groot en opvallend is, terwijl weigeren verstopt zit achter meerdere klikken.",
   "\u201cWeigeren moet net zo makkelijk zijn als accepteren,\u201d zegt AP-bestuurder Monique Verdier. \u201cDat staat gewoon in de wet.\u201d",
   "Vorig jaar ontving de AP ruim 900 klachten over cookiebanners. In een steekproef bleek de helft van de onderzochte sites zich niet aan de regels te houden.",
   "Wat mag wel?",
   "Functionele cookies, die nodig zijn om een site te laten werken, mogen zonder toestemming worden geplaatst. Voor tracking en advertentiecookies is altijd toestemming nodig.",
   "Bedrijven die zich niet aan de regels houden, kunnen een boete krijgen."]),
 dict(sec="betuwe", nav="Regio › Betuwe", slug="provincie-trekt-geld-uit-voor-wolfrasters",
  head="Provincie trekt 2 miljoen euro extra uit voor wolfwerende rasters",
  by="Marloes van Dijk 25-11-26, 11:10",
  body=["De provincie Gelderland stelt 2 miljoen euro extra beschikbaar voor wolfwerende rasters. Dat besloten Gedeputeerde Staten dinsdag, een week na een emotionele bijeenkomst in Zoelen.",
   "Met het geld kunnen hobbyhouders en kleine bedrijven voortaan ook voor honderd procent vergoeding in aanmerking komen. Tot nu toe gold dat alleen voor beroepshouders.",
   W1b,
   "Gedeputeerde Kerkhof noemt het \u2018een eerste stap\u2019. \u201cWe weten dat rasters niet alles oplossen, maar ze helpen wel.\u201d",
   "LTO Noord is positief, maar blijft aandringen op de mogelijkheid om probleemwolven te verwijderen.",
   W2]),
 dict(sec="arnhem", nav="Regio › Arnhem", slug="burgers-zoo-nieuwe-olifanten",
  head="Twee olifanten verhuizen van Burgers\u2019 Zoo naar Frankrijk",
  by="Evi Janssen 19-11-26, 08:30",
  body=["Burgers\u2019 Zoo in Arnhem neemt afscheid van twee olifanten. De zusjes Kimi en Saba verhuizen volgend voorjaar naar een dierentuin bij Lyon.",
   "De verhuizing past in het Europese fokprogramma voor Aziatische olifanten. In Lyon vormen ze samen met drie andere dieren een nieuwe groep.",
   "Verzorger Ruud Schouten werkt al twaalf jaar met de dieren. \u201cHet is dubbel. Goed voor de soort, maar ik ga ze missen.\u201d",
   "Bezoekers kunnen de olifanten tot eind februari nog zien."]),
 dict(sec="opinie", nav="Opinie", slug="column-laat-de-dorpswinkel-niet-verdwijnen",
  head="Column: Laat de dorpswinkel niet verdwijnen",
  by="Henk Brinkhuis 20-11-26, 06:00",
  body=["Henk Brinkhuis schrijft elke vrijdag over het leven in het buitengebied.",
   "In Beesd sluit over een maand de laatste supermarkt. Nou ja, supermarkt: een winkeltje met twee gangpaden, een broodrek en een kassa waar Trees al dertig jaar achter zit.",
   "Je kunt zeggen: dat is de markt. Mensen doen hun boodschappen in Geldermalsen, of ze laten ze bezorgen. Klopt.",
   "Maar wie geen auto heeft, en dat zijn er in Beesd meer dan je denkt, moet straks met de buurtbus. Die rijdt twee keer per dag.",
   "Jammer? Nee. Zonde.",
   "Een dorp zonder winkel is een dorp zonder plek waar je elkaar toevallig tegenkomt. En juist dat toeval houdt een dorp bij elkaar."]),
 dict(sec="sport", nav="Sport › NEC", slug="nec-wint-van-heerenveen",
  head="NEC wint in slotfase van Heerenveen en klimt naar plek vijf",
  by="Koen Willemsen 22-11-26, 22:10",
  body=["NEC heeft zaterdagavond met 2-1 gewonnen van sc Heerenveen. De winnende treffer viel pas in de 88ste minuut.",
   "Heerenveen kwam na een kwartier op voorsprong, maar NEC zette na rust meer druk. Invaller Dirk Proper maakte in de 61ste minuut gelijk.",
   "In de slotfase was het de Japanse aanvaller Koki Ogawa die met een kopbal de drie punten in Nijmegen hield.",
   "\u201cDit team geeft nooit op,\u201d zei trainer Rogier Meijer na afloop. \u201cDat hebben we vanavond weer laten zien.\u201d",
   "NEC staat na dertien speelrondes op de vijfde plaats, twee punten achter FC Twente."]),
 dict(sec="tiel", nav="Regio › Tiel", slug="fruitcorso-tiel-zoekt-vrijwilligers",
  head="Fruitcorso Tiel zoekt dringend vrijwilligers voor 2027",
  by="Evi Janssen 21-11-26, 13:00",
  body=["Het Fruitcorso in Tiel zoekt voor volgend jaar ruim honderd nieuwe vrijwilligers. Zonder hen komt de traditionele optocht in gevaar, waarschuwt de organisatie.",
   "\u201cVeel van onze vaste mensen zijn al jaren bezig en worden ouder,\u201d zegt voorzitter Anneke de Bruin. \u201cWe hebben jonge handen nodig.\u201d",
   "Vrijwilligers helpen bij het bouwen van de wagens, het versieren met fruit en de verkeersregeling tijdens het corso.",
   "Het Fruitcorso trekt elk jaar in september tienduizenden bezoekers naar Tiel. De eerste editie was in 1957.",
   "Aanmelden kan via de website van de stichting of tijdens de open avond op 12 december in de Agnietenhof."]),
 dict(sec="nijmegen", nav="Regio › Nijmegen", slug="woningnood-studenten-nijmegen",
  head="Studenten in Nijmegen slapen op de bank: \u2018Ik sta al een jaar ingeschreven\u2019",
  by="Thijs Arends 23-11-26, 07:00",
  body=["Ruim drie maanden na het begin van het collegejaar hebben honderden studenten in Nijmegen nog altijd geen vaste kamer. Sommigen slapen bij vrienden op de bank, anderen reizen dagelijks uren heen en weer.",
   "Lisa Vermeulen (19) uit Zeeland is een van hen. \u201cIk sta al een jaar ingeschreven bij SSH. Ik heb op meer dan veertig kamers gereageerd.\u201d",
   "De gemeente en de Radboud Universiteit openden in september een noodopvang met tachtig plekken in een voormalig kantoorpand. Die zit vol.",
   "Volgens de Landelijke Studentenvakbond is het tekort aan studentenkamers in Nijmegen opgelopen tot ruim 2.500.",
   "Wethouder Lemmens zegt dat er tot 2030 zo\u2019n 3.000 studenteneenheden bij moeten komen. \u201cMaar bouwen kost tijd.\u201d"]),
 dict(sec="betuwe", nav="Regio › Betuwe", slug="wolf-gezien-bij-school-in-echteld",
  head="Wolf gefilmd bij basisschool in Echteld, ouders ongerust",
  by="Marloes van Dijk 02-12-26, 17:50",
  body=["Een wolf is dinsdagochtend vroeg gefilmd op het schoolplein van basisschool De Regenboog in Echteld. De beelden zijn gemaakt door een beveiligingscamera.",
   "Het dier liep rond kwart over zes over het plein, ruim voordat er kinderen aanwezig waren. Na een paar minuten verdween het richting de uiterwaarden.",
   "Directeur Karin Smit stuurde de ouders een brief. \u201cWe begrijpen dat dit schrikt, maar deskundigen zeggen dat het risico voor mensen heel klein is.\u201d",
   W1b,
   "Volgens de provincie is het niet ongebruikelijk dat wolven door bebouwd gebied trekken. Wel wordt het dier extra in de gaten gehouden.",
   "Wat te doen bij een wolf?",
   "Blijf rustig staan, maak jezelf groot en maak geluid. Ren niet weg en voer het dier nooit."]),
 dict(sec="economie", nav="Economie", slug="chipfabriek-nijmegen-breidt-uit",
  head="Chipmaker Nexperia investeert 200 miljoen in Nijmeegse fabriek",
  by="Sanne Kuipers 26-11-26, 11:45",
  body=["Chipfabrikant Nexperia investeert 200 miljoen euro in zijn fabriek aan de Jonkerbosplein in Nijmegen. Daarmee komen er naar verwachting zo\u2019n 150 banen bij.",
   "Het bedrijf gaat er chips produceren voor elektrische auto\u2019s en zonne-installaties. De vraag daarnaar groeit volgens de directie snel.",
   "De uitbreiding is opvallend omdat Nexperia de afgelopen jaren onder vuur lag vanwege de Chinese eigenaar. Het kabinet greep eerder in bij de Britse vestiging.",
   "Vakbond FNV is blij met de banen, maar wil garanties over de werkgelegenheid op lange termijn.",
   "De bouw van de nieuwe productiehal begint in het voorjaar."]),
 dict(sec="cultuur", nav="Cultuur", slug="recensie-toneelgroep-oostpool-stadsschouwburg",
  head="Recensie: Oostpool brengt rauwe, sterke Medea in de Stadsschouwburg",
  by="Iris Bosman 27-11-26, 23:00",
  body=["\u2605\u2605\u2605\u2605\u2606",
   "Het begint met stilte. Een minuut, misschien twee, staat actrice Hadewych Minis roerloos op een leeg toneel. Dan begint ze te praten, en houdt ze de zaal anderhalf uur in haar greep.",
   "Regisseur Marcus Azzini kiest voor een sobere enscenering: een tafel, twee stoelen, een wasbak. Meer is niet nodig.",
   "Soms wordt het iets te veel uitgelegd. De monoloog van Jason halverwege is lang en voegt weinig toe.",
   "Maar de slotscène, waarin Medea haar besluit neemt, is van een verpletterende eenvoud.",
   "Medea is nog tot en met 14 december te zien in de Stadsschouwburg Nijmegen."]),
 dict(sec="betuwe", nav="Regio › Betuwe", slug="dna-bevestigt-wolf-kapel-avezaath",
  head="DNA bevestigt: wolf doodde schapen in Kapel-Avezaath",
  by="Marloes van Dijk 05-12-26, 10:05",
  body=["Het is nu officieel: de vijf schapen die vorige maand in Kapel-Avezaath werden doodgebeten, zijn gedood door een wolf. Dat blijkt uit DNA-onderzoek.",
   "Het gaat om een jong mannetje dat eerder in Duitsland werd vastgesteld, bij Kleef. Het dier is vermoedelijk op zoek naar een eigen territorium.",
   "Eigenaar Gerrit Hol krijgt zijn schade vergoed. \u201cFijn, maar daarmee heb ik mijn schapen niet terug.\u201d",
   W1b,
   W2,
   "Hol heeft inmiddels een nieuw raster van 1,20 meter geplaatst."]),
 dict(sec="binnenland", nav="Binnenland", slug="storm-veroorzaakt-schade-gelderland",
  head="Storm Bram veroorzaakt flinke schade in Gelderland",
  by="Redactie 28-11-26, 18:30",
  body=["Storm Bram heeft vrijdag in grote delen van Gelderland voor schade gezorgd. De brandweer rukte honderden keren uit voor omgewaaide bomen en losgeraakte dakpannen.",
   "Bij Zevenaar viel een boom op een rijdende auto. De bestuurder raakte lichtgewond.",
   "Op de A15 bij Tiel was een vrachtwagen gekanteld, waardoor de weg richting Rotterdam urenlang dicht was.",
   "Code oranje",
   "Het KNMI had voor de hele provincie code oranje afgegeven. Op het hoogtepunt werden windstoten van 110 kilometer per uur gemeten bij Deelen.",
   "Zaterdag neemt de wind volgens de weerdiensten snel af."]),
]

def assemble(i, art, rng, arts):
    top = []
    if i != 9: top.append("[navigation] Naar hoofdinhoud")
    top.append(f"[navigation] Home › {art['nav']}")
    premium = i % 3 != 1
    if premium: top.append("[paywall] PREMIUM")
    body = [art["head"], art["by"]] + list(art["body"])
    if i not in (4, 15):
        body.insert(2, f"[comments] {rng.randint(0, 214)} reacties")
    if i % 4 != 3:
        other = arts[(i + 4) % 18]["head"]
        body.insert(min(7, len(body) - 1), f"[related] Lees ook: {other}")
    # paywall box after 4th line for premium articles
    if premium:
        pw = [f"[paywall] Je hebt {rng.randint(1,4)} van de 5 gratis artikelen deze maand gelezen.",
              ("[paywall] Word abonnee en lees onbeperkt alle premium artikelen. Eerste maand € 1." if i % 4 else
               "[paywall] Word abonnee en lees onbeperkt. Eerste maand voor maar € 1."),
              "[paywall] Al abonnee? Log in"]
        if i in (3, 8, 11, 14, 17):
            pw.insert(2, f"[paywall] Black Friday-actie: 1 jaar digitaal voor € 49 \u2013 nog {rng.randint(2,9)} dagen")
        body = body[:5] + pw + body[5:]
    # newsletter mid/end
    nl = ["[newsletter] Elke ochtend het belangrijkste nieuws uit jouw regio in je mailbox? Schrijf je in voor onze gratis nieuwsbrief.",
          "[ui] Aanmelden"]
    if i not in (6, 12):
        pos = len(body) - 2 if i % 2 else len(body) - 1
        body = body[:pos] + nl + body[pos:]
    if i in (2, 5, 10, 13, 16):
        body.insert(4, "[ad] Advertentie")
    bottom = ["[share] Deel dit artikel: WhatsApp · Facebook · X · Mail",
              "[comments] Praat mee en reageer op dit artikel",
              "[app] Download de Waalbode-app voor het laatste nieuws uit je buurt",
              "[social] Volg de Waalbode op Facebook en Instagram"]
    if i in (5, 11): bottom = [bottom[1], bottom[0]] + bottom[2:]
    if i in (7, 18): bottom.remove("[app] Download de Waalbode-app voor het laatste nieuws uit je buurt")
    if i == 13: bottom.remove("[social] Volg de Waalbode op Facebook en Instagram")
    bottom.append("[legal] © 2026 Waalbode Media B.V. Alle rechten voorbehouden.")
    if i % 5 != 0: bottom.append("[cookie] Cookie-instellingen")
    return top + body + bottom

write_site("sb8-nl", "nl", "www.dewaalbode.nl", A, assemble, 8202)
