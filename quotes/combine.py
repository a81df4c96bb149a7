"""Where the two passes meet: joining, trimming and dropping candidates, then Quotes.

After the direct and the reported pass, reports are joined to stray fragments, cut
before trailing reports and sources, dropped when they carry no message, and turned
into ``Quote`` objects (``_to_quote``).
"""

from __future__ import annotations

import bisect
import re
import unicodedata

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes import lexicon
from quotes.candidates import Candidate, _nested_in
from quotes.doccolumns import head_of, kids
from quotes.marks import (
    QuoteSpan,
    is_quote_char,
)
from quotes.models import Quote, Span
from quotes.patterns import DASHES, FINITE_TAGS, SUBJECT_DEPS, _asked_participle, without_entities

# "on condition of anonymity", "only on the condition that his name not be used": why a
# source goes unnamed, which ends whatever content runs into it.
# (Led by a character class, a search skips in C to the characters a match can start
# with, where led by an optional part it tried the whole pattern at every character,
# and led by a lookahead naming those characters it still entered the matcher at each.
# ``[,\s](?:(?<=,)\s|(?<!,))\s*`` is ``,?\s+``: a comma and a space, or a space.)
ANONYMITY_TERMS = re.compile(
    r"[,\s](?:(?<=,)\s|(?<!,))\s*(?:only\s+)?(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\b", re.I
)
# A comma and "followed (closely) by" after a content: the next places of a standings list.
FOLLOWED_BY = re.compile(r",\s+(followed)\s+(?:closely\s+)?by\s")

# The end of a sentence inside a line: a final mark, then a space and a capital or a mark.
SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z\"\u201c\u2018'])")

CARRIED_TEXT = re.compile(r"\b(?:reading|saying)[ \t]*[,:]?[ \t]*$")

# A clause of reason opening a content ("because the formula will ..."), not "because of".
REASON_LEAD = re.compile(r"because\b(?![ \t]+of\b)")

# Contents shorter than this many words get a lower confidence (see Extractor._to_quote).
SHORT_CONTENT_WORDS = 5


class CombiningRules:
    """Joining, cutting and dropping candidates once both passes have run; building Quotes."""

    def _answer_cue(self, c: Candidate) -> Token | None:
        """The cue that a that-clause hung on a question participle answers to: a
        reporting verb the participle modifies (`Ruiz said when asked about it that ...`).
        One is asked about, whether or if something; one says that something."""
        asked = self._tokens[c.cue_token]
        head = self._heads[asked.i]
        if asked.dep_ != "advcl" or not self.is_cue(head) or _asked_participle(head):
            return None
        if not self._after_that(c.start):
            return None
        span = self.char_span(c.start, c.end)
        if span is None:
            return None
        root = span.root
        # The clause is the participle's own complement, or the parser hung it on the
        # subject asked about (`asked about the delay that the trains ...`), but not on
        # a noun further in (`asked about her vote in the event that Clinton wins`).
        about = root.dep_ == "relcl" and self._heads[root.i].dep_ == "pobj" and self._heads[self._heads[self._heads[root.i].i].i] == asked
        return head if self._heads[root.i] in (asked, head) or about else None

    def _reason_only(self, c: Candidate) -> bool:
        """`I am writing because the new formula will close us`: a report whose content
        opens on "because" and a clause after the verb gives why the act was done, not
        what was said ("because of the storm ..." may open a content, and so may a
        sentence's fronted "Because ..., the administration was signalling ...")."""
        if c.type != "indirect" or REASON_LEAD.match(self.text, c.start, c.end) is None:
            return False
        # `said that because they are Muslim does not mean ...`: after "that" the content
        # is a clause that was said, which merely opens on a because-clause.
        return not self._after_that(c.start)

    def _after_that(self, start: int) -> bool:
        """Whether a "that" stands right before ``start`` (`said that ...`), a comma
        between included: in `said that, because the audit found nothing, the books were
        sound` the "that" still opens the clause that was said, and the comma only sets
        off the fronted because-clause inside it."""
        return re.search(r"\bthat,?[ \t]*$", self.text[max(0, start - 12) : start]) is not None

    def _without_bracketed_glosses(self, kept: list[Candidate]) -> list[Candidate]:
        """`"Non possiamo vivere" [We cannot live], said Gennaro Abbate`: the writer's
        translation in brackets right after a quotation gives the same words again; the
        cue reports the quotation, and its bracketed gloss is no second item."""
        directs = {c.end for c in kept if c.type == "direct"}
        out = []
        for c in kept:
            if c.type != "direct" and self._glosses_a_quote(c, directs):
                continue
            out.append(c)
        return out

    def _glosses_a_quote(self, c: Candidate, quote_ends: set[int]) -> bool:
        opening = self.text.rfind("[", 0, c.start)
        if opening < 0 or self.text[opening + 1 : c.start].strip() or "]" not in self.text[c.end : c.end + 2]:
            return False
        before = self.text[:opening].rstrip()
        if not before or not is_quote_char(before[-1]):
            return False
        close = len(before) - 1
        return any(close - 1 <= end <= close for end in quote_ends)

    def _without_carried_text(self, c: Candidate) -> bool:
        """Cut from a report the words a sign or message carries; False if nothing is left.

        `posted a message on Twitter reading "Thank you Ohio" minutes later`, `wore a
        cap reading, "Keep Ohio Blue" on Monday`: the quotation is the text on the thing
        the verb acts on, a direct quotation with "reading" (or "saying") as its cue, not
        a fragment of a mixed report over the verb's object. The report ends before the
        carrier's phrase (`called for his firing and carried signs saying, "..."` keeps
        "his firing"); the carrier alone is no report.
        """
        if c.type != "mixed" or c.cue_token is None:
            return True
        for qi in sorted(c.quote_ids, key=lambda i: self.quotes[i].open_start):
            q = self.quotes[qi]
            part = self._carried_text_verb(q) if c.start <= q.open_start < c.end else None
            if part is None or part.i == c.cue_token:
                continue
            carrier = self._carrier(self._tokens[part.i - 1])
            if carrier is not None:
                self._end_before(c, carrier)
            return c.end - c.start >= 8
        return True

    def _carried_text_verb(self, q: QuoteSpan) -> Token | None:
        """The "reading" or "saying" right before ``q`` that follows a document or sign
        noun (`a banner reading, "..."`): the quotation is the text the noun carries."""
        m = CARRIED_TEXT.search(self.text, max(0, q.open_start - 30), q.open_start)
        part = self.char_span(m.start(), m.start() + 1) if m else None
        if part is None or part[0].i == 0 or self._carrier(self._tokens[part[0].i - 1]) is None:
            return None
        return part[0]

    def _carrier(self, before: Token) -> Token | None:
        """The document or sign noun that ends right before a "reading" participle:
        the noun itself, or the head of a phrase it closes ("a message on Twitter")."""
        phrase_head = self._heads[self._heads[before.i].i]
        if before.dep_ == "pobj" and self._heads[before.i].dep_ == "prep" and phrase_head.i < before.i and phrase_head.pos_ == "NOUN":
            before = phrase_head
        if before.pos_ not in ("NOUN", "PROPN") or before.lemma_.lower() not in lexicon.READ_SOURCES:
            return None
        return before

    def _carrier_owner(self, part: Token) -> Token | None:
        """Who put the words on the carrier: the subject of the verb that acts on it
        (`Ada Ruiz posted a message reading "..."`, `protesters carried signs saying`)."""
        carrier = self._carrier(self._tokens[part.i - 1])
        verb = carrier
        while verb is not None and verb.pos_ != "VERB" and self._heads[verb.i].i != verb.i:
            verb = self._heads[verb.i]
        if verb is None or verb.pos_ != "VERB" or self.in_quote(verb):
            return None
        return self.subject_of(verb)

    def _end_before(self, c: Candidate, noun: Token) -> None:
        """End ``c`` before ``noun``'s phrase, and before a joiner or verb left dangling
        there ("his firing and carrying | signs"); its quotations and type follow."""
        i = min((t.i for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "nummod")), default=noun.i)
        while i > 0 and self._tokens[i - 1].idx >= c.start and (
            self._tokens[i - 1].dep_ == "cc" or self._tokens[i - 1].pos_ in ("VERB", "PUNCT", "SPACE")
        ):
            i -= 1
        end = self._tokens[i - 1].idx + len(self._tokens[i - 1]) if i > 0 else c.start
        c.end = max(c.start, min(c.end, end))
        c.quote_ids = self._quote_ids(c.start, c.end)
        if not c.quote_ids:
            c.type = "indirect"

    def _join_stray_fragments(self, kept: list[Candidate]) -> list[Candidate]:
        """A quote with no cue of its own that follows a report in the same sentence,
        with no cue and no clause break between, is another fragment of that report:
        `called the pick "extreme" and someone who had "limited their choice"`, `the goal
        was not to "win" but to "heal"`. PolNeAR keeps it inside the one mixed item; on
        its own it is a false positive and the report stops short."""
        drop: set[int] = set()
        for b in kept:
            if b.type != "direct" or b.cue is not None or id(b) in drop:
                continue
            tokens = self.char_span(b.start, b.end)
            if tokens is None or not len(tokens):
                continue
            sent = tokens[0].sent
            a = max(
                (k for k in kept if k.type != "direct" and id(k) not in drop and sent.start_char <= k.start and k.end <= b.start),
                key=lambda k: k.end,
                default=None,
            )
            if a is None:
                continue
            between = "".join(ch for ch in self.text[a.end : b.start] if not is_quote_char(ch))
            if re.search(r"[.!?;:]", without_entities(between)):
                continue
            gap = self.char_span(a.end, b.start)
            if gap is None or any(self.is_cue(t) for t in gap):
                continue
            a.end = b.end
            a.quote_ids |= b.quote_ids
            a.type = "mixed"
            drop.add(id(b))
        return [k for k in kept if id(k) not in drop]

    def _join_inner_conjuncts(self, kept: list[Candidate]) -> list[Candidate]:
        """A report whose cue verb is a conjunct of a verb inside another report's content,
        in that verb's form but in a form the other report's cue cannot share, is more of
        that content: `says he'd sit the envoy down and tell him "enough"`, `asked the
        woman to raise her voice and say it louder`, `reported police were closing roads
        and urging people to stay home`. A bare verb or a gerund does not coordinate with
        a finite "says"/"asked"/"reported", so the conjunct continues the reported
        clause, and PolNeAR keeps one item; on its own the conjunct is a false positive
        and the outer report stops short. A conjunct in the cue's form (`said X and
        added Y`, `is noting X and saying Y`) is a second report and stays apart, as does
        one with a subject or an auxiliary of its own (a new clause)."""
        drop: set[int] = set()
        for b in kept:
            if b.type == "direct" or b.cue_token is None:
                continue
            verb = self._tokens[b.cue_token]
            backshifted = self._backshifted_conjunct(verb)
            if not backshifted and (
                verb.dep_ != "conj" or _verb_form(verb) is None or _verb_form(verb) != _verb_form(self._heads[verb.i])
            ):
                continue
            if any(c.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl") for c in self._kids[verb.i]) or not backshifted and any(
                c.dep_ in ("aux", "auxpass") for c in self._kids[verb.i]
            ):
                continue
            head = self._heads[verb.i].idx
            a = next(
                (k for k in kept if k is not b and id(k) not in drop and k.type != "direct" and k.start <= head < k.end <= b.start),
                None,
            )
            if a is None or a.cue_token is None:
                continue
            if backshifted and self._tokens[a.cue_token].tag_ != "VBD":
                continue
            if not backshifted and _verb_form(verb) in _cue_forms(self._tokens[a.cue_token]):
                continue
            if not self._clause_content(self._heads[verb.i], a):
                continue
            a.end = max(a.end, b.end)
            a.quote_ids |= b.quote_ids
            if a.quote_ids:
                a.type = "mixed"
            drop.add(id(b))
        return [k for k in kept if id(k) not in drop]

    @staticmethod
    def _backshifted_conjunct(verb: Token) -> bool:
        """`said he was satisfied but would ask the auditor to review it`: a conjunct with
        "would" and no subject of its own, on a past-tense verb, is the reported clause's
        second predicate in the past of reported speech (he said: "I am ... but will
        ask"), not a new report; the outer cue must be past tense too (`_join_inner_conjuncts`)."""
        auxes = [c.lower_ for c in kids(verb) if c.dep_ == "aux" and c.i < verb.i]
        return verb.dep_ == "conj" and auxes == ["would"] and head_of(verb).tag_ == "VBD"

    @staticmethod
    def _clause_content(token: Token, c: Candidate) -> bool:
        """``token`` lies in a content that is a clause of its own, with a subject (`says
        she would sit him down`), not the bare infinitive of an act the cue's speaker
        refuses or asks for (`refuses to release the records or explain the loan`),
        where a speech verb in the conjunct reports something else."""
        top = token
        while head_of(top).i != top.i and c.start <= head_of(top).idx < c.end:
            top = head_of(top)
        return any(ch.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl") for ch in kids(top))

    def _raise_subject(self, c: Candidate) -> None:
        """A raising cue's content starts at its subject: `the race appeared to tighten`,
        `Kim is widely expected to win`. The subject is the infinitive's, lent to the
        cue by the grammar, so what is reported is "the race ... to tighten", not "to
        tighten" alone (PolNeAR keeps both pieces). Done after dedupe, so the wider span
        competes with nothing. A relative pronoun (`which seemed to ...`) stays out: it
        only points at a noun elsewhere."""
        if c.type == "direct" or c.cue_token is None:
            return
        verb = self._tokens[c.cue_token]
        lemma = verb.lemma_.lower()
        passive = any(ch.dep_ == "auxpass" for ch in self._kids[verb.i])
        if not (lemma in lexicon.RAISING_VERBS or passive and lemma in lexicon.PASSIVE_RAISING_VERBS):
            return
        first = self.char_span(c.start, c.end)
        if first is None or not len(first) or first[0].lower_ != "to" or self._heads[self._heads[first[0].i].i].i != verb.i:
            return
        subj = next((ch for ch in verb.lefts if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ in ("WDT", "WP"):
            return
        c.start = min(c.start, subj.left_edge.idx)

    def _cut_trailing_source(self, c: Candidate) -> None:
        """A report's content stops before a trailing `, according to X`: the phrase
        names the source of the whole sentence, cue and all (`Roe said he would quit,
        according to press reports`), so it is no part of what the cue reports, and
        cut off it leaves the inner report nested in the outer one, which wins. So does
        the content of `confirmed the merger on condition of anonymity because ...`:
        the terms on which the source went unnamed are the writer's."""
        if c.type == "direct" or c.end - c.start < 20:
            return
        terms = ANONYMITY_TERMS.search(self.text, c.start, c.end)
        if terms is not None and self.quote_of_char[terms.start()] < 0 and terms.start() - c.start >= 3:
            # `confirmed the meeting on condition of anonymity because ...`
            c.end = terms.start()
            c.quote_ids = self._quote_ids(c.start, c.end)
            return
        for m in re.finditer(r",\s+according\s+to\b", self.text[c.start : c.end]):
            at = c.start + m.start()
            if at - c.start < 10 or self.quote_of_char[at] >= 0:
                continue
            if c.cue is not None and c.cue[0] == self.text.index("according", at):
                continue  # `Fundraising, according to the campaign, has surged`: its own cue
            c.end = at
            return

    def _cut_writers_gloss(self, c: Candidate) -> None:
        """A mixed item ends at a quotation closed by a comma when all that follows is a
        noun phrase glossing it: `called him a "moderate," a subtle dig at a rival`,
        `referenced the "harbour clause," a flaw in the law`. The appositive is the
        writer's comment on the quoted words, not more of what was said."""
        if c.type != "mixed":
            return
        last = max((self.quotes[i] for i in c.quote_ids), key=lambda q: q.close_end, default=None)
        if last is None or not c.start < last.close_end < c.end:
            return
        m = re.match(r"\s*(,?)\s*", self.text[last.close_end : c.end])
        assert m is not None  # (the pattern matches the empty string)
        if not m.group(1) and not self.text[last.start : last.end].rstrip().endswith(","):
            return
        gloss = last.close_end + m.end()
        tail = self.char_span(gloss, c.end)
        if tail is None or not len(tail) or tail[0].tag_ not in ("DT", "PRP$") or self._quote_ids(gloss, c.end):
            return
        # (the parser hangs such a phrase anywhere: as an appositive, as the verb's
        # predicate, its "at" phrase on the verb; what counts is that no verb heads it)
        hung = [t for t in tail if not (tail.start <= self._heads[t.i].i < tail.end) and not t.is_punct or self._heads[t.i].i == t.i]
        if (
            not hung
            or hung[0].pos_ not in ("NOUN", "PROPN")
            or not tail.start <= self._heads[tail[0].i].i < tail.end
            or any(t.pos_ not in ("NOUN", "PROPN", "ADP") or t.dep_ in SUBJECT_DEPS for t in hung)
        ):
            return
        c.end = last.close_end

    def _run_on_standings(self, c: Candidate) -> None:
        """`the poll showed Vrba leading with 31 percent, followed by Calloway at 17
        percent and Moen at 9 percent`: the parser hangs "followed by" on the cue, but
        the rest of the standings is more of what the poll found (PolNeAR's contents run
        on to the list's end). A reported content with a figure in it that a comma and
        "followed (closely) by" continue runs on to the end of that phrase."""
        if c.type != "indirect" or c.cue_token is None:
            return
        m = FOLLOWED_BY.match(self.text, c.end)
        if m is None or not re.search(r"\d|\bpercent\b", self.text[c.start : c.end]):
            return
        word = self.char_span(m.start(1), m.end(1))
        if word is None or len(word) != 1:
            return
        followed = word[0]
        # (hung on the cue or inside the content: not a verb of a sentence of its own)
        if self._heads[followed.i].i != c.cue_token and not c.start <= self._heads[followed.i].idx < c.end:
            return
        last = followed.right_edge
        while last.i > followed.i and (last.is_punct or last.is_space):
            last = self._tokens[last.i - 1]
        if self._quote_ids(followed.idx, last.idx + len(last)):
            return
        c.end = last.idx + len(last)

    def _close_at_parenthesis(self, c: Candidate) -> None:
        """A report whose cue stands inside parentheses ends where they close:
        `Roe (who told the council "we are out of money") resigned` -- what follows the
        ")" is the writer's sentence again, not what the cue reports."""
        if self._parenthesis_around_cue(c) is None:
            return
        body = self.text[c.start : c.end]
        close = body.find(")")
        if close <= 0 or "(" in body[:close] or self.quote_of_char[c.start + close] >= 0:
            return
        end = c.start + close
        # (the sentence's own period before the ")" stays out, as at any sentence end)
        while end > c.start and (self.text[end - 1].isspace() or self.text[end - 1] == "."):
            end -= 1
        if end - c.start >= 3:
            c.end = end

    def _split_trailing_reports(self, cands: list[Candidate]) -> None:
        """A report's content ends before a trailing clause that makes a report of its
        own: `said all staff sign contracts, though she did not discuss their terms`,
        `say prices will rise, and they want action`. The parse hangs the trailing
        clause on the reported verb, so the content swallows it and the inner report is
        dropped as nested; but a comma, an optional joiner and a new subject start a
        clause that the outer speaker does not report. A trailing `that` clause
        (`..., but that he would not ...`) is still the outer report's content.
        """
        # Each inner report takes the first candidate (in list order) that nests it. Only
        # candidates starting within the longest candidate's length before the inner's end
        # can hold it: a start-sorted index keeps a text with thousands of reports from
        # comparing every pair (cuts only shorten, so the bound holds throughout).
        longest = max((c.end - c.start for c in cands), default=0)
        by_start = sorted((c.start, n) for n, c in enumerate(cands))
        for inner in cands:
            if inner.type == "direct" or inner.cue_token is None:
                continue
            lo = bisect.bisect_left(by_start, (inner.end - longest, -1))
            hi = bisect.bisect_right(by_start, (inner.start, len(cands)))
            holders = [
                n
                for _, n in by_start[lo:hi]
                # a block quote or transcript turn ends at its paragraph
                if cands[n] is not inner
                and cands[n].type != "direct"
                and (_nested_in(inner, cands[n]) or self._vouched_relative(cands[n], inner))
            ]
            if not holders:
                continue
            outer = cands[min(holders)]
            cut = self._trailing_clause_start(outer, inner)
            if cut is not None:
                outer.end = cut

    def _trailing_clause_start(self, outer: Candidate, inner: Candidate) -> int | None:
        """Where ``outer``'s content should end so ``inner`` (a finite clause joined on
        by a comma) stands alone, or None when ``inner`` belongs inside it."""
        verb = self._tokens[inner.cue_token]
        if self._vouched_relative(outer, inner):
            comma = re.search(r",\s*$", self.text[outer.start : inner.start])
            return outer.start + comma.start() if comma else None
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "advcl") and not self._second_report_as_clause(
            verb, outer
        ):
            return None
        subj = next((ch for ch in verb.lefts if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and self._second_predicate(verb):
            anchor = verb.left_edge.idx
            pattern = r",?\s+(and|but)\s+$"
        elif subj is not None:
            anchor = subj.left_edge.idx
            pattern = r",\s+(?:([A-Za-z]+(?:\s+[A-Za-z]+)?)\s+)?$"
            if verb.lemma_.lower() in lexicon.SPEECH_VERBS and any(c.dep_ == "ccomp" for c in self._kids[verb.i]):
                # `one in three said A and one in four said B`: a report with a speaker
                # and a clause of its own needs no comma to start afresh
                pattern = r"(?:,\s+|\s+)(?:([A-Za-z]+(?:\s+[A-Za-z]+)?)\s+)?$"
        else:
            return None
        if not outer.start < anchor < outer.end:
            return None
        m = re.search(pattern, self.text[outer.start : anchor])
        if m is None or (m.group(1) and m.group(1).lower() not in lexicon.TRAILING_REPORT_JOINERS):
            return None
        cut = outer.start + m.start()
        if self.quote_of_char[cut] >= 0 or len(self.text[outer.start : cut].split()) < 3:
            return None
        if inner.start < cut or verb.left_edge.idx < cut:
            return None  # the clause starts before the comma: a list, not a new clause
        if verb.right_edge.idx + len(verb.right_edge) < outer.end - 2:
            return None  # a clause inside the content (`X - who said Y - has ...`)
        return cut

    def _vouched_relative(self, outer: Candidate, inner: Candidate) -> bool:
        """`says the gap will close, which stood at 263, according to the AP`: ``inner``
        is the relative clause a trailing source vouches for (`_relative_in_report`),
        closing ``outer``'s content; it is not the speaker's."""
        return (
            inner.cue_token is not None
            and self._tokens[inner.cue_token].lower_ == "according"
            and outer.start < inner.start
            and outer.end - 2 <= inner.end <= outer.end
            and re.match(r"(?:which|who)\b", self.text[inner.start : inner.end]) is not None
        )

    @staticmethod
    def _second_report_as_clause(verb: Token, outer: Candidate) -> bool:
        """`Most said Ruiz is honest, and a third said the same of Vrba`: the parser
        hangs the second report on the first cue as another clause it reports. A speech
        verb with a subject of its own, after a clause the outer cue already reports, is
        a report of its own."""
        cue = head_of(verb)
        return (
            verb.dep_ == "ccomp"
            and cue.i == outer.cue_token
            and verb.tag_ in ("VBD", "VBZ", "VBP")  # not "..., some of it mentioning Ruiz by name"
            and verb.lemma_.lower() in lexicon.SPEECH_VERBS
            and any(c.dep_ == "nsubj" for c in verb.lefts)
            and any(c.dep_ == "ccomp" and cue.i < c.i < verb.i for c in kids(cue))
        )

    @staticmethod
    def _second_predicate(verb: Token) -> bool:
        """``verb`` is a finite conjunct without a subject or modal of its own, hung on a
        verb with a modal (`said the city would close it, and blamed the cuts`, `said she
        will not run and considers the map unfair`): the tense breaks from the reported
        clause, so it is a second predicate of the reporting clause, not more of what it
        reports. Without the modal the two readings are too close to call."""
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ"):
            return False
        return any(ch.tag_ == "MD" for ch in head_of(verb).lefts)

    def _carry_past_fragment(self, c: Candidate) -> None:
        """A mixed item cut at the closing mark of a fragment ending mid-clause runs on
        to the end of its clause: `would "march behind" the nominee until June`.

        The parse often hangs the words after a quoted fragment outside the clause that
        holds it; when the fragment ends on a word (no punctuation inside the marks) and
        a word other than a coordinator follows the marks, the clause goes on and the
        reported content with it. A cue after the fragment keeps the item where it is, and
        so does a quoted label of a relative pronoun (``c.label``: `which Roe called "a
        farce"`), which is the quotation alone.
        """
        if c.type != "mixed" or c.label:
            return
        q = next((self.quotes[i] for i in c.quote_ids if self.quotes[i].end <= c.end <= self.quotes[i].close_end), None)
        if q is None or not self.text[q.start : q.end].rstrip()[-1:].isalnum():
            return
        m = re.match(r"[ \t]+([A-Za-z]+)", self.text[q.close_end : q.close_end + 40])
        if m is None or m.group(1).lower() in lexicon.CLAUSE_BREAKERS:
            return
        cue = self._tokens[c.cue_token] if c.cue_token is not None else None
        nxt = self.char_span(q.close_end + m.start(1), q.close_end + m.end(1))
        if cue is None or cue.pos_ != "VERB" or nxt is None or (c.cue is not None and c.cue[0] >= c.end):
            return
        if nxt[0].tag_ == "MD":
            return  # `told to "smile" will the days ... be over`: a modal opens a new clause
        if nxt[0].lower_ == "by" and any(t.dep_ == "auxpass" for t in self._kids[cue.i]):
            return  # `was described as "a disaster" by Gwen Alder`: the passive's agent
        end = min(self._mixed_end(q, cue), nxt[0].sent.end_char)
        while end > c.end and (self.text[end - 1].isspace() or self.text[end - 1] in ",.!?"):
            end -= 1
        span = self.char_span(c.end, end)
        if span is None or any(self.is_cue(t) for t in span):
            return  # another report starts in the words after the marks
        c.end = max(c.end, end)

    def _close_open_quotation(self, c: Candidate) -> set[int]:
        """A reported content that ends inside a quotation it opened runs on to the closing
        mark when the rest of the quotation is the same sentence: `acting "as if he is a
        monarch, as if he is a tsar."` The parse hangs the second half of the quoted
        words outside the clause, but a quoted fragment is quoted whole; cut, the item
        loses the rest of the quotation and leaves it to be read as a quote of its own.
        Returns the quotation closed this way (its direct reading is then dropped)."""
        if c.type != "mixed":
            return set()
        qi = next((i for i in c.quote_ids if self.quotes[i].start < c.end < self.quotes[i].end), None)
        if qi is None:
            return set()
        q = self.quotes[qi]
        rest = self.text[c.end : q.end]
        if not q.closed or not re.search(r"\w", rest) or SENTENCE_STOP.search(rest) or "\n" in rest:
            return set()
        c.end = q.close_end
        return {qi}

    def _clause_then_quote(self, r: Candidate, directs: list[Candidate]) -> tuple[Candidate, Candidate] | None:
        """`insisted his side had been unlucky: "We hit the post three times."`: a clause
        after the cue that ends at a colon, with the quotation the cue took right after
        it, is one mixed item from the clause to the close mark (as PolNeAR marks it:
        the quotation bears the clause out). Returns the direct item and its mixed
        replacement."""
        cue = self._tokens[r.cue_token] if r.cue_token is not None else None
        if cue is None or r.start <= cue.idx:
            return None
        if self._hearer_before_colon(cue, r):
            return None
        for d in directs:
            if d.end <= r.start or not d.quote_ids:
                continue
            first = self.quotes[min(d.quote_ids)]
            last = self.quotes[max(d.quote_ids)]
            if first.start != d.start or self.text[r.end : first.open_start].strip() != ":":
                continue
            end = last.close_end if last.end == d.end else d.end
            mixed = Candidate(
                "mixed", r.start, end, d.cue, d.mention, max(r.confidence, d.confidence),
                quote_ids=set(d.quote_ids), cue_token=d.cue_token,
            )
            return d, mixed
        return None

    def _hearer_before_colon(self, cue: Token, r: Candidate) -> bool:
        """`messaged the players: "Be ready."`: the "clause" before the colon is only the
        cue's object, one who hears (a person, a group, a hearer noun), with no verb of its
        own. It says nothing; the quotation is the message, a direct item. The parser
        reads an imperative quotation as the sentence's root and the cue as its
        complement, so the object looks like a report of its own; a thing as object
        (`noted the sparse attendance:`) still says something and joins the quotation."""
        span = self.char_span(r.start, r.end)
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            return False
        root = span.root
        if root.head.i != cue.i or root.dep_ not in ("dobj", "dative"):
            return False
        # (after "tell" or "message" the object is the one addressed whatever its noun)
        lemma = cue.lemma_.lower()
        return lemma in lexicon.ADDRESSEE_VERBS or lemma in lexicon.WRITE_TO_VERBS or self.can_hear(root)

    def _names_the_block_to_come(self, r: Candidate, blocks: list[Candidate]) -> bool:
        """`posted the following on Facebook:` then a paragraph with no marks: "the
        following" only points ahead to the block quote the same cue introduces (that
        block is the message), so it is no report of its own. A noun phrase that says
        something (`noted the sparse attendance:`) is one in PolNeAR, and stays."""
        if r.cue_token is None or not re.match(r"the following\b", self.text[r.start : r.end], re.I):
            return False
        return any(
            b.cue_token == r.cue_token and b.start >= r.end and self.text[r.end : b.start].strip() == ":"
            for b in blocks
        )

    def _second_content(self, r: Candidate, d: Candidate) -> bool:
        """``r`` is a report of its own although the direct quote ``d`` took its cue.

        The direct pass picks a quote's cue by proximity, so a verb next to a quote
        can be claimed by it while the parse gives the verb a content of its own
        elsewhere: `"..." She noted a planned rally in Sioux City`, `Asked which county
        was his favorite, he demurred: "..."`, `"...," he told a crowd that the campaign
        estimated at 3,000`. Then the verb's content is a second item, kept when it
        lies clear of the quote, the reading is confident (or the verb asks a question,
        whose content is always the asker's report), and the parse does not itself make
        the quote the verb's clause (a verb whose clause is the quote and which has a
        second clause is a misparse: `"...," said Jim Doe, a member ...`).
        """
        if r.cue_token is None or not (r.end <= d.start or d.end <= r.start):
            return False
        if d.mention is not None and r.start <= d.mention[0] and d.mention[1] <= r.end:
            # `The plan ("a fantasy," said the economist Dora Lenz) was dropped`: the
            # parse gave the verb the quote's speaker as content; who speaks is not what
            # was said.
            return False
        cue = self._tokens[r.cue_token]
        if r.confidence < 0.5 and cue.lemma_.lower() not in lexicon.QUESTION_VERBS:
            return False
        if self._aside_after_dash(r, d, cue):
            return False
        return not any(
            ch.dep_ in ("ccomp", "parataxis") and d.start <= ch.idx < d.end for ch in self._kids[cue.i]
        )

    def _aside_after_dash(self, r: Candidate, d: Candidate, cue: Token) -> bool:
        """`"Ils nous ont oubliés," she said — they have forgotten us`: the quote before
        the cue is what was said; a clause set off by a dash after the cue is the
        writer's (a translation, a comment), not a second thing said. Only a dash right
        after the cue: a report after the cue with no dash (`"...," he told a crowd that
        ...`) or set off after the cue's object (`repeating a broadside - that ...`)
        stays."""
        if not (d.end <= cue.idx < r.start):
            return False
        between = self.text[cue.idx + len(cue) : r.start]
        return re.fullmatch(rf"\s*,?\s*[{DASHES}]+\s*", between) is not None

    def _sourceless_name(self, c: Candidate) -> bool:
        """`The ship was renamed "Spirit of Hope"`, `the deal was framed as a "win-win"`:
        a passive naming verb with no speaker gives words in marks that quote no one."""
        if c.mention is not None or c.cue_token is None or not c.quote_ids:
            return False
        verb = self._tokens[c.cue_token]
        return (
            verb.lemma_.lower() in lexicon.SOURCELESS_NAMING
            and self._passive(verb)
            and not any(child.dep_ == "agent" for child in self._kids[verb.i])  # "by its owner"
        )

    def _postposed_source(self, c: Candidate) -> bool:
        """`Ann Roe noted that the levy is central, reported the Daily Ledger.`: a
        reporting verb set after a comma with no subject of its own, whose one object is
        a name closing the sentence, is the inverted lead of the report before it; the
        name is its source, not what it reports (`..., and reported the findings` keeps
        its object: a conjunction joins a second act of the same subject)."""
        if c.type != "indirect" or c.cue_token is None:
            return False
        verb = self._tokens[c.cue_token]
        if verb.lemma_.lower() not in lexicon.POSTPOSED_REPORTS or verb.tag_ not in ("VBD", "VBZ"):
            return False
        if verb.i == 0 or self._tokens[verb.i - 1].text != ",":
            return False
        if any(ch.dep_ in ("nsubj", "nsubjpass", "cc", "aux", "neg") for ch in self._kids[verb.i]):
            return False
        obj = next((ch for ch in self._kids[verb.i] if ch.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != verb.i + 1:
            return False
        last = obj.right_edge
        if last.i + 1 < len(self.doc) and not self._tokens[last.i + 1].is_sent_end and not self._tokens[last.i + 1].is_punct:
            return False
        first = obj.left_edge
        return c.start == first.idx and c.end == last.idx + len(last)

    def _lacks_its_message(self, c: Candidate) -> bool:
        """`a position that Ortiz advocated over the weekend`, `a concern that Ruiz would
        echo`, `a sentence I never thought I'd write`: a content hung on a noun (a noun
        cue, or a cue in a relative clause) that ends on a verb of `lexicon.MESSAGE_VERBS`
        with no object is a relative clause whose object is that noun; it reports no
        claim (`which plan she would champion` asks one; `Ortiz said she would write`
        hangs on no noun)."""
        if c.type == "direct":
            return False
        span = self.char_span(c.start, c.end)
        if span is None or not len(span) or span[0].lower_ in lexicon.WH_WORDS:
            return False
        verb = span.root
        cue = self._tokens[c.cue_token] if c.cue_token is not None else None
        on_noun = verb.dep_ in ("acl", "relcl") or cue is not None and _hangs_on_noun(cue)
        if not on_noun:
            return False  # "Ortiz said she would write": no noun for the clause to hang on
        for _ in range(6):
            nxt = next((ch for ch in self._kids[verb.i] if ch.dep_ in ("ccomp", "xcomp") and ch.i < span.end), None)
            if nxt is None:
                break
            verb = nxt
        if verb.lemma_.lower() not in lexicon.MESSAGE_VERBS or verb.pos_ != "VERB" or verb.tag_ == "VBG":
            return False
        if verb.tag_ == "VBN" and not any(ch.dep_ == "nsubj" for ch in self._kids[verb.i]):
            return False  # "the view advocated by Ortiz": a participle, no gap
        return not any(
            ch.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "prt", "pcomp", "nsubjpass", "auxpass", "csubj")
            or ch.dep_ == "prep" and ch.lower_ in lexicon.MESSAGE_PREPS
            or ch.dep_ == "punct" and is_quote_char(ch.text)
            for ch in self._kids[verb.i]
        )

    def _sourceless_phrase(self, c: Candidate) -> bool:
        """A report with neither a speaker nor a claim: no mention and a content of a few
        words ("was declared the winner", "concerns about North Korea", "to back the
        candidate"). Either half alone can make an attribution; with both missing it is
        mostly a verb's ordinary object."""
        if c.type == "direct" or c.mention is not None:
            return False
        span = self.char_span(c.start, c.end)
        if span is None or len(span) >= 4:
            return False
        cue = self._tokens[c.cue_token] if c.cue_token is not None and 0 <= c.cue_token < len(self.doc) else None
        if cue is None or cue.pos_ != "VERB":
            return True
        if cue.lemma_.lower() in lexicon.QUESTION_VERBS and _short_indirect_question(span):
            return False
        return not _passive_instruction(cue, span)

    def _snap_to_quotes(self, c: Candidate) -> Candidate:
        """A reported clause lying inside quote marks is the whole quotation."""
        spans = [self.quotes[i] for i in sorted(c.quote_ids)]
        if len(spans) == 1:
            c.start, c.end = spans[0].start, spans[0].end
        return c

    def _relative_subject(self, cue: int | None) -> bool:
        """The cue verb's subject is a relative pronoun ("who said", "which argues")."""
        if cue is None or not 0 <= cue < len(self.doc):
            return False
        return any(
            ch.dep_ in ("nsubj", "nsubjpass") and ch.tag_ in ("WP", "WDT") for ch in self._kids[self._tokens[cue].i]
        )

    def _after_addressee(self, c: Candidate) -> int:
        """The content's start past a bare plural addressee right after the cue.

        "told reporters prices had risen": the parser folds "reporters" into the
        clause's subject (a compound) or takes "reporters prices" for the object; the
        word is who was told, not what."""
        if not c.cue or c.cue_token is None or not 0 <= c.cue_token < len(self.doc):
            return c.start
        if self._tokens[c.cue_token].lemma_.lower() not in lexicon.ADDRESSEE_VERBS:
            return c.start
        if self.text[c.cue[1] : c.start].strip():
            return c.start
        m = re.match(r"(\w+)\s+(?=\w|[\"\u201c\u00ab\u201e\u2018'])", self.text[c.start : c.end])
        if m is None or m.group(1).lower().rstrip("s") not in lexicon.PRESS_AUDIENCE or not m.group(1).endswith("s"):
            return self._before_whole_quotation(c)
        return c.start + m.end()

    _ADDRESSEE_POS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM"))

    def _before_whole_quotation(self, c: Candidate) -> int:
        """The content's start past the cue's addressee, a noun phrase with a quoted clause
        right after it and nothing more (`told the council "the budget is sound."`): the
        parser makes the phrase the object and the quotation a ccomp, so the mixed item
        opened at the phrase, which is who was told, not what. Only a closed quotation that
        ends the content (or is followed only by a narrated second verb, see
        _before_narrated_predicate) and holds a clause of its own (a verb with its subject) counts:
        `told the council "reckless"` or a quotation running into narration keep theirs."""
        if c.start < c.cue[1]:
            return c.start
        body = self.text[c.start : c.end]
        m = re.match(r"[^\W\d][\w' -]{0,60}?\s(?=[\"\u201c\u00ab\u201e\u2018'])", body)
        if m is None:
            return c.start
        at = c.start + m.end()
        qi = self.quote_of_char[at]
        if qi < 0:
            return c.start
        q = self.quotes[qi]
        if not q.closed or q.open_start != at:
            return c.start
        if self.text[q.close_end : c.end].strip(" .,") and self._before_narrated_predicate(at, c.end) != q.close_end:
            return c.start
        phrase = self.char_span(c.start, at - 1)
        inner = self.char_span(q.start, q.end)
        if phrase is None or inner is None or not 1 <= len(phrase) <= 5:
            return c.start
        if any(t.pos_ not in self._ADDRESSEE_POS for t in phrase) or phrase[-1].pos_ not in ("NOUN", "PROPN", "PRON"):
            return c.start
        cue = self._tokens[c.cue_token]
        if phrase.root.head.i != cue.i or phrase.root.dep_ not in ("dobj", "dative", "iobj"):
            return c.start
        if not any(t.dep_ in ("nsubj", "nsubjpass", "expl") and t.head.pos_ in ("VERB", "AUX") for t in inner):
            return c.start
        return at

    def _quotation_alone(self, c: Candidate) -> None:
        """A mixed item that, its addressee stepped over, is one quotation and nothing
        else (`told reporters "the state is broke."`) is that quotation: a direct item of
        the words inside the marks, as `told reporters: "..."` gives. (Called only there:
        a mixed item that was one quotation from the start keeps the type and confidence
        its own rules gave it.)"""
        if c.type != "mixed" or c.end <= c.start:
            return
        qi = self.quote_of_char[c.start]
        if qi < 0:
            return
        q = self.quotes[qi]
        if q.closed and q.open_start == c.start and not self.text[q.close_end : c.end].strip(" .,"):
            c.type, c.start, c.end = "direct", q.start, q.end

    def _with_opening_mark(self, start: int, end: int) -> int:
        """A mixed or reported content that opens with a quotation it contains keeps the
        opening mark with the closing one (`“We are happy” about the ruling`, not `We are
        happy” about the ruling`): the stored text reads as written.

        The parser hangs the opening mark on the cue, not on the clause it opens (`said
        "I am done" on Monday` gave `I am done" on Monday`). Called when a report is
        built (`_reported_from`, so its quotations count) and again on the finished item
        (`_to_quote`), whose start later steps may have moved."""
        # (a bisection: a scan from the first quotation made long texts quadratic)
        i = bisect.bisect_left(self._quote_starts, start)
        while i < len(self.quotes) and self.quotes[i].start == start:
            q = self.quotes[i]
            if q.open_start < start and q.close_end <= end:
                return q.open_start
            i += 1
        return start

    def _through_closing_mark(self, start: int, end: int) -> int:
        """`who chose "honest and trustworthy`, `someone who had "limited their choice`: a
        reported or mixed item whose end falls inside a quotation opened within it, with
        nothing but punctuation left before the closing mark, ends at that mark. An item
        stretched to a quotation's inner end (a fragment joined to a report) or cut at
        the last word of the parse's phrase would otherwise open a quotation it does not
        close; the words left out are none."""
        if end <= start or end >= len(self.text):
            return end
        qi = self.quote_of_char[end - 1]
        if qi < 0:
            return end
        q = self.quotes[qi]
        if not q.closed or q.open_start < start or end >= q.close_end:
            return end
        if any(ch.isalnum() for ch in self.text[end : q.close_end]):
            return end
        return q.close_end

    def _before_narrated_predicate(self, start: int, end: int) -> int:
        """A content that opens with a quotation right after the addressee stepped over
        and runs past its closing mark into "and" + a second verb of the reporting
        subject ends at that mark (`told reporters "we will appeal" and left the court`),
        so it is that quotation. (Only there: after a plain `said ... "..." and followed
        up with`, PolNeAR train golds the tail with the content, 1 of 1.) The parser
        joins the verb to the quoted clause's; the mark separates, and
        the verb's form does too: a simple past without a subject of its own cannot share
        the quoted verb's modal ("will appeal"), so it narrates, not reports. A verb that
        can share it (`would "wait" and see`), one after a perfect (`had shown "no
        remorse" and jailed him`, see _narrated_predicate) or one with its own subject
        keeps the content running on."""
        qi = self.quote_of_char[start] if start < end else -1
        if qi < 0:
            return end
        q = self.quotes[qi]
        if not q.closed or q.open_start != start or not start < q.close_end < end:
            return end
        m = re.match(r"\s+(?:and|but)\s+", self.text[q.close_end : end])
        verb = self.char_span(q.close_end + m.end(), q.close_end + m.end() + 1) if m else None
        if verb is None or not self._narrated_predicate(verb[0]):
            return end
        return q.close_end

    @staticmethod
    def _narrated_predicate(verb: Token) -> bool:
        """A simple past verb conjoined to a verb after a modal ("will appeal", "can
        outsource"), without a subject of its own: a modal takes the bare form, so the
        past cannot share it. (After a perfect "had", a regular past is spelt as the
        participle that shares it, `had been "..." and passed bills`, and the tagger's
        choice between the two is no guide: left running on.)"""
        if verb.pos_ != "VERB" or verb.tag_ != "VBD" or verb.dep_ != "conj" or verb.head.tag_ != "VB":
            return False
        if any(ch.dep_ in ("nsubj", "nsubjpass", "expl") for ch in verb.children):
            return False
        return any(ch.dep_ == "aux" and ch.tag_ == "MD" for ch in verb.head.children)

    def _to_quote(self, c: Candidate) -> Quote:
        text = self.text
        if c.type != "direct":
            told = self._after_addressee(c)
            addressee = told != c.start
            c.start = self._after_dateline(told, c.end)
            c.start, c.end = self._inside_markup(c.start, c.end)
            c.start = self._with_opening_mark(c.start, c.end)
            c.end = self._through_closing_mark(c.start, c.end)
            if addressee:
                c.end = self._before_narrated_predicate(c.start, c.end)
                self._quotation_alone(c)
        if c.mention:
            c.mention = _without_symbol_edges(text, *self._inside_markup(*c.mention))
            if c.cue and c.mention[0] < c.cue[0] < c.mention[1]:
                # `the 45-year-old told reporters`, read as one noun phrase: the words
                # at the cue are the verb, never part of who speaks.
                c.mention = (c.mention[0], c.mention[0] + len(text[c.mention[0] : c.cue[0]].rstrip(" ,")))
            elif c.cue and c.mention[0] == c.cue[0] < c.cue[1] < c.mention[1]:
                # `Said Inspector Callum Reid: "..."`, the cue read into the name: the
                # speaker is the words after it.
                c.mention = (c.mention[1] - len(text[c.cue[1] : c.mention[1]].lstrip()), c.mention[1])
        content = Span(c.start, c.end, text[c.start : c.end])
        # An empty or inverted cue or mention span is dropped, never passed on: later
        # stages turn spans into tokens, and spaCy raises on an inverted range.
        cue = (
            Span(c.cue[0], c.cue[1], text[c.cue[0] : c.cue[1]])
            if c.cue and c.cue[0] < c.cue[1]
            else None
        )
        # A mention with no letter or digit (a quote mark the parser made a noun, `»Das
        # ist nicht akzeptabel«, sagte ... in English: »...«`) names no one.
        mention = (
            Span(c.mention[0], c.mention[1], text[c.mention[0] : c.mention[1]])
            if c.mention and c.mention[0] < c.mention[1] and _has_word(text[c.mention[0] : c.mention[1]])
            else None
        )
        confidence = c.confidence
        if len(content.text.split()) < SHORT_CONTENT_WORDS:
            # "asked a question", "posted this tweet", "endorsed Cruz": a content of a
            # few words is much more often a topic or an object than a statement (on the
            # training corpus 10-25 points less precise than longer items of the same
            # path), so users filtering on confidence should see it lower.
            confidence -= 0.15
        if c.type == "indirect" and self._relative_subject(c.cue_token):
            # "a delegate who supports Clinton", "a group that backed Kasich": a report
            # hung on a relative pronoun mostly describes its antecedent (on the training
            # corpus ~17 points less precise than other reports of the same confidence).
            confidence -= 0.15
        if c.carried:
            # A quote standing right after an attributed one, in the same or the next
            # paragraph, with no other speaker between: 98-99% right on the training
            # corpus (speaker included), as sure as a quote with its own "said". Its
            # 0.7 stays for ranking in `_dedupe`, where a cue of its own should win.
            confidence += 0.2
        if c.type == "mixed" and confidence > 0.8:
            # Only a quotation grown into a mixed item by its lead or run-on words gets
            # here (a speech verb and a speaker): it is right ~88% of the time on the
            # training corpus, against ~97% for mixed items built from a reported clause
            # (0.8) and ~99% for a plain direct quote (0.95). The grown edge is a guess.
            confidence = 0.75
        return Quote(
            type=c.type,
            content=content,
            cue=cue,
            speaker_mention=mention,
            confidence=max(0.05, min(1.0, confidence)),
        )




def _hangs_on_noun(tok: Token) -> bool:
    """A noun, or a verb of a relative clause (`the message she felt ...`), itself or
    through the clauses it is the complement of (`the message she felt they sought to
    ...`)."""
    for _ in range(6):
        if tok.pos_ == "NOUN" or tok.dep_ in ("relcl", "acl"):
            return True
        if tok.dep_ not in ("ccomp", "xcomp") or head_of(tok).i == tok.i:
            return False
        tok = head_of(tok)
    return False


def _verb_form(verb: Token) -> str | None:
    """The form class two coordinated verbs share: bare (`tell`, `say`; present plural
    looks the same), finite or participle (`told`, `tells`; past and participle look the
    same too), or gerund (`telling`); None for a word that is not a verb form."""
    return {"VB": "bare", "VBP": "bare", "VBD": "finite", "VBZ": "finite", "VBN": "finite", "VBG": "gerund"}.get(verb.tag_)


def _cue_forms(cue: Token) -> set[str]:
    """The forms a verb coordinated with ``cue`` may take: its own, and the finite form
    when a finite auxiliary carries it (`did say X and called Y`, `has called X and
    proposed Y`)."""
    forms = {_verb_form(cue) or "other"}
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in kids(cue)):
        forms.add("finite")
    return forms


def _without_symbol_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """``start, end`` without the whitespace-separated pieces at either edge made only of
    symbols (emoji, joiners, variation selectors): an emoji after or before a name ("fire
    chief Bram Olsen 🔥", the "‍💼" half of a joined emoji sequence the tokenizer split
    off) is no part of who speaks, and a mention opening on a zero-width joiner cut a
    character in two. Punctuation pieces are left alone (extraction output on news text
    stays as it was); a mention with no word at all is left too (``_has_word`` drops it)."""
    body = text[start:end]
    stripped = body.strip()
    if stripped and stripped[0].isalnum() and stripped[-1].isalnum():
        # (the usual mention, a word at each edge: no edge piece is only symbols, and
        # the pieces run from the first non-space character to the last, which is
        # what the walk below finds, at the cost of a match object per word)
        lead = len(body) - len(body.lstrip())
        return start + lead, start + lead + len(stripped)
    pieces = list(re.finditer(r"\S+", body))
    while pieces and _only_symbols(pieces[0].group()):
        pieces.pop(0)
    while pieces and _only_symbols(pieces[-1].group()):
        pieces.pop()
    if not pieces or not _has_word(body):
        return start, end
    return start + pieces[0].start(), start + pieces[-1].end()


#: Unicode categories of emoji and their modifiers: other and modifier symbols, format
#: characters (the zero-width joiner), combining marks (variation selectors).
_SYMBOL_CATEGORIES = frozenset({"So", "Sk", "Cf", "Mn", "Me"})


def _only_symbols(piece: str) -> bool:
    """Whether ``piece`` is made of symbol characters alone (an emoji, "‍💼")."""
    return all(unicodedata.category(ch) in _SYMBOL_CATEGORIES for ch in piece)


def _has_word(text: str) -> bool:
    """Whether ``text`` holds a letter or a digit (of any script)."""
    return any(ch.isalnum() for ch in text)


def _short_indirect_question(span: SpacySpan) -> bool:
    """``span`` is a whole question clause after "whether"/"if" ("was asked whether he
    would resign"): with its own subject and a finite verb, under a question verb, it is
    what was asked, however short, even with no asker named. (Short finite clauses under
    other cues with no source stay out: "Nobody opposed him" under "was confirmed", "a
    request for comment on whether X has delivered" cut short by the parse.)"""
    if span.start == 0 or span.doc[span.start - 1].lower_ not in ("whether", "if"):
        return False
    root = span.root
    subject = any(c.dep_ in SUBJECT_DEPS and span.start <= c.i < span.end for c in kids(root))
    finite = root.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS and span.start <= c.i < span.end for c in kids(root)
    )
    return subject and finite


def _passive_instruction(cue: Token, span: SpacySpan) -> bool:
    """``span`` is the to-infinitive of a passive instruction ("Villagers have been told
    to stay indoors", "were ordered to leave"): what they were told to do, however short,
    though the passive names no one who told them."""
    if cue.lemma_.lower() not in lexicon.INSTRUCTING_VERBS or not any(c.dep_ == "auxpass" for c in kids(cue)):
        return False
    root = span.root
    to = span[1] if len(span) > 1 and span[0].lower_ == "not" else span[0]  # ("were urged not to travel")
    return to.lower_ == "to" and head_of(to).i == root.i and root.dep_ == "xcomp" and head_of(root).i == cue.i
