"""Extraction scored on the PolNeAR dev split (../shared/eval/polnear/dev): a floor.

The floors sit a little under the figures the extractor reaches today, so a change that
loses ground on real news text fails here even when every literal-sentence test passes.
Tuning happens on the train split; dev is only checked, and the held-out split is scored
elsewhere. Skipped when the shared corpus is absent (its texts never enter the repo).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes import pipeline
from quotes.evaluate import Report, evaluate, load_gold

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "polnear" / "dev"

pytestmark = pytest.mark.skipif(not DEV.is_dir(), reason="../shared/eval/polnear/dev absent")


@pytest.fixture(scope="module")
def reports() -> dict[float, Report]:
    nlp = pipeline.load()
    gold = load_gold(DEV)
    authors = {d.doc: d.author for d in gold}

    def predict(pairs):
        pairs = list(pairs)
        docs = (pipeline.make_doc(nlp, text, authors.get(doc_id)) for doc_id, text in pairs)
        for (doc_id, _), doc in zip(pairs, nlp.pipe(docs), strict=True):
            yield doc_id, doc._.quotes or []

    return evaluate(DEV, predict, loaded=gold)


def test_lenient_overall(reports: dict[float, Report]) -> None:
    r = reports[0.5]
    assert r.n_docs == 84
    assert r.precision >= 0.87, r.precision
    assert r.f1 >= 0.77, r.f1
    assert r.speaker_accuracy >= 0.91, r.speaker_accuracy


@pytest.mark.parametrize(("kind", "floor"), [("direct", 0.95), ("mixed", 0.84), ("indirect", 0.58)])
def test_lenient_recall_by_type(reports: dict[float, Report], kind: str, floor: float) -> None:
    assert reports[0.5].recall_by_type[kind] >= floor, reports[0.5].recall_by_type


def test_strict_direct_recall(reports: dict[float, Report]) -> None:
    assert reports[0.9].recall_by_type["direct"] >= 0.90, reports[0.9].recall_by_type
