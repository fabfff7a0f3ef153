"""The ``cleanbody`` command: clean documents or JSON Lines from files, folders or stdin.

Inputs are read and outputs written incrementally, in tasks that worker processes
clean in parallel with ``-j`` (:mod:`cleanbody.cli.jobs`); the output is the same for
any number of jobs, and goes where :mod:`cleanbody.cli.output` routes it.
"""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, Final, TextIO

from cleanbody import __version__
from cleanbody.batch import map_in_order
from cleanbody.cli.display import wants_colour
from cleanbody.cli.jobs import (
    Outcome,
    OutputFormat,
    Settings,
    output_format_for,
    process_task,
    tasks_of,
)
from cleanbody.cli.output import Router, Sink, UsageError, open_output, output_name
from cleanbody.cli.progress import Progress
from cleanbody.cli.rules import rules_main
from cleanbody.cli.sites import learn_sites, process_site_task, site_tasks, spool_streams
from cleanbody.cli.sources import (
    STDIN,
    InputError,
    InputFormat,
    Source,
    find_sources,
)
from cleanbody.config import CATEGORIES, MODES, Config, Mode
from cleanbody.rules import RuleError, language_gate, load_rules
from cleanbody.rules.dom import DomRuleError, load_dom_rules
from cleanbody.sites import SiteMemory

__all__ = ["main", "run"]


EXIT_OK: Final = 0
EXIT_FAILED_RECORDS: Final = 1
EXIT_USAGE: Final = 2
_EXIT_INTERRUPTED: Final = 130


_EPILOG = """\
examples:
  cleanbody article.txt                      clean one document, print the text
  cleanbody --explain page.html              show what was removed and why
  cleanbody dump.jsonl.gz -o clean.jsonl.gz  clean the "text" field of every record
  cleanbody -j 4 --field body shards/ -o out/  one output per input file, 4 processes
  curl -s URL | cleanbody --output-format json
  cleanbody --sites crawl.jsonl -o clean.jsonl  learn each site's template, then clean

exit status: 0 all written; 1 some records failed (reported on stderr or in
--errors; everything else was written); 2 usage error or unreadable input.
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

    ``cleanbody rules [ID]`` shows a rule instead (a file named ``rules`` is ``./rules``).
    """
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["rules"]:
        return rules_main(arguments[1:])
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
        return _run(args)
    except KeyboardInterrupt:
        print("\ncleanbody: interrupted", file=sys.stderr)
        return _EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `| head`): stop quietly, and keep Python from
        # complaining when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_FAILED_RECORDS
    except (UsageError, InputError, RuleError, DomRuleError, BrokenProcessPool, OSError) as error:
        print(f"cleanbody: error: {_explain(error)}", file=sys.stderr)
        return EXIT_USAGE


def _explain(error: BaseException) -> str:
    """One line saying what stopped the run and what to do (no traceback)."""
    if isinstance(error, BrokenProcessPool):
        return (
            "a worker process died (killed, or out of memory); the documents cleaned before "
            "it were written. Run again with -j 1, or with more memory"
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
    many = len(sources) > 1 or any(source.format == "jsonl" for source in sources)
    if args.output and args.output != STDIN:
        path = Path(args.output)
        _refuse_inputs([path], sources, "-o")
        if not path.parent.is_dir():
            raise UsageError(f"-o {path}: the folder {path.parent} does not exist; create it")
        sink = Sink(open_output(path), output, many=many, owned=True)
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
    )
    batch = len(sources) > 1 or any(source.format == "jsonl" for source in sources)
    # On the terminal that shows the output, a redrawn bar would garble it.
    show_progress = batch and not args.quiet and sys.stderr.isatty() and not destination.to_terminal
    total = None if any(s.path is None for s in sources) else sum(s.size or 0 for s in sources)
    progress = Progress(sys.stderr, total_bytes=total, enabled=show_progress)
    stack = ExitStack()
    try:
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
            memory=memory,
            url_field=args.url_field,
        )
    finally:
        stack.close()
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
    memory: SiteMemory | None = None,
    url_field: str = "url",
) -> tuple[int, int]:
    """Clean every input into the router; return (documents written, documents failed)."""
    written = failed = 0
    work: Callable[[Any], tuple[list[Outcome], int | None]]
    tasks: Iterable[Any]
    if memory is None:
        work = partial(process_task, settings=settings, url_field=url_field)
        tasks = tasks_of(sources)
    else:  # --sites: each task carries the memory of its records' sites
        work = partial(process_site_task, settings=settings, url_field=url_field)
        tasks = site_tasks(sources, memory, settings, url_field)
    try:
        for outcomes, position in map_in_order(work, tasks, jobs=jobs):
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
