from engine import write_site

HOST = "jarviseudunsanomat.fi"
SEC = {"uutiset": "Uutiset", "talous": "Talous", "urheilu": "Urheilu", "mielipide": "Mielipide",
       "kulttuuri": "Kulttuuri", "kotimaa": "Kotimaa"}

SAHA_BG = ("Metsäyhtiö Nordwood ilmoitti 14. tammikuuta aikovansa sulkea Koskenpään sahan kesäkuun loppuun mennessä. "
           "Sahalla työskentelee {n} ihmistä, ja se on kunnan suurin yksityinen työnantaja.")
SAHA_BG2 = "Yhtiön mukaan sahan kannattavuus on heikentynyt puun kallistumisen ja sahatavaran viennin hiipumisen vuoksi."
SAHA_FACT = "Koskenpään saha perustettiin vuonna 1952."

A = []
def art(section, slug, lines, mid=None, cut=None):
    A.append(dict(section=section, slug=slug, lines=lines, mid=mid, cut=cut))

art("uutiset", "kaupunginvaltuusto-hyvaksyi-talousarvion", [
    "Valtuusto hyväksyi talousarvion äänin 31–12 – veroprosentti nousee puolella yksiköllä",
    "Kokous venyi yli puolenyön, kun perussuomalaiset ja vasemmistoliitto esittivät omat vastaesityksensä.",
    "Mikko Lehtonen | 24.11.2026 23:58",
    "Järvelän kaupunginvaltuusto hyväksyi maanantaina ensi vuoden talousarvion äänin 31–12. Kunnallisveroprosentti nousee 8,40:stä 8,90:een.",
    "Kaupunginjohtaja Tarja Heiskanen perusteli korotusta sillä, että kaupungin kassa on ollut jo kahtena vuonna alijäämäinen.",
    "– Emme halua leikata koulujen ja kirjastojen aukioloajoista. Tämä on ainoa vastuullinen ratkaisu, Heiskanen sanoi.",
    "Perussuomalaisten valtuustoryhmä esitti, että korotus jätettäisiin tekemättä ja sen sijaan luovuttaisiin uuden uimahallin suunnittelusta. Esitys hävisi äänestyksessä.",
    "Vasemmistoliitto puolestaan olisi halunnut lisätä kotihoitoon kuusi uutta vakanssia. Esitys kaatui äänin 35–8.",
    "Mitä muuttuu?",
    "Veroprosentti nousee 8,90:een.",
    "Kirjaston lauantaiaukiolo säilyy.",
    "Katuvalojen sammutusaikaa pidennetään yöllä tunnilla.",
])
art("talous", "koskenpaan-saha-yt-neuvottelut-alkoivat", [
    "Koskenpään sahan muutosneuvottelut alkoivat – ”Ihmiset ovat aivan hiljaa”",
    "Maija Rinne | 3.2.2026 14:20",
    "Nordwoodin ja henkilöstön edustajien väliset muutosneuvottelut käynnistyivät tiistaina Koskenpään sahan ruokalassa.",
    "Pääluottamusmies Jari Nieminen kertoo, että tunnelma oli raskas. Moni sahalla työskentelevistä on ollut talossa yli 20 vuotta.",
    "– Ihmiset ovat aivan hiljaa. Kukaan ei oikein usko, että päätöstä voisi enää kääntää, Nieminen sanoo.",
    SAHA_BG.format(n=126),
    SAHA_BG2,
    "Neuvottelujen on määrä kestää kuusi viikkoa. Kunta on pyytänyt yhtiöltä tapaamista vielä helmikuun aikana.",
    SAHA_FACT,
], mid=4)
art("urheilu", "jarvelan-kiekko-kaatoi-sarjakarkeen", [
    "JärKi kaatoi sarjakärjen jatkoajalla – Saarinen ratkaisi",
    "Teemu Virtanen | 22.11.2026 21:40",
    "Järvelän Kiekko otti Mestiksessä arvokkaan voiton, kun kotijoukkue kukisti sarjaa johtavan KeuPan jatkoajalla 3–2.",
    "Ratkaisun teki puolustaja Eetu Saarinen, jonka rannelaukaus upposi maalivahdin hanskan ohi 62. minuutilla.",
    "Hallissa oli 1 412 katsojaa, mikä on kauden toiseksi suurin yleisömäärä.",
    "– Tätä me ollaan odotettu. Jätkät pelasi ensimmäistä kertaa koko kauden 60 minuuttia samalla asenteella, päävalmentaja Kimmo Aalto kehui.",
    "Maalit",
    "1–0 Lindroos (Hakala) 7.12",
    "1–1 Peltonen 24.50",
    "2–1 Hakala (Saarinen) 38.03",
    "2–2 Mäkelä yv 51.19",
    "3–2 Saarinen 61.44",
    "JärKi kohtaa perjantaina vieraissa Hermeksen.",
], mid=4)
art("kotimaa", "hyvinvointialue-sulkee-terveysaseman", [
    "Hyvinvointialue aikoo sulkea Pohjoisrannan terveysaseman – asukkaat keräävät adressia",
    "Hyvinvointialueen hallitus käsittelee palveluverkkoa joulukuussa. Pohjoisrannan asukkaille lähin asema olisi jatkossa 38 kilometrin päässä.",
    "Laura Hakkarainen | 18.11.2026 6:00",
    "Pohjoisrannan terveysasema on yksi niistä seitsemästä toimipisteestä, jotka hyvinvointialue esittää lakkautettavaksi.",
    "Kylän asukkaat ovat keränneet adressiin jo yli 1 800 nimeä. Keräyksen aloittanut eläkeläinen Raili Suominen sanoo, ettei kaikilla ole autoa.",
    "– Minä en ole ajanut autoa kahteen vuoteen. Bussi kulkee kahdesti päivässä. Miten minä pääsen verikokeisiin?",
    "Hyvinvointialueen palvelujohtaja Petri Ojala muistuttaa, että etävastaanotot ja liikkuva terveysbussi korvaisivat osan palveluista.",
    "– Ymmärrämme huolen. Mutta lääkäreitä ei yksinkertaisesti ole riittävästi seitsemään pieneen toimipisteeseen.",
    "Terveysbussi kiertäisi Pohjoisrannassa kahtena päivänä viikossa.",
    "Aluevaltuusto tekee lopullisen päätöksen tammikuussa.",
], mid=4, cut=6)
art("mielipide", "paakirjoitus-paikallislehti-maksaa", [
    "Pääkirjoitus: Paikallinen journalismi ei synny ilmaiseksi",
    "Pääkirjoitus | 15.11.2026 5:00",
    "Lukijamme ovat kysyneet, miksi yhä useampi juttumme on tilaajille. Kysymys on aiheellinen, ja siihen kuuluu vastata suoraan.",
    "Yksi valtuuston kokousjuttu vie toimittajalta noin päivän. Oikeudenkäynnin seuraaminen voi viedä viikon. Ilmoitustulot, joilla tämä ennen maksettiin, ovat kymmenessä vuodessa puolittuneet.",
    "Maksumuuri ei ole meille itseisarvo. Pidämme edelleen avoimina kaikki onnettomuus-, sää- ja turvallisuusuutiset.",
    "Mutta jos haluamme, että joku istuu jatkossakin aluevaltuuston kokouksessa kello yhdeksään illalla, sen työn on oltava jonkun maksamaa.",
    "Tilaajamäärämme on kasvanut tänä vuonna hieman. Se on hyvä merkki.",
    "Kiitos, että luette.",
])
art("talous", "kunta-etsii-sahalle-uutta-omistajaa", [
    "Kunta etsii Koskenpään sahalle uutta omistajaa – kolme yhtiötä kiinnostunut",
    "Maija Rinne | 2.3.2026 10:05",
    "Kunnanjohtaja Hannu Pesonen vahvistaa, että kunta on ollut yhteydessä kolmeen sahateollisuusyhtiöön, jotka ovat ilmaisseet kiinnostuksensa Koskenpään sahaa kohtaan.",
    "Pesonen ei kerro yhtiöiden nimiä. Hänen mukaansa keskustelut ovat alustavia.",
    "– Sahan tontti, raideyhteys ja osaava henkilöstö ovat vahvuuksia, joita ei ihan joka paikasta löydy.",
    "Nordwood ei ole kommentoinut mahdollista myyntiä.",
    SAHA_BG.format(n=126),
    SAHA_BG2,
    "Muutosneuvottelut päättyivät helmikuun lopussa. Niiden tuloksena yhtiö vahvisti 118 irtisanomista.",
    SAHA_FACT,
], mid=5)
art("kulttuuri", "kesateatteri-valitsi-ensi-kesan-naytelman", [
    "Rantalan kesäteatteri tuo ensi kesänä lavalle Tuntemattoman sotilaan",
    "Sanna Kettunen | 20.11.2026 16:30",
    "Rantalan kesäteatteri esittää kesällä 2027 Väinö Linnan Tuntemattoman sotilaan. Ohjaajana toimii teatterin pitkäaikainen näyttelijä Ville Hyvönen.",
    "Hyvönen kertoo, että koe-esiintymiset järjestetään tammikuussa. Mukaan tarvitaan noin 30 harrastajanäyttelijää.",
    "– Meillä on ollut Rokkaa varten jo yksi ehdokas mielessä, mutta katsotaan, kuka tulee paikalle.",
    "Teatterin katsomoon mahtuu 420 henkeä. Viime kesän Kaunis Veera keräsi yli 9 000 katsojaa.",
    "Ensi-ilta on 20. kesäkuuta.",
], mid=4)
art("uutiset", "jaata-ei-viela-kannata-kulkea", [
    "Pelastuslaitos varoittaa: järvien jäille ei vielä kannata mennä",
    "STT–Järviseudun Sanomat | 28.11.2026 12:15",
    "Pakkasöiden jälkeen pienet lammet ovat saaneet ohuen jääkannen, mutta isoilla selillä jää on vielä heikkoa tai sitä ei ole lainkaan.",
    "Pelastuslaitoksen päivystävä palomestari Antti Laitinen kehottaa odottamaan.",
    "– Kantava jää on vähintään viisi senttiä teräsjäätä kävelijälle. Nyt mitatut paksuudet ovat alle kolmen sentin.",
    "Muista ainakin nämä:",
    "Naskalit kaulaan.",
    "Älä liiku jäällä yksin.",
    "Kerro jollekin reittisi.",
    "Viime talvena alueella tapahtui kaksi jäihin putoamista, joista toinen johti kuolemaan.",
], mid=4, cut=6)
art("kotimaa", "koululaiset-keraavat-rahaa-sairaalaklovneille", [
    "Koululaiset keräsivät yli 4 000 euroa sairaalaklovneille",
    "Anna Koskinen | 13.11.2026 15:00",
    "Keskustan koulun kuudesluokkalaiset järjestivät syksyllä myyjäiset, taksvärkkipäivän ja konsertin. Tuotto lahjoitettiin sairaalaklovnien toimintaan.",
    "Luokanopettaja Helena Mattila kertoo, että idea tuli oppilailta itseltään.",
    "– Yhden oppilaan pikkuveli oli ollut pitkään lastenosastolla, ja klovnit olivat jääneet hänelle mieleen.",
    "Keräys tuotti 4 212 euroa. Summa on koulun historian suurin.",
    "”Jokainen euro on naurua”",
    "Näin luki myyjäisten julisteessa, jonka oppilaat piirsivät itse.",
    "Sairaalaklovnit vierailevat tammikuussa koululla kiittämässä oppilaita.",
], mid=4)
art("talous", "sahan-viimeinen-tyovuoro", [
    "Koskenpään sahan viimeinen työvuoro: ”Sahapukin ääni jää soimaan korviin”",
    "Maija Rinne | 27.6.2026 18:40",
    "Perjantaina kello 14 Koskenpään sahan vannesaha pysähtyi viimeisen kerran. Portin ulkopuolella oli kymmeniä kyläläisiä.",
    "Trukinkuljettaja Tapio Halonen oli sahalla töissä 34 vuotta. Hän ajoi viimeisen tukkikuorman itse.",
    "– Ei tätä osannut ajatella silloin, kun tänne kesäpojaksi tulin. Luulin, että eläkkeelle jään täältä.",
    "Kunnanjohtaja Hannu Pesonen kiitti puheessaan henkilöstöä. Uutta omistajaa ei ole toistaiseksi löytynyt.",
    SAHA_BG.format(n=124),
    SAHA_BG2,
    SAHA_FACT,
], mid=4)
art("uutiset", "ylinopeutta-koulun-kohdalla", [
    "Poliisi mittasi koulun kohdalla 44 ylinopeutta tunnissa",
    "Mikko Lehtonen | 10.11.2026 11:25",
    "Poliisi valvoi tiistaiaamuna nopeuksia Kirkkotiellä koulun kohdalla, jossa rajoitus on 30 kilometriä tunnissa.",
    "Tunnin aikana ylinopeutta ajoi 44 kuljettajaa. Suurin mitattu nopeus oli 61 kilometriä tunnissa.",
    "Komisario Jukka Salo kertoo, että valvontaa jatketaan vanhempien pyynnöstä.",
    "– Aamulla liikenne on vilkkaimmillaan juuri silloin, kun pienet lapset tulevat kouluun.",
    "Kaupunki harkitsee hidastetöyssyjen lisäämistä kadulle ensi keväänä.",
], mid=3)
art("kotimaa", "susi-nahtiin-taajaman-laidalla", [
    "Susi nähtiin taajaman laidalla – riistakeskus: ei syytä paniikkiin",
    "Laura Hakkarainen | 6.11.2026 8:50",
    "Useat asukkaat ovat ilmoittaneet nähneensä suden Kuusimäen asuinalueen lähellä viime viikon aikana.",
    "Yksi havainnoista tallentui riistakameraan keskiviikkona kello 3.12.",
    "Suomen riistakeskuksen riistapäällikkö Ossi Kärkkäinen sanoo, että yksittäiset nuoret sudet liikkuvat syksyisin laajalti.",
    "– Susi välttelee yleensä ihmistä. Koirat kannattaa kuitenkin pitää kytkettyinä ja pihat valaistuina.",
    "Havainnoista voi ilmoittaa Tassu-palveluun.",
    "Alueella on tämän vuoden aikana todettu kaksi koiriin kohdistunutta susihyökkäystä.",
], mid=4, cut=6)
art("kulttuuri", "kirja-arvio-hiljainen-kyla", [
    "Kirja-arvio: Hiljaisen kylän romaani, joka ei päästä lukijaa helpolla",
    "Sanna Kettunen | 9.11.2026 9:00",
    "Elina Puranen: Talven jälkeen. Otava 2026. 312 s.",
    "Puranen kirjoittaa kylästä, josta kauppa, koulu ja lopulta posti ovat lähteneet. Jäljelle jäävät ne, jotka eivät voi tai halua lähteä.",
    "Päähenkilö Aune on 78-vuotias leski, joka puhuu radiolle enemmän kuin naapureilleen.",
    "Kerronta on niukkaa ja rytmiltään hidasta, mikä vaatii lukijalta kärsivällisyyttä. Palkinto on kuitenkin suuri.",
    "Parasta romaanissa ovat dialogit, joissa sanotaan vähän ja tarkoitetaan paljon.",
    "Tähtiä: ★★★★☆",
], mid=4)
art("talous", "sahan-tontille-biojalostamo", [
    "Entisen sahan tontille suunnitellaan biojalostamoa",
    "Maija Rinne | 16.10.2026 13:30",
    "Tamperelainen Kuitu Oy selvittää biojalostamon rakentamista Koskenpään entisen sahan tontille. Hanke työllistäisi arviolta 60 ihmistä.",
    "Yhtiön toimitusjohtaja Riikka Toivonen kertoo, että ympäristölupaa haetaan ensi vuoden aikana.",
    "– Tontilla on jo valmiina raide, sähköliittymä ja laajat kentät. Se säästää vuosia.",
    SAHA_BG.format(n=126),
    "Investointipäätös tehdään aikaisintaan vuonna 2028.",
    SAHA_FACT,
], mid=4)
art("urheilu", "hiihtoladut-avataan-tekolumella", [
    "Hiihtokauden avaus: tekolumilatu avataan lauantaina",
    "Teemu Virtanen | 26.11.2026 17:10",
    "Urheilupuiston 2,5 kilometrin tekolumilatu avataan lauantaina kello 10. Lumetusta on tehty kolmena yönä.",
    "Latu on avoin sekä perinteiselle että vapaalle tyylille.",
    "Kaupungin liikuntapäällikkö Minna Räsänen muistuttaa, että latu on ensimmäisinä päivinä kapea.",
    "– Pyydämme hiihtäjiltä kärsivällisyyttä. Ruuhka-aikoina kannattaa hiihtää samaan suuntaan.",
    "Latu",
    "Pituus 2,5 km, valaistu klo 6–22.",
], mid=4)
art("mielipide", "lukijalta-bussivuoroja-ei-saa-karsia", [
    "Lukijalta: Bussivuoroja ei saa karsia maaseudulta",
    "Eila Partanen, Pohjoisranta | 21.11.2026 6:00",
    "Maakunnan joukkoliikennesuunnitelmassa esitetään, että Pohjoisrannan iltavuoro lakkautetaan vähäisen käytön vuoksi.",
    "Käyttö on vähäistä, koska vuoro kulkee jo nyt niin harvoin, ettei siihen voi luottaa.",
    "Ilman iltabussia nuoret eivät pääse harrastuksiin eivätkä vanhukset kaupungin palveluihin.",
    "Vaadin, että päättäjät tulevat itse kokeilemaan matkaa Pohjoisrannasta keskustaan ilman autoa.",
], mid=3)
art("uutiset", "joulukatu-avataan", [
    "Joulukatu avataan sunnuntaina – tiernapojat ja kuusen sytytys",
    "Anna Koskinen | 27.11.2026 10:45",
    "Kauppakadun joulukatu avataan perinteisesti ensimmäisenä adventtisunnuntaina kello 16.",
    "Ohjelmassa ovat seurakunnan kuoro, Keskustan koulun tiernapojat ja joulupukki.",
    "Kuusen valot sytyttää tänä vuonna Järvelän vuoden yrittäjä, kahvila Kanelin omistaja Hanna Lindqvist.",
    "Ohjelma",
    "16.00 Kuoro",
    "16.20 Tiernapojat",
    "16.45 Kuusen sytytys",
    "Kauppakatu on suljettu liikenteeltä kello 15–19.",
], mid=4, cut=6)
art("kotimaa", "evasteet-ja-kunnan-verkkosivut", [
    "Tietosuojavaltuutettu huomautti kunnalle evästeistä",
    "Mikko Lehtonen | 4.11.2026 14:00",
    "Tietosuojavaltuutetun toimisto on antanut Järvelän kaupungille huomautuksen verkkosivujen evästekäytännöistä.",
    "Sivusto tallensi käyttäjän laitteelle analytiikkaevästeitä ennen kuin käyttäjä oli antanut suostumuksensa.",
    "Kaupungin viestintäpäällikkö Jenni Karvonen kertoo, että virhe korjattiin heti huomautuksen jälkeen.",
    "– Evästebannerin asetukset olivat muuttuneet sivuston päivityksen yhteydessä. Kukaan ei huomannut sitä.",
    "Seuraamusmaksua kaupungille ei määrätty.",
], mid=3)

CAMPAIGN = {3, 7, 10, 14, 17}

def template(n, art, rnd, arts):
    top, mid, bottom = [], [], []
    if n not in (5, 13):
        top.append("[navigation] Siirry pääsisältöön")
    top.append(f"[navigation] Etusivu › {SEC[art['section']]}")
    if n % 3 != 0:
        top.append(f"[audio] Kuuntele juttu ({rnd.randint(2, 7)} min)")
    # middle
    nl = ("[newsletter] Tilaa Aamun uutiskirje – tärkeimmät jutut sähköpostiisi joka arkiaamu klo 6."
          if n % 4 != 1 else
          "[newsletter] Tilaa Aamun uutiskirje – saat päivän tärkeimmät uutiset sähköpostiisi.")
    other = arts[(n + 6) % 18]["lines"][0]
    rel = f"[related] Lue myös: {other}"
    if n in (2, 9, 16):
        mid = [rel]
    elif n % 2:
        mid = [nl, "[ui] Tilaa", rel]
    else:
        mid = [rel, nl, "[ui] Tilaa"]
    if n in (6, 11):
        mid.insert(0, "[ad] Mainos")
    # bottom
    if art.get("cut"):
        bottom += [
            "[paywall] Tämä juttu on tarkoitettu tilaajillemme.",
            "[paywall] Lue koko juttu – digitilaus 1 kk vain 1 €" if n % 2 else
            "[paywall] Lue koko juttu – kokeile 2 viikkoa 0 €",
            "[ui] Tilaa nyt",
            "[paywall] Oletko jo tilaaja? Kirjaudu sisään ja jatka lukemista.",
        ]
    else:
        if n not in (1, 15):
            bottom.append("[share] Jaa artikkeli")
        if n not in (5, 12):
            bottom.append(f"[comments] Kommentit ({rnd.randint(0, 48)})")
    if n in CAMPAIGN:
        bottom += ["[app] Joulukampanja: lataa Järviseudun Sanomat -sovellus ja lue näköislehti jo edellisenä iltana klo 21.",
                   "[ui] Lataa sovellus"]
    if art["section"] != "mielipide" and n % 5 == 2:
        bottom.append("[legal] Kuva: Järviseudun Sanomat / " + ["Pekka Aho", "Sari Lindholm", "Jussi Nurmi", "Leena Paananen"][n % 4])
    soc = "[social] Seuraa meitä Facebookissa ja Instagramissa"
    leg = "[legal] © Järviseudun Sanomat 2026. Kaikki oikeudet pidätetään."
    if n % 6 == 4:
        bottom += [leg, soc]
    else:
        bottom += [soc, leg]
    if n not in (8, 18):
        bottom.append("[cookie] Evästeasetukset")
    return top, mid, bottom

write_site("sb13-fi", "fi", HOST, A, template, 1301)
