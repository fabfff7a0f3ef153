"""Shared helpers for the writer-B page generator.

Each site module provides:
  SITE, LANG, HOST       identifiers
  ARTICLES_RAW           18 articles in a small text format (see parse_articles)
  SERIES                 the running-series background block (list of lines)
  SERIES_VARIANTS        {page_index: block} near-identical variants of it
  build(p, art, body, span) -> list of page lines (template + article)
"""
import random

CATEGORIES = {
    "appeal", "paywall", "newsletter", "social", "share", "cookie", "related",
    "ad", "legal", "ui", "comments", "app", "audio", "navigation",
}


def m(cat, text):
    assert cat in CATEGORIES, cat
    return f"[{cat}] {text}"


def parse_articles(raw):
    """Articles are separated by header lines:
        === section | slug | tag; tag; tag
    followed by one line per headline / byline / paragraph.
    A line '@SERIES' marks where the running-series block goes."""
    arts = []
    cur = None
    for line in raw.strip("\n").split("\n"):
        line = line.rstrip()
        if not line:
            continue
        if line.startswith("=== "):
            section, slug, tags = [x.strip() for x in line[4:].split("|")]
            cur = {"section": section, "slug": slug,
                   "tags": [t.strip() for t in tags.split(";") if t.strip()],
                   "lines": []}
            arts.append(cur)
        else:
            cur["lines"].append(line)
    return arts


def expand(art, series_block):
    """Return (body_lines, span) where span=(start, end) of the series block
    inside body_lines, or None."""
    out, span = [], None
    for line in art["lines"]:
        if line == "@SERIES":
            s = len(out)
            out.extend(series_block)
            span = (s, len(out))
        else:
            out.append(line)
    return out, span


def allowed(k, span):
    return span is None or not (span[0] < k < span[1])


def is_subhead(line):
    """A short line without final punctuation: a crosshead that must stay
    glued to the paragraph after it."""
    return len(line) < 60 and line.rstrip()[-1:] not in ".!?)"


def near(target, body, span, lo):
    """Nearest allowed insertion index to target, >= lo and <= len(body)-1
    (so an insert never ends the article)."""
    hi = max(lo, len(body) - 1)
    cands = [k for k in range(lo, hi + 1)
             if allowed(k, span) and not is_subhead(body[k - 1])]
    return min(cands, key=lambda k: (abs(k - target), k))


def weave(body, inserts):
    """inserts: list of (position, [lines]); position k means 'before body[k]'.
    Inserts at the same position keep their list order."""
    out = []
    by_pos = {}
    for k, lines in inserts:
        by_pos.setdefault(k, []).extend(lines)
    for k, line in enumerate(body):
        out.extend(by_pos.get(k, []))
        out.append(line)
    out.extend(by_pos.get(len(body), []))
    return out


def rng(site, p):
    return random.Random(f"{site}:{p}")


def running(site, name, base, p, lo, hi):
    """A counter that grows page by page (page index p)."""
    r = random.Random(f"{site}:{name}")
    v = base
    for _ in range(p):
        v += r.randint(lo, hi)
    return v


def rotate(pool, p, k, step):
    return [pool[(p * step + j) % len(pool)] for j in range(k)]


def nwords(lines):
    return sum(len(x.split()) for x in lines)


def dots(n):
    """1234567 -> 1.234.567 (pt / vi thousands separator)."""
    return f"{n:,}".replace(",", ".")
