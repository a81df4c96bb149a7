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


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Under questioning, the director, Lena Marsh, accepted that the accounts had been wrong.",
         "the accounts had been wrong", "Lena Marsh"),
        ("Pia Holt chairs the board. Under cross-examination, she accepted that the board had met only twice.",
         "the board had met only twice", "she"),
    ],
)
def test_accepted_that_reports_the_clause(nlp, text: str, content: str, mention: str) -> None:
    """ "accepted that X": a that-clause right after a verb whose only frame is another
    ("accepted X as Y") is what its speaking subject holds, as after any verb outside the
    cue lists. Before, a frame verb's that-clause was left to the frame rule, which had no
    slot for it, and the sentence gave no item."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "indirect" and q.cue is not None and q.cue.text == "accepted", show(got)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)


@pytest.mark.parametrize(
    "text",
    [
        "The charity accepted gifts from donors that the regulator had criticised.",
        "She was accepted into the ballet academy at 16.",
    ],
)
def test_accepted_with_a_relative_that_or_no_clause_reports_nothing(nlp, text: str) -> None:
    """Near misses: a "that" after a noun between the frame verb and it is a relative
    pronoun ("donors that the regulator had criticised"), and a passive "accepted into"
    reports nothing."""
    got = run(nlp, text)
    assert got == [], show(got)


def test_accepted_as_frame_keeps_its_reading(nlp) -> None:
    """Control: the "accepted X as Y" frame is unchanged."""
    got = run(nlp, "The club accepted the award as a tribute to its fans.")
    q = one(got, "the award as a tribute to its fans")
    assert q.cue is not None and q.cue.text == "accepted", show(got)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Most farmers I speak to tell me the drought has wiped out their savings.",
         "the drought has wiped out their savings", "Most farmers"),
        ("Most landlords I speak to tell me the rules have changed.", "the rules have changed", "Most landlords"),
        ("Many of the nurses I spoke to said they were exhausted.", "they were exhausted", "the nurses"),
    ],
)
def test_stranded_to_of_a_relative_clause_leaves_the_speaker_its_noun(
    nlp, text: str, content: str, mention: str
) -> None:
    """ "Most farmers I speak to tell me X": the parser takes the stranded "to" of the
    relative clause for the speech verb's infinitive marker and hangs the verb on the
    clause, so its subject "I" was the speaker; the noun the clause describes is."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Most farmers I speak to tell me the drought has wiped out their savings.",
         "the drought has wiped out their savings", "tell"),
        ("Many of the nurses I spoke to said they were exhausted.", "they were exhausted", "said"),
        # control: a real infinitive keeps its "to"
        ("The governor appeared to concede that the plan had failed.", "the plan had failed", "to concede"),
    ],
)
def test_stranded_to_is_no_part_of_the_cue(nlp, text: str, content: str, cue: str) -> None:
    """The stranded "to" belongs to the relative clause ("I speak to"), so the cue is the
    speech verb alone; before, it read "to tell" and "to said"."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.cue is not None and q.cue.text == cue, show(got)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("It was a twist on the tag that fans have been using to signal their support for the club.",
         "their support for the club", "fans"),
        ("She went there to tell them the school was closing.", "the school was closing", "She"),
    ],
)
def test_real_infinitive_after_a_relative_clause_keeps_its_subject(
    nlp, text: str, content: str, mention: str
) -> None:
    """Near misses: a relative clause with its pronoun ("the tag that fans have been
    using to signal") and a purpose infinitive keep the subject they had."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)
