"""Bad arguments to the commands around ``extract``: one line on stderr, never a traceback.

``quotes speakers``, ``export``, ``serve`` and ``evaluate`` given a corrupt or foreign
database, an output path in a missing directory, a port out of range, or a malformed
gold file: each must say what is wrong in one ``Error:`` line naming the file, exit
non-zero, and leave the database as it was. Real files in ``tmp_path``, click's
CliRunner with exceptions not caught (a traceback fails the test).
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from support import one_error

from quotes.cli import cli


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def corrupt_db(tmp_path: Path) -> Path:
    path = tmp_path / "corrupt.db"
    path.write_bytes(bytes(range(256)) * 40)
    return path


@pytest.fixture
def foreign_db(tmp_path: Path) -> Path:
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("create table users (id integer primary key, name text)")
    conn.execute("insert into users values (1, 'x')")
    conn.commit()
    conn.close()
    return path


# --------------------------------------------------------------------------- speakers


def test_speakers_on_a_corrupt_or_foreign_database(corrupt_db: Path, foreign_db: Path) -> None:
    for db in (corrupt_db, foreign_db):
        before = digest(db)
        one_error(run("speakers", "--db", db), 1, str(db))
        assert digest(db) == before


@pytest.mark.parametrize(
    "command", [["speakers"], ["export"], ["export", "--statements"], ["serve", "--port", "0"]]
)
def test_readers_name_another_programs_tables_instead_of_sending_to_extract(
    foreign_db: Path, tmp_path: Path, command: list[str]
) -> None:
    """Another program's database was "not a quotes database; run `quotes extract`
    first", and `quotes extract` then refused it as another program's. An empty file
    still gets the hint."""
    before = digest(foreign_db)
    line = one_error(run(*command, "--db", foreign_db), 1, str(foreign_db), "(has tables users)")
    assert "quotes extract" not in line
    assert digest(foreign_db) == before
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    # README's exit codes: a --db that is empty is a usage error (2), as a directory is.
    one_error(run(*command, "--db", empty), 2, str(empty), "run `quotes extract` first")


@pytest.mark.parametrize("command", ["extract", "speakers", "export", "serve", "mend"])
@pytest.mark.parametrize("kind", ["device", "full", "fifo"])
def test_a_device_or_fifo_as_database_is_named_as_such(
    tmp_path: Path, command: str, kind: str
) -> None:
    """``--db /dev/null`` was "database does not exist" to the readers (it exists) and
    "cannot use database: disk I/O error" to extract; a FIFO could block the open. Both
    are refused in one line saying what the file is, before anything opens it."""
    if kind in ("device", "full"):
        db = Path("/dev/null" if kind == "device" else "/dev/full")
    else:
        db = tmp_path / "pipe.db"
        os.mkfifo(db)
    args: list[str | Path] = [command, "--db", db]
    if command == "extract":
        article = tmp_path / "a.txt"
        article.write_text('"We are ready," said Ada Voss.\n')
        args.append(article)
    if command == "serve":
        args += ["--port", "0"]
    # README's exit codes: a --db that is no regular file (/dev/null) is a usage error (2),
    # as a directory is (it was 1, the directory 2: bad67).
    line = one_error(run(*args), 2, str(db), "not a regular file")
    assert "does not exist" not in line and "I/O" not in line


def test_speakers_still_lists_a_quotes_database(quotes_db: Path) -> None:
    result = run("speakers", "--db", quotes_db, "--json")
    assert result.exit_code == 0, result.output
    assert "Jens Stoltenberg" in {row["name"] for row in json.loads(result.stdout)}


# --------------------------------------------------------------------------- export


def test_export_to_a_missing_directory(quotes_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "dir" / "out.csv"
    one_error(run("export", "--db", quotes_db, "-o", target), 1, str(target), "cannot write")
    assert not target.parent.exists()


@pytest.mark.parametrize("suffix", ["-wal", "-shm", "-journal"])
def test_export_over_the_databases_own_journal_is_refused(
    quotes_db: Path, tmp_path: Path, suffix: str
) -> None:
    """``-o q.db-wal`` wrote the CSV where SQLite keeps committed transactions not yet
    copied into q.db: a later open drops them as a bad log. Refused as the database is."""
    db = tmp_path / "q.db"
    db.write_bytes(quotes_db.read_bytes())
    target = tmp_path / f"q.db{suffix}"
    one_error(run("export", "--db", db, "-o", target), 2, str(target), "is the database's")
    assert not target.exists()


# --------------------------------------------------------------------------- serve


@pytest.mark.parametrize("port", ["99999", "-1"])
def test_serve_port_out_of_range_is_a_usage_error(quotes_db: Path, port: str) -> None:
    result = run("serve", "--db", quotes_db, "--port", port)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert "--port" in result.stderr


# --------------------------------------------------------------------------- evaluate


GOOD_ITEM = {"doc": "a", "type": "direct", "start": 1, "end": 8, "content": "We won,"}


@pytest.mark.parametrize(
    ("lines", "problem"),
    [
        (["{bad json"], ":1: malformed JSON"),
        ([json.dumps(GOOD_ITEM), "[1, 2]"], ":2: not a JSON object"),
        (['{"id": 1}'], ":1: missing field(s) doc, type, start, end, content"),
        ([json.dumps({**GOOD_ITEM, "start": "1"})], ':1: "start" and "end" must be integers'),
        ([json.dumps({**GOOD_ITEM, "doc": None})], ':1: "doc" and "type" must be'),
        ([json.dumps({**GOOD_ITEM, "start": 9, "end": 2})], ":1: bad offsets 9..2"),
        (["", "  "], ": no gold items (empty file)"),
        # A traceback (RecursionError), and a bare "Exceeds the limit (4300 digits)...".
        (["[" * 100_000 + "]" * 100_000], ":1: malformed JSON: nested too deeply"),
        (['{"doc": "a", "start": 1' + "0" * 5000 + "}"], ":1: malformed JSON: number too long"),
        # Were tracebacks while scoring (a list or a number compared as a name).
        ([json.dumps({**GOOD_ITEM, "speaker": ["Ada", "Voss"]})], ':1: "speaker" must be a'),
        ([json.dumps({**GOOD_ITEM, "speaker_kind": 7})], ':1: "speaker_kind" must be a'),
        # Were scored without a word: a type of its own in the report, "no" read as
        # optional, and a text read from outside the gold set's text/ folder.
        ([json.dumps({**GOOD_ITEM, "type": "quotation"})], ':1: "type" must be direct, mixed or'),
        # bad60: a kind outside the three was read without a word and scored by the wrong rule
        ([json.dumps({**GOOD_ITEM, "speaker_kind": "alien"})], ':1: "speaker_kind" must be person,'),
        ([json.dumps({**GOOD_ITEM, "speaker_kind": "Person"})], ":1: \"speaker_kind\" must be person, organization or unnamed, not 'Person'"),
        ([json.dumps({**GOOD_ITEM, "optional": "no"})], ':1: "optional" must be true or false'),
        ([json.dumps({**GOOD_ITEM, "doc": "../a"})], ':1: "doc" must be a file stem'),
        ([json.dumps({**GOOD_ITEM, "doc": "/tmp/a"})], ':1: "doc" must be a file stem'),
    ],
)
def test_evaluate_malformed_seeds_gold(tmp_path: Path, lines: list[str], problem: str) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text('"We won," said Ada Voss.\n', encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(lines) + "\n", encoding="utf-8")
    one_error(run("evaluate", gold), 2, f"{gold}{problem}")


def test_evaluate_gold_naming_a_missing_text(tmp_path: Path) -> None:
    """Was '[Errno 2] No such file or directory: ...' when the gold's folder was in it."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n" + json.dumps(GOOD_ITEM) + "\n", encoding="utf-8")
    text = tmp_path / "text" / "a.txt"
    one_error(run("evaluate", gold), 2, f"{gold}:2: its text {text} does not exist")
    one_error(run("evaluate", tmp_path), 2, f"{gold}:2: its text {text} does not exist")


def test_evaluate_gold_text_that_is_a_folder_says_so(tmp_path: Path) -> None:
    """Was "its text .../a.txt does not exist" for a folder named a.txt."""
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOOD_ITEM) + "\n", encoding="utf-8")
    text = tmp_path / "text" / "a.txt"
    text.mkdir(parents=True)
    one_error(run("evaluate", gold), 2, f"{gold}:1: its text {text} is not a regular file")


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\xff", (json.dumps(GOOD_ITEM) + "\n").encode("utf-16")],
)
def test_evaluate_gold_jsonl_not_utf8_is_named(tmp_path: Path, content: bytes) -> None:
    """Was "seeds: 'utf-8' codec can't decode byte ...": the gold file was not named."""
    gold = tmp_path / "gold.jsonl"
    gold.write_bytes(content)
    one_error(run("evaluate", tmp_path), 2, f"{gold}: not UTF-8 text (byte 0)")


def test_evaluate_brat_folder_without_ann_files(tmp_path: Path) -> None:
    split = tmp_path / "split"
    (split / "attributions").mkdir(parents=True)
    (split / "text").mkdir()
    (split / "text" / "a.txt").write_text("Some words.\n", encoding="utf-8")
    one_error(run("evaluate", split), 2, f"{split}: no .ann files")


def test_evaluate_brat_ann_without_its_text(tmp_path: Path) -> None:
    split = tmp_path / "split"
    (split / "attributions").mkdir(parents=True)
    (split / "text").mkdir()
    ann = split / "attributions" / "story_annotator1.ann"
    ann.write_text("T1\tSource 0 4\tSome\n", encoding="utf-8")
    one_error(run("evaluate", split), 2, str(ann), "story.txt does not exist")


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_evaluate_limit_below_one_is_a_usage_error(tmp_path: Path, limit: str) -> None:
    """`--limit -1` sliced the last document off the gold set and scored the rest."""
    one_error(run("evaluate", tmp_path, "--limit", limit), 2, "--limit", limit)


def test_evaluate_seeds_gold_saved_with_a_bom_is_read(tmp_path: Path) -> None:
    """A gold.jsonl saved by an editor with a BOM failed on line 1 as malformed JSON."""
    from quotes.evaluate import load_gold

    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text('"We won," said Ada Voss.\n', encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\ufeff" + json.dumps(GOOD_ITEM) + "\n", encoding="utf-8")
    (doc,) = load_gold(gold)
    assert doc.doc == "a"


def _brat_split(tmp_path: Path, ann: str | bytes) -> tuple[Path, Path]:
    split = tmp_path / "split"
    (split / "attributions").mkdir(parents=True)
    (split / "text").mkdir()
    (split / "text" / "a.txt").write_text('"We won," said Ada Voss.\n', encoding="utf-8")
    path = split / "attributions" / "a_annotator1.ann"
    path.write_bytes(ann.encode() if isinstance(ann, str) else ann)
    return split, path


@pytest.mark.parametrize(
    ("ann", "problem"),
    [
        # Was "split: invalid literal for int() with base 10: 'abc'": no file, no line.
        ("T1\tContent 1 7\tWe won\nT2\tSource abc def\tAda\n", ":2: bad span offsets 'abc def'"),
        ("T1\tContent 1\tWe won\n", ":1: bad span offsets '1'"),
        # Was accepted silently: the annotations do not belong to this text.
        ("T1\tContent 100 900\tWe won\n", ":1: span 100:900 outside the text (25 characters)"),
        ("T1\tContent 1 7\tWe won\nE1\tAttribution:T1 Content:T9\n", ":2: event argument"),
        # Was "split: 'utf-8' codec can't decode byte 0xff ...": the file was not named.
        (b"T1\tContent 1 7\tWe \xff won\n", ": not UTF-8 text (byte 18)"),
        # Was an IndexError traceback: an event line with nothing after its id.
        ("T1\tContent 1 7\tWe won\nE1\t\n", ":2: event line without a trigger"),
        # Were skipped without a word (taken for a span text running on): the document was
        # scored against fewer gold items.
        ("T1 Content 1 7 We won\n", ":1: annotation line 'T1 Content 1 7 We won' has no tab"),
        ("T1\tContent 1 7\tWe won\nE1 Attribution:T1 Content:T1\n", ":2: annotation line"),
        ("T1\n", ":1: annotation line 'T1' has no tab"),
    ],
)
def test_evaluate_brat_ann_problems_name_the_file_and_line(
    tmp_path: Path, ann: str | bytes, problem: str
) -> None:
    split, path = _brat_split(tmp_path, ann)
    one_error(run("evaluate", split), 2, f"{path}{problem}")


def test_evaluate_seeds_text_not_utf8_names_the_text_file(tmp_path: Path) -> None:
    """Was "seeds: 'utf-8' codec can't decode byte 0x89 ...", naming only the folder."""
    seeds = tmp_path / "seeds"
    (seeds / "text").mkdir(parents=True)
    (seeds / "text" / "a.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff")
    (seeds / "gold.jsonl").write_text(json.dumps(GOOD_ITEM) + "\n", encoding="utf-8")
    one_error(run("evaluate", seeds), 2, f"{seeds / 'text' / 'a.txt'}: not UTF-8 text (byte 0)")


def test_evaluate_brat_ann_that_is_a_device_is_refused(tmp_path: Path) -> None:
    """A .ann symlinked to /dev/zero was read forever (memory grew until killed)."""
    split, path = _brat_split(tmp_path, "")
    path.unlink()
    path.symlink_to("/dev/zero")
    one_error(run("evaluate", split), 2, f"{path}: not a regular file")


def test_evaluate_min_confidence_nan_is_a_usage_error(tmp_path: Path) -> None:
    """FloatRange(0, 1) let NaN through: every item failed `>= nan`, nothing was scored."""
    one_error(run("evaluate", tmp_path, "--min-confidence", "nan"), 2, "--min-confidence", "nan")


def test_evaluate_errors_listing_escapes_terminal_controls(tmp_path: Path) -> None:
    """A gold text with terminal escapes (clear screen, set title) was printed raw by
    --errors; the snippet shows them escaped."""
    text = 'The \x1b[2Jboard met. "We are \x1b]0;x\x07ready," said Ada Voss.\n'
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text(text, encoding="utf-8", newline="")
    item = {"doc": "a", "type": "direct", "start": 4, "end": 21, "content": text[4:21]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    result = run("evaluate", tmp_path, "--errors")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.output
    assert "\\x1b[2Jboard" in result.output


def test_evaluate_missing_model_fails_as_extract_does(tmp_path: Path) -> None:
    """`evaluate --model NAME` with no such model exited 2 (usage) where `extract` exits 1
    for the same refusal: the one problem, one exit code in every command."""
    text = '"We won," said Ada Voss.\n'
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text(text, encoding="utf-8", newline="")
    item = {"doc": "a", "type": "direct", "start": 1, "end": 8, "content": text[1:8]}
    (tmp_path / "gold.jsonl").write_text(json.dumps(item) + "\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    evaluated = one_error(run("evaluate", tmp_path, "--model", "en_no_such_model"), 1)
    extracted = one_error(
        run("extract", tmp_path / "b.txt", "--db", tmp_path / "q.db", "--model", "en_no_such_model"), 1
    )
    assert "en_no_such_model" in evaluated
    assert evaluated == extracted


def test_extract_into_sqlite_memory_is_a_usage_error(tmp_path: Path) -> None:
    """`--db :memory:` stored every article in a database that vanished at exit, exit 0."""
    (tmp_path / "a.txt").write_text('"We won," said Ada Voss.\n', encoding="utf-8")
    one_error(run("extract", tmp_path / "a.txt", "--db", ":memory:"), 2, ":memory:", "give a file")


@pytest.mark.parametrize("option", ["--dask", "--model", "--outlet"])
@pytest.mark.parametrize("value", ["", "  "])
def test_extract_empty_dask_or_model_is_a_usage_error(
    tmp_path: Path, option: str, value: str
) -> None:
    """`--dask "$SCHEDULER"` with the variable unset ran locally, `--model ""` loaded the
    default model: a run other than the one asked for. Both are usage errors now, before
    anything is read or stored. So is `--outlet`: "" was ignored and "  " stored an
    outlet with a blank name for every article."""
    article = tmp_path / "a.txt"
    article.write_text('"We are ready," said Ada Voss.\n', encoding="utf-8")
    db = tmp_path / "q.db"
    one_error(run("extract", article, "--db", db, option, value), 2, option, "empty value")
    assert not db.exists()


@pytest.mark.parametrize("value", ["", "  "])
def test_serve_empty_host_is_a_usage_error(tmp_path: Path, value: str) -> None:
    """`--host "$HOST"` with the variable unset was "Error: : cannot resolve host",
    exit 1: a line naming nothing."""
    one_error(run("serve", "--db", tmp_path / "q.db", "--host", value), 2, "--host", "empty value")


@pytest.mark.parametrize("command", ["extract", "speakers", "export", "serve"])
def test_empty_db_path_is_named_as_empty(tmp_path: Path, command: str) -> None:
    """`--db ""` (an unset shell variable) is refused as empty, not reported as the
    current directory being no database file."""
    args: list[str | Path] = [command, "--db", ""]
    if command == "extract":
        article = tmp_path / "a.txt"
        article.write_text('"The pier will reopen," said Ines Calloway.', encoding="utf-8")
        args.append(article)
    result = CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1 and "--db" in errors[0] and "empty" in errors[0], result.stderr


@pytest.mark.parametrize(
    ("args", "option"),
    [
        (["export", "-o", ""], "-o"),
        (["export", "--output", " "], "-o"),
        (["extract", "--metadata", ""], "--metadata"),
    ],
)
def test_empty_output_or_sidecar_is_named_as_empty(
    tmp_path: Path, args: list[str], option: str
) -> None:
    """`-o "$OUT"` with the variable unset wrote the export to standard output and
    exited 0, a run other than the one asked for; `--metadata ""` was reported as
    ".: unknown format". Both are usage errors naming the option, before anything is
    read or written."""
    article = tmp_path / "a.txt"
    article.write_text('"The pier will reopen," said Ines Calloway.\n', encoding="utf-8")
    db = tmp_path / "q.db"
    assert run("extract", article, "--db", db, "--silent").exit_code == 0
    before = digest(db)
    extra: list[str | Path] = [article] if args[0] == "extract" else []
    result = run(*args, "--db", db, *extra)
    one_error(result, 2, option, "empty")
    assert "Ines Calloway" not in result.stdout
    assert digest(db) == before


@pytest.mark.parametrize("command", ["extract", "speakers", "export", "serve"])
def test_db_path_ending_in_a_slash_is_a_usage_error(tmp_path: Path, command: str) -> None:
    """`--db new.db/` created and filled the file `new.db` (Path drops the slash): a
    folder was meant, or the name was mistyped. Refused before anything is created."""
    db = tmp_path / "new.db"
    args: list[str | Path] = [command, "--db", f"{db}/"]
    if command == "extract":
        article = tmp_path / "a.txt"
        article.write_text('"The pier will reopen," said Ines Calloway.', encoding="utf-8")
        args.append(article)
    one_error(run(*args), 2, "--db", "names a folder (ends with /)")
    assert not db.exists()


@pytest.mark.parametrize("command", ["extract", "speakers", "export", "serve"])
@pytest.mark.parametrize("kind", ["name too long", "symlink loop", "through a file"])
def test_db_path_no_file_can_have_is_a_usage_error(tmp_path: Path, command: str, kind: str) -> None:
    """`--db` with a name longer than the file system allows, or through a symlink loop:
    the existence check raised ENAMETOOLONG bare and every command printed a traceback;
    through a file, extract exited 1 and the readers 2. One line naming --db, exit 2,
    nothing created."""
    if kind == "name too long":
        db = tmp_path / ("d" * 300 + ".db")
        needle = "File name too long"
    elif kind == "symlink loop":
        (tmp_path / "loop").symlink_to("loop")
        db = tmp_path / "loop" / "q.db"
        needle = "symbolic links"
    else:  # extract said "cannot create directory" (exit 1), the readers exit 2
        (tmp_path / "notes.txt").write_text("keep", encoding="utf-8")
        db = tmp_path / "notes.txt" / "q.db"
        needle = "Not a directory (a part of the path is a file)"
    args: list[str | Path] = [command, "--db", db]
    if command == "extract":
        article = tmp_path / "a.txt"
        article.write_text('"The pier will reopen," said Ines Calloway.', encoding="utf-8")
        args += [article, "--silent"]
    one_error(run(*args), 2, "--db", needle)
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".db")]
    assert kind != "symlink loop" or (tmp_path / "loop").is_symlink()
    assert kind != "through a file" or (tmp_path / "notes.txt").read_text() == "keep"


def test_export_onto_a_symlink_loop_is_refused_and_the_link_kept(
    quotes_db: Path, tmp_path: Path
) -> None:
    """`-o loop.csv` where loop.csv is a link to itself exported "successfully": the
    rename replaced the link by a file, though writing through it fails (ELOOP)."""
    loop = tmp_path / "loop.csv"
    loop.symlink_to(loop.name)
    one_error(run("export", "--db", quotes_db, "-o", loop), 1, str(loop), "symbolic links")
    assert loop.is_symlink() and os.readlink(loop) == loop.name
    assert not list(tmp_path.glob(".loop.csv.*"))


@pytest.mark.parametrize("command", [["extract", "--silent"], ["evaluate"]])
def test_a_file_named_with_a_leading_dash_gets_a_hint(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    """``quotes extract -y.txt`` only said "No such option '-y'": the file was not
    mentioned, nor how to read it."""
    monkeypatch.chdir(tmp_path)
    Path("-y.txt").write_text("Mayor Ada Ruiz said the bridge would reopen.\n")
    result = run(*command, "-y.txt")
    assert result.exit_code == 2
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert errors == [
        "Error: No such option '-y': to read the file -y.txt, write ./-y.txt or put -- before it"
    ]


def test_an_unknown_option_that_is_no_file_keeps_clicks_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("extract", "-z.txt")
    assert result.exit_code == 2
    assert "Error: No such option '-z'." in result.stderr
