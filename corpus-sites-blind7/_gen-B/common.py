import os, random
OUT = "/work/sites-blind7"

def write_site(site_id, lang, host, articles, build, seed):
    assert len(articles) == 18, (site_id, len(articles))
    d = os.path.join(OUT, site_id)
    os.makedirs(d, exist_ok=True)
    for i, art in enumerate(articles):
        rng = random.Random(seed * 100 + i)
        lines = build(i, art, rng)
        for l in lines:
            assert l.strip() == l and l, (site_id, i, repr(l))
        url = f"https://{host}/{art['sec_slug']}/{art['slug']}"
        with open(os.path.join(d, f"page-{i+1:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(f"id: {site_id}-{i+1:02d}\nlang: {lang}\nkind: positive\nurl: {url}\n---\n")
            f.write("\n".join(lines) + "\n")

def M(cat, text):
    return f"[{cat}] {text}"
