"""Cases left open by the fifteenth held-out battery (res70 speakers), fixed in res70b.

Each case failed before its fix unless marked a control; the near-miss controls beside
it pin what must not change. The articles are invented; the helpers are those of
``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

L, Q = "\u201c", "\u201d"

CASES = {
    # "A company spokeswoman" after two bodies of which one only is a business (an
    # airline and a pilots' association): the business speaks, as with one body named.
    "company-spokeswoman-after-a-business-and-a-union": (
        "Pay\n\nSkyward Airlines and the Regional Pilots Association have argued for months over pay. "
        f"{L}We are disappointed by the vote,{Q} a company spokeswoman said.",
        [R("We are disappointed by the vote,", "Skyward Airlines", "organization", mention="a company spokeswoman")],
    ),
    "company-spokeswoman-after-a-council-and-a-business": (
        "Fine\n\nSelby District Council fined Skyward Airlines on Monday. "
        f"{L}We will appeal,{Q} a company spokeswoman said.",
        [R("We will appeal,", "Skyward Airlines", "organization")],
    ),
    # controls: two businesses, or no business, and the spokeswoman stays unnamed
    "company-spokeswoman-after-two-businesses-control": (
        "Deal\n\nSkyward Airlines reached a deal with Boeing on Monday. "
        f"{L}We are pleased with the deal,{Q} a company spokeswoman said.",
        [R("We are pleased with the deal,", "Spokeswoman", "unnamed")],
    ),
    "company-spokeswoman-after-a-council-and-a-union-control": (
        "Fine\n\nSelby District Council fined the Regional Pilots Association on Monday. "
        f"{L}We will appeal,{Q} a company spokeswoman said.",
        [R("We will appeal,", "Spokeswoman", "unnamed")],
    ),
    # "The group said" after a body introduced with the descriptor noun the later
    # definite noun repeats ("The campaign group Green Tide"), the name tagged a product.
    "the-group-after-the-campaign-group-name": (
        "Protest\n\nThe campaign group Green Tide staged a protest outside the plant on Friday. "
        f"{L}This plant poisons the river,{Q} the group said in a statement.",
        [R("This plant poisons the river,", "Green Tide", "organization", mention="the group")],
    ),
    # control: the same name after a word for no body stays no speaker for "the group"
    "the-group-after-a-phone-name-control": (
        "Launch\n\nThe new phone Green Tide went on sale on Friday. "
        f"{L}This plant poisons the river,{Q} the group said in a statement.",
        [R("This plant poisons the river,", None)],
    ),
    # A "she" right after the quotation of an unnamed analyst whose own relative clause
    # holds a "her" ("who asked not to be named because her bank ..."): that "her" is
    # the analyst herself, so "she" goes on with her, not with the analyst named before.
    "she-after-an-unnamed-analyst-whose-clause-has-her": (
        f"Rates\n\n{L}Rates will stay high,{Q} said Joan Pike, an analyst at Fenwick Bank.\n\n"
        "Another analyst, who asked not to be named because her bank does not allow her to speak "
        f"publicly, said they would fall. {L}Spring will bring cuts,{Q} she said.",
        [R("Spring will bring cuts,", "Analyst", "unnamed", mention="she")],
    ),
    # control: a "her" of the narration after the description is someone else's
    "she-after-a-her-of-the-narration-control": (
        f"Rates\n\n{L}Rates will stay high,{Q} said Joan Pike, an analyst at Fenwick Bank.\n\n"
        "Another analyst, who asked not to be named, said they would fall. Her bank cut its "
        f"forecast on Monday. {L}Spring will bring cuts,{Q} she said.",
        [R("Spring will bring cuts,", "Joan Pike", "person", mention="she")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)
