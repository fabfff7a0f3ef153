"""Invariants of clean(), checked on generated documents with hypothesis."""

from __future__ import annotations

import html
import itertools
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import cleanbody
from cleanbody.rules import load_rules
from cleanbody.rules.dom import load_dom_rules

ARTICLE_PARAGRAPHS = [
    "The regional council approved a new budget for the coastal towns on Monday evening.",
    "Work on the harbour is due to begin in March and to last eighteen months.",
    "Fishermen have complained for years that the old wall floods in winter storms.",
    "The ferry will run a reduced service while the crane barges are moored at the pier.",
    "Der Stadtrat hat am Montag den neuen Haushalt für die Küstenorte beschlossen.",
    "Городской совет в понедельник утвердил новый бюджет для прибрежных городов.",
    "Le conseil régional a adopté lundi soir un nouveau budget pour les villes côtières.",
    "市議会は月曜日、沿岸の町の新しい予算案を可決した。",
    "BELFAST, March 3 —",
    "A new start",
    "Correction: An earlier version of this story misstated the length of the works.",
]
BOILERPLATE = sorted(
    {example for rule in load_rules() if rule.kind != "counter" for example in rule.remove}
)
SEPARATORS = st.sampled_from(["\n", "\n\n", "\r\n", "\n \n"])

documents = st.builds(
    lambda blocks, separator: separator.join(blocks),
    st.lists(
        st.one_of(st.sampled_from(ARTICLE_PARAGRAPHS), st.sampled_from(BOILERPLATE), st.text()),
        max_size=14,
    ),
    SEPARATORS,
)
articles = st.builds(
    lambda blocks, separator: separator.join(blocks),
    st.lists(st.sampled_from(ARTICLE_PARAGRAPHS), min_size=1, max_size=12),
    SEPARATORS,
)
#: The test command's example count; a profile asking for more (explore, fuzz) wins.
EXAMPLES = max(150, settings.default.max_examples)
relaxed = settings(
    max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


@relaxed
@given(st.text())
def test_never_raises_on_any_string(text: str) -> None:
    """Any string at all comes back as a Result whose removals replay."""
    result = cleanbody.clean(text)
    for removal in result.removed:
        assert result.source[removal.start : removal.end] == removal.text


@relaxed
@given(documents)
def test_idempotent(text: str) -> None:
    """Cleaning the clean text again removes nothing more."""
    once = cleanbody.clean(text).text
    assert cleanbody.clean(once).text == once


@relaxed
@given(documents)
def test_output_lines_are_a_subsequence_of_input_lines(text: str) -> None:
    """Nothing is added or reworded: the output's lines appear in the input, in order."""
    remaining = iter(_lines(text))
    output = _lines(cleanbody.clean(text).text)
    assert all(any(line == candidate for candidate in remaining) for line in output)


@relaxed
@given(documents)
def test_spans_replay_to_the_text(text: str) -> None:
    """Deleting the removed lines from the source gives exactly the output's lines."""
    result = cleanbody.clean(text)
    kept = []
    offset = 0
    for line in result.source.splitlines(keepends=True):
        stripped = line.strip()
        start = offset + len(line) - len(line.lstrip())
        offset += len(line)
        if stripped and not any(m.start <= start < m.end for m in result.removed):
            kept.append(stripped)
    assert _lines(result.text) == kept


@relaxed
@given(articles)
def test_article_without_boilerplate_is_unchanged(text: str) -> None:
    """An article with no boilerplate comes back exactly as it went in."""
    result = cleanbody.clean(text)
    assert result.text == text
    assert result.removed == ()


#: Pieces that have broken invariants before: lone CRs inside lines, label-like runs,
#: HTML-looking lines after a label, and a French newsletter line glued to a price.
HOSTILE_PIECES = [
    "\r",
    "(12+) (12+)",
    "Assine",
    "2 € pendant 6 mois,",
    "<div><p>A.</p><p>B.</p></div>",
    "Advertisement",
    "Chaque matin, recevez l'essentiel de l'actualité inscrivez-vous à la lettre Éco.",
]
hostile_documents = st.builds(
    "".join,
    st.lists(
        st.one_of(
            st.sampled_from(HOSTILE_PIECES),
            st.sampled_from(BOILERPLATE),
            st.sampled_from(ARTICLE_PARAGRAPHS),
            st.sampled_from(["\n", "\r\n", " ", "\r"]),
        ),
        max_size=16,
    ),
)


@relaxed
@given(st.one_of(documents, hostile_documents))
def test_removals_never_overlap_and_the_ratio_is_a_share(text: str) -> None:
    """Removals are in order and disjoint, and removed_ratio lies in [0, 1] (D8)."""
    result = cleanbody.clean(text)
    spans = [(m.start, m.end) for m in result.removed if m.position != "dom"]
    assert spans == sorted(spans)
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    assert 0.0 <= result.metadata["removed_ratio"] <= 1.0


@relaxed
@given(hostile_documents)
@example("#น้ำท่วม #เชียงราย #ข่าวด่วน\r<div><p>A.</p><p>B.</p></div>")  # label, lone CR, HTML
# A Finnish label kept beside French text must stay kept once the French text is gone.
@example("Avaa sovelluksessa\rChaque matin, recevez l'essentiel de l'actualité inscrivez-vous.")
def test_idempotent_on_hostile_text(text: str) -> None:
    """Cleaning the output again changes nothing, HTML-looking text included (D9)."""
    once = cleanbody.clean(text).text
    assert cleanbody.clean(once).text == once


# --- realistic fuzzing: articles with boilerplate where pages put it ----------------------

#: Each rule language's boilerplate examples, so that a document mixes one language's
#: widgets the way a page does (a trailer, a header, inserts between paragraphs).
BOILERPLATE_BY_LANGUAGE = {
    language: sorted(
        {
            example
            for rule in load_rules()
            if rule.kind != "counter" and rule.languages[0] == language
            for example in rule.remove
        }
    )
    for language in sorted({rule.languages[0] for rule in load_rules()})
}
#: Attribute strings of DOM rules' examples: boxes an HTML page wraps boilerplate in.
DOM_BOXES = sorted(
    {example for rule in load_dom_rules() for example in rule.remove if "=" in example}
)
realistic_plans = st.tuples(
    st.sampled_from(sorted(BOILERPLATE_BY_LANGUAGE)),
    st.lists(st.sampled_from(ARTICLE_PARAGRAPHS), min_size=1, max_size=10),
    st.lists(st.integers(0, 10_000), max_size=4),  # header widget lines (indices)
    st.lists(st.tuples(st.integers(0, 10), st.integers(0, 10_000)), max_size=3),  # inserts
    st.lists(st.integers(0, 10_000), max_size=6),  # trailer widget lines
    st.sampled_from(["\n", "\n\n", "\r\n", " "]),  # " ": paragraphs joined on one line
)


def _realistic_blocks(plan: tuple[Any, ...]) -> tuple[list[str], list[bool]]:
    """An article's blocks with a language's widgets at the top, inside and at the end."""
    language, paragraphs, header, inserts, trailer, _ = plan
    pool = BOILERPLATE_BY_LANGUAGE[language]
    blocks = [pool[index % len(pool)] for index in header]
    body = list(paragraphs)
    for place, index in inserts:
        body.insert(place % (len(body) + 1), pool[index % len(pool)])
    blocks += body + [pool[index % len(pool)] for index in trailer]
    return blocks, [block in ARTICLE_PARAGRAPHS for block in blocks]


realistic_texts = realistic_plans.map(lambda plan: plan[5].join(_realistic_blocks(plan)[0]))


def _page(plan: tuple[Any, ...], boxes: list[int]) -> str:
    blocks, is_article = _realistic_blocks(plan)
    parts = []
    for number, (block, article) in enumerate(zip(blocks, is_article, strict=True)):
        escaped = html.escape(block)
        if article or not boxes:
            parts.append(f"<p>{escaped}</p>")
        else:
            parts.append(
                f"<div {DOM_BOXES[boxes[number % len(boxes)] % len(DOM_BOXES)]}>"
                f"<p>{escaped}</p></div>"
            )
    return f"<html><body><article>{''.join(parts)}</article></body></html>"


realistic_pages = st.builds(_page, realistic_plans, st.lists(st.integers(0, 10_000), max_size=3))


@relaxed
@given(realistic_texts)
def test_realistic_articles_keep_every_invariant(text: str) -> None:
    """Articles with one language's widgets: disjoint spans that replay, a fixed point."""
    result = cleanbody.clean(text)
    spans = [(m.start, m.end) for m in result.removed]
    assert all(end <= start for (_, end), (start, _) in itertools.pairwise(spans))
    for removal in result.removed:
        assert result.source[removal.start : removal.end] == removal.text
    assert 0.0 <= result.metadata["removed_ratio"] <= 1.0
    assert cleanbody.clean(result.text).text == result.text


@relaxed
@given(realistic_pages)
def test_realistic_pages_clean_to_a_fixed_point(page: str) -> None:
    """Generated HTML pages with named boxes: no error, and the clean text cleans to itself."""
    result = cleanbody.clean(page)
    assert "error" not in result.metadata
    assert cleanbody.clean(result.text).text == result.text


@relaxed
@given(realistic_plans, st.integers(1, 40))
def test_long_joined_lines_keep_every_invariant(plan: tuple[Any, ...], copies: int) -> None:
    """A line of joined paragraphs past the rule windows: spans replay, output is stable."""
    paragraphs = plan[1]
    line = " ".join(paragraphs * copies)
    result = cleanbody.clean(line + "\n" + "\n".join(_realistic_blocks(plan)[0]))
    for removal in result.removed:
        assert result.source[removal.start : removal.end] == removal.text
    assert cleanbody.clean(result.text).text == result.text
