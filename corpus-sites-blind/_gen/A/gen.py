#!/usr/bin/env python3
"""CMS-like page assembler for blind sites harbour-ledger, habari-pwani, balita-ngayon."""
import os, re, random, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(HERE, '..', '..'))


def parse_articles(path, bg):
    arts, cur = [], None
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n').strip()
        if not line or line.startswith('#'):
            continue
        if line.startswith('==='):
            sec, slug, label = [x.strip() for x in line[3:].split('|')]
            cur = dict(sec=sec, slug=slug, label=label, title=None, dek=None,
                       byline=None, body=[], rel=[], tags=set())
            arts.append(cur)
            continue
        if line.startswith('T: '):
            cur['title'] = line[3:]
        elif line.startswith('S: '):
            cur['dek'] = line[3:]
        elif line.startswith('B: '):
            cur['byline'] = line[3:]
        elif line.startswith('REL: '):
            cur['rel'].append(line[5:])
        elif line.startswith('TAG: '):
            cur['tags'] |= set(line[5:].split())
        elif line.startswith('C: '):
            cur['body'].append(line[3:])
        elif line.startswith('@'):
            cur['body'].append(bg[line[1:]])
        else:
            cur['body'].append(line)
    for a in arts:
        m = re.search(r'(20\d\d)', a['byline'])
        a['year'] = int(m.group(1))
        a['words'] = sum(len(x.split()) for x in a['body'])
    return arts


def insert_at(body, frac, blocks, min_pos=1):
    """Return position index in body for insertion at fraction frac."""
    pos = max(min_pos, min(len(body) - 1, round(len(body) * frac)))
    # a CMS slot never lands after a lead-in (":") or a subheading/list item
    while pos < len(body) - 1 and (body[pos - 1].endswith(':') or len(body[pos - 1].split()) < 7):
        pos += 1
    return pos


def weave(body, inserts):
    """inserts: list of (pos, [(cat,text),...]); returns list of (cat|None, text)."""
    out = []
    by = {}
    for pos, blk in inserts:
        by.setdefault(pos, []).extend(blk)
    for k, line in enumerate(body):
        if k in by:
            out.extend(by[k])
        out.append((None, line))
    for pos in sorted(p for p in by if p >= len(body)):
        out.extend(by[pos])
    return out


def head(a):
    h = [(None, a['title'])]
    if a['dek']:
        h.append((None, a['dek']))
    h.append((None, a['byline']))
    return h


# ---------------------------------------------------------------- harbour-ledger
def en_assemble(i, a, rnd):
    dec = a['year'] == 2025
    out = []
    if i not in (7, 15):
        out.append(('navigation', 'Skip to content'))
    out.append(('navigation', 'Home › ' + a['label']))
    out += head(a)
    if 'opinion' not in a['tags'] and i not in (2, 13):
        mins = max(2, round(a['words'] / 160))
        out.append(('audio', f'Listen to this article · {mins} min'))
    ins = []
    if i not in (4, 9, 13, 18):
        if i % 2:
            nl = [('newsletter', "Get The Ledger's free morning briefing in your inbox."),
                  ('newsletter', 'Sign up')]
        else:
            nl = [('newsletter', "Start your day with the Ledger: our free morning briefing lands in your inbox at 6 a.m."),
                  ('newsletter', 'Sign up')]
        ins.append((insert_at(a['body'], 0.4, nl), nl))
    if a['rel']:
        p = insert_at(a['body'], 0.7, None)
        ins.append((p, [('related', 'Read more: ' + a['rel'][0])]))
    for sp in [t for t in a['tags'] if t.startswith('sponsor=')]:
        ins.append((len(a['body']), [('ad', 'Support for this coverage comes from ' + sp[8:].replace('_', ' ') + '.')]))
    out += weave(a['body'], ins)
    # bottom
    ncom = rnd.randint(0, 48)
    comments = [('comments', f'Join the conversation: {ncom} comments' if ncom else 'Be the first to comment')]
    republish = [('legal', 'Republish this story for free. Our stories are licensed under Creative Commons (CC BY-ND 4.0).')]
    appeal = []
    if i not in (6, 14):
        appeal.append(('appeal', 'Before you go...' if i % 3 else 'Local news is a public good. Help keep it free.'))
        givers = rnd.randint(1180, 2990)
        if dec:
            appeal.append(('appeal', f'{givers:,} readers gave this month. Help us reach 3,000 members by Dec. 31.'))
        else:
            appeal.append(('appeal', f'{givers:,} readers gave this month. Help us reach 500 new members by March 31.'))
        if i in (3, 4, 5, 8, 9):
            appeal.append(('appeal', 'NewsMatch is back: every gift made before Dec. 31 will be doubled, up to $25,000.'))
        appeal.append(('appeal', 'Become a member' if i % 4 else 'Give now'))
        appeal.append(('ui', 'Maybe later'))
    social = [('social', 'Follow The Harbour Ledger on Facebook, Instagram and Bluesky.')] if i not in (10, 17) else []
    copy = [('legal', f"© {a['year']} The Harbour Ledger. All rights reserved.")]
    rep = republish if i % 3 != 1 else []
    com = comments if i not in (12, 18) else []
    if i % 5 == 0:
        blocks = appeal + com + rep + social + copy
    elif i % 5 == 2:
        blocks = rep + com + appeal + copy + social
    else:
        blocks = com + rep + appeal + social + copy
    out += blocks
    return out


# ---------------------------------------------------------------- habari-pwani
def sw_assemble(i, a, rnd):
    out = []
    if i not in (5, 14):
        out.append(('navigation', 'Mwanzo › ' + a['label']))
    out += head(a)
    if i % 3 != 0:
        if i % 2:
            n = rnd.randint(181, 260) * 1000 + rnd.randint(0, 999)
            out.append(('social', f'Jiunge na chaneli yetu ya WhatsApp upate habari papo hapo. Wafuasi {n:,} tayari wamejiunga.'))
        else:
            out.append(('social', 'Fuatilia Habari Pwani kwenye WhatsApp kwa habari za haraka.'))
    ins = []
    if a['rel']:
        ins.append((insert_at(a['body'], 0.35, None), [('related', 'Soma pia: ' + a['rel'][0])]))
    if i not in (2, 7, 11, 13, 16, 18):
        ins.append((insert_at(a['body'], 0.6, None), [('ad', 'TANGAZO')]))
    if len(a['rel']) > 1:
        ins.append((insert_at(a['body'], 0.85, None), [('related', 'Soma pia: ' + a['rel'][1])]))
    out += weave(a['body'], ins)
    share = [('share', 'Shiriki habari hii:' if i % 4 else 'Sambaza habari hii kwa marafiki:'),
             ('share', 'Facebook · X · WhatsApp · Telegram · Nakili kiungo')]
    n = rnd.randint(0, 35)
    comm = [('comments', f'Maoni ({n})' if n else 'Kuwa wa kwanza kutoa maoni')]
    social = [('social', 'Tufuate kwenye Facebook, Instagram na TikTok: @HabariPwani')]
    app = [('app', 'Pakua programu ya Habari Pwani bure kwenye Google Play na App Store.')] if i not in (9, 15) else []
    if i in (2, 6, 10, 15, 16):
        app.append(('app', 'OFA: Pakua programu yetu kabla ya 31 Januari upate bando la intaneti la GB 2 bure!'))
    legal = [('legal', f"© {a['year']} Habari Pwani Media Ltd. Haki zote zimehifadhiwa.")]
    if i % 2 == 0:
        legal.append(('legal', 'Ni marufuku kunakili au kuchapisha tena habari hii bila idhini ya maandishi ya Habari Pwani.'))
    if i % 4 == 3:
        blocks = comm + share + app + social + legal
    elif i % 4 == 1:
        blocks = share + comm + social + app + legal
    else:
        blocks = share + social + app + comm + legal
    if i == 12:
        blocks = [b for b in blocks if b not in social]
    out += blocks
    return out


# ---------------------------------------------------------------- balita-ngayon
def tl_assemble(i, a, rnd):
    out = []
    if i % 3 == 0:
        cookie = [('cookie', 'We use cookies to improve your experience on our site. By continuing to browse, you agree to our Privacy Policy.'),
                  ('ui', 'OK')]
    else:
        cookie = [('cookie', 'Gumagamit ang Balita Ngayon ng cookies para mapaganda ang iyong karanasan. Sa patuloy na paggamit ng site na ito, pumapayag ka sa aming Privacy Policy.'),
                  ('ui', 'Tanggapin')]
    cookie_top = i in (1, 2, 5, 8, 11, 13, 16, 17)
    if i in (4, 10, 15):
        cookie = []
    if cookie_top:
        out += cookie
    out.append(('navigation', 'Home › Balita › ' + a['label']))
    out += head(a)
    topshare = i % 2 == 0
    if topshare:
        nsh = rnd.randint(12, 2400)
        out.append(('share', f'{nsh:,} shares'))
    ins = []
    body = a['body']
    ins.append((insert_at(body, 0.3, None), [('ad', 'ADVERTISEMENT')]))
    if a['rel']:
        ins.append((insert_at(body, 0.5, None), [('related', 'BASAHIN: ' + a['rel'][0])]))
    if i not in (3, 9, 14):
        ins.append((insert_at(body, 0.75, None), [('ad', 'ADVERTISEMENT')]))
    if len(a['rel']) > 1:
        ins.append((len(body), [('related', 'BASAHIN: ' + a['rel'][1])]))
    news = [('newsletter', 'Gusto mo bang mauna sa balita? Mag-subscribe sa libreng newsletter ng Balita Ngayon.'),
            ('newsletter', 'Ilagay ang iyong email address'),
            ('newsletter', 'Mag-subscribe')]
    if i in (4, 7, 11, 12, 16):
        news.insert(0, ('newsletter', "BAGO! 'Sulit Tips' tuwing Linggo: mga payo para makatipid, diretso sa iyong inbox. Libre!"))
    if i in (6, 18):
        news = []
    if i % 4 == 1 and news:
        # newsletter box mid-article on some pages
        ins.append((insert_at(body, 0.6, None), news))
        news = []
    out += weave(body, ins)
    share = [('share', 'I-share ang balitang ito:'), ('share', 'Facebook · X · Viber · Messenger · Kopyahin ang link')]
    n = rnd.randint(0, 140)
    comm = [('comments', f'{n} Komento' if n else 'Mag-iwan ng komento')] if i not in (5, 13) else []
    social = [('social', 'Sundan ang Balita Ngayon sa Facebook, X, YouTube at TikTok para sa pinakabagong balita.')]
    legal = [('legal', f"© {a['year']} Balita Ngayon Media Corp. Lahat ng karapatan ay nakalaan." if i % 5 else f"© {a['year']} Balita Ngayon Media Corp. All rights reserved.")]
    if i % 3 == 1:
        blocks = share + news + comm + social + legal
    elif i % 3 == 2:
        blocks = comm + share + social + news + legal
    else:
        blocks = share + comm + news + [('ad', 'ADVERTISEMENT')] + social + legal
    if not topshare and i in (7, 9):
        blocks = [b for b in blocks if b not in share]
    out += blocks
    if not cookie_top:
        out += cookie
    return out


SITES = [
    dict(id='harbour-ledger', lang='en', host='harbourledger.org', file='articles_en.txt', fn=en_assemble),
    dict(id='habari-pwani', lang='sw', host='habaripwani.co.ke', file='articles_sw.txt', fn=sw_assemble),
    dict(id='balita-ngayon', lang='tl', host='balitangayon.ph', file='articles_tl.txt', fn=tl_assemble),
]


def main(only=None):
    sys.path.insert(0, HERE)
    import bg
    for s in SITES:
        if only and s['id'] not in only:
            continue
        arts = parse_articles(os.path.join(HERE, s['file']), bg.BG[s['id']])
        assert len(arts) == 18, (s['id'], len(arts))
        d = os.path.join(OUT, s['id'])
        os.makedirs(d, exist_ok=True)
        for i, a in enumerate(arts, 1):
            rnd = random.Random(f"{s['id']}-{i}")
            lines = s['fn'](i, a, rnd)
            txt = [f"id: {s['id']}-{i:02d}", f"lang: {s['lang']}", 'kind: positive',
                   f"url: https://{s['host']}/{a['sec']}/{a['slug']}", '---']
            for cat, t in lines:
                assert not t.startswith('['), t
                txt.append(f'[{cat}] {t}' if cat else t)
            with open(os.path.join(d, f'page-{i:02d}.txt'), 'w', encoding='utf-8') as f:
                f.write('\n'.join(txt) + '\n')
        print('wrote', s['id'], len(arts))


if __name__ == '__main__':
    main(sys.argv[1:])
