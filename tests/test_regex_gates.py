"""The regex scans rewritten for speed (led by a literal or a class the engine can skip to,
or gated by a literal every match needs) keep the answers of the patterns they replace.

Each case is an invented line; the expected value is what the pattern before the rewrite
gave, so a rewrite that drops or adds a match fails here.
"""

import re

import pytest

from quotes.combine import ANONYMITY_TERMS
from quotes.entities import _CAPITAL_STOP, _has_odd_space, _is_initials
from quotes.marks import find_marks
from quotes.nameshapes import clean_name, whole_word_at, whole_word_in
from quotes.notquotes import CAPTION, CONSENT_LINE, LINK_LIST, _may_hold_link_heading
from quotes.patterns import _without_bullet, line_start_matches
from quotes.standalone import (
    _COLON,
    _DIALOGUE_DASH_CHAR,
    COLON_CLAIM,
    DIALOGUE_DASH,
    _interview_question,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ada Roe met the council on Monday.", False),
        (" Ada Roe met the council.", True),  # a leading space
        ("Ada  Roe met the council.", True),  # a doubled space
        ("Ada\u00a0Roe met the council.", True),  # a no-break space
        ("Ada\tRoe met the council.", True),
        ("Ada Roe\u200b met the council.", True),  # an invisible format character
        ("Ada Roe met the council.\n\nShe left.", False),  # line breaks are not odd
        ("Ada Roe met the council. \nShe left.", False),  # one space before a break
        ("", False),
    ],
)
def test_odd_space(text: str, expected: bool) -> None:
    assert _has_odd_space(text) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("J.K.", True), ("A.", True), ("T.J.R.", True), ("J.K", False), ("U.S.A.B.", False), ("Ada", False), ("a.", False)],
)
def test_initials(word: str, expected: bool) -> None:
    assert _is_initials(word) is expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [("J.K.", True), ("A.", True), ("T.J.R.", True), ("Mr.", False), ("etc.", False), ("US", False)],
)
def test_initials_gate(word: str, expected: bool) -> None:
    """`_people_by_initials` runs only on texts holding a capital before a full stop:
    every word of initials holds one."""
    assert (_CAPITAL_STOP.search(f"Ada met {word} Roe") is not None) is expected
    assert not expected or _is_initials(word)


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Photo: Ada Roe at the harbour", "Photo:"),
        ("A boat at dawn (Photo by Ada Roe)", "(Photo"),
        ("The ferry, seen from the pier. AP Photo", "AP Photo"),
        ("The ferry. AFP Photo/Ada Roe", "AFP Photo"),
        ("Credit: Ada Roe", "Credit:"),
        ("Image source: the harbour office", "Image source:"),
        ("Ferries wait in the bay. Reuters/Ada Roe", "Reuters/"),
        ("A Reuters/Ipsos poll found support fell.", None),  # a pollster, not a credit
        ("The MAP Photo archive opened.", None),  # "AP" inside a word
        ("The telePhoto: lenses sold out.", None),  # "Photo:" inside a word
        ("A discredit: none of it was true.", None),
    ],
)
def test_caption_credit(line: str, found: str | None) -> None:
    m = CAPTION.search(line)
    assert (m.group() if m else None) == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He spoke, on condition of anonymity, about the plan.", ", on condition of"),
        ("He spoke only on the condition that he not be named.", " only on the condition that"),
        ("He spoke UNDER THE CONDITION OF anonymity.", " UNDER THE CONDITION OF"),
        ("He spoke,on condition of anonymity.", None),  # a comma needs a space after it
        ("The bridge is in poor condition of late.", None),
    ],
)
def test_anonymity_terms(text: str, expected: str | None) -> None:
    m = ANONYMITY_TERMS.search(text)
    assert (m.group() if m else None) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Get the news in your inbox. By signing up you agree to our terms.", True),
        ("By clicking below, YOU AGREE to our privacy policy.", True),
        ("By signing up, readers get the news first.", False),
        ("You agree with her, she said.", False),
    ],
)
def test_consent_line(line: str, expected: bool) -> None:
    lowered_gate = "you agree" in line.lower()
    assert (lowered_gate and CONSENT_LINE.search(line) is not None) is expected


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        ("- ", ""),
        ("Ada Roe said:\n\u2022 ", "Ada Roe said:\n"),
        ("Ada Roe said:\n* \n", "Ada Roe said:\n\n"),
        ("Ada Roe said - ", "Ada Roe said - "),  # a dash inside the line is no bullet
        ("Ada Roe said ", "Ada Roe said "),
        ("", ""),
    ],
)
def test_without_bullet(lead: str, expected: str) -> None:
    assert _without_bullet(lead) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Intro line.\nQ: What happens next?\nA: We rebuild.", True),
        ("Intro line.\nQuestion: What now?\n", True),
        ("Intro line.\nQ. What now?\n", True),
        ("Qatar and Oman signed. Questions remain.", False),
        ("q: what now?", False),
    ],
)
def test_interview_question(text: str, expected: bool) -> None:
    assert (_interview_question(text) is not None) is expected


@pytest.mark.parametrize(
    ("text", "marks"),
    [
        ("&quot;We will appeal,&quot; Ada Roe said.", ["&quot;", "&quot;"]),
        ("\u201cWe will appeal,\u201d Ada Roe said.", ["\u201c", "\u201d"]),
        ("``We will appeal,'' Ada Roe said.", ["``", "''"]),
        ("\u300cThe market will recover,\u300d Ada Roe said.", ["\u300c", "\u300d"]),
        ("Nothing quoted here.", []),
    ],
)
def test_mark_scan(text: str, marks: list[str]) -> None:
    assert [text[m.start : m.end] for m in find_marks(text)] == marks


_TRANSCRIPT = (
    "Vrba: We will rebuild the bridge by spring.\n"
    "The council met on Monday. Its note read: the bridge is shut.\n"
    "  Ada Roe: The money is there, she wrote.\n"
    "\u2014No es lo que pedimos \u2014dijo Graciela Moyano.\n"
    "Time: 10:30\n"
    "\u2014Nada \u2014 nada."
)


@pytest.mark.parametrize(
    ("pattern", "needle"), [(COLON_CLAIM, _COLON), (DIALOGUE_DASH, _DIALOGUE_DASH_CHAR)]
)
def test_line_start_matches_as_finditer(pattern, needle) -> None:
    expected = [(m.span(), m.groupdict()) for m in pattern.finditer(_TRANSCRIPT)]
    assert expected  # (each pattern finds a line of the invented text)
    assert [(m.span(), m.groupdict()) for m in line_start_matches(pattern, _TRANSCRIPT, needle)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The bridge closed.\nRelated stories\nBridge reopens\nFerry fares rise\n", True),
        ("The bridge closed.\nMOST READ\nBridge reopens\n", True),
        ("The bridge closed on Monday and the ferry ran late.", False),
        ("The bridge closed.\nMo\u017ft read\nBridge reopens\n", True),  # a long s, matched case-blind
    ],
)
def test_link_heading_gate(text: str, expected: bool) -> None:
    assert _may_hold_link_heading(text) is expected
    if not expected:
        assert LINK_LIST.search(text) is None


def _whole_word_pattern(word: str) -> re.Pattern[str]:
    """The regex the resolver compiled per name before `whole_word_at`/`whole_word_in`
    (the reference their string tests must agree with)."""
    escaped = re.escape(word)
    if word[:1].isalnum() or word[:1] == "_":
        return re.compile(rf"{escaped}(?<!\w{escaped})\b")
    return re.compile(rf"\b{escaped}\b")


@pytest.mark.parametrize(
    ("word", "text", "start"),
    [
        ("Roe", "Ada Roe said.", 4),
        ("Roe", "Ada Monroe said; Roe left.", 17),
        ("Roe", "Ada Roes said.", -1),
        ("Roe", "Roe", 0),
        ("Roe", "_Roe said", -1),
        ("O'Neil", "Kate O'Neil said.", 5),
        ("Jr.", "Otis Brennan Jr. said.", -1),  # no word boundary after the stop
        ("Jr.", "Otis Brennan Jr.said.", 13),
        ("(Roe)", "Ada (Roe) said", -1),  # a non-word opener needs a word character before
        ("(Roe)", "Ada(Roe)said", 3),
        ("Öberg", "Lena Öberg said; Öbergs", 5),
        ("Öberg", "XÖberg said", -1),
        ("Roe2", "Roe2 Roe23", 0),
    ],
)
def test_whole_word_in(word: str, text: str, start: int) -> None:
    assert whole_word_in(word, text) == start
    m = _whole_word_pattern(word).search(text)
    assert (m.start() if m else -1) == start


@pytest.mark.parametrize("word", ["Roe", "O'Neil", "Jr.", "(Roe)", "Öberg", "a_b", "Ng", "-Ng"])
def test_whole_word_at_agrees_with_the_pattern(word: str) -> None:
    texts = [
        f"{word} {word}{word}_{word}x {word}. ({word}) é{word}é 9{word} {word}9",
        f"{word}",
        f"x{word}",
        f"{word}-{word}\u00a0{word}\n{word}",
    ]
    pattern = _whole_word_pattern(word)
    for text in texts:
        for pos in range(len(text) + 1):
            assert whole_word_at(word, text, pos) == (pattern.match(text, pos) is not None), (text, pos)


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("Ada Roe", "Ada Roe"),
        ("Ada  Roe\u2019s", "Ada Roe"),
        ("the Harbour Board's", "Harbour Board"),
        ("Otis Brennan, Jr.", "Otis Brennan Jr."),
        ("Tsukamura-san", "Tsukamura"),
        ("Lopez-Obrador", "Lopez-Obrador"),
        (" , Ada\tRoe \n", "Ada Roe"),
        ("FlagShareLikeReplyLena Osei", "Lena Osei"),
        ("McAllister", "McAllister"),
        ("Theo Vrba", "Theo Vrba"),  # "The" opening a word is no article
        ("Ada Roes", "Ada Roes"),
    ],
)
def test_clean_name(name: str, shown: str) -> None:
    assert clean_name(name) == shown


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Qatar talks.\nQ: What now?\nA: We wait.", 13),
        ("Talks.\n  Question: What now?", 7),
        ("Qatar and Quito. No questions.", None),
    ],
)
def test_interview_question_line(text: str, start: int | None) -> None:
    m = _interview_question(text)
    assert (m.start() if m else None) == start
