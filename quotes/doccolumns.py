"""Token columns of a parsed Doc (``Doc.to_array``), read once per document and shared
by our components.

``Doc.to_array`` walks every token for every column it is asked for. Once the
extractor has repaired the parse (`parserepair.fix_lemmas`), nothing changes a token
again, yet the extractor, the entity corrections, the speaker index and the
confidence model each read the same columns (ORTH, LOWER, DEP, SENT_START ...) anew:
about two dozen walks over every token per article where ten distinct columns are
needed. The extractor opens a shared store after its repairs (`open_columns`); from
then on `column` reads each column once and hands the same read-only array to every
later reader. Before that (and for a Doc that never went through the extractor,
which tests build by hand) `column` reads the Doc directly, as before.
``quotes_lighten`` drops the store with the cached text, so it never travels back
from worker processes.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from typing import overload

import numpy
from spacy.attrs import HEAD, IDX, LENGTH, SPACY
from spacy.tokens import Doc, Span, Token

from quotes.doctext import doc_text

COLUMNS_KEY = "quotes.columns"


def open_columns(doc: Doc, words: Sequence[Token] | None = None) -> None:
    """Start sharing ``doc``'s columns: call only once the parse is final. ``words``:
    ``list(doc)`` when the caller has listed it already (`tokens` then hands it out)."""
    doc.user_data[COLUMNS_KEY] = (len(doc), {} if words is None else {_TOKENS: words})


def read_columns(doc: Doc, attrs: Sequence[int], known: dict[int, numpy.ndarray] | None = None) -> None:
    """Fill the open store with ``attrs`` in one ``Doc.to_array`` (each call costs a few
    dozen thousand instructions on top of its walk over the tokens, and the readers ask
    for a dozen columns one at a time), and with the ``known`` columns a caller read
    already from the final parse. No store open: nothing to do."""
    memo = _open(doc)
    if memo is None:
        return
    for attr, values in (known or {}).items():
        if attr not in memo:
            values = numpy.ascontiguousarray(values)
            values.flags.writeable = False
            memo[attr] = values
    wanted = [attr for attr in dict.fromkeys(attrs) if attr not in memo]
    if not wanted:
        return
    rows = numpy.ascontiguousarray(doc.to_array(wanted).reshape(len(doc), len(wanted)).T)
    rows.flags.writeable = False
    for attr, values in zip(wanted, rows, strict=True):
        memo[attr] = values


def forget_columns(doc: Doc) -> None:
    """Stop sharing (before a repair changes the parse, and when a Doc leaves the
    pipeline)."""
    doc.user_data.pop(COLUMNS_KEY, None)


def _open(doc: Doc) -> dict | None:
    """The shared store's per-article memo when one is open for this Doc (its length
    checked: a Doc another component retokenised is another article), else None."""
    store = doc.user_data.get(COLUMNS_KEY)
    if store is None or store[0] != len(doc):
        return None
    return store[1]


def column(doc: Doc, attr: int) -> numpy.ndarray:
    """``doc.to_array(attr)`` (one attribute id: a 1-D array), from the shared store
    when one is open. The shared array is read-only: a caller that needs to change it
    copies it first."""
    store = doc.user_data.get(COLUMNS_KEY)  # (`_open` inlined: the most read column)
    if store is None or store[0] != len(doc):
        return doc.to_array(attr)
    cached = store[1].get(attr)
    if cached is None:
        cached = store[1][attr] = doc.to_array(attr)
        cached.flags.writeable = False
    return cached


#: How many answers a `by_form` memo keeps before it starts over (a bound on a
#: long-running process's memory: every new name brings a new lemma).
FORM_MEMO_MAX = 200_000


def by_form(
    doc: Doc, attr: int, test: Callable[[str], bool], memo: dict[int, bool] | None = None
) -> numpy.ndarray:
    """Per token, ``test`` of the string of its ``attr`` (a boolean array): each distinct
    string is tested once and the answer spread to every token holding it, where a test
    per token built a Token for every word of the article.

    With ``memo`` (a dict kept by the caller for one ``test``), answers are kept per
    string hash across articles: most of an article's words were seen in earlier ones,
    and a look-up by hash spares reading the string out of the vocabulary."""
    values = column(doc, attr)
    if not len(values):
        return numpy.zeros(0, dtype=bool)
    forms, where = numpy.unique(values, return_inverse=True)
    strings = doc.vocab.strings
    if memo is None:
        answers = [test(strings[h]) for h in forms.tolist()]
    else:
        if len(memo) > FORM_MEMO_MAX:
            memo.clear()
        answers = []
        for h in forms.tolist():
            answer = memo.get(h)
            if answer is None:
                answer = memo[h] = test(strings[h])
            answers.append(answer)
    known = numpy.array(answers, dtype=bool)
    return known[where.reshape(-1)]


#: The store's key for the model's entities (no attribute id is a string).
_ENTS = "ents"


def entities(doc: Doc) -> tuple[Span, ...]:
    """``tuple(doc.ents)``, from the shared store when one is open: ``Doc.ents`` builds a
    Span for every entity on each access, and the extractor and the resolver both read
    them (the extractor's line-wrap joins, which set ``doc.ents``, run before the store
    opens; nothing sets them after)."""
    memo = _open(doc)
    if memo is None:
        return tuple(doc.ents)
    cached = memo.get(_ENTS)
    if cached is None:
        cached = memo[_ENTS] = tuple(doc.ents)
    return cached


#: The store's key for the token bounds `char_span` reads.
_BOUNDS = "bounds"


def char_span(doc: Doc, start: int, end: int) -> Span | None:
    """``doc.char_span(start, end, alignment_mode="expand")``, found from the tokens'
    offsets and lengths read once per article when the store is open.

    spaCy's ``char_span`` builds a Token for every bound it tests (two to four per
    call) before it builds the Span; the rules and the confidence model ask for
    thousands of spans per article. The token holding a character is the last one
    starting at or before it (tokens cover the text without gaps, each with its
    trailing space), as spaCy's binary search finds it; a start on the space after
    a token moves to the next token, as spaCy's "expand" does."""
    bounds = _token_bounds(doc)
    if bounds is None:
        return doc.char_span(start, end, alignment_mode="expand")
    offsets, ends, size = bounds
    if not 0 <= start < size or not 0 < end <= size:
        return None
    first = bisect.bisect_right(offsets, start) - 1
    last = bisect.bisect_right(offsets, end - 1)  # (exclusive)
    if start == ends[first]:
        first += 1
    return Span(doc, first, last)


def _token_bounds(doc: Doc) -> tuple[list[int], list[int], int] | None:
    """Each token's start and end offset, and the text's length, from the shared store
    (read once per article); None when no store is open."""
    store = doc.user_data.get(COLUMNS_KEY)  # (`_open` inlined: asked for every char_span)
    if store is None or store[0] != len(doc):
        return None
    memo = store[1]
    bounds = memo.get(_BOUNDS)
    if bounds is None:
        offsets = column(doc, IDX).astype(numpy.int64)
        ends = offsets + column(doc, LENGTH)
        size = int(ends[-1] + column(doc, SPACY)[-1]) if len(doc) else 0
        bounds = memo[_BOUNDS] = (offsets.tolist(), ends.tolist(), size)
    return bounds


def tokens_ending_in(doc: Doc, char: str) -> list[int]:
    """The indices, in order, of the tokens whose text ends in ``char`` (one character
    that is never a space), found at the character's places in the text: a rule asking
    after a rare ending ("J.K.": initials end in a full stop) reads a few dozen places
    instead of every word's string. The token holding a place is the last one starting
    at or before it (`char_span`); it ends there when its end offset follows it."""
    text = doc_text(doc)
    bounds = _token_bounds(doc)
    if bounds is None:
        return [tok.i for tok in doc if tok.text.endswith(char)]
    offsets, ends, _size = bounds
    out: list[int] = []
    pos = text.find(char)
    while pos >= 0:
        k = bisect.bisect_right(offsets, pos) - 1
        if ends[k] == pos + 1:
            out.append(k)
        pos = text.find(char, pos + 1)
    return out


def text_length(doc: Doc) -> int:
    """``len(doc.text)``: from the tokens' bounds when the store is open (no Token built
    to check the cached text), else from the cached text."""
    bounds = _token_bounds(doc)
    if bounds is None:
        return len(doc_text(doc))
    return bounds[2]


#: The store's key for the Doc's Token objects.
_TOKENS = "tokens"
#: The store's key for every token's children.
_CHILDREN = "children"
#: The store's key for every token's head.
_HEADS = "heads"


def tokens(doc: Doc) -> Sequence[Token]:
    """``list(doc)``, from the shared store when one is open: ``doc[i]`` builds a new
    Token on every access, and the entity corrections and the speaker index ask for the
    same words again and again (a Span's words, the word before a name, a head), a few
    thousand Tokens per article where the article has a few hundred words. Callers
    index it as they would the Doc (a slice is a list of Tokens) and never change it.
    With no store open (a Doc the extractor never saw), the Doc's own Tokens, built at
    each access as before: listing every word for each caller would cost far more."""
    store = doc.user_data.get(COLUMNS_KEY)  # (`_open` inlined: asked ~200 times an article)
    if store is None or store[0] != len(doc):
        return _DocTokens(doc)
    memo = store[1]
    cached = memo.get(_TOKENS)
    if cached is None:
        cached = memo[_TOKENS] = list(doc)
    return cached


def _head_indices(doc: Doc) -> list[int]:
    """Every token's head as an index (a root its own head), from the HEAD column, which
    holds each head's offset from its token."""
    return (numpy.arange(len(doc)) + column(doc, HEAD).astype(numpy.int64)).tolist()


def children_lists(doc: Doc) -> list[tuple[Token, ...]] | None:
    """Per token index, ``tuple(doc[i].children)``, from the shared store (built once per
    article from the HEAD column and `tokens`); None when no store is open.

    ``Token.children`` is a generator that scans the token's subtree and builds a new
    Token for every child at each read, and the rules read the children of the same
    cue, subject and clause verbs again and again: about one Token in three the
    extractor built was a child. A child is a token whose head is another token, in
    the order of the text, as spaCy yields them (its left children, then its right)."""
    memo = _open(doc)
    if memo is None:
        return None
    cached = memo.get(_CHILDREN)
    if cached is None:
        words = tokens(doc)
        heads = _head_indices(doc)
        lists: list[list[Token]] = [[] for _ in heads]
        for i, head in enumerate(heads):
            if head != i:
                lists[head].append(words[i])
        cached = memo[_CHILDREN] = [tuple(kids) for kids in lists]
    return cached


def kids(token: Token) -> tuple[Token, ...]:
    """``tuple(token.children)``: read once per article when the store is open
    (`children_lists`), else from the token. Callers never change the Tokens or the
    tuple; the Tokens are the store's own, shared with `tokens`."""
    # (the store's list read here first, `_open` and `children_lists` inlined: the rules
    # ask this of some 400 words per article, and two calls each cost more than the read)
    doc = token.doc
    store = doc.user_data.get(COLUMNS_KEY)
    if store is not None and store[0] == len(doc):
        lists = store[1].get(_CHILDREN)
        if lists is not None:
            return lists[token.i]
    lists = children_lists(doc)
    if lists is None:
        return tuple(token.children)
    return lists[token.i]


def head_lists(doc: Doc) -> list[Token] | None:
    """Per token index, ``doc[i].head`` (a root its own head), from the shared store
    (built once per article from the HEAD column and `tokens`); None when no store is
    open. ``Token.head`` builds a new Token at every read, and the rules climb from the
    same cues and clauses to their heads again and again."""
    memo = _open(doc)
    if memo is None:
        return None
    cached = memo.get(_HEADS)
    if cached is None:
        words = tokens(doc)
        heads = _head_indices(doc)
        cached = memo[_HEADS] = [words[head] for head in heads]
    return cached


def head_of(token: Token) -> Token:
    """``token.head``: read once per article when the store is open (`head_lists`), else
    from the token. The Token is the store's own, shared with `tokens`: the same word
    is the same object, where ``Token.head`` made a new one (no caller compares Tokens
    by identity across reads)."""
    doc = token.doc
    store = doc.user_data.get(COLUMNS_KEY)  # (read here first, as in `kids`)
    if store is not None and store[0] == len(doc):
        heads = store[1].get(_HEADS)
        if heads is not None:
            return heads[token.i]
    heads = head_lists(doc)
    if heads is None:
        return token.head
    return heads[token.i]


class _DocTokens(Sequence[Token]):
    """A Doc's Tokens indexed like a list, each built when asked for (`tokens` with no
    store open)."""

    def __init__(self, doc: Doc) -> None:
        self._doc = doc

    def __len__(self) -> int:
        return len(self._doc)

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> list[Token]: ...

    def __getitem__(self, i: int | slice) -> Token | list[Token]:
        if isinstance(i, slice):
            return [self._doc[k] for k in range(*i.indices(len(self._doc)))]
        return self._doc[i]
