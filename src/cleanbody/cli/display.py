"""Show a person what cleaning removed: the document with each removal labelled in place."""

from __future__ import annotations

import os
from typing import Final, TextIO

from cleanbody.cli.rules import rule_names
from cleanbody.result import Result

__all__ = ["render_explanation", "wants_colour"]

#: ANSI styles; the removed text is dimmed red so the article stays the easy read.
_LABEL: Final = "\x1b[1;33m"
_REMOVED: Final = "\x1b[2;31m"
_RESET: Final = "\x1b[0m"
_GUTTER: Final = "  | "


def wants_colour(stream: TextIO, choice: str = "auto") -> bool:
    """Whether to colour output to ``stream``: ``always``, ``never``, or ``auto``.

    ``auto`` colours a terminal unless ``NO_COLOR`` is set or ``TERM`` is ``dumb``.

    >>> import io
    >>> wants_colour(io.StringIO()), wants_colour(io.StringIO(), "always")
    (False, True)
    """
    if choice != "auto":
        return choice == "always"
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def _label(
    removal_category: str,
    rules: tuple[str, ...],
    score: float,
    position: str,
    features: tuple[str, ...] = (),
) -> str:
    names = rule_names()
    named = [f"{rule} {names[rule]}" if rule in names else rule for rule in rules]
    rule_list = ", ".join(named) if named else "no rule"
    where = "pruned from the page before extraction" if position == "dom" else position
    read = [feature for feature in features if not feature.startswith("pages:")]
    pages = [feature.removeprefix("pages:") for feature in features if feature not in read]
    said = f"; the model read {', '.join(read)}" if read else ""
    if pages:  # SITE-REPEAT: how many of the site's pages showed the blocks
        said += f"; seen on {'/'.join(pages)} pages of the site"
    return f"-- removed: {removal_category} ({rule_list}), score {score:.2f}, {where}{said}"


def _gutter(text: str, colour: bool) -> list[str]:
    """Removed text, a line at a time behind the gutter."""
    return [
        f"{_GUTTER}{_REMOVED}{line}{_RESET}\n" if colour else f"{_GUTTER}{line}\n"
        for line in text.splitlines()
    ]


def render_explanation(result: Result, *, colour: bool = False) -> str:
    """Return the source with every removal shown in place under a label line.

    Kept text is printed as is; each removal is announced by a line naming its
    category, rules (id and name: ``cleanbody rules ID`` shows one whole), score and
    position, and its lines follow behind a ``|`` gutter. An HTML element pruned before
    extraction has no place in the text: its text is shown first. A last line sums up
    how much was removed.

    Args:
        result: What :func:`cleanbody.clean` returned.
        colour: Whether to add ANSI colours (for a terminal).

    >>> from cleanbody import Removal, Result
    >>> shown = Removal(16, 40, "Read more: Storm warning", "related", ("EN-RE01",), 5.5, "trailer")
    >>> source = "Rain on Friday.\\nRead more: Storm warning"
    >>> print(render_explanation(Result("Rain on Friday.", source, (shown,))))
    Rain on Friday.
    -- removed: related (EN-RE01 related.read_more), score 5.50, trailer
      | Read more: Storm warning
    [cleanbody: 1 removal, 24 of 40 characters (60%)]
    """
    source = result.source
    pieces: list[str] = []
    position = 0
    for removal in result.removed:
        if removal.position == "dom":
            label = _label(
                removal.category, removal.rules, removal.score, removal.position, removal.features
            )
            pieces.append(f"{_LABEL}{label}{_RESET}\n" if colour else f"{label}\n")
            pieces.extend(_gutter(removal.text, colour))
    for removal in sorted(result.removed, key=lambda removal: removal.start):
        if removal.position == "dom":
            continue
        kept = source[position : removal.start]
        pieces.append(kept)
        if kept and not kept.endswith("\n"):
            pieces.append("\n")
        label = _label(
            removal.category, removal.rules, removal.score, removal.position, removal.features
        )
        pieces.append(f"{_LABEL}{label}{_RESET}\n" if colour else f"{label}\n")
        pieces.extend(_gutter(source[removal.start : removal.end], colour))
        position = removal.end
        # The line break that ended the removed block was printed with its last line.
        if source.startswith("\r\n", position):
            position += 2
        elif source.startswith(("\n", "\r"), position):
            position += 1
    pieces.append(source[position:])
    body = "".join(pieces)
    if body and not body.endswith("\n"):
        body += "\n"
    removed_chars = sum(removal.end - removal.start for removal in result.removed)
    share = f"{removed_chars / len(source):.0%}" if source else "0%"
    count = len(result.removed)
    noun = "removal" if count == 1 else "removals"
    summary = f"[cleanbody: {count} {noun}, {removed_chars} of {len(source)} characters ({share})]"
    return body + summary
