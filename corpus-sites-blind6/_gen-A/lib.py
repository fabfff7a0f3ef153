import os, random, re
CATS = {"appeal","paywall","newsletter","social","share","cookie","related","ad","legal",
        "ui","comments","app","audio","navigation"}
ROOT = "/work/sites-blind6"

def B(cat, text):
    assert cat in CATS, cat
    return "[%s] %s" % (cat, text)

def write_page(site, n, lang, url, lines):
    d = os.path.join(ROOT, site)
    os.makedirs(d, exist_ok=True)
    for l in lines:
        assert l.strip() == l and l, repr(l)
        assert "\n" not in l
    head = ["id: %s-%02d" % (site, n), "lang: " + lang, "kind: positive", "url: " + url, "---"]
    with open(os.path.join(d, "page-%02d.txt" % n), "w", encoding="utf-8") as f:
        f.write("\n".join(head + lines) + "\n")

def article_lines(a):
    """headline, standfirst, byline, caption (+credit returned separately), body"""
    out = [a["h"]]
    if a.get("s"):
        out.append(a["s"])
    out.append(a["by"])
    return out
