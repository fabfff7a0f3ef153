"""Check format of writer B's pages and print per-site statistics: python3 check.py"""
import os, re, sys
from collections import Counter

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SITES = {"es": "es", "jp": "ja", "hr": "hr"}
CATS = set("appeal paywall newsletter social share cookie related ad legal ui "
           "comments app audio navigation".split())
MARK = re.compile(r"^\[([a-z]+)\] (\S.*)$")

def check_site(code, lang):
    d = os.path.join(ROOT, f"sb15-{code}")
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    errs = []
    if files != [f"page-{n:02d}.txt" for n in range(1, 19)]:
        errs.append(f"expected page-01..18, got {files}")
    art_pages, bp_pages = Counter(), Counter()
    n_art = n_bp = 0
    hosts, urls, headlines = set(), set(), set()
    for f in files:
        n = int(f[5:7])
        lines = open(os.path.join(d, f), encoding="utf-8").read().split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        hdr = lines[:5]
        exp = [f"id: sb15-{code}-{n:02d}", f"lang: {lang}", "kind: positive"]
        if hdr[:3] != exp:
            errs.append(f"{f}: bad header {hdr[:3]}")
        mu = re.match(r"^url: https://([a-z0-9.-]+)/([a-z0-9-]+)/([a-z0-9-]+)$", hdr[3])
        if not mu:
            errs.append(f"{f}: bad url line {hdr[3]!r}")
        else:
            hosts.add(mu.group(1)); urls.add(hdr[3])
        if hdr[4] != "---":
            errs.append(f"{f}: line 5 is not ---")
        body = lines[5:]
        arts, bps = [], []
        for j, ln in enumerate(body, 6):
            if not ln.strip():
                errs.append(f"{f}:{j}: blank line"); continue
            if ln != ln.strip():
                errs.append(f"{f}:{j}: stray whitespace")
            if ln.startswith("["):
                mm = MARK.match(ln)
                if not mm or mm.group(1) not in CATS:
                    errs.append(f"{f}:{j}: bad marker {ln[:40]!r}"); continue
                bps.append(ln)
            else:
                arts.append(ln)
        if not 6 <= len(arts) <= 15:
            errs.append(f"{f}: {len(arts)} article lines (want 6-15)")
        headlines.add(arts[0] if arts else None)
        n_art += len(arts); n_bp += len(bps)
        for x in set(arts): art_pages[x] += 1
        for x in set(bps): bp_pages[x] += 1
    if len(hosts) != 1: errs.append(f"hosts: {hosts}")
    if len(urls) != len(files): errs.append("duplicate urls")
    if len(headlines) != len(files): errs.append("duplicate headlines")
    bp3 = sum(1 for c in bp_pages.values() if c >= 3)
    art3 = sum(1 for c in art_pages.values() if c >= 3)
    if not 25 <= bp3 <= 50:
        errs.append(f"template size {bp3} outside 25-50")
    return dict(pages=len(files), article_lines=n_art, boilerplate_lines=n_bp,
                distinct_bp_3plus=bp3, article_lines_3plus=art3), errs

def main():
    bad = False
    for code, lang in SITES.items():
        st, errs = check_site(code, lang)
        print(f"sb15-{code}: " + ", ".join(f"{k}={v}" for k, v in st.items()))
        for e in errs:
            print("  ERROR", e); bad = True
    print("FAIL" if bad else "OK")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
