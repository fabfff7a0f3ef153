"""Audit cleanbody's removals on real pages line by line against their gold text.

For every page of AEB (``ground-truth.json``) and of Mozilla Readability's test pages
(``expected.html``), the page is cleaned as HTML and each removed line of at least
``--min-chars`` word characters is looked up in the page's gold text (lowercased, words
only). A removed line found in the gold is article text the rules took: the figure the
project must keep near zero. Printed: lines removed and found in the gold, per set, per
position (``dom``: pruned before extraction; otherwise from the extracted text), per rule;
pages that lost a gold line; pages flagged ``paywalled`` or ``truncated``.

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

import lxml.html
from aeb import load_pages

import cleanbody

SHARED = Path("/work/shared/benchmarks")
_NOT_WORD = re.compile(r"[\W_]+")
# Lines many gold texts keep although they are boilerplate of a kind cleanbody removes:
# copyright and syndication lines, "Related:" inserts, newsletter and follow prompts. A gold
# line lost to a removal is counted apart when one of these (written independently of the
# rules) matches it; the rest is clearly article text.
_KEPT_BY_GOLD = re.compile(
    r"(?:[©ⓒ]|저작권|\(c\)|\bcopyright\b|all rights reserved|originally (?:published|appeared)"
    r"|\b(?:re)?printed (?:on|with|by)\b|appeared (?:on|in) |^\W*(?:related|read more|see also"
    r"|lire aussi|leggi anche|more)\s*:|continue reading the main story|\bnewsletter\b"
    r"|\bsign up\b|^\W*follow \S+(?: \S+){0,3} on\b|affiliate links?|\bdisclaimer\b)",
    re.IGNORECASE,
)


def _normal(text: str) -> str:
    return _NOT_WORD.sub(" ", text.lower()).strip()


def readability_pages(root: Path) -> Iterator[tuple[str, str, str, str]]:
    """(id, url, html, gold) for each Readability test page; gold is expected.html's text."""
    for folder in sorted((root / "test-pages").iterdir()):
        source, expected = folder / "source.html", folder / "expected.html"
        if not (source.is_file() and expected.is_file()):
            continue
        gold = lxml.html.fromstring(expected.read_bytes()).text_content()
        yield folder.name, "", source.read_text(encoding="utf-8", errors="replace"), gold


SETS = {"aeb": ("aeb", load_pages), "readability": ("readability", readability_pages)}


def audit(
    name: str, pages: Iterable[tuple[str, str, str, str]], show: bool, min_chars: int
) -> dict[str, Any]:
    """Clean every page and count removed lines of ``min_chars`` or more found in its gold."""
    removed = lost = 0
    by_position: Counter[str] = Counter()
    lost_by_position: Counter[str] = Counter()
    lost_by_rule: Counter[str] = Counter()
    clear = 0
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
        gold_normal = f" {_normal(gold)} "
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
                if f" {normal} " in gold_normal:
                    lost += 1
                    if not _KEPT_BY_GOLD.search(line):
                        clear += 1
                        pages_losing_article.add(page_id)
                    lost_by_position[position] += 1
                    pages_losing.add(page_id)
                    for rule in removal.rules:
                        lost_by_rule[rule] += 1
                    if show:
                        print(f"{name}/{page_id} {removal.rules}: {line[:160]}", file=sys.stderr)
    precision = 1 - lost / removed if removed else 1.0
    return {
        "pages": count,
        "removed_lines": removed,
        "lost_lines": lost,
        "precision": round(precision, 4),
        "by_position": {p: [by_position[p], lost_by_position[p]] for p in sorted(by_position)},
        "clearly_article": clear,
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
            f"in gold {report['lost_lines']} (precision {report['precision']:.3f}); "
            f"pages losing a gold line {report['pages_losing_gold']} "
            f"({report['pages_losing_share']:.1%}); flagged {report['flagged']}"
        )
        print(
            f"  of which clearly article (not copyright, syndication, related, newsletter or "
            f"follow lines): {report['clearly_article']} lines on "
            f"{report['pages_losing_article']} pages ({report['pages_losing_article_share']:.1%})"
        )
        print(f"  by position [removed, in gold]: {report['by_position']}")
        print(f"  in gold by rule: {report['lost_by_rule']}")
    if args.json:
        args.json.write_text(json.dumps(table, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
