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

from cleanbody.annotation import (
    SUMMARY_FIELDS,
    Detail,
    build_annotation,
    check_detail,
    error_annotation,
)
from cleanbody.api import clean
from cleanbody.config import Config, Mode

__all__ = ["COLUMNS", "clean_examples"]

#: The columns ``clean_examples`` adds, after the prefix (``removed`` too with
#: ``detail="removals"``); :func:`cleanbody.annotation.features` gives their types.
COLUMNS: Final = SUMMARY_FIELDS


def clean_examples(
    batch: Mapping[str, Sequence[Any]],
    *,
    field: str = "text",
    config: Config | None = None,
    mode: Mode | None = None,
    keep: Iterable[str] | None = None,
    prefix: str = "cleanbody_",
    detail: Detail = "summary",
) -> dict[str, list[Any]]:
    """Clean ``batch[field]`` and return it with fixed columns describing each cleaning.

    Made for ``Dataset.map(clean_examples, batched=True)``: the returned columns
    replace ``field`` and are added beside the others. The added columns, named with
    ``prefix``, are the keys of :mod:`cleanbody.annotation`'s summary: ``input_type``,
    ``removed_chars``, ``removed_ratio``, ``paywalled``, ``truncated``, ``publisher``
    (``""`` when none), ``error`` (``""`` when none), ``removals`` and ``categories`` (a
    count for every category); with ``detail="removals"`` also ``removed``. Every row has
    every column with the same type, never ``None``, so batches of any size agree on the
    schema; :func:`cleanbody.annotation.features` gives it. A missing text (``None``)
    stays ``None``; its columns hold zeros and ``error`` says the text was missing.

    Args:
        batch: Columns of a batch, as ``map`` passes them.
        field: The column holding the text (or HTML) to clean.
        config: Settings; the default is ``Config()``.
        mode: Shortcut for ``config.mode``.
        keep: Shortcut for ``config.keep``.
        prefix: Put before the added column names, so they do not clash with yours.
        detail: ``"summary"`` (counts and flags) or ``"removals"`` (every removal too).

    Returns:
        ``{field: [...], prefix + "input_type": [...], ...}``.

    Raises:
        KeyError: ``batch`` has no column ``field``.
        TypeError: A value of ``field`` is neither text, bytes nor ``None``.
        ValueError: An unknown ``detail``, ``mode`` or category in ``keep``.

    >>> out = clean_examples({"text": ["Rain on Friday.\\nRead more: Storm warning", None]})
    >>> out["text"], [row["related"] for row in out["cleanbody_categories"]]
    (['Rain on Friday.', None], [1, 0])
    >>> out["cleanbody_publisher"], out["cleanbody_error"]
    (['', ''], ['', 'no text (None)'])
    """
    if field not in batch:
        raise KeyError(
            f"the batch has no column {field!r} (columns: {', '.join(batch)}); "
            "pass fn_kwargs={'field': NAME}"
        )
    detail = check_detail(detail)
    texts: list[str | None] = []
    notes: list[dict[str, Any]] = []
    for doc in batch[field]:
        if doc is None:
            texts.append(None)
            notes.append(_missing(detail))
            continue
        result = clean(doc, config, mode=mode, keep=keep)
        texts.append(result.text)
        notes.append(build_annotation(result, detail))
    names = notes[0].keys() if notes else _missing(detail).keys()
    return {field: texts} | {prefix + name: [note[name] for note in notes] for name in names}


def _missing(detail: Detail) -> dict[str, Any]:
    return error_annotation("no text (None)", detail)
