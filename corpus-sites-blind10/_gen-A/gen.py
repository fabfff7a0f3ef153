#!/usr/bin/env python3
"""Assemble blind test pages from article files + per-site template specs (CMS-like)."""
import os, random, re, math

BASE = "/work/sites-blind10"
HERE = os.path.dirname(os.path.abspath(__file__))


def parse(path):
    arts = []
    cur = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("=== "):
            sec, slug, nav = line[4:].split("|")
            cur = {"section": sec, "slug": slug, "nav": nav, "lines": [], "rel": None}
            arts.append(cur)
        elif line.startswith("R: "):
            cur["rel"] = line[3:]
        else:
            cur["lines"].append(line)
    assert len(arts) == 18, (path, len(arts))
    return arts


def B(cat, text):
    return "[%s] %s" % (cat, text)


def words(art):
    return sum(len(l.split()) for l in art["lines"])


def split_art(art, bg):
    """head = title, standfirst, byline; body = rest with placeholders expanded."""
    ls = art["lines"]
    # byline is the line containing ' · '
    bi = next(i for i, l in enumerate(ls) if " · " in l and i <= 2)
    head, body = ls[:bi + 1], []
    for l in ls[bi + 1:]:
        if l.startswith("@"):
            v = bg(l[1:])
            if v:
                body.append(v)
        else:
            body.append(l)
    return head, body


def insert_mid(body, inserts):
    """inserts: list of (fraction, [lines]); fraction in (0,1)."""
    out = list(body)
    # insert from last to first so positions stay valid
    pos = []
    for frac, blk in inserts:
        if not blk:
            continue
        p = max(1, min(len(body) - 1, round(len(body) * frac)))
        pos.append((p, blk))
    pos.sort(key=lambda x: -x[0])
    for p, blk in pos:
        out[p:p] = blk
    return out


def write(site, lang, host, arts, build):
    d = os.path.join(BASE, site)
    os.makedirs(d, exist_ok=True)
    for i, art in enumerate(arts, 1):
        rng = random.Random("%s-%d" % (site, i))
        lines = build(i, art, rng, arts)
        for l in lines:
            assert l.strip() and "\n" not in l
        url = "https://%s/%s/%s" % (host, art["section"], art["slug"])
        with open(os.path.join(d, "page-%02d.txt" % i), "w", encoding="utf-8") as f:
            f.write("id: %s-%02d\nlang: %s\nkind: positive\nurl: %s\n---\n" % (site, i, lang, url))
            f.write("\n".join(lines) + "\n")


def others(arts, i, rng, k=3):
    idx = [j for j in range(len(arts)) if j != i - 1]
    return [arts[j]["lines"][0] for j in rng.sample(idx, k)]


def maybe_swap(groups, rng, p=0.3):
    g = [x for x in groups if x]
    if len(g) >= 2 and rng.random() < p:
        a = rng.randrange(len(g) - 1)
        g[a], g[a + 1] = g[a + 1], g[a]
    return [l for x in g for l in x]


# ---------------------------------------------------------------- Italian
IT_SERIES = {2: 65, 6: 73, 11: 79, 15: 84}
IT_CAMPAIGN = {7, 9, 10, 12, 16}


def build_it(i, art, rng, arts):
    def bg(key):
        if key == "BG1":
            return ("La crisi della Tessitura Seriana è iniziata il 9 settembre, quando il fondo lussemburghese "
                    "Alder Capital, proprietario dell'azienda dal 2019, ha comunicato ai sindacati l'intenzione di "
                    "chiudere lo stabilimento di Ponte Nossa entro marzo 2027. In fabbrica lavorano 212 persone, "
                    "in gran parte residenti tra Gorno, Premolo e Parre.")
        if key == "BG2":
            return ("Dal 10 settembre i lavoratori presidiano a turno i cancelli dello stabilimento, giorno e notte: "
                    "oggi è il %d° giorno di presidio." % IT_SERIES[i])
        if key == "FACT":
            return "La scheda – Tessitura Seriana: fondata nel 1923, 212 dipendenti, fatturato 2025 di 41 milioni di euro."
    head, body = split_art(art, bg)
    out = []
    if rng.random() < 0.85:
        out.append(B("navigation", "Vai al contenuto principale"))
    out.append(B("navigation", art["nav"]))
    meter = []
    if i not in (8,) and rng.random() < 0.65:
        k = rng.randint(1, 4)
        if rng.random() < 0.5:
            meter = [B("paywall", ("Hai letto %d articoli gratuiti su 5 questo mese" % k) if k > 1 else "Hai letto 1 articolo gratuito su 5 questo mese")]
        else:
            meter = [B("paywall", ("Ti restano %d articoli gratuiti questo mese. Abbonati per leggere senza limiti" % (5 - k)) if k < 4 else "Ti resta 1 articolo gratuito questo mese. Abbonati per leggere senza limiti")]
    out += meter
    out += head
    if rng.random() < 0.7:
        out.append(B("audio", "Ascolta l'articolo · %d min" % max(2, math.ceil(words(art) / 170))))
    nl = []
    if rng.random() < 0.75:
        if rng.random() < 0.6:
            nl = [B("newsletter", "Il Buongiorno delle Valli: le notizie del territorio ogni mattina alle 7 nella tua casella di posta"),
                  B("ui", "Iscriviti gratis")]
        else:
            nl = [B("newsletter", "Ogni mattina alle 7 le notizie delle valli nella tua email: iscriviti al Buongiorno delle Valli"),
                  B("ui", "Iscriviti gratis")]
    ad = [B("ad", "Pubblicità")] if rng.random() < 0.5 else []
    rel = [B("related", art["rel"])] if rng.random() < 0.9 else []
    body = insert_mid(body, [(0.35, nl), (0.55, ad), (0.75, rel)])
    out += body
    # bottom
    camp = []
    if i in IT_CAMPAIGN:
        camp = [B("paywall", "Black Friday: l'abbonamento digitale a 1 euro al mese per un anno. Offerta valida fino al %d dicembre" % (1 if i < 12 else 8)),
                B("ui", "Approfitta dell'offerta")]
    sub = []
    if rng.random() < 0.8:
        sub = [B("paywall", "Sostieni l'informazione locale: abbonati al Corriere delle Valli"),
               B("ui", "Abbonati"), B("ui", "Sei già abbonato? Accedi")]
    share = [B("share", "Condividi su Facebook · WhatsApp · X · Email")] if rng.random() < 0.85 else []
    com = []
    if rng.random() < 0.6:
        n = rng.randint(0, 48)
        com = [B("comments", "%d commenti" % n if n != 1 else "1 commento"), B("comments", "Accedi per commentare")]
    most = []
    if rng.random() < 0.7:
        most = [B("related", "Le più lette")] + [B("related", t) for t in others(arts, i, rng)]
    social = []
    if rng.random() < 0.8:
        social = [B("social", "Seguici su Facebook, Instagram e sul nostro canale WhatsApp")] if rng.random() < 0.7 else \
                 [B("social", "Segui il Corriere delle Valli su Facebook e Instagram")]
    out += camp
    out += maybe_swap([share, sub, com], rng)
    out += maybe_swap([most, social], rng)
    out.append(B("legal", "© 2026 Editoriale Valli S.r.l. – P.IVA 03481230165 – Riproduzione riservata"))
    if rng.random() < 0.35:
        out.append(B("legal", "È vietata la riproduzione, anche parziale, dei contenuti senza autorizzazione scritta dell'editore"))
    if rng.random() < 0.4:
        out += [B("cookie", "Utilizziamo i cookie per migliorare la tua esperienza e mostrarti pubblicità personalizzata. Puoi modificare le tue preferenze in qualsiasi momento."),
                B("ui", "Accetta tutti"), B("ui", "Rifiuta"), B("ui", "Personalizza")]
    return out


# ---------------------------------------------------------------- Polish
PL_SERIES = {3: 17, 7: 17, 12: 17, 16: 18}
PL_CAMPAIGN = {5, 9, 12, 15, 18}


def build_pl(i, art, rng, arts):
    def bg(key):
        if key == "BG1":
            return ("Składowisko odpadów przemysłowych w Jeziorkach Małych (gmina Brzeziny, woj. łódzkie) działa od 2019 roku. "
                    "W czerwcu 2025 r. Wojewódzki Inspektorat Ochrony Środowiska wykrył w wodzie z przydomowych studni stężenia "
                    "chromu i kadmu wielokrotnie przekraczające normy. Zarządzająca składowiskiem spółka Eko-Rem od początku "
                    "zaprzecza, by odpowiadała za skażenie.")
        if key == "BG2":
            return ("Od %d miesięcy około 300 mieszkańców wsi korzysta z wody dowożonej beczkowozami przez gminę." % PL_SERIES[i])
    head, body = split_art(art, bg)
    out = []
    if rng.random() < 0.8:
        out.append(B("navigation", "Przejdź do treści"))
    out.append(B("navigation", art["nav"]))
    if rng.random() < 0.6:
        out.append(B("appeal", "Niezależne dziennikarstwo finansowane przez czytelników. Wesprzyj nas") if rng.random() < 0.6
                   else B("appeal", "Kurier Obywatelski nie ma właściciela. Ma Was. Wesprzyj nas"))
    out += head
    if rng.random() < 0.55:
        out.append(B("audio", "Posłuchaj tekstu (%d min)" % max(2, math.ceil(words(art) / 150))))
    nl = []
    if rng.random() < 0.7:
        nl = [B("newsletter", "Zapisz się na newsletter „Kurier na weekend” – najważniejsze teksty tygodnia w każdą sobotę rano"),
              B("ui", "Zapisz się")]
    rel = [B("related", art["rel"])] if rng.random() < 0.95 else []
    mid_appeal = [B("appeal", "Ten tekst powstał dzięki wpłatom naszych czytelniczek i czytelników. Dołącz do nich")] if rng.random() < 0.4 else []
    body = insert_mid(body, [(0.4, nl), (0.7, rel), (0.9, mid_appeal)])
    out += body
    series = []
    if i in PL_SERIES:
        series = [B("related", "Wszystkie teksty z serii „Trucizna pod Brzezinami”")]
    out += series
    if rng.random() < 0.85:
        n = rng.randint(1200, 3400)
        z = rng.randint(4, 60) * 1000 + rng.choice([0, 200, 450, 800])
        head_a = "Dziennikarstwo, które nie należy do nikogo" if rng.random() < 0.65 else "Nie mamy reklam od spółek Skarbu Państwa. Mamy Was"
        appeal = [B("appeal", head_a),
                  B("appeal", "Nie mamy bogatego właściciela ani reklam od spółek Skarbu Państwa. Utrzymujemy się z wpłat "
                              "czytelniczek i czytelników. W tym miesiącu wsparło nas już %s osób – do celu brakuje nam jeszcze %s zł."
                    % (f"{n:,}".replace(",", "\u00a0"), f"{z:,}".replace(",", "\u00a0")))]
        if i in PL_CAMPAIGN:
            p = {5: 31, 9: 44, 12: 58, 15: 67, 18: 79}[i]
            appeal.append(B("appeal", "Świąteczna zbiórka: zebraliśmy już %d%% z 250 000 zł na nasze śledztwa w 2027 roku" % p))
        btn = [B("ui", "20 zł"), B("ui", "50 zł"), B("ui", "100 zł"), B("ui", "Wspieram co miesiąc")]
        if rng.random() < 0.7:
            btn.append(B("ui", "Może później"))
        out += appeal + btn
    elif i in PL_CAMPAIGN:
        out.append(B("appeal", "Świąteczna zbiórka: zebraliśmy już %d%% z 250 000 zł na nasze śledztwa w 2027 roku" % {5: 31, 9: 44, 12: 58, 15: 67, 18: 79}[i]))
    share = [B("share", "Udostępnij ten tekst")] if rng.random() < 0.8 else []
    com = []
    if rng.random() < 0.65:
        com = [B("comments", "Komentarze (%d)" % rng.randint(0, 212)), B("comments", "Zaloguj się, aby dodać komentarz")]
    social = [B("social", "Obserwuj nas: Facebook · Instagram · Bluesky · YouTube")] if rng.random() < 0.85 else []
    out += maybe_swap([share, com, social], rng, 0.35)
    out.append(B("legal", "© 2026 Fundacja Kurier Obywatelski. Przedruk wyłącznie za zgodą redakcji."))
    if rng.random() < 0.3:
        out += [B("cookie", "Ta strona używa plików cookies. Korzystając z niej, zgadzasz się na ich użycie zgodnie z polityką prywatności."),
                B("ui", "Rozumiem")]
    return out


# ---------------------------------------------------------------- Swahili
SW_SERIES = {4: 9, 8: 16, 13: 24, 17: None}
SW_CAMPAIGN = {2, 6, 9, 14, 18}


def build_sw(i, art, rng, arts):
    def bg(key):
        if key == "BG1":
            return ("Mgomo huo ulianza Novemba 3 baada ya tawi la Mombasa la Muungano wa Wahudumu wa Afya kulalamikia "
                    "kucheleweshwa kwa mishahara ya miezi mitatu, uhaba wa dawa na kutopandishwa vyeo kwa wafanyakazi kwa "
                    "zaidi ya miaka mitano. Zaidi ya wahudumu 1,400 wakiwemo wauguzi, maafisa wa kliniki na wataalamu wa "
                    "maabara wanashiriki mgomo huo.")
        if key == "BG2":
            return ("Hadi sasa, Hospitali Kuu ya Mkoa wa Pwani imekuwa ikipokea wagonjwa wa dharura pekee kwa siku %d." % SW_SERIES[i])
        if key == "FACT":
            return "Nambari ya dharura ya Idara ya Afya ya Kaunti: 0800 720 541 (bila malipo)"
    head, body = split_art(art, bg)
    out = []
    if rng.random() < 0.75:
        out.append(B("navigation", "Ruka hadi maudhui"))
    out.append(B("navigation", art["nav"]))
    if rng.random() < 0.6:
        out.append(B("app", "Pakua programu ya Sauti ya Pwani kwenye Google Play na App Store upate habari papo hapo") if rng.random() < 0.6
                   else B("app", "Pata habari za Pwani kwanza: pakua app yetu"))
    out += head
    if rng.random() < 0.85:
        out.append(B("share", "Shiriki: WhatsApp · Facebook · X · Telegram"))
    ad = [B("ad", "TANGAZO")] if rng.random() < 0.7 else []
    nl = []
    if rng.random() < 0.6:
        nl = [B("newsletter", "Jiandikishe upokee jarida letu la habari kila asubuhi kupitia barua pepe"), B("ui", "Jiandikishe")]
    rel = [B("related", art["rel"])] if rng.random() < 0.9 else []
    camp = [B("social", "Jiunge na chaneli yetu ya WhatsApp upate habari muhimu moja kwa moja kwenye simu yako")] if i in SW_CAMPAIGN else []
    body = insert_mid(body, [(0.3, ad), (0.5, nl), (0.75, rel), (0.9, camp)])
    out += body
    com = []
    if rng.random() < 0.65:
        n = rng.randint(0, 37)
        com = [B("comments", "Maoni (%d)" % n), B("comments", "Andika maoni yako hapa chini. Maoni yenye matusi yataondolewa.")]
    more = []
    if rng.random() < 0.7:
        more = [B("related", "Habari zaidi")] + [B("related", t) for t in others(arts, i, rng)]
        if rng.random() < 0.5:
            more.append(B("ui", "Pakia zaidi"))
    social = [B("social", "Tufuate kwenye Facebook, X, Instagram na TikTok: @SautiYaPwani")] if rng.random() < 0.85 else []
    out += maybe_swap([com, more, social], rng, 0.35)
    out.append(B("legal", "© 2026 Sauti ya Pwani Media Ltd. Haki zote zimehifadhiwa."))
    if rng.random() < 0.5:
        out.append(B("legal", "Hairuhusiwi kunakili habari hii bila idhini ya maandishi kutoka Sauti ya Pwani."))
    if rng.random() < 0.4:
        out += [B("cookie", "Tovuti hii inatumia vidakuzi ili kuboresha huduma zetu. Kwa kuendelea kuitumia, unakubali sera yetu ya faragha."),
                B("ui", "Nakubali")]
    return out


if __name__ == "__main__":
    write("sb10-it", "it", "www.corrieredellevalli.it", parse(os.path.join(HERE, "it.txt")), build_it)
    write("sb10-pl", "pl", "kurierobywatelski.pl", parse(os.path.join(HERE, "pl.txt")), build_pl)
    write("sb10-sw", "sw", "www.sautiyapwani.co.ke", parse(os.path.join(HERE, "sw.txt")), build_sw)
    print("ok")
