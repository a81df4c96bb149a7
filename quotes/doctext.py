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


#: `doccolumns.COLUMNS_KEY` (not imported: doccolumns imports this module).
_COLUMNS_KEY = "quotes.columns"


def doc_text(doc: Doc) -> str:
    """``doc.text``, from the cache when the cache still fits the document: its length
    that of the text the tokens span. (That length comes from the token bounds the
    shared column store keeps for this Doc when it holds them, `doccolumns.char_span`,
    else from the last token: building that Token and its text with its space cost
    more than the rest of the call, and the resolver asks some forty times an article.)"""
    size = len(doc)
    if not size:
        return ""
    cached = doc.user_data.get(TEXT_KEY)
    if isinstance(cached, str):
        store = doc.user_data.get(_COLUMNS_KEY)
        bounds = store[1].get("bounds") if store is not None and store[0] == size else None
        if bounds is not None:
            if len(cached) == bounds[2]:
                return cached
        else:
            last = doc[-1]
            if len(cached) == last.idx + len(last.text_with_ws):
                return cached
    text = doc.text
    doc.user_data[TEXT_KEY] = text
    return text


def forget_text(doc: Doc) -> None:
    """Drop the cached text (it would double what a worker sends back)."""
    doc.user_data.pop(TEXT_KEY, None)
