"""Settings for :func:`cleanbody.clean`: categories, modes and the tuned thresholds."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

__all__ = ["CATEGORIES", "MODES", "Config", "Mode", "Thresholds"]

#: Every category a removal can carry; the README documents each with an example.
CATEGORIES: Final = (
    "appeal",  # donation and membership asks
    "paywall",  # "subscribe to continue reading", "already a subscriber? log in"
    "newsletter",  # e-mail sign-up boxes
    "social",  # "follow us on ..."
    "share",  # share bars and "share this article"
    "cookie",  # cookie and consent notices
    "related",  # "Read more: ...", "Related articles"
    "ad",  # advertisement markers
    "legal",  # copyright, syndication and republication lines
    "ui",  # leftover button and widget text: "Remind me later.", "Close"
    "comments",  # comment-section prompts and counters
    "app",  # "download our app"
    "audio",  # "listen to this article", player leftovers
    "navigation",  # "skip to content", menus, breadcrumbs
)

Mode = Literal["conservative", "balanced", "aggressive"]
MODES: Final = ("conservative", "balanced", "aggressive")


@dataclass(frozen=True)
class Thresholds:
    """How much evidence a region needs before it is removed.

    Attributes:
        edge: Minimum summed evidence for a header or trailer region.
        insert: Minimum summed evidence for a region in the middle of the text.
        need_anchor: Whether a region needs at least one high-precision anchor.
        length_cost: Multiplier on the cost that plain text pays for its length.
    """

    edge: float
    insert: float
    need_anchor: bool
    length_cost: float


#: Chosen on the corpus: see README "Modes" for the figures each produces.
_THRESHOLDS: Final[dict[str, Thresholds]] = {
    # Only clear widgets go: anchors are required, a middle region needs a one-line
    # widget's full weight (5.5) or a strong multi-block region.
    "conservative": Thresholds(edge=4.0, insert=5.5, need_anchor=True, length_cost=1.3),
    # The default: an anchor plus supporting blocks at an edge, strong evidence inside.
    "balanced": Thresholds(edge=3.0, insert=5.0, need_anchor=True, length_cost=1.0),
    # Cue-only regions at the edges go too; useful for pre-training data, not archives.
    "aggressive": Thresholds(edge=2.5, insert=3.5, need_anchor=False, length_cost=0.8),
}


@dataclass(frozen=True)
class Config:
    """Everything :func:`cleanbody.clean` can be told; override with ``dataclasses.replace``.

    Attributes:
        mode: ``"conservative"``, ``"balanced"`` (default) or ``"aggressive"``.
        keep: Categories to leave in the text (e.g. ``frozenset({"legal"})``).
        max_input_chars: Larger inputs are refused by the HTML path with a clear error;
            plain text of any size is cleaned (the engine is linear).
        prune_html: Whether the HTML path removes appeal/paywall/... containers before
            extraction.

    >>> Config().mode
    'balanced'
    >>> import dataclasses
    >>> dataclasses.replace(Config(), keep=frozenset({"legal"})).keep
    frozenset({'legal'})
    """

    mode: Mode = "balanced"
    keep: frozenset[str] = frozenset()
    max_input_chars: int = 50_000_000
    prune_html: bool = True

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(
                f"unknown mode {self.mode!r}: use one of {', '.join(MODES)}"
            )
        unknown = sorted(set(self.keep) - set(CATEGORIES))
        if unknown:
            raise ValueError(
                f"unknown categories in keep: {', '.join(unknown)}; "
                f"known categories are {', '.join(CATEGORIES)}"
            )
        if not isinstance(self.keep, frozenset):
            object.__setattr__(self, "keep", frozenset(self.keep))

    @property
    def thresholds(self) -> Thresholds:
        """The thresholds of this config's mode."""
        return _THRESHOLDS[self.mode]
