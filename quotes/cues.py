"""Reporting cues: whether a word reports speech, and the cue span as written.

A verb from the lexicon ("said", "warned") is a cue only in some uses: "called off the
match", "answered the door", "the election saw turnout rise" report nothing. These tests
are shared by the direct and the reported pass, so they live apart from both.
"""

from __future__ import annotations

import functools

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH
from spacy.tokens import Token

from quotes import lexicon
from quotes.doccolumns import by_form, column, head_of, kids
from quotes.marks import (
    is_quote_char,
)
from quotes.parserepair import _PHRASAL_LEMMAS
from quotes.patterns import (
    NAMING_VERBS,
    SETTING_OUT_VERBS,
    SUBJECT_DEPS,
    _has_to,
    _name_read_as_modal,
    _put_it_in_an_as_clause,
    hash_table,
    hashes_in,
)

#: The lemmas (lower-cased) `_cue_word` looks at: a word with none of them, whose own
#: lower-case form is no cue lemma either, is no cue (`_possible_cues`).
_CUE_WORD_LEMMAS = (
    frozenset({"make", "put", "go", "quote", "paraphrase", "read"})
    | SETTING_OUT_VERBS
    | lexicon.VOICING_VERBS
    | lexicon.CUE_LEMMAS
)


class CueRules:
    """Which words are reporting cues: speech verbs and phrases, and the uses of them that report nothing."""

    def is_cue(self, token: Token) -> bool:
        """A reporting verb outside quote marks ("said", "warned", "made clear").

        Kept per token (``_token_memo``, as `subject_of` is): the rules ask it of the
        same words again (42,647 calls for 34,091 tokens on 300 train articles)."""
        if not self._possible_cues[token.i]:
            return False
        key = ("is_cue", token.i)
        memo = self._token_memo
        if key not in memo:
            memo[key] = self._cue_word(token)
        return memo[key]

    @functools.cached_property
    def _possible_cues(self) -> list[bool]:
        """Per token, whether its lemma (lower-cased) is one `_cue_word` looks at or its
        word a cue lemma: any other word is no cue, which the columns tell for the whole
        article at once (each distinct lemma's string looked up once), where
        `_cue_word` read the lemma, the word and their lower-case forms of every word
        asked."""
        hit = by_form(self.doc, LEMMA, _cue_word_lemma, _CUE_WORD_LEMMA_MEMO)
        hit |= hashes_in(column(self.doc, LOWER), _cue_lemma_hashes())
        return hit.tolist()

    def _cue_word(self, token: Token) -> bool:
        """`is_cue`, worked out."""
        lemma = token.lemma_.lower()
        if lemma in ("make", "put") and any(c.lower_ == "clear" for c in self._kids[token.i]):
            return not self.in_quote(token)  # "made (it) clear that ..."
        if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in self._kids[token.i]):
            return not self.in_quote(token)  # "She went on: ..."
        if lemma == "put" and any(c.lower_ == "it" for c in self._kids[token.i]) and (
            self._as_aside(token) or _put_it_in_an_as_clause(token)
        ):
            return not self.in_quote(token)  # "As Ruth Marcus puts it, ...", "as she likes to put it"
        if lemma in SETTING_OUT_VERBS and self._as_aside(token):
            return not self.in_quote(token)  # "The case, as outlined by Ada Voss, is that ..."
        if lemma in ("quote", "paraphrase") and self._fronted_quoting(token):
            return not self.in_quote(token)  # `To quote Jacinta Hale, "..."`
        if lemma == "read" and self._document_reads(token):
            return not self.in_quote(token)  # "the statement read", "a sign reading"
        if lemma in lexicon.VOICING_VERBS and token.pos_ == "VERB" and not self.in_quote(token):
            nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.text == "," and nxt.i + 1 < len(self.doc):
                nxt = nxt.nbor(1)
            return nxt is not None and self._opens_quote(nxt)  # `chanted, "Lock him up!"`
        if lemma not in lexicon.CUE_LEMMAS and token.lower_ not in lexicon.CUE_LEMMAS:
            return False
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
            return False
        if self._non_speech_phrasal(token):
            return False  # "called off the match": the particle makes it no speech act
        return (
            not self.in_quote(token)
            and not self._discourse_idiom(token)
            and not self._so_called(token)
            and not self._example_say(token)
        )

    @staticmethod
    def _non_speech_phrasal(verb: Token) -> bool:
        """"called off the match", "showed off the new pier", "showed up in a red coat":
        a particle that gives the verb a sense in which nothing is said or shown to hold."""
        lemma = verb.lemma_.lower()
        return lemma in _PHRASAL_LEMMAS and any(
            c.dep_ == "prt" and (lemma, c.lower_) in lexicon.NON_SPEECH_PHRASALS for c in kids(verb)
        )

    @staticmethod
    def _fronted_quoting(token: Token) -> bool:
        """`To quote Jacinta Hale, "..."`: an infinitive of quoting fronted before a
        comma, with the quoted one as its object."""
        return (
            token.dep_ == "advcl"
            and token.i < head_of(token).i
            and _has_to(token)
            and any(c.dep_ == "dobj" for c in kids(token))
        )

    def _so_called(self, token: Token) -> bool:
        """"so- called", "so - called": the adjective "so-called" split by a space flags a
        term in scare quotes; its "called" is no naming cue."""
        if token.lower_ != "called" or token.i == 0:
            return False
        prev = [t.lower_ for t in self.doc[max(0, token.i - 2) : token.i]]
        return prev[-1] in ("so-", "so") or prev[-2:] == ["so", "-"]

    def _discourse_idiom(self, token: Token) -> bool:
        """"That said, ...", "All told, ...", "Having said that, ...": a sentence
        adverbial built on a reporting verb; the clause after it is the writer's own."""
        i = token.i
        if i == 0 or i + 1 >= len(self.doc) or (self._tokens[i - 1].lower_, token.lower_) not in lexicon.DISCOURSE_IDIOMS:
            return False
        prev = self._tokens[i - 1]
        if not (prev.is_sent_start or prev.i == 0 or prev.nbor(-1).is_punct or prev.nbor(-1).is_space):
            return False
        nxt = self._tokens[i + 1]
        if prev.lower_ == "having" and nxt.lower_ == "that" and i + 2 < len(self.doc):
            nxt = self._tokens[i + 2]
        return nxt.text == ","

    def _document_reads(self, verb: Token) -> bool:
        """"read" quoting a text: its subject, object or head is a document or a sign."""
        # "the editorial read." is often parsed as a noun "read" with the source as
        # its modifier.
        deps = ("nsubj", "dobj") if verb.pos_ != "NOUN" else ("compound", "amod")
        holders = [c for c in self._kids[verb.i] if c.dep_ in deps and (verb.pos_ != "NOUN" or c.i == verb.i - 1)]
        if verb.dep_ in ("acl", "relcl"):
            holders.append(self._heads[verb.i])
        if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and self._ends_sentence(verb):
            # `"...," a statement from the club read.`: the parser ends the "from" phrase
            # with "read" as its noun; the phrase's head is what reads.
            holders.append(self._heads[self._heads[verb.i].i])
        return any(
            h.lemma_.lower() in lexicon.READ_SOURCES or h.lower_ in ("it", "which")
            for h in holders
        )

    def _ends_sentence(self, tok: Token) -> bool:
        """Nothing but closing punctuation follows ``tok`` in its sentence."""
        # (by index to the sentence's end: `tok.sent` and a slice built Spans)
        after = map(self.doc.__getitem__, range(tok.i + 1, self.sentence_bounds(tok.i)[1]))
        return all(t.is_punct or t.is_space for t in after)

    def cue_span(self, verb: Token) -> tuple[int, int]:
        """The cue as written: the verb with its auxiliaries ("has said") and particle."""
        start, end = verb.idx, verb.idx + len(verb)
        for child in verb.lefts:
            if child.dep_ in ("aux", "auxpass") and child.i >= verb.i - 3 and child != _name_read_as_modal(verb):
                if child.lower_ == "to" and self._people_of_stranded_to(verb) is not None:
                    continue  # "farmers I speak to tell me": the "to" is the relative clause's
                start = min(start, child.idx)
        for child in verb.rights:
            if child.dep_ == "prt":
                end = max(end, child.idx + len(child))
            elif (
                # "made clear that", "made it clear that": the cue is the phrase
                verb.lemma_.lower() == "make"
                and child.lemma_.lower() in lexicon.MADE_CLEAR
                and child.i - verb.i <= 2
            ):
                end = max(end, child.idx + len(child))
        prep = self._heads[verb.i]
        if (
            verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and prep.lower_ == "as"
            and self._heads[prep.i].lemma_.lower() in lexicon.QUOTED_AS
            and self._heads[prep.i].i < verb.i
            and not any(c.dep_ == "dobj" for c in self._kids[self._heads[prep.i].i])  # "quoted him as saying"
        ):
            # "was quoted as saying": the cue is the whole phrase, auxiliaries included
            head = self._heads[prep.i]
            start = min([head.idx] + [c.idx for c in head.lefts if c.dep_ in ("aux", "auxpass") and c.i >= head.i - 3])
        return start, end

    @staticmethod
    def _as_aside(verb: Token) -> bool:
        """ "As X noted," "as she put it": an adverbial clause led by "as"."""
        # (`The argument, as outlined by Ada Voss, is ...`: the parser may hang a passive
        # aside with its agent on the noun before it)
        # (or on the comma before it, as a "prep": `The scheme, as described by the mayor,
        # is too costly`)
        hung_on_noun = (
            (verb.dep_ == "acl" or verb.dep_ == "prep" and head_of(verb).is_punct)
            and verb.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in kids(verb))
        )
        if verb.dep_ != "advcl" and not hung_on_noun:
            return False
        # ("As the report makes clear, ...": "make clear" is a cue as a phrase)
        made_clear = verb.lemma_.lower() == "make" and any(c.lower_ == "clear" and c.i > verb.i for c in verb.children)
        if verb.lemma_.lower() not in (*lexicon.SPEECH_VERBS, "put", *SETTING_OUT_VERBS) and not made_clear:
            return False
        put_it = verb.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids(verb))
        if not any(
            c.lower_ == "as"
            and c.i < verb.i
            # `As one farmer, Maria Lopez, put it`: "as" read as the idiom's preposition,
            # opening the aside
            and (c.dep_ == "mark" or put_it and c.dep_ == "prep" and c.i == verb.left_edge.i)
            for c in kids(verb)
        ):
            return False
        if any(c.dep_ == "xcomp" for c in kids(verb) if c.i > verb.i):
            return False  # "as Bush continued to interject": a clause of its own, no aside
        if verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" for c in kids(verb)):
            return False  # "Tom Vrba, as everyone calls him, said": a name given, no report
        # Set off by a comma: "As X noted, Y" or "Y, as X noted" (not "as he said he would").
        # The parser may hang that comma on the aside itself, as its last token (but
        # `as she said, "..."` introduces the quotation after it).
        doc = verb.doc
        after = verb.right_edge.i + 1
        before = verb.left_edge.i - 1
        if before >= 1 and is_quote_char(doc[before].text[:1]):
            before -= 1  # `were "a betrayal of this town," as he put it`: the comma inside the marks
        return (
            (after < len(doc) and doc[after].text == ",")
            or (before >= 0 and doc[before].text == ",")
            or (
                (verb.right_edge.text == "," or put_it and verb.right_edge.text == ":")
                and head_of(verb.right_edge) == verb
                and after < len(doc)
                # (`As Lopez, a farmer, put it, "..."`: the idiom introduces the quotation)
                and (put_it or not is_quote_char(doc[after].text[:1]))
            )
        )

    def _trigger_tokens(self) -> list[Token]:
        """The tokens that can start a reported item, picked from the lemma and lower-case
        arrays: building a Token object for every word of an article cost more than all
        the rules run on the few that matter."""
        hashes = _trigger_hashes()
        # (the columns shared with the other readers of the repaired parse: `doccolumns`)
        doc = self.doc
        dep = column(doc, DEP)
        hit = hashes_in(column(doc, LEMMA), hashes) | hashes_in(column(doc, LOWER), hashes)
        hit |= dep == doc.vocab.strings["acomp"]  # "is hopeful that ..."
        hit |= dep == doc.vocab.strings["oprd"]  # "seemed unconvinced that ..."
        hit |= self._fronted_to(column(doc, ORTH))  # "To Ruiz, the plan is ..."
        return [self._tokens[i] for i in numpy.flatnonzero(hit).tolist()]

    def _fronted_to(self, orth: numpy.ndarray) -> numpy.ndarray:
        """Where a sentence may open on a "To" phrase: "To" itself, or "to" right after an
        opening "But", "And" or "Yet" ("To many, he is a hero. But to others, ...")."""
        strings = self.doc.vocab.strings
        hit = orth == strings["To"]
        after = numpy.zeros_like(hit)
        after[1:] = hashes_in(orth[:-1], _OPENING_CONJUNCTIONS) & (orth[1:] == strings["to"])
        return hit | after

    @staticmethod
    def _physical_act(verb: Token) -> bool:
        """"answered the door", "pointed to the exit", "expressed milk", "recalled 40,000
        vans", "stood by her side": the object (or the noun after "to", "at", "towards",
        "for" or "by") gives the verb a sense in which nothing is said."""
        lemma = verb.lemma_.lower()
        if lemma == "deny" and any(
            c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in kids(verb)
        ):
            return True  # "denied Garland a hearing", "denied Ruiz with a late save": withheld, not said
        if lemma in lexicon.HAVING_VERBS and any(c.dep_ == "dobj" for c in kids(verb)):
            return True  # "the town boasts two harbours": has, not brags (that is "boast of/that")
        if lemma in ("deny", "charge") and CueRules._double_object(verb):
            # "denied his party the victory", "charging students $300 a term": with two
            # objects the verb gives or withholds something; what is said is one object.
            return True
        if lemma == "tell" and any(c.lower_ == "apart" for c in kids(verb)):
            return True  # "can tell the two kits apart": telling one from another
        if lemma == "point" and _points_at_place(verb):
            return True  # "pointing out where the old mill stood": a place shown, not a claim
        if lemma == "tell" and CueRules._discerning_tell(verb):
            return True  # "could tell that they were tired", "can tell a ripe melon by its smell"
        if lemma == "tell" and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.TOLD_NON_SPEECH for c in kids(verb)):
            return True  # "the clock tells the time": reading, not saying
        if lemma == "call" and CueRules._phone_call_for(verb):
            return True  # "called on her mobile phone to warn her sister": a phone call
        objects = lexicon.NON_SPEECH_OBJECTS.get(lemma)
        if not objects:
            return False
        if lemma == "recall" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in kids(verb)):
            subject = next((c for c in kids(verb) if c.dep_ == "nsubj"), None)
            # A company name of one word is too often a person the model tags as a body.
            named_org = subject is not None and subject.ent_type_ == "ORG" and subject.ent_iob_ == "I"
            if subject is not None and (
                named_org
                or subject.lemma_.lower() in lexicon.RECALLING_MAKERS
                or any(c.lemma_.lower() in lexicon.RECALLING_MAKERS for c in kids(subject) if c.dep_ == "compound")
            ):
                return True  # "Carmaker Veltro recalled its vans": a product recall
        if lemma == "call" and any(
            c.dep_ == "oprd" or c.dep_ == "ccomp" and c.lemma_.lower() not in objects for c in kids(verb)
        ):
            return False  # "called the police a disgrace": naming them, not phoning them
        if lemma == "call" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.CONVENED_EVENTS for c in kids(verb)
        ):
            return True  # "called a strike": convening it (not an election: `lexicon.CONVENED_EVENTS`)
        for child in kids(verb):
            if child.dep_ == "dobj" and child.lemma_.lower() in objects:
                return True
            if child.dep_ == "ccomp" and child.pos_ == "NOUN" and child.lemma_.lower() in objects:
                return True  # "confirmed her booking online": the noun misread as a clause
            if child.dep_ == "prep" and child.lower_ in ("to", "at", "towards", "toward", "for", "by") and any(
                c.dep_ == "pobj" and c.lemma_.lower() in objects for c in kids(child)
            ):
                return True
            if (
                child.dep_ == "xcomp"
                and child.lemma_.lower() in objects
                and not any(c.dep_ == "auxpass" for c in kids(verb))
            ):
                return True  # "nurses reported to work" ("is reported to work on ..." is said)
        return False

    @staticmethod
    def _phone_call_for(verb: Token) -> bool:
        """"called on her mobile phone to warn her sister", "called from the hospital to
        check on the children": "call" + a to-infinitive is a demand ("called to ban the
        imports", PolNeAR train) or, with "on" + an addressee, an appeal ("called on the
        council to delay the vote"); a phrase naming the line the call went over or the
        place it came from, before the infinitive, makes it a telephone call whose purpose
        the infinitive gives: nothing is said that the writer reports."""
        infinitive = next((c for c in kids(verb) if c.dep_ in ("xcomp", "advcl") and c.i > verb.i), None)
        if infinitive is None or not any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(infinitive)):
            return False
        for prep in kids(verb):
            if prep.dep_ not in ("prep", "agent") or not verb.i < prep.i < infinitive.i:
                continue
            objs = [c for c in kids(prep) if c.dep_ == "pobj"]
            if prep.lower_ == "from" and objs:
                return True
            if prep.lower_ in ("on", "over", "by", "via") and any(o.lemma_.lower() in lexicon.CALLING_MEDIA for o in objs):
                return True
        return False

    @staticmethod
    def _agent_holding_charge(verb: Token) -> list[Token]:
        """ "was accused by prosecutors of hiding money": the parser hangs the charge on
        the agent's noun. Only a gerund charge counts ("by members of the board" is the
        agent's own phrase)."""
        return [
            pobj
            for agent in kids(verb)
            if agent.dep_ == "agent"
            for pobj in kids(agent)
            if pobj.dep_ == "pobj"
            and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in kids(p))
                for p in pobj.rights
            )
        ]

    @staticmethod
    def _example_say(verb: Token) -> bool:
        """ "A small town, say Tarn, could not afford it": a bare "say" before a
        singular subject does not agree with it, so it is the imperative that offers an
        example; the inverted cue after a clause agrees ("..., say critics", "..., says
        Tarn"). Two names joined by "or" ("Some cities, say Lyon or Turin, have cut
        fares") are still one example; joined by "and" they may be the speakers."""
        if verb.lower_ != "say" or verb.tag_ not in ("VB", "VBP"):
            return False
        for c in kids(verb):
            if c.dep_ not in SUBJECT_DEPS or c.i < verb.i or c.ent_type_ in ("ORG", "NORP"):
                continue  # ("..., say Labour": a body agrees as a plural)
            if any(d.dep_ == "cc" and d.lower_ in ("or", "nor") for d in kids(c)):
                # (the tagger may call a name ending in "s" plural: "say Leeds or Hull")
                if c.tag_ in ("NNP", "NNPS", "CD"):
                    return True
            elif c.tag_ in ("NNP", "CD") and not any(d.dep_ == "conj" for d in kids(c)):
                return True
        return False

    @staticmethod
    def _discerning_tell(verb: Token) -> bool:
        """ "You could tell that the players were tired", "nobody can tell whether it
        works": "can/could tell" with nobody told is to discern, not to say; told to
        someone ("I can tell you that ...") it reports. So is "can tell" with an object,
        a "by" phrase and no clause: "You can tell a ripe melon by its smell", "could
        tell a fake by its weight" recognise a thing; nobody is told."""
        children = list(kids(verb))
        if not any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in children):
            return False
        deps = {c.dep_ for c in children}
        if not deps & {"dative", "dobj", "iobj"}:
            return True
        return (
            "dobj" in deps
            and not deps & {"ccomp", "xcomp", "dative"}
            and any(c.dep_ == "prep" and c.lower_ == "by" for c in children)
        )

    @staticmethod
    def _double_object(verb: Token) -> bool:
        """An indirect object and a direct one: "denied him a hearing", "charged them $5"."""
        objects = [c for c in kids(verb) if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        return len(objects) >= 2

    def _mute_indicator(self, verb: Token) -> bool:
        """`The lopsided spending underscores their outsized role`, `the endorsement may
        signal an opening`: an indicating verb whose subject is a thing that can neither
        speak nor serve as evidence reports no one's view, only that the thing makes
        something evident (`lexicon.INDICATING_VERBS`). A speaker ("Ruiz underscored the
        risk") or a source of evidence ("the poll underscores ...") still reports."""
        if verb.lemma_.lower() not in lexicon.INDICATING_VERBS:
            return False
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = self._heads[verb.i]  # "an upset that exposes weaknesses": the upset exposes
        if subject is None or subject.pos_ != "NOUN" or not subject.is_lower or self.can_speak(subject, evidence=True):
            return False  # (a capitalised "noun" is most often a name the tagger missed)
        return subject.lemma_.lower() not in lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.TEXT_SOURCES

    def _event_sees(self, verb: Token) -> bool:
        """`a wave year that saw the party take over the council`, `the election saw turnout
        fall`: "see" with a time or an event for subject (`lexicon.SEEING_TIMES`) and a
        bare clause after it tells what happened then, not what anyone perceived or thinks
        (`voters saw the party take over`, `polls see Ortiz winning` still report)."""
        if verb.lemma_.lower() not in lexicon.EVENT_SEEING:
            return False
        if not any(
            c.dep_ == "ccomp" and c.tag_ in ("VB", "VBG", "VBN") and not any(m.dep_ == "mark" for m in self._kids[c.i])
            for c in self._kids[verb.i]
        ):
            return False
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = self._heads[verb.i]  # "a year that saw ...": the year saw
        if subject is None:
            return False
        return subject.lemma_.lower() in lexicon.SEEING_TIMES or subject.ent_type_ == "DATE" or (
            subject.lower_ in lexicon.CALENDAR_WORDS
        )



#: Conjunctions that may open a sentence before a fronted "to" phrase ("But to others, ...").
_OPENING_CONJUNCTIONS = hash_table(("But", "And", "Yet"))


def _cue_word_lemma(lemma: str) -> bool:
    """Whether `_cue_word` looks at a word of this lemma (`_possible_cues`)."""
    return lemma.lower() in _CUE_WORD_LEMMAS


#: `_cue_word_lemma`'s answers by lemma hash, kept across articles (`by_form`).
_CUE_WORD_LEMMA_MEMO: dict[int, bool] = {}


@functools.cache
def _cue_lemma_hashes() -> numpy.ndarray:
    """The hash table of `lexicon.CUE_LEMMAS` (`_possible_cues`)."""
    return hash_table(lexicon.CUE_LEMMAS)


@functools.cache
def _trigger_hashes() -> numpy.ndarray:
    """String hashes of every word that can trigger a reported item, in the case forms
    lemmas and words take (spaCy's hashes depend on the string alone)."""
    words = (
        lexicon.CUE_LEMMAS | lexicon.FRAME_LEMMAS | lexicon.NOUN_CUE_LEMMAS
        | lexicon.HEARSAY_ADVERBS | lexicon.JUDGEMENT_PASSIVES
        | lexicon.VIEW_NOUNS | lexicon.SELF_LABELS | lexicon.RECEIVED_STANCES | lexicon.PARTISAN_NOUNS | lexicon.FINDING_VERBS | lexicon.STANCE_ADJECTIVES | {"according", "per", "make", "put", "go", "read", "that", "whether"}
    )
    forms = {f for w in words for f in (w, w.capitalize(), w.upper())}
    return hash_table(forms)


def _points_at_place(verb: Token) -> bool:
    """`pointing out where the old mill stood`, `where the store used to be`: a where-clause
    right after the verb (and its particle) that ends on a verb that only places its
    subject shows a place, with nothing said of it (`where the budget falls short` says
    something). Read from the words, not the tree: the parser often takes the clause's
    subject for the verb's object."""
    doc = verb.doc
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].dep_ == "prt" and head_of(doc[nxt]).i == verb.i:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].lower_ != "where":
        return False
    words = [t for t in doc[nxt + 1 : verb.right_edge.i + 1] if not t.is_punct]
    if len(words) < 2 or words[-1].pos_ not in ("VERB", "AUX"):
        return False
    return words[-1].lemma_.lower() in lexicon.LOCATING_VERBS
