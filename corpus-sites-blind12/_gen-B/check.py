import os, re, collections
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal","ui","comments","app","audio","navigation"}
for site in ["sb12-da","sb12-he","sb12-hi"]:
    d = f"/work/sites-blind12/{site}"
    pages = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    art = bp = 0; cnt = collections.Counter(); errs = []
    minart = 999
    for f in pages:
        lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
        if lines[-1] == "": lines = lines[:-1]
        n = f[5:7]
        if lines[0] != f"id: {site}-{n}" or not re.match(r"lang: \w\w$", lines[1]) or lines[2] != "kind: positive" \
           or not lines[3].startswith("url: https://") or lines[4] != "---":
            errs.append(f"{f}: bad header")
        seen = set(); a = 0
        for l in lines[5:]:
            if not l.strip(): errs.append(f"{f}: blank line"); continue
            m = re.match(r"\[([a-z]+)\] (.+)$", l)
            if l.startswith("["):
                if not m or m.group(1) not in CATS: errs.append(f"{f}: bad marker {l[:40]}"); continue
                bp += 1
                key = re.sub(r"\d", "0", m.group(2))
                if key not in seen: cnt[key] += 1; seen.add(key)
            else:
                art += 1; a += 1
        minart = min(minart, a)
    rep = sum(1 for k, v in cnt.items() if v >= 3)
    print(f"{site}: pages={len(pages)} article_lines={art} (min/page {minart}) boilerplate_lines={bp} distinct_bp_on>=3_pages={rep} errors={len(errs)}")
    for e in errs[:10]: print("  ", e)
