"""Split text into blocks (its non-blank lines) with their spans in the source."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["Block", "split_blocks"]

# Lines end at CRLF, CR or LF; other Unicode separators stay inside a line. Only
# non-blank runs matter; stdlib re finds them faster than the regex module. A match starts
# at a line's first non-space (leading spaces let a line of spaces backtrack quadratically).
_LINE = re.compile(r"\S[^\r\n]*")


def _lines(source: str) -> Iterator[tuple[int, str]]:
    """Each line of ``source`` that may hold text, with its offset."""
    if "\r" in source:
        for match in _LINE.finditer(source):
            yield match.start(), match.group()
        return
    # Plain str.split walks the lines several times faster than the regex.
    offset = 0
    for line in source.split("\n"):
        yield offset, line
        offset += len(line) + 1


class Block(NamedTuple):
    """A non-blank line of the source (a tuple: thousands are made per document).

    Attributes:
        number: Position among the blocks (0-based).
        start: Offset of the first non-space character.
        end: Offset one past the last non-space character.
        text: ``source[start:end]``.
    """

    number: int
    start: int
    end: int
    text: str


def split_blocks(source: str) -> list[Block]:
    """Return the non-blank lines of ``source``, stripped, with their spans.

    >>> [(b.start, b.end, b.text) for b in split_blocks("One.\\n\\n  Two. \\r\\nThree")]
    [(0, 4, 'One.'), (8, 12, 'Two.'), (15, 20, 'Three')]
    """
    blocks: list[Block] = []
    for offset, line in _lines(source):
        stripped = line.strip()
        if not stripped:  # blank, or only Unicode spaces that \S does not know as space
            continue
        start = offset + len(line) - len(line.lstrip())
        blocks.append(Block(len(blocks), start, start + len(stripped), stripped))
    return blocks
