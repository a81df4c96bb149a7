"""Reported speech from the dependency parse: which words start a report.

Verb cues governing a clause or object, attitude frames ("expected to win"), reporting
nouns ("her claim that ..."), stance adjectives, "according to" and "in X's view",
agentless and agentive passives.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from quotes import lexicon
from quotes.candidates import Candidate
from quotes.doccolumns import head_of, kids
from quotes.marks import (
    is_quote_token,
)
from quotes.nameshapes import _role_word
from quotes.patterns import (
    CONTENT_DEPS,
    FINITE_TAGS,
    SUBJECT_DEPS,
    _agent_object,
    _complementizer_read_as_relative,
    _has_subject,
    _has_that,
    _has_to,
    _how_long,
    _plural_agent,
    _put_it_in_an_as_clause,
    _reported_as_saying,
    _reports_own_that_clause,
    _that_read_as_determiner,
    _that_read_as_relative,
    _unable,
)

# A person's name set off by commas at the start of a span ("Ravi Menon, ...").
APPOSED_NAME = re.compile(r"([A-Z][\w'\u2019.-]+(?:[ \u00a0][A-Z][\w'\u2019.-]+){1,3}),\s+")

# Prepositions that place a view in the people who hold it: "concern among economists
# that ...", "a debate inside the ministry over whether ...".
HOLDER_PREPS = ("among", "inside", "within")

# A one-word heading opening a line before a quotation (`Claim: "..."`).
LINE_LABEL = re.compile("[A-Z][A-Za-z]+:[ \t]+(?=[\"\u201c\u2018'])")

# Verbs that take a "to" phrase of their own, where it is going, giving or turning:
# fronted (`To Iowa, Trump brought his message`, `To Harlow, the team travelled by bus`,
# `To the winner goes the cup`), the phrase is a destination or a recipient, nobody's view.
# (Cue verbs, "write to", "reply to", "report to", are no view either, and `_to_whom` drops
# every `lexicon.CUE_LEMMAS` verb before it reads this list.)
TO_ARGUMENT_VERBS = frozenset(
    "bring take travel go come send deliver return head move fly drive carry give hand sell "
    "ship lend offer mail walk run ride sail commute relocate transfer export apply talk "
    "speak turn listen belong happen lead flock flee migrate emigrate rush race hurry march "
    "drift donate pay award grant owe leave assign sing dedicate wave bow toast read "
    "introduce present appeal open".split()
)

# What follows the object of a poll's finding and belongs to it: "found Ruiz *with a
# lead*", "show Vrba *up* by ten", "put her support *at 5 percent*".
FINDING_COMPLEMENTS = ("prep", "advmod", "acomp", "oprd", "npadvmod", "xcomp", "ccomp", "dep")

# Verbs whose object is what was said or held ("rejected the plan"), with the object
# frames: in an agentive passive ("the plan was rejected by voters") the subject is it.
PASSIVE_OBJECT_LEMMAS = lexicon.OBJECT_VERBS | {lemma for lemma, slot in lexicon.CONTENT_FRAMES if slot == "dobj"}


class ReportedSpeechRules:
    """Reported speech from cue verbs, nouns, adjectives and sources in the dependency parse."""

    # -- reported speech ---------------------------------------------------------

    def reported_candidates(self, used_cues: set[int]) -> list[Candidate]:
        out: list[Candidate] = []
        passives: list[Candidate] = []
        for tok in self._trigger_tokens():
            # Read once: every access looks the string up in the vocabulary anew, and a
            # trigger goes through up to twenty of the tests below.
            lower, lemma, dep, pos = tok.lower_, tok.lemma_.lower(), tok.dep_, tok.pos_
            if lower == "according" and tok.i + 1 < len(self.doc) and not self.in_boilerplate(tok.idx):
                cand = self._according_to(tok)
                if cand:
                    out.append(cand)
                continue
            if lower == "per" and tok.i > 0 and self._tokens[tok.i - 1].lower_ == "as" and tok.i + 1 < len(self.doc):
                # "As per the official, the work will end in May": South Asian English
                # for "according to", taken only with a source that can speak.
                pobj = next((c for c in self._kids[tok.i] if c.dep_ == "pobj"), None)
                if pobj is not None and self.can_speak(pobj) and not self.in_boilerplate(tok.idx):
                    cand = self._according_to(self._tokens[tok.i - 1], "per")
                    if cand:
                        out.append(cand)
                continue
            if lower == "per" and self._sourcing_per(tok):
                # "The port will close in May, per Ada Ruiz", "Per a statement from the
                # union, ...": American news shorthand for "according to".
                cand = self._according_to(tok, "per", tok)
                if cand:
                    out.append(cand)
                continue
            if lower in lexicon.HEARSAY_ADVERBS and dep == "advmod" and not self.in_boilerplate(tok.idx):
                cand = self._hearsay(tok)
                if cand:
                    out.append(cand)
                continue
            if dep == "attr" and lemma in lexicon.PARTISAN_NOUNS:
                cand = self._partisan_of(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            if lower == "to" and dep == "prep":
                cand = self._to_whom(tok)  # "To Ruiz, the pier is a relic": Ruiz's view
                if cand is not None:
                    out.append(cand)
                continue
            if dep == "pobj" and lemma in lexicon.VIEW_NOUNS and self._heads[tok.i].lower_ == "in":
                cand = self._in_view(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            if pos == "NOUN" and dep == "ROOT" and lemma in lexicon.SPEECH_VERBS:
                cand = self._verb_read_as_noun(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            if dep == "dobj" and lemma in lexicon.RECEIVED_STANCES:
                cand = self._received_stance(tok)  # "the plan drew criticism from unions"
                if cand is not None:
                    out.append(cand)
                    continue
            if pos == "NOUN" and lower in ("show", "shows"):
                cand = self._records_show(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            if pos == "NOUN" and lemma in lexicon.NOUN_CUE_LEMMAS:
                cand = self._noun_cue(tok)
                if cand is not None:
                    out.append(cand)
                continue
            if dep == "amod" and lemma in lexicon.STANCE_ADJECTIVES:
                cand = self._postnominal_stance(tok)  # "voters wary of the deal"
                if cand is not None:
                    out.append(cand)
                continue
            if dep == "amod" and lemma in lexicon.SELF_LABELS:
                cand = self._self_described(tok)
                if cand is not None:
                    out.append(cand)
                continue
            if tok.i in used_cues or self.in_boilerplate(tok.idx):
                continue
            if self._speakers_allegiance(tok) or self._cannot_seem(tok) or self._thing_makes_likely(tok):
                continue
            if lower == "whether":
                cand = self._whether_object(tok)
                if cand is not None:
                    out.append(cand)
                continue
            if lower == "that":
                cand = self._that_clause(tok, used_cues)
                if cand is not None:
                    out.append(cand)
                continue
            if (dep == "acomp" or self._seemed_with_clause(tok)) and (
                pos == "ADJ" or tok.tag_ == "VBN" and lemma in lexicon.BELIEF_PASSIVES
            ):
                # ("is convinced that ...": the participle read as an adjective)
                cand = self._attitude_adjective(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            cand = None
            if pos == "VERB" and lemma in lexicon.JUDGEMENT_PASSIVES:
                cand = self._judged(tok)  # "was widely seen as a threat": the whole clause
            if cand is None and pos == "VERB" and lemma in lexicon.DISCLOSED_PASSIVES:
                cand = self._disclosed_by(tok)  # "the move was first reported by the Courier"
            if cand is None and pos == "VERB" and lemma in lexicon.FRAME_LEMMAS:
                cand = self._framed(tok)  # "described X as Y": the frame's slot first
            if cand is None and pos == "VERB" and lemma in lexicon.FINDING_VERBS:
                cand = self._poll_finding(tok)  # "the poll found Ruiz with a lead of 4 points"
            if cand is None and self.is_cue(tok):
                cand = self._reported(tok)
                if cand is None:
                    cand = self._closing_attribution(tok)
            if (
                cand is None
                and pos == "VERB"
                and lemma in PASSIVE_OBJECT_LEMMAS
                and not self._person_sought(tok)
                and not self._quoted_description(tok)
            ):
                # "The proposal was rejected by 64 percent of voters", "Cruz was endorsed by
                # Fiorina": what a verb of taking sides takes as object is the subject of
                # its passive, and the agent took the side.
                passive = self._disclosed_by(tok, person=True)
                if passive is not None:
                    passives.append(passive)
                continue
            if cand is not None:
                out.append(cand)
        # A subject that holds a report of its own ("Berlin's pledge to add troops was
        # welcomed by its allies") keeps that report: one item per stretch of text, and
        # the inner one names its speaker. (It may run past the passive's subject, when
        # the parser made its last words a second subject: `Accusations by X that the
        # minister lied and hid the report were denied by his office`.)
        return out + [p for p in passives if not any(_holds_report(p, o) for o in out)]

    def _quoted_description(self, verb: Token) -> bool:
        """`The decision was described by Ruth Amsel as "a grave mistake"`: a passive
        whose as-phrase or predicate is quoted is one item, the quotation's (see
        `quoted_complements`); its subject is what the words describe, no second item."""
        # (the parser may hang the as-phrase on the agent: `welcomed by unions as "a
        # step forward"`)
        agents = [p for c in verb.rights if c.dep_ == "agent" for p in self._kids[c.i] if p.dep_ == "pobj"]
        return any(
            (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as")
            and any(self.in_quote(t) for t in c.subtree)
            for c in [*verb.rights, *(r for a in agents for r in a.rights if r.dep_ == "prep")]
        )

    @staticmethod
    def _person_sought(verb: Token) -> bool:
        """ "Thabo Ruskin is wanted by three clubs", "she is wanted by police": a person
        wanted is sought (signed, arrested), not a view the agent holds; only what a verb
        of intent wants that is no person ("a wall is wanted by most voters") is one."""
        return verb.lemma_.lower() in lexicon.INTENT_VERBS and any(
            c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she", "they", "i", "we", "you"))
            for c in kids(verb)
        )

    @staticmethod
    def _speakers_allegiance(verb: Token) -> bool:
        """`"We need the ferry," said Ada Voss, who supports the mayor`, `Ines Ruiz, who
        has endorsed Vrba, told reporters ...`: a relative clause of allegiance on the
        speaker of a speech verb (or on a noun set beside the speaker) introduces the
        speaker, as a title would; it is no report of its own (on PolNeAR train 21 of 25
        such items are not annotated)."""
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in lexicon.ALLEGIANCE_VERBS:
            return False
        owner = head_of(verb)
        while owner.dep_ in ("appos", "conj") and head_of(owner).i != owner.i:
            owner = head_of(owner)
        return owner.dep_ == "nsubj" and head_of(owner).lemma_.lower() in lexicon.SPEECH_VERBS

    def _thing_makes_likely(self, verb: Token) -> bool:
        """"The storm threatened to close the port", "a vote that threatens to split the
        party", "the season promises to be busy": with a thing or an event as subject,
        "threaten" and "promise" say what is likely to happen, not what anyone threatened
        or promised (on PolNeAR train about three in four such items are not annotated).
        A person, a group or a pronoun that may stand for one ("it" for a union) keeps the
        speech act; so does a demonstrative only when it is a relative pronoun on a noun
        that can speak ("the union, which threatened to strike")."""
        if verb.lemma_.lower() not in lexicon.LIKELIHOOD_VERBS or verb.pos_ != "VERB":
            return False
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        if subject is None:
            # ("said the pier would reopen and promised ...": a conjunct the parser hangs
            # on the reported clause shares the speaker's subject, not the clause's)
            subject = self.subject_of(verb)
        if subject is None:
            return False
        if subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = self._heads[verb.i]  # "a vote that threatens to ...": the vote
        elif subject.lower_ in ("that", "this"):
            return True  # "That threatened to empty the schools": what was just told
        if subject.pos_ != "NOUN" or self.can_speak(subject):
            return False
        # "The time frame in which the nominee, Sen. Ann Roe, promised reform": a misparse
        # may make a thing the subject and hang the speaker on it as an apposition.
        return not any(c.dep_ == "appos" and self.can_speak(c) for c in self._kids[subject.i])

    @staticmethod
    def _cannot_seem(verb: Token) -> bool:
        """"He just can't seem to win them over", "you cannot seem to be campaigning":
        "can't seem to" says that someone is unable to do a thing, not how anything
        seems to anybody ("didn't seem to make sense" still does)."""
        return verb.lemma_.lower() in ("seem", "appear") and _unable(verb)

    def _self_described(self, part: Token) -> Candidate | None:
        """ "Sanders, a self-described democratic socialist": the label is the bearer's own.

        Only where the phrase describes someone named beside it (an apposition, or the
        predicate of "be"): "the self-described socialist said" names nobody else, and
        PolNeAR leaves it unannotated. The content runs from the label's first word to
        its noun, without a relative clause after it.
        """
        doc = self.doc
        if part.i < 2 or doc[part.i - 1].text not in ("-", "‑") or doc[part.i - 2].lower_ != "self":
            return None
        noun = self._heads[part.i]
        if noun.i <= part.i or self.in_quote(part) or self.in_boilerplate(part.idx):
            return None
        if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in self._kids[noun.i]):
            return None  # "the self-described socialist said": a name for someone, no claim
        top = noun
        while top.dep_ == "conj" and self._heads[top.i].i != top.i:
            top = self._heads[top.i]
        owner = None
        if top.dep_ == "appos" and self._heads[top.i].pos_ in ("PROPN", "PRON"):
            owner = self._heads[top.i]
        elif top.dep_ == "attr" and self._heads[top.i].lemma_ == "be":
            owner = self.subject_of(self._heads[top.i])
        elif not any(c.dep_ == "det" for c in self._kids[noun.i]) and top.i == noun.i:
            return None  # "support from self-described conservatives": a class of voters
        if owner is not None and not self.can_speak(owner):
            owner = None
        if owner is None and top.dep_ == "appos":
            # "Sen. Ann Roe, D-Vt., a self-described ...": the parse lost the apposition's
            # head; the last person named before it in the sentence bears the label.
            people = [e for e in part.sent.ents if e.label_ == "PERSON" and e.end <= part.i]
            owner = people[-1].root if people else None
        start, end = doc[part.i + 1].idx, noun.idx + len(noun)
        if self._quote_ids(start, end):
            return None
        cue = (doc[part.i - 2].idx, part.idx + len(part))
        mention = self.mention_span(owner) if owner is not None else None
        return Candidate("indirect", start, end, cue, mention, 0.6 if mention else 0.4, set(), None)

    def _framed(self, verb: Token) -> Candidate | None:
        """Content in the slot of an attitude frame ("expected to win", "talked about X").

        The frames' slots are read first: four in five frame verbs have no word after
        them in a slot of their frame, and the tests of the verb itself (quoted, a
        physical act, a phrasal verb of no speech ...) cost more than finding that out."""
        lemma = verb.lemma_.lower()
        slots = _frame_slots(verb, lemma)
        if not slots:
            return None
        if self.in_quote(verb) or self._right_after_quote(verb) or self._physical_act(verb):
            return None
        if self._non_speech_phrasal(verb) or self._mute_indicator(verb):
            return None
        if self._say_or_tell_reporting_nothing(verb):
            return None
        particle = lexicon.PHRASAL_PARTICLES.get(lemma)
        if (
            particle is not None
            and lemma not in lexicon.CUE_LEMMAS
            and not any(c.dep_ == "prt" and c.lower_ == particle for c in self._kids[verb.i])
        ):
            return None  # "laid a wreath" is no "laid out a plan"
        objects = lexicon.FRAME_OBJECTS.get(lemma)
        if objects is not None and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in objects for c in self._kids[verb.i]
        ):
            return None  # "took a bus to Paris" is no "took a swipe at Paris"
        for child, key in slots:
            if child.dep_ == "prep":
                slot = next((c for c in self._kids[child.i] if c.dep_ in ("pobj", "pcomp")), None)
                if slot is None and key[1] == "prep:as":
                    slot = next((c for c in child.rights if c.pos_ == "ADJ"), None)  # "as most unfair"
            else:
                slot = child
            if slot is None or self.in_quote(slot) and slot.dep_ != "ccomp" and not self._quoted_head_of_phrase(slot):
                continue
            if slot.dep_ in ("oprd", "acomp") and any(c.dep_ == "ccomp" for c in slot.rights):
                continue  # "appeared confident (that) ...": the adjective's clause is said
            if slot.lemma_.lower() == "put" and _put_it_in_an_as_clause(slot):  # (it tests the xcomp)
                continue  # "as she likes to put it, ...": the idiom's cue, no liking reported
            if key[1] == "prep:for" and _how_long(slot):
                continue  # "argued for three days": how long, not what for
            if key == ("appeal", "xcomp") and not any(c.dep_ == "prep" and c.lower_ == "to" for c in self._kids[verb.i]):
                continue  # "appealing to swing voters" read as "to swing": no one appealed to
            if key[1] == "xcomp" and (key[0] == "expect" or key[0] in lexicon.RAISING_VERBS) and self._says_what(slot):
                continue  # "is expected to say that ...", "appeared to concede that ...": the speech verb's own report
            if (
                slot.dep_ == "dobj"
                and lemma in lexicon.EVIDENCE_VERBS
                and slot.lemma_.lower() in lexicon.NOUN_CUE_LEMMAS
            ):
                continue  # "showed a deep reluctance to X": the noun's own slot says it
            span = self._without_occasion(slot, self._with_complements(verb, slot, self.clause_span(slot)))
            if not (key[1].startswith("prep:") and slot.pos_ == "PRON"):
                # "bragged about it to voters", "asked about them in April": a pronoun
                # takes no phrase of its own, so what follows it tells to whom, when or
                # where, not more of what was talked about (PolNeAR spans the bare "it").
                span = self._trailing(verb, span)
            span = self._with_noun_that_clause(verb, slot, span)
            if span is not None and key[1] == "prep:as":
                span = self._with_cast_object(verb, child, span)
            cand = self._reported_from(verb, span, 0.6)
            if cand is None:
                continue
            if cand.mention is not None and key in lexicon.CONTENT_FRAMES:
                return cand
            if key in lexicon.NO_SOURCE_FRAMES and self._passive(verb):
                return cand  # "is expected to win": an attribution with no source
        return None

    def _quoted_head_of_phrase(self, slot: Token) -> bool:
        """`decried the "cowards and profiteers who run the port"`: an object noun inside
        marks whose phrase opens outside them (a determiner or possessor before the
        quotation) is a quoted fragment of the object, a mixed content, not a quotation
        standing for the whole slot."""
        first = slot.left_edge
        return slot.dep_ == "dobj" and first.i < slot.i and not self.in_quote(first) and not is_quote_token(first.text)

    def _says_what(self, verb: Token) -> bool:
        """A speech verb with a clause of its own: "(expected) to say that the alliance must
        spend more". Such a verb reports by itself, so the frame around it gives way."""
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS:
            return False
        # ("is set to tell the players that he is leaving": the clause the parser hangs
        # on the hearer as a relative one is still the verb's own)
        return any(c.dep_ == "ccomp" for c in self._kids[verb.i]) or any(
            _complementizer_read_as_relative(r)
            for c in self._kids[verb.i]
            if c.dep_ in ("dobj", "dative")
            for r in c.rights
        )

    def _with_cast_object(self, verb: Token, as_word: Token, span: tuple[int, int]) -> tuple[int, int]:
        """ "sees the campaign as unfair": the thing cast is part of the view.

        PolNeAR takes object and "as" phrase together (about 24 more of 240 such frames
        on train match that way, one fewer matches the "as" phrase alone).
        """
        obj = next((c for c in self._kids[verb.i] if c.dep_ == "dobj" and verb.i < c.i < as_word.i), None)
        if obj is None or self.in_quote(obj) or obj.left_edge.idx >= span[0]:
            return span
        if any(t.is_punct and t.text in ",;:" for t in self.doc[obj.right_edge.i + 1 : as_word.i]):
            return span
        return obj.left_edge.idx, span[1]

    def _that_clause(self, mark: Token, used_cues: set[int]) -> Candidate | None:
        """A that-clause after a verb outside the cue lists, with a speaker for subject.

        "The department calculates that ...", "he allowed that ...", "it dawned on her
        that ...": a complement clause opened by "that" is what someone holds or says,
        whatever the verb, once its subject can speak. The cue lists cannot name every
        such verb (most turn up once or twice in a corpus); the few whose that-clause is
        a result or a condition are in ``lexicon.NON_REPORTING_THAT_VERBS``.
        """
        clause = self._heads[mark.i]
        if mark.dep_ == "mark" and clause.left_edge.i == mark.i:
            made = self._made_clear(clause) or self._let_slip(clause)
            if made is not None:
                return made
        if mark.dep_ != "mark" or clause.dep_ != "ccomp" or clause.left_edge.i != mark.i:
            return None
        verb = self._heads[clause.i]
        noun = self._noun_before_that(verb, mark)
        if noun is None:
            noun = self._noun_subject_of_be(verb, mark)
        if noun is None:
            noun = self._noun_of_agent_participle(verb, mark)
        if noun is not None:
            return self._misattached_noun_clause(noun, verb, clause)
        lemma = verb.lemma_.lower()
        if (
            verb.pos_ != "VERB"
            or not verb.is_alpha
            or verb.i > mark.i
            or verb.i in used_cues
            or lemma in lexicon.CUE_LEMMAS
            or lemma in lexicon.CLAUSE_FRAME_LEMMAS
            or lemma in lexicon.NON_REPORTING_THAT_VERBS
            or self.in_quote(verb)
            # a clause whose head word opens a quotation ("ruled that the firm had
            # "misled its customers"") is a mixed report when its "that" is outside it
            or (self.in_quote(clause) and self.in_quote(mark))
        ):
            return None
        if not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in self._kids[clause.i]):
            return None  # "a campaign that had little firepower": a relative clause
        if any(t.lower_ in ("so", "such", "now", "given") for t in self.doc[verb.i : mark.i]):
            return None  # "so many walked out that ...", "now that ...": a result, a time
        if lemma in lexicon.FRAME_LEMMAS and any(t.pos_ in ("NOUN", "PROPN") for t in self.doc[verb.i + 1 : mark.i]):
            return None  # "accepted money from countries that the agency criticized": a relative "that"
        subject = self.subject_of(verb)
        if subject is None or not self.can_speak(subject):
            return None
        return self._reported_from(verb, self.clause_span(clause), 0.5)

    def _poll_finding(self, verb: Token) -> Candidate | None:
        """What a poll or a study finds, given as an object with its predicate: "the poll
        found Ruiz with a lead of four points", "polls show Vrba up by ten", "a survey
        put her support at 5 percent", "the poll had him at 4 percent". The object and
        what follows it are the finding (a small clause, not a that-clause, so the cue
        rules see only a name); the poll is its source. Bare objects count after "find"
        alone ("the survey found 90 percent support for the ban"): "the poll has a margin
        of error of three points" is the writer describing the poll (13+3 right, 4 wrong
        on PolNeAR train)."""
        if self.in_quote(verb) or self.in_boilerplate(verb.idx):
            return None
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if subject is None or obj is None or obj.pos_ == "PRON" and obj.lower_ not in ("him", "her", "them"):
            return None
        source = self._heads[verb.i] if subject.lower_ in ("which", "that") and verb.dep_ == "relcl" else subject
        if source.lemma_.lower() not in lexicon.EVIDENCE_SOURCES | lexicon.POLL_NOUNS:
            return None
        after = [c for c in verb.rights if c.i > obj.i and c.dep_ in FINDING_COMPLEMENTS]
        if not after and verb.lemma_.lower() != "find":
            return None
        end = max([obj.right_edge.i, *(c.right_edge.i for c in after)])
        tokens = [t for t in self.doc[obj.left_edge.i : end + 1] if not t.is_space]
        while tokens and (tokens[-1].is_punct and not is_quote_token(tokens[-1].text)):
            tokens.pop()
        if len(tokens) < 2 or any(self.in_quote(t) for t in tokens):
            return None
        start, stop = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        return Candidate("indirect", start, stop, self.cue_span(verb), self.mention_span(source), 0.5, set(), verb.i)

    def _whether_object(self, word: Token) -> Candidate | None:
        """An indirect question as the object of a preposition on a verb or adjective:
        "voters are split on whether the pier should close", "the board deadlocked on
        whether to act", "she equivocated on whether ...", "he was skeptical about whether
        ...". The question is what is disputed, weighed or doubted (14 of 16 new items on
        PolNeAR train); the verb's subject, when it can speak, holds it. A preposition
        before its head ("over whether X, officials were allowed ...") is a misparse, and
        nouns have their own frames (`WH_NOUNS`: "questions about whether ...")."""
        prep = self._tokens[word.i - 1] if word.i else None
        if prep is None or prep.dep_ != "prep" or self._heads[self._heads[word.i].i].i != prep.i:
            return None
        if self._heads[word.i].dep_ not in ("pcomp", "pobj") or word.dep_ != "mark" and self._heads[word.i].i != word.i:
            return None
        verb = self._heads[prep.i]
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or verb.i > prep.i:
            return None
        if self.in_quote(word) or self.in_boilerplate(word.idx):
            return None
        if verb.pos_ == "ADJ":
            verb = self._heads[verb.i]
        span = self.clause_span(self._heads[word.i])
        if span is not None:
            span = (word.idx, span[1])  # PolNeAR keeps "whether" in the question
        cand = self._reported_from(verb, span, 0.5)
        if cand is None:
            return None
        cand.cue = (self.cue_span(verb)[0], prep.idx + len(prep))
        if cand.mention is None:
            # "voters are split on whether ...": the passive's subject is the one split
            split = next((c for c in self._kids[verb.i] if c.dep_ == "nsubjpass" and c.i < verb.i), None)
            if split is not None and self.can_speak(split):
                cand.mention = self.mention_span(split)
        return cand

    def _made_clear(self, clause: Token) -> Candidate | None:
        """ "She made it clear that the pier stays": what the subject made clear.

        The parser hangs the that-clause on "clear" (an adverbial clause), which itself
        is the complement of "make", so neither verb route sees it; "it is clear that"
        (the writer's own judgement) has no "make" and stays out.
        """
        adj = self._heads[clause.i]
        # ("made clear that X" without "it" often parses X as a subject clause of "clear")
        if clause.dep_ not in ("advcl", "ccomp", "csubj") or adj.lemma_.lower() not in lexicon.MADE_CLEAR:
            return None
        verb = self._heads[adj.i]
        if adj.dep_ not in ("ccomp", "oprd", "acomp", "xcomp") or verb.lemma_.lower() != "make":
            return None
        return self._reported_by_subject(verb, clause)

    def _let_slip(self, clause: Token) -> Candidate | None:
        """ "The producer let slip that a sequel was being filmed", "the agency let it be
        known that it would not renew": what the subject of "let" gave away or made known.
        The parser hangs the that-clause on "slip" or "known", complements of "let", so
        no cue verb governs it; "let" is the cue and its subject the speaker."""
        head = self._heads[clause.i]
        # (the parser may read the that-clause as an adverbial one of "slip")
        if clause.dep_ not in ("ccomp", "advcl") or head.dep_ not in ("ccomp", "xcomp") or self._heads[head.i].lemma_.lower() != "let":
            return None
        known = head.lemma_.lower() == "know" and head.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in self._kids[head.i])
        if head.lemma_.lower() != "slip" and not known:
            return None
        return self._reported_by_subject(self._heads[head.i], clause)

    def _reported_by_subject(self, verb: Token, clause: Token) -> Candidate | None:
        """For `_made_clear` and `_let_slip`: ``clause`` reported by ``verb`` ("made",
        "let"), which governs it only through a word between, so no cue route sees it; the
        verb's subject, when it can speak, is the speaker. Nothing inside a quotation."""
        if self.in_quote(verb) or self.in_quote(clause):
            return None
        subject = self.subject_of(verb)
        if subject is None or not self.can_speak(subject):
            return None
        return self._reported_from(verb, self.clause_span(clause), 0.6)

    def _noun_before_that(self, verb: Token, mark: Token) -> Token | None:
        """`stood by his comment Monday that "..."`, `challenged over his statement on
        Wednesday that ...`: a reporting noun right before "that", with at most a date
        between, whose clause the parser hung on the verb instead of the noun."""
        if verb.i > mark.i:
            return None
        for tok in reversed(self.doc[max(verb.i + 1, mark.i - 10) : mark.i]):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.NOUN_CUES:
                head = self._heads[tok.i] if tok.dep_ == "dobj" else self._heads[self._heads[tok.i].i]
                return tok if tok.dep_ in ("dobj", "pobj") and head.i == verb.i else None
            if tok.pos_ not in ("PROPN", "ADP", "NUM") and tok.ent_type_ != "DATE" and not (
                self._in_of_phrase(tok, mark) and tok.pos_ in ("DET", "ADJ", "NOUN")
            ):
                return None
        return None

    @staticmethod
    def _noun_of_agent_participle(verb: Token, mark: Token) -> Token | None:
        """`A claim made by Ann Roe that the river was polluted`: the parser hangs the
        that-clause on the participle, but a participle with its agent that describes a
        reporting noun leaves the clause to the noun (whose author the agent names)."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i > mark.i:
            return None
        noun = head_of(verb)
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.NOUN_CUES:
            return None
        return noun if any(c.dep_ == "agent" and c.i < mark.i for c in kids(verb)) else None

    @staticmethod
    def _in_of_phrase(tok: Token, mark: Token) -> bool:
        """`the contention of former secretary of state Ann Roe that ...`: ``tok`` is in
        an "of" phrase naming whose the noun before it is, which runs up to "that"."""
        for anc in tok.ancestors:
            if anc.dep_ == "prep" and anc.lower_ == "of":
                return anc.i < tok.i < mark.i
        return False

    def _noun_subject_of_be(self, verb: Token, mark: Token) -> Token | None:
        """`The senator's answer was that ...`, `His message is that ...`: a reporting or
        quoting noun as the subject of "be" holds the that-clause after it. So does an
        owned noun of a held view (`whose evidence was that ...`, `her conclusion is
        that ...`), which alone ("the evidence is that") is the writer's. "Remain" says
        the same of a held position (`The ministry's position remains that ...`)."""
        if verb.lemma_ not in ("be", "remain") or verb.i > mark.i or self.in_quote(verb):
            return None
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN":
            return None
        lemma = subject.lemma_.lower()
        if lemma in lexicon.NOUN_CUES or lemma in lexicon.QUOTING_NOUNS:
            return subject
        owned = lemma in lexicon.THAT_NOUNS and any(c.dep_ == "poss" for c in self._kids[subject.i])
        return subject if owned else None

    def _noun_owner(self, noun: Token, of_phrase: bool = True) -> Token | None:
        """Whose a reporting noun is: its possessor ("her claim"), else a named "of"
        phrase ("the claim of Ann Roe"; ``of_phrase``), else a name modifying it."""
        owner = next((c for c in self._kids[noun.i] if c.dep_ == "poss"), None)
        if owner is None:
            preps = ("by", "from", *HOLDER_PREPS)
            owner = self._of_owner(noun, ("of", *preps) if of_phrase else preps)
        return owner if owner is not None else self._modifier_owner(noun)

    def _modifier_owner(self, noun: Token) -> Token | None:
        """Who a reporting noun belongs to when no possessive says so: a name as its
        modifier ("Republican calls for ...", "the Obama calls for ...") or the subject
        of a light verb in a relative clause on it ("the promise she has made is ...")."""
        for c in noun.lefts:
            if c.dep_ in ("compound", "amod") and c.ent_type_ in ("PERSON", "ORG", "NORP") and not self.in_quote(c):
                return c
        for c in noun.rights:
            # (a clause opened by the complementizer "that" is the noun's content, not a
            # relative on it: "the accusation that the firm had hidden losses")
            if c.dep_ == "relcl" and c.lemma_.lower() in lexicon.LIGHT_VERBS and not _has_that(c):
                subject = next((s for s in self._kids[c.i] if s.dep_ == "nsubj"), None)
                if subject is not None and subject.tag_ not in ("WDT", "WP") and self.can_speak(subject):
                    return subject
        return None

    def _of_owner(self, noun: Token, preps: tuple[str, ...]) -> Token | None:
        """`the contention of Ann Roe that ...`, `the claim of the ministry that ...`: a
        named speaker in an "of" phrase of a reporting noun holds what it reports; so
        does one in a "by" or "from" phrase, its author (`the announcement by Ann Roe
        that ...`, `warnings from Ann Roe that ...`, `the proposal by Ann Roe to ...`,
        where "of" would be what is proposed)."""
        of = next((c for c in self._kids[noun.i] if c.dep_ == "prep" and c.lower_ in preps), None)
        if of is None and "by" in preps:
            # `a claim made by Ann Roe that ...`, `the warning issued by the ministry`:
            # the agent of a participle on the noun is its author too.
            made = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
            of = next((c for c in self._kids[made.i] if c.dep_ == "agent"), None) if made is not None else None
        pobj = next((c for c in self._kids[of.i] if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None or self.in_quote(pobj):
            return None
        if pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.pos_ == "PROPN":
            return pobj
        if of.lower_ in ("by", "from", *HOLDER_PREPS) and pobj.pos_ == "NOUN" and self._personal(pobj):
            # `an allegation from his former partner that ...`, `the suggestion by a
            # senior minister that ...`, `concern among economists that ...`: an author
            # or holder needs no name ("of" would be the theme).
            return pobj
        if of.lower_ == "by" and _plural_agent(pobj) and not self.in_quote(pobj):
            return pobj  # `a warning by coastguards that ...`
        return None

    @staticmethod
    def _verb_over_container(noun: Token) -> Token | None:
        """The verb above a phrase that holds a reporting noun: "issued a statement of
        concern about", "were making many of the same arguments", "had nothing but
        praise for", "veered close to an admission that", "made several statements,
        including a call for": the object or adverb the noun's preposition hangs on
        is the verb's, and the verb's subject holds the noun."""
        tok = noun
        for _ in range(2):
            if tok.dep_ != "pobj" or head_of(tok).dep_ != "prep":
                return None
            holder = head_of(head_of(tok))
            if holder.dep_ not in ("dobj", "advmod") or holder.pos_ not in ("NOUN", "PRON", "ADV", "ADJ"):
                return None
            if head_of(holder).pos_ in ("VERB", "AUX") and head_of(holder).i < holder.i:
                return head_of(holder)
            tok = holder
        return None

    def _shared_subject_before(self, verb: Token) -> Token | None:
        """`Kasich offered him a job, then says he'll welcome advice`, `He pledged to
        create jobs and cast doubt on the rate, suggested that ...`: with a predicate
        before it and no "and", the parser made the earlier clause a complement of the
        subjectless speech verb. When the verb has its own clause after it, the earlier
        one is no content: it is a coordinated predicate, and its subject speaks."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ != "ROOT" or self.in_quote(verb):
            return None
        before = [c for c in self._kids[verb.i] if c.dep_ == "ccomp" and c.i < verb.i]
        after = [c for c in self._kids[verb.i] if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")]
        if len(before) != 1 or not after or before[0].tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        if sum(c.dep_ == "nsubj" for c in self._kids[after[0].i]) > 1:
            return None  # "..., said a spokesman, Oleg Roe, who ...": the speaker follows
        if any(self.in_quote(t) for t in (before[0], before[0].left_edge)):
            return None
        subject = next((c for c in self._kids[before[0].i] if c.dep_ == "nsubj" and c.i < before[0].i), None)
        return subject if subject is not None and self.can_speak(subject) else None

    def _joined_report_read_as_clause(self, verb: Token) -> Token | None:
        """`The report said rents had risen and warned that families faced eviction`: the
        parser hangs the second cue on the first as one more clause it reports. Right
        after "and"/"but", with no subject of its own and a that-clause of its own, it is
        the first speaker's next report (`_second_report` ends the first content there),
        and the first cue's speaker is its speaker. So after a comma, in a list of
        predicates (`said the players were tired, conceded that the defence had been
        poor and ...`): the comma ends the first content there already."""
        head = self._heads[verb.i]
        before = self._tokens[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
        if (
            verb.dep_ != "ccomp"
            or verb.tag_ not in ("VBD", "VBZ", "VBP")
            or head.i >= verb.i
            or _has_subject(verb)
            or before is None
            or not (before.dep_ == "cc" or before.text == ",")
            or not self.is_cue(head)
            or not _reports_own_that_clause(verb)
        ):
            return None
        return self.subject_of(head)

    def _copular_owner(self, noun: Token) -> Token | None:
        """`Ruiz's first post was a measured comment about ...`, `her takeaway is a belief
        that ...`, `the editorial is a defense of ...`: a reporting noun predicated of a
        subject belongs to the subject's possessor, or to a subject that can speak
        itself; a bare pointer ("it was a concern") names nobody."""
        verb = self._heads[noun.i]
        if verb.lemma_.lower() != "be":
            return None
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self.in_quote(subject):
            return None
        poss = next((c for c in self._kids[subject.i] if c.dep_ == "poss"), None)
        if poss is not None:
            return poss if self.can_speak(poss) else None
        named = subject.ent_type_ in ("PERSON", "ORG", "NORP")
        if named or subject.pos_ == "NOUN" and self.can_speak(subject, evidence=True):
            return subject
        return None  # ("Implicit in his rise was the idea that": a capital the model guessed at)

    def _personal(self, noun: Token) -> bool:
        """A common noun that names who could speak: a person or group noun, kin ("his
        wife"), or one with a name in apposition ("his partner, Ines Calloway,")."""
        if self.can_speak(noun) or noun.lemma_.lower() in lexicon.KIN_NOUNS:
            return True
        if noun.tag_ == "NN" and _role_word(noun.lemma_.lower()):
            return True  # `suggestions from the club's owner that ...`: a role's holder
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in self._kids[noun.i])

    def _misattached_noun_clause(self, noun: Token, verb: Token, clause: Token) -> Candidate | None:
        """The that-clause of a reporting noun the parser gave to the verb: what the
        noun's possessor (or else the verb's subject) said."""
        span = self.clause_span(clause)
        if span is None or span[1] - span[0] < 8:
            return None
        owner = self._noun_owner(noun)
        if owner is None:
            owner = self.subject_of(verb)
        if owner is not None and owner.i == noun.i:
            owner = None  # `The promise was that ...`: the noun is no speaker of itself
        mention = self.mention_span(owner) if owner is not None else None
        qids = self._quote_ids(*span)
        cue = (noun.idx, noun.idx + len(noun))
        kind = "mixed" if qids else "indirect"
        return Candidate(kind, span[0], span[1], cue, mention, 0.6 if mention else 0.4, qids, None)

    @staticmethod
    def _seemed_with_clause(adj: Token) -> bool:
        """`appeared unconvinced (that) the threat had passed`: after "seem"/"appear" the
        parser makes the adjective a predicative object (oprd), not an acomp. Only an
        adjective with a clause of its own counts: "seemed eager to leave" is the writer's
        impression, and "appear more attractive the more ..." a comparison."""
        return (
            adj.dep_ == "oprd"
            and head_of(adj).lemma_.lower() in lexicon.COPULAR_VERBS
            and adj.tag_ == "JJ"
            and any(c.dep_ == "ccomp" for c in adj.rights)
            and not any(c.dep_ == "advmod" and c.lower_ in ("more", "less", "most", "least") for c in kids(adj))
        )

    def _attitude_adjective(self, adj: Token) -> Candidate | None:
        """A clause after a predicative adjective whose subject can hold it.

        "Her allies are hopeful that ...", "they aren't sure they've cracked it", "he
        was adamant that ...": a state of mind with its content, whatever the adjective,
        once the subject is a person or a group (not "it is clear that ...").
        """
        verb = self._heads[adj.i]
        clause = next((c for c in adj.rights if c.dep_ == "ccomp"), None) or next(
            (c for c in verb.rights if c.dep_ == "ccomp" and c.i > adj.i), None
        )
        if clause is None and adj.lemma_.lower() in lexicon.INTENT_ADJECTIVES:
            clause = next(
                (
                    c
                    for c in adj.rights
                    if c.dep_ == "xcomp" and _has_to(c)
                ),
                None,
            )  # "eager to prove her critics wrong"
        if clause is None and adj.lemma_.lower() in lexicon.STANCE_ADJECTIVES:
            return self._stance_object(adj)
        if adj.lemma_.lower() in lexicon.COLON_PREDICATES:
            # "The minister was blunt: there will be no new taxes": the colon, not a
            # clause of the adjective's, brings what was said.
            colon = self._colon_after_manner(adj)
            if colon is not None:
                return colon
        if clause is None or self.in_quote(clause) or self.in_quote(adj):
            return None
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "this", "that"):
            return None
        if not self.can_speak(subject):
            return None
        cand = self._reported_from(verb, self.clause_span(clause), 0.5)
        if cand is not None:
            cand.cue = (self.cue_span(verb)[0], adj.idx + len(adj))
        return cand

    def _colon_after_manner(self, adj: Token) -> Candidate | None:
        """`The minister was blunt: there will be no new taxes this year.`, `Reyes was
        clear about one thing: her side had been outplayed.`: someone who can speak, said
        to be plain about it, and a colon closing that predicate: the clause after the
        colon (to the end of its sentence, on the same line) is what they said. A
        statement noun as subject ("Her message was simple:") is a reporting noun's
        colon (`_after_colon`); "it"/"the answer was clear:" is the writer's verdict; a
        quotation after the colon is found from its marks."""
        verb = self._heads[adj.i]
        if verb.lemma_ != "be" or adj.dep_ != "acomp" or self.in_quote(adj) or self.in_boilerplate(adj.idx):
            return None
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.lower_ in ("it", "this", "that", "there", "what", "which"):
            return None
        if subject.lemma_.lower() in lexicon.COLON_NOUNS or subject.lemma_.lower() in lexicon.NOUN_CUE_LEMMAS:
            return None
        if any(c.dep_ == "neg" for c in self._kids[verb.i]) or not self.can_speak(subject):
            return None
        doc = self.doc
        # ("clear about one thing:": a short phrase of what about may come between)
        colon = next(
            (t.i for t in doc[adj.i + 1 : min(adj.i + 6, verb.sent.end)] if t.is_punct or t.pos_ in ("VERB", "AUX")),
            None,
        )
        if colon is None or colon + 1 >= len(doc) or doc[colon].text != ":" or self.in_quote(doc[colon]):
            return None
        first = doc[colon + 1]
        if first.is_space or first.is_punct or self.in_quote(first):
            return None
        words = [t for t in doc[colon + 1 : first.sent.end] if not t.is_space]
        while words and words[-1].is_punct and not self.in_quote(words[-1]):
            words.pop()
        if len(words) < 3 or not any(t.tag_ in FINITE_TAGS for t in words):
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if "\n" in self.text[start:end]:
            return None
        cand = self._reported_from(verb, (start, end), 0.6)
        if cand is not None:
            cand.cue = (self.cue_span(verb)[0], adj.idx + len(adj))
        return cand

    def _stance_object(self, adj: Token) -> Candidate | None:
        """The object of a stance adjective's preposition: "Republicans have been critical
        of her email use", "voters are wary of free trade". The speaker holds a view on
        that object, and the gold takes the object as the content."""
        verb = self._heads[adj.i]
        if verb.lemma_.lower() not in lexicon.COPULAR_VERBS:
            return None
        prep = next((c for c in adj.rights if c.dep_ == "prep" and c.lower_ in lexicon.STANCE_PREPS), None)
        if prep is None:
            # "others were wary, if not opposed, to campaigning with him": the parser
            # hangs the preposition on the copula, after the adjective
            prep = next(
                (c for c in verb.rights if c.dep_ == "prep" and c.i > adj.i and c.lower_ in lexicon.STANCE_PREPS), None
            )
            if prep is not None and any(
                c.dep_ == "pobj" and c.lemma_.lower() in lexicon.NOUN_CUE_LEMMAS for c in self._kids[prep.i]
            ):
                prep = None  # "vocal in their criticism of X": the noun's own frame says it
        slot = prep and next((c for c in self._kids[prep.i] if c.dep_ in ("pobj", "pcomp")), None)
        if slot is None or self.in_quote(adj) or self.in_quote(slot):
            return None
        subject = self.subject_of(verb)
        if subject is None or not self.can_speak(subject):
            return None
        cand = self._reported_from(verb, self.clause_span(slot), 0.5)
        if cand is not None:
            cand.cue = (self.cue_span(verb)[0], adj.idx + len(adj))
        return cand

    def _postnominal_stance(self, adj: Token) -> Candidate | None:
        """A stance adjective after the noun it describes, with its object: "voters wary of
        the deal", "Sanders, fully supportive of Calloway", "a senator uneasy with the
        plan". A reduced "who is critical of ...": the noun holds the view on the object,
        as for `_stance_object`. Only a noun that can speak ("a book critical of the
        system" is the writer's description)."""
        noun = self._heads[adj.i]
        if noun.i > adj.i or noun.pos_ not in ("NOUN", "PROPN") or not self.can_speak(noun):
            return None
        if self.in_quote(adj) or self.in_boilerplate(adj.idx):
            return None
        prep = next((c for c in adj.rights if c.dep_ == "prep" and c.lower_ in lexicon.STANCE_PREPS), None)
        slot = prep and next((c for c in self._kids[prep.i] if c.dep_ in ("pobj", "pcomp")), None)
        if slot is None or self.in_quote(slot):
            return None
        span = self.clause_span(slot)
        if span is None or any(t.pos_ == "VERB" and self.is_cue(t) for t in slot.subtree):
            return None  # "angry about the fees and unions who said ...": a report of its own
        cue = (adj.idx, prep.idx + len(prep))
        return Candidate("indirect", span[0], span[1], cue, self.mention_span(noun), 0.5, set(), adj.i)

    def _partisan_of(self, noun: Token) -> Candidate | None:
        """The "of" object of a side taken after "be": "Ines Calloway is a vocal advocate
        of the toll", "Vrba was an early backer of Calloway". The subject holds the side
        and the object is what it is held on, as for "critical of" (`_stance_object`); a
        relative clause on the object ("the toll, which ...") is the writer's gloss."""
        verb = self._heads[noun.i]
        if verb.lemma_ != "be" or self.in_quote(noun) or self.in_boilerplate(noun.idx):
            return None
        prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = prep and next((c for c in self._kids[prep.i] if c.dep_ == "pobj"), None)
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        if obj is None or subject is None or self.in_quote(obj) or not self.can_speak(subject):
            return None
        gloss = {t.i for c in obj.rights if c.dep_ == "relcl" for t in c.subtree}
        # "a supporter of NATO and of its allies": a coordinated "of" phrase hangs on the first
        tokens = [t for t in prep.subtree if t.i > prep.i and t.i not in gloss]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens.pop()
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        cue = (self.cue_span(verb)[0], prep.idx + len(prep))
        return Candidate("indirect", start, end, cue, self.mention_span(subject), 0.5, set(), noun.i)

    def _in_view(self, noun: Token) -> Candidate | None:
        """A clause introduced by "in X's view", "in the eyes of X" or "in a poll": the
        clause is what the view or the poll holds ("In Ada Voss's view, the pier must
        close"; "In the latest poll, Voss leads by four points"; "In the words of one
        official, the plan is ...")."""
        prep = self._heads[noun.i]
        head = self._heads[prep.i]
        aside = self._comma_aside(prep)
        if aside and head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ in ("nsubj", "nsubjpass"):
            head = self._heads[head.i]  # "The port, in Ada Ruiz's view, must ...": hung on the subject
        if prep.dep_ != "prep" or head.pos_ not in ("VERB", "AUX") or head.i < prep.i and not aside:
            return None
        if head.lemma_.lower() in lexicon.CUE_LEMMAS or self.in_quote(noun) or self.in_boilerplate(noun.idx):
            return None
        subjects = [c for c in self._kids[head.i] if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects:
            # (`In her words: "The money is gone."`: the parser may hang the subject on
            # the auxiliary, read as a passive's, not on the participle)
            subjects = [
                c for a in self._kids[head.i] if a.dep_ in ("aux", "auxpass") and a.i < head.i
                for c in self._kids[a.i] if c.dep_ in ("nsubj", "nsubjpass") and c.i < a.i
            ]
        if not subjects:
            return None
        if not aside and head.i > prep.i and any(c.left_edge.i < prep.i for c in subjects) and head.dep_ != "relcl":
            # "Her lead over Ruiz in a poll last month has evaporated": a phrase inside
            # the subject, not set off, says where the lead was found, not that the poll
            # holds the sentence (a relative clause's "which in his view has grown" has no
            # such subject).
            return None
        span = self.clause_span(head, exclude=prep, bridge=aside)
        if span is None or span[1] - span[0] < 8:
            return None
        subjects = self._without_source_apposition(prep, subjects)
        span = self._after_fronted_source(prep, subjects, span)
        source = next((c for c in self._kids[noun.i] if c.dep_ == "poss"), None)
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if source is None and of is not None:
            source = next((c for c in self._kids[of.i] if c.dep_ == "pobj"), None)
        if source is None and noun.lemma_.lower() in lexicon.POLL_NOUNS:
            source = noun
        if source is None and noun.lemma_.lower() in lexicon.SOURCED_VIEW_NOUNS:
            return None  # "In other words, ...", "in a word": the writer rephrasing
        qids = self._quote_ids(*span)
        # `In the words of one shopkeeper, "the high street is dying"`: a clause wholly
        # in marks is the source's own words, a direct quotation as after "according to".
        kind = self._report_kind(span[0], span[1], qids)
        cue = (prep.idx, noun.idx + len(noun))
        mention = self.mention_span(source) if source is not None else None
        return Candidate(kind, span[0], span[1], cue, mention, 0.6, qids, noun.i)

    def _to_whom(self, prep: Token) -> Candidate | None:
        """A sentence opening on "To <someone>," holds that someone's view: "To Ada Voss,
        the pier is a relic", "To many, the vote was a warning", "To them, it signals a
        new phase". Only people (a person's name, a people's name, a personal pronoun,
        "many", "some", "most") count: "To date, ...", "To the shock of the board, ...",
        "To Ruiz's credit, ..." hold no one's view, and a verb of saying after it makes
        the phrase its hearer ("To reporters, Ruiz said ..."). On PolNeAR train every such
        sentence opening on a name is annotated (5 of 5), none of them found before."""
        opening = prep.is_sent_start or prep.i > 0 and self._tokens[prep.i - 1].is_sent_start and self._tokens[prep.i - 1].dep_ == "cc"
        if not opening or self.in_quote(prep) or self.in_boilerplate(prep.idx):
            return None
        whom = next((c for c in self._kids[prep.i] if c.dep_ == "pobj"), None)
        if whom is None or not self._viewer(whom):
            return None
        after = prep.right_edge.i + 1
        head = self._heads[prep.i]
        if after >= len(self.doc) or self._tokens[after].text != "," or head.i <= after:
            return None
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in lexicon.CUE_LEMMAS:
            return None
        if head.lemma_.lower() in TO_ARGUMENT_VERBS:
            return None  # `To Iowa, Trump brought his message`: where it went, no view
        subjects = [c for c in self._kids[head.i] if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects:
            return None
        span = self.clause_span(head, exclude=prep)
        if span is None or span[1] - span[0] < 8:
            return None
        span = self._after_fronted_source(prep, subjects, span)
        qids = self._quote_ids(*span)
        kind = "mixed" if qids else "indirect"
        return Candidate(kind, span[0], span[1], (prep.idx, prep.idx + len(prep)), self.mention_span(whom), 0.6, qids, prep.i)

    @staticmethod
    def _viewer(token: Token) -> bool:
        """Whether the object of a fronted "To" is someone who can hold a view: a name
        (out of context the tagger often calls a surname a body: "To Sharp, ...") that is
        not a date, a work or an event, a people's name, or a personal pronoun."""
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", ""):
            return True
        if token.ent_type_ == "NORP":
            return True
        return token.lower_ in ("him", "her", "them", "me", "us", "many", "some", "most", "others")

    def _without_source_apposition(self, prep: Token, subjects: list[Token]) -> list[Token]:
        """`In the words of the coach, Sam Oyelaran, the team ran out of steam`: the parser
        makes the name set off by commas after the fronted source a second subject of the
        clause; it names the source, so the content starts at the subject after it."""
        if len(subjects) < 2:
            return subjects
        kept = [
            s
            for s in subjects
            if not (
                s.pos_ == "PROPN"
                and s.left_edge.i == prep.right_edge.i + 2
                and self._tokens[s.left_edge.i - 1].text == ","
                and (
                    s.right_edge.text == ","  # (the parser may hang the closing comma on it)
                    or s.right_edge.i + 1 < len(self.doc) and self._tokens[s.right_edge.i + 1].text == ","
                )
                and any(o.i > s.i for o in subjects)
            )
        ]
        return kept or subjects

    def _after_fronted_source(self, prep: Token, subjects: list[Token], span: tuple[int, int]) -> tuple[int, int]:
        """`In a Courier poll last month, Ruiz had a 10-point lead`: the words between a
        fronted source phrase and the comma that closes it (the poll's date, which the
        parser hangs on the verb) belong to the source; the content starts after it."""
        first = min(c.left_edge.i for c in subjects)
        if prep.i > first:
            return span
        commas = [t for t in self.doc[prep.right_edge.i + 1 : first] if t.text == ","]
        # (the last comma before the subject: a source's apposition sits between two)
        comma = commas[-1] if commas else None
        if comma is None or comma.i + 1 >= len(self.doc) or comma.idx < span[0]:
            return span
        if any(self.in_quote(t) for t in self.doc[prep.right_edge.i + 1 : comma.i]):
            return span
        return (max(span[0], self._tokens[comma.i + 1].idx), span[1])

    def _comma_aside(self, prep: Token) -> bool:
        """A phrase set off by commas, or by a comma and the sentence's end: `The port,
        in her view, must ...`, `... must stay public, in her view.`"""
        left, right = prep.left_edge.i, prep.right_edge.i
        while right > prep.i and self._tokens[right].is_punct:
            right -= 1  # the comma after the phrase may hang on it
        before = self._tokens[left - 1].text if left > 0 else ""
        if left > 1 and self._closes_quote_after_comma(self._tokens[left - 1]):
            before = ","  # `"We are finished," in her words.`: the comma inside the marks
        after = self._tokens[right + 1].text if right + 1 < len(self.doc) else ""
        return before == "," and after in (",", ".", "!", "?", ";")

    def _closes_quote_after_comma(self, token: Token) -> bool:
        """A token that is nothing but the closing mark of a quotation that opens the
        sentence and whose last word is a comma (`"We are finished,"`); not a quoted
        word inside a clause (`she doesn't like "surprises," in the words of ...`, where
        the phrase is the source of the writer's whole clause, the fragment one part)."""
        if not is_quote_token(token.text):
            return False
        qi = self.quote_of_char[token.idx]
        return (
            qi >= 0
            and self.quotes[qi].close_end == token.idx + len(token)
            and self.quotes[qi].open_start <= token.sent[0].idx
            and self.text[self.quotes[qi].start : self.quotes[qi].end].rstrip().endswith(",")
        )

    def _judged(self, verb: Token) -> Candidate | None:
        """An agentless passive judgement: "the case was widely seen as a threat".

        Nobody is named, but the sentence reports a view held by others, and the gold
        takes the whole clause, its subject included, as what is held.
        """
        if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
            return None
        if self.in_quote(verb):
            return None
        deps = {c.dep_ for c in self._kids[verb.i]}
        if "auxpass" not in deps or "nsubjpass" not in deps or "agent" in deps:
            return None
        if not any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights):
            return None
        late = self._agent_after_as(verb)
        if late is not None:
            return late
        span = self.clause_span(verb)
        if span is None or span[1] - span[0] < 8:
            return None
        start, end = span
        qids = self._quote_ids(start, end)
        kind = "mixed" if qids else "indirect"
        return Candidate(kind, start, end, self.cue_span(verb), None, 0.5, qids, verb.i)

    def _agent_after_as(self, verb: Token) -> Candidate | None:
        """`The bill was described as "a disaster" by the union's head, Gwen Alder`: the
        parser hangs the "by" after the as-phrase on its noun, but it is the passive's
        agent, who does the describing (as in `was described by Alder as ...`). The
        as-phrase up to "by" is what was said; the agent speaks."""
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        obj = next((c for c in self._kids[prep.i] if c.dep_ == "pobj"), None) if prep is not None else None
        source = self._late_agent(obj) if obj is not None else None
        if source is None:
            return None
        speaker = self._name_after_comma(source) or source
        if not self.can_speak(speaker):
            return None
        by = self._heads[source.i]
        start, end = obj.left_edge.idx, self._tokens[by.i - 1].idx + len(self._tokens[by.i - 1])
        if end - start < 8:
            return None
        qids = self._quote_ids(start, end)
        kind = "mixed" if qids else "indirect"
        return Candidate(kind, start, end, self.cue_span(verb), self.mention_span(speaker), 0.6, qids, verb.i)

    def _late_agent(self, noun: Token) -> Token | None:
        """The object of a "by" the parser hung on the noun of a passive's as-phrase or
        predicate (`described as a disaster by Gwen Alder`), the passive's agent."""
        by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is None or self.in_quote(by):
            return None
        return next((c for c in self._kids[by.i] if c.dep_ == "pobj"), None)

    def _name_after_comma(self, noun: Token) -> Token | None:
        """`by the head of the union, Gwen Alder`: a person's name in apposition right
        after the phrase's comma (the parser may hang it elsewhere) names the one meant."""
        end = noun.right_edge.i
        if end + 2 >= len(self.doc) or self._tokens[end + 1].text != ",":
            return None
        ent = self._entity_at(end + 2)
        if ent is None or ent.label_ != "PERSON" or ent.start != end + 2:
            return None
        return ent.root

    def _received_stance(self, noun: Token) -> Candidate | None:
        """The subject of a stance received from a named source: "The plan drew sharp
        criticism from unions", "Mr. Cruz won the endorsement of the governor".

        The source holds the stance (criticises, endorses) and the subject is what it is
        held on, so the subject is the content and the source the speaker. Only with the
        source named by "from"/"of" and no figure in the stance ("won 20 percent support
        from Latinos" is a poll share), and never for a pronoun subject. A figure in the
        source is a share of people who hold the stance: "drew the support of 41 percent
        of voters", "received support from six in 10 Democrats" (4 of 4 on PolNeAR train,
        none found before).
        """
        verb = self._heads[noun.i]
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.RECEIVING_VERBS or noun.i < verb.i:
            return None
        if self.in_quote(verb) or self.in_boilerplate(verb.idx):
            return None
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or subject.i > verb.i:
            return None
        prep = next(
            (c for c in (*noun.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i > noun.i),
            None,
        )
        source = prep and next((c for c in self._kids[prep.i] if c.dep_ == "pobj"), None)
        if source is None or any(t.like_num and prep not in t.ancestors for t in noun.subtree):
            return None
        return self._subject_as_content(subject, verb, noun.idx + len(noun), source)

    def _disclosed_by(self, verb: Token, person: bool = False) -> Candidate | None:
        """The subject of an agentive passive of making news public: "The meeting was
        first reported by the Courier", "Her death was confirmed by the family".

        The agent made the subject known, so the subject is the content and the agent
        its source. There is no clause to report, so the general cue rule finds nothing
        (or "the Courier" alone); a pronoun subject ("it was reported by", "which was
        revealed by") is left alone, as is a time in the agent slot ("confirmed by now").
        With ``person`` (verbs of taking sides) "he"/"she" is the person the side is
        taken on ("He is backed by 34% of voters", "he was criticized by libertarians":
        3 of 3 on PolNeAR train); "I", "they", "who", "which" stay out (4 of 16).
        """
        if verb.tag_ != "VBN" or self.in_quote(verb):
            return None
        if not any(c.dep_ == "auxpass" for c in self._kids[verb.i]) or _reported_as_saying(verb):
            return None  # (`Ada Ruiz was reported by the Courier as saying ...`: Ruiz speaks)
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
        if subject is None or agent is None or subject.pos_ == "PRON" and not (person and subject.lower_ in ("he", "she")):
            return None
        source = next((c for c in self._kids[agent.i] if c.dep_ == "pobj"), None)
        if source is None or source.ent_type_ in ("DATE", "TIME") or source.lower_ in lexicon.TIME_AGENTS:
            return None
        return self._subject_as_content(subject, verb, agent.idx + len(agent), source)

    def _subject_as_content(self, subject: Token, verb: Token, cue_end: int, source: Token) -> Candidate | None:
        """The item of `_received_stance` and `_disclosed_by`: the subject's phrase is
        what was said, the cue runs from the verb to ``cue_end``, ``source`` speaks."""
        span = self.clause_span(subject)
        if span is None or self.in_quote(subject):
            return None
        start, end = span
        qids = self._quote_ids(start, end)
        kind = "mixed" if qids else "indirect"
        cue = (self.cue_span(verb)[0], cue_end)
        return Candidate(kind, start, end, cue, self.mention_span(source), 0.6, qids, verb.i)

    @staticmethod
    def _passive(verb: Token) -> bool:
        """"is expected", "a group known as": a passive or a past participle on a noun."""
        return verb.tag_ == "VBN" and (
            verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in kids(verb))
        )

    @staticmethod
    def _extraposed_that(host: Token, aside: Token) -> Token | None:
        """The that-clause after an aside that an extraposed "it" stands for ("It is not
        true, as some say, that ..."), if the host has one; or the that-clause a subject
        before the aside is equated with (`The case, as outlined by Ada Voss, is that the
        ledger was forged`, or `... is to sell the pier`: what Voss set out is the
        clause, not the noun "case")."""
        equated = host.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and c.i < aside.i for c in kids(host)
        )
        if not equated and not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids(host)):
            return None
        return next(
            (
                c
                for c in kids(host)
                if c.i > aside.i
                and (
                    c.dep_ == "ccomp" and _has_that(c)
                    # `The plan, as outlined by Ada Voss, is to sell the pier`: the
                    # infinitive the subject is equated with is what Voss set out
                    or equated and c.dep_ == "xcomp" and c.tag_ == "VB" and _has_to(c)
                )
            ),
            None,
        )

    def _past_line_label(self, span: tuple[int, int]) -> tuple[int, int]:
        """`Claim: "...," Tomas Vrba said`: a one-word heading with a colon that opens the
        line labels it; what was said starts after it."""
        if span[0] > 0 and self.text[span[0] - 1] != "\n":
            return span
        m = LINE_LABEL.match(self.text, span[0], span[1])
        return (m.end(), span[1]) if m is not None and m.end() < span[1] else span

    def _line_label(self, verb: Token) -> bool:
        """ "Claim: ...", "Revealed: ...": a cue word that opens its line, with a colon
        right after it and no subject, is a heading that labels the line (a fact check's
        claim, a headline), not someone's report; a quotation on the line carries its
        own attribution (`Claim: "...," Arne Fossum said`)."""
        line_start = verb.idx == 0 or self.text[verb.idx - 1] == "\n"
        nxt = self._tokens[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        return (
            line_start
            and nxt is not None
            and nxt.text == ":"
            and nxt.idx == verb.idx + len(verb)
            and not _has_subject(verb)
        )

    def _verb_read_as_noun(self, noun: Token) -> Candidate | None:
        """ "Norvane forecast that revenue would fall": a reporting verb that is also a
        noun, read as the sentence's head noun with the name before it as a compound.
        With nothing but that name before it and a that-clause after it, the sentence
        has no other verb to be: the name speaks and the clause is what it said."""
        if self.in_quote(noun) or self.in_boilerplate(noun.idx):
            return None
        trailing = self._trailing_verb_read_as_noun(noun)
        if trailing is not None:
            return trailing
        names = [c for c in noun.lefts if c.dep_ in ("compound", "nsubj") and c.pos_ == "PROPN"]
        if len(names) != 1 or any(c.dep_ != "punct" and c.i != names[0].i and c.dep_ != "compound" for c in noun.lefts):
            return None
        name = names[0]
        if name.left_edge.i != noun.sent.start or any(t.pos_ != "PROPN" for t in self.doc[name.left_edge.i : noun.i]):
            return None
        clause = next(
            (
                c for c in noun.rights
                if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == noun.i + 1 for m in self._kids[c.i])
            ),
            None,
        )
        if clause is None or self.in_quote(clause):
            return None
        span = self.clause_span(clause)
        if span is None or span[1] - span[0] < 8:
            return None
        start, end = span
        qids = self._quote_ids(start, end)
        mention = (self._tokens[name.left_edge.i].idx, name.idx + len(name))
        cue = (noun.idx, noun.idx + len(noun))
        return Candidate("mixed" if qids else "indirect", start, end, cue, mention, 0.6, qids, None)

    def _trailing_verb_read_as_noun(self, noun: Token) -> Candidate | None:
        """ "The port will close, Ada Ruiz predicts.": a reporting verb in -s closing the
        sentence after a name, read as a plural noun with the name as its compound and
        the clause before the comma hung on it. Nothing but the name stands between the
        comma and the verb, and nothing but punctuation after it."""
        if noun.tag_ != "NNS" or any(not c.is_punct for c in noun.rights):
            return None
        clauses = [c for c in noun.lefts if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if len(clauses) != 1 or not any(c.dep_ in SUBJECT_DEPS for c in self._kids[clauses[0].i]):
            return None
        clause = clauses[0]
        comma = clause.right_edge.i + 1
        if comma >= noun.i or self._tokens[comma].text != ",":
            return None
        name = self.doc[comma + 1 : noun.i]
        if not len(name) or any(t.pos_ != "PROPN" or self.in_quote(t) for t in name):
            return None
        span = self.clause_span(clause)
        if span is None or span[1] - span[0] < 8:
            return None
        qids = self._quote_ids(*span)
        cue = (noun.idx, noun.idx + len(noun))
        mention = (name[0].idx, name[-1].idx + len(name[-1]))
        return Candidate("mixed" if qids else "indirect", span[0], span[1], cue, mention, 0.6, qids, None)

    def _noun_cue(self, noun: Token) -> Candidate | None:
        """ "Trump's claim that the vote was rigged": a reporting noun with a that-clause.

        The possessor speaks ("Trump's", "his"); without one the item keeps its cue and
        no speaker.
        """
        if self.in_quote(noun) or self.in_boilerplate(noun.idx):
            return None
        lemma = noun.lemma_.lower()
        if (self._heads[noun.i].lower_, lemma) in lexicon.GLOSS_IDIOMS and noun.dep_ == "pobj" and not any(
            c.dep_ in ("det", "poss") for c in self._kids[noun.i]
        ):
            return None  # "'Not again,' he said, in reference to the vote": the writer's gloss
        clause = None
        if lemma in lexicon.NOUN_CUES or lemma in lexicon.THAT_NOUNS:
            clause = next(
                (
                    c
                    for c in self._kids[noun.i]
                    if c.dep_ in ("acl", "ccomp", "relcl")
                    and c.i > noun.i
                    and (_has_that(c) or _that_read_as_relative(c) or _that_read_as_determiner(c))
                ),
                None,
            )
        if clause is None and (lemma in lexicon.NOUN_CUES or lemma in lexicon.THAT_NOUNS):
            clause = self._that_clause_on_light_verb(noun) or _that_clause_on_author(noun)
        framed = clause is None
        if framed and self._speaker_of_its_own_report(noun):
            return None
        if framed:
            clause = self._noun_frame_slot(noun, lemma)
        if clause is not None:
            span = self.clause_span(clause)
            if span is not None and framed:
                span = self._with_for_to_infinitive(clause, span)
            if span is not None:
                span = self._with_stranded_infinitives(span)
            if span is not None and not framed:
                span = self._without_swallowed_predicate(noun, clause, span)
                span = self._with_stranded_object(noun, clause, span)
            if span is not None and not framed and _that_read_as_determiner(clause):
                after = self._tokens[clause.left_edge.i + 1]
                span = (max(span[0], after.idx), span[1])  # the complementizer is no part of it
        elif lemma in lexicon.COLON_NOUNS:
            span = self._after_colon(noun) if lemma not in lexicon.OWNED_COLON_NOUNS or self._noun_owner(noun) else None
            framed = False
        else:
            return None
        if span is None or span[1] - span[0] < 8 and not (
            framed and self._names_only(clause) and any(c.dep_ == "poss" for c in self._kids[noun.i])
        ):
            return None  # "his attacks on Curiel": a short name is fine when someone owns the cue
        owner = self._noun_owner(noun, of_phrase=not framed)
        if owner is not None and framed:
            # "Clinton bashed Trump's proposal to ban ...": whoever acts on a proposal
            # or a call is the one the sentence reports, not the proposal's author.
            verb = self._heads[noun.i] if noun.dep_ == "dobj" else self._heads[self._heads[noun.i].i]
            if (
                noun.dep_ in ("dobj", "pobj")
                and verb.pos_ == "VERB"
                and verb.lemma_.lower() not in lexicon.LIGHT_VERBS
            ):
                actor = self.subject_of(verb)
                if actor is not None and self.can_speak(actor):
                    owner = actor
        if owner is None and noun.dep_ in ("dobj", "pobj"):
            # "he made the suggestion that ...", "played down the idea that ...", "entered
            # the debate with an argument that ...": the governing verb's subject holds it.
            verb = self._heads[noun.i] if noun.dep_ == "dobj" else self._heads[self._heads[noun.i].i]
            if verb.pos_ in ("VERB", "AUX") and (noun.dep_ == "dobj" or verb.i != self._heads[noun.i].i):
                owner = self.subject_of(verb)
            elif noun.dep_ == "pobj":
                verb = self._verb_over_container(noun)
                owner = self.subject_of(verb) if verb is not None else None
        words = self.char_span(*span)
        if owner is None and noun.dep_ == "attr" and words is not None and len(words) >= 4:
            # (a few words stay no report: "his campaign was a call for reform" is the
            # writer's gloss, and a speaker found this way must not make it one)
            owner = self._copular_owner(noun)
        if owner is None and noun.dep_ == "nsubjpass" and self._heads[noun.i].lemma_.lower() in lexicon.AUTHORING_PASSIVES:
            # "The claim that the vote was rigged was made by Tom Reilly": the agent.
            agent = next((c for c in self._heads[noun.i].rights if c.dep_ == "agent"), None)
            pobj = _agent_object(agent) if agent is not None else None
            if pobj is not None and self.can_speak(pobj):
                owner = pobj
        mention = self.mention_span(owner) if owner is not None else None
        start, end = span
        end = self._before_main_verb_after_quotation(start, end, noun)
        qids = self._quote_ids(start, end)
        kind = "mixed" if qids else "indirect"
        confidence = 0.6 if mention else 0.4
        cue = (noun.idx, noun.idx + len(noun))
        verb = self._heads[self._heads[noun.i].i] if noun.dep_ == "pobj" and self._heads[noun.i].dep_ == "prep" else None
        if (
            not framed
            and verb is not None
            and self._heads[noun.i].lower_ in ("in", "through", "via")
            and verb.i < noun.i
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in lexicon.SPEECH_VERBS
            and owner is not None
        ):
            # "Ann Roe said in a statement that ...": the parser hangs the clause on the
            # noun, but the verb is the cue and the report as sure as any "said that".
            return Candidate(kind, start, end, self.cue_span(verb), mention, 0.8, qids, verb.i)
        return Candidate(kind, start, end, cue, mention, confidence, qids, None)

    def _without_swallowed_predicate(self, noun: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`The company's announcement that 300 jobs would go shocked the town`: when the
        parser finds no predicate for the noun opening the sentence (the noun is its
        root), the sentence's own verb has been read into the that-clause ("go shocked",
        "had been made angered MPs"). A past form (in -ed, or tagged so) right after the clause's last
        word, with no auxiliary, subject or "that" of its own (not "and that officials
        lied"), is that predicate: the content ends before it."""
        if noun.dep_ != "ROOT" or noun.left_edge.i != noun.sent.start:
            return span
        for tok in self.doc[clause.i + 1 : noun.sent.end]:
            if tok.idx >= span[1]:
                break
            prev = self._tokens[tok.i - 1]
            if (
                # (an irregular past too: "that schools would close caught parents off guard")
                (tok.lower_.endswith("ed") and tok.tag_ in ("VBD", "VBN", "JJ") or tok.tag_ in ("VBD", "VBN"))
                and prev.pos_ in ("VERB", "NOUN", "PROPN", "PRON", "NUM", "ADJ")
                and prev.dep_ not in ("aux", "auxpass")
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in self._kids[tok.i])
                and not self.in_quote(tok)
            ):
                end = prev.idx + len(prev)
                return (span[0], end) if end - span[0] >= 8 else span
        return span

    def _with_stranded_object(self, noun: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`Accusations by X that the minister had misled MPs and hidden the report were
        denied`: the parser makes the last object of the that-clause ("the report") a
        second subject of the sentence's verb. A subject of the verb that the noun is
        subject of, starting right after the clause and ending before the verb, is the
        clause's own last words: the content runs on over it."""
        host = self._heads[noun.i]
        if noun.dep_ not in ("nsubj", "nsubjpass") or clause.right_edge.i + 1 >= host.i:
            return span
        stray = next(
            (c for c in self._kids[host.i] if c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i == clause.right_edge.i + 1),
            None,
        )
        if stray is None or stray.right_edge.i >= host.i or self.in_quote(stray):
            return span
        last = stray.right_edge
        return span if span[1] > last.idx else (span[0], last.idx + len(last))

    def _with_for_to_infinitive(self, slot: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`renewed its calls for the port authority to drop the fees`: the object of a
        call's "for" is the subject of the infinitive right after it (a for-to clause:
        what is called for is that act), but the parser hangs the infinitive on the
        sentence's verb. Taken in when it starts right after the object, outside quotes."""
        if slot.dep_ != "pobj" or self._heads[slot.i].lower_ != "for":
            return span
        to = self._tokens[slot.right_edge.i + 1] if slot.right_edge.i + 1 < len(self.doc) else None
        if to is None or to.lower_ != "to" or to.dep_ != "aux" or self.in_quote(to):
            return span
        verb = self._heads[to.i]
        if verb.tag_ != "VB" or verb.left_edge.i != to.i or verb.i in {t.i for t in slot.subtree}:
            return span
        more = self.clause_span(verb)
        return span if more is None else (span[0], max(span[1], more[1]))

    @staticmethod
    def _that_clause_on_light_verb(noun: Token) -> Token | None:
        """ "has been making the case for weeks that the pier must close", "repeated his
        contention on Tuesday that ...", "renewed accusations (that) the mayor lied":
        with words between the noun and its that-clause, the parser hangs the clause on
        the verb that issues the noun (`LIGHT_VERBS`), not on the noun. The clause after
        the noun, opened by "that", is still the noun's content."""
        verb = head_of(noun)
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.LIGHT_VERBS:
            return None
        return next(
            (
                c
                for c in verb.rights
                if c.i > noun.i
                and c.dep_ in ("ccomp", "advcl")
                and _has_that(c)
            ),
            None,
        ) or ReportedSpeechRules._that_clause_after_addressee(noun)

    @staticmethod
    def _that_clause_after_addressee(noun: Token) -> Token | None:
        """`made an impassioned case to a gathering of dock workers that he can fix the
        port`: the addressee's to-phrase stands between the noun and its that-clause, and
        the parser hangs the clause on the phrase's last noun as a relative clause. A
        "that" there that opens a clause with a subject of its own after it (a relative
        "that" is the clause's subject or object, no mark) is the noun's complementizer."""
        to = next((c for c in noun.doc[noun.i + 1 : noun.i + 2] if c.lower_ == "to" and c.dep_ == "prep"), None)
        if to is None or head_of(to) not in (noun, head_of(noun)):
            return None
        for t in to.subtree:
            if t.lower_ == "that" and t.dep_ == "mark":
                clause = head_of(t)
                if clause.dep_ in ("relcl", "acl", "ccomp") and any(
                    c.dep_ in SUBJECT_DEPS and c.i > t.i for c in kids(clause)
                ) and not any(x.is_punct for x in noun.doc[noun.i + 1 : t.i]):
                    return clause
                return None
        return None

    @staticmethod
    def _names_only(head: Token | None) -> bool:
        """Whether ``head``'s phrase is a proper name and nothing else ("Curiel")."""
        return head is not None and all(t.pos_ == "PROPN" for t in head.subtree)

    def _after_colon(self, noun: Token) -> tuple[int, int] | None:
        """The sentence a colon right after a reporting noun opens.

        "the party's leaders sent him an unmistakable message: he is hurting the party",
        "Their argument: only a new board can fix the harbour": the parser makes the
        words after the colon a clause of their own (or a new sentence), not the noun's
        complement, but they are what the message or argument says. They run to the end
        of their sentence, and must say something (a tensed verb, or "that"); a quotation
        opening them is a direct quote, found from its marks.
        """
        doc = self.doc
        colon = noun.i + 1
        if noun.dep_ == "nsubj" and self._heads[noun.i].lemma_ == "be":
            # "Her message to the council was simple: residents will not move."
            adj = next((c for c in self._kids[self._heads[noun.i].i] if c.dep_ == "acomp" and c.i > noun.i), None)
            if adj is not None and adj.lemma_.lower() in lexicon.COLON_PREDICATES:
                colon = adj.i + 1
        author = doc[colon] if colon < len(doc) else None
        if author is not None and author.dep_ == "prep" and self._heads[author.i].i == noun.i and author.lower_ in ("from", "of", "by"):
            # "The verdict from Ines Calloway: the plan will fail": the author named
            # between the noun and the colon is the noun's own phrase; the colon follows it
            colon = author.right_edge.i + 1
        elif noun.dep_ == "dobj":
            colon = self._past_trailing_phrases(noun, colon)
        if colon + 1 >= len(doc) or doc[colon].text != ":" or self.in_quote(doc[colon]):
            return None
        # ("Match report: Reid double sinks Lira": a bare noun with only common nouns naming
        # its kind before it, opening the line, is a rubric too; a name there owns the
        # report, "IG report: State was inaccurate" -- the tagger takes a capitalised
        # first word for a proper noun, so a word that is no entity counts as common)
        bare = all(
            t.dep_ == "punct" or t.dep_ == "compound" and (t.pos_ == "NOUN" or t.is_title and not t.ent_type_)
            for t in noun.lefts
        )
        first_word = noun.left_edge if bare else noun
        before = doc[first_word.i - 1] if first_word.i else None
        if (noun.is_upper and len(noun) > 1) or (
            bare and (before is None or before.is_space or before.text in ("(", "["))
        ):
            return None  # "(Warning: Video contains graphic images)": a label, not a message
        first = doc[colon + 1]
        if first.is_space or self.in_quote(first) or first.is_punct:
            return None
        words = [t for t in doc[colon + 1 : first.sent.end] if not t.is_space]
        while words and words[-1].is_punct and not self.in_quote(words[-1]):
            words.pop()
        says = words and (words[0].lower_ == "that" or any(t.tag_ in FINITE_TAGS for t in words))
        if words and not says and len(words) >= 4 and self._noun_owner(noun) is not None:
            # "The message from the union: no deal without a raise": words without a verb
            # still say something when someone's message, verdict or answer they are
            says = True
        if len(words) < 3 or not says:
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if "\n" in self.text[start:end]:
            return None
        return start, end

    def _past_trailing_phrases(self, noun: Token, colon: int) -> int:
        """Where a colon after an object reporting noun may stand once the short phrases
        after the noun are passed: "gave her verdict on Friday: the contract was void",
        "delivered a blunt message to the unions: the money has run out". The parser
        hangs the date or the hearer on the verb; a phrase with a verb of its own, or a
        long one, is more than a modifier and stops the search."""
        verb = self._heads[noun.i]
        for _ in range(2):
            if colon >= len(self.doc):
                break
            tok = self.doc[colon]
            if tok.dep_ not in ("prep", "dative", "npadvmod") or self._heads[tok.i].i not in (noun.i, verb.i):
                break
            phrase = self.doc[tok.i : tok.right_edge.i + 1]
            if len(phrase) > 5 or any(t.pos_ in ("VERB", "AUX") or self.in_quote(t) for t in phrase):
                break
            colon = tok.right_edge.i + 1
        return colon

    @staticmethod
    def _speaker_of_its_own_report(noun: Token) -> bool:
        """`Critics of the "Rwanda plan" say it is too costly`: a frame noun naming people
        (a role head) that is the subject of a cue verb with a clause of its own is who
        speaks there; what its frame names (the plan) is no second report. (Frames that
        are no people, "Mr. Trump's decision to seize on immigration has showed", stay:
        train annotates them.)"""
        verb = head_of(noun)
        return (
            noun.dep_ == "nsubj"
            and noun.lemma_.lower() in lexicon.ROLE_HEADS  # people ("critics"), not "his decision to ..."
            and verb.lemma_.lower() in lexicon.CUE_LEMMAS
            and any(c.dep_ == "ccomp" for c in kids(verb))
        )

    def _noun_frame_slot(self, noun: Token, lemma: str) -> Token | None:
        """The slot of a noun frame: "a promise to cut taxes", "calls for a ban"."""
        if lemma in lexicon.OWNED_NOUN_FRAMES and not any(c.dep_ == "poss" for c in self._kids[noun.i]):
            return None  # "the decision to delay the vote": nobody's view
        for child in noun.rights:
            if child.dep_ == "prep" and lemma in lexicon.WH_NOUNS and child.lower_ in lexicon.WH_NOUN_PREPS:
                slot = next((c for c in self._kids[child.i] if c.dep_ in ("pobj", "pcomp")), None)
                if slot is not None and slot.left_edge.lower_ in lexicon.WH_WORDS:
                    return slot  # "questions about whether he would run"
            if child.dep_ == "acl" and (lemma, "acl") in lexicon.NOUN_FRAMES:
                if _has_to(child):
                    return child
            elif child.dep_ == "prep" and (lemma, f"prep:{child.lower_}") in lexicon.NOUN_FRAMES:
                return next((c for c in self._kids[child.i] if c.dep_ in ("pobj", "pcomp")), None)
            elif (
                child.dep_ in ("acl", "advcl")
                and (lemma, "prep:for") in lexicon.NOUN_FRAMES
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in self._kids[child.i])
            ):
                return child  # "calls for the board to resign": a for-to clause
        return None

    def _hearsay(self, adverb: Token) -> Candidate | None:
        """"Bloomberg reportedly considered a run": the clause is attributed, to no one."""
        head = self._heads[adverb.i]
        if head.pos_ not in ("VERB", "AUX") or self.in_quote(adverb):
            return None
        if head.lemma_.lower() in lexicon.SPEECH_VERBS and self.is_cue(head) and self.subject_of(head) is not None:
            return None  # "Ann Roe reportedly said X": the speech verb reports X itself
        span = self.clause_span(head)
        if span is not None and span[0] == adverb.idx:
            # ", reportedly winning over delegates", "Reportedly, he made ...": the
            # content the adverb opens starts after it (and its comma)
            rest = next((t for t in self.doc[adverb.i + 1 :] if not (t.is_punct or t.is_space or t.text.isspace())), None)
            span = None if rest is None or rest.idx >= span[1] else (rest.idx, span[1])
        if span is None or span[1] - span[0] < 8:
            return None
        start, end = span
        qids = self._quote_ids(start, end)
        cue = (adverb.idx, adverb.idx + len(adverb))
        return Candidate("mixed" if qids else "indirect", start, end, cue, None, 0.5, qids, None)

    def _sourcing_per(self, tok: Token) -> bool:
        """ "per" naming a source, not a rate ("$20 per person", "three per cent"): a
        phrase set off by a comma or opening the sentence, whose object is a name or a
        statement noun ("per Ada Ruiz", "per the union's statement")."""
        if tok.dep_ != "prep" or self.in_quote(tok) or self.in_boilerplate(tok.idx):
            return False
        pobj = next((c for c in self._kids[tok.i] if c.dep_ == "pobj"), None)
        if pobj is None or self._per_is_a_name(tok, pobj):
            return False
        set_off = tok.i > 0 and self._tokens[tok.i - 1].text == "," or tok.is_sent_start
        named = pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.pos_ == "PROPN"
        # ("per a spokesman", "per people familiar with the talks": a determined or
        # plural person noun, never a bare singular rate like "per person")
        person = (
            pobj.pos_ == "NOUN"
            and self.can_speak(pobj)
            and (pobj.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in self._kids[pobj.i]))
        )
        # ("per a company memo", "per an email seen by the Courier": a document speaks
        # for whoever wrote it, as a statement does)
        texts = lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS
        return set_off and (named or person or pobj.lemma_.lower() in texts)

    def _per_is_a_name(self, tok: Token, pobj: Token) -> bool:
        """`His coach, Per Amundsen, said ...`: "Per" is a first name (Scandinavian), which
        the parser reads as the preposition. Written with a capital inside a sentence and
        followed by a capitalised word, or opening the sentence as the subject of the verb
        right after the name (`Per Amundsen said ...`, where the source reading needs a
        comma: `Per Reuters, the talks failed`)."""
        if tok.text != "Per" or not self._tokens[tok.i + 1].is_title:
            return False
        if not tok.is_sent_start:
            return True
        after = self._tokens[pobj.i + 1] if pobj.i + 1 < len(self.doc) else None
        return after is not None and after.pos_ in ("VERB", "AUX")

    def _with_colon_quote(self, span: tuple[int, int]) -> tuple[int, int]:
        """`His complaint, according to X, was the timing: "..."`: a quotation after a
        colon that closes the sentence spells out what the source vouches for."""
        m = re.match(r"[ \t]*:[ \t]*", self.text[span[1] :])
        if m is None:
            return span
        qi = self.quote_of_char[span[1] + m.end()] if span[1] + m.end() < len(self.text) else -1
        if qi < 0 or self.quotes[qi].open_start != span[1] + m.end():
            return span
        close = self.quotes[qi].close_end
        if re.match(r"[ \t]*(?:\n|$)", self.text[close:]) is None:
            return span
        return span[0], close

    def _parenthetical(self, tok: Token, head: Token) -> bool:
        """`The fire, according to witnesses, started in the kitchen`: the source set off
        by commas between the clause's subject and its predicate; what it vouches for
        runs on both sides of it. So too after the verb, when the predicate goes on
        past the source (`The yacht sank, according to the coastguard, within minutes`)."""
        left, right = tok.i - 1, tok.right_edge.i + 1
        if left <= 0 or right >= len(self.doc) - 1:
            return False
        if self._tokens[left].text != "," or self._tokens[right].text != ",":
            return False
        if not (head.left_edge.i < left and any(c.dep_ in SUBJECT_DEPS and c.i < left for c in self._kids[head.i])):
            return False
        return head.i > right or head.i < left and self._heads[tok.i].i == head.i and head.right_edge.i > right + 1

    def _said_as_conj(self, verb: Token) -> bool:
        """`Rates will stay on hold, the governor, Elif Arslan, said on Tuesday`: the
        parser made the trailing attribution a conjunct of the clause it reports. With
        no conjunction between them, a subject of its own set off by a comma, and
        nothing of its own to report, the cue attributes the clause before it."""
        head = self._heads[verb.i]
        if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
            return False
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        if any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in self._kids[head.i]):
            return False
        subject = next((c for c in self._kids[verb.i] if c.dep_ in ("nsubj",) and c.i < verb.i), None)
        if subject is None or subject.left_edge.i == 0 or self._tokens[subject.left_edge.i - 1].text != ",":
            return False
        return not any(c.dep_ in (*CONTENT_DEPS, "dobj", "conj") for c in self._kids[verb.i])

    def _according_to(self, tok: Token, prep: str = "to", nxt: Token | None = None) -> Candidate | None:
        """The clause a source vouches for: ``tok`` is "according" (or "as" of "as per",
        or a bare "per"), ``nxt`` the preposition naming the source (the token after
        ``tok`` unless given)."""
        nxt = nxt if nxt is not None else self._tokens[tok.i + 1]
        if nxt.lower_ != prep:
            return None
        pobj = next((c for c in self._kids[nxt.i] if c.dep_ == "pobj"), None)
        if pobj is None or self.in_quote(tok) or self._standard_not_source(pobj):
            return None
        head = self._heads[tok.i]
        while head.dep_ in ("prep",) and self._heads[head.i].i != head.i:
            head = self._heads[head.i]
        if head.i == tok.i:
            return None
        if (
            head.i > pobj.i
            and head.dep_ in ("advcl", "acl", "conj")
            and self._heads[head.i].i < tok.i
            and not _has_subject(head)
        ):
            # "..., according to an email previously kept secret": the parser makes the
            # source's own participle the head the phrase hangs on; the source vouches
            # for the clause that participle was hung from, not for the participle.
            head = self._heads[head.i]
        if (
            head.dep_ == "ROOT"
            and head.i > pobj.i
            and head.tag_ == "VBN"
            and self._tokens[tok.i - 1].text == ","
            and not any(c.dep_ in SUBJECT_DEPS and c.i > tok.i or c.dep_ in ("aux", "auxpass") for c in self._kids[head.i])
            and all(t.dep_ == "advmod" and self._heads[t.i].i == head.i for t in self.doc[pobj.right_edge.i + 1 : head.i])
            and tok.i - tok.sent.start >= 4
        ):
            # "A perform worse, according to the largest study yet published": the parser
            # made the source's participle the sentence's root, with all before the comma
            # hung from it; the source vouches for that part, not for "yet published".
            last = self._tokens[tok.i - 2]
            return self._vouched_by(tok, nxt, pobj, (tok.sent[0].idx, last.idx + len(last)))
        if self._trailing_source(tok, pobj) and self._tokens[max(head.left_edge.i - 1, 0)].text != ",":
            # "The deal is worth 2 billion euros, per Ada Ruiz": a source set off at the
            # sentence's end vouches for the clause, whatever word of its predicate the
            # parser hung it on (a phrase set off that it closes is what it vouches for:
            # "income reached $56,746, the level of 2007, according to one firm").
            while head.pos_ not in ("VERB", "AUX") and self._heads[head.i].i != head.i:
                head = self._heads[head.i]
        if self._trailing_source(tok, pobj):
            while head.dep_ == "advcl" and self._heads[head.i].pos_ in ("VERB", "AUX") and self._heads[head.i].i < head.i:
                # "A has raised $2 million, while B has raised $6 million, according to
                # filings": hung on the last clause of the sentence, the source still
                # vouches for all of it, the clause that clause hangs from included.
                head = self._heads[head.i]
        if head.dep_ in SUBJECT_DEPS and self._heads[head.i].pos_ in ("VERB", "AUX"):
            head = self._heads[head.i]  # "Other cleavages, according to the poll, include ...": the clause
        while head.dep_ == "conj" and self._heads[head.i].pos_ in ("VERB", "AUX") and self._heads[head.i].i < head.i:
            # "A, and B, according to X": the source stands for the whole sentence.
            head = self._heads[head.i]
        if (
            head.dep_ == "ccomp"
            and self._heads[head.i].i < head.i < tok.i
            and self.is_cue(self._heads[head.i])
            and not self.in_quote(self._heads[head.i])
            and self._tokens[tok.i - 1].text == ","
        ):
            # "Roe said he would quit, according to press reports": the trailing source
            # vouches for the whole report, the speaker and the cue included.
            head = self._heads[head.i]
        relative = self._relative_in_report(tok, pobj)
        if relative is not None:
            # "Weaver says his streak is proof the gap will close in delegates, which
            # stood at 263, according to the AP": the report is Weaver's; the source
            # vouches only for the relative clause set off before it.
            last = self._tokens[tok.i - 2]
            return self._vouched_by(tok, nxt, pobj, (relative.left_edge.idx, last.idx + len(last)))
        pointer = self._pointer_subject(head, tok)
        if pointer is not None:
            # "That's according to exit polls": the source vouches for what "that" points
            # back to; PolNeAR marks the pronoun itself as the content.
            mention = self.mention_span(self._medium_speaker(pobj) or pobj)
            return Candidate(
                "indirect", pointer.idx, pointer.idx + len(pointer), (tok.idx, nxt.idx + len(nxt)), mention, 0.75,
                cue_token=tok.i,
            )
        bridged = self._parenthetical(tok, head)
        span = self.clause_span(head, exclude=tok, bridge=bridged, whole=self._fronted_whole(head, tok))
        if span is None:
            return None
        if bridged:
            span = self._with_colon_quote(span)
        if (
            head.lemma_.lower() in lexicon.SPEECH_VERBS
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in self._kids[head.i])
            and head.i - head.left_edge.i < 6
            # `The strike was called off, according to ...`: a passive or phrasal verb
            # reports an event, not the attribution of a quotation
            and not any(c.dep_ in ("nsubjpass", "prt") for c in self._kids[head.i])
        ):
            # `"...?" Clinton asked, according to a transcript`: the source vouches for
            # an attribution whose content is the quote, not for "Clinton asked".
            return None
        cand = self._vouched_by(tok, nxt, pobj, span)
        if cand is None:
            return None
        named = APPOSED_NAME.match(self.text, cand.start, cand.end)
        if (
            named
            and tok.i < pobj.i
            and pobj.tag_ == "NN"
            and self._names_a_person(*named.span(1))
            and (
                pobj.lemma_.lower() in lexicon.TITLE_WORDS
                or pobj.lemma_.lower() in lexicon.PERSON_DESCRIPTIONS
                or _role_word(pobj.lemma_.lower())
            )
            and not self.text[pobj.right_edge.idx + len(pobj.right_edge) : cand.start].strip(", ")
        ):
            # "According to the bank's governor, Ravi Menon, inflation will fall": the
            # name in apposition is the source, not the start of the content (any
            # person's role: "According to the witness, Hana Mori, ...").
            cand.mention = named.span(1)
            cand.start = named.end()
        titled = self._titled_name_after(nxt, pobj)
        if titled is not None and cand.mention is not None and cand.mention[1] <= titled[0]:
            cand.mention = (cand.mention[0], titled[1])
        return cand

    def _titled_name_after(self, nxt: Token, pobj: Token) -> tuple[int, int] | None:
        """`According to witness Hana Mori, the driver "came out of nowhere"`: the parser
        may read the bare role ("witness") as the object of "to" and hang the name right
        after it as a second object; the source is the role and the name together, so the
        name's span is returned (None when no such name follows the role)."""
        if pobj.pos_ == "PROPN" or not pobj.is_lower or not _role_word(pobj.lemma_.lower()):
            return None
        name = next(
            (c for c in self._kids[nxt.i] if c.dep_ == "pobj" and c.i > pobj.i and c.pos_ == "PROPN"),
            None,
        )
        if name is None or name.left_edge.i != pobj.right_edge.i + 1 or not self._names_a_person(
            name.left_edge.idx, name.idx + len(name)
        ):
            return None
        return name.left_edge.idx, name.idx + len(name)

    def _vouched_by(self, tok: Token, nxt: Token, pobj: Token, span: tuple[int, int]) -> Candidate | None:
        """The report ``span`` whose source is ``pobj``, the object of "according to"
        (``tok`` and ``nxt``, the cue)."""
        cand = self._reported_from(tok, span, 0.75)
        if cand is None:
            return None
        cand.cue = (tok.idx, nxt.idx + len(nxt))
        if cand.mention is None:
            # The source is the object of "to", not a subject: `_reported_from` docked
            # the item for a missing speaker it does have (these are ~90% right).
            cand.confidence += 0.25
        cand.mention = self.mention_span(self._medium_speaker(pobj) or pobj)
        return cand

    def _relative_in_report(self, tok: Token, pobj: Token) -> Token | None:
        """The relative clause a trailing "according to" closes, when the clause it
        describes a noun of is itself what a speech verb reports: a relative set off by
        a comma and opened by "which" or "who" that ends right before the source's comma,
        on a noun inside the content of a cue (the report has its speaker; the source
        adds a fact about the noun)."""
        if not self._trailing_source(tok, pobj) or tok.i < 3:
            return None
        relative = next((a for a in self._tokens[tok.i - 2].ancestors if a.dep_ == "relcl"), None)
        if relative is None or relative.right_edge.i != tok.i - 2:
            return None
        first = relative.left_edge
        if first.lower_ not in ("which", "who") or self._tokens[first.i - 1].text != ",":
            return None
        return relative if any(
            a.dep_ == "ccomp" and self.is_cue(self._heads[a.i]) and not self.in_quote(self._heads[a.i]) for a in relative.ancestors
        ) else None

    def _trailing_source(self, tok: Token, pobj: Token) -> bool:
        """The source phrase opens after a comma and closes its sentence."""
        after = pobj.right_edge.i + 1
        closes = after >= len(self.doc) or self._tokens[after].is_sent_start or self._tokens[after].text in (".", "!", "?")
        return tok.i > 0 and self._tokens[tok.i - 1].text == "," and closes

    @staticmethod
    def _pointer_subject(head: Token, according: Token) -> Token | None:
        """"That's according to the poll": a bare demonstrative subject of "be" whose
        only predicate is the according-phrase; None for any other clause."""
        if head.lemma_.lower() != "be" or head_of(according) != head:
            return None
        subject = next((c for c in kids(head) if c.dep_ == "nsubj" and c.i < head.i), None)
        if subject is None or subject.lower_ not in ("that", "this") or any(True for _ in kids(subject)):
            return None
        rest = [c for c in kids(head) if c not in (subject, according) and c.dep_ != "punct"]
        return subject if not rest else None

    def _standard_not_source(self, noun: Token) -> bool:
        """ "went according to plan", "according to schedule": a lowercase singular noun
        with no article, possessor or modifier, that cannot speak, names a standard the
        event kept to, not a source ("according to police", "to Vrba", "to the report")."""
        return (
            noun.tag_ == "NN" and noun.is_lower and not any(True for _ in self._kids[noun.i])
            and not self.can_speak(noun, evidence=True)
        )

    def _names_a_person(self, start: int, end: int) -> bool:
        """``text[start:end]`` is proper nouns the model tags as a person."""
        span = self.char_span(start, end)
        return span is not None and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in span)

    def _medium_speaker(self, noun: Token) -> Token | None:
        """`according to audio provided by Radio Dover`, `to an interview her brother gave`,
        `to interviews with a dozen officials`: the words came through a medium, and the
        person or outlet named with it is the source -- not the one who obtained or saw
        it (`a police report obtained by the Herald`: `lexicon.OBTAINING_VERBS`)."""
        lemma = noun.lemma_.lower()
        medium = lemma in lexicon.MEDIUM_NOUNS or lemma in lexicon.STATEMENT_NOUNS
        evidence = not medium and lemma in lexicon.EVIDENCE_SOURCES
        if not medium and not evidence:
            return None  # (`according to a statement issued by the Harbour Board`)
        for c in noun.rights:
            if evidence and c.lemma_.lower() not in lexicon.AUTHORING_VERBS:
                # figures, data or a survey "published by the statistics office" are the
                # office's; a filing "seen by Bloomberg" is still the filing's
                continue
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() not in lexicon.OBTAINING_VERBS:
                agent = next((a for a in self._kids[c.i] if a.dep_ == "agent"), None)
                pobj = next((p for p in self._kids[agent.i] if p.dep_ == "pobj"), None) if agent else None
                if pobj is not None and self.can_speak(pobj):
                    return pobj
            if c.dep_ == "prep" and c.lower_ == "with":
                pobj = next((p for p in self._kids[c.i] if p.dep_ == "pobj"), None)
                if pobj is not None and self.can_speak(pobj):
                    return pobj
            if c.dep_ == "relcl":
                subject = next((x for x in self._kids[c.i] if x.dep_ == "nsubj"), None)
                if subject is not None and subject.tag_ not in ("WDT", "WP") and self.can_speak(subject):
                    return subject
        return None




def _frame_slots(verb: Token, lemma: str) -> list[tuple[Token, tuple[str, str]]]:
    """The words after a frame verb (`ReportedSpeechRules._framed`, ``lemma`` its lower-case
    lemma) that stand in a slot of one of its frames, with the frame's key: ("talk",
    "prep:about") for "talked about X", ("expect", "xcomp") for "expected to win"."""
    slots = []
    for child in kids(verb):
        if child.i < verb.i:
            continue
        key = (lemma, child.dep_ if child.dep_ != "prep" else f"prep:{child.lower_}")
        if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in kids(child)):
            key = (lemma, "prep:as")  # "sees him as captured by ...": parsed as a clause
        if child.dep_ == "dobj" and (lemma, "prep:as") in lexicon.CONTENT_FRAMES and _cast_within(child):
            key = (lemma, "prep:as")  # "see the plan as unfair", "as" hung on the object
        if lemma == "plead" and child.dep_ in ("xcomp", "advcl"):
            key = (lemma, "xcomp") if _pleaded_with(verb, child) else (lemma, "none")
        if lemma in lexicon.RAISING_VERBS and child.dep_ == "xcomp" and _appeared_somewhere(verb, child):
            continue
        if key in lexicon.CONTENT_FRAMES or key in lexicon.NO_SOURCE_FRAMES:
            slots.append((child, key))
    return slots


def _appeared_somewhere(verb: Token, clause: Token) -> bool:
    """ "appeared on a breakfast show to promote the album", "appeared at a rally to
    back her": a place or a programme between "appear" and its infinitive makes it
    showing up somewhere, the infinitive its purpose (the parser still hangs it as the
    verb's complement), not the raising "appeared to waver" that reports an impression.
    A date between ("appeared on Tuesday to back away") leaves the raising reading."""
    for prep in kids(verb):
        if prep.dep_ != "prep" or not verb.i < prep.i < clause.i:
            continue
        pobj = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.ent_type_ not in ("DATE", "TIME"):
            return True
    return False


def _cast_within(obj: Token) -> bool:
    """Whether an object carries the "as" phrase of a casting verb itself: in "voters see
    the campaign as unfair", "analysts see the plan as driven by fear" the parser hangs
    "as" on the object, not on "see"; object and "as" phrase are then the view."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as"
        or c.dep_ in ("acl", "relcl", "advcl") and any(m.dep_ == "mark" and m.lower_ == "as" for m in kids(c))
        for c in obj.rights
    )


def _that_clause_on_author(noun: Token) -> Token | None:
    """`But claims by the opposition that the vote was rigged were dismissed`: the parser
    may hang the reporting noun's that-clause on the author in its "by" or "from" phrase
    right before the clause; the clause is still what the noun reports."""
    for prep in kids(noun):
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "from"):
            continue
        for author in kids(prep):
            if author.dep_ != "pobj":
                continue
            clause = next((c for c in kids(author) if c.dep_ in ("acl", "ccomp") and _has_that(c)), None)
            if clause is not None and clause.i > author.i and clause.right_edge.i == author.right_edge.i:
                return clause  # (the clause closes the author's phrase)
    return None


def _holds_report(passive: Candidate, other: Candidate) -> bool:
    """``other`` is a report the passive's subject holds: it lies in the passive's
    content, or starts there, cue and all, and runs on past it."""
    if not passive.start <= other.start < passive.end:
        return False
    return other.end <= passive.end or other.cue is not None and passive.start <= other.cue[0] < passive.end


def _pleaded_with(verb: Token, clause: Token) -> bool:
    """ "pleaded with the kidnappers to release her son": the infinitive after "with" and
    the one pleaded with is what was asked of them (the parser hangs it as a clause of
    purpose); "pleaded guilty to avoid a trial" has no one pleaded with and no plea."""
    return _has_to(clause) and any(
        c.dep_ == "prep" and c.lower_ == "with" and c.i < clause.i for c in kids(verb)
    )
