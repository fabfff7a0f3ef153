#!/usr/bin/env python3
import os, re, sys, collections
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal","ui","comments","app","audio","navigation"}
ROOT = "/work/sites-blind9"
ok = True
for sid in ("sb9-gb", "sb9-de", "sb9-ms"):
    d = os.path.join(ROOT, sid)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r"page-\d\d\.txt", f))
    art = bp = 0; bcount = collections.Counter(); per_page_art = []
    for f in files:
        lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
        if lines[-1] == "": lines = lines[:-1]
        n = f[5:7]
        hdr = lines[:5]
        exp = [f"id: {sid}-{n}", None, "kind: positive", None, "---"]
        if hdr[0] != exp[0] or not re.fullmatch(r"lang: [a-z]{2}", hdr[1]) or hdr[2] != exp[2] \
           or not re.fullmatch(r"url: https://[a-z0-9.-]+/\S+", hdr[3]) or hdr[4] != "---":
            print("BAD HEADER", sid, f, hdr); ok = False
        seen = set(); a = 0
        for l in lines[5:]:
            if not l.strip() or l != l.strip(): print("BAD LINE", sid, f, repr(l)); ok = False
            m = re.match(r"\[([a-z]+)\] (.+)$", l)
            if l.startswith("["):
                if not m or m.group(1) not in CATS: print("BAD MARKER", sid, f, l); ok = False; continue
                bp += 1
                k = re.sub(r"\d", "0", l)
                if k not in seen: seen.add(k); bcount[k] += 1
            else:
                art += 1; a += 1
        per_page_art.append(a)
    rep = sum(1 for k, c in bcount.items() if c >= 3)
    print(f"{sid}: pages={len(files)} article_lines={art} (per page {min(per_page_art)}-{max(per_page_art)}) boilerplate_lines={bp} distinct_boilerplate_on>=3pages={rep}")
print("ALL OK" if ok else "ERRORS")
