"""The article, speaker and quotes pages of ``quotes serve`` (data and highlighting).

Datasette renders these pages through our ``row.html`` and ``_table.html`` templates,
which extend Datasette's own and switch to the layouts here only when the plugin's
``extra_template_vars`` hook hands them a page:

* the row page of an ``articles`` row: the article text with every quote marked,
  coloured by type and linked to its speaker and to its quote row, and the list of quotes;
* the row page of a ``speakers`` row: aliases, roles, outlets and statements by date, with
  streamed CSV/JSON export links;
* the ``quotes_view`` table page: one line per quote, linked to speaker and article.

Everything from the database is escaped here (article text, names, titles); the only
markup is the one this module writes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode

from datasette.utils import tilde_encode
from markupsafe import Markup, escape

#: The quote types the extractor writes, in legend order, with what they mean.
QUOTE_TYPES: dict[str, str] = {
    "direct": "all inside quote marks",
    "mixed": "partly quoted",
    "indirect": "reported speech",
}
#: Statements listed on a speaker page (the rest are one link away).
SPEAKER_STATEMENTS_SHOWN = 500
#: Tables a database must have for these pages to apply.
REQUIRED_TABLES = frozenset({"articles", "quotes", "speakers", "speaker_aliases"})
_CSS_SAFE = re.compile(r"^[a-z][a-z0-9_-]{0,30}$")


def web_url(url: object) -> str | None:
    """``url`` when it is an http(s) URL (safe to put in an href), else None."""
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return url
    return None


def type_class(quote_type: object) -> str:
    """``direct`` -> ``direct``; anything unexpected -> ``other`` (never raw markup)."""
    text = str(quote_type or "").lower()
    return text if _CSS_SAFE.match(text) else "other"


# -- highlighting -------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class Span:
    """Something to mark in the article text: a quote, a speaker mention or a cue."""

    start: int
    end: int
    kind: str  # "quote", "mention" or "cue"
    quote: dict[str, Any]

    @property
    def priority(self) -> tuple[int, int, int, int]:
        """Who owns a stretch of text covered by several spans: lowest wins.

        Quotes beat mentions beat cues; among quotes the innermost (shortest) wins, so a
        quote nested in another stays visible and the outer one is clipped around it.
        """
        rank = {"quote": 0, "mention": 1, "cue": 2}[self.kind]
        return (rank, self.end - self.start, self.start, int(self.quote.get("id") or 0))


def valid_span(start: object, end: object, length: int) -> tuple[int, int] | None:
    """``(start, end)`` when both are integers inside the text and start < end."""
    if not isinstance(start, int) or not isinstance(end, int):
        return None
    if isinstance(start, bool) or isinstance(end, bool):
        return None
    if 0 <= start < end <= length:
        return start, end
    return None


def article_spans(text: str, quotes: Iterable[dict[str, Any]]) -> list[Span]:
    """The spans of every quote, speaker mention and cue that lie inside ``text``."""
    spans = []
    for quote in quotes:
        for kind, start, end in (
            ("quote", "content_start", "content_end"),
            ("mention", "speaker_start", "speaker_end"),
            ("cue", "cue_start", "cue_end"),
        ):
            found = valid_span(quote.get(start), quote.get(end), len(text))
            if found:
                spans.append(Span(found[0], found[1], kind, quote))
    return spans


def segments(text: str, spans: Sequence[Span]) -> list[tuple[int, int, Span | None]]:
    """Cut ``text`` into non-overlapping pieces, each owned by at most one span.

    Every boundary of every span is a cut; each piece goes to the covering span with the
    lowest :attr:`Span.priority`, and neighbouring pieces with the same owner are merged.
    Overlapping or nested spans therefore never produce crossed or nested tags.
    """
    cuts = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    starting: dict[int, list[Span]] = {}
    ending: dict[int, list[Span]] = {}
    for span in spans:
        starting.setdefault(span.start, []).append(span)
        ending.setdefault(span.end, []).append(span)
    active: set[Span] = set()
    pieces: list[tuple[int, int, Span | None]] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active.difference_update(ending.get(a, ()))
        active.update(starting.get(a, ()))
        owner = min(active, key=lambda s: s.priority) if active else None
        if pieces and pieces[-1][2] is owner and pieces[-1][1] == a:
            pieces[-1] = (pieces[-1][0], b, owner)
        else:
            pieces.append((a, b, owner))
    return pieces


def highlight_article(
    text: str,
    quotes: Sequence[dict[str, Any]],
    speaker_url: Any,
    quote_url: Any,
) -> Markup:
    """The article text as HTML with every quote in ``<mark class="quote quote-TYPE">``.

    ``quotes`` are dicts with ``id``, ``type``, the three offset pairs, ``speaker_id``,
    ``speaker`` and ``number`` (the quote's number in the list under the text).
    ``speaker_url(id)`` and ``quote_url(id)`` build links. A quote's text links to its
    speaker; a numbered marker after it links to the quote's row. Speaker mentions link to
    the speaker too; cues are underlined. All text is escaped.
    """
    pieces = segments(text, article_spans(text, quotes))
    last_piece: dict[int, int] = {}
    for index, (_, _, owner) in enumerate(pieces):
        if owner is not None and owner.kind == "quote":
            last_piece[id(owner)] = index
    seen: set[int] = set()
    out: list[str] = []
    for index, (a, b, owner) in enumerate(pieces):
        chunk = str(escape(text[a:b]))
        if owner is None:
            out.append(chunk)
            continue
        quote = owner.quote
        speaker_id = quote.get("speaker_id")
        link = str(escape(speaker_url(speaker_id))) if speaker_id is not None else None
        if owner.kind == "cue":
            out.append(f'<span class="cue">{chunk}</span>')
            continue
        if owner.kind == "mention":
            if link:
                out.append(f'<a class="mention" href="{link}">{chunk}</a>')
            else:
                out.append(f'<span class="mention">{chunk}</span>')
            continue
        qid = escape(quote["id"])
        first = id(owner) not in seen
        seen.add(id(owner))
        speaker = quote.get("speaker") or "unattributed"
        label = escape(f"{speaker} ({quote.get('type')} quote {quote.get('number')})")
        anchor = f' id="q-{qid}"' if first else ""
        inner = f'<a href="{link}">{chunk}</a>' if link else chunk
        out.append(
            f'<mark class="quote quote-{type_class(quote.get("type"))}"{anchor} '
            f'data-quote-id="{qid}" title="{label}">{inner}</mark>'
        )
        if last_piece.get(id(owner)) == index:
            href = escape(quote_url(quote["id"]))
            out.append(
                f'<a class="quote-ref" href="{href}" title="Quote {quote.get("number")}: '
                f'its row">{escape(quote.get("number"))}</a>'
            )
    return Markup("".join(out))


# -- page data ----------------------------------------------------------------------------


class Links:
    """URLs of one database's pages (respecting Datasette's ``base_url``)."""

    def __init__(self, datasette: Any, database: str) -> None:
        self.urls = datasette.urls
        self.database = database

    def row(self, table: str, pk: object) -> str:
        return str(self.urls.row(self.database, table, tilde_encode(str(pk))))

    def speaker(self, speaker_id: object) -> str:
        return self.row("speakers", speaker_id)

    def article(self, article_id: object, quote_id: object = None) -> str:
        url = self.row("articles", article_id)
        return f"{url}#q-{quote_id}" if quote_id is not None else url

    def quote(self, quote_id: object) -> str:
        return self.row("quotes", quote_id)

    def table(self, table: str, fmt: str | None = None, **params: object) -> str:
        url = str(self.urls.table(self.database, table, format=fmt))
        query = urlencode({k: v for k, v in params.items() if v is not None})
        return f"{url}?{query}" if query else url

    def query(self, name: str, **params: object) -> str:
        url = str(self.urls.table(self.database, name))
        return f"{url}?{urlencode(params)}" if params else url


async def is_quotes_database(db: Any) -> bool:
    """True when the database has the quotes schema (cheap: one sqlite_master read)."""
    names = set(await db.table_names())
    return REQUIRED_TABLES <= names


async def rows_as_dicts(db: Any, sql: str, params: dict[str, Any]) -> list[dict[str, Any]]:
    results = await db.execute(sql, params)
    return [dict(row) for row in results.rows]


ARTICLE_SQL = """
select articles.*, outlets.name as outlet
from articles left join outlets on outlets.id = articles.outlet_id
where articles.id = :id
"""

ARTICLE_QUOTES_SQL = """
select quotes.id, quotes.type, quotes.content, quotes.content_start, quotes.content_end,
  quotes.cue, quotes.cue_start, quotes.cue_end, quotes.speaker_mention,
  quotes.speaker_start, quotes.speaker_end, quotes.speaker_id, quotes.confidence,
  speakers.name as speaker, speakers.kind as speaker_kind
from quotes left join speakers on speakers.id = quotes.speaker_id
where quotes.article_id = :id
order by quotes.content_start, quotes.content_end desc, quotes.id
"""


async def article_page(datasette: Any, database: str, pk: str) -> dict[str, Any] | None:
    """Everything the article page shows, or None (Datasette then shows its 404)."""
    db = datasette.get_database(database)
    found = await rows_as_dicts(db, ARTICLE_SQL, {"id": pk})
    if not found:
        return None
    article = found[0]
    text = article.get("text") if isinstance(article.get("text"), str) else ""
    quotes = await rows_as_dicts(db, ARTICLE_QUOTES_SQL, {"id": article["id"]})
    links = Links(datasette, database)
    counts: dict[str, int] = {}
    for number, quote in enumerate(quotes, 1):
        quote["number"] = number
        quote["type_class"] = type_class(quote["type"])
        quote["located"] = (
            valid_span(quote["content_start"], quote["content_end"], len(text)) is not None
        )
        quote["quote_url"] = links.quote(quote["id"])
        quote["speaker_url"] = (
            links.speaker(quote["speaker_id"]) if quote["speaker_id"] is not None else None
        )
        counts[quote["type_class"]] = counts.get(quote["type_class"], 0) + 1
    article["web_url"] = web_url(article.get("url"))
    return {
        "article": article,
        "quotes": quotes,
        "html": highlight_article(text, quotes, links.speaker, links.quote),
        "legend": legend(counts),
        "browse_url": links.table("quotes_view", article_id=article["id"]),
        "outlet_url": (
            links.table("quotes_view", outlet_id=article["outlet_id"])
            if article.get("outlet_id") is not None
            else None
        ),
    }


def legend(counts: dict[str, int]) -> list[dict[str, Any]]:
    """One legend entry per quote type, the known ones first (zero counts included)."""
    names = list(QUOTE_TYPES) + sorted(set(counts) - set(QUOTE_TYPES))
    return [
        {"type": name, "meaning": QUOTE_TYPES.get(name, ""), "count": counts.get(name, 0)}
        for name in names
    ]


SPEAKER_SQL = "select * from speakers where id = :id"
SPEAKER_STATEMENTS_SQL = """
select quotes.id, quotes.type, quotes.content, quotes.cue, quotes.published,
  quotes.article_id, articles.title, articles.url, outlets.name as outlet
from quotes
  join articles on articles.id = quotes.article_id
  left join outlets on outlets.id = articles.outlet_id
where quotes.speaker_id = :id
order by quotes.published desc, quotes.article_id, quotes.content_start
limit :limit
"""
#: Distinct statements (the statements table: one per set of near-identical quotes).
SPEAKER_STATEMENT_COUNT_SQL = "select count(*) as n from statements where speaker_id = :id"
SPEAKER_ALIASES_SQL = (
    "select alias, count from speaker_aliases where speaker_id = :id order by count desc, alias"
)
#: Other people whose names end in this speaker's whole name: for "Brandt" (the quotes of
#: articles that never gave a first name) Anna and Peter Brandt, whom the page should
#: name, as "Brandt" may be one of them. Persons only; a scan of the speakers table.
SPEAKER_NAMESAKES_SQL = """
select id, name, quote_count from speakers
where kind = 'person' and id != :id and length(name) > length(:name)
  and lower(substr(name, -length(:name) - 1)) = lower(' ' || :name)
order by quote_count desc, name
limit :limit
"""
SPEAKER_NAMESAKES_SHOWN = 10
SPEAKER_ROLES_SQL = """
select role, first_seen, last_seen from speaker_roles where speaker_id = :id
order by last_seen desc, role
"""
SPEAKER_OUTLETS_SQL = """
select outlets.name as outlet, articles.outlet_id, count(*) as statements
from quotes join articles on articles.id = quotes.article_id
  left join outlets on outlets.id = articles.outlet_id
where quotes.speaker_id = :id
group by articles.outlet_id order by statements desc, outlet
"""


async def statement_count(db: Any, speaker_id: int) -> int:
    """How many distinct statements the speaker made (0 before statements were built).

    The page counts quotes, and the statements table groups the same words carried by
    several articles: both numbers are shown so neither is taken for the other."""
    if not await db.table_exists("statements"):
        return 0
    found = await rows_as_dicts(db, SPEAKER_STATEMENT_COUNT_SQL, {"id": speaker_id})
    return int(found[0]["n"] or 0)


#: Speakers called exactly what was searched (any alias, case ignored): the search box
#: finds quotes whose *words* hold the name, and a reader who typed "Okafor" most likely
#: wanted what Okafor said.
SPEAKERS_NAMED_SQL = """
select id, name, quote_count from speakers
where id in (select speaker_id from speaker_aliases where alias = :name collate nocase)
  or name = :name collate nocase
order by quote_count desc, name
limit 5
"""


async def speakers_named(datasette: Any, database: str, search: str) -> list[dict[str, Any]]:
    """The speakers :data:`SPEAKERS_NAMED_SQL` finds for a search, each with its links."""
    name = " ".join(search.replace('"', " ").split())
    if not name or len(name) > 200:
        return []
    db = datasette.get_database(database)
    links = Links(datasette, database)
    found = await rows_as_dicts(db, SPEAKERS_NAMED_SQL, {"name": name})
    for speaker in found:
        speaker["url"] = links.speaker(speaker["id"])
        speaker["quotes_url"] = links.table("quotes_view", speaker_id=speaker["id"])
    return found


async def namesakes(db: Any, links: Links, speaker: dict[str, Any]) -> list[dict[str, Any]]:
    """The people :data:`SPEAKER_NAMESAKES_SQL` finds for a person, each with its page."""
    if speaker.get("kind") != "person" or not speaker.get("name"):
        return []
    found = await rows_as_dicts(
        db,
        SPEAKER_NAMESAKES_SQL,
        {"id": speaker["id"], "name": speaker["name"], "limit": SPEAKER_NAMESAKES_SHOWN},
    )
    for other in found:
        other["url"] = links.speaker(other["id"])
    return found


async def speaker_page(datasette: Any, database: str, pk: str) -> dict[str, Any] | None:
    """Everything the speaker page shows, or None (Datasette then shows its 404)."""
    db = datasette.get_database(database)
    found = await rows_as_dicts(db, SPEAKER_SQL, {"id": pk})
    if not found:
        return None
    speaker = found[0]
    sid = speaker["id"]
    links = Links(datasette, database)
    statements = await rows_as_dicts(
        db, SPEAKER_STATEMENTS_SQL, {"id": sid, "limit": SPEAKER_STATEMENTS_SHOWN + 1}
    )
    more = len(statements) > SPEAKER_STATEMENTS_SHOWN
    statements = statements[:SPEAKER_STATEMENTS_SHOWN]
    for statement in statements:
        statement["type_class"] = type_class(statement["type"])
        statement["article_url"] = links.article(statement["article_id"], statement["id"])
        statement["quote_url"] = links.quote(statement["id"])
        statement["web_url"] = web_url(statement.get("url"))
    outlets = await rows_as_dicts(db, SPEAKER_OUTLETS_SQL, {"id": sid})
    for outlet in outlets:
        outlet["url"] = links.table("quotes_view", speaker_id=sid, outlet_id=outlet["outlet_id"])
    download = {
        "speaker_id": sid,
        "_stream": "on",
        "_dl": "1",
        "_filename": f"{speaker.get('name') or sid} quotes",
    }
    return {
        "speaker": speaker,
        "statements": statements,
        "more": more,
        "aliases": await rows_as_dicts(db, SPEAKER_ALIASES_SQL, {"id": sid}),
        "roles": await rows_as_dicts(db, SPEAKER_ROLES_SQL, {"id": sid}),
        "namesakes": await namesakes(db, links, speaker),
        "outlets": outlets,
        "browse_url": links.table("quotes_view", speaker_id=sid),
        "exports": [
            # _dl: a download, not CSV shown as text in the tab, saved under the speaker's
            # name (_filename), not as quotes_view.csv; _bom: Excel reads UTF-8
            ("CSV", links.table("quotes_view", "csv", **download)),
            ("CSV for Excel", links.table("quotes_view", "csv", **download, _bom="1")),
            ("JSON", links.table("quotes_view", "json", speaker_id=sid, _stream="on")),
        ],
        "timeline_url": links.query("speaker_timeline", speaker=speaker.get("name") or ""),
        "statement_count": await statement_count(db, sid),
        "statements_url": links.query(
            "widely_carried_statements", speaker=speaker.get("name") or ""
        ),
        "legend": legend({}),
    }
