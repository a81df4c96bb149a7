"""Items under construction (``Candidate``) and the choice among overlapping ones.

Every rule module builds Candidates; ``_dedupe`` keeps one item per stretch of text. Both
sit below the rule modules so each can use them.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass
class Candidate:
    """An item under construction, in character offsets, before speaker resolution."""

    type: str
    start: int
    end: int
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    confidence: float
    quote_ids: set[int] = field(default_factory=set)
    cue_token: int | None = None
    # A quote that continues the previous speaker (`_floating`): ranked low against
    # items with a cue of their own, but reported to users as the sure item it is.
    carried: bool = False
    # A quoted label said of a relative pronoun (`which Roe called "a farce"`): the item
    # is the quotation (with the noun it modifies), never run on past the marks.
    label: bool = False




def _clashes(a: Candidate, b: Candidate) -> bool:
    """Two items share more than half of the shorter one."""
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0.5 * min(a.end - a.start, b.end - b.start)


def _nested_in(inner: Candidate, outer: Candidate) -> bool:
    """``inner`` is a report inside what ``outer`` reports, cue and all.

    "Asked what she wanted, Ruiz said ...", "the panel will show what its members have
    long said": attribution is univocal, so a cue inside a reported content belongs to
    that content, and the outer report is the item, whatever the two confidences. A
    direct item with no quote marks (a block quote after `wrote:`, a transcript turn)
    wraps the reports in it the same way: PolNeAR never annotates a cue inside another
    item's content (0 of ~19,800 train items).
    """
    return (
        inner.type != "direct"
        and (outer.type != "direct" or not outer.quote_ids)
        and inner.cue is not None
        and outer.start <= inner.start
        and inner.end <= outer.end
        and outer.start <= inner.cue[0] < outer.end
        and (inner.start, inner.end) != (outer.start, outer.end)
    )


def _wrap_grown_reports(kept: list[Candidate]) -> list[Candidate]:
    """After the spans have grown (a raised subject, a joined fragment), a report whose
    cue now lies inside another report's content belongs to that content, as in
    `_dedupe`: one wholly inside is dropped (`Clinton, casting herself as a champion of
    workers, appeared to ...`), and one that starts inside and runs past the end shows
    that the outer content stopped short (`where the mayor thanked the voters for X and
    taught them Y` cut after X): the outer content runs on to its end."""
    drop: set[int] = set()
    # Only a report with another one starting inside its content can wrap anything (the
    # starts never move here): the rest skip the scan of every item, which made a text
    # with thousands of items quadratic.
    starts = sorted(k.start for k in kept)
    for a in kept:
        if id(a) in drop:
            continue
        first = bisect.bisect_left(starts, a.start)
        if first + 1 >= len(starts) or starts[first + 1] >= a.end:
            continue  # (starts[first] is a's own start, or another item's at the same place)
        for b in kept:
            if b is a or id(b) in drop or b.cue is None or b.type == "direct":
                continue
            if a.type == "direct" and a.quote_ids:
                continue
            if not (a.start <= b.start < a.end and a.start <= b.cue[0] < a.end):
                continue
            if (b.start, b.end) == (a.start, a.end):
                continue
            if b.end > a.end:
                a.end = b.end
                a.quote_ids |= b.quote_ids
                if a.quote_ids and a.type == "indirect":
                    a.type = "mixed"
            drop.add(id(b))
    return [k for k in kept if id(k) not in drop]


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One item per stretch of text: overlapping items keep the more confident one,
    except that a report wraps the reports nested in its content, all of them: an
    outer report clashing with two inner ones (`wants to address concerns about X
    after accusing Y`) used to lose to both."""
    cands = sorted(cands, key=lambda c: (-c.confidence, c.start))
    kept: list[Candidate | None] = []
    # Two spans clash only if they overlap, so only kept items starting less than the
    # longest span before c can clash with it: a start-sorted index of the kept items
    # keeps a text with thousands of items from comparing every pair. (An empty span
    # clashes with nothing, so it needs no case of its own.) An item an outer report
    # wraps leaves the index and its slot in `kept` empties.
    longest = max((c.end - c.start for c in cands), default=0)
    by_start: list[tuple[int, int]] = []  # (start, position in kept)
    for c in cands:
        lo = bisect.bisect_right(by_start, (c.start - longest, len(cands)))
        hi = bisect.bisect_left(by_start, (c.end, -1))
        clashes = [n for _, n in by_start[lo:hi] if _clashes(c, kept[n])]
        if not clashes:
            bisect.insort(by_start, (c.start, len(kept)))
            kept.append(c)
        elif all(_nested_in(kept[n], c) for n in clashes):
            for n in clashes:
                by_start.remove((kept[n].start, n))
                kept[n] = None
            bisect.insort(by_start, (c.start, len(kept)))
            kept.append(c)
    return sorted((k for k in kept if k is not None), key=lambda c: c.start)
