"""Literal-sentence tests from the lit64 blind battery (every sentence invented).

Each parametrised case failed before the fix it pins; the controls are near misses that
must keep their old reading. The helpers are those of ``test_extract``.
"""

from __future__ import annotations

import pytest
from test_extract import one, run, show

L, R = "\u201c", "\u201d"


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('Q: Will you run again?\nA: "Only if my family agrees," said Wu Fang.',
         "Only if my family agrees,", "Wu Fang"),
        (f"Q: What comes next?\nA: {L}A long holiday,{R} Petra Novak told the paper.",
         "A long holiday,", "Petra Novak"),
        ('Question: Is the plant safe?\nAnswer: "Safer than ever," the director, Omar Said, replied.',
         "Safer than ever,", "Omar Said"),
        ('Rita Sol, 71, sells flowers.\n\nQ: Any plans to retire?\nA: "Never in my life," she laughed.',
         "Never in my life,", "Rita Sol"),
    ],
)
def test_narrated_interview_answer_keeps_its_cue(nlp, text: str, content: str, speaker: str) -> None:
    """`A: "X," said Wu Fang.`: the answer is a quotation narrated with its own cue. Before,
    the labelled-turn rule also gave an item running over the close mark and the cue
    (`X," said Wu Fang.`) with no speaker."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct" and q.speaker == speaker, show(got)
    assert len(got) == 1, show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Q: Will you run again?\nA: "Only if my family agrees."', "Only if my family agrees."),
        ("Q: Will you run again?\nA: Only if my family agrees, and they never do.",
         "Only if my family agrees, and they never do."),
    ],
)
def test_labelled_interview_answer_without_narration(nlp, text: str, content: str) -> None:
    """Near misses: a bare labelled answer (marked or not) is still the answer item."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "direct", show(got)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Critics, the club announced, were wrong.", "Critics, the club announced, were wrong", "announced"),
        ("Critics, the club announced on Monday, were wrong.",
         "Critics, the club announced on Monday, were wrong", "announced"),
        ("Voters, the senator warned last week, are angry.",
         "Voters, the senator warned last week, are angry", "warned"),
    ],
)
def test_comma_aside_misread_by_the_parser(nlp, text: str, content: str, cue: str) -> None:
    """`Critics, the club announced, were wrong`: the parser read the aside as a reduced
    relative on "Critics" (or its speaker as an apposition with a participle, or its verb
    as the root with two subjects), so nothing was reported. A reduced relative cannot be
    set off by commas: the aside is rehung on the clause as "the club said" is."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "indirect" and q.cue is not None and q.cue.text == cue, show(got)


@pytest.mark.parametrize(
    "text",
    [
        "The deal, the scheme announced on Monday, was a failure.",
        "The man the police announced was a local teacher.",
    ],
)
def test_participles_and_unset_relatives_stay(nlp, text: str) -> None:
    """Near misses: a participle on a noun that cannot speak, and a relative clause not
    set off by commas, report nothing."""
    got = run(nlp, text)
    assert not got, show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (f"Ruiz called the pick {L}extreme{R} and someone who had {L}limited their choice.{R}",
         f"the pick {L}extreme{R} and someone who had {L}limited their choice.{R}"),
        (f"Ruiz called the bill {L}a disgrace{R} and a law that would {L}hurt every family.{R}",
         f"the bill {L}a disgrace{R} and a law that would {L}hurt every family.{R}"),
        ('Ruiz called the mayor "lazy" and "dishonest."', 'the mayor "lazy" and "dishonest."'),
        (f"Ruiz described the mayor as {L}lazy{R} and {L}dishonest.{R}", f"the mayor as {L}lazy{R} and {L}dishonest.{R}"),
        (f"When asked which quality mattered most, only 23 percent of those who picked {L}listens to me{R} "
         f"voted for Ruiz, while 21 percent who chose {L}strong and decisive{R} backed her.",
         f"which quality mattered most, only 23 percent of those who picked {L}listens to me{R} "
         f"voted for Ruiz, while 21 percent who chose {L}strong and decisive{R}"),
    ],
)
def test_mixed_item_ends_at_a_quotation_end(nlp, text: str, content: str) -> None:
    """A mixed item never ends inside a quotation it opened: before, `called the pick
    "extreme" and someone ...` ended on the stranded "and" (the parse hangs the conjunct
    on the verb), and items ended before the last quotation's period or closing mark
    (`"dishonest`), or at its inner end when a fragment was joined to a report."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "mixed", show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Ruiz said the plan was "bold."', 'the plan was "bold."'),
        ('Ruiz called the plan "bold" and left the room.', 'the plan "bold"'),
    ],
)
def test_mixed_item_end_controls(nlp, text: str, content: str) -> None:
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "mixed", show(got)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('Ruiz called the plan "reckless," "costly" and "cruel."', 'the plan "reckless," "costly" and "cruel."'),
        ('The mayor called the report "biased," "lazy" and "wrong."', 'the report "biased," "lazy" and "wrong."'),
    ],
)
def test_comma_between_quoted_labels_does_not_end_the_words(nlp, text: str, content: str) -> None:
    """`called the plan "reckless," "costly" and "cruel."`: a comma right before another
    quotation lists labels; before, the item stopped at the first one, as it rightly does
    before `accusing ...` (control below)."""
    got = run(nlp, text)
    q = one(got, content)
    assert q.type == "mixed", show(got)


def test_comma_before_a_participle_still_ends_the_label(nlp) -> None:
    got = run(nlp, 'Ruiz called China "expansionist," accusing it of bullying.')
    q = one(got, 'China "expansionist,"')
    assert q.type == "mixed", show(got)
