"""Speaker resolution cases found by a third held-out battery of invented articles (res60).

Each case failed before its fix; the near-miss controls beside it pin what must not
change. The articles are invented; the helpers are those of ``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, find, run

from quotes import pipeline


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


CASES = {
    # A generational suffix is no surname: "Walter Denholm Sr." is a Denholm, and the
    # suffixes say which of two namesakes is the elder.
    "the-elder-of-sr-and-jr": (
        "Boatyard\n\nWalter Denholm Sr. founded the boatyard in 1961. His son, Walter Denholm Jr., runs it today.\n\n"
        "The elder Denholm said the yard had survived three recessions.",
        [R("the yard had survived three recessions", "Walter Denholm Sr.", "person", mention="The elder Denholm")],
    ),
    "the-younger-of-sr-and-jr": (
        "Boatyard\n\nWalter Denholm Sr. founded the boatyard in 1961. Walter Denholm Jr. runs it today.\n\n"
        "The younger Denholm said orders had never been better.",
        [R("orders had never been better", "Walter Denholm Jr.", "person", mention="The younger Denholm")],
    ),
    # "His son, X" opening a sentence says who is the younger, as "his son X" does
    "the-elder-after-a-capitalised-his-son": (
        "Boatyard\n\nWalter Denholm founded the boatyard in 1961. His son, Carl Denholm, runs it today.\n\n"
        "The elder Denholm said the yard had survived three recessions.",
        [R("the yard had survived three recessions", "Walter Denholm", "person")],
    ),
    # An untagged name keeps its suffix: the son is not read as his father's name.
    "surname-after-an-untagged-jr-name": (
        "Racing\n\nOtis Greer Jr. won his first race at the speedway on Sunday.\n\n"
        "Greer said his father had taught him to drive on the family farm.",
        [R("his father had taught him to drive on the family farm", "Otis Greer Jr.", "person", mention="Greer")],
    ),
    "surname-after-an-untagged-comma-jr-name": (
        "Racing\n\nOtis Greer, Jr., won his first race at the speedway on Sunday.\n\n"
        "Greer said his father had taught him to drive on the family farm.",
        [R("his father had taught him to drive on the family farm", "Otis Greer Jr.", "person", mention="Greer")],
    ),
    # "Sr" split from its stop, both read as subjects of "said": the name speaks
    "untagged-sr-name-as-subject": (
        "Racing\n\nOtis Greer Sr. said he was proud of his son.",
        [R("he was proud of his son", "Otis Greer Sr.", "person", mention="Otis Greer Sr.")],
    ),
    "untagged-comma-jr-name-as-subject": (
        "Racing\n\nOtis Greer, Jr., said the car had been perfect.",
        [R("the car had been perfect", "Otis Greer Jr.", "person", mention="Otis Greer, Jr.")],
    ),
    # controls: with no suffix, age or kin word the surname alone picks the latest
    # namesake, as before; a plain name stays plain; a legal form's stop stays the body's
    "control-elder-without-a-clue": (
        "Boatyard\n\nWalter Denholm founded the boatyard in 1961. Carl Denholm runs it today.\n\n"
        "The elder Denholm said the yard had survived three recessions.",
        [R("the yard had survived three recessions", "Carl Denholm", "person")],
    ),
    "control-surname-after-an-untagged-plain-name": (
        "Racing\n\nOtis Greer won his first race at the speedway on Sunday.\n\n"
        "Greer said his father had taught him to drive on the family farm.",
        [R("his father had taught him to drive on the family farm", "Otis Greer", "person", mention="Greer")],
    ),
    "control-legal-form-stop": (
        "Results\n\nThe Vantor Co. said its profits had doubled.",
        [R("its profits had doubled", "Vantor Co.", "organization")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)


def test_suffix_after_comma_is_no_role(nlp) -> None:
    """ "Otis Greer, Jr., said": the name is "Otis Greer Jr."; the mention's words are
    all name, so no role is left over (it was "Otis Greer")."""
    quotes = run(nlp, "Racing\n\nOtis Greer, Jr., said the car had been perfect.")
    assert find(quotes, "the car had been perfect").role is None
