"""Shared helpers for writer A's page generator.

A page is assembled as a list of (category, text) pairs; category None means
article text (written unmarked).  Each site module provides CODE, LANG, HOST,
ARTICLES and build_page(n, art, arts).
"""
import math
import os

CATEGORIES = (
    "appeal", "paywall", "newsletter", "social", "share", "cookie",
    "related", "ad", "legal", "ui", "comments", "app", "audio", "navigation",
)

OUT_ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), ".."))


def B(cat, text):
    assert cat in CATEGORIES, cat
    return (cat, text)


def A(text):
    return (None, text)


def thousands(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def words(art):
    lines = [art["head"][0]] + art["head"][1:] + art["body"]
    return sum(len(x.split()) for x in lines)


def reading_minutes(art, wpm=150):
    return max(1, math.ceil(words(art) / wpm))


def duration(art, n):
    """Fake audio duration m:ss derived from the text length."""
    secs = int(words(art) * 0.42) + (n * 7) % 23
    return f"{secs // 60}:{secs % 60:02d}"


def others(n, offsets, total=18):
    """Page numbers (1-based) at the given offsets from n, never n itself."""
    out = []
    for off in offsets:
        k = (n - 1 + off) % total + 1
        if k == n or k in out:
            k = k % total + 1
        out.append(k)
    return out


def splice(body, inserts):
    """Insert blocks into an article body.

    inserts: list of (after_index, [pairs]); after_index refers to the
    original body list (0 = after the first body line).  Negative indices count
    from the end (-1 = after the last line, -2 = before the last line).
    """
    n = len(body)
    slots = {}
    for idx, block in inserts:
        if idx < 0:
            idx = n + idx
        idx = max(0, min(n - 1, idx))
        slots.setdefault(idx, []).extend(block)
    out = []
    for i, line in enumerate(body):
        out.append(A(line))
        out.extend(slots.get(i, []))
    return out


def render(site, n, art, pairs):
    head = [
        f"id: sb16-{site.CODE}-{n:02d}",
        f"lang: {site.LANG}",
        "kind: positive",
        f"url: https://{site.HOST}/{art['section']}/{art['slug']}",
        "---",
    ]
    lines = []
    for cat, text in pairs:
        text = " ".join(text.split())
        assert text, (site.CODE, n)
        lines.append(f"[{cat}] {text}" if cat else text)
    return "\n".join(head + lines) + "\n"


def write_site(site):
    outdir = os.path.join(OUT_ROOT, f"sb16-{site.CODE}")
    os.makedirs(outdir, exist_ok=True)
    arts = site.ARTICLES
    assert len(arts) == 18, (site.CODE, len(arts))
    for n, art in enumerate(arts, 1):
        pairs = site.build_page(n, art, arts)
        with open(os.path.join(outdir, f"page-{n:02d}.txt"), "w", encoding="utf-8") as fh:
            fh.write(render(site, n, art, pairs))
    return outdir


def ru_plural(n, one, few, many):
    n = abs(n)
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many
