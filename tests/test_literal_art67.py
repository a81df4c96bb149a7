"""Literal-sentence tests from the art67 battery of invented whole articles (every
sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The car park on Dunmore Street opened last week. The council argues that the car park "
            "will pay for itself within fifteen years.",
            "the car park will pay for itself within fifteen years",
            None,
        ),
    ],
)
def test_street_is_no_body_a_description_means(nlp, text: str, content: str, speaker: None) -> None:
    """A street the model tags as a facility was indexed as a body, and "the council"
    then resolved to "Dunmore Street" (the latest body named). With no body named, the
    description stays unresolved, as it does in a story that names no place."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker == speaker, show(got)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a company named before the street: "the company" is still that company
        (
            "Brightline Media opened an office on Kelmore Street in May. The company said that it "
            "would hire 40 people.",
            "it would hire 40 people",
            "Brightline Media",
        ),
        # (already right before: "Kelby Road" is not tagged a facility)
        (
            "Traders on Kelby Road have complained for years. The council says that the road will "
            "reopen in June.",
            "the road will reopen in June",
            None,
        ),
        # a seat of government speaks as before
        ("Downing Street said that the talks would resume on Monday.", "the talks would resume on Monday",
         "Downing Street"),
    ],
)
def test_street_controls(nlp, text: str, content: str, speaker: str | None) -> None:
    """Near misses keep their readings."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker == speaker, show(got)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Lanterra Industries said it would cut 900 jobs. A Lanterra spokesperson said that the "
            "company had met union leaders on Tuesday.",
            "the company had met union leaders on Tuesday",
            "Lanterra Industries",
        ),
    ],
)
def test_spokesperson_of_a_short_company_name(nlp, text: str, content: str, speaker: str) -> None:
    """ "A Lanterra spokesperson" after "Lanterra Industries": the model tags the short
    form a nationality, which the index skips as a modifier, so the spokesperson stayed
    an unnamed 'Spokesperson'. The company named before whose first word it is speaks."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker == speaker, show(got)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a real nationality: no company starts with it, the spokesman stays unnamed
        ("A French spokesman said that the ship had left port.", "the ship had left port", "Spokesman"),
        # a name compounded on the noun and tagged a body speaks as before
        ("A Garda spokesman said that the road would stay closed overnight.",
         "the road would stay closed overnight", "Garda"),
    ],
)
def test_spokesperson_controls(nlp, text: str, content: str, speaker: str | None) -> None:
    """Near misses keep their readings."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker == speaker, show(got)
