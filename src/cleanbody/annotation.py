"""The account of a cleaning that travels with a record through a pipeline: fixed keys, fixed types.

Columnar writers (Parquet, Arrow, ``datasets``) fix a column's type from the first rows
they see, so an account whose keys change from one document to the next (``categories``
holding only the categories found) or whose values are sometimes ``None`` breaks them
("Table schema does not match", "Couldn't cast array of type string to null"). Here every
record has the same keys and types, whatever was removed:

- ``summary`` (the default): ``input_type``, ``removed_chars``, ``removed_ratio``,
  ``paywalled``, ``truncated``, ``publisher`` (``""`` when none), ``error`` (``""`` when
  none), ``removals`` (how many), ``categories`` (a count for every category of
  :data:`cleanbody.CATEGORIES`, zeros included), ``site`` and ``site_pages`` (the site
  whose memory cleaned the record and how many of its pages it learnt; ``""`` and ``0``
  without site memory).
- ``removals``: the summary plus ``removed``, the list of removals, each with ``start``,
  ``end``, ``text``, ``category``, ``rules``, ``score``, ``position`` and ``features``.
  Spans index the text that was cleaned (for HTML, the extracted text); the removed text
  is stored in each removal, so the account stands on its own once that text is gone.

:func:`arrow_type` and :func:`features` give the matching ``pyarrow`` type and
``datasets.Features``; each imports its library only when called.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING, Any, Final, Literal

from cleanbody.config import CATEGORIES
from cleanbody.result import Removal, Result

if TYPE_CHECKING:
    import pyarrow

__all__ = [
    "DETAILS",
    "REMOVAL_FIELDS",
    "SUMMARY_FIELDS",
    "Detail",
    "arrow_type",
    "build_annotation",
    "check_detail",
    "error_annotation",
    "features",
]

#: How much of a cleaning an annotation carries: counts and flags, or every removal too.
Detail = Literal["summary", "removals"]
DETAILS: Final = ("summary", "removals")

#: The keys of a summary, in order; ``categories`` maps every category to a count.
SUMMARY_FIELDS: Final = (
    "input_type",
    "removed_chars",
    "removed_ratio",
    "paywalled",
    "truncated",
    "publisher",
    "error",
    "removals",
    "categories",
    "site",
    "site_pages",
)
#: The keys of one removal in ``removed`` (the ``removals`` detail), in order.
REMOVAL_FIELDS: Final = (
    "start",
    "end",
    "text",
    "category",
    "rules",
    "score",
    "position",
    "features",
)


def check_detail(detail: object) -> Detail:
    """Return ``detail`` if it is one of :data:`DETAILS`; raise ``ValueError`` otherwise.

    >>> check_detail("summary")
    'summary'
    """
    if detail == "summary":
        return "summary"
    if detail == "removals":
        return "removals"
    raise ValueError(f"unknown annotation detail {detail!r}: use one of {', '.join(DETAILS)}")


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _removal(removal: Removal) -> dict[str, Any]:
    return {
        "start": removal.start,
        "end": removal.end,
        "text": removal.text,
        "category": removal.category,
        "rules": list(removal.rules),
        "score": round(float(removal.score), 3),
        "position": removal.position,
        "features": list(removal.features),
    }


def build_annotation(result: Result, detail: Detail = "summary") -> dict[str, Any]:
    """Return the fixed-shape account of ``result`` (see the module docstring).

    Args:
        result: What :func:`cleanbody.clean` returned.
        detail: ``"summary"`` or ``"removals"`` (the summary plus every removal).

    Raises:
        ValueError: An unknown ``detail``.

    >>> from cleanbody import clean
    >>> note = build_annotation(clean("Rain on Friday.\\nRead more: Storm warning"))
    >>> note["categories"]["related"], note["categories"]["appeal"], note["publisher"]
    (1, 0, '')
    >>> list(build_annotation(clean("Rain."), "removals")["removed"])
    []
    """
    detail = check_detail(detail)
    metadata = result.metadata
    counts = Counter(removal.category for removal in result.removed)
    note: dict[str, Any] = {
        "input_type": _text(metadata.get("input_type")) or "text",
        "removed_chars": int(metadata.get("removed_chars") or 0),
        "removed_ratio": float(metadata.get("removed_ratio") or 0.0),
        "paywalled": bool(metadata.get("paywalled")),
        "truncated": bool(metadata.get("truncated")),
        "publisher": _text(metadata.get("publisher")),
        "error": _text(metadata.get("error")),
        "removals": len(result.removed),
        "categories": {category: counts[category] for category in CATEGORIES},
        "site": _text(metadata.get("site")),
        "site_pages": int(metadata.get("site_pages") or 0),
    }
    if detail == "removals":
        note["removed"] = [_removal(removal) for removal in result.removed]
    return note


def error_annotation(
    message: str, detail: Detail = "summary", input_type: str = ""
) -> dict[str, Any]:
    """Return the account of a document that could not be cleaned: same keys, ``error`` set.

    >>> note = error_annotation("the page timed out")
    >>> note["error"], note["removals"], note["categories"]["appeal"]
    ('the page timed out', 0, 0)
    """
    note = build_annotation(Result(text="", source="", metadata={}), detail)
    note.update(input_type=input_type, error=message)
    return note


def arrow_type(detail: Detail = "summary") -> pyarrow.StructType:
    """Return the ``pyarrow`` struct type of an annotation (needs ``pyarrow``).

    Pass it in a schema when a writer would otherwise guess the type from its first rows
    (an empty ``removed`` list guesses ``list<null>``).

    >>> arrow_type().field("categories").type.field("appeal").type
    DataType(int64)
    """
    import pyarrow as pa  # noqa: PLC0415  (optional: only columnar users need it)

    detail = check_detail(detail)
    fields = [
        pa.field("input_type", pa.string()),
        pa.field("removed_chars", pa.int64()),
        pa.field("removed_ratio", pa.float64()),
        pa.field("paywalled", pa.bool_()),
        pa.field("truncated", pa.bool_()),
        pa.field("publisher", pa.string()),
        pa.field("error", pa.string()),
        pa.field("removals", pa.int64()),
        pa.field(
            "categories",
            pa.struct([pa.field(name, pa.int64()) for name in CATEGORIES]),
        ),
        pa.field("site", pa.string()),
        pa.field("site_pages", pa.int64()),
    ]
    if detail == "removals":
        removal = pa.struct(
            [
                pa.field("start", pa.int64()),
                pa.field("end", pa.int64()),
                pa.field("text", pa.string()),
                pa.field("category", pa.string()),
                pa.field("rules", pa.list_(pa.string())),
                pa.field("score", pa.float64()),
                pa.field("position", pa.string()),
                pa.field("features", pa.list_(pa.string())),
            ]
        )
        fields.append(pa.field("removed", pa.list_(removal)))
    return pa.struct(fields)


def features(detail: Detail = "summary", prefix: str = "cleanbody_") -> Any:
    """Return the ``datasets.Features`` of the columns ``clean_examples`` adds (needs ``datasets``).

    One column per annotation key, named ``prefix + key``; merge them with your own
    columns' features and pass the result to ``Dataset.map(..., features=...)``.

    Raises:
        ImportError: ``datasets`` is not installed.

    >>> columns = features()
    >>> columns["cleanbody_categories"]["appeal"]
    Value('int64')
    """
    try:
        import datasets  # noqa: PLC0415  (optional: only Hugging Face users need it)
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError(
            "cleanbody.annotation.features needs datasets: pip install 'cleanbody[hf]'"
        ) from error

    import pyarrow as pa  # noqa: PLC0415

    columns = [pa.field(prefix + field.name, field.type) for field in arrow_type(detail)]
    return datasets.Features.from_arrow_schema(pa.schema(columns))
