"""Cases left open by res68 and art67, taken up in res68b.

Each case failed before its fix unless marked a control; the near-miss controls beside
it pin what must not change. The articles are invented; the helpers are those of
``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

L, Q = "\u201c", "\u201d"

CASES = {
    # A title before a Spanish name with two surnames of which the model tags only the
    # second: the given name ("Ana", also an English word) was not vouched for after a
    # title, so the speaker was "Ortega", or "Ruiz Ortega" later.
    "title-before-double-surname-then-both-surnames": (
        "Madrid\n\nMayor Ana Ruiz Ortega said trade had collapsed.\n\n"
        f"{L}The tourists do not buy flowers,{Q} Ruiz Ortega said.",
        [R("trade had collapsed", "Ana Ruiz Ortega", "person", role="Mayor"),
         R("The tourists do not buy flowers", "Ana Ruiz Ortega", "person")],
    ),
    "title-before-double-surname-then-the-second-surname": (
        "Madrid\n\nMayor Ana Ruiz Ortega said trade had collapsed.\n\n"
        f"{L}The tourists do not buy flowers,{Q} Ortega said.",
        [R("The tourists do not buy flowers", "Ana Ruiz Ortega", "person")],
    ),
    "title-before-double-surname-then-the-first-surname": (
        "Madrid\n\nMayor Ana Ruiz Ortega said trade had collapsed.\n\n"
        f"{L}The tourists do not buy flowers,{Q} Ruiz said.",
        [R("The tourists do not buy flowers", "Ana Ruiz Ortega", "person")],
    ),
    # control: a title before a plain two-word name is unchanged
    "title-before-two-word-name-control": (
        "Madrid\n\nMayor Ana Ruiz said trade had collapsed.\n\n"
        f"{L}The tourists do not buy flowers,{Q} Ruiz said.",
        [R("trade had collapsed", "Ana Ruiz", "person", role="Mayor"),
         R("The tourists do not buy flowers", "Ana Ruiz", "person")],
    ),
    # a role word opens the name as a title does
    "role-word-before-double-surname": (
        "Football\n\nCoach Ana Ruiz Ortega said the team had lost its nerve.",
        [R("the team had lost its nerve", "Ana Ruiz Ortega", "person")],
    ),
    # control: a foundation named after a titled person stays a body
    "titled-name-inside-a-body-name-control": (
        "Madrid\n\nThe Mayor Grace Ruiz Ortega Foundation said trade had collapsed.",
        [R("trade had collapsed", "Mayor Grace Ruiz Ortega Foundation", "organization")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)


JOINT = {
    # Two bare surnames joined by "and" that the article never gives in full: the first
    # is a lone name, which had no joint row, so Patel was left out.
    "two-bare-surnames-both-said": (
        "Talks\n\nRuiz and Patel both said that the talks would resume in January.",
        "the talks would resume in January", "Ruiz", ["Patel"],
    ),
    "two-bare-surnames-said": (
        "Talks\n\nRuiz and Patel said the talks would resume after the holidays.",
        "the talks would resume after the holidays", "Ruiz", ["Patel"],
    ),
    # control (passed before): surnames after both were named in full are the full names
    "surnames-after-full-names-control": (
        "Talks\n\nAna Ruiz and Raj Patel met the union leaders on Tuesday.\n\n"
        "Ruiz and Patel both said that the talks would resume in January.",
        "the talks would resume in January", "Ana Ruiz", ["Raj Patel"],
    ),
    # control: a bare surname and an unnamed group is one speaker, no joint row
    "bare-surname-and-an-unnamed-group-control": (
        "Talks\n\nRuiz and officials from the ministry said the talks would resume after the holidays.",
        "the talks would resume after the holidays", "Ruiz", [],
    ),
    # control: a second name in another clause is no joint speaker
    "bare-surname-then-another-clause-control": (
        "Talks\n\nRuiz said the talks would resume after the holidays, and Patel agreed.",
        "the talks would resume after the holidays", "Ruiz", [],
    ),
}


@pytest.mark.parametrize(("text", "content", "speaker", "joint"), list(JOINT.values()), ids=list(JOINT))
def test_joint_speakers(nlp, text: str, content: str, speaker: str, joint: list[str]) -> None:
    quotes = run(nlp, text)
    check(quotes, R(content, speaker, "person"))
    q = next(q for q in quotes if q.content.text == content)
    assert [j.name for j in q.joint] == joint, q.joint
