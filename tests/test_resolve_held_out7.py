"""Cases left open by the sixth held-out battery (res64), fixed in res64.

Each case failed before its fix; the near-miss controls beside it pin what must not
change. The articles are invented; the helpers are those of ``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

CASES = {
    # "MP" is tagged a proper noun: "The Labour MP" read as a person called "Labour
    # MP". It is a description, of the person the text is about.
    "the-labour-mp-is-the-member-before": (
        "Hospital\n\nOwen Tregar, who represents Bodmin, met hospital managers on Friday.\n\n"
        "The Labour MP said the maternity ward had to stay open.",
        [R("the maternity ward had to stay open", "Owen Tregar", "person")],
    ),
    "the-conservative-mp-is-the-member-before": (
        "Ferry\n\nNia Carrow has campaigned for the island ferry for a decade.\n\n"
        "The Conservative MP said the new timetable was a betrayal.",
        [R("the new timetable was a betrayal", "Nia Carrow", "person")],
    ),
    # "the MP for Bodmin" in apposition is her office: a later "The MP" is her, not the
    # man named last.
    "the-mp-is-the-one-given-the-office": (
        "Hospital\n\nElin Tregar, the MP for Bodmin, and Huw Lowry, a retired surgeon, toured the ward.\n\n"
        "Huw Lowry said the staff were exhausted. The MP said the ward had to stay open.",
        [R("the staff were exhausted", "Huw Lowry", "person"),
         R("the ward had to stay open", "Elin Tregar", "person")],
    ),
    # control: a lowercase party role already went to the person before
    "the-democratic-senator-control": (
        "Dairy\n\nMarta Quell visited three dairy farms on Friday.\n\n"
        "The Democratic senator said milk prices had to rise.",
        [R("milk prices had to rise", "Marta Quell", "person")],
    ),
    # control: the office before a tagged name stays a title of that name
    "labour-mp-before-a-name-control": (
        "Hospital\n\nLabour MP Owen Tregar said the maternity ward had to stay open.",
        [R("the maternity ward had to stay open", "Owen Tregar", "person")],
    ),
    # "the pontiff" is the pope: the one titled "Pope" before.
    "the-pontiff-is-the-pope-named-before": (
        "Pilgrims\n\nPope Francis met flood survivors in the cathedral square on Wednesday.\n\n"
        "The pontiff said the world had forgotten them.",
        [R("the world had forgotten them", "Francis", "person")],
    ),
    # control: "the pope" already went to him
    "the-pope-control": (
        "Pilgrims\n\nPope Francis met flood survivors in the cathedral square on Wednesday.\n\n"
        "The pope said the world had forgotten them.",
        [R("the world had forgotten them", "Francis", "person")],
    ),
    # A nationality goes to the one person the text placed in that country, not to
    # the subject of the sentence before.
    "the-norwegian-is-the-one-of-norway": (
        "Ski jumping\n\nSiri Dahl of Sweden finished behind Kari Moen of Norway on Sunday.\n\n"
        "The Norwegian said the wind had dropped at the right moment.",
        [R("the wind had dropped at the right moment", "Kari Moen", "person")],
    ),
    "the-spaniard-is-the-one-of-spain": (
        "Tennis\n\nBritain's Amy Holt beat Clara Vidal of Spain in three sets.\n\n"
        "The Spaniard said her serve had let her down.",
        [R("her serve had let her down", "Clara Vidal", "person")],
    ),
    # control: two people of that country: no choice made by the country
    "two-of-norway-control": (
        "Ski jumping\n\nKari Moen of Norway beat Ola Berg of Norway on Sunday.\n\n"
        "The Norwegian said the wind had dropped at the right moment.",
        [R("the wind had dropped at the right moment", "Kari Moen", "person")],
    ),
    # A royal or a pope by title and first name alone, untagged by the model: the
    # first name is the person "the prince" or "the pontiff" means.
    "the-prince-is-the-untagged-prince-before": (
        "Bridge opening\n\nPrince Edmund opened the new bridge over the Tarn on Friday.\n\n"
        "The prince said the town had waited long enough.",
        [R("the town had waited long enough", "Edmund", "person")],
    ),
    "the-pontiff-is-the-untagged-pope-before": (
        "Pilgrims\n\nPope Clement met flood survivors in the cathedral square on Wednesday.\n\n"
        "The pontiff said the world had forgotten them.",
        [R("the world had forgotten them", "Clement", "person")],
    ),
    # control: a street named for a king is no person
    "king-street-control": (
        "Shops\n\nShops on King Street will close early on Friday.\n\n"
        "The council said the street would be resurfaced.",
        [R("the street would be resurfaced", None)],
    ),
    # the nations of Britain: "the Scot", "the Englishman" by "of Scotland", "of England"
    "the-scot-is-the-one-of-scotland": (
        "Fishing\n\nTom Hale of England and Angus Reid of Scotland reached the final.\n\n"
        "The Scot said the river had been kind to him.",
        [R("the river had been kind to him", "Angus Reid", "person")],
    ),
    "the-englishman-is-the-one-of-england": (
        "Golf\n\nRhys Powell of Wales finished two shots behind Tom Hale of England.\n\n"
        "The Englishman said the greens were fast.",
        [R("the greens were fast", "Tom Hale", "person")],
    ),
    # MPs nobody names: unnamed members, not a person "MPs" nor a body "Labour MP"
    "one-labour-mp-is-unnamed": (
        "Steelworks\n\nThe steelworks will close in May.\n\n"
        "One Labour MP said the plant had to stay open. Several MPs said the closure was a scandal.",
        [R("the plant had to stay open", "MP", "unnamed"), R("the closure was a scandal", "MPs", "unnamed")],
    ),
    "the-local-mp-with-no-mp-named-is-unnamed": (
        "Steelworks\n\nThe steelworks will close in May.\n\nThe local MP said the plant had to stay open.",
        [R("the plant had to stay open", "MP", "unnamed")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)
