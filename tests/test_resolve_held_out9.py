"""Cases left open by the eighth held-out battery (res66), fixed in res66.

Each case failed before its fix; the near-miss controls beside it pin what must not
change. The articles are invented; the helpers are those of ``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

CASES = {
    # Initials before a surname the model tagged a person alone keep the name whole, even
    # when the surname is also in the model's vocabulary ("marlowe"): not a bare "Marlowe".
    "initials-before-a-tagged-surname-in-the-vocabulary": (
        "Novel\n\nJ.K. Marlowe, whose first novel sold a million copies, said the sequel was finished.\n\n"
        "Marlowe said it would be published in October.",
        [R("the sequel was finished", "J.K. Marlowe", "person"),
         R("it would be published in October", "J.K. Marlowe", "person")],
    ),
    # control: initials before an untagged English word stay no person's name
    "initials-before-an-english-word-control": (
        "Army\n\nThe U.S. Army said on Monday that the base would close in 2029.",
        [R("the base would close in 2029", "U.S. Army", "organization")],
    ),
    # A party's section named by a chamber or a place ("Senate Democrats") is one body:
    # its own words and the "they" after them share one label (not "Democrats" for the
    # first and an unnamed "Senate Democrats" for the second).
    "a-party-section-and-its-they-share-one-label": (
        "Shutdown\n\nSenate Democrats said on Monday that they would not support the spending bill.\n\n"
        "They said the cuts to health programmes went too far.",
        [R("they would not support the spending bill", "Senate Democrats", "organization"),
         R("the cuts to health programmes went too far", "Senate Democrats", "organization")],
    ),
    "a-state-party-section-is-its-own-body": (
        "Map\n\nOhio Republicans said the new district map was fair.",
        [R("the new district map was fair", "Ohio Republicans", "organization")],
    ),
    # control: a kind of member is no named section: the party speaks
    "a-kind-of-party-member-is-the-party-control": (
        "Vote\n\nAngry Democrats said the bill was dead. They said they would vote no.",
        [R("the bill was dead", "Democrats", "organization"), R("they would vote no", "Democrats", "organization")],
    ),
    # A role with a nationality is the one person the text gave that nationality ("her
    # German counterpart, Lukas Weber"), not the last holder of the role, who is French.
    "a-role-with-a-nationality-is-the-person-of-that-nation": (
        "Summit\n\nFrance's foreign minister, Claire Duval, met her German counterpart, Lukas Weber, in Berlin.\n\n"
        "Duval said the two countries agreed on sanctions. The German minister said talks would continue.",
        [R("the two countries agreed on sanctions", "Claire Duval", "person"),
         R("talks would continue", "Lukas Weber", "person")],
    ),
    "a-role-with-a-nationality-the-other-way-round": (
        "Summit\n\nGerman Foreign Minister Lukas Weber met his French counterpart, Claire Duval, in Berlin.\n\n"
        "The French minister said talks would continue.",
        [R("talks would continue", "Claire Duval", "person")],
    ),
    # control: two people of that nation: the role decides as before (the minister)
    "a-role-with-a-nationality-two-of-that-nation-control": (
        "Summit\n\nGerman Foreign Minister Lukas Weber met the German footballer Jonas Kraft in Berlin.\n\n"
        "The German minister said the visit had been a success.",
        [R("the visit had been a success", "Lukas Weber", "person")],
    ),
    # "Marta and Jonas Lind" with the lone first name tagged a place: the pair is still
    # the two people, for "the couple" and for "they" (both, as joint speakers).
    "the-couple-after-a-shared-surname-with-a-first-name-tagged-a-place": (
        "Anniversary\n\nMarta and Jonas Lind married in Bergen in 1965.\n\n"
        "The couple said the secret was never going to bed angry.",
        [R("the secret was never going to bed angry", "Marta Lind", "person")],
    ),
    "they-after-a-shared-surname-with-a-first-name-tagged-a-place": (
        "Anniversary\n\nMarta and Jonas Lind married in Bergen in 1965.\n\n"
        "They said the secret was never going to bed angry.",
        [R("the secret was never going to bed angry", "Marta Lind", "person")],
    ),
    # control: a real place joined to a person is no couple
    "a-place-and-a-person-are-no-couple-control": (
        "Visit\n\nParis and Jonas Lind have little in common.\n\nThe couple said the river was dirty.",
        [R("the river was dirty", "Couple", "unnamed")],
    ),
    # A word that is a person's surname and opens a body's name: the body when "it" acts
    # in what was said; the person when "it" only describes, or when "he" speaks.
    "a-surname-shared-with-a-body-whose-it-acts-is-the-body": (
        "Advert\n\nKelvar Motors said on Monday that its electric van would go on sale in May. The advert for "
        "the van features the actor Simon Kelvar, who is no relation.\n\n"
        "Kelvar said it expected to sell 20,000 vans in the first year.",
        [R("it expected to sell 20,000 vans in the first year", "Kelvar Motors", "organization")],
    ),
    "a-surname-shared-with-a-body-it-describes-control": (
        "Advert\n\nKelvar Motors said on Monday that its electric van would go on sale in May. The advert for "
        "the van features the actor Simon Kelvar, who is no relation.\n\n"
        "Kelvar said it was an honour to be asked.",
        [R("it was an honour to be asked", "Simon Kelvar", "person")],
    ),
    "a-surname-shared-with-a-body-he-control": (
        "Advert\n\nThe actor Simon Kelvar has signed to front a campaign for Kelvar Motors.\n\n"
        "Kelvar said he had grown up near the factory.",
        [R("he had grown up near the factory", "Simon Kelvar", "person")],
    ),
    # "rents" ends like an agent noun but names no people: the "they" after it is the
    # pair just joined by "and" (both, as joint speakers), not an unnamed "Rents".
    "they-is-no-thing-of-agent-shape": (
        "Shop\n\nWhen Priya Nair and Tom Becker opened the shop in 2019, rents were low.\n\n"
        "They said the landlord had doubled the rent.",
        [R("the landlord had doubled the rent", "Priya Nair", "person")],
    ),
    # control: people of a trade stay the group a "they" means
    "they-after-people-of-a-trade-control": (
        "Port\n\nCleaners at the Harbour hospital walked out on Friday.\n\nThey said pay had not risen in years.",
        [R("pay had not risen in years", "Cleaners", "unnamed")],
    ),
    # res66b: a plural role beside named people joined by "and" ("Dairy farmers Ruth
    # Penhale and Owen Tregear") says who the group is: "they" is the pair (both, as
    # joint speakers), as it is without the role.
    "they-after-a-plural-role-beside-a-named-pair": (
        "Flood\n\nDairy farmers Ruth Penhale and Owen Tregear lost half their herds in the flood.\n\n"
        "They said the insurance would not cover the loss.",
        [R("the insurance would not cover the loss", "Ruth Penhale", "person")],
    ),
    "they-after-a-counted-role-with-the-pair-in-commas": (
        "Flood\n\nTwo shepherds, Ines Kowal and Mark Audley, lost their flocks on the hill.\n\n"
        "They said the warning had come too late.",
        [R("the warning had come too late", "Ines Kowal", "person")],
    ),
    # control: a plural role with no names stays the group
    "they-after-a-plural-role-without-names-control": (
        "Flood\n\nDairy farmers in the valley lost half their herds in the flood.\n\n"
        "They said the insurance would not cover the loss.",
        [R("the insurance would not cover the loss", "Farmers", "unnamed")],
    ),
    # res66b: names joined by "and" as the object of a sentence whose subject is one
    # thing and no person ("the court", "the storm") are the only plural "they" can mean.
    "they-after-a-named-pair-as-the-object-of-no-person": (
        "Trial\n\nThe tribunal fined Jana Svoboda and Piet Raaff 4,000 euros each on Monday.\n\n"
        "They said they would appeal the ruling.",
        [R("they would appeal the ruling", "Jana Svoboda", "person")],
    ),
    "the-two-women-after-a-named-pair-as-the-object-of-no-person": (
        "Rescue\n\nThe avalanche buried Greta Olsson and Anna Berg near the hut on Sunday.\n\n"
        "The two women said they had dug themselves out.",
        [R("they had dug themselves out", "Greta Olsson", "person")],
    ),
    # controls: a person subject could be among "they" (unresolved); a plural group
    # subject is "they" itself
    "they-after-a-person-meets-a-named-pair-control": (
        "Talks\n\nThe mayor met Jana Svoboda and Piet Raaff at the town hall on Monday.\n\n"
        "They said the talks had gone well.",
        [R("the talks had gone well", None)],
    ),
    "they-after-a-group-arrests-a-named-pair-control": (
        "Arrest\n\nPolice arrested Jana Svoboda and Piet Raaff at the border on Monday.\n\n"
        "They said the car had been searched.",
        [R("the car had been searched", "Police", "unnamed")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)


# The joint speaker of a pair: (content, first speaker, the other).
JOINT = {
    "the-couple-is-both-of-a-shared-surname": (
        "Anniversary\n\nMarta and Jonas Lind married in Bergen in 1965.\n\n"
        "The couple said the secret was never going to bed angry.",
        ("the secret was never going to bed angry", "Marta Lind", "Jonas Lind"),
    ),
    "they-after-a-plural-role-beside-a-named-pair-is-both": (
        "Flood\n\nDairy farmers Ruth Penhale and Owen Tregear lost half their herds in the flood.\n\n"
        "They said the insurance would not cover the loss.",
        ("the insurance would not cover the loss", "Ruth Penhale", "Owen Tregear"),
    ),
    "they-after-a-named-pair-as-the-object-of-no-person-is-both": (
        "Trial\n\nThe tribunal fined Jana Svoboda and Piet Raaff 4,000 euros each on Monday.\n\n"
        "They said they would appeal the ruling.",
        ("they would appeal the ruling", "Jana Svoboda", "Piet Raaff"),
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(JOINT.values()), ids=list(JOINT))
def test_held_out_joint(nlp, text: str, expected: tuple[str, str, str]) -> None:
    content, first, other = expected
    quotes = run(nlp, text)
    check(quotes, R(content, first, "person"))
    hit = next(q for q in quotes if content in q.content.text)
    assert [j.name for j in hit.joint] == [other]
