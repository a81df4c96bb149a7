"""``index.update`` (incremental, what ``quotes extract`` runs) gives what ``index.rebuild``
(from scratch) gives, batch after batch, including names that appear and disappear."""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from quotes import index
from quotes.models import Article, Quote, Span
from quotes.store import Store

NAMES = [
    ("Jens Stoltenberg", "person"),
    ("Stoltenberg", "person"),
    ("J. Stoltenberg", "person"),
    ("Helga Brandt", "person"),
    ("Daniel Brandt", "person"),
    ("Brandt", "person"),
    ("Jean-Yves Le Drian", "person"),
    ("Le Drian", "person"),
    ("Yves Le Drian", "person"),
    ("NATO", "organization"),
    ("Nato", "organization"),
    ("North Atlantic Treaty Organization", "organization"),
    ("The Kremlin", "organization"),
    ("Kremlin", "organization"),
    ("Maria Okafor", "person"),
    ("Okafor", "person"),
    ("Xi Jinping", "person"),
    ("Xi", "person"),
    ("Wang Yi", "person"),
    ("Wang Qishan", "person"),
    ("Wang", "person"),
    ("Yi", "person"),
    ("diplomats", "unnamed"),
    ("Greywater Mining plc", "organization"),
    ("Greywater Mining", "organization"),
    ("Joe Calloway", "person"),
    ("Joseph R. Calloway Jr.", "person"),
    ("Joseph R. Calloway", "person"),
    ("Vrba's campaign", "organization"),
    ("Vrba campaign", "organization"),
    ("U.N.", "organization"),
    ("United Nations", "organization"),
    ("UN", "organization"),
    ("Daniel Okafor", "person"),
    ("Greywater", "person"),  # the short name of a company
    ("Greywater Bank", "organization"),
    ("Ada Greywater", "person"),
    ("Lena Fox", "person"),
    ("North Atlantic Treaty Organisation", "organization"),
    ("Northern Atlantic Trade Office", "organization"),  # another NATO
    ("Fox", "organization"),
    ("Fox News", "organization"),
    ("Ministry of Defence", "organization"),
    ("Defence Ministry", "organization"),
    ("Okafor", "organization"),  # a surname the model tagged ORG
    ("Le Drian", "organization"),
    ("Pike", "organization"),
    ("Harold Pike III", "person"),
    ("Kim Min-jun", "person"),  # a family name written first ...
    ("Min-jun Kim", "person"),  # ... and in Western order: one person
    ("Kim", "person"),
    ("Qishan Wang", "person"),
    ("Norwegian foreign ministry", "organization"),  # a country's adjective ...
    ("Norway's foreign ministry", "organization"),  # ... its possessive ...
    ("Foreign Ministry of Norway", "organization"),  # ... or "of": one body
]


def article(i: int, rng: random.Random, version: int = 0) -> tuple[Article, list[Quote]]:
    text = f"Article {i} version {version}. " + "word " * 80
    quotes = []
    for k in range(rng.randint(0, 4)):
        name, kind = rng.choice(NAMES)
        content = Span(k * 10, k * 10 + 5, text[k * 10 : k * 10 + 5])
        role = rng.choice([None, "minister", "spokesperson"])
        # A courtesy title or pronoun in the mention gives a bare surname a gender.
        said = rng.choice([None, name, f"Ms. {name}", f"Mr. {name}", "she", "he"])
        mention = Span(0, len(said), said) if said else None
        quotes.append(
            Quote("direct", content, speaker_mention=mention, speaker=name, speaker_kind=kind, role=role)
        )
    day = f"2026-01-{1 + i % 28:02d}"
    return Article(f"a{i}.txt", text, outlet=f"Outlet {i % 3}", published=day), quotes


def snapshot(store: Store) -> dict[str, list[tuple]]:
    db = store.db
    return {
        "speakers": db.execute(
            "select id, name, kind, role, quote_count, article_count, outlet_count, "
            "first_quoted, last_quoted, wikidata from speakers order by id"
        ).fetchall(),
        "aliases": db.execute("select * from speaker_aliases order by 1, 2").fetchall(),
        "roles": db.execute("select * from speaker_roles order by 1, 2").fetchall(),
        "quotes": db.execute("select id, speaker_id from quotes order by id").fetchall(),
    }


def assert_update_matches_rebuild(tmp_path: Path, batches: Iterable[list[tuple[Article, list[Quote]]]]) -> None:
    """Save each batch in two stores; after each, update() on one must give what
    rebuild() gives on the other."""
    inc, full = Store(tmp_path / "inc.db"), Store(tmp_path / "full.db")
    try:
        for step, batch in enumerate(batches):
            for store in (inc, full):
                store.touched_names.clear()
                store.save(batch)
            index.update(inc.db, inc.touched_names)
            index.rebuild(full.db)
            assert snapshot(inc) == snapshot(full), f"step {step}"
    finally:
        inc.close()
        full.close()


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_update_matches_rebuild(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)

    def batches() -> Iterator[list[tuple[Article, list[Quote]]]]:
        for step in range(6):
            # new articles, and some earlier ones edited (their names may disappear)
            batch = [article(step * 10 + i, rng) for i in range(10)]
            if step:
                batch += [article(rng.randrange(step * 10), rng, version=step) for _ in range(3)]
            yield batch

    assert_update_matches_rebuild(tmp_path, batches())


def test_update_without_names_does_nothing(tmp_path: Path) -> None:
    with Store(tmp_path / "q.db") as store:
        store.save([article(1, random.Random(0))])
        index.rebuild(store.db)
        before = snapshot(store)
        assert index.update(store.db, []) == 0
        assert snapshot(store) == before


def test_update_regroups_a_suffixed_name_when_its_plain_form_appears(tmp_path: Path) -> None:
    """"Joseph R. Calloway Jr." joins "Joe Calloway" until "Joseph R. Calloway" is named
    (then the father takes "Joe"): update() must see that the new plain name changes the
    suffixed one's group, though their last words differ."""
    names = ["Joe Calloway", "Joseph R. Calloway Jr.", "Joseph R. Calloway", "Joe Calloway"]
    batches = []
    for step, name in enumerate(names):
        text = f"Article {step}. " + "word " * 20
        quote = Quote("direct", Span(0, 7, text[:7]), speaker=name, speaker_kind="person")
        batches.append([(Article(f"s{step}.txt", text, outlet="Gazette", published="2026-01-01"), [quote])])
    assert_update_matches_rebuild(tmp_path, batches)
