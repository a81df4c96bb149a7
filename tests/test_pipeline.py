"""The spaCy pipeline as a library: components, extension, serialisation."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from quotes import pipeline

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
