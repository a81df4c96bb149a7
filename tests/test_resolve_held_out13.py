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
    # A person tagged up to the given name, the particle and surname after it untagged
    # ("Ludwig" of "Ludwig van Beek"): a later "van Beek said" was a person "van Beek".
    "particle-surname-left-out-of-the-tagged-given-name": (
        "Euro\n\nLudwig van Beek, a Dutch economist, spoke in Brussels on Monday.\n\n"
        f"{L}The euro is stable,{Q} van Beek said.",
        [R("The euro is stable,", "Ludwig van Beek", "person", mention="van Beek")],
    ),
    "particle-surname-left-out-then-the-bare-surname": (
        "Euro\n\nLudwig van Beek, a Dutch economist, spoke in Brussels on Monday.\n\n"
        f"{L}The euro is stable,{Q} Beek said.",
        [R("The euro is stable,", "Ludwig van Beek", "person")],
    ),
    # control: a name the model tags whole with its particle is unchanged
    "particle-name-tagged-whole-control": (
        "Art\n\nThe painter Anna de Vries opened the show.\n\n"
        f"{L}Colour is everything,{Q} de Vries said.",
        [R("Colour is everything,", "Anna de Vries", "person")],
    ),
    # A title in lowercase the tagger reads as proper nouns ("the crown prince", "voter
    # mistrust") is no person's name: the speaker was a person "crown prince".
    "lowercase-title-read-as-proper-nouns-is-the-titled-person": (
        "Visit\n\nCrown Prince Faisal bin Nayef arrived in Paris on Monday.\n\n"
        f"{L}We want closer ties,{Q} the crown prince said.",
        [R("We want closer ties,", "Faisal bin Nayef", "person", mention="the crown prince")],
    ),
    "lowercase-title-read-as-proper-nouns-with-nobody-titled": (
        f"Visit\n\n{L}We want closer ties,{Q} the crown prince said.",
        [R("We want closer ties,", None)],
    ),
    # ... nor a lowercase word the model tags a body ("state" of "the secretary of
    # state"): the speaker was a body "secretary".
    "lowercase-word-tagged-a-body-inside-a-title": (
        "State\n\nAda Grimes, the secretary of state, opened the office on Monday.\n\n"
        f"{L}Every vote counts,{Q} the secretary of state said.",
        [R("Every vote counts,", "Ada Grimes", "person")],
    ),
    "lowercase-word-tagged-a-body-inside-a-title-named-before-the-name": (
        "State\n\nThe secretary of state and former senator Ada Grimes opened the office on Monday.\n\n"
        "At the rally, the secretary of state said she was proud of the count.",
        [R("she was proud of the count", "Ada Grimes", "person")],
    ),
    # control: the title word alone was read before
    "the-prince-control": (
        "Visit\n\nPrince Faisal bin Nayef arrived in Paris on Monday.\n\n"
        f"{L}We want closer ties,{Q} the prince said.",
        [R("We want closer ties,", "Faisal bin Nayef", "person")],
    ),
    # A body every country has, its owner a country the model left untagged ("Norway's
    # Ministry of Health"): the body was filed and spoke without its country.
    "country-owned-ministry-with-the-country-untagged-then-the-ministry": (
        "Health\n\nNorway's Ministry of Health ordered more vaccines on Monday. The ministry said the order "
        "would arrive in May.",
        [R("the order would arrive in May", "Norway's Ministry of Health", "organization")],
    ),
    "country-owned-ministry-with-the-country-untagged-then-its-spokesperson": (
        "Health\n\nNorway's Ministry of Health ordered more vaccines on Monday. A spokesperson for the "
        "ministry said the order would arrive in May.",
        [R("the order would arrive in May", "Norway's Ministry of Health", "organization")],
    ),
    "country-owned-ministry-with-the-country-untagged-speaking": (
        "Health\n\nNorway's Ministry of Health said on Monday that it had ordered more vaccines.",
        [R("it had ordered more vaccines", "Norway's Ministry of Health", "organization")],
    ),
    # control: a company's own name after a possessive keeps no owner
    "possessive-before-a-company-name-control": (
        "Deals\n\nNorway's Nordhavn Bank raised its rates on Monday. The bank said inflation was too high.",
        [R("inflation was too high", "Nordhavn Bank", "organization")],
    ),
    # The writer's own sentence names the one man it met or spoke to: "he" next is that
    # man, not the man the text was about before it (the writer, "I", is no "he").
    "he-after-the-writer-met-a-man": (
        "Meeting\n\nDeputy Mayor Tom Ames opened the meeting with a short speech. Later I met Carl Benz, "
        "a retired welder, at the back of the hall. He told me the plan would ruin the street.",
        [R("the plan would ruin the street", "Carl Benz", "person")],
    ),
    "he-after-the-writer-spoke-to-a-man": (
        "Meeting\n\nDeputy Mayor Tom Ames opened the meeting with a short speech. Later I spoke to Carl Benz, "
        "a retired welder, at the back of the hall. He said the plan would ruin the street.",
        [R("the plan would ruin the street", "Carl Benz", "person")],
    ),
    # control: a woman the writer met is no "he": the man of the text before stays
    "he-after-the-writer-met-a-woman-control": (
        "Meeting\n\nDeputy Mayor Tom Ames opened the meeting with a short speech. Later I met Ana Kelo at "
        "the back of the hall. He told me the plan would ruin the street.",
        [R("the plan would ruin the street", "Tom Ames", "person")],
    ),
    # control: a man named in a clause of the writer's sentence, no object of its verb
    "he-after-the-writer-watched-a-man-act-control": (
        "Meeting\n\nDeputy Mayor Tom Ames opened the meeting with a short speech. Later I watched as Carl "
        "Benz, a retired welder, left the hall. He said the plan would ruin the street.",
        [R("the plan would ruin the street", "Tom Ames", "person")],
    ),
    # "A company spokesman" after the one body the article names: it was an unnamed
    # "Spokesman", where "the company said" gives the body.
    "company-spokesman-after-the-one-body": (
        "Ferries\n\nTessaly Logistics sold two ferries on Tuesday. A company spokesman said fuel costs were too high.",
        [R("fuel costs were too high", "Tessaly Logistics", "organization")],
    ),
    # control: two bodies named before: which one's spokesman is not said
    "company-spokesman-after-two-bodies-control": (
        "Ferries\n\nTessaly Logistics sold two ferries on Tuesday, and Brunmoor Marine Inc. bought them. "
        "A company spokesman said fuel costs were too high.",
        [R("fuel costs were too high", "Spokesman", "unnamed")],
    ),
    # control: a public body's spokesman is no company's
    "government-spokesman-after-one-company-control": (
        "Ferries\n\nTessaly Logistics sold two ferries on Tuesday. A government spokesman said fuel costs were too high.",
        [R("fuel costs were too high", "Spokesman", "unnamed")],
    ),
    # control: the one body before is a council: a company spokesman is none of its
    # (as "the company said" is not, a business description never meaning a public body)
    "company-spokesman-after-one-council-control": (
        "Library\n\nSelby District Council closed the library on Monday. A company spokesman said the "
        "building was unsafe.",
        [R("the building was unsafe", "Spokesman", "unnamed")],
    ),
    # control: a lowercase kind word with its own modifier, tagged a body, is that body
    # ("the water department"), not the council named before; only a lone lowercase word
    # ("state" of "the secretary of state") names none
    "lowercase-department-tagged-a-body-control": (
        "Meters\n\nNorthfield city council voted 14 to 9 on Monday to fit new meters. According to the water "
        "department, about 61,000 homes will receive the devices.",
        [R("about 61,000 homes will receive the devices", "Water department", "organization")],
    ),
    # A plural surname after a couple with the surname written once, which the parser
    # misreads (no "and" joins two heads): it was one person "Lunds"; the README leaves
    # a plural surname after a misparsed pair unresolved.
    "plural-surname-after-a-misparsed-couple": (
        "Orchard\n\nKaren and Olav Lund planted the orchard in 1985. The Lunds said the frost had killed half the trees.",
        [R("the frost had killed half the trees", None, None)],
    ),
    # "The X Y Administration" the model leaves untagged as the subject: a public body
    # (it was no body, so "the agency said" stayed unresolved).
    "the-untagged-administration-subject": (
        "Jets\n\nThe Federal Aviation Administration grounded the jets on Friday. "
        "The agency said inspections would take a week.",
        [R("inspections would take a week", "Federal Aviation Administration", "organization")],
    ),
    "the-untagged-commission-subject": (
        "Port\n\nThe Kelso Harbour Commission closed the port on Friday. The commission said repairs would take a week.",
        [R("repairs would take a week", "Kelso Harbour Commission", "organization")],
    ),
    # control: after one person of the name, the family stays as it was
    "plural-surname-after-one-person-control": (
        "Orchard\n\nOlav Lund planted the orchard in 1985. The Lunds said the frost had killed half the trees.",
        [R("the frost had killed half the trees", "Lunds", "person")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)


# The joint speakers of a pair: (content, first speaker, [(other, kind)]).
JOINT = {
    # Two bare surnames as joint speakers, the second tagged a body with nothing else to
    # make it one: it was a joint "organization" beside the person Ruiz.
    "two-bare-surnames-the-second-tagged-a-body": (
        "Election\n\nRuiz and Varga both said the count had been rigged.",
        ("the count had been rigged", "Ruiz", [("Varga", "person")]),
    ),
    # control: a body the article names on its own elsewhere stays a body
    "bare-surname-and-a-body-named-before-control": (
        "Search\n\nGoogle was fined on Monday.\n\nRuiz and Google both said the count had been rigged.",
        ("the count had been rigged", "Ruiz", [("Google", "organization")]),
    ),
    # control: a person and a body's name with a body's shape
    "bare-surname-and-a-company-control": (
        "Deal\n\nRuiz and Harwell Freight said the dispute was over.",
        ("the dispute was over", "Ruiz", [("Harwell Freight", "organization")]),
    ),
    # three full names set apart by a comma and an "and", parsed as a name with an
    # appositive name that holds the "and": all three spoke
    "three-full-names-comma-list": (
        "Petition\n\nOla Virtanen, Lars Olsen and Mira Holt said the pool should stay open.",
        ("the pool should stay open", "Ola Virtanen", [("Lars Olsen", "person"), ("Mira Holt", "person")]),
    ),
    # control: a description in apposition is no second speaker
    "name-with-a-role-appositive-control": (
        "Petition\n\nOla Virtanen, the club's treasurer, said the pool should stay open.",
        ("the pool should stay open", "Ola Virtanen", []),
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(JOINT.values()), ids=list(JOINT))
def test_held_out_joint(nlp, text: str, expected: tuple[str, str, list[tuple[str, str]]]) -> None:
    content, first, others = expected
    quotes = run(nlp, text)
    check(quotes, R(content, first, "person"))
    hit = next(q for q in quotes if content in q.content.text)
    assert [(j.name, j.kind) for j in hit.joint] == others, hit.joint
