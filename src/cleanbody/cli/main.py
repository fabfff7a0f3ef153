"""The ``cleanbody`` command: clean documents or JSON Lines from files, folders or stdin.

Inputs are read and outputs written incrementally, in tasks that worker processes
clean in parallel with ``-j`` (:mod:`cleanbody.cli.jobs`); the output is the same for
any number of jobs, and goes where :mod:`cleanbody.cli.output` routes it.
"""

from __future__ import annotations

import argparse
import os
import signal
import stat
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import BinaryIO, Final, TextIO

from cleanbody import __version__
from cleanbody.batch import map_in_order
from cleanbody.cli.display import wants_colour
from cleanbody.cli.jobs import (
    DEFAULT_MAX_BYTES,
    Outcome,
    OutputFormat,
    Settings,
    lost_task,
    output_format_for,
    process_task,
    split_task,
    tasks_of,
)
from cleanbody.cli.output import Router, Sink, UsageError, open_output, output_name
from cleanbody.cli.progress import Progress
from cleanbody.cli.records import ANNOTATION_KEY
from cleanbody.cli.rules import rules_main
from cleanbody.cli.sites import (
    learn_sites,
    lost_site_task,
    process_site_task,
    site_tasks,
    split_site_task,
    spool_streams,
)
from cleanbody.cli.sources import (
    STDIN,
    InputError,
    InputFormat,
    Source,
    find_sources,
)
from cleanbody.config import BACKENDS, CATEGORIES, MODES, Config, Mode
from cleanbody.html.fast import require_fast_backend
from cleanbody.rules import RuleError, language_gate, load_rules
from cleanbody.rules.dom import DomRuleError, load_dom_rules
from cleanbody.sites import SiteMemory

__all__ = ["main", "run"]


EXIT_OK: Final = 0
EXIT_FAILED_RECORDS: Final = 1
EXIT_USAGE: Final = 2
_EXIT_INTERRUPTED: Final = 130
#: What a shell reports for a process killed by SIGTERM or SIGPIPE (128 + the signal).
_EXIT_TERMINATED: Final = 128 + 15
_EXIT_BROKEN_PIPE: Final = 128 + 13
#: Records of an input read before deciding that --field (or the annotation) is wrong.
_FIELD_CHECK_RECORDS: Final = 100


_EPILOG = """\
examples:
  cleanbody article.txt                      clean one document, print the text
  cleanbody --explain page.html              show what was removed and why
  cleanbody dump.jsonl.gz -o clean.jsonl.gz  clean the "text" field of every record
  cleanbody -j 4 --field body shards/ -o out/  one output per input file, 4 processes
  cleanbody crawl.warc.gz -o pages.jsonl.zst  the HTML pages of a crawl, with their URLs
  curl -s URL | cleanbody --output-format json
  cleanbody --sites crawl.jsonl -o clean.jsonl  learn each site's template, then clean

exit status: 0 all written; 1 some records failed (reported on stderr or in
--errors; everything else was written); 2 usage error, unreadable input, or a run
stopped half way (the message says what was written); 130/143 interrupted or
terminated (what was cleaned before is written); 141 the reader of the output went away.
"""


# ---------------------------------------------------------------- work (in workers)


# ---------------------------------------------------------------- reading (main process)


# ---------------------------------------------------------------- writing (main process)


# ---------------------------------------------------------------- planning


def _is_folder(output: str) -> bool:
    return output.endswith(("/", os.sep)) or Path(output).is_dir()


def _is_standard_input(path: Path) -> bool:
    """Whether ``path`` is the file behind standard input (``cleanbody -o x < x``)."""
    try:
        stdin, target = os.fstat(sys.stdin.fileno()), os.stat(path)
    except (OSError, ValueError, AttributeError):  # no stdin, no such path, or a test stream
        return False
    return stat.S_ISREG(stdin.st_mode) and (stdin.st_dev, stdin.st_ino) == (
        target.st_dev,
        target.st_ino,
    )


def _refuse_inputs(paths: Sequence[Path], sources: Sequence[Source], option: str) -> None:
    """Refuse to write any path that is one of the inputs (also through links or stdin)."""
    inputs = {source.path.resolve(): source for source in sources if source.path is not None}
    reads_stdin = any(source.path is None for source in sources)
    for path in paths:
        if reads_stdin and _is_standard_input(path):
            raise UsageError(
                f"{option} {path} is the file standard input reads from, and writing it "
                "would truncate the input; write to another path and rename it afterwards"
            )
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
        plan.append((path, output, source.holds_many))
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
        choices=("auto", "text", "html", "jsonl", "warc"),
        default="auto",
        help="auto (default): by extension (.jsonl, .html, .htm, .txt, .warc, each also "
        "with .gz, .bz2, .xz or .zst), else by content",
    )
    parser.add_argument(
        "--field",
        default="text",
        metavar="NAME",
        help="the JSON Lines field to clean (default: text)",
    )
    parser.add_argument(
        "--output-format",
        choices=("text", "markdown", "json", "jsonl"),
        help="default: text for documents, jsonl for JSON Lines and WARC input; markdown: "
        "the default, with HTML pages' headings, lists and links kept as markdown",
    )
    parser.add_argument(
        "-o",
        "--output",
        metavar="PATH",
        help="a file (.gz, .bz2, .xz, .zst compress), or a folder (existing, or ending "
        "in /) for one output per input; default: standard output",
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
        "--backend",
        choices=BACKENDS,
        default="trafilatura",
        help="what extracts an HTML page's text: trafilatura (default, more accurate) or "
        "resiliparse (faster; pip install 'cleanbody[fast]')",
    )
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
        "--annotation-field",
        default=ANNOTATION_KEY,
        metavar="NAME",
        help=f"the JSON Lines field that gets the account of what was removed (default: "
        f"{ANNOTATION_KEY}); a record that already has it is a bad record, never overwritten",
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"the largest record, document or WARC page to clean (default: "
        f"{DEFAULT_MAX_BYTES:,}); a larger one is reported as a bad record and skipped",
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour --explain output (auto: on a terminal, unless NO_COLOR is set)",
    )
    parser.add_argument(
        "--sites",
        action="store_true",
        help="learn what repeats across each site's records (grouped by the host of "
        "--url-field), then clean with it; reads the input twice",
    )
    parser.add_argument(
        "--url-field",
        default="url",
        metavar="NAME",
        help="the JSON Lines field that holds each record's URL (default: url)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _forced_format(choice: str) -> InputFormat | None:
    formats: dict[str, InputFormat] = {
        "text": "text",
        "html": "html",
        "jsonl": "jsonl",
        "warc": "warc",
    }
    return formats.get(choice)


def _output_choice(args: argparse.Namespace) -> OutputFormat | None:
    if args.explain:
        if args.output_format not in (None, "text", "markdown"):
            raise UsageError(
                f"--explain shows documents to a person and cannot be written as "
                f"{args.output_format}; drop --explain or --output-format"
            )
        return "explain"
    # Markdown is the form of the text, not a format of its own: documents are written as
    # text and JSON Lines as JSON Lines, and the config asks the HTML path for it (_config).
    chosen: OutputFormat | None = None if args.output_format == "markdown" else args.output_format
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: ``sys.argv[1:]``) and return its exit code.

    Usage errors are reported on stderr and return 2:

    >>> main(["--mode", "gentle", "article.txt"])
    2

    ``cleanbody rules [ID]`` shows a rule instead (a file named ``rules`` is ``./rules``).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["rules"]:
        return _rules(arguments[1:])
    parser = build_parser()
    try:
        args = parser.parse_args(arguments)
    except SystemExit as stop:
        return stop.code if isinstance(stop.code, int) else EXIT_USAGE
    try:
        # Broken rule data (a file under $CLEANBODY_RULES_DIR) stops the run before any input.
        load_rules()
        language_gate()
        load_dom_rules()
        with _terminate_like_interrupt():
            return _run(args)
    except (KeyboardInterrupt, _Terminated) as stop:
        return _stopped(stop)
    except BrokenPipeError:
        return _quiet_broken_pipe()
    except (
        UsageError,
        InputError,
        RuleError,
        DomRuleError,
        _RunStoppedError,
        BrokenProcessPool,
        OSError,
    ) as error:
        print(f"cleanbody: error: {_explain(error)}", file=sys.stderr)
        return EXIT_USAGE


def _stopped(stop: BaseException) -> int:
    """Say that Ctrl-C or SIGTERM stopped the run, and return the exit code a shell expects."""
    if isinstance(stop, KeyboardInterrupt):
        print("\ncleanbody: interrupted", file=sys.stderr)
        return _EXIT_INTERRUPTED
    print(
        "cleanbody: terminated (SIGTERM); what was cleaned before was written and moved "
        "into place, the rest was not",
        file=sys.stderr,
    )
    return _EXIT_TERMINATED


class _Terminated(BaseException):
    """SIGTERM arrived: the run stops as on Ctrl-C, its outputs closed and moved into place."""


class _RunStoppedError(Exception):
    """The run could not go on (a worker died); the message says what was written."""


@contextmanager
def _terminate_like_interrupt() -> Iterator[None]:
    """Turn SIGTERM into :class:`_Terminated` in this process for the run's duration.

    Without it SIGTERM ends the process where it stands: outputs stay in their ``.part``
    files, and a held lock file stays behind.
    """
    main_process = os.getpid()

    def terminate(signum: int, frame: object) -> None:
        if os.getpid() != main_process:  # a forked worker: end as SIGTERM asks
            signal.signal(signal.SIGTERM, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGTERM)
            return
        raise _Terminated

    try:
        previous = signal.signal(signal.SIGTERM, terminate)
    except ValueError:  # not the main thread: signals are not ours to handle
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


@contextmanager
def _signals_held(hold: bool) -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM while one document is written, so no file ends mid-record."""
    if not hold or not hasattr(signal, "pthread_sigmask"):
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _explain(error: BaseException) -> str:
    """One line saying what stopped the run and what to do (no traceback)."""
    if isinstance(error, BrokenProcessPool):
        return (
            "worker processes kept dying (killed, or out of memory), on every record tried "
            "alone; the documents cleaned before were written. Run again with more memory"
        )
    if isinstance(error, OSError):
        where = f" ({error.filename})" if error.filename else ""
        return (
            f"{error.strerror or error}{where}; the documents cleaned before it were written "
            "and moved into place. Free space or choose another output, then run again"
        )
    return str(error)


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
    many = len(sources) > 1 or any(source.holds_many for source in sources)
    if args.output and args.output != STDIN:
        path = Path(args.output)
        _refuse_inputs([path], sources, "-o")
        if not path.parent.is_dir():
            raise UsageError(f"-o {path}: the folder {path.parent} does not exist; create it")
        sink = Sink(open_output(path), output, many=many, owned=True, name=str(path))
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


def _config(args: argparse.Namespace, mode: Mode | None) -> Config:
    """The settings the options ask for; a backend whose extra is missing stops the run."""
    if args.backend == "resiliparse":
        try:
            require_fast_backend()
        except ImportError as error:
            raise UsageError(f"--backend resiliparse: {error}") from error
    return Config(
        mode=mode or "balanced",
        keep=frozenset(args.keep),
        backend=args.backend,
        output="markdown" if args.output_format == "markdown" else "text",
    )


def _check_options(args: argparse.Namespace) -> None:
    """Refuse option values that argparse lets through."""
    if args.jobs < 0:
        raise UsageError(f"-j/--jobs must be 0 (one per CPU) or more, not {args.jobs}")
    if not args.field:
        raise UsageError("--field needs a name, e.g. --field text")
    if not args.annotation_field or args.annotation_field == args.field:
        raise UsageError(
            "--annotation-field needs a name of its own, other than --field, "
            f"e.g. --annotation-field {ANNOTATION_KEY}"
        )
    if args.max_bytes < 1:
        raise UsageError(f"--max-bytes must be 1 or more, not {args.max_bytes}")


def _run(args: argparse.Namespace) -> int:
    _check_options(args)
    chosen = _output_choice(args)
    mode: Mode | None = args.mode
    config = _config(args, mode)
    sources = _sources(args)
    errors_path = Path(args.errors) if args.errors else None
    errors_stream: TextIO = sys.stderr
    if errors_path is not None:
        _refuse_inputs([errors_path], sources, "--errors")
        if args.output and _same_file(errors_path, Path(args.output)):
            raise UsageError(
                f"--errors {errors_path} is also the output; give the messages a file of their own"
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
        annotation_field=args.annotation_field,
        max_bytes=args.max_bytes,
    )
    batch = len(sources) > 1 or any(source.holds_many for source in sources)
    # On the terminal that shows the output, a redrawn bar would garble it.
    show_progress = batch and not args.quiet and sys.stderr.isatty() and not destination.to_terminal
    total = None if any(s.path is None for s in sources) else sum(s.size or 0 for s in sources)
    progress = Progress(sys.stderr, total_bytes=total, enabled=show_progress)
    skipped: Counter[str] = Counter()
    stack = ExitStack()
    with _closed_at_end(stack, progress, errors_stream, errors_path):
        try:
            sources, memory = _site_memory(args, sources, settings, stack)
        except BaseException:
            destination.router.abandon()  # nothing was written: leave no output behind
            raise
        written, failed = _stream(
            sources,
            settings,
            jobs=args.jobs,
            router=destination.router,
            progress=progress,
            errors=errors_stream,
            skipped=skipped,
            hold_signals=bool(args.output and args.output != STDIN),
            memory=memory,
            url_field=args.url_field,
        )
    if skipped and not args.quiet:
        reasons = ", ".join(f"{count:,} {reason}" for reason, count in skipped.most_common())
        print(
            f"cleanbody: {skipped.total():,} WARC records are no HTML page and were left "
            f"out ({reasons})",
            file=sys.stderr,
        )
    if not failed:
        return EXIT_OK
    if not args.quiet:
        where = f"; see {errors_path}" if errors_path else ""
        noun = "records" if any(source.holds_many for source in sources) else "documents"
        print(
            f"cleanbody: {failed:,} of {failed + written:,} {noun} failed and were "
            f"not written{where}",
            file=sys.stderr,
        )
    return EXIT_FAILED_RECORDS


@contextmanager
def _closed_at_end(
    stack: ExitStack, progress: Progress, errors: TextIO, errors_path: Path | None
) -> Iterator[None]:
    """Close what the run opened; an ``--errors`` file that cannot be written stops it.

    When the run itself failed, its own error is the one reported.
    """
    try:
        yield
    except BaseException:
        stack.close()
        progress.close()
        if errors is not sys.stderr:
            with suppress(OSError):
                errors.close()
        raise
    stack.close()
    progress.close()
    if errors is sys.stderr:
        return
    try:
        errors.close()
    except OSError as error:
        raise _RunStoppedError(
            f"--errors {errors_path}: writing the bad-record messages failed "
            f"({error.strerror or error}); the output was written and moved into place, "
            "the messages were not. Free space or choose another file, then run again"
        ) from error


class _FieldCheck:
    """Holds back a JSON Lines input's first errors until its records show the fields suit it.

    When no record among the first hundred has ``--field``, or all that have it already
    hold ``--annotation-field``, the run stops with one message. Without it a wrong
    ``--field`` prints one error per record, for the whole input.
    """

    def __init__(self, sources: Sequence[Source], settings: Settings) -> None:
        self._sources = sources
        self._settings = settings
        self._source = -1
        self._checking = False
        self._held: list[Outcome] = []
        self._problems: Counter[str] = Counter()
        self._fields: dict[str, None] = {}

    def admit(self, outcome: Outcome) -> list[Outcome]:
        """Return the outcomes to act on now, in order; the first records' errors wait."""
        released: list[Outcome] = []
        if outcome.source != self._source:
            released = self.close()
            self._source = outcome.source
            self._checking = self._sources[outcome.source].format == "jsonl"
        if not self._checking:
            return [*released, outcome]
        if outcome.output is not None:  # a record was cleaned: both fields suit the input
            released += self._release()
            return [*released, outcome]
        self._held.append(outcome)
        if outcome.problem is not None:
            self._problems[outcome.problem] += 1
        self._fields.update(dict.fromkeys(outcome.fields))
        if len(self._held) >= _FIELD_CHECK_RECORDS:
            released += self.close()
        return released

    def close(self) -> list[Outcome]:
        """Decide on the input being checked: raise, or return its held errors."""
        if not self._checking:
            return []
        name = self._sources[self._source].name
        records = len(self._held)
        field_seen = self._problems["annotation-field"] or self._problems["field-type"]
        if self._problems["missing-field"] and not field_seen:
            fields = ", ".join(list(self._fields)[:12]) or "none"
            raise UsageError(
                f"no record among the first {records:,} of {name} has a "
                f'"{self._settings.field}" field (their fields: {fields}); name the field '
                "that holds the text with --field"
            )
        if self._problems["annotation-field"]:
            field = self._settings.annotation_field
            raise UsageError(
                f'the records of {name} already have a "{field}" field (from an earlier '
                f"run?), and cleanbody does not overwrite it; write the annotation to "
                f"another field with --annotation-field, e.g. --annotation-field {field}_2"
            )
        return self._release()

    def _release(self) -> list[Outcome]:
        held, self._held = self._held, []
        self._checking = False
        self._problems.clear()
        self._fields.clear()
        return held


def _stop_message(
    error: BaseException, written: int, last: str, *, kept: bool, output: str = ""
) -> str:
    """Say why the run stopped, how many documents were written and where they are.

    ``output`` names the output being written when the run stopped.
    """
    if not written:
        done = "nothing had been written"
    else:
        noun = "document" if written == 1 else "documents"
        done = f"{written:,} {noun} had been written" + (f", up to {last}" if last else "")
        if kept:
            done += "; they are in place"
    if not kept:
        target = output or "the file it was to replace"
        done += (
            "; the output being written could not be finished: it was dropped, and "
            f"{target} is as it was"
        )
    if isinstance(error, BrokenProcessPool):
        return (
            "worker processes kept dying (killed, or out of memory), on each of several "
            f"records in a row tried alone; {done}, and the documents after those were not "
            "cleaned or written. Run again with more memory"
        )
    where = f" ({error.filename})" if isinstance(error, OSError) and error.filename else ""
    strerror = error.strerror if isinstance(error, OSError) and error.strerror else error
    writing = f"writing {output}" if output else "writing"
    return (
        f"{writing} failed: {strerror}{where}; {done}. Fix that (free space, or choose "
        "another output) and run again"
    )


def _site_memory(
    args: argparse.Namespace, sources: list[Source], settings: Settings, stack: ExitStack
) -> tuple[list[Source], SiteMemory | None]:
    """With ``--sites``: the inputs made readable twice, and what the first pass learnt."""
    if not args.sites:
        return sources, None
    if not args.url_field:
        raise UsageError("--url-field needs a name, e.g. --url-field url")
    sources = spool_streams(sources, stack)
    return sources, learn_sites(sources, settings, url_field=args.url_field, jobs=args.jobs)


def _stream(
    sources: Sequence[Source],
    settings: Settings,
    *,
    jobs: int,
    router: Router,
    progress: Progress,
    errors: TextIO,
    skipped: Counter[str] | None = None,
    hold_signals: bool = False,
    memory: SiteMemory | None = None,
    url_field: str = "url",
) -> tuple[int, int]:
    """Clean every input into the router; return (documents written, documents failed)."""
    written = failed = 0
    last = ""
    check = _FieldCheck(sources, settings)
    # A dead worker's tasks are cleaned again; a record that kills it alone is bad.
    cleaned: Iterator[tuple[list[Outcome], int | None]]
    if memory is None:
        work = partial(process_task, settings=settings, url_field=url_field)
        tasks = tasks_of(sources, max_bytes=settings.max_bytes, skipped=skipped)
        cleaned = map_in_order(work, tasks, jobs=jobs, split=split_task, lost=lost_task)
    else:  # --sites: each task carries the memory of its records' sites
        site_work = partial(process_site_task, settings=settings, url_field=url_field)
        cleaned = map_in_order(
            site_work,
            site_tasks(sources, memory, settings, url_field),
            jobs=jobs,
            split=split_site_task,
            lost=lost_site_task,
        )

    def act(outcome: Outcome) -> None:
        nonlocal written, failed, last
        if outcome.output is not None:
            with _signals_held(hold_signals):
                router.write(outcome.source, outcome.label, outcome.output)
            written += 1
            last = outcome.label
            return
        failed += 1
        if errors is sys.stderr:
            progress.clear()
        print(f"{outcome.label}: error: {outcome.error}", file=errors)

    try:
        for outcomes, position in cleaned:
            for outcome in outcomes:
                for admitted in check.admit(outcome):
                    act(admitted)
            progress.update(len(outcomes), position)
        for admitted in check.close():
            act(admitted)
        router.finish()
    except UsageError:
        router.abandon(keep=False)
        raise
    except BrokenPipeError:
        router.abandon()
        raise
    except (OSError, BrokenProcessPool) as error:  # a failed write, or a dead worker
        output = router.name
        message = _stop_message(error, written, last, kept=router.abandon(), output=output)
        if errors is not sys.stderr:
            print(f"cleanbody: error: {message}", file=errors)
        raise _RunStoppedError(message) from error
    except BaseException:
        router.abandon()
        raise
    return written, failed


def _rules(arguments: list[str]) -> int:
    try:
        return rules_main(arguments)
    except BrokenPipeError:  # `cleanbody rules | head`
        return _quiet_broken_pipe()


def _quiet_broken_pipe() -> int:
    """Stop quietly when the reader went away (``| head``), as SIGPIPE would.

    Standard output is pointed at /dev/null so that Python does not complain when it
    flushes it at exit.
    """
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return _EXIT_BROKEN_PIPE


def run() -> None:
    """Entry point of the installed ``cleanbody`` script."""
    sys.exit(main())
