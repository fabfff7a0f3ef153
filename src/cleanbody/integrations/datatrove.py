"""datatrove: ``CleanBodyStep``, a pipeline step that cleans each document's text.

It is a plain ``PipelineStep`` rather than a ``BaseFormatter``, because a formatter
only maps text to text and cannot store what was removed. Scale it like any datatrove
step: ``LocalPipelineExecutor`` on one machine, ``SlurmPipelineExecutor`` or
``RayPipelineExecutor`` on many (see ``docs/pipelines.md``)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleanbody.integrations.datatrove import CleanBodyStep

    LocalPipelineExecutor(
        pipeline=[
            JsonlReader("data/raw/"),
            CleanBodyStep(drop_paywalled=True, exclusion_writer=JsonlWriter("data/dropped/")),
            JsonlWriter("data/clean/"),
        ],
        tasks=8,
        logging_dir="logs/clean",
    ).run()
"""

from __future__ import annotations

import codecs
import contextlib
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import TracebackType
from typing import Any, Final

try:
    from datatrove.data import Document, DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
    from datatrove.pipeline.extractors.base import BaseExtractor, ExtractorSandbox
    from datatrove.pipeline.readers.base import BaseDiskReader
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "cleanbody.integrations.datatrove needs datatrove: pip install 'cleanbody[datatrove]'"
    ) from error

from cleanbody.annotation import Detail, build_annotation, check_detail, error_annotation
from cleanbody.cli.records import ANNOTATION_KEY
from cleanbody.config import Config, Mode
from cleanbody.html.decode import decode_declared
from cleanbody.html.extract import check_trafilatura_options
from cleanbody.result import Result

__all__ = [
    "EXTRACT_TIMEOUT",
    "STAT_PREFIX",
    "CleanBodyExtractor",
    "CleanBodyStep",
    "HtmlWarcReader",
]

LOGGER = logging.getLogger(__name__)

#: Every statistic this step records starts with this, so they are easy to find.
STAT_PREFIX: Final = "cleanbody"
#: Seconds a page may take in ``CleanBodyExtractor``: twice datatrove's 1 s, since the whole
#: HTML path costs about twice ``trafilatura.extract``; on a loaded 2-core machine 4 of the
#: 181 AEB pages went over 1 s, none over 2 s (benchmarks/pipelines.py).
EXTRACT_TIMEOUT: Final = 2.0


def _count_removals(step: PipelineStep, note: Mapping[str, Any]) -> None:
    """Add a document's removals to ``step``'s statistics (changed, chars, per category)."""
    if not note["removals"]:
        return
    step.stat_update(f"{STAT_PREFIX}_changed")
    step.stat_update(f"{STAT_PREFIX}_removed_chars", value=note["removed_chars"])
    for category, count in note["categories"].items():
        if count:
            step.stat_update(f"{STAT_PREFIX}_removed_{category}", value=count)


class CleanBodyStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Clean ``doc.text``, keep the account in ``doc.metadata["cleanbody"]``, drop if asked.

    Each document's text is replaced by the article alone; the metadata key holds the
    account of :mod:`cleanbody.annotation`, with the same keys and types in every
    document so that Parquet and Arrow writers agree on one schema: by default the
    summary (``removed_chars``, ``removed_ratio``, ``paywalled``, ``truncated``,
    ``publisher``, ``error``, ``removals`` and a count for every category), with
    ``detail="removals"`` every removal too. A document's ``url`` metadata helps the
    HTML path; for HTML pages, :class:`CleanBodyExtractor` adds a timeout and drops the
    pages that give no text.

    Statistics (in the executor's ``stats.json``): ``cleanbody_documents``,
    ``cleanbody_changed`` (documents with a removal), ``cleanbody_removed_chars``,
    ``cleanbody_removed_<category>`` (removals per category), ``cleanbody_failed``,
    ``cleanbody_dropped`` and ``cleanbody_dropped_<reason>``.

    Dropped documents (empty, paywalled, truncated, or more than ``max_removed_ratio``
    removed) go to ``exclusion_writer`` with their original text, so the removal spans
    in their metadata index into it, and ``metadata["filter_reason"]`` says why.

    Args:
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``.
        keep: Shortcut for ``config.keep``.
        drop_paywalled: Drop documents with a paywall notice (the article is cut short).
        drop_truncated: Drop documents flagged as truncated.
        max_removed_ratio: Drop documents with more than this share of text removed.
        drop_empty: Drop documents with no text left (the default: datatrove's writers
            leave out an empty text, so a Parquet file would lose its ``text`` column).
        exclusion_writer: A datatrove writer for the dropped documents.
        fail_on_error: Re-raise an error while cleaning; by default the document is
            passed on unchanged, with the error in its account, and counted as
            ``cleanbody_failed``.
        detail: ``"summary"`` (default) or ``"removals"``; see :mod:`cleanbody.annotation`.
        site_memory: A :class:`~cleanbody.SiteMemory`, or the folder of merged shards
            that :mod:`cleanbody.integrations.datatrove_sites`'s steps wrote (loaded once
            per task, in the worker): each document is cleaned with its host's memory,
            whose ``SITE-REPEAT`` evidence joins the rules' and the model's.
        url_key: The metadata key that holds each document's URL.

    >>> from datatrove.data import Document
    >>> step = CleanBodyStep()
    >>> doc = Document(text="Rain on Friday.\\nRead more: Storm warning", id="1")
    >>> [d.text for d in step.run([doc])]
    ['Rain on Friday.']
    >>> doc.metadata["cleanbody"]["categories"]["related"], doc.metadata["cleanbody"]["removals"]
    (1, 1)
    """

    name = "🧹 cleanbody"
    type = "✂️ - FORMAT"

    def __init__(
        self,
        config: Config | None = None,
        *,
        mode: Mode | None = None,
        keep: Iterable[str] | None = None,
        drop_paywalled: bool = False,
        drop_truncated: bool = False,
        max_removed_ratio: float | None = None,
        drop_empty: bool = True,
        exclusion_writer: Any = None,
        fail_on_error: bool = False,
        detail: Detail = "summary",
        site_memory: Any = None,
        url_key: str = "url",
    ) -> None:
        super().__init__()
        self.config = (config or Config()).with_shortcuts(mode, keep)
        self.site_memory = site_memory
        self.url_key = url_key
        if max_removed_ratio is not None and not 0.0 <= max_removed_ratio <= 1.0:
            raise ValueError(
                f"max_removed_ratio is a share of the text, between 0 and 1, "
                f"not {max_removed_ratio}"
            )
        self.drop_paywalled = drop_paywalled
        self.drop_truncated = drop_truncated
        self.max_removed_ratio = max_removed_ratio
        self.drop_empty = drop_empty
        self.exclusion_writer = exclusion_writer
        self.fail_on_error = fail_on_error
        self.detail = check_detail(detail)

    def _drop_reason(self, note: dict[str, Any], text: str) -> str | None:
        if self.drop_empty and not text.strip():
            return "empty"
        if self.drop_paywalled and note["paywalled"]:
            return "paywalled"
        if self.drop_truncated and note["truncated"]:
            return "truncated"
        if self.max_removed_ratio is not None and note["removed_ratio"] > self.max_removed_ratio:
            return "removed_ratio"
        return None

    def _cleaner(self) -> Callable[[str, str | None], Result]:
        """``clean``, or the site memory's ``clean`` (the memory loaded on first use)."""
        from cleanbody.api import clean  # noqa: PLC0415  (import cost paid in the worker)
        from cleanbody.sites import SiteMemory  # noqa: PLC0415

        config = self.config
        if self.site_memory is None:
            return lambda text, url: clean(text, config, url=url)
        if not isinstance(self.site_memory, SiteMemory):
            from cleanbody.integrations.datatrove_sites import (  # noqa: PLC0415
                load_site_memory,
            )

            self.site_memory = load_site_memory(self.site_memory, config)
        memory = self.site_memory
        return lambda text, url: memory.clean(text, url=url, config=config)

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean every document of ``data``; yield those kept (see the class docstring)."""
        cleaner = self._cleaner()
        writer_context: Any = self.exclusion_writer or contextlib.nullcontext()
        with writer_context as writer:
            for doc in data or ():
                self.stat_update(f"{STAT_PREFIX}_documents")
                try:
                    url = doc.metadata.get(self.url_key)
                    with self.track_time():
                        result = cleaner(doc.text, url if isinstance(url, str) else None)
                except Exception as error:
                    if self.fail_on_error:
                        raise
                    self.stat_update(f"{STAT_PREFIX}_failed")
                    doc.metadata[ANNOTATION_KEY] = error_annotation(
                        f"{type(error).__name__}: {error}", self.detail
                    )
                    yield doc
                    continue
                note = build_annotation(result, self.detail)
                doc.metadata[ANNOTATION_KEY] = note
                _count_removals(self, note)
                reason = self._drop_reason(note, result.text)
                if reason is not None:
                    self.stat_update(f"{STAT_PREFIX}_dropped", f"{STAT_PREFIX}_dropped_{reason}")
                    if writer is not None:
                        doc.metadata["filter_reason"] = f"{STAT_PREFIX}_{reason}"
                        writer.write(doc, rank)
                    continue
                doc.text = result.text
                self.update_doc_stats(doc)
                yield doc


class _InProcess:
    """Runs the extraction in this process: the sandbox's interface, without a timeout."""

    def __enter__(self) -> _InProcess:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        return None

    def process_document(
        self, page: tuple[str, str | None], extract: Callable[..., tuple[str, dict[str, Any]]]
    ) -> tuple[str, dict[str, Any]]:
        return extract(*page)


class CleanBodyExtractor(BaseExtractor):  # type: ignore[misc]  # datatrove ships no type hints
    """Extract the article of each HTML document with cleanbody's whole HTML path.

    The datatrove counterpart of trafilatura's extractor step, with cleanbody's pruning
    of appeal, paywall and newsletter containers, its paywall markup and its text
    engine: ``doc.text`` (a page's HTML, as a WARC reader gives it) becomes the clean
    article and ``doc.metadata["cleanbody"]`` holds the account of
    :mod:`cleanbody.annotation` (same keys and types in every document).

    Each page runs in a worker process that is killed and replaced when a page takes
    longer than ``timeout`` seconds (datatrove's ``ExtractorSandbox``, as its own
    extractors use). cleanbody is warmed up once per task, before the worker is forked,
    so neither the first page nor a replaced worker pays the start-up.

    Documents that give no text, time out or fail are dropped, counted and, with an
    ``exclusion_writer``, written there unchanged with ``metadata["filter_reason"]``.

    Statistics: ``cleanbody_documents``, ``cleanbody_extracted``, ``cleanbody_changed``,
    ``cleanbody_removed_chars``, ``cleanbody_removed_<category>``, ``cleanbody_dropped``
    and ``cleanbody_dropped_<reason>`` (``empty``, ``timeout``, ``broken_process``,
    ``failed``).

    Args:
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``.
        keep: Shortcut for ``config.keep``.
        timeout: Seconds a page may take (default :data:`EXTRACT_TIMEOUT`, 2 s);
            ``None`` runs every page in the task's own process, without a limit.
        trafilatura_options: Passed on to ``trafilatura.bare_extraction``, e.g.
            ``{"fast": True, "with_metadata": False}`` (a page takes about a third
            less time; the page metadata is then left out); names in
            :data:`cleanbody.html.extract.TRAFILATURA_OPTIONS`.
        detail: ``"summary"`` (default) or ``"removals"``; see :mod:`cleanbody.annotation`.
        exclusion_writer: A datatrove writer for the dropped documents.

    Raises:
        ValueError: A bad mode, category, timeout, trafilatura option or detail, when the
            step is built.

    >>> from datatrove.data import Document
    >>> page = ("<html><body><article><p>The river rose two metres overnight and closed "
    ...         "the old bridge.</p><div class='newsletter-signup'>Get our briefing.</div>"
    ...         "</article></body></html>")
    >>> docs = [Document(text=page, id="1"), Document(text="<html></html>", id="2")]
    >>> step = CleanBodyExtractor(timeout=None)
    >>> [(doc.id, doc.text, doc.metadata["cleanbody"]["categories"]["newsletter"])
    ...  for doc in step.run(docs)]
    [('1', 'The river rose two metres overnight and closed the old bridge.', 1)]
    >>> step.stats["cleanbody_dropped_empty"].total
    1
    """

    name = "🧹 cleanbody extractor"

    def __init__(
        self,
        config: Config | None = None,
        *,
        mode: Mode | None = None,
        keep: Iterable[str] | None = None,
        timeout: float | None = EXTRACT_TIMEOUT,
        trafilatura_options: Mapping[str, Any] | None = None,
        detail: Detail = "summary",
        exclusion_writer: Any = None,
    ) -> None:
        if timeout is not None and not timeout > 0:
            raise ValueError(
                f"timeout is seconds per page, above 0, not {timeout}; "
                "pass timeout=None for no limit"
            )
        super().__init__(timeout=timeout)
        self.config = (config or Config()).with_shortcuts(mode, keep)
        self.trafilatura_options = check_trafilatura_options(trafilatura_options)
        self.detail = check_detail(detail)
        self.exclusion_writer = exclusion_writer
        self._warned_error: bool = False

    def extract(self, text: str) -> str:
        """Return the clean article of the page ``text`` (the account is left out).

        >>> CleanBodyExtractor().extract("<p>Rain is expected on Friday in the north.</p>")
        'Rain is expected on Friday in the north.'
        """
        return self._clean(text, None)[0]

    def _clean(self, html: str, url: str | None) -> tuple[str, dict[str, Any]]:
        """Clean one page: what crosses from the worker process is the text and its account."""
        from cleanbody.html import clean_html  # noqa: PLC0415  (import cost paid in the worker)

        result = clean_html(
            html, self.config, url=url, trafilatura_options=self.trafilatura_options
        )
        return result.text, build_annotation(result, self.detail)

    def _sandbox(self) -> ExtractorSandbox | _InProcess:
        if self.timeout is None:
            return _InProcess()
        # The warm-up page of each new worker: tiny, since the task is warm already.
        return ExtractorSandbox(timeout=self.timeout, warmup_text=("", None))

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Extract and clean every page of ``data``; yield those with text (see the class)."""
        from cleanbody.api import warm_up  # noqa: PLC0415

        # Once per task, before the sandbox forks its worker: every worker starts warm.
        warm_up(self.config)
        writer_context: Any = self.exclusion_writer or contextlib.nullcontext()
        with writer_context as writer, self._sandbox() as sandbox:
            for doc in data or ():
                self.stat_update(f"{STAT_PREFIX}_documents")
                url = doc.metadata.get("url")
                page = (doc.text, url if isinstance(url, str) else None)
                with self.track_time():
                    text, note, reason = self._process(sandbox, page)
                if reason is None and not text.strip():
                    reason = "empty"
                if reason is not None:
                    self._drop(doc, reason, writer, rank)
                    continue
                self.stat_update(f"{STAT_PREFIX}_extracted")
                doc.text = text
                doc.metadata[ANNOTATION_KEY] = note
                _count_removals(self, note)
                self.update_doc_stats(doc)
                yield doc

    def _process(
        self, sandbox: ExtractorSandbox | _InProcess, page: tuple[str, str | None]
    ) -> tuple[str, dict[str, Any], str | None]:
        """The page's text, account and drop reason (``None`` when it was cleaned)."""
        try:
            text, note = sandbox.process_document(page, self._clean)
        except TimeoutError:
            LOGGER.warning("cleanbody: a page took over %s s; dropped", self.timeout)
            return "", {}, "timeout"
        except EOFError:
            LOGGER.warning("cleanbody: the worker died on a page (out of memory?); dropped")
            return "", {}, "broken_process"
        except Exception as error:  # one bad page must not stop the task
            if not self._warned_error:
                LOGGER.warning("cleanbody: %r on a page; dropped (said once per task)", error)
                self._warned_error = True
            return "", {}, "failed"
        return text, note, None

    def _drop(self, doc: Document, reason: str, writer: Any, rank: int) -> None:
        self.stat_update(f"{STAT_PREFIX}_dropped", f"{STAT_PREFIX}_dropped_{reason}")
        if writer is not None:
            doc.metadata["filter_reason"] = f"{STAT_PREFIX}_{reason}"
            writer.write(doc, rank)


#: Media types of the WARC responses :class:`HtmlWarcReader` keeps.
HTML_TYPES: Final = frozenset({"text/html", "application/xhtml+xml"})


class HtmlWarcReader(BaseDiskReader):  # type: ignore[misc]  # datatrove ships no type hints
    """Read the HTML responses of WARC files (``.warc``, ``.warc.gz``), one document each.

    Like datatrove's ``WarcReader``, but it needs only ``warcio`` (``pip install
    'cleanbody[warc]'``), not ``cchardet`` and ``python-magic``, and it decodes each page
    as :func:`cleanbody.html.decode.decode_declared` does: a byte-order mark, then valid
    UTF-8, then the charset the HTTP ``Content-Type`` header names, then cleanbody's
    decoder (``<meta charset>``, a detector). Each document's ``id`` is the record id; its
    metadata holds ``url``, ``date`` and ``charset`` (what the header declared, ``""``
    when nothing or no text encoding). Records that are not HTTP responses with an HTML
    media type are skipped.

    Args:
        data_folder: A folder (local path, ``s3://...``) or a datatrove ``DataFolder``.
        **kwargs: Any other option of datatrove's ``BaseDiskReader`` (``glob_pattern``,
            ``limit``, ``skip``, ``paths_file``, ``default_metadata``, ...).
    """

    name = "🕷 cleanbody WARC"
    _requires_dependencies = ["warcio"]  # noqa: RUF012  (datatrove reads this class attribute)

    def __init__(self, data_folder: Any, **kwargs: Any) -> None:
        super().__init__(data_folder, **kwargs)

    def read_file(self, filepath: str) -> Iterator[Document]:
        """Yield a document for each HTML response of the WARC file ``filepath``."""
        from warcio.archiveiterator import ArchiveIterator  # noqa: PLC0415  (optional)

        # warcio recognises gzip per record itself; the file is read as it is stored.
        with self.data_folder.open(filepath, "rb", compression=None) as stream:
            for index, record in enumerate(ArchiveIterator(stream)):
                with self.track_time():
                    page = _html_response(record)
                    document = self.get_document_from_dict(page, filepath, index) if page else None
                if document:
                    yield document


def _html_response(record: Any) -> dict[str, Any] | None:
    """The page of a WARC response record with an HTML payload; ``None`` for any other."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    media_type, _, parameters = (record.http_headers.get_header("Content-Type") or "").partition(
        ";"
    )
    if media_type.strip().lower() not in HTML_TYPES:
        return None
    data = record.content_stream().read()
    charset = _http_charset(parameters)
    return {
        "text": decode_declared(data, charset or None),
        "id": record.rec_headers.get_header("WARC-Record-ID"),
        "url": record.rec_headers.get_header("WARC-Target-URI") or "",
        "date": record.rec_headers.get_header("WARC-Date") or "",
        "charset": charset,
    }


def _http_charset(parameters: str) -> str:
    """The text encoding a ``Content-Type`` header's parameters name (``""``: none or unknown).

    >>> _http_charset(' charset="Windows-1251"'), _http_charset(" charset=rot13")
    ('cp1251', '')
    """
    for parameter in parameters.split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            try:
                codec = codecs.lookup(value.strip().strip("\"'"))
            except LookupError:
                return ""
            return codec.name if getattr(codec, "_is_text_encoding", True) else ""
    return ""
