#!/usr/bin/env python3
"""Check the format of writer B's pages and print per-site statistics.

Usage: python3 check.py [site-code ...]   (default: plgp kohr hezr)
Exit status 1 if any check fails.
"""
import os
import re
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = ("appeal paywall newsletter social share cookie related ad legal ui comments "
        "app audio navigation").split()
MARK = re.compile(r"^\[(%s)\] \S" % "|".join(CATS))
SITES = {"plgp": ("pl", "glospogorza.pl"),
         "kohr": ("ko", "www.haeoreum.co.kr"),
         "hezr": ("he", "www.zarkor.co.il")}


def check_site(code, lang, host):
    errors = []
    d = os.path.join(ROOT, "sb14-%s" % code)
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    want = ["page-%02d.txt" % i for i in range(1, 19)]
    if files != want:
        errors.append("files: expected page-01..18, got %s" % files)
    art_total = bp_total = 0
    bp_pages = defaultdict(set)
    art_pages = defaultdict(set)
    cats = Counter()
    for f in files:
        nn = f[5:7]
        with open(os.path.join(d, f), encoding="utf-8") as fh:
            raw = fh.read()
        if not raw.endswith("\n") or raw.endswith("\n\n"):
            errors.append("%s: must end with exactly one newline" % f)
        lines = raw.split("\n")[:-1]
        exp = ["id: sb14-%s-%s" % (code, nn), "lang: %s" % lang, "kind: positive"]
        if lines[:3] != exp:
            errors.append("%s: bad header %r" % (f, lines[:3]))
        if not re.match(r"^url: https://%s/[a-z0-9-]+/[a-z0-9-]+$" % re.escape(host),
                        lines[3]):
            errors.append("%s: bad url line %r" % (f, lines[3]))
        if lines[4] != "---":
            errors.append("%s: line 5 must be ---" % f)
        body = lines[5:]
        n_art = 0
        first_art = None
        for k, ln in enumerate(body):
            where = "%s:%d" % (f, k + 6)
            if not ln.strip():
                errors.append("%s: blank line" % where)
                continue
            if ln != ln.strip():
                errors.append("%s: leading/trailing space" % where)
            if ln.startswith("["):
                m = MARK.match(ln)
                if not m:
                    errors.append("%s: bad marker %r" % (where, ln[:40]))
                    continue
                cats[m.group(1)] += 1
                bp_total += 1
                bp_pages[ln].add(nn)
            else:
                if first_art is None:
                    first_art = ln
                n_art += 1
                art_pages[ln].add(nn)
        if not 6 <= n_art <= 15:
            errors.append("%s: %d article lines (want 6-15)" % (f, n_art))
        art_total += n_art
    rep_bp = sorted(l for l, s in bp_pages.items() if len(s) >= 3)
    rep_art = sorted(l for l, s in art_pages.items() if len(s) >= 3)
    if not 25 <= len(rep_bp) <= 50:
        errors.append("template lines on >=3 pages: %d (want 25-50)" % len(rep_bp))
    stats = dict(pages=len(files), article_lines=art_total, boilerplate_lines=bp_total,
                 distinct_bp_3plus=len(rep_bp), article_lines_3plus=len(rep_art))
    return stats, errors, cats, rep_art


def main():
    codes = sys.argv[1:] or list(SITES)
    bad = False
    for code in codes:
        lang, host = SITES[code]
        stats, errors, cats, rep_art = check_site(code, lang, host)
        print("sb14-%s (%s): %s" % (code, lang, ", ".join("%s=%s" % kv for kv in stats.items())))
        print("  categories:", dict(sorted(cats.items())))
        for l in rep_art:
            print("  repeated article line:", l[:70])
        for e in errors:
            print("  ERROR", e)
        bad = bad or bool(errors)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
