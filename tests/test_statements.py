"""Statements: one speaker's same words across articles (quotes.statements).

Articles are invented and written literally below; quotes are stored through the real
``Store`` with spans computed while each text is assembled (no spaCy), except the
end-to-end tests, which run ``quotes extract`` and the Datasette/export layers on them.
The seeds checks read ../shared/eval/seeds at run time and skip when it is absent.
"""

from __future__ import annotations

import asyncio
import csv
import io
import json
import random
import re
import sqlite3
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes import index, statements
from quotes.cli import cli
from quotes.export import export_statements
from quotes.models import Article, Quote, Span
from quotes.statements import Text, group, relation
from quotes.store import Store, speaker_id_for

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds" / "text"

JENS = "Jens Stoltenberg"
LENA = "Lena Hart"


# -- pairs: what is one statement, and the near misses that are not ---------------------


def text(i: int, content: str, type: str = "direct") -> Text:
    return Text(id=i, type=type, content=content)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a word and the punctuation differ
        (
            "The harbour engineers will now draw up the repair plan and report back within a fortnight.",
            "Our harbour engineers will now draw up the repair plan and report back within a fortnight,",
        ),
        # case, curly quotes and spacing
        (
            "We’ll keep the harbour open,  whatever it costs!",
            "we'll keep the harbour open, whatever it costs",
        ),
    ],
)
def test_near_duplicates_are_one_statement(a: str, b: str) -> None:
    assert relation(text(1, a), text(2, b)) == ("same", 0)


@pytest.mark.parametrize(
    ("part", "whole", "part_type"),
    [
        # a fragment of a longer quote
        (
            "The harbour will reopen next month once the repairs are finished.",
            "The harbour will reopen next month once the repairs are finished, and the ferries "
            "will return in June.",
            "direct",
        ),
        # reported speech that keeps the words, tense shifted
        (
            "the harbour would reopen next month once the repairs are finished",
            "The harbour will reopen next month once the repairs are finished.",
            "indirect",
        ),
        # a mixed quote whose quoted words are the direct quote's
        (
            'the alliance was "ready to defend every inch" of its territory',
            "We are ready to defend every inch of our territory.",
            "mixed",
        ),
    ],
)
def test_fragments_and_paraphrases_keeping_the_words_join(
    part: str, whole: str, part_type: str
) -> None:
    assert relation(text(1, part, part_type), text(2, whole)) in (("in", 1), ("same", 0))
    assert len(group([text(1, part, part_type), text(2, whole)])) == 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # polarity
        (
            "We will not send troops to Ukraine next year.",
            "We will send troops to Ukraine next year.",
        ),
        # numbers
        (
            "About 4,000 troops will be deployed in Romania this spring.",
            "About 40,000 troops will be deployed in Romania this spring.",
        ),
        ("Statement 1 on trade.", "Statement 2 on trade."),
        ("We will send two battalions to Romania.", "We will send three battalions to Romania."),
        # same opening, different statement
        (
            "Our harbour engineers will now draw up the repair plan and report back within a fortnight.",
            "Our harbour engineers will now draw up the ferry timetable for Dover and Calais.",
        ),
        # a shared stock phrase
        (
            "We will support Ukraine for as long as it takes.",
            "Allies will stay the course for as long as it takes.",
        ),
        # same topic, same press conference, other words
        (
            "What we see in the harbour is no sign of repair work.",
            "We have not seen any repair work on the harbour wall.",
        ),
        # short quotes: identical words are not enough
        ("Now.", "now"),
        ("No comment.", "No comment."),
    ],
)
def test_near_misses_stay_apart(a: str, b: str) -> None:
    assert relation(text(1, a), text(2, b)) is None


def test_a_paraphrase_that_changes_polarity_stays_apart() -> None:
    direct = text(
        1, "We will never accept a closure of the harbour, whatever the ministry decides."
    )
    mixed = text(2, 'the council would "accept a closure of the harbour"', "mixed")
    assert relation(mixed, direct) is None


def test_a_short_quoted_phrase_is_not_enough() -> None:
    direct = text(1, "Russia issued ultimatums to its neighbours last week.")
    mixed = text(2, 'Moscow had issued "ultimatums" to NATO states', "mixed")
    assert relation(mixed, direct) is None


def test_a_short_slogan_months_apart_is_two_statements() -> None:
    spring = Text(
        id=1, type="direct", content="We are going to build a wall,", published="2024-02-09"
    )
    summer = Text(
        id=2, type="direct", content="We're going to build a wall.", published="2024-08-25"
    )
    same_week = Text(
        id=3, type="direct", content="We are going to build a wall.", published="2024-02-12"
    )
    assert relation(spring, summer) is None
    assert relation(spring, same_week) == ("same", 0)
    # a long quote re-quoted months later is still the same statement
    long_words = "A lot will depend on whether the council is willing to sacrifice certain things."
    early = Text(id=4, type="direct", content=long_words, published="2023-12-03")
    late = Text(
        id=5,
        type="direct",
        content=long_words.replace("council", "Council"),
        published="2024-03-18",
    )
    assert relation(early, late) == ("same", 0)


def test_two_reported_versions_meet_only_as_near_duplicates() -> None:
    # the reporter's noun phrase inside another reporter's paraphrase is not a fragment
    phrase = text(1, "a ban on ferries entering the harbour at night", "indirect")
    clause = text(
        2,
        "she would not work with the mayor, who had called a ban on ferries entering the "
        'harbour at night "divisive and wrong"',
        "mixed",
    )
    assert relation(phrase, clause) is None
    assert relation(
        phrase, text(3, "a ban on ferries entering the harbour at night", "indirect")
    ) == ("same", 0)


def test_a_fragment_of_two_statements_joins_neither() -> None:
    one = text(1, "We will support Ukraine with air defence for as long as it takes, together.")
    two = text(
        2, "Allies will keep their troops in the Baltic states for as long as it takes, together."
    )
    slogan = text(3, "for as long as it takes, together")
    groups = sorted(sorted(t.id for t in g) for g in group([one, two, slogan]))
    assert groups == [[1], [2], [3]]


def test_nested_fragments_chain_into_one_statement() -> None:
    whole = text(
        1,
        "The harbour will reopen next month once the repairs are finished, and the ferries will return in June.",
    )
    part = text(2, "The harbour will reopen next month once the repairs are finished.")
    smaller = text(3, "the harbour would reopen next month once the repairs", "indirect")
    other = text(4, "The ferries will not return before the autumn, the company warned us.")
    groups = sorted(sorted(t.id for t in g) for g in group([smaller, other, whole, part]))
    assert groups == [[1, 2, 3], [4]]


def test_only_quotes_sharing_a_shingle_are_compared(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    real = statements.relation

    def counting(a: Text, b: Text):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return real(a, b)

    monkeypatch.setattr(statements, "relation", counting)
    rng = random.Random(7)
    vocabulary = [f"w{i}" for i in range(5000)]
    texts = [
        text(i, " ".join(rng.choices(vocabulary, k=12)) + " for as long as it takes")
        for i in range(2000)
    ]
    started = time.perf_counter()
    groups = group(
        texts, stop={sh for sh in statements.shingles("for as long as it takes".split()) if sh > 0}
    )
    assert len(groups) == 2000
    assert calls < 2000  # all pairs would be 1,999,000
    assert time.perf_counter() - started < 10


# -- the database ------------------------------------------------------------------------


def article(
    source: str, outlet: str | None, published: str | None, said: list[tuple[str, str, str]]
) -> tuple[Article, list[Quote]]:
    """An article from (speaker, type, content) triples, one paragraph each."""
    body = f"{source} headline\n\n"
    quotes = []
    for speaker, kind, content in said:
        if kind == "direct":
            body += '"'
            span = Span(len(body), len(body) + len(content), content)
            body += f'{content}," {speaker} said.\n\n'
        else:
            body += f"{speaker} said that "
            span = Span(len(body), len(body) + len(content), content)
            body += f"{content}.\n\n"
        cue_at = body.rfind("said")
        quotes.append(
            Quote(
                type=kind,
                content=span,
                cue=Span(cue_at, cue_at + 4, "said"),
                speaker=speaker,
                speaker_kind="person",
                confidence=0.9,
            )
        )
    for q in quotes:
        assert body[q.content.start : q.content.end] == q.content.text
    return Article(
        source=source,
        text=body,
        outlet=outlet,
        published=published,
        url=f"https://news.example/{source}",
        title=f"{source} headline",
    ), quotes


DETAILS = (
    "The harbour engineers will now draw up the repair plan and report back within a fortnight"
)
DETAILS_OURS = (
    "Our harbour engineers will now draw up the repair plan and report back within a fortnight"
)
WAR = "Russia is preparing for a long war in Europe and we must be ready for it"


def corpus() -> list[tuple[Article, list[Quote]]]:
    return [
        article(
            "wire-1", "Wire", "2024-02-16", [(JENS, "direct", DETAILS_OURS), (JENS, "direct", WAR)]
        ),
        article(
            "daily-1", "Daily", "2024-02-17", [(JENS, "direct", DETAILS), (LENA, "direct", DETAILS)]
        ),
        article(
            "daily-2",
            "Daily",
            "2024-02-18",
            [(JENS, "indirect", "the harbour engineers would now draw up the repair plan")],
        ),
        article(
            "gazette-1",
            "Gazette",
            "2024-02-15",
            [
                (
                    JENS,
                    "direct",
                    "Russia is not preparing for a long war in Europe and we must be ready for it",
                )
            ],
        ),
    ]


def build(
    path: Path, items: list[tuple[Article, list[Quote]]], *, one_by_one: bool = False
) -> None:
    with Store(path) as store:
        if one_by_one:
            for item in items:
                store.save([item])
                index.rebuild(store.db)
                statements.update(store.db)
        else:
            store.save(items)
            index.rebuild(store.db)
            statements.update(store.db)


def grouping(path: Path) -> dict[int, set[tuple[str, str]]]:
    conn = sqlite3.connect(path)
    try:
        out: dict[int, set[tuple[str, str]]] = {}
        for sid, source, content in conn.execute(
            "select q.statement_id, a.source, q.content from quotes q "
            "join articles a on a.id = q.article_id"
        ):
            out.setdefault(sid, set()).add((source, content))
        return out
    finally:
        conn.close()


def statement_rows(path: Path) -> list[dict]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(r) for r in conn.execute("select * from statements order by id")]
    finally:
        conn.close()


def statement_of(path: Path, content: str, speaker: str = JENS) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(
            conn.execute(
                "select s.*, o.name as first_outlet from statements s "
                "join quotes q on q.statement_id = s.id "
                "left join outlets o on o.id = s.first_outlet_id "
                "where q.content = ? and q.speaker_name like ?",
                [content, f"%{speaker.split()[-1]}"],
            ).fetchone()
        )
    finally:
        conn.close()


def test_statement_across_articles_and_outlets(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    build(db, corpus())
    row = statement_of(db, DETAILS)
    assert row["speaker_id"] == speaker_id_for(JENS)
    assert row["article_count"] == 3 and row["outlet_count"] == 2 and row["quote_count"] == 3
    assert row["first_published"] == "2024-02-16" and row["first_outlet"] == "Wire"
    assert row["last_published"] == "2024-02-18"
    assert row["text"] == DETAILS_OURS  # direct, fullest, then earliest
    # the same words from another speaker are another statement
    lena = statement_of(db, DETAILS, LENA)
    assert lena["id"] != row["id"] and lena["article_count"] == 1
    # the negated claim in another article is another statement
    assert statement_of(db, WAR)["article_count"] == 1
    # every attributed quote has a statement
    assert all(sid is not None for sid in grouping(db))


def test_ids_are_stable_and_order_independent(tmp_path: Path) -> None:
    build(tmp_path / "a.db", corpus())
    build(tmp_path / "b.db", list(reversed(corpus())), one_by_one=True)
    assert grouping(tmp_path / "a.db") == grouping(tmp_path / "b.db")
    assert statement_rows(tmp_path / "a.db") == statement_rows(tmp_path / "b.db")
    with Store(tmp_path / "a.db") as store:
        assert statements.update(store.db) == 0  # nothing changed, nothing written
        before = statement_rows(tmp_path / "a.db")
        statements.rebuild(store.db)
    assert statement_rows(tmp_path / "a.db") == before


def test_an_edited_article_updates_its_statements(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    build(db, corpus())
    assert statement_of(db, DETAILS)["article_count"] == 3
    edited = article("wire-1", "Wire", "2024-02-16", [(JENS, "direct", WAR)])
    build(db, [edited])
    row = statement_of(db, DETAILS)
    assert row["article_count"] == 2 and row["first_outlet"] == "Daily"
    assert row["first_published"] == "2024-02-17"
    fresh = tmp_path / "fresh.db"
    build(fresh, [edited, *corpus()[1:]])
    assert grouping(db) == grouping(fresh)
    assert statement_rows(db) == statement_rows(fresh)


def test_a_speaker_merged_by_the_index_merges_statements(tmp_path: Path) -> None:
    db = tmp_path / "quotes.db"
    build(db, [article("a", "Wire", "2024-01-01", [("Stoltenberg", "direct", DETAILS)])])
    build(db, [article("b", "Daily", "2024-01-02", [(JENS, "direct", DETAILS_OURS)])])
    row = statement_of(db, DETAILS)
    assert row["article_count"] == 2 and row["speaker_id"] == speaker_id_for(JENS)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from statements").fetchone()[0] == 1
    assert conn.execute("select count(*) from statements_stale").fetchone()[0] == 0
    conn.close()


# -- end to end: extract, Datasette, export ------------------------------------------------

WIRE = """Harbour to reopen next month

Mayor Lena Hart said on Monday that the harbour would reopen next month.

"The harbour will reopen next month once the repairs are finished, and the ferries will return in June," Hart told a press conference in Dover.

"We will not raise the harbour fees this year," she said.
"""

DAILY = """Dover harbour: ferries back in June

"The harbour will reopen next month once the repairs are finished," Lena Hart wrote on Twitter.

Hart said the council would raise the harbour fees next year to pay for the repairs.
"""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "wire.txt").write_text(WIRE, encoding="utf-8")
    (folder / "daily.txt").write_text(DAILY, encoding="utf-8")
    (folder / "meta.csv").write_text(
        "file,outlet,published,title\n"
        "wire.txt,Wire Service,2024-05-02,Harbour to reopen\n"
        "daily.txt,The Daily,2024-05-03,Ferries back in June\n",
        encoding="utf-8",
    )
    db = folder / "quotes.db"
    result = CliRunner().invoke(
        cli,
        [
            "extract",
            str(folder / "wire.txt"),
            str(folder / "daily.txt"),
            "--db",
            str(db),
            "--metadata",
            str(folder / "meta.csv"),
            "--silent",
        ],
    )
    assert result.exit_code == 0, result.output
    return db


def test_extract_groups_the_statement_and_sets_channels(extracted: Path) -> None:
    conn = sqlite3.connect(extracted)
    rows = conn.execute(
        "select s.article_count, s.outlet_count, s.first_published, o.name, s.text "
        "from statements s join outlets o on o.id = s.first_outlet_id "
        "where s.article_count > 1"
    ).fetchall()
    assert len(rows) == 1, rows
    (articles, outlets, first, outlet, canonical) = rows[0]
    assert (articles, outlets, first, outlet) == (2, 2, "2024-05-02", "Wire Service")
    assert canonical.startswith(
        "The harbour will reopen next month once the repairs are finished, and"
    )
    channels = dict(conn.execute("select content, channel from quotes where channel is not null"))
    conn.close()
    assert "press conference" in channels.values() and "twitter" in channels.values()


def test_datasette_statement_page_and_channel_facet(extracted: Path) -> None:
    from quotes import publish

    ds = publish.make_datasette(extracted)
    conn = sqlite3.connect(extracted)
    (sid,) = conn.execute("select id from statements where article_count = 2").fetchone()
    conn.close()

    def get(path: str, **params: str):
        response = asyncio.run(ds.client.get(path, params=params))
        assert response.status_code == 200, response.text[:300]
        return response.json()

    carried = get("/quotes/statement_outlets.json", statement=str(sid), _shape="array")
    assert [r["outlet"] for r in carried] == ["Wire Service", "The Daily"]  # earliest first
    assert [r["channel"] for r in carried] == ["press conference", "twitter"]
    by_words = get("/quotes/statement_outlets.json", statement="once the repairs", _shape="array")
    assert {r["statement"] for r in by_words} == {sid}
    view = get("/quotes/quotes_view.json")
    facets = {r["value"]: r["count"] for r in view["facet_results"]["channel"]["results"]}
    assert facets["press conference"] >= 1 and facets["twitter"] == 1
    ranked = get("/quotes/widely_carried_statements.json", speaker="Hart", _shape="array")
    assert ranked[0]["statement"] == sid and ranked[0]["outlet_count"] == 2
    # The statement id links to the outlets that carried it, the speaker to their page.
    page = asyncio.run(
        ds.client.get("/quotes/widely_carried_statements", params={"speaker": "Hart"})
    )
    assert f'href="/quotes/statement_outlets?statement={sid}"' in page.text
    assert f'href="/quotes/speakers/{ranked[0]["speaker_id"]}"' in page.text
    assert get("/quotes/statements.json")["rows"]


def test_speaker_page_counts_quotes_and_distinct_statements(extracted: Path) -> None:
    """The speaker page counted quotes as "statements", beside a statements table that
    groups them: it says quotes, with the distinct statements linked."""
    from quotes import publish

    ds = publish.make_datasette(extracted)
    conn = sqlite3.connect(extracted)
    sid, quotes = conn.execute(
        "select id, quote_count from speakers where name = 'Lena Hart'"
    ).fetchone()
    (statements,) = conn.execute(
        "select count(*) from statements where speaker_id = ?", [sid]
    ).fetchone()
    conn.close()
    assert quotes > statements > 0
    page = asyncio.run(ds.client.get(f"/quotes/speakers/{sid}")).text
    text = " ".join(re.sub(r"<[^>]+>", " ", page).split())
    assert f"{quotes} quotes ( {statements} distinct statements )" in text
    assert "Quotes, newest first" in text and "Export every quote" in text
    assert "Statements, newest first" not in text
    assert 'href="/quotes/widely_carried_statements?speaker=Lena+Hart"' in page


def test_statement_and_quote_pages_link_each_other(extracted: Path) -> None:
    """A statement's row page links to the outlets that carried it and to its first quote;
    a quote's row page to its statement. No foreign key stands behind these ids, so they
    were bare numbers and a statement's page was a dead end."""
    from quotes import publish

    ds = publish.make_datasette(extracted)
    conn = sqlite3.connect(extracted)
    sid, first = conn.execute(
        "select id, first_quote_id from statements where article_count = 2"
    ).fetchone()
    conn.close()

    def links(path: str) -> str:
        response = asyncio.run(ds.client.get(path))
        assert response.status_code == 200, path
        return response.text

    page = links(f"/quotes/statements/{sid}")
    assert f'href="/quotes/statement_outlets?statement={sid}"' in page
    assert f'href="/quotes/quotes/{first}"' in page
    assert f'href="/quotes/statements/{sid}"' in links(f"/quotes/quotes/{first}")
    table = links(f"/quotes/quotes_view?statement_id={sid}&_layout=table")
    assert f'href="/quotes/statements/{sid}"' in table
    links(f"/quotes/statement_outlets?statement={sid}")


def test_export_statements(extracted: Path) -> None:
    out = io.StringIO()
    count = export_statements(extracted, "Lena Hart", "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert len(rows) == count >= 3
    carried = [r for r in rows if r["article_count"] == "2"]
    assert len(carried) == 1
    assert carried[0]["outlets"] == "Wire Service; The Daily"
    assert carried[0]["first_outlet"] == "Wire Service"
    result = CliRunner().invoke(
        cli,
        [
            "export",
            "--db",
            str(extracted),
            "--speaker",
            "Hart",
            "--statements",
            "--format",
            "jsonl",
        ],
    )
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert any(r["outlets"] == ["Wire Service", "The Daily"] for r in lines)
    markdown = CliRunner().invoke(
        cli,
        [
            "export",
            "--db",
            str(extracted),
            "--speaker",
            "Hart",
            "--statements",
            "--format",
            "markdown",
        ],
    )
    assert "Carried by: Wire Service, The Daily" in markdown.output


def test_export_statements_quote_marks_only_the_speakers_words(extracted: Path) -> None:
    """A statement only ever reported is the reporter's wording: the Markdown export must
    not put it in quote marks as if the speaker had said those words."""
    out = io.StringIO()
    export_statements(extracted, "Lena Hart", "jsonl", out)
    by_text = {r["text"]: r["type"] for r in map(json.loads, out.getvalue().splitlines())}
    reported = "the council would raise the harbour fees next year to pay for the repairs"
    quoted = "We will not raise the harbour fees this year,"
    assert by_text[reported] == "indirect" and by_text[quoted] == "direct"
    out = io.StringIO()
    export_statements(extracted, "Lena Hart", "markdown", out)
    markdown = out.getvalue()
    assert f"## {reported}\n" in markdown and f"“{reported}”" not in markdown
    assert "reported speech, not the speaker's words" in markdown
    assert f"## “{quoted}”\n" in markdown


# -- the seeds -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not SEEDS.exists():
        pytest.skip("../shared/eval/seeds absent")
    from quotes.run import run_extract

    db = tmp_path_factory.mktemp("seeds") / "quotes.db"
    summary = run_extract([SEEDS], db)
    assert summary.failed == 0
    return db


def test_seeds_stoltenberg_statement_in_two_articles(seeds_db: Path) -> None:
    conn = sqlite3.connect(seeds_db)
    rows = conn.execute(
        "select s.article_count, group_concat(q.content, ' | ') from statements s "
        "join speakers sp on sp.id = s.speaker_id join quotes q on q.statement_id = s.id "
        "where sp.name = ? and q.content like '%report back within weeks%' "
        "group by s.id",
        [JENS],
    ).fetchall()
    conn.close()
    assert len(rows) == 1, rows
    assert rows[0][0] == 2


def test_seeds_no_two_different_statements_merged(seeds_db: Path) -> None:
    from rapidfuzz import fuzz

    from quotes.statements import words_of

    conn = sqlite3.connect(seeds_db)
    groups: dict[int, list[str]] = {}
    for sid, content in conn.execute(
        "select statement_id, content from quotes where statement_id is not null"
    ):
        groups.setdefault(sid, []).append(" ".join(words_of(content)))
    conn.close()
    for members in groups.values():
        for a in members:
            for b in members:
                short, long = sorted((a, b), key=len)
                assert fuzz.partial_ratio(short, long) >= 90, (a, b)


def _pairwise_groups(texts: list[statements.Text]) -> list[list[int]]:
    """The grouping by comparing every pair of identical copies (the definition)."""
    groups = statements._Groups([t.id for t in texts])
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if a.norm == b.norm and statements.relation(a, b) is not None:
                groups.union(a.id, b.id)
    members: dict[int, list[int]] = {}
    for t in texts:
        members.setdefault(groups.find(t.id), []).append(t.id)
    return sorted(sorted(m) for m in members.values())


def test_identical_copies_join_without_pairing_every_copy() -> None:
    """k copies of one quote join in linear time, exactly as pairwise comparison would:
    long ones always, short ones along the chain of publication days."""
    rng = random.Random(7)
    days = [None, "2024-01-01", "2024-01-20", "2024-02-25", "2024-04-01", "2024-06-01"]
    contents = ["The harbour will reopen", "We will rebuild every dock in the bay before the winter storms"]
    for _ in range(50):
        texts = [
            statements.Text(id=i + 1, type="direct", content=rng.choice(contents), published=rng.choice(days))
            for i in range(rng.randint(2, 30))
        ]
        got = sorted(sorted(t.id for t in m) for m in statements.group(texts))
        assert got == _pairwise_groups(texts)
    many = [statements.Text(id=i, type="direct", content=contents[1]) for i in range(1, 3001)]
    assert len(statements.group(many)) == 1  # one statement, and no 4.5 million pairs
