"""Quote-mark pairing (``quotes.marks.find_quotes``) on invented sentences: no spaCy here.

Every case is a literal text plus the contents (marks excluded) the pairing must find.
Offsets always index the original text, whatever its marks, spaces or line endings.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quotes.marks import ALL_MARKS, QuoteSpan, find_quotes, line_wraps, paragraphs

MARK_CHARS = set(ALL_MARKS)
SPACE = " \t\r\n\u00a0\u2009\u200b"


def check_span(text: str, q: QuoteSpan) -> None:
    """The structural invariants every span satisfies, whatever the input."""
    assert 0 <= q.open_start <= q.start <= q.end <= q.close_end <= len(text), q
    assert q.depth in (0, 1), q


def check_marks(text: str, q: QuoteSpan) -> None:
    """Between the outer bounds and the content there are only marks and spaces."""
    check_span(text, q)
    opening = text[q.open_start : q.start].strip(SPACE)
    assert opening and set(opening) <= MARK_CHARS, (q, opening)
    if q.closed:
        closing = text[q.end : q.close_end].strip(SPACE)
        assert closing and set(closing) <= MARK_CHARS, (q, closing)
    content = text[q.start : q.end]
    assert content == content.strip(SPACE), (q, content)


def contents(text: str, depth: int | None = None) -> list[str]:
    spans = find_quotes(text)
    for q in spans:
        check_marks(text, q)
    return [text[q.start : q.end] for q in spans if depth is None or q.depth == depth]


def only(text: str) -> QuoteSpan:
    spans = find_quotes(text)
    assert len(spans) == 1, [(text[q.start : q.end], q) for q in spans]
    check_marks(text, spans[0])
    return spans[0]


# -- every kind of mark ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected", "double"),
    [
        ("\u201cWe are ready,\u201d she said.", "We are ready,", True),
        ('"We are ready," she said.', "We are ready,", True),
        ("\u201eWir sind bereit\u201c, sagte sie.", "Wir sind bereit", True),
        ("\u201eJeste\u015bmy gotowi\u201d \u2013 powiedzia\u0142a.", "Jeste\u015bmy gotowi", True),
        ("\u00abNous sommes pr\u00eats\u00bb, a-t-elle dit.", "Nous sommes pr\u00eats", True),
        ("\u2018We are ready,\u2019 she said.", "We are ready,", False),
        ("'We are ready,' she said.", "We are ready,", False),
        ("``We are ready,'' she said.", "We are ready,", True),
        ("She said ``the ferry is late'' and left.", "the ferry is late", True),
        ("She called the plan \u201ca turning point\u201d for the port.", "a turning point", True),
        ("\u201aWe are ready,\u2018 she said.", "We are ready,", False),
        ("\u201cWe are ready,\u201dshe said.", "We are ready,", True),
        ('"We are ready,"she said.', "We are ready,", True),
        ("\uff02We are ready,\uff02 she said.", "We are ready,", True),
        ("\u2033We are ready,\u2033 she said.", "We are ready,", True),
        ("\u301dWe are ready,\u301e she said.", "We are ready,", True),
        ("She is 5\u203211\u2033 and said \u2033we are ready\u2033 at noon.", "we are ready", True),
    ],
    ids=[
        "curly-double",
        "straight-double",
        "german-low9-left-double",
        "polish-low9-right-double",
        "guillemets",
        "curly-single",
        "straight-single",
        "latex-doubled",
        "latex-doubled-mid-sentence",
        "curly-mid-sentence",
        "german-low9-single",
        "curly-close-glued-to-the-next-word",
        "straight-close-glued-to-the-next-word",
        "fullwidth-double",
        "double-prime",
        "cjk-double-prime",
        "double-prime-after-a-digit-is-a-unit",
    ],
)
def test_every_kind_of_mark(text: str, expected: str, double: bool) -> None:
    q = only(text)
    assert text[q.start : q.end] == expected
    assert q.double is double
    assert q.depth == 0
    assert q.closed


@pytest.mark.parametrize(
    "text",
    [
        '\u201cWe are ready," she said.',
        '"We are ready,\u201d she said.',
        "\u201cWe are ready,'' she said.",
        "``We are ready,\u201d she said.",
    ],
    ids=[
        "curly-open-straight-close",
        "straight-open-curly-close",
        "curly-then-doubled",
        "latex-then-curly",
    ],
)
def test_mixed_pairs(text: str) -> None:
    q = only(text)
    assert text[q.start : q.end] == "We are ready,"
    assert q.double and q.closed


@pytest.mark.parametrize(
    "text",
    ["\u2019We are ready,\u2019 said skipper Ola Berg.", "Ola Berg said: \u2019We are ready.\u2019 Then he left."],
    ids=["right-single-as-opener-cue-after", "right-single-as-opener-after-colon"],
)
def test_right_single_mark_typed_as_opener(text: str) -> None:
    """Smart-quote software that sees no word before a mark types ’ as the opener too."""
    q = only(text)
    assert text[q.start : q.end] in ("We are ready,", "We are ready.")
    assert not q.double and q.closed


def test_right_single_before_a_dropped_letter_word_stays_an_apostrophe() -> None:
    assert find_quotes("\u2019Tis the season, the dockers\u2019 union said.") == []


# -- apostrophes are not quote marks ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The allies' plan and the ministers' view clashed on Monday.",
        "The minister's aide didn't say when the port's gates would reopen.",
        "Give 'em a chance, the skipper's crew shouted.",
        "The band's '90s hits and rock 'n' roll covers filled the hall.",
        "'Tis the season, the dockers' union said of the allies' tour.",
        "O'Brien's ferry left Côte d'Ivoire at dawn.",
        "The \u201990s were hard on the allies\u2019 fleet, and the port\u2019s owners knew it.",
    ],
    ids=[
        "plural-possessives",
        "possessive-contractions",
        "dropped-em",
        "nineties-rock-n-roll",
        "tis-and-plurals",
        "names-with-apostrophes",
        "curly-apostrophes",
    ],
)
def test_apostrophes_are_not_quotes(text: str) -> None:
    assert find_quotes(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The allies' leaders called it 'a turning point' in the war.", ["a turning point"]),
        ("'We don't know yet,' she said.", ["We don't know yet,"]),
        ('"The allies\' plan is dead," she said.', ["The allies' plan is dead,"]),
        ("'The ministers' plan is dead,' she said.", ["The ministers' plan is dead,"]),
        ("Give 'em time, she said, 'the '90s are over.'", ["the '90s are over."]),
        (
            "They played rock 'n' roll and sang 'we will rock the harbour' all night.",
            ["we will rock the harbour"],
        ),
        ("'We were singin' and dancin' all night,' she said.", ["We were singin' and dancin' all night,"]),
        ("\u2018We kept goin\u2019 for the fans,\u2019 she said.", ["We kept goin\u2019 for the fans,"]),
        ("'Tell 'em we're comin',' she said.", ["Tell 'em we're comin',"]),
        ("\u2018It\u2019s the ol\u2019 story, the rich get richer,\u2019 he said.", ["It\u2019s the ol\u2019 story, the rich get richer,"]),
        ("'Rock an' roll never dies,' she said.", ["Rock an' roll never dies,"]),
        ("'We thank the Joneses.' She left.", ["We thank the Joneses."]),
        ("'We thank the Joneses',' she said.", ["We thank the Joneses',"]),
        ("''Tis the season,' she said.", ["'Tis the season,"]),
        ("''Twas ever thus,'' he said.", ["Twas ever thus,"]),
        ("The papers said 'chaos' and 'carnage' had followed the storm.", ["chaos", "carnage"]),
        ("'Pass us a cup wi' milk in it,' said Nell Firth.", ["Pass us a cup wi' milk in it,"]),
        ("\u2018The pitch were a bit soft in th\u2019 middle,\u2019 said Abe Kay.", ["The pitch were a bit soft in th\u2019 middle,"]),
        ("'The roof fell in and it was 'eavy,' said Col Bragg.", ["The roof fell in and it was 'eavy,"]),
        ("'We 'ad no warning,' she said. 'None.'", ["We 'ad no warning,", "None."]),
        ("'They named it 'the Ark' and sailed it,' she said.", ["They named it 'the Ark' and sailed it,"]),
        ("'We 'ad no warning an' no 'elp,' she said.", ["We 'ad no warning an' no 'elp,"]),
        ("'Twas a grand night,' said Nell Firth.", ["Twas a grand night,"]),
        ("The band left. \u2019Cause we were tired,\u2019 she said.", ["Cause we were tired,"]),
        ("He left. 'Tis a pity. She called it 'fine'.", ["fine"]),
    ],
    ids=[
        "possessive-before-single-quote",
        "contraction-inside-single",
        "possessive-inside-double",
        "plural-possessive-inside-single",
        "dropped-letters-inside-single",
        "rock-n-roll-then-quote",
        "dropped-g-inside-single",
        "curly-dropped-g-inside-single",
        "dropped-g-right-before-the-closing-comma",
        "curly-dropped-d-of-old-inside-single",
        "dropped-d-of-and-inside-single",
        "plural-word-before-the-closing-mark",
        "plural-possessive-right-before-the-closing-comma",
        "two-apostrophes-opening-before-an-elided-word",
        "nyt-doubled-marks-around-an-elided-word",
        "word-ending-in-s-closed-before-the-next-opening-mark",
        "dropped-letter-word-end-before-the-punctuated-close",
        "curly-dropped-letter-word-end-before-the-punctuated-close",
        "dropped-h-word-start-before-the-punctuated-close",
        "dropped-h-then-another-quotation",
        "lowercase-single-quote-inside-a-british-one-keeps-the-outer-quotation",
        "several-dropped-letters-before-the-punctuated-close",
        "capitalised-elided-word-opening-a-british-quotation",
        "curly-capitalised-elided-word-opening-a-british-quotation",
        "capitalised-elided-word-with-no-close-to-come-stays-an-apostrophe",
    ],
)
def test_apostrophes_next_to_real_quotes(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


# -- nesting ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "\u201cHe told me \u2018never again\u2019 and left,\u201d she said.",
            "He told me \u2018never again\u2019 and left,",
            "never again",
        ),
        (
            "\"He told me 'never again' and left,\" she said.",
            "He told me 'never again' and left,",
            "never again",
        ),
        (
            "\u201cThe allies\u2019 answer was \u2018wait and see,\u2019 and we waited,\u201d she said.",
            "The allies\u2019 answer was \u2018wait and see,\u2019 and we waited,",
            "wait and see,",
        ),
        (
            "''I saw it first on 'Harbour Talk,''' said Daniel Brooks.",
            "I saw it first on 'Harbour Talk,'",
            "Harbour Talk,",
        ),
        (
            "'''Harbour Talk' ran it first,'' said Daniel Brooks.",
            "'Harbour Talk' ran it first,",
            "Harbour Talk",
        ),
    ],
    ids=["curly", "straight", "with-possessive", "nyt-triple-closing", "nyt-triple-opening"],
)
def test_single_inside_double_is_nested(text: str, outer: str, inner: str) -> None:
    spans = find_quotes(text)
    for q in spans:
        check_marks(text, q)
    top = [text[q.start : q.end] for q in spans if q.depth == 0]
    nested = [text[q.start : q.end] for q in spans if q.depth == 1]
    assert top == [outer]
    assert nested == [inner]
    (inner_span,) = [q for q in spans if q.depth == 1]
    (outer_span,) = [q for q in spans if q.depth == 0]
    assert outer_span.start <= inner_span.open_start < inner_span.close_end <= outer_span.end
    assert outer_span.double and not inner_span.double


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "\u00abThey called it \u201cprogress\u201d, and we paid,\u00bb said Ines Calloway.",
            "They called it \u201cprogress\u201d, and we paid,",
            "progress",
        ),
        (
            '\u00bbThe sign said "closed" all week,\u00ab said Ulf Brandes.',
            'The sign said "closed" all week,',
            "closed",
        ),
    ],
    ids=["french-curly-inside", "german-straight-inside"],
)
def test_double_marks_inside_guillemets_are_nested(text: str, outer: str, inner: str) -> None:
    """Text quoting in guillemets nests its quotations in the other double marks."""
    spans = find_quotes(text)
    assert [text[q.start : q.end] for q in spans if q.depth == 0] == [outer]
    assert [text[q.start : q.end] for q in spans if q.depth == 1] == [inner]


def test_doubled_closing_mark_closes_at_the_first() -> None:
    """`“We stay,”” said Senn.`: a typing slip doubles the close; the quotation still
    closes (at the first mark) instead of being lost."""
    text = "\u201cWe stay,\u201d\u201d said Senn."
    top = [q for q in find_quotes(text) if q.depth == 0]
    assert [text[q.start : q.end] for q in top] == ["We stay,"]


def test_british_single_quotes_are_top_level() -> None:
    text = "\u2018The ferry will sail,\u2019 she said. \u2018We have the crew.\u2019"
    spans = find_quotes(text)
    assert [text[q.start : q.end] for q in spans] == ["The ferry will sail,", "We have the crew."]
    assert all(q.depth == 0 and not q.double for q in spans)


def test_markup_attribute_quotes_are_not_quotations() -> None:
    text = '<post pic="" author="lena">The tide is "high" today</post>. She said "go home".'
    assert contents(text) == ["high", "go home"]


# -- odd marks: local recovery -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_later"),
    [
        (
            'Officials called it a "disaster.\n\nLater, Okafor said: "The ferry is late."',
            "The ferry is late.",
        ),
        (
            'He said "yes and "no" and "maybe.\n\nShe said "The ferry is late," and left.',
            "The ferry is late,",
        ),
        (
            'The 12" pipe burst at dawn.\n\n"We are ready," she said.',
            "We are ready,",
        ),
        (
            'A stray " mark sits here.\n\nNothing quoted here.\n\nShe said "the tide is high" today.',
            "the tide is high",
        ),
        (
            "\u201cThe first paragraph never closes.\n\nThe next one has no mark.\n\n"
            "\u201cWe are ready,\u201d she said.",
            "We are ready,",
        ),
        (
            "The company tracks 500 more (''family fortunes.'.')\n\n''We are ready,'' she said.",
            "We are ready,",
        ),
        (
            '"We could not see the pier, captain Ines Calloway said.\n\n"The fog is thick," said Tomas Vrba.',
            "The fog is thick,",
        ),
    ],
    ids=[
        "unclosed-word",
        "three-and-a-half",
        "inch-mark",
        "stray-then-two-paragraphs",
        "curly-unclosed",
        "unclosed-inside-parenthesis-does-not-carry",
        "unclosed-with-its-attribution-inside-does-not-carry",
    ],
)
def test_stray_mark_does_not_break_later_paragraphs(text: str, expected_later: str) -> None:
    spans = find_quotes(text)
    for q in spans:
        check_marks(text, q)
    later = text.rindex("\n\n")
    found = [text[q.start : q.end] for q in spans if q.start > later]
    assert found == [expected_later]
    # No span reaches from an earlier paragraph into the last one.
    assert all(not (q.open_start < later < q.start) for q in spans)


@pytest.mark.parametrize(
    "text",
    [
        '"We will not move, the tenants\' chairwoman, Ines Calloway, said on Monday.',
        '"We will not move, the union\'s local organiser, Ines Calloway, told us.',
        "\u201cWe will not move, the council\u2019s leader, Ines Calloway, said.",
    ],
    ids=["plural-possessive-role", "possessive-role", "curly-possessive-role"],
)
def test_unclosed_quotation_ends_before_a_possessive_described_speaker(text: str) -> None:
    """`"We will not move, the union's organiser, Ines Calloway, said`: the close mark
    lost before a described speaker is lost there whether or not the description has a
    possessive in it."""
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["We will not move,"]


def test_stray_opener_mid_sentence_closes_at_its_sentence_end() -> None:
    """`called it "a disgrace. Later he ...`: an opener after a word whose close mark is
    lost quotes up to the end of its own sentence, and nothing after it."""
    text = 'Tomas Vrba called the fare "a disgrace. Later he apologised to the crew.'
    spans = find_quotes(text)
    assert [text[q.start : q.end] for q in spans] == ["a disgrace."]
    assert not spans[0].closed


def test_unbalanced_paragraph_keeps_offsets_valid() -> None:
    text = 'She said "we are ready and left.\n\nHe said "no.\n\n"Yes," she said "and more'
    for q in find_quotes(text):
        check_span(text, q)


# -- multi-paragraph quotes --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe first part of the plan is to rebuild the docks.\n\n"
        "\u201cThe second part is to hire the crews,\u201d she said.",
        '"The first part of the plan is to rebuild the docks.\n\n'
        '"The second part is to hire the crews," she said.',
        "\u201cThe first part of the plan is to rebuild the docks.\n\n"
        "\u201cThe second part is to hire the crews.\n\n"
        "\u201cThe third part is to wait,\u201d she said.",
        "\u201cThe first part of the plan is to rebuild the docks.\r\n\r\n"
        "\u201cThe second part is to hire the crews,\u201d she said.",
        # Short paragraphs (three words) still run on: a list read out point by point.
        "\u201cFirst, the docks.\n\n"
        "\u201cSecond, the crews.\n\n"
        "\u201cThird, the ferry,\u201d she said.",
        # A paragraph of one short sentence runs on too.
        "\u201cNobody came.\n\n\u201cNot one official from the port, not one,\u201d she said.",
    ],
    ids=[
        "curly-two-paragraphs",
        "straight-two-paragraphs",
        "three-paragraphs",
        "crlf",
        "three-word-paragraphs",
        "two-word-sentence-paragraph",
    ],
)
def test_multi_paragraph_quote_is_one_span(text: str) -> None:
    top = [q for q in find_quotes(text) if q.depth == 0]
    assert len(top) == 1, [text[q.start : q.end] for q in top]
    q = top[0]
    check_marks(text, q)
    assert q.open_start == 0
    assert q.start == 1
    close = text.rindex(",")  # the content ends at the comma before the final close mark
    assert q.end == close + 1
    assert text[q.end] in '\u201d"'
    assert q.closed


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe first part of the plan is to rebuild the docks.\n\n"
        "The second part is to hire the crews,\u201d she said.",
        '"The first part of the plan is to rebuild the docks.\n\n'
        'The second part is to hire the crews," she said.',
    ],
    ids=["curly-reopen-mark-left-out", "straight-reopen-mark-left-out"],
)
def test_paragraph_that_closes_a_carried_quote_without_reopening_it_continues_it(text: str) -> None:
    """Odd marks recovered locally: a paragraph whose first mark closes, after an
    unclosed quote, is the rest of that quote (the writer left out the re-opening mark)."""
    top = [q for q in find_quotes(text) if q.depth == 0]
    assert [text[q.start : q.end] for q in top] == [text[1 : text.rindex(",") + 1]]
    assert top[0].closed


def test_opener_whose_close_was_lost_before_an_attribution_is_kept() -> None:
    """`"The bins were full, she said. "Nobody came."`: the first quotation lost its close
    mark before ", she said"; the next opener does not make it a stray mark."""
    text = '"The bins were full for a month, she said. "Nobody came to empty them."'
    found = [text[q.start : q.end] for q in find_quotes(text) if q.depth == 0]
    assert found == ["The bins were full for a month,", "Nobody came to empty them."]


@pytest.mark.parametrize(
    "text",
    [
        "He said: 'The first part of the plan is to rebuild the docks.\n\n"
        "'The second part is to hire the crews. He'll manage it.'",
        "\u2018The first part of the plan is to rebuild the docks.\n\n"
        "\u2018The second part is to hire the crews.\n\n"
        "\u2018The third part is to wait. He'll manage it.\u2019",
    ],
    ids=["british-straight-two-paragraphs", "british-curly-three-paragraphs"],
)
def test_multi_paragraph_single_quote_is_one_span(text: str) -> None:
    """British style reopens a single-quoted quotation on each paragraph too."""
    top = [q for q in find_quotes(text) if q.depth == 0]
    assert len(top) == 1, [text[q.start : q.end] for q in top]
    check_marks(text, top[0])
    assert text[top[0].start :].startswith("The first part")
    assert text[: top[0].end].endswith("He'll manage it.")


def test_unclosed_single_quote_without_a_reopened_paragraph_is_dropped() -> None:
    text = "She called it 'the plan of the decade and more.\n\nThe council met on Monday."
    assert [q for q in find_quotes(text) if not q.double] == []


# -- spaces and line endings -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\u201c\u00a0We are ready,\u2009\u201d she said.", ["We are ready,"]),
        (
            "\u00ab\u00a0Nous sommes pr\u00eats\u00a0\u00bb, a-t-elle dit.",
            ["Nous sommes pr\u00eats"],
        ),
        ('She said\u00a0"We are ready"\u00a0and left.', ["We are ready"]),
        ("She said\u2009\u201cwe are ready\u201d\u2009today.", ["we are ready"]),
        ('\t"We are\tready,"\tshe said.', ["We are\tready,"]),
        ('She said:\t"The tide\u00a0is high."', ["The tide\u00a0is high."]),
        ("\u201cWe are\u2009ready,\u201d\u00a0she said.", ["We are\u2009ready,"]),
    ],
    ids=[
        "nbsp-thin-inside-curly",
        "french-spacing",
        "nbsp-around-straight",
        "thin-around-curly",
        "tabs",
        "tab-before-nbsp-inside",
        "thin-inside-nbsp-after",
    ],
)
def test_odd_whitespace(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_crlf_offsets_index_the_original_text() -> None:
    text = (
        '"We are ready," she said.\r\n\r\n"Still ready," he said.\r\nShe said \u201cyes.\u201d\r\n'
    )
    spans = find_quotes(text)
    for q in spans:
        check_marks(text, q)
    assert [(q.start, q.end) for q in spans] == [
        (1, 14),
        (text.index("Still"), text.index("Still") + len("Still ready,")),
        (text.index("yes."), text.index("yes.") + len("yes.")),
    ]


# -- never raises, spans always valid ------------------------------------------------------------

QUOTEY = st.lists(
    st.sampled_from(
        list("\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u00ab\u00bb\u2039\u203a")
        + list("abcXYZ19 .,:;-\u2014")
        + ["\n", "\r\n", "\n\n", "\u00a0", "\u2009", "\t", "''", "``", "'s", "s'", "'em"]
    ),
    max_size=80,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), QUOTEY))
def test_find_quotes_never_raises_and_spans_are_valid(text: str) -> None:
    for q in find_quotes(text):
        check_span(text, q)


@pytest.mark.parametrize(
    "text", ["", " ", "\n\n", '"', "'", "\u201c", '""""\'\'\u201c\u201d', "``''"]
)
def test_degenerate_inputs(text: str) -> None:
    for q in find_quotes(text):
        check_span(text, q)


def test_entity_written_marks_pair_as_marks() -> None:
    """`&quot;`, `&ldquo;`/`&rdquo;`, `&#39;` in plain text are quote marks; the content
    offsets index into the text as read, and an entity apostrophe inside a word is none."""
    from quotes.marks import find_quotes

    text = "&quot;We will appeal,&quot; she said. &ldquo;Now.&rdquo; He didn&#39;t say &#39;no&#39;."
    got = [text[q.start : q.end] for q in find_quotes(text)]
    assert got == ["We will appeal,", "Now.", "no"]


def test_nesting_across_mark_styles_is_read_in_one_pass() -> None:
    """Looking for quotations nested in another style of marks counted the marks before
    each opener and searched ahead for its closer: a line of 30,000 straight marks took
    over half a minute. It is one pass now, and the nesting is still found."""
    import time

    text = '"' * 30_000 + '\n"They called it «Project Tide», and it failed," said Kofi Mensah.\n'
    start = time.monotonic()
    spans = find_quotes(text)
    assert time.monotonic() - start < 10
    inner = [s for s in spans if text[s.start : s.end] == "Project Tide"]
    outer = [s for s in spans if text[s.start : s.end] == "They called it «Project Tide», and it failed,"]
    assert inner and outer


def test_long_lines_without_blank_lines_are_paragraphs() -> None:
    """A short page-reader text, one paragraph a line, splits at its line breaks; a
    hard-wrapped text of the same length (every line short) stays one paragraph."""
    long_line = "Tomas Vrba said the ferry would keep running through the winter, whatever the weather brought."
    text = f"Ferry stays\n{long_line} More words follow here.\nIt was settled."
    assert [text[s:e] for s, e in paragraphs(text)] == text.split("\n")
    wrapped = "Tomas Vrba said the ferry\nwould keep running through\nthe winter."
    assert paragraphs(wrapped) == [(0, len(wrapped))]


def test_line_cut_at_the_blocks_width_wraps_before_a_capital() -> None:
    """A line near the width of a hand-wrapped block, with no sentence end, wraps before
    a capitalised word; a title-case line of a list of headlines does not."""
    block = "Ines Calloway says that all the pupils at Ostby\nPrimary will clean the beach on the\nlast Sunday of the month, she said.\n"
    assert line_wraps(block, block.index("\n"), "Primary")
    links = (
        "Historic Harbour Agreement Adopted In Ostby\nThe Ferry Agreement Is One Huge Step For Islanders\n"
        "Speaking with One Voice to Save the Island Ferry\n"
    )
    assert not line_wraps(links, links.index("\n"), "The")


@pytest.mark.parametrize(
    ("text", "word", "wraps"),
    [
        ("Ines Calloway, who has run the ferry since\n1998, said it would stop.", "1998", True),
        ("The pier has been shut ever since\nMarch, when the storm hit.", "March", True),
        ("The pier has been shut ever since.\n1998 was the last good year.", "1998", False),
    ],
    ids=["since-before-a-year", "since-before-a-month", "since-ending-a-sentence"],
)
def test_line_ending_in_since_goes_on(text: str, word: str, wraps: bool) -> None:
    """`who has run the ferry since<newline>1998, said`: "since" with its object still
    to come cannot end a sentence, so the line wraps (the parser otherwise starts a
    sentence at the year and loses the speaker of the "said" after it)."""
    assert line_wraps(text, text.index("\n"), word) is wraps


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("``The Giants'' defence was superb,'' said the coach.", ["The Giants'' defence was superb,"]),
        ("``Our members'' pensions are safe.'' She left.", ["Our members'' pensions are safe."]),
        # no doubled closer after a comma or stop later: the first '' closes
        ("He praised the ``Giants'' defence and left.", ["Giants"]),
    ],
)
def test_plural_possessive_doubled_inside_ptb_quote(text: str, expected: list[str]) -> None:
    """PTB-converted text doubles a plural's possessive apostrophe too: before a
    lowercase word, with the quotation's own closer still to come, it closes nothing."""
    assert contents(text) == expected
