"""The pseudo-rules that carry the learned lexicon's evidence, so removals name it like a rule."""

from __future__ import annotations

import functools
from typing import Any, Final

from cleanbody.config import CATEGORIES
from cleanbody.rules.model import Kind, Rule

__all__ = ["MODEL_PREFIX", "model_rule", "model_rule_dicts"]

#: Model evidence carries a rule of its own per category, so removals name it like a rule.
MODEL_PREFIX: Final = "MODEL-"


@functools.cache
def model_rule(category: str, kind: Kind) -> Rule:
    """The pseudo-rule that model evidence of ``category`` carries (``MODEL-appeal``).

    >>> model_rule("appeal", "cue").id
    'MODEL-appeal'
    """
    return Rule(
        id=f"{MODEL_PREFIX}{category}",
        name=f"{category}.learned_lexicon",
        category=category,
        kind=kind,
        languages=("*",),
        weight=0.0,
        triggers=(),
        pattern="",
        description=(
            f"The learned lexicon judges the block {category}: its words and its shape "
            "(see the features in the removal)."
        ),
        remove=(),
        keep=(),
        source="model/data/lexicon.json.gz",
    )


def model_rule_dicts() -> list[dict[str, Any]]:
    """The public description of every ``MODEL-<category>`` pseudo-rule."""
    return [{**model_rule(category, "cue").to_dict(), "kind": "model"} for category in CATEGORIES]
