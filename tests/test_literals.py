"""The literals a pattern needs: sound (never skip a block that matches) and useful."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from cleanbody.evaluate.corpus import load_corpus
from cleanbody.rules import Rule, load_rules
from cleanbody.rules.literals import ALWAYS, _as_stdlib, checker, requirement
from cleanbody.rules.model import _branches
from cleanbody.text.blocks import split_blocks
from cleanbody.text.evidence import _lowered

RULES = load_rules()
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _ids(rule: Rule) -> str:
    return rule.id


def _stdlib(pattern: str) -> re.Pattern[str] | None:
    """The pattern as ``re`` understands it, when it does (for generating matches)."""
    try:
        return re.compile(_as_stdlib(pattern))
    except re.error:
        return None


@pytest.mark.parametrize(
    ("pattern", "text", "expected"),
    [
        (r"subscribe\s+to\s+our\s+newsletter", "subscribe to our newsletter", True),
        (r"subscribe\s+to\s+our\s+newsletter", "subscribe to our channel", False),
        (r"(?:read|see)\s+also:", "see also: the budget", True),
        (r"(?:read|see)\s+also:", "read on, also", False),
        (r"follow\s+(?-i:\p{Lu})\w+\s+on\s+x", "Follow Gazette on X", True),
        (r"(?:donate)?\s*today", "today", True),  # an optional part asks for nothing
        (r"s[ií]guenos\s+en", "síguenos en", True),
        (r"s[ií]guenos\s+en", "seguimos en", False),
        (r"(?=.*newsletter)sign\s+up", "sign up for the newsletter", True),
    ],
)
def test_requirement_examples(pattern: str, text: str, expected: bool) -> None:
    """A requirement holds in text the pattern matches and fails on near misses."""
    assert checker(requirement(pattern))(_lowered(text)) is expected
    assert bool(regex.search(pattern, text, regex.IGNORECASE)) is expected


def test_requirement_knows_nothing_rather_than_guess() -> None:
    """Patterns with no long literal, or that re cannot parse, ask for nothing."""
    assert requirement(r"^\W*(?:ok|x|no)\W*$") == ALWAYS
    assert requirement(r"(?|a(b)|c(d))") == ALWAYS  # a regex-only form
    # "ſ" matches "s" and "S" case-insensitively but lowercases to itself: left out.
    assert requirement(r"ſubscribe") == "ubscribe"


def test_most_rules_have_a_requirement() -> None:
    """The analysis understands most bundled patterns (otherwise it saves nothing)."""
    known = [rule for rule in RULES if requirement(rule.pattern) != ALWAYS]
    assert len(known) >= 0.8 * len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_requirement_holds_on_every_example_the_rule_matches(rule: Rule) -> None:
    """Each branch's literals occur in every example that branch matches."""
    for part in _branches(rule.pattern):
        check = checker(requirement(part))
        branch = regex.compile(part, regex.IGNORECASE | regex.V0)
        for example in (*rule.remove, *rule.keep):
            if branch.search(example):
                assert check(_lowered(example)), (rule.id, part, example)


def test_requirement_holds_on_every_corpus_block_a_rule_matches() -> None:
    """No corpus block that a rule matches lacks the literals of the rule's pattern."""
    blocks = [
        (block.text, _lowered(block.text))
        for case in load_corpus(CORPUS)
        for block in split_blocks(case.text)
    ]
    for rule in RULES:
        needed = requirement(rule.pattern)
        if needed == ALWAYS:
            continue
        check = checker(needed)
        for text, lowered in blocks:
            if not check(lowered):
                assert rule.compiled.search(text) is None, (rule.id, text)


@settings(
    max_examples=300, suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow]
)
@given(data=st.data(), rule=st.sampled_from([r for r in RULES if _stdlib(r.pattern)]))
def test_requirement_holds_on_generated_matches(data: st.DataObject, rule: Rule) -> None:
    """Strings generated from a rule's pattern (case-insensitively) hold its literals."""
    pattern = _stdlib(rule.pattern)
    assert pattern is not None
    text = data.draw(st.from_regex(re.compile(pattern.pattern, re.IGNORECASE)))
    # Characters whose lowercase is longer or folds elsewhere ("İ", "ſ") match through
    # re's case tables but not the regex module's; the triggers share this limit.
    assume(all(len(char.lower()) == 1 and char.lower() == char.casefold() for char in text))
    assert checker(requirement(rule.pattern))(" ".join(text.lower().split()))
