"""Extraction scored against the hand-made seeds gold standard (../shared/eval/seeds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes import pipeline
from quotes.evaluate import evaluate, load_gold

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds"

pytestmark = pytest.mark.skipif(not SEEDS.exists(), reason="../shared/eval/seeds absent")


@pytest.fixture(scope="module")
def reports():
    nlp = pipeline.load()

    def predict(pairs):
        pairs = list(pairs)
        for (doc_id, _), doc in zip(pairs, nlp.pipe(t for _, t in pairs), strict=True):
            yield doc_id, doc._.quotes

    return evaluate(SEEDS, predict)


def test_direct_quotes_found(reports) -> None:
    assert reports[0.5].recall_by_type["direct"] >= 0.9


def test_overall_lenient_scores(reports) -> None:
    report = reports[0.5]
    assert report.recall >= 0.9
    assert report.precision >= 0.85
    assert report.speaker_accuracy >= 0.9


def test_no_items_in_headlines_link_lines_or_captions() -> None:
    nlp = pipeline.load()
    for doc in load_gold(SEEDS):
        text = doc.text
        lines = []
        pos = 0
        for line in text.splitlines(keepends=True):
            stripped = line.strip()
            headline = pos == 0 and len(stripped) < 120 and not stripped.endswith(".")
            if stripped.startswith("READ |") or "/dpa" in stripped or headline:
                lines.append((pos, pos + len(line)))
            pos += len(line)
        for q in nlp(text)._.quotes:
            for s, e in lines:
                assert not (s <= q.content.start < e), (doc.doc, q.content.text)
