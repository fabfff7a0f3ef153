#!/usr/bin/env python3
"""Assemble the pages of writer B's three sites from a template module per site.

Each site module (site_pl, site_ko, site_he) provides:
  CODE, LANG, HOST, SECTIONS, ARTICLES, SERIES
  header(p)   -> list of marked lines shown above the article
  readmore(p) -> one marked line inserted inside the body ("Read more: ...")
  mid(p)      -> list of marked lines (newsletter box / ad) inserted mid-body
  trailer(p)  -> list of (name, lines, optional, movable) blocks after the body

Variation that is common to all sites (dropping optional blocks, swapping the order of
movable blocks, insert positions) is done here; site-specific variation (A/B wording,
counters, campaigns) is done in the site modules with p.rng.

Usage: python3 gen.py            (writes /work/sites-blind14/sb14-<code>/page-NN.txt)
"""
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
sys.path.insert(0, HERE)

import site_pl  # noqa: E402
import site_ko  # noqa: E402
import site_he  # noqa: E402

SITES = [site_pl, site_ko, site_he]


class Page:
    """Per-page context handed to the template functions."""

    def __init__(self, site, i):
        self.site = site
        self.i = i                      # 1-based page number
        self.art = site.ARTICLES[i - 1]
        self.rng = random.Random("sb14-B-%s-%02d" % (site.CODE, i))
        self.n = len(site.ARTICLES)
        self.body = expand_body(site, self.art)
        self.words = sum(len(x.split()) for x in [self.art["head"]] + self.body)

    def other(self, k):
        """Headline of the article k places further on (wrapping, never self)."""
        j = (self.i - 1 + k) % self.n
        if j == self.i - 1:
            j = (j + 1) % self.n
        return self.site.ARTICLES[j]["head"]

    def prev_series(self):
        """Headline of the previous instalment of the running series, if any."""
        if not self.art.get("series"):
            return None
        prev = [a for a in self.site.ARTICLES[:self.i - 1] if a.get("series")]
        return prev[-1]["head"] if prev else None

    def others(self, pool, count, offset=0):
        """Rotating window over a pool of article numbers (1-based), skipping self."""
        pool = [x for x in pool if x != self.i]
        start = (self.i + offset) % len(pool)
        return [self.site.ARTICLES[pool[(start + k) % len(pool)] - 1]["head"]
                for k in range(count)]


def expand_body(site, art):
    out = []
    for line in art["lines"]:
        if line == "@SERIES":
            out.extend(site.SERIES[key] for key in art["series"])
        else:
            out.append(line)
    return out


def vary_trailer(blocks, rng):
    kept = []
    for name, lines, optional, movable in blocks:
        if optional and rng.random() < 0.2:
            continue
        kept.append([name, lines, movable])
    # sometimes two movable blocks change places
    if rng.random() < 0.35:
        idx = [k for k, b in enumerate(kept) if b[2]]
        if len(idx) >= 2:
            a, b = rng.sample(idx, 2)
            kept[a], kept[b] = kept[b], kept[a]
    out = []
    for _, lines, _ in kept:
        out.extend(lines)
    return out


def build(site, i):
    p = Page(site, i)
    art = p.art
    lines = list(site.header(p))
    lines.append(art["head"])
    meta = art.get("meta", 1)           # byline / subtitle lines before the body
    top = p.body[:meta]
    body = p.body[meta:]
    lines.extend(top)

    # insert positions inside the body
    n = len(body)
    r_at = min(n - 1, p.rng.choice([1, 2, 2, 3]))
    m_at = max(r_at + 1, min(n - 1, n // 2 + p.rng.choice([0, 1])))
    rm = site.readmore(p)
    md = site.mid(p)
    for k, para in enumerate(body):
        lines.append(para)
        if k + 1 == r_at and rm:
            lines.append(rm)
        if k + 1 == m_at and md:
            lines.extend(md)
    lines.extend(vary_trailer(site.trailer(p), p.rng))

    url = "https://%s/%s/%s" % (site.HOST, art["sec"], art["slug"])
    head = ["id: sb14-%s-%02d" % (site.CODE, i),
            "lang: %s" % site.LANG,
            "kind: positive",
            "url: %s" % url,
            "---"]
    return "\n".join(head + lines) + "\n"


def main():
    for site in SITES:
        d = os.path.join(OUT, "sb14-%s" % site.CODE)
        os.makedirs(d, exist_ok=True)
        assert len(site.ARTICLES) == 18, (site.CODE, len(site.ARTICLES))
        for i in range(1, 19):
            with open(os.path.join(d, "page-%02d.txt" % i), "w", encoding="utf-8") as f:
                f.write(build(site, i))
        print("wrote", d)


if __name__ == "__main__":
    main()
