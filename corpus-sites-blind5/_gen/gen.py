import random, os, datetime, re, importlib, sys
OUT = '/work/sites-blind5'

def parse_articles(txt):
    arts = []
    for chunk in txt.split('=== ')[1:]:
        lines = [l.strip() for l in chunk.strip().split('\n') if l.strip()]
        sec, slug, date, h = [x.strip() for x in lines[0].split('|')]
        arts.append(dict(sec=sec, slug=slug, date=datetime.date.fromisoformat(date), h=int(h), lines=lines[1:]))
    return arts

def render(item, ctx, rng):
    v = item['text']
    if isinstance(v, list):
        v = rng.choice(v)
    return v.format(**ctx)

def build(mod):
    S = mod.SITE
    arts = parse_articles(mod.ARTICLES)
    assert len(arts) == 16, (S['id'], len(arts))
    rng = random.Random(S['id'])
    d = os.path.join(OUT, S['id']); os.makedirs(d, exist_ok=True)
    for i, a in enumerate(arts):
        pg = i + 1
        ctx = dict(section=S['sections'][a['sec']], date=S['datefmt'](a['date']), year=a['date'].year,
                   n=S['num'](rng.randint(1100, 4800)), m=S['num'](rng.randint(40, 900)),
                   pct=rng.randint(18, 96), time='%02d:%02d' % (rng.randint(6, 22), rng.randint(0, 59)),
                   goal=S['num'](rng.choice([5000, 10000, 15000])))
        def items(pos):
            out = []
            for it in S['template']:
                if it['pos'] != pos: continue
                if 'pages' in it and pg not in it['pages']: continue
                if rng.random() > it.get('p', 1.0): continue
                out.append('[%s] %s' % (it['cat'], render(it, ctx, rng)) if it.get('cat') else render(it, ctx, rng))
                for extra in it.get('follow', []):
                    out.append('[%s] %s' % (extra[0], extra[1].format(**ctx)))
            return out
        others = [o for j, o in enumerate(arts) if j != i]
        lines = a['lines']
        head, body = lines[:a['h']], lines[a['h']:]
        res = items('top') + head + items('after_byline')
        mid = items('mid')
        # per-page read-more with a different headline
        if rng.random() < S.get('readmore_p', 0.6):
            o = rng.choice(others)
            rm = ['[related] ' + S['readmore'].format(h=o['lines'][0])]
        else:
            rm = []
        k = rng.randint(2, max(2, len(body) - 2))
        k2 = rng.randint(1, max(1, len(body) - 1))
        body2 = []
        for j, l in enumerate(body):
            body2.append(l)
            if j == k - 1: body2 += mid
            if j == k2 - 1: body2 += rm
        res += body2 + items('end')
        bottom = items('bottom')
        if rng.random() < 0.25 and len(bottom) > 3:
            x = rng.randint(0, len(bottom) - 2)
            bottom[x], bottom[x + 1] = bottom[x + 1], bottom[x]
        if rng.random() < S.get('rellist_p', 0.7):
            picks = rng.sample(getattr(mod, 'EXTRA', []), 2) + [rng.choice(others)['lines'][0]]
            rng.shuffle(picks)
            rl = ['[related] ' + S['rellist_head']] + ['[related] ' + h for h in picks]
            pos = S.get('rellist_at', 0)
            bottom = bottom[:pos] + rl + bottom[pos:]
        res += bottom + items('footer')
        url = 'https://%s/%s/%s' % (S['host'], a['sec'], a['slug'])
        with open(os.path.join(d, 'page-%02d.txt' % pg), 'w', encoding='utf-8') as f:
            f.write('id: %s-%02d\nlang: %s\nkind: positive\nurl: %s\n---\n' % (S['id'], pg, S['lang'], url))
            f.write('\n'.join(res) + '\n')

if __name__ == '__main__':
    sys.path.insert(0, os.path.dirname(__file__))
    for name in sys.argv[1:]:
        build(importlib.import_module(name))
        print('built', name)
