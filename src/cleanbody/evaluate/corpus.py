"""The labelled corpus: one case a file, easy to write and to review in a diff.

A case is ``corpus/<lang>/<name>.txt``::

    id: en-appeal-trailer-01
    lang: en
    kind: positive
    topic: news
    note: appeal trailer with heading, body and dismiss button
    ---
    First article paragraph.
    Second article paragraph.
    [appeal] A Message from The Harbour Gazette:
    [appeal] Remind me later.

Everything after the ``---`` line is the input, exactly, except that a line starting
with ``[category] `` is boilerplate of that category (the marker is not part of the
input). ``kind`` is ``positive`` (boilerplate in an ordinary article), ``negative``
(no boilerplate; the article is about appeals, paywalls, cookies, ... or has short
lines that look like widgets) or ``tricky`` (such an article that also carries real
boilerplate). ``xfail: reason`` marks a known failure, run as a strict xfail.
``url: https://host/path`` gives the page's address: multi-page sets
(``corpus-sites/<site>/page-NN.txt``) group their pages by its host.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import regex

from cleanbody.config import CATEGORIES

__all__ = [
    "KINDS",
    "Case",
    "CorpusError",
    "corpus_hash",
    "language_hashes",
    "load_corpus",
    "parse_case",
]

KINDS: Final = ("positive", "negative", "tricky")
#: A case's ``lang``: an ISO 639 code. Which languages have rules is data
#: (:func:`cleanbody.rules.known_languages`), not a list kept here.
_LANGUAGE_CODE = regex.compile(r"^[a-z]{2,3}$")
_MARKER = regex.compile(r"^\[(?P<category>[a-z]+)\] ")
_REQUIRED: Final = ("id", "lang", "kind")


class CorpusError(ValueError):
    """A corpus case is malformed; the message names the file and the fix."""


@dataclass(frozen=True)
class Case:
    """One labelled document.

    Attributes:
        id: Unique case id.
        lang: Language of the article (ISO 639-1).
        kind: ``positive``, ``negative`` or ``tricky``.
        text: The input, markers removed.
        lines: Every line of ``text`` with its gold category (``None`` = article).
        path: Where the case was read from.
        fields: All header fields (``topic``, ``note``, ``xfail``, ...).
    """

    id: str
    lang: str
    kind: str
    text: str
    lines: tuple[tuple[str, str | None], ...]
    path: str
    fields: dict[str, str]

    @property
    def xfail(self) -> str | None:
        """The reason this case is a known failure, if it is one."""
        return self.fields.get("xfail")

    @property
    def url(self) -> str | None:
        """The page's address (header ``url:``), which multi-page sets group by site."""
        return self.fields.get("url")

    @property
    def categories(self) -> set[str]:
        """Categories of the boilerplate in this case."""
        return {category for _, category in self.lines if category}


def _parse_header(head: str, path: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    for line in head.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, colon, value = line.partition(":")
        if not colon:
            raise CorpusError(f"{path}: header line {line!r} is not 'key: value'")
        fields[key.strip()] = value.strip()
    missing = [key for key in _REQUIRED if not fields.get(key)]
    if missing:
        raise CorpusError(f"{path}: header lacks {', '.join(missing)}")
    if fields["kind"] not in KINDS:
        raise CorpusError(f"{path}: kind must be one of {', '.join(KINDS)}")
    if not _LANGUAGE_CODE.match(fields["lang"]):
        raise CorpusError(f"{path}: lang must be an ISO 639 code such as 'en' or 'zh'")
    return fields


def _parse_body(body: str, path: str) -> list[tuple[str, str | None]]:
    lines: list[tuple[str, str | None]] = []
    for number, raw in enumerate(body.split("\n"), start=1):
        marker = _MARKER.match(raw)
        if marker is None:
            lines.append((raw, None))
            continue
        category = marker.group("category")
        if category not in CATEGORIES:
            raise CorpusError(f"{path}: body line {number}: unknown category [{category}]")
        text = raw[marker.end() :]
        if not text.strip():
            raise CorpusError(f"{path}: body line {number}: marked line is empty")
        lines.append((text, category))
    return lines


def parse_case(content: str, path: str) -> Case:
    """Parse one case file; raise :class:`CorpusError` saying what is wrong.

    >>> content = "id: x\\nlang: en\\nkind: positive\\n---\\nA.\\n[ad] ADVERTISEMENT\\nB."
    >>> case = parse_case(content, "x")
    >>> case.text
    'A.\\nADVERTISEMENT\\nB.'
    >>> case.lines[1]
    ('ADVERTISEMENT', 'ad')
    """
    head, separator, body = content.partition("\n---\n")
    if not separator:
        raise CorpusError(f"{path}: no '---' line between the header and the text")
    fields = _parse_header(head, path)
    lines = _parse_body(body.removesuffix("\n"), path)
    has_boilerplate = any(category for _, category in lines)
    if fields["kind"] == "negative" and has_boilerplate:
        raise CorpusError(f"{path}: a negative case must not mark boilerplate")
    if fields["kind"] != "negative" and not has_boilerplate:
        raise CorpusError(f"{path}: a {fields['kind']} case must mark its boilerplate")
    text = "\n".join(line for line, _ in lines)
    return Case(fields["id"], fields["lang"], fields["kind"], text, tuple(lines), path, fields)


def iter_case_files(root: Path) -> Iterator[Path]:
    """Yield the case files under ``root`` in a stable order.

    Folders whose names start with ``_`` or ``.`` hold no cases (a generator's sources
    in ``_gen/``, say) and are skipped.
    """
    for path in sorted(root.rglob("*.txt")):
        if not any(part.startswith(("_", ".")) for part in path.relative_to(root).parts[:-1]):
            yield path


def load_corpus(root: str | Path) -> list[Case]:
    """Load every case under ``root``; ids must be unique."""
    root = Path(root)
    if not root.is_dir():
        raise CorpusError(f"{root}: not a folder; pass the corpus folder, e.g. 'corpus'")
    cases = [
        parse_case(path.read_text(encoding="utf-8"), str(path)) for path in iter_case_files(root)
    ]
    seen: dict[str, str] = {}
    for case in cases:
        if case.id in seen:
            raise CorpusError(f"{case.path}: id {case.id} is also used by {seen[case.id]}")
        seen[case.id] = case.path
    return cases


def corpus_hash(root: str | Path) -> str:
    """SHA-256 over the corpus files' relative paths and contents."""
    return _digest(Path(root), iter_case_files(Path(root)))


def language_hashes(root: str | Path) -> dict[str, str]:
    """One SHA-256 per language folder (``corpus/<lang>/``), so each is pinned on its own."""
    root = Path(root)
    by_folder: dict[str, list[Path]] = {}
    for path in iter_case_files(root):
        relative = path.relative_to(root)
        folder = relative.parts[0] if len(relative.parts) > 1 else ""
        by_folder.setdefault(folder, []).append(path)
    return {folder: _digest(root, paths) for folder, paths in sorted(by_folder.items())}


def _digest(root: Path, paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()
