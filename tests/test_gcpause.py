"""quotes.gcpause: our components hold the cyclic collector off for their own call only."""

import gc

import pytest

from quotes.gcpause import collection_paused


def test_collection_paused_restores_an_enabled_collector():
    assert gc.isenabled()
    with collection_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_collection_paused_restores_it_after_an_error():
    with pytest.raises(RuntimeError), collection_paused():
        raise RuntimeError("a rule failed")
    assert gc.isenabled()


def test_collection_paused_keeps_a_collector_the_caller_turned_off():
    gc.disable()
    try:
        with collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_components_run_with_the_collector_paused(monkeypatch):
    import spacy

    from quotes import pipeline

    seen = []
    monkeypatch.setattr(pipeline, "extract", lambda doc: seen.append(gc.isenabled()) or [])
    pipeline.QuotesExtractor()(spacy.blank("en")("Ada Roe said so."))
    assert seen == [False]
    assert gc.isenabled()
