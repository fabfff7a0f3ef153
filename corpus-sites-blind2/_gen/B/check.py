#!/usr/bin/env python3
import os, re, sys, collections
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ROOT = '/work/blind-sites-2'
ok = True
for site in sys.argv[1:]:
    d = os.path.join(ROOT, site)
    pages = sorted(f for f in os.listdir(d) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0
    seen = collections.Counter()
    artseen = collections.Counter()
    for f in pages:
        lines = open(os.path.join(d, f), encoding='utf-8').read().split('\n')
        if lines[-1] == '': lines.pop()
        n = int(f[5:7])
        exp = ['id: %s-%02d' % (site, n)]
        if lines[0] != exp[0] or not lines[1].startswith('lang: ') or lines[2] != 'kind: positive' \
           or not lines[3].startswith('url: https://') or lines[4] != '---':
            print('BAD HEADER', site, f); ok = False
        pagebp = set(); pageart = set()
        for ln in lines[5:]:
            if not ln.strip():
                print('BLANK', site, f); ok = False; continue
            m = re.match(r'\[([a-z]+)\] (.+)$', ln)
            if m:
                if m.group(1) not in CATS:
                    print('BAD CAT', site, f, ln); ok = False
                bp += 1; pagebp.add(re.sub(r'\d', '0', m.group(2)))
            else:
                if ln.startswith('['): print('SUSPICIOUS', site, f, ln); ok = False
                art += 1; pageart.add(ln)
        seen.update(pagebp); artseen.update(pageart)
        na = sum(1 for ln in lines[5:] if not ln.startswith('['))
        if not 6 <= na <= 18: print('ARTICLE LEN', site, f, na)
    rep = sum(1 for k, v in seen.items() if v >= 3)
    arep = sum(1 for k, v in artseen.items() if v >= 2)
    print('%-18s pages=%d article_lines=%d boilerplate_lines=%d distinct_bp_on>=3_pages=%d repeated_article_lines(>=2 pages)=%d'
          % (site, len(pages), art, bp, rep, arep))
print('OK' if ok else 'ERRORS')
