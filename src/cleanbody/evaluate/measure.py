"""Measure cleanbody on the labelled corpus, next to the baselines a user would reach for.

Run ``python -m cleanbody.evaluate corpus`` (``--help`` for the options). Figures are per
line: ``article_loss`` is the share of gold article lines removed, ``boilerplate_recall``
the share of gold boilerplate lines removed, ``exact`` the share of documents whose output
keeps exactly the gold article lines.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cleanbody.api import clean
from cleanbody.config import MODES, Config
from cleanbody.evaluate.corpus import KINDS, Case, corpus_hash, language_hashes, load_corpus
from cleanbody.result import Result

__all__ = [
    "Outcome",
    "c4_line_baseline",
    "check_floors",
    "evaluate",
    "main",
    "removed_lines",
    "summarise",
    "update_floors",
]

#: One baseline or cleanbody mode: a case in, one flag per line (True = removed) out.
Cleaner = Callable[[Case], list[bool]]


@dataclass(frozen=True)
class Outcome:
    """What one cleaner did to one case, line by line."""

    case: Case
    removed: list[bool]

    def lost(self) -> list[str]:
        """Article lines that were removed."""
        return [
            line.strip()
            for (line, category), gone in zip(self.case.lines, self.removed, strict=True)
            if gone and category is None and line.strip()
        ]

    def left(self) -> list[tuple[str, str]]:
        """Boilerplate lines (with their category) that stayed."""
        return [
            (line.strip(), category)
            for (line, category), gone in zip(self.case.lines, self.removed, strict=True)
            if not gone and category is not None
        ]


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    offset = 0
    for line in text.split("\n"):
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    return spans


def cleanbody_cleaner(config: Config) -> Cleaner:
    """Return a cleaner running :func:`cleanbody.clean` with ``config``."""

    def run(case: Case) -> list[bool]:
        return removed_lines(case, clean(case.text, config))

    return run


def removed_lines(case: Case, result: Result) -> list[bool]:
    """One flag per line of ``case``: whether a removal of ``result`` covers the line."""
    flags = []
    for (start, _end), (line, _) in zip(_line_spans(case.text), case.lines, strict=True):
        lead = len(line) - len(line.lstrip())
        body_start, body_end = start + lead, start + len(line.rstrip())
        flags.append(
            body_start < body_end
            and any(m.start <= body_start and body_end <= m.end for m in result.removed)
        )
    return flags


def unchanged_baseline(case: Case) -> list[bool]:
    """The text as it is: nothing removed."""
    return [False] * len(case.lines)


def c4_line_baseline() -> tuple[Cleaner, str]:
    """C4's line rules, from datatrove's ``C4QualityFilter`` when it is installed.

    Document-level rules (too few sentences, curly brackets, lorem ipsum) are switched
    off: they drop whole pages, which says nothing about lines.
    """
    try:
        import datatrove  # noqa: PLC0415
        from datatrove.data import Document  # noqa: PLC0415  (optional extra)
        from datatrove.pipeline.filters import C4QualityFilter  # noqa: PLC0415
    except ImportError:
        return _c4_fallback, "C4 line rules (cleanbody's own copy; datatrove not installed)"
    version = getattr(datatrove, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version  # noqa: PLC0415

        version = dist_version("datatrove")
    line_filter = C4QualityFilter(
        min_num_sentences=-1,
        filter_lorem_ipsum=False,
        filter_curly_bracket=False,
        remove_citations=False,
    )

    def run(case: Case) -> list[bool]:
        doc = Document(text=case.text, id=case.id)
        line_filter.filter(doc)
        return _kept_to_flags(case, doc.text.split("\n"))

    return run, f"C4 line rules (datatrove {version} C4QualityFilter)"


def _kept_to_flags(case: Case, kept: list[str]) -> list[bool]:
    flags = []
    position = 0
    for line, _ in case.lines:
        if position < len(kept) and line.strip() == kept[position]:
            flags.append(False)
            position += 1
        else:
            flags.append(bool(line.strip()))
    return flags


def _c4_fallback(case: Case) -> list[bool]:
    policy = (
        "terms of use",
        "privacy policy",
        "cookie policy",
        "uses cookies",
        "use of cookies",
        "use cookies",
    )
    flags = []
    for line, _ in case.lines:
        text = line.strip()
        lowered = text.lower()
        keep = (
            text.endswith((".", "?", "!", '"', "'"))
            and not text.endswith("...")
            and len(text.split()) >= 3
            and "javascript" not in lowered
            and not any(phrase in lowered for phrase in policy)
        )
        flags.append(bool(text) and not keep)
    return flags


def _ratio(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def summarise(outcomes: Sequence[Outcome], worst: int = 10) -> dict[str, Any]:
    """Aggregate line-level outcomes into the figures the README and the gate use."""
    article = lost = boiler = caught = exact = 0
    negatives = negatives_clean = 0
    per_category: dict[str, list[int]] = {}
    per_language: dict[str, list[int]] = {}
    for outcome in outcomes:
        case_article = case_lost = case_boiler = case_caught = 0
        for (line, category), gone in zip(outcome.case.lines, outcome.removed, strict=True):
            if not line.strip():
                continue
            if category is None:
                case_article += 1
                case_lost += gone
            else:
                case_boiler += 1
                case_caught += gone
                counts = per_category.setdefault(category, [0, 0])
                counts[0] += 1
                counts[1] += gone
        is_exact = case_lost == 0 and case_caught == case_boiler
        article += case_article
        lost += case_lost
        boiler += case_boiler
        caught += case_caught
        exact += is_exact
        if outcome.case.kind == "negative":
            negatives += 1
            negatives_clean += case_lost == 0
        language = per_language.setdefault(outcome.case.lang, [0] * 8)
        negative = outcome.case.kind == "negative"
        for slot, value in enumerate(
            (
                1,
                case_article,
                case_lost,
                case_boiler,
                case_caught,
                is_exact,
                negative,
                negative and case_lost == 0,
            )
        ):
            language[slot] += value
    ranked = sorted(
        (o for o in outcomes if o.lost() or o.left()),
        key=lambda o: (-(2 * len(o.lost()) + len(o.left())), o.case.id),
    )
    return {
        "cases": len(outcomes),
        "article_loss": _ratio(lost, article),
        "boilerplate_recall": _ratio(caught, boiler),
        "exact": _ratio(exact, len(outcomes)),
        "negatives_untouched": _ratio(negatives_clean, negatives),
        "article_lines": article,
        "boilerplate_lines": boiler,
        "per_category": {
            key: {"lines": total, "recall": _ratio(hit, total)}
            for key, (total, hit) in sorted(per_category.items())
        },
        "per_language": {
            key: {
                "cases": row[0],
                "article_loss": _ratio(row[2], row[1]),
                "boilerplate_recall": _ratio(row[4], row[3]),
                "exact": _ratio(row[5], row[0]),
                "negatives_untouched": _ratio(row[7], row[6]),
            }
            for key, row in sorted(per_language.items())
        },
        "worst": [
            {"id": o.case.id, "path": o.case.path, "lost": o.lost(), "left": o.left()}
            for o in ranked[:worst]
        ],
    }


def evaluate(
    root: str | Path, modes: Sequence[str] = ("balanced",), baselines: bool = True, worst: int = 10
) -> dict[str, Any]:
    """Evaluate cleanbody (one entry per mode) and the baselines on the corpus at ``root``."""
    cases = load_corpus(root)
    categories: dict[str, int] = {}
    for case in cases:
        for category in case.categories:
            categories[category] = categories.get(category, 0) + 1
    report: dict[str, Any] = {
        "corpus": str(root),
        "corpus_hash": corpus_hash(root),
        "language_hashes": language_hashes(root),
        "cases": len(cases),
        "languages": sorted({case.lang for case in cases}),
        "kinds": {kind: sum(case.kind == kind for case in cases) for kind in KINDS},
        "categories": dict(sorted(categories.items())),
        "systems": {},
    }
    systems: list[tuple[str, Cleaner]] = [
        (f"cleanbody ({mode})", cleanbody_cleaner(Config(mode=mode)))  # type: ignore[arg-type]
        for mode in modes
    ]
    if baselines:
        c4, c4_name = c4_line_baseline()
        systems += [("unchanged", unchanged_baseline), (c4_name, c4)]
    for name, cleaner in systems:
        outcomes = [Outcome(case, cleaner(case)) for case in cases]
        report["systems"][name] = summarise(outcomes, worst)
    primary = report["systems"][f"cleanbody ({modes[0]})"]
    for key in ("article_loss", "boilerplate_recall", "exact", "negatives_untouched"):
        report[key] = primary[key]
    report["per_category"] = primary["per_category"]
    report["per_language"] = primary["per_language"]
    report["worst"] = primary["worst"]
    return report


def format_report(report: dict[str, Any]) -> str:
    """Render a report as the table the README shows, plus the worst cases."""
    lines = [
        f"corpus: {report['corpus']}  cases: {report['cases']}  "
        f"languages: {len(report['languages'])} ({' '.join(report['languages'])})",
        f"kinds: {report['kinds']}",
        "",
        f"| {'system':<58} | article_loss | boilerplate_recall | exact | negatives untouched |",
        f"|{'-' * 60}|-------------:|-------------------:|------:|--------------------:|",
    ]
    for name, figures in report["systems"].items():
        lines.append(
            f"| {name:<58} | {figures['article_loss']:12.4f} "
            f"| {figures['boilerplate_recall']:18.4f} | {figures['exact']:5.3f} "
            f"| {figures['negatives_untouched']:19.3f} |"
        )
    lines += ["", "per category (recall of boilerplate lines):"]
    for key, row in report["per_category"].items():
        lines.append(f"  {key:<11} lines {row['lines']:4d}  recall {row['recall']:.3f}")
    lines += ["", "per language:"]
    for key, row in report["per_language"].items():
        lines.append(
            f"  {key}  cases {row['cases']:3d}  loss {row['article_loss']:.4f}  "
            f"recall {row['boilerplate_recall']:.3f}  exact {row['exact']:.3f}"
        )
    if report["worst"]:
        lines += ["", "worst cases:"]
    for item in report["worst"]:
        lines.append(f"  {item['id']} ({item['path']})")
        lines.extend(f"    LOST  {text[:110]}" for text in item["lost"])
        lines.extend(f"    LEFT  [{category}] {text[:100]}" for text, category in item["left"])
    return "\n".join(lines)


#: Where the gate's floors live, beside the corpus they were measured on.
FLOORS_FILE = "floors.json"
#: Figures the gate pins, and which way is better for each.
_HIGHER_IS_BETTER = {
    "article_loss": False,
    "boilerplate_recall": True,
    "exact": True,
    "negatives_untouched": True,
}


def check_floors(report: dict[str, Any], floors: dict[str, Any]) -> list[str]:
    """Return one line per figure that is worse than its pinned floor (empty: all good).

    Floors are pinned per language folder, each with the hash of its cases: a new
    language gets its own floors and never moves another's.
    """
    problems: list[str] = []
    pin = "pin its floors with 'python -m cleanbody.evaluate corpus --update-floors'"
    hashes = report["language_hashes"]
    pinned_languages = floors.get("languages", {})
    problems.extend(
        f"corpus/{language} has no floors yet: measure it and {pin}"
        for language in sorted(set(hashes) - set(pinned_languages))
    )
    for language, pinned in sorted(pinned_languages.items()):
        if language not in hashes:
            problems.append(f"corpus/{language} is gone: {pin} again")
            continue
        if pinned["hash"] != hashes[language]:
            problems.append(f"corpus/{language} changed since its floors were pinned: {pin}")
        for mode, figures_pinned in pinned["modes"].items():
            system = report["systems"].get(f"cleanbody ({mode})")
            if system is None:
                problems.append(f"mode {mode} was not measured")
                continue
            figures = system["per_language"].get(language, {})
            for key, floor in figures_pinned.items():
                value = figures.get(key)
                if value is None:
                    continue
                worse = value < floor if _HIGHER_IS_BETTER[key] else value > floor
                if worse:
                    problems.append(
                        f"{language} {mode}: {key} is {value}, worse than its floor {floor}"
                    )
    return problems


def _changelog_says_why(changelog: Path | None) -> bool:
    """Whether the Unreleased section of the changelog mentions a floor going down."""
    if changelog is None or not changelog.exists():
        return False
    text = changelog.read_text(encoding="utf-8")
    unreleased = text.split("## [Unreleased]", 1)[-1].split("\n## [", 1)[0]
    return "floor" in unreleased.lower()


def update_floors(
    report: dict[str, Any], path: Path, allow_lower: bool, changelog: Path | None = None
) -> list[str]:
    """Pin the report's figures as the new floors; refuse to lower one unless allowed.

    Lowering needs ``allow_lower`` and a line in the changelog's Unreleased section that
    mentions the floor and says why. Returns the refused changes (empty: pinned).
    """
    old = json.loads(path.read_text()) if path.exists() else {}
    old_languages = old.get("languages", {})
    new: dict[str, Any] = {"languages": {}}
    lowered = []
    for language, digest in report["language_hashes"].items():
        entry: dict[str, Any] = {"hash": digest, "modes": {}}
        for name, system in report["systems"].items():
            if not name.startswith("cleanbody ("):
                continue
            mode = name.removeprefix("cleanbody (").removesuffix(")")
            figures = system["per_language"].get(language, {})
            entry["modes"][mode] = {
                key: figures[key] for key in _HIGHER_IS_BETTER if figures.get(key) is not None
            }
            before_figures = old_languages.get(language, {}).get("modes", {}).get(mode, {})
            for key, better_high in _HIGHER_IS_BETTER.items():
                before, value = before_figures.get(key), figures.get(key)
                if before is None or value is None:
                    continue
                if value < before if better_high else value > before:
                    lowered.append(f"{language} {mode}: {key} {before} -> {value}")
        new["languages"][language] = entry
    if lowered and not allow_lower:
        return lowered
    if lowered and not _changelog_says_why(changelog):
        return [*lowered, "CHANGELOG.md's Unreleased section must say why a floor goes down"]
    path.write_text(json.dumps(new, indent=2, sort_keys=True) + "\n")
    return []


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m cleanbody.evaluate CORPUS [--json FILE] [--mode MODE]``.

    ``python -m cleanbody.evaluate sites DIR`` measures site memory instead
    (:mod:`cleanbody.evaluate.sites`; a corpus folder named ``sites`` is ``./sites``).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["sites"]:
        from cleanbody.evaluate.sites import sites_main  # noqa: PLC0415  (a command of its own)

        return sites_main(arguments[1:])
    parser = argparse.ArgumentParser(
        prog="python -m cleanbody.evaluate", description=__doc__.splitlines()[0]
    )
    parser.add_argument("corpus", help="the corpus folder, e.g. corpus")
    parser.add_argument("--json", metavar="FILE", help="also write the full report as JSON")
    parser.add_argument(
        "--mode",
        action="append",
        choices=MODES,
        help="cleanbody mode to measure (repeatable; default: all three, balanced first)",
    )
    parser.add_argument("--no-baselines", action="store_true", help="skip the baselines")
    parser.add_argument("--worst", type=int, default=10, help="how many worst cases to list")
    parser.add_argument(
        "--update-floors",
        action="store_true",
        help=f"pin the measured figures as the gate's floors (CORPUS/{FLOORS_FILE})",
    )
    parser.add_argument(
        "--allow-lower",
        action="store_true",
        help="let --update-floors lower a floor (say why in CHANGELOG.md)",
    )
    args = parser.parse_args(arguments)
    modes = args.mode or ["balanced", "conservative", "aggressive"]
    try:
        report = evaluate(args.corpus, modes, baselines=not args.no_baselines, worst=args.worst)
    except ValueError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(format_report(report))
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n")
    if args.update_floors:
        changelog = Path(args.corpus).resolve().parent / "CHANGELOG.md"
        refused = update_floors(
            report, Path(args.corpus) / FLOORS_FILE, args.allow_lower, changelog
        )
        if refused:
            print(
                "error: these floors would go down; pass --allow-lower and add a line to "
                "CHANGELOG.md saying why:\n  " + "\n  ".join(refused),
                file=sys.stderr,
            )
            return 1
        print(f"\nfloors pinned in {Path(args.corpus) / FLOORS_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
