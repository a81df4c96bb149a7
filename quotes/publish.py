"""Publish the quotes database with Datasette 0.65.

One function builds the configured :class:`~datasette.app.Datasette` instance
(:func:`make_datasette`) and :func:`serve` runs exactly that instance under uvicorn, so the
tests exercise the configuration users get: the repository's ``metadata.yml`` (facets,
full-text search on the view, labels, canned queries), our templates, the plugin in
:mod:`quotes.plugins.quotes_datasette` and the settings below.
"""

from __future__ import annotations

import asyncio
import copy
import errno
import signal
import socket
import sqlite3
import sys
import warnings
import webbrowser
from pathlib import Path
from typing import Any

import yaml
from datasette.app import Datasette
from datasette.utils import tilde_encode

from quotes.errors import DatabaseError, UsageError
from quotes.store import (
    MEND_COMMAND,
    check_column_types,
    check_database_file,
    dropped_tables_problem,
    foreign_tables,
    fts_damage,
    is_frozen,
    readonly_uri,
)

PACKAGE_DIR = Path(__file__).resolve().parent
#: The canonical metadata lives at the repository root (next to pyproject.toml) so that it
#: is easy to find and edit; a checkout and an editable install use it directly.
REPO_METADATA = PACKAGE_DIR.parent / "metadata.yml"
#: Optional packaged copy for non-editable installs (kept identical by a test when present).
PACKAGED_METADATA = PACKAGE_DIR / "data" / "metadata.yml"
TEMPLATES_DIR = PACKAGE_DIR / "templates"
#: The database key used in metadata.yml (Datasette names a database by its file stem).
METADATA_DB_NAME = "quotes"

#: Limits that keep a public instance responsive on a big index: facets over a view of
#: every quote are the expensive part, so they get their own budget and no suggestions.
SETTINGS: dict[str, Any] = {
    "sql_time_limit_ms": 3000,
    "facet_time_limit_ms": 1000,
    "max_returned_rows": 1000,
    "default_page_size": 50,
    "suggest_facets": False,
    "allow_download": False,
    "allow_csv_stream": True,
}


def metadata_path() -> Path:
    """Where ``metadata.yml`` is: the repository root, else the copy in the package."""
    # The root copy counts only in a checkout: in site-packages the parent directory is
    # shared with every other distribution.
    if REPO_METADATA.is_file() and (REPO_METADATA.parent / "pyproject.toml").is_file():
        return REPO_METADATA
    if PACKAGED_METADATA.is_file():
        return PACKAGED_METADATA
    raise UsageError(f"{REPO_METADATA}: metadata.yml not found")


def load_metadata(
    db_path: str | Path, metadata: str | Path | dict[str, Any] | None = None
) -> dict[str, Any]:
    """Read the metadata and key its database block under this file's Datasette name.

    The file is written for ``db/quotes.db``; serving ``other.db`` would otherwise
    silently lose every facet, label and canned query, so the block is re-keyed.
    """
    if isinstance(metadata, dict):
        data = copy.deepcopy(metadata)
    else:
        path = Path(metadata) if metadata is not None else metadata_path()
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        except OSError as exc:
            raise UsageError(f"{path}: cannot read metadata: {exc.strerror}") from exc
        except yaml.YAMLError as exc:
            first = str(exc).splitlines()[0] if str(exc) else "invalid YAML"
            raise UsageError(f"{path}: invalid metadata: {first}") from exc
        if not isinstance(data, dict):
            raise UsageError(f"{path}: metadata must be a mapping")
    name = Path(db_path).stem
    databases = data.get("databases") or {}
    if name != METADATA_DB_NAME and METADATA_DB_NAME in databases and name not in databases:
        databases[name] = databases.pop(METADATA_DB_NAME)
        data["databases"] = databases
        if isinstance(data.get("description_html"), str):
            # The index page's links into the database ('href="quotes/quotes_view"').
            data["description_html"] = data["description_html"].replace(
                f'href="{METADATA_DB_NAME}/', f'href="{tilde_encode(name)}/'
            ).replace(f'href="{METADATA_DB_NAME}#', f'href="{tilde_encode(name)}#')
    return data


def check_quotes_database(db_path: Path) -> None:
    """Fail with one line unless ``db_path`` is an existing quotes database."""
    check_database_file(db_path)
    if not db_path.is_file():
        raise DatabaseError(f"{db_path}: database does not exist; run `quotes extract` first")
    try:
        conn = sqlite3.connect(readonly_uri(db_path), uri=True)
        try:
            names = {r[0] for r in conn.execute("select name from sqlite_master")}
        except sqlite3.DatabaseError:
            conn.close()
            raise
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{db_path}: cannot open database: {exc}") from exc
    dropped = dropped_tables_problem(conn, db_path)
    if dropped:  # pages reading the table would answer 500s: refused at start-up instead
        conn.close()
        raise DatabaseError(dropped)
    missing = {"quotes", "quotes_view", "quotes_fts", "speaker_aliases"} - names
    if missing:
        other = foreign_tables(conn)
        conn.close()
        if other:
            raise DatabaseError(f"{db_path}: not a quotes database (has tables {other})")
        raise DatabaseError(
            f"{db_path}: not a quotes database (missing {', '.join(sorted(missing))}); "
            "run `quotes extract` first"
        )
    check_column_types(conn, db_path)  # closes conn when it refuses
    conn.close()


def make_datasette(
    db_path: str | Path,
    *,
    immutable: bool = False,
    metadata: str | Path | dict[str, Any] | None = None,
    settings: dict[str, Any] | None = None,
) -> Datasette:
    """The Datasette instance that ``quotes serve`` runs, ready for ``ds.client``.

    ``immutable=True`` opens the file read-only and immutable (Datasette's ``-i``), which
    is faster and lets Datasette count rows ahead of time, but is only correct while no
    ``quotes extract`` writes to the file; the default mode follows such writes.
    ``metadata`` is a path or a dict replacing the repository's ``metadata.yml``;
    ``settings`` override :data:`SETTINGS`.
    """
    from quotes.plugins import quotes_datasette

    path = Path(db_path)
    check_quotes_database(path)
    quotes_datasette.register()
    files = [str(path)]
    immutable = immutable or is_frozen(path)  # a read-only folder: Datasette's mode=ro fails
    return Datasette(
        files=[] if immutable else files,
        immutables=files if immutable else [],
        metadata=load_metadata(path, metadata),
        template_dir=str(TEMPLATES_DIR),
        settings={**SETTINGS, **(settings or {})},
        cors=False,
    )


def search_index_warning(db_path: Path, immutable: bool = False) -> str | None:
    """A ``Warning:`` line when the full-text index of ``db_path`` cannot be read, else None.

    A damaged index passes every check of the file and fails only searches (500 pages
    naming ``quotes mend``); said once at start-up, the operator need not find it in the
    request log. ``serve`` writes nothing, so it does not rebuild the index itself. One
    pass over the index (:func:`quotes.store.fts_damage`), no tokenising.
    """
    uri = db_path.resolve().as_uri() + "?immutable=1" if immutable else readonly_uri(db_path)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error:
        return None  # check_quotes_database has already opened it; nothing to add
    try:
        damage = fts_damage(conn)
    finally:
        conn.close()
    if not damage:
        return None
    return (
        f"Warning: {db_path}: the full-text search index is damaged ({damage}); searches "
        f"fail until `{MEND_COMMAND.format(path=db_path)}` is run (it rebuilds the index)"
    )


def check_port_free(host: str, port: int) -> None:
    """Fail with one line (not a uvicorn traceback) when the port is taken."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise UsageError(f"{host}: cannot resolve host: {exc.strerror}") from exc
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise UsageError(
                    f"{host}:{port}: port already in use; pick another with --port"
                ) from exc
            raise UsageError(f"{host}:{port}: cannot listen: {exc.strerror}") from exc


def serve(
    db_path: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8001,
    immutable: bool = False,
    metadata: str | Path | dict[str, Any] | None = None,
    open_browser: bool = False,
) -> None:
    """Run Datasette on ``db_path`` until interrupted (blocks).

    Raises :class:`~quotes.errors.DatabaseError` or :class:`~quotes.errors.UsageError`
    with a one-line message for a missing or foreign database, bad metadata or a busy port.
    """
    import uvicorn

    ds = make_datasette(db_path, immutable=immutable, metadata=metadata)
    check_port_free(host, port)
    damaged = search_index_warning(Path(db_path), immutable)
    if damaged:
        print(damaged, file=sys.stderr, flush=True)
    # Same start-up sequence as `datasette serve`: plugins' startup hooks, then a
    # first query against the database so a broken file fails now, not per request.
    asyncio.run(_startup(ds))
    name = Path(db_path).stem
    if open_browser:
        webbrowser.open(f"http://{host}:{port}/{name}/quotes_view")
    # Datasette 0.65 gathers a table's facets and, when one fails (`?_facet=` naming no
    # column: a 400 the page explains), leaves the others un-awaited; Python then prints
    # three RuntimeWarnings per request on the console. They tell a user nothing.
    warnings.filterwarnings(
        "ignore",
        message=r"coroutine '(?:\w*Facet\.facet_results|TableView\._data_traced\.<locals>\.\w+)' was never awaited",
        category=RuntimeWarning,
    )
    server = uvicorn.Server(
        uvicorn.Config(
            ds.app(),
            host=host,
            port=port,
            log_level="info",
            lifespan="on",
            workers=1,
            # h11's default (16 KB of a request not yet complete) cut the connection on a
            # URL of about 200 KB (a long ?sql=): the client saw "connection reset", not
            # the 400 that explains the query. Up to 1 MB gets its answer.
            h11_max_incomplete_event_size=MAX_REQUEST_HEAD_BYTES,
        )
    )
    _run_until_stopped(server)


#: The longest request line and headers ``quotes serve`` reads (see :func:`serve`).
MAX_REQUEST_HEAD_BYTES = 1024 * 1024


def _run_until_stopped(server: Any) -> None:
    """Run ``server``; a stop signal ends it gracefully, then reaches the caller's handler.

    ``uvicorn.run`` swallowed the KeyboardInterrupt it raises again after a graceful
    shutdown, so Ctrl-C and SIGTERM ended ``quotes serve`` with status 0 (or a death by
    signal), unlike every other command's 130/143; and SIGHUP, which uvicorn does not
    handle, struck inside its event loop and printed a traceback. Here uvicorn handles
    SIGHUP as it does SIGTERM (unless it is ignored, ``nohup``), and raises each captured
    signal again after the shutdown, into the handlers that were there before it ran.
    """
    hup = getattr(signal, "SIGHUP", None)
    previous = signal.getsignal(hup) if hup is not None else None
    watch_hup = hup is not None and previous is not signal.SIG_IGN
    if watch_hup:
        signal.signal(hup, server.handle_exit)
    try:
        server.run()
    finally:
        if watch_hup:
            signal.signal(hup, previous)
    captured = getattr(server, "_captured_signals", ())
    if watch_hup and hup in captured:
        signal.raise_signal(hup)
    if signal.SIGINT in captured:
        # (raised again inside uvicorn's event loop, asyncio's runner took it as its own
        # cancellation and returned normally)
        raise KeyboardInterrupt


async def _startup(ds: Datasette) -> None:
    await ds.invoke_startup()
    for database in ds.databases.values():
        try:
            await database.execute("select count(*) from sqlite_master")
        except Exception as exc:  # sqlite3 and Datasette wrap errors differently
            raise DatabaseError(f"{database.path}: cannot query database: {exc}") from exc
