"""Pronouns and gender: who "he", "she", "they" and "it" stand for.

A pronoun goes to the most salient earlier speaker or subject that agrees in gender,
number and kind (the topic of the previous sentence, the person of the paragraph, the
speaker just before a quotation); without one it stays unresolved.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes import lexicon
from quotes.doccolumns import char_span
from quotes.entities import _conjunct_phrase, _conjuncts
from quotes.extract import (
    LINK_LINE,
)
from quotes.nameshapes import (
    LONE_NAME,
    ORG_LABELS,
    TITLE_AT,
    TITLE_BEFORE,
    Entity,
    _name_genders,
    _people_of_a_trade,
    _personal_noun,
    _plain,
    _role_word,
    _singular_form,
    _upper_first,
    clean_name,
    first_name_gender,
    party_section,
    plural_role_before_name,
    whole_word_in,
)

# A courtesy title then an office title right before a name: "Lady Justice ", "Mr. Justice ".
TWO_TITLES_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \t\u00a0]+([A-Za-z]+)\.?[ \t\u00a0]+$")

KIN_BEFORE = re.compile(r"\b([a-z]+),?[ \t\u00a0]+$")

#: A first-person singular word: a quotation holding one is one person's words.
FIRST_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b")


class PronounRules:
    """Pronoun speakers: the salient earlier person or body that agrees in gender, number and kind."""

    def _courtesy_gender(self, position: int) -> str | None:
        """The gender of a courtesy title at or right before a name ("Ms. Chen")."""
        at = TITLE_AT.match(self.text, position, position + 16)
        return (at and lexicon.TITLE_GENDERS.get(at.group(1).lower())) or self._title_gender(position)

    def _kin_gender(self, position: int) -> str | None:
        """The gender of a kin noun right before a name, with or without a comma: "his
        daughter, Chen Meiling", "her son Erik"."""
        m = KIN_BEFORE.search(self.text[max(0, position - 24) : position])
        return lexicon.NOUN_GENDERS.get(m.group(1).lower()) if m else None

    def _title_gender(self, position: int) -> str | None:
        """The gender a courtesy title right before (or at) a name tells: "Mrs. Patel",
        also over an office title between ("Lady Justice Carrow", "Mr Justice Pell")."""
        before = self.text[max(0, position - 24) : position]
        two = TWO_TITLES_BEFORE.search(before)
        if two is not None and two.group(2).lower() in lexicon.TITLE_WORDS:
            gender = lexicon.TITLE_GENDERS.get(two.group(1).lower())
            if gender is not None:
                return gender
        m = TITLE_BEFORE.search(before[-16:]) or TITLE_AT.match(self.text, position, position + 16)
        return lexicon.TITLE_GENDERS.get(m.group(1).lower()) if m else None

    def _compatible(self, entity: Entity, kind: str, gender: str | None) -> bool:
        known = self._lookup(entity.name, kind) or entity
        if gender is None:
            return True
        have = self._gender(known)
        if have is None and known.kind == "person" and " " in known.name:
            # "Rui Costa" (a first name 86% male in the data, short of the 90% that makes
            # a gender): "she" still skips a name leaning that far the other way.
            have = _leaning_gender(known.name)
        return have in (None, gender)

    def _full_names_of(self, surname: str) -> list[Entity]:
        """The people named by more than one word whose surname is ``surname``, from an
        index kept while ``self.people`` is the same list of as many people (as
        `_people_words` keeps its sets; `_drop_epithets` renames in place and drops it):
        a scan of every person at each one-word name asked made "Mr. Ng, Ms. Ng and Dr.
        Ng said" * n cubic."""
        cached = self.__dict__.get("_full_names_by_surname")
        if cached is None or cached[0] is not self.people or cached[1] != len(self.people):
            index: dict[str, list[Entity]] = {}
            for p in self.people:
                if " " in p.name:
                    index.setdefault(p.surname, []).append(p)
            cached = self._full_names_by_surname = (self.people, len(self.people), index)
        return cached[2].get(surname, [])

    def _gender(self, entity: Entity) -> str | None:
        """What is known of a person's gender, also for a one-word name.

        "Trump" alone takes the gender of the article's other Trumps when they agree,
        so "she" never lands on a bare "Christie" after "Chris Christie". A one-word
        name is not given a first-name prior: it is far more often a surname.
        """
        if entity.gender is not None or entity.kind != "person" or " " in entity.name:
            return entity.gender
        same = {p.gender for p in self._full_names_of(entity.name.lower())}
        if same:
            return same.pop() if len(same) == 1 else None
        return None

    def _subject_between(
        self, start: int, end: int, kind: str, gender: str | None
    ) -> Entity | None:
        """The last compatible entity that is a subject between two offsets, outside quotes."""
        pool = self.people if kind == "person" else self.orgs
        found = [
            e
            for e in pool
            if start <= e.position < end
            and self._visible(e.position)
            and self._compatible(e, kind, gender)
            and self._is_subject(e.position)
        ]
        if kind == "person":
            found = sorted(found + self._untagged_subjects(start, end, gender), key=lambda e: e.position)
        found = self._without_possessors_of_others(found)
        if not found:
            return None
        if gender is not None and kind == "person":
            # Gender evidence first: "she" takes a subject known to be a woman over one
            # whose gender nothing in the article or the name data tells.
            known = [e for e in found if self._gender(self._lookup(e.name, kind) or e) == gender]
            if known:
                found = known
        # The main clause's subject outranks subjects of clauses inside it: in "Earnest
        # said that Obama has called for ...", a following "He said" is Earnest.
        main = [e for e in found if self._is_main_subject(e.position)]
        chosen = main[0] if main else found[-1]
        return self._lookup(chosen.name, kind) or chosen

    def _without_possessors_of_others(self, found: list[Entity]) -> list[Entity]:
        """`Bernstein's Kieran Doyle pressed ...`: the possessor ("Bernstein", which the
        model may tag as a person) shares its subject phrase with the person it qualifies,
        who is that phrase's subject; the possessor is not, and goes when the person is
        among ``found``."""
        if len(found) < 2:
            return found
        heads = {e.position: self._phrase_head(e.position) for e in found}
        headed = [e.position for e in found if heads[e.position] is not None]
        owners = {p for p in headed if self._possessor(p)}
        # (the phrases that hold someone who owns nothing: a possessor sharing one goes)
        owned = {heads[p].i for p in headed if p not in owners}
        return [e for e in found if not (e.position in owners and heads[e.position].i in owned)]

    def _possessor(self, position: int) -> bool:
        """Whether the entity starting at ``position`` ends in a possessive ("Bernstein's")."""
        span = char_span(self.doc, position, position + 1)
        if span is None:
            return False
        tok = span.root
        while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
            tok = tok.head
        return tok.dep_ == "poss"

    def _untagged_subjects(self, start: int, end: int, gender: str | None) -> list[Entity]:
        """Subjects the model did not tag as people but that name a known person:
        "But Fiorina, who had moved ..., tossed cold water" once "Carly Fiorina" is known.
        """
        window = self.doc.char_span(start, end, alignment_mode="contract")
        if window is None:
            return []
        tagged = {p.position for p in self.people}
        out = []
        for tok in self._subjects_in(window):
            if tok.pos_ != "PROPN" or not self._visible(tok.idx):
                continue
            first = min((t.i for t in tok.lefts if t.dep_ in ("compound", "flat")), default=tok.i)
            if any(self.doc[first].idx <= p <= tok.idx for p in tagged):
                continue
            if self._full_name(tok.text, tok.idx) is None:
                continue  # only a surname of someone already named
            found = self._person_in(self.doc[first : tok.i + 1])
            if found is not None and self._compatible(found[0], "person", gender):
                out.append(dataclasses.replace(found[0], position=self.doc[first].idx))
        return out

    def _is_main_subject(self, position: int) -> bool:
        """Whether the entity is the subject of its sentence's main verb."""
        return self._is_subject(position) and self._phrase_head(position).head.dep_ == "ROOT"

    def _same_sentence(self, position: int, kind: str, gender: str | None) -> Entity | None:
        """A subject earlier in the pronoun's own sentence binds it first.

        "Biden spelled out the stakes in an address, in which he warned ...": the "he" is
        Biden even when the last quoted speaker was someone else. Objects do not bind:
        in "Campaigning against Romney, he said" the "he" is someone else.
        """
        sent = self._sentence_of(position)
        return self._subject_between(sent.start_char, position, kind, gender)

    def _sentence_before(self, sent: SpacySpan) -> SpacySpan | None:
        """The sentence before ``sent``, past blank ones (a paragraph break is no
        sentence); None at the start of the document."""
        if sent.start == 0:
            return None
        prev = self._sentence_at(sent.start - 1)
        while self._blank(prev) and prev.start > 0:
            prev = self._sentence_at(prev.start - 1)
        return prev

    def _previous_subject(self, position: int, kind: str, gender: str | None) -> Entity | None:
        """The subject of the sentence before: the centre of attention a pronoun continues."""
        prev = self._sentence_before(self._sentence_of(position))
        if prev is None:
            return None
        start = max(prev.start_char, self._boundary_before(position))
        return self._subject_between(start, prev.end_char, kind, gender)

    def _subject_past_nobody(self, position: int) -> Entity | None:
        """ "Torvane Mining closed its mine. No one was hurt. It said": a sentence whose
        only subjects are "no one", "nobody" and the like puts nothing between "it" and
        the body that is the subject of the sentence before it."""
        prev = self._sentence_before(self._sentence_of(position))
        if prev is None or prev.start_char < self._boundary_before(position):
            return None
        subjects = self._subjects_in(prev)
        if not subjects or any(
            t.lower_ not in lexicon.NOBODY_WORDS and not (t.lower_ == "one" and t.i > 0 and t.nbor(-1).lower_ == "no")
            for t in subjects
        ):
            return None
        return self._previous_subject(prev.start_char, "organization", None)

    def _topic(self, position: int, gender: str) -> Entity | None:
        """The person the text is about: the main subject of the nearest sentence before.

        Walking back sentence by sentence, a main-clause subject that names a person of
        the pronoun's gender is the answer. A main subject that is itself a pronoun or a
        description ("He added ...", "The senator said ...") continues the same person,
        so the walk goes on past it; names in objects, possessives and subordinate
        clauses ("called out his rival Donald Trump") never win over it. A sentence with
        no main subject falls back to any subject it has.
        """
        sent = self._sentence_of(position)
        floor = self._boundary_before(position)
        steps = 0
        while steps < 6:
            prev = self._sentence_before(sent)
            if prev is None or prev.end_char <= floor:
                return None
            sent = prev
            if self._blank(sent):
                continue  # only blank sentences were left before
            steps += 1
            reporter = self._reporter_in(sent, floor, gender)
            if reporter is not None:
                return reporter
            mains = [
                t for t in self._subjects_in(sent)
                if t.head.dep_ == "ROOT" and t.head.i == t.head.head.i
                and self._visible(t.idx) and t.idx >= floor
            ]
            if not mains:
                found = self._subject_between(max(sent.start_char, floor), sent.end_char, "person", gender)
                if found is not None:
                    return found
                continue
            # ("Another driver, Kim Soo-min, joined ...": the parser may give the verb
            # two subjects, the description and the name; the name says who.)
            main = next((m for m in mains if self._names_someone(m)), mains[0])
            lo, hi = main.left_edge.idx, main.right_edge.idx
            named = [p for p in self.people if lo <= p.position <= hi and self._visible(p.position)]
            named = self._without_possessors_of_others(named)
            if not named and main.pos_ == "PROPN":
                # A name the model did not tag as a person ("Hillary Clinton" as ORG).
                found = self._person_in(self.doc[main.left_edge.i : main.i + 1])
                # A body the tagger called a person ("Greywater Mining") is no "he".
                named = [found[0]] if found is not None and found[0].kind == "person" else []
            if named:
                person = self._lookup(named[0].name, "person") or named[0]
                if self._writer_in_first_person(person):
                    continue  # the column's writer, its "I": no "he" of its reports
                if self._compatible(person, "person", gender):
                    return person
                if main.lower_ not in lexicon.PRONOUNS:
                    continue
            if main.lower_ in WRITER_SUBJECTS and self._quote_of(main.idx) < 0:
                # "Later I met Carl Benz at the back of the hall. He told me": the writer
                # is no "he"; the one person of the pronoun's gender the writer's own
                # sentence names is who the text has turned to.
                met = self._sole_person_named_in(sent, floor, gender, main.head)
                if met is not None:
                    return met
            if main.lower_ in lexicon.PRONOUNS:
                continue  # the same person again, or someone else's sentence
            lemma = main.lemma_.lower()
            if main.pos_ == "NOUN" and (lemma in lexicon.PERSON_DESCRIPTIONS or lemma in lexicon.TITLE_WORDS):
                continue  # "The Ohio governor said": the person already named
            return None  # the text moved on to something else: no guess from here
        return None

    def _sole_person_named_in(self, sent: SpacySpan, floor: int, gender: str, verb: Token) -> Entity | None:
        """The one person of ``gender`` (or of no known gender) named in ``sent`` as the
        object of its main ``verb`` ("I met Carl Benz", "I spoke to Carl Benz"), outside
        quotation marks; None when none or several are."""
        start = max(sent.start_char, floor)
        named = {
            p.name: p for p in self.people
            if start <= p.position < sent.end_char and self._visible(p.position)
            and self._quote_of(p.position) < 0 and self._compatible(p, "person", gender)
            and _object_of(char_span(self.doc, p.position, p.position + 1), verb)
        }
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        return self._lookup(person.name, "person") or person

    def _names_someone(self, subject: Token) -> bool:
        """Whether a person the article knows is named inside this subject's phrase."""
        lo, hi = subject.left_edge.idx, subject.right_edge.idx
        return any(lo <= p.position <= hi and self._visible(p.position) for p in self.people)

    def _reporter_in(self, sent: SpacySpan, floor: int, gender: str) -> Entity | None:
        """The person of this gender the report that is ``sent``'s main verb was
        already attributed to.

        "Under questioning from the prosecutor, Ann Marlowe, Vickery said ...": the parse
        can make the wrong name the main subject, but the report's own mention was
        resolved first; the one who just spoke is who "she said" goes on with.
        """
        said = []
        keys = self._report_keys  # (a bisection: a scan of every report made long texts quadratic)
        lo = bisect.bisect_left(keys, (max(sent.start_char, floor), -1))
        hi = bisect.bisect_left(keys, (sent.end_char, -1))
        for k in sorted(k for _, k in keys[lo:hi]):  # in the order they were resolved
            e, cue = self._main_reports[k]
            if e.kind != "person" or self._writer_as_i(e.position):
                continue  # (the writer's "I asked him": "he" is the one asked, `_writer_as_i`)
            token = char_span(self.doc, cue, cue + 1)
            if token is not None and token.root.dep_ == "ROOT":
                said.append(e)  # the sentence's own report, not a "who say" aside
        for entity in reversed(said):
            person = self._lookup(entity.name, "person") or entity
            if self._gender(person) == gender:  # known, not merely not excluded
                return person
        return None

    def _described_body(self, position: int) -> Entity | None:
        """ "The city of Phoenix sent a letter. It says ...": the previous sentence's main
        subject is a body ("city", "company", "coalition") named inside its phrase."""
        sent = self._sentence_of(position)
        floor = self._boundary_before(position)
        wanted: str | None = None  # "The city sent a letter": look back for "the city of X"
        for _ in range(4):
            prev = self._sentence_before(sent)
            if prev is None or prev.end_char <= floor:
                return None
            sent = prev
            for tok in self._subjects_in(sent):  # (the others fail the first test)
                if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.pos_ != "NOUN":
                    continue
                lemma = tok.lemma_.lower()
                if lemma not in lexicon.ORG_DESCRIPTIONS and lemma not in lexicon.BODY_NOUNS or not self._visible(tok.idx):
                    continue
                if wanted is not None and lemma != wanted:
                    continue
                lo, hi = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
                named = [
                    e for e in self.ents
                    if e.label_ in ORG_LABELS and lo <= e.start_char and e.end_char <= hi
                ]
                if named:
                    name = self.org_name(clean_name(named[0].text))
                    return Entity(name, "organization", named[0].start_char)
                wanted = lemma
            if wanted is None:
                return None  # the sentence before is about something else
        return None

    def _unnamed_body_before(self, position: int) -> Entity | None:
        """ "The health ministry issued new guidance. It said ...": with no named body in
        view, the main subject of the sentence just before, a body described with "the"
        ("ministry", "company", "club"), is what "it" stands for, described as it was
        when it spoke itself ("the ministry said"), or by its noun alone when a bare
        "the club" resolves to no body."""
        prev = self._sentence_before(self._sentence_of(position))
        if prev is None or prev.start_char < self._boundary_before(position):
            return None
        for tok in self._subjects_in(prev):  # (the others fail the first test)
            if tok.dep_ != "nsubj" or tok.head.dep_ != "ROOT" or tok.pos_ != "NOUN" or tok.tag_ != "NN":
                continue
            if tok.lemma_.lower() not in lexicon.ORG_DESCRIPTIONS or not self._visible(tok.idx):
                continue
            left = tok.left_edge
            if left.lower_ != "the" or any(t.ent_type_ for t in prev.doc[left.i : tok.i + 1]):
                return None
            found = self._resolve_span(prev.doc[left.i : tok.i + 1])
            if found is not None and found[0].kind == "organization":
                return found[0]
            if found is None and left.i == tok.i - 1:
                # "The council said ... '...,' it added": a bare "the council" names no
                # body to point back to, but it is still what "it" stands for; the item
                # gets the description, as "the town council" gets "Town council".
                return Entity(_upper_first(tok.text), "organization", tok.idx)
            return None
        return None

    def _body_kept_by_its(self, position: int) -> Entity | None:
        """ "Greywater Mining was fined. '...,' said Tomas Vrba, its chairman. It said ...":
        a sentence between that names no body but says "its" (outside quotes) keeps the
        body before it in view: the subject body of the sentence before that one."""
        prev = self._sentence_before(self._sentence_of(position))
        if prev is None or prev.start_char < self._boundary_before(position):
            return None
        if not any(t.lower_ == "its" and self._quote_of(t.idx) < 0 for t in prev):
            return None
        if any(prev.start_char <= o.position < prev.end_char for o in self.orgs):
            return None
        # Only a sentence about one of its people ("said Tomas Vrba, its chairman"): "For
        # a government known for its secrecy, the paper is frank. It lays out" is the paper.
        mains = [t for t in self._subjects_in(prev) if t.head.dep_ == "ROOT"]
        if not mains or any(t.pos_ == "NOUN" and not _personal_noun(t.lemma_.lower()) for t in mains):
            return None
        if self._subject_between(prev.start_char, prev.end_char, "person", None) is None:
            return None
        return self._previous_subject(prev.start_char, "organization", None)

    def _recent_speaker(self, position: int, kinds: tuple[str, ...]) -> Entity | None:
        """The speaker of the attribution just before, if it is of one of ``kinds`` and
        lies in this sentence or the one before: "the company wrote in its statement.
        It added ..." continues the company."""
        # This paragraph or the one before: a quoted passage splits into several
        # sentences, so counting sentences would lose "the Times wrote. '...,' it added".
        text = self.text
        para = _blank_line_before(text, position)
        start = _blank_line_before(text, para) if para > 0 else 0
        start = max(start, 0, self._boundary_before(position))
        for entity in reversed(self.speakers):
            if entity.position >= position:
                continue
            if entity.position < start:
                return None
            return entity if entity.kind in kinds else None
        return None

    def _previous_body(self, position: int) -> Entity | None:
        """The last organisation (not a place) named in the previous sentence, any role."""
        sent = self._sentence_of(position)
        if sent.start == 0:
            return None
        prev = self._sentence_at(sent.start - 1)
        start = max(prev.start_char, self._boundary_before(position))
        found = [
            o
            for o in self.orgs
            if start <= o.position < prev.end_char
            and o.label != "GPE"
            and self._visible(o.position)
        ]
        return found[-1] if found else None

    def _quote_of(self, position: int) -> int:
        """Index of the quotation that holds ``position``, or -1."""
        i = bisect.bisect_right(self._quote_starts, position) - 1
        return i if i >= 0 and position < self._quote_spans[i][1] else -1

    def _visible(self, position: int) -> bool:
        """Can a name here be an antecedent of the pronoun being resolved?

        Names inside a quotation are what someone said, not who speaks, except for a
        pronoun inside the same quotation (a quoted passage about "Melanie" goes on
        with "she said").
        """
        if any(s <= position < e for s, e in self._bylines):
            return False  # the writer of the story is nobody's antecedent
        if self._may_hold_credit and self._in_credit(position):
            return False  # nor is the photographer ("Photograph: Tom Hale for ...")
        where = self._quote_of(position)
        return where < 0 or where == self._quote_of(self._current)

    def _pronoun(self, lower: str, position: int) -> tuple[Entity, str | None] | None:
        self._current = position
        if lower in lexicon.MALE_PRONOUNS or lower in lexicon.FEMALE_PRONOUNS:
            gender = "m" if lower in lexicon.MALE_PRONOUNS else "f"
            if self._unnamed_just_before(position, gender):
                return None
            spokesperson = self._gendered_spokesperson_just_before(position, gender)
            if spokesperson is not None:
                return spokesperson, None
            candidate = (
                self._same_sentence(position, "person", gender)
                or self._topic(position, gender)
                or self._salient(position, "person", gender)
            )
            if candidate is None:
                candidate = (
                    self._lone_antecedent(position, gender)
                    or self._cataphor(position, gender)
                    or self._spokesperson_before(position, gender)
                )
            described = self._described_kin_speaker(position, gender)
            if described is not None and (
                candidate is None or candidate.position < _blank_line_before(self.text, described.position)
            ):
                return described, None
            if candidate is not None and candidate.kind == "person":
                candidate = self._paragraph_person_over(position, gender, candidate) or candidate
            if candidate is not None:
                candidate.gender = candidate.gender or gender
                return candidate, None
            return None
        if lower in ("it", "its"):
            # "It" is too often a thing (an ad, an article, a city) to guess far back:
            # only an organisation that is a subject nearby.
            org = (
                self._same_sentence(position, "organization", None)
                or self._previous_subject(position, "organization", None)
                or self._subject_past_nobody(position)
                or self._previous_body(position)
                or self._recent_speaker(position, ("organization",))
                or self._described_body(position)
                or self._body_kept_by_its(position)
                or self._unnamed_body_before(position)
            )
            if org is not None and self._person_tagged_body(org):
                return None  # "Ostmark Dairy dismissed Tomas Vrba [tagged FAC]. It said": no person
            return (org, None) if org is not None else None
        if lower in ("i", "me", "my", "we", "us", "our"):
            labelled = self._line_label(position)
            if labelled is not None:
                return labelled, None
        if lower in ("i", "me", "my", "we", "us", "our") and self._answer_label(position):
            # "A: I think the plan will work": the "I" of an interview's answer is the one
            # interviewed, and so is the "we" (the one who answers speaks for it).
            found = self._interviewee(position)
            return (found, None) if found is not None else None
        if lower in ("we", "us", "our") and self.author is not None and self._quote_of(position) < 0:
            # The columnist's "we", outside any quotation: the writer, not a group or body
            # just reported ("Officials said ... We believe").
            return self._author_entity(position), None
        if lower in ("they", "them", "their", "we", "us", "our"):
            # A plural pronoun is an organisation only when one is the subject nearby;
            # "they" after "Grassley and Leahy say" is two people, not Congress.
            org = self._same_sentence(position, "organization", None) or self._previous_subject(
                position, "organization", None
            )
            if org is not None and org.label == "GPE":
                org = None  # "they argue" is not a country: US style says "it"
            if org is not None and self._person_tagged_body(org):
                # "Tomas Vrba and Ines Calloway [tagged ORG] ... They said": a name with a
                # clear first name the article also knows as a person's is that person.
                org = dataclasses.replace(org, kind="person")
            group = self._plural_subject(position)
            if group is not None and lower == "they" and self._quote_of(position) < 0:
                pair = self._members_of(group, position)
                if pair is not None:
                    return pair, None  # (the others join it: `_joint`)
            if group is not None and lower == "they":
                person = self._they_person_reporting(group, position)
                if person is not None:
                    return person, None
            if group is not None and (org is None or group.position >= org.position):
                return self._speaking_as(group), None  # "Senate Democrats" rather than its "Senate"
            if org is not None:
                return org, None
            if lower == "they" and self._quote_of(position) < 0:
                pair = self._named_people_joined(position)
                if pair is not None:
                    return pair, None  # (the others join it: `_joint`)
            recent = self._recent_speaker(position, ("organization", "unnamed"))
            if recent is not None and (recent.kind == "organization" or recent.name.endswith("s")):
                return recent, None  # "Aides said ... and they rejected ..."
            if lower == "they":
                return self._singular_they(position)
            return None
        if lower in ("i", "me", "my") and self.author is not None and self._quote_of(position) < 0:
            if self._answer_line(position):
                return None  # "A: I came home ..." is the one interviewed, not the byline
            return self._author_entity(position), None  # a first-person column
        return None  # "you", or "I" with no byline: an unnamed person

    def _unnamed_just_before(self, position: int, gender: str) -> bool:
        """ "a senior engineer told me I was naive. '...,' he said": the speaker just
        before, in this paragraph or the one before, was brought in by "a" and a role
        noun that fits the pronoun (outside anyone's report: "told Kelly a judge refused"
        brings in no speaker), and resolved to no one; the "he" right after the
        quotation goes on with that unnamed speaker, not with a person named earlier,
        so it names no one either."""
        before = [e for e in self._indefinite if e.position < position]
        if not before or not self.text[position].islower():
            return False  # ("She asked ..." opens a sentence of its own: anyone's)
        last = before[-1]
        if any(last.position < m < position for m in self._mentions):
            return False  # someone else spoke in between
        para = _blank_line_before(self.text, position)
        if last.position < max(_blank_line_before(self.text, para) if para > 0 else 0, self._boundary_before(position)):
            return False
        noun = last.name
        fits = lexicon.NOUN_GENDERS.get(noun) == gender or self._one_of_either_sex(noun, gender)
        return fits and self._cue_after_quote(last, position)

    def _spokesperson_before(self, position: int, gender: str) -> Entity | None:
        """ "A Harcastle spokesman said: '...' He added that ...": with no person the
        pronoun could be, the unnamed spokesperson who spoke just before goes on
        speaking, in the body's name as before."""
        recent = self._recent_speaker(position, ("organization",))
        if recent is None or recent.position not in self._spokespeople:
            return None
        said = self._spokespeople[recent.position]
        return recent if said in (None, gender) else None

    def _paragraph_person_over(self, position: int, gender: str, candidate: Entity) -> Entity | None:
        """The person of this paragraph a pronoun outside quotation marks stands for
        rather than ``candidate``, the one the usual search found, whom the paragraph
        (starting at a blank line) never names: `_lone_person_of_paragraph`, else
        `_person_in_report_just_before`."""
        para = _blank_line_before(self.text, position)
        if para < 0 or self._quote_of(position) >= 0 or _named_in(candidate.name, self.text[para:position]):
            return None
        return self._lone_person_of_paragraph(position, gender, para) or self._person_in_report_just_before(
            position, gender, para
        )

    def _lone_person_of_paragraph(self, position: int, gender: str, para: int) -> Entity | None:
        """ "For the student with the cello, Tomasz Zielinski, the crossing is ... '...,'
        he says": a paragraph (from ``para``) that names one person of the pronoun's sex
        (outside quotation marks, before the pronoun) and never the one the usual search
        found, a speaker of an earlier paragraph, is about that person: the pronoun is
        theirs (`_paragraph_person_over`)."""
        k = bisect.bisect_right(self._quote_starts, position) - 1
        if k < 0 or self.text[self._quote_spans[k][1] : position].strip(" ,") or self._quote_spans[k][0] < para:
            return None  # only `'...,' he says` right after a quotation that opens in this paragraph
        opening = self._quote_spans[k][0]
        before = self._sentence_of(max(para, opening - 2))
        if before.start_char <= para or before.end_char > opening:
            return None  # with a sentence of the writer's before the quotation
        named = {
            p.name: p for p in self.people
            if para < p.position < opening and self._quote_of(p.position) < 0
            and not self._in_report(p.position)
        }
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        known = self._lookup(person.name, "person") or person
        return known if self._known_gender(known) == gender else None

    def _person_in_report_just_before(self, position: int, gender: str, para: int) -> Entity | None:
        """ "Ms Marsh told the jury that Tilney had given shifting accounts. In his first
        interview he said ...": the sentence before, in this paragraph, is one report by
        a speaker of the other sex whose content names one person of the pronoun's sex;
        the pronoun is that person, not an earlier paragraph's man the paragraph (from
        ``para``) never names (`_paragraph_person_over`)."""
        sent = self._sentence_of(position)
        if sent.start == 0:
            return None
        prev = self._sentence_at(sent.start - 1)
        if prev.start_char <= para:
            return None
        spans = [(s, e) for s, e in self._reported if prev.start_char <= s < prev.end_char]
        reporters = [e for e, cue in self._main_reports if prev.start_char <= cue < prev.end_char]
        if len(spans) != 1 or len(reporters) != 1 or reporters[0].kind != "person":
            return None
        if self._known_gender(reporters[0]) not in ("m", "f") or self._known_gender(reporters[0]) == gender:
            return None
        start, end = spans[0]
        named = {p.name: p for p in self.people if start <= p.position < end}
        if len(named) != 1:
            return None
        person = next(iter(named.values()))
        word = char_span(self.doc, person.position, person.position + 1)
        head = word[0] if word is not None and len(word) else None
        while head is not None and head.dep_ in ("compound", "flat") and head.head.i != head.i:
            head = head.head
        if head is None or head.dep_ not in ("nsubj", "nsubjpass"):
            return None  # the one the report is about is its subject, not a name in a phrase
        known = self._lookup(person.name, "person") or person
        return known if self._known_gender(known) in (gender, None) else None

    def _known_gender(self, entity: Entity) -> str | None:
        """What is known of a person's gender (`_gender`), else what their first name says."""
        return self._gender(entity) or first_name_gender(entity.name)

    def _gendered_spokesperson_just_before(self, position: int, gender: str) -> Entity | None:
        """ "A Department for Education spokeswoman reiterated that ... She added that ...":
        a "spokeswoman" (or "spokesman") who spoke just before, with no person named
        since outside quotation marks, goes on speaking in the body's name, though a
        woman named paragraphs earlier is the more salient person. A "spokesperson" (no
        sex given) leaves the pronoun to the usual search."""
        recent = self._recent_speaker(position, ("organization",))
        if recent is None or self._spokespeople.get(recent.position) != gender or self._quote_of(position) >= 0:
            return None
        if any(recent.position < p.position < position and self._quote_of(p.position) < 0 for p in self.people):
            return None
        return recent

    def _described_kin_speaker(self, position: int, gender: str) -> Entity | None:
        """ "The victim's sister said he had been cycling home. '...,' she said": an
        unnamed speaker described by a kin noun of the pronoun's gender, who spoke just
        before, is who "she" is, though a named woman spoke earlier: the names an
        antecedent search goes through hold no one that "the sister" names."""
        recent = self._recent_speaker(position, ("unnamed",))
        if recent is None or not recent.name:
            return None
        noun = recent.name.split()[-1].lower()
        if lexicon.NOUN_GENDERS.get(noun) != gender and not (
            self._one_of_either_sex(noun, gender) and self._cue_after_quote(recent, position)
        ):
            return None
        pronouns = lexicon.FEMALE_PRONOUNS if gender == "f" else lexicon.MALE_PRONOUNS
        own = self._description_end(recent.position)
        for m in re.finditer(r"[^\W\d_]+", self.text[own:position]):
            # ("tried to arrest her sister ... She fears": a "she" of the narration in
            # between is someone else's; one in what the described speaker reported,
            # "the daughter said her father ...", is the speaker herself)
            at = own + m.start()
            if m.group().lower() in pronouns and self._quote_of(at) < 0 and not self._in_report(at):
                return None
        return recent

    def _description_end(self, position: int) -> int:
        """Where the noun phrase of the description at ``position`` ends, with the
        clauses on it: "Another analyst, who asked not to be named because her bank
        forbids it," is one phrase, and its "her" is the analyst herself, no woman of
        the narration in between."""
        span = char_span(self.doc, position, position + 1)
        if span is None or not len(span):
            return position
        tok = span[0]
        while tok.dep_ in ("det", "amod", "compound", "nummod") and tok.head.i > tok.i:
            tok = tok.head
        if tok.pos_ not in ("NOUN", "PROPN"):
            return position
        last = tok.right_edge
        return last.idx + len(last.text)

    @staticmethod
    def _one_of_either_sex(noun: str, gender: str) -> bool:
        """ "A former care worker said ... '...,' she said": one person described by a
        role word that says nothing of sex ("worker", "resident"; not "spokesman" for a
        "she", nor a plural "residents") can be the "he" or "she" who speaks next."""
        if noun.endswith("woman" if gender == "m" else "man") or noun in lexicon.NOUN_GENDERS:
            return False
        return _singular_form(noun) == noun and _role_word(noun)

    def _cue_after_quote(self, recent: Entity, position: int) -> bool:
        """`"...," she said` right after a quotation, with no person named outside the
        marks since ``recent`` spoke: the pronoun goes on with the one just described
        rather than reaching back past them ("A campaign aide clarified that Clinton
        misspoke ... her claim" is Clinton's)."""
        k = bisect.bisect_right(self._quote_starts, position) - 1
        if k < 0 or self._quote_spans[k][0] <= recent.position or self.text[self._quote_spans[k][1] : position].strip(" ,"):
            return False
        return not any(
            recent.position < p.position < position and self._quote_of(p.position) < 0 for p in self.people
        )

    def _in_report(self, position: int) -> bool:
        """Whether ``position`` lies in the content of an item already resolved."""
        return any(start <= position < end for start, end in self._reported)

    def _they_person_reporting(self, group: Entity, position: int) -> Entity | None:
        """ "Alex Morrow, who uses they/them ... Morrow said rents had risen. They said":
        a plural subject inside what a person who goes by "they" just said is part of
        their report, not a speaker; "they" is that person, as it is with no group."""
        if not self._they_people or self._quote_of(position) >= 0:
            return None
        person = self._salient(position, "person", None)
        if person is None or person.name not in self._they_people:
            return None
        span = char_span(self.doc, group.position, group.position + 1)
        if span is None:
            return None
        words = set(person.name.split())
        tok = span[0]
        while tok.head.i != tok.i:
            if tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lexicon.SPEECH_VERBS:
                subjects = [c for c in tok.head.children if c.dep_ == "nsubj"]
                if any(c.text in words for c in subjects):
                    return self._lookup(person.name, "person") or person
                return None
            tok = tok.head
        return None

    @functools.cached_property
    def _subjects_joining(self) -> set[int]:
        """The coordinated subjects `_named_people_joined` is reading now (by token)."""
        return set()

    def _named_people_joined(self, position: int, pair: bool = False) -> Entity | None:
        """ "Ana Ferreira and Luis Moreno founded the food bank. They said ...": with no
        group or body to be "they", named people joined by "and" as the subject just
        before (`_coordinated_subject`) are; the first is the speaker, the others
        speak with them. Only when every one of them is a named person."""
        subject = self._coordinated_subject(position, pair)
        if subject is None or pair and self._quote_of(subject.idx) >= 0:
            return None  # (a pair inside a quotation is not the one the narrative means)
        if subject.i in self._subjects_joining:
            # (a "they" among the joined words, "Roe, they and Ng said", asks for this
            # very subject again while it is being read: it recursed without end)
            return None
        self._subjects_joining.add(subject.i)
        try:
            named = self._first_conjunct(subject)
            if named is None or named[0].kind != "person" or named[0].label == LONE_NAME:
                return None
            others = _conjuncts(subject)
            joint = self._joint_speakers(subject, named[0])
        finally:
            self._subjects_joining.discard(subject.i)
        if not joint or len(joint) != len(others) or any(j.kind != "person" for j in joint):
            return None
        return named[0]

    def _members_of(self, group: Entity, position: int) -> Entity | None:
        """ "Dairy farmers Ruth Penhale and Owen Tregear lost half their herds. They
        said": the group a "they" goes back to is the named people its role stands
        beside (`_named_members`), so "they" is those people, as for the pair alone
        ("Dairy farmers in the valley": no names, the group stays)."""
        subject = self._coordinated_subject(position)
        if subject is None or subject.dep_ != "appos" or not group.position <= subject.head.idx < subject.idx:
            return None
        return self._named_people_joined(position)

    def _first_conjunct(self, subject: Token) -> tuple[Entity, str | None] | None:
        """Who the first of the words joined by "and" at ``subject`` is. "Marta and Jonas
        Lind": the first name the index made "Marta Lind" of (`_couples`) is her,
        whatever the model tagged the lone word (a place, "Marta" GPE)."""
        words = _conjunct_phrase(subject)
        if len(words) == 2 and plural_role_before_name(words[0]):
            words = words[1:]  # "Shopkeepers Ana and Tom Kelo": the role is both's
        if not words:
            return None
        if len(words) == 1:
            for p in self.people:
                if p.position == words[0].idx and p.name.startswith(f"{words[0].text} "):
                    return self._lookup(p.name, "person") or p, None
        return self._resolve_span(self.doc[words[0].i : words[-1].i + 1])

    def _singular_they(self, position: int) -> tuple[Entity, str | None] | None:
        """ "Robin Castell runs the shelter. '...I...,' they said": "they" after a
        quotation in which one person speaks ("I", "me", "my") is one person -- with
        no group or body to be "they", the person who spoke just before, when the name
        data gives their first name no gender and the article never calls them "he"
        or "she"."""
        if self._they_people and self._quote_of(position) < 0:
            # A person the text said goes by "they" ("a nonbinary artist", "who uses
            # they/them") is the "they" that follows, with no group or body nearer.
            person = self._salient(position, "person", None)
            if person is not None and person.name in self._they_people:
                return person, None
        recent = self._recent_speaker(position, ("person",))
        if recent is None or self._quote_of(position) >= 0:
            return None
        k = bisect.bisect_right(self._quote_starts, position) - 1
        if k < 0:
            return None
        start, end = self._quote_spans[k]
        if self.text[end:position].strip(" ,") or not FIRST_SINGULAR.search(self.text, start, end):
            return None  # only the cue right after a quotation in which one person says "I"
        known = self._lookup(recent.name, "person") or recent
        if " " not in known.name or self._gender(known) is not None or first_name_gender(known.name) is not None:
            return None
        return known, None

    def _person_tagged_body(self, org: Entity) -> bool:
        """Whether a "body" is a person's name the model tagged ORG or FAC ("Tomas
        Vrba"): a clear first name that is no English word ("Wells Fargo"), and the
        article knows the name as a person's."""
        return (
            first_name_gender(org.name) is not None
            and not self._english(org.name.split()[0])
            and self._lookup(org.name, "person") is not None
        )

    def _cataphor(self, position: int, gender: str) -> Entity | None:
        """ "“It is a scandal,” she said. Ines Calloway, the opposition leader, had
        waited ten years": a "he" or "she" that opens a story, before anyone is named,
        is the person the next sentence names first as its subject."""
        floor = self._boundary_before(position)
        if any(floor <= p.position < position for p in self.people):
            return None
        if any(floor <= o.position < position for o in self.orgs):
            return None
        sent = self._sentence_of(position)
        following = self._sentence_at(sent.end) if sent.end < len(self.doc) else None
        if following is None or self._quote_of(following.start_char) >= 0:
            return None
        named = [p for p in self.people if following.start_char <= p.position < following.end_char]
        if not named or not self._is_subject(named[0].position):
            return None
        if "\n" in self.text[position : named[0].position]:
            # `He called the offer "final."¶¶But union rep Ada Roe said ...`: a new
            # paragraph may bring in anyone (often the other side); only the sentence
            # right after, in the pronoun's own paragraph, goes on to name its person.
            # (The parser may hang the break on the pronoun's sentence, so the check is
            # on the text, not on sentence bounds.)
            return None
        first = self._lookup(named[0].name, "person") or named[0]
        return first if self._gender(first) in (None, gender) else None

    def _lone_antecedent(self, position: int, gender: str) -> Entity | None:
        """ "Olatunji spoke in Ibadan. According to him, ...": when no person the article
        names fits a "he" or "she", the subject of the clause just before (the pronoun's
        own sentence, then back past sentences that go on with a pronoun) that is one
        capitalised word outside the model's English vocabulary is that person, whatever
        its tag (the small model calls unfamiliar surnames nouns, places or bodies).
        Any other subject there means the text moved on: no guess."""
        floor = self._boundary_before(position)
        sent: SpacySpan | None = self._sentence_of(position)
        own = True
        for _ in range(4):
            if sent is None or sent.end_char <= floor:
                return None
            if not own and LINK_LINE.match(sent.text.strip()):
                # "Related: ...", "READ | ...": a link line between the name and the
                # pronoun is no sentence of the story; look past it.
                sent = self._sentence_before(sent)
                continue
            if not own and self._quoted_paragraph(sent):
                # A paragraph that is all one quotation (the named person's words) is no
                # sentence of the writer's: look past it, whatever its length.
                sent = self._sentence_before(self._sentence_of(self.text.rfind("\n", 0, sent.start_char) + 1))
                continue
            if sent.text.strip():
                mains = [
                    t for t in self._subjects_in(sent)
                    if t.head.dep_ == "ROOT"
                    and t.idx >= floor and (not own or t.idx < position) and self._visible(t.idx)
                ]
                if not mains and own:
                    mains = [t for t in self._subjects_in(sent) if floor <= t.idx < position]
                if mains:
                    main = mains[0]
                    tagged = self._person_shaped_body_at(main)
                    if tagged is not None:
                        # "Cordelia Fairbanks [tagged ORG, "Fairbanks" read as a verb]
                        # chairs the inquiry. ... she said": the whole name, not "Cordelia".
                        self._pronoun_people.add(tagged)
                        return self._lookup(tagged, "person") or Entity(tagged, "person", main.idx, gender=gender)
                    given = self._given_before_unknown(main)
                    if given is not None:
                        # "Amara Nwosu spoke ... She said", the name tagged a body and
                        # "Amara" no clear woman's name: the pronoun makes her a person.
                        name = f"{given.text} {main.text}"
                        self._pronoun_people.add(name)
                        return self._lookup(name, "person") or Entity(name, "person", given.idx, gender=gender)
                    if self._unknown_name(main):
                        full = self._full_name(main.text, main.idx)
                        known = self._lookup(full, "person") if full else None
                        if known is not None:
                            return known  # "Marty Walz ... Walz approaches it ... She said"
                        self._pronoun_people.add(main.text)
                        return Entity(main.text, "person", main.idx, gender=gender)
                    if self._lone_first_name(main, gender):
                        # "Lena, a nurse from Kharkiv, arrived ... she said": a woman the
                        # story names by her first name alone
                        return self._lookup(main.text, "person") or Entity(main.text, "person", main.idx, gender=gender)
                    if main.lower_ not in lexicon.PRONOUNS and not own:
                        # someone or something else: the text moved on -- unless that is a
                        # thing and a clause before it is about the one person it names
                        return self._first_name_in_a_clause(sent, main, gender)
                elif not own:
                    return None
            sent = self._sentence_before(sent)
            own = False
        return None

    def _first_name_in_a_clause(self, sent: SpacySpan, main: Token, gender: str) -> Entity | None:
        """ "When Amara opened her bakery, the street was empty. ... she said": the main
        subject is a thing ("the street": a lowercase common noun no person's role), and
        the one subject of the sentence's adverbial clauses that is a lone first name of
        the pronoun's gender (`_lone_first_name`), or an unknown word whose clause says
        "her" ("his"), is the person the sentence is about."""
        if not (main.pos_ == "NOUN" and main.is_lower and not _role_word(main.lemma_.lower())):
            return None
        if main.lemma_.lower() in lexicon.PERSON_DESCRIPTIONS:
            return None
        found = [
            t for t in self._subjects_in(sent)
            if t.i != main.i and t.head.dep_ == "advcl"
            and (
                self._lone_first_name(t, gender)
                # a word the model does not know ("Amara"), no first name of the other
                # gender, whose own clause says "her"/"his" of the pronoun's gender
                or self._unknown_name(t) and not self._first_name_of_the_other_gender(t.text, gender)
                and any(
                    c.dep_ == "poss" and c.lower_ == ("her" if gender == "f" else "his")
                    for c in t.head.subtree
                )
            )
        ]
        if len(found) != 1:
            return None
        name = found[0]
        return self._lookup(name.text, "person") or Entity(name.text, "person", name.idx, gender=gender)

    def _person_shaped_body_at(self, tok: Token) -> str | None:
        """The name of a two- or three-word entity the model tagged a body that holds
        ``tok`` and reads as a person's (`_person_shaped`), if any."""
        for ent in self._ents_in(self.doc[max(0, tok.i - 3) : tok.i + 4]):
            if ent.start <= tok.i < ent.end and ent.label_ in ORG_LABELS:
                name = clean_name(ent.text)
                return name if self._person_shaped(name) else None
        return None

    def _quoted_paragraph(self, sent: SpacySpan) -> bool:
        """Whether ``sent`` lies in a paragraph that is one quotation from start to end."""
        start = self.text.rfind("\n", 0, sent.start_char) + 1
        end = self.text.find("\n", sent.start_char)
        end = len(self.text) if end < 0 else end
        para = self.text[start:end].strip()
        if not para:
            return False
        first = start + (len(self.text[start:end]) - len(self.text[start:end].lstrip()))
        q = self._quote_of(first + 1)
        return q >= 0 and self._quote_spans[q][1] >= first + len(para) - 2

    def _plural_subject(self, position: int) -> Entity | None:
        """ "Sanders supporters are crying fraud. They have promised ...": a plural group
        subject earlier in the sentence, else in the sentence before, is "they".

        Only groups that can speak: a nationality or party ("Republicans"), or a plural
        head of the unnamed-source lexicon ("aides", "critics", "the groups"). Two
        people joined by "and" are not one speaker and stay unresolved.
        """
        sent = self._sentence_of(position)
        spans = [(sent.start_char, position)]
        prev = self._sentence_before(sent)
        if prev is not None:
            spans.append((max(prev.start_char, self._boundary_before(position)), prev.end_char))
        for start, end in spans:
            if end <= start:  # the boundary lies past the previous sentence
                continue
            window = char_span(self.doc, start, end)
            if window is None:
                continue
            found = None
            for tok in self._subjects_in(window):
                if tok.idx >= end or tok.tag_ not in ("NNS", "NNPS"):
                    continue
                if not self._visible(tok.idx) or any(c.dep_ == "conj" for c in tok.children):
                    continue
                tok = _counted_group(tok)
                lemma = tok.lemma_.lower()
                norp = tok.ent_type_ == "NORP"
                if not norp and not (
                    lemma in lexicon.UNNAMED_HEADS
                    or tok.lower_ in lexicon.UNNAMED_HEADS
                    or lemma in lexicon.PERSON_DESCRIPTIONS
                    or lemma in lexicon.ORG_DESCRIPTIONS
                    or lemma in lexicon.GROUP_HEADS
                    or lemma in lexicon.PEOPLE_GROUPS
                    or _people_of_a_trade(tok)
                ):
                    continue
                mods = [c for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
                first = min((t.i for m in mods for t in m.subtree), default=tok.i)
                words = self.doc[first : tok.i + 1].text
                name = clean_name(_upper_first(words))
                # (a party's section, "Senate Democrats", is the body the words of
                # "Senate Democrats said" went to: `party_section`)
                kind = "organization" if norp and (not mods or party_section(tok)) else "unnamed"
                found = Entity(name, kind, self.doc[first].idx)
            if found is not None:
                return found
        return None

    def _speaking_as(self, group: Entity) -> Entity:
        """ "Several unions said ... They said": when the group's own words were
        attributed already, "they" is the speaker those words went to ("Unions"), not a
        second label spelt from the group's modifiers ("Several unions"), which would
        file one group's words under two speakers."""
        spoken = self._spoken_at.get(group.position)
        if spoken is None or spoken.kind != "unnamed" or group.kind != "unnamed":
            # (a party's "Senate Democrats" stays the group it names: its own words went
            # to the party, "Democrats", a body, and "they" keeps the fuller group)
            return group
        # (the group's own standing as an antecedent is kept: only its name changes)
        return dataclasses.replace(group, name=spoken.name)

    def _boundary_before(self, position: int) -> int:
        """Start of the current item in a live-updates article ("11:15 a.m.", "___")."""
        i = bisect.bisect_right(self._boundaries, position) - 1
        return self._boundaries[i] if i >= 0 else 0

    def _salient(
        self, position: int, kind: str, gender: str | None, *, places: bool = True
    ) -> Entity | None:
        """The most recent earlier speaker of this kind, else the most recent entity.

        Never across an item break of a live-updates article: a new time-stamped item
        starts a new story.
        """
        floor = self._boundary_before(position)
        for entity in reversed(self.speakers):
            if entity.kind == kind and floor <= entity.position < position:
                if gender is not None and self._writer_as_i(entity.position):
                    continue  # "I asked Dr Fairbrother ... He laughed and said": not the writer
                known = self._lookup(entity.name, kind)
                if not places and (known or entity).label == "GPE":
                    continue
                g = self._gender(known or entity)
                if gender is None or g in (None, gender):
                    return known or entity
        pool = self.people if kind == "person" else self.orgs
        earlier = [
            e for e in sorted(pool, key=lambda e: -e.position)
            if floor <= e.position < position
            and self._visible(e.position)
            and self._compatible(e, kind, gender)
            and (places or e.label != "GPE")
            and not (gender is not None and self._writer_in_first_person(e))
        ]
        if kind == "person" and gender is not None:
            earlier = [e for e in earlier if not self._setting_of_pronoun(e, position)] or earlier
        # Subjects are more salient than entities in other roles ("NATO countries").
        for entity in earlier[:4]:
            token = char_span(self.doc, entity.position, entity.position + 1)
            if token is not None and token.root.head.dep_ in ("nsubj", "nsubjpass", "ROOT") and (
                token.root.dep_ in ("nsubj", "nsubjpass") or token.root.head.dep_ in ("nsubj", "nsubjpass")
            ):
                return entity
        return earlier[0] if earlier else None

    def _writer_as_i(self, position: int) -> bool:
        """Whether the speaker mention at ``position`` is the writer's own "I" or "we"
        outside quotation marks: a columnist's reports are the writer's, and the "he" or
        "she" of the sentences after them is someone the writer speaks about, never the
        writer, who calls themself "I"."""
        return _FIRST_PERSON.match(self.text, position) is not None and self._quote_of(position) < 0

    def _writer_in_first_person(self, entity: Entity) -> bool:
        """Whether ``entity`` is the byline's writer of an article that speaks as "I"
        outside quotation marks: named in a line about the writer ("Colin Mabry was a
        headteacher"), the writer is still no "he" of the column's reports, which are
        about the people the writer met."""
        if self.author is None or entity.name != self.author or self._writer_speaks is None:
            return False
        return self._writer_speaks

    @functools.cached_property
    def _writer_speaks(self) -> bool | None:
        """Whether the article's text says "I" outside quotation marks (the writer's
        voice), None without a byline."""
        if self.author is None:
            return None
        return any(self._quote_of(m.start()) < 0 for m in re.finditer(r"(?<![\w'’])I(?![\w'’])", self.text))

    def _setting_of_pronoun(self, entity: Entity, position: int) -> bool:
        """`On Twitter, she responded`: a name in a phrase of place or medium that the
        pronoun's own verb governs (the model tags many a platform a person) is where
        she spoke, not who she is."""
        pron = char_span(self.doc, position, position + 1)
        tok = char_span(self.doc, entity.position, entity.position + 1)
        if pron is None or tok is None:
            return False
        verb, obj = pron.root.head, tok.root
        return (
            pron.root.dep_ == "nsubj"
            and obj.dep_ == "pobj"
            and obj.head.dep_ == "prep"
            and obj.head.head.i == verb.i
            and obj.i < pron.root.i
        )



#: Numbers that head a counted group: "Hundreds of students", "dozens of nurses".
COUNT_NOUNS = frozenset({"hundred", "thousand", "dozen", "million", "score", "ten"})


def _object_of(span: SpacySpan | None, verb: Token) -> bool:
    """Whether the name opening at ``span`` heads (through its own compound and flat
    words) the object of ``verb``, or the object of its "to"/"with"."""
    if span is None:
        return False
    tok = span.root
    while tok.dep_ in ("compound", "flat") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ in ("dobj", "dative"):
        return tok.head.i == verb.i
    return tok.dep_ == "pobj" and tok.head.lower_ in ("to", "with") and tok.head.head.i == verb.i


#: A main subject that is the writer of the article ("Later I met ..."), never "he"/"she".
WRITER_SUBJECTS = frozenset({"i", "we"})


#: A first-person pronoun as a speaker mention (`_writer_as_i`).
_FIRST_PERSON = re.compile(r"(?:I|[Ww]e|[Mm]e|[Mm]y|[Uu]s|[Oo]ur)\b")


def _counted_group(tok: Token) -> Token:
    """ "Hundreds of students marched ... they chanted": the group a plural count
    noun counts (its "of" object, through "tens of thousands of"), else the word itself."""
    while tok.lemma_.lower() in COUNT_NOUNS and tok.tag_ == "NNS":
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj" and c.tag_ in ("NNS", "NNPS")), None) if of else None
        if group is None:
            break
        tok = group
    return tok


def _named_in(name: str, text: str) -> bool:
    """Whether ``text`` writes a capitalised word of ``name`` (a paragraph that names
    the person the usual search found, by any part of their name)."""
    return any(whole_word_in(w, text) >= 0 for w in name.split() if w[:1].isupper())


def _blank_line_before(text: str, position: int) -> int:
    """Where the last blank line before ``position`` starts (-1 if none), whatever the
    line ends: "\n\n", or "\r\n\r\n" in a Windows file (found as its "\n\r\n")."""
    return max(text.rfind("\n\n", 0, position), text.rfind("\n\r\n", 0, position))

#: A first name's share of one gender past which "he" or "she" skips it, though it is
#: short of `first_name_gender`'s 90%.
LEANING_SHARE = 0.8


def _leaning_gender(name: str) -> str | None:
    """ "m" or "f" when a person's first name leans clearly one way in the reference data."""
    words = [w for w in name.split() if len(w.strip(".")) > 1]
    if len(words) < 2 or words[0].lower().strip(".") in lexicon.TITLE_WORDS:
        return None
    pgf = _name_genders().get(_plain(words[0]))
    if pgf is None:
        return None
    if pgf >= LEANING_SHARE:
        return "f"
    if pgf <= 1 - LEANING_SHARE:
        return "m"
    return None
