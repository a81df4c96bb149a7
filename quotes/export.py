"""Export a speaker's statements (or every quote) as CSV, JSON, JSON Lines or Markdown.

Rows are streamed from one SQLite cursor straight to the output, so exporting a speaker
with a million quotes uses as little memory as exporting one. The database is opened
read-only: an export can run while ``quotes extract`` writes.
"""

from __future__ import annotations

import csv
import json
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TextIO

from rapidfuzz import fuzz, process

from quotes.errors import DatabaseError, UsageError
from quotes.index import person_fits
from quotes.models import printable, readable
from quotes.store import (
    check_column_types,
    check_database_file,
    dropped_tables_problem,
    foreign_tables,
    readonly_uri,
    speaker_key,
)

FORMATS = ("csv", "json", "jsonl", "markdown")
#: The UTF-8 byte-order mark that ``--bom`` puts first in a CSV export: Excel reads a CSV
#: file without one in the system's legacy code page, so "Zoë Ångström" came out as
#: "ZoÃ« Ã…ngstrÃ¶m". Off by default: most other readers take the mark for part of the
#: first column's name.
BOM = "\ufeff"


def check_format(fmt: str, bom: bool) -> None:
    """Refuse an unknown format, and a byte-order mark outside CSV (JSON forbids one)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if bom and fmt != "csv":
        raise UsageError(f"--bom is for CSV only (for Excel); not for {fmt}")


#: Output columns, in order, with the SQL that produces each one.
COLUMNS: dict[str, str] = {
    "speaker": "speakers.name",
    "type": "quotes.type",
    "content": "quotes.content",
    "cue": "quotes.cue",
    "speaker_mention": "quotes.speaker_mention",
    "title": "articles.title",
    "outlet": "outlets.name",
    "published": "articles.published",
    "url": "articles.url",
    "source": "articles.source",
    "quote_id": "quotes.id",
    # How sure the extractor is, where it was said, and the ids that lead back to the
    # speaker, article and statement pages (/quotes/speakers/<speaker_id>, ...).
    "confidence": "quotes.confidence",
    "channel": "quotes.channel",
    "speaker_id": "quotes.speaker_id",
    "article_id": "quotes.article_id",
    "statement_id": "quotes.statement_id",
}

# Newest first; within an article in text order, so Markdown can group rows by article
# without holding them. NULL dates sort last in SQLite's descending order.
_SELECT = """
select {columns}
from quotes
  join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
  left join outlets on outlets.id = articles.outlet_id
{where}
order by articles.published desc, articles.source, quotes.content_start, quotes.id
"""


def export_speaker(
    db_path: str | Path,
    speaker: str | None,
    fmt: str = "csv",
    out: TextIO | None = None,
    *,
    bom: bool = False,
    note: Callable[[str], None] | None = None,
) -> int:
    """Write every statement by ``speaker`` (any alias; None = every quote) to ``out``.

    ``fmt`` is ``csv``, ``json`` (one list), ``jsonl`` or ``markdown`` (grouped by
    article, newest first); ``bom`` starts a CSV with :data:`BOM` (for Excel). Returns
    the number of quotes written. ``note`` is told when the name could also be other
    speakers' (:func:`others_called`). Raises
    :class:`~quotes.errors.UsageError` for an unknown format or speaker (with close
    matches suggested) and :class:`~quotes.errors.DatabaseError` for an unusable file.
    """
    check_format(fmt, bom)
    out = out if out is not None else sys.stdout
    conn = connect_readonly(Path(db_path))
    try:
        speaker_ids = None if speaker is None else resolve_speaker(conn, speaker)
        if note is not None and speaker is not None:
            _note_others(conn, speaker, speaker_ids or [], note)
        rows = iter_rows(conn, speaker_ids)
        writer = WRITERS[fmt]
        title = (
            "All quotes"
            if speaker is None
            else f"Statements by {speaker_title(conn, speaker_ids or [])}"
        )
        if bom:
            out.write(BOM)  # after the speaker is found: an error writes nothing
        return writer(rows, out, title) if fmt == "markdown" else writer(rows, out)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{db_path}: cannot read database: {exc}") from exc
    finally:
        conn.close()


def connect_readonly(path: Path) -> sqlite3.Connection:
    """Open the database read-only; fail in one line if it is missing or not ours."""
    check_database_file(path)
    if not path.is_file():
        raise DatabaseError(f"{path}: database does not exist")
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
        tables = {r[0] for r in conn.execute("select name from sqlite_master")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{path}: cannot open database: {exc}") from exc
    dropped = dropped_tables_problem(conn, path)
    if dropped:
        conn.close()
        raise DatabaseError(dropped)
    if not {"quotes", "articles", "speakers", "speaker_aliases"} <= tables:
        other = foreign_tables(conn)
        conn.close()
        if other:
            raise DatabaseError(f"{path}: not a quotes database (has tables {other})")
        raise DatabaseError(f"{path}: not a quotes database; run `quotes extract` first")
    check_column_types(conn, path)
    conn.row_factory = sqlite3.Row
    return conn


def resolve_speaker(conn: sqlite3.Connection, name: str) -> list[int]:
    """Ids of the speakers called ``name`` under any alias, or whose id ``name`` is.

    Names compare by the store's merge key (case, accents, hyphens and a leading "the"
    ignored), the same rule that decided which spellings are one speaker. The names and
    aliases are read whole: one row per spelling, small next to the quotes. A number that
    no name matches is tried as a speaker id: the id is what the speaker page's URL, the
    speakers table and every ``speaker_id`` column show.
    """
    wanted = speaker_key(name)
    if not wanted:
        # (no id either: `speaker_key` keeps digits, so an id's key is never empty)
        raise UsageError("no speaker given: the speaker name is empty")
    display = dict(conn.execute("select id, name from speakers"))
    spellings: list[tuple[str, int]] = [
        (alias, speaker_id)
        for speaker_id, alias in conn.execute("select speaker_id, alias from speaker_aliases")
        if alias
    ]
    spellings += [(n, i) for i, n in display.items() if n]
    ids = sorted({i for alias, i in spellings if speaker_key(alias) == wanted})
    if ids:
        return ids
    # A surname or a shorter form ("Okafor", "Le Drian") names the one person it fits,
    # by the same rule the speaker index merges with; two fits (two Brandts) is no fit.
    fits = sorted({i for n, i in spellings if person_fits(wanted, speaker_key(n))})
    if len(fits) == 1:
        return fits
    by_id = speaker_by_id(conn, name)
    if by_id is not None:
        return [by_id]
    raise UsageError(unknown_speaker_message(name, spellings, display))


def others_called(conn: sqlite3.Connection, name: str, chosen: list[int]) -> list[str]:
    """Display names of the other speakers that ``name`` could be a short form of.

    "Brandt" exports the speaker filed under the bare surname (the articles that never
    gave a first name), but Anna, Daniel and Peter Brandt are quoted too, and a reader
    who typed the surname may well mean one of them: the export alone cannot say so.
    """
    wanted = speaker_key(name)
    if not wanted:
        return []
    display = dict(conn.execute("select id, name from speakers"))
    spellings = [
        (alias, speaker_id)
        for speaker_id, alias in conn.execute("select speaker_id, alias from speaker_aliases")
        if alias
    ] + [(n, i) for i, n in display.items() if n]
    fits = {i for n, i in spellings if person_fits(wanted, speaker_key(n))} - set(chosen)
    return sorted({display.get(i) or "" for i in fits} - {""}, key=speaker_key)


def _note_others(
    conn: sqlite3.Connection, name: str, chosen: list[int], note: Callable[[str], None]
) -> None:
    others = others_called(conn, name, chosen)
    if others:
        listed = ", ".join(others[:5]) + (f" and {len(others) - 5} more" if len(others) > 5 else "")
        note(
            f"{name.strip()!r} may also mean {listed}: only "
            f"{speaker_title(conn, chosen)!r} is exported; give a full name or a speaker id "
            "for another"
        )


def speaker_by_id(conn: sqlite3.Connection, text: str) -> int | None:
    """The speaker whose id ``text`` is (digits, surrounding spaces ignored), else None."""
    text = text.strip()
    if not text.isascii() or not text.isdigit() or len(text) > 19:
        return None
    row = conn.execute("select id from speakers where id = ?", [int(text)]).fetchone()
    return None if row is None else int(row[0])


def _quoted(name: str) -> str:
    """``name`` in quotes for a message, as ``repr`` shows it, except that a name holding
    both kinds of quote mark is not backslash-escaped: ``--speaker "Ada \"Ace\" O'Brien"``
    was echoed as 'Ada "Ace" O\\'Brien', a name the user never typed."""
    if "'" in name and '"' in name:
        return "'" + printable(name) + "'"
    return repr(name)


def unknown_speaker_message(
    name: str, spellings: list[tuple[str, int]], display: dict[int, str]
) -> str:
    """One line naming the closest known speakers (by display name), if any come close.

    The name is echoed shortened: a pasted paragraph should not fill the terminal."""
    shown_name = name if len(name) <= 80 else name[:77] + "..."
    if not spellings:
        return f"no speaker {_quoted(shown_name)}: the database has no speakers yet"
    matches = process.extract(
        name,
        [alias for alias, _ in spellings],
        scorer=fuzz.WRatio,
        processor=speaker_key,
        limit=20,
        score_cutoff=60,
    )
    suggestions: list[str] = []
    for _alias, _score, index in matches:
        speaker_id = spellings[index][1]
        shown = display.get(speaker_id) or spellings[index][0]
        if shown not in suggestions:
            suggestions.append(shown)
    if not suggestions:
        return f"no speaker {_quoted(shown_name)}; no similar names either"
    listed = ", ".join(repr(s) for s in suggestions[:3])
    return f"no speaker {_quoted(shown_name)}; did you mean {listed}?"


def speaker_title(conn: sqlite3.Connection, speaker_ids: list[int]) -> str:
    """The display names of the chosen speakers, for the Markdown heading."""
    names = [
        conn.execute("select name from speakers where id = ?", [i]).fetchone() for i in speaker_ids
    ]
    return " / ".join(row[0] for row in names if row and row[0]) or "unknown speaker"


def iter_rows(conn: sqlite3.Connection, speaker_ids: list[int] | None) -> Iterator[dict[str, Any]]:
    """Stream the export rows (dicts in :data:`COLUMNS` order) from one cursor."""
    columns = ", ".join(f"{sql} as {name}" for name, sql in COLUMNS.items())
    params: list[Any] = []
    where = ""
    if speaker_ids is not None:
        # json_each keeps the statement fixed whatever the number of speakers.
        where = "where quotes.speaker_id in (select value from json_each(?))"
        params.append(json.dumps(speaker_ids))
    cursor = conn.execute(_SELECT.format(columns=columns, where=where), params)
    for row in cursor:
        yield dict(zip(COLUMNS, map(readable, row), strict=True))


def write_csv(
    rows: Iterator[dict[str, Any]], out: TextIO, fieldnames: list[str] | None = None
) -> int:
    """CSV with a header row; embedded newlines are quoted, not altered."""
    writer = csv.DictWriter(out, fieldnames=fieldnames or list(COLUMNS), lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow(row)
        count += 1
    return count


def write_json(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """One JSON list, written element by element so it never sits in memory."""
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(row, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(rows: Iterator[dict[str, Any]], out: TextIO) -> int:
    """One JSON object per line."""
    count = 0
    for row in rows:
        out.write(json.dumps(row, ensure_ascii=False))
        out.write("\n")
        count += 1
    return count


_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_[]<>#|"})


def md_text(value: object) -> str:
    """Text safe for one Markdown line: specials escaped, whitespace collapsed."""
    return " ".join(str(value or "").split()).translate(_MD_SPECIAL)


def md_url(url: str) -> str:
    """A link target that survives spaces and parentheses."""
    return f"<{url.replace('>', '%3E')}>" if any(c in url for c in " ()<>") else url


def write_markdown(rows: Iterator[dict[str, Any]], out: TextIO, title: str) -> int:
    """A readable document: one section per article (newest first), its quotes listed."""
    out.write(f"# {md_text(title)}\n")
    count = 0
    current: object = object()
    for row in rows:
        article = (row["source"], row["published"])
        if article != current:
            current = article
            heading = md_text(row["title"] or row["source"] or "untitled article")
            if row["url"]:
                heading = f"[{heading}]({md_url(row['url'])})"
            meta = " · ".join(md_text(part) for part in (row["outlet"], row["published"]) if part)
            out.write(f"\n## {heading}\n\n")
            if meta:
                out.write(f"*{meta}*\n\n")
        content = md_text(row["content"])
        if row["type"] == "direct":
            content = f"“{content}”"
        who = md_text(row["speaker"] or row["speaker_mention"] or "unknown speaker")
        cue = md_text(row["cue"] or "said")
        out.write(f"- **{who}** {cue}: {content} ({row['type']})\n")
        count += 1
    if not count:
        out.write("\nNo quotes.\n")
    return count


WRITERS: dict[str, Callable[..., int]] = {
    "csv": write_csv,
    "json": write_json,
    "jsonl": write_jsonl,
    "markdown": write_markdown,
}


# -- statements: one row per statement, with the outlets that carried it ---------------

#: Columns of ``quotes export --statements``; ``outlets`` and ``urls`` are earliest first
#: (lists in JSON, "; "-joined in CSV). ``type`` is that of the quote ``text`` comes from:
#: ``direct`` (the speaker's words), ``mixed`` or ``indirect`` (the reporter's wording).
STATEMENT_COLUMNS = [
    "statement_id",
    "speaker",
    "text",
    "type",
    "first_published",
    "first_outlet",
    "outlet_count",
    "article_count",
    "quote_count",
    "outlets",
    "urls",
]

_STATEMENTS_SELECT = """
select
  statements.id as statement_id,
  speakers.name as speaker,
  statements.text as text,
  (select quotes.type from quotes
   where quotes.statement_id = statements.id
   order by case quotes.type when 'direct' then 0 when 'mixed' then 1 else 2 end
   limit 1) as type,
  statements.first_published as first_published,
  first_outlet.name as first_outlet,
  statements.outlet_count as outlet_count,
  statements.article_count as article_count,
  statements.quote_count as quote_count,
  (select json_group_array(name) from (
     select outlets.name as name
     from quotes join articles on articles.id = quotes.article_id
       join outlets on outlets.id = articles.outlet_id
     where quotes.statement_id = statements.id
     group by outlets.id
     order by min(coalesce(quotes.published, '9999')), outlets.name)) as outlets,
  (select json_group_array(url) from (
     select articles.url as url
     from quotes join articles on articles.id = quotes.article_id
     where quotes.statement_id = statements.id and articles.url is not null
     group by articles.id
     order by min(coalesce(quotes.published, '9999')), articles.source)) as urls
from statements
  left join speakers on speakers.id = statements.speaker_id
  left join outlets as first_outlet on first_outlet.id = statements.first_outlet_id
{where}
order by statements.first_published desc, statements.id
"""


def export_statements(
    db_path: str | Path,
    speaker: str | None,
    fmt: str = "csv",
    out: TextIO | None = None,
    *,
    bom: bool = False,
    note: Callable[[str], None] | None = None,
) -> int:
    """Write one row per statement of ``speaker`` (None = every speaker) with its outlets.

    Newest statement first; ``outlets`` lists every outlet that carried it, the first
    one first. Returns the number of statements written; errors as :func:`export_speaker`.
    """
    check_format(fmt, bom)
    out = out if out is not None else sys.stdout
    conn = connect_readonly(Path(db_path))
    try:
        if not conn.execute(
            "select 1 from sqlite_master where type = 'table' and name = 'statements'"
        ).fetchone():
            raise DatabaseError(f"{db_path}: no statements yet; run `quotes extract` first")
        speaker_ids = None if speaker is None else resolve_speaker(conn, speaker)
        if note is not None and speaker is not None:
            _note_others(conn, speaker, speaker_ids or [], note)
        rows = iter_statement_rows(conn, speaker_ids)
        if fmt == "csv":
            if bom:
                out.write(BOM)
            return write_csv((_joined(r) for r in rows), out, STATEMENT_COLUMNS)
        if fmt == "markdown":
            title = (
                "All statements"
                if speaker is None
                else f"Statements by {speaker_title(conn, speaker_ids or [])}"
            )
            return write_statements_markdown(rows, out, title)
        return WRITERS[fmt](rows, out)
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{db_path}: cannot read database: {exc}") from exc
    finally:
        conn.close()


def iter_statement_rows(
    conn: sqlite3.Connection, speaker_ids: list[int] | None
) -> Iterator[dict[str, Any]]:
    """Stream statement rows (dicts in :data:`STATEMENT_COLUMNS` order) from one cursor."""
    params: list[Any] = []
    where = ""
    if speaker_ids is not None:
        where = "where statements.speaker_id in (select value from json_each(?))"
        params.append(json.dumps(speaker_ids))
    for row in conn.execute(_STATEMENTS_SELECT.format(where=where), params):
        item = dict(zip(STATEMENT_COLUMNS, map(readable, row), strict=True))
        item["outlets"] = json.loads(item["outlets"] or "[]")
        item["urls"] = json.loads(item["urls"] or "[]")
        yield item


def _joined(row: dict[str, Any]) -> dict[str, Any]:
    return {k: "; ".join(v) if isinstance(v, list) else v for k, v in row.items()}


#: How the Markdown export labels a statement's text, by the type of the quote it comes from.
_STATEMENT_WORDING = {
    "direct": "quoted",
    "mixed": "partly quoted",
    "indirect": "reported speech, not the speaker's words",
}


def write_statements_markdown(rows: Iterator[dict[str, Any]], out: TextIO, title: str) -> int:
    """One section per statement: its words, who had it first, every outlet that carried it.

    Only a direct quotation's text goes in quote marks: a statement that was only ever
    reported is the reporter's paraphrase, and marks would present it as the speaker's
    own words."""
    out.write(f"# {md_text(title)}\n")
    count = 0
    for row in rows:
        text = md_text(row["text"])
        out.write(f"\n## “{text}”\n\n" if row["type"] == "direct" else f"\n## {text}\n\n")
        first = " · ".join(
            md_text(part) for part in (row["first_published"], row["first_outlet"]) if part
        )
        who = md_text(row["speaker"] or "unknown speaker")
        wording = _STATEMENT_WORDING.get(row["type"], "unknown wording")
        out.write(
            f"*{who}; {wording}; first: {first or 'unknown'}; {row['article_count']} "
            f"article(s), {row['outlet_count']} outlet(s)*\n\n"
        )
        if row["outlets"]:
            out.write(f"Carried by: {', '.join(md_text(o) for o in row['outlets'])}\n")
        count += 1
    if not count:
        out.write("\nNo statements.\n")
    return count
