"""Plain data that crosses stage boundaries.

Stages exchange small frozen dataclasses, never spaCy objects, so that results can be
pickled between processes (``n_process``, Dask) and so each stage can be tested alone.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, fields
from typing import Any

#: Reported speech (``indirect`` items) whose learned confidence (``quotes.confidence``) is
#: below this is not reported; quotations (direct and mixed items) always are
#: (``--min-confidence`` overrides it; 0 keeps every item found). The confidence is a
#: calibrated probability, so a report under 0.5 is more likely wrong than right: on
#: PolNeAR dev 30% of them are (against 90% of the rest), and dropping them raises
#: precision from 0.890 to 0.897 at the same F1 (0.804 against 0.803). A higher cut buys
#: more precision with recall (0.6: precision 0.907, indirect recall 0.612 against 0.623;
#: README, Accuracy), which is the user's trade to make, not the default's.
DEFAULT_MIN_CONFIDENCE = 0.5

QUOTE_TYPES = ("direct", "mixed", "indirect")
SPEAKER_KINDS = ("person", "organization", "unnamed")


@dataclass(frozen=True)
class Article:
    """One input article, text exactly as read (offsets index into ``text``)."""

    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    domain: str | None = None
    #: Where a JSONL record stored under its ``id`` was read: ``(file, line)``. Only for
    #: reports (a failure while parsing named the id alone, which no file shows); not
    #: part of the article's identity or content hash.
    at: tuple[str, int] | None = field(default=None, compare=False, repr=False)

    def problem(self, message: str) -> InputProblem:
        """``message`` about this article, reported where the user finds it: the file
        and line of a JSONL record stored under its id (naming the id), else the source."""
        if self.at is None or self.at[0] == self.source:
            return InputProblem(self.source, message)
        return InputProblem(self.at[0], f"record {self.source!r}: {message}", self.at[1])

    @property
    def content_hash(self) -> str:
        """Hash of everything stored for the article: a change to any field re-extracts it."""
        h = hashlib.sha256()
        for part in (self.text, self.title, self.url, self.outlet, self.published, self.author):
            h.update((part or "").encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()[:20]

    @property
    def id(self) -> int:
        """Stable article id: a hash of the source, so a changed file keeps its id."""
        return stable_id("article", self.source)


@dataclass(frozen=True)
class InputProblem:
    """An input that could not be read: reported on one line, the run goes on."""

    source: str
    message: str
    line: int | None = None
    fatal: bool = True

    def __str__(self) -> str:
        # The message is escaped too: it may quote the input (a JSONL id with a newline
        # or a terminal escape in it), and the report must stay one harmless line.
        return f"{self.where()}: {printable(self.message)}"

    def where(self) -> str:
        """The file (with the line, for JSONL) as a report shows it: printable, and a name
        too long to read (past the system's path limit) kept to its start and end."""
        where = shown_name(printable(self.source))
        return f"{where}:{self.line}" if self.line is not None else where


#: The longest name a report shows whole. A deeper path (one past the system's
#: 4,096-character limit cannot even be opened) made every report of it a 4,000-character
#: line; its start (where it is) and end (the file) say which file it is.
SHOWN_NAME_MAX = 400


def shown_name(name: str) -> str:
    """``name``, or its first and last characters around ``[...]`` when over
    ``SHOWN_NAME_MAX``."""
    if len(name) <= SHOWN_NAME_MAX:
        return name
    keep = (SHOWN_NAME_MAX - 5) // 2
    return f"{name[:keep]}[...]{name[-keep:]}"


#: A lone UTF-16 surrogate: a Python str may hold one (a JSON escape of half an emoji,
#: a command-line argument that is not valid UTF-8); UTF-8, hence SQLite and spaCy's
#: tokenizer, has no encoding for it.
LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def without_lone_surrogates(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD: one character for one, so every
    offset into it stays true."""
    return LONE_SURROGATE.sub("\ufffd", text) if LONE_SURROGATE.search(text) else text


def readable(value: Any) -> Any:
    """A BLOB another program stored in a text column, as its UTF-8 text: JSON cannot
    write bytes (a traceback), and CSV would write Python's ``b'...'`` notation."""
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


def printable(name: str) -> str:
    r"""A file name as one printable line: a newline or other control character in a name
    (legal on POSIX) is shown escaped, as ``repr`` would, so a report stays one line.

    A byte the file system encoding could not decode (Python's ``surrogateescape``:
    ``caf\xe9.txt``, or any non-ASCII name under ``LANG=C``) is shown as that byte,
    ``\xe9``, as the stored source shows it, not as the surrogate ``\udce9``."""
    if name.isprintable():
        return name
    return "".join(c if c.isprintable() else _escaped(c) for c in name)


def _escaped(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:
        return f"\\x{code - 0xDC00:02x}"
    return repr(char)[1:-1]


@dataclass(frozen=True)
class Span:
    """A character span into an article's text."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class JointSpeaker:
    """Another speaker of the same words: "Tomas Vrba and Ines Calloway said ..." gives
    the quote to Tomas Vrba and Ines Calloway is its joint speaker, with her own
    mention."""

    name: str
    kind: str
    mention: Span


@dataclass(frozen=True)
class Quote:
    """One attribution: what was said (content), the cue, and who said it.

    ``speaker`` is the resolved real-world name ("Jens Stoltenberg"); ``speaker_mention``
    is the words at the cue ("he"). Either may be missing, but not both with the cue.
    ``joint`` lists the speakers said to have spoken with the first one ("A and B said").
    """

    type: str
    content: Span
    cue: Span | None = None
    speaker_mention: Span | None = None
    speaker: str | None = None
    speaker_kind: str | None = None
    role: str | None = None
    confidence: float = 0.5
    channel: str | None = None
    channel_detail: str | None = None
    joint: tuple[JointSpeaker, ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)


#: ``Quote.extra`` key: the name the speaker index files a quote under when it is not the
#: ``speaker``. A body the article names by an acronym it defines ("the CFA" after "the
#: Coastal Fisheries Authority (CFA)") has the acronym as its ``speaker``, as the article
#: goes on to name it; the index files it under "Coastal Fisheries Authority (CFA)", the
#: definition (or the full name alone where the mention wrote it out): one acronym stands
#: for different bodies in different articles, and only the full name tells them apart.
INDEX_NAME = "speaker_index_name"


def index_name(quote: Quote) -> str | None:
    """The name the speaker index files ``quote`` under (see :data:`INDEX_NAME`)."""
    return quote.extra.get(INDEX_NAME) or quote.speaker


#: The fields of a Quote, for `replace_quote`.
_QUOTE_FIELDS = frozenset(f.name for f in fields(Quote))


def replace_quote(quote: Quote, **changes: object) -> Quote:
    """``dataclasses.replace(quote, **changes)``: an equal Quote, made without ``__init__``.

    ``dataclasses.replace`` passes all twelve fields to the frozen ``__init__``, which sets
    each through ``object.__setattr__``: five times the work of copying the instance's
    dict, and the resolver, the channel finder and the confidence model each replace
    every quote (42,000 against 9,000 machine instructions a quote). Quote has no
    ``__post_init__`` and no init-only field, so the copy is exactly what ``__init__``
    would build; an unknown field is refused as ``replace`` refuses it.
    """
    unknown = changes.keys() - _QUOTE_FIELDS
    if unknown:
        raise TypeError(f"Quote has no field(s) {', '.join(sorted(unknown))}")
    new = object.__new__(Quote)
    new.__dict__.update(quote.__dict__)
    new.__dict__.update(changes)
    return new


def stable_id(*parts: object) -> int:
    """A deterministic 60-bit integer id from its parts (same input, same id, anywhere).

    Integers rather than hex strings because SQLite then uses them as the rowid: the
    full-text index (which keys on rowid) stays valid through VACUUM, and Datasette links
    stay short. 60 bits keeps collisions negligible below billions of rows.
    """
    h = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return int(h.hexdigest()[:15], 16)


def _span_row(span: Span | None) -> list | None:
    return None if span is None else [span.start, span.end, span.text]


def _span_of(row: list | None) -> Span | None:
    return None if row is None else Span(row[0], row[1], row[2])


def quote_to_row(quote: Quote) -> dict:
    """A Quote as plain msgpack-able data: what a Doc carries between processes."""
    return {
        "type": quote.type,
        "content": _span_row(quote.content),
        "cue": _span_row(quote.cue),
        "mention": _span_row(quote.speaker_mention),
        "speaker": quote.speaker,
        "kind": quote.speaker_kind,
        "role": quote.role,
        "confidence": quote.confidence,
        "channel": quote.channel,
        "channel_detail": quote.channel_detail,
        "joint": [[j.name, j.kind, _span_row(j.mention)] for j in quote.joint],
        "extra": quote.extra,
    }


def quote_from_row(row: dict) -> Quote:
    """The inverse of :func:`quote_to_row`."""
    return Quote(
        type=row["type"],
        content=_span_of(row["content"]),
        cue=_span_of(row["cue"]),
        speaker_mention=_span_of(row["mention"]),
        speaker=row["speaker"],
        speaker_kind=row["kind"],
        role=row["role"],
        confidence=row["confidence"],
        channel=row["channel"],
        channel_detail=row["channel_detail"],
        joint=tuple(JointSpeaker(name, kind, _span_of(span)) for name, kind, span in row.get("joint") or ()),
        extra=dict(row.get("extra") or {}),
    )
