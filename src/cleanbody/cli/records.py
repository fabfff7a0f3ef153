"""JSON Lines records: read one, annotate it with what cleaning removed, write it back."""

from __future__ import annotations

import json
from typing import Any, Final

from cleanbody.result import Result

__all__ = ["ANNOTATION_KEY", "RecordError", "annotation", "dump_record", "parse_record"]

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
    RecordError: no "text" field (fields: id); use --field to name the text field
    """
    try:
        decoded = line.decode("utf-8")
    except UnicodeDecodeError as error:
        raise RecordError(
            f"not valid UTF-8 (byte 0x{line[error.start]:02x} at column {error.start + 1}); "
            "re-encode the file as UTF-8"
        ) from None
    try:
        record = json.loads(decoded)
    except ValueError as error:
        message = getattr(error, "msg", str(error))
        column = getattr(error, "colno", None)
        where = f" at column {column}" if column else ""
        raise RecordError(f"invalid JSON ({message}{where})") from None
    if not isinstance(record, dict):
        raise RecordError(f"the record is {_json_type(record)}, not a JSON object")
    if field not in record:
        fields = ", ".join(list(record)[:10]) or "none"
        raise RecordError(
            f'no "{field}" field (fields: {fields}); use --field to name the text field'
        )
    text = record[field]
    if not isinstance(text, str):
        raise RecordError(f'"{field}" is {_json_type(text)}, not a string')
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


def dump_record(record: dict[str, Any]) -> bytes:
    """Serialise a record as one line of UTF-8 JSON, ending in a newline.

    Text that cannot be UTF-8 (a lone surrogate from a ``\\ud800`` escape) is written
    as ``\\u`` escapes instead, so a record never fails at the last step.

    >>> dump_record({"text": "café", "n": 1})
    b'{"text":"caf\\xc3\\xa9","n":1}\\n'
    """
    try:
        return (json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
    except UnicodeEncodeError:
        return (json.dumps(record, separators=(",", ":")) + "\n").encode()
