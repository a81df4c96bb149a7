"""Literal-sentence tests for the lit70b leftovers (every sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Mayor Ida Renk told the council "the budget is sound."', "the budget is sound."),
        (f"Coach Pavel Dusek told his players {L}we have earned nothing yet.{R}", "we have earned nothing yet."),
    ],
)
def test_told_addressee_then_whole_quoted_clause_is_direct(nlp, text: str, content: str) -> None:
    """Any noun phrase told, not only the press, is stepped over before a quotation that
    is a clause of its own and ends the sentence: a direct item, as with `told reporters`.
    Before, the mixed item opened at the addressee."""
    got = run(nlp, text)
    assert one(got, content).type == "direct", show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a quoted word, no clause: the mixed item keeps the addressee
        ('Mayor Ida Renk told the council "reckless."', 'the council "reckless."'),
    ],
)
def test_told_addressee_then_quoted_fragment_keeps_mixed(nlp, text: str, content: str) -> None:
    """Near miss: the quotation holds no clause of its own, nothing changes."""
    got = run(nlp, text)
    assert one(got, content).type == "mixed", show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Striker Ben Osei told reporters "we will win the cup" and boarded the bus.', "we will win the cup"),
        (f"Mayor Ida Renk told the council {L}we can balance the books{R} and walked out.", "we can balance the books"),
    ],
)
def test_told_quotation_then_narrated_second_verb_ends_at_mark(nlp, text: str, content: str) -> None:
    """After the addressee, a quoted clause with a modal followed by "and" + a simple
    past of the reporting subject (no subject of its own, a form the modal cannot take)
    is the quotation alone: a direct item ending at the close mark. Before, a mixed item
    ran on into the narration."""
    got = run(nlp, text)
    assert one(got, content).type == "direct", show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # the second verb has its own subject: it may be part of what was told
        ('Striker Ben Osei told reporters "we will win the cup" and they cheered.',
         '"we will win the cup" and they cheered'),
        # a bare form that shares the modal: still the quoted speaker's words
        ('Mayor Ida Renk told the council "we would wait" and see.', 'the council "we would wait" and see'),
    ],
)
def test_told_quotation_then_shared_or_own_subject_verb_runs_on(nlp, text: str, content: str) -> None:
    """Near misses: a second verb with its own subject or one the modal governs keeps the
    mixed item running on as before."""
    got = run(nlp, text)
    assert one(got, content).type == "mixed", show(got)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("A statement issued by the Ministry of Ports said the talks had failed.", "the talks had failed",
         "Ministry of Ports"),
        ("A statement released by the Ministry of Trade on Friday warned that exports would fall.",
         "exports would fall", "Ministry of Trade"),
    ],
)
def test_statement_issued_by_owner_speaks(nlp, text: str, content: str, speaker: str) -> None:
    """A statement qualified by a participle with a "by" agent is the agent's: the mention
    takes the phrase (as PolNeAR sources do) and the owner speaks, as with "from" or "by"
    alone. Before, the mention was "A statement" and no speaker was found."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker == speaker, show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a participle without an agent names no owner
        ("A statement issued on Monday said the talks had failed.", "the talks had failed"),
    ],
)
def test_statement_participle_without_agent_has_no_owner(nlp, text: str, content: str) -> None:
    """Near miss: no "by" phrase, the mention stays the bare statement, no speaker."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text == "A statement", show(got)
