"""The spaCy pipeline as a library: components, extension, serialisation."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes import doctext, pipeline

TEXT = (
    "Port talks stall\n\n"
    '"We are not moving," said union leader Ada Voss. She warned that the port could '
    'close "within days."\n'
)


@pytest.fixture(scope="module")
def nlp():
    return pipeline.load()


def test_components_are_registered_in_order(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("quotes_paragraphs") < names.index("parser")
    assert names.index("quotes_extractor") < names.index("quotes_resolver")
    assert names[-1] == "quotes_lighten"


def test_quotes_survive_doc_serialisation(nlp) -> None:
    """nlp.pipe(n_process > 1) sends each Doc back as bytes: the quotes must come along."""
    doc = nlp(TEXT)
    assert doc._.quotes
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert back._.quotes == doc._.quotes


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
