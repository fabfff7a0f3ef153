"""The HTML path: decode, prune marked containers, read paywall markup, extract, clean.

- :mod:`cleanbody.html.decode`: bytes to text, and whether a text is HTML at all.
- :mod:`cleanbody.html.prune`: containers whose names mark boilerplate, removed first.
- :mod:`cleanbody.html.paywall`: JSON-LD and microdata paywall declarations.
- :mod:`cleanbody.html.extract`: trafilatura extraction, then the text engine.
"""

from __future__ import annotations

from cleanbody.html.decode import decode_html_bytes, looks_like_html
from cleanbody.html.extract import clean_html

__all__ = ["clean_html", "decode_html_bytes", "looks_like_html"]
