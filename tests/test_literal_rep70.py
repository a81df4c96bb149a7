"""Literal-sentence tests from the rep70 blind battery on reported speech (every sentence
invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show


@pytest.mark.parametrize(
    ("text", "content", "cue", "mention"),
    [
        ("The governor appeared to concede that the plan had failed.", "the plan had failed", "to concede", "The governor"),
        ("Minister Cora Vance seemed to suggest that taxes would rise.", "taxes would rise", "to suggest", "Minister Cora Vance"),
        ("The coach seemed to tell his players the season was over.", "the season was over", "to tell", "The coach"),
    ],
)
def test_raising_verb_gives_way_to_the_speech_verb_it_raises(
    nlp, text: str, content: str, cue: str, mention: str
) -> None:
    """ "appeared to concede that X": the speech verb under "appear"/"seem" reports X by
    itself, so the impression frame gives way, as "is expected to say that X" already did.
    Before, the frame took the whole sentence, subject and speech verb, as its content."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.cue is not None and q.cue.text == cue, show(got)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)
    assert len(got) == 1, show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The race appeared to tighten in the final week.", "The race appeared to tighten in the final week"),
        ("Senator Ruiz seemed to urge a slower approach.", "Senator Ruiz seemed to urge a slower approach"),
    ],
)
def test_raising_verb_without_a_reported_clause_keeps_its_frame(nlp, text: str, content: str) -> None:
    """Near misses: no clause under the infinitive (an impression, or a speech verb with a
    noun object), so the frame keeps the subject and the infinitive as before."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.cue is not None and q.cue.text in ("appeared", "seemed"), show(got)
