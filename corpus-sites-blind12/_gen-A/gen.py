#!/usr/bin/env python3
"""CMS-like generator: assembles 18 pages per site from article files + a template spec."""
import os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load_articles(fn):
    arts, cur = [], None
    for raw in open(os.path.join(HERE, fn), encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('@@'):
            section, slug, crumb = [x.strip() for x in line[2:].split('|')]
            cur = dict(section=section, slug=slug, crumb=crumb, lines=[])
            arts.append(cur)
        else:
            cur['lines'].append(line)
    assert len(arts) == 18, (fn, len(arts))
    return arts

def split_mid(lines):
    if '%MID' in lines:
        k = lines.index('%MID')
        return lines[:k], lines[k+1:]
    k = len(lines) // 2
    return lines[:k], lines[k:]

# ---------------------------------------------------------------- sb12-en
def en_page(n, art, R):
    top, mid, bot = [], [], []
    if n in (4, 13):
        top.append("[cookie] We use cookies to understand how readers use our site and to improve your experience.")
        top.append("[ui] Accept")
    if n not in (6, 14):
        top.append("[navigation] Skip to content")
    top.append("[navigation] Home › " + art['crumb'])
    if n % 3 != 2:
        top.append("[audio] Listen to this article · %d min" % R.randint(3, 9))
    if n not in (3, 10, 17):
        if n % 4 == 0:
            mid.append("[newsletter] Sign up for The Beacon Daily: free local news in your inbox every weekday at 6 a.m.")
        else:
            mid.append("[newsletter] Get the Beacon's free morning newsletter. Local news you can use, every weekday.")
        mid.append("[ui] Sign up")
    repub = "[legal] Republish this story for free. Cedar Valley Beacon articles are licensed under Creative Commons (CC BY-ND 4.0)."
    share = "[share] Share this story: Facebook · X · Bluesky · Email · Print"
    block = []
    if n not in (9,):
        block.append(repub)
    if n not in (5, 15):
        block.append(share)
    if n in (2, 8, 12):
        block.reverse()
    bot += block
    if n in (2, 6, 7, 11, 16):
        members = 1180 + n * 57
        bot.append("[appeal] Fall Member Drive: %s of 2,500 new members by Dec. 31" % format(members, ','))
        bot.append("[appeal] A generous local donor will match every new membership, up to $25,000. We're %d%% of the way there." % (members * 100 // 2500))
    if n not in (10,):
        bot.append("[appeal] Local news is a public good." if n % 5 else "[appeal] Nobody owns the Beacon. Our readers do.")
        bot.append("[appeal] The Beacon is a nonprofit newsroom. Our journalism is free to read because %s members chip in each year. Join them with a tax-deductible gift of any size." % format(4100 + n * 23, ','))
        bot.append("[ui] Donate now")
        bot.append("[ui] Maybe later")
    if n not in (1, 11):
        bot.append("[social] Follow the Cedar Valley Beacon on Facebook, Instagram and Bluesky.")
    bot.append("[legal] © %d Cedar Valley Beacon, a 501(c)(3) nonprofit newsroom. All rights reserved." % (2026))
    return top, mid, bot

# ---------------------------------------------------------------- sb12-cs
CS_PREMIUM = {8, 11, 15}
def cs_page(n, art, R):
    top, mid, bot = [], [], []
    top.append("[navigation] Přeskočit na obsah")
    if n not in (3, 12):
        top.append("[navigation] Večerní kurýr › " + art['crumb'])
    else:
        top.insert(0, "[navigation] Večerní kurýr › " + art['crumb'])
    if n not in (5, 16):
        top.append("[ad] Reklama")
    if n % 4 != 3:
        top.append("[audio] Poslechněte si článek (%d:%02d)" % (R.randint(2, 8), R.randint(0, 59)))
    if n not in (4, 13):
        mid.append("[newsletter] Ranní Kurýr: to nejdůležitější z domova i ze světa každý všední den v 6:30 ve vaší schránce." if n % 3
                   else "[newsletter] Nechcete nic zmeškat? Přihlaste se k odběru newsletteru Ranní Kurýr.")
        mid.append("[ui] Odebírat zdarma")
    if n not in (7,):
        mid.append("[ad] Reklama")
    if n in CS_PREMIUM:
        bot.append("[paywall] Tento článek je exkluzivně pro předplatitele Kurýr Plus.")
        bot.append("[paywall] Zbytek článku si přečtete s předplatným Kurýr Plus. Prvních 30 dní za 1 Kč, poté 99 Kč měsíčně.")
        bot.append("[ui] Mám zájem")
        bot.append("[paywall] Už máte předplatné? Přihlaste se.")
    else:
        if n % 2 == 0:
            bot.append("[paywall] Tento měsíc jste si přečetli %d z 5 článků zdarma." % (1 + n % 5))
    if n in (1, 6, 9, 14, 18):
        bot.append("[paywall] Vánoční nabídka: Kurýr Plus na celý rok za %d Kč místo 1 188 Kč. Platí do %d. prosince." % (499 if n < 10 else 549, 10 + n // 2))
    shr = "[share] Sdílet: Facebook · X · WhatsApp · E-mail · Kopírovat odkaz"
    cmt = "[comments] Diskuse (%d příspěvků)" % R.randint(5, 240)
    if n in (5, 11, 17):
        bot += [cmt, shr]
    elif n == 8:
        bot += [shr]
    else:
        bot += [shr, cmt]
    if n not in (2, 10):
        bot.append("[social] Sledujte Večerní kurýr na Facebooku, Instagramu a X.")
    if n % 3 != 1:
        bot.append("[app] Stáhněte si aplikaci Večerního kurýru pro iOS a Android.")
    bot.append("[legal] © 2026 Vltava Media Group a.s. Všechna práva vyhrazena. Jakékoli užití obsahu včetně převzetí článků je bez písemného souhlasu zakázáno.")
    if n in (3, 9, 16):
        bot.append("[cookie] Tento web používá soubory cookie k poskytování služeb, personalizaci reklam a analýze návštěvnosti.")
        bot.append("[ui] Přijmout vše")
        bot.append("[ui] Nastavení")
    return top, mid, bot

# ---------------------------------------------------------------- sb12-yo
def yo_page(n, art, R):
    top, mid, bot = [], [], []
    if n not in (7,):
        top.append("[navigation] Ojú-ìwé Àkọ́kọ́ › " + art['crumb'])
    if n not in (2, 11, 18):
        top.append("[ad] Ìpolówó ọjà")
    if n in (3, 10, 15):
        top.append("[audio] Ẹ tẹ́tí sí ìròyìn yìí")
    if n not in (5, 14):
        mid.append("[social] Ẹ darapọ̀ mọ́ ikanni WhatsApp wa fún ìròyìn tuntun lójoojúmọ́." if n % 4
                   else "[social] Ẹ darapọ̀ mọ́ ikanni WhatsApp Àkéde Oòduà kí ìròyìn tuntun máa tẹ̀ yín lọ́wọ́.")
    if n % 2 == 0:
        mid.append("[ad] Ìpolówó ọjà")
    share = "[share] Ẹ pín ìròyìn yìí: Facebook · WhatsApp · X · Telegram"
    cm = "[comments] Kí ni èrò yín? Ẹ kọ ọ́ sílẹ̀ níbí"
    cc = "[comments] Èrò %d" % R.randint(0, 60)
    if n in (6, 13):
        bot += [cm, cc, share]
    else:
        bot += [share, cm, cc]
    if n in (3, 8, 9, 14, 17):
        bot.append("[appeal] Ẹ ṣe àtìlẹ́yìn fún iṣẹ́ ìròyìn olómìnira ní èdè Yorùbá. Ẹ̀bùn yín, bó ti wù kó kéré tó, ń jẹ́ kí a máa tẹ̀síwájú.")
        bot.append("[appeal] Àwọn òǹkàwé %d ti ṣe ìtọrẹ lóṣù yìí." % (300 + n * 17))
        bot.append("[ui] Ṣe ìtọrẹ báyìí")
    if n not in (4, 12, 16):
        bot.append("[newsletter] Ẹ forúkọ sílẹ̀ láti máa gba àkójọ ìròyìn wa lórí ímeèlì ní gbogbo òwúrọ̀.")
    if n not in (1, 10):
        bot.append("[app] Ẹ ṣe ìgbàsílẹ̀ áàpù Àkéde Oòduà lórí Google Play àti App Store." if n % 5
                   else "[app] Ẹ ka Àkéde Oòduà lórí fóònù yín: ẹ ṣe ìgbàsílẹ̀ áàpù wa lónìí.")
    bot.append("[social] Ẹ tẹ̀lé wa lórí Facebook, X, Instagram àti TikTok: @akedeoodua")
    bot.append("[legal] © 2026 Àkéde Oòduà Media. Gbogbo ẹ̀tọ́ wà ní ìpamọ́.")
    if n in (11, 16):
        bot.insert(len(bot) - 1, "[legal] A kò gbọ́dọ̀ tún ìròyìn yìí tẹ̀ jáde láìgba àṣẹ lọ́wọ́ Àkéde Oòduà.")
    return top, mid, bot

SITES = [
    ('sb12-en', 'en', 'cedarvalleybeacon.org', 'en.txt', en_page),
    ('sb12-cs', 'cs', 'www.vecernikuryr.cz', 'cs.txt', cs_page),
    ('sb12-yo', 'yo', 'akedeoodua.com.ng', 'yo.txt', yo_page),
]

def main(only=None):
    for site, lang, host, fn, fun in SITES:
        if only and site not in only:
            continue
        if not os.path.exists(os.path.join(HERE, fn)):
            continue
        arts = load_articles(fn)
        R = random.Random(site)
        d = os.path.join(OUT, site)
        os.makedirs(d, exist_ok=True)
        for n, art in enumerate(arts, 1):
            top, mid, bot = fun(n, art, R)
            a, b = split_mid(art['lines'])
            body = top + a + mid + b + bot
            hdr = ["id: %s-%02d" % (site, n), "lang: " + lang, "kind: positive",
                   "url: https://%s/%s/%s" % (host, art['section'], art['slug']), "---"]
            with open(os.path.join(d, "page-%02d.txt" % n), 'w', encoding='utf-8') as f:
                f.write("\n".join(hdr + body) + "\n")
        print(site, len(arts), 'pages written')

if __name__ == '__main__':
    import sys
    main(sys.argv[1:])
