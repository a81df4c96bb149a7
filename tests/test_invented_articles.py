"""Document-level cases on the invented articles (tests/data/invented), scored like the seeds.

The seeds articles are copyrighted and stay in ../shared; these six are ours: a wire
story (dateline, byline, photo caption, "READ MORE |" line, a floating quote paragraph,
a quotation reopened on each paragraph), a court report (he/she between two people,
lawyers by full name then surname and "Mr."/"Ms."), a British match report (single
quote marks, apostrophes, "'Twas"), a politics piece (organisations speaking,
"according to", unnamed sources), an interview (Q:/A: lines and a hearing transcript)
and a messy one (CRLF, no-break spaces, ``...'' marks, an unclosed quote, an embed
line, scare quotes). Later rounds added more kinds (live blogs, op-eds, obituaries, earnings, councils; and
a foreign correspondent's piece with « » and „ “ marks and a translated quote, a press
briefing transcript with named questioners, a feature with a quotation over three
paragraphs and floating quote paragraphs, a health story quoting a study and its
authors). The gold (text/<doc>.txt + gold.jsonl) follows the seeds README
and was written before the pipeline was run on the texts.

Every required item must be found (Dice >= 0.5) with the right speaker, except the
known gaps listed below with the reason each still fails; a gap that gets fixed may be
removed from the list. No item may start in a headline, byline, caption or link line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quotes import pipeline
from quotes.evaluate import GoldDoc, Report, load_gold, score
from quotes.models import Quote

DATA = Path(__file__).resolve().parent / "data" / "invented"

# (doc, first 40 characters of the gold content) -> why the item is still missed or
# given the wrong speaker.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("inv01_wire", "as many as 400 dock jobs could disappear"): (
        "'The head of the Kessling Harbour Authority' is Tobias Renvik only by world "
        "knowledge: the story names him 'authority director' two paragraphs later"
    ),
    ("inv01_wire", "the port's share of regional container t"): (
        "unnamed groups are named by their head noun ('Analysts'), gold keeps 'Shipping analysts'"
    ),
    ("inv02_court", "she destroyed planning records on his in"): (
        "'A former aide to the ousted mayor' is Lorna Vickery only through the next sentence"
    ),
    ("inv02_court", "the handwriting was Hale's"): "'The witness' is not linked to the person testifying",
    ("inv02_court", "No. That is simply not true,"): (
        "'she replied' after 'Mr. Danforth asked her': the one asked is not preferred, and "
        "Ms. Marlowe's 'showed the jury' report makes her the latest woman speaking"
    ),
    ("inv03_sport", "his side would not get carried away by a"): (
        "'The Rovers boss' is O'Neill only by knowing he manages Rovers"
    ),
    ("inv04_politics", "Talks on forming a new coalition governm"): (
        "unnamed group named by its head noun ('People'), gold 'Three people present'"
    ),
    ("inv04_politics", "Osterberg had privately offered to cut t"): (
        "unnamed source named by its head noun ('Person'), gold 'A person familiar with the matter'"
    ),
    ("inv05_interview", "Dr. Kessel, do you accept that the counc"): (
        "transcript label 'CHAIR (COUNCILLOR MEGAN TULLY):' with a role and a bracketed name"
    ),
    ("inv05_interview", "Mr. Ostrander, will the new embankment b"): (
        "'TULLY:' is introduced only inside the bracketed label above"
    ),
    ("inv05_interview", "the funding bid would be submitted befor"): (
        "'The council' continues 'the town council's committee': named 'Town council', gold 'The council'"
    ),
    ("inv06_messy", "the work was ``essential for safety reas"): (
        "'the company' is Harlow Residential, which the model tags as a person"
    ),
    ("inv06_messy", "they would march again next month if the"): (
        "unnamed group named by its head noun ('Organisers'), gold 'Tenant organisers'"
    ),
    ("inv07_liveblog", "Safety has to come first and the line is"): (
        "'the company' after 'Rail operator Westline said': Westline, untagged or not read as a "
        "body, loses to the utility 'Brannock Water' named in an earlier entry"
    ),
    ("inv07_liveblog", "the money should have been promised befo"): (
        "unnamed group named by its head noun ('Members'), gold 'Opposition members'"
    ),
    ("inv07_liveblog", "the rain would ease by the evening but t"): (
        "unnamed group named with its whole phrase ('Forecasters at the national weather service'), "
        "gold 'Forecasters'"
    ),
    ("inv07_liveblog", "half of her staff could not reach the sc"): (
        "unnamed source named by its head noun ('Teacher'), gold 'A head teacher in Carrow'"
    ),
    ("inv08_opinion", "the survey \"was never meant to guide the"): (
        "'He told me' after 'I asked a council officer': the pronoun goes to the named man "
        "(the deputy mayor) two paragraphs up, not to the unnamed officer just introduced"
    ),
    ("inv08_opinion", "the car park will pay for itself within "): (
        "'The council' resolves to 'City Hall', a building the model tags FAC, indexed as a body"
    ),
    ("inv08_opinion", "takings are up"): (
        "'the town's business association' resolves to 'City Hall' (as above)"
    ),
    ("inv09_business", "it had not been consulted before the ann"): (
        "'The United Machinists union' keeps 'union' in the name, gold 'United Machinists'"
    ),
    ("inv11_obituary", "the family had asked that, instead of fl"): (
        "'Her son' is Jonas only through 'a son, Jonas' in the survivors' list before"
    ),
    ("inv11_obituary", "She would have hated the fuss,"): "'he' continues 'Her son' (as above)",
    ("inv11_obituary", "She would have wanted the money spent on"): "'he' continues 'Her son' (as above)",
    ("inv13_council", "they feared noise and fumes"): (
        "unnamed group named by its head noun ('Residents'), gold 'Residents of the Tanner's Lane estate'"
    ),
    ("inv18_earnings", "it had not been told about the cuts in a"): (
        "'The GMB union' keeps 'union' in the name, gold 'GMB' (as inv09's 'United Machinists')"
    ),
    ("inv18_earnings", "the guidance cut was \"bigger than feared"): (
        "'Analysts at Cantor Keel': named by the head noun ('Analysts'), gold the firm whose note it is"
    ),
    ("inv19_council", "his remark had been \"out of order\" and t"): (
        "'He' after 'Cllr Reilly later apologised': goes to the chair, Cllr Ade Bankole"
    ),
    ("inv19_council", "it has raised £8,000 towards a possible "): (
        "'The campaign group' resolves to 'Labour group' by the word 'group' alone"
    ),
    ("inv20_liveblog", "engineers had found \"multiple trees\" blo"): (
        "a bare 'A spokesman' after 'Rail operator Scotrail West has suspended': an unnamed 'Spokesman'"
    ),
    ("inv20_liveblog", "its teams were \"working in extremely dif"): (
        "'the company' after 'Westgrid says': Westgrid is tagged a place, so no company is named before"
    ),
    ("inv20_liveblog", "it expected to review the timetable at 7"): (
        "'The operator' after 'CalMar Ferries has cancelled': the model tags no 'CalMar Ferries', and the "
        "body named last before, 'BBC Radio West', is taken"
    ),
    ("inv21_oped", "I trained to teach reading,"): (
        "'she' of 'a young teacher I used to mentor': no named antecedent, goes to 'Schools'"
    ),
    ("inv23_council", "it had not been consulted about the levy"): (
        "a body brought in with its acronym, 'The Regional Transport Partnership (RTP)', is named "
        "by the acronym in the article ('RTP'; the speaker index merges the two), gold the full name"
    ),
    ("inv23_council", "the partnership would \"study the details"): "'An RTP spokeswoman': 'RTP' (as above)",
    ("inv24_business", "it had been told of the cuts only an hou"): (
        "'The Nordic Pilots Association (NPA)' is named 'NPA' (as inv23's 'RTP')"
    ),
    ("inv24_business", "it would announce the result of its ball"): "'The NPA': 'NPA' (as above)",
    ("inv24_business", "Tolland remained \"open to dialogue with "): (
        "'A company spokeswoman' after two bodies named (Tolland Air and the pilots' association): "
        "the one company among them is not picked, an unnamed 'Spokeswoman'"
    ),
    ("inv24_business", "A strike in December would cost them mor"): (
        "'she' after 'Another analyst, who asked not to be named because her bank advises the "
        "airline, said': goes to Sofia Marchetti, quoted before, not the unnamed analyst"
    ),

    ("inv21_oped", "I didn’t train for this."): "'she' (as above)",
    ("inv21_oped", "the money has been swallowed by energy b"): (
        "'most headteachers I speak to tell me the money ...': no report from 'tell' after a relative clause"
    ),
    ("inv21_oped", "Ask me in July,"): (
        "'she' of 'My young colleague': goes to Margaret Oyelaran, the last woman named"
    ),
    ("inv22_obituary", "she was grateful but that the medal \"wil"): (
        "'She told the local newspaper' after 'In 2004 she was awarded': goes to Emi Tanaka, "
        "quoted in the paragraph before, not the obituary's subject"
    ),
    ("inv25_foreign", "the bridge mainly serves German traffic "): (
        "unnamed group named by its head noun ('Negotiators'), gold 'French negotiators'"
    ),
    ("inv25_foreign", "the gap between the two sides was \"small"): (
        "unnamed source named by its head noun ('Official'), gold 'Senior French official'"
    ),
    ("inv25_foreign", "Ils nous ont oubliés,"): (
        "'His wife, Odile' is Odile Ferrand only by knowing she shares her husband's surname"
    ),
    ("inv28_health", "People over 60 who walk for at least 30 "): (
        "'according to a ten-year study of more than 40,000 adults published on Wednesday': "
        "the unnamed source is named with its whole phrase, gold 'Study'"
    ),
}

# Lines no item may come from: the headline (first line), bylines, photo captions and
# credits, "READ MORE |" link lines and a match report's score line.
BOILERPLATE = re.compile(
    r"^(?:By |Interview by |READ MORE \||READ MORE:|Related:|Share this|Sign up|Updated |Published |Posted "
    r"|Editor's note:|Correction:|[A-Z][A-Za-z' ]+ \d+ [A-Z][A-Za-z' ]+ \d+\s*$)"
    r"|Photo: |\(Photo by ",
)

pytestmark = pytest.mark.skipif(not (DATA / "gold.jsonl").exists(), reason="tests/data/invented absent")


@pytest.fixture(scope="module")
def scored() -> tuple[list[GoldDoc], dict[str, list[Quote]], Report]:
    nlp = pipeline.load()
    gold = load_gold(DATA)
    preds = {}
    for d in gold:
        doc = nlp(pipeline.make_doc(nlp, d.text))
        preds[d.doc] = list(doc._.quotes or [])
    return gold, preds, score(gold, preds, 0.5)


def _failures(gold: list[GoldDoc], report: Report) -> dict[tuple[str, str], str]:
    texts = {d.doc: d.text for d in gold}
    out = {}
    for e in report.errors:
        if e.kind in ("miss", "wrong_speaker"):
            s, t = e.fragments[0][0], e.fragments[-1][1]
            content = texts[e.doc][s:t]
            out[(e.doc, content[:40])] = f"{e.kind}: {content[:80]!r} gold={e.gold_speaker!r} got={e.pred_speaker!r}"
    return out


def test_gold_offsets_index_the_texts() -> None:
    gold = load_gold(DATA)  # raises when an item's offsets do not give its content
    assert len(gold) == 28
    assert sum(1 for d in gold for it in d.items if not it.optional) >= 250


def test_every_required_item_found_with_its_speaker(scored) -> None:
    gold, _, report = scored
    failures = _failures(gold, report)
    unexpected = {k: v for k, v in failures.items() if k not in KNOWN_GAPS}
    assert not unexpected, "\n".join(unexpected.values())


def test_overall_scores(scored) -> None:
    _, _, report = scored
    assert report.recall >= 0.92
    assert report.precision >= 0.8
    assert report.speaker_accuracy >= 0.85


@pytest.mark.parametrize(
    "doc_id",
    [
        "inv01_wire", "inv02_court", "inv03_sport", "inv04_politics", "inv06_messy", "inv07_liveblog",
        "inv08_opinion", "inv09_business", "inv10_sport", "inv11_obituary", "inv12_science",
        "inv13_council", "inv14_crime", "inv15_wire_politics", "inv17_sport_interview", "inv18_earnings",
        "inv19_council", "inv20_liveblog", "inv22_obituary", "inv25_foreign", "inv27_feature", "inv28_health",
    ],
)
def test_all_required_items_found_in_prose_articles(scored, doc_id: str) -> None:
    gold, _, report = scored
    misses = [e for e in report.errors if e.doc == doc_id and e.kind == "miss"]
    assert not misses, misses


def test_no_item_from_a_headline_byline_caption_or_link_line(scored) -> None:
    gold, preds, _ = scored
    for d in gold:
        lines = []
        pos = 0
        for n, line in enumerate(d.text.splitlines(keepends=True)):
            if n == 0 or BOILERPLATE.search(line.strip()):
                lines.append((pos, pos + len(line), line.strip()))
            pos += len(line)
        assert len(lines) >= 2, d.doc  # the headline and a byline at least
        for q in preds[d.doc]:
            for s, e, line in lines:
                assert not (s <= q.content.start < e), (d.doc, line, q.content.text)
