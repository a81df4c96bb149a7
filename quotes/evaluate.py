"""Score quote extraction against a gold standard (seed set or PolNeAR brat files).

One protocol serves both gold sets (see ``shared/eval/seeds/README.md``):

* spans become sets of character offsets without whitespace and quotation marks, so a
  span that includes its enclosing marks scores the same as one that does not;
* a prediction matches a gold item when the Dice overlap of the two sets reaches the
  threshold (0.5 lenient, 0.9 strict); matching is one-to-one, greedy, best first;
* a gold item in several pieces (PolNeAR's ``"A," he said, "B."`` as one attribution)
  may also be matched by the union of two or more predictions lying >= 80% inside it,
  because an extractor with contiguous spans reports such a quote as two quotes;
* recall counts required gold items only; a prediction matched to an optional item
  counts neither for nor against precision;
* speaker accuracy is measured on matched required items, by canonical name on the
  seeds and by overlap with the annotated Source span on PolNeAR.

The module is a library: ``evaluate`` runs a caller-supplied ``predict`` callable so the
caller decides how to batch (``nlp.pipe``) and this module never imports spaCy.
"""

from __future__ import annotations

import io
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

from .models import QUOTE_TYPES, Quote, printable

Fragments = tuple[tuple[int, int], ...]
Predictor = Callable[[Iterable[tuple[str, str]]], Iterable[tuple[str, list[Quote]]]]

#: Characters left out of the scored character sets. Straight ``'`` and ````` are marks,
#: so both characters of the ASCII pairs ``''`` and ``````  are dropped as well.
QUOTE_MARKS = frozenset(
    "\"'`\u201c\u201d\u201e\u201f\u2018\u2019\u201a\u201b\u00ab\u00bb\u2039\u203a"
)

#: A prediction must lie at least this far inside a multi-fragment gold item to take
#: part in a union match.
INSIDE_FRACTION = 0.8

_EPS = 1e-9


# ---------------------------------------------------------------------------------------
# Gold data


@dataclass(frozen=True)
class GoldItem:
    """One gold attribution.

    ``fragments`` are the content pieces (one for the seeds, one or more for PolNeAR).
    ``speaker``/``speaker_kind`` are the canonical speaker of the seeds (None for
    PolNeAR); ``source_spans`` are PolNeAR's Source fragments (empty for the seeds and
    for ``Attribution-no-source`` events).
    """

    doc: str
    type: str
    fragments: Fragments
    optional: bool = False
    speaker: str | None = None
    speaker_kind: str | None = None
    source_spans: Fragments = ()

    @property
    def start(self) -> int:
        return self.fragments[0][0]

    @property
    def end(self) -> int:
        return self.fragments[-1][1]


@dataclass
class GoldDoc:
    """One gold article: its text (offsets index into it) and its items."""

    doc: str
    text: str
    items: list[GoldItem] = field(default_factory=list)
    author: str | None = None  # the byline, when the gold set's metadata gives one


def _read_text(path: Path) -> str:
    """A gold text or annotation file, exactly as stored.

    ``newline=""`` keeps \r\n as two characters: the gold offsets were computed that
    way. A file that is not UTF-8 is a ValueError naming it (the CLI's one line), not a
    codec message naming only the gold folder.
    """
    if path.exists() and not path.is_file():
        # A FIFO or a device (a symlink to /dev/zero) would block or never end.
        raise ValueError(f"{path}: not a regular file")
    try:
        with open(path, encoding="utf-8", newline="") as f:
            return f.read()
    except UnicodeDecodeError as exc:
        raise ValueError(f"{path}: not UTF-8 text (byte {exc.start})") from None


def _no_text(text_path: Path) -> str:
    """Why a gold document's text cannot be read: absent, or there but a folder (or a
    FIFO...), which "does not exist" sent the reader looking for the wrong thing."""
    if text_path.exists():
        return f"its text {text_path} is not a regular file"
    return f"its text {text_path} does not exist"


def load_seeds(gold_path: str | Path) -> list[GoldDoc]:
    """Load the seed gold standard; texts are read from ``text/<doc>.txt`` beside it.

    Raises ValueError when an item's offsets do not reproduce its ``content``, because
    scoring against shifted offsets would silently produce wrong numbers.
    """
    gold_path = Path(gold_path)
    folder = gold_path.parent
    docs: dict[str, GoldDoc] = {}
    try:
        content = gold_path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"{gold_path}: not UTF-8 text (byte {exc.start})") from None
    with io.StringIO(content, newline=None) as f:  # \n, \r\n or \r, as open() reads
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                r = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{gold_path}:{ln}: malformed JSON: {exc.msg}") from None
            except RecursionError:  # `[[[[...` thousands deep: was a traceback
                raise ValueError(f"{gold_path}:{ln}: malformed JSON: nested too deeply") from None
            except ValueError:  # a 5,000-digit number (Python's int-conversion limit)
                raise ValueError(f"{gold_path}:{ln}: malformed JSON: number too long") from None
            name, start, end = _seed_fields(r, gold_path, ln)
            if name not in docs:
                text_path = folder / "text" / f"{name}.txt"
                if not text_path.is_file():
                    raise ValueError(f"{gold_path}:{ln}: {_no_text(text_path)}")
                docs[name] = GoldDoc(name, _read_text(text_path))
            gd = docs[name]
            if end > len(gd.text):  # sliced to "", then reported as a content mismatch
                raise ValueError(
                    f"{gold_path}:{ln}: offsets {start}..{end} beyond the end of its text"
                    f" ({len(gd.text)} characters)"
                )
            if gd.text[start:end] != r["content"]:
                raise ValueError(f"{gold_path}:{ln}: text[{start}:{end}] != content")
            gd.items.append(
                GoldItem(
                    doc=name,
                    type=r["type"],
                    fragments=((start, end),),
                    optional=bool(r.get("optional", False)),
                    speaker=r.get("speaker"),
                    speaker_kind=r.get("speaker_kind"),
                )
            )
    if not docs:
        raise ValueError(f"{gold_path}: no gold items (empty file)")
    return list(docs.values())


_SEED_FIELDS = ("doc", "type", "start", "end", "content")
#: The seeds' speaker kinds (shared/eval/seeds/README.md), as the speakers table's.
_SPEAKER_KINDS = frozenset({"person", "organization", "unnamed"})


def _seed_fields(r: object, gold_path: Path, ln: int) -> tuple[str, int, int]:
    """Check one seeds line (an object with every field, integer offsets); return
    ``(doc, start, end)``. A malformed line names its file and line number rather than
    surfacing as a KeyError deep in scoring."""
    where = f"{gold_path}:{ln}"
    if not isinstance(r, dict):
        raise ValueError(f"{where}: not a JSON object")
    missing = [name for name in _SEED_FIELDS if name not in r]
    if missing:
        raise ValueError(f"{where}: missing field(s) {', '.join(missing)}")
    if not all(isinstance(r[name], str) and r[name] for name in ("doc", "type")):
        raise ValueError(f"{where}: \"doc\" and \"type\" must be non-empty strings")
    if r["type"] not in QUOTE_TYPES:
        raise ValueError(f"{where}: \"type\" must be direct, mixed or indirect, not {r['type'][:80]!r}")
    if Path(r["doc"]).name != r["doc"] or r["doc"] in (".", ".."):
        raise ValueError(
            f"{where}: \"doc\" must be a file stem (its text is text/DOC.txt), not {r['doc'][:80]!r}"
        )
    if not isinstance(r.get("optional", False), bool):
        raise ValueError(f"{where}: \"optional\" must be true or false")
    if not isinstance(r["content"], str):
        raise ValueError(f"{where}: \"content\" must be a string")
    for name in ("speaker", "speaker_kind"):  # compared as names when scoring
        if r.get(name) is not None and not isinstance(r[name], str):
            raise ValueError(f"{where}: \"{name}\" must be a string or null")
    kind = r.get("speaker_kind")
    if kind is not None and kind not in _SPEAKER_KINDS:
        # Scored: a person's speaker also matches on the last name. A typo ("persn") was
        # read without a word and quietly scored that item by the stricter rule.
        raise ValueError(
            f"{where}: \"speaker_kind\" must be person, organization or unnamed, not {kind[:80]!r}"
        )
    start, end = r["start"], r["end"]
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (start, end)):
        raise ValueError(f"{where}: \"start\" and \"end\" must be integers")
    if not 0 <= start <= end:
        raise ValueError(f"{where}: bad offsets {start}..{end}")
    return r["doc"], start, end


_BRAT_ID = re.compile(r"^([TE])\d+\t")
#: An annotation id without the tab after it ("T1 Source 6 25 ...", a bare "T1"): an
#: editor or a script that wrote spaces. Such a line was skipped as a span's text
#: running on, and the document scored against fewer gold items, without a word.
_BRAT_ID_WITHOUT_TAB = re.compile(r"^[TE]\d+(?: |$)")


def _parse_fragments(spec: str) -> Fragments:
    """``"12 30;32 40"`` -> ``((12, 30), (32, 40))``."""
    frags = []
    for part in spec.split(";"):
        a, b = part.split()
        frags.append((int(a), int(b)))
    return tuple(frags)


def _span_fragments(spec: str, text: str, where: str) -> Fragments:
    """The fragments of one ``T`` line, checked to be offsets inside ``text``."""
    try:
        fragments = _parse_fragments(spec)
    except ValueError:
        raise ValueError(
            f"{where}: bad span offsets {spec!r} (expected 'Kind START END[;START END]')"
        ) from None
    for s, e in fragments:
        if not 0 <= s <= e <= len(text):
            raise ValueError(
                f"{where}: span {s}:{e} outside the text ({len(text)} characters)"
            )
    return fragments


def parse_brat(doc: str, text: str, ann: str, where: str | None = None) -> list[GoldItem]:
    """Turn one PolNeAR ``.ann`` file into gold items.

    Only ``T``/``E`` lines are read, recognised by their ID prefix: a span text may
    contain a newline, so a physical line is not always an annotation line, and the
    text is taken from the offsets anyway. Each ``Attribution``/``Attribution-no-source``
    event with a ``Content`` becomes one item whose fragments are those of ``Content``
    and ``Content2``; events without content are duplicates and are skipped.

    A malformed span line or one outside the text is a ValueError naming ``where`` (the
    ``.ann`` file; default ``doc``) and the line: the gold set does not fit its text,
    and scoring it would give wrong numbers or a bare ``int()`` message.
    """
    where = where or doc
    spans: dict[str, tuple[str, Fragments]] = {}
    events: list[tuple[int, list[str]]] = []
    for ln, line in enumerate(ann.split("\n"), 1):  # brat lines end in \n only
        m = _BRAT_ID.match(line)
        if not m:
            if _BRAT_ID_WITHOUT_TAB.match(line):
                raise ValueError(
                    f"{where}:{ln}: annotation line {line[:60]!r} has no tab after its id "
                    "(brat separates the id, the annotation and its text with tabs)"
                )
            continue
        fields = line.split("\t")
        if m.group(1) == "T":
            kind, _, spec = fields[1].partition(" ")
            spans[fields[0]] = (kind, _span_fragments(spec, text, f"{where}:{ln}"))
        else:
            args = fields[1].split()
            if not args:
                raise ValueError(f"{where}:{ln}: event line without a trigger or arguments")
            events.append((ln, args))
    items = []
    for ln, args in events:
        trigger = args[0].partition(":")[0]
        if not trigger.startswith("Attribution"):
            continue
        content: list[tuple[int, int]] = []
        source: list[tuple[int, int]] = []
        for arg in args[1:]:
            role, _, ref = arg.partition(":")
            role = role.rstrip("0123456789")  # Content2 is a second Content
            if ref not in spans:
                raise ValueError(f"{where}:{ln}: event argument {arg!r} refers to no span")
            if role == "Content":
                content.extend(spans[ref][1])
            elif role == "Source":
                source.extend(spans[ref][1])
        if not content:
            continue
        for s, e in (*content, *source):
            if not 0 <= s < e <= len(text):
                raise ValueError(f"{where}:{ln}: fragment {s}:{e} outside the text")
        fragments = tuple(sorted(content))
        items.append(
            GoldItem(
                doc=doc,
                type=quote_type_of(text, fragments),
                fragments=fragments,
                source_spans=tuple(sorted(source)),
            )
        )
    items.sort(key=lambda it: it.fragments)
    return items


def load_brat(folder: str | Path) -> list[GoldDoc]:
    """Load a PolNeAR split folder (``text/NAME.txt`` and ``attributions/NAME_ANNOT.ann``).

    Several annotators annotated a few articles; like the evaluation harness we take the
    alphabetically first annotator file so each article is counted once.
    """
    folder = Path(folder)
    ann_by_doc: dict[str, Path] = {}
    for p in sorted((folder / "attributions").glob("*.ann")):
        ann_by_doc.setdefault(_brat_doc_name(folder, p), p)  # sorted: the first annotator wins
    if not ann_by_doc:
        raise ValueError(f"{folder}: no .ann files in {folder / 'attributions'}")
    authors = _brat_authors(folder)
    docs = []
    for name in sorted(ann_by_doc):
        text_path = folder / "text" / f"{name}.txt"
        if not text_path.is_file():
            raise ValueError(f"{ann_by_doc[name]}: {_no_text(text_path)}")
        text = _read_text(text_path)
        ann_path = ann_by_doc[name]
        # A BOM (an editor's UTF-8 signature) would hide the first line's "T1" id. The
        # text keeps its own: the offsets were counted on the file as stored.
        ann = _read_text(ann_path).removeprefix("\ufeff")
        items = parse_brat(name, text, ann, str(ann_path))
        docs.append(GoldDoc(name, text, items, authors.get(name)))
    return docs


def _brat_doc_name(folder: Path, ann: Path) -> str:
    """The document an ``.ann`` file annotates: ``NAME`` of PolNeAR's ``NAME_ANNOT.ann``,
    else the whole stem (``a.ann``; ``harbour_news.ann`` beside ``text/harbour_news.txt``).

    A brat folder of one's own names each ``.ann`` after its text; an underscore in that
    name was taken for PolNeAR's annotator suffix, and the set was refused with "its text
    text/harbour.txt does not exist". The whole stem is used only when the PolNeAR
    reading names no text and the stem does, so PolNeAR loads as before.
    """
    head = ann.stem.rpartition("_")[0]
    if head and not (folder / "text" / f"{head}.txt").is_file():
        if (folder / "text" / f"{ann.stem}.txt").is_file():
            return ann.stem
    return head or ann.stem


def _brat_authors(folder: Path) -> dict[str, str]:
    """Bylines from PolNeAR's ``metadata.tsv`` (in the split folder or beside it).

    A byline is article metadata like the text itself: the pipeline uses it to resolve
    a columnist's "I". A missing or unreadable file just means no bylines.
    """
    import csv

    for path in (folder / "metadata.tsv", folder.parent / "metadata.tsv"):
        if path.is_file():
            try:
                with open(path, encoding="utf-8", newline="") as f:
                    return {
                        row["filename"]: row["author"]
                        for row in csv.DictReader(f, delimiter="\t")
                        if row.get("filename") and row.get("author")
                    }
            except (OSError, UnicodeDecodeError, KeyError, csv.Error):
                return {}
    return {}


def load_gold(path: str | Path) -> list[GoldDoc]:
    """Load either gold layout: a ``.jsonl`` file or its folder (seeds), or a brat split."""
    path = Path(path)
    if path.is_file() and path.suffix == ".jsonl":
        return load_seeds(path)
    if path.is_dir() and (path / "attributions").is_dir() and (path / "gold.jsonl").is_file():
        # Either layout alone is a gold set; the brat one was taken without a word, so a
        # seeds gold.jsonl beside a stray attributions/ folder scored "0 gold items".
        raise ValueError(
            f"{path}: holds both a gold.jsonl and a brat attributions/ folder; "
            f"give {path / 'gold.jsonl'} itself, or a folder with only one of them"
        )
    if path.is_dir() and (path / "attributions").is_dir():
        return load_brat(path)
    if path.is_dir() and (path / "gold.jsonl").is_file():
        return load_seeds(path / "gold.jsonl")
    raise ValueError(
        f"{path}: not a gold set (expected gold.jsonl, a folder containing it, "
        "or a brat split folder with text/ and attributions/, e.g. polnear/dev)"
    )


# ---------------------------------------------------------------------------------------
# Quote type from the text (PolNeAR has no type labels)

_DOUBLE_OPEN = "\u201c\u201e\u201f\u00ab"  # “ „ ‟ «
_DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
_SINGLE_OPEN = "\u2018\u201a\u2039"  # ‘ ‚ ‹
_SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
_OPEN_CONTEXT = "([{\u2014\u2013-/" + _DOUBLE_OPEN + _SINGLE_OPEN


@lru_cache(maxsize=16)
def quoted_mask(text: str) -> bytes:
    """Mark (1) every character of ``text`` that lies between quotation marks.

    Scanned per line (paragraph), because news style reopens a quote on every paragraph
    of a long quotation and a stray mark should not run on through the article: an
    unclosed double quote runs to the end of its line, an unclosed single quote is
    dropped (it is more likely an apostrophe: ``'90s``). Straight ``"`` and NYT-style
    ``''`` are opening or closing depending on context. ``’`` only closes an open single
    quote when no letter follows, so ``Clinton’s`` stays an apostrophe. Cached because
    every gold item of an article asks about the same text.
    """
    mask = bytearray(len(text))
    n = len(text)
    line_start = 0
    while line_start <= n:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = n
        d_open: int | None = None
        s_open: int | None = None
        i = line_start
        while i < line_end:
            c = text[i]
            pair = text[i : i + 2]
            prev = text[i - 1] if i > line_start else ""
            width = 2 if pair in ("''", "``") else 1
            nxt = text[i + width] if i + width < line_end else ""
            if pair == "``" or c in _DOUBLE_OPEN:
                if d_open is None:
                    d_open = i + width
            elif c in _DOUBLE_CLOSE:
                if d_open is not None:
                    mask[d_open:i] = b"\x01" * (i - d_open)
                    d_open = None
                elif not prev or (prev.isspace() and nxt and not nxt.isspace()):
                    d_open = i + 1  # a closing mark typed as opener: ”Fear. I am afraid”
            elif pair == "''" or c == '"':
                if d_open is not None:
                    mask[d_open:i] = b"\x01" * (i - d_open)
                    d_open = None
                elif not prev.isalnum() and nxt and not nxt.isspace():
                    d_open = i + width
            elif c in _SINGLE_OPEN:
                if s_open is None:
                    s_open = i + 1
            elif c in _SINGLE_CLOSE or c == "'":
                closes = s_open is not None and not nxt.isalnum()
                if c == "'":
                    closes = closes and bool(prev) and not prev.isspace()
                if closes:
                    assert s_open is not None
                    mask[s_open:i] = b"\x01" * (i - s_open)
                    s_open = None
                elif (
                    c == "'"
                    and s_open is None
                    and (not prev or prev.isspace() or prev in _OPEN_CONTEXT or prev == '"')
                    and nxt
                    and not nxt.isspace()
                ):
                    s_open = i + 1
            i += width
        if d_open is not None:
            mask[d_open:line_end] = b"\x01" * (line_end - d_open)
        line_start = line_end + 1
    return bytes(mask)


def quote_type_of(text: str, fragments: Iterable[tuple[int, int]]) -> str:
    """Derive direct/mixed/indirect from where the content sits relative to quote marks.

    ``direct`` when every counted content character is inside quotation marks (the
    marks may be inside or just outside the span), ``mixed`` when some are, ``indirect``
    when none are. Only letters and digits are counted, so a period or dash left
    outside the closing mark does not turn a direct quote into a mixed one.
    """
    mask = quoted_mask(text)
    inside = total = 0
    for s, e in fragments:
        for i in range(s, e):
            if text[i].isalnum():
                total += 1
                inside += mask[i]
    if total and inside == total:
        return "direct"
    return "mixed" if inside else "indirect"


# ---------------------------------------------------------------------------------------
# Character sets, Dice and matching


def char_set(text: str, fragments: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Offsets of the span characters that are neither whitespace nor quotation marks."""
    return frozenset(
        i
        for s, e in fragments
        for i in range(max(s, 0), min(e, len(text)))
        if not text[i].isspace() and text[i] not in QUOTE_MARKS
    )


def dice(a: frozenset[int], b: frozenset[int]) -> float:
    """Dice overlap ``2|A∩B| / (|A|+|B|)``; 0 when both are empty."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def match(
    gold_sets: list[frozenset[int]],
    pred_sets: list[frozenset[int]],
    *,
    threshold: float = 0.5,
    optional: list[bool] | None = None,
    multi: list[bool] | None = None,
) -> dict[int, list[int]]:
    """Match gold items to predictions; returns gold index -> matched prediction indices.

    Greedy best first: every pair with Dice >= threshold, sorted by Dice descending
    (ties: required gold before optional, then position), is accepted when neither side
    is taken yet. Afterwards each gold item flagged in ``multi`` (several fragments)
    may be matched by the union of >= 2 predictions lying >= 80% inside it, using the
    predictions still unmatched plus its own greedy match if that lies inside too; the
    union replaces the greedy match when its Dice reaches the threshold and is no worse.
    This gives the two quotes an extractor reports for ``"A," he said, "B."`` one match
    instead of a match and a false positive.
    """
    optional = optional or [False] * len(gold_sets)
    multi = multi or [False] * len(gold_sets)
    pairs = []
    for gi, g in enumerate(gold_sets):
        for pi, p in enumerate(pred_sets):
            d = dice(g, p)
            if d > 0 and d >= threshold - _EPS:
                pairs.append((-d, optional[gi], gi, pi))
    pairs.sort()
    matched: dict[int, list[int]] = {}
    taken: set[int] = set()
    for _, _, gi, pi in pairs:
        if gi not in matched and pi not in taken:
            matched[gi] = [pi]
            taken.add(pi)

    for gi, g in enumerate(gold_sets):
        if not multi[gi] or not g:
            continue
        own = matched.get(gi, [])
        inside = [
            pi
            for pi, p in enumerate(pred_sets)
            if (pi not in taken or pi in own) and p and len(p & g) >= INSIDE_FRACTION * len(p)
        ]
        if len(inside) < 2 or not set(inside) - set(own):
            continue
        if own and own[0] not in inside:
            continue  # the greedy match sticks out of the item: keep it
        union = frozenset().union(*(pred_sets[pi] for pi in inside))
        d = dice(g, union)
        current = dice(g, pred_sets[own[0]]) if own else 0.0
        if d >= threshold - _EPS and d >= current:
            matched[gi] = inside
            taken.update(inside)
    return matched


# ---------------------------------------------------------------------------------------
# Speaker rules


def _norm_name(name: str) -> str:
    name = " ".join(name.lower().split())
    return name[4:] if name.startswith("the ") else name


def _last_token(name: str) -> str:
    tokens = name.split()
    return tokens[-1].strip(".,;:()[]\"'\u2018\u2019\u201c\u201d").lower() if tokens else ""


def speaker_correct_seeds(item: GoldItem, pred: Quote) -> bool:
    """Seeds rule: same name ignoring case and a leading "the"; for persons same last token.

    Falls back to the mention text when the prediction resolved no name, so a system
    that leaves "Stoltenberg" unresolved still gets credit for naming him.
    """
    name = pred.speaker or (pred.speaker_mention.text if pred.speaker_mention else None)
    if not name or not item.speaker:
        return False
    if _norm_name(name) == _norm_name(item.speaker):
        return True
    return item.speaker_kind == "person" and _last_token(name) == _last_token(item.speaker)


def speaker_correct_brat(item: GoldItem, pred: Quote, text: str) -> bool:
    """PolNeAR rule: the predicted mention overlaps a Source fragment, or the last token
    of the resolved name occurs (as a word, any case) in the Source text."""
    m = pred.speaker_mention
    if m is not None and any(m.start < e and s < m.end for s, e in item.source_spans):
        return True
    token = _last_token(pred.speaker) if pred.speaker else ""
    if not token:
        return False
    source = " ".join(text[s:e] for s, e in item.source_spans)
    return re.search(rf"(?<!\w){re.escape(token)}(?!\w)", source, re.IGNORECASE) is not None


def _speaker_judgeable(item: GoldItem) -> bool:
    return bool(item.speaker) or bool(item.source_spans)


def _speaker_correct(item: GoldItem, pred: Quote, text: str) -> bool:
    if item.speaker:
        return speaker_correct_seeds(item, pred)
    return speaker_correct_brat(item, pred, text)


def _pred_speaker(pred: Quote) -> str | None:
    if pred.speaker:
        return pred.speaker
    return pred.speaker_mention.text if pred.speaker_mention else None


# ---------------------------------------------------------------------------------------
# Report


@dataclass(frozen=True)
class ErrorRow:
    """One error for analysis: a missed required gold item, a false positive, or a
    matched required item whose speaker is wrong. Holds offsets only, so a report can
    be saved without copying article text; ``format_errors`` adds the snippets."""

    doc: str
    kind: str  # "miss" | "false_positive" | "wrong_speaker"
    type: str  # gold type for miss/wrong_speaker, predicted type for false_positive
    fragments: Fragments
    best_dice: float  # best overlap with any item on the other side (near misses)
    gold_speaker: str | None = None
    pred_speaker: str | None = None


@dataclass
class Report:
    """Scores at one threshold. Counts are kept next to ratios so reports can be summed
    or re-derived; ``to_dict`` gives a JSON-serialisable form."""

    threshold: float
    n_docs: int = 0
    n_gold: int = 0  # required gold items
    n_optional: int = 0
    n_pred: int = 0
    tp: int = 0  # required gold items matched
    pred_matched: int = 0  # predictions matched to required items
    pred_optional: int = 0  # predictions matched to optional items
    precision: float = 0.0
    recall: float = 0.0
    f1: float = 0.0
    gold_by_type: dict[str, int] = field(default_factory=dict)
    matched_by_type: dict[str, int] = field(default_factory=dict)
    recall_by_type: dict[str, float] = field(default_factory=dict)
    pred_by_type: dict[str, int] = field(default_factory=dict)
    pred_matched_by_type: dict[str, int] = field(default_factory=dict)
    type_confusion: dict[str, dict[str, int]] = field(default_factory=dict)  # gold -> pred
    speaker_correct: int = 0
    speaker_total: int = 0
    speaker_accuracy: float = 0.0
    errors: list[ErrorRow] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)


def _ratio(a: int, b: int) -> float:
    return a / b if b else 0.0


def match_doc(
    gd: GoldDoc, preds: list[Quote], threshold: float = 0.5
) -> tuple[list[frozenset[int]], list[frozenset[int]], dict[int, list[int]]]:
    """One document's gold items and predictions as character sets, and their matching
    (:func:`match`: gold index -> prediction indices), as :func:`score` counts them."""
    gsets = [char_set(gd.text, it.fragments) for it in gd.items]
    psets = [char_set(gd.text, ((q.content.start, q.content.end),)) for q in preds]
    m = match(
        gsets,
        psets,
        threshold=threshold,
        optional=[it.optional for it in gd.items],
        multi=[len(it.fragments) > 1 for it in gd.items],
    )
    return gsets, psets, m


def score(
    docs: list[GoldDoc], predictions: Mapping[str, list[Quote]], threshold: float = 0.5
) -> Report:
    """Score predictions (doc id -> quotes, offsets into the gold text) against ``docs``.

    Documents missing from ``predictions`` have no predictions; predictions for
    documents not in ``docs`` are ignored (so a subset of the gold can be scored).
    """
    r = Report(threshold=threshold, n_docs=len(docs))
    gold_by_type: Counter[str] = Counter()
    matched_by_type: Counter[str] = Counter()
    pred_by_type: Counter[str] = Counter()
    pred_matched_by_type: Counter[str] = Counter()
    confusion: dict[str, Counter[str]] = {t: Counter() for t in QUOTE_TYPES}
    for gd in docs:
        preds = list(predictions.get(gd.doc, []))
        gsets, psets, m = match_doc(gd, preds, threshold)
        pred_owner = {pi: gi for gi, pis in m.items() for pi in pis}
        r.n_pred += len(preds)
        pred_by_type.update(q.type for q in preds)
        for gi, it in enumerate(gd.items):
            if it.optional:
                r.n_optional += 1
                r.pred_optional += len(m.get(gi, []))
                continue
            r.n_gold += 1
            gold_by_type[it.type] += 1
            if gi not in m:
                best = max((dice(gsets[gi], p) for p in psets), default=0.0)
                r.errors.append(ErrorRow(gd.doc, "miss", it.type, it.fragments, best, it.speaker))
                continue
            pis = m[gi]
            r.tp += 1
            matched_by_type[it.type] += 1
            r.pred_matched += len(pis)
            pred_matched_by_type.update(preds[pi].type for pi in pis)
            # The prediction covering most of the item stands for a union match.
            main = max(pis, key=lambda pi: (len(psets[pi] & gsets[gi]), -pi))
            confusion.setdefault(it.type, Counter())[preds[main].type] += 1
            if _speaker_judgeable(it):
                r.speaker_total += 1
                if _speaker_correct(it, preds[main], gd.text):
                    r.speaker_correct += 1
                else:
                    r.errors.append(
                        ErrorRow(
                            gd.doc,
                            "wrong_speaker",
                            it.type,
                            it.fragments,
                            dice(gsets[gi], frozenset().union(*(psets[pi] for pi in pis))),
                            it.speaker or _source_text(gd.text, it.source_spans),
                            _pred_speaker(preds[main]),
                        )
                    )
        for pi, q in enumerate(preds):
            if pi in pred_owner:
                continue
            best = max((dice(g, psets[pi]) for g in gsets), default=0.0)
            frag = ((q.content.start, q.content.end),)
            r.errors.append(
                ErrorRow(gd.doc, "false_positive", q.type, frag, best, None, _pred_speaker(q))
            )
    r.precision = _ratio(r.pred_matched, r.n_pred - r.pred_optional)
    r.recall = _ratio(r.tp, r.n_gold)
    r.f1 = _ratio(2 * r.precision * r.recall, r.precision + r.recall) if r.tp else 0.0
    types = [*QUOTE_TYPES, *sorted(set(gold_by_type) - set(QUOTE_TYPES))]
    r.gold_by_type = {t: gold_by_type[t] for t in types}
    r.matched_by_type = {t: matched_by_type[t] for t in types}
    r.recall_by_type = {t: _ratio(matched_by_type[t], gold_by_type[t]) for t in types}
    ptypes = [*QUOTE_TYPES, *sorted(set(pred_by_type) - set(QUOTE_TYPES))]
    r.pred_by_type = {t: pred_by_type[t] for t in ptypes}
    r.pred_matched_by_type = {t: pred_matched_by_type[t] for t in ptypes}
    r.type_confusion = {g: dict(c) for g, c in confusion.items() if c}
    r.speaker_accuracy = _ratio(r.speaker_correct, r.speaker_total)
    return r


def _source_text(text: str, spans: Fragments) -> str | None:
    return " ".join(text[s:e] for s, e in spans) if spans else None


# ---------------------------------------------------------------------------------------
# Running and printing


def evaluate(
    path: str | Path,
    predict: Predictor,
    *,
    thresholds: Iterable[float] = (0.5, 0.9),
    limit: int | None = None,
    docs: Iterable[str] | None = None,
    loaded: list[GoldDoc] | None = None,
) -> dict[float, Report]:
    """Load gold from ``path``, run ``predict`` once over its texts, score per threshold.

    ``predict`` takes an iterable of ``(doc_id, text)`` and yields ``(doc_id, quotes)``,
    so the caller can stream through ``nlp.pipe``. ``docs`` restricts to those ids,
    ``limit`` to the first N documents (after ``docs``). Bylines, where the gold set has
    them, are in ``load_gold(path)``'s ``GoldDoc.author``; a caller that read them passes
    that list as ``loaded`` so the gold set is not read twice.
    """
    gold = load_gold(path) if loaded is None else loaded
    if docs is not None:
        wanted = set(docs)
        gold = [d for d in gold if d.doc in wanted]
    if limit is not None:
        gold = gold[:limit]
    predictions = {doc: list(quotes) for doc, quotes in predict((d.doc, d.text) for d in gold)}
    return {t: score(gold, predictions, t) for t in thresholds}


def _label(t: float) -> str:
    name = {0.5: "lenient", 0.9: "strict"}.get(t)
    return f"{name} {t:g}" if name else f"Dice>={t:g}"


def format_report(reports: Mapping[float, Report] | Report, *, title: str | None = None) -> str:
    """A plain-text table, one column per threshold."""
    if isinstance(reports, Report):
        reports = {reports.threshold: reports}
    cols = list(reports.values())
    if not cols:
        return "(no reports)"
    first = cols[0]
    rows: list[tuple[str, list[str]]] = [
        (
            "precision",
            [f"{r.precision:.3f} ({r.pred_matched}/{r.n_pred - r.pred_optional})" for r in cols],
        ),
        ("recall", [f"{r.recall:.3f} ({r.tp}/{r.n_gold})" for r in cols]),
        ("F1", [f"{r.f1:.3f}" for r in cols]),
    ]
    for t in first.gold_by_type:
        rows.append(
            (
                f"  recall {t}",
                [
                    f"{r.recall_by_type.get(t, 0.0):.3f} ({r.matched_by_type.get(t, 0)}/{r.gold_by_type.get(t, 0)})"
                    for r in cols
                ],
            )
        )
    rows.append(
        (
            "speaker accuracy",
            [f"{r.speaker_accuracy:.3f} ({r.speaker_correct}/{r.speaker_total})" for r in cols],
        )
    )
    for t in first.pred_by_type:
        rows.append(
            (
                f"  predicted {t}",
                [
                    f"{r.pred_matched_by_type.get(t, 0)}/{r.pred_by_type.get(t, 0)} matched"
                    for r in cols
                ],
            )
        )
    rows.append(("on optional items", [str(r.pred_optional) for r in cols]))
    head = ["", *(_label(r.threshold) for r in cols)]
    w0 = max(len(n) for n, _ in rows)
    widths = [max(len(head[i + 1]), *(len(v[i]) for _, v in rows)) for i in range(len(cols))]
    lines = []
    if title:
        lines.append(title)
    lines.append(
        f"{first.n_docs} docs, {first.n_gold} required gold items "
        f"({first.n_optional} optional), {first.n_pred} predictions"
    )
    lines.append(
        "  ".join([f"{'':<{w0}}", *(f"{h:>{w}}" for h, w in zip(head[1:], widths, strict=True))])
    )
    for name, vals in rows:
        lines.append(
            "  ".join([f"{name:<{w0}}", *(f"{v:>{w}}" for v, w in zip(vals, widths, strict=True))])
        )
    return "\n".join(lines)


def _snippet(text: str, fragments: Fragments, width: int) -> str:
    """The fragments' text on one line, control characters shown escaped: a gold text
    with terminal escapes (``ESC[2J`` clears the screen) must not drive the terminal."""
    s = " … ".join(" ".join(text[a:b].split()) for a, b in fragments)
    s = printable(s)
    return s if len(s) <= width else s[: width - 1] + "…"


def iter_error_lines(
    report: Report, text_by_doc: Mapping[str, str], *, width: int = 100
) -> Iterator[str]:
    """Error rows grouped by document, with text snippets (see ``format_errors``)."""
    label = {"miss": "MISS", "false_positive": "FP", "wrong_speaker": "SPEAKER"}
    by_doc: dict[str, list[ErrorRow]] = {}
    for e in report.errors:
        by_doc.setdefault(e.doc, []).append(e)
    for doc, rows in by_doc.items():
        yield f"== {printable(doc)}"
        text = text_by_doc.get(doc, "")
        for e in sorted(rows, key=lambda e: e.fragments):
            where = ";".join(f"{a}-{b}" for a, b in e.fragments)
            line = (
                f"  {label.get(e.kind, e.kind):<7} {e.type:<8} {where:<13} dice={e.best_dice:.2f}"
            )
            if e.kind == "wrong_speaker":
                line += f"  gold={e.gold_speaker!r} pred={e.pred_speaker!r}"
            yield line
            if text:
                yield "      " + _snippet(text, e.fragments, width)


def format_errors(report: Report, text_by_doc: Mapping[str, str], *, width: int = 100) -> str:
    """Per-document listing of misses, false positives and wrong speakers.

    ``text_by_doc`` maps doc id to text (``{d.doc: d.text for d in load_gold(path)}``);
    the report itself holds offsets only.
    """
    return "\n".join(iter_error_lines(report, text_by_doc, width=width))
