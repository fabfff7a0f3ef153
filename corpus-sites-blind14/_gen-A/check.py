"""Check page format and report stats:  python3 check.py [site-dir ...]"""
import os, re, sys, glob
from collections import defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATS = set(("appeal paywall newsletter social share cookie related ad legal ui "
            "comments app audio navigation").split())
MARK = re.compile(r"^\[([a-z]+)\] (\S.*)$")


def check_site(d):
    site = os.path.basename(d)[len("sb14-"):]
    errs = []
    files = sorted(glob.glob(os.path.join(d, "page-*.txt")))
    names = [os.path.basename(f) for f in files]
    if names != [f"page-{n:02d}.txt" for n in range(1, 19)]:
        errs.append(f"expected page-01..18, got {names}")
    art_pages = defaultdict(set)
    bp_pages = defaultdict(set)
    n_art = n_bp = 0
    lang = host = None
    per_page_art = []
    for f in files:
        nn = os.path.basename(f)[5:7]
        raw = open(f, encoding="utf-8").read()
        if not raw.endswith("\n") or raw.endswith("\n\n"):
            errs.append(f"{f}: must end with exactly one newline")
        lines = raw.split("\n")[:-1]
        if len(lines) < 6:
            errs.append(f"{f}: too short"); continue
        if lines[0] != f"id: sb14-{site}-{nn}":
            errs.append(f"{f}: bad id line {lines[0]!r}")
        m = re.fullmatch(r"lang: ([a-z]{2})", lines[1])
        if not m:
            errs.append(f"{f}: bad lang line")
        elif lang and m.group(1) != lang:
            errs.append(f"{f}: lang differs")
        else:
            lang = m.group(1)
        if lines[2] != "kind: positive":
            errs.append(f"{f}: bad kind line")
        m = re.fullmatch(r"url: https://([a-z0-9.-]+)/([a-z0-9-]+)/([a-z0-9-]+)", lines[3])
        if not m:
            errs.append(f"{f}: bad url line {lines[3]!r}")
        else:
            if host and m.group(1) != host:
                errs.append(f"{f}: host differs")
            host = m.group(1)
        if lines[4] != "---":
            errs.append(f"{f}: line 5 must be ---")
        k_art = 0
        for ln, line in enumerate(lines[5:], 6):
            if not line.strip():
                errs.append(f"{f}:{ln}: blank line"); continue
            if line != line.strip():
                errs.append(f"{f}:{ln}: leading/trailing space")
            if line.startswith("["):
                m = MARK.match(line)
                if not m or m.group(1) not in CATS:
                    errs.append(f"{f}:{ln}: bad marker {line[:40]!r}"); continue
                n_bp += 1
                bp_pages[m.group(2)].add(nn)
            else:
                n_art += 1; k_art += 1
                art_pages[line].add(nn)
        per_page_art.append(k_art)
        if not 6 <= k_art <= 15:
            errs.append(f"{f}: {k_art} article lines (want 6-15)")
    overlap = set(art_pages) & set(bp_pages)
    stats = dict(
        site=os.path.basename(d), host=host, lang=lang, pages=len(files),
        article_lines=n_art, boilerplate_lines=n_bp,
        distinct_boilerplate=len(bp_pages),
        boilerplate_on_3plus=sum(1 for v in bp_pages.values() if len(v) >= 3),
        article_on_3plus=sum(1 for v in art_pages.values() if len(v) >= 3),
        article_lines_per_page=f"{min(per_page_art)}-{max(per_page_art)}",
        text_both_marked_and_unmarked=len(overlap),
    )
    return stats, errs


def main():
    dirs = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "sb14-*")))
    bad = 0
    for d in dirs:
        stats, errs = check_site(d)
        print(" | ".join(f"{k}={v}" for k, v in stats.items()))
        for e in errs:
            print("  ERROR", e)
        bad += len(errs)
    print("OK" if not bad else f"{bad} error(s)")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
