"""The Datasette hooks that ``quotes serve`` needs (registered by ``make_datasette``).

* ``speaker_key()`` in SQL, so the canned queries match a speaker under any spelling with
  exactly the rule the store uses to merge speakers (case, accents, hyphens, "the").
* Search that cannot fail and reads operators: a blank ``?_search=`` means no search, and
  ``escape_fts`` (:func:`safe_escape_fts`) never yields an invalid FTS5 query, so stray
  quote marks find nothing, not a 400, while ``OR``, ``-word`` and ``word*`` work.
* Search snippets highlighted without trusting article text as HTML.
* Foreign-key labels (speaker name, article title) on row pages too.
* Pages for people (:mod:`quotes.plugins.quotes_pages`, through our ``row.html`` and
  ``_table.html``): an article page with its quotes highlighted in the text, a speaker page
  with statements, aliases, roles and exports, and a quotes_view list linking each quote
  to its speaker and article; ``/-/quotes.css`` styles them.
* ``?_stream=on`` for ``.json`` too: Datasette 0.65 streams only CSV past
  ``max_returned_rows``; the JSON of a table or view is streamed here page by page.
* Paging that neither skips nor repeats rows: a table page sorted by a column is ordered
  by the primary key within ties, as Datasette's next-page query assumes (see
  :func:`with_tiebreak`).
* ``/robots.txt`` asking crawlers to stay away (every page is a query).
* ``.csv?_bom=1``: a UTF-8 byte-order mark first, for Excel (opt-in; the default has none).
* ``?_dl=1&_filename=NAME``: a download saved as NAME.csv (or .json), so that every
  speaker's export is not ``quotes_view.csv``.
* ``?_search_content=`` on quotes_view searching as ``_search`` does (Datasette's column
  search goes through a rowid, which a view has not); a search that is a speaker's name
  links that speaker (:func:`quotes.plugins.quotes_pages.speakers_named`).
* Refusals that say so: ``_shape=object`` without primary keys, and a ``_shape`` other
  than ``array`` on a JSON stream, are 400s (Datasette answered the first with a 200).
* A missing page is a 404: not a 302 to its tilde-encoded twin (``/%00``) or to itself
  without a trailing slash (``/quotes/quotes/-/insert/``), nor a table's page under an
  unknown format (``.xml``); a POST to a read-only page and a method no page takes
  (``TRACE``) are 405s and a ``_where`` with two statements a 400, where Datasette 0.65
  answered 500.
* Quiet, correct error pages. Datasette 0.65.5's default ``handle_exception`` calls
  ``rich.get_console().print_exception()`` whenever ``rich`` is importable (spaCy installs
  it). For a URL that matches no route there is no exception being handled, so rich itself
  raises ``ValueError`` and the client gets a 500 instead of a 404; for every other 404
  the console gets a full traceback with locals. This module drops that default response
  and renders the same error page itself: 4xx with their status and no console output,
  real 500s as one log line.
"""

from __future__ import annotations

import hashlib
import json
import logging
import pdb
import re
import sqlite3
import sys
import threading
import unicodedata
from collections.abc import Awaitable, Callable, Generator
from contextvars import ContextVar
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, unquote_plus, urlencode

from datasette import Response, hookimpl
from datasette import database as datasette_database
from datasette.database import QueryInterrupted
from datasette.plugins import pm
from datasette.utils import (
    PrefixedUrlString,
    add_cors_headers,
    escape_sqlite,
    tilde_decode,
    tilde_encode,
    urlsafe_components,
)
from datasette.utils.asgi import AsgiStream, Base400, Request
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

from quotes.plugins import quotes_pages
from quotes.store import speaker_key

logger = logging.getLogger("quotes.publish")

PLUGIN_NAME = "quotes"
#: Snippet delimiters used by the ``search_quotes`` canned query: characters that do not
#: occur in HTML markup, so the text can be escaped first and highlighted afterwards.
MARK_START, MARK_END = "\u27e6", "\u27e7"
_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")
_DEFAULT_HANDLER_MODULE = "datasette.handle_exception"
#: The stylesheet of our pages, served at ``/-/quotes.css`` (a template-dir file, so it
#: ships with the package data).
STYLESHEET = Path(__file__).resolve().parent.parent / "templates" / "quotes.css"
ROBOTS_TXT = "User-agent: *\nDisallow: /\n"
#: Query parameters that the JSON stream sets itself or that make no sense per page.
_STREAM_DROPPED = {"_stream", "_size", "_shape", "_nl", "_dl", "_json", "_extra", "_extras"}
_STREAMED = re.compile(r"^/(?P<database>[^/]+)/(?P<name>[^/]+)\.(?P<format>csv|json)$")
# (a table, view or canned query, or a row of one: `/db/quotes/12.json`)
_NAMED_PAGE = re.compile(r"^/(?P<database>[^/]+)/(?P<name>[^/.]+)(?:/[^/]+?)?(?:\.(?:csv|json))?$")
_READ_METHODS = {"GET", "HEAD", "OPTIONS"}
#: The methods Datasette 0.65's views answer (a 405 where they take none); any other
#: (TRACE, CONNECT, a made-up one) found no handler and was a 500.
_HTTP_METHODS = {"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"}
#: A database's own page in a data format (``/quotes.csv``, ``/quotes.json``).
_DATABASE_EXPORT = re.compile(r"^/[^/]+\.(?:csv|json)$")
_TABLE_PAGE = re.compile(r"^/(?P<database>[^/]+)/(?P<name>[^/.]+)(?:\.(?:csv|json))?$")
#: The ``order by`` of a first table page as Datasette 0.65 writes it: one sort term
#: (no comma: later pages already add the primary key) right before the limit.
_ORDER_THEN_LIMIT = re.compile(r" order by (?P<order>[^,()]+?) limit \d+$")
#: ``(database name, table)`` of the table page being answered, for :func:`with_tiebreak`.
_SORTED_PAGE: ContextVar[tuple[str, str] | None] = ContextVar("quotes_sorted_page", default=None)


def register() -> None:
    """Register these hooks with Datasette's plugin manager, once per process."""
    module = sys.modules[__name__]
    if not pm.is_registered(module) and pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(module, name=PLUGIN_NAME)
    if not isinstance(datasette_database.sys, _SqlErrorsLogged):
        datasette_database.sys = _SqlErrorsLogged()
    if not getattr(sys.unraisablehook, "quotes_quiet", False):
        sys.unraisablehook = _quiet_refusals(sys.unraisablehook)


def _quiet_refusals(hook: Callable[[Any], None]) -> Callable[[Any], None]:
    """``sys.unraisablehook`` without the report of a refused ``printf()`` width.

    Datasette turns on sqlite3's callback tracebacks, so the :class:`PrintfRefused` that
    makes the query fail (a 400 for the client) was also printed on the console as
    "Exception ignored in: <function bounded_printf>" and a traceback."""

    def quiet(unraisable: Any) -> None:
        if isinstance(unraisable.exc_value, PrintfRefused):
            return
        hook(unraisable)

    quiet.quotes_quiet = True  # type: ignore[attr-defined]
    return quiet


class _SqlErrorsLogged:
    """What ``datasette.database`` sees as ``sys``: the real module, except that the
    line Datasette 0.65 writes to stderr for every failed query ("ERROR: conn=<...>,
    sql = ..." -- a typo in ``?_facet=`` or in a user's SQL, already answered with a
    400 that names the problem) goes to our log at debug level instead of the console."""

    def __getattr__(self, name: str) -> Any:
        return getattr(sys, name)

    @property
    def stderr(self) -> Any:
        return _StderrWithoutSqlErrors(sys.stderr)


class _StderrWithoutSqlErrors:
    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        if text.startswith("ERROR: conn="):
            logger.debug("query failed: %s", text.strip())
            return len(text)
        return self._stream.write(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def sql_speaker_key(name: object) -> str:
    """``speaker_key`` for SQL: NULL and non-text values give '' (which matches nothing)."""
    if not isinstance(name, str):
        return ""
    return speaker_key(name)


#: Typographic double quote marks, read as the ASCII '"' that makes a phrase search.
_CURLY_DOUBLE_QUOTES = str.maketrans(
    dict.fromkeys("\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033\uff02", '"')
)


def safe_escape_fts(query: object) -> str:
    """The FTS5 query for what a reader typed in a search box: never invalid, never empty.

    Every word and phrase is quoted, so no punctuation can be an FTS5 syntax error, but
    the operators a reader of search engines expects work (Datasette's ``escape_fts``
    searched them as words: ``harbour OR tram`` found the quotes holding "harbour", "or"
    and "tram", usually none, and ``strike -tram`` the quotes *with* "tram"):

    * ``"within days"`` is a phrase, also in curly or angle quote marks (“within days”,
      «within days») as pasted from an article or typed with smart quotes;
    * ``OR`` (upper case) between words or phrases finds either;
    * ``-word``, ``-"a phrase"`` or ``NOT word`` leaves out the quotes holding it, when
      something else is searched (FTS5 cannot search for "everything but");
    * ``harb*`` finds words starting with "harb";
    * ``AND`` (upper case) is what a space already means; ``or``, ``not`` and ``and`` in
      lower case are words.

    A query with nothing left to find (``'"'``, ``OR``, ``-tram`` alone) is ``'""'``,
    which matches nothing: ``match ''`` is an FTS5 syntax error (a 400 "Invalid SQL").
    """
    text = query.translate(_CURLY_DOUBLE_QUOTES) if isinstance(query, str) else ""
    # A NUL ends the query string for SQLite's FTS5 parser: "a<NUL>b" was an unterminated
    # string, a 400 "Invalid SQL".
    text = text.replace("\x00", " ")
    if text.count('"') % 2:
        text += '"'
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    negate = False
    for match in _SEARCH_TOKEN.finditer(text):
        word = match["word"]
        if word in _SEARCH_OPERATORS and not match["neg"]:
            if word == "OR":
                groups.append(([], []))
            negate = word == "NOT"
            continue
        term = _search_term(match["phrase"], word, match["star"])
        if term is not None:
            negated = negate or bool(match["neg"]) or (word or "").startswith("-")
            groups[-1][1 if negated else 0].append(term)
        negate = False
    clauses = [_search_clause(wanted, unwanted) for wanted, unwanted in groups if wanted]
    return " OR ".join(clauses) or '""'


#: A word or a phrase of a search, with a leading ``-`` (leave out) and a trailing ``*``
#: (prefix) of a phrase; a word keeps its own ``*``s and inner hyphens.
_SEARCH_TOKEN = re.compile(r'(?P<neg>-?)(?:"(?P<phrase>[^"]*)"(?P<star>\*?)|(?P<word>[^\s"]+))')
_SEARCH_OPERATORS = frozenset({"OR", "AND", "NOT"})
_WORD_CHARACTER = re.compile(r"[^\W_]")


def _search_term(phrase: str | None, word: str | None, star: str | None) -> str | None:
    """One quoted FTS5 string (``"harb"*`` for a prefix), or None for nothing to find.

    A term with no letter or digit (``%``, ``-``, ``&``) is no term: the tokenizer makes
    it an empty phrase, which joined by an explicit ``AND`` matches nothing, so
    ``harbour %`` would find nothing at all.
    """
    if phrase is not None:
        return f'"{phrase}"{star or ""}' if _WORD_CHARACTER.search(phrase) else None
    body = (word or "").lstrip("-")
    prefix = body.endswith("*")
    body = body.rstrip("*")
    if not _WORD_CHARACTER.search(body):
        return None
    return f'"{body}"' + ("*" if prefix else "")


def _search_clause(wanted: list[str], unwanted: list[str]) -> str:
    """``("a" AND "b") NOT ("c" OR "d")``: every wanted term, none of the unwanted."""
    clause = " AND ".join(wanted)
    if unwanted:
        clause = f"({clause}) NOT ({' OR '.join(unwanted)})"
    return f"({clause})"


@hookimpl(trylast=True)
def prepare_connection(conn: Any) -> None:
    """Add ``speaker_key(text)`` for the canned queries; make ``escape_fts`` total.

    ``trylast`` so that our ``escape_fts`` replaces the one Datasette registers.
    """
    conn.create_function("speaker_key", 1, sql_speaker_key, deterministic=True)
    conn.create_function("escape_fts", 1, safe_escape_fts, deterministic=True)
    for name in ("printf", "format"):
        conn.create_function(name, -1, bounded_printf, deterministic=True)
    if isinstance(conn, sqlite3.Connection):
        conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


#: The most bytes one string or BLOB value may have in a query (SQLITE_LIMIT_LENGTH):
#: above any article text `quotes extract` stores by default (20 MB), far below
#: SQLite's own 1 GB. ``?sql=select randomblob(1000000000)`` was one SQLite call the time
#: limit cannot stop, then a 1.3 GB response: the server answered nothing else for over a
#: minute. Now it is "string or blob too big", a 400.
MAX_VALUE_BYTES = 64 * 1024 * 1024

#: The most parameters a page's query string may have (filters, facets, sorts: a dozen
#: is a lot); more is a 400.
MAX_QUERY_PARAMETERS = 200

#: The widest field ``printf()``/``format()`` may pad to in a ``?sql=`` query.
PRINTF_MAX_WIDTH = 100_000
#: A printf conversion: flags, width (digits or ``*``), precision, size, type.
_PRINTF_SPEC = re.compile(r"%[-+ 0#,!]*(\*|\d+)?(?:\.(\*|\d+))?(?:ll|l)?([a-zA-Z%])")
_PRINTF_LOCK = threading.Lock()
_PRINTF_CONN = sqlite3.connect(":memory:", check_same_thread=False)


class PrintfRefused(ValueError):
    """A ``printf()`` width or precision over :data:`PRINTF_MAX_WIDTH`."""


def bounded_printf(fmt: object = None, *args: object) -> object:
    """SQLite's ``printf()`` (and ``format()``), refusing a width or precision over
    :data:`PRINTF_MAX_WIDTH`.

    ``/quotes.json?sql=select printf('%.*c', 2000000000, 'x')`` ran for over a minute
    inside one SQLite call, where Datasette's time limit (a progress handler between VM
    steps) cannot stop it: the server answered nothing else meanwhile. The refusal is an
    SQL error, a 400 like any other; anything narrower is formatted by SQLite itself."""
    if isinstance(fmt, str):
        rest = list(args)
        for width, precision, kind in _PRINTF_SPEC.findall(fmt):
            for part in (width, precision):
                size = rest.pop(0) if part == "*" and rest else part
                try:
                    wide = abs(int(size)) > PRINTF_MAX_WIDTH if size not in ("", None) else False
                except (TypeError, ValueError):
                    wide = False
                if wide:
                    raise PrintfRefused(f"printf width or precision over {PRINTF_MAX_WIDTH:,}")
            if kind != "%" and rest:
                rest.pop(0)
    marks = ", ".join("?" * (1 + len(args)))
    with _PRINTF_LOCK:
        return _PRINTF_CONN.execute(f"select printf({marks})", (fmt, *args)).fetchone()[0]


def without_blank_search(query_string: bytes) -> bytes:
    """Drop ``_search=`` (and ``_search_col=``) parameters whose value is blank."""
    kept = []
    for part in query_string.split(b"&"):
        key, _, value = part.partition(b"=")
        name = unquote_plus(key.decode("latin-1"))
        if (
            name.startswith("_search")
            and name != "_searchmode"
            and not unquote_plus(value.decode("latin-1")).strip()
        ):
            continue
        kept.append(part)
    return b"&".join(kept)


async def with_view_column_search(datasette: Any, scope: dict[str, Any]) -> dict[str, Any]:
    """``/<db>/quotes_view?_search_content=X`` searches like ``?_search=X``.

    Datasette 0.65 searches one column with ``rowid in (select rowid from <fts> where
    <column> match ...)``, and a view has no rowid: on quotes_view the search found
    nothing, whatever the words. The view's full-text table has the one column
    ``content``, so a lone search of a column of it is the view's search (its
    ``fts_pk``). With a ``_search`` beside it, on a table, or for a column that is not
    searchable (Datasette's 400), the request is left as it is.
    """
    pairs = _query_pairs(scope)
    columns = [(k, v) for k, v in pairs if k.startswith("_search_") and k != "_searchmode"]
    if len(columns) != 1 or any(k == "_search" for k, _ in pairs):
        return scope
    page = _named_page(datasette, scope, _TABLE_PAGE)
    if page is None:
        return scope
    db, name, _ = page
    fts_table = datasette.table_metadata(db.name, name).get("fts_table")
    try:
        if not fts_table or name not in await db.view_names():
            return scope
        if columns[0][0].removeprefix("_search_") not in await db.table_columns(fts_table):
            return scope  # not a searchable column: Datasette's 400 says so
    except Exception:  # noqa: BLE001 -- Datasette meets it again and answers the error page
        return scope
    kept = [("_search", v) if k == columns[0][0] else (k, v) for k, v in pairs]
    return dict(scope, query_string=urlencode(kept).encode())


class DatabaseDamaged(Exception):
    """The database (its full-text index, or the file itself) cannot be read; the message
    says what to do about it.

    Not an ``sqlite3.Error`` on purpose: Datasette's query view answers those with a 400
    (the SQL's fault), and a damaged file is the server's (a 500 that says what to run).
    """


#: SQLite's words for a damaged file or FTS5 index (SQLITE_CORRUPT, SQLITE_CORRUPT_VTAB).
_DAMAGE_WORDS = ("disk image is malformed", "corrupt")

#: SQLITE_CORRUPT, the primary code of every damaged-file report (extended codes add bits).
_SQLITE_CORRUPT = 11


def damage_report(exception: BaseException) -> bool:
    """Whether ``exception`` is SQLite reporting a damaged file or index.

    By SQLite's error code where the exception carries one: the words alone would take
    FTS's "malformed MATCH expression" (a bad search, the request's fault) for damage.
    """
    if not isinstance(exception, sqlite3.DatabaseError):
        return False
    code = getattr(exception, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF == _SQLITE_CORRUPT
    return any(word in str(exception).casefold() for word in _DAMAGE_WORDS)


async def search_index_hint(db: Any) -> str | None:
    """The one-line page text for a database whose full-text index is damaged, else None.

    Only asked after a request failed with SQLite's "database disk image is malformed":
    reading the whole index (:func:`quotes.store.fts_damage`) costs one pass over it, and
    tells a damaged index (``quotes mend`` rebuilds it) from a damaged file (it does not).
    """
    from quotes.store import MEND_COMMAND, fts_damage

    try:
        if not await quotes_pages.is_quotes_database(db):
            return None
        damage = await db.execute_fn(fts_damage)
    except Exception:  # noqa: BLE001  (the error page must not fail in turn)
        return None
    if not damage:
        return None
    path = db.path or db.name
    return (
        f"the full-text search index of {path} is damaged ({damage}): stop the server and "
        f"run `{MEND_COMMAND.format(path=path)}`, which rebuilds it from the stored quotes"
    )


async def damage_hint(db: Any, exception: BaseException) -> str:
    """The one-line page text for a request that met SQLite's "database disk image is
    malformed": the mend command when the full-text index is what is damaged
    (:func:`search_index_hint`), else what the user can do about a damaged file.

    A page of a table overwritten (a bad disk, a copy cut short, another program's edit)
    showed SQLite's bare words on every page that read it; ``quotes mend`` rebuilds only
    the index, so the page says not to expect it to help.
    """
    hint = await search_index_hint(db)
    if hint:
        return hint
    from quotes.store import one_line

    path = db.path or db.name
    return (
        f"{path} is damaged ({one_line(exception)}): the stored quotes cannot be read, and "
        "`quotes mend` (which rebuilds only the search index) cannot repair it; stop the "
        "server and restore the file from a backup, or run `quotes extract` on the "
        "articles again into a new database"
    )


def guard_search_index_errors(datasette: Any) -> None:
    """Make a query that meets a damaged full-text index a 500 that names the mend command.

    Canned queries and ``?sql=`` run through ``Datasette.execute``, whose SQLite errors the
    query view shows as a 400 with SQLite's bare "database disk image is malformed"
    (blaming the request); table and view pages (``?_search=``) reach
    :func:`quiet_error_response`, which adds the same hint.
    """
    if getattr(datasette, "_quotes_guarded_execute", False):
        return
    execute = datasette.execute

    async def guarded(db_name: str, sql: str, *args: Any, **kwargs: Any) -> Any:
        try:
            return await execute(db_name, sql, *args, **kwargs)
        except sqlite3.DatabaseError as exc:
            if damage_report(exc):
                hint = await damage_hint(datasette.get_database(db_name), exc)
                raise DatabaseDamaged(hint) from exc
            raise

    datasette.execute = guarded
    datasette._quotes_guarded_execute = True


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[Any], Any]:
    """Mend requests before Datasette 0.65 answers them, in this order: a missing
    %-escaped page is a 404, not a redirect (:func:`without_redirect_to_missing`); an
    unknown format or a row of a missing table or canned query is the missing page it
    names (:func:`without_unknown_format`, :func:`without_missing_table_rows`); an empty
    search box is no search; ``.json?_stream=on`` is streamed here; a write to a
    read-only page is a 405 (:func:`refused_write`); a sorted table page is ordered by
    the primary key within ties (:func:`table_page`, :func:`with_tiebreak`).

    Datasette adds ``match escape_fts('')`` for ``?_search=`` (what submitting an empty
    search box sends), which FTS5 rejects: the page answered 400 instead of all rows.
    """

    guard_search_index_errors(datasette)

    def wrap(app: Any) -> Any:
        async def quotes_middleware(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                if scope.get("method") not in _HTTP_METHODS:
                    await unknown_method_page(datasette, scope, send)
                    return
                raw = _raw_path(scope)
                if (b"%" in raw or _trailing_slash(raw)) and scope.get("method") in ("GET", "HEAD"):
                    await without_redirect_to_missing(app, scope, receive, send)
                    return
                scope = await without_unknown_format(datasette, scope)
                scope = await without_missing_table_rows(datasette, scope)
                query = scope.get("query_string") or b""
                if len(query) > MAX_HEADER_BYTES:
                    send = without_long_headers(send)
                if b"_bom" in query:
                    scope, send = with_csv_bom(scope, send)
                    query = scope.get("query_string") or b""
                if b"_filename" in query:
                    scope, send = with_download_name(scope, send)
                    query = scope.get("query_string") or b""
                if b"_shape=object" in query and (scope.get("path") or "").endswith(".json"):
                    send = with_refusal_status(send)
                if b"_search" in query:
                    scope = dict(scope, query_string=without_blank_search(query))
                    scope = await with_view_column_search(datasette, scope)
                if query.count(b"&") >= MAX_QUERY_PARAMETERS:
                    # Datasette reads each unknown parameter as a column filter: 1,000 of
                    # them took 11 s to refuse and 3,000 held the server past a minute.
                    count = query.count(b"&") + 1
                    await stream_refusal(
                        datasette,
                        scope,
                        send,
                        f"too many query parameters ({count:,}; at most {MAX_QUERY_PARAMETERS})",
                    )
                    return
                if b"_facet_size" in query:
                    refusal = bad_facet_size(scope)
                    if refusal is not None:
                        await stream_refusal(datasette, scope, send, refusal)
                        return
                if b"_stream" in query:
                    target = await streamed_table(datasette, scope)
                    if target is not None:
                        refusal = bad_stream_size(scope)
                        if refusal is not None:
                            await stream_refusal(datasette, scope, send, refusal)
                            return
                        scope = await with_stable_order(datasette, scope, *target[:2])
                        if target[2] == "json":
                            await stream_json(datasette, scope, send, target[1])
                            return
                if scope.get("method") not in _READ_METHODS:
                    refusal = await refused_write(datasette, scope)
                    if refusal == "missing":
                        scope = dict(scope, method="GET")  # Datasette's own 404 page
                    elif refusal is not None:
                        info = {"ok": False, "error": refusal, "status": 405, "title": None}
                        page405 = await error_page(
                            datasette, scope.get("path") or "", 405, info, {"allow": "GET, HEAD"}
                        )
                        await page405.asgi_send(send)
                        return
                page = await table_page(datasette, scope)
                if page is not None:
                    tiebreak_sorted_pages(page[0])
                    token = _SORTED_PAGE.set((page[0].name, page[1]))
                    try:
                        await app(scope, receive, send)
                    finally:
                        _SORTED_PAGE.reset(token)
                    return
            await app(scope, receive, send)

        return quotes_middleware

    return wrap


#: The longest response header value sent (bytes). Datasette echoes the whole query
#: string in a ``Link: <...json>; rel="alternate"`` header: for a 100 KB search that
#: header alone passed 64 KB, more than clients and proxies read (Python's http.client
#: gave up on the response, nginx answers 502 past its 4-8 KB buffer).
MAX_HEADER_BYTES = 8192


def without_long_headers(send: Any) -> Any:
    """``send`` dropping any response header longer than :data:`MAX_HEADER_BYTES` (only
    the ``Link`` to the page's other formats grows with the URL; the page still links
    them in its body)."""

    async def send_short(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            headers = [(k, v) for k, v in message.get("headers", []) if len(v) <= MAX_HEADER_BYTES]
            message = dict(message, headers=headers)
        await send(message)

    return send_short


#: The UTF-8 byte-order mark that ``?_bom=1`` puts before a CSV (for Excel).
UTF8_BOM = b"\xef\xbb\xbf"
_TRUE_VALUES = frozenset({"1", "on", "true", "yes"})


def with_csv_bom(scope: dict[str, Any], send: Any) -> tuple[dict[str, Any], Any]:
    """``.csv?_bom=1``: the CSV starts with the UTF-8 byte-order mark, opt-in.

    Excel reads a CSV without the mark in the system's legacy code page, so every
    accented name came out garbled ("JosÃ©"); other readers take the mark for part of
    the first column's name, so the default stays without it (``quotes export --bom``
    is the same for the command line). The parameter is taken off the query, so that
    it is never read as a filter; a page that is no CSV, or an error, is left as it is.
    """
    pairs = _query_pairs(scope)
    wanted = [value for key, value in pairs if key == "_bom"]
    if not wanted:
        return scope, send
    scope = dict(scope, query_string=urlencode([(k, v) for k, v in pairs if k != "_bom"]).encode())
    if not (scope.get("path") or "").endswith(".csv") or wanted[-1].lower() not in _TRUE_VALUES:
        return scope, send
    marked = False

    async def send_with_bom(message: dict[str, Any]) -> None:
        nonlocal marked
        if message["type"] == "http.response.start":
            marked = message.get("status") == 200
            if marked:
                message = dict(message, headers=_longer_by(message, len(UTF8_BOM)))
        elif message["type"] == "http.response.body" and marked:
            message = dict(message, body=UTF8_BOM + (message.get("body") or b""))
            marked = False
        await send(message)

    return scope, send_with_bom


def download_name(name: str, extension: str) -> str:
    """A ``Content-Disposition`` value naming a download ``name`` + ``extension``.

    Browsers take the quoted ``filename`` when they cannot read ``filename*``, and both
    must survive a header: the plain one is ``name`` folded to ASCII letters, digits and
    ``-_.`` (anything else a hyphen, a leading dot dropped, so no hidden file and no path),
    the starred one the same name with its accents kept, UTF-8 percent-encoded (RFC 6266).
    """
    stem = re.sub(r"[^\w.-]+", "-", unicodedata.normalize("NFC", name)).strip("-.")[:120]
    stem = stem or "download"
    folded = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode()
    folded = re.sub(r"[^A-Za-z0-9._-]+", "-", folded).strip("-.") or "download"
    value = f'attachment; filename="{folded}{extension}"'
    if folded != stem:
        value += f"; filename*=UTF-8''{quote(stem + extension, safe='')}"
    return value


def with_download_name(scope: dict[str, Any], send: Any) -> tuple[dict[str, Any], Any]:
    """``?_filename=NAME``: a download (``_dl=1``) saved as NAME, not as the table's name.

    Every speaker's CSV came down as ``quotes_view.csv``: three exports in a row were
    ``quotes_view (1).csv``, ``quotes_view (2).csv`` and nobody could tell whose was
    whose. The speaker page asks for the speaker's name; the extension stays the
    format's. The parameter is taken off the query (it is no filter); a response without
    a ``Content-Disposition`` (no ``_dl``) or an error is left as it is.
    """
    pairs = _query_pairs(scope)
    names = [value for key, value in pairs if key == "_filename"]
    if not names:
        return scope, send
    scope = dict(scope, query_string=urlencode([(k, v) for k, v in pairs if k != "_filename"]).encode())
    extension = Path(scope.get("path") or "").suffix
    if not names[-1].strip() or extension not in (".csv", ".json"):
        return scope, send
    disposition = download_name(names[-1], extension)

    async def send_named(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start" and message.get("status") == 200:
            headers = [
                (key, disposition.encode("latin-1") if key.lower() == b"content-disposition" else value)
                for key, value in message.get("headers") or []
            ]
            message = dict(message, headers=headers)
        await send(message)

    return scope, send_named


#: How Datasette 0.65's JSON renderer words a refused ``_shape=object`` (a view or a
#: query has no primary key to key the rows by), answered with status 200.
_REFUSED_SHAPE = b'{"ok": false, "error": "_shape=object '


def with_refusal_status(send: Any) -> Any:
    """``send``, answering Datasette's refusal of ``_shape=object`` with a 400, not a 200.

    ``/quotes/quotes_view.json?_shape=object`` answered 200 with ``{"ok": false, "error":
    "_shape=object not available for tables with no primary keys"}``: a script checking
    the status took the error for the data. The start of the response is held until the
    first body chunk shows whether it is that refusal.
    """
    held: dict[str, Any] | None = None

    async def send_with_status(message: dict[str, Any]) -> None:
        nonlocal held
        if message["type"] == "http.response.start" and message.get("status") == 200:
            held = message
            return
        if held is not None and message["type"] == "http.response.body":
            start, held = held, None
            if (message.get("body") or b"").startswith(_REFUSED_SHAPE):
                start = dict(start, status=400)
            await send(start)
        await send(message)

    return send_with_status


def _longer_by(start: dict[str, Any], extra: int) -> list[tuple[bytes, bytes]]:
    """The headers of a response start, its content-length (when given) ``extra`` more."""
    return [
        (key, str(int(value) + extra).encode() if key.lower() == b"content-length" else value)
        for key, value in start.get("headers") or []
    ]


async def unknown_method_page(datasette: Any, scope: dict[str, Any], send: Any) -> None:
    """Answer a method no view takes (``TRACE /``) with a 405, not the 500 of Datasette's
    ``getattr(view, method)`` finding nothing to call."""
    method = printable_method(scope.get("method"))
    info = {"ok": False, "error": f"{method} is not allowed here: use GET", "status": 405, "title": None}
    page = await error_page(datasette, scope.get("path") or "", 405, info, {"allow": "GET, HEAD"})
    await page.asgi_send(send)


def printable_method(method: object) -> str:
    """The request's method for an error message: letters only, at most 20."""
    return re.sub(r"[^A-Za-z-]", "", str(method or ""))[:20] or "this method"


def _trailing_slash(raw_path: bytes) -> bool:
    """Whether Datasette would redirect a missing ``raw_path`` to it without the slash."""
    return raw_path.endswith(b"/") and bool(raw_path.rstrip(b"/"))


def _raw_path(scope: dict[str, Any]) -> bytes:
    return (scope.get("raw_path") or (scope.get("path") or "").encode("utf-8")).partition(b"?")[0]


async def without_redirect_to_missing(
    app: Any, scope: dict[str, Any], receive: Any, send: Any, depth: int = 0
) -> None:
    """A %-escaped URL, or one ending in ``/``, that matches nothing answers 404, not a
    redirect to a 404.

    Datasette 0.65 answers every 404 whose path holds a ``%`` with a 302 to the same path
    tilde-encoded (``/%00`` to ``/~00``, ``..%2f..%2fetc%2fpasswd`` to ``~2E~2E~2f...``),
    and one whose path ends in ``/`` with a 302 to it without the slash
    (``/quotes/quotes/-/insert/``), so a client that does not follow redirects saw
    "Found" for a page that is not there.
    That redirect is checked: when its target is missing too, the 404 is sent instead;
    a target that exists (a table whose name needs escaping, ``/quotes/``) keeps the
    redirect. A target that redirects again (``/no%20pe/`` to ``/no~20pe/``) is checked
    the same way, twice at most.
    """
    held: list[dict[str, Any]] = []
    target: str | None = None

    async def first(message: dict[str, Any]) -> None:
        nonlocal target
        if message["type"] == "http.response.start" and message["status"] == 302:
            path = _raw_path(scope).decode("latin-1")
            tilde = path.replace("~", "~7E").replace("%", "~").replace(".", "~2E")
            location = next(
                (
                    bytes(v).decode("latin-1")
                    for k, v in message.get("headers") or []
                    if k.lower() == b"location"
                ),
                "",
            ).partition("?")[0]
            if location == re.sub(r"^/+", "/", tilde):
                target = tilde
            elif _trailing_slash(path.encode("latin-1")) and location == path.rstrip("/"):
                target = location
        if target is not None:
            held.append(message)
        else:
            await send(message)

    await app(scope, receive, first)
    if target is None:
        return
    status = 0

    async def second(message: dict[str, Any]) -> None:
        nonlocal status
        if message["type"] == "http.response.start":
            status = message["status"]
        if status == 404:
            await send(message)

    again = dict(scope, path=unquote(target), raw_path=target.encode("latin-1"))
    if depth < 2:
        await without_redirect_to_missing(app, again, receive, second, depth + 1)
    else:
        await app(again, receive, second)
    if status != 404:
        for message in held:
            await send(message)


async def without_unknown_format(datasette: Any, scope: dict[str, Any]) -> dict[str, Any]:
    """``/<db>/<table>.xml`` (a format nothing renders) is the missing page it names.

    Datasette 0.65 served the table's HTML page for any unknown extension, with links
    such as ``.xml?_format=json``; now the last segment is looked up as a name, which
    does not exist, so the answer is Datasette's 404.
    """
    parts = (scope.get("path") or "").strip("/").split("/")
    if not 1 <= len(parts) <= 3 or parts[0] in ("", "-"):
        return scope
    name, dot, fmt = parts[-1].rpartition(".")
    if not dot or not name or "." in name or fmt in datasette.renderers or fmt == "csv":
        return scope
    if len(parts) == 1 and fmt == "db":
        return scope  # the database download (refused by the settings, as Datasette says)
    try:
        datasette.get_database(route=tilde_decode(parts[0] if len(parts) > 1 else name))
    except KeyError:
        return scope  # not a database of ours (/robots.txt and other routes)
    path = "/" + "/".join([*parts[:-1], tilde_encode(parts[-1])])
    return dict(scope, path=path, raw_path=path.encode("utf-8"))


async def without_missing_table_rows(datasette: Any, scope: dict[str, Any]) -> dict[str, Any]:
    """A row URL of a table that does not exist (``/quotes/nosuch/1``, ``/quotes/-/create``)
    goes to the missing table's page: Datasette 0.65 ran the row query anyway, answered
    400 and printed the failed SQL to the console; the table page is a plain 404."""
    parts = (scope.get("path") or "").strip("/").split("/")
    if len(parts) != 3 or not all(parts):
        return scope
    try:
        db = datasette.get_database(route=tilde_decode(parts[0]))
    except KeyError:
        return scope
    table = tilde_decode(parts[1])
    if table != "-" and (await db.table_exists(table) or table in await db.view_names()):
        return scope  # a real table or view: Datasette answers as usual
    if table != "-" and await datasette.get_canned_query(db.name, table, None) is not None:
        # A canned query has no rows: Datasette ran "select * from search_quotes" and
        # answered 400 "Invalid SQL: no such table". As one name, "search_quotes/x" is
        # no table either, and its page is the 404 "Table not found".
        path = f"/{parts[0]}/{parts[1]}~2F{parts[2]}"
        return dict(scope, path=path, raw_path=path.encode("utf-8"))
    path = f"/{parts[0]}/{parts[1]}"
    return dict(scope, path=path, raw_path=path.encode("utf-8"))


def _query_pairs(scope: dict[str, Any]) -> list[tuple[str, str]]:
    query = (scope.get("query_string") or b"").decode("latin-1")
    return parse_qsl(query, keep_blank_values=True)


async def refused_write(datasette: Any, scope: dict[str, Any]) -> str | None:
    """Why a POST (PUT, DELETE...) to ``/<db>/<name>`` (or a row of it) cannot be served, else None.

    Datasette 0.65 answers those with a 500: ``assert canned_query`` for a table, view
    or unknown name, and an AttributeError (the query view returns a tuple, not a
    response) for a canned query that does not write. Only a writable canned query
    takes a POST. Returns "missing" for a name that is nothing (a 404 follows), else
    the message of a 405.
    """
    page = _named_page(datasette, scope, _NAMED_PAGE)
    if page is None:
        return None
    db, name, _ = page
    try:
        query = await datasette.get_canned_query(db.name, name, None)
        if query is not None:
            return None if query.get("write") else f"{name} is a read-only query: use GET"
        if name != "-" and (await db.table_exists(name) or name in await db.view_names()):
            return f"{name} is read-only here: use GET"
    except Exception:  # noqa: BLE001 -- Datasette meets it again and answers the error page
        return None
    return "missing"


def _named_page(
    datasette: Any, scope: dict[str, Any], pattern: re.Pattern[str]
) -> tuple[Any, str, re.Match[str]] | None:
    """The database, the decoded name and the match of a page path ``pattern`` reads
    (groups "database" and "name", on the path without ``base_url``), else None: no
    match, no such database, or a lookup that failed (Datasette meets it again and
    answers its error page)."""
    match = pattern.match(_local_path(datasette, scope))
    if not match:
        return None
    try:
        db = datasette.get_database(route=tilde_decode(match["database"]))
    except Exception:  # noqa: BLE001 -- see the docstring
        return None
    return db, tilde_decode(match["name"]), match


def _local_path(datasette: Any, scope: dict[str, Any]) -> str:
    """The request path without the ``base_url`` prefix."""
    base = datasette.setting("base_url") or "/"
    path = scope.get("path") or ""
    return "/" + path[len(base) :] if base != "/" and path.startswith(base) else path


async def table_page(datasette: Any, scope: dict[str, Any]) -> tuple[Any, str] | None:
    """``(database, table)`` for a table's page (HTML, ``.json`` or ``.csv``), else None.

    Views (paged by offset), canned queries, rows and unknown names give None."""
    page = _named_page(datasette, scope, _TABLE_PAGE)
    if page is None:
        return None
    db, table, _ = page
    try:
        if not await db.table_exists(table):
            return None
    except Exception:  # noqa: BLE001 -- Datasette meets it again and answers the error page
        return None
    return db, table


def tiebreak_sorted_pages(db: Any) -> None:
    """Route ``db.execute`` through :func:`with_tiebreak` (once per database object)."""
    if getattr(db, "_quotes_tiebreak", False):
        return
    original = db.execute

    async def execute(sql: str, *args: Any, **kwargs: Any) -> Any:
        page = _SORTED_PAGE.get()
        if page is not None and page[0] == db.name and isinstance(sql, str):
            sql = await with_tiebreak(db, page[1], sql)
        return await original(sql, *args, **kwargs)

    db.execute = execute
    db._quotes_tiebreak = True


async def with_tiebreak(db: Any, table: str, sql: str) -> str:
    """The first page of a table sorted by a column, ordered by the primary key within ties.

    Datasette 0.65 orders that page by the sort column alone (``order by published
    desc``), then asks for the next one with ``published < v or (published = v and id >
    last id)``, as if ties had come in primary-key order. They do not (an index scanned
    backwards gives them in descending id), so paging through ``next`` skipped some rows
    and repeated others: 500 distinct statements of 3,159 on a 300-article database, 5,155
    of 5,196 quotes. Only the main query of that table's page has this shape.
    """
    match = _ORDER_THEN_LIMIT.search(sql)
    if not match or not sql.startswith("select ") or f" from {escape_sqlite(table)} " not in sql:
        return sql
    pks = await db.primary_keys(table) or ["rowid"]
    by_pks = ", ".join(escape_sqlite(pk) for pk in pks)
    order = match["order"]
    if order == by_pks:
        return sql
    return f"{sql[: match.start('order')]}{order}, {by_pks}{sql[match.end('order') :]}"


async def streamed_table(datasette: Any, scope: dict[str, Any]) -> tuple[Any, str, str] | None:
    """``(database, table, format)`` for ``/<db>/<table>.csv|json?_stream=on``, else None.

    ``table`` may be a view; canned queries and unknown names give None (Datasette
    answers those itself).
    """
    if not dict(_query_pairs(scope)).get("_stream"):
        return None
    page = _named_page(datasette, scope, _STREAMED)
    if page is None:
        return None
    db, table, match = page
    if not (await db.table_exists(table) or table in await db.view_names()):
        return None
    return db, table, match["format"]


def bad_stream_size(scope: dict[str, Any]) -> str | None:
    """Why ``_size`` of a ``_stream=on`` URL is refused, or None when it is fine.

    The stream gives every row whatever the page size, so ``_size`` is dropped; but a
    value Datasette refuses on the same URL without ``_stream`` (``_size=abc``, ``-1``)
    was then answered 200 with every row, hiding the script's mistake. It is a 400, as
    there; a good value (a whole number, ``max``) still streams.
    """
    size = dict(_query_pairs(scope)).get("_size")
    if size is None or size == "max" or (size.isascii() and size.isdigit()):
        return None
    return f"_size must be a positive integer (or max), not {size[:40]!r}"


def bad_facet_size(scope: dict[str, Any]) -> str | None:
    """Why ``_facet_size`` is refused, or None when it is a whole number or ``max``.

    Datasette 0.65 read ``_facet_size=abc`` as no facet size at all and answered 200 with
    the default number of facet values: a script's typo looked like an answer. A bad
    parameter is a 400, as a bad ``_size`` is.
    """
    for key, size in _query_pairs(scope):
        if key == "_facet_size" and not (size == "max" or (size.isascii() and size.isdigit())):
            return f"_facet_size must be a whole number (or max), not {size[:40]!r}"
    return None


async def stream_refusal(datasette: Any, scope: dict[str, Any], send: Any, message: str) -> None:
    """Answer a streamed export's bad parameter with a 400 (JSON for ``.json``, else the
    error page), as Datasette answers a bad parameter of the page."""
    info = {"ok": False, "error": message, "status": 400, "title": None}
    page = await error_page(datasette, scope.get("path") or "", 400, info)
    await page.asgi_send(send)


async def with_stable_order(
    datasette: Any, scope: dict[str, Any], db: Any, table: str
) -> dict[str, Any]:
    """Stream a table in primary-key order unless the request sorts it.

    Datasette 0.65 pages a table by keyset (sort value, primary key), but its first page
    is ordered by the sort column alone, so with ties in that column (a ``sort_desc:
    published`` from metadata and many quotes per day) a stream skipped some rows and
    repeated others. Sorting by the single primary key is exact. Views are paged by
    offset and are not affected.
    """
    args = dict(_query_pairs(scope))
    if args.get("_sort") or args.get("_sort_desc") or table in await db.view_names():
        return scope
    metadata = datasette.table_metadata(db.name, table)
    if not (metadata.get("sort") or metadata.get("sort_desc")):
        return scope
    pks = await db.primary_keys(table)
    if len(pks) != 1:
        return scope
    query = scope.get("query_string") or b""
    extra = urlencode({"_sort": pks[0]}).encode("latin-1")
    return dict(scope, query_string=query + b"&" + extra if query else extra)


async def stream_json(datasette: Any, scope: dict[str, Any], send: Any, table: str) -> None:
    """Answer ``/<db>/<table>.json?_stream=on`` with every matching row.

    The rows are fetched through Datasette itself, one ``max_returned_rows`` page at a
    time following its ``next`` token, so filters, search, sorting, permissions and time
    limits are exactly those of the table page. The output is a JSON array of row
    objects, or newline-delimited objects with ``_nl=on``.
    """
    pairs = _query_pairs(scope)
    args = dict(pairs)
    path = scope["path"]
    headers: dict[str, str] = {}
    if datasette.cors:
        add_cors_headers(headers)
    if args.get("_next"):
        error = {"ok": False, "error": "_next not allowed for JSON streaming", "status": 400}
        await Response.json(error, status=400, headers=headers).asgi_send(send)
        return
    if args.get("_shape", "array") != "array":
        # `_shape=arrays` (or objects, object) was answered with the array of objects all
        # the same: a script reading row[0] met a dict. Say what the stream gives instead.
        message = (
            f"_shape={args['_shape'][:40]} is not available with _stream=on, which gives a "
            "JSON array of row objects (_shape=array), or one object per line with _nl=on"
        )
        error = {"ok": False, "error": message, "status": 400}
        await Response.json(error, status=400, headers=headers).asgi_send(send)
        return
    page_params = [(k, v) for k, v in pairs if k not in _STREAM_DROPPED]
    page_params += [("_shape", "objects"), ("_size", "max"), ("_nofacet", "1"), ("_nocount", "1")]
    forwarded = {
        k.decode("latin-1"): v.decode("latin-1")
        for k, v in scope.get("headers") or []
        if k.lower() in (b"cookie", b"authorization")
    }

    async def page(next_token: str | None) -> Any:
        params = page_params + ([("_next", next_token)] if next_token else [])
        return await datasette.client.get(PrefixedUrlString(path), params=params, headers=forwarded)

    first = await page(None)
    if first.status_code != 200:
        response = Response(
            first.text,
            status=first.status_code,
            headers=headers,
            content_type=first.headers.get("content-type", "application/json"),
        )
        await response.asgi_send(send)
        return
    lines = bool(args.get("_nl"))
    if args.get("_dl"):
        headers["content-disposition"] = f'attachment; filename="{table}.json"'

    async def write_rows(writer: Any) -> None:
        data = first.json()
        written = 0
        if not lines:
            await writer.write("[")
        while True:
            chunk = []
            for row in data.get("rows") or []:
                text = json.dumps(row, ensure_ascii=False, default=str)
                chunk.append(text + "\n" if lines else ("," if written else "") + "\n" + text)
                written += 1
            if chunk:
                await writer.write("".join(chunk))
            token = data.get("next")
            if not token:
                break
            response = await page(str(token))
            if response.status_code != 200:
                # Stop without closing the array: a truncated export must not parse.
                logger.error(
                    "GET %s: JSON stream stopped after %d rows: %s",
                    path,
                    written,
                    response.text[:200].replace("\n", " "),
                )
                return
            data = response.json()
        if not lines:
            await writer.write("\n]\n")

    content_type = "text/plain; charset=utf-8" if lines else "application/json; charset=utf-8"
    await AsgiStream(write_rows, headers=headers, content_type=content_type).asgi_send(send)


@hookimpl
def register_routes() -> list[tuple[str, Callable[..., Awaitable[Response]]]]:
    """``/robots.txt`` (keep crawlers off the query pages) and our stylesheet."""
    return [(r"^/robots\.txt$", robots_txt), (r"^/-/quotes\.css$", stylesheet)]


def _not_a_get(request: Request) -> Response | None:
    """Datasette's own pages answer a method other than GET or HEAD with 405 "Method not
    allowed"; our two plain routes answered a POST, PUT or OPTIONS with the file and
    200, as if it had been taken."""
    if request.method in ("GET", "HEAD"):
        return None
    return Response.text("Method not allowed", status=405, headers={"Allow": "GET, HEAD"})


async def robots_txt(request: Request) -> Response:
    return _not_a_get(request) or Response.text(ROBOTS_TXT)


def _stylesheet_text() -> str:
    try:
        return STYLESHEET.read_text(encoding="utf-8")
    except OSError:
        return ""


_CSS = _stylesheet_text()
_CSS_VERSION = hashlib.sha256(_CSS.encode("utf-8")).hexdigest()[:10]


async def stylesheet(request: Request) -> Response:
    return _not_a_get(request) or Response(
        _CSS,
        content_type="text/css; charset=utf-8",
        headers={"cache-control": "max-age=3600"},
    )


@hookimpl
def prepare_jinja2_environment(env: Any) -> None:
    env.filters["quote_type_class"] = quotes_pages.type_class
    env.globals["quote_types"] = quotes_pages.QUOTE_TYPES


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    return [str(datasette.urls.path(f"/-/quotes.css?v={_CSS_VERSION}"))]


#: Columns the quotes_view list layout needs (with ``_col`` hiding one, the plain table).
QUOTES_LIST_COLUMNS = frozenset({"id", "content", "type", "speaker", "title", "published"})


@hookimpl
def extra_template_vars(
    database: str | None,
    table: str | None,
    columns: list[str] | None,
    view_name: str,
    request: Any,
    datasette: Any,
) -> Callable[[], Awaitable[dict[str, Any]]] | dict[str, Any]:
    """Hand our templates the article page, the speaker page or the quotes list.

    ``?_layout=table`` keeps Datasette's own table and row pages.
    """
    if (
        request is None
        or database is None
        or request.args.get("_layout") == "table"
        or (view_name, table)
        not in {("row", "articles"), ("row", "speakers"), ("table", "quotes_view")}
    ):
        return {}

    async def inner() -> dict[str, Any]:
        db = datasette.get_database(database)
        if not await quotes_pages.is_quotes_database(db):
            return {}
        if view_name == "table":
            if QUOTES_LIST_COLUMNS <= set(columns or ()):
                search = request.args.get("_search") or ""
                return {
                    "quotes_list": True,
                    "search_speakers": await quotes_pages.speakers_named(
                        datasette, database, search
                    ),
                }
            return {}
        pks = urlsafe_components(request.url_vars.get("pks") or "")
        if len(pks) != 1:
            return {}
        if table == "articles":
            page = await quotes_pages.article_page(datasette, database, pks[0])
            return {"quotes_article": page} if page else {}
        page = await quotes_pages.speaker_page(datasette, database, pks[0])
        return {"quotes_speaker": page} if page else {}

    return inner


@hookimpl
def render_cell(
    row: Any, value: object, column: str, table: str | None, database: str, datasette: Any
) -> Markup | Callable[[], Awaitable[Markup | None]] | None:
    """Highlight search snippets; link speakers, titles and statements in query results
    (:func:`query_cell_link`) and ids with no foreign key (``ID_LINKS``); link quotes_view
    cells; label foreign keys on row pages.

    Datasette 0.65 shows foreign-key labels on table pages only; a row page shows the
    bare 60-bit id of the speaker and article. Table pages hand us expanded values
    (dicts), so plain integers here mean the row page (or ``_labels=off``). Only
    ``*_id`` columns are looked up (every foreign key of the schema is named so), which
    keeps offsets and counts on table pages from costing a query per cell.
    """
    if table is None:
        return highlight_snippet(value, column) or query_cell_link(
            row, value, column, database, datasette
        )
    if (table, column) in ID_LINKS and _int(value) is not None:
        return id_link(ID_LINKS[table, column], value, database, datasette)
    if table == "quotes_view":
        return quotes_view_cell(row, value, column, database, datasette)
    if (table, column) in LABEL_LINKS and isinstance(value, str) and _get(row, "id") is not None:
        href = quotes_pages.Links(datasette, database).row(table, _get(row, "id"))
        return _link(href, value)
    if column.endswith("_id") and isinstance(value, int) and not isinstance(value, bool):
        anchor = None
        if table == "quotes" and column == "article_id":
            anchor = _get(row, "id")
        return lambda: foreign_key_link(datasette, database, table, column, value, anchor)
    return None


#: Ids with no foreign key behind them, and where they lead: a statement row's own id to
#: every outlet and article that carried it, a statement's first quote to that quote, a
#: quote's statement to the statement. They were bare numbers, so a statement's page led
#: nowhere (on a table page Datasette links the primary key to its row itself).
ID_LINKS = {
    ("statements", "id"): "statement_outlets",
    ("statements", "first_quote_id"): "quotes",
    ("quotes", "statement_id"): "statements",
    ("quotes_view", "statement_id"): "statements",
}


def id_link(target: str, value: object, database: str, datasette: Any) -> Markup:
    """``value`` linked to the row of ``target`` (or to a statement's outlets)."""
    links = quotes_pages.Links(datasette, database)
    if target == "statement_outlets":
        href = links.query(target, statement=value)
    else:
        href = links.row(target, value)
    return _link(href, value)


#: Names and titles that link to the speaker and article pages on their tables' pages.
LABEL_LINKS = {("speakers", "name"), ("articles", "title")}


def _get(row: Any, key: str) -> Any:
    """``row[key]``, or None when the column was not selected."""
    try:
        return row[key]
    except (KeyError, IndexError):
        return None


def quotes_view_cell(
    row: Any, value: object, column: str, database: str, datasette: Any
) -> Markup | None:
    """The quote as a coloured <mark>; speaker, article title and id as links."""
    if value is None:
        return None
    links = quotes_pages.Links(datasette, database)
    if column == "content" and isinstance(value, str):
        qid = _get(row, "id")
        kind = quotes_pages.type_class(_get(row, "type"))
        data = f' data-quote-id="{escape(qid)}"' if qid is not None else ""
        return Markup(f'<mark class="quote quote-{kind}"{data}>{escape(value)}</mark>')
    if column == "speaker" and _get(row, "speaker_id") is not None:
        href = links.speaker(_get(row, "speaker_id"))
        return Markup(f'<a class="speaker" href="{escape(href)}">{escape(value)}</a>')
    if column == "title" and _get(row, "article_id") is not None:
        href = links.article(_get(row, "article_id"), _get(row, "id"))
        return Markup(f'<a class="article" href="{escape(href)}">{escape(value)}</a>')
    if column == "id" and isinstance(value, int):
        return _link(links.quote(value), value)
    return None


def _int(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _link(href: str, value: object) -> Markup:
    """``value`` as the text of a link to ``href``, both escaped."""
    return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')


def query_cell_link(
    row: Any, value: object, column: str, database: str, datasette: Any
) -> Markup | None:
    """Links in query results (canned or the user's SQL), as the quotes list has them.

    A ``speaker`` beside a ``speaker_id`` links to the speaker page, a ``title`` beside an
    ``article_id`` to the article page (at the quote, given ``quote_id`` or ``id``), and a
    ``statement`` id to every outlet that carried it. The canned queries select those ids
    for this: their results were plain text, a dead end for a reader of a search.
    """
    links = quotes_pages.Links(datasette, database)
    href = None
    if column == "speaker" and isinstance(value, str):
        speaker_id = _int(_get(row, "speaker_id"))
        href = links.speaker(speaker_id) if speaker_id is not None else None
    elif column == "title" and isinstance(value, str):
        article_id = _int(_get(row, "article_id"))
        quote_id = _int(_get(row, "quote_id")) or _int(_get(row, "id"))
        href = links.article(article_id, quote_id) if article_id is not None else None
    elif column == "statement" and _int(value) is not None:
        return id_link("statement_outlets", value, database, datasette)
    if href is None:
        return None
    return _link(href, value)


def highlight_snippet(value: object, column: str) -> Markup | None:
    """Show ``snippet()`` matches as <mark>, escaping all the text first."""
    if column != "snippet" or not isinstance(value, str) or MARK_START not in value:
        return None
    return Markup(_MARKED.sub(r"<mark>\1</mark>", str(escape(value))))


async def foreign_key_link(
    datasette: Any, database: str, table: str, column: str, value: int, anchor: object = None
) -> Markup | None:
    """``<a href=row>label</a> <em>id</em>``, as Datasette renders labels on table pages."""
    foreign_keys = await datasette.databases[database].foreign_keys_for_table(table)
    fk = next((f for f in foreign_keys if f["column"] == column), None)
    if fk is None:
        return None
    labels = await datasette.expand_foreign_keys(database, table, column, [value])
    label = labels.get((column, value))
    if label is None or label == value:
        return None
    href = datasette.urls.row(database, fk["other_table"], tilde_encode(str(value)))
    if anchor is not None:
        href = f"{href}#q-{anchor}"
    return Markup(f'<a href="{escape(href)}">{escape(label)}</a>&nbsp;<em>{escape(value)}</em>')


@hookimpl(wrapper=True)
def handle_exception(
    datasette: Any, request: Any, exception: BaseException
) -> Generator[None, list[Any], list[Any]]:
    """Replace Datasette's default (rich-printing) error response with a quiet one.

    A wrapper rather than a plain implementation because Datasette awaits *every*
    returned handler, so returning our own response first would not stop the default
    one from printing (or crashing).
    """
    results = yield
    kept = [r for r in results if getattr(r, "__module__", None) != _DEFAULT_HANDLER_MODULE]
    return [*kept, quiet_error_response(datasette, request, exception)]


def _bad_parameter(request: Any, exception: BaseException) -> str | None:
    """What the request got wrong, when Datasette's own check of it raised a bare error.

    Datasette 0.65 reads ``?_timelimit=`` with ``int()`` in query views and checks the
    ``/-/messages`` form with ``assert``: a typo in the URL or form was a 500 "server
    error". Only those known checks are blamed on the request; any other exception is
    still a 500.
    """
    if isinstance(exception, ValueError) and "_timelimit" in request.args:
        value = request.args.get("_timelimit", "")
        if not value.strip().lstrip("-").isdigit():
            return f"_timelimit must be a whole number of milliseconds, not {value[:40]!r}"
    if isinstance(exception, AssertionError) and request.path == "/-/messages":
        return "message_type must be INFO, WARNING or ERROR"
    if isinstance(exception, (ValueError, TypeError, KeyError)) and not _through_object(request):
        # json.loads of the parameter (JSONDecodeError is a ValueError), then its keys
        # read from whatever came back (a list: TypeError; a missing key: KeyError)
        return '_through must be JSON: {"table": ..., "column": ..., "value": ...}'
    if isinstance(exception, json.JSONDecodeError) and (key := _json_argument(request)):
        if key.startswith("_facet"):
            return f'{key} opening with {{ must be JSON: {{"simple": "column"}}'
        return f"{key} must be a JSON list or comma-separated values"
    if "_next" in request.args and (
        (isinstance(exception, ValueError) and "int()" in str(exception))
        # a view pages by offset: `_next=-99999999999999999999` passed int() and SQLite
        # refused the OFFSET past 64 bits with IntegrityError "datatype mismatch" (a 500)
        or (isinstance(exception, sqlite3.IntegrityError) and "datatype mismatch" in str(exception))
    ):
        return "_next must be the token of a next-page link"
    if (
        isinstance(exception, (sqlite3.ProgrammingError, sqlite3.Warning))
        and "_where" in request.args
    ):
        # "You can only execute one statement at a time": a ";" in a _where clause
        return "_where must be one SQL condition, without ';'"
    if isinstance(exception, sqlite3.ProgrammingError) and "null character" in str(exception):
        # a %00 in a column name the page puts into its SQL (?_facet_date=%00)
        return "the URL holds a NUL character (%00) where a column name goes"
    if (
        isinstance(exception, KeyError)
        and _DATABASE_EXPORT.match(request.path)
        and "sql" not in request.args
    ):
        # `/quotes.csv`, `/quotes.json?_shape=array`: the database page as rows, which it
        # has none of (Datasette 0.65 looked up its "rows" or "columns": KeyError, a 500)
        return "a database has no rows of its own: add ?sql=SELECT ..., or open a table or view"
    if isinstance(exception, OverflowError) and "SQLite INTEGER" in str(exception):
        # `?id__gt=99999999999999999999`: Datasette reads a numeric filter's value as a
        # Python int, which sqlite3 cannot bind past 64 bits (OverflowError, a 500)
        return "a number in the URL is too large (SQLite integers end at 9223372036854775807)"
    if isinstance(exception, QueryInterrupted):
        # The JSON and HTML views answer a query over the time limit with 400 "SQL
        # Interrupted"; the CSV view let the same exception through as a 500.
        return "SQL query took too long (the time limit is sql_time_limit_ms or ?_timelimit=)"
    return None


def _through_object(request: Any) -> bool:
    """Whether every ``_through`` argument (if any) is the JSON object Datasette 0.65
    reads it as: ``table``, ``column`` and ``value`` keys (``_through=[1,2]`` was a 500)."""
    for value in request.args.getlist("_through"):
        try:
            through = json.loads(value)
        except ValueError:
            return False
        if not isinstance(through, dict) or not {"table", "column", "value"} <= through.keys():
            return False
    return True


def _json_argument(request: Any) -> str | None:
    """The first argument Datasette 0.65 parses as JSON that is not: a ``column__in`` /
    ``column__notin`` value opening with "[" (``?id__in=[``), a ``_facet``,
    ``_facet_date`` or ``_facet_array`` value opening with "{" (``?_facet_date={``).
    Each was a 500."""
    for key in request.args:
        opens = "[" if key.endswith(("__in", "__notin")) else "{" if key.startswith("_facet") else None
        if opens is None:
            continue
        for value in request.args.getlist(key):
            if value.startswith(opens):
                try:
                    json.loads(value)
                except ValueError:
                    return key
    return None


# Errors Datasette 0.65 raises about the request without giving them a 4xx status
# (views/table.py, filters.py): a sort column or a `_through` that does not exist.
_REQUEST_ERRORS = ("Cannot sort table by ", "Cannot use _sort and _sort_desc", "Invalid _through")


def quiet_error_response(
    datasette: Any, request: Any, exception: BaseException
) -> Callable[[], Awaitable[Response]]:
    """The default error page of Datasette 0.65, minus the console output."""

    async def inner() -> Response:
        if datasette.pdb:
            pdb.post_mortem(exception.__traceback__)
        title = None
        info: dict[str, Any]
        if isinstance(exception, Base400):
            status = exception.status
            info = {}
            message: Any = exception.args[0] if exception.args else str(status)
        elif isinstance(exception, DatasetteError):
            status = exception.status
            if status == 500 and exception.message.startswith(_REQUEST_ERRORS):
                status = 400  # "?_sort=nonexistent": the URL's fault, not the server's
            info = dict(exception.error_dict)
            message = exception.message
            if exception.message_is_html:
                message = Markup(message)
            title = exception.title
        elif (blame := _bad_parameter(request, exception)) is not None:
            status, info, message = 400, {}, blame
        else:
            status = 500
            info = {}
            message = str(exception)
            if damage_report(exception) and (db := _request_database(datasette, request)):
                message = await damage_hint(db, exception)
            # One line for the operator; the traceback only with debug logging on.
            logger.error(
                "%s %s: %s: %s", request.method, request.path, type(exception).__name__, message
            )
            logger.debug("traceback", exc_info=exception)
        info.update({"ok": False, "error": message, "status": status, "title": title})
        return await error_page(datasette, request.path, status, info)

    return inner


def _request_database(datasette: Any, request: Any) -> Any:
    """The database a failed request was about (its route's ``database``), else None."""
    name = (getattr(request, "url_vars", None) or {}).get("database")
    if not name:
        return None
    try:
        return datasette.get_database(tilde_decode(name))
    except KeyError:
        try:
            return datasette.get_database(name)
        except KeyError:
            return None


async def error_page(
    datasette: Any,
    path: str,
    status: int,
    info: dict[str, Any],
    headers: dict[str, str] | None = None,
) -> Response:
    """Datasette's error page (JSON for a ``.json`` path) for ``info`` ("error", ...)."""
    headers = dict(headers or {})
    if datasette.cors:
        add_cors_headers(headers)
    if path.split("?")[0].endswith(".json"):
        return Response.json(info, status=status, headers=headers)
    template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
    html = await template.render_async(
        dict(
            info,
            urls=datasette.urls,
            app_css_hash=datasette.app_css_hash(),
            menu_links=lambda: [],
        )
    )
    return Response.html(html, status=status, headers=headers)
