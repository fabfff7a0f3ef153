from common import parse, expand, chance, write_site, splice
import os

SLUG, DOMAIN, LANG = "ege-postasi", "egepostasi.com.tr", "tr"
KATEGORI = {"gundem": "Gündem", "ekonomi": "Ekonomi", "spor": "Spor", "yasam": "Yaşam", "egitim": "Eğitim",
            "asayis": "Asayiş"}


def render(i, page, rng):
    lines = expand(page["lines"], {})
    sec = page["path"].split("/")[0]
    top, end = [], []
    if chance(rng, 0.65):
        top.append("[cookie] Sitemizde KVKK kapsamında çerezler kullanılmaktadır. Detaylı bilgi için Çerez Politikamızı inceleyebilirsiniz. Kabul Et")
    if chance(rng, 0.85):
        top.append(f"[navigation] Ana Sayfa › {KATEGORI[sec]}")
    share = chance(rng, 0.6)
    devam = chance(rng, 0.75)
    reklam = chance(rng, 0.55)
    rel = [f"[related] İlgili Haber: {h}" for h in page["rel"]]
    if chance(rng, 0.8):
        if rng.random() < 0.5:
            end.append("[social] Ege Postası'nı Google News'te takip edin, gündemi kaçırmayın")
        else:
            end.append("[social] Son dakika haberleri için Ege Postası'nı Google Haberler'de takip edin")
    if chance(rng, 0.6):
        n = rng.randint(0, 64)
        end.append(f"[comments] Yorumlar ({n})")
        end.append("[comments] Yorum yapabilmek için giriş yapmalısınız.")
    if chance(rng, 0.92):
        end.append("[legal] © 2025 Ege Postası. Tüm hakları saklıdır. Haberlerin izinsiz ve kaynak gösterilmeden kullanılması yasaktır.")
    body = [lines[0], lines[1]]
    if share:
        body.append("[share] Paylaş: Facebook · X · WhatsApp · Telegram · Linki Kopyala")
    paras = lines[2:]
    if devam:
        paras = splice(paras, 4, ["[ui] Haberin Devamı"])
    paras = splice(paras, 3, rel)
    if devam:
        paras = splice(paras, 2, ["[ui] Haberin Devamı"] + (["[ad] Reklam"] if reklam else []))
    elif reklam:
        paras = splice(paras, 2, ["[ad] Reklam"])
    body += paras
    return top + body + end


if __name__ == "__main__":
    write_site(SLUG, DOMAIN, LANG, parse(os.path.join(os.path.dirname(__file__), "tr.txt")), render, "tr")
