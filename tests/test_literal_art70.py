"""Literal-sentence tests from the art70 invented articles (every sentence invented).

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
            "Ana Ruiz grew up far from the sea. She took the job, she told me, because it promised a house "
            "and a pension.\n\n\"I thought it would be for a year or two.\"",
            "I thought it would be for a year or two.",
            "Ana Ruiz",
        ),
    ],
)
def test_quote_after_a_statement_and_a_things_report_goes_on_with_the_statement(
    nlp, text: str, content: str, speaker: str
) -> None:
    """A quote paragraph after `she told me, because it promised a house and a pension`
    goes on with the statement (`she told me`), not with the bare thing's report
    (`it promised ...`), whose speaker is no one."""
    q = one(run(nlp, text), content)
    assert q.speaker == speaker, show([q])


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # a report of a bare thing alone before the quote: the quote still goes on with it
        (
            "Senator Lea Marsh endorsed Governor Hal Bright in the primary.\n\n"
            "\"He is the only one who can win in November.\"",
            "He is the only one who can win in November.",
            "Lea Marsh",
        ),
        # the statement's content runs over the thing's report (`he says, because ...`)
        (
            "Tomas Berg moved to the city in 1990. He joined the paper, he says, because it promised a desk "
            "and a salary.\n\n\"I never meant to stay this long, but here I am.\"",
            "I never meant to stay this long, but here I am.",
            "Tomas Berg",
        ),
        # a clause report alone: unchanged
        (
            "Ana Ruiz said the harbour had been busy all winter.\n\n\"We never stopped, not for one day.\"",
            "We never stopped, not for one day.",
            "Ana Ruiz",
        ),
    ],
)
def test_quote_after_a_report_controls(nlp, text: str, content: str, speaker: str) -> None:
    """Near misses: one report before the quote, of a thing or of a clause."""
    q = one(run(nlp, text), content)
    assert q.speaker == speaker, show([q])


@pytest.mark.parametrize(
    ("text", "quote", "gloss"),
    [
        ("His wife was blunter. \u00abIls nous ont oubli\u00e9s,\u00bb she said \u2014 they have forgotten us.",
         "Ils nous ont oubli\u00e9s,", "they have forgotten us"),
        ("\"Wir bleiben hier,\" the farmer said - we are staying here.", "Wir bleiben hier,", "we are staying here"),
    ],
)
def test_clause_after_a_dash_after_a_quotes_cue_is_no_second_content(nlp, text: str, quote: str, gloss: str) -> None:
    """`"...," she said — they have forgotten us`: the quote before the cue is what was
    said; the clause the dash sets off after the cue is the writer's gloss."""
    quotes = run(nlp, text)
    one(quotes, quote)
    assert not [q for q in quotes if gloss in q.content.text], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no quote before the cue: the clause after the dash is what was said
        ("She said \u2014 they have forgotten us.", "they have forgotten us"),
    ],
)
def test_clause_after_a_dash_controls(nlp, text: str, content: str) -> None:
    """Near miss: a dash with no quote taking the cue."""
    quotes = run(nlp, text)
    assert [q for q in quotes if content in q.content.text], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The European Commission has said it will stay out. A Commission spokeswoman said on Tuesday that the "
         "crossing was a matter for the two countries.", "the crossing was a matter for the two countries",
         "European Commission"),
        ("The Foreign Ministry summoned the ambassador. A Ministry spokesman said the remarks were unacceptable.",
         "the remarks were unacceptable", "Foreign Ministry"),
    ],
)
def test_capitalised_office_word_is_the_body_named_before(nlp, text: str, content: str, speaker: str) -> None:
    """`The European Commission ... A Commission spokeswoman said`: a word for a public
    office written with its capital is the short name of the one body named before that
    ends in it (as "The Post" is The Washington Post's)."""
    q = one(run(nlp, text), content)
    assert q.speaker == speaker, show([q])


def test_capitalised_office_word_with_two_bodies_named_before_stays(nlp) -> None:
    """Near miss: two commissions named before, so the word names neither."""
    text = ("The European Commission and the Federal Trade Commission both opened cases. A Commission "
            "spokeswoman said the review would take a year.")
    q = one(run(nlp, text), "the review would take a year")
    assert q.speaker == "Commission", show([q])
