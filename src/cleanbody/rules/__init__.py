"""Rules as data: the model and its validation, the language gate, the trigger index.

- :mod:`cleanbody.rules.model`: a rule (id, category, kind, triggers, pattern, examples),
  loaded from ``data/rules/<language>.toml`` and validated as it loads.
- :mod:`cleanbody.rules.gate`: which languages a text could be in (``data/languages.toml``).
- :mod:`cleanbody.rules.index`: one Aho-Corasick pass finds the blocks worth a search.
- :mod:`cleanbody.rules.literals`: literals every match holds, checked before a search.
- :mod:`cleanbody.rules.dom`: rules on HTML element names (``data/dom_rules.toml``).
"""

from __future__ import annotations

from cleanbody.rules.gate import LanguageGate, known_languages, language_gate
from cleanbody.rules.index import RuleIndex, rule_index
from cleanbody.rules.learned import MODEL_PREFIX, model_rule
from cleanbody.rules.model import (
    ARTICLE,
    KINDS,
    Rule,
    RuleError,
    list_rules,
    load_rules,
    parse_rules,
)

__all__ = [
    "ARTICLE",
    "KINDS",
    "MODEL_PREFIX",
    "LanguageGate",
    "Rule",
    "RuleError",
    "RuleIndex",
    "known_languages",
    "language_gate",
    "list_rules",
    "load_rules",
    "model_rule",
    "parse_rules",
    "rule_index",
]
