#!/usr/bin/env python3
"""Assemble blind test pages from article files + a per-site template spec (like a CMS would)."""
import random, datetime, os, re

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HERE = os.path.dirname(os.path.abspath(__file__))
N = 18

def parse_articles(path):
    bgs, arts, cur = {}, [], None
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if line.startswith('#BG '):
            k, v = line[4:].split(' = ', 1); bgs[k.strip()] = v.strip(); continue
        if line.startswith('=== '):
            cur = {'no': int(line[4:]), 'meta': {}, 'body': [], 'inbody': False}; arts.append(cur); continue
        if cur is None or not line.strip():
            continue
        if not cur['inbody']:
            if line == '---': cur['inbody'] = True
            else:
                k, v = line.split(':', 1); cur['meta'][k.strip()] = v.strip()
            continue
        if line.startswith('@BG '):
            cur['body'].append(bgs[line[4:].strip()])
        else:
            cur['body'].append(line)
    return arts

def pick(rng, k):
    """k distinct page numbers (1..N)"""
    return set(rng.sample(range(1, N + 1), k))

# ---------------------------------------------------------------- Bulgarian
BG_MONTHS = ['януари','февруари','март','април','май','юни','юли','август','септември','октомври','ноември','декември']
BG_WD = ['Понеделник','Вторник','Сряда','Четвъртък','Петък','Събота','Неделя']
def site_bg():
    rng = random.Random(101)
    sid, lang, host = 'sofia-vestnik', 'bg', 'sofiavestnik.bg'
    arts = parse_articles(os.path.join(HERE, 'articles_bg.txt'))
    sec_slug = {'София':'sofia','България':'bulgaria','Икономика':'ikonomika','Култура':'kultura','Спорт':'sport','Мнения':'mnenia'}
    has_date = pick(rng, 16); has_cookie = pick(rng, 11); has_news = pick(rng, 14); news_b = set(rng.sample(sorted(has_news), 5))
    cookie_btn_b = set(rng.sample(sorted(has_cookie), 3))
    paywall = {4, 9, 11, 13, 16}
    has_comments = pick(rng, 13); has_share = pick(rng, 15); has_social = pick(rng, 14); social_b = set(rng.sample(sorted(has_social), 3))
    has_repub = pick(rng, 16); swap = pick(rng, 5); paywall_mid = {9, 13}
    pages = []
    for a in arts:
        p = a['no']; m = a['meta']; d = datetime.date.fromisoformat(m['date'])
        top, mid, bot = [], [], []
        if p in has_date:
            temp = rng.randint(-6, 4) if d.month in (1, 2, 12) else rng.randint(5, 31)
            top.append(f"[navigation] {BG_WD[d.weekday()]}, {d.day} {BG_MONTHS[d.month-1]} {d.year} · София {temp}°C")
        top.append(f"[navigation] Начало › {m['section']}")
        if p in has_cookie:
            top.append('[cookie] Използваме бисквитки, за да ви предложим по-добро преживяване. Научете повече в нашата Политика за бисквитки.')
            top.append('[ui] Разбрах' if p in cookie_btn_b else '[ui] Приемам')
        byline = f"{m['author']} · {d.day} {BG_MONTHS[d.month-1]} {d.year}, {rng.randint(7,21):02d}:{rng.choice([5,12,20,34,41,58]):02d}"
        if p in has_news:
            if p in news_b:
                mid.append(f"[newsletter] Не пропускайте „София в 7“ – бюлетинът, с който започват деня си {rng.randint(41,49)} {rng.randint(100,999)} читатели.")
            else:
                mid.append('[newsletter] „София в 7“ – най-важното от деня във вашата поща всяка сутрин. Безплатно.')
            mid.append('[ui] Запиши ме')
        left = rng.randint(1, 4)
        pw = ["[paywall] Остава ви 1 безплатна статия този месец." if left == 1 else f"[paywall] Остават ви {left} безплатни статии този месец.",
              '[paywall] Абонирайте се за „София Вестник+“ от 3,99 евро на месец и четете без ограничения.',
              '[ui] Абонирай се', '[ui] Вече имам абонамент']
        if p in paywall and p in paywall_mid: mid = pw + mid
        elif p in paywall: bot += pw
        sh = ['[share] Сподели статията:', '[share] Facebook', '[share] Viber', '[share] Копирай линка'] if p in has_share else []
        so = []
        if p in has_social:
            so = ['[social] Следвайте ни и в Telegram – t.me/sofiavestnik'] if p in social_b else ['[social] Последвайте „София Вестник“ във Facebook, Instagram и Telegram.']
        bot += (so + sh) if p in swap else (sh + so)
        if p in has_comments: bot.append(f"[comments] Коментари ({rng.randint(0,240)})")
        bot.append('[legal] © 2011–2026 „София Вестник“ ЕООД. Всички права запазени.')
        if p in has_repub:
            bot.append('[legal] Препечатването на материали от sofiavestnik.bg е разрешено само с изричното писмено съгласие на редакцията. При цитиране е задължителен активен линк към оригиналната публикация.')
        url = f"https://{host}/{sec_slug[m['section']]}/{m['slug']}"
        pages.append((p, url, assemble(a, top, byline, mid, [], bot)))
    return sid, lang, pages

# ---------------------------------------------------------------- Spanish
ES_MONTHS = ['enero','febrero','marzo','abril','mayo','junio','julio','agosto','septiembre','octubre','noviembre','diciembre']
def site_es():
    rng = random.Random(202)
    sid, lang, host = 'el-faro-del-sur', 'es', 'elfarodelsur.org'
    arts = parse_articles(os.path.join(HERE, 'articles_es.txt'))
    has_skip = pick(rng, 12); has_audio = pick(rng, 8); has_news = pick(rng, 13); news_b = set(rng.sample(sorted(has_news), 4))
    has_share = pick(rng, 14); share_b = set(rng.sample(sorted(has_share), 4))
    has_appeal = pick(rng, 15) | {14, 15, 16, 17, 18}; appeal_b = set(rng.sample(sorted(has_appeal), 5))
    campaign = {14, 15, 16, 17, 18}; has_amounts = set(rng.sample(sorted(has_appeal), len(has_appeal) - 2))
    has_social = pick(rng, 13); swap = pick(rng, 4)
    pages = []
    for a in arts:
        p = a['no']; m = a['meta']; d = datetime.date.fromisoformat(m['date'])
        top, mid, bot, after_byline = [], [], [], []
        if p in has_skip: top.append('[navigation] Saltar al contenido')
        top.append(f"[navigation] Inicio › {m['section']}")
        byline = f"Por {m['author']} · {d.day} de {ES_MONTHS[d.month-1]} de {d.year}"
        if p in has_audio:
            after_byline.append(f"[audio] Escucha este artículo · {max(3, len(a['body'])//2 + rng.randint(0,3))} min")
        if p in has_news:
            mid.append('[newsletter] ¿Te gustó? Recibe La Brújula cada viernes. Sin spam, prometido.' if p in news_b
                       else '[newsletter] Suscríbete a La Brújula: lo más importante de América Latina, cada viernes en tu correo.')
            mid.append('[ui] Quiero recibirla')
        sh = []
        if p in has_share:
            sh = ['[share] Si te pareció útil, compártela:' if p in share_b else '[share] Comparte esta historia:',
                  '[share] WhatsApp', '[share] Facebook', '[share] Copiar enlace']
        ap = []
        if p in has_appeal:
            members = 8214 + (d - datetime.date(2026, 1, 1)).days * 4 + rng.randint(0, 9)
            mem = f"{members:,}".replace(',', '.')
            ap.append('[appeal] Hazte miembro de El Faro del Sur' if p in appeal_b else '[appeal] Este periodismo lo pagan nuestros lectores')
            ap.append(f"[appeal] No tenemos dueños, ni pauta oficial, ni muro de pago. Más de {mem} miembros en 19 países sostienen cada investigación. ¿Te sumas?")
            if p in campaign:
                got = 210 + (p - 14) * 260 + rng.randint(0, 60)
                ap.append(f"[appeal] Campaña «Que no se apague el faro»: llevamos {got:,} de 1.500 nuevos miembros.".replace(',', '.'))
                ap.append('[appeal] Hasta el 31 de diciembre, cada aporte se duplica gracias a un fondo de contrapartida.')
            if p in has_amounts:
                ap += ['[appeal] US$5 al mes', '[appeal] US$10 al mes', '[appeal] US$25 al mes', '[appeal] Otro monto']
            ap.append('[ui] Quizás más tarde')
        bot += (ap + sh) if p in swap else (sh + ap)
        if p in has_social: bot.append('[social] Síguenos en Instagram, TikTok y YouTube: @elfarodelsur')
        bot.append('[legal] © 2026 El Faro del Sur. Contenido bajo licencia Creative Commons BY-NC-ND 4.0. Puedes republicarlo citando la fuente y enlazando al original.')
        url = f"https://{host}/{slugify_es(m['section'])}/{m['slug']}"
        pages.append((p, url, assemble(a, top, byline, mid, [], bot, after_byline)))
    return sid, lang, pages

def slugify_es(s):
    return s.lower().replace('í', 'i').replace('ó', 'o').replace('á', 'a')

# ---------------------------------------------------------------- Lithuanian
def site_lt():
    rng = random.Random(303)
    sid, lang, host = 'zinios-lt', 'lt', 'www.zinios.lt'
    arts = parse_articles(os.path.join(HERE, 'articles_lt.txt'))
    sec_slug = {'Lietuvoje':'lietuvoje','Verslas':'verslas','Sportas':'sportas','Pasaulyje':'pasaulyje','Nuomonės':'nuomones',
                'Kultūra':'kultura','Sveikata':'sveikata','Mokslas':'mokslas','Gyvenimas':'gyvenimas'}
    has_ctop = pick(rng, 14); has_ad = pick(rng, 16); ad_b = set(rng.sample(sorted(has_ad), 4)); has_ad2 = pick(rng, 8)
    has_relhead = pick(rng, 15); relhead_b = set(rng.sample(sorted(has_relhead), 3))
    paywall = {2, 6, 10, 13, 17}
    has_app = pick(rng, 12); app_b = set(rng.sample(sorted(has_app), 4))
    has_share = pick(rng, 13); has_cbot = pick(rng, 15); cbot_b = set(rng.sample(sorted(has_cbot), 5))
    has_reprint = pick(rng, 17); has_social = pick(rng, 11); swap = pick(rng, 5)
    pages = []
    for a in arts:
        p = a['no']; m = a['meta']; d = datetime.date.fromisoformat(m['date'])
        top, mid, bot, after_byline, rel = [], [], [], [], []
        top.append(f"[navigation] Pradžia › {m['section']}")
        byline = f"{m['author']}, Žinios.lt · {d.isoformat()} {rng.randint(6,22):02d}:{rng.randint(0,59):02d}"
        ncom = rng.randint(0, 380)
        if p in has_ctop: after_byline.append(f"[comments] Komentarai ({ncom})")
        adline = '[ad] Reklama · Straipsnis tęsiasi žemiau' if p in ad_b else '[ad] Reklama'
        if p in has_ad: mid.append(adline)
        if p in has_ad2: rel.append('[ad] Reklama')
        if p in has_relhead:
            rel.append('[related] Taip pat skaitykite:' if p in relhead_b else '[related] Skaitykite daugiau:')
        if p in paywall:
            bot += ['[paywall] Prenumeruokite „Žinios+“: pirmas mėnuo – tik 1 €',
                    '[paywall] Skaitykite be reklamų, gaukite išskirtinius tyrimus ir analizes. Atšaukti galite bet kada.',
                    '[ui] Prenumeruoti']
        sh = ['[share] Dalintis', '[share] Kopijuoti nuorodą'] if p in has_share else []
        cm = []
        if p in has_cbot:
            cm = ['[comments] Komentuoti' if p in cbot_b else f"[comments] Rašyti komentarą ({ncom})"]
        bot += (cm + sh) if p in swap else (sh + cm)
        if p in has_app:
            bot.append('[app] Parsisiųskite „Žinios.lt“ programėlę ir gaukite svarbiausių naujienų pranešimus pirmieji' if p in app_b
                       else '[app] Naujienos greičiau – parsisiųskite „Žinios.lt“ programėlę')
            bot += ['[app] App Store', '[app] Google Play']
        if p in has_social: bot.append('[social] Sekite mus „Facebook“, „Instagram“ ir „YouTube“')
        bot.append('[legal] © 2008–2026 UAB „Žinių portalas“. Visos teisės saugomos.')
        if p in has_reprint:
            bot.append('[legal] Draudžiama „Žinios.lt“ paskelbtą informaciją be raštiško UAB „Žinių portalas“ sutikimo naudoti kitose interneto svetainėse, elektroninėse ar tradicinėse žiniasklaidos priemonėse. Gavus sutikimą, būtina nurodyti „Žinios.lt“ kaip šaltinį.')
        url = f"https://{host}/{sec_slug[m['section']]}/{m['slug']}"
        pages.append((p, url, assemble(a, top, byline, mid, rel, bot, after_byline)))
    return sid, lang, pages

# ---------------------------------------------------------------- assembly
def assemble(a, top, byline, mid, rel, bot, after_byline=()):
    out = list(top)
    for line in a['body']:
        if line == '@BYLINE': out.append(byline); out += after_byline
        elif line == '@MID': out += mid
        elif line == '@REL': out += rel
        elif line.startswith('@'): raise SystemExit('unknown directive ' + line)
        else: out.append(line)
    return out + bot

def main():
    for fn in (site_bg, site_es, site_lt):
        sid, lang, pages = fn()
        assert len(pages) == N, (sid, len(pages))
        os.makedirs(os.path.join(OUT, sid), exist_ok=True)
        for p, url, lines in pages:
            with open(os.path.join(OUT, sid, f'page-{p:02d}.txt'), 'w', encoding='utf-8') as f:
                f.write(f'id: {sid}-{p:02d}\nlang: {lang}\nkind: positive\nurl: {url}\n---\n')
                f.write('\n'.join(lines) + '\n')
        print(sid, len(pages))

if __name__ == '__main__':
    main()
