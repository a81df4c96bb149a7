"""Statements: the same words of one speaker, as carried by every article that quoted them.

Two quotes of one speaker are one statement when their content is the same or nearly the
same: small wording or punctuation differences ("NATO military commanders will..." and
"Our military commanders will..."), a fragment of a longer quote, or a reported version
that keeps the quoted words ('the alliance was "ready to defend every inch" of its
territory' and "We are ready to defend every inch of our territory"). Each group becomes
a ``statements`` row (canonical text, first publication and outlet, how many articles
and outlets carried it) and every quote of it points there by ``quotes.statement_id``.

Different statements stay apart: negations and numbers must agree ("will not send" is not
"will send"), two reporters' paraphrases meet only as near-duplicates (never as fragments),
a fragment that fits two statements joins neither (a stock phrase never chains two
statements), and texts under :data:`SHORT_WORDS` words published more than a month apart
are two statements (a slogan is repeated, not re-reported).

Scaling: a quote is never compared with all others. Every attributed quote's word
4-gram shingles sit in ``quote_shingles`` (keyed by speaker), an inverted index in
SQLite; candidates are the quotes of the same speaker sharing enough of its shingles
(:func:`enough_shared`), and only those pairs go to rapidfuzz. A shingle that more than
:data:`STOP_SHINGLE_DF` quotes of one speaker share proposes no pairs.

Incremental: :func:`update` regroups only what changed. Triggers (installed by the
``m010_statements`` migration in ``quotes.store``) mark a statement stale when one of its
quotes is deleted or changes speaker or content, and keep a deleted quote's shingles in
``statements_gone``; new quotes arrive without a statement. Those quotes, plus the whole
connected part of the candidate graph around them and around the removed ones, are
regrouped; since grouping only ever follows candidate edges, that gives what a full
:func:`rebuild` gives (unless a shingle crosses :data:`STOP_SHINGLE_DF` in between).
Statement ids hash the speaker id and the earliest quote's id, so re-runs keep them.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations

import sqlite_utils
from rapidfuzz import fuzz

from quotes.marks import find_quotes
from quotes.models import stable_id

# -- thresholds (see tests/test_statements.py for the near misses they keep apart) ------

#: Words per shingle.
SHINGLE_WORDS = 4
#: Quotes shorter than this (in words) join a statement only when identical.
MIN_WORDS = 4
#: Identical quotes shorter than this ("No.", "now") are not one statement.
MIN_EXACT_WORDS = 3
#: A fragment needs this many words to be attached to a longer quote.
MIN_FRAGMENT_WORDS = 6
#: rapidfuzz ratio (0-100) of two whole normalised texts that are the same statement.
SAME_RATIO = 90
#: partial_ratio of a fragment against the best-matching part of the longer quote.
FRAGMENT_RATIO = 90
#: A reported version keeps the quoted words: each fragment in quote marks must be found
#: at this partial_ratio, they must count this many words together, and the whole
#: paraphrase must still align with the other quote at PARAPHRASE_RATIO.
QUOTED_RATIO = 95
MIN_QUOTED_WORDS = 4
PARAPHRASE_RATIO = 75
#: Texts shorter than this (the shorter of two, in words) are one statement only when
#: published within SHORT_WINDOW_DAYS: "We're going to build a wall" in February and in
#: August are two statements; a long quote re-quoted months later is still the same one.
SHORT_WORDS = 10
SHORT_WINDOW_DAYS = 31
#: Two quotes are compared only when they share this fraction of the shorter one's
#: shingles (or are identical): sharing a stock phrase alone proposes no pair.
MIN_SHARED = 0.3
#: Shingles shared by more quotes of one speaker than this propose no pairs at all.
STOP_SHINGLE_DF = 500

WORD = re.compile(r"\w+(?:'\w+)*")
NEGATIONS = frozenset("not no never nothing none nobody neither nor without cannot nowhere".split())
NUMBER_WORDS = frozenset(
    """
    zero one two three four five six seven eight nine ten eleven twelve twenty thirty
    forty fifty hundred hundreds thousand thousands million millions billion billions
    trillion half dozen first second third
    """.split()
)


# -- texts and their comparison ------------------------------------------------------


def words_of(text: str) -> list[str]:
    """Lower-case words: punctuation, quote marks and case make no difference."""
    text = unicodedata.normalize("NFKC", text).casefold().replace("\u2019", "'")
    return WORD.findall(text)


def _hash(text: str) -> int:
    """A positive 62-bit hash, stable across processes (unlike ``hash``)."""
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8"), digest_size=8).digest(), "big") >> 2


@functools.lru_cache(maxsize=16_384)
def _prepared(content: str) -> tuple[str, array]:
    """A quote's words (joined by spaces) and shingles. Cached by content, compactly (well
    under 1 KB a quote): :func:`update` needs them twice for each changed quote, and wire
    copy repeats the same words."""
    words = words_of(content)
    return " ".join(words), array("q", shingles(words))


def shingles(words: list[str]) -> set[int]:
    """Word 4-gram hashes (positive), plus the whole text's hash negated (the exact key).

    The exact key lets identical quotes meet even when all their 4-grams are stock phrases.
    """
    out: set[int] = set()
    if not words:
        return out
    out.add(-_hash(" ".join(words)) - 1)
    if len(words) < SHINGLE_WORDS:
        out.add(_hash(" ".join(words)))
    for i in range(len(words) - SHINGLE_WORDS + 1):
        out.add(_hash(" ".join(words[i : i + SHINGLE_WORDS])))
    return out


@dataclass
class Text:
    """One quote prepared for comparison."""

    id: int
    type: str
    content: str
    published: str | None = None
    article_id: int | None = None
    outlet_id: int | None = None
    words: list[str] = field(default_factory=list)
    norm: str = ""
    quoted: list[str] = field(default_factory=list)
    shingles: set[int] = field(default_factory=set)
    day: int | None = None

    def __post_init__(self) -> None:
        self.norm, shingle_array = _prepared(self.content)
        self.words = self.norm.split()  # words hold no whitespace: the same list
        self.shingles = set(shingle_array)
        self.day = _day(self.published)
        if self.type != "direct":
            self.quoted = [
                " ".join(w)
                for q in find_quotes(self.content)
                if q.depth == 0 and (w := words_of(self.content[q.start : q.end]))
            ]

    @property
    def order(self) -> tuple[bool, str, int]:
        """Earliest first: by publication date (unknown last), then by id."""
        return (self.published is None, self.published or "", self.id)


def _day(published: str | None) -> int | None:
    """The day number of an ISO date ("2024-02-16", "2024-02-16T10:00"), else None."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10]).toordinal()
    except ValueError:
        return None


def _negations(words: Iterable[str]) -> int:
    return sum(1 for w in words if w in NEGATIONS or w.endswith("n't"))


def _numbers(words: Iterable[str]) -> set[str]:
    # isalpha() first: a word of letters only has no digit, and most words are that.
    return {
        w
        for w in words
        if w in NUMBER_WORDS or (not w.isalpha() and any(c.isdigit() for c in w))
    }


def compatible(a: list[str], b: list[str]) -> bool:
    """Same polarity and same numbers: "will not send" is not "will send", 4,000 not 40,000."""
    return _negations(a) == _negations(b) and _numbers(a) == _numbers(b)


def _word_region(text: str, start: int, end: int) -> str:
    """``text[start:end]`` widened to whole words."""
    while start > 0 and text[start - 1] != " ":
        start -= 1
    while end < len(text) and text[end] != " ":
        end += 1
    return text[start:end]


SAME = "same"


def relation(a: Text, b: Text) -> tuple[str, int] | None:
    """How two quotes of one speaker relate.

    ``("same", 0)`` for near-duplicates, ``("in", id)`` when the quote ``id`` is a
    fragment or a word-keeping paraphrase of the other (the other "contains" it),
    None for different statements.
    """
    short, long = (a, b) if len(a.norm) <= len(b.norm) else (b, a)
    if len(short.words) < SHORT_WORDS and not _near_in_time(a, b):
        return None  # a slogan repeated months later is another statement
    if a.norm == b.norm:
        return (SAME, 0) if len(a.words) >= MIN_EXACT_WORDS else None
    if min(len(a.words), len(b.words)) < MIN_WORDS:
        return None
    if fuzz.ratio(a.norm, b.norm, score_cutoff=SAME_RATIO) and compatible(a.words, b.words):
        return SAME, 0
    # A fragment: of a direct quote, or a direct quote inside a reported version. Two
    # reported versions are the reporters' words; they meet only as near-duplicates.
    if len(short.words) >= MIN_FRAGMENT_WORDS and "direct" in (short.type, long.type):
        found = fuzz.partial_ratio_alignment(short.norm, long.norm, score_cutoff=FRAGMENT_RATIO)
        if found is not None:
            region = _word_region(long.norm, found.dest_start, found.dest_end).split()
            if compatible(short.words, region):
                return "in", short.id
    for para, other in ((a, b), (b, a)):
        if _keeps_quoted_words(para, other):
            return "in", para.id
    return None


def _near_in_time(a: Text, b: Text) -> bool:
    """Published within :data:`SHORT_WINDOW_DAYS` of each other (or a date unknown)."""
    if a.day is None or b.day is None:
        return True
    return abs(a.day - b.day) <= SHORT_WINDOW_DAYS


def _keeps_quoted_words(para: Text, other: Text) -> bool:
    """A reported version whose quoted fragments are the other quote's words."""
    if not para.quoted or sum(len(q.split()) for q in para.quoted) < MIN_QUOTED_WORDS:
        return False
    if not all(fuzz.partial_ratio(q, other.norm) >= QUOTED_RATIO for q in para.quoted):
        return False
    if not _numbers(para.words) <= _numbers(other.words):
        return False
    short, long = (para, other) if len(para.norm) <= len(other.norm) else (other, para)
    found = fuzz.partial_ratio_alignment(short.norm, long.norm, score_cutoff=PARAPHRASE_RATIO)
    if found is None:
        return False
    region = _word_region(long.norm, found.dest_start, found.dest_end).split()
    return _negations(short.words) == _negations(region)  # "would accept" is not "never accept"


def enough_shared(shared: int, n_a: int, n_b: int) -> bool:
    """Whether two quotes with ``n_a`` and ``n_b`` shingles sharing ``shared`` are compared."""
    return shared >= max(1, math.ceil(MIN_SHARED * min(n_a, n_b)))


def positive_count(text: Text) -> int:
    return sum(1 for sh in text.shingles if sh >= 0)


def candidate_pairs(
    texts: list[Text], stop: set[int] | frozenset[int] = frozenset(), *, exact: bool = True
) -> list[tuple[int, int]]:
    """The pairs of quotes worth comparing, from an inverted index of their shingles.

    Identical texts (unless ``exact`` is False: :func:`group` joins those without
    pairing them, since k copies of one quote make k²/2 pairs), and quotes sharing
    enough shingles outside ``stop`` (:func:`enough_shared`). The same rule decides
    which stored quotes :func:`update` regroups, so an update and a rebuild agree.
    """
    postings: dict[int, list[int]] = defaultdict(list)
    for t in sorted(texts, key=lambda t: t.id):
        for sh in t.shingles:
            if (sh < 0 and exact) or (sh >= 0 and sh not in stop):
                postings[sh].append(t.id)
    shared: Counter[tuple[int, int]] = Counter()
    exact: set[tuple[int, int]] = set()
    for sh, ids in postings.items():
        if len(ids) < 2:
            continue
        # Every (a, b) with a before b in the posting list (ids ascending), counted in C.
        if sh < 0:
            exact.update(combinations(ids, 2))
        else:
            shared.update(combinations(ids, 2))
    n = {t.id: positive_count(t) for t in texts}
    chosen = exact | {p for p, k in shared.items() if enough_shared(k, n[p[0]], n[p[1]])}
    return sorted(chosen)


class _Groups:
    """Union-find over quote ids."""

    def __init__(self, ids: Iterable[int]) -> None:
        self.parent = {i: i for i in ids}

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb))
            self.parent[drop] = keep


def group(texts: list[Text], stop: set[int] | frozenset[int] = frozenset()) -> list[list[Text]]:
    """Group one speaker's quotes into statements (each group earliest first).

    Near-duplicates join first. Then fragments and paraphrases, longest first, join the
    one statement that contains them; one that fits two different statements joins
    neither ("for as long as it takes" in two different speeches), so a short common
    phrase never chains two statements together. Only :func:`candidate_pairs` are
    compared.
    """
    by_id = {t.id: t for t in texts}
    groups = _Groups(by_id)
    _join_identical(texts, groups)
    # Copies that relation() cannot tell apart (same words, type, day and quoted parts)
    # are already one group: one of them stands for all in the pairing.
    seen: set[tuple] = set()
    distinct = []
    for t in sorted(texts, key=lambda t: t.id):
        if len(t.words) >= MIN_EXACT_WORDS:
            key = (t.norm, t.type, t.day, tuple(t.quoted))
            if key in seen:
                continue
            seen.add(key)
        distinct.append(t)
    pairs = _pairs_across_copies(distinct, stop)
    inside: dict[int, set[int]] = defaultdict(set)  # fragment id -> the quotes containing it
    for a, b in sorted(pairs):
        found = relation(by_id[a], by_id[b])
        if found is None:
            continue
        kind, part = found
        if kind == SAME:
            groups.union(a, b)
        else:
            inside[part].add(b if part == a else a)
    for part in sorted(inside, key=lambda i: (-len(by_id[i].norm), i)):
        targets = {groups.find(c) for c in inside[part]}
        if len(targets) == 1:
            groups.union(part, targets.pop())
    members: dict[int, list[Text]] = defaultdict(list)
    for t in texts:
        members[groups.find(t.id)].append(t)
    return [sorted(m, key=lambda t: t.order) for m in members.values()]


def _pairs_across_copies(texts: list[Text], stop: set[int] | frozenset[int]) -> list[tuple[int, int]]:
    """``candidate_pairs(texts, stop, exact=False)`` less the pairs of two identical texts.

    Those `_join_identical` has joined already (`relation` could only join them again),
    and they were most of the work: a quote carried by hundreds of articles made every
    shingle's posting list hundreds long, counted pair by pair. Identical texts have the
    same shingles, so the pairs are chosen among one copy of each distinct text
    (:func:`candidate_pairs`, where no two are identical) and a chosen pair stands for
    every pair of their copies.
    """
    copies: dict[str, list[Text]] = defaultdict(list)
    for t in texts:
        copies[t.norm].append(t)
    first = {members[0].id: members for members in copies.values()}
    return sorted(
        (a.id, b.id) if a.id < b.id else (b.id, a.id)
        for i, j in candidate_pairs([m[0] for m in copies.values()], stop, exact=False)
        for a in first[i]
        for b in first[j]
    )


def _join_identical(texts: list[Text], groups: _Groups) -> None:
    """Join identical quotes as :func:`relation` would pair by pair, in linear time.

    Identical texts of :data:`MIN_EXACT_WORDS` words or more are the same statement; a
    short one only within :data:`SHORT_WINDOW_DAYS` of another copy, so its copies
    join along the chain of publication days (a copy of unknown date is near every
    other). The components are the ones all k²/2 pairs would give.
    """
    same: dict[str, list[Text]] = defaultdict(list)
    for t in texts:
        if len(t.words) >= MIN_EXACT_WORDS:
            same[t.norm].append(t)
    for copies in same.values():
        if len(copies) < 2:
            continue
        if len(copies[0].words) >= SHORT_WORDS or any(t.day is None for t in copies):
            first = copies[0].id
            for t in copies[1:]:
                groups.union(first, t.id)
            continue
        dated = sorted(copies, key=lambda t: (t.day, t.id))
        for a, b in zip(dated, dated[1:], strict=False):
            if b.day - a.day <= SHORT_WINDOW_DAYS:
                groups.union(a.id, b.id)


TYPE_PREFERENCE = {"direct": 0, "mixed": 1, "indirect": 2}


def canonical(members: list[Text]) -> Text:
    """The quote whose words stand for the statement: the fullest verbatim version."""
    return min(members, key=lambda t: (TYPE_PREFERENCE.get(t.type, 3), -len(t.words), t.order))


def statement_row(speaker_id: int, members: list[Text]) -> dict:
    """The ``statements`` row of one group (``members`` earliest first)."""
    first = members[0]
    return {
        "id": statement_id_for(speaker_id, first.id),
        "speaker_id": speaker_id,
        "text": canonical(members).content,
        "first_published": first.published,
        "first_outlet_id": first.outlet_id,
        "article_count": len({t.article_id for t in members}),
        "outlet_count": len({t.outlet_id for t in members if t.outlet_id is not None}),
        "quote_count": len(members),
        "first_quote_id": first.id,
        "first_article_id": first.article_id,
        "last_published": max((t.published for t in members if t.published), default=None),
    }


STATEMENT_COLUMNS = (
    "id",
    "speaker_id",
    "text",
    "first_published",
    "first_outlet_id",
    "article_count",
    "outlet_count",
    "quote_count",
    "first_quote_id",
    "first_article_id",
    "last_published",
)


def statement_id_for(speaker_id: int, first_quote_id: int) -> int:
    """Stable id: the speaker and the earliest quote of the statement."""
    return stable_id("statement", speaker_id, first_quote_id)


# -- the database ---------------------------------------------------------------------


def rebuild(db: sqlite_utils.Database) -> int:
    """Regroup every attributed quote from scratch; returns the number of statements."""
    with db.atomic():
        db.execute("delete from quote_shingles")
        db.execute("delete from statements")
        db.execute("delete from statements_stale")
        db.execute("delete from statements_gone")
        db.execute("update quotes set statement_id = null where statement_id is not null")
    return update(db, everything=True)


def pending(db: sqlite_utils.Database) -> bool:
    """Whether quotes wait for their statements: stored by a run stopped (Ctrl-C, a kill,
    a full disk) after its last batch and before its statement update. A re-run finds
    every article unchanged and stores nothing, so it must look here to finish the job."""
    return bool(
        db.execute(
            f"select exists ({_NEW_QUOTES}) or exists (select 1 from statements_stale) "
            "or exists (select 1 from statements_gone)"
        ).fetchone()[0]
    )


def update(db: sqlite_utils.Database, *, everything: bool = False) -> int:
    """Regroup the quotes that changed since the last call; returns statements written.

    Changed quotes are the new ones (no statement yet) and every member of a statement
    the triggers marked stale (a quote deleted, a speaker changed). Costs little when
    nothing changed: two indexed lookups. ``everything`` (what :func:`rebuild` passes
    once it has cleared every statement) skips looking for neighbours.
    """
    with db.atomic():
        db.execute("create temp table if not exists st_work (quote_id integer primary key)")
        db.execute("create temp table if not exists st_frontier (quote_id integer primary key)")
        db.execute(
            "create temp table if not exists st_changed "
            "(quote_id integer primary key, speaker_id integer)"
        )
        db.execute("create temp table if not exists st_big (speaker_id integer primary key)")
        for table in _WORK_TABLES:
            db.execute(f"delete from temp.{table}")
        try:
            return _update(db, everything)
        finally:
            for table in _WORK_TABLES:
                db.execute(f"delete from temp.{table}")


#: The temporary tables of one `update`, emptied before and after it.
_WORK_TABLES = ("st_work", "st_frontier", "st_changed", "st_big")


def _update(db: sqlite_utils.Database, everything: bool) -> int:
    # The changed quotes are listed in a temporary table, not in Python: after a large
    # run they are every new quote, contents and all.
    db.execute("insert into temp.st_changed (quote_id, speaker_id) " + _NEW_QUOTES)
    stale = [r[0] for r in db.execute("select statement_id from statements_stale")]
    for chunk in _chunks(stale):
        marks = ",".join("?" * len(chunk))
        db.execute(
            "insert or ignore into temp.st_changed (quote_id, speaker_id) "
            f"select id, speaker_id from quotes where statement_id in ({marks})",
            chunk,
        )
        db.execute(f"delete from statements where id in ({marks})", chunk)
    db.execute("delete from statements_stale")
    gone = db.execute("select 1 from statements_gone limit 1").fetchone() is not None
    changed = db.execute("select 1 from temp.st_changed limit 1").fetchone() is not None
    if not changed and not gone:
        return 0
    # Old shingles of changed quotes join those of deleted ones (their old neighbours are
    # looked at again); fresh shingles go in under the current speaker.
    if not everything:
        db.execute(
            "insert or ignore into statements_gone (speaker_id, shingle, quote_id) "
            "select qs.speaker_id, qs.shingle, qs.quote_id from quote_shingles qs "
            "join temp.st_changed c on c.quote_id = qs.quote_id"
        )
        db.execute("delete from quote_shingles where quote_id in (select quote_id from temp.st_changed)")
    # Streamed from a cursor into the insert: a large run has millions of shingle rows.
    texts = db.conn.execute(
        # Cast: a quote whose content another program stored as a BLOB is read as its
        # UTF-8 text, not handed to the word splitter as bytes (a traceback).
        "select c.quote_id, c.speaker_id, cast(q.content as text) from temp.st_changed c "
        "join quotes q on q.id = c.quote_id where c.speaker_id is not null"
    )
    rows = (
        (speaker_id, sh, quote_id)
        for quote_id, speaker_id, content in texts
        for sh in _prepared(content or "")[1]
    )
    db.conn.executemany(
        "insert or ignore into quote_shingles (speaker_id, shingle, quote_id) values (?, ?, ?)",
        rows,
    )
    db.execute(
        "update quotes set statement_id = null "
        "where id in (select quote_id from temp.st_changed) and statement_id is not null"
    )
    # Regroup them with the whole connected part of the candidate graph around them and
    # around the quotes that went away (grouping follows candidate edges only, so the
    # rest of the database would group exactly as it is grouped now).
    db.execute(
        "insert or ignore into temp.st_work (quote_id) "
        "select quote_id from temp.st_changed where speaker_id is not null"
    )
    if not everything:
        db.execute(
            "insert or ignore into temp.st_frontier (quote_id) "
            "select quote_id from temp.st_changed where speaker_id is not null"
        )
        found = _neighbours(db, _GONE_SHINGLES)
        while True:
            found |= _neighbours(db, _FRONTIER_SHINGLES)
            if not found:
                break
            db.execute("delete from temp.st_frontier")
            _insert_ids(db, "st_frontier", sorted(found))
            found |= {  # whole statements: their members are one component already
                r[0]
                for r in db.execute(
                    "select q.id from quotes q where q.statement_id in "
                    "(select p.statement_id from quotes p join temp.st_frontier f "
                    " on f.quote_id = p.id where p.statement_id is not null) "
                    "and q.id not in (select quote_id from temp.st_work)"
                )
            }
            _insert_ids(db, "st_work", sorted(found))
            db.execute("delete from temp.st_frontier")
            _insert_ids(db, "st_frontier", sorted(found))
            found = set()
    db.execute("delete from statements_gone")
    db.execute(
        "delete from statements where id in (select q.statement_id from quotes q "
        "join temp.st_work w on w.quote_id = q.id where q.statement_id is not null)"
    )
    stop: dict[int, set[int]] = defaultdict(set)
    # Only a speaker quoted more than STOP_SHINGLE_DF times can have a shingle that many of
    # their quotes share: a quote's shingles are filed under its current speaker (one that
    # changes speaker or content is regrouped, shingles and all, and a deleted one takes
    # its shingles along). Counting every shingle of the work, each in a lookup of its
    # own, was a seventh of the update on a first run of 1,000 articles.
    over = {"over": STOP_SHINGLE_DF + 1}
    db.execute("insert into temp.st_big (speaker_id) " + _BIG_SPEAKERS, over)
    if db.execute("select 1 from temp.st_big limit 1").fetchone() is not None:
        for speaker_id, shingle in db.execute(_STOP_SHINGLES, over):
            stop[speaker_id].add(shingle)
    written = 0
    speakers = [
        r[0]
        for r in db.execute(
            "select distinct q.speaker_id from quotes q join temp.st_work w on w.quote_id = q.id"
        )
    ]
    # Written a few thousand at a time (`_write_statements`), not speaker by speaker.
    statements: list[dict] = []
    assignments: list[tuple[int, int, int]] = []
    for speaker_id in speakers:
        texts = [
            Text(
                id=r[0],
                type=r[1],
                content=r[2] or "",
                published=r[3],
                article_id=r[4],
                outlet_id=r[5],
            )
            for r in db.execute(
                "select q.id, q.type, cast(q.content as text), "
                "cast(coalesce(q.published, a.published) as text), "
                "q.article_id, a.outlet_id from quotes q "
                "join temp.st_work w on w.quote_id = q.id "
                "join articles a on a.id = q.article_id where q.speaker_id = ?",
                [speaker_id],
            )
        ]
        for members in group(texts, stop[speaker_id]):
            row = statement_row(speaker_id, members)
            statements.append(row)
            assignments += [(row["id"], t.id, row["id"]) for t in members]
        if len(statements) >= WRITE_BATCH:
            written += _write_statements(db, statements, assignments)
    return written + _write_statements(db, statements, assignments)


#: Statement rows `_update` collects before writing them.
WRITE_BATCH = 5_000


def _write_statements(
    db: sqlite_utils.Database, statements: list[dict], assignments: list[tuple[int, int, int]]
) -> int:
    """Write the collected statement rows, each replacing a stored row of its id, and
    their quotes' ``statement_id``; empties both lists, returns the statements written.

    A plain insert after deleting the rows it replaces, not ``insert or replace``: with
    foreign keys on, a conflict clause made SQLite check the row's three parents in a
    way that cost three times the insert itself (2.5 of 3.5 ms per hundred rows).
    """
    for chunk in _chunks([row["id"] for row in statements]):
        db.execute(f"delete from statements where id in ({','.join('?' * len(chunk))})", chunk)
    db.conn.executemany(
        f"insert into statements ({', '.join(STATEMENT_COLUMNS)}) "
        f"values ({', '.join(':' + c for c in STATEMENT_COLUMNS)})",
        statements,
    )
    db.conn.executemany(
        "update quotes set statement_id = ? where id = ? and statement_id is not ?",
        assignments,
    )
    written = len(statements)
    statements.clear()
    assignments.clear()
    return written


#: The shingles whose neighbours are wanted: the frontier's, or those of removed quotes.
_FRONTIER_SHINGLES = (
    "select qs.quote_id as a, qs.speaker_id, qs.shingle "
    "from quote_shingles qs join temp.st_frontier f on f.quote_id = qs.quote_id"
)
_GONE_SHINGLES = "select quote_id as a, speaker_id, shingle from statements_gone"

_NEIGHBOURS = """
with fq as ({source}),
na as (select a, sum(shingle >= 0) as n from fq group by a),
ok as (
  select distinct speaker_id, shingle from fq
  where shingle < 0
    or (select count(*) from (select 1 from quote_shingles c
        where c.speaker_id = fq.speaker_id and c.shingle = fq.shingle limit :over)) < :over
),
pairs as (
  select fq.a as a, p.quote_id as b, sum(fq.shingle < 0) as exact, sum(fq.shingle >= 0) as shared
  from fq
    join ok on ok.speaker_id = fq.speaker_id and ok.shingle = fq.shingle
    join quote_shingles p on p.speaker_id = fq.speaker_id and p.shingle = fq.shingle
  where p.quote_id != fq.a and p.quote_id not in (select quote_id from temp.st_work)
  group by fq.a, p.quote_id
)
select b, exact, shared, na.n,
  (select count(*) from quote_shingles x where x.quote_id = b and x.shingle >= 0)
from pairs join na on na.a = pairs.a
"""


def _neighbours(db: sqlite_utils.Database, source: str) -> set[int]:
    """Stored quotes that are candidates (:func:`enough_shared`) of the given shingles."""
    if not db.execute(_OUTSIDE_WORK).fetchone()[0]:
        # Every indexed quote is being regrouped already (a first run, say): no neighbour
        # can be left, and the search would walk every shingle to find none.
        return set()
    return {
        b
        for b, exact, shared, n_a, n_b in db.execute(
            _NEIGHBOURS.format(source=source), {"over": STOP_SHINGLE_DF + 1}
        )
        if exact or enough_shared(shared, n_a, n_b)
    }


#: New quotes: attributed, and in no statement yet.
_NEW_QUOTES = "select id, speaker_id from quotes where statement_id is null and speaker_id is not null"

_OUTSIDE_WORK = (
    "select exists (select 1 from quote_shingles "
    "where quote_id not in (select quote_id from temp.st_work))"
)

#: The speakers of the work with more than STOP_SHINGLE_DF quotes (into ``temp.st_big``).
_BIG_SPEAKERS = """
select s.speaker_id from (
  select distinct q.speaker_id as speaker_id from quotes q
  join temp.st_work w on w.quote_id = q.id where q.speaker_id is not null
) s
where (select count(*) from (select 1 from quotes c
       where c.speaker_id = s.speaker_id limit :over)) >= :over
"""

_STOP_SHINGLES = """
select distinct qs.speaker_id, qs.shingle
from quote_shingles qs join temp.st_work w on w.quote_id = qs.quote_id
where qs.shingle >= 0
  and qs.speaker_id in (select speaker_id from temp.st_big)
  and (select count(*) from (select 1 from quote_shingles c
       where c.speaker_id = qs.speaker_id and c.shingle = qs.shingle limit :over)) >= :over
"""


def _insert_ids(db: sqlite_utils.Database, table: str, ids: list[int]) -> None:
    db.conn.executemany(
        f"insert or ignore into temp.{table} (quote_id) values (?)", [(i,) for i in ids]
    )


def _chunks(items: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
