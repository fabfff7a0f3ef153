#!/usr/bin/env python3
"""CMS-like page assembler for sb11-fr, sb11-nl, sb11-am."""
import os, random
from extra import EXTRA

OUT = "/work/sites-blind11"
HERE = os.path.dirname(os.path.abspath(__file__))

def parse(fn):
    arts = []
    for line in open(os.path.join(HERE, fn), encoding="utf-8"):
        line = line.rstrip("\n")
        if not line.strip():
            continue
        if line.startswith("=== "):
            sec, sub, slug = line[4:].split("|")
            arts.append({"sec": sec, "sub": sub, "slug": slug, "lines": []})
        else:
            arts[-1]["lines"].append(line)
    return arts

def pick(rng, p):
    return rng.random() < p

def related_pool(arts, key, rng):
    heads = [a["lines"][0] for a in arts]
    pool = EXTRA[key] + heads
    return pool

class Related:
    """hands out related headlines, never the page's own, each at most twice."""
    def __init__(self, pool, rng):
        self.pool, self.rng, self.used = pool, rng, {}
    def get(self, own, n=1):
        out = []
        cands = [h for h in self.pool if h != own and self.used.get(h, 0) < 2]
        self.rng.shuffle(cands)
        cands.sort(key=lambda h: self.used.get(h, 0))
        for h in cands[:n]:
            self.used[h] = self.used.get(h, 0) + 1
            out.append(h)
        return out

def place(L, audio, mids, rng):
    """insert audio after the byline and each mid block after a distinct
    paragraph (a long article line) in the body; blocks are never split."""
    slots = {}
    if audio:
        slots[3] = [audio]
    cands = [k for k in range(4, len(L) - 1) if len(L[k - 1]) > 60 and not L[k - 1].startswith("[")]
    if not cands:
        cands = list(range(4, len(L)))
    rng.shuffle(cands)
    for j, m in enumerate(mids):
        k = cands[j % len(cands)]
        slots.setdefault(k, []).extend(m)
    out = []
    for k, line in enumerate(L):
        out.extend(slots.get(k, []))
        out.append(line)
    return out

# ------------------------------------------------------------------ FR
FR_SEC = {"faits-divers": "Faits divers", "societe": "Société", "sante": "Santé",
          "economie": "Économie", "sports": "Sports", "environnement": "Environnement",
          "culture": "Culture", "opinion": "Opinion", "education": "Éducation"}

def build_fr(i, art, ctx, rng):
    L = list(art["lines"])
    top = []
    if pick(rng, 0.8):
        top.append("[navigation] Aller au contenu principal")
    top.append("[navigation] Accueil › %s › %s" % (FR_SEC[art["sec"]], art["sub"]))
    if i in ctx["abonnes"]:
        top.append("[paywall] Abonnés")
    audio = None
    if pick(rng, 0.7):
        txt = "[audio] Écouter cet article" if i % 3 else "[audio] Écouter l'article"
        audio = txt + " · %d min" % rng.randint(2, 6)
    mids = []
    if i in ctx["abonnes"]:
        mids.append(["[paywall] Il vous reste %d %% de cet article à lire." % rng.randint(55, 82),
                     "[paywall] Abonnez-vous pour lire la suite : 1 € le premier mois, sans engagement.",
                     "[ui] Je m'abonne",
                     "[paywall] Déjà abonné ? Se connecter"])
    if pick(rng, 0.7):
        nb = ["[newsletter] La newsletter Cévennes Matin"]
        if rng.random() < 0.6:
            nb.append("[newsletter] Recevez chaque matin à 7 h l'essentiel de l'actualité du Gard et de la Lozère.")
        else:
            nb.append("[newsletter] Chaque matin à 7 h, l'essentiel de l'info du Gard et de la Lozère dans votre boîte mail.")
        nb.append("[ui] Je m'inscris")
        mids.append(nb)
    if pick(rng, 0.8) or not mids:
        mids.append(["[related] Lire aussi : " + ctx["rel"].get(L[0])[0]])
    if pick(rng, 0.35):
        mids.append(["[ad] Publicité"])
    body = place(L, audio, mids, rng)
    bot = []
    blocks = []
    if pick(rng, 0.85):
        blocks.append(["[share] Partager l'article" if rng.random() < 0.7 else "[share] Partager cet article",
                       "[share] Facebook", "[share] X", "[share] WhatsApp", "[share] Copier le lien"][:rng.choice([1, 5, 5])])
    if pick(rng, 0.7):
        n = rng.randint(0, 48)
        blocks.append(["[comments] %d commentaire%s" % (n, "s" if n > 1 else "") if n else "[comments] Réagir à cet article"])
    if i in ctx["campaign"]:
        blocks.append(["[paywall] Offre de fin d'année : 6 mois d'abonnement numérique pour 6 €, jusqu'au 31 décembre.",
                       "[ui] J'en profite"])
    if pick(rng, 0.75):
        blocks.append(["[related] À lire aussi"] + ["[related] " + h for h in ctx["rel"].get(L[0], rng.choice([2, 3]))])
    if pick(rng, 0.8):
        blocks.append(["[social] Suivez L'Écho des Cévennes sur Facebook, Instagram et WhatsApp" if rng.random() < 0.7
                       else "[social] Retrouvez-nous sur Facebook, Instagram et notre chaîne WhatsApp"])
    if pick(rng, 0.45):
        blocks.append(["[app] Téléchargez l'application L'Écho des Cévennes"])
    if pick(rng, 0.25):
        rng.shuffle(blocks)
    for b in blocks:
        bot += b
    if pick(rng, 0.95):
        bot.append("[legal] © L'Écho des Cévennes %d – Tous droits réservés – Reproduction interdite" % (2026 if i != 17 else 2025))
    if pick(rng, 0.6):
        bot.append("[cookie] Paramétrer les cookies")
    return top + body + bot

# ------------------------------------------------------------------ NL
NL_SEC = {"wonen": "Wonen", "energie": "Energie", "onderwijs": "Onderwijs", "media": "Media",
          "klimaat": "Klimaat", "economie": "Economie", "tech": "Technologie", "zorg": "Zorg",
          "samenleving": "Samenleving", "cultuur": "Cultuur", "opinie": "Opinie", "politiek": "Politiek"}

def build_nl(i, art, ctx, rng):
    L = list(art["lines"])
    top = []
    if pick(rng, 0.7):
        top.append("[navigation] Naar de inhoud")
    top.append("[navigation] Onderstroom › %s" % NL_SEC[art["sec"]])
    audio = None
    if pick(rng, 0.65):
        audio = "[audio] Luister naar dit verhaal · %d minuten" % rng.randint(6, 19)
    mids = []
    if pick(rng, 0.65):
        mids.append(["[appeal] Onderstroom heeft geen adverteerders. We worden betaald door %s leden." % ctx["members"](i)])
    if pick(rng, 0.55):
        mids.append(["[newsletter] Elke zaterdag de beste verhalen van de week in je inbox." if rng.random() < 0.6
                     else "[newsletter] Ontvang elke zaterdag onze beste verhalen in je inbox.",
                     "[ui] Aanmelden"])
    if pick(rng, 0.75) or not mids:
        mids.append(["[related] Lees ook: " + ctx["rel"].get(L[0])[0]])
    body = place(L, audio, mids, rng)
    blocks = []
    if pick(rng, 0.85):
        blocks.append(["[share] Deel dit verhaal gratis met iemand die geen lid is" if rng.random() < 0.65
                       else "[share] Stuur dit verhaal gratis door naar een niet-lid"])
    if pick(rng, 0.6):
        blocks.append(["[comments] %d bijdragen van leden" % rng.randint(2, 140)])
    if i in ctx["campaign"]:
        blocks.append(["[appeal] Ledenactie: nog %s nieuwe leden nodig om ons doel van 55.000 te halen vóór 31 december." % ctx["togo"](i)])
    if pick(rng, 0.88):
        blocks.append(["[appeal] Word lid van Onderstroom",
                       "[appeal] Onafhankelijke journalistiek zonder advertenties kan alleen met jouw steun. Je bepaalt zelf hoeveel je betaalt, vanaf € 6 per maand.",
                       "[ui] Word lid", "[ui] Misschien later"])
    if pick(rng, 0.5):
        blocks.append(["[related] Meer uit " + NL_SEC[art["sec"]]] + ["[related] " + h for h in ctx["rel"].get(L[0], 2)])
    if pick(rng, 0.7):
        blocks.append(["[social] Volg Onderstroom op Bluesky, Mastodon en Instagram"])
    if pick(rng, 0.25):
        rng.shuffle(blocks)
    bot = [x for b in blocks for x in b]
    if pick(rng, 0.95):
        bot.append("[legal] © %d Stichting Onderstroom · Overname alleen met schriftelijke toestemming" % 2026)
    if pick(rng, 0.4):
        bot.append("[cookie] Wij plaatsen alleen functionele cookies. Meer weten?")
    return top + body + bot

# ------------------------------------------------------------------ AM
def build_am(i, art, ctx, rng):
    L = list(art["lines"])
    top = []
    if pick(rng, 0.7):
        top.append("[navigation] ወደ ዋናው ይዘት ይዝለሉ")
    top.append("[navigation] መነሻ › %s › %s" % (art["sec"], art["sub"]))
    audio = None
    if pick(rng, 0.55):
        audio = "[audio] ይህንን ዜና ያዳምጡ" if i % 2 else "[audio] ዜናውን በድምፅ ያዳምጡ"
    mids = []
    if pick(rng, 0.6):
        mids.append(["[ad] ማስታወቂያ"])
    if pick(rng, 0.75) or not mids:
        mids.append(["[related] ተዛማጅ፦ " + ctx["rel"].get(L[0])[0]])
    if pick(rng, 0.7):
        mids.append(["[social] ለፈጣን መረጃ የቴሌግራም ቻናላችንን ይቀላቀሉ — ከ%s በላይ ተከታዮች" % ctx["tg"](i)])
    body = place(L, audio, mids, rng)
    blocks = []
    if pick(rng, 0.8):
        blocks.append(["[share] ይህንን ዜና ያጋሩ"] + (["[share] ፌስቡክ", "[share] ቴሌግራም", "[share] ኤክስ"] if rng.random() < 0.5 else []))
    if pick(rng, 0.5):
        blocks.append(["[comments] አስተያየትዎን ያስፍሩ"])
    if pick(rng, 0.6):
        blocks.append(["[newsletter] ዕለታዊ የዜና መጽሔታችንን በኢሜይል ለማግኘት ይመዝገቡ", "[ui] ይመዝገቡ"])
    if i in ctx["campaign"]:
        blocks.append(["[appeal] ነፃና ገለልተኛ ጋዜጠኝነትን ይደግፉ",
                       "[appeal] በዚህ ወር %s አንባቢዎች ድጋፍ አድርገዋል። እርስዎም በቴሌብር ይደግፉን።" % format(rng.randint(1100, 2900), ","),
                       "[ui] አሁን ይደግፉ", "[ui] በኋላ"])
    if pick(rng, 0.7):
        blocks.append(["[related] ተጨማሪ ዜናዎች"] + ["[related] " + h for h in ctx["rel"].get(L[0], rng.choice([2, 3]))])
    if pick(rng, 0.6):
        blocks.append(["[app] የጣና ዜና መተግበሪያን ከፕሌይ ስቶርና ከአፕ ስቶር ያውርዱ"])
    if pick(rng, 0.25):
        rng.shuffle(blocks)
    bot = [x for b in blocks for x in b]
    if pick(rng, 0.95):
        bot.append("[legal] © 2026 ጣና ዜና። መብቱ በሕግ የተጠበቀ ነው።" if rng.random() < 0.7
                   else "[legal] © 2019 ዓ.ም ጣና ዜና። መብቱ በሕግ የተጠበቀ ነው።")
    return top + body + bot

SITES = {
    "sb11-fr": ("fr", "fr.txt", "www.echo-cevennes.fr", build_fr, 1101),
    "sb11-nl": ("nl", "nl.txt", "www.onderstroom.nl", build_nl, 1102),
    "sb11-am": ("am", "am.txt", "www.tanazena.com", build_am, 1103),
}

def main():
    for site, (lang, fn, host, build, seed) in SITES.items():
        rng = random.Random(seed)
        arts = parse(fn)
        assert len(arts) == 18, (site, len(arts))
        pages = list(range(1, 19))
        ctx = {
            "rel": Related(related_pool(arts, lang, rng), rng),
            "campaign": set(rng.sample(pages, 5)),
            "abonnes": set(rng.sample(pages, 8)),
            "members": lambda i: format(51240 + i * 37 + (i * i) % 23, ",").replace(",", "."),
            "togo": lambda i: format(3860 - i * 41, ",").replace(",", "."),
            "tg": lambda i: format(312000 + i * 850, ","),
        }
        d = os.path.join(OUT, site)
        os.makedirs(d, exist_ok=True)
        for i, art in enumerate(arts, 1):
            lines = build(i, art, ctx, rng)
            hdr = ["id: %s-%02d" % (site, i), "lang: %s" % lang, "kind: positive",
                   "url: https://%s/%s/%s" % (host, art["sec"] if lang != "am" else SEC_AM.get(art["sec"], "news"), art["slug"]), "---"]
            with open(os.path.join(d, "page-%02d.txt" % i), "w", encoding="utf-8") as f:
                f.write("\n".join(hdr + lines) + "\n")
        print(site, "campaign", sorted(ctx["campaign"]), "abonnes", sorted(ctx["abonnes"]) if lang == "fr" else "")

SEC_AM = {"ዜና": "news", "ኢኮኖሚ": "economy", "ስፖርት": "sport", "ግብርና": "agriculture", "ጤና": "health",
          "ባህል": "culture", "ቴክኖሎጂ": "technology", "ትምህርት": "education", "አስተያየት": "opinion",
          "ማኅበራዊ": "society", "አካባቢ": "environment", "ትራንስፖርት": "transport"}

if __name__ == "__main__":
    main()
