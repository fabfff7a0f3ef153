"""Shared helpers for the sites-blind14 generator (writer A)."""
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

CATEGORIES = ("appeal paywall newsletter social share cookie related ad legal ui "
              "comments app audio navigation").split()


def expand(body, series):
    """Replace @-markers in an article body with the series' shared lines."""
    out = []
    for line in body:
        if line.startswith("@"):
            out.append(series[line[1:]])
        else:
            out.append(line)
    return out


def insert_after(body_items, pos, block):
    """Insert a list of (cat, text) after body paragraph index pos (0-based)."""
    pos = max(0, min(pos, len(body_items) - 1))
    return body_items[:pos + 1] + block + body_items[pos + 1:]


def render(site, n, lang, host, section, slug, lines):
    out = [
        f"id: sb14-{site}-{n:02d}",
        f"lang: {lang}",
        "kind: positive",
        f"url: https://{host}/{section}/{slug}",
        "---",
    ]
    for cat, text in lines:
        assert cat is None or cat in CATEGORIES, cat
        assert text == text.strip() and text, repr(text)
        out.append(f"[{cat}] {text}" if cat else text)
    return "\n".join(out) + "\n"


def write_site(site, lang, host, articles, build):
    d = os.path.join(ROOT, f"sb14-{site}")
    os.makedirs(d, exist_ok=True)
    assert len(articles) == 18, (site, len(articles))
    for i, art in enumerate(articles):
        lines = build(i, art, articles)
        txt = render(site, i + 1, lang, host, art["section"], art["slug"], lines)
        with open(os.path.join(d, f"page-{i + 1:02d}.txt"), "w", encoding="utf-8") as f:
            f.write(txt)
    return d
