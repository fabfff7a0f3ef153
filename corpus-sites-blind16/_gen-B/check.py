#!/usr/bin/env python3
"""Checker for writer B's sites: format + per-site statistics.

Usage: python3 check.py [site ...]   (default: uk br vn)
Exit status 1 if any format error is found.
"""
import os
import re
import sys
from collections import Counter

ROOT = "/work/sites-blind16"
CATS = ("appeal", "paywall", "newsletter", "social", "share", "cookie", "related",
        "ad", "legal", "ui", "comments", "app", "audio", "navigation")
LANGS = {"uk": "en", "br": "pt", "vn": "vi"}
MARK = re.compile(r"^\[(%s)\] \S" % "|".join(CATS))


def check_site(site):
    errs = []
    d = os.path.join(ROOT, f"sb16-{site}")
    files = sorted(f for f in os.listdir(d) if f.endswith(".txt"))
    want = [f"page-{i:02d}.txt" for i in range(1, 19)]
    if files != want:
        errs.append(f"{site}: expected page-01..18.txt, got {files}")
    art_total = bp_total = 0
    bp_pages, art_pages = Counter(), Counter()
    cats = Counter()
    per_page_art = []
    hosts = set()
    for fn in files:
        nn = fn[5:7]
        path = os.path.join(d, fn)
        with open(path, encoding="utf-8") as f:
            raw = f.read()
        lines = raw.split("\n")
        if lines and lines[-1] == "":
            lines = lines[:-1]
        where = f"{site}/{fn}"
        if len(lines) < 6:
            errs.append(f"{where}: too short")
            continue
        exp = [f"id: sb16-{site}-{nn}", f"lang: {LANGS[site]}", "kind: positive"]
        for i, e in enumerate(exp):
            if lines[i] != e:
                errs.append(f"{where}: line {i + 1} is {lines[i]!r}, expected {e!r}")
        mu = re.match(r"^url: https://([a-z0-9.-]+)/([a-z0-9-]+)/([a-z0-9-]+)$", lines[3])
        if not mu:
            errs.append(f"{where}: bad url line {lines[3]!r}")
        else:
            hosts.add(mu.group(1))
        if lines[4] != "---":
            errs.append(f"{where}: line 5 must be '---'")
        body = lines[5:]
        seen_a, seen_b = set(), set()
        n_art = 0
        for j, line in enumerate(body, start=6):
            if line.strip() == "":
                errs.append(f"{where}:{j}: blank line")
                continue
            if line != line.strip():
                errs.append(f"{where}:{j}: leading/trailing whitespace")
            if line.startswith("["):
                mm = MARK.match(line)
                if not mm:
                    errs.append(f"{where}:{j}: bad marker {line[:40]!r}")
                    continue
                bp_total += 1
                cats[mm.group(1)] += 1
                seen_b.add(line)
            else:
                art_total += 1
                n_art += 1
                seen_a.add(line)
        if not 6 <= n_art <= 15:
            errs.append(f"{where}: {n_art} article lines (want 6-15)")
        per_page_art.append(n_art)
        bp_pages.update(seen_b)
        art_pages.update(seen_a)
    if len(hosts) != 1:
        errs.append(f"{site}: hosts differ: {hosts}")
    stats = {
        "pages": len(files),
        "article_lines": art_total,
        "boilerplate_lines": bp_total,
        "distinct_boilerplate_3plus": sum(1 for c in bp_pages.values() if c >= 3),
        "distinct_boilerplate": len(bp_pages),
        "article_lines_3plus": sum(1 for c in art_pages.values() if c >= 3),
        "article_per_page": f"{min(per_page_art)}-{max(per_page_art)}" if per_page_art else "-",
        "categories": dict(sorted(cats.items())),
    }
    return errs, stats, art_pages


def main():
    sites = sys.argv[1:] or ["uk", "br", "vn"]
    bad = False
    for s in sites:
        errs, st, art_pages = check_site(s)
        print(f"== sb16-{s}: pages {st['pages']}, article lines {st['article_lines']} "
              f"({st['article_per_page']} per page), boilerplate lines {st['boilerplate_lines']}, "
              f"distinct boilerplate on 3+ pages {st['distinct_boilerplate_3plus']} "
              f"(of {st['distinct_boilerplate']} distinct), article lines on 3+ pages {st['article_lines_3plus']}")
        print("   categories:", st["categories"])
        for line, c in art_pages.items():
            if c >= 3:
                print(f"   repeated article line x{c}: {line[:90]}")
        for e in errs:
            print("   ERROR", e)
        bad |= bool(errs)
    print("FORMAT OK" if not bad else "FORMAT ERRORS")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
