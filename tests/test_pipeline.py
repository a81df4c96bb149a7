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
