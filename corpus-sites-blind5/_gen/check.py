import os, re, collections, sys
ROOT = '/work/sites-blind5'
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ok = True
for site in sorted(d for d in os.listdir(ROOT) if d.startswith('sb5-')):
    files = sorted(f for f in os.listdir(os.path.join(ROOT, site)) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0; cnt = collections.Counter(); artcounts = []; artline_pages = collections.Counter()
    for f in files:
        txt = open(os.path.join(ROOT, site, f), encoding='utf-8').read()
        head, sep, body = txt.partition('\n---\n')
        h = dict(l.split(': ', 1) for l in head.split('\n'))
        n = int(f[5:7])
        if not sep or list(h) != ['id','lang','kind','url'] or h['id'] != '%s-%02d' % (site, n) or h['kind'] != 'positive' or not h['url'].startswith('https://'):
            print('BAD HEADER', site, f); ok = False
        a = 0; seen = set(); seen_a = set()
        for l in body.rstrip('\n').split('\n'):
            if not l.strip(): print('BLANK', site, f); ok = False; continue
            m = re.match(r'\[([a-z]+)\] (.+)$', l)
            if l.startswith('['):
                if not m or m.group(1) not in CATS: print('BAD MARKER', site, f, l[:60]); ok = False; continue
                bp += 1; seen.add(re.sub(r'\d', '0', m.group(2)))
            else:
                art += 1; a += 1; seen_a.add(l)
        for s in seen: cnt[s] += 1
        for s in seen_a: artline_pages[s] += 1
        artcounts.append(a)
    rep = sum(1 for v in cnt.values() if v >= 3)
    rep_art = sum(1 for v in artline_pages.values() if v >= 3)
    print(f'{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} distinct_bp_on>=3pages={rep} art_lines/page={min(artcounts)}-{max(artcounts)} article_lines_repeated_on>=3pages={rep_art}')
print('ALL OK' if ok else 'ERRORS')
