"""cleanbody: the article alone, and an account of everything taken out.

>>> import cleanbody
>>> text = "The council approved the budget on Monday.\\nRead more: Budget row deepens"
>>> r = cleanbody.clean(text)
>>> r.text
'The council approved the budget on Monday.'
>>> r.removed[0].category
'related'
"""

from __future__ import annotations

from cleanbody.api import clean, warm_up
from cleanbody.batch import clean_batch
from cleanbody.config import CATEGORIES, MODES, Config, Mode
from cleanbody.result import Removal, Result
from cleanbody.rules import Rule, RuleError, list_rules, load_rules
from cleanbody.sites import SiteMemory, SiteMemoryError

__version__ = "0.1.0"

__all__ = [
    "CATEGORIES",
    "MODES",
    "Config",
    "Mode",
    "Removal",
    "Result",
    "Rule",
    "RuleError",
    "SiteMemory",
    "SiteMemoryError",
    "__version__",
    "clean",
    "clean_batch",
    "list_rules",
    "load_rules",
    "warm_up",
]
