"""Cases left open by the fourteenth held-out battery (res70), fixed in res70.

Each case failed before its fix unless marked a control; the near-miss controls beside
it pin what must not change. The articles are invented; the helpers are those of
``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

L, Q = "\u201c", "\u201d"

CASES = {
    # A capitalised title after "the" ("the Crown Prince said"), which the model reads
    # as proper nouns: the titled person named before, not a person "Crown Prince".
    "capitalised-title-after-the-is-the-titled-person": (
        "Visit\n\nCrown Prince Anselm Rudel arrived in Lisbon on Monday.\n\n"
        f"{L}We want closer ties,{Q} the Crown Prince said.",
        [R("We want closer ties,", "Anselm Rudel", "person", mention="the Crown Prince")],
    ),
    "capitalised-title-after-the-with-nobody-titled": (
        f"Visit\n\n{L}We want closer ties,{Q} the Crown Prince said in Lisbon.",
        [R("We want closer ties,", None)],
    ),
    # control: a surname that is a title word, without "the", is a name
    "title-word-surname-without-the-control": (
        f"Guards\n\n{L}We hired veterans,{Q} Oskar Prince said.",
        [R("We hired veterans,", "Oskar Prince", "person")],
    ),
    # control: a body whose last word is a title word of no person stays the body
    "body-ending-in-a-title-word-control": (
        "Attack\n\nThe Islamic State claimed the attack on Friday. "
        "The Islamic State said its fighters had planned it for months.",
        [R("its fighters had planned it for months", "Islamic State")],
    ),
    # A bare "A spokesman" right after a sentence that names one body and no person:
    # the body's words (it was an unnamed "Spokesman"), as "a company spokesman" is.
    "bare-spokesman-after-the-one-body-of-the-sentence-before": (
        "Delays\n\nRail operator Northline cancelled 60 trains on Tuesday. "
        "A spokesman said staff shortages were to blame.",
        [R("staff shortages were to blame", "Northline", "organization", mention="A spokesman")],
    ),
    "bare-spokeswoman-after-a-company": (
        "Leak\n\nDexford Chemicals closed its plant after a leak. A spokeswoman said the leak had been contained.",
        [R("the leak had been contained", "Dexford Chemicals", "organization")],
    ),
    # control: after a person, whose spokesman it is the text does not say
    "bare-spokesman-after-a-person-control": (
        "Case\n\nThe singer Arlo Vance was charged on Monday. A spokesman said he would fight the charge.",
        [R("he would fight the charge", "Spokesman", "unnamed")],
    ),
    # control: two bodies before: which one is not said
    "bare-spokesman-after-two-bodies-control": (
        "Merger\n\nDexford Chemicals agreed to buy Tolman Plastics on Monday. A spokesman said the deal would close in May.",
        [R("the deal would close in May", "Spokesman", "unnamed")],
    ),
    # "A firm spokeswoman", the parser reading "firm" as an adjective: the one company
    # named before, as "a company spokeswoman" (it was an unnamed "Spokeswoman").
    "firm-read-as-an-adjective-before-spokeswoman": (
        "Leak\n\nDexford Chemicals closed its plant after a leak on Monday.\n\n"
        "Later, a firm spokeswoman said the leak had been contained.",
        [R("the leak had been contained", "Dexford Chemicals", "organization", mention="a firm spokeswoman")],
    ),
    # control: a council is no firm
    "firm-spokeswoman-after-a-council-control": (
        "Bins\n\nSelby District Council closed the depot on Monday.\n\n"
        "Later, a firm spokeswoman said the contract had ended.",
        [R("the contract had ended", "Spokeswoman", "unnamed")],
    ),
    # A council named after two places, cut by the model at "and" into a place and a
    # body "Lorne Council": the words went to half the name.
    "council-named-after-two-places": (
        "Storm\n\nArgyll and Lorne Council closed its schools on Monday. The council said the roads were unsafe.",
        [R("the roads were unsafe", "Argyll and Lorne Council", "organization")],
    ),
    "council-named-after-two-places-lowercase-council": (
        "Storm\n\nHeavy snow fell overnight.\n\nArgyll and Lorne council said all of its schools would open late.",
        [R("all of its schools would open late", "Argyll and Lorne council", "organization")],
    ),
    # control: a person and a council joined by "and" stay two
    "person-and-council-control": (
        "Deal\n\nAna Kelo and Westmoor Council reached a deal on Monday. The council said the depot would stay open.",
        [R("the depot would stay open", "Westmoor Council", "organization")],
    ),
    # "one baggage handler said", "Another islander said": one person nobody names,
    # described by an agent noun no list holds, is an unnamed speaker (it was none), and
    # the "he" right after is that same speaker (it went to a man named paragraphs up).
    "one-agent-noun-is-an-unnamed-speaker": (
        "Cuts\n\nThe mayor, Lars Kjeldsen, called the closure a blow.\n\n"
        "At a staff meeting, one baggage handler said he had worked there for eleven years. "
        f"{L}They gave us a letter,{Q} he said.",
        [R("he had worked there for eleven years", "Handler", "unnamed", mention="one baggage handler"),
         R("They gave us a letter,", "Handler", "unnamed")],
    ),
    "another-agent-noun-is-an-unnamed-speaker": (
        "Ferry\n\nAnother islander, who did not want to be named, said people had felt forgotten.",
        [R("people had felt forgotten", "Islander", "unnamed")],
    ),
    # controls: a sign's words and a share of people are no such speaker
    "a-poster-is-no-doer-control": (
        "Strike\n\nA poster said the strike was on.",
        [R("the strike was on", None)],
    ),
    "a-share-of-people-is-no-doer-control": (
        "Poll\n\nJust over a quarter said they would vote for someone else.",
        [R("they would vote for someone else", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)
