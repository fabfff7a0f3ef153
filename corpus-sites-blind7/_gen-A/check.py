#!/usr/bin/env python3
import os, re, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
MRK = re.compile(r'^\[([a-z]+)\] (.+)$')
ok = True
for site in ('sb7-en', 'sb7-fi', 'sb7-ms'):
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0
    bp_pages = collections.defaultdict(set); art_pages = collections.defaultdict(set)
    cats = collections.Counter(); per_page_art = []
    for f in files:
        L = open(os.path.join(d, f), encoding='utf-8').read().split('\n')
        if L[-1] == '': L = L[:-1]
        n = f[5:7]
        hdr = L[:5]
        exp = [f'id: {site}-{n}', None, 'kind: positive', None, '---']
        if hdr[0] != exp[0] or not re.fullmatch(r'lang: [a-z]{2}', hdr[1]) or hdr[2] != exp[2] \
           or not re.fullmatch(r'url: https://[a-z0-9.-]+/\S+', hdr[3]) or hdr[4] != '---':
            print('BAD HEADER', site, f, hdr); ok = False
        a_here = 0
        for line in L[5:]:
            if not line.strip() or line != line.strip():
                print('BAD LINE', site, f, repr(line)); ok = False; continue
            m = MRK.match(line)
            if line.startswith('['):
                if not m or m.group(1) not in CATS:
                    print('BAD MARKER', site, f, line); ok = False; continue
                bp += 1; cats[m.group(1)] += 1
                bp_pages[re.sub(r'\d', '0', m.group(2))].add(n)
            else:
                art += 1; a_here += 1
                art_pages[line].add(n)
        per_page_art.append(a_here)
    rep_bp = [k for k, v in bp_pages.items() if len(v) >= 3]
    rep_art = {k: sorted(v) for k, v in art_pages.items() if len(v) >= 2}
    print(f'{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} '
          f'distinct_bp_on>=3pages={len(rep_bp)} art_per_page={min(per_page_art)}-{max(per_page_art)}')
    print('   categories:', dict(cats))
    for k, v in rep_art.items():
        print(f'   repeated article line on {len(v)} pages {",".join(v)}: {k[:70]}')
print('OK' if ok else 'PROBLEMS')
