import re, os, collections
CATS = {'appeal','paywall','newsletter','social','share','cookie','related','ad','legal','ui','comments','app','audio','navigation'}
ROOT = '/work/sites-blind6'
for site in ['sb6-id', 'sb6-pl', 'sb6-sk']:
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r'page-\d\d\.txt', f))
    art = bp = 0; cnt = collections.Counter(); artcnt = collections.Counter(); errs = []
    for f in files:
        L = open(os.path.join(d, f), encoding='utf-8').read().split('\n')
        if L[-1] == '': L = L[:-1]
        n = int(f[5:7])
        if L[0] != f'id: {site}-{n:02d}' or not L[1].startswith('lang: ') or L[2] != 'kind: positive' or not L[3].startswith('url: https://') or L[4] != '---':
            errs.append(f + ' header')
        seen = set(); seena = set()
        for l in L[5:]:
            if not l.strip(): errs.append(f + ' blank'); continue
            m = re.match(r'^\[([a-z]+)\] (.+)$', l)
            if l.startswith('['):
                if not m or m.group(1) not in CATS: errs.append(f + ' badmarker ' + l[:40]); continue
                bp += 1; seen.add(re.sub(r'\d', '0', l))
            else:
                art += 1; seena.add(l)
        cnt.update(seen); artcnt.update(seena)
    rep = [k for k, v in cnt.items() if v >= 3]
    reparts = [k for k, v in artcnt.items() if v >= 2]
    print(f"{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} distinct_bp_on>=3pages={len(rep)} repeated_article_lines(>=2pages)={len(reparts)} errors={errs}")
