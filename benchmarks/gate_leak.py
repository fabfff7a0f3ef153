"""How many languages the language gate lets read each document, and which ones leak.

A language's rules run on a document only when the gate finds the language plausible
(its script, its function words, its letters). Every language let through on a page
that is not in it costs scan time and risks its rules' false positives. Printed:

- on AEB's gold article texts (third-party pages, read here and never copied): per
  document, how many gated languages the gate lets through, and which languages it let
  read how many documents whose own language is another (AEB is mostly English);
- on each language's own corpus cases: the same count, and how many of its cases the
  gate failed to let its own rules read (that must stay 0).

Usage::

    .venv/bin/python benchmarks/gate_leak.py [--aeb DIR] [--corpus DIR] [--words]

``--words`` also prints, per leaking language, the function words and letters that let
it through on the AEB texts, so that a colliding word can be taken out of its list.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import Counter
from pathlib import Path

from cleanbody.config import SHORT_BLOCK_CHARS
from cleanbody.evaluate.corpus import load_corpus
from cleanbody.rules.gate import language_gate

ROOT = Path(__file__).resolve().parent.parent


def _long_text(text: str) -> str:
    """The document as the engine hands it to the gate: its long blocks, lowercased."""
    lines = [line.lower() for line in text.splitlines()]
    return "\n".join(line for line in lines if len(line) > SHORT_BLOCK_CHARS)


def _summary(counts: list[int]) -> str:
    if not counts:
        return "no documents"
    return (
        f"{len(counts)} documents, languages let through: median {statistics.median(counts)}, "
        f"mean {statistics.fmean(counts):.2f}, max {max(counts)}"
    )


def _why(text: str, language: str) -> list[str]:
    """The function words and letters of ``language`` found in ``text``."""
    gate = language_gate()
    padded = " " + " ".join(text.replace("\n", " ").split()) + " "
    words = [
        key.strip()
        for key, languages in gate.word_keys().items()
        if language in languages and key in padded
    ]
    letters = sorted(set(text) & gate.letters(language))
    return words + [f"letter {letter}" for letter in letters]


def aeb(folder: Path, words: bool) -> None:
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    gate = language_gate()
    counts: list[int] = []
    leaks: Counter[str] = Counter()
    reasons: dict[str, Counter[str]] = {}
    english = 0
    for page in truth.values():
        text = _long_text(page["articleBody"])
        if not text:
            continue
        allowed = gate.allowed(text) or frozenset()
        counts.append(len(allowed))
        if not text.isascii() and not _mostly_ascii(text):
            continue  # not an English page: its own language is no leak
        english += 1
        for language in allowed:
            leaks[language] += 1
            if words:
                reasons.setdefault(language, Counter()).update(_why(text, language))
    print(f"AEB gold texts: {_summary(counts)}")
    print(f"  on its {english} English pages, languages let through (pages):")
    print("  " + ", ".join(f"{lang} {n}" for lang, n in leaks.most_common()) or "  none")
    for language, why in sorted(reasons.items(), key=lambda item: -leaks[item[0]]):
        print(f"    {language}: " + ", ".join(f"{w} {n}" for w, n in why.most_common(12)))


def _mostly_ascii(text: str) -> bool:
    letters = [char for char in text if char.isalpha()]
    return sum(char.isascii() for char in letters) >= 0.98 * max(len(letters), 1)


def corpus(folder: Path) -> None:
    gate = language_gate()
    per_language: dict[str, list[int]] = {}
    missed: Counter[str] = Counter()
    for case in load_corpus(folder):
        language = case.fields.get("lang", "")
        text = _long_text(case.text)
        if not text or language not in gate.known:
            continue
        allowed = gate.allowed(text) or frozenset()
        per_language.setdefault(language, []).append(len(allowed))
        if language not in allowed:
            missed[language] += 1
    print(f"corpus ({folder.name}): languages let through per case, and own language missed")
    for language, counts in sorted(per_language.items()):
        print(
            f"  {language}: {len(counts)} cases, median {statistics.median(counts)}, "
            f"mean {statistics.fmean(counts):.2f}, max {max(counts)}, "
            f"own language missed {missed[language]}"
        )
    everything = [count for counts in per_language.values() for count in counts]
    print(f"  all: {_summary(everything)}; own language missed {sum(missed.values())}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--aeb", type=Path, default=ROOT.parent / "shared/benchmarks/aeb")
    parser.add_argument("--corpus", type=Path, default=ROOT / "corpus")
    parser.add_argument("--words", action="store_true", help="print what lets each leak in")
    args = parser.parse_args(argv)
    if (args.aeb / "ground-truth.json").is_file():
        aeb(args.aeb, args.words)
    else:
        print(f"no ground-truth.json in {args.aeb}; pass --aeb DIR", file=sys.stderr)
    corpus(args.corpus)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
