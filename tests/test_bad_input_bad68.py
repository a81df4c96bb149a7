"""bad68's battery of bad inputs and damaged databases: one line each, nothing lost.

Each test runs the CLI (click's CliRunner, in-process) on real files and SQLite
databases written to ``tmp_path``: the exit code of README's table, one ``Error:`` line
naming the file, no traceback, and what was stored before still there. Texts are invented.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language
from support import one_error

from quotes.cli import cli


@pytest.fixture(scope="module")
def nlp(cli_nlp: Language) -> Language:
    """One loaded pipeline for every in-process extract of this module (see conftest)."""
    return cli_nlp


def stored(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(source for (source,) in conn.execute("select source from articles"))
    finally:
        conn.close()


def run(*args: str | Path) -> Result:
    """``quotes ARGS`` in-process; an exception escaping the CLI fails the test."""
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def copy_db(source: Path, target: Path) -> Path:
    """A private copy of a database (the session fixture is shared, read-only)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(source, target)
    return target


def overwrite_root_page(db: Path, table: str) -> None:
    """Overwrite the first page of ``table`` with garbage: a bad disk, a copy cut short."""
    conn = sqlite3.connect(db)
    root = conn.execute("select rootpage from sqlite_master where name = ?", [table]).fetchone()[0]
    size = conn.execute("pragma page_size").fetchone()[0]
    conn.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * size : root * size] = b"\x5a" * size
    db.write_bytes(bytes(data))


# --------------------------------------------------------------------------- damage


@pytest.mark.parametrize("table", ["quotes", "articles"])
def test_speakers_refuses_a_database_whose_quotes_or_articles_are_damaged(
    quotes_db: Path, tmp_path: Path, table: str
) -> None:
    """`quotes speakers` read only the speakers table, so a damaged quotes or articles
    table went unseen: the list printed, exit 0, while export and extract refused the
    same file. It is exit 1 with one line now, in text and JSON form alike."""
    db = copy_db(quotes_db, tmp_path / "quotes.db")
    overwrite_root_page(db, table)
    before = db.read_bytes()
    for extra in ([], ["--json"]):
        result = run("speakers", "--db", db, *extra)
        one_error(result, 1, str(db), "malformed")
        assert result.stdout == ""
    assert db.read_bytes() == before


def test_speakers_on_an_intact_copy_still_lists(quotes_db: Path, tmp_path: Path) -> None:
    """Control: the same copy undamaged lists its speakers, exit 0."""
    db = copy_db(quotes_db, tmp_path / "quotes.db")
    result = run("speakers", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    assert "Jens Stoltenberg" in result.stdout


# --------------------------------------------------------------------------- dropped view


def test_a_dropped_quotes_view_is_put_back_by_the_next_writer(
    quotes_db: Path, tmp_path: Path
) -> None:
    """`serve` refuses a file without ``quotes_view`` and says to run `quotes extract`;
    that run (and `quotes mend`, which opens the file the same way) stored everything,
    exit 0, and left the view missing. The view holds no data: a writer puts it back."""
    from quotes.publish import check_quotes_database
    from quotes.store import Store

    db = copy_db(quotes_db, tmp_path / "quotes.db")
    conn = sqlite3.connect(db)
    rows = conn.execute("select count(*) from quotes").fetchone()[0]
    conn.execute("drop view quotes_view")
    conn.commit()
    conn.close()
    with pytest.raises(Exception, match="missing quotes_view"):
        check_quotes_database(db)
    result = run("mend", "--db", db)
    assert result.exit_code == 0, result.output
    check_quotes_database(db)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from quotes_view").fetchone()[0] == rows
    conn.close()
    with Store(db):  # and again: nothing to do, nothing fails
        pass


def test_a_table_named_quotes_view_is_someones_data_and_kept(
    quotes_db: Path, tmp_path: Path
) -> None:
    """Control: another object under the view's name is not replaced."""
    db = copy_db(quotes_db, tmp_path / "quotes.db")
    conn = sqlite3.connect(db)
    conn.execute("drop view quotes_view")
    conn.execute("create table quotes_view (note text)")
    conn.execute("insert into quotes_view values ('mine')")
    conn.commit()
    conn.close()
    assert run("mend", "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    assert conn.execute("select note from quotes_view").fetchall() == [("mine",)]
    conn.close()


# --------------------------------------------------------------------------- JSONL


def record(rid: str, text: str) -> str:
    import json

    return json.dumps({"id": rid, "text": text})


def test_jsonl_with_lines_ending_in_a_lone_cr_reads_every_record(
    tmp_path: Path, nlp: Language
) -> None:
    """A corpus saved with classic Mac line ends was one line to the reader: the first
    record's "Extra data" failed them all. Each CR now ends a line, numbered as such."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        "\r".join(
            [
                record("cr-1", '"The ferry is late," said Ines Walder.'),
                "",
                record("cr-2", '"The bridge is shut," said Ola Brekke.'),
                '{"id": "cr-3", "text": 5}',
            ]
        ).encode()
        + b"\r"
    )
    db = tmp_path / "q.db"
    result = run("extract", feed, "--db", db, "--silent")
    one_error(result, 1, f"{feed}:4: ", "not a string")
    assert stored(db) == ["cr-1", "cr-2"]


def test_jsonl_with_crlf_line_ends_is_read_as_before(tmp_path: Path, nlp: Language) -> None:
    """Control: CRLF lines and a lone LF keep their records and numbers."""
    feed = tmp_path / "feed.jsonl"
    feed.write_bytes(
        (
            record("lf-1", '"The ferry is late," said Ines Walder.')
            + "\r\n"
            + '{"id": "lf-2", "text": 5}\r\n'
            + record("lf-3", '"The bridge is shut," said Ola Brekke.')
            + "\n"
        ).encode()
    )
    db = tmp_path / "q.db"
    result = run("extract", feed, "--db", db, "--silent")
    one_error(result, 1, f"{feed}:2: ")
    assert stored(db) == ["lf-1", "lf-3"]


# --------------------------------------------------------------------------- WAL leftovers


def leave_wal(db: Path, *statements: str) -> sqlite3.Connection:
    """Run ``statements`` on ``db`` in WAL mode and leave them in its ``-wal`` file, as a
    process killed before its checkpoint does (the connection is never closed)."""
    conn = sqlite3.connect(db)
    conn.execute("pragma journal_mode = wal")
    conn.execute("pragma wal_autocheckpoint = 0")
    for sql in statements:
        conn.execute(sql)
    conn.commit()
    # Copy the files while this connection still holds them: closing would fold them in.
    return conn


@pytest.mark.parametrize("command", [["mend"], ["speakers", "--speakers", "OVERRIDES"]])
def test_a_refused_database_keeps_its_bytes_with_another_files_wal_beside_it(
    quotes_db: Path, tmp_path: Path, command: list[str]
) -> None:
    """A ``-wal`` from another database beside ours (files copied or restored apart) makes
    SQLite read that database. Every command refused it, "refusing to modify it", and
    the writers then folded the stray log in as they closed: the quotes database was
    overwritten by the other one. The refusal now leaves both files as they were, and
    removing the stray ``-wal`` gives the quotes back."""
    db = copy_db(quotes_db, tmp_path / "quotes.db")
    other = tmp_path / "other" / "notes.db"
    other.parent.mkdir()
    conn = leave_wal(other, "create table notes (body text)", "insert into notes values ('x')")
    shutil.copy(other.with_name("notes.db-wal"), db.with_name("quotes.db-wal"))
    conn.close()
    overrides = tmp_path / "overrides.yml"
    overrides.write_text("split:\n  - Nobody\n")
    before = db.read_bytes()
    args = [str(overrides) if a == "OVERRIDES" else a for a in command]
    one_error(run(*args, "--db", db), 1, str(db), "not a quotes database")
    assert db.read_bytes() == before
    db.with_name("quotes.db-wal").unlink()
    assert run("speakers", "--db", db).exit_code == 0


def test_a_databases_own_wal_left_by_a_killed_run_is_still_folded_in(
    quotes_db: Path, tmp_path: Path
) -> None:
    """Control: a ``-wal`` the database's own writer left (a run killed before its
    checkpoint) holds committed rows; the next writer reads them and keeps them."""
    db = copy_db(quotes_db, tmp_path / "quotes.db")
    conn = leave_wal(
        db,
        "update articles set title = 'Kept from the log' "
        "where rowid = (select min(rowid) from articles)",
    )
    copy = copy_db(db, tmp_path / "copy" / "quotes.db")
    shutil.copy(db.with_name("quotes.db-wal"), copy.with_name("quotes.db-wal"))
    conn.close()
    assert copy.with_name("quotes.db-wal").stat().st_size > 0
    assert run("mend", "--db", copy).exit_code == 0
    check = sqlite3.connect(copy)
    assert check.execute("select title from articles order by rowid limit 1").fetchone() == (
        "Kept from the log",
    )
    check.close()


# --------------------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_a_byte_order_mark_is_read_with_a_warning(
    tmp_path: Path, nlp: Language, codec: str
) -> None:
    """UTF-32 with its BOM was read; without one it was "binary file (contains NUL
    bytes)", the run's only failure. It is read now, with the guess named."""
    text = "\u201cThe night trains will run again,\u201d said Petra Lindqvist.\n"
    story = tmp_path / "story.txt"
    story.write_bytes(text.encode(codec))
    db = tmp_path / "q.db"
    result = run("extract", story, "--db", db, "--silent")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning: ")]
    assert warnings == [f"Warning: {story}: not UTF-8: read as {codec.upper()} (no byte order mark)"]
    conn = sqlite3.connect(db)
    assert conn.execute("select text from articles").fetchall() == [(text,)]
    assert conn.execute("select speaker_mention from quotes").fetchall() == [("Petra Lindqvist",)]
    conn.close()


@pytest.mark.parametrize(
    "content",
    [
        b"\x00" * 4096,  # a sparse or zeroed file
        bytes(range(256)) * 16,  # binary data a multiple of four bytes long
        "Hi.".encode("utf-32-le"),  # too short to tell: no spaces to read by
    ],
)
def test_nul_filled_data_that_is_no_utf32_text_stays_binary(
    tmp_path: Path, nlp: Language, content: bytes
) -> None:
    """Controls: NULs, binary data and a text too short to tell stay refused."""
    blob = tmp_path / "blob.txt"
    blob.write_bytes(content)
    result = run("extract", blob, "--db", tmp_path / "q.db", "--silent")
    one_error(result, 1, str(blob), "binary file")


# --------------------------------------------------------------------------- dropped tables


@pytest.mark.parametrize("table", ["quotes", "articles", "speakers"])
@pytest.mark.parametrize(
    "command", [["speakers"], ["export"], ["mend"], ["serve", "--port", "0"]]
)
def test_a_quotes_database_missing_a_table_is_named_as_such(
    quotes_db: Path, tmp_path: Path, table: str, command: list[str]
) -> None:
    """A quotes database whose table another program renamed or dropped was "not a
    quotes database; run `quotes extract` first" to the readers, and that run failed
    on "no such table" (`mend`: "SQL logic error"; `serve` started and answered 500s).
    Every command now names the missing table and leaves the file as it is."""
    db = copy_db(quotes_db, tmp_path / "quotes.db")
    conn = sqlite3.connect(db)
    conn.execute("pragma foreign_keys = off")
    conn.execute(f"alter table {table} rename to {table}_old")
    conn.commit()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    before = db.read_bytes()
    one_error(run(*command, "--db", db), 1, str(db), f"without its {table} table")
    assert db.read_bytes() == before


def test_a_foreign_database_with_a_migrations_table_of_its_own_is_one_line(
    tmp_path: Path,
) -> None:
    """Control for the check: another program's ``_sqlite_migrations`` (other columns)
    is no quotes database and no traceback."""
    db = tmp_path / "other.db"
    conn = sqlite3.connect(db)
    conn.execute("create table _sqlite_migrations (step text)")
    conn.execute("create table quotes (body text)")
    conn.commit()
    conn.close()
    for command in (["speakers"], ["export"], ["mend"], ["serve", "--port", "0"]):
        one_error(run(*command, "--db", db), 1, str(db))
