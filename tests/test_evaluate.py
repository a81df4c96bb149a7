"""Tests of the evaluation module: protocol rules on invented sentences, loaders on the
shared gold data (read at run time, skipped when absent: the PolNeAR texts are
copyrighted and must never be copied into the repository)."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from quotes.evaluate import (
    GoldDoc,
    GoldItem,
    Report,
    char_set,
    dice,
    evaluate,
    format_errors,
    format_report,
    load_brat,
    load_gold,
    load_seeds,
    match,
    parse_brat,
    quote_type_of,
    score,
    speaker_correct_brat,
    speaker_correct_seeds,
)
from quotes.models import Quote, Span

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "eval" / "seeds"
POLNEAR = SHARED / "eval" / "polnear"


def frag(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of ``part`` in ``text`` (keeps tests readable)."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return (start, start + len(part))


def quote(text: str, part: str, type_: str = "direct", **kw) -> Quote:
    s, e = frag(text, part)
    return Quote(type=type_, content=Span(s, e, part), **kw)


def item(doc: str, text: str, *parts: str, type_: str = "direct", **kw) -> GoldItem:
    return GoldItem(doc=doc, type=type_, fragments=tuple(frag(text, p) for p in parts), **kw)


# ---------------------------------------------------------------------------------------
# Character sets and Dice


def test_char_set_drops_whitespace_and_quote_marks() -> None:
    text = "a “b c” 'd' \"e\" ``f'' ‘g’ «h» `i"
    kept = {text[i] for i in char_set(text, [(0, len(text))])}
    assert kept == set("abcdefghi")


def test_enclosing_marks_make_no_difference() -> None:
    text = 'He said: "We will win the vote." Then he left.'
    inner = char_set(text, [frag(text, "We will win the vote.")])
    outer = char_set(text, [frag(text, '"We will win the vote."')])
    assert inner == outer
    assert dice(inner, outer) == 1.0


def test_dice_values() -> None:
    a = frozenset(range(10))
    assert dice(a, frozenset(range(5))) == pytest.approx(2 * 5 / 15)
    assert dice(a, frozenset(range(10, 20))) == 0.0
    assert dice(frozenset(), frozenset()) == 0.0


# ---------------------------------------------------------------------------------------
# Matching


def test_threshold_boundary() -> None:
    g = [frozenset(range(30))]
    exactly_half = [frozenset(range(10))]  # 2*10/40 = 0.5
    below = [frozenset(range(9))]
    assert match(g, exactly_half, threshold=0.5) == {0: [0]}
    assert match(g, below, threshold=0.5) == {}
    assert match(g, [frozenset(range(27))], threshold=0.9) == {0: [0]}  # 54/57 = 0.947
    assert match(g, [frozenset(range(24))], threshold=0.9) == {}  # 48/54 = 0.889
    assert match(g, [frozenset(range(18, 40))], threshold=0.5) == {}  # 24/52


def test_greedy_best_first_is_one_to_one() -> None:
    # P0 overlaps G0 best and G1 well enough; P1 passes only with G0. Best first gives
    # G0 to P0, so P1 stays unmatched and G1 too although P0-G1 would pass 0.5: greedy,
    # not an optimal assignment.
    g0, g1 = frozenset(range(0, 20)), frozenset(range(8, 28))
    p0, p1 = frozenset(range(4, 22)), frozenset(range(0, 10))
    assert dice(g0, p0) > dice(g1, p0) > dice(g0, p1) >= 0.5 > dice(g1, p1)
    assert match([g0, g1], [p0, p1]) == {0: [0]}


def test_two_predictions_for_one_single_fragment_item() -> None:
    text = "Mr. Smith said the bridge will open next year and the tolls will stay low."
    doc = GoldDoc(
        "d",
        text,
        [
            item(
                "d",
                text,
                "the bridge will open next year and the tolls will stay low",
                type_="indirect",
            )
        ],
    )
    preds = {
        "d": [
            quote(text, "the bridge will open next year and", "indirect"),
            quote(text, "the tolls will stay low", "indirect"),
        ]
    }
    r = score([doc], preds)
    assert r.recall == 1.0  # the longer half reaches Dice 0.5
    assert r.pred_matched == 1 and r.precision == 0.5  # no union rule for one fragment
    assert [e.kind for e in r.errors] == ["false_positive"]


# ---------------------------------------------------------------------------------------
# Optional items


def test_optional_items_count_neither_way() -> None:
    text = "The mayor said the park is closed. Critics accused her of neglect, aides said."
    doc = GoldDoc(
        "d",
        text,
        [
            item("d", text, "the park is closed", type_="indirect"),
            item("d", text, "her of neglect", type_="indirect", optional=True),
        ],
    )
    r = score([doc], {"d": [quote(text, "her of neglect", "indirect")]})
    assert (r.n_gold, r.n_optional, r.n_pred, r.pred_optional) == (1, 1, 1, 1)
    assert r.recall == 0.0
    assert r.precision == 0.0 and r.pred_matched == 0  # 0 / (1 - 1): nothing to judge
    assert [e.kind for e in r.errors] == ["miss"]

    r = score([doc], {"d": [quote(text, "the park is closed"), quote(text, "her of neglect")]})
    assert (r.precision, r.recall, r.f1) == (1.0, 1.0, 1.0)


def test_required_item_wins_ties_with_optional() -> None:
    text = "She said that taxes will rise."
    doc = GoldDoc(
        "d",
        text,
        [
            item("d", text, "taxes will rise", type_="indirect", optional=True),
            GoldItem("d", "indirect", (frag(text, "taxes will rise"),)),
        ],
    )
    r = score([doc], {"d": [quote(text, "taxes will rise", "indirect")]})
    assert r.tp == 1 and r.pred_optional == 0 and r.precision == 1.0


# ---------------------------------------------------------------------------------------
# Multi-fragment items


SPLIT = '"We are ready for the storm," the mayor said on Monday. "The shelters are open."'


def split_doc() -> GoldDoc:
    return GoldDoc(
        "d",
        SPLIT,
        [item("d", SPLIT, "We are ready for the storm,", "The shelters are open.")],
    )


def test_union_of_fragment_predictions_matches_split_item() -> None:
    preds = {
        "d": [quote(SPLIT, "We are ready for the storm,"), quote(SPLIT, "The shelters are open.")]
    }
    for t in (0.5, 0.9):
        r = score([split_doc()], preds, t)
        assert (r.tp, r.pred_matched, r.precision, r.recall) == (1, 2, 1.0, 1.0), t
        assert r.errors == []


def test_union_absorbs_remaining_fragment_after_greedy_match() -> None:
    # The long first piece alone passes 0.5: greedy matches it, the union rule then
    # lets the short second piece join instead of counting as a false positive.
    text = '"We have rebuilt every school and every clinic in the county," he said. "All of it."'
    long_part, short_part = (
        "We have rebuilt every school and every clinic in the county,",
        "All of it.",
    )
    doc = GoldDoc("d", text, [item("d", text, long_part, short_part)])
    gold_set = char_set(text, doc.items[0].fragments)
    assert dice(gold_set, char_set(text, [frag(text, long_part)])) > 0.9
    r = score([doc], {"d": [quote(text, long_part), quote(text, short_part)]}, 0.9)
    assert (r.tp, r.pred_matched, r.precision) == (1, 2, 1.0)


def test_union_needs_predictions_inside_the_item() -> None:
    # The second prediction runs on into the cue, so less than 80% of it is inside.
    preds = {
        "d": [
            quote(SPLIT, "We are ready for the storm,"),
            quote(SPLIT, 'the mayor said on Monday. "The shelters are open.'),
        ]
    }
    r = score([split_doc()], preds, 0.9)
    assert r.tp == 0 and r.precision == 0.0
    r = score([split_doc()], preds, 0.5)  # the first piece alone is > 0.5: greedy match
    assert r.tp == 1 and r.pred_matched == 1


def test_single_fragment_prediction_of_split_item() -> None:
    # One contiguous prediction over both pieces and the cue between them.
    r = score([split_doc()], {"d": [quote(SPLIT, SPLIT)]}, 0.5)
    assert r.tp == 1


# ---------------------------------------------------------------------------------------
# Speaker rules


def test_seeds_speaker_rule() -> None:
    text = "The ministry said the talks failed."
    it = GoldItem(
        "d",
        "indirect",
        (frag(text, "the talks failed"),),
        speaker="The Kremlin",
        speaker_kind="organization",
    )
    q = quote(text, "the talks failed", "indirect")

    def with_speaker(name: str | None, mention: str | None = None) -> Quote:
        m = Span(0, 12, mention) if mention else None
        return Quote(q.type, q.content, speaker=name, speaker_mention=m)

    assert speaker_correct_seeds(it, with_speaker("Kremlin"))
    assert speaker_correct_seeds(it, with_speaker("the kremlin"))
    assert not speaker_correct_seeds(it, with_speaker("Russia"))
    assert not speaker_correct_seeds(it, with_speaker(None))
    person = GoldItem(
        "d", "indirect", it.fragments, speaker="Jean-Yves Le Drian", speaker_kind="person"
    )
    assert speaker_correct_seeds(person, with_speaker("Le Drian"))
    assert speaker_correct_seeds(person, with_speaker(None, "Drian"))  # mention fallback
    assert not speaker_correct_seeds(person, with_speaker("Jean-Yves"))
    org = GoldItem(
        "d",
        "indirect",
        it.fragments,
        speaker="Russian defence ministry",
        speaker_kind="organization",
    )
    assert not speaker_correct_seeds(org, with_speaker("Ukrainian defence ministry"))


def test_brat_speaker_rule() -> None:
    text = "Senator Ann Lee, the committee chair, said the bill is dead."
    it = GoldItem(
        "d",
        "indirect",
        (frag(text, "the bill is dead"),),
        source_spans=(frag(text, "Senator Ann Lee, the committee chair"),),
    )
    content = quote(text, "the bill is dead").content
    s, e = frag(text, "Lee")
    assert speaker_correct_brat(
        it, Quote("indirect", content, speaker_mention=Span(s, e, "Lee")), text
    )
    assert speaker_correct_brat(it, Quote("indirect", content, speaker="Ann LEE"), text)
    assert not speaker_correct_brat(it, Quote("indirect", content, speaker="Bob Leeds"), text)
    outside = frag(text, "the bill")
    assert not speaker_correct_brat(
        it, Quote("indirect", content, speaker_mention=Span(*outside, "x")), text
    )


def test_speaker_accuracy_skips_items_without_source() -> None:
    text = "It was announced that the plant will close. Ann Lee said prices will fall."
    doc = GoldDoc(
        "d",
        text,
        [
            item("d", text, "the plant will close", type_="indirect"),
            item(
                "d",
                text,
                "prices will fall",
                type_="indirect",
                source_spans=(frag(text, "Ann Lee"),),
            ),
        ],
    )
    preds = [
        quote(text, "the plant will close", "indirect", speaker="Ann Lee"),
        quote(text, "prices will fall", "indirect", speaker="Bob Ray"),
    ]
    r = score([doc], {"d": preds})
    assert (r.tp, r.speaker_total, r.speaker_correct, r.speaker_accuracy) == (2, 1, 0, 0.0)
    assert [(e.kind, e.gold_speaker, e.pred_speaker) for e in r.errors] == [
        ("wrong_speaker", "Ann Lee", "Bob Ray")
    ]


# ---------------------------------------------------------------------------------------
# Quote types derived from the text


@pytest.mark.parametrize(
    ("text", "part", "expected"),
    [
        ('He said: "The plan works." Then he left.', "The plan works.", "direct"),
        ('He said: "The plan works." Then he left.', '"The plan works."', "direct"),
        ("He said: “The plan works”. Then he left.", "The plan works”.", "direct"),
        ("He said the plan “works well” for now.", "the plan “works well” for now", "mixed"),
        ("He said the plan works well for now.", "the plan works well for now", "indirect"),
        ("She said Clinton’s plan can’t work.", "Clinton’s plan can’t work", "indirect"),
        ("He said ''the plan works'' today.", "the plan works", "direct"),
        ("He said the plan ''works'' today.", "the plan ''works'' today", "mixed"),
        ("He said it was ‘a disaster’ for all.", "it was ‘a disaster’ for all", "mixed"),
        ("He said it was 'a disaster' for all.", "a disaster", "direct"),
        ("He said prices in the '90s were low.", "prices in the '90s were low", "indirect"),
        (
            '"First paragraph of a long quote.\n\n"Second part," he said.',
            "First paragraph of a long quote.",
            "direct",
        ),
        ("”Typed with the wrong mark.” ― a reader", "Typed with the wrong mark.", "direct"),
    ],
)
def test_quote_type_of(text: str, part: str, expected: str) -> None:
    assert quote_type_of(text, [frag(text, part)]) == expected


def test_quote_type_of_split_content() -> None:
    assert quote_type_of(SPLIT, split_doc().items[0].fragments) == "direct"


# ---------------------------------------------------------------------------------------
# Loaders on invented files

ANN_TEXT = (
    'Ann Lee said taxes will rise. "We are ready," Bob Ray said. "Trust us."\n'
    'It was reported that the mill will close.\n"Vote early," aides said, "and often."\n'
)


def invented_ann(text: str) -> str:
    def t(n: int, kind: str, *parts: str) -> str:
        spans = [frag(text, p) for p in parts]
        offs = ";".join(f"{s} {e}" for s, e in spans)
        return f"T{n}\t{kind} {offs}\t{' '.join(text[s:e] for s, e in spans)}"

    return "\n".join(
        [
            t(1, "Source", "Ann Lee"),
            t(
                2,
                "Cue",
                "said",
            ),
            t(3, "Content", "taxes will rise"),
            t(4, "Attribution", "said"),
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            t(5, "Content", "We are ready,", "Trust us."),
            t(6, "Source", "Bob Ray"),
            t(
                7,
                "Cue",
                "said",
            ),
            t(8, "Attribution", "said"),
            "E2\tAttribution:T8 Cue:T7 Source:T6 Content:T5",
            t(9, "Cue", "was reported"),
            # A span text with a newline continues on the next physical line.
            t(10, "Content", 'the mill will close.\n"Vote'),
            "E3\tAttribution-no-source:T9 Cue:T9 Content:T10",
            "E4\tAttribution-no-source:T9 ",
            t(11, "Source", "aides"),
            t(12, "Content", "and often."),
            t(13, "Content", "Vote early,"),
            "E5\tAttribution:T8 Source:T11 Content:T13 Content2:T12",
            "#1\tAnnotatorNotes T11\ta note",
            t(14, "Discard", "Trust"),
        ]
    )


def test_parse_brat_invented() -> None:
    items = parse_brat("x", ANN_TEXT, invented_ann(ANN_TEXT))
    assert len(items) == 4  # the empty E4 is skipped
    by_start = {ANN_TEXT[it.start : it.end][:5]: it for it in items}
    assert by_start["taxes"].type == "indirect"
    assert by_start["taxes"].source_spans == (frag(ANN_TEXT, "Ann Lee"),)
    assert by_start["We ar"].fragments == (
        frag(ANN_TEXT, "We are ready,"),
        frag(ANN_TEXT, "Trust us."),
    )
    assert by_start["We ar"].type == "direct"
    assert by_start["the m"].source_spans == () and by_start["the m"].type == "mixed"
    assert by_start["Vote "].fragments == (
        frag(ANN_TEXT, "Vote early,"),
        frag(ANN_TEXT, "and often."),
    )
    assert by_start["Vote "].type == "direct"


def test_load_brat_and_dispatch(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "pub_2016-01-01_slug_x.txt").write_text(ANN_TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "pub_2016-01-01_slug_x_b000.ann").write_text("", encoding="utf-8")
    (tmp_path / "attributions" / "pub_2016-01-01_slug_x_a111.ann").write_text(
        invented_ann(ANN_TEXT), encoding="utf-8"
    )
    docs = load_gold(tmp_path)
    assert [d.doc for d in docs] == ["pub_2016-01-01_slug_x"]
    assert len(docs[0].items) == 4  # annotator a111 comes first


@pytest.mark.parametrize("name", ["harbour_news", "city_council_2024_05"])
def test_load_brat_named_after_its_text_with_underscores(tmp_path: Path, name: str) -> None:
    """A brat folder of one's own (``harbour_news.ann`` for ``text/harbour_news.txt``):
    the underscore was read as PolNeAR's annotator suffix and the set refused with
    "its text text/harbour.txt does not exist"."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / f"{name}.txt").write_text(ANN_TEXT, encoding="utf-8")
    (tmp_path / "attributions" / f"{name}.ann").write_text(invented_ann(ANN_TEXT), encoding="utf-8")
    docs = load_gold(tmp_path)
    assert [d.doc for d in docs] == [name]
    assert len(docs[0].items) == 4


def test_load_brat_ann_with_a_bom(tmp_path: Path) -> None:
    """An editor's UTF-8 signature before "T1" hid the first span: every event naming
    it failed as "refers to no span"."""
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    (tmp_path / "text" / "x.txt").write_text(ANN_TEXT, encoding="utf-8")
    (tmp_path / "attributions" / "x_a111.ann").write_text(
        invented_ann(ANN_TEXT), encoding="utf-8-sig"
    )
    assert len(load_gold(tmp_path)[0].items) == 4


def test_load_seeds_and_dispatch(tmp_path: Path) -> None:
    text = "Ann Lee said taxes will rise.\r\nBob Ray said: “No.”"
    (tmp_path / "text").mkdir()
    with open(tmp_path / "text" / "a.txt", "w", encoding="utf-8", newline="") as f:
        f.write(text)
    rows = []
    for part, type_, opt in (("taxes will rise", "indirect", False), ("No.", "direct", True)):
        s, e = frag(text, part)
        rows.append(
            {
                "doc": "a",
                "type": type_,
                "speaker": "X",
                "speaker_kind": "person",
                "content": part,
                "start": s,
                "end": e,
                "optional": opt,
            }
        )
    gold = tmp_path / "gold.jsonl"
    gold.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    for path in (gold, tmp_path):
        docs = load_gold(path)
        assert [(it.type, it.optional) for it in docs[0].items] == [
            ("indirect", False),
            ("direct", True),
        ]
    rows[0]["start"] += 1
    gold.write_text("\n".join(json.dumps(r) for r in rows), encoding="utf-8")
    with pytest.raises(ValueError):
        load_seeds(gold)
    with pytest.raises(ValueError):
        load_gold(tmp_path / "text")


def test_seeds_offsets_beyond_the_text_say_so(tmp_path: Path) -> None:
    """Offsets past the end of the text were reported as "text[5000:5012] != content",
    which sent the reader looking for a shifted span instead of at the offsets."""
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text("Ines Calloway said the ferry runs.", encoding="utf-8")
    row = {"doc": "a", "type": "indirect", "content": "the ferry runs", "start": 5000, "end": 5014}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_seeds(gold)
    assert str(info.value) == (
        f"{gold}:1: offsets 5000..5014 beyond the end of its text (34 characters)"
    )


def test_a_folder_with_both_gold_layouts_is_refused_naming_the_file_to_give(tmp_path: Path) -> None:
    """A seeds folder with a stray ``attributions/`` was read as brat without a word: its
    gold.jsonl ignored, "0 required gold items" scored. Now the choice is the user's; the
    file itself, given directly, is still read."""
    text = "Ines Calloway said the ferry runs."
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "attributions").mkdir()
    (tmp_path / "attributions" / "a_x.ann").write_text("T1\tSource 0 13\tInes Calloway\n", encoding="utf-8")
    s, e = frag(text, "the ferry runs")
    row = {"doc": "a", "type": "indirect", "content": "the ferry runs", "start": s, "end": e}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_gold(tmp_path)
    assert "both a gold.jsonl and a brat attributions/ folder" in str(info.value)
    assert str(gold) in str(info.value)
    assert [len(d.items) for d in load_gold(gold)] == [1]


# ---------------------------------------------------------------------------------------
# Report, printing, evaluate


def test_report_serialises_and_prints() -> None:
    text = 'Ann Lee said taxes will rise. "No," said Bob. Rain is expected.'
    doc = GoldDoc(
        "d",
        text,
        [
            item(
                "d",
                text,
                "taxes will rise",
                type_="indirect",
                speaker="Ann Lee",
                speaker_kind="person",
            ),
            item("d", text, "No,"),
        ],
    )
    preds = {
        "d": [
            quote(text, "taxes will rise", "indirect", speaker="Lee"),
            quote(text, "Rain is expected", "indirect"),
        ]
    }
    reports = {t: score([doc], preds, t) for t in (0.5, 0.9)}
    r = reports[0.5]
    assert isinstance(r, Report)
    data = json.loads(json.dumps(r.to_dict()))
    assert data["recall_by_type"] == {"direct": 0.0, "mixed": 0.0, "indirect": 1.0}
    assert data["pred_by_type"]["indirect"] == 2
    assert data["type_confusion"] == {"indirect": {"indirect": 1}}
    assert (r.speaker_correct, r.speaker_total) == (1, 1)
    table = format_report(reports)
    assert "lenient" in table and "strict" in table and "0.500 (1/2)" in table
    errors = format_errors(r, {"d": text})
    assert "MISS" in errors and "No," in errors and "FP" in errors and "Rain is expected" in errors


def test_evaluate_runs_predict_once(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    for name in ("a_1", "b_1", "c_1"):
        (tmp_path / "text" / f"{name}.txt").write_text(ANN_TEXT, encoding="utf-8")
        (tmp_path / "attributions" / f"{name}_a111.ann").write_text(
            invented_ann(ANN_TEXT), encoding="utf-8"
        )
    calls = []

    def predict(pairs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, list[Quote]]]:
        pairs = list(pairs)
        calls.append([d for d, _ in pairs])
        for d, text in pairs:
            yield d, [quote(text, "taxes will rise", "indirect", speaker="Ann Lee")]

    reports = evaluate(tmp_path, predict, docs=["c_1", "b_1"], limit=1)
    assert calls == [["b_1"]]
    assert set(reports) == {0.5, 0.9}
    r = reports[0.9]
    assert (r.n_docs, r.n_gold, r.tp, r.precision, r.speaker_accuracy) == (1, 4, 1, 1.0, 1.0)


# ---------------------------------------------------------------------------------------
# Shared gold data (read at run time; skipped when absent)


def perfect_predictor(gold: list[GoldDoc]):
    """Predict every gold fragment as its own contiguous quote, as an extractor would."""
    by_doc = {d.doc: d for d in gold}

    def predict(pairs: Iterable[tuple[str, str]]) -> Iterator[tuple[str, list[Quote]]]:
        for doc, text in pairs:
            quotes = []
            for it in by_doc[doc].items:
                mention = Span(*it.source_spans[0], "") if it.source_spans else None
                for s, e in it.fragments:
                    if char_set(text, [(s, e)]):  # a lone quote mark is no prediction
                        quotes.append(
                            Quote(
                                it.type,
                                Span(s, e, text[s:e]),
                                speaker=it.speaker,
                                speaker_mention=mention,
                            )
                        )
            yield doc, quotes

    return predict


needs_seeds = pytest.mark.skipif(not (SEEDS / "gold.jsonl").is_file(), reason="shared seeds absent")
needs_polnear = pytest.mark.skipif(not (POLNEAR / "dev").is_dir(), reason="shared PolNeAR absent")


@needs_seeds
def test_seed_counts() -> None:
    docs = load_gold(SEEDS)
    items = [it for d in docs for it in d.items]
    required = [it for it in items if not it.optional]
    assert (len(docs), len(items), len(required)) == (5, 76, 52)
    assert Counter(it.type for it in required) == {"direct": 20, "indirect": 17, "mixed": 15}


@needs_seeds
def test_seed_perfect_predictor() -> None:
    gold = load_gold(SEEDS / "gold.jsonl")
    for t, r in evaluate(SEEDS, perfect_predictor(gold)).items():
        assert (r.precision, r.recall, r.speaker_accuracy) == (1.0, 1.0, 1.0), t
        assert r.pred_optional == 24 and r.errors == []


@pytest.fixture(scope="module")
def polnear_dev() -> list[GoldDoc]:
    if not (POLNEAR / "dev").is_dir():
        pytest.skip("shared PolNeAR absent")
    return load_brat(POLNEAR / "dev")


@needs_polnear
def test_polnear_dev_loads(polnear_dev: list[GoldDoc]) -> None:
    articles = {p.stem for p in (POLNEAR / "dev" / "text").glob("*.txt")}
    assert {d.doc for d in polnear_dev} == articles
    assert len(polnear_dev) == len(articles) == 84
    items = [it for d in polnear_dev for it in d.items]
    for d in polnear_dev:
        for it in d.items:
            for s, e in (*it.fragments, *it.source_spans):
                assert 0 <= s < e <= len(d.text)
    types = Counter(it.type for it in items)
    assert set(types) == {"direct", "mixed", "indirect"}
    assert types["indirect"] > types["direct"] > types["mixed"] > 100
    assert any(len(it.fragments) > 1 for it in items)
    assert any(not it.source_spans for it in items)


@needs_polnear
def test_polnear_dev_perfect_predictor(polnear_dev: list[GoldDoc]) -> None:
    preds = dict(perfect_predictor(polnear_dev)((d.doc, d.text) for d in polnear_dev))
    n_frag = sum(len(q) for q in preds.values())
    assert n_frag > sum(len(d.items) for d in polnear_dev)  # split quotes give 2 predictions
    for t in (0.5, 0.9):
        r = score(polnear_dev, preds, t)
        assert (r.precision, r.recall, r.speaker_accuracy) == (1.0, 1.0, 1.0), t
        assert r.pred_matched == r.n_pred == n_frag
