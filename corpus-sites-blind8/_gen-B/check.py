#!/usr/bin/env python3
import os, re, sys, collections
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ROOT = '/work/sites-blind8'
ok = True
for site in ['sb8-ru', 'sb8-pt', 'sb8-ur']:
    d = os.path.join(ROOT, site)
    files = ['page-%02d.txt' % i for i in range(1, 19)]
    art = boil = 0
    cnt = collections.Counter(); artcnt = collections.Counter()
    for n, fn in enumerate(files, 1):
        t = open(os.path.join(d, fn), encoding='utf-8').read()
        head, sep, body = t.partition('\n---\n')
        h = head.split('\n')
        if not sep or len(h) != 4 or h[0] != 'id: %s-%02d' % (site, n) or not h[1].startswith('lang: ') \
           or h[2] != 'kind: positive' or not h[3].startswith('url: https://'):
            print('BAD HEADER', site, fn); ok = False
        seen = set(); seena = set()
        for line in body.rstrip('\n').split('\n'):
            if not line.strip():
                print('BLANK', site, fn); ok = False; continue
            m = re.match(r'^\[([a-z]+)\] (.+)$', line)
            if line.startswith('['):
                if not m or m.group(1) not in CATS:
                    print('BAD MARKER', site, fn, line[:60]); ok = False; continue
                boil += 1; seen.add(re.sub(r'\d', '0', line))
            else:
                art += 1; seena.add(line)
        cnt.update(seen); artcnt.update(seena)
    rep = sum(1 for k, v in cnt.items() if v >= 3)
    reparts = sum(1 for k, v in artcnt.items() if v >= 2)
    print('%s: pages=%d article_lines=%d boilerplate_lines=%d boiler_distinct_on>=3pages=%d repeated_article_lines(>=2 pages)=%d' % (
        site, len(files), art, boil, rep, reparts))
print('ALL OK' if ok else 'PROBLEMS')
