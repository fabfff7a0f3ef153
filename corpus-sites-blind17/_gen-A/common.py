"""Shared helpers for writer A's generator (sites-blind17)."""
import os

CATS = ("appeal", "paywall", "newsletter", "social", "share", "cookie",
        "related", "ad", "legal", "ui", "comments", "app", "audio",
        "navigation")

OUT_ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


class Page:
    """Collects (category, text) items; category None means article text."""

    def __init__(self):
        self.items = []

    def bp(self, cat, text):
        assert cat in CATS, cat
        self.items.append((cat, text))

    def art(self, text):
        assert text and not text.startswith("["), text
        self.items.append((None, text))

    def arts(self, lines):
        for t in lines:
            self.art(t)


def expand_series(lines, series_block):
    """Replace the '@S' marker by the running-series lines."""
    out = []
    for t in lines:
        if t == "@S":
            out.extend(series_block)
        else:
            out.append(t)
    return out


def split_mid(body):
    """Split article body at the '@M' marker (or roughly in the middle)."""
    if "@M" in body:
        i = body.index("@M")
        return body[:i], body[i + 1:]
    i = max(1, (len(body) + 1) // 2)
    return body[:i], body[i:]


def thousands(n, sep):
    s = f"{n:,}"
    return s.replace(",", sep)


def reading_minutes(lines):
    words = sum(len(t.split()) for t in lines)
    return max(2, round(words / 180 + 0.5))


def write_site(site, lang, host, build, n_pages=18):
    folder = os.path.join(OUT_ROOT, f"sb17-{site}")
    os.makedirs(folder, exist_ok=True)
    for n in range(1, n_pages + 1):
        path_part, page = build(n)
        head = [f"id: sb17-{site}-{n:02d}", f"lang: {lang}", "kind: positive",
                f"url: https://{host}/{path_part}", "---"]
        body = []
        for cat, text in page.items:
            body.append(f"[{cat}] {text}" if cat else text)
        with open(os.path.join(folder, f"page-{n:02d}.txt"), "w",
                  encoding="utf-8") as f:
            f.write("\n".join(head + body) + "\n")
    return folder
