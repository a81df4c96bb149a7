"""Read input paths and yield one :class:`~quotes.models.Article` at a time.

Inputs are ``.txt`` files, ``.html``/``.htm`` pages, ``.jsonl`` files (one article per
line) and directories of them. Everything is lazy: directories are walked one level at a
time, files are read only when the consumer asks for the next article, and JSONL files
are streamed line by line, so a corpus never has to fit in memory.

A bad input never stops the run. It becomes an :class:`~quotes.models.InputProblem`
yielded in place of the article (``fatal=True``: nothing was read) or just before it
(``fatal=False``: a warning such as a guessed encoding). Only a metadata sidecar that
cannot be read raises, because that is a mistake in the command, not in the corpus.

Article text is kept exactly as decoded: newlines (CRLF, CR) are not normalised and
nothing is stripped, because quote offsets index into the stored text.

trafilatura, charset-normalizer and dateutil are imported on first use, so importing
this module (e.g. for ``quotes --help``) and reading plain UTF-8 text stay fast.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import errno
import hashlib
import io
import json
import math
import os
import re
import stat
import sys
import unicodedata
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import IO, Any, NoReturn
from urllib.parse import urlsplit

from quotes.models import LONE_SURROGATE, Article, InputProblem, printable, without_lone_surrogates

__all__ = [
    "DEFAULT_MAX_BYTES",
    "INPUT_SUFFIXES",
    "JSONL_AS_TEXT_MESSAGE",
    "HTML_AS_TEXT_MESSAGE",
    "NO_HTML_TEXT_MESSAGE",
    "NO_INPUTS_MESSAGE",
    "domain_of",
    "headline",
    "iter_inputs",
    "check_max_bytes",
    "Sidecar",
    "load_metadata",
    "read_sidecar",
    "unknown_metadata_columns",
    "conflicting_metadata_keys",
    "duplicate_metadata_columns",
    "unmatched_metadata_keys",
    "normalise_date",
]

DEFAULT_MAX_BYTES = 20_000_000

TEXT_SUFFIXES = frozenset({".txt"})
# Other names of the same formats: a page saved as .xhtml or .shtml read as plain text
# stored its markup as the article, and a .ndjson corpus became one "article" of JSON.
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".jsonlines"})
INPUT_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Data files given by name are refused, not read as text: a JSON array or a CSV of
# articles stored as one "article" of raw markup would be junk that looks like success.
# News feeds (.rss, .atom, .rdf) are XML listing many articles, and were stored whole.
DATA_SUFFIXES = frozenset(
    {".json", ".csv", ".tsv", ".xml", ".xlsx", ".xls", ".parquet", ".rss", ".atom", ".rdf"}
)
# A page saved "as a single file" is a MIME or WARC archive of quoted-printable HTML and
# its images: read as text, its headers and =E2=80=9C escapes were stored as the article.
WEB_ARCHIVE_SUFFIXES = frozenset({".mhtml", ".mht", ".warc", ".webarchive"})

NO_INPUTS_MESSAGE = "no .txt, .html or .jsonl files found"
NO_HTML_TEXT_MESSAGE = "no article text found in HTML"
HTML_AS_TEXT_MESSAGE = "an HTML page, not plain text: read as HTML (name it .html)"
JSONL_AS_TEXT_MESSAGE = (
    "a JSONL corpus (one JSON object per line), not plain text: read as JSONL (name it .jsonl)"
)
# The start of a web page: a doctype or <html> tag, after a BOM, an XML prolog or comments.
_HTML_PAGE = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]{0,300}>\s*)?(?:<!--.{0,2000}?-->\s*)*"
    rb"<(?:!doctype\s+html|html[\s>])",
    re.IGNORECASE | re.DOTALL,
)
# The start of an XML document that is no web page: a prolog, or the root of a news feed
# (RSS, Atom, RDF). Named .txt, a feed was stored whole, tags and all, as one "article".
_XML_DOCUMENT = re.compile(
    rb"(?:\xef\xbb\xbf)?\s*(?:<\?xml[\s?]|(?:<!--.{0,2000}?-->\s*)*<(?:rss|feed|rdf:RDF)[\s>])",
    re.IGNORECASE | re.DOTALL,
)
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)

# Metadata fields an input or a sidecar row may carry, in Article order.
FIELDS = ("title", "url", "outlet", "published", "author")
# Sidecar columns that name the input a row belongs to, first match wins.
KEY_COLUMNS = ("file", "filename", "path", "source", "id", "name")

# Magic numbers of binary formats people drop into corpus folders by mistake: naming the
# format tells them what went wrong faster than "not UTF-8" would.
_MAGIC = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),
    (b"PK\x05\x06", "ZIP"),
    (b"\x1f\x8b", "gzip"),
    (b"SQLite format 3\x00", "SQLite"),
)
# Word-processor documents: RTF is text, but of markup (font tables, \'93 for a curly
# quote), and was stored as the "article"; an OLE2 .doc was only "binary (NUL bytes)".
_DOCUMENT_MAGIC = (
    (b"{\\rtf", "an RTF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a Word or Excel (OLE2) document"),
)
# UTF-32 before UTF-16: the UTF-32-LE BOM starts with the UTF-16-LE one.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
# Browsers read a page declared in these charsets with the Windows code page that extends
# it (WHATWG), under any of their labels ("ISO_8859-1", "l1", "cp819"): the extension
# only adds characters where the ISO one has C1 controls, so a page of curly quotes
# declared Latin-1 keeps them. Keys are Python's names for the codecs.
_WHATWG_SUPERSETS = {
    "iso8859-1": "cp1252",
    "ascii": "cp1252",
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
}
# WHATWG labels of windows-1252 that Python does not know.
_CP1252_LABELS = frozenset({"iso88591", "x-cp1252"})
# Python codecs that are no character set of the web: "unicode_escape" reads every
# backslash as an escape, "undefined" always fails, idna and punycode encode host names.
_NOT_WEB_CHARSETS = frozenset(
    {"unicode-escape", "raw-unicode-escape", "charmap", "undefined", "idna", "punycode"}
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*\sencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.I)

_XML_PROLOG = re.compile(r"\A\ufeff?\s*<\?xml\b[^>]*\?>")
# A <template> element: markup a script may clone later, never shown as it stands (the
# browser keeps it out of the document). trafilatura read its text as the article's, so a
# page's hidden card ("Template trap," said ...) was stored and its quote extracted.
_TEMPLATE_ELEMENT = re.compile(r"<template\b[^>]*>.*?</template\s*>", re.IGNORECASE | re.DOTALL)

_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u300c\u300e"
_FIRST_LINE = re.compile(r"\s*([^\r\n]*)")
_NON_SPACE = re.compile(r"\S")
_HEADLINE_MAX_CHARS = 200
_HEADLINE_MAX_WORDS = 25

# Two far-apart defaults: a date part that differs between the two parses was not given.
_DATE_DEFAULT_A = datetime(2000, 1, 1, 0, 0, 0)
_DATE_DEFAULT_B = datetime(2001, 2, 2, 1, 1, 1)

_LINE_SKIP_CHUNK = 1 << 16
Fields = dict[str, str | None]
Item = Article | InputProblem


class _Unreadable(Exception):
    """Internal: an input cannot be used; the message becomes an InputProblem."""


@dataclass
class _Run:
    """State shared by all inputs of one ``iter_inputs`` call."""

    outlet: str | None
    sidecar: dict[str, dict]
    max_bytes: int
    # The sidecar's path as given, for warnings about values it supplied.
    sidecar_path: str | None = None
    # JSONL ids already yielded, to their location and a digest of their record, so a
    # duplicate can say where and an identical repeat is told from a clash.
    seen_ids: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Real paths of directories already walked, to the path they were read as.
    visited_dirs: dict[str, str] = field(default_factory=dict)
    # (device, inode) of files already read, to the path they were read as.
    visited_files: dict[tuple[int, int], str] = field(default_factory=dict)
    # Article sources already yielded, to where they were read and their content hash:
    # a file and a JSONL record can claim one source (see `_source_clash`).
    sources: dict[str, tuple[str, str]] = field(default_factory=dict)


# --------------------------------------------------------------------------- public API


def iter_inputs(
    paths: Iterable[str | Path],
    *,
    outlet: str | None = None,
    metadata: str | Path | Sidecar | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[Article | InputProblem]:
    """Yield the articles found in ``paths``, with a problem for each bad input.

    This is a plain function returning a generator, not a generator itself, so that a
    usage error (an unreadable sidecar, a bad ``max_bytes``) raises ``ValueError`` at the
    call, before any input is read, instead of surfacing at the first ``next()``.

    ``outlet`` overrides every other outlet source. ``max_bytes`` caps a whole ``.txt`` or
    ``.html`` file, and each line of a ``.jsonl`` file (a JSONL file is a corpus, not an
    article, so capping the file would reject ordinary corpora).
    """
    check_max_bytes(max_bytes)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]  # one path, not an iterable of characters
    if isinstance(metadata, Sidecar):
        sidecar, sidecar_path = metadata.index, metadata.path
    else:
        sidecar = load_metadata(metadata) if metadata is not None else {}
        sidecar_path = None if metadata is None else str(metadata)
    # A limit past what a file read can take (``--max-bytes 1e30``) means "no limit".
    max_bytes = min(max_bytes, sys.maxsize - 1)
    run = _Run(
        outlet=outlet or None,
        sidecar=sidecar,
        max_bytes=max_bytes,
        sidecar_path=sidecar_path,
    )
    return _iter_run(paths, run)


def check_max_bytes(max_bytes: int) -> None:
    """Refuse a ``max_bytes`` that lets no input in (``ValueError``): ``iter_inputs``
    does it at once, and a caller that reads the sidecar first does it before that, so
    a call wrong both ways hears of ``max_bytes`` first either way."""
    if max_bytes <= 0:
        raise ValueError(f"max_bytes must be positive, got {max_bytes}")


@dataclass(frozen=True)
class Sidecar:
    """A metadata sidecar read and parsed once.

    A run labels its articles with the sidecar and checks it four ways (unknown
    columns, encoding, rows that disagree, rows that match no input); each check read
    and parsed the whole file again. ``iter_inputs`` and the checks take this instead
    of a path to share one read.
    """

    #: The path as given, for messages.
    path: str
    rows: list[dict[str, Any]]
    #: ``{key: {field: value}}``, as ``load_metadata`` returns it.
    index: dict[str, dict]
    #: How the file was decoded when not UTF-8 (``"read as cp1252"``), as
    #: ``metadata_encoding`` says it; None for UTF-8.
    encoding: str | None


def read_sidecar(path: str | Path) -> Sidecar:
    """Read a metadata sidecar once for ``iter_inputs`` and the checks below.

    Raises ``ValueError`` like ``load_metadata`` when the file cannot be read.
    """
    with _unreadable_as_value_error(Path(path)):
        rows, guessed = _read_sidecar_rows(Path(path))
        return Sidecar(str(path), rows, _index_rows(rows), _encoding_note(guessed))


@contextlib.contextmanager
def _unreadable_as_value_error(path: str | Path) -> Iterator[None]:
    """The one-line ``ValueError`` every public sidecar reader raises for a file it
    cannot use, naming the path as the caller gave it."""
    try:
        yield
    except _Unreadable as err:
        raise ValueError(f"{path}: cannot read metadata file: {err}") from None


def _rows_of(path: str | Path | Sidecar) -> list[dict[str, Any]]:
    """The rows of a sidecar already read, or read now."""
    if isinstance(path, Sidecar):
        return path.rows
    with _unreadable_as_value_error(path):
        return _read_sidecar_rows(Path(path))[0]


def load_metadata(path: str | Path) -> dict[str, dict]:
    """Read a metadata sidecar into ``{key: {field: value}}``.

    The format follows the extension: ``.csv``, ``.tsv``/``.tab``, ``.json`` (a list of
    objects, or an object whose keys name the inputs) or ``.jsonl``. A row's key is its
    first non-empty column among ``file, filename, path, source, id, name``; only the
    fields ``outlet, title, url, published, author`` are kept, empty values dropped.
    Later rows with the same key replace earlier ones.

    Raises ``ValueError`` with a one-line message naming the file when it cannot be read:
    a sidecar that silently does nothing would mislabel a whole corpus.
    """
    path = Path(path)
    with _unreadable_as_value_error(path):
        return _index_rows(_read_sidecar_rows(path)[0])


def unknown_metadata_columns(path: str | Path | Sidecar) -> list[str]:
    """Sidecar columns that ``load_metadata`` ignores (a typo such as ``outlett``).

    Raises ``ValueError`` like ``load_metadata`` when the file cannot be read.
    """
    rows = _rows_of(path)
    known = set(KEY_COLUMNS) | set(FIELDS)
    columns = dict.fromkeys(name for row in rows for name in _lower_keys(row))
    return [name for name in columns if name and name not in known]


def duplicate_metadata_columns(path: str | Path | Sidecar) -> list[str]:
    """Columns a CSV/TSV sidecar's header names twice (case and blanks aside), in order.

    Each row keeps the last cell of such a column (``csv.DictReader``), and the first,
    with the title or outlet the user meant, was dropped without a word. Only the header
    line is read again; a JSON sidecar cannot name a column twice in a way that reaches
    here, and a header that does not decode as UTF-8 is left to the other checks.
    """
    file = Path(path.path if isinstance(path, Sidecar) else path)
    suffix = file.suffix.lower()
    if suffix not in (".csv", ".tsv", ".tab"):
        return []
    try:
        with file.open("rb") as handle:
            head = handle.readline(1 << 20).decode("utf-8-sig")
    except (OSError, UnicodeDecodeError):
        return []
    delimiter = _csv_delimiter(head) if suffix == ".csv" else "\t"
    names = [n.strip().lower() for n in next(csv.reader([head], delimiter=delimiter), [])]
    counts: dict[str, int] = {}
    for name in names:
        counts[name] = counts.get(name, 0) + 1
    return [name for name, count in counts.items() if name and count > 1]


def conflicting_metadata_keys(path: str | Path | Sidecar) -> list[str]:
    """Keys that two or more sidecar rows give different values, in file order.

    ``load_metadata`` keeps the last such row; the others were dropped without a word
    (two outlets for one file, one of them silently lost). A row repeated word for word
    is not listed. Raises ``ValueError`` like ``load_metadata``.
    """
    rows = _rows_of(path)
    seen: dict[str, dict[str, Any]] = {}
    clashes: dict[str, None] = {}
    for row in map(_lower_keys, rows):
        key = _row_key(row)
        if key is None:
            continue
        values = _row_values(row)
        if seen.setdefault(key, values) != values:
            clashes[key] = None
    return list(clashes)


def unmatched_metadata_keys(path: str | Path | Sidecar, sources: Iterable[str]) -> list[str]:
    """Keys of the sidecar rows that no article in ``sources`` used, in file order.

    ``sources`` are the ``Article.source`` of the articles read; a row matches as in
    ``iter_inputs`` (source, normalised path, absolute path, file name or stem).
    """
    index = path.index if isinstance(path, Sidecar) else load_metadata(path)
    rows: dict[int, str] = {}
    for key, row in index.items():
        rows.setdefault(id(row), key)
    for source in sources:
        for key in _file_keys(Path(source), source):
            row = index.get(key)
            if row is not None:
                rows.pop(id(row), None)
                break
        if not rows:
            break
    return list(rows.values())


#: A calendar day written the ISO way, ASCII digits only (see `normalise_date`).
_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def normalise_date(value: object) -> str | None:
    """Return ``value`` as ISO 8601, or None when empty; raise ValueError if unparseable.

    A date alone gives ``YYYY-MM-DD`` (``YYYY-MM`` or ``YYYY`` when that is all there is),
    a date with a time gives ``YYYY-MM-DDTHH:MM:SS`` plus the offset when one was given.
    Inventing a midnight or a first of the month would make dates look more precise than
    the source was. Numbers are read as Unix timestamps (UTC).
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(f"not a date: {value!r}")
    if isinstance(value, (int, float)):
        return _from_timestamp(value)
    text = str(value).strip()
    if not text:
        return None
    if _ISO_DAY.fullmatch(text):
        # "2024-02-16", the usual case: what the two parses below give (that date, or
        # "not a date" for one the calendar lacks), read without them.
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError as err:
            raise ValueError(f"not a date: {text!r}") from err
    try:
        a, b = _parse_date_twice(text)
    except (ValueError, OverflowError) as err:
        raise ValueError(f"not a date: {text!r}") from err
    if a.year != b.year:
        raise ValueError(f"not a date (no year): {text!r}")
    if a.month != b.month:
        return f"{a.year:04d}"
    if a.day != b.day:
        return f"{a.year:04d}-{a.month:02d}"
    if a.hour != b.hour:
        return a.date().isoformat()
    return a.isoformat(timespec="seconds")


def _far_future(published: str) -> bool:
    """Whether an ISO date (``YYYY...``) lies after the end of next year: no article was
    published then. Next year stays allowed, for clocks and time zones a day apart."""
    year = published[:4]
    return year.isdigit() and int(year) > date.today().year + 1


def _parse_date_twice(text: str) -> tuple[datetime, datetime]:
    """``text`` parsed with each of the two far-apart defaults.

    A time zone name dateutil does not know ("10:00 XYZ") is left out of the result,
    as when no zone is given, and its warning is silenced: Python printed it on stderr
    as two lines of library source, in the middle of a run's one-line reports.
    """
    from dateutil.parser import UnknownTimezoneWarning, parse

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UnknownTimezoneWarning)
        return parse(text, default=_DATE_DEFAULT_A), parse(text, default=_DATE_DEFAULT_B)


def _from_timestamp(value: float) -> str:
    """Unix seconds to an ISO 8601 UTC timestamp."""
    try:
        moment = datetime.fromtimestamp(value, tz=timezone.utc)
    except (ValueError, OverflowError, OSError) as err:
        raise ValueError(f"not a date: {value!r}") from err
    return moment.isoformat(timespec="seconds")


# --------------------------------------------------------------------------- paths


def _iter_run(paths: Iterable[str | Path], run: _Run) -> Iterator[Item]:
    """The generator behind ``iter_inputs``: one path argument at a time."""
    for arg in paths:
        yield from _iter_arg(os.fspath(arg), run)


def _iter_arg(source: str, run: _Run) -> Iterator[Item]:
    """Read one path argument: a directory is walked, anything else read as a file."""
    if not source:
        yield InputProblem("''", "path does not exist")
        return
    if source == "-" and not os.path.lexists(source):
        # The Unix habit for "read standard input": it was "path does not exist".
        yield InputProblem(source, "standard input is not read: save the text to a file")
        return
    path = Path(source)
    try:
        # os.stat of the string as given: Path drops a trailing "/", so "a.txt/" was read
        # as a.txt (stored under "a.txt/") where every other tool says "Not a directory".
        mode = os.stat(source).st_mode
    except OSError as err:
        yield InputProblem(source, _stat_error_message(path, err))
        return
    if stat.S_ISDIR(mode):
        yield from _iter_directory(path, run, source)
    else:
        yield from _iter_file(path, source, run)


def _stat_error_message(path: Path, err: OSError) -> str:
    """Say why a path cannot be looked at, in the user's terms."""
    if err.errno == errno.ELOOP:
        return "symlink loop"
    if isinstance(err, FileNotFoundError):
        return "broken symbolic link" if path.is_symlink() else "path does not exist"
    if isinstance(err, PermissionError):
        return "permission denied"
    if isinstance(err, NotADirectoryError):
        return "not a directory (a file name followed by '/')"
    return f"cannot read: {err.strerror or err}"


def _iter_directory(root: Path, run: _Run, given: str | None = None) -> Iterator[Item]:
    """Read every input file under ``root``, or say that there were none.

    ``given`` is the argument as typed: ``Path`` shows ``./in`` and ``in/`` as ``in``, so
    giving a folder twice was reported as "in: directory already read as in"."""
    real = os.path.realpath(root)
    if real in run.visited_dirs:
        yield _already_read(root, run.visited_dirs[real], given)
        return
    run.visited_dirs[real] = given or str(root)
    found = problems = 0
    for entry in _walk(root, (real,), run):
        if isinstance(entry, InputProblem):
            problems += 1
            yield entry
        else:
            found += 1
            yield from _iter_file(entry, str(entry), run)
    if not found and not problems:
        yield InputProblem(str(root), NO_INPUTS_MESSAGE)


def _walk(directory: Path, ancestors: tuple[str, ...], run: _Run) -> Iterator[Path | InputProblem]:
    """Yield input files under ``directory`` depth first, in sorted name order.

    Lazy: a directory is listed only when the walk reaches it. ``ancestors`` holds the
    real paths of the directories above, so a symlink back up is reported as a loop
    instead of recursing forever; a directory reached twice by other routes is read once.
    Hidden entries (dot files, e.g. macOS ``._x.txt`` resource forks) are skipped.
    """
    try:
        with os.scandir(directory) as listing:
            entries = sorted(listing, key=lambda e: e.name)
    except OSError as err:
        yield InputProblem(str(directory), _stat_error_message(directory, err))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = directory / entry.name
        if _is_dir(entry):
            yield from _walk_subdirectory(path, ancestors, run)
        elif path.suffix.lower() in INPUT_SUFFIXES:
            yield path


def _walk_subdirectory(
    path: Path, ancestors: tuple[str, ...], run: _Run
) -> Iterator[Path | InputProblem]:
    """Descend into ``path`` unless it loops back up or was already read."""
    real = os.path.realpath(path)
    if real in ancestors:
        yield InputProblem(str(path), "symlink loop (points back to a directory above it)")
    elif real in run.visited_dirs:
        yield _already_read(path, run.visited_dirs[real])
    else:
        run.visited_dirs[real] = str(path)
        yield from _walk(path, (*ancestors, real), run)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    """``entry.is_dir()`` following symlinks, False when it cannot be stat-ed."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _already_read(path: Path, first: str, given: str | None = None) -> InputProblem:
    """A warning for a directory reached a second time (a symlink or a repeated argument)."""
    return InputProblem(given or str(path), f"directory already read as {first}, skipped", fatal=False)


# --------------------------------------------------------------------------- files


def _iter_file(path: Path, source: str, run: _Run) -> Iterator[Item]:
    """Read one file by its extension; anything but HTML and JSONL is tried as text.

    A file already read in this run under another name (``./a.txt`` and ``a.txt``, a
    symlink, a hard link) is skipped with a warning: its articles would be stored twice,
    under two sources, and every quote counted twice.
    """
    first = _first_read_as(path, source, run)
    if first is not None:
        message = f"same file as {printable(first)}, already read, skipped"
        yield InputProblem(source, message, fatal=False)
        return
    suffix = path.suffix.lower()
    if suffix in WEB_ARCHIVE_SUFFIXES:
        yield InputProblem(
            source, f"a {suffix} web archive is not an article: save the page as .html"
        )
        return
    if suffix in DATA_SUFFIXES:
        yield InputProblem(
            source,
            f"a {suffix} file is not an article: give .txt, .html, or .jsonl "
            "(one JSON object per line, with a \"text\" field)",
        )
        return
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _held_until_an_article(_iter_jsonl(path, source, run), source)
        elif suffix in HTML_SUFFIXES:
            yield from _iter_html(path, source, run)
        else:
            yield from _iter_text(path, source, run)
    except _Unreadable as err:
        yield InputProblem(source, str(err))
    except Exception as err:  # a reader bug or a library crash on one file: not fatal
        message = " ".join(f"{type(err).__name__}: {err}".split())[:300]
        yield InputProblem(source, f"could not read: {message}")


def _first_read_as(path: Path, source: str, run: _Run) -> str | None:
    """The name a regular file was first read under in this run, or None (and remember it).

    A file that cannot be stat-ed is left to the reader, which reports why.
    """
    try:
        info = path.stat()
    except OSError:
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    key = (info.st_dev, info.st_ino)
    first = run.visited_files.get(key)
    if first is None:
        run.visited_files[key] = source
    return first


def _read_bytes(path: Path, max_bytes: int) -> bytes:
    """Read a whole file after checking its size with stat, so a huge file is never read."""
    info = _stat_regular(path)
    if info.st_size > max_bytes:
        raise _Unreadable(_too_big("file", info.st_size, max_bytes))
    if info.st_size == 0:
        raise _Unreadable("empty file")
    with _open(path) as handle:
        # Read what the stat promised (a raised --max-bytes must not make Python allocate
        # that much up front), then on in chunks while the file grows, up to the limit.
        data = handle.read(min(info.st_size, max_bytes) + 1)
        while len(data) > info.st_size and len(data) <= max_bytes:
            more = handle.read(min(1 << 20, max_bytes + 1 - len(data)))
            if not more:
                break
            data += more
    if len(data) > max_bytes:  # grew since the stat
        raise _Unreadable(_too_big("file", len(data), max_bytes))
    if not data:
        raise _Unreadable("empty file")
    return data


def _stat_regular(path: Path) -> os.stat_result:
    """Stat ``path``; a FIFO or device would block or never end, so refuse it."""
    try:
        info = path.stat()
    except OSError as err:
        raise _Unreadable(_stat_error_message(path, err)) from None
    if not stat.S_ISREG(info.st_mode):
        raise _Unreadable("not a regular file")
    return info


def _open(path: Path) -> IO[bytes]:
    """Open for binary reading, turning OS errors into one-line problems."""
    try:
        return path.open("rb")
    except OSError as err:
        raise _Unreadable(_stat_error_message(path, err)) from None


def _too_big(what: str, size: int, limit: int) -> str:
    """The size-limit message, naming the option that changes it."""
    return f"{what} is {_human_size(size)}, over the {_human_size(limit)} limit (--max-bytes)"


def _human_size(n: int) -> str:
    """Sizes in decimal units: 25_300_000 -> '25.3 MB'."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    if n >= 1_000:
        return f"{n / 1_000:.1f} kB"
    return f"{n} bytes"


def _binary_kind(data: bytes) -> str | None:
    """Name the binary format of ``data`` by its magic number, or None."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    return None


def _decode(data: bytes, declared: str | None = None) -> tuple[str, str | None]:
    """Decode bytes to text without touching newlines.

    Returns ``(text, guessed)``; ``guessed`` is the encoding name when it had to be
    detected (the caller warns, since a wrong guess garbles the text). A BOM, valid UTF-8
    and a declared charset are trusted. NUL bytes without a UTF-16/32 BOM mean binary.
    """
    kind = _binary_kind(data)
    if kind:
        raise _Unreadable(f"binary file ({kind}), not text")
    for magic, document in _DOCUMENT_MAGIC:
        if data[:64].lstrip(b"\xef\xbb\xbf \t\r\n").startswith(magic):
            raise _Unreadable(f"{document}, not plain text: save it as .txt")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                # Two files concatenated, or an editor that added its own: a second mark
                # stayed in the text and in the title (an invisible U+FEFF before it).
                return data.decode(codec).lstrip("\ufeff"), None
            except UnicodeDecodeError:
                if bom != codecs.BOM_UTF8:
                    raise _Unreadable(f"invalid {name} text") from None
            # A UTF-8 BOM over a stray cp1252 byte: read as the same bytes without the
            # BOM are (with a warning), not refused for the mark an editor added.
            return _decode(data[len(bom) :], declared)
    if b"\x00" in data:
        codec = _utf16_without_bom(data) or _utf32_without_bom(data)
        if codec is None:
            raise _Unreadable("binary file (contains NUL bytes), not text")
        try:
            return data.decode(codec), f"read as {codec.upper()} (no byte order mark)"
        except UnicodeDecodeError:
            raise _Unreadable("binary file (contains NUL bytes), not text") from None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError:
        pass
    text = _decode_declared(data, declared)
    if text is not None:
        return text, None
    mixed = _decode_mostly_utf8(data)
    if mixed is not None:
        return mixed
    return _decode_guessed(data)


_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


def _decode_mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 text with a few stray legacy bytes (a cp1252 apostrophe pasted into a UTF-8
    file), or None when the file does not read as UTF-8 at all.

    Reading such a file whole as cp1252 would garble every accent and curly quote that
    is valid UTF-8, and charset detection often gives up on the mixture. When valid
    multi-byte UTF-8 sequences outnumber the invalid bytes, each invalid byte is read as
    cp1252 (one character per byte) and the rest as UTF-8.

    A pasted cp1252 paragraph brings its quote marks in pairs, and an English UTF-8
    article may have a single accent or dash: "Café" and a cp1252 “quote” was read
    whole as cp1252, "CafÃ©". So the invalid bytes may also outnumber the valid
    sequences when those are the typical ones (accented Latin letters, typographic
    punctuation) and they are not outnumbered by sequences of other characters, which a
    legacy encoding forms by chance (cp1252 "ß“" is valid UTF-8 for U+07D3), and the
    invalid bytes are sparse (in CJK legacy encodings nearly every byte is one).
    """
    valid = len(_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", errors="surrogateescape")  # an invalid byte: U+DC80..DCFF
    invalid = len(_ESCAPED_BYTES.findall(text))
    if invalid > valid and not _typical_utf8(data, valid, invalid):
        return None
    text = _ESCAPED_BYTES.sub(_escaped_as_cp1252, text)
    return text, f"read as UTF-8, {invalid} invalid byte(s) as cp1252"


_ESCAPED_BYTES = re.compile("[\udc80-\udcff]")

#: UTF-8 for the characters a Latin-script article has: U+00A0..U+00FF (accents,
#: guillemets, NBSP), U+2010..U+203F (dashes, curly quotes, ellipsis), € and ™.
_TYPICAL_UTF8 = re.compile(rb"\xc2[\xa0-\xbf]|\xc3[\x80-\xbf]|\xe2\x80[\x90-\xbf]|\xe2\x82\xac|\xe2\x84\xa2")


def _typical_utf8(data: bytes, valid: int, invalid: int) -> bool:
    """Whether the valid UTF-8 sequences look written, not formed by chance: mostly
    typical characters, with invalid bytes under a tenth of the file."""
    typical = len(_TYPICAL_UTF8.findall(data))
    return typical * 2 > valid and invalid * 10 <= len(data)


def _escaped_as_cp1252(match: re.Match[str]) -> str:
    """A byte escaped by ``surrogateescape``, read as cp1252 (U+FFFD where undefined)."""
    return bytes([ord(match.group()) - 0xDC00]).decode("cp1252", errors="replace")


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` for text saved as UTF-16 without a BOM, else None.

    Latin-script text in UTF-16 has a NUL as every other byte (the high byte of each
    character), on odd offsets for little-endian, even ones for big-endian. Binary
    files have NULs scattered everywhere, so they do not pass.
    """
    sample = data[:8192]
    if len(data) % 2 or len(sample) < 8:
        return None
    evens, odds = sample[0::2], sample[1::2]
    even_nuls, odd_nuls = evens.count(0) / len(evens), odds.count(0) / len(odds)
    if odd_nuls >= 0.9 and even_nuls <= 0.02:
        return "utf-16-le"
    if even_nuls >= 0.9 and odd_nuls <= 0.02:
        return "utf-16-be"
    return _utf16_by_reading(sample)


def _utf32_without_bom(data: bytes) -> str | None:
    """``utf-32-le``/``utf-32-be`` for text saved as UTF-32 without a BOM, else None.

    Such a file (three NULs to every Latin letter) was refused as "binary file (contains
    NUL bytes)" though it is plain text, while the same text with its BOM was read.
    Binary data seldom decodes as UTF-32 at all (most 4-byte units lie past U+10FFFF);
    what does must also read as text, as for UTF-16 (`_utf16_by_reading`).
    """
    if len(data) % 4:
        return None
    sample = data[:8192]
    for codec in ("utf-32-le", "utf-32-be"):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        bad = sum(1 for c in text if _not_text(c))
        spaces = text.count(" ") + text.count("\n")
        if spaces >= 3 and spaces * 33 >= len(text) and bad * 50 <= len(text):
            return codec
    return None


def _utf16_by_reading(sample: bytes) -> str | None:
    """UTF-16 without a BOM in a script outside Latin-1 (Cyrillic, Greek, CJK): only
    the spaces, digits and punctuation have a NUL byte, so the NUL count says little.

    The byte order that reads as text (no control, unassigned, private-use or broken
    characters) with the most ordinary spaces and newlines wins; binary data read as
    UTF-16 is full of controls and unassigned code points, so it does not pass, and
    nor does ASCII text with a stray NUL (it has almost no spaces read that way).
    """
    best: tuple[int, str] | None = None
    for codec in ("utf-16-le", "utf-16-be"):
        text = sample.decode(codec, errors="replace")
        bad = sum(1 for c in text if _not_text(c))
        spaces = text.count(" ") + text.count("\n")
        # Words or lines need spaces or newlines (ASCII read with a stray NUL or two
        # as UTF-16 gives plausible CJK, but only a space where a NUL met one).
        common = spaces >= 3 and spaces * 33 >= len(text)
        if common and bad * 50 <= len(text) and (best is None or spaces > best[0]):
            best = (spaces, codec)
    return best[1] if best else None


def _not_text(char: str) -> bool:
    """A character no text is made of: a control (other than whitespace), unassigned,
    private use, a surrogate or U+FFFD (an undecodable unit)."""
    if char in "\t\n\r\f\v":
        return False
    return char == "\ufffd" or unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs")


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    """Decode with a charset the document declares, or None if it is unknown or wrong."""
    codec = _declared_codec(declared) if declared else None
    if codec is None:
        return None
    candidates = [_WHATWG_SUPERSETS[codec], codec] if codec in _WHATWG_SUPERSETS else [codec]
    for encoding in candidates:
        try:
            return data.decode(encoding)
        except (LookupError, UnicodeError):  # 'undefined'-like codecs raise a bare one
            continue
    return None


def _declared_codec(declared: str) -> str | None:
    """Python's name for a declared charset label, or None when it names no text
    encoding of the web (unknown, a bytes transform such as rot13, a Python-only codec)."""
    if declared.lower() in _CP1252_LABELS:
        return "cp1252"
    try:
        info = codecs.lookup(declared)
    except (LookupError, ValueError):  # ValueError: a label with a NUL in it
        return None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_WEB_CHARSETS:
        return None
    if info.name.startswith(("utf-16", "utf-32")):
        # Bytes that reach here have no NUL, so they cannot be UTF-16/32 whatever the page
        # says (browsers read such a label as UTF-8): a Latin-1 page declaring utf-16 was
        # decoded into CJK noise and refused as "no article text found".
        return None
    return info.name


def _decode_guessed(data: bytes) -> tuple[str, str]:
    """Detect the encoding with charset-normalizer; decode the bytes ourselves."""
    from charset_normalizer import from_bytes

    if _mac_roman_quotes(data):
        probe = from_bytes(data)
        if any("mac_roman" in match.could_be_from_charset for match in probe):
            return data.decode("mac_roman"), "mac_roman"
    holes = _cp1252_holes(data)
    if holes is not None:
        probe = from_bytes(holes)
        best = probe.best()
        if best is not None and _prefer_cp1252(probe, best) == "cp1252":
            return _decode_cp1252_whatwg(data), "cp1252"
    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise _Unreadable("binary file or unknown text encoding, not text")
    encoding = _prefer_cp1252(matches, best)
    try:
        return data.decode(encoding), encoding
    except (LookupError, UnicodeDecodeError):
        return str(best), best.encoding


#: cp1252's curly quotes and apostrophes (0x91-0x94): a file that has them is no Mac file.
_CP1252_QUOTE_BYTES = re.compile(rb"[\x91-\x94]")
#: Mac Roman's opening curly quote (0xD2, cp1252's "Ò") before a word, after a space or
#: the start of a line, and its closing one (0xD3, "Ó") after a word or its punctuation.
_MAC_OPENING_QUOTE = re.compile(rb"(?:^|[\s(\[])\xd2[A-Za-z0-9]", re.MULTILINE)
_MAC_CLOSING_QUOTE = re.compile(rb"[A-Za-z0-9.,!?]\xd3(?:[\s).,;:!?]|$)", re.MULTILINE)


def _mac_roman_quotes(data: bytes) -> bool:
    """Whether ``data`` quotes like a Mac Roman file: its curly quotes, opening before a
    word and closing after one, and none of cp1252's.

    Mac Roman and cp1252 read such bytes equally "cleanly", so cp1252 won and a Mac file
    came out as "cafŽ" with "ÒWe are readyÓ": every quotation lost its marks. Text in
    cp1252 with both Ò opening a word and Ó closing one, and no curly quote of its own,
    is rare (capitals in Catalan or Spanish); quoting is what news text does.
    """
    if _CP1252_QUOTE_BYTES.search(data):
        return False
    return bool(_MAC_OPENING_QUOTE.search(data) and _MAC_CLOSING_QUOTE.search(data))


#: The five bytes cp1252 leaves undefined; browsers (WHATWG) read each as the C1
#: control of the same number, so a Latin-1 file with one of them is still cp1252.
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


def _cp1252_holes(data: bytes) -> bytes | None:
    """``data`` with cp1252's undefined bytes as spaces, when they are all that keeps it
    from reading as cp1252 (a Latin-1 file with a stray 0x81), else None.

    Python's strict cp1252 refuses those bytes, so detection picked a code page that
    has them (Mac Icelandic) and garbled every guillemet and accent of the file.
    """
    if not any(byte in data for byte in _CP1252_UNDEFINED):
        return None
    spaced = data.translate(bytes.maketrans(_CP1252_UNDEFINED, b" " * len(_CP1252_UNDEFINED)))
    try:
        spaced.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return spaced


def _decode_cp1252_whatwg(data: bytes) -> str:
    """cp1252 as browsers read it: an undefined byte is the C1 control of its number
    (one character per byte, so offsets stay those of the file)."""
    text = data.decode("cp1252", errors="surrogateescape")
    return _ESCAPED_BYTES.sub(lambda m: chr(ord(m.group()) - 0xDC00), text)


def _prefer_cp1252(matches: Iterable[Any], best: Any) -> str:
    """Pick cp1252 whenever it reads the bytes as cleanly as the best guess.

    Mostly-ASCII Western text with a few accents scores alike in many single-byte code
    pages, and charset-normalizer's language coherence is noise on so few letters: it
    may pick cp1250 or cp1257 and turn "Genève" into "Genčve". cp1252 is by far the most
    common legacy encoding of English-language news, so it wins when its reading is no
    messier ("chaos") than the best one. Cyrillic or Greek text read as cp1252 is messy,
    so those are still detected.
    """
    matches = list(matches)
    if not _web_encoding(best.encoding):
        # A DOS (OEM) code page reads a few accents "cleanly" too: "It costs €5 “now”"
        # in cp1252 came out as cp775's "It costs Ć5 ōnowö" (chaos 0.0 against cp1252's
        # 0.006). No browser reads a page in one (they are not in the WHATWG Encoding
        # Standard) and news text is not written in them, so a web encoding that reads
        # the bytes nearly as cleanly is the better guess.
        web = [m for m in matches if _web_encoding(m.encoding) and m.chaos <= best.chaos + 0.05]
        if web:
            best = web[0]
    for match in matches:
        if "cp1252" in match.could_be_from_charset and match.chaos <= best.chaos:
            return "cp1252"
    return best.encoding


#: Single-byte code pages outside the WHATWG Encoding Standard that charset-normalizer
#: may still guess (DOS/OEM and old Mac pages): no browser reads a web page in them.
_NOT_WEB_CODE_PAGE = re.compile(r"^(cp(?!866$|874$|125[0-8]$|93[26]$|949$|950$)\d+|mac_(?!roman$|cyrillic$)\w+|"
                                r"hp_roman8|ptcp154|kz1048)$")


def _web_encoding(name: str) -> bool:
    """Whether ``name`` (a Python codec name) is one a browser could read a page in."""
    return not _NOT_WEB_CODE_PAGE.match(codecs.lookup(name).name.replace("-", "_"))


def _visible(text: str) -> bool:
    """Whether ``text`` has a character that shows: not a space, and not a format
    character (zero-width spaces and joiners, a byte order mark U+FEFF, soft hyphens).
    A text of those alone is as empty as a blank one: it has no words to quote."""
    return any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in text)


def _check_not_blank(text: str) -> None:
    """An article needs words; say whether the file was empty or just whitespace, or
    mostly control characters (terminal escapes, a binary format without NUL bytes)."""
    if not text:
        raise _Unreadable("empty file")
    if not _NON_SPACE.search(text):
        raise _Unreadable("whitespace-only file")
    if not _visible(text):
        raise _Unreadable("no visible text (only spaces and zero-width or format characters)")
    if _mostly_control(text):
        raise _Unreadable("binary file (over 10% control characters), not text")


def _mostly_control(text: str) -> bool:
    """Over 10% control characters (see ``_CONTROL``): terminal escapes, binary data."""
    return len(_CONTROL.findall(text)) * 10 > len(text)


# C0/C1 controls other than tab, newlines, vertical tab and form feed: a stray DOS end-of-
# file mark (\x1a) or escape in an article is noise; a file made of them is not text.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


def _encoding_warning(source: str, guessed: str | None) -> Iterator[InputProblem]:
    """Warn (before the article) that the encoding was guessed."""
    if guessed:
        how = guessed if guessed.startswith("read as ") else f"read as {guessed}"
        yield InputProblem(source, f"not UTF-8: {how}", fatal=False)


# --------------------------------------------------------------------------- text


def _iter_text(path: Path, source: str, run: _Run) -> Iterator[Item]:
    """A plain-text article: the whole file is the text, exactly as decoded.

    A web page saved under a text name (``page.txt``, "Save as... Text" that kept the
    source) was stored with its markup as the article: tags, scripts and menus, quotes
    found inside attributes. It is read as HTML instead, with a warning.
    """
    data = _read_bytes(path, run.max_bytes)
    if _HTML_PAGE.match(data[:4096]):
        yield InputProblem(source, HTML_AS_TEXT_MESSAGE, fatal=False)
        yield from _html_article(data, path, source, run)
        return
    if _XML_DOCUMENT.match(data[:4096]):
        _refuse_xml(data, "plain text")
    if _starts_as_jsonl(data):
        yield InputProblem(source, JSONL_AS_TEXT_MESSAGE, fatal=False)
        yield from _held_until_an_article(_iter_jsonl(path, source, run), source)
        return
    text, guessed = _decode(data)
    _check_not_blank(text)
    yield from _encoding_warning(source, guessed)
    found: Fields = {"title": headline(text)}
    yield from _finish(source, text, found, _file_keys(path, source), run)


#: Lines from the top that must all be article records for a text file to be JSONL.
_JSONL_SNIFF_LINES = 3


def _starts_as_jsonl(data: bytes) -> bool:
    """Whether a file read as text is a JSONL corpus: its first non-blank lines (up to
    ``_JSONL_SNIFF_LINES``) are each a JSON object with a ``text`` string.

    A corpus exported as ``articles.txt`` was stored as one article of raw JSON, its
    escapes and field names searched for quotes. No news article starts with a line of
    JSON carrying a ``"text"`` field.
    """
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return False
    checked = 0
    for raw in io.BytesIO(data):
        try:
            line = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            return False
        if not line.strip():
            continue
        try:
            _parse_record(line)
        except _Unreadable:
            return False
        checked += 1
        if checked == _JSONL_SNIFF_LINES:
            break
    return checked > 0


def headline(text: str) -> str | None:
    """Return the first non-empty line if it reads as a headline, else None.

    Plain-text articles often start with their headline. It counts as one when short
    (at most 200 characters and 25 words), not ending in a full stop (a sentence),
    not opening with a quote mark (a lede quote), and followed by more text. The text
    itself is left alone: the headline stays in it so offsets stay true.
    """
    match = _FIRST_LINE.match(text)
    line = match.group(1).strip() if match else ""
    if not line or not _NON_SPACE.search(text, match.end()):
        return None
    if len(line) > _HEADLINE_MAX_CHARS or len(line.split()) > _HEADLINE_MAX_WORDS:
        return None
    if line[0] in _QUOTE_MARKS or line.rstrip(_QUOTE_MARKS).endswith("."):
        return None
    return line


# --------------------------------------------------------------------------- HTML


JSONL_AS_HTML_MESSAGE = (
    "a JSONL corpus (one JSON object per line), not a web page: read as JSONL (name it .jsonl)"
)


def _iter_html(path: Path, source: str, run: _Run) -> Iterator[Item]:
    """An HTML page: trafilatura finds the main text and the page metadata.

    What is no web page under an HTML name is read or refused as it is under a text name
    (`_iter_text`): trafilatura made an "article" of anything, so a sitemap or a feed
    saved as ``.html`` was stored as its list of links, and an API's JSON answer saved
    as ``.html`` as its raw JSON, field names and escapes searched for quotes.
    """
    data = _read_bytes(path, run.max_bytes)
    if not _HTML_PAGE.match(data[:4096]):
        if _XML_DOCUMENT.match(data[:4096]) and not _HTML_ROOT.search(data[:4096]):
            _refuse_xml(data, "a web page")
        if _starts_as_jsonl(data):
            yield InputProblem(source, JSONL_AS_HTML_MESSAGE, fatal=False)
            yield from _held_until_an_article(_iter_jsonl(path, source, run), source)
            return
        if _is_json_document(data):
            raise _Unreadable(
                "a JSON document, not a web page: give .txt, .html, or .jsonl "
                '(one JSON object per line, with a "text" field)'
            )
    yield from _html_article(data, path, source, run)


def _refuse_xml(data: bytes, expected: str) -> NoReturn:
    """Refuse an XML document that is no article (a sitemap, an RSS/Atom feed), naming
    what it is and what the file's name promised (``expected``)."""
    what = "a news feed (RSS/Atom XML)" if _FEED_ROOT.search(data[:4096]) else "an XML document"
    raise _Unreadable(
        f"{what}, not {expected}: give .txt, .html, or .jsonl "
        '(one JSON object per line, with a "text" field)'
    )


# An <html> or <body> element anywhere near the top: an XHTML page whose prolog is
# followed by something `_HTML_PAGE` does not expect (a processing instruction).
_HTML_ROOT = re.compile(rb"<(?:html|body)[\s>]", re.IGNORECASE)


def _is_json_document(data: bytes) -> bool:
    """Whether the bytes are one JSON object or array (a `.json` file under another name)."""
    if not data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith((b"{", b"[")):
        return False
    try:
        json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    return True


def _html_article(data: bytes, path: Path, source: str, run: _Run) -> Iterator[Item]:
    """The article of a page's bytes (from an HTML file or a page under a text name)."""
    html, guessed = _decode(data, _declared_charset(data))
    _check_not_blank(html)
    yield from _encoding_warning(source, guessed)
    text, found = _extract_html(html)
    yield from _finish(source, text, found, _file_keys(path, source), run)


def _declared_charset(data: bytes) -> str | None:
    """The ``<meta charset>`` of a page, looked for near the top as browsers do, else the
    encoding of an XHTML page's ``<?xml ... encoding="..."?>`` prolog."""
    match = _META_CHARSET.search(data[:4096]) or _XML_ENCODING.match(data[:1024])
    return match.group(1).decode("ascii") if match else None


def _extract_html(html: str) -> tuple[str, Fields]:
    """Main text and metadata of a page; comments are left out (not the article)."""
    import trafilatura

    # The page is decoded already; its XML prolog only named the encoding. Left in, an
    # unknown encoding name or a DOCTYPE after it made the parser find no text at all.
    html = _XML_PROLOG.sub("", html, count=1)
    html = _TEMPLATE_ELEMENT.sub("", html)
    try:
        # The libraries' own warnings (dateutil's UnknownTimezoneWarning on a page date
        # such as "10:00 XYZ") printed lines of their source code amid the run's reports.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
            if not _has_text(doc):
                doc = trafilatura.bare_extraction(
                    _deep_tree(html), with_metadata=True, include_comments=False
                )
    except Exception as err:  # a parser crash on one page must not stop the run
        raise _Unreadable(f"could not parse HTML: {err}") from None
    if not _has_text(doc):
        raise _Unreadable(NO_HTML_TEXT_MESSAGE)
    text = doc.text
    found: Fields = {
        "title": doc.title,
        "url": doc.url,
        "outlet": doc.sitename,
        "published": doc.date,
        "author": doc.author,
    }
    return text, found


def _has_text(doc: object) -> bool:
    """Whether trafilatura's result holds text other than white space (None when it
    found no article)."""
    text = getattr(doc, "text", None)
    return bool(text and _NON_SPACE.search(text))


def _deep_tree(html: str) -> object:
    """The page parsed without libxml2's depth limit, for a second try when the first
    found no text.

    The parser stops building the tree 256 elements deep, so an article inside a layout
    of nested tables (100 tables are 400 levels: table, tbody, tr, td) or under a run of
    unclosed tags was cut away and the page refused as "no article text found". With
    ``huge_tree`` the limit is 2048. Only pages the first try found nothing in are parsed
    again, so every page read before reads the same.
    """
    import lxml.html

    return lxml.html.fromstring(html, parser=lxml.html.HTMLParser(huge_tree=True))


# --------------------------------------------------------------------------- JSONL


def _iter_jsonl(path: Path, source: str, run: _Run) -> Iterator[Item]:
    """Stream a JSONL corpus: one article per line, a bad line is a problem with its number."""
    if _stat_regular(path).st_size == 0:
        raise _Unreadable("empty file")
    records = 0
    with _open(path) as handle:
        _check_jsonl_start(handle.read(4096))
        handle.seek(0)
        lines = _split_at_bare_cr(_read_lines(handle, run.max_bytes))
        for lineno, raw in enumerate(lines, start=1):
            if isinstance(raw, int):
                records += 1
                yield InputProblem(source, _too_big("line", raw, run.max_bytes), lineno)
                continue
            try:
                # Any line may open with a BOM (files concatenated with `cat`): it is
                # encoding noise outside the JSON value, never part of the text.
                line = raw.decode("utf-8-sig")
            except UnicodeDecodeError:
                records += 1
                yield InputProblem(source, "line is not valid UTF-8", lineno)
                continue
            if not line.strip():
                continue
            records += 1
            yield from _jsonl_record(line, source, lineno, run)
    if not records:
        raise _Unreadable("whitespace-only file")


#: Bad lines in a row, from the top of a JSONL file, after which it is taken for
#: something else (an HTML page, a CSV export, a pretty-printed JSON document).
_NOT_JSONL_AFTER = 5


def _held_until_an_article(items: Iterator[Item], source: str) -> Iterator[Item]:
    """A JSONL file's items, with the line problems before its first article held back.

    An HTML page or a CSV file named ``.jsonl`` gave one error per line, hundreds of
    lines for one mistake. When the first ``_NOT_JSONL_AFTER`` lines are all bad, the
    file is one problem: reading goes on (a good record further down is still stored),
    and the bad lines are reported once, as a count with the first one's reason. Fewer
    bad lines before the first article are reported one by one, as ever.
    """
    held: list[InputProblem] = []
    skipped = 0  # bad lines past the held ones, before any article
    seen_article = False
    for item in items:
        if seen_article:
            yield item
        elif isinstance(item, InputProblem) and item.fatal and item.line is not None:
            if len(held) < _NOT_JSONL_AFTER:
                held.append(item)
            else:
                skipped += 1
        elif isinstance(item, Article):
            seen_article = True
            yield from _held_problems(held, skipped, source, before_an_article=True)
            yield item
        else:
            yield item
    if not seen_article:
        yield from _held_problems(held, skipped, source, before_an_article=False)


def _held_problems(
    held: list[InputProblem], skipped: int, source: str, *, before_an_article: bool
) -> Iterator[InputProblem]:
    """The held line problems one by one, or as one when there were too many, or when
    the file has no article and none of its lines (two or more) is JSON at all.

    A pretty-printed JSON record is four lines, fewer than ``_NOT_JSONL_AFTER``: it gave
    four "malformed JSON" errors for one mistake. Records that are JSON but lack their
    text stay one error each: the file is JSONL, each record has its own problem.
    """
    not_json = len(held) >= 2 and all(p.message.startswith("malformed JSON") for p in held)
    if len(held) < _NOT_JSONL_AFTER and (before_an_article or not not_json):
        yield from held
        return
    first, count = held[0], len(held) + skipped
    why = f"line {first.line}: {first.message}"
    if before_an_article:
        message = f"{count} lines from line {first.line} on are not articles ({why})"
    else:
        message = f"not a JSONL file: none of its {count} lines is an article ({why})"
    yield InputProblem(source, message)


#: A line that starts a JSON object with a key (after an optional UTF-8 BOM): text, not a
#: binary header, even with a NUL further on (UTF-16 has a NUL between the two).
_JSON_OBJECT_START = re.compile(rb'(?:\xef\xbb\xbf)?[ \t\r]*\{[ \t\r]*"')


def _check_jsonl_start(head: bytes) -> None:
    """JSONL is UTF-8 text: reject binary files before reading them line by line."""
    kind = _binary_kind(head)
    if kind:
        raise _Unreadable(f"binary file ({kind}), not text")
    for bom, _codec, name in _BOMS:
        if head.startswith(bom) and name != "UTF-8":
            raise _Unreadable(f"JSONL must be UTF-8, this file is {name}")
    # NULs on several lines, or on a first line that does not start a JSON object, mean
    # a binary file; one corrupt line among good records (a crash mid-write) is that
    # line's problem: the others are kept. The first record too: a NUL in its text
    # refused the whole file as binary, and every good record after it with it.
    lines = head.split(b"\n")
    nul_lines = sum(b"\x00" in line for line in lines)
    if nul_lines > 1 or (b"\x00" in lines[0] and not _JSON_OBJECT_START.match(lines[0])):
        if _utf16_without_bom(head[: len(head) // 2 * 2]):
            raise _Unreadable("JSONL must be UTF-8, this file is UTF-16 (no byte order mark)")
        raise _Unreadable("binary file (contains NUL bytes), not text")


def _read_lines(handle: IO[bytes], limit: int) -> Iterator[bytes | int]:
    """Yield lines as bytes, or the size of a line over ``limit`` in place of the line.

    Reading with a bound keeps one giant line from ever being held whole in memory.
    """
    while True:
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit:
            yield line
            continue
        size = len(line)
        while line and not line.endswith(b"\n"):
            line = handle.readline(_LINE_SKIP_CHUNK)
            size += len(line)
        yield size


#: A carriage return that is not half of a CRLF.
_BARE_CR = re.compile(rb"\r(?!\n)")


def _split_at_bare_cr(lines: Iterator[bytes | int]) -> Iterator[bytes | int]:
    """The lines of a JSONL file whose lines end in a lone CR (classic Mac OS, some
    exports) as the separate lines they are.

    Such a file was one line to ``readline``: every record after the first was "Extra
    data", so the whole corpus failed with one error. A bare CR cannot be inside a
    record (JSON strings escape control characters, and records are parsed strictly),
    so it only ever ends a line, as the text reader already takes it.
    """
    for line in lines:
        if isinstance(line, int) or not _BARE_CR.search(line):
            yield line
            continue
        pieces = _BARE_CR.split(line)
        if not pieces[-1]:
            pieces.pop()  # the file's last line ended in its CR
        yield from pieces


def _jsonl_record(line: str, source: str, lineno: int, run: _Run) -> Iterator[Item]:
    """Turn one JSONL line into an article, or a problem naming what is wrong with it."""
    try:
        record = _parse_record(line)
        record_id = _record_id(record, f"{source}:{lineno}", run)
    except _Unreadable as err:
        yield InputProblem(source, str(err), lineno)
        return
    except _Repeated as repeat:
        yield InputProblem(source, str(repeat), lineno, fatal=False)
        return
    if record_id is None and _control_id(record.get("id")):
        yield InputProblem(
            source, "id holds control characters: stored under its file and line", lineno,
            fatal=False,
        )
    for name in ("id", *FIELDS):
        value = record.get(name)
        kind = "an array" if name == "id" and isinstance(value, list) else _no_value_kind(value)
        if kind:
            left = "stored under its file and line" if name == "id" else "left empty"
            problem = f'"{name}" is {kind}, no usable value: {left}'
            yield InputProblem(source, problem, lineno, fatal=False)
    found: Fields = {name: _clean(record.get(name)) for name in FIELDS}
    article_source = record_id or f"{source}:{lineno}"
    yield from _finish(
        article_source, record["text"], found, [article_source], run, at=(source, lineno)
    )


def _too_long_number() -> str:
    """What ``json.loads`` refuses with a bare ValueError (not a JSONDecodeError): an
    integer longer than Python converts (``sys.get_int_max_str_digits``)."""
    return f"a number of more than {sys.get_int_max_str_digits():,} digits"


def _json_loads(text: str, prefix: str, syntax_error: Callable[[json.JSONDecodeError], str]) -> Any:
    """``json.loads`` with its three refusals as one-line `_Unreadable` problems, not
    tracebacks: a syntax error (worded by ``syntax_error``, which knows where the text
    came from), and, after ``prefix``, nesting thousands deep (`[[[[...`: a
    RecursionError) and a 5,000-digit number (a bare ValueError)."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise _Unreadable(syntax_error(err)) from None
    except RecursionError:
        raise _Unreadable(f"{prefix}: nested too deeply") from None
    except ValueError:
        raise _Unreadable(f"{prefix}: {_too_long_number()}") from None


def _parse_record(line: str) -> dict[str, Any]:
    """Parse a line and check it is an object with a non-empty string ``text``.

    A line that is no JSON is the line's problem, not the file's: the file goes on."""
    record = _json_loads(
        line, "malformed JSON", lambda err: f"malformed JSON: {err.msg} (column {err.colno})"
    )
    if not isinstance(record, dict):
        raise _Unreadable(f"not a JSON object (got {_json_type(record)})")
    if "text" not in record:
        raise _Unreadable('missing "text" field')
    text = record["text"]
    if not isinstance(text, str):
        raise _Unreadable(f'"text" is not a string (got {_json_type(text)})')
    if not _NON_SPACE.search(text):
        raise _Unreadable('empty "text"')
    if not _visible(text):
        raise _Unreadable('empty "text" (only zero-width or format characters)')
    if _mostly_control(text):  # as a .txt file of them is refused: no words to quote
        raise _Unreadable('"text" is binary (over 10% control characters), not text')
    return record


class _Repeated(Exception):
    """Internal: a JSONL record identical to one already read this run; the message
    becomes a warning, not an error."""


def _record_id(record: dict[str, Any], where: str, run: _Run) -> str | None:
    """The record's id as a string; a repeat within the run is an error (ids key the DB).

    A repeat that is the very same record (overlapping exports, one file given under two
    names) is skipped with a warning: reading it again would change nothing, so it is no
    failure; only a different record under a used id would overwrite the first.
    """
    raw = record.get("id")
    if raw is None or raw == "" or isinstance(raw, (dict, list, bool)):
        return None
    if isinstance(raw, float) and not math.isfinite(raw):
        return None  # 1e400, NaN: "inf" and "nan" name no record; file:line does
    if _control_id(raw):
        return None  # the caller warns; file:line names it
    record_id = str(raw)
    digest = _record_digest(record)
    seen = run.seen_ids.get(record_id)
    if seen is not None:
        first, first_digest = seen
        if digest == first_digest:
            raise _Repeated(f"same record as at {first}, skipped")
        raise _Unreadable(
            f'duplicate id "{_shortened(record_id)}" (first seen at {first}), skipped'
        )
    run.seen_ids[record_id] = (where, digest)
    return record_id


def _control_id(raw: object) -> bool:
    """Whether a record's id holds control characters (NUL, newline, ESC).

    Such an id became the article's source: a NUL cut it short in C tools (the sqlite3
    shell showed "a" for "a\\0b") and a newline split one-line listings. The record is
    good; its place in the file names it instead, as for an id of 1e400."""
    return isinstance(raw, str) and bool(_CONTROL_RUN.search(raw))


def _record_digest(record: dict[str, Any]) -> str:
    """A digest of a record's content, key order aside (ASCII escapes keep a lone
    surrogate hashable)."""
    try:
        text = json.dumps(record, sort_keys=True, ensure_ascii=True, default=str)
    except (RecursionError, ValueError, TypeError):  # nested too deeply, mixed key types
        return f"unhashable {id(record)}"  # never equal: a repeat stays a clash
    return hashlib.sha256(text.encode("ascii")).hexdigest()


#: Characters of an input's value (an id) quoted in a message, at most.
_SHOWN_CHARS = 80


def _shortened(value: str) -> str:
    """``value`` cut to ``_SHOWN_CHARS`` for a message: a 100,000-character id made a
    100,000-character error line."""
    return value if len(value) <= _SHOWN_CHARS else value[:_SHOWN_CHARS] + "..."


def _json_type(value: object) -> str:
    """JSON's name for a Python value's type, for messages."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "string"
    if isinstance(value, list):
        return "array"
    return "object"


def _no_value_kind(value: object) -> str | None:
    """What a JSONL field holds when it is no value at all (an object, ``true``, NaN or
    an infinity; an id that is a list), worded for the warning, else None.

    `_clean` and `_record_id` leave such a field out, as they must: ``{"name": "Post"}``
    is no outlet's name. They did so without a word, so a corpus whose exporter nested
    its outlets lost every outlet silently. A list (several authors) and a number are
    values; null and "" are a field left empty on purpose.
    """
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, float) and not math.isfinite(value):
        return "NaN or an infinity"
    return None


def _clean(value: object) -> str | None:
    """A metadata value as a stripped string; lists (several authors) are joined."""
    if value is None or isinstance(value, (bool, dict)):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None  # 1e400, -1e400, NaN: "inf" stored as a title names nothing
    if isinstance(value, list):
        parts = [_clean(v) for v in value]
        return ", ".join(p for p in parts if p) or None
    text = str(value).strip()
    return text or None


# --------------------------------------------------------------------------- merging


def _file_keys(path: Path, source: str) -> list[str]:
    """Sidecar keys that may name a file, most specific first."""
    keys = [source, os.path.normpath(source), str(path.resolve()), path.name, path.stem]
    return list(dict.fromkeys(keys))


def _sidecar_row(sidecar: dict[str, dict], keys: list[str]) -> dict:
    """The sidecar row of the first key that has one."""
    for key in keys:
        row = sidecar.get(key)
        if row is not None:
            return row
    return {}


#: Why a NUL character in an article's text is replaced (see ``_finish``).
NUL_REASON = "SQLite cuts a text at a NUL"


def _finish(
    source: str,
    text: str,
    found: Fields,
    keys: list[str],
    run: _Run,
    at: tuple[str, int | None] | None = None,
) -> Iterator[Item]:
    """Merge metadata by priority and yield the article (after a date warning, if any).

    Priority: the ``outlet`` argument, then the sidecar, then what the input itself says,
    then (outlet only) the URL's domain. ``at`` is where warnings point, when that is not
    the article's source: a JSONL record stored under its id is found by file and line.
    """
    row = _sidecar_row(run.sidecar, keys) if run.sidecar else {}
    merged = {
        name: _one_line(_storable(row.get(name) or found.get(name) or None)) for name in FIELDS
    }
    source = _storable_source(source)
    file, line = (_storable_source(at[0]), at[1]) if at else (source, None)
    if merged["url"] and not _web_address(merged["url"]):
        # "javascript:alert(1)" from a sidecar became the article's link on its Datasette
        # page (a click ran it), and "not a url at all" a link to nowhere; a page's own
        # canonical link is kept only when it is a web address too.
        origin = f" (from {run.sidecar_path})" if row.get("url") else ""
        yield InputProblem(
            file,
            f"not a web address {_shortened(merged['url'])!r}, URL left empty{origin}",
            line,
            fatal=False,
        )
        merged["url"] = None
    broken = len(LONE_SURROGATE.findall(text))
    if broken:
        yield InputProblem(
            file,
            f"{broken} invalid character(s) (lone UTF-16 surrogates) replaced with U+FFFD",
            line,
            fatal=False,
        )
        text = without_lone_surrogates(text)
    nuls = text.count("\x00")
    if nuls:
        # A NUL decoded from UTF-16/32 or a JSONL "\u0000" was stored as it was, and
        # SQLite's text functions stop at it: Datasette showed the article cut short and
        # substr(text, ...) no longer gave the quotes after it. One character for one keeps
        # every offset, as for a lone surrogate.
        yield InputProblem(
            file, f"{nuls} NUL character(s) replaced with U+FFFD ({NUL_REASON})", line, fatal=False
        )
        text = text.replace("\x00", "\ufffd")
    domain = domain_of(merged["url"])
    published = merged["published"]
    try:
        published = normalise_date(published)
    except ValueError:
        shown = _shortened(published) if published else published
        # The sidecar wins over the input: say so, or the user looks for the date in the file.
        origin = f" (from {run.sidecar_path})" if row.get("published") else ""
        yield InputProblem(
            file, f"unparseable date {shown!r}, left empty{origin}", line, fatal=False
        )
        published = None
    if published and _far_future(published):
        # "2999-01-01" (a typo, or a placeholder for "unknown") sorted first in every
        # newest-first list and in the date facet; nothing was published after next year.
        yield InputProblem(
            file, f"date in the future {published!r}, left empty", line, fatal=False
        )
        published = None
    article = Article(
        source=source,
        text=text,
        title=merged["title"],
        url=merged["url"],
        # --outlet as a sidecar's outlet is: "Bad\x1b[31mOutlet" was stored with its escape
        # and coloured the terminal of whoever listed the outlets.
        outlet=_one_line(_storable(run.outlet)) or merged["outlet"] or domain,
        published=published,
        author=merged["author"],
        domain=domain,
        at=(file, line) if at and line is not None and file != source else None,
    )
    clash = _source_clash(article, f"line {line} of {file}" if line else f"the file {file}", run)
    yield InputProblem(file, clash[0], line, fatal=clash[1]) if clash else article


def _source_clash(article: Article, where: str, run: _Run) -> tuple[str, bool] | None:
    """Why ``article`` cannot be stored under its source, and whether that is an error.

    The source keys the article in the database. A JSONL record whose ``id`` is a file's
    path ("good.txt"), or a file named like a record's place ("feed.jsonl:1"), claimed
    the source of an article read before it in the same run, and the run silently kept
    only the first. Now the second is skipped in one line: an error when its content
    differs (it would have replaced the first), a warning when it is the same article.
    """
    first = run.sources.get(article.source)
    if first is None:
        run.sources[article.source] = (where, article.content_hash)
        return None
    if first[1] == article.content_hash:
        return f"same article as {printable(first[0])}, skipped", False
    return (
        f'stored as "{_shortened(article.source)}", the source of {printable(first[0])} '
        "read before it (a JSONL id equal to a file's path, or a file named like a JSONL "
        "line): skipped, the first kept",
        True,
    )


def _storable(value: str | None) -> str | None:
    """Lone surrogates as U+FFFD: SQLite cannot store them (UTF-8 has no encoding for them).

    They come from JSON escapes of half an emoji (``"\\ud83d"``) or from command-line
    arguments that are not valid UTF-8. One character for one keeps every offset true.
    """
    return None if value is None else without_lone_surrogates(value)


#: A terminal escape sequence (CSI: ESC [ ... letter), then any other C0/C1 control.
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
_CONTROL_RUN = re.compile(r"[\x00-\x1f\x7f-\x9f]+")


def _one_line(value: str | None) -> str | None:
    """A metadata value (title, outlet, URL, date, author) as one line of text: terminal
    escapes dropped and other control characters (tabs, newlines, ESC) read as a space.

    A sidecar title "Evil\x1b[2J title" was stored as it was and cleared the screen of
    whoever listed or exported it; a title over two lines broke one-line listings."""
    if value is None:
        return value
    if not _CONTROL_RUN.search(value):
        return _visible(value)
    value = _CONTROL_RUN.sub(" ", _ESCAPE_SEQUENCE.sub("", value))
    return _visible(" ".join(value.split()))


def _visible(value: str) -> str | None:
    """``value``, or None when it shows nothing: only format characters (zero-width
    spaces and joiners, BOMs, bidi marks) and blanks. An outlet "\u200b\u200d" from a
    JSONL record was stored and listed as an outlet with no name to click or search."""
    if any(not ch.isspace() and unicodedata.category(ch) != "Cf" for ch in value):
        return value
    return None


#: A scheme-less address that starts with a dotted host and a port ("example.org:8080/a").
_HOST_AND_PORT = re.compile(r"[^/:\s]+\.[^/:\s]+:\d+(?:[/?#]|$)")

#: A URL's schemes that are web addresses (the article's link on its page).
_WEB_SCHEMES = frozenset({"http", "https"})


def _web_address(url: str) -> bool:
    """Whether ``url`` is a web address: http(s) with a host, or a scheme-less
    ``example.com/path`` (a host with a dot, no spaces), as ``domain_of`` reads it."""
    if any(ch.isspace() for ch in url):
        return False
    # ("example.org:8080/a" is a host and port, not a scheme "example.org", as
    # ``domain_of`` reads it)
    schemeless = "//" not in url and (":" not in url.split("/", 1)[0] or _HOST_AND_PORT.match(url))
    try:
        parts = urlsplit("//" + url if schemeless else url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme:
        return parts.scheme.lower() in _WEB_SCHEMES and bool(host)
    return bool(host) and "." in host


def _storable_source(source: str) -> str:
    """A source path that is not valid UTF-8 (``b"caf\\xe9.txt"``), shown with escapes.

    Python reads such file names with ``surrogateescape``; the bytes come back as
    ``\\xe9`` so the stored source still tells the files apart.
    """
    if not LONE_SURROGATE.search(source):
        return source
    return LONE_SURROGATE.sub(_escape_surrogate, source)


def _escape_surrogate(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code - 0xDC00:02x}" if 0xDC80 <= code <= 0xDCFF else f"\\u{code:04x}"


def domain_of(url: str | None) -> str | None:
    """The host of ``url`` without ``www.``: 'https://www.example.com/a' -> 'example.com'."""
    if not url:
        return None
    if "//" not in url:
        url = "//" + url  # "example.com/a" has no scheme; make urlsplit see the host
    try:
        host = urlsplit(url).hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.") or None


# --------------------------------------------------------------------------- sidecar


def _read_sidecar_rows(path: Path) -> tuple[list[dict[str, Any]], str | None]:
    """The rows of a sidecar, read by the format its extension names, and the encoding
    guessed when it is not UTF-8 (see `_sidecar_text`): one read serves both."""
    suffix = path.suffix.lower()
    readers = {
        ".csv": _read_csv,
        ".tsv": _read_tsv,
        ".tab": _read_tsv,
        ".json": _read_json,
        ".jsonl": _read_jsonl_rows,
    }
    reader = readers.get(suffix)
    if path.exists() and not path.is_dir() and not path.is_file():
        # A FIFO or a device would block the run waiting for a writer that never comes.
        raise _Unreadable("not a regular file (a pipe, socket or device)")
    if reader is None:
        found = suffix or "(no extension)"
        raise _Unreadable(f"unknown format {found}, use .csv, .tsv, .json or .jsonl")
    try:
        content, guessed = _sidecar_text(path)
        rows = reader(content)
        empty = not rows and path.stat().st_size == 0
    except OSError as err:
        raise _Unreadable(_stat_error_message(path, err)) from None
    if not rows:
        # A sidecar that labels nothing (an export that failed half-way, the wrong file)
        # let every article in without its metadata, and without a word.
        raise _Unreadable("empty file" if empty else "no rows")
    return rows, guessed


def metadata_encoding(path: str | Path) -> str | None:
    """How a sidecar that is not UTF-8 was read (``"read as cp1252"``), else None.

    Spreadsheets save CSV in the Windows code page and "Unicode text" as UTF-16: such a
    sidecar is read as the article files are, and the caller warns once, since a wrong
    guess garbles its names. Raises ``ValueError`` like ``load_metadata``.
    """
    try:
        _text, guessed = _sidecar_text(Path(path))
    except (_Unreadable, OSError) as err:
        raise ValueError(f"{path}: cannot read metadata file: {err}") from None
    return _encoding_note(guessed)


def _encoding_note(guessed: str | None) -> str | None:
    """What `_decode` guessed, worded for the warning (``"read as cp1252"``)."""
    if guessed is None:
        return None
    return guessed if guessed.startswith("read as ") else f"read as {guessed}"


def _sidecar_text(path: Path) -> tuple[str, str | None]:
    """A sidecar's text and, when it is not UTF-8, the encoding guessed (see `_decode`).

    UTF-8 (with or without a BOM) is taken as it is, NULs and all, so that the readers
    name a NUL's line; anything else goes through the article decoder, which reads
    UTF-16 and legacy code pages and refuses binary files.
    """
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return _decode(data)


def _read_csv(content: str) -> list[dict[str, Any]]:
    """Comma-separated rows, or semicolon-separated ones when the header line holds
    semicolons and no comma.

    Excel saves "CSV" with semicolons where the comma is the decimal mark (most of
    Europe): such a sidecar was refused as having "no key column", its header read as
    the one column ``file;outlet``.
    """
    return _read_delimited(content, _csv_delimiter(content.lstrip("\ufeff").partition("\n")[0]))


def _csv_delimiter(header: str) -> str:
    """``;`` for a CSV header line holding semicolons and no comma, else ``,``."""
    return ";" if ";" in header and "," not in header else ","


def _read_tsv(content: str) -> list[dict[str, Any]]:
    """Tab-separated rows."""
    return _read_delimited(content, "\t")


def _read_delimited(content: str, delimiter: str) -> list[dict[str, Any]]:
    """Rows under a header line; a leading BOM (as Excel writes) is dropped.

    Strict quoting: an unclosed quote would otherwise swallow every later row into one
    cell, silently, and ``"a"b`` would become ``ab``; a quote inside an unquoted cell
    (``Title "x" here``) and doubled quotes stay fine.
    """
    if "\x00" in content:  # Python's csv reads NULs into the cells; a text input refuses them
        line = content.count("\n", 0, content.index("\x00")) + 1
        raise _Unreadable(f"NUL byte at line {line}: binary, not CSV text")
    with io.StringIO(content, newline="") as handle, _cells_up_to(len(content)):
        reader = csv.DictReader(handle, delimiter=delimiter, strict=True)
        try:
            return list(reader)
        except csv.Error as err:
            # line_num counts the lines before the failing row: the row starts after them.
            line = reader.line_num + 1
            if "end of data" in str(err):
                raise _Unreadable(
                    f"malformed CSV: a quoted cell opened on line {line} is never closed"
                ) from None
            raise _Unreadable(f"malformed CSV at line {line}: {err}") from None


@contextlib.contextmanager
def _cells_up_to(size: int) -> Iterator[None]:
    """Let one cell be as long as the whole file while a sidecar is read.

    Python's csv module refuses a cell over 131,072 characters with "field larger than
    field limit", reported as a malformed file: a long title is not malformed (a JSON
    sidecar takes it), and an unclosed quote mark followed by more than that many
    characters was blamed on the limit instead of on the quote left open. The limit is
    process-wide, so it is put back afterwards.
    """
    before = csv.field_size_limit()
    csv.field_size_limit(max(before, size + 1))
    try:
        yield
    finally:
        csv.field_size_limit(before)


def _read_json(content: str) -> list[dict[str, Any]]:
    """A JSON list of row objects, or an object mapping each input name to its row."""
    data = _json_loads(
        content, "malformed JSON", lambda err: f"malformed JSON at line {err.lineno}: {err.msg}"
    )
    if isinstance(data, list):
        return [_require_object(row, f"item {i}") for i, row in enumerate(data, 1)]
    if isinstance(data, dict):
        return [
            {**_require_object(row, f"key {name!r}"), "file": name} for name, row in data.items()
        ]
    raise _Unreadable(f"expected a JSON list or object, got {_json_type(data)}")


def _read_jsonl_rows(content: str) -> list[dict[str, Any]]:
    """One row object per line; blank lines skipped."""
    rows = []
    with io.StringIO(content, newline=None) as handle:
        for lineno, line in enumerate(handle, 1):
            if not line.strip():
                continue
            where = f"malformed JSON at line {lineno}"
            row = _json_loads(line, where, lambda err, where=where: f"{where}: {err.msg}")
            rows.append(_require_object(row, f"line {lineno}"))
    return rows


def _require_object(row: object, where: str) -> dict[str, Any]:
    """Sidecar rows must be objects; anything else means the file is not what we think."""
    if not isinstance(row, dict):
        raise _Unreadable(f"{where} is not an object (got {_json_type(row)})")
    return row


def _index_rows(rows: list[dict[str, Any]]) -> dict[str, dict]:
    """Key each row by its key column; keep only the known, non-empty fields.

    A path key is also stored normalised ("./a/b.txt" as "a/b.txt") to match sources.
    """
    lowered = [_lower_keys(row) for row in rows]
    keyed = [(_row_key(row), row) for row in lowered]
    if rows and not any(key for key, _row in keyed):
        raise _Unreadable(f"no key column: need one of {', '.join(KEY_COLUMNS)}")
    index: dict[str, dict] = {}
    for key, row in keyed:
        if key is None:
            continue
        values = _row_values(row)
        for alias in dict.fromkeys((key, os.path.normpath(key))):
            index[alias] = values
    return index


def _row_values(row: dict[str, Any]) -> dict[str, Any]:
    """A (lower-keyed) row's known fields, cleaned, empty ones left out: what
    ``load_metadata`` keeps of it, and what ``conflicting_metadata_keys`` compares."""
    values = {name: _clean(row.get(name)) for name in FIELDS}
    return {name: value for name, value in values.items() if value}


def _lower_keys(row: dict[Any, Any]) -> dict[str, Any]:
    """Column names compared case-insensitively ('File', ' URL ')."""
    return {str(k).strip().lower(): v for k, v in row.items() if k is not None}


def _row_key(row: dict[str, Any]) -> str | None:
    """The first non-empty key column of a row."""
    for column in KEY_COLUMNS:
        value = _clean(row.get(column))
        if value:
            return value
    return None
