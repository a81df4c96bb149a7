"""Publishing: the real Datasette instance of ``quotes serve`` over real databases.

Every request goes through ``make_datasette`` (the configuration ``serve`` runs) and
Datasette's in-process client; one test starts ``serve`` itself under uvicorn.
Expected numbers come from the corpus table in ``conftest.py``.
"""

from __future__ import annotations

import asyncio
import csv
import html as html_lib
import io
import json
import re
import shutil
import socket
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from conftest import BIG_COUNT, BIG_SPEAKER, JENS, JOSE, PageParser, _article, _Said
from datasette.app import Datasette
from hypothesis import given, settings
from hypothesis import strategies as st
from support import wait_for_server

from quotes import publish
from quotes.errors import DatabaseError, UsageError
from quotes.plugins import quotes_pages
from quotes.plugins.quotes_datasette import download_name
from quotes.store import Store, speaker_id_for

ROOT = Path(__file__).resolve().parents[1]

HOSTILE = [
    '"',
    "OR",
    "*",
    "'; drop table quotes; --",
    "NEAR(",
    '""',
    "a\"b'c",
    "%",
    "\\",
    "é" * 300,
    "-",
    "- -",
    "NOT",
    "OR OR AND",
    "ceasefire OR",
    '-"x"*',
    "**",
    "((a))",
    "a\x00b",
]


def get(ds: Datasette, path: str, **kwargs: Any) -> httpx.Response:
    """GET through Datasette's own ASGI client (no network)."""
    return asyncio.run(ds.client.get(path, **kwargs))


def post(ds: Datasette, path: str, **kwargs: Any) -> httpx.Response:
    return asyncio.run(ds.client.post(path, **kwargs))


def rows(ds: Datasette, path: str, **params: str) -> list[dict[str, Any]]:
    """The rows of a table or canned query as dicts; asserts the request answered 200."""
    response = get(ds, path, params={**params, "_shape": "array", "_size": "max"})
    assert response.status_code == 200, response.text[:500]
    return response.json()


@pytest.fixture(scope="module")
def ds(quotes_db: Path) -> Datasette:
    return publish.make_datasette(quotes_db)


@pytest.fixture(scope="module")
def ds_immutable(quotes_db: Path) -> Datasette:
    return publish.make_datasette(quotes_db, immutable=True)


# -- the quotes view: facets, search, sorting ---------------------------------------------


def facet_counts(data: dict[str, Any], name: str) -> dict[Any, int]:
    return {r["value"]: r["count"] for r in data["facet_results"][name]["results"]}


def test_quotes_view_default_facets(ds: Datasette) -> None:
    response = get(ds, "/quotes/quotes_view.json")
    assert response.status_code == 200
    data = response.json()
    assert data["filtered_table_rows_count"] == 12
    assert facet_counts(data, "speaker") == {JENS: 5, JOSE: 3, "NATO": 2, "diplomats": 1}
    assert facet_counts(data, "outlet") == {"Reuters": 6, "BBC News": 4, "Le Monde": 2}
    assert facet_counts(data, "type") == {"direct": 6, "indirect": 5, "mixed": 1}
    assert data["facet_results"]["published"]["type"] == "date"
    assert facet_counts(data, "published") == {
        "2024-01-15": 3,
        "2024-02-03": 4,
        "2024-02-20": 2,
        "2024-03-05": 3,
    }


def test_quotes_view_sorted_newest_first_and_filterable(ds: Datasette) -> None:
    published = [r["published"] for r in rows(ds, "/quotes/quotes_view.json")]
    assert published == sorted(published, reverse=True)
    data = get(ds, "/quotes/quotes_view.json", params={"speaker": JENS}).json()
    assert facet_counts(data, "outlet") == {"Reuters": 3, "BBC News": 1, "Le Monde": 1}


def test_quotes_view_html_shows_facets(ds: Datasette) -> None:
    response = get(ds, "/quotes/quotes_view")
    assert response.status_code == 200
    for text in (JENS, "BBC News", "indirect", "2024-02-03"):
        assert text in response.text


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("ceasefire", {"Spain demands an immediate ceasefire."}),
        (
            "alliance",
            {
                "the alliance would increase its defence spending",
                'the alliance was "ready to defend every inch" of its territory',
            },
        ),
        ("warned", set()),  # the cue is not the content
        ("deterrence credible", {"Our deterrence is credible."}),
    ],
)
def test_search_on_view_and_table(ds: Datasette, term: str, expected: set[str]) -> None:
    on_view = rows(ds, "/quotes/quotes_view.json", _search=term)
    assert {r["content"] for r in on_view} == expected
    on_table = rows(ds, "/quotes/quotes.json", _search=term)
    assert {r["content"] for r in on_table} == expected


@pytest.mark.parametrize("marks", ['""', "\u201c\u201d", "\u00ab\u00bb", "\u201e\u201c"])
def test_search_in_quote_marks_is_a_phrase(ds: Datasette, marks: str) -> None:
    """Quote marks, straight or typographic (a phrase pasted from an article), make a
    phrase search: the words of a quote in another order are not that phrase."""
    phrase = f"{marks[0]}ready to defend{marks[1]}"
    scrambled = f"{marks[0]}defend ready{marks[1]}"
    wanted = {'the alliance was "ready to defend every inch" of its territory'}
    for path in ("/quotes/quotes_view.json", "/quotes/quotes.json"):
        assert {r["content"] for r in rows(ds, path, _search=phrase)} == wanted
        assert rows(ds, path, _search=scrambled) == []
    found = rows(ds, "/quotes/search_quotes.json", q=phrase)
    assert len(found) == 1 and "ready" in found[0]["snippet"]
    assert rows(ds, "/quotes/search_quotes.json", q=scrambled) == []


SPENDING = "the alliance would increase its defence spending"
DEFEND = 'the alliance was "ready to defend every inch" of its territory'
CEASEFIRE = "Spain demands an immediate ceasefire."


@pytest.mark.parametrize(
    ("term", "expected"),
    [
        ("ceasefire OR deterrence", {CEASEFIRE, "Our deterrence is credible."}),
        ('ceasefire OR "ready to defend"', {CEASEFIRE, DEFEND}),
        ("alliance -defend", {SPENDING}),
        ('alliance -"ready to defend"', {SPENDING}),
        ("alliance NOT defend", {SPENDING}),
        ("NOT defend alliance", {SPENDING}),
        ("allia*", {SPENDING, DEFEND}),
        ("allia* AND spending", {SPENDING}),
        ("ceasefire OR alliance -spending", {CEASEFIRE, DEFEND}),
        ("alliance %", {SPENDING, DEFEND}),  # punctuation alone is no word to find
        ("ceasefire or deterrence", set()),  # lower case: the word "or"
        ("-alliance", set()),  # FTS5 cannot find "everything but": nothing, not the opposite
        ("OR", set()),
    ],
)
def test_search_reads_or_minus_not_and_prefix(ds: Datasette, term: str, expected: set[str]) -> None:
    """``OR``, ``-word``, ``NOT word`` and ``word*`` work as in a search engine, on the
    quotes list, the quotes table and search_quotes. They were searched as words:
    ``ceasefire OR deterrence`` found nothing, ``alliance -defend`` found the quotes
    *with* "defend" and ``allia*`` nothing."""
    for path in ("/quotes/quotes_view.json", "/quotes/quotes.json"):
        assert {r["content"] for r in rows(ds, path, _search=term)} == expected, path
    ids = {r["id"] for r in rows(ds, "/quotes/search_quotes.json", q=term)}
    assert ids == {r["id"] for r in rows(ds, "/quotes/quotes_view.json", _search=term)}


def test_column_search_on_the_view_finds_what_the_search_finds(ds: Datasette) -> None:
    """``?_search_content=`` on quotes_view found nothing whatever the words (Datasette
    0.65 searches a column through the rowid, which a view has not); it now finds what
    ``_search`` finds, there and on the quotes table. A column that is not searchable is
    still a 400."""
    for term in ("alliance", "ceasefire OR deterrence"):
        wanted = {r["id"] for r in rows(ds, "/quotes/quotes_view.json", _search=term)}
        assert wanted
        for path in ("/quotes/quotes_view.json", "/quotes/quotes.json"):
            found = {r["id"] for r in rows(ds, path, _search_content=term)}
            assert found == wanted, path
    both = rows(ds, "/quotes/quotes_view.json", _search="alliance", _search_content="alliance")
    assert isinstance(both, list)  # left to Datasette
    refused = get(ds, "/quotes/quotes_view.json", params={"_search_speaker": JENS})
    assert refused.status_code == 400


@pytest.mark.parametrize("term", ["jens stoltenberg", "NATO CHIEF", '"Jens Stoltenberg"'])
def test_searching_a_speakers_name_points_to_their_quotes(ds: Datasette, term: str) -> None:
    """The search box finds quotes whose words hold the name; a reader who typed a
    speaker's name (any alias, any case) wanted what that speaker said, and the list now
    links the speaker page and their quotes. A search for words names no one."""
    page = get(ds, "/quotes/quotes_view", params={"_search": term}).text
    hint = re.search(r'<p class="hint speaker-hint">(.*?)</p>', page, re.S)
    assert hint is not None, page[:300]
    sid = speaker_id_for(JENS)
    assert f'href="/quotes/speakers/{sid}"' in hint[1]
    assert f'href="/quotes/quotes_view?speaker_id={sid}"' in hint[1]
    assert "5 quotes" in hint[1]
    for words in ("alliance", "", "<script>"):
        other = get(ds, "/quotes/quotes_view", params={"_search": words}).text
        assert 'class="hint speaker-hint"' not in other


@pytest.mark.parametrize("term", ["", *HOSTILE])
def test_search_on_view_survives_hostile_input(ds: Datasette, term: str) -> None:
    for path in ("/quotes/quotes_view.json", "/quotes/quotes_view", "/quotes/quotes.json"):
        response = get(ds, path, params={"_search": term})
        assert response.status_code == 200, (path, response.text[:300])
    response = get(ds, "/quotes/quotes_view.json", params={"_search_content": term})
    assert response.status_code == 200


@pytest.mark.parametrize("term", ["", "   "])
def test_blank_search_shows_every_row(ds: Datasette, term: str) -> None:
    """What an empty search box submits: all rows, not an FTS syntax error."""
    data = get(ds, "/quotes/quotes_view.json", params={"_search": term}).json()
    assert data["filtered_table_rows_count"] == 12


def test_immutable_mode_serves_the_same(ds_immutable: Datasette) -> None:
    data = get(ds_immutable, "/quotes/quotes_view.json").json()
    assert data["filtered_table_rows_count"] == 12
    assert {
        r["content"] for r in rows(ds_immutable, "/quotes/quotes_view.json", _search="ceasefire")
    }


# -- canned queries -----------------------------------------------------------------------


def _metadata() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))


#: Every canned query of metadata.yml with its parameters: each one is tested below on
#: empty and hostile input, so a new query is covered as soon as it is added.
CANNED: dict[str, list[str]] = {
    name: list(query.get("params") or [])
    for name, query in _metadata()["databases"]["quotes"]["queries"].items()
}


def test_metadata_defines_the_canned_queries() -> None:
    assert {
        "search_quotes": ["q"],
        "speaker_statements": ["speaker"],
        "speaker_timeline": ["speaker"],
        "top_speakers_per_outlet": ["outlet", "top"],
    }.items() <= CANNED.items()


@pytest.mark.parametrize("query", sorted(CANNED))
@pytest.mark.parametrize("value", ["", "   ", *HOSTILE])
def test_canned_queries_answer_200_on_empty_and_hostile_input(
    ds: Datasette, query: str, value: str
) -> None:
    params = {name: value for name in CANNED[query]}
    for suffix in ("", ".json"):
        response = get(ds, f"/quotes/{query}{suffix}", params=params)
        assert response.status_code == 200, (query, value, response.text[:300])


@pytest.mark.parametrize("query", sorted(CANNED))
def test_canned_query_descriptions_state_their_row_limit(query: str) -> None:
    """A query that stops at N rows says so: a reader of 500 search results otherwise takes
    them for every match."""
    canned = _metadata()["databases"]["quotes"]["queries"][query]
    limit = re.search(r"\blimit (\d+)\s*$", canned["sql"])
    # Without a limit of its own, Datasette's max_returned_rows cuts the page and its CSV
    # and JSON alike (speaker_statements: 1,000 of a speaker's 67,440 quotes, unsaid).
    stop = int(limit[1]) if limit else publish.SETTINGS["max_returned_rows"]
    description = " ".join(canned["description"].split())
    assert f"{stop:,}" in description, (query, description)


@pytest.mark.parametrize("query", sorted(CANNED))
def test_canned_queries_answer_200_without_parameters(ds: Datasette, query: str) -> None:
    assert get(ds, f"/quotes/{query}").status_code == 200


@pytest.mark.parametrize("query", sorted(CANNED))
def test_canned_query_results_come_before_their_sql(ds: Datasette, query: str) -> None:
    """A canned query's page puts its form and results first: its SQL (up to 50 lines)
    filled the first screen, so a reader saw no result without scrolling. The SQL is
    one "show" (or "Edit SQL") away."""
    params = {name: "alliance" for name in CANNED[query]}
    page = get(ds, f"/quotes/{query}", params=params).text
    assert '<pre id="sql-query">' not in page and "_show_sql=1" in page
    shown = get(ds, f"/quotes/{query}", params={**params, "_show_sql": "1"}).text
    assert '<pre id="sql-query">' in shown


def test_search_quotes_finds_and_highlights(ds: Datasette) -> None:
    found = rows(ds, "/quotes/search_quotes.json", q="alliance")
    assert len(found) == 2
    assert all("⟦alliance⟧" in r["snippet"] for r in found)
    assert rows(ds, "/quotes/search_quotes.json", q="") == []
    assert rows(ds, "/quotes/search_quotes.json", q="'; drop table quotes; --") == []
    page = get(ds, "/quotes/search_quotes", params={"q": "ceasefire"})
    assert "<mark>ceasefire</mark>" in page.text


@pytest.mark.parametrize(
    "query, params",
    [
        ("search_quotes", {"q": "ceasefire"}),
        ("speaker_statements", {"speaker": "Albares"}),
        ("speaker_timeline", {"speaker": "Albares"}),
        ("top_speakers_per_outlet", {"outlet": "", "top": "5"}),
    ],
)
def test_canned_query_results_link_speakers_and_articles(
    ds: Datasette, quotes_db: Path, query: str, params: dict[str, str]
) -> None:
    """A search result or a speaker's list links on to the speaker and the article, as
    the quotes list does; they were plain text."""
    parsed = PageParser(get(ds, f"/quotes/{query}", params=params).text)
    assert not parsed.misnested
    jose = speaker_id_for(JOSE)
    assert f"/quotes/speakers/{jose}" in parsed.links
    for row in rows(ds, f"/quotes/{query}.json", **params):
        if "title" in row:
            anchor = row.get("quote_id") or row["id"]
            assert f"/quotes/articles/{row['article_id']}#q-{anchor}" in parsed.links


def test_search_quotes_escapes_article_text(tmp_path: Path, quotes_db: Path) -> None:
    """Snippets are highlighted as HTML, so the quoted text itself must be escaped."""
    from quotes.models import Article, Quote, Span
    from quotes.store import Store

    path = tmp_path / "quotes.db"
    shutil.copy(quotes_db, path)
    text = 'Mallory said: "<script>alert(1)</script> ceasefire now"'
    start = text.index("<script>")
    end = text.rindex('"')
    quote = Quote("direct", Span(start, end, text[start:end]), speaker="Mallory")
    with Store(path) as store:
        store.save([(Article("x.txt", text, title="x", outlet="X"), [quote])])
    page = get(publish.make_datasette(path), "/quotes/search_quotes", params={"q": "ceasefire"})
    assert page.status_code == 200
    assert "<script>alert(1)</script>" not in page.text
    assert "&lt;script&gt;" in page.text


@pytest.mark.parametrize("name", [JENS, "jens stoltenberg", "JENS  STOLTENBERG", "NATO chief"])
def test_speaker_statements_by_any_alias(ds: Datasette, name: str) -> None:
    found = rows(ds, "/quotes/speaker_statements.json", speaker=name)
    assert len(found) == 5
    assert {r["speaker"] for r in found} == {JENS}
    assert [r["published"] for r in found] == sorted((r["published"] for r in found), reverse=True)
    assert {"title", "outlet", "published", "url", "content"} <= set(found[0])
    assert found[0]["url"] == "https://news.example/reuters-2"


@pytest.mark.parametrize("name", [JOSE, "Jose Manuel Albares", "jose manuel albarès"])
def test_speaker_statements_ignores_case_and_accents(ds: Datasette, name: str) -> None:
    found = rows(ds, "/quotes/speaker_statements.json", speaker=name)
    assert len(found) == 3
    assert {r["outlet"] for r in found} == {"BBC News", "Le Monde"}


@pytest.mark.parametrize("query", ["speaker_statements", "speaker_timeline"])
def test_speaker_queries_take_a_speaker_id(ds: Datasette, query: str) -> None:
    """The id in a speaker page's URL works as `quotes export --speaker` takes it."""
    by_name = rows(ds, f"/quotes/{query}.json", speaker=JENS)
    assert by_name
    sid = speaker_id_for(JENS)
    assert rows(ds, f"/quotes/{query}.json", speaker=str(sid)) == by_name
    assert rows(ds, f"/quotes/{query}.json", speaker=f" {sid} ") == by_name
    assert rows(ds, f"/quotes/{query}.json", speaker="12345") == []


def test_speaker_statements_falls_back_to_partial_names(ds: Datasette) -> None:
    assert len(rows(ds, "/quotes/speaker_statements.json", speaker="Stoltenberg")) == 5
    assert rows(ds, "/quotes/speaker_statements.json", speaker="Nobody Atall") == []


def test_speaker_timeline_counts_per_month_and_outlet(ds: Datasette) -> None:
    found = rows(ds, "/quotes/speaker_timeline.json", speaker="jens stoltenberg")
    got = {(r["month"], r["outlet"]): r["statements"] for r in found}
    assert got == {
        ("2024-01", "Reuters"): 2,
        ("2024-02", "BBC News"): 1,
        ("2024-02", "Le Monde"): 1,
        ("2024-03", "Reuters"): 1,
    }
    assert [r["month"] for r in found] == sorted(r["month"] for r in found)


def test_top_speakers_per_outlet(ds: Datasette) -> None:
    found = rows(ds, "/quotes/top_speakers_per_outlet.json")
    reuters = [
        (r["rank"], r["speaker"], r["statements"]) for r in found if r["outlet"] == "Reuters"
    ]
    assert reuters == [(1, JENS, 3), (2, "NATO", 2)]
    assert {r["outlet"] for r in found} == {"Reuters", "BBC News", "Le Monde"}
    only = rows(ds, "/quotes/top_speakers_per_outlet.json", outlet="bbc news", top="1")
    assert [(r["outlet"], r["speaker"], r["statements"]) for r in only] == [("BBC News", JOSE, 2)]


def test_top_speakers_per_outlet_reads_a_covering_index(quotes_db: Path) -> None:
    """Grouping every quote by outlet and speaker through two joins took 1.9 s on a
    million quotes (the public time limit is 3 s); one covering index serves it (0.26 s)."""
    from quotes.plugins.quotes_datasette import sql_speaker_key

    sql = _metadata()["databases"]["quotes"]["queries"]["top_speakers_per_outlet"]["sql"]
    conn = sqlite3.connect(quotes_db)
    try:
        conn.create_function("speaker_key", 1, sql_speaker_key)
        for outlet in ("", "Reuters"):
            plan = " | ".join(
                row[3]
                for row in conn.execute(f"explain query plan {sql}", {"outlet": outlet, "top": ""})
            )
            assert "COVERING INDEX idx_quotes_outlet_speaker" in plan, plan
            assert "SCAN quotes" not in plan and "articles" not in plan, plan
    finally:
        conn.close()


# -- pages, labels, hidden tables --------------------------------------------------------


def first_quote_id(quotes_db: Path, content: str) -> int:
    conn = sqlite3.connect(quotes_db)
    try:
        return conn.execute("select id from quotes where content = ?", [content]).fetchone()[0]
    finally:
        conn.close()


def test_row_page_labels_foreign_keys(ds: Datasette, quotes_db: Path) -> None:
    qid = first_quote_id(quotes_db, "Russia was preparing for a long war")
    page = get(ds, f"/quotes/quotes/{qid}")
    assert page.status_code == 200
    speaker = speaker_id_for(JENS)
    assert f'<a href="/quotes/speakers/{speaker}">{JENS}</a>' in page.text
    assert ">Alliance warns Moscow</a>" in page.text


def test_table_page_labels_foreign_keys(ds: Datasette) -> None:
    data = get(ds, "/quotes/quotes.json", params={"_labels": "on", "_search": "ceasefire"}).json()
    (row,) = data["rows"]  # with labels on, rows come as objects
    assert row["speaker_id"]["label"] == JOSE
    assert row["article_id"]["label"] == "Spain calls for ceasefire"


def test_hidden_tables_not_listed(ds: Datasette) -> None:
    tables = {t["name"]: t for t in get(ds, "/quotes.json").json()["tables"]}
    for name in ("quotes_fts", "quotes_fts_data", "quotes_fts_idx", "_sqlite_migrations"):
        assert tables[name]["hidden"] is True
    for name in ("quotes", "articles", "speakers", "outlets", "speaker_aliases"):
        assert tables[name]["hidden"] is False
    page = get(ds, "/quotes")
    assert page.status_code == 200
    assert "_sqlite_migrations" not in page.text
    assert "quotes_fts_data" not in page.text
    assert "speaker_statements" in page.text  # the canned queries are listed


def test_about_page_and_title(ds: Datasette) -> None:
    assert get(ds, "/about").status_code == 200
    assert "quotes: who said what in the news" in get(ds, "/").text


# -- errors: right status codes, nothing on the console ----------------------------------


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/quotes/quotes/-/insert", 404),
        ("post", "/quotes/quotes/-/insert", None),
        ("get", "/quotes/no_such_table", 404),
        ("get", "/quotes/quotes/123", 404),
        ("get", "/quotes/quotes/123.json", 404),
        ("get", "/no_such_database", 404),
        ("get", "/quotes/no_such_table.json", 404),
        ("get", "/quotes/no_such_table/1", 404),
        ("get", "/quotes/no_such_table/1.json", 404),
        ("get", "/quotes/-/create", 404),
        ("get", "/quotes/quotes_view/1", None),
        ("get", "/quotes/search_quotes/1", 404),  # a canned query has no rows
        ("get", "/quotes/search_quotes/1.json", 404),
        ("post", "/quotes/speaker_statements/x", 404),
        # Only a canned query that writes takes a POST; Datasette 0.65 answered 500.
        ("post", "/quotes/quotes", 405),
        ("post", "/quotes/quotes.json", 405),
        ("post", "/quotes/quotes_view", 405),
        ("post", "/quotes/search_quotes", 405),
        ("post", "/quotes/search_quotes.json", 405),
        ("put", "/quotes/speakers", 405),
        ("post", "/quotes/no_such_table", 404),
        ("post", "/quotes/no_such_table/1", 404),
        ("delete", "/quotes/-", 404),
        ("get", "/quotes/articles?_facet=no_such_column", 400),
        ("get", "/quotes.json?sql=select+nosuch+from+quotes", 400),
        # A printf padding to two billion characters ran for a minute inside one SQLite
        # call, beyond the time limit's reach, and the server answered nothing else.
        ("get", "/quotes.json?sql=select+printf(%27%25.*c%27,2000000000,%27x%27)", 400),
        ("get", "/quotes.json?sql=select+format(%27%252000000000d%27,1)", 400),
        # A facet size that is no number was read as none (200, the default size).
        ("get", "/quotes/quotes_view.json?_facet=speaker&_facet_size=abc", 400),
        ("get", "/quotes/quotes_view?_facet=speaker&_facet_size=-5", 400),
        # Each unknown parameter is a column filter: 3,000 held the server past a minute.
        ("get", "/quotes/quotes_view.json?" + "&".join(f"p{i}=1" for i in range(3000)), 400),
        # The database page as rows, which it has none of: KeyError "rows"/"columns", a 500.
        ("get", "/quotes.csv", 400),
        ("get", "/quotes.json?_shape=array", 400),
        ("get", "/quotes.json?_shape=arrayfirst", 400),
        ("get", "/quotes.json?_shape=array&_nl=on", 400),
        # A gigabyte value: one SQLite call the time limit cannot stop, then a 1.3 GB
        # response; the server answered nothing else for over a minute.
        ("get", "/quotes.json?sql=select+randomblob(1000000000)", 400),
        ("get", "/quotes.json?sql=select+zeroblob(100000000)", 400),
    ],
)
def test_errors_are_quiet_4xx(
    ds: Datasette, capfd: pytest.CaptureFixture[str], method: str, path: str, status: int | None
) -> None:
    response = asyncio.run(getattr(ds.client, method)(path))
    if status is None:
        assert 400 <= response.status_code < 500
    else:
        assert response.status_code == status
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err
    assert "ERROR: conn=" not in out + err  # Datasette's print of a failed row query
    assert "Traceback" not in response.text


def test_the_database_page_json_and_a_query_below_the_value_limit_still_answer(ds: Datasette) -> None:
    """The guards above refuse only what failed: the database's JSON without a shape,
    ``?sql=`` as CSV, and a value of a few megabytes still answer 200."""
    assert get(ds, "/quotes.json").status_code == 200
    assert get(ds, "/quotes.csv?sql=select+1+as+one").text.splitlines() == ["one", "1"]
    data = get(ds, "/quotes.json?sql=select+length(zeroblob(5000000))+as+n&_shape=array").json()
    assert data == [{"n": 5_000_000}]


def test_a_long_query_string_is_not_echoed_into_an_oversized_header(ds: Datasette) -> None:
    """Datasette echoes the query string in a ``Link`` header: a 100 KB search made a
    header over 64 KB that clients and proxies refuse to read (the page itself answered;
    httpx itself sends no URL over 64 KB, so 60 KB here)."""
    response = get(ds, "/quotes/speaker_statements?speaker=" + "y" * 60_000)
    assert response.status_code == 200
    assert all(len(value) <= 8192 for value in response.headers.values())
    short = get(ds, "/quotes/speaker_statements?speaker=Jens")
    assert "alternate" in short.headers.get("link", "")


@pytest.mark.parametrize("size", ["1", "max"])
def test_a_good_facet_size_is_taken(ds: Datasette, size: str) -> None:
    data = get(ds, f"/quotes/quotes_view.json?_facet=speaker&_facet_size={size}").json()
    assert len(data["facet_results"]["speaker"]["results"]) >= 1


def test_a_refused_printf_prints_no_traceback_on_the_console() -> None:
    """Datasette turns on sqlite3's callback tracebacks: the refusal that makes the query
    a 400 was also printed on the server's console as "Exception ignored in ..."."""
    import types

    from quotes.plugins import quotes_datasette

    seen: list[BaseException] = []
    quiet = quotes_datasette._quiet_refusals(lambda unraisable: seen.append(unraisable.exc_value))
    quiet(types.SimpleNamespace(exc_value=quotes_datasette.PrintfRefused("too wide")))
    other = ValueError("a real bug")
    quiet(types.SimpleNamespace(exc_value=other))
    assert seen == [other]
    try:
        quotes_datasette.bounded_printf("%.*c", 2_000_000_000, "x")
    except quotes_datasette.PrintfRefused:
        pass
    else:
        raise AssertionError("a two-billion-character printf was not refused")


def test_printf_still_formats_in_sql(ds: Datasette) -> None:
    data = get(ds, "/quotes.json?sql=select+printf(%27%25d-%25s-%25.*c%27,3,%27a%27,2,%27x%27)+as+p").json()
    assert data["rows"][0][0] == "3-a-xx"


def test_bad_sql_is_a_400_without_traceback(
    ds: Datasette, capfd: pytest.CaptureFixture[str]
) -> None:
    response = get(ds, "/quotes.json", params={"sql": "select * from nowhere"})
    assert response.status_code == 400
    assert "Traceback" not in "".join(capfd.readouterr())


def test_real_500_is_one_log_line(
    ds: Datasette, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A genuine server error (here: the database lookup failing) is logged, not dumped."""

    def broken(*args: Any, **kwargs: Any) -> None:
        raise ValueError("lookup broke")

    monkeypatch.setattr(ds, "get_database", broken)
    with caplog.at_level("ERROR", logger="quotes.publish"):
        response = get(ds, "/quotes/search_quotes", params={"q": "x"})
    assert response.status_code == 500
    (record,) = [r for r in caplog.records if r.name == "quotes.publish"]
    assert "ValueError" in record.getMessage() and "\n" not in record.getMessage()
    assert record.exc_info is None


def test_bad_timelimit_and_messages_form_are_400(
    ds: Datasette, caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    """Datasette checks these with int() and assert: a typo in the URL or form was a 500."""
    with caplog.at_level("ERROR", logger="quotes.publish"):
        bad_limit = get(ds, "/quotes/search_quotes.json", params={"q": "x", "_timelimit": "abc"})
        bad_form = post(ds, "/-/messages", data={"message": "x", "message_type": "1"})
        fine = get(ds, "/quotes/search_quotes.json", params={"q": "x", "_timelimit": "500"})
    assert bad_limit.status_code == 400
    assert "_timelimit must be a whole number" in bad_limit.json()["error"]
    assert bad_form.status_code == 400
    assert fine.status_code == 200
    assert not [r for r in caplog.records if r.name == "quotes.publish"]
    assert "Traceback" not in "".join(capfd.readouterr())


@pytest.mark.parametrize(
    "params",
    [
        {"_sort": "nonexistent"},
        {"_sort_desc": "nonexistent"},
        {"_sort": "id", "_sort_desc": "id"},
        {"_through": '{"table": "nope", "column": "x", "value": "1"}'},
    ],
)
def test_bad_sort_or_through_is_400(
    ds: Datasette, params: dict[str, str], capfd: pytest.CaptureFixture[str]
) -> None:
    """Datasette raises these request errors with no status, which made them a 500."""
    for path in ("/quotes/quotes.json", "/quotes/quotes"):
        response = get(ds, path, params=params)
        assert response.status_code == 400, (path, params, response.text[:200])
    assert "Traceback" not in "".join(capfd.readouterr())


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/quotes/quotes.json", {"_through": "not json"}),
        ("/quotes/quotes_view.json", {"_next": "garbage"}),
        ("/quotes/quotes_view", {"_next": "garbage"}),
        ("/quotes/quotes_view", {"_next": "-99999999999999999999"}),
        ("/quotes/quotes_view.json", {"_next": "99999999999999999999"}),
        ("/quotes/quotes_view.csv", {"_next": "-99999999999999999999"}),
        ("/quotes/quotes.json", {"id__gt": "99999999999999999999"}),
        ("/quotes/quotes_view", {"confidence__lte": "9223372036854775808"}),
        ("/quotes/speakers.csv", {"rowid__gte": "99999999999999999999"}),
        ("/quotes/quotes.json", {"id__in": "[99999999999999999999]"}),
        ("/quotes/articles", {"id__notin": "[99999999999999999999]"}),
        ("/quotes/quotes.csv", {"_timelimit": "-1"}),
        ("/quotes/quotes", {"id__in": "["}),
        ("/quotes/quotes.json", {"type__notin": "[direct"}),
        ("/quotes/speakers.json", {"_facet_date": "{"}),
        ("/quotes/quotes", {"_facet": "{type"}),
        ("/quotes/quotes.csv", {"_through": "[1,2]"}),
        ("/quotes/quotes.json", {"_through": '{"table": "speakers"}'}),
        ("/quotes/speaker_aliases.json", {"_facet_date": "\x00"}),
        ("/quotes/quotes_view.json", {"_facet_array": "\x00"}),
    ],
)
def test_bad_through_next_or_csv_timeout_is_400(
    ds: Datasette, path: str, params: dict[str, str], capfd: pytest.CaptureFixture[str]
) -> None:
    """A `_through` that is not a JSON object with its three keys, a view's `_next` that is no page token (or an
    offset past 64 bits: SQLite's "datatype mismatch"; and a numeric filter's value past 64 bits,
    which sqlite3 cannot bind: OverflowError; both found by bad66), a CSV
    query over its time limit, an `__in` / `__notin` filter opening with "[" that is no
    JSON list, a facet opening with "{" that is no JSON object, and a facet column with a
    NUL in its name (found by fuzz53) raised bare exceptions: a 500 for what the request
    asked."""
    response = get(ds, path, params=params)
    assert response.status_code == 400, (path, params, response.text[:200])
    assert "Traceback" not in "".join(capfd.readouterr())


@pytest.mark.parametrize(
    "path",
    [
        "/%00",
        "/-/static-plugins/quotes_datasette/..%2f..%2f..%2f..%2fetc%2fpasswd",
        "/quotes/quotes/%0d%0aSet-Cookie:%20x=1",
        "/quotes/quotes_view%2Ejson",
        "/quotes/quotes_view.xml",
        "/quotes/articles/1.xml",
        "/quotes.xml",
        "/quotes/quotes/-/insert/",
        "/quotes/quotes/-/insert//?x=1",
        "/quotes/no_such_table/",
        "/quotes/no%20such/",
    ],
)
def test_a_missing_page_is_404_not_a_redirect_or_another_page(
    ds: Datasette, path: str, capfd: pytest.CaptureFixture[str]
) -> None:
    """Datasette 0.65 redirected every missing %-escaped path to its tilde-encoded twin
    (302, then 404), and served a table's HTML page for an unknown format (``.xml``)."""
    response = get(ds, path)
    assert response.status_code == 404, (path, response.headers.get("location"))
    assert "Traceback" not in "".join(capfd.readouterr())


def test_a_redirect_to_a_page_that_exists_is_kept(ds: Datasette) -> None:
    response = get(ds, "/quotes/quotes%5Fview")
    assert response.status_code == 302
    assert response.headers["location"] == "/quotes/quotes~5Fview"
    response = get(ds, "/quotes/quotes_view/?_size=1")
    assert response.status_code == 302
    assert response.headers["location"] == "/quotes/quotes_view?_size=1"
    assert get(ds, "/quotes/quotes_view.csv").status_code == 200
    assert get(ds, "/robots.txt").status_code == 200


@pytest.mark.parametrize(
    "path",
    ["/quotes/quotes_view", "/quotes/quotes.json", "/quotes/search_quotes", "/quotes/articles/1"],
)
def test_post_to_a_read_only_page_is_405(
    ds: Datasette, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    """A POST to a table, view, row or read-only canned query was a 500 (an assert in
    Datasette's table view, an AttributeError in its query view)."""
    with caplog.at_level("ERROR", logger="quotes.publish"):
        response = post(ds, path, data={"q": "x", "sql": "delete from quotes"})
    assert response.status_code == 405, response.text[:200]
    assert response.headers["allow"] == "GET, HEAD"
    assert not [r for r in caplog.records if r.name == "quotes.publish"]
    assert rows(ds, "/quotes/quotes.json", _col="id")  # nothing deleted


@pytest.mark.parametrize("method", ["TRACE", "CONNECT", "PROPFIND"])
@pytest.mark.parametrize("path", ["/", "/quotes", "/quotes/quotes_view", "/nope"])
def test_a_method_no_page_takes_is_405_not_500(
    ds: Datasette, method: str, path: str, caplog: pytest.LogCaptureFixture
) -> None:
    """Datasette 0.65 looks the method up on the view (``getattr(view, "trace")``) and
    called the None it found: a 500 and an error line for ``TRACE /``."""
    with caplog.at_level("ERROR", logger="quotes.publish"):
        response = asyncio.run(ds.client.request(method, path))
    assert response.status_code == 405, response.text[:200]
    assert response.headers["allow"] == "GET, HEAD"
    assert f"{method} is not allowed here" in response.text
    assert not [r for r in caplog.records if r.name == "quotes.publish"]


def test_where_with_two_statements_is_400(ds: Datasette) -> None:
    response = get(ds, "/quotes/quotes_view.json", params={"_where": "1=1; drop table quotes"})
    assert response.status_code == 400, response.text[:200]
    assert "_where must be one SQL condition" in response.json()["error"]


# -- streaming all rows past the 1,000 row cap -------------------------------------------


def test_streamed_csv_holds_every_row_of_a_speaker(big_db: Path) -> None:
    ds = publish.make_datasette(big_db)
    response = get(ds, "/quotes/quotes_view.csv", params={"_stream": "on", "speaker": BIG_SPEAKER})
    assert response.status_code == 200
    streamed = list(csv.DictReader(io.StringIO(response.text)))
    conn = sqlite3.connect(big_db)
    expected = {
        str(r[0])
        for r in conn.execute(
            "select id from quotes where speaker_id = ?", [speaker_id_for(BIG_SPEAKER)]
        )
    }
    conn.close()
    assert len(expected) == BIG_COUNT > 1000
    assert len(streamed) == BIG_COUNT
    assert {r["id"] for r in streamed} == expected
    assert {r["speaker"] for r in streamed} == {BIG_SPEAKER}
    # Without _stream the cap applies: proof the fixture is big enough to matter.
    capped = get(ds, "/quotes/quotes_view.json", params={"speaker": BIG_SPEAKER, "_size": "max"})
    assert len(capped.json()["rows"]) == 1000


# -- configuration ------------------------------------------------------------------------


def test_packaged_metadata_is_identical_to_the_root_copy() -> None:
    packaged = ROOT / "quotes" / "data" / "metadata.yml"
    assert packaged.read_bytes() == (ROOT / "metadata.yml").read_bytes()


def test_metadata_follows_the_database_file_name(tmp_path: Path, quotes_db: Path) -> None:
    other = tmp_path / "news-2024.db"
    shutil.copy(quotes_db, other)
    ds = publish.make_datasette(other)
    assert rows(ds, "/news-2024/speaker_statements.json", speaker=JENS)
    data = get(ds, "/news-2024/quotes_view.json").json()
    facets = _metadata()["databases"]["quotes"]["tables"]["quotes_view"]["facets"]
    expected = {f if isinstance(f, str) else next(iter(f.values())) for f in facets}
    assert set(data["facet_results"]) == expected >= {"speaker", "outlet", "type", "published"}


@pytest.mark.parametrize("name", ["quotes", "news-2024"])
def test_index_page_links_into_the_database(tmp_path: Path, quotes_db: Path, name: str) -> None:
    """The home page leads to the quotes list and the canned queries (it listed only the
    biggest tables, without quotes_view), under whatever name the file gives the database."""
    path = tmp_path / f"{name}.db"
    shutil.copy(quotes_db, path)
    ds = publish.make_datasette(path)
    parsed = PageParser(get(ds, "/").text)
    inside = [link for link in parsed.links if link.startswith(f"{name}/") or link == f"{name}#queries"]
    assert f"{name}/quotes_view" in inside and f"{name}/search_quotes" in inside
    for link in inside:
        assert get(ds, "/" + link.split("#")[0]).status_code == 200, link


def test_every_visible_column_is_described(quotes_db: Path) -> None:
    """Each column a reader sees on a table page has its description (speaker_links had no
    description at all; the quotes table's copied speaker, outlet, title, url had none)."""
    tables = _metadata()["databases"]["quotes"]["tables"]
    conn = sqlite3.connect(quotes_db)
    try:
        names = conn.execute("select name from sqlite_master where type in ('table', 'view')")
        for (name,) in names.fetchall():
            meta = tables.get(name) or {}
            if meta.get("hidden"):
                continue
            assert meta.get("description"), name
            columns = [row[1] for row in conn.execute(f"pragma table_info([{name}])")]
            assert set(columns) <= set(meta.get("columns") or {}), (name, columns)
    finally:
        conn.close()


def test_settings_applied(ds: Datasette) -> None:
    assert ds.setting("sql_time_limit_ms") == publish.SETTINGS["sql_time_limit_ms"]
    assert ds.setting("allow_csv_stream") is True


def test_missing_or_foreign_database_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        publish.make_datasette(tmp_path / "absent.db")
    text = tmp_path / "notes.db"
    text.write_text("not sqlite")
    with pytest.raises(DatabaseError, match="not an SQLite database"):
        publish.make_datasette(text)
    empty = tmp_path / "empty.db"
    sqlite3.connect(empty).execute("create table t (x)").connection.close()
    with pytest.raises(DatabaseError, match="not a quotes database"):
        publish.make_datasette(empty)


def test_bad_metadata_is_a_usage_error(tmp_path: Path, quotes_db: Path) -> None:
    bad = tmp_path / "metadata.yml"
    bad.write_text("title: [unclosed\n")
    with pytest.raises(UsageError, match="invalid metadata"):
        publish.make_datasette(quotes_db, metadata=bad)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_busy_port_is_a_usage_error() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        port = sock.getsockname()[1]
        with pytest.raises(UsageError, match="port already in use"):
            publish.check_port_free("127.0.0.1", port)


def test_serve_under_uvicorn_answers_404_quietly(quotes_db: Path) -> None:
    """The real server: 404s (not 500s) and no traceback on its console."""
    port = free_port()
    code = f"from quotes.publish import serve; serve({str(quotes_db)!r}, port={port})"
    proc = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_server(proc, base)
        assert httpx.get(f"{base}/quotes/quotes/-/insert").status_code == 404
        assert httpx.post(f"{base}/quotes/quotes/-/insert").status_code < 500
        assert httpx.get(f"{base}/quotes/quotes/123").status_code == 404
        assert httpx.get(f"{base}/quotes/nope").status_code == 404
        assert httpx.get(f"{base}/quotes/nope/1").status_code == 404
        assert httpx.get(f"{base}/quotes/articles?_facet=no_such_column").status_code == 400
        assert httpx.get(f"{base}/quotes/quotes_view.json").status_code == 200
    finally:
        proc.terminate()
        try:
            output, _ = proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            output, _ = proc.communicate()
    assert "Traceback" not in output
    assert "ERROR: conn=" not in output
    assert "RuntimeWarning" not in output
    assert 'GET /quotes/quotes/-/insert HTTP/1.1" 404' in output


def test_serve_under_uvicorn_answers_a_200_kb_url(quotes_db: Path, tmp_path: Path) -> None:
    """uvicorn's h11 read at most 16 KB of an incomplete request: a ``?sql=`` of 200 KB
    had the connection cut ("connection reset", a warning on the console) instead of the
    400 that says what is wrong with the query. (The console goes to a file: the access
    line of a 200 KB URL would fill a pipe nobody reads yet.)"""
    port = free_port()
    code = f"from quotes.publish import serve; serve({str(quotes_db)!r}, port={port})"
    console = (tmp_path / "console.log").open("w+")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=console, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_server(proc, base)
        import http.client  # httpx itself sends no URL over 64 KB

        long_sql = "select+1" + "+union+all+select+1" * 10_000
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("GET", f"/quotes.json?sql={long_sql}")
        answer = conn.getresponse()
        body = answer.read().decode("utf-8", "replace")
        conn.close()
        assert answer.status == 400
        assert "too many terms" in body
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    console.seek(0)
    output = console.read()
    assert "Invalid HTTP request" not in output
    assert "Traceback" not in output


@pytest.mark.parametrize(
    ("signame", "code", "what"),
    [("SIGINT", 130, "interrupted"), ("SIGTERM", 143, "terminated"), ("SIGHUP", 129, "hung up")],
)
def test_quotes_serve_stopped_by_a_signal_ends_with_one_line_and_its_code(
    quotes_db: Path, signame: str, code: int, what: str
) -> None:
    """Every command stops on Ctrl-C, SIGTERM and SIGHUP with one line and 130/143/129.
    ``quotes serve`` ended with 0 on Ctrl-C (uvicorn.run swallowed it), died of SIGTERM
    (-15, no line), and SIGHUP struck inside the event loop with a traceback."""
    import signal

    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "serve", "--db", str(quotes_db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for_server(proc, base)
        assert httpx.get(f"{base}/quotes/quotes_view.json").status_code == 200
        proc.send_signal(getattr(signal, signame))
        _, stderr = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == code, stderr
    assert "Traceback" not in stderr
    errors = [line for line in stderr.splitlines() if line.startswith("Error:")]
    assert errors == [f"Error: {what}; the database is unchanged"]


# -- pages for people: article, speaker, quotes list --------------------------------------


def article_id(db_path: Path, source: str) -> int:
    conn = sqlite3.connect(db_path)
    try:
        return conn.execute("select id from articles where source = ?", [source]).fetchone()[0]
    finally:
        conn.close()


def quotes_of(db_path: Path, article: int) -> list[dict[str, Any]]:
    conn = sqlite3.connect(db_path)
    conn.row_factory = sqlite3.Row
    try:
        found = conn.execute(
            "select * from quotes where article_id = ? order by content_start", [article]
        )
        return [dict(r) for r in found]
    finally:
        conn.close()


def test_article_page_marks_every_quote_in_the_text(ds: Datasette, quotes_db: Path) -> None:
    aid = article_id(quotes_db, "bbc-1.txt")
    page = get(ds, f"/quotes/articles/{aid}")
    assert page.status_code == 200
    parsed = PageParser(page.text)
    marks = parsed.article_marks()
    expected = quotes_of(quotes_db, aid)
    assert len(expected) == 4
    assert [m.quote_id for m in marks] == [str(q["id"]) for q in expected]
    for mark, quote in zip(marks, expected, strict=True):
        assert mark.text == quote["content"]  # escaped in HTML, the same text once parsed
        assert f"quote-{quote['type']}" in mark.classes
        assert mark.hrefs == [f"/quotes/speakers/{quote['speaker_id']}"]
        assert f'href="/quotes/quotes/{quote["id"]}"' in page.text  # the numbered marker
    assert f'id="q-{expected[0]["id"]}"' in page.text
    # Header, legend and the list of the article's quotes.
    for text in (
        "Spain calls for ceasefire",
        "BBC News",
        "2024-02-03",
        "https://news.example/bbc-1",
    ):
        assert text in page.text
    assert 'class="quote-legend"' in page.text
    assert page.text.count('class="quote-item quote-item-') == 4
    assert f'href="/quotes/speakers/{speaker_id_for(JOSE)}"' in page.text
    # Datasette's own rendering of the row stays available.
    assert "<details" in page.text and 'class="rows-and-columns"' in page.text


def test_article_page_without_speaker_and_plain_layout(ds: Datasette, quotes_db: Path) -> None:
    aid = article_id(quotes_db, "reuters-2.txt")
    marks = PageParser(get(ds, f"/quotes/articles/{aid}").text).article_marks()
    unattributed = [m for m in marks if "Nobody knows" in m.text]
    assert len(marks) == 3 and len(unattributed) == 1
    assert unattributed[0].hrefs == []
    plain = get(ds, f"/quotes/articles/{aid}", params={"_layout": "table"})
    assert plain.status_code == 200
    assert 'class="article-text"' not in plain.text
    assert get(ds, f"/quotes/articles/{aid}.json").json()["rows"]


@pytest.mark.parametrize("pk", ["123", "abc", "~27x~22", "1,2"])
def test_article_and_speaker_pages_404_for_unknown_rows(ds: Datasette, pk: str) -> None:
    for table in ("articles", "speakers"):
        assert get(ds, f"/quotes/{table}/{pk}").status_code == 404


def test_article_page_escapes_text_and_title(tmp_path: Path, quotes_db: Path) -> None:
    from quotes.models import Article, Quote, Span
    from quotes.store import Store

    path = tmp_path / "quotes.db"
    shutil.copy(quotes_db, path)
    text = 'Mallory said: "<script>alert(1)</script> & <b>now</b>" said <i>Eve</i>.'
    start, end = text.index("<script>"), text.rindex('"')
    quote = Quote(
        "direct", Span(start, end, text[start:end]), speaker="<img src=x onerror=alert(2)>"
    )
    article = Article("x.txt", text, title="<h1>Title</h1>", outlet="X", url="javascript:alert(3)")
    with Store(path) as store:
        store.save([(article, [quote])])
    page = get(publish.make_datasette(path), f"/quotes/articles/{article.id}")
    assert page.status_code == 200
    for raw in ("<script>alert(1)", "<b>now</b>", "<i>Eve</i>", "<img src=x", "<h1>Title</h1>"):
        assert raw not in page.text
    assert 'href="javascript:' not in page.text
    (mark,) = PageParser(page.text).article_marks()
    assert mark.text == text[start:end]


def test_quotes_row_page_links_to_the_quote_in_its_article(ds: Datasette, quotes_db: Path) -> None:
    qid = first_quote_id(quotes_db, "Russia was preparing for a long war")
    aid = article_id(quotes_db, "reuters-2.txt")
    assert f'href="/quotes/articles/{aid}#q-{qid}"' in get(ds, f"/quotes/quotes/{qid}").text


def test_speaker_page(ds: Datasette, quotes_db: Path) -> None:
    sid = speaker_id_for(JENS)
    page = get(ds, f"/quotes/speakers/{sid}")
    assert page.status_code == 200
    parsed = PageParser(page.text)
    assert len(parsed.marks) == 5  # every statement, newest first
    assert all(m.quote_id for m in parsed.marks)
    dates = re.findall(r"<time>([\d-]+)</time>", page.text)
    assert dates == sorted(dates, reverse=True) and len(dates) == 5
    assert "NATO chief" in page.text  # aliases
    for outlet in ("Reuters", "BBC News", "Le Monde"):
        assert outlet in page.text
    assert any(link.startswith("/quotes/articles/") and "#q-" in link for link in parsed.links)
    exports = [link for link in parsed.links if "_stream=on" in link]
    assert {link.split("?")[0] for link in exports} == {
        "/quotes/quotes_view.csv",
        "/quotes/quotes_view.json",
    }
    for link in exports:
        response = get(ds, link.replace("&amp;", "&"))
        assert response.status_code == 200
        if ".json" in link:
            assert len(response.json()) == 5
        else:
            assert len(list(csv.DictReader(io.StringIO(response.text)))) == 5


BOM = b"\xef\xbb\xbf"


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/quotes/quotes_view.csv", {}),
        ("/quotes/quotes_view.csv", {"_stream": "on", "speaker": JOSE, "_dl": "1"}),
        ("/quotes/quotes.csv", {"_search": "alliance"}),
        ("/quotes/search_quotes.csv", {"q": "alliance"}),
        ("/quotes.csv", {"sql": "select name from speakers order by name"}),
    ],
)
def test_csv_bom_is_an_opt_in(ds: Datasette, path: str, params: dict[str, str]) -> None:
    """``_bom=1`` starts a CSV with the UTF-8 byte-order mark Excel needs to read "José"
    (without it Excel shows "JosÃ©"), the rest byte for byte the same; the default, and
    ``_bom=0``, stay without one. Datasette 0.65 had no way to get the mark."""
    plain = get(ds, path, params=params)
    assert plain.status_code == 200 and not plain.content.startswith(BOM)
    marked = get(ds, path, params={**params, "_bom": "1"})
    assert marked.status_code == 200
    assert marked.content == BOM + plain.content
    assert marked.headers["content-type"] == plain.headers["content-type"]
    assert get(ds, path, params={**params, "_bom": "0"}).content == plain.content


def test_csv_bom_leaves_json_and_errors_alone(ds: Datasette) -> None:
    """No mark where it does not belong: JSON forbids one, and an error page is no CSV."""
    data = get(ds, "/quotes/quotes_view.json", params={"_bom": "1", "_shape": "array"})
    assert data.status_code == 200 and len(data.json()) == 12
    error = get(ds, "/quotes/quotes_view.csv", params={"_bom": "1", "_sort": "nosuch"})
    assert error.status_code == 400 and not error.content.startswith(BOM)
    # _bom is no filter: the rows are those of the same URL without it
    assert len(rows(ds, "/quotes/quotes_view.json", _bom="1")) == 12


def test_speaker_downloads_are_named_for_the_speaker(ds: Datasette) -> None:
    """Each speaker's CSV downloads as that speaker's file: every one was quotes_view.csv,
    so three exports in a row could not be told apart. Accents stay in ``filename*``,
    the plain ``filename`` is ASCII; the rows are those of the same URL without it."""
    page = get(ds, f"/quotes/speakers/{speaker_id_for(JOSE)}")
    links = [
        html_lib.unescape(link)
        for link in PageParser(page.text).links
        if link.startswith("/quotes/quotes_view.csv")
    ]
    assert links and all("_filename=" in link for link in links)
    response = get(ds, links[0])
    assert response.status_code == 200
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="Jose-')
    assert disposition.endswith("-quotes.csv") and "filename*=UTF-8''Jos%C3%A9-" in disposition
    plain = get(ds, links[0].replace("_filename=", "_ignored="))
    assert plain.headers["content-disposition"] == 'attachment; filename="quotes_view.csv"'
    assert response.content == plain.content


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ana Ruiz quotes", 'attachment; filename="Ana-Ruiz-quotes.csv"'),
        ("../../etc/passwd", 'attachment; filename="etc-passwd.csv"'),
        ('say "hi"\r\nX-Evil: 1', 'attachment; filename="say-hi-X-Evil-1.csv"'),
        ("Łukasz Żuk", "attachment; filename=\"ukasz-Zuk.csv\"; filename*=UTF-8''%C5%81ukasz-%C5%BBuk.csv"),
        ("東京", "attachment; filename=\"download.csv\"; filename*=UTF-8''%E6%9D%B1%E4%BA%AC.csv"),
    ],
)
def test_download_name_is_safe_in_a_header(name: str, expected: str) -> None:
    """No path, no quote mark, no line break and no non-Latin-1 byte reaches the header."""
    assert download_name(name, ".csv") == expected


def test_filename_without_a_download_or_on_an_error_changes_nothing(ds: Datasette) -> None:
    """``_filename`` names a download only: no ``_dl``, no header; an error stays as it was."""
    shown = get(ds, "/quotes/quotes_view.csv", params={"_filename": "mine"})
    assert shown.status_code == 200 and "content-disposition" not in shown.headers
    error = get(ds, "/quotes/quotes_view.csv", params={"_filename": "x", "_dl": "1", "_sort": "no"})
    assert error.status_code == 400
    named = get(
        ds, "/quotes/quotes_view.json", params={"_filename": "all", "_dl": "1", "_stream": "on"}
    )
    assert named.headers["content-disposition"] == 'attachment; filename="all.json"'
    assert len(named.json()) == 12


def test_speaker_page_offers_a_download_and_a_csv_for_excel(ds: Datasette) -> None:
    """The speaker page's CSV links download a file (``_dl``; the CSV was shown as text
    in the browser tab), and "CSV for Excel" carries the byte-order mark."""
    page = get(ds, f"/quotes/speakers/{speaker_id_for(JOSE)}")
    links = [
        html_lib.unescape(link)
        for link in PageParser(page.text).links
        if link.startswith("/quotes/quotes_view.csv")
    ]
    assert len(links) == 2 and all("_dl=1" in link for link in links)
    excel = [link for link in links if "_bom=1" in link]
    assert len(excel) == 1 and "CSV for Excel" in page.text
    response = get(ds, excel[0])
    assert response.status_code == 200 and response.content.startswith(BOM)
    assert "attachment" in response.headers["content-disposition"]
    with_mark = response.content.decode("utf-8-sig")
    assert {row["speaker"] for row in csv.DictReader(io.StringIO(with_mark))} == {JOSE}


def test_a_bare_surname_page_names_the_people_it_may_be(tmp_path: Path) -> None:
    """The page of "Brandt" (quotes of articles that never gave a first name) names Anna
    and Peter Brandt, linked, the more quoted first: it read as everything a Brandt
    said. Their own pages, and a name nobody else ends in, name no one."""
    db = tmp_path / "quotes.db"
    said = [
        ("a.txt", "Anna Brandt", "the clinic would open in May"),
        ("b.txt", "Peter Brandt", "the union would strike on Monday"),
        ("b.txt", "Peter Brandt", "the depot would close"),
        ("c.txt", "Brandt", "the vote had been rigged"),
        ("c.txt", "Ann Brandtner", "nothing had been decided"),
    ]
    corpus = [
        _article(
            source,
            "Radio Kestrel",
            f"2026-03-0{n}",
            f"Story {n}",
            [
                _Said(name, "said", content, "indirect", name)
                for src, name, content in said
                if src == source
            ],
        )
        for n, source in enumerate(["a.txt", "b.txt", "c.txt"], start=1)
    ]
    with Store(db) as store:
        store.save(corpus)
    ds = publish.make_datasette(db)
    page = get(ds, f"/quotes/speakers/{speaker_id_for('Brandt')}").text
    note = re.search(r'<p class="hint namesakes">(.*?)</p>', page, re.S)
    assert note is not None
    names = re.findall(r'<a href="([^"]+)">([^<]+)</a> \((\d+)\)', note[1])
    shown = [(name, count) for _, name, count in names]
    assert shown == [("Peter Brandt", "2"), ("Anna Brandt", "1")]
    assert names[0][0] == f"/quotes/speakers/{speaker_id_for('Peter Brandt')}"
    for other in ("Anna Brandt", "Ann Brandtner"):
        own = get(ds, f"/quotes/speakers/{speaker_id_for(other)}").text
        assert 'class="hint namesakes"' not in own


def test_unnamed_speaker_page_says_it_is_a_label(ds: Datasette) -> None:
    """"Diplomats" gathers every article's unnamed diplomats: the page says so, where a
    named person's page does not."""
    unnamed = get(ds, f"/quotes/speakers/{speaker_id_for('Diplomats')}").text
    assert "unnamed-note" in unnamed and "different people" in unnamed
    assert "unnamed-note" not in get(ds, f"/quotes/speakers/{speaker_id_for(JENS)}").text


def test_quotes_list_sort_links(ds: Datasette) -> None:
    """The quotes list has no column headers to click and Datasette's sort menu shows on
    small screens only: its sort links sort it, keeping the search and filters."""
    page = get(ds, "/quotes/quotes_view", params={"_search": "alliance", "type": "mixed"})
    assert '<strong class="sort-current">newest first</strong>' in page.text
    sorts = [link.replace("&amp;", "&") for link in PageParser(page.text).links if "_sort" in link]
    assert len(sorts) == 5
    for link in sorts:
        assert "_search=alliance" in link and "type=mixed" in link
    links = PageParser(get(ds, "/quotes/quotes_view").text).links
    for order, column in (("_sort", "published"), ("_sort_desc", "confidence")):
        link = next(x.replace("&amp;", "&") for x in links if f"{order}={column}" in x)
        page = get(ds, link)
        assert '<strong class="sort-current">' in page.text
        assert page.text.count('<span class="confidence"') == 12  # what it is sorted by
        data = get(ds, link.replace("/quotes_view?", "/quotes_view.json?") + "&_shape=array")
        values = [row[column] for row in data.json()]
        assert len(values) == 12
        assert values == sorted(values, reverse=order == "_sort_desc")


def test_quotes_view_lists_quotes_with_links(ds: Datasette, quotes_db: Path) -> None:
    page = get(ds, "/quotes/quotes_view")
    parsed = PageParser(page.text)
    assert len(parsed.marks) == 12
    assert {c for m in parsed.marks for c in m.classes} >= {"quote-direct", "quote-mixed"}
    qid = first_quote_id(quotes_db, "Russia was preparing for a long war")
    aid = article_id(quotes_db, "reuters-2.txt")
    assert f"/quotes/articles/{aid}#q-{qid}" in parsed.links
    assert f"/quotes/speakers/{speaker_id_for(JENS)}" in parsed.links
    assert f"/quotes/quotes/{qid}" in parsed.links
    # Facets still there; the plain table one click away, with the same links.
    assert 'class="facet-info' in page.text or "facet-results" in page.text
    plain = get(ds, "/quotes/quotes_view", params={"_layout": "table"})
    assert 'class="rows-and-columns"' in plain.text
    assert f"/quotes/speakers/{speaker_id_for(JENS)}" in plain.text
    assert len(PageParser(plain.text).marks) == 12
    # Hiding a column the list needs falls back to the table.
    narrow = get(ds, "/quotes/quotes_view", params={"_col": "content"})
    assert narrow.status_code == 200 and 'class="rows-and-columns"' in narrow.text


def test_tables_link_names_and_titles_to_their_pages(
    ds: Datasette, ds_immutable: Datasette, quotes_db: Path
) -> None:
    sid = speaker_id_for(JENS)
    assert f'<a href="/quotes/speakers/{sid}">{JENS}</a>' in get(ds, "/quotes/speakers").text
    aid = article_id(quotes_db, "bbc-1.txt")
    titles = get(ds, "/quotes/articles").text
    assert f'<a href="/quotes/articles/{aid}">Spain calls for ceasefire</a>' in titles
    # The pages work on an immutable (-i) database too.
    page = get(ds_immutable, f"/quotes/articles/{aid}")
    assert len(PageParser(page.text).article_marks()) == 4


def test_pages_follow_the_database_file_name(tmp_path: Path, quotes_db: Path) -> None:
    other = tmp_path / "news-2024.db"
    shutil.copy(quotes_db, other)
    ds = publish.make_datasette(other)
    aid = article_id(other, "bbc-1.txt")
    page = get(ds, f"/news-2024/articles/{aid}")
    marks = PageParser(page.text).article_marks()
    assert len(marks) == 4
    assert all(h.startswith("/news-2024/speakers/") for m in marks for h in m.hrefs)


def test_robots_txt_and_stylesheet(ds: Datasette) -> None:
    robots = get(ds, "/robots.txt")
    assert robots.status_code == 200
    assert "User-agent: *\nDisallow: /" in robots.text
    css = get(ds, "/-/quotes.css")
    assert css.status_code == 200 and "mark.quote-direct" in css.text
    assert "/-/quotes.css?v=" in get(ds, "/quotes/quotes_view").text


@pytest.mark.parametrize("path", ["/robots.txt", "/-/quotes.css"])
@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_robots_txt_and_stylesheet_take_only_get_and_head(
    ds: Datasette, path: str, method: str
) -> None:
    """Our two plain routes answered any method with the file and 200 (a POST "taken");
    Datasette's own pages answer 405 "Method not allowed". HEAD still answers 200."""
    answer = asyncio.run(ds.client.request(method, path))
    assert answer.status_code == 405
    assert answer.headers["allow"] == "GET, HEAD"
    assert asyncio.run(ds.client.request("HEAD", path)).status_code == 200


# -- highlighting: overlapping and nested quotes ------------------------------------------


def _quote(qid: int, start: int, end: int, kind: str = "direct", **extra: Any) -> dict[str, Any]:
    return {
        "id": qid,
        "type": kind,
        "content_start": start,
        "content_end": end,
        "speaker_id": qid * 10,
        "speaker": f"S{qid}",
        "number": qid,
        **extra,
    }


def _plain(html: str) -> str:
    """The text of highlighted HTML without the numbered quote markers."""
    return html_lib.unescape(re.sub(r'<a class="quote-ref"[^>]*>\d*</a>|<[^>]+>', "", html))


def highlight(text: str, quotes: list[dict[str, Any]]) -> str:
    return str(
        quotes_pages.highlight_article(
            text, quotes, lambda s: f"/db/speakers/{s}", lambda q: f"/db/quotes/{q}"
        )
    )


def test_highlight_nested_and_overlapping_quotes() -> None:
    text = "A said: outer <start inner part end> and more & tail."
    quotes = [
        _quote(1, 8, 45),  # outer
        _quote(2, 14, 35, "indirect"),  # nested inside 1
        _quote(3, 40, 53, "mixed"),  # overlaps the end of 1
        _quote(4, 0, 999),  # out of range: listed, not marked
        _quote(5, 5, 5),  # empty: not marked
        _quote(6, 0, 1, speaker_start=0, speaker_end=1, cue_start=2, cue_end=6),
    ]
    html = highlight(text, quotes)
    parsed = PageParser(html)
    assert parsed.misnested == []
    assert _plain(html) == text
    pieces: dict[str, str] = {}
    for mark in parsed.marks:
        pieces[mark.quote_id or ""] = pieces.get(mark.quote_id or "", "") + mark.text
    assert set(pieces) == {"1", "2", "3", "6"}
    assert pieces["2"] == text[14:35]  # innermost wins
    assert pieces["1"] == text[8:14] + text[35:40]  # clipped around 2 and 3
    assert pieces["3"] == text[40:53]
    assert "<script" not in html and "&lt;start" in html
    assert html.count('id="q-1"') == 1  # one anchor per quote, on its first piece
    assert html.count('class="quote-ref"') == 4
    assert "/db/speakers/20" in html and "/db/quotes/3" in html


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet='ab <>&"\n\u00e9', min_size=0, max_size=40),
    spans=st.lists(
        st.tuples(st.integers(-3, 45), st.integers(-3, 45), st.sampled_from(["direct", "x'y"])),
        max_size=8,
    ),
)
def test_highlight_is_well_formed_for_any_spans(
    text: str, spans: list[tuple[int, int, str]]
) -> None:
    quotes = [_quote(i + 1, s, e, kind) for i, (s, e, kind) in enumerate(spans)]
    html = highlight(text, quotes)
    parsed = PageParser(html)
    assert parsed.misnested == []
    assert _plain(html) == text
    for mark in parsed.marks:
        quote = quotes[int(mark.quote_id or 0) - 1]
        assert mark.text in text[quote["content_start"] : quote["content_end"]]
        assert set(mark.classes) <= {"quote", "quote-direct", "quote-other"}


# -- streamed JSON ------------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["arrays", "objects", "object", "nosuch"])
def test_streamed_json_refuses_a_shape_it_does_not_give(ds: Datasette, shape: str) -> None:
    """``.json?_stream=on&_shape=arrays`` answered 200 with an array of objects, so a
    script reading ``row[0]`` met a dict; now a 400 saying what the stream gives.
    ``_shape=array`` (what the stream is) still streams."""
    params = {"_stream": "on", "_shape": shape}
    refused = get(ds, "/quotes/quotes_view.json", params=params)
    assert refused.status_code == 400
    assert "_shape=array" in refused.json()["error"]
    streamed = get(ds, "/quotes/quotes_view.json", params={**params, "_shape": "array"})
    assert streamed.status_code == 200 and len(streamed.json()) == 12


@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("/quotes/quotes_view.json", {}),
        ("/quotes/speaker_statements.json", {"speaker": JENS}),
        ("/quotes.json", {"sql": "select 1"}),
    ],
)
def test_refused_shape_object_is_a_400(ds: Datasette, path: str, params: dict[str, str]) -> None:
    """Datasette 0.65 refuses ``_shape=object`` where rows have no primary key (a view, a
    query) with status 200 and ``{"ok": false, ...}``; a script checking the status took
    the error for the data. A table still answers its rows keyed by id."""
    refused = get(ds, path, params={**params, "_shape": "object"})
    assert refused.status_code == 400
    assert refused.json()["ok"] is False and "_shape=object" in refused.json()["error"]
    keyed = get(ds, "/quotes/quotes.json", params={"_shape": "object"})
    assert keyed.status_code == 200 and len(keyed.json()) == 12


def test_streamed_json_holds_every_row_of_a_speaker(big_db: Path) -> None:
    ds = publish.make_datasette(big_db)
    params = {"_stream": "on", "speaker": BIG_SPEAKER}
    response = get(ds, "/quotes/quotes_view.json", params=params)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/json")
    streamed = response.json()
    assert len(streamed) == BIG_COUNT > 1000
    assert len({r["id"] for r in streamed}) == BIG_COUNT
    assert {r["speaker"] for r in streamed} == {BIG_SPEAKER}
    lines = get(ds, "/quotes/quotes_view.json", params={**params, "_nl": "on"}).text.splitlines()
    assert len(lines) == BIG_COUNT and json.loads(lines[0])["speaker"] == BIG_SPEAKER
    # On a table, with Datasette's filters.
    table = get(
        ds,
        "/quotes/quotes.json",
        params={"_stream": "on", "speaker_id": speaker_id_for(BIG_SPEAKER)},
    )
    assert len(table.json()) == BIG_COUNT


@pytest.mark.parametrize("value", ["", *HOSTILE])
def test_streamed_exports_survive_hostile_filters(ds: Datasette, value: str) -> None:
    for fmt in ("csv", "json"):
        for params in ({"speaker": value}, {"_search": value}):
            response = get(ds, f"/quotes/quotes_view.{fmt}", params={**params, "_stream": "on"})
            assert response.status_code == 200, (fmt, params, response.text[:300])
            if fmt == "json":
                assert isinstance(response.json(), list)


@pytest.mark.parametrize("fmt", ["json", "csv"])
@pytest.mark.parametrize("size", ["abc", "-1", "1.5", "0x10"])
def test_streamed_export_refuses_a_bad_size(ds: Datasette, fmt: str, size: str) -> None:
    """``.json?_stream=on&_size=abc`` answered 200 with every row: the stream dropped
    ``_size`` unread, where the same URL without ``_stream`` is Datasette's 400. A bad
    parameter is a 400 either way; a good one (the stream gives every row anyway) still
    streams."""
    path = f"/quotes/quotes_view.{fmt}"
    refused = get(ds, path, params={"_stream": "on", "_size": size})
    assert refused.status_code == 400, refused.text[:200]
    assert "_size" in refused.text
    for good in ("5", "max"):
        streamed = get(ds, path, params={"_stream": "on", "_size": good})
        assert streamed.status_code == 200


def test_streamed_json_errors(ds: Datasette) -> None:
    assert (
        get(ds, "/quotes/quotes_view.json", params={"_stream": "on", "_next": "5"}).status_code
        == 400
    )
    assert get(ds, "/quotes/nowhere.json", params={"_stream": "on"}).status_code == 404
    bad = get(ds, "/quotes/quotes_view.json", params={"_stream": "on", "_where": "nope("})
    assert bad.status_code == 400 and "Invalid SQL" in bad.text


def test_streamed_csv_of_a_sorted_table_has_no_gaps_or_repeats(big_db: Path) -> None:
    """Datasette 0.65 pages a table sorted by a column with ties wrongly; we sort by pk."""
    ds = publish.make_datasette(big_db)
    sid = speaker_id_for(BIG_SPEAKER)
    response = get(ds, "/quotes/quotes.csv", params={"_stream": "on", "speaker_id": sid})
    ids = [r["id"] for r in csv.DictReader(io.StringIO(response.text))]
    assert len(ids) == len(set(ids)) == BIG_COUNT
    assert ids == sorted(ids, key=int)


def _paged_ids(ds: Datasette, path: str, **params: str) -> list[Any]:
    """Every row id met following ``next`` from the first page (as an API client pages)."""
    ids: list[Any] = []
    query: dict[str, str] = {**params, "_shape": "objects", "_nocount": "1"}
    while True:
        data = get(ds, path, params=query).json()
        ids += [row["id"] for row in data["rows"]]
        if not data.get("next"):
            return ids
        query["_next"] = str(data["next"])


@pytest.mark.parametrize(
    "path, params",
    [
        ("/quotes/quotes.json", {"_size": "97"}),  # metadata's sort_desc: published
        ("/quotes/quotes.json", {"_size": "200", "_sort": "speaker_id"}),
        ("/quotes/quotes.json", {"_size": "150", "_sort_desc": "type"}),
    ],
)
def test_paging_a_sorted_table_meets_every_row_once(
    big_db: Path, path: str, params: dict[str, str]
) -> None:
    """Datasette 0.65 orders a sorted table's first page by the sort column alone and the
    next pages by (sort column, id): with ties, following ``next`` skipped and repeated
    rows (on a 300-article database, 500 distinct statements of 3,159)."""
    ds = publish.make_datasette(big_db)
    table = path.rsplit("/", 1)[1].removesuffix(".json")
    with sqlite3.connect(big_db) as conn:
        total = conn.execute(f"select count(*) from {table}").fetchone()[0]
    ids = _paged_ids(ds, path, **params)
    assert len(ids) == len(set(ids)) == total
    # The HTML page's rows are the JSON page's rows.
    html = get(ds, path.removesuffix(".json"), params={**params, "_col": "id"}).text
    assert "Next page" in html


# -- a damaged full-text index (bad66) ------------------------------------------------------


@pytest.fixture
def damaged_fts_db(tmp_path: Path, quotes_db: Path) -> Path:
    """A copy of the corpus whose FTS5 index blocks were overwritten (quick_check passes)."""
    path = tmp_path / "damaged.db"
    shutil.copy(quotes_db, path)
    conn = sqlite3.connect(path)
    conn.execute("update quotes_fts_data set block = x'0badc0de' where id > 10")
    conn.commit()
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()
    return path


@pytest.mark.parametrize(
    "path",
    [
        "/damaged/quotes_view?_search=ceasefire",
        "/damaged/quotes_view.json?_search=ceasefire",
        "/damaged/quotes.csv?_search=ceasefire",
        "/damaged/search_quotes?q=ceasefire",
        "/damaged/search_quotes.json?q=ceasefire",
        "/damaged.json?sql=select rowid from quotes_fts where quotes_fts match 'ceasefire'",
    ],
)
def test_damaged_search_index_names_the_mend_command(
    damaged_fts_db: Path, path: str, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """Every search on a database whose full-text index is damaged answered SQLite's bare
    "database disk image is malformed": a 500 on table pages, a 400 (the request's fault)
    on canned queries and ?sql=. It is a 500 that says what to run, in one log line."""
    ds = publish.make_datasette(damaged_fts_db)
    response = get(ds, path)
    assert response.status_code == 500, response.text[:300]
    assert f"quotes mend --db {damaged_fts_db}" in html_lib.unescape(response.text)
    assert "Traceback" not in "".join(capfd.readouterr())
    logged = [r.getMessage() for r in caplog.records if "mend" in r.getMessage()]
    assert len(logged) == 1 and "\n" not in logged[0] and "Traceback" not in caplog.text


def test_damaged_search_index_leaves_other_pages_alone(damaged_fts_db: Path) -> None:
    ds = publish.make_datasette(damaged_fts_db)
    for path in ("/damaged/quotes_view.json", "/damaged/speakers", "/damaged.json?sql=select 1"):
        assert get(ds, path).status_code == 200, path


# -- a damaged database FILE: a page of the quotes table overwritten (bad67) ------------------


@pytest.fixture
def damaged_file_db(tmp_path: Path, quotes_db: Path) -> Path:
    """A copy of the corpus whose quotes table's root page was overwritten with garbage
    (a bad disk, a copy cut short): the file itself is damaged, its index is not."""
    path = tmp_path / "damaged.db"
    shutil.copy(quotes_db, path)
    conn = sqlite3.connect(path)
    page_size = conn.execute("pragma page_size").fetchone()[0]
    root = conn.execute("select rootpage from sqlite_master where name = 'quotes'").fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:
        f.seek((root - 1) * page_size)
        f.write(b"\x0d\x00\x00\x00\x03\x0f\xf0" + b"Z" * (page_size - 7))
    return path


@pytest.mark.parametrize(
    "path",
    [
        "/damaged/quotes_view",
        "/damaged/quotes_view.json",
        "/damaged/quotes",
        "/damaged/quotes.csv",
        "/damaged/speaker_statements.json?speaker=Jens Stoltenberg",
        "/damaged.json?sql=select sum(length(content)) from quotes",
    ],
)
def test_damaged_file_says_so_and_what_to_do(
    damaged_file_db: Path, path: str, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """A page of the quotes table overwritten answered SQLite's bare "database disk image is
    malformed" (a 500 on pages, a 400 blaming the request on canned queries and ?sql=).
    It is a 500 naming the file as damaged, saying that `quotes mend` will not repair it
    and what will: a backup or a new extraction; one log line, no traceback."""
    ds = publish.make_datasette(damaged_file_db)
    response = get(ds, path)
    assert response.status_code == 500, response.text[:300]
    text = html_lib.unescape(response.text)
    assert f"{damaged_file_db} is damaged" in text
    assert "backup" in text and "quotes extract" in text and "cannot repair" in text
    assert "Traceback" not in "".join(capfd.readouterr())
    logged = [r.getMessage() for r in caplog.records if "is damaged" in r.getMessage()]
    assert len(logged) == 1 and "\n" not in logged[0] and "Traceback" not in caplog.text


@pytest.mark.parametrize("q", ['"', "NEAR(", "content:x", ")("])
def test_a_search_sqlite_calls_malformed_is_still_the_requests_fault(quotes_db: Path, q: str) -> None:
    """Guard: FTS's "malformed MATCH expression" is a bad search (400), not a damaged file."""
    ds = publish.make_datasette(quotes_db)
    for path in ("/quotes/search_quotes.json", "/quotes.json"):
        params = {"q": q} if "search" in path else {"sql": "select rowid from quotes_fts where quotes_fts match :q",
                                                     "q": q}
        response = get(ds, path, params=params)
        assert response.status_code in (200, 400), (path, q, response.text[:300])
        assert "damaged" not in response.text


def test_serve_warns_of_a_damaged_search_index(damaged_fts_db: Path, quotes_db: Path) -> None:
    assert publish.search_index_warning(quotes_db) is None
    for immutable in (False, True):
        warning = publish.search_index_warning(damaged_fts_db, immutable)
        assert warning is not None
        assert warning.startswith(f"Warning: {damaged_fts_db}: the full-text search index is damaged")
        assert f"quotes mend --db {damaged_fts_db}" in warning
