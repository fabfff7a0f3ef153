#!/usr/bin/env python3
"""Writer B generator: assembles 18 pages per site from a template + articles.

Usage: python3 gen.py            (writes /work/sites-blind16/sb16-<site>/page-NN.txt)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import parse_articles, expand  # noqa: E402
import site_uk, site_br, site_vn  # noqa: E402

OUT_ROOT = "/work/sites-blind16"
SITES = [site_uk, site_br, site_vn]


def series_block(mod, p):
    return list(mod.SERIES_VARIANTS.get(p, mod.SERIES))


def render(mod):
    arts = parse_articles(mod.ARTICLES_RAW)
    assert len(arts) == 18, (mod.SITE, len(arts))
    mod.ALL = arts
    outdir = os.path.join(OUT_ROOT, f"sb16-{mod.SITE}")
    os.makedirs(outdir, exist_ok=True)
    for p, art in enumerate(arts):
        body, span = expand(art, series_block(mod, p))
        lines = mod.build(p, art, body, span)
        nn = f"{p + 1:02d}"
        head = [
            f"id: sb16-{mod.SITE}-{nn}",
            f"lang: {mod.LANG}",
            "kind: positive",
            f"url: https://{mod.HOST}/{art['section']}/{art['slug']}",
            "---",
        ]
        with open(os.path.join(outdir, f"page-{nn}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(head + lines) + "\n")
    print(f"sb16-{mod.SITE}: wrote {len(arts)} pages to {outdir}")


if __name__ == "__main__":
    for mod in SITES:
        render(mod)
