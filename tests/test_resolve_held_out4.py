"""Speaker resolution cases found by a fourth held-out battery of invented articles (res61).

Each case failed before its fix; the near-miss controls beside it pin what must not
change. The articles are invented; the helpers are those of ``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

CASES = {
    # A trade noun in "-man" compounded onto a name is the person's role, not a first
    # name, as "Engineer" already was.
    "fisherman-before-a-name": (
        "Harbour\n\nFisherman Callum Reid said the new harbour fees would sink the small boats.",
        [R("the new harbour fees would sink the small boats", "Callum Reid", "person", role="fisherman")],
    ),
    # control: before a first name the name data knows well, an agent noun was already
    # taken for the role ("Callum" is less clear)
    "policewoman-before-a-name": (
        "Rescue\n\nPolicewoman Jenna Holt said the boy had been found asleep in a barn.",
        [R("the boy had been found asleep in a barn", "Jenna Holt", "person")],
    ),
    # control: a role word the lists already held
    "engineer-before-a-name": (
        "Harbour\n\nEngineer Callum Reid said the new harbour wall would hold.",
        [R("the new harbour wall would hold", "Callum Reid", "person")],
    ),
    # "Sister" capitalised before a name is a nun's title; "his sister" stays kin.
    "sister-as-a-religious-title": (
        "Shelter\n\nSister Bernadette Quinn runs the night shelter on Dock Street.\n\n"
        "\u201cNobody should sleep outside in this cold,\u201d Sister Quinn said.",
        [R("Nobody should sleep outside in this cold,", "Bernadette Quinn", "person")],
    ),
    "his-sister-stays-kin": (
        "Shelter\n\nTomas Quinn was found safe on Monday.\n\n"
        "Quinn's younger sister said he had been missing for two days.",
        [R("he had been missing for two days", "Sister", "unnamed")],
    ),
    # A spokesman or lawyer of a person the text names by an office speaks for them,
    # unnamed, as "Ortiz's spokesman" already did; not the office holder.
    "the-governors-spokesman-is-unnamed": (
        "Budget\n\nGovernor Lena Brandt will veto the budget, aides said on Monday.\n\n"
        "The governor's spokesman said she objected to the cuts in school funding.",
        [R("she objected to the cuts in school funding", "Spokesman", "unnamed")],
    ),
    "the-ministers-lawyer-is-unnamed": (
        "Inquiry\n\nMinister Paul Okoye appeared before the inquiry on Tuesday.\n\n"
        "The minister's lawyer said he had done nothing wrong.",
        [R("he had done nothing wrong", "Lawyer", "unnamed")],
    ),
    # controls: the office holder still speaks as "the governor"; a spokesman the text
    # named is that person.
    "the-governor-is-still-the-governor": (
        "Budget\n\nGovernor Lena Brandt will veto the budget, aides said on Monday.\n\n"
        "The governor said she objected to the cuts in school funding.",
        [R("she objected to the cuts in school funding", "Lena Brandt", "person")],
    ),
    "the-governors-named-spokesman": (
        "Budget\n\nGovernor Lena Brandt will veto the budget. Her spokesman, Omar Reyes, confirmed it.\n\n"
        "The governor's spokesman said she objected to the cuts in school funding.",
        [R("she objected to the cuts in school funding", "Omar Reyes", "person")],
    ),
    # A mutual is a body, though its first word is a first name.
    "the-latter-of-two-bodies": (
        "Insurers\n\nHollin Assurance and Dorian Mutual said on Monday that they had agreed to combine.\n\n"
        "The latter said its members would vote in June.",
        [R("its members would vote in June", "Dorian Mutual", "organization")],
    ),
    # "the former champion" after "Former world champion X": the name had those words.
    "the-former-champion": (
        "Tennis\n\nFormer world champion Ilse Brandvold will play one last season.\n\n"
        "\u201cMy knees have one more year in them,\u201d the former champion said.",
        [R("My knees have one more year in them,", "Ilse Brandvold", "person")],
    ),
    # controls: words the name did not have before it point at nobody known.
    "the-former-champion-named-without-former": (
        "Tennis\n\nWorld champion Ilse Brandvold will play one last season.\n\n"
        "\u201cMy knees have one more year in them,\u201d the former champion said.",
        [R("My knees have one more year in them,", None)],
    ),
    "the-plain-champion": (
        "Tennis\n\nFormer world champion Ilse Brandvold will play one last season.\n\n"
        "\u201cMy knees have one more year in them,\u201d the champion said.",
        [R("My knees have one more year in them,", "Ilse Brandvold", "person")],
    ),
    # An untagged subject run ending in a club's word ("Athletic", "Rovers") is a body,
    # as one ending in "Foods" is; a one-word English headline the story never writes
    # again is no body "the club" could mean.
    "untagged-club-then-the-club": (
        "Stadium\n\nBrookvale Athletic have been fined for failing to control their fans at the cup final.\n\n"
        "The club said it would not appeal but would ban the fans responsible.",
        [R("it would not appeal but would ban the fans responsible", "Brookvale Athletic", "organization")],
    ),
    "headline-word-is-no-club": (
        "Clubhouse\n\nBrookvale Athletic have been fined for failing to control their fans during the derby.\n\n"
        "The club said it would not appeal but would ban the supporters responsible. Police said four people "
        "had been arrested.",
        [R("it would not appeal but would ban the supporters responsible", "Brookvale Athletic", "organization")],
    ),
    # control: a run with no body's ending stays untagged (no one to point back to).
    "untagged-run-without-a-body-ending": (
        "Stadium\n\nBrookvale Harriers have been fined for failing to control their fans at the cup final.\n\n"
        "The club said it would not appeal but would ban the fans responsible.",
        [R("it would not appeal but would ban the fans responsible", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)
