"""Shared helpers for writer B's page generator (sb17 test set).

A page is a list of (category, text) pairs; category None means article text.
"""
import random

CATEGORIES = (
    "appeal", "paywall", "newsletter", "social", "share", "cookie", "related",
    "ad", "legal", "ui", "comments", "app", "audio", "navigation",
)

SERIES = "@SERIES"   # placeholder inside an article body for the series background


def B(cat, *texts):
    """Boilerplate lines of one category."""
    assert cat in CATEGORIES, cat
    return [(cat, t) for t in texts]


def blk(*pairs):
    """A block made of (cat, text) pairs (mixed categories allowed)."""
    for c, _ in pairs:
        assert c in CATEGORIES, c
    return list(pairs)


def article_lines(art, series_lines):
    """Expand an article body, replacing the @SERIES marker by the series block."""
    out = []
    for ln in art["body"]:
        if ln == SERIES:
            out.extend((None, t) for t in series_lines)
        else:
            out.append((None, ln))
    return out


def splice(lines, pos, block):
    """Insert block (list of pairs) into lines at index pos (clamped)."""
    pos = max(0, min(pos, len(lines)))
    return lines[:pos] + list(block) + lines[pos:]


def rng_for(code, i):
    return random.Random(f"sb17-B-{code}-{i}")


def word_count(art):
    return sum(len(t.split()) for t in art["body"] if t != SERIES)


def render(code, lang, host, i, section, slug, lines):
    head = [
        f"id: sb17-{code}-{i + 1:02d}",
        f"lang: {lang}",
        "kind: positive",
        f"url: https://{host}/{section}/{slug}",
        "---",
    ]
    body = []
    for cat, text in lines:
        text = text.strip()
        assert text and "\n" not in text, (code, i, text)
        if cat is None:
            assert not text.startswith("["), (code, i, text)
            body.append(text)
        else:
            assert cat in CATEGORIES
            body.append(f"[{cat}] {text}")
    return "\n".join(head + body) + "\n"


def rotate_pool(pool, i, k, own, step_every=3):
    """Pick k items from a slowly rotating pool, skipping the page's own item."""
    out = []
    start = i // step_every
    j = 0
    while len(out) < k:
        cand = pool[(start + j) % len(pool)]
        if cand != own and cand not in out:
            out.append(cand)
        j += 1
    return out
