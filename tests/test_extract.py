"""Extraction on invented literal sentences: direct, mixed and reported speech.

Each case is a sentence or a short article written for this file plus the items the
pipeline must find: type, content, resolved speaker and, where it matters, cue and
speaker mention. Conventions: direct content excludes the marks and keeps the
punctuation inside them (`"We are ready,"` -> `We are ready,`); reported content is the
clause without "that" and without the sentence-final period. Mixed and reported items
are matched leniently (content contains the expected core, word Dice >= 0.8).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from support import word_dice

from quotes import pipeline
from quotes.models import DEFAULT_MIN_CONFIDENCE, Quote

# -- helpers -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class E:
    """An expected item. ``type=None`` leaves the type unchecked."""

    type: str | None
    content: str
    speaker: str | None
    cue: str | None = None
    mention: str | None = None
    fuzzy: bool | None = None  # default: exact for direct, lenient otherwise


def show(quotes: list[Quote]) -> str:
    return (
        "\n".join(
            f"  [{q.type}] {q.content.text!r} cue={q.cue.text if q.cue else None!r} "
            f"mention={q.speaker_mention.text if q.speaker_mention else None!r} speaker={q.speaker!r}"
            for q in quotes
        )
        or "  (no items)"
    )


def check_spans(text: str, quotes: list[Quote]) -> None:
    """Every span of every item indexes the original text exactly."""
    for q in quotes:
        for span in (q.content, q.cue, q.speaker_mention):
            if span is None:
                continue
            assert 0 <= span.start <= span.end <= len(text), (q, span)
            assert text[span.start : span.end] == span.text, (q, span)


def run(nlp, text: str) -> list[Quote]:
    quotes = nlp(text)._.quotes or []
    check_spans(text, quotes)
    return quotes


def find(quotes: list[Quote], exp: E) -> Quote:
    fuzzy = exp.fuzzy if exp.fuzzy is not None else exp.type != "direct"
    if fuzzy:
        hits = [
            q
            for q in quotes
            if exp.content in q.content.text and word_dice(q.content.text, exp.content) >= 0.8
        ]
    else:
        hits = [q for q in quotes if q.content.text == exp.content]
    assert hits, f"no item with content {exp.content!r}; got:\n{show(quotes)}"
    return hits[0]


def one(quotes: list[Quote], content: str) -> Quote:
    """The item whose content is exactly ``content`` (the literal-battery files' lookup)."""
    hits = [q for q in quotes if q.content.text == content]
    assert hits, f"no item with content {content!r}; got:\n{show(quotes)}"
    return hits[0]


def check(quotes: list[Quote], exp: E) -> Quote:
    q = find(quotes, exp)
    where = f"for {exp.content!r}; got:\n{show(quotes)}"
    if exp.type is not None:
        assert q.type == exp.type, where
    assert q.speaker == exp.speaker, where
    if exp.cue is not None:
        assert q.cue is not None and q.cue.text == exp.cue, where
    if exp.mention is not None:
        assert q.speaker_mention is not None and q.speaker_mention.text == exp.mention, where
    return q


def within(q: Quote, start: int, end: int) -> bool:
    return start <= q.content.start and q.content.end <= end


# -- direct quotes and their cues ----------------------------------------------------------------

DIRECT = {
    # an inverted cue opening the paragraph, read by the parser into the name it
    # precedes: the speaker is the whole name after it, title and all
    "inverted-said-before-a-titled-name-and-colon": (
        'Police closed the coast road.\n\nSaid Sergeant Ines Calloway: "If you can stay at home, please do."',
        [E("direct", "If you can stay at home, please do.", "Ines Calloway", mention="Sergeant Ines Calloway")],
    ),
    # a full name in brackets closing the quote's line signs it, as a dash line does
    "bracket-signature-with-a-title": (
        "\u201cThe harbour is our history.\u201d (Tomas Vrba, harbour master)",
        [E("direct", "The harbour is our history.", "Tomas Vrba", mention="Tomas Vrba")],
    ),
    "bracket-signature-on-its-own-line": (
        '"Every vote counts, and every voice matters."\n(Ines Calloway)\n\nPolls open at seven.',
        [E("direct", "Every vote counts, and every voice matters.", "Ines Calloway", mention="Ines Calloway")],
    ),
    # a quote in apposition to a noun of words names its owner as the speaker
    "quote-set-off-after-a-possessed-noun-of-words": (
        'Ines Calloway\'s words \u2014 "we will not be silenced" \u2014 were painted on the harbour wall.',
        [E("direct", "we will not be silenced", "Ines Calloway", cue="words")],
    ),
    "quote-set-off-after-a-possessed-reply": (
        'Tomas Vrba\'s reply, "Absolutely not," ended the meeting.',
        [E("direct", "Absolutely not,", "Tomas Vrba", cue="reply")],
    ),
    # a signature line naming the body, then the role and the person: the person signs
    "dash-signature-body-role-then-person": (
        "\u201cTrust the process.\u201d\n\u2013 Lira Rovers coach Imke Solberg",
        [E("direct", "Trust the process.", "Imke Solberg", mention="Imke Solberg")],
    ),
    # a quotation in one style of double marks nests its own quotations in another: the
    # outer quotation stays whole (it was read as a stray opener and a mixed item)
    "guillemets-nested-in-straight-double-marks": (
        '"They called it \u00abProject Tide\u00bb, and it failed," said Tomas Vrba.',
        [E("direct", "They called it \u00abProject Tide\u00bb, and it failed,", "Tomas Vrba", cue="said")],
    ),
    "straight-marks-nested-in-curly-double-marks": (
        '\u201cShe shouted "stop" at the driver,\u201d said Ines Calloway.',
        [E("direct", 'She shouted "stop" at the driver,', "Ines Calloway", cue="said")],
    ),
    # the parser splits "coach" from the name after the inverted cue (object and adverb,
    # or two subjects): the role noun is the name's title
    "role-noun-split-from-the-name-after-an-inverted-cue": (
        "'We lost', admitted coach Imke Solberg.",
        [E("direct", "We lost", "Imke Solberg", cue="admitted", mention="coach Imke Solberg")],
    ),
    "role-noun-split-from-the-name-after-an-inverted-cue-double-marks": (
        '"We lost," admitted coach Imke Solberg.',
        [E("direct", "We lost,", "Imke Solberg", cue="admitted", mention="coach Imke Solberg")],
    ),
    "spaced-dash-after-said-it-sets-off-the-quotation": (
        'Then the chairman, Ivo Petrak, said it plainly \u2014 "We are broke."',
        [E("direct", "We are broke.", "Ivo Petrak", cue="said")],
    ),
    "as-read-as-a-preposition-leaves-its-object-the-subject-of-the-cue": (
        'Fans cheered as striker Ines Calloway shouted: "We are going to the final!"',
        [E("direct", "We are going to the final!", "Ines Calloway", cue="shouted", mention="striker Ines Calloway")],
    ),
    "quoted-clause-ends-before-the-speakers-next-act": (
        'Ines Calloway said "[the ferry] is finished" and left the pier.',
        [E("direct", "[the ferry] is finished", "Ines Calloway", cue="said")],
    ),
    "and-after-the-quote-is-no-inverted-cue": (
        'Tomas Vrba wrote to his followers, "It is time to go," and shared a link to the petition.',
        [E("direct", "It is time to go,", "Tomas Vrba", cue="wrote")],
    ),
    "speech-verb-tagged-an-adjective-after-the-quote-is-the-cue": (
        '"We threw it away," lamented coach Tomas Vrba.',
        [E("direct", "We threw it away,", "Tomas Vrba", cue="lamented", mention="coach Tomas Vrba")],
    ),
    "present-cue-tagged-a-plural-noun-after-the-quote-is-the-cue": (
        '"We need two more signings," reckons manager Tomas Vrba.',
        [E("direct", "We need two more signings,", "Tomas Vrba", cue="reckons", mention="manager Tomas Vrba")],
    ),
    "british-quote-reopened-on-a-second-paragraph-with-an-elided-word": (
        "Ciara Lynch was delighted. 'That's the best we've played,' she said. "
        "'We went a goal down and didn't panic. 'Twas the old way, really.\n\n"
        "'Tomas has been knocking on my door for a month. He did it.'",
        [
            E("direct", "That's the best we've played,", "Ciara Lynch", cue="said", mention="she"),
            E(
                "direct",
                "We went a goal down and didn't panic. 'Twas the old way, really.\n\n"
                "'Tomas has been knocking on my door for a month. He did it.",
                "Ciara Lynch",
            ),
        ],
    ),
    "one-word-single-quoted-sentence-continues-the-speaker": (
        "Ada Ruiz leads the union. \u2018We\u2019ll see,\u2019 she said. \u2018Maybe.\u2019",
        [
            E("direct", "We\u2019ll see,", "Ada Ruiz", cue="said", mention="she"),
            E("direct", "Maybe.", "Ada Ruiz", mention="she"),
        ],
    ),
    "one-word-single-quoted-reply-after-a-colon": (
        "Told of the verdict, Tomas Vrba said simply: 'Good.'",
        [E("direct", "Good.", "Tomas Vrba", cue="said")],
    ),
    "one-word-single-quoted-reply-before-an-inverted-cue": (
        "'Nonsense,' said Ines Calloway when asked about the rumour.",
        [E("direct", "Nonsense,", "Ines Calloway", cue="said")],
    ),
    "bare-cue-closing-the-paragraph-before-introduces-the-quote": (
        'Ebo Mensah said in a statement on Monday.\n\n"This club belongs to you. Never forget it."',
        [E("direct", "This club belongs to you. Never forget it.", "Ebo Mensah", cue="said", mention="Ebo Mensah")],
    ),
    "speech-event-introduces-the-quote-paragraph-after-it": (
        'Ebo Mensah spoke to the crowd outside the stadium.\n\n"This club belongs to you. Never forget it."',
        [E("direct", "This club belongs to you. Never forget it.", "Ebo Mensah", cue="spoke", mention="Ebo Mensah")],
    ),
    "speech-event-with-its-audience-introduces-the-quote-after-it": (
        'Mayor Ines Calloway addressed the delegates on Friday. "We have a duty to this harbour and to each other."',
        [E("direct", "We have a duty to this harbour and to each other.", "Ines Calloway", cue="addressed")],
    ),
    "curly-close-glued-to-the-cue": (
        "\u201cWe stay,\u201dsaid Ada Ruiz.",
        [E("direct", "We stay,", "Ada Ruiz", cue="said", mention="Ada Ruiz")],
    ),
    "straight-marks-glued-on-both-sides-of-the-cue": (
        'Ada Ruiz met the press. "We are ready,"she said."And we will win."',
        [
            E("direct", "We are ready,", "Ada Ruiz", cue="said", mention="she"),
            E("direct", "And we will win.", "Ada Ruiz"),
        ],
    ),
    "straight-open-glued-after-the-cue-comma": (
        'Ada Ruiz said,"We are ready."',
        [E("direct", "We are ready.", "Ada Ruiz", cue="said", mention="Ada Ruiz")],
    ),
    "signature-outranks-a-label-before-the-quote": (
        'Quote of the day: "We will appeal." \u2013 Ada Ruiz',
        [E("direct", "We will appeal.", "Ada Ruiz", mention="Ada Ruiz")],
    ),
    "said-after-pronoun": (
        'Daniel Brooks met the press on Monday. "We are ready," he said.',
        [E("direct", "We are ready,", "Daniel Brooks", cue="said", mention="he")],
    ),
    "name-with-a-no-break-space": (
        "Tomas\u00a0Vrba met the press on Monday.\u00a0\u201cWe are ready,\u201d\u00a0he said.",
        [E("direct", "We are ready,", "Tomas Vrba", cue="said", mention="he")],
    ),
    "zero-width-space-after-the-verb-and-inside-a-name": (
        "Tomas\u200b Vrba met the press on Monday. \ufeff\u201cWe are ready,\u201d he said\u200b.",
        [E("direct", "We are ready,", "Tomas Vrba", cue="said", mention="he")],
    ),
    "name-with-a-doubled-space": (
        'Marta  Kiel met the press on Monday.  "We are ready,"   she said.',
        [E("direct", "We are ready,", "Marta Kiel", cue="said", mention="she")],
    ),
    "hard-wrapped-line-between-quote-and-cue": (
        'Marta Kiel met the press on Monday.\n"The ferry vote is over,"\nshe said.',
        [E("direct", "The ferry vote is over,", "Marta Kiel", cue="said", mention="she")],
    ),
    "hard-wrapped-name-after-the-cue": (
        '"The ferry vote is over," said Marta\nKiel, the harbour master.',
        [E("direct", "The ferry vote is over,", "Marta Kiel", cue="said")],
    ),
    "hard-wrapped-line-inside-the-quote": (
        'Marta Kiel met the press on Monday. "The ferry vote is\nover," she said.',
        [E("direct", "The ferry vote is\nover,", "Marta Kiel", cue="said", mention="she")],
    ),
    "hard-wrapped-line-between-cue-and-quote": (
        'The council met on Monday. Marta Kiel told\nreporters: "The ferry vote is over."',
        [E("direct", "The ferry vote is over.", "Marta Kiel", cue="told")],
    ),
    "hard-wrapped-line-after-a-comma-closed-quote-before-a-name": (
        "\u201cThe levy is a fantasy,\u201d\nTom Reilly said.",
        [E("direct", "The levy is a fantasy,", "Tom Reilly", cue="said", mention="Tom Reilly")],
    ),
    "hard-wrapped-line-after-said-before-a-name": (
        'The council met on Monday. "The town is broke," said\nPiet Jansen, the mayor.',
        [E("direct", "The town is broke,", "Piet Jansen", cue="said", mention="Piet Jansen")],
    ),
    "came-the-reply-from-a-name": (
        '"Absolutely not," came the reply from Chancellor Greta Vos.',
        [E("direct", "Absolutely not,", "Greta Vos", cue="came", mention="Chancellor Greta Vos")],
    ),
    "was-the-message-from-a-name": (
        '"The pier is closed," was the message from harbour chief Ines Calloway.',
        [E("direct", "The pier is closed,", "Ines Calloway", cue="was", mention="harbour chief Ines Calloway")],
    ),
    "was-her-answer": (
        'Ines Calloway faced the press on Monday. "No comment," was her answer.',
        [E("direct", "No comment,", "Ines Calloway", cue="was", mention="her")],
    ),
    "was-her-reply-with-no-comma": (
        '"Not a hope" was Nadia Kessler\'s reply.',
        [E("direct", "Not a hope", "Nadia Kessler", cue="was")],
    ),
    "html-paragraph-tags-around-a-quote": (
        "<p>\u201cWe are ready,\u201d said captain Dev Patel.</p>",
        [E("direct", "We are ready,", "Dev Patel", cue="said", mention="captain Dev Patel")],
    ),
    "markdown-bold-around-a-quote": (
        "**\u201cWe are ready,\u201d said captain Dev Patel.**",
        [E("direct", "We are ready,", "Dev Patel", cue="said", mention="captain Dev Patel")],
    ),
    "stray-open-mark-inside-a-sentence-does-not-carry-over": (
        'The "new deal for the coast was signed on Monday.\n\n'
        '"It is a good day," said Bruno Lenz, the mayor.',
        [E("direct", "It is a good day,", "Bruno Lenz", cue="said")],
    ),
    "british-single-marks-with-a-nested-double-quote": (
        "Ada Kerr left the court in Leeds. 'He said \"no\" to the deal,' she said.",
        [E("direct", 'He said "no" to the deal,', "Ada Kerr", cue="said", mention="she")],
    ),
    "first-line-ending-in-a-closed-quotation-is-no-headline": (
        "Ms Kerr said: 'We will appeal.'\n\nShe added: 'The ruling is wrong.'",
        [
            E("direct", "We will appeal.", "Kerr", cue="said"),
            E("direct", "The ruling is wrong.", "Kerr", cue="added", mention="She"),
        ],
    ),
    "first-line-question-is-no-headline": (
        'Daniel Brooks asked: "Who will pay for the pier?"\n\nNobody answered him.',
        [E("direct", "Who will pay for the pier?", "Daniel Brooks", cue="asked")],
    ),
    "double-hyphen-signature-inline": (
        '"We have lost the harbour" -- Hugo Brant, speaking on Monday.',
        [E("direct", "We have lost the harbour", "Hugo Brant", mention="Hugo Brant")],
    ),
    "quote-then-was-all-name-would-say": (
        "\u201cNo comment,\u201d was all Mirela Vosk would say.",
        [E("direct", "No comment,", "Mirela Vosk", mention="Mirela Vosk")],
    ),
    "quote-then-was-all-name-said": (
        '"We will appeal" was all Ines Calloway said.',
        [E("direct", "We will appeal", "Ines Calloway", cue="said", mention="Ines Calloway")],
    ),
    "bulleted-quote-lines-after-a-colon": (
        "Tomas Vrba said:\n\u2022 \u201cThe ferry will stop.\u201d\n\u2022 \u201cThe pier will close.\u201d",
        [
            E("direct", "The ferry will stop.", "Tomas Vrba", cue="said"),
            E("direct", "The pier will close.", "Tomas Vrba"),
        ],
    ),
    "bulleted-quote-paragraphs-after-a-colon": (
        'Tomas Vrba said:\n\n- "The ferry will stop."\n\n- "The pier will close."',
        [
            E("direct", "The ferry will stop.", "Tomas Vrba", cue="said"),
            E("direct", "The pier will close.", "Tomas Vrba"),
        ],
    ),
    "short-sentence-quote-runs-over-a-paragraph-break": (
        '"We waited all night," Ines Calloway said. "Nobody came.\n\n"Not one official."',
        [E("direct", 'Nobody came.\n\n"Not one official.', "Ines Calloway")],
    ),
    "bulleted-quote-lines-after-a-noun-and-colon": (
        'Tomas Vrba listed his demands:\n- "Open the pier."\n- "Pay the crews."',
        [
            E("direct", "Open the pier.", "Tomas Vrba", cue="listed"),
            E("direct", "Pay the crews.", "Tomas Vrba"),
        ],
    ),
    "dash-then-that-was-the-message-from": (
        '"The pier will close" \u2014 that was the message from Ines Calloway on Monday.',
        [E("direct", "The pier will close", "Ines Calloway", cue="message")],
    ),
    "addressee-set-off-before-an-interrupted-quote": (
        'The pier, Ines Calloway told the Herald, "will never reopen."',
        [E("direct", "will never reopen.", "Ines Calloway", cue="told")],
    ),
    "possessor-of-a-verdict-before-a-colon-speaks": (
        'Tomas Vrba\'s verdict: "The pier is finished."',
        [E("direct", "The pier is finished.", "Tomas Vrba", mention="Tomas Vrba")],
    ),
    "so-said-name-after-a-finished-quote": (
        '"We are not leaving." So said Ines Calloway on Monday.',
        [E("direct", "We are not leaving.", "Ines Calloway", cue="said", mention="Ines Calloway")],
    ),
    "german-reversed-guillemets-cue-after": (
        "\u00bbThe plant stays open\u00ab, said works councillor Ulf Brandes.",
        [E("direct", "The plant stays open", "Ulf Brandes", cue="said")],
    ),
    "german-reversed-guillemets-cue-before": (
        "Ulf Brandes said: \u00bbThe plant stays open.\u00ab Then he left.",
        [E("direct", "The plant stays open.", "Ulf Brandes", cue="said")],
    ),
    "curly-quote-nested-in-guillemets-stays-inside": (
        "\u00abThey called it \u201cprogress\u201d, and we paid,\u00bb said farmer Gwyn Pryce.",
        [E("direct", "They called it \u201cprogress\u201d, and we paid,", "Gwyn Pryce", cue="said")],
    ),
    "french-guillemets-with-plain-spaces": (
        "\u00ab The plant stays open \u00bb, said Ulf Brandes.",
        [E("direct", "The plant stays open", "Ulf Brandes", cue="said")],
    ),
    "wire-dateline-before-a-quote-is-no-lead": (
        'LONDON (Reuters) - "We are not in recession," central bank governor Alan Pryce said.',
        [E("direct", "We are not in recession,", "Alan Pryce", cue="said",
           mention="central bank governor Alan Pryce")],
    ),
    "wire-dateline-with-date-and-em-dash": (
        "LISBON, May 3 (AP) \u2014 \u201cThe harbour stays shut,\u201d Rita Gama said.",
        [E("direct", "The harbour stays shut,", "Rita Gama", cue="said", mention="Rita Gama")],
    ),
    "wire-dateline-is-no-part-of-the-mention": (
        'LONDON (Reuters) - Alan Pryce said: "We are not in recession."',
        [E("direct", "We are not in recession.", "Alan Pryce", cue="said", mention="Alan Pryce")],
    ),
    "wire-dateline-with-date-before-a-titled-speaker": (
        "LONDON, March 3 (Reuters) - Council leader Nils Brekke said the ferry plan would fail.",
        [E("indirect", "the ferry plan would fail", "Nils Brekke", cue="said",
           mention="Council leader Nils Brekke")],
    ),
    # A participle of a speech verb right after the quote, which the parser hangs on the
    # name as a modifier, is the cue and no part of the mention.
    "speech-participle-read-as-a-modifier-of-the-name": (
        "'It is the season,' joked shopkeeper Noel Barr.",
        [E("direct", "It is the season,", "Noel Barr", cue="joked", mention="shopkeeper Noel Barr")],
    ),
    "rock-n-roll-inside-single-marks": (
        "'It was rock 'n' roll all night on the pier,' said Nadia Ferris.",
        [E("direct", "It was rock 'n' roll all night on the pier,", "Nadia Ferris", cue="said")],
    ),
    "slot-verb-with-adverbs-before-colon": (
        "When the mayor suggested that the port would sue the ferry company for breaking the "
        'deal, Lena Marsh fired back forcefully: "If they sue us in a court in Dover, they are '
        'going to lose."',
        [
            E(
                "direct",
                "If they sue us in a court in Dover, they are going to lose.",
                "Lena Marsh",
                cue="fired",
            )
        ],
    ),
    "said-colon-before": (
        'Daniel Brooks spoke at the harbour on Monday. He said: "The ships will sail on time."',
        [E("direct", "The ships will sail on time.", "Daniel Brooks", cue="said", mention="He")],
    ),
    "said-inverted": (
        '"The fleet is ready for winter," said Stoltberg.',
        [
            E(
                "direct",
                "The fleet is ready for winter,",
                "Stoltberg",
                cue="said",
                mention="Stoltberg",
            )
        ],
    ),
    "said-inverted-full-name-earlier": (
        'Admiral Erik Stoltberg toured the base on Friday. "The fleet is ready for winter," '
        "said Stoltberg.",
        [
            E(
                "direct",
                "The fleet is ready for winter,",
                "Erik Stoltberg",
                cue="said",
                mention="Stoltberg",
            )
        ],
    ),
    "split-quote-two-items": (
        'Maria Okafor met the crews at dawn. "We are ready," she said, "and we will not wait."',
        [
            E("direct", "We are ready,", "Maria Okafor", cue="said", mention="she"),
            E("direct", "and we will not wait.", "Maria Okafor", cue="said", mention="she"),
        ],
    ),
    "said-as-she-arrived": (
        "Priya Anand reached the summit late on Thursday. "
        '"The talks went well," Anand said as she arrived.',
        [E("direct", "The talks went well,", "Priya Anand", cue="said", mention="Anand")],
    ),
    "dash-name-line": (
        "The council met on Tuesday.\n\n"
        '"We will rebuild every dock in the bay, and we will start this winter."\n'
        "- Lena Marsh",
        [
            E(
                "direct",
                "We will rebuild every dock in the bay, and we will start this winter.",
                "Lena Marsh",
                mention="Lena Marsh",
            )
        ],
    ),
    "dash-name-paragraph": (
        "The council met on Tuesday.\n\n"
        '"We will rebuild every dock in the bay, and we will start this winter."\n\n'
        "- Lena Marsh",
        [
            E(
                "direct",
                "We will rebuild every dock in the bay, and we will start this winter.",
                "Lena Marsh",
                mention="Lena Marsh",
            )
        ],
    ),
    "dash-signature-with-a-lowercase-role-before-the-name": (
        "'Nothing is impossible.' \u2014 coach Ines Calloway",
        [E("direct", "Nothing is impossible.", "Ines Calloway", mention="Ines Calloway")],
    ),
    "em-dash-signature-with-title": (
        "\u201cNothing about this harbour is finished, and nothing will be until the cranes move.\u201d\n"
        "\u2014 Lena Marsh, harbour director",
        [
            E(
                "direct",
                "Nothing about this harbour is finished, and nothing will be until the cranes move.",
                "Lena Marsh",
                mention="Lena Marsh",
            )
        ],
    ),
    "signed-quotes-horizontal-bar-list": (
        "Ten readers shared their views on the harbour plan.\n\n"
        "\u201cThe most expensive pier ever built.\u201d \u2015 Ada Voss\n"
        "\u201cNobody asked the fishermen what they needed.\u201d\u2015 Lars Quist.\n"
        "\u201dIt will pay for itself within a decade.\u201d \u2015 Omar Haddad",
        [
            E("direct", "The most expensive pier ever built.", "Ada Voss", mention="Ada Voss"),
            E("direct", "Nobody asked the fishermen what they needed.", "Lars Quist", mention="Lars Quist"),
            E("direct", "It will pay for itself within a decade.", "Omar Haddad", mention="Omar Haddad"),
        ],
    ),
    "transcript-turns": (
        "Harbour director Lena Marsh spoke to the radio host Omar Haddad on Sunday.\n\n"
        '"HADDAD: Will the northern pier reopen this year?\n\n'
        '"MARSH: The northern pier will reopen in June, and the ferries will follow.\n\n'
        "UPDATE: The interview was recorded on Saturday evening.",
        [
            E("direct", "Will the northern pier reopen this year?", "Omar Haddad", mention="HADDAD"),
            E(
                "direct",
                "The northern pier will reopen in June, and the ferries will follow.",
                "Lena Marsh",
                mention="MARSH",
            ),
        ],
    ),
    "signature-dash-glued-to-the-closing-mark": (
        "\u201cWe will appeal the verdict\u201d\u2014Moira Tennant, solicitor",
        [E("direct", "We will appeal the verdict", "Moira Tennant", mention="Moira Tennant")],
    ),
    "quotation-glued-between-dashes-ends-at-its-mark": (
        "Ada Voss praised the harbour plan\u2014\u201cthe best in a generation\u201d\u2014and promised to fund it.",
        [
            E("mixed", "the harbour plan\u2014\u201cthe best in a generation\u201d", "Ada Voss"),
            E("indirect", "to fund it", "Ada Voss"),
        ],
    ),
    "transcript-turns-on-single-lines": (
        "Harbour director Lena Marsh spoke to the radio host Omar Haddad on Sunday.\n\n"
        "HADDAD: Will the northern pier reopen this year?\n"
        "MARSH: The northern pier will reopen in June.\n"
        "HADDAD: And the ferries?\n"
        "MARSH: They will follow within a month.",
        [
            E("direct", "The northern pier will reopen in June.", "Lena Marsh", mention="MARSH"),
            E("direct", "They will follow within a month.", "Lena Marsh", mention="MARSH"),
        ],
    ),
    "transcript-turn-over-paragraphs": (
        "Harbour director Lena Marsh spoke to the radio host Omar Haddad on Sunday.\n\n"
        '"HADDAD: Will the pier reopen?\n\n'
        '"MARSH: The pier will reopen in June.\n\n'
        '"And the ferries will follow within a month.\n\n'
        '"HADDAD: Thank you for joining us.',
        [
            E(
                "direct",
                'The pier will reopen in June.\n\n"And the ferries will follow within a month.',
                "Lena Marsh",
                mention="MARSH",
            ),
        ],
    ),
    "statement-label-then-block-paragraph": (
        "Tomas Vrba's statement in full:\n\n"
        "I have decided to leave the harbour board. It has been an honour to serve the town.",
        [
            E(
                "direct",
                "I have decided to leave the harbour board. It has been an honour to serve the town",
                "Tomas Vrba",
                cue="statement",
                fuzzy=True,
            ),
        ],
    ),
    # a reporting noun said to be plain, owned by a speaker, before a colon: its owner's
    "plain-statement-noun-then-block-paragraph": (
        "Tomas Vrba's reply was blunt:\n\nThis offer insults every ferry worker in the town.",
        [E("direct", "This offer insults every ferry worker in the town", "Tomas Vrba", cue="reply", fuzzy=True)],
    ),
    "colon-then-block-paragraph": (
        "Mayor Ruth Calder addressed the council on Tuesday. She said:\n\n"
        "We will open the new bridge before the summer, and we will do it without raising taxes.",
        [
            E(
                "direct",
                "We will open the new bridge before the summer, and we will do it without raising taxes",
                "Ruth Calder",
                cue="said",
                mention="She",
                fuzzy=True,
            )
        ],
    ),
    "floating-paragraph-continues-speaker": (
        '"The bridge will open in June," Mayor Ruth Calder said on Tuesday.\n\n'
        '"We have waited long enough for this crossing, and the people deserve it."',
        [
            E("direct", "The bridge will open in June,", "Ruth Calder", cue="said"),
            E(
                "direct",
                "We have waited long enough for this crossing, and the people deserve it.",
                "Ruth Calder",
            ),
        ],
    ),
    "multi-paragraph-quote-attributed-where-it-ends": (
        'Mayor Ruth Calder spoke at the pier. "The ferry runs late every winter.\n\n'
        '"And the crews are tired of waiting," she said with a sigh. '
        '"We will buy two new boats before the spring storms arrive."',
        [
            E(
                "direct",
                'The ferry runs late every winter.\n\n"And the crews are tired of waiting,',
                "Ruth Calder",
                cue="said",
                mention="she",
            ),
            E(
                "direct",
                "We will buy two new boats before the spring storms arrive.",
                "Ruth Calder",
            ),
        ],
    ),
    "name-after-quote-parsed-inside-it": (
        "\u201cIt is not the position that everything is hunky-dory,\u201d Gene Hart, a top "
        "outside Calder adviser, said at a recent event on the docks in Dover.",
        [
            E(
                "direct",
                "It is not the position that everything is hunky-dory,",
                "Gene Hart",
                cue="said",
                mention="Gene Hart",
            )
        ],
    ),
    "colon-line-naming-a-person-introduces-the-paragraph": (
        "The crowd grew louder as the night went on.\n\nLocal teacher Ruth Calder echoed:\n\n"
        "\u201cShe speaks her mind, and I think that is what this town needs.\u201d",
        [
            E(
                "direct",
                "She speaks her mind, and I think that is what this town needs.",
                "Ruth Calder",
                mention="Ruth Calder",
            )
        ],
    ),
    "title-case-words-a-sign-read-are-not-a-title": (
        'The mayor held up a placard which read "Sailors 4 Calder" and waved it at the crowd.',
        [E("direct", "Sailors 4 Calder", None, cue="read")],
    ),
    "chanted-right-before-the-quote": (
        "About 50 dockers had gathered on Wednesday morning, chanting "
        '"no contract, no sailing" after the union failed to reach a deal.',
        [E("direct", "no contract, no sailing", "Dockers", cue="chanting", mention="About 50 dockers")],
    ),
    "cue-without-subject-person-before-it": (
        "But Sen. Ruth J. Calder (D-Kent), noting the size of Baker's following, said, "
        '"Let me tell you, he has got a heck of a mailing list, and he will use it."',
        [
            E(
                "direct",
                "Let me tell you, he has got a heck of a mailing list, and he will use it.",
                "Ruth J. Calder",
                cue="said",
            )
        ],
    ),
    "any-tensed-verb-then-comma-introduces-a-quote": (
        "During their first debate, Ruth Calder cracked, ''I'm a sailor, but I'm a sailor "
        "who likes to get home on time''.",
        [
            E(
                "direct",
                "I'm a sailor, but I'm a sailor who likes to get home on time",
                "Ruth Calder",
                cue="cracked",
            )
        ],
    ),
    "according-to-indirect": (
        "The bridge will open in June, according to Mayor Ruth Calder.",
        [E("indirect", "The bridge will open in June", "Ruth Calder", cue="according to")],
    ),
    # a passive or phrasal verb before the source is an event it vouches for, and a
    # statement issued by a body is that body's
    "according-to-a-statement-issued-by-after-a-passive-phrasal-verb": (
        "The ferry service was called off, according to a statement issued by the Harbour Board of Penmarsh.",
        [E("indirect", "The ferry service was called off", "Harbour Board of Penmarsh", cue="according to")],
    ),
    "according-to-direct": (
        '"The bridge will open in June," according to Mayor Ruth Calder.',
        [E("direct", "The bridge will open in June,", "Ruth Calder", cue="according to")],
    ),
    "told-outlet-indirect": (
        "Maria Okafor told the Harbour Gazette that the port would reopen next week.",
        [
            E(
                "indirect",
                "the port would reopen next week",
                "Maria Okafor",
                cue="told",
                mention="Maria Okafor",
            )
        ],
    ),
    "told-outlet-direct": (
        'Maria Okafor has run the port since 2019. "The port will reopen next week," '
        "Okafor told the Harbour Gazette.",
        [
            E(
                "direct",
                "The port will reopen next week,",
                "Maria Okafor",
                cue="told",
                mention="Okafor",
            )
        ],
    ),
    "in-a-statement-clause-the-parser-hangs-on-the-noun-keeps-the-verb-as-cue": (
        "The company's chief executive, Raj Malhotra, said in a statement that profits would fall.",
        [E("indirect", "profits would fall", "Raj Malhotra", cue="said", mention="Raj Malhotra")],
    ),
    "in-a-statement-indirect": (
        "The Coastal Freight Company said in a statement that its ships would resume service on Monday.",
        [
            E(
                "indirect",
                "its ships would resume service on Monday",
                "Coastal Freight Company",
                cue="said",
            )
        ],
    ),
    "in-a-statement-direct": (
        "In a statement, the Coastal Freight Company said: "
        '"Our ships will resume service on Monday."',
        [
            E(
                "direct",
                "Our ships will resume service on Monday.",
                "Coastal Freight Company",
                cue="said",
            )
        ],
    ),
    "wrote-on-twitter-indirect": (
        "Ruth Calder wrote on Twitter that the vote had been rigged.",
        [E("indirect", "the vote had been rigged", "Ruth Calder", cue="wrote")],
    ),
    "wrote-on-twitter-direct": (
        '"The vote was rigged from the start," Ruth Calder wrote on Twitter.',
        [E("direct", "The vote was rigged from the start,", "Ruth Calder", cue="wrote")],
    ),
    "telegram-channel-indirect": (
        "Ivana Petrova said on her Telegram channel that the convoy had been turned back.",
        [E("indirect", "the convoy had been turned back", "Ivana Petrova", cue="said")],
    ),
    "telegram-channel-direct": (
        '"The convoy has been turned back at the border," Ivana Petrova wrote on her Telegram channel.',
        [
            E(
                "direct",
                "The convoy has been turned back at the border,",
                "Ivana Petrova",
                cue="wrote",
            )
        ],
    ),
    "statement-read": (
        '"We took notes on her life and her hopes," read the statement from Daniel Brooks.',
        [E("direct", "We took notes on her life and her hopes,", None, cue="read")],
    ),
    "it-reads": (
        "At the bottom it reads, \u201cYou can support the harbour fund by giving $35.\u201d",
        [E("direct", "You can support the harbour fund by giving $35.", None, cue="reads")],
    ),
    "curly-open-mark-typed-as-closer-after-comma": (
        "\u201cThat could create new problems for the port,\u201c said Daniel Brooks, the harbour master.",
        [E("direct", "That could create new problems for the port,", "Daniel Brooks", cue="said")],
    ),
    "next-sentence-mark-not-part-of-the-aside-clause": (
        "The answer, Maria Okafor told them, was simple. ''Just put your money in the harbour fund,'' she said.",
        [E("direct", "Just put your money in the harbour fund,", "Maria Okafor", cue="said")],
    ),
    "name-colon-quote-line": (
        "Maria Okafor spoke to dock workers on Friday.\n\nOkafor: 'We will never sell the harbour.'\n\nThe strike goes on.",
        [E("direct", "We will never sell the harbour.", "Maria Okafor", cue=":", mention="Okafor")],
    ),
    "second-quote-after-an-appositive-with-a-cue-word": (
        "\u201cWe should close the pier,\u201d said Daniel Brooks, the only councillor to endorse the plan. "
        "\u201cThere are too many people who feel it is unsafe.\u201d",
        [
            E("direct", "We should close the pier,", "Daniel Brooks", cue="said"),
            E("direct", "There are too many people who feel it is unsafe.", "Daniel Brooks"),
        ],
    ),
    "editorial-read": (
        "\u201cIf she wants to lead the port, she should come to the harbour,\u201d the editorial read.",
        [E("direct", "If she wants to lead the port, she should come to the harbour,", None, cue="read")],
    ),
    "as-clause-with-its-own-complement-is-no-aside": (
        '"Let me talk." "Quiet," Daniel Brooks demanded, as Maria Okafor continued to interject.',
        [E("direct", "Quiet,", "Daniel Brooks", cue="demanded")],
    ),
    "passive-object-control-speaks": (
        "The meeting was so calm that Daniel Brooks was prompted to say, \"I cannot believe how polite it has been.\"",
        [E("direct", "I cannot believe how polite it has been.", "Daniel Brooks", cue="to say")],
    ),
    "attributed-in-next-sentence": (
        '"We will not give up the harbour." Mayor Ruth Calder said this to dock workers on Friday.',
        [E("direct", "We will not give up the harbour.", "Ruth Calder", cue="said")],
    ),
    "colon-label-after-a-dash": (
        'The ferry numbers have been falling all year - Maria Okafor: "We carried fewer passengers than in any year since the war."',
        [E("direct", "We carried fewer passengers than in any year since the war.", "Maria Okafor")],
    ),
    "single-guillemets-split-quote": (
        "\u2039We are not beaten,\u203a Kovalchuk said, \u2039not by a long way.\u203a",
        [E("direct", "We are not beaten,", "Kovalchuk", cue="said"), E("direct", "not by a long way.", "Kovalchuk")],
    ),
    "one-word-quote-sentence-continues-the-speaker": (
        "\u201cWill the ferry run again?\u201d Kovalchuk asked. \u201cNever.\u201d",
        [E("direct", "Never.", "Kovalchuk")],
    ),
    "one-word-scare-quote-after-a-quote-is-no-continuation": (
        "\u201cWe will see,\u201d Kovalchuk said of the \u201creform\u201d proposals.",
        [E("direct", "We will see,", "Kovalchuk")],
    ),
    "three-word-quote-paragraph-continues-the-speaker": (
        "\u201cWe lost,\u201d said Kovalchuk.\n\n\u201cWe lost badly.\u201d\n\n\u201cAnd we deserved it.\u201d",
        [E("direct", "We lost badly.", "Kovalchuk"), E("direct", "And we deserved it.", "Kovalchuk")],
    ),
    "colon-label-after-a-closed-quote": (
        'Brooks: "The pier stays open." Okafor: "The pier will close in March."',
        [E("direct", "The pier will close in March.", "Okafor", mention="Okafor")],
    ),
    "subject-before-a-colon-outranks-the-previous-speaker": (
        '"Close the pier," said Daniel Brooks. Maria Okafor resisted: "The pier has served this town for a century."',
        [E("direct", "The pier has served this town for a century.", "Maria Okafor")],
    ),
    # A verb the direct pass took as a quote's cue keeps its own clause as a second item.
    "cue-of-a-quote-with-its-own-clause": (
        '"The harbour board has set out its plans twice now," said Maria Okafor, a pilot. '
        '"And its members keep hinting at a toll." Okafor added that the board badly wants '
        "to act before the vote.",
        [
            E("direct", "And its members keep hinting at a toll.", "Maria Okafor"),
            E(
                "indirect",
                "the board badly wants to act before the vote",
                "Maria Okafor",
                cue="added",
            ),
        ],
    ),
    # A quotation split twice, each piece with its own cue: no report spans the pieces.
    "quotation-split-twice-gives-one-item-per-piece": (
        '"We tried," said Tomas Vrba, "and we failed," he added, "but we will try again."',
        [
            E("direct", "We tried,", "Tomas Vrba", cue="said"),
            E("direct", "and we failed,", "Tomas Vrba", cue="added"),
            E("direct", "but we will try again.", "Tomas Vrba", cue="added"),
        ],
    ),
    "second-cue-after-a-split-quotation-keeps-its-piece": (
        '"We tried," said Ines Calloway, "and we failed," she added.',
        [
            E("direct", "We tried,", "Ines Calloway", cue="said"),
            E("direct", "and we failed,", "Ines Calloway", cue="added"),
        ],
    ),
    "quote-after-a-semicolon-leaves-the-writers-clause-out": (
        'The ferry left late again; "a disgrace," one commuter said.',
        [E("direct", "a disgrace,", "Commuter", cue="said")],  # (one unnamed commuter)
    ),
    "role-noun-read-as-a-verb-after-the-quote": (
        '"The ferry will stop in May," harbour chief Anja Rask said.',
        [E("direct", "The ferry will stop in May,", "Anja Rask", cue="said")],
    ),
    "lost-close-mark-before-an-inner-attribution": (
        '"We are not leaving the pier, said fisherman Tomas Vrba. Police watched from the quay.',
        [E("direct", "We are not leaving the pier,", "Tomas Vrba", cue="said")],
    ),
    "hansard-label-title-and-surname-in-capitals": (
        "Mr PARFITT: The bypass has been promised at three elections and built at none.\n\n"
        "Ms OYELARAN: The contract will be signed in the spring.",
        [
            E("direct", "The bypass has been promised at three elections and built at none.", "Parfitt",
              cue=":", mention="Mr PARFITT"),
            E("direct", "The contract will be signed in the spring.", "Oyelaran", cue=":", mention="Ms OYELARAN"),
        ],
    ),
    "hansard-label-office-with-holder-in-brackets": (
        "The Minister for Transport (Mr Achterberg): The bypass will open on time, and on budget.",
        [E("direct", "The bypass will open on time, and on budget.", "Achterberg", mention="Mr Achterberg")],
    ),
    "hansard-label-office-in-capitals": (
        "THE DEPUTY SPEAKER: Order. The member for Ashgrove will resume her seat.",
        [E("direct", "Order. The member for Ashgrove will resume her seat.", "Deputy Speaker",
           mention="THE DEPUTY SPEAKER")],
    ),
    "transcript-label-that-is-a-full-name-in-capitals": (
        "Below is an edited transcript of the call.\n\n"
        "HOST: Why close the pier now?\n\n"
        "INES CALLOWAY: Because the repairs would cost more than a new one.",
        [
            E(
                "direct",
                "Because the repairs would cost more than a new one.",
                "Ines Calloway",
                mention="INES CALLOWAY",
            )
        ],
    ),
    "according-to-after-the-marks-sources-the-quote": (
        '"The ledgers do not add up," according to the auditor, Ines Calloway.',
        [E("direct", "The ledgers do not add up,", "Ines Calloway", cue="according to")],
    ),
    "question-verb-beside-a-quote-keeps-its-question": (
        'Usually the mayor just cuts me off with his trademark "no, no, no" when I ask a question '
        "he does not like.",
        [E("indirect", "a question he does not like", None, cue="ask", mention="I")],
    ),
    # A nickname in marks inside the name after a quotation is no quotation of its own:
    # read as one, it cut the name off the cue and the item was lost.
    "nickname-in-straight-marks-inside-the-name-after-the-quote": (
        '\u201cThe ferry will run every hour,\u201d Wilhelmina "Mina" Dorsett said.',
        [E("direct", "The ferry will run every hour,", 'Wilhelmina "Mina" Dorsett', cue="said")],
    ),
    # "Lt. Col.": the tokenizer splits the full stop off titles it does not know, and the
    # stop ended the search for the cue after the quote.
    "split-off-stops-of-abbreviated-titles-before-the-name": (
        "\u201cThe exercise went to plan,\u201d Lt. Col. Wenna Haddow said.",
        [E("direct", "The exercise went to plan,", "Wenna Haddow", cue="said")],
    ),
    "split-off-stop-of-a-rank-before-the-name": (
        "\u201cThe convoy left at dawn,\u201d Maj. Tobias Quell said.",
        [E("direct", "The convoy left at dawn,", "Tobias Quell", cue="said")],
    ),
    # The speaker hung on the quotation by the parser stands right before the cue; the
    # noun after it says where it was said ("outside court"), not who said it.
    "speaker-before-the-cue-with-a-place-after-it": (
        '"We will appeal," the club\'s lawyer, Ines Moreau, said outside court.',
        [E("direct", "We will appeal,", "Ines Moreau", cue="said", mention="Ines Moreau")],
    ),
    # a no-break space inside the name after a role noun: the model tags the name
    # short before it, the mention still takes the whole name
    "no-break-space-inside-the-name-after-a-role": (
        "\u201cWe are not afraid,\u201d said the protest organiser, Lucia\u00a0Ferro.",
        [E("direct", "We are not afraid,", "Lucia Ferro", cue="said", mention="Lucia\u00a0Ferro")],
    ),
    # a cue the parser hangs on the quoted verb as its conjunct: the name set off right
    # before it speaks (the quoted verb's subject is inside the marks)
    "cue-hung-on-the-quoted-verb-after-a-set-off-name": (
        "'Y'all can't stop us now,' the band's drummer, Cody Reese, told fans.",
        [E("direct", "Y'all can't stop us now,", "Cody Reese", cue="told")],
    ),
    "nickname-in-curly-marks-inside-the-name-after-the-quote": (
        "\u201cThe library will reopen in May,\u201d Roberta \u201cBobbie\u201d Kessel said.",
        [E("direct", "The library will reopen in May,", "Roberta \u201cBobbie\u201d Kessel", cue="said")],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(DIRECT.values()), ids=list(DIRECT))
def test_direct(nlp, text: str, expected: list[E]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)


def test_multi_sentence_quote_is_one_item(nlp) -> None:
    text = (
        '"We will not give up the harbour. We have paid for it. It belongs to us," '
        "Mayor Ruth Calder said."
    )
    quotes = run(nlp, text)
    check(
        quotes,
        E(
            "direct",
            "We will not give up the harbour. We have paid for it. It belongs to us,",
            "Ruth Calder",
            cue="said",
            mention="Mayor Ruth Calder",
        ),
    )
    assert len(quotes) == 1, show(quotes)


def test_line_label_is_no_cue_and_the_quote_keeps_its_speaker(nlp) -> None:
    # "Claim:" heads a fact check's line; the quotation on it has its own cue and speaker.
    text = (
        "Fact check: Are more young people smoking?\n\n"
        'Claim: "Smoking among teenagers has doubled in five years," health spokesman Tomas Vrba '
        "said in a debate on Tuesday.\n\nVerdict: Mostly false."
    )
    quotes = run(nlp, text)
    assert not any(q.cue is not None and q.cue.text == "Claim" for q in quotes), show(quotes)
    check(quotes, E("direct", "Smoking among teenagers has doubled in five years,", "Tomas Vrba", cue="said"))


def test_split_quote_items_are_distinct(nlp) -> None:
    text = 'Maria Okafor met the crews at dawn. "We are ready," she said, "and we will not wait."'
    quotes = run(nlp, text)
    assert len([q for q in quotes if q.type == "direct"]) == 2, show(quotes)


@pytest.mark.parametrize(
    "aside",
    [", an economist", ", an economist who directs the Harbor Institute"],
    ids=["appositive", "appositive-with-relative"],
)
def test_split_quote_with_a_described_speaker_keeps_the_name_out(nlp, aside: str) -> None:
    """The parser takes the inverted speaker for the subject of the second half."""
    text = f'"The danger," said Tomas Vrba{aside}, "is that we will lose the port."'
    quotes = run(nlp, text)
    check(quotes, E("direct", "is that we will lose the port.", "Tomas Vrba", cue="said"))
    assert not any("Vrba" in q.content.text for q in quotes), show(quotes)


def test_fronted_content_keeps_the_same_actors_next_speech_act(nlp) -> None:
    """The cue closing the sentence reports all of it, the subject's "and said" too."""
    text = (
        "Ines Calloway voiced concern about the levy and said it could hurt the plan to reopen "
        "the port, people familiar with the meeting said."
    )
    quotes = run(nlp, text)
    check(
        quotes,
        E(
            "indirect",
            "Ines Calloway voiced concern about the levy and said it could hurt the plan to reopen the port",
            "People",
            cue="said",
            mention="people",
            fuzzy=False,
        ),
    )
    assert len(quotes) == 1, show(quotes)


def test_fronted_content_still_splits_at_a_new_speaker(nlp) -> None:
    text = "Tomas Vrba called the levy unfair, and Ines Calloway said it would pass anyway, aides said."
    quotes = run(nlp, text)
    check(quotes, E("indirect", "it would pass anyway", "Ines Calloway", cue="said", fuzzy=False))


# -- reported speech ----------------------------------------------------------------------------

REPORTED = {
    # a modal after the cue's object marks a finite clause the parser broke up ("last"
    # read as an adjective on "weeks"): the whole clause is what was said
    "modal-clause-read-as-object-and-noun": (
        "The dockers' union warned the stoppage could last weeks.",
        E("indirect", "the stoppage could last weeks", None, cue="warned", mention="The dockers' union", fuzzy=False),
    ),
    "modal-clause-read-as-noun-phrase": (
        "Engineers said the closure may last days.",
        E("indirect", "the closure may last days", "Engineers", cue="said", fuzzy=False),
    ),
    # a bare date ending a fronted content, hung by the parser on the cue after the
    # comma, is the content's (the cue's own date stays out)
    "date-ending-fronted-content-read-as-the-cues": (
        "WASHINGTON (AP) \u2014 The Senate will vote on the ferry bill Friday, Majority Leader Ines Calloway "
        "said Thursday.",
        E("indirect", "The Senate will vote on the ferry bill Friday", "Ines Calloway", cue="said", fuzzy=False),
    ),
    # a closing source the parser made the first cue's clause reports the whole sentence
    "closing-source-read-as-the-reported-clause": (
        "The general said the port had fallen, Tass reported.",
        E("indirect", "The general said the port had fallen", "Tass", cue="reported", fuzzy=False),
    ),
    # a description set off with "a" after the subject names nobody: the party or the
    # parent company in it is no speaker
    "description-with-a-party-after-the-subject": (
        "The harbour master, a Democrat, said the pier would close.",
        E("indirect", "the pier would close", "Harbour master", cue="said", mention="The harbour master", fuzzy=False),
    ),
    "description-with-a-parent-company-after-the-subject": (
        "The ferry line, a unit of Siemens, said fares would rise.",
        E("indirect", "fares would rise", None, cue="said", mention="The ferry line", fuzzy=False),
    ),
    # a participle of citing or blaming after the comma is the speaker's next act: the
    # reported clause ends before it
    "clause-ends-before-citing": (
        "The ferry company said crossings had fallen by a third, citing the storms.",
        E("indirect", "crossings had fallen by a third", None, cue="said", mention="The ferry company", fuzzy=False),
    ),
    "clause-ends-before-blaming": (
        "Tomas Vrba said the pier had been closed since May, blaming the council.",
        E("indirect", "the pier had been closed since May", "Tomas Vrba", cue="said", fuzzy=False),
    ),
    # advising or begging someone to act reports the one told and the act, as "urge" does
    "advised-someone-to-act": (
        "Tomas Vrba advised bathers to leave the water.",
        E("indirect", "bathers to leave the water", "Tomas Vrba", cue="advised", fuzzy=False),
    ),
    "begged-someone-to-act": (
        "Her brother begged her to keep the ferry running.",
        E("indirect", "her to keep the ferry running", "Brother", cue="begged", mention="Her brother", fuzzy=False),
    ),
    # a passive "is said to" with an infinitive: a report with no named source, subject
    # and infinitive both in the content
    "passive-said-to-with-infinitive": (
        "The ferry company is said to be weighing a sale of its oldest ship.",
        E("indirect", "The ferry company is said to be weighing a sale of its oldest ship", None, cue="is said", fuzzy=False),
    ),
    # ... but "is supposed to" is what ought to be, no report
    "supposed-to-is-no-report": (
        "The ferry is supposed to leave at noon, said Tomas Vrba.",
        E("indirect", "The ferry is supposed to leave at noon", "Tomas Vrba", cue="said", fuzzy=False),
    ),
    # someone said to be plain about it, and a colon: the clause after it was said
    "plain-speaker-then-colon": (
        "The ferry company's spokeswoman was blunt: the ferry would not sail before Friday.",
        E("indirect", "the ferry would not sail before Friday", "Spokeswoman", cue="was blunt", mention="The ferry company's spokeswoman", fuzzy=False),
    ),
    "plain-about-something-then-colon": (
        "Ines Calloway was clear about one thing: her party would not join the coalition.",
        E("indirect", "her party would not join the coalition", "Ines Calloway", cue="was clear", fuzzy=False),
    ),
    # an "as" aside of setting out (`as outlined by X`) in the subject of "is that ...":
    # what X set out is the that-clause the subject is equated with
    "as-outlined-by-aside-in-the-subject-of-is-that": (
        "The council's argument, as outlined by Ms. Okafor, is that the pier was sold below its value.",
        E("indirect", "the pier was sold below its value", "Okafor", cue="outlined"),
    ),
    # ... and of "is to <verb>": what X set out is the infinitive
    "as-outlined-by-aside-in-the-subject-of-is-to": (
        "The harbour plan, as outlined by Tomas Vrba, is to sell the old pier to a hotel group.",
        E("indirect", "to sell the old pier to a hotel group", "Tomas Vrba", cue="outlined", fuzzy=False),
    ),
    # a passive "as described by X" aside the parser hangs on the comma before it
    "as-described-by-aside-hung-on-the-comma": (
        "The scheme, as described by the mayor, is too costly.",
        # (no one named: the unnamed Mayor speaks, `descriptions._unnamed_role`)
        E("indirect", "The scheme, as described by the mayor, is too costly", "Mayor", cue="described", mention="the mayor"),
    ),
    "as-put-aside-in-the-subject-of-is-that": (
        "The union's position, as Tomas Vrba put it, is that no ferry will sail without a second engineer.",
        E("indirect", "no ferry will sail without a second engineer", "Tomas Vrba", cue="put"),
    ),
    # The noun phrase between "and" and a coordinated verb with no subject is that
    # verb's subject, though the parser joins it to the object before the "and".
    "subject-after-and-read-as-a-conjunct-of-the-object": (
        "Sandra Vale was cleared of all charges after the jury failed to reach a verdict and prosecutors "
        "decided not to seek a retrial.",
        E("indirect", "not to seek a retrial", "Prosecutors", cue="decided", mention="prosecutors"),
    ),
    # A line of a hard-wrapped paragraph that the line before runs on into is no subhead,
    # however short and unpunctuated ("... animals on" / "Earth, according to ...").
    "hard-wrapped-line-carried-on-from-the-line-before-is-no-subhead": (
        "Glass sponges living on the floor of the North Atlantic may be more\n"
        "than 5,000 years old, making them among the longest-lived animals on\n"
        "Earth, according to research published on Monday in the journal\n"
        "Marine Biology Letters.",
        E(
            "indirect",
            "Glass sponges living on the floor of the North Atlantic may be more\n"
            "than 5,000 years old, making them among the longest-lived animals on\nEarth",
            None,
            cue="according to",
        ),
    ),
    # A participle hung on the reported verb with nothing setting it off says how the
    # reported act was done: it stays in the content ("said X, noting Y" does not).
    "unset-participle-in-the-content-stays-in-it": (
        "Councillor Graham Pettifer said he had written to the bank's chief executive asking for "
        "the closure to be delayed until the hub was open.",
        E(
            "indirect",
            "he had written to the bank's chief executive asking for the closure to be delayed until the hub was open",
            "Graham Pettifer",
            cue="said",
            fuzzy=False,
        ),
    ),
    "participle-after-a-comma-is-a-second-report": (
        "Councillor Graham Pettifer said the hub would open in May, adding that the bank had agreed to pay for it.",
        E("indirect", "the hub would open in May", "Graham Pettifer", cue="said", fuzzy=False),
    ),
    # The occasion hung on the object noun ("in a tweet", "during a radio interview") is
    # where the words were given, not part of them.
    "occasion-on-the-object-noun-is-not-content": (
        "Ines Calloway claimed a narrow victory in a tweet on Sunday.",
        E("indirect", "a narrow victory", "Ines Calloway", cue="claimed", fuzzy=False),
    ),
    "town-hall-is-an-occasion": (
        "Ruiz repeated her position at a town hall in Dover on Monday.",
        E("indirect", "her position", "Ruiz", cue="repeated", fuzzy=False),
    ),
    "forum-is-an-occasion": (
        "Ruiz defended the new ferry timetable at a forum in Dover.",
        E("indirect", "the new ferry timetable", "Ruiz", cue="defended", fuzzy=False),
    ),
    # ... but an "at" phrase that is no occasion of speaking is part of the object.
    "at-phrase-naming-no-occasion-stays": (
        "Ruiz defended the new ferry timetable at the harbour office.",
        E("indirect", "the new ferry timetable at the harbour office", "Ruiz", cue="defended", fuzzy=False),
    ),
    # The question's fronted wh-phrase, which the parser takes for the object of "asked",
    # opens what was asked.
    # A hearsay adverb opening the content is its cue, not part of it.
    "hearsay-adverb-opening-the-content-is-left-out": (
        "Reportedly, Tomas Vrba made angry comments to the harbor staff.",
        E("indirect", "Tomas Vrba made angry comments to the harbor staff", None, cue="Reportedly", fuzzy=False),
    ),
    "fronted-wh-phrase-opens-the-question": (
        'Asked what qualities she would like the next mayor to have, Ines Calloway said, "Honesty."',
        E("indirect", "what qualities she would like the next mayor to have", "Ines Calloway", cue="Asked", fuzzy=False),
    ),
    "occasion-after-a-quoted-name-given-is-not-content": (
        'Ines Calloway called the vote "rigged" in a tweet on Tuesday.',
        E("mixed", 'the vote "rigged"', "Ines Calloway", cue="called", fuzzy=False),
    ),
    "occasion-on-the-name-given-to-the-object-is-not-content": (
        "Ines Calloway called the vote rigged in an interview on Tuesday.",
        E("indirect", "the vote rigged", "Ines Calloway", cue="called", fuzzy=False),
    ),
    "occasion-on-an-announced-object-is-not-content": (
        "Ostmark Dairy announced the recall in a statement on Sunday.",
        E("indirect", "the recall", "Ostmark Dairy", cue="announced", fuzzy=False),
    ),
    "occasion-on-an-asked-for-object-is-not-content": (
        "Asked for his position during a radio interview in May, Tomas Vrba declined to answer.",
        E("indirect", "his position", None, cue="Asked", fuzzy=False),
    ),
    # "Orvik needs ..." read as a relative clause on "pier": the fronted report becomes a
    # second subject of the closing cue, and is still what was said.
    "fronted-report-read-as-a-second-subject-of-the-cue": (
        "The pier that shelters Orvik needs urgent repairs before the winter, Ines Calloway said.",
        E(
            "indirect",
            "The pier that shelters Orvik needs urgent repairs before the winter",
            "Ines Calloway",
            cue="said",
            fuzzy=False,
        ),
    ),
    # "stalled" read as a participle on the noun before it ("the lane [that was]
    # stalled"): the fronted report is a bare noun phrase hung on the closing cue as a
    # second subject, an unlabelled dependent, or (after a dateline) an adverbial clause.
    "fronted-report-with-its-past-tense-read-as-a-participle": (
        "Talks on reopening the ferry route stalled on Monday, two officials familiar with the talks said.",
        E("indirect", "Talks on reopening the ferry route stalled on Monday", "Officials", cue="said", fuzzy=False),
    ),
    "fronted-report-with-its-past-tense-read-as-a-participle-subject": (
        "The talks stalled on Monday, officials familiar with the negotiations said.",
        E("indirect", "The talks stalled on Monday", "Officials", cue="said", fuzzy=False),
    ),
    "fronted-report-with-its-past-tense-read-as-a-participle-after-a-dateline": (
        "ORVIK (Reuters) - Talks on reopening a Baltic ferry route for freight stalled on Monday after"
        " insurers refused to cover the ships, two officials familiar with the negotiations said.",
        E(
            "indirect",
            "Talks on reopening a Baltic ferry route for freight stalled on Monday after insurers refused to cover the ships",
            "Officials",
            cue="said",
            fuzzy=False,
        ),
    ),
    # A reason or condition clause is part of the claim, a report inside it included.
    "reason-clause-with-its-own-report-stays-in-the-content": (
        "Ines Calloway said the ferry would stop only because the mayor announced that the pier was unsafe.",
        E(
            "indirect",
            "the ferry would stop only because the mayor announced that the pier was unsafe",
            "Ines Calloway",
            cue="said",
            fuzzy=False,
        ),
    ),
    "until-clause-with-its-own-report-stays-in-the-content": (
        "Tomas Vrba says he was undecided until Ines Calloway said she would back the plan.",
        E("indirect", "he was undecided until Ines Calloway said she would back the plan", "Tomas Vrba", cue="says", fuzzy=False),
    ),
    "noun-content-runs-on-over-the-noun-list-hung-on-the-verb": (
        "The skippers voiced concerns over Vrba's views on tolls, his support for night sailings and an apparent "
        "lack of a team of able advisers.",
        E(
            "indirect",
            "concerns over Vrba's views on tolls, his support for night sailings and an apparent lack of a team of "
            "able advisers",
            "Skippers",
            cue="voiced",
            fuzzy=False,
        ),
    ),
    "demonstrative-that-before-its-noun-stays-in-the-content": (
        "Ines Calloway firmly rejected that idea.",
        E("indirect", "that idea", "Ines Calloway", cue="rejected", fuzzy=False),
    ),
    "noun-content-runs-on-over-a-list-whose-joiner-closes-a-chain-of-conjuncts": (
        "In the debate, Tomas Vrba avoided discussing the budget, women's health, the climate or a new mayor for the town.",
        E(
            "indirect",
            "the budget, women's health, the climate or a new mayor for the town",
            "Tomas Vrba",
            cue="discussing",
            fuzzy=False,
        ),
    ),
    "gerund-content-runs-on-over-the-gerund-list-it-opens": (
        "Tomas Vrba supports squeezing out old ferries by tightening inspections, temporarily freezing fares and "
        "changing the port charter to end night sailings.",
        E(
            "indirect",
            "squeezing out old ferries by tightening inspections, temporarily freezing fares and changing the port "
            "charter to end night sailings",
            "Tomas Vrba",
            cue="supports",
            fuzzy=False,
        ),
    ),
    "gerund-content-stops-before-a-participle-of-saying": (
        "Ines Calloway denied taking bribes, saying the charge was a smear and calling for an inquiry.",
        E("indirect", "taking bribes", "Ines Calloway", cue="denied", fuzzy=False),
    ),
    "infinitive-list-after-a-reporting-noun-runs-on-over-its-bare-infinitives": (
        "In this harbour town, Ines Calloway delivered a forceful promise to strengthen ferry unions, close "
        "loopholes that give shipowners tax breaks, raise port wages and make fares affordable.",
        E(
            "indirect",
            "to strengthen ferry unions, close loopholes that give shipowners tax breaks, raise port wages and make "
            "fares affordable",
            "Ines Calloway",
            cue="promise",
            fuzzy=False,
        ),
    ),
    "infinitive-after-a-reporting-noun-stops-before-a-new-clause": (
        "Tomas Vrba made a promise to rebuild the pier, and voters cheered.",
        E("indirect", "to rebuild the pier", "Tomas Vrba", cue="promise", fuzzy=False),
    ),
    "object-ending-on-a-bare-plural-possessive-runs-on-to-the-owned-noun": (
        "On transport, Ines Calloway mocked Jennings\u2019 embarrassing, race-baiting tactics from eight years ago.",
        E("indirect", "Jennings\u2019 embarrassing, race-baiting tactics", "Ines Calloway", cue="mocked", fuzzy=False),
    ),
    "object-ending-on-a-tagged-plural-possessive-runs-on-to-the-owned-noun": (
        "On transport, Ines Calloway questioned the Callowsons\u2019 embarrassing, fear-mongering tactics from eight years ago.",
        E(
            "indirect",
            "the Callowsons\u2019 embarrassing, fear-mongering tactics",
            "Ines Calloway",
            cue="questioned",
            fuzzy=False,
        ),
    ),
    "time-clause-of-the-speakers-own-announcement-stays-in-the-content": (
        "Tomas Vrba said he was angry when he announced the ferry closures.",
        E("indirect", "he was angry when he announced the ferry closures", "Tomas Vrba", cue="said", fuzzy=False),
    ),
    "time-clause-with-a-claim-of-its-own-stays-in-the-admission": (
        "Ines Calloway admitted she had erred when she claimed that the harbour was safe.",
        E(
            "indirect",
            "she had erred when she claimed that the harbour was safe",
            "Ines Calloway",
            cue="admitted",
            fuzzy=False,
        ),
    ),
    "time-clause-with-a-new-named-speaker-is-not-the-content": (
        "Ines Calloway said the ferry was late when a passenger complained about the delay.",
        E("indirect", "the ferry was late", "Ines Calloway", cue="said", fuzzy=False),
    ),
    "denial-that-reports-like-a-claim": (
        "Tomas Vrba issued a denial that the ferry was overloaded.",
        E("indirect", "the ferry was overloaded", "Tomas Vrba", cue="denial", fuzzy=False),
    ),
    "agent-of-a-participle-on-the-reporting-noun-is-its-author": (
        "A claim made by Ines Calloway that the pier was unsafe has been rejected.",
        E("indirect", "the pier was unsafe", "Ines Calloway", cue="claim", fuzzy=False),
    ),
    "editors-bracket-opening-the-clause-is-kept": (
        "Tomas Vrba said [the ferry] would not sail.",
        E("indirect", "[the ferry] would not sail", "Tomas Vrba", cue="said", fuzzy=False),
    ),
    "that-clause-on-the-medium-participle-keeps-the-speech-cue": (
        "Ines Calloway said in a video posted to X that the vote was stolen.",
        E("indirect", "the vote was stolen", "Ines Calloway", cue="said", fuzzy=False),
    ),
    "statement-saying-clause-stops-before-the-nouns-own-predicate": (
        "A statement from the ministry saying the border would reopen was issued on Friday.",
        E("indirect", "the border would reopen", None, cue="saying", fuzzy=False),
    ),
    "participle-aside-stops-before-the-main-predicate": (
        "Tomas Vrba, arguing that the pier was doomed, resigned.",
        E("indirect", "the pier was doomed", "Tomas Vrba", cue="arguing", fuzzy=False),
    ),
    "object-spelled-out-after-a-colon-is-said": (
        "Ines Calloway said three things: the pier would close, jobs would go, and nobody cared.",
        E("indirect", "three things: the pier would close, jobs would go, and nobody cared", "Ines Calloway", fuzzy=False),
    ),
    "fronted-clause-then-quoted-as-saying": (
        "The ferry would stop running, Tomas Vrba was quoted as saying.",
        E("indirect", "The ferry would stop running", "Tomas Vrba", cue="was quoted as saying"),
    ),
    "agent-title-read-as-a-verb-keeps-the-name": (
        "A warning that the dam could fail was issued by engineer Tomas Berka.",
        E("indirect", "the dam could fail", "Tomas Berka", cue="warning"),
    ),
    "is-convinced-with-the-subject-on-the-auxiliary": (
        "Ines Calloway is convinced the port will survive.",
        E("indirect", "the port will survive", "Ines Calloway", cue="is convinced"),
    ),
    "is-convinced-that-as-an-adjective": (
        "Ines Calloway is convinced that the port will survive.",
        E("indirect", "the port will survive", "Ines Calloway"),
    ),
    "was-convinced-passive-subject-holds-the-view": (
        "Ines Calloway was convinced the port would survive.",
        E("indirect", "the port would survive", "Ines Calloway"),
    ),
    "first-name-kept-when-the-surname-is-tagged-a-body": (
        "Fergus MacGillivray said the distillery would double its output.",
        E("indirect", "the distillery would double its output", "Fergus MacGillivray"),
    ),
    "first-name-kept-when-the-surname-is-tagged-a-place": (
        "\u201cDemand has fallen off a cliff,\u201d Chief Executive Marguerite Oyelowo told analysts.",
        E("direct", "Demand has fallen off a cliff,", "Marguerite Oyelowo"),
    ),
    "expected-to-say-reports-through-the-speech-verb": (
        "Oskar Lindgren is expected to say that the alliance must spend more.",
        E("indirect", "the alliance must spend more", "Oskar Lindgren", cue="to say", mention="Oskar Lindgren"),
    ),
    "set-to-announce-has-the-passive-subject-as-speaker": (
        "Oskar Lindgren is set to announce that the border will reopen.",
        E("indirect", "the border will reopen", "Oskar Lindgren", mention="Oskar Lindgren"),
    ),
    "honorific-without-period-names-a-person": (
        "Ms Fairbairn said the scheme would be scrapped.",
        E("indirect", "the scheme would be scrapped", "Fairbairn"),
    ),
    "first-name-kept-before-a-double-barrelled-surname-tagged-a-body": (
        "CFO Dmitri Vasquez-Lindahl said margins would recover in the spring.",
        E("indirect", "margins would recover in the spring", "Dmitri Vasquez-Lindahl"),
    ),
    "first-name-kept-before-a-surname-particle": (
        "Ilse van der Berg insisted her players had nothing left to prove.",
        E("indirect", "her players had nothing left to prove", "Ilse van der Berg"),
    ),
    "claim-made-by-an-agent": (
        "The claim that the vote was rigged was made by Tom Reilly.",
        E("indirect", "the vote was rigged", "Tom Reilly", cue="claim", mention="Tom Reilly"),
    ),
    "announcement-by-its-author-before-the-clause": (
        "The announcement by Fatima Zahra that she would step down surprised the party.",
        E("indirect", "she would step down", "Fatima Zahra", cue="announcement", mention="Fatima Zahra"),
    ),
    "proposal-by-its-author-before-the-infinitive": (
        "The proposal by Ada Voss to close the pier was rejected.",
        E("indirect", "to close the pier", "Ada Voss", cue="proposal", mention="Ada Voss"),
    ),
    "date-after-the-cue-is-when-it-was-said": (
        "Ada Ruiz said on Monday prices would rise.",
        E("indirect", "prices would rise", "Ada Ruiz", cue="said", fuzzy=False),
    ),
    "bare-date-after-the-cue-is-no-part-of-the-subject": (
        "Ada Ruiz said Monday talks had collapsed.",
        E("indirect", "talks had collapsed", "Ada Ruiz", cue="said", fuzzy=False),
    ),
    "subject-taken-into-the-date-phrase-comes-back": (
        "Halvard Moe told reporters on Friday officials had lied.",
        E("indirect", "officials had lied", "Halvard Moe", cue="told", fuzzy=False),
    ),
    "date-with-a-determiner-stays-in-the-subject": (
        "Ada Ruiz said the Monday talks had collapsed.",
        E("indirect", "the Monday talks had collapsed", "Ada Ruiz", cue="said", fuzzy=False),
    ),
    "admitted-to-a-gerund-is-what-was-owned-up-to": (
        "Tomas Vrba admitted to feeling nervous before the final.",
        E("indirect", "feeling nervous before the final", "Tomas Vrba", cue="admitted"),
    ),
    "confessed-to-a-noun-is-what-was-owned-up-to": (
        "Ines Calloway has confessed to the thefts from the harbour office.",
        E("indirect", "the thefts from the harbour office", "Ines Calloway"),
    ),
    "per-a-name-after-the-clause": (
        "The port will close in May, per Ada Ruiz.",
        E("indirect", "The port will close in May", "Ada Ruiz", cue="per", mention="Ada Ruiz", fuzzy=False),
    ),
    "per-a-name-before-the-clause": (
        "Per Ada Ruiz, the port will close in May.",
        E("indirect", "the port will close in May", "Ada Ruiz", cue="Per", mention="Ada Ruiz", fuzzy=False),
    ),
    "per-as-a-first-name-set-off-after-a-role": (
        "Bjorn Eriksen crashed in training. His coach, Per Amundsen, said Eriksen would race on Sunday.",
        E("indirect", "Eriksen would race on Sunday", "Per Amundsen", cue="said", fuzzy=False),
    ),
    "per-as-a-first-name-opening-the-sentence": (
        "Per Amundsen said Eriksen would race on Sunday.",
        E("indirect", "Eriksen would race on Sunday", "Per Amundsen", cue="said", fuzzy=False),
    ),
    "warnings-from-their-author": (
        "There were warnings from Ivo Brandt that the club could fold.",
        E("indirect", "the club could fold", "Ivo Brandt", cue="warnings", mention="Ivo Brandt"),
    ),
    "heard-saying-has-the-one-heard-as-speaker": (
        "Ada Ruiz was heard saying the port would close.",
        E("indirect", "the port would close", "Ada Ruiz", cue="saying", mention="Ada Ruiz"),
    ),
    "seen-telling-has-the-one-seen-as-speaker": (
        "Ada Ruiz was seen telling staff the port would close.",
        E("indirect", "the port would close", "Ada Ruiz", cue="telling", mention="Ada Ruiz"),
    ),
    "heard-to-say-has-the-one-heard-as-speaker": (
        "Emeric Stalder was heard to say that the race was fixed.",
        E("indirect", "the race was fixed", "Emeric Stalder", cue="to say", mention="Emeric Stalder"),
    ),
    "told-by-agent-that-read-as-a-relative-pronoun": (
        "She was told by the surgeon that the operation had gone well.",
        E("indirect", "the operation had gone well", "Surgeon", cue="was told", mention="the surgeon", fuzzy=False),
    ),
    "passive-called-quote-by-agent-names-the-speaker": (
        'The plan was called "reckless" by Greta Sollander.',
        E("mixed", 'The plan was called "reckless"', "Greta Sollander", cue="was called", mention="Greta Sollander", fuzzy=False),
    ),
    "passive-described-by-agent-before-the-fragment": (
        'The plan was described by Greta Sollander as "reckless".',
        E("mixed", 'as "reckless"', "Greta Sollander", cue="was described", mention="Greta Sollander", fuzzy=False),
    ),
    "in-a-view-set-off-inside-the-clause": (
        "The port, in Ada Ruiz's view, must stay public.",
        E("indirect", "The port, in Ada Ruiz's view, must stay public", "Ada Ruiz", cue="in Ada Ruiz's view", fuzzy=False),
    ),
    "in-a-view-after-the-clause": (
        "The port must stay public, in Ada Ruiz's view.",
        E("indirect", "The port must stay public", "Ada Ruiz", cue="in Ada Ruiz's view", fuzzy=False),
    ),
    "trailing-cue-in-s-read-as-a-plural-noun": (
        "The port will close, Ada Ruiz predicts.",
        E("indirect", "The port will close", "Ada Ruiz", cue="predicts", mention="Ada Ruiz", fuzzy=False),
    ),
    "pseudo-cleft-what-someone-said-was-that": (
        "What Ada Ruiz told the board was that the port would close.",
        E("indirect", "the port would close", "Ada Ruiz", cue="told", mention="Ada Ruiz", fuzzy=False),
    ),
    "or-so-hedge-before-the-cue-is-not-said": (
        "The union will appeal, or so Ada Ruiz says.",
        E("indirect", "The union will appeal", "Ada Ruiz", cue="says", fuzzy=False),
    ),
    "as-someone-calls-him-names-and-is-no-aside": (
        "Tom Vrba, as everyone calls him, said the boat was old.",
        E("indirect", "the boat was old", "Tom Vrba", cue="said", mention="Tom Vrba", fuzzy=False),
    ),
    "spaced-dash-before-the-subject-ends-the-mention": (
        "Ms. Vale is seen as far more capable than Mr. Whitlock - 60 percent of voters said Ms. Vale would be better.",
        E("indirect", "Ms. Vale would be better", None, cue="said", mention="60 percent of voters", fuzzy=False),
    ),
    "or-so-as-an-amount-stays-in-the-clause": (
        "Ada Ruiz said the union would appeal in a week or so.",
        E("indirect", "the union would appeal in a week or so", "Ada Ruiz", cue="said", fuzzy=False),
    ),
    "claim-rejected-by-someone-is-not-theirs": (
        "The claim that the vote was rigged was rejected by Tom Reilly.",
        E("indirect", "the vote was rigged", None, cue="claim"),
    ),
    "that-clause-after-the-cue-s-prepositional-phrase": (
        "Amina Yusuf wrote in a letter to patients that the clinic was closing.",
        E("indirect", "the clinic was closing", "Amina Yusuf", cue="wrote"),
    ),
    # "call" is a reporting noun only by its other frames ("a call for"): in the cue's
    # "on" phrase it is the medium, and the that-clause hung on it is the cue's.
    "that-clause-on-the-medium-noun-of-the-cue": (
        "Ines Calloway told investors on a call that margins would improve in the spring.",
        E("indirect", "margins would improve in the spring", "Ines Calloway", cue="told"),
    ),
    "that-clause-on-the-medium-noun-read-as-the-object-of-a-small-clause": (
        "Tomas Vrba told investors on a call that he wants the pier closed.",
        E("indirect", "he wants the pier closed", "Tomas Vrba", cue="told"),
    ),
    "that-clause-after-a-progressive-cue-read-as-the-object-of-an-infinitive": (
        "Tomas Vrba has been saying for months that he wants to play abroad.",
        E("indirect", "he wants to play abroad", "Tomas Vrba", cue="has been saying"),
    ),
    # a day closing the verb's phrase is no antecedent of "which": the statement is
    "which-after-a-day-describes-the-object-before-it": (
        "Ines Calloway issued a statement on Monday, which said the pier would close.",
        E("indirect", "the pier would close", "Ines Calloway", cue="said", mention="Ines Calloway"),
    ),
    # a trailing "per" source vouches for the clause, not the word it was hung on
    "trailing-per-source-vouches-for-the-clause": (
        "The pier is worth 2 million euros, per Ines Calloway.",
        E(None, "The pier is worth 2 million euros", "Ines Calloway", cue="per", fuzzy=False),
    ),
    # "per" a determined person noun names a source, as a name does ("per person" is a rate)
    "per-a-spokesman-is-a-source": (
        "The ferry will stop in May, per a spokesman.",
        E(None, "The ferry will stop in May", "Spokesman", cue="per", mention="a spokesman", fuzzy=False),
    ),
    # "per" a document names its writer's words, as a statement does
    "per-a-memo-is-a-source": (
        "The ferry will stop in May, per a company memo seen by the Courier.",
        E(None, "The ferry will stop in May", None, cue="per", mention="a company memo", fuzzy=False),
    ),
    "role-noun-split-from-the-name-after-a-trailing-cue": (
        "The crews were tired, admitted coach Imke Solberg.",
        E("indirect", "The crews were tired", "Imke Solberg", cue="admitted", mention="coach Imke Solberg"),
    ),
    "zero-width-space-after-the-verb": (
        "Agnes Mbeki said\u200b the ward was full.",
        E("indirect", "the ward was full", "Agnes Mbeki", cue="said", mention="Agnes Mbeki"),
    ),
    "direction-marks-around-a-word": (
        "Dev Patel said the \u202aferry\u202c was late.",
        E("indirect", "the \u202aferry\u202c was late", "Dev Patel", cue="said"),
    ),
    "according-to-a-role-with-the-name-in-apposition": (
        "According to the club chairman, Ivor Teague, the ground will be sold.",
        E("indirect", "the ground will be sold", "Ivor Teague", cue="According to", mention="Ivor Teague"),
    ),
    "bold-tag-stays-out-of-the-mention": (
        "<b>Dev Patel said the pitch was poor.</b>",
        E("indirect", "the pitch was poor", "Dev Patel", cue="said", mention="Dev Patel"),
    ),
    "noun-call-with-for-to-clause": (
        "Ada Voss renewed her calls for the harbour board to roll back the fare rise.",
        E("indirect", "for the harbour board to roll back the fare rise", "Ada Voss", cue="calls"),
    ),
    "called-for-object-to-infinitive": (
        "Maria Okafor has called for an independent auditor to review the harbour contracts.",
        E(
            "indirect",
            "an independent auditor to review the harbour contracts",
            "Maria Okafor",
            cue="has called",
            fuzzy=False,
        ),
    ),
    "called-for-clause-parsed-as-adverbial": (
        "Ada Voss called for the council to reopen the pier before the summer.",
        E("indirect", "the council to reopen the pier before the summer", "Ada Voss", cue="called"),
    ),
    "trailing-appositive-is-the-narrators": (
        "Senator Ada Voss has repeatedly criticized the Harbor Act, a measure the council passed last spring.",
        E("indirect", "the Harbor Act", "Ada Voss", cue="has repeatedly criticized", fuzzy=False),
    ),
    "urged-object-is-the-infinitives-subject": (
        "Ada Voss urged the harbour board to reopen the pier before the summer.",
        E("indirect", "the harbour board to reopen the pier before the summer", "Ada Voss", cue="urged", fuzzy=False),
    ),
    "trailing-name-of-a-described-object-stays": (
        "Senator Ada Voss praised her predecessor, Tom Reilly.",
        E("indirect", "her predecessor, Tom Reilly", "Ada Voss", cue="praised", fuzzy=False),
    ),
    "trailing-list-is-not-an-appositive": (
        "Ada Voss said she met Tom Reyes, Ana Lopez and Ben Cole.",
        E("indirect", "she met Tom Reyes, Ana Lopez and Ben Cole", "Ada Voss", cue="said", fuzzy=False),
    ),
    "chained-asides-after-a-name-are-all-cut": (
        "Ines Calloway praised Tomas Vrba, the departing chairman of the port board, who retires next month.",
        E("indirect", "Tomas Vrba", "Ines Calloway", cue="praised", fuzzy=False),
    ),
    "appositive-exposed-by-a-cut-relative-is-cut-too": (
        "Tomas Vrba criticized the harbour board, a body that rarely meets, which he called secretive.",
        E("indirect", "the harbour board", "Tomas Vrba", cue="criticized", fuzzy=False),
    ),
    "specifying-appositive-stays": (
        "Ines Calloway criticized the council's plans, particularly the closure of the pier.",
        E("indirect", "the council's plans, particularly the closure of the pier", "Ines Calloway", cue="criticized", fuzzy=False),
    ),
    "country-after-city-is-no-aside": (
        "Ines Calloway said the fair will be held in Paris, France.",
        E("indirect", "the fair will be held in Paris, France", "Ines Calloway", cue="said", fuzzy=False),
    ),
    "dash-led-summary-of-the-clause-is-the-writers": (
        "Ines Calloway said revenue rose to $5 million last year - an increase of almost a fifth.",
        E("indirect", "revenue rose to $5 million last year", "Ines Calloway", cue="said", fuzzy=False),
    ),
    "comma-led-summary-of-the-clause-is-the-writers": (
        "Ines Calloway said the board met twice, a sign that it takes the complaints seriously.",
        E("indirect", "the board met twice", "Ines Calloway", cue="said", fuzzy=False),
    ),
    "adverbial-noun-without-comma-stays": (
        "Tomas Vrba said the ferry runs every hour.",
        E("indirect", "the ferry runs every hour", "Tomas Vrba", cue="said", fuzzy=False),
    ),
    "speech-participle-hung-on-the-object-starts-its-own-report": (
        'Tomas Vrba rejected the notion that the episode should be water under the bridge, saying that if he '
        '"found something that was rotten and that I did not agree with, I would fix it."',
        E(
            "indirect",
            "the notion that the episode should be water under the bridge",
            "Tomas Vrba",
            cue="rejected",
            fuzzy=False,
        ),
    ),
    "reminded-of-what-not-whom": (
        "Ines Calloway reminded voters of the years her family spent at the harbour.",
        E("indirect", "of the years her family spent at the harbour", "Ines Calloway", cue="reminded", fuzzy=False),
    ),
    "informed-about-what-not-whom": (
        "Tomas Vrba informed residents about the rising tide.",
        E("indirect", "about the rising tide", "Tomas Vrba", cue="informed", fuzzy=False),
    ),
    "infinitive-content-drops-the-writers-participle": (
        "Ines Calloway has pledged to expand the rail network, reversing a decade of cuts.",
        E("indirect", "to expand the rail network", "Ines Calloway", cue="has pledged", fuzzy=False),
    ),
    "object-infinitive-drops-a-dash-led-participle": (
        "Tomas Vrba expects the council to drop the levy \u2014 sparing small traders a large bill.",
        E("indirect", "the council to drop the levy", "Tomas Vrba", cue="expects", fuzzy=False),
    ),
    "finite-content-keeps-the-speakers-participle": (
        "Tomas Vrba said the mill would close, leaving 200 workers without jobs.",
        E("indirect", "the mill would close, leaving 200 workers without jobs", "Tomas Vrba", cue="said", fuzzy=False),
    ),
    "conj-speech-verb-with-prep-only": (
        "Ada Voss has said she has read the report and disagrees with its findings on the harbour.",
        E("indirect", "she has read the report and disagrees with its findings on the harbour", "Ada Voss", cue="has said"),
    ),
    "and-that-clause-hung-on-root": (
        "Ada Voss wants to show voters she has heard their complaints, and that she can still win the race.",
        E("indirect", "to show voters she has heard their complaints, and that she can still win the race", "Ada Voss", cue="wants"),
    ),
    "stance-adjective-object": (
        "Senator Ada Voss has been sharply critical of the council's plan to close the pier.",
        E("indirect", "the council's plan to close the pier", "Ada Voss", cue="has been sharply critical"),
    ),
    "stance-adjective-after-curly-contraction": (
        "Ada Voss spoke at the pier on Monday. She’s also supportive of the council’s plan to rebuild it.",
        E("indirect", "the council’s plan to rebuild it", "Ada Voss"),
    ),
    "disclosed-passive-subject-is-content": (
        "The council's plan to sell the pier was first reported by the Harbour Courier.",
        E("indirect", "The council's plan to sell the pier", "Harbour Courier", cue="was first reported by"),
    ),
    "received-stance-subject-is-content": (
        "The council's plan to sell the pier drew sharp criticism from Mayor Ada Voss.",
        E("indirect", "The council's plan to sell the pier", "Ada Voss", cue="drew sharp criticism"),
    ),
    "in-someones-view-opens-a-clause": (
        "In Ada Voss's view, the pier must close before the winter storms arrive.",
        E("indirect", "the pier must close before the winter storms arrive", "Ada Voss"),
    ),
    "to-someone-opens-a-clause": (
        "To Marisol Quenby, the new ferry terminal is a monument to wasted money.",
        E("indirect", "the new ferry terminal is a monument to wasted money", "Marisol Quenby", cue="To"),
    ),
    "to-a-pronoun-opens-a-clause": (
        "The harbour board met on Monday. To many, the vote was a warning about the fishing fleet.",
        E("indirect", "the vote was a warning about the fishing fleet", None, cue="To"),
    ),
    "but-to-someone-opens-a-clause": (
        "To many, the vote was a warning. But to Marisol Quenby, the harbour board had simply lost its nerve.",
        E("indirect", "the harbour board had simply lost its nerve", "Marisol Quenby", cue="to"),
    ),
    "asked-at-an-occasion-about-a-topic": (
        "Asked at a briefing in Portree on Monday about the ferry strike, Mayor Ada Voss said the harbour would stay open.",
        E("indirect", "the ferry strike", None, cue="Asked"),
    ),
    "side-taken-on-a-person-in-a-passive": (
        "The harbour board met on Monday. She was criticized by Mayor Ada Voss after the vote.",
        E("indirect", "She", "Ada Voss", cue="was criticized by", fuzzy=False),
    ),
    "whether-agree-or-disagree": (
        "Officials will have to say whether they agree or disagree with the council's plan to close the pier.",
        E("indirect", "they agree or disagree with the council's plan to close the pier", "Officials", cue="to say"),
    ),
    "said-no-that": (
        "Daniel Brooks said the harbour would reopen in May.",
        E("indirect", "the harbour would reopen in May", "Daniel Brooks", cue="said"),
    ),
    "said-that": (
        "Daniel Brooks said that the harbour would reopen in May.",
        E("indirect", "the harbour would reopen in May", "Daniel Brooks", cue="said"),
    ),
    "told-reporters-that": (
        "Maria Okafor told reporters that the ferries would run again by Friday.",
        E("indirect", "the ferries would run again by Friday", "Maria Okafor", cue="told"),
    ),
    "added-that": (
        "Daniel Brooks added that the repairs would cost less than expected.",
        E("indirect", "the repairs would cost less than expected", "Daniel Brooks", cue="added"),
    ),
    "warned-that": (
        "Maria Okafor warned that the storm could flood the lower town.",
        E("indirect", "the storm could flood the lower town", "Maria Okafor", cue="warned"),
    ),
    "warned-no-that": (
        "Maria Okafor warned the storm could flood the lower town.",
        E("indirect", "the storm could flood the lower town", "Maria Okafor", cue="warned"),
    ),
    "claimed-that": (
        "Daniel Brooks claimed that the contract had been signed in secret.",
        E("indirect", "the contract had been signed in secret", "Daniel Brooks", cue="claimed"),
    ),
    "insisted-that": (
        "Maria Okafor insisted that the budget was balanced.",
        E("indirect", "the budget was balanced", "Maria Okafor", cue="insisted"),
    ),
    "denied-that": (
        "Daniel Brooks denied that he had met the contractors.",
        E("indirect", "he had met the contractors", "Daniel Brooks", cue="denied"),
    ),
    "accused-of": (
        "Maria Okafor accused the council of hiding the inspection report.",
        E("indirect", "the council of hiding the inspection report", "Maria Okafor", cue="accused"),
    ),
    "urged": (
        "Daniel Brooks urged residents to leave the coast before nightfall.",
        E("indirect", "leave the coast before nightfall", "Daniel Brooks", cue="urged"),
    ),
    "announced-that": (
        "The Ministry of Transport announced that the bridge would close for two weeks.",
        E(
            "indirect",
            "the bridge would close for two weeks",
            "Ministry of Transport",
            cue="announced",
        ),
    ),
    "noted-that": (
        "Maria Okafor noted that fares had not risen in five years.",
        E("indirect", "fares had not risen in five years", "Maria Okafor", cue="noted"),
    ),
    "stressed-that": (
        "Daniel Brooks stressed that no workers had been hurt.",
        E("indirect", "no workers had been hurt", "Daniel Brooks", cue="stressed"),
    ),
    "argued-that": (
        "Maria Okafor argued that the tunnel would be cheaper than a second bridge.",
        E(
            "indirect",
            "the tunnel would be cheaper than a second bridge",
            "Maria Okafor",
            cue="argued",
        ),
    ),
    "confirmed-that": (
        "The Coastal Freight Company confirmed that two of its ships had run aground.",
        E(
            "indirect",
            "two of its ships had run aground",
            "Coastal Freight Company",
            cue="confirmed",
        ),
    ),
    "acknowledged-no-that": (
        "Daniel Brooks acknowledged the project was running late.",
        E("indirect", "the project was running late", "Daniel Brooks", cue="acknowledged"),
    ),
    "noting-that-participle": (
        "Maria Okafor spoke for an hour, noting that the port had doubled its traffic since 2019.",
        E("indirect", "the port had doubled its traffic since 2019", "Maria Okafor", cue="noting"),
    ),
    "has-said-perfect": (
        "Daniel Brooks has said that the shipyard will not be sold.",
        E("indirect", "the shipyard will not be sold", "Daniel Brooks", cue="has said"),
    ),
    "was-quoted-as-saying": (
        "Maria Okafor was quoted as saying that the ferry fleet was too old.",
        E("indirect", "the ferry fleet was too old", "Maria Okafor"),
    ),
    # an active "quoted X as saying": X said it; the outlet only relays the words
    "active-quoted-object-as-saying": (
        "The Lagos daily quoted Obinna Chukwu as saying that the refinery would restart in June.",
        E("indirect", "the refinery would restart in June", "Obinna Chukwu"),
    ),
    "passive-by-agent": (
        "It was announced by the Ministry of Transport that the bridge would close in March.",
        E("indirect", "the bridge would close in March", "Ministry of Transport"),
    ),
    "said-after-clause": (
        "The harbour will reopen in May, Daniel Brooks said on Monday.",
        E("indirect", "The harbour will reopen in May", "Daniel Brooks", cue="said"),
    ),
    "trailing-which-aside-left-out": (
        "Maria Okafor said she would testify before the harbour board, which meets on Friday.",
        E("indirect", "she would testify before the harbour board", "Maria Okafor", cue="said"),
    ),
    "as-aside-after": (
        "The harbour will need new cranes before the winter, as Daniel Brooks said on Monday.",
        E("indirect", "The harbour will need new cranes before the winter", "Daniel Brooks", cue="said"),
    ),
    "subject-before-an-interrupting-cue": (
        "Maria Okafor met the dockers on Friday. Most of the new cranes, she said, were "
        "bought from a firm in Rotterdam.",
        E(
            "indirect",
            "Most of the new cranes, she said, were bought from a firm in Rotterdam",
            "Maria Okafor",
            cue="said",
        ),
    ),
    "as-she-put-it": (
        "As Maria Okafor put it, the ferry contract was signed before anyone read it.",
        E("indirect", "the ferry contract was signed before anyone read it", "Maria Okafor", cue="put"),
    ),
    # the comma closing the fragment sits inside its quote marks
    "as-aside-after-a-quoted-fragment": (
        'The ferry fares were "a tax on every islander," as Daniel Brooks put it.',
        E("mixed", 'The ferry fares were "a tax on every islander,"', "Daniel Brooks", cue="put"),
    ),
    # "has been understaffed" parsed as an adjective heading the clause
    "as-aside-before-an-adjective-clause": (
        "As the harbour master told the committee, the port has been understaffed for years.",
        E("indirect", "the port has been understaffed for years", "Harbour master", cue="told"),
    ),
    # "not the police" read as an apposition carrying the relative clause
    "cleft-who-after-a-ruled-out-alternative": (
        "It was the villagers, not the police, who reported that the river had burst its banks.",
        E("indirect", "the river had burst its banks", "Villagers", cue="reported"),
    ),
    # the parser hangs "she was pregnant" on the main verb and "told" on that clause
    "fronted-when-clause-cue-without-that": (
        "When Ada Roe told her manager she was pregnant, she was moved to a different team.",
        E("indirect", "she was pregnant", "Ada Roe", cue="told"),
    ),
    "noun-cue-clause-ends-with-its-quoted-verb-before-the-main-verb": (
        'Dolan\'s warning that walkouts "will go on until Easter" was dismissed by the board.',
        E("mixed", 'walkouts "will go on until Easter"', "Dolan", cue="warning", fuzzy=False),
    ),
    "correspondent-in-a-place-then-a-name-the-model-tags-a-body": (
        "Our correspondent in Lima, Yolanda Quispe, reports that the roads into the city are blocked.",
        E("indirect", "the roads into the city are blocked", "Yolanda Quispe", cue="reports"),
    ),
    "reporter-in-a-city-then-its-state-is-no-name": (
        "A reporter in Manchester, New Hampshire, said the turnout was heavy all morning.",
        E("indirect", "the turnout was heavy all morning", None, cue="said"),
    ),
    "noun-cue-owned-by-the-verbs-subject": (
        "Daniel Brooks played down the idea that the harbour would close for the winter.",
        E("indirect", "the harbour would close for the winter", "Daniel Brooks", cue="idea"),
    ),
    "noun-cue-clause-hung-on-the-verb": (
        'Tom Baker was challenged over his statement on Wednesday that "the harbour hates us," '
        "but he kept his temper in check.",
        E("mixed", '"the harbour hates us,"', "Tom Baker", cue="statement"),
    ),
    "reporting-noun-subject-of-be": (
        "Tom Baker's argument was that voters should value the old ferry over the risks of a "
        "new bridge.",
        E(
            "indirect",
            "voters should value the old ferry over the risks of a new bridge",
            "Tom Baker",
            cue="argument",
        ),
    ),
    "as-described-by-agent": (
        "The harbour wall is crumbling, as described by engineer Maria Okafor in her report.",
        E("indirect", "The harbour wall is crumbling", "Maria Okafor", cue="described"),
    ),
    "took-the-step-of-speaker": (
        "On Friday, Maria Okafor took the unusual step of criticizing the ferry company for its delays.",
        E("indirect", "the ferry company for its delays", "Maria Okafor", cue="criticizing", mention="Maria Okafor"),
    ),
    "led-object-to-announce": (
        "The leaked emails led harbour director Lena Marsh to announce her resignation on Sunday.",
        E("indirect", "her resignation", "Lena Marsh", mention="harbour director Lena Marsh"),
    ),
    "said-that-a-and-that-b": (
        "Daniel Brooks said that the pier was unsafe and that the council had known for years.",
        E("indirect", "the pier was unsafe and that the council had known for years", "Daniel Brooks", cue="said"),
    ),
    "statement-saying-speaks-for-its-issuer": (
        "Hours later, Maria Okafor issued a statement saying the harbour would stay closed.",
        E("indirect", "the harbour would stay closed", "Maria Okafor", cue="saying", mention="Maria Okafor"),
    ),
    "records-show-misparsed-as-compound": (
        "In all, the host committee raised $57 million, Federal Election Commission records show.",
        E("indirect", "In all, the host committee raised $57 million", None, cue="show", mention="records"),
    ),
    "frame-expected-to": (
        "Daniel Brooks expected the new ferry terminal to open before the summer season.",
        E("indirect", "the new ferry terminal to open before the summer season", "Daniel Brooks"),
    ),
    "frame-declined-to": (
        "Maria Okafor declined to comment on the ferry contract.",
        E("indirect", "to comment on the ferry contract", "Maria Okafor", cue="declined"),
    ),
    "frame-expressed": (
        "Daniel Brooks expressed deep concern about the state of the harbour wall.",
        E("indirect", "deep concern about the state of the harbour wall", "Daniel Brooks", cue="expressed"),
    ),
    "frame-talked-about": (
        "Maria Okafor talked about the cost of dredging the northern channel.",
        E("indirect", "the cost of dredging the northern channel", "Maria Okafor", cue="talked"),
    ),
    "frame-described-as": (
        "Daniel Brooks described the ferry contract as a waste of public money.",
        E("indirect", "the ferry contract as a waste of public money", "Daniel Brooks", cue="described"),
    ),
    "object-with-its-reason": (
        "Maria Okafor slammed the ferry company for cancelling the winter timetable.",
        E("indirect", "the ferry company for cancelling the winter timetable", "Maria Okafor", cue="slammed"),
    ),
    "object-with-its-judgement": (
        "Daniel Brooks defended the harbour levy as a fair price for safer docks.",
        E("indirect", "the harbour levy as a fair price for safer docks", "Daniel Brooks", cue="defended"),
    ),
    "according-to-covers-coordinated-clauses": (
        "The council sold the pier in 2019, and the buyer has since doubled the rents, according to Maria Okafor.",
        E(
            "indirect",
            "The council sold the pier in 2019, and the buyer has since doubled the rents",
            "Maria Okafor",
            cue="according to",
        ),
    ),
    "hoping-that-despite-the-lemma": (
        "Daniel Brooks is hoping that the ferry strike will end before the holidays.",
        E("indirect", "the ferry strike will end before the holidays", "Daniel Brooks", cue="is hoping"),
    ),
    "clause-after-the-cue-wins-over-one-before-a-semicolon": (
        "Most dock workers were not looking forward to the winter; 46 percent said they were worried about the strike.",
        E("indirect", "they were worried about the strike", None, cue="said", mention="46 percent"),
    ),
    "that-clause-misparsed-as-relative": (
        "On Thursday night, Daniel Brooks told the audience at his fundraiser for veterans that he and the Harbour Post had multiple conversations.",
        E("indirect", "he and the Harbour Post had multiple conversations", "Daniel Brooks", cue="told"),
    ),
    "passive-expected-to-has-no-source": (
        "The vote is expected to be very close in the northern harbour district.",
        E("indirect", "to be very close in the northern harbour district", None, cue="is expected"),
    ),
    "reportedly-has-no-source": (
        "Daniel Brooks reportedly considered a run for harbour master as an independent.",
        E("indirect", "Daniel Brooks reportedly considered a run for harbour master as an independent", None, cue="reportedly"),
    ),
    "endorsed-a-name": (
        "On Wednesday, Daniel Brooks endorsed Okafor.",
        E("indirect", "Okafor", "Daniel Brooks", cue="endorsed"),
    ),
    "asked-whether": (
        "Daniel Brooks asked whether the ferry company would pay for the repairs.",
        E("indirect", "the ferry company would pay for the repairs", "Daniel Brooks", cue="asked"),
    ),
    "asked-if-clause-as-adverbial": (
        "At the meeting, Maria Okafor asked the board if it would back the harbour levy.",
        E("indirect", "if it would back the harbour levy", "Maria Okafor", cue="asked"),
    ),
    "noun-cue-then-colon": (
        "Daniel Brooks sent the council an unmistakable message: the new pier is far too short.",
        E("indirect", "the new pier is far too short", "Daniel Brooks", cue="message"),
    ),
    "possessed-noun-cue-then-colon": (
        "Maria Okafor spoke at the port on Monday. Her warning: the ferry will stop running in May.",
        E("indirect", "the ferry will stop running in May", "Maria Okafor", cue="warning"),
    ),
    "frame-seemed-to": (
        "Daniel Brooks seemed to rule out a second term as harbour master.",
        E("indirect", "to rule out a second term as harbour master", "Daniel Brooks", cue="seemed"),
    ),
    "frame-pointed-to": (
        "Maria Okafor pointed to the rising cost of fuel for the ferry fleet.",
        E("indirect", "the rising cost of fuel for the ferry fleet", "Maria Okafor", cue="pointed"),
    ),
    "noun-frame-call-for-owned": (
        "Daniel Brooks renewed his call for a ban on night flights over the harbour.",
        E("indirect", "a ban on night flights over the harbour", "Daniel Brooks", cue="call"),
    ),
    "noun-frame-whoever-acts-on-the-proposal": (
        "On Wednesday, Maria Okafor bashed Daniel Brooks's proposal to close the harbour for the winter.",
        E("indirect", "to close the harbour for the winter", "Maria Okafor", cue="proposal"),
    ),
    "speaker-hung-as-apposition-before-the-verb": (
        "In a letter to the council, her chief of staff, Daniel Brooks, said the harbour would close for repairs.",
        E("indirect", "the harbour would close for repairs", "Daniel Brooks", cue="said", mention="Daniel Brooks"),
    ),
    "relative-pronoun-mention-reaches-its-noun": (
        "The harbour authority published new tide tables that show the channel near Calais will be too shallow for ferries.",
        E(
            "indirect",
            "the channel near Calais will be too shallow for ferries",
            None,
            cue="show",
            mention="new tide tables that",
        ),
    ),
    "document-hung-on-a-preposition-speaks-for-its-author": (
        "Maria Okafor wrote back in a letter stating that the pier was never for sale.",
        E("indirect", "the pier was never for sale", "Maria Okafor", cue="stating"),
    ),
    "infinitive-on-a-thing-takes-the-owner": (
        "Maria Okafor has found ways to criticise the new ferry timetable.",
        E("indirect", "the new ferry timetable", "Maria Okafor", cue="to criticise"),
    ),
    "statement-that-speaks-for-its-issuer": (
        "Maria Okafor issued a statement that called the pier sale a disgrace.",
        E("indirect", "the pier sale a disgrace", "Maria Okafor", cue="called"),
    ),
    "share-of-respondents-speaks-through-the-poll": (
        "In a harbour authority survey released Monday, 62 percent of ferry passengers said the crossing should run all night.",
        E("indirect", "the crossing should run all night", None, cue="said", mention="a harbour authority survey"),
    ),
    "share-with-no-poll-speaks-itself": (
        "Sixty percent of ferry passengers said the crossing should run all night.",
        E(
            "indirect",
            "the crossing should run all night",
            None,
            cue="said",
            mention="Sixty percent of ferry passengers",
        ),
    ),
    "participle-after-a-passive-takes-its-subject": (
        "Maria Okafor was booed by dock workers after telling the crowd that the pier would be sold.",
        E("indirect", "the pier would be sold", "Maria Okafor", cue="telling"),
    ),
    "participle-after-a-passive-without-agent": (
        "Maria Okafor was sidelined after saying that the pier would be sold.",
        E("indirect", "the pier would be sold", "Maria Okafor", cue="saying"),
    ),
    "conjunct-of-a-passive-takes-its-subject": (
        "By the end of the day, Maria Okafor was forced into a rare retreat and said that the pier would stay open.",
        E("indirect", "the pier would stay open", "Maria Okafor", cue="said"),
    ),
    "dateline-is-never-the-speaker": (
        "PORTSMOUTH, July 19 (UPI) \u2014 Former Harbour Commissioner Daniel Brooks told delegates at the"
        " Harbour Convention that the pier should be sold.",
        E("indirect", "the pier should be sold", "Daniel Brooks", cue="told"),
    ),
    "trailing-purpose-hung-on-the-cue": (
        "Daniel Brooks called for new funding to repair the old pier.",
        E("indirect", "new funding to repair the old pier", "Daniel Brooks", cue="called"),
    ),
    "trailing-in-phrase-hung-on-the-cue": (
        "Maria Okafor criticized the harbour council in its handling of the flood.",
        E("indirect", "the harbour council in its handling of the flood", "Maria Okafor", cue="criticized"),
    ),
    "frame-slot-keeps-its-as-phrase": (
        "Maria Okafor pointed to the ferry strike as a warning for the harbour.",
        E("indirect", "the ferry strike as a warning for the harbour", "Maria Okafor", cue="pointed"),
    ),
    "trailing-occasion-of-speaking-stays-out": (
        "Maria Okafor praised the ferry plan in an interview on Tuesday.",
        E("indirect", "the ferry plan", "Maria Okafor", cue="praised", fuzzy=False),
    ),
    "report-nested-in-according-to-stays-inside": (
        "According to the harbour master, the ferry operator said the crossing would close for repairs in May.",
        E(
            "indirect",
            "the ferry operator said the crossing would close for repairs in May",
            "Harbour master",
            cue="According to",
            mention="the harbour master",
        ),
    ),
    "noun-cue-nested-in-an-object-stays-inside": (
        "Maria Okafor dismissed claims that the ferry operator had warned the council about the cracks.",
        E(
            "indirect",
            "claims that the ferry operator had warned the council about the cracks",
            "Maria Okafor",
            cue="dismissed",
        ),
    ),
    "second-clause-hung-on-the-cue-stays-in-the-content": (
        "Maria Okafor told reporters that the pier would reopen in May and it would cost less than the council had feared.",
        E(
            "indirect",
            "the pier would reopen in May and it would cost less than the council had feared",
            "Maria Okafor",
            cue="told",
            fuzzy=False,
        ),
    ),
    "that-clause-after-an-unlisted-verb": (
        "Daniel Brooks conceded nothing, but he allowed that the dockers had a fair case "
        "about the night shifts.",
        E(
            "indirect",
            "the dockers had a fair case about the night shifts",
            "Daniel Brooks",
            cue="allowed",
        ),
    ),
    "want-with-an-object": (
        "Maria Okafor wants a new ferry terminal on the east side of the harbour.",
        E(
            "indirect",
            "a new ferry terminal on the east side of the harbour",
            "Maria Okafor",
            cue="wants",
        ),
    ),
    "apologized-for": (
        "Daniel Brooks apologized for his remarks about the striking dockers.",
        E("indirect", "his remarks about the striking dockers", "Daniel Brooks", cue="apologized"),
    ),
    "laid-out-with-its-particle": (
        "Maria Okafor laid out a plan to rebuild the harbour wall before winter.",
        E(
            "indirect",
            "a plan to rebuild the harbour wall before winter",
            "Maria Okafor",
            cue="laid out",
        ),
    ),
    "attitude-adjective-with-a-clause": (
        "Daniel Brooks is confident that the strike will end before the holidays.",
        E(
            "indirect",
            "the strike will end before the holidays",
            "Daniel Brooks",
            cue="is confident",
        ),
    ),
    "agentless-judgement-passive": (
        "The new ferry is widely seen as a gift to the island towns.",
        E(
            "indirect",
            "The new ferry is widely seen as a gift to the island towns",
            None,
            cue="is widely seen",
        ),
    ),
    "called-for-someone-to-act": (
        "Maria Okafor called for the harbour board to resign before the summer.",
        E(
            "indirect",
            "the harbour board to resign before the summer",
            "Maria Okafor",
            cue="called",
        ),
    ),
    "speculation-that": (
        "There was speculation that the harbour master would resign before the summer.",
        E("indirect", "the harbour master would resign before the summer", None, cue="speculation"),
    ),
    "cast-in-a-light-with-as": (
        "Daniel Brooks painted the ferry plan as a costly fantasy for the island towns.",
        E(
            "indirect",
            "the ferry plan as a costly fantasy for the island towns",
            "Daniel Brooks",
            cue="painted",
        ),
    ),
    "billed-as": (
        "Daniel Brooks billed the new ferry line as a lifeline for the island towns.",
        E(
            "indirect",
            "the new ferry line as a lifeline for the island towns",
            "Daniel Brooks",
            cue="billed",
        ),
    ),
    "positioned-herself-as": (
        "Maria Okafor positioned herself as the candidate of the harbour workers.",
        E("indirect", "herself as the candidate of the harbour workers", "Maria Okafor", cue="positioned"),
    ),
    "repudiated-object": (
        "Maria Okafor repudiated the harbour board's plan for a second ferry terminal.",
        E(
            "indirect",
            "the harbour board's plan for a second ferry terminal",
            "Maria Okafor",
            cue="repudiated",
        ),
    ),
    "bemoaned-that-clause": (
        "Daniel Brooks bemoaned that the island towns had waited ten years for a ferry.",
        E("indirect", "the island towns had waited ten years for a ferry", "Daniel Brooks", cue="bemoaned"),
    ),
    "balked-at": (
        "Maria Okafor balked at the cost of a second ferry terminal.",
        E("indirect", "the cost of a second ferry terminal", "Maria Okafor", cue="balked"),
    ),
    "sparred-over": (
        "Maria Okafor sparred with the mayor over the ferry timetable for the island towns.",
        E("indirect", "the ferry timetable for the island towns", "Maria Okafor", cue="sparred"),
    ),
    "jokes-about": (
        "Maria Okafor's jokes about the ferry timetable drew laughs at the harbour.",
        E("indirect", "the ferry timetable", "Maria Okafor", cue="jokes"),
    ),
    "consensus-on": (
        "The harbour workers reached a broad consensus on the need for a second ferry.",
        E("indirect", "the need for a second ferry", "Workers", cue="consensus"),
    ),
    "brushed-off": (
        "Daniel Brooks brushed off the cost of the new ferry line for the island towns.",
        E("indirect", "the cost of the new ferry line for the island towns", "Daniel Brooks", cue="brushed off"),
    ),
    "refusal-to": (
        "Maria Okafor's refusal to meet the ferry workers angered the union.",
        E("indirect", "to meet the ferry workers", "Maria Okafor", cue="refusal"),
    ),
    "fond-of-stance": (
        "Maria Okafor was never fond of the new ferry timetable for the island towns.",
        E("indirect", "the new ferry timetable for the island towns", "Maria Okafor", cue="was never fond"),
    ),
    "spotlighting-object": (
        "Daniel Brooks released an advert spotlighting the cost of the harbour ferry.",
        E("indirect", "the cost of the harbour ferry", "Daniel Brooks", cue="spotlighting"),
    ),
    "questions-about-whether": (
        "The audit raised new questions about whether the harbour board can pay for the ferry.",
        E("indirect", "the harbour board can pay for the ferry", None, cue="questions"),
    ),
    "owned-decision-to": (
        "Maria Okafor's decision to close the ferry terminal for the winter angered the dockers.",
        E("indirect", "to close the ferry terminal for the winter", "Maria Okafor", cue="decision"),
    ),
    "owned-attacks-on": (
        "Maria Okafor's attacks on the harbour board's ferry contracts drew a sharp reply.",
        E("indirect", "the harbour board's ferry contracts", "Maria Okafor", cue="attacks"),
    ),
    "condemnation-of": (
        "The union's condemnation of the new ferry timetable surprised the council.",
        E("indirect", "the new ferry timetable", None, cue="condemnation"),
    ),
    "distanced-from": (
        "Daniel Brooks distanced himself from the union's call for a ferry strike.",
        E("indirect", "the union's call for a ferry strike", "Daniel Brooks", cue="distanced"),
    ),
    "outlined-a-plan": (
        "Maria Okafor outlined a costly scheme for the harbour on Monday.",
        E("indirect", "a costly scheme for the harbour", "Maria Okafor", cue="outlined"),
    ),
    "hoping-for": (
        "Maria Okafor is hoping for a quick end to the ferry strike.",
        E("indirect", "a quick end to the ferry strike", "Maria Okafor", cue="is hoping"),
    ),
    "invoked-a-name": (
        "Daniel Brooks invoked the old harbour master's warnings about the storms.",
        E(
            "indirect",
            "the old harbour master's warnings about the storms",
            "Daniel Brooks",
            cue="invoked",
        ),
    ),
    "warned-against": (
        "Daniel Brooks warned against any delay in repairing the harbour wall.",
        E("indirect", "any delay in repairing the harbour wall", "Daniel Brooks", cue="warned"),
    ),
    "likened-to": (
        "Maria Okafor likened the board to a gang of pirates.",
        E("indirect", "a gang of pirates", "Maria Okafor", cue="likened"),
    ),
    "people-nouns-hold-views": (
        "Some pundits were adamant that the harbour master would stay until spring.",
        E("indirect", "the harbour master would stay until spring", None, cue="were adamant"),
    ),
    "made-the-case-that": (
        "Maria Okafor made the case that the old ferry must be rebuilt before winter.",
        E("indirect", "the old ferry must be rebuilt before winter", "Maria Okafor", cue="case"),
    ),
    "took-a-swipe-at": (
        "Daniel Brooks took a swipe at the harbour board's new ferry contract.",
        E("indirect", "the harbour board's new ferry contract", "Daniel Brooks", cue="took"),
    ),
    "called-him-a-name": (
        "Maria Okafor called him a reckless gambler with public money.",
        E("indirect", "him a reckless gambler with public money", "Maria Okafor", cue="called"),
    ),
    "supports-a-gerund": (
        "Maria Okafor supports raising the harbour fees for cruise ships.",
        E("indirect", "raising the harbour fees for cruise ships", "Maria Okafor", cue="supports"),
    ),
    "alluded-to": (
        "Daniel Brooks alluded to the harbour board's costly mistakes at the meeting.",
        E("indirect", "the harbour board's costly mistakes", "Daniel Brooks", cue="alluded"),
    ),
    "offered-to": (
        "Maria Okafor offered to pay for the new ferry out of her own pocket.",
        E("indirect", "to pay for the new ferry out of her own pocket", "Maria Okafor", cue="offered"),
    ),
    "reluctance-to": (
        "Daniel Brooks showed a deep reluctance to raise the ferry fares this year.",
        E("indirect", "to raise the ferry fares this year", "Daniel Brooks", cue="reluctance"),
    ),
    "owned-attacks-on-a-name": (
        "Maria Okafor stepped up her attacks on Brooks after the vote.",
        E("indirect", "Brooks", "Maria Okafor", cue="attacks"),
    ),
    "eager-to": (
        "Daniel Brooks is eager to reopen the old ferry terminal before the summer.",
        E("indirect", "to reopen the old ferry terminal before the summer", "Daniel Brooks", cue="is eager"),
    ),
    "lashed-out-at": (
        "Mayor Daniel Brooks lashed out at the harbour board for closing the ferry terminal.",
        E("indirect", "the harbour board for closing the ferry terminal", "Daniel Brooks", cue="lashed out"),
    ),
    "critique-of": (
        "Maria Okafor delivered a sharp critique of the harbour board's spending on new piers.",
        E("indirect", "the harbour board's spending on new piers", "Maria Okafor", cue="critique"),
    ),
    "opinion-of": (
        "Maria Okafor holds a low opinion of the new ferry timetable.",
        E("indirect", "the new ferry timetable", "Maria Okafor", cue="opinion"),
    ),
    "made-it-clear-without-that": (
        "Ada Ruiz made it clear she would not resign.",
        E("indirect", "she would not resign", "Ada Ruiz", cue="made it clear", fuzzy=False),
    ),
    "made-it-clear-that": (
        "Maria Okafor made it clear that the ferry terminal would stay open through the winter.",
        E("indirect", "the ferry terminal would stay open through the winter", "Maria Okafor", cue="made it clear"),
    ),
    "self-described-label": (
        "The ferry plan was classic Daniel Brooks, a self-described harbour socialist who grew up on the docks.",
        E("indirect", "harbour socialist", "Daniel Brooks", cue="self-described"),
    ),
    "embraced-object": (
        "Maria Okafor embraced the plan to rebuild the old ferry terminal.",
        E("indirect", "the plan to rebuild the old ferry terminal", "Maria Okafor", cue="embraced"),
    ),
    "worried-about": (
        "Daniel Brooks worried about the cost of the new harbour piers.",
        E("indirect", "the cost of the new harbour piers", "Daniel Brooks", cue="worried"),
    ),
    "sees-x-as-unfair": (
        "Maria Okafor sees the harbour board as unfair to the ferry crews.",
        E("indirect", "the harbour board as unfair to the ferry crews", "Maria Okafor", cue="sees"),
    ),
    "sees-x-as-clause": (
        "Maria Okafor sees Daniel Brooks as captured by the harbour lobby.",
        E("indirect", "Daniel Brooks as captured by the harbour lobby", "Maria Okafor", cue="sees"),
    ),
    "poll-showed-object": (
        "A harbour poll showed a narrow lead for Maria Okafor in the council race.",
        E("indirect", "a narrow lead for Maria Okafor in the council race", None, cue="showed"),
    ),
    "ignored-object": (
        "Maria Okafor ignored the warning from the harbour engineers about the pier.",
        E("indirect", "the warning from the harbour engineers about the pier", "Maria Okafor", cue="ignored"),
    ),
    "argued-against": (
        "Maria Okafor argued against closing the ferry terminal for the winter.",
        E("indirect", "closing the ferry terminal for the winter", "Maria Okafor", cue="argued"),
    ),
    "finite-report-after-an-anonymity-aside": (
        "Three officials, speaking on condition of anonymity, said the harbour plan had been approved.",
        E("indirect", "the harbour plan had been approved", "Officials", cue="said"),
    ),
    "condition-is-not-anonymity": (
        "Twelve of the forty passengers remained in hospital, three in serious condition, "
        "according to the island clinic.",
        E(
            "indirect",
            "Twelve of the forty passengers remained in hospital, three in serious condition",
            None,
            cue="according to",
        ),
    ),
    "cue-inside-the-clause-spans-both-sides": (
        "The ferry is safe, Maria Okafor said, and the company will keep its licence after the inspection.",
        E(
            "indirect",
            "The ferry is safe, Maria Okafor said, and the company will keep its licence after the inspection",
            "Maria Okafor",
            cue="said",
        ),
    ),
    "participle-in-an-opening-phrase": (
        "In addition to stating that the pier was unsafe, Lena Marsh has vowed to close the "
        "harbour for a month.",
        E("indirect", "the pier was unsafe", "Lena Marsh", cue="stating", mention="Lena Marsh"),
    ),
    "reporting-noun-owned-by-an-of-phrase": (
        'The figures bolster the contention of Ada Voss that the ferry has been "chronically '
        'underfunded."',
        E("mixed", 'the ferry has been "chronically underfunded."', "Ada Voss", cue="contention"),
    ),
    "assumption-that": (
        "The harbour board has been working under the assumption that the ferry will run all winter.",
        E("indirect", "the ferry will run all winter", None, cue="assumption", mention="The harbour board"),
    ),
    "trailing-according-to-vouches-for-the-whole-report": (
        "Harbour master Lena Marsh said she would have closed the pier if such a storm had hit "
        "her port, according to press reports.",
        E(
            "indirect",
            "Harbour master Lena Marsh said she would have closed the pier if such a storm had hit her port",
            None,
            cue="according to",
            mention="press reports",
        ),
    ),
    "subject-of-the-aside-verb-before-a-bracketed-aside": (
        "One docker, who like others spoke on the condition of anonymity to discuss the private "
        'meeting, said the message was that "the pier is not going to close this year."',
        E(
            "mixed",
            'the message was that "the pier is not going to close this year."',
            "Docker",  # (one unnamed docker)
            cue="said",
            mention="One docker",
        ),
    ),
    "trailing-participle-after-a-that-clause": (
        "Harbour chief Lena Marsh rejected the idea that the new pier would be a burden on the "
        "town, saying the crowds it draws prove that the port would thrive.",
        E("indirect", "the crowds it draws prove that the port would thrive", "Lena Marsh", cue="saying"),
    ),
    "reporting-noun-owned-by-a-relative-clause": (
        "The most telling promise Mayor Ada Voss has made is that she will not raise the ferry fares.",
        E("indirect", "she will not raise the ferry fares", "Ada Voss", cue="promise", mention="Mayor Ada Voss"),
    ),
    "reporting-noun-owned-by-a-modifier": (
        "The report has renewed Republican calls for a special inquiry into the harbour deal.",
        E("indirect", "a special inquiry into the harbour deal", None, cue="calls", mention="Republican"),
    ),
    "according-to-a-medium-names-its-source": (
        "The pier will close in May, according to audio provided by Radio Dover.",
        E("indirect", "The pier will close in May", "Radio Dover", cue="according to", mention="Radio Dover"),
    ),
    "subject-before-a-bracketed-aside": (
        # The parse tangles the name with the aside and leaves "says" without a subject.
        "Few mayors would admit it, but Mayor Ada Voss (a first-term Democrat so young she is "
        "taken for an intern) says she was lost in her first months.",
        E("indirect", "she was lost in her first months", "Ada Voss", cue="says", mention="Mayor Ada Voss"),
    ),
    "subject-before-an-aside-after-a-paragraph-without-its-full-stop": (
        # The line before lacks its period: the parse runs both lines into one sentence and
        # hangs the name on the last noun before the break, so "said" has no subject.
        "Mayor Ines Calloway is keeping up her criticism of her closest rivals in the hours "
        "before the first council polls \nCalloway, in Ohio, said Tuesday that Vrba was "
        '"a total lightweight" while Roe is "a liar."',
        E(
            "mixed",
            'Vrba was "a total lightweight" while Roe is "a liar."',
            "Ines Calloway",
            cue="said",
            mention="Calloway",
        ),
    ),
    "subject-before-an-aside-and-the-verbs-auxiliary": (
        # The parse hangs the name on "Mr. Roe" as an apposition; "has" stands between the
        # closing comma and "said", which has no subject.
        "In addition to Mr. Roe, Lena Brant, the harbour master, has said she will not back the plan.",
        E("indirect", "she will not back the plan", "Lena Brant", cue="has said", mention="Lena Brant"),
    ),
    "second-share-the-parser-joins-to-the-first-clauses-object": (
        # "the port and one in four": the second "said" is left without a subject.
        "One in three said the council doesn't care very much about the port and one in four "
        "said the council was outright hostile to the port.",
        E("indirect", "the council was outright hostile to the port", None, cue="said", mention="one"),
    ),
    "surname-the-tagger-reads-as-an-adverb": (
        # "Skelly" after "said" is tagged an adverb for its "-ly"; the participle's doer is
        # the speaker of the inverted cue.
        "Lena Skelly runs the data shop.\n\n\"Having the file is valuable,\" said Skelly, explaining "
        "she worked more closely with Vrba.",
        E("indirect", "she worked more closely with Vrba", None, cue="explaining", mention="Skelly"),
    ),
    "participle-on-the-noun-a-copula-gives-its-subject": (
        # "the first candidate" only says what the subject was: the subject tweets.
        "Mayor Ines Calloway was the first official to weigh in on the ruling, tweeting her support "
        "on Monday morning.",
        E(
            "indirect",
            "her support",
            "Ines Calloway",
            cue="tweeting",
            mention="Mayor Ines Calloway",
        ),
    ),
    "hard-wrapped-reported-clause": (
        "The council met on Monday.\nMarta Kiel, who chairs it, said that the\nferry vote was over.",
        E("indirect", "the\nferry vote was over", "Marta Kiel", cue="said"),
    ),
    # a line that ends on a preposition (or a possessive) cannot end the sentence: the
    # capitalised word on the next line goes on with it
    "hard-wrapped-line-after-before-then-a-capital": (
        "Tomas Vrba said the pier would reopen and promised that work would begin before\nChristmas.",
        E("indirect", "that work would begin before\nChristmas", "Tomas Vrba", cue="promised"),
    ),
    "hard-wrapped-line-after-a-possessive-then-a-capital": (
        "Ines Calloway said the ferry was late again because of their\nEaster timetable.",
        E("indirect", "the ferry was late again because of their\nEaster timetable", "Ines Calloway", cue="said"),
    ),
    "hard-wrapped-line-after-a-preposition-then-a-number": (
        "The audit office has found that the harbour\nwall will not be ready until\n2030, five years late.",
        E("indirect", "the harbour\nwall will not be ready until\n2030, five years late", "Audit office", cue="has found"),
    ),
    "reportedly-said-keeps-its-speaker": (
        "Tariq Aziz reportedly said the ferry talks had failed.",
        E("indirect", "the ferry talks had failed", "Tariq Aziz", cue="said"),
    ),
    "made-clear-without-it": (
        "Tariq Aziz made clear that the ferry talks had failed.",
        E("indirect", "the ferry talks had failed", "Tariq Aziz", cue="made clear"),
    ),
    "understood-to-have-said-raises-the-speaker": (
        "Tariq Aziz is understood to have said the ferry talks had failed.",
        E("indirect", "the ferry talks had failed", "Tariq Aziz"),
    ),
    "councillor-title-is-no-part-of-the-name": (
        "Councillor Mira Halvorsen warned that the ferry levy would double.",
        E("indirect", "the ferry levy would double", "Mira Halvorsen", cue="warned"),
    ),
    "description-then-name-in-apposition-is-the-name": (
        "Wendell Price's deputy, Maya Lorne, said the harbour plan was sound.",
        E("indirect", "the harbour plan was sound", "Maya Lorne", cue="said"),
    ),
    "name-in-apposition-to-a-role-is-a-person-whatever-its-tag": (
        "Greenfield Bank's spokeswoman, Odile Marchand, said the branch would stay open.",
        E("indirect", "the branch would stay open", "Odile Marchand", cue="said"),
    ),
    "place-in-the-description-is-not-the-speaker": (
        '"We have waited eleven years for this bridge," the mayor of Dunmore, Aisling Byrne, '
        "said on Saturday.",
        E("direct", "We have waited eleven years for this bridge,", "Aisling Byrne", cue="said"),
    ),
    "demonstrative-that-subject-is-part-of-the-clause": (
        'Asked about a rent cap, Bram Vos said that was "one of the options on the table."',
        E("mixed", 'that was "one of the options on the table."', "Bram Vos", cue="said"),
    ),
    "demonstrative-that-with-a-contraction-is-part-of-the-clause": (
        "Ines Falk said that's a fair question for the harbour board to answer.",
        E("indirect", "that's a fair question for the harbour board to answer", "Ines Falk", cue="said"),
    ),
    "professor-title-is-no-part-of-the-name": (
        '"The dunes are moving inland," Professor Tobias Lind said.',
        E("direct", "The dunes are moving inland,", "Tobias Lind", cue="said"),
    ),
    "accused-object-is-part-of-the-charge": (
        "Halvorsen accused the harbour board of hiding the true cost of the pier.",
        E("indirect", "the harbour board of hiding the true cost of the pier", "Halvorsen", cue="accused", fuzzy=False),
    ),
    # In the passive the parser hangs the gerund charge on the agent's noun: it is still
    # the charge, and the agent (without it) is who accused.
    "passive-accused-by-agent-of-gerund": (
        "Tomas Vrba has been accused by prosecutors of hiding money abroad.",
        E("indirect", "hiding money abroad", "Prosecutors", cue="has been accused", mention="prosecutors", fuzzy=False),
    ),
    "passive-accused-by-agent-the-cue-is-the-verb": (
        "Ines Calloway was accused by critics of selling the pier in secret.",
        E("indirect", "selling the pier in secret", "Critics", cue="was accused", mention="critics", fuzzy=False),
    ),
    "passive-accused-agent-names-no-place-in-the-charge": (
        "Tomas Vrba was accused by the news media of beating a rival, who later moved to Port Lira.",
        E("indirect", "beating a rival", None, cue="was accused", mention="the news media", fuzzy=False),
    ),
    "criticized-object-is-part-of-the-criticism": (
        "Halvorsen criticized the harbour board for delaying the repairs again.",
        E("indirect", "the harbour board for delaying the repairs again", "Halvorsen", cue="criticized", fuzzy=False),
    ),
    "deny-with-one-object-is-a-denial": (
        "Tomas Vrba denied the charges on Monday.",
        E("indirect", "the charges", "Tomas Vrba", cue="denied"),
    ),
    "person-who-promises-still-pledges": (
        "Ines Calloway promised to reopen the port by May.",
        E("indirect", "to reopen the port by May", "Ines Calloway", cue="promised"),
    ),
    "boast-of-is-bragging": (
        "Ines Calloway boasted of her record on the harbour board.",
        E("indirect", "her record on the harbour board", "Ines Calloway", cue="boasted"),
    ),
    "plain-want-is-a-reported-wish": (
        "Ines Calloway wants to reopen the harbour by May.",
        E("indirect", "to reopen the harbour by May", "Ines Calloway", cue="wants"),
    ),
    "bare-plural-addressee-is-not-part-of-the-clause": (
        "Halvorsen told reporters fares had risen 4% since spring.",
        E("indirect", "fares had risen 4% since spring", "Halvorsen", cue="told", fuzzy=False),
    ),
    "seemed-adjective-with-that-clause": (
        "Ines Calloway seemed unconvinced that the threat of a strike had passed.",
        E("indirect", "the threat of a strike had passed", "Ines Calloway", cue="seemed unconvinced", fuzzy=False),
    ),
    "appeared-adjective-with-bare-clause": (
        "Tomas Vrba appeared confident the ferry would sail on time.",
        E("indirect", "the ferry would sail on time", "Tomas Vrba", cue="appeared confident", fuzzy=False),
    ),
    "infinitive-after-the-cue-not-the-clause-before-it": (
        "The ferry was late again, so Tomas Vrba urged the council to buy a new boat.",
        E("indirect", "the council to buy a new boat", "Tomas Vrba", cue="urged", fuzzy=False),
    ),
    "trailing-attribution-the-parser-made-a-conjunct": (
        "Interest rates will stay on hold, the governor, Ines Calloway, said on Tuesday.",
        E("indirect", "Interest rates will stay on hold", "Ines Calloway", cue="said", fuzzy=False),
    ),
    "according-to-between-subject-and-predicate-keeps-both": (
        "The stadium roof, according to Ines Calloway, will be finished in June.",
        E(
            "indirect",
            "The stadium roof, according to Ines Calloway, will be finished in June",
            "Ines Calloway",
            cue="according to",
            fuzzy=False,
        ),
    ),
    # Verbs of sending words by a medium ("radioed", "emailed", "texted") report what
    # was sent as a speech verb does.
    "radioed-that-reports-the-message": (
        "The trawler's skipper, Ines Calloway, radioed that the nets had fouled the propeller.",
        E("indirect", "the nets had fouled the propeller", "Ines Calloway", cue="radioed", fuzzy=False),
    ),
    "cabled-that-reports-the-message": (
        "The consul, Ines Calloway, cabled that the embassy had been evacuated.",
        E("indirect", "the embassy had been evacuated", "Ines Calloway", cue="cabled", fuzzy=False),
    ),
    "texted-that-reports-the-message": (
        "Tomas Vrba texted that he was stuck at the border.",
        E("indirect", "he was stuck at the border", "Tomas Vrba", cue="texted", fuzzy=False),
    ),
    # A hearing told ("told the tribunal he had ..."): the clause with no "that" the
    # parser hangs on the proceeding as a relative clause is what was told.
    "told-the-tribunal-clause-read-as-relative-is-what-was-told": (
        "Tomas Vrba told the tribunal he had been dismissed without warning.",
        E("indirect", "he had been dismissed without warning", "Tomas Vrba", cue="told", fuzzy=False),
    ),
    "told-the-hearing-clause-read-as-relative-is-what-was-told": (
        "The ferry's pilot, Ines Calloway, told the hearing she had not been drinking.",
        E("indirect", "she had not been drinking", "Ines Calloway", cue="told", fuzzy=False),
    ),
    "told-the-inquest-clause-read-as-relative-is-what-was-told": (
        "Ines Calloway told the inquest she had seen the van swerve.",
        E("indirect", "she had seen the van swerve", "Ines Calloway", cue="told", fuzzy=False),
    ),
    # A closing speaker the parser hung on the content's last noun as an apposition
    # ("at the border, the UN's coordinator, Ines Calloway, said"): the content ends at
    # the comma before the speaker's phrase.
    "closing-speaker-hung-as-apposition-in-the-content-is-cut-off": (
        "The aid convoy was turned back at the border, the UN's humanitarian coordinator, Ines Calloway, said in a "
        "post on X.",
        E("indirect", "The aid convoy was turned back at the border", "Ines Calloway", cue="said", fuzzy=False),
    ),
    "closing-speaker-hung-as-apposition-of-the-contents-last-noun-is-cut-off": (
        "The aid convoy was turned back at the border, the UN's humanitarian coordinator, Saskia Bril, said.",
        E("indirect", "The aid convoy was turned back at the border", "Saskia Bril", cue="said", fuzzy=False),
    ),
    "closing-speaker-hung-as-apposition-with-a-channel-after-the-cue": (
        "The ferry was stuck in the harbour, the port's operations chief, Tomas Vrba, said in a post on X.",
        E("indirect", "The ferry was stuck in the harbour", "Tomas Vrba", cue="said", fuzzy=False),
    ),
    # A person noun in "-man"/"-woman"/"-person" the lexicon does not list speaks; the
    # place in its phrase ("in Brixham") is where they are, not who.
    "fishermen-in-a-town-speak-not-the-town": (
        "Fishermen in Polperro say the new quotas have halved their catch.",
        # (unnamed "Fishermen", as "Farmers" and "Officials" are, since "fisherman" is a
        # listed trade: res61)
        E("indirect", "the new quotas have halved their catch", "Fishermen", cue="say", mention="Fishermen"),
    ),
    "linesman-speaks-not-the-ground": (
        "A linesman at Ashburton Park said the ball had crossed the line.",
        E("indirect", "the ball had crossed the line", None, cue="said", mention="A linesman at Ashburton Park"),
    ),
    "quoted-charge-whose-open-mark-the-parser-hung-outside-keeps-its-close": (
        'Rival Tomas Vrba accused her of "playing games with lives."',
        E("mixed", 'her of "playing games with lives."', "Tomas Vrba", cue="accused", fuzzy=False),
    ),
    "focus-word-before-that-limits-the-saying": (
        "Asked about the vote, Ines Calloway would say only that she was disappointed.",
        E("indirect", "she was disappointed", "Ines Calloway", cue="would say", fuzzy=False),
    ),
    "gerund-clause-of-a-denial": (
        "Councillor Tomas Vrba denied taking money from the harbour contractors.",
        E("indirect", "taking money from the harbour contractors", "Tomas Vrba", cue="denied", fuzzy=False),
    ),
    "clause-subject-with-its-phrase-hung-on-the-cue": (
        "Dr. Ines Calloway stressed the risk to the public was low.",
        E("indirect", "the risk to the public was low", "Ines Calloway", cue="stressed", fuzzy=False),
    ),
    # "told officers he had done nothing wrong": the clause with no "that", read as a
    # relative clause on the hearer, is what was told.
    "clause-read-as-a-relative-on-the-hearer": (
        "Tomas Vrba was arrested on Friday. He told officers he had done nothing wrong.",
        E("indirect", "he had done nothing wrong", "Tomas Vrba", cue="told", fuzzy=False),
    ),
    # A set-off "that" opens the reported clause; what the parser hangs on the clause
    # before it (the occasion, an interrupting cue) is the cue's, not what was said.
    "occasion-before-a-set-off-that-is-not-content": (
        "Ines Calloway said on Tuesday, in an interview with the Courier, that the port would close.",
        E("indirect", "the port would close", "Ines Calloway", cue="said", fuzzy=False),
    ),
    "interrupting-cue-before-a-set-off-that-is-not-content": (
        "Tomas Vrba wanted a recount. He hoped, he said, that the board would agree.",
        E("indirect", "the board would agree", "Tomas Vrba", cue="said", fuzzy=False),
    ),
    # A clause's subject follows its "that": the object before it is the one told, even
    # when the clause has no subject of its own (an imperative quotation).
    "hearer-before-that-is-not-the-subject-of-a-subjectless-clause": (
        'Ines Calloway told the mayor that if he wants the port, "come and take it."',
        E("mixed", 'if he wants the port, "come and take it."', "Ines Calloway", cue="told", fuzzy=False),
    ),
    # "a call for X to Y": what is called for is the for-to clause, though the parser
    # hangs the infinitive on the sentence's verb.
    "call-for-someone-to-act-keeps-the-infinitive": (
        "Ines Calloway opened with a call for the harbor board to drop the fees.",
        E("indirect", "the harbor board to drop the fees", "Ines Calloway", cue="call", fuzzy=False),
    ),
    # A trailing source hung on the sentence's last clause vouches for the whole sentence.
    "trailing-source-on-a-while-clause-vouches-for-the-sentence": (
        "Ines Calloway has raised $2 million since May, while Tomas Vrba has raised $6 million, according to new filings.",
        E(
            "indirect",
            "Ines Calloway has raised $2 million since May, while Tomas Vrba has raised $6 million",
            None,
            cue="according to",
            fuzzy=False,
        ),
    ),
    # "according to an email previously kept secret": the source's own participle,
    # which the parser makes the head, is no content.
    "participle-of-the-source-is-not-what-it-vouches-for": (
        "The port was told that ships were ready to help, according to an email previously kept secret.",
        E("indirect", "The port was told that ships were ready to help", None, cue="according to", fuzzy=False),
    ),
    # An aside cue with its hearer (`two aides told the Courier`) between the clause's
    # subject and its predicate: the hearer is part of the aside, not the subject.
    "hearer-in-an-aside-is-not-the-subject": (
        "The port, two aides told the Courier, will close in May.",
        E("indirect", "The port, two aides told the Courier, will close in May", "Aides", cue="told", fuzzy=False),
    ),
    # "told the court" set off inside the clause it reports: the one told closes the
    # aside, and what was said runs on both sides of it.
    "told-with-its-hearer-as-an-aside": (
        "The jury, Judge Ines Calloway told the court, had reached a verdict.",
        E("indirect", "The jury, Judge Ines Calloway told the court, had reached a verdict", "Ines Calloway",
          cue="told", fuzzy=False),
    ),
    "told-aside-after-a-fronted-subject-the-parser-leaves-unlabelled": (
        "The ferry, Ines Calloway told the council, would run until May.",
        E("indirect", "The ferry, Ines Calloway told the council, would run until May", "Ines Calloway",
          cue="told", fuzzy=False),
    ),
    # people in the plural after "by" on a reporting noun are its authors, whatever
    # their trade
    "by-phrase-of-plural-people-on-a-reporting-noun": (
        "A warning by coastguards that the sea was too rough was ignored.",
        E("indirect", "the sea was too rough", None, cue="warning", mention="coastguards", fuzzy=False),
    ),
    # a cleft: "who" stands for the focused name, which the mention takes in
    "cleft-who-names-the-focused-speaker": (
        "It was Ines Calloway who first claimed that the ballots had been tampered with.",
        E("indirect", "the ballots had been tampered with", "Ines Calloway", cue="claimed",
          mention="Ines Calloway who", fuzzy=False),
    ),
    # a show's title in marks that the parser reads as a clause is whom it was told
    "quoted-show-title-told-then-that-clause": (
        'Gov. Hal Brandt told CBS\'s "Face the Nation" that the state would sue.',
        E("indirect", "the state would sue", "Hal Brandt", cue="told", fuzzy=False),
    ),
    "reassured-someone-that": (
        "Ines Calloway reassured parents that the schools were safe.",
        E("indirect", "the schools were safe", "Ines Calloway", cue="reassured", fuzzy=False),
    ),
    # a that-clause the parser reads as an adverbial of the cue: "that" alone opens
    # no adverbial clause, so it is what was said
    "that-clause-read-as-an-adverbial": (
        "Tomas Vrba, a harbour pilot who is considered one of the most experienced on the coast, "
        "recalled in 2008 that before the storm, the pier was hardly used by his colleagues, who "
        'wondered if "it would ever be finished."',
        E("indirect", "before the storm, the pier was hardly used by his colleagues", "Tomas Vrba",
          cue="recalled", fuzzy=False),
    ),
    # an "as" aside right after the clause's subject: the subject is part of what was said
    "as-aside-after-the-subject-keeps-the-subject": (
        "The ferry plan, as Ines Calloway noted, is flawed.",
        E("indirect", "The ferry plan, as Ines Calloway noted, is flawed", "Ines Calloway", cue="noted", fuzzy=False),
    ),
    # a passive "as" aside the parser hangs on the subject: the clause of that subject
    # is what was said, the agent who said it
    "passive-as-aside-hung-on-the-subject": (
        "The ferry plan, as noted by Ines Calloway, is flawed.",
        E("indirect", "The ferry plan, as noted by Ines Calloway, is flawed", "Ines Calloway", cue="noted", fuzzy=False),
    ),
    # a gerund right after a speech verb is what was told
    "gerund-after-recalled": (
        "Tomas Vrba recalled sitting on the harbour wall as a boy.",
        E("indirect", "sitting on the harbour wall as a boy", "Tomas Vrba", cue="recalled", fuzzy=False),
    ),
    "gerund-after-described": (
        "Ines Calloway described hearing two loud bangs shortly after midnight.",
        E("indirect", "hearing two loud bangs shortly after midnight", "Ines Calloway", cue="described", fuzzy=False),
    ),
    # a cue in an opening "while" clause, hung with it on the clause it reports
    "cue-in-an-opening-subordinate-clause-hung-on-its-content": (
        "While Calloway insisted the ferry was safe, Vrba warned that it could sink.",
        E("indirect", "the ferry was safe", "Calloway", cue="insisted", fuzzy=False),
    ),
    # a clause that is the host's subject, hung by the parser on the aside cue
    "subject-clause-before-an-aside-cue": (
        "What happens next, Tomas Vrba conceded, is anyone's guess.",
        E("indirect", "What happens next, Tomas Vrba conceded, is anyone's guess", "Tomas Vrba",
          cue="conceded", fuzzy=False),
    ),
    # The subject misread as an adjective: the speaker mention is still the subject, not
    # the place named in the participle clause set off after it, and a lone capitalised
    # subject that is no English word is a surname.
    "place-in-a-participle-after-the-subject-is-no-speaker": (
        'Pruitt, speaking at a rally in Elmford, said the city "deserves better."',
        E("mixed", 'the city "deserves better."', "Pruitt", cue="said", mention="Pruitt"),
    ),
    # People nobody names, in a place named through a common noun ("the city of X"):
    # the place is where they are, not who speaks.
    "people-in-the-city-of-a-place-are-not-the-place": (
        "Officials in the northern city of Varna said three suspects had been detained.",
        E("indirect", "three suspects had been detained", "Officials", cue="said", mention="Officials"),
    ),
    # an adverb between "the 32-year-old" and the cue: the parser hangs "the" and "old"
    # on the adverb (or makes it the subject); the person the age describes speaks
    "age-described-person-then-an-adverb-then-the-cue": (
        "Goalkeeper Tomasz Wrona signed a new deal in March. The 32-year-old later confirmed "
        "on Instagram that he would retire at the end of the season.",
        E("indirect", "he would retire at the end of the season", "Tomasz Wrona", cue="confirmed",
          mention="The 32-year-old"),
    ),
    "age-described-person-then-an-adverb-read-as-the-subject": (
        "Goalkeeper Tomasz Wrona signed a new deal in March. The 32-year-old later said he would "
        "retire at the end of the season.",
        E("indirect", "he would retire at the end of the season", "Tomasz Wrona", cue="said",
          mention="The 32-year-old"),
    ),
    # "The 19-year-old told reporters" read as one noun phrase, the cue an adjective on
    # "reporters" and the clause a relative one: the cue heads the sentence again
    "age-described-person-told-a-plural-audience-a-clause": (
        "Midfielder Aoife Byrne scored twice. The 19-year-old told reporters she was delighted with the result.",
        E("indirect", "she was delighted with the result", "Aoife Byrne", cue="told", mention="The 19-year-old"),
    ),
    "age-described-person-told-read-as-a-participle": (
        "Winger Ross Tolan was dropped. The 22-year-old told friends he was leaving.",
        E("indirect", "he was leaving", "Ross Tolan", cue="told", mention="The 22-year-old"),
    ),
    # a title in marks inside the speaker's description is part of the mention; the
    # speaker is not a name taken from inside the marks
    "title-in-marks-inside-the-speakers-description": (
        'Supporters of the "Rwanda plan" say it will deter crossings.',
        E("indirect", "it will deter crossings", "Supporters", cue="say", mention='Supporters of the "Rwanda plan"'),
    ),
    # the "by" phrase hung by the parser on the quoted word of the "as" phrase: the
    # passive verb's agent speaks, and the item stops before it
    "passive-described-as-a-quoted-word-by-an-agent": (
        'The plan was described as "reckless" by the opposition leader, Dana Whitcombe.',
        E("mixed", 'The plan was described as "reckless"', "Dana Whitcombe", cue="was described",
          mention="Dana Whitcombe", fuzzy=False),
    ),
}


@pytest.mark.parametrize(
    "text",
    [
        'Asked about a post from the club showing the mayor, council leader Ines Calloway (Lab) said "such images have no place in a campaign."',
        'Asked about the post, Rep. Ines Calloway (D-Ohio) said "such images have no place in a campaign."',
    ],
)
def test_party_in_brackets_between_name_and_cue(nlp, text: str) -> None:
    """`Rep. Ann Roe (D-Ohio) said "..."` with the name misparsed into the phrase before:
    the name before the bracketed party is the subject, not a noun of that phrase."""
    quotes = run(nlp, text)
    check(quotes, E("direct", "such images have no place in a campaign.", "Ines Calloway", cue="said"))


def test_interjected_quote_in_a_relative_clause_is_its_own_item(nlp) -> None:
    """`..., to which Calloway interjected: "..."`: "interject" reports, and the report
    before it ends where the relative clause with its own speaker begins."""
    text = 'Vrba said the plan was sound and strong, to which Calloway interjected: "It is just not true."'
    quotes = run(nlp, text)
    check(quotes, E("indirect", "the plan was sound and strong", "Vrba", cue="said", fuzzy=False))
    check(quotes, E("direct", "It is just not true.", "Calloway", cue="interjected"))


@pytest.mark.parametrize("marks", [("\u201c", "\u201d"), ('"', '"'), ("''", "''")])
def test_mixed_content_opening_with_its_quotation_keeps_both_marks(nlp, marks: tuple[str, str]) -> None:
    """`"We are extremely happy" about the decision, Calloway told reporters`: the content
    reads as written, opening mark included, never `We are extremely happy" about ...`."""
    o, c = marks
    text = f"{o}We are extremely happy{c} about the decision, Ines Calloway told reporters on Monday."
    quotes = run(nlp, text)
    q = check(quotes, E("mixed", f"{o}We are extremely happy{c} about the decision", "Ines Calloway", cue="told", fuzzy=False))
    assert q.content.text.startswith(o), show(quotes)


def test_name_read_as_a_compound_of_its_verb_is_the_subject(nlp) -> None:
    """`... Calloway joked, "..."`: the small model may read "Calloway joked" as one
    compound noun, leaving the verb without a subject; the name glued to it speaks."""
    text = (
        'When someone in the crowd shouted, "Vrba," Calloway joked, again using a thick '
        'accent, "Come on up and take the wheel!"'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "Come on up and take the wheel!", "Calloway", cue="joked"))


@pytest.mark.parametrize(
    "text",
    [
        'Mocking reports of a "crisis" at the port, Ines Calloway said on Tuesday that the ferries would run.',
        'Mocking reports of a "crisis," Ines Calloway said the ferries would run.',
        'Citing "obligations at home," Ines Calloway told reporters that the ferries would run.',
    ],
)
def test_quote_in_a_leading_participle_is_not_what_the_cue_reports(nlp, text: str) -> None:
    """The cue reports the clause right after it; a quote in the participle that leads
    the sentence is not what it says (and never takes the report's place)."""
    quotes = run(nlp, text)
    check(quotes, E("indirect", "the ferries would run", "Ines Calloway", fuzzy=False))
    assert not [
        q for q in quotes if q.cue is not None and q.cue.text in ("said", "told") and q.type == "mixed"
    ], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Ines Calloway's six-percentage-point lead over the presumptive nominee, Tomas Vrba, "
        "in a Courier poll last month has evaporated.",
        "Who in their right mind would have chosen a Vrba college to go to?",
    ],
)
def test_in_phrase_inside_the_subject_holds_no_view(nlp, text: str) -> None:
    """A poll or view phrase inside the subject, not set off by commas, says where the
    subject's lead was found (or is an idiom): no one holds the sentence."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


def test_fronted_poll_keeps_its_date(nlp) -> None:
    """`In a Kent Herald poll last week, ...`: the poll's date before the comma that
    closes the fronted source belongs to the source, not to what the poll holds."""
    quotes = run(nlp, "In a Kent Herald poll last week, Ines Calloway had a 10 percentage-point lead.")
    check(quotes, E("indirect", "Ines Calloway had a 10 percentage-point lead", None, cue="In a Kent Herald poll", fuzzy=False))


def test_as_phrase_after_a_relative_clause_frames_the_outer_object(nlp) -> None:
    """`praised Vrba, who ended his bid on Saturday, as "..."`: the parser hangs the
    "as" phrase on the relative clause's verb; the comma-led phrase after the clause
    frames the praised object, and the praiser speaks (not the one who ended a bid)."""
    text = 'Ines Calloway praised Tomas Vrba, who ended his bid on Saturday, as "a man who never gave up."'
    quotes = run(nlp, text)
    check(
        quotes,
        E("mixed", 'Tomas Vrba, who ended his bid on Saturday, as "a man who never gave up."', "Ines Calloway", cue="praised"),
    )
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "ended"], show(quotes)


def test_title_after_its_intro_word_and_a_determiner_is_no_quote(nlp) -> None:
    """`the authors of the "Growth and Renewal Project,"`: a Title Case name whose marks
    follow an intro word ("of") and a determiner names a work; it is no quotation."""
    text = (
        "\u201cIf we want young voters to support Labour, we have to engage them and show our "
        "sincerity,\u201d wrote the authors of the \u201cGrowth and Renewal Project,\u201d giving the "
        "example of 2012 candidate Ines Calloway\u2019s poor showing with students. \u201cIf students "
        "think we do not want them here, they will close their ears to our policies.\u201d"
    )
    quotes = run(nlp, text)
    assert not [q for q in quotes if "Renewal Project" in q.content.text], show(quotes)
    assert [q for q in quotes if q.content.text.startswith("If we want young voters")], show(quotes)


@pytest.mark.parametrize(("text", "expected"), list(REPORTED.values()), ids=list(REPORTED))
def test_reported(nlp, text: str, expected: E) -> None:
    quotes = run(nlp, text)
    q = check(quotes, expected)
    # The reported clause never swallows the speaker or the cue.
    assert q.speaker_mention is None or not within(
        q, q.speaker_mention.start, q.speaker_mention.end
    )
    assert "." != q.content.text[-1:], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Trump predicts that the ferry will be late.", "the ferry will be late", "predicts"),
        ("Trump estimates that the wall will cost $9 billion.", "the wall will cost $9 billion", "estimates"),
        ("Trump claims the harbour is safe.", "the harbour is safe", "claims"),
        ("Cash predicts that turnout will fall.", "turnout will fall", "predicts"),
    ],
)
def test_present_tense_cue_read_as_a_plural_noun_after_a_name(nlp, text: str, content: str, cue: str) -> None:
    """After a name that is also a common word the parser reads "predicts" as a plural
    noun heading the sentence: it is the cue, the name who says it."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, cue=cue))
    assert q.type == "indirect" and q.cue is not None and q.cue.text == cue, show(quotes)
    assert q.speaker_mention is not None and q.speaker_mention.text == text.split()[0], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue", "mention"),
    [
        # a determiner opens the name, and the "that" clause is read as a relative one
        ("The Treasury projects that borrowing will fall to 3% of GDP.", "borrowing will fall to 3% of GDP",
         "projects", "The Treasury"),
        # a verb spelled like its noun, tagged a noun: as the root, or ending an "at" phrase
        ("Analysts at Morland Securities forecast that the bank would cut rates twice this year.",
         "the bank would cut rates twice this year", "forecast", "Analysts at Morland Securities"),
        ("Economists at the central bank forecast that inflation would peak in May.",
         "inflation would peak in May", "forecast", "Economists at the central bank"),
        # the past tense read as a participle on the subject noun, the sentence left verbless
        ("The gymnast posted on Instagram that she would miss the final with a wrist injury.",
         "she would miss the final with a wrist injury", "posted", "The gymnast"),
    ],
)
def test_cue_read_as_a_noun_or_participle_after_the_subject(
    nlp, text: str, content: str, cue: str, mention: str
) -> None:
    """The model may leave a sentence with no verb, its subject noun the root and the
    cue a plural noun or a participle on it: the cue is still the verb, the noun who
    says the "that" clause after it."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, cue=cue, fuzzy=False))
    assert q.cue is not None and q.cue.text == cue, show(quotes)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The latest Harbour Post poll showed Vrba leading the race with 31 percent of the vote, followed by"
            " Calloway at 17 percent and Moen at 9 percent.",
            "Vrba leading the race with 31 percent of the vote, followed by Calloway at 17 percent and Moen at 9 percent",
            "showed",
        ),
        (
            "A new survey found Calloway in second place at 22 percent, followed closely by Moen at 20 percent.",
            "Calloway in second place at 22 percent, followed closely by Moen at 20 percent",
            "found",
        ),
    ],
)
def test_poll_standings_run_on_past_followed_by(nlp, text: str, content: str, cue: str) -> None:
    """The places after "followed by" are more of what the poll showed, though the
    parser hangs the phrase on the cue."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, cue=cue, fuzzy=False))
    assert q.type == "indirect" and q.cue is not None and q.cue.text == cue, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("Mayor Ada Voss drew the support of 41 percent of the harbour workers surveyed.", "Mayor Ada Voss", "drew the support"),
        (
            "The harbour plan won the backing of three of the five councillors, Tomas Vrba among them.",
            "The harbour plan",
            "won the backing",
        ),
    ],
)
def test_stance_received_from_a_share_of_people(nlp, text: str, content: str, cue: str) -> None:
    """A figure in the source of a received stance counts the people who hold it ("the
    support of 41 percent of voters"); only a figure in the stance itself ("20 percent
    support") makes it a poll share."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, cue=cue, fuzzy=False))
    assert q.type == "indirect" and q.cue is not None and q.cue.text == cue, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("According to a Reuters/Ipsos poll, the two mayors are tied statewide.", "the two mayors are tied statewide"),
        ("A Reuters/Ipsos opinion poll found that most voters want a new bridge.", "most voters want a new bridge"),
    ],
)
def test_joint_poll_name_with_an_agency_and_a_slash_is_no_photo_credit(nlp, text: str, content: str) -> None:
    """"Reuters/" opens a photo credit ("Reuters/Lena Marsh"), but before a pollster's
    name and "poll" it names a joint poll: the line is no caption."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


def test_agency_credit_with_a_slash_still_marks_a_caption(nlp) -> None:
    text = "Ferries wait at the pier.\n\nResidents say the pier is unsafe. Reuters/Lena Marsh\n\nThe council meets on Monday."
    assert run(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "A three-year run of falling ferry fares will end this year, sooner than expected, the independent"
            " Harbour Office reported on Tuesday -- a development that adds new pressure on the council.",
            "A three-year run of falling ferry fares will end this year, sooner than expected",
            "reported",
        ),
        (
            "A long decline in ferry fares will end this year, earlier than expected, the Harbour Office said on"
            " Tuesday -- a development that puts new pressure on the council.",
            "A long decline in ferry fares will end this year, earlier than expected",
            "said",
        ),
    ],
)
def test_closing_cue_followed_by_the_writers_gloss(nlp, text: str, content: str, cue: str) -> None:
    """`..., the office reported on Tuesday -- a development that ...`: the noun phrase
    after the dash glosses the report; the clause before the cue is what was reported."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, cue=cue, fuzzy=False))
    assert q.cue is not None and q.cue.text == cue, show(quotes)


def test_guessed_wish_is_found_and_scored_low(nlp) -> None:
    """`councils that may not want to pay`: the rules report the wish (PolNeAR annotates
    such guesses), and the confidence model scores it low, near the default cut and far
    under the same words reported by a named speaker (a guess with no speaker is right
    about half the time), so a run with a cut above its score does not store it. (The
    score sits within a hundredth of the default cut, 0.493 before this stop's relearning
    and 0.502 after: which side of 0.5 it falls is the model's, not a rule's.)"""
    text = "The plan needs the help of councils that may not want to pay for the pier."
    every = run(pipeline.load(min_confidence=0), text)
    q = check(every, E("indirect", "to pay for the pier", None, cue="may not want"))
    said = run(pipeline.load(min_confidence=0), "Mayor Jo Reed said councils may not want to pay for the pier.")
    assert q.confidence < 0.6 < max(r.confidence for r in said)
    assert run(pipeline.load(min_confidence=0.6), text) == []


MIXED = {
    "lead-with-a-title-abbreviation": (
        'But Mr. Brooks was "not amused by the ferry fares," Lena Marsh said.',
        E("mixed", 'But Mr. Brooks was "not amused by the ferry fares,"', "Lena Marsh", cue="said", fuzzy=False),
        "not amused by the ferry fares,",
    ),
    "aside-cue-inside-the-clause-before-its-quoted-predicate": (
        'The contract, Ines Calloway said, was "a scandal from start to finish".',
        E(
            "mixed",
            'The contract, Ines Calloway said, was "a scandal from start to finish"',
            "Ines Calloway",
            cue="said",
            fuzzy=False,
        ),
        "a scandal from start to finish",
    ),
    "aside-cue-inside-the-clause-before-its-quoted-complement": (
        'There was, Tomas Vrba admitted, "a great deal of luck" involved in the rescue.',
        E(
            "mixed",
            'There was, Tomas Vrba admitted, "a great deal of luck" involved in the rescue',
            "Tomas Vrba",
            cue="admitted",
            fuzzy=False,
        ),
        "a great deal of luck",
    ),
    "inverted-speaker-after-a-misparsed-lead": (
        'The closure of the pier signals "the end of the ferry era" for the town, said Lena '
        "Marsh, the harbour master.",
        E("mixed", 'The closure of the pier signals "the end of the ferry era', "Lena Marsh", cue="said"),
        "the end of the ferry era",
    ),
    "opens-with-the-quotation-and-runs-on": (
        'Lena Marsh said "the ferry is finished" on Monday.',
        E("mixed", '"the ferry is finished" on Monday', "Lena Marsh", cue="said", fuzzy=False),
        "the ferry is finished",
    ),
    "two-quoted-words-joined-by-and-keep-the-last-close-mark": (
        'Tomas Vrba described the pier as "unsafe" and "doomed."',
        E("mixed", 'the pier as "unsafe" and "doomed."', "Tomas Vrba", cue="described", fuzzy=False),
        "doomed.",
    ),
    "two-quotations-joined-by-and": (
        'As they marched down the quay, the dockers chanted "No more tolls" and "Free the ferry."',
        E("mixed", 'No more tolls" and "Free the ferry.', "Dockers", cue="chanted", mention="the dockers"),
        "Free the ferry.",
    ),
    "quotes-an-author-before-a-colon": (
        'Lena Marsh quotes the former mayor Ada Voss: "A harbour without ferries is a lake '
        'with ambitions."',
        E(
            "mixed",
            'the former mayor Ada Voss: "A harbour without ferries is a lake with ambitions.',
            "Lena Marsh",
            cue="quotes",
        ),
        "A harbour without ferries is a lake with ambitions.",
    ),
    "by-quoting-an-author-before-a-colon": (
        "The harbour master Lena Marsh closed her speech by quoting Lord Nelson in full: "
        '"England expects that every man will do his duty."',
        E(
            "mixed",
            'Lord Nelson in full: "England expects that every man will do his duty.',
            "Lena Marsh",
            cue="quoting",
        ),
        "England expects that every man will do his duty.",
    ),
    "warned-within-days": (
        'Maria Okafor warned that the port could close "within days."',
        E("mixed", 'the port could close "within days', "Maria Okafor", cue="warned"),
        "within days.",
    ),
    "said-on-schedule": (
        'Daniel Brooks said the repairs were "well ahead of schedule" and would end in May.',
        E(
            "mixed",
            'the repairs were "well ahead of schedule" and would end in May',
            "Daniel Brooks",
            cue="said",
        ),
        "well ahead of schedule",
    ),
    "curly-fragment": (
        "Maria Okafor told reporters that the ferry fleet was \u201cfalling apart at the seams.\u201d",
        E(
            "mixed",
            "the ferry fleet was \u201cfalling apart at the seams",
            "Maria Okafor",
            cue="told",
        ),
        "falling apart at the seams.",
    ),
    "quotation-runs-past-its-first-sentence": (
        'Maria Okafor said the ferry would "run on time. We have fixed the engines and '
        'hired more crew for the summer."',
        E(
            "mixed",
            'the ferry would "run on time. We have fixed the engines and hired more crew '
            'for the summer."',
            "Maria Okafor",
            cue="said",
        ),
        "We have fixed the engines",
    ),
    "attribution-interrupts-predicate": (
        '"Only you, Daniel," Maria Okafor said, would use a storm to praise the ferry.',
        E(
            "mixed",
            '"Only you, Daniel," Maria Okafor said, would use a storm to praise the ferry',
            "Maria Okafor",
            cue="said",
        ),
        "Only you, Daniel,",
    ),
    "attribution-interrupts-after-subordinate-lead": (
        'Despite his "rather loud manner," lawyer Ana Ruiz wrote, Mr. Lane is a devoted father.',
        E(
            "mixed",
            'Despite his "rather loud manner," lawyer Ana Ruiz wrote, Mr. Lane is a devoted father',
            "Ana Ruiz",
            cue="wrote",
        ),
        "rather loud manner,",
    ),
    "called-object-quoted-complement": (
        'Maria Okafor called the harbour plan a "costly mistake" on Monday.',
        E("mixed", 'the harbour plan a "costly mistake"', "Maria Okafor", cue="called"),
        "costly mistake",
    ),
    "object-phrase-around-a-quoted-noun": (
        'Maria Okafor laments a "throwaway culture" in which ferry workers are forgotten.',
        E(
            "mixed",
            'a "throwaway culture" in which ferry workers are forgotten',
            "Maria Okafor",
            cue="laments",
        ),
        "throwaway culture",
    ),
    "quoted-opening-finished-before-the-attribution": (
        '"We are tired and angry" about the new shift rota at the harbour, Daniel Brooks said.',
        E(
            "mixed",
            'We are tired and angry" about the new shift rota at the harbour',
            "Daniel Brooks",
            cue="said",
        ),
        "We are tired and angry",
    ),
    "blamed-object-with-its-own-of-phrase": (
        'Daniel Brooks blamed the problem of late ferries on "lazy crews."',
        E("mixed", 'the problem of late ferries on "lazy crews."', "Daniel Brooks", cue="blamed"),
        "lazy crews",
    ),
    "subject-with-aside-then-quoted-predicate": (
        'The harbour fair, held every summer since 1950, "brings the whole town to the quay," '
        "said Maria Okafor.",
        E(
            "mixed",
            'The harbour fair, held every summer since 1950, "brings the whole town to the quay,',
            "Maria Okafor",
            cue="said",
        ),
        "brings the whole town",
    ),
    "closing-fragment-after-a-comma": (
        'Daniel Brooks said he was best placed to fix the harbour because he is a sailor, "like you folks."',
        E(
            "mixed",
            'he was best placed to fix the harbour because he is a sailor, "like you folks."',
            "Daniel Brooks",
            cue="said",
        ),
        "like you folks",
    ),
    "quotation-in-the-object-of-a-verb-outside-the-cue-lists": (
        'Maria Okafor bemoaned the harbour culture in which crews "never say thank you" to each other.',
        E(
            "mixed",
            'the harbour culture in which crews "never say thank you" to each other',
            "Maria Okafor",
            cue="bemoaned",
        ),
        "never say thank you",
    ),
    "quotation-in-an-organisations-object": (
        "The Dover Harbour Board released a statement on Monday, offering "
        '"a deep and sincere apology" to the ferry crews after the leak.',
        E(
            "mixed",
            'a deep and sincere apology" to the ferry crews after the leak',
            "Dover Harbour Board",
            cue="offering",
        ),
        "a deep and sincere apology",
    ),
    "quotation-in-a-prepositional-object": (
        'Daniel Brooks then pivoted to the dangers of a "rigged harbour economy."',
        E("mixed", 'the dangers of a "rigged harbour economy."', "Daniel Brooks", cue="pivoted"),
        "rigged harbour economy",
    ),
}

# A quotation that is the predicate of an object ("called X "Y"", "referred to X as
# "Y"") or of a passive subject: a mixed item from the object on, whatever the verb.
QUOTED_COMPLEMENTS = {
    # a quoted label the parser reads as a second object, or as an adjective on the
    # object, is still the object's predicate
    "label-read-as-a-second-object": (
        'Tomas Vrba branded the budget "a con trick".',
        E("mixed", 'the budget "a con trick"', "Tomas Vrba", cue="branded", fuzzy=False),
    ),
    # the likeness a comparison gives, in marks, is said of the object
    "likened-to-a-quoted-likeness": (
        'Tomas Vrba compared the harbour plan to "a sinking ship".',
        E("mixed", 'the harbour plan to "a sinking ship"', "Tomas Vrba", cue="compared", fuzzy=False),
    ),
    # a clause after the cue that ends at a colon, with the cue's quotation right after
    # it: one mixed item from the clause to the close mark (the quotation bears it out)
    "clause-at-a-colon-then-the-quotation": (
        'Councillor Ines Calloway said the ferry plans were flawed: "Nobody has costed the drainage."',
        E(
            "mixed", 'the ferry plans were flawed: "Nobody has costed the drainage."', "Ines Calloway",
            cue="said", fuzzy=False,
        ),
    ),
    # ... or hangs it on the object as an apposition, an object of its own, or its predicate
    "label-read-as-an-apposition-on-the-object": (
        'The opposition labelled the budget "a con".',
        E("mixed", 'the budget "a con"', None, cue="labelled", mention="The opposition", fuzzy=False),
    ),
    "label-read-as-the-object-of-the-object": (
        'Dockers branded the pay offer "derisory".',
        E("mixed", 'the pay offer "derisory"', "Dockers", cue="branded", fuzzy=False),
    ),
    "label-read-as-a-predicate-of-the-object": (
        'The coroner labelled the care home\'s record-keeping "chaotic".',
        E("mixed", 'the care home\'s record-keeping "chaotic"', "Coroner", cue="labelled", mention="The coroner",
          fuzzy=False),
    ),
    "label-read-as-an-adjective-on-the-object": (
        'Dockers labelled the harbour plan "reckless and unfair".',
        E("mixed", 'the harbour plan "reckless and unfair"', "Dockers", cue="labelled", fuzzy=False),
    ),
    "named-thing-belongs-to-who-acts-on-it": (
        'Lena Marsh released a memo titled "The Facts on the Harbour" on Monday.',
        E("mixed", 'a memo titled "The Facts on the Harbour"', "Lena Marsh", cue="titled", mention="Lena Marsh"),
    ),
    "quoted-predicate-then-the-next-act": (
        'Lena Marsh met the press on Monday. She called it "shameful" and called on leaders '
        '"not to give up on the harbour."',
        E("mixed", 'it "shameful"', "Lena Marsh", cue="called", fuzzy=False),
    ),
    "referred-to-as": (
        'Daniel Brooks referred to the mayor as "a friend of the port," and left early.',
        E("mixed", 'the mayor as "a friend of the port,"', "Daniel Brooks", cue="referred"),
    ),
    "noun-named-by-a-participle": (
        'Her daughter is writing a book called "Women Who Sail" and leading the charge.',
        E("mixed", 'a book called "Women Who Sail"', None, cue="called"),
    ),
    "rated-not-a-speech-verb": (
        'In her review, Maria Okafor rated both claims "mostly false."',
        E("mixed", 'both claims "mostly false."', "Maria Okafor", cue="rated"),
    ),
    "relative-clause-labelled": (
        'Daniel Brooks, who labelled the harbour plan "a costly mistake," will vote on Monday.',
        E("mixed", 'the harbour plan "a costly mistake,"', "Daniel Brooks", cue="labelled"),
    ),
    "stops-before-new-clause": (
        'Maria Okafor spared the captain, calling him a "decent sailor" and she left the dock.',
        E("mixed", 'him a "decent sailor"', "Maria Okafor", cue="calling"),
    ),
    "relative-clause-with-second-quote": (
        'Daniel Brooks waved the issue away, calling it a "filing slip" that was blown up in a '
        '"smear column" by the weekly.',
        E(
            "mixed",
            'it a "filing slip" that was blown up in a "smear column" by the weekly',
            "Daniel Brooks",
            cue="calling",
        ),
    ),
    "clause-goes-on-after-fragment": (
        'Daniel Brooks called the ferry budget "a real mess" before the vote on Tuesday.',
        E("mixed", 'the ferry budget "a real mess" before the vote on Tuesday', "Daniel Brooks", cue="called"),
    ),
    # the by-phrase of the passive names who used the words, people in the plural
    # though no list holds their trade, and ends before the fragment though the parser
    # hangs the "as" phrase on it
    "passive-with-a-by-agent-of-plural-people": (
        'The ferry was described by inspectors as "a floating wreck".',
        E("mixed", 'as "a floating wreck"', "Inspectors", mention="inspectors", fuzzy=False),
    ),
    # an adjective in the marks that the parser hangs on "as" as a modifier
    "quoted-adjective-read-as-a-modifier-of-as": (
        'Ines Calloway summed up the ferry as "unreliable".',
        E("mixed", 'the ferry as "unreliable"', "Ines Calloway", cue="summed up"),
    ),
    "passive-no-speaker": (
        'The new ferry, which opens in May, has been described as "a floating palace."',
        E("mixed", 'The new ferry, which opens in May, has been described as "a floating palace."', None),
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(QUOTED_COMPLEMENTS.values()), ids=list(QUOTED_COMPLEMENTS))
def test_quoted_complement(nlp, text: str, expected: E) -> None:
    check(run(nlp, text), expected)


# A quoted fragment whose period ends its sentence, then a sentence with a cue of its
# own: the fragment keeps the cue before it and stops at its close mark.
MIXED_THEN_NEXT = {
    "fragment-period-then-new-speaker": (
        'Daniel Brooks called the ferry schedule "a disgrace." Maria Okafor said the city '
        "would review it.",
        [
            E("mixed", 'the ferry schedule "a disgrace."', "Daniel Brooks", cue="called"),
            E("indirect", "the city would review it", "Maria Okafor", cue="said"),
        ],
    ),
    "fragment-period-then-new-sentence": (
        'During the hearing, Daniel Brooks praised the crew, calling them "the best in the '
        'port." The mayor has opposed the plan.',
        [E("mixed", 'them "the best in the port."', "Daniel Brooks", cue="calling")],
    ),
}




@pytest.mark.parametrize("joiner", [" ", "\n"], ids=["same-line", "line-break"])
def test_quote_after_closed_fragment_stays_direct(nlp, joiner: str) -> None:
    """A fragment's closing period (or a line break) ends the sentence: the next quote
    with its cue after it is direct, not a mixed item reaching back over the fragment."""
    text = (
        'Maria Okafor has built her campaign on presenting herself as "an outsider."'
        + joiner
        + '"We are not insiders and we take orders from no one," Okafor told the paper.'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "We are not insiders and we take orders from no one,", "Maria Okafor", cue="told"))
    second = text.index("We are not")
    assert not [q for q in quotes if q.content.start < text.index("an outsider") and q.content.end > second], show(
        quotes
    )


def test_quote_after_mixed_item_continues_its_speaker(nlp) -> None:
    text = (
        'Yet the ferry is also a "floating palace," Daniel Brooks said. "People love it '
        'and they will keep coming back every summer."'
    )
    quotes = run(nlp, text)
    check(quotes, E("mixed", 'Yet the ferry is also a "floating palace,"', "Daniel Brooks", cue="said"))
    check(quotes, E("direct", "People love it and they will keep coming back every summer.", "Daniel Brooks"))


def test_backshifted_predicate_after_a_fragment_is_still_reported(nlp) -> None:
    """`said the pumps were "very old" and had failed twice`: the parser hangs "had
    failed" on the cue, but a past perfect after a past-tense cue goes on with the
    reported clause; a plain past ("and promised to ...") is the speaker's next act."""
    for fragment in ('"very old"', '"older than the pier"', "\u201colder than the pier\u201d"):
        text = f"Ines Varga said the harbour pumps were {fragment} and had failed twice this winter."
        quotes = run(nlp, text)
        content = f"the harbour pumps were {fragment} and had failed twice this winter"
        check(quotes, E("mixed", content, "Ines Varga", cue="said", fuzzy=False))
    text = 'Daniel Brooks called the harbour contract "a disgrace" and promised to reopen the tender.'
    quotes = run(nlp, text)
    q = find(quotes, E("mixed", 'the harbour contract "a disgrace"', None))
    assert "promised" not in q.content.text, show(quotes)


def test_mixed_item_in_a_leading_subordinate_clause_stops_at_its_end(nlp) -> None:
    """`While Roe has warned against "...", she has ordered ...`: what the cue in the
    leading clause reports ends with that clause, not with the main one after it."""
    text = (
        'While the mayor has warned against "a betrayal of our harbour" in the way the city '
        "treats its dockers, she has ordered a review of the pier contracts."
    )
    quotes = run(nlp, text)
    q = find(quotes, E("mixed", 'against "a betrayal of our harbour"', None))
    assert "ordered" not in q.content.text, show(quotes)


def test_as_aside_still_reports_the_main_clause(nlp) -> None:
    """`As Roe said, X was "..." for years`: the aside names the source of the whole main
    clause, which stays the content."""
    text = 'As the mayor said, the old bridge was "a public disgrace" for a decade.'
    quotes = run(nlp, text)
    check(quotes, E("mixed", 'the old bridge was "a public disgrace" for a decade', "Mayor"))  # (unnamed)


def test_quote_paragraph_after_a_reported_clause_continues_its_speaker(nlp) -> None:
    """A report closing its paragraph, then a paragraph that is one quotation: the
    quote goes on with the reporter's statement (one statement over two paragraphs)."""
    text = (
        "Harbour master Lena Fromm said that the old pier would close before the winter.\n\n"
        '"We cannot keep patching a structure that is older than any of us."'
    )
    quotes = run(nlp, text)
    q = find(quotes, E("direct", "We cannot keep patching a structure that is older than any of us.", None))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Harbour master Lena Fromm", show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # "by email" is how the words came
        ("Ferry crews were informed by email that the route would close.", "the route would close"),
        # a verb of telling joined to a passive is passive too: its subject was told
        ("The harbour master was summoned and told that the pier would close.", "the pier would close"),
    ],
)
def test_passive_telling_with_no_teller_has_no_speaker(nlp, text: str, content: str) -> None:
    """A passive of telling whose teller is not named has no speaker mention: neither the
    means after a bare "by" nor the one told."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, fuzzy=False))
    assert q.speaker_mention is None, show(quotes)


@pytest.mark.parametrize("quote", ["It's not sustainable.", "Nobody came."])
def test_short_quote_sentence_after_a_reported_clause_continues_its_speaker(nlp, quote: str) -> None:
    """A short quotation paragraph that is a whole sentence (capitalised, closed by a
    stop) goes on with the report before it as a longer one does."""
    text = f'Harbour master Lena Fromm said that the old pier would close before the winter.\n\n"{quote}"'
    quotes = run(nlp, text)
    q = find(quotes, E("direct", quote, None))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Harbour master Lena Fromm", show(quotes)


@pytest.mark.parametrize("quote", ["Everything's gone.", "Never again."])
def test_two_word_quote_paragraph_after_a_quote_continues_its_speaker(nlp, quote: str) -> None:
    """A paragraph that is a two-word sentence in marks after an attributed quotation
    goes on with its speaker (a floating quotation), as a longer one does."""
    text = f'"We lost the boat shed," said Lena Fromm.\n\n"{quote}"'
    quotes = run(nlp, text)
    q = find(quotes, E("direct", quote, None))
    assert q.speaker == "Lena Fromm", show(quotes)


def test_advised_with_nobody_addressed_reports_no_infinitive(nlp) -> None:
    """`the clerks Vrba advised not to sign`: in a relative clause the one advised is
    the noun outside it; the bare infinitive is no report of its own."""
    text = "The pier deal was left to the clerks Tomas Vrba advised not to sign, and the council waited."
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.content.text.startswith("not to sign")], show(quotes)


def test_bare_word_after_a_reported_clause_is_not_carried(nlp) -> None:
    """A bare word in marks after a report says too little to carry the speaker on."""
    text = 'Harbour master Lena Fromm said that the old pier would close before the winter.\n\n"Unacceptable"'
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.content.text == "Unacceptable"], show(quotes)


def test_first_person_quote_paragraph_after_narration_about_one_person_is_theirs(nlp) -> None:
    """A paragraph of plain narration about one named person, then a paragraph that is
    one quotation in the first person: the person introduced speaks it."""
    text = (
        "Orchards\n\nFruit grower Ines Calloway lost half of her apple trees to the frost in April.\n\n"
        '"I walked the rows every morning and watched the blossom turn brown. We had never seen it so bad."'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "I walked the rows every morning and watched the blossom turn brown. We had never seen it so bad.", "Ines Calloway"))


def test_first_person_quote_paragraph_after_narration_about_a_name_tagged_a_body_is_theirs(nlp) -> None:
    """The small model tags some full names an organisation ("Hanna Kovalenko"); one that
    opens on a clearly gendered first name is still the person the narration is about."""
    text = (
        "Hanna Kovalenko waited outside the bakery where she had worked since 1998.\n\n"
        '"I kneaded bread here every morning and I am not going to leave now."'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "I kneaded bread here every morning and I am not going to leave now.", "Hanna Kovalenko"))


def test_first_person_quote_paragraph_after_narration_about_a_role_with_a_name_in_apposition(nlp) -> None:
    """The narration's subject is a role with the person's name set off after it ("The
    airline's chief executive, Sofia Brandão,"): the named person speaks the quote."""
    text = (
        "The ferry operator's chief executive, Sofia Brandão, apologised to passengers on Monday.\n\n"
        "\u201cWe let people down this summer and I am sorry for that.\u201d"
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "We let people down this summer and I am sorry for that.", "Sofia Brandão"))


@pytest.mark.parametrize("who", ["Ines Calloway, the coach,", "Ines Calloway"])
def test_quote_paragraph_after_someone_was_asked_is_their_answer(nlp, who: str) -> None:
    """`Ines Calloway was asked about the defeat.` then a paragraph that is only a
    quotation: the one asked answers, in the first person or not."""
    text = f"{who} was asked about the defeat.\n\n\u201cIt was a poor day for everyone at the club. Simple as that.\u201d"
    quotes = run(nlp, text)
    check(quotes, E("direct", "It was a poor day for everyone at the club. Simple as that.", "Ines Calloway"))


def test_quote_paragraph_naming_the_person_of_the_narration_is_not_theirs(nlp) -> None:
    """A quote that names the person the narration is about is someone else's words
    about them."""
    text = (
        "Fire\n\nFruit grower Ines Calloway lost her home in the fire on Sunday.\n\n"
        '"We all helped Calloway as much as we could, but I think she has lost everything."'
    )
    assert not [q for q in run(nlp, text) if q.speaker == "Ines Calloway"]


def test_quote_paragraph_after_narration_about_two_people_is_not_carried(nlp) -> None:
    """With two people in the narration before it, a quote paragraph with no cue has no
    speaker to continue."""
    text = (
        "Orchards\n\nFruit grower Ines Calloway lost half of her trees, and her neighbour Tomas Vrba lost all of his.\n\n"
        '"I walked the rows every morning and watched the blossom turn brown."'
    )
    assert not [q for q in run(nlp, text) if q.content.text.startswith("I walked")]


@pytest.mark.parametrize(
    "post",
    [
        "The ferry is late again. pic.twitter.com/Ab12Cd \u2014 Ines Calloway (@icalloway) May 2, 2024",
        "The ferry is late again. https://t.co/Ab12Cd \u2014 Ines Calloway (@icalloway) May 2, 2024",
        "The ferry is late again. - Ines Calloway (@icalloway)",
    ],
    ids=["pic-link-and-date", "short-link", "no-link-no-date"],
)
def test_embedded_post_without_marks_is_its_signers(nlp, post: str) -> None:
    """A post copied into the text with the embed's signature, `— Name (@handle) Date`:
    the words before the link are the signer's."""
    text = f"Ferry row\n\nCommuters vented their anger online.\n\n{post}\n\nThe operator apologised."
    check(run(nlp, text), E("direct", "The ferry is late again.", "Ines Calloway"))


def test_embed_signature_on_its_own_line_signs_the_line_before(nlp) -> None:
    """A page reader gives an embedded post one paragraph a line: the post, then its
    signature `— Name (@handle) date` on the next line, which signs the line before."""
    text = (
        "The operator of the island ferry said on Monday it would cut its winter sailings by half from"
        " the first week of December.\n"
        "The ferry is our only road. Cutting it is cutting us off. #SaveOurFerry\n"
        "\u2014 Ines Calloway (@inescalloway) March 3, 2026\n"
        "The county council said it would meet the operator next week to discuss the timetable.\n"
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "The ferry is our only road. Cutting it is cutting us off. #SaveOurFerry", "Ines Calloway"))


def test_embedded_post_after_a_colon_cue_leaves_its_signature_out(nlp) -> None:
    """`He posted a statement on X:` then the embed: the post is the signer's words, and
    the signature line (`— Name (@handle) Date`) is the embed's, not part of the post."""
    text = (
        "Ferry row\n\nOn Monday the skipper posted an apology on X:\n\n"
        "I was wrong to shout at the passengers. Sorry. \u2014 Tomas Vrba (@tvrba) May 2, 2024"
        "\n\nThe operator apologised too."
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "I was wrong to shout at the passengers. Sorry.", "Tomas Vrba"))
    assert not any("@tvrba" in q.content.text for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The prosecutor, Ines Calloway, told the jury earlier in the trial.",
        "Ines Calloway told the jury earlier in the case that the scheme had run for six years.",
        "Ines Calloway told the inquest earlier in the week.",
        "The witness, Ines Calloway, told the commission earlier this month.",
    ],
    ids=["no-clause", "clause-hung-on-a-noun", "inquest", "commission"],
)
def test_the_jury_told_is_no_content(nlp, text: str) -> None:
    """The object of "tell" that hears (a person, a group, a jury, an inquest) is who
    was told, never what was said; the clause, when there is one, stays the item."""
    quotes = run(nlp, text)
    assert not any(q.content.text in ("the jury", "the inquest", "the commission") for q in quotes), show(quotes)
    if "scheme" in text:
        check(quotes, E("indirect", "the scheme had run for six years", "Ines Calloway", cue="told"))


def test_the_chamber_told_before_a_colon_block_is_no_content(nlp) -> None:
    """`told parliament:` then a paragraph with no marks: the chamber addressed is who
    was told, not what was said; the paragraph is the item."""
    text = "Minister Ines Calloway told parliament:\n\nThis government will not sell the harbour to anyone."
    quotes = run(nlp, text)
    assert not any(q.content.text == "parliament" for q in quotes), show(quotes)
    check(quotes, E("direct", "This government will not sell the harbour to anyone", "Ines Calloway", cue="told"))


@pytest.mark.parametrize(
    ("text", "gathering"),
    [
        ("Mayor Ines Calloway told the meeting:\n\nThe square belongs to everyone.\n\nThe vote is next week.", "the meeting"),
        ("Tomas Vrba told the rally.\n\nThe march ended at noon.", "the rally"),
        ("Ines Calloway told a summit in Oslo on Tuesday.", "a summit"),
        ("The minister, Tomas Vrba, told the gathering on Friday.", "the gathering"),
        ("Ines Calloway told the briefing:\n\nNo ferry will sail before March.", "the briefing"),
    ],
    ids=["meeting-colon-block", "rally", "summit", "gathering", "briefing-colon-block"],
)
def test_the_gathering_told_is_no_content(nlp, text: str, gathering: str) -> None:
    """A gathering one tells things to ("told the meeting:", "told a rally") stands for
    the people at it, as "told the jury" does: who was told, never what was said. None is
    a "tell" object in PolNeAR train gold or predictions, so the rule is for held-out news."""
    quotes = run(nlp, text)
    assert not any(q.content.text == gathering for q in quotes), show(quotes)
    if "belongs" in text:
        check(quotes, E("direct", "The square belongs to everyone", "Ines Calloway", cue="told"))


@pytest.mark.parametrize(
    "text",
    [
        'She appeared on "Morning Harbour" last week to promote the album.',
        "Ines Calloway appeared at a rally in Leeds to support the candidate.",
        "Tomas Vrba appeared in court on Monday to answer the charges.",
        "The coach appeared before the committee to explain the budget.",
    ],
    ids=["on-a-show", "at-a-rally", "in-court", "before-a-committee"],
)
def test_appearing_somewhere_to_do_something_is_no_report(nlp, text: str) -> None:
    """ "appeared on a show to promote the album": "appear" with a place or a programme
    between it and the infinitive is showing up somewhere, the infinitive its purpose,
    not the raising "appeared to waver" PolNeAR counts as an attribution."""
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.cue is not None and q.cue.text.lower().startswith("appear")], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ines Calloway appeared to soften her stance.", "Ines Calloway appeared to soften her stance"),
        ("The senator appeared yesterday to soften her stance on the harbour.", "to soften her stance on the harbour"),
    ],
    ids=["bare", "with-an-adverb"],
)
def test_appearing_to_do_something_stays_a_report(nlp, text: str, content: str) -> None:
    """The raising "appeared to" stays a report, also with an adverb between: only a
    place or a programme in a prepositional phrase makes it an appearance."""
    quotes = run(nlp, text)
    assert any(content in q.content.text and q.cue is not None and q.cue.text == "appeared" for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ('"Get off my land!" shouted farmer Ines Calloway, according to witnesses.', "Get off my land!", "Ines Calloway"),
        ('"We are leaving," said Tomas Vrba, according to a transcript of the call.', "We are leaving,", "Tomas Vrba"),
        ("\u201cNot one more ferry,\u201d yelled Ines Calloway, according to neighbours.", "Not one more ferry,", "Ines Calloway"),
    ],
    ids=["shouted-witnesses", "said-transcript", "curly-yelled-neighbours"],
)
def test_according_to_after_an_inverted_cue_reports_no_cue(nlp, text: str, quote: str, speaker: str) -> None:
    """`"X," shouted Y, according to witnesses`: the parser hangs "according to" on the
    inverted cue, whose clause is only the cue and its speaker once the quotation is
    taken; that is no content (what the witnesses report is the quotation, already an
    item with its speaker)."""
    quotes = run(nlp, text)
    check(quotes, E("direct", quote, speaker))
    assert len(quotes) == 1, show(quotes)


def test_pull_quote_repeating_a_quotation_is_no_item(nlp) -> None:
    """A pull quote, a paragraph that is only a quotation repeating words the article
    quotes with their speaker, is layout: no item carried from whoever spoke before it."""
    text = (
        "The ferry stays\n\n"
        "\u201cThe sea gives and the sea takes. A town without its ferry does not come back,\u201d Tomas Vrba says.\n\n"
        "A spokeswoman for Ostmark Lines said the company \u201crespects the decision\u201d.\n\n"
        "\u201cA town without its ferry does not come back\u201d\n\n"
        "His daughter, Ines, admits she was tempted."
    )
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes if q.type == "direct"] == [
        "The sea gives and the sea takes. A town without its ferry does not come back,"
    ], show(quotes)


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "-", "--"])
def test_pull_quote_signed_on_the_line_under_it_is_no_item(nlp, dash: str) -> None:
    """A pull quote signed on the line under it (`- Ines Calloway, ferry captain`) is
    still layout repeating the body's quotation: one item, not two."""
    text = (
        "Ferry to stop in winter\n\n"
        "\u201cWe can sail in any weather. What we cannot do is sail at a loss,\u201d said Ines Calloway,"
        " who has captained the boat since 2009.\n\n"
        "The council will vote on the timetable in March.\n\n"
        f"\u201cWe can sail in any weather. What we cannot do is sail at a loss.\u201d\n{dash} Ines Calloway, ferry captain\n\n"
        "Islanders have started a petition."
    )
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes if q.type == "direct"] == [
        "We can sail in any weather. What we cannot do is sail at a loss,"
    ], show(quotes)


def test_pull_quote_in_a_page_readers_one_line_paragraphs_is_no_item(nlp) -> None:
    """A page reader gives a short article one paragraph a line, with no blank lines:
    the pull quote on its own line is still a paragraph of its own, and no item."""
    text = (
        "Harbour stays open\n"
        "\u201cA ferry twice a week is not a service. It is a gesture,\u201d said Ines Calloway, who has"
        " taken the boat to the mainland every morning for more than thirty years.\n"
        "\u201cA ferry twice a week is not a service\u201d\n"
        "Councillor Tomas Vrba said the county had no choice after its budget was cut again this spring.\n"
    )
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes if q.type == "direct"] == [
        "A ferry twice a week is not a service. It is a gesture,"
    ], show(quotes)


def test_label_on_the_line_above_a_quotation_names_its_speaker(nlp) -> None:
    """An embedded post copied as text: `Name (@handle) on X:` on a line of its own, the
    post in marks on the next line of the same paragraph. The line break starts a new
    sentence, but the label ending in a colon still names who wrote the words."""
    text = (
        "A post by the mayor drew thousands of angry replies.\n\n"
        "Tomas Vrba (@MayorVrba) on X:\n"
        "\"After many complaints from residents, the night market will close at the end of the month.\"\n"
        "8:14 PM - Jun 2, 2026\n\n"
        "Traders said they had learned of the decision from the post."
    )
    quotes = run(nlp, text)
    check(
        quotes,
        E("direct", "After many complaints from residents, the night market will close at the end of the month.", "Tomas Vrba"),
    )


def test_bracketed_translation_after_a_quotation_is_no_second_item(nlp) -> None:
    """`"Non possiamo vivere" [We cannot live], said Tomas Vrba`: the writer's translation
    in square brackets right after the quotation is the same words again, not a report."""
    text = '"Non possiamo vivere con questi numeri" [We cannot live with these numbers], said Tomas Vrba, 52.'
    quotes = run(nlp, text)
    check(quotes, E("direct", "Non possiamo vivere con questi numeri", "Tomas Vrba"))
    assert len(quotes) == 1, show(quotes)


def test_police_appeal_to_anyone_is_no_item(nlp) -> None:
    """`Anyone with information is asked to call ...`: an appeal to the reader in the
    passive, with no one asking, reports no one's words; the detective's appeal in her
    own words stays."""
    text = (
        "Ostby Police said the rider was struck by a van on Mill Road.\n\n"
        "\u201cSomeone knows who was driving,\u201d Detective Sergeant Ines Calloway said.\n\n"
        "Anyone with information is asked to call 101 quoting incident 442 of 14 May."
    )
    quotes = run(nlp, text)
    assert not any("101" in q.content.text for q in quotes), show(quotes)
    check(quotes, E("direct", "Someone knows who was driving,", "Ines Calloway", cue="said"))


def test_windows_line_ends_in_hard_wrapped_text_are_no_paragraph_breaks(nlp) -> None:
    """A file with Windows line ends ("\\r\\n"): one line end inside a wrapped quotation
    is not two, so the quotation is not cut at the line end and keeps its speaker."""
    text = (
        "The harbour master, Ines Calloway, said the\r\nfindings were disappointing. She told the\r\n"
        "Courier: \"We have been honest about the risks. Every wall we\r\nbuild protects homes.\"\r\n\r\n"
        "The mayor said the delays were a scandal."
    )
    quotes = run(nlp, text)
    check(
        quotes,
        E("direct", "We have been honest about the risks. Every wall we\r\nbuild protects homes.", "Ines Calloway"),
    )


@pytest.mark.parametrize("end", ["\n", "\r\n"], ids=["unix", "windows"])
def test_subhead_between_blank_lines_is_no_item_whatever_the_line_ends(nlp, end: str) -> None:
    """A short line with no closing mark between blank lines is a subhead (here under a
    kicker): its "announces" reports nothing, in a Windows file as in any other."""
    text = end.join(
        [
            "PRESS RELEASE",
            "",
            "Ostby Water Board announces drought measures",
            "",
            "The Ostby Water Board said on Thursday that it would ban hosepipes from August.",
        ]
    )
    quotes = run(nlp, text)
    assert not any("drought measures" in q.content.text for q in quotes), show(quotes)
    check(quotes, E("indirect", "it would ban hosepipes from August", "Ostby Water Board", cue="said"))


def test_title_case_transcript_turns_are_their_speakers(nlp) -> None:
    """A dialogue labelled in title case (`Ines Dahl: ...`, then `Dahl: ...`), turns
    in a row and someone speaking twice: each turn is its label's, though the small
    model tags none of the names."""
    text = (
        "Harbour debate\n\nCouncillors Ines Dahl and Per Moen debated the harbour plan on local radio.\n\n"
        "Ines Dahl: The plan gives the harbour back to the people who live here.\n\n"
        "Per Moen: It gives it to developers. Look at who paid for the drawings.\n\n"
        "Dahl: That is simply not true."
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "The plan gives the harbour back to the people who live here.", "Ines Dahl"))
    check(quotes, E("direct", "It gives it to developers. Look at who paid for the drawings.", "Per Moen"))
    check(quotes, E("direct", "That is simply not true.", "Ines Dahl"))


def test_title_case_turns_answering_an_unnamed_interviewer_are_the_answerers(nlp) -> None:
    """`Interviewer: ...` then `Strand: ...`: the one asking is unnamed, but the turns
    still make a dialogue; the named answers are items, the questions none."""
    text = (
        "Hedda Strand took over the club in January. We spoke to her at the training ground.\n\n"
        "Interviewer: What about your own playing career? Does it help?\n\n"
        "Strand: Less than people think. Coaching is a different job.\n\n"
        "Interviewer: What is next for the club?\n\n"
        "Strand: Staying up was the first step. Next season I want us in the top half."
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "Less than people think. Coaching is a different job.", "Hedda Strand"))
    check(quotes, E("direct", "Staying up was the first step. Next season I want us in the top half.", "Hedda Strand"))
    assert not [q for q in quotes if "?" in q.content.text], show(quotes)


def test_one_answer_to_an_unnamed_reporter_is_a_turn(nlp) -> None:
    """`Reporter: Will you run again?` then `Sahin: I have not decided.`: one question
    and one named answer already make a dialogue; the answer is the named person's
    direct item, whole, and the question nobody's."""
    text = (
        "Mayor Deniz Sahin spoke to reporters after the vote.\n\n"
        "Reporter: Will you run again?\n\n"
        "Sahin: I have not decided. The harbour comes first.\n\n"
        "The council meets again in May."
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "I have not decided. The harbour comes first.", "Deniz Sahin"))
    assert not [q for q in quotes if "?" in q.content.text], show(quotes)


def test_names_heading_paragraphs_once_each_are_no_transcript(nlp) -> None:
    """`Ines Dahl: wants a new harbour ...` for each of several people, once each and with
    narration between: a list under names, not a dialogue."""
    text = (
        "Where they stand\n\n"
        "Ines Dahl: The harbour plan is her priority, and she would pay for it with a bond.\n\n"
        "Her rival has other ideas.\n\n"
        "Per Moen: The tram line comes first, and the harbour can wait for a decade."
    )
    assert not [q for q in run(nlp, text) if q.type == "direct"]


def test_quote_sentence_after_a_reported_clause_continues_its_speaker(nlp) -> None:
    """The same inside one paragraph: a quoted sentence right after the report's."""
    text = (
        "The ferry captain Tomas Berg said the crossing had become too dangerous in winter. "
        '"Our crews deserve a boat that does not leak in every storm."'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "Our crews deserve a boat that does not leak in every storm.", "Tomas Berg"))


def test_quote_paragraph_after_a_report_with_a_tail_continues_its_speaker(nlp) -> None:
    """`Roe said that A, but B.` then a quote paragraph: words after the report in its
    own sentence do not break the chain; only a further sentence does."""
    text = (
        "Mayor Ines Duarte said that critics had long predicted the bridge would fail, "
        "but this would not happen.\n\n"
        '"That is because this town has always paid for its own repairs."'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "That is because this town has always paid for its own repairs.", "Ines Duarte"))


def test_mid_sentence_quote_after_a_report_is_not_carried(nlp) -> None:
    """`X referred to A, B's support, and C's preparation of "..."`: a quotation inside
    the sentence of the report is a phrase of that sentence, not a new statement."""
    text = (
        "The alliance referred to the decisions taken by Norway in recent days to send a "
        "frigate to the north, Chile's support for its naval patrol, and the Dutch "
        'preparation of "ships and land units on alert" for the reaction force.'
    )
    quotes = run(nlp, text)
    start = text.index("ships and land")
    assert not [q for q in quotes if q.type == "direct" and q.content.start == start], show(quotes)


def test_quote_paragraph_after_a_report_with_words_after_it_stands_alone(nlp) -> None:
    """The report must end its paragraph: a sentence of the writer's after it breaks the
    chain, so the quote is nobody's."""
    text = (
        "Harbour master Lena Fromm said that the old pier would close. The ferry board met later.\n\n"
        '"We cannot keep patching a structure that is older than any of us."'
    )
    quotes = run(nlp, text)
    start = text.index("We cannot")
    assert not [q for q in quotes if q.content.start >= start], show(quotes)


def test_trailing_participle_after_a_reported_clause_is_the_reporters(nlp) -> None:
    """`A docker said the mayor will have to choose ..., saying, "..."`: the parse hangs
    "saying" inside what the docker said; the quote is still the docker's."""
    text = (
        "A senior docker said the mayor will have to choose whose side she is on, saying, "
        '"At some point she has to come out and say where she stands on the pier."'
    )
    quotes = run(nlp, text)
    content = "At some point she has to come out and say where she stands on the pier."
    q = find(quotes, E("direct", content, None))
    assert q.speaker_mention is not None and q.speaker_mention.text == "A senior docker", show(quotes)


def test_lone_capitalised_word_before_the_cue_is_the_speaker(nlp) -> None:
    """`"...," Will wrote`: the tagger reads the name as a modal; one capitalised word
    between the close mark and the cue still names who spoke."""
    text = (
        "The columnist has long opposed the pier.\n\n"
        '"The eruption of the harbour dispute is a reminder that the council can still fail '
        'the town," Will wrote.\n'
    )
    quotes = run(nlp, text)
    content = "The eruption of the harbour dispute is a reminder that the council can still fail the town,"
    q = find(quotes, E("direct", content, None))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Will", show(quotes)


def test_capitalised_word_after_an_inverted_cue_is_the_speaker(nlp) -> None:
    """`"...," said Skelly, explaining ...`: the tagger reads the name as an adverb; a
    capitalised word right after an inverted cue is still the speaker."""
    text = (
        "Bill Skelly, a harbour data operative, vouched for both pilots.\n\n"
        '"Having access to the harbour file and two people who understand it is valuable," '
        "said Skelly, explaining he worked closely with the pilots.\n"
    )
    quotes = run(nlp, text)
    content = "Having access to the harbour file and two people who understand it is valuable,"
    q = find(quotes, E("direct", content, None))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Skelly", show(quotes)


def test_question_to_the_reader_introduces_no_block_quote(nlp) -> None:
    """`Do you support the pier? Like the page:` addresses the reader: the paragraph
    after it is the article's own, not a quotation the colon introduces."""
    text = (
        "The harbour board met on Monday.\n\nDo you support the new pier? Like the page:\n\n"
        "Harbour master Lena Marsh said the pier would open in May.\n"
    )
    quotes = run(nlp, text)
    check(quotes, E("indirect", "the pier would open in May", "Lena Marsh", cue="said"))
    assert not [q for q in quotes if q.cue is not None and "support" in q.cue.text], show(quotes)


def test_time_abbreviation_ending_the_sentence_stays_in_the_clause(nlp) -> None:
    """ "until 11 p.m. Nobody ...": the parser hangs the sentence-final "p.m." (its period
    is the full stop) on the main verb as punctuation; the time is still what was said."""
    quotes = run(nlp, "Halvorsen says that the ferry will run until 11 p.m. Nobody objected.")
    check(quotes, E("indirect", "the ferry will run until 11 p.m.", "Halvorsen", cue="says", fuzzy=False))


def test_quote_after_a_report_is_not_its_inner_verbs(nlp) -> None:
    """`She says people should take the ferry they prefer. "..."`: "prefer" is in what
    she says, so the quote after the sentence is hers, not "they"'s."""
    text = (
        "Lena Marsh met the dockers on Monday. She says people should be able to take the "
        'ferry they prefer. "It is their harbour; they are not hurting anybody."'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "It is their harbour; they are not hurting anybody.", "Lena Marsh", cue="says"))


MIXED_THEN_SECOND_CUE = {
    # The speaker's next speech act after the fragment, hung by the parse on the verb
    # the cue reports, ends the mixed item and starts one of its own.
    "called-it-then-argued-that": (
        'Writing in a weekly, Paul Meyrand called it "a brilliant idea stretched thin" and argued '
        "that the third act repeated the second.",
        [
            E("mixed", 'it "a brilliant idea stretched thin"', "Paul Meyrand", cue="called", fuzzy=False),
            E("indirect", "the third act repeated the second", "Paul Meyrand", cue="argued", fuzzy=False),
        ],
    ),
    "said-then-called-for-a-for-to-clause": (
        'Councillor Harri Lepp said the mayor had "given away the waterfront" and called for the '
        "contract to be published in full.",
        [E("mixed", 'the mayor had "given away the waterfront"', "Harri Lepp", cue="said", fuzzy=False)],
    ),
    "said-then-a-plain-verb-goes-on": (
        'Ines Calloway said the pumps were "very old" and failed twice last winter.',
        [E("mixed", 'the pumps were "very old" and failed twice last winter', "Ines Calloway", fuzzy=False)],
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(MIXED_THEN_SECOND_CUE.values()), ids=list(MIXED_THEN_SECOND_CUE))
def test_mixed_then_second_cue(nlp, text: str, expected: list[E]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        check(quotes, exp)


@pytest.mark.parametrize(("text", "expected"), list(MIXED_THEN_NEXT.values()), ids=list(MIXED_THEN_NEXT))
def test_mixed_then_next_sentence(nlp, text: str, expected: list[E]) -> None:
    quotes = run(nlp, text)
    for exp in expected:
        q = check(quotes, exp)
        if exp.type == "mixed":
            assert q.content.end <= text.index(".\"") + 2, show(quotes)


@pytest.mark.parametrize(("text", "expected", "fragment"), list(MIXED.values()), ids=list(MIXED))
def test_mixed_is_one_item(nlp, text: str, expected: E, fragment: str) -> None:
    quotes = run(nlp, text)
    check(quotes, expected)
    f_start = text.index(fragment)
    lone = [q for q in quotes if within(q, f_start, f_start + len(fragment))]
    assert not lone, f"separate item for the quoted fragment alone:\n{show(quotes)}"
    assert len(quotes) == 1, show(quotes)


# -- things in quote marks (or lines) that are not quotations ----------------------------------

NOT_QUOTES = {
    # a thing (not someone) being clear before a colon is the writer's verdict
    "thing-clear-then-colon-is-the-writers": (
        "One thing was clear: the harbour plan had failed.",
        ["the harbour plan had failed"],
        [],
    ),
    # a quote in apposition to the subject before it: the verb after it is the subject's
    "quote-in-apposition-before-its-subjects-verb": (
        'The ferry line\'s slogan, "Sail with us!", became a local joke.',
        ["Sail with us!"],
        [],
    ),
    "quote-in-apposition-with-a-question-mark": (
        'Her campaign\'s question, "Who pays?", dominated the harbour debate.',
        ["Who pays?"],
        [],
    ),
    # an agency credit or a studio in brackets after a quoted title signs nothing
    "agency-credit-in-brackets-is-no-signature": (
        '"The ferry sails again."\n(Harbour Press)\n\n"Midnight Harbour" (Paramount Pictures)',
        ["The ferry sails again.", "Midnight Harbour"],
        [],
    ),
    "aspectual-continue-reports-no-clause-before-it": (
        "Her visa was still valid, so Ines Calloway continued to renew it every spring.",
        ["Her visa was still valid"],
        [],
    ),
    # a person wanted is sought (signed, arrested), no view the agent holds
    "person-wanted-by-an-agent-is-sought": (
        "Tomas Vrba is wanted by two rival clubs, and the police want Ada Roe.",
        ["Tomas Vrba is wanted by two rival clubs"],
        [],
    ),
    # a reporting noun with only common nouns of its kind before it, opening the line,
    # is a rubric ("Match report:", "Court report:"), not somebody's report
    "rubric-label-with-a-kind-word-is-not-a-report": (
        "Court report: Vrba jailed for two years",
        ["Vrba jailed for two years"],
        [],
    ),
    # a first line of words with no sentence end in marks, a dash and a bare name is a
    # headline (a signed pull quote keeps its period)
    "quote-dash-name-headline-is-no-item": (
        '"We lost the vote" - Calloway\n\nThe council met on Monday to count the ballots again.',
        ["We lost the vote"],
        [],
    ),
    "deny-with-two-objects-withholds": (
        "The harbour board denied the rowing club a second mooring last spring.",
        ["The harbour board denied the rowing club a second mooring last spring."],
        [],
    ),
    "charge-with-two-objects-bills": (
        "The ferry company keeps charging pensioners twelve dollars for each crossing.",
        ["The ferry company keeps charging pensioners twelve dollars for each crossing."],
        [],
    ),
    "in-reference-to-is-the-writers-gloss": (
        '"Never again," Ines Calloway said, in reference to the flooded harbour road.',
        ["the flooded harbour road"],
        [E("direct", "Never again,", "Ines Calloway", cue="said")],
    ),
    "boast-with-an-object-is-having": (
        "The fishing town boasts two harbours and a lighthouse.",
        ["The fishing town boasts two harbours and a lighthouse."],
        [],
    ),
    "finding-oneself-is-where-one-ended-up": (
        "Tomas Vrba found himself embroiled in a dispute over the harbour, and the ferry "
        "company found itself playing host to angry travellers.\n\n"
        "The inspector found the ferry had been overloaded.",
        ["himself embroiled in a dispute over the harbour", "itself playing host to angry travellers"],
        [E("indirect", "the ferry had been overloaded", None, cue="found")],
    ),
    "finding-out-is-no-finding": (
        "The council hired a detective to find out who sent the letter, and Ines Calloway "
        "will try to find someone more qualified.",
        ["who sent the letter", "someone more qualified"],
        [],
    ),
    "show-title-read-as-a-clause-of-said": (
        "\u201cBeing a father, that\u2019s my job,\u201d Tomas Vrba said in May on the podcast "
        "\u201cHere\u2019s the Harbour.\u201d\n\n"
        "\u201cThe port is not for sale,\u201d Ines Calloway said on BBC\u2019s \u201cWhat\u2019s the Tide.\u201d",
        ["Here\u2019s the Harbour.", "What\u2019s the Tide."],
        [
            E("direct", "Being a father, that\u2019s my job,", "Tomas Vrba", cue="said"),
            E("direct", "The port is not for sale,", "Ines Calloway", cue="said"),
        ],
    ),
    "allegiance-of-the-speaker-introduces-the-speaker": (
        "\u201cThe ferry has to run on Sundays,\u201d said Ada Voss, a harbour councillor who "
        "supports the mayor.\n\n"
        "Ines Ruiz, who has endorsed Tomas Vrba, told reporters that the pier would reopen.",
        ["the mayor", "Tomas Vrba"],
        [
            E("direct", "The ferry has to run on Sundays,", "Ada Voss", cue="said"),
            E("indirect", "the pier would reopen", "Ines Ruiz", cue="told"),
        ],
    ),
    "showing-off-is-no-evidence": (
        "Tomas Vrba showed off the renovated ferry terminal to visitors.",
        ["the renovated ferry terminal"],
        [],
    ),
    "standing-by-a-side-or-a-place-is-no-stance": (
        "Ines Calloway stood by her side during the hearing, and a guard stood by the pier. "
        "Tomas Vrba stood by his remarks.",
        ["her side", "the pier"],
        [E("indirect", "his remarks", "Tomas Vrba", cue="stood")],
    ),
    "standing-by-ruins-or-a-river-is-no-stance": (
        "Dmytro Savchenko stood by the rubble of the school, and rescuers stood by the river all night. "
        "Olha Marchenko stood by her decision.",
        ["the rubble of the school", "the river"],
        [E("indirect", "her decision", "Olha Marchenko", cue="stood")],
    ),
    "calling-the-police-or-pointing-to-a-map-is-no-speech": (
        "Neighbours called the police at midnight, and the guide pointed to the map. "
        "Councillor Amaru Condori called the police a danger to the town.",
        ["the police at midnight", "the map"],
        [E("indirect", "the police a danger to the town", "Amaru Condori", cue="called")],
    ),
    "cannot-seem-to-is-inability": (
        "Tomas Vrba just can't seem to win over the harbour voters. "
        "Ines Calloway does not seem to be relishing the fight.",
        ["Tomas Vrba just can't seem to win over the harbour voters"],
        [
            E(
                "indirect",
                "Ines Calloway does not seem to be relishing the fight",
                "Ines Calloway",
                cue="does not seem",
            )
        ],
    ),
    "open-question-idioms-are-the-writers": (
        "It remains to be seen whether the new harbour board can fix the problem. Only time "
        "will tell if the ferry will survive the winter. Ines Calloway told reporters the "
        "ferry would survive the winter.",
        ["the new harbour board can fix the problem", "if the ferry will survive the winter"],
        [E("indirect", "the ferry would survive the winter", "Ines Calloway", cue="told")],
    ),
    "may-want-to-is-the-writers-advice": (
        "Tomas Vrba may want to check his figures before the next council meeting.",
        ["Tomas Vrba may want to check his figures before the next council meeting."],
        [],
    ),
    "per-as-a-rate-names-no-source": (
        "Tickets cost $20 per person, and parking costs $5 per Saturday.",
        ["Tickets cost $20 per person, and parking costs $5 per Saturday."],
        [],
    ),
    "negated-speech-event-introduces-nothing": (
        'Ebo Mensah did not speak to the crowd.\n\n"This club belongs to you. Never forget it."',
        ["This club belongs to you. Never forget it."],
        [],
    ),
    "received-stance-with-a-poll-share": (
        "Ada Voss won 40 percent support from harbour voters in May.",
        ["Ada Voss"],
        [],
    ),
    "disclosed-passive-with-a-time-agent": (
        "The new harbour master should have been confirmed by now.",
        ["The new harbour master"],
        [],
    ),
    "quoted-headline-with-a-colon-gloss": (
        "\u2018We were left to drown\u2019: flood victims demand inquiry",
        ["We were left to drown"],
        [],
    ),
    "caption-credit-then-a-report-on-the-same-line": (
        "Dev Patel at the ground on Sunday. Photograph: Tom Jenkins/Getty Images. "
        "Patel said the pitch was poor.",
        ["Dev Patel at the ground on Sunday. Photograph: Tom Jenkins/Getty Images."],
        [E("indirect", "the pitch was poor", "Dev Patel", cue="said")],
    ),
    # A verbless caption description holds a cue only in its relative clause: still a caption.
    "caption-description-with-a-cue-in-a-relative-clause": (
        'Harald Vik at the top of the Skarv lighthouse, which he says is "the best office in the world". '
        "Photo: Lena Aas",
        ['Harald Vik at the top of the Skarv lighthouse, which he says is "the best office in the world". Photo: Lena Aas'],
        [],
    ),
    # a bracketed credit after a closing quotation mark: the quoted sentence ends before it
    "bracketed-credit-after-a-closed-quotation": (
        'Union leader Tom Vrba said: "We are ready to talk today." (AP Photo/Jane Smith)',
        [],
        [E("direct", "We are ready to talk today.", "Tom Vrba")],
    ),
    "caption-credit-alone-on-its-line": (
        "Firefighters who said they were exhausted fight the blaze on Tuesday. (AP Photo/Jae Hong)",
        ["Firefighters who said they were exhausted fight the blaze on Tuesday."],
        [],
    ),
    "condition-is-not-a-cue": (
        'Maria Okafor admitted on Monday "the vote will be very close" if the ferry '
        "workers continue to strike.",
        [],
        # (the condition is part of what was admitted, as PolNeAR annotates it)
        [E(None, '"the vote will be very close" if the ferry workers continue to strike', "Maria Okafor", cue="admitted")],
    ),
    "brushed-without-particle-is-no-frame": (
        "Daniel Brooks brushed the dust from the old ferry timetable.",
        ["the dust"],
        [],
    ),
    "questions-about-a-topic-are-no-question-put": (
        "The audit raised new questions about the cost of the harbour ferry service.",
        ["the cost of the harbour ferry service"],
        [],
    ),
    "it-is-clear-that-is-the-writers": (
        "It is clear that the ferry terminal will stay open through the winter.",
        ["the ferry terminal will stay open through the winter"],
        [],
    ),
    "the-self-described-names-no-one": (
        "The self-described harbour socialist spoke to the dockers on Monday.",
        ["harbour socialist"],
        [],
    ),
    "unowned-decision-to-is-no-view": (
        "The decision to close the ferry terminal for the winter angered the dockers.",
        ["to close the ferry terminal for the winter"],
        [],
    ),
    "unowned-attack-on-is-an-act": (
        "The attack on the harbour office damaged two ferries and a crane.",
        ["the harbour office"],
        [],
    ),
    "took-a-ferry-to-is-no-cue": (
        "Daniel Brooks took the early ferry to the island towns on Monday.",
        ["the island towns"],
        [],
    ),
    "anonymity-to-speak-candidly": (
        '"The budget will not hold," said a harbour official who spoke on the condition of '
        "anonymity to speak candidly about the talks.",
        ["to speak candidly about the talks"],
        [E("direct", "The budget will not hold,", "Official")],
    ),
    "to-see-if-is-finding-out": (
        "Maria Okafor is waiting to see if the harbour board will raise the fares.",
        ["if the harbour board will raise the fares"],
        [],
    ),
    "maintains-a-lead-is-not-speech": (
        "Maria Okafor maintains a large lead in the harbour district this spring.",
        ["a large lead in the harbour district"],
        [],
    ),
    "long-title-with-subtitle-after-co-author-of": (
        "''You always err on the side of caution,'' said Tom Baker, a co-author of "
        "''Those Sailors Have All the Fun: Inside the World of Dover Ferries.''",
        ["Those Sailors Have All the Fun"],
        [E("direct", "You always err on the side of caution,", "Tom Baker", cue="said")],
    ),
    "show-title-with-period-inside-marks": (
        'The ferry will sail on time, Maria Okafor said on Harbour TV\'s "Morning Tide." '
        '"We have the crew," she said.',
        ["Morning Tide"],
        [
            E("indirect", "The ferry will sail on time", "Maria Okafor", cue="said"),
            E("direct", "We have the crew,", "Maria Okafor"),
        ],
    ),
    "title-with-comma-inside-marks": (
        'Ada Voss, the co-author of "Harbour Lights," said the pier was never safe.',
        ["Harbour Lights"],
        [E("indirect", "the pier was never safe", "Ada Voss", cue="said")],
    ),
    "transcript-label-that-names-nobody": (
        "Harbour director Lena Marsh spoke on Sunday.\n\n"
        "UPDATE: The interview was recorded on Saturday evening at the harbour office.\n\n"
        "VIDEO: Watch the full interview with the director below.",
        ["The interview was recorded", "Watch the full interview"],
        [],
    ),
    "scare-quote-in-an-institutions-object": (
        'The ferry company canceled its "night express" service in May.',
        ["night express"],
        [],
    ),
    "headline-intent-is-not-a-claim": (
        "Harbour board intends to raise the ferry fares over alleged \"losses\"\n"
        "The board met on Monday.",
        ["intends to raise the ferry fares"],
        [],
    ),
    "subhead-is-not-a-claim": (
        "Maria Okafor met the dock workers on Friday.\n\nOkafor mocks the harbour board\n\n"
        "The strike entered its third week.",
        ["the harbour board"],
        [],
    ),
    "subhead-ending-on-a-quoted-phrase-is-not-a-claim": (
        'Okafor admits crews were "second best"\n\nThe strike entered its third week.\n\n'
        'Ferry boss says fares "must rise"\n\nMaria Okafor said the fares were "far too low."',
        ['crews were "second best"', 'fares "must rise"'],
        [E("mixed", 'the fares were "far too low.', "Maria Okafor", cue="said")],
    ),
    "single-quoted-section-head-is-not-a-quote": (
        "''We will reopen the pier by June,'' Maria Okafor said.\n\n"
        "'A very long winter.'\n\n"
        "The dockers waited for weeks without pay.",
        ["A very long winter."],
        [E("direct", "We will reopen the pier by June,", "Maria Okafor", cue="said")],
    ),
    "digest-byline-excerpt-is-not-a-quote": (
        'The museum has a new director.\n\nDaniel Brooks said, "The pier is safe."\n\n'
        'MUSEUM HOURS\u2014"Harbour museum to close early on weekdays," by the Ledger\'s Ann Roe: '
        '"The harbour museum will shut its doors at four on weekdays from March, the board '
        'decided on Monday."',
        [
            "Harbour museum to close early on weekdays,",
            "The harbour museum will shut its doors at four on weekdays from March, the board "
            "decided on Monday.",
        ],
        [E("direct", "The pier is safe.", "Daniel Brooks", cue="said")],
    ),
    "show-title-ending-in-a-question-mark": (
        '"We will reopen the pier by June," Maria Okafor said on the program '
        '"Harbour Talk Tonight?" last week.',
        ["Harbour Talk Tonight?"],
        [E("direct", "We will reopen the pier by June,", "Maria Okafor", cue="said")],
    ),
    "name-colon-figures-is-not-a-claim": (
        "Maria Okafor and Daniel Brooks ran for mayor.\n\nOkafor: 45 percent of the vote\nBrooks: 41 percent",
        ["45 percent of the vote", "41 percent"],
        [],
    ),
    "name-colon-subhead-is-not-a-claim": (
        "Maria Okafor and Daniel Brooks face the voters on Tuesday.\n\n"
        "Okafor: Hold the harbour vote.\n\nShe leads the polls by ten points.\n\n"
        "Brooks: A late surge\n\nHe has spent heavily on ferry adverts.",
        ["Hold the harbour vote", "A late surge"],
        [],
    ),
    "embedded-post-markup": (
        "Maria Okafor answered online.\n\n"
        '<tweet author="@okafor" stamp="1">Lena Marsh said on the radio that the pier is unsafe. '
        "Sad!</tweet>.\n\n"
        '<tweet pic="" author="brooks" stamp="2">The pier is safe, and the ferry runs</tweet>.\n\n'
        "Daniel Brooks said the dockers would return on Monday.",
        ['author="brooks" stamp=', "the pier is unsafe", "The pier is safe"],
        [E("indirect", "the dockers would return on Monday", "Daniel Brooks", cue="said")],
    ),
    "quote-inside-the-subject-of-a-later-verb": (
        'A 2010 "playbook" published by the Gazette described the plan.',
        ['A 2010 "playbook'],
        [],
    ),
    "participle-after-the-quote-is-not-its-cue": (
        "Following a town hall in Dover last week, Maria Okafor boasted to reporters of her "
        'team - "the best in the county" - and stressed the vote.',
        ["Following a town hall"],
        [E(None, "the best in the county", "Maria Okafor", cue="boasted")],
    ),
    "verb-after-the-quote-without-a-subject-is-not-its-cue": (
        "The endorsement comes days after Maria Okafor told the Harbour Gazette she was "
        '"not quite ready" on backing Daniel Brooks, who faces a primary.',
        ["The endorsement comes"],
        [
            E(
                "mixed",
                'she was "not quite ready" on backing Daniel Brooks, who faces a primary',
                "Maria Okafor",
                cue="told",
            )
        ],
    ),
    "verb-after-the-quote-in-a-relative-clause": (
        'The strike drew in the "harbour alliance," which went on to win the vote in May. '
        'Brooks rallied workers against the "rigged market" that Maria Okafor says is run by banks.',
        ["The strike drew in", "Brooks rallied workers"],
        [],
    ),
    "poll-put-to-the-reader": (
        "Maria Okafor said the fares would stay frozen.\n\nDo you support Maria Okafor? Vote below.",
        ["Maria Okafor? Vote"],
        [E("indirect", "the fares would stay frozen", "Maria Okafor", cue="said")],
    ),
    "label-colon-that-names-nobody": (
        "Maria Okafor spoke on Friday.\n\nUpdate: The ferry timetable changes on Monday morning.",
        ["The ferry timetable changes"],
        [],
    ),
    "preposition-before-the-cue-is-not-its-content": (
        "On Friday night, Maria Okafor called the harbour director. "
        "On fare policy, most dockers call themselves moderates.",
        ["Friday night", "fare policy"],
        [],
    ),
    "call-on-names-the-addressee": (
        "Maria Okafor called on the harbour board members to reopen the pier.",
        ["the harbour board members"],
        # (PolNeAR spans the addressee with the infinitive, as after "urged")
        [E("indirect", "the harbour board members to reopen the pier", "Maria Okafor", cue="called")],
    ),
    "role-noun-object-of-ask-or-tell-is-the-addressee": (
        '"Will the pier reopen?" Daniel Brooks asked the harbour director. '
        "Maria Okafor told a council panel on Friday. "
        "She later reminded the crowd of the storm damage.",
        ["the harbour director", "a council panel"],
        [E("indirect", "of the storm damage", "Maria Okafor", cue="reminded", fuzzy=False)],
    ),
    "addressee-with-a-clause-hung-on-it-keeps-the-clause": (
        "Daniel Brooks never missed a chance to remind the audience he was the only "
        "candidate who had worked on the docks.",
        [],
        [E("indirect", "he was the only candidate who had worked on the docks", "Daniel Brooks", cue="to remind")],
    ),
    "title-told-or-with-a-subtitle-is-no-quote": (
        '"The pier is closed," Maria Okafor told "Harbour and Friends," adding that it would reopen. '
        "Daniel Brooks had hoped to reissue his memoir, ''Lost Tide: The Many Lives of a Harbour Town,'' "
        "with a new publisher.",
        ['"Harbour and Friends,"', "''Lost Tide: The Many Lives of a Harbour Town,''"],
        [
            E("direct", "The pier is closed,", "Maria Okafor", cue="told"),
            E("indirect", "it would reopen", "Maria Okafor", cue="adding"),
        ],
    ),
    "asking-a-bare-question-reports-nothing": (
        "A reporter from the Courier asked Maria Okafor a question after the meeting. "
        "Daniel Brooks asked a question about the ferry fares.",
        ["a question after the meeting"],
        [E("indirect", "a question about the ferry fares", "Daniel Brooks", cue="asked")],
    ),
    "title-after-a-preposition": (
        'The pier will close, Maria Okafor said in an interview with "Harbour Morning." '
        "The ferry still runs.",
        ["Harbour Morning"],
        [E("indirect", "The pier will close", "Maria Okafor", cue="said")],
    ),
    "title-beside-its-common-noun": (
        'Daniel Brooks wrote in his memoir, "Tough Tides," that the pier was unsafe. '
        'One advert, "Fair Fares," shows a ferry in a storm.',
        ["Tough Tides", "Fair Fares"],
        [E("indirect", "the pier was unsafe", "Daniel Brooks", cue="wrote")],
    ),
    "quoted-words-beside-a-quoting-noun-are-no-title": (
        "Asked who should run the harbour, Daniel Brooks answered in two words, "
        '"Maria Okafor." The board met later.',
        [],
        [E("direct", "Maria Okafor.", "Daniel Brooks", cue="answered")],
    ),
    "all-caps-label-before-a-colon": (
        "The harbour board showed the storm footage on Friday. "
        "(WARNING: The video contains scenes some viewers may find distressing.)\n\n"
        "(Warning: Footage contains graphic images of the storm)",
        [
            "The video contains scenes some viewers may find distressing.",
            "Footage contains graphic images of the storm",
        ],
        [],
    ),
    "according-to-vouches-for-the-attribution": (
        '"Is the pier safe for the children?" Lena Marsh asked, according to a transcript.',
        ["Lena Marsh asked"],
        [E("direct", "Is the pier safe for the children?", "Lena Marsh", cue="asked")],
    ),
    "short-object-with-no-source": (
        "Late on Tuesday, Lena Marsh was officially declared the winner. "
        "There has been a lot of talk about harbour fees lately. "
        "After years of backing harbour unions, dockers are turning away.",
        ["the winner", "harbour fees", "harbour unions"],
        [],
    ),
    "clause-before-a-colon-is-not-the-next-cue-s-content": (
        "Even the ferry crews sounded unsure about it: Lena Marsh called it the least bad option.",
        ["Even the ferry crews sounded unsure about it"],
        [],
    ),
    "newsroom-notes": (
        "Daniel Brooks said the dockers would return on Monday.\n\n"
        "Editor's note: Lena Marsh, who has repeatedly pledged to sell the pier, owns the Gazette.\n\n"
        "This story has been updated to note that Lena Marsh said the ferry was late.",
        ["to sell the pier", "the ferry was late"],
        [E("indirect", "the dockers would return on Monday", "Daniel Brooks", cue="said")],
    ),
    "scare-quotes": (
        'The city will replace the so-called "smart" meters next year.',
        ["smart"],
        [],
    ),
    "scare-quotes-in-reported-clause": (
        'The city will replace the so-called "smart" meters next year, Maria Okafor said on Monday.',
        ["smart"],
        [
            E(
                None,
                'The city will replace the so-called "smart" meters next year',
                "Maria Okafor",
                fuzzy=True,
            )
        ],
    ),
    "show-title": (
        'Daniel Brooks appeared on the show "Morning Brief" on Monday.',
        ["Morning Brief"],
        [],
    ),
    "that-clause-of-a-result-verb": (
        "The storm meant that the ferry operator had to cancel every crossing on Monday.",
        ["the ferry operator had to cancel every crossing on Monday"],
        [],
    ),
    "laid-without-its-particle": (
        "Maria Okafor laid a wreath at the harbour memorial on Monday.",
        ["a wreath at the harbour memorial"],
        [],
    ),
    "impersonal-adjective-with-a-clause": (
        "It is clear that the harbour needs new cranes before the winter.",
        ["the harbour needs new cranes before the winter"],
        [],
    ),
    "passive-of-seeing-is-no-judgement": (
        "The old pier was seen from the ferry every morning.",
        ["The old pier was seen from the ferry every morning"],
        [],
    ),
    "that-clause-of-a-result-after-now": (
        "Daniel Brooks is spending more freely now that the dockers are back at work.",
        ["the dockers are back at work"],
        [],
    ),
    "show-title-in-reported-clause": (
        'Daniel Brooks told the show "Morning Brief" that the harbour would reopen in May.',
        ["Morning Brief"],
        [E("indirect", "the harbour would reopen in May", "Daniel Brooks", cue="told")],
    ),
    "headline-opening-on-a-quotation": (
        "\u2018We will rebuild the pier\u2019, says mayor after storm\n\n"
        "Daniel Brooks said the dockers would return to work on Monday.",
        ["We will rebuild the pier"],
        [E("indirect", "the dockers would return to work on Monday", "Daniel Brooks", cue="said")],
    ),
    "headline-line": (
        "Minister Says Bridge Will Open in June\n\n"
        "Daniel Brooks said the dockers would return to work on Monday.",
        ["Minister Says Bridge Will Open in June"],
        [E("indirect", "the dockers would return to work on Monday", "Daniel Brooks", cue="said")],
    ),
    "photo-caption-line": (
        "Daniel Brooks speaks to reporters at the port on Monday, saying the strike is over. "
        "(Photo: Lena Marsh)\n\n"
        "Maria Okafor said the fares would not rise this year.",
        [
            "Daniel Brooks speaks to reporters at the port on Monday, saying the strike is over. "
            "(Photo: Lena Marsh)"
        ],
        [E("indirect", "the fares would not rise this year", "Maria Okafor", cue="said")],
    ),
    "read-link-line": (
        "Daniel Brooks said the dockers would return to work on Monday.\n\n"
        "READ | Okafor says ferry fares will stay frozen\n\n"
        "Maria Okafor said the fares would not rise this year.",
        ["READ | Okafor says ferry fares will stay frozen"],
        [
            E(
                "indirect",
                "the dockers would return to work on Monday",
                "Daniel Brooks",
                cue="said",
            ),
            E("indirect", "the fares would not rise this year", "Maria Okafor", cue="said"),
        ],
    ),
    # an archive link's headline, in marks after its label, quotes nobody
    "from-the-archive-link-line": (
        "Maria Okafor said the fares would not rise this year.\n\n"
        "From the archive: \u2018The winter the harbour froze\u2019\n\n"
        "Daniel Brooks said the dockers would return to work on Monday.",
        ["From the archive: \u2018The winter the harbour froze\u2019"],
        [
            E("indirect", "the fares would not rise this year", "Maria Okafor", cue="said"),
            E("indirect", "the dockers would return to work on Monday", "Daniel Brooks", cue="said"),
        ],
    ),
    "all-boilerplate-together": (
        "Minister Says Bridge Will Open in June\n\n"
        "Daniel Brooks speaks to reporters at the port on Monday, saying the strike is over. "
        "(Photo: Lena Marsh)\n\n"
        "Maria Okafor said the fares would not rise this year.\n\n"
        "READ | Okafor says ferry fares will stay frozen\n\n"
        "Daniel Brooks said the dockers would return to work on Monday.",
        [
            "Minister Says Bridge Will Open in June",
            "Daniel Brooks speaks to reporters at the port on Monday, saying the strike is over. "
            "(Photo: Lena Marsh)",
            "READ | Okafor says ferry fares will stay frozen",
        ],
        [
            E("indirect", "the fares would not rise this year", "Maria Okafor", cue="said"),
            E(
                "indirect",
                "the dockers would return to work on Monday",
                "Daniel Brooks",
                cue="said",
            ),
        ],
    ),
    # A bare "say" before a singular name does not agree with it: it offers an example;
    # the inverted cue with a plural subject still reports.
    "say-before-a-singular-name-offers-an-example": (
        "A small harbour town, say Tarn, could never pay for a new pier. The pier is unsafe, say engineers.",
        ["A small harbour town, say Tarn, could never pay for a new pier."],
        [E("indirect", "The pier is unsafe", "Engineers", cue="say")],
    ),
    # "can/could tell" with nobody told is to discern, not to say; told to someone it reports.
    "could-tell-with-nobody-told-is-discerning": (
        "You could tell that the ferry crews were tired. Nobody could tell whether the pier "
        "would hold. Ines Calloway can tell you that the pier will hold.",
        ["You could tell that the ferry crews were tired.", "Nobody could tell whether the pier would hold."],
        [E("indirect", "the pier will hold", "Ines Calloway", cue="can tell")],
    ),
    # An indicating verb ("underscore", "signal", "expose") with a subject that is neither
    # a speaker nor evidence says a thing makes something evident, no one's view; a
    # speaker or a survey still reports.
    "indicating-verb-with-a-mute-subject-reports-nothing": (
        "The lopsided spending by harbour groups underscores their outsized role in the port "
        "election. Ines Calloway underscored the risk to the ferry crews. The new survey "
        "underscores the divide among the crews.",
        ["their outsized role in the port election"],
        [
            E("indirect", "the risk to the ferry crews", "Ines Calloway", cue="underscored"),
            E("indirect", "the divide among the crews", None, cue="underscores"),
        ],
    ),
    # ... whichever rule finds the object ("exposed" frames its object).
    "indicating-frame-with-a-mute-subject-reports-nothing": (
        "The yearlong battle between the two harbour unions exposed clear rifts among the crews. "
        "Ines Calloway exposed the council's secret deal.",
        ["clear rifts among the crews"],
        [E("indirect", "the council's secret deal", "Ines Calloway", cue="exposed")],
    ),
    # "called to mind X" evokes X; "called for X" still reports.
    "calling-to-mind-is-evoking": (
        "The mayor's speech on the harbour called to mind the promise of unity that carried her "
        "into office. Tomas Vrba called for a new pier.",
        ["called to mind the promise of unity that carried her into office"],
        [E("indirect", "a new pier", "Tomas Vrba", cue="called")],
    ),
    # A paragraph that itself ends in a colon introduces the block after it (an embed
    # the text lost): it is no quotation of the introduction before it.
    "colon-paragraph-after-a-colon-intro-is-no-block-quote": (
        "Tomas Vrba pointed out that the pier was ignored:\n\n"
        "Meanwhile Ines Calloway reached out to the crews on the quay:\n\n"
        "Ada Ruiz said:\n\nThe ferry will run on Sunday.",
        ["Meanwhile Ines Calloway reached out to the crews on the quay:"],
        [E("direct", "The ferry will run on Sunday", "Ada Ruiz", cue="said")],
    ),
    # "claim" with a thing won or taken for object is taking, not asserting; "claimed
    # credit" still reports.
    "claiming-a-share-of-the-vote-is-taking-it": (
        "Tomas Vrba won the Tarn primary easily, claiming 41 percent of the vote. "
        "Ines Calloway claimed credit for the new pier.",
        ["41 percent of the vote"],
        [E("indirect", "credit for the new pier", "Ines Calloway", cue="claimed")],
    ),
    # A pronoun in a topic frame takes no phrase of its own: what follows it ("to
    # voters", "in March") is to whom or when, never the topic; a noun keeps its "for" phrase.
    "topic-pronoun-does-not-run-on-over-the-verbs-phrases": (
        "The ferry plan was shelved after Ines Calloway bragged about it to voters in March. "
        "Tomas Vrba lashed out at the council for closing the pier.",
        ["it to voters in March"],
        [E("indirect", "the council for closing the pier", "Tomas Vrba", cue="lashed out")],
    ),
    # "according to" + a bare lowercase noun that cannot speak names a standard kept to
    # ("went according to plan"), not a source; "according to police" still reports.
    "according-to-a-bare-standard-noun-is-no-source": (
        "The launch of the new ferry went according to plan. According to police, the crew was sober.",
        ["The launch of the new ferry went according to plan."],
        [E("indirect", "the crew was sober", "Police", cue="According to")],
    ),
    # "tell the tax office anything it does not know": a clause on "anything" is a true
    # relative clause, not what was told (only a hearer's clause is read as told).
    "relative-clause-on-an-indefinite-object-of-tell-is-not-told": (
        "They would not tell the tax office anything it does not already know.",
        ["it does not already know"],
        [],
    ),
    # a fronted "To" phrase holds a view only when it names someone
    "to-date-holds-no-view": (
        "To date, the ferry terminal has cost the town eleven million pounds.",
        ["the ferry terminal has cost the town eleven million pounds"],
        [],
    ),
    "to-someones-credit-holds-no-view": (
        "To Quenby's credit, the ferry terminal opened on time.",
        ["the ferry terminal opened on time"],
        [],
    ),
    # a fronted "To" phrase before an act is where it went or whom it reached: a view
    # is a being, seeming or meaning ("To Ruiz, the pier is a relic")
    "to-a-destination-holds-no-view": (
        "To Iowa, Tomas Vrba brought his campaign bus and his two dogs. To Harlow, the team travelled by bus.",
        ["Tomas Vrba brought his campaign bus and his two dogs", "the team travelled by bus"],
        [],
    ),
    "relative-clause-on-a-thing-told-is-not-told": (
        "Tomas Vrba told the story he had heard as a boy.",
        ["he had heard as a boy"],
        [],
    ),
    "a-storm-that-threatens-to-is-a-likelihood": (
        "The storm threatened to close the harbour for a week. "
        "Mayor Ines Calloway threatened to close the harbour for a month.",
        ["to close the harbour for a week"],
        [E("indirect", "to close the harbour for a month", "Ines Calloway", cue="threatened")],
    ),
    "a-vote-that-threatens-to-is-a-likelihood": (
        "Councillor Tomas Vrba faces a ferry vote that threatens to split his party. "
        "The dockers' union threatened to strike in May.",
        ["to split his party"],
        [E("indirect", "to strike in May", None, cue="threatened")],
    ),
    "a-season-that-promises-to-is-a-likelihood": (
        "The summer season promises to be the busiest in a decade. "
        "Harbour master Ines Calloway promised to reopen the pier by June.",
        ["to be the busiest in a decade"],
        [E("indirect", "to reopen the pier by June", "Ines Calloway", cue="promised")],
    ),
    "that-threatens-to-is-a-likelihood": (
        "The ferry fares doubled in March. That threatened to empty the island's schools.",
        ["to empty the island's schools"],
        [],
    ),
}


@pytest.mark.parametrize(
    ("text", "forbidden", "expected"), list(NOT_QUOTES.values()), ids=list(NOT_QUOTES)
)
def test_not_quotes(nlp, text: str, forbidden: list[str], expected: list[E]) -> None:
    quotes = run(nlp, text)
    for piece in forbidden:
        start = text.index(piece)
        inside = [q for q in quotes if within(q, start, start + len(piece))]
        assert not inside, f"item inside {piece!r}:\n{show(quotes)}"
    for exp in expected:
        check(quotes, exp)


# -- robustness ------------------------------------------------------------------------------------


def _long_paragraph() -> str:
    rng = random.Random(7)
    vocab = (
        "harbour ship dock said the a council tide ferry bridge workers storm port told her".split()
    )
    return " ".join(rng.choice(vocab) for _ in range(5000))


ROBUST = {
    "empty": "",
    "whitespace": " \n\n\t ",
    "only-marks": '""""\'\'\u201c\u201d',
    "only-marks-with-spaces": "\" \" ' \u201c \u201d \u00ab \u00bb `` ''",
    "long-paragraph-no-punctuation": _long_paragraph(),
    "unbalanced": 'She said "we are ready and then left.\n\n"Another," he said "and more',
    "unbalanced-curly": "\u201cThe port, she said, \u201cwill close.\n\nHe said \u201d nothing \u201d at all.",
    "cue-without-content": "Daniel Brooks said.",
    "dangling-colon": "Maria Okafor said:",
}


@pytest.mark.parametrize("text", list(ROBUST.values()), ids=list(ROBUST))
def test_robustness(nlp, text: str) -> None:
    quotes = run(nlp, text)
    for q in quotes:
        assert q.type in ("direct", "mixed", "indirect")
        assert q.content.start < q.content.end
        assert 0.0 <= q.confidence <= 1.0


def test_a_they_among_joined_names_does_not_recurse(nlp) -> None:
    """`O'Brien, they and Kim Min-jun said ...` after an aside naming O'Brien: resolving the
    "they" among the conjuncts read the same coordinated subject, whose conjuncts hold
    that "they" again, without end (RecursionError; found by the fuzz battery)."""
    text = "(O'Brien argued he never met her)  O'Brien, they and Kim Min-jun said the port will close.\n\u2014 Kim Min-jun\n"
    quotes = run(nlp, text)
    assert "the port will close" in [q.content.text for q in quotes]


@pytest.mark.parametrize(
    "text",
    ['"The port will\ud800 close," said Ada Voss.', "Ada Voss said the port\udfff will close in May."],
    ids=["direct", "indirect"],
)
def test_lone_surrogates_through_make_doc(nlp, text: str) -> None:
    """`pipeline.make_doc` kept the raw text (lone surrogate and all) for our components
    while the tokens hold U+FFFD: spans carried a character the stored text lacks, and
    a surrogate reaching the string store raised UnicodeEncodeError. Both read the
    cleaned text."""
    from quotes import pipeline

    doc = nlp(pipeline.make_doc(nlp, text))
    assert doc._.quotes
    for q in doc._.quotes:
        assert q.content.text == doc.text[q.content.start : q.content.end]
        assert "\ufffd" in q.content.text


def test_mixed_stops_at_the_speakers_next_act(nlp) -> None:
    """The cue's coordinated verb starts a new item, not more of the mixed quote."""
    text = 'Daniel Brooks called the harbour contract "a disgrace" and promised to reopen the tender.'
    quotes = run(nlp, text)
    check(quotes, E("mixed", 'the harbour contract "a disgrace"', "Daniel Brooks", cue="called"))
    check(quotes, E("indirect", "to reopen the tender", "Daniel Brooks", cue="promised"))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ines Calloway, who on Monday called the levy \u201ca tax on hope,\u201d is now running for mayor.",
            "the levy \u201ca tax on hope,\u201d",
        ),
        (
            "Calloway, speaking on radio, called Vrba a \u201cblowhard,\u201d and said his remarks were "
            "\u201cpropaganda\u201d for the rebels.",
            "Vrba a \u201cblowhard,\u201d",
        ),
    ],
)
def test_mixed_stops_before_the_predicate_of_the_subject_holding_the_cue(nlp, text: str, content: str) -> None:
    """`Calloway, who called the levy "a tax on hope," is now running`: the cue modifies
    the subject of the verb after the quote, which governs the cue and is no part of
    what the cue reports."""
    quotes = run(nlp, text)
    find(quotes, E("mixed", content, "Ines Calloway" if text.startswith("Ines") else "Calloway", fuzzy=False))


def test_mixed_stops_before_the_next_act_of_the_clause_above_the_cue(nlp) -> None:
    """`promoted humility, advising graduates to "work hard," and telling another class,
    "..."`: "telling" goes with "promoted", not with the participle that reports; the
    mixed item ends with its quotation and the next quote is direct."""
    text = (
        "Ines Calloway has promoted a humble approach in her speeches, advising graduates in 2019 to "
        '"work hard and stay kind," and telling another class, "Nobody is too big for a small job."'
    )
    quotes = run(nlp, text)
    find(quotes, E("mixed", 'graduates in 2019 to "work hard and stay kind,"', "Ines Calloway", fuzzy=False))
    check(quotes, E("direct", "Nobody is too big for a small job.", "Ines Calloway", cue="telling"))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'When Tomas Vrba knocked Calloway on trade, he called her a "moderate," a subtle dig at a rival '
            "who had courted the left.",
            'her a "moderate,"',
        ),
        (
            "Vrba said Calloway's remarks were ''reckless,'' an unusually sharp rebuke from a former ally.",
            "Calloway's remarks were ''reckless,''",
        ),
    ],
)
def test_mixed_stops_before_the_writers_gloss_on_the_quotation(nlp, text: str, content: str) -> None:
    """`called her a "moderate," a subtle dig at a rival`: a noun phrase after the comma
    that closes the quotation glosses the quoted words in the writer's voice."""
    quotes = run(nlp, text)
    find(quotes, E("mixed", content, "Tomas Vrba" if text.startswith("When") else "Vrba", fuzzy=False))


def test_quote_in_the_description_of_an_inverted_speaker(nlp) -> None:
    """`"...," said NAME, a docker who waited in a "long line"`: the second quote is in the
    description of the speaker; the cue before it does not report it."""
    text = (
        '"It was truly shameful," said Lena Marsh, 34, a docker who waited in an '
        '"extraordinarily long line" at the harbour gate for four hours.'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "It was truly shameful,", "Lena Marsh", cue="said"))
    assert not [q for q in quotes if q.content.text.startswith("Lena Marsh")], show(quotes)


def test_according_to_is_not_docked_for_a_missing_subject(nlp) -> None:
    """The source of "according to" is its object: the item keeps a confident score."""
    text = "The pier will close in May, according to harbour director Lena Marsh."
    quotes = run(nlp, text)
    q = check(quotes, E("indirect", "The pier will close in May", "Lena Marsh", cue="according to"))
    assert q.confidence >= 0.7, show(quotes)


def test_non_speech_verb_after_a_quote_in_its_sentence_does_not_report_it(nlp) -> None:
    """`After ... a video about the "ferry crisis," Lena Marsh revamped her plans`: only a
    speech verb after the quote makes the sentence around it a mixed item."""
    text = (
        'After the harbour board released a video about the "ferry crisis," Lena Marsh '
        "revamped her plans for the speech."
    )
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.cue is not None and q.cue.text == "revamped"], show(quotes)


def test_quote_by_a_verb_of_thinking_is_less_certain(nlp) -> None:
    """A quote by "believes" is an attribution, but a less certain one than by "said"."""
    said = run(nlp, '"The harbour will be rebuilt by spring," Lena Marsh said.')
    believes = run(nlp, '"The harbour will be rebuilt by spring," Lena Marsh believes.')
    a = check(said, E("direct", "The harbour will be rebuilt by spring,", "Lena Marsh", cue="said"))
    b = check(believes, E("direct", "The harbour will be rebuilt by spring,", "Lena Marsh", cue="believes"))
    assert b.confidence < a.confidence, show(believes)


def test_short_content_is_less_certain(nlp) -> None:
    """A content of a few words is more often a topic than a statement: lower confidence."""
    short = run(nlp, "Maria Okafor criticized the ferry fares.")
    long = run(nlp, "Maria Okafor criticized the ferry fares that the harbour board set last winter.")
    a = check(short, E("indirect", "the ferry fares", "Maria Okafor", cue="criticized"))
    b = check(
        long,
        E("indirect", "the ferry fares that the harbour board set last winter", "Maria Okafor"),
    )
    assert a.confidence < b.confidence, show(short)


def test_grown_mixed_quote_is_less_certain_than_direct(nlp) -> None:
    """A quotation grown into a mixed item by its lead words is less sure than a bare one."""
    mixed = run(nlp, 'But "the ferry will not be cheap," Daniel Brooks said.')
    direct = run(nlp, '"The ferry will not be cheap," Daniel Brooks said.')
    a = check(mixed, E("mixed", 'But "the ferry will not be cheap,', "Daniel Brooks", cue="said"))
    b = check(direct, E("direct", "The ferry will not be cheap,", "Daniel Brooks", cue="said"))
    assert a.confidence < b.confidence, show(mixed)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry is late again. That said, the harbour board expects a busy summer.",
        "All told, nearly 4,000 households could lose their ferry service.",
        "Having said that, the council will keep the pier open through June.",
    ],
)
def test_discourse_idiom_is_no_cue(nlp, text: str) -> None:
    """"That said,", "All told,": a reporting verb as a sentence adverbial reports nothing."""
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.cue is not None and q.cue.text in ("said", "told")], show(quotes)


def test_that_said_as_a_report_still_counts(nlp) -> None:
    """The pair is an idiom only when a comma follows: a relative "that said ..." reports."""
    quotes = run(nlp, "It was Ada Voss that said the harbour would be rebuilt by spring.")
    assert [q for q in quotes if "harbour would be rebuilt" in q.content.text], show(quotes)


def test_carried_quote_is_as_sure_as_a_cued_one(nlp) -> None:
    """A quote right after an attributed one continues its speaker and is almost always
    right: users filtering on confidence should see it above the uncertain reports."""
    text = (
        '"The ferry will run all winter," Daniel Brooks said at the pier. '
        '"We have the crews and the boats to do it."'
    )
    quotes = run(nlp, text)
    q = check(quotes, E("direct", "We have the crews and the boats to do it.", "Daniel Brooks"))
    assert q.cue is None and q.confidence >= 0.85, show(quotes)


def test_report_on_a_relative_pronoun_is_less_certain(nlp) -> None:
    """"a councillor who backed the plan ...": mostly a description of the councillor."""
    plain = run(nlp, "Maria Okafor said the harbour board would raise the ferry fares next winter.")
    relative = run(
        nlp,
        "The ferry fares were set by Maria Okafor, who said the harbour board would raise them next winter.",
    )
    a = check(plain, E("indirect", "the harbour board would raise the ferry fares next winter", "Maria Okafor"))
    b = check(relative, E("indirect", "the harbour board would raise them next winter", "Maria Okafor"))
    assert b.confidence < a.confidence, show(relative)


def test_content_hanging_on_and_runs_on_over_the_conjunct(nlp) -> None:
    """"pointing to a big win in Ohio and the fact that ...": the parser hangs the second
    conjunct on the sentence root, leaving the content to end on "and"; it runs on."""
    quotes = run(
        nlp,
        "Ada Voss brushed aside her loss, pointing to a big win in Ohio and the fact that she now leads in delegates.",
    )
    q = check(quotes, E("indirect", "a big win in Ohio and the fact that she now leads in delegates", "Ada Voss"))
    assert not q.content.text.endswith(" and"), show(quotes)


def test_no_content_ends_on_a_joiner(nlp) -> None:
    """Whatever the parse, a content never ends on a bare "and", "or" or "but"."""
    text = (
        "Daniel Brooks talked about the ferry schedule and how the harbour board plans to cut costs. "
        "The mayor said she had met the ferry operators twice but said nothing about the fares."
    )
    quotes = run(nlp, text)
    assert quotes and not [q for q in quotes if q.content.text.split()[-1] in ("and", "or", "but")], show(quotes)


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "Ms. Hale said every employee signs a contract with the firm, though she did not discuss its terms.",
            "every employee signs a contract with the firm",
            "its terms",
        ),
        (
            "Most voters in the survey said they prefer a governor who is a newcomer, while about a third want "
            "one with experience.",
            "they prefer a governor who is a newcomer",
            "one with experience",
        ),
        (
            "He argued that the bridge would pay for itself within ten years, even though many engineers doubt "
            "it will ever open.",
            "the bridge would pay for itself within ten years",
            "it will ever open",
        ),
    ],
)
def test_trailing_clause_with_its_own_report_ends_the_content(nlp, text: str, outer: str, inner: str) -> None:
    """", though she did not discuss X", ", while a third want Y": a comma, a joiner and a
    new subject open a clause the first speaker does not report, with a cue of its own."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [outer, inner], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Gov. Ada Ruiz pledged to take her campaign to the state convention -- even as her rival closed in "
            "on the delegates needed to win.",
            "to take her campaign to the state convention",
        ),
        (
            "Tom Vrba predicted that the Hawks would win \u2013 even though he picked the Bears last week.",
            "the Hawks would win",
        ),
        (
            "The clerk said the ferry had not sailed since May - though the harbour board has counted three crossings.",
            "the ferry had not sailed since May",
        ),
        # after a comma the reservation may be the speaker's own: it stays
        (
            "Tom Vrba predicted that the Hawks would win, even though he picked the Bears last week.",
            "the Hawks would win, even though he picked the Bears last week",
        ),
        # set off on both sides, inside the clause: part of what was said
        (
            "Tom Vrba said the mayor's plan -- even though it was late -- would cut the fares.",
            "the mayor's plan -- even though it was late -- would cut the fares",
        ),
    ],
)
def test_dash_led_concession_closing_the_content_is_the_writers(nlp, text: str, content: str) -> None:
    """"would win - even though he picked ...": a dash-led concessive clause with its own
    subject at the end of a content is the writer's aside; after a comma it stays."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz voiced anxiety about meeting the council's goal of $2 million - a sum that would pay for the "
            "new ferry.",
            "anxiety about meeting the council's goal of $2 million",
        ),
        # no noun phrase of its own after the dash: it stays
        (
            "Ruiz said the council could raise $2 million - twice what it raised last year.",
            "the council could raise $2 million - twice what it raised last year",
        ),
    ],
)
def test_dash_led_summary_of_an_amount_is_the_writers(nlp, text: str, content: str) -> None:
    """"the goal of $1 billion - a sum that would require ...": a dash-led noun phrase with a
    determiner glossing the amount that closes the content is the writer's gloss."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ruiz said there is a faction of the council she disagrees with, most specifically the hard-line "
            "members around the mayor.",
            "there is a faction of the council she disagrees with, most specifically the hard-line members around "
            "the mayor",
        ),
        (
            "Ruiz criticized parts of the Harbor Act, most notably the levy on ferry tickets.",
            "parts of the Harbor Act, most notably the levy on ferry tickets",
        ),
        # a gloss for the reader is still cut
        ("Ruiz criticized parts of the Harbor Act, a measure passed last spring.", "parts of the Harbor Act"),
    ],
)
def test_appositive_specified_after_a_degree_word_stays(nlp, text: str, content: str) -> None:
    """", most specifically X": a specifying adverb after "most"/"more" narrows what was
    said, as a bare "specifically" does; the appositive stays in the content."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The firm was asked to preserve the records by the House committee.", "to preserve the records"),
        # a passive infinitive has an agent of its own: it stays
        (
            "The seat is expected to be filled by the council leader.",
            "The seat is expected to be filled by the council leader",
        ),
    ],
)
def test_by_agent_of_a_passive_cue_is_not_content(nlp, text: str, content: str) -> None:
    """"was asked to preserve X by the committee": the closing "by" phrase names who
    asked, not part of what was asked."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


def test_trailing_that_clause_stays_in_the_content(nlp) -> None:
    """", but that he would not ..." goes on with what the first cue reports."""
    text = "The senator said the state needs new roads, but that he would not support a fuel tax."
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [
        "the state needs new roads, but that he would not support a fuel tax"
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "The mayor said the city would close the old library next year, and blamed the cuts on the state budget.",
            "the city would close the old library next year",
            "the cuts on the state budget",
        ),
        (
            "Ms. Ortiz said she will not run for the council again and considers the new district map unfair.",
            "she will not run for the council again",
            "the new district map unfair",
        ),
    ],
)
def test_second_predicate_after_a_modal_content_is_its_own_report(nlp, text: str, outer: str, inner: str) -> None:
    """"said X would happen, and blamed Y": a finite verb with no subject after a content
    built on a modal is the reporter's second predicate, hung inside by the parse."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [outer, inner], show(quotes)


def test_said_the_same_is_a_report(nlp) -> None:
    """"two-thirds said the same of Lott": "same" stands for a content said before; the
    parser tags it an adjective, but it is the verb's reported object."""
    quotes = run(nlp, "About half said Ms. Kane is honest, and two-thirds said the same of Mr. Lott.")
    assert [q.content.text for q in quotes] == ["Ms. Kane is honest", "the same of Mr. Lott"], show(quotes)


def test_the_same_as_a_plain_object_is_no_report(nlp) -> None:
    """"ordered the same" has no cue verb: nothing is reported."""
    quotes = run(nlp, "Ms. Kane ordered the soup, and her brother ordered the same.")
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        (
            "Mr. Vance dismissed the mayor's criticism by pointing out that the council had approved the plan.",
            "the mayor's criticism",
            "the council had approved the plan",
        ),
        (
            "Ms. Reed attacked her rival by mentioning the closure of the county hospital.",
            "her rival",
            "the closure of the county hospital",
        ),
    ],
)
def test_by_phrase_with_a_cue_is_a_report_of_its_own(nlp, text: str, outer: str, inner: str) -> None:
    """"attacked X by mentioning Y": the means phrase reports something else with a cue
    of its own, so the first content does not run on over it."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [outer, inner], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The governor's budget appeared to collapse after the vote in the state senate.",
            "The governor's budget appeared to collapse after the vote in the state senate",
        ),
        (
            "The new mayor is widely expected to raise property taxes next year.",
            "The new mayor is widely expected to raise property taxes next year",
        ),
    ],
)
def test_raising_cue_content_starts_at_its_subject(nlp, text: str, content: str) -> None:
    """"the budget appeared to collapse", "X is expected to win": the subject belongs to
    the infinitive, so the content starts at it."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


def test_raising_cue_leaves_a_relative_pronoun_out(nlp) -> None:
    """"a plan which seemed to favor ...": the pronoun only points back at the noun."""
    quotes = run(nlp, "The council adopted a plan which seemed to favor the larger towns.")
    assert [q.content.text for q in quotes] == ["to favor the larger towns"], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Ines Calloway says she would sit the mayor down and tell him "no more excuses."',
            'she would sit the mayor down and tell him "no more excuses."',
        ),
        (
            "Local radio reported that the police were closing the bridge and urging drivers to stay home.",
            "the police were closing the bridge and urging drivers to stay home",
        ),
        (
            "Tomas Vrba said the two brothers had their staff answer the phones and tell reporters they were away.",
            "the two brothers had their staff answer the phones and tell reporters they were away",
        ),
    ],
)
def test_conjunct_in_a_form_the_cue_cannot_share_stays_in_the_content(nlp, text: str, content: str) -> None:
    """"says she would sit him down and tell him X": a bare or -ing conjunct of a verb in
    the content cannot be coordinated with a finite cue, so it goes on with what the cue
    reports; it is not a report of its own."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


def test_conjunct_in_an_infinitive_content_is_its_own_report(nlp) -> None:
    """"refuses to sign X or explain Y": the content is the bare act refused, not a clause
    with a subject; the speech verb in its conjunct reports something of its own."""
    quotes = run(nlp, "Ines Calloway refuses to sign the lease or explain why the rent went up.")
    assert [q.content.text for q in quotes] == ["to sign the lease", "why the rent went up"], show(quotes)


def test_conjunct_in_the_cues_form_is_a_second_report(nlp) -> None:
    """"is noting X and saying Y": the conjunct shares the cue's form, a second report."""
    quotes = run(nlp, "Ms. Hale is noting the delays and saying the contractor should pay.")
    assert [q.content.text for q in quotes] == ["the delays", "the contractor should pay"], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Tomas Vrba called the governor a "spoiled child" who is acting "as if he is a monarch, as if he is a tsar."',
            'the governor a "spoiled child" who is acting "as if he is a monarch, as if he is a tsar."',
        ),
        (
            'Ines Calloway mocked the senator, calling him a "gifted speaker" when required to "give a toast, read a card."',
            'him a "gifted speaker" when required to "give a toast, read a card."',
        ),
    ],
)
def test_mixed_content_does_not_end_inside_its_quotation(nlp, text: str, content: str) -> None:
    """A quoted fragment is quoted whole: a mixed content that ends inside a quotation
    it opened, the rest of the quotation in the same sentence, runs on to the mark."""
    quotes = run(nlp, text)
    assert content in [q.content.text for q in quotes], show(quotes)
    assert not any(q.type == "direct" for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ines Calloway, casting herself as a friend of small farmers, appeared to ease fears that the new tax "
            "would hurt them.",
            "Ines Calloway, casting herself as a friend of small farmers, appeared to ease fears that the new tax "
            "would hurt them",
        ),
        (
            "Ms. Ruiz pointed to a recent visit to Dover, where the governor thanked the town's nurses for being "
            "patient with the state and teaching him about the needs of rural clinics.",
            "a recent visit to Dover, where the governor thanked the town's nurses for being patient with the state "
            "and teaching him about the needs of rural clinics",
        ),
        (
            "He said that the council's decision, which some have argued was intended to get residents to leave, "
            'was an "insult" to the "hundreds of families" in the valley.',
            "the council's decision, which some have argued was intended to get residents to leave, was an "
            '"insult" to the "hundreds of families" in the valley',
        ),
    ],
)
def test_report_with_its_cue_inside_a_grown_content_is_part_of_it(nlp, text: str, content: str) -> None:
    """A report whose cue lies inside another report's content, once that content has
    its raised subject, is part of it; one that starts inside and runs past the end
    shows the outer content stopped short, and the outer content runs on over it."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


def test_stray_quote_after_a_report_joins_it(nlp) -> None:
    """A cue-less quote in the same sentence right after a report, with no cue or clause
    break between, is another fragment of that report: one mixed item, not two. It ends at
    the last quotation's closing mark (lit64: a mixed item never ends inside its marks)."""
    quotes = run(nlp, 'Mr. Ruiz called the budget "a disgrace" and someone who had "abandoned the schools."')
    assert [(q.type, q.content.text) for q in quotes] == [
        ("mixed", 'the budget "a disgrace" and someone who had "abandoned the schools."')
    ], show(quotes)


def test_stray_quote_after_a_semicolon_stays_apart(nlp) -> None:
    """A semicolon closes the report: the quote after it is not its fragment."""
    quotes = run(nlp, 'Mr. Ruiz called the budget "a disgrace"; "abandoned schools" was the phrase on the banners outside.')
    assert [q.content.text for q in quotes] == ['the budget "a disgrace"', "abandoned schools"], show(quotes)


def test_content_runs_on_over_a_curly_possessive(nlp) -> None:
    """"criticized the government’s tactics": the parser leaves the curly "’s" loose and
    the content would stop at "the government"; it goes on to the owned noun."""
    quotes = run(nlp, "He criticized the government’s below-the-belt tactics.")
    assert [q.content.text for q in quotes] == ["the government’s below-the-belt tactics"], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cNobody told us anything,\u201d said Rosa Kim, a local baker. "
        "So-called \u201cforever chemicals\u201d were found in the water.",
        "\u201cNobody told us anything,\u201d said Rosa Kim, a local baker. "
        "The company\u2019s \u201cdigital first\u201d strategy cost 300 jobs.",
    ],
)
def test_scare_quote_does_not_continue_the_previous_speaker(nlp, text: str) -> None:
    """Marks after "so-called" or around a noun's modifier flag words, they quote no one:
    the previous speaker's quote is still found, the scare quote is no item."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [("Nobody told us anything,", "Rosa Kim")], show(quotes)


def test_short_quote_after_a_quote_still_continues_it(nlp) -> None:
    """A quoted sentence of its own after an attributed quote keeps the speaker."""
    quotes = run(nlp, "\u201cNobody told us anything,\u201d said Rosa Kim. \u201cNot one word.\u201d")
    assert [(q.content.text, q.speaker) for q in quotes] == [
        ("Nobody told us anything,", "Rosa Kim"),
        ("Not one word.", "Rosa Kim"),
    ], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "ELECTION 2024\nCandidate says 'I will win'\n\nThe race tightened on Monday. "
        '"We will reopen the bridge by June," said Marta Ilves.',
        "Farmers protest at port\nThousands of tractors blocked the road as farmers demanded 'fair prices'\n\n"
        '"We will reopen the bridge by June," said Marta Ilves.',
    ],
)
def test_kicker_and_standfirst_lines_belong_to_the_headline(nlp, text: str) -> None:
    """Lines with no final period stacked over a blank line are one headline block:
    the quote in its second line is no item, the story's quote still is."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [
        ("We will reopen the bridge by June,", "Marta Ilves")
    ], show(quotes)


@pytest.mark.parametrize(
    "header",
    [
        "Ferry fares to double\nThe operator says the old prices cannot cover fuel any more\n"
        "By Ines Calloway | Published 3 May 2026, 9:40am\nShare on Facebook Share on X\n\n",
        "OPINION\nFerry fares to double\nIslanders warn the rise will empty the villages\n\n"
        "Interview by Ines Calloway, translated from Norwegian\n\n",
        "Ferry fares to double\nThe operator says fuel costs more\nVon Ines Calloway | 3. Mai 2026\n\n",
    ],
)
def test_standfirst_over_a_byline_line_is_header(nlp, header: str) -> None:
    """Lines over a byline line at the top of a page (headline, standfirst, kicker) are
    its header: the standfirst's "says" reports nothing of its own, and a report read
    across the line breaks into the byline is no item. The story below is read."""
    story = 'Fares rise in June. "Diesel has doubled in two years," said Tomas Vrba, the operator\'s director.'
    quotes = run(nlp, header + story)
    assert [(q.content.text, q.speaker) for q in quotes] == [
        ("Diesel has doubled in two years,", "Tomas Vrba")
    ], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Fares rise in June.\n\nThe harbour master Ines Calloway said on Monday that the ferry would keep "
        "its winter timetable.\n\nBy Tomas Vrba\n\nThe quay opens in May.",
        "The harbour master Ines Calloway said on Monday that the ferry would keep its winter timetable "
        "until the new quay opens, and that fares would not rise before the council meets again in the "
        "autumn to set the budget for the next year.\n\nBy Tomas Vrba\n\nThe quay opens in May.",
    ],
)
def test_byline_after_story_lines_closes_no_header(nlp, text: str) -> None:
    """A "By ..." line after two sentences of story, or after a long paragraph, leaves
    them story: the report is still read."""
    quotes = run(nlp, text)
    assert any(q.content.text.startswith("the ferry would keep its winter timetable") for q in quotes), show(quotes)


def test_headline_hard_wrapped_over_two_lines_is_still_a_headline(nlp) -> None:
    """A headline wrapped onto a second line, then a blank line: the block is short and
    ends with no full stop, so its quoted words are no item; a wrapped opening
    sentence, which ends in a full stop, is still read."""
    text = (
        "Harbour wall 'will not be ready\nfor another five years', report warns\n\n"
        "A report from the Ostby audit office has found that the harbour wall will be late."
    )
    quotes = run(nlp, text)
    assert not any("five years" in q.content.text for q in quotes), show(quotes)
    check(quotes, E("indirect", "the harbour wall will be late", "Ostby audit office", cue="has found"))
    quotes = run(nlp, text.replace("\n", "\r\n"))  # a Windows file
    assert not any("five years" in q.content.text for q in quotes), show(quotes)
    quotes = run(nlp, "Ines Calloway said the\nferry vote was over.\n\nThe mayor left early.")
    check(quotes, E("indirect", "the\nferry vote was over", "Ines Calloway", cue="said"))


def test_sentence_under_a_headline_is_still_read(nlp) -> None:
    """A line that ends in a period under the headline is story text, not headline."""
    quotes = run(nlp, "Mayor quits\nThe mayor of Hull said he had no regrets.\n\nHe left on Monday.")
    assert [q.content.text for q in quotes] == ["he had no regrets"], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        'The ship was renamed "Spirit of Hope" in 1990. Council leader Dev Anand said the budget would be balanced.',
        'The deal was framed as a "win-win" for both sides. Council leader Dev Anand said the budget would be balanced.',
    ],
)
def test_passive_naming_without_a_source_is_no_item(nlp, text: str) -> None:
    """A name or spin in marks after a passive naming verb with no agent quotes no one;
    the report next to it is still found."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [
        ("the budget would be balanced", "Dev Anand")
    ], show(quotes)


def test_active_framing_keeps_its_speaker(nlp) -> None:
    """With a subject, framing words in marks is a report of that subject's words."""
    quotes = run(nlp, 'Critics have framed the cuts as "a war on the poor."')
    assert [(q.type, q.speaker) for q in quotes] == [("mixed", "Critics")], show(quotes)


@pytest.mark.parametrize("so_called", ["so- called", "so - called"])
def test_split_so_called_is_no_naming_cue(nlp, so_called: str) -> None:
    """"so- called" split by a space still only flags a scare quote: its "called" names
    nothing and reports nothing; the quote after it is still found."""
    text = (
        f"Trade is strong and the {so_called} \u2018special relationship\u2019 with the US has been "
        'the cornerstone of policy. "It will last," said Ann Lee, the envoy.'
    )
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [("It will last,", "Ann Lee")], show(quotes)


@pytest.mark.parametrize(
    "line",
    [
        "MORE: Senator says she will not seek re-election",
        "WATCH BELOW: Premier says province will sue",
        "PHOTOS: Mayor says city is 'ready for anything'",
        "Trending: Star says 'I'm done with politics'",
        "Pictured: Ann Lee, who said she was 'thrilled', at the opening",
        "Video: Protesters chant 'no more cuts' outside parliament",
        "MORE FROM THE COURIER: Mayor says storm shelter is ready",
        ">> Related coverage: 'It was terrifying,' residents say",
    ],
)
def test_promotion_and_picture_lines_hold_no_items(nlp, line: str) -> None:
    """A line promoting a link, a video or a gallery, or captioning a picture, repeats a
    headline: nothing in it is stored, the report under it still is."""
    text = f"{line}\n\nPolice spokesman Ian Fold told reporters that two men had been arrested."
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [("two men had been arrested", "Ian Fold")], show(quotes)


def test_more_inside_a_sentence_is_no_link_line(nlp) -> None:
    """Only a line that opens with the promotion word and a separator is a link line."""
    quotes = run(nlp, "More than half of the staff said the plan was unfair.")
    assert [q.content.text for q in quotes] == ["the plan was unfair"], show(quotes)


def test_watch_on_a_day_is_no_link_line(nlp) -> None:
    """A story line opening with "Watch on ..." and a hyphenated word is no link line."""
    quotes = run(nlp, "Watch on Monday as the well-known mayor said the plan was unfair.")
    assert [q.content.text for q in quotes] == ["the plan was unfair"], show(quotes)


@pytest.mark.parametrize(
    "line",
    [
        "Sign up for The Morning Brief and find out what experts say about the markets",
        "Want more? Follow Jane Porter on Twitter, where she says what she thinks.",
        "By signing up you agree to our terms and privacy policy.",
        "By subscribing, you confirm that you have read our privacy notice.",
        "Want to get this briefing in your inbox? Sign up by entering your email below:",
    ],
)
def test_reader_prompts_hold_no_items(nlp, line: str) -> None:
    """Calls to sign up or follow address the reader; the story's report is still found."""
    text = f"Police spokesman Ian Fold told reporters that two men had been arrested.\n\n{line}"
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [("two men had been arrested", "Ian Fold")], show(quotes)


@pytest.mark.parametrize(
    "block",
    [
        "Related Stories\nDockworkers vote to strike as pay talks fail\nHarbour residents told to prepare for closures",
        "Most read\n1. Mayor says ferry will run all winter\n2. Fishermen warn of empty nets",
        "More on this story\n- Union says talks have collapsed\n- Port chief admits delays",
        # a heading set off in marks, its links a paragraph each
        '"Related:"\n\nDockworkers Reject The Offer Of A Pay Rise.\n\nMayor Says Ferry Will Run All Winter.'
        "\n\nPort Chief Responds By Saying We Need Fewer Ships",
    ],
)
def test_lines_under_a_link_list_heading_hold_no_items(nlp, block: str) -> None:
    """A heading over a list of links (`Related Stories`, `Most read`) and the headlines
    under it, up to a blank line, are other stories; the report after the list is read."""
    text = (
        "Police spokesman Ian Fold told reporters that two men had been arrested.\n\n"
        f"{block}\n\nThe harbour master Ines Calloway said the port would reopen on Monday."
    )
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == ["two men had been arrested", "the port would reopen on Monday"], show(
        quotes
    )


def test_stacked_link_headings_are_walked_once(nlp, monkeypatch) -> None:
    """Title Case link headings stacked a paragraph each ("More From The Harbour Times")
    are one list, walked once: every heading walked every line after it, quadratic (2,000
    of them took 3 s of extraction, 15 times a normal article of that length)."""
    from quotes import extract

    calls = []
    title_case_line = extract._title_case_line
    monkeypatch.setattr("quotes.notquotes._title_case_line", lambda line: calls.append(line) or title_case_line(line))
    text = "More From The Harbour Times\n\n" * 300 + "The harbour master Ines Calloway said the port would reopen."
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == ["the port would reopen"], show(quotes)
    assert len(calls) < 1000


def test_related_word_in_a_story_line_is_no_list(nlp) -> None:
    """A story sentence that begins with "Related" goes on in its line: no list heading."""
    quotes = run(nlp, "Related talks failed.\nThe harbour master Ines Calloway said the port would reopen.")
    assert [q.content.text for q in quotes] == ["the port would reopen"], show(quotes)


def test_subscribers_line_is_no_prompt(nlp) -> None:
    """A line about subscribers is story text."""
    quotes = run(nlp, "Subscribers said the service was too slow.")
    assert [q.content.text for q in quotes] == ["the service was too slow"], show(quotes)


@pytest.mark.parametrize(
    "hedge",
    [
        "It would be wrong to say that the crisis is over.",
        "It is fair to say the plan failed.",
        "It's too soon to say whether the dam will hold.",
    ],
)
def test_writers_hedge_with_it_is_no_report(nlp, hedge: str) -> None:
    """"It is fair to say ...": the writer's own hedge, with an "it" that nobody is; the
    report next to it is still found."""
    quotes = run(nlp, f"{hedge} Finance chief Oren Blake said the deficit would shrink by a third.")
    assert [(q.content.text, q.speaker) for q in quotes] == [
        ("the deficit would shrink by a third", "Oren Blake")
    ], show(quotes)


def test_participle_by_phrase_keeps_a_relative_that(nlp) -> None:
    """"the story told by the fisherman that I remember best": on a participle that
    modifies a noun, "that" opens a relative clause, not what was told."""
    quotes = run(nlp, "The story told by the fisherman that I remember best is about a whale.")
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The levy applies to large firms, that is to say firms with over 250 staff.",
        "The deal covers the north, that is to say the three ports of Tarn.",
    ],
)
def test_that_is_to_say_is_the_writers_rephrasing(nlp, text: str) -> None:
    """"..., that is to say X": the writer restating in other words; "that" is nobody
    who spoke and X is no report."""
    quotes = run(nlp, text)
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "It goes without saying that the ferry will be late again.",
        "It went without saying that nobody in the village would back the quarry.",
    ],
)
def test_goes_without_saying_is_the_writers_own(nlp, text: str) -> None:
    """"It goes without saying that X": the writer stating the obvious; the gerund has
    no speaker and X is no report ("left without saying that he would return" still is)."""
    quotes = run(nlp, text)
    assert quotes == [], show(quotes)


def test_quick_to_say_keeps_its_speaker(nlp) -> None:
    """A subject-control adjective ("quick to say") keeps the subject as the source."""
    quotes = run(nlp, "The firm was quick to say that it had done nothing wrong.")
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        ("it had done nothing wrong", "The firm")
    ], show(quotes)


def test_as_aside_before_an_extraposed_that_clause(nlp) -> None:
    """"It is not true, as some have suggested, that ...": what was suggested is the
    that-clause the "it" stands for, not the writer's verdict on it."""
    quotes = run(nlp, "It is not true, as some have suggested, that the plant will close.")
    assert [q.content.text for q in quotes] == ["the plant will close"], show(quotes)


def test_title_case_dateline_place_is_no_speaker(nlp) -> None:
    """ "Lisbon (AFP) \u2013 Singer Marta Vale ... is not sure": the parser makes the
    dateline's place the subject; the person after the dash is who speaks."""
    text = (
        "Lisbon (AFP) \u2013 Award-winning singer Marta Vale, star of the hit album "
        '"Blue Harbour," is not sure she can vote for the mayor again.'
    )
    check(run(nlp, text), E("indirect", "she can vote for the mayor again", "Marta Vale"))


def test_name_before_dashes_stays_the_speaker(nlp) -> None:
    """ "Jon Tarr \u2014 a teacher from Elm Bay \u2014 says": the name is no dateline."""
    text = "Jon Tarr \u2014 a teacher from Elm Bay \u2014 says he made a late decision to vote."
    check(run(nlp, text), E("indirect", "he made a late decision to vote", "Jon Tarr"))


def test_a_day_is_no_speaker(nlp) -> None:
    """ "... on Monday hit the trail, saying": a day the parser made the subject of the
    participle's clause speaks for no one; the deputy mayor does."""
    text = (
        "Lisbon (AFP) \u2013 Deputy Mayor Rui Lopes on Monday hit the campaign trail with the "
        "governor for the first time, saying the race was close."
    )
    check(run(nlp, text), E("indirect", "the race was close", "Rui Lopes"))


def test_told_after_a_named_speaker_is_no_speaker_cue(nlp) -> None:
    """ `"...," Varela, 58, told Reuters`: the name between the marks and "told" speaks;
    the object of "tell" is the one told, even when the parser leaves "told" no subject."""
    text = (
        "\u201cWe were badly wrong to not have confronted him from the very start,\u201d "
        "Varela, 58, told Reuters in an interview in Lima on Monday."
    )
    check(
        run(nlp, text),
        E("direct", "We were badly wrong to not have confronted him from the very start,", "Varela"),
    )
    # Right after the marks the one asking is the object: `"...?" asked the boy`.
    quotes = run(nlp, "\u201cIs the ferry late again today?\u201d asked the boy.")
    check(quotes, E("direct", "Is the ferry late again today?", "Boy", mention="the boy"))


def test_titled_name_after_the_marks_speaks(nlp) -> None:
    """ `''...,'' Mr. Brandt, now 81 and retired in Dover, said by telephone`: the
    parser leaves "said" no subject; the title leads to the name after the marks."""
    text = (
        "The harbour deal was signed in 1986.\n\n''If the board had gone with Voss, I would have "
        "lost the house for a long time,'' Mr. Brandt, now 81 and retired in Dover, Del., said "
        "by telephone this week."
    )
    check(
        run(nlp, text),
        E(
            "direct",
            "If the board had gone with Voss, I would have lost the house for a long time,",
            "Brandt",
            mention="Mr. Brandt",
        ),
    )


def test_report_wraps_every_report_nested_in_its_content(nlp) -> None:
    """`wants to address concerns about X after accusing Y of Z`: both inner cues lie in
    what the union wants; attribution is univocal, so the outer report is the one item,
    however many reports it wraps."""
    text = "The union wants to address concerns about the use of the pier fund after accusing the mayor of hiding losses."
    quotes = run(nlp, text)
    check(quotes, E("indirect", "to address concerns about the use of the pier fund after accusing the mayor of hiding losses", None, cue="wants"))
    assert len(quotes) == 1, show(quotes)


def test_block_quote_wraps_the_reports_inside_it(nlp) -> None:
    """`Voss wrote:` and a paragraph with no marks: the verbs of thinking and asking in the
    paragraph are the writer's own words, inside the block quote, not items of their own."""
    text = (
        "Harbour pilot Ada Voss published a long letter on Sunday. Voss wrote:\n\n"
        "I think the northern pier is no longer safe. We want a pier that lasts. "
        'But what we should ask is "who will pay for it?"\n\nThe board has not replied.'
    )
    quotes = run(nlp, text)
    body = 'I think the northern pier is no longer safe. We want a pier that lasts. But what we should ask is "who will pay for it?'
    check(quotes, E("direct", body, "Ada Voss", cue="wrote", fuzzy=True))
    assert len(quotes) == 1, show(quotes)


@pytest.mark.parametrize("asker", ["HOST", "INTERVIEWER", "MODERATOR"])
def test_labels_answering_an_interviewer_are_turns(nlp, asker: str) -> None:
    """`HOST: Will you resign?` then `CALLOWAY: No.`: with the asker's label the
    transcript is a dialogue, and the other label answers though the article never
    named her; a writer's "UPDATE:" line is no turn."""
    text = (
        f"{asker}: Mayor, will you close the pier?\n\n"
        "CALLOWAY: No. The pier stays open all winter.\n\n"
        "UPDATE: The council voted to close it on Friday."
    )
    quotes = run(nlp, text)
    q = find(quotes, E("direct", "No. The pier stays open all winter.", None))
    assert q.speaker_mention is not None and q.speaker_mention.text == "CALLOWAY", show(quotes)
    assert not any("council voted" in q.content.text for q in quotes), show(quotes)


def test_a_question_label_tagged_a_person_is_no_turn(nlp) -> None:
    """`QUESTION: Is the reef dying?` above `PROF MABHIDA-LORNE: ...`: the model may tag
    the capitals "QUESTION" a person, but the label is the interviewer's, whose questions
    are no one's item (as under `INTERVIEWER:`); the answer stays the professor's."""
    text = (
        "Professor Thandeka Mabhida-Lorne studies coral off the coast of Mozambique. We asked "
        "her about the reef.\n\nQUESTION: Is the reef dying?\n\nPROF MABHIDA-LORNE: Parts of "
        "it are already dead, but most of it can still recover."
    )
    quotes = run(nlp, text)
    assert not any("reef dying" in q.content.text for q in quotes), show(quotes)
    q = find(quotes, E("direct", "Parts of it are already dead, but most of it can still recover.", None))
    assert q.speaker_mention is not None and q.speaker_mention.text == "PROF MABHIDA-LORNE", show(quotes)


def test_transcript_label_by_full_name_then_surname(nlp) -> None:
    """A transcript that names its speakers only in capitals ("KATE OKAFOR:", then
    "OKAFOR:") still has turns: a label shortened to its last word is a name. The
    reports inside a turn are the speaker's words, not items of their own."""
    text = (
        "A transcript of the radio interview follows.\n\n"
        "KATE OKAFOR: Why did the board close the northern pier?\n\n"
        "JOEL BRANDT: This is a board that said it would never close a pier. They are now "
        "planning to close two more.\n\n"
        "OKAFOR: Will the ferries keep running?\n\n"
        "BRANDT: The ferries will keep running until the summer."
    )
    quotes = run(nlp, text)
    for content, mention in (
        ("Why did the board close the northern pier?", "KATE OKAFOR"),
        ("This is a board that said it would never close a pier. They are now planning to close two more.", "JOEL BRANDT"),
        ("Will the ferries keep running?", "OKAFOR"),
        ("The ferries will keep running until the summer.", "BRANDT"),
    ):
        q = find(quotes, E("direct", content, None))
        assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)
    assert len(quotes) == 4, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ('Q: Were you ever worried about the storm?\nA: "Not for a second. We trusted the crew."',
         "Not for a second. We trusted the crew.", "A"),
        ("The skipper spoke to us at the harbour.\n\nQ: Were you ever worried?\n\nA: \u201cNever, not once in twenty years.\u201d",
         "Never, not once in twenty years.", "A"),
        ("Q: Did the nets hold?\nA: 'They held, every one of them.'", "They held, every one of them.", "A"),
        ('A transcript of the hearing follows.\n\nMARA VENN: Who signed the order?\n\nTOBIAS KELL: "I signed it myself, on the Monday."',
         "I signed it myself, on the Monday.", "TOBIAS KELL"),
    ],
)
def test_labelled_turn_in_quote_marks_is_one_item_inside_the_marks(
    nlp, text: str, content: str, mention: str
) -> None:
    """`A: "Not for a second."` / `KELL: "I signed it."`: a labelled answer or turn written
    in quote marks is one item, its content inside the marks as for any quotation (the
    turn took the opening mark, the answer both marks, and the answer was found twice)."""
    quotes = run(nlp, text)
    check_spans(text, quotes)
    ours = [q for q in quotes if content[:12] in q.content.text]
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in ours] == [
        (content, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Q: Was it hard?\nA: 'Tis the hardest job on the coast, and I would not change it.",
         "'Tis the hardest job on the coast, and I would not change it."),
    ],
)
def test_answer_opening_with_an_apostrophe_keeps_it(nlp, text: str, content: str) -> None:
    """`A: 'Tis the hardest job`: a single mark that no mark closes is an apostrophe of
    the answer's first word, not a quotation's opening."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes if "hardest" in q.content.text] == [content], show(quotes)


def test_press_conference_turns_under_name_headings_answer_question_lines(nlp) -> None:
    """A press-conference transcript: a heading line per speaker ("MAREK HOLT
    (Fenwick Town coach)") and unnamed reporters' "Q:" lines, then "HOLT:" answers.
    The question lines make it a dialogue, so a label the article names only in its
    heading is a turn, and the resolver reads the full name off the heading."""
    text = (
        "Post-match comments after Fenwick Town's draw with Larkhill on Sunday.\n\n"
        "MAREK HOLT (Fenwick Town coach)\n\n"
        "Q: Was the second goal offside?\n\n"
        "HOLT: I thought so at the time. The linesman was ten yards behind play.\n\n"
        "Q: What about the keeper?\n\n"
        "HOLT: He kept us in it for an hour and I told him so."
    )
    quotes = run(nlp, text)
    for content in (
        "I thought so at the time. The linesman was ten yards behind play.",
        "He kept us in it for an hour and I told him so.",
    ):
        check(quotes, E("direct", content, "Marek Holt", mention="HOLT"))


def test_interview_turns_labelled_by_initials(nlp) -> None:
    """A Q&A that labels its turns with the speakers' initials ("P.K.:" for Petra
    Kiely, introduced above it): each initials label is a turn, and the answers are
    the interviewee's words."""
    text = (
        "Petra Kiely has run the Harbour Street bakery for thirty years. She spoke to "
        "Dominic Vane about the rising price of flour.\n\n"
        "D.V.: Will you raise your prices?\n\n"
        "P.K.: Not this year. We would rather make less money than lose our regulars.\n\n"
        "D.V.: And next year?\n\n"
        "P.K.: Ask me when the harvest is in."
    )
    quotes = run(nlp, text)
    for content in (
        "Not this year. We would rather make less money than lose our regulars.",
        "Ask me when the harvest is in.",
    ):
        check(quotes, E("direct", content, "Petra Kiely", mention="P.K."))


def _dedupe_pairwise(cands: list) -> list:
    """The reference: every candidate against every kept one (quadratic)."""
    from quotes.extract import _clashes, _nested_in

    cands = sorted(cands, key=lambda c: (-c.confidence, c.start))
    kept: list = []
    for c in cands:
        clashes = [k for k in kept if _clashes(c, k)]
        if not clashes:
            kept.append(c)
        elif all(_nested_in(k, c) for k in clashes):
            kept = [k for k in kept if not any(k is x for x in clashes)] + [c]
    kept.sort(key=lambda c: c.start)
    return kept


@pytest.mark.parametrize("seed", range(40))
def test_indexed_dedupe_keeps_what_pairwise_comparison_keeps(seed: int) -> None:
    """_dedupe looks only at kept items near each candidate (a text with thousands of
    items compared every pair: minutes); it must keep exactly what the pairwise rule keeps,
    nesting replacements and ties included."""
    import random

    from quotes.extract import Candidate, _dedupe

    rnd = random.Random(seed)
    cands = []
    for _ in range(rnd.randint(1, 60)):
        start = rnd.randint(0, 400)
        end = start + rnd.choice([0, 1, 3, 10, 40, 120, rnd.randint(1, 300)])  # 0: empty span
        cue_at = rnd.randint(max(0, start - 20), end + 20)
        cands.append(
            Candidate(
                type=rnd.choice(["direct", "mixed", "indirect"]),
                start=start,
                end=end,
                cue=(cue_at, cue_at + 4),
                mention=None,
                confidence=rnd.choice([0.5, 0.7, 0.8, 0.9]),
            )
        )
    assert [id(c) for c in _dedupe(cands)] == [id(c) for c in _dedupe_pairwise(cands)]


def _reparsed(nlp, text: str, fix: dict[str, tuple[str, str, str | None]]):
    """Parse ``text``, then force the parse of some words (word -> (head word, dep, entity
    label or None)) to replay a misparse seen in news text, and run our components."""
    from spacy.tokens import Doc

    parsed = nlp.make_doc(text)
    for name in ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"):
        if name in nlp.pipe_names:
            parsed = nlp.get_pipe(name)(parsed)
    index = {t.text: t.i for t in parsed}
    heads = [t.head.i for t in parsed]
    deps = [t.dep_ for t in parsed]
    ents = [f"B-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed]
    for word, (head, dep, label) in fix.items():
        heads[index[word]] = index[head]
        deps[index[word]] = dep
        if label is not None:
            ents[index[word]] = f"B-{label}" if label else "O"
    doc = Doc(
        nlp.vocab,
        words=[t.text for t in parsed],
        spaces=[bool(t.whitespace_) for t in parsed],
        heads=heads,
        deps=deps,
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        lemmas=[t.lemma_ for t in parsed],
        ents=ents,
    )
    for name in ("quotes_extractor", "quotes_resolver", "quotes_channels"):
        doc = nlp.get_pipe(name)(doc)
    return doc._.quotes or []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("\"The gate,\" said warden Piers Ashdown, \"should have been locked at dusk.\"", "Piers Ashdown"),
        ("\"The river,\" said ranger Tomas Ek, \"is higher than last year.\"", "Tomas Ek"),
    ],
)
def test_split_quote_after_title_and_name_keeps_the_name(nlp, text: str, speaker: str) -> None:
    """`"...," said warden Piers Ashdown, "..."`: the parser may give the cue two subjects,
    the title and the name; both halves of the quotation are the named one's (the bare
    title resolves to nobody)."""
    quotes = run(nlp, text)
    assert len(quotes) == 2 and all(q.speaker == speaker for q in quotes), show(quotes)


def test_name_between_quote_and_cue_speaks_not_the_addressee(nlp) -> None:
    """`"...," Barros, 61, told Reuters`: when the parser hangs the name on the quote
    (and calls it an organisation), the name before the cue still speaks, not the
    news agency after it."""
    text = "“We were badly wrong to wait,” Barros, 61, told Reuters in Lisbon on Monday."
    quotes = _reparsed(nlp, text, {"Barros": ("were", "npadvmod", "ORG"), "told": ("were", "conj", None),
                                   "were": ("were", "ROOT", None)})
    direct = [q for q in quotes if q.type == "direct"]
    assert direct and direct[0].speaker_mention is not None, show(quotes)
    assert direct[0].speaker_mention.text == "Barros", show(quotes)


def test_cue_object_speaks_when_nothing_stands_between(nlp) -> None:
    """`"...," said Reuters`-like inversions keep their speaker after the cue."""
    quotes = run(nlp, "“The port will reopen on Friday,” said Ana Ruiz, the harbour master.")
    assert quotes and quotes[0].speaker_mention is not None and "Ruiz" in quotes[0].speaker_mention.text, show(quotes)


def test_as_aside_object_of_as_speaks(nlp) -> None:
    """`As Ada Roe, a law professor, put it, "..."`: when the parser takes "as" for a
    preposition with the speaker as its object, that object speaks, not the idiom's "it"
    (nor someone named inside the quote)."""
    text = "As Ada Roe, a law professor, put it, “City councils should remember that a deal today is better.”"
    quotes = _reparsed(nlp, text, {"Roe": ("As", "pobj", "PERSON"), "As": ("put", "mark", None)})
    direct = [q for q in quotes if q.type == "direct"]
    assert direct and direct[0].speaker_mention is not None, show(quotes)
    assert "Roe" in direct[0].speaker_mention.text, show(quotes)


def test_colon_claim_stops_at_its_sentence(nlp) -> None:
    """`Superdelegates: Lee is backed by 40 ... "...," Kent said.`: a headline-style
    colon claim is one sentence; a quotation later on the line with its own cue is a
    direct item of its own speaker, not swallowed into the claim."""
    text = (
        "Superdelegates: Lee is backed by 40 superdelegates compared with 9 who back Moss, "
        "according to the Herald. Moss fans have started petitions. \"The worry is that we have "
        'a process that is unfair. We want voters to decide," Kent said.'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "The worry is that we have a process that is unfair. We want voters to decide,", "Kent", cue="said"))
    assert not any(q.content.start < text.index("Moss fans") < q.content.end for q in quotes), show(quotes)


def test_colon_claim_opening_with_a_quoted_fragment_is_the_whole_line(nlp) -> None:
    """`Brooks: 'Of Course' Marsh Is Qualified`: a quotation that opens the claim and
    ends on a word, with more of the sentence after it, is a fragment of the label's
    claim; the whole line is one mixed item (a quoted sentence alone stays direct)."""
    text = (
        "Brooks: \u2018Of Course\u2019 Marsh Is Qualified To Run The Port.\n\n"
        "Daniel Brooks said on Monday that Lena Marsh should run the port."
    )
    quotes = run(nlp, text)
    check(quotes, E("mixed", "\u2018Of Course\u2019 Marsh Is Qualified To Run The Port", "Daniel Brooks", fuzzy=False))
    assert not [q for q in quotes if q.content.text == "Of Course"], show(quotes)


def test_reopened_quote_with_its_own_cue_splits_per_paragraph(nlp) -> None:
    """`"A," she said. "B.¶¶"C," she said.`: the quote left open at the paragraph's end
    and reopened on the next is two quotes when the new paragraph ends on its own cue."""
    text = (
        'The mood at the yard was tense. "People are worried," Ana Lobo said. '
        '"They think the yard will close.\n\n"And they still believe nobody will help," she said.'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "They think the yard will close.", "Ana Lobo"))
    check(quotes, E("direct", "And they still believe nobody will help,", "Ana Lobo", cue="said"))


def test_long_quote_over_paragraphs_stays_one(nlp) -> None:
    """`Lobo said: "A.¶¶"B," she added.`: a quotation opening its paragraph runs on."""
    text = 'Ana Lobo said:\n\n"The yard will close.\n\n"Nobody will help us," she added.'
    quotes = run(nlp, text)
    assert not any(q.content.text == "Nobody will help us," for q in quotes), show(quotes)


def test_title_case_quote_without_cue_is_a_name(nlp) -> None:
    """`... went on to perform "Harbour Lights Forever."`: Title Case words in marks
    with no cue after an attributed quote name a song or show, not more speech."""
    text = (
        'Ada Lee interjected, "Ladies and gentlemen, Mr. Ben Moss," who proceeded to perform '
        '"Harbour Lights Forever."'
    )
    quotes = run(nlp, text)
    assert not any(q.content.text.startswith("Harbour Lights") for q in quotes), show(quotes)


def test_short_reply_after_quote_still_carries(nlp) -> None:
    """A plain continuation in lower case still carries the previous speaker."""
    text = '"We will stay," Ada Lee said. "We have nowhere else to go."'
    quotes = run(nlp, text)
    check(quotes, E("direct", "We have nowhere else to go.", "Ada Lee"))


def test_title_case_sentence_still_carries(nlp) -> None:
    """`"We're Home."` after an attributed quote is a short sentence (a pronoun), not a
    title: it still carries the previous speaker."""
    text = '"This museum tells our story," Ada Lee said. "We\'re Home."'
    quotes = run(nlp, text)
    check(quotes, E("direct", "We're Home.", "Ada Lee"))


def test_coordinated_call_for_ends_the_reported_clause(nlp) -> None:
    """`said X and called for Y`: a call for something coordinated after the reported
    clause is the speaker's next act, not more of what was said."""
    quotes = run(nlp, 'Ruth Amadi said the ballot was "a total farce" and called for a recount.')
    q = check(quotes, E("mixed", 'the ballot was "a total farce"', "Ruth Amadi", cue="said"))
    assert "recount" not in q.content.text, show(quotes)
    quotes = run(nlp, "Ivo Marek said the ferry fares were too high and appealed for calm.")
    q = check(quotes, E("indirect", "the ferry fares were too high", "Ivo Marek", cue="said"))
    assert "calm" not in q.content.text, show(quotes)
    # A coordinated verb that is no call stays in the content.
    quotes = run(nlp, "Ivo Marek said the ferry company grew fast and hired two hundred people.")
    check(quotes, E("indirect", "the ferry company grew fast and hired two hundred people", "Ivo Marek", cue="said"))


def test_lone_unknown_surname_names_its_speaker(nlp) -> None:
    """A one-word proper noun the model tags as no entity ("Eklund cautioned ...") is the
    speaker of its own item; it is no antecedent for a later pronoun, and a title-cased
    headline's capitals name nobody."""
    quotes = run(nlp, "Eklund cautioned that the sample was small.")
    check(quotes, E("indirect", "the sample was small", "Eklund", cue="cautioned"))
    quotes = run(nlp, "\u201cI only ever wanted to paint the sea,\u201d Hargreaves once said.")
    check(quotes, E("direct", "I only ever wanted to paint the sea,", "Hargreaves"))


def test_inverted_cue_inside_an_unquoted_sentence(nlp) -> None:
    """`The vote, said Ybarra, was a farce`: the parser gives the inverted cue both
    subjects; the one after it speaks, the one before it opens what was said (which
    runs over the aside, as for `The talks, he said, had failed`)."""
    quotes = run(nlp, "The vote, said Ybarra, was a farce.")
    check(quotes, E("indirect", "The vote, said Ybarra, was a farce", "Ybarra", cue="said", mention="Ybarra"))
    quotes = run(nlp, "The new pier, said Ilse Maren, would open in June.")
    check(quotes, E("indirect", "The new pier, said Ilse Maren, would open in June", "Ilse Maren", mention="Ilse Maren"))
    # An aside with an appositive: the parser may hang its closing comma on the name.
    text = "Any honest reading of the treaty, said Maria Lopez, an expert on trade at the institute, would show that the tariffs are illegal."
    quotes = run(nlp, text)
    check(quotes, E("indirect", text[:-1], "Maria Lopez", mention="Maria Lopez"))
    # A common-noun speaker after the cue, which the parser made the reported clause's subject.
    text = "Part of the difficulty in mapping caves, say experts like Paul Renner, a Swiss geologist, is the rock itself."
    quotes = run(nlp, text)
    check(quotes, E("indirect", text[:-1], "Paul Renner"))
    # A person before the cue, with a clause of her own, is the speaker.
    quotes = run(nlp, "Ilse Maren, whose firm built the pier, said the new deck would open in June.")
    check(quotes, E("indirect", "the new deck would open in June", "Ilse Maren", cue="said"))


def test_name_with_particles_is_one_person(nlp) -> None:
    """`Pieter van den Heuvel`: the small model splits the name at its particles into
    two people; joined over lowercase particles they are one."""
    quotes = run(nlp, "Dutch finance minister Pieter van den Heuvel said the budget rules must stay.")
    check(quotes, E("indirect", "the budget rules must stay", "Pieter van den Heuvel", cue="said"))


def test_quote_marks_written_as_html_entities(nlp) -> None:
    """Scraped plain text keeps `&quot;` and `&ldquo;`: the text is stored as read, so
    each entity is one quote mark (one token reading as that mark), offsets unchanged."""
    text = "&quot;We will appeal,&quot; said Moira Tennant, the family's solicitor."
    quotes = run(nlp, text)
    check(quotes, E("direct", "We will appeal,", "Moira Tennant", cue="said"))
    quotes = run(nlp, "&ldquo;We will appeal,&rdquo; said Moira Tennant.")
    check(quotes, E("direct", "We will appeal,", "Moira Tennant", cue="said"))
    quotes = run(nlp, "Moira Tennant said the verdict was &#39;deeply flawed&#39;.")
    check(quotes, E("mixed", "the verdict was &#39;deeply flawed&#39;", "Moira Tennant", cue="said"))
    # An entity apostrophe inside a word is no mark.
    quotes = run(nlp, "Moira Tennant said she didn&#39;t expect the ruling.")
    check(quotes, E("indirect", "she didn&#39;t expect the ruling", "Moira Tennant", cue="said"))


def test_apostrophes_written_as_html_entities(nlp) -> None:
    """`the town&rsquo;s council`, `O&rsquo;Hanlon`: an entity-written apostrophe between
    letters is no quote mark and its ";" ends no clause; a clitic after it is split
    off as "’s" is, a name with it inside stays one word."""
    text = "The library will stay open for two more years, the town&rsquo;s council announced on Tuesday."
    quotes = run(nlp, text)
    check(quotes, E("indirect", "The library will stay open for two more years", None, cue="announced",
                    mention="the town&rsquo;s council"))
    text = (
        "Council leader Bridget O&rsquo;Hanlon spoke first.\n\n"
        "&quot;We got this one wrong,&quot; O&rsquo;Hanlon told the meeting."
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "We got this one wrong,", "Bridget O&rsquo;Hanlon", cue="told"))
    text = "The council&rsquo;s finance chief, Alan Boateng, warned that savings would have to be found elsewhere."
    quotes = run(nlp, text)
    check(quotes, E("indirect", "savings would have to be found elsewhere", "Alan Boateng", cue="warned"))


def test_title_before_a_verb_is_its_subject_not_a_quote(nlp) -> None:
    """`after a documentary, "Swipe Left on the Truth," showed former employees ...`: the
    work's title in marks right before the verb is what showed, not a quotation
    closing a content the verb reports; a plain quote before a cue still is one."""
    text = (
        'The inquiry began after a 2023 documentary, "Swipe Left on the Truth," showed former '
        "employees describing a team that wrote scripts for the accounts."
    )
    quotes = run(nlp, text)
    start = text.index("Swipe")
    assert not any(q.content.start <= start < q.content.end for q in quotes), show(quotes)
    quotes = run(nlp, 'The plan is "dead in the water," Ines Calloway said.')
    check(quotes, E("mixed", 'The plan is "dead in the water,"', "Ines Calloway", cue="said"))


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The researchers acknowledged that uncertainty in the paper and said radiocarbon tests on two "
            "of the specimens were under way.",
            "that uncertainty in the paper",
            "radiocarbon tests on two of the specimens were under way",
        ),
        (
            "The authors acknowledge that limitation in their paper and say a follow-up study is already under way.",
            "that limitation in their paper",
            "a follow-up study is already under way",
        ),
        (
            "The researchers acknowledged that uncertainty in the paper and said\nradiocarbon tests on two "
            "of the specimens were under way.",
            "that uncertainty in the paper",
            "radiocarbon tests on two of the specimens were under way",
        ),
    ],
    ids=["that-read-as-a-mark", "and-hung-on-the-object", "hard-wrapped-that-read-as-a-preposition"],
)
def test_that_object_then_a_second_cue_is_two_reports(nlp, text: str, first: str, second: str) -> None:
    """`acknowledged that uncertainty in the paper and said ...`: "that" is a determiner
    and "said" the speaker's second act, however the parser hangs them: two reports of
    the same speaker, not one clause running over both."""
    quotes = run(nlp, text)
    speaker = "Researchers" if text.startswith("The researchers") else "Authors"
    check(quotes, E("indirect", first, speaker, fuzzy=False))
    check(quotes, E("indirect", second, speaker, fuzzy=False))


def test_reporting_verb_read_as_a_noun(nlp) -> None:
    """`Norvane forecast that revenue would fall`: the parser reads the verb as the
    sentence's head noun with the name as its compound; with only the name before it
    and a that-clause after it, the name speaks."""
    quotes = run(nlp, "Norvane forecast that revenue would fall 8% this year.")
    check(quotes, E("indirect", "revenue would fall 8% this year", "Norvane", cue="forecast", mention="Norvane"))
    # A determiner in front makes it the noun it looks like; no name speaks here.
    quotes = run(nlp, "The Norvane forecast that revenue would fall was wrong.")
    assert not any(q.speaker_mention is not None and q.speaker_mention.text == "Norvane" for q in quotes), show(quotes)


def test_name_before_a_whose_clause_the_parser_made_the_cue_clause(nlp) -> None:
    """`Alma Quist, whose novel "The Glass Orchard" won the prize, said ...`: the parser
    makes "won" the cue's clause and leaves the cue without a subject; the name that
    owns the relative clause speaks."""
    quotes = run(nlp, 'Alma Quist, whose novel "The Glass Orchard" won the prize, said the city had changed.')
    check(quotes, E("indirect", "the city had changed", "Alma Quist", cue="said", mention="Alma Quist"))
    assert not any("Glass Orchard" in q.content.text for q in quotes), show(quotes)


def test_added_quoted_term_is_no_quote(nlp) -> None:
    """`Dictionaries added "doomscrolling" last year`: a short quoted term right after
    "added", with a common noun as subject and the sentence going on, is a word added to
    something, not speech; a named speaker's short reply still is."""
    quotes = run(nlp, 'Dictionaries added "doomscrolling" last year.')
    assert not quotes, show(quotes)
    quotes = run(nlp, 'Ilse Maren added "not yet" when asked about the pier.')
    check(quotes, E("direct", "not yet", "Ilse Maren", cue="added"))


def test_corner_bracket_quote_marks(nlp) -> None:
    """East Asian corner brackets are quote marks: 「」 as double, 『』 as single ones."""
    quotes = run(nlp, "\u300cThe market will recover,\u300d said Kenji Morimoto, an analyst.")
    check(quotes, E("direct", "The market will recover,", "Kenji Morimoto", cue="said"))


@pytest.mark.parametrize(
    "text",
    [
        "\uff02The market will recover,\uff02 said Kenji Morimoto.",
        "\u2033The market will recover,\u2033 said Kenji Morimoto.",
        "Kenji Morimoto said: \uff02The market will recover, slowly.\uff02",
    ],
    ids=["fullwidth", "double-prime", "fullwidth-after-colon"],
)
def test_stand_in_double_marks(nlp, text: str) -> None:
    """The fullwidth mark and the double prime typed for a quote mark are read (by the
    pairing, the tokenizer and the tagger) as a straight double mark."""
    quotes = run(nlp, text)
    check(quotes, E(None, "The market will recover,", "Kenji Morimoto"))


def test_urged_object_with_its_own_phrase_starts_the_content(nlp) -> None:
    """`urged anyone with information to come forward`: the parser hangs "with
    information" on the verb, between object and infinitive; the one urged still opens
    the content, as PolNeAR has it."""
    quotes = run(nlp, "Galbraith urged anyone with information to come forward.")
    check(quotes, E("indirect", "anyone with information to come forward", "Galbraith", cue="urged"))


def test_quote_completing_the_cues_infinitive_is_mixed(nlp) -> None:
    """`vowed to "finish the job"`: a quote opening with a bare verb right after the
    cue's "to" completes the infinitive: the report is "to" plus the quote, a mixed item.
    A modal after the marks opens a new clause, no part of it."""
    quotes = run(nlp, "Lindgren vowed to \u201cfinish the job\u201d.")
    check(quotes, E("mixed", "to \u201cfinish the job\u201d", "Lindgren", cue="vowed", fuzzy=False))


def test_name_tagged_with_its_bracketed_party(nlp) -> None:
    """`Odile Marchand (Greens) said`: the small model tags name and bracket as one
    organisation; the gendered first name plus surname before the bracket is a person."""
    quotes = run(nlp, "Odile Marchand (Greens) said the levy was unfair.")
    check(quotes, E("indirect", "the levy was unfair", "Odile Marchand", cue="said"))


def test_quote_ending_its_sentence_is_not_reported_by_a_later_wanting(nlp) -> None:
    """`"Who pays?" That is the question nobody wants to answer.`: a capitalised word
    that is no name after a sentence-final mark starts the writer's next sentence; a verb
    of wanting or thinking there does not report the quote (a speech verb still may)."""
    quotes = run(nlp, "\u201cWho pays?\u201d That is the question nobody in the council wants to answer.")
    assert not any(q.content.text == "Who pays?" for q in quotes), show(quotes)
    quotes = run(nlp, "\u201cWho pays?\u201d asked Ilse Maren.")
    check(quotes, E("direct", "Who pays?", "Ilse Maren", cue="asked"))


def test_that_read_as_subject_of_a_clause_with_its_own_subject(nlp) -> None:
    """`said in a press release that enrolment had reached ...`: the parser reads "that"
    as the subject of a relative clause on "release", but the clause has a subject of
    its own, so "that" is a complementizer and the clause is what was said."""
    quotes = run(nlp, "The college said in a press release that applications had hit a record high.")
    check(quotes, E("indirect", "applications had hit a record high", None, cue="said"))


def test_formal_verbs_of_stating_are_cues(nlp) -> None:
    """Court and South Asian press idiom reports with "averred", "opined": speech verbs
    even when the subject is a common noun the generic that-clause route cannot vouch for."""
    quotes = run(nlp, "The applicant averred that the notice had never reached him.")
    check(quotes, E("indirect", "the notice had never reached him", "Applicant", cue="averred"))
    quotes = run(nlp, "The tribunal opined that the penalty was excessive.")
    check(quotes, E("indirect", "the penalty was excessive", None, cue="opined"))


def test_dash_closes_the_writers_clause_before_a_quote(nlp) -> None:
    """`Ines Varga was blunt \u2013 "We owe nothing," she said.`: the dash ends the writer's
    clause as a colon would; the quote alone is the direct item."""
    for dash in ("\u2013", "\u2014", "-"):
        text = f"Ines Varga was blunt {dash} \u201cWe owe nothing to anyone,\u201d she said."
        quotes = run(nlp, text)
        check(quotes, E("direct", "We owe nothing to anyone,", "Ines Varga", cue="said"))
        assert not any(q.content.text.startswith("Ines") for q in quotes), show(quotes)


@pytest.mark.parametrize("marks", [("\u201c", "\u201d"), ('"', '"')], ids=["curly", "straight"])
@pytest.mark.parametrize("dash", ["\u2014", "--", "-"])
def test_narration_between_dashes_interrupts_a_quotation(nlp, marks: tuple[str, str], dash: str) -> None:
    """`"The vote" -- Ines Calloway paused -- "was rigged," she said.`: a clause of the
    writer's with its own subject, set off by dashes between two quotations, interrupts
    the speaker; each piece is a direct quote of that subject (or of the later cue's)."""
    o, c = marks
    text = f"{o}The vote{c} {dash} Ines Calloway paused {dash} {o}was rigged,{c} she said."
    quotes = run(nlp, text)
    check(quotes, E("direct", "The vote", "Ines Calloway", mention="Ines Calloway"))
    check(quotes, E("direct", "was rigged,", "Ines Calloway", cue="said", mention="she"))
    assert len(quotes) == 2, show(quotes)
    text = f"Tomas Vrba spoke last. {o}I think{c} {dash} he hesitated {dash} {o}it is over.{c}"
    quotes = run(nlp, text)
    check(quotes, E("direct", "I think", "Tomas Vrba", mention="he"))
    check(quotes, E("direct", "it is over.", "Tomas Vrba", mention="he"))
    text = f"{o}We will,{c} Ines Calloway said {dash} and then corrected herself {dash} {o}we must rebuild.{c}"
    quotes = run(nlp, text)
    check(quotes, E("direct", "We will,", "Ines Calloway", cue="said"))
    check(quotes, E("direct", "we must rebuild.", "Ines Calloway", cue="said"))
    assert len(quotes) == 2, show(quotes)
    # nor is the narration after the cue what the cue reports
    text = f"{o}We will,{c} he said {dash} he was smiling {dash} {o}we must rebuild.{c}"
    quotes = run(nlp, text)
    check(quotes, E("direct", "We will,", None, cue="said"))
    check(quotes, E("direct", "we must rebuild.", None, cue="said"))
    assert len(quotes) == 2, show(quotes)
    # a dashed aside that is no clause of its own does not speak
    text = f"{o}I doubt the wisdom{c} {dash} that Ines Calloway is a liberal {dash} {o}is going to last,{c} he said."
    quotes = run(nlp, text)
    assert not any(q.speaker_mention is not None and q.speaker_mention.text == "Ines Calloway" for q in quotes), show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "\u201cThe vote,\u201d Ines Calloway paused, \u201cwas rigged,\u201d she said.",
        "\u201cThe vote\u201d (Ines Calloway paused) \u201cwas rigged,\u201d she said.",
        "\u201cThe vote\u201d \u2014 and here Ines Calloway paused \u2014 \u201cwas rigged,\u201d she said.",
    ],
    ids=["commas", "brackets", "and-here"],
)
def test_narration_set_off_by_commas_or_brackets_interrupts_a_quotation(nlp, text: str) -> None:
    """Commas after a quoted comma, or brackets, set the writer's clause off as dashes do
    (`test_narration_between_dashes_interrupts_a_quotation`); words before its subject
    ("and here") are not part of who speaks."""
    quotes = run(nlp, text)
    check(quotes, E("direct", "was rigged,", "Ines Calloway", cue="said", mention="she"))
    first = check(quotes, E("direct", "The vote," if "vote," in text else "The vote", "Ines Calloway"))
    assert first.speaker_mention is not None and first.speaker_mention.text == "Ines Calloway", show(quotes)
    assert len(quotes) == 2, show(quotes)


def test_statement_from_someone_read_after_a_quote(nlp) -> None:
    """`"...," a statement from the club read.`: the parser makes "read" the noun of the
    "from" phrase; the document heading that phrase still reads out the quote."""
    quotes = run(nlp, "\u201cOur thoughts are with his family,\u201d a statement from the club read.")
    check(quotes, E("direct", "Our thoughts are with his family,", None, cue="read", mention="a statement from the club"))


def test_inverted_cue_opening_a_colon_lead(nlp) -> None:
    """`Added one resident: "..."`: the capitalised speech verb opening a colon lead is
    the cue, not part of who speaks; a heading opened by a preposition ("About the
    company:") speaks nothing."""
    quotes = run(nlp, "Added one tenant: \u201cWe were never asked.\u201d")
    check(quotes, E("direct", "We were never asked.", None, cue="Added", mention="one tenant"))
    quotes = run(nlp, "About Norvane: Norvane Holdings is a leading maker of ferry engines.")
    assert not quotes, show(quotes)


def test_dash_signature_with_the_role_before_the_name(nlp) -> None:
    """`"..." -- the head of the union, Bola Ade.`: a signature line may give the role
    first; the name closing the line speaks."""
    text = "\u201cWe will not back down\u201d \u2014 the head of the dockers\u2019 union, Bola Ade.\n\nTalks resume on Monday."
    quotes = run(nlp, text)
    check(quotes, E("direct", "We will not back down", "Bola Ade", mention="Bola Ade"))


@pytest.mark.parametrize(
    "name",
    ["Hendrik van den Broek", "Giulia della Rovere", "Yasmin al-Hashimi", "Khalid bin Walid Al Thani"],
)
def test_dash_signature_keeps_the_lowercase_particles_of_a_name(nlp, name: str) -> None:
    """`— Hendrik van den Broek`: a surname particle ("van den", "della", "al-") is part
    of the name that signs, not its end."""
    text = f"\u201cThe dykes will hold this winter.\u201d\n\u2014 {name}, water engineer\n\nThe storm arrives on Friday."
    quotes = run(nlp, text)
    check(quotes, E("direct", "The dykes will hold this winter.", name, mention=name))


def test_name_cut_at_a_particle_the_parser_reads_as_a_verb_runs_on_to_the_surname(nlp) -> None:
    """`said Hendrik van den Broek`: the small model reads "den" as a verb and tags
    "Broek" a place; the speaker is the whole name, not "Hendrik van"."""
    quotes = run(nlp, "\u201cThe sluices were opened too late,\u201d said Hendrik van den Broek.")
    check(quotes, E("direct", "The sluices were opened too late,", "Hendrik van den Broek", mention="Hendrik van den Broek"))


def test_next_sentence_says_whose_words_the_quote_was(nlp) -> None:
    """`"We were forgotten." Those were the words of Rosa Quint, ...`: the sentence after
    a quoted sentence names its speaker with "the words of", "the verdict of"."""
    text = "\u201cWe were forgotten.\u201d Those were the words of Rosa Quint, 71, who runs the corner shop."
    quotes = run(nlp, text)
    check(quotes, E("direct", "We were forgotten.", "Rosa Quint", mention="Rosa Quint"))
    quotes = run(nlp, "\u201cWho pays?\u201d That is the question of the hour.")
    assert not quotes, show(quotes)
    quotes = run(nlp, "\u201cWe are done here.\u201d With those words, Rosa Quint left the hall.")
    check(quotes, E("direct", "We are done here.", "Rosa Quint", mention="Rosa Quint"))
    # A quote set as a paragraph of its own, named by the next paragraph.
    text = "\u201cWe will not give up the harbour.\u201d\n\nThose were the words of Rosa Quint, the mayor, on Monday."
    quotes = run(nlp, text)
    check(quotes, E("direct", "We will not give up the harbour.", "Rosa Quint", mention="Rosa Quint"))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("\u201cThe ferry is safe\u201d: that was the message from Ines Calloway on Friday.", "The ferry is safe", "Ines Calloway"),
        ("\u201cWe owe nothing\u201d \u2014 that is the line from the Harbour Board.", "We owe nothing", "Harbour Board"),
        ("\u201cThe river came in an hour.\u201d That was how Tomas Vrba described the night.", "The river came in an hour.", "Tomas Vrba"),
        ("\u201cIt was chaos.\u201d That is how one nurse, Ines Calloway, put it.", "It was chaos.", "Ines Calloway"),
        ("\u201cWe will rebuild every house.\u201d The words were those of Mayor Ines Calloway, spoken in the ruins.",
         "We will rebuild every house.", "Ines Calloway"),
        ("\u201cPrices will fall by spring.\u201d That was the forecast of Tomas Vrba, the bank\u2019s economist.",
         "Prices will fall by spring.", "Tomas Vrba"),
        ("\u201cI have nothing to hide.\u201d\n\nSo insisted Tomas Vrba on the steps of the court on Monday.",
         "I have nothing to hide.", "Tomas Vrba"),
    ],
)
def test_next_clause_says_who_put_the_quote_that_way(nlp, text: str, content: str, speaker: str) -> None:
    """`"..." : that was the message from X`, `"..." \u2014 that is the line from the
    board`, `"..." That was how X described the night.`: a colon joins a words-of
    sentence like a dash, "line" is a noun of words, and "That was how" with a verb of
    saying names whoever put it so."""
    quotes = run(nlp, text)
    check(quotes, E("direct", content, speaker))
    quotes = run(nlp, "\u201cNobody warned us.\u201d That was how the flood began.")
    assert not any(q.speaker for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("\u201cExtraordinary,\u201d was all Marta Kowalczyk could say.", "Extraordinary,", "Marta Kowalczyk"),
        ("\u201cWe will appeal,\u201d was all the lawyer, Piet Dekker, would say.", "We will appeal,", "Piet Dekker"),
        ("Harbour United FC sacked its coach. \u201cNo comment\u201d was all the club would say.",
         "No comment", "Harbour United FC"),
        ("\u201cNever,\u201d came the answer from the mayor, Ada Voss.", "Never,", "Ada Voss"),
        ("Ada Voss was asked about the budget. \u201cIt is balanced\u201d was her answer.", "It is balanced", "Ada Voss"),
    ],
    ids=["all-could-say", "all-would-say-apposition", "club", "came-the-answer", "was-her-answer"],
)
def test_quote_as_all_that_was_said(nlp, text: str, content: str, speaker: str) -> None:
    """`"...," was all X could say`: the quotation is the subject of a copula whose
    predicate is what X said; the words in the marks are the item, the copula is no part
    of them (it was one mixed item running to "was all")."""
    quotes = run(nlp, text)
    check(quotes, E("direct", content, speaker))
    assert not any("was all" in q.content.text for q in quotes), show(quotes)
    # What one heard is not one's words.
    quotes = run(nlp, "\u201cSorry\u201d was all Piet Dekker heard from the council.")
    assert not any(q.speaker == "Piet Dekker" for q in quotes), show(quotes)


def test_parties_of_a_court_can_speak(nlp) -> None:
    """`Counsel for the respondent submitted that ...`: court roles are speakers, so a
    that-clause after a verb outside the cue lists is what they put to the court."""
    quotes = run(nlp, "Counsel for the respondent submitted that the appeal was out of time.")
    check(quotes, E("indirect", "the appeal was out of time", None, cue="submitted"))


def test_question_put_to_someone_is_not_theirs(nlp) -> None:
    """`"Will you stand down?" she was asked.`: the passive subject of "asked" or "told"
    is the one addressed; only an agent put the words. Her reply is hers."""
    text = "Ines Varga left by a side door. \u201cWill you stand down?\u201d she was asked. \u201cNo,\u201d she replied."
    quotes = run(nlp, text)
    assert not any(q.content.text == "Will you stand down?" and q.speaker == "Ines Varga" for q in quotes), show(quotes)
    check(quotes, E("direct", "No,", "Ines Varga", cue="replied"))
    quotes = run(nlp, "\u201cWill you stand down?\u201d Ines Varga was asked by a reporter.")
    assert not any(q.speaker == "Ines Varga" for q in quotes), show(quotes)
    quotes = run(nlp, "Ines Varga was asked: \u201cWill you stand down?\u201d")
    assert not any(q.speaker == "Ines Varga" for q in quotes), show(quotes)


def test_writers_reminder_is_no_report(nlp) -> None:
    """"It may be recalled that ...", "it should be noted that ...": a modal passive on an
    empty "it" is the writer's reminder; a plain "it was reported that" still reports."""
    for text in ("It may be recalled that the ferry sank in 2019.", "It should be noted that the council never replied."):
        quotes = run(nlp, text)
        assert not quotes, show(quotes)
    quotes = run(nlp, "It was reported that the council never replied.")
    check(quotes, E("indirect", "the council never replied", None))


def test_reporting_noun_then_plain_adjective_then_colon(nlp) -> None:
    """`Her message to the board was simple: the yard stays open.`: an adjective like
    "simple" or "clear" between the reporting noun and the colon still opens its content."""
    quotes = run(nlp, "Rosa Quint's message to the board was simple: the yard stays open.")
    check(quotes, E("indirect", "the yard stays open", "Rosa Quint", cue="message"))


def test_as_per_a_source(nlp) -> None:
    """"As per the official, ...": South Asian English for "according to"; only with a
    source that can speak ("as per the rules" attributes nothing)."""
    quotes = run(nlp, "As per the spokesman, the road will reopen by June.")
    check(quotes, E("indirect", "the road will reopen by June", "Spokesman", cue="As per", mention="the spokesman"))
    quotes = run(nlp, "As per the rules, the vote will be held in secret.")
    assert not quotes, show(quotes)


def test_is_learnt_to_have_told(nlp) -> None:
    """"Anil Reddy is learnt to have told the meeting that ...": "learn" raises its
    passive subject like "is understood to have said"; that subject speaks."""
    quotes = run(nlp, "Anil Reddy is learnt to have told the meeting that no minister would be dropped.")
    check(quotes, E("indirect", "no minister would be dropped", "Anil Reddy"))


def test_gesture_in_the_next_sentence_is_no_cue(nlp) -> None:
    """`I asked Ines Varga: "Will you resign?" She shook her head.`: after a quote ending
    in "?" a capitalised pronoun opens the writer's next sentence; its verb (no speech
    verb) does not make the one asked the speaker of the question."""
    quotes = run(nlp, "I asked Ines Varga: \u201cWill you resign?\u201d She shook her head.")
    assert not any(q.speaker == "Ines Varga" for q in quotes), show(quotes)
    quotes = run(nlp, "\u201cWho pays?\u201d she asked.")
    check(quotes, E("direct", "Who pays?", None, cue="asked"))


def test_in_someones_words(nlp) -> None:
    """"In the words of one official, the plan is "dead"": like "in X's view", the
    clause is what the named source said; "in other words" is the writer rephrasing."""
    quotes = run(nlp, "In the words of one senior official, the levy is \u201cdead on arrival\u201d.")
    check(quotes, E("mixed", "the levy is \u201cdead on arrival\u201d", "Official", mention="one senior official"))
    quotes = run(nlp, "In other words, the levy is dead.")
    assert not quotes, show(quotes)


def test_in_someones_words_wholly_quoted_is_direct(nlp) -> None:
    """`In the words of one shopkeeper, "the high street is dying"`: a clause wholly in
    marks is the source's own words, direct as after "according to", not mixed."""
    quotes = run(nlp, "In the words of one shopkeeper, \u201cthe high street is dying on its feet\u201d.")
    check(quotes, E("direct", "the high street is dying on its feet", None, mention="one shopkeeper"))


def test_of_the_opinion_that(nlp) -> None:
    """"X was of the opinion that ...": "opinion" takes a that-clause like "view"."""
    quotes = run(nlp, "Anil Reddy was of the opinion that the rules had been followed.")
    check(quotes, E("indirect", "the rules had been followed", "Anil Reddy", cue="opinion"))


def test_to_quote_someone(nlp) -> None:
    """`To quote Ines Varga, "..."`: a fronted infinitive of quoting is the cue and its
    object the speaker."""
    quotes = run(nlp, "To quote Ines Varga, \u201cthe harbour is not for sale.\u201d")
    check(quotes, E("direct", "the harbour is not for sale.", "Ines Varga", cue="To quote", mention="Ines Varga"))


def test_mixed_item_before_its_cue_keeps_the_closing_mark(nlp) -> None:
    """`The levy would "change everything", Ines Varga said.`: a mixed item keeps its
    marks, the closing one too, as it does with the cue before it."""
    quotes = run(nlp, "The levy would \u201cchange everything\u201d, Ines Varga said.")
    check(quotes, E("mixed", "The levy would \u201cchange everything\u201d", "Ines Varga", cue="said", fuzzy=False))


def test_that_no_relative_clause_can_have_after_a_reporting_noun(nlp) -> None:
    """`told reporters after the budget speech that no new taxes were planned`: "that"
    read as the object of a passive clause is a complementizer even after a reporting
    noun; the clause is what was told."""
    quotes = run(nlp, "Ines Varga told reporters after the budget speech that no new taxes were planned.")
    check(quotes, E("indirect", "no new taxes were planned", "Ines Varga", cue="told"))


def test_closing_while_speaking_belongs_to_the_cue(nlp) -> None:
    """`said the levy would fall while speaking in Tromso`: a closing "while/when"
    participle of speaking says where the cue happened; other participles ("while
    expanding abroad") stay in the content."""
    quotes = run(nlp, "Ines Varga said the levy would fall while speaking in Tromso.")
    check(quotes, E("indirect", "the levy would fall", "Ines Varga", cue="said", fuzzy=False))
    quotes = run(nlp, "Ines Varga said the levy would fall when asked about the budget.")
    check(quotes, E("indirect", "the levy would fall", "Ines Varga", cue="said", fuzzy=False))
    quotes = run(nlp, "Ines Varga said the firm lost money while expanding abroad.")
    check(quotes, E("indirect", "the firm lost money while expanding abroad", "Ines Varga", fuzzy=False))


def test_inverted_cue_inside_the_clause_with_the_speaker_misparsed(nlp) -> None:
    """`The levy, said Okonkwo, will fall to 4 per cent`: the parser may make the name
    after the inverted cue the subject of the reported clause and the fronted noun the
    cue's; the name still speaks and the fronted noun opens the content."""
    quotes = run(nlp, "The deficit, said Okonkwo, will narrow to 4 per cent.")
    check(quotes, E("indirect", "The deficit, said Okonkwo, will narrow to 4 per cent", "Okonkwo", cue="said", mention="Okonkwo", fuzzy=False))


def test_particle_that_makes_a_reporting_verb_no_speech(nlp) -> None:
    """`called off the final match`, `cannot tell them apart`: with these particles the
    verb reports nothing (PolNeAR train annotates none of them); plain "said" still does."""
    for text in (
        "Organisers called off the final match because of the storm.",
        "The twins are so alike that even their teacher cannot tell them apart.",
        "The landlord warned off the squatters with a dog.",
    ):
        quotes = run(nlp, text)
        assert not quotes, show(quotes)
    quotes = run(nlp, "Organisers called off the match. Coach Ines Faro said the pitch was flooded.")
    check(quotes, E("indirect", "the pitch was flooded", "Ines Faro", cue="said"))
    assert not any("match" in q.content.text for q in quotes), show(quotes)


def test_object_that_makes_a_reporting_verb_a_physical_act(nlp) -> None:
    """`answered the door`, `pointed to the door`, `expressed milk`, `the fire claimed
    three lives`, a company that `recalled its yoghurt`: the object gives the verb a sense
    in which nothing is said. A memory recalled by a person is still reported."""
    for text in (
        "Her husband answered the door in his dressing gown.",
        "The bouncer pointed to the door and the men left.",
        "The mother expressed milk for the premature baby every three hours.",
        "The fire claimed the lives of three children.",
        "Marrowfield Foods recalled its strawberry yoghurt after a labelling error.",
        "Carmaker Veltro recalled 40,000 vans over faulty brakes.",
        "The mayor revealed a bronze statue of the poet on Sunday.",
        "Her grandchildren revealed a plaque in her honour at the harbour.",
    ):
        quotes = run(nlp, text)
        assert not quotes, show(quotes)
    quotes = run(nlp, "Senator Ada Lund recalled her first campaign in the valley.")
    check(quotes, E("indirect", "her first campaign in the valley", "Ada Lund", cue="recalled"))


def test_calling_a_strike_convenes_it(nlp) -> None:
    """`called a strike`, `called a halt`: convening something says nothing; calling for
    it asks for it, and a quoted label on it is still a label."""
    for text in (
        "The dockers' union called a strike over the pay offer.",
        "The referee called a halt to the game after the floodlights failed.",
        "Nurses called a ballot on Tuesday.",
    ):
        quotes = run(nlp, text)
        assert not quotes, show(quotes)
    check(run(nlp, "Tomas Vrba called for a strike."), E("indirect", "a strike", "Tomas Vrba", cue="called"))


@pytest.mark.parametrize(
    "text",
    [
        "The station clock tells the time in three languages.",
        "Ines Calloway tells fortunes at the harbour fair every summer.",
        "Tomas Vrba confirmed her booking online on Monday.",
        "The guests confirmed their reservations by phone.",
    ],
)
def test_reading_the_time_and_confirming_a_booking_are_no_speech(nlp, text: str) -> None:
    """`the clock tells the time`, `confirmed her booking`: with these objects the verb
    reads, foretells or makes definite; nothing is said."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The team conceded three goals in the first half.",
        "Leinster conceded a late penalty at the Aviva.",
        "The bowler conceded 40 runs in six overs.",
    ],
)
def test_conceding_goals_is_no_admission(nlp, text: str) -> None:
    """`conceded three goals`, `conceded a penalty`: letting the other side score; nothing
    is owned up to ("conceded that the targets would be missed" still reports)."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


def test_told_at_the_time_still_reports(nlp) -> None:
    """Only the object counts: "At the time, ... told reporters ..." reports a clause."""
    quotes = run(nlp, "At the time, Tomas Vrba told reporters the ferry was safe.")
    check(quotes, E("indirect", "the ferry was safe", "Tomas Vrba", cue="told"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('The ferry contract, Ines Calloway said, was "a scandal from start to finish".', "mixed"),
        ("The ferry contract, Ines Calloway said, was a scandal from start to finish.", "indirect"),
    ],
)
def test_subject_before_an_aside_cue_is_part_of_the_content(nlp, text: str, kind: str) -> None:
    """`The ferry contract, Ines Calloway said, was ...`: the parser gives the cue both
    subjects; the first, before the aside, is the reported clause's."""
    quotes = run(nlp, text)
    q = check(quotes, E(kind, text.rstrip("."), "Ines Calloway", cue="said"))
    assert q.content.start == 0, show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ("The reform, as Minister Ana Ruiz said last week, will take years.", "Ana Ruiz", "said"),
        ("The reform, as Minister Ana Ruiz warned on Monday, will take years.", "Ana Ruiz", "warned"),
        ("The harbour wall, Tomas Vrba said on Friday in Leith, is crumbling.", "Tomas Vrba", "said"),
        ("The tolls, as Ines Calloway argued at the hearing, would hurt the island.", "Ines Calloway", "argued"),
        # after the one told: `told workers on Friday,`
        ("The cannery, Tomas Vrba told staff on Monday, will shut in March.", "Tomas Vrba", "told"),
    ],
)
def test_aside_with_its_own_time_or_place_spans_the_whole_clause(nlp, text: str, speaker: str, cue: str) -> None:
    """`The reform, as Ana Ruiz said last week, will take years`: the aside's own time or
    place ("last week", "on Monday") before its closing comma leaves it an aside; what was
    said is the whole clause around it (PolNeAR takes subject and rest, the aside left
    out), not the rest alone nor the date."""
    quotes = run(nlp, text)
    q = check(quotes, E("indirect", text.rstrip("."), speaker, cue=cue))
    assert q.content.start == 0, show(quotes)


def test_time_clause_of_as_with_an_object_keeps_its_object(nlp) -> None:
    """`Even as Ruiz was criticising the plan, she came under fire`: an "as" clause whose
    verb has an object is a time clause with a content of its own, no aside."""
    quotes = run(nlp, "Even as Ana Ruiz was criticising the toll plan, she came under fire from the unions.")
    assert not [q for q in quotes if "came under fire" in q.content.text], show(quotes)


def test_cue_object_after_the_cue_is_no_aside(nlp) -> None:
    """Control: `Ines Calloway said on Monday that ...` is a plain report; the phrase
    after the cue is not read as an aside's."""
    quotes = run(nlp, "Ines Calloway said on Monday that the ferry would sail.")
    check(quotes, E("indirect", "the ferry would sail", "Ines Calloway", cue="said"))


@pytest.mark.parametrize(
    "text",
    [
        "He called the offer \u201cfinal.\n\nBut union rep Tomas Vrba said: \u201cWe will keep talking.\u201d",
        "She called the toll \u201creckless.\n\nInes Calloway, who chairs the council, said the vote would be close.",
    ],
)
def test_opening_pronoun_is_not_the_person_named_in_the_next_paragraph(nlp, text: str) -> None:
    """`He called the offer "final."` opening a story: a person the NEXT paragraph names
    may be anyone (here the other side); the opening pronoun stays unresolved."""
    quotes = run(nlp, text)
    first = min(quotes, key=lambda q: q.content.start)
    assert first.content.start < 30 and first.speaker is None, show(quotes)


def test_opening_pronoun_is_the_person_named_next_in_its_paragraph(nlp) -> None:
    """Control: the sentence right after, in the same paragraph, names the person."""
    text = "\u201cThe toll is theft,\u201d he said. Tomas Vrba, who has run the ferry for years, lost his licence in May."
    quotes = run(nlp, text)
    check(quotes, E("direct", "The toll is theft,", "Tomas Vrba"))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Councillor Ines Calloway asked whether the ferry had ever made a profit.",
            "whether the ferry had ever made a profit",
            "Ines Calloway",
        ),
        (
            "Tomas Vrba questioned whether the new toll would pay for the bridge.",
            "whether the new toll would pay for the bridge",
            "Tomas Vrba",
        ),
        (
            "Skippers wondered whether the harbour would reopen before the herring season.",
            "whether the harbour would reopen before the herring season",
            "Skippers",
        ),
    ],
)
def test_reported_question_keeps_its_whether(nlp, text: str, content: str, speaker: str) -> None:
    """`asked whether the ferry had made a profit`: PolNeAR keeps "whether" in the question
    (train gold: 171 indirect items start at the "whether"/"if", 12 right after it), as
    the "if" of `wondered if ...` is kept; "that" is still left out."""
    quotes = run(nlp, text)
    q = check(quotes, E("indirect", content, speaker, fuzzy=False))
    assert q.content.text.startswith("whether"), show(quotes)


def test_that_before_the_clause_is_still_left_out(nlp) -> None:
    """Control: the "that" of a declarative report stays outside the content."""
    quotes = run(nlp, "Ines Calloway said that the ferry had never made a profit.")
    check(quotes, E("indirect", "the ferry had never made a profit", "Ines Calloway", fuzzy=False))


def test_withholding_and_fees_are_no_speech(nlp) -> None:
    """`charged a fee of four pounds`, `admitted the patient to the ward`, `denied Ruiz a
    second term`: the verb takes money, a person let in, or something withheld from a
    named person, not words; a denial of a charge is still reported."""
    for text in (
        "The bank charged a fee of four pounds for each transfer.",
        "He admitted the patient to the cardiac ward at midnight.",
        "Tomas Vrba was admitted to hospital on Monday with chest pains.",
        "The council denied Tomas Ruiz a second term on the board.",
        "Border guards denied entry to forty migrants at the crossing.",
        "The magistrate denied bail to both defendants.",
        "Few fans can tell the two kits apart.",
        "The ministry denied permission for the march to go ahead.",
    ):
        quotes = run(nlp, text)
        assert not quotes, show(quotes)
    quotes = run(nlp, "Mayor Lena Brun denied the charges against her.")
    check(quotes, E("indirect", "the charges against her", "Lena Brun", cue="denied"))


def test_reporting_for_work_is_no_report(nlp) -> None:
    """`Only half of the nurses reported to work`, `reported for duty`: turning up, not
    telling; "is reported to work on a cure" (passive) still attributes."""
    for text in (
        "Only half of the nurses reported to work on Monday.",
        "The new recruits reported for duty at dawn.",
    ):
        quotes = run(nlp, text)
        assert not quotes, show(quotes)


def test_for_a_length_of_time_is_no_content(nlp) -> None:
    """`talked for an hour`, `argued for three days`: a "for" with a span of time says how
    long, not what for ("argued for a recount" still reports)."""
    quotes = run(
        nlp,
        "Police spokesman Tobias Rhee told reporters that two men had been arrested. "
        "The lawyer argued the case in the appeals court for three days.",
    )
    assert not any(q.content.text == "three days" for q in quotes), show(quotes)
    quotes = run(nlp, "Councillor Ada Lund argued for a recount.")
    check(quotes, E("indirect", "a recount", "Ada Lund", cue="argued"))


def test_running_for_office_is_no_report(nlp) -> None:
    """`seeking the nomination`, `seeks a fourth term`, `defend more seats`: running for
    or holding office, not a request or a defence in words (none annotated on PolNeAR
    train); seeking advice or defending a record is still reported."""
    for text in (
        "Governor Ada Lund, who is also seeking the nomination, spoke last.",
        "Incumbent Rep. Tomas Ruiz was not seeking a fourth term.",
        "The party has to defend more seats than its rivals this year.",
    ):
        quotes = run(nlp, text)
        assert not any(q.cue is not None and q.cue.text.split()[-1] in ("seeking", "defend") for q in quotes), show(quotes)
    quotes = run(nlp, "Senator Ada Lund defended her record on housing.")
    check(quotes, E("indirect", "her record on housing", "Ada Lund", cue="defended"))


def test_snapped_fingers_and_posted_results_are_no_report(nlp) -> None:
    """`If I could snap my fingers`, `posted a big victory in the primary`: a gesture and
    a result, not words snapped or posted."""
    for text in (
        "Holm said that if she could just snap her fingers, the tram would run tomorrow.",
        "Lund posted an overwhelming victory in the northern primary.",
    ):
        quotes = run(nlp, text)
        assert not any(q.cue is not None and q.cue.text.split()[-1] in ("snap", "posted") for q in quotes), show(quotes)


def test_hyphenated_given_name_is_one_name(nlp) -> None:
    """`said Ji-woo Han`: the small model tags only "Ji" as the person (and "Han" as a
    group); the hyphenated given name and the surname after it are one name. A
    surname-first name ("Moon Jae-in") has no word after the hyphen part to take in."""
    quotes = run(nlp, "\u201cThe night buses will run again,\u201d said Ji-woo Han.")
    check(quotes, E("direct", "The night buses will run again,", "Ji-woo Han", cue="said"))
    quotes = run(nlp, "'We'll stay 'til the last ferry leaves,' said Ji-woo Han.")
    check(quotes, E("direct", "We'll stay 'til the last ferry leaves,", "Ji-woo Han", cue="said"))


def test_day_name_makes_no_headline_of_a_short_cue_sentence(nlp) -> None:
    """`"..." Asante said on Sunday.`: a capitalised day in a three-word sentence is no
    sign of a Title Case headline, so the lone surname still names the speaker."""
    quotes = run(nlp, "\u201cWe are still counting the ferries.\u201d Kwarteng said on Sunday.")
    check(quotes, E("direct", "We are still counting the ferries.", "Kwarteng", cue="said"))


def test_extraposed_that_after_a_by_agent(nlp) -> None:
    """`It has been claimed by campaigners that ...`: the parser hangs the that-clause
    on the agent's noun; after an it-passive of a speech verb it is what was claimed."""
    quotes = run(nlp, "It has been claimed by harbour campaigners that the new pier will flood ten streets.")
    check(quotes, E("indirect", "the new pier will flood ten streets", "Campaigners", mention="harbour campaigners"))


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Harbour master Ines Varga made clear that the pier would stay shut.", "made clear"),
        ("Harbour master Ines Varga made it clear that the pier would stay shut.", "made it clear"),
        ("Harbour master Ines Varga was quoted as saying the pier would stay shut.", "was quoted as saying"),
    ],
)
def test_cue_is_the_whole_reporting_phrase(nlp, text: str, cue: str) -> None:
    """The cue as written: "made (it) clear", "was quoted as saying", not the bare verb."""
    quotes = run(nlp, text)
    check(quotes, E("indirect", "the pier would stay shut", "Ines Varga", cue=cue))


@pytest.mark.parametrize("link", ["Related: Ferries return to the northern pier", "READ | Ferries return to the northern pier"])
def test_pronoun_looks_past_a_link_line_to_a_lone_surname(nlp, link: str) -> None:
    """A link line between a lone surname's report and the next "she said" is no
    sentence of the story: the pronoun still reaches the surname."""
    text = f"Kwarteng said the pier would reopen in June.\n\n{link}\n\n\u201cBook your tickets early,\u201d she said."
    quotes = run(nlp, text)
    check(quotes, E("direct", "Book your tickets early,", "Kwarteng", cue="said", mention="she"))


def test_hard_wrapped_line_after_a_preposition_goes_on(nlp) -> None:
    """`said on<newline>Monday that ...`: a short line ending in a lowercase function
    word is wrapped text, not a line of its own, so the report keeps its cue."""
    text = "Harbour master Marta Kiel said on\nMonday that the ferry would run\nuntil the ice came."
    quotes = run(nlp, text)
    check(quotes, E("indirect", "the ferry would run\nuntil the ice came", "Marta Kiel", cue="said"))


def test_hard_wrapped_line_before_a_capital_goes_on_in_a_wrapped_block(nlp) -> None:
    """`says pupils at Pellan<newline>Primary will ...`: in a block wrapped by hand at a
    width, a line that runs to near the width with no sentence end goes on, though the
    next line opens with a capital (a name); a title-case line in a list stays apart."""
    text = (
        "SCHOOL NEWS\n\n"
        "Headteacher Mr Tomas Vrba says pupils at Ostby\n"
        "Primary will take part in a beach-clean on the\n"
        "20th. \"The children asked for it themselves,\"\n"
        "he told the Letter. \"I'm very proud of them.\""
    )
    quotes = run(nlp, text)
    check(quotes, E("indirect", "pupils at Ostby\nPrimary will take part in a beach-clean on the\n20th", "Tomas Vrba", cue="says"))


def test_quoted_nickname_inside_a_name(nlp) -> None:
    """`Kwame "Iron Man" Mensah said`: the nickname in marks is no quotation; the
    speaker is the person named around it (written with the nickname, as a one-word
    nickname is: `Edmund "Ned" Calloway`)."""
    quotes = run(nlp, "Kwame \u201cIron Man\u201d Mensah, the ferry captain, said he would sail again in May.")
    check(quotes, E("indirect", "he would sail again in May", "Kwame \u201cIron Man\u201d Mensah", cue="said"))
    assert not any(q.content.text == "Iron Man" for q in quotes), show(quotes)


def test_report_inside_parentheses_ends_at_the_closing_one(nlp) -> None:
    """`Wilk (who told the council "...") resigned`: a cue inside parentheses reports no
    further than their close; the rest is the writer's sentence."""
    text = 'Harbour master Ines Varga (who told the council "the pier is rotten") resigned on Monday.'
    quotes = run(nlp, text)
    assert quotes, show(quotes)
    assert all("resigned" not in q.content.text for q in quotes), show(quotes)
    text = "The ferry will stop in May. (According to the harbour board, the pier is rotten.) Tickets are refunded."
    quotes = run(nlp, text)
    # (the lowercase body nobody names stays unresolved, as in "The harbour board said";
    # it was a person "harbour board" before the tagger's lowercase proper nouns were
    # read as no name, res69)
    check(quotes, E("indirect", "the pier is rotten", None, cue="According to", mention="the harbour board", fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            'The harbour master, Ines Varga, quit on Friday ("I am worn out," she told the Courier).',
            "I am worn out,",
            "Ines Varga",
        ),
        (
            "The ferry firm, Tidewell, cut the route (\u201cit never paid,\u201d the firm said in a note).",
            "it never paid,",
            "Tidewell",
        ),
    ],
    ids=["quotation-then-cue-in-parentheses", "curly-quotation-then-cue-in-parentheses"],
)
def test_report_inside_parentheses_starts_at_the_opening_one(nlp, text: str, content: str, speaker: str) -> None:
    """`Varga quit ("I am worn out," she told the Courier)`: the aside's own quotation is
    what its cue reports, not the writer's clause before the "(" as well."""
    quotes = run(nlp, text)
    check_spans(text, quotes)
    check(quotes, E("direct", content, speaker, fuzzy=False))
    assert not any("quit" in q.content.text or "cut the route" in q.content.text for q in quotes), show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        '"The lifts have been broken since March," said one tenant, Odile\nMarchetti. "Nobody has\n'
        'come to look at them and the council does not answer our letters."',
        "\u201cThe lifts have been broken since March,\u201d said the tenants\u2019 spokeswoman, Odile\n"
        "Marchetti, who has lived on the estate for twenty years and chairs\nits residents\u2019 association.",
    ],
    ids=["name-wrapped-before-a-stop", "curly-name-wrapped-before-a-comma"],
)
def test_name_cut_by_a_hard_line_wrap_is_one_speaker(nlp, text: str) -> None:
    """`said one tenant, Odile<newline>Marchetti.`: a hard wrap inside the name leaves it
    one name; the mention keeps the line break as written."""
    quotes = run(nlp, text)
    check_spans(text, quotes)
    q = check(quotes, E("direct", "The lifts have been broken since March,", "Odile Marchetti", fuzzy=False))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Odile\nMarchetti", show(quotes)


def test_name_wrapped_over_three_lines_is_one_entity(nlp) -> None:
    """Two wrap joins that share the middle line's word (`said Voss<newline>SAID<newline>
    Holt`, the capitals cue tagged a person as the model does) are one PERSON entity:
    spaCy refuses overlapping entities, and the whole article failed. The tags are set
    by hand so that both breaks join whatever the model reads."""
    from spacy.tokens import Doc

    from quotes.extract import join_wrapped_names

    words = ["It", "was", "said", "Voss", "\n", "SAID", "\n", "Holt"]
    pos = ["PRON", "AUX", "VERB", "PROPN", "SPACE", "PROPN", "SPACE", "PROPN"]
    spaces = [True, True, True, False, False, False, False, False]
    ents = ["O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O"]
    doc = Doc(nlp.vocab, words=words, spaces=spaces, pos=pos, ents=ents)
    join_wrapped_names(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Voss\nSAID\nHolt", "PERSON")]


def test_capitalised_cue_on_its_own_line_between_names_is_no_crash(nlp) -> None:
    """Found by fuzzing: the model tags a capitals `SAID` alone on a line a person, and
    the wrap joins on both sides of it overlapped (spaCy E1010 on the whole text)."""
    text = "Reyes Rahman Rosário Sofia, was Kim Voss\nSAID\nProfessor "
    check_spans(text, run(nlp, text))


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ("\u201cReady,\u201d said the starter, Ines Calloway. \u201cSet. Go.\u201d", "Set. Go."),
        ('"Wait," said the marshal, Tomas Vrba. "Now! Run!"', "Now! Run!"),
    ],
    ids=["two-stops", "two-exclamations"],
)
def test_short_sentences_in_a_row_continue_the_speaker(nlp, text: str, second: str) -> None:
    """`"Set. Go."` after an attributed quote: Title Case words split by stops are short
    sentences in a row, not the name of a show or song in marks."""
    quotes = run(nlp, text)
    check_spans(text, quotes)
    speaker = "Ines Calloway" if "Calloway" in text else "Tomas Vrba"
    check(quotes, E("direct", second, speaker, fuzzy=False))


def test_stray_opener_after_a_label_verb_is_its_quoted_label(nlp) -> None:
    """`called the fare "a disgrace. Later ...`: the lost close mark ends at the
    sentence's end, so the label is still quoted and the item is mixed."""
    text = 'Tomas Vrba called the fare "a disgrace. Later he apologised to the crew.'
    quotes = run(nlp, text)
    check(quotes, E("mixed", 'the fare "a disgrace', "Tomas Vrba", cue="called"))


def test_stray_opener_mid_sentence_hides_no_report(nlp) -> None:
    """`The "miracle crop failed. Ruiz said ...`: an opening mark after a word that never
    closes before its sentence ends is a scare quote that lost its close; the report
    after it in the paragraph is still found. An unclosed quotation that opens the
    paragraph still runs to its end."""
    text = "The \u201cmiracle ferry broke down again. Harbour master Ines Varga said the engine had been faulty."
    quotes = run(nlp, text)
    check(quotes, E("indirect", "the engine had been faulty", "Ines Varga", cue="said"))
    assert not any("miracle" in q.content.text for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ('"The pier has to close now, said the harbour master, Ines Calloway, at the meeting.', "Ines Calloway", None),
        ('"The pier has to close now, said the council.', None, "the council"),
        # the cue after a described speaker whose name is set off after the description
        ('"The pier has to close now, the harbour master, Ines Calloway, said at the meeting.', "Ines Calloway", None),
    ],
)
def test_lost_close_before_an_inverted_role_cue(nlp, text: str, speaker: str | None, mention: str | None) -> None:
    """`"We have to act now, said the councillor, Maya Ortiz`: the closing mark lost at
    the comma before an inverted cue and its role noun ends the quotation there."""
    quotes = run(nlp, text)
    check(quotes, E("direct", "The pier has to close now,", speaker, cue="said", mention=mention))


def test_a_day_after_the_cue_is_never_the_speaker(nlp) -> None:
    """A line break in mid-sentence leaves "said" without a subject; the day after it
    ("said Tuesday that") is when it was said, not who said it (it gave a speaker row
    'Super Tuesday')."""
    text = (
        "Tomas Vrba is keeping up his criticism on his closest rivals in the hours before the "
        "first Super Tuesday polls \nVrba, in Eastgate, said Tuesday that Lena Osei was "
        '"a total lightweight" while Ben Marsh is "a liar."'
    )
    quotes = run(nlp, text)
    said = [q for q in quotes if q.content.text.startswith("Lena Osei was")]
    assert said, show(quotes)
    assert all("Tuesday" not in (q.speaker or "") for q in said), show(quotes)
    assert all(q.speaker_mention is None or "Tuesday" not in q.speaker_mention.text for q in said), show(quotes)


@pytest.mark.parametrize(
    "verb", ["mused", "fumed", "ranted", "marvelled", "recounted", "bristled", "griped", "groused", "exclaimed", "confessed"]
)
def test_manner_of_speaking_verbs_report_their_that_clause(nlp, verb: str) -> None:
    """Verbs that say how something was said ("fumed that", "mused to reporters that")
    report the clause as "said that" does."""
    for text in (
        f"Lena Osei {verb} that the ferry plan would fail.",
        f"Lena Osei {verb} to reporters that the ferry plan would fail.",
    ):
        quotes = run(nlp, text)
        check(quotes, E("indirect", "the ferry plan would fail", "Lena Osei", cue=verb))


def test_cue_with_its_own_object_after_a_finished_quote_is_a_new_act(nlp) -> None:
    """`"I love this port!" Vrba criticized the budget.`: after a quotation that ends its
    sentence, a verb with a thing for object reports that thing, not the quotation; an
    addressee (`told reporters`) or an inverted speaker read as object (`wrote a man
    calling himself ...`) leaves the cue to the quote."""
    for text in (
        'Ada Ruiz opened the meeting. "I love this port!" Tomas Vrba criticized the budget on Monday.',
        'Ada Ruiz opened the meeting. "I love this port." Tomas Vrba announced a new budget on Monday.',
    ):
        quotes = run(nlp, text)
        assert not any(q.type == "direct" and q.speaker == "Tomas Vrba" for q in quotes), show(quotes)
    quotes = run(nlp, 'Ada Ruiz opened the meeting. "I love this port." Tomas Vrba announced a new budget on Monday.')
    check(quotes, E("indirect", "a new budget", "Tomas Vrba", cue="announced"))
    quotes = run(nlp, 'The meeting was short. "I love this port." Tomas Vrba told reporters on Monday.')
    check(quotes, E("direct", "I love this port.", "Tomas Vrba", cue="told"))
    quotes = run(nlp, "The meeting was short. ''Nobody asked us!'' wrote a man calling himself Tomas Vrba.")
    check(quotes, E("direct", "Nobody asked us!", "Tomas Vrba", cue="wrote"))


@pytest.mark.parametrize(
    "text",
    [
        "A source close to Ada Ruiz said the port will close.",
        "According to people familiar with Ada Ruiz's plans, the port will close.",
    ],
)
def test_anonymous_source_near_a_name_is_not_that_name(nlp, text: str) -> None:
    """`a source close to Ada Ruiz`, `people familiar with her plans`: the source is
    someone near the one named, never that person."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "the port will close", None))
    assert q.speaker != "Ada Ruiz", show(quotes)
    assert q.speaker_mention is not None and "Ruiz" not in q.speaker_mention.text, show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        'Ines Calloway posted a message on Twitter reading "Thank you Ohio" minutes after the count ended.',
        'Ines Calloway wore a hat reading, "Thank you Ohio" on Monday night before the rally in Dayton.',
    ],
)
def test_words_a_sign_or_message_carries_are_direct(nlp, text: str) -> None:
    """`posted a message reading "..."`, `wore a hat reading, "..."`: the quotation is the
    text on the thing the verb acts on, a direct quotation whose speaker is the one who
    posted or wore it, not a fragment of a mixed report over the verb's object."""
    quotes = run(nlp, text)
    check(quotes, E("direct", "Thank you Ohio", "Ines Calloway", cue="reading"))
    assert not any(q.type == "mixed" for q in quotes), show(quotes)


def test_report_before_a_carried_sign_ends_at_its_carrier(nlp) -> None:
    """`called for the mayor's firing and carried signs saying, "..."`: the report keeps
    what was called for; the sign's words are a quotation of their own."""
    quotes = run(nlp, "The protesters were calling for the mayor's firing and carrying signs saying, \"Jobs today, ruin tomorrow.\"")
    q = find(quotes, E("indirect", "the mayor's firing", None))
    assert q.type == "indirect" and q.content.text == "the mayor's firing", show(quotes)
    find(quotes, E("direct", "Jobs today, ruin tomorrow.", None))


@pytest.mark.parametrize(
    "text",
    [
        '"Follow us," Ines Calloway said, and the boys walked behind.',
        "''Follow us,'' Ines Calloway said, and the boys, curious, walked behind, on their way to the plaza.",
        '"Follow us," Ines Calloway says, dressed as a pilot in a bright red coat.',
    ],
)
def test_narration_after_a_quote_and_its_cue_is_not_quoted(nlp, text: str) -> None:
    """`"Follow us," Ines Calloway said, and the boys walked behind`: after a quotation
    and its cue, unquoted words are the writer's narration; the quotation stays direct."""
    quotes = run(nlp, text)
    check(quotes, E("direct", "Follow us,", "Ines Calloway", cue=text.split("Calloway ")[1].split(",")[0]))
    assert not any(q.type == "mixed" for q in quotes), show(quotes)


def test_closing_which_clause_after_a_comma_inside_the_marks_is_the_writers(nlp) -> None:
    """`her new book, "Harbour Days," which will be published in May`: a closing "which"
    clause is the writer's gloss even when the comma before it sits inside the closing
    mark; the content ends with the quotation, marks included."""
    text = 'Ines Calloway said she wants to put the quote on the back cover of her new book, "Harbour Days," which will be published in May.'
    quotes = run(nlp, text)
    q = find(quotes, E("mixed", 'she wants to put the quote on the back cover of her new book, "Harbour Days,"', "Ines Calloway"))
    assert q.content.text.endswith('Days,"'), show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "An aide to Ines Calloway confirmed the merger on the condition of anonymity because she was not allowed to discuss it.",
        "Two aides confirmed the merger on the condition of anonymity because the talks are private.",
    ],
)
def test_content_ends_before_the_terms_of_anonymity(nlp, text: str) -> None:
    """`confirmed the merger on the condition of anonymity because ...`: the terms on
    which a source went unnamed are no part of what was confirmed or discussed."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "the merger", None))
    assert q.content.text == "the merger", show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ines Calloway promised to strengthen labor unions, close loopholes that reward offshoring, raise the minimum wage and make college affordable.",
            "to strengthen labor unions, close loopholes that reward offshoring, raise the minimum wage and make college affordable",
        ),
        (
            "Ines Calloway urged the party to drop its old rules, replace its leaders, and open its contests to all voters.",
            "the party to drop its old rules, replace its leaders, and open its contests to all voters",
        ),
    ],
)
def test_infinitive_content_runs_on_over_its_listed_infinitives(nlp, text: str, content: str) -> None:
    """`promised to strengthen unions, raise the wage and make college affordable`: the
    bare infinitives after the content are the rest of its list (a bare infinitive
    cannot go with the tensed cue the parser hangs it on)."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, "Ines Calloway"))
    assert q.content.text == content, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ines Calloway answered a question about the port as Tomas Vrba listened from the front row.", "a question about the port"),
        ("Ines Calloway praised the harbour plan as it was sailing through the council.", "the harbour plan"),
    ],
)
def test_tensed_as_clause_on_the_cue_is_its_time(nlp, text: str, content: str) -> None:
    """`answered a question as Vrba listened`: a tensed "as" clause with its own subject,
    hung on the cue, says when the act happened; the content ends before it (a clause
    inside the content, `said the port would close as demand had collapsed`, stays)."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, "Ines Calloway"))
    assert q.content.text == content, show(quotes)
    quotes = run(nlp, "Ines Calloway said the port would close as demand had collapsed.")
    q = find(quotes, E("indirect", "the port would close as demand had collapsed", "Ines Calloway"))
    assert q.content.text.endswith("collapsed"), show(quotes)


def test_quote_after_a_joiner_past_the_cue_is_still_what_was_said(nlp) -> None:
    """`"I like Tomas," she said, but "when it comes to ferries, ..."`: after the cue, a
    joiner opening another quotation goes on with what was said (one mixed item)."""
    text = '"You know, I like Tomas," Ines Calloway said, but "when it comes to ferries, Tomas has a history of siding with the shipyards."'
    quotes = run(nlp, text)
    assert any(q.content.text.startswith('"You know') and q.content.text.endswith('shipyards."') for q in quotes), show(quotes)


def test_listed_infinitives_run_on_when_the_cue_hangs_on_one_of_them(nlp) -> None:
    """`calling on the mayor to organize events, choose the flags and ensure ...`: the
    parser may hang the cue's participle on the next listed infinitive; the list still
    goes on from the content."""
    text = (
        "The charter of the port, started in 1790, carries no official powers, instead calling on the mayor "
        "to organize social events, choose the flags and ensure the pier is kept as a public walk."
    )
    quotes = run(nlp, text)
    # (the one called on leads the content, as PolNeAR spans it)
    content = "the mayor to organize social events, choose the flags and ensure the pier is kept as a public walk"
    q = find(quotes, E("indirect", content, None))
    assert q.content.text == content, show(quotes)


@pytest.mark.parametrize(
    "text",
    ["Ines Calloway endorsed Tomas Vrba in early June.", "Ines Calloway backed Tomas Vrba in all of the port's nine districts."],
)
def test_time_or_place_after_a_backed_name_is_not_whom(nlp, text: str) -> None:
    """`endorsed Tomas Vrba in early June`: a verb of support with a name for object
    reports whom; the phrase of time or place after the name tells when or where."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "Tomas Vrba", "Ines Calloway", fuzzy=False))
    assert q.content.text == "Tomas Vrba", show(quotes)


def test_report_after_even_as_ends_the_content_without_a_comma(nlp) -> None:
    """`said the ferries kept running even as the council has said it wants them
    stopped`: a trailing clause with a speaker and a report of its own starts afresh
    after its joiner, comma or no comma."""
    text = "Ines Calloway said the ferries have kept running even as the council has said it wants them stopped."
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "the ferries have kept running", "Ines Calloway"))
    assert q.content.text == "the ferries have kept running", show(quotes)
    find(quotes, E("indirect", "it wants them stopped", None))


def test_second_report_hung_on_the_first_cue_stands_alone(nlp) -> None:
    """`One in three said A and one in four said B`: the parser hangs the second "said"
    on the first as another clause and its subject on the first content; each share's
    report is an item of its own."""
    text = (
        "One in three said the party does not care very much about the port towns and one in four "
        "said the party was openly hostile to the port towns."
    )
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "the party does not care very much about the port towns", None))
    assert q.content.text.endswith("port towns"), show(quotes)
    find(quotes, E("indirect", "the party was openly hostile to the port towns", None))


@pytest.mark.parametrize(
    "text",
    [
        "The port is doomed, Ines Calloway said on Monday, because the ferries have stopped running.",
        "The port is doomed, Ines Calloway says, because the ferries have stopped running.",
    ],
)
def test_because_clause_after_a_trailing_cue_is_the_speakers_reason(nlp, text: str) -> None:
    """`The port is doomed, she said, because the ferries have stopped`: the reason after
    the cue is the rest of what was said; the content runs on over the cue to its end."""
    quotes = run(nlp, text)
    assert any(
        q.content.text.startswith("The port is doomed")
        and q.content.text.endswith("stopped running")
        and q.speaker == "Ines Calloway"
        for q in quotes
    ), show(quotes)


@pytest.mark.parametrize(
    ("text", "answer", "speaker"),
    [
        ("Asked if the ferry fares were fair, most of the skippers said yes, unlike last year.", "yes", None),
        ("Asked whether he would run again, Tomas Vrba said no.", "no", "Tomas Vrba"),
        ("Half of the skippers said so in the spring survey.", "so", None),
        ("Ines Calloway would not say so.", "so", "Ines Calloway"),
    ],
)
def test_bare_answer_after_say_is_what_was_said(nlp, text: str, answer: str, speaker: str | None) -> None:
    """`Asked if the fares were fair, most said yes`: a bare yes, no or so right after
    "say" stands for the clause answered, and is the content on its own (not "so in the
    spring survey")."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", answer, speaker, fuzzy=False))
    assert q.cue is not None and q.cue.text.endswith(("said", "say")), show(quotes)


@pytest.mark.parametrize(
    "text",
    ["Tomas Vrba said no to the new ferry fares.", '"I never said no," Tomas Vrba wrote.'],
)
def test_answer_word_refusing_something_or_quoted_is_no_answer_item(nlp, text: str) -> None:
    """"said no to the fares" refuses something named, and a "said no" inside a
    quotation belongs to the quotation: neither is a bare answer of its own."""
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.content.text.lower() == "no"], show(quotes)


def test_that_is_according_to_a_source_takes_the_pointer_as_content(nlp) -> None:
    """`The harbour will close in May. That's according to a report ...`: the source
    vouches for what "that" points back to; as PolNeAR does, the pronoun is the content,
    the according-phrase the cue and its object the source."""
    text = "The harbour will close in May. That's according to a report from the port authority released on Monday."
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "That", None, fuzzy=False))
    assert q.cue is not None and q.cue.text == "according to", show(quotes)
    assert q.speaker_mention is not None and q.speaker_mention.text.startswith("a report"), show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "As the Harbour Gazette noted, the ferry company raised more than a million pounds from port fees.",
            "the ferry company raised more than a million pounds from port fees",
            "Harbour Gazette",
        ),
        (
            "As Ines Calloway said, the two harbour masters have become some of the least popular people in town.",
            "the two harbour masters have become some of the least popular people in town",
            "Ines Calloway",
        ),
        (
            "As The Harbour Gazette reported, even if the council split the vote, it would need a majority.",
            "even if the council split the vote, it would need a majority",
            "Harbour Gazette",
        ),
    ],
)
def test_as_aside_whose_comma_the_parser_hangs_on_it(nlp, text: str, content: str, speaker: str) -> None:
    """`As the Gazette noted, the company raised ...`: the parser may hang the comma that
    sets the aside off on the aside's own verb; it is still an aside, and the clause it
    hangs from is what was noted."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, fuzzy=False))
    assert q.speaker is not None and q.speaker.endswith(speaker.split()[-1]), show(quotes)


def test_as_she_said_before_a_quotation_is_no_aside(nlp) -> None:
    """`... jabbing a finger at a skipper as she angrily said, "..."`: the "as" clause
    introduces the quotation after its comma; the clause it hangs from is no report."""
    text = 'Ines Calloway lost her temper on the quay, jabbing a finger at a skipper as she angrily said, "I am tired of this."'
    quotes = run(nlp, text)
    assert not [q for q in quotes if "jabbing" in q.content.text], show(quotes)


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        ("Tomas Vrba ran for harbour master in May, and only three skippers publicly endorsed him.", "him", None),
        ("The council put a new toll to the vote. Ines Calloway opposed it from the start.", "it", "Ines Calloway"),
        ("The union offered a shorter week, but Ines Calloway rejected that on Monday.", "that", "Ines Calloway"),
    ],
)
def test_pronoun_object_of_a_verb_of_taking_sides_is_the_content(
    nlp, text: str, pronoun: str, speaker: str | None
) -> None:
    """`only three skippers endorsed him`, `Calloway opposed it`: the bare pronoun object
    of endorse, oppose, reject (...) is whom or what the side was taken on."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", pronoun, speaker, fuzzy=False))
    assert q.cue is not None, show(quotes)


def test_pronoun_object_inside_a_quotation_is_no_item_of_its_own(nlp) -> None:
    """`"We opposed it from the start," Calloway said`: the pronoun is part of the
    speaker's own words, not a separate report."""
    quotes = run(nlp, '"We opposed it from the start," Ines Calloway said.')
    assert not [q for q in quotes if q.content.text == "it"], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The toll plan was rejected by 64 percent of the voters.", "The toll plan", "64 percent of the voters"),
        ("Tomas Vrba was also endorsed on Friday by the ferry union.", "Tomas Vrba", "the ferry union"),
        ("The new pier was strongly supported by the skippers' guild.", "The new pier", "the skippers' guild"),
    ],
)
def test_subject_of_an_agentive_passive_of_taking_sides_is_the_content(
    nlp, text: str, content: str, mention: str
) -> None:
    """`The plan was rejected by 64 percent of the voters`: what the active verb would
    take as object is the passive's subject, and the agent took the side."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, fuzzy=False))
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


def test_passive_subject_holding_a_report_keeps_the_inner_report(nlp) -> None:
    """`Calloway's pledge to add ferries was welcomed by the skippers`: the subject holds
    a report of its own (the pledge), which stays the item, with its own speaker."""
    quotes = run(nlp, "Calloway's pledge to add ferries was warmly welcomed by the skippers.")
    q = find(quotes, E("indirect", "to add ferries", "Calloway", fuzzy=False))
    assert q.cue is not None and q.cue.text == "pledge", show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Tomas Vrba wants a new pier, and Ines Calloway apparently thinks so, too.", "so", "Ines Calloway"),
        ("Most skippers expect lower tolls. Only half of the harbour staff believe that.", "that", None),
        ("Few harbour masters would ever admit this, but the old pier is failing.", "this", None),
    ],
)
def test_bare_so_or_pronoun_after_a_belief_verb_is_the_view_held(
    nlp, text: str, content: str, speaker: str | None
) -> None:
    """"Calloway apparently thinks so", "only half believe that", "few would admit this":
    the bare "so" or pronoun stands for the view held or admitted."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, speaker, fuzzy=False))


@pytest.mark.parametrize(
    "text",
    [
        "It is the club's best season since '98, and fans can't believe it.",
        "The skippers could not believe it when the pier reopened.",
    ],
)
def test_not_being_able_to_believe_is_surprise_not_a_view(nlp, text: str) -> None:
    """"Fans can't believe it": unable to believe is astonishment; no view is reported."""
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.content.text == "it"], show(quotes)
    assert not [q for q in quotes if q.cue is not None and q.cue.text.startswith("in ")], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ines Calloway has long been a vocal advocate of the new toll.", "the new toll", "Ines Calloway"),
        ("Tomas Vrba was an early backer of Calloway.", "Calloway", "Tomas Vrba"),
        ("Calloway is no fan of the old pier, which the council wants to keep.", "the old pier", "Calloway"),
        (
            "Ines Calloway has been a steady supporter of the ferry union and of its new pay claim.",
            "the ferry union and of its new pay claim",
            "Ines Calloway",
        ),
    ],
)
def test_of_object_of_a_side_taken_after_be_is_the_content(nlp, text: str, content: str, speaker: str) -> None:
    """`Calloway is a vocal advocate of the toll`: the subject took a side on the "of"
    object, as with "critical of"; a relative clause on the object is the writer's."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, speaker, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "The voters are split on whether the old pier should close before winter.",
            "whether the old pier should close before winter",
            "The voters",
        ),
        ("The harbour board deadlocked on whether to raise the ferry tolls.", "whether to raise the ferry tolls", "The harbour board"),
        (
            "Ines Calloway has equivocated on whether the council should sell the pier.",
            "whether the council should sell the pier",
            "Ines Calloway",
        ),
        (
            "Tomas Vrba was skeptical about whether the ferry could run all winter.",
            "whether the ferry could run all winter",
            "Tomas Vrba",
        ),
    ],
)
def test_whether_question_after_a_preposition_is_what_is_disputed(nlp, text: str, content: str, speaker: str) -> None:
    """"split on whether ...", "deadlocked on whether ...": the indirect question after
    the verb's (or adjective's) preposition is what the subject weighs or disputes."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, fuzzy=False))
    assert q.speaker_mention is not None and q.speaker_mention.text == speaker, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "A survey by the institute in March found Mrs. Calloway with a lead of 48 percent to 41 percent over Mr. Vrba.",
            "Mrs. Calloway with a lead of 48 percent to 41 percent over Mr. Vrba",
            "A survey",
        ),
        ("Several polls show Vrba within two points of Calloway.", "Vrba within two points of Calloway", "Several polls"),
        ("A new poll puts Calloway ahead of Vrba by nine points.", "Calloway ahead of Vrba by nine points", "A new poll"),
        ("The survey had him at 4 percent in the crowded field.", "him at 4 percent in the crowded field", "The survey"),
        ("The latest survey found broad support for the harbour toll.", "broad support for the harbour toll", "The latest survey"),
    ],
)
def test_object_and_predicate_after_a_polls_verb_is_its_finding(nlp, text: str, content: str, speaker: str) -> None:
    """"The poll found Calloway with a lead", "polls show Vrba within two points": the
    object with what follows it is what the poll found, and the poll is the source."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, fuzzy=False))
    assert q.speaker_mention is not None and q.speaker_mention.text == speaker, show(quotes)


def test_a_polls_margin_of_error_is_no_finding(nlp) -> None:
    """"The poll has a margin of error of three points": the writer describes the poll."""
    quotes = run(nlp, "The poll has a margin of error of three points.")
    assert not quotes, show(quotes)


def test_that_clause_hung_on_the_light_verb_is_the_nouns_content(nlp) -> None:
    """"has been making the case for weeks that ...": with words between the noun and its
    that-clause, the parser hangs the clause on "make"; it is still what the case says."""
    quotes = run(nlp, "Ines Calloway has been making the case for weeks that the old pier must close.")
    q = find(quotes, E("indirect", "the old pier must close", None, fuzzy=False))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Ines Calloway", show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Four in 10 voters see the campaign of Tomas Vrba as most unfair.", "the campaign of Tomas Vrba as most unfair", "Four in 10 voters"),
        ("Some outside analysts see the mayor's plan as driven by fear.", "the mayor's plan as driven by fear", "Some outside analysts"),
    ],
)
def test_as_phrase_hung_on_the_object_of_a_casting_verb_is_the_view(nlp, text: str, content: str, speaker: str) -> None:
    """"voters see the campaign as unfair": the parser hangs "as" on the object, not on
    "see"; the object with its "as" phrase is still the view held."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, fuzzy=False))
    assert q.speaker_mention is not None and q.speaker_mention.text == speaker, show(quotes)


def test_stance_adjective_after_a_speaker_noun_takes_its_object(nlp) -> None:
    """"with Vrba fully supportive of the new toll": a reduced relative ("who is
    supportive of ...") on a noun that can speak; the object is what the view is on."""
    quotes = run(nlp, "Ines Calloway arrived in Dover with Tomas Vrba fully supportive of the new toll.")
    q = find(quotes, E("indirect", "the new toll", None, fuzzy=False))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Tomas Vrba", show(quotes)


def test_stance_adjective_after_a_thing_is_the_writers_description(nlp) -> None:
    """"a new book critical of the harbour board": a book holds no view."""
    quotes = run(nlp, "Tomas Vrba wrote a new book critical of the harbour board.")
    assert not [q for q in quotes if q.content.text == "the harbour board"], show(quotes)


def test_stance_preposition_hung_on_the_copula_is_still_the_adjectives(nlp) -> None:
    """"Tomas Vrba has been very vocal in rejecting the toll": the parser hangs "in" on
    the copula after the adjective; its object is still what the view is on."""
    quotes = run(nlp, "Tomas Vrba has been very vocal in rejecting the new toll on the ferry.")
    q = find(quotes, E("indirect", "rejecting the new toll on the ferry", None, fuzzy=False))
    assert q.speaker_mention is not None and q.speaker_mention.text == "Tomas Vrba", show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ines Calloway said she wants an inquiry into the sale, as have several other council members.", "she wants an inquiry into the sale"),
        ("Tomas Vrba said he does not hold such meetings in public, as was the case with Monday's briefing.", "he does not hold such meetings in public"),
        ("Ines Calloway said the council would back the plan, as did the mayor.", "the council would back the plan"),
        ("Ines Calloway said she will release her tax returns, as is customary for candidates.", "she will release her tax returns, as is customary for candidates"),
        ("Ines Calloway said the ferry will run again, as it did last year.", "the ferry will run again, as it did last year"),
    ],
)
def test_as_clause_comparing_others_is_the_writers_note(nlp, text: str, content: str) -> None:
    """", as have other members", ", as was the case with ...": an inverted "as" clause
    closing the content compares the speaker with others, a note of the writer's; one
    with its subject first ("as it did last year") may be the speaker's own words."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Sixty percent of voters said they have their minds made up compared to nearly four in 10 who said they could still change their minds.",
            "they have their minds made up",
        ),
        (
            "About a third said the council was hostile to the port, about the same number who said the council truly cares.",
            "the council was hostile to the port",
        ),
        (
            "Two in three voters now view Vrba favorably, compared with 31 percent who view him unfavorably, the poll found.",
            "Two in three voters now view Vrba favorably, compared with 31 percent who view him unfavorably",
        ),
    ],
)
def test_share_with_its_own_report_closing_the_content_is_cut(nlp, text: str, content: str) -> None:
    """"said they made up their minds, compared to four in 10 who said they could change
    them": the closing share carries a report of its own (the "who said" clause); the
    writer's comparison is not what the first group said. A share without a report of
    its own ("who view him unfavorably") stays with the figure it is compared with."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ines Calloway declined to speak to reporters as she left the hall on Monday.", "to speak to reporters"),
        ("Tomas Vrba sought to calm his staff when he stopped by the office in Dover.", "to calm his staff"),
        ("Tomas Vrba urged the council to act quickly as the storm approaches.", "the council to act quickly as the storm approaches"),
    ],
)
def test_past_time_clause_after_an_infinitive_dates_the_cue(nlp, text: str, content: str) -> None:
    """"declined to speak to reporters as she left the hall": what the infinitive reports
    had not happened yet, so a past-tense time clause closing it tells when the speaker
    declined; a present-tense one ("as the storm approaches") may be part of the request."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ines Calloway refused to rule out a ferry tax - only if it were offset by lower fares.",
            "to rule out a ferry tax - only if it were offset by lower fares",
        ),
        (
            "Tomas Vrba would consider backing a third candidate if Ines Calloway is the nominee.",
            "backing a third candidate if Ines Calloway is the nominee",
        ),
    ],
)
def test_condition_hung_on_the_cue_goes_on_with_the_content(nlp, text: str, content: str) -> None:
    """"refused to rule out a ferry tax - only if it were offset by lower fares": an "if" or
    "unless" clause right after what was said limits the claim, though the parser hangs it
    on the cue; it is part of what was said."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ines Calloway lobbied the mayor to embrace several of her proposals, including free ferries and a new pier.",
            "several of her proposals, including free ferries and a new pier",
        ),
        (
            "Tomas Vrba was more upbeat about the town's efforts, particularly the plans for a new pier.",
            "the town's efforts, particularly the plans for a new pier",
        ),
        ("Ines Calloway criticized the plan, particularly after the storm hit the harbour.", "the plan"),
        (
            "Tomas Vrba questioned the mayor's statements about the harbour, ranging from claims of a flood to a story about a lost ferry.",
            "the mayor's statements about the harbour, ranging from claims of a flood to a story about a lost ferry",
        ),
    ],
)
def test_part_singled_out_after_the_object_goes_on_with_it(nlp, text: str, content: str) -> None:
    """"embrace several of her proposals, including free ferries": a noun phrase after
    "including", "particularly" or "especially" names members of the object, though the
    parser hangs it on the verb; a clause after the focus word ("particularly after the
    storm hit") says when, and stays out."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            "Ines Calloway bragged about her father teaching her how to sail when she was young.",
            "indirect",
            "her father teaching her how to sail when she was young",
        ),
        (
            'Ines Calloway voiced amusement that Vrba had at last described the pier "as a ruin," echoing critics '
            "who say he dislikes the port.",
            "mixed",
            'amusement that Vrba had at last described the pier "as a ruin,"',
        ),
    ],
)
def test_gerund_right_after_the_object_is_its_predicate(nlp, text: str, kind: str, content: str) -> None:
    """"bragged about her father teaching her how to sail": with no comma between, a gerund
    right after the object has the object for its subject, though the parser hangs it on
    the verb; a comma, even inside the close mark ("as a ruin," echoing ...), sets off a
    participle of the writer's."""
    quotes = run(nlp, text)
    find(quotes, E(kind, content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "kind", "content"),
    [
        (
            "Ines Calloway did not rebut Vrba's point, that the mayor might be beholden to donors.",
            "indirect",
            "Vrba's point, that the mayor might be beholden to donors",
        ),
        ('Tomas Vrba stood by his comment Monday that "the pier is a ruin."', "mixed", 'his comment Monday that "the pier is a ruin."'),
    ],
)
def test_claim_nouns_that_clause_hung_on_the_cue_goes_on_with_the_noun(nlp, text: str, kind: str, content: str) -> None:
    """"did not rebut Vrba's point, that the mayor ...": the parser hangs the that-clause
    on the verb, but right after a noun that holds a claim it says what the claim is;
    noun and clause are one object."""
    quotes = run(nlp, text)
    find(quotes, E(kind, content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tomas Vrba opposed the mass layoffs and stripping pensions from retirees.", "the mass layoffs and stripping pensions from retirees"),
        ("Ines Calloway discussed immigration and how it is changing the town.", "immigration and how it is changing the town"),
        (
            "Tomas Vrba talked about his charitable work overseas and what he learned in Peru.",
            "his charitable work overseas and what he learned in Peru",
        ),
        (
            "Tomas Vrba talks about growing up in Dover, just across the river, and how hopeful he is about the town.",
            "growing up in Dover, just across the river, and how hopeful he is about the town",
        ),
        ("Ines Calloway described the storm, and how the town rebuilt after it.", "the storm, and how the town rebuilt after it"),
        ("Tomas Vrba criticized the plan, and what followed was a long silence.", "the plan"),
        ("Ines Calloway blamed the mayor for closing the pier, and for raising ferry fares.", "the mayor for closing the pier, and for raising ferry fares"),
        (
            "Tomas Vrba urged the council to rebuild the pier, and in a more careful way than before.",
            "the council to rebuild the pier, and in a more careful way than before",
        ),
        ("Tomas Vrba praised the plan and thanked the voters.", "the plan"),
        ("Ines Calloway spent the day thanking the mayor and greeting the crowd.", "the mayor"),
    ],
)
def test_second_conjunct_hung_on_the_cue_goes_on_with_the_object(nlp, text: str, content: str) -> None:
    """"opposed the layoffs and stripping pensions": the parser hangs a gerund (or a noun,
    or a wh-clause) after "and" on the verb, but it is the object's second half; a finite
    verb ("and thanked the voters") or a gerund after a participle cue ("thanking the
    mayor and greeting the crowd") is the speaker's next act. An embedded question goes
    on with it after a comma too ("the storm, and how the town rebuilt"), but not a
    free relative that is a new clause's subject ("and what followed was a silence").
    So does a prepositional phrase ("and for raising ferry fares"): it is no new act."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tomas Vrba hopes to reap benefits of his own: to win new contracts for the port, especially for the shipyards that have suffered.",
            "to reap benefits of his own: to win new contracts for the port, especially for the shipyards that have suffered",
        ),
        (
            "Ines Calloway pointed to the role she sees for herself: a mayor who can argue, plainly, that the ferry must stay.",
            "the role she sees for herself: a mayor who can argue, plainly, that the ferry must stay",
        ),
        ("Ines Calloway hopes to win the seat: the polls say the race is close.", "to win the seat"),
    ],
)
def test_lower_case_gloss_after_a_colon_goes_on_with_the_content(nlp, text: str, content: str) -> None:
    """"hopes to reap benefits of his own: to win new contracts ...": a noun phrase or an
    infinitive after the colon spells out what the content announces; a clause of its
    own after the colon ("the polls say ...") is the writer's."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "type_", "content"),
    [
        (
            'Tomas Vrba said he was hoping for a large turnout, which "will help elect Ines Calloway to the council."',
            "mixed",
            'he was hoping for a large turnout, which "will help elect Ines Calloway to the council."',
        ),
        ('Tomas Vrba praised the new ferry plan, which he called "a lifeline for the island."', "indirect", "the new ferry plan"),
        ("Tomas Vrba said he backed the ferry plan, which the council approved in May.", "indirect", "he backed the ferry plan"),
    ],
)
def test_relative_clause_quoting_the_speaker_stays_in_the_content(nlp, text: str, type_: str, content: str) -> None:
    """", which "will help elect Calloway"": a closing which-clause whose predicate is
    quoted, with no cue of its own, gives the speaker's words, not the writer's gloss;
    one with its own cue (", which he called ...") or none quoted is still cut."""
    quotes = run(nlp, text)
    find(quotes, E(type_, content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "type_", "content"),
    [
        (
            "Tomas Vrba said Monday that the toll is “peanuts,” compared to what the ferry owners are charging.",
            "mixed",
            "the toll is “peanuts,” compared to what the ferry owners are charging",
        ),
        (
            "Most voters said they were “not paying attention,” compared with 11 percent of the town.",
            "mixed",
            "they were “not paying attention,”",
        ),
    ],
)
def test_comparison_hung_on_the_cue_goes_on_with_the_claim(nlp, text: str, type_: str, content: str) -> None:
    """"said the toll is "peanuts," compared to what the owners charge": the parser hangs
    the comparison on the cue past the comma, but it measures the claim, part of what
    was said; a share set beside another group's ("compared with 11 percent") is the
    writer's poll arithmetic and stays out."""
    quotes = run(nlp, text)
    find(quotes, E(type_, content, None, fuzzy=False))



@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "The port director set out the new rules on Friday:\n\n“No boat may leave after dark. Every skipper must log the catch.”",
            "No boat may leave after dark. Every skipper must log the catch.",
            "The port director",
        ),
        (
            "The inquiry committee published two findings:\n\n“The ferry was overloaded. The crew had not been trained.”",
            "The ferry was overloaded. The crew had not been trained.",
            "The inquiry committee",
        ),
    ],
)
def test_paragraph_ending_in_a_colon_gives_the_quote_to_its_subject(nlp, text: str, content: str, mention: str) -> None:
    """A paragraph ending in a colon announces the quote paragraph after it, whatever
    its verb: its subject speaks (as a colon inside one paragraph gives the lead's
    subject); the writer's `Wait, it gets better:` introduces nobody."""
    quotes = run(nlp, text)
    q = find(quotes, E("direct", content, None))
    assert q.type == "direct" and q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


def test_writers_aside_ending_in_a_colon_introduces_nobody(nlp) -> None:
    quotes = run(nlp, "Wait, it gets even better:\n\n“The toll will double next year. Nobody was asked.”")
    assert all(q.speaker_mention is None or q.speaker_mention.text.lower() != "it" for q in quotes), show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Should the regulator say no, the merger will collapse.",
        "Had the coach admitted that the squad was exhausted, the fans would have understood.",
        "Were the landlord to claim the flats were unsafe, the tenants could be evicted.",
    ],
)
def test_condition_by_inversion_reports_nothing(nlp, text: str) -> None:
    """An auxiliary opening the sentence before the speech verb's subject, the clause
    closed by a comma, is a condition with "if" left out: what is said is supposed."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Tomas Vrba has been reported as saying that he would not seek a second term.", "he would not seek a second term", "Tomas Vrba"),
        ("Ines Calloway was reported by the Harbour Courier as saying the ferry would be sold.", "the ferry would be sold", "Ines Calloway"),
    ],
)
def test_subject_of_reported_as_saying_speaks(nlp, text: str, content: str, speaker: str) -> None:
    """"was reported as saying" is read like "was quoted as saying": the passive
    subject said the words (not an addressee), and is no content of the agent's report."""
    quotes = run(nlp, text)
    q = check(quotes, E("indirect", content, speaker))
    assert all(o is q or o.content.text != speaker for o in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The treasurer, in an interview with Radio Nord, said the deficit had doubled.", "the deficit had doubled", "The treasurer"),
        ("The mayor, in an interview with the Kestrel Herald, said the pier was unsafe.", "the pier was unsafe", "The mayor"),
    ],
)
def test_occasion_phrase_on_an_unnamed_subject_names_no_speaker(nlp, text: str, content: str, mention: str) -> None:
    """A subject with no name of its own is not replaced by a name inside the occasion
    phrase hung on it ("in an interview with Radio Kestrel"): that is where, and to
    whom, the words were given."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


@pytest.mark.parametrize(
    ("text", "type_", "content"),
    [
        (
            "Mirna Hollis told the paper at the time that she had loved every minute of it.",
            "indirect",
            "she had loved every minute of it",
        ),
        (
            'Mirna Hollis told the local paper at the time that she had "loved every minute, even the market days".',
            "mixed",
            'she had "loved every minute, even the market days"',
        ),
    ],
)
def test_that_read_as_relative_adverb_of_the_cues_phrase_opens_the_content(
    nlp, text: str, type_: str, content: str
) -> None:
    """"told the paper at the time that she had ...": the parser reads "that" as the
    relative adverb of "time"; with a subject of its own after it, the clause is what the
    hearer was told, also when only its verb phrase is quoted."""
    quotes = run(nlp, text)
    find(quotes, E(type_, content, "Hollis", fuzzy=False))


def test_list_of_reactions_gives_each_quote_its_labelled_speaker(nlp) -> None:
    """A list of reactions after an intro ending in a colon: each bulleted item names its
    speaker (with a title of any length) before a colon and the quotation. The intro
    does not take an item as its block quote, and an item's name is no signature of the
    quotation above it (nor is a bulleted sentence that reports on its own)."""
    text = (
        "Here is what some had to say:\n\n"
        "- Ines Calloway, director general of the Shipowners' Federation: \"This plan punishes the"
        " firms that create jobs. Investment will go elsewhere.\"\n\n"
        "- Tomas Vrba, president of the Federation of Dock Unions: \"For the first time in years, a plan"
        " that remembers the people who do the work.\"\n\n"
        "- Opposition leader Mirna Hollis said the plan was \"a raid dressed up as fairness\".\n\n"
        "- Petra Lindqvist, chief economist at Ostbank: \"The numbers broadly add up.\""
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "This plan punishes the firms that create jobs. Investment will go elsewhere.", "Ines Calloway"))
    check(quotes, E("direct", "For the first time in years, a plan that remembers the people who do the work.", "Tomas Vrba"))
    raid = check(quotes, E("mixed", "the plan was \"a raid dressed up as fairness\"", "Mirna Hollis"))
    assert raid.speaker_mention.text == "Opposition leader Mirna Hollis", show(quotes)  # no bullet
    check(quotes, E("direct", "The numbers broadly add up.", "Petra Lindqvist"))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            'Tomas Vrba said the port would "unlock growth" and cut journey times by a third.',
            'the port would "unlock growth" and cut journey times by a third',
        ),
        (
            'Ines Calloway said the council would "listen to everyone" and publish the plans in May.',
            'the council would "listen to everyone" and publish the plans in May',
        ),
    ],
)
def test_bare_infinitive_after_a_quoted_fragment_shares_the_clauses_modal(nlp, text: str, content: str) -> None:
    """`said it would "unlock growth" and cut journey times`: the parser hangs the second
    predicate on the past-tense cue, but a bare infinitive cannot go on "said"; it shares
    the reported clause's "would" and goes on with what was said."""
    quotes = run(nlp, text)
    find(quotes, E("mixed", content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry company's announcement that 80 crew would go stunned the island.", "80 crew would go"),
        ("The inspector's admission that errors had been made angered the families.", "errors had been made"),
        ("Her claim that the squad was exhausted surprised nobody.", "the squad was exhausted"),
        # an irregular past form is the sentence's predicate too
        ("The council's announcement that the pools would close caught swimmers off guard.", "the pools would close"),
        ("The board's announcement that the mill would close caught workers by surprise.", "the mill would close"),
        (
            "His claim that the count was rigged and that officials lied infuriated voters.",
            "the count was rigged and that officials lied",
        ),
    ],
)
def test_sentence_predicate_read_into_the_nouns_that_clause_is_cut(nlp, text: str, content: str) -> None:
    """A reporting noun opening the sentence, the parser finding no verb for it: the
    sentence's own predicate ("stunned the island") was read into the that-clause and
    is cut; a second clause with its own "that" and subject stays."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


def test_mention_ends_before_a_bracket_it_does_not_close(nlp) -> None:
    """`Ada Ruiz (@adaruiz) posted: "..."`: the parser may head the subject on the
    handle in brackets and leave the closing bracket out; the mention is the name."""
    for text, content in (
        ("Ada Ruiz (@adaruiz) posted: “The harbour is open again.”", "The harbour is open again."),
        ("Ada Ruiz (@adaruiz) said the ferry would run on Sunday.", "the ferry would run on Sunday"),
    ):
        quotes = run(nlp, text)
        q = find(quotes, E(None, content, None))
        assert q.speaker_mention is not None and q.speaker_mention.text == "Ada Ruiz", show(quotes)


@pytest.mark.parametrize(
    ("text", "type_", "content", "speaker"),
    [
        (
            "The ferry timetable was described as “a shambles” by the islanders’ spokeswoman, Ines Calloway.",
            "mixed",
            "The ferry timetable was described as “a shambles”",
            "Ines Calloway",
        ),
        ("The toll was described as a scandal by Tomas Vrba.", "indirect", "a scandal", "Tomas Vrba"),
    ],
)
def test_agent_after_the_as_phrase_of_a_passive_speaks(nlp, text: str, type_: str, content: str, speaker: str) -> None:
    """`was described as "a shambles" by X`: the parser hangs the "by" on the as-phrase's
    noun, but it is the passive's agent, who used the words (as in `was described by X
    as ...`); the words end before it."""
    quotes = run(nlp, text)
    check(quotes, E(type_, content, speaker, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The union, noting that talks had stalled, set a strike date.", "talks had stalled", "The union"),
        ("The harbour board, noting that profits had fallen, cut the dividend.", "profits had fallen", "The harbour board"),
    ],
)
def test_participle_aside_after_the_subject_is_the_subjects(nlp, text: str, content: str, mention: str) -> None:
    """`The union, noting that talks had stalled, set a date`: a participle set off by
    commas right after the subject is the subject's report, though the parser hangs it
    on the subject noun or makes it the verb's clausal subject."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("„Die Fähre fährt wieder“, sagte Hafenmeisterin Ines Calloway.", "Die Fähre fährt wieder", "Ines Calloway"),
        ("«Le port restera ouvert», a déclaré le maire, Tomas Vrba.", "Le port restera ouvert", "Tomas Vrba"),
        ("«Volveremos pronto», dijo Lucia Ferro, and the crowd cheered.", "Volveremos pronto", "Lucia Ferro"),
        # a name before the comma keeps the role after it out of the mention
        (
            "„Das ist ein Sieg für alle Mieter“, sagte Petra Lindemann, Sprecherin der Initiative Nordkiez, "
            "nach dem Urteil.",
            "Das ist ein Sieg für alle Mieter",
            "Petra Lindemann",
        ),
        (
            "« Nous ne reculerons pas », a déclaré Karim Benali, secrétaire général du syndicat des dockers, "
            "devant la capitainerie.",
            "Nous ne reculerons pas",
            "Karim Benali",
        ),
    ],
)
def test_verb_of_saying_of_the_quotes_language_after_it(nlp, text: str, content: str, speaker: str) -> None:
    """A quote in German, French or Spanish marks closed by a verb of saying of that
    language, inverted as there (`sagte X`, `a déclaré X`, `dijo X`), is the words of
    the person named last in the phrase after the verb."""
    quotes = run(nlp, text)
    q = find(quotes, E("direct", content, None))
    assert q.type == "direct" and q.speaker_mention is not None and q.speaker_mention.text == speaker, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The toll was described by Tomas Vrba as “daylight robbery”.", "as “daylight robbery”", "Tomas Vrba"),
        ("The timetable was criticised by Ines Calloway as “chaotic”.", "as “chaotic”", "Ines Calloway"),
        # the parser may hang the as-phrase on the agent
        ('The ferry deal was welcomed by dockers as "a step forward".', 'as "a step forward"', "Dockers"),
        ('The fare rise was condemned by students as "daylight robbery".', 'as "daylight robbery"', "Students"),
    ],
)
def test_subject_of_a_passive_with_a_quoted_description_is_no_second_item(
    nlp, text: str, content: str, speaker: str
) -> None:
    """`The toll was described by X as "daylight robbery"`: the quoted description is
    the item; the passive's subject is what it describes, not a content of its own."""
    quotes = run(nlp, text)
    check(quotes, E("mixed", content, speaker))
    assert len(quotes) == 1, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The club, noting that attendance had slumped, cut ticket prices.", "attendance had slumped"),
        ("The theatre, noting that sales had slumped, cut ticket prices.", "sales had slumped"),
    ],
)
def test_subjects_predicate_read_into_a_participle_aside_is_cut(nlp, text: str, content: str) -> None:
    """`The club, noting that attendance had slumped, cut ticket prices`: the parser,
    finding no verb for the subject, reads its predicate ("cut") into the aside's
    clause; the content ends at the comma that closes the aside."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None, fuzzy=False))


def test_backshifted_would_conjunct_of_a_reported_clause_is_more_of_it(nlp) -> None:
    """`said he was satisfied ... but would ask the auditor to review it`: the conjunct
    with "would" and no subject of its own is the reported clause's second predicate in
    the past of reported speech, so one report, not a second one cued by "would ask"."""
    text = "Tomas Vrba said he was satisfied with the answers for now but would ask the auditor to review the accounts."
    quotes = run(nlp, text)
    check(quotes, E("indirect", "he was satisfied with the answers for now but would ask the auditor to review the accounts", "Tomas Vrba"))
    assert len(quotes) == 1, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Ines Calloway says the files were private and not work-related, but for her rivals, it is a sign of a cover-up.",
            "the files were private and not work-related",
        ),
        ("Lena Ortiz has said the port should stay open, and has backed a plan to sell it.", "the port should stay open"),
        ('Her daughter said the sentence was "a start", but that the family had lost two years.', 'the sentence was "a start", but that the family had lost two years'),
    ],
)
def test_writers_conjunct_after_a_reported_clause_is_cut(nlp, text: str, content: str) -> None:
    """`says the files were private, but for her rivals, it is a sign of a cover-up`: a
    contrast with a subject of its own is the writer's; `has said the port should stay
    open, and has backed a plan`: a finite verb with no subject after a reported modal is
    the speaker's next act. With "that" (`but that the family had lost ...`) the report
    goes on."""
    quotes = run(nlp, text)
    find(quotes, E(None, content, None, fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Tomas Vrba is making an impassioned case to a gathering of dock workers that he is the candidate who can fix the port.",
            "he is the candidate who can fix the port",
            "Tomas Vrba",
        ),
        ("Ines Calloway made her argument to the board that the fees were too high.", "the fees were too high", "Ines Calloway"),
    ],
)
def test_that_clause_after_the_addressee_of_a_reporting_noun(nlp, text: str, content: str, speaker: str) -> None:
    """`made the case to dock workers that he can fix the port`: the parser hangs the
    that-clause after the addressee's to-phrase on its last noun as a relative clause;
    a "that" opening a clause with its own subject is the noun's complementizer."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None, fuzzy=False))
    assert q.speaker == speaker, show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "\"Ready?\" the coach asked his players.",
        "The skipper asked his teammates after the match.",
        "\"Any questions?\" the headteacher asked the pupils.",
    ],
)
def test_team_or_class_after_ask_is_the_addressee(nlp, text: str) -> None:
    """"asked his players", "asked the pupils": people in a team, a class or a room are
    who was asked, not what was asked; no indirect item from the object."""
    quotes = run(nlp, text)
    assert all(q.type == "direct" for q in quotes), show(quotes)


def test_relative_that_after_the_addressee_is_no_content(nlp) -> None:
    """`gave a speech to the workers that they had heard before`: a relative "that"
    (the clause's object) opens no report."""
    quotes = run(nlp, "Lena Ortiz gave a speech to the workers that they had heard before.")
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ('Ines Calloway decried the "cowards and profiteers who run the port."', 'the "cowards and profiteers who run the port."', "Ines Calloway"),
        ('Tomas Vrba denounced his rival\'s "reckless and vain gamble with the harbour."', 'his rival\'s "reckless and vain gamble with the harbour."', "Tomas Vrba"),
    ],
)
def test_quoted_object_of_a_content_frame_opened_outside_the_marks(nlp, text: str, content: str, speaker: str) -> None:
    """`decried the "cowards and profiteers who run the port"`: an object noun inside
    marks whose phrase opens outside them is a quoted fragment of the frame's content
    (a mixed item), not a quotation standing for the slot."""
    quotes = run(nlp, text)
    q = find(quotes, E("mixed", content, None))
    assert q.speaker == speaker, show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Ann Roe noted that the levy is central to the plan, reported the Boston Ledger.",
        "The union's president Ann Roe noted that the tax – what her union calls a fair share – "
        "is central to the party's plan this year, reported the Daily Ledger.",
    ],
)
def test_postposed_reporting_verb_reports_no_name(nlp, text: str) -> None:
    """`..., reported the Daily Ledger.`: the name after a subjectless reporting verb set
    after the report is its source (an inverted lead), not something reported. Either
    the inner report is kept, or (when the inverted cue is rerooted over the clause, as
    `..., the Daily Ledger reported.` is read) the paper's report whose content holds
    it, which is PolNeAR's reading of this shape on train."""
    quotes = run(nlp, text)
    assert not any("Ledger" in q.content.text for q in quotes), show(quotes)
    assert any(
        q.cue is not None
        and (q.cue.text == "noted" or q.cue.text == "reported" and "Ledger" in (q.speaker or "") and "noted" in q.content.text)
        for q in quotes
    ), show(quotes)


def test_reporting_verb_joined_by_and_keeps_its_object(nlp) -> None:
    """`..., and reported the Ledger story`: with a conjunction the verb is a second act of
    the same subject, and its object is what it reports."""
    quotes = run(nlp, "Ann Roe noted that the levy is central to the plan, and reported the Ledger story.")
    find(quotes, E("indirect", "the Ledger story", "Ann Roe"))


@pytest.mark.parametrize(
    "text",
    [
        '"It was booming," Ms. Ortiz said, pointing out where the hardware store and the bakery used to be.',
        "''Thirty years ago, it was booming,'' Ms. Ortiz said, pointing out where Calder's hardware store, "
        "the pharmacy and the five-and-dime used to be.",
        "Ms. Ortiz pointed out where the old mill stood.",
    ],
)
def test_pointing_out_a_place_reports_nothing(nlp, text: str) -> None:
    """`pointing out where the store used to be`: a place shown with the hand, not a claim."""
    quotes = run(nlp, text)
    assert not any(q.content.text.startswith("where") for q in quotes), show(quotes)


def test_pointing_out_where_something_falls_short_is_said(nlp) -> None:
    """`pointed out where the budget falls short`: the where-clause says something of its subject."""
    quotes = run(nlp, "Ms. Ortiz pointed out where the budget falls short.")
    find(quotes, E("indirect", "where the budget falls short", "Ms. Ortiz"))


@pytest.mark.parametrize(
    "text",
    [
        "Calder was elected in 2006, a wave year that saw the party take over the council.",
        "The 2010 election saw turnout fall to a record low.",
    ],
)
def test_a_time_that_saw_something_happen_reports_nothing(nlp, text: str) -> None:
    """`a year that saw the party take over`: what happened then, perceived by no one."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Voters saw the party take over the council.", "the party take over the council", "Voters"),
        ("Customers may soon see prices return to normal.", "prices return to normal", "Customers"),
    ],
)
def test_people_who_see_something_happen_keep_the_item(nlp, text: str, content: str, speaker: str) -> None:
    """`voters saw the party take over`: a perceiver's view, kept (PolNeAR annotates it)."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.speaker_mention is not None and q.speaker_mention.text == speaker, show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "It was a concern that Ortiz and Vrba would echo again and again.",
        "The result is a sentence I never thought I'd write: the mayor understands ferries better than the council.",
        "Ortiz elaborated on the message she felt the council was seeking to convey:",
        "Many activists dislike term limits - a position that Ortiz, whose base is the one that backed Vrba, "
        "advocated over the weekend.",
    ],
)
def test_relative_clause_missing_its_message_reports_nothing(nlp, text: str) -> None:
    """`a concern that Ortiz would echo`: the clause lacks the object of its message verb,
    which is the noun it hangs on; "that" is a relative pronoun, not a complementizer."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ortiz said she would write.", "she would write"),
        ("It was a concern that Vrba would echo the council's plan.", "Vrba would echo the council's plan"),
        ("It was a concern that the ferry would close.", "the ferry would close"),
    ],
)
def test_message_verb_with_its_object_or_on_no_noun_is_kept(nlp, text: str, content: str) -> None:
    """A message verb that has its object, or a clause hung on no noun, is still reported."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None))


# -- interview answers ---------------------------------------------------------------------------

QA_INTERVIEW = (
    "Glass on the shore: a talk with Oskar Brandvold\n"
    "Interview by Petra Lund\n\n"
    "Oskar Brandvold has blown glass in Tromsø for thirty years. Oskar Brandvold spoke to us "
    "from his workshop.\n\n"
    "Q: Why glass?\n"
    "A: Because it forgives nothing. You see every mistake the moment you make it.\n\n"
    "Q: Do you still sell in the market?\n\n"
    "A: Every Saturday, rain or snow. My father stood at the same stall.\n\n"
    "He sold lamps there until he was eighty.\n\n"
    "Q: What comes next?\n\n"
    "A: A window for the new library.\n\n"
    "His next exhibition opens in March."
)


@pytest.mark.parametrize(
    "content",
    [
        "Because it forgives nothing. You see every mistake the moment you make it.",
        "Every Saturday, rain or snow. My father stood at the same stall.\n\nHe sold lamps there until he was eighty.",
        "A window for the new library.",
    ],
)
@pytest.mark.parametrize("stop", [":", "."])
def test_answers_of_a_question_and_answer_interview(nlp, content: str, stop: str) -> None:
    """Each "A:" answer after a "Q:" line is a direct item of the one interviewed; an
    answer goes on over unlabelled paragraphs up to the next question, and the last one
    stops at its paragraph (the prose after it is the writer's). The New York Times
    writes the labels "Q." and "A.": the same turns, and the "I" of an answer is the
    one interviewed there too, not the byline's writer."""
    text = QA_INTERVIEW.replace("Q:", "Q" + stop).replace("A:", "A" + stop)
    doc = nlp(pipeline.make_doc(nlp, text, author="Petra Lund"))
    quotes = doc._.quotes
    check(quotes, E("direct", content, "Oskar Brandvold", mention="A"))
    assert not any("exhibition" in q.content.text or "Why glass" in q.content.text for q in quotes), show(quotes)
    assert "Petra Lund" not in {q.speaker for q in quotes}, show(quotes)


@pytest.mark.parametrize("stop", [":", "."])
def test_answer_label_without_a_question_is_no_turn(nlp, stop: str) -> None:
    """"A:" with no question line before it is no interview's answer ("A: Yes" in a list,
    "A. Every Saturday" as an outline's first point)."""
    text = f"Ingrid Moe runs the ferry.\n\nA{stop} Every Saturday, rain or snow, the boat leaves at six."
    quotes = run(nlp, text)
    assert not any(q.type == "direct" for q in quotes), show(quotes)


# -- speakers in web-page layouts ----------------------------------------------------------------

PAGE_SPEAKERS = {
    # a name set off by commas after an opening phrase, hung by the parser on the noun
    # before it, then a describing noun: the name speaks, not "a farmer"
    "name-then-describing-noun-after-an-opening-phrase": (
        "At a relief camp in Dhemaji town, Mira Osei, a farmer, said her family had lost its crop.",
        E("indirect", "her family had lost its crop", "Mira Osei", mention="Mira Osei"),
    ),
    # a capitalised title owned by a country, then the name set off: the name speaks
    "country-owned-title-then-name": (
        "Norway's Minister of Fisheries, Oskar Brandvold, welcomed the deal, saying it would save the fleet.",
        E("indirect", "it would save the fleet", "Oskar Brandvold"),
    ),
    # a Title Case headline's English words ("Outcry") are no person for "the mayor"
    "title-case-headline-words-are-nobody": (
        "Council Pledges Review of Ferry Fares After Outcry\n\n"
        "The mayor said on Monday that he would order a review of the fares.\n\n"
        '"We owe people answers," Mayor Tomas Vrba said.',
        E("indirect", "he would order a review of the fares", "Tomas Vrba"),
    ),
    # "One of them, <name>, said": the name set off after "one of ..." speaks (the
    # parser may make it a conjunct of "one")
    "name-after-one-of-them": (
        "More than 300 people signed up to speak. One of them, Gloria Fuentes, a home health aide from "
        "the Eastfield neighborhood, said she already spent a tenth of her income on fares.",
        E("indirect", "she already spent a tenth of her income on fares", "Gloria Fuentes", mention="Gloria Fuentes"),
    ),
    "name-tagged-a-place-after-one-of-them": (
        "One of them, Ines Calloway, said the ferry must stay.",
        E("indirect", "the ferry must stay", "Ines Calloway"),
    ),
    # a picture agency in a photo credit is no body of the story for "the company"
    "picture-agency-in-a-credit-is-no-body": (
        "Coffee chain Brewline is to close 140 shops.\n\n"
        "A closed Brewline shop in Leeds. Image source: Getty Images\n\n"
        "The company said it would try to redeploy staff to nearby branches.",
        E("indirect", "it would try to redeploy staff to nearby branches", None),
    ),
    # the print-edition note repeating the headline is no second mention of its words
    "headline-repeated-in-a-print-note-is-still-headline-words": (
        "Council Pledges Review of Ferry Fares After Outcry\n\n"
        "The mayor said on Monday that he would order a review of the fares.\n\n"
        '"We owe people answers," Mayor Tomas Vrba said.\n\n'
        "A version of this article appears in print on Page A18 with the headline: "
        "Council Pledges Review of Ferry Fares After Outcry.",
        E("indirect", "he would order a review of the fares", "Tomas Vrba"),
    ),
    # a byline name the model tags a body is the writer, not "the company"
    "byline-name-is-no-body-for-the-company": (
        "Bakery chain Ostmark to close 40 shops\nBy Naledi Khumalo\n\n"
        "Ostmark, the bakery chain, will close 40 shops, the company said on Thursday.",
        E("indirect", "Ostmark, the bakery chain, will close 40 shops", None),
    ),
}


@pytest.mark.parametrize(("text", "expected"), list(PAGE_SPEAKERS.values()), ids=list(PAGE_SPEAKERS))
def test_speakers_in_web_page_layouts(nlp, text: str, expected: E) -> None:
    q = find(run(nlp, text), expected)
    assert q.speaker not in ("Naledi Khumalo", "Getty Images"), q
    if expected.speaker is not None:
        check(run(nlp, text), expected)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Fishermen voted to end the strike.\n\n"
            "\u2014No es lo que pedíamos, pero es un paso \u2014dijo Lucia Ferro, portavoz del gremio, al salir.",
            "No es lo que pedíamos, pero es un paso",
            "Lucia Ferro",
        ),
        (
            "\u2014Hicimos un esfuerzo enorme \u2014afirmó Ferro en una conferencia de prensa.",
            "Hicimos un esfuerzo enorme",
            "Ferro",
        ),
        ("„Wir machen weiter“, sagte Holger Brandis am Montag.", "Wir machen weiter", "Holger Brandis"),
    ],
)
def test_dialogue_dash_and_name_before_lowercase_words(nlp, text: str, content: str, speaker: str) -> None:
    """Spanish dialogue set off by dashes (`—... —dijo X`) is X's direct item, and a
    name right after a foreign verb of saying ends where the clause goes on in lowercase
    (`afirmó Ferro en una conferencia`)."""
    quotes = run(nlp, text)
    q = find(quotes, E("direct", content, None))
    assert q.speaker_mention is not None and q.speaker_mention.text == speaker, show(quotes)


def test_reason_clause_after_a_verb_of_writing_is_no_content(nlp) -> None:
    """`I am writing because the new timetable will strand us`: the because-clause says
    why the writer writes, not what is written; "because of" may open a content."""
    text = "I am writing because the federal government's new pricing formula, announced last month, will make that work impossible."
    quotes = run(nlp, text)
    assert not any(q.content.text.startswith("because") for q in quotes), show(quotes)


def test_because_clause_after_that_is_said(nlp) -> None:
    """After "said that" a content opening on a because-clause is still what was said."""
    quotes = run(nlp, "The mayor said that because ferries are late does not mean ferries are useless.")
    assert any("ferries are useless" in q.content.text for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # the inverted cue hung on the clause as a conjunct after the clause's own "but"
        (
            "In nearby Halden, the old paper mill is holding on, but it is under heavy pressure "
            "from cheap imports, said the firm's managing director, Ada Ruiz.",
            "the old paper mill is holding on, but it is under heavy pressure from cheap imports",
            "Ada Ruiz",
        ),
        # "told" with the hearer and the day after it, the clause read as its own sentence
        (
            "This includes a new ferry to serve the northern islands, Transport Minister Ada Ruiz "
            "told a council panel Thursday.",
            "This includes a new ferry to serve the northern islands",
            "Ada Ruiz",
        ),
    ],
)
def test_clause_before_a_closing_attribution_is_reported(nlp, text: str, content: str, speaker: str) -> None:
    """`..., the firm's director said.`: a sentence closing on its speaker and a speech
    verb reports the clause before the comma, however the parser hung the two."""
    quotes = run(nlp, text)
    check(quotes, E("indirect", content, speaker))


@pytest.mark.parametrize(
    "text",
    [
        "The family has lived in Halden for three years, and though they speak little Danish, their smiles said a lot.",
        "Though the council kept quiet about the timing, the mayor said nothing.",
        "But when the council cut funding for the ferry pilot two years later, Halden said enough.",
    ],
)
def test_closing_verb_without_a_speaker_or_with_a_conjunction_reports_nothing_before_it(nlp, text: str) -> None:
    """A subject that cannot speak, or a clause joined by "and" or opened by "though" or
    "when", is no report closed by its attribution."""
    quotes = run(nlp, text)
    assert not any(q.content.text.startswith(("The family", "Though", "But when")) for q in quotes), show(quotes)


def test_question_opening_a_paragraph_after_a_quote_is_no_inversion(nlp) -> None:
    """`..." / Asked about the charges, Ruiz said ...`: the quote closing the paragraph
    before does not make the participle opening the next one an inverted cue; what was
    asked about is reported."""
    text = (
        'The mayor spoke at the pier. "We will not give up the ferries," Ada Ruiz said. '
        '"The harbour is our history."\n\n'
        "Asked about the council's charges, Ruiz said that the harbour would stay open until May."
    )
    quotes = run(nlp, text)
    check(quotes, E("indirect", "the council's charges", None))  # (asked of Ruiz: not hers)


def test_finding_closing_its_sentence_reports_the_clause_before_it(nlp) -> None:
    """`..., a poll by the Courier found.`: a finding verb closing the sentence after its
    source reports the clause before the comma, as a speech verb does."""
    text = "Ninety percent of Halden fishermen have an unfavourable view of the new quotas, a poll by the Courier found."
    quotes = run(nlp, text)
    q = check(quotes, E("indirect", "Ninety percent of Halden fishermen have an unfavourable view of the new quotas", "Courier"))
    assert q.cue is not None and q.cue.text == "found", show(quotes)
    assert not any(q.content.text == "the new quotas" for q in quotes), show(quotes)


def test_records_show_read_as_a_noun_phrase_still_report(nlp) -> None:
    """`..., campaign finance records show.`: "records show" closing the sentence, read
    by the parser as one noun phrase, is a source and its verb."""
    text = "A company called Norvane Shipping gave $4,000 to the mayor's fund on May 2, 2015, campaign finance records show."
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "A company called Norvane Shipping gave $4,000 to the mayor's fund on May 2, 2015", None))
    assert q.cue is not None and q.cue.text == "show", show(quotes)


def test_second_report_hung_on_the_first_cue_is_its_own_item(nlp) -> None:
    """`said A, and three-quarters said the same of B`: the parser hangs the second
    report on the first cue as a clause it reports; the first content ends at the comma
    and the second report stands alone."""
    text = "Six in 10 Halden voters said Ruiz is honest and trustworthy, and three-quarters said the same of Vrba."
    quotes = run(nlp, text)
    first = find(quotes, E("indirect", "Ruiz is honest and trustworthy", None))
    assert first.content.text == "Ruiz is honest and trustworthy", show(quotes)
    find(quotes, E("indirect", "the same of Vrba", None))


def test_trailing_source_after_a_relative_clause_in_a_report_vouches_for_that_clause(nlp) -> None:
    """`Ruiz says the gap will close, which stood at 40 percent, according to the port
    authority`: the report is the speaker's and ends before the relative clause; the
    source vouches only for the relative clause."""
    text = (
        "Earlier Tuesday, the harbour master, Ada Ruiz, says the port can still close the gap in cargo "
        "volumes, which stood at 40 percent last year, according to the port authority."
    )
    quotes = run(nlp, text)
    said = check(quotes, E("indirect", "the port can still close the gap in cargo volumes", "Ada Ruiz"))
    assert said.content.text.endswith("volumes"), show(quotes)
    vouched = find(quotes, E("indirect", "which stood at 40 percent last year", None))
    assert vouched.cue is not None and vouched.cue.text == "according to", show(quotes)


def test_speech_verb_set_off_before_the_clause_it_hangs_on_reports_it(nlp) -> None:
    """`Every Friday, the former clerk told the Courier, Ruiz would chair the meeting`:
    with no "that" and no marks, the parser hangs the cue on the clause after it as an
    adverbial clause; the cue, its speaker and hearer set off by a comma, reports it."""
    text = (
        "And yet every Friday, from noon to four, the former harbour clerk told the Halden Courier, "
        "Ruiz would chair a meeting in which she would decide on berth fees and even the titles of junior clerks."
    )
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "Ruiz would chair a meeting in which she would decide on berth fees and even the titles of junior clerks", None))
    assert q.cue is not None and q.cue.text == "told", show(quotes)
    assert q.speaker_mention is not None and q.speaker_mention.text == "the former harbour clerk", show(quotes)


def test_clause_opened_by_when_is_no_leading_report(nlp) -> None:
    """`When two firms write an agreement, ...`: a speech verb in a clause of its own,
    with its object, reports no clause after it."""
    quotes = run(nlp, "When two firms write a licensing agreement, staff benefits are not normally part of the talks.")
    assert not any(q.content.text.startswith("staff benefits") for q in quotes), show(quotes)


def test_if_clause_hung_past_a_when_asked_participle_is_the_question(nlp) -> None:
    """`who used the same words when asked in May if she would endorse Vrba`: the parser
    hangs the if-clause on the verb the participle modifies; it is what was asked, not
    the bare object of the verb inside it."""
    quotes = run(nlp, "She was echoing Ruiz, who used the same words when asked in May if she would endorse Vrba.")
    q = find(quotes, E("indirect", "if she would endorse Vrba", None))
    assert q.cue is not None and q.cue.text == "asked", show(quotes)
    assert not any(q.content.text == "Vrba" for q in quotes), show(quotes)


def test_same_parsed_as_a_subject_after_the_verb_is_what_was_said(nlp) -> None:
    """`Last month, 26 percent said the same.`: the parser makes "the same" after the
    verb a second subject; it is the report pointing back, as an object is."""
    quotes = run(nlp, "Thirty percent of voters say they trust the mayor. Last month, 26 percent said the same.")
    q = find(quotes, E("indirect", "the same", None, fuzzy=False))
    assert q.cue is not None and q.cue.text == "said", show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials in Vilnius said the ring road would reopen on Friday.", "the ring road would reopen on Friday"),
        ("Investigators in Kyiv said at least nine drones had been downed.", "at least nine drones had been downed"),
        ("Farmers in Batticaloa said the monsoon had arrived late.", "the monsoon had arrived late"),
        ("Teachers in Kandy said the schools would reopen.", "the schools would reopen"),
    ],
)
def test_people_in_a_city_the_tagger_calls_a_body_are_not_the_city(nlp, text: str, content: str) -> None:
    """`Officials in Vilnius said`: the tagger often labels a city an organisation (or a
    person: "Kandy"); a lone proper noun with no article after "in" is still the place
    the unnamed people are in, and the speaker is the people, not the city."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.speaker_mention is not None and q.speaker_mention.text.split()[0] in ("Officials", "Investigators", "Farmers", "Teachers"), show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "At the budget hearing, the finance minister was blunt:\n\n"
        "We have spent the reserve twice over. Our auditors will not sign another deficit.",
        "Mayor Tove Lind was in no mood for excuses:\n\nWe have waited long enough. Our patience has run out.",
    ],
)
def test_colon_line_with_no_speech_verb_hands_a_first_person_block_to_its_subject(nlp, text: str) -> None:
    """A colon closing a sentence with no verb of saying (`the finance minister was blunt:`)
    before a paragraph with no marks that speaks as "I" or "we": the paragraph is the
    subject's direct quotation, as it would be in marks."""
    quotes = run(nlp, text)
    body = text.split("\n\n")[1].rstrip(".")
    q = find(quotes, E("direct", body, None))
    assert q.speaker_mention is not None and q.speaker_mention.text.split()[-1] in ("minister", "Lind"), show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The council has three options:\n\nSell the depot, lease it or close it for good.",
        "The treasurer was blunt:\n\nThe reserve has been spent twice over.",
    ],
)
def test_colon_line_with_no_speech_verb_leaves_other_blocks_alone(nlp, text: str) -> None:
    """Without a verb of saying, a paragraph after a colon that does not speak in the
    first person (a list of options, a plain statement) is not made a quotation."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Here is what we know so far about the derailment:\n\nThe train left Pellham at 6.40am with 212 passengers on board.",
        "This is what we have learned about the suspect:\n\nHe moved to the city in 2019 and worked nights at a bakery.",
    ],
)
def test_newsroom_we_finding_out_before_a_colon_introduces_no_quotation(nlp, text: str) -> None:
    """`Here is what we know so far:` is the newsroom's own voice introducing its
    findings: the paragraph after it is the writer's, no quotation of "we"."""
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.type == "direct"], show(quotes)


def test_speaker_who_knows_still_introduces_a_block_quote(nlp) -> None:
    """A named speaker's verb of saying before the colon still hands over the block."""
    text = "The minister said:\n\nWe know the risks of the new port and we accept them."
    quotes = run(nlp, text)
    find(quotes, E("direct", "We know the risks of the new port and we accept them", None))


@pytest.mark.parametrize(
    ("text", "question", "answer", "who"),
    [
        (
            "Asked whether he would resign, Mayor Tomas Vinter said he had no plans to step down.",
            "whether he would resign",  # (PolNeAR keeps the "whether": 33 of 33 after "asked")
            "he had no plans to step down",
            "Tomas Vinter",
        ),
        (
            "When asked about the budget, Vinter said the council would vote in May.",
            "the budget",
            "the council would vote in May",
            "Vinter",
        ),
        (  # the participle after the verb it modifies
            "Mayor Tomas Vinter said the council would vote in May when asked about the budget.",
            "the budget",
            "the council would vote in May",
            "Tomas Vinter",
        ),
        (  # set off between the subject and its verb (parsed as "Vinter asked")
            "Mayor Tomas Vinter, asked about the budget, said the council would vote in May.",
            "the budget",
            "the council would vote in May",
            "Tomas Vinter",
        ),
    ],
)
def test_a_question_put_to_the_speaker_is_not_theirs(nlp, text: str, question: str, answer: str, who: str) -> None:
    """`Asked whether he would resign, Vinter said ...`: the question is reported (PolNeAR
    annotates it, mostly with no source), but Vinter was asked it: who asked is not said,
    so it goes to no one rather than into Vinter's quotes. His answer is his."""
    quotes = run(nlp, text)
    check(quotes, E("indirect", question, None, fuzzy=False))
    check(quotes, E("indirect", answer, who, cue="said", fuzzy=False))


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            'Harbour master Lena Kovac told reporters when asked about the storm: "The ferries stay in port."',
            "The ferries stay in port.",
            "told",
        ),
        (
            "Harbour master Lena Kovac said when asked about the storm that the ferries would stay in port.",
            "the ferries would stay in port",
            "said",
        ),
    ],
)
def test_what_the_one_asked_says_is_cued_by_their_verb(nlp, text: str, content: str, cue: str) -> None:
    """`Kovac told reporters when asked about the storm: "..."`: the words are what she
    told them, cued by "told", not by the question participle after it; and a that-clause
    the parser hung on "asked" is still what she said, with her as the speaker."""
    quotes = run(nlp, text)
    check(quotes, E("direct" if content[0].isupper() else "indirect", content, "Lena Kovac", cue=cue, fuzzy=False))
    assert not [q for q in quotes if q.content.text == "the storm" and q.speaker], "the question is not hers"


def test_answer_after_a_question_put_to_the_speaker_is_theirs(nlp) -> None:
    """`Asked whether ..., she paused. "..."`: the question goes to no one, but the one
    asked (the clause's subject) answers, and the quotation after it is hers."""
    text = (
        "Harbour master Lena Kovac said that she would meet the minister on Thursday.\n\n"
        "Asked whether the ferry could survive a winter without subsidies, she paused. "
        '"It would survive. Whether the crews would stay is another question."'
    )
    quotes = run(nlp, text)
    check(quotes, E("indirect", "whether the ferry could survive a winter without subsidies", None, fuzzy=False))
    check(quotes, E("direct", "It would survive. Whether the crews would stay is another question.", "Lena Kovac"))


@pytest.mark.parametrize(
    "text",
    [
        "The port authority raised its fees on Monday, saying a sharp fall in cargo volumes "
        "and a weaker currency had made the old tariff unworkable.",
        "The bakery closed its doors, saying a long dispute with the landlord and rising flour "
        "prices had made the shop impossible to run.",
    ],
)
def test_coordinated_subject_hung_on_the_cue_stays_in_the_content(nlp, text: str) -> None:
    """`saying A and B had made ...`: the parser may take A for the cue's object and B for
    the clause's subject; the content keeps both halves of its subject."""
    quotes = run(nlp, text)
    first = text.split("saying ")[1].split(" and ")[0]
    assert [q for q in quotes if q.content.text.startswith(first)], show(quotes)


def test_first_person_quote_after_a_pronoun_sentence_in_its_paragraph(nlp) -> None:
    """`He remembers the blizzard of 2010. "We ploughed ..."`: a first-person quotation
    ending its paragraph, right after the paragraph's one sentence of narration with
    "he" as subject, goes on with the person the story follows."""
    text = (
        "The snowplough driver Aldo Brenner has cleared the pass since 1990.\n\n"
        '"The mountain does not care about timetables," he says.\n\n'
        "He remembers the blizzard of 2010, when the pass closed for a week. "
        '"We ploughed for four days without sleep. I have never been so tired."'
    )
    quotes = run(nlp, text)
    check(quotes, E("direct", "We ploughed for four days without sleep. I have never been so tired.", "Aldo Brenner"))


def test_that_read_as_object_of_a_deeper_verb_with_its_own_subject_opens_the_content(nlp) -> None:
    """`told investors on a conference call that she expected the takeover to complete
    in May`: the parser makes "that" the object of "close", a verb deeper in the clause
    with a subject of its own; a phrase after that verb does not make "that" a
    relative pronoun -- it is the cue's complementizer."""
    text = (
        "Ines Calloway runs the firm. Calloway told investors on a conference call that she expected the "
        "takeover to complete in the first half of next year."
    )
    quotes = run(nlp, text)
    check(quotes, E("indirect", "she expected the takeover to complete in the first half of next year", "Ines Calloway", cue="told"))


def test_source_participle_read_as_root_leaves_the_clause_before_the_comma(nlp) -> None:
    """`..., according to one of the largest studies of adolescent sleep yet published`:
    the parser may make the source's participle the root of the sentence; the source
    vouches for the clause before the comma, not for "yet published"."""
    text = (
        "Pupils who sleep an hour less than they need perform noticeably worse on memory and attention "
        "tests, according to one of the largest studies of adolescent sleep yet published."
    )
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.content.text == "yet published"], show(quotes)
    check(
        quotes,
        E("indirect", text.split(", according")[0], None, cue="according to"),
    )


def test_capitals_dateline_with_a_date_between_dashes_is_no_speaker(nlp) -> None:
    """`DUNMORE, Scotland \u2013 2 June 2026 \u2013 Halden College ... today announced ...`:
    the place in capitals and the date between the dashes are the dateline; the body
    after them speaks."""
    text = (
        "DUNMORE, Scotland \u2013 2 June 2026 \u2013 Halden College and Brightwater Power today announced "
        "the launch of a new apprenticeship scheme for engineers."
    )
    quotes = run(nlp, text)
    assert quotes and all(q.speaker_mention is not None and "Halden" in q.speaker_mention.text for q in quotes), show(quotes)


def test_sign_up_consent_sentence_is_no_report(nlp) -> None:
    """`Get the day's top stories in your inbox. By signing up you agree to our privacy
    policy.`: a sign-up box's consent line is page furniture, not "you" agreeing."""
    text = (
        "The harbour board said the ferry would return in May.\n\n"
        "Get the morning's top stories in your inbox. By signing up you agree to our privacy policy.\n\n"
        "The mayor said the delay was regrettable."
    )
    quotes = run(nlp, text)
    assert not [q for q in quotes if "privacy policy" in q.content.text], show(quotes)
    assert len(quotes) == 2, show(quotes)


def test_run_of_lines_with_no_sentence_end_is_read_line_by_line(nlp) -> None:
    """Lines with no full stop (a list, a scraped feed) parse as one long "sentence" in
    which every reporting verb spans the rest of the run: read as one report, the first
    verb's clause swallowed every quotation after it (one mixed item for 300 lines, and
    a walk of the whole run per verb, quadratic in its length). A verb spanning that
    many tokens reports nothing; each line's quotation is its own speaker's."""
    text = "".join(f"Lena Johnson, who was hurt in round {i}, said \u00abJamais\u00bb\n" for i in range(120))
    quotes = run(nlp, text)
    direct = [q for q in quotes if q.type == "direct" and q.content.text.strip("\u00ab\u00bb") == "Jamais"]
    assert len(direct) >= 90, show(quotes[:5])
    # (the lines' last stretch, under the limit, may still read as one report)
    assert sum(len(q.content.text) > 200 for q in quotes) <= 20, show(quotes[:5])


def test_critics_of_a_quoted_title_speak_and_the_title_is_no_report(nlp) -> None:
    """`Critics of the "Rwanda plan" say ...`: the frame noun "critics" is the subject
    of the cue; the plan it is critical of is no second (mixed) report."""
    quotes = run(nlp, 'Critics of the so-called "Rwanda plan" say it is too costly.')
    assert [q.content.text for q in quotes] == ["it is too costly"], show(quotes)
    assert quotes[0].speaker == "Critics", show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        # a guillemet the parser read as a proper noun, subject before a colon
        "\u00bbDas ist nicht akzeptabel\u00ab, sagte the minister, Heike Sommer, in English: "
        "\u00bbThis is not acceptable.\u00ab",
        "The banner read, in capitals: \u201cNO MORE CUTS.\u201d \u201cEnough,\u201d said one nurse.",
    ],
)
def test_no_speaker_mention_is_only_punctuation(nlp, text: str) -> None:
    """A speaker mention names someone: a span of quote marks or punctuation alone is
    no mention (the item may still stand on its cue)."""
    quotes = run(nlp, text)
    for q in quotes:
        if q.speaker_mention is not None:
            assert any(ch.isalnum() for ch in q.speaker_mention.text), show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("'90s music is back, the DJ, Tom Reyes, said.", "'90s music is back"),
        ("'Em all are welcome, the host, Tom Reyes, said.", "'Em all are welcome"),
        ("\u201980s fashion has returned, the designer, Lia Moss, said.", "\u201980s fashion has returned"),
    ],
)
def test_content_keeps_the_apostrophe_of_a_dropped_letter_word(nlp, text: str, content: str) -> None:
    """The apostrophe of `'90s` or `'em` opening a report is part of the word, not a
    quote mark: the content keeps it."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("'Tis the season to be careful, said the fire chief, Ann Boyd.", "'Tis the season to be careful", "Ann Boyd"),
        ("\u2019Twas a hard winter for the herd, the farmer, Ed Lowe, said.", "\u2019Twas a hard winter for the herd", "Ed Lowe"),
    ],
)
def test_fronted_report_opening_with_dropped_it_has_its_cue(nlp, text: str, content: str, speaker: str) -> None:
    """`'Tis` and `'Twas` are "it is" and "it was": a report opening with one is a
    clause like any other (`It is the season ..., said ...`)."""
    quotes = run(nlp, text)
    assert [(q.type, q.content.text, q.speaker) for q in quotes] == [("indirect", content, speaker)], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("'Tis the season,' said Ann Boyd.", "Tis the season,"),
        ("'Twas the best of times,' said Iris Penrose.", "Twas the best of times,"),
    ],
)
def test_single_quotation_opening_with_dropped_it_stays_direct(nlp, text: str, content: str) -> None:
    """The opening mark merged with the dropped letter's apostrophe still opens it."""
    quotes = run(nlp, text)
    assert [(q.type, q.content.text) for q in quotes] == [("direct", content)], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "\u201eUnser Land ist sicher\u201c (\u201cOur country is safe\u201d), the chancellor, Gerda Lang, said.",
        '"Unser Land ist sicher" ("Our country is safe"), said the chancellor, Gerda Lang.',
    ],
)
def test_quotation_with_translation_in_parentheses_keeps_its_cue(nlp, text: str) -> None:
    """The quoted translation in parentheses repeats the quotation: the cue after it
    attributes the quotation, one direct item."""
    quotes = run(nlp, text)
    assert [(q.type, q.content.text, q.speaker) for q in quotes] == [
        ("direct", "Unser Land ist sicher", "Gerda Lang")
    ], show(quotes)


@pytest.mark.parametrize(
    "text",
    ["\u201c\u201cWe are ready,\u201d said Ann Boyd.", "\u201c\u201cWe are ready,\u201d the coach, Ann Boyd, said."],
)
def test_doubled_opening_mark_is_one_opener(nlp, text: str) -> None:
    quotes = run(nlp, text)
    assert [(q.type, q.content.text, q.speaker) for q in quotes] == [("direct", "We are ready,", "Ann Boyd")], show(quotes)


def test_ptb_quotation_with_doubled_possessive_inside_is_one_direct_item(nlp) -> None:
    quotes = run(nlp, "``The Giants'' defence was superb,'' said the coach, Vince Lombardo.")
    assert [(q.type, q.content.text, q.speaker) for q in quotes] == [
        ("direct", "The Giants'' defence was superb,", "Vince Lombardo")
    ], show(quotes)


@pytest.mark.parametrize(
    ("dash", "first_role", "second_role"),
    [
        ("--", "Chief Financial Officer", "President and Chief Executive Officer"),
        ("-", "CFO:", "CEO"),
        ("\u2014", "Chief Financial Officer", "Chief Executive Officer"),
    ],
)
def test_earnings_call_speaker_lines_give_the_answers_speaker(nlp, dash: str, first_role: str, second_role: str) -> None:
    """An earnings-call transcript names each speaker on a line of its own (`Jane Wu
    -- Chief Financial Officer`); the paragraph after it is that person's answer."""
    text = (
        "Northwind Corp held its quarterly call on Tuesday. Below is a partial transcript.\n\n"
        f"Jane Wu {dash} {first_role}\n\n"
        "Margins improved by two points as fuel costs fell in the quarter.\n\n"
        f"Mark Ortiz {dash} {second_role}\n\n"
        "Demand in Asia remains strong, and we are hiring engineers."
    )
    quotes = [q for q in run(nlp, text) if q.type == "direct"]
    assert [(q.content.text, q.speaker) for q in quotes] == [
        ("Margins improved by two points as fuel costs fell in the quarter.", "Jane Wu"),
        ("Demand in Asia remains strong, and we are hiring engineers.", "Mark Ortiz"),
    ], show(quotes)


def test_lone_contact_line_with_a_role_is_no_transcript(nlp) -> None:
    """A press release's single `Name - Role` contact line opens no turn."""
    text = (
        "Northwind Corp opened a depot in Leeds on Monday.\n\n"
        "Jane Wu - Head of Communications\n\n"
        "Northwind employs 4,000 people in twelve countries."
    )
    assert [q for q in run(nlp, text) if q.type == "direct"] == []


@pytest.mark.parametrize(
    ("lead", "mention"),
    [
        ("The coroner's conclusion was damning:", "The coroner's"),
        ("Ruth Hale's assessment was scathing:", "Ruth Hale's"),
        ("The coroner's verdict was blunt:", "The coroner's"),
    ],
)
def test_colon_block_after_a_judgement_noun_is_its_owners(nlp, lead: str, mention: str) -> None:
    """`The coroner's conclusion was damning:` closing a paragraph hands the unmarked
    paragraph below to the conclusion's owner, as `Her message was simple:` does."""
    text = (
        f"The inquest into the crash ended on Friday. {lead}\n\n"
        "The pilots ignored three warnings and the airline failed to train them properly.\n\n"
        "The airline said it would appeal."
    )
    quotes = [q for q in run(nlp, text) if q.type == "direct"]
    assert [(q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("The pilots ignored three warnings and the airline failed to train them properly", mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tomas Vrba questioned the loan from the ferry company (fair questions, in my view).",
            "the loan from the ferry company",
        ),
        (
            "Ines Calloway said the council would sell the old pier (the board had voted against that last year).",
            "the council would sell the old pier",
        ),
    ],
    ids=["writers-verdict", "writers-background"],
)
def test_closing_aside_in_parentheses_is_the_writers(nlp, text: str, content: str) -> None:
    """A bracketed aside of several words closing a reported content is the writer's
    remark on what was reported (a verdict, some background), not more of it."""
    quotes = [q for q in run(nlp, text) if q.type == "indirect"]
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ines Calloway said Sen. Tom Reilly (D-Kent) would back the ferry levy.", "Sen. Tom Reilly (D-Kent) would back the ferry levy"),
        ("Tomas Vrba praised the Harbour Transit Authority (HTA).", "the Harbour Transit Authority (HTA)"),
    ],
    ids=["party-tag-mid-content", "short-acronym"],
)
def test_short_or_inner_parentheses_stay_in_the_content(nlp, text: str, content: str) -> None:
    """A party tag inside the content, or a one-word acronym closing it, is part of
    the name it follows."""
    quotes = [q for q in run(nlp, text) if q.type == "indirect"]
    assert [q.content.text for q in quotes] == [content], show(quotes)


def test_bracketed_aside_holding_its_own_cue_keeps_its_report(nlp) -> None:
    """`... from his father's (with one exception, friends say: ...)`: the cue inside
    the brackets reports the aside itself; the clause before the bracket is not made
    its content by cutting the aside off."""
    text = (
        "His views are plainer than his brother's, and they are different from his "
        "father's (with one exception, friends say: the harbour levy)."
    )
    quotes = [q for q in run(nlp, text) if q.type == "indirect"]
    assert [q.content.text for q in quotes] == ["with one exception"], show(quotes)

@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "The study said rents had risen by 9% and warned that more families faced eviction.",
            "rents had risen by 9%",
            "more families faced eviction",
        ),
        (
            "The survey said fares had risen by 9% and warned that more commuters faced hardship.",
            "fares had risen by 9%",
            "more commuters faced hardship",
        ),
    ],
)
def test_second_cue_with_its_own_that_clause_after_and_is_its_own_report(
    nlp, text: str, first: str, second: str
) -> None:
    """`said A and warned that B`: the parser may hang "warned" on "said" as one more
    clause it reports; with its own that-clause after the "and" it is the same speaker's
    next report (first case). The first content ends before the "and" and keeps the "%"
    of its amount (both cases)."""
    quotes = run(nlp, text)
    said = find(quotes, E("indirect", first, None))
    assert said.content.text == first, show(quotes)
    warned = find(quotes, E("indirect", second, None))
    assert warned.speaker_mention is not None and warned.speaker_mention == said.speaker_mention, show(quotes)


def test_statement_by_its_author_names_the_author_in_the_mention(nlp) -> None:
    """`A statement by the harbour authority said ...`: "by" names who issued the
    statement, as "from" does; the speaker mention takes it in."""
    text = "A statement by the harbour authority said the ferry terminal would reopen on Monday."
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", "the ferry terminal would reopen on Monday", None))
    assert q.speaker_mention is not None and q.speaker_mention.text == "A statement by the harbour authority", show(
        quotes
    )


@pytest.mark.parametrize(
    "text",
    [
        "The castle, said to be the oldest in Wales, attracts thousands of visitors every year.",
        "The ferry captain, said to have been drinking, was arrested on Monday.",
        "Most people cannot tell the difference between the two wines.",
        "Nobody on the quay could tell the twins apart.",
    ],
)
def test_hearsay_aside_and_telling_apart_report_nothing(nlp, text: str) -> None:
    """A bare "said to be" set off after a noun is the writer passing on hearsay with no
    one who said it; "tell the difference", "tell apart" is distinguishing, not telling."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


def test_passive_said_to_have_still_reports(nlp) -> None:
    """With "is" before it, "said to have" stays a (sourceless) passive report."""
    quotes = run(nlp, "The ferry captain is said to have left the country last week.")
    assert any("to have left the country last week" in q.content.text for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The ferry captain professed his innocence throughout the trial.", "his innocence"),
        ("Ms Ruiz professes that she has never heard of the firm.", "she has never heard of the firm"),
    ],
)
def test_profess_is_a_speech_verb(nlp, text: str, content: str) -> None:
    """"professed his innocence", "professes that ...": to profess is to declare."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.cue is not None and q.cue.text.startswith("profess"), show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Parents have asked when the school will reopen.", "when the school will reopen"),
        ("Councillors wondered how the ferry levy would be paid for.", "how the ferry levy would be paid for"),
    ],
)
def test_indirect_question_read_as_an_adverbial_clause_is_what_was_asked(nlp, text: str, content: str) -> None:
    """"have asked when the school will reopen": the parser may hang the wh-clause right
    after "ask"/"wonder" as a time or manner clause; it is the question asked."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None))


@pytest.mark.parametrize(
    "text",
    ["Say what you like about him, he gets results.", "Say what you will about the ferry, it is cheap."],
)
def test_concessive_say_what_you_like_reports_nothing(nlp, text: str) -> None:
    """"Say what you like about him, ...": the writer conceding a point to the reader."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The harbour master, Ines Calloway, told reporters: the port will stay open.", "the port will stay open"),
        ("The coastguard warned residents: the river would burst its banks by dawn.", "the river would burst its banks by dawn"),
    ],
)
def test_hearer_before_a_colon_is_not_what_was_said(nlp, text: str, content: str) -> None:
    """`told reporters: the port will stay open`: the one told, before the colon, spells
    out nothing; what was said starts after the colon."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.content.text == content, show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Who pays for it?" asked Green Party co-leader Marta Lindgren.', "Marta Lindgren"),
        ('"Is that fair?" asked Liberal Party deputy leader Owen Castell.', "Owen Castell"),
        ('"Why now?" asked Farmers Union vice-president Ruth Abara.', "Ruth Abara"),
    ],
)
def test_inverted_ask_speaker_is_the_name_ending_the_phrase(nlp, text: str, speaker: str) -> None:
    """After an inverted "asked" the parser may split `Green Party co-leader Marta
    Lindgren` into two objects; the phrase ends on its head, the person's name, who
    speaks (not the party that opens it)."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker) for q in quotes] == [("direct", speaker)], show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        ('"The barn had no roof," Halloran remembers.', "Halloran", "remembers"),
        ('"We slept in our coats," the potter Ines Varga laughs.', "Ines Varga", "laughs"),
        ('"It was madness," Okonjo muses.', "Okonjo", "muses"),
    ],
)
def test_present_tense_verb_closing_an_attribution_is_its_cue(nlp, text: str, speaker: str, cue: str) -> None:
    """A feature's present tense (`"...," Halloran remembers.`) may be read as a plural
    noun heading the sentence; right after the quotation's `,"` and a name, the last
    word before the full stop is the attribution's verb."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker, q.cue.text if q.cue else None) for q in quotes] == [("direct", speaker, cue)], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        'Many parents now see the school as "a lost cause," Okereke said. "Our job is to win them back."',
        "Many parents now see the school as a lost cause, Okereke said. \"Our job is to win them back.\"",
        'Some fans regard the club as "a family business," Okereke said. "Our job is to win them back."',
    ],
)
def test_quote_after_a_fronted_report_continues_its_speaker(nlp, text: str) -> None:
    """`Parents see the school as "a lost cause," Okereke said. "..."`: the quotation
    standing alone after the report is the speaker's of the sentence's attribution
    (Okereke), not of the inner clause's verb ("parents ... see")."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker) for q in quotes if q.content.text.startswith("Our job")] == [
        ("direct", "Okereke")
    ], show(quotes)


@pytest.mark.parametrize(
    "description",
    [
        "a Leeds-based consultant who once worked for Ortiz and has advised his party since",
        "a retired teacher who backed Ortiz in May and has warned friends about Hale",
    ],
)
def test_speech_verb_joined_to_a_relative_clause_is_no_new_speaker(nlp, description: str) -> None:
    """`said Dana Reyes, a consultant who worked for Ortiz and has advised his party.
    "..."`: a verb joined to the relative clause still describes the speaker; the next
    quotation of the paragraph is hers."""
    text = f'"Two people can win this," said Dana Reyes, {description}. "That is Ortiz and Hale."'
    quotes = run(nlp, text)
    assert [(q.type, q.content.text, q.speaker) for q in quotes if q.type == "direct"] == [
        ("direct", "Two people can win this,", "Dana Reyes"),
        ("direct", "That is Ortiz and Hale.", "Dana Reyes"),
    ], show(quotes)


@pytest.mark.parametrize(
    "lead",
    ["Her message to the strikers?", "Her advice for young players?", "Her answer to the critics?"],
)
def test_question_lead_with_a_phrase_after_its_noun_labels_the_quote(nlp, lead: str) -> None:
    """`Her message to the strikers? "Go home."`: the one-phrase question names the
    words by its head noun, whatever follows it; its owner speaks."""
    text = f'Mayor Ines Calloway spoke on Monday. {lead} "Go back to work."'
    quotes = run(nlp, text)
    assert [(q.type, q.content.text, q.speaker) for q in quotes] == [
        ("direct", "Go back to work.", "Ines Calloway")
    ], show(quotes)


@pytest.mark.parametrize(
    "after",
    [
        "was the verdict of captain Ines Calloway.",
        "was the one-word verdict from captain Ines Calloway.",
        "was the blunt reply of captain Ines Calloway.",
    ],
)
def test_answer_noun_after_quote_names_its_person(nlp, after: str) -> None:
    """`"Gutted," was the one-word verdict of captain Ines Calloway.`: a noun of
    answering after the quotation, a modifier before it or not, is the words of the
    person after "from" or "of"."""
    quotes = run(nlp, f'"Gutted," {after}')
    assert [(q.type, q.content.text, q.speaker) for q in quotes] == [("direct", "Gutted,", "Ines Calloway")], show(quotes)


def test_warning_of_a_thing_after_quote_names_no_speaker(nlp) -> None:
    """`a warning of storms` names what it warns of, not who warned."""
    quotes = run(nlp, '"Storms are coming," was the warning of the forecast.')
    assert all(q.speaker is None for q in quotes), show(quotes)


@pytest.mark.parametrize(
    "lead",
    [
        "In the film, Halloran reflects on the night she left the band:",
        "At the inquest, Halloran returned to the morning the ferry sank:",
    ],
)
def test_colon_lead_opening_on_a_phrase_is_a_sentence_with_a_speaker(nlp, lead: str) -> None:
    """A lead opening on a prepositional phrase is a heading (`On the pier:`) only when
    no finite clause follows; `In the film, Halloran reflects on ...:` has its subject
    and verb, and its subject speaks the quotation after the colon."""
    quotes = run(nlp, f'{lead} "I walked out the stage door and never went back."')
    assert [(q.type, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("direct", "Halloran")
    ], show(quotes)


def test_prepositional_heading_before_a_colon_names_no_speaker(nlp) -> None:
    quotes = run(nlp, 'On the pier: "We fish here every day."')
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The coroner Ines Okafor's conclusion that the fall was accidental upset the family.",
            "the fall was accidental",
            "conclusion",
        ),
        ("Mayor Tom Brandt's boast that the tram would run by June proved empty.", "the tram would run by June", "boast"),
        ("The ferry union's demand that fares be frozen was turned down.", "fares be frozen", "demand"),
        ("The council's vow that the pool would stay open lasted a month.", "the pool would stay open", "vow"),
    ],
)
def test_finding_brag_demand_or_vow_noun_reports_its_that_clause(nlp, text: str, content: str, cue: str) -> None:
    """"X's conclusion/boast/demand/vow that ...": the that-clause is what the owner
    concluded, bragged, demanded or vowed, as after the verbs."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.cue is not None and q.cue.text == cue, show(quotes)


@pytest.mark.parametrize(
    "text", ["The conclusion that she drew from the figures was wrong.", "The demands that the union made were modest."]
)
def test_relative_that_after_finding_or_demand_noun_reports_nothing(nlp, text: str) -> None:
    """"the conclusion that she drew": a relative clause describes the noun; nothing is said."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        ("The harbour master inquired whether the ferry had been insured.", "the ferry had been insured", "inquired"),
        ("Ms Lindqvist enquired why the pier had been closed.", "the pier had been closed", "enquired"),
        ("The coach instructed his players to keep the ball.", "to keep the ball", "instructed"),
        ("The tribunal ordered that the letters be handed to the union.", "the letters be handed to the union", "ordered"),
        ("The archbishop appealed to the rioters to go home.", "to go home", "appealed"),
    ],
)
def test_inquiries_instructions_orders_and_appeals_are_reports(nlp, text: str, content: str, cue: str) -> None:
    """"inquired whether ...", "instructed X to ...", "ordered that ...", "appealed to X
    to ...": a question put, an order given, a plea made."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.cue is not None and q.cue.text == cue, show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "She instructed the class in French.",
        "The mayor was surrounded by inquiring tourists.",
        "The task of appealing to swing voters will fall to her.",
    ],
)
def test_instructing_or_inquiring_or_appealing_with_no_content_reports_nothing(nlp, text: str) -> None:
    """The one instructed, a gerund's object ("by inquiring tourists") and "to swing
    voters" read as an infinitive are no content."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "before", "after"),
    [
        ("The ferry sank, according to the coastguard, within minutes of leaving port.", "The ferry sank", "within minutes of leaving port"),
        ("Rents rose, according to the housing charity, by a fifth in two years.", "Rents rose", "by a fifth in two years"),
    ],
)
def test_source_set_off_after_the_verb_vouches_for_the_predicate_on_both_sides(
    nlp, text: str, before: str, after: str
) -> None:
    """`The ferry sank, according to the coastguard, within minutes`: the source set off
    inside the predicate vouches for all of the clause, not only for the words before it."""
    quotes = run(nlp, text)
    assert any(q.content.text.startswith(before) and q.content.text.endswith(after) for q in quotes), show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "She pleaded for the better part of an hour with the guards.",
        "The council argued for much of the year.",
        "The two men argued for the rest of the night.",
    ],
)
def test_for_a_share_of_a_stretch_of_time_is_how_long_not_what_for(nlp, text: str) -> None:
    """"argued for the rest of the night": a share of a stretch of time says how long
    the act went on (as "for three days" does), not what was argued or pleaded for."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coastguard has advised against swimming off the point.", "swimming off the point"),
        ("Health officials advised against travelling to the border towns.", "travelling to the border towns"),
    ],
)
def test_advised_against_reports_what_was_advised_against(nlp, text: str, content: str) -> None:
    """"advised against swimming": as after "cautioned against", the phrase is the advice."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None))


@pytest.mark.parametrize(
    "text",
    ["You can always tell a ripe melon by its smell.", "Collectors could tell a forged stamp by its edges."],
)
def test_can_tell_a_thing_by_a_sign_reports_nothing(nlp, text: str) -> None:
    """"can tell a ripe melon by its smell": recognising a thing by a sign; nobody is told."""
    quotes = run(nlp, text)
    assert not quotes, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The claim by the auditors that the trust had hidden debts was rejected.", "the trust had hidden debts"),
        ("The allegation that the mayor had rigged tenders was denied.", "the mayor had rigged tenders"),
    ],
)
def test_that_clause_of_a_reporting_noun_misread_as_relative_is_its_content(nlp, text: str, content: str) -> None:
    """"the claim that the trust had hidden debts": read as "had" + an adjective, the
    clause has an object already, so its "that" is no relative pronoun but a
    complementizer; the clause is what was claimed."""
    quotes = run(nlp, text)
    find(quotes, E("indirect", content, None))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The accusation that the ferry company had hidden losses was false.", "the ferry company had hidden losses"),
        ("The rumour that the club had secret debts spread fast.", "the club had secret debts"),
    ],
)
def test_subject_of_a_reporting_nouns_that_clause_is_not_its_owner(nlp, text: str, content: str) -> None:
    """"The accusation that the ferry company had hidden losses": the clause after "that"
    is what was alleged; its subject is who it is about, not who alleged it."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.speaker_mention is None or q.speaker_mention.start < q.content.start, show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("According to figures published by Statistics Norway, exports fell in May.", "Statistics Norway"),
        ("According to a survey conducted by the Harbour Trust, most ferry users want later sailings.", "Harbour Trust"),
    ],
)
def test_according_to_figures_published_by_an_author_names_the_author(nlp, text: str, speaker: str) -> None:
    """"according to figures published by Statistics Norway": as with a statement issued
    by someone, the agent who published the figures or ran the survey is the source."""
    quotes = run(nlp, text)
    assert len(quotes) == 1, show(quotes)
    names = f"{quotes[0].speaker} {quotes[0].speaker_mention.text if quotes[0].speaker_mention else ''}"
    assert speaker.lower() in names.lower(), show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker_word"),
    [
        ("The old quarry, says the park ranger, is deeper than it looks.", "ranger"),
        ("The new pier, says the harbour master, will open in May.", "master"),
        ("The ferry, said the coastguard, was overloaded.", "coastguard"),
    ],
)
def test_subject_before_an_inverted_aside_belongs_to_the_content(nlp, text: str, speaker_word: str) -> None:
    """`The new pier, says the harbour master, will open in May`: the noun before the
    aside is the subject of what was said; the speaker is the one after the verb."""
    quotes = run(nlp, text)
    assert len(quotes) == 1, show(quotes)
    q = quotes[0]
    assert q.content.text.startswith("The ") and q.content.text.endswith(text.rstrip(".").rsplit(", ", 1)[1]), show(quotes)
    assert q.speaker_mention is not None and speaker_word in q.speaker_mention.text, show(quotes)


def test_according_to_a_filing_seen_by_an_outlet_does_not_name_the_outlet(nlp) -> None:
    """"according to a filing seen by Reuters": the outlet saw the filing, it did not
    write it; only an author (published, released, conducted by) speaks for figures."""
    quotes = run(nlp, "The ferry line will be sold, according to a filing seen by Reuters.")
    assert len(quotes) == 1 and quotes[0].speaker != "Reuters", show(quotes)
# -- quotations after a gesture of their speaker -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Amara Okafor has run the clinic for ten years. She shrugs. \"We do what we can with what we have.\"",
            "We do what we can with what we have.",
            "Amara Okafor",
        ),
        (
            "Grace Okafor has run the clinic for ten years. Okafor laughs. \"Ten years, and still no roof.\"",
            "Ten years, and still no roof.",
            "Grace Okafor",
        ),
        (
            "The finance minister, Pedro Alves, was asked about the budget. He pauses. \"There is no more money.\"",
            "There is no more money.",
            "Pedro Alves",
        ),
        (
            "Jonas Weber looks out at the flooded field.\n\nHe sighs.\n\n\"This was my father's land.\"",
            "This was my father's land.",
            "Jonas Weber",
        ),
        ("Lena Brandt sat down at the table. She nodded slowly. \"Yes, we knew.\"", "Yes, we knew.", "Lena Brandt"),
        # one person by role; two gestures
        (
            "Jonas Weber has farmed here for forty years. The farmer shrugged. \"We never had a summer like this.\"",
            "We never had a summer like this.",
            "Jonas Weber",
        ),
        (
            "Jonas Weber has farmed here for forty years. Weber paused, then smiled. \"Not bad for an old man.\"",
            "Not bad for an old man.",
            "Jonas Weber",
        ),
        # the gesture of someone else than the last speaker, in a paragraph of its own
        (
            "\"We will reopen in May,\" said Jonas Weber.\n\nHis wife, Helen Marsh, shakes her head.\n\n"
            "\"He says that every year.\"",
            "He says that every year.",
            "Helen Marsh",
        ),
        (
            "Tomas Ferreira read the letter twice. Ferreira shook his head. \"They never listened to us.\"",
            "They never listened to us.",
            "Tomas Ferreira",
        ),
    ],
)
def test_quote_after_a_gesture_is_the_gesturers(nlp, text: str, quote: str, speaker: str) -> None:
    """A quotation standing alone right after a sentence of one person's gesture (`He
    pauses.`, `She shrugs.`, `Okafor laughs.`) is that person's answer."""
    quotes = run(nlp, text)
    q = check(quotes, E("direct", quote, speaker))
    assert q.confidence >= DEFAULT_MIN_CONFIDENCE, show(quotes)


def test_quote_after_a_crowds_gesture_has_no_speaker(nlp) -> None:
    """A crowd's gesture (`The crowd cheered.`) names no one person whose words follow."""
    quotes = run(nlp, 'The crowd cheered. "This is our day."')
    assert not [q for q in quotes if q.speaker is not None], show(quotes)


# -- "as X put it" and "in the words of X" ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Feed prices doubled. As Maria Lopez, a dairy farmer, put it, "We are working for the bank now."', "Maria Lopez"),
        ('Feed prices doubled. As one farmer, Maria Lopez, put it: "We are working for the bank now."', "Maria Lopez"),
        ('Feed prices doubled. As a farmer near Tulsa put it, "We are working for the bank now."', "Farmer"),
        ('Feed prices doubled. "We are working for the bank now," as one farmer put it.', "Farmer"),
        ('Feed prices doubled. In the words of Maria Lopez, "We are working for the bank now."', "Maria Lopez"),
        ('Feed prices doubled. As Maria Lopez put it to the committee, "We are working for the bank now."', "Maria Lopez"),
        # "put it" as the infinitive of the "as" clause; "in X's words" before a colon
        ('Feed prices doubled. As Maria Lopez likes to put it, "We are working for the bank now."', "Maria Lopez"),
        ("Feed prices doubled. In Maria Lopez's words: \"We are working for the bank now.\"", "Maria Lopez"),
        ('Feed prices doubled. Or, in the words of one dairy farmer: "We are working for the bank now."', "Farmer"),
    ],
)
def test_as_one_put_it_introduces_the_quotation(nlp, text: str, speaker: str) -> None:
    """`As X put it, "..."` (a description of X set off in it, or "as" read as a
    preposition), `"...," as one farmer put it` and `In the words of X, "..."`: X (an
    unnamed farmer, not the place he farms near) speaks the quotation."""
    quotes = run(nlp, text)
    check(quotes, E("direct", "We are working for the bank now", speaker, fuzzy=True))


# -- a reporting noun whose author a "by" or "from" phrase names ----------------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        (
            "Claims by the opposition that the vote was rigged were dismissed by the electoral commission.",
            "the vote was rigged",
            "the opposition",
        ),
        # the parser hangs the that-clause on the author
        ("But claims by the opposition that the vote was rigged were dismissed.", "the vote was rigged", "the opposition"),
        (
            "Suggestions from the club's owner that the stadium would be sold angered fans.",
            "the stadium would be sold",
            "the club's owner",
        ),
        ("Allegations from rivals that the mayor took bribes have not been proven.", "the mayor took bribes", "rivals"),
        ("Warnings from scientists that the dam could fail went unheeded.", "the dam could fail", "scientists"),
        ("Claims from Ines Calloway that she was never paid have been rejected.", "she was never paid", "Ines Calloway"),
    ],
)
def test_reporting_noun_with_its_author_after_by_or_from(nlp, text: str, content: str, mention: str) -> None:
    """`Claims by the opposition that ...`, `Allegations from rivals that ...`: the
    that-clause is reported, the author in the "by" or "from" phrase its speaker."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.type == "indirect" and q.confidence >= DEFAULT_MIN_CONFIDENCE, show(quotes)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


# -- a noun of someone's words, then a colon and what they say ------------------------------------


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Ines Calloway read the report twice. Her verdict: the plan will fail.", "the plan will fail", "Her"),
        # the author between the noun and the colon; words with no verb
        (
            "The talks went on all night. The message from the union: no deal without a raise.",
            "no deal without a raise",
            "the union",
        ),
        ("The verdict from Ines Calloway: the plan will fail.", "the plan will fail", "Ines Calloway"),
        ("Tomas Vrba studied the figures. His conclusion: the mine cannot reopen.", "the mine cannot reopen", "His"),
        ("The union's message was blunt: no deal without a raise.", "no deal without a raise", "The union's"),
        ("The mayor's answer: the budget is already spent.", "the budget is already spent", "The mayor's"),
    ],
)
def test_colon_after_a_noun_of_someones_words(nlp, text: str, content: str, mention: str) -> None:
    """`Her verdict: the plan will fail.`, `The message from the union: no deal without a
    raise.`: what follows the colon is what the owner of the verdict or message says."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.confidence >= DEFAULT_MIN_CONFIDENCE, show(quotes)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


def test_colon_after_a_conclusion_nobody_owns_is_the_writers(nlp) -> None:
    """`One conclusion: ...` with no owner is the writer's own reasoning, no report."""
    quotes = run(nlp, "The data are thin. One conclusion: the old tests were never very useful.")
    assert not [q for q in quotes if "tests were never" in q.content.text], show(quotes)


@pytest.mark.parametrize("text", ['In other words: "We are broke."', 'In a word: "Never."'])
def test_in_other_words_before_a_colon_names_nobody(nlp, text: str) -> None:
    """`In other words:` is the writer rephrasing: no one's words follow."""
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.speaker_mention is not None], show(quotes)


@pytest.mark.parametrize(
    ("text", "kind", "content", "speaker"),
    [
        ('The plan is, as one official put it, "dead on arrival."', "mixed", 'dead on arrival', "Official"),
        ("The council was, as Maria Lopez noted, slow to act.", "indirect", "slow to act", "Maria Lopez"),
        ('Rents have become, in the words of one tenant, "a second mortgage."', "mixed", "a second mortgage", None),
    ],
)
def test_aside_between_a_verb_and_its_complement_reports_the_whole_clause(
    nlp, text: str, kind: str, content: str, speaker: str | None
) -> None:
    """`The plan is, as one official put it, "dead on arrival."`: an aside set off between
    the verb and its complement (which the parser hangs on the aside) reports the whole
    clause, one item, not the stub before the aside."""
    quotes = run(nlp, text)
    items = [q for q in quotes if q.confidence >= DEFAULT_MIN_CONFIDENCE]
    assert len(items) == 1, show(quotes)
    q = items[0]
    assert q.type == kind and q.content.text.startswith(text.split(",")[0]) and content in q.content.text, show(quotes)
    if speaker is not None:
        assert q.speaker == speaker, show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Ines Calloway has always maintained that the fire was set deliberately.", "the fire was set deliberately", "Ines Calloway"),
        ("Tomas Vrba has long insisted that the bridge is safe.", "the bridge is safe", "Tomas Vrba"),
        ("Ines Calloway has steadfastly maintained that the fire was set deliberately.", "the fire was set deliberately", "Ines Calloway"),
        ("Tomas Vrba has for years insisted the money was a loan.", "the money was a loan", "Tomas Vrba"),
    ],
)
def test_long_held_position_is_reported(nlp, text: str, content: str, speaker: str) -> None:
    """`X has always maintained that ...`, `has long insisted`: an adverb of duration
    between the auxiliary and the cue leaves the report as it is."""
    quotes = run(nlp, text)
    q = check(quotes, E("indirect", content, speaker))
    assert q.confidence >= DEFAULT_MIN_CONFIDENCE, show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"Not today," snapped the 51-year-old as he climbed into a waiting taxi.', "the 51-year-old"),
        ("'Leave me alone,' shouted the 29-year-old as officers led her away.", "the 29-year-old"),
        ('"I have nothing to add," replied the 63-year-old, before closing the door.', "the 63-year-old"),
        ('"No," snapped the 38-year-old mother of three as she left court.', "the 38-year-old mother of three"),
    ],
)
def test_age_described_person_after_an_inverted_cue_speaks(nlp, text: str, mention: str) -> None:
    """`"...," snapped the 51-year-old as he ...`: with the quotation read as the verb's
    subject, the parser makes "old" its object; the hyphens of the age must not end the
    search for the person after the cue, who is the one the age describes."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("direct", mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"The trouble," as one diplomat in Vienna put it, "is that nobody trusts anybody."', "one diplomat"),
        ('"The real cost," as a fisherman in Tralee put it, "is the fuel."', "a fisherman"),
        ('"The answer," as one official at the treasury put it, "is that nobody knows."',
         "one official at the treasury"),
    ],
)
def test_person_in_a_place_before_a_stranded_cue_speaks(nlp, text: str, mention: str) -> None:
    """`"...," as one diplomat in Vienna put it, "..."`: the parser hangs the person on
    "as" and leaves "put" without a subject; the word before the verb ends the place the
    person is in (or the body they are at), and the person speaks, not the place."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("direct", mention), ("direct", mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("A shopkeeper in Leeds said trade had collapsed since the bypass opened.", "A shopkeeper"),
        ("A pensioner in Hull said she could no longer afford to heat two rooms.", "A pensioner"),
        ('One banker in Zurich put it bluntly: "Nobody wants these bonds."', "One banker"),
    ],
)
def test_unlisted_person_noun_in_a_place_is_not_the_place(nlp, text: str, mention: str) -> None:
    """`A shopkeeper in Leeds said`: a person the story does not name, in a place, is not
    the place, whether or not a word list knows the trade; the place must not be taken
    as the name the mention lacks."""
    quotes = run(nlp, text)
    assert [(q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [mention], show(quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('- "Nobody saw this coming." \u2014 Ines Calloway, council leader',
         [("Nobody saw this coming.", "Ines Calloway")]),
        ("Reaction from the harbour:\n\n\u2022 \"The best news in years.\" \u2013 Tor Lundqvist, skipper",
         [("The best news in years.", "Tor Lundqvist")]),
        ('What the parties said:\n\n- "A shameful day." \u2014 Ines Calloway\n- "A fair deal." \u2014 Tor Eklund',
         [("A shameful day.", "Ines Calloway"), ("A fair deal.", "Tor Eklund")]),
    ],
)
def test_bulleted_quotation_signed_on_its_line(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    """`- "..." -- Ada Roe`: a short bulleted line opening with a quotation is an item of a
    list of reactions, not a subhead, and the name signing it on its line speaks, also
    when a lead with a cue (`What the parties said:`) introduces the list."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == expected, show(quotes)


@pytest.mark.parametrize(
    "line",
    [
        'More from Okafor, who says: "The numbers speak for themselves."',
        'More from Okafor: "The numbers speak for themselves."',
    ],
)
def test_live_blog_more_from_lead_is_no_link_line(nlp, line: str) -> None:
    """`More from Okafor, who says: "..."`: a live blog's lead, a sentence (a clause after
    a comma, or a stop closing the line), is no "MORE FROM THE COURIER: headline" link
    line; its quotation is Okafor's."""
    text = f"Budget day live\n\nThe chancellor has sat down after an hour.\n\n{line}"
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [("The numbers speak for themselves.", "Okafor")], show(quotes)


def test_more_from_section_link_line_is_still_boilerplate(nlp) -> None:
    quotes = run(nlp, "Budget day live\n\nThe chancellor has sat down.\n\nMORE FROM THE COURIER: Okafor says cuts will bite")
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('"Absolutely not," replied Downing Street when asked whether the chancellor would resign.',
         "the chancellor would resign"),
        ('"Never," replied Lambeth Palace when asked whether the archbishop would apologise.',
         "the archbishop would apologise"),
        ("Delacourt, when asked whether she would stand again, said she had not decided.",
         "she would stand again"),
    ],
)
def test_one_asked_after_when_is_not_who_asked(nlp, text: str, content: str) -> None:
    """`... when asked whether X`: the parser may tag the participle after "when" as a
    past tense (hung on the clause, or on the one asked as a relative clause); with no
    subject of its own it is still the passive participle, and the one asked is not who
    asked: the question has no speaker."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.speaker is None and q.speaker_mention is None, show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('Some viewers on YouTube called the finale "rushed and lazy".', "Some viewers"),
        ("Aides on Capitol Hill said the vote would slip to Thursday.", "Aides"),
        ("Pundits on Channel Nine said the debate had no clear winner.", "Pundits"),
    ],
)
def test_people_on_a_platform_are_not_it(nlp, text: str, mention: str) -> None:
    """`Users on TikTok said`, `aides on Capitol Hill said`: the object of "on" is where
    people post, sit or appear, never who speaks; a mention with no name of its own must
    not take that one."""
    quotes = run(nlp, text)
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == [mention], show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('Two senior diplomats, one French and one Japanese, said the draft was "dead on arrival".',
         "Two senior diplomats"),
        ("Three officials, two of them Canadian, said the talks had stalled.", "Three officials"),
    ],
)
def test_apposition_sharing_out_a_group_names_no_speaker(nlp, text: str, mention: str) -> None:
    """`Two diplomats, one French and one Japanese, said`: an apposition that shares the
    group out by number describes its members; its nationality words are no name for
    the mention to take."""
    quotes = run(nlp, text)
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == [mention], show(quotes)


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ("'It's not jazz 'n' blues, it's just racket,' moaned neighbour Sid Kettering.", "neighbour Sid Kettering",
         "moaned"),
        ("'It's rock 'n' roll, it's noise,' wailed pensioner Edna Blythe.", "pensioner Edna Blythe", "wailed"),
    ],
)
def test_manner_verb_read_as_adjective_after_a_quotation(nlp, text: str, mention: str, cue: str) -> None:
    """`'...,' moaned neighbour Sid Kettering.`: a past tense of manner no list holds, read
    as an adjective on the name after the quotation, is the cue when only the name
    follows it (an adjective would start a clause going on: `frustrated fans said`)."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)
            for q in quotes] == [("direct", mention, cue)], show(quotes)


def test_adjective_after_a_quotation_before_its_clause_stays_an_adjective(nlp) -> None:
    quotes = run(nlp, '"Nightmare," frustrated commuters said.')
    assert [(q.speaker_mention.text, q.cue.text) for q in quotes] == [("frustrated commuters", "said")], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker", "mention"),
    [
        ("The inquiry heard from Dr Ines Calloway, whose evidence was that the pump had failed twice before the flood.",
         "the pump had failed twice before the flood", "Ines Calloway", "Dr Ines Calloway, whose"),
        ("Tomas Vrba, whose claim is that he was never paid, will give evidence on Tuesday.",
         "he was never paid", "Tomas Vrba", "Tomas Vrba, whose"),
        ("The judge sided with Ada Voss, whose argument had always been that the lease had lapsed.",
         "the lease had lapsed", "Ada Voss", "Ada Voss, whose"),
        ("The board ignored the engineers, whose conclusion was that the tower could stand for a decade.",
         "the tower could stand for a decade", "Engineers", "the engineers, whose"),
    ],
)
def test_whose_noun_of_words_is_that_reports_the_antecedents_view(
    nlp, text: str, content: str, speaker: str, mention: str
) -> None:
    """`X, whose evidence was that ...`: "whose" owns the words for the noun its relative
    clause describes, as "who" does; an owned evidence or conclusion is held, like a claim.
    (PolNeAR train golds `X's contention was that` with X as source.)"""
    check(run(nlp, text), E("indirect", content, speaker, mention=mention))


def test_unowned_evidence_is_that_is_the_writers(nlp) -> None:
    quotes = run(nlp, "The evidence is that the pump had failed twice before the flood.")
    assert not [q for q in quotes if "pump" in q.content.text], show(quotes)


@pytest.mark.parametrize(
    ("gesture", "quote"),
    [
        ("Calloway shrugs and looks away.", "There was nothing more we could do."),
        ("Calloway sighs and turns to the window.", "We knew it was coming."),
        ("Calloway smiles, then shakes her head.", "Not this year, no."),
        ("Calloway winks.", "You did not hear that from me."),
        ("Calloway laughs, shaking her head.", "Not in this weather."),
        ("Calloway laughed, shaking her head.", "Not in this weather."),
    ],
    ids=["plural-noun-gesture-before-and", "sighs-and", "two-gestures", "wink", "noun-read-with-participle",
         "verb-with-participle"],
)
def test_gesture_the_parser_misreads_before_a_quotation_is_the_gesturers(nlp, gesture: str, quote: str) -> None:
    """`Weber shrugs and looks away.`: a gesture verb read as a plural noun under the next
    verb, or hung before a second gesture, still makes the sentence one person's gesture,
    and the quotation after it is that person's answer."""
    text = f"Ines Calloway has run the ferry for twenty years.\n\n{gesture} \"{quote}\""
    check(run(nlp, text), E("direct", quote, "Ines Calloway"))


def test_surname_tagged_a_body_after_a_persons_first_name_gestures(nlp) -> None:
    """`Priya Nair ... Nair nods.`: a surname alone the tagger labels an organisation is
    the person's when the article wrote it after a person's first name."""
    text = 'Priya Nair was the first nurse on the ward that night.\n\nNair nods. "That is exactly what happened."'
    check(run(nlp, text), E("direct", "That is exactly what happened.", "Priya Nair"))


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Intro.\n\n'Never again,' sobbed the lad's mum, Tracey.", "Tracey"),
        ("Intro.\n\n'She lit up every room,' wept the girl's nan, Brenda.", "Brenda"),
        ("Intro.\n\n'We are heartbroken,' added the teen's aunt, Sharon Hale, 41.", "Sharon Hale"),
        ("Intro.\n\n'We are heartbroken,' added the teen's aunt, Ines Calloway, 41.", "Ines Calloway"),
    ],
    ids=["owner-noun-as-object", "lowercase-role-tagged-proper", "name-as-adverb-after-object", "name-tagged-a-place"],
)
def test_possessed_role_with_a_name_after_an_inverted_cue_names_the_person(nlp, text: str, speaker: str) -> None:
    """`'...,' sobbed the lad's mum, Tracey.`: the owner in a described role ("the lad's")
    is not who speaks; the role it owns is, and the name set off after it names her (the
    mention is the name, or the role and the name)."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker) for q in quotes] == [("direct", speaker)], show(quotes)
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text.endswith(speaker), show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Accusations by the opposition that the minister had misled parliament and hidden the report were"
         " denied by his office.", "the minister had misled parliament and hidden the report", "the opposition"),
        ("Claims from the union that managers had ignored the warnings and shredded the letters were rejected"
         " by the board on Friday.", "managers had ignored the warnings and shredded the letters", "the union"),
        ("Allegations by Ines Calloway that the council had sold the land and pocketed the money have been"
         " dismissed by the mayor.", "the council had sold the land and pocketed the money", "Ines Calloway"),
    ],
)
def test_claim_by_someone_whose_last_object_the_parser_made_a_subject_keeps_its_clause(
    nlp, text: str, content: str, mention: str
) -> None:
    """`Accusations by X that ... and hidden the report were denied by Y`: the parser makes
    the clause's last object a second subject of "denied"; the content runs on over it, X
    speaks, and Y's denial of the subject is no second item over the same words."""
    quotes = run(nlp, text)
    assert len(quotes) == 1, show(quotes)
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text == mention, show(quotes)
    assert quotes[0].content.text == content, show(quotes)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("Shop owners say the parking rules hurt trade.\n\nIda Lindqvist has little patience for the rules.\n\n"
         '"They were written by people who have never run a shop."',
         "They were written by people who have never run a shop.", "Ida Lindqvist"),
        ("Tomas Vrba, 54, has run the bakery on Mill Lane for three decades.\n\nHe is not optimistic.\n\n"
         '"Another winter like this one and the ovens go cold."',
         "Another winter like this one and the ovens go cold.", "Tomas Vrba"),
    ],
    ids=["third-person-quote-after-a-one-sentence-intro", "he-alone-after-the-named-paragraph"],
)
def test_quote_paragraph_after_a_one_sentence_introduction_of_one_person_is_theirs(
    nlp, text: str, quote: str, speaker: str
) -> None:
    """`Okonkwo is blunt about what went wrong.` alone as a paragraph, then a paragraph that
    is one quotation: the sentence introduces the person whose words follow, in the first
    person or not; `He is not optimistic.` introduces the one the text is about."""
    check(run(nlp, text), E("direct", quote, speaker))


@pytest.mark.parametrize(
    "narration",
    [
        "Ida Lindqvist and her brother Jonas Lindqvist disagree about the sale.",
        "Ida Lindqvist and her brother Jonas Lindqvist lost everything in May.",
    ],
    ids=["reciprocal-cue", "plain-narration"],
)
def test_quote_paragraph_after_two_people_of_one_surname_is_neither_ones(nlp, narration: str) -> None:
    """`Maria Lopez and her brother Carlos Lopez disagree about the sale.`: a verb of words
    exchanged with a joined subject says the quotation after it is one side's, not whose;
    and two people who share a surname are not one person the narration introduces."""
    text = f'The farm has been for sale since spring.\n\n{narration}\n\n"We had nothing left after the bank came."'
    quotes = run(nlp, text)
    assert not [q for q in quotes if q.content.text.startswith("We had") and q.speaker], show(quotes)


@pytest.mark.parametrize(
    ("text", "words", "mention"),
    [
        # (a sign no one holds, owns or wears displays words nobody says: lit68 makes
        # those no item, so the signs here are a body's)
        ('Above the stage, the union\'s banner proclaimed "Justice for Kessler Lane".', "Justice for Kessler Lane",
         "the union's banner"),
        ('Outside the depot the union\'s placard declared "Ferries Not Fees".', "Ferries Not Fees",
         "the union's placard"),
        ('He turned up in a T-shirt saying "I Survived the Storm" and was turned away.', "I Survived the Storm",
         "He"),
    ],
    ids=["banner-proclaimed", "placard-declared", "shirt-saying-then-an-act"],
)
def test_words_on_a_sign_in_title_case_are_what_it_says(nlp, text: str, words: str, mention: str) -> None:
    """Signs, banners and shirts with their words in marks are golded on PolNeAR train (7
    of 9), in Title Case too: after "proclaimed" or "saying" the words are said, not a
    title; and an act of the wearer after the close mark (`and was turned away`), which
    the parser joins to the quoted verb, is not part of the words."""
    quotes = run(nlp, text)
    hits = [q for q in quotes if words in q.content.text]
    assert len(hits) == 1 and hits[0].content.text.strip('"') == words, show(quotes)
    assert hits[0].speaker_mention is not None and hits[0].speaker_mention.text == mention, show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The plan was, to say the least, ambitious for a town of its size.",
        "The response from the council was, to say the least, muted.",
    ],
)
def test_to_say_the_least_is_the_writers_understatement(nlp, text: str) -> None:
    """"X was, to say the least, unexpected": the writer's understatement; nobody says
    anything and the rest of the sentence is no report."""
    quotes = run(nlp, text)
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Despite the warden's denial that visits were cancelled, families were turned away at the gate.",
         "visits were cancelled", "the warden's"),
    ],
)
def test_that_read_as_a_second_passive_subject_is_the_nouns_complementizer(
    nlp, text: str, content: str, mention: str
) -> None:
    """`the warden's denial that visits were cancelled`: the parser may read "that" as a
    relative pronoun subject of the passive beside its real subject ("visits"); a clause
    has one subject, so "that" opens the noun's reported clause and is not part of it."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Journalists asked the spokeswoman when the minister would land.", "when the minister would land",
         "Journalists"),
        ("Reporters asked him when the bridge would reopen to traffic.", "when the bridge would reopen to traffic",
         "Reporters"),
    ],
)
def test_question_after_the_one_asked_read_as_time_clause(nlp, text: str, content: str, speaker: str) -> None:
    """`asked the spokeswoman when the minister would land`: the parser reads the question
    after the one asked as a time clause of "asked"; it is what was asked."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [(content, speaker)], show(quotes)


def test_time_clause_after_a_thing_asked_stays_no_question(nlp) -> None:
    """`asked a question when the session ended`: after a thing asked, not a person, the
    when-clause tells when; it is no question."""
    quotes = run(nlp, "He asked a question when the session ended.")
    assert all("session" not in q.content.text for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The coach was asked whether he would stay.", "whether he would stay"),
        ("The ferry operator was asked whether fares would rise.", "whether fares would rise"),
    ],
)
def test_short_question_with_no_asker_is_still_what_was_asked(nlp, text: str, content: str) -> None:
    """`was asked whether he would stay`: no asker is named and the question is three
    words, but it is a whole clause after "whether" under a question verb, not a
    verb's ordinary object; the one asked is not who asked."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [(content, None)], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The minister let slip that the budget would be delayed.", "the budget would be delayed", "The minister"),
        ("Ms Arden let slip that she had already signed the contract.", "she had already signed the contract",
         "Ms Arden"),
        ("The ministry let it be known that it would not renew the licence.", "it would not renew the licence",
         "The ministry"),
    ],
)
def test_let_slip_and_let_it_be_known_report_the_subject_of_let(nlp, text: str, content: str, mention: str) -> None:
    """`let slip that ...`, `let it be known that ...`: the that-clause hangs on "slip" or
    "known"; it is what the subject of "let" gave away or made known."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, mention)
    ], show(quotes)


def test_let_slip_without_a_that_clause_is_no_report(nlp) -> None:
    quotes = run(nlp, "She let the dog slip so that it could run.")
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The audit's finding that the pension fund was short by a third shocked members.",
         "the pension fund was short by a third", "The audit's"),
        ("The airline's explanation that the delay was caused by fog satisfied few passengers.",
         "the delay was caused by fog", "The airline's"),
    ],
)
def test_finding_and_explanation_with_a_that_clause_report_their_owner(
    nlp, text: str, content: str, mention: str
) -> None:
    """`the audit's finding that ...`, `the airline's explanation that ...`: what the owner
    found or explained, as with "conclusion"."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, mention)
    ], show(quotes)


@pytest.mark.parametrize("text", ["The finding of the body shocked the village.", "His explanation of the rules took an hour."])
def test_finding_and_explanation_without_a_that_clause_are_no_cue(nlp, text: str) -> None:
    quotes = run(nlp, text)
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The vets were blunt. Without treatment, they told the farmer, the herd would not survive.",
         "the herd would not survive", "they"),
        ("In the end, she told reporters, the vote had been a formality.", "the vote had been a formality", "she"),
    ],
)
def test_interjected_told_read_as_complement_of_the_clause_after_it(
    nlp, text: str, content: str, mention: str
) -> None:
    """`Without treatment, they told the farmer, the herd would not survive`: the parser
    reads the interjected "they told the farmer" as a complement clause of the verb after
    it; the clause after the comma is what was told."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("Looting continued into the night, police said in a statement.", "Looting continued into the night", "police"),
        ("Protests continued across the capital, the interior ministry said on Sunday.",
         "Protests continued across the capital", "the interior ministry"),
        ("The mayor insisted on a second count, aides said.", "The mayor insisted on a second count", "aides"),
        ("Kovacs warned of steep fare rises, the paper reported on Friday.",
         "Kovacs warned of steep fare rises", "the paper"),
    ],
)
def test_fronted_speech_clause_of_a_report_is_its_content_not_a_report_of_it(
    nlp, text: str, content: str, mention: str
) -> None:
    """`The mayor insisted on a second count, aides said`: the fronted clause is the
    content of the report after it, though its verb is a speech verb; it reports nothing
    of its own (the interjected-"told" reading is for a verb after that is no report)."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The treasurer made it plain that the fund would not be topped up.", "the fund would not be topped up",
         "The treasurer"),
        ("The auditor made clear that the accounts were incomplete.", "the accounts were incomplete", "The auditor"),
        ("The inspector let slip that the mine would close.", "the mine would close", "The inspector"),
    ],
)
def test_trades_and_professions_can_speak(nlp, text: str, content: str, mention: str) -> None:
    """Rules that ask whether the subject can speak ("made it plain that", "let slip
    that") accept a trade or profession ("the treasurer", "the auditor")."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("The coach admitted that the defence had been poor and went on to say that he would make changes.",
         "the defence had been poor", "he would make changes"),
        ("The mayor said the budget was tight and went on to add that no services would be cut.",
         "the budget was tight", "no services would be cut"),
    ],
)
def test_went_on_to_say_after_a_report_is_a_second_report(nlp, text: str, first: str, second: str) -> None:
    """`admitted that A and went on to say that B`: the parser hangs "went" on A's verb;
    "went on to say" with a clause of its own is the speaker's next report, not more of A."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [first, second], show(quotes)


def test_went_on_to_do_something_is_no_second_report(nlp) -> None:
    """"went on to win the seat" reports nothing (one item only); and as a plain past it
    cannot share the reported clause's "would", so it is the speaker's act, outside what
    was said (`contentspans._past_after_modal`; before lit68b the content ran on over it)."""
    quotes = run(nlp, "He said the plan would fail and went on to win the seat.")
    assert [q.content.text for q in quotes] == ["the plan would fail"], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Shoppers were told to go home.", "to go home"),
        ("Fans were urged not to travel.", "not to travel"),
        ("Staff have been instructed to stay away.", "to stay away"),
    ],
)
def test_short_passive_instruction_with_no_instructor_is_still_reported(nlp, text: str, content: str) -> None:
    """`Shoppers were told to go home`: no one is named as telling them and the
    instruction is three words, but a to-infinitive under a passive telling, ordering or
    urging is what they were told to do, not a verb's ordinary object."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [(content, None)], show(quotes)


def test_told_off_is_no_instruction(nlp) -> None:
    quotes = run(nlp, "The player was told off by the referee.")
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("He was asked to resign by the board.", "to resign", "the board"),
        ("The residents were told to leave their homes by the police.", "to leave their homes", "the police"),
    ],
)
def test_by_agent_after_a_passive_instructions_infinitive_speaks(nlp, text: str, content: str, mention: str) -> None:
    """`was asked to resign by the board`: the parser hangs the passive's by-agent on the
    infinitive; a "by" phrase closing the clause, naming someone who can speak, is who
    asked, and not part of what was asked."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, mention)
    ], show(quotes)


def test_by_a_place_after_a_passive_instruction_is_no_agent(nlp) -> None:
    quotes = run(nlp, "She was told to wait by the gate.")
    assert [q.speaker_mention for q in quotes] == [None], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The threat by the union that it would strike over the holidays was withdrawn.",
         "it would strike over the holidays", "the union"),
        ("The rebels' threat that they would shell the airport emptied the city.", "they would shell the airport",
         "The rebels'"),
    ],
)
def test_threat_with_a_that_clause_reports_its_owner(nlp, text: str, content: str, mention: str) -> None:
    """`the union's threat that it would strike`: what the owner threatened."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, mention)
    ], show(quotes)


def test_threat_with_a_relative_clause_is_no_report(nlp) -> None:
    quotes = run(nlp, "The threat that the storm poses to the coast is growing.")
    assert quotes == [], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("A warning from the treasury that growth would slow was ignored.", "growth would slow"),
        ("A warning from the treasury that exports would fall was played down.", "exports would fall"),
    ],
)
def test_treasury_is_a_body_that_can_speak(nlp, text: str, content: str) -> None:
    """`a warning from the treasury that ...`: the treasury is a body like a ministry,
    the author of the warning."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention and q.speaker_mention.text) for q in quotes] == [
        (content, "the treasury")
    ], show(quotes)


@pytest.mark.parametrize(
    "furniture",
    [
        "ADVERTISEMENT",
        "Advertisement",
        "Story continues below advertisement",
        "[Image: Supporters wave scarves before kick-off.]",
        "Rain sweeps across the ground at Dalbury on Friday. Photograph: Kit Orme/PA",
        "Read more: Why the league is losing its young referees",
    ],
)
def test_colon_introduction_reads_across_page_furniture(nlp, furniture: str) -> None:
    """`Coach Ines Marr said:`, an advertisement slot (or a photo caption, a picture
    placeholder, a link line), then the quotation's paragraph: the page's furniture is
    nobody's paragraph, so the colon still introduces the quotation below it."""
    text = f"Speaking after the draw, coach Ines Marr said:\n\n{furniture}\n\n\"We ran out of ideas after the break.\""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [
        ("We ran out of ideas after the break.", "Ines Marr")
    ], show(quotes)


@pytest.mark.parametrize("furniture", ["ADVERTISEMENT", "Skip Advertisement", "[Photo: The old pier at dusk.]"])
def test_quotation_paragraph_goes_on_across_page_furniture(nlp, furniture: str) -> None:
    """A speaker's next quotation paragraph after an advertisement slot is still theirs,
    and a pronoun cue after one still finds the person the sentence before names."""
    text = (
        f'"We are gutted," the harbour master, Colm Rudd, said.\n\n{furniture}\n\n'
        '"The pier was older than the town. It will be missed."'
    )
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [
        ("We are gutted,", "Colm Rudd"),
        ("The pier was older than the town. It will be missed.", "Colm Rudd"),
    ], show(quotes)
    text = f'Wendell Pryce was unrepentant.\n\n{furniture}\n\n"I would do it all again," he said.'
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [("I would do it all again,", "Wendell Pryce")], show(quotes)


@pytest.mark.parametrize(
    ("text", "mention", "content"),
    [
        ("The snag, warns economist Ruth Okoro, is that wages have not kept up.", "economist Ruth Okoro",
         "wages have not kept up"),
        ("The risk, cautioned the inspector, was that the dam would fail in spring.", "the inspector",
         "the dam would fail in spring"),
        ("The trouble, reminds Tessa Lind, is that the lease ends next year.", "Tessa Lind",
         "the lease ends next year"),
    ],
)
def test_inverted_aside_whose_speaker_is_read_as_an_object(nlp, text: str, mention: str, content: str) -> None:
    """`The danger, warns Kaur, is that ...`: a verb that can take a person as object
    ("warns Kaur", "reminds Tessa Lind") in an inverted aside between commas still has
    its speaker after it; the noun before the aside is the clause's subject, never the
    speaker, and the content runs over both sides of the aside."""
    quotes = run(nlp, text)
    assert len(quotes) == 1, show(quotes)
    q = quotes[0]
    assert q.type == "indirect" and content in q.content.text, show(quotes)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Kessler\'s Dan Ober pressed the chief executive. "Why now?" he asked.', "Dan Ober"),
        ("Elliott's father, the Rev. Amos Pell Jr., knew the boxer for decades. He recalled the fights in Louisville.",
         "Amos Pell Jr."),
        ("Clinton's chief rival, Sen. Ada Marsh of Vermont, skipped the meeting. Instead she gave a speech in which "
         "she pledged that she would cut fees.", "Ada Marsh"),
    ],
)
def test_pronoun_continues_the_person_not_the_possessor_before_them(nlp, text: str, speaker: str) -> None:
    """`Bernstein's Kieran Doyle pressed Haddad. "...?" he asked.`: the possessor in the
    subject ("Bernstein's", a firm the model may tag as a person) qualifies the subject;
    the pronoun continues the person the subject names."""
    quotes = run(nlp, text)
    assert [q.speaker for q in quotes] == [speaker], show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The lads were immense," said Kilkenny manager Se\u00e1n \u00d3 Briain after the semi-final.',
         "Se\u00e1n \u00d3 Briain"),
        ('"Great result," said Tyrone manager Se\u00e1n Mac Aodha after the semi-final.', "Se\u00e1n Mac Aodha"),
        ('"Great result," said Se\u00e1n Mac Aodha.', "Se\u00e1n Mac Aodha"),
    ],
)
def test_name_with_a_gaelic_surname_opener_is_one_speaker(nlp, text: str, speaker: str) -> None:
    """`said manager Se\u00e1n \u00d3 Briain after ...`: the parser may read the surname after
    the opener as the object of the first name, and the model may end the person on the
    opener ("Se\u00e1n Mac") and tag the surname after it as something else (a date); the
    whole name is the speaker, not the first name or the county before the title."""
    quotes = run(nlp, text)
    assert [q.speaker for q in quotes] == [speaker], show(quotes)
    assert quotes[0].speaker_mention is not None and quotes[0].speaker_mention.text.endswith(speaker), show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('In a tribute on Instagram, her co-star wrote: "Rest easy, my friend."', "her co-star"),
        ('"We were partners for 30 years," her co-author said.', "her co-author"),
        ('"He was a genius," his ex-wife said.', "his ex-wife"),
        ("The non-profit said the shelter would open in May.", "The non-profit"),
    ],
)
def test_hyphenated_speaker_noun_is_one_mention(nlp, text: str, mention: str) -> None:
    """`her co-star wrote`: the parser splits a hyphenated noun into three subjects of the
    verb ("co", "-", "star"); the mention is the whole word with what opens its phrase,
    never the part after the last hyphen alone."""
    quotes = run(nlp, text)
    assert [q.speaker_mention.text if q.speaker_mention else None for q in quotes] == [mention], show(quotes)


@pytest.mark.parametrize(
    ("text", "mention", "cue"),
    [
        ('"He was the heartbeat of this place," the groundsman, who asked not to be named, said.',
         "the groundsman", "said"),
        ('"It was chaos," one resident, who did not want to be named, told the BBC.', "one resident", "told"),
        ('"We saw the smoke first," a ferry worker, who asked not to be identified, said.',
         "a ferry worker", "said"),
    ],
)
def test_cue_after_a_relative_clause_on_the_speaker(nlp, text: str, mention: str, cue: str) -> None:
    """`"...," a nurse, who asked not to be named, said.`: a verb in the relative clause set
    off after the speaker describes them; the cue is the verb the speaker is subject of,
    after the clause, and the mention is the noun without its "who"."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)
            for q in quotes] == [("direct", mention, cue)], show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"Everybody knew him," said the landlady of the Red Lion, Maureen Daly.', "Maureen Daly"),
        ('"He never missed a Friday," said the landlord of the pub, Tom Keane.', "Tom Keane"),
    ],
)
def test_name_set_off_after_a_kin_word_of_a_place(nlp, text: str, speaker: str) -> None:
    """`said the landlady of the Red Lion, Maureen Daly.`: after a personal or kin noun
    whose "of" phrase names a place or a body (no one person), the name set off by a
    comma is the speaker's, though the parser hangs it on the place as an apposition."""
    quotes = run(nlp, text)
    assert [q.speaker for q in quotes] == [speaker], show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('A statement from the club read: "Everyone at the club is devastated."', "A statement from the club"),
        ('A statement from the ministry read: "The talks have ended."', "A statement from the ministry"),
        ('A statement from the family read: "We ask for privacy."', "A statement from the family"),
    ],
)
def test_read_after_a_statement_phrase_is_the_cue(nlp, text: str, mention: str) -> None:
    """`A statement from the club read: "..."`: the model reads "the club read" as a noun
    phrase, leaving no verb; "read" before the colon and the quotation is the cue, and the
    mention is the statement phrase without it."""
    quotes = run(nlp, text)
    assert [(q.speaker_mention.text if q.speaker_mention else None, q.cue.text if q.cue else None)
            for q in quotes] == [(mention, "read")], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The coach said his players were tired, conceded that the defence had been poor and promised changes.",
         "the defence had been poor", "The coach"),
        ("The mayor said the bridge was unsafe, warned that repairs would take months and promised free buses.",
         "repairs would take months", "The mayor"),
    ],
)
def test_comma_listed_report_takes_the_first_cues_speaker(nlp, text: str, content: str, mention: str) -> None:
    """`said A, conceded that B and ...`: the parser hangs the second speech verb on the
    first as one more clause; after the comma, with no subject and a that-clause of its
    own, it is the same speaker's next report, as after "and"."""
    quotes = run(nlp, text)
    q = next(q for q in quotes if q.content.text == content)
    assert q.speaker_mention is not None and q.speaker_mention.text == mention, show(quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mother pleaded with the kidnappers to release her son.", [("to release her son", "pleaded")]),
        ("Mr Khan pleaded with voters to reject the plan.", [("to reject the plan", "pleaded")]),
        ("He pleaded guilty to avoid a trial.", []),
    ],
)
def test_infinitive_after_pleaded_with_is_what_was_asked(nlp, text: str, expected: list[tuple[str, str]]) -> None:
    """`pleaded with X to Y`: the infinitive is the plea (the parser hangs it as a clause
    of purpose); "pleaded guilty to avoid ..." pleads with no one and asks nothing."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes] == expected, show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The leaders urged Ms Ruiz to run for mayor and gave her campaign 5 million dollars.",
         "Ms Ruiz to run for mayor"),
        ("The donors appealed to the senator to stay in the race and paid for his advertising.",
         "to stay in the race"),
    ],
)
def test_tensed_verb_joined_to_an_urged_infinitive_is_the_next_act(nlp, text: str, content: str) -> None:
    """`urged her to run for mayor and gave her campaign $5m`: a tensed verb cannot share
    the infinitive's "to"; it is what the speaker did next, not part of what was urged."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The senator representing Sokoto South, Alhaji Bello Garba, has asked the ministry to repair the bridge.",
         "Bello Garba"),
        ("The commissioner overseeing the project, Ada Obiora, said the contractor had been paid.", "Ada Obiora"),
    ],
)
def test_name_set_off_after_a_participle_phrase_of_the_speaker(nlp, text: str, speaker: str) -> None:
    """`The senator representing Kano Central, <name>, said`: the parser makes the name the
    participle's object; set off by a comma after its phrase it names the office holder."""
    quotes = run(nlp, text)
    assert [q.speaker for q in quotes] == [speaker], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The minister queried why the project had cost twice the estimate.",
         "why the project had cost twice the estimate"),
        ("Auditors queried whether the payments had been approved.", "whether the payments had been approved"),
    ],
)
def test_queried_reports_an_indirect_question(nlp, text: str, content: str) -> None:
    """`queried why/whether ...`: "query" asks as "question" does; its wh-clause is the
    reported question (PolNeAR: "even queried whether it was better than ...")."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes] == [(content, "queried")], show(quotes)


def test_clause_of_a_relative_verb_hung_on_the_main_cue_is_the_relative_verbs(nlp) -> None:
    """`told residents not to drink the water, which they had been assured was safe`: the
    parser hangs "was safe" (no subject of its own) on "told"; it is what the relative
    clause's verb reports, and "told" keeps its infinitive."""
    quotes = run(nlp, "Officials told residents not to drink the water, which they had been assured was safe.")
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes] == [
        ("residents not to drink the water", "told"),
        ("was safe", "had been assured"),
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The kitchen closed early," said a barmaid at the hotel, Nina Holt.', "Nina Holt"),
        ('"We had no warning," said the stewardess on the flight, Ana Ruiz.', "Ana Ruiz"),
        ('"We close at eleven," said the hostess at the hotel, Nina Holt.', "Nina Holt"),
    ],
)
def test_name_set_off_after_a_trade_without_an_agent_suffix(nlp, text: str, speaker: str) -> None:
    """`said a barmaid at the hotel, Nina Holt.`: a trade noun with no agent suffix
    ("barmaid", "stewardess", "hostess") is personal as "the caretaker" is, so the name the
    parser hangs on the place after it is the speaker's."""
    quotes = run(nlp, text)
    assert [q.speaker for q in quotes] == [speaker], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Her fears that the ferry would sink proved well founded.", "the ferry would sink"),
        ("Her fears that the roof would leak proved correct.", "the roof would leak"),
        ("Her worries that the clinic would close proved groundless.", "the clinic would close"),
        ("His doubts that the scheme would last turned out to be right.", "the scheme would last"),
    ],
)
def test_possessed_view_noun_then_the_sentence_verb(nlp, text: str, content: str) -> None:
    """`Her fears that the ferry would sink proved well founded.`: the model may tag the
    plural noun after "Her" a verb, and may read the sentence's verb ("proved", "turned
    out") into the "that" clause. A possessed word is a noun, and a finite verb right after
    "would V" starts a new predicate: the reported clause ends at the bare verb, owned by
    the possessive."""
    quotes = run(nlp, text)
    assert [(q.type, q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("indirect", content, text.split()[0])
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Her warning that the ice on the pond was too thin went unheeded.", "the ice on the pond was too thin"),
        ("A warning from the ranger that the ice was thin went unheeded.", "the ice was thin"),
        ("A warning that the glass was too thin went unheeded.", "the glass was too thin"),
    ],
)
def test_reported_copula_keeps_its_adjective(nlp, text: str, content: str) -> None:
    """`A warning that the glass was too thin went unheeded.`: the model may hang the
    adjective after the clause's "was" on the sentence's verb ("went"), cutting the
    reported clause to "the glass was". A "be" with a subject and no complement takes the
    adjective right after it."""
    quotes = run(nlp, text)
    assert [(q.type, q.content.text) for q in quotes] == [("indirect", content)], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Detectives questioned the cleaner about the missing keys.", "the missing keys"),
        ("The inspector questioned Lena Falk about the accounts.", "the accounts"),
        ("When questioned about the closure, the mayor said nothing new.", "the closure"),
    ],
)
def test_questioned_about_is_what_was_asked(nlp, text: str, content: str) -> None:
    """`Detectives questioned the cleaner about the missing keys.`: as with "asked", the
    person questioned is the addressee and the "about" phrase is what was asked (PolNeAR
    train: 4 of 5 "questioned ... about" golded so, the questioner the source)."""
    quotes = run(nlp, text)
    q = find(quotes, E("indirect", content, None))
    assert q.cue is not None and q.cue.text == "questioned", show(quotes)
    assert not any(w in q.content.text for w in ("cleaner", "Falk")), show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("A pledge by the council that no libraries would close was broken within a year.", "no libraries would close", "the council"),
        ("A promise from the board that no pools would close was soon forgotten.", "no pools would close", "the board"),
        ("A warning from the union that the mine would close was ignored.", "the mine would close", "the union"),
    ],
)
def test_that_before_a_verb_with_no_object_opens_the_nouns_content(nlp, text: str, content: str, mention: str) -> None:
    """`A pledge by the council that no libraries would close`: the model may read "that"
    as the object of "close" and the clause as a relative one. "close" takes no object
    here, so "that" opens what was pledged (a relative such as "the pledge that she
    made" keeps its reading)."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        (content, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The mayor pledged once more that no libraries would close.", "no libraries would close"),
        ("The board promised once more that no pools would shut.", "no pools would shut"),
        ("The council pledged once more that no parks would be sold.", "no parks would be sold"),
    ],
)
def test_that_clause_hung_on_an_adverb_is_the_cues(nlp, text: str, content: str) -> None:
    """`The mayor pledged once more that no libraries would close.`: the model may hang
    the clause on "more" of "once more"; an adverb of a cue takes no "that" clause (unless
    it measures degree, "so quickly that ..."), so it is what was pledged."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes] == [(content, text.split()[2])], show(quotes)


def test_that_clause_of_degree_stays_off_the_verb(nlp) -> None:
    """`spoke so quickly that nobody understood`: a result clause, not what was said."""
    assert run(nlp, "The mayor spoke so quickly that nobody understood.") == []


@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        ("Intro.\n\n'Never again,' sobbed the lad's mum Tracey.", "Tracey", "the lad's mum Tracey"),
        ("Intro.\n\n'She was a joy,' said the girl's mum Tracey.", "Tracey", "the girl's mum Tracey"),
        ("Intro.\n\n'We are heartbroken,' wept the boy's nan Tracey.", "Tracey", "the boy's nan Tracey"),
    ],
)
def test_first_name_right_after_a_kin_word(nlp, text: str, speaker: str, mention: str) -> None:
    """`sobbed the lad's mum Tracey`: one capitalised word right after a kin word ("mum",
    "nan"), no comma between, is her first name, though the model tags it a language and
    the name lists do not hold it; the mention runs to it."""
    quotes = run(nlp, text)
    assert [(q.speaker, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        (speaker, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("A warning from the coastguard that the sea was too rough went unheeded.", "the sea was too rough", "the coastguard"),
        ("An assurance from the navy that the harbour was safe came too late.", "the harbour was safe", "the navy"),
    ],
)
def test_service_in_a_from_phrase_owns_the_noun(nlp, text: str, content: str, mention: str) -> None:
    """`A warning from the coastguard that ...`: a service ("coastguard", "navy") is a body
    that speaks, as "the police" is, so it owns the reporting noun of its "from" phrase."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        (content, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "The caf\u00e9 has had a \u2018Closed until further notice\u2019 sign in its window since March.",
        "The caf\u00e9 has put up a \u2018Closed until further notice\u2019 sign.",
        'The landlord fixed a "No ball games on the green" notice to the fence.',
    ],
)
def test_capitalised_wording_on_a_noun_is_a_label_not_speech(nlp, text: str) -> None:
    """`has had a 'Closed until further notice' sign`: a capitalised phrase in marks between
    a determiner and the common noun after the close mark is the wording the sign (slogan,
    notice) carries, not words its owner used; no mixed item over the object."""
    quotes = run(nlp, text)
    assert quotes == [], show(quotes)


def test_lowercase_scare_quote_on_a_noun_still_reports_the_subject(nlp) -> None:
    """The label test leaves a lowercase fragment on a noun (`the "rigged" economy`) alone."""
    quotes = run(nlp, 'Sanders attacked the "rigged" economy in his speech.')
    assert [(q.type, q.speaker) for q in quotes] == [("mixed", "Sanders")], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Senator Alvarez posted the following on Facebook:\n\nToday I voted no. I could not in good conscience "
        "support a bill that cuts Medicaid for 80,000 Nevadans.",
        "Councillor Okoye shared the following with residents on Sunday:\n\nThe depot will close in June. I have "
        "asked the council to find a new site before then.",
    ],
)
def test_noun_phrase_announcing_a_block_quote_is_no_report(nlp, text: str) -> None:
    """`posted the following on Facebook:` then a paragraph without marks: the block is the
    message the cue introduces, one direct item; the noun phrase before the colon only
    announces it and is no indirect item of its own."""
    quotes = run(nlp, text)
    assert [q.type for q in quotes] == ["direct"], show(quotes)


def test_clause_or_telling_phrase_before_a_block_quote_stays_a_report(nlp) -> None:
    """A clause before the colon (`said the city had been hit hard:`) or a noun phrase that
    says something (`noted the thin turnout:`, which PolNeAR annotates) stays a report."""
    quotes = run(nlp, "Mayor Ines Alvarado said the city had been hit hard:\n\nWe are heartbroken by the loss of "
                      "three of our own.")
    assert [q.type for q in quotes] == ["indirect", "direct"], show(quotes)
    quotes = run(nlp, "The Ledger's reporter noted the thin turnout:\n\nFewer than forty people came to hear the "
                      "senator speak in a hall built for a thousand.")
    assert [q.type for q in quotes] == ["indirect", "direct"], show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("According to a police report obtained by the Herald, officers found cash in the car.", "a police report"),
        ("According to an interview transcript reviewed by the Ledger, the pilot had slept for four hours.",
         "an interview transcript"),
        ("Two guards were asleep at the time, according to a prison statement seen by the Courier.",
         "a prison statement"),
    ],
)
def test_outlet_that_obtained_the_source_is_not_its_speaker(nlp, text: str, mention: str) -> None:
    """`according to a police report obtained by the Herald`: the newspaper came by the
    report, it did not write it; the source is the report (an author after "published by",
    "issued by" still speaks for it)."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("indirect", mention)
    ], show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Councillor Ruth Abara was adamant. "There will be no second vote on the bypass."', "Ruth Abara"),
        ('Ines Calloway remained defiant. "I did nothing wrong and I will prove it in court."', "Ines Calloway"),
        ('Tomasz Nowak was blunt.\n\n"If the bakery closes, the street dies with it."', "Tomasz Nowak"),
    ],
)
def test_quotation_after_a_sentence_of_someones_bearing_is_theirs(nlp, text: str, speaker: str) -> None:
    """`Johnson was adamant. "There will be no second vote."`: a sentence that only says how
    a named person stood (adamant, defiant, blunt, unrepentant) introduces their words, as
    a gesture does (`Okafor shrugs. "..."`); the quotation after it is theirs."""
    quotes = run(nlp, text)
    assert [(q.type, q.speaker) for q in quotes] == [("direct", speaker)], show(quotes)


def test_quotation_after_a_bearing_with_its_own_cue_keeps_that_cue(nlp) -> None:
    """A cue of the quotation's own still wins: `X was adamant. "...," said her rival, Y.`"""
    quotes = run(nlp, 'Ines Calloway was adamant. "We will win," said her rival, Ada Roe.')
    assert [q.speaker for q in quotes] == ["Ada Roe"], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ('The strike, which Lynch called "a last resort", will go ahead.', '"a last resort"', "Lynch"),
        ('The strike, which union leader Mick Lynch called "a last resort", will go ahead.', '"a last resort"',
         "union leader Mick Lynch"),
        ('It was a move that critics called "cynical".', '"cynical"', "critics"),
        ('The senator attacked what Mayor Ruth Abara called "the rigged system".', '"the rigged system"',
         "Mayor Ruth Abara"),
        ('He attacked what Ruth Abara called "the rigged system" in Washington.', '"the rigged system"',
         "Ruth Abara"),
        ('He would rather move to what Ruth Abara calls "hell" than stay in a town run by Tomas Vrba.', '"hell"',
         "Ruth Abara"),
    ],
)
def test_quoted_label_in_a_relative_clause_is_mixed(nlp, text: str, content: str, mention: str) -> None:
    """`the strike, which Lynch called "a last resort"`: the relative pronoun is the object
    the label is said of (PolNeAR marks "which" + the quotation, a mixed item); with the
    subject between them the item is the quoted predicate (never run on past the marks into
    the words the parse hangs on it), and "which" (read by the parser as the subject's
    determiner) is no part of the mention."""
    quotes = run(nlp, text)
    assert [(q.type, q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("mixed", content, mention)
    ], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        'Reyes said she was "disappointed." She added: "We will appeal."',
        'Smith said he was disappointed. He added: "We will appeal."',
    ],
)
def test_lone_surname_tagged_a_body_that_says_she_is_a_person(nlp, text: str) -> None:
    """`Reyes said she was "disappointed."` with the lone surname tagged ORG: a name whose
    own report has "he" or "she" as subject speaks of itself as a person (a body says "it"),
    so the next "She added" is that person."""
    quotes = run(nlp, text)
    name = text.split()[0]
    assert [q.speaker for q in quotes] == [name, name], show(quotes)
    assert quotes[1].speaker_kind == "person", show(quotes)


@pytest.mark.parametrize(
    "text", ["Reuters said he had resigned.", "Police said he had been arrested.", "Nato said he was welcome."]
)
def test_outlet_or_body_reporting_on_someone_stays_a_body(nlp, text: str) -> None:
    """`Reuters said he had resigned`: a news outlet, a body noun or a known body
    is not read as a person for the pronoun in its report."""
    quotes = run(nlp, text)
    assert len(quotes) == 1 and quotes[0].speaker_kind != "person", show(quotes)


def test_name_given_in_a_relative_clause_is_no_quote(nlp) -> None:
    """`The fire, which officials have dubbed the "Canyon Complex,"`: a Title Case name
    given to a thing is a title, not words of the relative clause's subject."""
    quotes = run(nlp, 'The fire, which officials have dubbed the "Canyon Complex," has burned 40,000 acres.')
    assert quotes == [], show(quotes)


def test_hansard_label_with_the_members_seat_in_brackets(nlp) -> None:
    """`Dr VELLACOTT (Murrumbidgee):` opens a member's turn; the seat is no part of the name."""
    text = "Dr VELLACOTT (Murrumbidgee): The irrigation cuts have ruined half the district."
    quotes = run(nlp, text)
    assert [(q.type, q.content.text, q.speaker_mention.text if q.speaker_mention else None) for q in quotes] == [
        ("direct", "The irrigation cuts have ruined half the district.", "Dr VELLACOTT")
    ], show(quotes)


def test_capitalised_heading_after_the_is_no_hansard_turn(nlp) -> None:
    """"THE END:" names no office: no parliamentary turn."""
    quotes = run(nlp, "THE FACTS: the bridge was closed for nine days in March.")
    assert not any(q.type == "direct" for q in quotes), show(quotes)


def test_quoted_slogan_as_subject_of_be_is_no_quote(nlp) -> None:
    """`"Made in Britain" was the slogan on every crate`: "be" with a noun that is no
    one's words after a quotation with no comma names a slogan, not a reply."""
    quotes = run(nlp, '"Made in Britain" was the slogan on every crate.')
    assert not quotes, show(quotes)



@pytest.mark.parametrize(
    ("text", "content", "cue"),
    [
        (
            "The mayor has published a letter rejecting charges by the council that her office"
            " had hidden the budget figures.",
            "charges by the council that her office had hidden the budget figures",
            "rejecting",
        ),
        (
            "Reed criticized the board for ignoring warnings from engineers that the bridge was unsafe.",
            "warnings from engineers that the bridge was unsafe",
            "ignoring",
        ),
    ],
)
def test_object_content_keeps_its_that_clause_hung_on_another_verb(nlp, text: str, content: str, cue: str) -> None:
    """`rejecting charges by the council that her office had hidden ...`: the parser hangs
    the "that" clause on a verb before the object, but it says what the object noun holds;
    the object's content runs on over it, and the other verb reports nothing."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.cue.text if q.cue else None) for q in quotes] == [(content, cue)], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She told reporters that the plan would fail.", "the plan would fail"),
        ("The senator warned voters that taxes would rise.", "taxes would rise"),
    ],
)
def test_the_cues_own_that_clause_stays_the_content(nlp, text: str, content: str) -> None:
    """`told reporters that ...`: a "that" clause of the cue itself is what was said, not
    a clause of the object noun before it."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


def test_name_object_takes_no_that_clause_of_an_earlier_noun(nlp) -> None:
    """`a super PAC supporting Bush that raised ...`: the clause after a name belongs to
    an earlier noun (the PAC), so the name's content stays the name."""
    quotes = run(nlp, "The ads came from a super PAC supporting Bush that raised more than $100 million.")
    assert all("raised" not in q.content.text for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # an emoji after the name, then the full stop
        ('"The crews worked all night," said fire chief Bram Olsen \U0001f525.', "fire chief Bram Olsen"),
        # a ZWJ emoji sequence (woman + office worker) before the name
        ('The mayor \U0001f469\u200d\U0001f4bc Ada Voss said: "We are ready for anything."', "Ada Voss"),
        ('"We will win," said coach Dana Pike \u2705 on Monday.', "coach Dana Pike"),
    ],
)
def test_speaker_mention_has_no_symbol_edges(nlp, text: str, mention: str) -> None:
    """A speaker mention names the speaker: an emoji (or the half of a joined emoji
    sequence the tokenizer split off) at its edge is no part of the name, and a mention
    opening on a zero-width joiner splits a character the reader sees as one."""
    quotes = run(nlp, text)
    mentions = [q.speaker_mention.text for q in quotes if q.speaker_mention is not None]
    assert mention in mentions, show(quotes)
    for q in quotes:
        if q.speaker_mention is not None:
            assert q.speaker_mention.text == text[q.speaker_mention.start : q.speaker_mention.end]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Finance minister Helene Strand would say only that the budget was balanced.",
         "the budget was balanced", "Helene Strand"),
        ("The club would confirm only that the coach had left.", "the coach had left", None),
    ],
)
def test_focus_adverb_before_that_keeps_the_clause(nlp, text: str, content: str, speaker: str | None) -> None:
    """`would say only that ...`: the parser hangs "only" on the that-clause and reads the
    clause as an adverbial; a focus adverb narrows what was said, the clause is still it."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [(content, speaker)], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # near misses: "so that" is an adverbial of purpose, not what was said
        ("Ada Roe said only that she was tired, so that nobody worried.", "she was tired, so that nobody worried"),
        ("The mayor said the vote was fair.", "the vote was fair"),
    ],
)
def test_focus_adverb_controls(nlp, text: str, content: str) -> None:
    """Controls: a plain report and a purpose clause keep the spans they had."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("Coach Hamid Rostami will tell the players that he is leaving.", "he is leaving", "Hamid Rostami"),
        ("Coach Hamid Rostami is set to tell the players that he is leaving.", "he is leaving", "Hamid Rostami"),
    ],
)
def test_that_clause_read_as_relative_of_the_hearer(nlp, text: str, content: str, speaker: str) -> None:
    """`tell the players that he is leaving`: the parser hangs the clause on the hearer as
    a relative clause, yet tags "that" a subordinator (a relative "that" is WDT): what
    was told is the clause, and under "is set to" its subject still speaks."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [(content, speaker)], show(quotes)


def test_true_relative_on_the_hearer_stays(nlp) -> None:
    """Near miss: `told the story that he had heard`: a relative "that" (WDT) fills the
    object gap of its clause; the story with its clause stays what was told."""
    quotes = run(nlp, "He told the story that he had heard as a boy.")
    assert [q.content.text for q in quotes] == ["the story that he had heard as a boy"], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ('In Lisbon the pastry is called "pastel de nata" (custard tart) and sold everywhere.',
         'the pastry is called "pastel de nata" (custard tart)'),
        ("Most farmers say they are worse off than last year (61% to 22%).",
         "they are worse off than last year (61% to 22%)"),
    ],
)
def test_content_keeps_the_bracket_it_opened(nlp, text: str, content: str) -> None:
    """`(custard tart`: trimming closing punctuation took the ")" of a bracket the
    content opened; a bracket opened inside a content and closed right after it is
    part of it."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # controls: a closed bracket, and a writer's aside after the content, stay as they were
        ("Senator Ada Voss said she had campaigned with Olga Lind (D-Conn.).",
         "she had campaigned with Olga Lind (D-Conn.)"),
        ("The ferry would run twice a day, the minister said (weather permitting).",
         "The ferry would run twice a day"),
    ],
)
def test_bracket_controls(nlp, text: str, content: str) -> None:
    """Near misses of the closing-bracket rule: nothing opened inside the content."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("The treaty, as the historian Margit Solberg has long argued, was signed in haste.",
         "The treaty, as the historian Margit Solberg has long argued, was signed in haste", "Margit Solberg"),
        ("As the economist Tomas Vrba has argued, the tariff will backfire.",
         "the tariff will backfire", "Tomas Vrba"),
    ],
)
def test_as_aside_read_as_relative_clause_of_the_role(nlp, text: str, content: str, speaker: str) -> None:
    """`as the historian X has long argued`: the parser reads "as the historian" as a
    prepositional phrase and the rest as a relative clause on "historian"; it is an
    "as" aside, reporting the clause it hangs from."""
    quotes = run(nlp, text)
    assert [(q.content.text, q.speaker) for q in quotes] == [(content, speaker)], show(quotes)


@pytest.mark.parametrize(
    "text",
    [
        # no role noun after "as": a reason, not someone's aside
        "The president points to the drought, as another reason the State Department charged with the talks has failed.",
        "The farm was sold, as the farmer Ngozi Eze walked away.",
    ],
)
def test_as_aside_controls(nlp, text: str) -> None:
    """Near misses: "as" + a noun that is no one's role, and a verb that is no speech."""
    quotes = run(nlp, text)
    assert all("Eze" != q.speaker and "charged" != (q.cue.text if q.cue else None) for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("The vote \u2014 the senator said on Tuesday \u2014 was rigged.",
         "The vote \u2014 the senator said on Tuesday \u2014 was rigged"),
        ("The bridge -- engineers warned last year -- is unsafe.",
         "The bridge -- engineers warned last year -- is unsafe"),
    ],
)
def test_aside_set_off_by_dashes_reports_the_whole_clause(nlp, text: str, content: str) -> None:
    """`The vote -- the senator said -- was rigged`: the parser makes the dashed aside the
    main verb and leaves "was rigged" with no subject; as with commas, what was said is
    the clause the aside interrupts, its subject included."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # controls: a relative clause between dashes, and a dashed appositive with the cue after
        ("The senator \u2014 who said the vote was rigged \u2014 resigned on Friday.", "the vote was rigged"),
        ("The vote \u2014 a close one \u2014 was rigged, the senator said.", "The vote \u2014 a close one \u2014 was rigged"),
    ],
)
def test_dashed_aside_controls(nlp, text: str, content: str) -> None:
    """Near misses of the dashed-aside repair: no speech verb with its own subject alone
    between the dashes."""
    quotes = run(nlp, text)
    assert [q.content.text for q in quotes] == [content], show(quotes)


# -- a named person's short narrated act before first-person words in one paragraph -------------


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Night\n\n\"Left at the church,\" Arlo Penn said.\n\nWilla Dunmore turned the wheel. "
            "\"I know this town better than you do.\"",
            "I know this town better than you do.",
            "Willa Dunmore",
        ),
        (
            "Night\n\nSergeant Willa Dunmore drove. Her partner, Arlo Penn, read the map.\n\n\"Left at the church,\" "
            "Penn said.\n\nDunmore turned the wheel. \"I know this town better than you do.\"",
            "I know this town better than you do.",
            "Willa Dunmore",
        ),
        (
            "Dig\n\n\"The coins are Roman,\" said Osric Vane.\n\nMarit Olsen picked one up. \"We found ours in a ditch.\"",
            "We found ours in a ditch.",
            "Marit Olsen",
        ),
        # the subject phrase carries a role (with a proper noun of its own)
        (
            "Pier\n\n\"The pier will be sold,\" said the council leader, Orla Fenn.\n\nHarbour trader Nils Kask "
            "looked at the sea. \"Then we are finished here.\"",
            "Then we are finished here.",
            "Nils Kask",
        ),
    ],
)
def test_quote_after_a_named_persons_short_act(nlp, text: str, quote: str, speaker: str) -> None:
    """`Dunmore turned the wheel. "I know this town ..."`: in a conversation, a short
    narrated act of one named person right before first-person words that close the
    paragraph makes them that person's (as `He turned the wheel.` already did)."""
    quotes = run(nlp, text)
    q = check(quotes, E("direct", quote, speaker))
    assert q.confidence >= DEFAULT_MIN_CONFIDENCE, show(quotes)


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # another person named in the act: who speaks is open
        (
            "Night\n\n\"Left at the church,\" Arlo Penn said.\n\nWilla Dunmore thanked Penn. "
            "\"I know this town better than you do.\"",
            "I know this town better than you do.",
        ),
        # a long scene-setting sentence, not a beat of the conversation
        (
            "Night\n\n\"Left at the church,\" Arlo Penn said.\n\nWilla Dunmore began the night with a long drive "
            "through the empty streets of the old town. \"I know this town better than you do.\"",
            "I know this town better than you do.",
        ),
    ],
)
def test_quote_after_a_named_persons_act_controls(nlp, text: str, quote: str) -> None:
    """Near misses: the act names a second person, or is a long scene-setting sentence;
    the quotation is not handed to the named actor."""
    quotes = run(nlp, text)
    assert not any(q.content.text.strip() == quote and q.speaker == "Willa Dunmore" for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        ("According to witness Hana Mori, the driver \u201ccame out of nowhere\u201d.", "the driver \u201ccame out of nowhere\u201d",
         "Hana Mori"),
        ("According to the witness, Hana Mori, the driver \u201ccame out of nowhere\u201d.",
         "the driver \u201ccame out of nowhere\u201d", "Hana Mori"),
        ("According to the farmer, Ivo Brandt, the storm \u201cflattened everything\u201d.", "the storm \u201cflattened everything\u201d",
         "Ivo Brandt"),
    ],
)
def test_according_to_a_role_and_its_name(nlp, text: str, content: str, speaker: str) -> None:
    """`According to witness Hana Mori, ...` (the parser reads the name as a second
    object of "to") and `According to the witness, Hana Mori, ...` (a role outside the
    title list, with the name in apposition): the named person is the source, and the
    name is no part of the content."""
    quotes = run(nlp, text)
    check(quotes, E("mixed", content, speaker))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("According to the report, Ivo Brandt was \u201ca danger to himself\u201d.", "Ivo Brandt"),
        ("According to police, Hana Mori was \u201cdriving far too fast\u201d.", "Hana Mori"),
    ],
)
def test_according_to_a_role_and_its_name_controls(nlp, text: str, name: str) -> None:
    """Near misses: a document or a body before the name is no person's role, so the
    name opening the clause is what the source reports on, not the source."""
    quotes = run(nlp, text)
    assert quotes and all(q.speaker != name for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("The plan (\u201ca fantasy,\u201d said the economist Dora Lenz) was dropped in May.", "a fantasy,", "Dora Lenz"),
        ("The plan (\u201cIt is a fantasy,\u201d said the economist Dora Lenz) was dropped in May.", "It is a fantasy,",
         "Dora Lenz"),
        ("The new bridge (\u201cugly and too late,\u201d says the architect Bo Falk) opens on Monday.", "ugly and too late,",
         "Bo Falk"),
    ],
)
def test_parenthetical_quote_with_inverted_cue(nlp, text: str, quote: str, speaker: str) -> None:
    """`The plan ("a fantasy," said the economist Dora Lenz) was dropped`: the parser
    makes the noun before the parenthesis the cue's subject and the role after it a
    subject of the main verb; the parenthesis is a sentence of its own, the speaker
    the inverted one after the cue, and the speaker's name is no reported content."""
    quotes = run(nlp, text)
    check(quotes, E("direct", quote, speaker))
    assert not any(q.type == "indirect" and speaker in q.content.text for q in quotes), show(quotes)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the participle after the quote reports a clause of its own
        ("Boreing said the club would go on, but said, \u201cIt is time we change,\u201d promising the club will return.",
         "Boreing"),
        # the quote inside the parenthesis is the writer's gloss; the cue after it is the writer's sentence's
        ("The plan (\u201cProject Dawn\u201d) was dropped in May, said Dora Lenz.", "Dora Lenz"),
    ],
)
def test_parenthetical_quote_with_inverted_cue_controls(nlp, text: str, speaker: str) -> None:
    """Near misses: a participle after the quote (not an inverted cue) and a quote
    closed by no comma; the speaker stays who the sentence names before."""
    quotes = run(nlp, text)
    assert quotes and all(q.speaker in (speaker, None) or speaker in (q.speaker or "") for q in quotes), show(quotes)
