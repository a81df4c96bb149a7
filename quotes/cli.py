"""Command line interface: a thin click layer over the library API.

Every command calls one library function; this module only parses options, prints, and
maps ``QuotesError`` to a one-line message with exit code 2 (usage) or 1 (failure).
"""

# ruff: noqa: E402  (the imports follow the Ctrl-C guard of the first second, see below)
from __future__ import annotations

import os as _os
import signal as _signal
import sys as _sys


def _interrupted_while_starting(signum: int, frame: object) -> None:
    """Ctrl-C in the first second, while click and the rest are imported: it printed a
    KeyboardInterrupt traceback of import machinery. Nothing has been done yet."""
    _sys.stderr.write("Interrupted while starting; nothing was done\n")
    _sys.stderr.flush()
    _os._exit(130)


# Only where Ctrl-C has Python's own handler (an ignored SIGINT, as nohup leaves it,
# stays ignored); put back at the end of this module, once the imports are done.
# Signal handlers can only be set from the main thread: imported from another thread
# (a library user's worker), the guard is skipped instead of failing the import.
_STARTING = _signal.getsignal(_signal.SIGINT) is _signal.default_int_handler
if _STARTING:
    try:
        _signal.signal(_signal.SIGINT, _interrupted_while_starting)
    except ValueError:
        _STARTING = False

import atexit
import codecs
import contextlib
import errno
import io
import json
import math
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, NoReturn, TypeVar

import click

from quotes.errors import DatabaseError, QuotesError, UsageError
from quotes.ingest import DEFAULT_MAX_BYTES
from quotes.models import DEFAULT_MIN_CONFIDENCE, printable

DEFAULT_DB = "db/quotes.db"

def _refuse_empty(hint: str) -> Callable[[click.Context, click.Parameter, str], str]:
    """A callback refusing an empty path (an unset shell variable, ``-o "$OUT"``), with
    ``hint`` saying what to give instead."""

    def check(ctx: click.Context, param: click.Parameter, value: str) -> str:
        if value is not None and not str(value).strip():
            raise click.BadParameter(f"is empty: {hint}")
        return value

    return check


# ``--db ""`` opened the current directory as ``Path("")`` and was reported as "." being
# a directory; ``-o ""`` wrote the export to standard output, as if -o were not given;
# ``--metadata ""`` was ".: unknown format": each says what is wrong instead.
_not_empty = _refuse_empty("give the path of a database file")


def _a_database_file(ctx: click.Context, param: click.Parameter, value: str) -> str:
    """``--db``: not empty (see ``_not_empty``), and not a name ending in a slash.

    ``--db new.db/`` (a folder meant, or a slip of tab completion) was read as the file
    ``new.db``, created and filled without a word: ``Path`` drops a trailing slash.
    """
    value = _not_empty(ctx, param, value)
    if value is not None and value.endswith(("/", os.sep)) and value.strip("/" + os.sep):
        raise click.BadParameter(
            f"{value!r} names a folder (ends with /); give the database file's name"
        )
    if value is not None:
        try:
            info = os.stat(value)
        except FileNotFoundError:
            pass  # a new database, or a folder that is missing: each command says which
        except OSError as exc:
            if exc.errno in (errno.ENAMETOOLONG, errno.ELOOP, errno.ENOTDIR):
                # No file can ever have this name (too long, a symlink loop, or a path
                # through a file: `--db notes.txt/q.db`): a usage error in every command,
                # as README's exit codes say of a --db that is no regular file. It was a
                # traceback, or exit 1 from extract and 2 from the readers.
                hint = " (a part of the path is a file)" if exc.errno == errno.ENOTDIR else ""
                raise click.BadParameter(f"{printable(value)}: {exc.strerror}{hint}") from exc
        else:
            _a_usable_database(ctx, value, info)
    return value


def _a_usable_database(ctx: click.Context, value: str, info: os.stat_result) -> None:
    """Refuse, as README's usage errors (exit 2), a ``--db`` that exists as no regular
    file (``/dev/null``, ``/dev/full``, a FIFO, a socket) and, for the commands that only
    read it, one that is empty (``extract`` makes its schema in an empty file).

    Both were refused in one line, but with exit 1 (a failure of the database) where the
    README's table says 2, and a directory was already 2 (click's ``dir_okay=False``):
    the same kind of mistake, two exit codes. One line, as :func:`fail` prints it.
    """
    if not os.path.isabs(value):
        try:
            os.getcwd()
        except FileNotFoundError:
            # SQLite makes every name absolute from the current directory: from one
            # deleted since the shell entered it, `--db ../q.db` cannot be opened
            # ("unable to open database file"; the readers died with a traceback).
            fail(
                f"{value}: a relative path, and the current directory has been deleted; "
                "cd to an existing directory or give the database's absolute path",
                2,
            )
    if stat.S_ISDIR(info.st_mode):
        return  # click's own "is a directory" (exit 2)
    if not stat.S_ISREG(info.st_mode):
        fail(f"{value}: not a regular file (a pipe, socket or device), not a database file", 2)
    if info.st_size == 0 and ctx.info_name != "extract":
        fail(f"{value}: is empty, not a quotes database; run `quotes extract` first", 2)


db_option = click.option(
    "--db",
    "db_path",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    callback=_a_database_file,
    help="SQLite database file.",
)


class Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, ``timeout``, a service manager stopping the job), raised where
    the run is, like Ctrl-C: the batch being written is rolled back, the user told."""


class HungUp(Terminated):
    """SIGHUP (the terminal or SSH session running the command closed), handled as
    SIGTERM is, unless it was ignored (``nohup``): the run stopped without a word."""


def _raise_terminated(signum: int, frame: object) -> None:
    raise HungUp if signum == getattr(signal, "SIGHUP", None) else Terminated


def _catch_termination() -> None:
    """SIGTERM, and SIGHUP unless ignored (``nohup``), raise where the command is."""
    signal.signal(signal.SIGTERM, _raise_terminated)
    if hasattr(signal, "SIGHUP") and signal.getsignal(signal.SIGHUP) == signal.SIG_DFL:
        signal.signal(signal.SIGHUP, _raise_terminated)


#: Whether the CLI runs as the process itself (``quotes ...``, ``python -m quotes``), not
#: inside another program that calls it (click's test runner): see :func:`_interruption`.
_OWN_PROCESS = False

#: The signals that stop a command: Ctrl-C, SIGTERM and (where there is one) SIGHUP.
_STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


def _ignore_later_stops() -> None:
    """Ignore Ctrl-C, SIGTERM and SIGHUP from now on, when the CLI is the process.

    The first Ctrl-C rolls back the batch being written, reports and exits; a second
    one a moment later (an impatient user, a terminal sending it twice) arrived while
    the report was printed or the interpreter shut down, and the command died of the
    signal: no exit code of its own and the report cut short. Nothing is left to stop
    by then. A program that called the CLI keeps its own handlers.
    """
    if not _OWN_PROCESS:
        return
    for number in _STOP_SIGNALS:
        signal.signal(number, signal.SIG_IGN)


def _exit_on_later_stops(code: object) -> None:
    """Once the command is done, end the process with the command's own exit code, when
    the CLI is the process; a stop signal arriving meanwhile ends it at once with that
    code too.

    The command's work is stored and its output flushed, but the exit handlers still run
    (`_end_after_exit_handlers`; the interpreter's teardown is skipped): a Ctrl-C landing
    then printed "Exception ignored in: <function WeakKeyDictionary...> Traceback ...
    KeyboardInterrupt", and a SIGTERM raised in the handler `_catch_termination` left.
    Nothing is left to stop, and exit handlers that hang still end on the first Ctrl-C.
    Signals already ignored (`_ignore_later_stops`, ``nohup``) stay ignored.
    """
    if not _OWN_PROCESS:
        return
    status = code if isinstance(code, int) else 0 if code is None else 1

    def leave(signum: int, frame: object) -> None:
        os._exit(status)

    _on_stops(leave)
    if isinstance(code, str):  # (what the interpreter would have printed for it)
        print(code, file=sys.stderr)
    _end_after_exit_handlers(status)


def _done_on_stops(status: int) -> None:
    """From here on a stop signal ends the finished run with its own ``status``, when the
    CLI is the process.

    The run is stored and closed before its summary is printed; a Ctrl-C landing between
    that line and `_exit_on_later_stops` (the summary read, the user pressing Ctrl-C at
    once) raised KeyboardInterrupt in the command and reported "interrupted ..., re-run to
    continue", exit 130, for a run with nothing left to do. The handler raises SystemExit,
    so the command ends as if it had returned: output flushed, exit handlers run.
    Signals already ignored (``nohup``) stay ignored.
    """
    if not _OWN_PROCESS:
        return

    def done(signum: int, frame: object) -> None:
        raise SystemExit(status)

    _on_stops(done)


def _on_stops(handler: Callable[[int, Any], None]) -> None:
    """Handle every stop signal with ``handler``, except those already ignored
    (`_ignore_later_stops`, ``nohup``), which stay ignored."""
    for number in _STOP_SIGNALS:
        if signal.getsignal(number) != signal.SIG_IGN:
            signal.signal(number, handler)


def _end_after_exit_handlers(status: int) -> NoReturn:
    """End the process with ``status`` once the exit handlers ran, skipping the
    interpreter's teardown.

    CPython sets every Python-level signal handler back to the default before it frees
    the modules, a fifth of a second with spaCy loaded: a Ctrl-C landing then killed a
    command that had finished its work, with nothing said and no exit code of its own
    (-2 for the caller). What the teardown would still do is already done here: the
    store closed its database (and checkpointed it), output is flushed, and the exit
    handlers (``atexit``: worker pools, temporary files, logging) run now, while a
    later stop signal still ends the process with the command's status.
    """
    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass  # (stdout already reported: `_flush_stdout`)
    os._exit(status)


def _interruption(exc: KeyboardInterrupt) -> tuple[str, int]:
    """What stopped the command and its exit code (128 + the signal, as shells report);
    later stop signals are ignored while it reports and exits."""
    _ignore_later_stops()
    if isinstance(exc, HungUp):
        return "hung up", 129
    if isinstance(exc, Terminated):
        return "terminated", 143
    return "interrupted", 130


def fail(message: str, code: int = 1) -> None:
    """Print one line on stderr and exit: the user sees the problem, not a traceback.

    Control characters are escaped (``printable``): the message names files and the
    database, and a newline in a name (legal on POSIX) split the line in two.
    """
    echo_err(f"Error: {printable(message)}")
    sys.exit(code)


def echo_err(line: str) -> None:
    """Print one line on stderr if it can be written; the command goes on either way.

    A standard error that is closed (``2>&-``, some service managers) or on a full disk
    (``2>log`` with the log's disk full) raised at the first problem reported, and the
    run stopped there with nothing stored: a report must never cost the work it is about.
    The exit code still says whether inputs failed.
    """
    if sys.stderr is None:
        return
    try:
        click.echo(line, err=True)
    except (OSError, ValueError):  # ValueError: the stream was closed
        pass


class _Commands(click.Group):
    """The command group; its ``main`` turns a standard output that cannot be written
    into one line on stderr instead of a traceback.

    ``quotes export > /dev/full``, ``quotes speakers`` on a full disk or ``quotes
    extract > log`` on one: click.echo raises, or the last buffered lines fail in the
    interpreter's flush at exit ("Exception ignored ..."). Everything the command did
    (rows stored, files written) is kept; only what it printed is lost, and the user is
    told so. A reader that went away (``| head``) ends the command quietly, as the
    shell's own tools do.
    """

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; Ctrl-C or SIGTERM end it with one line, not click's bare
        "Aborted!" (no Error line, exit 1) or a silent death by signal.

        ``extract`` reports its own interruptions (what is kept, how to resume), and a
        Dask run leaves SIGTERM to the library that manages it (``serve``'s uvicorn
        raises it again after its shutdown, into our handler). Elsewhere an
        interruption changes nothing stored: ``export -o`` writes its file whole or not
        at all, ``speakers --speakers`` rolls back its one transaction.
        """
        try:
            return super().invoke(ctx)
        except click.NoSuchOption as exc:
            _hint_dash_file(exc, self._command_args)
            raise
        except OSError as exc:
            _end_if_writing_stdout(exc)
            raise
        except KeyboardInterrupt as exc:
            what, code = _interruption(exc)
            if self._running == "extract":
                fail(f"{what}; every batch committed so far is kept, re-run to continue", code)
            fail(f"{what}; the database is unchanged", code)
        except MemoryError:
            # A memory limit (``ulimit -v``, a container's cap) hit while the model loads or
            # an article is parsed printed a 50-line traceback ending in a bare MemoryError.
            # What is committed stays committed (the store's transaction rolls back), so it
            # is one line and exit 1, as any other failure the run cannot go on from.
            if self._running == "extract":
                fail(
                    "out of memory (a memory limit such as `ulimit -v` is too low for the "
                    "model); every batch committed so far is kept",
                )
            fail("out of memory (a memory limit such as `ulimit -v` is too low); nothing was changed")

    _running: str | None = None
    _command_args: list[str] = []  # noqa: RUF012 (replaced, never mutated)

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        """Parse the group's options; ``--version`` and ``--help`` print while parsing,
        so a reader that went away (``quotes --version | true``) is handled here too."""
        try:
            return super().make_context(info_name, args, parent, **extra)
        except OSError as exc:
            _end_if_writing_stdout(exc)
            raise

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        """The command about to run, noted for :meth:`invoke`, and SIGTERM handled as
        Ctrl-C for those that do not handle it themselves."""
        name, command, rest = super().resolve_command(ctx, args)
        self._running = command.name if command is not None else name
        self._command_args = list(rest)
        if self._running in ("export", "speakers", "evaluate", "serve"):
            # serve: uvicorn catches SIGTERM/SIGHUP while it runs, shuts down, restores the
            # handler it found and raises the signal again. With none of ours the server
            # then died of it (no line, status -15/-1, not the 143/129 of every command).
            _catch_termination()
        return name, command, rest

    def main(self, *args: Any, **kwargs: Any) -> Any:
        global _OWN_PROCESS
        # Called bare (the console script, ``python -m quotes``) it reads sys.argv and
        # exits the process; a caller such as CliRunner passes the arguments.
        _OWN_PROCESS = not args and kwargs.get("args") is None
        try:
            return super().main(*args, **kwargs)
        except SystemExit as exc:
            _flush_stdout()
            _exit_on_later_stops(exc.code)
            raise  # (under a caller such as CliRunner: as the process, the CLI has ended)
        except OSError as exc:
            if not _raised_writing_stdout(exc):
                raise
            _stdout_failed(exc)


def _hint_dash_file(exc: click.NoSuchOption, args: list[str]) -> None:
    """Add to click's "No such option '-y'" how to name a file that starts with a dash.

    ``quotes extract -y.txt`` named the file ``-y.txt`` and got only "No such option
    '-y'": the file was never mentioned, and how to read it was not said.
    """
    for arg in args:
        if arg.startswith(exc.option_name) and arg.startswith("-") and os.path.lexists(arg):
            shown = printable(arg)
            exc.message = (
                f"No such option '{exc.option_name}': to read the file {shown}, "
                f"write ./{shown} or put -- before it"
            )
            return


def _flush_stdout() -> None:
    """Flush what the command printed now, where a failure can still be reported."""
    if sys.stdout is None:  # started with descriptor 1 closed: click printed nothing
        return
    try:
        sys.stdout.flush()
    except OSError as exc:
        _stdout_failed(exc)


def _raised_writing_stdout(exc: BaseException) -> bool:
    """Whether ``exc`` was raised writing standard output: the innermost frame it passed
    through (click.echo's, say) was writing to it, or to a wrapper of its buffer.

    (Re-flushing to find out does not work: a failed flush drops what it held.)
    """
    out = sys.stdout
    if out is None or exc.__traceback__ is None:
        return False
    targets = {id(out), id(getattr(out, "buffer", out))}
    tb = exc.__traceback__
    while tb.tb_next is not None:
        tb = tb.tb_next
    return any(
        isinstance(value, io.IOBase)
        and (id(value) in targets or id(getattr(value, "buffer", None)) in targets)
        for value in tb.tb_frame.f_locals.values()
    )


def _end_if_writing_stdout(exc: OSError) -> None:
    """End the command as :func:`_stdout_failed` does when ``exc`` came from writing
    standard output; else return (the caller re-raises).

    click.echo flushes every line, so ``quotes speakers | head -1``, ``--help | head -1``
    or extract's summary line into a closed pipe raised inside the command, where click's
    own handler turned a broken pipe into exit 1 -- the code for "some inputs failed",
    after every input was stored -- while an export whose rows were still buffered ended
    141. Caught here first, a reader that went away is 141 for every command.
    """
    if _raised_writing_stdout(exc):
        _stdout_failed(exc)


def _stdout_failed(exc: OSError) -> None:
    """Exit after standard output failed: quietly for a closed pipe, else one line."""
    _quiet_stdout()
    if exc.errno == errno.EPIPE:
        sys.exit(141)  # 128 + SIGPIPE, as the shell's own tools end
    fail(f"standard output: cannot write: {exc.strerror or exc}")


@click.group(cls=_Commands)
@click.version_option(package_name="quotes-index")
def cli() -> None:
    """Find quotations and reported speech in news articles and index them by speaker."""
    _import_spacy_if_cwd_deleted()
    _stdout_never_fails_on_a_letter()


def _stdout_never_fails_on_a_letter() -> None:
    """Print a letter the terminal's encoding lacks as an escape, not as a traceback.

    Under a Latin-1 locale (``LC_ALL=C`` on an older system, ``PYTHONIOENCODING=latin-1``)
    ``quotes speakers`` stopped at the first name with a letter outside it ("Łukasz")
    with a UnicodeEncodeError traceback; click repairs an ASCII stdout (it switches to
    UTF-8) but not Latin-1. Output meant as data (``export``, ``speakers --json``) is
    UTF-8 whatever the locale (:func:`_utf8`); what is read on a terminal keeps the
    locale's encoding and shows the rest as ``\u0141``, as stderr always does.
    """
    try:
        if codecs.lookup(sys.stdout.encoding or "utf-8").name != "utf-8":
            sys.stdout.reconfigure(errors="backslashreplace")  # type: ignore[union-attr]
    except (LookupError, AttributeError, ValueError, OSError):
        pass  # not a real text stream (a test runner's): it takes str as it is


def _import_spacy_if_cwd_deleted() -> None:
    """Import spaCy from ``/`` when the current directory has been deleted, then come back.

    spaCy's command-line helpers (weasel) call ``Path.cwd()`` when imported, so a command
    started in a directory removed since the shell entered it (a build directory wiped by
    another job) died with a FileNotFoundError traceback before reading any input. From
    ``/`` the import works; back in the deleted directory, absolute paths are read as
    usual and a relative one is reported as missing, like any other missing file.
    """
    try:
        os.getcwd()
        return
    except FileNotFoundError:
        pass
    here = os.open(".", os.O_RDONLY)
    try:
        os.chdir("/")
        try:
            import spacy  # noqa: F401
        finally:
            os.fchdir(here)
    finally:
        os.close(here)


@contextlib.contextmanager
def _libraries_loading() -> Iterator[None]:
    """Import spaCy and its numeric libraries, or fail in one line.

    Under a memory limit (``ulimit -v``, a small container) these imports fail half way:
    thinc swallows the MemoryError of its BLIS import and raises "ValueError: BLIS support
    requires blis: pip install blis", a 40-line traceback blaming an installed package. The
    same comes of a damaged installation (a missing shared library, an ImportError). Only
    the import is guarded: nothing has been read or written yet. Out of memory inside a
    C routine, CPython may raise "SystemError: error return without exception set"
    instead of a MemoryError (about one run in ten at 200 MB, compiling a regex).
    """
    try:
        yield
    except (ImportError, MemoryError, OSError, SystemError, ValueError) as exc:
        what = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        fail(
            f"cannot load spaCy and its libraries ({what}); "
            "too little memory (`ulimit -v`) or a broken installation"
        )


F = TypeVar("F", bound=Callable[..., Any])


def min_confidence_option(help_text: str) -> Callable[[F], F]:
    """``--min-confidence X``: the confidence cut, shared by ``extract`` and ``evaluate``
    so that what is scored is what a run stores."""
    return click.option(
        "--min-confidence",
        type=click.FloatRange(0, 1),
        callback=lambda ctx, param, value: _a_number(param, value),
        default=DEFAULT_MIN_CONFIDENCE,
        show_default=True,
        help=help_text,
    )


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--outlet", help="Outlet name for every input (overrides all other sources).")
@click.option(
    "--metadata",
    type=click.Path(dir_okay=False),
    callback=_refuse_empty("give the sidecar file, or leave --metadata out"),
    help="Sidecar CSV/TSV/JSON/JSONL with outlet, title, url, published per file or id.",
)
@click.option("--model", help="spaCy model to load (default: the best installed English model).")
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Skip input files larger than this.",
)
@click.option(
    "--processes",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Worker processes, each parsing and extracting whole articles.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=50,
    show_default=True,
    help="Articles committed per transaction.",
)
@click.option(
    "--speakers",
    "speakers_file",
    type=click.Path(dir_okay=False, exists=True),
    help="Speaker overrides (YAML or CSV): merge, split, canonical names, Wikidata ids.",
)
@click.option(
    "--dask",
    "dask_address",
    metavar="ADDRESS",
    help="Parse on a Dask cluster: scheduler address (tcp://host:8786), or 'local'.",
)
@min_confidence_option(
    "Store reported speech only when at least this confident (0: every item found; "
    "quotations are always stored)."
)
@click.option("--silent", is_flag=True, help="No progress bar and no summary line.")
def extract(
    paths: tuple[str, ...],
    db_path: str,
    outlet: str | None,
    metadata: str | None,
    model: str | None,
    max_bytes: int,
    processes: int,
    batch_size: int,
    speakers_file: str | None,
    dask_address: str | None,
    min_confidence: float,
    silent: bool,
) -> None:
    """Extract quotes from PATHS (.txt, .html, .jsonl files or directories) into the database."""
    with _libraries_loading():
        from quotes.run import run_extract

    if metadata and not Path(metadata).exists():
        fail(f"{metadata}: metadata file does not exist", 2)
    if db_path == ":memory:":
        # SQLite's name for a database in memory: the run reported success and kept nothing.
        fail(":memory: is SQLite's in-memory database, gone when the run ends; give a file", 2)

    def report(problem: object) -> None:
        prefix = "Error" if getattr(problem, "fatal", True) else "Warning"
        echo_err(f"{prefix}: {problem}")

    options = dict(
        outlet=outlet,
        metadata=metadata,
        model=model,
        max_bytes=max_bytes,
        batch_size=batch_size,
        on_problem=report,
        progress=not silent and sys.stderr is not None and sys.stderr.isatty(),
        speakers=speakers_file,
        min_confidence=min_confidence,
    )
    for option, value in (("--dask", dask_address), ("--model", model), ("--outlet", outlet)):
        if value is not None and not value.strip():
            # `--dask "$SCHEDULER"` with the variable unset ran locally, `--model ""` took
            # the default model: a run other than the one asked for, without a word.
            # `--outlet ""` was ignored, and `--outlet "  "` stored an outlet named blank.
            fail(f"{option}: empty value; give a name or leave the option out", 2)
    if dask_address and processes != 1:
        fail("--processes is for local runs; with --dask, size the Dask cluster instead", 2)
    if processes > max_processes():
        # Every worker is forked at the start (Python forks a pool's workers all at once),
        # each with the model: `--processes 1000000` forked until the machine gave out.
        fail(
            f"--processes {processes}: at most {max_processes()} here "
            f"({PROCESSES_PER_CPU} per CPU; each worker holds its own copy of the model)",
            2,
        )
    if not dask_address:
        _catch_termination()
    try:
        if dask_address:
            from quotes.distributed import run_extract_dask

            summary = run_extract_dask(paths, db_path, dask_address, **options)
        else:
            summary = run_extract(paths, db_path, n_process=processes, **options)
    except ValueError as exc:  # an unreadable sidecar: a usage error
        fail(str(exc).splitlines()[0], 2)
    except UsageError as exc:
        fail(str(exc), 2)
    except QuotesError as exc:  # the database cannot be used or written, no model
        fail(str(exc), 1)
    except KeyboardInterrupt as exc:
        what, code = _interruption(exc)
        fail(f"{what}; every batch committed so far is kept, re-run to continue", code)
    _done_on_stops(summary.exit_code)
    if not silent:
        click.echo(summary.line())
    if summary.failed:
        shown = 10
        names = ", ".join(p.where() for p in summary.problems[:shown])
        more = f" and {summary.failed - shown} more" if summary.failed > shown else ""
        echo_err(f"{summary.failed} input(s) failed: {names}{more}")
    sys.exit(summary.exit_code)


#: Local worker processes allowed per CPU: more only compete for the same cores.
PROCESSES_PER_CPU = 4


def max_processes() -> int:
    """The most worker processes ``extract --processes`` starts on this machine."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # no affinity API (macOS)
        cpus = os.cpu_count() or 1
    return PROCESSES_PER_CPU * max(cpus, 1)


def _a_number(param: click.Parameter, value: float) -> float:
    """Refuse NaN, which FloatRange lets through (every comparison with it is false):
    ``--min-confidence nan`` scored nothing and looked like a model that finds nothing."""
    if math.isnan(value):
        raise click.BadParameter("nan is not a number between 0 and 1", param=param)
    return value


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to bind.")
@click.option(
    "--port",
    default=8001,
    show_default=True,
    type=click.IntRange(0, 65535),
    help="Port to listen on.",
)
@click.option("-i", "--immutable", is_flag=True, help="Serve the file read-only and immutable.")
def serve(db_path: str, host: str, port: int, immutable: bool) -> None:
    """Publish the database with Datasette (faceted search, speaker and article pages)."""
    from quotes import publish

    if not host.strip():
        # `--host "$HOST"` with the variable unset: the resolver's "Name or service not
        # known" came out as "Error: : cannot resolve host", naming nothing.
        fail("--host: empty value; give an interface (127.0.0.1, or 0.0.0.0 for all)", 2)
    if not Path(db_path).exists():
        fail(f"{db_path}: database does not exist; run `quotes extract` first", 2)
    _warn_if_newer(db_path, immutable)
    try:
        publish.serve(db_path, host=host, port=port, immutable=immutable)
    except QuotesError as exc:
        fail(str(exc))


@cli.command()
@db_option
@click.option("--speaker", help="Speaker name, any alias, or speaker id (default: every quote).")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["csv", "json", "jsonl", "markdown"]),
    default="csv",
    show_default=True,
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    callback=_refuse_empty("give a file name, or leave -o out to write to standard output"),
    help="Write here, not stdout.",
)
@click.option(
    "--statements", is_flag=True, help="One row per statement, with every outlet that carried it."
)
@click.option(
    "--bom",
    is_flag=True,
    help="Start the CSV with a UTF-8 byte-order mark, so that Excel shows accents right.",
)
def export(
    db_path: str, speaker: str | None, fmt: str, output: str | None, statements: bool, bom: bool
) -> None:
    """Export every statement of a speaker with article title, outlet, date and URL."""
    from quotes.export import export_speaker, export_statements

    write = export_statements if statements else export_speaker

    if bom and fmt != "csv":
        fail(f"--bom is for CSV only (for Excel); not for --format {fmt}", 2)
    if speaker is not None and not speaker.strip():
        # `--speaker "$NAME"` with the variable unset: a usage error (exit 2), as
        # `extract --outlet ""` is; it was exit 1, the code of a name that matches nobody.
        fail("--speaker: empty value; give a name or leave the option out", 2)
    if not Path(db_path).exists():
        fail(f"{db_path}: database does not exist", 2)
    if not output and sys.stdout is None:
        fail("standard output is closed: nowhere to write; give -o FILE")
    try:
        clash = _database_file(output, db_path) if output else None
        if clash:
            fail(f"{output}: is {clash}; choose another output file", 2)
        _warn_if_newer(db_path)  # (after the refusals: opening it makes its -wal, -shm)
        if output:
            _write_output(
                output, lambda out: write(db_path, speaker, fmt, out, bom=bom, note=_note)
            )
        else:
            write(db_path, speaker, fmt, _utf8(sys.stdout), bom=bom, note=_note)
    except UsageError as exc:  # (only --speaker's: the other options are checked above)
        # "Error: --speaker: no speaker 'X'", the README's "Error: NAME: problem" naming
        # the option, as every other refusal names its file or option.
        fail(f"--speaker: {exc}", 1)
    except (DatabaseError, QuotesError) as exc:
        fail(str(exc))
    except BrokenPipeError:  # `quotes export | head`: the reader has all it wanted
        _quiet_stdout()
        sys.exit(141)  # 128 + SIGPIPE, as the shell's own tools end
    except OSError as exc:  # the output file: no such directory, no permission, disk full
        if not output:
            _quiet_stdout()
        fail(f"{output or 'standard output'}: cannot write: {exc.strerror or exc}")


def _warn_if_newer(db_path: str, immutable: bool = False) -> None:
    """A ``Warning:`` line when a reading command reads a newer version's database."""
    from quotes.store import newer_version_warning

    warning = newer_version_warning(Path(db_path), immutable)
    if warning:
        echo_err(f"Warning: {printable(warning)}")


def _note(line: str) -> None:
    """A remark on stderr that is not an error (the export goes on)."""
    click.echo(f"Note: {line}", err=True)


def _database_file(output: str, db_path: str) -> str | None:
    """What of the database ``output`` would overwrite: the file itself or the journal
    beside it (``q.db-wal`` holds committed transactions not yet copied into ``q.db``:
    writing an export over it loses them), else None."""
    real = os.path.realpath(output)
    for suffix, what in _DATABASE_FILES:
        companion = db_path + suffix
        same = os.path.realpath(companion) == real or (
            os.path.exists(output)
            and os.path.exists(companion)
            and os.path.samefile(output, companion)
        )
        if same:
            return what
    return None


#: The files SQLite keeps for a database, by the suffix added to its name.
_DATABASE_FILES = (
    ("", "the database itself"),
    ("-wal", "the database's write-ahead log"),
    ("-shm", "the database's shared-memory index"),
    ("-journal", "the database's rollback journal"),
)


def _utf8(stream: IO[str]) -> IO[str]:
    """``stream`` writing UTF-8, as ``-o FILE`` does, whatever the locale.

    An export is data (CSV, JSON, Markdown), and JSON is UTF-8 by definition: under an
    ASCII or Latin-1 locale (``LANG=C`` on an old system, ``PYTHONIOENCODING=ascii``)
    the first name with a letter outside it was a UnicodeEncodeError traceback, and
    ``quotes export > file.csv`` gave a file in another encoding than ``-o file.csv``.
    """
    encoding = getattr(stream, "encoding", None) or "utf-8"
    try:
        if codecs.lookup(encoding).name != "utf-8":
            stream.reconfigure(encoding="utf-8")  # type: ignore[attr-defined]
    except (LookupError, AttributeError, ValueError, OSError):
        pass  # not a real text stream (a test runner's): it takes str as it is
    return stream


def _write_output(output: str, write: Callable[[IO[str]], None]) -> None:
    """Write an export file whole or not at all.

    A regular file is written beside its target and renamed over it on success: an
    export that fails (an unknown speaker, a full disk) leaves the previous file as it
    was, never truncated. A device or pipe (``/dev/stdout``, a FIFO) is written directly.

    The rename must not do what writing the file would not: a symlink is written
    through (renaming over it replaced the link by a file, and one pointing into a
    missing folder "succeeded"), a file the user may not write is refused (renaming
    over it replaced a read-only file), and a name ending in a slash, a folder to be,
    is not taken for a file.
    """
    if output.endswith(("/", os.sep)):
        raise IsADirectoryError(errno.EISDIR, "names a folder (ends with /); give a file name")
    if _names_a_device_or_pipe(output):
        with open(output, "w", encoding="utf-8", newline="") as out:
            write(out)
        return
    target = Path(os.path.realpath(output))
    if target.is_symlink():
        # realpath stops at a link it cannot resolve: a loop (`ln -s out.csv out.csv`) or a
        # chain too long. Opening it fails; the rename replaced the link by a file.
        raise OSError(errno.ELOOP, os.strerror(errno.ELOOP))
    if target.is_file():
        os.close(os.open(target, os.O_WRONLY))  # PermissionError if it may not be written
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        with open(partial, "w", encoding="utf-8", newline="") as out:
            write(out)
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _names_a_device_or_pipe(output: str) -> bool:
    """Whether ``output`` exists and is not a regular file (a device, a FIFO, a pipe).

    Asked of the name itself, not its ``realpath``: ``/dev/stdout`` of a command piped
    into another is a link to ``pipe:[N]``, which resolves to no path at all, so the
    export was written beside a file that does not exist and failed with "No such file
    or directory". The kernel opens such links as they are.
    """
    try:
        return not stat.S_ISREG(os.stat(output).st_mode)
    except OSError:  # missing (a new file), or unreachable: the regular path reports it
        return False


def _quiet_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush of what is still
    buffered does not fail a second time (a 'BrokenPipeError' report at exit)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@cli.command()
@click.argument("gold", type=click.Path(exists=True))
@click.option("--model", help="spaCy model to load.")
@click.option(
    "--limit",
    type=click.IntRange(min=1),  # a negative N sliced off the last documents, silently
    help="Score only the first N documents.",
)
@click.option("--errors", "show_errors", is_flag=True, help="List misses and false positives.")
@click.option("--json", "as_json", is_flag=True, help="Print the reports as JSON.")
@min_confidence_option(
    "Score reported speech only when at least this confident, as extract stores it "
    "(0: every item found)."
)
def evaluate(
    gold: str,
    model: str | None,
    limit: int | None,
    show_errors: bool,
    as_json: bool,
    min_confidence: float,
) -> None:
    """Score extraction against GOLD: a brat folder (PolNeAR layout) or a seeds gold.jsonl."""
    with _libraries_loading():
        from quotes import evaluate as ev
        from quotes import pipeline

    try:  # the gold set first: a malformed one fails in a second, before the model loads
        gold_docs = ev.load_gold(gold)
    except (OSError, ValueError) as exc:
        fail(f"{gold}: {exc}" if str(gold) not in str(exc) else str(exc), 2)
    try:
        nlp = pipeline.load(model, min_confidence=min_confidence)
    except QuotesError as exc:
        # A model that is missing or cannot be loaded is a failure (1), as in `extract`
        # (README: "fails the run with one line (exit 1), as a missing model does"): the
        # command line is well formed, the machine lacks what it names. It was 2 here.
        fail(str(exc), 1)
    authors = {d.doc: d.author for d in gold_docs}

    def predict(pairs):  # type: ignore[no-untyped-def]
        pairs = list(pairs)
        docs = nlp.pipe(
            (pipeline.make_doc(nlp, text, authors.get(doc_id)) for doc_id, text in pairs),
            batch_size=16,
        )
        for (doc_id, _), doc in zip(pairs, docs, strict=True):
            yield doc_id, list(doc._.quotes or [])

    reports = ev.evaluate(gold, predict, limit=limit, loaded=gold_docs)
    if as_json:
        click.echo(json.dumps({str(k): r.to_dict() for k, r in reports.items()}, indent=2))
        return
    click.echo(ev.format_report(reports, title=gold))
    if show_errors:
        texts = {d.doc: d.text for d in gold_docs}
        click.echo(ev.format_errors(reports[min(reports)], texts))


@cli.command()
@db_option
@click.option(
    "--kind",
    type=click.Choice(["person", "organization", "unnamed"]),
    help="Only speakers of this kind.",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON rows instead of a table.")
@click.option(
    "--speakers",
    "speakers_file",
    type=click.Path(dir_okay=False, exists=True),
    help="Apply this overrides file (YAML or CSV) to the index first.",
)
def speakers(db_path: str, kind: str | None, as_json: bool, speakers_file: str | None) -> None:
    """List the speaker index: one row per real-world speaker, most quoted first."""
    from quotes import index
    from quotes.store import Store

    if not Path(db_path).exists():
        fail(f"{db_path}: database does not exist", 2)
    if not speakers_file:  # (applying overrides writes: the store refuses a newer file)
        _warn_if_newer(db_path)
    try:
        if speakers_file:
            from quotes import statements
            from quotes.run import database_errors

            overrides = index.Overrides.load(speakers_file)
            # One write transaction, taken up front as `extract` takes it: a deferred one
            # failed at its first write, at once and with a traceback, when another
            # process was writing ("database is locked"), instead of waiting its turn.
            with Store(db_path) as store, database_errors(store, "write"), store.writing():
                index.rebuild(store.db, overrides)
                store.index_updated()
                statements.update(store.db)  # statements group by speaker: regroup
        rows = index.list_speakers(db_path, kind)
    except UsageError as exc:
        fail(str(exc), 2)
    except QuotesError as exc:
        fail(str(exc))
    if as_json:
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False), file=_utf8(sys.stdout))
        return
    for row in rows:
        role = f" ({row['role']})" if row["role"] else ""
        aliases = ", ".join(a for a in json.loads(row["aliases"]) if a != row["name"])
        also = f"  [also: {aliases}]" if aliases else ""
        click.echo(
            f"{row['quote_count']:6d}  {row['name']}{role}  {row['kind']}, "
            f"{row['article_count']} article(s), {row['outlet_count']} outlet(s){also}"
        )



@cli.command()
@db_option
def mend(db_path: str) -> None:
    """Rebuild the full-text search index from the stored quotes (nothing else changes)."""
    from quotes.store import mend_fts

    if not Path(db_path).exists():
        fail(f"{db_path}: database does not exist", 2)
    try:
        count = mend_fts(db_path)
    except QuotesError as exc:
        fail(str(exc))
    click.echo(f"{db_path}: full-text index rebuilt from {count} quote(s)", err=True)


if _STARTING and _signal.getsignal(_signal.SIGINT) is _interrupted_while_starting:
    _signal.signal(_signal.SIGINT, _signal.default_int_handler)
