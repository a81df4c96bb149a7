"""The text of a parsed Doc, built once per document and shared by our components.

``Doc.text`` joins every token's text in a Python loop on each access; the extractor,
the resolver and the channel finder each need it, and on news articles those joins
cost about a tenth of our components' time. The first reader builds it and leaves it
in ``Doc.user_data``; ``quotes_lighten`` drops it again before a Doc leaves the
pipeline, so it never travels back from worker processes.
"""

from __future__ import annotations

from spacy.tokens import Doc

TEXT_KEY = "quotes.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, from the cache when the cache still fits the document."""
    if not len(doc):
        return ""
    last = doc[-1]
    cached = doc.user_data.get(TEXT_KEY)
    if isinstance(cached, str) and len(cached) == last.idx + len(last.text_with_ws):
        return cached
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text


def forget_text(doc: Doc) -> None:
    """Drop the cached text (it would double what a worker sends back)."""
    doc.user_data.pop(TEXT_KEY, None)
