"""Property-based tests (hypothesis): any string in, no exception out, every span true.

Two kinds of strings: arbitrary Unicode, and "newsy" strings assembled from every kind of
quote mark, line end (LF, CRLF, CR), odd space (NBSP, zero-width, BOM), cue words,
names and punctuation, which reach far more of the pairing and extraction code than
random characters do. Properties:

* ``quotes.marks``: paragraphs, marks and paired quotations stay inside the text, a
  quotation's outer bounds sit on quote marks and enclose its content.
* the whole pipeline (parser, extractor, resolver): no exception, and every span of
  every quote, once stored through ``Store.save`` and read back, satisfies
  ``text[start:end] == value`` within bounds.
* the whole run (JSONL on disk -> ``run_extract`` -> SQLite), with lone surrogates
  allowed: nothing escapes, and what is stored is valid, with true spans.

Examples stay short so the module runs in seconds; hypothesis' example database is off
so that no files are written into the repository.
"""

from __future__ import annotations

import itertools
import json
import logging
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from quotes import pipeline
from quotes.marks import QUOTE_ENTITIES, find_marks, find_quotes, is_quote_char, paragraphs
from quotes.models import QUOTE_TYPES, SPEAKER_KINDS, Article
from quotes.resolve import _common_word
from quotes.run import run_extract
from quotes.store import Store

MARKS = [*"\"'`\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201a\u2039\u203a\u201f", "``", "''"]
SEPARATORS = [" ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\t", "\n \n"]
ODD_SPACES = ["\u00a0", "\u200b", "\ufeff", "\u3000", "\u2009"]
WORDS = [
    "said", "says", "told reporters", "according to", "added", "warned", "in a statement",
    "Ada Voss", "Mr. Tom Baker", "the minister", "NATO", "he", "she", "they", "that",
    "we will go", "not", "Paris", "don't", "allies'", "'90s", "'em", "O'Brien",
    ".", ",", "!", "?", ":", ";", "\u2014", "-", "(", ")", "...", "\u2026",
]  # fmt: skip
VALID_CHARS = st.characters(exclude_categories=("Cs",))  # Unicode scalar values only

NEWSY = st.lists(
    st.one_of(
        st.sampled_from(MARKS),
        st.sampled_from(SEPARATORS),
        st.sampled_from(ODD_SPACES),
        st.sampled_from(WORDS),
        VALID_CHARS,
        st.text(VALID_CHARS, max_size=6),
    ),
    max_size=60,
).map(lambda parts: "".join(parts) if len(parts) % 3 else " ".join(parts))
ANY_TEXT = st.one_of(NEWSY, st.text(VALID_CHARS, max_size=80))

FAST = settings(
    max_examples=400, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow]
)
PARSED = settings(
    max_examples=120,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)



@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    with Store(tmp_path_factory.mktemp("props") / "q.db") as opened:
        yield opened


_ids = itertools.count()


class _Recorder(logging.Handler):
    """Keeps the warnings our components log when a guard swallows an exception."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(scope="module")
def swallowed() -> Iterator[_Recorder]:
    """Warnings from ``quotes.*`` loggers: a guard that fired is a bug found, not a pass."""
    recorder = _Recorder()
    logger = logging.getLogger("quotes")
    logger.addHandler(recorder)
    try:
        yield recorder
    finally:
        logger.removeHandler(recorder)


def is_mark_text(text: str) -> bool:
    """Quote-mark characters, or one HTML entity that writes a quote mark ("&#34;")."""
    if text in QUOTE_ENTITIES:
        return is_quote_char(QUOTE_ENTITIES[text])
    return bool(text) and all(is_quote_char(c) for c in text)


def check_span(text: str, span: object) -> None:
    if span is None:
        return
    start, end, value = span.start, span.end, span.text  # type: ignore[attr-defined]
    assert 0 <= start <= end <= len(text), (text, span)
    assert text[start:end] == value, (text, span)


# --------------------------------------------------------------------------- marks


@FAST
@given(ANY_TEXT)
@example("&#34;")  # an entity-written mark alone (hypothesis found it)
@example("He said &quot;no&quot; and &#8220;yes&#8221; today")
# an entity-written mark, then the padding `_trim` moved out of the content (hypothesis)
@example("\" \" \" \" \" \" \" \" ' &#x22; ' \"")
@example("\" \" \" \" \" \" \" \" \" ' ' &#x22;")
def test_quote_mark_pairing_any_string(text: str) -> None:
    previous_end = 0
    for start, end in paragraphs(text):
        assert previous_end <= start <= end <= len(text)
        previous_end = end
    for mark in find_marks(text):
        assert 0 <= mark.start < mark.end <= len(text)
        assert is_mark_text(text[mark.start : mark.end]), (text, mark)
    spans = find_quotes(text)
    for q in spans:
        assert 0 <= q.open_start <= q.start <= q.end <= q.close_end <= len(text), (text, q)
        # (a mark, written as a character or an entity, and the padding `_trim` moved
        # out of the content: `"&#x22; '"` opens on the entity)
        opener = text[q.open_start : q.start]
        assert is_mark_text(opener) or is_quote_char(text[q.open_start]) or is_mark_text(opener.strip()), (text, q)
        if q.closed:
            closer = text[q.end : q.close_end]
            assert is_mark_text(closer) or is_quote_char(text[q.close_end - 1]) or is_mark_text(closer.strip()), (text, q)
        assert q.depth in (0, 1)
    assert spans == sorted(spans, key=lambda q: (q.start, -q.end))


def test_no_empty_quotation_for_zero_width_content() -> None:
    for text in ['"\u200b"', '"\ufeff"', 'He said "\u200b" yesterday.']:
        assert all(q.start < q.end for q in find_quotes(text)), text


# --------------------------------------------------------------------------- extractor


@PARSED
@given(ANY_TEXT)
def test_extractor_any_string_spans_true_when_stored(
    nlp: Language, store: Store, swallowed: _Recorder, text: str
) -> None:
    quotes = list(nlp(text)._.quotes or [])
    assert not swallowed.records, [r.getMessage() for r in swallowed.records]
    for q in quotes:
        assert q.type in QUOTE_TYPES
        assert 0.0 <= q.confidence <= 1.0
        assert q.speaker_kind is None or q.speaker_kind in SPEAKER_KINDS
        for span in (q.content, q.cue, q.speaker_mention):
            check_span(text, span)
    article = Article(source=f"prop-{next(_ids)}", text=text)
    store.save([(article, quotes)])
    stored_text, length = store.db.execute(
        "select text, text_length from articles where id = ?", [article.id]
    ).fetchone()
    assert stored_text == text and length == len(text)
    rows = store.db.execute(
        "select content, content_start, content_end, cue, cue_start, cue_end, "
        "speaker_mention, speaker_start, speaker_end from quotes where article_id = ?",
        [article.id],
    ).fetchall()
    assert len(rows) == len({(q.type, q.content.start, q.content.end) for q in quotes})
    for row in rows:
        for value, start, end in zip(row[::3], row[1::3], row[2::3], strict=True):
            if value is not None:
                assert 0 <= start <= end <= len(text)
                assert text[start:end] == value


def test_extractor_never_yields_empty_content(nlp: Language) -> None:
    for text in ['He said "\u200b" yesterday.', '"\ufeff" Ada Voss said.']:
        assert all(q.content.text.strip("\u200b\ufeff \u00a0") for q in nlp(text)._.quotes), text


# --------------------------------------------------------------------------- whole run

# The control characters that make an input binary (quotes.ingest refuses a text of
# over 10% of them): C0 and C1 controls other than tab, newlines, VT and FF.
CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# Any code point at all, lone surrogates included (JSON can carry them as \ud83d).
ANY_CODE_POINT = st.text(st.characters(), min_size=1, max_size=60)


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(st.lists(st.one_of(ANY_CODE_POINT, NEWSY), min_size=1, max_size=4))
@example(["\u200b", "He said \"\ufeff\" today.", " \u00ad\n"])
@example(["\x1b", "He said \"no\" today.\x00"])  # controls: refused alone, kept among words
def test_run_extract_any_jsonl_text_stores_valid_text_and_true_spans(
    nlp: Language, tmp_path_factory: pytest.TempPathFactory, texts: list[str]
) -> None:
    directory = tmp_path_factory.mktemp("run")
    corpus = directory / "corpus.jsonl"
    corpus.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": t}) + "\n" for i, t in enumerate(texts)),
        encoding="ascii",
    )
    db = directory / "q.db"
    problems = []
    summary = run_extract([corpus], db, nlp=nlp, batch_size=2, on_problem=problems.append)
    # Only texts with nothing that shows are refused: spaces, zero-width and other format
    # characters (category Cf, e.g. U+200B, U+FEFF) alone carry no word to quote; and, as
    # for a .txt file, texts of over 10% control characters (binary, terminal escapes).
    blank = sum(
        1
        for t in texts
        if all(c.isspace() or unicodedata.category(c) == "Cf" for c in t)
        or len(CONTROL.findall(t)) * 10 > len(t)
    )
    assert summary.failed == blank, problems
    assert summary.stored == len(texts) - blank
    conn = sqlite3.connect(db)
    try:
        stored = dict(conn.execute("select source, text from articles"))
        for i, text in enumerate(texts):
            if f"r{i}" in stored:
                # (lone surrogates and NULs, which SQLite's text functions stop at, become
                # U+FFFD one for one, so that offsets keep their place)
                fixed = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF or c == "\x00" else c for c in text)
                assert stored[f"r{i}"] == fixed
        for source, *spans in conn.execute(
            "select source, content, content_start, content_end, cue, cue_start, cue_end, "
            "speaker_mention, speaker_start, speaker_end "
            "from quotes join articles on articles.id = quotes.article_id"
        ):
            text = stored[source]
            for value, start, end in zip(spans[::3], spans[1::3], spans[2::3], strict=True):
                if value is not None:
                    assert 0 <= start <= end <= len(text)
                    assert text[start:end] == value
    finally:
        conn.close()


def test_lone_surrogate_example_is_replaced_not_fatal(tmp_path: Path, nlp: Language) -> None:
    """The input that crashes spaCy's tokenizer when passed to it directly."""
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "s", "text": "\\ud800 \\"Hi,\\" said Ada Voss."}\n', "ascii")
    with pytest.raises(UnicodeEncodeError):
        nlp.tokenizer("\ud800")  # spaCy's own limit: it hashes strings as UTF-8
    summary = run_extract([corpus], tmp_path / "q.db", nlp=nlp)
    assert (summary.stored, summary.failed) == (1, 0)


@pytest.mark.parametrize("text", ["\ud800", "\udfff\ud83d", '"Hi,\ud83d" said Ada Voss.\ud800'])
def test_nlp_replaces_a_lone_surrogate_instead_of_raising(nlp: Language, text: str) -> None:
    """``nlp(text)`` raised UnicodeEncodeError on a lone surrogate (fuzz44): it reads one
    U+FFFD in its place, so every offset still points into the caller's text."""
    doc = nlp(text)
    fixed = re.sub("[\ud800-\udfff]", "\ufffd", text)
    assert doc.text == fixed
    for q in doc._.quotes:
        for span in (q.content, q.cue, q.speaker_mention):
            check_span(fixed, span)


WORDY = st.sampled_from([*"aAbBéÉİ1_-.' ", "\n"])


@FAST
@given(text=st.lists(WORDY, max_size=40).map("".join), word=st.lists(WORDY, min_size=1, max_size=3).map("".join))
@example(text="a .b b_ a", word="B")
@example(text="x i\u0307 y", word="\u0130")
def test_common_word_lookup_agrees_with_scanning_the_text(text: str, word: str) -> None:
    """The resolver looks a capitalised word up in a set of the text's words built once per
    text, where it used to scan the whole text for every word (quadratic on long inputs):
    both must give the same answer on every text and word."""
    lower = word.lower()
    scanned = lower != word and re.search(rf"(?<![\w.]){re.escape(lower)}(?!\w)", text) is not None
    assert _common_word(word, text) == scanned


@given(
    text=st.text(alphabet=st.sampled_from(list("ab .!\n\u201d\u00a0")), max_size=300),
    size=st.integers(min_value=1, max_value=40),
)
def test_pieces_cover_the_text_in_order_within_the_size(text: str, size: int) -> None:
    """`pipeline.pieces` (long texts parsed in pieces): consecutive, gapless, each piece
    non-empty and at most ``size`` characters, whatever the breaks."""
    bounds = pipeline.pieces(text, size)
    assert "".join(text[s:e] for s, e in bounds) == text
    assert bounds[0][0] == 0 and bounds[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(bounds))
    assert all(0 < e - s <= size for s, e in bounds) or bounds == [(0, 0)]
