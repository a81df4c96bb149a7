"""Cases left open by the fourth held-out battery (res61), fixed in res62.

Each case failed before its fix; the near-miss controls beside it pin what must not
change. The articles are invented; the helpers are those of ``test_resolve``.
"""

from __future__ import annotations

import pytest
from test_resolve import R, check, run

CASES = {
    # Stacked abbreviated ranks ("Det. Insp.", "Det. Sgt.") end no sentence: the
    # quotation's credit goes on to the surname after them.
    "det-insp-before-a-surname": (
        "Siege\n\nDet. Insp. Colm Rourke has led the talks with the gunman since Friday.\n\n"
        "\u201cWe will not give in,\u201d Det. Insp. Rourke said.",
        [R("We will not give in,", "Colm Rourke", "person")],
    ),
    # (the kind is left unchecked: with no full name before, the model tags the bare
    # surname an organisation, as it does after a single "Sgt.")
    "det-insp-with-no-full-name-before": (
        "Siege\n\n\u201cWe will not give in,\u201d Det. Insp. Rourke said.",
        [R("We will not give in,", "Rourke")],
    ),
    "det-sgt-before-a-surname": (
        "Burglaries\n\nDet. Sgt. Owen Palliser leads the inquiry into the thefts in Marlow Road.\n\n"
        "\u201cLock your sheds at night,\u201d Det. Sgt. Palliser said.",
        [R("Lock your sheds at night,", "Owen Palliser", "person")],
    ),
    # control: a stacked rank the list already held
    "lt-col-before-a-surname": (
        "Barracks\n\nLt. Col. Ines Varga took command of the barracks on Friday.\n\n"
        "\u201cThe gates stay open to the town,\u201d Lt. Col. Varga said.",
        [R("The gates stay open to the town,", "Ines Varga", "person")],
    ),
    # A one-word name the model leaves untagged, the subject of a business's act, is
    # the body a later "the airline" or "the firm" means.
    "untagged-one-word-airline": (
        "Flights\n\nNordair cancelled 120 flights on Friday because of a strike by baggage handlers.\n\n"
        "The airline said passengers would be rebooked free of charge.",
        [R("passengers would be rebooked free of charge", "Nordair", "organization")],
    ),
    # control: a one-word firm the resolver already found (the rule must not disturb it)
    "untagged-one-word-firm": (
        "Jobs\n\nFerrow will cut 400 jobs at its plant in Leeds, unions said on Monday.\n\n"
        "The firm said demand for its boilers had fallen.",
        [R("demand for its boilers had fallen", "Ferrow", "organization")],
    ),
    # control: a subject of no business's act (a visit) is no body "the company" means
    "untagged-visitor-is-no-company": (
        "Visit to the plant\n\nPellow visited the plant in Leeds on Monday.\n\n"
        "The company said demand for its boilers had fallen.",
        [R("demand for its boilers had fallen", None)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(CASES.values()), ids=list(CASES))
def test_held_out_resolution(nlp, text: str, expected: list[R]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)
