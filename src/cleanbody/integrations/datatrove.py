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

import contextlib
from collections.abc import Iterable
from typing import Any, Final

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.pipeline.base import PipelineStep
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "cleanbody.integrations.datatrove needs datatrove: pip install 'cleanbody[datatrove]'"
    ) from error

from cleanbody.cli.records import ANNOTATION_KEY, annotation
from cleanbody.config import Config, Mode

__all__ = ["STAT_PREFIX", "CleanBodyStep"]

#: Every statistic this step records starts with this, so they are easy to find.
STAT_PREFIX: Final = "cleanbody"


class CleanBodyStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Clean ``doc.text``, keep the account in ``doc.metadata["cleanbody"]``, drop if asked.

    Each document's text is replaced by the article alone; the metadata key holds the
    removals (spans into the original text, categories, rules, scores) and metadata
    (``removed_ratio``, ``paywalled``, ``truncated``, ``publisher``, ...), as in the
    ``cleanbody`` object of the command's JSON Lines output. A document's ``url``
    metadata helps the HTML path.

    Statistics (in the executor's ``stats.json``): ``cleanbody_documents``,
    ``cleanbody_changed`` (documents with a removal), ``cleanbody_removed_chars``,
    ``cleanbody_removed_<category>`` (removals per category), ``cleanbody_failed``,
    ``cleanbody_dropped`` and ``cleanbody_dropped_<reason>``.

    Dropped documents (paywalled, truncated, or more than ``max_removed_ratio``
    removed) go to ``exclusion_writer`` with their original text, so the removal spans
    in their metadata index into it, and ``metadata["filter_reason"]`` says why.

    Args:
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``.
        keep: Shortcut for ``config.keep``.
        drop_paywalled: Drop documents with a paywall notice (the article is cut short).
        drop_truncated: Drop documents flagged as truncated.
        max_removed_ratio: Drop documents with more than this share of text removed.
        exclusion_writer: A datatrove writer for the dropped documents.
        fail_on_error: Re-raise an error while cleaning; by default the document is
            passed on unchanged and counted as ``cleanbody_failed``.

    >>> from datatrove.data import Document
    >>> step = CleanBodyStep()
    >>> doc = Document(text="Rain on Friday.\\nRead more: Storm warning", id="1")
    >>> [d.text for d in step.run([doc])]
    ['Rain on Friday.']
    >>> doc.metadata["cleanbody"]["metadata"]["categories"]
    {'related': 1}
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
        exclusion_writer: Any = None,
        fail_on_error: bool = False,
    ) -> None:
        super().__init__()
        # Built now so that a bad mode or category fails when the pipeline is defined.
        settings = config or Config()
        self.config = Config(
            mode=mode or settings.mode,
            keep=frozenset(keep) if keep is not None else settings.keep,
            max_input_chars=settings.max_input_chars,
            prune_html=settings.prune_html,
        )
        if max_removed_ratio is not None and not 0.0 <= max_removed_ratio <= 1.0:
            raise ValueError(
                f"max_removed_ratio is a share of the text, between 0 and 1, "
                f"not {max_removed_ratio}"
            )
        self.drop_paywalled = drop_paywalled
        self.drop_truncated = drop_truncated
        self.max_removed_ratio = max_removed_ratio
        self.exclusion_writer = exclusion_writer
        self.fail_on_error = fail_on_error

    def _drop_reason(self, metadata: dict[str, Any]) -> str | None:
        if self.drop_paywalled and metadata.get("paywalled"):
            return "paywalled"
        if self.drop_truncated and metadata.get("truncated"):
            return "truncated"
        ratio = metadata.get("removed_ratio", 0.0)
        if self.max_removed_ratio is not None and ratio > self.max_removed_ratio:
            return "removed_ratio"
        return None

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Clean every document of ``data``; yield those kept (see the class docstring)."""
        from cleanbody.api import clean  # noqa: PLC0415  (import cost paid in the worker)

        writer_context: Any = self.exclusion_writer or contextlib.nullcontext()
        with writer_context as writer:
            for doc in data or ():
                self.stat_update(f"{STAT_PREFIX}_documents")
                try:
                    url = doc.metadata.get("url")
                    with self.track_time():
                        result = clean(
                            doc.text, self.config, url=url if isinstance(url, str) else None
                        )
                except Exception:
                    if self.fail_on_error:
                        raise
                    self.stat_update(f"{STAT_PREFIX}_failed")
                    yield doc
                    continue
                note = annotation(result)
                doc.metadata[ANNOTATION_KEY] = note
                self._count(note)
                reason = self._drop_reason(note["metadata"])
                if reason is not None:
                    self.stat_update(f"{STAT_PREFIX}_dropped", f"{STAT_PREFIX}_dropped_{reason}")
                    if writer is not None:
                        doc.metadata["filter_reason"] = f"{STAT_PREFIX}_{reason}"
                        writer.write(doc, rank)
                    continue
                doc.text = result.text
                self.update_doc_stats(doc)
                yield doc

    def _count(self, note: dict[str, Any]) -> None:
        removed = note["removed"]
        if not removed:
            return
        self.stat_update(f"{STAT_PREFIX}_changed")
        self.stat_update(
            f"{STAT_PREFIX}_removed_chars", value=int(note["metadata"].get("removed_chars", 0))
        )
        for removal in removed:
            self.stat_update(f"{STAT_PREFIX}_removed_{removal['category']}")
