"""datatrove: site memory where one machine is not enough, in three pipelines.

1. :class:`SiteCountsStep` reads the documents and writes, per task, the block
   fingerprint counts of every host (``counts/00000.sites``, ...): hashes, never text.
2. :class:`MergeSiteCountsStep` combines them per host; task ``r`` of ``N`` keeps the
   hosts whose hash falls in shard ``r`` and writes ``memory/shard-0000r-of-0000N.sites``.
3. :class:`SiteMemoryCleanStep` cleans every document with its host's memory, as
   ``CleanBodyStep`` cleans without it, keeping the account in ``doc.metadata``.

Each pipeline needs the one before it to have finished (``depends=`` on Slurm)::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter
    from cleanbody.integrations.datatrove_sites import (
        MergeSiteCountsStep, SiteCountsStep, SiteMemoryCleanStep)

    count = LocalPipelineExecutor(
        [JsonlReader("raw/"), SiteCountsStep("work/counts/")], tasks=8,
        logging_dir="logs/counts")
    merge = LocalPipelineExecutor(
        [MergeSiteCountsStep("work/counts/", "work/memory/")], tasks=2,
        logging_dir="logs/merge", depends=count)
    LocalPipelineExecutor(
        [JsonlReader("raw/"), SiteMemoryCleanStep("work/memory/"), JsonlWriter("clean/")],
        tasks=8, logging_dir="logs/clean", depends=merge).run()

Folders may be local paths or any fsspec URL datatrove takes (``s3://...``).
"""

from __future__ import annotations

import hashlib
from typing import Any, Final

try:
    from datatrove.data import DocumentsPipeline
    from datatrove.io import DataFolderLike, get_datafolder
    from datatrove.pipeline.base import PipelineStep
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "cleanbody.integrations.datatrove_sites needs datatrove: pip install 'cleanbody[datatrove]'"
    ) from error

from cleanbody.config import SITE_MAX_SITES, Config
from cleanbody.integrations.datatrove import CleanBodyStep
from cleanbody.sites import SiteMemory, page_fingerprints, site_of

__all__ = [
    "STAT_PREFIX",
    "MergeSiteCountsStep",
    "SiteCountsStep",
    "SiteMemoryCleanStep",
    "load_site_memory",
    "shard_of",
]

#: Every statistic these steps record starts with this.
STAT_PREFIX: Final = "cleanbody_sites"
#: The extension of the files the steps write and read.
SUFFIX: Final = ".sites"


def shard_of(site: str, shards: int) -> int:
    """The merge shard a host belongs to: the same in every process and on every machine.

    >>> shard_of("pwani.example", 4) == shard_of("pwani.example", 4)
    True
    """
    digest = hashlib.blake2b(site.encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "little") % shards


class SiteCountsStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Count each host's block fingerprints; write them per task; pass documents on unchanged.

    The host is that of ``doc.metadata[url_key]`` (documents without one are passed on
    and counted as ``cleanbody_sites_no_url``). HTML is counted on its extracted text. A
    task holds at most ``max_sites`` hosts: beyond that it writes what it has as another
    part (``00000-001.sites``) and starts afresh, so memory stays bounded; the merge
    adds the parts up.

    Args:
        output_folder: Where the counts go (a path or any fsspec URL).
        url_key: The metadata key that holds each document's URL.
        config: Settings for extracting HTML (as when cleaning).
        max_sites: Hosts a task holds before it writes a part.
    """

    name = "🧮 cleanbody site counts"
    type = "📊 - STATS"

    def __init__(
        self,
        output_folder: DataFolderLike,
        *,
        url_key: str = "url",
        config: Config | None = None,
        max_sites: int = SITE_MAX_SITES,
    ) -> None:
        super().__init__()
        self.output_folder = get_datafolder(output_folder)
        self.url_key = url_key
        self.config = config or Config()
        self.max_sites = max_sites

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Count every document's blocks for its host, yield it, then write the counts."""
        memory = SiteMemory(self.config, max_sites=self.max_sites + 1)
        part = 0
        for doc in data or ():
            url = doc.metadata.get(self.url_key)
            site = site_of(url if isinstance(url, str) else None)
            if site is None:
                self.stat_update(f"{STAT_PREFIX}_no_url")
                yield doc
                continue
            if site not in memory and len(memory) >= self.max_sites:
                self._write(memory, rank, part)
                memory, part = SiteMemory(self.config, max_sites=self.max_sites + 1), part + 1
            try:
                with self.track_time():
                    source = memory.source_text(doc.text, url=url)
                    memory.learn_fingerprints(site, page_fingerprints(source))
                self.stat_update(f"{STAT_PREFIX}_pages")
            except Exception:  # a document that cannot be read is not counted
                self.stat_update(f"{STAT_PREFIX}_failed")
            yield doc
        self._write(memory, rank, part)

    def _write(self, memory: SiteMemory, rank: int, part: int) -> None:
        name = f"{rank:05d}{f'-{part:03d}' if part else ''}{SUFFIX}"
        with self.output_folder.open(name, "wb") as out:
            out.write(memory.to_bytes())
        self.stat_update(f"{STAT_PREFIX}_sites", value=len(memory))


class MergeSiteCountsStep(PipelineStep):  # type: ignore[misc]  # datatrove ships no type hints
    """Combine the counts of every task per host into shards of a site memory.

    Run it with as many tasks as shards: task ``r`` of ``N`` reads every counts file,
    keeps the hosts of shard ``r`` and writes ``shard-0000r-of-0000N.sites``. It ignores
    its input documents (run it as a pipeline of its own).

    Args:
        input_folder: The folder :class:`SiteCountsStep` wrote.
        output_folder: Where the memory's shards go (what :class:`SiteMemoryCleanStep` reads).
        max_fingerprints: Fingerprints kept per host after merging.
    """

    name = "🧩 cleanbody merge site counts"
    type = "📊 - STATS"

    def __init__(
        self,
        input_folder: DataFolderLike,
        output_folder: DataFolderLike,
        *,
        max_fingerprints: int | None = None,
    ) -> None:
        super().__init__()
        self.input_folder = get_datafolder(input_folder)
        self.output_folder = get_datafolder(output_folder)
        self.max_fingerprints = max_fingerprints

    def run(self, data: DocumentsPipeline, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        """Merge this task's shard of hosts and write it; pass any input on unchanged."""
        options: dict[str, Any] = {}
        if self.max_fingerprints is not None:
            options["max_fingerprints"] = self.max_fingerprints
        merged = SiteMemory(max_sites=1 << 62, **options)
        for path in self.input_folder.list_files(glob_pattern=f"*{SUFFIX}"):
            with self.input_folder.open(path, "rb") as stream:
                part = SiteMemory.from_bytes(stream.read(), name=path, **options)
            mine = [site for site in part if shard_of(site, world_size) == rank]
            merged.merge(part.subset(mine))
            self.stat_update(f"{STAT_PREFIX}_files_read")
        name = f"shard-{rank:05d}-of-{world_size:05d}{SUFFIX}"
        with self.output_folder.open(name, "wb") as out:
            out.write(merged.to_bytes())
        self.stat_update(f"{STAT_PREFIX}_merged_sites", value=len(merged))
        yield from data or ()


def load_site_memory(folder: DataFolderLike, config: Config | None = None) -> SiteMemory:
    """Load every shard :class:`MergeSiteCountsStep` wrote into one memory.

    Raises:
        cleanbody.SiteMemoryError: A shard cannot be read.
        FileNotFoundError: The folder holds no shard.
    """
    source = get_datafolder(folder)
    paths = source.list_files(glob_pattern=f"shard-*{SUFFIX}")
    if not paths:
        raise FileNotFoundError(
            f"{source.path}: no site memory shards (shard-*{SUFFIX}); run "
            "MergeSiteCountsStep into this folder first"
        )
    memory = SiteMemory(config, max_sites=1 << 62)
    for path in paths:
        with source.open(path, "rb") as stream:
            memory.merge(SiteMemory.from_bytes(stream.read(), name=path))
    return memory


class SiteMemoryCleanStep(CleanBodyStep):
    """``CleanBodyStep(site_memory=memory)``: clean with each document's host's memory.

    The account in ``doc.metadata["cleanbody"]`` is :mod:`cleanbody.annotation`'s fixed
    shape, with ``site`` and ``site_pages`` set for hosts the memory knows (documents of
    other hosts are cleaned without it); the statistics are ``CleanBodyStep``'s.

    Args:
        memory: A :class:`~cleanbody.SiteMemory`, or the folder of merged shards (loaded
            once per task, in the worker).
        url_key: The metadata key that holds each document's URL.
        **options: Any other option of :class:`CleanBodyStep` (``config``, ``mode``,
            ``keep``, ``detail``, drops...).
    """

    name = "🧹 cleanbody with site memory"

    def __init__(
        self, memory: SiteMemory | DataFolderLike, *, url_key: str = "url", **options: Any
    ) -> None:
        super().__init__(site_memory=memory, url_key=url_key, **options)
