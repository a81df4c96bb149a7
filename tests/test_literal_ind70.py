"""Literal-sentence tests of the ind70 round (every sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("She said that, because the auditor found no fraud, the accounts were sound.",
         "because the auditor found no fraud, the accounts were sound", "She"),
        ("The mayor told reporters that, because the ferry had failed twice, the harbor would close.",
         "because the ferry had failed twice, the harbor would close", "The mayor"),
        ("Kovac argued that,  because the river rose, the bridge was never safe.",
         "because the river rose, the bridge was never safe", "Kovac"),
    ],
)
def test_because_clause_set_off_after_that_opens_the_content(nlp, text: str, content: str, mention: str) -> None:
    """`said that, because A, B`: the comma after "that" only sets off the fronted
    because-clause inside the clause that was said; it is no reason for saying it."""
    q = one(run(nlp, text), content)
    assert q.type == "indirect" and q.speaker_mention is not None and q.speaker_mention.text == mention, show([q])


@pytest.mark.parametrize(
    "text",
    [
        "She wrote to the board because the auditor found no fraud in the accounts.",
        "She said it again, because the auditor had found no fraud in the accounts.",
    ],
)
def test_because_clause_giving_the_reason_for_saying_controls(nlp, text: str) -> None:
    """Near misses: a because-clause after the verb with no "that" before it gives why
    the act was done, and is no content."""
    quotes = run(nlp, text)
    assert not any(q.content.text.startswith("because") for q in quotes), show(quotes)
