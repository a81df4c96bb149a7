"""Direct and mixed quotes: content in marks, the cue next to it, the speaker mention.

Starts from the quote marks (``quotes.marks``) and looks for a cue after the close mark,
before the open mark, in a colon lead or in the paragraph before; also quoted phrases
framed by a verb (`called him a "liar"`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from spacy.tokens import Token

from quotes import lexicon
from quotes.candidates import Candidate
from quotes.doccolumns import head_of, kids
from quotes.marks import (
    MARKUP_TAG,
    QuoteSpan,
    is_quote_char,
    is_quote_token,
    line_wraps,
    opens_after_word,
)
from quotes.patterns import (
    _BULLET_START,
    BULLETS,
    DASHES,
    FINITE_TAGS,
    SUBJECT_DEPS,
    _agent_object,
    _asked_participle,
    _auxes_before,
    _has_subject,
    _has_that,
    _occasion_object,
    _plural_agent,
    _without_bullet,
    abbreviation_stop,
)

#: `," by the Ledger's Ann Roe: ` between a headline in marks and the excerpt after it.
BYLINE = re.compile(r",?\s+by\s+[^\s:\"\u201c\u201d][^:\n\"\u201c\u201d]{1,60}:\s*")

# Markup at the edge of a span: tags without spaces and bold marks.
MARKUP_EDGE = re.compile(rf"(?:{MARKUP_TAG}|\*\*)\s*")
MARKUP_EDGE_END = re.compile(rf"\s*(?:{MARKUP_TAG}|\*\*)$")

#: How the parser may hang a quoted label on the object of a labelling verb it follows
#: (`branded the offer "derisory"`): as an adjective, an apposition, an object or a predicate.
_LABEL_ON_OBJECT = frozenset("amod appos dobj oprd".split())

#: A dash between words: "--", an en or em dash, or a hyphen set off by spaces (`_narration_after_cue`).
_DASH = re.compile(r"--|[\u2013\u2014]|\s-\s")
#: A dash and a short label ending in a colon, closing the text before a quote (`_dash_label_between`).
_DASHED_LABEL = re.compile(r"\s[-\u2013\u2014]+\s+[^-\u2013\u2014\n:]{1,60}:\s*$")
# `In Maria Lopez's words:`, `Or, in the words of one dairy farmer:`: a lead naming whose
# words the quotation after its colon is (`QuotationRules._words_owner_lead`).
WORDS_OWNER_LEAD = re.compile(
    r"[ \t]*(?:(?:Or|And|But|So),?[ \t]+)?(?P<in>[Ii]n)[ \t]+(?:(?P<the>the[ \t]+(?:\w+[ \t]+)?words)[ \t]+of[ \t]+"
    r"(?P<of>[^:\n]{2,60}?)|(?P<poss>[^:\n]{2,60}?)(?P<own>(?:'s|\u2019s|s'|s\u2019)[ \t]+(?:own[ \t]+)?words)"
    r"|(?P<pron>[Hh]is|[Hh]er|[Tt]heir)(?P<pown>[ \t]+(?:own[ \t]+)?words))[ \t]*"
)


class QuotationRules:
    """Quotations in marks: their cue and speaker in or next to their sentence, and quoted phrases."""

    # -- direct quotes ----------------------------------------------------------

    def lost_close_before_predicate(self, q: QuoteSpan) -> QuoteSpan:
        """Where a reader puts the close mark a quoted fragment lost: before the second
        predicate of the clause it opened in. `called the plan "reckless and vowed to
        fight it` and `said the offer was "an insult to every worker, and called a
        strike`: a fragment opened after a word cannot take in the "and" that joins a
        second verb without a subject of its own to a verb above the fragment's first
        word (the writer's narration goes on: the same subject did something else).
        Unmarked, the quotation runs to its sentence's or paragraph's end and the mixed
        item with it. A second verb with a subject of its own (`"an insult, and we will
        strike`) may still be quoted and stays inside."""
        if q.closed or q.depth or not opens_after_word(self.text, q.open_start):
            return q
        span = self.char_span(q.start, q.end)
        if span is None or len(span) < 3:
            return q
        above = {span[0].i}
        tok = span[0]
        while self._heads[tok.i].i != tok.i:
            tok = self._heads[tok.i]
            above.add(tok.i)
        for tok in span[1:]:
            if tok.dep_ != "cc" or self._heads[tok.i].i not in above:
                continue
            verb = self._heads[tok.i]
            second = next(
                (k for k in self._kids[verb.i] if k.dep_ == "conj" and k.i > tok.i and k.tag_ in ("VBD", "VBZ", "VBP")),
                None,
            )
            if not verb.tag_.startswith("VB") or second is None:
                continue
            if any(k.dep_ in ("nsubj", "nsubjpass", "expl") for k in self._kids[second.i]):
                continue
            end = tok.idx
            while end > q.start and (self.text[end - 1].isspace() or self.text[end - 1] == ","):
                end -= 1
            if end - q.start < 2:
                return q
            return replace(q, end=end, close_end=end)
        return q

    def find_cue_after(self, q: QuoteSpan, limit: int) -> Token | None:
        """A cue just after the close mark, before the sentence ends: `"X," he said`.

        Besides the cue lexicon, any finite verb in the slot right after a quote that
        ends in a comma, "!" or "?" is a cue: in `"Go back," Trump barked` the pattern
        itself says who spoke, whatever the verb.
        """
        span = self.char_span(q.close_end, limit)
        if span is None:
            return None
        seen = 0
        slot_verb = None
        subjectish = True
        ends_open = self.text[q.start : q.end].rstrip()[-1:] in (",", "!", "?", *DASHES)
        for tok in span:
            if self.in_quote(tok):
                break
            if self.is_cue(tok):
                if _in_relative_clause_after(tok, q.close_end):
                    # `"...," a nurse, who asked not to be named, said.`: the relative
                    # clause describes the speaker; the cue is the verb after it
                    continue
                if tok.dep_ == "conj" and any(
                    c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in self._kids[tok.i]
                ):
                    return None  # `... and said it was`: the verb has its own content
                if any(c.dep_ == "mark" and c.lower_ in lexicon.SUBORDINATORS for c in self._kids[tok.i]):
                    return None  # `"..." if he continues to lose`: a condition, not a cue
                if self._new_sentence_after(q) and tok.lemma_.lower() not in lexicon.SPEECH_VERBS:
                    return None  # `"Who pays?" That is the question nobody wants to answer.`
                if self._ended_before(q) and self._says_its_own(tok):
                    return None  # `"I love this port!" Vrba criticized the budget.`: a new act
                if self._ended_before(q) and self._quote_before_in_paragraph(q) and self._reports_a_clause(tok):
                    return None  # `"A," Vrba said. "B." Roe said she would ...`: Roe reports her own clause
                if self._ended_before(q) and self._announces_next(q, limit) and not self._hands_on_to_next(tok, limit):
                    return None  # `"A." He added: "B."`: the cue opens the next quote
                return tok
            if (
                tok.text in (".", "!", "?", ";", ":") and not _suffix_stop(tok) and not _title_stop(tok)
            ) or "\n" in tok.text and not self._wrap(tok):
                break  # `'X': victims demand inquiry`: a colon after the marks starts a gloss
            if (
                slot_verb is None
                and subjectish
                # (`"Not a hope" was her reply`: with no comma, only "be" and a noun for
                # given words right after the marks, the quotation being its subject)
                and (ends_open or seen == 0 and self._names_the_words(tok))
                and (tok.pos_ == "VERB" or self._names_the_words(tok))
                and tok.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            ):
                slot_verb = tok
            if seen >= 4 and tok.pos_ not in ("PROPN", "PRON", "DET", "ADJ", "NOUN", "PUNCT", "SPACE", "ADV"):
                subjectish = False
            if seen == 0 and tok.pos_ == "CCONJ":
                subjectish = False  # `"...," and shared a link`: the writer's sentence goes on
            seen += 1
            if seen > 22:  # `"X," J. Gerald Hebert, director of the centre, said`
                break
        if slot_verb is not None and self._pronoun_sentence_after(q):
            return None  # `"Will you resign?" She shook her head.`: a new sentence
        if slot_verb is not None and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.idx < q.open_start and c.sent == slot_verb.sent
            for c in self._kids[slot_verb.i]
        ):
            # `The show's catchphrase, "Not today!", became a meme`: the verb's subject
            # stands before the marks, the quote set off in apposition to it; nobody is
            # said to have spoken it.
            return None
        if slot_verb is not None and slot_verb.dep_ == "acl" and self._apposed_to_noun(q, self._heads[slot_verb.i]):
            # `The bank's slogan, "Here for you," now rings hollow`: the same, with the
            # parser hanging the verb on the noun the quote is in apposition to
            return None
        if slot_verb is not None and self._new_sentence_after(q) and self._quote_before_in_paragraph(q):
            # `"A," she said, "B!" The drama follows a mayor.`: a quote that goes on from
            # an earlier one of its paragraph keeps that speaker; the writer's next
            # sentence, with no speech verb, does not attribute it.
            return None
        return slot_verb

    def _apposed_to_noun(self, q: QuoteSpan, noun: Token) -> bool:
        """``noun`` (outside the marks) stands right before them, with only a comma
        between: the quotation is set off in apposition to it."""
        return (
            noun.pos_ == "NOUN"
            and noun.idx < q.open_start
            and self.text[noun.idx + len(noun) : q.open_start].strip() == ","
        )

    def _names_the_words(self, tok: Token) -> bool:
        """`"No comment," was the message from the ministry`, `"...," was her answer`: a
        form of "be" with no subject of its own, whose complement is a noun for given
        words; that noun (with its owner) stands in the speaker's slot, as "came the
        reply from" does."""
        return (
            tok.lemma_ == "be"
            # "That is the question" has a subject of its own; the quotation's words do not count
            and not any(c.dep_ in SUBJECT_DEPS and not self.in_quote(c) for c in tok.lefts)
            and any(
                c.dep_ in ("attr", *SUBJECT_DEPS) and c.lemma_.lower() in lexicon.GIVEN_WORDS_NOUNS
                for c in tok.rights
            )
        )

    def _ended_before(self, q: QuoteSpan) -> bool:
        """The quotation ends its sentence inside the marks ("!", "?", ".")."""
        return self.text[q.start : q.end].rstrip()[-1:] in ("?", "!", ".")

    def _announces_next(self, q: QuoteSpan, limit: int) -> bool:
        """The words after a finished quotation end in a colon right before the next
        quote of the paragraph (`"A." He added: "B."`, `"A." Asked why, she said: "B."`):
        a cue announcing what follows, so "A" is not its report (it continues whoever
        spoke before it, or nobody). A comma does the same (`"A." Of the mayor, Roe
        said, "B."`) when "A" follows another quote of its paragraph, whose speaker it
        then continues; a quote standing alone keeps the cue after it."""
        gap = self.text[q.close_end : limit]
        if limit >= len(self.text) or not is_quote_char(self.text[limit : limit + 1]):
            return False
        end = gap.rstrip()[-1:]
        if end not in (":", ","):
            return False
        if end == "," and not self._quote_before_in_paragraph(q):
            return False  # `"A." After all, he says, "B."`: a lone "A" keeps the cue
        span = self.char_span(q.close_end, limit)
        return span is not None and not any(t.text in (".", "!", "?", ";") for t in span)

    def _hands_on_to_next(self, cue: Token, limit: int) -> bool:
        """`"Who loses?" Ana Ruiz asked, before giving her own answer: "The young."`: the
        cue right after the quotation is set off by a comma from a second act ("before
        giving", "then added", "and then replied") that the colon closes; that act
        announces the next quotation, the cue reports the one before it."""
        # (past an inverted speaker: `"Enough!" shouted the chair, Ula Berg, before adding: ...`,
        # which the parser may hang on the cue as an object)
        doc = self.doc
        nxt = None
        for tok in doc[cue.i + 1 : min(cue.i + 10, len(doc) - 1)]:
            if tok.idx >= limit:
                break
            if tok.text == "," and doc[tok.i + 1].lower_ in ("before", "then", "and", "after"):
                nxt = doc[tok.i + 1]
                break
            if tok.text != "," and tok.pos_ not in ("PROPN", "NOUN", "DET", "ADJ", "PRON"):
                break
        if nxt is None:
            return False
        return any(t.pos_ == "VERB" for t in self.doc[nxt.i : nxt.i + 3] if t.idx < limit)

    def _quote_before_in_paragraph(self, q: QuoteSpan) -> bool:
        """Another quotation closes earlier in ``q``'s paragraph."""
        p_start = self.para_of(q.open_start)[0]
        return any(p_start <= o.close_end <= q.open_start for o in self.quotes)

    def _subject_read_as_conjunct(self, verb: Token) -> Token | None:
        """`... after the jury failed to reach a verdict and prosecutors decided not to
        seek a retrial`: the parser joins "prosecutors" to the object before the "and"
        and "decided" to the main verb, so the main clause's subject would speak; the
        noun phrase right between the "and" and a coordinated verb with no subject of
        its own is that verb's subject."""
        if verb.dep_ != "conj" or verb.i < 2 or _has_subject(verb):
            return None
        noun = self._tokens[verb.i - 1]
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or self._heads[noun.i].i >= noun.i:
            return None
        if self._heads[noun.i].i == self._heads[verb.i].i or noun.left_edge.i < 1:
            return None
        joiner = self._tokens[noun.left_edge.i - 1]
        return noun if joiner.dep_ == "cc" and joiner.lower_ in ("and", "but") and not self.in_quote(noun) else None

    def _that_object_then_cue(self, clause: Token) -> tuple[int, int] | None:
        """`acknowledged that uncertainty in the paper and said tests were under way`: the
        parser reads the speaker's second act, a speech verb after a dangling "and", as
        the first cue's clause, with the object before it ("that uncertainty in the
        paper", "that" a determiner) as that clause's subject or as the cue's object with
        the "and" hung on it. That object is what the first cue reports; the second verb
        is the same speaker's next report. Returns the object's first and last token
        ids, or None."""
        if clause.dep_ != "ccomp" or clause.i < 2 or clause.lemma_.lower() not in lexicon.SPEECH_VERBS:
            return None
        if not self.is_cue(clause):
            return None
        joiner = self._tokens[clause.i - 1]
        noun = self._heads[joiner.i]
        if joiner.dep_ != "cc" or noun.pos_ != "NOUN" or noun.right_edge.i != joiner.i:
            return None
        if any(c.dep_ == "conj" for c in self._kids[noun.i]):
            return None
        first = noun.left_edge
        if first.lower_ != "that" and first.i > 0:
            first = self._tokens[first.i - 1]  # the "that" read as the mark, or as a preposition
        if first.lower_ != "that" or first.i != self._heads[clause.i].i + 1:
            return None
        return first.i, joiner.i - 1

    def _title_before_verb(self, verb: Token, span: tuple[int, int]) -> bool:
        """`after a documentary, "Swipe Left on the Truth," showed former employees ...`:
        a work's title in marks right before the verb is the verb's subject, not a
        quotation ending a content the verb reports."""
        if span[1] > verb.idx:
            return False
        for q in self.quotes:
            if span[0] <= q.open_start < span[1] <= q.close_end and not self.text[q.close_end : verb.idx].strip(" ,"):
                return self.is_title(q)
        return False

    def _says_its_own(self, verb: Token) -> bool:
        """A cue after a finished quotation that has its own content, outside the marks:
        a thing as object ("criticized the budget", "announced a new budget"; an
        addressee, a person or a pronoun is no content). The sentence reports that,
        not the quotation before it."""
        if not any(c.dep_ in SUBJECT_DEPS and not self.in_quote(c) for c in verb.lefts):
            # `'' wrote a man calling himself ...`: the inverted speaker as object; so too
            # when the parser takes a word of the quotation as the subject (`"Enough!"
            # shouted the judge, Harriet Ames`).
            return False
        for c in verb.rights:
            if self.in_quote(c):
                continue
            if (
                c.dep_ == "dobj"
                and c.pos_ == "NOUN"
                and verb.lemma_.lower() not in lexicon.ADDRESSEE_VERBS
                and c.lemma_.lower() not in lexicon.STATEMENT_NOUNS
            ):
                return True
        return False

    def _reports_a_clause(self, verb: Token) -> bool:
        """A cue after a finished quotation whose reported clause follows it outside the
        marks (`Roe said she would have closed it`): the sentence reports that clause.
        When the quotation goes on from an earlier one of its paragraph
        (`"A," Vrba told reporters. "B." Roe said she ...`), it keeps that speaker."""
        if not any(c.dep_ in SUBJECT_DEPS and not self.in_quote(c) for c in verb.lefts):
            return False
        return any(
            c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not self.in_quote(c) for c in verb.rights
        )

    def _pronoun_sentence_after(self, q: QuoteSpan) -> bool:
        """A quote ending in "?" or "!" followed by a capitalised pronoun ("She", "He"):
        the writer's next sentence, whose verb is no cue unless it is a speech verb."""
        if self.text[q.start : q.end].rstrip()[-1:] not in ("?", "!"):
            return False
        m = re.match(r"[ \t]+(She|He|They|We|It)\b", self.text[q.close_end : q.close_end + 12])
        return m is not None

    def _new_sentence_after(self, q: QuoteSpan) -> bool:
        """A quote ending its sentence ("?", "!", ".") followed by a capitalised word
        that is no name: the words after it are a new sentence of the writer's, and a
        verb of wanting or thinking there does not report the quote."""
        if self.text[q.start : q.end].rstrip()[-1:] not in ("?", "!", "."):
            return False
        m = re.match(r"[ \t]+([A-Z][a-z]*)\b", self.text[q.close_end : q.close_end + 20])
        if m is None:
            return False
        first = self.char_span(q.close_end + m.start(1), q.close_end + m.end(1))
        return first is not None and len(first) > 0 and first[0].pos_ not in ("PROPN",) and first[0].lower_ not in lexicon.PRONOUNS

    def _wrap(self, tok: Token) -> bool:
        """A single line break inside a sentence of hard-wrapped text (the next line goes
        on in lower case): no boundary between a quote and its cue."""
        if not tok.is_space or tok.text.count("\n") != 1 or tok.i + 1 >= len(self.doc):
            return False
        nxt = self._tokens[tok.i + 1]
        return not nxt.is_sent_start and line_wraps(self.text, tok.idx, nxt.text)

    def find_cue_before(self, q: QuoteSpan, floor: int) -> Token | None:
        """A cue before the open mark in the same sentence: `He said: "X"`."""
        span = self.char_span(floor, q.open_start)
        if span is None:
            return None
        seen = 0
        slot = self._slot_verb_before(q) or self._carried_text_verb(q)
        if slot is not None:
            return slot
        for tok in reversed(span):
            if tok.idx >= q.open_start:
                continue
            if self.in_quote(tok):
                break
            if self._bullet(tok):
                continue
            if tok.text in (".", "!", "?") or (
                tok.is_space and "\n" in tok.text and not self._wrap(tok) and not self._after_colon_line(tok)
            ):
                break
            if self.is_cue(tok):
                if _asked_participle(tok) and self._heads[tok.i].i < tok.i and self.is_cue(self._heads[tok.i]):
                    return self._heads[tok.i]  # `Ruiz told reporters when asked about it: "..."`
                return None if self._adds_a_term(tok, q) else tok
            if (
                seen <= 2
                and tok.lemma_.lower() in lexicon.STATEMENT_NOUNS
                and tok.dep_ in ("dobj", "pobj")
                and self._heads[tok.i].pos_ in ("VERB", "ADP")
            ):
                # `Trump issued a statement: "..."`: the statement's verb is the cue.
                verb = self._heads[tok.i] if self._heads[tok.i].pos_ == "VERB" else self._heads[self._heads[tok.i].i]
                if verb.pos_ == "VERB" and not self.in_quote(verb):
                    return verb
            seen += 1
            if seen > 30:
                break
        return None

    def _adds_a_term(self, verb: Token, q: QuoteSpan) -> bool:
        """`Dictionaries added "doomscrolling" last year`: "add" with a common noun (or
        nothing) as subject and a short quoted term as its object, right after it, the
        sentence going on past the close mark, adds a word to something. Speech after
        "added" is set off by a comma or colon, or ends its sentence (`which he added
        "is deeply regrettable."`)."""
        if verb.lemma_.lower() != "add" or self.text[verb.idx + len(verb) : q.open_start].strip():
            return False
        words = self.text[q.start : q.end].split()
        if not 1 <= len(words) <= 3 or not words[-1][-1:].isalnum():
            return False
        after = re.match(r"[ \t]+([A-Za-z]+)", self.text[q.close_end : q.close_end + 30])
        if after is None or after.group(1).lower() in lexicon.CLAUSE_BREAKERS:
            return False
        # A name or pronoun adding a short reply (`Maren added "not yet" when asked`)
        # may still speak; a common noun ("Dictionaries", "The museum") does not.
        subject = self.subject_of(verb)
        return subject is None or subject.pos_ not in ("PROPN", "PRON")

    def _slot_verb_before(self, q: QuoteSpan) -> Token | None:
        """`Hillary Clinton cracked, "..."`: a tensed verb whose subject can speak, then a
        comma or colon and the quotation, introduces it whatever the verb (the mirror of
        the slot after a quote in ``find_cue_after``)."""
        span = self.char_span(max(0, q.open_start - 40), q.open_start)
        toks = [t for t in span if not t.is_space and t.idx < q.open_start and not self._bullet(t)] if span else []
        if len(toks) < 2 or toks[-1].text not in (",", ":"):
            return None
        k = len(toks) - 2
        # `Rubio fired back forcefully: "..."`: adverbs of the verb may stand between.
        while k > 0 and toks[k].pos_ in ("ADV", "ADP") and toks[k].dep_ in ("advmod", "prt") and self._heads[toks[k].i].i < toks[k].i:
            k -= 1
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ") or self.in_quote(verb):
            return None
        subject = self.subject_of(verb)
        if subject is None or not (subject.ent_type_ == "PERSON" or subject.pos_ == "PRON"):
            return None
        if subject.lower_ in ("what", "whatever"):
            return None  # `apologized for what happened: "..."`: a free relative, no speaker
        if verb.dep_ == "relcl" and subject.tag_ in ("WP", "WDT"):
            # `said Ada Lind, who fished here, "is dying."`: a relative clause describes
            # the speaker a cue before it named; it does not introduce the words.
            return None
        return verb

    def _after_colon_line(self, tok: Token) -> bool:
        """A single line break after a line ending in a colon, the next line a bulleted
        item (`said:` then `• "We stay."`): the colon introduces the list."""
        return (
            tok.text.count("\n") == 1
            and tok.i > 0
            and self._tokens[tok.i - 1].text == ":"
            and tok.i + 1 < len(self.doc)
            and self._bullet(self._tokens[tok.i + 1])
        )

    def _bullet(self, tok: Token) -> bool:
        """A list bullet alone at the start of its line (`said:` then `• "We stay."` on
        the next line): layout, like the line break before it, not words of the lead."""
        if tok.text not in BULLETS:
            return False  # (the usual case: no search back for the line's start)
        line_start = self.text.rfind("\n", 0, tok.idx) + 1
        return (
            not self.text[line_start : tok.idx].strip()
            and self.text[tok.idx + len(tok) : tok.idx + len(tok) + 1] in (" ", "\t")
        )

    def direct_candidates(
        self,
        skip: set[int] = frozenset(),
        owners: dict[int, Candidate] | None = None,
        reports: list[Candidate] | None = None,
    ) -> list[Candidate]:
        """Quotes with their cues; ``owners`` maps quotes a mixed item took to that item,
        so a quote standing alone after it (`a "change agent," Cole said. "That's ..."`)
        continues its speaker; ``reports`` are the reported clauses (no marks) a quote
        paragraph may continue (`_after_report`)."""
        reports = reports or []
        out: list[Candidate] = []
        previous: Candidate | None = None
        owners = owners or {}
        for qi, q in enumerate(self.quotes):
            if qi in owners:
                previous = owners[qi]
            if qi in skip or self.in_boilerplate(q.open_start):
                continue
            if self.is_title(q):
                # (a capitalised word or two in marks reads as a title, unless the
                # sentence says whose words they were: `"Unacceptable" was how N put it`)
                cand = self._quote_was_how(q, qi)
                if cand is not None:
                    out.append(cand)
                    previous = cand
                continue
            if self._bylined(qi):
                continue
            if not q.double and " " not in self.text[q.start : q.end].strip() and not self._one_word_sentence(q):
                continue  # a single-quoted word is a scare quote, not speech
            p_start, p_end = self.para_of(q.open_start)
            # A quote run over paragraphs (no close mark at a paragraph's end) is
            # attributed after its close, in the paragraph where it ends.
            p_end = max(p_end, self.para_of(q.close_end - 1)[1])
            if qi > 0 and self._translation_of(qi - 1) is not None:
                continue  # the gloss in parentheses repeats the quotation before it
            gloss = self._translation_of(qi)
            follows = qi + (2 if gloss is not None else 1)
            nxt = self.quotes[follows].open_start if follows < len(self.quotes) else len(self.text)
            prv = self.quotes[qi - 1].close_end if qi > 0 else 0
            searched = q if gloss is None else replace(q, close_end=gloss)
            after = self.find_cue_after(searched, min(p_end, nxt))
            before = self.find_cue_before(q, max(p_start, prv))
            cue = self._choose_cue(q, before, after)
            cand = None
            if cue is not None and cue is before and self._dash_label_between(before, q):
                cand = self._colon_lead(q, qi, p_start)
            if cue is not None and cue is after and before is None:
                # (`"...," was all Ada Voss could say`: the cue's clause is the predicate)
                cand = self._all_that_was_said(q, qi) or self._quote_was_how(q, qi)
            if cue is not None and cue is before and cand is None and "\n" in self.text[cue.idx : q.open_start]:
                # `What they said:` / `- "..." -- Ada Roe`: a signature on the quotation's
                # own line outranks a lead on a line before it, as it outranks a label.
                cand = self._dash_signature(q, qi, p_end)
            if cue is not None and cand is None:
                cand = self._direct_with_cue(q, qi, cue)
            if cand is None and cue is after and before is not None:
                # `hailed the vote as "fantastic," telling ...`: the participle after the
                # quote reports nothing; the verb before it does.
                cand = self._direct_with_cue(q, qi, before)
            if cand is None:
                cand = self._quoting_lead(q, qi, p_start)
            if cand is None:
                cand = self._before_narration(q, qi)
            if cand is None:
                cand = (
                    # A signed quote ("... ” ― Ada Voss") names its own speaker: the
                    # signature outranks a label before it ("Quote of the day:") and
                    # continuing the previous speaker.
                    self._dash_signature(q, qi, p_end)
                    or self._colon_lead(q, qi, p_start)
                    or self._question_lead(q, qi, p_start)
                    or self._colon_intro(q, qi, p_start)
                    or self._bare_cue_before(q, qi, p_start)
                    or self._words_of_after(q, qi)
                    or self._foreign_cue_after(q, qi)
                    or self._how_described_after(q, qi)
                    or self._all_that_was_said(q, qi)
                    or self._quote_was_how(q, qi)
                    or self._possessed_words(q, qi)
                    or self._according_after(q, qi)
                    or self._after_gesture(q, qi)
                    or self._signed_with_next(q, qi, p_end)
                    or self._floating(q, qi, previous)
                    or self._after_report(q, qi, previous, reports)
                    or self._after_introduction(q, qi, previous)
                    or self._after_narration_in_paragraph(q, qi, previous)
                )
            if cand is None:
                cand = self._colon_lead(q, qi, p_start)
            if cand is not None:
                if cand is not previous:
                    out.extend(self._split_reopened(q, cand))
                previous = cand
        return out

    def _translation_of(self, qi: int) -> int | None:
        """`„Unser Land ist sicher“ (“Our country is safe”), the chancellor said`: a
        quotation followed by a quoted translation in parentheses is attributed past
        the parentheses (its cue comes after them); returns where they close, else None."""
        if qi + 1 >= len(self.quotes):
            return None
        q, gloss = self.quotes[qi], self.quotes[qi + 1]
        if self.text[q.close_end : gloss.open_start].strip() != "(":
            return None
        closing = re.match(r"\s*\)", self.text[gloss.close_end :])
        return gloss.close_end + closing.end() if closing else None

    def _interrupting_narration(self, qi: int) -> Token | None:
        """`"The vote" — Ada Roe paused — "was rigged," she said`, `"I think" — he
        hesitated — "it is over."`: the writer's own clause, set off by dashes between
        two quotations, interrupts the speaker, whose words go on in the next marks.
        The pieces are direct quotes; the clause's subject is who speaks (the parser
        makes the second piece a complement of the narration, and the first its
        subject). A dashed aside that is not a clause of its own (`"the wisdom" --
        that she is a liberal -- "will not last"`) goes on with the quotation.
        Returns the subject of that clause."""
        if qi < 0 or qi + 1 >= len(self.quotes):
            return None
        q, nxt = self.quotes[qi], self.quotes[qi + 1]
        gap = self.text[q.close_end : nxt.open_start]
        dash = r"(?:--|[\u2013\u2014]|(?<=\s)-(?=\s))"
        if len(gap) > 120 or re.search(r"[\n.!?;:\"\u201c\u201d]", gap):
            return None
        dashed = re.search(r"\s" + dash + r"\s*$", gap) and len(re.findall(dash, gap)) >= 2
        bracketed = re.fullmatch(r"\s*\([^()]+\)\s*", gap)
        # (`"The vote," Ada Roe paused, "was rigged"`: commas set the clause off too)
        commaed = gap.rstrip().endswith(",") and self.text[q.start : q.end].rstrip().endswith(",")
        if not (dashed or bracketed or commaed) or re.search(dash, gap) and not dashed:
            return None
        span = self.char_span(q.close_end, nxt.open_start)
        words = [t for t in span or () if not t.is_punct and not t.is_space]
        first = words[0].i if words else -1
        while words and (words[0].dep_ == "cc" or words[0].pos_ == "ADV" and words[0].dep_ == "advmod"):
            words = words[1:]  # `-- and here she paused --`
        if not words or words[0].dep_ == "mark" or words[0].tag_ in ("IN", "WDT", "WP", "WRB", "TO"):
            return None
        for verb in words:
            if verb.tag_ not in FINITE_TAGS:
                continue
            for subject in self._kids[verb.i]:
                if (
                    subject.dep_ == "nsubj"
                    and subject.i < verb.i
                    and first <= subject.left_edge.i <= words[0].i
                    and self.can_speak(subject)
                ):
                    return subject
        return None

    def _narration_after_cue(self, verb: Token, start: int) -> bool:
        """`"We will," he said -- he was smiling -- "we must."`: the clause after the dash
        that follows the cue is the writer's narration interrupting the quotation
        (`_interrupting_narration`), not what the cue reports, nor the start of it."""
        if verb.idx >= start or not _DASH.search(self.text[verb.idx : start]):
            return False
        for qi, q in enumerate(self.quotes[:-1]):
            if q.close_end <= verb.idx and start < self.quotes[qi + 1].open_start:
                return self._interrupting_narration(qi) is not None
        return False

    def _before_narration(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """The first piece of a quotation a dashed clause interrupts
        (`_interrupting_narration`) is that clause's subject's, a direct quote."""
        subject = self._interrupting_narration(qi)
        if subject is None:
            return None
        start, end = self.mention_span(subject)
        words = self.char_span(start, end)
        for token in words or ():
            if token.i >= subject.i or not (token.dep_ == "cc" or token.pos_ == "ADV"):
                break
            start = token.idx + len(token)  # `-- and here Ada Roe paused --`: not "here Ada Roe"
        while start < end and self.text[start].isspace():
            start += 1
        return Candidate(
            "direct", q.start, q.end, self.cue_span(self._heads[subject.i]), (start, end), 0.7, {qi}, cue_token=self._heads[subject.i].i
        )

    def _dash_label_between(self, cue: Token, q: QuoteSpan) -> bool:
        """`Polls did predict the caucus - Pollwatch: "..."`: a dash and a short label
        ending in a colon right before the quote; the label names the source, and the
        cue before the dash belongs to the writer's headline."""
        between = self.text[cue.idx + len(cue) : q.open_start]
        return _DASHED_LABEL.search(between) is not None

    def _split_reopened(self, q: QuoteSpan, cand: Candidate) -> list[Candidate]:
        """`"A," he said. "B.¶¶"C," he said.`: a quotation reopened on a new paragraph
        whose close carries a cue of its own is two quotes, one per paragraph.

        News style leaves a quote unclosed at a paragraph's end when it runs on, so the
        marks pair "B ... C" into one span; but when "B" continues a quote already
        attributed earlier in its paragraph and "C" ends on its own cue, the writer
        attributes each paragraph separately and so do readers.
        """
        if cand.type != "direct" or (cand.start, cand.end) != (q.start, q.end) or cand.cue is None:
            return [cand]
        if cand.cue[0] < q.close_end:
            return [cand]
        brk = self.text.rfind("\n", q.start, q.end)
        if brk < 0:
            return [cand]
        p_start = self.para_of(q.open_start)[0]
        if not any(p_start <= o.close_end <= q.open_start for o in self.quotes):
            return [cand]  # the quote opens its paragraph: one long quotation
        first_end = brk
        while first_end > q.start and self.text[first_end - 1].isspace():
            first_end -= 1
        second = brk
        while second < q.end and (self.text[second].isspace() or is_quote_char(self.text[second])):
            second += 1
        if first_end <= q.start or second >= q.end or self.text[first_end - 1] not in ".!?":
            return [cand]
        if not is_quote_char(self.text[brk + 1 : second].strip()[:1] or "x"):
            return [cand]  # the new paragraph does not reopen with a mark
        head = replace(cand, end=first_end)
        tail = replace(cand, start=second, quote_ids=set(cand.quote_ids))
        return [head, tail]

    def _bylined(self, qi: int) -> bool:
        """A digest's credit line, `"Museum to close early," by the Ledger's Ann Roe:
        "The museum will ..."`: the first quote is an article's headline and the second
        an excerpt of that article, neither of them something the reporter said."""
        q = self.quotes[qi]
        if qi + 1 < len(self.quotes):
            nxt = self.quotes[qi + 1].open_start
            if BYLINE.fullmatch(self.text[q.close_end : nxt]):
                return True
        if qi > 0:
            prv = self.quotes[qi - 1].close_end
            return bool(BYLINE.fullmatch(self.text[prv : q.open_start]))
        return False

    def _choose_cue(self, q: QuoteSpan, before: Token | None, after: Token | None) -> Token | None:
        if before is not None and self._closes_fragment(q):
            return before
        if after is not None and before is not None:
            last = self.text[q.start : q.end].rstrip()[-1:]
            between = self.text[before.idx + len(before) : q.open_start].strip()
            if last in "?!" and between.endswith(":") and self._capital_after(q):
                # `She responded: "What difference does it make?" Her critics cited it
                # ...`: the colon announces the question; the next sentence is new.
                return before
            if self._heads[after.i].i == before.i and self._contrast_after_fragment(q, after):
                # `Holt called the deal "historic" after Stark called it "a stunt."`: the
                # verb after the marks heads a clause of its own subject, set after the
                # words; the verb before them frames the fragment.
                return before
            if self._own_clause_after(q, after):
                # `Ruiz said "yes" and Hale said "no."`: the verb after the marks opens a
                # coordinated clause with a speaker of its own; the words are Ruiz's.
                return before
            if last in ",?!" + DASHES or not between.endswith((":", ",")):
                return after
            return before
        return after or before

    def _own_clause_after(self, q: QuoteSpan, after: Token) -> bool:
        """A conjunction right after the close mark, then a subject of its own for the
        cue after it: `"yes" and Hale said`, `"soon," but Roe insisted`. Text-gated
        (the conjunction) before any look at the tree."""
        gap = re.match(r"[\s,]*(?:and|but|while|whereas)\s", self.text[q.close_end : after.idx])
        return gap is not None and any(
            c.dep_ in ("nsubj", "nsubjpass") and q.close_end + gap.end() <= c.idx < after.idx
            for c in self._kids[after.i]
        )

    def _capital_after(self, q: QuoteSpan) -> bool:
        """The words after the close mark open with a capital: a new sentence."""
        return re.match(r"[ \t]+[A-Z]", self.text[q.close_end : q.close_end + 3]) is not None

    def _closes_fragment(self, q: QuoteSpan) -> bool:
        """A quoted fragment whose period ends its sentence: `called him a "moderate."
        Rubio said ...`. A cue after it belongs to the next sentence."""
        return self.text[q.start : q.end].rstrip().endswith(".") and bool(
            re.search(r"\w{2,}", self.text[self._sentence_start(q.open_start) : q.open_start])
        )

    def _direct_with_cue(self, q: QuoteSpan, qi: int, cue: Token) -> Candidate | None:
        subject = (self._carrier_owner(cue) if cue == self._carried_text_verb(q) else None) or self.subject_of(cue)
        addressed = (
            cue.lemma_.lower() in lexicon.ADDRESSEE_PASSIVES
            and any(c.dep_ == "nsubjpass" for c in self._kids[cue.i])
            and (cue.idx > q.close_end or not self.text[cue.idx + len(cue) : q.open_start].strip(" \t:,"))
        )
        if addressed and subject is None:
            # `"Will you resign?" he was asked.`: the passive subject is who was asked;
            # only an agent ("by a reporter") put the question. No name nearby stands in.
            return None
        if cue.idx > q.close_end and not addressed:
            # `Nothing he said "will help," the senator said`: of two subjects the one
            # after the marks speaks.
            later = self._subject_after_marks(q, cue, quoted=False)
            # (but a subject between the marks and the cue is not traded for a plain noun
            # the parser made a subject after the cue: `the lawyer, Ines Moreau, said
            # outside court`)
            if later is not None and (
                subject is None or later.i < cue.i or subject.i > cue.i or later.pos_ == "PROPN" or later.ent_type_
            ):
                subject = later
        if cue.idx > q.close_end and not addressed and (subject is None or subject.i > cue.i):
            # `"...," Ramos, 58, told AFP`: a person named between the marks and the
            # cue speaks, not the addressee the parser left after the cue.
            subject = self._name_after_quote(q, cue) or subject
        inverted = subject is not None and subject.i < cue.i and self._inverted_after_quote(q, cue, subject)
        if inverted:
            # `The plan ("a fantasy," said the economist Dora Lenz) was dropped`: the
            # parser made the noun before the marks the cue's subject; right after the
            # quote an inverted cue's speaker follows it.
            subject = self._adjacent_name(cue) or subject
        if subject is None:
            subject = self._adjacent_name(cue)
        if subject is None and cue.idx > q.close_end:
            # `'Y'all can't stop us now,' the band's drummer, Cody Reese, told fans`: the
            # cue hung on the quoted verb; the name set off right before it speaks.
            subject = self._stranded_subject(cue)
        if (
            subject is None
            and cue.idx < q.open_start
            and len(self.text[q.start : q.end].split()) > 3
        ):
            subject = self._person_before_cue(cue)
        mention = self._titled_mention(subject) if subject is not None else None
        if subject is not None and cue.lemma_ == "be" and subject.lemma_.lower() in lexicon.GIVEN_WORDS_NOUNS:
            # `"Never," was Ana Ruiz's answer`: the answer stands in the speaker's slot;
            # who gave it is its owner (the noun stays the mention without one).
            owner = next((c for c in self._kids[subject.i] if c.dep_ == "poss"), None)
            if owner is not None and self.can_speak(owner):
                mention = self._owner_mention(owner)
        elif (
            subject is not None
            and cue.lemma_ == "be"
            and subject.dep_ == "poss"
            and subject.head.lemma_.lower() in lexicon.GIVEN_WORDS_NOUNS
        ):
            mention = self._owner_mention(subject)  # (`was the minister's reply`: without "'s")
        kind, start, end = "direct", q.start, q.end
        if cue.idx < q.open_start:
            between = _without_bullet(self.text[cue.idx + len(cue) : q.open_start])
            clause = self._reported_clause_start(cue, q)
            if self._dash_announces(cue, q, between) or (
                qi > 0
                and q.open_start > cue.idx > self.quotes[qi - 1].close_end
                and self._interrupting_narration(qi - 1) is not None
            ):
                # (after a dashed narration that interrupts a quotation, the speaker's
                # words go on in the marks: `"We will," she said -- and then corrected
                # herself -- "we must rebuild."`)
                clause = None
            elif clause is not None and not between.rstrip().endswith((":", ",")):
                kind, start = "mixed", clause
                end = self._mixed_end(q, cue)
            elif clause is None and between.strip() == "to" and self._opens_with_bare_verb(q):
                # `vowed to "finish the job"`: the quote completes the cue's infinitive;
                # the report is "to" and the quote (PolNeAR: 8 of 9 on train, mixed).
                kind, start, end = "mixed", cue.idx + len(cue) + between.index("to"), q.close_end
            elif clause is None and self._is_fragment(q, between):
                # `described the field as "all very good"`: the quote finishes a phrase.
                that = list(re.finditer(r"\bthat\s+", between))
                offset = that[-1].end() if that else self._past_agent(cue, q)
                words = re.search(r"\w", between[offset:])
                if words:
                    kind, start = "mixed", cue.idx + len(cue) + offset + words.start()
                    end = self._mixed_end(q, cue)
            aside = self._aside_in_clause(cue, q)
            if aside is not None:
                kind, start, end = "mixed", aside, self._mixed_end(q, cue)
            if (
                kind == "mixed"
                and mention is not None
                and cue.idx < mention[0] < q.open_start
                and cue.tag_ in FINITE_TAGS
                and self._right_after_quote(cue)
            ):
                # `"...," said Lena Marsh, a docker who waited in a "long line"`: the
                # quote is in the description of the speaker the cue names after it.
                return None
        else:
            s_start = self._clause_start(q.open_start)
            lead = self.text[s_start : q.open_start]
            if lead.rstrip().endswith(("(", "[")) and inverted:
                # `The plan ("a fantasy," said the economist Dora Lenz) was dropped`: the
                # parenthesis opens a sentence of its own, the quote and its cue; the
                # writer's words before it are no lead of the quote.
                s_start = q.open_start
                lead = ""
            # (a dash closes a lead as a colon does: `Haddad was defiant -- "We ...," he
            # said`, unless a second dash closes the quote as an aside)
            dash_lead = lead.rstrip().endswith(tuple(DASHES)) and not self.text[
                q.close_end : cue.idx
            ].strip().startswith(tuple(DASHES))
            # (a quotation a clause of the writer's interrupts goes on in these marks)
            interrupted = qi > 0 and self._interrupting_narration(qi - 1) is not None
            if re.search(r"\w{2,}.*\w", lead) and not interrupted and (
                not (lead.rstrip().endswith((":", ",")) or dash_lead) or self._predicate_after_lead(q, lead)
            ):
                if self._quote_not_reported_by(q, cue) or self._reports_a_later_clause(cue):
                    return None
                if cue.lemma_.lower() not in lexicon.SPEECH_VERBS:
                    # `But those voters, who register as "undeclared," can determine ...`:
                    # a verb of deciding, seeing or wanting after a quote inside its own
                    # sentence rarely reports it; speech verbs ("X is "Y," she said") do.
                    return None
                # (a mixed item keeps its marks: it ends after the closing one)
                kind, start, end = "mixed", s_start, q.close_end
            more = self._continued_after_cue(q, cue, lead)
            if more is not None:
                kind, end = "mixed", more
                start = min(start, q.open_start)
            elif kind == "direct":
                run_on = self._runs_on_to_attribution(q, cue, subject)
                if run_on is not None:
                    kind, end = "mixed", run_on
        if mention is None and kind == "direct":
            return None
        # A quote by a verb of thinking or feeling ("..., she believes") is ~80% right,
        # by a speech verb ~97%.
        speech = cue.lemma_.lower() in lexicon.SPEECH_VERBS
        confidence = (0.95 if mention else 0.6) if speech else (0.8 if mention else 0.45)
        return Candidate(
            kind, start, end, self.cue_span(cue), mention, confidence, {qi}, cue_token=cue.i
        )

    def _aside_in_clause(self, cue: Token, q: QuoteSpan) -> int | None:
        """`There was, Kerr admitted, "a lot of luck" involved`: a cue set off by commas
        inside the clause it reports (the parser hangs it on the clause as parataxis),
        with a quoted fragment after it, leaves words of that clause before it; they are
        part of what was said, so the mixed item starts where the clause does. None when
        nothing of the clause precedes the aside, a quotation does, or the quote opens a
        sentence of its own (`Of the scrutiny, he said, "It's a little much."`)."""
        if cue.dep_ != "parataxis" or cue.idx > q.open_start:
            return None
        if not self.text[q.start : q.end].lstrip()[:1].islower():
            return None
        clause = self._heads[cue.i]
        while clause.pos_ not in ("VERB", "AUX") and clause.dep_ != "ROOT" and self._heads[clause.i].i != clause.i:
            clause = self._heads[clause.i]
        aside = cue.left_edge
        if aside.text == ",":
            aside = self._tokens[aside.i + 1]
        elif aside.i == 0 or self._tokens[aside.i - 1].text != ",":
            return None
        left = clause.left_edge
        if left.i >= aside.i - 1 or not any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in self._kids[cue.i]):
            return None
        if self._quote_ids(left.idx, aside.idx) or self.text[cue.idx + len(cue) : q.open_start].strip()[:1] != ",":
            return None
        return left.idx

    def _clause_start(self, char: int) -> int:
        """Where the sentence holding ``char`` starts, or its clause after a semicolon
        outside quote marks (`The mayor left early; "a disgrace," one resident said`:
        the writer's clause is closed; the quote's own clause begins after it)."""
        start = self._sentence_start(char)
        semi = self.text.rfind(";", start, char)
        if semi < 0 or self.quote_of_char[semi] >= 0:
            return start
        rest = self.text[semi + 1 : char]
        return semi + 1 + len(rest) - len(rest.lstrip())

    def _dash_announces(self, cue: Token, q: QuoteSpan, between: str) -> bool:
        """`said it plainly -- "We are broke."`, `put it this way -- "..."`: a spaced
        dash after the cue's "it" and adverbs sets the quotation off like a colon; the
        quote spells out the "it". Words of a clause or a phrase before the dash (`so
        distressed by the tone -- "an outrage" -- that ...`) carry on into the quote."""
        if not re.search(r"\s(?:--|[\u2013\u2014])\s*$", between):
            return False
        span = self.char_span(cue.idx + len(cue), q.open_start)
        words = [t for t in span or () if not t.is_punct and not t.is_space]
        return bool(words) and all(
            t.pos_ == "ADV" or t.lower_ in ("it", "this", "way") and self._heads[t.i].i in (cue.i, *(w.i for w in words))
            for t in words
        )

    def _predicate_after_lead(self, q: QuoteSpan, lead: str) -> bool:
        """`The party, held every four years, "allows us to meet,"`: a quotation opening
        on a tensed verb after a comma finishes the subject the writer began."""
        first = self.char_span(q.start, q.end)
        if first is None or not len(first) or not self.text[q.start : q.start + 1].islower():
            return False
        return lead.rstrip().endswith(",") and first[0].tag_ in FINITE_TAGS

    def _runs_on_to_attribution(
        self, q: QuoteSpan, cue: Token, subject: Token | None
    ) -> int | None:
        """Where the writer's words that finish a quoted fragment stop before the
        attribution: `"We are horrified" by the shooting at the club, Nefzi said.`

        The quotation has no closing punctuation and a word follows its mark at once,
        so the clause goes on outside the marks up to the comma that opens `X said`.
        """
        if self.text[q.start : q.end].rstrip()[-1:] in ",.!?:;" + DASHES:
            return None
        after = self.text[q.close_end : q.close_end + 2]
        if not re.match(r" [a-z]", after):
            return None
        lead = cue.i
        if subject is not None and subject.i < cue.i:
            lead = min(lead, subject.left_edge.i)
        stop = self._tokens[lead].idx
        while stop > q.close_end and self.text[stop - 1].isspace():
            stop -= 1
        if stop <= q.close_end + 2 or self.text[stop - 1] != ",":
            return None
        if self._quote_ids(q.close_end, stop):
            return None  # another quotation between: its own item
        return stop - 1

    def _subject_after_marks(self, q: QuoteSpan, cue: Token, quoted: bool = True) -> Token | None:
        """The cue's first subject after the quote's close mark that can speak (one
        inside a later quotation too, unless ``quoted`` is False). A subject that opens
        a phrase the parser split (`asked Farmers Union vice-president Ruth Abara`) gives
        way to the name that ends it (`_name_ending_phrase`)."""
        first = next(
            (
                c
                for c in self._kids[cue.i]
                if c.dep_ == "nsubj"
                and c.idx >= q.close_end
                and self.can_speak(c)
                and (quoted or not self.in_quote(c))
            ),
            None,
        )
        return first if first is None else self._name_ending_phrase(first) or first

    def _reports_a_later_clause(self, cue: Token) -> bool:
        """`Mocking reports of a "crisis" at the port, Calloway said (that) the ferries
        would run`, `..., Calloway asked the board to publish ...`: the cue reports the
        clause right after it, so a quote before it in the same sentence (here in the
        participle that leads the sentence) is not what was said. A comma between the cue and the clause keeps the old reading: in
        `Despite his "manner," the lawyer wrote, Lane is ...` the cue is parenthetical."""
        for child in self._kids[cue.i]:
            if child.dep_ not in ("ccomp", "xcomp") or child.left_edge.i <= cue.i:
                continue
            between = self.doc[cue.i + 1 : child.left_edge.i]
            if not any(t.is_punct or self.in_quote(t) for t in between):
                return True
        return False

    def _quote_not_reported_by(self, q: QuoteSpan, cue: Token) -> bool:
        """A quote inside a sentence whose cue comes later but does not report it.

        `Some in the "Bernie or Bust" crowd suggest ...`: the quote is part of the cue's own
        subject. `the "offensive," which went ...`: the cue is in a relative clause. `a "zero day" flaw - a chink ... published`: the cue has no subject of its
        own (a participle, a second verb), so nothing after the quote names a speaker.
        """
        subjects = [ch for ch in self._kids[cue.i] if ch.dep_ in SUBJECT_DEPS]
        if not subjects:
            return True
        if any(s.tag_ == "WDT" for s in subjects) or (
            cue.dep_ == "relcl" and not any(s.tag_ == "WP" for s in subjects)
        ):
            return True  # `the "rigged economy" that he says is ...`: a relative clause
        if self._subject_after_marks(q, cue) is not None:
            # `Nothing he said "will help," the senator said`: a second subject after the
            # marks is the speaker; the one before is the writer's lead the parse split.
            return False
        span = self.char_span(q.start, q.end)
        if span is None:
            return False
        inside = {t.i for s in subjects for t in s.subtree}
        return sum(t.i in inside for t in span) * 2 > len(span)

    def _continued_after_cue(self, q: QuoteSpan, cue: Token, lead: str) -> int | None:
        """Where a sentence ends that a parenthetical attribution interrupts.

        In `"Only you," she said, would use the occasion ...` or `But "it is a better
        use," he added, to pursue ...` the quote is a fragment the words after the
        attribution finish: one mixed item runs to the end of the sentence. Only a
        continuation that cannot stand alone counts (a bare predicate, an infinitive, a
        `that`/`because` clause, `in which`), or a main clause after a subordinate
        lead (`Despite his "manner," the lawyer wrote, Lane is ...`); a participle
        (`adding ...`) or a time (`on Friday`) is the writer's.
        """
        if not self.text[q.start : q.end].rstrip().endswith(","):
            return None
        end = self._sentence_end(q)
        comma = None
        for tok in self.doc[cue.i + 1 :]:
            if tok.idx >= end or self.in_quote(tok) or tok.text in (".", ";", ":", "!", "?"):
                return None
            if tok.text == ",":
                comma = tok
                break
        if comma is None or comma.i + 2 >= len(self.doc) or comma.i - cue.i > 8:
            return None
        first, second = self._tokens[comma.i + 1], self._tokens[comma.i + 2]
        if first.idx >= end or self.in_quote(first) or not first.text[:1].islower() and first.pos_ != "PROPN":
            return None
        lower = first.lower_
        ok = (
            (lower == "to" and second.pos_ in ("VERB", "AUX"))
            or (first.tag_ in ("MD", "VBZ", "VBP") and first.dep_ not in ("advcl", "relcl"))
            or (first.tag_ == "VBD" and first.pos_ == "AUX")  # not `asked about ...`
            or lower in lexicon.CONTINUING_MARKERS
            or (first.pos_ == "ADP" and second.lower_ in ("which", "whom"))
            or (
                lead.strip().split()[:1] != []
                and lead.strip().split()[0].lower() in lexicon.SUBORDINATE_LEADS
                and first.pos_ in ("PROPN", "PRON", "DET", "NOUN")
            )
        )
        if ok:  # `Mr.` in the continuation: the parser's sentence knows better
            stop = first.sent.end_char
            while stop > end and (self.text[stop - 1].isspace() or self.text[stop - 1] in ",."):
                stop -= 1
            _, p_end = self.para_of(q.open_start)
            end = max(end, min(stop, p_end))
        return end if ok and end > comma.idx + 1 else None

    def _opens_with_bare_verb(self, q: QuoteSpan) -> bool:
        """The quote starts with a lowercase bare verb ("finish the job")."""
        first = self.char_span(q.start, q.start + 1)
        return first is not None and len(first) > 0 and first[0].tag_ == "VB" and self.text[q.start : q.start + 1].islower()

    def _is_fragment(self, q: QuoteSpan, between: str) -> bool:
        """A quote that continues the words before it rather than standing alone."""
        inner = self.text[q.start : q.end]
        if between.rstrip().endswith((":", ",")) or not re.search(r"[A-Za-z]{2}", between):
            return False
        # Adverbials between cue and quote ("said on Friday", "told reporters") keep it direct.
        if re.fullmatch(
            r"\s*(?:(?:on|in|at|to|during|after|before|late|early|last|this)\b[^,;]*)?\s*",
            between,
        ):
            return False
        return inner[:1].islower() or len(inner.split()) < 4

    def _inverted_after_quote(self, q: QuoteSpan, cue: Token, subject: Token) -> bool:
        """Is ``cue`` an inverted cue right after the quote (`"X," said the economist
        Dora Lenz`) whose parsed ``subject`` stands before the open mark? Only a quote
        that ends open (comma, "!" or "?"), closed by nothing but a comma before a finite
        cue, with a noun phrase (article, noun or name) right after the cue."""
        if subject.idx >= q.open_start or cue.idx <= q.close_end or cue.i + 1 >= len(self.doc):
            return False
        if cue.tag_ not in ("VBD", "VBZ", "VBP"):  # `"...," promising the club will ...`
            return False
        if self.text[q.close_end : cue.idx].strip() not in ("", ","):
            return False
        if self.text[q.start : q.end].rstrip()[-1:] not in (",", "!", "?"):
            return False
        nxt = self._tokens[cue.i + 1]
        return nxt.pos_ in ("DET", "NOUN", "PROPN") and nxt.lower_ not in ("that", "this", "it")

    def _adjacent_name(self, cue: Token) -> Token | None:
        """A speaker the parse missed: a proper noun or pronoun right after or before the cue.

        In `"X," said retired neurosurgeon Ben Carson` or `"Y?" asked the boy` the parser
        often makes the speaker the verb's object: after a quote, that object speaks.
        """
        if self._after_quote(cue):
            for tok in self.doc[cue.i + 1 : cue.i + 7]:
                age = self._age_after_determiner(tok)
                if age is not None:
                    return age  # `snapped the 51-year-old as ...`: its hyphens end no search
                if tok.is_punct or self.in_quote(tok):
                    break
                if (
                    tok.i == cue.i + 1
                    and tok.is_title
                    and tok.is_alpha
                    and tok.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADP", "CCONJ", "SCONJ")
                    and tok.ent_type_ not in ("DATE", "TIME")
                ):
                    return tok  # `"...," said Skelly`: a name the tagger took for a word
                if tok.lower_ == "it" and self._heads[tok.i].i == cue.i and tok.dep_ == "dobj":
                    break  # `as he put it`: the idiom's object, not a speaker
                if self._a_day(tok):
                    break  # `"...," she said Tuesday`: the day speaks for nobody
                if tok.pos_ in ("PROPN", "NOUN", "PRON"):
                    # (`sobbed the lad's mum, Tracey`: the owner's noun leads to the one owned,
                    # when that is the cue's own object or subject)
                    while self._heads[tok.i].i > tok.i and (
                        tok.dep_ in ("compound", "amod", "flat", "nmod")
                        or tok.dep_ == "poss" and self._heads[self._heads[tok.i].i].i == cue.i
                    ):
                        tok = self._heads[tok.i]
                    return self._name_ending_phrase(tok) or tok
        for tok in (self._tokens[cue.i + 1] if cue.i + 1 < len(self.doc) else None,
                    self._tokens[cue.i - 1] if cue.i > 0 else None):
            if tok is not None and tok.pos_ in ("PROPN", "PRON") and not self.in_quote(tok):
                if self._a_day(tok):
                    continue  # "said Tuesday that": the day, not who said it
                if tok.lower_ == "it" and self._heads[tok.i].i == cue.i and tok.dep_ == "dobj":
                    continue  # `as he put it`: the idiom's object, not a speaker
                while tok.i > cue.i and tok.dep_ in ("compound", "flat") and self._heads[tok.i].i > tok.i \
                        and self._heads[tok.i].pos_ == "PROPN" and not self.in_quote(self._heads[tok.i]):
                    # `Said Inspector Callum Reid: "..."`: the name's head, title and all
                    tok = self._heads[tok.i]
                return tok
        return None

    def _age_after_determiner(self, det: Token) -> Token | None:
        """ "old" of "the 51-year-old" opening at ``det``, or None. A person described by
        an age alone is a noun phrase the parser splits at its hyphens (and often makes
        "old" an adjective): it is found from its determiner, not its head noun."""
        if det.lower_ not in ("the", "this") or self.in_quote(det):
            return None
        for old in self.doc[det.i + 1 : det.i + 6]:
            if old.lower_ == "old":
                age = self._age_description(old)
                if age is None or age.start() != det.idx or self.in_quote(old):
                    return None
                noun = self._heads[old.i]  # "the 38-year-old mother of three": the noun it describes
                return noun if noun.i > old.i and noun.pos_ == "NOUN" and old.dep_ == "amod" else old
        return None

    def _name_after_role(self, noun: Token) -> Token | None:
        """`"...," admitted coach Imke Solberg`: a lowercase role noun the parser split
        from the name right after it (the name made a second subject or an adverb of the
        cue) is the name's title; the person named speaks. None when no person's name
        starts right after the noun or the name is the noun's own phrase."""
        if noun.pos_ != "NOUN" or not noun.text.islower() or noun.i + 1 >= len(self.doc):
            return None
        first = self._tokens[noun.i + 1]
        if first.text == "," and noun.i + 2 < len(self.doc) and noun.dep_ == "dobj" and self._heads[noun.i].i < noun.i and any(
            c.dep_ == "poss" for c in self._kids[noun.i]
        ):
            # `"...," added the teen's aunt, Sharon Price, 41.`: the name set off after a
            # described role the parser made the cue's object, and the name an adverb
            first = self._tokens[noun.i + 2]
        if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or self.in_quote(first):
            return None
        ent = self._entity_at(first.i)
        if ent is None or ent.start != first.i:
            return None
        name = ent.root
        if self._heads[name.i].i == noun.i or any(t.i == name.i for t in noun.subtree):
            return None
        return name

    @staticmethod
    def _a_day(token: Token) -> bool:
        """A date or a calendar word ("Tuesday", "today") outside a name ("USA Today")."""
        return token.ent_type_ in ("DATE", "TIME") or (
            token.lower_ in lexicon.CALENDAR_WORDS and token.ent_type_ not in ("ORG", "PERSON", "WORK_OF_ART")
        )

    def _person_before_cue(self, cue: Token) -> Token | None:
        """`Col. Ada Voss, a spokeswoman in Dover, said, "..."`: when the parse leaves the
        cue without a subject, the last person named before it in its sentence, outside
        a prepositional or possessive phrase, speaks."""
        sent = cue.sent
        people = [
            ent
            for ent in self.ents
            if ent.label_ == "PERSON"
            and sent.start <= ent.start
            and ent.end <= cue.i
            and ent.root.dep_ not in ("pobj", "poss", "dobj")
            and not self.in_quote(ent.root)
        ]
        return people[-1].root if people else None

    def _name_after_quote(self, q: QuoteSpan, cue: Token) -> Token | None:
        """`"X," Gene Sperling, a top adviser, said`: the parser often hangs the name on a
        verb inside the quote, leaving the cue without a subject. A person named right
        after the close mark, before the cue, is the speaker."""
        span = self.char_span(q.close_end, cue.idx)
        first = next((t for t in span if not t.is_punct and not t.is_space), None) if span else None
        if first is None or self.in_quote(first):
            return None
        aged = (  # `"...," Ramos, 58, told AFP`
            first.i + 4 == cue.i
            and self._tokens[first.i + 1].text == ","
            and self._tokens[first.i + 2].like_num
            and self._tokens[first.i + 3].text == ","
        )
        lone_name = (first.i + 1 == cue.i or aged) and first.is_title and first.is_alpha
        if lone_name and first.pos_ == "ADV" and any(c.dep_ == "nsubj" and c.i > cue.i for c in self._kids[cue.i]):
            return None  # `"..." So said Ada Ruiz`: an adverb fronts the inverted cue
        head = first
        while head.dep_ in ("compound", "flat") and head.i < self._heads[head.i].i < cue.i:
            head = self._heads[head.i]  # "Representative Steve Cohen": the title leads to the name
        if (
            head.ent_type_ != "PERSON"
            and first.ent_type_ != "PERSON"
            and first.lower_ not in ("he", "she")
            and not lone_name
            and not self._appositive_name(head, cue)
        ):
            # `"...," From said`, `"...," Will wrote`: one capitalised word between the
            # marks and the cue is the speaker's name, whatever the tagger made of it.
            return None
        return head

    def _named_in_apposition(self, noun: Token) -> bool:
        """`The harpist, Dr. Solveig Amundsen, put it simply:`: a role noun the lexicon
        does not list still stands for a speaker when a proper name in apposition says
        who it is."""
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" and self.can_speak(c) for c in self._kids[noun.i])

    def _appositive_name(self, head: Token, cue: Token) -> bool:
        """`"...," Ramos, 58, told AFP`, `"...," city delegate Tom Eastwood, wearing a
        hat, said`: a proper name closed by a comma, an aside, and a comma right before a
        finite cue is the cue's subject, even when the tagger called the name an
        organisation or the parser hung it on the quote."""
        nxt = head.i + 1
        return (
            head.pos_ == "PROPN"
            and head.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")
            and nxt < cue.i - 1
            and self._tokens[nxt].text == ","
            and self._tokens[cue.i - 1].text == ","
            and cue.tag_ in ("VBD", "VBZ")
            and not any(t.is_sent_start for t in self.doc[head.i + 1 : cue.i + 1])
            and self.can_speak(head)
        )

    def _after_quote(self, cue: Token) -> bool:
        """The cue follows a closing quote mark, at most a comma and a word between."""
        back = self.text[max(0, cue.idx - 40) : cue.idx].rstrip()
        for i in range(len(back) - 1, max(-1, len(back) - 30), -1):
            qi = self.quote_of_char[max(0, cue.idx - 40) + i]
            if qi >= 0:
                between = self.text[self.quotes[qi].close_end : cue.idx]
                return len(between.split()) <= 4 and not re.search(r"[.!?]", between)
        return False

    def _right_after_quote(self, cue: Token, paragraphs: bool = True) -> bool:
        """Only punctuation between a closing quote mark and the cue: an inversion.
        With ``paragraphs`` false, not across a paragraph break: a paragraph that opens
        on a question (`Asked about the deal, Ruiz said ...`) is no inversion of the
        quote closing the one before."""
        pos = cue.idx
        while pos > 0 and (self.text[pos - 1].isspace() or self.text[pos - 1] in ",;:" + DASHES):
            if not paragraphs and self.text[pos - 1] == "\n" and "\n" in self.text[max(0, pos - 3) : pos - 1]:
                return False
            pos -= 1
        return pos > 0 and self.quote_of_char[pos - 1] >= 0

    def _reported_clause_start(self, cue: Token, q: QuoteSpan) -> int | None:
        """Where a reported clause starts when words of it precede the quote.

        `warned that Russian troops could invade Ukraine "at any time"` is mixed: the
        clause begins at "Russian". `said in a statement: "..."` and `added that "..."`
        are direct: nothing of the clause stands outside the marks.
        """
        span = self.char_span(cue.idx + len(cue), q.open_start)
        if span is None:
            return None
        tokens = [t for t in span if t.idx < q.open_start]
        words = [t for t in tokens if not t.is_punct and not t.is_space]
        if not words:
            return None
        if words[-1].lower_ == "that":
            return None
        that = [t for t in words if t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "det")]
        if that:
            rest = [t for t in words if t.i > that[-1].i]
            return rest[0].idx if rest else None
        verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
        if verbs and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in words):
            clause_tokens = [t for t in words if self._heads[t.i].i >= verbs[0].i or t.i >= verbs[0].i]
            first = min(
                (t for t in words if t.dep_ in ("nsubj", "nsubjpass", "expl")),
                key=lambda t: t.i,
            )
            first_tok = min(first.subtree, key=lambda t: t.i)
            return first_tok.idx if clause_tokens else None
        return None

    @staticmethod
    def _past_agent(cue: Token, q: QuoteSpan) -> int:
        """How far into the words between a passive cue and its fragment its by-phrase
        reaches (`was described by Greta Roe as "reckless"`): the agent is who spoke, and
        what was said starts after it. 0 with no agent there."""
        after = cue.idx + len(cue)
        for agent in kids(cue):
            if agent.dep_ != "agent" or agent.idx < after or agent.idx >= q.open_start:
                continue
            last = agent.right_edge
            if last.idx >= q.open_start:
                # `by inspectors as "a floating wreck"` with the "as" phrase hung on the
                # agent: the agent ends with its noun
                last = next((c for c in kids(agent) if c.dep_ == "pobj" and c.idx < q.open_start), None)
                if last is None or any(t.idx < q.open_start and t.i > last.i and t.dep_ != "prep" for t in last.rights):
                    continue
            return last.idx + len(last) - after
        return 0

    def _mixed_end(self, q: QuoteSpan, cue: Token | None = None) -> int:
        """A mixed clause ends where its sentence does, quoted fragment included, or
        where the cue's own next predicate starts ("called them 'rapists' and promised
        to build a wall")."""
        end = self._sentence_end(q)
        occasion = self._occasion_after(q)
        if occasion is not None:
            end = min(end, occasion)
        if cue is not None:
            for c in self._kids[cue.i]:
                if c.dep_ == "agent" and c.idx >= q.close_end:
                    # `was called "reckless" by Greta Roe`: the by-phrase after the
                    # fragment names who spoke; it is not part of what was said
                    end = min(end, self._stop_after(q, c.idx))
                    continue
                if _has_that(c):
                    continue  # "said that A and that B": B is said too
                if c.dep_ == "conj" and c.pos_ == "VERB" and c.idx >= q.close_end and not self._backshifted(c, cue):
                    end = min(end, self._stop_after(q, _joined_start(c, q.close_end).idx))
            for head in (cue, *cue.ancestors):
                for c in head.rights:
                    if self._contrast_after_fragment(q, c):
                        # `called the deal "historic" while Stark dismissed it as ...`,
                        # `defend his remarks calling it "strong" when it ...`: another
                        # subject's act set beside or after the speaker's words
                        end = min(end, self._stop_after(q, c.left_edge.idx))
            clause = self._subordinate_clause(cue)
            if clause is not None:
                last = max(clause.subtree, key=lambda t: t.i)
                end = min(end, self._stop_after(q, last.idx + len(last)))
            governing = self._governing_predicate_after(q, cue)
            if governing is not None:
                end = min(end, self._stop_after(q, governing))
            second = self._second_cue_after(q, cue, end)
            if second is not None:
                end = min(end, self._stop_after(q, second))
        return end

    def _contrast_after_fragment(self, q: QuoteSpan, clause: Token) -> bool:
        """``clause`` is an adverbial clause the parser hung on the cue after the
        fragment's close mark, opened by a conjunction of contrast or time ("while",
        "whereas", "although", "after", "when" ...) and with a subject of its own: it
        sets another act beside the speaker's words (`called the deal "historic" while
        Stark hated it`) or dates them, so the words end before it. A clause hung on
        the reported verb instead is the speaker's own (`said the plan was "bold"
        while ...` keeps it only when the parse says so)."""
        if clause.dep_ != "advcl" or clause.idx < q.close_end or not _has_subject(clause):
            return False
        first = clause.left_edge
        return (
            first.dep_ in ("mark", "advmod")  # ("when" is an adverb of the clause)
            and self._heads[first.i].i == clause.i
            and first.lower_ in lexicon.CONTRAST_TIME_MARKS
            and first.idx >= q.close_end
            and self.quote_of_char[first.idx] < 0
        )

    def _occasion_after(self, q: QuoteSpan) -> int | None:
        """`called the vote "rigged" in a tweet Tuesday`, `described as a "real woman" in a
        blog post`: an "in"/"during a(n) <occasion>" phrase right after the closing mark
        tells where the words were given, not more of them; the content ends at the mark."""
        after = self.char_span(q.close_end, min(len(self.text), q.close_end + 60))
        words = [t for t in after if not t.is_space] if after is not None else []
        if words and words[0].text == ",":
            words = words[1:]
        pobj = _occasion_object(words[0]) if words else None
        if pobj is None or self.in_quote(pobj):
            return None
        return q.close_end

    def _second_cue_after(self, q: QuoteSpan, cue: Token, end: int) -> int | None:
        """Where the speaker's next speech act starts after the fragment, when the parse
        hangs it on the reported verb instead of the cue: `called it "a brilliant idea
        stretched thin" and argued that ...`, `said the mayor had "given away the
        waterfront" and called for ...`. A coordinated verb after the close mark that
        is a cue with a clause of its own (`_starts_own`), and not the reported clause
        going on in backshifted tense, starts a second item (before its joiner)."""
        span = self.char_span(q.close_end, end)
        for t in span or ():
            if (
                t.dep_ == "conj"
                and t.pos_ == "VERB"
                and self._heads[t.i].i != cue.i
                and self._heads[t.i].i > cue.i
                and not _has_subject(t)
                and not self._backshifted(t, cue)
                and self._starts_own(t)
            ):
                return _joined_start(t, q.close_end).idx
        return None

    def _governing_predicate_after(self, q: QuoteSpan, cue: Token) -> int | None:
        """Where a predicate above the cue starts, when it comes after the quote.

        `De Blasio, speaking on radio, called Trump a "blowhard," and said ...`, `Beck,
        who described Trump as "a narcissist," clearly meant ...`: the cue modifies the
        subject of a later verb; that verb governs the cue, so it cannot be part of what
        the cue reports. Nor can the next act of the clause the cue hangs on (`promoted
        humility, advising graduates to "work hard," and telling another class ...`), a
        verb coordinated with one above the cue, with no subject of its own. The content
        ends before it (and before its subject and joiner, when they too follow the
        marks). A quotation is never cut."""
        inside = {t.i for t in cue.subtree}
        heads = [self._predicate_of_cue_subject(cue), *self._next_acts_above(cue)]
        starts = [
            self._predicate_start(q, head, inside)
            for head in heads
            if head is not None and head.pos_ in ("VERB", "AUX") and head.idx >= q.close_end
        ]
        starts = [s for s in starts if self.quote_of_char[s] < 0]
        return min(starts, default=None)

    @staticmethod
    def _next_acts_above(cue: Token) -> list[Token]:
        """Verbs coordinated with a governor of the cue that share its subject: the
        clauses up to there have no subject of their own (a participle, an infinitive),
        the governor comes before the cue (a verb after it may head the content: `whom
        she cited, were "fed" and housed`) and the conjunct has no subject either."""
        acts = []
        below = cue
        for head in cue.ancestors:
            if _has_subject(below):
                break  # `were upset after Obama called them "fat cats"`: not one actor
            if head.i < cue.i:
                acts += [
                    c
                    for c in head.rights
                    if c.dep_ == "conj"
                    and c.pos_ == "VERB"
                    and not cue.is_ancestor(c)
                    and not _has_subject(c)
                ]
            below = head
        return acts

    def _predicate_start(self, q: QuoteSpan, head: Token, inside: set[int]) -> int:
        """The first character of ``head``'s words after the quote (its subject, its
        joiner), the cue's own words ``inside`` excepted."""
        first = head
        while first.i > 0:
            prev = self._tokens[first.i - 1]
            if (
                prev.idx < q.close_end
                or prev.i in inside
                or not (head.is_ancestor(prev) or prev.dep_ in ("cc", "punct") or prev.is_space)
            ):
                break
            first = prev
        return first.idx

    @staticmethod
    def _predicate_of_cue_subject(cue: Token) -> Token | None:
        """The verb whose subject the cue sits in (`De Blasio, speaking on radio, called
        ... and said`), or, when the parser hangs the second predicate on the subject
        noun itself as a conjunct (`Ruiz, called ... and said`), that conjunct. A naming
        participle (`a blog called the "Feed," ... pumps out`) only names its noun, and
        naming items keep the span they have: none."""
        if cue.dep_ == "acl" and head_of(cue).pos_ == "NOUN" and cue.lemma_.lower() in lexicon.NAMING_PARTICIPLES:
            return None
        below = cue
        for head in cue.ancestors:
            if below.dep_ in SUBJECT_DEPS:
                return head
            below = head
        if cue.dep_ in ("acl", "relcl") and head_of(cue).pos_ in ("PROPN", "NOUN"):
            return next((c for c in head_of(cue).rights if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > cue.i), None)
        return None

    def _comparison_after(self, cue: Token, last: Token) -> Token | None:
        """`said the toll is "peanuts," compared to what the owners charge`: a
        comparison the parser hangs on the cue right after the clause (past the comma
        in the close mark) is the speaker's measure of the claim, part of it; its last
        token. Not a share set beside another group's answer (`said yes, compared with
        23 percent who ...`), the writer's poll arithmetic."""
        comp = next((c for c in cue.rights if c.i > last.i), None)
        if comp is None or comp.dep_ != "prep" or comp.lower_ not in ("compared", "comparing"):
            return None
        between = self.doc[last.i + 1 : comp.i]
        if not all(t.is_punct and t.text not in (";", ":") for t in between):
            return None
        words = list(comp.subtree)
        if any(t.like_num or t.dep_ == "relcl" for t in words):
            return None
        return words[-1]

    @staticmethod
    def _backshifted(conj: Token, cue: Token) -> bool:
        """ `said the pumps were "very old" and had failed twice`: the parser hangs a
        predicate after the quoted fragment on the cue, but a past perfect or a modal
        after a past-tense cue is the reported clause going on (backshifted), not a
        second act of the speaker ("called them 'rapists' and promised ...")."""
        if cue.tag_ != "VBD":
            return False
        auxes = [a.lower_ for a in _auxes_before(conj)]
        if not auxes:
            # `said it would "unlock growth" and cut journey times`: a bare infinitive
            # cannot go on a past-tense cue; it shares the reported clause's modal.
            return conj.tag_ == "VB"
        return auxes[0] in lexicon.BACKSHIFT_AUX

    def _stop_after(self, q: QuoteSpan, stop: int) -> int:
        """``stop`` moved back over spaces, commas and semicolons, never before ``q``'s
        close mark: where a mixed clause cut at ``stop`` ends."""
        while stop > q.close_end and (self.text[stop - 1].isspace() or self.text[stop - 1] in ",;"):
            stop -= 1
        return max(stop, q.close_end)

    @staticmethod
    def _subordinate_clause(cue: Token) -> Token | None:
        """The clause a cue heads when it is subordinate to a main clause that follows
        (`When Roe said X "..." , the mayor left`, `In calling it "a farce," Roe ...`):
        what was said ends with that clause, not with the sentence."""
        head = cue
        if head.dep_ == "pcomp" and head_of(head).dep_ == "prep":
            head = head_of(head)
        if head.dep_ not in ("advcl", "prep") or head_of(head).i <= cue.i:
            return None
        marks = [c.lower_ for c in kids(head) if c.dep_ == "mark"]
        if head.dep_ == "advcl" and (not marks or "as" in marks):
            return None  # `As Roe said, X "..."`: the aside reports the main clause
        return head

    def _sentence_end(self, q: QuoteSpan) -> int:
        """Where the sentence holding quote ``q`` ends (marks of other quotes skipped)."""
        p_start, p_end = self.para_of(q.open_start)
        pos = q.close_end
        after = self.text[q.close_end : p_end].lstrip()
        # `"... welfare." Rubio has ...`: the marks close the sentence.
        closed = self.text[q.start : q.end].rstrip()[-1:] in (".", "!", "?") and after[:1].isupper()
        while pos < p_end and not closed:
            ch = self.text[pos]
            qi = self.quote_of_char[pos]
            if qi >= 0:
                pos = self.quotes[qi].close_end
                continue
            if ch in ".!?;" or ch == "\n":
                break
            pos += 1
        end = pos
        while end > q.start and (self.text[end - 1].isspace() or self.text[end - 1] in ",."):
            end -= 1
        return end

    def _title_period(self, pos: int) -> bool:
        """The period at ``pos`` closes a title or an initial before a name ("Mr.
        Trump", "Sen. Ann Roe", "Richard J. Durbin"), not a sentence."""
        if self.text[pos : pos + 1] != "." or not re.match(r"\s+[A-Z]", self.text[pos + 1 : pos + 4]):
            return False
        m = re.search(r"(?:^|[\s(])([A-Za-z]+)$", self.text[max(0, pos - 12) : pos])
        if m is None:
            return False
        word = m.group(1)
        return (len(word) == 1 and word.isupper()) or word.lower() in lexicon.NAME_TITLE_ABBREVIATIONS

    def _sentence_start(self, char: int) -> int:
        p_start, _ = self.para_of(char)
        pos = char
        while pos > p_start:
            ch = self.text[pos - 1]
            if ch == "\n":
                break  # a line break ends a sentence even inside one blank-line paragraph
            qi = self.quote_of_char[pos - 1]
            if qi < 0 and ch in ".!?" and self.text[pos : pos + 1].isspace() and not self._title_period(pos - 1):
                break
            if (
                qi >= 0
                and self.quotes[qi].close_end == pos
                and self.text[self.quotes[qi].start : self.quotes[qi].end].rstrip()[-1:] in (".", "!", "?")
                and self.text[pos : pos + 1].isspace()
            ):
                break  # `... as "anti-system." "What we have ...`: the marks closed it
            pos -= 1
        dateline = self._datelines.get(p_start)
        if dateline is not None and pos < dateline <= char:
            pos = dateline  # "LONDON (Reuters) - " is no lead of the first sentence
        while pos < char and self.text[pos].isspace():
            pos += 1
        return pos

    def _inside_markup(self, start: int, end: int) -> tuple[int, int]:
        """``text[start:end]`` without the tags or bold marks at its edges (`<b>Dev Patel`)."""
        while True:
            m = MARKUP_EDGE.match(self.text, start, end)
            if not m or m.end() == start:
                break
            start = m.end()
        while start < end:
            # (`MARKUP_EDGE_END` ends on ">" or "**", right before the end or a final
            # line break: a span ending otherwise, as nearly all do, is left without the
            # slice and the search, which tried every position of it)
            last = self.text[end - 1]
            if last == "\n" and end - 1 > start:
                last = self.text[end - 2]
            if last not in ">*":
                break
            m = MARKUP_EDGE_END.search(self.text[start:end])
            if not m or m.start() == m.end():
                break
            end = start + m.start()
        return (start, end) if start < end else (start, start)

    def _after_dateline(self, start: int, end: int) -> int:
        """``start`` moved past a dateline that ``text[start:end]`` begins with."""
        if not self._datelines:
            return start  # (most articles have none: no paragraph looked up)
        dateline = self._datelines.get(self.para_of(start)[0])
        return dateline if dateline is not None and start < dateline < end else start

    def _quoting_lead(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`Frank quotes former adviser Ann Roe: "..."`, `ended her speech by quoting
        Dante: "..."`: a verb of quoting, its object, then a colon or dash before the
        quotation (in the same paragraph or ending the one before).

        The writer reports that the subject quoted someone: the item runs from the
        quoted author to the close mark and is the subject's, a mixed item.
        """
        lead_start = p_start
        if not self.text[p_start : q.open_start].strip():
            prev = self._previous_paragraph(p_start)
            if prev is None:
                return None
            lead_start = prev[0]
        lead = self.text[lead_start : q.open_start].rstrip()
        if not lead.endswith((":", *DASHES)):
            return None
        end = lead_start + len(lead)
        span = self.char_span(max(lead_start, self._sentence_start(end - 1)), end)
        if span is None:
            return None
        verbs = [t for t in span if t.lemma_.lower() in lexicon.QUOTING_VERBS and t.pos_ == "VERB"]
        if not verbs:
            return None
        verb = verbs[-1]
        obj = self._tokens[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if (
            obj is None
            or obj.idx >= end - 1
            or self.in_quote(verb)
            or self._quote_ids(verb.idx, end)
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in self._kids[verb.i])
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in self._kids[verb.i])
            or len(self.doc[verb.i : span.end]) > 14
        ):
            return None
        subject = self.subject_of(verb)
        mention = self.mention_span(subject) if subject is not None else None
        return Candidate(
            "mixed", obj.idx, q.end, self.cue_span(verb), mention, 0.75 if mention else 0.5, {qi}, verb.i
        )

    def _colon_intro(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`Stoltenberg said:` ending the previous paragraph introduces this quote."""
        prev_para = self._previous_paragraph(p_start)
        if prev_para is None:
            return None
        s, e = prev_para
        if not self.text[s:e].rstrip().endswith(":"):
            return None
        if _without_bullet(self.text[p_start:q.open_start]).strip():
            return None
        cue = self._last_cue_in(s, e)
        if cue is None:
            return self._colon_line(q, qi, s, e) or self._colon_subject(q, qi, s, e)
        subject = self.subject_of(cue)
        mention = self.mention_span(subject) if subject is not None else None
        return Candidate("direct", q.start, q.end, self.cue_span(cue), mention, 0.85, {qi}, cue.i)

    def _colon_line(self, q: QuoteSpan, qi: int, s: int, e: int) -> Candidate | None:
        """A short line naming a person and ending in a colon introduces the quotation
        paragraph after it, whatever its verb (`Jared Potts echoed:`, `Stated Stone:`)."""
        span = self.char_span(s, e)
        if span is None or len(span) > 12 or self.in_boilerplate(s):
            return None
        people = [ent for ent in self.ents if ent.label_ == "PERSON" and s <= ent.start_char < e]
        if len(people) != 1 or self._quote_ids(s, e):
            return None
        person = people[0]
        return Candidate(
            "direct", q.start, q.end, None, (person.start_char, person.end_char), 0.7, {qi}
        )

    def _colon_subject(self, q: QuoteSpan, qi: int, s: int, e: int) -> Candidate | None:
        """`The minister set out her plan on Monday:` ending the previous paragraph, the
        quote paragraph after it: the colon announces the words, and the one who acts in
        the sentence before it (its subject, someone who can speak) says them, whatever
        the verb, as with a colon inside one paragraph (`_colon_lead`)."""
        subject = self._colon_sentence_subject(e)
        if subject is None:
            return None
        return Candidate("direct", q.start, q.end, None, self.mention_span(subject), 0.7, {qi})

    def _colon_sentence_subject(self, e: int) -> Token | None:
        """The subject (someone who can speak) of the short sentence that ends in the
        colon at ``e``, whatever its verb (`The governor was blunt:`), or None."""
        span = self.char_span(self._sentence_start(e - 1), e)
        if span is None or not len(span) or len(span) > 25 or self._quote_ids(span.start_char, e):
            return None
        root = span.root
        subject = next((c for c in self._kids[root.i] if c.dep_ == "nsubj"), None)
        if subject is None or root.pos_ not in ("VERB", "AUX") or not self.can_speak(subject):
            return None
        if subject.lower_ in ("it", "this", "that", "there") or any(c.dep_ == "neg" for c in self._kids[root.i]):
            # `Wait, it gets better:`: the writer's aside, not someone's introduction
            return None
        return subject

    def _bare_cue_before(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`Sam Lau said in a statement. "There are no ..."`: a cue with nothing said right
        before the quote introduces it."""
        start = max(p_start, q.open_start - 300)
        across = not self.text[p_start : q.open_start].strip()
        if across:
            # `Sam Lau said in a statement.` closing the paragraph before, with no
            # quotation in it, introduces the quote that opens this one.
            prev_para = self._previous_paragraph(p_start)
            if prev_para is None or self._quote_ids(*prev_para):
                return None
            start = max(prev_para[0], prev_para[1] - 300)
            lead = self.text[start : prev_para[1]].rstrip()
            if not lead.endswith("."):
                return None
        else:
            lead = self.text[start : q.open_start].rstrip()
            if not lead.endswith((".", ":")) or self.text[start + len(lead) : q.open_start].count("\n") > 2:
                return None
        sent_start = self._sentence_start(start + len(lead) - 1)
        cue = self._last_cue_in(sent_start, start + len(lead))
        if across and cue is not None and cue.dep_ in ("acl", "relcl", "amod"):
            return None  # "superdelegates pledged to Clinton": a participle describing a noun
        if cue is not None and cue.dep_ in ("acl", "relcl") and self._reporting_ancestor(cue) is None:
            # `"A," Vrba told reporters, referring to bruises that Roe showed. "B?"`: a clause
            # describing a noun, inside no report, is no report of the quote after it.
            return None
        event = None
        if cue is None:
            cue = event = self._speech_event_in(sent_start, start + len(lead))
        if cue is None or any(
            c.dep_ in ("ccomp", "xcomp", "dobj") and c.pos_ != "NOUN" or self.in_quote(c)
            for c in self._kids[cue.i]
        ):
            return None
        if event is None and any(c.dep_ == "dobj" and not self._given_words(c) for c in self._kids[cue.i]):
            return None
        outer = self._reporting_ancestor(cue)
        if outer is not None:
            # `She says people should use the room they prefer. "..."`: "prefer" is in
            # what she says; the quote goes on with her report.
            cue = outer
        subject = self.subject_of(cue)
        if subject is None:
            return None
        if cue.lemma_.lower() in lexicon.RECIPROCAL_VERBS and (
            subject.lower_ == "they" or any(c.dep_ == "conj" for c in self._kids[subject.i])
        ):
            return None  # `Ada Roe and her brother disagree about the sale.`: whose words is not said
        return Candidate(
            "direct", q.start, q.end, self.cue_span(cue), self.mention_span(subject), 0.75, {qi}, cue.i
        )

    def _speech_event_in(self, start: int, end: int) -> Token | None:
        """`Ebo Mensah spoke to the crowd outside the stadium.`, `She addressed the
        delegates.`: a sentence whose main verb is an act of speaking, with no words of
        its own, introduces the quote right after it (what was spoken); its object is
        the audience, not the content."""
        span = self.char_span(start, end)
        if span is None:
            return None
        root = span.root
        if (
            root.lemma_.lower() not in lexicon.SPEECH_EVENT_VERBS
            or root.pos_ != "VERB"
            or self.in_quote(root)
            or any(c.dep_ == "neg" for c in self._kids[root.i])
        ):
            return None
        return root

    def _reporting_ancestor(self, tok: Token) -> Token | None:
        """The speech verb whose reported clause holds ``tok``, if any."""
        child = tok
        for anc in tok.ancestors:
            if (
                child.dep_ in ("ccomp", "xcomp")
                and anc.pos_ == "VERB"
                and anc.lemma_.lower() in lexicon.SPEECH_VERBS
                and not self.in_quote(anc)
            ):
                return anc
            child = anc
        return None

    def _colon_before(self, pos: int, p_start: int) -> bool:
        """Whether the last non-space character before ``pos`` in its paragraph is a colon.

        Without this test first, every quotation paid a scan back to its sentence start,
        the whole paragraph when it has no sentence break: 20,000 quote marks in one
        unpunctuated line (`\\"\\"\\"...`) took minutes.
        """
        i = self._end_of_text_before(pos, p_start)
        return i > p_start and self.text[i - 1] == ":"

    def _end_of_text_before(self, pos: int, p_start: int) -> int:
        """Where the text before ``pos`` in its paragraph (starting at ``p_start``) ends,
        the spaces before ``pos`` left out."""
        i = pos
        while i > p_start and self.text[i - 1].isspace():
            i -= 1
        return i

    def _owner_mention(self, owner: Token) -> tuple[int, int]:
        """The mention of the owner of a verdict or answer noun (`Ada Ruiz's verdict`),
        without its "'s"."""
        start, end = self.mention_span(owner)
        genitive = re.search(r"\s*['\u2019]s?$", self.text[start:end])
        if genitive and genitive.start() > 0:
            end = start + genitive.start()
        return start, end

    def _question_lead(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`The coach's verdict? "Not good enough."`, `His answer? "Never."`: a verdict or
        answer noun with its owner, asked as a one-phrase question right before the
        quotation, labels it as a colon would; the owner speaks."""
        i = self._end_of_text_before(q.open_start, p_start)
        if i <= p_start or self.text[i - 1] != "?":
            return None
        span = self.char_span(max(self._sentence_start(i - 1), p_start), i - 1)
        if span is None or not 1 < len(span) <= 6 or self.in_quote(span[0]):
            return None
        # (the phrase's head: `Her message to the protesters? "Go home."`)
        noun = span.root if all(t.i == span.root.i or span.root.is_ancestor(t) for t in span) else span[-1]
        if noun.lemma_.lower() not in lexicon.VERDICT_NOUNS or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        owner = next((c for c in self._kids[noun.i] if c.dep_ == "poss"), None)
        if owner is None or not self.can_speak(owner):
            return None
        return Candidate("direct", q.start, q.end, (noun.idx, noun.idx + len(noun)), self._owner_mention(owner), 0.7, {qi})

    def _words_owner_lead(self, start: int, colon: int) -> tuple[Token, tuple[int, int]] | None:
        """Whose words a lead before a colon says the quotation is, with the cue as it is
        after a comma ("In Maria Lopez's words", "in the words"): `In Maria Lopez's
        words:`, `Or, in the words of one dairy farmer:` (never `In other words:`, the
        writer rephrasing); else None."""
        lead = self.text[start:colon]
        m = WORDS_OWNER_LEAD.fullmatch(lead)
        if m is None and "words" in lead:
            # `The result, in the words of one nurse: "..."`: the phrase set off after
            # the writer's noun still names whose words follow (the noun is no speaker).
            for comma in (i for i, ch in enumerate(lead) if ch == ","):
                m = WORDS_OWNER_LEAD.fullmatch(lead, comma + 1)
                if m is not None:
                    break
        if m is None:
            return None
        # (`The season, in his words:`: a possessive pronoun owns them as a name does;
        # the resolver finds whom it stands for)
        group = "of" if m.group("of") else "pron" if m.group("pron") else "poss"
        span = self.char_span(m.start(group) + start, m.end(group) + start)
        if span is None or not len(span) or self.in_quote(span.root) or not self.can_speak(span.root):
            return None
        cue_end = m.end("the") if m.group("of") else m.end("pown") if m.group("pron") else m.end("own")
        return span.root, (start + m.start("in"), start + cue_end)

    def _colon_lead(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`Frank Newport and Jim Harter: "..."` and `From the report: "..."`."""
        if not self._colon_before(q.open_start, p_start):
            return None  # (checked first: finding the sentence start scans back over it)
        if _inside_writers_phrase(self.text, q):
            return None  # `The numbers: "record" profits and flat wages.`: a scare quote
        lead_start = max(self._sentence_start(q.open_start), p_start)
        if lead_start == q.open_start:
            # `Elias Vornholt (@MayorVornholt) on X:<newline>"..."`: the label on a line of
            # its own, which the line break made a sentence apart from the quotation.
            colon = self.text.rindex(":", p_start, q.open_start)
            lead_start = max(self._sentence_start(colon), p_start)
        lead = self.text[lead_start : q.open_start]
        if not lead.rstrip().endswith(":"):
            return None
        bullet = _BULLET_START.match(lead)
        if bullet and lead_start == p_start:
            # `- Tor Eklund, president of the union: "..."`: a list of reactions; the
            # bullet opening the item is no word of the label.
            lead_start += bullet.end()
            lead = lead[bullet.end() :]
        # "... are problematic - Pew Research:" and `Clinton: "..." Bush:`: the label
        # starts after a dash or a closed quotation.
        cut = max(
            (m.end() for m in re.finditer(r"\s[-\u2013\u2014]+\s*|[-\u2013\u2014]{2,}|[\u201d\"]\s", lead)),
            default=0,
        )
        if cut:
            lead_start += cut
            lead = self.text[lead_start : q.open_start]
            lead_start += len(lead) - len(lead.lstrip())
            lead = lead.lstrip()
            if lead.startswith("More from "):
                lead_start += len("More from ")
                lead = lead[len("More from ") :]
        colon = lead_start + lead.rstrip().rfind(":")
        span = self.char_span(lead_start, colon)
        if span is None or len(span) > 16:
            return None
        owned = self._words_owner_lead(lead_start, colon)
        if owned is not None:
            # `In Maria Lopez's words: "..."`, `Or, in the words of one farmer: "..."`
            owner, cue = owned
            return Candidate("direct", q.start, q.end, cue, self.mention_span(owner), 0.75, {qi})
        first = span[0]
        if first.pos_ == "ADP" and first.lower_ != "from" and not any(
            t.dep_ == "nsubj" and self._heads[t.i].tag_ in FINITE_TAGS and span.start <= self._heads[t.i].i < span.end for t in span
        ):
            # "About Tellmark:", "On the pier:": a heading, nobody's voice (but "In the
            # film, Roe recalls that night:" is a sentence, its subject the speaker)
            return None
        if (
            first.lower_ in lexicon.INVERTED_LEADS
            and len(span) > 1
            and first.i + 1 < len(self.doc)
            and span[1].pos_ in ("PROPN", "NOUN", "DET", "PRON", "NUM", "ADJ")
        ):
            # `Said Adeyemo: "..."`, `Added one resident: "..."`: an inverted cue opens
            # the lead; the rest names the speaker.
            return Candidate(
                "direct", q.start, q.end, (first.idx, first.idx + len(first)),
                (span[1].idx, colon), 0.75, {qi}, first.i,
            )
        named = self._name_on_topic(lead_start, lead)
        if named is not None:
            return Candidate("direct", q.start, q.end, (colon, colon + 1), named, 0.7, {qi})
        # "he returned to his familiar lines:": the subject speaks; without a verb
        # ("Frank Newport and Jim Harter:", "From the report:") the first noun does.
        subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN", "PRON")]
        if subjects and subjects[0].dep_ == "nsubjpass" and self._heads[subjects[0].i].lemma_.lower() in lexicon.ADDRESSEE_PASSIVES:
            return None  # `He was asked: "Will you resign?"`: the one asked does not speak
        if subjects and not self.can_speak(subjects[0]) and not self._named_in_apposition(subjects[0]):
            # `The timing does not surprise pollster Ada Ruiz:`: a thing as subject acts
            # on the person who then speaks; the object speaks. The "it" of "put it
            # simply:" is what is said, never who says it.
            heard = [
                c for c in self._kids[self._heads[subjects[0].i].i] if c.dep_ == "dobj" and self.can_speak(c) and c.lower_ != "it"
            ]
            subjects = heard or subjects
        nouns = subjects or [
            t
            for t in span
            if t.pos_ in ("PROPN", "NOUN")
            and (self._heads[t.i].i not in range(span.start, span.end) or t.dep_ in ("ROOT", "pobj"))
        ]
        if not nouns or (not subjects and len(span) > 10):
            return None
        # `Ada Ruiz's verdict: "..."`, `Her answer was simple: "No."`: the one whose
        # words the noun names speaks, not the words themselves.
        owner = next((c for c in self._kids[nouns[0].i] if c.dep_ == "poss"), None)
        if owner is None or nouns[0].lemma_.lower() not in lexicon.VERDICT_NOUNS or not self.can_speak(owner):
            owner = nouns[0]
        mention = self._owner_mention(owner) if owner is not nouns[0] else self.mention_span(owner)
        # `Roe: 'Never underestimate Vrba.'`: the parser may hang the quoted words on the
        # label's noun; the speaker is named before the colon, never inside the marks.
        if not lead_start <= mention[0] < mention[1] <= colon:
            if lead_start <= mention[0] < colon and self.text[mention[0] : colon].strip():
                # `Ada Ruiz said:“We stay.”` (no space after the colon: one token runs
                # over it): the mention is cut at the colon.
                mention = (mention[0], mention[0] + len(self.text[mention[0] : colon].rstrip()))
            else:
                mention = (owner.idx, owner.idx + len(owner))
        return Candidate("direct", q.start, q.end, (colon, colon + 1), mention, 0.7, {qi})

    def _name_on_topic(self, lead_start: int, lead: str) -> tuple[int, int] | None:
        """`Calloway on Vrba Releasing His Files: '...'`: a headline label "Name on topic"
        gives the speaker first and what they speak about after "on". The parser often
        reads a bare surname opening a title-case headline as a verb and makes a name of
        the topic the subject, so the name is taken by its form: up to three capitalised
        words before "on", the last the surname of a person the text names."""
        m = re.match(r"((?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*)\s+on\s", lead)
        if m is None:
            return None
        surname = m.group(1).split()[-1]
        if not any(
            ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == surname for ent in self.ents
        ):
            return None
        return lead_start, lead_start + m.end(1)

    def _previous_paragraph(self, p_start: int) -> tuple[int, int] | None:
        """The article paragraph before the one starting at ``p_start``. A page's furniture
        between the two (an "ADVERTISEMENT" slot, a photo caption, a "Read more:" link
        line; not the headline, which opens the text) is passed over: `Ruiz said:`, the
        advertisement, then `"We were poor."` is one introduction and its quotation."""
        k = bisect.bisect_right(self._para_ends, p_start)  # the last paragraph ending by then
        while k > 1 and self._furniture_paragraph(*self.paras[k - 1]):
            k -= 1
        return self.paras[k - 1] if k else None

    def _furniture_paragraph(self, start: int, end: int) -> bool:
        """A paragraph that is all boilerplate of the page (`in_boilerplate` at both ends)."""
        body = self.text[start:end]
        first, last = start + len(body) - len(body.lstrip()), start + len(body.rstrip()) - 1
        return self.in_boilerplate(first) and self.in_boilerplate(last)

    def _last_cue_in(self, start: int, end: int) -> Token | None:
        """The last cue of a stretch of text: a reporting verb, or the verb of a statement
        noun ("issued the following statement:")."""
        span = self.char_span(start, end)
        if span is None:
            return None
        for tok in reversed(span):
            if self.is_cue(tok):
                return tok
            if (
                self._given_words(tok)
                and tok.dep_ == "dobj"
                and self._heads[tok.i].pos_ == "VERB"
                and not self.in_quote(self._heads[tok.i])
            ):
                return self._heads[tok.i]
        return None

    def _given_words(self, noun: Token) -> bool:
        """A noun naming words given out, as the object of the verb before a quotation:
        a statement ("issued a statement"), or someone's warning, advice or verdict after
        a light verb ("Ruiz also had a warning for the government.", "gave his verdict"):
        the quotation after it is those words. ("ignored the warning" gives none.)"""
        lemma = noun.lemma_.lower()
        return lemma in lexicon.STATEMENT_NOUNS or (
            lemma in lexicon.VERDICT_NOUNS and self._heads[noun.i].lemma_.lower() in lexicon.LIGHT_VERBS
        )

    def _one_word_sentence(self, q: QuoteSpan) -> bool:
        """`'We'll see,' she said. 'Maybe.'`, `Reyes said: 'No.'`, `'Good,' said Reyes`: a
        capitalised word with its own stop (or the comma before a cue) inside the marks,
        opening a sentence, a paragraph or what a colon introduces, is an utterance of one
        word, not a scare quote (those sit inside a sentence: `the 'reform' left ...`)."""
        word = self.text[q.start : q.end].strip()
        lead = self.text[max(0, q.open_start - 4) : q.open_start]
        if not re.fullmatch(r"[A-Z][a-z]*[.!?,]", word):
            return False
        if q.open_start == self.para_of(q.open_start)[0] or re.search(r"[.!?][\"'\u201d\u2019]*\s+$", lead):
            return True
        return not word.endswith(",") and bool(re.search(r":\s+$", lead))

    def quoted_complements(self) -> list[Candidate]:
        """`called Trump a "pathological liar"`, `referred to Rubio as "a bright leader"`:
        a quotation that is the predicate of an object is a mixed item.

        The verb that frames the object need not be a speech verb ("rated it "True"",
        "dismissing them as part of the "Washington cartel""): the marks say someone
        used the words, and the frame says about whom. The content runs from the object
        to the end of the quotation's sentence; the verb's subject speaks.
        """
        out = []
        for qi, q in enumerate(self.quotes):
            if self.in_boilerplate(q.open_start):
                continue
            inner = self.char_span(q.start, q.end)
            if inner is None:
                continue
            head = inner.root
            labelled = self._label_read_as_object(head, q)
            if labelled is not None:
                verb = labelled
            elif (
                # `likened the crisis to "a slow-motion car crash"`: the likeness given
                head.dep_ == "pobj"
                and self._heads[head.i].lower_ == "to"
                and self._heads[self._heads[head.i].i].lemma_.lower() in ("liken", "compare")
                and not self.in_quote(self._heads[head.i])
            ):
                verb = self._heads[self._heads[head.i].i]
            elif head.dep_ == "oprd":
                verb = self._heads[head.i]
            elif head.dep_ in ("pobj", "amod") and self._heads[head.i].lower_ == "as" and not self.in_quote(self._heads[head.i]):
                # (`as "unfit to sail"`: an adjective the parser hangs on "as" as a modifier)
                verb = self._heads[self._heads[head.i].i]
                if verb.dep_ in ("dobj", "pobj") and verb.pos_ in ("NOUN", "PROPN", "PRON"):
                    verb = self._heads[verb.i] if verb.dep_ == "dobj" else self._heads[self._heads[verb.i].i]
                verb = self._past_relative_clause(verb, self._heads[head.i])
            else:
                continue
            if verb.pos_ not in ("VERB", "AUX") or verb.i >= head.i or self.in_quote(verb):
                continue
            if self._so_called(verb):
                continue  # `the so- called "special relationship"`: a scare quote
            obj = self._framed_object(verb, q)
            if obj is None and labelled is not None and head.left_edge.idx < q.open_start:
                # (the object read inside the label's own phrase: the item starts there)
                obj = head.left_edge
            # `the strike, which Lynch called "a last resort"`: the object is the
            # relative pronoun before the subject
            relative = self._relative_object(verb) if obj is None and head.dep_ == "oprd" else None
            if relative is not None and (self.is_title(q) or self._title_case_name(q)):
                continue  # `which officials have dubbed the "Canyon Complex,"`: a name given
            obj = obj if relative is None else relative
            passive = None
            if obj is None and self._names_its_noun(verb):
                passive = self._heads[verb.i]  # `a book called "X"`: the noun is what is named
            if obj is None and passive is None:
                passive = next((c for c in self._kids[verb.i] if c.dep_ == "nsubjpass"), None)
                if passive is None:
                    continue
            subject = self.subject_of(verb) if passive is None else None
            mention = self.mention_span(subject) if subject is not None else None
            if relative is not None and mention is not None and mention[0] == relative.idx:
                mention = (self._tokens[relative.i + 1].idx, mention[1])  # (not "which" itself)
            if mention is None and passive is None:
                continue
            start = obj.left_edge.idx if obj is not None else passive.left_edge.idx
            if relative is not None:
                # (the subject stands between the pronoun and the words: the item is the
                # quoted predicate, as PolNeAR marks "which" + the quotation)
                start = q.open_start
            if passive is not None:
                mention = None
                if passive.i == self._heads[verb.i].i:
                    # `she is writing a book called "X"`, `both oppose a formula called
                    # "Y"`: whoever acts on the named thing is who the item is about.
                    actor = self._actor_on(passive)
                    mention = self.mention_span(actor) if actor is not None else None
                else:
                    # `the plan was called "reckless" by Greta Roe`: the by-phrase of the
                    # passive names who used the words
                    agent = next((c for c in self._kids[verb.i] if c.dep_ == "agent"), None)
                    named = _agent_object(agent) if agent is not None else None
                    late = self._late_agent(head) if agent is None else None
                    if late is not None:
                        # `was described as "a disaster" by the union's head, Gwen Alder`:
                        # the parser hangs the agent on the quoted noun
                        named = self._name_after_comma(late) or late
                    # ("described by inspectors as": `_plural_agent`)
                    mention = (
                        self.mention_span(named)
                        if named is not None and (self.can_speak(named) or _plural_agent(named))
                        else None
                    )
            end = self._mixed_end(q, verb)
            # The quoted predicate's own phrase bounds the content: a relative clause on
            # it stays (`a "paperwork error" that was reported ...`), the verb's later
            # modifiers and a new clause do not (`a "clown" on his radio show`,
            # `a "nice guy" and he didn't ...`).
            last = max(self._phrase_end(head), q.close_end)
            end = min(end, last) if last > q.start else end
            if passive is not None and self._late_agent(head) is not None:
                end = q.close_end  # the agent after the marks is no part of the words
            if (
                self.text[q.start : q.end].rstrip().endswith(",") or self.text[q.close_end : q.close_end + 1] == ","
            ) and not self._label_list_goes_on(q):
                end = q.close_end  # `called China "expansionist," accusing it of ...`
            if relative is not None:
                # the quoted predicate alone, with the noun it modifies right after the
                # marks (`what Roe called a "let a thousand flowers bloom" approach`):
                # the parse of what follows (`"hell" than live in ...`) is no part of it
                end = self._label_noun_end(q, head)
            end = self._with_closing_bracket(start, end)  # (`"pastel de nata" (custard tart)`)
            if end <= start or mention and start <= mention[0] < end:
                continue
            confidence = 0.6 if mention else 0.4
            # Every quotation inside the content is part of it (`a "paperwork error" in a
            # "hit piece"`), not a direct quote of its own.
            qids = {qi} | self._quote_ids(start, end)
            out.append(
                Candidate(
                    "mixed", start, end, self.cue_span(verb), mention, confidence, qids, verb.i,
                    label=relative is not None,
                )
            )
        return out

    def _past_relative_clause(self, verb: Token, as_word: Token) -> Token:
        """`praised Tomas Vrba, who ended his bid on Saturday, as "a man who ..."`: the
        parser hangs the "as" phrase on the relative clause's verb, but a comma-led "as"
        right after that clause closes is the frame of the verb whose object the clause
        describes."""
        antecedent = self._heads[verb.i]
        if (
            verb.dep_ == "relcl"
            and self._tokens[as_word.i - 1].text == ","
            and verb.lemma_.lower() not in lexicon.CUE_LEMMAS
            and antecedent.dep_ == "dobj"
            and self._heads[antecedent.i].pos_ == "VERB"
            and self._tokens[verb.left_edge.i - 1].text == ","
        ):
            return self._heads[antecedent.i]
        return verb

    def _actor_on(self, noun: Token) -> Token | None:
        """The subject of the verb whose object (or object's prepositional object) is
        ``noun``: `shared a syllabus for a class called "X"` -> who shared it."""
        node = noun
        for _ in range(3):
            if node.dep_ == "dobj" and self._heads[node.i].pos_ == "VERB":
                subject = self.subject_of(self._heads[node.i])
                return subject if subject is not None and self.can_speak(subject) else None
            if node.dep_ == "pobj" and self._heads[node.i].dep_ == "prep" and self._heads[self._heads[node.i].i].pos_ == "NOUN":
                node = self._heads[self._heads[node.i].i]
                continue
            return None
        return None

    def _label_list_goes_on(self, q: QuoteSpan) -> bool:
        """`branded the law "cruel," "costly" and "pointless."`: after the comma another
        quotation opens at once, so the comma lists labels and does not end the words."""
        at = q.close_end
        while at < len(self.text) and self.text[at] in " ,\u00a0":
            at += 1
        return at > q.close_end and any(o.open_start == at for o in self.quotes)

    @staticmethod
    def _phrase_end(head: Token) -> int:
        """Where ``head``'s phrase ends, leaving out a verb the parse conjoined to it:
        in `called it "shameful" and called on leaders ...` the second verb is the
        speaker's next act, hung on the adjective by a misparse."""
        cut = {
            t.i
            for c in head.rights
            if c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            # (a conjunct in marks of its own is a second label, not a next act:
            # `described the defeat as "painful" and "totally deserved."`)
            and not (is_quote_char(c.left_edge.text) and not any(d.dep_ in SUBJECT_DEPS for d in c.children))
            for t in c.subtree
        }
        cut |= {c.i for c in head.rights if c.dep_ == "cc" and cut and c.i < min(cut)}
        rest = [t for t in head.subtree if t.i not in cut]
        last = max(rest, key=lambda t: t.i)
        if last.dep_ == "cc" and head_of(last).i == head.i and not any(c.dep_ == "conj" for c in kids(head)):
            # `called the pick "extreme" and someone who had "limited ..."`: the parse
            # hangs the conjunct on the verb as a second predicate; the phrase runs on
            # over it, or (no such sibling) ends before the stranded "and"
            sibling = next(
                (
                    c
                    for a in list(head.ancestors)[:2]
                    for c in kids(a)
                    if c.left_edge.i == last.i + 1 and c.dep_ in ("oprd", "dobj", "attr", "conj")
                ),
                None,
            )
            if sibling is not None:
                last = sibling.right_edge
            else:
                last = head.doc[last.i - 1]
        return last.idx + len(last)

    @staticmethod
    def _names_its_noun(verb: Token) -> bool:
        """`a website called "X"`, `the spot titled "Y,"`: a naming participle on a noun."""
        return (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and head_of(verb).pos_ == "NOUN"
            and verb.lemma_.lower() in lexicon.NAMING_PARTICIPLES
        )

    def _label_read_as_object(self, head: Token, q: QuoteSpan) -> Token | None:
        """`branded the budget "a con trick"`, `labelled the scheme "unworkable"`: after a
        verb of labelling the parser may read the quoted label as a second object, or as
        an adjective on the object it follows, or hang it on the object as an apposition
        (`labelled the budget "a con"`), an object of its own (`branded the pay offer
        "derisory"`) or its predicate (`labelled the record-keeping "chaotic"`). Either way
        it is the object's predicate (as the `oprd` of "called X "Y"" is): returns the
        labelling verb."""
        if head.dep_ == "dobj" and self._heads[head.i].dep_ != "dobj":
            verb = self._heads[head.i]
            if not any(c.dep_ == "dobj" and c.i < head.i and c.idx < q.open_start for c in self._kids[verb.i]) and not (
                # `labelled the law "vague"`: the object read as a modifier of the label
                verb.lemma_.lower() not in lexicon.NAMING_NOT_LABELLING
                and any(c.dep_ in ("nmod", "compound") and c.idx < q.open_start and not self.in_quote(c) for c in self._kids[head.i])
            ):
                return None
        elif head.dep_ in _LABEL_ON_OBJECT and self._heads[head.i].dep_ == "dobj" and self._heads[head.i].i < head.i:
            verb = self._heads[self._heads[head.i].i]
            if self._heads[head.i].right_edge.i < head.i or self._heads[head.i].idx >= q.open_start:
                return None
        elif (
            head.dep_ == "ccomp"
            and self._heads[head.i].lemma_.lower() not in lexicon.NAMING_NOT_LABELLING
            and self._small_clause_subject(head, q) is not None
        ):
            # `Weber branded the scheme "rushed" and "badly costed."`: the parser reads
            # the object and its quoted label as a small clause (object = its subject)
            verb = self._heads[head.i]
        else:
            return None
        return verb if verb.lemma_.lower() in lexicon.LABELLING_VERBS and verb.pos_ == "VERB" else None

    def _small_clause_subject(self, head: Token, q: QuoteSpan) -> Token | None:
        """The subject, before the open mark and outside the quotation, of a quoted
        label the parser read as a clause (`_label_read_as_object`), or None."""
        return next(
            (c for c in self._kids[head.i] if c.dep_ == "nsubj" and c.idx < q.open_start and not self.in_quote(c)),
            None,
        )

    def _label_noun_end(self, q: QuoteSpan, head: Token) -> int:
        """The close mark of ``q``, or the end of the common noun right after it when the
        quotation's head modifies that noun (`a "let a thousand flowers bloom" approach`)."""
        after = self.char_span(q.close_end, min(len(self.text), q.close_end + 40))
        first = next((t for t in after if not t.is_space and not is_quote_token(t.text)), None) if after else None
        if first is not None and first.pos_ == "NOUN" and self._heads[head.i].i == first.i and not self.in_quote(first):
            return first.idx + len(first)
        return q.close_end

    @staticmethod
    def _relative_object(verb: Token) -> Token | None:
        """The relative pronoun a relative clause's verb takes as its object, before its
        subject (`which Lynch called`, `whom he dubbed`, `what she called`), or None."""
        if verb.dep_ in ("ccomp", "pcomp"):
            # `attacked what he called "the rigged system"`: a free relative
            return next((c for c in verb.lefts if c.dep_ == "dobj" and c.lower_ == "what"), None)
        if verb.dep_ != "relcl":
            return None
        pronoun = next(
            (c for c in verb.lefts if c.dep_ == "dobj" and c.lower_ in ("which", "that", "whom", "who")), None
        )
        if pronoun is not None:
            return pronoun
        # (`, which union leader Mick Lynch called`: the parser may read "which" as the
        # determiner of the subject's first noun)
        subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
        first = subject.left_edge if subject is not None else None
        if first is not None and first.lower_ == "which" and first.dep_ == "det" and first.i > 0 \
                and verb.doc[first.i - 1].text == ",":
            return first
        return None

    def _framed_object(self, verb: Token, q: QuoteSpan) -> Token | None:
        """The object a quotation is said of: "called [him] ...", "referred to [Rubio] as".

        Only "refer" takes it through "to": "introduced to cheers as" names no object."""
        for child in verb.rights:
            if child.idx >= q.open_start:
                break
            if child.dep_ == "dobj" and not self.in_quote(child):
                return child
            if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() == "refer":
                pobj = next((c for c in self._kids[child.i] if c.dep_ == "pobj"), None)
                if pobj is not None and not self.in_quote(pobj):
                    return pobj
        return None

    def quoted_objects(self, taken: set[int], cue_tokens: set[int | None]) -> list[Candidate]:
        """`Rubio bemoaned the climate in which people "literally hate each other"`,
        `He pivoted to the dangers of a "rigged economy"`: a quotation inside the object,
        clause or prepositional object of a verb that is in no cue list.

        The marks say someone used the words; a verb whose subject can speak and whose
        complement holds them says who and what: a weak mixed item over the complement.
        Only quotations nothing else claimed, and verbs that started no item, count.
        """
        out = []
        for qi, q in enumerate(self.quotes):
            if qi in taken or self.in_boilerplate(q.open_start) or self.is_title(q) or self.label_on_noun(q):
                continue
            inner = self.char_span(q.start, q.end)
            if inner is None or not len(inner):
                continue
            arg, verb = inner.root, None
            while self._heads[arg.i].i != arg.i:
                if self._heads[arg.i].pos_ == "VERB" and not self.in_quote(self._heads[arg.i]):
                    verb = self._heads[arg.i]
                    break
                arg = self._heads[arg.i]
            if verb is None or verb.i in cue_tokens or arg.i < verb.i:
                continue
            if arg.dep_ == "prep":
                arg = next((c for c in self._kids[arg.i] if c.dep_ in ("pobj", "pcomp")), arg)
            if arg.dep_ not in ("dobj", "ccomp", "xcomp", "pobj", "pcomp"):
                continue
            subject = self.subject_of(verb)
            if subject is None or not (
                subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in ("he", "she")
            ):
                continue  # an institution's or a thing's act ("the network canceled") quotes no one
            if self._words_outside_quotes(arg) < 2:
                continue
            cand = self._reported_from(verb, self.clause_span(arg), 0.3)
            if cand is not None and cand.type == "mixed":
                out.append(cand)
        return out




def _inside_writers_phrase(text: str, q: QuoteSpan) -> bool:
    """The quotation ends with no stop or comma of its own and the writer's words go on
    in lower case right after the close mark (`"record" profits`): it is a word inside
    the writer's phrase, not what a colon introduces."""
    inner = text[q.start : q.end].rstrip()
    if not inner or inner[-1] in ".,!?;:":
        return False
    nxt = re.match(r"[ \t]+([a-z]+)", text[q.close_end : q.close_end + 24])
    # (a conjunction or a cue goes on with a new piece: `"We will fight this" and the
    # council: "..."`, `"Never" said Ruiz`)
    return nxt is not None and nxt.group(1) not in lexicon.NOT_INSIDE_PHRASE



def _title_stop(tok: Token) -> bool:
    """The full stop of an abbreviated title the tokenizer split off before a name ("Lt",
    ".", "Col", ".", "Mira Haddon"): `"...," Lt. Col. Mira Haddon said` goes on."""
    doc = tok.doc
    return (
        tok.text == "."
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].lower_ in lexicon.NAME_TITLE_ABBREVIATIONS
        and doc[tok.i - 1].text[:1].isupper()
        and doc[tok.i + 1].text[:1].isupper()
        and doc[tok.i + 1].is_alpha
    )


def _suffix_stop(tok: Token) -> bool:
    """The full stop of a name suffix or legal form the tokenizer split off ("Greene
    Sr", "."), with the sentence going on in lowercase (`"...," Walter Greene Sr.
    said`): no sentence ends there."""
    return tok.i < len(tok.doc) - 1 and abbreviation_stop(tok) and tok.doc[tok.i + 1].text[:1].islower()


def _joined_start(token: Token, floor: int) -> Token:
    """The first token of ``token``'s phrase with the "and" or comma that joins it to
    what goes before (`..." and argued that ...`), none before character ``floor``."""
    first = token.left_edge
    while first.i > 0 and first.doc[first.i - 1].dep_ in ("cc", "punct") and first.doc[first.i - 1].idx >= floor:
        first = first.doc[first.i - 1]
    return first


def _in_relative_clause_after(tok: Token, start: int) -> bool:
    """Whether ``tok`` is in a relative clause set off by a comma ("a nurse, who asked not
    to be named,") whose noun stands after ``start`` (the quote's close mark) and which a
    later word of the sentence, the verb the noun is the subject of, goes on from."""
    t = tok
    while t.dep_ != "relcl":
        if head_of(t).i == t.i or t.dep_ not in ("xcomp", "ccomp", "conj", "advcl", "aux", "neg"):
            return False
        t = head_of(t)
    noun = head_of(t)
    doc = tok.doc
    if noun.idx < start or t.left_edge.i < 1 or doc[t.left_edge.i - 1].text != ",":
        return False
    end = t.right_edge.i + 1
    return end < len(doc) and doc[end].text == "," and head_of(noun).i > t.right_edge.i
