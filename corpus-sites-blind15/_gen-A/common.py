"""Shared helpers for the writer-A generator (sites sb15-de, sb15-tr, sb15-tl).

Each site module provides:
  CODE, LANG, HOST        -- site code, language, host name
  ARTICLES_RAW            -- article blocks (see parse_articles)
  SERIES                  -- dict of running-series lines, keyed by letter
  render(n, arts)         -- returns the body lines (after '---') of page n (1..18)
"""
import os
import re

CATEGORIES = ["appeal", "paywall", "newsletter", "social", "share", "cookie",
              "related", "ad", "legal", "ui", "comments", "app", "audio",
              "navigation"]

OUT_ROOT = "/work/sites-blind15"


def parse_articles(raw):
    """Blocks separated by a line '===='.

    First line of a block: 'section | slug | tag, tag, tag'.
    Next lines: headline, byline, then paragraphs. A line
    '@SERIES a b f' is replaced by the series lines with those keys.
    """
    arts = []
    for block in raw.strip().split("\n====\n"):
        lines = [l.strip() for l in block.strip().split("\n") if l.strip()]
        section, slug, tags = [p.strip() for p in lines[0].split("|")]
        arts.append({
            "section": section,
            "slug": slug,
            "tags": [t.strip() for t in tags.split(",") if t.strip()],
            "lines": lines[1:],
        })
    return arts


def expand(art, series):
    out = []
    for l in art["lines"]:
        if l.startswith("@SERIES"):
            for key in l.split()[1:]:
                out.append(series[key])
        else:
            out.append(l)
    return out


def is_series(art):
    return any(l.startswith("@SERIES") for l in art["lines"])


def words(lines):
    return sum(len(l.split()) for l in lines)


def readmore_targets(arts):
    """Permutation n -> other page n' for the per-page 'read more' line.

    Series pages point to the next series page, other pages to the
    non-series page three positions further on, so every target is used once.
    """
    ser = [i for i, a in enumerate(arts, 1) if is_series(a)]
    non = [i for i, a in enumerate(arts, 1) if not is_series(a)]
    tgt = {}
    for k, i in enumerate(ser):
        tgt[i] = ser[(k + 1) % len(ser)]
    for k, i in enumerate(non):
        tgt[i] = non[(k + 3) % len(non)]
    return tgt


def related_pages(n, total=18, offsets=(1, 2, 4), exclude=()):
    """Rotating related list: pages n+1, n+2, n+4 (wrapping), skipping exclusions."""
    out = []
    for off in offsets:
        p = (n - 1 + off) % total + 1
        while p == n or p in exclude or p in out:
            p = (p % total) + 1
        out.append(p)
    return out


def mark(cat, text):
    assert cat in CATEGORIES, cat
    return "[%s] %s" % (cat, text)


def write_site(mod):
    arts = parse_articles(mod.ARTICLES_RAW)
    assert len(arts) == 18, (mod.CODE, len(arts))
    d = os.path.join(OUT_ROOT, "sb15-%s" % mod.CODE)
    os.makedirs(d, exist_ok=True)
    for n in range(1, 19):
        a = arts[n - 1]
        body = mod.render(n, arts)
        head = [
            "id: sb15-%s-%02d" % (mod.CODE, n),
            "lang: %s" % mod.LANG,
            "kind: positive",
            "url: https://%s/%s/%s" % (mod.HOST, a["section"], a["slug"]),
            "---",
        ]
        with open(os.path.join(d, "page-%02d.txt" % n), "w", encoding="utf-8") as f:
            f.write("\n".join(head + body) + "\n")
    return d
