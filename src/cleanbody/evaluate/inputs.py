"""Generated inputs for measuring how cost grows with size (a benchmark and a test share them)."""

from __future__ import annotations

__all__ = ["linked_paragraphs_page"]


def linked_paragraphs_page(chars: int) -> str:
    """A page of at least ``chars`` characters of short linked, formatted paragraphs.

    Each paragraph holds a link and three formatted words: many text nodes, the shape
    that made extraction quadratic.

    >>> page = linked_paragraphs_page(500)
    >>> len(page) > 500, page.count("<p>") == page.count("<a href")
    (True, True)
    """
    paragraphs, size, number = [], 0, 0
    while size < chars:
        paragraph = (
            f"<p>The council met on day {number}: <b>budget</b>, <a href='/n{number}'>notes</a>,"
            " <i>harbour</i>, <b>schools</b>.</p>\n"
        )
        paragraphs.append(paragraph)
        size += len(paragraph)
        number += 1
    return f"<html><body><div id='content'>{''.join(paragraphs)}</div></body></html>"
