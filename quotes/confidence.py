"""A calibrated ``confidence`` for every quote: how likely it is a real attribution.

The extractor and resolver give each item a rule score (a speech verb with a named
speaker is surer than a noun-phrase object of "support" with no subject). That score
orders items well within one rule, but not across rules: on the PolNeAR train split the
items scored 0.45 were right 93% of the time and the ones scored 0.4 only 75%. The
``quotes_confidence`` component replaces it with the probability a logistic model gives
from what the item looks like: its type, the cue's lemma and tense, how the cue is said
(negated, under a modal or "if", in a question, an infinitive, with the writer's "we" as
subject), the shape and length of the content and the word that introduces it, whether
a speaker was found, of what kind and how written (pronoun, name, noun), where the
content sits (sentence, paragraph, distance to the cue, inside or beside other items),
the channel, and the rule score itself. The weights are learned on PolNeAR train
(``python -m quotes.confidence TRAIN_DIR``) and shipped in ``quotes/data/confidence.json``;
nothing is fitted at run time.

Why it matters to users: precision is traded for recall by filtering on confidence. On
PolNeAR dev the learned score keeps about 5% more right items than the rule score at
the same precision (see README, Accuracy).

The model reads only the parse and the article's finished quotes, never the article's
words beyond the cue (and the verb governing an infinitive cue) and grammar words, and
a missing or unreadable weights file leaves the rule score in place (the component never
loses an article).
"""

from __future__ import annotations

import bisect
import json
import logging
import math
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress
from pathlib import Path

import numpy
from spacy.attrs import DEP, HEAD, IS_PUNCT, IS_SPACE, LOWER, ORTH, POS, SENT_START
from spacy.language import Language
from spacy.parts_of_speech import AUX, VERB
from spacy.strings import hash_string
from spacy.tokens import Doc, Span, Token

from quotes.doccolumns import char_span, column, head_of, kids
from quotes.doctext import doc_text
from quotes.gcpause import collection_paused
from quotes.models import DEFAULT_MIN_CONFIDENCE, Quote, replace_quote

log = logging.getLogger(__name__)

#: Where the shipped weights live.
WEIGHTS = Path(__file__).parent / "data" / "confidence.json"

#: Bumped when :func:`features` changes: weights learned for another version are ignored.
FEATURE_VERSION = 2


@dataclass(frozen=True)
class Model:
    """A logistic model over named binary/real features."""

    intercept: float
    weights: Mapping[str, float]
    version: int = FEATURE_VERSION

    def probability(self, feats: Mapping[str, float]) -> float:
        # (a list, not a generator: the same sum in the same order, at half the cost)
        weight = self.weights.get
        z = self.intercept + sum([weight(k, 0.0) * v for k, v in feats.items()])
        if z < -30:  # math.exp overflow guard; the value is 0 to many places anyway
            return 0.0
        return 1.0 / (1.0 + math.exp(-z))

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": self.version,
                "intercept": self.intercept,
                "weights": dict(sorted(self.weights.items())),
            },
            indent=0,
        )


@lru_cache(maxsize=4)
def load_model(path: str | None = None) -> Model | None:
    """The shipped model, or None when the file is missing, unreadable or of another
    feature version (the rule score is then kept)."""
    where = Path(path) if path else WEIGHTS
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
        model = Model(
            float(data["intercept"]),
            {str(k): float(v) for k, v in data["weights"].items()},
            int(data.get("version", 0)),
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("confidence weights %s unusable (%s): keeping the rule scores", where, exc)
        return None
    if model.version != FEATURE_VERSION:
        log.warning(
            "confidence weights %s are for feature version %s, not %s: keeping the rule scores",
            where,
            model.version,
            FEATURE_VERSION,
        )
        return None
    return model


# -- features ---------------------------------------------------------------------


def _cue_head(doc: Doc, quote: Quote) -> Token | None:
    """The cue's verb (the last verb of "has been saying"), else its syntactic root."""
    if quote.cue is None:
        return None
    span = char_span(doc, quote.cue.start, quote.cue.end)
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return verbs[-1] if verbs else span.root


def _content(doc: Doc, quote: Quote) -> Span | None:
    span = char_span(doc, quote.content.start, quote.content.end)
    return span if span is not None and len(span) else None


#: Words that make the cue's subject the writer ("we argued") or the reader.
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_SECOND_PERSON = frozenset({"you"})
#: Quote marks, straight and curly, single and double, and guillemets.
_QUOTE_MARKS = frozenset("\"\u201c\u201d\u00ab\u00bb\u2018\u2019'")
_FUTURE_MODALS = frozenset({"will", "shall", "'ll"})
_CONDITIONAL_MODALS = frozenset({"would", "could", "might", "may", "should", "can", "'d", "must"})
#: Words a reported clause or question opens with (kept as words: they are grammar).
_OPENERS = frozenset({"that", "if", "whether", "to", "how", "what", "why", "when"})
#: The dependency labels of a subject inside the content (`features`: "has_subject").
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "expl")
#: The markers (dependency ``mark``) that make a clause a condition or a question.
_CONDITION_MARKERS = ("if", "unless", "whether")
#: The token columns `Context.of` reads (each once per article: `doccolumns`).
_COLUMNS = [SENT_START, IS_SPACE, IS_PUNCT, ORTH, POS, DEP, HEAD, LOWER]


@dataclass(frozen=True)
class Context:
    """What the features read beyond one item, computed once per article from token
    arrays (``Doc.sents``, ``Token.sent`` and ``Doc.text`` rebuild objects on every
    access: too slow per item): the article's items, its sentence bounds, each
    token's sentence number and, per sentence start, (paragraph number, sentence number in
    it, sentences in it).

    The counts over the article's items (items per speaker, per cue, content starts in
    order) are kept too: every item asks them, and a scan of all items per item is
    quadratic in a long article's items."""

    quotes: tuple[Quote, ...]
    bounds: tuple[tuple[int, int], ...]
    sent_of: tuple[int, ...]
    paragraphs: Mapping[int, tuple[int, int, int]]
    space: numpy.ndarray  # per token: whitespace
    punct: numpy.ndarray  # per token: punctuation
    quote_mark: numpy.ndarray  # per token: a quote mark
    question: numpy.ndarray  # per token: "?"
    words: tuple[bool, ...]  # per token: no whitespace (``space`` as a tuple, for `compress`)
    verb: numpy.ndarray  # per token: a verb or auxiliary
    subject: numpy.ndarray  # per token: a subject (`_SUBJECT_DEPS`)
    heads: list[int]  # per token: its head's index (a root its own)
    conditional: list[bool]  # per token: it has an "if"/"unless"/"whether" marker
    speakers: Mapping[str | None, int]  # speaker -> number of items
    cues: Mapping[tuple[int, int] | None, int]  # cue (start, end) -> number of items
    content_starts: tuple[int, ...]  # every item's content start, in order
    copies: Mapping[int, int]  # id of an item -> times it is in ``quotes`` (once, normally)
    nesting: Mapping[tuple[int, int], tuple[bool, bool]]  # content -> (nested, contains)
    # Per token index i, how many tokens before i are verbs, subjects, quote marks (a
    # span's count is a difference of two: no numpy call per item and span)
    verbs_before: list[int]
    subjects_before: list[int]
    marks_before: list[int]
    # Per sentence: its first word and the end of its last one (whitespace and
    # punctuation skipped; the sentence's own bounds when it has no word), and whether
    # a "?" is among its last three tokens that are not whitespace
    word_bounds: list[tuple[int, int]]
    asks: list[bool]

    @classmethod
    def of(cls, doc: Doc, quotes: Iterable[Quote]) -> Context:
        # (each column read once per article and shared with the extractor's and the
        # resolver's readers: `doccolumns`; the shared arrays are read-only)
        columns = {attr: column(doc, attr) for attr in _COLUMNS}
        flags = columns[SENT_START].copy()
        if len(flags):
            flags[0] = 1
        starts = numpy.flatnonzero(flags == 1).tolist()
        bounds = tuple(zip(starts, starts[1:] + [len(doc)], strict=True))
        sent_of = (numpy.cumsum(flags == 1) - 1).tolist()
        spaces = columns[IS_SPACE].astype(bool)
        # (per sentence, whether all its tokens are whitespace: one reduction over the
        # sentence starts, not a slice and a test per sentence)
        blank = numpy.logical_and.reduceat(spaces, starts).tolist() if starts else []
        orths = columns[ORTH]
        dep = columns[DEP]
        quotes = tuple(quotes)
        punct = columns[IS_PUNCT].astype(bool)
        quote_mark = _any_of(orths, [hash_string(mark) for mark in _QUOTE_MARKS])
        question = orths == hash_string("?")
        verb = _any_of(columns[POS], (VERB, AUX))
        # (a label's id from the StringStore: common labels are spaCy symbols, no hashes)
        subject = _any_of(dep, [doc.vocab.strings[label] for label in _SUBJECT_DEPS])
        return cls(
            quotes,
            bounds,
            tuple(sent_of),
            paragraph_positions(doc, bounds, blank),
            spaces,
            punct,
            quote_mark,
            question,
            tuple((~spaces).tolist()),
            verb,
            subject,
            *_heads_and_conditionals(doc, columns[HEAD], dep, columns[LOWER]),
            Counter(q.speaker for q in quotes),
            Counter(_cue_key(q) for q in quotes),
            tuple(sorted(q.content.start for q in quotes)),
            Counter(id(q) for q in quotes),
            _nesting((q.content.start, q.content.end) for q in quotes),
            _counts_before(verb),
            _counts_before(subject),
            _counts_before(quote_mark),
            *_sentence_words(bounds, spaces, punct, question),
        )

    def others(self, quote: Quote, count: int) -> int:
        """``count`` (items sharing something with ``quote``, itself included) less
        ``quote`` itself, as often as it is among the article's items."""
        return count - self.copies.get(id(quote), 0)

    def starts_between(self, start: int, end: int) -> int:
        """How many items' contents start at an offset in ``[start, end)``."""
        starts = self.content_starts
        return bisect.bisect_left(starts, end) - bisect.bisect_left(starts, start)


def _counts_before(mask: numpy.ndarray) -> list[int]:
    """Per index i (up to and with the length), how many of ``mask[:i]`` are set."""
    return numpy.concatenate(([0], numpy.cumsum(mask, dtype=numpy.int64))).tolist()


def _sentence_words(
    bounds: tuple[tuple[int, int], ...], spaces: numpy.ndarray, punct: numpy.ndarray, question: numpy.ndarray
) -> tuple[list[tuple[int, int]], list[bool]]:
    """Per sentence (``bounds``), its first word and the end of its last one (the
    sentence's bounds when it has no word), and whether a "?" is among its last three
    tokens that are not whitespace: what `_content_features` and `_cue_features` read of
    the sentence, found for all sentences at once instead of from slices per item."""
    if not bounds:
        return [], []
    starts = numpy.array([s for s, _ in bounds], dtype=numpy.int64)
    ends = numpy.array([e for _, e in bounds], dtype=numpy.int64)
    words = numpy.flatnonzero(~(spaces | punct))
    if len(words):
        lo = numpy.searchsorted(words, starts)
        hi = numpy.searchsorted(words, ends)
        has = hi > lo
        first = numpy.where(has, words[numpy.minimum(lo, len(words) - 1)], starts)
        last = numpy.where(has, words[numpy.maximum(hi - 1, 0)] + 1, ends)
    else:
        first, last = starts, ends
    solid = numpy.flatnonzero(~spaces)
    asked = numpy.concatenate(([0], numpy.cumsum(question[solid], dtype=numpy.int64)))
    hi = numpy.searchsorted(solid, ends)
    lo = numpy.maximum(numpy.searchsorted(solid, starts), hi - 3)
    asks = (asked[hi] - asked[lo]) > 0
    return list(zip(first.tolist(), last.tolist(), strict=True)), asks.tolist()


def _nesting(spans: Iterable[tuple[int, int]]) -> dict[tuple[int, int], tuple[bool, bool]]:
    """Per distinct content span, whether another span holds it (nested) and whether it
    holds another (contains), in one sweep: comparing every item with every other was
    quadratic in the items, and a long document has thousands. Ordered by start, longer
    first, the spans before one are exactly those starting at or before it that are not
    shorter from the same start; it is nested if one of them ends at or after it. The
    spans after it all start at or after it: it contains one if one of them ends by its
    end."""
    order = sorted(set(spans), key=lambda span: (span[0], -span[1]))
    out: dict[tuple[int, int], tuple[bool, bool]] = {}
    reach = -1  # the furthest end of the spans so far
    for span in order:
        out[span] = (reach >= span[1], False)
        reach = max(reach, span[1])
    nearest = None  # the nearest end among the spans after
    for span in reversed(order):
        out[span] = (out[span][0], nearest is not None and nearest <= span[1])
        nearest = span[1] if nearest is None else min(nearest, span[1])
    return out


def _any_of(values: numpy.ndarray, wanted: Iterable[int]) -> numpy.ndarray:
    """Per value, whether it is one of a few ``wanted`` (cheaper than ``numpy.isin``)."""
    out = numpy.zeros(len(values), dtype=bool)
    for value in wanted:
        out |= values == value
    return out


def _heads_and_conditionals(
    doc: Doc, head: numpy.ndarray, dep: numpy.ndarray, lower: numpy.ndarray
) -> tuple[list[int], list[bool]]:
    """Per token, its head's index, and whether a child marks it conditional ("if",
    "unless", "whether" as ``mark``): `_cue_features` walks up to four clauses above
    each cue, and reading ``children`` builds a Token per child at every step. (From
    the doc's HEAD, DEP and LOWER columns, read by the caller.)"""
    heads = numpy.arange(len(doc)) + head.astype(numpy.int64)
    strings = doc.vocab.strings
    markers = dep == strings["mark"]
    markers &= _any_of(lower, [strings[word] for word in _CONDITION_MARKERS])
    conditional = numpy.zeros(len(doc), dtype=bool)
    conditional[heads[markers]] = True
    return heads.tolist(), conditional.tolist()


def _cue_key(quote: Quote) -> tuple[int, int] | None:
    """The cue's (start, end), or None when the item has no cue."""
    return None if quote.cue is None else (quote.cue.start, quote.cue.end)


def paragraph_positions(
    doc: Doc, bounds: Iterable[tuple[int, int]], blank: Iterable[bool]
) -> dict[int, tuple[int, int, int]]:
    """Sentence start -> (paragraph number, sentence number in it, sentences in it), from
    the sentences' (start, end) and whether each is only whitespace (not counted). A
    paragraph starts after a line break (``quotes_paragraphs`` starts a sentence there)."""
    paragraphs: list[list[int]] = []
    for (start, _), empty in zip(bounds, blank, strict=True):
        if not paragraphs or "\n" in doc[start - 1].text:
            paragraphs.append([])
        if not empty:
            paragraphs[-1].append(start)
    out = {}
    for number, group in enumerate(paragraphs):
        for i, start in enumerate(group):
            out[start] = (number, i, len(group))
    return out


def _subject(token: Token) -> Token | None:
    """The token's subject; a verb under another ("wants to say", "and said") takes its
    head's."""
    for child in kids(token):
        if child.dep_ in ("nsubj", "nsubjpass", "csubj"):
            return child
    if token.dep_ in ("xcomp", "conj") and head_of(token) is not token:
        for child in kids(head_of(token)):
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
    return None


def _mention_kind(token: Token | None) -> str:
    """first (the writer: "we"), second, pron, name, noun or none."""
    if token is None:
        return "none"
    if token.lower_ in _FIRST_PERSON:
        return "first"
    if token.lower_ in _SECOND_PERSON:
        return "second"
    if token.pos_ == "PRON":
        return "pron"
    if token.pos_ == "PROPN" or token.ent_type_:
        return "name"
    return "noun"


def _cue_features(cue: Token, kind: str, ctx: Context) -> dict[str, float]:
    """How the cue is said: negated ("did not say"), under a modal ("would argue",
    "will claim"), perfect, passive, an infinitive ("refused to say", with the governing
    verb's lemma), under "if"/"unless"/"whether", in a question, and who its subject is
    (a first-person subject is the writer)."""
    children = kids(cue)
    negated = any(c.dep_ == "neg" or c.lower_ in ("not", "n't", "never") for c in children)
    modals = [c.lower_ for c in children if c.tag_ == "MD"]
    governor = head_of(cue) if cue.dep_ == "xcomp" else None
    if governor is not None:  # "did not want to say", "would like to claim"
        negated = negated or any(c.dep_ == "neg" for c in kids(governor))
        modals += [c.lower_ for c in kids(governor) if c.tag_ == "MD"]
    f = {"neg": float(negated), f"neg_t={kind}": float(negated)}
    if modals:
        modal = (
            "fut"
            if modals[0] in _FUTURE_MODALS
            else "cond"
            if modals[0] in _CONDITIONAL_MODALS
            else "other"
        )
        f[f"modal={modal}"] = 1.0
        f[f"modal_t={kind}|{modal}"] = 1.0
    if any(
        c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have", "had", "'ve") for c in children
    ):
        f["perfect"] = 1.0
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in children):
        f["passive"] = 1.0
        f[f"passive_t={kind}"] = 1.0
    infinitive = any(c.tag_ == "TO" or (c.dep_ == "aux" and c.lower_ == "to") for c in children)
    f["inf"] = float(infinitive)
    if infinitive:
        f[f"inf_t={kind}"] = 1.0
        if governor is not None:
            f[f"inf_gov={governor.lemma_.lower()}"] = 1.0
    conditional, node = False, cue.i
    for _ in range(4):  # the cue's clause and up to three clauses above it
        if ctx.conditional[node]:
            conditional = True
            break
        node = ctx.heads[node]  # (the root is its own head: looked at again, no matter)
    f["cond"] = float(conditional)
    if conditional:
        f[f"cond_t={kind}"] = 1.0
    f[f"dep_t={kind}|{cue.dep_}"] = 1.0
    question = ctx.asks[ctx.sent_of[cue.i]]
    f["question"] = float(question)
    if question:
        f[f"question_t={kind}"] = 1.0
    subject = _mention_kind(_subject(cue))
    f[f"subj={subject}"] = 1.0
    f[f"subj_t={kind}|{subject}"] = 1.0
    f[f"tag_t={kind}|{cue.tag_}"] = 1.0
    return f


def _speaker_features(doc: Doc, quote: Quote, ctx: Context) -> dict[str, float]:
    """How the speaker is written (pronoun, name, noun, none) and how often the article
    gives that speaker an item."""
    kind = quote.type
    mention = quote.speaker_mention
    span = (
        char_span(doc, mention.start, mention.end)
        if mention is not None
        else None
    )
    if span is None or not len(span):
        form = "none"
    else:
        form = _mention_kind(span.root)
        if form == "noun" and any(t.pos_ == "PROPN" for t in span):
            form = "name"
    f = {
        f"mention={form}": 1.0,
        f"mention_t={kind}|{form}": 1.0,
        f"kind_t={kind}|{quote.speaker_kind or '-'}": 1.0,
    }
    if quote.speaker:
        n = ctx.speakers.get(quote.speaker, 0)  # (the item itself included)
        f[f"spk_count_t={kind}|{min(n, 5)}"] = 1.0
    return f


def _content_features(
    doc: Doc, quote: Quote, content: Span, cue: Token | None, ctx: Context
) -> dict[str, float]:
    """The content's opening word ("that", "whether", a quote mark, else its part of
    speech), whether it starts/ends its sentence and how much of it it covers, quote
    marks in and just before it, its own subject and negation/modal, how many sentences it
    spans, where its paragraph stands (the lede, a one-sentence paragraph), and how far the
    cue is and on which side."""
    kind = quote.type
    first = content[0]
    opener = (
        first.lower_
        if first.lower_ in _OPENERS
        else "quote"
        if first.text in _QUOTE_MARKS
        else first.pos_
    )
    # (the sentence as token bounds, and the two characters before the content cut from
    # the text: a Span of the sentence and one of the words before cost more than the
    # features read from them)
    sentence = ctx.sent_of[first.i]
    first_word, last_word = ctx.bounds[sentence]
    sent_start, sent_end = ctx.word_bounds[sentence]
    ends = content.end >= sent_end
    cover = len(content) / max(1, last_word - first_word)
    marks = ctx.marks_before[content.end] - ctx.marks_before[content.start]
    window_start = doc[max(0, content.start - 3)].idx  # (the three words before, at most)
    before = doc_text(doc)[max(window_start, quote.content.start - 2) : quote.content.start]
    root = content.root
    own_subject = _mention_kind(_subject(root) if root.pos_ in ("VERB", "AUX") else None)
    inside = slice(content.start, content.end)  # (a set, not numpy.unique: short spans)
    n_sents = len(set(compress(ctx.sent_of[inside], ctx.words[inside])))
    # The complementizer: "that" stays outside the content ("said [that] ..."), while a
    # reported question keeps its "whether"/"if" as its first word, as PolNeAR's gold
    # does ("asked whether ..."); either way the item says how the cue is complemented.
    before_word = doc[content.start - 1].lower_ if content.start > 0 else "-"
    comp = (
        before_word
        if before_word in ("that", "if", "whether")
        else first.lower_
        if first.lower_ in ("if", "whether")
        else "-"
    )
    f = {
        f"first={opener}": 1.0,
        f"first_t={kind}|{opener}": 1.0,
        f"comp_t={kind}|{comp}": 1.0,
        "ends_sent": float(ends),
        f"ends_sent_t={kind}": float(ends),
        f"starts_sent_t={kind}": float(content.start <= sent_start),
        f"cover_t={kind}|{min(int(cover * 5), 4)}": 1.0,
        f"qmarks_t={kind}|{min(marks, 3)}": 1.0,
        f"quoted_before_t={kind}": float(any(ch in _QUOTE_MARKS for ch in before)),
        f"csubj={own_subject}": 1.0,
        f"csubj_t={kind}|{own_subject}": 1.0,
        "cneg": float(any(c.dep_ == "neg" for c in kids(root))),
        f"cmod_t={kind}": float(any(c.tag_ == "MD" for c in kids(root))),
        f"words_t={kind}|{min(len(content), 40) // 5}": 1.0,
        f"nsents_t={kind}|{min(n_sents, 3)}": 1.0,
    }
    number, in_para, para_len = ctx.paragraphs.get(first_word, (5, 1, 3))
    where = "lede" if number <= 1 else "early" if number <= 4 else "later"
    f[f"para_t={kind}|{where}"] = 1.0
    f[f"sent_t={kind}|{min(in_para, 2)}"] = 1.0
    f[f"one_t={kind}"] = float(para_len == 1)
    if cue is not None:
        if cue.i < content.start:
            gap, side = content.start - cue.i - 1, "before"
        elif cue.i >= content.end:
            gap, side = cue.i - content.end, "after"
        else:
            gap, side = 0, "inside"
        bucket = 0 if gap == 0 else 1 if gap <= 2 else 2 if gap <= 6 else 3
        f[f"side_t={kind}|{side}"] = 1.0
        f[f"dist_t={kind}|{side}|{bucket}"] = 1.0
        f["samesent"] = float(ctx.sent_of[cue.i] == ctx.sent_of[first.i])
    # Other items starting in the sentence (the item itself is counted if it starts there).
    last = doc[last_word - 1]
    sent_start_char, sent_end_char = doc[first_word].idx, last.idx + len(last)
    same = ctx.starts_between(sent_start_char, sent_end_char)
    if sent_start_char <= quote.content.start < sent_end_char:
        same = ctx.others(quote, same)
    f[f"same_t={kind}|{min(same, 2)}"] = 1.0
    if quote.cue is not None:
        shared = ctx.others(quote, ctx.cues.get(_cue_key(quote), 0)) > 0
        f[f"sharedcue_t={kind}"] = float(shared)
    return f


def _nesting_features(quote: Quote, ctx: Context) -> dict[str, float]:
    """Whether the item lies inside another item's content, or holds one."""
    nested, contains = ctx.nesting.get((quote.content.start, quote.content.end), (False, False))
    return {
        "nested": float(nested),
        f"nested_t={quote.type}": float(nested),
        f"contains_t={quote.type}": float(contains),
    }


def features(doc: Doc, quote: Quote, ctx: Context | None = None) -> dict[str, float]:
    """The item as the model sees it. Lexical features are only the cue's lemma (alone
    and crossed with the type and the content's shape, and the lemma of a verb governing
    an infinitive cue, "refused to say"), grammar words ("that", "whether", modals,
    pronouns) and quote marks: which verbs report what is what the model learns, not
    article words. ``ctx`` gives the article's other items, sentences and paragraphs
    (computed from the doc when missing; :func:`rescore` computes it once per article)."""
    ctx = ctx if ctx is not None else Context.of(doc, (quote,))
    cue = _cue_head(doc, quote)
    content = _content(doc, quote)
    lemma = cue.lemma_.lower() if cue is not None else "-"
    if content is not None:
        root = content.root
        shape = f"{root.pos_}_{root.dep_}"
        n_words = len(content)
        has_verb = ctx.verbs_before[content.end] > ctx.verbs_before[content.start]
        has_subject = ctx.subjects_before[content.end] > ctx.subjects_before[content.start]
    else:
        shape, n_words, has_verb, has_subject = "-", 0, False, False
    f = {
        f"type={quote.type}": 1.0,
        f"lemma={lemma}": 1.0,
        f"shape={shape}": 1.0,
        f"type_lemma={quote.type}|{lemma}": 1.0,
        f"lemma_shape={lemma}|{shape}": 1.0,
        f"words={min(n_words, 40) // 5}": 1.0,
        f"cue_dep={cue.dep_ if cue is not None else '-'}": 1.0,
        f"cue_tag={cue.tag_ if cue is not None else '-'}": 1.0,
        f"kind={quote.speaker_kind or '-'}": 1.0,
        f"channel={quote.channel or '-'}": 1.0,
        "no_speaker": float(quote.speaker is None),
        "has_verb": float(has_verb),
        "has_subject": float(has_subject),
        "rule_score": float(quote.confidence),
        # The rule scores are a few discrete values, one per path through the rules
        # ("a quotation grown into a mixed item" is 0.75): each path its own weight.
        f"rule={quote.confidence:.2f}": 1.0,
        f"type_rule={quote.type}|{quote.confidence:.2f}": 1.0,
    }
    if cue is not None:
        f.update(_cue_features(cue, quote.type, ctx))
    else:
        f["nocue"] = 1.0
    f.update(_speaker_features(doc, quote, ctx))
    if content is not None:
        f.update(_content_features(doc, quote, content, cue, ctx))
    f.update(_nesting_features(quote, ctx))
    return f


def rescore(doc: Doc, quotes: Iterable[Quote], model: Model | None) -> list[Quote]:
    """The quotes with the model's probability as their confidence (3 decimals)."""
    quotes = list(quotes)
    if model is None or not quotes:
        return quotes
    ctx = Context.of(doc, quotes)
    out = []
    for quote in quotes:
        if model is not None:
            try:
                p = model.probability(features(doc, quote, ctx))
                quote = replace_quote(quote, confidence=round(min(1.0, max(0.0, p)), 3))
            except Exception:  # a score is a detail: never lose the article over it
                log.warning("confidence failed at %r", quote.content.text[:60], exc_info=True)
        out.append(quote)
    return out


def falls_under(quote: Quote, cut: float) -> bool:
    """Whether the confidence cut drops ``quote``: reported speech (``indirect``) scored
    under ``cut``. Quotations (direct and mixed items) are always kept: words in quote
    marks with a cue or a speaker are nearly always someone's, and the ones the model
    scores low are mostly what PolNeAR leaves unannotated but a reader wants (interview
    answers, transcript turns, the words on a sign or in a post)."""
    return quote.type == "indirect" and quote.confidence < cut


@Language.factory(
    "quotes_confidence", default_config={"min_confidence": DEFAULT_MIN_CONFIDENCE}
)
def make_confidence(nlp: Language, name: str, min_confidence: float) -> QuotesConfidence:
    """Replace each quote's rule score with the learned probability that it is right, and
    drop the reported speech scored under ``min_confidence`` (:func:`falls_under`)."""
    return QuotesConfidence(min_confidence)


class QuotesConfidence:
    """Pipeline component: sets ``Quote.confidence`` from :data:`WEIGHTS` and drops the
    reported speech scored under ``min_confidence`` (:func:`falls_under`).

    Without usable weights the rule scores stay and nothing is dropped: they are on
    another scale (a right item can score 0.4), so the cut would lose good items.
    """

    def __init__(self, min_confidence: float = DEFAULT_MIN_CONFIDENCE) -> None:
        self.model = load_model()
        self.min_confidence = float(min_confidence)

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.quotes
        if quotes:
            with collection_paused():  # (`quotes.gcpause`)
                quotes = rescore(doc, quotes, self.model)
            if self.model is not None and self.min_confidence > 0:
                quotes = [q for q in quotes if not falls_under(q, self.min_confidence)]
            doc._.quotes = quotes
        return doc


# -- training (a maintainer's job: needs scikit-learn and the PolNeAR train split) -----


def fit(rows: list[tuple[dict[str, float], bool]], *, c: float = 0.1, min_count: int = 3) -> Model:
    """Fit the model on (features, right?) pairs. Features seen fewer than ``min_count``
    times are dropped: one article's verb must not get a weight of its own."""
    from collections import Counter

    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    seen = Counter(k for f, _ in rows for k in f)
    kept = [{k: v for k, v in f.items() if seen[k] >= min_count} for f, _ in rows]
    vec = DictVectorizer()
    x = vec.fit_transform(kept)
    y = [right for _, right in rows]
    lr = LogisticRegression(C=c, max_iter=5000).fit(x, y)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vec.get_feature_names_out(), lr.coef_[0], strict=True)
        if abs(w) >= 1e-4
    }
    return Model(round(float(lr.intercept_[0]), 4), weights)


def training_rows(
    gold_path: str | Path, model_name: str | None = None
) -> list[tuple[dict[str, float], bool]]:
    """Run the pipeline (without this component) over a gold set and label every item
    as matched to a required gold item or not (items matched to optional ones are left
    out, as the scorer leaves them out of precision)."""
    from quotes import evaluate, pipeline

    nlp = pipeline.load(model_name)
    if "quotes_confidence" in nlp.pipe_names:
        nlp.remove_pipe("quotes_confidence")
    if "quotes_lighten" in nlp.pipe_names:
        nlp.remove_pipe("quotes_lighten")  # features read the parse
    rows: list[tuple[dict[str, float], bool]] = []
    gold = evaluate.load_gold(gold_path)
    docs = (pipeline.make_doc(nlp, gd.text, gd.author) for gd in gold)
    for gd, doc in zip(gold, nlp.pipe(docs, batch_size=16), strict=True):
        quotes = list(doc._.quotes or [])
        _, _, matched = evaluate.match_doc(gd, quotes, 0.5)
        owner = {pi: gi for gi, pis in matched.items() for pi in pis}
        ctx = Context.of(doc, quotes)
        for pi, quote in enumerate(quotes):
            if pi in owner and gd.items[owner[pi]].optional:
                continue
            rows.append((features(doc, quote, ctx), pi in owner))
    return rows


def main(argv: list[str] | None = None) -> None:
    """``python -m quotes.confidence TRAIN_DIR [OUT.json]``: learn the shipped weights."""
    import sys

    args = sys.argv[1:] if argv is None else argv
    if not args:
        raise SystemExit(
            "usage: python -m quotes.confidence GOLD (brat folder or gold.jsonl) [OUT.json]"
        )
    out = Path(args[1]) if len(args) > 1 else WEIGHTS
    rows = training_rows(args[0])
    model = fit(rows)
    out.write_text(model.to_json() + "\n", encoding="utf-8")
    right = sum(r for _, r in rows)
    print(f"{len(rows)} items ({right} right), {len(model.weights)} weights -> {out}")


if __name__ == "__main__":
    main()
