#!/usr/bin/env python3
"""CMS-like page assembler for sb9-es, sb9-tr, sb9-ja."""
import os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import es_data, tr_data, ja_data

OUT = "/work/sites-blind9"

def B(cat, text): return (cat, text)
def A(text): return (None, text)

def insert_mid(body, pos, lines):
    pos = max(1, min(pos, len(body) - 1))
    # do not split a short subheading from the paragraph it introduces
    while pos < len(body) - 1 and body[pos - 1][0] is None and len(body[pos - 1][1]) < 40:
        pos += 1
    # keep a caption and its credit together
    while pos < len(body) - 1 and body[pos][0] == "legal":
        pos += 1
    return body[:pos] + lines + body[pos:]

def shuffle_some(groups, rng, p=0.3):
    groups = list(groups)
    for k in range(len(groups) - 1):
        if rng.random() < p:
            groups[k], groups[k + 1] = groups[k + 1], groups[k]
    return groups

def pick(rng, pool, n, avoid=()):
    cand = [x for x in pool if x not in avoid]
    return rng.sample(cand, n)

def fmt_dot(n):  # 4.812
    return f"{n:,}".replace(",", ".")

# ---------------------------------------------------------------- ES
def build_es(i, art, rng, arts):
    out = []
    if rng.random() < 0.8: out.append(B("navigation", "Saltar al contenido"))
    out.append(B("navigation", f"Inicio › {art['sec']}"))
    if i % 3 != 2:
        out.append(B("audio", f"Escuchar esta nota · {3 + len(art['body']) // 2 + rng.randint(0, 3)} min"))
    out.append(A(art["h"]))
    if art.get("dek"): out.append(A(art["dek"]))
    out.append(A(art["by"]))
    body = [A(p) for p in art["body"]]
    if art.get("cap"):
        cap, credit = art["cap"]
        body = [A(cap), B("legal", credit)] + body
    # related 'Lee también' (per page)
    if rng.random() < 0.8:
        others = [a["h"] for j, a in enumerate(arts) if j != i]
        h = rng.choice(others + es_data.RELATED_POOL)
        body = insert_mid(body, int(len(body) * 0.65), [B("related", f"Lee también: {h}")])
    # newsletter box
    if rng.random() < 0.78:
        nl = ("Recibe «Mareas», nuestro boletín gratuito: lo más importante de América Latina, cada mañana en tu correo."
              if i % 2 == 0 else
              "Suscríbete a «Mareas» y recibe lo más importante de América Latina cada mañana en tu correo.")
        box = [B("newsletter", nl), B("newsletter", "Tu correo electrónico"), B("ui", "Suscribirme")]
        if rng.random() < 0.3: box = box[:1] + box[2:]
        body = insert_mid(body, (3 if i % 4 else 2) + (2 if art.get("cap") else 0), box)
    out += body
    groups = []
    if rng.random() < 0.85:
        g = [B("share", "Comparte esta nota"), B("share", "WhatsApp"), B("share", "Facebook"), B("share", "X")]
        if rng.random() < 0.7: g.append(B("share", "Copiar enlace"))
        groups.append(g)
    members = 4620 + i * 23 + rng.randint(0, 19)
    head = "El periodismo independiente necesita de ti" if i % 5 not in (1, 3) else "Sin ti, esta nota no existiría"
    ap = [B("appeal", head),
          B("appeal", f"Somos un medio sin dueños ni pauta oficial. {fmt_dot(members)} personas sostienen La Marea Sur con su membresía: súmate desde US$3 al mes."),
          B("ui", "Quiero ser parte")]
    if rng.random() < 0.7: ap.append(B("ui", "Ahora no"))
    if i in (1, 5, 9, 12, 16):
        falta = 2000 - (1100 + i * 45)
        ap = [B("appeal", f"Campaña de fin de año: nos faltan {fmt_dot(falta)} membresías para llegar a la meta de 2.000 antes del 31 de diciembre."),
              B("appeal", f"Llevamos el {round((2000 - falta) / 20)} % de la meta.")] + ap
    if i != 7:  # la columna de opinión sale sin pedido
        groups.append(ap)
    rel = [B("related", "Más de La Marea Sur")] + [B("related", h) for h in pick(rng, es_data.RELATED_POOL, 3)]
    if rng.random() < 0.9: groups.append(rel)
    if rng.random() < 0.8: groups.append([B("social", "Síguenos en Instagram, TikTok y X: @lamareasur")])
    groups = shuffle_some(groups, rng, 0.25)
    for g in groups: out += g
    if rng.random() < 0.6:
        out.append(B("legal", "Esta nota puede republicarse bajo licencia Creative Commons BY-NC-ND 4.0, citando a La Marea Sur y enlazando al original."))
    out.append(B("legal", "© 2026 La Marea Sur. Todos los derechos reservados."))
    if rng.random() < 0.4:
        out += [B("cookie", "Usamos cookies para entender cómo lees La Marea Sur. Puedes aceptarlas o configurarlas."),
                B("ui", "Aceptar"), B("ui", "Configurar")]
    return out

# ---------------------------------------------------------------- TR
SPONSORS = ["Kış lastiğinde yüzde 30'a varan indirim fırsatı", "Yılbaşı tatili için erken rezervasyon avantajı",
            "Konut kredisinde yeni dönem: Faiz oranları düştü", "Akıllı saatlerde Kasım indirimi başladı",
            "Ev sigortasında deprem teminatı neden önemli?"]
def build_tr(i, art, rng, arts):
    out = [B("navigation", f"Ana Sayfa › {art['sec']}")]
    out.append(A(art["h"]))
    if art.get("dek"): out.append(A(art["dek"]))
    out.append(A(art["by"]))
    if rng.random() < 0.72:
        out.append(B("social", "Google News'te Takip Et" if i % 3 else "Haber Pusulası'nı Google News'te takip edin"))
    body = [A(p) for p in art["body"]]
    if rng.random() < 0.6:
        body = insert_mid(body, 4, [B("ad", "Reklam")])
    if rng.random() < 0.75:
        h = rng.choice(tr_data.RELATED_POOL)
        body = insert_mid(body, int(len(body) * 0.6), [B("related", f"İlgili Haber: {h}")])
    if rng.random() < 0.7:
        wa = ("📲 Son dakika gelişmeleri için WhatsApp kanalımıza katılın" if i % 2
              else "WhatsApp kanalımıza katılın, önemli gelişmeler anında cebinize gelsin")
        body = insert_mid(body, 3, [B("social", wa)])
    if rng.random() < 0.9:
        body = insert_mid(body, 1, [B("ad", "Reklam")])
    out += body
    if i in (3, 8, 10, 14):
        out.append(B("ad", f"Sponsorlu: {SPONSORS[[3, 8, 10, 14].index(i)]}"))
    groups = []
    if rng.random() < 0.85:
        g = [B("share", "Paylaş"), B("share", "Facebook"), B("share", "X"), B("share", "WhatsApp")]
        if rng.random() < 0.6: g.append(B("share", "Telegram"))
        groups.append(g)
    if rng.random() < 0.5:
        groups.append([B("social", "Haberlerimizi Google News üzerinden takip etmek için tıklayın.")])
    if rng.random() < 0.75:
        n = rng.choice([0, 2, 3, 5, 8, 11, 14, 27, 41])
        c = [B("comments", f"Yorumlar ({n})")]
        c.append(B("comments", "Bu habere henüz yorum yapılmamış. İlk yorumu siz yazın." if n == 0
                   else "Yorum yazabilmek için giriş yapmalısınız."))
        groups.append(c)
    groups.append([B("related", "Son Dakika Haberleri")] + [B("related", h) for h in pick(rng, tr_data.RELATED_POOL, 4)])
    if i in (2, 6, 9, 13, 17):
        groups.append([B("newsletter", "YENİ: Sabah Bülteni yayında! Günün öne çıkan haberleri her sabah 07.00'de e-posta kutunuzda."),
                       B("ui", "Ücretsiz Abone Ol")])
    if rng.random() < 0.6:
        groups.append([B("app", "Haber Pusulası mobil uygulamasını App Store ve Google Play'den ücretsiz indirin.")])
    groups = shuffle_some(groups, rng, 0.3)
    for g in groups: out += g
    if rng.random() < 0.7:
        out.append(B("navigation", "Künye · Gizlilik Politikası · KVKK Aydınlatma Metni · Çerez Politikası · İletişim"))
    out.append(B("legal", "© 2026 Haber Pusulası. Tüm hakları saklıdır. Haberlerin izinsiz kopyalanması 5846 sayılı FSEK uyarınca yasaktır."))
    if rng.random() < 0.5:
        out += [B("cookie", "Size daha iyi hizmet sunabilmek için çerezler kullanıyoruz. Detaylar için Çerez Politikamızı inceleyebilirsiniz."),
                B("ui", "Kabul Et")]
    return out

# ---------------------------------------------------------------- JA
PAYWALLED = {2, 4, 7, 10, 13, 16}
def build_ja(i, art, rng, arts):
    out = []
    if rng.random() < 0.6: out.append(B("navigation", "メインコンテンツへスキップ"))
    out.append(B("navigation", f"トップ > {art['sec']}"))
    out.append(A(art["h"]))
    if art.get("dek"): out.append(A(art["dek"]))
    out.append(A(art["by"]))
    if i in PAYWALLED: out.append(B("paywall", "会員限定記事"))
    if rng.random() < 0.5:
        out.append(B("audio", f"この記事を音声で聞く（約{2 + len(''.join(art['body'])) // 350}分）"))
    body = [A(p) for p in art["body"]]
    if rng.random() < 0.7:
        body = insert_mid(body, int(len(body) * 0.7), [B("related", f"【関連記事】{rng.choice(ja_data.RELATED_POOL)}")])
    if i in PAYWALLED:
        rest = sum(len(p) for p in art["body"][2:])
        body = insert_mid(body, 2, [B("paywall", f"この記事は有料会員限定です。残り{rest}文字"),
                                    B("paywall", "有料会員になると続きをお読みいただけます。"),
                                    B("ui", "ログインして続きを読む")])
    if rng.random() < 0.85:
        body = insert_mid(body, 1, [B("ad", "広告")])
    if rng.random() < 0.4:
        body = insert_mid(body, len(body) - 1, [B("ad", "広告")])
    out += body
    groups = []
    if rng.random() < 0.8:
        g = [B("share", "この記事をシェア"), B("share", "X"), B("share", "Facebook"), B("share", "LINE")]
        if rng.random() < 0.65: g.append(B("share", "はてなブックマーク"))
        groups.append(g)
    if rng.random() < 0.7:
        nl = ("メールマガジン「みなとモーニング」　平日の朝7時に主要ニュースをお届けします（無料）" if i % 3
              else "ニュースレター「みなとモーニング」配信中　毎朝7時、その日に読みたいニュースをお届け")
        groups.append([B("newsletter", nl), B("ui", "登録はこちら")])
    groups.append([B("related", "あわせて読みたい")] + [B("related", h) for h in pick(rng, ja_data.RELATED_POOL, 3)])
    if rng.random() < 0.6:
        rk = [B("related", "アクセスランキング")]
        for r, h in enumerate(pick(rng, ja_data.RELATED_POOL, 5), 1):
            rk.append(B("related", f"{r} {h}"))
        groups.append(rk)
    if i in (0, 5, 8, 11, 15):
        groups.insert(0, [B("paywall", f"【年末特別キャンペーン】デジタル会員の年額プランが2か月分お得に　12月{25 if i < 11 else 31}日まで"),
                          B("ui", "詳しくはこちら")])
    if rng.random() < 0.75:
        groups.append([B("social", "みなと新報の公式Xをフォロー"), B("social", "LINEで友だち追加すると、最新ニュースが届きます")])
    if rng.random() < 0.5:
        groups.append([B("app", "みなと新報アプリ　速報をプッシュ通知でお届けします")])
    groups = shuffle_some(groups, rng, 0.25)
    for g in groups: out += g
    out.append(B("legal", "掲載記事・写真の無断転載を禁じます。"))
    out.append(B("legal", "Copyright © The Minato Shimpo 2026 All Rights Reserved."))
    if rng.random() < 0.45:
        out += [B("cookie", "当サイトでは、利便性向上のためCookieを使用しています。詳しくはプライバシーポリシーをご確認ください。"),
                B("ui", "同意する")]
    return out

SITES = [
    ("sb9-es", "es", "lamareasur.org", es_data.ARTS, build_es, lambda a: "notas"),
    ("sb9-tr", "tr", "www.haberpusulasi.com.tr", tr_data.ARTS, build_tr, lambda a: None),
    ("sb9-ja", "ja", "www.minato-shimpo.jp", ja_data.ARTS, build_ja, lambda a: None),
]
TR_SEC = {"Gündem": "gundem", "Ekonomi": "ekonomi", "Yerel": "yerel", "Spor": "spor", "Sağlık": "saglik", "Eğitim": "egitim",
          "Teknoloji": "teknoloji", "Yaşam": "yasam", "Kültür-Sanat": "kultur-sanat"}
JA_SEC = {"社会": "national", "政治": "politics", "医療": "medical", "経済": "economy", "くらし": "life", "文化": "culture",
          "メディア": "media", "スポーツ": "sports", "科学": "science", "地域": "local", "コラム": "column"}
ES_SEC = {"Política": "politica", "Ambiente": "ambiente", "Economía": "economia", "Cultura": "cultura", "Explicador": "explicadores",
          "Opinión": "opinion", "Sociedad": "sociedad", "Salud": "salud", "Investigación": "investigacion", "Deportes": "deportes",
          "Tecnología": "tecnologia"}

def url(site, host, art, i):
    if site == "sb9-es": return f"https://{host}/{ES_SEC[art['sec']]}/{art['slug']}"
    if site == "sb9-tr": return f"https://{host}/{TR_SEC[art['sec']]}/{art['slug']}-{480312 + i * 137}"
    return f"https://{host}/articles/{JA_SEC[art['sec']]}/{art['slug']}"

def main():
    for site, lang, host, arts, build, _ in SITES:
        assert len(arts) == 18, (site, len(arts))
        d = os.path.join(OUT, site); os.makedirs(d, exist_ok=True)
        for i, art in enumerate(arts):
            rng = random.Random(f"{site}:{i}:v1")
            lines = build(i, art, rng, arts)
            with open(os.path.join(d, f"page-{i+1:02d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"id: {site}-{i+1:02d}\nlang: {lang}\nkind: positive\nurl: {url(site, host, art, i)}\n---\n")
                for cat, text in lines:
                    assert "\n" not in text and text.strip() == text and text
                    f.write((f"[{cat}] {text}" if cat else text) + "\n")
    print("written")

if __name__ == "__main__":
    main()
