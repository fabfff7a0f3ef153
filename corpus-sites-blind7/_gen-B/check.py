import os, re, sys, collections
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal","ui","comments","app","audio","navigation"}
ROOT = "/work/sites-blind7"
for site in ["sb7-ja", "sb7-ar", "sb7-bg"]:
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r"page-\d\d\.txt", f))
    art = bp = 0; errs = []; cnt = collections.Counter(); artcnt = collections.Counter()
    for f in files:
        txt = open(os.path.join(d, f), encoding="utf-8").read()
        head, sep, body = txt.partition("\n---\n")
        h = dict(l.split(": ", 1) for l in head.split("\n"))
        if not sep or set(h) != {"id","lang","kind","url"} or h["id"] != f"{site}-{f[5:7]}" or h["kind"] != "positive" or not h["url"].startswith("https://"):
            errs.append(f"header {f}")
        seen = set(); seen_a = set()
        for l in body.rstrip("\n").split("\n"):
            if not l.strip(): errs.append(f"blank {f}"); continue
            m = re.match(r"\[([a-z]+)\] (.+)$", l)
            if l.startswith("["):
                if not m or m.group(1) not in CATS: errs.append(f"bad marker {f}: {l[:40]}"); continue
                bp += 1; seen.add(re.sub(r"\d", "0", m.group(2)))
            else:
                art += 1; seen_a.add(re.sub(r"\d", "0", l))
        cnt.update(seen); artcnt.update(seen_a)
    rep = sum(1 for k, v in cnt.items() if v >= 3)
    arep = sum(1 for k, v in artcnt.items() if v >= 3)
    print(f"{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} distinct_bp_on>=3pages={rep} distinct_article_on>=3pages={arep} errors={len(errs)}")
    for e in errs[:5]: print("  ", e)
