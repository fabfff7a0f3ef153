import os, random

OUT = "/work/sites-blind13"


def write_site(site_id, lang, host, articles, template_fn, seed):
    """articles: list of dicts: section, slug, lines (article lines incl. headline/byline),
    mid (index after which mid-template goes), cut (optional: paywall cut index)."""
    rnd = random.Random(seed)
    d = os.path.join(OUT, site_id)
    os.makedirs(d, exist_ok=True)
    assert len(articles) == 18
    for i, art in enumerate(articles):
        n = i + 1
        top, mid, bottom = template_fn(n, art, rnd, articles)
        body = list(art["lines"])
        if art.get("cut"):
            body = body[: art["cut"]]
        k = art.get("mid") or max(3, len(body) // 2)
        k = min(k, len(body) - 1)
        lines = body[:k] + mid + body[k:]
        lines = top + lines + bottom
        hdr = [
            f"id: {site_id}-{n:02d}",
            f"lang: {lang}",
            "kind: positive",
            f"url: https://{host}/{art['section']}/{art['slug']}",
            "---",
        ]
        with open(os.path.join(d, f"page-{n:02d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(hdr + [l for l in lines if l]) + "\n")
