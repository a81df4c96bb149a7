"""A calibrated ``confidence`` for every quote: how likely it is a real attribution.

The extractor and resolver give each item a rule score (a speech verb with a named
speaker is surer than a noun-phrase object of "support" with no subject). That score
orders items well within one rule, but not across rules: on the PolNeAR train split the
items scored 0.45 were right 93% of the time and the ones scored 0.4 only 75%. The
``quotes_confidence`` component replaces it with the probability a logistic model gives
from what the item looks like: its type, the cue's lemma and tense, the shape and length
of the content, whether a speaker was found and of what kind, the channel, and the rule
score itself. The weights are learned on PolNeAR train (``python -m quotes.confidence
TRAIN_DIR``) and shipped in ``quotes/data/confidence.json``; nothing is fitted at run time.

Why it matters to users: precision is traded for recall by filtering on confidence. On
PolNeAR dev the learned score keeps about 5% more right items than the rule score at
the same precision (see README, Accuracy).

The model reads only the parse and the finished quote, never the article's words beyond
the cue and the content's first and root tokens, and a missing or unreadable weights
file leaves the rule score in place (the component never loses an article).
"""

from __future__ import annotations

import json
import logging
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from quotes.models import Quote, replace_quote

log = logging.getLogger(__name__)

#: Where the shipped weights live.
WEIGHTS = Path(__file__).parent / "data" / "confidence.json"

#: Bumped when :func:`features` changes: weights learned for another version are ignored.
FEATURE_VERSION = 1


@dataclass(frozen=True)
class Model:
    """A logistic model over named binary/real features."""

    intercept: float
    weights: Mapping[str, float]
    version: int = FEATURE_VERSION

    def probability(self, feats: Mapping[str, float]) -> float:
        z = self.intercept + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
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
    span = doc.char_span(quote.cue.start, quote.cue.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
    return verbs[-1] if verbs else span.root


def _content(doc: Doc, quote: Quote) -> Span | None:
    span = doc.char_span(quote.content.start, quote.content.end, alignment_mode="expand")
    return span if span is not None and len(span) else None


def features(doc: Doc, quote: Quote) -> dict[str, float]:
    """The item as the model sees it. Lexical features are only the cue's lemma (alone
    and crossed with the type and the content's shape): which verbs report what is what
    the model learns, not article words."""
    cue = _cue_head(doc, quote)
    content = _content(doc, quote)
    lemma = cue.lemma_.lower() if cue is not None else "-"
    if content is not None:
        root = content.root
        shape = f"{root.pos_}_{root.dep_}"
        n_words = len(content)
        has_verb = any(t.pos_ in ("VERB", "AUX") for t in content)
        has_subject = any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in content)
    else:
        shape, n_words, has_verb, has_subject = "-", 0, False, False
    return {
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


def rescore(doc: Doc, quotes: Iterable[Quote], model: Model | None) -> list[Quote]:
    """The quotes with the model's probability as their confidence (3 decimals)."""
    out = []
    for quote in quotes:
        if model is not None:
            try:
                p = model.probability(features(doc, quote))
                quote = replace_quote(quote, confidence=round(min(1.0, max(0.0, p)), 3))
            except Exception:  # a score is a detail: never lose the article over it
                log.warning("confidence failed at %r", quote.content.text[:60], exc_info=True)
        out.append(quote)
    return out


@Language.factory("quotes_confidence")
def make_confidence(nlp: Language, name: str) -> QuotesConfidence:
    """Replace each quote's rule score with the learned probability that it is right."""
    return QuotesConfidence()


class QuotesConfidence:
    """Pipeline component: sets ``Quote.confidence`` from :data:`WEIGHTS`."""

    def __init__(self) -> None:
        self.model = load_model()

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.quotes
        if quotes:
            doc._.quotes = rescore(doc, quotes, self.model)
        return doc


# -- training (a maintainer's job: needs scikit-learn and the PolNeAR train split) -----


def fit(rows: list[tuple[dict[str, float], bool]], *, c: float = 0.3, min_count: int = 3) -> Model:
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
        for pi, quote in enumerate(quotes):
            if pi in owner and gd.items[owner[pi]].optional:
                continue
            rows.append((features(doc, quote), pi in owner))
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
