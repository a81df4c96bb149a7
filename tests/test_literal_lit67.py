"""Literal-sentence tests from the lit67 blind battery (every sentence invented).

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


L, R, EM = "\u201c", "\u201d", "\u2014"


@pytest.mark.parametrize(
    ("text", "content", "report"),
    [
        (f"{L}I thought we had time...{R} Hale said, his voice breaking.", "I thought we had time...", None),
        # the that-clause the parser coordinates with the absolute phrase is what was said
        ("He said, his voice breaking, that the army had fled.", None, "the army had fled"),
    ],
)
def test_absolute_phrase_after_cue_is_no_report(nlp, text: str, content: str | None, report: str | None) -> None:
    """A participle with its own subject after the cue's comma describes the speaker.
    Before, it was a reported item ('his voice breaking')."""
    got = run(nlp, text)
    if content is not None:
        assert one(got, content).type == "direct", show(got)
    if report is not None:
        assert one(got, report).type == "indirect", show(got)
    assert len(got) == 1, show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She denied stealing the car.", "stealing the car"),
        ("Ruiz said the army was retreating.", "the army was retreating"),
    ],
)
def test_absolute_phrase_controls(nlp, text: str, content: str) -> None:
    """A gerund without its own subject and a tensed clause stay reports."""
    got = run(nlp, text)
    assert one(got, content).type == "indirect", show(got)
