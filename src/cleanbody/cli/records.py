"""JSON Lines records: read one, annotate it with what cleaning removed, write it back."""

from __future__ import annotations

import json
import math
from typing import Any, Final, NoReturn

from cleanbody.result import Result

__all__ = [
    "ANNOTATION_KEY",
    "FieldTypeError",
    "MissingFieldError",
    "RecordError",
    "annotation",
    "dump_record",
    "finite",
    "parse_record",
]

#: The key under which a record (or a datatrove document's metadata) carries the account.
ANNOTATION_KEY: Final = "cleanbody"

_JSON_TYPES: Final = {
    dict: "an object",
    list: "an array",
    str: "a string",
    int: "a number",
    float: "a number",
    bool: "true or false",
    type(None): "null",
}


class RecordError(ValueError):
    """A record cannot be cleaned; the message says what is wrong with it and what to do."""


class MissingFieldError(RecordError):
    """The record has no field of the name asked for; ``fields`` are the ones it has."""

    def __init__(self, message: str, fields: tuple[str, ...]) -> None:
        super().__init__(message)
        self.fields = fields


class FieldTypeError(RecordError):
    """The record's field to clean holds something other than a string."""


def _refuse_constant(name: str) -> NoReturn:
    """Refuse NaN and Infinity: Python reads them, but they are not JSON."""
    raise ValueError(
        f"{name} is not a JSON number and strict JSON readers reject it; write null or a string"
    )


def _json_type(value: object) -> str:
    return _JSON_TYPES.get(type(value), type(value).__name__)


def parse_record(line: bytes, field: str) -> tuple[dict[str, Any], str]:
    """Return a JSON Lines record and the text in its ``field``.

    Args:
        line: One line of the input, as bytes (UTF-8).
        field: The field that holds the text to clean.

    Raises:
        RecordError: The line is not UTF-8, not a JSON object, or lacks a string ``field``.

    >>> parse_record(b'{"id": 1, "text": "Hi."}\\n', "text")
    ({'id': 1, 'text': 'Hi.'}, 'Hi.')
    >>> parse_record(b'{"id": 1}', "text")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    MissingFieldError: no "text" field (fields: id); use --field to name the text field
    """
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RecordError(
            f"not valid UTF-8 (byte 0x{line[error.start]:02x} at column {error.start + 1}); "
            "re-encode the file as UTF-8"
        ) from None
    try:
        record = json.loads(decoded, parse_constant=_refuse_constant)
    except ValueError as error:
        message = getattr(error, "msg", str(error))
        column = getattr(error, "colno", None)
        where = f" at column {column}" if column else ""
        raise RecordError(f"invalid JSON ({message}{where})") from None
    if not isinstance(record, dict):
        raise RecordError(f"the record is {_json_type(record)}, not a JSON object")
    if field not in record:
        fields = ", ".join(list(record)[:10]) or "none"
        raise MissingFieldError(
            f'no "{field}" field (fields: {fields}); use --field to name the text field',
            tuple(record),
        )
    text = record[field]
    if not isinstance(text, str):
        raise FieldTypeError(f'"{field}" is {_json_type(text)}, not a string')
    return record, text


def annotation(result: Result) -> dict[str, Any]:
    """Return the account of a cleaning that travels with a record: removals and metadata.

    The text and source are left out: the record already holds the text.

    >>> from cleanbody import clean
    >>> note = annotation(clean("Rain on Friday.\\nRead more: Storm warning"))
    >>> [removal["category"] for removal in note["removed"]], sorted(note)
    (['related'], ['metadata', 'removed'])
    """
    return {
        "removed": [removal.to_dict() for removal in result.removed],
        "metadata": dict(result.metadata),
    }


def finite(value: Any) -> Any:
    """``value`` with every NaN or infinite float (inside lists and dicts too) as ``None``.

    Strict JSON has no NaN or Infinity; input records cannot hold them (they are refused
    when read), so only a computed figure could, and ``null`` says it has no value.

    >>> finite({"ratio": float("nan"), "scores": [1.5, float("inf")]})
    {'ratio': None, 'scores': [1.5, None]}
    """
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {key: finite(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [finite(item) for item in value]
    return value


def dump_record(record: dict[str, Any]) -> bytes:
    """Serialise a record as one line of UTF-8 JSON, ending in a newline.

    Text that cannot be UTF-8 (a lone surrogate from a ``\\ud800`` escape) is written
    as ``\\u`` escapes instead, so a record never fails at the last step; a NaN or
    infinite figure is written as ``null`` (see :func:`finite`), never as ``NaN``.

    >>> dump_record({"text": "café", "n": 1})
    b'{"text":"caf\\xc3\\xa9","n":1}\\n'
    """
    try:
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except ValueError:  # a NaN or an infinity
        record = finite(record)
        line = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    try:
        return (line + "\n").encode()
    except UnicodeEncodeError:
        return (json.dumps(record, separators=(",", ":")) + "\n").encode()
