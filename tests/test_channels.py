"""Channels: where a quote was said, read from the words at its cue (quotes.channels).

Every sentence is invented; each runs through the real pipeline (model, extractor,
resolver, then the ``quotes_channels`` component). The seeds checks read
../shared/eval/seeds at run time and skip when it is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quotes.channels import CHANNELS

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "eval" / "seeds" / "text"



def channels_of(nlp, text: str) -> list[tuple[str | None, str | None]]:
    return [(q.channel, q.channel_detail) for q in nlp(text)._.quotes]


def only_channel(nlp, text: str) -> tuple[str | None, str | None]:
    found = channels_of(nlp, text)
    assert len(found) == 1, (text, found)
    return found[0]


def test_component_runs_after_the_resolver(nlp) -> None:
    names = nlp.pipe_names
    assert names.index("quotes_channels") == names.index("quotes_resolver") + 1


SAID = '"The harbour will reopen next month,"'
REPORTED = "that the harbour would reopen next month."


@pytest.mark.parametrize(
    ("text", "channel", "detail"),
    [
        # told <outlet/programme>
        (
            f'{SAID} Lena Hart told CBS\'s "Evening Bulletin" programme.',
            "interview",
            "CBS's Evening Bulletin",
        ),
        (f"Lena Hart told Reuters {REPORTED}", "interview", "Reuters"),
        (f"{SAID} Lena Hart told the Financial Times.", "interview", "the Financial Times"),
        (f"Lena Hart told The Associated Press {REPORTED}", "interview", "The Associated Press"),
        # interview
        (
            f"{SAID} Lena Hart said in an interview with the BBC.",
            "interview",
            "an interview with the BBC",
        ),
        (
            "In an interview, Lena Hart said the harbour would reopen next month.",
            "interview",
            "an interview",
        ),
        # press conference
        (
            f"{SAID} Lena Hart told a press conference in Dover on Tuesday.",
            "press conference",
            "a press conference in Dover",
        ),
        (
            "Speaking at a news conference in Dover, Lena Hart said the harbour would reopen next month.",
            "press conference",
            "a news conference in Dover",
        ),
        # statement
        (f"The port authority said in a statement {REPORTED}", "statement", "a statement"),
        (f"{SAID} the port authority said in a statement on Friday.", "statement", "a statement"),
        # platforms
        (f"{SAID} Lena Hart wrote on Twitter.", "twitter", "Twitter"),
        (f"Lena Hart tweeted {REPORTED}", "twitter", "tweeted"),
        (f"{SAID} Lena Hart wrote in a post on X.", "twitter", "a post on X"),
        (f"{SAID} Lena Hart said on her Telegram channel.", "telegram", "her Telegram channel"),
        (f"Lena Hart posted on Facebook {REPORTED}", "facebook", "Facebook"),
        (f"{SAID} Lena Hart wrote on Instagram.", "instagram", "Instagram"),
        # television address, parliament, reporters, speech
        (
            "In a televised address on Sunday, Lena Hart said the harbour would reopen next month.",
            "television",
            "a televised address",
        ),
        (f"Lena Hart told state television {REPORTED}", "television", "state television"),
        (f"Lena Hart told parliament {REPORTED}", "parliament", "parliament"),
        (f"{SAID} Lena Hart told lawmakers.", "parliament", "lawmakers"),
        (f"Lena Hart told reporters {REPORTED}", "reporters", "reporters"),
        (f"Lena Hart said in a speech in Dover {REPORTED}", "speech", "a speech in Dover"),
    ],
)
def test_channel_from_the_words_at_the_cue(nlp, text: str, channel: str, detail: str) -> None:
    assert only_channel(nlp, text) == (channel, detail)


@pytest.mark.parametrize(
    "text",
    [
        f"{SAID} Lena Hart said on Monday.",  # a date is not a channel
        f"Lena Hart told Tom Price {REPORTED}",  # a person is not an outlet
        f"{SAID} Lena Hart said in Dover after a meeting with ministers.",
        "Lena Hart said the harbour would reopen after a press conference was cancelled.",
        "The harbour will reopen next month, according to Bloomberg.",  # the source itself
        f"{SAID} Lena Hart remarked.",  # a verb, not the noun "remarks"
        "Asked about her first statement, Lena Hart replied that the harbour would reopen.",
    ],
)
def test_no_channel_without_words_for_it(nlp, text: str) -> None:
    found = channels_of(nlp, text)
    assert found and all(c == (None, None) for c in found), found


def test_a_cue_inside_what_was_said_keeps_no_channel(nlp) -> None:
    text = "Lena Hart said in a statement that the council claimed the harbour was safe."
    found = {q.cue.text: q.channel for q in nlp(text)._.quotes if q.cue}
    assert found.get("said") == "statement"
    assert found.get("claimed") is None


def test_added_continues_the_channel_of_the_quote_before(nlp) -> None:
    text = (
        '"The harbour will reopen next month," Lena Hart wrote on Twitter. '
        'She added, "The ferries will run again in June."\n\n'
        'Tom Price, the harbour master, said he was pleased. "It is good news," he added.\n'
    )
    quotes = nlp(text)._.quotes
    by_content = {q.content.text.strip(",."): q.channel for q in quotes}
    assert by_content["The harbour will reopen next month"] == "twitter"
    assert by_content["The ferries will run again in June"] == "twitter"
    assert by_content.get("It is good news") is None  # another speaker, no channel


def test_every_channel_is_a_known_value(nlp) -> None:
    text = "\n\n".join(
        [
            f"{SAID} Lena Hart told a press conference.",
            f"{SAID} Lena Hart wrote on Twitter.",
            f"Lena Hart told reporters {REPORTED}",
        ]
    )
    for channel, _ in channels_of(nlp, text):
        assert channel in CHANNELS


# -- the seeds ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed_channels(nlp) -> set[tuple[str | None, str, str | None]]:
    if not SEEDS.exists():
        pytest.skip("../shared/eval/seeds absent")
    found = set()
    for path in sorted(SEEDS.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as f:
            doc = nlp(f.read())
        found |= {(q.speaker, q.channel, q.channel_detail) for q in doc._.quotes if q.channel}
    return found


@pytest.mark.parametrize(
    ("speaker", "channel", "detail"),
    [
        ("Edgar Rinkevich", "twitter", "Twitter"),
        ("Maria Zakharova", "telegram", "Telegram"),
        ("Joe Biden", "interview", "NBC's Nightly News"),
        ("Jens Stoltenberg", "press conference", "press conference"),
        ("Jens Stoltenberg", "statement", "statement"),
        ("NATO", "statement", "statement"),
        ("Joe Biden", "television", "televised address"),
    ],
)
def test_seeds_channels(seed_channels, speaker: str, channel: str, detail: str) -> None:
    assert any(
        s == speaker and c == channel and detail in (d or "") for s, c, d in seed_channels
    ), sorted(seed_channels, key=str)


def test_inverted_or_outside_spans_give_no_channel_and_no_exception(nlp) -> None:
    """spaCy raises on an inverted character range; a channel is never worth that."""
    from quotes.channels import find_channel
    from quotes.models import Quote, Span

    text = '"We will stay," the minister told reporters in a statement on Monday.'
    doc = nlp(text)
    content = Span(1, 13, text[1:13])
    for start, end in ((40, 30), (30, 30), (60, 500), (-5, 3)):
        odd = Span(start, end, "")
        quote = Quote(type="direct", content=content, cue=odd, speaker_mention=odd)
        assert find_channel(doc, quote) is None
