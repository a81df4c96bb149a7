"""``Store.save`` looks for an article's stored quotes and links only when one query for
the whole batch found some (`Store._articles_with_rows`): a stored article in a batch of
new ones, and an article given twice in one batch, are still replaced, their old quotes,
speakers and links gone."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.models import Article, JointSpeaker, Quote, Span, replace_quote
from quotes.store import Store


def _article(source: str, speaker: str, content: str, extra: str = "") -> tuple[Article, list[Quote]]:
    text = f'{source} headline\n\n"{content}," {speaker} said.{extra}\n'
    start = text.index(content)
    cue = text.index("said")
    quote = Quote(
        type="direct",
        content=Span(start, start + len(content), content),
        cue=Span(cue, cue + 4, "said"),
        speaker=speaker,
        speaker_kind="organization" if "Agency" in speaker else "person",
        confidence=0.9,
    )
    return Article(source=source, text=text, outlet="Valley Courier", title=f"{source} headline"), [quote]


def _rows(store: Store) -> tuple[list[tuple], list[tuple], list[tuple]]:
    quotes = store.db.execute("select article_id, speaker_name, content from quotes order by 1, 2").fetchall()
    speakers = store.db.execute("select name, quote_count from speakers order by name").fetchall()
    links = store.db.execute("select name, alias from speaker_links order by 1, 2").fetchall()
    return quotes, speakers, links


OLD = ("Ada Voss", "The harbour wall will be repaired before the winter storms arrive")
NEW = ("Bruno Okafor", "The ferry timetable stays as it is until the spring")


def test_an_article_given_twice_in_one_batch_keeps_its_second_version(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.db")
    first, second = _article("a-1", *OLD), _article("a-1", *NEW)
    assert store.save([first, second]) == 2
    quotes, speakers, _ = _rows(store)
    assert [(q[1], q[2]) for q in quotes] == [NEW]
    assert speakers == [("Bruno Okafor", 1)]
    store.close()


@pytest.mark.parametrize("position", [0, 1, 2])
def test_a_stored_article_among_new_ones_is_replaced(tmp_path: Path, position: int) -> None:
    store = Store(tmp_path / "q.db")
    store.save([_article("a-1", *OLD)])
    batch = [_article("b-1", "Greta Lindqvist", "Nothing was decided"), _article("b-2", "Hugo Moreau", "We wait")]
    batch.insert(position, _article("a-1", *NEW))
    store.save(batch)
    quotes, speakers, _ = _rows(store)
    assert sorted((q[1], q[2]) for q in quotes) == sorted(
        [NEW, ("Greta Lindqvist", "Nothing was decided"), ("Hugo Moreau", "We wait")]
    )
    assert ("Ada Voss", 1) not in speakers and ("Bruno Okafor", 1) in speakers
    store.close()


def test_an_article_with_links_and_no_quote_left_loses_its_links(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.db")
    agency = "Coastal Roads Agency"
    linked = _article("a-1", agency, "The bridge opens in May", extra=f" The {agency} (Kustwegenbureau) agreed.")
    store.save([linked])
    assert _rows(store)[2] == [(agency, "Kustwegenbureau")]
    article, _ = linked
    store.db.execute("delete from quotes")  # links stored, no quote: still replaced
    store.save([(article, [])])
    assert _rows(store)[2] == []
    store.close()


def test_speakers_are_looked_up_once_a_batch_and_keep_their_stored_spelling(tmp_path: Path) -> None:
    """`Store._look_up_speakers`: a speaker stored before keeps the name its row has
    ("NATO" stays "NATO" when a batch writes "Nato"); one new in the batch, also as a
    joint speaker only, is added once, under the first spelling the batch gives."""
    store = Store(tmp_path / "q.db")
    store.save([_article("a-1", "NATO", "The exercise goes ahead")])
    article, [quote] = _article("b-1", "Nato", "The exercise is postponed", extra=" Ines Calloway agreed.")
    mention = article.text.index("Ines Calloway")
    joint = JointSpeaker("Ines Calloway", "person", Span(mention, mention + 13, "Ines Calloway"))
    second = _article("b-2", "ines calloway", "We will see")
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    store.save([(article, [replace_quote(quote, joint=(joint,))]), second])
    store.db.conn.set_trace_callback(None)
    assert sum(s.startswith("select name from speakers") for s in statements) == 0
    rows = store.db.execute("select speaker_name, speaker from quotes order by speaker_name").fetchall()
    assert rows == [("Ines Calloway", "Ines Calloway"), ("NATO", "NATO"), ("Nato", "NATO"), ("ines calloway", "Ines Calloway")]
    assert store.db.execute("select count(*) from speakers where name = 'Ines Calloway'").fetchone()[0] == 1
    store.close()
