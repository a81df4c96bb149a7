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
