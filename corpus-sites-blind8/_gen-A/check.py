import os, re, sys
from collections import defaultdict
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal","ui","comments","app","audio","navigation"}
base = "/work/sites-blind8"
for site in ["sb8-us", "sb8-nl", "sb8-hi"]:
    d = os.path.join(base, site)
    files = sorted(f for f in os.listdir(d) if re.fullmatch(r"page-\d\d\.txt", f))
    art = bp = 0; occ = defaultdict(set); errs = []; artline_pages = defaultdict(set); perpage = []
    for f in files:
        lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
        if lines[-1] == "": lines = lines[:-1]
        h = lines[:5]
        n = int(f[5:7])
        if not (h[0] == f"id: {site}-{n:02d}" and h[1].startswith("lang: ") and h[2] == "kind: positive" and h[3].startswith("url: https://") and h[4] == "---"):
            errs.append((f, "header"))
        a = 0
        for ln in lines[5:]:
            if not ln.strip(): errs.append((f, "blank")); continue
            m = re.match(r"^\[([a-z]+)\] (.+)$", ln)
            if ln.startswith("["):
                if not m or m.group(1) not in CATS: errs.append((f, "badmarker", ln)); continue
                bp += 1; occ[re.sub(r"\d", "0", m.group(2))].add(f)
            else:
                art += 1; a += 1; artline_pages[ln].add(f)
        perpage.append(a)
    rep = [k for k, v in occ.items() if len(v) >= 3]
    rep_art = [k for k, v in artline_pages.items() if len(v) >= 3]
    print(f"{site}: pages={len(files)} article_lines={art} boilerplate_lines={bp} "
          f"distinct_bp_on>=3pages={len(rep)} art_lines/page={min(perpage)}-{max(perpage)} "
          f"article_lines_on>=3pages={len(rep_art)} errors={len(errs)}")
    for e in errs: print("  ", e)
