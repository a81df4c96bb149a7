"""Literal-sentence tests for what the lit67 battery left (every sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (f"{L}Not again,{R} one officer was heard to say.", "Not again,", "one officer"),
        (f"{L}Get back!{R} the coach was heard to yell.", "Get back!", "the coach"),
        # control: the participle form already worked
        (f"{L}Not again,{R} one officer was overheard saying.", "Not again,", "one officer"),
    ],
)
def test_heard_to_say_names_the_one_heard(nlp, text: str, content: str, mention: str) -> None:
    """A passive verb of perceiving with a speech verb's infinitive: the one heard
    speaks. Before, the infinitive found no speaker and the quote had no item."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct", show(got)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(got)


def test_heard_to_do_a_non_speech_act_is_no_cue(nlp) -> None:
    """Near miss: heard to laugh says nothing."""
    got = run(nlp, f"{L}Not again,{R} one officer was heard to laugh.")
    assert got == [], show(got)
