"""Faults that must lose nothing: killed runs, concurrent readers, bad databases, crashes.

Real processes and real files throughout: ``python -m quotes extract`` killed with
SIGKILL mid-run, Datasette reading while a subprocess writes, a database on a full
tmpfs (mounted here when we are root, skipped otherwise), read-only and corrupted
databases, an old-schema database, and pipeline components that crash on one article.
Every article text is generated here.
"""

from __future__ import annotations

import asyncio
import contextlib
import ctypes
import errno
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
from click.testing import CliRunner
from spacy.language import Language
from spacy.tokens import Doc
from support import extract

from quotes import pipeline, publish, store
from quotes.cli import _libraries_loading, cli
from quotes.errors import DatabaseError
from quotes.models import Article, Quote, Span

SPEAKERS = ["Ada Voss", "Tom Baker", "Maria Okafor"]
LOAD = pipeline.load  # the real loader, before any fixture replaces it


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def nlp(cli_nlp: Language) -> Language:
    """One loaded pipeline for every in-process run of this module (see conftest)."""
    return cli_nlp




def content_of(i: int) -> str:
    return f"Shipment {i} will reach the harbour on time,"


def write_corpus(directory: Path, n: int, start: int = 0, padding: int = 0) -> Path:
    """``n`` small articles, each with one direct quote whose content is unique."""
    directory.mkdir(parents=True, exist_ok=True)
    for i in range(start, start + n):
        filler = " ".join(f"Dock {i} report line {j} was filed." for j in range(padding))
        text = (
            f'Harbour update {i}\n\n"{content_of(i)}" said {SPEAKERS[i % 3]} on Monday. {filler}\n'
        )
        (directory / f"{i:04d}.txt").write_text(text, encoding="utf-8", newline="")
    return directory


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def assert_consistent(db: Path, articles: int) -> None:
    """Integrity, each article once with its quote once, indexes and stats in step."""
    assert query(db, "pragma integrity_check") == [("ok",)]
    assert query(db, "pragma foreign_key_check") == []
    sources = query(db, "select count(*), count(distinct source) from articles")
    assert sources == [(articles, articles)]
    assert query(db, "select count(*) - count(distinct id) from quotes") == [(0,)]
    per_article = query(
        db,
        "select source, text, (select count(*) from quotes where article_id = articles.id "
        "and content like 'Shipment %') from articles",
    )
    for source, text, n in per_article:  # a generated article: its one quote, once
        assert n == (1 if '"Shipment ' in text else 0), source
    for source, content, start, end, text in query(
        db,
        "select source, content, content_start, content_end, text from quotes "
        "join articles on articles.id = quotes.article_id",
    ):
        assert text[start:end] == content, source
    n_quotes = query(db, "select count(*) from quotes")[0][0]
    assert query(db, "select count(*) from quotes_fts") == [(n_quotes,)]
    assert query(db, "select coalesce(sum(quote_count), 0) from speakers") == query(
        db, "select count(*) from quotes where speaker_id is not null"
    )


def file_state(path: Path) -> tuple[int, str]:
    data = path.read_bytes()
    return len(data), hashlib.sha256(data).hexdigest()


def one_error_line(stderr: str) -> str:
    """The run's only ``Error:`` line (no traceback, nothing else alarming)."""
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, stderr
    return errors[0]


# --------------------------------------------------------------------------- killed runs


def _ctrl_c_as_in_a_terminal(then: Any = None) -> Any:
    """A child's ``preexec_fn``: Ctrl-C back to its default before ``then``, as a command
    typed at a terminal starts. A shell script's background job (``pytest &``, ``nohup``)
    starts with SIGINT ignored, every child inherits that, and the run rightly keeps an
    ignored Ctrl-C ignored (`quotes.run`): the Ctrl-C tests then saw a run finish."""

    def preexec() -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        if then is not None:
            then()

    return preexec


def start_extract(corpus: Path, db: Path, *options: str, **popen: Any) -> subprocess.Popen:
    """`quotes extract` of ``corpus`` into ``db`` in batches of 5, as a child process a
    test can signal (Ctrl-C as in a terminal, whatever the test runner's own)."""
    popen["preexec_fn"] = _ctrl_c_as_in_a_terminal(popen.get("preexec_fn"))
    return subprocess.Popen(
        [sys.executable, "-m", "quotes", "extract", str(corpus), "--db", str(db)]
        + ["--batch-size", "5", "--silent", *options],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **popen,
    )


def wait_for_first_batch(proc: subprocess.Popen, db: Path) -> int:
    """Wait (90 s at most) until the run in ``proc`` has committed its first batch to ``db``
    or has ended: a signal sent then lands mid-run, with something already stored.
    Returns the articles committed by then."""
    committed = 0
    deadline = time.monotonic() + 90
    while not committed and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
        try:
            committed = query(db, "select count(*) from articles")[0][0]
        except sqlite3.Error:
            continue  # not created yet, or mid-migration
    return committed


def test_ctrl_c_while_the_program_starts_is_one_line(tmp_path: Path) -> None:
    """Ctrl-C in the first second (Python still importing click) printed a 20-line
    KeyboardInterrupt traceback. The interrupt is delivered exactly there: when the
    import system first looks for ``click``."""
    starter = (
        "import os, runpy, signal, sys\n"
        "class AtClick:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name == 'click':\n"
        "            os.kill(os.getpid(), signal.SIGINT)\n"
        "        return None\n"
        "sys.meta_path.insert(0, AtClick())\n"
        "sys.argv = ['quotes', 'speakers', '--db', 'none.db']\n"
        "runpy.run_module('quotes', run_name='__main__')\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", starter],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(Path(pipeline.__file__).parents[1])},
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert proc.returncode == 130, proc.stderr
    assert len(proc.stderr.splitlines()) == 1 and "nterrupted" in proc.stderr
    assert not (tmp_path / "none.db").exists()


def test_sigkill_mid_batch_then_rerun_completes_without_duplicates(
    tmp_path: Path, nlp: Language
) -> None:
    total = 300
    corpus = write_corpus(tmp_path / "corpus", total)
    db = tmp_path / "q.db"
    proc = start_extract(corpus, db)
    try:
        committed = wait_for_first_batch(proc, db)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
        proc.stdout.close()  # type: ignore[union-attr]
        proc.stderr.close()  # type: ignore[union-attr]
    assert proc.returncode == -signal.SIGKILL, "the run ended before it could be killed"
    assert committed > 0

    # Consistent and usable right away, with whole batches only.
    kept = query(db, "select count(*) from articles")[0][0]
    assert 0 < kept < total
    assert kept % 5 == 0
    assert_consistent(db, kept)

    again = extract(corpus, "--db", db, "--batch-size", "5")
    assert again.exit_code == 0, again.output
    assert (
        f"{total} articles read, {total - kept} stored, {kept} skipped (unchanged), 0 failed"
        in again.stdout
    )
    assert_consistent(db, total)
    contents = {c for (c,) in query(db, "select content from quotes")}
    assert contents == {content_of(i) for i in range(total)}




@pytest.mark.parametrize("processes", ["1", "2"])
def test_sigterm_mid_run_is_one_line_and_keeps_whole_batches(
    tmp_path: Path, nlp: Language, processes: str
) -> None:
    """``kill``, ``timeout`` or a service manager stop the run with SIGTERM: like Ctrl-C
    it says so in one line (it ended silently with -15) and keeps committed batches."""
    total = 300
    corpus = write_corpus(tmp_path / "corpus", total)
    db = tmp_path / "q.db"
    proc = start_extract(corpus, db, "--processes", processes)
    wait_for_first_batch(proc, db)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 143, stderr
    assert one_error_line(stderr).startswith("Error: terminated; every batch committed")
    kept = query(db, "select count(*) from articles")[0][0]
    assert 0 < kept < total
    assert_consistent(db, kept)


@pytest.mark.parametrize("ignored", [False, True])
def test_sighup_mid_run_is_one_line_unless_ignored_by_nohup(
    tmp_path: Path, nlp: Language, ignored: bool
) -> None:
    """The terminal or SSH session closes (SIGHUP): the run stopped without a word, exit
    -1; it now ends as SIGTERM does, exit 129, committed batches kept. Under ``nohup``
    (SIGHUP ignored) the run goes on to the end."""
    total = 300
    corpus = write_corpus(tmp_path / "corpus", total)
    db = tmp_path / "q.db"

    def preexec() -> None:
        signal.signal(signal.SIGHUP, signal.SIG_IGN if ignored else signal.SIG_DFL)

    proc = start_extract(corpus, db, preexec_fn=preexec)
    wait_for_first_batch(proc, db)
    proc.send_signal(signal.SIGHUP)
    _, stderr = proc.communicate(timeout=120)
    kept = query(db, "select count(*) from articles")[0][0]
    if ignored:
        assert proc.returncode == 0, stderr
        assert kept == total
    else:
        assert proc.returncode == 129, stderr
        assert one_error_line(stderr).startswith("Error: hung up; every batch committed")
        assert 0 < kept < total
    assert_consistent(db, kept)


def test_ctrl_c_in_a_terminal_with_workers_is_one_line(tmp_path: Path, nlp: Language) -> None:
    """A terminal's Ctrl-C signals the whole process group: a worker waiting for its next
    batch raised KeyboardInterrupt in the pool's queue and printed a traceback under the
    parent's one-line report. Workers now just end; the parent reports."""
    total = 120
    corpus = write_corpus(tmp_path / "corpus", total)
    db = tmp_path / "q.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "extract", str(corpus), "--db", str(db)]
        + ["--batch-size", "1", "--processes", "2", "--silent"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=_ctrl_c_as_in_a_terminal(),
    )
    wait_for_first_batch(proc, db)
    # Hold the write lock a moment: the parent waits to commit, the workers finish their
    # batches and wait for the next, where Ctrl-C then finds them.
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("begin immediate")
    time.sleep(3)
    os.killpg(proc.pid, signal.SIGINT)
    time.sleep(0.5)
    holder.execute("rollback")
    holder.close()
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert one_error_line(stderr).startswith("Error: interrupted; every batch committed")
    assert_consistent(db, query(db, "select count(*) from articles")[0][0])


def test_ctrl_c_pressed_again_while_stopping_still_exits_130(
    tmp_path: Path, nlp: Language
) -> None:
    """Ctrl-C pressed repeatedly: the later ones landed while the first was reported or
    the interpreter shut down, and the run died of the signal (-2, no exit code of its
    own). They are ignored once the run is stopping."""
    total = 300
    corpus = write_corpus(tmp_path / "corpus", total)
    db = tmp_path / "q.db"
    proc = start_extract(corpus, db)
    wait_for_first_batch(proc, db)
    for _ in range(40):
        if proc.poll() is not None:
            break
        proc.send_signal(signal.SIGINT)
        time.sleep(0.05)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert one_error_line(stderr).startswith("Error: interrupted; every batch committed")
    kept = query(db, "select count(*) from articles")[0][0]
    assert_consistent(db, kept)
    again = extract(corpus, "--db", db, "--batch-size", "5")
    assert again.exit_code == 0, again.output
    assert_consistent(db, total)


@pytest.mark.parametrize("delay", [0.0, 0.05, 0.1])
def test_ctrl_c_after_the_run_finished_ends_it_with_its_own_status(tmp_path: Path, delay: float) -> None:
    """A Ctrl-C right after `extract` printed its summary: the run is done, and the
    process ends with its own status. It used to land in the interpreter's teardown
    (a fifth of a second with spaCy loaded), after CPython had set the stop handlers
    back to the default, and killed the finished run with no word (exit -2)."""
    corpus = write_corpus(tmp_path / "corpus", 3)
    db = tmp_path / "q.db"
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "extract", str(corpus), "--db", str(db)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=_ctrl_c_as_in_a_terminal(),
    )
    summary = proc.stdout.readline()
    assert "3 stored" in summary, summary
    time.sleep(delay)
    with contextlib.suppress(ProcessLookupError):
        proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr and "Exception ignored" not in stderr, stderr
    assert_consistent(db, 3)
    assert not Path(f"{db}-wal").exists() or Path(f"{db}-wal").stat().st_size == 0


@pytest.mark.parametrize("signame", ["SIGINT", "SIGTERM"])
def test_stop_signal_while_the_interpreter_shuts_down_is_no_traceback(
    signame: str,
) -> None:
    """A Ctrl-C (or SIGTERM) landing after the command finished, while Python shuts
    down, printed "Exception ignored in: ... KeyboardInterrupt" under a finished run.
    The signal is sent from an exit handler, so it lands in the shutdown every time; the
    process ends with the command's own exit code and nothing on stderr."""
    code = (
        "import atexit, os, signal, sys\n"
        f"atexit.register(lambda: os.kill(os.getpid(), signal.{signame}))\n"
        "from quotes.cli import cli\n"
        "sys.argv = ['quotes', '--version']\n"
        "cli()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
        preexec_fn=_ctrl_c_as_in_a_terminal(),
    )
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr and "Exception ignored" not in proc.stderr, proc.stderr


def test_first_run_killed_before_its_first_migration_recovers(
    tmp_path: Path, nlp: Language
) -> None:
    """sqlite-utils creates its migrations log before migrating: a kill in between."""
    db = tmp_path / "q.db"
    store.migrations.ensure_migrations_table(sqlite_utils.Database(db))
    result = extract(write_corpus(tmp_path / "corpus", 2), "--db", db)
    assert result.exit_code == 0, result.output
    assert_consistent(db, 2)


def test_run_from_a_deleted_directory_reads_absolute_paths(tmp_path: Path) -> None:
    """A shell left in a directory another job removed: spaCy's import called
    ``Path.cwd()`` and the run died with a FileNotFoundError traceback before reading
    anything. Absolute paths are now read and stored; a relative one is a missing file."""
    corpus = write_corpus(tmp_path / "corpus", 1)
    gone = tmp_path / "gone"
    db = tmp_path / "q.db"

    def enter_then_delete() -> None:
        gone.mkdir()
        os.chdir(gone)
        os.rmdir(gone)

    proc = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", "--db", str(db), "--silent"]
        + [str(corpus / "0000.txt"), "missing.txt"],
        capture_output=True,
        text=True,
        preexec_fn=enter_then_delete,
        timeout=180,
        # this checkout, not a relative PYTHONPATH that the deleted directory voids
        env={**os.environ, "PYTHONPATH": str(Path(pipeline.__file__).parents[1])},
    )
    assert proc.returncode == 1, proc.stderr
    assert one_error_line(proc.stderr) == "Error: missing.txt: path does not exist"
    assert_consistent(db, 1)


@pytest.mark.parametrize(
    "command", [["speakers"], ["speakers", "--json"], ["export"], ["mend"], ["extract", "--silent"]]
)
def test_a_relative_db_from_a_deleted_directory_is_one_line(tmp_path: Path, command: list[str]) -> None:
    """The reading commands died with a FileNotFoundError traceback (``Path.resolve``
    asks for the current directory) and extract said "unable to open database file":
    SQLite makes the name absolute from a directory that is gone. One line naming the
    path and what to do, exit 2 (a --db that can be no file), in every command; an
    absolute --db still works there."""
    db = tmp_path / "q.db"
    seed = write_corpus(tmp_path / "seed", 1)
    assert extract(seed, "--db", db).exit_code == 0
    if command[0] == "extract":
        command = [*command, str(seed / "0000.txt")]  # stored already: unchanged, exit 0
    gone = tmp_path / "gone"

    def enter_then_delete() -> None:
        gone.mkdir()
        os.chdir(gone)
        os.rmdir(gone)

    env = {**os.environ, "PYTHONPATH": str(Path(pipeline.__file__).parents[1])}
    for db_arg, code in (("../q.db", 2), (str(db), 0)):
        proc = subprocess.run(
            [sys.executable, "-m", "quotes", *command, "--db", db_arg],
            capture_output=True,
            text=True,
            preexec_fn=enter_then_delete,
            timeout=180,
            env=env,
        )
        assert proc.returncode == code, proc.stderr
        assert "Traceback" not in proc.stderr
        if code:
            assert one_error_line(proc.stderr).startswith("Error: ../q.db: a relative path")
    assert_consistent(db, 1)


# --------------------------------------------------------------------------- Datasette


def ds_get(ds: Any, path: str, **params: str) -> Any:
    return asyncio.run(ds.client.get(path, params=params or None))


def test_datasette_reads_while_extract_writes(tmp_path: Path, nlp: Language) -> None:
    db = tmp_path / "quotes.db"
    assert extract(write_corpus(tmp_path / "seed", 1), "--db", db).exit_code == 0
    ds = publish.make_datasette(db)
    total = 1 + 150
    corpus = write_corpus(tmp_path / "corpus", 150, start=1)
    proc = start_extract(corpus, db)
    seen: list[int] = []
    try:
        while proc.poll() is None:
            count = ds_get(
                ds, "/quotes.json", sql="select count(*) as n from articles", _shape="array"
            )
            assert count.status_code == 200, count.text[:300]
            seen.append(count.json()[0]["n"])
            search = ds_get(ds, "/quotes/search_quotes.json", q="harbour", _shape="array")
            assert search.status_code == 200, search.text[:300]
            facets = ds_get(ds, "/quotes/quotes_view.json", _facet="speaker", _size="1")
            assert facets.status_code == 200, facets.text[:300]
            time.sleep(0.01)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Error" not in err
    assert seen == sorted(seen)  # readers only ever see whole commits, in order
    assert any(1 < n < total for n in seen), seen  # and they saw the run mid-way
    final = ds_get(ds, "/quotes.json", sql="select count(*) as n from articles", _shape="array")
    assert final.json()[0]["n"] == total
    assert_consistent(db, total)


def test_datasette_has_no_write_path_and_parameterised_queries(
    tmp_path: Path, nlp: Language
) -> None:
    db = tmp_path / "quotes.db"
    assert extract(write_corpus(tmp_path / "corpus", 6), "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    before = file_state(db)
    ds = publish.make_datasette(db)
    hostile = [
        "'; drop table quotes; --",
        "' or '1'='1",
        '" OR 1=1 --',
        "x'); delete from articles; --",
        "Ada Voss' union select sql from sqlite_master --",
    ]
    for value in hostile:
        # Parameters are bound, never spliced: an injection matches nothing.
        for name, param in [
            ("search_quotes", "q"),
            ("speaker_statements", "speaker"),
            ("speaker_timeline", "speaker"),
            ("top_speakers_per_outlet", "outlet"),
        ]:
            response = ds_get(ds, f"/quotes/{name}.json", _shape="array", **{param: value})
            assert response.status_code == 200, (name, value, response.text[:300])
            assert response.json() == [], (name, value)
        searched = ds_get(ds, "/quotes/quotes_view.json", _search=value, _shape="array")
        assert searched.status_code == 200
        assert searched.json() == []
    # An honest query still answers: the parameters do reach the SQL.
    found = ds_get(ds, "/quotes/speaker_statements.json", speaker="ada voss", _shape="array")
    assert len(found.json()) == 2

    writes = [
        "delete from quotes",
        "drop table articles",
        "insert into outlets (id, name) values (1, 'x')",
        "update speakers set name = 'x'",
        "select 1; delete from quotes",
        "pragma journal_mode = delete",
        "attach database 'elsewhere.db' as other",
        "vacuum",
        "create table t (x)",
    ]
    for sql in writes:
        response = ds_get(ds, "/quotes.json", sql=sql)
        assert response.status_code in (400, 403), (sql, response.status_code)
    # POSTs are refused. (Datasette 0.65.5 answers a POST to a read-only canned query with
    # a 500 from its own QueryView; refused all the same, nothing is written.)
    for path in ["/quotes/search_quotes", "/quotes/quotes/-/insert", "/quotes/-/create"]:
        response = asyncio.run(ds.client.post(path, data={"q": "x", "sql": "delete from quotes"}))
        assert response.status_code >= 400, (path, response.status_code)
    metadata = publish.load_metadata(db)
    queries = metadata["databases"]["quotes"]["queries"]
    assert not any(q.get("write") for q in queries.values())
    assert query(db, "select count(*) from quotes") == [(6,)]
    assert file_state(db) == before
    assert not (tmp_path / "elsewhere.db").exists()


# --------------------------------------------------------------------------- bad --db


def _drop_dac_capabilities() -> None:
    """In the child: give up root's power to ignore file modes (CAP_DAC_*) for the exec."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_honouring_modes(*args: str | Path) -> subprocess.CompletedProcess:
    """``python -m quotes ARGS`` obeying file modes even when the tests run as root."""
    preexec = _drop_dac_capabilities if os.geteuid() == 0 else None
    return subprocess.run(
        [sys.executable, "-m", "quotes", *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=preexec,
    )


def test_a_second_writer_waits_for_the_first_instead_of_failing(
    tmp_path: Path, nlp: Language
) -> None:
    """Another process's write transaction (a second ``quotes extract``, a user's script)
    is waited for: the run stores everything once the lock is released."""
    db = tmp_path / "q.db"
    assert extract(write_corpus(tmp_path / "corpus", 3), "--db", db).exit_code == 0
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("begin immediate")  # holds the write lock, as a writer mid-batch does
    holder.execute("update articles set title = title")
    release = threading.Timer(1.5, lambda: holder.execute("commit"))
    release.start()
    try:
        started = time.monotonic()
        result = extract(write_corpus(tmp_path / "more", 2, start=3), "--db", db)
        waited = time.monotonic() - started
    finally:
        release.join()
        holder.close()
    assert result.exit_code == 0, result.output
    assert "Error" not in result.stderr
    assert waited >= 1.0  # it did meet the lock, and waited it out
    assert_consistent(db, 5)


def test_runs_starting_together_on_a_new_database_both_migrate_it(
    tmp_path: Path, nlp: Language
) -> None:
    """Two `quotes extract` started at once on a file that does not exist yet: each
    found every migration pending, and one failed at once with "database is locked"
    (a deferred transaction cannot wait for the write lock in WAL mode). Now the second
    waits for the first to migrate, and retries the WAL switch, which SQLite refuses at
    once while another opener has the file in the old mode. Three stores open each new
    file at the same moment, thirty times; a run then writes to it."""
    for round_ in range(30):
        db = tmp_path / f"new{round_}.db"
        start = threading.Barrier(3)
        errors: list[str] = []

        def open_store(
            db: Path = db, start: threading.Barrier = start, errors: list[str] = errors
        ) -> None:
            start.wait()
            try:
                store.Store(db).close()
            except DatabaseError as exc:
                errors.append(str(exc))

        threads = [threading.Thread(target=open_store) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == [], errors
        assert query(db, "select count(*) from _sqlite_migrations") == [
            (len(store.migrations._migrations),)
        ]
    result = extract(write_corpus(tmp_path / "corpus", 2), "--db", tmp_path / "new0.db")
    assert result.exit_code == 0, result.output
    assert_consistent(tmp_path / "new0.db", 2)


def test_speakers_overrides_wait_for_a_writer_then_fail_in_one_line(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``quotes speakers --speakers`` while another process writes: it waits its turn as
    ``extract`` does, and past the busy timeout fails in one line, the database intact.
    (Its deferred transaction failed at once, with a traceback.)"""
    from click.testing import CliRunner

    from quotes.cli import cli

    db = tmp_path / "q.db"
    assert extract(write_corpus(tmp_path / "corpus", 2), "--db", db).exit_code == 0
    overrides = tmp_path / "s.yaml"
    overrides.write_text("merge:\n  Ada Voss: [A. Voss]\n", encoding="utf-8")
    before = query(db, "select * from quotes order by id")

    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("begin immediate")
    release = threading.Timer(1.0, lambda: holder.execute("commit"))
    release.start()
    try:
        waited = CliRunner().invoke(cli, ["speakers", "--speakers", str(overrides), "--db", str(db)])
    finally:
        release.join()
    assert waited.exit_code == 0, waited.output
    assert waited.exception is None or isinstance(waited.exception, SystemExit)

    monkeypatch.setattr(store, "BUSY_TIMEOUT_MS", 300)
    holder.execute("begin immediate")
    try:
        failed = CliRunner().invoke(cli, ["speakers", "--speakers", str(overrides), "--db", str(db)])
    finally:
        holder.execute("commit")
        holder.close()
    assert failed.exit_code == 1, failed.output
    assert isinstance(failed.exception, SystemExit), failed.exception
    line = one_error_line(failed.stderr)
    assert line.startswith(f"Error: {db}: cannot write database: database is locked")
    assert query(db, "select * from quotes order by id") == before
    assert_consistent(db, 2)


def _wait_until_sleeping_on_the_lock(proc: subprocess.Popen, db: Path) -> None:
    """Wait until ``proc`` has the database open and sleeps (SQLite's busy wait), for a
    second in a row: a signal sent earlier lands while it starts, which proves nothing."""
    if not Path(f"/proc/{proc.pid}/wchan").exists():
        pytest.skip("needs Linux /proc to see the process wait")
    asleep_since = None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()
        try:
            fds = {os.readlink(f) for f in Path(f"/proc/{proc.pid}/fd").iterdir()}
            wchan = Path(f"/proc/{proc.pid}/wchan").read_text()
        except OSError:
            fds, wchan = set(), ""
        if str(db.resolve()) in fds and "sleep" in wchan:
            asleep_since = asleep_since or time.monotonic()
            if time.monotonic() - asleep_since > 1.0:
                return
        else:
            asleep_since = None
        time.sleep(0.01)
    pytest.fail("the command never waited for the lock")


@pytest.mark.parametrize("sig, code", [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_stop_signal_while_waiting_for_another_writer_stops_at_once(
    tmp_path: Path, nlp: Language, sig: int, code: int
) -> None:
    """A command waiting for another process's write lock ignored SIGTERM and Ctrl-C:
    SQLite's busy wait is one C call of up to a minute, and Python handles a signal only
    after it returns, so a service manager's stop ended in SIGKILL. Now it stops within
    a fraction of a second, in one line, the database unchanged."""
    db = tmp_path / "q.db"
    assert extract(write_corpus(tmp_path / "corpus", 2), "--db", db).exit_code == 0
    overrides = tmp_path / "s.yaml"
    overrides.write_text("merge:\n  Ada Voss: [A. Voss]\n", encoding="utf-8")
    before = file_state(db)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("begin immediate")  # a writer mid-batch, for longer than the test
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "quotes", "speakers", "--speakers", str(overrides)]
            + ["--db", str(db)],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=_ctrl_c_as_in_a_terminal(),
        )
        _wait_until_sleeping_on_the_lock(proc, db)
        proc.send_signal(sig)
        sent = time.monotonic()
        _, stderr = proc.communicate(timeout=30)
        stopped_after = time.monotonic() - sent
    finally:
        holder.execute("rollback")
        holder.close()
    assert proc.returncode == code, stderr
    assert stopped_after < 15, stopped_after  # (a minute, less the time waited, before)
    assert one_error_line(stderr).endswith("the database is unchanged")
    assert file_state(db) == before
    assert_consistent(db, 2)


@pytest.mark.parametrize("n_process", [0, -2])
def test_run_extract_without_a_worker_is_a_value_error_before_the_database(
    tmp_path: Path, nlp: Language, n_process: int
) -> None:
    """Misuse of the library: no worker process cannot run, and says so, not as a
    ModelError about the pipeline, and leaves no empty database behind."""
    from quotes.run import run_extract

    (tmp_path / "a.txt").write_text('"We are ready," said Ines Calloway.\n')
    with pytest.raises(ValueError, match=f"n_process must be at least 1, got {n_process}"):
        run_extract([tmp_path / "a.txt"], tmp_path / "q.db", nlp=nlp, n_process=n_process)
    assert not (tmp_path / "q.db").exists()


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("batch_size", 0, "batch_size must be at least 1, got 0"),
        ("batch_size", -5, "batch_size must be at least 1, got -5"),
        ("min_confidence", 2.0, "min_confidence must be between 0 and 1, got 2.0"),
        ("min_confidence", -0.1, "min_confidence must be between 0 and 1, got -0.1"),
        ("min_confidence", float("nan"), "min_confidence must be between 0 and 1, got nan"),
    ],
)
def test_run_extract_option_out_of_range_is_a_value_error_before_the_database(
    tmp_path: Path, option: str, value: float, message: str
) -> None:
    """The library took what the CLI refuses as a usage error (min_confidence=2.0
    dropped every reported statement without a word); now the same ValueError as for
    n_process, before anything is opened."""
    from quotes.run import run_extract

    (tmp_path / "a.txt").write_text('"We are ready," said Ines Calloway.\n')
    with pytest.raises(ValueError, match=message):
        run_extract([tmp_path / "a.txt"], tmp_path / "q.db", **{option: value})
    assert not (tmp_path / "q.db").exists()


def test_read_only_database_and_directory(tmp_path: Path, nlp: Language) -> None:
    corpus = write_corpus(tmp_path / "corpus", 3)
    more = write_corpus(tmp_path / "more", 2, start=3)
    locked_dir = tmp_path / "locked"
    locked_dir.mkdir()
    db = locked_dir / "q.db"
    assert extract(corpus, "--db", db).exit_code == 0
    state = file_state(db)

    db.chmod(0o444)
    try:
        proc = run_honouring_modes("extract", more, "--db", db)
    finally:
        db.chmod(0o644)
    assert proc.returncode == 1, proc.stderr
    assert one_error_line(proc.stderr) == (
        f"Error: {db}: database is read-only (no write permission)"
    )
    assert file_state(db) == state

    locked_dir.chmod(0o555)
    try:
        proc = run_honouring_modes("extract", more, "--db", db)
        new = run_honouring_modes("extract", more, "--db", locked_dir / "new.db")
    finally:
        locked_dir.chmod(0o755)
    assert proc.returncode == 1, proc.stderr
    assert "cannot write in directory" in one_error_line(proc.stderr)
    assert new.returncode == 1, new.stderr
    assert "cannot write in directory" in one_error_line(new.stderr)
    assert file_state(db) == state
    assert sorted(p.name for p in locked_dir.iterdir()) == ["q.db"]
    assert_consistent(db, 3)


def test_database_in_a_read_only_folder_is_still_read(tmp_path: Path, nlp: Language) -> None:
    """A published copy on read-only media: ``mode=ro`` cannot create the WAL ``-shm``
    file there, so export, speakers and serve failed with "attempt to write a readonly
    database". Nothing can write such a file, so it is read as immutable."""
    folder = tmp_path / "published"
    db = folder / "q.db"
    assert extract(write_corpus(tmp_path / "corpus", 2), "--db", db).exit_code == 0
    script = (
        "import sys; from pathlib import Path; from quotes import publish; "
        "publish.make_datasette(Path(sys.argv[1])); print('ok')"
    )
    folder.chmod(0o555)
    try:
        exported = run_honouring_modes("export", "--db", db)
        listed = run_honouring_modes("speakers", "--db", db)
        preexec = _drop_dac_capabilities if os.geteuid() == 0 else None
        served = subprocess.run(
            [sys.executable, "-c", script, str(db)],
            capture_output=True, text=True, timeout=120, preexec_fn=preexec,
        )
    finally:
        folder.chmod(0o755)
    assert exported.returncode == 0, exported.stderr
    assert content_of(0) in exported.stdout
    assert listed.returncode == 0, listed.stderr
    assert "Ada Voss" in listed.stdout
    assert served.stdout.strip() == "ok", served.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["q.db"]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 4 MB tmpfs mounted for the test (needs root), unmounted after."""
    mount_point = tmp_path / "disk"
    mount_point.mkdir()
    try:
        done = subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=4m,mode=0755", "tmpfs", str(mount_point)],
            capture_output=True,
            text=True,
        )
    except OSError as exc:
        pytest.skip(f"cannot mount a tmpfs: {exc}")
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.strip()}")
    try:
        yield mount_point
    finally:
        if subprocess.run(["umount", str(mount_point)], capture_output=True).returncode:
            subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def fill(disk: Path, leave: int) -> Path:
    """Fill ``disk`` until only about ``leave`` bytes are free."""
    filler = disk / "filler"
    info = os.statvfs(disk)
    size = info.f_bavail * info.f_frsize - leave
    with filler.open("wb") as f:
        try:
            f.write(b"\0" * max(size, 0))
        except OSError:
            pass
    return filler


def test_full_disk_is_one_line_and_keeps_stored_data(
    tmp_path: Path, small_disk: Path, nlp: Language
) -> None:
    db = small_disk / "q.db"
    first = write_corpus(tmp_path / "first", 5)
    assert extract(first, "--db", db).exit_code == 0
    stored = query(db, "select * from articles order by id")
    quotes_before = query(db, "select * from quotes order by id")

    more = write_corpus(tmp_path / "more", 60, start=5, padding=25)
    filler = fill(small_disk, leave=64 * 1024)
    result = extract(more, "--db", db, "--batch-size", "5")

    assert result.exit_code == 1, result.output
    line = one_error_line(result.stderr)
    assert line.startswith(f"Error: {db}: cannot write database: database or disk is full")

    filler.unlink()
    kept = query(db, "select count(*) from articles")[0][0]
    assert 5 <= kept < 65
    if kept > 5:
        assert line.endswith(f"({kept - 5} articles committed before are kept; re-run to continue)")
    assert (
        query(
            db,
            f"select * from articles where id in ({','.join(str(row[0]) for row in stored)}) "
            "order by id",
        )
        == stored
    )
    assert set(quotes_before) <= set(query(db, "select * from quotes"))
    assert_consistent(db, kept)

    again = extract(more, "--db", db, "--batch-size", "5")
    assert again.exit_code == 0, again.output
    assert_consistent(db, 65)


def test_disk_full_before_the_database_opens_says_so(
    tmp_path: Path, small_disk: Path, nlp: Language
) -> None:
    """A WAL database on a disk with no room left cannot get its ``-shm`` index, and
    SQLite says only "disk I/O error", which reads like a failing drive. The line says
    the disk is full; the data is intact once space is freed."""
    db = small_disk / "q.db"
    first = write_corpus(tmp_path / "first", 5)
    assert extract(first, "--db", db).exit_code == 0
    stored = query(db, "select * from articles order by id")
    for companion in (small_disk / "q.db-wal", small_disk / "q.db-shm"):
        companion.unlink(missing_ok=True)
    filler = fill(small_disk, leave=0)
    result = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(write_corpus(tmp_path / "more", 3, 5))]
        + ["--db", str(db), "--silent"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, result.stderr
    line = one_error_line(result.stderr)
    assert line.startswith(f"Error: {db}: cannot ")
    assert "no space left on the disk holding it" in line or "disk is full" in line, line
    filler.unlink()
    assert query(db, "select * from articles order by id") == stored
    assert_consistent(db, 5)


def test_reading_commands_read_a_database_on_a_full_disk(
    tmp_path: Path, small_disk: Path, nlp: Language
) -> None:
    """``export``, ``speakers`` and ``serve`` write nothing, yet on a full disk each refused
    the database with "disk I/O error": SQLite's ``mode=ro`` must create the ``-shm`` index
    of a WAL database first. With no room for it (and no ``-wal`` holding changes) the
    file is read immutable, as in a read-only folder."""
    db = small_disk / "q.db"
    assert extract(write_corpus(tmp_path / "first", 3), "--db", db).exit_code == 0
    want = query(db, "select content from quotes order by content")
    for companion in (small_disk / "q.db-wal", small_disk / "q.db-shm"):
        companion.unlink(missing_ok=True)
    filler = fill(small_disk, leave=0)
    try:
        runner = CliRunner()
        exported = runner.invoke(cli, ["export", "--db", str(db), "--format", "json"])
        assert exported.exit_code == 0, exported.output
        assert sorted((row["content"],) for row in json_rows(exported.stdout)) == want
        listed = runner.invoke(cli, ["speakers", "--db", str(db), "--json"])
        assert listed.exit_code == 0, listed.output
        assert {row["name"] for row in json_rows(listed.stdout)} == set(SPEAKERS)
        ds = publish.make_datasette(db)
        page = ds_get(ds, "/q/quotes_view.json", _shape="array")
        assert page.status_code == 200, page.text
        assert sorted((row["content"],) for row in page.json()) == want
    finally:
        filler.unlink()
    assert_consistent(db, 3)


def json_rows(text: str) -> list[dict[str, Any]]:
    import json

    return json.loads(text)


def corrupt_copies(good: Path, directory: Path) -> dict[str, Path]:
    """Damaged versions of a real quotes database, and files that are no database."""
    data = good.read_bytes()
    page = int.from_bytes(data[16:18], "big")
    assert len(data) > 8 * page
    foreign = directory / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("create table recipes (name text, steps text)")
    conn.execute("insert into recipes values ('bread', 'knead')")
    conn.commit()
    conn.close()
    damaged = {
        "header-only.db": data[:100],
        "truncated.db": data[: len(data) // 2],
        "page-one-garbage.db": data[:100] + bytes([0xA5]) * (page - 100) + data[page:],
        "middle-garbage.db": data[: 3 * page] + bytes([0x5A]) * page + data[4 * page :],
        "tail-garbage.db": data[: -2 * page] + bytes([0xEE]) * (2 * page),
        "notes.db": b"my precious notes\n",
        "scan.db": b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
        "magic-only.db": b"SQLite format 3\x00",
    }
    paths = {"foreign.db": foreign}
    for name, content in damaged.items():
        paths[name] = directory / name
        paths[name].write_bytes(content)
    return paths


def test_run_stopped_before_its_statement_update_is_not_refused_as_corrupt(
    tmp_path: Path, nlp: Language
) -> None:
    """A batch that replaced an edited article's quotes leaves their shingles in
    ``statements_gone`` until the statement update at the end of the run; SQLite 3.40's
    quick_check reports "NULL value in statements_gone.speaker_id" for each such row
    though none is NULL. A run stopped in between (here: the old quotes deleted and
    committed, as the trigger does in a batch) left a file every later run refused as
    corrupt. The re-run now completes it."""
    db = tmp_path / "q.db"
    corpus = write_corpus(tmp_path / "corpus", 3)
    assert extract(corpus, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    with conn:
        conn.execute(
            "delete from quotes where article_id = (select id from articles where source like ?)",
            ["%0000.txt"],
        )
    conn.close()
    assert query(db, "select count(*) from statements_gone")[0][0] > 0
    edited = corpus / "0000.txt"
    edited.write_text(edited.read_text(encoding="utf-8").replace("Monday", "Tuesday"), "utf-8")
    result = extract(corpus, "--db", db)
    assert result.exit_code == 0, result.output
    assert "corrupt" not in result.stderr
    assert query(db, "select count(*) from statements_gone") == [(0,)]
    assert_consistent(db, 3)


def test_run_killed_before_its_statement_update_is_completed_by_the_rerun(
    tmp_path: Path, nlp: Language
) -> None:
    """A run killed after committing its last batch, before the statement update, left
    its quotes without statements; the re-run found every article unchanged, stored
    nothing and so never grouped them (`export --statements` missed them for good)."""
    db = tmp_path / "q.db"
    corpus = write_corpus(tmp_path / "corpus", 3)
    assert extract(corpus, "--db", db).exit_code == 0
    grouped = query(db, "select id, statement_id from quotes order by id")
    assert query(db, "select count(*) from statements")[0][0] > 0
    conn = sqlite3.connect(db)
    with conn:  # the state such a kill leaves: quotes stored, not yet grouped
        conn.execute("update quotes set statement_id = null")
        conn.execute("delete from statements")
    conn.close()
    result = extract(corpus, "--db", db)
    assert result.exit_code == 0, result.output
    assert query(db, "select id, statement_id from quotes order by id") == grouped
    assert_consistent(db, 3)


def test_run_killed_before_its_index_update_is_regrouped_by_the_rerun(
    tmp_path: Path, nlp: Language
) -> None:
    """A run killed after committing its last batch, before the speaker index update,
    left "Voss" apart from "Ada Voss" for good: the names to regroup were in memory
    only, and the re-run found every article unchanged. Here the batch is saved as the
    run saves it (`Store.save`), and the run never gets to its update."""
    from quotes.ingest import iter_inputs
    from quotes.run import extract_quotes

    db = tmp_path / "q.db"
    first = tmp_path / "first.txt"
    first.write_text('Harbour\n\n"The cranes are old," said Ada Voss on Monday.\n', "utf-8")
    assert extract(first, "--db", db).exit_code == 0
    later = tmp_path / "later.txt"
    later.write_text('Harbour again\n\n"The cranes stay," said Voss on Tuesday.\n', "utf-8")
    (article,) = iter_inputs([str(later)])
    extractor = query(db, "select extractor from articles")[0][0]
    with store.Store(db, extractor=extractor) as killed:
        killed.save([(article, extract_quotes(nlp, article.text))])
    assert ("Voss",) in query(db, "select name from speakers")  # not regrouped yet
    result = extract(first, later, "--db", db)
    assert result.exit_code == 0, result.output
    assert query(db, "select name, quote_count from speakers") == [("Ada Voss", 2)]
    assert query(db, "select count(*) from index_pending") == [(0,)]


def test_a_null_in_a_not_null_column_is_still_corruption(tmp_path: Path) -> None:
    """The NULL reports quick_check makes up are refuted by a query; a real one is not."""
    db = tmp_path / "q.db"
    store.Store(db).close()
    conn = sqlite3.connect(db)
    with conn:
        conn.execute("create table user_notes (note text)")
        conn.execute("insert into user_notes values (null)")
    conn.execute("pragma writable_schema = on")
    with conn:
        conn.execute(
            "update sqlite_master set sql = 'CREATE TABLE user_notes (note text not null)' "
            "where name = 'user_notes'"
        )
    conn.close()
    before = file_state(db)
    with pytest.raises(DatabaseError, match="corrupt .NULL value in user_notes.note"):
        store.Store(db)
    assert file_state(db) == before


def test_a_database_name_too_long_for_the_file_system_is_a_database_error(tmp_path: Path) -> None:
    """``Store`` checked the file with ``Path.is_dir``, which raises ENAMETOOLONG bare: a
    library caller got an OSError traceback instead of the DatabaseError every other
    unusable database gives."""
    with pytest.raises(DatabaseError, match="cannot be a database file: File name too long"):
        store.Store(tmp_path / ("q" * 300 + ".db"))


def _memory_limit(megabytes: int) -> Any:
    import resource

    def limit() -> None:
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        resource.setrlimit(resource.RLIMIT_AS, (megabytes << 20, megabytes << 20))

    return limit


@pytest.mark.parametrize("megabytes", [200, 400])
def test_extract_under_a_memory_limit_too_low_is_one_line(tmp_path: Path, megabytes: int) -> None:
    """``ulimit -v`` too low for spaCy: at 200 MB its import failed (thinc turns the
    MemoryError into "ValueError: BLIS support requires blis"), at 400 MB the model load
    raised MemoryError; each a 50-line traceback. Now one line saying memory, exit 1, and
    the database keeps what it had. (A machine where the model fits may store the file.)"""
    corpus = write_corpus(tmp_path / "corpus", 2)
    db = tmp_path / "q.db"
    first = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(corpus / "0000.txt"), "--db", str(db)],
        capture_output=True, text=True, timeout=300,
    )
    assert first.returncode == 0, first.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", str(corpus / "0001.txt"), "--db", str(db)],
        capture_output=True, text=True, timeout=300, preexec_fn=_memory_limit(megabytes),
    )
    if proc.returncode == 0:
        assert_consistent(db, 2)
        return
    assert proc.returncode == 1
    assert "memory" in one_error_line(proc.stderr)
    assert_consistent(db, 1)


@pytest.mark.parametrize(
    "error",
    [
        MemoryError(),
        ValueError("BLIS support requires blis: pip install blis"),
        ImportError("libblis.so: failed to map segment from shared object"),
        SystemError("error return without exception set"),
    ],
    ids=type,
)
def test_loading_the_libraries_out_of_memory_is_one_line(
    capsys: pytest.CaptureFixture[str], error: Exception
) -> None:
    """What the imports of spaCy raise when memory runs out half way, each as one line
    and exit 1. CPython itself, out of memory in a C routine (compiling a regex in
    ``glob``'s import under ``ulimit -v 200M``, about one run in ten), raised
    "SystemError: error return without exception set": that was a 60-line traceback."""
    with pytest.raises(SystemExit) as ended:
        with _libraries_loading():
            raise error
    assert ended.value.code == 1
    line = one_error_line(capsys.readouterr().err)
    assert line.startswith(f"Error: cannot load spaCy and its libraries ({type(error).__name__}")
    assert "too little memory" in line


def test_corrupt_or_foreign_db_is_refused_and_left_untouched(tmp_path: Path, nlp: Language) -> None:
    good = tmp_path / "good.db"
    corpus = write_corpus(tmp_path / "corpus", 40, padding=6)
    assert extract(corpus, "--db", good).exit_code == 0
    conn = sqlite3.connect(good)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    bad_dir = tmp_path / "bad"
    bad_dir.mkdir()
    paths = corrupt_copies(good, bad_dir)
    article = write_corpus(tmp_path / "one", 1)

    for name, path in paths.items():
        before = file_state(path)
        result = extract(article, "--db", path)
        assert result.exit_code == 1, (name, result.output)
        line = one_error_line(result.stderr)
        assert line.startswith(f"Error: {path}: "), (name, line)
        assert any(
            words in line
            for words in (
                "not an SQLite database",
                "corrupt",
                "malformed",
                "not a database",
                "not a quotes database",
            )
        ), (name, line)
        assert file_state(path) == before, name
        assert sorted(p.name for p in bad_dir.iterdir()) == sorted(paths), name


def test_database_from_a_newer_quotes_is_refused_and_left_untouched(
    tmp_path: Path, nlp: Language
) -> None:
    """A database that a later version migrated (a migration this code does not define)
    was written to the old way, exit 0: rows without the newer columns' values, under
    invariants the newer code keeps and this one does not know."""
    db = tmp_path / "q.db"
    assert extract(write_corpus(tmp_path / "a", 1), "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) "
        "values ('quotes', 'm999_from_a_later_version', '2099-01-01')"
    )
    conn.commit()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    before = file_state(db)
    result = extract(write_corpus(tmp_path / "b", 1, start=1), "--db", db)
    assert result.exit_code == 1, result.output
    line = one_error_line(result.stderr)
    assert line.startswith(f"Error: {db}: written by a newer version of quotes"), line
    assert "m999_from_a_later_version" in line
    assert file_state(db) == before


def retype_ids(db: Path) -> None:
    """Rebuild ``speakers`` with ``id TEXT`` (a tool that "fixed" the schema), rows kept."""
    conn = sqlite3.connect(db)
    cols = [(r[1], r[2]) for r in conn.execute("pragma table_info(speakers)")]
    defs = ", ".join(f"[{n}] {'TEXT primary key' if n == 'id' else t}" for n, t in cols)
    conn.executescript(
        "pragma foreign_keys=off; pragma legacy_alter_table=on;"
        "alter table speakers rename to speakers_old;"
        f"create table speakers ({defs});"
        "insert into speakers select * from speakers_old; drop table speakers_old;"
        "pragma wal_checkpoint(truncate);"
    )
    conn.close()


def test_database_with_retyped_contract_columns_is_refused_in_one_line(
    tmp_path: Path, nlp: Language
) -> None:
    """Our tables and migrations, but ``speakers.id`` declared TEXT: extract stored one
    batch, then failed in the speaker index on "UNIQUE constraint failed:
    refresh_ids.id" at every run; ``quotes speakers`` and ``export --speaker`` died with
    tracebacks on ids read back as text. Each now refuses in one line, file untouched."""
    db = tmp_path / "q.db"
    assert extract(write_corpus(tmp_path / "a", 3), "--db", db).exit_code == 0
    retype_ids(db)
    before = file_state(db)
    expected = f"Error: {db}: column speakers.id is TEXT, expected INTEGER"

    result = extract(write_corpus(tmp_path / "b", 1, start=3), "--db", db)
    assert result.exit_code == 1, result.output
    assert one_error_line(result.stderr).startswith(expected)
    assert "refusing to modify it" in result.stderr
    for args in (["speakers"], ["export", "--speaker", SPEAKERS[0]]):
        result = CliRunner().invoke(cli, [*args, "--db", str(db)])
        assert result.exit_code == 1, (args, result.output)
        assert not isinstance(result.exception, (TypeError, ValueError)), args
        assert one_error_line(result.stderr).startswith(expected), args
    with pytest.raises(DatabaseError, match="column speakers.id is TEXT"):
        publish.make_datasette(db)
    assert file_state(db) == before


# --------------------------------------------------------------------------- migrations

OLD_TABLES = ("outlets", "articles", "quotes")


def as_dicts(db: Path, table: str) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(f"select * from [{table}] order by id")]
    finally:
        conn.close()


def test_old_schema_database_is_migrated_in_place_with_data_kept(
    tmp_path: Path, nlp: Language
) -> None:
    db_path = tmp_path / "old.db"
    db = sqlite_utils.Database(db_path)
    store.migrations.apply(db, stop_before="m002_article_text_length")
    assert "text_length" not in db["articles"].columns_dict
    # Rows as the first schema version wrote them; the text has a NUL and accents,
    # which SQLite's length() would count differently from Python.
    text = 'Harbour talks\n\n"We are ready \u00e0 Gen\u00e8ve," said Ada Voss.\x00\n'
    start = text.index("We are")
    end = text.index(',"') + 1
    cue = text.index("said")
    who = text.index("Ada Voss")
    article = Article(
        source="old.txt",
        text=text,
        title="Harbour talks",
        outlet="Old Wire",
        published="2023-05-01",
    )
    quote = Quote(
        type="direct",
        content=Span(start, end, text[start:end]),
        cue=Span(cue, cue + 4, "said"),
        speaker_mention=Span(who, who + 8, "Ada Voss"),
        speaker="Ada Voss",
        speaker_kind="person",
        confidence=0.9,
    )
    outlet_id = store.outlet_id_for("Old Wire")
    speaker_id = store.speaker_id_for("Ada Voss")
    db["outlets"].insert({"id": outlet_id, "name": "Old Wire", "domain": None})
    db["articles"].insert(
        {
            "id": article.id,
            "source": article.source,
            "outlet_id": outlet_id,
            "title": article.title,
            "url": None,
            "published": article.published,
            "author": None,
            "text": text,
            "content_hash": article.content_hash,
            "quote_count": 1,
        }
    )
    db["speakers"].insert(
        {
            "id": speaker_id,
            "name": "Ada Voss",
            "kind": "person",
            "role": None,
            "quote_count": 1,
            "article_count": 1,
            "outlet_count": 1,
            "first_quoted": "2023-05-01",
            "last_quoted": "2023-05-01",
        }
    )
    row = store.quote_row(store.quote_id_for(article, quote), article, quote, speaker_id)
    db["quotes"].insert({k: v for k, v in row.items() if k in db["quotes"].columns_dict})
    db["speaker_aliases"].insert({"speaker_id": speaker_id, "alias": "Ada Voss", "count": 1})
    db.close()
    old = {table: as_dicts(db_path, table) for table in OLD_TABLES}

    new = write_corpus(tmp_path / "new", 1)  # article 0000: Ada Voss again
    result = extract(new, "--db", db_path)

    assert result.exit_code == 0, result.output
    applied = [name for (name,) in query(db_path, "select name from _sqlite_migrations")]
    assert applied[:2] == ["m001_initial", "m002_article_text_length"]
    assert store.migrations.pending(sqlite_utils.Database(db_path)) == []
    for table in OLD_TABLES:  # every old value kept, new columns added
        now = {row["id"]: row for row in as_dicts(db_path, table)}
        for row in old[table]:
            # statement_id is derived: every run groups the quotes into statements.
            row = {k: v for k, v in row.items() if k != "statement_id"}
            assert {k: now[row["id"]][k] for k in row} == row, table
    assert query(db_path, "select text_length from articles where id = ?", (article.id,)) == [
        (len(text),)
    ]
    (old_quote,) = old["quotes"]
    hits = query(db_path, "select rowid from quotes_fts where quotes_fts match 'geneve'")
    assert hits == [(old_quote["id"],)]
    assert query(
        db_path, "select quote_count, article_count from speakers where id = ?", (speaker_id,)
    ) == [(2, 2)]
    assert query(db_path, "pragma integrity_check") == [("ok",)]
    assert query(
        db_path,
        "select count(*) from articles where text_length != length(text) "
        "and instr(text, char(0)) = 0",
    ) == [(0,)]


# --------------------------------------------------------------------------- crashes


@Language.component("test_faults_crash_on_boom")
def crash_on_boom(doc: Doc) -> Doc:
    """A component with a bug that shows on one article."""
    if "BOOM" in doc.text:
        raise ZeroDivisionError("division by zero in a test component")
    return doc


class BatchCrash:
    """A component whose ``pipe`` fails the whole batch, as trainable components do."""

    def __call__(self, doc: Doc) -> Doc:
        return crash_on_boom(doc)

    def pipe(self, docs: Any, batch_size: int = 128) -> Iterator[Doc]:
        batch = list(docs)
        if any("BOOM" in doc.text for doc in batch):
            raise RuntimeError("a batch-level failure in a test component")
        yield from batch


@Language.factory("test_faults_batch_crash")
def make_batch_crash(nlp: Language, name: str) -> BatchCrash:
    return BatchCrash()


@pytest.fixture(params=["test_faults_crash_on_boom", "test_faults_batch_crash"])
def crashing_nlp(request: pytest.FixtureRequest) -> Iterator[Language]:
    """A pipeline with a faulty component (per document, or per batch) before ours."""
    loaded = LOAD()
    loaded.add_pipe(request.param, before="quotes_extractor")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "load", lambda model=None, **_: loaded)
        yield loaded


@pytest.mark.parametrize("processes", ["1", "2"])
def test_component_crash_fails_one_article_only(
    tmp_path: Path, crashing_nlp: Language, processes: str
) -> None:
    """The article a component fails on is reported; the others of its batch are kept."""
    corpus = write_corpus(tmp_path / "corpus", 24)
    boom = corpus / "0007.txt"
    boom.write_text('BOOM\n\n"It broke," said Ada Voss.\n', encoding="utf-8")
    db = tmp_path / "q.db"

    result = extract(corpus, "--db", db, "--batch-size", "5", "--processes", processes)

    assert result.exit_code == 1, result.output
    line = one_error_line(result.stderr)
    assert line.startswith(f"Error: {boom}: could not process: ")
    assert "ZeroDivisionError: division by zero in a test component" in line
    assert f"1 input(s) failed: {boom}" in result.stderr
    assert "24 articles read, 23 stored" in result.stdout
    assert_consistent(db, 23)
    assert crashing_nlp.default_error_handler.__name__ == "raise_error"  # restored

    boom.write_text('"It works now," said Ada Voss.\n', encoding="utf-8")
    fixed = extract(corpus, "--db", db, "--batch-size", "5")
    assert fixed.exit_code == 0, fixed.output
    assert "24 articles read, 1 stored, 23 skipped" in fixed.stdout


@Language.component("test_faults_worker_dies")
def worker_dies(doc: Doc) -> Doc:
    """Kills the worker process it runs in on one article (as the OOM killer would)."""
    import multiprocessing

    if "DIE" in doc.text and multiprocessing.parent_process() is not None:
        os.kill(os.getpid(), signal.SIGKILL)
    return doc


def test_a_worker_killed_mid_run_loses_no_article(tmp_path: Path) -> None:
    """With --processes 2, a batch whose worker died is parsed again in the main process
    and new workers take the rest: every article is stored, in one run."""
    loaded = LOAD()
    loaded.add_pipe("test_faults_worker_dies", before="quotes_extractor")
    corpus = write_corpus(tmp_path / "corpus", 40)
    (corpus / "0009.txt").write_text('DIE\n\n"It held," said Ada Voss.\n', encoding="utf-8")
    db = tmp_path / "q.db"
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "load", lambda model=None, **_: loaded)
        result = extract(corpus, "--db", db, "--batch-size", "5", "--processes", "2")

    assert result.exit_code == 0, result.output
    assert "40 articles read, 40 stored" in result.stdout
    assert_consistent(db, 40)


def test_library_run_leaves_a_callers_pipeline_as_it_was(tmp_path: Path, nlp: Language) -> None:
    from quotes.run import run_extract

    handler = nlp.default_error_handler
    summary = run_extract([write_corpus(tmp_path / "c", 2)], tmp_path / "q.db", nlp=nlp)
    assert (summary.stored, summary.failed) == (2, 0)
    assert nlp.default_error_handler is handler


def _close_stderr() -> None:
    os.close(2)


@pytest.mark.parametrize(
    "stderr",
    [
        "closed",
        pytest.param(
            "full", marks=pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
        ),
    ],
)
def test_a_standard_error_that_cannot_be_written_loses_no_article(
    tmp_path: Path, stderr: str
) -> None:
    """With stderr closed (``2>&-``) or on a full disk (``2>/dev/full``), the first problem
    reported raised and the run stopped with nothing stored; now the report is lost, the
    articles are not, and the exit code still says an input failed."""
    good = tmp_path / "good.txt"
    good.write_text('"It held," said Ada Voss.\n', encoding="utf-8")
    db = tmp_path / "q.db"
    args = [sys.executable, "-m", "quotes", "extract", str(tmp_path / "missing.txt"), str(good)]
    with open(os.devnull if stderr == "closed" else "/dev/full", "w") as err:
        proc = subprocess.run(
            [*args, "--db", str(db)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            preexec_fn=_close_stderr if stderr == "closed" else None,
            timeout=300,
        )
    assert proc.returncode == 1
    conn = sqlite3.connect(db)
    sources = [row[0] for row in conn.execute("select source from articles")]
    conn.close()
    assert sources == [str(good)]


class _NoSecondWorker(ProcessPoolExecutor):
    """A pool whose second fork fails, as under a process limit (``ulimit -u``)."""

    def _spawn_process(self) -> None:
        if self._processes:
            raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
        super()._spawn_process()


def test_a_worker_that_cannot_be_forked_loses_no_article(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With --processes 2 and no second process to be had, the failed fork escaped as a
    traceback and the run stopped; now this process parses everything, and the worker
    that was forked is not left behind waiting for work."""
    import multiprocessing

    from quotes import run as run_module

    monkeypatch.setattr(run_module, "ProcessPoolExecutor", _NoSecondWorker)
    corpus = write_corpus(tmp_path / "corpus", 40)
    db = tmp_path / "q.db"
    summary = run_module.run_extract([corpus], db, nlp=nlp, n_process=2, batch_size=5)
    assert (summary.stored, summary.failed) == (40, 0)
    assert_consistent(db, 40)
    assert not multiprocessing.active_children()


class _OnlyTheFirstPool(ProcessPoolExecutor):
    """Pools after the first cannot fork a worker: under a process limit (``ulimit -u``),
    the slot a dead worker freed can be taken by the time a new pool starts."""

    pools = 0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        type(self).pools += 1
        self.number = type(self).pools

    def _spawn_process(self) -> None:
        if self.number > 1:
            raise BlockingIOError(errno.EAGAIN, "Resource temporarily unavailable")
        super()._spawn_process()


def test_a_worker_dies_and_no_new_pool_can_start_loses_no_article(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker killed mid-run, then no process to start the new pool with: the failed
    fork in the restart escaped as a traceback and the run stopped. Now the batches the
    dead pool lost and all the rest are parsed in this process, each article once."""
    import multiprocessing

    from quotes import run as run_module

    loaded = LOAD()
    loaded.add_pipe("test_faults_worker_dies", before="quotes_extractor")
    monkeypatch.setattr(run_module, "ProcessPoolExecutor", _OnlyTheFirstPool)
    monkeypatch.setattr(_OnlyTheFirstPool, "pools", 0)
    corpus = write_corpus(tmp_path / "corpus", 40)
    (corpus / "0009.txt").write_text('DIE\n\n"It held," said Ada Voss.\n', encoding="utf-8")
    db = tmp_path / "q.db"
    summary = run_module.run_extract([corpus], db, nlp=loaded, n_process=2, batch_size=5)
    assert (summary.stored, summary.failed) == (40, 0)
    assert _OnlyTheFirstPool.pools >= 2  # the restart was tried, and could not fork
    assert_consistent(db, 40)
    assert not multiprocessing.active_children()
