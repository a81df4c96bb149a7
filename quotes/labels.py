"""Credits, bylines and line labels: names that are not speakers, or that label one.

A name in a photo credit or a byline is no speaker; a line opening "Mark Cuban:" or an
interview's "A:" gives its speaker by the label. Both read the text's line layout, not
the parse, so they sit together.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re

from quotes import lexicon
from quotes.extract import (
    CAPTION,
    CAPTION_OPENING,
    CAPTION_REUTERS_READS,
    initials_label,
)
from quotes.nameshapes import (
    ANSWER_LABELS,
    SPEAKER_LABEL,
    Entity,
    _initials,
    _role_word,
    first_name_gender,
)
from quotes.notquotes import CAPTION_WORDS

# Words that make a byline part a desk or an outlet, not a person.
BYLINE_DESK = re.compile(
    r"(?i)\b(?:news|staff|desk|editorial|board|press|reuters|today|times|post|journal|"
    r"tribune|herald|wire|editors?|reporters?|correspondents?|contributors?|agency)\b"
)
NEWLINE = re.compile("\n")  # (`Resolver._line_start`)

# Any line label, one letter too: an interview's "Q:" and "A:".
LINE_LABEL = re.compile(r"[ \t]*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]+){0,3}):[ \t]")


class LineLabelRules:
    """Text around the story: photo credits, bylines and interview line labels."""

    @functools.cached_property
    def _may_hold_credit(self) -> bool:
        """Whether the text holds a word every photo credit holds (read once: most
        articles have none, and `_in_credit` is then never asked)."""
        return any(word in self.text for word in CAPTION_WORDS)

    def _in_credit(self, position: int) -> bool:
        """``position`` lies after a photo credit's marker on its line ("Photo: Getty
        Images", "Image source: Reuters"): a picture agency's or photographer's name.

        That is ``CAPTION.search(text, line_start, position)``, found from an index of
        the text's caption openings (`_credit_index`) instead: searching the line again
        for each body made a line that names a body thousands of times quadratic."""
        near = self.text.rfind("\n", max(0, position - self._CREDIT_SEARCHED), position)
        if near >= 0 or position <= self._CREDIT_SEARCHED:
            # a line that opens shortly before: searched as it is
            return CAPTION.search(self.text, near + 1, position) is not None
        start = self._line_start(position)
        starts, stable, close_from, reuters, reuters_reach, reuters_reach_max = self._credit_index()
        first = bisect.bisect_left(starts, start)
        if stable[first] < position:
            return True  # an opening that matches whatever follows, read whole before here
        # Openings that read up to or past ``position``: CAPTION itself, cut there
        # (one that matched whole may not match cut short, and the other way round).
        near = bisect.bisect_left(starts, max(start, position - close_from), first)
        for i in starts[near : bisect.bisect_left(starts, position, near)]:
            if CAPTION.match(self.text, i, position) is not None:
                return True
        k = bisect.bisect_left(reuters, position) - 1
        while k >= 0 and reuters[k] >= start and reuters_reach_max[k] >= position:
            if reuters_reach[k] >= position and CAPTION.match(self.text, reuters[k], position) is not None:
                return True
            k -= 1
        return False

    #: A line that opens at most this far before the offset is searched as it is: the
    #: index costs more than that on a news article, and such searches stay linear.
    _CREDIT_SEARCHED = 2_000
    #: How far past its opening a CAPTION alternative other than "Reuters/" reads at most
    #: ("Image source:" and the character after it), with room to spare.
    _CREDIT_READS = 16

    def _credit_index(self) -> tuple[list[int], list[float], int, list[int], list[int], list[int]]:
        """Built once per text, for `_in_credit`: the offsets where a CAPTION match can
        open (`CAPTION_OPENING`), sorted; for each opening on, the least offset past
        which some opening from there on matches whatever text follows (a match that
        reads nothing beyond it; infinity for none, one more at the end); how far the
        fixed openings read; the "Reuters/" openings, how far each reads and the
        greatest of those reaches up to each."""
        if self._credits is not None:
            return self._credits
        text = self.text
        starts: list[int] = []
        reach: list[float] = []
        reuters: list[int] = []
        reuters_reach: list[int] = []
        for m in CAPTION_OPENING.finditer(text):
            i = m.start()
            if m.group(2) is not None:
                read = CAPTION_REUTERS_READS.match(text, m.end(2)).end() + len("surveys") + 1
                reuters.append(i)
                reuters_reach.append(read)
            else:
                read = i + self._CREDIT_READS
            starts.append(i)
            # past what it reads, cutting the text changes nothing: the whole text's answer
            reach.append(read if CAPTION.match(text, i) is not None else float("inf"))
        stable = [*reach, float("inf")]
        for k in range(len(reach) - 1, -1, -1):
            stable[k] = min(stable[k], stable[k + 1])
        reuters_reach_max = list(itertools.accumulate(reuters_reach, max))
        self._credits = (starts, stable, self._CREDIT_READS, reuters, reuters_reach, reuters_reach_max)
        return self._credits

    def _line_start(self, position: int) -> int:
        """The offset of the line ``position`` is on (``text.rfind("\\n", 0, position) +
        1``, by bisection of the text's line breaks, found once)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in NEWLINE.finditer(self.text)]
        k = bisect.bisect_left(self._newlines, position)
        return self._newlines[k - 1] + 1 if k else 0

    def _line_label(self, position: int) -> Entity | None:
        """The person a line is labelled with ("Mark Cuban: I'd consider a bid"): the
        "I" of a headline that quotes someone is that someone, not the byline."""
        start = self.text.rfind("\n", 0, position) + 1
        m = SPEAKER_LABEL.match(self.text, start, position)
        if m is None:
            return None
        name = m.group(1)
        if hansard_label(name):
            # "Ms OYELARAN:" in a parliamentary record: a courtesy title and a surname
            bare = name.split(" ", 1)[1].title()
            full = self._full_name(bare, position)
            return self._lookup(full or bare, "person") or self._add_person(full or bare, position)
        if name.isupper() and _office_label(name):
            # "THE DEPUTY SPEAKER:" in a parliamentary record: an office and no name; the
            # one holding it speaks, unnamed, described by the office
            office = " ".join(w.capitalize() for w in name.split()[1:])
            return Entity(office, "unnamed", position)
        if name.isupper():
            # A transcript's "TAPPER: ... I think": the label is the surname of someone
            # the article names. Only a known person counts: "WASHINGTON:" or
            # "UPDATE:" name no one.
            titled = name.title()
            initialled = self._initialled(name, position)
            if initialled is not None:
                return initialled
            if len(titled.split()) == 1:
                # "TAPPER:" after "JAKE TAPPER:" opened the transcript, or after a heading
                # line "JAKE TAPPER (CNN anchor)" over the turns of a press conference.
                opened = re.findall(
                    rf"^[ \t]*((?:[A-Z][A-Z.'\u2019-]+ )+{re.escape(name)})(?::|[ \t]*\(|[ \t]*$)",
                    self.text[:start],
                    re.M,
                )
                if opened:
                    titled = opened[-1].title()
            bare = _untitled(titled)
            # "DR OKORO-BLAKE:", "SENATOR WHITLOCK:": the title is no part of the surname
            # the story gave in full above
            full = (self._full_name(bare, position) if bare != titled else None) or self._full_name(titled, position)
            if full is not None:
                return self._lookup(full, "person")
            if bare != titled and bare.lower() not in lexicon.TITLE_WORDS and bare.replace("-", "").isalpha():
                # "COUNCILLOR PENRICE:" with no full name above: a titled surname is a person
                return self._lookup(bare, "person") or self._add_person(bare, position)
            if len(titled.split()) >= 2 and first_name_gender(titled) is not None:
                return self._add_person(titled, position)  # "JAKE TAPPER:" opens a transcript
            return None
        full = self._full_name(name, position)
        if full is not None:
            return self._lookup(full, "person") or self._add_person(full, position)
        if len(name.split()) >= 2 and (
            first_name_gender(name) is not None or self._lookup(name, "person") is not None
        ):
            # A headline "Sidney Roe: I ..." names someone the story names in full later,
            # even when the first name alone tells no gender.
            return self._lookup(name, "person") or self._add_person(name, position)
        return None

    def _initialled(self, label: str, position: int) -> Entity | None:
        """The person a Q&A's dotted-initials label stands for ("G.O.:" for Grace
        Obuya, introduced above the interview), when exactly one person named before
        ``position`` has those initials."""
        letters = initials_label(label)
        if letters is None:
            return None
        names = set()
        for p in self.people:
            if p.position < position:
                name = self._full_name(p.name, p.position) or p.name
                if len(name.split()) == len(letters) and _initials(name) == letters:
                    names.add(name)
        if len(names) != 1:
            return None
        name = names.pop()
        return self._lookup(name, "person") or self._add_person(name, position)

    def _answer_label(self, position: int) -> bool:
        """Whether ``position`` is in an interview's answer: on a line opening with an
        answer label ("A:", "Answer:"), or in a paragraph with no label after one (an
        answer goes on over paragraphs until the next question), with a question ("Q:")
        asked before it."""
        start = self.text.rfind("\n", 0, position) + 1
        if self._question_before(start) is None:
            return False
        label = self._label_of_line(position)
        if label is not None:
            return label in ANSWER_LABELS
        turn = bisect.bisect_right(self._turn_starts, position) - 1
        return turn >= 0 and self._turns[turn][1]

    def _question_before(self, position: int) -> re.Match[str] | None:
        """The text's first question line ("Q:"), when it ends before ``position``: the
        document is searched once, not once per "I" of an answer."""
        first = self._first_question
        return first if first is not None and first.end() <= position else None

    def _interviewee(self, position: int) -> Entity | None:
        """Who answers in a question-and-answer interview: the person the text names
        most before its first question line (not the byline's writer, who asks), when
        one is named more often than any other."""
        first = self._question_before(position)
        if first is None:
            return None
        counts: dict[str, int] = {}
        for p in self.people:
            if p.position < first.start() and p.name != self.author:
                name = self._full_name(p.name, p.position) or p.name
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked:
            return None
        top = [name for name, n in ranked if n == ranked[0][1]]
        if len(top) > 1:
            # "Celestine Moreau has written twelve novels. We met her in Lyon.": a lone
            # word the model took for a person ties with no full name; the one full name
            # among the tied is the one introduced.
            full = [name for name in top if " " in name]
            if len(full) != 1:
                return None
            top = full
        return self._lookup(top[0], "person") or self._add_person(top[0], position)

    def _answer_line(self, position: int) -> bool:
        """Whether the line opens with an interview's answer label ("A:", "ANSWER:") or
        a transcript label naming someone else: its "I" is not the byline's writer."""
        label = self._label_of_line(position)
        return label is not None and label.lower() not in lexicon.AUTHOR_LINE_LABELS

    def _label_of_line(self, position: int) -> str | None:
        """The label opening the line of ``position`` before it ("A", "HOST"), if any."""
        start = self.text.rfind("\n", 0, position) + 1
        m = LINE_LABEL.match(self.text, start, position)
        return None if m is None else m.group(1)

    def _author_entity(self, position: int) -> Entity:
        assert self.author is not None
        return self._lookup(self.author, "person") or self._add_person(self.author, position)




def _untitled(name: str) -> str:
    """``name`` without the title words it opens with, while a word remains ("Dr
    Okoro-Blake" -> "Okoro-Blake", "Lt Col Hinkov" -> "Hinkov")."""
    words = name.split()
    while len(words) > 1 and (
        words[0].lower().strip(".") in lexicon.TITLE_WORDS or words[0].lower().strip(".") in lexicon.HONORIFICS
    ):
        words = words[1:]
    return " ".join(words)


def byline_person(author: str | None) -> str | None:
    """The one person a byline names, or None (no byline, several authors, a desk).

    "By JAMES B. STEWART" -> "James B. Stewart"; "Paul Singer, @singernews, USA TODAY"
    -> "Paul Singer"; "Breitbart News", "Nicole Gaudiano and Ray Locker" -> None: an
    organisation writes no "I", and with two authors the "I" is not decidable.
    """
    if not author:
        return None
    text = re.sub(r"(?i)^\s*by\s+", "", author.strip())
    text = re.split(r"(?i)\.?\s*e-?mail:|\|", text)[0]
    if re.search(r"(?i)\band\b|&|;", text):
        return None
    names = []
    for part in (p.strip(" .") for p in text.split(",")):
        words = part.split()
        if not 2 <= len(words) <= 4 or any(not w[:1].isalpha() or not w[:1].isupper() for w in words):
            continue
        if re.search(BYLINE_DESK, part):
            continue
        if part.isupper():
            part = " ".join(w.capitalize() if len(w.strip(".")) > 1 else w for w in words)
        names.append(part)
    return names[0] if len(names) == 1 else None


def _office_label(name: str) -> bool:
    """A label that is "THE" and an office in capitals ("THE DEPUTY SPEAKER", "THE
    PRESIDING OFFICER"): a record names the chair's turns by the office alone."""
    words = name.split()
    return (
        2 <= len(words) <= 4
        and words[0] == "THE"
        and all(w.isalpha() for w in words[1:])
        and _role_word(words[-1].lower())
    )


def hansard_label(name: str) -> bool:
    """A parliamentary record's label, a courtesy title and a surname in capitals
    ("Ms OYELARAN", "Dr VELLACOTT"): the parser often tags no person in it, and the
    title in lower case keeps it from reading as a transcript's capitals."""
    words = name.split()
    return (
        len(words) in (2, 3)
        and words[0].rstrip(".").lower() in lexicon.HONORIFICS
        and all(w.isupper() and len(w) > 1 for w in words[1:])
    )

