"""Literal-sentence tests for what the lit66 battery left (every sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (f"The coach messaged the players: {L}Be ready at six.{R}", "Be ready at six.", "Coach"),
        (f"Late on Monday the trainer messaged the squad: {L}Bring your boots.{R}", "Bring your boots.", "Trainer"),
        # (curly marks: the declarative quotation was mixed too)
        (f"The coach messaged the players: {L}We are ready at six.{R}", "We are ready at six.", "Coach"),
    ],
)
def test_imperative_after_hearer_and_colon_is_direct(nlp, text: str, content: str, speaker: str) -> None:
    """An imperative quotation after "messaged the players:" is the message, a direct
    item. Before, the parser made the imperative the root, the object "the players" became
    a report of its own, and it joined the quotation as a mixed item."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct" and q.speaker == speaker, show(got)
    assert len(got) == 1, show(got)


@pytest.mark.parametrize(
    ("text", "content", "kind"),
    [
        # "texted the crew:" was direct before (cued by the colon) and stays so
        (f"The captain texted the crew: {L}Be ready.{R}", "Be ready.", "direct"),
        # a thing as object says something: the clause and the quotation are one mixed item
        (f"He noted the sparse attendance: {L}Nobody came.{R}", f"the sparse attendance: {L}Nobody came.{R}", "mixed"),
    ],
)
def test_imperative_after_hearer_controls(nlp, text: str, content: str, kind: str) -> None:
    """Near misses keep their readings."""
    got = run(nlp, text)
    assert one(got, content).type == kind, show(got)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Fares, Ana Ruiz, the head of the transport board, said, will rise.",
         "Fares, Ana Ruiz, the head of the transport board, said, will rise", "Ana Ruiz"),
        ("Rents, Tom Hale, the chairman of the housing trust, said on Friday, will stay the same.",
         "Rents, Tom Hale, the chairman of the housing trust, said on Friday, will stay the same", "Tom Hale"),
    ],
)
def test_named_speaker_with_apposition_in_comma_aside(nlp, text: str, content: str, speaker: str) -> None:
    """A named speaker with an apposition of their own in a comma-set aside speaks. Before,
    the parser read the name as a conjunct of the noun before the comma (the clause's
    subject), so the aside's verb kept that noun as its subject, and the mention fell on
    the body named in the apposition."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "indirect" and q.speaker == speaker, show(got)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a named speaker alone in the aside was right before
        ("Fares, Ana Ruiz said, will rise.", "Fares, Ana Ruiz said, will rise", "Ana Ruiz"),
        # a list of things before the aside keeps its conjuncts; the minister speaks
        ("Fares, taxes and rents, the minister said, will rise.",
         "Fares, taxes and rents, the minister said, will rise", "Minister"),
    ],
)
def test_named_speaker_in_comma_aside_controls(nlp, text: str, content: str, speaker: str) -> None:
    """Near misses keep their readings."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker == speaker, show(got)


@pytest.mark.parametrize(
    "text",
    [
        "The children scoffed the cake.",
        "By noon the hungry crew had scoffed every sandwich on the tray.",
    ],
)
def test_scoffing_food_is_no_report(nlp, text: str) -> None:
    """"scoffed the cake" is eating; one scoffs AT something, or scoffs a quotation or a
    clause. Before, the object was the content of a report."""
    got = run(nlp, text)
    assert not got, show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister scoffed at the report.", "the report"),
        ("The minister scoffed that the report was fiction.", "the report was fiction"),
        (f"{L}Fiction,{R} the minister scoffed.", "Fiction,"),
    ],
)
def test_scoffing_at_and_with_clause_controls(nlp, text: str, content: str) -> None:
    """Near misses: "scoff at", a that-clause and a quotation keep their items."""
    got = run(nlp, text)
    one(got, content)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (f"{L}Never,{R} was Ana Ruiz's answer.", "Never,", "Ana Ruiz"),
        # the model tags "Nadia Kessler's" (with its "'s") as one body: the owner alone
        # must still resolve
        (f"{L}Not a hope{R} was Nadia Kessler's reply.", "Not a hope", "Nadia Kessler"),
    ],
)
def test_owner_of_the_answer_is_the_mention(nlp, text: str, content: str, speaker: str) -> None:
    """`"Never," was Ana Ruiz's answer`: the answer stands in the speaker's slot; its
    owner is the mention (before, the whole phrase "Ana Ruiz's answer")."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct" and q.speaker == speaker, show(got)
    assert q.speaker_mention is not None and q.speaker_mention.text == speaker, show(got)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        # a given-words noun with no owner stays the mention
        (f"Ana Ruiz faced the press. {L}No comment,{R} was the answer.", "No comment,", "the answer"),
        # a pronoun owner was the mention before
        (f"Ines Calloway faced the press. {L}No comment,{R} was her answer.", "No comment,", "her"),
    ],
)
def test_owner_of_the_answer_controls(nlp, text: str, content: str, mention: str) -> None:
    """Near misses keep their mentions."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)
