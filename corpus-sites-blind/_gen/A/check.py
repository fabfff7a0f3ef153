#!/usr/bin/env python3
import os, re, sys, collections
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ROOT = '/work/blind-sites'
SITES = sys.argv[1:] or ['harbour-ledger', 'habari-pwani', 'balita-ngayon']
ok = True
for site in SITES:
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0; per = collections.Counter(); alines = collections.Counter(); minmax = []
    for f in files:
        lines = open(os.path.join(d, f), encoding='utf-8').read().split('\n')
        if lines[-1] == '': lines = lines[:-1]
        n = int(f[5:7])
        exp = [f'id: {site}-{n:02d}', None, 'kind: positive', None, '---']
        if not (lines[0] == exp[0] and re.fullmatch(r'lang: [a-z]{2}', lines[1]) and lines[2] == exp[2]
                and re.fullmatch(r'url: https://[^/\s]+/\S+', lines[3]) and lines[4] == '---'):
            print('BAD HEADER', site, f); ok = False
        seen = set(); a = 0
        for ln in lines[5:]:
            if not ln.strip(): print('BLANK', site, f); ok = False; continue
            m = re.match(r'\[([a-z]+)\] (.+)$', ln)
            if ln.startswith('['):
                if not m or m.group(1) not in CATS: print('BAD MARK', site, f, ln); ok = False; continue
                bp += 1; seen.add(re.sub(r'\d', '0', m.group(2)))
            else:
                art += 1; a += 1; alines[ln] += 1
        minmax.append(a)
        per.update(seen)
    rep = sum(1 for k, v in per.items() if v >= 3)
    rep_art = sum(1 for k, v in alines.items() if v >= 2)
    print(f'{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} '
          f'distinct_bp_on>=3pages={rep} article_lines/page={min(minmax)}-{max(minmax)} repeated_article_lines={rep_art}')
print('OK' if ok else 'PROBLEMS')
