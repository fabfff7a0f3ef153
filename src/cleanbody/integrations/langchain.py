"""LangChain: ``CleanBodyTransformer``, a document transformer for loaders' pages and texts.

Put it between a loader and a splitter, so that appeals, paywall notices and newsletter
boxes never reach the chunks you embed::

    from langchain_community.document_loaders import AsyncHtmlLoader
    from langchain_text_splitters import RecursiveCharacterTextSplitter
    from cleanbody.integrations.langchain import CleanBodyTransformer

    pages = AsyncHtmlLoader(urls).load()
    docs = CleanBodyTransformer(drop_empty=True).transform_documents(pages)
    chunks = RecursiveCharacterTextSplitter(chunk_size=1000).split_documents(docs)

Needs ``pip install 'cleanbody[langchain]'``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, Final

try:
    from langchain_core.documents import BaseDocumentTransformer, Document
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "cleanbody.integrations.langchain needs langchain-core: pip install 'cleanbody[langchain]'"
    ) from error

from cleanbody.annotation import SUMMARY_FIELDS, Detail, build_annotation, check_detail
from cleanbody.api import clean
from cleanbody.cli.records import ANNOTATION_KEY
from cleanbody.config import Config, Mode

__all__ = ["CleanBodyTransformer"]

#: Metadata keys that may hold a page's address, in the order they are tried.
URL_KEYS: Final = ("source", "url")


class CleanBodyTransformer(BaseDocumentTransformer):
    """Clean each document's ``page_content`` (HTML or text) and add cleanbody's summary.

    Each document comes back as a new ``Document`` (the ones given are not changed) with
    the article alone as ``page_content``, the same ``id``, every metadata key it had,
    and under ``metadata_key`` the account of :mod:`cleanbody.annotation`: by default
    the summary (``removed_ratio``, ``paywalled``, ``truncated``, ``publisher``, a count
    for every category, ...). For HTML, a ``source`` or ``url`` metadata key holding an
    ``http(s)`` address helps extraction. ``atransform_documents`` runs the same work in
    a thread, so an event loop is not blocked.

    Loaders give text already decoded: load pages as bytes where you can, or with the
    charset the server sent, since a page decoded with the wrong charset cannot be mended
    afterwards.

    Args:
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``.
        keep: Shortcut for ``config.keep``.
        drop_empty: Leave out the documents with no text left (a page with no article).
        detail: ``"summary"`` (default) or ``"removals"`` (every removal too).
        metadata_key: Where the account goes; a document whose metadata already holds
            something else under it is refused rather than overwritten.

    Raises:
        ValueError: A bad mode, category or detail, when the transformer is built.

    >>> docs = [Document(page_content="Rain on Friday.\\nRead more: Storm warning",
    ...                  metadata={"source": "notes.txt"})]
    >>> (clean_doc,) = CleanBodyTransformer().transform_documents(docs)
    >>> clean_doc.page_content, clean_doc.metadata["source"]
    ('Rain on Friday.', 'notes.txt')
    >>> clean_doc.metadata["cleanbody"]["categories"]["related"]
    1
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        mode: Mode | None = None,
        keep: Iterable[str] | None = None,
        drop_empty: bool = False,
        detail: Detail = "summary",
        metadata_key: str = ANNOTATION_KEY,
    ) -> None:
        # Built now so that a bad mode or category fails when the chain is defined.
        self.config = (config or Config()).with_shortcuts(mode, keep)
        self.drop_empty = drop_empty
        self.detail = check_detail(detail)
        self.metadata_key = metadata_key

    def transform_documents(self, documents: Sequence[Document], **kwargs: Any) -> list[Document]:
        """Return the documents cleaned (see the class docstring); ``kwargs`` are ignored.

        Raises:
            ValueError: A document's metadata holds something other than an earlier
                cleanbody account under ``metadata_key`` (checked before any is cleaned).
        """
        for index, doc in enumerate(documents):
            self._check_key(index, doc)
        cleaned = (self._clean(doc) for doc in documents)
        return [doc for doc in cleaned if not (self.drop_empty and not doc.page_content.strip())]

    def _check_key(self, index: int, doc: Document) -> None:
        present = doc.metadata.get(self.metadata_key)
        if present is None:
            return
        if isinstance(present, dict) and set(SUMMARY_FIELDS) <= set(present):
            return  # cleaned before: the new account replaces the old
        raise ValueError(
            f"document {index} already has metadata[{self.metadata_key!r}], not set by "
            "cleanbody; pass metadata_key=... to store the account under another key"
        )

    def _clean(self, doc: Document) -> Document:
        result = clean(doc.page_content, self.config, url=_url(doc.metadata))
        metadata = {**doc.metadata, self.metadata_key: build_annotation(result, self.detail)}
        return Document(page_content=result.text, metadata=metadata, id=doc.id)


def _url(metadata: dict[str, Any]) -> str | None:
    """The page's address from a loader's metadata, if one is there."""
    for key in URL_KEYS:
        value = metadata.get(key)
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            return value
    return None
