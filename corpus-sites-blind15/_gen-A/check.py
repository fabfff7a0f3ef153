"""Format checker and stats for writer-A sites: python3 check.py [site ...]"""
import os
import re
import sys
from collections import Counter

ROOT = "/work/sites-blind15"
SITES = ["de", "tr", "tl"]
LANGS = {"de": "de", "tr": "tr", "tl": "tl"}
CATS = {"appeal", "paywall", "newsletter", "social", "share", "cookie",
        "related", "ad", "legal", "ui", "comments", "app", "audio",
        "navigation"}
MARK = re.compile(r"^\[([a-z]+)\] (\S.*)$")


def check_site(site):
    errors = []
    d = os.path.join(ROOT, "sb15-%s" % site)
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    expected = ["page-%02d.txt" % i for i in range(1, 19)]
    if files != expected:
        errors.append("files: %s" % files)
    art_total = bp_total = 0
    bp_pages = Counter()
    art_pages = Counter()
    art_counts = []
    cats = Counter()
    urls = set()
    for i, fn in enumerate(expected, 1):
        p = os.path.join(d, fn)
        if not os.path.exists(p):
            continue
        raw = open(p, encoding="utf-8").read()
        if not raw.endswith("\n") or raw.endswith("\n\n"):
            errors.append("%s: trailing newline problem" % fn)
        lines = raw.rstrip("\n").split("\n")
        head = lines[:5]
        want_id = "id: sb15-%s-%02d" % (site, i)
        if head[0] != want_id:
            errors.append("%s: bad id %r" % (fn, head[0]))
        if head[1] != "lang: %s" % LANGS[site]:
            errors.append("%s: bad lang %r" % (fn, head[1]))
        if head[2] != "kind: positive":
            errors.append("%s: bad kind %r" % (fn, head[2]))
        if not re.match(r"^url: https://[a-z0-9.-]+\.[a-z]+/[a-z0-9-]+/[a-z0-9-]+$", head[3]):
            errors.append("%s: bad url %r" % (fn, head[3]))
        urls.add(head[3])
        if head[4] != "---":
            errors.append("%s: missing ---" % fn)
        body = lines[5:]
        seen_b, seen_a = set(), set()
        n_art = 0
        for ln in body:
            if ln.strip() == "":
                errors.append("%s: blank line in body" % fn)
                continue
            if ln != ln.strip():
                errors.append("%s: stray whitespace %r" % (fn, ln[:40]))
            if ln.startswith("["):
                m = MARK.match(ln)
                if not m or m.group(1) not in CATS:
                    errors.append("%s: bad marked line %r" % (fn, ln[:60]))
                    continue
                cats[m.group(1)] += 1
                bp_total += 1
                seen_b.add(ln)
            else:
                if ln.startswith(("id:", "lang:", "kind:", "url:", "---")):
                    errors.append("%s: header-like body line %r" % (fn, ln[:40]))
                art_total += 1
                n_art += 1
                seen_a.add(ln)
        art_counts.append(n_art)
        for b in seen_b:
            bp_pages[b] += 1
        for a in seen_a:
            art_pages[a] += 1
        if body and body[0].startswith("[") is False:
            pass
    if len(urls) != 18:
        errors.append("duplicate urls")
    # article text must never be identical to a marked line's text on the same site
    # except related headlines (teasers of another page's headline)
    marked_texts = {MARK.match(b).group(2): MARK.match(b).group(1) for b in bp_pages}
    clash = [t for t in art_pages if t in marked_texts and marked_texts[t] != "related"]
    if clash:
        errors.append("article lines identical to non-related boilerplate: %s" % clash[:3])
    stats = {
        "pages": len(files),
        "article_lines": art_total,
        "boilerplate_lines": bp_total,
        "distinct_bp_on_3plus": sum(1 for v in bp_pages.values() if v >= 3),
        "article_lines_on_3plus": sum(1 for v in art_pages.values() if v >= 3),
        "article_lines_per_page": (min(art_counts), max(art_counts)) if art_counts else None,
        "categories": dict(cats),
    }
    return errors, stats


def main(argv):
    sites = argv or SITES
    ok = True
    for s in sites:
        errs, st = check_site(s)
        print("sb15-%s: %s" % (s, "OK" if not errs else "%d ERRORS" % len(errs)))
        for e in errs:
            print("   ", e)
        for k, v in st.items():
            print("    %s: %s" % (k, v))
        ok = ok and not errs
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
