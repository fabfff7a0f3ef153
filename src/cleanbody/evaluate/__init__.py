"""Evaluation: the labelled corpus, the figures, the gate. Never imported by ``clean()``.

``python -m cleanbody.evaluate CORPUS`` prints the figures (see :mod:`.measure`).
"""

from __future__ import annotations

from cleanbody.evaluate.measure import (
    FLOORS_FILE,
    Outcome,
    check_floors,
    cleanbody_cleaner,
    evaluate,
    main,
    update_floors,
)

__all__ = [
    "FLOORS_FILE",
    "Outcome",
    "check_floors",
    "cleanbody_cleaner",
    "evaluate",
    "main",
    "update_floors",
]
