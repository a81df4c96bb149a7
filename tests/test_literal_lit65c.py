"""Literal-sentence tests from this session's blind batteries (lit65, lit65b; every
sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show

from quotes import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "first", "second", "speaker"),
    [
        ('"The ferry," Jonas Weber told the paper, "loses money every winter."',
         "The ferry,", "loses money every winter.", "Jonas Weber"),
        ('"The ferry," Jonas Weber, whose company runs the crossing, told the paper, "loses money every winter."',
         "The ferry,", "loses money every winter.", "Jonas Weber"),
        ('"Our schools," Ana Ruiz told the newspaper, "need more teachers."',
         "Our schools,", "need more teachers.", "Ana Ruiz"),
        (f"{L}Our schools,{R} Ana Ruiz told the station, {L}need more teachers.{R}",
         "Our schools,", "need more teachers.", "Ana Ruiz"),
        ('"Our schools," Ana Ruiz told the website, "need more teachers."',
         "Our schools,", "need more teachers.", "Ana Ruiz"),
    ],
)
def test_split_quote_told_the_outlet(nlp, text: str, first: str, second: str, speaker: str) -> None:
    """`"X," N told the paper, "Y."`: the outlet told is no content. Before, the object
    path of the reported-speech rule took `the paper, "Y."` as a mixed item (the parser
    hangs the second piece on "told"), and the second piece had no item of its own."""
    got = run(nlp, text)
    for content in (first, second):
        q = one(got, content)
        assert q.type == "direct" and q.speaker == speaker and q.cue.text == "told", show(got)
    assert len(got) == 2, show(got)


@pytest.mark.parametrize(
    ("text", "content", "type_", "speaker"),
    [
        # a hearer with a split quotation was right already
        ('"The bridge," Ana Ruiz told reporters on Monday, "needs new cables."',
         "needs new cables.", "direct", "Ana Ruiz"),
        # a that-clause after the outlet is what was said
        ("Ana Ruiz told the paper that schools need more teachers.",
         "schools need more teachers", "indirect", "Ana Ruiz"),
        # a thing told with a quoted apposition keeps its mixed reading
        ('Ana Ruiz told the story, "a sad one," to everyone.',
         'the story, "a sad one," to everyone', "mixed", "Ana Ruiz"),
    ],
)
def test_told_the_outlet_controls(nlp, text: str, content: str, type_: str, speaker: str) -> None:
    """Near misses keep their readings."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == type_ and q.speaker == speaker, show(got)
