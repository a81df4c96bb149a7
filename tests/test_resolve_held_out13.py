"""Cases left open by the thirteenth held-out battery (res69), fixed in res69.

Each case failed before its fix unless marked a control; the near-miss controls beside
it pin what must not change. The articles are invented; the helpers are those of
``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

L, Q = "\u201c", "\u201d"

CASES = {
    # A body's first word compounded onto a spokesperson noun, the body named in full
    # before and the short form left untagged (or tagged a person): the words went to a
    # second body, "Harwell", not to "Harwell Freight".
    "first-word-spokesperson-after-the-full-name": (
        "Jobs\n\nHarwell Freight cut 200 jobs on Monday.\n\n"
        f"{L}Demand has collapsed,{Q} a Harwell spokesperson said.",
        [R("Demand has collapsed,", "Harwell Freight", "organization", mention="a Harwell spokesperson")],
    ),
    "first-word-spokeswoman-tagged-a-person": (
        "Claims\n\nOrvin Holdings denied the claims on Monday. An Orvin spokeswoman said the report was wrong.",
        [R("the report was wrong", "Orvin Holdings", "organization")],
    ),
    # control: two bodies open with the word: which one is not said
    "first-word-spokesperson-two-bodies-control": (
        "Jobs\n\nHarwell Freight and Harwell Foods cut 200 jobs on Monday.\n\n"
        f"{L}Demand has collapsed,{Q} a Harwell spokesperson said.",
        [R("Demand has collapsed,", "Harwell", "organization")],
    ),
    # control: the full name only after the spokesperson is no body named before
    "first-word-spokesperson-before-the-full-name-control": (
        f"Jobs\n\n{L}Demand has collapsed,{Q} a Harwell spokesperson said. Harwell Freight cut 200 jobs on Monday.",
        [R("Demand has collapsed,", "Harwell", "organization")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)
