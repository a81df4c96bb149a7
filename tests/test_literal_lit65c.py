"""Literal-sentence tests from this session's blind batteries (lit65, lit65b; every
sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show

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


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        (f"Ines Roth was blunt. In her words: {L}The money is gone.{R}", "The money is gone.", "Ines Roth", "In her words"),
        (f"Ines Roth was blunt. In her words, {L}The money is gone.{R}", "The money is gone.", "Ines Roth", "In her words"),
        # the phrase after the quotation
        (f"The board met on Monday. {L}We are finished,{R} in Ines Roth\u2019s words.", "We are finished,",
         "Ines Roth", "in Ines Roth\u2019s words"),
        ('The board met on Monday. "We are finished," in the words of Ines Roth.', "We are finished,",
         "Ines Roth", "in the words"),
    ],
)
def test_in_her_words_introduces_a_quotation(nlp, text: str, content: str, speaker: str, cue: str) -> None:
    """`In her words: "..."` and `"...," in Roth's words.`: the source's words. Before, no
    item: the parser hung the quotation's subject on the auxiliary ("The money | is |
    gone", read as a passive), so the clause had no subject; after the quotation the
    phrase was not seen as set off (the comma is inside the marks)."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct" and q.speaker == speaker and q.cue is not None and q.cue.text == cue, show(got)


@pytest.mark.parametrize(
    "text",
    [
        # the writer rephrasing: nobody's words
        'The board met on Monday. In other words: "The money is gone."',
        # a quoted word inside the writer's clause: the phrase is not the fragment's cue
        "The board met on Monday. She doesn\u2019t like \u201csurprises,\u201d in the words of one aide.",
    ],
)
def test_in_her_words_controls(nlp, text: str) -> None:
    """Near misses give no item cued by the words phrase."""
    got = run(nlp, text)
    assert not any(q.cue is not None and "words" in q.cue.text for q in got), show(got)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "cue"),
    [
        ('"Unacceptable" was how Ana Ruiz described the plan.', "Unacceptable", "Ana Ruiz", "described"),
        (f"{L}Reckless{R} was how Ana Ruiz described the budget.", "Reckless", "Ana Ruiz", "described"),
        ('"Shameful" was the word the minister used.', "Shameful", "Minister", "used"),
        ('"Shameful" was the word that the minister chose.', "Shameful", "Minister", "chose"),
        # the quotation's own marks in front of a dash, then "that was how"
        (f"{L}A circus{R} \u2014 that was how Ana Ruiz put it.", "A circus", "Ana Ruiz", "put"),
        ('"A circus" -- that was how Ana Ruiz put it.', "A circus", "Ana Ruiz", "put"),
    ],
)
def test_quotation_as_subject_of_how_said(nlp, text: str, content: str, speaker: str, cue: str) -> None:
    """`"X" was how N described the plan`, `"X" was the word N used`, `"X" - that was how N
    put it`: the quotation is what N said. Before, no item for the quotation (a one-word
    quotation read as a title; the dash form unknown) and, with "described the plan",
    an indirect item `the plan`."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct" and q.speaker == speaker and q.cue is not None and q.cue.text == cue, show(got)
    assert len(got) == 1, show(got)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ana Ruiz was asked again. \"Never,\" was Ruiz's blunt answer when asked if she would resign.",
         "Never,", "Ana Ruiz"),
    ],
)
def test_quotation_was_names_answer(nlp, text: str, content: str, speaker: str) -> None:
    """`"Never," was Ruiz's answer`: a noun of answering owned by a name (the pattern had
    pronouns and "the" only). Before, no item for the quotation."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct" and q.speaker == speaker, show(got)


@pytest.mark.parametrize(
    "text",
    [
        '"Blue Moon" was the first song they played.',
        '"Blue Moon" was how the band opened the show.',
        f"{L}Jaws{R} \u2014 that was how the summer of 1975 began.",
        '"Vertigo" was the film the critic liked most.',
    ],
)
def test_quotation_as_subject_controls(nlp, text: str) -> None:
    """A title as the subject of a copula (a song, a film; no wording, no verb of saying)
    gives no item."""
    got = run(nlp, text)
    assert not got, show(got)
