import os, random
OUT = "/work/sites-blind8"

def write_site(site_id, lang, host, articles, assemble, seed):
    rng = random.Random(seed)
    d = os.path.join(OUT, site_id)
    os.makedirs(d, exist_ok=True)
    assert len(articles) == 18, (site_id, len(articles))
    for i, art in enumerate(articles, 1):
        lines = assemble(i, art, rng, articles)
        hdr = [f"id: {site_id}-{i:02d}", f"lang: {lang}", "kind: positive",
               f"url: https://{host}/{art['sec']}/{art['slug']}", "---"]
        with open(os.path.join(d, f"page-{i:02d}.txt"), "w", encoding="utf-8") as f:
            f.write("\n".join(hdr + lines) + "\n")

def insert_after(body, idx, line):
    idx = min(idx, len(body))
    return body[:idx] + [line] + body[idx:]
