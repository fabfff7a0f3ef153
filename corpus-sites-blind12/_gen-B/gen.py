#!/usr/bin/env python3
"""Assemble pages for sb12-da, sb12-he, sb12-hi from article data + template spec."""
import os, random, importlib

OUT = "/work/sites-blind12"


def write_page(site, host, lang, n, art, blocks):
    url = f"https://{host}/{art['sec']}/{art['slug']}"
    lines = [f"id: {site}-{n:02d}", f"lang: {lang}", "kind: positive", f"url: {url}", "---"]
    lines += blocks
    path = os.path.join(OUT, site, f"page-{n:02d}.txt")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def B(cat, text):
    return f"[{cat}] {text}"


def others(arts, i, rng, k):
    idx = [j for j in range(len(arts)) if j != i]
    rng.shuffle(idx)
    return [arts[j]["lines"][0] for j in idx[:k]]


# ---------------------------------------------------------------- Danish
def build_da(mod):
    arts = mod.ARTICLES
    rng = random.Random(1201)
    campaign = {3, 7, 10, 14, 18}          # membership campaign pages (1-based)
    cookie_top = {2, 9, 16}                # cookie leftovers at top on these pages
    cookie_bottom = {1, 5, 6, 11, 13}
    no_audio = {6, 14}
    no_share = {4, 12}
    ad_mid = {1, 3, 6, 8, 10, 13, 16, 18}
    extra_related = [
        "Skjern Å-projektet fylder 25 år",
        "Ny cykelsti mellem Ølgod og Tistrup åbner til sommer",
        "Lokalt bryggeri vinder guld i København",
        "Sådan bliver vejret i påsken",
        "Kræmmermarked i Tarm aflyst",
        "Ungdomsskolen søger nye undervisere",
    ]
    for i, art in enumerate(arts):
        n = i + 1
        L = art["lines"]
        out = []
        if n in cookie_top:
            out += [B("cookie", "Vi bruger cookies for at give dig den bedste oplevelse. Læs mere i vores cookiepolitik."),
                    B("ui", "Accepter alle"), B("ui", "Kun nødvendige")]
        if n not in (5, 17):
            out.append(B("navigation", "Spring til indhold"))
        out.append(B("navigation", art["nav"]))
        out.append(L[0])
        out.append(L[1])
        if n % 3 == 0:
            out.append(B("legal", f"Foto: {rng.choice(['Morten Stricker', 'Jens Thaysen', 'Ritzau Scanpix', 'Privatfoto', 'Lars Salomonsen'])}"))
        out.append(f"Af {art['author']} · {art['date']} kl. {rng.choice(['05.30','06.00','07.15','09.42','12.03','14.20','16.55','19.10'])}")
        if n not in no_audio:
            mins = max(2, len(L) // 2 + rng.randint(-1, 1))
            out.append(B("audio", f"Lyt til artiklen · {mins} min."))
        body = L[2:]
        if art["paywall"]:
            cut = 3 if len(body) > 4 else 2
            body = body[:cut + 1]
        mid = max(2, len(body) // 2)
        mid_block = []
        if n % 2 == 0:
            mid_block += [B("newsletter", "Få de vigtigste nyheder fra Vestjylland i din indbakke hver morgen kl. 6"),
                          B("ui", "Tilmeld")]
        else:
            if n in (1, 5, 9, 13, 17):   # A/B wording variant
                mid_block += [B("newsletter", "Nyhedsbrev: Dagens vigtigste lokale historier – direkte i din indbakke"),
                              B("ui", "Tilmeld")]
            elif n not in (11,):
                mid_block += [B("newsletter", "Få de vigtigste nyheder fra Vestjylland i din indbakke hver morgen kl. 6"),
                              B("ui", "Tilmeld")]
        rel = extra_related[n % 6] if n % 5 == 0 else others(arts, i, rng, 1)[0]
        rel_line = B("related", f"Læs også: {rel}")
        if n % 4 == 1:
            mid_block = [rel_line] + mid_block
        else:
            mid_block = mid_block + [rel_line]
        if n in ad_mid:
            mid_block.append(B("ad", "Annonce"))
        out += body[:mid] + mid_block + body[mid:]
        if art["paywall"]:
            out += [B("paywall", "Denne artikel er forbeholdt abonnenter"),
                    B("paywall", "Få adgang til alle artikler på vestegnsposten.dk – første måned for 1 kr." if n != 12 else
                      "Prøv Vestegnsposten Digital i 3 måneder for kun 99 kr."),
                    B("ui", "Køb abonnement"),
                    B("paywall", "Er du allerede abonnent? Log ind")]
        bottom = []
        if n not in no_share:
            bottom.append(B("share", "Del artiklen: Facebook · LinkedIn · Mail · Kopiér link"))
        if not art["paywall"]:
            c = rng.randint(0, 64)
            bottom.append(B("comments", "Vær den første til at kommentere" if c == 0 or n == 16 else f"{c} kommentarer · Skriv en kommentar"))
        mest = others(arts, i, rng, 3)
        bottom.append(B("related", "Mest læste"))
        bottom += [B("related", h) for h in mest]
        if n in campaign:
            subs = 312 + n * 47 + rng.randint(0, 30)
            bottom += [B("appeal", "Støt lokal journalistik i Vestjylland"),
                       B("appeal", f"{subs:,}".replace(",", ".") + " nye abonnenter har allerede sagt ja i år. Bliv en af dem – fra 49 kr. om måneden."),
                       B("ui", "Bliv abonnent"), B("ui", "Måske senere")]
        if n not in (8,):
            bottom.append(B("social", "Følg Vestegnsposten på Facebook og Instagram"))
        if n in (2, 10):  # reorder variant: social before related
            bottom = [b for b in bottom if b.startswith("[social]")] + [b for b in bottom if not b.startswith("[social]")]
        year = 2026
        bottom.append(B("legal", f"© {year} Vestegnsposten A/S · Ansvarshavende chefredaktør: Birgitte Nørgaard"))
        if n % 3 != 2:
            bottom.append(B("legal", "Indholdet er beskyttet af ophavsret og må ikke gengives uden skriftlig tilladelse."))
        if n in cookie_bottom:
            bottom += [B("cookie", "Vi bruger cookies for at give dig den bedste oplevelse. Læs mere i vores cookiepolitik."),
                       B("ui", "Accepter alle")]
        out += bottom
        write_page(mod.SITE, mod.HOST, mod.LANG, n, art, out)


# ---------------------------------------------------------------- Hebrew
def build_he(mod):
    arts = mod.ARTICLES
    rng = random.Random(1202)
    campaign = {2, 6, 9, 13, 17}
    cookie_top = {1, 4, 7, 10, 14, 18}
    no_topshare = {5, 11}
    no_app = {3, 15}
    extra_related = [
        "הכנסת אישרה בקריאה ראשונה את חוק הגיוס",
        "תאונה קשה בכביש 6: שלושה פצועים",
        "מחירי הדלק יעלו בחצות",
        "מדריך: איפה לטייל בחול המועד",
        "הסופרת שכבשה את אמזון: \"כתבתי בלילות\"",
        "עיריית חיפה מגבילה חניה ברחוב הרצל",
    ]
    for i, art in enumerate(arts):
        n = i + 1
        L = art["lines"]
        out = []
        if n in cookie_top:
            out += [B("cookie", "אנחנו משתמשים בעוגיות כדי לשפר את חוויית הגלישה. המשך הגלישה באתר מהווה הסכמה למדיניות הפרטיות."),
                    B("ui", "אישור")]
        out.append(B("navigation", "דלג לתוכן המרכזי"))
        out.append(B("navigation", art["nav"]))
        out.append(L[0])
        out.append(L[1])
        hh = rng.randint(6, 22); mm = rng.randint(0, 59)
        upd = f" | עודכן: {hh:02d}:{mm:02d}" if n % 3 != 0 else ""
        out.append(f"מאת {art['author']} | {art['date']}{upd}")
        top = []
        if n not in no_topshare:
            top.append(B("share", "שתפו: וואטסאפ · פייסבוק · טלגרם · העתקת קישור"))
        if n % 4 != 2:
            top.append(B("audio", f"האזינו לכתבה · {rng.randint(2, 6)} דקות"))
        if n in (7, 12):
            top.reverse()
        out += top
        if n % 5 == 0:
            out.append(B("legal", f"צילום: {rng.choice(['פלאש 90', 'שלומי יוסף', 'אי-פי', 'דוברות המשטרה', 'יח״צ'])}"))
        body = L[2:]
        mid = max(2, (len(body) + 1) // 2)
        rel = rng.choice(others(arts, i, rng, 3) + extra_related)
        mid_block = [B("related", f"עוד באתר: {rel}")]
        if n % 2 == 1:
            subs = 48000 + n * 173 + rng.randint(0, 90)
            mid_block += [B("newsletter", "רוצים לקבל את הכותרות החשובות ישירות למייל? הירשמו לניוזלטר של כותרת היום"),
                          B("newsletter", f"הצטרפו ל-{subs:,} מנויים שכבר מקבלים אותו בכל בוקר"),
                          B("ui", "להרשמה")]
        elif n in (4, 10, 16):   # A/B variant
            mid_block += [B("newsletter", "הניוזלטר היומי שלנו: כל מה שצריך לדעת, בכל בוקר ב-7:00"),
                          B("ui", "להרשמה")]
        if n in (3, 8, 14):
            mid_block.insert(0, B("ad", "פרסומת"))
        elif n % 2 == 0:
            mid_block.append(B("ad", "פרסומת"))
        if n in (6, 12):
            mid_block = mid_block[::-1]
        out += body[:mid] + mid_block + body[mid:]
        bottom = []
        if n not in no_app:
            bottom += [B("app", "הורידו את אפליקציית כותרת היום וקבלו התראות על מבזקים בזמן אמת"),
                       B("app", "זמין ב-App Store וב-Google Play")]
        if n in campaign:
            bottom.append(B("app", f"חדש באפליקציה: מצב קריאה לילי ותקציר חדשות קולי. עדכנו לגרסה 5.{rng.randint(2, 9)}"))
            bottom.append(B("ui", "לא עכשיו"))
        c = rng.randint(0, 220)
        bottom.append(B("comments", f"תגובות ({c})" if c else "היו הראשונים להגיב"))
        if n not in (9,):
            bottom.append(B("comments", "הוסיפו תגובה"))
        bottom.append(B("related", "הכי נקראים"))
        bottom += [B("related", h) for h in others(arts, i, rng, 3)]
        if n % 6 != 5:
            bottom.append(B("social", "עקבו אחרינו בטלגרם, באינסטגרם ובטיקטוק"))
        if n in (8, 16):
            bottom = bottom[2:] + bottom[:2]
        bottom.append(B("legal", "© כל הזכויות שמורות לכותרת היום בע\"מ, 2026"))
        if n % 4 != 3:
            bottom.append(B("legal", "אין להעתיק, לצטט או להפיץ תכנים מהאתר ללא אישור בכתב"))
        out += bottom
        write_page(mod.SITE, mod.HOST, mod.LANG, n, art, out)


# ---------------------------------------------------------------- Hindi
def build_hi(mod):
    arts = mod.ARTICLES
    rng = random.Random(1203)
    campaign = {1, 5, 11, 14, 16}
    no_yt = {3, 10, 17}
    no_app = {6, 12}
    extra_related = [
        "बागपत में तेंदुए की दहशत, वन विभाग ने लगाया पिंजरा",
        "मुजफ्फरनगर में बिजली कटौती से लोग परेशान",
        "सहारनपुर: लकड़ी नक्काशी कारीगरों को मिलेगा नया बाजार",
        "दिल्ली-मेरठ नमो भारत ट्रेन के समय में बदलाव",
        "गाजियाबाद में बिना हेलमेट 1,200 चालान",
        "आज का राशिफल: जानिए कैसा रहेगा आपका दिन",
    ]
    for i, art in enumerate(arts):
        n = i + 1
        L = art["lines"]
        out = []
        if n not in (4, 11):
            out.append(B("navigation", "होम | देश | उत्तर प्रदेश | क्राइम | खेल | मनोरंजन | ई-पेपर"))
        out.append(B("navigation", art["nav"]))
        if n in (2, 9, 15):
            out.append(B("cookie", "हम आपके अनुभव को बेहतर बनाने के लिए कुकीज़ का उपयोग करते हैं।"))
            out.append(B("ui", "स्वीकार करें"))
        out.append(L[0])
        out.append(L[1])
        out.append(f"लेखक: {art['author']} | अपडेटेड: {art['date']}")
        if n % 3 != 1:
            out.append(B("share", "शेयर करें: Facebook | X | WhatsApp | Telegram"))
        if n % 4 == 0:
            out.append(B("audio", "यह खबर सुनें"))
        if n % 5 == 2:
            out.append(B("legal", f"फोटो: {rng.choice(['दोआब दर्पण', 'सोशल मीडिया', 'पीटीआई', 'फाइल फोटो', 'प्रतीकात्मक तस्वीर'])}"))
        body = L[2:]
        mid = max(2, len(body) // 2)
        rel = rng.choice(others(arts, i, rng, 3) + extra_related)
        mid_block = [B("related", f"यह भी पढ़ें: {rel}")]
        if n % 2 == 0 or n in (7, 13):
            mid_block.append(B("ad", "विज्ञापन"))
        if n in campaign:
            mid_block.append(B("social", "IPL 2026 के हर मैच का लाइव स्कोर और अपडेट सबसे पहले पाने के लिए हमारा WhatsApp चैनल फॉलो करें"))
        if n in (3, 11):
            mid_block = mid_block[::-1]
        out += body[:mid] + mid_block + body[mid:]
        bottom = []
        if n in (4, 8, 13):  # A/B variant of the WhatsApp line
            bottom.append(B("social", "देश-दुनिया की हर बड़ी खबर सबसे पहले पाने के लिए दोआब दर्पण के WhatsApp चैनल से जुड़ें"))
        elif n not in (18,):
            bottom.append(B("social", "ताज़ा खबरों के लिए दोआब दर्पण के WhatsApp चैनल से जुड़ें"))
        if n not in no_yt:
            subs = 12 + n // 6
            bottom.append(B("social", f"हमारे YouTube चैनल को सब्सक्राइब करें - {subs} लाख से ज्यादा लोग पहले से जुड़े हैं"))
        if n in (5, 14):
            bottom = bottom[::-1]
        if n not in no_app:
            bottom.append(B("app", "दोआब दर्पण ऐप डाउनलोड करें और पढ़ें अपने जिले की हर खबर"))
        bottom.append(B("related", "सबसे ज्यादा पढ़ी गई खबरें"))
        bottom += [B("related", h) for h in others(arts, i, rng, 4 if n % 2 else 3)]
        if n % 3 != 0:
            bottom.append(B("comments", "इस खबर पर अपनी राय कमेंट बॉक्स में लिखें"))
        bottom.append(B("legal", "© 2026 दोआब दर्पण मीडिया प्रा. लि. सर्वाधिकार सुरक्षित।" if n != 7 else "© 2025-2026 दोआब दर्पण मीडिया प्रा. लि. सर्वाधिकार सुरक्षित।"))
        if n in (1, 6, 10, 17):
            bottom.append(B("ui", "ऊपर जाएं"))
        out += bottom
        write_page(mod.SITE, mod.HOST, mod.LANG, n, art, out)


if __name__ == "__main__":
    import sys
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    for name, fn in [("site_da", "build_da"), ("site_he", "build_he"), ("site_hi", "build_hi")]:
        try:
            mod = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        if fn in globals():
            os.makedirs(os.path.join(OUT, mod.SITE), exist_ok=True)
            globals()[fn](mod)
            print("built", mod.SITE)
