"""``Store.save`` keeps SQLite's temporary storage in memory for its own transaction only
(`Store._temp_in_memory`): the connection's setting is as before afterwards, and a save
inside a transaction the caller opened leaves the setting alone and still saves."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.models import Article, Quote, Span
from quotes.store import Store


def _article(source: str) -> tuple[Article, list[Quote]]:
    content = "The harbour wall will be repaired before the winter storms arrive"
    text = f'{source} headline\n\n"{content}," Ada Voss said.\n'
    start = text.index(content)
    cue = text.index("said")
    quote = Quote(
        type="direct",
        content=Span(start, start + len(content), content),
        cue=Span(cue, cue + 4, "said"),
        speaker="Ada Voss",
        speaker_kind="person",
        confidence=0.9,
    )
    return Article(source=source, text=text, outlet="Valley Courier", title=f"{source} headline"), [quote]


@pytest.mark.parametrize("setting", [0, 1, 2])
def test_save_puts_the_temp_store_setting_back(tmp_path: Path, setting: int) -> None:
    store = Store(tmp_path / "q.db")
    store.db.execute(f"pragma temp_store = {setting}")
    assert store.save([_article("a-1"), _article("a-2")]) == 2
    assert store.db.execute("pragma temp_store").fetchone()[0] == setting
    assert store.db.execute("select count(*) from quotes").fetchone()[0] == 2
    store.close()


def test_save_inside_the_callers_transaction(tmp_path: Path) -> None:
    store = Store(tmp_path / "q.db")
    store.db.execute("create temp table mine (x integer)")  # the caller's own temp table
    with store.writing():
        store.db.execute("insert into temp.mine values (1)")
        assert store.save([_article("b-1")]) == 1
        assert store.db.execute("select x from temp.mine").fetchall() == [(1,)]
    assert store.db.execute("select count(*) from speakers where name = 'Ada Voss'").fetchone()[0] == 1
    store.close()
