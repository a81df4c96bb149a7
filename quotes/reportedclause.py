"""The reported clause of one cue verb (``_reported``) and the parse misreadings it undoes.

The parser reads a report as a relative clause, a subject, an object or a participle in
many ways; each rule here recognises one such reading and finds the clause meant.
"""

from __future__ import annotations

import bisect
import functools
import itertools

import numpy
from spacy.attrs import ORTH
from spacy.strings import hash_string
from spacy.tokens import Token

from quotes import lexicon
from quotes.candidates import Candidate
from quotes.doccolumns import column, head_of, kids
from quotes.marks import (
    is_quote_char,
    is_quote_token,
)
from quotes.nameshapes import _personal_noun
from quotes.parserepair import ASIDE_DASHES
from quotes.patterns import (
    CONTENT_DEPS,
    FINITE_TAGS,
    SUBJECT_DEPS,
    _complementizer_read_as_relative,
    _has_subject,
    _has_that,
    _has_to,
    _how_long,
    _occasion_object,
    hash_table,
    hashes_in,
)

#: The hashes of the dashes that set off an aside (`_dashed_quotation_aside_end`).
_ASIDE_DASH_HASHES = hash_table(ASIDE_DASHES)

# What may follow a speech verb that closes its sentence: when and where it was said
# ("said on Tuesday", "told reporters Wednesday" with the hearer as object).
CLOSING_MODIFIERS = ("prep", "npadvmod", "advmod", "punct", "agent")

#: ORTH hashes of the comma and dashes that may open a writer's gloss after a closing cue
#: (`_closing_gloss`).
_GLOSS_MARK_HASHES = numpy.array([hash_string(m) for m in (",", "--", "\u2014", "\u2013")], dtype=numpy.uint64)

# The most tokens a reporting verb's phrase may span. A news sentence's longest is under
# 100 tokens (PolNeAR train and dev: 96); a run of lines with no sentence end (a list,
# lyrics, a scraped feed) parses as one "sentence" whose every verb spans the rest of
# it, and reading each one's clause made the extractor quadratic in the run's length
# (21,000 characters of "X, who was hurt, said «...»" lines: 6 s against 1.3 s of parse).
CLAUSE_MAX_TOKENS = 250


# Words that open an indirect question after "ask"/"wonder" ("asked when ...").
WH_QUESTION_WORDS = frozenset("when where why how".split())


class ReportedClauseRules:
    """The clause one reporting verb governs, through the parser's misreadings of it."""

    def _question_start_after_cue(self, verb: Token) -> int | None:
        """Where an indirect question after a question verb may start: right after the
        verb, or right after the one asked ("asked the spokesman when the plane would
        land": the parser reads the question as a time clause of "asked"; the person
        asked is a plain object, so only a speaking object qualifies, not "asked a
        question when ..."). None when something else stands between."""
        objects = [c for c in self._kids[verb.i] if c.dep_ in ("dobj", "dative")]
        if not objects:
            return verb.i + 1
        if len(objects) > 1 or objects[0].i < verb.i or not self.can_speak(objects[0]):
            return None
        return objects[0].right_edge.i + 1

    def _reported(self, verb: Token) -> Candidate | None:
        if verb.right_edge.i - verb.left_edge.i >= CLAUSE_MAX_TOKENS:
            return None  # no sentence end in sight: the parse of such a run is no clause
        lemma = verb.lemma_.lower()
        if self._physical_act(verb):
            return None  # "charged a fee of four pounds": no "of" charge either
        if self._mute_indicator(verb) or self._event_sees(verb):
            return None
        if self._example_say(verb):
            return None
        if (
            lemma in lexicon.PERCEPTION_INFINITIVES
            and verb.tag_ == "VB"
            and _has_to(verb)
        ):
            return None  # "waiting to see if he would run": finding out, not holding a view
        if self._writers_hedge(verb) or self._writers_reminder(verb) or self._writers_advice(verb):
            return None
        if self._open_question(verb) or self._rephrasing(verb) or self._goes_without_saying(verb):
            return None
        if self._say_or_tell_reporting_nothing(verb):
            return None
        if self._line_label(verb):
            return None
        if self._appeal_to_anyone(verb):
            return None
        if lemma == "find" and self._finds_oneself(verb):
            return None
        cleft = self._pseudo_cleft_clause(verb)
        if cleft is not None:
            return self._reported_from(verb, self.clause_span(cleft), 0.8)
        if lemma == "make":
            # "made it clear she would not resign": with no "that" to start the clause
            # (the that-clause route), the clause on "clear" is found from the verb.
            for adj in self._kids[verb.i]:
                if adj.lemma_.lower() in lexicon.MADE_CLEAR:
                    clause = next(
                        (c for c in adj.rights if c.dep_ in ("advcl", "ccomp") and not any(m.dep_ == "mark" for m in self._kids[c.i])),
                        None,
                    )
                    if clause is not None:
                        return self._made_clear(clause)
        closing = self._closing_cue_read_as_content(verb)
        if closing is not None:
            # `The general said the city had fallen, Tass reported.`: what the general
            # said stops at the comma before the closing source
            inner, comma = closing[1], closing[2]
            span = self.clause_span(inner)
            if span is not None:
                span = (span[0], min(span[1], self._tokens[comma - 1].idx + len(self._tokens[comma - 1])))
            return self._reported_from(verb, span, 0.8)
        if self._closing_conjunct_speaker(verb) is not None:
            # `The convoy was turned back, the UN's envoy, Ines Roe, said on X`: the
            # sentence before the speaker's phrase is what was said. When the parser
            # hangs the cue on the last of several coordinated clauses ("Schools will
            # reopen, buses will run, but the markets will stay closed, the governor,
            # Ivo Kral, said"), the report starts at the first of them.
            first = self._first_conjunct(self._heads[verb.i]).left_edge
            return self._reported_from(verb, (first.idx, verb.idx), 0.75)
        if verb.dep_ == "ccomp" and self._heads[verb.i].i < verb.i:
            outer = self._closing_cue_read_as_content(self._heads[verb.i])
            if outer is not None and outer[0].i == verb.i:
                # ... and the closing source reports the whole sentence before its comma
                start, comma = verb.sent.start, outer[2]
                last = self._tokens[comma - 1]
                return self._reported_from(verb, (self._tokens[start].idx, last.idx + len(last)), 0.75)
        content_head = None
        clauses = [
            c for c in self._kids[verb.i]
            if c.dep_ in CONTENT_DEPS and c.lower_ != "clear" and not _stranded_from_relative(verb, c)
            or lemma in lexicon.SPEECH_VERBS and _that_read_as_adverbial(c, verb)
        ]
        if any(c.tag_ == "VBG" for c in clauses):
            clauses = [k for k in (_past_absolute(verb, c) for c in clauses) if k is not None]
        if not clauses and verb.dep_ == "relcl":
            stranded = _clause_stranded_after(verb)
            if stranded is not None:
                clauses = [stranded]  # "..., which they had been assured | was safe"
        if not clauses and verb.dep_ == "advcl" and lemma in lexicon.SPEECH_VERBS:
            stranded = _clause_stranded_after_fronted(verb)
            if stranded is not None:
                clauses = [stranded]  # "When Ada told her manager | she was pregnant, she was moved"
        host = self._quoted_as_host(verb)
        if not clauses and host is not None:
            # `The port would close, Ada Ruiz was quoted as saying`: the fronted clause
            # hangs on "quoted".
            clauses = [c for c in self._kids[host.i] if c.dep_ in CONTENT_DEPS and c.i < host.i]
        if len(clauses) > 1:
            # `told CBS's "Face the Nation" that the state would sue`: a quoted title the
            # parser reads as a clause is whom it was told; the other clause was said.
            clauses = [c for c in clauses if not self._title_read_as_clause(c)] or clauses
        if clauses:
            # "Most were unsure; 46 percent said they were worried": with a clause on
            # each side, the one after the cue is what was said.
            content_head = next((c for c in clauses if c.i > verb.i), clauses[0])
            if content_head.i < verb.i and any(
                t.text == ";" for t in self.doc[content_head.right_edge.i + 1 : verb.i]
            ):
                content_head = None
            elif content_head.i < verb.i and self._complement_after(verb):
                content_head = None
            elif content_head.i < verb.i and any(
                # `The mayor left early; "a disgrace," one resident said`: the parser
                # hangs the quotation after the semicolon on the writer's clause before
                # it; what was said is the quotation (the direct pass), not that clause.
                t.text == ";" and self._heads[t.i].i == content_head.i and self._opens_quote(self._tokens[t.i + 1])
                for t in self.doc[content_head.i + 1 : verb.i - 1]
            ):
                content_head = None
        obj = self._that_object_then_cue(content_head) if content_head is not None else None
        if obj is not None:
            # "acknowledged that uncertainty in the paper and said ...": the object only.
            last = self._tokens[obj[1]]
            return self._reported_from(verb, (self._tokens[obj[0]].idx, last.idx + len(last)), 0.5)
        if content_head is not None and self._quote_then_copula(content_head, verb):
            return None
        if content_head is not None and self._noun_read_as_verb_after_quote(content_head, verb):
            return None
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            content_head = self._clause_read_as_subject(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            content_head = self._stray_that_clause(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            content_head = self._clause_read_as_the_hosts(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS and lemma != "continue":
            content_head = self._gerund_told(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            content_head = self._that_after_agent(verb)
        if content_head is None and lemma in ("tell", "assure", "reassure", "warn", "remind", "inform"):
            content_head = self._clause_read_as_relative_of_hearer(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            modal = self._modal_clause_read_as_phrase(verb)
            if modal is not None:
                return self._reported_from(verb, self._and_that(self._trailing(verb, modal)), 0.8)
        if content_head is None and lemma in lexicon.QUESTION_VERBS:
            # "when asked if he would endorse Trump": the question is an if-clause.
            content_head = next(
                (
                    c
                    for c in verb.rights
                    if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in self._kids[c.i])
                ),
                None,
            )
            asked_from = self._question_start_after_cue(verb)
            if content_head is None and asked_from is not None:
                # "Parents have asked when the school will reopen": the parser may read an
                # indirect question right after the verb as a time or manner clause; with
                # nothing asked of anyone in between, its wh-word opens the question.
                content_head = next(
                    (
                        c
                        for c in verb.rights
                        if c.dep_ == "advcl"
                        and c.left_edge.i == asked_from
                        and c.left_edge.lower_ in WH_QUESTION_WORDS
                        and self._heads[c.left_edge.i].i == c.i
                        and not self.in_quote(c)
                    ),
                    None,
                )
            if content_head is None and verb.tag_ == "VBN" and verb.dep_ == "advcl":
                # "who used the words when asked in May if he would endorse Trump": the
                # parser hangs the if-clause right after the participle on the verb it
                # modifies; it is still the question.
                content_head = next(
                    (
                        c
                        for c in self._kids[self._heads[verb.i].i]
                        if c.dep_ == "advcl"
                        and c.left_edge.i == verb.right_edge.i + 1
                        and c.left_edge.dep_ == "mark"
                        and c.left_edge.lower_ in ("if", "whether")
                    ),
                    None,
                )
        if content_head is None and (
            lemma in lexicon.XCOMP_VERBS or self._raised_report(verb) or _addressed_infinitive(verb)
        ):
            for child in self._kids[verb.i]:
                if child.dep_ == "xcomp" and child.i > verb.i:
                    content_head = child
                    break
        if content_head is None:
            content_head = self._addressed_prep_infinitive(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            # "called for Ginsburg to resign": the parser makes "for X to Y" a clause of
            # its own, with "for" as its marker, not a prepositional object.
            content_head = next(
                (
                    c
                    for c in verb.rights
                    if c.dep_ == "advcl"
                    and c.left_edge.lower_ == "for"
                    and c.left_edge.dep_ == "mark"
                    and not self.in_quote(c)
                ),
                None,
            )
        if content_head is None and lemma in ("accuse", "charge", "blame", "criticize", "criticise"):
            # "accused the council of hiding ...": the "of" hangs off the verb or its object.
            holders = [verb, *(c for c in self._kids[verb.i] if c.dep_ == "dobj")]
            holders += self._agent_holding_charge(verb)
            for holder in holders:
                for prep in self._kids[holder.i]:
                    # "blamed the problem of late ferries on ...": for blame and
                    # criticism an "of" on the object is the object's own phrase.
                    if prep.dep_ == "prep" and prep.lower_ in (
                        ("of", "for")
                        if lemma in ("accuse", "charge") or holder is verb
                        else ("for",)
                    ):
                        for pc in self._kids[prep.i]:
                            if pc.dep_ in ("pcomp", "pobj"):
                                content_head = pc
        if (
            content_head is None
            and (lemma in lexicon.OBJECT_VERBS or lemma in lexicon.SPEECH_VERBS)
            and lemma not in lexicon.NO_OBJECT_CONTENT
            # `"Meh," wrote a fan`: the object speaks
            and not self._right_after_quote(verb, paragraphs=lemma not in lexicon.QUESTION_VERBS)
            # `The reform, as Ana Ruiz warned on Monday, will take years`: an "as" aside
            # has its content in the clause it hangs from ("as" stands for it); a phrase
            # after its verb ("on Monday") is when or where, no topic. (An object makes
            # it a clause of time: "Even as Ruiz was criticizing the plan, ...")
            and not (
                not any(c.dep_ == "dobj" for c in verb.rights)
                and _aside_host(verb) is not None
                and self._as_aside(verb)
            )
            # (so has a comma-set aside inside the clause it reports: `Farmers, the
            # minister warned on Monday, are short of water`)
            and not _comma_aside_inside_host(verb)
        ):
            content_head = self._object_content(verb)
            if content_head is not None and self._asks_the_reader(verb):
                return None
            if content_head is not None and self._hearer_told(verb, content_head):
                if not self._told_aside(verb):
                    return None
                # `The jury, the judge told the court, had reached a verdict`: told as
                # an aside, the one told is the object and what was said the host clause.
                content_head = None
            if content_head is not None and self._bare_answer(verb, content_head):
                # the answer alone: "said so in December" does not say "in December"
                return self._reported_from(verb, (content_head.idx, content_head.idx + len(content_head)), 0.35)
            if content_head is not None:
                span = self._with_complements(verb, content_head, self.clause_span(content_head))
                span = self._without_occasion(content_head, span)
                span = self._and_that(self._trailing(verb, span))
                span = self._with_noun_that_clause(verb, content_head, span)
                confidence = 0.45 if lemma in lexicon.OBJECT_VERBS else 0.35
                return self._reported_from(verb, span, confidence)
        if content_head is None and lemma in lexicon.BELIEF_VERBS:
            # "Cruz apparently thinks so", "only half believe that": a bare "so" or
            # pronoun stands for the view held.
            bare = next((c for c in verb.rights if self._bare_answer(verb, c)), None)
            if bare is not None:
                return self._reported_from(verb, (bare.idx, bare.idx + len(bare)), 0.35)
        host = _aside_host(verb)
        if content_head is None and host is not None and self._as_aside(verb):
            # "As Daniel Brooks noted, the harbour will need ...": the clause the aside
            # hangs from is what was said.
            # (set off inside the clause, the aside is spanned over: `The plan, as Ines
            # Calloway noted, is flawed`)
            bridge = self._aside_after_subject(verb, host) or _aside_before_complement(verb, host)
            span = self.clause_span(host, exclude=verb, bridge=bridge)
            stray = _complement_read_as_the_asides(verb, host)
            if span is not None and stray is not None:
                # (`The council was, as Lopez noted, slow to act`: the parser gave the
                # host's complement to the aside; what was said runs to its end)
                last = stray.right_edge
                end = max(span[1], last.idx + len(last))
                # (a quotation it ends in keeps its close mark, as a mixed item does)
                end = next((q.close_end for q in self.quotes if q.start < end <= q.close_end), end)
                span = (span[0], end)
            extraposed = self._extraposed_that(host, verb)
            if extraposed is not None:
                # "It is not true, as some have suggested, that the plant will close": what
                # was suggested is the extraposed that-clause, not the writer's verdict on it.
                span = self.clause_span(extraposed)
            return self._reported_from(verb, span, 0.7)
        if content_head is None:
            # "X is ready, he said": the said-clause hangs off the content as parataxis.
            if (
                verb.dep_ in ("parataxis",) and self._heads[verb.i].pos_ in ("VERB", "AUX")
                or self._said_as_conj(verb)
                or _leading_report(verb)
            ):
                content_head = self._heads[verb.i]
                if self._speaker_read_as_subject(verb, content_head):
                    return None
                if verb.dep_ == "conj":
                    content_head = self._first_conjunct(content_head)
                if verb.dep_ == "parataxis" and self._dashed_quotation_aside_end(verb) is not None:
                    return None
                span = self._continued_past_cue(verb, self.clause_span(content_head, exclude=verb))
                if span is not None:
                    span = self._with_subject_before_aside(verb, content_head, span)
                fronted = self._subject_clause_on_aside(verb)
                if span is not None and fronted is not None and content_head.i > verb.i:
                    span = (min(span[0], fronted.left_edge.idx), span[1])
                return self._reported_from(verb, span, 0.75)
            return None
        if content_head.i < verb.i and self.in_quote(content_head):
            return None
        # "Ruiz met the board and said it would sell, aides said": a content fronted
        # before its cue is the whole of what the cue reports, the acts in it included.
        span = self.clause_span(content_head, whole=self._fronted_whole(content_head, verb))
        if span is not None and content_head.i == self._heads[verb.i].i and content_head.i > verb.i:
            # the cue hangs inside its content (`_clause_read_as_the_hosts`): what was
            # said starts after it
            span = (max(span[0], self._tokens[verb.right_edge.i + 1].idx), span[1])
        if span is not None and content_head.dep_ == "advcl" and content_head.left_edge.lower_ == "for":
            span = (self._tokens[content_head.left_edge.i + 1].idx, span[1])  # without "for"
        if span is not None and (
            lemma == "accuse" and self._heads[content_head.i].lower_ == "of"
            or lemma in ("blame", "criticize", "criticise") and self._heads[content_head.i].lower_ == "for"
        ):
            # "accused the council of hiding losses", "criticized the board for
            # delaying": the one accused is part of the charge (PolNeAR spans "the
            # council of hiding losses").
            accused = next((c for c in self._kids[verb.i] if c.dep_ == "dobj" and verb.i < c.i < content_head.i), None)
            if accused is not None and not self.in_quote(accused):
                span = (min(t.idx for t in accused.subtree), span[1])
        if span is not None:
            span = self._with_addressee(verb, content_head, span)
        if span is not None and content_head.dep_ == "ccomp":
            # (conjuncts of the cue after the clause that go on with what was said)
            for c in self._kids[verb.i]:
                if c.dep_ == "conj" and c.i > content_head.i and self._goes_on_with_report(c, verb, content_head):
                    more = self.clause_span(c)
                    if more is not None and more[1] > span[1]:
                        span = (span[0], more[1])
        subject_less = not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in self._kids[content_head.i])
        if span is not None and content_head.dep_ == "ccomp" and subject_less:
            # "warned the storm could flood": the parser took the clause's subject for
            # the verb's object; a clause without "that" or subject gets it back.
            # Not across a comma before a quotation: in `The port, Ada Ruiz told the BBC,
            # "will never reopen"` the object is the one told, set off before the quote.
            # "stressed the risk to the public was low": the subject's own phrase the
            # parser hung on the verb sits between them and joins them too. Never over a
            # "that" (`told the mayor that if he wants it, "come and take it"`): a clause's
            # subject follows its complementizer, so the object before it is the hearer.
            marked = _has_that(content_head)
            hung = {
                t.i
                for c in self._kids[verb.i]
                if c.dep_ == "prep" and verb.i < c.i < content_head.i
                for t in c.subtree
            }
            for obj in self._kids[verb.i]:
                if (
                    obj.dep_ == "dobj"
                    and not marked
                    and obj.i < content_head.i
                    and (
                        obj.right_edge.i + 1 >= content_head.left_edge.i - 1
                        or all(k in hung for k in range(obj.right_edge.i + 1, content_head.left_edge.i))
                        and not any(m.dep_ == "mark" for m in self._kids[content_head.i])
                    )
                    and not (
                        self._tokens[content_head.left_edge.i - 1].text == ","
                        and (self._opens_quote(content_head.left_edge) or self._fronted_pair(verb))
                    )
                    # `warned staff: "Do not talk to the press."`: a quotation after a
                    # colon is the whole of what was said; the object before the colon is
                    # the one addressed, as with `told reporters: "..."`.
                    and not (
                        self._tokens[content_head.left_edge.i - 1].text == ":"
                        and self._opens_quote(content_head.left_edge)
                    )
                ):
                    span = (min(t.idx for t in obj.subtree), span[1])
        if span is not None and content_head.dep_ == "ccomp" and not subject_less:
            span = self._with_coordinated_subject(verb, content_head, span)
        if span is not None and content_head.dep_ == "ccomp" and lemma in lexicon.QUESTION_VERBS:
            span = self._with_fronted_wh_object(verb, content_head, span)
        if span is not None and content_head.dep_ == "ccomp" and subject_less:
            span = self._with_subject_before_aside(verb, content_head, span)
        if span is not None and content_head.dep_ == "ccomp":
            span = self._without_time_of_saying(verb, content_head, span, subject_less=subject_less)
        if span is not None and content_head.dep_ == "ccomp":
            span = self._with_colon_object(verb, content_head, span)
        if (
            span is not None
            and span[1] - span[0] >= 8  # "urged them to go" stays too short to report
            and content_head.dep_ == "xcomp"
            and (lemma in lexicon.XCOMP_VERBS or lemma in lexicon.ADDRESSED_XCOMP_VERBS)
            and not (verb.tag_ == "VBG" and verb.dep_ == "advcl")
        ):
            # "urged the party to drop the rule": the one urged is the infinitive's
            # subject, and PolNeAR's content starts with it (98 of the 142 such items on
            # train that start at one or the other), as it does when the parser reads the
            # pair as one clause. Not for a participle trailing another report ("told one
            # guard to leave, while telling another to stay"): it stays inside that one.
            # "urged anyone with information to come forward": the parser hangs the
            # object's own phrase on the verb; such a phrase between them joins the two.
            hung = {
                t.i for c in self._kids[verb.i] if c.dep_ == "prep" and c.i < content_head.i for t in c.subtree
            }
            for obj in self._kids[verb.i]:
                if (
                    obj.dep_ == "dobj"
                    and obj.i < content_head.i
                    and all(k in hung for k in range(obj.right_edge.i + 1, content_head.left_edge.i))
                    and not self.in_quote(obj)
                ):
                    span = (obj.left_edge.idx, span[1])
        confidence = 0.8 if lemma in lexicon.SPEECH_VERBS else 0.55
        span = self._and_that(self._trailing(verb, span))
        if content_head.i < verb.i:
            span = self._continued_past_cue(verb, self._with_date_before_comma(verb, span))
        return self._reported_from(verb, span, confidence)

    def _goes_on_with_report(self, conj: Token, verb: Token, content_head: Token) -> bool:
        """Whether a conjunct the parser hung on the cue ``verb``, after its reported
        clause ``content_head``, is more of what was said:

        * "said that A and that B": a second that-clause;
        * "told reporters that A and it would B": a clause with its own subject, no cue
          of its own and nothing but one "and" or comma between;
        * `said the pumps were "very old" and had failed twice`: a quoted fragment made
          the parser hang the clause's second predicate on the cue; backshifted and
          right after the clause, it goes on with it.
        """
        if any(m.dep_ == "mark" and m.lower_ == "that" for m in self._kids[conj.i]):
            return True
        if conj.pos_ not in ("VERB", "AUX") or self.is_cue(conj):
            return False
        if conj.left_edge.i - 2 > content_head.right_edge.i:
            return False
        return _has_subject(conj) or self._backshifted(conj, verb)
    def _closing_attribution(self, verb: Token) -> Candidate | None:
        """`The plant is under pressure from imports, its chief executive said.`: a
        sentence that ends on its speaker and a finite speech verb reports the clause
        before the comma, however the parser hung the two (as the verb's adverbial
        clause, its conjunct after a "but" of the clause's own, or with the verb as the
        root). Only with nothing after the verb but its own modifiers and the closing
        stop (a colon announces what follows) or a gloss of the writer's (`_closing_gloss`),
        and only over a clause with a finite verb and a subject ("In a speech last July,
        he said" has no content before it)."""
        lemma = verb.lemma_.lower()
        evidence = lemma in lexicon.EVIDENCE_VERBS  # "..., campaign finance records show."
        if not (lemma in lexicon.SPEECH_VERBS or evidence):
            return None
        # `..., the health minister, Jonas Berg, conceded in parliament.`: the parser may
        # read the closing past tense as a participle on its speaker (a noun phrase closing
        # a sentence says nothing, so the -ed form is the verb and its noun the subject).
        participle = (
            verb.tag_ == "VBN"
            and verb.dep_ == "acl"
            and (verb.lower_.endswith("ed") or verb.lower_ in ("said", "told"))
            and self._heads[verb.i].i < verb.i
            and self._heads[verb.i].pos_ in ("NOUN", "PROPN")
        )
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not participle:
            return None
        sent_start, sent_end = self.sentence_bounds(verb.i)  # (not `verb.sent`: two Spans)
        gloss = self._closing_gloss(verb)
        end = gloss if gloss is not None else sent_end  # (the gloss's words may hang anywhere)
        if self.in_quote(verb) or any(
            c.dep_ in (*CONTENT_DEPS, "conj", "xcomp") and c.i < end for c in self._kids[verb.i]
        ):
            return None
        before = [c for c in self._kids[verb.i] if c.dep_ == "nsubj" and c.i < verb.i]
        if participle:
            before = [self._heads[verb.i]]
        after = [c for c in self._kids[verb.i] if c.dep_ == "nsubj" and c.i > verb.i]
        if before:
            # the nearest: the parser may hang a subject from the content on the verb too
            subject, comma = before[-1], before[-1].left_edge.i - 1
            if self.doc[subject.right_edge.i + 1 : verb.i].text.strip():
                return None  # "he then said", "she said" only: nothing between speaker and verb
        elif after:
            subject, comma = after[0], verb.i - 1  # "..., said the company's chief executive."
        else:
            return None
        if not self.can_speak(subject, evidence=evidence):
            return None  # "..., their smiles said a lot"
        hearer = ("dobj", "dative") if lemma in lexicon.ADDRESSEE_VERBS else ()
        if any(c.dep_ not in (*CLOSING_MODIFIERS, *hearer) and c.i != subject.i and c.i < end for c in verb.rights):
            return None  # "he said Ryan": an answer of its own
        if verb.dep_ == "conj" and self._joined_by_conjunction(verb):
            return None  # "They have lived here for years, and their hosts said ...": a clause of its own
        if comma <= sent_start or self._tokens[comma].text != ",":
            return None
        last = sent_end - 1
        while last > verb.i and (self._tokens[last].is_space or self._tokens[last].is_punct):
            last -= 1
        stop = self._tokens[last + 1] if last + 1 < sent_end else None
        if stop is None or stop.text != ".":
            return None
        if gloss is None and verb.right_edge.i < last or gloss is not None and (
            gloss > last or not all(verb.is_ancestor(t) for t in self.doc[verb.i + 1 : gloss])
        ):
            return None
        if any(t.text in (":", ";") for t in self.doc[verb.i : stop.i]) or self._quote_ids(verb.idx, stop.idx):
            return None  # `said: "Of course."`, `wrote in "Ralph Nader"`
        lead = self._closed_clause(sent_start, comma)
        return self._reported_from(verb, lead, 0.75) if lead is not None else None

    def _closing_gloss(self, verb: Token) -> int | None:
        """`..., the budget office reported on Tuesday -- a shift that raises new
        questions.`: after a closing cue and its own modifiers, the first dash or comma,
        when a noun phrase led by "a", "an" or "another" follows it, opens the writer's
        gloss on what was reported (all of the sentence after it), not more of the report
        nor an answer of the verb's. The index of the dash or comma, or None."""
        # Only the first comma or dash after the verb counts, so it is looked up among
        # the article's commas and dashes (`_gloss_marks`, found once) rather than walked
        # to word by word: a walk per speech verb to the sentence's end made a long
        # sentence of many cues quadratic (20,000 words of "said said ..." spent 16 s
        # here, as long as the parse).
        marks = self._gloss_marks
        k = bisect.bisect_right(marks, verb.i)
        if k == len(marks) or marks[k] >= self.sentence_bounds(verb.i)[1] - 1:
            return None
        after = self._tokens[marks[k] + 1]
        if after.lower_ in ("a", "an", "another") and self._heads[after.i].pos_ == "NOUN" and self._heads[after.i].i > marks[k]:
            return marks[k]
        return None

    @functools.cached_property
    def _gloss_marks(self) -> list[int]:
        """The indices of the tokens that may open a writer's gloss (`_closing_gloss`): a
        comma or a dash, in text order, from the ORTH column read once."""
        orth = column(self.doc, ORTH)
        return numpy.flatnonzero(numpy.isin(orth, _GLOSS_MARK_HASHES)).tolist()

    def _closed_clause(self, start: int, comma: int) -> tuple[int, int] | None:
        """The characters of tokens ``start`` up to the ``comma`` closing them, if they
        make a main clause: a finite verb with a subject and no subordinator ("Though
        the House kept mum" is none), not opened by a participle ("Asked who leads, he
        said Ryan": the question), without colon, semicolon or quotation. A "when" or
        "where" opening the clause subordinates it as a mark does ("But when the council
        cut the funds, Ruiz said enough")."""
        lead = self.doc[start:comma]
        if lead[0].tag_ in ("VBN", "VBG") or any(t.text in (":", ";") for t in lead):
            return None
        if self._quote_ids(lead.start_char, lead.end_char) or not any(
            (t.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in self._kids[t.i]))
            and t.dep_ != "relcl"
            and any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in self._kids[t.i])
            and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in self._kids[t.i])
            for t in lead
        ):
            return None
        return next(t for t in lead if not t.is_space).idx, lead.end_char

    def _records_show(self, show: Token) -> Candidate | None:
        """`A firm gave $5,000 to the fund, campaign finance records show.`: the parser
        reads "records show" closing the sentence as one noun phrase; the plural noun
        before "show" is the source and the clause before the comma what it shows."""
        if show.tag_ not in ("NN", "NNS") or self.in_quote(show) or self.in_boilerplate(show.idx):
            return None
        sent = show.sent
        if show.i + 1 >= sent.end or self._tokens[show.i + 1].text != "." or self._tokens[show.i - 1].tag_ != "NNS":
            return None
        comma = max((t.i for t in self.doc[sent.start : show.i] if t.text == ","), default=None)
        if comma is None or any(t.tag_ in FINITE_TAGS for t in self.doc[comma + 1 : show.i]):
            return None
        source = self.doc[comma + 1 : show.i]
        if not self.can_speak(self._tokens[show.i - 1], evidence=True):
            return None
        lead = self._closed_clause(sent.start, comma)
        if lead is None:
            return None
        mention = (source[0].idx, source[-1].idx + len(source[-1]))
        return Candidate("indirect", lead[0], lead[1], (show.idx, show.idx + len(show)), mention, 0.6, set(), None)

    def _with_addressee(self, verb: Token, content_head: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`urged lawmakers to reject the bill`, `called on the council to delay the
        vote`: PolNeAR spans the one urged with the infinitive ("lawmakers to reject the
        bill"), as it does the one accused. The verb's object, or the object of its
        addressee "on", right before an infinitive content joins the span."""
        if content_head.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in content_head.children):
            return span
        first = content_head.left_edge.i
        for c in verb.children:
            holder = c
            if c.dep_ == "prep" and (verb.lemma_.lower(), c.lower_) in lexicon.ADDRESSEE_PREPS:
                holder = next((p for p in c.children if p.dep_ == "pobj"), c)
                if holder.lemma_.lower() in lexicon.CALLING_MEDIA:
                    continue  # "called on her mobile phone to warn her sister": the medium
            elif c.dep_ not in ("dobj", "dative"):
                continue
            if verb.i < holder.i < first and holder.right_edge.i == first - 1 and not self.in_quote(holder):
                start = holder.left_edge.idx
                return (min(start, span[0]), span[1])
        return span

    def _addressed_prep_infinitive(self, verb: Token) -> Token | None:
        """`called on the council to delay the vote`: after the addressee's "on" phrase
        (`lexicon.ADDRESSEE_PREPS`) the parser may hang the infinitive on the verb as an
        adverbial clause rather than its complement; it is still what was called for.
        Only a phrase right after the verb ("calling friends on their phones to say"
        is a phone call) and an infinitive ("to" + base verb) right after the phrase."""
        preps = [
            c for c in verb.rights
            if c.dep_ == "prep" and c.i == verb.i + 1 and (verb.lemma_.lower(), c.lower_) in lexicon.ADDRESSEE_PREPS
            and not any(p.dep_ == "pobj" and p.lemma_.lower() in lexicon.CALLING_MEDIA for p in c.children)
        ]
        if not preps:
            return None
        after = preps[0].right_edge.i + 1
        return next(
            (
                c for c in verb.rights
                if c.dep_ == "advcl" and c.tag_ == "VB" and c.left_edge.i == after
                and c.left_edge.lower_ == "to" and c.left_edge.dep_ == "aux" and not self.in_quote(c)
            ),
            None,
        )

    @staticmethod
    def _joined_by_conjunction(verb: Token) -> bool:
        """A conjunct verb that an "and" or "but" joins to its head: one between them
        that no other conjunct of the head follows (in "A, but B, said Ruiz" the "but"
        joins B)."""
        head = head_of(verb)
        ccs = [c.i for c in kids(head) if c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i]
        others = [c.i for c in kids(head) if c.dep_ == "conj" and c.i < verb.i]
        return any(not any(cc < o for o in others) for cc in ccs)

    def _gerund_told(self, verb: Token) -> Token | None:
        """ "recalled sitting in on focus groups", "described hearing two bangs": a gerund
        right after the cue is what was told (not after "continue": "continued
        campaigning" goes on doing it). A gerund takes no auxiliary: "that he argued was
        thrusting ..." is a progressive the parser hung on the cue."""
        return next(
            (
                c for c in verb.rights
                if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.left_edge.i == verb.i + 1 and not self.in_quote(c)
                and not any(a.dep_ in ("aux", "auxpass") for a in self._kids[c.i])
            ),
            None,
        )

    def _subject_clause_on_aside(self, verb: Token) -> Token | None:
        """`What happens next, the minister conceded, is anyone's guess`: the parser
        hangs the clause that is the host's subject on the aside cue. A clause opening
        the sentence with no subordinator, closed by a comma before the cue's subject,
        is that subject, part of what was said."""
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None:
            return None
        for c in self._kids[verb.i]:
            if (
                c.dep_ in ("advcl", "csubj", "ccomp")
                and c.i < subject.i
                and c.left_edge.i == c.sent.start
                and not any(m.dep_ == "mark" for m in self._kids[c.i])
                and any(s.dep_ in ("nsubj", "nsubjpass") for s in self._kids[c.i])
                and self._tokens[c.right_edge.i + 1].text == ","
                and self._tokens[c.right_edge.i + 2].i == subject.left_edge.i
                and not any(self.in_quote(t) for t in c.subtree)
            ):
                return c
        return None

    @staticmethod
    def _fronted_pair(verb: Token) -> bool:
        """Two subjects before the cue, the first closed by a comma (`The harbour, the
        mayor told ...`): the first is the reported clause's, fronted before an aside."""
        subjects = _subjects_read_before(verb)
        return len(subjects) >= 2 and any(
            t.text == "," for t in verb.doc[subjects[0].right_edge.i : subjects[-1].left_edge.i + 1]
        )

    def _with_coordinated_subject(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """The clause with the first half of its coordinated subject, which the parser hung
        on the cue as its object ("saying a fall in prices and a weak currency had hurt
        growth": "a fall in prices" is the object, "and" its child, "currency" the
        clause's subject). A cue that takes a hearer ("told reporters and ...") keeps its
        object; a "that" would put the object outside the clause.
        """
        if _has_that(clause) or verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS:
            return span
        for obj in self._kids[verb.i]:
            last = obj.right_edge
            if (
                obj.dep_ == "dobj"
                and obj.i < clause.i
                and last.dep_ == "cc"
                and self._heads[last.i].i == obj.i
                and last.lower_ in ("and", "or")
                and clause.left_edge.i == last.i + 1
                and not self.in_quote(obj)
            ):
                return (min(obj.left_edge.idx, span[0]), span[1])
        return span

    def _with_subject_before_aside(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`The ferry contract, Ines Calloway said, was a scandal`: the parser gives the
        cue both subjects, and the clause after it none. The first, closed by a comma
        before the speaker, is the clause's: what was said runs from it, the aside in
        between (as when the parser reads the cue as an aside)."""
        subjects = _subjects_read_before(verb)
        between = self.text[verb.idx + len(verb) : span[0]].strip()
        hearer = next((c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.right_edge.idx < span[0]), None)
        if (
            hearer is not None
            and between.endswith(",")
            and self._hearer_told(verb, hearer)
            and not is_quote_char(self.text[span[0] : span[0] + 1])
        ):
            # `The harbour, the mayor told the council, had been dredged`: the one told
            # closes the aside (`The port, Ada Ruiz told the BBC, "will never reopen"`
            # quotes the rest, a direct item of its own)
            between = self.text[hearer.right_edge.idx + len(hearer.right_edge) : span[0]].strip()
        else:
            hearer = None
        if between.endswith(",") and between != "," and self._only_own_modifiers_until(verb, span[0], hearer):
            # `The reform, as Ana Ruiz said last week, will take years`: the cue's own
            # time or place ("last week", "on Monday") before the comma closing the aside
            between = ","
        if len(subjects) < 2 or not verb.idx < span[0] or between != ",":
            return span
        first = subjects[0]
        comma = first.right_edge if first.right_edge.text == "," else self._tokens[first.right_edge.i + 1]
        if comma.text != "," or comma.i >= subjects[-1].left_edge.i or self._quote_ids(first.left_edge.idx, comma.idx):
            return span
        return min(span[0], first.left_edge.idx), span[1]

    def _only_own_modifiers_until(self, verb: Token, start: int, hearer: Token | None = None) -> bool:
        """Whether the words between ``verb`` (or the ``hearer`` after it) and the
        character ``start`` are the verb's own time, place or manner phrases and a closing
        comma (`said last week,`, `told workers on Friday,`): the aside ends there, and
        nothing in it is said. An object is no such phrase."""
        after = hearer.right_edge.i if hearer is not None else verb.i
        between = [t for t in self.doc[after + 1 :] if t.idx < start]
        if not between or between[-1].text != ",":
            return False
        covered: set[int] = {between[-1].i}
        for child in verb.rights:
            if child.i <= after:
                continue
            if child.i >= between[-1].i:
                break
            if child.dep_ not in ("npadvmod", "prep", "advmod") or self.in_quote(child):
                return False
            covered.update(t.i for t in child.subtree)
        return covered == {t.i for t in between}

    def _with_fronted_wh_object(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`Asked what qualities she would like the mayor to have, ...`: the parser takes
        the question's fronted wh-phrase for the object of "asked" and the rest for a
        clause of its own; the wh-phrase right before the clause opens the question."""
        for obj in self._kids[verb.i]:
            if (
                obj.dep_ == "dobj"
                and verb.i < obj.i < clause.i
                and obj.right_edge.i + 1 == clause.left_edge.i
                and self._tokens[obj.left_edge.i].tag_ in ("WDT", "WP", "WP$", "WRB")
                and not self.in_quote(obj)
            ):
                return min(span[0], obj.left_edge.idx), span[1]
        return span

    @staticmethod
    def _finds_oneself(verb: Token) -> bool:
        """"found himself embroiled in a dispute", "found itself playing host": with a
        reflexive object (or the reflexive subject of its complement) "find" says where
        someone ended up, not what anybody found out (on PolNeAR train 1 of 6 annotated)."""
        slots = [c for c in kids(verb) if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c.i > verb.i]
        held = [*slots, *(g for c in slots if c.dep_ != "dobj" for g in kids(c) if g.dep_ in SUBJECT_DEPS)]
        return any(t.pos_ == "PRON" and t.lower_.endswith(("self", "selves")) for t in held)

    @staticmethod
    def _complement_after(verb: Token) -> bool:
        """The verb has a predicate complement of its own after it ("she continued to
        renew it", "he urged the Russians to act"): a clause before it that the parser hung
        on it as a ccomp ("Her permit was valid, so she continued to renew it") is a
        sentence of its own, not what the verb reports."""
        return any(c.dep_ == "xcomp" and c.i > verb.i for c in kids(verb))

    def _with_date_before_comma(self, verb: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """`The Senate will vote on the bill Friday, Leader Ada Ruiz said Thursday`: the
        parser may hang a bare date ending the fronted content on the cue after the comma
        (as it does the cue's own "Thursday"). A date right after the content, with only
        the comma between it and the speaker, is the content's: the content runs over it."""
        if span is None or verb.idx < span[1]:
            return span
        for date in verb.lefts:
            if date.dep_ != "npadvmod" or date.ent_type_ != "DATE" or self.in_quote(date):
                continue
            words = self.doc[date.left_edge.i : date.right_edge.i + 1]
            gap = self.text[span[1] : words.start_char]
            after = self._tokens[words.end] if words.end < len(self.doc) else None
            if gap.strip() or after is None or after.text != ",":
                continue
            return span[0], words.end_char
        return span

    def _continued_past_cue(self, verb: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """`He is leaning toward Vrba, he said, because he prizes electability`: a
        "because" clause right after a cue that follows its content gives the speaker's
        reason, the rest of what was said, though the parser hangs it on the cue. The
        content runs on over it (the cue in between, as with any aside). ("since" is
        as often a time: `since he announced his bid`.)"""
        if span is None or verb.idx < span[1]:
            return span
        for clause in verb.rights:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ == "because" and m.i == clause.left_edge.i for m in self._kids[clause.i]
            ):
                continue
            if any(self.is_cue(t) for t in clause.subtree):
                return span  # `..., because he said the leaders ...`: a report of its own
            between = self.doc[verb.i + 1 : clause.left_edge.i]  # `said on Monday,`
            if any(not t.is_punct and verb not in t.ancestors for t in between) or any(
                self.in_quote(t) for t in (*between, clause)
            ):
                return span
            more = self.clause_span(clause)
            return span if more is None else (span[0], max(span[1], more[1]))
        return span

    def _pseudo_cleft_clause(self, verb: Token) -> Token | None:
        """ "What Ada Ruiz said was that the port would close": the cue is the subject
        clause of "be" (its object "what"), and what was said is the clause after "be"."""
        copula = self._heads[verb.i]
        if verb.dep_ != "csubj" or copula.lemma_.lower() != "be" or copula.i < verb.i:
            return None
        if not any(c.lower_ == "what" and c.dep_ == "dobj" and c.i < verb.i for c in self._kids[verb.i]):
            return None
        return next(
            (c for c in copula.rights if c.dep_ in ("ccomp", "attr") and c.pos_ in ("VERB", "AUX") and not self.in_quote(c)),
            None,
        )

    def _without_time_of_saying(
        self, verb: Token, clause: Token, span: tuple[int, int], *, subject_less: bool
    ) -> tuple[int, int]:
        """`said Monday talks had collapsed`, `said on Monday prices would rise`, `told
        reporters on Friday officials had lied`: with no "that", a date between the cue
        and the clause's subject is when it was said; the parser hangs it on the clause
        (as a modifier of the clause or of its subject) or takes the subject into it. The
        content starts at the subject, without the date."""
        if any(c.dep_ == "mark" for c in self._kids[clause.i]):
            return span
        words = map(self.doc.__getitem__, range(verb.i + 1, clause.i))  # (by index: a slice builds a Span)
        first = next((t for t in words if t.idx >= span[0]), None)
        if subject_less:
            # The subject swallowed by the date phrase: "on [Friday officials]".
            for prep in self._kids[verb.i]:
                pobj = next((c for c in self._kids[prep.i] if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
                if (
                    pobj is None
                    or not prep.i < pobj.i < clause.left_edge.i
                    or pobj.i + 1 != clause.left_edge.i
                    or pobj.ent_type_ in ("DATE", "TIME")
                    or pobj.pos_ != "NOUN"
                ):
                    continue
                dates = list(self.doc[prep.i + 1 : pobj.i])
                if dates and all(t.ent_type_ in ("DATE", "TIME") and t.dep_ == "compound" for t in dates):
                    return (pobj.idx, span[1])
            return span
        subject = next((c for c in self._kids[clause.i] if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or subject is None or subject.i < first.i or self.in_quote(subject):
            return span
        start = subject.left_edge
        # "Monday talks": a date compound on the subject, right after the cue.
        while start.i < subject.i and start.ent_type_ in ("DATE", "TIME") and start.dep_ == "compound":
            start = self._tokens[start.i + 1]
        lead = self.doc[first.i : start.i]
        if not lead or start.i == first.i or any(self.in_quote(t) for t in lead):
            return span  # `saying "on her worst day" she'd be ...`: quoted words are said
        dates = [t for t in lead if not t.is_punct]
        if dates and all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("on", "at", "in") for t in dates) and any(
            t.ent_type_ in ("DATE", "TIME") for t in dates
        ):
            return (start.idx, span[1])
        return span

    @staticmethod
    def _that_after_agent(verb: Token) -> Token | None:
        """ "It has been claimed by campaigners that the dam will ...": the parser hangs
        the extraposed that-clause on the by-agent's noun as its own clause; after an
        "it ... <speech verb> by X" passive it is what was said."""
        if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in kids(verb)):
            return None
        for agent in kids(verb):
            if agent.dep_ != "agent" or agent.i < verb.i:
                continue
            for obj in kids(agent):
                if obj.dep_ != "pobj":
                    continue
                for clause in obj.rights:
                    first = clause.left_edge
                    if (
                        clause.dep_ in ("acl", "relcl", "ccomp")
                        and first.lower_ == "that"
                        and first.dep_ == "mark"
                        and 0 < first.i - obj.i <= 4
                        and not any(t.is_punct for t in obj.doc[obj.i + 1 : first.i])
                        and _has_subject(clause)
                    ):
                        return clause
        return None

    def _and_that(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """Extend a content over a coordinated that-clause right after it.

        "eager to prove her team has listened, and that she is as strong as ever": the
        second "that" only makes sense as another clause of what was said, wherever the
        parser hung it (often on the sentence root, far above the cue).
        """
        if span is None:
            return span
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span
        i = tokens[-1].i + 1
        gap = []
        while i < len(self.doc) and len(gap) < 2 and self._tokens[i].lower_ in (",", "and", "but", "or"):
            gap.append(self._tokens[i].lower_)
            i += 1
        if not any(w != "," for w in gap) or i >= len(self.doc):
            return span
        mark = self._tokens[i]
        head = self._heads[mark.i]
        if mark.lower_ != "that" or mark.dep_ != "mark" or head.dep_ != "conj" or head.i < mark.i:
            return span
        more = self.clause_span(head)
        if more is None or more[1] <= span[1]:
            return span
        return (span[0], more[1])

    def _hearer_told(self, verb: Token, obj: Token) -> bool:
        """`She told the jury earlier in the trial`: the object of "tell" that can hear
        (a person, a group, a body) is who was told, never what was said."""
        return (
            verb.lemma_.lower() == "tell"
            and obj.dep_ in ("dobj", "dative")
            and obj.pos_ in ("NOUN", "PROPN", "PRON")
            and not self.in_quote(obj)
            and (self.can_hear(obj) or self._hearer_before_second_piece(obj))
        )

    def _hearer_before_second_piece(self, obj: Token) -> bool:
        """`"Our schools," Ana Ruiz told the station, "need more teachers."`: an object
        of "tell" that a comma and the opening mark of the split quotation's second
        piece follow is whom the speaker told, whatever noun it is; what was said is in
        the marks (the direct pass), not the object."""
        after = obj.right_edge.i + 1
        return (
            after + 1 < len(self.doc)
            and self._tokens[after].text == ","
            and self._opens_quote(self._tokens[after + 1])
        )

    def _title_read_as_clause(self, clause: Token) -> bool:
        """A clause whose words lie inside one quotation that is a title, but for the
        title's owner before it ("CBS's")."""
        qids = self._quote_ids(clause.idx, clause.idx + len(clause))
        if len(qids) != 1:
            return False
        q = self.quotes[next(iter(qids))]
        if not (q.start <= clause.idx < q.end) or not self.is_title(q):
            return False
        owner = {t.i for c in self._kids[clause.i] if c.dep_ == "poss" for t in c.subtree}
        return all(
            q.start <= t.idx < q.end or t.is_punct or t.i in owner for t in clause.subtree
        )

    @staticmethod
    def _aside_after_subject(verb: Token, host: Token) -> bool:
        """An aside set off right after the subject of the clause it hangs from (`The
        plan, as Ines Calloway noted, is flawed`): the subject is part of what was said
        (an opening adverbial before an aside is not: `But, as Roe noted, ...`)."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.left_edge.i == host.left_edge.i
            and c.right_edge.i + 2 >= verb.left_edge.i
            for c in kids(host)
        )

    @staticmethod
    def _told_aside(verb: Token) -> bool:
        """ "told the court" set off inside the clause it reports, which the parser hangs
        it on as parataxis: an aside with its hearer, no content of its own."""
        return (
            verb.dep_ == "parataxis" and head_of(verb).pos_ in ("VERB", "AUX") and verb.i > head_of(verb).left_edge.i
            or _leading_report(verb)
        )

    def _clause_read_as_subject(self, verb: Token) -> Token | None:
        """A fronted report the parser read as a second subject of the closing cue:
        in `The barrier that guards the town needs repairs, the board said.` "town needs
        ..." is taken for a relative clause and "barrier" becomes a subject of "said"
        beside "board". When the cue ends the sentence with two subjects, the earlier one
        opening the sentence and running up to the comma right before the other, and the
        earlier phrase holds a tensed verb, that phrase is what was said."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or self.in_quote(verb):
            return None
        # (the earlier phrase may also hang on the cue as an unlabelled ``dep``, or as
        # an adverbial clause that is only a noun)
        subjects = [
            c
            for c in verb.lefts
            if (c.dep_ in ("nsubj", "dep") or c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN"))
            and not self.in_quote(c)
        ]
        if len(subjects) < 2 or subjects[-1].dep_ != "nsubj":
            return None
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.rights):
            return None
        fronted, speaker = subjects[-2], subjects[-1]
        comma = self._tokens[speaker.left_edge.i - 1]
        if comma.text != "," or fronted.right_edge.i != comma.i - 1 or speaker.right_edge.i != verb.i - 1:
            return None
        if fronted.left_edge.i != fronted.sent.start or not self.can_speak(speaker):
            return None
        if not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") or self._past_read_as_participle(t, verb)
            for t in fronted.subtree
            if t.i != fronted.i
        ):
            return None
        return fronted

    def _past_read_as_participle(self, token: Token, verb: Token) -> bool:
        """`Talks on the lane stalled on Tuesday, two officials said.`: a regular past
        tense the parser read as a participle on the noun before it ("the lane
        [which was] stalled"). Before a cue that closes the sentence with a subject of
        its own, a noun phrase alone would say nothing, so the -ed form is the verb."""
        nxt = self._tokens[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        return (
            token.tag_ == "VBN"
            and token.dep_ == "acl"
            and token.lower_.endswith("ed")
            and (nxt is None or nxt.text in (".", "!") or nxt.is_sent_start)
        )

    @staticmethod
    def _raised_report(verb: Token) -> bool:
        """`The company is said to be considering job cuts`, `Osman is believed to have
        been on the plane`: a passive verb of saying or believing with an infinitive
        reports that infinitive of its subject (who says it goes unnamed); the subject is
        added to the content by `_raise_subject`, as PolNeAR keeps both pieces."""
        return (
            verb.lemma_.lower() in lexicon.RAISED_REPORT_VERBS
            and any(c.dep_ == "auxpass" for c in kids(verb))
            and any(c.dep_ == "nsubjpass" and c.tag_ not in ("WDT", "WP") for c in kids(verb))
            # ("is reported to have called them ...": the inner act of saying is the report)
            and not any(
                c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.SPEECH_VERBS for c in kids(verb)
            )
        )

    def _first_conjunct(self, clause: Token) -> Token:
        """The first of the coordinated clauses ``clause`` closes: a closing cue the parser
        made a conjunct of the last clause of "Schools will reopen, buses will run, but
        the markets will stay closed, the governor said" reports them all (PolNeAR spans
        the whole sentence before the speaker), not the last alone."""
        while clause.dep_ == "conj" and self._heads[clause.i].i < clause.i and self._heads[clause.i].pos_ in ("VERB", "AUX"):
            clause = self._heads[clause.i]
        return clause

    def _closing_cue_read_as_content(self, verb: Token) -> tuple[Token, Token, int] | None:
        """`The general said the city had fallen, Tass reported.`: the parser may make
        the closing attribution ("Tass reported") the reported clause of the first cue,
        with what was said hung on it. A finite speech verb after the first cue, with its
        own subject set off by a comma and nothing after it but the closing stop, is the
        source of the whole sentence (PolNeAR: "X said Y" is what Tass reported).
        Returns that closing verb, the clause hung on it before the comma, and the comma."""
        doc = self.doc
        closing = next((c for c in self._kids[verb.i] if c.dep_ == "ccomp" and c.i > verb.i), None)
        if closing is None or closing.tag_ not in ("VBD", "VBZ", "VBP") or not self.is_cue(closing):
            return None
        if closing.lemma_.lower() not in lexicon.SPEECH_VERBS or self.in_quote(closing):
            return None
        subjects = [c for c in self._kids[closing.i] if c.dep_ == "nsubj" and c.i < closing.i]
        if not subjects or subjects[-1].right_edge.i != closing.i - 1:
            return None
        comma = subjects[-1].left_edge.i - 1
        if comma <= verb.i or doc[comma].text != ",":
            return None
        if self._last_word_of_sentence(closing.i) > closing.i:
            return None
        inner = next((c for c in self._kids[closing.i] if c.dep_ == "ccomp" and verb.i < c.i < comma), None)
        if inner is None or any(self.in_quote(t) for t in doc[verb.i : comma]):
            return None
        return closing, inner, comma

    def _modal_clause_read_as_phrase(self, verb: Token) -> tuple[int, int] | None:
        """`The union warned the strike could last weeks`: the parser reads "last" as an
        adjective on "weeks" ("last weeks") and hangs the pieces of the reported clause on
        the cue as its object and a bare noun, so no clause is left to report. A modal
        ("could", "may", "will") right after a noun phrase following the cue, whose head
        is no verb after it, still marks a finite clause with that phrase as its subject:
        it runs from that phrase to the end of what hangs on the cue after it."""
        if verb.tag_ == "VBN" or self.in_quote(verb):
            return None
        doc = self.doc
        end_of_sentence = self.sentence_bounds(verb.i)[1]  # (not `verb.sent`: two Spans)
        start = verb.i + 1
        if start < end_of_sentence and doc[start].lower_ == "that":
            start += 1
        modal = None
        for t in map(doc.__getitem__, range(start, min(end_of_sentence, start + 8))):
            if t.tag_ == "MD":
                modal = t
                break
            if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "CCONJ") or self.in_quote(t):
                return None
        if modal is None or modal.i == start:
            return None
        head = self._heads[modal.i]
        if head.i > modal.i and head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "compound", "npadvmod"):
            return None  # a verb of its own: parsed as a clause (or a second act, "and will appeal")
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[start : modal.i]):
            return None
        predicate = next(
            (t for t in doc[modal.i + 1 : end_of_sentence] if t.dep_ not in ("neg", "advmod")), None
        )
        if predicate is None or predicate.is_punct or predicate.pos_ in ("NOUN", "PROPN", "PRON", "DET"):
            return None
        end = predicate.i
        for t in doc[start : predicate.i + 1]:
            top = t
            while self._heads[top.i].i != verb.i:
                if self._heads[top.i].i == top.i:
                    return None  # not under the cue at all
                top = self._heads[top.i]
            end = max(end, top.right_edge.i)
        while end > predicate.i and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return doc[start].idx, doc[end].idx + len(doc[end])

    def _clause_read_as_relative_of_hearer(self, verb: Token) -> Token | None:
        """ "He told officers he had done nothing wrong": the parser reads the clause
        with no "that" as a relative clause on the hearer ("officers [whom] he had ...").
        A finite clause right after the hearer, opening on a personal pronoun as its
        subject and with no relative word of its own, is what the cue told them."""
        for obj in verb.rights:
            if obj.dep_ in ("dobj", "dative"):
                # ("tell the players that he is leaving": any hearer, the "that" decides)
                clause = next((c for c in obj.rights if _complementizer_read_as_relative(c)), None)
                if clause is not None and not self.in_quote(clause):
                    return clause
            if obj.dep_ not in ("dobj", "dative") or not (
                obj.pos_ in ("NOUN", "PROPN") and self.can_hear(obj)
                or obj.lower_ in ("him", "her", "them", "us", "me", "you")
            ):
                # ("tell the I.R.S. anything it doesn't know", "told the story he had
                # heard": a thing told takes a true relative clause)
                continue
            for clause in obj.rights:
                first = clause.left_edge
                if (
                    clause.dep_ == "relcl"
                    and 0 < first.i - obj.i <= 3
                    and not any(t.is_punct for t in self.doc[obj.i + 1 : first.i])
                    and first.dep_ in ("nsubj", "nsubjpass")  # ("he had been sacked")
                    and first.tag_ == "PRP"
                    and self._heads[first.i].i == clause.i
                    and not any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in clause.lefts)
                    and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in clause.lefts))
                    and not self.in_quote(clause)
                ):
                    return clause
        return None

    def _stray_that_clause(self, verb: Token) -> Token | None:
        """A that-clause the parser hung on a noun after the cue: "told the audience at
        his fundraiser for veterans that he ...", where "that" is a complementizer
        (``mark``), not a relative pronoun. A reporting noun keeps such a clause ("told
        reporters of his claim that ..."), unless it is only the medium the cue spoke
        through ("told analysts on a call that ...", "wrote in a post that ..."): a noun
        that takes no that-clause of its own, in the cue's "in"/"on"/"at"/"during" phrase."""
        for t in verb.rights:
            if t.dep_ not in ("dobj", "prep", "agent", "dative", "npadvmod"):
                continue
            # the by-phrase of a passive cue is a prepositional phrase like any other:
            # "was told by the surgeon that the operation had gone well"; not of a
            # participle on a noun ("the story told by the fisherman that I remember"),
            # where a relative clause is the usual reading
            if t.dep_ == "agent" and not any(c.dep_ == "auxpass" for c in self._kids[verb.i]):
                continue
            phrase = t.dep_ in ("prep", "agent")
            for d in t.subtree:
                if d.dep_ not in ("relcl", "acl"):
                    continue
                finite = verb.tag_ != "VBG" or any(a.dep_ == "aux" and a.lemma_ == "be" for a in verb.lefts)
                opening = None if self._owns_that_clause(self._heads[d.i], t) else next(
                    (
                        m
                        for m in self._opening_thats(d)
                        if m.lower_ == "that"
                        and (m.dep_ == "mark" or (phrase and finite and self._that_with_a_subject(d, m)))
                    ),
                    None,
                )
                if opening is not None:
                    # a clause whose verb only is quoted ("at the time that she had
                    # "loved every minute""), opened by a "that" read as a relative word
                    # outside the marks, is a mixed content
                    quoted = self.in_quote(d) and (opening.dep_ == "mark" or self.in_quote(opening))
                    return None if quoted else d
                if phrase and finite and any(
                    m.lower_ == "that" and self._impossible_relative(d, m) for m in self._kids[d.i]
                ):
                    # "told reporters after the budget speech that no new taxes were
                    # planned": even on a reporting noun, a "that" no relative clause can
                    # have is a complementizer of the cue.
                    return None if self.in_quote(d) else d
        return None

    def _clause_read_as_the_hosts(self, verb: Token) -> Token | None:
        """`While Calloway insisted the port was safe, Vrba warned that ...`: the parser
        hangs a cue's opening subordinate clause on the clause right after the cue, read
        as a clause of the main verb's. A clause with no "that" whose subject follows the
        cue at once, closed by a comma before the main verb, is what the cue reports."""
        host = self._heads[verb.i]
        if verb.dep_ != "advcl" or host.i < verb.i or self._heads[host.i].i <= host.i or host.dep_ != "ccomp":
            return None
        if not any(m.dep_ == "mark" and m.i < verb.i for m in self._kids[verb.i]):
            return None
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in self._kids[verb.i]):
            return None
        subject = next((c for c in self._kids[host.i] if c.dep_ in SUBJECT_DEPS and c.i > verb.i), None)
        if subject is None or subject.left_edge.i != verb.right_edge.i + 1:
            return None
        if any(m.dep_ == "mark" for m in self._kids[host.i]) or self.in_quote(host):
            return None
        if host.right_edge.i + 1 >= len(self.doc) or self._tokens[host.right_edge.i + 1].text != ",":
            return None
        return host

    @staticmethod
    def _opening_thats(clause: Token) -> list[Token]:
        """The clause's own words, and a "that" opening it as the object of its
        infinitive or clause: in "has been saying for months that he wants to play abroad"
        the parser makes "that" the object of "play" ("... on a call that he wants the
        plant closed": of "closed"), the relative reading of a complementizer."""
        words = list(kids(clause))
        first = clause.left_edge
        head = head_of(first)
        while head.i != clause.i and head.dep_ in ("xcomp", "ccomp"):
            head = head_of(head)
        if (
            first.lower_ == "that"
            and first.dep_ == "dobj"
            and head_of(first).dep_ in ("xcomp", "ccomp")
            and head.i == clause.i
        ):
            words.append(first)
        return words

    @staticmethod
    def _owns_that_clause(noun: Token, phrase: Token) -> bool:
        """A reporting noun that may hold the that-clause hung on it; a noun of one only by
        its other frames ("a call for", "a speech about") is the medium of the cue when it
        sits in the cue's own setting phrase ("on a call", "in a speech")."""
        lemma = noun.lemma_.lower()
        if lemma not in lexicon.NOUN_CUE_LEMMAS:
            return False
        if lemma in lexicon.NOUN_CUES or lemma in lexicon.THAT_NOUNS or lemma in lexicon.COLON_NOUNS:
            return True
        return not (phrase.dep_ == "prep" and phrase.lower_ in lexicon.TIME_PLACE_PREPS | {"on"} and head_of(noun).i == phrase.i)

    @staticmethod
    def _impossible_relative(clause: Token, that: Token) -> bool:
        """"that" read as the object of a passive clause, or as the subject of a clause
        with a subject of its own: no relative pronoun can be either."""
        if that.i != clause.left_edge.i:
            return False
        later = [c.dep_ for c in kids(clause) if c.i > that.i]
        if that.dep_ == "dobj":
            return "nsubjpass" in later
        return that.dep_ == "nsubj" and ("nsubj" in later or "nsubjpass" in later)

    @staticmethod
    def _that_with_a_subject(clause: Token, that: Token) -> bool:
        """"wrote in a letter to patients that the clinic was closing": the parser reads
        "that" as the object of a relative clause, but the clause it opens has a
        subject of its own and no other object -- a complementizer. Only asked of a
        clause inside the cue's prepositional phrase: after a direct object ("confirm a
        judge that Republicans like") the relative reading is the usual one, and so it is
        after a participle read as an adjective ("telling insight into the debt that the
        island has amassed")."""
        if that.i != clause.left_edge.i or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in kids(clause)
        ):
            return False
        if that.dep_ == "nsubj":
            # "said in a press release that enrolment had reached ...": "that" read as the
            # subject of a clause that has a subject of its own cannot be a relative pronoun.
            return True
        if that.dep_ == "advmod":
            # "told the paper at the time that she had loved it": "that" read as the
            # relative adverb of the phrase's noun ("the time that ...") opens a clause
            # with a subject of its own; after the cue's phrase it is what was said.
            return True
        if that.dep_ != "dobj":
            return False
        if head_of(that).i != clause.i and any(c.dep_ == "nsubj" and c.i > that.i for c in kids(head_of(that))):
            # "told analysts on a call that she expected the deal to close in May": "that"
            # read as the object of a verb deeper in the clause that has a subject of
            # its own ("the deal ... to close") -- a complementizer, whatever phrases
            # follow that verb.
            return not any(c.dep_ == "dobj" and c.i != that.i for c in kids(head_of(that)))
        return not any(c.dep_ in ("dobj", "prep") and c.i > head_of(that).i for c in kids(head_of(that)))

    def _object_content(self, verb: Token) -> Token | None:
        """The object that is the content: "criticized the deal", "called for a ban"."""
        # ("questioned the driver about the crash": who was questioned, then the topic;
        # without "about" the object is what is doubted: "questioned the Callowsons' tactics")
        addressed = verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS or (
            verb.lemma_.lower() in lexicon.QUESTIONING_VERBS
            and any(
                c.dep_ == "prep" and c.lower_ == "about"
                for o in (verb, *(d for d in self._kids[verb.i] if d.dep_ == "dobj"))
                for c in self._kids[o.i]
            )
        )
        for child in verb.rights:
            if child.dep_ == "prep" and (verb.lemma_.lower(), child.lower_) in lexicon.ADDRESSEE_PREPS:
                continue  # "called on Congress to act": the addressee, not the content
            if (
                child.dep_ == "dobj"
                and child.pos_ == "PRON"
                and verb.lemma_.lower() == "call"
                and any(c.dep_ == "oprd" and c.i > child.i and not self.in_quote(c) for c in self._kids[verb.i])
                and self.subject_of(verb) is not None
            ):
                # "called him a fraud": the pronoun with the name given to it ("Call it
                # luck", with nobody calling, is the writer's; a quoted name is a
                # quotation of its own).
                return child
            if child.dep_ in ("dobj", "nsubj") and child.lower_ in lexicon.ANAPHORIC_CONTENTS and child.i > verb.i:
                # "two-thirds said the same of Lott": a report that points back (after
                # the verb, a "same" the parser calls a subject is its object)
                return child
            if self._bare_answer(verb, child):
                return child  # "46 percent said yes", "the governor endorsed her"
            if child.dep_ == "dobj" and self._physical_act(verb):
                return None  # "answered the door", "pointed a finger": a physical act, no content
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and (
                not self.in_quote(child) or self._words_outside_quotes(child) >= 2
            ):
                if (
                    verb.lemma_.lower() in lexicon.QUESTION_VERBS
                    and child.lemma_.lower() in lexicon.BARE_ASKED_NOUNS
                    and all(
                        c.dep_ in ("det", "amod", "nummod", "poss")
                        and c.lower_ not in ("that", "this", "these", "those")
                        or c.dep_ == "prep" and c.lower_ in lexicon.TIME_PLACE_PREPS
                        for c in self._kids[child.i]
                    )
                ):
                    # "asked him a question": what was asked is not given ("asked her
                    # that question" points back to it)
                    continue
                topic = self._topic_after_addressee(verb, child) if addressed else None
                if topic is not None:
                    return topic
                if addressed and (
                    child.pos_ == "PROPN"
                    or child.ent_type_
                    or child.lemma_.lower() in lexicon.UNNAMED_HEADS
                    or (
                        # "asked the real estate mogul", "told a Senate panel"; but
                        # "reminded the crowd of the stakes" carries what was said
                        child.lemma_.lower() in lexicon.ADDRESSEE_HEADS
                        and not any(
                            c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > child.i
                            for c in (*self._kids[child.i], *self._kids[verb.i])
                        )
                        # "remind the audience he was the only one": the parser hangs
                        # what was said on the addressee as a relative clause
                        and not any(c.dep_ in ("relcl", "acl") for c in self._kids[child.i])
                    )
                ):
                    continue  # "told NBC News", "asked reporters": the addressee, not the content
                return child
            if child.dep_ == "prep" and child.lower_ in ("for", "about", "on", "of") and verb.lemma_ in (
                "call", "discuss", "comment", "talk", "speak", "write", "complain", "warn",
                "ask", "think", "know", "hear", "learn", "argue", "testify", "boast", "joke",
            ) or child.lower_ == "about" and verb.lemma_.lower() in lexicon.QUESTIONING_VERBS:
                for pobj in self._kids[child.i]:
                    if pobj.dep_ == "pobj" and child.lower_ == "for" and _how_long(pobj):
                        continue  # "argued for three days", "talked for an hour": how long, not what
                    if pobj.dep_ == "pobj":
                        return pobj
            if child.dep_ == "prep" and child.lower_ in lexicon.TIME_PLACE_PREPS and verb.lemma_.lower() == "ask":
                topic = self._topic_in_occasion(child)
                if topic is not None:
                    return topic
            if (
                child.dep_ == "prep"
                and child.lower_ == "to"
                and verb.lemma_.lower() in ("admit", "confess")
                and verb.dep_ not in ("acl", "relcl", "amod")
                and not any(c.dep_ == "auxpass" for c in self._kids[verb.i])
                and child.i == verb.i + 1
            ):
                # "admitted to feeling nervous", "confessed to the killings": what was
                # owned up to (PolNeAR annotates it; a passive "admitted to the ward" lets in)
                for pobj in self._kids[child.i]:
                    if pobj.dep_ in ("pobj", "pcomp") and not self.can_speak(pobj):
                        return pobj
            if child.dep_ == "advcl" and child.i > verb.i and verb.lemma_ in lexicon.FOR_TO_VERBS and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in self._kids[child.i]
            ):
                # "called for the council to reopen the pier": the parser makes the
                # for-to clause an adverbial, but it is what was called for.
                return child
        return None

    @staticmethod
    def _topic_in_occasion(occasion: Token) -> Token | None:
        """`Asked at a briefing on Monday about the port, Ruiz said ...`, `when asked at the
        conference about the merger`: the parser hangs the "about" phrase on the noun of
        the occasion before it (the briefing, the conference), but it is what was asked
        about; a briefing is not "about" anything there. Only an "about" with no other
        head than a noun of the occasion phrase, after it."""
        for noun in occasion.subtree:
            if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            about = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
            pobj = next((c for c in kids(about) if c.dep_ in ("pobj", "pcomp")), None) if about else None
            if pobj is not None:
                return pobj
        return None

    def _topic_after_addressee(self, verb: Token, addressee: Token) -> Token | None:
        """`reminded voters of the six years ...`, `informed parents about the follow-up`:
        after a verb of telling someone, a described addressee (voters, the crowd) is who
        was told; what was said is the "of"/"about" phrase after it, wherever the parser
        hangs it. "of" only after verbs that take it for their topic (remind, warn, inform,
        assure: "told members of the council" names a body); a named addressee keeps
        its "of" ("told Ana Ruiz of the Herald")."""
        if addressee.pos_ == "PROPN" or addressee.ent_type_:
            return None
        # (a hearer noun, or someone who can be asked: "questioned the driver about the
        # crash", "reminding the campaign about the rules"; not words, which are what is
        # questioned: "question his statements about his life")
        lemma = addressee.lemma_.lower()
        if lemma not in lexicon.ADDRESSEE_HEADS and not (
            _personal_noun(lemma) or self.can_speak(addressee) and lemma not in lexicon.STATEMENT_NOUNS
        ):
            return None
        preps = ("of", "about") if verb.lemma_.lower() in lexicon.OF_TOPIC_VERBS else ("about",)
        for c in sorted((*self._kids[addressee.i], *self._kids[verb.i]), key=lambda x: x.i):
            if (
                c.dep_ == "prep"
                and c.lower_ in preps
                and c.i > addressee.i
                and any(p.dep_ in ("pobj", "pcomp") for p in self._kids[c.i])
            ):
                return c
        return None

    def _answer_word(self, verb: Token, child: Token) -> bool:
        """`Asked if the pier should close, 46 percent said yes`, "half said so", "I think
        so": a bare yes, no or so right after "say" (only "so" after "think") is what was
        said or held, in place of a clause. Not "said no to the plan" (a refusal of
        something named), and not inside a quotation."""
        if verb.lemma_.lower() not in lexicon.ANSWERING_VERBS or child.i != verb.i + 1:
            return False
        if child.lower_ not in lexicon.ANSWER_WORDS or verb.lemma_.lower() == "think" and child.lower_ != "so":
            return False
        if child.dep_ not in ("intj", "advmod", "dobj", "ccomp") or any(True for _ in self._kids[child.i]):
            return False
        nxt = self._tokens[child.i + 1] if child.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lower_ == "to":
            return False
        return not self.in_quote(child)

    def _with_colon_object(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`said three things: the port would close, jobs would go, ...`: an object the
        clauses after a colon spell out is part of what was said (as with one clause,
        which the parser hangs on the object), whichever clause the parser gave the verb.
        Not the one told (`told reporters: the port will stay open`): a hearer spells out
        nothing."""
        for obj in self._kids[verb.i]:
            if obj.dep_ != "dobj" or not verb.i < obj.i < clause.left_edge.i or self.in_quote(obj):
                continue
            if verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS and self.can_hear(obj):
                continue
            colon = next((t for t in self.doc[obj.i + 1 : clause.left_edge.i] if t.text == ":"), None)
            if (
                colon is not None
                and colon.i == obj.i + 1
                and obj.left_edge.idx < span[0]
                and not self._quote_ids(obj.left_edge.idx, span[1])
            ):
                return obj.left_edge.idx, span[1]
        return span

    def _noun_read_as_verb_after_quote(self, head: Token, verb: Token) -> bool:
        """`"The ferry will stop," harbour chief Anja Rask said`: the tagger reads the
        role noun opening the subject as a present-tense verb and makes it the clause
        the cue reports, the quotation hung under it. A subjectless word right after a
        quotation that ends in a comma, inside the cue's subject run, is no clause: the
        direct pass attributes the quotation."""
        if not (head.i < verb.i and head.tag_ in ("VBP", "VB") and not self.in_quote(head)):
            return False
        if _has_subject(head):
            return False
        before = self._tokens[head.i - 1] if head.i > 0 else None
        if before is None or not self._closes_quote(before):
            return False
        qi = self.quote_of_char[before.idx]
        if qi < 0 or not self.text[self.quotes[qi].start : self.quotes[qi].end].rstrip().endswith(","):
            return False
        subject = next((c for c in self._kids[verb.i] if c.dep_ in SUBJECT_DEPS), None)
        return subject is not None and head.i < subject.i < verb.i

    def _closes_quote(self, token: Token) -> bool:
        """A token that is nothing but the closing mark of a quotation."""
        if not (all(is_quote_char(ch) for ch in token.text) or is_quote_token(token.text)):
            return False
        qi = self.quote_of_char[token.idx]
        return qi >= 0 and self.quotes[qi].close_end == token.idx + len(token.text)

    def _quoted_as_object(self, verb: Token) -> Token | None:
        """`The paper quoted Ada Ruiz as saying ...`, `citing an aide as saying`: the one
        quoted (the object of an active "quote"/"cite") said the words; the outlet doing
        the quoting only relays them, as the subject of a passive "was quoted" speaks."""
        host = self._quoted_as_host(verb)
        if host is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in self._kids[host.i]):
            return None
        obj = next((c for c in self._kids[host.i] if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is None or self.in_quote(obj) or not self.can_speak(obj):
            return None
        return obj

    @staticmethod
    def _quoted_as_host(verb: Token) -> Token | None:
        """"quoted" (or "cited") of a "was quoted as saying" that ``verb`` completes."""
        prep = head_of(verb)
        if verb.dep_ == "pcomp" and prep.lower_ == "as" and head_of(prep).lemma_.lower() in ("quote", "cite"):
            return head_of(prep)
        return None

    def _quote_then_copula(self, head: Token, verb: Token) -> bool:
        """`"No comment," was all Ada Ruiz would say`: the parser makes the quote and
        the copula after it the clause of the later verb, but the words were said as
        quoted (the copula is the writer's frame): the direct pass reports the quote."""
        return (
            head.i < verb.i
            and head.lemma_ == "be"
            and self._words_outside_quotes(head) == 1
            and any(self.in_quote(t) for t in head.subtree)
        )

    def _words_outside_quotes(self, head: Token) -> int:
        """Words of ``head``'s phrase outside quote marks: "a ''throwaway culture'' in
        which ..." is the writer's phrase around a quoted one, not a quotation."""
        return sum(1 for t in head.subtree if t.is_alpha and not self.in_quote(t))

    def _without_occasion(self, head: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """ "claimed victory in a tweet", "announced the recall in a statement on Sunday":
        the parser may hang the occasion of speaking on the object noun, but it tells
        where the words were given, not what they were (PolNeAR spans "victory"). A
        trailing "in"/"during" phrase on the noun whose object is an occasion with "a" or
        "an" ends the content, with any date after it."""
        if span is None or head.pos_ not in ("NOUN", "PROPN"):
            return span
        # `called the vote "rigged" in a tweet`: on the name given to the object, too
        named = [r for c in head.rights if c.dep_ in ("acl", "amod", "oprd") for r in c.rights]
        for prep in (*head.rights, *named):
            if self.in_quote(prep) or _occasion_object(prep) is None:
                continue
            # (offsets only grow: the tokens up to the span's end, not to the document's)
            after = list(itertools.takewhile(lambda t: t.idx < span[1], self.doc[prep.right_edge.i + 1 :]))
            if any(not (t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.lower_ == "on") for t in after):
                continue
            last = self._tokens[prep.i - 1]
            end = last.idx + len(last)
            if last.i < head.i or end - span[0] < 8:
                return span  # "claimed victory": too short a content to keep on its own (`_reported_from`)
            return (span[0], end)
        return span

    def _fronted_whole(self, head: Token, cue: Token) -> bool:
        """`Ruiz met the board and said it would sell, aides said`, `... and urged Vrba
        to resign, according to two senators`: a clause wholly before the cue that
        closes the sentence is all that the cue reports, the speech acts inside it
        included (PolNeAR nests no cue inside a content: the inner ones are dropped)."""
        return head.i < cue.i and head.dep_ in ("ccomp", "ROOT", "conj")

    def _dashed_quotation_aside_end(self, verb: Token) -> Token | None:
        """`The new stadium \u2014 "a monument to vanity," one resident said \u2014 opens
        next week`: a quotation opening right after a dash and closed right before the
        cue's subject, with the cue's own words ending at a second dash, is what the
        aside's speaker said; the clause the dashes interrupt is the writer's (the parser
        hangs the aside on it as a parataxis, or makes the rest of the sentence the cue's
        complement). Returns the closing dash, or None when the cue is no such aside."""
        # (the quotations opened right after a dash, found once per article: most
        # articles have none, and then no cue is such an aside)
        quote_ends = self._dash_opened_quote_ends
        if not quote_ends:
            return None
        # (the nearest subject: the parser may hang the interrupted clause's on the cue too)
        subject = next((c for c in reversed(list(verb.lefts)) if c.dep_ == "nsubj"), None)
        if subject is None:
            return None
        doc = verb.doc
        dash = self._dash_after(verb.i)
        if dash is None or dash.i - 1 > verb.right_edge.i:
            return None  # (a token past the cue's subtree comes before the dash)
        if any(verb not in t.ancestors or t.dep_ in CONTENT_DEPS for t in doc[verb.i + 1 : dash.i]):
            return None
        start = subject.left_edge.idx  # (the quotation's comma and mark may hang on the cue)
        if any(end <= start and not self.text[end:start].strip(" ,") for end in quote_ends):
            return dash
        return None

    @functools.cached_property
    def _dash_opened_quote_ends(self) -> list[int]:
        """Where each top-level quotation opened right after a dash closes
        (`_dashed_quotation_aside_end`)."""
        return [q.close_end for q in self.quotes if _dash_at(self.text, q.open_start - 1, -1)]

    @functools.cached_property
    def _aside_dashes(self) -> list[int]:
        """The index of every dash token (`ASIDE_DASHES`), in order: read once, where
        looking for the next dash in the rest of the sentence at every cue grew
        quadratically in a long unpunctuated run of cues ("Ada said, Ada said, ...");
        from the ORTH column, no Token built per word."""
        return numpy.flatnonzero(hashes_in(column(self.doc, ORTH), _ASIDE_DASH_HASHES)).tolist()

    def _dash_after(self, i: int) -> Token | None:
        """The first dash after token ``i`` in its sentence, or None."""
        dashes = self._aside_dashes
        k = bisect.bisect_right(dashes, i)
        if k == len(dashes) or dashes[k] >= self.sentence_bounds(i)[1]:
            return None
        return self._tokens[dashes[k]]

    @functools.cached_property
    def _last_words(self) -> list[int]:
        """For each sentence (in `_sentence_starts` order) the index of its last token
        that is neither punctuation nor space (-1 when it has none), read once: whether
        only a closing stop follows a word was a walk to the sentence end per cue."""
        starts = self._sentence_starts
        last = [-1] * len(starts)
        k = 0
        for t in self.doc:
            while k + 1 < len(starts) and t.i >= starts[k + 1]:
                k += 1
            if not (t.is_punct or t.is_space):
                last[k] = t.i
        return last

    def _last_word_of_sentence(self, i: int) -> int:
        """The index of the last word (no punctuation, no space) of token ``i``'s
        sentence, or -1."""
        return self._last_words[bisect.bisect_right(self._sentence_starts, i) - 1]

    def _speaker_read_as_subject(self, verb: Token, head: Token) -> bool:
        """`"The danger," said Ada Ruiz, an economist, "is that ..."`: with an appositive
        after the inverted speaker, the parser takes the name for the subject of the
        quoted predicate and hangs the cue on it. The name right after the cue is who
        spoke, not part of what was said: the quotation after it is the second half of
        a quotation the cue interrupts, left to the direct pass."""
        subj = next((c for c in self._kids[head.i] if c.dep_ in SUBJECT_DEPS), None)
        return (
            subj is not None
            and verb.i < subj.i < head.i
            and subj.left_edge.i == verb.i + 1
            and not self.in_quote(subj)
            and self.in_quote(head)
        )


def _addressed_infinitive(verb: Token) -> bool:
    """`advised residents to stay indoors`, `was advised to rest`, `when advised to
    wait`: a verb of advising or begging reports its infinitive when someone is
    addressed, as object or as (passive) participle's subject (`ADDRESSED_XCOMP_VERBS`)."""
    return verb.lemma_.lower() in lexicon.ADDRESSED_XCOMP_VERBS and (
        any(c.dep_ in ("dobj", "nsubjpass") for c in kids(verb))
        or verb.tag_ == "VBN" and verb.dep_ not in ("relcl", "acl")
    )


def _that_read_as_adverbial(clause: Token, verb: Token) -> bool:
    """`reassuring his counterpart that Beijing has no plans`: a clause opened by a bare
    "that" after the cue's object, which the parser takes for an adverbial; "that" opens
    no adverbial clause on its own ("so that", "now that" do), so it is what was said."""
    if clause.dep_ != "advcl" or clause.i < verb.i:
        return False
    marks = [m for m in kids(clause) if m.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ != "that":
        return False
    # ("would say only that the budget was balanced": a focus adverb before "that" is
    # hung on the clause and opens it; it limits the saying, not a time or a cause)
    first = clause.left_edge
    while first.i < marks[0].i and first.dep_ == "advmod" and first.lower_ in lexicon.FOCUS_ADVERBS:
        first = clause.doc[first.i + 1]
    if marks[0].i != first.i:
        return False
    before = clause.doc[clause.left_edge.i - 1]
    return before.lower_ not in ("so", "now", "such", "except", "given", "provided", "in")


def _dash_at(text: str, i: int, step: int) -> bool:
    """Whether the first non-space character from ``i`` on (going by ``step``) is a dash."""
    while 0 <= i < len(text) and text[i].isspace():
        i += step
    return 0 <= i < len(text) and text[i] in "\u2014\u2013-"


def _leading_report(verb: Token) -> bool:
    """`Every Friday, the former aide told the Post, Ruiz would chair the meeting`: a
    finite speech verb with its own subject and nothing to report, set off by a comma
    right before the subject of the clause the parser hangs it on (as an adverbial
    clause, with no subordinator of its own), reports that clause."""
    head = head_of(verb)
    # (or as a complement clause of the verb after it: "Without surgery, they told the
    # family, the boy would not survive")
    if verb.dep_ not in ("advcl", "parataxis", "ccomp") or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "ccomp" and head.lemma_.lower() in lexicon.SPEECH_VERBS:
        return False  # "The senator insisted on a recount, aides said": the report is the verb after
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in lexicon.SPEECH_VERBS:
        return False
    if any(c.dep_ in ("mark", *CONTENT_DEPS, "xcomp") or c.tag_ == "WRB" for c in kids(verb)):
        return False  # "When two firms write an agreement, ...": a clause of its own
    if verb.lemma_.lower() not in lexicon.ADDRESSEE_VERBS and any(c.dep_ == "dobj" for c in kids(verb)):
        return False  # what was written is the object; only a hearer is no content
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in kids(verb)):
        return False
    subject = next((c for c in kids(head) if c.dep_ in SUBJECT_DEPS and c.i > verb.i), None)
    after = verb.right_edge.i + 1
    return subject is not None and verb.doc[after].text == "," and subject.left_edge.i == after + 1


def _comma_aside_inside_host(verb: Token) -> bool:
    """A cue set off by commas inside the clause it reports, with no object of its own
    (`Farmers, the minister warned on Monday, are short of water`): parataxis on a verb
    after it, the host's words before it and a comma on each side."""
    host = verb.head
    if verb.dep_ != "parataxis" or host.i <= verb.i or host.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return False
    doc = verb.doc
    left, right = verb.left_edge.i, verb.right_edge.i
    if right < len(doc) - 1 and doc[right].text != ",":
        right += 1
    if doc[left].text != "," and left > 0:
        left -= 1
    return left > host.left_edge.i and doc[left].text == "," and doc[right].text == ","


def _aside_host(verb: Token) -> Token | None:
    """The clause an "as" aside comments on: the verb it hangs from, or the verb of the
    subject the parser hung it on (`The plan, as noted by Ines Calloway, is flawed`), or
    of the comma it hung a passive aside on."""
    head = head_of(verb)
    if head.is_punct and verb.dep_ == "prep" and verb.tag_ == "VBN" and head.i < verb.i:
        head = head_of(head)
    if head.pos_ in ("VERB", "AUX"):
        return head
    if head.pos_ == "ADJ" and any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(head)):
        # `As the inspector said, the prison has been understaffed for years`: the parser
        # may take a participle heading the clause for an adjective with its own subject
        return head
    if (
        head.pos_ in ("NOUN", "PROPN", "PRON")
        and head.dep_ in ("nsubj", "nsubjpass")
        and head_of(head).pos_ in ("VERB", "AUX")
        and head.i < verb.i < head_of(head).i
        # with its speaker: "as mentioned above" is the writer's own pointer
        and any(c.dep_ in ("nsubj", "agent") for c in kids(verb))
    ):
        return head_of(head)
    return None


def _subjects_read_before(verb: Token) -> list[Token]:
    """The subjects of ``verb`` before it; the parser may leave a fronted one unlabelled
    (`The ferry, Ines Calloway told the council, would run`: "ferry" a bare dep)."""
    return [
        c for c in kids(verb)
        if c.i < verb.i and (c.dep_ == "nsubj" or c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN"))
    ]


#: The dependencies of a verb's complement (`_aside_before_complement`), and those the
#: parser may hang on an aside instead of its host (`_complement_read_as_the_asides`),
#: an adverbial clause among them; built once, not at every call.
_COMPLEMENT_DEPS = frozenset({"attr", "acomp", "dobj", "oprd", "xcomp", "ccomp"})
_STRAY_COMPLEMENT_DEPS = _COMPLEMENT_DEPS | {"advcl"}


def _aside_before_complement(verb: Token, host: Token) -> bool:
    """An aside set off between the verb of the clause it hangs from and that verb's
    complement (`The plan is, as one official put it, "dead on arrival."`): the clause
    goes on after it, and what was said spans it."""
    return host.i < verb.left_edge.i and any(
        c.dep_ in _COMPLEMENT_DEPS and c.i > verb.right_edge.i
        for c in kids(host)
    )


def _complement_read_as_the_asides(verb: Token, host: Token) -> Token | None:
    """`The council was, as Maria Lopez noted, slow to act`, `The plan is, as one
    official put it, "dead on arrival."`: a host verb with no complement, an aside right
    after it, and the parser hanging the complement on the aside after the comma that
    closes it; returns that complement, else None."""
    if host.i > verb.left_edge.i or any(c.dep_ in _COMPLEMENT_DEPS for c in kids(host) if c.i > host.i):
        return None
    comma = next((c for c in kids(verb) if c.dep_ == "punct" and c.text == "," and c.i > verb.i), None)
    if comma is None:
        return None
    return next((c for c in kids(verb) if c.i > comma.i and c.dep_ in _STRAY_COMPLEMENT_DEPS), None)


def _absolute_after_comma(verb: Token, clause: Token) -> bool:
    """`"I thought we had time," Hale said, his voice breaking`: a participle with its own
    subject after a comma behind the cue is an absolute phrase describing the speaker
    (voice, hands, eyes), never what was said; reported speech is a tensed clause or an
    infinitive. Gated on the tag before anything else is looked at."""
    if clause.tag_ != "VBG" or clause.i < verb.i:
        return False
    doc = clause.doc
    left = clause.left_edge.i
    if left == 0 or doc[left - 1].text != "," or left <= verb.i:
        return False
    return not any(c.dep_ in ("aux", "mark") for c in kids(clause)) and any(
        c.i < clause.i and c.dep_ in ("nsubj", "compound", "poss", "npadvmod") for c in kids(clause)
    )


def _past_absolute(verb: Token, clause: Token) -> Token | None:
    """The clause itself, or, for an absolute phrase (`_absolute_after_comma`), the
    that-clause the parser coordinates with it (`He said, his voice breaking, that the
    army had fled`), or None."""
    if not _absolute_after_comma(verb, clause):
        return clause
    return next(
        (
            t
            for t in kids(clause)
            if t.dep_ in ("conj", "ccomp") and t.i > clause.i and any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(t))
        ),
        None,
    )


def _stranded_from_relative(verb: Token, clause: Token) -> bool:
    """`told residents not to drink the water, which they had been assured was safe`: the
    parser hangs the relative clause's own complement ("was safe", with no subject of its
    own: its subject is the "which") on the cue of the main clause. Right after the verb of
    a relative clause that sits between the cue and it, such a clause is that verb's."""
    if clause.i < verb.i or _has_subject(clause) or clause.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    before = clause.doc[clause.left_edge.i - 1]
    return before.dep_ == "relcl" and verb.i < before.i and head_of(before).i != verb.i


def _clause_stranded_after_fronted(verb: Token) -> Token | None:
    """`When Ada Roe told her manager she was pregnant, she was moved`: in a fronted
    adverbial clause the parser may hang the cue's clause (no "that") on the main verb
    after the comma, and the cue on that clause. A tensed clause whose subject starts
    right after the cue's phrase, closed by the comma before the main clause, is the
    cue's; the main verb, no cue itself, says nothing."""
    doc = verb.doc
    k = verb.right_edge.i + 1
    if k >= len(doc):
        return None
    for clause in doc[k].ancestors:
        main = head_of(clause)
        if clause.dep_ != "ccomp" or main.i <= clause.i or verb.i > clause.i:
            continue
        subject = next((c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass") and c.i < clause.i), None)
        end = clause.right_edge.i + 1
        if (
            subject is not None
            and subject.left_edge.i == k
            and clause.tag_ in ("VBD", "VBZ", "VBP", "MD")
            and main.lemma_.lower() not in lexicon.SPEECH_VERBS
            and end < main.i
            and doc[end].text == ","
        ):
            return clause
        return None
    return None


def _clause_stranded_after(relative: Token) -> Token | None:
    """The clause right after a relative clause's verb that the parser hung on the main
    clause's cue (`_stranded_from_relative`): what that verb reports."""
    k = relative.right_edge.i + 1
    if k >= len(relative.doc):
        return None
    first = relative.doc[k]
    for clause in (first, *first.ancestors):
        if clause.left_edge.i != first.i:
            break
        if clause.dep_ == "ccomp" and _stranded_from_relative(head_of(clause), clause):
            return clause
    return None
