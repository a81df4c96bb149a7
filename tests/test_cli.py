"""End-to-end: the CLI on real files into a real SQLite database."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from support import HARBOUR

from quotes import pipeline
from quotes.cli import cli
from quotes.models import DEFAULT_MIN_CONFIDENCE

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "eval" / "seeds"
SAMPLES = ROOT / "quotes" / "samples"

needs_seeds = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/eval/seeds absent")


def run(*args: str) -> object:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result


def table_dump(db: Path) -> dict[str, str]:
    """A hash of every row of every table: equal dumps mean byte-for-byte equal content."""
    conn = sqlite3.connect(db)
    out = {}
    for (name,) in conn.execute("select name from sqlite_master where type='table' order by name"):
        h = hashlib.sha256()
        for row in conn.execute(f"select * from [{name}] order by 1"):
            h.update(repr(row).encode())
        out[name] = h.hexdigest()
    conn.close()
    return out


def check_spans(db: Path) -> int:
    """Every stored span indexes the stored article text exactly; returns the quote count."""
    conn = sqlite3.connect(db)
    texts = dict(conn.execute("select id, text from articles"))
    rows = conn.execute(
        "select article_id, content, content_start, content_end, cue, cue_start, cue_end, "
        "speaker_mention, speaker_start, speaker_end from quotes"
    ).fetchall()
    for aid, content, cs, ce, cue, us, ue, mention, ms, me in rows:
        text = texts[aid]
        assert text[cs:ce] == content
        if cue is not None:
            assert text[us:ue] == cue
        if mention is not None:
            assert text[ms:me] == mention
    conn.close()
    return len(rows)


@needs_seeds
def test_extract_seeds_stores_articles_and_true_spans(tmp_path: Path) -> None:
    db = tmp_path / "seeds.db"
    result = run("extract", str(SEEDS / "text"), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "5 articles read, 5 stored" in result.output
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 5
    assert check_spans(db) > 20


def test_rerun_changes_nothing_and_edit_replaces_one_article(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES / "articles", corpus)
    db = tmp_path / "q.db"
    assert run("extract", str(corpus), "--db", str(db), "--silent").exit_code == 0
    before = table_dump(db)
    again = run("extract", str(corpus), "--db", str(db))
    assert again.exit_code == 0
    assert "0 stored" in again.output and "skipped" in again.output
    assert table_dump(db) == before

    conn = sqlite3.connect(db)
    counts = dict(
        conn.execute(
            "select articles.source, count(quotes.id) from articles "
            "left join quotes on quotes.article_id = articles.id group by articles.source"
        )
    )
    other_ids = set(
        r[0]
        for r in conn.execute(
            "select quotes.id from quotes join articles on articles.id = quotes.article_id "
            "where articles.source not like '%port-closure%'"
        )
    )
    conn.close()
    target = next(corpus.glob("*port-closure*.txt"))
    target.write_text(
        target.read_text(encoding="utf-8")
        + '\n\n"We will publish the full survey next week," Maria Okafor said.\n',
        encoding="utf-8",
    )
    result = run("extract", str(corpus), "--db", str(db))
    assert "1 stored" in result.output
    conn = sqlite3.connect(db)
    after_ids = set(
        r[0]
        for r in conn.execute(
            "select quotes.id from quotes join articles on articles.id = quotes.article_id "
            "where articles.source not like '%port-closure%'"
        )
    )
    assert after_ids == other_ids  # other articles untouched
    n = conn.execute(
        "select count(*) from quotes join articles on articles.id = quotes.article_id "
        "where articles.source = ?",
        [str(target)],
    ).fetchone()[0]
    assert n == counts[str(target)] + 1
    assert conn.execute(
        "select count(*) from quotes where content = ?",
        ["We will publish the full survey next week,"],
    ).fetchone()[0] == 1
    conn.close()
    check_spans(db)


def test_a_new_extractor_re_extracts_unchanged_articles(tmp_path: Path) -> None:
    """After an upgrade of quotes or of the model the next run parses every article
    again (the stored quotes are the old extractor's); with the same one it skips."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES / "articles", corpus)
    db = tmp_path / "q.db"
    assert run("extract", str(corpus), "--db", str(db), "--silent").exit_code == 0
    conn = sqlite3.connect(db)
    (n,) = conn.execute("select count(*) from articles").fetchone()
    (current,) = {r[0] for r in conn.execute("select extractor from articles")}
    assert current == pipeline.extractor_fingerprint()
    before = {k: v for k, v in table_dump(db).items() if not k.startswith("quotes_fts")}
    with conn:  # one article as an older version of quotes stored it
        ids = [r[0] for r in conn.execute("select id from articles order by id limit 2")]
        conn.execute("update articles set extractor = 'older' where id = ?", [ids[0]])
        conn.execute("update articles set extractor = null where id = ?", [ids[1]])  # pre-m012
    conn.close()
    result = run("extract", str(corpus), "--db", str(db))
    assert result.exit_code == 0, result.output
    assert f"{n} articles read, 2 stored" in result.output, result.output
    after = {k: v for k, v in table_dump(db).items() if not k.startswith("quotes_fts")}
    assert after == before  # extractor restored, and the same quotes again
    again = run("extract", str(corpus), "--db", str(db))
    assert f"{n} articles read, 0 stored, {n} skipped" in again.output, again.output


def test_extractor_fingerprint_follows_the_model(tmp_path: Path) -> None:
    """The fingerprint names the model by its meta (name and version): two versions of a
    model differ, a loaded pipeline and its package name agree."""
    metas = []
    for version in ("1.0.0", "1.0.1"):
        folder = tmp_path / version
        folder.mkdir()
        (folder / "meta.json").write_text(
            json.dumps({"lang": "en", "name": "core_test", "version": version}), encoding="utf-8"
        )
        metas.append(pipeline.extractor_fingerprint(str(folder)))
    assert metas[0] != metas[1]
    assert len(metas[0]) == 16
    name = pipeline.choose_model(None)
    assert pipeline.extractor_fingerprint(name) == pipeline.extractor_fingerprint(None)


def test_min_confidence_sets_what_a_run_stores(tmp_path: Path) -> None:
    """``extract`` stores the reported speech at or above ``--min-confidence`` (default
    DEFAULT_MIN_CONFIDENCE; 0 keeps every item), and a run with another cut re-extracts
    the unchanged articles instead of skipping them with the other cut's items."""
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLES / "articles", corpus)
    (corpus / "harbour.txt").write_text(HARBOUR, encoding="utf-8")  # a naming under the cut
    db = tmp_path / "q.db"

    def stored() -> list[float]:  # (the cut is for reported speech: quotations stay)
        conn = sqlite3.connect(db)
        values = [r[0] for r in conn.execute("select confidence from quotes where type = 'indirect'")]
        conn.close()
        return values

    assert run("extract", str(corpus), "--db", str(db), "--silent").exit_code == 0
    default = stored()
    assert min(default) >= DEFAULT_MIN_CONFIDENCE
    result = run("extract", str(corpus), "--db", str(db), "--min-confidence", "0")
    assert result.exit_code == 0, result.output
    assert "0 skipped" in result.output, result.output  # the cut is part of the extractor
    everything = stored()
    assert min(everything) < DEFAULT_MIN_CONFIDENCE
    assert sorted(q for q in everything if q >= DEFAULT_MIN_CONFIDENCE) == sorted(default)
    assert pipeline.extractor_fingerprint(min_confidence=0) != pipeline.extractor_fingerprint()
    check_spans(db)


def test_samples_with_metadata_give_outlets_and_titles(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    result = run(
        "extract",
        str(SAMPLES / "articles"),
        "--metadata",
        str(SAMPLES / "metadata.csv"),
        "--db",
        str(db),
    )
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    outlets = {r[0] for r in conn.execute("select name from outlets")}
    assert "Meridian Wire" in outlets and len(outlets) >= 4
    missing = conn.execute(
        "select count(*) from articles where outlet_id is null or title is null"
    ).fetchone()[0]
    assert missing == 0
    conn.close()


def test_outlet_option_wins(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    article = tmp_path / "a.txt"
    article.write_text(
        'Harbour talks stall\n\n"We are not moving," said union leader Ada Voss.\n',
        encoding="utf-8",
    )
    result = run("extract", str(article), "--db", str(db), "--outlet", "Test Times")
    assert result.exit_code == 0, result.output
    conn = sqlite3.connect(db)
    row = conn.execute(
        "select outlet, speaker, content from quotes_view"
    ).fetchone()
    assert row == ("Test Times", "Ada Voss", "We are not moving,")


def test_bad_inputs_reported_run_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "q.db"
    good = tmp_path / "good.txt"
    good.write_text('"It works," said Ada Voss.\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["extract", str(tmp_path / "missing.txt"), str(empty), str(good), "--db", str(db)]
    )
    assert result.exit_code == 1
    assert "missing.txt" in result.output and "empty.txt" in result.output
    assert "1 stored" in result.output
    assert "Traceback" not in result.output


def test_not_a_database_is_never_overwritten(tmp_path: Path) -> None:
    fake = tmp_path / "notes.db"
    fake.write_text("my precious notes\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text('"It works," said Ada Voss.\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["extract", str(good), "--db", str(fake)])
    assert result.exit_code != 0
    assert "not an SQLite database" in result.output
    assert fake.read_text(encoding="utf-8") == "my precious notes\n"


@pytest.mark.parametrize("option", ["--metadata", "--db"])
def test_an_error_naming_a_file_with_a_newline_stays_on_one_line(
    tmp_path: Path, option: str
) -> None:
    """A newline in a --metadata or --db name split the Error line in two."""
    good = tmp_path / "good.txt"
    good.write_text('"It works," said Ada Voss.\n', encoding="utf-8")
    odd = tmp_path / "my\nnotes.db"
    if option == "--db":
        odd.write_text("my precious notes\n", encoding="utf-8")
    args = ["extract", str(good), option, str(odd)]
    if option == "--metadata":
        args += ["--db", str(tmp_path / "q.db")]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code in (1, 2)
    errors = [line for line in result.output.splitlines() if line.strip()]
    assert len(errors) == 1 and "my\\nnotes.db" in errors[0], result.output


def test_python_dash_m_runs_the_same_cli() -> None:
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-m", "quotes", "--help"], capture_output=True, text=True, check=True
    )
    for command in ("extract", "serve", "export", "evaluate"):
        assert command in out.stdout


def test_readme_documents_every_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name in cli.commands:
        assert f"quotes {name}" in readme, f"README does not document `quotes {name}`"


@needs_seeds
def test_evaluate_command_scores_the_seeds() -> None:
    import json

    result = run("evaluate", str(SEEDS), "--json")
    assert result.exit_code == 0, result.output
    reports = json.loads(result.output)
    lenient = reports["0.5"]
    assert lenient["recall_by_type"]["direct"] >= 0.9
    assert 0 < lenient["precision"] <= 1
    text = run("evaluate", str(SEEDS), "--errors", "--min-confidence", "0.5").output
    assert "precision" in text and "recall" in text


def test_evaluate_scores_what_extract_stores(tmp_path: Path) -> None:
    """``evaluate`` has ``extract``'s confidence cut: by default an item under it is not
    scored (a gold item only it would match is missed), with ``--min-confidence 0`` it is."""
    (tmp_path / "text").mkdir()
    with open(tmp_path / "text" / "h.txt", "w", encoding="utf-8", newline="") as f:
        f.write(HARBOUR)
    rows = []
    for part in ("the harbour works would be delayed until spring", "the Pier Lot"):
        start = HARBOUR.index(part)
        rows.append(
            {"doc": "h", "type": "indirect", "speaker": "X", "speaker_kind": "organization",
             "content": part, "start": start, "end": start + len(part), "optional": False}
        )
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    recall = {}
    for cut in (None, "0"):
        args = ["evaluate", str(gold), "--json"] + (["--min-confidence", cut] if cut else [])
        result = run(*args)
        assert result.exit_code == 0, result.output
        recall[cut] = json.loads(result.output)["0.5"]["recall_by_type"]["indirect"]
    assert recall == {None: 0.5, "0": 1.0}


def test_two_processes_store_the_same_rows_as_one(tmp_path: Path) -> None:
    """`--processes 2` stores exactly what one process stores (tests/test_pipeline.py
    checks that the quotes themselves survive the trip between processes)."""
    rows = []
    for n in ("1", "2"):
        db = tmp_path / f"p{n}.db"
        result = run(
            "extract", str(SAMPLES / "articles"), "--db", str(db), "--silent", "--processes", n
        )
        assert result.exit_code == 0, result.output
        conn = sqlite3.connect(db)
        rows.append(
            conn.execute(
                "select id, type, content, speaker_id, cue, channel from quotes order by id"
            ).fetchall()
        )
        conn.close()
    assert rows[0] and rows[0] == rows[1]


@pytest.mark.parametrize("processes", ["1000000", str(10**30)])
def test_absurd_process_count_is_refused_before_any_fork(
    tmp_path: Path, processes: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pool forks all its workers at once: `--processes 1000000` forked until the machine
    ran out of memory or processes, for a single article. (The run itself is stubbed out,
    so that this test cannot fork anything should the check go.)"""
    import quotes.run

    def no_run(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"the run started with n_process={kwargs.get('n_process')}")

    monkeypatch.setattr(quotes.run, "run_extract", no_run)
    src = tmp_path / "a.txt"
    src.write_text('"We are ready," said Ada Voss.\n', encoding="utf-8")
    result = run("extract", str(src), "--db", str(tmp_path / "q.db"), "--processes", processes)
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and f"--processes {processes}: at most" in result.output
    assert not (tmp_path / "q.db").exists()


def test_byline_author_speaks_a_columns_first_person(tmp_path: Path) -> None:
    """A JSONL article's ``author`` reaches the resolver: the column's "I" is its author."""
    import json

    text = (
        "The harbour board voted on Tuesday to close the northern pier.\n\n"
        "I argued last spring that the pier could be saved for a fraction of the cost."
    )
    src = tmp_path / "columns.jsonl"
    src.write_text(
        json.dumps({"id": "col-1", "text": text, "author": "By GRETA HOLM", "outlet": "Eastgate Times"})
        + "\n",
        encoding="utf-8",
    )
    db = tmp_path / "q.db"
    for processes in ("1", "2"):
        result = run("extract", str(src), "--db", str(db), "--processes", processes)
        assert result.exit_code == 0, result.output
        conn = sqlite3.connect(db)
        rows = conn.execute("select speaker, content from quotes_view").fetchall()
        conn.close()
        assert any(s == "Greta Holm" and "fraction of the cost" in c for s, c in rows), rows
        db.unlink()


def test_mend_rebuilds_a_damaged_search_index(tmp_path: Path, quotes_db: Path) -> None:
    """`quotes mend` (bad66): overwritten FTS5 blocks passed every check of the file and
    failed every search; the command rebuilds the index from the stored quotes and
    changes nothing else."""
    db = tmp_path / "q.db"
    shutil.copy(quotes_db, db)
    conn = sqlite3.connect(db)
    conn.execute("update quotes_fts_data set block = x'0badc0de' where id > 10")
    conn.commit()
    with pytest.raises(sqlite3.DatabaseError, match="malformed"):
        conn.execute("select count(*) from quotes_fts where quotes_fts match 'said OR ceasefire'").fetchall()
    before = conn.execute("select * from quotes order by id").fetchall()
    conn.close()
    result = CliRunner().invoke(cli, ["mend", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"{db}: full-text index rebuilt from {len(before)} quote(s)" in result.output
    conn = sqlite3.connect(db)
    assert conn.execute("select * from quotes order by id").fetchall() == before
    found = conn.execute("select rowid from quotes_fts where quotes_fts match 'ceasefire'").fetchall()
    assert {r[0] for r in found} == {
        r[0] for r in conn.execute("select id from quotes where content like '%ceasefire%'")
    }
    conn.close()


@pytest.mark.parametrize(
    ("make", "code", "problem"),
    [
        (lambda p: None, 2, "database does not exist"),
        (lambda p: __import__("os").mkfifo(p), 2, "not a regular file"),
        (lambda p: p.write_bytes(b""), 2, "is empty"),
        (lambda p: p.write_bytes(b"not sqlite at all\n" * 10), 1, "not an SQLite database"),
        (
            lambda p: sqlite3.connect(p).executescript("create table notes(x); insert into notes values (1);"),
            1,
            "not a quotes database",
        ),
    ],
)
def test_mend_refuses_what_it_cannot_mend(tmp_path: Path, make: Any, code: int, problem: str) -> None:
    db = tmp_path / "q.db"
    make(db)
    result = CliRunner().invoke(cli, ["mend", "--db", str(db)], catch_exceptions=False)
    assert result.exit_code == code
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("Error: ") and problem in lines[0], result.output
