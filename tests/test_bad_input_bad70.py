"""bad70's battery of bad inputs: one line each naming the file or option, nothing lost.

Each test runs the CLI (click's CliRunner, in-process) on real files and SQLite databases
written to ``tmp_path``: the exit code of README's table, one ``Error:`` line, no
traceback. Texts are invented.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language
from support import one_error

from quotes.cli import cli

ARTICLE = (
    'Harbour vote delayed\n\n"We will not give up the pier," said Mara Voss, who chairs '
    "the harbour board.\n"
)


@pytest.fixture(scope="module")
def nlp(cli_nlp: Language) -> Language:
    """One loaded pipeline for every in-process extract of this module (see conftest)."""
    return cli_nlp


def run(*args: str | Path) -> Result:
    """``quotes ARGS`` in-process; an exception escaping the CLI fails the test."""
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def seeded(tmp_path: Path) -> Path:
    """A database holding the one invented article."""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(ARTICLE)
    db = tmp_path / "q.db"
    assert run("extract", tmp_path / "in", "--db", db, "--silent").exit_code == 0
    return db


def sources(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return sorted(source for (source,) in conn.execute("select source from articles"))
    finally:
        conn.close()


@pytest.mark.parametrize("name", ["", "   ", "\t"])
def test_export_speaker_empty_is_a_usage_error_as_extract_outlet_is(
    tmp_path: Path, nlp: Language, name: str
) -> None:
    """``--speaker "$NAME"`` with the variable unset was exit 1, "no speaker given" (the
    code of a name that matches nobody) where ``extract --outlet ""`` is a usage error,
    exit 2, naming the option: now the same refusal, the same code."""
    db = seeded(tmp_path)
    one_error(run("export", "--db", db, "--speaker", name), 2, "--speaker", "empty value")
    one_error(run("extract", tmp_path / "in", "--db", db, "--outlet", name), 2, "--outlet")


def test_export_speaker_nobody_has_is_still_exit_1(tmp_path: Path, nlp: Language) -> None:
    """Near miss: a real name that matches no speaker stays a failure, exit 1; its line
    names the option as every refusal names its file or option ("Error: --speaker: no
    speaker 'Ola Nobody'", where it was "Error: no speaker ..."), with or without a
    suggestion."""
    db = seeded(tmp_path)
    line = one_error(run("export", "--db", db, "--speaker", "Ola Nobody"), 1, "Ola Nobody")
    assert line.startswith("Error: --speaker: no speaker 'Ola Nobody'"), line
    line = one_error(run("export", "--db", db, "--speaker", "Mara Vos"), 1, "did you mean")
    assert line.startswith("Error: --speaker: no speaker 'Mara Vos'"), line
    assert run("export", "--db", db, "--speaker", "Mara Voss").exit_code == 0


def sidecar_run(tmp_path: Path, sidecar: str) -> tuple[Result, Path]:
    """Extract the one article with ``m.csv`` holding ``sidecar`` as its metadata."""
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "m.csv").write_text(sidecar, newline="")
    db = tmp_path / "q.db"
    return run("extract", tmp_path / "a.txt", "--db", db, "--metadata", tmp_path / "m.csv"), db


def outlets(db: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "select a.title, o.name from articles a join outlets o on o.id = a.outlet_id"
        ).fetchall()
    finally:
        conn.close()


def test_a_semicolon_separated_sidecar_as_excel_writes_it_is_read(
    tmp_path: Path, nlp: Language
) -> None:
    """Excel's "CSV" where the comma is the decimal mark (a BOM, CRLF, semicolons) was
    refused, exit 2, "no key column", its header read as one column ``file;outlet``."""
    result, db = sidecar_run(tmp_path, "\ufefffile;outlet;title\r\na.txt;Harbour Post;Pier vote\r\n")
    assert result.exit_code == 0, result.output
    assert outlets(db) == [("Pier vote", "Harbour Post")]


def test_a_comma_sidecar_with_semicolons_in_its_cells_stays_comma_separated(
    tmp_path: Path, nlp: Language
) -> None:
    """Near miss: a header with commas is comma-separated, whatever its cells hold."""
    result, db = sidecar_run(tmp_path, "file,outlet,title\na.txt,Harbour Post,Pier; vote\n")
    assert result.exit_code == 0, result.output
    assert outlets(db) == [("Pier; vote", "Harbour Post")]


def test_a_sidecar_with_no_key_column_under_semicolons_is_still_refused(
    tmp_path: Path, nlp: Language
) -> None:
    """Near miss: semicolons do not make a key column: one line, exit 2, nothing stored."""
    result, db = sidecar_run(tmp_path, "outlet;title\nHarbour Post;Pier vote\n")
    one_error(result, 2, "m.csv", "no key column")
    assert not db.exists() or sources(db) == []


def newer(db: Path) -> None:
    """What a later version's migration leaves: its record and a column of its own."""
    conn = sqlite3.connect(db)
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) "
        "values ('quotes', 'm999_from_a_later_version', '2099-01-01')"
    )
    conn.execute("alter table quotes add column later_column text")
    conn.commit()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()


def test_reading_commands_read_a_newer_versions_database_with_a_warning(
    tmp_path: Path, nlp: Language
) -> None:
    """``export`` and ``speakers`` read a database a newer quotes migrated (they write
    nothing; the contract's columns are there), exit 0, as before, but now say so in one
    ``Warning:`` line: what the newer version added is left out. ``mend`` and
    ``speakers --speakers``, which write, still refuse it, exit 1, the file untouched."""
    db = seeded(tmp_path)
    newer(db)
    before = db.read_bytes()
    for args in (["export"], ["speakers"], ["export", "--speaker", "Mara Voss"]):
        result = run(*args, "--db", db)
        assert result.exit_code == 0, result.output
        warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
        assert len(warnings) == 1, result.stderr
        assert warnings[0].startswith(f"Warning: {db}: written by a newer version of quotes")
        assert "m999_from_a_later_version" in warnings[0]
        assert "Mara Voss" in result.stdout
    overrides = tmp_path / "o.yml"
    overrides.write_text("split:\n  - Mara Voss\n")
    one_error(run("mend", "--db", db), 1, "newer version")
    one_error(run("speakers", "--db", db, "--speakers", overrides), 1, "newer version")
    assert db.read_bytes() == before


def test_a_database_of_this_version_reads_without_a_warning(
    tmp_path: Path, nlp: Language
) -> None:
    """Near miss: this version's own database gets no warning."""
    db = seeded(tmp_path)
    for args in (["export"], ["speakers"]):
        result = run(*args, "--db", db)
        assert result.exit_code == 0 and "Warning" not in result.stderr, result.output


def test_serve_says_so_too_before_it_starts(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``serve`` reads the same way: one warning line, then the server (not started here)."""
    from quotes import publish

    db = seeded(tmp_path)
    newer(db)
    started: list[str] = []
    monkeypatch.setattr(publish, "serve", lambda path, **_: started.append(path))
    result = run("serve", "--db", db)
    assert result.exit_code == 0, result.output
    assert result.stderr.startswith(f"Warning: {db}: written by a newer version"), result.stderr
    assert started == [str(db)]


def drop_fts(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("drop table quotes_fts")
    conn.commit()
    conn.close()


def found(db: Path, word: str) -> list[str]:
    """Quotes the full-text index finds for ``word``."""
    conn = sqlite3.connect(db)
    try:
        return [
            content
            for (content,) in conn.execute(
                "select q.content from quotes_fts f join quotes q on q.rowid = f.rowid "
                "where quotes_fts match ? order by q.content",
                [word],
            )
        ]
    finally:
        conn.close()


def test_mend_puts_back_a_dropped_full_text_index(tmp_path: Path, nlp: Language) -> None:
    """The index is derived data, and ``mend`` the command to rebuild it: with
    ``quotes_fts`` dropped it answered "cannot mend the full-text index: no such table:
    quotes_fts", exit 1. It is made again and filled from the stored quotes."""
    db = seeded(tmp_path)
    drop_fts(db)
    result = run("mend", "--db", db)
    assert result.exit_code == 0, result.output
    assert "rebuilt from 1 quote(s)" in result.stderr
    assert found(db, "pier") == ["We will not give up the pier,"]


def test_extract_puts_back_a_dropped_full_text_index_and_stores(
    tmp_path: Path, nlp: Language
) -> None:
    """``extract`` failed every article with "cannot write database: no such table:
    main.quotes_fts" (the index's triggers were still there): now it puts the index back,
    as it puts back a dropped view, and the old and new quotes are found."""
    db = seeded(tmp_path)
    drop_fts(db)
    (tmp_path / "b.txt").write_text('Ferry talks\n\n"The pier stays open," said Bo Lind.\n')
    result = run("extract", tmp_path / "b.txt", "--db", db, "--silent")
    assert result.exit_code == 0, result.output
    assert found(db, "pier") == ["The pier stays open,", "We will not give up the pier,"]


def test_an_intact_full_text_index_is_left_as_it_was(tmp_path: Path, nlp: Language) -> None:
    """Near miss: an index that is there keeps its definition; mend only rebuilds it."""
    db = seeded(tmp_path)
    conn = sqlite3.connect(db)
    (before,) = conn.execute("select sql from sqlite_master where name = 'quotes_fts'").fetchone()
    conn.close()
    assert run("mend", "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    (after,) = conn.execute("select sql from sqlite_master where name = 'quotes_fts'").fetchone()
    conn.close()
    assert after == before and found(db, "pier") == ["We will not give up the pier,"]


def test_jsonl_fields_holding_no_value_are_named_not_dropped_silently(
    tmp_path: Path, nlp: Language
) -> None:
    """An outlet nested as an object, a NaN title, an infinite date, an object as id were
    left out without a word (a corpus whose exporter nested its outlets lost them all):
    each is now a warning naming the file, line and field; the article is stored."""
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text(
        '{"id": "r1", "outlet": {"name": "Harbour Post"}, "text": "\\"We stay,\\" said Ada Ruiz."}\n'
        '{"id": {"n": 2}, "title": NaN, "published": Infinity, "text": "\\"We go,\\" said Bo Lind."}\n'
        '{"id": ["r3"], "url": true, "text": "\\"We wait,\\" said Ede Kalm."}\n'
    )
    db = tmp_path / "q.db"
    result = run("extract", corpus, "--db", db, "--silent")
    assert result.exit_code == 0, result.output
    warnings = [line for line in result.stderr.splitlines() if line.startswith("Warning:")]
    assert warnings == [
        f'Warning: {corpus}:1: "outlet" is an object, no usable value: left empty',
        f'Warning: {corpus}:2: "id" is an object, no usable value: stored under its file and line',
        f'Warning: {corpus}:2: "title" is NaN or an infinity, no usable value: left empty',
        f'Warning: {corpus}:2: "published" is NaN or an infinity, no usable value: left empty',
        f'Warning: {corpus}:3: "id" is an array, no usable value: stored under its file and line',
        f'Warning: {corpus}:3: "url" is a boolean, no usable value: left empty',
    ]
    assert sources(db) == [f"{corpus}:2", f"{corpus}:3", "r1"]


def test_jsonl_fields_left_empty_on_purpose_or_holding_values_get_no_warning(
    tmp_path: Path, nlp: Language
) -> None:
    """Near misses: null and "" are fields left empty on purpose; a number and a list of
    authors are values: no warning."""
    corpus = tmp_path / "feed.jsonl"
    corpus.write_text(
        '{"id": 7, "outlet": null, "title": "", "author": ["Ada Ruiz", "Bo Lind"], '
        '"text": "\\"We stay,\\" said Ede Kalm."}\n'
    )
    db = tmp_path / "q.db"
    result = run("extract", corpus, "--db", db, "--silent")
    assert result.exit_code == 0 and result.stderr == "", result.output
    assert sources(db) == ["7"]


def test_a_sidecar_column_named_twice_is_a_warning_naming_it(
    tmp_path: Path, nlp: Language
) -> None:
    """``file,title,Title``: each row kept the last cell, and the title in the first was
    dropped without a word. Now one warning names the column; the last is used."""
    result, db = sidecar_run(tmp_path, "file,title,Title,outlet\na.txt,Pier vote,Draft,Post\n")
    assert result.exit_code == 0, result.output
    sidecar = tmp_path / "m.csv"
    assert f"Warning: {sidecar}: column(s) named twice: title: the last of each is used" in (
        result.stderr
    )
    assert outlets(db) == [("Draft", "Post")]


def test_a_sidecar_with_distinct_columns_gets_no_such_warning(
    tmp_path: Path, nlp: Language
) -> None:
    """Near miss: every column once (a semicolon file too): no warning."""
    result, db = sidecar_run(tmp_path, "file;title;outlet\na.txt;Pier vote;Post\n")
    assert result.exit_code == 0 and "named twice" not in result.stderr, result.output
    assert outlets(db) == [("Pier vote", "Post")]
