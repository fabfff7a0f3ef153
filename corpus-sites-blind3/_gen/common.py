"""Shared helpers: parse a site's article file and write pages."""
import os
import random

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse(path):
    """Article file format:
    ## section/story-slug      starts a page
    > headline                 a per-page related headline (used by the template)
    @KEY                       a shared background paragraph of a running series
    any other line             an article block (first = headline, second = byline)
    """
    pages, cur = [], None
    with open(path, encoding="utf-8") as fh:
        for raw in fh:
            line = raw.strip()
            if not line or line.startswith("#!"):
                continue
            if line.startswith("## "):
                cur = {"path": line[3:].strip(), "lines": [], "rel": []}
                pages.append(cur)
            elif line.startswith("> "):
                cur["rel"].append(line[2:].strip())
            else:
                cur["lines"].append(line)
    return pages


def expand(lines, bg):
    return [bg[l[1:]] if l.startswith("@") else l for l in lines]


def chance(rng, p):
    return rng.random() < p


def write_site(slug, domain, lang, pages, render, seed):
    assert len(pages) == 16, (slug, len(pages))
    d = os.path.join(OUT, slug)
    os.makedirs(d, exist_ok=True)
    for i, page in enumerate(pages, 1):
        rng = random.Random(f"{seed}-{i}")
        body = render(i, page, rng)
        head = [
            f"id: {slug}-{i:02d}",
            f"lang: {lang}",
            "kind: positive",
            f"url: https://www.{domain}/{page['path']}",
            "---",
        ]
        with open(os.path.join(d, f"page-{i:02d}.txt"), "w", encoding="utf-8") as fh:
            fh.write("\n".join(head + body) + "\n")


def splice(paras, k, blocks):
    """Insert blocks after paragraph k, never directly after a subheading."""
    k = min(k, len(paras))
    while 0 < k < len(paras) and len(paras[k - 1]) < 45:
        k += 1
    return paras[:k] + blocks + paras[k:]
