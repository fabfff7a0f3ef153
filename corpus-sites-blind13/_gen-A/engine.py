import random, os
OUT = '/work/sites-blind13'

def build(site, lang, host, arts, T, seed):
    """arts: list of dicts {sec, slug, lines:[headline, byline, ...]}; T: template callables."""
    rnd = random.Random(seed)
    d = os.path.join(OUT, site); os.makedirs(d, exist_ok=True)
    n = len(arts)
    campaign_pages = set(rnd.sample(range(n), 5))
    for i, a in enumerate(arts):
        out = []
        B = lambda cat, txt: out.append('[%s] %s' % (cat, txt))
        ctx = dict(i=i, rnd=rnd, art=a, campaign=(i in campaign_pages))
        # top
        for cat, txt in T['top'](ctx):
            B(cat, txt)
        body = list(a['lines'])
        head, rest = body[:2], body[2:]
        out.extend(head)
        mid = T['mid'](ctx)  # list of (pos_frac, cat, txt)
        inserts = {}
        for frac, cat, txt in mid:
            k = max(1, min(len(rest) - 1, int(round(len(rest) * frac))))
            inserts.setdefault(k, []).append((cat, txt))
        for k, line in enumerate(rest):
            for cat, txt in inserts.get(k, []):
                B(cat, txt)
            out.append(line)
        for cat, txt in T['bottom'](ctx):
            B(cat, txt)
        hdr = 'id: %s-%02d\nlang: %s\nkind: positive\nurl: https://%s/%s/%s\n---\n' % (site, i + 1, lang, host, a['sec'], a['slug'])
        with open(os.path.join(d, 'page-%02d.txt' % (i + 1)), 'w', encoding='utf-8') as f:
            f.write(hdr + '\n'.join(out) + '\n')
