"""Shared helpers for writer B's generator (sites sb15-es, sb15-jp, sb15-hr)."""
import os

CATS = ("appeal paywall newsletter social share cookie related ad legal ui "
        "comments app audio navigation").split()

OUT_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def m(cat, text):
    """A marked boilerplate line."""
    assert cat in CATS, cat
    assert text and "\n" not in text
    return f"[{cat}] {text}"


def thousands(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


class Article:
    def __init__(self, sec, slug, title, body, tags, series=False):
        self.sec = sec
        self.slug = slug
        self.title = title
        self.body = body        # may contain "@S" (series block) marker
        self.tags = tags
        self.series = series


def expand(art, series_block):
    """Return (lines, protected) where protected is the set of indices that
    belong to the series block (inserts must not split it)."""
    out, prot = [], set()
    for ln in art.body:
        if ln == "@S":
            blk = series_block(art) if callable(series_block) else series_block
            for s in blk:
                prot.add(len(out))
                out.append(s)
        else:
            out.append(ln)
    return out, prot


def weave(lines, prot, inserts):
    """Insert blocks of marked lines into article lines.

    inserts: list of (position, [lines]) where position is an index into
    `lines` *after which* the block goes. A position inside the protected
    (series) block is moved to the block's end; never after the last line.
    """
    last = len(lines) - 1
    fixed = []
    for pos, blk in inserts:
        if not blk:
            continue
        pos = max(0, min(pos, last - 1))
        while pos in prot and pos + 1 in prot:
            pos += 1
        fixed.append((pos, blk))
    res = []
    for idx, ln in enumerate(lines):
        res.append(ln)
        for pos, blk in fixed:
            if pos == idx:
                res.extend(blk)
    return res


def write_page(site_code, lang, host, n, art, lines):
    d = os.path.join(OUT_ROOT, f"sb15-{site_code}")
    os.makedirs(d, exist_ok=True)
    head = [
        f"id: sb15-{site_code}-{n:02d}",
        f"lang: {lang}",
        "kind: positive",
        f"url: https://{host}/{art.sec}/{art.slug}",
        "---",
    ]
    for ln in lines:
        assert ln.strip() == ln and ln, repr(ln)
    with open(os.path.join(d, f"page-{n:02d}.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(head + lines) + "\n")


def rotate_related(arts, extra, i, per=3, exclude=()):
    """Related headlines for page i: a rotation over the site's sample stories plus
    some older stories, so each headline shows up on about two pages."""
    pool = []
    # interleave older stories between sample stories so blocks mix both
    ei = iter(extra)
    for k, a in enumerate(arts):
        pool.append((k, a.title))
        if k % 2 == 1:
            nx = next(ei, None)
            if nx:
                pool.append((None, nx))
    pool += [(None, x) for x in ei]
    n = len(pool)
    out, j = [], (per * i + 5) % n
    while len(out) < per:
        k, t = pool[j % n]
        if k != i and t not in out and t not in exclude:
            out.append(t)
        j += 1
    return out
