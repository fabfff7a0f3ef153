"""Every rule's own examples: each must fire where it says and stay quiet where it says."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from pathlib import Path

import pytest

import cleanbody
from cleanbody.evaluate.corpus import load_corpus
from cleanbody.rules import Rule, RuleError, known_languages, load_rules, parse_rules, rule_index
from cleanbody.rules.dom import DomRule, LinkRule, load_dom_rules, load_link_rules, parse_attributes
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


CORPUS = Path(__file__).resolve().parent.parent / "corpus"
TRAINING = CORPUS.parent / "training"
# Article paragraphs of this length carry their language's function words.
_CONTEXT_CHARS = 120


@functools.cache
def _context(language: str) -> tuple[str, str]:
    """Two article paragraphs in ``language`` that no rule reads, from its cases.

    The corpus's cases, or where they hold too few, the training cases. A rule is
    tested in an article of its own language: a short line of ASCII ("Plus", "A- A A+")
    is read only with the rules of the page's languages. English, rules for every
    language and languages without such paragraphs use OPENING and CLOSING.
    """
    if language == "en":
        return OPENING, CLOSING
    for folder in (CORPUS / language, TRAINING / language):
        if not folder.is_dir():
            continue
        paragraphs = [
            line
            for case in sorted(load_corpus(folder), key=lambda case: case.id)
            for line, category in case.lines
            if category is None
            and len(line) >= _CONTEXT_CHARS
            and not INDEX.candidates([line.lower()], ("anchor", "cue"))
        ]
        if len(paragraphs) >= 2:
            return paragraphs[0], paragraphs[1]
    return OPENING, CLOSING


def _ids(rule: Rule) -> str:
    return rule.id


def _examples(kind: str, rules: Iterable[Rule] = RULES) -> list[object]:
    """One parameter per example, named like ``EN-AP03-remove-2`` (select one with -k)."""
    return [
        pytest.param(rule, example, id=f"{rule.id}-{kind}-{number}")
        for rule in rules
        for number, example in enumerate(getattr(rule, kind), start=1)
    ]


def test_rules_exist_in_every_language_with_data() -> None:
    """Every language with a rule file or a gate entry has rules of its own, under its id."""
    prefixes = {rule.id.split("-", maxsplit=1)[0].lower() for rule in RULES}
    assert known_languages() <= prefixes
    assert {"en", "de", "ru", "ja", "ar", "mul"} <= prefixes


@pytest.mark.parametrize("rule", RULES, ids=_ids)
def test_rule_pattern_compiles(rule: Rule) -> None:
    """Every bundled pattern compiles (they load uncompiled and compile on first use)."""
    assert rule.compiled.pattern == rule.pattern
    assert rule.description, f"{rule.id} has no description"


@pytest.mark.parametrize(("rule", "example"), _examples("remove"))
def test_rule_fires_on_its_remove_example(rule: Rule, example: str) -> None:
    """A 'remove' example contains a trigger and matches the pattern outside quotes."""
    # Alone, a bare label ("Plus") tells no language; the page around it would.
    candidates = INDEX.candidates([example.lower()], languages=frozenset(rule.languages))
    assert rule in candidates.get(0, []), (
        f"{rule.id}: no trigger of {rule.triggers} occurs in {example!r} "
        "(triggers of up to 4 letters must start a word, up to 3 be a whole word)"
    )
    match = rule.search(example)
    assert match is not None, f"{rule.id} does not match its example {example!r}"
    if rule.kind != "counter":
        assert not _inside_quotes(example, match.start(), match.end())


@pytest.mark.parametrize(
    ("rule", "example"), _examples("remove", [r for r in RULES if r.kind == "anchor"])
)
def test_anchor_example_is_removed_by_the_engine(rule: Rule, example: str) -> None:
    """An anchor's example is removed whole: at the end of an article, or mid-text for inserts."""
    # An insert sits between paragraphs; a trailer anchor ends the article.
    opening, closing = _context(rule.languages[0])
    middle, end = f"{opening}\n{example}\n{closing}", f"{opening}\n{closing}\n{example}"
    text = middle if rule.standalone else end
    result = cleanbody.clean(text)
    assert result.text == f"{opening}\n{closing}", f"{rule.id}: {example!r} was not removed"
    assert any(rule.id in removal.rules for removal in result.removed)


@pytest.mark.parametrize(("rule", "example"), _examples("keep"))
def test_keep_example_survives_the_engine(rule: Rule, example: str) -> None:
    """A 'keep' example stays in the middle and at the end of an article.

    The pattern alone may match a keep example (a cue inside reported speech); what
    counts is that the engine, with its counter-evidence, leaves it in. A counter rule's
    keep examples are texts it must not fire on (often appeals).
    """
    if rule.kind == "counter":
        assert rule.search(example) is None, f"{rule.id} fires on {example!r}"
        return
    for text in (f"{OPENING}\n{example}\n{CLOSING}", f"{OPENING}\n{CLOSING}\n{example}"):
        assert cleanbody.clean(text).text == text, f"{rule.id}: {example!r} was removed"


DOM_RULES = load_dom_rules()
LINK_RULES = load_link_rules()


@pytest.mark.parametrize(("rule", "example"), _examples("remove", DOM_RULES))  # type: ignore[arg-type]
def test_dom_rule_matches_its_remove_example(rule: DomRule, example: str) -> None:
    """A DOM rule matches the attributes of each of its remove examples."""
    assert rule.matches(parse_attributes(example)), f"{rule.id} misses {example}"


@pytest.mark.parametrize(("rule", "example"), _examples("keep", DOM_RULES))  # type: ignore[arg-type]
def test_dom_rule_leaves_its_keep_example(rule: DomRule, example: str) -> None:
    """A DOM rule matches none of its keep examples."""
    assert not rule.matches(parse_attributes(example)), f"{rule.id} matches {example}"


@pytest.mark.parametrize(("rule", "example"), _examples("remove", LINK_RULES))  # type: ignore[arg-type]
def test_link_rule_matches_its_remove_example(rule: LinkRule, example: str) -> None:
    """A link rule matches each of its remove link targets."""
    assert rule.matches(example), f"{rule.id} misses {example}"


@pytest.mark.parametrize(("rule", "example"), _examples("keep", LINK_RULES))  # type: ignore[arg-type]
def test_link_rule_leaves_its_keep_example(rule: LinkRule, example: str) -> None:
    """A link rule matches none of its keep link targets."""
    assert not rule.matches(example), f"{rule.id} matches {example}"


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
        (
            '[[rule]]\nid = "SV-AP01"\nname = "appeal.x"\ncategory = "appeal"\n',
            "id must start with EN- in the en file",
        ),
        (
            '[[rule]]\nid = "EN-ZZ01"\nname = "appeal.x"\ncategory = "paywall"\n',
            "category paywall takes the code PW",
        ),
        (
            '[[rule]]\nid = "EN-PW01"\nname = "appeal.x"\ncategory = "paywall"\n',
            "name must start with its category: paywall",
        ),
        (
            '[[rule]]\nid = "EN-AP99"\nname = "appeal.x"\ncategory = "appeal"\n'
            'triggers = ["x"]\npattern = "x"\nremove = ["x"]\n',
            "needs examples of both kinds",
        ),
        (
            '[[rule]]\nid = "EN-AP99"\nname = "appeal.x"\ncategory = "appeal"\n'
            'triggers = []\npattern = "x"\nremove = ["x"]\nkeep = ["y"]\n',
            "triggers must be non-empty",
        ),
    ],
)
def test_malformed_rules_are_refused_with_a_reason(text: str, message: str) -> None:
    """A malformed rule file raises RuleError naming the problem."""
    with pytest.raises(RuleError, match=message):
        parse_rules(text, "rules/en.toml")


def test_a_match_that_takes_the_closing_mark_is_still_quoted() -> None:
    """A paywall's words quoted to the line's end stay quoted when the match takes the mark."""
    text = (
        'Readers meet the same message ever more often: "You have read all your free '
        'articles. Subscribe for unlimited access."'
    )
    start = text.index("unlimited access")
    assert _inside_quotes(text, start, len(text))


def test_a_low_opening_mark_closed_by_a_straight_one_quotes() -> None:
    """A podcaster's words in a low opening mark and a straight closing one are quoted."""
    text = (
        "„At the end of every episode we say: if you liked it, subscribe, and support us on "
        'Patreon" – says the host.'
    )
    start = text.index("support us")
    assert _inside_quotes(text, start, start + len("support us on Patreon"))
