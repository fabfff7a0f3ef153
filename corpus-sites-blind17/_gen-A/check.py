"""Format checker and statistics for writer A's sites (sites-blind17)."""
import os, re, sys
from collections import Counter

CATS = ("appeal", "paywall", "newsletter", "social", "share", "cookie",
        "related", "ad", "legal", "ui", "comments", "app", "audio",
        "navigation")
ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
SITES = {"nl": "nl", "gr": "el", "sk": "sk"}
MARK = re.compile(r"^\[(%s)\] (\S.*)$" % "|".join(CATS))


def check_site(site, lang):
    errors = []
    folder = os.path.join(ROOT, f"sb17-{site}")
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    expected = [f"page-{i:02d}.txt" for i in range(1, 19)]
    if files != expected:
        errors.append(f"{site}: files {files} != page-01..18")
    art_pages, bp_pages = Counter(), Counter()
    n_art = n_bp = 0
    urls = set()
    for fn in files:
        nn = fn[5:7]
        raw = open(os.path.join(folder, fn), encoding="utf-8").read()
        if not raw.endswith("\n") or raw.endswith("\n\n"):
            errors.append(f"{fn}: file must end with exactly one newline")
        lines = raw.rstrip("\n").split("\n")
        want = [f"id: sb17-{site}-{nn}", f"lang: {lang}", "kind: positive"]
        if lines[:3] != want:
            errors.append(f"{site}/{fn}: header {lines[:3]} != {want}")
        if not re.match(r"^url: https://[a-z0-9.-]+/[a-z0-9-]+/[a-z0-9-]+$", lines[3]):
            errors.append(f"{site}/{fn}: bad url line {lines[3]!r}")
        urls.add(lines[3])
        if lines[4] != "---":
            errors.append(f"{site}/{fn}: line 5 is not ---")
        body = lines[5:]
        a_here, b_here = set(), set()
        n_art_page = 0
        for i, t in enumerate(body, 6):
            if not t.strip() or t != t.strip():
                errors.append(f"{site}/{fn}:{i}: blank line or stray whitespace")
                continue
            if t.startswith("["):
                m = MARK.match(t)
                if not m:
                    errors.append(f"{site}/{fn}:{i}: bad marker {t[:40]!r}")
                    continue
                n_bp += 1
                b_here.add(t)
            else:
                n_art += 1
                n_art_page += 1
                a_here.add(t)
        if not 6 <= n_art_page <= 15:
            errors.append(f"{site}/{fn}: {n_art_page} article lines (want 6-15)")
        for t in a_here:
            art_pages[t] += 1
        for t in b_here:
            bp_pages[t] += 1
    if len(urls) != len(files):
        errors.append(f"{site}: duplicate urls")
    # no line may be article on one page and boilerplate text elsewhere verbatim
    bp_texts = {MARK.match(t).group(2) for t in bp_pages}
    clash = [t for t in art_pages if t in bp_texts]
    stats = {
        "pages": len(files),
        "article lines": n_art,
        "boilerplate lines": n_bp,
        "distinct boilerplate lines on >=3 pages": sum(1 for c in bp_pages.values() if c >= 3),
        "article lines on >=3 pages": sum(1 for c in art_pages.values() if c >= 3),
        "article text also used as a boilerplate line elsewhere": len(clash),
    }
    return errors, stats


def main():
    ok = True
    for site, lang in SITES.items():
        if not os.path.isdir(os.path.join(ROOT, f"sb17-{site}")):
            print(f"sb17-{site}: missing"); ok = False; continue
        errors, stats = check_site(site, lang)
        print(f"sb17-{site} ({lang}): " + ", ".join(f"{k}: {v}" for k, v in stats.items()))
        for e in errors:
            print("  ERROR", e)
        ok = ok and not errors
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
