"""Scrapy: ``CleanBodyPipeline``, an item pipeline that cleans a field of every item.

Enable it in the project's settings, and store each page with
:func:`response_document` (the text decoded with the charset the server sent)::

    # settings.py
    ITEM_PIPELINES = {"cleanbody.integrations.scrapy.CleanBodyPipeline": 300}
    CLEANBODY_FIELD = "body"            # where the spider put the page
    CLEANBODY_OUTPUT_FIELD = "text"     # where the clean article goes
    CLEANBODY_MAX_REMOVED_RATIO = 0.9   # drop pages that were mostly boilerplate

    # the spider
    from cleanbody.integrations.scrapy import response_document

    def parse(self, response):
        yield {"url": response.url, "body": response_document(response)}

The cleaning runs in a thread pool of its own, off the reactor thread, so downloads go
on while pages are cleaned (``CLEANBODY_PROCESSES = N``: in ``N`` worker processes,
which also clean in parallel); the rules, the lexicon and trafilatura are loaded in
that pool as soon as the spider opens. Every setting is described in ``docs/scrapy.md``.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Callable
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final, TypeVar

try:
    from itemadapter import ItemAdapter
    from scrapy.exceptions import DropItem, NotConfigured
    from w3lib.encoding import http_content_type_encoding
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "cleanbody.integrations.scrapy needs Scrapy: pip install 'cleanbody[scrapy]'"
    ) from error

from cleanbody.annotation import build_annotation
from cleanbody.api import clean, warm_up
from cleanbody.config import Config
from cleanbody.html.decode import decode_declared
from cleanbody.sites import SiteMemory

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Response
    from scrapy.settings import BaseSettings
    from scrapy.statscollectors import StatsCollector

    from cleanbody.result import Result

__all__ = ["STAT_PREFIX", "CleanBodyPipeline", "response_document"]

#: Every statistic this pipeline records starts with this, so they are easy to find.
STAT_PREFIX: Final = "cleanbody"

_T = TypeVar("_T")
logger = logging.getLogger(__name__)


def response_document(response: Response) -> str:
    """Return a response's page as text, decoded the way ``clean()`` should see it.

    A byte order mark wins; then bytes that are valid UTF-8 are read as UTF-8 (other
    encodings almost never form valid UTF-8, and a server's default header often lies
    about a UTF-8 page); then the charset of the HTTP ``Content-Type`` header decodes
    them; without one (or with a UTF-8 one over bytes that are not), what
    ``cleanbody.clean`` does with bytes: the page's ``<meta charset>``, then a detector.

    Store this in the item rather than ``response.text`` (whose last resort differs
    across Scrapy versions, and which non-text responses lack) or ``response.body``
    (bytes alone lose the header's charset, and feed exporters cannot write them).

    >>> from scrapy.http import HtmlResponse
    >>> page = "<html><body><p>Привет, мир.</p></body></html>".encode("cp1251")
    >>> headers = {"Content-Type": "text/html; charset=windows-1251"}
    >>> response = HtmlResponse("https://example.org/", body=page, headers=headers)
    >>> "Привет" in response_document(response)
    True
    """
    content_type = response.headers.get(b"Content-Type") or b""
    charset = http_content_type_encoding(content_type.decode("latin-1"))
    return decode_declared(response.body, charset)


@dataclass(frozen=True)
class _Settings:
    """The ``CLEANBODY_*`` settings, read once when the crawler builds the pipeline."""

    field: str
    output_field: str
    annotation_field: str
    url_field: str
    store_removals: bool
    drop_empty: bool
    drop_paywalled: bool
    max_removed_ratio: float | None
    threads: int
    processes: int
    config: Config
    site_memory: str
    site_learn: bool

    @classmethod
    def read(cls, settings: BaseSettings) -> _Settings:
        """Read and check the settings; a wrong value raises ``ValueError`` saying which."""
        ratio = settings.get("CLEANBODY_MAX_REMOVED_RATIO")
        try:
            max_ratio = None if ratio in (None, "") else float(ratio)
        except ValueError:
            max_ratio = -1.0
        if max_ratio is not None and not 0.0 <= max_ratio <= 1.0:
            raise ValueError(
                "CLEANBODY_MAX_REMOVED_RATIO is a share of the text, between 0 and 1, "
                f"not {ratio!r}"
            )
        threads = settings.getint("CLEANBODY_THREADS", 1)
        if threads < 1:
            raise ValueError(f"CLEANBODY_THREADS must be 1 or more, not {threads}")
        processes = settings.getint("CLEANBODY_PROCESSES", 0)
        if processes < 0:
            raise ValueError(f"CLEANBODY_PROCESSES must be 0 (threads) or more, not {processes}")
        field = settings.get("CLEANBODY_FIELD", "body")
        output_field = settings.get("CLEANBODY_OUTPUT_FIELD", "text")
        if not field or not output_field:
            raise ValueError("CLEANBODY_FIELD and CLEANBODY_OUTPUT_FIELD must name a field")
        site_memory = settings.get("CLEANBODY_SITE_MEMORY", "") or ""
        site_learn = settings.getbool("CLEANBODY_SITE_LEARN", False)
        if site_learn and not site_memory:
            raise ValueError(
                "CLEANBODY_SITE_LEARN needs CLEANBODY_SITE_MEMORY, the file the memory is "
                "saved to when the spider closes"
            )
        if site_memory and (processes or threads > 1):
            raise ValueError(
                "CLEANBODY_SITE_MEMORY cleans in one thread (one memory, learnt and read in "
                "order): set CLEANBODY_THREADS = 1 and CLEANBODY_PROCESSES = 0"
            )
        try:
            config = Config(
                mode=settings.get("CLEANBODY_MODE", "balanced"),
                keep=frozenset(settings.getlist("CLEANBODY_KEEP")),
            )
        except ValueError as error:
            raise ValueError(f"CLEANBODY_MODE or CLEANBODY_KEEP: {error}") from error
        return cls(
            field=field,
            output_field=output_field,
            annotation_field=settings.get("CLEANBODY_ANNOTATION_FIELD", STAT_PREFIX) or "",
            url_field=settings.get("CLEANBODY_URL_FIELD", "url") or "",
            store_removals=settings.getbool("CLEANBODY_STORE_REMOVALS", False),
            drop_empty=settings.getbool("CLEANBODY_DROP_EMPTY", True),
            drop_paywalled=settings.getbool("CLEANBODY_DROP_PAYWALLED", False),
            max_removed_ratio=max_ratio,
            threads=threads,
            processes=processes,
            config=config,
            site_memory=site_memory,
            site_learn=site_learn,
        )


class CleanBodyPipeline:
    """Clean one field of every item, off the reactor thread; count, annotate, drop.

    Settings (all optional; see ``docs/scrapy.md``): ``CLEANBODY_ENABLED`` (default
    true), ``CLEANBODY_FIELD`` (the page, default ``"body"``: text from
    :func:`response_document`, or bytes, whose charset is then detected),
    ``CLEANBODY_OUTPUT_FIELD`` (default ``"text"``; the same name as the input replaces
    it), ``CLEANBODY_ANNOTATION_FIELD`` (default ``"cleanbody"``; empty: none),
    ``CLEANBODY_STORE_REMOVALS`` (add every removal to the annotation),
    ``CLEANBODY_URL_FIELD`` (default ``"url"``, passed to ``clean(url=...)``),
    ``CLEANBODY_MODE``, ``CLEANBODY_KEEP`` (as in ``clean()``),
    ``CLEANBODY_DROP_EMPTY`` (default true), ``CLEANBODY_DROP_PAYWALLED``,
    ``CLEANBODY_MAX_REMOVED_RATIO``, ``CLEANBODY_THREADS`` (default 1) and
    ``CLEANBODY_PROCESSES`` (default 0: clean in threads of the crawling process; ``N``:
    in ``N`` worker processes, which clean in parallel with the crawl).

    Any item type ``itemadapter`` knows works (dict, ``scrapy.Item``, dataclass,
    attrs, pydantic); a declared item type must declare the output and annotation
    fields. An item is passed on unchanged, counted and logged once per cause, when it
    lacks the field, holds no text there, cannot take the output fields, or already
    holds a value of its own in one of them (nothing of the spider's is overwritten).

    Statistics: ``cleanbody/items``, ``cleanbody/changed`` (items with a removal),
    ``cleanbody/removed_chars``, ``cleanbody/removed/<category>`` (removals),
    ``cleanbody/dropped/<reason>`` (``empty``, ``paywalled``, ``removed_ratio``),
    ``cleanbody/skipped/<cause>``, ``cleanbody/error`` (pages not cleaned, the reason in
    the annotation's ``error``; never dropped as empty) and ``cleanbody/failed``.
    """

    def __init__(self, settings: _Settings, stats: StatsCollector) -> None:
        self.settings = settings
        self.stats = stats
        self._pool: Executor | None = None
        self._warming: Future[None] | None = None
        self._memory: SiteMemory | None = None
        self._logged: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CleanBodyPipeline:
        """Build the pipeline from the crawler's settings (Scrapy calls this)."""
        if not crawler.settings.getbool("CLEANBODY_ENABLED", True):
            raise NotConfigured("CLEANBODY_ENABLED is false")
        if crawler.stats is None:  # pragma: no cover - Scrapy always sets it
            raise NotConfigured("the crawler has no stats collector")
        return cls(_Settings.read(crawler.settings), crawler.stats)

    def _load_memory(self) -> None:
        """Read ``CLEANBODY_SITE_MEMORY`` (a new, empty memory when learning from scratch)."""
        path = self.settings.site_memory
        if not path:
            return
        if Path(path).exists():
            self._memory = SiteMemory.load(path, self.settings.config)
        elif self.settings.site_learn:
            self._memory = SiteMemory(self.settings.config)
        else:
            raise FileNotFoundError(
                f"CLEANBODY_SITE_MEMORY: no file {path!r}; learn one first (a crawl with "
                "CLEANBODY_SITE_LEARN = True, SiteMemory.save, or cleanbody --sites)"
            )

    def _clean_with_memory(
        self, memory: SiteMemory, document: str | bytes, url: str | None
    ) -> Result:
        """Clean one page with the site memory (learning the page into it first, if asked)."""
        if self.settings.site_learn:
            memory.learn(document, url=url)
        return memory.clean(document, url=url, config=self.settings.config)

    async def open_spider(self, spider: object = None) -> None:
        """Start the cleaning pool and warm it up (see "Off the reactor thread" in the docs).

        A thread warms up before the first request: beside a busy reactor it would take
        several times as long, and hold back the first items. Worker processes warm up
        in parallel with the first downloads.
        """
        self._load_memory()
        self._start()
        if not self.settings.processes and self._warming is not None:
            await _wait(self._warming)

    def _start(self) -> Executor:
        settings = self.settings
        pool: Executor
        if settings.processes:
            # Spawned, not forked: the crawling process runs threads (the reactor's, DNS).
            pool = ProcessPoolExecutor(
                settings.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=warm_up,
                initargs=(settings.config,),
            )
        else:
            pool = ThreadPoolExecutor(settings.threads, thread_name_prefix="cleanbody")
        # With processes, one warm-up per worker makes the pool start them all now.
        for _ in range(settings.processes or 1):
            self._warming = pool.submit(warm_up, settings.config)
        self._pool = pool
        return pool

    def close_spider(self, spider: object = None) -> None:
        """Stop the cleaning threads or processes (every item has been processed by then)."""
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None
        if self._memory is not None and self.settings.site_learn:
            self._memory.save(self.settings.site_memory)

    async def process_item(self, item: _T, spider: object = None) -> _T:
        """Clean ``item``'s field in the cleaning pool; return the item or raise ``DropItem``."""
        adapter = ItemAdapter(item)
        document = self._document(adapter)
        if document is None:
            return item
        url = adapter.get(self.settings.url_field) if self.settings.url_field else None
        try:
            page_url = url if isinstance(url, str) else None
            if self._memory is None:
                result = await self._in_pool(clean, document, self.settings.config, url=page_url)
            else:  # one thread: the memory is learnt and read in item order
                result = await self._in_pool(
                    self._clean_with_memory, self._memory, document, page_url
                )
        except Exception as error:
            logger.exception("cleanbody failed on an item; passed on unchanged (url %s)", url)
            self.stats.inc_value(f"{STAT_PREFIX}/failed")
            if isinstance(error, BrokenProcessPool):
                self._pool = None  # a worker died (killed, out of memory): start a new pool
            return item
        self._count(result)
        if result.metadata.get("error"):
            # Not cleaned (over Config.max_input_chars...): passed on with the reason.
            self.stats.inc_value(f"{STAT_PREFIX}/error")
            logger.warning("cleanbody: %s (url %s)", result.metadata["error"], url)
        reason = self._drop_reason(result)
        if reason is not None:
            self.stats.inc_value(f"{STAT_PREFIX}/dropped/{reason}")
            raise DropItem(f"cleanbody: {reason} ({_DROP_WHY[reason]}): {url or 'no url'}")
        adapter[self.settings.output_field] = result.text
        if self.settings.annotation_field:
            adapter[self.settings.annotation_field] = self._annotation(result)
        return item

    def _document(self, adapter: ItemAdapter) -> str | bytes | None:
        """The item's page, or ``None`` (counted and logged) when it cannot be cleaned."""
        settings = self.settings
        if settings.field not in adapter:
            self._skip(
                "no_field",
                f"items without a {settings.field!r} field are passed on unchanged "
                f"(fields: {', '.join(adapter.keys()) or 'none'}); set CLEANBODY_FIELD",
            )
            return None
        document = adapter[settings.field]
        if isinstance(document, bytearray | memoryview):
            document = bytes(document)
        if not isinstance(document, str | bytes):
            self._skip(
                "not_text",
                f"items whose {settings.field!r} is {type(document).__name__}, not str or "
                "bytes, are passed on unchanged",
            )
            return None
        targets = [settings.output_field, settings.annotation_field]
        for target in filter(None, targets):
            if not isinstance(adapter.item, dict) and target not in adapter.field_names():
                self._skip(
                    "no_output_field",
                    f"{type(adapter.item).__name__} has no field {target!r}: declare it "
                    "or name another with CLEANBODY_OUTPUT_FIELD / CLEANBODY_ANNOTATION_FIELD",
                )
                return None
            if target != settings.field and adapter.get(target) not in (None, "", {}):
                self._skip(
                    "field_taken",
                    f"items already holding a value in {target!r} are passed on unchanged "
                    "rather than overwritten; name a free field with CLEANBODY_OUTPUT_FIELD "
                    "/ CLEANBODY_ANNOTATION_FIELD",
                )
                return None
        self.stats.inc_value(f"{STAT_PREFIX}/items")
        return document

    def _skip(self, cause: str, message: str) -> None:
        self.stats.inc_value(f"{STAT_PREFIX}/skipped/{cause}")
        if cause not in self._logged:
            self._logged.add(cause)
            logger.warning("cleanbody: %s", message)

    async def _in_pool(self, function: Callable[..., _T], *args: Any, **kwargs: Any) -> _T:
        """Run ``function`` in the cleaning pool and await it without blocking the reactor."""
        # No pool yet when process_item is called without open_spider (a pipeline used by hand).
        pool = self._pool or self._start()
        return await _wait(pool.submit(function, *args, **kwargs))

    def _count(self, result: Result) -> None:
        if not result.removed:
            return
        self.stats.inc_value(f"{STAT_PREFIX}/changed")
        self.stats.inc_value(
            f"{STAT_PREFIX}/removed_chars", int(result.metadata.get("removed_chars", 0))
        )
        for removal in result.removed:
            self.stats.inc_value(f"{STAT_PREFIX}/removed/{removal.category}")

    def _drop_reason(self, result: Result) -> str | None:
        settings = self.settings
        ratio = float(result.metadata.get("removed_ratio", 0.0))
        if settings.max_removed_ratio is not None and ratio > settings.max_removed_ratio:
            return "removed_ratio"
        if settings.drop_empty and not result.text.strip() and not result.metadata.get("error"):
            return "empty"
        if settings.drop_paywalled and result.metadata.get("paywalled"):
            return "paywalled"
        return None

    def _annotation(self, result: Result) -> dict[str, Any]:
        """The fixed-shape account of :mod:`cleanbody.annotation`, as every pipeline stores."""
        return build_annotation(result, "removals" if self.settings.store_removals else "summary")


_DROP_WHY: Final = {
    "removed_ratio": "more than CLEANBODY_MAX_REMOVED_RATIO of the text was boilerplate",
    "empty": "no article text left; CLEANBODY_DROP_EMPTY",
    "paywalled": "a paywall notice: the article is cut short; CLEANBODY_DROP_PAYWALLED",
}


async def _wait(future: Future[_T]) -> _T:
    """Wait for ``future`` of a pool without blocking the reactor, whichever it is."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return await _deferred(future)
    return await asyncio.wrap_future(future)


async def _deferred(future: Future[_T]) -> _T:
    """Wait for ``future`` under a Twisted reactor that is not asyncio's."""
    from twisted.internet import reactor  # noqa: PLC0415  (the reactor Scrapy installed)
    from twisted.internet.defer import Deferred  # noqa: PLC0415

    waiting: Deferred[_T] = Deferred()

    def settle(done: Future[_T]) -> None:
        error = done.exception()
        if error is not None:
            waiting.errback(error)
        else:
            waiting.callback(done.result())

    future.add_done_callback(lambda done: reactor.callFromThread(settle, done))
    return await waiting
