"""The speaker mention at a cue: finding the cue's subject and the span that names it.

The parser often hangs the subject elsewhere (inverted cues, asides, appositions, split
names); these rules climb to the real subject and trim it to a compact mention ("NATO
Chief Jens Stoltenberg"). Turning mentions into people is ``quotes.resolve``'s job.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotes import lexicon
from quotes.doccolumns import char_span, head_of, kids
from quotes.marks import (
    is_quote_char,
    is_quote_token,
)
from quotes.nameshapes import _clear_first_name, _strong_first_name
from quotes.patterns import (
    _SIGNATURE_PARTICLES,
    _SIGNATURE_WORD,
    AGE_BEFORE,
    BULLETS,
    DATELINE_DASHES,
    SUBJECT_DEPS,
    _agent_object,
    _has_that,
    _has_to,
    _name_read_as_modal,
    _occasion_phrase,
    _person_compound,
    _reported_as_saying,
    abbreviation_stop,
)

# Words that open a place or time phrase the parser may read as a sentence's subject
# ("Outside court, her lawyer, Ana Diaz, said"): the phrase speaks for no one.
PLACE_OPENERS = frozenset("outside inside after afterwards later earlier before beyond".split())


class SpeakerMentionRules:
    """The speaker at a cue: its subject through the parser's slips, and the mention's span."""

    def subject_of(self, verb: Token) -> Token | None:
        """The speaker token of a cue verb; a poll speaks for the share of its respondents.

        Kept per verb (``_token_memo``): the passes ask it of the same verb again (one
        call in six on news text), each time through some thirty subject rules, and the
        answer depends only on the parse, which no rule changes after the repairs."""
        key = ("subject_of", verb.i)
        memo = self._token_memo
        if key not in memo:
            memo[key] = self._speaker_subject(verb)
        return memo[key]

    def _speaker_subject(self, verb: Token) -> Token | None:
        """`subject_of`, worked out."""
        if self._that_object_then_cue(verb) is not None:
            return self.subject_of(self._heads[verb.i])  # "X acknowledged that problem and said ...": X
        people = self._people_of_stranded_to(verb)
        if people is not None:
            return people
        holder = self._holder_of_sign(verb)
        if holder is not None:
            return holder
        subject = self._subject_of(verb)
        if subject is not None and self._is_share(subject):
            poll = self._poll_in_sentence(subject)
            if poll is not None:
                return poll
        return subject

    def _people_of_stranded_to(self, verb: Token) -> Token | None:
        """`Most farmers I speak to tell me ...`, `the nurses I spoke to said ...`: the
        parser reads the stranded "to" of a relative clause without a pronoun as the
        infinitive marker of the speech verb after it, and hangs that verb on the relative
        clause, whose subject ("I") is then taken for the speaker. The speech verb is the
        main verb of the sentence, and its subject is the noun the relative clause
        describes (or, when the parser made that noun a modifier of the clause's verb,
        that noun). None for any other shape, a real infinitive ("went there to tell
        them") included: its head verb does not end right before the "to"."""
        if verb.dep_ not in ("advcl", "xcomp") or verb.lemma_.lower() not in lexicon.SPEECH_VERBS:
            return None
        to = next((c for c in self._kids[verb.i] if c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1), None)
        clause = self._heads[verb.i]
        if to is None or clause.i != to.i - 1 or clause.pos_ != "VERB":
            return None
        if any(c.dep_ in ("dobj", "dative", "prep", "ccomp") for c in self._kids[clause.i]):
            return None  # the clause's verb has its object or preposition: "to" is no stranded one
        subject = next((c for c in self._kids[clause.i] if c.dep_ == "nsubj" and c.i < clause.i), None)
        if subject is None or subject.tag_ in ("WP", "WDT"):
            return None
        if clause.dep_ == "relcl":
            noun = self._heads[clause.i]
        else:
            noun = next((c for c in self._kids[clause.i] if c.dep_ == "npadvmod" and c.i < subject.i), None)
        if noun is None or noun.pos_ not in ("NOUN", "PROPN") or noun.i > subject.i:
            return None
        if any(c.tag_ in ("WDT", "WP") or c.lower_ == "that" for c in self._kids[clause.i]):
            return None  # "the tag that people have been using to signal ...": a real infinitive
        top = self._heads[self._heads[noun.i].i] if noun.dep_ == "pobj" and self._heads[noun.i].lower_ == "of" else noun
        if top.dep_ not in ("nsubj", "ROOT", "npadvmod"):
            return None  # "a term Rubio has used to describe X": the noun is another verb's object
        return noun

    def _holder_of_sign(self, verb: Token) -> Token | None:
        """`Protesters hold banners proclaiming "..."`: the parser may make the sign the
        subject of the participle right after it and the participle a clause of the verb
        of holding; a sign speaks for whoever holds it (as `carried banners reading`
        does), so the holder, that verb's subject, is the speaker. None for any other
        shape."""
        if verb.tag_ != "VBG" or verb.dep_ != "ccomp" or verb.i == 0:
            return None
        sign = self._tokens[verb.i - 1]
        holding = self._heads[verb.i]
        if (
            sign.dep_ != "nsubj"
            or self._heads[sign.i].i != verb.i
            or sign.lemma_.lower() not in lexicon.SIGN_NOUNS
            or holding.pos_ != "VERB"
            or holding.i > sign.i
        ):
            return None
        holder = self.subject_of(holding)
        return holder if holder is not None and holder.lemma_.lower() not in lexicon.SIGN_NOUNS else None

    @staticmethod
    def _is_share(token: Token) -> bool:
        """"51 percent of voters", "about half", "six in 10": a share of respondents."""
        if token.lower_ in lexicon.SHARE_HEADS or token.lemma_.lower() in lexicon.SHARE_HEADS:
            return True
        if token.like_num or token.ent_type_ == "PERCENT":
            return True
        # "51 percent of Democrats": the parser may head the phrase on the people.
        return any(
            c.dep_ in ("nummod", "amod", "quantmod", "nmod", "compound")
            and (c.ent_type_ == "PERCENT" or c.lower_ in lexicon.SHARE_HEADS)
            for c in kids(token)
        )

    def _without_subjects_predicate(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`The club, noting that sales had slumped, cut ticket prices`: a participle set
        off after a subject the parser left with no verb (the noun is the root) has the
        subject's own predicate read into its clause as a conjunct ("slumped, cut"). A
        verb after a comma, joined with no "and" and no subject of its own, is that
        predicate: the content ends before the comma."""
        noun = self._heads[verb.i]
        if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            return span
        for tok in map(self.doc.__getitem__, range(verb.i + 1, self.sentence_bounds(noun.i)[1])):
            if tok.idx >= span[1]:
                break
            if (
                tok.dep_ == "conj"
                and tok.pos_ == "VERB"
                and self._tokens[tok.i - 1].text == ","
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in self._kids[tok.i])
                and not any(c.dep_ == "cc" for c in self._kids[self._heads[tok.i].i])
                and self._tokens[tok.i - 1].idx > span[0]
            ):
                return span[0], self._tokens[tok.i - 2].idx + len(self._tokens[tok.i - 2])
        return span

    def _subject_before_aside(self, verb: Token) -> Token | None:
        """`The board, noting that profits had fallen, cut the dividend`: a participle
        set off by commas right after the main verb's subject, which the parser makes
        the verb's clausal subject, is done by that subject."""
        if verb.dep_ not in ("csubj", "advcl") or verb.tag_ != "VBG" or verb.i < 2 or self._tokens[verb.i - 1].text != ",":
            return None
        head = self._heads[verb.i]
        if head.dep_ == "nsubj" and head.i == verb.i - 2:
            subject: Token | None = head  # (or hangs it on the subject as an adverbial clause)
        else:
            subject = next((c for c in self._kids[head.i] if c.dep_ == "nsubj" and c.i == verb.i - 2), None)
        if subject is None or verb.dep_ == "advcl" and subject is not head or not self.can_speak(subject):
            return None
        return subject

    def _poll_in_sentence(self, subject: Token) -> Token | None:
        """The poll or survey named before the subject in its sentence, if any."""
        sent = subject.sent
        polls = [
            t for t in self.doc[sent.start : subject.i]
            if t.lemma_.lower() in lexicon.POLL_NOUNS and t.pos_ == "NOUN" and not self.in_quote(t)
        ]
        return polls[-1] if polls else None

    def _fronted_subject(self, verb: Token) -> Token | None:
        """In `The vote, said Ybarra, was a farce` the parser gives the inverted cue both
        subjects: the one before it, set off by a comma, is the reported clause's; the
        one right after it is the speaker. Returns the fronted one, or None."""
        pair = self._inverted_pair(verb)
        return pair[0] if pair is not None else None

    def _inverted_pair(self, verb: Token) -> tuple[Token, Token] | None:
        """The fronted subject and the speaker of `The vote, said Ybarra, was a farce`.
        The speaker may also come as the subject the parser gave the reported clause
        (`The deficit, said Mokoena, will narrow`: "Mokoena" subject of "narrow")."""
        if verb.i == 0 or self._tokens[verb.i - 1].text != "," or verb.i + 1 >= len(self.doc):
            return None
        before = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(c)]
        after = [c for c in verb.rights if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1]
        if not after:
            after = [
                s
                for c in verb.rights
                if c.dep_ == "ccomp"
                for s in self._kids[c.i]
                if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1
                and (s.pos_ == "PROPN" or s.pos_ == "NOUN" and self.can_speak(s))  # "say experts like ..."
            ]
        if not before or not after or before[-1].right_edge.i not in (verb.i - 2, verb.i - 1):
            return None
        closing = after[0].right_edge.i
        if self._tokens[closing].text != ",":  # the parser may hang the closing comma on the name
            closing += 1
        if closing >= len(self.doc) or self._tokens[closing].text != ",":
            return None  # the aside closes on a comma: "said Ybarra, was ..."
        if before[-1].ent_type_ == "PERSON" or before[-1].pos_ == "PROPN" or any(
            c.dep_ in ("relcl", "appos") for c in self._kids[before[-1].i]
        ):
            return None  # "Sanders, whose coalition ..., said": the person before speaks
        if after[0].ent_type_ in ("DATE", "TIME") or not self.can_speak(after[0]):
            return None  # "Flynn, a top surrogate, said Thursday morning on ...": no speaker after
        return before[-1], after[0]

    def _name_ending_phrase(self, tok: Token) -> Token | None:
        """`"...?" asked Green Party co-leader Freya Holloway`: after an inverted cue the
        parser may split one noun phrase into several objects ("Party" a dative, the
        rest a second object). An English noun phrase ends on its head, so a person's
        name that the same unbroken run of nouns and adjectives reaches (no punctuation
        but a hyphen inside a word) is who speaks, not the body or title that opens the run. None
        when ``tok`` is itself a person's name, is no proper noun, or no name ends the run."""
        if tok.ent_type_ == "PERSON" or tok.pos_ != "PROPN":
            return None  # (a role noun before a name keeps its own rule, `_name_after_role`)
        j = tok.i + 1
        while j < len(self.doc) and j <= tok.i + 6:
            word = self._tokens[j]
            if self.in_quote(word) or word.is_sent_start or self._a_day(word):
                return None
            glued = word.text == "-" and not self._tokens[j - 1].whitespace_ and not word.whitespace_
            if not glued and (word.is_punct or word.pos_ not in ("PROPN", "NOUN", "ADJ")):
                return None  # a verb, a relative pronoun, a preposition: the phrase has ended
            if word.ent_type_ == "PERSON" and word.ent_iob_ == "B":
                ent = self._entity_at(word.i)
                return ent.root if ent is not None and ent.start == word.i else None
            j += 1
        return None

    def _answerer_after(self, noun: Token) -> Token | None:
        """Who gave an answer named after its noun: `the answer from the mayor`, or `the
        verdict of captain Ada Voss` when "of" takes a name that can speak (`a warning
        of storms` names what it warns of)."""
        for prep in noun.rights:
            if prep.dep_ != "prep" or prep.lower_ not in ("from", "of"):
                continue
            obj = next((c for c in self._kids[prep.i] if c.dep_ == "pobj"), None)
            if obj is None:
                continue
            if prep.lower_ == "from" or (obj.ent_type_ == "PERSON" or obj.pos_ == "PROPN") and self.can_speak(obj):
                return obj
        return None

    def _head_of_split_subject(self, subjects: list[Token], nearest: Token) -> Token:
        """ "A former aide to the ousted mayor Desmond Hale testified": the parser splits
        the phrase into two subjects, "aide" and "Hale". A name that runs straight on
        from a title noun inside the other subject's phrase (its object of "to"/"of")
        names that noun, not the speaker: the earlier subject is the speaker."""
        if nearest.pos_ != "PROPN":
            return nearest
        before = self._tokens[nearest.left_edge.i - 1] if nearest.left_edge.i > 0 else None
        for other in subjects:
            if other.i >= nearest.i or before is None or other.right_edge.i != before.i:
                continue
            role = before.lemma_.lower()
            if (
                before.pos_ == "NOUN" and before.dep_ == "pobj" and self._heads[self._heads[before.i].i].i == other.i
                and (role in lexicon.PERSON_DESCRIPTIONS or role in lexicon.TITLE_WORDS)
            ):
                return other  # not "a story by the website Politico says"
        return nearest

    @staticmethod
    def _name_after_split_title(subjects: list[Token], nearest: Token) -> Token:
        """`"...," said warden Piers Ashdown, "..."`: the parser may split a title and the
        name right after it into two subjects ("warden" and "Ashdown"). A name subject
        that runs straight on from a bare common-noun subject is who that title
        describes: the name is the speaker (the title alone resolves to nobody; the
        tagger may even read it as a participle, as it does "warden")."""
        if nearest.pos_ in ("PROPN", "PRON", "DET", "NUM") or any(c.dep_ not in ("det", "amod", "compound") for c in kids(nearest)):
            return nearest
        for other in subjects:
            if other.pos_ == "PROPN" and other.i > nearest.i and other.left_edge.i == nearest.i + 1:
                return other
        return nearest

    def _subject_of(self, verb: Token) -> Token | None:
        """The speaker token of a cue verb, climbing through participles and conjuncts."""
        if verb.lemma_.lower() in ("quote", "paraphrase") and self._fronted_quoting(verb):
            return next(c for c in self._kids[verb.i] if c.dep_ == "dobj")  # "To quote Hale, ..."
        quoted = self._quoted_as_object(verb)
        if quoted is not None:
            return quoted
        stray = self._subject_read_as_conjunct(verb)
        if stray is not None:
            return stray
        closing = self._closing_conjunct_speaker(verb)
        if closing is not None:
            return closing
        subjects = [
            c for c in self._kids[verb.i] if c.dep_ in ("nsubj", "csubj") and not self.in_quote(c)
        ] or self._subject_on_auxiliary(verb)
        pair = self._inverted_pair(verb)
        fronted = pair[0] if pair is not None else None
        if fronted is not None:
            subjects = [c for c in subjects if c.i != fronted.i]
            if pair is not None and self._heads[pair[1].i].i != verb.i:
                return pair[1]  # the speaker the parser gave the reported clause
        if subjects:
            # Two subjects is a misparse; the one nearest the verb is the speaker.
            subject = max(subjects, key=lambda c: (c.i < verb.i, -abs(verb.i - c.i)))
            subject = _suffix_before_its_stop(subjects, subject)
            subject = _phrase_before_its_named_noun(subjects, subject)
            subject = self._head_of_split_subject(subjects, subject)
            subject = self._name_after_split_title(subjects, subject)
            if subject.i > verb.i:
                subject = self._name_ending_phrase(subject) or subject
            if subject.i > verb.i and subject.pos_ != "PROPN" and not subject.ent_type_:
                # `"...," the club's lawyer, Ines Moreau, said outside court`: a name set
                # off right before the verb (hung on the quotation by the parser) is who
                # speaks; the plain noun after it says where.
                stranded = self._stranded_subject(verb)
                if stranded is not None and (stranded.pos_ == "PROPN" or stranded.ent_type_ == "PERSON"):
                    return stranded
            if subject.i < verb.i and any(
                c.dep_ == "punct" and c.text in DATELINE_DASHES and c.i < verb.i
                for c in subject.rights
            ):
                # "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey
                # told ...": the parser made the dateline the subject.
                named = self._stranded_subject(verb) or self._dateline_apposition(subject)
                if named is not None:
                    return named
            if subject.lower_ == "it":
                experiencer = self._experiencer(verb)
                if experiencer is not None:
                    return experiencer
            noun = self._relative_antecedent(verb)
            if (
                verb.dep_ == "relcl"
                and subject.lower_ in ("that", "which")
                and noun.dep_ == "dobj"
                and (
                    noun.lemma_.lower() in lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.EVIDENCE_SOURCES
                    or noun.lemma_.lower() in lexicon.DISPLAY_NOUNS
                    and subject.lower_ == "that"
                    and not self._tokens[subject.i - 1].is_punct
                )
            ):
                # "she issued a statement that sought ...", "released a video that
                # accuses ...": whoever issued it speaks through it. So does whoever
                # "hoisted a sign that read ..." (PolNeAR's source); a sign set off by a
                # comma or dash ("held up the sign -- which read") is its own source there,
                # and "a placard which read" is left so too.
                owner = self.subject_of(self._heads[noun.i])
                if owner is not None:
                    return owner
            return self._named_one(subject) or self._speaker_after_place(subject) or subject
        if verb.dep_ == "acl" and self._age_subject(verb) is not None:
            return self._age_subject(verb)  # not a noun further on in the sentence
        modal = _name_read_as_modal(verb)
        if modal is not None and not self.in_quote(modal):
            return modal
        share = _share_read_as_modifier(verb)
        if share is not None and not self.in_quote(share):
            return share
        shared = self._shared_subject_before(verb) or self._joined_report_read_as_clause(verb)
        if shared is not None:
            return shared
        glued = next(
            (c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.right_edge.i == verb.i - 1),
            None,
        )
        if glued is not None and verb.tag_ in ("VBD", "VBZ", "VBP") and not self.in_quote(glued):
            # `"Vrba," Calloway joked, ...`: the parser read the name and the verb as one
            # compound noun; a finite verb has no compounds, the name is its subject.
            return glued
        if verb.lemma_ == "read" and verb.pos_ == "NOUN" and verb.dep_ == "pobj" and self._document_reads(verb):
            return self._heads[self._heads[verb.i].i]  # `"...," a statement from the club read.` (a misparse)
        as_object = self._as_object(verb)
        if as_object is not None:
            return as_object
        for child in self._kids[verb.i]:
            if (
                child.dep_ == "nsubjpass"
                and verb.lemma_.lower() in lexicon.BELIEF_PASSIVES
                and not any(c.dep_ == "agent" for c in self._kids[verb.i])
            ):
                return child  # "Ada Ruiz was convinced the port would survive"
            if (
                child.dep_ == "nsubjpass"
                and verb.lemma_.lower() in lexicon.PERCEIVED_PASSIVES
                and any(
                    c.dep_ == "xcomp" and (c.tag_ == "VBG" or c.tag_ == "VB" and _has_to(c)) and self.is_cue(c)
                    for c in self._kids[verb.i]
                )
                and self._can_be_heard_speaking(child)
            ):
                # `"...?" a reporter can be heard asking Vrba`: the one heard speaks;
                # the object of "asking" is who was asked. (So with an infinitive:
                # `"Not again," one officer was heard to say.`)
                return child
            if child.dep_ == "nsubjpass" and _has_read_as_is(verb, child):
                return child  # "He's said he will fight on": "'s" is "has"
            if child.dep_ == "nsubjpass" and verb.lemma_ != "quote" and not _reported_as_saying(verb):
                # "was told by X": the agent speaks; a passive subject is the addressee.
                # ("were informed by email": a bare means of sending speaks for nobody)
                for agent in self._kids[verb.i]:
                    if agent.dep_ == "agent":
                        pobj = _agent_object(agent)
                        if pobj is not None and not _bare_means(pobj):
                            return pobj
                return self._agent_after_infinitive(verb)
            if child.dep_ == "nsubjpass":
                return child  # "X was quoted as saying"
        if verb.tag_ == "VBN":
            # "as described by FBI Director James Comey": a passive with no subject.
            for agent in self._kids[verb.i]:
                if agent.dep_ == "agent":
                    pobj = _agent_object(agent)
                    if pobj is not None:
                        return pobj
        head = self._heads[verb.i]
        if verb.dep_ == "xcomp" and verb.i > head.i and head.lemma_.lower() in lexicon.OBJECT_CONTROL:
            # "The release led Debbie Wasserman Schultz to announce ...": the object of
            # "lead", "prompt", "force" ... is who speaks, not their subject.
            obj = next((c for c in self._kids[head.i] if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and self.can_speak(obj):
                return obj
            # "Mr. Trump was prompted to say": the passive subject is the one prompted.
            obj = next((c for c in self._kids[head.i] if c.dep_ == "nsubjpass"), None)
            if obj is not None and self.can_speak(obj):
                return obj
        if (
            verb.dep_ in ("xcomp", "advcl")
            and (
                verb.tag_ == "VBG"
                or verb.tag_ == "VB" and _has_to(verb)
            )
            and verb.i > head.i
            and head.lemma_.lower() in lexicon.PERCEIVED_PASSIVES
            and any(c.dep_ == "auxpass" for c in self._kids[head.i])
        ):
            # "Ann Roe was heard saying ...", "was seen telling ...", "was heard to say
            # ...": the one heard or seen is who speaks, not a listener.
            obj = next((c for c in self._kids[head.i] if c.dep_ == "nsubjpass"), None)
            if obj is not None and self._can_be_heard_speaking(obj):
                return obj
        if verb.dep_ == "xcomp" and verb.i > head.i and (
            head.lemma_.lower() in lexicon.RAISING_PASSIVES
            or head.lemma_.lower() in lexicon.PLANNING_PASSIVES and self._says_what(verb)
        ):
            # "Ann Roe is understood to have said ...", "is reported to have told": the
            # passive subject of the raising verb is who speaks.
            # An unfamiliar surname opening the sentence may be read as a plain noun
            # ("Rawal is learnt to have told"): a lone capitalised one still speaks.
            obj = next((c for c in self._kids[head.i] if c.dep_ == "nsubjpass"), None)
            if obj is not None and (
                self.can_speak(obj)
                or obj.tag_ == "NN" and obj.text.istitle() and obj.is_alpha and not any(self._kids[obj.i])
            ):
                return obj
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ == "dobj" and (
            head.lemma_.lower() in lexicon.STATEMENT_NOUNS or head.lemma_.lower() in lexicon.DOCUMENT_NOUNS
        ):
            # "she released a statement saying ...", "sent an email calling ...": whoever
            # issued the statement speaks through it.
            owner = self.subject_of(self._heads[head.i])
            if owner is not None:
                return owner
        infinitive = verb.dep_ == "relcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.lefts)
        if (verb.dep_ == "acl" or infinitive) and head.pos_ == "NOUN" and not self.can_speak(head):
            # "Forbes shot back in an article stating ...", "mounted a campaign to
            # condemn ...": a thing that cannot speak carries its author's words.
            gov = self._heads[head.i]
            if head.dep_ == "pobj" and gov.dep_ == "prep":
                gov = self._heads[gov.i]
            if head.dep_ in ("dobj", "pobj", "attr") and gov.pos_ in ("VERB", "AUX") and gov.i != verb.i:
                owner = self.subject_of(gov)
                if owner is not None:
                    return owner
        sender = (
            self._addressed_by(head)
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon.SPEECH_VERBS
            else None
        )
        if sender is not None:
            owner = self.subject_of(sender)
            if owner is not None:
                return owner
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            described = self._described_subject(head)
            if described is not None:
                return described
            # "Romney, the nominee, tweeted": a misparse hangs the verb off the apposition.
            return self._heads[head.i] if head.dep_ == "appos" and self._heads[head.i].pos_ == "PROPN" else head
        doer = self._participle_doer(verb)
        if doer is not None:
            return doer
        aside = self._subject_before_aside(verb)
        if aside is not None:
            return aside
        if verb.dep_ in ("conj", "advcl") and not self.is_cue(head) and head.dep_ == "ccomp":
            # "says X and says Y": the second "says" hangs off X's verb; its speaker is
            # the first cue's.
            if self.is_cue(self._heads[head.i]):
                return self.subject_of(self._heads[head.i])
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.i > head.i + 1
            and self._set_off(verb)
            and not self.is_cue(self._tokens[verb.i - 2])  # `..., Roe added, saying`: hers
        ):
            # "Roe rejected the idea that the plan would fail, saying ...", "a strategist
            # said Clinton will have to choose, saying ...": the parse hangs the trailing
            # participle on the reported clause; its doer is who reports that clause.
            outer = node = head
            for _ in range(4):
                if node.dep_ == "ccomp" and self._heads[node.i].pos_ == "VERB" and self.is_cue(self._heads[node.i]):
                    outer = self._heads[node.i]
                    break
                if (
                    node.dep_ == "acl"
                    and self._heads[node.i].pos_ == "NOUN"
                    and self._heads[node.i].dep_ in ("dobj", "pobj")
                    and _has_that(node)
                ):
                    noun = self._heads[node.i]
                    outer = self._heads[noun.i] if noun.dep_ == "dobj" else self._heads[self._heads[noun.i].i]
                    break
                if node.dep_ not in ("xcomp", "conj") or self._heads[node.i].i == node.i:
                    break
                node = self._heads[node.i]  # "will have to choose ...": up to the reported clause
            if outer is not head and outer.pos_ in ("VERB", "AUX"):
                owner = self.subject_of(outer)
                if owner is not None:
                    return owner
        if _passive_conjunct_to_hearer(verb):
            return None  # "was summoned and told that ...": the one told; no teller named
        if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp", "dep", "npadvmod") and head is not verb:
            if verb.dep_ == "pcomp" and self._heads[head.i].i != head.i:
                head = self._heads[head.i]  # "quoted as saying", "by mentioning"
            # Climb through adjectives and copulas: "is likely to say", "was bold
            # enough to tout" take the subject of the clause they hang from.
            steps = 0
            while head.pos_ in ("ADJ", "ADV", "ADP") and self._heads[head.i].i != head.i and steps < 3:
                head = self._heads[head.i]
                steps += 1
            if verb.dep_ == "pcomp" and head.pos_ == "NOUN" and head.dep_ == "dobj":
                head = self._heads[head.i]  # "took the unusual step of criticizing": who took it
            hops = 0
            while (
                verb.dep_ == "pcomp"
                and head.pos_ == "NOUN"
                and head.dep_ == "pobj"
                and self._heads[head.i].pos_ == "ADP"
                and self._heads[head.i].dep_ == "prep"
                and self._heads[self._heads[head.i].i].pos_ in ("VERB", "AUX")
                and any(c.dep_ == "ccomp" for c in self._kids[verb.i])
                and hops < 2
            ):
                # "In addition to stating that ..., Clinton has vowed", "After months of
                # denying that ..., she apologized": an opening phrase's participle is
                # done by the subject of the clause the phrase modifies. Only with a
                # reported clause: "after years of backing the unions, dockers ..." has
                # an ordinary object, no report.
                head = self._heads[self._heads[head.i].i]
                hops += 1
            if head.i == verb.i:
                return None
            if verb.dep_ in ("advcl", "pcomp", "conj") and not self.is_cue(head):
                # "X was booed and shouted down after telling ...": a participle's
                # doer is the clause's surface subject, passive or not.
                clause = head
                while clause.dep_ == "conj" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in self._kids[clause.i]
                ):
                    clause = self._heads[clause.i]
                passive = next((c for c in self._kids[clause.i] if c.dep_ == "nsubjpass"), None)
                if passive is not None and not self.in_quote(passive):
                    return passive
            return self.subject_of(head)
        if verb.i + 1 < len(self.doc) and any(c.dep_ == "ccomp" and c.i < verb.i for c in self._kids[verb.i]):
            # "He had a voice in decisions, said a former spokesman": inverted report.
            # Unless a speaker stands right before the verb, the parser having hung it on
            # the quotation (`"...," the club's lawyer, Ines Moreau, said outside court`):
            # then what follows is where or when it was said.
            stranded = self._stranded_subject(verb)
            if stranded is not None:
                return stranded
            for child in verb.rights:
                named = self._name_ending_phrase(child) if child.dep_ == "dative" else None
                if named is not None:
                    return named  # "asked Green Party co-leader Ann Roe"
                if (
                    child.dep_ in ("dobj", "attr", "nsubj", "npadvmod")
                    and child.pos_ in ("NOUN", "PROPN")
                    and not self._a_day(child)  # "said Tuesday that ..."
                ):
                    return self._name_ending_phrase(child) or child
        compounds = [
            c for c in verb.lefts if c.dep_ in ("compound", "amod") and c.i == verb.i - 1
            and (c.dep_ == "compound" or verb.lower_.startswith("read"))
        ]
        if compounds and not self.in_quote(compounds[0]):
            # "..., Federal Election Commission records show.": the parser made the
            # subject a compound of the verb.
            return compounds[0]
        return (
            self._stranded_subject(verb)
            or self._bracketed_subject(verb)
            or self._age_subject(verb)
            or self._surname_read_as_adverb(verb)
        )

    def _surname_read_as_adverb(self, verb: Token) -> Token | None:
        """`..., Early described it as "news to me"`, `"...," said Skelly, explaining`: a
        surname the tagger read as an adverb for its "-ly" (or "Early") hangs on the verb
        with no subject. Capitalised in mid-sentence, right before or after the verb, and
        the last word of a person's name the article gives, it is who speaks."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        for i in (verb.i - 1, verb.i + 1):
            if not 0 < i < len(self.doc):
                continue
            tok = self._tokens[i]
            if (
                tok.tag_ == "RB"
                and self._heads[tok.i].i == verb.i
                and not tok.is_sent_start
                and tok.text[:1].isupper()
                and tok.text[1:].islower()
                and not self.in_quote(tok)
                and tok.text in self._person_names()
            ):
                return tok
        return None

    def _described_subject(self, noun: Token) -> Token | None:
        """ "Ines Roe was the first candidate to weigh in, tweeting ...": a verb hung on
        the noun a copula says its subject is (" the first candidate to weigh in") is
        done by that subject; the noun only describes it."""
        be = self._heads[noun.i]
        if noun.dep_ != "attr" or be.lemma_ != "be":
            return None
        subject = next((c for c in self._kids[be.i] if c.dep_ == "nsubj" and c.i < noun.i), None)
        if subject is None or self.in_quote(subject) or subject.pos_ not in ("PROPN", "PRON"):
            return None
        if subject.tag_ in ("WP", "WDT"):
            return None  # "Roe, who is the man to ask": the clause only describes; as before
        return subject if self.can_speak(subject) else None

    def _participle_doer(self, verb: Token) -> Token | None:
        """`The hearing ended with Roe asking whether ...`: in an absolute "with" phrase
        the noun right before the participle does it, though the parser hangs the
        participle on the clause's verb, whose subject (a hearing, an ad) says nothing."""
        if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and self._heads[verb.i].lower_ == "with" and verb.i > 0:
            # `went further, with Gov. Ada Ruiz calling it a scandal`: the parser hangs the
            # participle on the "with" itself, beside the noun that does it
            noun = next((p for p in self._kids[self._heads[verb.i].i] if p.dep_ == "pobj" and p.i < verb.i), None)
            if noun is not None and noun.right_edge.i == verb.i - 1 and self.can_speak(noun):
                return noun
            return None
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.i == 0:
            return None
        for c in self._kids[self._heads[verb.i].i]:
            if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i:
                noun = next((p for p in self._kids[c.i] if p.dep_ == "pobj"), None)
                if noun is not None and noun.right_edge.i == verb.i - 1 and self.can_speak(noun):
                    return noun
        return self._nearer_clause_doer(verb)

    def _nearer_clause_doer(self, verb: Token) -> Token | None:
        """`The first incident came during a speech, when dockers interrupted her,
        shouting "..."`: a participle after a comma goes with the clause just before
        it when the parser hangs it on a verb whose subject cannot speak (an incident)."""
        head = self._heads[verb.i]
        if verb.dep_ != "advcl" or verb.i < 2 or self._tokens[verb.i - 1].text != ",":
            return None
        subject = next((c for c in self._kids[head.i] if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or self.can_speak(subject):
            return None
        node = self._tokens[verb.i - 2]
        while node.i != head.i and self._heads[node.i].i != node.i:
            if node.tag_ in ("VBD", "VBZ", "VBP") and node.dep_ in ("relcl", "advcl") and head.i < node.i < verb.i:
                doer = next((c for c in self._kids[node.i] if c.dep_ == "nsubj"), None)
                if doer is not None and self.can_speak(doer) and not self.in_quote(doer):
                    return doer
            node = self._heads[node.i]
        return None

    def _experiencer(self, verb: Token) -> Token | None:
        """Who a clause after a dummy "it" is about: `It dawned on Roe that ...`, `It
        falls to the board to give an opinion`, `It amazes me that ...`. The "it" stands
        for the clause put after the verb and cannot speak; the one the thought came to,
        the task fell to, or the news struck is the source."""
        later = [c for c in self._kids[verb.i] if c.i > verb.i]
        that_clause = any(
            c.dep_ == "ccomp" and _has_that(c) for c in later
        )
        infinitive = any(
            c.dep_ == "xcomp" and _has_to(c) for c in later
        )
        for c in later:
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and (that_clause or infinitive):
                pobj = next((p for p in self._kids[c.i] if p.dep_ == "pobj"), None)
                if pobj is not None and pobj.lower_ != "it" and self.can_speak(pobj) and not self.in_quote(pobj):
                    return pobj
            # Only with a that-clause: in `It encouraged people to drive less` the "it" is
            # a thing that acts and the object is who is moved to act.
            if c.dep_ == "dobj" and that_clause and c.lower_ != "it" and self.can_speak(c) and not self.in_quote(c):
                return c
        return None

    def _set_off(self, verb: Token) -> bool:
        """A participle set off from the clause before it by a comma or dash, also when
        that clause ends in a quoted title (`... the book "Tough Times," explaining`)."""
        before = self._tokens[verb.i - 1]
        if before.text in (",", "\u2014", "--"):
            return True
        return is_quote_char(before.text[:1]) and verb.i >= 2 and self._tokens[verb.i - 2].text == ","

    @staticmethod
    def _addressed_by(noun: Token) -> Token | None:
        """The verb of writing or telling whose addressee ``noun`` is, if any.

        `emailed supporters saying: "..."`, `sent a text message to supporters saying
        ...`: the parser hangs the participle on the nearest noun, but the people written
        to do not speak; the one who wrote does.
        """
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None  # `urging those calling for ...`: "those" is who the participle says
        verb = head_of(noun)
        if noun.dep_ == "dobj" and verb.pos_ == "VERB":
            return verb if verb.lemma_.lower() in lexicon.WRITE_TO_VERBS else None
        prep = head_of(noun)
        if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in ("dative", "prep"):
            return None
        verb = head_of(prep)
        if verb.pos_ != "VERB":
            return None
        documents = lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS
        objects = [c for c in kids(verb) if c.dep_ == "dobj"]
        if any(c.lemma_.lower() not in documents for c in objects):
            return None  # `wrote a check to a PAC supporting ...`: no message sent
        return verb if objects or verb.lemma_.lower() in lexicon.WRITE_TO_VERBS else None

    def _agent_of_participle(self, acl: Token) -> Token | None:
        """The "by" phrase right after a past participle of making a text public or
        writing it that qualifies a noun (`issued by the ministry`, `written by the
        coach`), or None. Only those verbs (`lexicon.AUTHORING_VERBS`): "a memo seen by the
        Courier", "a report obtained by the Herald" name who came by the text, not who
        speaks in it."""
        if acl.tag_ != "VBN" or acl.i + 1 >= len(self.doc):
            return None
        if acl.lemma_.lower() not in lexicon.AUTHORING_VERBS:
            return None
        after = self._tokens[acl.i + 1]
        if after.dep_ != "agent" or self._heads[after.i].i != acl.i:
            return None
        return after

    def _subject_on_auxiliary(self, verb: Token) -> list[Token]:
        """`Ada Ruiz is convinced the port will survive`: the parser may hang the subject
        on an auxiliary ("is", "did") instead of the participle or verb (a relative pronoun
        there is no speaker: "what's today called ...")."""
        return [
            s
            for aux in self._kids[verb.i]
            if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i
            for s in self._kids[aux.i]
            if s.dep_ == "nsubj" and s.tag_ not in ("WP", "WDT") and not self.in_quote(s)
        ]

    def _age_subject(self, verb: Token) -> Token | None:
        """`"...," the 31-year-old said`: the parser may hang "the" and "old" on the
        verb itself and leave it without a subject. A person described by an age right
        before a finite verb is its subject; the mention runs from "the" (`mention_span`).
        One adverb may stand between (`The 32-year-old later confirmed`, the parser making
        the adverb the head of "the" and "old")."""
        if verb.i == 0:
            return None
        old = self._tokens[verb.i - 1]
        if old.tag_ == "RB" and old.dep_ == "advmod" and self._heads[old.i].i == verb.i and verb.i > 1:
            old = self._tokens[verb.i - 2]
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (verb.dep_ == "acl" and self._heads[verb.i].i == old.i):
            # `the 43-year-old asked in the video's description`: the parser may make
            # "old" the root and the verb its participle.
            return None
        if self.in_quote(old) or self._age_description(old) is None:
            return None
        return old

    def _age_description(self, old: Token) -> re.Match[str] | None:
        """ "the 31-year-old" ending at ``old`` (on its line), or None."""
        if old.lower_ != "old":
            return None
        line_start = self.text.rfind("\n", 0, old.idx) + 1
        return AGE_BEFORE.search(self.text, line_start, old.idx + len(old))

    def _dateline_apposition(self, subject: Token) -> Token | None:
        """The noun the parser hung after the dash of a dateline made subject: in
        "Lisbon (AFP) \u2013 Singer Marta Vale, star of ..., is not sure" the place heads
        the sentence and the singer is its apposition. The place speaks for no one."""
        dash = next(
            (c.i for c in subject.rights if c.dep_ == "punct" and c.text in DATELINE_DASHES),
            None,
        )
        if dash is None:
            return None
        agency = any(t.text == "(" for t in self.doc[subject.i : dash])
        # ("MIDDLEBROUGH, England \u2013 14 April 2026 \u2013 Northgate University ...": a
        # place in capitals opening the text is a dateline, tagged or not)
        capitals = subject.text.isupper() and len(subject.text) > 2 and subject.i == subject.sent.start
        if not (agency or capitals or subject.ent_type_ in ("GPE", "LOC", "FAC")):
            return None  # "Jon Tarr \u2014 a teacher \u2014 says": the name before speaks
        for c in subject.rights:
            if c.i > dash and c.dep_ in ("appos", "dep", "npadvmod") and c.pos_ in ("PROPN", "NOUN"):
                if c.ent_type_ in ("DATE", "TIME"):
                    continue  # the dateline's date, between its dashes
                return c if self.can_speak(c) and not self.in_quote(c) else None
        return None

    def _as_object(self, verb: Token) -> Token | None:
        """`As Ada Roe, a law professor, put it, "..."`: the parser may take "as" for a
        preposition and hang the speaker on it as its object; in an as-aside that object
        is who speaks."""
        for mark in self._kids[verb.i]:
            # (`As a farmer near Tulsa put it`: "as" read as a preposition of "put" itself)
            if mark.lower_ == "as" and mark.i < verb.i and (mark.dep_ == "mark" or mark.dep_ == "prep" and verb.lemma_.lower() == "put"):
                for obj in self._kids[mark.i]:
                    if obj.dep_ == "pobj" and obj.i < verb.i and not self.in_quote(obj) and self.can_speak(obj):
                        return obj
        if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in SUBJECT_DEPS for c in self._kids[verb.i]
        ):
            # `Fans chanted as captain Ola Berg yelled: "..."`: "as" read as a preposition
            # of the main verb, its object right before the subjectless finite verb is
            # that verb's subject, not the main clause's.
            for prep in self._kids[self._heads[verb.i].i]:
                if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i < verb.i:
                    for obj in self._kids[prep.i]:
                        if obj.dep_ == "pobj" and obj.right_edge.i == verb.i - 1 and not self.in_quote(obj) and self.can_speak(obj):
                            return obj
        return None

    def _named_one(self, subject: Token) -> Token | None:
        """ "One of them, Gloria Fuentes, said": a name set off by a comma after "one of
        ..." is the one who speaks, whether the parser hangs it on "one" as an apposition
        or as a conjunct (with no "and" there is no second subject)."""
        if subject.lower_ != "one" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in self._kids[subject.i]):
            return None

        if any(c.dep_ == "cc" for c in self._kids[subject.i]):
            return None
        for child in subject.rights:
            if (
                child.dep_ in ("appos", "conj")
                and child.pos_ == "PROPN"
                # (a name the model tags a place: "Ines Calloway" as GPE)
                and (child.ent_type_ == "PERSON" or _strong_first_name(child.left_edge.text))
                and self._tokens[child.left_edge.i - 1].text == ","
                and not self.in_quote(child)
            ):
                return child
        return None

    def _speaker_after_place(self, subject: Token) -> Token | None:
        """ "Outside court, Fenwick's solicitor, Anthony Grey, said": the parser makes the
        opening place phrase ("Outside court") the subject and hangs the speaker on it
        as appositions. The speaker is the name in that chain (else its role noun)."""
        opener = next((c for c in subject.lefts if c.dep_ in ("amod", "advmod", "prep")), None)
        if (
            subject.pos_ != "NOUN" or opener is None or opener.lower_ not in PLACE_OPENERS
            or any(c.dep_ in ("det", "poss") for c in self._kids[subject.i])
        ):
            return None
        role = None
        tok = subject
        while True:
            nxt = next((c for c in tok.rights if c.dep_ == "appos" and not self.in_quote(c)), None)
            if nxt is None:
                return role
            if nxt.pos_ == "PROPN" and nxt.ent_type_ in ("PERSON", "") and self.can_speak(nxt):
                return nxt
            if role is None and nxt.pos_ == "NOUN" and self.can_speak(nxt):
                role = nxt
            tok = nxt

    def _stranded_subject(self, verb: Token) -> Token | None:
        """A finite verb whose subject the parser hung elsewhere.

        In "... Hillary Clinton, former president Bill Clinton said" or "her adviser,
        Jake Sullivan, said" the name right before the verb became an apposition of an
        earlier noun and the verb has no subject. A finite verb always has one, and in
        English it stands right before it: take that noun phrase (an apposition closed
        by a comma included).
        """
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("relcl", "acl", "amod"):
            return None
        i = verb.i - 1
        aside = False
        if i >= 3 and self._tokens[i].text == "," and self._tokens[i - 1].like_num and self._tokens[i - 2].text == ",":
            i -= 3  # "Marcel Lazar, 44, said"
            aside = True
        elif i >= 1 and self._tokens[i].text == ",":
            i -= 1  # "Senator Harry Reid, the minority leader, said"
        elif i >= 2 and self._tokens[i].text == ")":
            # "Rep. Ann Roe (D-Ohio) said": a party or place in brackets after the name
            opening = next((t for t in reversed(self.doc[max(0, i - 8) : i]) if t.text == "("), None)
            if opening is not None and opening.i >= 1 and self._tokens[opening.i - 1].pos_ == "PROPN":
                i = opening.i - 1
                aside = True
        if i < 0 or self.in_quote(self._tokens[i]):
            return None
        tok = self._tokens[i]
        share = self._coordinated_share(tok)
        if share is not None:
            return share
        # (right before the verb only: after a comma the place phrase closes an apposition,
        # `Ada Roe, a farmer in Tulsa, said`, and the name before it speaks)
        owner = self._owner_of_place_phrase(tok) if i == verb.i - 1 else None
        if owner is not None:
            return owner  # `as one diplomat in Brussels put it`: the diplomat, not Brussels
        if tok.pos_ not in ("PROPN", "NOUN", "PRON") or not self.can_speak(tok):
            return self._relative_clause_owner(tok, verb)
        while tok.dep_ in ("compound", "flat") and self._heads[tok.i].i > tok.i and self._heads[tok.i].i < verb.i:
            tok = self._heads[tok.i]
        if tok.i != i or tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            return None  # the noun belongs to another clause or modifies another noun
        if i < verb.i - 1 and tok.dep_ != "appos" and not aside:
            return None  # only a closing apposition stands between comma and verb
        named = self._heads[tok.i]
        if (
            tok.dep_ == "appos"
            and tok.pos_ == "NOUN"
            and named.i < tok.i
            and named.ent_type_ == "PERSON"
            and named.pos_ == "PROPN"
            and named.dep_ == "appos"
            and named.left_edge.i > 0
            and self._tokens[named.left_edge.i - 1].text == ","
            and not self.in_quote(named)
        ):
            # "At a camp in the town, Rina Gogoi, a farmer, said": the name set off by
            # commas, hung on the noun before it, is described by the closing noun and
            # is who speaks (not "... hosts Joe Roe and Ann Poe, the candidate said").
            return named
        return tok if self.can_speak(tok) else None

    def _owner_of_place_phrase(self, tok: Token) -> Token | None:
        """`as one diplomat in Brussels put it`, `as a farmer at the mart put it`: the
        parser may hang the whole phrase on a preposition before it and leave the verb
        without a subject. ``tok``, the last word before the verb, then ends a place or
        body the person is "in", "at" or "from"; the person, the noun the phrase
        describes, is the subject -- not the place."""
        prep = self._heads[tok.i]
        if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in ("in", "at", "from"):
            return None
        if not self._tokens[prep.i - 1].whitespace_:
            return None  # "the next commander-in-chief": one hyphenated word, no phrase
        noun = self._heads[prep.i]
        if noun.pos_ != "NOUN" or noun.i > prep.i or self.in_quote(noun):
            return None
        return noun if self.can_speak(noun) or _people_in_a_place(noun, prep) else None

    def _coordinated_share(self, tok: Token) -> Token | None:
        """ "One in three said the party ignores them and one in four said it was
        hostile": the parser joins the second share to the first clause's last noun ("them
        and one"), leaving the second "said" without a subject. ``tok`` is the last word
        before the verb ("four"); the share it ends, a conjunct after "and", is the subject.
        """
        prep = self._heads[tok.i]
        if tok.dep_ != "pobj" or prep.lower_ not in ("in", "of") or prep.dep_ != "prep":
            return None
        share = self._heads[prep.i]
        if share.i >= tok.i or share.dep_ != "conj" or not self._is_share(share) or self.in_quote(share):
            return None
        before = self._tokens[share.left_edge.i - 1] if share.left_edge.i > 0 else None
        return share if before is not None and before.lower_ == "and" else None

    def _bracketed_subject(self, verb: Token) -> Token | None:
        """A finite verb whose subject stands before an aside the parser tangled with it.

        In "Jay Doe, the club's manager, suggested ...", "Beck, who backed the senator
        last year, said ..." or "Sen. Ann Roe (a first-term Democrat) says ..." the parse
        often makes the name an apposition of an earlier noun or the subject of the
        aside's verb, leaving the cue without one. The subject of a finite verb is the
        noun phrase that opens its clause: the first phrase, after the sentence start,
        a comma or a conjunction, that an aside set off by commas or brackets separates
        from the verb (adverbs such as "also" or "last week" may follow the aside).
        """
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
            verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.lefts)
        )
        if not finite or verb.dep_ in ("relcl", "acl", "amod", "conj", "xcomp", "pcomp"):
            return None
        sent = verb.sent
        toks = [t for t in self.doc[sent.start : verb.i] if not t.is_space]
        # After a quotation (`"...," Ann Roe, now 81, said`) the clause starts past it.
        marks = [k for k, t in enumerate(toks) if self.in_quote(t) or is_quote_token(t.text)]
        if marks:
            toks = toks[marks[-1] + 1 :]
            if toks and toks[0].text == ",":
                toks = toks[1:]
        if len(toks) < 3:
            return None
        # The aside must close right before the verb, bar a few adverbial words and the
        # verb's own auxiliaries ("Jay Doe, the manager, has said").
        k = len(toks) - 1
        while k >= 0 and (
            toks[k].pos_ in ("ADV", "PART")
            or toks[k].dep_ in ("npadvmod", "amod", "advmod")
            or toks[k].dep_ in ("aux", "auxpass", "neg") and self._heads[toks[k].i].i == verb.i
        ):
            k -= 1
        if k < 1 or toks[k].text not in (",", ")"):
            return None
        for tok in toks[:k]:
            if tok.pos_ not in ("PROPN", "NOUN", "PRON") or tok.dep_ in ("compound", "flat", "poss"):
                continue
            left = max(min(tok.left_edge.i, tok.i), toks[0].i)
            prev = self._tokens[left - 1] if left > toks[0].i else None
            if prev is not None and prev.text != "," and prev.pos_ != "CCONJ" and not self._line_start(prev):
                continue
            nxt = self._tokens[tok.i + 1] if tok.i + 1 < verb.i else None
            if nxt is None or nxt.text not in (",", "("):
                continue
            if tok.ent_type_ in ("GPE", "DATE", "TIME") or not (
                self.can_speak(tok) or tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN")
            ):
                continue  # a subject of the aside's verb ("One attendee, who ...") is one
            if tok.ent_type_ == "NORP" and tok.tag_ not in ("NNS", "NNPS"):
                continue  # "Republican, presidential candidate Ann Roe": a label, not the subject
            return tok
        return None

    def _line_start(self, tok: Token) -> bool:
        """A line break that is no hard wrap: the paragraph before it ended without its
        full stop ("... before the first polls\nTrump, in Kentucky, said ..."), so the
        parser runs the two into one sentence, but what follows opens a new clause."""
        return tok.is_space and "\n" in tok.text and not self._wrap(tok)

    def _past_line_starts(self, head: Token, subtree: list[Token]) -> set[int]:
        """The tokens of a clause beyond a line break that is no hard wrap, on either side
        of its head (`_line_start`): lines with no full stop (a list, a feed) parse as
        one sentence, but each line is a clause of its own (`X, who was hurt, said «...»`
        lines: the first verb's clause took every line after it)."""
        # (the space tokens picked in one pass, in the subtree's order: most clauses have
        # none, and then no pass over the subtree is left to make)
        spaces = [t for t in subtree if t.is_space]
        after = next((t.i for t in spaces if t.i > head.i and self._line_start(t)), None)
        before = max((t.i for t in spaces if t.i < head.i and self._line_start(t)), default=None)
        if after is None and before is None:
            return set()
        return {
            t.i for t in subtree if (after is not None and t.i >= after) or (before is not None and t.i <= before)
        }

    def _relative_clause_owner(self, tok: Token, verb: Token) -> Token | None:
        """"a White House official who spoke anonymously to discuss strategy said": the
        words before the verb end a relative clause; its noun is the stranded subject."""
        for _ in range(6):
            if tok.dep_ == "ccomp" and self._heads[tok.i].i == verb.i and tok.i < verb.i:
                # "Alma Quist, whose novel "X" won the prize, said": the parser made the
                # relative clause's verb the cue's clause and the name its subject.
                subject = next((c for c in self._kids[tok.i] if c.dep_ == "nsubj" and c.i < tok.i), None)
                if subject is not None and subject.pos_ == "PROPN" and any(
                    t.lower_ in ("whose", "who") and t.i > subject.i for t in subject.subtree
                ) and self.can_speak(subject):
                    return subject
                return None
            if self._heads[tok.i].i == tok.i or self._heads[tok.i].i >= verb.i:
                return None
            if tok.dep_ in ("relcl", "acl") and self._heads[tok.i].pos_ in ("NOUN", "PROPN"):
                noun = self._heads[tok.i]
                if noun.dep_ in ("nsubj", "nsubjpass", "poss") or not self.can_speak(noun):
                    return None
                return noun
            tok = self._heads[tok.i]
        return None

    def _line_bullet(self, tok: Token) -> bool:
        """`- Opposition leader Ada Roe said ...`: the list bullet opening a line, which
        the parser may hang on the subject, is no word of the speaker's mention."""
        return tok.text in BULLETS and (tok.i == 0 or "\n" in self._tokens[tok.i - 1].text_with_ws)

    def _short_quotation_inside(self, keep: list[Token]) -> set[int]:
        """Token indices of short quotations wholly inside a mention after its first word
        (`Critics of the "Rwanda plan" say`): a title or scare quote in the speaker's
        description is part of it. Without it the mention stopped at "the" and the
        resolver took a name from inside the marks ("Rwanda") as the speaker."""
        held = {t.i for t in keep}
        first = min(held)
        out: set[int] = set()
        for qi in {self.quote_of_char[t.idx] for t in keep if t.i > first and self.in_quote(t)}:
            q = self.quotes[qi]
            if len(self.text[q.start : q.end].split()) > 4:
                continue
            marks = char_span(self.doc, q.open_start, q.close_end)
            if marks is not None and marks.start > first and all(i in held for i in range(marks.start, marks.end)):
                out.update(range(marks.start, marks.end))
        return out

    def mention_span(self, token: Token) -> tuple[int, int]:
        """Compact speaker mention: the noun phrase without relative clauses or appositions.

        A relative pronoun ("the ads that slam", "Mr. Trump, who said") reaches back to
        its noun: the mention runs from the noun to the pronoun, so it names the noun
        whichever of the two an annotator marks as the source. Kept per token, as
        `subject_of` is (one call in seven repeats one).
        """
        key = ("mention_span", token.i)
        memo = self._token_memo
        if key not in memo:
            memo[key] = self._mention_span(token)
        return memo[key]

    def _mention_span(self, token: Token) -> tuple[int, int]:
        """`mention_span`, worked out."""
        if token.text == "-" and 0 < token.i < len(self.doc) - 1 and not token.whitespace_ \
                and not self._tokens[token.i - 1].whitespace_ and self._tokens[token.i - 1].is_alpha \
                and self._tokens[token.i + 1].is_alpha:
            # "The ex-president said" with the hyphen read as the subject noun: the
            # mention is the whole hyphenated word with what opens its phrase.
            first = self._tokens[token.i - 1].left_edge
            last = self._tokens[token.i + 1]
            return first.idx, last.idx + len(last)
        antecedent = self._relative_antecedent(self._heads[token.i])
        if (
            token.lower_ in ("who", "which", "that")
            and token.dep_ in ("nsubj", "nsubjpass")
            and self._heads[token.i].dep_ == "relcl"
            and antecedent.i < token.i
            and antecedent.pos_ in ("NOUN", "PROPN")
        ):
            antecedent = self._named_by_apposition(antecedent)
            start, _ = self.mention_span(antecedent)
            if start < token.idx and "\n" not in self.text[start : token.idx]:
                return start, token.idx + len(token)
        owner = self._whose_antecedent(token)
        if owner is not None:
            # `Ben Ortiz, whose claim is that ...`: "whose" owns the words for the noun
            # the relative clause describes, as "who" does.
            start, _ = self.mention_span(owner)
            if start < token.idx and "\n" not in self.text[start : token.idx]:
                return start, token.idx + len(token)
        focus = _cleft_focus(token, self._heads[token.i])
        if focus is not None and not self.in_quote(focus):
            # `It was Haddad who first claimed`: the focused noun and its "who", as for
            # a relative clause.
            start, _ = self.mention_span(focus)
            return start, token.idx + len(token)
        age = self._age_description(token)
        if age is None and token.tag_ == "RB" and token.i > 0:
            # `The 25-year-old later said`, the adverb read as the subject with "the"
            # and "old" hung on it: the person described by the age speaks.
            age = self._age_description(self._tokens[token.i - 1])
        if age is not None:
            return age.span()  # "the 31-year-old" (`_age_subject`)
        if token.lemma_.lower() in lexicon.REPLY_NOUNS or (
            self._heads[token.i].lemma_ == "be" and token.i > self._heads[token.i].i and token.lemma_.lower() in lexicon.GIVEN_WORDS_NOUNS
        ):
            # `"Not today," came the reply from Greta Vos`: who replied speaks (so does
            # a person after "of": `"Gutted," was the verdict of Ada Voss`).
            answerer = self._answerer_after(token)
            if answerer is not None:
                return self.mention_span(answerer)
        keep = [token]
        for child in token.lefts:
            if child.lower_ == "all" and child.dep_ in ("det", "predet") and token.tag_ == "NNP":
                continue  # `"No comment," was all Ada Ruiz would say`: "all" (of a singular name) is the object
            if child.dep_ not in ("punct", "cc", "prep") or child.dep_ == "poss":
                keep.extend(child.subtree)
        for child in token.rights:
            if child.dep_ in ("compound", "flat", "case", "nummod"):
                keep.extend(child.subtree)
            elif (
                child.dep_ == "appos" and child.i == token.i + 2 and self._tokens[token.i + 1].text == ","
                and token.pos_ == "PROPN" and _generation_suffix(child)
            ):
                # "Otis Greer, Jr., said": the suffix set off by commas is the name's
                keep.extend(self.doc[token.i + 1 : child.i + 1])
            elif _hyphen_joined(token, child):
                # "Nadia K. Osei-Bonsu said", "Bonsu" read as an apposition of "Osei":
                # the word after a hyphen with no space is the rest of the name.
                keep.extend(self.doc[token.i + 1 : child.i + 1])
            elif child.dep_ == "prep" and (
                child.lower_ in ("of", "for", "close", "at", "from")
                # `A statement by the prosecutor's office said`: the author of what
                # speaks is named as "by" names it, as "from" does
                or child.lower_ == "by" and token.lemma_.lower() in lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS
            ):
                if self._heads[token.i].dep_ == "agent" and token in self._agent_holding_charge(self._heads[self._heads[token.i].i]) and any(
                    c.dep_ == "pcomp" and c.tag_ == "VBG" for c in self._kids[child.i]
                ):
                    continue  # "accused by prosecutors of hiding money": the charge, misattached
                keep.extend(child.subtree)
            elif child.dep_ == "acl" and token.lemma_.lower() in lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS and (
                agent := self._agent_of_participle(child)
            ) is not None:
                # `A statement issued by the ministry said`: the participle's agent wrote
                # what speaks, as "by" and "from" name it (the time or place after the
                # agent is left out: `released by Rovers on Monday`)
                keep.append(child)
                keep.extend(agent.subtree)
            elif child.dep_ == "prep" and _first_name_read_as_preposition(token, child):
                keep.extend(child.subtree)  # "Coach Per Sandqvist said"
            elif (
                # "Director of Government Affairs Phil Smith told": a person's name right
                # after a title, no comma between, is the name the title goes with (the
                # parser makes it an apposition of the title).
                child.dep_ == "appos"
                and child.ent_type_ == "PERSON"
                and token.pos_ == "PROPN"
                and not self._tokens[child.left_edge.i - 1].is_punct
                and self._tokens[child.left_edge.i - 1].i in {t.i for t in keep}
            ) or (
                # "the lad's mum Tracey": a name right after a kin word, no comma between,
                # whatever the model's tag on it (the resolver reads it so: names._appositive_name)
                child.dep_ == "appos"
                and child.pos_ == "PROPN"
                and token.lemma_.lower() in lexicon.KIN_NOUNS
                and child.left_edge.i == token.i + 1
                and child.ent_type_ in ("PERSON", "LANGUAGE", "NORP", "")
            ):
                keep.extend(child.subtree)
        # `"...," lamented coach Lars Moen`: a finite verb the parser hung on the noun
        # (`_retag_verbs_after_quotes`) is the cue, not part of the name.
        titled = self._short_quotation_inside(keep)
        keep = [
            t for t in keep
            if (t.i in titled or not self.in_quote(t))
            and not (t.dep_ == "amod" and t.tag_ == "VBD" or t.dep_ == "compound" and t.tag_ == "VBZ")
        ] or [token]
        floor = _after_spaced_dash(keep, token)
        keep = [t for t in keep if t.i >= floor and not self._line_bullet(t)]
        joined = self._entity_over_and(token)
        if joined is not None:
            keep.extend(joined)  # "Procter & Gamble said": one body, not "Procter"
        keep.extend(_split_name(token, self._entity_at(token.i)))
        keep.extend(_hyphen_glued(token))
        after = self._tokens[token.i + 1] if token.i + 1 < len(self.doc) else None
        if after is not None and self._heads[after.i].i == self._heads[token.i].i and after.dep_ == token.dep_ and abbreviation_stop(after):
            keep.append(after)  # "Otis Greer Sr. said": the suffix's full stop (`_suffix_before_its_stop`)
        if not any(
            # (a lowercase word tagged a proper noun is a common one: `the girl's nan, Brenda`)
            t.pos_ in ("PROPN", "PRON") and not (t.pos_ == "PROPN" and t.text.islower())
            or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            for t in keep
        ) and not self._surname_before_and_name(token, keep):
            # A misparsed head ("date 2022-02-17 Jens Stoltenberg, ..."): take the name.
            # Never from a clause or phrase hung on the noun ("results that show where
            # support came from in Iowa" is no Iowa speaking; "Pruitt, speaking at a rally
            # in Elmford, said" is no Elmford, the subject read as an adjective).
            # Nor from the object of "to": "an aide to Mayor Hale" is not Hale (but "a
            # poll by Quinnipiac" is Quinnipiac's). Nor from the one an anonymous source
            # is close to: "a source close to Ada Ruiz", "people familiar with her plans"
            # are not her. Nor from the place people are in: "officials in Pellham" are
            # no Pellham.
            inner = {
                t.i for c in self._kids[token.i]
                if c.dep_ in ("relcl", "acl", "advcl", "ccomp")
                or (c.dep_ == "prep" and c.lower_ == "to")
                # ("a farmer near Tulsa", "residents outside Kyiv": near it, not it)
                or (c.dep_ == "prep" and c.lower_ in ("in", "near", "outside") and _people_in_a_place(token, c))
                # Nor from where people post or sit: "users on TikTok", "aides on Capitol
                # Hill" are not TikTok or Capitol Hill.
                # (A time is no one: "later that month on CNN:" may still be CNN's.)
                or (c.dep_ == "prep" and c.lower_ == "on" and token.pos_ == "NOUN"
                    and token.ent_type_ not in ("DATE", "TIME"))
                # "The mayor, in an interview with Radio Nord, said": where the words were
                # given, and to whom; the station does not speak
                or _occasion_phrase(c)
                or (c.dep_ == "amod" and c.lemma_.lower() in lexicon.PROXIMITY_ADJECTIVES)
                # "accused by the news media of beating his wife ... in Port Lira": an act
                # in a gerund names none who speaks
                or (c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in self._kids[c.i]))
                # "The mayor, a Democrat, said", "The firm, a unit of Siemens, said": a
                # description set off with "a" says what the speaker is; it names nobody
                or (c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in self._kids[c.i]))
                # "Two diplomats, one European and one Asian, said": an apposition that
                # shares the people out by number describes them; it names nobody
                # ("Three officials, two of them American, said": the same)
                or (c.dep_ == "appos" and (c.left_edge.pos_ == "NUM" or c.left_edge.lower_ in _SHARING_WORDS))
                for t in c.subtree
            }
            lo, hi = max(token.left_edge.i, floor), token.right_edge.i + 1
            first = bisect.bisect_left(self._ent_starts, lo)
            last = bisect.bisect_left(self._ent_starts, hi)
            names = [e for e in self.ents[first:last] if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
                     and e.end <= hi and e.start not in inner]
            if names:
                return self._with_compound_words(names[0], lo, inner)
        keep.extend(_hyphened_prefix(token))
        start = min(t.idx for t in keep)
        end = max(t.idx + len(t) for t in keep)
        # A mention never crosses a line break: keep the line that holds the head.
        line_start = self.text.rfind("\n", start, token.idx) + 1
        line_end = self.text.find("\n", token.idx, end)
        start = max(start, line_start)
        end = end if line_end < 0 else line_end
        start = self._after_dateline(start, end)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1] in ",;:" or self.text[end - 1].isspace()):
            end -= 1
        end = self._past_open_particle(start, end)
        return self._without_open_bracket(start, end)

    def _named_by_apposition(self, noun: Token) -> Token:
        """`Tom Reyes, a lawyer who has argued ...`: a relative clause on a description set
        off after a person's name describes that person; the mention reaches back to the
        name (it was "a lawyer who", which names nobody). Only after a name the model
        tags a person: after other proper nouns (events, bodies, words of a headline) the
        description was too often of something else on train."""
        head = self._heads[noun.i]
        if (
            noun.pos_ == "NOUN"
            and noun.text.islower()  # (no headline's capitalised words)
            and noun.dep_ == "appos"
            and head.i < noun.i
            and head.pos_ == "PROPN"
            and head.ent_type_ == "PERSON"
            and self._tokens[noun.left_edge.i - 1].text == ","
            and noun.left_edge.i - 2 == head.i  # (the description right after the name)
            # ("Ana Ruiz and Tom Lenz, two lawyers who": a pair, left as it was)
            and not any(c.dep_ in ("cc", "conj") for c in self._kids[head.i])
            and not self.in_quote(head)
        ):
            return head
        return noun

    def _surname_before_and_name(self, token: Token, keep: list[Token]) -> bool:
        """`Ruiz and Patel both said`: a bare capitalised word opening the sentence, tagged
        a common noun, that "and" joins to a name is the first of two named speakers (the
        model knows no surname at a sentence's start), not a misparsed head to take the
        name after it from. The mention is that word, the first speaker, as "Tomas Vrba"
        is of "Tomas Vrba and Ines Calloway said" (the resolver joins named partners to it;
        two bare surnames it leaves apart). Before, the mention was the second name alone."""
        if (
            len(keep) != 1
            or token.tag_ != "NN"
            or not token.is_title
            or not token.is_sent_start
            or token.lower_ in lexicon.PERSON_NOUNS
        ):
            return False
        kids = self._kids[token.i]
        name = next((c for c in kids if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON"), None)
        return name is not None and any(c.dep_ == "cc" and c.lower_ == "and" for c in kids)

    def _past_open_particle(self, start: int, end: int) -> int:
        """`said Hendrik van den Broek` with "den" read as a verb: a mention ending on a
        lowercase surname particle is a name cut short; it runs on over any further
        particles to the capitalised surname."""
        words = self.text[start:end].split()
        if len(words) < 2 or words[-1] not in lexicon.SURNAME_PARTICLES:
            return end
        m = re.match(rf"(?:[ \t]+(?:{_SIGNATURE_PARTICLES}))*[ \t]+{_SIGNATURE_WORD}", self.text[end:])
        if not m:
            return end
        past = end + len(m.group().rstrip(".,"))
        # `said José Ribamar dos Prazeres Albernaz`: the surname after the particle may be
        # two words the model tagged as a person of its own; the mention takes all of it.
        for ent in self.ents:  # (rare: only a mention cut on a particle gets here)
            if ent.label_ == "PERSON" and ent.start_char < past <= ent.end_char and ent.start_char > end:
                return max(past, ent.end_char)
        return past

    def _without_open_bracket(self, start: int, end: int) -> tuple[int, int]:
        """`Ada Ruiz (@adaruiz) tweeted`: the parser heads the phrase on the handle in
        brackets and leaves the closing bracket out, so the mention would end inside
        them. A handle in a bracket not closed in the mention ends it (an acronym there,
        "the Council for the Sea (ICES", stays: the resolver reads it as the body's name)."""
        text = self.text[start:end]
        cut = text.rfind("(")
        if cut <= 0 or ")" in text[cut:] or not text[:cut].strip() or not text[cut + 1 :].startswith("@"):
            return start, end
        return start, start + len(text[:cut].rstrip())

    def _with_compound_words(self, name: SpacySpan, lo: int, inner: set[int]) -> tuple[int, int]:
        """The offsets of a name the model tagged short, with the proper nouns right
        before it that the parser hangs on it as compounds ("one resident, Pilar
        Gomez" with only "Gomez" tagged): the whole name."""
        s = name.start
        while (
            s - 1 >= lo and s - 1 not in inner
            and self._tokens[s - 1].dep_ == "compound" and self._tokens[s - 1].pos_ == "PROPN"
            and name.start <= self._heads[self._tokens[s - 1].i].i < name.end
        ):
            s -= 1
        # "Lucia\u00a0Ferro": a no-break space is a token of its own, and the model may
        # tag the name short before it; the proper noun after the space that the name's
        # last word is a compound of is the rest of the name.
        e = name.end
        while (
            e + 1 < len(self.doc) and self._tokens[e].is_space and "\n" not in self._tokens[e].text
            and self._tokens[e + 1].pos_ == "PROPN" and self._tokens[e + 1].i not in inner
            and self._tokens[e - 1].dep_ == "compound" and self._heads[self._tokens[e - 1].i].i == e + 1
        ):
            e += 2
        return self._tokens[s].idx, self._tokens[e - 1].idx + len(self._tokens[e - 1])

    def _entity_over_and(self, token: Token) -> SpacySpan | None:
        """The entity that holds ``token`` and runs on over the "and"/"&" joining it to
        a conjunct ("Procter & Gamble", "Johnson and Johnson" tagged as one body): the
        mention keeps it whole, where two named speakers joined by "and" stay apart."""
        if not token.ent_type_ or not any(c.dep_ == "cc" for c in self._kids[token.i]):
            return None
        ent = self._entity_at(token.i)
        if ent is None or not any(t.dep_ == "cc" and self._heads[t.i].i == token.i for t in ent):
            return None
        return ent

    def _entity_at(self, i: int) -> SpacySpan | None:
        """The named entity that holds the token at ``i``, or None (a bisection over the
        entities' starts: `Doc.ents` rebuilds its Spans on every access)."""
        k = bisect.bisect_right(self._ent_starts, i) - 1
        if k < 0 or i >= self.ents[k].end:
            return None
        return self.ents[k]

    @staticmethod
    def _or_so_hedge(run: list[Token]) -> bool:
        """`The union will appeal, or so Ada Ruiz says`: "or so" set off after the clause
        hedges the cue, it is not said ("a week or so" is an amount and stays)."""
        return len(run) > 3 and run[-1].lower_ == "so" and run[-2].lower_ == "or" and run[-3].is_punct

    def _whose_antecedent(self, token: Token) -> Token | None:
        """The noun a possessive relative "whose" stands for: the one its relative clause
        describes (`the engineers, whose conclusion was that ...`), or None."""
        if token.lower_ != "whose" or token.dep_ != "poss":
            return None
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        if clause is None:
            return None
        antecedent = self._relative_antecedent(clause)
        return antecedent if antecedent.i < token.i and antecedent.pos_ in ("NOUN", "PROPN") else None

    def _relative_antecedent(self, clause: Token) -> Token:
        """The noun a relative clause describes: the one the parser hung it on, except a
        day or time closing the verb's phrase ("issued a statement on Monday, which
        read: ..."), which says nothing; the verb's object before that phrase is meant."""
        noun = self._heads[clause.i]
        if clause.dep_ == "relcl" and noun.dep_ == "appos" and _ruled_out_alternative(noun):
            return self._heads[noun.i]  # `the villagers, not the police, who reported`
        if clause.dep_ != "relcl" or not self._a_day(noun) or noun.dep_ != "pobj" or self._heads[noun.i].dep_ != "prep":
            return noun
        prep = self._heads[noun.i]
        obj = next((c for c in self._kids[self._heads[prep.i].i] if c.dep_ == "dobj" and c.i < prep.i), None)
        return obj if obj is not None and obj.pos_ == "NOUN" and obj.right_edge.i == prep.i - 1 else noun

    def _titled_mention(self, subject: Token) -> tuple[int, int]:
        """The speaker mention of a cue's subject, over the name after it when the subject
        is a role noun the parser split from that name (`_name_after_role`). Kept per
        token, as `mention_span` is."""
        key = ("titled_mention", subject.i)
        memo = self._token_memo
        if key not in memo:
            memo[key] = self._role_and_name_mention(subject)
        return memo[key]

    def _role_and_name_mention(self, subject: Token) -> tuple[int, int]:
        """`_titled_mention`, worked out."""
        named = self._name_after_role(subject)
        if named is None:
            return self.mention_span(subject)
        start, end = self.mention_span(named)
        return min(start, self.mention_span(subject)[0]), end

    def _agent_after_infinitive(self, verb: Token) -> Token | None:
        """`had been asked to preserve them by the committee`: the parser hangs the
        passive's by-agent on the infinitive after it; a "by" phrase closing the clause
        whose object can speak is who asked or told (not "told to wait by the gate")."""
        xcomp = next((c for c in verb.rights if c.dep_ == "xcomp" and _has_to(c)), None)
        if xcomp is None:
            return None
        by = next((c for c in reversed(list(xcomp.rights)) if c.dep_ == "prep"), None)
        if by is None or by.lower_ != "by" or by.right_edge.i != xcomp.right_edge.i:
            return None
        after = by.right_edge.i + 1
        if after < len(self.doc) and not self._tokens[after].is_punct:
            return None
        pobj = next((c for c in self._kids[by.i] if c.dep_ == "pobj"), None)
        if pobj is None or pobj.pos_ == "PRON" or not self.can_speak(pobj) or self.in_quote(pobj):
            return None
        return pobj

    def can_speak(self, token: Token, evidence: bool = False) -> bool:
        """Whether a subject can be the source of an attribution: a person, a group, an
        organisation, a pronoun; for evidence verbs also a poll, a study, a report."""
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower in lexicon.CALENDAR_WORDS or token.ent_type_ in ("DATE", "TIME"):
            return False  # "said Tuesday that": a day the parser made the subject
        if token.pos_ == "PRON":
            return lower in lexicon.PRONOUNS or lower in ("who", "that", "which")
        if token.pos_ == "PROPN":
            return True
        if lemma in lexicon.UNNAMED_HEADS or lower in lexicon.UNNAMED_HEADS:
            return True
        if lemma in lexicon.PERSON_DESCRIPTIONS or lemma in lexicon.ORG_DESCRIPTIONS:
            return True
        if lemma in lexicon.GROUP_HEADS or lemma in lexicon.PERSON_NOUNS or lemma in lexicon.PEOPLE_GROUPS:
            return True
        if lemma in lexicon.COURT_ROLES or lower in lexicon.COURT_ROLES:
            return True
        if token.pos_ == "NOUN" and _person_compound(lower):
            return True  # "fishermen", "linesman", "businesswoman": a person, listed or not
        if token.pos_ == "NOUN" and any(c.dep_ == "appos" and _personal_name(c) for c in token.rights):
            return True  # "The referee, Sven Harlow, was heard to say": a role a named person holds
        return evidence and lemma in lexicon.EVIDENCE_SOURCES

    def _can_be_heard_speaking(self, token: Token) -> bool:
        """Whether the passive subject of "was heard to say" / "was seen telling" speaks.

        The speech verb after the verb of perceiving already says that someone spoke, as
        "the sergeant said" does, so any common noun will do ("a sergeant", "a soldier":
        role nouns no word list holds), not only the listed speakers; a day or a time the
        parser made the subject still speaks for nobody.
        """
        if self.can_speak(token):
            return True
        return (
            token.pos_ == "NOUN"
            and token.ent_type_ not in ("DATE", "TIME")
            and token.lower_ not in lexicon.CALENDAR_WORDS
        )

    def can_hear(self, token: Token) -> bool:
        """Whether the object of "tell" can be who was told: whoever can speak (a person,
        a group, a body) or a hearer noun no speaker ("the inquest", "viewers")."""
        return self.can_speak(token) or token.lemma_.lower() in lexicon.HEARER_NOUNS




def _personal_name(token: Token) -> bool:
    """A person's name: tagged so by the model, or (an unfamiliar name the model tags as
    nothing) a proper noun with a proper-noun first name compounded on it ("Igor Feld")."""
    if token.ent_type_:
        return token.ent_type_ == "PERSON"
    return token.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in kids(token))


def _hyphened_prefix(token: Token) -> list[Token]:
    """ "her co-star wrote", "his ex-wife said": the parser splits a hyphenated noun into
    three words ("co", "-", "star") and makes each a subject of the verb; the last, the
    mention's head, takes the word before the hyphen (and what opens its phrase, "her")
    with it. Only a hyphen with no space on either side, between two lowercase words, both
    hung on the head's own head as it is."""
    doc = token.doc
    if token.i < 2 or not token.is_lower or not token.is_alpha:
        return []
    hyphen, prefix = doc[token.i - 1], doc[token.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or prefix.whitespace_ or not (prefix.is_alpha and prefix.is_lower):
        return []
    if head_of(token).i == token.i or head_of(token).i not in (head_of(prefix).i, head_of(hyphen).i):
        return []
    words = [*prefix.subtree, *hyphen.subtree]
    while prefix.i >= 2 and doc[prefix.i - 1].text == "-" and not doc[prefix.i - 2].whitespace_ \
            and not doc[prefix.i - 1].whitespace_ and doc[prefix.i - 2].is_alpha:
        prefix = doc[prefix.i - 2]  # "cul-de-sac": a word of more hyphens
        words.extend([*prefix.subtree, *doc[prefix.i + 1].subtree])
    opener = doc[min(t.i for t in words) - 1] if min(t.i for t in words) > 0 else None
    if opener is not None and opener.tag_ in ("DT", "PRP$") and head_of(opener).i == head_of(token).i:
        words.append(opener)  # ("The non-profit said", "The" read as the verb's)
    return words


def _hyphen_joined(token: Token, child: Token) -> bool:
    """ "Osei-Bonsu": ``child`` is the capitalised word right after ``token`` and a
    hyphen, with no space on either side, so one word of the text, whatever the parser
    made of it."""
    doc = token.doc
    if child.i != token.i + 2 or token.whitespace_:
        return False
    hyphen = doc[token.i + 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and child.is_alpha and child.text[:1].isupper()


def _hyphen_glued(token: Token) -> list[Token]:
    """ `"...," al-Remeithi said`, parsed as two subjects "al" and "Remeithi": the proper
    nouns glued to a name's word by a hyphen with no space on either side are one word
    of the text, so one mention, whatever the parser hung where."""
    if token.pos_ != "PROPN":
        return []
    doc, out = token.doc, []
    i = token.i
    while i + 2 < len(doc) and _glued_by_hyphen(doc[i], doc[i + 1], doc[i + 2]):
        out += [doc[i + 1], doc[i + 2]]
        i += 2
    i = token.i
    while i - 2 >= 0 and _glued_by_hyphen(doc[i - 2], doc[i - 1], doc[i]):
        out += [doc[i - 2], doc[i - 1]]
        i -= 2
    return out


def _glued_by_hyphen(left: Token, hyphen: Token, right: Token) -> bool:
    """ ``left``-``right`` written as one word, both proper nouns (a word may hold an
    apostrophe: "D'Costa-Mehta", "O'Neill-Byrne")."""
    return (
        hyphen.text == "-" and not left.whitespace_ and not hyphen.whitespace_
        and _NAME_WORD.fullmatch(left.text) is not None and _NAME_WORD.fullmatch(right.text) is not None
        and left.pos_ == "PROPN" and right.pos_ == "PROPN"
    )


# One word of a name: letters, with apostrophes inside ("D'Costa", "N’Golo").
_NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)*")


def _passive_conjunct_to_hearer(verb: Token) -> bool:
    """ "The ambassador was summoned and told that ...", "was arrested and warned that
    ...": a verb of telling joined to a passive, with no subject or hearer of its own, is
    passive too (the tagger may call "told" a past tense): its subject is the one told."""
    head = head_of(verb)
    return (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in lexicon.ADDRESSEE_PASSIVES | {"inform", "notify", "remind"}
        and verb.tag_ in ("VBN", "VBD")
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in kids(head))
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent") for c in kids(verb))
    )


def _bare_means(noun: Token) -> bool:
    """ "by email", "by letter", "by phone": a means of sending with no determiner after
    "by" says how the words came, not who sent them."""
    return noun.lemma_.lower() in lexicon.SENDING_MEANS and not any(
        c.dep_ in ("det", "poss", "compound", "amod") for c in kids(noun)
    )


def _has_read_as_is(verb: Token, subject: Token) -> bool:
    """`She's said she will run`, `who's called for more troops`: a contracted "'s"
    before a participle that goes on to a clause or a "for" phrase is "has", not the
    passive "is" the parser read ("he's said to be furious", "he's called a liar", and
    "it's said that ..." stay passive)."""
    aux = verb.doc[verb.i - 1] if verb.i > 0 else None
    if aux is None or aux.dep_ != "auxpass" or aux.text not in ("'s", "’s") or head_of(aux) != verb:
        return False
    if subject.lower_ in ("it", "this", "that") or any(c.dep_ in ("agent", "xcomp", "oprd") for c in kids(verb)):
        return False
    return any(
        c.dep_ == "ccomp"
        or c.dep_ == "prep" and c.lower_ == "for"
        or c.dep_ == "advcl" and c.left_edge.lower_ == "for" and c.left_edge.dep_ == "mark"
        for c in kids(verb)
    )


def _share_read_as_modifier(verb: Token) -> Token | None:
    """`About 4 in 10 say ...`, `Less than a third agreed that ...`: a share of
    respondents before a finite verb with no subject, which the parser hung on the verb
    as a number modifier, is the verb's subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    for c in verb.lefts:
        if c.dep_ not in ("nummod", "npadvmod") or c.ent_type_ not in ("CARDINAL", "PERCENT"):
            continue
        # A share, not any number ("2.5 points ahead of Cruz - highlights ..."): a
        # fraction or per cent, or "N in M".
        if c.lemma_.lower() in lexicon.SHARE_HEADS or c.ent_type_ == "PERCENT" or any(
            q.dep_ == "quantmod" and q.lower_ == "in" for q in kids(c)
        ):
            return c
    return None


def _generation_suffix(tok: Token) -> bool:
    """A capitalised generational suffix ("Jr.", "Sr", "III")."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in lexicon.NAME_SUFFIXES and len(list(kids(tok))) == 0


def _suffix_before_its_stop(subjects: list[Token], nearest: Token) -> Token:
    """ "Otis Greer Sr. said" with no person entity over it: the tokenizer splits "Sr"
    from its full stop and the parser makes both subjects of "said", the stop nearest the
    verb. The stop of a name suffix names nobody; the suffix before it, with the name
    hung on it, is the speaker (`_split_name` does this for a tagged person)."""
    if not abbreviation_stop(nearest):
        return nearest
    before = nearest.doc[nearest.i - 1]
    return before if any(s.i == before.i for s in subjects) else nearest


def _phrase_before_its_named_noun(subjects: list[Token], nearest: Token) -> Token:
    """ "A study published in the journal Nature found ...": the parser makes the name
    that follows "the journal" a second subject of the verb, nearest to it. A name that
    goes on from the last word of another subject's phrase (a common noun it names) is
    part of that phrase: the phrase's head speaks ("A study"), not the venue. An author
    named so ("a story by the website Politico says") is who speaks: only a place of
    publication ("in", "on") is passed over."""
    if nearest.pos_ != "PROPN" or nearest.i == 0:
        return nearest
    before = nearest.doc[nearest.left_edge.i - 1]
    if before.pos_ != "NOUN" or before.dep_ != "pobj" or before.head.lower_ not in ("in", "on"):
        return nearest
    for other in subjects:
        if other.i < before.i and other.right_edge.i == before.i and other.pos_ == "NOUN":
            return other
    return nearest


def _split_name(token: Token, entity: SpacySpan | None) -> list[Token]:
    """The whole person ``entity`` ``token`` is in, when the parser split it into several
    subjects of one verb ("al-Masri said" as "al" and "Masri", "Kim Min-ho said" as
    "Kim", "Min" and "ho", "Greene Sr. said" as "Sr" and "."): every word of the
    entity hangs on another word of it or on the verb the token hangs on. One name is
    one mention, never its first word or its particle alone."""
    if entity is None or entity.label_ != "PERSON":
        return []
    doc = token.doc
    lo, hi = entity.start, _past_closing_particle(doc, entity.end - 1)
    if hi >= entity.end:
        return _name_past_particle(doc, lo, hi)
    if lo <= head_of(token).i <= hi:
        return []
    name = [doc[k] for k in range(lo, hi + 1)]  # (its Tokens, read thrice: no Span needed)
    if (
        (
            any(head_of(t).i == head_of(token).i and t.i != token.i for t in name)
            # "said manager Seán Ó Briain after ...": the surname after a particle read
            # as the first name's object (the name opens with the subject itself)
            or (token.i == lo and any(t.dep_ == "dobj" and head_of(t).i == token.i for t in name))
        )
        and all(head_of(t).i == head_of(token).i or lo <= head_of(t).i <= hi for t in name)
        and all(
            t.pos_ == "PROPN" or t.text in "-." and not doc[t.i - 1].whitespace_ or _inner_particle(t, lo, hi)
            for t in name
        )
    ):
        return name
    return []


def _past_closing_particle(doc: Doc, hi: int) -> int:
    """ "said Maria do Rosário Figueiredo Lacerda" tagged a person up to "do": an entity
    ending on a lowercase name particle runs on over the capitalised proper nouns (and
    particles between them) right after it; the index of its last word."""
    if not (_is_particle(doc[hi]) and hi > 0 and doc[hi].whitespace_):
        return hi
    k, end = hi + 1, hi
    while k < len(doc) and k - hi <= LONG_NAME_TAIL:
        if doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not doc[k].text.isupper():
            end = k
        elif not _is_particle(doc[k]):
            break
        k += 1
    return end


def _name_past_particle(doc: Doc, lo: int, hi: int) -> list[Token]:
    """The words ``lo``..``hi`` of a name run on past a closing particle
    (`_past_closing_particle`), when they make one phrase: every word hangs on another
    of them but one, the subject of the cue ("Maria" hung on "do", read as a verb)."""
    name = [doc[k] for k in range(lo, hi + 1)]
    roots = [t for t in name if not lo <= head_of(t).i <= hi]
    if len(roots) == 1 and all(t.pos_ == "PROPN" or _is_particle(t) for t in name):
        return name
    return []


#: The most words after a closing particle that are still the name ("Rosário Figueiredo Lacerda").
LONG_NAME_TAIL = 4


def _is_particle(token: Token) -> bool:
    """A lowercase particle of a name ("de", "dos", "van", Portuguese "do")."""
    return token.is_lower and (token.text in lexicon.SURNAME_PARTICLES or token.text in lexicon.PORTUGUESE_PARTICLES)


def _inner_particle(token: Token, lo: int, hi: int) -> bool:
    """A lowercase particle inside a long name ("do" and "dos" in "said Maria do Rosário
    Figueiredo Lacerda", "do" read as a verb): a word of the name, not its end."""
    return lo < token.i < hi and _is_particle(token)


def _first_name_read_as_preposition(head: Token, prep: Token) -> bool:
    """ "Coach Per Sandqvist said": a capitalised preposition right after a title word,
    mid-sentence, that the name data knows clearly as a first name and that a proper
    noun follows at once, is the first name of the person the title goes with (the
    parser reads "Per" as a preposition and leaves the title alone as the subject)."""

    doc = head.doc
    nxt = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
    return (
        head.lower_ in lexicon.TITLE_WORDS
        and prep.i == head.i + 1
        and prep.text[:1].isupper()
        and nxt is not None
        and head_of(nxt).i == prep.i
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
        and _clear_first_name(prep)
    )


def _after_spaced_dash(keep: list[Token], head: Token) -> int:
    """ "... than Mr. Whitlock - 60 percent of voters said": a dash set off by spaces
    before the head ends one sentence part and starts another (the parser often hangs
    the name before it on the next noun); the mention starts after it. The first token
    index a mention may hold."""
    dashes = [
        t.i for t in keep
        if t.i < head.i and t.text in DATELINE_DASHES and t.i > 0
        and t.doc[t.i - 1].whitespace_ and t.whitespace_
    ]
    return max(dashes) + 1 if dashes else 0


def _cleft_focus(subject: Token, verb: Token) -> Token | None:
    """`It was Haddad who first claimed ...`: in a cleft the parser hangs the "who"
    clause on "was" as a clause of its own; "who" stands for the focused noun."""
    if subject.lower_ not in ("who", "that") or subject.tag_ not in ("WP", "WDT") or verb.dep_ != "ccomp":
        return None
    be = head_of(verb)
    if be.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in kids(be)):
        return None
    return next(
        (c for c in kids(be) if c.dep_ == "attr" and c.i == subject.i - 1 and c.pos_ in ("PROPN", "NOUN", "PRON")),
        None,
    )


#: Words opening an apposition that shares a group out ("both Democrats", "each a ...").
_SHARING_WORDS = frozenset("both each neither all".split())


def _people_in_a_place(head: Token, prep: Token) -> bool:
    """ "Officials in Pellham said", "voters in Ohio": people nobody names, in a place
    the "in" names (a place entity), are not the place; nor when the place is named
    through a common noun ("police in the northern city of Varna")."""
    lemma = head.lemma_.lower()
    if head.pos_ != "NOUN" and lemma not in lexicon.UNNAMED_HEADS and head.lower_ not in lexicon.UNNAMED_HEADS:
        # Any common noun: "a banker in Zurich", "a pensioner in Hull" (no list holds
        # every trade) are no more the place than "fishermen in Polperro" are.
        return False
    if lemma in lexicon.ORG_DESCRIPTIONS:
        return False  # "authorities in Bavaria" are the place's own
    places = [c for c in kids(prep) if c.dep_ == "pobj"]
    places += [
        g
        for c in places
        if c.pos_ == "NOUN"
        for of in kids(c)
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in kids(of)
        if g.dep_ == "pobj"
    ]
    # (a town the tagger calls a nationality, "in Polperro" as NORP, is still a place)
    return any(c.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or _bare_place_name(c) for c in places)


def _bare_place_name(token: Token) -> bool:
    """ "Officials in Kyiv", "farmers in Jaffna": the tagger often calls a city an
    organisation or a person; one capitalised proper noun with no article after "in" is
    still where the people are (a body in which people work is "the ministry", "at
    Siemens"; nobody is "in" a person)."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in ("", "ORG", "PERSON")
        and not token.is_upper
        and not any(c.dep_ in ("det", "compound", "poss", "amod") for c in kids(token))
        and token.ent_iob_ in ("B", "O")
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )


def _ruled_out_alternative(noun: Token) -> bool:
    """`It was the villagers, not the police, who reported ...`: the parser reads the
    "not" phrase as an apposition and hangs the relative clause on it, but the one the
    clause speaks of is the noun the "not" phrase sets aside, not the one it rules out."""
    head = head_of(noun)
    return any(c.dep_ == "neg" and head.i < c.i < noun.i for c in kids(head))
