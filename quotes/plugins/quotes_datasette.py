"""The Datasette hooks that ``quotes serve`` needs (registered by ``make_datasette``).

* ``speaker_key()`` in SQL, so the canned queries match a speaker under any spelling with
  exactly the rule the store uses to merge speakers (case, accents, hyphens, "the").
* Search that cannot fail: a blank ``?_search=`` means no search, and ``escape_fts`` never
  yields the empty (invalid) FTS5 query, so stray quote marks find nothing, not a 400.
* Search snippets highlighted without trusting article text as HTML.
* Foreign-key labels (speaker name, article title) on row pages too.
* Quiet, correct error pages. Datasette 0.65.5's default ``handle_exception`` calls
  ``rich.get_console().print_exception()`` whenever ``rich`` is importable (spaCy installs
  it). For a URL that matches no route there is no exception being handled, so rich itself
  raises ``ValueError`` and the client gets a 500 instead of a 404; for every other 404
  the console gets a full traceback with locals. This module drops that default response
  and renders the same error page itself: 4xx with their status and no console output,
  real 500s as one log line.
"""

from __future__ import annotations

import logging
import pdb
import re
import sys
from collections.abc import Awaitable, Callable, Generator
from typing import Any
from urllib.parse import unquote_plus

from datasette import Response, hookimpl
from datasette.plugins import pm
from datasette.utils import add_cors_headers, escape_fts, tilde_encode
from datasette.utils.asgi import Base400
from datasette.views.base import DatasetteError
from markupsafe import Markup, escape

from quotes.store import speaker_key

logger = logging.getLogger("quotes.publish")

PLUGIN_NAME = "quotes"
#: Snippet delimiters used by the ``search_quotes`` canned query: characters that do not
#: occur in HTML markup, so the text can be escaped first and highlighted afterwards.
MARK_START, MARK_END = "\u27e6", "\u27e7"
_MARKED = re.compile(f"{MARK_START}([^{MARK_START}{MARK_END}]*){MARK_END}")
_DEFAULT_HANDLER_MODULE = "datasette.handle_exception"


def register() -> None:
    """Register these hooks with Datasette's plugin manager, once per process."""
    module = sys.modules[__name__]
    if not pm.is_registered(module) and pm.get_plugin(PLUGIN_NAME) is None:
        pm.register(module, name=PLUGIN_NAME)


def sql_speaker_key(name: object) -> str:
    """``speaker_key`` for SQL: NULL and non-text values give '' (which matches nothing)."""
    if not isinstance(name, str):
        return ""
    return speaker_key(name)


def safe_escape_fts(query: object) -> str:
    """Datasette's ``escape_fts``, but never the empty string.

    ``escape_fts('"')`` is ``''`` and ``match ''`` is an FTS5 syntax error, so a search
    for a lone quote mark answered 400 "Invalid SQL". ``'""'`` is a valid query that
    matches nothing.
    """
    return escape_fts(query if isinstance(query, str) else "") or '""'


@hookimpl(trylast=True)
def prepare_connection(conn: Any) -> None:
    """Add ``speaker_key(text)`` for the canned queries; make ``escape_fts`` total.

    ``trylast`` so that our ``escape_fts`` replaces the one Datasette registers.
    """
    conn.create_function("speaker_key", 1, sql_speaker_key, deterministic=True)
    conn.create_function("escape_fts", 1, safe_escape_fts, deterministic=True)


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


@hookimpl
def asgi_wrapper() -> Callable[[Any], Any]:
    """Treat an empty search box as no search.

    Datasette adds ``match escape_fts('')`` for ``?_search=`` (what submitting an empty
    search box sends), which FTS5 rejects: the page answered 400 instead of all rows.
    """

    def wrap(app: Any) -> Any:
        async def strip_blank_search(scope: dict[str, Any], receive: Any, send: Any) -> None:
            query = scope.get("query_string") or b""
            if scope.get("type") == "http" and b"_search" in query:
                scope = dict(scope, query_string=without_blank_search(query))
            await app(scope, receive, send)

        return strip_blank_search

    return wrap


@hookimpl
def render_cell(
    value: object, column: str, table: str | None, database: str, datasette: Any
) -> Markup | Callable[[], Awaitable[Markup | None]] | None:
    """Highlight search snippets; label foreign keys on row pages.

    Datasette 0.65 shows foreign-key labels on table pages only; a row page shows the
    bare 60-bit id of the speaker and article. Table pages hand us expanded values
    (dicts), so plain integers here mean the row page (or ``_labels=off``). Only
    ``*_id`` columns are looked up (every foreign key of the schema is named so), which
    keeps offsets and counts on table pages from costing a query per cell.
    """
    if table is None:
        return highlight_snippet(value, column)
    if column.endswith("_id") and isinstance(value, int) and not isinstance(value, bool):
        return lambda: foreign_key_link(datasette, database, table, column, value)
    return None


def highlight_snippet(value: object, column: str) -> Markup | None:
    """Show ``snippet()`` matches as <mark>, escaping all the text first."""
    if column != "snippet" or not isinstance(value, str) or MARK_START not in value:
        return None
    return Markup(_MARKED.sub(r"<mark>\1</mark>", str(escape(value))))


async def foreign_key_link(
    datasette: Any, database: str, table: str, column: str, value: int
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
            info = dict(exception.error_dict)
            message = exception.message
            if exception.message_is_html:
                message = Markup(message)
            title = exception.title
        else:
            status = 500
            info = {}
            message = str(exception)
            # One line for the operator; the traceback only with debug logging on.
            logger.error(
                "%s %s: %s: %s", request.method, request.path, type(exception).__name__, message
            )
            logger.debug("traceback", exc_info=exception)
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers: dict[str, str] = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.split("?")[0].endswith(".json"):
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

    return inner
