"""The ``cleanbody`` command: clean documents or JSON Lines from files, folders or stdin.

Inputs are read and outputs written incrementally, in chunks that worker processes
clean in parallel with ``-j``; the output is the same for any number of jobs.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePath
from typing import BinaryIO, Final, Literal, TextIO

from cleanbody import __version__
from cleanbody.api import clean
from cleanbody.batch import map_in_order
from cleanbody.config import CATEGORIES, MODES, Config, Mode
from cleanbody.decode import decode_bytes
from cleanbody.display import render_explanation, wants_colour
from cleanbody.engine import clean_text
from cleanbody.html import clean_html
from cleanbody.progress import Progress
from cleanbody.records import ANNOTATION_KEY, RecordError, annotation, dump_record, parse_record
from cleanbody.result import Result
from cleanbody.sources import (
    STDIN,
    InputError,
    InputFormat,
    Source,
    find_sources,
    format_by_name,
    open_stream,
)

__all__ = ["main", "run"]

OutputFormat = Literal["text", "json", "jsonl", "explain"]
ItemKind = Literal["record", "text", "html"]

EXIT_OK: Final = 0
EXIT_FAILED_RECORDS: Final = 1
EXIT_USAGE: Final = 2
_EXIT_INTERRUPTED: Final = 130

#: JSON Lines records per task: ~0.1-1 ms each, so a task is 25-250 ms of work.
_RECORDS_PER_TASK: Final = 256
#: Whole documents (often HTML pages, a few ms each) per task.
_DOCUMENTS_PER_TASK: Final = 8
#: A task stops growing at this many input bytes, which bounds memory per task.
_TASK_BYTES: Final = 1 << 20
_OUTPUT_BUFFER: Final = 1 << 16
#: Level 6 writes ~3x faster than gzip's default 9 for a file ~2% larger.
_GZIP_LEVEL: Final = 6
_SUFFIXES: Final[dict[str, str]] = {
    "text": ".txt",
    "explain": ".txt",
    "json": ".json",
    "jsonl": ".jsonl",
}

_EPILOG = """\
examples:
  cleanbody article.txt                      clean one document, print the text
  cleanbody --explain page.html              show what was removed and why
  cleanbody dump.jsonl.gz -o clean.jsonl.gz  clean the "text" field of every record
  cleanbody -j 4 --field body shards/ -o out/  one output per input file, 4 processes
  curl -s URL | cleanbody --output-format json

exit status: 0 all written; 1 some records failed (reported on stderr or in
--errors; everything else was written); 2 usage error or unreadable input.
"""


class UsageError(Exception):
    """The command line cannot be carried out; the message says how to fix it."""


@dataclass(frozen=True)
class Item:
    """One document to clean: a whole input, or one JSON Lines record of it."""

    source: int
    name: str
    line: int | None
    data: bytes
    kind: ItemKind

    @property
    def label(self) -> str:
        """``path`` or ``path:line``, as messages and headers show it."""
        return f"{self.name}:{self.line}" if self.line is not None else self.name


@dataclass(frozen=True)
class Task:
    """A chunk of items for one worker, and how far into the input it reaches."""

    items: tuple[Item, ...]
    position: int | None


@dataclass(frozen=True)
class Outcome:
    """The rendered output of one item, or why it failed."""

    source: int
    label: str
    output: bytes | None = None
    error: str | None = None


@dataclass(frozen=True)
class Settings:
    """What a worker needs to clean and render items."""

    config: Config
    field: str
    output: OutputFormat | None
    colour: bool
    named: bool


def output_format_for(kind: ItemKind | InputFormat, chosen: OutputFormat | None) -> OutputFormat:
    """The output format: the one chosen, else JSON Lines for records and text otherwise.

    >>> output_format_for("record", None), output_format_for("html", None)
    ('jsonl', 'text')
    """
    if chosen is not None:
        return chosen
    return "jsonl" if kind in ("record", "jsonl") else "text"


# ---------------------------------------------------------------- work (in workers)


def _clean_item(item: Item, settings: Settings) -> tuple[Result, dict[str, object]]:
    if item.kind == "record":
        record, text = parse_record(item.data, settings.field)
        url = record.get("url")
        result = clean(text, settings.config, url=url if isinstance(url, str) else None)
        return result, record
    # The extension, the content or --input-format already told the format: a .txt file
    # holding markup is cleaned as text, an .html fragment without <html> as a page.
    if item.kind == "text":
        result = clean_text(decode_bytes(item.data), settings.config)
    else:
        # The HTML path reads the page's own charset declaration from the bytes.
        result = clean_html(item.data, settings.config)
    return result, {"path": item.name, settings.field: result.source}


def _json_bytes(value: object, *, indent: int | None) -> bytes:
    try:
        return json.dumps(value, ensure_ascii=False, indent=indent).encode()
    except UnicodeEncodeError:
        return json.dumps(value, indent=indent).encode()


def _render(item: Item, result: Result, record: dict[str, object], settings: Settings) -> bytes:
    output = output_format_for(item.kind, settings.output)
    if output == "jsonl":
        record[settings.field] = result.text
        record[ANNOTATION_KEY] = annotation(result)
        return dump_record(record)
    if output == "json":
        account = result.to_dict()
        if settings.named:
            name: dict[str, object] = {"path": item.name}
            if item.line is not None:
                name["line"] = item.line
            account = name | account
        return _json_bytes(account, indent=2)
    if output == "explain":
        shown = render_explanation(result, colour=settings.colour)
    else:
        shown = result.text
    # Lone surrogates (from JSON escapes) cannot be UTF-8; show them as escapes.
    return shown.encode("utf-8", errors="backslashreplace")


def process_task(task: Task, settings: Settings) -> tuple[list[Outcome], int | None]:
    """Clean and render every item of a task; a failing item becomes an error outcome."""
    outcomes: list[Outcome] = []
    for item in task.items:
        try:
            result, record = _clean_item(item, settings)
            rendered = _render(item, result, record, settings)
            outcomes.append(Outcome(item.source, item.label, rendered))
        except RecordError as error:
            outcomes.append(Outcome(item.source, item.label, error=f"{error}; record skipped"))
        except Exception as error:  # one bad document must not stop the batch
            outcomes.append(
                Outcome(
                    item.source,
                    item.label,
                    error=f"cleaning failed ({type(error).__name__}: {error}); skipped",
                )
            )
    return outcomes, task.position


# ---------------------------------------------------------------- reading (main process)


def _tasks(sources: Sequence[Source]) -> Iterator[Task]:
    """Read the inputs in order and cut them into tasks, a bounded chunk at a time."""
    items: list[Item] = []
    size = 0
    done_bytes = 0
    position: int | None = 0
    for index, source in enumerate(sources):
        try:
            with _open_source(source) as (stream, raw):
                if source.format == "jsonl":
                    for number, line in enumerate(stream, start=1):
                        if not line.strip():
                            continue
                        items.append(Item(index, source.name, number, line, "record"))
                        size += len(line)
                        if len(items) >= _RECORDS_PER_TASK or size >= _TASK_BYTES:
                            position = _position(raw, done_bytes)
                            yield Task(tuple(items), position)
                            items, size = [], 0
                else:
                    data = stream.read()
                    items.append(Item(index, source.name, None, data, source.format))
                    size += len(data)
                    if len(items) >= _DOCUMENTS_PER_TASK or size >= _TASK_BYTES:
                        yield Task(tuple(items), _position(raw, done_bytes))
                        items, size = [], 0
        except (OSError, EOFError) as error:
            raise InputError(
                f"{source.name}: reading failed ({error}); the output holds what came before"
            ) from error
        done_bytes += source.size or 0
    if items:
        yield Task(tuple(items), done_bytes)


def _position(raw: BinaryIO | None, done_bytes: int) -> int | None:
    if raw is None:
        return None
    try:
        return done_bytes + raw.tell()
    except OSError:
        return None


@contextmanager
def _open_source(source: Source) -> Iterator[tuple[BinaryIO, BinaryIO | None]]:
    """Open a source: (decompressed stream, raw file whose position tracks progress)."""
    if source.stream is not None:
        yield source.stream, None
        return
    assert source.path is not None  # find_sources sets a stream or a path
    with source.path.open("rb") as raw:
        yield open_stream(raw), raw


# ---------------------------------------------------------------- writing (main process)


class Sink:
    """One output stream: writes rendered items with the separators their format needs.

    Args:
        stream: Binary stream to write to.
        output: The output format.
        many: Whether several documents share this stream (headers, a JSON array).
        owned: Whether to close the stream when finished.
    """

    def __init__(self, stream: BinaryIO, output: OutputFormat, *, many: bool, owned: bool) -> None:
        self._stream = stream
        self._output = output
        self._many = many
        self._owned = owned
        self._count = 0

    def write(self, label: str, output: bytes) -> None:
        """Write one rendered document."""
        if self._output == "jsonl":
            self._stream.write(output)
        elif self._output == "json":
            if self._many:
                self._stream.write(b"[\n" if self._count == 0 else b",\n")
                self._stream.write(output)
            else:
                self._stream.write(output + b"\n")
        else:
            if self._many:
                blank = b"\n" if self._count else b""
                self._stream.write(blank + f"==> {label} <==\n".encode(errors="backslashreplace"))
            self._stream.write(output if output.endswith(b"\n") or not output else output + b"\n")
        self._count += 1

    def finish(self) -> None:
        """Close a JSON array, flush, and close the stream if this sink opened it."""
        if self._output == "json" and self._many:
            self._stream.write(b"\n]\n" if self._count else b"[]\n")
        self._stream.flush()
        if self._owned:
            self._stream.close()


def _open_output(path: Path) -> BinaryIO:
    try:
        if path.name.lower().endswith(".gz"):
            return io.BufferedWriter(
                gzip.GzipFile(path, "wb", compresslevel=_GZIP_LEVEL), _OUTPUT_BUFFER
            )
        return path.open("wb", buffering=_OUTPUT_BUFFER)
    except OSError as error:
        raise UsageError(
            f"-o {path}: cannot write there ({error.strerror or error}); choose another path"
        ) from error


def output_name(relative: PurePath, output: OutputFormat) -> PurePath:
    """Where an input's output goes inside an output folder: same place, new suffix.

    >>> str(output_name(PurePath("2024/page.html.gz"), "text"))
    '2024/page.txt.gz'
    >>> str(output_name(PurePath("dump.jsonl"), "jsonl"))
    'dump.jsonl'
    """
    name = relative.name
    compressed = name.lower().endswith(".gz")
    base = name[:-3] if compressed else name
    if format_by_name(base):
        base = base[: -len(PurePath(base).suffix)]
    return relative.with_name(base + _SUFFIXES[output] + (".gz" if compressed else ""))


class Router:
    """Sends each outcome to its sink: one shared stream, or one file per input in a folder.

    Outcomes arrive in source order, so a folder output has one file open at a time.
    """

    def __init__(self, sinks: list[Sink] | None, plan: list[tuple[Path, OutputFormat, bool]]):
        self._shared = sinks[0] if sinks else None
        self._plan = plan
        self._current = -1
        self._sink: Sink | None = None

    def write(self, source: int, label: str, output: bytes) -> None:
        """Write one rendered document of input ``source``."""
        self._advance(source)
        sink = self._shared or self._sink
        assert sink is not None  # _advance opened it
        sink.write(label, output)

    def _advance(self, source: int) -> None:
        if self._shared is not None:
            return
        while self._current < source:
            if self._sink is not None:
                self._sink.finish()
            self._current += 1
            path, output, many = self._plan[self._current]
            path.parent.mkdir(parents=True, exist_ok=True)
            self._sink = Sink(_open_output(path), output, many=many, owned=True)

    def finish(self) -> None:
        """Finish every output, creating those of inputs that produced nothing."""
        if self._shared is not None:
            self._shared.finish()
            return
        self._advance(len(self._plan) - 1)
        if self._sink is not None:
            self._sink.finish()
            self._sink = None

    def abandon(self) -> None:
        """Close what is open after an error, without finishing the remaining outputs."""
        sink = self._shared or self._sink
        if sink is not None:
            with suppress(OSError):
                sink.finish()


# ---------------------------------------------------------------- planning


def _is_folder(output: str) -> bool:
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def _refuse_inputs(paths: Sequence[Path], sources: Sequence[Source], option: str) -> None:
    """Refuse to write any path that is one of the inputs (also through links)."""
    inputs = {source.path.resolve(): source for source in sources if source.path is not None}
    for path in paths:
        target = path.resolve()
        hit = inputs.get(target)
        if hit is None and path.exists():
            hit = next((s for s in inputs.values() if s.path and path.samefile(s.path)), None)
        if hit is not None:
            raise UsageError(
                f"{option} {path} would write over the input {hit.name}; "
                "choose an output path that is not one of the inputs"
            )


def _plan_folder(
    folder: Path, sources: Sequence[Source], chosen: OutputFormat | None
) -> list[tuple[Path, OutputFormat, bool]]:
    plan: list[tuple[Path, OutputFormat, bool]] = []
    claimed: dict[Path, str] = {}
    for source in sources:
        if source.path is None:
            raise UsageError(
                "standard input has no file name to write into a folder; "
                "give -o a file name, or drop -o to write to standard output"
            )
        output = output_format_for(source.format, chosen)
        path = folder / output_name(source.relative, output)
        if path in claimed:
            raise UsageError(
                f"{claimed[path]} and {source.name} would both be written to {path}; "
                "clean them in separate runs or give them different names"
            )
        claimed[path] = source.name
        plan.append((path, output, source.format == "jsonl"))
    _refuse_inputs([path for path, _, _ in plan], sources, "-o")
    return plan


def _shared_output(sources: Sequence[Source], chosen: OutputFormat | None) -> OutputFormat:
    outputs = {output_format_for(source.format, chosen) for source in sources}
    if len(outputs) > 1:
        raise UsageError(
            "the inputs mix JSON Lines and documents, which default to different output "
            "formats; choose one with --output-format, or give -o a folder"
        )
    return outputs.pop()


def _stdout_binary() -> BinaryIO:
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:
        raise UsageError("standard output cannot take bytes here; use -o FILE")
    sys.stdout.flush()
    return buffer  # type: ignore[no-any-return]


# ---------------------------------------------------------------- the command


def build_parser() -> argparse.ArgumentParser:
    """Return the command's argument parser.

    >>> build_parser().parse_args(["-j", "2", "in.jsonl"]).jobs
    2
    """
    parser = argparse.ArgumentParser(
        prog="cleanbody",
        description=(
            "Remove donation appeals, paywall notices, newsletter sign-ups, share prompts "
            "and other boilerplate from articles, and explain every removal."
        ),
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="a file, a folder (its files, recursively), or - for standard input (the default)",
    )
    parser.add_argument(
        "--input-format",
        choices=("auto", "text", "html", "jsonl"),
        default="auto",
        help="auto (default): by extension (.jsonl, .jsonl.gz, .html, .htm, .txt), else by content",
    )
    parser.add_argument(
        "--field",
        default="text",
        metavar="NAME",
        help="the JSON Lines field to clean (default: text)",
    )
    parser.add_argument(
        "--output-format",
        choices=("text", "json", "jsonl"),
        help="default: text for documents, jsonl for JSON Lines input",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="a file (.gz compresses), or a folder (existing, or ending in /) for one "
        "output per input; default: standard output",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (0: one per CPU); the output is the same as with -j 1",
    )
    parser.add_argument(
        "--explain",
        action="store_true",
        help="show each document with its removed blocks labelled (category, rules, score)",
    )
    parser.add_argument("--mode", choices=MODES, help="how much evidence a removal needs")
    parser.add_argument(
        "--keep",
        action="append",
        choices=CATEGORIES,
        default=[],
        metavar="CATEGORY",
        help=f"leave this category in the text (repeatable): {', '.join(CATEGORIES)}",
    )
    parser.add_argument(
        "--errors",
        metavar="FILE",
        help="write bad-record messages to FILE instead of standard error",
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour --explain output (auto: on a terminal, unless NO_COLOR is set)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _forced_format(choice: str) -> InputFormat | None:
    if choice == "auto":
        return None
    if choice == "text":
        return "text"
    return "html" if choice == "html" else "jsonl"


def _output_choice(args: argparse.Namespace) -> OutputFormat | None:
    if args.explain:
        if args.output_format not in (None, "text"):
            raise UsageError(
                f"--explain shows documents to a person and cannot be written as "
                f"{args.output_format}; drop --explain or --output-format"
            )
        return "explain"
    chosen: OutputFormat | None = args.output_format
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit code.

    Usage errors are reported on stderr and return 2:

    >>> main(["--mode", "gentle", "article.txt"])
    2
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        return _run(args)
    except (UsageError, InputError) as error:
        print(f"cleanbody: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("\ncleanbody: interrupted", file=sys.stderr)
        return _EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED_RECORDS


@dataclass
class _Destination:
    """Where the output goes, decided before anything is read."""

    router: Router
    colour: bool
    named: bool
    to_terminal: bool


def _destination(
    args: argparse.Namespace, sources: Sequence[Source], chosen: OutputFormat | None
) -> _Destination:
    # Colour is for a terminal: files get it only when asked for with --color always.
    file_colour = args.color == "always"
    if args.output and args.output != STDIN and _is_folder(args.output):
        plan = _plan_folder(Path(args.output), sources, chosen)
        return _Destination(Router(None, plan), file_colour, named=True, to_terminal=False)
    output = _shared_output(sources, chosen)
    many = len(sources) > 1 or any(source.format == "jsonl" for source in sources)
    if args.output and args.output != STDIN:
        path = Path(args.output)
        _refuse_inputs([path], sources, "-o")
        if not path.parent.is_dir():
            raise UsageError(f"-o {path}: the folder {path.parent} does not exist; create it")
        sink = Sink(_open_output(path), output, many=many, owned=True)
        return _Destination(Router([sink], []), file_colour, named=many, to_terminal=False)
    sink = Sink(_stdout_binary(), output, many=many, owned=False)
    return _Destination(
        Router([sink], []),
        wants_colour(sys.stdout, args.color),
        named=many,
        to_terminal=bool(sys.stdout.isatty()),
    )


def _sources(args: argparse.Namespace) -> list[Source]:
    stdin = getattr(sys.stdin, "buffer", None)
    if not args.paths and (stdin is None or sys.stdin.isatty()):
        raise UsageError(
            "no input: give a file or folder, or pipe a document into cleanbody "
            "(see cleanbody --help)"
        )
    if (not args.paths or STDIN in args.paths) and stdin is None:
        raise UsageError("standard input is not available here; give a file instead")
    return find_sources(args.paths, stdin, _forced_format(args.input_format))


def _same_file(first: Path, second: Path) -> bool:
    """Whether two paths name the same file (after resolving links)."""
    try:
        if first.exists() and second.exists():
            return first.samefile(second)
    except OSError:
        return False
    return first.resolve() == second.resolve()


def _run(args: argparse.Namespace) -> int:
    if args.jobs < 0:
        raise UsageError(f"-j/--jobs must be 0 (one per CPU) or more, not {args.jobs}")
    if not args.field:
        raise UsageError("--field needs a name, e.g. --field text")
    chosen = _output_choice(args)
    mode: Mode | None = args.mode
    config = Config(mode=mode or "balanced", keep=frozenset(args.keep))
    sources = _sources(args)
    errors_path = Path(args.errors) if args.errors else None
    errors_stream: TextIO = sys.stderr
    if errors_path is not None:
        _refuse_inputs([errors_path], sources, "--errors")
        if args.output and _same_file(errors_path, Path(args.output)):
            raise UsageError(
                f"--errors {errors_path} is also the output; give the messages a file "
                "of their own"
            )
        # Opened before the output, so a bad path stops the run before -o is truncated.
        try:
            errors_stream = errors_path.open("w", encoding="utf-8")
        except OSError as error:
            raise UsageError(
                f"--errors {errors_path}: cannot write there ({error.strerror or error}); "
                "choose another path"
            ) from error
    try:
        destination = _destination(args, sources, chosen)
    except UsageError:
        if errors_stream is not sys.stderr:
            errors_stream.close()
        raise
    settings = Settings(
        config=config,
        field=args.field,
        output=chosen,
        colour=destination.colour,
        named=destination.named,
    )
    batch = len(sources) > 1 or any(source.format == "jsonl" for source in sources)
    # On the terminal that shows the output, a redrawn bar would garble it.
    show_progress = batch and not args.quiet and sys.stderr.isatty() and not destination.to_terminal
    total = None if any(s.path is None for s in sources) else sum(s.size or 0 for s in sources)
    progress = Progress(sys.stderr, total_bytes=total, enabled=show_progress)
    try:
        written, failed = _stream(
            sources,
            settings,
            jobs=args.jobs,
            router=destination.router,
            progress=progress,
            errors=errors_stream,
        )
    finally:
        progress.close()
        if errors_stream is not sys.stderr:
            errors_stream.close()
    if not failed:
        return EXIT_OK
    if not args.quiet:
        where = f"; see {errors_path}" if errors_path else ""
        noun = "records" if any(source.format == "jsonl" for source in sources) else "documents"
        print(
            f"cleanbody: {failed:,} of {failed + written:,} {noun} failed and were "
            f"not written{where}",
            file=sys.stderr,
        )
    return EXIT_FAILED_RECORDS


def _stream(
    sources: Sequence[Source],
    settings: Settings,
    *,
    jobs: int,
    router: Router,
    progress: Progress,
    errors: TextIO,
) -> tuple[int, int]:
    """Clean every input into the router; return (documents written, documents failed)."""
    written = failed = 0
    work = partial(process_task, settings=settings)
    try:
        for outcomes, position in map_in_order(work, _tasks(sources), jobs=jobs):
            for outcome in outcomes:
                if outcome.output is not None:
                    router.write(outcome.source, outcome.label, outcome.output)
                    written += 1
                    continue
                failed += 1
                if errors is sys.stderr:
                    progress.clear()
                print(f"{outcome.label}: error: {outcome.error}", file=errors)
            progress.update(len(outcomes), position)
        router.finish()
    except BaseException:
        router.abandon()
        raise
    return written, failed


def run() -> None:
    """Entry point of the installed ``cleanbody`` script."""
    sys.exit(main())
