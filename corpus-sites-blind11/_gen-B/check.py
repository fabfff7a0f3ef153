#!/usr/bin/env python3
import os, re, sys, collections
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ok = True
for site in ['sb11-no', 'sb11-fa', 'sb11-zh']:
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0; minart = 99; seen = collections.defaultdict(set); artseen = collections.defaultdict(set)
    for f in files:
        txt = open(os.path.join(d, f), encoding='utf-8').read()
        head, sep, body = txt.partition('\n---\n')
        h = head.split('\n')
        n = f[5:7]
        if not (sep and len(h) == 4 and h[0] == f'id: {site}-{n}' and re.fullmatch(r'lang: [a-z]{2}', h[1])
                and h[2] == 'kind: positive' and re.fullmatch(r'url: https://[^\s/]+/\S+', h[3])):
            print('BAD HEADER', site, f); ok = False
        a = 0
        for line in body.rstrip('\n').split('\n'):
            if not line.strip() or line != line.strip():
                print('BAD LINE', site, f, repr(line)); ok = False
            m = re.match(r'\[([a-z]+)\] (.+)$', line)
            if line.startswith('['):
                if not m or m.group(1) not in CATS:
                    print('BAD MARK', site, f, line); ok = False; continue
                bp += 1; seen[re.sub(r'\d', '0', m.group(2))].add(f)
            else:
                art += 1; a += 1; artseen[line].add(f)
        minart = min(minart, a)
    rep = sum(1 for v in seen.values() if len(v) >= 3)
    rep_art = sum(1 for v in artseen.values() if len(v) >= 3)
    print(f'{site}: pages={len(files)} article_lines={art} (min/page {minart}) boilerplate_lines={bp} '
          f'distinct_bp_on>=3pages={rep} article_lines_repeated_on>=3pages={rep_art}')
print('OK' if ok else 'ERRORS')
