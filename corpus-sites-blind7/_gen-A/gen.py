#!/usr/bin/env python3
"""Assemble 18 pages per site from article files + a site template (CMS-like)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load(fn):
    arts = []
    cur = None
    for line in open(os.path.join(HERE, fn), encoding='utf-8'):
        line = line.rstrip('\n')
        if not line.strip():
            continue
        if line.startswith('=== '):
            sec, slug, nav = [x.strip() for x in line[4:].split('|')]
            cur = dict(section=sec, slug=slug, nav=nav, lines=[])
            arts.append(cur)
        else:
            cur['lines'].append(line)
    return arts

def split(a):
    """returns head (until @b), body1 (until @m), body2"""
    L = a['lines']
    b = L.index('@b'); m = L.index('@m')
    return L[:b], L[b+1:m], L[m+1:]

def M(cat, text):
    return f'[{cat}] {text}'

def fmt_int(n, sep=','):
    s = f'{n:,}'
    return s.replace(',', sep)

def write(site, lang, host, arts, build):
    d = os.path.join(OUT, site)
    os.makedirs(d, exist_ok=True)
    for i, a in enumerate(arts):
        rng = random.Random(f'{site}-{i}')
        blocks = build(i, a, rng)
        hdr = [f'id: {site}-{i+1:02d}', f'lang: {lang}', 'kind: positive',
               f'url: https://{host}/{a["section"]}/{a["slug"]}', '---']
        with open(os.path.join(d, f'page-{i+1:02d}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(hdr + blocks) + '\n')

if __name__ == '__main__':
    import site_en, site_fi, site_ms
    for mod in (site_en, site_fi, site_ms):
        if len(sys.argv) > 1 and mod.SITE not in sys.argv[1:]:
            continue
        arts = load(mod.FILE)
        assert len(arts) == 18, (mod.SITE, len(arts))
        write(mod.SITE, mod.LANG, mod.HOST, arts, mod.build)
        print('wrote', mod.SITE)
