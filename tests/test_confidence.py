"""The calibrated confidence (quotes.confidence): learned weights replace the rule scores.

Sentences are invented and run through the real pipeline. How well the score trades
precision for recall on real news is checked on PolNeAR dev in test_polnear.py.
"""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from support import HARBOUR

from quotes import confidence, pipeline
from quotes.confidence import FEATURE_VERSION, Model, load_model, rescore


def only(nlp, text: str):
    quotes = nlp(text)._.quotes
    assert len(quotes) == 1, [(q.type, q.content.text) for q in quotes]
    return quotes[0]


def test_shipped_weights_load() -> None:
    model = load_model()
    assert model is not None and model.version == FEATURE_VERSION
    assert len(model.weights) > 100  # learned over the verbs of a corpus, not a handful


def test_component_runs_last_before_lighten(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("quotes_confidence") == names.index("quotes_channels") + 1
    assert names[-1] == "quotes_lighten"


def test_speech_verb_with_a_named_speaker_is_surest(nlp) -> None:
    """A quotation said by a named person is almost always right; a noun phrase as the
    object of a verb of support with no speaker found less often (on PolNeAR train about
    70% of the time)."""
    direct = only(nlp, '"We will rebuild the pier by spring," Ines Calloway said on Monday.')
    weak = only(nlp, "The harbour board supports the plan.")
    assert direct.confidence >= 0.9, direct
    assert weak.confidence < direct.confidence - 0.1, weak


def test_reported_clause_with_speaker_above_one_without(nlp) -> None:
    named = only(nlp, "Ines Calloway said the pier would reopen in May.")
    assert 0.0 <= named.confidence <= 1.0
    doc = nlp("Ines Calloway said the pier would reopen in May.")
    model = load_model()
    # the same item as the resolver would leave it had it found no one (rule score kept)
    rule_score = 0.8
    as_found = [replace(q, confidence=rule_score) for q in doc._.quotes]
    with_speaker = rescore(doc, as_found, model)[0]
    unnamed = rescore(doc, [replace(q, speaker=None, speaker_kind=None) for q in as_found], model)[
        0
    ]
    assert unnamed.confidence < with_speaker.confidence


def test_scores_are_probabilities_with_three_decimals(nlp) -> None:
    text = (
        '"The ferry is late again," said Tomas Vrba. He added that the crews were tired. '
        "According to the harbour board, the timetable will change. Critics want a new tender."
    )
    quotes = nlp(text)._.quotes
    assert len(quotes) >= 3
    for q in quotes:
        assert 0.0 <= q.confidence <= 1.0
        assert round(q.confidence, 3) == q.confidence


@pytest.mark.parametrize(
    "content",
    ["", "not json", json.dumps({"weights": {}}), json.dumps({"intercept": 1, "weights": []})],
)
def test_unusable_weights_keep_the_rule_scores(tmp_path: Path, nlp, content: str) -> None:
    path = tmp_path / "weights.json"
    path.write_text(content, encoding="utf-8")
    assert load_model(str(path)) is None
    doc = nlp('"The ferry is late," said Tomas Vrba.')
    rule = [q.confidence for q in doc._.quotes]
    # the pipeline's own scores were learned: rescoring with no model keeps whatever is there
    assert [q.confidence for q in rescore(doc, doc._.quotes, None)] == rule


def test_weights_of_another_feature_version_are_ignored(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(
        json.dumps({"version": FEATURE_VERSION + 1, "intercept": 0.0, "weights": {"x": 1.0}})
    )
    assert load_model(str(path)) is None
    assert load_model(str(tmp_path / "missing.json")) is None


def test_model_round_trips_and_never_overflows(tmp_path: Path) -> None:
    model = Model(-2.0, {"type=direct": 3.0, "rule_score": 1.5})
    path = tmp_path / "m.json"
    path.write_text(model.to_json(), encoding="utf-8")
    again = load_model(str(path))
    assert again == model
    assert again.probability({"type=direct": 1.0, "rule_score": 0.9}) == pytest.approx(
        1 / (1 + 2.718281828459045 ** -(-2.0 + 3.0 + 1.35))
    )
    assert again.probability({"rule_score": -1e6}) == 0.0
    assert again.probability({"rule_score": 1e6}) == 1.0


def test_fit_learns_which_items_are_right() -> None:
    pytest.importorskip("sklearn")
    rows = [({"lemma=say": 1.0, "rule_score": 0.9}, True)] * 200 + [
        ({"lemma=back": 1.0, "rule_score": 0.4}, i % 4 == 0) for i in range(200)
    ]
    model = confidence.fit(rows)
    assert model.probability({"lemma=say": 1.0, "rule_score": 0.9}) > 0.9
    assert model.probability({"lemma=back": 1.0, "rule_score": 0.4}) < 0.5


def _features_of(nlp, text: str) -> dict[str, float]:
    doc = nlp(text)
    quotes = doc._.quotes
    assert len(quotes) == 1, [(q.type, q.content.text) for q in quotes]
    ctx = confidence.Context.of(doc, quotes)
    return confidence.features(doc, quotes[0], ctx)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ines Calloway did not say that the pier would reopen in May.", "neg"),
        ("Ines Calloway would argue that the pier should reopen in May.", "modal=cond"),
        ("Ines Calloway will claim that the pier is safe.", "modal=fut"),
        ("Ines Calloway has said that the pier is safe.", "perfect"),
        ("We said that the pier would reopen in May.", "subj=first"),
        ("Did Ines Calloway say that the pier is safe?", "question"),
        ("The board will listen if Ines Calloway says that the pier is safe.", "cond"),
        ("Ines Calloway said that the pier would reopen in May.", "comp_t=indirect|that"),
        ("Ines Calloway asked whether the pier would reopen in May.", "comp_t=indirect|whether"),
    ],
)
def test_features_read_how_the_cue_is_said(nlp, text: str, expected: str) -> None:
    """Negation, modals, tense, the cue's subject, questions, conditionals and the word
    the content opens with are features (the model learns what they are worth)."""
    assert _features_of(nlp, text).get(expected) == 1.0


def test_plain_report_has_none_of_the_hedges(nlp) -> None:
    f = _features_of(nlp, "Ines Calloway said the pier would reopen in May.")
    assert f["neg"] == 0.0 and f["cond"] == 0.0 and f["question"] == 0.0
    assert not any(k.startswith("modal=") for k in f)
    assert f["subj=name"] == 1.0 and f["mention=name"] == 1.0


def test_paragraph_positions(nlp) -> None:
    doc = nlp("Pier reopens.\n\nThe pier opened in 1910. It closed in May.\n\nIt was rebuilt.")
    positions = confidence.Context.of(doc, ()).paragraphs
    starts = {doc[i].text: pos for i, pos in positions.items()}
    assert starts["Pier"] == (0, 0, 1)
    assert starts["The"] == (1, 0, 2)
    assert starts["It"] in ((1, 1, 2), (2, 0, 1))
    assert sorted(positions.values())[-1] == (2, 0, 1)


def test_nested_items_are_marked(nlp) -> None:
    from quotes.models import Quote, Span

    outer = Quote("indirect", Span(0, 40, "x" * 40))
    inner = Quote("direct", Span(10, 20, "y" * 10))
    ctx = confidence.Context.of(nlp.make_doc("A short text."), (outer, inner))
    assert confidence._nesting_features(inner, ctx)["nested"] == 1.0
    assert confidence._nesting_features(outer, ctx)["contains_t=indirect"] == 1.0
    assert confidence._nesting_features(outer, ctx)["nested"] == 0.0


@pytest.mark.parametrize(
    ("hedged", "plain"),
    [
        (
            "Ines Calloway did not say that the pier would reopen in May.",
            "Ines Calloway said that the pier would reopen in May.",
        ),
        (
            "Ines Calloway will claim that the pier is safe.",
            "Ines Calloway claimed that the pier is safe.",
        ),
        (
            "We said that the pier would reopen in May.",
            "Ines Calloway said that the pier would reopen in May.",
        ),
    ],
)
def test_hedged_or_first_person_report_scores_lower(nlp, hedged: str, plain: str) -> None:
    """A negated or future cue, or the writer's own "we said", is less often an
    attribution the annotators kept than the same report affirmed by a named person."""
    assert only(nlp, hedged).confidence < only(nlp, plain).confidence


def test_nesting_sweep_agrees_with_comparing_every_pair() -> None:
    """`_nesting` answers in one sweep what comparing every item with every other
    answered (quadratic in a long document's items): random spans, ties included."""
    import random

    rng = random.Random(7)
    for _ in range(500):
        spans = [(a, a + rng.randint(0, 12)) for a in (rng.randint(0, 30) for _ in range(rng.randint(0, 9)))]
        got = confidence._nesting(spans)
        distinct = set(spans)
        for a, b in distinct:
            others = distinct - {(a, b)}
            nested = any(c <= a and b <= d for c, d in others)
            contains = any(a <= c and d <= b for c, d in others)
            assert got[(a, b)] == (nested, contains), (spans, (a, b))



@pytest.fixture(scope="module")
def uncut():
    return pipeline.load(min_confidence=0)


def spans(quotes) -> list[tuple[int, int, float]]:
    return [(q.content.start, q.content.end, q.confidence) for q in quotes]


def test_default_cut_drops_only_the_reports_under_it(nlp, uncut) -> None:
    """The pipeline reports what it would with no cut, less the reported speech scored
    under DEFAULT_MIN_CONFIDENCE: the cut changes no score and no other item."""
    cut = confidence.DEFAULT_MIN_CONFIDENCE
    every = uncut(HARBOUR)._.quotes
    under = [q for q in every if q.confidence < cut]
    assert [(q.type, q.content.text) for q in under] == [("indirect", "the Pier Lot")]
    kept = nlp(HARBOUR)._.quotes
    assert spans(kept) == [s for q, s in zip(every, spans(every), strict=True) if q not in under]


def test_quotations_under_the_cut_are_kept(uncut) -> None:
    """Words in quote marks stay whatever their score (interview answers, the words on a
    sign score low: PolNeAR leaves them unannotated); reported speech goes."""
    cut = confidence.DEFAULT_MIN_CONFIDENCE
    quotation = replace(uncut(HARBOUR)._.quotes[-1], confidence=cut / 2)
    assert quotation.type == "direct"
    assert not confidence.falls_under(quotation, cut)
    assert confidence.falls_under(replace(quotation, type="indirect"), cut)
    assert not confidence.falls_under(replace(quotation, type="mixed"), cut)


def test_cut_is_the_components_setting(uncut) -> None:
    assert uncut.get_pipe("quotes_confidence").min_confidence == 0
    strict = pipeline.load(min_confidence=0.95)
    assert strict.get_pipe("quotes_confidence").min_confidence == 0.95
    assert all(q.confidence >= 0.95 for q in strict(HARBOUR)._.quotes if q.type == "indirect")
    assert len(strict(HARBOUR)._.quotes) < len(uncut(HARBOUR)._.quotes)


def test_no_cut_without_usable_weights(nlp) -> None:
    """Rule scores are on another scale (a right item can score 0.4): without learned
    weights the cut would drop good items, so nothing is dropped."""
    component = confidence.QuotesConfidence(min_confidence=0.99)
    component.model = None  # what an unreadable weights file leaves (load_model -> None)
    doc = nlp.make_doc("x")
    doc._.quotes = [replace(q, confidence=0.4) for q in nlp(HARBOUR)._.quotes]
    assert len(component(doc)._.quotes) == len(nlp(HARBOUR)._.quotes)
