#!/usr/bin/env python3
import os, re, sys
from collections import Counter
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal","ui","comments","app","audio","navigation"}
ROOT = "/work/sites-blind11"
ok = True
for site in ["sb11-fr", "sb11-nl", "sb11-am"]:
    d = os.path.join(ROOT, site)
    files = sorted(f for f in os.listdir(d) if f.startswith("page-"))
    art = bp = 0; cnt = Counter(); midpages = 0; artper = []
    for fn in files:
        txt = open(os.path.join(d, fn), encoding="utf-8").read()
        head, sep, body = txt.partition("\n---\n")
        h = head.split("\n")
        n = fn[5:7]
        if not sep or len(h) != 4 or h[0] != "id: %s-%s" % (site, n) or not h[1].startswith("lang: ") \
           or h[2] != "kind: positive" or not re.match(r"url: https://[^/]+/\S+/\S+$", h[3]):
            print("BAD HEADER", site, fn); ok = False
        lines = body.rstrip("\n").split("\n")
        seen = set(); kinds = []
        a = 0
        for ln in lines:
            if not ln.strip(): print("BLANK", site, fn); ok = False; continue
            m = re.match(r"^\[([a-z]+)\] (\S.*)$", ln)
            if ln.startswith("["):
                if not m or m.group(1) not in CATS:
                    print("BAD MARK", site, fn, ln[:60]); ok = False; continue
                bp += 1; kinds.append("b")
                seen.add(re.sub(r"\d", "0", m.group(2)))
            else:
                art += 1; a += 1; kinds.append("a")
        artper.append(a)
        s = "".join(kinds)
        if re.search(r"a+b+a", s): midpages += 1
        cnt.update(seen)
    rep = sum(1 for k, v in cnt.items() if v >= 3)
    print("%s: pages=%d article_lines=%d boilerplate_lines=%d distinct_bp_on>=3pages=%d pages_with_mid_bp=%d art/page=%d-%d"
          % (site, len(files), art, bp, rep, midpages, min(artper), max(artper)))
sys.exit(0 if ok else 1)
