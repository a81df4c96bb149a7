"""Dirty inputs through the CLI on real files: one clear line each, the run goes on.

Every test runs ``quotes extract`` on files written to ``tmp_path`` next to a good
article, then checks the exit code (0 all stored, 1 some failed, 2 usage error), that
each bad input got exactly one ``Error:``/``Warning:`` line on stderr naming the file
(and the line, for JSONL), that the good inputs were stored, and that every stored span
indexes the stored text. Most runs are in-process (click's CliRunner) with the spaCy
model loaded once per module; the exit-code and permission tests run the installed
command in a subprocess. All article texts are invented.
"""

from __future__ import annotations

import codecs
import ctypes
import json
import os
import sqlite3
import stat
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from spacy.language import Language
from support import extract

from quotes.cli import cli
from quotes.ingest import DEFAULT_MAX_BYTES

GOOD = '"We are ready," said Ada Voss.\n'
GOOD_CONTENT = "We are ready,"
QUOTES_CMD = Path(sys.executable).with_name("quotes")


# --------------------------------------------------------------------------- helpers


@pytest.fixture(scope="module")
def nlp(cli_nlp: Language) -> Language:
    """One loaded pipeline for every in-process run of this module (see conftest)."""
    return cli_nlp




def write(path: Path, content: str | bytes) -> Path:
    """Write byte-exact (no newline translation)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def lines(stderr: str, prefix: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith(prefix)]


def only_line(stderr: str, prefix: str, where: str) -> str:
    """The one ``prefix`` line about ``where`` (a file, or ``file:LINE``)."""
    found = [line for line in lines(stderr, prefix) if line.startswith(f"{prefix}{where}: ")]
    assert len(found) == 1, (where, stderr)
    return found[0]


def rows(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def stored_sources(db: Path) -> set[str]:
    return {source for (source,) in rows(db, "select source from articles")}


def check_spans(db: Path) -> int:
    """Every stored span is inside its article and indexes it exactly; returns the count."""
    texts = dict(rows(db, "select id, text from articles"))
    lengths = dict(rows(db, "select id, text_length from articles"))
    found = rows(
        db,
        "select article_id, content, content_start, content_end, cue, cue_start, cue_end, "
        "speaker_mention, speaker_start, speaker_end from quotes",
    )
    for article_id, *spans in found:
        text = texts[article_id]
        assert lengths[article_id] == len(text)
        for value, start, end in zip(spans[::3], spans[1::3], spans[2::3], strict=True):
            if value is None:
                continue
            assert 0 <= start <= end <= len(text)
            assert text[start:end] == value
    return len(found)


def assert_clean_failure(result: Result, failed: list[str]) -> None:
    """Exit 1, one error line per failed input, the summary naming them all, no traceback."""
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    errors = lines(result.stderr, "Error: ")
    assert len(errors) == len(failed), result.stderr
    for where in failed:
        only_line(result.stderr, "Error: ", where)
    summary = lines(result.stderr, f"{len(failed)} input(s) failed: ")
    assert len(summary) == 1, result.stderr
    for where in failed[:10]:
        assert where in summary[0]


# --------------------------------------------------------------------------- paths


def test_a_dash_for_standard_input_says_so(tmp_path: Path, nlp: Language) -> None:
    """``quotes extract - < story.txt`` was "-: path does not exist"; a file named "-"
    is still read."""
    good = write(tmp_path / "good.txt", GOOD)
    db = tmp_path / "q.db"
    result = CliRunner().invoke(cli, ["extract", "-", str(good), "--db", str(db)], input=GOOD)
    assert_clean_failure(result, ["-"])
    assert "standard input is not read" in only_line(result.stderr, "Error: ", "-")
    assert stored_sources(db) == {str(good)}
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        write(tmp_path / "-", GOOD)
        assert extract("-", "--db", db).exit_code == 0
    finally:
        os.chdir(cwd)
    assert stored_sources(db) == {str(good), "-"}


def test_missing_path_empty_directory_and_directory_without_inputs(
    tmp_path: Path, nlp: Language
) -> None:
    good = write(tmp_path / "good.txt", GOOD)
    empty_dir = tmp_path / "empty"
    empty_dir.mkdir()
    scans = tmp_path / "scans"
    write(scans / "report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    write(scans / "photo.png", b"\x89PNG\r\n\x1a\n\x00\x00")
    write(scans / ".hidden.txt", GOOD)  # hidden files are not inputs
    db = tmp_path / "q.db"

    result = extract(tmp_path / "missing.txt", empty_dir, scans, good, "--db", db)

    assert_clean_failure(result, [str(tmp_path / "missing.txt"), str(empty_dir), str(scans)])
    assert "path does not exist" in only_line(
        result.stderr, "Error: ", str(tmp_path / "missing.txt")
    )
    assert "no .txt, .html or .jsonl files found" in only_line(result.stderr, "Error: ", str(scans))
    assert "1 articles read, 1 stored" in result.stdout
    assert stored_sources(db) == {str(good)}


def test_empty_whitespace_and_binary_files(tmp_path: Path, nlp: Language) -> None:
    corpus = tmp_path / "corpus"
    archive = corpus / "archive.txt"
    archive.parent.mkdir(parents=True)
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("story.txt", GOOD)
    sqlite_file = corpus / "export.txt"
    conn = sqlite3.connect(sqlite_file)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    expected = {
        "empty.txt": (b"", "empty file"),
        "blank.txt": (" \r\n\t\n\u3000\u00a0".encode(), "whitespace-only file"),
        "blank.html": (b"\n\n  \n", "whitespace-only file"),
        "empty.jsonl": (b"", "empty file"),
        "blank.jsonl": (b"\n  \n\n", "whitespace-only file"),
        "scan.txt": (b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\n", "binary file (PDF)"),
        "photo.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "binary file (PNG)"),
        "page.html": (b"%PDF-1.4\n", "binary file (PDF)"),
        "corpus.jsonl": (b"\x89PNG\r\n\x1a\n\x00", "binary file (PNG)"),
        "nul.txt": (b"some text\x00\x01\x02 more", "binary file (contains NUL bytes)"),
    }
    for name, (content, _) in expected.items():
        write(corpus / name, content)
    expected["archive.txt"] = (b"", "binary file (ZIP)")
    expected["export.txt"] = (b"", "binary file (SQLite)")
    good = write(corpus / "zz-good.txt", GOOD)
    db = tmp_path / "q.db"

    result = extract(corpus, "--db", db)

    assert_clean_failure(result, sorted(str(corpus / name) for name in expected))
    for name, (_, message) in expected.items():
        assert message in only_line(result.stderr, "Error: ", str(corpus / name))
    assert stored_sources(db) == {str(good)}
    assert check_spans(db) == 1


# --------------------------------------------------------------------------- encodings


def test_non_utf8_text_is_detected_and_read_with_a_warning(tmp_path: Path, nlp: Language) -> None:
    text = (
        "Genève talks resume\n\n"
        "\u201cThe café owners in Genève are ready,\u201d said Ada Voss, the négociatrice.\n"
    )
    latin = write(tmp_path / "latin.txt", text.encode("cp1252"))
    db = tmp_path / "q.db"

    result = extract(latin, "--db", db)

    assert result.exit_code == 0, result.output
    warning = only_line(result.stderr, "Warning: ", str(latin))
    assert "not UTF-8: read as cp1252" in warning
    assert lines(result.stderr, "Error: ") == []
    assert rows(db, "select text from articles") == [(text,)]
    assert ("The café owners in Genève are ready,",) in rows(db, "select content from quotes")
    check_spans(db)


def test_bom_utf16_crlf_and_cr_are_read_exactly_with_true_offsets(
    tmp_path: Path, nlp: Language
) -> None:
    body = 'Harbour talks\n\n"We are ready," said Ada Voss.\n\n"Not yet," said Tom Baker.\n'
    variants = {
        "bom.txt": (codecs.BOM_UTF8 + body.encode("utf-8"), body),
        "utf16le.txt": (body.encode("utf-16"), body),  # with its BOM
        "utf16be.txt": (codecs.BOM_UTF16_BE + body.encode("utf-16-be"), body),
        "crlf.txt": (body.replace("\n", "\r\n").encode(), body.replace("\n", "\r\n")),
        "cr.txt": (body.replace("\n", "\r").encode(), body.replace("\n", "\r")),
        "bom-crlf.txt": (
            codecs.BOM_UTF8 + body.replace("\n", "\r\n").encode(),
            body.replace("\n", "\r\n"),
        ),
    }
    for name, (data, _) in variants.items():
        write(tmp_path / "in" / name, data)
    db = tmp_path / "q.db"

    result = extract(tmp_path / "in", "--db", db)

    assert result.exit_code == 0, result.output
    assert result.stderr.strip() == "", result.stderr  # no warning: nothing was guessed
    stored = dict(rows(db, "select source, text from articles"))
    assert stored == {str(tmp_path / "in" / name): text for name, (_, text) in variants.items()}
    for source, text in stored.items():
        found = rows(
            db,
            "select content, content_start, content_end from quotes "
            "join articles on articles.id = quotes.article_id where source = ?",
            (source,),
        )
        contents = {content for content, _, _ in found}
        assert {"We are ready,", "Not yet,"} <= contents, (source, found)
        for content, start, end in found:
            assert text[start:end] == content
    check_spans(db)


# --------------------------------------------------------------------------- sizes, shapes


def test_files_and_jsonl_lines_over_max_bytes(tmp_path: Path, nlp: Language) -> None:
    big = write(tmp_path / "big.txt", GOOD + "x" * 2000)
    corpus = write(
        tmp_path / "corpus.jsonl",
        json.dumps({"id": "small", "text": GOOD})
        + "\n"
        + json.dumps({"id": "huge", "text": "y" * 3000})
        + "\n",
    )
    good = write(tmp_path / "good.txt", GOOD)
    db = tmp_path / "q.db"

    result = extract(big, corpus, good, "--db", db, "--max-bytes", "1000")

    assert_clean_failure(result, [str(big), f"{corpus}:2"])
    assert "over the 1.0 kB limit (--max-bytes)" in only_line(result.stderr, "Error: ", str(big))
    assert "over the 1.0 kB limit" in only_line(result.stderr, "Error: ", f"{corpus}:2")
    assert stored_sources(db) == {"small", str(good)}


def test_default_max_bytes_is_sane() -> None:
    assert 1_000_000 <= DEFAULT_MAX_BYTES <= 100_000_000
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert f"[default: {DEFAULT_MAX_BYTES};" in " ".join(result.output.split())


def test_article_over_the_parser_limit_fails_alone(tmp_path: Path, nlp: Language) -> None:
    """A text the parser refuses (``nlp.max_length``) is one failure, not a crash."""
    long = write(tmp_path / "a-long.txt", (GOOD * 200)[:3000])
    good = write(tmp_path / "b-good.txt", GOOD)
    db = tmp_path / "q.db"
    limit = nlp.max_length
    nlp.max_length = 2000
    try:
        result = extract(long, good, "--db", db)
    finally:
        nlp.max_length = limit

    assert_clean_failure(result, [str(long)])
    message = only_line(result.stderr, "Error: ", str(long))
    assert "text is 3,000 characters, over the parser's limit of 2,000" in message
    assert stored_sources(db) == {str(good)}


def test_jsonl_record_over_the_parser_limit_is_named_by_file_and_line(
    tmp_path: Path, nlp: Language
) -> None:
    """A JSONL record stored under its ``id`` that the parser refuses was reported as
    "Error: big: could not process: ...": the id alone, no file, no line, so the user
    could not find the record among the inputs. It names ``file.jsonl:LINE`` (and the
    id), as every other problem of a record does."""
    feed = write(
        tmp_path / "feed.jsonl",
        json.dumps({"id": "small", "text": GOOD})
        + "\n"
        + json.dumps({"id": "big", "text": (GOOD * 200)[:3000]})
        + "\n",
    )
    db = tmp_path / "q.db"
    limit = nlp.max_length
    nlp.max_length = 2000
    try:
        result = extract(feed, "--db", db)
    finally:
        nlp.max_length = limit

    assert_clean_failure(result, [f"{feed}:2"])
    message = only_line(result.stderr, "Error: ", f"{feed}:2")
    assert "'big'" in message and "over the parser's limit of 2,000" in message
    assert stored_sources(db) == {"small"}


def test_pathological_texts_are_stored_with_true_spans(tmp_path: Path, nlp: Language) -> None:
    words = "the minister said we will go to Paris and he told reporters that NATO would act"
    texts = {
        "long-paragraph.txt": " ".join(words.split()[i % 16] for i in range(2500)),
        "one-token.txt": "x" * 30_000,
        "only-marks.txt": "\"\"\"\u201c\u201d\u201c\u00ab\u00bb\u2018\u2019''``'' \" ' \u201e\u201a\u2039\u203a\n",
        "unbalanced.txt": (
            'He said "we will go.\n\nThen "nothing happened," said Ada Voss.\n\n'
            '"Unclosed at the very end, said Tom Baker'
        ),
        "nested.txt": (
            "\"She told me 'never' and \u201che said \u2039no\u203a\u201d,\" Ada Voss said.\n"
            "\u00ab Ils ont dit \u201cnon\u201d \u00bb, a d\u00e9clar\u00e9 Ada Voss.\n"
        ),
        "stray-closers.txt": "\u201d \u00bb \u2019 said Ada Voss \u201d. \u201d\u201d\u201d\n",
        "zero-width.txt": 'He said "\u200b" and "\ufeff\u00a0" today.\n',
    }
    for name, text in texts.items():
        write(tmp_path / "in" / name, text)
    db = tmp_path / "q.db"

    result = extract(tmp_path / "in", "--db", db)

    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    stored = dict(rows(db, "select source, text from articles"))
    assert stored == {str(tmp_path / "in" / name): text for name, text in texts.items()}
    check_spans(db)


def test_a_name_repeated_thousands_of_times_stays_linear(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every mention of "Ada Voss" was compared with every earlier one (a 1 MB article
    quoting one person on each line took over ten minutes): names are compared once
    per distinct spelling."""
    from quotes import pipeline, resolve

    calls = 0
    fits = resolve.person_fits

    def counted(short: str, full: str) -> bool:
        nonlocal calls
        calls += 1
        return fits(short, full)

    tails = 0
    tail_in = resolve._tail_in

    def counted_tails(name: str, names: set[str]) -> str | None:
        nonlocal tails
        tails += 1
        return tail_in(name, names)

    monkeypatch.setattr("quotes.names.person_fits", counted)
    monkeypatch.setattr("quotes.speakerindex._tail_in", counted_tails)
    n = 600
    doc = nlp(pipeline.make_doc(nlp, ("The council met on Monday. " + GOOD.strip() + " ") * n))
    assert len(doc._.quotes) == n
    assert all(q.speaker == "Ada Voss" for q in doc._.quotes)
    assert calls < 10 * n
    assert tails < n  # not a set of every name built for each mention


def test_quote_marks_in_one_unpunctuated_line_stay_linear(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every quotation looked for a colon lead (`Ann Roe: "..."`) by first scanning back to
    its sentence start, the whole line when nothing ends a sentence: 100,000 escaped
    quote marks (`\\"\\"...`, a JSON dump pasted as text) took minutes. The colon is
    looked for first."""
    from quotes import extract as ex
    from quotes import pipeline

    calls = 0
    start = ex.Extractor._sentence_start

    def counted(self: ex.Extractor, char: int) -> int:
        nonlocal calls
        calls += 1
        return start(self, char)

    monkeypatch.setattr(ex.Extractor, "_sentence_start", counted)
    n = 3000
    nlp(pipeline.make_doc(nlp, '\\"' * n))
    assert calls < n // 10
    doc = nlp(pipeline.make_doc(nlp, 'Ines Calloway: "The pier reopens in May."'))
    assert [q.speaker for q in doc._.quotes] == ["Ines Calloway"]


# --------------------------------------------------------------------------- JSONL


def test_texts_of_only_invisible_characters_are_empty(tmp_path: Path, nlp: Language) -> None:
    """A JSONL "text" of a byte order mark or zero-width spaces alone was stored as an
    article (a BOM-only file was refused as empty): nothing in it shows, nothing can be
    quoted. A text with words among such characters is stored."""
    corpus = write(
        tmp_path / "c.jsonl",
        "".join(
            json.dumps(r) + "\n"
            for r in (
                {"id": "bom", "text": "\ufeff"},
                {"id": "zw", "text": "\u200b\u2060 \u00ad\n"},
                {"id": "ok", "text": "\ufeff" + GOOD},
            )
        ),
    )
    invisible = write(tmp_path / "zw.txt", "\u200b\u200c\u200d\u2060\u00a0\ufeff\n" * 20)
    db = tmp_path / "q.db"

    result = extract(corpus, invisible, "--db", db)

    assert_clean_failure(result, [f"{corpus}:1", f"{corpus}:2", str(invisible)])
    assert "only zero-width or format characters" in only_line(result.stderr, "Error: ", f"{corpus}:1")
    assert "no visible text" in only_line(result.stderr, "Error: ", str(invisible))
    assert stored_sources(db) == {"ok"}


def test_jsonl_bad_lines_are_reported_with_their_line(tmp_path: Path, nlp: Language) -> None:
    good = {"id": "a1", "text": GOOD, "outlet": "Wire"}
    records = [
        json.dumps(good).encode(),  # 1
        b'{"id": "a2", "text": "unterminated',  # 2 malformed
        json.dumps({"id": "a3", "title": "No text here"}).encode(),  # 3 no text
        json.dumps({"id": "a4", "text": 42}).encode(),  # 4 not a string
        json.dumps({"id": "a5", "text": None}).encode(),  # 5 null
        json.dumps(["not", "an", "object"]).encode(),  # 6
        json.dumps({"id": "a1", "text": "Another story."}).encode(),  # 7 duplicate id
        json.dumps({"id": "a8", "text": "  \n "}).encode(),  # 8 blank text
        b'{"id": "a9", "text": "caf\xe9"}',  # 9 not UTF-8
        b"",  # 10 blank line: ignored
        # 11: half an emoji (a lone surrogate escape) is replaced, with a warning
        b'{"id": "a11", "text": "\\"Half an emoji \\ud83d here,\\" said Ada Voss."}',
        json.dumps({"text": '"All good," said Tom Baker.', "published": "yesterday-ish"}).encode(),
    ]
    corpus = write(tmp_path / "corpus.jsonl", b"\n".join(records) + b"\n")
    db = tmp_path / "q.db"

    result = extract(corpus, "--db", db)

    failed = {
        2: "malformed JSON",
        3: 'missing "text" field',
        4: '"text" is not a string (got number)',
        5: '"text" is not a string (got null)',
        6: "not a JSON object (got array)",
        7: 'duplicate id "a1" (first seen at',
        8: 'empty "text"',
        9: "line is not valid UTF-8",
    }
    assert_clean_failure(result, [f"{corpus}:{n}" for n in failed])
    for n, message in failed.items():
        assert message in only_line(result.stderr, "Error: ", f"{corpus}:{n}")
    # Stored under its id, but the warning points at the file and line to fix.
    assert "lone UTF-16 surrogates" in only_line(result.stderr, "Warning: ", f"{corpus}:11")
    assert "unparseable date" in only_line(result.stderr, "Warning: ", f"{corpus}:12")
    assert stored_sources(db) == {"a1", "a11", f"{corpus}:12"}
    (half,) = rows(db, "select text from articles where source = 'a11'")
    assert half[0] == '"Half an emoji \ufffd here," said Ada Voss.'
    check_spans(db)


def test_nul_characters_in_a_text_are_replaced_with_a_warning(tmp_path: Path, nlp: Language) -> None:
    """A NUL decoded from UTF-16 or a JSONL "\\u0000" was stored as it was; SQLite's text
    functions stop at a NUL, so Datasette showed the article cut short and
    ``substr(text, start + 1, end - start)`` no longer gave the quotes after it."""
    story = 'The vote was close.\x00 "We are ready," said Ada Voss.\n'
    utf16 = write(tmp_path / "wide.txt", codecs.BOM_UTF16_LE + story.encode("utf-16-le"))
    corpus = write(tmp_path / "feed.jsonl", json.dumps({"id": "n1", "text": story}) + "\n")
    db = tmp_path / "q.db"

    result = extract(utf16, corpus, "--db", db)

    assert result.exit_code == 0, result.output
    assert "1 NUL character(s) replaced with U+FFFD" in only_line(result.stderr, "Warning: ", str(utf16))
    assert "NUL character(s)" in only_line(result.stderr, "Warning: ", f"{corpus}:1")
    expected = story.replace("\x00", "\ufffd")
    assert rows(db, "select text from articles order by source") == [(expected,), (expected,)]
    assert check_spans(db) == 2
    assert rows(
        db,
        "select count(*) from quotes q join articles a on a.id = q.article_id "
        "where substr(a.text, q.content_start + 1, q.content_end - q.content_start) = q.content",
    ) == [(2,)]


def test_jsonl_first_record_with_a_raw_nul_does_not_refuse_the_file(
    tmp_path: Path, nlp: Language
) -> None:
    """A NUL byte in the first record's text (a crash mid-write) refused the whole file as
    binary, and every good record after it; a NUL in a later record only cost that line."""
    corpus = write(
        tmp_path / "feed.jsonl",
        b'{"id": "a1", "text": "Broken\x00 here."}\n'
        + json.dumps({"id": "a2", "text": GOOD}).encode()
        + b"\n",
    )
    db = tmp_path / "q.db"

    result = extract(corpus, "--db", db)

    assert_clean_failure(result, [f"{corpus}:1"])
    assert stored_sources(db) == {"a2"}
    assert check_spans(db) == 1


# --------------------------------------------------------------------------- sidecars, HTML


def test_metadata_sidecar_with_unknown_columns_missing_files_and_bad_dates(
    tmp_path: Path, nlp: Language
) -> None:
    one = write(tmp_path / "in" / "one.txt", GOOD)
    two = write(tmp_path / "in" / "two.txt", '"Not yet," said Tom Baker.\n')
    meta = write(
        tmp_path / "meta.csv",
        "file,outlet,published,outlett,notes\n"
        "one.txt,The Gazette,not a date at all,Typo,x\n"
        "two.txt,Evening Post,2024-03-05,,\n"
        "ghost.txt,Nobody,2024-01-01,,\n"
        "phantom.txt,Nobody,2024-01-02,,\n",
    )
    db = tmp_path / "q.db"

    result = extract(tmp_path / "in", "--metadata", meta, "--db", db)

    assert result.exit_code == 0, result.output  # every input was stored
    assert lines(result.stderr, "Error: ") == []
    warnings = lines(result.stderr, "Warning: ")
    assert len(warnings) == 3, result.stderr
    assert "unknown column(s) ignored: outlett, notes" in warnings[0]
    assert "unparseable date 'not a date at all', left empty" in only_line(
        result.stderr, "Warning: ", str(one)
    )
    assert "2 row(s) match no input: ghost.txt, phantom.txt" in warnings[-1]
    assert all(w.startswith(f"Warning: {meta}: ") for w in (warnings[0], warnings[-1]))
    stored = rows(
        db,
        "select source, outlets.name, published from articles "
        "join outlets on outlets.id = articles.outlet_id order by source",
    )
    assert stored == [(str(one), "The Gazette", None), (str(two), "Evening Post", "2024-03-05")]


def test_metadata_rows_that_disagree_about_one_file_are_a_warning(
    tmp_path: Path, nlp: Language
) -> None:
    """Two sidecar rows for the same file with different values: the last one was used
    without a word, so the other outlet or title was dropped silently. One warning names
    the sidecar and the key; a row repeated word for word is no problem."""
    one = write(tmp_path / "in" / "one.txt", GOOD)
    two = write(tmp_path / "in" / "two.txt", '"Not yet," said Tom Baker.\n')
    meta = write(
        tmp_path / "meta.csv",
        "file,outlet\none.txt,The Gazette\none.txt,Evening Post\n"
        "two.txt,The Gazette\ntwo.txt,The Gazette\n",
    )
    db = tmp_path / "q.db"

    result = extract(tmp_path / "in", "--metadata", meta, "--db", db)

    assert result.exit_code == 0, result.output
    (warning,) = lines(result.stderr, "Warning: ")
    assert warning.startswith(f"Warning: {meta}: ") and "one.txt" in warning
    assert "two.txt" not in warning and "last" in warning
    assert rows(db, "select outlets.name from articles join outlets on outlets.id = outlet_id "
                "where source = ?", (str(one),)) == [("Evening Post",)]
    assert stored_sources(db) == {str(one), str(two)}


def test_metadata_sidecar_in_cp1252_is_read_with_one_warning(tmp_path: Path, nlp: Language) -> None:
    """A sidecar a spreadsheet saved in cp1252 ended the run before any input was read
    (exit 2); it is read as an article file in that encoding is, with one warning."""
    one = write(tmp_path / "in" / "one.txt", GOOD)
    meta = write(tmp_path / "meta.csv", "file,outlet\none.txt,Gazette M\u00fcnchen\n".encode("cp1252"))
    db = tmp_path / "q.db"

    result = extract(one, "--metadata", meta, "--db", db)

    assert result.exit_code == 0, result.output
    assert lines(result.stderr, "Error: ") == []
    assert "not UTF-8: read as cp1252" in only_line(result.stderr, "Warning: ", str(meta))
    stored = rows(db, "select outlets.name from articles join outlets on outlets.id = outlet_id")
    assert stored == [("Gazette M\u00fcnchen",)]


def test_metadata_row_of_a_refused_file_is_not_reported_as_matching_no_input(
    tmp_path: Path, nlp: Language
) -> None:
    """The sidecar row of a file that was found but refused did match an input: the warning
    "match no input" sent the user looking for a misspelt name in the sidecar."""
    good = write(tmp_path / "good.txt", GOOD)
    bad = write(tmp_path / "bad.txt", b"\x00\x01\x02" * 100)
    meta = write(tmp_path / "meta.csv", "file,outlet\ngood.txt,Gazette\nbad.txt,Other\n")
    db = tmp_path / "q.db"

    result = extract(good, bad, "--metadata", meta, "--db", db)

    assert_clean_failure(result, [str(bad)])
    assert lines(result.stderr, "Warning: ") == [], result.stderr
    assert stored_sources(db) == {str(good)}


def test_the_same_jsonl_record_in_two_files_is_read_once_with_a_warning(
    tmp_path: Path, nlp: Language
) -> None:
    """Overlapping exports repeat records: an identical repeat changes nothing, so it is a
    warning and the run succeeds; a different record under a used id is still an error."""
    record = {"id": "a", "text": GOOD}
    one = write(tmp_path / "one.jsonl", json.dumps(record) + "\n")
    two = write(
        tmp_path / "two.jsonl",
        json.dumps({"text": GOOD, "id": "a"}) + "\n" + json.dumps({"id": "b", "text": GOOD}) + "\n",
    )
    db = tmp_path / "q.db"

    result = extract(one, two, "--db", db)

    assert result.exit_code == 0, result.output
    assert lines(result.stderr, "Error: ") == []
    assert f"same record as at {one}:1, skipped" in only_line(result.stderr, "Warning: ", f"{two}:1")
    assert stored_sources(db) == {"a", "b"}

    clash = write(tmp_path / "three.jsonl", json.dumps({"id": "a", "text": "Other words."}) + "\n")
    result = extract(one, clash, "--db", db)
    assert_clean_failure(result, [f"{clash}:1"])
    assert "duplicate id" in only_line(result.stderr, "Error: ", f"{clash}:1")


def test_a_jsonl_id_or_a_file_name_claiming_another_inputs_source_is_one_line(
    tmp_path: Path, nlp: Language
) -> None:
    """The source keys an article: a JSONL record whose id is a file's path, or a file
    named like a JSONL line ("feed.jsonl:1"), claimed the source of an article read before
    it, and the run kept the first without a word. The second is now an error naming it
    (a warning when it is the very same article); the first stays stored."""
    good = write(tmp_path / "good.txt", GOOD)
    claims = write(
        tmp_path / "feed.jsonl",
        json.dumps({"id": str(good), "text": '"Nobody loses," said Tom Baker.\n'}) + "\n"
        + json.dumps({"id": "other", "text": GOOD}) + "\n",
    )
    db = tmp_path / "q.db"

    result = extract(good, claims, "--db", db)

    assert_clean_failure(result, [f"{claims}:1"])
    assert f"the source of the file {good} read before it" in result.stderr
    assert stored_sources(db) == {str(good), "other"}
    assert rows(db, "select text from articles where source = ?", (str(good),)) == [(GOOD,)]

    named_like_a_line = write(tmp_path / "feed2.jsonl:1", '"Not this one," said Tom Baker.\n')
    feed = write(tmp_path / "feed2.jsonl", json.dumps({"text": GOOD}) + "\n")
    result = extract(feed, named_like_a_line, "--db", db)
    assert_clean_failure(result, [str(named_like_a_line)])
    assert rows(db, "select text from articles where source = ?", (f"{feed}:1",)) == [(GOOD,)]

    same = write(tmp_path / "same.jsonl", json.dumps({"id": str(good), "text": GOOD}) + "\n")
    result = extract(good, same, "--db", db)
    assert result.exit_code == 0, result.output
    assert "same article as the file" in only_line(result.stderr, "Warning: ", f"{same}:1")
    check_spans(db)


def test_an_article_a_users_unique_index_refuses_fails_alone(tmp_path: Path, nlp: Language) -> None:
    """A constraint the user added to the database (a UNIQUE index on titles) refused one
    article, and the whole batch went with it: now that article fails naming the database,
    the others of the batch are stored; a trigger refusing every insert stays a database
    error."""
    db = tmp_path / "q.db"
    prior = write(tmp_path / "prior.txt", '"Fine," said Ines Calloway.\n')
    assert extract(prior, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("create unique index user_uq on articles(title)")
    conn.commit()
    conn.close()
    one = write(tmp_path / "one.txt", "Same Headline Here\n\n" + GOOD)
    two = write(tmp_path / "two.txt", 'Same Headline Here\n\n"Not yet," said Tom Baker.\n')
    three = write(tmp_path / "three.txt", '"Later," said Tomas Vrba.\n')

    result = extract(one, two, three, "--db", db)

    assert_clean_failure(result, [str(two)])
    assert f"cannot store in {db}: UNIQUE constraint failed" in only_line(
        result.stderr, "Error: ", str(two)
    )
    assert stored_sources(db) == {str(prior), str(one), str(three)}
    check_spans(db)

    conn = sqlite3.connect(db)
    conn.execute(
        "create trigger frozen before insert on articles begin select raise(abort, 'frozen'); end"
    )
    conn.commit()
    conn.close()
    four = write(tmp_path / "four.txt", '"Never," said Tom Baker.\n')
    result = extract(four, "--db", db)
    assert result.exit_code == 1 and "Traceback" not in result.output
    (error,) = lines(result.stderr, "Error: ")
    assert error.startswith(f"Error: {db}: cannot write database: ") and "frozen" in error
    assert stored_sources(db) == {str(prior), str(one), str(three)}


@pytest.mark.parametrize(
    "dropped",
    [("quotes_ai",), ("quotes_ai", "quotes_ad", "quotes_au"), ("quotes_statements_au",)],
)
def test_triggers_dropped_by_hand_are_put_back_and_search_finds_new_quotes(
    tmp_path: Path, nlp: Language, dropped: tuple[str, ...]
) -> None:
    """A database whose full-text triggers someone dropped took new quotes with exit 0
    while search never found them (and kept the words of deleted quotes): the next run
    puts every missing trigger back and rebuilds the index from the quotes."""
    db = tmp_path / "q.db"
    prior = write(tmp_path / "prior.txt", '"The harbour stays open," said Ines Calloway.\n')
    assert extract(prior, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    for name in dropped:
        conn.execute(f"drop trigger {name}")
    conn.commit()
    conn.close()
    new = write(tmp_path / "new.txt", '"The lighthouse needs paint," said Tom Baker.\n')

    result = extract(new, "--db", db)

    assert result.exit_code == 0, result.output
    triggers = {name for (name,) in rows(db, "select name from sqlite_master where type = 'trigger'")}
    assert set(dropped) <= triggers
    assert rows(db, "select count(*) from quotes_fts where quotes_fts match 'lighthouse'") == [(1,)]
    assert rows(db, "select count(*) from quotes_fts where quotes_fts match 'harbour'") == [(1,)]
    write(new, '"The lighthouse is fine," said Tom Baker.\n')  # edited: old quote deleted
    assert extract(new, "--db", db).exit_code == 0
    assert rows(db, "select count(*) from quotes_fts where quotes_fts match 'paint'") == [(0,)]


def test_blob_values_another_program_wrote_are_read_as_text(tmp_path: Path, nlp: Language) -> None:
    """Quote texts and names stored as BLOBs (another program's edit) were a traceback in
    every command that read them: the statement grouping of the next ``extract`` split
    bytes into words, ``export --format json`` could not write bytes, and ``speakers``
    printed ``b'Ines Calloway'``. They are read as their UTF-8 text."""
    db = tmp_path / "q.db"
    prior = write(tmp_path / "prior.txt", '"The harbour stays open," said Ines Calloway.\n')
    assert extract(prior, "--db", db).exit_code == 0
    conn = sqlite3.connect(db)
    conn.execute("update quotes set content = cast(content as blob)")
    conn.execute("update speakers set name = cast(name as blob)")
    conn.execute("update speaker_aliases set alias = cast(alias as blob)")
    conn.commit()
    conn.close()
    runner = CliRunner()
    for fmt in ("json", "jsonl", "csv", "markdown"):
        for more in ([], ["--statements"]):
            result = runner.invoke(cli, ["export", "--db", str(db), "--format", fmt, *more])
            assert result.exit_code == 0 and "Traceback" not in result.output, (fmt, more, result.output)
            assert "b'" not in result.stdout and "harbour stays open" in result.stdout
    listed = runner.invoke(cli, ["speakers", "--db", str(db), "--json"])
    assert listed.exit_code == 0, listed.output
    assert json.loads(listed.stdout)[0]["name"] == "Ines Calloway"
    assert "b'" not in runner.invoke(cli, ["speakers", "--db", str(db)]).stdout
    new = write(tmp_path / "new.txt", '"The harbour stays open," Ines Calloway said again.\n')
    result = extract(new, "--db", db)
    assert result.exit_code == 0 and "Traceback" not in result.output, result.output


def test_html_without_article_text(tmp_path: Path, nlp: Language) -> None:
    pages = {
        "head-only.html": "<html><head><title>Only a title</title></head></html>",
        "no-body.html": '<!DOCTYPE html><html><head><meta charset="utf-8"></head></html>',
        "empty-body.html": "<html><body><p>\n</p></body></html>",
        "script-only.html": (
            '<html><body><script>var said = "We are ready, said Ada Voss";</script>'
            "<style>p { color: red }</style><noscript></noscript></body></html>"
        ),
    }
    for name, page in pages.items():
        write(tmp_path / "in" / name, page)
    good = write(
        tmp_path / "in" / "story.html",
        "<html><head><title>Harbour talks</title></head><body><article><h1>Harbour talks</h1>"
        "<p>The union met on Monday to discuss the harbour plan and the new shifts. "
        '"We are ready to sign the agreement today," said union leader Ada Voss, '
        "who has led the talks since the spring.</p></article></body></html>",
    )
    db = tmp_path / "q.db"

    result = extract(tmp_path / "in", "--db", db)

    assert_clean_failure(result, sorted(str(tmp_path / "in" / name) for name in pages))
    for name in pages:
        message = only_line(result.stderr, "Error: ", str(tmp_path / "in" / name))
        assert "no article text found in HTML" in message
    assert stored_sources(db) == {str(good)}
    check_spans(db)


def test_file_names_that_are_not_utf8(tmp_path: Path, nlp: Language) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    raw = os.fsencode(corpus)
    with open(raw + b"/caf\xe9.txt", "wb") as f:
        f.write(GOOD.encode())
    with open(raw + b"/\xff-empty.txt", "wb"):
        pass
    db = tmp_path / "q.db"

    result = extract(corpus, "--db", db)

    assert result.exit_code == 1, result.output
    assert len(lines(result.stderr, "Error: ")) == 1
    assert "empty file" in lines(result.stderr, "Error: ")[0]
    assert stored_sources(db) == {str(corpus / "caf\\xe9.txt")}
    check_spans(db)


def test_non_ascii_names_under_an_ascii_locale_are_shown_as_their_bytes(tmp_path: Path) -> None:
    """Under ``LANG=C`` (no UTF-8 mode) Python reads "ünï.txt" from the command line as
    surrogate escapes, and the report named "\\udcc3\\udcbcn...": the name's bytes are
    shown as ``\\xc3\\xbc``, as a file name that is not UTF-8 is shown and stored."""
    write(tmp_path / "ünï.txt", "")
    write(tmp_path / "good.txt", GOOD)
    root = str(Path(__file__).resolve().parent.parent)  # this tree's package, run from tmp_path
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0", "PYTHONPATH": root}
    env.pop("PYTHONIOENCODING", None)
    proc = subprocess.run(
        [sys.executable, "-m", "quotes", "extract", "ünï.txt", "good.txt", "--db", "q.db"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 1, proc.stderr
    assert lines(proc.stderr, "Error: ") == ["Error: \\xc3\\xbcn\\xc3\\xaf.txt: empty file"]
    assert stored_sources(tmp_path / "q.db") == {"good.txt"}


def test_control_characters_in_file_names_keep_reports_on_one_line(
    tmp_path: Path, nlp: Language
) -> None:
    corpus = write(tmp_path / "in" / "good\nstory.txt", GOOD).parent
    write(corpus / "empty\nfile.txt", "")
    write(corpus / "tab\tbinary.txt", b"\x00\x01\x02")
    db = tmp_path / "q.db"

    result = extract(corpus, "--db", db)

    assert_clean_failure(
        result, [f"{corpus}/empty\\nfile.txt", f"{corpus}/tab\\tbinary.txt"]
    )
    assert len(result.stderr.splitlines()) == 3  # two errors and the summary, one line each
    assert stored_sources(db) == {str(corpus / "good\nstory.txt")}  # stored as given


def test_a_path_past_the_system_limit_is_reported_in_a_readable_line(
    tmp_path: Path, nlp: Language
) -> None:
    """A file nested deeper than the 4,096-character path limit cannot be opened by its
    name: its report (and the summary) was a 4,000-character line of the whole path. The
    line keeps the path's start and its end."""
    corpus = write(tmp_path / "in" / "good.txt", GOOD).parent
    fd = os.open(corpus, os.O_RDONLY)
    try:  # built through directory handles: the whole path is too long to name
        for _ in range(80):
            os.mkdir("d" * 60, dir_fd=fd)
            inner = os.open("d" * 60, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = inner
        deep = os.open("deep.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd)
        os.write(deep, GOOD.encode())
        os.close(deep)
    finally:
        os.close(fd)
    db = tmp_path / "q.db"

    result = extract(corpus, "--db", db)

    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    (error,) = lines(result.stderr, "Error: ")
    assert error.startswith(f"Error: {corpus}/ddd") and "[...]" in error
    assert f"{'d' * 60}: " in error and "too long" in error  # the folder past the limit
    assert max(len(line) for line in result.stderr.splitlines()) < 600
    assert stored_sources(db) == {str(corpus / "good.txt")}


# --------------------------------------------------------------------------- subprocesses


def _drop_dac_capabilities() -> None:
    """In the child: give up root's power to ignore file modes (CAP_DAC_*) for the exec."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
        if libc.prctl(24, cap, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) failed")


def run_quotes(*args: str | Path, honour_modes: bool = False) -> subprocess.CompletedProcess:
    """The installed ``quotes`` command; ``honour_modes`` makes root obey file modes."""
    preexec = _drop_dac_capabilities if honour_modes and os.geteuid() == 0 else None
    return subprocess.run(
        [str(QUOTES_CMD), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        preexec_fn=preexec,
    )


def test_unreadable_files_and_symlink_loops(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    good = write(corpus / "good.txt", GOOD)
    locked = write(corpus / "locked.txt", GOOD)
    locked_dir = corpus / "locked-dir"
    write(locked_dir / "inside.txt", GOOD)
    (corpus / "self.txt").symlink_to("self.txt")  # a link to itself
    (corpus / "ping.txt").symlink_to("pong.txt")  # two links in a ring
    (corpus / "pong.txt").symlink_to("ping.txt")
    (corpus / "sub").mkdir()
    (corpus / "sub" / "back").symlink_to("..")  # a directory link back up the tree
    (corpus / "gone.txt").symlink_to("deleted.txt")
    locked.chmod(0)
    locked_dir.chmod(0)
    db = tmp_path / "q.db"
    try:
        proc = run_quotes("extract", corpus, "--db", db, honour_modes=True)
    finally:
        locked.chmod(stat.S_IRUSR | stat.S_IWUSR)
        locked_dir.chmod(stat.S_IRWXU)
    if os.geteuid() == 0 and "permission denied" not in proc.stderr:
        pytest.skip("cannot drop root's file-mode override here")

    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    expected = {
        "gone.txt": "broken symbolic link",
        "locked-dir": "permission denied",
        "locked.txt": "permission denied",
        "ping.txt": "symlink loop",
        "pong.txt": "symlink loop",
        "self.txt": "symlink loop",
        "sub/back": "symlink loop",
    }
    for name, message in expected.items():
        assert message in only_line(proc.stderr, "Error: ", str(corpus / name))
    assert len(lines(proc.stderr, "Error: ")) == len(expected)
    assert f"{len(expected)} input(s) failed" in proc.stderr
    assert stored_sources(db) == {str(good)}


def test_exit_codes_of_the_installed_command(tmp_path: Path) -> None:
    good = write(tmp_path / "good.txt", GOOD)
    db = tmp_path / "q.db"

    ok = run_quotes("extract", good, "--db", db)
    assert ok.returncode == 0, ok.stderr
    assert (
        ok.stdout.strip()
        == "1 articles read, 1 stored, 0 skipped (unchanged), 0 failed; 1 quotes stored"
    )
    assert ok.stderr == ""

    some = run_quotes("extract", good, tmp_path / "missing.txt", "--db", db)
    assert some.returncode == 1
    assert "1 articles read, 0 stored, 1 skipped (unchanged), 1 failed" in some.stdout
    assert f"1 input(s) failed: {tmp_path / 'missing.txt'}" in some.stderr

    usage = [
        ["extract"],  # no PATH
        ["extract", good, "--no-such-option"],
        ["extract", good, "--batch-size", "0"],
        ["extract", good, "--max-bytes", "-1"],
        ["extract", good, "--metadata", tmp_path / "missing.csv", "--db", db],
        ["extract", good, "--metadata", write(tmp_path / "m.xlsx", "x"), "--db", db],
        ["extract", good, "--db", tmp_path],  # a directory
    ]
    for args in usage:
        proc = run_quotes(*args)
        assert proc.returncode == 2, (args, proc.stderr)
        assert "Traceback" not in proc.stderr
        assert len([line for line in proc.stderr.splitlines() if "Error" in line]) == 1, proc.stderr
