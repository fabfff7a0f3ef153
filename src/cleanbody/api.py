"""The one entry point, :func:`clean`."""

from __future__ import annotations

from collections.abc import Iterable

from cleanbody.config import Config, Mode, Output
from cleanbody.decode import ensure_text
from cleanbody.html import clean_html, decode_html_bytes, looks_like_html
from cleanbody.result import Result
from cleanbody.text.engine import clean_text
from cleanbody.text.repeats import SitePages

__all__ = ["clean", "warm_up"]

_DEFAULT = Config()


def clean(
    doc: str | bytes,
    config: Config | None = None,
    *,
    mode: Mode | None = None,
    keep: Iterable[str] | None = None,
    url: str | None = None,
    output: Output | None = None,
) -> Result:
    """Return the article in ``doc`` without its boilerplate, and what was removed and why.

    Args:
        doc: Article text (``str``), or ``bytes`` in any encoding (detected).
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``: ``"conservative"``, ``"balanced"`` or
            ``"aggressive"``.
        keep: Shortcut for ``config.keep``: categories to leave in the text.
        url: The page's address, for HTML input (helps extraction and metadata).
        output: Shortcut for ``config.output``: ``"markdown"`` keeps an HTML page's
            headings, lists and links in ``result.text`` (markdown input stays markdown
            either way).

    Returns:
        A :class:`Result`; ``result.text`` is the clean article.

    Raises:
        TypeError: ``doc`` is neither ``str`` nor ``bytes``.
        ValueError: an unknown ``mode``, ``output`` or category in ``keep``.
        ImportError: ``config.backend`` names an extra that is not installed.

    >>> r = clean("Rain is expected on Friday.\\nShare this article\\nFacebook\\nTwitter")
    >>> r.text
    'Rain is expected on Friday.'
    >>> [(m.category, m.position) for m in r.removed]
    [('share', 'trailer')]
    """
    if config is not None and not isinstance(config, Config):
        raise TypeError(
            f"config must be a cleanbody.Config, not {type(config).__name__}; "
            "pass mode=... and keep=... as keywords"
        )
    settings = (config or _DEFAULT).with_shortcuts(mode, keep, output)
    return clean_document(doc, settings, url=url)


def clean_document(
    doc: str | bytes, settings: Config, *, url: str | None = None, site: SitePages | None = None
) -> Result:
    """:func:`clean` with its settings resolved, and what a site's memory knows (if any)."""
    # Bytes may carry their charset in a <meta> tag, which only the HTML decoder reads.
    if isinstance(doc, bytes | bytearray | memoryview):
        text = decode_html_bytes(bytes(doc))
    else:
        text = ensure_text(doc)
    if looks_like_html(text):
        return clean_html(text, settings, url=url, site=site)
    if len(text) > settings.max_input_chars:
        return _too_long(text, settings)
    return clean_text(text, settings, site)


_WARM_UP_TEXT = "Rain is expected on Friday.\nShare this article"
_WARM_UP_HTML = "<html><body><article><p>Rain is expected on Friday.</p></article></body></html>"


def warm_up(config: Config | None = None) -> None:
    """Load what the first :func:`clean` call would load: rules, the lexicon and trafilatura.

    The first call of a process otherwise pays about a second for it. Call this once
    where the wait does not matter: when a worker, a spider or a pipeline task starts.
    Calling it again costs one tiny clean.

    >>> warm_up()
    """
    clean(_WARM_UP_TEXT, config)
    clean(_WARM_UP_HTML, config)


def _too_long(text: str, settings: Config) -> Result:
    """Text over the size limit comes back whole and uncleaned, and says why (nothing lost)."""
    message = (
        f"input is {len(text):,} characters, over Config.max_input_chars "
        f"({settings.max_input_chars:,}); returned unchanged. Pass a larger limit with "
        "dataclasses.replace(config, max_input_chars=...) or clean the text in parts"
    )
    metadata = {**clean_text("", settings).metadata, "error": message}
    return Result(text=text, source=text, removed=(), metadata=metadata)
