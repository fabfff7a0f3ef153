from common import parse, expand, chance, write_site, splice
import os

SLUG, DOMAIN, LANG = "warta-priangan", "wartapriangan.id", "id"
KANAL = {"daerah": "Daerah", "ekonomi": "Ekonomi", "olahraga": "Olahraga", "pendidikan": "Pendidikan",
         "hukum": "Hukum", "wisata": "Wisata", "kesehatan": "Kesehatan"}
STOP = {"di", "ke", "atas", "per", "dan", "naik", "4", "9"}


def render(i, page, rng):
    lines = expand(page["lines"], {})
    sec, slug = page["path"].split("/")
    top, end = [], []
    if chance(rng, 0.8):
        top.append(f"[navigation] Home › {KANAL[sec]}")
    ads = chance(rng, 0.85)
    rel = [f"[related] Baca juga: {h}" for h in page["rel"]]
    tags = [w for w in slug.split("-") if w not in STOP][:4]
    if chance(rng, 0.35):
        end.append("[ui] Halaman: 1 2 Selanjutnya »")
    if chance(rng, 0.85):
        if rng.random() < 0.5:
            end.append("[social] Simak berita dan artikel lainnya di Google News")
        else:
            end.append("[social] Dapatkan update berita pilihan dan breaking news setiap hari dari WartaPriangan.id. Yuk, gabung ke Channel WhatsApp WartaPriangan.id")
    end.append("[navigation] Tag: " + " · ".join(t.capitalize() for t in tags))
    if chance(rng, 0.75):
        end.append("[share] Bagikan: Facebook · X · WhatsApp · Telegram · Salin Link")
    if chance(rng, 0.4):
        end.append("[app] Download aplikasi WartaPriangan.id di Google Play dan App Store, baca berita lebih cepat tanpa iklan.")
    if chance(rng, 0.9):
        end.append("[legal] Copyright © 2025 WartaPriangan.id. All Rights Reserved.")
    body = [lines[0], lines[1]]
    if chance(rng, 0.7):
        body.append(f"[ui] Dibaca {rng.randint(850, 14900):,} kali".replace(",", "."))
    if ads:
        body += ["[ad] ADVERTISEMENT", "[ad] SCROLL TO CONTINUE WITH CONTENT"]
    paras = lines[2:]
    if len(rel) > 1:
        paras = splice(paras, 4, rel[1:])
    paras = splice(paras, 2, rel[:1])
    if ads and len(paras) > 6:
        paras = splice(paras, 5, ["[ad] ADVERTISEMENT"])
    body += paras
    return top + body + end


if __name__ == "__main__":
    write_site(SLUG, DOMAIN, LANG, parse(os.path.join(os.path.dirname(__file__), "id.txt")), render, "id")
