"""Storage: the SQLite schema, its migrations, and every write, through sqlite-utils.

One article is the unit of change: its row, its quotes and the speaker statistics they
touch are written in one transaction, so a run killed at any moment leaves either the old
or the new version of an article, never half of one. Ids are stable hashes, so re-running
on unchanged input writes nothing at all.
"""

from __future__ import annotations

import functools
import itertools
import os
import re
import sqlite3
import stat
import time
import unicodedata
import urllib.parse
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

import sqlite_utils
from sqlite_utils import Migrations

from quotes.errors import DatabaseError
from quotes.lexicon import (
    DEMONYM_COUNTRIES,
    NAME_SUFFIXES,
    NAME_TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    UNSPLIT_LETTERS,
)
from quotes.models import Article, JointSpeaker, Quote, index_name, replace_quote, stable_id

SQLITE_MAGIC = b"SQLite format 3\x00"

migrations = Migrations("quotes")


@migrations()
def m001_initial(db: sqlite_utils.Database) -> None:
    """The contract's tables, with foreign keys and an index on every facet column."""
    db["outlets"].create({"id": int, "name": str, "domain": str}, pk="id")
    db["articles"].create(
        {
            "id": int,
            "source": str,
            "outlet_id": int,
            "title": str,
            "url": str,
            "published": str,
            "author": str,
            "text": str,
            "content_hash": str,
            "quote_count": int,
        },
        pk="id",
        foreign_keys=[("outlet_id", "outlets", "id")],
    )
    db["speakers"].create(
        {
            "id": int,
            "name": str,
            "kind": str,
            "role": str,
            "quote_count": int,
            "article_count": int,
            "outlet_count": int,
            "first_quoted": str,
            "last_quoted": str,
        },
        pk="id",
    )
    db["quotes"].create(
        {
            "id": int,
            "article_id": int,
            "speaker_id": int,
            "type": str,
            "content": str,
            "content_start": int,
            "content_end": int,
            "cue": str,
            "cue_start": int,
            "cue_end": int,
            "speaker_mention": str,
            "speaker_start": int,
            "speaker_end": int,
            "confidence": float,
            "channel": str,
            "channel_detail": str,
            "statement_id": int,
            "speaker_name": str,
            "speaker_role": str,
            "published": str,
        },
        pk="id",
        foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")],
    )
    db["speaker_aliases"].create(
        {"speaker_id": int, "alias": str, "count": int},
        pk=("speaker_id", "alias"),
        foreign_keys=[("speaker_id", "speakers", "id")],
    )
    db["speaker_roles"].create(
        {"speaker_id": int, "role": str, "first_seen": str, "last_seen": str},
        pk=("speaker_id", "role"),
        foreign_keys=[("speaker_id", "speakers", "id")],
    )
    for table, columns in {
        "articles": [["outlet_id"], ["published"], ["source"], ["content_hash"]],
        "speakers": [["name"], ["kind"], ["quote_count"]],
        "quotes": [
            ["article_id"],
            ["speaker_id"],
            ["type"],
            ["channel"],
            ["published"],
            ["statement_id"],
            ["speaker_id", "published"],
        ],
        "speaker_aliases": [["alias"]],
        "outlets": [["name"]],
    }.items():
        for cols in columns:
            db[table].create_index(cols, if_not_exists=True)
    db["quotes"].enable_fts(["content"], create_triggers=True, tokenize="porter")
    db.create_view("quotes_view", JOINED_VIEW_SQL, replace=True)


@migrations()
def m002_article_text_length(db: sqlite_utils.Database) -> None:
    """``articles.text_length``: characters in the stored text, backfilled for old rows.

    Every stored offset is at most this, so bounds can be checked (and articles sorted by
    length in Datasette) without loading the texts. Counted with Python's ``len`` because
    SQLite's ``length()`` stops at the first NUL character.
    """
    if "text_length" not in db["articles"].columns_dict:
        db["articles"].add_column("text_length", int)
    db.conn.create_function("quotes_text_length", 1, _text_length, deterministic=True)
    db.execute("update articles set text_length = quotes_text_length(text)")


def _text_length(text: object) -> int | None:
    return len(text) if isinstance(text, str) else None


@migrations()
def m003_speaker_index(db: sqlite_utils.Database) -> None:
    """The cross-article index needs each quote's speaker kind; speakers get a Wikidata id."""
    if "speaker_kind" not in db["quotes"].columns_dict:
        db["quotes"].add_column("speaker_kind", str)
        db.execute(
            "update quotes set speaker_kind = (select kind from speakers "
            "where speakers.id = quotes.speaker_id) where speaker_id is not null"
        )
    if "wikidata" not in db["speakers"].columns_dict:
        db["speakers"].add_column("wikidata", str)
    db["quotes"].create_index(["speaker_name"], if_not_exists=True)


#: The full-text index as sqlite-utils' ``enable_fts(tokenize="porter")`` made it (m001).
QUOTES_FTS = """
create virtual table if not exists quotes_fts using fts5 (
    content, tokenize='porter', content='quotes'
)
"""

# The full-text triggers as sqlite-utils' ``enable_fts(create_triggers=True)`` makes them
# (m001), and quotes_au as m010 replaces it.
QUOTES_AI = """
create trigger if not exists quotes_ai after insert on quotes begin
  insert into quotes_fts (rowid, content) values (new.rowid, new.content);
end
"""
QUOTES_AD = """
create trigger if not exists quotes_ad after delete on quotes begin
  insert into quotes_fts (quotes_fts, rowid, content) values ('delete', old.rowid, old.content);
end
"""
QUOTES_AU = """
    create trigger if not exists quotes_au after update of id, content on quotes begin
      insert into quotes_fts (quotes_fts, rowid, content) values ('delete', old.rowid, old.content);
      insert into quotes_fts (rowid, content) values (new.rowid, new.content);
    end
    """
QUOTES_STATEMENTS_AD = """
    create trigger if not exists quotes_statements_ad after delete on quotes begin
      insert or ignore into statements_gone (speaker_id, shingle, quote_id)
        select speaker_id, shingle, quote_id from quote_shingles where quote_id = old.id;
      delete from quote_shingles where quote_id = old.id;
      insert or ignore into statements_stale (statement_id)
        select old.statement_id where old.statement_id is not null;
    end
    """
QUOTES_STATEMENTS_AU = """
    create trigger if not exists quotes_statements_au
    after update of speaker_id, content on quotes
    when old.statement_id is not null
      and (old.speaker_id is not new.speaker_id or old.content is not new.content)
    begin
      insert or ignore into statements_stale (statement_id) values (old.statement_id);
    end
    """


# Statements (quotes.statements): the table, the inverted index of word shingles that finds
# candidate pairs without comparing all quotes, and triggers marking a statement stale when
# one of its quotes is deleted or changes speaker or content (a deleted quote's shingles
# are kept in statements_gone until the next update has looked at its old neighbours).
STATEMENTS_SCHEMA = [
    """
    create table if not exists statements (
      id integer primary key,
      speaker_id integer references speakers(id) on delete set null,
      text text,
      first_published text,
      first_outlet_id integer references outlets(id) on delete set null,
      article_count integer,
      outlet_count integer,
      quote_count integer,
      first_quote_id integer,
      first_article_id integer references articles(id) on delete set null,
      last_published text
    )
    """,
    "create index if not exists idx_statements_speaker_id on statements(speaker_id)",
    "create index if not exists idx_statements_first_published on statements(first_published)",
    "create index if not exists idx_statements_outlet_count on statements(outlet_count)",
    "create index if not exists idx_statements_first_outlet_id on statements(first_outlet_id)",
    """
    create table if not exists quote_shingles (
      speaker_id integer not null,
      shingle integer not null,
      quote_id integer not null,
      primary key (speaker_id, shingle, quote_id)
    ) without rowid
    """,
    "create index if not exists idx_quote_shingles_quote_id on quote_shingles(quote_id)",
    "create table if not exists statements_stale (statement_id integer primary key)",
    """
    create table if not exists statements_gone (
      speaker_id integer not null,
      shingle integer not null,
      quote_id integer not null,
      primary key (quote_id, shingle)
    ) without rowid
    """,
    QUOTES_STATEMENTS_AD,
    QUOTES_STATEMENTS_AU,
    # The full-text index only reads the content: re-index a quote when its content (or
    # id) changes, not when the statement grouping or the speaker index rewrites a column.
    "drop trigger if exists quotes_au",
    QUOTES_AU,
]

#: Every trigger that keeps a derived table in step with ``quotes``, by name, as the
#: migrations create it; :meth:`Store._restore_triggers` puts back any that is missing.
QUOTES_TRIGGERS = {
    "quotes_ai": QUOTES_AI,
    "quotes_ad": QUOTES_AD,
    "quotes_au": QUOTES_AU,
    "quotes_statements_ad": QUOTES_STATEMENTS_AD,
    "quotes_statements_au": QUOTES_STATEMENTS_AU,
}
#: The ones that keep the full-text index: with one missing, the index has drifted.
FTS_TRIGGERS = ("quotes_ai", "quotes_ad", "quotes_au")


@migrations()
def m010_statements(db: sqlite_utils.Database) -> None:
    """``statements`` (one row per statement across articles), its shingle index and
    triggers (quotes.statements), and ``quotes_view`` with channel detail and statement.

    Existing quotes get their statements at the next ``quotes extract``.
    """
    for sql in STATEMENTS_SCHEMA:
        db.execute(sql)
    db.execute("drop view if exists quotes_view")
    db.create_view("quotes_view", JOINED_VIEW_SQL, replace=True)


@migrations()
def m011_flat_quotes_view(db: sqlite_utils.Database) -> None:
    """Speaker, outlet, title and URL copied onto each quote; ``quotes_view`` without joins.

    Datasette groups the whole view for every facet: over a four-table join that took
    seconds at a million quotes. On one indexed table it takes milliseconds. The copies
    are kept true by ``Store.save`` (outlet, title, url) and by the speaker index, which
    rewrites ``quotes.speaker`` whenever it (re)names a speaker.
    """
    columns = db["quotes"].columns_dict
    for name, kind in (("speaker", str), ("outlet_id", int), ("outlet", str), ("title", str), ("url", str)):
        if name not in columns:
            db["quotes"].add_column(name, kind)
    db.execute(
        """
        update quotes set
          speaker = (select name from speakers where speakers.id = quotes.speaker_id),
          outlet_id = (select outlet_id from articles where articles.id = quotes.article_id),
          title = (select title from articles where articles.id = quotes.article_id),
          url = (select url from articles where articles.id = quotes.article_id)
        """
    )
    db.execute(
        "update quotes set outlet = (select name from outlets where outlets.id = quotes.outlet_id)"
    )
    for cols in (["speaker"], ["outlet"], ["outlet_id"]):
        db["quotes"].create_index(cols, if_not_exists=True)
    db.execute("drop view if exists quotes_view")
    db.create_view("quotes_view", FLAT_VIEW_SQL, replace=True)


#: The view as m011 made it (kept so an old database migrates through the same states).
FLAT_VIEW_SQL = """
select
  id,
  content,
  type,
  speaker,
  speaker_kind,
  outlet,
  published,
  title,
  url,
  cue,
  speaker_mention,
  confidence,
  channel,
  channel_detail,
  statement_id,
  speaker_id,
  outlet_id,
  article_id,
  content_start,
  content_end
from quotes
"""

#: The view today: m011's, with ``joint_of`` (m013).
QUOTES_VIEW_SQL = FLAT_VIEW_SQL.replace("  content_end\nfrom quotes", "  content_end,\n  joint_of\nfrom quotes")

# The view as migrations m001 and m010 created it (kept so an old database migrates
# through the same states): the same columns, through joins.
JOINED_VIEW_SQL = """
select
  quotes.id as id,
  quotes.content as content,
  quotes.type as type,
  speakers.name as speaker,
  speakers.kind as speaker_kind,
  outlets.name as outlet,
  quotes.published as published,
  articles.title as title,
  articles.url as url,
  quotes.cue as cue,
  quotes.speaker_mention as speaker_mention,
  quotes.confidence as confidence,
  quotes.channel as channel,
  quotes.channel_detail as channel_detail,
  quotes.statement_id as statement_id,
  quotes.speaker_id as speaker_id,
  articles.outlet_id as outlet_id,
  quotes.article_id as article_id,
  quotes.content_start as content_start,
  quotes.content_end as content_end
from quotes
  join articles on articles.id = quotes.article_id
  left join speakers on speakers.id = quotes.speaker_id
  left join outlets on outlets.id = articles.outlet_id
"""


#: An acronym in brackets after the name it stands for: "Coastal Fisheries Authority (CFA)"
#: is how an article defining it names the body (`models.INDEX_NAME`). A mixed-case one
#: ("(Defra)", "(Fosdir)") counts only where it abbreviates the name (`defined_acronym`).
DEFINED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z.&]{1,9})\)$")
#: Small words between the capitalised words of a body's name ("Department for ...").
ACRONYM_SKIPPED = frozenset("of the and for de la du des on in to".split())


def defined_acronym(name: str) -> re.Match[str] | None:
    """The acronym in brackets that closes ``name``, when it is one: in capitals
    ("(CFA)"), or written as a word that abbreviates the name before it ("Department
    for Environment, Food and Rural Affairs (Defra)", "Food Standards Directorate
    (Fosdir)"); not a party or a place in brackets ("(Greens)")."""
    m = DEFINED_ACRONYM.search(name)
    if m is None:
        return None
    short = m.group(1)
    if short.replace(".", "").replace("&", "").isupper() or word_acronym(short, name[: m.start()]):
        return m
    return None


def word_acronym(acronym: str, name: str) -> bool:
    """Whether a mixed-case acronym spoken as a word ("Defra", "Ofwat", "Fosdir") is made
    of the starts of the name's words, in order, some words skipped: "De" + "f" + "r" +
    "a" of "Department for Environment, Food and Rural Affairs". Its first letter is the
    first word's; only a word of four letters or more counts, so that any capitalised
    word in brackets ("Acme Ltd (Britain)") is not one."""
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", name)]
    want = acronym.lower()
    if len(want) < 4 or not words or not want.startswith(words[0][:1]):
        return False

    def fits(a: str, k: int) -> bool:
        if not a:
            return True
        if k == len(words):
            return False
        word = words[k]
        return any(word[:n] == a[:n] and fits(a[n:], k + 1) for n in range(min(len(a), len(word)), 0, -1)) or (
            k > 0 and fits(a, k + 1)
        )

    return fits(want, 0)

#: Abbreviated titles, with their full stops, before a name of two words or more: "Sen.
#: Ada Ruiz" and "Lt. Col. Mira Haddon" are Ada Ruiz and Mira Haddon.
TITLES_BEFORE_NAME = re.compile(
    rf"^(?:(?:{'|'.join(sorted(NAME_TITLE_ABBREVIATIONS))})\.\s+)+(?=\S+\s+\S)", re.IGNORECASE
)


@functools.lru_cache(maxsize=65_536)
def speaker_key(name: str) -> str:
    """The key under which two spellings of one speaker meet.

    Case, diacritics, hyphens, dots, a leading "the", "&" for "and", a comma before a
    generational suffix, the acronym an article defines after a body's name and
    abbreviated titles before a person's do not tell speakers apart ("Nato"/"NATO",
    "Le Drian"/"le-Drian", "The Kremlin"/"Kremlin", "Søren"/"Soren", "Procter & Gamble"/
    "Procter and Gamble", "Otis Brennan, Jr."/"Otis Brennan Jr.", "Sen. Ada Ruiz"/"Ada Ruiz",
    "Coastal Fisheries Authority (CFA)"/"Coastal Fisheries Authority").
    Cached: a run asks for the same few names over and over (every quote's speaker and
    outlet when stored, every name again when the index regroups), and the Unicode
    decomposition cost more than the row writes they were for.
    """
    defined = defined_acronym(name)
    if defined is not None:
        name = name[: defined.start()]
    name = TITLES_BEFORE_NAME.sub("", name)
    if name.isascii():
        # (ASCII holds no accent to take off: decomposing it and filtering every
        # character for combining marks gave the same text, a loop per character of
        # each new name)
        text = name.casefold().translate(UNSPLIT_LETTERS)
    else:
        text = unicodedata.normalize("NFKD", name)
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold().translate(UNSPLIT_LETTERS)
    text = text.replace("-", " ").replace(".", " ").replace("\u2019", "'")
    text = f" {text} ".replace(" & ", " and ")  # "Marks & Spencer" / "Marks and Spencer"
    words = text.split()
    if len(words) >= 3 and words[-2].endswith(",") and words[-1] in NAME_SUFFIXES:
        # "Otis Brennan, Jr." / "Otis Brennan Jr.": the comma before a suffix is punctuation.
        words[-2] = words[-2].rstrip(",")
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    if words and words[-1] in ("'s", "'"):
        words = words[:-1]
    return " ".join(words)


@functools.lru_cache(maxsize=65_536)
def speaker_id_for(name: str) -> int:
    """Stable speaker id from the merge key, so every run and machine agree (cached: a
    speaker is looked up for each of their quotes)."""
    return stable_id("speaker", speaker_key(name))


def quote_id_for(article: Article, quote: Quote) -> int:
    """Stable quote id: the article source plus the span and type of the content."""
    return stable_id("quote", article.source, quote.type, quote.content.start, quote.content.end)


@functools.lru_cache(maxsize=4_096)
def outlet_id_for(name: str) -> int:
    """Stable outlet id from the outlet's merge key (cached: every quote row carries it)."""
    return stable_id("outlet", speaker_key(name))


#: How long a write waits for another process's write transaction to end (ms).
BUSY_TIMEOUT_MS = 60_000
#: Longest single wait for another writer's lock (`Store._begin_immediate`): a stop signal
#: is handled within this long.
LOCK_POLL_MS = 100

#: Pages the write-ahead log holds before a commit checkpoints it into the database file
#: (40 MB at 4 KB pages; SQLite's default is 1,000). A first run of 1,000 synthetic
#: articles wrote 354 MB with the default (a checkpoint and two syncs at each of its 21
#: commits) and 256 MB with this (a handful), 0.2 s less CPU; the last checkpoint is at
#: close, as before. What is stored, and when it is committed, is the same.
WAL_CHECKPOINT_PAGES = 10_000

#: The page cache of a store's connection (KiB). 16 MB cut the store path of a 1,000
#: article run by a fifth; more gained nothing measurable.
CACHE_KIB = 16_384


@migrations()
def m012_article_extractor(db: sqlite_utils.Database) -> None:
    """``articles.extractor``: the fingerprint of the code and model that extracted the
    article's quotes (``pipeline.extractor_fingerprint``). Old rows get none, so the
    next run re-extracts them once with whatever is installed."""
    if "extractor" not in db["articles"].columns_dict:
        db["articles"].add_column("extractor", str)


@migrations()
def m013_joint_speakers(db: sqlite_utils.Database) -> None:
    """``quotes.joint_of``: "Tomas Vrba and Ines Calloway said X" is stored as X said by
    Tomas Vrba and, in a row of its own, X said by Ines Calloway, whose ``joint_of`` is
    the first row's id (null on every first row). So everything a speaker said,
    counted, exported and indexed, holds what they said together with others; ``where
    joint_of is null`` counts each quotation once."""
    if "joint_of" not in db["quotes"].columns_dict:
        db["quotes"].add_column("joint_of", int)
    db["quotes"].create_index(["joint_of"], if_not_exists=True)
    db.execute("drop view if exists quotes_view")
    db.create_view("quotes_view", QUOTES_VIEW_SQL, replace=True)


@migrations()
def m014_speaker_links(db: sqlite_utils.Database) -> None:
    """``speaker_links(article_id, name, alias)``: another name an article itself gives
    one of its speakers ("Sarah Okonkwo (née Lindqvist)", "Sarah Okonkwo, formerly
    Sarah Lindqvist", "the National Roads Agency (Rijkswegenbureau)"), so the index can
    join the rows other articles file under that name (``index.group_names``)."""
    db.execute(
        "create table if not exists speaker_links ("
        "article_id integer not null, name text not null, alias text not null, "
        "primary key (article_id, name, alias)) without rowid"
    )
    db.execute("create index if not exists idx_speaker_links_name on speaker_links(name)")
    db.execute("create index if not exists idx_speaker_links_alias on speaker_links(alias)")


@migrations()
def m015_quotes_outlet_speaker_index(db: sqlite_utils.Database) -> None:
    """A covering index for "the most quoted speakers of each outlet" (the
    ``top_speakers_per_outlet`` query): it grouped a million quotes through two joins in
    1.9 s, near the 3 s limit of a public instance (over it under load); 0.26 s with it."""
    db.execute(
        "create index if not exists idx_quotes_outlet_speaker "
        "on quotes(outlet_id, speaker_id, article_id)"
    )


@migrations()
def m016_index_pending(db: sqlite_utils.Database) -> None:
    """``index_pending(name)``: the speaker names a committed batch wrote or removed, until
    the end-of-run index update has regrouped them. They were kept in memory only, so a
    run stopped after its last batch (Ctrl-C, a kill) left "Voss" apart from "Ada Voss"
    for good: the re-run found every article unchanged and had no name to regroup."""
    db.execute("create table if not exists index_pending (name text primary key)")


#: Words that say the name after them is another name of the one before: a former or
#: birth name, the name it goes by, or its new name ("Sarah Lindqvist, now Sarah Okonkwo").
LINK_MARKERS = r"(formerly|n[ée]e|born|previously known as|also known as|known as|now)"
#: One to five capitalised words (a particle or "of" inside), the other name.
_LINKED_NAME = r"([A-Z\u00c0-\u00de][\w'\u2019-]+(?: (?:of|de|van|von|der|la|le|du|the|and|&|[A-Z\u00c0-\u00de][\w'\u2019-]+)){0,4})"
#: "Laura Marsh, who swam as Laura Benedetti": the name someone competed, played or
#: wrote under, before a marriage or a change of name.
WHO_WENT_AS = (
    r"who\s+(?:competed|swam|played|ran|raced|boxed|fought|performed|sang|acted|wrote|"
    r"recorded|skated|rode|rowed|cycled|sailed|skied|dived|dove|wrestled|danced|jumped|"
    r"modelled|modeled|starred|published|broadcast|went|was\s+known|is\s+known|was\s+born)"
    r"\s+(as|by|under\s+the\s+name)"
)
#: "Eleanor Tregunna, the former Eleanor Maddrell": her name before a marriage (only
#: with her first name again: "the former England captain" is a role, not a name).
THE_FORMER = r"(the\s+former)"
#: "Rosalind Etheridge, who was Rosalind Pyecroft until her marriage": the name before
#: it, said with the marriage (a bare "who was Rosalind's friend" names no one).
WHO_WAS = r"(who\s+was)"
UNTIL_MARRIAGE = r"\s+(?:until|before)\s+(?:her|his|their)\s+(?:marriage|wedding)"
_MARKED_LINK = (
    rf"(?:\s*\(\s*{LINK_MARKERS}\s+{_LINKED_NAME}\s*\)|,\s+{LINK_MARKERS}\s+{_LINKED_NAME}\b"
    rf"|,\s+{WHO_WENT_AS}\s+{_LINKED_NAME}\b|,\s+{THE_FORMER}\s+{_LINKED_NAME}\b"
    rf"|,\s+{WHO_WAS}\s+{_LINKED_NAME}{UNTIL_MARRIAGE})"
)
_BRACKET_LINK = rf"\s*\(\s*()(?:the\s+)?{_LINKED_NAME}\s*\)"


#: Countries: "Greywater Mining (Norway)" names where the body is, not another name.
_COUNTRY_KEYS = frozenset(DEMONYM_COUNTRIES.values())


#: The two link patterns, compiled once: a pattern built around each speaker's name
#: (hundreds a batch, more than ``re`` caches) was compiled anew for every article, and
#: the compiling cost twice what storing the article's rows did.
MARKED_LINK = re.compile(_MARKED_LINK)
BRACKET_LINK = re.compile(_BRACKET_LINK)


def _links_after(name: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Each match of ``pattern`` right after an occurrence of ``name`` in ``text``, as
    ``re.finditer(re.escape(name) + pattern.pattern, text)`` finds them (left to right,
    not overlapping)."""
    start = text.find(name)
    while start != -1:
        m = pattern.match(text, start + len(name))
        start = text.find(name, m.end() if m else start + 1)
        if m:
            yield m


def name_links(text: str, quotes: Sequence[Quote]) -> list[tuple[str, str]]:
    """(speaker name, other name) pairs the text gives for its quotes' speakers.

    A person: "Sarah Okonkwo, formerly Sarah Lindqvist", "Sarah Lindqvist, now Sarah
    Okonkwo", "Sarah Okonkwo (née Lindqvist)" (a surname alone takes the first name
    before it: "Sarah Lindqvist"; a name "known as" alone is the first name: "Robert
    Mason, known as Bob"). A body: those, and a bare name in brackets after its name
    ("the National Roads Agency (Rijkswegenbureau)"), not an acronym (stored already:
    ``DEFINED_ACRONYM``) nor a country ("(Norway)": where it is); not a person's bare
    bracket, which holds a party or a place as often ("Odile Marchand (Greens)"), nor a
    title ("formerly Deputy Mayor")."""
    links: set[tuple[str, str]] = set()
    speakers = {(name, q.speaker_kind or "person") for q in quotes if q.speaker and (name := index_name(q))}
    for name, kind in sorted(speakers):
        if len(name) < 3 or name not in text:
            continue
        patterns = [MARKED_LINK, BRACKET_LINK] if kind == "organization" else [MARKED_LINK]
        for pattern in patterns:
            for m in _links_after(name, pattern, text):
                groups = [g for g in m.groups() if g is not None]
                marker, other = (groups[0], groups[1]) if len(groups) == 2 else ("", groups[-1])
                words, others = name.split(), other.split()
                if other.isupper() and len(other) <= 8 or any(
                    w.lower().strip(".") in TITLE_WORDS for w in others
                ):
                    continue  # an acronym, or a title
                if marker.startswith("the") and (kind != "person" or len(others) < 2 or others[0] != words[0]):
                    continue  # "the former Wexley captain": a role
                if kind == "person" and len(others) == 1 and len(words) >= 2:
                    # "(née Lindqvist)" is a surname; "known as Bob" a first name.
                    others = [other, *words[1:]] if "known" in marker else [*words[:-1], other]
                other = " ".join(others)
                if speaker_key(other) != speaker_key(name) and speaker_key(other) not in _COUNTRY_KEYS:
                    links.add((name, other))
        if kind == "organization" and " " not in name and not name.isupper():
            links.update((name, full) for full in _names_defining(name, text))
    return sorted(links)


def _names_defining(acronym: str, text: str) -> set[str]:
    """The names ``text`` defines ``acronym`` as: "The Food Standards Directorate
    (Fosdir) recalled ...", with "Fosdir" the speaker, gives "Food Standards
    Directorate" -- the shortest run of capitalised words (and the small words between
    them) right before the brackets that the acronym abbreviates."""
    found: set[str] = set()
    for m in re.finditer(rf"((?:[A-Z][\w'\u2019&.-]*,?\s+(?:(?:{'|'.join(sorted(ACRONYM_SKIPPED))})\s+)*)+)\(\s*{re.escape(acronym)}\s*\)", text):
        words = m.group(1).split()
        for i in range(len(words) - 1, -1, -1):
            if not words[i][:1].isupper():
                continue
            full = " ".join(words[i:]).rstrip(",")
            if word_acronym(acronym, full):
                found.add(full)
                break
    return found


class Store:
    """The quotes database: opened (created and migrated if needed) once per run."""

    def __init__(
        self, path: str | Path, *, create: bool = True, extractor: str | None = None
    ) -> None:
        self.path = Path(path)
        #: Fingerprint of what extracts this run's quotes, stored with each article; an
        #: article stored by another extractor is not "unchanged" (None: not compared).
        self.extractor = extractor
        check_database_file(self.path)
        #: Speaker names written or removed through this store (for ``index.update``).
        self.touched_names: set[str] = set()
        #: Within one ``save`` (one transaction, nothing else writes): the stored name of
        #: each speaker and outlet looked up or added, and whether the outlet has a domain,
        #: so an article asks the database only about names the batch has not met yet.
        self._speaker_names: dict[int, str] = {}
        #: Within one ``save``: ids of the batch's speakers that no row had when it began
        #: (`_look_up_speakers`), until their first quote adds them.
        self._new_speakers: set[int] = set()
        self._outlets: dict[int, tuple[str, bool]] = {}
        exists = self.path.exists() and self.path.stat().st_size > 0
        if not self.path.exists():
            if not create:
                raise DatabaseError(f"{self.path}: database does not exist")
            if self.path.parent and not self.path.parent.exists():
                try:
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                except OSError as exc:
                    raise DatabaseError(
                        f"{self.path}: cannot create directory {self.path.parent}: "
                        f"{exc.strerror or exc}"
                    ) from exc
        check_writable(self.path)
        if exists:
            check_before_checkpoint(self.path)
        try:
            self.db = sqlite_utils.Database(self.path)
        except sqlite3.Error as exc:
            raise DatabaseError(f"{self.path}: cannot open database: {sqlite_problem(exc, self.path)}") from exc
        try:
            # Another writer (a second `quotes extract`) holds the lock for one batch or
            # one index update at a time: wait for it rather than fail the run. Set first:
            # the WAL switch and the migrations below wait for it too.
            self.db.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
            # Checked before anything writes (WAL switch, migrations): a damaged or foreign
            # file is refused as it is, never "repaired" into something else.
            if exists:
                check_quotes_file(self.db, self.path)
            self.db.execute("pragma foreign_keys = on")
            self._use_wal()
            self.db.execute("pragma synchronous = normal")
            # Every quote row touches a dozen indexes at random places (ids are hashes): with
            # SQLite's default 2 MB page cache a run kept reading back pages it had just
            # written. Per connection, nothing stored changes; durability is the journal's.
            self.db.execute(f"pragma cache_size = -{CACHE_KIB}")
            # Checkpoint the write-ahead log every `WAL_CHECKPOINT_PAGES` pages, not
            # SQLite's 1,000: every batch of a run wrote more than that, so each commit
            # copied its pages into the file and synced it, and a page rewritten by the
            # next batch was copied again (`WAL_CHECKPOINT_PAGES`).
            self.db.execute(f"pragma wal_autocheckpoint = {WAL_CHECKPOINT_PAGES}")
            self._migrate()
            self._restore_triggers()
            self._restore_view()
        except (sqlite3.Error, DatabaseError) as exc:
            self.db.close()
            if isinstance(exc, DatabaseError):
                raise
            raise DatabaseError(
                f"{self.path}: cannot use database: {sqlite_problem(exc, self.path)}"
            ) from exc

    def _use_wal(self) -> None:
        """Switch the file to WAL mode unless it is already, waiting for other openers.

        The switch needs the file to itself, and SQLite answers "database is locked" at
        once, without the busy timeout, when another process has it open in the old
        mode (two runs starting together on a new file: about one start in a hundred).
        Retried until the busy timeout; the other run has usually switched it by then.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                if self.db.conn.execute("pragma journal_mode").fetchone()[0] != "wal":
                    self.db.enable_wal()
                return
            except sqlite3.OperationalError as exc:
                if "locked" not in str(exc) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def _migrate(self) -> None:
        """Apply the pending migrations under the write lock, as one transaction.

        Two runs starting on the same new file both found every migration pending; each
        migration's deferred ``BEGIN`` then failed at its first write with "database is
        locked" (in WAL mode SQLite cannot make a reader a writer once another connection
        has written, and does not wait), or met the other run's tables. Under ``BEGIN
        IMMEDIATE`` the second run waits for the first to finish migrating, then finds
        nothing pending; each migration is a savepoint of the one transaction.
        """
        if not migrations.pending(self.db):
            return
        with self.writing():
            migrations.apply(self.db)

    def _restore_triggers(self) -> None:
        """Put back a trigger on ``quotes`` someone dropped, and rebuild the full-text index
        when one of its triggers was gone.

        Without them a run stored its quotes "fine" (exit 0) while search never found
        them, and the index kept deleted quotes' words, pointing at rows that no longer
        exist (FTS5 reads its external content by rowid). A ``quotes_fts`` table someone
        dropped is made again and filled from the quotes: it is derived data, like the
        view. Its triggers, still there, failed the first write with "no such table:
        main.quotes_fts", and ``quotes mend``, the command for the index, with the same.
        """
        names = {
            r[0]
            for r in self.db.execute(
                "select name from sqlite_master where type = 'trigger' or name = 'quotes_fts'"
            )
        }
        missing = [name for name in QUOTES_TRIGGERS if name not in names]
        no_index = "quotes_fts" not in names
        if no_index and not self._migrated() or not no_index and not missing:
            return
        with self.writing():
            if no_index:
                self.db.execute(QUOTES_FTS)
            for name in missing:
                self.db.execute(QUOTES_TRIGGERS[name])
            if no_index or any(name in FTS_TRIGGERS for name in missing):
                self.db.execute("insert into quotes_fts (quotes_fts) values ('rebuild')")

    def _migrated(self) -> bool:
        """Whether the migrations made this file's schema (``m001`` recorded): the full-text
        index is then ours to put back."""
        return any(m.name == "m001_initial" for m in migrations.applied(self.db))

    def _restore_view(self) -> None:
        """Put back ``quotes_view`` when someone dropped it: it holds no data, only the
        query every page of ``quotes serve`` reads.

        Without it ``serve`` refused the file ("missing quotes_view; run `quotes extract`
        first") and the run it sent the user to stored its articles, exit 0, and left the
        view missing, so the advice led nowhere. A table or another object under that
        name is someone's data: it is left as it is.
        """
        if self.db.execute(
            "select 1 from sqlite_master where name = 'quotes_view'"
        ).fetchone() is None:
            with self.writing():
                self.db.create_view("quotes_view", QUOTES_VIEW_SQL)

    def close(self) -> None:
        """Close the connection (a WAL checkpoint happens on close)."""
        self.db.close()

    @contextmanager
    def writing(self) -> Iterator[None]:
        """One write transaction that takes the write lock first (``BEGIN IMMEDIATE``).

        sqlite-utils' ``atomic()`` opens a deferred ``BEGIN``: in WAL mode its first write
        then fails at once with "database is locked" when another connection is writing,
        without waiting (SQLite cannot let a reader become a writer there). Taking the
        lock up front makes SQLite wait up to the busy timeout instead. ``atomic()``
        blocks inside become savepoints of this transaction.
        """
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        self._begin_immediate()
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.rollback()
            raise
        conn.execute("COMMIT")

    def _begin_immediate(self) -> None:
        """``BEGIN IMMEDIATE``, waiting up to the busy timeout for another writer, in short
        waits that let a stop signal through.

        SQLite's busy handler sleeps inside one C call, and Python runs a signal handler
        only when that call returns: a run waiting for another process's write lock
        ignored Ctrl-C and SIGTERM for up to a minute (`BUSY_TIMEOUT_MS`), and a service
        manager's stop then killed it. Each wait is now at most `LOCK_POLL_MS`; the
        overall wait, and the "database is locked" at its end, are unchanged.
        """
        conn = self.db.conn
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        conn.execute(f"pragma busy_timeout = {LOCK_POLL_MS}")
        try:
            while True:
                try:
                    conn.execute("BEGIN IMMEDIATE")
                    return
                except sqlite3.OperationalError as exc:
                    if "locked" not in str(exc) or time.monotonic() >= deadline:
                        raise
        finally:
            conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- reading ----------------------------------------------------------------

    def stored_hash(self, article: Article) -> str | None:
        """The content hash stored for this article's source, or None if it is new."""
        row = self.db.execute(
            "select content_hash from articles where id = ?", [article.id]
        ).fetchone()
        return row[0] if row else None

    def is_unchanged(self, article: Article) -> bool:
        """True when exactly this version of the article is stored already, extracted by
        this run's extractor (when the store was given one)."""
        row = self.db.execute(
            "select content_hash, extractor from articles where id = ?", [article.id]
        ).fetchone()
        if row is None or row[0] != article.content_hash:
            return False
        return self.extractor is None or row[1] == self.extractor

    # -- writing ----------------------------------------------------------------

    def save(self, items: Iterable[tuple[Article, Sequence[Quote]]]) -> int:
        """Store articles with their quotes in one transaction; returns quotes written.

        A stored article with the same source is replaced: its old quotes go, the new ones
        come in, and the statistics of every speaker touched are recomputed. The speaker
        names written or removed accumulate in ``touched_names`` (for ``index.update``).
        """
        written = 0
        touched: set[int] = set()
        known = set(self.touched_names)
        items = list(items)
        try:
            with self._temp_in_memory(), self.writing():
                stored = self._articles_with_rows([article.id for article, _ in items])
                self._look_up_speakers(items)
                for article, quotes in items:
                    touched |= self._replace_article(article, quotes, article.id in stored)
                    stored.add(article.id)  # (the same article again in this batch replaces it)
                    written += len(quotes)
                self.refresh_speakers(touched)
                # With the batch: a run stopped before its index update leaves them here.
                self.db.conn.executemany(
                    "insert or ignore into index_pending (name) values (?)",
                    [(name,) for name in self.touched_names - known],
                )
        finally:
            # refresh_speakers may delete speakers, and another writer may change anything
            # once the transaction ends: what was looked up holds for this save only.
            self._speaker_names.clear()
            self._new_speakers.clear()
            self._outlets.clear()
        return written

    @contextmanager
    def _temp_in_memory(self) -> Iterator[None]:
        """SQLite's temporary storage in memory for one ``save`` (outside a transaction;
        inside one SQLite refuses the switch, and it stays as it is).

        Each article's quote insert (a dozen indexes and the full-text trigger) and the
        speaker refresh write a statement journal, which SQLite spills to a temporary
        file past 64 KB: on a first run of 1,000 articles that was 390,000 of the run's
        500,000 write calls, and 0.6 s of the 4.3 s the saves took. In memory these
        journals last one statement each, and the refresh's temporary tables hold the
        touched speakers' quotes of one batch: a few MB at most. Put back afterwards as
        it was (the end-of-run updates sort and keep far more); the switch drops the
        temporary tables, which ``refresh_speakers`` creates again at each save anyway.
        Nothing stored changes.
        """
        conn = self.db.conn
        if conn.in_transaction:
            yield
            return
        before = int(conn.execute("pragma temp_store").fetchone()[0])
        conn.execute("pragma temp_store = memory")
        try:
            yield
        finally:
            if not conn.in_transaction:
                with suppress(sqlite3.Error):
                    conn.execute(f"pragma temp_store = {before}")

    def pending_names(self) -> set[str]:
        """Names committed batches touched that no index update has regrouped yet (this
        run's, and those of a run stopped before its update)."""
        return {r[0] for r in self.db.execute("select name from index_pending")}

    def index_updated(self) -> None:
        """Record, in the index update's transaction, that no name waits any more."""
        self.db.execute("delete from index_pending")

    def _insert_quotes(self, rows: list[tuple]) -> None:
        """Insert one article's quote rows in one statement (hundreds per statement at most).

        The full-text index is kept by a trigger, and FTS5 writes out what it holds at
        every statement's savepoint: one row per statement cost more than the row itself.
        One statement per article, not per batch, keeps the index's segments the same
        however articles are batched (a local and a Dask run write the same file).
        """
        if not rows:
            return
        per = max(1, min(500, _variable_limit(self.db.conn) // len(QUOTE_COLUMNS)))
        for i in range(0, len(rows), per):
            chunk = rows[i : i + per]
            self.db.execute(
                _insert_sql("quotes", QUOTE_COLUMNS, len(chunk)),
                list(itertools.chain.from_iterable(chunk)),
            )

    def _articles_with_rows(self, article_ids: list[int]) -> set[int]:
        """The articles among ``article_ids`` that have quotes or speaker links stored.

        One query a batch (in its transaction): a new article has none, and asking for
        each one's old quotes and links, then deleting none, was four statements an
        article, the most of a first run's statements after its inserts.
        """
        found: set[int] = set()
        per = max(1, min(500, _variable_limit(self.db.conn) // 2))
        ids = sorted(set(article_ids))
        for i in range(0, len(ids), per):
            chunk = ids[i : i + per]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.db.execute(
                    f"select article_id from quotes where article_id in ({marks}) union "
                    f"select article_id from speaker_links where article_id in ({marks})",
                    chunk + chunk,
                )
            )
        return found

    def _replace_article(
        self, article: Article, quotes: Sequence[Quote], has_rows: bool = True
    ) -> set[int]:
        """Write one article, its quotes and links, replacing what it had stored (only
        looked for when ``has_rows``: `_articles_with_rows` found some); returns the
        speakers whose statistics changed."""
        # SQL through sqlite-utils' Database.execute rather than its insert/upsert: those
        # inspect the table and build their statement on every call, which cost more
        # than the writes themselves.
        old_speakers: set[int] = set()
        if has_rows:
            for speaker_id, name in self.db.execute(
                "select distinct speaker_id, speaker_name from quotes where article_id = ? "
                "and (speaker_id is not null or speaker_name is not null)",
                [article.id],
            ):
                if speaker_id is not None:
                    old_speakers.add(speaker_id)
                if name is not None:
                    self.touched_names.add(name)
            self.db.execute("delete from quotes where article_id = ?", [article.id])
            for name, alias in self.db.execute(
                "select name, alias from speaker_links where article_id = ?", [article.id]
            ).fetchall():
                self.touched_names.update((name, alias))
            self.db.execute("delete from speaker_links where article_id = ?", [article.id])
        outlet_id, outlet_name = self._upsert_outlet(article)
        article_row = {
            "id": article.id,
            "source": article.source,
            "outlet_id": outlet_id,
            "title": article.title,
            "url": article.url,
            "published": article.published,
            "author": article.author,
            "text": article.text,
            "content_hash": article.content_hash,
            "extractor": self.extractor,
            "quote_count": len(quotes),
            "text_length": len(article.text),
        }
        self.db.execute(_insert_sql("articles", tuple(article_row), upsert=True), article_row)
        rows: list[tuple] = []
        article_id = article.id  # (a hash: computed once, not for every quote)
        new_speakers: set[int] = set()
        seen_ids: set[int] = set()
        for quote in quotes:
            qid = quote_id_for(article, quote)
            if qid in seen_ids:
                continue
            indexed = index_name(quote)
            if indexed != quote.speaker:
                # "the CFA" stored under the full name the article gave it (models.INDEX_NAME).
                quote = replace_quote(quote, speaker=indexed)
            # The quote's row, then one per joint speaker pointing back to it.
            joints = [(joint_id_for(article, quote, j.name), joint_quote(quote, j), qid) for j in quote.joint]
            for rid, said, joint_of in [(qid, quote, None), *(joints if quote.speaker else ())]:
                if rid in seen_ids:
                    continue
                seen_ids.add(rid)
                speaker_id = None
                speaker_name = None
                if said.speaker:
                    speaker_id, speaker_name = self._upsert_speaker(said)
                    self.touched_names.add(said.speaker)
                    new_speakers.add(speaker_id)
                # One spelling per speaker and outlet in quotes_view: the speakers and
                # outlets rows' ("Nato" files under "NATO"), not this article's.
                rows.append(
                    quote_values(
                        rid, article_id, article, said, speaker_id, speaker_name, outlet_id, outlet_name, joint_of
                    )
                )
        self._insert_quotes(rows)
        links = name_links(article.text, quotes)
        if links:
            self.db.conn.executemany(
                "insert or ignore into speaker_links (article_id, name, alias) values (?, ?, ?)",
                [(article_id, name, alias) for name, alias in links],
            )
            for link in links:
                self.touched_names.update(link)
        return old_speakers | new_speakers

    def _look_up_speakers(self, items: Sequence[tuple[Article, Sequence[Quote]]]) -> None:
        """The stored names of the batch's speakers, in one query per 500 ids, into
        ``_speaker_names``; the ids with no row into ``_new_speakers``.

        `_upsert_speaker` asked for each speaker once a batch, one statement each (3,616
        on 1,000 synthetic articles in batches of 50). The ids are those it will ask for:
        each quote's indexed name and, when it has one, its joint speakers' names.
        """
        names: set[str] = set()
        for _article, quotes in items:
            for quote in quotes:
                indexed = index_name(quote)
                if indexed:
                    names.add(indexed)
                    names.update(j.name for j in quote.joint if j.name)
        ids = sorted({speaker_id_for(n) for n in names} - self._speaker_names.keys())
        per = max(1, min(500, _variable_limit(self.db.conn)))
        for i in range(0, len(ids), per):
            chunk = ids[i : i + per]
            found = dict(
                self.db.execute(
                    f"select id, name from speakers where id in ({','.join('?' * len(chunk))})", chunk
                ).fetchall()
            )
            self._speaker_names.update(found)
            self._new_speakers.update(sid for sid in chunk if sid not in found)

    def _upsert_outlet(self, article: Article) -> tuple[int | None, str | None]:
        """The outlet's id and stored name (added when new)."""
        if not article.outlet:
            return None, None
        outlet_id = outlet_id_for(article.outlet)
        known = self._outlets.get(outlet_id)
        if known is None:
            row = self.db.execute(
                "select name, domain is not null from outlets where id = ?", [outlet_id]
            ).fetchone()
            if row is None:
                self.db.execute(
                    "insert into outlets (id, name, domain) values (?, ?, ?)",
                    [outlet_id, article.outlet, article.domain],
                )
                self._outlets[outlet_id] = (article.outlet, article.domain is not None)
                return outlet_id, article.outlet
            known = self._outlets[outlet_id] = (row[0], bool(row[1]))
        name, has_domain = known
        if article.domain and not has_domain:
            self.db.execute(
                "update outlets set domain = ? where id = ? and domain is null",
                [article.domain, outlet_id],
            )
            self._outlets[outlet_id] = (name, True)
        return outlet_id, name

    def _upsert_speaker(self, quote: Quote) -> tuple[int, str]:
        """The speaker's id and stored name (added when new)."""
        assert quote.speaker
        speaker_id = speaker_id_for(quote.speaker)
        name = self._speaker_names.get(speaker_id)
        if name is not None:
            return speaker_id, name
        if speaker_id in self._new_speakers:
            self._new_speakers.discard(speaker_id)
            row = None
        else:
            row = self.db.execute("select name from speakers where id = ?", [speaker_id]).fetchone()
        if row is None:
            self.db.execute(
                "insert into speakers (id, name, kind, role) values (?, ?, ?, ?)",
                [speaker_id, quote.speaker, quote.speaker_kind or "person", quote.role],
            )
            name = quote.speaker
        else:
            name = row[0]
        self._speaker_names[speaker_id] = name
        return speaker_id, name

    def refresh_speakers(self, speaker_ids: Iterable[int]) -> None:
        """Recompute the statistics, aliases and roles of the given speakers.

        Only the speakers an article touched are recomputed, so adding one article to a
        big database costs little. A speaker left without quotes is removed. One
        set-based statement per table for all of them (seven statements per speaker cost
        more than the rows they wrote); aliases and roles are inserted in speaker order,
        as one speaker at a time did.
        """
        ids = sorted(set(speaker_ids))
        if not ids:
            return
        db = self.db
        db.execute("create temp table if not exists store_refresh (id integer primary key)")
        db.execute("delete from temp.store_refresh")
        db.conn.executemany("insert into temp.store_refresh (id) values (?)", [(i,) for i in ids])
        some = "in (select id from temp.store_refresh)"
        # What the four statements below read of these speakers' quotes, copied once: each
        # read every quote row of every speaker again (content and all), and a speaker
        # quoted in every batch has all their quotes read in every batch. The columns have
        # no type, so each value keeps its own (the statements compare them as before),
        # but the speaker's, an integer as in ``quotes`` (else its index goes unused).
        db.execute(
            "create temp table if not exists store_refresh_quotes (speaker_id integer, "
            "article_id, outlet_id, published, speaker_name, speaker_role, in_articles)"
        )
        db.execute(
            "create index if not exists temp.store_refresh_quotes_speaker "
            "on store_refresh_quotes (speaker_id)"
        )
        db.execute("delete from temp.store_refresh_quotes")
        db.execute(
            "insert into temp.store_refresh_quotes select quotes.speaker_id, quotes.article_id, "
            "articles.outlet_id, quotes.published, quotes.speaker_name, quotes.speaker_role, "
            "articles.id is not null from quotes left join articles on articles.id = quotes.article_id "
            f"where quotes.speaker_id {some}"
        )
        db.execute(f"delete from speaker_aliases where speaker_id {some}")
        db.execute(f"delete from speaker_roles where speaker_id {some}")
        db.execute(
            f"delete from speakers where id {some} "
            "and not exists (select 1 from quotes where quotes.speaker_id = speakers.id)"
        )
        db.execute(
            f"""
            update speakers set (quote_count, article_count, outlet_count, first_quoted,
                                 last_quoted) = (
                select count(*), count(distinct quotes.article_id),
                       count(distinct quotes.outlet_id),
                       min(quotes.published), max(quotes.published)
                from temp.store_refresh_quotes quotes
                where quotes.speaker_id = speakers.id and quotes.in_articles)
            where id {some}
            """
        )
        db.execute(
            "insert into speaker_aliases (speaker_id, alias, count) "
            "select speaker_id, speaker_name, count(*) from temp.store_refresh_quotes "
            "where speaker_name is not null "
            "group by speaker_id, speaker_name order by speaker_id, speaker_name"
        )
        db.execute(
            "insert into speaker_roles (speaker_id, role, first_seen, last_seen) "
            # "Prime Minister" (a title before the name) and "prime minister" (an
            # apposition) are one role of the history, written as the apposition has it.
            "select speaker_id, max(speaker_role), min(published), max(published) "
            "from temp.store_refresh_quotes where speaker_role is not null "
            "group by speaker_id, lower(speaker_role) order by speaker_id, lower(speaker_role)"
        )
        # The display name is the cross-article index's job (quotes.index.rebuild,
        # run at the end of every extract); here only the role is derived.
        role = SPEAKER_ROLE_SQL.format(id="speakers.id", quotes="temp.store_refresh_quotes")
        db.execute(f"update speakers set role = {role} where id {some}")
        db.execute("delete from temp.store_refresh_quotes")
        db.execute("delete from temp.store_refresh")


#: A speaker's role (``speakers.role``): the one its quotes give most often, then the
#: latest. Not simply the latest: one quote's stray description ("the most able
#: candidate") would stand for the person until another came, and without dates the
#: alphabetically first role won. ``speaker_roles`` keeps every role with its dates.
#: ``{id}`` is the speaker, ``{quotes}`` the table read: ``quotes``, or the copy of the
#: touched speakers' rows a batch's refresh reads.
SPEAKER_ROLE_SQL = (
    "(select max(speaker_role) from {quotes} where speaker_id = {id} and speaker_role is not null "
    "group by lower(speaker_role) order by count(*) desc, max(published) desc, lower(speaker_role) limit 1)"
)


def joint_quote(quote: Quote, joint: JointSpeaker) -> Quote:
    """The quote as its joint speaker's: their name, kind and mention, no role of theirs
    (the role words at the mention are the first speaker's)."""
    return replace_quote(
        quote, speaker=joint.name, speaker_kind=joint.kind, speaker_mention=joint.mention, role=None, joint=()
    )


def joint_id_for(article: Article, quote: Quote, name: str) -> int:
    """Stable id of a joint speaker's row: the quote's span and the speaker's key."""
    return stable_id("quote", article.source, quote.type, quote.content.start, quote.content.end, "joint", speaker_key(name))


#: The ``quotes`` columns a run writes, in the order of :func:`quote_values`.
QUOTE_COLUMNS = (
    "id",
    "article_id",
    "speaker_id",
    "type",
    "content",
    "content_start",
    "content_end",
    "cue",
    "cue_start",
    "cue_end",
    "speaker_mention",
    "speaker_start",
    "speaker_end",
    "speaker_name",
    "speaker",
    "speaker_kind",
    "outlet_id",
    "outlet",
    "title",
    "url",
    "speaker_role",
    "confidence",
    "channel",
    "channel_detail",
    "published",
    "joint_of",
)


def quote_row(quote_id: int, article: Article, quote: Quote, speaker_id: int | None) -> dict:
    """The ``quotes`` row of one extracted quote (the speaker and outlet as this article
    spells them)."""
    outlet_id = outlet_id_for(article.outlet) if article.outlet else None
    values = quote_values(
        quote_id, article.id, article, quote, speaker_id, quote.speaker, outlet_id, article.outlet, None
    )
    return dict(zip(QUOTE_COLUMNS, values, strict=True))


def quote_values(
    quote_id: int,
    article_id: int,
    article: Article,
    quote: Quote,
    speaker_id: int | None,
    speaker: str | None,
    outlet_id: int | None,
    outlet: str | None,
    joint_of: int | None,
) -> tuple:
    """The values of one quote's row, in the order of :data:`QUOTE_COLUMNS`: a tuple, not
    a dict, since a run writes them straight into one INSERT per article (building a
    dict for every quote and reading it back cost more than SQLite's part of it).

    ``speaker`` is the name the ``speaker`` column shows (``speaker_name`` keeps the
    article's spelling; the speaker index rewrites ``speaker`` with the canonical one).
    """
    cue = quote.cue
    mention = quote.speaker_mention
    content = quote.content
    return (
        quote_id,
        article_id,
        speaker_id,
        quote.type,
        content.text,
        content.start,
        content.end,
        cue.text if cue else None,
        cue.start if cue else None,
        cue.end if cue else None,
        mention.text if mention else None,
        mention.start if mention else None,
        mention.end if mention else None,
        quote.speaker,
        speaker,
        quote.speaker_kind if quote.speaker else None,
        outlet_id,
        outlet,
        article.title,
        article.url,
        quote.role,
        round(quote.confidence, 3),
        quote.channel,
        quote.channel_detail,
        article.published,
        joint_of,
    )


@functools.lru_cache(maxsize=16)
def _insert_sql(table: str, columns: tuple[str, ...], rows: int = 0, upsert: bool = False) -> str:
    """An INSERT of these columns (a row dict's keys): of named parameters, or of ``rows``
    rows of positional ones; with ``upsert``, a row with the same id is updated instead."""
    if rows:
        one = f"({', '.join('?' * len(columns))})"
        values = ", ".join([one] * rows)
    else:
        values = f"({', '.join(':' + c for c in columns)})"
    sql = f"insert into {table} ({', '.join(columns)}) values {values}"
    if upsert:
        sets = ", ".join(f"{c} = excluded.{c}" for c in columns if c != "id")
        sql += f" on conflict(id) do update set {sets}"
    return sql


def _variable_limit(conn: sqlite3.Connection) -> int:
    """How many ``?`` one statement may have (999 in SQLite before 3.32)."""
    getlimit = getattr(conn, "getlimit", None)  # Python 3.11+
    if getlimit is None:
        return 999
    return getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)


def check_database_file(path: Path) -> None:
    """Refuse a ``--db`` that exists but is not SQLite, before anything can write to it."""
    try:
        path.stat()
    except (FileNotFoundError, NotADirectoryError):
        pass  # a new database (its folder is made or refused later)
    except OSError as exc:
        # A name longer than the file system allows (ENAMETOOLONG) or a symlink loop on
        # the way: ``is_dir`` raised it bare and every command printed a traceback.
        raise DatabaseError(f"{path}: cannot be a database file: {exc.strerror}") from exc
    if path.is_dir():
        raise DatabaseError(f"{path}: is a directory, not a database file")
    if not path.exists():
        return
    if not stat.S_ISREG(path.stat().st_mode):
        # /dev/null was "database does not exist" (it exists: it is no file) to the
        # readers and a "disk I/O error" to extract; opening a FIFO could block.
        raise DatabaseError(
            f"{path}: not a regular file (a pipe, socket or device), not a database file"
        )
    if path.stat().st_size == 0:
        return
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as exc:
        raise DatabaseError(f"{path}: cannot read database: {exc.strerror}") from exc
    if header != SQLITE_MAGIC:
        raise DatabaseError(f"{path}: not an SQLite database; refusing to overwrite it")


def readonly_uri(path: Path, immutable: bool = False) -> str:
    """The SQLite URI that reads ``path`` without writing anything (as immutable when
    ``immutable``: ``serve -i``'s promise that nothing changes it).

    ``mode=ro`` still has to create the ``-shm`` file of a WAL database next to it, so a
    database on read-only media or in a read-only folder (a published copy) fails to
    open that way. Nothing can write such a file either (a writer needs its journal
    there too), so when no ``-wal`` holds uncheckpointed changes it is read as immutable.
    """
    full = resolved(path)
    if full.is_absolute():
        uri = full.as_uri()
    else:  # a relative URI: SQLite opens it as the kernel does, from the current directory
        uri = "file:" + urllib.parse.quote(os.fsdecode(full))
    return f"{uri}?immutable=1" if immutable or is_frozen(path) else f"{uri}?mode=ro"


def resolved(path: Path) -> Path:
    """``path`` made absolute, or ``path`` as it is when that cannot be done.

    ``Path.resolve`` asks for the current directory, which a command started in a
    directory deleted since (a build folder wiped by another job) does not have: every
    reading command died there with a FileNotFoundError traceback, though the relative
    path (``../quotes.db``) still opens.
    """
    try:
        return path.resolve()
    except OSError:
        return path


#: Free space under which a disk counts as full for reading (`is_frozen`): SQLite needs
#: 32 KiB for the ``-shm`` index of a WAL database before it reads anything.
FULL_DISK_BYTES = 64 * 1024


def is_frozen(path: Path) -> bool:
    """Whether no one can change ``path``: its folder cannot be written, or its disk is
    full, and no ``-wal`` file holds changes that an immutable read would miss.

    A full disk: ``mode=ro`` failed to make the ``-shm`` file, and ``export``, ``speakers``
    and ``serve`` refused the database with "disk I/O error", though reading needs no
    space (README: full is a failure only for a command that writes). A writer cannot
    commit there either, as it must grow the empty ``-wal`` first.
    """
    folder = resolved(path).parent
    if os.access(folder, os.W_OK):
        try:
            fs = os.statvfs(folder)
        except OSError:
            return False
        if fs.f_bavail * fs.f_frsize >= FULL_DISK_BYTES:
            return False
    wal = path.with_name(path.name + "-wal")
    try:
        return wal.stat().st_size == 0
    except FileNotFoundError:
        return True
    except OSError:
        return False


def check_before_checkpoint(path: Path) -> None:
    """Refuse a file read through the ``-wal`` beside it before a writer opens it.

    A connection that can write folds the ``-wal`` file into the database when it closes,
    whether or not it wrote anything. A refusal (another program's tables, a newer
    version, damage) closed such a connection, and the "refusing to modify it" file was
    modified: with a ``-wal`` left by another database (files copied or restored apart),
    a 216 KB quotes database became that other 8 KB one. With a non-empty ``-wal`` the
    checks run first through a read-only connection, which never folds it in; without
    one nothing can be folded in, and the writer's own checks (`check_quotes_file`) do.
    """
    try:
        if path.with_name(path.name + "-wal").stat().st_size == 0:
            return
    except OSError:
        return
    try:
        conn = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot open database: {sqlite_problem(exc, path)}") from exc
    try:
        conn.execute(f"pragma busy_timeout = {BUSY_TIMEOUT_MS}")
        check_quotes_file(sqlite_utils.Database(conn), path)
    except sqlite3.Error as exc:
        raise DatabaseError(f"{path}: cannot use database: {sqlite_problem(exc, path)}") from exc
    finally:
        conn.close()


def check_writable(path: Path) -> None:
    """Refuse a database that cannot be written, before a long run finds out at its commit.

    SQLite also needs to create its journal files (``-wal``, ``-shm``) next to the
    database, so the directory must be writable too.
    """
    directory = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise DatabaseError(f"{path}: database is read-only (no write permission)")
    if not os.access(directory, os.W_OK | os.X_OK):
        raise DatabaseError(
            f"{path}: cannot write in directory {directory} "
            "(SQLite keeps its journal files next to the database)"
        )


def check_quotes_file(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse a damaged database, or someone else's, before anything is written to it.

    ``pragma quick_check`` reads the whole file (about a second per GB when cached): cheap
    next to parsing, and it keeps a run from piling new rows onto a corrupt file. A
    database with tables but no record of our migrations belongs to another program.
    """
    problem = _damage(db)
    if problem:
        raise DatabaseError(
            f"{path}: database is corrupt ({one_line(problem)}); refusing to write to it"
        )
    shown = foreign_tables(db.conn)
    if shown:
        raise DatabaseError(
            f"{path}: not a quotes database (has tables {shown}); refusing to modify it"
        )
    dropped = dropped_tables_problem(db.conn, path)
    if dropped:
        raise DatabaseError(f"{dropped}; refusing to modify it")
    newer = unknown_migrations(db)
    if newer:
        shown = ", ".join(newer[:3]) + (", ..." if len(newer) > 3 else "")
        raise DatabaseError(
            f"{path}: written by a newer version of quotes (schema migration {shown} "
            "unknown here); upgrade quotes to use it, refusing to modify it"
        )
    retyped = retyped_column(db)
    if retyped:
        raise DatabaseError(
            f"{path}: column {retyped} (another program changed the schema); refusing to modify it"
        )


#: How many of ``pragma quick_check``'s reports are read before the file is judged: enough
#: to see past the made-up NULL reports of a large pending ``statements_gone`` (two per row).
QUICK_CHECK_LIMIT = 100_000

#: ``pragma quick_check``'s report of a NULL in a NOT NULL column.
_NULL_REPORT = re.compile(r"NULL value in (.+)\.([^.]+)")


def _damage(db: sqlite_utils.Database) -> str | None:
    """The first problem ``pragma quick_check`` finds that is real, or None.

    SQLite 3.40 reports "NULL value in statements_gone.speaker_id" (and ``.shingle``) for
    every row of that WITHOUT ROWID table, whose primary key is not its leading columns,
    though no value is NULL. Its rows wait there between a batch that replaced an edited
    article's quotes and the statement update at the end of the run: a run stopped in
    between (Ctrl-C, a kill, a full disk) left a file every later run refused as
    "corrupt", and so did a second run started while the first was under way. A NULL
    report is believed only when a query finds the NULL.
    """
    checked: dict[tuple[str, str], bool] = {}
    for (problem,) in db.execute(f"pragma quick_check({QUICK_CHECK_LIMIT})"):
        if problem == "ok":
            return None
        m = _NULL_REPORT.fullmatch(problem)
        if m is None:
            return problem
        key = (m.group(1), m.group(2))
        if key not in checked:
            checked[key] = _holds_null(db, *key)
        if checked[key]:
            return problem
    return None


def check_undamaged(db: sqlite_utils.Database, path: Path) -> None:
    """Refuse, for a command that only reads, a file ``pragma quick_check`` finds damaged.

    ``quotes speakers`` reads the ``speakers`` table alone, whose counts summarise the
    quotes: with a page of ``quotes`` or ``articles`` overwritten it printed the list and
    exited 0, while ``export`` and ``extract`` refused the same file (README: a damaged
    database is exit 1 in every command). The check reads the whole file once (about a
    second per GB when cached), as a writer's (`check_quotes_file`) does.
    """
    problem = _damage(db)
    if problem:
        raise DatabaseError(
            f"{path}: database is damaged ({one_line(problem)}): `quotes mend` cannot "
            "repair it; restore it from a backup, or extract the articles again"
        )


def _holds_null(db: sqlite_utils.Database, table: str, column: str) -> bool:
    """Whether ``table.column`` holds a NULL (True when it cannot be read: a real fault).

    Asked through ``typeof``: SQLite answers ``column is null`` on a NOT NULL column as
    false without reading a row, so that test would clear every report, true or not."""
    t, c = (name.replace('"', '""') for name in (table, column))
    sql = f"select 1 from \"{t}\" where typeof(\"{c}\") = 'null' limit 1"
    try:
        return db.execute(sql).fetchone() is not None
    except sqlite3.Error:
        return True


def _records_our_migrations(conn: sqlite3.Connection) -> bool:
    """Whether the migrations log holds our set; False for another program's table of
    that name with other columns ("no such column: migration_set" was a traceback in
    `speakers`, `export` and `serve`). Damage (a ``DatabaseError``) still raises."""
    try:
        return (
            conn.execute(
                f"select 1 from {Migrations.migrations_table} where migration_set = ? limit 1",
                [migrations.name],
            ).fetchone()
            is not None
        )
    except sqlite3.OperationalError:
        return False


def foreign_tables(conn: sqlite3.Connection) -> str:
    """The tables of another program's database, shown as "a, b, ..."; "" for ours (our
    migrations recorded) or an empty one (none but the migrations log of a first run
    killed before migrating). ``extract`` refuses such a file; the readers say the same,
    not "run `quotes extract` first", which sent the user to that refusal."""
    tables = {
        r[0]
        for r in conn.execute("select name from sqlite_master where type = 'table'")
        if not r[0].startswith("sqlite_")
    }
    if not tables - {Migrations.migrations_table}:
        return ""
    if Migrations.migrations_table in tables and _records_our_migrations(conn):
        return ""
    return ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")


#: The tables the first migration (`m001_initial`) makes: every quotes database has had
#: them since it was created.
FIRST_TABLES = ("outlets", "articles", "speakers", "quotes", "speaker_aliases", "speaker_roles")


def dropped_tables(conn: sqlite3.Connection) -> list[str]:
    """The tables of `FIRST_TABLES` a quotes database (our first migration recorded) no
    longer has: dropped or renamed by hand, so its rows are gone or hidden.

    The readers said "not a quotes database; run `quotes extract` first", and that run
    failed on "no such table: quotes" (`mend`: "SQL logic error"): advice that led
    nowhere, about a file that was ours. Migrations never drop these tables, so a file
    of any older version has them all.
    """
    try:
        names = {
            r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")
        }
        if Migrations.migrations_table not in names:
            return []
        first = conn.execute(
            f"select 1 from {Migrations.migrations_table} where migration_set = ? and name = ?",
            [migrations.name, "m001_initial"],
        ).fetchone()
    except sqlite3.Error:
        return []  # unreadable, or another program's log: the other checks say which
    return [t for t in FIRST_TABLES if t not in names] if first else []


def dropped_tables_problem(conn: sqlite3.Connection, path: Path) -> str | None:
    """The one-line refusal of a quotes database missing a table it was made with."""
    missing = dropped_tables(conn)
    if not missing:
        return None
    return (
        f"{path}: a quotes database without its {', '.join(missing)} table(s) (dropped or "
        "renamed by another program): restore it from a backup, or extract the articles "
        "again into a new database"
    )


def check_column_types(conn: sqlite3.Connection, path: Path) -> None:
    """Refuse, before reading it, a database whose contract columns another program
    retyped: ids read back as text next to integers broke ``quotes speakers`` (a format
    code), ``export --speaker`` (sorting ids) and the speaker index with tracebacks."""
    try:
        retyped = retyped_column(sqlite_utils.Database(conn))
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise DatabaseError(f"{path}: cannot open database: {one_line(exc)}") from exc
    if retyped:
        conn.close()
        raise DatabaseError(
            f"{path}: column {retyped} (another program changed the schema); "
            "cannot read it as a quotes database"
        )


#: The tables of the public contract, whose columns' types are checked before a write
#: (`check_quotes_file`) and before a read (`check_column_types`: speakers, export, serve).
CONTRACT_TABLES = ("outlets", "articles", "speakers", "quotes")


def retyped_column(db: sqlite_utils.Database) -> str | None:
    """The first contract column whose declared type has another affinity than ours, as
    ``"quotes.id is TEXT, expected INTEGER"``; None when every shared column agrees.

    A database with our tables and migrations but, say, ``id TEXT`` (rebuilt by another
    tool) stored the ids of new rows as text next to the old integers: the run stored one
    batch, then failed inside the speaker index on "UNIQUE constraint failed:
    refresh_ids.id", and every re-run the same way. Columns a legacy schema lacks are
    left to the migrations.
    """
    expected = _expected_types()
    for table in CONTRACT_TABLES:
        if not db[table].exists():
            continue
        for column in db[table].columns:
            want = expected.get((table, column.name))
            if want is not None and _affinity(column.type) != _affinity(want):
                return f"{table}.{column.name} is {column.type or 'untyped'}, expected {want}"
    return None


@functools.cache
def _expected_types() -> dict[tuple[str, str], str]:
    """Declared types of the contract columns in the schema the migrations build."""
    db = sqlite_utils.Database(memory=True)
    try:
        migrations.apply(db)
        return {
            (table, column.name): column.type
            for table in CONTRACT_TABLES
            for column in db[table].columns
        }
    finally:
        db.close()


def _affinity(declared: str) -> str:
    """SQLite's type affinity of a declared column type (section 3.1 of its datatype doc)."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if any(word in t for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if not t or "BLOB" in t:
        return "BLOB"
    if any(word in t for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def unknown_migrations(db: sqlite_utils.Database) -> list[str]:
    """Our migrations a database records that this code does not define.

    A newer ``quotes`` has changed the schema in ways this one cannot know: writing rows
    the old way would leave its new columns and tables stale or break its invariants.
    """
    known = {migration.name for migration in migrations._migrations}
    return [m.name for m in migrations.applied(db) if m.name not in known]


def newer_version_warning(path: Path, immutable: bool = False) -> str | None:
    """What a reading command says of a database a newer ``quotes`` migrated, else None.

    ``export``, ``speakers`` and ``serve`` write nothing, and every column they read is
    in the contract, which a later version keeps: they read such a file, exit 0, where
    ``extract`` and ``mend`` refuse it (`check_quotes_file`). They used to read it
    without a word, though what a newer version added (columns, tables) is left out.
    Anything else wrong with the file is the command's own check to report: None here.
    ``immutable`` (``serve -i``) reads it as Datasette will, making no ``-shm`` beside it.
    """
    uri = readonly_uri(path, immutable)
    try:
        conn = sqlite3.connect(uri, uri=True)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        newer = unknown_migrations(sqlite_utils.Database(conn))
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    if not newer:
        return None
    shown = ", ".join(newer[:3]) + (", ..." if len(newer) > 3 else "")
    return (
        f"{path}: written by a newer version of quotes (schema migration {shown} unknown "
        "here); read as this version knows it, without what the newer one added"
    )


def sqlite_problem(exc: sqlite3.Error, path: Path | str) -> str:
    """SQLite's report on ``path`` as one line, saying so when its disk is full.

    On a full disk SQLite often cannot even create the ``-shm`` index of a WAL database
    and reports a bare "disk I/O error", which reads like a failing drive; the user
    needs to know to free space and re-run (nothing stored was lost).
    """
    text = one_line(exc)
    if "full" not in text and _disk_full(Path(path)):
        text += " (no space left on the disk holding it: free some and re-run)"
    return text


def _disk_full(path: Path) -> bool:
    """Whether the file system holding ``path`` (or its folder) has no room for a page."""
    folder = path if path.is_dir() else path.parent
    try:
        stats = os.statvfs(folder if str(folder) else ".")
    except (OSError, AttributeError):  # no such folder; no statvfs (Windows)
        return False
    return stats.f_bavail * stats.f_frsize < 64 * 1024


def one_line(message: object, limit: int = 300) -> str:
    """A message (an exception, a SQLite report) as one line of at most ``limit`` chars."""
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


#: What a user runs when the full-text index is damaged (``quotes mend``, README).
MEND_COMMAND = "quotes mend --db {path}"


def fts_damage(conn: sqlite3.Connection) -> str | None:
    """SQLite's report when the full-text index ``quotes_fts`` cannot be read, else None.

    Overwritten index blocks (another program's edit, a bad disk, a crash with
    ``synchronous=off``) pass ``pragma quick_check`` (it does not decode FTS5 data) and
    show only when a search reads them: "database disk image is malformed" on every
    search page. FTS5's own 'integrity-check' would find it too, but re-tokenises every
    quote; reading every term and position list through a temporary ``fts5vocab`` table
    decodes each index block once, without tokenising anything (temp: works on a
    read-only or immutable file).
    """
    try:
        conn.execute(
            "create virtual table if not exists temp.quotes_fts_terms "
            "using fts5vocab(main, quotes_fts, 'row')"
        )
        conn.execute("select count(*), sum(cnt), sum(doc) from temp.quotes_fts_terms").fetchone()
    except sqlite3.DatabaseError as exc:
        return one_line(exc)
    finally:
        with suppress(sqlite3.Error):
            conn.execute("drop table if exists temp.quotes_fts_terms")
    return None


def mend_fts(path: str | Path) -> int:
    """Rebuild the full-text index of ``path`` from the stored quotes; return how many.

    The index is derived data (FTS5 with ``quotes`` as its external content): rebuilding
    it loses nothing and changes nothing else. Opened as every writer opens the file
    (:class:`Store`: a foreign, damaged or newer database is refused in one line, the
    write lock is waited for as ``extract`` waits). Raises :class:`DatabaseError`.
    """
    path = Path(path)
    check_database_file(path)  # a device or pipe is "no regular file", as in every command
    if not path.is_file():
        raise DatabaseError(f"{path}: database does not exist; run `quotes extract` first")
    with Store(path, create=False) as store:
        try:
            with store.writing():
                store.db.execute("insert into quotes_fts (quotes_fts) values ('rebuild')")
            damage = fts_damage(store.db.conn)
            count = int(store.db.execute("select count(*) from quotes").fetchone()[0])
        except sqlite3.Error as exc:
            raise DatabaseError(
                f"{path}: cannot mend the full-text index: {sqlite_problem(exc, path)}"
            ) from exc
    if damage:
        raise DatabaseError(
            f"{path}: the full-text index is still unreadable after a rebuild ({damage}): "
            "the file itself is damaged; restore it from a copy"
        )
    return count
