"""Audit cleanbody's removals on real pages line by line against their gold text.

For every page of AEB (``ground-truth.json``) and of Mozilla Readability's test pages
(``expected.html``), the page is cleaned as HTML and each removed line of at least
``--min-chars`` word characters is looked up in the page's gold text (lowercased, words
only). A removed line is *lost* when the gold holds its words more often than the cleaned
text does: article text the rules took, the figure the project must keep near zero. Two
things the first version of this audit got wrong are handled:

- a short button or label whose words also occur inside a gold sentence ("More
  information" in a cookie banner, "More information: G. Petit et al." in the article) is
  not lost while the cleaned text still holds that sentence;
- a gold sentence glued to a button in the same removed line ("<quote>Click To Tweet") is
  found by its 4-word shingles (at least half of the line's), not missed for the button.

Printed: lines removed and lost, per set, per position (``dom``: pruned before extraction;
otherwise from the extracted text), per rule; pages that lost a gold line; pages flagged
``paywalled`` or ``truncated``; and, for comparison, the first version's count (removed
lines found anywhere in the gold, whether or not the cleaned text still holds them).

Usage::

    .venv/bin/python benchmarks/removal_audit.py [--set aeb|readability|all]
        [--show] [--json FILE]

``--show`` prints each lost line (with its page and rules) to standard error, to read,
never to copy: the pages are third-party content and stay where they are.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import lxml.html
from aeb import load_pages

import cleanbody

SHARED = Path("/work/shared/benchmarks")
_NOT_WORD = re.compile(r"[\W_]+")
SHINGLE = 4
# A line looked up by shingles needs a few of them (7+ words) and half of them lost: a
# shorter line is a label whose words any article may use.
MIN_SHINGLES = 4
LOST_SHARE = 0.5
# A removed line of fewer words is a gold line only if it is most of one.
SHORT_WORDS = 7
# Lines many gold texts keep although they are boilerplate of a kind cleanbody removes:
# copyright and syndication lines, "Related:" inserts, newsletter and follow prompts. A gold
# line lost to a removal is counted apart when one of these (written independently of the
# rules) matches it, or when it is the whole text of a link to another page (the headlines
# of a related list, which some gold texts keep); the rest is clearly article text.
_KEPT_BY_GOLD = re.compile(
    r"(?:[©ⓒ]|저작권|\(c\)|\bcopyright\b|all rights reserved|originally (?:published|appeared)"
    r"|\b(?:re)?printed (?:on|with|by)\b|appeared (?:on|in) |^\W*(?:related|read more|see also"
    r"|lire aussi|leggi anche|more)\s*:|continue reading the main story|\bnewsletter\b"
    r"|\bsign up\b|^\W*follow \S+(?: \S+){0,3} on\b|affiliate links?|\bdisclaimer\b)",
    re.IGNORECASE,
)


def link_texts(html: str, url: str) -> set[str]:
    """The words of every link to another page of the same site: related lists and menus.

    Links elsewhere (a share intent wrapping a quote to tweet) do not count. The site is
    the page's URL, else its canonical URL; without either, relative links only.
    """
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return set()
    if not url:
        canonical = root.xpath("//link[@rel='canonical']/@href|//meta[@property='og:url']/@content")
        url = str(canonical[0]) if canonical else ""
    site = _host(url)
    texts = set()
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        host = _host(urljoin(url, href)) if url else _host(href)
        if host == site:
            texts.add(_normal(anchor.text_content()))
    return texts


def _host(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


def _normal(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def _shingles(normal: str) -> Counter[tuple[str, ...]]:
    words = normal.split()
    return Counter(tuple(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1))


class Gold:
    """A page's gold text and its cleaned text, ready for looking removed lines up."""

    def __init__(self, gold: str, output: str) -> None:
        self.gold = f" {_normal(gold)} "
        self.gold_lines = [f" {_normal(line)} " for line in gold.splitlines() if line.strip()]
        self.output = f" {_normal(output)} "
        self.gold_shingles = _shingles(self.gold)
        self.output_shingles = _shingles(self.output)

    def _a_line_of_gold(self, normal: str) -> bool:
        """Whether the line is long, or at least half of a gold line that holds it.

        "More information" (a cookie banner's button) is not the gold line "More
        information: G. Petit et al. ..."; a short line must be most of one.
        """
        if len(normal.split()) >= SHORT_WORDS:
            return True
        padded = f" {normal} "
        return any(padded in line and len(line) <= 2 * len(padded) for line in self.gold_lines)

    def found(self, normal: str) -> bool:
        """Whether the line's words occur anywhere in the gold (the first version's test)."""
        return f" {normal} " in self.gold

    def lost(self, normal: str) -> bool:
        """Whether the gold holds the line's words more often than the cleaned text does.

        A line not found whole is looked up by its 4-word shingles: one whose shingles are
        at least half gold text that the cleaned text lacks is lost (a quote with its
        "Click To Tweet" button glued on).
        """
        padded = f" {normal} "
        in_gold = self.gold.count(padded)
        if in_gold:
            return in_gold > self.output.count(padded) and self._a_line_of_gold(normal)
        shingles = _shingles(normal)
        if len(shingles) < MIN_SHINGLES:
            return False
        missing = sum(
            min(count, self.gold_shingles[shingle] - self.output_shingles[shingle])
            for shingle, count in shingles.items()
            if self.gold_shingles[shingle] > self.output_shingles[shingle]
        )
        return missing >= LOST_SHARE * sum(shingles.values())


def readability_pages(root: Path) -> Iterator[tuple[str, str, str, str]]:
    """(id, url, html, gold) for each Readability test page; gold is expected.html's text."""
    for folder in sorted((root / "test-pages").iterdir()):
        source, expected = folder / "source.html", folder / "expected.html"
        if not (source.is_file() and expected.is_file()):
            continue
        gold = lxml.html.fromstring(expected.read_bytes()).text_content()
        yield folder.name, "", source.read_text(encoding="utf-8", errors="replace"), gold


def _kind(line: str, normal: str, page: tuple[str, str], links: dict[str, set[str]]) -> str:
    """What a lost line is: "kept by gold" (boilerplate gold texts keep), "link", "article"."""
    if _KEPT_BY_GOLD.search(line):
        return "kept by gold"
    if normal in links.setdefault("texts", link_texts(*page)):
        return "link"
    return "article"


SETS = {"aeb": ("aeb", load_pages), "readability": ("readability", readability_pages)}


def audit(
    name: str, pages: Iterable[tuple[str, str, str, str]], show: bool, min_chars: int
) -> dict[str, Any]:
    """Clean every page and count removed lines of ``min_chars`` or more found in its gold."""
    removed = lost = found = 0
    by_position: Counter[str] = Counter()
    lost_by_position: Counter[str] = Counter()
    lost_by_rule: Counter[str] = Counter()
    clear = linked = 0
    pages_losing_article: set[str] = set()
    removed_by_rule: Counter[str] = Counter()
    pages_losing: set[str] = set()
    flagged: Counter[str] = Counter()
    count = 0
    for page_id, url, html, gold in pages:
        count += 1
        result = cleanbody.clean(html, url=url or None)
        for flag in ("paywalled", "truncated"):
            if result.metadata.get(flag):
                flagged[flag] += 1
        lookup = Gold(gold, result.text)
        links: dict[str, set[str]] = {}  # the page's link texts, read when first needed
        for removal in result.removed:
            position = "dom" if removal.position == "dom" else "text"
            for line in removal.text.splitlines():
                normal = _normal(line)
                if len(normal) < min_chars:
                    continue
                removed += 1
                by_position[position] += 1
                for rule in removal.rules:
                    removed_by_rule[rule] += 1
                found += lookup.found(normal)
                if lookup.lost(normal):
                    lost += 1
                    kind = _kind(line, normal, (html, url), links)
                    linked += kind == "link"
                    if kind == "article":
                        clear += 1
                        pages_losing_article.add(page_id)
                    lost_by_position[position] += 1
                    pages_losing.add(page_id)
                    for rule in removal.rules:
                        lost_by_rule[rule] += 1
                    if show:
                        print(
                            f"{name}/{page_id} [{kind}] {removal.rules}: {line[:160]}",
                            file=sys.stderr,
                        )
    precision = 1 - lost / removed if removed else 1.0
    return {
        "pages": count,
        "removed_lines": removed,
        "lost_lines": lost,
        "found_in_gold_first_version": found,
        "precision": round(precision, 4),
        "by_position": {p: [by_position[p], lost_by_position[p]] for p in sorted(by_position)},
        "clearly_article": clear,
        "link_lines": linked,
        "pages_losing_article": len(pages_losing_article),
        "pages_losing_article_share": round(len(pages_losing_article) / count, 4) if count else 0.0,
        "pages_losing_gold": len(pages_losing),
        "pages_losing_share": round(len(pages_losing) / count, 4) if count else 0.0,
        "flagged": dict(flagged),
        "lost_by_rule": dict(lost_by_rule.most_common()),
        "removed_by_rule": dict(removed_by_rule.most_common(40)),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the audit and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("aeb", "readability", "all"), default="all")
    parser.add_argument("--data", type=Path, default=SHARED, help="the shared benchmarks folder")
    parser.add_argument("--min-chars", type=int, default=15, help="shorter lines are not counted")
    parser.add_argument("--show", action="store_true", help="print lost lines to stderr")
    parser.add_argument("--json", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    names = ("aeb", "readability") if args.set == "all" else (args.set,)
    table = {}
    for name in names:
        folder, loader = SETS[name]
        table[name] = report = audit(name, loader(args.data / folder), args.show, args.min_chars)
        print(
            f"{name}: {report['pages']} pages; removed lines {report['removed_lines']}, "
            f"lost from the gold {report['lost_lines']} (precision {report['precision']:.3f}; "
            f"found anywhere in the gold {report['found_in_gold_first_version']}); "
            f"pages losing a gold line {report['pages_losing_gold']} "
            f"({report['pages_losing_share']:.1%}); flagged {report['flagged']}"
        )
        print(
            f"  of which the whole text of a link to another page (a related list's "
            f"headline, a menu): {report['link_lines']} lines"
        )
        print(
            f"  of which clearly article (not copyright, syndication, related, newsletter or "
            f"follow lines, nor links): {report['clearly_article']} lines on "
            f"{report['pages_losing_article']} pages ({report['pages_losing_article_share']:.1%})"
        )
        print(f"  by position [removed, in gold]: {report['by_position']}")
        print(f"  in gold by rule: {report['lost_by_rule']}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
