#!/usr/bin/env python3
"""Assemble pages for sb9-gb, sb9-de, sb9-ms from template specs + articles (CMS simulation)."""
import os, random, re
import art_gb, art_de, art_ms

OUT = "/work/sites-blind9"

def byline_index(lines, prefixes):
    for i, l in enumerate(lines[:5]):
        if any(l.startswith(p) for p in prefixes):
            return i
    return 1

def insert_at(body, idx, blocks):
    return body[:idx] + blocks + body[idx:]

def M(cat, text):
    return f"[{cat}] {text}"

def order(rng, blocks, p=0.25):
    blocks = list(blocks)
    if len(blocks) > 1 and rng.random() < p:
        i = rng.randrange(len(blocks) - 1)
        blocks[i], blocks[i + 1] = blocks[i + 1], blocks[i]
    return blocks

# ---------------------------------------------------------------- GB
GB_HOST = "www.theledger-news.co.uk"
GB_SECTIONS = {"uk-news": "News › UK news", "opinion": "Opinion", "politics": "News › Politics",
               "technology": "News › Technology", "sport": "Sport › Football", "culture": "Culture › Stage",
               "environment": "News › Environment", "business": "News › Business", "society": "News › Society › Health",
               "education": "News › Education", "lifestyle": "Lifestyle › Features", "world": "News › World › Europe",
               "media": "News › Media"}
GB_READMORE = [
 "Rents in London rise at slowest pace for four years",
 "Teachers in Wales vote to accept 4.1% pay offer",
 "Ex-minister to lead inquiry into Post Office compensation delays",
 "The best Christmas markets in Britain, chosen by readers",
 "Kew Gardens reveals plan for a new tropical glasshouse",
 "Why is my energy bill going up again in January?",
 "Scotland\u2019s islands ferry fleet: what went wrong",
 "Premier League clubs agree new spending cap",
 "Man charged after fire at Bradford mosque",
 "Met Office: 2026 on course to be UK\u2019s warmest year",
 "Crossrail 2 back on the table, says London mayor",
 "Royal Mail to end Saturday deliveries of second-class post",
 "Heathrow third runway: what happens next",
 "Inside the race to save Britain\u2019s chalk streams",
 "Bank of England holds rates at 3.75%",
 "Junior doctors in England announce new strike dates",
 "Oasis reunion tour adds three stadium dates",
 "How to keep your home warm for less this winter",
 "Ambulance response times worst in the north-west",
]
def gb_page(i, art, rng, all_heads):
    section, slug, lines = art
    body = list(lines)
    bi = byline_index(body, ("By ",))
    # audio after byline on ~12 pages
    if rng.random() < 0.68:
        body = insert_at(body, bi + 1, [M("audio", f"Listen to this article \u00b7 {rng.randint(3, 11)} min")])
    # per-page read more after 2nd paragraph
    if rng.random() < 0.72:
        h = rng.choice(GB_READMORE) if rng.random() < 0.75 else rng.choice(all_heads)
        body = insert_at(body, min(bi + 3, len(body)), [M("related", f"Read more: {h}")])
    # newsletter box in middle (A/B heading)
    n_art = len(body)
    mid = max(bi + 3, n_art // 2 + 1)
    if rng.random() < 0.83:
        head = "Sign up to First Edition" if rng.random() < 0.7 else "Get First Edition, free, every weekday morning"
        box = [M("newsletter", head),
               M("newsletter", "Our morning email breaks down the key stories of the day, telling you what\u2019s happening and why it matters"),
               M("newsletter", "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties."),
               M("ui", "Sign up")]
        if rng.random() < 0.2:
            box = box[:2] + box[3:]
        body = insert_at(body, min(mid, len(body)), box + ([M("newsletter", "after newsletter promotion")] if rng.random() < 0.5 else []))
    if rng.random() < 0.5:
        body = insert_at(body, min(mid + 6, len(body) - 1), [M("ad", "Advertisement")])
    top = []
    if rng.random() < 0.85:
        top.append(M("navigation", "Skip to main content"))
    top.append(M("navigation", "Home \u203a " + GB_SECTIONS[section]))
    if rng.random() < 0.15:
        top.append(M("cookie", "We use cookies to improve your experience on our site. Manage cookie preferences"))
    bottom = []
    # sign-in wall on some pages
    if i in (2, 5, 8, 11, 13, 16, 17):
        n = rng.randint(3, 9)
        bottom += [M("paywall", "Sign in to keep reading" if rng.random() < 0.7 else "Register for free to keep reading"),
                   M("paywall", f"You\u2019ve read {n} articles in the last 30 days. Create a free account or sign in to continue reading The Ledger."),
                   M("ui", "Continue with Google"),
                   M("ui", "Not now")]
    tail = []
    if rng.random() < 0.8:
        tail.append(M("share", "Share this article: Facebook \u00b7 X \u00b7 WhatsApp \u00b7 Email"))
    if rng.random() < 0.75:
        tail.append(M("comments", f"Comments ({rng.randint(12, 2400):,})"))
    tail = order(rng, tail, 0.4)
    bottom += tail
    # supporter appeal
    if rng.random() < 0.9 or i in (1, 4, 9, 12, 15):
        head = "Before you move on\u2026" if rng.random() < 0.65 else "Can you spare a moment?"
        month = rng.choice(["October", "November"])
        appeal = [M("appeal", head),
                  M("appeal", f"The Ledger has no billionaire owner and no shareholders. Our journalism is paid for by readers, and in {month} {rng.randint(1800, 4200):,} readers in the UK chose to support us. If you value what you have just read, please consider joining them.")]
        if i in (1, 4, 9, 12, 15):
            raised = rng.randint(610, 1090)
            appeal.append(M("appeal", f"Winter appeal: \u00a3{raised/1000:.2f}m raised towards our \u00a31.2m goal \u2014 {round(raised/12)}% there. Help us cross the line before 31 December."))
        appeal.append(M("appeal", "Support The Ledger from just \u00a32" if rng.random() < 0.6 else "Support us from \u00a32 a month \u2013 it takes less than a minute"))
        appeal.append(M("ui", "Maybe later" if rng.random() < 0.85 else "Remind me in January"))
        bottom += appeal
    if rng.random() < 0.35:
        others = rng.sample(all_heads, 3)
        bottom += [M("related", "Most viewed")] + [M("related", h) for h in others if h != body[0]]
    if rng.random() < 0.7:
        bottom.append(M("social", "Follow The Ledger on Instagram, Threads and TikTok"))
    bottom.append(M("legal", "\u00a9 2026 Ledger Media Group Ltd or its affiliated companies. All rights reserved."))
    return top + body + bottom

# ---------------------------------------------------------------- DE
DE_HOST = "www.nordwest-kurier.de"
DE_SECTIONS = {"lokales/ammerland": "Lokales \u203a Ammerland", "lokales/oldenburg": "Lokales \u203a Oldenburg",
               "lokales/wesermarsch": "Lokales \u203a Wesermarsch", "lokales/friesland": "Lokales \u203a Friesland",
               "meinung": "Meinung", "sport": "Sport \u203a Regionalsport", "ratgeber": "Ratgeber \u203a Auto & Verkehr",
               "blaulicht": "Lokales \u203a Blaulicht", "wirtschaft": "Wirtschaft", "kultur": "Kultur",
               "digital": "Digital"}
DE_LESEN = [
 "Neue Radwegbrücke über die Hunte soll 2027 fertig sein",
 "Drei Verletzte bei Unfall auf der A29 bei Ahlhorn",
 "Stadt Oldenburg verschiebt Entscheidung über Bäderkonzept",
 "Eisbahn am Schlossplatz öffnet am Wochenende",
 "Baumfällungen im Eversten Holz: Stadt verteidigt Pläne",
 "Landwirte im Nordwesten ziehen gemischte Erntebilanz",
 "Ausbildungsmesse in Westerstede lockt 2.000 Schüler",
 "Kita-Gebühren in Hude steigen ab Februar",
 "Polizei kontrolliert verstärkt an Schulwegen",
 "EWE kündigt neue Strompreise für 2027 an",
 "Wilhelmshaven: Neuer LNG-Anleger nimmt Betrieb auf",
 "Grundsteuer: Viele Bescheide im Ammerland fehlerhaft",
 "Wochenmarkt in Brake zieht auf den Kaje-Platz",
 "Hochwasserschutz an der Weser: Deicherhöhung beginnt",
 "Neuer Hausarzt für Wardenburg gefunden",
 "Handball: VfL Oldenburg verliert knapp in Bensheim",
 "Tierheim Oldenburg sucht dringend Pflegestellen",
]
DE_ADS = ["Stadtwerke-Tarif: Jetzt zu regionalem \u00d6kostrom wechseln", "Autohaus Tebbe \u2013 Winterkomplettr\u00e4der ab 399 \u20ac",
          "M\u00f6belhaus Ammerland: Sonderverkauf bis Samstag", "Reisewelt Nordwest: Ostseeurlaub 2027 jetzt buchen",
          "Sparkasse LzO \u2013 Baufinanzierung aus der Region", "H\u00f6rger\u00e4te Lammers: Kostenloser H\u00f6rtest"]
def de_page(i, art, rng, all_heads):
    section, slug, lines = art
    body = list(lines)
    bi = byline_index(body, ("Von ",))
    plus = i in (0, 2, 4, 7, 10, 12, 14, 17)
    if rng.random() < 0.6:
        body = insert_at(body, bi + 1, [M("audio", f"Artikel anh\u00f6ren \u2022 {rng.randint(2, 7)} Min.")])
    n_art = len(body)
    mid = max(bi + 3, n_art // 2)
    if plus:
        offer = ("Alle Artikel auf nordwest-kurier.de lesen \u2013 die ersten 4 Wochen f\u00fcr nur 0,99 \u20ac."
                 if rng.random() < 0.6 else "KURIER+ jetzt 3 Monate lang f\u00fcr je 1 \u20ac testen. Jederzeit k\u00fcndbar.")
        wall = [M("paywall", "Weiterlesen mit KURIER+"), M("paywall", offer), M("ui", "Jetzt testen"),
                M("paywall", "Bereits Abonnent? Hier anmelden")]
        body = insert_at(body, min(bi + 3, len(body)), wall)
        mid += 4
    if rng.random() < 0.75:
        body = insert_at(body, min(mid, len(body)), [M("ad", "Anzeige")])
    if rng.random() < 0.7:
        h = rng.choice(DE_LESEN) if rng.random() < 0.8 else rng.choice(all_heads)
        body = insert_at(body, min(mid + 2, len(body)), [M("related", f"Lesen Sie auch: {h}")])
    if rng.random() < 0.8:
        title = "Newsletter \u201eDer Morgen im Nordwesten\u201c" if rng.random() < 0.7 else "Unser Morgenbrief f\u00fcr den Nordwesten"
        nl = [M("newsletter", title),
              M("newsletter", "Die wichtigsten Nachrichten aus Ihrer Region \u2013 jeden Morgen um 6 Uhr kostenlos in Ihrem Postfach."),
              M("ui", "Jetzt anmelden")]
        pos = len(body) - 1 if rng.random() < 0.5 else min(mid + 4, len(body) - 1)
        body = insert_at(body, pos, nl)
    top = []
    if rng.random() < 0.8:
        top.append(M("navigation", "Zum Inhalt springen"))
    top.append(M("navigation", "Startseite \u203a " + DE_SECTIONS[section]))
    if plus:
        top.append(M("paywall", "KURIER+"))
    bottom = []
    if i in (3, 6, 9, 11, 16):
        sum_ = 21000 + i * 3650 + rng.randint(0, 900)
        bottom.append(M("appeal", f"\u201eKurier hilft\u201c: Bereits {sum_:,} Euro gespendet \u2013 helfen Sie mit!".replace(",", ".")))
        bottom.append(M("appeal", "Spendenkonto: LzO, IBAN DE12 2805 0100 0000 4711 00, Stichwort \u201eKurier hilft\u201c"))
    tail = []
    if rng.random() < 0.8:
        tail.append(M("share", "Artikel teilen"))
    if rng.random() < 0.7:
        tail.append(M("comments", f"{rng.randint(0, 180)} Kommentare" if rng.random() < 0.7 else f"Kommentare anzeigen ({rng.randint(1, 180)})"))
    if rng.random() < 0.75:
        tail.append(M("social", "Folgen Sie dem Nordwest-Kurier auf Instagram, Facebook und WhatsApp"))
    if rng.random() < 0.5:
        tail.append(M("app", "News aus der Region immer dabei: Jetzt die Nordwest-Kurier-App herunterladen"))
    bottom += order(rng, tail, 0.45)
    if rng.random() < 0.55:
        bottom.append(M("ad", "Anzeige \u00b7 " + rng.choice(DE_ADS)))
    bottom.append(M("legal", "\u00a9 Nordwest-Kurier Verlag GmbH & Co. KG 2026 \u2013 Alle Rechte vorbehalten"))
    if rng.random() < 0.45:
        bottom.append(M("legal", "Vervielf\u00e4ltigung nur mit Genehmigung des Verlags. Nutzungsrechte \u00fcber die Lizenzredaktion."))
    if rng.random() < 0.4:
        bottom.append(M("cookie", "Datenschutz-Einstellungen"))
    return top + body + bottom

# ---------------------------------------------------------------- MS
MS_HOST = "www.wartanusa.com.my"
MS_SECTIONS = {"nasional": "Berita \u203a Nasional", "rencana": "Rencana", "ekonomi": "Berita \u203a Ekonomi",
               "sukan": "Sukan \u203a Bola Sepak", "pendidikan": "Berita \u203a Pendidikan", "jenayah": "Berita \u203a Jenayah",
               "gaya-hidup": "Gaya Hidup", "kesihatan": "Gaya Hidup \u203a Kesihatan", "teknologi": "Teknologi",
               "hiburan": "Hiburan"}
MS_BACA = [
 "Lelaki maut motosikal dirempuh lori di Jalan Kuantan-Segamat",
 "PDRM tahan 14 individu dalam Op Tiris di Kedah",
 "Harga ayam dijangka stabil menjelang Tahun Baharu Cina",
 "KWSP umum dividen 6.1 peratus untuk Akaun Simpanan Konvensional",
 "Tiga beradik lemas ketika mandi di air terjun Hulu Langat",
 "JPJ keluarkan 2,300 saman sepanjang Op Khas Musim Perayaan",
 "Cuti sekolah: Trafik dijangka sesak di Lebuhraya Pantai Timur",
 "Pelajar Malaysia menang pingat emas olimpiad matematik",
 "MetMalaysia jangka hujan lebat di Pantai Timur hingga Januari",
 "Gaji minimum RM1,700 berkuat kuasa untuk semua majikan",
 "Pameran Buku Antarabangsa Kuala Lumpur kembali di MITEC",
 "Pelancong asing ke Langkawi cecah 3 juta orang",
 "Kerajaan negeri lulus peruntukan baiki jalan kampung",
 "Polis buru suspek samun kedai emas di Seremban",
 "Rumah Mampu Milik: Permohonan dibuka bulan depan",
 "Kelantan terima RM50 juta untuk pembaikan infrastruktur",
]
def ms_page(i, art, rng, all_heads):
    section, slug, lines = art
    body = list(lines)
    bi = byline_index(body, ("Oleh ",))
    if rng.random() < 0.7:
        body = insert_at(body, bi + 1, [M("share", f"{rng.randint(15, 3900):,} perkongsian" if rng.random() < 0.5 else "Kongsi: Facebook \u00b7 X \u00b7 WhatsApp \u00b7 Telegram")])
    n_art = len(body)
    mid = max(bi + 3, n_art // 2)
    if rng.random() < 0.85:
        body = insert_at(body, min(bi + 3, len(body)), [M("ad", "Iklan")])
    if rng.random() < 0.75:
        h = rng.choice(MS_BACA) if rng.random() < 0.8 else rng.choice(all_heads)
        body = insert_at(body, min(mid + 1, len(body)), [M("related", f"BACA JUGA: {h}")])
    if rng.random() < 0.4:
        body = insert_at(body, min(mid + 3, len(body)), [M("ad", "Iklan")])
    soc = M("social", "Ikuti kami di saluran WhatsApp dan Telegram WartaNusa untuk berita terkini." if rng.random() < 0.7
            else "Sertai saluran WhatsApp dan Telegram WartaNusa untuk berita terkini.")
    social_mid = rng.random() < 0.4
    if social_mid:
        body = insert_at(body, min(mid + 2, len(body)), [soc])
    top = [M("navigation", "Utama \u203a " + MS_SECTIONS[section])]
    if rng.random() < 0.3:
        top.append(M("ui", "Saiz teks: A- A A+"))
    bottom = []
    if not social_mid and rng.random() < 0.8:
        bottom.append(soc)
    if i in (0, 3, 7, 10, 14):
        amt = 118000 + i * 21500 + rng.randint(0, 9000)
        bottom += [M("appeal", f"Tabung Bantuan Banjir WartaNusa: RM{amt:,} terkumpul setakat ini"),
                   M("appeal", "Salurkan sumbangan anda kepada mangsa banjir. Setiap ringgit disalurkan sepenuhnya melalui rakan NGO kami."),
                   M("ui", "Derma sekarang")]
    tail = []
    if rng.random() < 0.7:
        tail += [M("newsletter", "Langgan buletin harian WartaNusa \u2013 berita pilihan terus ke e-mel anda setiap pagi."), M("ui", "Langgan")]
    if rng.random() < 0.7:
        tail.append(M("app", "Muat turun aplikasi WartaNusa di App Store, Google Play dan AppGallery."))
    if rng.random() < 0.7:
        tail.append(M("comments", f"{rng.randint(0, 640)} komen" if rng.random() < 0.6 else "Lihat komen"))
    if len(tail) >= 2 and rng.random() < 0.4:
        tail = tail[-1:] + tail[:-1]
    bottom += tail
    if rng.random() < 0.7:
        others = [h for h in rng.sample(all_heads, 4) if h != body[0]][:3]
        bottom += [M("related", "Artikel Berkaitan")] + [M("related", h) for h in others]
    bottom.append(M("legal", "Hak Cipta Terpelihara \u00a9 2026 WartaNusa Media Sdn. Bhd. (201901012345)"))
    if rng.random() < 0.3:
        bottom += [M("cookie", "Laman web ini menggunakan kuki untuk memberikan pengalaman terbaik kepada anda."), M("ui", "Setuju")]
    return top + body + bottom

SITES = [("sb9-gb", "en", GB_HOST, art_gb.ARTICLES, gb_page, 901),
         ("sb9-de", "de", DE_HOST, art_de.ARTICLES, de_page, 902),
         ("sb9-ms", "ms", MS_HOST, art_ms.ARTICLES, ms_page, 903)]

for sid, lang, host, arts, fn, seed in SITES:
    assert len(arts) == 18, (sid, len(arts))
    order_rng = random.Random(seed)
    arts = list(arts)
    order_rng.shuffle(arts)
    heads = [a[2][0] for a in arts]
    d = os.path.join(OUT, sid)
    os.makedirs(d, exist_ok=True)
    for i, art in enumerate(arts):
        rng = random.Random(seed * 100 + i)
        others = [h for h in heads if h != art[2][0]]
        blocks = fn(i, art, rng, others)
        url = f"https://{host}/{art[0]}/{art[1]}"
        with open(os.path.join(d, f"page-{i+1:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"id: {sid}-{i+1:02d}\nlang: {lang}\nkind: positive\nurl: {url}\n---\n")
            for b in blocks:
                assert "\n" not in b and b.strip() == b and b
                f.write(b + "\n")
    print(sid, "written")
