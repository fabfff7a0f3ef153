"""Every rule's own examples: each must fire where it says and stay quiet where it says."""

from __future__ import annotations

import pytest

import cleanbody
from cleanbody.rules import Rule, RuleError, load_rules, parse_rules, rule_index
from cleanbody.text.evidence import _inside_quotes

RULES = load_rules()
INDEX = rule_index()
# Two paragraphs with no boilerplate, no quotes and no reported speech, in which examples
# are placed to see what the whole engine does with them.
OPENING = (
    "The regional council approved a new budget for the coastal towns on Monday evening, "
    "after a long debate about repairs to the harbour wall and the ferry timetable."
)
CLOSING = (
    "Work on the harbour is due to begin in March and to last eighteen months, and the "
    "ferry will run a reduced service while the crane barges are moored at the pier."
)


def _ids(rule: Rule) -> str:
    return rule.id


def test_rules_exist_in_every_launch_language() -> None:
    """The launch languages each have rules of their own."""
    languages = {language for rule in RULES for language in rule.languages}
    assert {"en", "*"} <= languages


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_rule_pattern_compiles(rule: Rule) -> None:
    """Every bundled pattern compiles (they load uncompiled and compile on first use)."""
    assert rule.compiled.pattern == rule.pattern


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_rule_has_examples_of_both_kinds(rule: Rule) -> None:
    """A rule without examples to remove and to keep is refused."""
    assert rule.remove, f"{rule.id} has no 'remove' examples"
    assert rule.keep, f"{rule.id} has no 'keep' examples"
    assert rule.description, f"{rule.id} has no description"


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_rule_fires_on_its_remove_examples(rule: Rule) -> None:
    """Each 'remove' example contains a trigger and matches the pattern outside quotes."""
    for example in rule.remove:
        candidates = INDEX.candidates([example.lower()])
        assert rule in candidates.get(0, []), (
            f"{rule.id}: no trigger of {rule.triggers} occurs in {example!r} "
            "(triggers of up to 4 letters must start a word, up to 3 be a whole word)"
        )
        match = rule.search(example)
        assert match is not None, f"{rule.id} does not match its example {example!r}"
        if rule.kind != "counter":
            assert not _inside_quotes(example, match.start(), match.end())


@pytest.mark.parametrize("rule", [r for r in RULES if r.kind == "anchor"], ids=_ids)
def test_anchor_examples_are_removed_by_the_engine(rule: Rule) -> None:
    """An anchor's example is removed whole: at the end of an article, or mid-text for inserts."""
    for example in rule.remove:
        if rule.insert:
            text = f"{OPENING}\n{example}\n{CLOSING}"
            expected = f"{OPENING}\n{CLOSING}"
        else:
            text = f"{OPENING}\n{CLOSING}\n{example}"
            expected = f"{OPENING}\n{CLOSING}"
        result = cleanbody.clean(text)
        assert result.text == expected, f"{rule.id}: {example!r} was not removed"
        assert any(rule.id in removal.rules for removal in result.removed)


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_keep_examples_survive_the_engine(rule: Rule) -> None:
    """A 'keep' example stays in the middle and at the end of an article.

    The pattern alone may match a keep example (a cue inside reported speech); what
    counts is that the engine, with its counter-evidence, leaves it in.
    """
    if rule.kind == "counter":
        # A counter rule's keep examples are texts it must not fire on (often appeals).
        assert all(rule.search(example) is None for example in rule.keep)
        return
    for example in rule.keep:
        for text in (f"{OPENING}\n{example}\n{CLOSING}", f"{OPENING}\n{CLOSING}\n{example}"):
            assert cleanbody.clean(text).text == text, f"{rule.id}: {example!r} was removed"


def test_rule_ids_are_unique_and_listed() -> None:
    """list_rules() lists every rule once, with the public fields."""
    listed = cleanbody.list_rules()
    ids = [item["id"] for item in listed]
    assert len(ids) == len(set(ids))
    assert {"id", "name", "category", "kind", "languages", "description"} <= set(listed[0])


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[rule]]\nid = "bad"\n', "id must look like"),
        ('[[rule]]\nid = "EN-AP99"\nname = "appeal.x"\ncategory = "nope"\n', "category must be"),
        (
            '[[rule]]\nid = "EN-AP99"\nname = "appeal.x"\ncategory = "appeal"\n'
            'triggers = ["X"]\npattern = "x"\n',
            "lowercase",
        ),
        (
            '[[rule]]\nid = "EN-AP99"\nname = "appeal.x"\ncategory = "appeal"\n'
            'triggers = ["x"]\npattern = "("\n',
            "does not compile",
        ),
    ],
)
def test_malformed_rules_are_refused_with_a_reason(text: str, message: str) -> None:
    """A malformed rule file raises RuleError naming the problem."""
    with pytest.raises(RuleError, match=message):
        parse_rules(text, "rules/test.toml")
