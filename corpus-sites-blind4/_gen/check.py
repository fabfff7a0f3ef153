#!/usr/bin/env python3
import os, re, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ok = True
for site in sorted(d for d in os.listdir(ROOT) if d.startswith('sb4-')):
    files = sorted(f for f in os.listdir(os.path.join(ROOT, site)) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0; bcount = collections.Counter(); acount = collections.Counter(); cats = collections.Counter()
    for f in files:
        lines = open(os.path.join(ROOT, site, f), encoding='utf-8').read().split('\n')
        if lines[-1] == '': lines = lines[:-1]
        hdr = lines[:5]
        n = f[5:7]
        exp = [f'id: {site}-{n}', None, 'kind: positive', None, '---']
        if hdr[0] != exp[0] or not re.fullmatch(r'lang: [a-z]{2}', hdr[1]) or hdr[2] != exp[2] \
           or not re.fullmatch(r'url: https://[\w.-]+/[\w-]+/[\w-]+', hdr[3], re.A) or hdr[4] != '---':
            print('BAD HEADER', site, f, hdr); ok = False
        seen_b = set(); seen_a = set()
        for l in lines[5:]:
            if not l.strip(): print('BLANK', site, f); ok = False; continue
            m = re.match(r'\[([a-z]+)\] (.+)$', l)
            if l.startswith('['):
                if not m or m.group(1) not in CATS:
                    # allow article lines like "[데스크칼럼] ..." / "[사설]" only if not a category
                    if m and m.group(1).isascii(): print('BAD MARKER', site, f, l); ok = False
                    art += 1; seen_a.add(l); continue
                bp += 1; cats[m.group(1)] += 1
                seen_b.add(re.sub(r'\d', '0', m.group(2)))
            else:
                art += 1; seen_a.add(l)
        bcount.update(seen_b); acount.update(seen_a)
    rep = sum(1 for k, v in bcount.items() if v >= 3)
    arep = sum(1 for k, v in acount.items() if v >= 3)
    print(f'{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} '
          f'distinct_bp_on>=3_pages={rep} article_lines_on>=3_pages={arep} cats={len(cats)}')
print('OK' if ok else 'PROBLEMS')
