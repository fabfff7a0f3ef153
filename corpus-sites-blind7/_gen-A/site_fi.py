from gen import M, split, fmt_int
SITE, LANG, HOST, FILE = 'sb7-fi', 'fi', 'www.haapajoensanomat.fi', 'fi.txt'

LUE_MYOS = [
    "Lue myös: Koivurinteen koulun laajennus valmistuu vuotta myöhässä",
    "Lue myös: Torikahvila etsii uutta yrittäjää",
    "Lue myös: HaKi:n miehet hävisivät Kiteellä",
    "Lue myös: Näin lakkautetun koulun rakennukselle kävi Lammasjärvellä",
    "Lue myös: Tilaajat kysyivät, päätoimittaja vastaa",
    "Lue myös: Jyväskylän päivystyksessä ruuhkaa viikonloppuisin",
    "Lue myös: Valtuuston kokous venyi yöhön – katso, miten kukin äänesti",
    "Lue myös: Rantakylän kyläjuhlilla juhlittiin 400-vuotiasta taloa",
    "Lue myös: Ilves ajeli Haapajoen keskustassa",
    "Lue myös: Kaupungin verotulot jäävät arviosta",
    "Lue myös: Kirkon urut kunnostetaan ensi kesänä",
    "Lue myös: Routa nosti kuoppia myös kaupungin kaduille",
    "Lue myös: Kiviniemen kyläyhdistys luovutti adressin",
    "Lue myös: Joulupuu-keräys alkoi kirjastossa",
    "Lue myös: Meijerin rakennus myytiin huutokaupassa",
    "Lue myös: Poliisi valvoo tehostetusti joulun alla",
    "Lue myös: Kela-korvaukset muuttuvat – tarkista nämä",
    "Lue myös: Lukion opiskelijamäärä kasvoi ensimmäistä kertaa kymmeneen vuoteen",
]
LUETUIMMAT = [
    "Sivistyslautakunta esittää Kiviniemen ja Ylikylän koulujen lakkauttamista",
    "Haapajoen terveysaseman iltapäivystys loppuu tammikuussa",
    "Haapajoen saha aloittaa muutosneuvottelut – vähennystarve enintään 28 henkeä",
    "Valtuusto palautti kouluesityksen valmisteluun – päätös siirtyy kevääseen",
    "Kuljettaja puhalsi lähes kaksi promillea keskellä päivää",
    "Susihavainnot ovat lisääntyneet Kiviniemen suunnalla",
]
METER = [2, 1, 4, 3, 5, 2, None, 1, 3, None, 4, 2, 5, 1, None, 3, 2, None]
COMMENTS = [31, 2, 5, 47, 22, 18, 63, 9, 14, 26, 0, 7, 38, 3, 4, 11, 6, 1]
CAMPAIGN = (9, 12, 14, 15, 17)

def build(i, a, rng):
    head, b1, b2 = split(a)
    out = []
    if i not in (2, 10, 16):
        out.append(M('navigation', 'Siirry pääsisältöön'))
    out.append(M('navigation', a['nav']))
    out += head
    m = METER[i]
    if m is not None:
        if m == 5:
            out.append(M('paywall', 'Tämä on viimeinen maksuton juttusi tässä kuussa.'))
        else:
            out.append(M('paywall', f'Olet lukenut {m}/5 maksutonta juttua tässä kuussa.'))
    nwords = sum(len(x.split()) for x in a['lines'])
    if i % 3 == 0:
        out.append(M('audio', f'Kuuntele juttu ({max(2, round(nwords / 90))} min)'))
    share_top = i not in (4, 9, 13)
    if share_top:
        out.append(M('share', 'Jaa juttu: Facebook | X | WhatsApp | Kopioi linkki'))
    if i % 4 != 3 and len(b1) > 2:
        out += b1[:2] + [M('ad', 'Mainos')] + b1[2:]
    else:
        out += b1
    mid = [M('related', LUE_MYOS[i])]
    if i not in (4, 6, 11, 15, 17):
        if i in (2, 8, 13):
            mid.append(M('newsletter', 'Haluatko päivän tärkeimmät uutiset sähköpostiisi? Tilaa maksuton aamukirje.'))
        else:
            mid.append(M('newsletter', 'Tilaa Haapajoen Sanomien aamukirje – päivän tärkeimmät uutiset sähköpostiisi arkisin kello 7.'))
        mid.append(M('ui', 'Tilaa uutiskirje'))
    if i % 3 == 1:
        mid.reverse()
    out += mid
    out += b2
    bottom = []
    if not share_top:
        bottom.append(M('share', 'Jaa juttu: Facebook | X | WhatsApp | Kopioi linkki'))
    pw = []
    if i not in (4, 7, 16):
        pw.append(M('paywall', 'Tilaa Haapajoen Sanomat Digi – ensimmäinen kuukausi 1 €, sen jälkeen 14,90 €/kk.'))
        if i in CAMPAIGN:
            pw.append(M('paywall', f'Joulutarjous: Digi + näköislehti 3 kk yhteensä 9,90 €. Tarjous voimassa 24.12.2026 asti.'))
        pw.append(M('ui', 'Tilaa nyt'))
        pw.append(M('ui', 'Onko sinulla jo tilaus? Kirjaudu sisään'))
    c = COMMENTS[i]
    com = [M('comments', f'Kommentit ({c})' if c else 'Ole ensimmäinen kommentoija')] if i not in (5, 12) else []
    rel = [M('related', 'Luetuimmat')]
    pool = [h for h in LUETUIMMAT if h != a['lines'][0]]
    rng.shuffle(pool)
    rel += [M('related', h) for h in pool[:4 if i % 2 else 3]]
    if i % 4 == 2:
        bottom += com + rel + pw
    else:
        bottom += pw + com + rel
    if i not in (1, 8, 14):
        bottom.append(M('social', 'Seuraa Haapajoen Sanomia Facebookissa ja Instagramissa'))
    if i in (0, 3, 6, 11, 15, 17):
        bottom.append(M('app', 'Lataa Haapajoen Sanomat -sovellus App Storesta tai Google Playsta'))
    bottom.append(M('legal', '© Haapajoen Sanomat 2026'))
    if i % 2 == 0:
        bottom.append(M('legal', 'Haapajoen Sanomat noudattaa Journalistin ohjeita ja on sitoutunut Julkisen sanan neuvoston toimintaan.'))
    if i in (1, 6, 10, 13):
        bottom.append(M('cookie', 'Käytämme evästeitä sivuston toiminnan varmistamiseen, analytiikkaan ja mainonnan kohdentamiseen.'))
        bottom.append(M('ui', 'Hyväksy kaikki'))
        bottom.append(M('ui', 'Evästeasetukset'))
    out += bottom
    return out
