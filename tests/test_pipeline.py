"""The spaCy pipeline as a library: components, extension, serialisation."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from quotes import doccolumns, doctext, pipeline
from quotes.extract import Extractor
from quotes.run import run_extract

TEXT = (
    "Port talks stall\n\n"
    '"We are not moving," said union leader Ada Voss. She warned that the port could '
    'close "within days."\n'
)



def test_components_are_registered_in_order(nlp) -> None:
    names = nlp.pipe_names
    assert names[0] == "quotes_plain_forms"  # before the models read a token
    assert names.index("quotes_paragraphs") < names.index("parser")
    assert names.index("quotes_extractor") < names.index("quotes_resolver")
    assert names[-1] == "quotes_lighten"


def test_quotes_survive_doc_serialisation(nlp) -> None:
    """nlp.pipe(n_process > 1) sends each Doc back as bytes: the quotes must come along."""
    doc = nlp(TEXT)
    assert doc._.quotes
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.quotes == doc._.quotes


def test_quotes_read_back_are_those_set_unless_the_rows_changed(nlp) -> None:
    """The Quote objects a component set are handed on as they are (not rebuilt from
    the rows at every read), but the rows stay what counts: rows replaced by hand, or
    read from bytes, are read from the rows."""
    doc = nlp(TEXT)
    quotes = doc._.quotes
    assert quotes == [pipeline.quote_from_row(r) for r in doc.user_data[pipeline.QUOTES_KEY]]
    assert doc._.quotes is not quotes  # a new list each read: the caller may change it
    doc.user_data[pipeline.QUOTES_KEY] = [pipeline.quote_to_row(q) for q in quotes[:1]]
    assert doc._.quotes == quotes[:1]
    doc._.quotes = None
    assert doc._.quotes is None


def test_two_processes_give_the_same_quotes(nlp) -> None:
    texts = [TEXT, TEXT.replace("Ada Voss", "Lena Hart")] * 3
    one = [d._.quotes for d in nlp.pipe(texts)]
    two = [d._.quotes for d in nlp.pipe(texts, n_process=2, batch_size=2)]
    assert one == two
    assert all(q.speaker for quotes in one for q in quotes if q.speaker_mention)


def test_shared_text_is_the_doc_text_and_never_leaves_the_pipeline(nlp) -> None:
    text = 'Maria Okafor said the pier was safe.\n\n"We will reopen it," she added.'
    doc = nlp(text)
    assert doctext.TEXT_KEY not in doc.user_data  # quotes_lighten dropped it
    assert doctext.doc_text(doc) == doc.text == text
    assert doc.user_data[doctext.TEXT_KEY] == text
    # A cached text that no longer fits the document is rebuilt, not trusted.
    doc.user_data[doctext.TEXT_KEY] = text[:-5]
    assert doctext.doc_text(doc) == text
    assert doctext.doc_text(nlp.make_doc("")) == ""


def test_shared_columns_are_read_after_the_repairs_and_never_leave_the_pipeline(nlp) -> None:
    """The extractor opens the column store only once its parse repairs are done (a
    column read before would keep the model's slip), every reader then gets the same
    read-only array, and quotes_lighten drops the store."""
    from spacy.attrs import LEMMA, ORTH

    text = 'Officials said they were hoping that the bridge reopens.\n\n"Soon," said Ada Voss.'
    doc = nlp(text)
    assert doccolumns.COLUMNS_KEY not in doc.user_data  # quotes_lighten dropped it
    hoping = next(t for t in doc if t.text == "hoping")
    hoping.lemma_ = "hop"  # the small model's slip, which `fix_lemmas` repairs
    assert doccolumns.column(doc, LEMMA)[hoping.i] == doc.vocab.strings["hop"]  # no store: read anew
    doccolumns.open_columns(doc)  # a store filled before the repair is dropped by the extractor
    assert doccolumns.column(doc, LEMMA)[hoping.i] == doc.vocab.strings["hop"]
    Extractor(doc)
    lemmas = doccolumns.column(doc, LEMMA)
    assert lemmas[hoping.i] == doc.vocab.strings["hope"]
    assert doccolumns.column(doc, LEMMA) is lemmas
    assert (doccolumns.column(doc, ORTH) == doc.to_array(ORTH)).all()
    with pytest.raises(ValueError):
        lemmas[0] = 0  # shared: a reader that needs to change it copies it
    ents = doccolumns.entities(doc)  # the model's entities: built once, for extractor and resolver
    assert ents == tuple(doc.ents) and doccolumns.entities(doc) is ents
    pipeline.lighten(doc)
    assert doccolumns.COLUMNS_KEY not in doc.user_data


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they were hoping that the bridge reopens.",
        '"The river," said Ada Lind, who fished here for forty years, "is dying."',
        "The mayor said on Monday, after the meeting, that the plan, which cost millions, was dead.",
        "Her book sold poorly, the author said, though critics who read it early had praised it.",
    ],
)
def test_shared_columns_are_read_together_from_the_repaired_parse(nlp, text: str) -> None:
    """The columns `read_columns` reads in one walk once the extractor's repairs are done
    (LOWER handed over by the repairs, DEP read again only after a pass that changed a
    label) equal ``Doc.to_array`` of each, read-only and contiguous, and no reader needs
    another walk."""
    from quotes.extract import SHARED_COLUMNS

    doc = nlp(text)
    assert doccolumns.COLUMNS_KEY not in doc.user_data
    Extractor(doc)
    memo = doc.user_data[doccolumns.COLUMNS_KEY][1]
    assert all(attr in memo for attr in SHARED_COLUMNS)
    for attr in SHARED_COLUMNS:
        shared = doccolumns.column(doc, attr)
        assert shared is memo[attr]
        assert not shared.flags.writeable and shared.flags.c_contiguous
        assert shared.tolist() == doc.to_array(attr).tolist()


@pytest.mark.parametrize(
    "text",
    [
        "Officials said they were hoping that the bridge reopens.",
        '"We will not sign," the mayor of Tarnby, Ada Voss, told reporters on Monday.',
        "Asked whether he would resign, Vinter said he had not decided and would wait.",
        "The union, which had warned of a strike, said talks would resume; Roe disagreed.",
    ],
)
def test_shared_children_are_the_tokens_children_after_the_repairs(nlp, text: str) -> None:
    """`doccolumns.kids` and `doccolumns.head_of` (from the HEAD column, once per
    article) give every token's children as ``Token.children`` yields them, in order,
    and its head, once the extractor's repairs are done; with no store open they read
    the token itself."""
    doc = nlp(text)
    assert doccolumns.COLUMNS_KEY not in doc.user_data
    assert [[c.i for c in doccolumns.kids(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    assert [doccolumns.head_of(t).i for t in doc] == [t.head.i for t in doc]
    Extractor(doc)
    lists = doccolumns.children_lists(doc)
    assert lists is not None and doccolumns.children_lists(doc) is lists  # built once
    assert [[c.i for c in doccolumns.kids(t)] for t in doc] == [[c.i for c in t.children] for t in doc]
    assert all(c.doc is doc and c.head.i == t.i for t in doc for c in doccolumns.kids(t))
    assert [doccolumns.head_of(t).i for t in doc] == [t.head.i for t in doc]
    heads = doccolumns.head_lists(doc)
    assert heads is not None and doccolumns.head_lists(doc) is heads


@pytest.mark.parametrize(
    ("text", "char"),
    [
        ("J.K. Marwood said the U.S. plan was sound. Dr. Roe agreed.", "."),
        ("A. B. C. Lund, of Acme Inc., said so.\n\nT.J. Holt ... disagreed.", "."),
        ("No stop here", "."),
        ("Roe (the chair) said: yes, no; maybe.", ","),
    ],
)
def test_tokens_ending_in_are_the_tokens_whose_text_ends_so(nlp, text: str, char: str) -> None:
    """`doccolumns.tokens_ending_in` (found at the character's places in the text, from
    the tokens' offsets) lists the tokens a test of every token's text lists, with the
    store open and without."""
    doc = nlp(text)
    expected = [t.i for t in doc if t.text.endswith(char)]
    assert doccolumns.tokens_ending_in(doc, char) == expected
    Extractor(doc)
    assert doccolumns.COLUMNS_KEY in doc.user_data
    assert doccolumns.tokens_ending_in(doc, char) == expected


def test_replace_quote_is_dataclasses_replace(nlp) -> None:
    """`models.replace_quote` gives the Quote ``dataclasses.replace`` gives, and refuses
    an unknown field as it does."""
    import dataclasses

    from quotes.models import replace_quote

    quotes = nlp(TEXT)._.quotes
    assert quotes
    for quote in quotes:
        for changes in ({"confidence": 0.3}, {"speaker": "Ines Calloway", "role": None}, {}):
            got, want = replace_quote(quote, **changes), dataclasses.replace(quote, **changes)
            assert got == want and got.__dict__ == want.__dict__ and got.extra is quote.extra
        with pytest.raises(TypeError):
            replace_quote(quote, speakr="Tomas Vrba")
        with pytest.raises(dataclasses.FrozenInstanceError):
            replace_quote(quote).speaker = "Tomas Vrba"  # type: ignore[misc]


def test_paragraph_starts_are_set_as_the_setter_sets_them(nlp) -> None:
    """quotes_paragraphs writes its sentence starts in one go: 1 at a start, -1 where a
    line break starts none, unset elsewhere; and refuses a parsed Doc as spaCy's
    ``Token.is_sent_start`` setter does."""
    text = "Port talks stall\n\nThe union said the port was\nclosed.\nIt will reopen."
    doc = pipeline.paragraph_boundaries(pipeline.make_doc(nlp, text))
    starts = {t.text: t.is_sent_start for t in doc if not t.is_space}
    assert starts["The"] is True and starts["closed"] is False and starts["It"] is True
    assert starts["union"] is None
    with pytest.raises(ValueError, match="E043"):
        pipeline.paragraph_boundaries(nlp(text))


def test_runaway_sentence_is_broken_and_its_quotes_still_found(nlp) -> None:
    """Thousands of cues with no sentence end made one tree: extraction walked every cue's
    subtree of the rest of the text (hours for a few thousand). Sentences now stop
    within a few hundred tokens; the items found keep true spans."""
    text = 'Ada Voss said "no" ' * 1200
    doc = nlp(pipeline.make_doc(nlp, text))
    assert max(len(s) for s in doc.sents) <= pipeline.RUNAWAY_SENTENCE_HARD
    assert doc._.quotes
    assert all(text[q.content.start : q.content.end] == q.content.text for q in doc._.quotes)


def test_runaway_break_leaves_punctuated_text_alone(nlp) -> None:
    """A long text of ordinary sentences and one long unpunctuated sentence under the
    limit keep the parser's own boundaries."""
    text = "The mayor said the bridge will open in May. " * 200 + "and " * 250 + "then."
    doc = nlp.make_doc(text)
    pipeline.paragraph_boundaries(doc)
    assert not any(t.is_sent_start for t in doc[1:])


@pytest.mark.parametrize(
    ("text", "runs_away"),
    [
        (("and " * 200 + "then. ") * 3, False),  # sentences under the limit
        ("and " * 450 + "then", True),
        ("and " * 250 + "then.\n" + "and " * 250, False),  # a sentence end between
        ("and " * 250 + "then\n" + "and " * 250, False),  # a line break between
        ("and " * 250 + "then\n\n" + "and " * 250, False),  # a paragraph break (a start)
        ("and " * 250 + "then, " * 100 + "and " * 250, True),  # commas end nothing
    ],
)
def test_only_a_long_stretch_without_an_end_is_walked_token_by_token(
    nlp, monkeypatch, text: str, runs_away: bool
) -> None:
    """The token walk that breaks runaway sentences runs only where one can be: the
    arrays say where none is, and the boundaries are those of walking every text."""
    doc = pipeline.make_doc(nlp, text)
    pipeline.paragraph_boundaries(doc)
    assert pipeline._may_run_away(doc) == runs_away
    monkeypatch.setattr(pipeline, "_may_run_away", lambda doc: True)
    walked = pipeline.make_doc(nlp, text)
    pipeline.paragraph_boundaries(walked)
    assert [t.is_sent_start for t in doc] == [t.is_sent_start for t in walked]


def test_model_without_a_parser_or_unloadable_is_a_model_error(tmp_path) -> None:
    """`--model blank:en` stored every article with no quotes and exit 0; a folder of
    garbage raised a config parser error that named neither model nor problem."""
    from quotes.errors import ModelError

    with pytest.raises(ModelError, match="'blank:en' has no parser"):
        pipeline.load("blank:en")
    (tmp_path / "config.cfg").write_text("[[[ not a config\n")
    (tmp_path / "meta.json").write_text("{not json")
    with pytest.raises(ModelError, match=f"cannot load spaCy model '{tmp_path}': "):
        pipeline.load(str(tmp_path))


# Long texts are parsed in pieces (pipeline.run); tests lower the length that counts as
# long so that a few invented paragraphs make one.

COLUMN = (
    "I have covered the harbour for twenty years.\n\n"
    '"The cranes stay idle until Monday," said Ines Calloway, the port chief.\n\n'
    "She added that the union had not been told.\n\n"
    "Tomas Vrba, who leads the dockers, disagreed. He said the talks had collapsed.\n\n"
    "I asked him why. \"Because nobody listens,\" Vrba said.\n\n"
)


def _items(doc: Doc) -> list[tuple[str, int, int, str | None]]:
    return [(q.type, q.content.start, q.content.end, q.speaker) for q in doc._.quotes]


def test_long_text_parsed_in_pieces_keeps_text_and_quotes(nlp) -> None:
    text = COLUMN * 6
    whole = pipeline.run(nlp, pipeline.make_doc(nlp, text, "Mara Lind"))
    cut = pipeline.run(nlp, pipeline.make_doc(nlp, text, "Mara Lind"), long_text=500, piece=300)
    assert len(pipeline.pieces(text, 300)) > 5
    assert cut.text == text
    assert _items(cut) == _items(whole)
    assert {q.speaker for q in cut._.quotes} >= {"Ines Calloway", "Tomas Vrba"}
    # A pronoun resolves to a name a piece back: "She added" follows its own paragraph cut.
    added = [q for q in cut._.quotes if q.content.text.startswith("the union had not been told")]
    assert added and all(q.speaker == "Ines Calloway" for q in added)


@pytest.mark.parametrize(
    ("text", "size", "ends"),
    [
        # Paragraph breaks win over line breaks and sentence ends...
        ("Aa. Bb.\nCc.\n\nDd. Ee.\nFf.\n\nGg. Hh.", 14, ["Aa. Bb.\nCc.\n\n", "Dd. Ee.\nFf.\n\n", "Gg. Hh."]),
        # ... but not one in the first half of the stretch: a line break further on is taken.
        ("A\n\nbbbbbbbbbbbb\ncc", 16, ["A\n\nbbbbbbbbbbbb\n", "cc"]),
        # A sentence end when there is no break, then any space, then a hard cut.
        ("One two. Three four five", 12, ["One two. ", "Three four ", "five"]),
        ("abcdefghij", 4, ["abcd", "efgh", "ij"]),
        ("short", 100, ["short"]),
        ("", 10, [""]),
    ],
)
def test_pieces_cut_at_the_best_break_and_cover_the_text(text: str, size: int, ends: list[str]) -> None:
    bounds = pipeline.pieces(text, size)
    assert [text[s:e] for s, e in bounds] == ends
    assert all(e - s <= size for s, e in bounds)


def _stored(db: Path) -> list[tuple]:
    with sqlite3.connect(db) as conn:
        return conn.execute(
            "select a.source, q.type, q.content_start, q.content_end, q.content, s.name"
            " from quotes q join articles a on a.id = q.article_id"
            " left join speakers s on s.id = q.speaker_id order by 1, 3"
        ).fetchall()


@pytest.mark.parametrize("processes", [1, 2])
def test_run_parses_long_articles_in_pieces_among_short_ones(
    tmp_path: Path, nlp, processes: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long article is parsed in pieces in the main process while the short ones go
    through ``nlp.pipe`` (and its workers): every article is stored, with the quotes a
    whole-text parse gives."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(7):
        long = i in (0, 3, 6)  # first, between, last
        body = COLUMN * 3 if long else COLUMN.split("\n\n")[1] + "\n"
        (corpus / f"{i}.txt").write_text(body, encoding="utf-8")
    whole = run_extract([corpus], tmp_path / "whole.db", nlp=nlp)
    monkeypatch.setattr(pipeline, "LONG_TEXT", 600)
    monkeypatch.setattr(pipeline, "PIECE_CHARS", 300)
    # The lengths of the texts cut into pieces, in a file: forked workers cut them too.
    log = tmp_path / "cut.log"
    real_pieces = pipeline.pieces

    def logged_pieces(text: str, size: int) -> list[tuple[int, int]]:
        with log.open("a") as f:
            f.write(f"{len(text)}\n")
        return real_pieces(text, size)

    monkeypatch.setattr(pipeline, "pieces", logged_pieces)
    cut = run_extract(
        [corpus], tmp_path / "cut.db", nlp=nlp, n_process=processes, batch_size=2
    )
    assert (cut.read, cut.stored, cut.failed) == (whole.read, whole.stored, whole.failed) == (7, 7, 0)
    assert _stored(tmp_path / "cut.db") == _stored(tmp_path / "whole.db")
    assert len({row[0] for row in _stored(tmp_path / "cut.db")}) == 7
    assert log.read_text().split() == [str(len(COLUMN * 3))] * 3


@pytest.mark.parametrize(
    "text",
    [
        "\n" * 3000,
        "a" * 3000,  # no break at all: hard cuts
        '"' * 3000,
        "Mr. " * 800,
        ("\u201cYes,\u201d she said.\n\n" + "x" * 700 + "\n \n") * 5,
        " \u00a0\t" * 1000,
        "He said it.\r\n\r\n" * 200,
        "\U0001f600 said \u201cok\u201d " * 300,
    ],
    ids=["newlines", "one-word", "marks", "abbreviations", "long-words", "odd-spaces", "crlf", "emoji"],
)
def test_odd_long_texts_parsed_in_pieces_keep_their_text(nlp, text: str) -> None:
    doc = pipeline.run(nlp, pipeline.make_doc(nlp, text), long_text=500, piece=300)
    assert doc.text == text
    for q in doc._.quotes:
        assert text[q.content.start : q.content.end] == q.content.text


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("-President Vrba", ["-", "President", "Vrba"]),  # a signature line
        ("\u2014Lena Osei says", ["\u2014", "Lena", "Osei", "says"]),
        ("anti-Vrba", ["anti", "-", "Vrba"]),  # spaCy's own infix split, unchanged
        ("-5 degrees", ["-5", "degrees"]),
        ("-USA", ["-USA"]),  # only a capitalised word: a dash before capitals stays
    ],
)
def test_a_dash_glued_to_a_capitalised_word_is_split_off(nlp, text: str, tokens: list[str]) -> None:
    assert [t.text for t in nlp.make_doc(text)] == tokens


@pytest.mark.parametrize(
    ("text", "tokens"),
    [
        ("fined £2m. The", ["fined", "£", "2", "m", ".", "The"]),
        ("paid 40k. Then", ["paid", "40k", ".", "Then"]),
        ("J. M. Vrba", ["J.", "M.", "Vrba"]),  # capital initials stay whole
        ("at 5 p.m. on", ["at", "5", "p.m.", "on"]),
    ],
)
def test_a_unit_letter_after_an_amount_leaves_the_stop_to_the_sentence(nlp, text: str, tokens: list[str]) -> None:
    """ "£2m." was "2" + "m." (spaCy keeps lowercase initials whole): the sentence had no
    end, and a quotation after it ran on from the sentence before."""
    assert [t.text for t in nlp.make_doc(text)] == tokens
    quotes = nlp('The harbour board fined the ferry firm £2m. "Passengers were let down," it said.')._.quotes
    assert [(q.type, q.content.text) for q in quotes] == [("direct", "Passengers were let down,")]


def test_a_long_run_without_spaces_is_tokenized_in_linear_time(nlp) -> None:
    """spaCy strips affixes off one token one at a time: a line of 100,000 quote marks
    took over five minutes (30,000 about a minute). Long runs are cut into plain pieces;
    the text stays exact and the quotes around the run are still found."""
    import time

    text = '"We are ready," said Ada Voss. ' + '"' * 30_000 + '\n"Not yet," said Tom Baker.\n'
    start = time.monotonic()
    doc = pipeline.run(nlp, pipeline.make_doc(nlp, text))
    assert time.monotonic() - start < 15
    assert doc.text == text
    assert [q.speaker for q in doc._.quotes][:1] == ["Ada Voss"]
    assert "Tom Baker" in [q.speaker for q in doc._.quotes]


def test_nlp_called_directly_cuts_a_long_run_too(nlp) -> None:
    """``nlp(text)`` (not only `pipeline.make_doc`) cuts a long run into plain pieces: it
    went to spaCy's quadratic affix stripping, 7 s for 10,000 quote marks, one token each."""
    run = "\u201c" * 3_000
    assert [len(t.text) for t in nlp.make_doc(run)] == [pipeline.RUN_PIECE] * 30
    text = f'"We are ready," said Ada Voss. {run}\n"Not yet," said Tom Baker.\n'
    doc = nlp(text)
    assert doc.text == text
    assert [q.speaker for q in doc._.quotes] == ["Ada Voss", "Tom Baker"]
    assert all(text[q.content.start : q.content.end] == q.content.text for q in doc._.quotes)


def test_a_run_collects_young_garbage_less_often_and_restores_the_collector() -> None:
    import gc

    from quotes import run

    before = gc.get_threshold()
    with run._frozen_heap():
        assert gc.get_threshold()[0] >= run.RUN_GC_THRESHOLD
        assert gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before


def test_windows_line_endings_give_the_same_quotes(nlp) -> None:
    """A file saved with CRLF line endings is the same article: the models read "\\r\\n"
    as "\\n" (`quotes_plain_forms`), so each item, its speaker and its span (mapped back)
    are those of the LF text. Before, the CRLF copy of a bundled sample article gave "the
    club" another club, and another sample one item more."""
    from pathlib import Path

    samples = sorted((Path(pipeline.__file__).parent / "samples" / "articles").glob("*.txt"))
    assert samples
    for path in samples:
        text = path.read_text(encoding="utf-8")
        crlf = text.replace("\n", "\r\n")
        lf_items = [(q.type, q.content.text, q.speaker, q.role) for q in nlp(text)._.quotes]
        crlf_items = [
            (q.type, q.content.text.replace("\r\n", "\n"), q.speaker, q.role) for q in nlp(crlf)._.quotes
        ]
        assert crlf_items == lf_items, path.name


@pytest.mark.parametrize(
    "text",
    [
        'Ruiz said\u00a0on Monday  that the pier -- "a relic" -- would close.\n\nVoss agreed.',
        "Short.",
        '  "Leading spaces," she said. ',
    ],
)
def test_char_span_from_columns_is_doc_char_span(nlp, text: str) -> None:
    """`doccolumns.char_span` (from the tokens' offsets, once a store is open) gives the
    Span ``Doc.char_span(..., alignment_mode="expand")`` gives for every range, None and
    errors included, and `text_length` is ``len(doc.text)``."""
    doc = nlp.make_doc(text)
    doccolumns.open_columns(doc)
    assert doccolumns.text_length(doc) == len(doc.text)
    for start in range(-2, len(text) + 3):
        for end in range(start - 2, len(text) + 3):
            try:
                want = doc.char_span(start, end, alignment_mode="expand")
            except IndexError:
                with pytest.raises(IndexError):
                    doccolumns.char_span(doc, start, end)
                continue
            got = doccolumns.char_span(doc, start, end)
            assert _bounds(got) == _bounds(want), (start, end)


def _bounds(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)
