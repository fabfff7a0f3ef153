"""Checks the blind set; reads only /work/blind-sites-3."""
import os, re, collections
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = set("appeal paywall newsletter social share cookie related ad legal ui comments app audio navigation".split())
LANGS = {}
errors = []
series_sites = []
for site in sorted(d for d in os.listdir(ROOT) if not d.startswith("_")):
    files = sorted(os.listdir(os.path.join(ROOT, site)))
    if files != [f"page-{i:02d}.txt" for i in range(1, 17)]:
        errors.append(f"{site}: files {files}")
    art_count = collections.Counter()
    bp_norm = collections.defaultdict(set)
    positions = collections.defaultdict(list)
    titles, domains = [], set()
    for i, f in enumerate(files, 1):
        txt = open(os.path.join(ROOT, site, f), encoding="utf-8").read()
        if not txt.endswith("\n") or "\r" in txt:
            errors.append(f"{site}/{f}: line endings")
        lines = txt.rstrip("\n").split("\n")
        hdr, body = lines[:5], lines[5:]
        if hdr[0] != f"id: {site}-{i:02d}": errors.append(f"{site}/{f}: id {hdr[0]}")
        m = re.fullmatch(r"lang: (en|de|es|id|tr|pl)", hdr[1])
        if not m: errors.append(f"{site}/{f}: lang")
        else: LANGS.setdefault(site, set()).add(m.group(1))
        if hdr[2] != "kind: positive": errors.append(f"{site}/{f}: kind")
        m = re.fullmatch(r"url: https://www\.([a-z0-9.-]+)/[a-z0-9-]+/[a-z0-9-]+", hdr[3])
        if not m: errors.append(f"{site}/{f}: url {hdr[3]}")
        else: domains.add(m.group(1))
        if hdr[4] != "---": errors.append(f"{site}/{f}: sep")
        n_art = 0
        for pos, l in enumerate(body):
            if not l.strip() or l != l.strip(): errors.append(f"{site}/{f}: blank/space line {pos}")
            if l.startswith("["):
                m = re.match(r"\[([a-z]+)\] \S", l)
                if not m or m.group(1) not in CATS: errors.append(f"{site}/{f}: bad marker {l[:40]}")
                key = re.sub(r"\d[\d.,: ]*", "#", l)
                bp_norm[key].add(i)
                positions[key].append(pos / len(body))
            else:
                n_art += 1
                art_count[l] += 1
        arts = [l for l in body if not l.startswith("[")]
        titles.append(arts[0])
        if not 6 <= n_art <= 12: errors.append(f"{site}/{f}: {n_art} article lines")
    if len(domains) != 1: errors.append(f"{site}: domains {domains}")
    if len(set(titles)) != 16: errors.append(f"{site}: duplicate titles")
    for l in art_count:
        for k in bp_norm:
            if l == k.split("] ", 1)[1]: errors.append(f"{site}: article equals boilerplate {l[:40]}")
    template = {k: v for k, v in bp_norm.items() if len(v) >= 8}
    kinds = {k.split("]")[0][1:] for k in template}
    once = [k for k, v in bp_norm.items() if len(v) == 1]
    rep_art = {l: c for l, c in art_count.items() if c > 1}
    long_rep = {l: c for l, c in rep_art.items() if len(l) > 60}
    if long_rep: series_sites.append(site)
    print(f"== {site} ({next(iter(domains))}, {LANGS[site]})")
    print(f"   template widgets (>=8/16 pages): {len(template)} kinds={sorted(kinds)}")
    for k, v in sorted(template.items(), key=lambda kv: -len(kv[1])):
        p = positions[k]
        print(f"     {len(v):2d}/16 pos~{sum(p)/len(p):.2f}  {k[:90]}")
    print(f"   one-page boilerplate lines: {len(once)}")
    print(f"   repeated article lines: " + "; ".join(f"{c}x {l[:50]}" for l, c in sorted(rep_art.items(), key=lambda kv: -kv[1])))
    if not 4 <= len(template) <= 12: errors.append(f"{site}: {len(template)} template widgets")
    if not once: errors.append(f"{site}: no per-page boilerplate")
    for l, c in long_rep.items():
        if not 5 <= c <= 8: errors.append(f"{site}: series para on {c} pages")
if len(series_sites) < 2: errors.append(f"series sites {series_sites}")
print("series sites:", series_sites)
print("ERRORS:" if errors else "OK", *errors, sep="\n")
