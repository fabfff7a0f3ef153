#!/usr/bin/env python3
import os, re, sys
from collections import Counter, defaultdict
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal","ui","comments","app","audio","navigation"}
ROOT = "/work/sites-blind9"
ok = True
for site in ["sb9-es", "sb9-tr", "sb9-ja"]:
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r"page-\d\d\.txt", f))
    art = bp = 0; seen = defaultdict(set); artseen = defaultdict(set); catc = Counter()
    for f in files:
        lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
        if lines[-1] == "": lines = lines[:-1]
        n = f[5:7]
        hdr = lines[:5]
        if not (hdr[0] == f"id: {site}-{n}" and hdr[1].startswith("lang: ") and hdr[2] == "kind: positive"
                and hdr[3].startswith("url: https://") and hdr[4] == "---"):
            print("BAD HEADER", site, f, hdr); ok = False
        for ln in lines[5:]:
            if not ln.strip(): print("BLANK", site, f); ok = False; continue
            m = re.match(r"^\[([a-z]+)\] (.+)$", ln)
            if ln.startswith("["):
                if not m or m.group(1) not in CATS:
                    if ln.startswith("[") and "]" in ln[:15]:
                        print("BAD MARKER", site, f, ln); ok = False
                    art += 1; continue
                bp += 1; catc[m.group(1)] += 1
                seen[re.sub(r"\d", "0", m.group(2))].add(f)
            else:
                art += 1; artseen[re.sub(r"\d", "0", ln)].add(f)
    rep = sum(1 for k, v in seen.items() if len(v) >= 3)
    arep = sum(1 for k, v in artseen.items() if len(v) >= 3)
    print(f"{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} "
          f"distinct_bp_on>=3pages={rep} (article lines on >=3 pages: {arep}) cats={dict(catc)}")
print("ALL OK" if ok else "PROBLEMS")
