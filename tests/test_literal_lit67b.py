"""Literal-sentence tests from the lit67b blind battery on reported speech and mixed quotes
(every sentence invented).

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


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Ruiz and Patel both said that the talks would resume in January.", "the talks would resume in January", "Ruiz"),
        ("Ruiz and Patel said the talks would resume after the holidays.", "the talks would resume after the holidays", "Ruiz"),
    ],
)
def test_bare_surname_before_and_name_is_first_speaker(nlp, text: str, content: str, mention: str) -> None:
    """`Ruiz and Patel both said`: the model tags the surname opening the sentence a
    common noun; the mention is that first speaker, not the second name alone."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Tomas Vrba and Ines Calloway said the deal was fair.", "the deal was fair", "Tomas Vrba"),
        ("The lawyer and Ana Patel said the deal was fair.", "the deal was fair", "Ana Patel"),
        ("Okoro and Patel told reporters the ferry would sail on Monday.", "the ferry would sail on Monday", "Okoro"),
    ],
)
def test_named_or_common_first_conjunct_unchanged(nlp, text: str, content: str, mention: str) -> None:
    """Controls: a first conjunct the model knows as a name, and a common noun with "the"
    (whose misparsed head still yields the name after it), keep their old mentions."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)
