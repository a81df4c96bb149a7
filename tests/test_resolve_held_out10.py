"""Cases left open by the ninth held-out battery (res67), fixed in res67.

Each case failed before its fix; the near-miss controls beside it pin what must not
change. The articles are invented; the helpers are those of ``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

from quotes import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


CASES = {
    # A Korean name written family name first whose given name's second half is an
    # English word ("Jae-in"): the model leaves it untagged (or tags "Moon Jae") and the
    # parser makes "in" the subject, so the mention was a piece of the name.
    "family-first-name-with-an-english-second-half-after-a-line-break": (
        "Seoul\n\nMoon Jae-in, the former president, said on Tuesday that dialogue with the North must resume.\n\n"
        "Moon said he had written to the current government.",
        [R("dialogue with the North must resume", "Moon Jae-in", "person"),
         R("he had written to the current government", "Moon Jae-in", "person")],
    ),
    "family-first-name-with-an-english-second-half-tagged-short": (
        "Seoul\n\nMoon Jae-in said dialogue with the North must resume.",
        [R("dialogue with the North must resume", "Moon Jae-in", "person")],
    ),
    # control: a Korean name in Western order keeps its surname after it
    "hyphenated-given-name-before-its-surname-control": (
        "Seoul\n\nMin-jun Park, the team's captain, said the squad was ready.",
        [R("the squad was ready", "Min-jun Park", "person")],
    ),
    # control: a family-first name the model tags whole stays as it was
    "family-first-name-tagged-whole-control": (
        "Seoul\n\nPark Ji-sung, the former captain, said the plan would work. Park said it was ready.",
        [R("the plan would work", "Park Ji-sung", "person"),
         R("it was ready", "Park Ji-sung", "person")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)
