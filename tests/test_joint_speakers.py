"""Joint speakers: "A and B said X" is said by both, and each finds it under their name."""

from __future__ import annotations

import io
import json
import sqlite3
from pathlib import Path

import pytest

from quotes.export import export_speaker
from quotes.models import JointSpeaker, Quote, Span, quote_from_row, quote_to_row
from quotes.run import extract_quotes, run_extract


@pytest.mark.parametrize(
    ("text", "content", "first", "joint"),
    [
        # two named people joined by "and", each with a name of their own
        ("Tomas Vrba and Ines Calloway said the deal was fair.", "the deal was fair", "Tomas Vrba", ["Ines Calloway"]),
        # a list of three
        (
            "Ian Roe, Ada Kim and Tomas Vrba said the deal was fair.",
            "the deal was fair",
            "Ian Roe",
            ["Ada Kim", "Tomas Vrba"],
        ),
        # a pronoun and a surname, each resolved on its own
        ("Ian Roe met Ada Kim on Monday. He and Kim said the deal was fair.", "the deal was fair", "Ian Roe", ["Ada Kim"]),
        # a clause on the second name stays out of its mention
        (
            "Tomas Vrba and Ines Calloway, who run the mill, said it would close.",
            "it would close",
            "Tomas Vrba",
            ["Ines Calloway"],
        ),
        # the parser reads "Ada Ruiz and Piet" as modifiers of "Oster": still a list of two
        ("Ada Ruiz and Piet Oster said the merger would go ahead.", "the merger would go ahead", "Ada Ruiz", ["Piet Oster"]),
        # "or": one of them, not both
        ("Ian Roe or Ada Kim will say the deal was fair.", "the deal was fair", "Ian Roe", []),
        # one body whose name holds the "&"
        ("Procter & Gamble said sales rose in March.", "sales rose in March", "Procter & Gamble", []),
        # unnamed groups are one group, no list of speakers
        ("Leaders and officials said the summit would go ahead.", "the summit would go ahead", None, []),
    ],
)
def test_joint_speakers(nlp, text: str, content: str, first: str | None, joint: list[str]) -> None:
    quotes = [q for q in extract_quotes(nlp, text) if q.content.text == content]
    assert len(quotes) == 1, [q.content.text for q in extract_quotes(nlp, text)]
    quote = quotes[0]
    if first is not None:
        assert quote.speaker == first
    assert [j.name for j in quote.joint] == joint
    for j in quote.joint:
        # each mention is the words of the text naming that speaker
        assert text[j.mention.start : j.mention.end] == j.mention.text
        assert j.mention.text.split()[-1] == j.name.split()[-1]
        assert j.kind == "person"


def test_they_after_two_named_subjects_is_both(nlp) -> None:
    text = "Tomas Vrba and Ines Calloway met the unions on Monday. They said the deal was fair."
    (quote,) = extract_quotes(nlp, text)
    assert quote.speaker == "Tomas Vrba"
    assert [(j.name, j.mention.text) for j in quote.joint] == [("Ines Calloway", "They")]


def test_joint_speakers_survive_the_trip_between_processes() -> None:
    quote = Quote(
        type="indirect",
        content=Span(40, 57, "the deal was fair"),
        speaker_mention=Span(0, 10, "Tomas Vrba"),
        speaker="Tomas Vrba",
        speaker_kind="person",
        joint=(JointSpeaker("Ines Calloway", "person", Span(15, 28, "Ines Calloway")),),
    )
    assert quote_from_row(json.loads(json.dumps(quote_to_row(quote)))) == quote


ARTICLE = (
    "Mill deal agreed\n\n"
    "Tomas Vrba and Ines Calloway said on Monday that the deal was fair. "
    '"We are pleased," Calloway said.\n'
)


def test_each_joint_speaker_has_a_row_and_finds_it(nlp, tmp_path: Path) -> None:
    (tmp_path / "mill.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "q.db"
    run_extract([tmp_path / "mill.txt"], db, nlp=nlp)
    conn = sqlite3.connect(db)
    rows = conn.execute(
        "select id, speaker, speaker_mention, content, joint_of from quotes where content = 'the deal was fair' "
        "order by joint_of is not null"
    ).fetchall()
    assert [(r[1], r[2], r[4] is None) for r in rows] == [
        ("Tomas Vrba", "Tomas Vrba", True),
        ("Ines Calloway", "Ines Calloway", False),
    ]
    assert rows[1][4] == rows[0][0]  # the joint row points to the first speaker's
    counts = dict(conn.execute("select name, quote_count from speakers"))
    assert counts == {"Tomas Vrba": 1, "Ines Calloway": 2}
    assert conn.execute("select count(*) from quotes_view where joint_of is null").fetchone()[0] == 2
    # the export of her quotes holds what she said with him
    out = io.StringIO()
    export_speaker(db, "Ines Calloway", "jsonl", out)
    said = sorted(json.loads(line)["content"] for line in out.getvalue().splitlines())
    assert said == ["We are pleased,", "the deal was fair"]
    # a re-run stores nothing twice
    before = conn.execute("select id, speaker_id, joint_of from quotes order by id").fetchall()
    conn.close()
    run_extract([tmp_path / "mill.txt"], db, nlp=nlp)
    conn = sqlite3.connect(db)
    assert conn.execute("select id, speaker_id, joint_of from quotes order by id").fetchall() == before
    conn.close()
