#!/usr/bin/env python3
import os, re, sys, collections
OUT = '/work/blind-sites-2'
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
MARK = re.compile(r'^\[([a-z]+)\] (.+)$')
ok = True
for site in ['gazette-du-littoral', 'berita-nusantara', 'jarida-hausa']:
    d = os.path.join(OUT, site)
    files = sorted(f for f in os.listdir(d) if re.match(r'page-\d\d\.txt$', f))
    art = bp = 0
    bcount = collections.Counter(); acount = collections.Counter()
    for f in files:
        lines = open(os.path.join(d, f), encoding='utf-8').read().split('\n')
        if lines[-1] == '': lines = lines[:-1]
        n = f[5:7]
        hdr = lines[:5]
        exp = [('id: %s-%s' % (site, n)), None, 'kind: positive', None, '---']
        if hdr[0] != exp[0] or not hdr[1].startswith('lang: ') or hdr[2] != exp[2] or not hdr[3].startswith('url: https://') or hdr[4] != '---':
            print('BAD HEADER', site, f, hdr); ok = False
        seen = set(); pa = 0
        for l in lines[5:]:
            if not l.strip(): print('BLANK', site, f); ok = False; continue
            if l.startswith('['):
                m = MARK.match(l)
                if not m or m.group(1) not in CATS:
                    print('BAD MARK', site, f, l); ok = False; continue
                bp += 1
                k = re.sub(r'\d', '0', l)
                if k not in seen: bcount[k] += 1; seen.add(k)
            else:
                art += 1; pa += 1
                acount[l] += 1
        if not 6 <= pa <= 17: print('article lines', site, f, pa)
    rep = sum(1 for k, v in bcount.items() if v >= 3)
    arep = sum(1 for k, v in acount.items() if v >= 3)
    print('%-20s pages=%d article=%d boilerplate=%d distinct_bp_on>=3pages=%d article_lines_on>=3pages=%d'
          % (site, len(files), art, bp, rep, arep))
print('ALL OK' if ok else 'ERRORS')
