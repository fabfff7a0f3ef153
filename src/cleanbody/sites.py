"""Site memory: learn what repeats across a site's pages, and remove it where templates sit.

A publisher's template (the appeal trailer, the newsletter box, the follow line, the
copyright) repeats on every page of its site, with small changes: counters, dates, a
campaign shown on some pages. :class:`SiteMemory` learns it from the repetition itself,
in any language: it counts, per site, on how many distinct pages each block occurs, its
numbers and dates aside. Cleaning then adds ``SITE-REPEAT`` evidence to the blocks that
repeat on enough of the site's pages *and* sit where templates sit
(:mod:`cleanbody.text.repeats`); the region engine weighs it with the rules' and the
model's, so a background paragraph pasted into every story of a series stays.

Memory is bounded: a site keeps at most ``max_fingerprints`` 64-bit block fingerprints
(hashes, never text) with their page counts, dropping its rarest half when full, and at
most ``max_sites`` sites are held, the least recently used forgotten first. A memory
saves to a small file and loads back, so a crawl can learn once and clean later.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import struct
import sys
from array import array
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import urlsplit

from cleanbody.api import clean_document
from cleanbody.config import (
    SITE_MAX_FINGERPRINTS,
    SITE_MAX_SITES,
    SITE_MIN_PAGES,
    Config,
)
from cleanbody.decode import ensure_text
from cleanbody.html import clean_html, decode_html_bytes, looks_like_html
from cleanbody.result import Result
from cleanbody.text.blocks import split_blocks
from cleanbody.text.repeats import (
    head_size,
    label_of,
    pair_fingerprint,
    reads_as_prose,
    template_threshold,
)

__all__ = [
    "SiteMemory",
    "SiteMemoryError",
    "block_fingerprint",
    "exact_fingerprint",
    "head_fingerprint",
    "label_fingerprint",
    "normalise_block",
    "page_fingerprints",
    "site_of",
    "slot_fingerprints",
]

#: The first bytes of a saved memory (after gzip), and the format it is written in.
_MAGIC: Final = b"CLEANBODY-SITES\n"
_FORMAT: Final = 3  # 3: a page's head is 30% of its blocks (at least 6); 2: 6 blocks
_HEADER = struct.Struct("<HQ")  # format, number of site records
_SITE = struct.Struct("<HQI")  # name length, pages, fingerprints
#: A site's name (a host) longer than this is not a host: it is cut to this many bytes.
_MAX_NAME_BYTES: Final = 1024

# A number with its separators ("2,341", "14:05", "03/02/2025"), or a word. Stdlib re:
# these simple classes scan faster than with the regex module.
_TOKEN = re.compile(r"\d+(?:[.,:/\-]\d+)*|[^\W\d_]+")
_WORD = re.compile(r"[^\W\d_]+")
# A line's shape (see slot_fingerprints): each number one digit.
_SHAPE_NUMBER = re.compile(r"\d+")
_DIGIT = re.compile(r"\d")
_NUMBER = "0"
_MASK: Final = (1 << 64) - 1
#: Mixed into a whole page's fingerprint, so it never equals a block's.
_PAGE_SALT: Final = 0x70A6E5
#: A block of more than this many words is known by its frame...
_FRAME_MIN_WORDS: Final = 12
#: ...this many words at each end.
_FRAME_WORDS: Final = 5
#: A numbered line of at most this many words (numbers and dates as one) has a slot.
_SLOT_MAX_WORDS: Final = 12
#: What stands for the words between a slot's first word and its numbers.
_SLOT_WORDS = "…"
#: A byline without a date has at most this many words: a lead word and a name.
_NAME_SLOT_WORDS: Final = 5
# A menu's, a trail's or a label's marks: no byline has them.
_TRAIL_MARKS = re.compile(r"[»›>|·•/:]")


class SiteMemoryError(ValueError):
    """A saved site memory cannot be read; the message names the file and what to do."""


def normalise_block(text: str, *, shape: bool = False) -> str:
    """Return a block's words with numbers and the words touching them (dates) as ``0``.

    Case, punctuation and spacing go too, so a counter or a date does not make a
    template block new on every page. A line whose every word touches a number keeps
    the words outside its dates (see :func:`_label_and_number`) unless ``shape`` is set:
    its shape alone ("0") is what a date line in a page's head has in common.

    >>> normalise_block("2,341 readers gave this month.")
    '0 gave this month'
    >>> normalise_block("Updated Monday 3 March 2025, 14:05") == normalise_block(
    ...     "Updated Tuesday 11 April 2026, 9:30")
    True
    """
    lowered = text.casefold()
    if not _DIGIT.search(lowered):  # most lines: words only, no number to mask
        return " ".join(_WORD.findall(lowered))
    tokens = _TOKEN.findall(lowered)
    numeric = [token[0].isdigit() for token in tokens]
    words: list[str] = []
    for position, token in enumerate(tokens):
        near_number = numeric[position] or (
            (position > 0 and numeric[position - 1])
            or (position + 1 < len(tokens) and numeric[position + 1])
        )
        word = _NUMBER if near_number else token
        if word == _NUMBER and words and words[-1] == _NUMBER:
            continue
        words.append(word)
    if words == [_NUMBER] and len(tokens) > 1 and not shape:
        return _label_and_number(tokens, numeric)
    return " ".join(words)


def _label_and_number(tokens: list[str], numeric: list[bool]) -> str:
    """A line whose every word touches a number, known by the words outside its dates.

    Masked like longer lines, "Entry: 12 euros", "Updated 3 May 2025" and "134 comments"
    would all be one block ("0"); a word between two numbers (a date's month) still goes.

    >>> _label_and_number(["updated", "3", "may", "2025"], [False, True, False, True])
    'updated 0'
    """
    words: list[str] = []
    last = len(tokens) - 1
    for position, token in enumerate(tokens):
        between = 0 < position < last and numeric[position - 1] and numeric[position + 1]
        word = _NUMBER if numeric[position] or between else token
        if not (word == _NUMBER and words and words[-1] == _NUMBER):
            words.append(word)
    return " ".join(words)


def block_fingerprint(text: str, *, shape: bool = False) -> int:
    """A stable 64-bit fingerprint of a block's normalised text (the same in every process).

    A long block is known by its first and last ``_FRAME_WORDS`` words: a template's
    sentence that names the month in its middle ("... in March readers gave ...") is
    one block on every page.

    >>> block_fingerprint("Follow us: 12 new posts") == block_fingerprint("FOLLOW US - 7 new posts")
    True
    >>> appeal = "The Post is funded by readers. In {} our readers gave, and it pays for all we do."
    >>> block_fingerprint(appeal.format("March")) == block_fingerprint(appeal.format("May"))
    True

    ``shape``: the fingerprint of the block's shape (see :func:`normalise_block`).
    """
    words = normalise_block(text, shape=shape).split()
    if len(words) > _FRAME_MIN_WORDS:
        words = [*words[:_FRAME_WORDS], "…", *words[-_FRAME_WORDS:]]
    return _digest(b"", " ".join(words))


def exact_fingerprint(text: str) -> int | None:
    """The fingerprint of a block with its numbers kept (``None``: it has no digit).

    A template line with a counter repeats only once the numbers are masked; a byline
    repeats that way too, but never word for word (a new date on every page).

    >>> exact_fingerprint("By Kate Moody, 3 May") == exact_fingerprint("BY KATE MOODY - 3 May")
    True
    >>> exact_fingerprint("By Kate Moody, 3 May") == exact_fingerprint("By Kate Moody, 4 May")
    False
    >>> exact_fingerprint("Share this article") is None
    True
    """
    lowered = text.casefold()
    if not _DIGIT.search(lowered):
        return None
    return _digest(b"exact\0", " ".join(_TOKEN.findall(lowered)))


def slot_fingerprints(text: str) -> tuple[int, ...]:
    """The fingerprints of a short numbered line's slots, which a byline shares with others.

    Two slots: the line's first word and its numbers, the words between them aside
    ("By … 0": every byline of a site that labels them); and its shape, each word a
    letter, its punctuation and its numbers kept ("aa|0.0.0,0:0": every byline of a site
    that gives the name alone). A site fills a byline's slots with a new name from page
    to page; a template line with a counter or a date fills them with the same words on
    every page. None for a sentence, a long line, or one that starts with its number; no
    first-word slot for a line with no words to set aside. A line without a number has
    only a byline's name slot, if it is one (:func:`_name_slot`).

    >>> by = slot_fingerprints("By Kate Moody | 3 May 2025")
    >>> by == slot_fingerprints("BY Ali Musa | 9 June 2026")
    True
    >>> slot_fingerprints("Kate Moody | 3 May")[0] == slot_fingerprints("Ali Musa | 9 June")[0]
    True
    >>> set(slot_fingerprints("Listen to this article · 3 min")) & set(by)
    set()
    >>> slot_fingerprints("12 comments"), len(slot_fingerprints("Comments (12)"))
    ((), 1)
    """
    if not _DIGIT.search(text):
        return _name_slot(text)
    if reads_as_prose(text):  # a sentence is no byline
        return ()
    words = normalise_block(text).split()
    if not words or len(words) > _SLOT_MAX_WORDS or words[0] == _NUMBER:
        return ()
    slot = [words[0]]
    for word in words[1:]:
        part = word if word == _NUMBER else _SLOT_WORDS
        if part != slot[-1]:
            slot.append(part)
    shape = "".join(_SHAPE_NUMBER.sub("0", _WORD.sub("a", text)).split())
    slots = [_digest(b"shape\0", shape)]
    if _SLOT_WORDS in slot:  # words between: a first-word slot
        slots.append(_digest(b"slot\0", " ".join(slot)))
    return tuple(slots)


def _name_slot(text: str) -> tuple[int, ...]:
    """The first-word slot of a byline without a date: "By" and a name ("Von Anna Roth").

    A lead word and one to four capitalised words, no mark of a menu or a trail: the
    site fills the slot ("von …") with each author's name, where a template line fills
    it with the same words every time.

    >>> _name_slot("Ni Carmela Santos") == _name_slot("NI JOMAR DIZON")
    True
    >>> _name_slot("Mwanzo » Burudani"), _name_slot("Read the whole series")
    ((), ())
    """
    words = text.split()
    if not 2 <= len(words) <= _NAME_SLOT_WORDS or _TRAIL_MARKS.search(text):
        return ()
    if not all(word[0].isupper() for word in words[1:]):
        return ()
    return (_digest(b"slot\0", f"{normalise_block(words[0])} {_SLOT_WORDS}"),)


def _digest(kind: bytes, text: str) -> int:
    """A 64-bit fingerprint of ``text`` (UTF-8, lone surrogates kept) after a kind's prefix."""
    data = kind + text.encode("utf-8", "surrogatepass")
    return int.from_bytes(hashlib.blake2b(data, digest_size=8).digest(), "little")


def head_fingerprint(fingerprint: int) -> int:
    """The fingerprint of a block seen in a page's head (its first :func:`head_size` blocks).

    >>> head_fingerprint(1) != head_fingerprint(2) and head_fingerprint(1) != 1
    True
    """
    return _digest(b"head\0" + fingerprint.to_bytes(8, "little"), "")


def label_fingerprint(label: str) -> int:
    """The fingerprint of a headline's label ("read more"), apart from any block's."""
    return _digest(b"label\0", label)


def page_fingerprints(text: str) -> set[int]:
    """The distinct fingerprints of a page's blocks, pairs, labels, numbered lines and head.

    Blocks are the page's non-blank lines; a block with numbers is also known word for
    word (:func:`exact_fingerprint`) and, when short, by its slot (:func:`slot_fingerprints`),
    a block in the page's head (:func:`head_size`) as a head block (:func:`head_fingerprint`).

    >>> # 2 blocks (the dates masked), 2 pairs, the 2 dated lines word for word and their
    >>> # one shape (a slot), 2 heads
    >>> len(page_fingerprints("Share\\nRain on 3 May\\nRain on 4 May"))
    9
    >>> # the line, its label, its head, its label in the head
    >>> len(page_fingerprints("Read more: Floods return"))
    4
    """
    found = set()
    before: int | None = None
    blocks = split_blocks(text)
    head = head_size(len(blocks))
    for position, block in enumerate(blocks):
        value = block_fingerprint(block.text)
        found.add(value)
        if position < head:
            found.add(head_fingerprint(block_fingerprint(block.text, shape=True)))
        exact = exact_fingerprint(block.text)
        if exact is not None:
            found.add(exact)
        found.update(slot_fingerprints(block.text))
        if before is not None:
            found.add(pair_fingerprint(before, value))
        before = value
        label = label_of(block.text)
        if label:
            found.add(label_fingerprint(label))
            if position < head:
                found.add(head_fingerprint(label_fingerprint(label)))
    return found


def site_of(url: str | None) -> str | None:
    """The site of a page: its URL's host, lowercased, without ``www.``; ``None`` if none.

    >>> site_of("https://WWW.Example.org:8080/news/1?x=2"), site_of("example.org/a")
    ('example.org', 'example.org')
    >>> site_of("not a url") is None
    True
    """
    if not isinstance(url, str) or not url.strip():
        return None
    address = url.strip()
    if "//" not in address:
        address = "//" + address
    try:
        host = urlsplit(address).hostname
    except ValueError:  # a malformed port or bracket: no host to tell
        return None
    if not host or ("." not in host and host != "localhost"):
        return None
    return host.removeprefix("www.")


class _Table:
    """One site's counts: fingerprint -> distinct pages it was seen on.

    A fingerprint of the whole page sits in the table too: a page crawled twice (or
    under two addresses) is counted once, or its article would repeat like a template.
    It is pruned like any other entry, so memory stays bounded.
    """

    __slots__ = ("counts", "pages")

    def __init__(self) -> None:
        self.pages = 0
        self.counts: dict[int, int] = {}

    def add_page(self, fingerprints: set[int], cap: int) -> None:
        whole = pair_fingerprint(hash(frozenset(fingerprints)) & _MASK, _PAGE_SALT)
        if whole in self.counts:
            return
        self.counts[whole] = 1
        counts = self.counts
        for fingerprint in fingerprints:
            counts[fingerprint] = counts.get(fingerprint, 0) + 1
            if len(counts) > 2 * cap:  # a page of endless lines stays bounded too
                self.prune(cap)
        self.pages += 1
        if len(counts) > cap:
            self.prune(cap)

    def add(self, other: _Table, cap: int) -> None:
        counts = self.counts
        for fingerprint, count in other.counts.items():
            counts[fingerprint] = counts.get(fingerprint, 0) + count
        self.pages += other.pages
        if len(counts) > cap:
            self.prune(cap)

    def prune(self, cap: int) -> None:
        """Drop the rarest entries until at most half of ``cap`` are left.

        Counts are then lower bounds; a template block, seen on many pages, keeps its place.
        """
        target = len(self.counts) - cap // 2
        if target <= 0:
            return
        histogram = Counter(self.counts.values())
        dropped = floor = 0
        for value in sorted(histogram):
            dropped += histogram[value]
            floor = value
            if dropped >= target:
                break
        self.counts = {key: count for key, count in self.counts.items() if count > floor}


@dataclass(frozen=True)
class _SiteView:
    """What one site's memory tells the engine (:class:`~cleanbody.text.repeats.SitePages`)."""

    pages: int
    threshold: int
    counts: dict[int, int]

    def fingerprint(self, text: str) -> int:
        return block_fingerprint(text)

    def label_fingerprint(self, label: str) -> int:
        return label_fingerprint(label)

    def exact_fingerprint(self, text: str) -> int | None:
        return exact_fingerprint(text)

    def head_fingerprint(self, fingerprint: int) -> int:
        return head_fingerprint(fingerprint)

    def shape_fingerprint(self, text: str) -> int:
        return block_fingerprint(text, shape=True)

    def slot_fingerprints(self, text: str) -> tuple[int, ...]:
        return slot_fingerprints(text)

    def count(self, fingerprint: int) -> int:
        count = self.counts.get(fingerprint, 0)
        return count if count >= self.threshold else 0


class SiteMemory:
    """Learn the blocks that repeat across each site's pages, and clean with what was learnt.

    Pages are keyed by site: the host of ``url`` (``www.`` dropped), or any name given as
    ``site``. Learn every page of a site first, then clean them: a block counts as
    template when it is on at least ``max(3, 5% of the site's pages)`` distinct pages and
    sits where templates sit (an edge, beside other template blocks, or carrying a rule's
    or the model's evidence); its removal names rule ``SITE-REPEAT`` and feature
    ``pages:N``. Pages of a site with no memory are cleaned as by :func:`cleanbody.clean`.

    Args:
        config: Settings for cleaning (and for extracting HTML while learning).
        max_sites: Sites held at once; the least recently used is forgotten first.
        max_fingerprints: Block fingerprints kept per site; the rarest half goes when full.

    >>> memory = SiteMemory()
    >>> towns = ["Arusha", "Moshi", "Tanga", "Mwanza", "Dodoma"]
    >>> pages = [f"Mvua ilifunga barabara ya {town} jana.\\nHabari zaidi kutoka Pwani Leo\\n"
    ...          "Pwani Leo · Dar es Salaam" for town in towns]
    >>> [memory.learn(page, url="https://pwani.example/news") for page in pages][0]
    'pwani.example'
    >>> r = memory.clean(pages[0], url="https://pwani.example/news")
    >>> r.text
    'Mvua ilifunga barabara ya Arusha jana.'
    >>> [(m.rules, m.features, m.position) for m in r.removed]
    [(('SITE-REPEAT',), ('pages:5',), 'trailer')]
    """

    def __init__(
        self,
        config: Config | None = None,
        *,
        max_sites: int = SITE_MAX_SITES,
        max_fingerprints: int = SITE_MAX_FINGERPRINTS,
    ) -> None:
        if config is not None and not isinstance(config, Config):
            raise TypeError(f"config must be a cleanbody.Config, not {type(config).__name__}")
        if max_sites < 1 or max_fingerprints < 2:
            raise ValueError(
                "max_sites must be 1 or more and max_fingerprints 2 or more, not "
                f"{max_sites} and {max_fingerprints}"
            )
        self.config = config or Config()
        self.max_sites = max_sites
        self.max_fingerprints = max_fingerprints
        self._sites: OrderedDict[str, _Table] = OrderedDict()

    # ------------------------------------------------------------------ learning

    def learn(
        self, doc: str | bytes, *, url: str | None = None, site: str | None = None
    ) -> str | None:
        """Count the blocks of one page for its site; return the site (``None``: no site).

        HTML is learnt on the text extracted from it, as it will be cleaned.

        Raises:
            TypeError: ``doc`` is neither ``str`` nor ``bytes``.
        """
        name = site or site_of(url)
        if not name:
            return None
        self.learn_fingerprints(name, page_fingerprints(self.source_text(doc, url=url)))
        return name

    def learn_fingerprints(self, site: str, fingerprints: Iterable[int]) -> None:
        """Count one page of ``site`` from its fingerprints (see :func:`page_fingerprints`)."""
        self._table(site).add_page(set(fingerprints), self.max_fingerprints)

    def source_text(self, doc: str | bytes, *, url: str | None = None) -> str:
        """The text a page is learnt and cleaned on: the extracted text, for HTML."""
        if isinstance(doc, bytes | bytearray | memoryview):
            text = decode_html_bytes(bytes(doc))
        else:
            text = ensure_text(doc)
        if looks_like_html(text):
            return clean_html(text, self.config, url=url).source
        return text

    def merge(self, other: SiteMemory) -> None:
        """Add another memory's counts to this one, site by site (a merge of shards)."""
        for name, table in other._sites.items():
            self._table(name).add(table, self.max_fingerprints)

    def _table(self, name: str) -> _Table:
        name = name[:_MAX_NAME_BYTES]
        table = self._sites.get(name)
        if table is None:
            table = self._sites[name] = _Table()
            if len(self._sites) > self.max_sites:
                self._sites.popitem(last=False)
        else:
            self._sites.move_to_end(name)
        return table

    # ------------------------------------------------------------------ cleaning

    def clean(
        self,
        doc: str | bytes,
        *,
        url: str | None = None,
        site: str | None = None,
        config: Config | None = None,
    ) -> Result:
        """Clean one page with its site's memory, as :func:`cleanbody.clean` does otherwise.

        ``config`` overrides the memory's settings for this page. ``metadata`` gains
        ``site`` and ``site_pages`` (the pages learnt for it) when the memory knows the site.
        """
        config = config or self.config
        name = site or site_of(url)
        view = self.view(name) if name else None
        result = clean_document(doc, config, url=url, site=view)
        if view is None:
            return result
        metadata = {**result.metadata, "site": name, "site_pages": view.pages}
        return Result(result.text, result.source, result.removed, metadata)

    def view(self, site: str) -> _SiteView | None:
        """What the memory knows of ``site`` for the text engine; ``None`` under 3 pages."""
        table = self._sites.get(site[:_MAX_NAME_BYTES])
        # Fewer pages than a template needs say nothing: the page is cleaned as by clean().
        if table is None or table.pages < SITE_MIN_PAGES:
            return None
        return _SiteView(table.pages, template_threshold(table.pages), table.counts)

    def subset(self, sites: Iterable[str]) -> SiteMemory:
        """A memory holding only ``sites`` (sharing their tables): what a worker needs."""
        part = SiteMemory(
            self.config, max_sites=self.max_sites, max_fingerprints=self.max_fingerprints
        )
        for name in sites:
            table = self._sites.get(name)
            if table is not None:
                part._sites[name] = table
        return part

    # ------------------------------------------------------------------ inspection

    def __len__(self) -> int:
        """The number of sites held."""
        return len(self._sites)

    def __contains__(self, site: object) -> bool:
        return site in self._sites

    def __iter__(self) -> Iterator[str]:
        return iter(self._sites)

    def pages(self, site: str) -> int:
        """Pages learnt for ``site`` (0 for a site the memory does not hold)."""
        table = self._sites.get(site)
        return table.pages if table is not None else 0

    def stats(self) -> dict[str, Any]:
        """Sites, pages and fingerprints held, and the bound on fingerprints.

        >>> SiteMemory().stats()["fingerprints"]
        0
        """
        return {
            "sites": len(self._sites),
            "pages": sum(table.pages for table in self._sites.values()),
            "fingerprints": sum(len(table.counts) for table in self._sites.values()),
            "max_fingerprints": self.max_sites * self.max_fingerprints,
        }

    # ------------------------------------------------------------------ files

    def save(self, path: str | Path) -> None:
        """Write the memory to ``path`` (gzip; fingerprints and counts, never text).

        The file is written next to ``path`` and moved into place, so a crash never
        leaves half a memory where a whole one was.
        """
        target = Path(path)
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(self.to_bytes())
        partial.replace(target)

    def to_bytes(self) -> bytes:
        """The memory as :meth:`save` writes it (for object stores and pipelines)."""
        parts = [_MAGIC, _HEADER.pack(_FORMAT, len(self._sites))]
        for name, table in self._sites.items():
            encoded = name.encode("utf-8", "surrogatepass")
            parts.append(_SITE.pack(len(encoded), table.pages, len(table.counts)))
            parts.append(encoded)
            keys = array("Q", table.counts.keys())
            counts = array("I", (min(count, 0xFFFFFFFF) for count in table.counts.values()))
            if sys.byteorder == "big":
                keys.byteswap()
                counts.byteswap()
            parts.extend((keys.tobytes(), counts.tobytes()))
        return gzip.compress(b"".join(parts), compresslevel=6, mtime=0)

    @classmethod
    def from_bytes(
        cls,
        data: bytes,
        config: Config | None = None,
        *,
        name: str = "site memory",
        max_sites: int | None = None,
        max_fingerprints: int = SITE_MAX_FINGERPRINTS,
    ) -> SiteMemory:
        """Read what :meth:`to_bytes` wrote (see :meth:`load`); ``name`` is for messages."""
        try:
            raw = gzip.decompress(data)
        except (OSError, EOFError) as error:
            raise SiteMemoryError(
                f"{name}: cannot read it as a cleanbody site memory ({error}); "
                "give a file written by SiteMemory.save()"
            ) from error
        return cls._parse(raw, name, config, max_sites, max_fingerprints)

    @classmethod
    def load(
        cls,
        path: str | Path,
        config: Config | None = None,
        *,
        max_sites: int | None = None,
        max_fingerprints: int = SITE_MAX_FINGERPRINTS,
    ) -> SiteMemory:
        """Read a memory :meth:`save` wrote; a site written twice has its counts added.

        ``max_sites`` defaults to the sites in the file (at least ``SITE_MAX_SITES``).

        Raises:
            SiteMemoryError: The file is not a site memory, is cut short, or was written
                by a newer cleanbody.
        """
        source = Path(path)
        try:
            data = source.read_bytes()
        except OSError as error:
            raise SiteMemoryError(
                f"{source}: cannot read it ({error.strerror or error}); give the path of a "
                "file written by SiteMemory.save()"
            ) from error
        return cls.from_bytes(
            data, config, name=str(source), max_sites=max_sites, max_fingerprints=max_fingerprints
        )

    @classmethod
    def _parse(
        cls,
        data: bytes,
        name: str,
        config: Config | None,
        max_sites: int | None,
        max_fingerprints: int,
    ) -> SiteMemory:
        if not data.startswith(_MAGIC):
            raise SiteMemoryError(
                f"{name}: not a cleanbody site memory; give a file written by SiteMemory.save()"
            )
        at = len(_MAGIC)
        cut = f"{name}: the file is cut short; save the memory again"
        if len(data) < at + _HEADER.size:
            raise SiteMemoryError(cut)
        version, count = _HEADER.unpack_from(data, at)
        if version != _FORMAT:
            raise SiteMemoryError(
                f"{name}: written in site memory format {version}, but this cleanbody reads "
                f"format {_FORMAT}; use the cleanbody version that wrote it, or learn again"
            )
        at += _HEADER.size
        memory = cls(
            config,
            max_sites=max_sites or max(count, SITE_MAX_SITES),
            max_fingerprints=max_fingerprints,
        )
        for _ in range(count):
            if len(data) < at + _SITE.size:
                raise SiteMemoryError(cut)
            length, pages, entries = _SITE.unpack_from(data, at)
            at += _SITE.size
            end = at + length + entries * 12
            if len(data) < end:
                raise SiteMemoryError(cut)
            site = data[at : at + length].decode("utf-8", "surrogatepass")
            at += length
            keys, counts = array("Q"), array("I")
            keys.frombytes(data[at : at + entries * 8])
            counts.frombytes(data[at + entries * 8 : end])
            if sys.byteorder == "big":
                keys.byteswap()
                counts.byteswap()
            at = end
            table = _Table()
            table.pages = pages
            table.counts = dict(zip(keys, counts, strict=True))
            memory._table(site).add(table, max_fingerprints)
        if at != len(data):
            raise SiteMemoryError(
                f"{name}: unexpected bytes after the last site; save the memory again"
            )
        return memory
