"""``cleanbody rules [ID]``: from a rule id in ``--explain`` to its file, examples and tests."""

from __future__ import annotations

import argparse
import functools
import json
import sys
from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any, Final

import regex

from cleanbody.rules.dom import load_dom_rules, load_link_rules
from cleanbody.rules.learned import MODEL_PREFIX, SITE_RULE_ID
from cleanbody.rules.model import data_folder, list_rules, load_rules
from cleanbody.text.head import HEAD_RULE_ID
from cleanbody.text.markdown import HTML_PREFIX, MARKDOWN_PREFIX

__all__ = ["describe_rule", "rule_names", "rules_main"]


@functools.cache
def rule_names() -> dict[str, str]:
    """Every rule id, text and DOM, with its dotted name (``EN-RE01`` -> ``related.read_more``)."""
    return {rule["id"]: rule["name"] for rule in list_rules()}


# Evidence whose "rule" is code: a site memory's template test, markdown's and an HTML
# page's structure (links and lists).
_IN_CODE: Final = (
    (SITE_RULE_ID, ("text", "repeats.py")),
    (MARKDOWN_PREFIX, ("text", "markdown.py")),
    (HTML_PREFIX, ("html", "links.py")),
    (HEAD_RULE_ID, ("text", "head.py")),
)


def _where(rule_id: str) -> tuple[Path, int]:
    """The data file that holds ``rule_id`` and the line of its ``id``."""
    if rule_id.startswith(MODEL_PREFIX):  # the learned lexicon's pseudo-rules
        return Path(str(resources.files("cleanbody.model") / "data" / "lexicon.json.gz")), 0
    code = next((path for prefix, path in _IN_CODE if rule_id.startswith(prefix)), None)
    if code is not None:
        return Path(str(resources.files("cleanbody").joinpath(*code))), 0
    text_rule = next((rule for rule in load_rules() if rule.id == rule_id), None)
    folder = data_folder()
    if text_rule is not None:
        return Path(str(folder / "rules" / Path(text_rule.source).name)), text_rule.line
    path = Path(str(folder / "dom_rules.toml"))
    wanted = regex.compile(rf"""^\s*id\s*=\s*["']{regex.escape(rule_id)}["']""")
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if wanted.match(line):
            return path, number
    return path, 0


def _examples(rule_id: str) -> tuple[tuple[str, ...], tuple[str, ...], dict[str, Any]]:
    """A rule's examples to remove and to keep, and the fields only some kinds have."""
    for rule in load_rules():
        if rule.id == rule_id:
            extra = {"triggers": list(rule.triggers), "pattern": rule.pattern}
            return rule.remove, rule.keep, extra
    for dom_rule in load_dom_rules():
        if dom_rule.id == rule_id:
            tokens = [" ".join(sequence) for sequence in dom_rule.tokens]
            return dom_rule.remove, dom_rule.keep, {"tokens": tokens}
    for link_rule in load_link_rules():
        if link_rule.id == rule_id:
            return link_rule.remove, link_rule.keep, {"hrefs": list(link_rule.hrefs)}
    return (), (), {}


def describe_rule(rule_id: str) -> dict[str, Any] | None:
    """Everything about one rule: its public fields, file and line, examples and test names.

    >>> described = describe_rule("EN-AP01")
    >>> described["name"], described["file"].endswith("en.toml"), described["line"] > 0
    ('appeal.message_from', True, True)
    >>> describe_rule("XX-ZZ99") is None
    True
    >>> describe_rule("model-appeal")["file"].endswith("lexicon.json.gz")
    True
    """
    public = next((rule for rule in list_rules() if rule["id"].upper() == rule_id.upper()), None)
    if public is None:
        return None
    path, line = _where(public["id"])
    remove, keep, extra = _examples(public["id"])
    return {
        **public,
        **extra,
        "file": str(path),
        "line": line,
        "remove": list(remove),
        "keep": list(keep),
        "tests": _tests(public["id"]),
    }


def _tests(rule_id: str) -> str:
    """The command that runs a rule's tests."""
    if rule_id.startswith(MODEL_PREFIX):
        return "pytest tests/test_model.py"
    if rule_id == SITE_RULE_ID:
        return "pytest tests/test_sites.py"
    if rule_id.startswith(MARKDOWN_PREFIX):
        return "pytest tests/test_markdown.py"
    if rule_id.startswith(HTML_PREFIX):
        return "pytest tests/test_html_links.py"
    if rule_id == HEAD_RULE_ID:
        return "pytest tests/test_regions.py -k section_trail"
    return f"pytest tests/test_rules.py -k {rule_id}-"


def _render(described: dict[str, Any]) -> Iterator[str]:
    yield f"{described['id']}  {described['name']}  ({described['category']}, {described['kind']})"
    yield f"  {described['description']}"
    yield f"  file:      {described['file']}:{described['line']}"
    yield f"  languages: {', '.join(described['languages'])}"
    for key in ("triggers", "tokens", "hrefs"):
        if key in described:
            yield f"  {key + ':':<10} {', '.join(described[key])}"
    if "pattern" in described:
        yield f"  pattern:   {described['pattern']}"
    for kind in ("remove", "keep"):
        for number, example in enumerate(described[kind], start=1):
            yield f"  {kind}-{number}: {example}"
    yield f"  tests:     {described['tests']}"


def rules_main(argv: Sequence[str]) -> int:
    """``cleanbody rules [ID|PREFIX] [--json]``: one rule in full, or a line per rule."""
    parser = argparse.ArgumentParser(
        prog="cleanbody rules",
        description="Show a rule: its file and line, description, pattern and examples.",
    )
    parser.add_argument("rule", nargs="?", help="a rule id (EN-AP03), or a prefix (EN-AP, DOM)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else 2
    wanted = (args.rule or "").upper()
    described = describe_rule(wanted) if wanted else None
    if described is not None:
        print(
            json.dumps(described, ensure_ascii=False, indent=2)
            if args.json
            else "\n".join(_render(described))
        )
        return 0
    listed = [rule for rule in list_rules() if rule["id"].upper().startswith(wanted)]
    if not listed:
        print(
            f"cleanbody rules: no rule has the id or prefix {args.rule!r}; "
            "run 'cleanbody rules' to list them all",
            file=sys.stderr,
        )
        return 2
    if args.json:
        print(json.dumps(listed, ensure_ascii=False, indent=2))
    else:
        for rule in listed:
            print(f"{rule['id']:<10} {rule['name']:<40} {rule['kind']:<8} {rule['description']}")
    return 0
