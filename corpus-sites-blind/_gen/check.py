#!/usr/bin/env python3
import os, re, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ok = True
for site in sorted(d for d in os.listdir(ROOT) if not d.startswith('_') and os.path.isdir(os.path.join(ROOT, d))):
    files = sorted(f for f in os.listdir(os.path.join(ROOT, site)) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0; seen = collections.defaultdict(set); cats = collections.Counter(); art_rep = collections.defaultdict(set)
    for f in files:
        txt = open(os.path.join(ROOT, site, f), encoding='utf-8').read()
        head, sep, body = txt.partition('\n---\n')
        h = dict(l.split(': ', 1) for l in head.split('\n'))
        n = f[5:7]
        if not sep or set(h) != {'id','lang','kind','url'} or h['id'] != f'{site}-{n}' or h['kind'] != 'positive' or not h['url'].startswith('https://'):
            print('BAD HEADER', site, f); ok = False
        for line in body.rstrip('\n').split('\n'):
            if not line.strip(): print('BLANK LINE', site, f); ok = False; continue
            m = re.match(r'\[([a-z]+)\] (.+)$', line)
            if line.startswith('['):
                if not m or m.group(1) not in CATS: print('BAD MARKER', site, f, line[:60]); ok = False; continue
                bp += 1; cats[m.group(1)] += 1; seen[re.sub(r'\d', '0', m.group(2))].add(n)
            else:
                art += 1; art_rep[line].add(n)
    rep3 = sum(1 for v in seen.values() if len(v) >= 3)
    rep_art = sum(1 for v in art_rep.values() if len(v) >= 2)
    print(f'{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} distinct_bp_on>=3_pages={rep3} '
          f'article_lines_repeated_on>=2_pages={rep_art}  cats={dict(cats)}')
sys.exit(0 if ok else 1)
