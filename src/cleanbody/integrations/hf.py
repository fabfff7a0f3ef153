"""Hugging Face ``datasets``: clean a text column with ``Dataset.map(batched=True)``.

The function works on the plain dict of lists that ``map`` passes, so it imports
nothing from ``datasets`` and runs the same under ``num_proc=N``::

    from datasets import load_dataset
    from cleanbody.integrations.hf import clean_examples

    ds = load_dataset("json", data_files="dump.jsonl", split="train")
    ds = ds.map(clean_examples, batched=True, num_proc=8, fn_kwargs={"field": "text"})
    ds = ds.filter(lambda row: not row["cleanbody_paywalled"])
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Final

from cleanbody.api import clean
from cleanbody.config import Config, Mode

__all__ = ["COLUMNS", "clean_examples"]

#: The columns ``clean_examples`` adds, after the prefix.
COLUMNS: Final = ("removed_categories", "removed_ratio", "paywalled", "truncated", "publisher")


def clean_examples(
    batch: Mapping[str, Sequence[Any]],
    *,
    field: str = "text",
    config: Config | None = None,
    mode: Mode | None = None,
    keep: Iterable[str] | None = None,
    prefix: str = "cleanbody_",
) -> dict[str, list[Any]]:
    """Clean ``batch[field]`` and return it with flat columns describing each cleaning.

    Made for ``Dataset.map(clean_examples, batched=True)``: the returned columns
    replace ``field`` and are added beside the others. The added columns, named with
    ``prefix``, are ``removed_categories`` (sorted list of the categories removed),
    ``removed_ratio`` (share of characters removed), ``paywalled``, ``truncated`` and
    ``publisher`` (the organisation an appeal names, or ``None``). A missing text
    (``None``) stays ``None``, with ``None`` in the added columns.

    Args:
        batch: Columns of a batch, as ``map`` passes them.
        field: The column holding the text (or HTML) to clean.
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``.
        keep: Shortcut for ``config.keep``.
        prefix: Put before the added column names, so they do not clash with yours.

    Returns:
        ``{field: [...], prefix + "removed_categories": [...], ...}``.

    Raises:
        KeyError: ``batch`` has no column ``field``.
        TypeError: A value of ``field`` is neither text, bytes nor ``None``.

    >>> out = clean_examples({"text": ["Rain on Friday.\\nRead more: Storm warning", None]})
    >>> out["text"], out["cleanbody_removed_categories"]
    (['Rain on Friday.', None], [['related'], None])
    """
    if field not in batch:
        raise KeyError(
            f"the batch has no column {field!r} (columns: {', '.join(batch)}); "
            "pass fn_kwargs={'field': NAME}"
        )
    texts: list[str | None] = []
    columns: dict[str, list[Any]] = {name: [] for name in COLUMNS}
    for doc in batch[field]:
        if doc is None:
            texts.append(None)
            for values in columns.values():
                values.append(None)
            continue
        result = clean(doc, config, mode=mode, keep=keep)
        texts.append(result.text)
        columns["removed_categories"].append(sorted({m.category for m in result.removed}))
        columns["removed_ratio"].append(float(result.metadata.get("removed_ratio", 0.0)))
        columns["paywalled"].append(bool(result.metadata.get("paywalled", False)))
        columns["truncated"].append(bool(result.metadata.get("truncated", False)))
        columns["publisher"].append(result.metadata.get("publisher"))
    return {field: texts} | {prefix + name: values for name, values in columns.items()}
