#!/usr/bin/env python3
"""Assemble blind test pages for sites A (fr, ms, ha) from article files + template specs."""
import os, random, re

OUT = '/work/blind-sites-2'
HERE = os.path.dirname(os.path.abspath(__file__))


def load(fn):
    arts = []
    cur = None
    for line in open(os.path.join(HERE, fn), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('=== '):
            sec, slug = line[4:].split('|')
            cur = {'section': sec, 'slug': slug, 'lines': []}
            arts.append(cur)
        else:
            cur['lines'].append(line)
    for a in arts:
        a['headline'] = a['lines'][0]
        a['byline'] = a['lines'][1]
        a['body'] = a['lines'][2:]
        m = re.search(r'(20\d\d)', a['byline'])
        a['year'] = m.group(1) if m else None
    return arts


def B(cat, text):
    return '[%s] %s' % (cat, text)


def pick(r, variants, weights=None):
    return r.choices(variants, weights=weights)[0] if weights else r.choice(variants)


# ---------------------------------------------------------------- French
def site_fr(r, arts, i, a, ctx):
    secname = {'littoral': 'Littoral', 'economie': 'Économie', 'societe': 'Société',
               'faits-divers': 'Faits divers', 'sports': 'Sports', 'culture': 'Culture',
               'opinion': 'Opinion'}[a['section']]
    year = a['year'] or '2026'
    top = []
    if r.random() < 0.85:
        top.append(B('navigation', 'Aller au contenu principal'))
    top.append(B('navigation', 'Accueil › %s' % secname))
    after_byline = []
    if r.random() < 0.6:
        after_byline.append(B('audio', 'Écouter cet article · %d min' % r.randint(2, 6)))
    others = [x for x in arts if x is not a]
    creds = ['Xavier Léoty', 'Mathieu Bertrand', 'Élodie Ratsimbazafy', 'Franck Dubray', 'Stéphane Durand']
    mid_nl = []
    if r.random() < 0.8:
        mid_nl = [B('newsletter', 'La newsletter du Littoral'),
                  B('newsletter', pick(r, ["Chaque matin à 7 h, l'essentiel de l'actualité de votre région dans votre boîte mail.",
                                           "Recevez chaque matin l'essentiel de l'actualité de votre région."], [3, 1])),
                  B('ui', "Je m'inscris")]
    lire = [B('related', 'Lire aussi : ' + o['headline']) for o in r.sample(others, r.choice([1, 1, 2]))] if r.random() < 0.85 else []
    paywall = None
    if i in ctx['campaign']:
        pct = r.randint(55, 85)
        paywall = [B('paywall', 'Cet article est réservé aux abonnés.'),
                   B('paywall', 'Il vous reste %d %% de cet article à lire.' % pct),
                   B('paywall', pick(r, ["Je m'abonne · 1 € le premier mois", "Offre découverte : 1 € le premier mois, sans engagement"])),
                   B('ui', 'Déjà abonné ? Se connecter')]
    bottom = []
    share = B('share', 'Partager : Facebook · X · WhatsApp · E-mail')
    comm = B('comments', pick(r, ['%d commentaires' % r.randint(2, 140), 'Réagir à cet article']))
    same = []
    if r.random() < 0.6:
        same = [B('related', 'Sur le même sujet')] + [B('related', o['headline']) for o in r.sample(others, 3)]
    social = B('social', pick(r, ['Suivez la Gazette du Littoral sur Facebook, Instagram et WhatsApp',
                                  'Retrouvez la Gazette du Littoral sur Facebook, Instagram et WhatsApp'], [3, 1]))
    blocks = []
    if r.random() < 0.85: blocks.append([share])
    if r.random() < 0.65: blocks.append([comm])
    if same: blocks.append(same)
    if r.random() < 0.9: blocks.append([social])
    if r.random() < 0.15: r.shuffle(blocks)
    for b in blocks: bottom += b
    if r.random() < 0.5:
        bottom += [B('cookie', 'Nous utilisons des cookies pour mesurer l\'audience et vous proposer des contenus adaptés.'),
                   B('ui', 'Tout accepter'), B('ui', 'Paramétrer')]
    bottom.append(B('legal', '© %s Gazette du Littoral – Tous droits réservés' % year))
    if r.random() < 0.4:
        bottom.append(B('legal', 'Reproduction interdite sans autorisation'))
    credit = lambda: B('legal', 'Photo : %s / Gazette du Littoral' % r.choice(creds))
    return dict(top=top, after_byline=after_byline, mid=[mid_nl], inserts=lire, paywall=paywall,
                bottom=bottom, credit=credit, host='www.gazette-littoral.fr')


# ---------------------------------------------------------------- Malay
def site_ms(r, arts, i, a, ctx):
    secname = {'nasional': 'Nasional', 'bisnes': 'Bisnes', 'sukan': 'Sukan', 'hiburan': 'Hiburan',
               'gaya-hidup': 'Gaya Hidup', 'pendapat': 'Pendapat', 'dunia': 'Dunia'}[a['section']]
    year = a['year'] or '2025'
    top = [B('navigation', 'Utama › %s' % secname)]
    if r.random() < 0.7:
        top.insert(0, B('ad', 'IKLAN'))
    after_byline = []
    if r.random() < 0.7:
        after_byline.append(B('share', pick(r, ['Kongsi: Facebook | X | WhatsApp | Telegram', 'Kongsi artikel ini'], [4, 1])))
    others = [x for x in arts if x is not a]
    mid_ad = [B('ad', 'IKLAN')] if r.random() < 0.8 else []
    baca = [B('related', 'Baca juga: ' + o['headline']) for o in r.sample(others, r.choice([1, 2, 2]))] if r.random() < 0.9 else []
    mid_app = []
    if i in ctx['campaign']:
        mid_app = [B('app', 'Kini lebih pantas! Baca berita terkini di aplikasi Berita Nusantara.'),
                   B('ui', 'Muat turun sekarang')]
    bottom = []
    tg = B('social', pick(r, ['Sertai saluran Telegram Berita Nusantara untuk berita terkini: t.me/beritanusantara',
                              'Ikuti saluran Telegram kami untuk berita terkini: t.me/beritanusantara'], [3, 1]))
    wa = B('social', 'Ikuti saluran WhatsApp Berita Nusantara')
    app = B('app', 'Muat turun aplikasi Berita Nusantara di App Store dan Google Play')
    rel = []
    if r.random() < 0.7:
        rel = [B('related', 'Berita berkaitan')] + [B('related', o['headline']) for o in r.sample(others, 3)]
    sponsored = ['Tingkatkan simpanan persaraan anda dengan pelan ini', 'Percutian ke Langkawi dari RM299 seorang',
                 'Kereta elektrik baharu kini di pasaran Malaysia', 'Rawatan sakit lutut tanpa pembedahan',
                 'Rumah mampu milik di Seremban, deposit rendah', 'Pelan insurans keluarga dari RM1 sehari']
    blocks = []
    if r.random() < 0.9: blocks.append([tg])
    if r.random() < 0.6: blocks.append([wa])
    if rel: blocks.append(rel)
    if r.random() < 0.5:
        blocks.append([B('ad', 'Kandungan Tajaan: ' + r.choice(sponsored))])
    if r.random() < 0.5:
        blocks.append([B('comments', pick(r, ['%d Komen' % r.randint(0, 300), 'Apa pendapat anda? Tinggalkan komen di bawah.']))])
    if r.random() < 0.2: r.shuffle(blocks)
    for b in blocks: bottom += b
    if r.random() < 0.75: bottom.append(app)
    bottom.append(B('legal', 'Hak Cipta © %s Berita Nusantara Sdn. Bhd. Semua hak terpelihara.' % year))
    creds = ['Foto BERNAMA', 'Foto BN/ZAHID IBRAHIM', 'Foto BN/AZLAN NOR', 'Foto ihsan pembaca', 'Foto fail']
    credit = lambda: B('legal', r.choice(creds))
    return dict(top=top, after_byline=after_byline, mid=[mid_ad, mid_app], inserts=baca, paywall=None,
                bottom=bottom, credit=credit, host='www.beritanusantara.my')


# ---------------------------------------------------------------- Hausa
def site_ha(r, arts, i, a, ctx):
    secname = {'ilimi': 'Ilimi', 'lafiya': 'Lafiya', 'kasuwanci': 'Kasuwanci', 'wasanni': 'Wasanni',
               'siyasa': 'Siyasa', 'labarai': 'Labarai', 'ra-ayi': "Ra'ayi", 'al-adu': "Al'adu",
               'nishadi': 'Nishaɗi', 'noma': 'Noma'}[a['section']]
    year = a['year'] or '2025'
    top = []
    if r.random() < 0.6:
        top.append(B('navigation', 'Tsallaka zuwa labari'))
    top.append(B('navigation', 'Gida › %s' % secname))
    after_byline = []
    if r.random() < 0.8:
        after_byline.append(B('share', 'Raba wannan labari: Facebook · WhatsApp · X'))
    others = [x for x in arts if x is not a]
    karanta = [B('related', 'Karanta kuma: ' + o['headline']) for o in r.sample(others, r.choice([1, 2]))] if r.random() < 0.85 else []
    mid_wa = [B('social', pick(r, ['Ku shiga tasharmu ta WhatsApp domin samun labarai nan take',
                                   'Shiga tasharmu ta WhatsApp don samun labarai kai tsaye'], [3, 1]))] if r.random() < 0.7 else []
    appeal = None
    if i in ctx['campaign']:
        n = r.randint(300, 2400)
        appeal = [B('appeal', 'Ku tallafa wa aikin jarida mai zaman kansa'),
                  B('appeal', 'Jarida Hausa ba ta da wani mai ɗaukar nauyi na siyasa. Masu karatu irinku ne ke ba mu damar ci gaba da kawo muku sahihan labarai. Mutane {} sun tallafa mana a wannan watan.'.format(n)),
                  B('ui', 'Ba da tallafi'), B('ui', 'Sai wani lokaci')]
    bottom = []
    rel = []
    if r.random() < 0.75:
        rel = [B('related', pick(r, ['Labarai masu alaƙa', 'Waɗannan ma za su ba ku sha\'awa'], [4, 1]))] + \
              [B('related', o['headline']) for o in r.sample(others, 3)]
    blocks = []
    if rel: blocks.append(rel)
    if r.random() < 0.6:
        blocks.append([B('comments', pick(r, ["Ra'ayoyi (%d)" % r.randint(0, 90), "Ku bayyana ra'ayinku"], [3, 1]))])
    if r.random() < 0.9:
        blocks.append([B('social', 'Ku biyo mu a Facebook, X, Instagram da TikTok: @jaridahausa')])
    if r.random() < 0.2: r.shuffle(blocks)
    if appeal:
        blocks.insert(0, appeal)
    for b in blocks: bottom += b
    bottom.append(B('legal', '© %s Jarida Hausa. Duk haƙƙoƙi na kiyaye.' % year))
    if r.random() < 0.3:
        bottom.append(B('legal', 'Ba a yarda a sake wallafa wannan labari ba tare da izini ba.'))
    creds = ['Hoto: Jarida Hausa', 'Hoto: Getty Images', 'Hoto: Fadar Gwamnatin Kano', 'Hoto: Sani Maikatanga', 'Hoto: AFP']
    credit = lambda: B('legal', r.choice(creds))
    return dict(top=top, after_byline=after_byline, mid=[mid_wa], inserts=karanta, paywall=None,
                bottom=bottom, credit=credit, host='www.jaridahausa.com.ng')


SITES = [
    ('gazette-du-littoral', 'fr', 'art_fr.txt', site_fr, 11),
    ('berita-nusantara', 'ms', 'art_ms.txt', site_ms, 22),
    ('jarida-hausa', 'ha', 'art_ha.txt', site_ha, 33),
]


def build(site, lang, fn, spec, seed):
    arts = load(fn)
    assert len(arts) == 18, (site, len(arts))
    r = random.Random(seed)
    order = list(range(18))
    r.shuffle(order)
    arts = [arts[k] for k in order]
    # campaign on 5 pages; for the paywall site avoid truncating the series stories (they contain the background paragraph late)
    candidates = [k for k in range(18) if not (spec is site_fr and 'soulac' in arts[k]['slug'] and 'editorial' not in arts[k]['slug'])
                  and len(arts[k]['body']) >= 6]
    ctx = {'campaign': set(r.sample(candidates, 5))}
    d = os.path.join(OUT, site)
    os.makedirs(d, exist_ok=True)
    for i, a in enumerate(arts):
        t = spec(r, arts, i, a, ctx)
        out = ['id: %s-%02d' % (site, i + 1), 'lang: %s' % lang, 'kind: positive',
               'url: https://%s/%s/%s' % (t['host'], a['section'], a['slug']), '---']
        out += t['top']
        out.append(a['headline'])
        out.append(a['byline'])
        out += t['after_byline']
        body = []
        for line in a['body']:
            if line.startswith('~'):
                body.append([line[1:], t['credit']()])
            else:
                body.append([line])
        if t['paywall']:
            body = body[:5]
            while len(body[-1][0]) < 40:
                body.pop()
        n = len(body)
        # mid slots: list of block lists, placed at distinct positions inside the body
        slots = [m for m in t['mid'] if m]
        ins = t['inserts']
        positions = {}
        pos_mid = [min(n - 1, max(2, n // 2 + r.choice([-1, 0, 0, 1])))]
        for k, m in enumerate(slots):
            p = min(n - 1, pos_mid[0] + k * 2)
            positions.setdefault(p, []).extend(m)
        if ins:
            p = r.choice([1, 2, 3]) if n > 4 else 1
            if len(ins) == 2:
                positions.setdefault(p, []).append(ins[0])
                positions.setdefault(min(n - 1, p + 3), []).append(ins[1])
            else:
                positions.setdefault(p, []).extend(ins)
        for k, b in enumerate(body):
            out += b
            if k + 1 in positions and k + 1 < n:
                out += positions[k + 1]
        if t['paywall']:
            out += t['paywall']
        out += t['bottom']
        with open(os.path.join(d, 'page-%02d.txt' % (i + 1)), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')


if __name__ == '__main__':
    for s in SITES:
        build(*s)
    print('ok')
