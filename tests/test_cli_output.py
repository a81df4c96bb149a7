"""The CLI when standard output cannot take what it prints: a full disk, a closed
descriptor, a reader that went away, a locale that cannot encode the text.

Each runs the real command in a subprocess with its stdout set up that way (no mocks):
the user gets one line on stderr, never a traceback, and what the command stored stays.
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INVENTED = ROOT / "tests" / "data" / "invented"

needs_dev_full = pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")


def quotes(
    *args: str,
    cwd: Path,
    stdout: object = subprocess.PIPE,
    env: dict | None = None,
    close_stdout: bool = False,
) -> subprocess.CompletedProcess[str]:
    """``python -m quotes ARGS`` with the given stdout (a file, a pipe, or closed)."""
    environ = {**os.environ, "PYTHONPATH": str(ROOT), **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "quotes", *args],
        cwd=cwd,
        env=environ,
        stdout=stdout,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        text=True,
        timeout=300,
        preexec_fn=(lambda: os.close(1)) if close_stdout else None,
    )


def one_error(result: subprocess.CompletedProcess[str], *words: str) -> None:
    """Exit 1 and one ``Error:`` line on stderr mentioning ``words``; no traceback."""
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert result.returncode == 1 and len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]


@pytest.fixture
def db_copy(quotes_db: Path, tmp_path: Path) -> Path:
    """A writable copy of the small corpus, with one speaker whose name is not ASCII."""
    path = tmp_path / "q.db"
    shutil.copy(quotes_db, path)
    conn = sqlite3.connect(path)
    conn.execute(
        "update speakers set name = 'Łukasz Żółw' where rowid = (select min(rowid) from speakers)"
    )
    conn.commit()
    conn.close()
    return path


@needs_dev_full
@pytest.mark.parametrize(
    "args",
    [("speakers", "--db", "q.db"), ("export", "--db", "q.db"), ("--help",), ("extract", "--help")],
)
def test_a_full_stdout_is_one_error_line(db_copy: Path, args: tuple[str, ...]) -> None:
    with open("/dev/full", "w") as full:
        result = quotes(*args, cwd=db_copy.parent, stdout=full)
    one_error(result, "standard output", "No space left")


@needs_dev_full
def test_extract_with_a_full_stdout_keeps_what_it_stored(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text('"We are ready," said Ines Calloway.\n')
    with open("/dev/full", "w") as full:
        result = quotes("extract", "a.txt", "--db", "q.db", cwd=tmp_path, stdout=full)
    one_error(result, "standard output")
    conn = sqlite3.connect(tmp_path / "q.db")
    assert conn.execute("select source from articles").fetchall() == [("a.txt",)]
    conn.close()


@needs_dev_full
def test_evaluate_with_a_full_stdout(tmp_path: Path) -> None:
    with open("/dev/full", "w") as full:
        result = quotes("evaluate", str(INVENTED), "--limit", "1", cwd=tmp_path, stdout=full)
    one_error(result, "standard output")


def test_export_with_stdout_closed_says_where_to_write(db_copy: Path) -> None:
    result = quotes("export", "--db", "q.db", cwd=db_copy.parent, close_stdout=True)
    one_error(result, "standard output", "-o FILE")


def test_a_reader_that_went_away_ends_the_command_quietly(db_copy: Path) -> None:
    read, write = os.pipe()
    os.close(read)
    try:
        result = quotes("speakers", "--db", "q.db", "--json", cwd=db_copy.parent, stdout=write)
    finally:
        os.close(write)
    assert result.returncode != 0 and result.stderr == "", result.stderr


def _into_a_closed_pipe(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``quotes ARGS | true``: the reader is gone before the command writes a line."""
    read, write = os.pipe()
    os.close(read)
    try:
        return quotes(*args, cwd=cwd, stdout=write)
    finally:
        os.close(write)


@pytest.mark.parametrize(
    "args",
    [
        ("--version",),
        ("--help",),
        ("extract", "--help"),
        ("speakers", "--db", "q.db"),
        ("speakers", "--db", "q.db", "--json"),
        ("export", "--db", "q.db"),
    ],
)
def test_a_reader_that_went_away_is_141_for_every_command(
    db_copy: Path, args: tuple[str, ...]
) -> None:
    """click.echo flushes each line, so the broken pipe was raised inside the command and
    click made it exit 1 (the code for failed inputs), while a buffered export ended 141."""
    result = _into_a_closed_pipe(*args, cwd=db_copy.parent)
    assert (result.returncode, result.stderr) == (141, "")


def test_extract_whose_summary_meets_a_closed_pipe_stored_everything_and_is_141(
    tmp_path: Path,
) -> None:
    """Exit 1 says some input failed; here every input was stored, only the summary line
    had no reader."""
    (tmp_path / "a.txt").write_text('"We are ready," said Ines Calloway.\n')
    result = _into_a_closed_pipe("extract", "a.txt", "--db", "q.db", cwd=tmp_path)
    assert (result.returncode, result.stderr) == (141, "")
    conn = sqlite3.connect(tmp_path / "q.db")
    assert conn.execute("select source from articles").fetchall() == [("a.txt",)]
    conn.close()


@pytest.mark.parametrize("fmt", ["csv", "json", "markdown"])
def test_export_to_an_ascii_stdout_writes_utf8(db_copy: Path, fmt: str) -> None:
    result = quotes(
        "export",
        "--db",
        "q.db",
        "--format",
        fmt,
        cwd=db_copy.parent,
        stdout=subprocess.PIPE,
        env={"PYTHONIOENCODING": "ascii"},
    )
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "Łukasz Żółw" in result.stdout  # read back as UTF-8 by this process


@pytest.mark.parametrize("encoding", ["latin-1", "ascii"])
@pytest.mark.parametrize("args", [["speakers"], ["speakers", "--json"]])
def test_speakers_on_a_narrow_locale_prints_every_name(
    db_copy: Path, encoding: str, args: list[str]
) -> None:
    """Under a Latin-1 stdout the speaker list stopped at "Łukasz Żółw" with a
    UnicodeEncodeError traceback (click mends only an ASCII stdout). The table shows the
    letters Latin-1 lacks as escapes; --json is data and UTF-8, as export is."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": encoding, "LC_ALL": "C",
           "PYTHONUTF8": "0"}
    result = subprocess.run(
        [sys.executable, "-m", "quotes", *args, "--db", "q.db"], cwd=db_copy.parent, env=env,
        capture_output=True, stdin=subprocess.DEVNULL, timeout=300,
    )
    assert result.returncode == 0 and result.stderr == b"", result.stderr
    if "--json" in args:
        names = {row["name"] for row in json.loads(result.stdout.decode("utf-8"))}
        assert "Łukasz Żółw" in names
    elif encoding == "latin-1":
        assert "\\u0141ukasz \\u017b\xf3\\u0142w".encode("latin-1") in result.stdout


def test_export_to_a_file_name_too_long(db_copy: Path) -> None:
    result = quotes("export", "--db", "q.db", "-o", "x" * 300 + ".csv", cwd=db_copy.parent)
    one_error(result, "cannot write", "too long")


@pytest.mark.skipif(not Path("/dev/stdout").exists(), reason="no /dev/stdout")
def test_export_to_dev_stdout_on_a_pipe_writes_the_rows(db_copy: Path) -> None:
    """``-o /dev/stdout`` with stdout a pipe: the link resolves to ``pipe:[N]``, no path,
    and the export was written beside it ("No such file or directory", exit 1)."""
    result = quotes("export", "--db", "q.db", "-o", "/dev/stdout", "--format", "jsonl",
                    cwd=db_copy.parent)
    assert result.returncode == 0 and result.stderr == "", result.stderr
    assert "Łukasz Żółw" in result.stdout
