import os, re, sys, collections
ROOT = "/work/sites-blind6"
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal",
        "ui","comments","app","audio","navigation"}
ok = True
for site in ["sb6-es", "sb6-de", "sb6-tr"]:
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r"page-\d\d\.txt", f))
    art = bp = 0
    cnt = collections.Counter(); artcnt = collections.Counter()
    arts_per_page = []
    for f in files:
        raw = open(os.path.join(d, f), encoding="utf-8").read()
        L = raw.split("\n")
        if L[-1] == "": L = L[:-1]
        n = f[5:7]
        exp = ["id: %s-%s" % (site, n), None, "kind: positive", None, "---"]
        if L[0] != exp[0] or not re.fullmatch(r"lang: [a-z]{2}", L[1]) or L[2] != exp[2] \
           or not L[3].startswith("url: https://") or L[4] != "---":
            print("BAD HEADER", site, f); ok = False
        seen = set(); a_here = 0
        for l in L[5:]:
            if not l.strip() or l != l.strip():
                print("BAD LINE", site, f, repr(l)); ok = False
            m = re.match(r"\[([a-z]+)\] (.+)$", l)
            if m:
                if m.group(1) not in CATS:
                    print("BAD CAT", site, f, l); ok = False
                bp += 1
                k = re.sub(r"\d", "0", l)
                if k not in seen: cnt[k] += 1; seen.add(k)
            elif l.startswith("["):
                print("SUSPICIOUS", site, f, l); ok = False
            else:
                art += 1; a_here += 1
                artcnt[l] += 1
        arts_per_page.append(a_here)
    rep3 = sum(1 for k, v in cnt.items() if v >= 3)
    rep_art = sum(1 for k, v in artcnt.items() if v >= 2)
    print("%s: pages=%d article_lines=%d boilerplate_lines=%d distinct_bp_on>=3pages=%d "
          "article_blocks/page=%d-%d repeated_article_lines=%d" %
          (site, len(files), art, bp, rep3, min(arts_per_page), max(arts_per_page), rep_art))
print("ALL OK" if ok else "PROBLEMS")
