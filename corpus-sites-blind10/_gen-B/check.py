#!/usr/bin/env python3
import os, re, sys, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui',
        'comments','app','audio','navigation'}
ok = True
for site in ['sb10-ar', 'sb10-ko', 'sb10-sv']:
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if f.endswith('.txt'))
    art = bp = 0
    cnt = collections.Counter()
    art_cnt = collections.Counter()
    per_page_art = []
    for f in files:
        raw = open(os.path.join(d, f), encoding='utf-8').read()
        head, sep, body = raw.partition('\n---\n')
        h = dict(l.split(': ', 1) for l in head.split('\n'))
        n = int(f[5:7])
        if not sep or set(h) != {'id','lang','kind','url'} or h['id'] != '%s-%02d' % (site, n) \
           or h['kind'] != 'positive' or not h['url'].startswith('https://'):
            print('BAD HEADER', site, f); ok = False
        seen_b, seen_a = set(), set()
        a_here = 0
        for line in body.rstrip('\n').split('\n'):
            if not line.strip() or line != line.strip():
                print('BAD LINE', site, f, repr(line)); ok = False
            m = re.match(r'^\[([a-z]+)\] (.+)$', line)
            if line.startswith('['):
                if m and m.group(1) in CATS:
                    bp += 1; seen_b.add(re.sub(r'\d', '0', line))
                    continue
                elif m and m.group(1) not in CATS and m.group(1).isascii() and m.group(1).isalpha():
                    print('BAD CAT', site, f, line); ok = False
            art += 1; a_here += 1; seen_a.add(re.sub(r'\d', '0', line))
        per_page_art.append(a_here)
        cnt.update(seen_b); art_cnt.update(seen_a)
    rep = sum(1 for k, v in cnt.items() if v >= 3)
    rep_art = sum(1 for k, v in art_cnt.items() if v >= 3)
    print('%s: pages=%d article_lines=%d boilerplate_lines=%d repeated_bp(>=3 pages)=%d '
          'repeated_article_lines(>=3)=%d art/page min=%d max=%d'
          % (site, len(files), art, bp, rep, rep_art, min(per_page_art), max(per_page_art)))
    # consistency: same normalized text must never appear both marked and unmarked
    clash = set(k.split('] ', 1)[1] for k in cnt) & set(art_cnt)
    if clash:
        print('  note: %d lines appear marked on some pages and unmarked on others '
              '(own headline vs. [related] "most read" entry elsewhere)' % len(clash))
print('OK' if ok else 'PROBLEMS')
