"""Literal-sentence tests for what the lit67 battery left (every sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (f"{L}Not again,{R} one officer was heard to say.", "Not again,", "one officer"),
        (f"{L}Get back!{R} the coach was heard to yell.", "Get back!", "the coach"),
        # control: the participle form already worked
        (f"{L}Not again,{R} one officer was overheard saying.", "Not again,", "one officer"),
    ],
)
def test_heard_to_say_names_the_one_heard(nlp, text: str, content: str, mention: str) -> None:
    """A passive verb of perceiving with a speech verb's infinitive: the one heard
    speaks. Before, the infinitive found no speaker and the quote had no item."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct", show(got)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)


def test_heard_to_do_a_non_speech_act_is_no_cue(nlp) -> None:
    """Near miss: heard to laugh says nothing."""
    got = run(nlp, f"{L}Not again,{R} one officer was heard to laugh.")
    assert got == [], show(got)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (f"Ruiz said {L}yes{R} and Hale said {L}no.{R}", ("yes", "Ruiz"), ("no.", "Hale")),
        (f"Ruiz said {L}perhaps later,{R} but Hale said {L}never.{R}", ("perhaps later,", "Ruiz"), ("never.", "Hale")),
    ],
)
def test_each_speaker_keeps_their_own_quote(nlp, text: str, first: tuple[str, str], second: tuple[str, str]) -> None:
    """A conjunction after the marks, then a cue with its own subject, opens a second
    report: the first quote is its own speaker's. Before, the first became a mixed item
    ('Ruiz said "yes"') credited to the second speaker."""
    got = run(nlp, text)
    for content, mention in (first, second):
        q = one(got, content)
        assert q.type == "direct", show(got)
        assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)
    assert len(got) == 2, show(got)


@pytest.mark.parametrize(
    ("text", "content", "kind", "mention"),
    [
        # near misses: a cue after the conjunction with no quote of its own, or no subject
        (f"Ruiz called the plan {L}a disgrace{R} and Hale said it was fine.", "the plan \u201ca disgrace\u201d", "mixed", "Ruiz"),
        (f"{L}We will win,{R} Ruiz said, and Hale agreed.", "We will win,", "direct", "Ruiz"),
    ],
)
def test_conjunction_controls_keep_their_reading(nlp, text: str, content: str, kind: str, mention: str) -> None:
    """The conjunction rule leaves a cue before the marks that frames a fragment, and a
    cue right after a quote ending in a comma, as they were."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == kind, show(got)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (f"The result, in the words of one nurse: {L}Total exhaustion.{R}", "Total exhaustion.", "one nurse"),
        (f"Her plan, in the words of a close aide: {L}Win the north first.{R}", "Win the north first.", "a close aide"),
        # control: the phrase opening the lead already named the owner
        (f"In the words of one nurse: {L}Total exhaustion.{R}", "Total exhaustion.", "one nurse"),
    ],
)
def test_words_of_after_a_noun_names_the_speaker(nlp, text: str, content: str, mention: str) -> None:
    """`in the words of X` set off after the writer's noun before a colon still names
    whose words follow. Before, the noun ('The result') was the speaker."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)


def test_in_other_words_names_nobody(nlp) -> None:
    """Near miss: "in other words" is the writer rephrasing; the lead keeps its old
    (noun) reading rather than naming an owner."""
    got = run(nlp, f"The result, in other words: {L}Total exhaustion.{R}")
    assert all(q.cue is None or "words" not in q.cue.text for q in got), show(got)
