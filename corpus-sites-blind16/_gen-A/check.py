"""Check the format of writer A's pages and print per-site statistics.

python3 check.py [site-code ...]   (default: itap ruld mysr)
"""
import collections
import os
import re
import sys

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
CATS = {"appeal", "paywall", "newsletter", "social", "share", "cookie", "related", "ad",
        "legal", "ui", "comments", "app", "audio", "navigation"}
MARK = re.compile(r"^\[([a-z]+)\] (\S.*)$")
LANGS = {"itap": "it", "ruld": "ru", "mysr": "ms"}


def check_site(code):
    errors = []
    folder = os.path.join(ROOT, f"sb16-{code}")
    files = sorted(f for f in os.listdir(folder) if f.endswith(".txt"))
    expected = [f"page-{i:02d}.txt" for i in range(1, 19)]
    if files != expected:
        errors.append(f"files: expected page-01..18, got {files}")
    art_lines = bp_lines = 0
    bp_pages = collections.defaultdict(set)
    art_pages = collections.defaultdict(set)
    cat_count = collections.Counter()
    host = None
    for fname in files:
        nn = fname[5:7]
        path = os.path.join(folder, fname)
        with open(path, encoding="utf-8") as fh:
            raw = fh.read()
        if not raw.endswith("\n"):
            errors.append(f"{fname}: no final newline")
        lines = raw.split("\n")[:-1]
        hdr = lines[:5]
        want = [f"id: sb16-{code}-{nn}", f"lang: {LANGS.get(code, '')}", "kind: positive"]
        if hdr[:3] != want:
            errors.append(f"{fname}: header {hdr[:3]} != {want}")
        m = re.match(r"^url: https://([a-z0-9.-]+)/([a-z0-9-]+)/([a-z0-9-]+)$", hdr[3] if len(hdr) > 3 else "")
        if not m:
            errors.append(f"{fname}: bad url line {hdr[3:4]}")
        else:
            if host and m.group(1) != host:
                errors.append(f"{fname}: host {m.group(1)} differs from {host}")
            host = m.group(1)
        if len(hdr) < 5 or hdr[4] != "---":
            errors.append(f"{fname}: missing --- separator")
        n_art = 0
        for i, line in enumerate(lines[5:], 6):
            if not line.strip():
                errors.append(f"{fname}:{i}: blank line")
                continue
            if line != line.strip():
                errors.append(f"{fname}:{i}: leading/trailing whitespace")
            if line.startswith("["):
                mm = MARK.match(line)
                if not mm or mm.group(1) not in CATS:
                    errors.append(f"{fname}:{i}: bad marker: {line[:60]}")
                    continue
                bp_lines += 1
                cat_count[mm.group(1)] += 1
                bp_pages[mm.group(2)].add(nn)
            else:
                art_lines += 1
                n_art += 1
                art_pages[line].add(nn)
        if not 6 <= n_art <= 15:
            errors.append(f"{fname}: {n_art} article lines (want 6-15)")
    rep_bp = sum(1 for v in bp_pages.values() if len(v) >= 3)
    rep_art = sum(1 for v in art_pages.values() if len(v) >= 3)
    return {
        "pages": len(files), "article_lines": art_lines, "boilerplate_lines": bp_lines,
        "distinct_bp_3plus": rep_bp, "article_lines_3plus": rep_art,
        "categories": dict(sorted(cat_count.items())), "errors": errors, "host": host,
    }


if __name__ == "__main__":
    codes = sys.argv[1:] or ["itap", "ruld", "mysr"]
    bad = 0
    for code in codes:
        r = check_site(code)
        print(f"sb16-{code} ({r['host']}): pages={r['pages']} article_lines={r['article_lines']} "
              f"boilerplate_lines={r['boilerplate_lines']} distinct_boilerplate_on_3plus_pages={r['distinct_bp_3plus']} "
              f"article_lines_on_3plus_pages={r['article_lines_3plus']}")
        print("   categories:", r["categories"])
        for e in r["errors"]:
            print("   ERROR", e)
        bad += len(r["errors"])
    print("OK" if not bad else f"{bad} error(s)")
    sys.exit(1 if bad else 0)
