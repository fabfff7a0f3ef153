#!/usr/bin/env python3
import os, re, sys, collections
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ok = True
for site in ['sb12-en','sb12-cs','sb12-yo']:
    d = os.path.join(BASE, site)
    pages = sorted(f for f in os.listdir(d) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0; cnt = collections.Counter(); alines = collections.Counter(); per_page_art = []
    for i, f in enumerate(pages, 1):
        L = open(os.path.join(d, f), encoding='utf-8').read().split('\n')
        assert L[-1] == '' ; L = L[:-1]
        h = L[:5]
        if not (h[0] == f'id: {site}-{i:02d}' and h[1].startswith('lang: ') and h[2] == 'kind: positive'
                and h[3].startswith('url: https://') and h[4] == '---'):
            print('BAD HEADER', site, f); ok = False
        seen = set(); na = 0
        for ln in L[5:]:
            if not ln.strip() or ln != ln.strip():
                print('BAD LINE', site, f, repr(ln)); ok = False
            m = re.match(r'\[([a-z]+)\] (.+)$', ln)
            if ln.startswith('['):
                if not m or m.group(1) not in CATS:
                    print('BAD MARKER', site, f, ln); ok = False; continue
                bp += 1; seen.add(re.sub(r'\d', '0', ln))
            else:
                art += 1; na += 1; alines[ln] += 1
        per_page_art.append(na)
        for s in seen: cnt[s] += 1
    rep = sum(1 for v in cnt.values() if v >= 3)
    rep_art = sum(1 for v in alines.values() if v >= 2)
    print(f'{site}: pages={len(pages)} article_lines={art} boilerplate_lines={bp} '
          f'distinct_boilerplate_on>=3_pages={rep} article_lines_repeated(>=2 pages)={rep_art} '
          f'article_blocks/page min={min(per_page_art)} max={max(per_page_art)}')
print('ALL OK' if ok else 'PROBLEMS')
