import os, re, sys, collections
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal","ui","comments","app","audio","navigation"}
BASE = "/work/sites-blind10"
for site in ["sb10-it", "sb10-pl", "sb10-sw"]:
    d = os.path.join(BASE, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r"page-\d\d\.txt", f))
    art = bp = 0
    cnt = collections.Counter()
    artcnt = collections.Counter()
    per = []
    for f in files:
        L = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
        assert L[0] == "id: %s-%s" % (site, f[5:7]), (f, L[0])
        assert L[1].startswith("lang: ") and L[2] == "kind: positive" and L[3].startswith("url: https://") and L[4] == "---", f
        assert L[-1] == "", f
        seen = set(); seena = set(); a = 0
        for l in L[5:-1]:
            assert l.strip() and l == l.strip(), (f, l)
            m = re.match(r"\[([a-z]+)\] (.+)$", l)
            if l.startswith("["):
                assert m and m.group(1) in CATS, (f, l)
                bp += 1; seen.add(re.sub(r"\d", "0", l))
            else:
                art += 1; a += 1; seena.add(re.sub(r"\d", "0", l))
        per.append(a)
        cnt.update(seen); artcnt.update(seena)
    rep = sum(1 for k, v in cnt.items() if v >= 3)
    arep = sum(1 for k, v in artcnt.items() if v >= 2)
    print(f"{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} distinct_bp_on>=3pages={rep} "
          f"article_blocks/page min={min(per)} max={max(per)} repeated_article_lines(>=2 pages)={arep}")
