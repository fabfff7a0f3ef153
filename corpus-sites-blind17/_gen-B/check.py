"""Writer B checker: format and statistics for sb17-mx, sb17-hi, sb17-ko."""
import os
import re
import sys
from collections import Counter

OUT = "/work/sites-blind17"
SITES = {"mx": ("es", "cronicaabierta.mx"),
         "hi": ("hi", "purvanchalprahari.in"),
         "ko": ("ko", "namdosaebyeok.co.kr")}
CATS = ("appeal", "paywall", "newsletter", "social", "share", "cookie", "related",
        "ad", "legal", "ui", "comments", "app", "audio", "navigation")
MARK = re.compile(r"^\[(" + "|".join(CATS) + r")\] \S")


def check_site(code, lang, host):
    errors = []
    d = os.path.join(OUT, f"sb17-{code}")
    names = sorted(os.listdir(d))
    expected = [f"page-{k:02d}.txt" for k in range(1, 19)]
    if names != expected:
        errors.append(f"{code}: files {names} != page-01..18")
    art_total = bp_total = 0
    bp_pages, art_pages = Counter(), Counter()
    cats = Counter()
    for k, name in enumerate(expected, 1):
        p = os.path.join(d, name)
        if not os.path.exists(p):
            continue
        raw = open(p, encoding="utf-8").read()
        if not raw.endswith("\n") or "\r" in raw:
            errors.append(f"{name}: line endings")
        lines = raw.split("\n")[:-1]
        hdr = lines[:5]
        if hdr[0] != f"id: sb17-{code}-{k:02d}":
            errors.append(f"{name}: bad id {hdr[0]!r}")
        if hdr[1] != f"lang: {lang}":
            errors.append(f"{name}: bad lang")
        if hdr[2] != "kind: positive":
            errors.append(f"{name}: bad kind")
        if not re.fullmatch(rf"url: https://(www\.)?{re.escape(host)}/[^/\s]+/[^/\s]+", hdr[3]):
            errors.append(f"{name}: bad url {hdr[3]!r}")
        if hdr[4] != "---":
            errors.append(f"{name}: missing ---")
        n_art = 0
        seen_bp, seen_art = set(), set()
        for ln in lines[5:]:
            if not ln.strip() or ln != ln.strip():
                errors.append(f"{name}: blank or padded line {ln!r}")
                continue
            if ln.startswith("["):
                m = MARK.match(ln)
                if not m:
                    errors.append(f"{name}: bad mark {ln[:40]!r}")
                    continue
                cats[m.group(1)] += 1
                bp_total += 1
                seen_bp.add(ln)
            else:
                n_art += 1
                art_total += 1
                seen_art.add(ln)
        if not 6 <= n_art <= 15:
            errors.append(f"{name}: {n_art} article lines (want 6-15)")
        bp_pages.update(seen_bp)
        art_pages.update(seen_art)
    stats = dict(
        pages=len([n for n in expected if os.path.exists(os.path.join(d, n))]),
        article_lines=art_total,
        boilerplate_lines=bp_total,
        distinct_bp_on_3plus=sum(1 for v in bp_pages.values() if v >= 3),
        distinct_bp_on_2plus=sum(1 for v in bp_pages.values() if v >= 2),
        article_lines_on_3plus=sum(1 for v in art_pages.values() if v >= 3),
        categories=dict(sorted(cats.items())),
    )
    return errors, stats, art_pages


def main():
    ok = True
    for code, (lang, host) in SITES.items():
        errors, st, art_pages = check_site(code, lang, host)
        print(f"sb17-{code}: pages={st['pages']} article_lines={st['article_lines']} "
              f"boilerplate_lines={st['boilerplate_lines']} "
              f"distinct_bp_on_3+_pages={st['distinct_bp_on_3plus']} "
              f"(on 2+: {st['distinct_bp_on_2plus']}) "
              f"article_lines_on_3+_pages={st['article_lines_on_3plus']}")
        print("   categories:", st["categories"])
        if "-v" in sys.argv:
            for t, v in art_pages.items():
                if v >= 3:
                    print(f"   repeated article line x{v}: {t[:70]}")
        for e in errors:
            ok = False
            print("   ERROR", e)
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
