"""Export: every format round-trips to exactly the database rows, found by any alias."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from conftest import BIG_COUNT, BIG_SPEAKER, JENS, JOSE, _article, _Said

from quotes.cli import cli
from quotes.errors import DatabaseError, UsageError
from quotes.export import COLUMNS, export_speaker
from quotes.store import Store, speaker_id_for

EXPECTED_SQL = """
select speakers.name, quotes.type, quotes.content, quotes.cue, quotes.speaker_mention,
       articles.title, outlets.name, articles.published, articles.url, articles.source,
       quotes.id, quotes.confidence, quotes.channel, quotes.speaker_id, quotes.article_id,
       quotes.statement_id
from quotes
  join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
  left join outlets on outlets.id = articles.outlet_id
{where}
"""


def db_rows(db: Path, speaker: str | None) -> list[dict[str, Any]]:
    """The rows an export must hold, straight from SQL (order-free)."""
    conn = sqlite3.connect(db)
    try:
        if speaker is None:
            found = conn.execute(EXPECTED_SQL.format(where=""))
        else:
            found = conn.execute(
                EXPECTED_SQL.format(where="where quotes.speaker_id = ?"),
                [speaker_id_for(speaker)],
            )
        return [dict(zip(COLUMNS, row, strict=True)) for row in found]
    finally:
        conn.close()


def run(db: Path, speaker: str | None, fmt: str) -> tuple[int, str]:
    out = io.StringIO()
    count = export_speaker(db, speaker, fmt, out)
    return count, out.getvalue()


def key(row: dict[str, Any]) -> int:
    return int(row["quote_id"])


def as_csv_text(row: dict[str, Any]) -> dict[str, str]:
    return {k: "" if v is None else str(v) for k, v in row.items()}


@pytest.mark.parametrize("speaker", [None, JENS, JOSE])
def test_csv_round_trip(quotes_db: Path, speaker: str | None) -> None:
    count, text = run(quotes_db, speaker, "csv")
    parsed = list(csv.DictReader(io.StringIO(text)))
    expected = db_rows(quotes_db, speaker)
    assert count == len(parsed) == len(expected)
    assert list(parsed[0]) == list(COLUMNS)
    assert sorted(parsed, key=key) == sorted(map(as_csv_text, expected), key=key)


@pytest.mark.parametrize("speaker", [None, JENS, "NATO"])
def test_json_round_trip(quotes_db: Path, speaker: str | None) -> None:
    count, text = run(quotes_db, speaker, "json")
    parsed = json.loads(text)
    assert isinstance(parsed, list)
    expected = db_rows(quotes_db, speaker)
    assert count == len(parsed) == len(expected)
    assert sorted(parsed, key=key) == sorted(expected, key=key)


@pytest.mark.parametrize("speaker", [None, JENS, "diplomats"])
def test_jsonl_round_trip(quotes_db: Path, speaker: str | None) -> None:
    count, text = run(quotes_db, speaker, "jsonl")
    parsed = [json.loads(line) for line in text.splitlines()]
    expected = db_rows(quotes_db, speaker)
    assert count == len(parsed) == len(expected)
    assert sorted(parsed, key=key) == sorted(expected, key=key)


def test_rows_carry_confidence_channel_and_ids(quotes_db: Path) -> None:
    """A fact-checker needs how sure each item is and the ids back to the speaker, article
    and statement pages; the export had neither (Datasette's CSV had both)."""
    _, text = run(quotes_db, JENS, "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {"confidence", "channel", "speaker_id", "article_id", "statement_id"} <= set(rows[0])
    assert {r["speaker_id"] for r in rows} == {str(speaker_id_for(JENS))}
    conn = sqlite3.connect(quotes_db)
    try:
        stored = dict(conn.execute("select id, confidence from quotes"))
        articles = dict(conn.execute("select id, article_id from quotes"))
    finally:
        conn.close()
    for row in rows:
        qid = int(row["quote_id"])
        assert row["article_id"] == str(articles[qid])
        assert row["confidence"] == ("" if stored[qid] is None else str(stored[qid]))


def test_rows_are_newest_first(quotes_db: Path) -> None:
    _, text = run(quotes_db, None, "jsonl")
    dates = [json.loads(line)["published"] for line in text.splitlines()]
    assert dates == sorted(dates, reverse=True)


def test_markdown_groups_by_article_newest_first(quotes_db: Path) -> None:
    count, text = run(quotes_db, JENS, "markdown")
    assert count == 5
    assert text.startswith(f"# Statements by {JENS}\n")
    headings = re.findall(r"^## (.*)$", text, flags=re.M)
    assert headings == [
        "[Alliance warns Moscow](https://news.example/reuters-2)",
        "[Albares en visite à Paris](https://news.example/lemonde-1)",
        "[Spain calls for ceasefire](https://news.example/bbc-1)",
        "[NATO allies pledge support](https://news.example/reuters-1)",
    ]
    assert text.count("\n- ") == 5
    assert "“We will stand united with Ukraine for as long as it takes.”" in text
    assert "*Reuters · 2024-03-05*" in text
    # Quote marks inside a mixed quote survive; Markdown specials are escaped.
    assert 'the alliance was "ready to defend every inch" of its territory' in text


def test_markdown_all_quotes_counts_every_row(quotes_db: Path) -> None:
    count, text = run(quotes_db, None, "markdown")
    assert count == 12 == text.count("\n- ")
    assert len(re.findall(r"^## ", text, flags=re.M)) == 4
    assert "**unknown speaker**" in text  # the quote without a speaker


@pytest.mark.parametrize(
    "name",
    [
        JENS,
        "jens stoltenberg",
        "JENS   STOLTENBERG",
        "NATO chief",  # an alias that differs from the name
        "nato CHIEF",
    ],
)
def test_alias_lookup(quotes_db: Path, name: str) -> None:
    count, text = run(quotes_db, name, "jsonl")
    assert count == 5
    assert {json.loads(line)["speaker"] for line in text.splitlines()} == {JENS}


@pytest.mark.parametrize(
    "name", ["Jose Manuel Albares", "josé manuel albares", "JOSE MANUEL ALBARES"]
)
def test_lookup_ignores_case_and_diacritics(quotes_db: Path, name: str) -> None:
    count, _ = run(quotes_db, name, "csv")
    assert count == 3


def test_organisation_spellings_are_one_speaker(quotes_db: Path) -> None:
    count_upper, _ = run(quotes_db, "NATO", "csv")
    count_title, _ = run(quotes_db, "the Nato", "csv")
    assert count_upper == count_title == 2


def test_a_unique_surname_is_an_alias(quotes_db: Path) -> None:
    by_surname, _ = run(quotes_db, "Stoltenberg", "csv")
    by_name, _ = run(quotes_db, JENS, "csv")
    assert by_surname == by_name > 0


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [("Jens Stoltenburg", JENS), ("Manuel Albaress", "Manuel Albares")],
)
def test_unknown_speaker_suggests_close_matches(
    quotes_db: Path, name: str, suggestion: str
) -> None:
    out = io.StringIO()
    with pytest.raises(UsageError) as info:
        export_speaker(quotes_db, name, "csv", out)
    message = str(info.value)
    assert "\n" not in message
    assert repr(name) in message
    assert "did you mean" in message
    assert suggestion in message.split("did you mean", 1)[1]
    assert out.getvalue() == ""


def test_speaker_by_id(quotes_db: Path) -> None:
    """The id in a speaker page's URL (/quotes/speakers/<id>) exports that speaker."""
    by_name, by_name_text = run(quotes_db, JENS, "jsonl")
    sid = speaker_id_for(JENS)
    for given in (str(sid), f" {sid} "):
        assert run(quotes_db, given, "jsonl") == (by_name, by_name_text)
    result = CliRunner().invoke(
        cli, ["export", "--db", str(quotes_db), "--speaker", str(sid), "--statements"]
    )
    assert result.exit_code == 0, result.output
    with pytest.raises(UsageError, match="no speaker '12345'"):
        export_speaker(quotes_db, "12345", "csv", io.StringIO())


def _brandts(tmp_path: Path) -> Path:
    """Anna and Peter Brandt, and a "Brandt" of articles that never gave a first name."""
    db = tmp_path / "brandts.db"
    said = [
        ("a.txt", "Anna Brandt", "the clinic would open in May"),
        ("b.txt", "Peter Brandt", "the union would strike on Monday"),
        ("c.txt", "Brandt", "the vote had been rigged"),
    ]
    corpus = [
        _article(
            source,
            "Radio Kestrel",
            "2026-03-0" + str(n),
            f"Story {n}",
            [_Said(name, "said", content, "indirect", name)],
        )
        for n, (source, name, content) in enumerate(said, start=1)
    ]
    with Store(db) as store:
        store.save(corpus)
    return db


@pytest.mark.parametrize("statements", [False, True])
def test_a_surname_others_share_exports_its_own_speaker_and_says_so(
    tmp_path: Path, statements: bool
) -> None:
    """``--speaker Brandt`` exports the speaker filed as plain "Brandt" (the name matches
    exactly), but Anna and Peter Brandt are quoted too: a note on stderr names them, so
    a reporter does not take 1 row for everything a Brandt said. A full name or an id
    gives no note."""
    db = _brandts(tmp_path)
    extra = ["--statements"] if statements else []
    result = CliRunner().invoke(
        cli, ["export", "--db", str(db), "--speaker", "Brandt", "--format", "jsonl", *extra]
    )
    assert result.exit_code == 0, result.output
    assert "Note: 'Brandt' may also mean Anna Brandt, Peter Brandt" in result.stderr
    assert "Note" not in result.stdout
    if not statements:
        assert [json.loads(line)["speaker"] for line in result.stdout.splitlines()] == ["Brandt"]
    for given in ("Anna Brandt", str(speaker_id_for("Brandt"))):
        quiet = CliRunner().invoke(cli, ["export", "--db", str(db), "--speaker", given, *extra])
        assert quiet.exit_code == 0 and "Note" not in quiet.stderr, quiet.stderr


@pytest.mark.parametrize("name", ["Zebediah Quux", "", "   ", "the"])
def test_unknown_speaker_without_match(quotes_db: Path, name: str) -> None:
    with pytest.raises(UsageError, match="no speaker"):
        export_speaker(quotes_db, name, "csv", io.StringIO())


def test_unknown_speaker_long_name_is_echoed_short(quotes_db: Path) -> None:
    """A pasted paragraph as --speaker: the one line does not repeat all of it."""
    with pytest.raises(UsageError, match="no speaker") as info:
        export_speaker(quotes_db, "Ada " * 25_000, "csv", io.StringIO())
    assert len(str(info.value)) < 300


@pytest.mark.parametrize("statements", [False, True])
def test_bom_is_an_opt_in_for_csv(quotes_db: Path, tmp_path: Path, statements: bool) -> None:
    """``--bom`` starts a CSV with the UTF-8 byte-order mark that Excel needs to read
    "José" as UTF-8 (without it, "JosÃ©"); the default stays without one. JSON forbids
    the mark, so another format with --bom is a usage error; an unknown speaker writes
    nothing, not a lone mark."""
    extra = ["--statements"] if statements else []
    speaker = JOSE
    plain, marked = tmp_path / "plain.csv", tmp_path / "excel.csv"
    base = ["export", "--db", str(quotes_db), "--speaker", speaker, *extra]
    assert CliRunner().invoke(cli, [*base, "-o", str(plain)]).exit_code == 0
    result = CliRunner().invoke(cli, [*base, "--bom", "-o", str(marked)])
    assert result.exit_code == 0, result.output
    assert not plain.read_bytes().startswith(b"\xef\xbb\xbf")
    assert marked.read_bytes() == b"\xef\xbb\xbf" + plain.read_bytes()
    with marked.open(encoding="utf-8-sig", newline="") as handle:
        read = list(csv.DictReader(handle))
    # (this database has no statements yet: the statements CSV is its header)
    assert {row["speaker"] for row in read} == (set() if statements else {speaker})
    stdout = CliRunner().invoke(cli, [*base, "--bom"])
    assert stdout.exit_code == 0 and stdout.output.startswith("\ufeffs")
    for fmt in ("json", "jsonl", "markdown"):
        refused = CliRunner().invoke(cli, [*base, "--bom", "--format", fmt])
        assert refused.exit_code == 2 and "CSV only" in refused.output, refused.output
    unknown = CliRunner().invoke(
        cli, ["export", "--db", str(quotes_db), "--speaker", "Zyx Qwv", "--bom", *extra]
    )
    assert unknown.exit_code == 1 and "\ufeff" not in unknown.output
    with pytest.raises(UsageError, match="CSV only"):
        export_speaker(quotes_db, None, "json", io.StringIO(), bom=True)


def test_unknown_format_is_a_usage_error(quotes_db: Path) -> None:
    with pytest.raises(UsageError, match="unknown export format"):
        export_speaker(quotes_db, None, "xml", io.StringIO())


def test_missing_or_foreign_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        export_speaker(tmp_path / "absent.db", None, "csv", io.StringIO())
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.close()
    with pytest.raises(DatabaseError, match="not a quotes database"):
        export_speaker(other, None, "csv", io.StringIO())
    assert not (tmp_path / "absent.db").exists()


def test_empty_export_formats_are_valid(tmp_path: Path) -> None:
    from quotes.store import Store

    path = tmp_path / "quotes.db"
    Store(path).close()
    assert run(path, None, "json") == (0, "[]\n")
    assert run(path, None, "jsonl") == (0, "")
    count, text = run(path, None, "csv")
    assert count == 0 and text.strip() == ",".join(COLUMNS)
    count, text = run(path, None, "markdown")
    assert count == 0 and "No quotes." in text


class CountingWriter(io.StringIO):
    """Records how much was written before the export finished."""

    def __init__(self) -> None:
        super().__init__()
        self.writes = 0

    def write(self, s: str) -> int:
        self.writes += 1
        return super().write(s)


@pytest.mark.parametrize("fmt", ["csv", "json", "jsonl", "markdown"])
def test_big_export_streams_every_row(big_db: Path, fmt: str) -> None:
    out = CountingWriter()
    count = export_speaker(big_db, BIG_SPEAKER, fmt, out)
    assert count == BIG_COUNT
    assert out.writes >= BIG_COUNT  # written row by row, not as one string at the end
    text = out.getvalue()
    if fmt == "csv":
        assert len(list(csv.DictReader(io.StringIO(text)))) == BIG_COUNT
    elif fmt == "json":
        assert len(json.loads(text)) == BIG_COUNT
    elif fmt == "jsonl":
        assert len(text.splitlines()) == BIG_COUNT


def test_big_export_memory_does_not_grow_with_rows(big_db: Path) -> None:
    """Streaming: peak memory stays far below the size of the output."""

    class Sink(io.TextIOBase):
        size = 0

        def write(self, s: str) -> int:
            self.size += len(s)
            return len(s)

    sink = Sink()
    tracemalloc.start()
    try:
        export_speaker(big_db, BIG_SPEAKER, "jsonl", sink)  # type: ignore[arg-type]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sink.size > 200_000
    assert peak < sink.size / 2


def test_output_onto_the_database_is_refused_and_the_database_kept(tmp_path: Path) -> None:
    """`-o` naming the --db file truncated the database before reading it: all lost."""
    from click.testing import CliRunner
    from conftest import small_corpus

    from quotes.cli import cli
    from quotes.store import Store

    db = tmp_path / "q.db"
    with Store(db) as store:
        store.save(small_corpus())
    before = sqlite3.connect(db).execute("select count(*) from quotes").fetchone()[0]
    result = CliRunner().invoke(cli, ["export", "--db", str(db), "-o", str(db)])
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "is the database itself" in result.stderr
    assert sqlite3.connect(db).execute("select count(*) from quotes").fetchone()[0] == before


def test_failed_export_leaves_the_previous_output_file(quotes_db: Path, tmp_path: Path) -> None:
    """An export that fails (unknown speaker) must not truncate an earlier export file."""
    from click.testing import CliRunner

    from quotes.cli import cli

    out = tmp_path / "jens.csv"
    ok = CliRunner().invoke(
        cli, ["export", "--db", str(quotes_db), "--speaker", JENS, "-o", str(out)]
    )
    assert ok.exit_code == 0, ok.output
    kept = out.read_text(encoding="utf-8")
    assert kept.count("\n") > 1
    bad = CliRunner().invoke(
        cli, ["export", "--db", str(quotes_db), "--speaker", "Zyx Qwv", "-o", str(out)]
    )
    assert bad.exit_code == 1 and bad.stderr.startswith("Error: ")
    assert out.read_text(encoding="utf-8") == kept
    assert [p.name for p in tmp_path.iterdir()] == ["jens.csv"]  # no partial file left


def test_export_into_a_closed_pipe_or_full_stdout(quotes_db: Path) -> None:
    """`quotes export | head` ends quietly (141, no report); stdout on a full disk is one
    line that names standard output, not 'None'."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
    cmd = [sys.executable, "-m", "quotes", "export", "--db", str(quotes_db), "--format", "jsonl"]
    piped = subprocess.run(
        ["bash", "-o", "pipefail", "-c", " ".join(cmd) + " | head -c 1 >/dev/null"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert piped.returncode in (0, 141)  # 0 when the whole export fit in the pipe first
    assert piped.stderr == ""
    with open("/dev/full", "w") as full:
        res = subprocess.run(
            cmd, env=env, stdout=full, stderr=subprocess.PIPE, text=True, timeout=120
        )
    assert res.returncode == 1
    assert res.stderr == "Error: standard output: cannot write: No space left on device\n"


def test_interrupted_or_terminated_export_is_one_line_and_keeps_the_old_file(
    quotes_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ctrl-C in ``quotes export -o`` printed click's bare "Aborted!" (no Error line,
    exit 1); SIGTERM killed it without a word. Either is one line now, exit 130 or 143,
    and the previous output file stays as it was."""
    import os
    import signal

    from click.testing import CliRunner

    from quotes import export as export_module
    from quotes.cli import cli

    out = tmp_path / "out.csv"
    out.write_text("previous export\n", encoding="utf-8")

    def interrupted(db: object, speaker: object, fmt: str, stream: Any, **_: Any) -> None:
        stream.write("speaker,content\n")
        raise KeyboardInterrupt

    def terminated(db: object, speaker: object, fmt: str, stream: Any, **_: Any) -> None:
        stream.write("speaker,content\n")
        os.kill(os.getpid(), signal.SIGTERM)

    previous = signal.getsignal(signal.SIGTERM)
    try:
        for fake, code, word in (
            (interrupted, 130, "interrupted"),
            (terminated, 143, "terminated"),
        ):
            monkeypatch.setattr(export_module, "export_speaker", fake)
            result = CliRunner().invoke(cli, ["export", "--db", str(quotes_db), "-o", str(out)])
            assert result.exit_code == code, result.output
            assert result.stderr.splitlines() == [f"Error: {word}; the database is unchanged"]
            assert out.read_text(encoding="utf-8") == "previous export\n"
            assert sorted(p.name for p in tmp_path.iterdir()) == ["out.csv"]
    finally:
        signal.signal(signal.SIGTERM, previous)


def test_export_file_through_symlinks_and_not_over_read_only_files(
    quotes_db: Path, tmp_path: Path
) -> None:
    """``-o`` writes what ``> FILE`` would: through a symlink (renaming the finished
    export over it replaced the link by a file, and a link into a missing folder
    "succeeded"), never over a file the user may not write, never to a file named like
    a folder."""
    import os
    import subprocess
    import sys

    from click.testing import CliRunner
    from test_bad_input import _drop_dac_capabilities  # root honours file modes as a user

    from quotes.cli import cli

    real = tmp_path / "exports" / "real.csv"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    result = CliRunner().invoke(cli, ["export", "--db", str(quotes_db), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8").startswith("speaker,")

    dangling = tmp_path / "dangling.csv"
    dangling.symlink_to("missing/out.csv")
    result = CliRunner().invoke(cli, ["export", "--db", str(quotes_db), "-o", str(dangling)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"Error: {dangling}: cannot write: No such file or directory"
    ]
    assert dangling.is_symlink()

    result = CliRunner().invoke(
        cli, ["export", "--db", str(quotes_db), "-o", f"{tmp_path}/newdir/"]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: {tmp_path}/newdir/: cannot write: names a folder")
    assert not (tmp_path / "newdir").exists()

    locked = tmp_path / "locked.csv"
    locked.write_text("keep me\n", encoding="utf-8")
    locked.chmod(0o444)
    proc = subprocess.run(
        [sys.executable, "-m", "quotes", "export", "--db", str(quotes_db), "-o", str(locked)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=_drop_dac_capabilities,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parent.parent)},
    )
    assert proc.returncode == 1, proc.stderr
    assert proc.stderr.splitlines() == [f"Error: {locked}: cannot write: Permission denied"]
    assert locked.read_text(encoding="utf-8") == "keep me\n"


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Ada \"Ace\" O'Brien", "'Ada \"Ace\" O'Brien'"),
        ("O'Brien", "\"O'Brien\""),
        ("100%_", "'100%_'"),
    ],
)
def test_unknown_speaker_is_echoed_as_typed(quotes_db: Path, name: str, shown: str) -> None:
    """A name holding both quote marks was echoed with a backslash (Python's repr):
    'Ada "Ace" O\\'Brien'. SQL wildcards match nothing: they are no pattern."""
    with pytest.raises(UsageError) as info:
        export_speaker(quotes_db, name, "csv", io.StringIO())
    assert str(info.value).startswith(f"no speaker {shown}")
