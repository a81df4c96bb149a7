"""Finding quotations and reported speech in a parsed document.

Two passes meet here. Direct quotes start from the quote marks (``quotes.marks``) and
look outward for a cue in the same sentence, then in the sentences around. Reported
speech starts from cue verbs and takes their clausal complement from the dependency
parse. Where a reported clause contains a quoted fragment, the two merge into one
``mixed`` item. Speakers are found here as mentions ("he", "NATO Chief Jens
Stoltenberg"); turning mentions into people is ``quotes.resolve``'s job.

The rules are mixin classes, one module per job, that ``Extractor`` is composed of
(this module keeps the document state, ``run`` and ``extract``):

- ``quotes.cues`` (CueRules): Which words are reporting cues: speech verbs and phrases,
  and the uses of them that report nothing.
- ``quotes.mentions`` (SpeakerMentionRules): The speaker at a cue: its subject through the
  parser's slips, and the mention's span.
- ``quotes.contentspans`` (ContentSpanRules): Where a reported content starts and ends.
- ``quotes.direct`` (QuotationRules): Quotations in marks: their cue and speaker in or
  next to their sentence, and quoted phrases.
- ``quotes.standalone`` (StandaloneQuotationRules): Quotations whose speaker is named away
  from them, or that have no marks.
- ``quotes.reported`` (ReportedSpeechRules): Reported speech from cue verbs, nouns,
  adjectives and sources in the dependency parse.
- ``quotes.reportedclause`` (ReportedClauseRules): The clause one reporting verb governs,
  through the parser's misreadings of it.
- ``quotes.notquotes`` (NotQuoteRules): Text that looks like a quote or a report and is
  not one.
- ``quotes.combine`` (CombiningRules): Joining, cutting and dropping candidates once both
  passes have run; building Quotes.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import (
    DEP,
    HEAD,
    IDX,
    IS_PUNCT,
    IS_SPACE,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SPACY,
    TAG,
)
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotes import lexicon, namedata
from quotes.candidates import Candidate, _clashes, _dedupe, _nested_in, _wrap_grown_reports
from quotes.combine import CombiningRules
from quotes.contentspans import ContentSpanRules
from quotes.cues import CueRules
from quotes.direct import QuotationRules
from quotes.doccolumns import (
    char_span,
    children_lists,
    column,
    entities,
    forget_columns,
    head_lists,
    open_columns,
    read_columns,
    tokens,
)
from quotes.doctext import doc_text
from quotes.marks import (
    QuoteSpan,
    datelines,
    find_quotes,
    line_wraps,
    live_stamps,
    paragraphs,
)
from quotes.mentions import SpeakerMentionRules
from quotes.models import Quote
from quotes.notquotes import CAPTION, LINK_LINE, NotQuoteRules, _title_case_line
from quotes.parserepair import fix_lemmas
from quotes.patterns import _asked_participle, abbreviation_stop, hashes_in
from quotes.reported import ReportedSpeechRules
from quotes.reportedclause import ReportedClauseRules
from quotes.standalone import StandaloneQuotationRules, initials_label

__all__ = [
    "CAPTION",
    "CAPTION_OPENING",
    "CAPTION_REUTERS_READS",
    "Candidate",
    "Extractor",
    "LINK_LINE",
    "_clashes",
    "_dedupe",
    "_nested_in",
    "_title_case_line",
    "abbreviation_stop",
    "extract",
    "hashes_in",
    "initials_label",
]


# Where a CAPTION match can open, at any end bound: each alternative's fixed opening with
# its leading \b, zero-width so that overlapping openings are all found; group 2 marks
# "Reuters/", the one alternative that reads on past its opening for more than a few
# characters. `Resolver._in_credit` tries CAPTION only at these: keep the two in step.
CAPTION_OPENING = re.compile(
    r"(?=[/(ACEGPRI])(?=(/dpa|\bPhoto|\(Photo|Getty Images|(Reuters/)|\b(?:AP|AFP|EPA) Photo|\bCredit:|\bImage"
    r"|\bPicture:))"
)
# What CAPTION's "Reuters/" reads past the slash at most: its lookahead's word, space,
# word, space and "poll"/"survey" lie within three runs of word characters.
CAPTION_REUTERS_READS = re.compile(r"[\w-]*\s*[\w-]*\s*[\w-]*")

#: A capitalised word and one space right before a nickname's open mark ("William "), and
#: one space and a capitalised word right after its close mark (" Tandy").
NAME_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_'\u2019-]* $")
NAME_AFTER = re.compile(r" [^\W\d_]")


def nickname_marks(text: str, q: QuoteSpan) -> bool:
    """'William "Bill" Tandy', 'Roberta \u201cBobbie\u201d Kessel': one capitalised word in
    marks between a first name and a surname is the name the person goes by, not a
    quotation; read as one, it cut the name off the cue (`"...," William "Bill" Tandy
    said` had no speaker and no item). So are two such words, as entity correction reads
    them (`Sam "The Hammer" Okafor`)."""
    words = text[q.start : q.end].split(" ")
    if len(words) > 2 or not all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words):
        return False
    before = NAME_BEFORE.search(text, max(0, q.open_start - 30), q.open_start)
    after = NAME_AFTER.match(text, q.close_end)
    return (
        before is not None and before.group()[0].isupper()
        and after is not None and after.group()[1].isupper()
    )


#: The token columns our components read from the shared store (`doccolumns.column`)
#: in nearly every article: read together once the repairs are done.
SHARED_COLUMNS = (DEP, HEAD, IDX, IS_PUNCT, IS_SPACE, LEMMA, LENGTH, LOWER, ORTH, POS, SENT_START, SPACY, TAG)


class Extractor(
    CueRules,
    SpeakerMentionRules,
    ContentSpanRules,
    QuotationRules,
    StandaloneQuotationRules,
    ReportedSpeechRules,
    ReportedClauseRules,
    NotQuoteRules,
    CombiningRules,
):
    """Extracts candidates from one parsed Doc; one instance per document."""

    def __init__(self, doc: Doc) -> None:
        forget_columns(doc)  # (a Doc extracted again: its parse is repaired anew)
        # (the article's Tokens, listed once for the repairs and shared by the rules
        # after them: a Token is a view of its word, and sees every repair)
        words = list(doc)
        lowers = fix_lemmas(doc, words)
        open_columns(doc, words)  # the parse is final: its columns are read once, and shared
        # (every column the extractor, the resolver and the confidence model read, in one
        # walk; the repairs' LOWER column is final already)
        read_columns(doc, SHARED_COLUMNS, None if lowers is None else {LOWER: lowers})
        self.doc = doc
        # Per token index, its children (`doccolumns.children_lists`: the rules read
        # ``self._kids[token.i]`` where ``token.children`` built them anew at each read).
        self._kids: list[tuple[Token, ...]] = children_lists(doc) or []
        # Per token index, its head (`doccolumns.head_lists`: ``self._heads[token.i]``
        # where ``token.head`` built a new Token at each read).
        self._heads: list[Token] = head_lists(doc) or []
        # The article's Tokens, listed once (`doccolumns.tokens`): ``self._tokens[i]``
        # where ``self.doc[i]`` built a new Token at each read.
        self._tokens = tokens(doc)
        self._char_spans: dict[tuple[int, int], SpacySpan] = {}  # (`char_span`)
        # Answers of rules that depend only on a token of the (repaired, from here on
        # unchanged) parse, kept per (rule, token index): `subject_of`, `mention_span`,
        # `_titled_mention`, `is_cue`.
        self._token_memo: dict[tuple[str, int], Any] = {}
        self.text = doc_text(doc)
        self.paras = paragraphs(self.text)
        self.quotes = [
            self.lost_close_before_predicate(q) for q in find_quotes(self.text) if q.depth == 0 and not self._nickname(q)
        ]
        self._quote_starts = [q.start for q in self.quotes]  # (in text order, as found)
        self.quote_of_char = self._quote_index()
        self._para_starts = [s for s, _ in self.paras]
        self._para_ends = [e for _, e in self.paras]
        self.ents = list(entities(doc))  # Doc.ents rebuilds its Spans on every access: shared
        self._ent_starts = [e.start for e in self.ents]  # (sorted, as spaCy keeps them)
        self._boilerplate = self._find_boilerplate()
        self._boiler_starts = [s for s, _ in self._boilerplate]
        self._names: set[str] | None = None
        # (a live blog's time stamp opens its entry as a dateline opens a wire story)
        self._datelines = live_stamps(self.text, self.paras) | datelines(self.text, self.paras)
        # Spans of "that" clauses an object content took in (`_with_noun_that_clause`):
        # the parser hung them on another verb, whose report of them is no item.
        self.noun_clause_spans: set[tuple[int, int]] = set()

    # -- helpers ----------------------------------------------------------------

    def _nickname(self, q: QuoteSpan) -> bool:
        """Marks around a nickname inside a name (`nickname_marks`), the words on both
        sides tagged proper nouns: not a title-cased headline's scare quote ("She Felt
        'Invisible' As A Child")."""
        if not nickname_marks(self.text, q):
            return False
        before = char_span(self.doc, q.open_start - 2, q.open_start - 1)
        after = char_span(self.doc, q.close_end + 1, q.close_end + 2)
        return (
            before is not None and after is not None and len(before) > 0 and len(after) > 0
            and before[-1].pos_ == "PROPN" and after[0].pos_ == "PROPN"
        )

    def _quote_index(self) -> list[int]:
        """For every character, the index of the top-level quote it lies in, or -1."""
        index = [-1] * (len(self.text) + 1)
        for i, q in enumerate(self.quotes):
            # (a slice at a time, not a Python step per character)
            index[q.open_start : q.close_end] = [i] * max(0, q.close_end - q.open_start)
        return index

    def char_span(self, start: int, end: int) -> SpacySpan | None:
        """Tokens covering ``text[start:end]``, or None for an empty or inverted range.

        Kept per range: the rules ask for the same ranges over and over (two calls in
        three repeat one on news text), and spaCy builds each Span anew."""
        # (a range asked before is read first, as it was stored: bounds inside the
        # text, which the clamping below leaves as they are)
        span = self._char_spans.get((start, end))
        if span is not None:
            return span
        start, end = max(0, start), min(len(self.text), end)
        if end <= start:
            return None
        span = self._char_spans.get((start, end))
        if span is None:
            span = self._char_spans[start, end] = char_span(self.doc, start, end)
        return span

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        """The index of each sentence's first token, in order (read after the parse
        repairs of ``__init__``, which may move sentence starts, and never changed after)."""
        starts = numpy.flatnonzero(column(self.doc, SENT_START) == 1).tolist()
        return starts if starts[:1] == [0] else [0, *starts]

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """``(token.sent.start, token.sent.end)`` of the token at ``i``, from the sentence
        starts read once: `Token.sent` builds two Spans (~8 us) to find them."""
        starts = self._sentence_starts
        k = bisect.bisect_right(starts, i) - 1
        return starts[k], starts[k + 1] if k + 1 < len(starts) else len(self.doc)

    def _quote_ids(self, start: int, end: int) -> set[int]:
        """The top-level quotations that ``text[start:end]`` touches.

        Those of `quote_of_char[start:end]`, found from the quotations' bounds when
        they follow one another without overlap (as top-level quotations do): the set
        of the per-character slice cost a step per character of every span asked."""
        bounds = self._quote_bounds
        if bounds is None or start < 0 or end > len(self.quote_of_char):
            return set(self.quote_of_char[start:end]) - {-1}
        opens, closes, ids = bounds
        out: set[int] = set()
        if start >= end:
            return out
        for k in range(bisect.bisect_right(closes, start), len(opens)):
            if opens[k] >= end:
                break
            out.add(ids[k])
        return out

    @functools.cached_property
    def _quote_bounds(self) -> tuple[list[int], list[int], list[int]] | None:
        """(start, end, index) of each quotation that owns characters in
        `quote_of_char`, in text order; None when two overlap (a later one then
        owns the shared characters, and only the per-character index tells)."""
        spans = [(q.open_start, q.close_end, i) for i, q in enumerate(self.quotes) if q.close_end > q.open_start]
        if any(a[1] > b[0] or a[0] > b[0] for a, b in itertools.pairwise(spans)):
            return None
        return [a for a, _, _ in spans], [b for _, b, _ in spans], [i for _, _, i in spans]

    def in_quote(self, token: Token) -> bool:
        return self.quote_of_char[token.idx] >= 0

    def para_of(self, char: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._para_starts, char) - 1
        if i >= 0 and char < self.paras[i][1]:
            return self.paras[i]
        return 0, len(self.text)

    # -- all together -------------------------------------------------------------

    def _inverted_cue_only(self, r: Candidate) -> bool:
        """A report whose words, outside quotation marks, are only the cue and speaker
        a quotation right before them has: `"Get off my land!" shouted farmer Ines
        Calloway, according to witnesses`, `"We are leaving," said Tomas Vrba, according
        to a transcript`. The parser hangs "according to" on the inverted cue, so its
        report is the cue and speaker alone (an indirect item) or with the quotation (a
        mixed item that takes the quotation from its speaker). Neither is reported
        speech; the quotation is a direct item of its own cue and speaker."""
        if r.type == "direct" or r.cue_token is None:
            return False
        # A quotation ending before the report counts only across spaces and commas: it
        # ends at or after the run of those that closes right before the report (found
        # once, where a slice of the text up to the report was cut for every quotation).
        text = self.text
        lead = r.start
        while lead > 0 and text[lead - 1] in " ,\u00a0":
            lead -= 1
        # (the report's words outside quotation marks: a scan of every character, made
        # only once a quotation fits, as few do)
        outside: list[int] | None = None
        for q in self.quotes:
            if q.close_end > r.end or q.close_end < lead:
                continue
            if outside is None:
                outside = [i for i in range(r.start, r.end) if text[i].isalnum() and self.quote_of_char[i] < 0]
            if not outside:
                return False
            after = self.char_span(q.close_end, r.end)
            verb = next((t for t in after if not t.is_punct and not t.is_space), None) if after is not None else None
            if verb is None or verb.i == r.cue_token or verb.lemma_.lower() not in lexicon.SPEECH_VERBS:
                continue
            # (an inverted subject is often parsed as the verb's object: "shouted farmer
            # Ines Calloway"); a speaker's phrase, not a clause ("citing an instance in
            # which ...")
            subject = next((c for c in self._kids[verb.i] if c.dep_ in ("nsubj", "nsubjpass", "dobj")), None)
            if subject is None or subject.left_edge.idx < q.close_end or len(list(subject.subtree)) > 8:
                continue
            covered = set(range(verb.idx, verb.idx + len(verb.text)))
            covered |= set(range(subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)))
            if len(covered.intersection(outside)) >= 0.8 * len(outside):
                return True
        return False

    def run(self) -> list[Quote]:
        """Reported clauses first: a quote inside one is a fragment of a mixed item.

        Only the quotes that no reported clause wraps go through the direct pass, so
        `warned that troops could invade "at any time"` stays one mixed item.
        """
        reported = (
            self.reported_candidates(set())
            + self.quoted_complements()
            + self.block_quotes()
            + self.dialogue_dashes()
            + self.transcript_turns()
            + self.colon_claims()
            + self.embedded_posts()
        )
        reported = [
            r
            for r in reported
            if not self._sourceless_phrase(r)
            and not self._sourceless_name(r)
            and not self._postposed_source(r)
            and not self._lacks_its_message(r)
            and not self._reason_only(r)
            and not self._all_that_was_said_of(r)
            and not self._quote_was_how_of(r)
            and not self._inverted_cue_only(r)
        ]
        reported = [r for r in reported if self._without_carried_text(r)]
        for r in reported:
            self._carry_past_fragment(r)
        mixed = [r for r in reported if r.type == "mixed"]
        absorbed = set().union(*(r.quote_ids for r in mixed)) if mixed else set()
        # Of two mixed items holding one quote (`the party as "too timid," Ferrante
        # said` and its inner `saw ... as "too timid"`), the widest is the sentence's
        # attribution, whose speaker a quote standing alone after it continues.
        owners: dict[int, Candidate] = {}
        for r in sorted(mixed, key=lambda r: r.end - r.start):
            owners.update(dict.fromkeys(r.quote_ids, r))
        reports = [r for r in reported if r.type == "indirect" and r.cue_token is not None]
        direct = self.direct_candidates(skip=absorbed, owners=owners, reports=reports)
        direct_cues = {c.cue_token for c in direct if c.cue_token is not None}
        taken = set().union(*(c.quote_ids for c in direct)) if direct else set()
        final: list[Candidate] = mixed + direct
        final += self.quoted_objects(
            absorbed | taken, {r.cue_token for r in reported} | direct_cues
        )
        closed: set[int] = set()  # quotations a mixed item now holds whole
        for c in final:
            self._carry_past_fragment(c)
            closed |= self._close_open_quotation(c)
        by_cue: dict[int | None, list[Candidate]] = {}
        for c in direct:
            by_cue.setdefault(c.cue_token, []).append(c)
        blocks = [r for r in reported if r.type == "direct" and not r.quote_ids]
        for r in reported:
            if r.type == "indirect" and self._names_the_block_to_come(r, blocks):
                continue
            if r.type == "indirect" and r.cue_token in direct_cues:
                joined = self._clause_then_quote(r, by_cue[r.cue_token])
                at = None if joined is None else next((k for k, c in enumerate(final) if c is joined[0]), None)
                if at is not None:  # (None: another report on the cue took the quotation first)
                    final[at] = joined[1]
                    continue
            if r.type == "indirect" and (
                r.cue_token not in direct_cues
                or all(self._second_content(r, d) for d in by_cue[r.cue_token])
            ):
                final.append(r)
            elif r.type == "direct" and not r.quote_ids:
                final.append(r)  # a block quote: no marks to snap to
            elif r.type == "direct" and not r.quote_ids <= taken:
                final.append(self._snap_to_quotes(r))
        for c in final:
            self._cut_trailing_source(c)
            self._close_at_parenthesis(c)
            self._open_at_parenthesis(c)
            self._cut_writers_gloss(c)
            self._run_on_standings(c)
        final = [c for c in final if c.type != "direct" or not c.quote_ids or not c.quote_ids <= closed]
        self._split_trailing_reports(final)
        if self.noun_clause_spans:
            final = [c for c in final if (c.start, c.end) not in self.noun_clause_spans]
        kept = self._join_inner_conjuncts(self._join_stray_fragments(_dedupe(final)))
        for c in kept:
            self._raise_subject(c)
        kept = _wrap_grown_reports(kept)
        kept = self._without_pull_quotes(kept)
        kept = [c for c in kept if not self._display_text(c)]
        kept = self._without_bracketed_glosses(kept)
        turns = self.interview_answers() + self.call_turns()
        # (an answer in quote marks the quotation rules found too, `A: "Not for a
        # second."`, is one item: the turn's, whose speaker is the one interviewed)
        spans = {(t.start, t.end) for t in turns}
        kept = sorted([c for c in kept if (c.start, c.end) not in spans] + turns, key=lambda c: c.start)
        for c in kept:
            if c.type != "direct" and c.cue_token is not None and _asked_participle(self._tokens[c.cue_token]):
                answer = self._answer_cue(c)
                if answer is not None:
                    # `Ruiz said when asked about it that the line would reopen`: the
                    # parser hung the that-clause on "asked"; it is what Ruiz said.
                    c.cue_token, c.cue = answer.i, self.cue_span(answer)
                    continue
                # "Asked whether he would resign, Vinter said ...": the clause's subject
                # is the one asked, who asked is not said ("Asked by Ada Roe whether
                # ..." names her: `_asked_participle` leaves it). Cleared only now:
                # until here the one asked stands for the question, so that their answer
                # right after it ("she paused. '...'") is carried to them.
                c.mention = None
        return [self._to_quote(c) for c in kept if c.start < c.end]




def extract(doc: Doc) -> list[Quote]:
    """All attributed items of a parsed document, speakers as mentions only."""
    join_wrapped_names(doc)
    return Extractor(doc).run()


def _name_token(token: Token) -> bool:
    """A capitalised proper-noun token of letters only: a piece of a person's name."""
    return token.text.isalpha() and token.text[:1].isupper() and token.pos_ == "PROPN"


def join_wrapped_names(doc: Doc) -> None:
    """A person's name cut by a hard line wrap (`said one tenant, Alison<newline>Kerr.`) is
    one name. The tagger ends or starts the PERSON entity at the line break's whitespace
    token, or tags neither half, so the speaker would be "Alison", "Kerr" or no one. Two
    capitalised proper nouns of no other entity on either side of a single line break
    that wraps inside a sentence (`marks.line_wraps`) become one PERSON entity when one
    half is tagged a person already or the first is a known first name. Joins that share a
    word (a name over three lines, `Maria\nLuisa\nSantos`) are one entity: spaCy refuses
    overlapping entities, and the article failed. The mention keeps the text as written
    (`Alison\nKerr`); offsets are untouched."""
    text = doc_text(doc)
    if "\n" not in text or not doc.has_annotation("ENT_IOB"):
        return
    ents: list[SpacySpan] | None = None  # (read at the first pair of name words: most texts have none)
    ending: dict[int, SpacySpan] = {}
    starting: dict[int, SpacySpan] = {}
    joined: list[SpacySpan] = []
    for gap in _single_break_tokens(doc, text):
        left, right = doc[gap.i - 1], doc[gap.i + 1]
        if not (_name_token(left) and _name_token(right)) or {left.ent_type_, right.ent_type_} - {"", "PERSON"}:
            continue
        if ents is None:
            ents = list(doc.ents)
            ending = {e.end: e for e in ents if e.label_ == "PERSON"}
            starting = {e.start: e for e in ents if e.label_ == "PERSON"}
        before, after = ending.get(gap.i), starting.get(gap.i + 1)
        if before is None and after is None and namedata.women_shares().get(left.lower_) is None:
            continue
        if line_wraps(text, gap.idx, right.text):
            start = before.start if before is not None else left.i
            end = after.end if after is not None else right.i + 1
            if joined and start < joined[-1].end:  # a name wrapped over three lines or more
                start = joined.pop().start
            joined.append(SpacySpan(doc, start, end, label="PERSON"))
    if joined and ents is not None:
        kept = [e for e in ents if not any(e.start < j.end and j.start < e.end for j in joined)]
        doc.ents = sorted(kept + joined, key=lambda e: e.start)


def _single_break_tokens(doc: Doc, text: str) -> Iterator[Token]:
    """The whitespace tokens holding exactly one line break, neither the document's
    first token nor its last, in order. Found from the breaks in the text and the
    tokens' offsets (one `Doc.to_array`), not by building a Token for every word of
    the document: those hundreds of objects per article, and the garbage collector's
    passes they set off, cost more than the rest of `join_wrapped_names`."""
    starts = doc.to_array(IDX).tolist()
    last = -1
    at = text.find("\n")
    while at >= 0:
        i = bisect.bisect_right(starts, at) - 1  # (the token whose text holds the break)
        if i != last and 0 < i < len(doc) - 1:
            gap = doc[i]
            if gap.is_space and gap.text.count("\n") == 1:
                yield gap
        last = i
        at = text.find("\n", at + 1)
