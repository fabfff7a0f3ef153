#!/usr/bin/env python3
"""Assemble blind test pages from per-site article data + template spec (a toy CMS)."""
import os, random, sys
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

def load_articles(site):
    arts, cur = [], None
    with open(os.path.join(HERE, 'data', site + '.txt'), encoding='utf-8') as f:
        for raw in f:
            line = raw.rstrip('\n').strip()
            if not line:
                continue
            if line.startswith('###'):
                sec, slug, crumb, rel = [x.strip() for x in line[3:].split('|')]
                cur = dict(section=sec, slug=slug, crumb=crumb, rel=rel, lines=[])
                arts.append(cur)
            else:
                cur['lines'].append(line)
    return arts

def assemble(site, lang, host, tpl):
    arts = load_articles(site)
    assert len(arts) == 18, (site, len(arts))
    d = os.path.join(OUT, site); os.makedirs(d, exist_ok=True)
    for i, a in enumerate(arts, 1):
        r = random.Random(f'{site}-{i}')
        top, mid, bot = tpl(i, a, r)
        body = []
        lines = a['lines']
        if '@MID' not in lines:
            lines = lines[:]; lines.insert(max(4, len(lines) // 2), "@MID")
        for l in lines:
            if l == '@MID':
                body += [f'[{c}] {t}' for c, t in mid]
            else:
                body.append(l)
        out = [f'id: {site}-{i:02d}', f'lang: {lang}', 'kind: positive',
               f"url: https://{host}/{a['section']}/{a['slug']}", '---']
        out += [f'[{c}] {t}' for c, t in top] + body + [f'[{c}] {t}' for c, t in bot]
        with open(os.path.join(d, f'page-{i:02d}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')

if __name__ == '__main__':
    import templates
    for site, (lang, host, tpl) in templates.SITES.items():
        if len(sys.argv) > 1 and site not in sys.argv[1:]:
            continue
        if os.path.exists(os.path.join(HERE, 'data', site + '.txt')):
            assemble(site, lang, host, tpl)
            print('built', site)
