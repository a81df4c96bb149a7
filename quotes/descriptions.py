"""Titles, roles and descriptions of people: "the senator", "his lawyer", "the 45-year-old".

A description points back to the person the text gave that role, title, kin relation or
age, when exactly one fits nearby; the roles each person was given are collected here too.
"""

from __future__ import annotations

import dataclasses
import functools
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes import lexicon
from quotes.doccolumns import kids
from quotes.marks import is_quote_char, paragraphs
from quotes.nameshapes import (
    FORMER_WORDS,
    LONE_NAME,
    PERSON_LABELS,
    SECOND_RANKS,
    TITLE_AT,
    TITLE_BEFORE,
    Entity,
    _capitalised,
    _common_lemma,
    _label_key,
    _listed_role,
    _people_of_a_trade,
    _personal_noun,
    _role_key,
    _role_word,
    _singular_form,
    _upper_first,
    first_name_gender,
    role_noun,
)

#: Role words any office holder answers to ("President Ruiz ... the leader said"): the
#: text giving someone another role does not make them someone else.
GENERIC_ROLE_WORDS = frozenset({"leader", "official", "head", "chief", "executive", "man", "woman"})

#: "the elder Amsel", "the younger Amsel": True for the older of two sharing a surname.
GENERATION_WORDS = {"elder": True, "older": True, "younger": False}

#: A name given for someone the text describes: "who gave her name only as Agnes", "who
#: would give only his first name, Bram", "identified only as Maria", "known as Bob".
NAME_GIVEN = re.compile(
    r"\b(?:"
    r"(?:gave|give|giving|gives|provided|offered)\s+(?:only\s+)?(?:her|his|their)\s+(?:first\s+|given\s+)?name"
    r"(?:\s+only)?(?:\s+as|\s*,)"
    r"|(?:identified|known|named|called)(?:\s+only)?\s+as"
    r")\s+(?P<name>[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?)(?=[\s,.;:])"
)

#: Where a `NAME_GIVEN` match can start: each opens with one of these verbs. No leading
#: ``\b``: an alternation of words each led by a letter lets the regex engine skip to the
#: next of those letters (led by ``\b`` it tried the whole alternation at every character
#: of the article); a hit inside a word ("recalled") is no start, as `NAME_GIVEN`, which
#: opens with ``\b``, does not match there.
_NAME_GIVEN_VERB = re.compile(r"(?:gave|give|giving|gives|provided|offered|identified|known|named|called)\b")

#: Nouns of bodies, documents and statements: "the board", "the report" is no one's role
#: (built once, not on every description read).
_NOT_ROLE_NOUNS = lexicon.BODY_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.STATEMENT_NOUNS


class DescriptionRules:
    """People named by a title, role, kin word or description: "the senator", "her husband", "the 45-year-old"."""

    def _held_for_another_body(self, head: Token, lemma: str, position: int) -> bool:
        """ "Prosecuting, Karen Doyle said ... In mitigation, the company's lawyer said":
        a role a body holds through someone ("the company's lawyer", "the firm's
        spokesman") is not the person the story is about when that person was given no
        such role: someone new, whom the text does not name."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or owner.pos_ != "NOUN" or _common_lemma(owner) not in lexicon.ORG_DESCRIPTIONS:
            return False
        role = _role_key(lemma, any_noun=True)
        person = self._salient(position, "person", None)
        if person is None or not role:
            return False
        return role not in self._titles(person.name) and self._titled(role, position) is None

    def _held_for_an_office_holder(self, head: Token, lemma: str, position: int) -> bool:
        """ "Senator Rachel Ortiz ... The senator's spokesman said", "the mayor's lawyer
        said": one of a trade who works for a person the text names by an office is
        someone new, unnamed as "Ortiz's spokesman" is (`_one_of_a_trade`) -- not the
        office holder, who has the spokesman -- unless the text gave someone that role
        ("Her spokesman, Tom Lee, ..."). Kin ("the senator's husband") go by their own
        rules."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if (
            owner is None or owner.pos_ != "NOUN" or not owner.is_lower
            or lemma in lexicon.KIN_NOUNS or _common_lemma(owner) in lexicon.KIN_NOUNS
            or _common_lemma(owner) in lexicon.ORG_DESCRIPTIONS
            or not _role_word(_common_lemma(owner)) or not _one_of_a_trade(head)
        ):
            return False
        role = _role_key(lemma, any_noun=True)
        return bool(role) and self._titled(role, position) is None

    def _title_key_at(self, position: int) -> str:
        """The role a title word right before (or at) a name gives ("Dr." -> "doctor"),
        or "" for none or a courtesy title."""
        m = TITLE_AT.match(self.text, position, position + 16) or TITLE_BEFORE.search(
            self.text[max(0, position - 16) : position]
        )
        return _label_key(m.group(1)) if m else ""

    def _holder_of_a_named_role(self, span: SpacySpan, head: Token) -> Entity | None:
        """ "Eamon Rourke, Redbridge Athletic's manager ... The Redbridge manager said":
        a name compounded onto a lowercase role noun after "the" says whose role it is
        (a club, a place, a party), whatever the model tagged it; the speaker is the one
        the text gave the role, when it gave it to someone."""
        lemma = head.lemma_.lower()
        if span[0].lower_ != "the" or head.tag_ != "NN" or not head.is_lower or not _role_word(lemma):
            return None
        mods = [t for t in self._toks[span.start : span.end] if span.start < t.i < head.i]
        if not mods or not all(
            t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.i == head.i and t.ent_type_ in ("PERSON", "ORG")
            for t in mods
        ):
            return None  # ("the Florida senator": a place says which senator, not who was titled so)
        # Only a word that opens a longer name elsewhere ("Redbridge Athletic"): a body's.
        if not re.search(rf"\b{re.escape(mods[0].text)}\s+[A-Z]", self.text):
            return None
        if span.end != head.i + 1:
            return None  # "the Redbridge manager, Ivo Marsh": the name after says who
        return self._titled(_role_key(lemma, any_noun=True), span.start_char)

    def _spouse(self, span: SpacySpan) -> Entity | None:
        """ "Anna and Jonas Brekke ... Her husband said", "Jorge Serrano said ... His son
        said": a husband, wife, son or daughter whose owner resolves to someone is the
        one other person of the owner's surname, of the gender the noun gives, when the
        article names exactly one."""
        head = span.root
        lemma = head.lemma_.lower()
        owner = next((c for c in kids(head) if c.dep_ == "poss"), None)  # (`Token.children` builds new Tokens)
        if lemma in PARENT_KIN and owner is not None and head.tag_ == "NN" and len(span) == 2:
            return self._parent_named_before(span.doc[owner.left_edge.i : owner.i + 1], PARENT_KIN[lemma])
        gender = lexicon.NOUN_GENDERS.get(lemma) if lemma in SPOUSE_KIN else None
        if gender is None or owner is None or head.tag_ != "NN" or len(span) > 2:
            return None
        resolved = self._resolve_span(span.doc[owner.left_edge.i : owner.i + 1])
        if resolved is None or resolved[0].kind != "person" or " " not in resolved[0].name:
            return None
        first = resolved[0]
        others = {
            p.name: p for p in self.people
            if p.surname == first.surname and p.name != first.name and " " in p.name
            and p.position < span.start_char and self._gender(p) == gender
        }
        if not others:
            # "Martin and Sue Cole lost their home ... Her husband said": a first name
            # joined by "and" to the owner's full name shares its surname (the parser
            # often leaves that first name no person of its own).
            m = re.search(rf"\b([A-Z][a-z]+) and {re.escape(first.name)}\b", self.text[: span.start_char])
            full = f"{m.group(1)} {first.name.split()[-1]}" if m is not None else ""
            if m is not None and first_name_gender(full) == gender:
                return self._lookup(full, "person") or self._add_person(full, m.start(1))
        return next(iter(others.values())) if len(others) == 1 else None

    def _parent_named_before(self, owner: SpacySpan, possessive: str) -> Entity | None:
        """ "Hendrik de Jong and his daughter Sanne de Jong ... Her father said": the
        parent is the person named right before "his/her daughter/son" that introduced
        the owner -- only when the text said so (any other same-surname person may be a
        brother or an uncle)."""
        resolved = self._resolve_span(owner)
        if resolved is None or resolved[0].kind != "person":
            return None
        name = resolved[0].name
        for child in [p for p in self.people if p.name == name and p.position < owner.start_char]:
            m = CHILD_INTRODUCED.search(self.text, max(0, child.position - 40), child.position)
            if m is None or m.end() != child.position or m.group(1).lower() != possessive:
                continue
            before = [p for p in self.people if p.position < m.start() and p.name != name and " " in p.name]
            if before:
                parent = max(before, key=lambda p: p.position)
                if self.text[parent.position : m.start()].count(".") == 0:  # the same sentence
                    return self._lookup(parent.name, "person") or parent
            opened = self._sentence_of(m.start())
            if opened.start_char == m.start():
                # "Hugo Brandt has farmed for fifty years. His son, Felix Brandt, ...": a
                # sentence the child opens goes on from the one before, which names the
                # parent by the child's surname
                prev = self._sentence_before(opened)
                kin = [
                    p for p in before
                    if prev is not None and prev.start_char <= p.position < prev.end_char
                    and p.name.split()[-1] == name.split()[-1]
                ]
                if len({p.name for p in kin}) == 1:
                    return self._lookup(kin[0].name, "person") or kin[0]
        return None

    def _elder_or_younger(self, span: SpacySpan) -> Entity | None:
        """ "Reinhold Amsel, 74, and his son Dieter Amsel ... The elder Amsel said": of
        the two people named before with that surname, the older one ("the younger": the
        other). The ages given after the names decide, else a "his son"/"her father"
        before one of the names. Nobody when the text says neither (the surname alone
        would pick the latest of the two, who is as likely wrong)."""
        words = [t for t in self._toks[span.start : span.end] if not t.is_punct]
        if len(words) != 3 or words[0].lower_ != "the" or words[1].lower_ not in GENERATION_WORDS:
            return None
        surname = words[2]
        if not surname.text[:1].isupper() or not surname.is_alpha:
            return None
        named = {
            p.name: p for p in self.people
            if p.surname == surname.lower_ and " " in p.name and p.position < span.start_char
        }
        if len(named) != 2:
            return None
        first, second = sorted(named, key=lambda n: named[n].position)
        older = self._older_of(first, second)
        if older is None:
            return None
        chosen = older if GENERATION_WORDS[words[1].lower_] else (second if older == first else first)
        return self._lookup(chosen, "person") or named[chosen]

    def _older_of(self, first: str, second: str) -> str | None:
        """Which of two full names the text shows as the older: by the ages after them
        ("Reinhold Amsel, 74,"), else by a kin word before one ("his son Dieter Amsel")."""
        ages = {}
        for name in (first, second):
            m = re.search(rf"\b{re.escape(name)}\s*(?:,\s*|\()(\d{{1,3}})\b(?!\d)", self.text)
            if m is not None:
                ages[name] = int(m.group(1))
        if len(ages) == 2 and ages[first] != ages[second]:
            return max(ages, key=lambda n: ages[n])
        # "Walter Denholm Sr." and "Walter Denholm Jr.": the suffixes say it
        generations = {n: _generation_suffix(n) for n in (first, second)}
        if None not in generations.values() and generations[first] != generations[second]:
            return max(generations, key=lambda n: generations[n] or 0)
        for name, other in ((first, second), (second, first)):
            # (a sentence may open with it: "His son, Walter Denholm Jr., runs it")
            m = re.search(rf"\b(?:[Hh]is|[Hh]er|[Tt]heir)\s+(son|daughter|father|mother),?\s+{re.escape(name)}\b", self.text)
            if m is not None:
                return other if m.group(1) in ("son", "daughter") else name
        return None

    def _capitalised_trade(self, head: Token) -> bool:
        """ "Attorneys for Tomas Vrba said": the small model tags the plural of a personal
        noun that opens a sentence as a proper noun (then a body, or the name after it).
        An English plural whose singular is a known role word ("attorney") is a group
        of that trade, unless the story writes it capitalised inside a sentence too (a
        surname: "Sanders")."""
        word = head.text
        if not (
            head.pos_ == "PROPN" and head.is_sent_start and word.isalpha() and word[1:].islower()
            and word.endswith("s") and not word.endswith("ss") and not head.ent_type_
            and self._words is not None
        ):
            return False
        lower = word.lower()
        singular = _singular_form(lower)
        known_role = (
            singular in lexicon.TITLE_WORDS or singular in lexicon.PERSON_DESCRIPTIONS
            or singular in lexicon.NAME_ROLE_PREFIXES or lexicon.ROLE_KEYS.get(singular)
        )  # not any "-er" word: "Waters", "Sanders" are surnames too
        if singular not in self._words or not known_role or self._full_name(word, head.idx) is not None:
            return False
        if singular in lexicon.EVIDENCE_SOURCES or singular.endswith(("ment", "event", "ness")):
            return False
        return re.search(rf"[a-z,;] {word}\b", self.text) is None

    def _former_or_latter(self, word: str, position: int) -> Entity | None:
        """ "Osric Penhallow and Wilhelmina Stroud met. The latter said": of the last two
        names (people or bodies, not places: "met in Geneva") in the sentence before, the
        first is "the former" and the second "the latter". Sentences that name no one
        ("The former said growth had slowed.") are passed over, up to two: the pair is
        still the one named before them. Nobody when that sentence names fewer than two."""
        sent = self._sentence_of(position)
        prev = self._sentence_before(sent)
        self._current = position
        for _ in range(3):
            if prev is None:
                return None
            named = self._named_between(prev.start_char, sent.start_char, position)
            if named:
                break
            prev = self._sentence_before(prev)
        order: list[Entity] = []
        for e in sorted(named, key=lambda e: e.position):
            order = [o for o in order if o.name != e.name] + [e]
        if len(order) < 2:
            return None
        chosen = order[-2] if word == "former" else order[-1]
        return self._lookup(chosen.name, chosen.kind) or chosen

    def _second_in_rank(self, name: str, role: str) -> bool:
        """Whether the text gave ``name`` the office second to ``role`` ("deputy mayor",
        "lieutenant governor"), which carries the word of the office itself too."""
        return _second_rank_in(self._titles(name), role)

    def _titled(self, role: str, position: int, *, labels: bool = False, plain: bool = False) -> Entity | None:
        """ "Sen. Joan Whitaker and Rep. Tom Bell ... the senator said": a description
        points back to the most recently mentioned person the text gave that role,
        not simply to the last speaker. With ``labels``, the role nouns compounded onto
        names ("Defending champion Aiko Morimoto", `_role_nouns_before`) instead; with
        ``plain``, only people holding the office itself, not a deputy's to it."""
        if not role:
            return None
        self._current = position
        floor = self._boundary_before(position)
        earlier = [e for e in self.people if floor <= e.position < position and self._visible(e.position)]
        with_role = {
            p.name for p in self.people
            if role in (p.labels if labels else p.titles)
            and not (plain and _second_rank_in(p.titles, role))
        }
        names = {e.name for e in earlier if e.name in with_role}
        if not names:
            return None
        latest = max((e for e in earlier if e.name in names), key=lambda e: e.position)
        return self._lookup(latest.name, "person") or latest

    def _sole_holder(self, role: str, position: int) -> bool:
        """Whether one person only before ``position`` was given ``role`` (as a title or a
        label): two lawyers named leave "his lawyer" open."""
        holders = {p.name for p in self.people if p.position < position and (role in p.titles or role in p.labels)}
        return len(holders) == 1

    def _sole_client(self, counsel: Entity, gender: str, position: int) -> bool:
        """Whether one person only, other than ``counsel``, named before ``position`` may
        be the "his"/"her" of "his lawyer" (of that gender or of none known): with two
        accused men, "his lawyer" may be the other one's."""
        others = {
            p.name for p in self.people
            if p.position < position and p.name != counsel.name and self._gender(p) in (gender, None)
        }
        return len(others) == 1

    def _kin_introduced(self, described: str, position: int) -> Entity | None:
        """The latest person before ``position`` (in the same item of a list or blog) the
        text introduced by the very words ``described`` ("her nephew, Colin Marsh"),
        with no one else introduced so. Tried after `_named_before_as`, which answers
        most of these from the latest use of the noun; this one still finds the kin when
        that use names no one new (see the `_person_description` order)."""
        floor = max(self._boundary_before(position), position - KIN_REACH)
        found = [
            p for p in self.people
            if floor <= p.position < position and self._visible(p.position)
            and any(r.lower() == described for r in p.roles)
        ]
        if len({p.name for p in found}) != 1:
            return None
        return self._lookup(found[-1].name, "person") or found[-1]

    def _next_paragraph_end(self, position: int) -> int | None:
        """Where the paragraph after the one holding ``position`` ends (its own end in
        the last paragraph): a lead's unnamed speaker is named no later than that."""
        paras = paragraphs(self.text)
        k = next((n for n, (s, e) in enumerate(paras) if s <= position < e), None)
        return None if k is None else paras[min(k + 1, len(paras) - 1)][1]

    def _titled_after(self, role: str, position: int) -> Entity | None:
        """A wire lead names its speaker by role before the story names them: `The
        governor of the region said ... ` then, in the next paragraph, `governor Vadim
        Sorokan wrote`. With nobody named before, "the <role>" is the one person the
        text gives that role in the same or the next paragraph, when no one else holds
        it in the article."""
        holders = {p.name for p in self.people if role in p.titles or role in p.labels}
        if len(holders) != 1:
            return None
        limit = self._next_paragraph_end(position)
        if limit is None:
            return None
        later = [p for p in self.people if p.name in holders and position < p.position < limit]
        if not later or any(p.position < position for p in self.people):
            return None
        return self._lookup(later[0].name, "person") or later[0]

    def _head_of_the_body_after(self, head: Token, position: int) -> Entity | None:
        """ "..., the head of the regional health authority warned" in a lead, then "Dr
        Seamus Costigan, chief executive of the North West Health Authority, told": a
        body's unnamed head is the one person the same or the next paragraph names as
        holding an office "of" a body with the same head noun, when nobody is named
        before. (A specific title, "the governor", goes by `_titled_after`.)"""
        if head.lemma_.lower() not in LEADER_NOUNS:
            return None
        body = next(
            (o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
             for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"),
            None,
        )
        if body is None or any(p.position < position for p in self.people):
            return None
        limit = self._next_paragraph_end(position)
        if limit is None:
            return None
        office = re.compile(r"[^\S\n]*,[^,.\n]{0,60}?\bof\s+the\s+[^,.\n]{0,60}?\b" + re.escape(body.lemma_) + r"\b", re.I)
        found = {
            p.name for p in self.people
            if position < p.position < limit
            and (run := NAME_RUN.match(self.text, p.position)) is not None
            and office.match(self.text, run.end())
        }
        if len(found) != 1:
            return None
        name = found.pop()
        return self._lookup(name, "person") or next(p for p in self.people if p.name == name)

    def _holds_another_role(self, person: Entity, lemma: str) -> bool:
        """The text gave ``person`` roles, and the role word ``lemma`` is none of them
        (the coach is not "the striker")."""
        known = self._titles(person.name)
        return bool(known) and _role_key(lemma, any_noun=True) not in known

    def _titles(self, name: str) -> set[str]:
        """Every role the article gave a person, over all the mentions of the name."""
        return {t for p in self.people if p.name == name for t in p.titles}

    def _lookup(self, name: str, kind: str) -> Entity | None:
        pool = self.people if kind == "person" else self.orgs
        for e in pool:
            if e.name == name:
                return e
        return None

    def _described_as(self, word: str, position: int) -> Entity | None:
        """The latest person before ``position`` the text describes as a ``word``
        ("Democrat", "Briton") in an apposition: "Maya Feld, a Democrat", "Rep. Glen
        Hardesty (R-Ohio)". With two senators of two parties, "the Democrat" is the one
        called so, not the story's main person. (A word before the name, "Republican
        candidate Ann Roe", is how political news names everyone: it picks no one.)"""
        after = re.compile(rf"[^,.;()]{{0,50}}?,\s+(?:a|an)\s+(?:[\w-]+\s+){{0,3}}?{word}\b", re.IGNORECASE)
        letter = {"democrat": "D", "republican": "R"}.get(word)
        bracket = re.compile(rf"[^,.;()]{{0,50}}?\s\({letter}-") if letter else None
        found = [
            p for p in self.people
            if position - DESCRIBED_REACH < p.position < position
            and (
                after.match(self.text, p.position, p.position + 80)
                or (bracket is not None and bracket.match(self.text, p.position, p.position + 60))
            )
        ]
        if not found:
            return None
        latest = max(found, key=lambda p: p.position)
        return self._lookup(latest.name, "person") or latest

    def _description(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        office = _elected_office(span)
        if office is not None:
            # "Vice President Salome Rukundo ... The president-elect said": the person
            # the text gave the office; no guess from the story's main person (who may
            # be the one who lost).
            titled = self._titled(_role_key(office.lemma_.lower(), any_noun=True), span.start_char)
            return (titled, None) if titled is not None else None
        head = _hyphenated_head(span) or span.root
        lemma = head.lemma_.lower()
        has_def = any(t.lower_ in ("the", "this", "that") for t in self._toks[span.start : span.end] if t.i < head.i)
        age = _age_description(span.text.strip())
        if age is not None:
            aged = self._aged(age.group(1), span.start_char) or self._one_before(span.start_char)
            if aged is not None:
                return aged, None
            if age.group(2) is None:
                return None
            # "the 45-year-old coach", "the 45-year-old Briton": the noun may still say who.
        if has_def and lemma in AGE_NOUNS and head.tag_ == "NN":
            # "Mirela Sand, 16, won. The teenager said": the person given an age the
            # noun names; nobody when no one was.
            low, high = AGE_NOUNS[lemma]
            aged = [self._aged(str(n), span.start_char) for n in range(low, high + 1)]
            found = [a for a in aged if a is not None]
            if found:
                return max(found, key=lambda a: a.position), None
        if (
            has_def
            and lemma in lexicon.EPITHET_NOUNS
            and head.tag_ == "NN"
            and all(t.dep_ in ("det", "amod") for t in self._toks[span.start : span.end] if t.i != head.i)
            and not any(
                p.position < span.start_char and _role_key(lemma, any_noun=True) in p.titles | p.labels
                for p in self.people
            )  # "Rookie quarterback Jaylen Brooks ... The rookie": the one labelled so
        ):
            # "Striker Jonas Eik signed ... '...,' the veteran said": no one's job, so
            # the person the sentence before is about, as an age with no age given.
            person = self._one_before(span.start_char)
            return (person, None) if person is not None else None
        if has_def and (
            head.lower_ in lexicon.DEMONYM_NOUNS or head.lower_ in lexicon.PARTY_MEMBER_NOUNS
        ) and head.tag_ not in ("NNS", "NNPS"):
            # "the Briton said", "the 45-year-old Kenyan": the person the story gave that
            # word, else the person the story is about.
            bare = [t.lower_ for t in self._toks[span.start : span.end] if not t.is_punct] == ["the", head.lower_]
            described = self._described_as(head.lower_, span.start_char) if bare else None
            if described is None and bare:
                described = self._from_the_country(head.lower_, span.start_char)
            person = described or self._salient(span.start_char, "person", None)
            return (person, None) if person is not None else None
        if (
            head.lower_ in lexicon.PARTY_MEMBER_NOUNS
            and head.tag_ not in ("NNS", "NNPS")
            and any(t.dep_ in ("det", "nummod") for t in head.lefts)
        ):
            # "said a Nevada Democrat": one member of a party nobody names ("Republican
            # calls for ..." is a modifier, no speaker).
            return Entity(_capitalised(head.text), "unnamed", span.start_char), None
        modifiers = [t for t in self._toks[span.start : span.end] if t.i < head.i and t.dep_ in ("amod", "compound", "nmod")]
        if has_def and lemma in lexicon.ORG_DESCRIPTIONS and len(modifiers) >= 2:
            # "the provincial electoral commission": a full description names the body
            # itself; only short ones ("the alliance", "the military bloc") point back.
            words = [t.text for t in self._toks[span.start : span.end] if t.i >= modifiers[0].i and t.i <= head.i]
            name = " ".join(words)
            return Entity(_upper_first(name), "organization", span.start_char), None
        if has_def and lemma in lexicon.ORG_DESCRIPTIONS:
            # "Valeria Costa sued Brightline Media. The company said": a person's name the
            # model tagged a body is no company a description could mean.
            with self._orgs_kept(lambda o: not self._named_like_a_person(o)):
                return self._org_description(span, head, lemma, modifiers)
        if (
            not has_def and lemma in lexicon.ORG_DESCRIPTIONS and head.tag_ == "NNS" and head.is_lower
            # (the subject of the words: not "a warning by coastguards", nor "the help of
            # councils that may not want to pay", a guess that stays speakerless)
            and head.dep_ in ("nsubj", "nsubjpass")
            and not any(t.dep_ == "poss" for t in head.lefts)
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.rights)  # "groups of protesters"
        ):
            # "Opposition parties said", "Several unions said": bodies nobody names speak
            # together, unnamed as "officials" are (a plural points back to no one body).
            # For its own item only: a later "they" is seldom these ("... for courts to
            # dismiss cases. Ms. Epstein and two law professors ... they conclude").
            return Entity(_capitalised(head.text), "unnamed", span.start_char, label=LONE_NAME), None
        return self._person_description(span, head, lemma, modifiers, has_def)

    def _person_description(
        self, span: SpacySpan, head: Token, lemma: str, modifiers: list[Token], has_def: bool
    ) -> tuple[Entity, str | None] | None:
        """The person (or unnamed group) a description such as "the senator", "the
        skier", "officials" means."""
        noun = role_noun(head)  # ("the bishop" tagged a proper noun, "the Labour MP")
        named = self._named_before_as(head) if noun and head.tag_ == "NN" and not has_def else None
        if named is not None:
            return named
        if noun and head.tag_ == "NN" and self._held_for_another_body(head, lemma, span.start_char):
            return None
        if noun and self._held_for_an_office_holder(head, lemma, span.start_char):
            return Entity(_upper_first(head.text), "unnamed", span.start_char), None
        owner = next((c.lower_ for c in head.lefts if c.dep_ == "poss"), None)
        if not has_def and noun and head.tag_ == "NN" and lemma in lexicon.KIN_NOUNS and owner in ("his", "her"):
            # "Her nephew, Colin Marsh, said ... Her nephew said": the one the text
            # introduced as that kin of a person of the same gender ("her nephew", not
            # "his nephew"), as "the nephew" would be.
            kin = self._kin_introduced(f"{owner} {head.lower_}", span.start_char)
            if kin is not None:
                return kin, None
        if not has_def and noun and head.tag_ == "NN" and owner in ("his", "her") and lemma in lexicon.COUNSEL_NOUNS:
            # "Ansel Vrba hired the lawyer Ada Ruiz ... His lawyer said": the one person the
            # text gave that role speaks for the client (with nobody so named it stays an
            # unnamed "Lawyer").
            role = _role_key(lemma, any_noun=True)
            titled = self._titled(role, span.start_char) or self._titled(role, span.start_char, labels=True)
            if titled is not None and self._sole_holder(role, span.start_char) and self._sole_client(
                titled, "m" if owner == "his" else "f", span.start_char
            ):
                return titled, None
        # ("the champion", "the widow": role nouns without an agent suffix count when the
        # text gave someone that role, `_titled`.)
        if has_def and noun and head.tag_ not in ("NNS", "NNPS") and _role_word(lemma):
            person = self._salient(span.start_char, "person", None) if lemma in lexicon.PERSON_DESCRIPTIONS else None
            role = _role_key(lemma, any_noun=True)
            known = self._titles(person.name) if person is not None else set()
            demonyms = [m.lower_ for m in modifiers if m.lower_ in lexicon.DEMONYM_COUNTRIES]
            # (a person's office or job the lists know: not "the Israeli newspaper")
            listed = bool(role) and (lemma in lexicon.TITLE_WORDS or lemma in lexicon.PERSON_DESCRIPTIONS)
            placed = self._of_nationality(demonyms[-1], span.start_char) if demonyms and listed else None
            if placed is not None:
                return placed, None
            if modifiers and role:
                # "Finance Minister Okafor and Health Minister Eze ... the finance
                # minister said": the qualified role decides between them ("the former
                # finance minister": the past one).
                former = any(m.lower_ in FORMER_WORDS for m in modifiers)
                if person is not None and f"former {role}" in known and any(m.lower_ in CURRENT_WORDS for m in modifiers):
                    holder = self._holder_now(role, person, span.start_char)
                    if holder is not None:
                        return holder, None
                qualified = f"former {role}" if former else f"{modifiers[-1].lower_} {role}"
                if former and (qualified in known or PREDECESSOR in known):
                    return person, None  # (who held the office once is no holder of it now)
                if qualified not in known:
                    titled = self._titled(qualified, span.start_char)
                    if titled is None and former:
                        # "the mayor, Dimitra Kallis, and her predecessor, Stavros Pappas
                        # ... the former mayor said": a predecessor held the office before.
                        titled = self._titled(PREDECESSOR, span.start_char)
                    if titled is not None:
                        return titled, None
            qualified_known = bool(modifiers) and any(f"{m.lower_} {role}" in known for m in modifiers)
            if person is not None and role and not modifiers and self._second_in_rank(person.name, role):
                # "Lieutenant Governor Natarajan and Governor Hegarty ... the governor
                # said": the one who holds the office itself, not the one second to it.
                holder = self._titled(role, span.start_char, plain=True)
                if holder is not None:
                    return holder, None
            if person is None or (known and role not in known and not qualified_known):
                # No one to continue, or the obvious one holds another office ("Rep.
                # Bell" for "the senator"): the person the text gave this role.
                titled = self._titled(role, span.start_char)
                if titled is None and (not modifiers or person is None):
                    # "Climate scientist Henrike Vogt ... the scientist said": a role noun
                    # compounded onto a name, in this line or the one before. With words
                    # before the role ("Former world champion Dmitri Sokol ... the former
                    # champion said"), only when the name had them in front of it too.
                    titled = self._titled(role, span.start_char, labels=True)
                    titled = titled if titled is not None and self._near(titled, span) else None
                    if titled is not None and modifiers and not self._label_words_before(titled, modifiers):
                        titled = None
                if titled is None and person is None and not modifiers:
                    titled = self._titled_after(role, span.start_char)
                if titled is not None:
                    return titled, None
        if has_def and noun and head.tag_ == "NN" and _role_word(lemma) and any(
            m.lower_ in lexicon.DEMONYM_NOUNS for m in modifiers
        ) and lemma not in lexicon.PERSON_DESCRIPTIONS and span[-1].i == head.i and not any(
            c.dep_ in ("relcl", "acl", "appos") for c in head.rights
        ):
            # "the Chinese player", "the Kenyan runner": a role word with a nationality,
            # with no name or clause after it that would bring in someone new, continues
            # the person the sentence before is about, as an age description does.
            person = self._one_before(span.start_char)
            return (person, None) if person is not None else None
        if has_def and (
            noun and lemma in lexicon.LITIGANT_NOUNS and head.tag_ == "NN"
            # "The accused told the court": the participle read as the subject noun
            or head.tag_ == "VBN" and head.lower_ in lexicon.LITIGANT_NOUNS and head.dep_ in ("nsubj", "nsubjpass")
        ):
            litigant = self._litigant(span.start_char)
            return (litigant, None) if litigant is not None else None
        # "the keeper", "the harbour master": "the" and a lowercase noun of one person's
        # role (no body, document or statement), read twice below
        the_role = (
            has_def and span[0].lower_ == "the" and noun and head.tag_ == "NN" and head.is_lower
            and _role_word(lemma) and lemma not in _NOT_ROLE_NOUNS
        )
        if (
            the_role and lemma not in lexicon.PERSON_DESCRIPTIONS
            and (len(span) == 2 or _holding_now(span, head)) and not list(head.rights)
            and not lemma.endswith(("ment", "ter"))
        ):
            person = self._sole_person_before(head)
            if person is not None:
                return person, None
        if has_def and lemma in lexicon.PERSON_DESCRIPTIONS:
            if head.tag_ in ("NNS", "NNPS"):
                # "The officials said", "the Republican senators": a group, never the
                # one person the story is about; an unnamed speaker like "diplomats".
                name = _capitalised(head.text)
                return Entity(name, "unnamed", span.start_char), None
            # "The official said": the person the story is about; with nobody named
            # before ("A ministry spokesman declined ... the spokesman said"), the
            # unnamed one described.
            unnamed = self._introduced_unnamed(head)
            if unnamed is not None:
                return unnamed, None
            person = self._salient(span.start_char, "person", None)
            if (
                person is not None
                and not modifiers
                and lemma not in GENERIC_ROLE_WORDS
                and self._holds_another_role(person, lemma)
            ):
                # `Rivers coach Emeka Obi said ... Okonkwo, 22, has nine goals. "...," the
                # striker said`: the last speaker is the coach; the person the sentence
                # before is about, if the text gave them no other role, is the striker.
                before = self._one_before(span.start_char)
                if before is not None and not self._holds_another_role(before, lemma):
                    person = before
            if person is None and lemma in lexicon.UNNAMED_HEADS:
                return Entity(_capitalised(head.text), "unnamed", span.start_char), None
            if (
                person is None and the_role and lemma not in lexicon.POINTING_ROLE_WORDS
                and not any(c.dep_ == "prep" for c in head.rights)
            ):
                # "The scheme -- which the mayor said would cost nothing -- failed", no one
                # named: the holder of the role speaks, unnamed (as "the keeper" below).
                # Not "the head of the rules committee": "Head" alone describes nobody,
                # and whose head is told by a name the text gives later.
                return self._unnamed_role(span, head)
            return (person, None) if person is not None else None
        if head.pos_ in ("NOUN", "PROPN") and (
            lemma in lexicon.UNNAMED_HEADS or head.lower_ in lexicon.UNNAMED_HEADS
        ):
            name = _capitalised(head.text)
            # ("a Tesco worker", "a White House official": the body they work for is
            # their role, as for "a Met Eireann forecaster" below)
            return Entity(name, "unnamed", span.start_char), _staff_of_a_named_body(head, listed=True)
        if _people_of_a_trade(head):
            # "Firefighters said", "prosecutors said": people of one trade, unnamed, as
            # "officials" are.
            name = _capitalised(head.text)
            return Entity(name, "unnamed", span.start_char), None
        role = _staff_of_a_named_body(head)
        if role is not None:
            # "a Met Eireann forecaster said", "a BBC weather presenter said": one of a
            # named body's staff, unnamed as "a Tesco worker" is -- not the body's own
            # words as a spokesperson's are; the role keeps which body they work for.
            return Entity(_upper_first(head.text), "unnamed", span.start_char), role
        if _one_of_a_trade(head):
            # "Lena Marsh's lawyer said", "a lawyer for Lena Marsh": someone of a trade
            # nobody names, as "a spokeswoman for" is.
            return Entity(_upper_first(head.text), "unnamed", span.start_char), None
        if self._one_unnamed_doer(head, lemma):
            # "one baggage handler said", "another islander said": one person nobody
            # names, described by what they do, unnamed as "a nurse" is.
            return Entity(_capitalised(head.text), "unnamed", span.start_char), None
        if span[0].lower_ == "the" and head.pos_ == "NOUN" and head.tag_ == "NN" and head.is_lower and len(span) == 2:
            # "Inspectors visited the Lindhaven Bakery Company. The bakery said": a bare
            # "the" and a capitalised word of the name of a body named before, whatever
            # its kind ("that lobbying" is no "Washington lobbying firms").
            body = self._latest_org_by_word(lemma, span.start_char)
            if body is not None:
                return body, None
        if the_role and lemma not in lexicon.POINTING_ROLE_WORDS:
            return self._unnamed_role(span, head)
        return None

    def _role_over_a_thing_that_acted(self, head: Token) -> bool:
        """ "Ilona Varga was hurt when a lorry hit her car. The driver of the lorry said":
        a role over a thing ("the driver of the lorry") that the text brought in with "a"
        as the doer of an act on someone ("a lorry hit her car", "was struck by a van"),
        in the five sentences before, is held by someone new: the one acted on is not
        the role holder. ("Tomas Brenner bought a shop. The owner of the shop said": the
        shop did nothing; its owner may be him.)"""
        of = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        thing = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        # (a lowercase word the model tags a proper noun is a common one: "the van")
        if thing is None or not thing.is_lower or not any(d.dep_ == "det" and d.lower_ == "the" for d in thing.lefts):
            return False
        start, seen = head.sent.start, 0
        while start > 0 and seen < 5:
            prev = self.doc[start - 1].sent
            start = prev.start
            seen += bool(prev.text.strip())  # (a paragraph break is no sentence)
        return any(
            t.lower_ == thing.lower_ and t.pos_ == "NOUN"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in t.lefts)
            and (
                t.dep_ == "nsubj" and t.head.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.head.children)
                or t.dep_ == "pobj" and t.head.dep_ == "agent"
            )
            for t in self.doc[start : head.i]
        )

    def _unnamed_role(self, span: SpacySpan, head: Token) -> tuple[Entity, str | None] | None:
        """ "The keeper, who has lived on the rock since 1980, said": a role that no one
        the article named before holds, and that no name after is given (tried before),
        is an unnamed speaker described by the role, not no speaker at all; its lowercase
        compound nouns are part of it ("the harbour master"). Not when anyone was named
        before (the role may be theirs), nor with an owner ("the chamber's majority",
        "the firm's chef": an owner says whose; left to the other paths)."""
        if any(c.dep_ == "poss" for c in head.children):
            return None
        if any(e.position < span.start_char for e in self.people) and not self._role_over_a_thing_that_acted(head):
            return None
        words = [c.text for c in head.lefts if c.dep_ == "compound" and c.is_lower and c.is_alpha]
        described = " ".join([*words, head.text])
        return Entity(_upper_first(described), "unnamed", span.start_char), None

    def _named_before_as(self, head: Token) -> tuple[Entity, str | None] | None:
        """ "Zoltan Feher and his lawyer, Bence Szalai, left the court. ... His lawyer
        said": a possessed relation ("his lawyer", "Feher's brother") the text named
        before in apposition, with the same owner word, is that named person, when the
        apposition is where the text first names them. Only the latest earlier use of the
        noun counts (`_last_earlier_use`); one with another owner (or none) ends the search.
        `_kin_introduced` is the fallback for kin nouns: it reads the roles the people
        were given ("her nephew") rather than the latest use of the noun."""
        owner = next((c for c in head.lefts if c.dep_ == "poss"), None)
        if owner is None:
            return None
        tok = self._last_earlier_use(head)
        if tok is None:
            return None
        before = next((c for c in tok.lefts if c.dep_ == "poss"), None)
        if before is None or before.lower_ != owner.lower_:
            return None
        named = self._appositive_name(self.doc[tok.left_edge.i : tok.i + 1])
        if named is None:
            return None
        # (only someone the apposition brings in: "infuriated his father, Rafael," with
        # "Rafael" read as the story's Rafael Cruz is the owner, no relation of his)
        first = self._lookup(named[0].name, named[0].kind) or named[0]
        return named if first.position >= tok.idx else None

    def _last_earlier_use(self, head: Token, *, noun_only: bool = False) -> Token | None:
        """The latest singular use of ``head``'s noun before it (same lemma, tagged NN;
        with ``noun_only`` also a NOUN), in this item and at most `EARLIER_USE_REACH`
        characters back: what a later "his lawyer" or "the woman" takes up."""
        lemma = head.lemma_.lower()
        floor = max(self._boundary_before(head.idx), head.idx - EARLIER_USE_REACH)
        for i in range(head.i - 1, -1, -1):
            tok = self._toks[i]
            if tok.idx < floor:
                return None
            if tok.lemma_.lower() == lemma and tok.tag_ == "NN" and (not noun_only or tok.pos_ == "NOUN"):
                return tok
        return None

    def _holder_now(self, role: str, former: Entity, position: int) -> Entity | None:
        """ "Hendrik Vos was minister until 2022; Maartje Kuipers holds the post now. ...
        The current minister said": not the one who held the role before, but whoever
        holds it plainly, else the latest other person named nearby whom the text never
        made a former holder of it."""
        holder = self._titled(role, position, plain=True)
        if holder is not None and holder.name != former.name:
            return holder
        floor = max(self._boundary_before(position), position - DESCRIBED_REACH)
        others = [
            p for p in self.people
            if floor <= p.position < position and p.name != former.name
            and f"former {role}" not in self._titles(p.name)
        ]
        return max(others, key=lambda p: p.position) if others else None

    def _sole_person_before(self, head: Token) -> Entity | None:
        """ "Ilse Brandt won in Oslo. '...,' the skier said": a role word the text gave
        no one continues the person the sentence before is about, when that sentence
        brings in no one else who might hold the role -- no other name, no personal
        noun but the person's own relations ("her husband"), no agent of a passive
        ("was greeted by an organizer") -- and no "a <role>" was introduced before."""
        if self._introduced_unnamed(head) is not None:
            return None
        person, sent, named = self._one_in_sentence_before(head.idx)
        if person is None or sent is None:
            return None
        full = {self._full_name(n, sent.start_char) or n for n in named}
        own = {person.name, self._full_name(person.name, sent.start_char) or person.name}
        if not own & (full | named):
            return None  # the person is not named in that sentence (a headline's surname)
        others = full - own
        personal = [
            t for t in sent
            if t.pos_ == "NOUN" and t.ent_type_ == "" and _role_word(t.lemma_.lower())
            and not (t.dep_ == "appos" or t.head.dep_ == "appos")
            # ("lost her husband", "thanked her coach": the person's own relations)
            and not any(c.dep_ == "poss" and c.lower_ in ("her", "his", "their") for c in t.children)
            # (only for a description the lists give as a person's, or an agent noun
            # made from a word ("islander", "keeper"): "the firepower" is itself only
            # shaped like one, and so may be "fundraisers" before it)
            and (
                not (_listed_person_noun(head.lemma_.lower()) or self._agent_noun(head.lemma_.lower()))
                or _listed_person_noun(t.lemma_.lower())
                or _someone_by_shape(t, head)
                and (t.lemma_.lower() == head.lemma_.lower() or self._agent_noun(t.lemma_.lower()))
            )
        ]
        subject = self._phrase_head(person.position)
        if subject is not None and subject.dep_ == "nsubjpass":
            return None  # ("was asked by ...", "was greeted by ...": someone else acted)
        return None if others or personal else person

    def _one_unnamed_doer(self, head: Token, lemma: str) -> bool:
        """ "A baggage handler said", "Another islander said": a singular lowercase
        agent noun (`_agent_noun`) brought in with "a", "one" or "another" as the subject
        of the words is one unnamed person, whom no list need hold; not a sign or a
        statement ("a poster said": owned words), nor "a number of ..."."""
        return (
            head.pos_ == "NOUN" and head.tag_ == "NN" and head.is_lower and head.dep_ == "nsubj"
            and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one", "another") for c in head.lefts)
            and not any(c.dep_ in ("poss", "prep") for c in head.children)
            # (only describing words before it: not "just over a quarter said")
            and all(t.dep_ in ("det", "nummod", "amod", "compound") for t in head.doc[head.left_edge.i : head.i])
            and lemma not in lexicon.SIGN_NOUNS and lemma not in lexicon.GIVEN_WORDS_NOUNS
            and self._agent_noun(lemma)
        )

    def _agent_noun(self, lemma: str) -> bool:
        """Whether a noun is one who does or is of what an English word names: "-er" on
        a word the model knows ("island" + "er", "keep" + "er", "take" + "r"), not a word
        only ending so ("firepower", "disaster", "winter"). Nothing without the model's
        vocabulary."""
        if self._words is None or not lemma.endswith("er") or len(lemma) < 5:
            return False
        return lemma[:-2] in self._words or lemma[:-1] in self._words  # ("take" + "r")

    def _litigant(self, position: int) -> Entity | None:
        """ "Judge Leila Mansour sentenced Boris Lund. The defendant said": the person
        a case is about is the latest one named nearby whom the text gave no office --
        not the judge, the prosecutor or a lawyer, who hold theirs by title."""
        floor = max(self._boundary_before(position), position - DESCRIBED_REACH)
        found = [
            p for p in self.people
            if floor <= p.position < position and self._visible(p.position)
            and not (p.titles | p.labels | self._titles(p.name))
        ]
        if not found:
            return None
        latest = max(found, key=lambda p: p.position)
        return self._lookup(latest.name, "person") or latest

    def _name_given(self, noun: Token) -> re.Match[str] | None:
        """The name the text gives a person it describes ("A woman who gave her name only
        as Agnes", "the base chief known as Bob"): a `NAME_GIVEN` phrase that opens
        inside the noun's phrase, its name anywhere later in the sentence (the parser
        often hangs "as Agnes" on the verb after it)."""
        if not (noun.pos_ == "NOUN" and noun.tag_ == "NN" and _role_word(noun.lemma_.lower())):
            return None
        end = noun.right_edge.idx + len(noun.right_edge)
        for m in NAME_GIVEN.finditer(self.text, noun.idx + len(noun), noun.sent.end_char + 1):
            if m.start() > end:
                return None
            if m.group(0).split()[0] in ("known", "named", "called"):
                # ("a spokesman for the rebels, known as ...": the rebels are; only a
                # participle hung on the noun itself names it)
                verb = self.doc.char_span(m.start(), m.start() + len(m.group(0).split()[0]))
                if verb is None or verb.root.head.i != noun.i or verb.root.dep_ != "acl":
                    return None
            return m
        return None

    def _person_given_a_name(self, noun: Token) -> Entity | None:
        """The person `_name_given` names, as an entity of this article."""
        m = self._name_given(noun)
        if m is None:
            return None
        return self._given_person(m.group("name"), m.start("name"))

    def _given_person(self, name: str, position: int) -> Entity:
        """The person called ``name`` here, whatever the model tagged the word (a lone
        unfamiliar first name is often tagged a body)."""
        known = self._lookup(name, "person")
        return known if known is not None and known.kind == "person" else self._add_person(name, position)

    def _name_given_as_mention(self, span: SpacySpan) -> Entity | None:
        """ "A woman who gave her name only as Agnes said": the parser reads "as Agnes
        said" as a clause, so the name is the mention; it is the person described, never
        a body (the model may tag it one). A description whose phrase gives a name
        ("A man who would give only his first name, Bram, said") is that person too."""
        if len(span) == 1 and span[0].pos_ == "PROPN":
            # (as `NAME_GIVEN.finditer` from the sentence start up to the word would find:
            # a match that starts in the sentence and names this very word)
            sentence_start = span.sent.start_char
            for start, name, end in self._names_given.get(span.start_char, ()):
                if start >= sentence_start and end <= span.end_char:
                    return self._given_person(name, span.start_char)
            return None
        head = span.root
        if any(d.dep_ == "det" and d.lower_ in ("a", "an", "the", "one") for d in head.lefts):
            return self._person_given_a_name(head)
        return None

    @functools.cached_property
    def _names_given(self) -> dict[int, list[tuple[int, str, int]]]:
        """Every `NAME_GIVEN` match by where its name starts: (match start, name, name
        end), one per place a match can start (each opens with one of its verbs), read
        once. Scanning the sentence up to every one-word mention grew quadratically in a
        long run of mentions with no full stop ("Ada said, Ada said, ...")."""
        found: dict[int, list[tuple[int, str, int]]] = {}
        for verb in _NAME_GIVEN_VERB.finditer(self.text):
            m = NAME_GIVEN.match(self.text, verb.start())
            if m is not None:
                found.setdefault(m.start("name"), []).append((m.start(), m.group("name"), m.end("name")))
        return found

    def _introduced_unnamed(self, head: Token) -> Entity | None:
        """ "A young woman asked Mrs. Clinton ... the woman said": "the" takes up the one
        an "a" brought in, whom the text never named: nobody in apposition or in the
        phrase ("a woman, Mirela Sand,"). Only the latest earlier use of the noun counts,
        in this paragraph or the one before."""
        tok = self._last_earlier_use(head, noun_only=True)
        if tok is None:
            return None
        if not any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in tok.lefts):
            return None  # the last use is "the woman" or "Mrs. Clinton, a woman": no new one
        if tok.dep_ in ("appos", "attr") or tok.head.lower_ == "as" or any(
            t.ent_type_ in PERSON_LABELS or t.dep_ == "appos" for t in tok.subtree if t.i != tok.i
        ):
            return None
        given = self._person_given_a_name(tok)
        if given is not None:
            return dataclasses.replace(given, position=head.idx)  # "A woman who gave her name only as Agnes"
        role = _role_key(head.lemma_.lower(), any_noun=True)
        if any(tok.idx < p.position < head.idx and role in p.titles | p.labels for p in self.people):
            return None  # "A judge ruled ... Judge Emmet Sullivan ... the judge said": named since
        # "A spokesman for Harwell Freight declined ... the spokesman said": the body's.
        body = self._spokesperson_body(tok)
        if body is not None:
            return dataclasses.replace(body, position=head.idx)
        return Entity(_capitalised(head.text), "unnamed", head.idx)

    def _label_words_before(self, person: Entity, words: list[Token]) -> bool:
        """Whether every one of ``words`` stands among the three words right before a
        mention of ``person``'s name ("Former world champion Dmitri Sokol" has "former"
        and "world" before the name): the qualified role is the one the name was given."""
        first = re.escape(person.name.split()[0])
        before = [
            m.group(1).lower().split()
            for m in re.finditer(rf"((?:\S+\s+){{1,3}}){first}\b", self.text)
        ]
        return any(all(w.lower_ in ws for w in words) for ws in before)

    def _near(self, person: Entity, span: SpacySpan) -> bool:
        """Whether ``person`` is mentioned (by name, or by a pronoun resolved to them) in
        the line of ``span`` or the non-blank one before. Role nouns such as "star" or
        "journalist" are shared by many in a long story (a list of celebrities): a
        later "the star" means only someone just mentioned."""
        text = self.text
        line = text.rfind("\n", 0, span.start_char)
        while line > 0 and not text[text.rfind("\n", 0, line) + 1 : line].strip():
            line = text.rfind("\n", 0, line)  # (past blank lines)
        floor = text.rfind("\n", 0, line) + 1 if line > 0 else 0
        mentions = [*self.people, *self.speakers]
        return any(p.name == person.name and floor <= p.position < span.start_char for p in mentions)

    def _from_the_country(self, demonym: str, position: int) -> Entity | None:
        """ "Lena Berg of Sweden finished behind Hanne Lie of Norway. The Norwegian
        said": the one person before whom the text placed in the nationality's country
        ("X of Norway", "X, from Norway", "Norway's X"); nobody when none or several
        distinct people were, so the caller falls back to the person the text is about."""
        country = lexicon.DEMONYM_COUNTRIES.get(demonym) or lexicon.DEMONYM_PERSON_COUNTRIES.get(demonym)
        if not country:
            return None
        place = rf"(?i:(?:the )?{re.escape(country)})\b"
        before = re.compile(rf"{place}'s $")
        found: dict[str, Entity] = {}
        for p in self.people:
            if p.position >= position:
                break
            after = re.compile(rf"{re.escape(p.name)},? (?:of|from) {place}")
            if after.match(self.text, p.position) or before.search(self.text[max(0, p.position - 40) : p.position]):
                found.setdefault(p.name, p)
        return next(iter(found.values())) if len(found) == 1 else None

    def _of_nationality(self, demonym: str, position: int) -> Entity | None:
        """ "France's foreign minister, Claire Duval, met her German counterpart, Lukas
        Weber ... The German minister said": a role with a nationality is the one person
        before whom the text gave that nationality, in the words just before the name in
        its sentence ("her German counterpart, " or "Germany's ... ") or placed in the
        country (`_from_the_country`); nobody when none or several were, so the role
        decides as before ("the German minister" with two Germans named)."""
        country = lexicon.DEMONYM_COUNTRIES.get(demonym)
        if not country:
            return None
        given = re.compile(rf"\b(?:{re.escape(demonym)}|(?:the )?{re.escape(country)}'s)\b[^.;:!?]*$", re.IGNORECASE)
        found: dict[str, Entity] = {}
        for p in self.people:
            if p.position >= position:
                break
            lead = self.text[max(0, p.position - 40) : p.position]
            lead = lead[max(lead.rfind(". "), lead.rfind("\n")) + 1 :]
            if given.search(lead):
                found.setdefault(p.name, p)
        placed = self._from_the_country(demonym, position)
        if placed is not None:
            found.setdefault(placed.name, placed)
        return self._lookup(next(iter(found)), "person") if len(found) == 1 else None

    def _one_before(self, position: int) -> Entity | None:
        """ "Maria Kowalczyk was elected party leader. The 45-year-old said": with no age
        given, an age description continues the person the sentence before is about --
        its subject, or the one person it names ("Pellham United signed Mateus Oliveira.
        The 34-year-old said"); nobody when it names none or several."""
        return self._one_in_sentence_before(position)[0]

    def _one_in_sentence_before(self, position: int) -> tuple[Entity | None, SpacySpan | None, set[str]]:
        """`_one_before`'s person, with the sentence it looked in and the names that
        sentence holds (`_sole_person_before` checks who else it brings in)."""
        sent = self._sentence_of(position)
        prev = self._sentence_before(sent)
        while prev is not None and self._quoted_sentence(prev):
            # `"What if Ruiz sang?" the 43-year-old asked`: the quotation the parser
            # made a sentence of is what was asked, not who the description continues.
            position, prev = prev.start_char, self._sentence_before(prev)
        if prev is None:
            return None, None, set()
        subject = self._previous_subject(position, "person", None)
        named = {p.name for p in self.people if prev.start_char <= p.position < prev.end_char}
        if subject is not None:
            return subject, prev, named
        return self._lookup(next(iter(named)), "person") if len(named) == 1 else None, prev, named

    def _quoted_sentence(self, sent: SpacySpan) -> bool:
        """The sentence opens on a quotation mark and ends inside or on one: words quoted.
        One that opens on a mark and holds no other (`"I could not serve properly.` before
        `Every time I went up, it hurt," the 24-year-old said`) is the first sentence of a
        quotation the next one closes: quoted too."""
        words = sent.text.strip()
        if len(words) <= 1 or not is_quote_char(words[0]):
            return False
        return is_quote_char(words[-1]) or words[-1] in "?!" or not any(is_quote_char(ch) for ch in words[1:])

    def _aged(self, years: str, position: int) -> Entity | None:
        """ "Raymond Uchenna, 45, was arrested ... The 45-year-old said": the person the
        text gave that age (", 45," or ", 45." ending the sentence, ", aged 45,", "(45)" or
        "a 45-year-old" just after the name); when no one was, nobody: the story's main
        person is too often someone else (on train, "said the 46-year-old" after a
        paragraph about another politician)."""
        best: Entity | None = None
        pattern = rf"(?:,\s*|\(|\b(?:a|an|aged)\s+){re.escape(years)}(?:[,)]|\.(?=\s)|-year-old\b)"
        for m in re.finditer(pattern, self.text[:position]):
            before = [p for p in self.people if p.position < m.start() and m.start() - p.position <= 60]
            if before:
                best = max(before, key=lambda p: p.position)
        # "The 27-year-old striker, Kenji Watanabe, signed": the age before the name, a
        # role noun at most between, in the same sentence.
        pattern = rf"\b{re.escape(years)}-year-old(?:\s+[a-z]+){{0,2}},?\s+"
        for m in re.finditer(pattern, self.text[:position]):
            after = [p for p in self.people if p.position == m.end()]
            if after and (best is None or after[0].position > best.position):
                best = after[0]
        return self._lookup(best.name, "person") or best if best is not None else None



#: Nouns that name a time of life, with the ages they cover ("the teenager said").
AGE_NOUNS = {"teenager": (13, 19), "teen": (13, 19), "octogenarian": (80, 89), "nonagenarian": (90, 99),
             "septuagenarian": (70, 79), "centenarian": (100, 110)}

#: "the 45-year-old", "The 31-year-old": a person described only by an age.
AGE_DESCRIPTION = re.compile(r"(?:[Tt]he|[Tt]his)\s+(\d{1,3})[-\s]year[-\s]old(?:\s+(\w+))?")


#: How far back a generational suffix puts a namesake: "Sr." is the father of "Jr.",
#: "II" of "III" (compared only between two names that both carry one).
_GENERATION_RANK = {"sr": 3, "jr": 2, "ii": 2, "iii": 1, "iv": 0}


def _generation_suffix(name: str) -> int | None:
    """The rank (`_GENERATION_RANK`) of the suffix ending ``name`` ("Walter Denholm
    Sr."), None without one."""
    last = name.rsplit(None, 1)[-1].rstrip(".").lower()
    return _GENERATION_RANK.get(last) if " " in name else None


def _age_description(text: str) -> re.Match[str] | None:
    """ "the 45-year-old", "the 45-year-old coach", and with what the noun is of: "the
    38-year-old mother of three" (a possessive, "the 45-year-old's lawyer", is someone
    else)."""
    m = AGE_DESCRIPTION.match(text)
    return m if m is not None and (m.end() == len(text) or text[m.end() :].startswith(" of ")) else None

#: How far back (in characters) an apposition "X, a Democrat" is read for a later "the
#: Democrat": a few short paragraphs; past that the story has moved on.
DESCRIBED_REACH = 600
#: How far back (in characters) "her nephew, Colin Marsh" is read for a later "Her nephew
#: said": an obituary's or profile's few paragraphs, not the next person of a list
#: article ("his friend" of each victim in turn).
KIN_REACH = 1200
#: How far back (in characters) the latest earlier use of a noun is looked for: "a woman"
#: for a later "the woman", "his lawyer, Bence Szalai" for a later "His lawyer said".
EARLIER_USE_REACH = 1500


def _staff_of_a_named_body(head: Token, *, listed: bool = False) -> str | None:
    """The role of someone on a named body's staff: the words from the capitalised name
    compounded onto "a"/"one" and a singular lowercase personal noun to the noun ("Met
    Eireann forecaster" in "a Met Eireann forecaster", "BBC weather presenter"), nobody
    the text names; None when the phrase has no such name or is not indefinite. ``listed``: the noun is already known as a
    word for an unnamed speaker ("official"), whatever its ending."""
    if not (
        head.pos_ == "NOUN" and head.tag_ == "NN" and head.is_alpha and head.is_lower and not head.ent_type_
        and (listed or _personal_noun(head.lemma_.lower()))
        # ("one" is the parser's number, nummod, as often as a determiner)
        and any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in head.lefts)
    ):
        return None
    names = [
        c for c in head.lefts
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.text[:1].isupper() and c.ent_type_ not in ("PERSON", "")
    ]
    if not names:
        return None
    return head.doc[names[0].left_edge.i : head.i + 1].text


def _one_of_a_trade(head: Token) -> bool:
    """A singular lowercase personal noun someone has, or one for someone ("Lena Marsh's
    lawyer", "her lawyer", "a lawyer for Lena Marsh"): one person of that trade, unnamed,
    as "a spokeswoman for" is; not the one who has them. (A definite one, "the lawyer",
    points back to someone named: `Resolver._description`.) A share of people ("a
    majority of") is no person. Kin count as well ("his wife said", "her son said", with
    no wife or son named): one person nobody names, as "his mother" already was (by its
    agent-like ending), not a pronoun's guess nor nobody at all."""
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN" and head.tag_ == "NN" and head.is_alpha and head.is_lower and not head.ent_type_
        and (
            _personal_noun(lemma)
            # (kin named in the phrase, "his best friend at Lehigh, Bruce Turry", are
            # not nobody: only a bare one is unnamed)
            or lemma in lexicon.KIN_NOUNS and not any(t.pos_ == "PROPN" for r in head.rights for t in r.subtree)
        )
        and lemma not in lexicon.SHARE_HEADS
        and lemma not in lexicon.EVIDENCE_SOURCES and not lemma.endswith(("ment", "event"))
        and (
            any(c.dep_ == "poss" for c in head.lefts)
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in head.rights)
        )
    )

#: Nouns for whoever leads a body, whatever the office is called ("the head of the
#: authority" is its chief executive, director or chair).
LEADER_NOUNS = frozenset("head chief leader boss".split())
#: A name's capitalised words from where it starts (to find what follows the name).
NAME_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*){0,3}")


def _listed_person_noun(lemma: str) -> bool:
    """Whether a word lists names a person by role, trade or kin: `_role_word` without
    the agent-suffix guess ("flower", "disaster" end in -er too)."""
    return _listed_role(lemma) or lemma in lexicon.ROLE_HEADS or lemma in lexicon.KIN_NOUNS


def _someone_by_shape(noun: Token, description: Token) -> bool:
    """Whether a noun only shaped like an agent noun ("-er", "-or", "-ist") is read as
    someone in its sentence: the description's own word ("met farmers ... the farmer
    said"), or a noun set up as a person is -- a subject, an agent, a noun brought in by
    an article. A bare object ("has sold flowers") or a predicate ("were a disaster")
    brings in no one."""
    if noun.lemma_.lower() == description.lemma_.lower():
        return True
    if noun.dep_ in ("attr", "acomp"):
        return False
    if noun.dep_ in ("nsubj", "nsubjpass") or noun.dep_ == "pobj" and noun.head.lower_ == "by":
        return True
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "another", "the") for c in noun.children)

#: Kin nouns that stand for the one other person of the owner's surname ("Her husband
#: said", "His son said"; brothers, sisters and parents were tried and broke train items).
SPOUSE_KIN = frozenset({"husband", "wife", "son", "daughter"})

#: A parent noun and the possessive that introduced the child ("his daughter" -> father).
PARENT_KIN = {"father": "his", "mother": "her"}
#: "and his daughter ", "her son, ": how a text brings in someone's child by name.
CHILD_INTRODUCED = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:daughter|son)\s*,?\s*")


def _second_rank_in(titles: set[str], role: str) -> bool:
    """Whether ``titles`` hold the office second to ``role`` ("deputy mayor")."""
    return any(f"{rank} {role}" in titles for rank in SECOND_RANKS)

#: Words that put a role in the present: "the current minister" is no former one.
CURRENT_WORDS = frozenset({"current", "present", "incumbent", "sitting"})

#: The role of someone who held an office before its holder: a "former" holder of it.
PREDECESSOR = "predecessor"


def _elected_office(span: SpacySpan) -> Token | None:
    """ "The president-elect said": the office noun before "-elect" is the role (the
    parser makes "elect" a proper noun and the head)."""
    doc = span.doc
    last = span[-1]
    if last.lower_ != "elect" or last.i - 2 < span.start:
        return None
    hyphen, office = doc[last.i - 1], doc[last.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or office.whitespace_ or office.pos_ != "NOUN":
        return None
    return office


def _hyphenated_head(span: SpacySpan) -> Token | None:
    """ "The ex-president", "the co-founder": the parser may read the hyphen as a noun
    of its own and make it the head; the head is the noun after the last hyphen inside
    the word (no space around it), when the span ends there and its root is the hyphen
    or the word before it."""
    doc = span.doc
    last = span[-1]
    if last.i - 2 < span.start or last.pos_ not in ("NOUN", "PROPN"):
        return None
    hyphen, before = doc[last.i - 1], doc[last.i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or before.whitespace_ or not before.is_alpha:
        return None
    return last if span.root.i in (before.i, hyphen.i) else None  # (only a broken parse)


def _holding_now(span: SpacySpan, head: Token) -> bool:
    """ "the two-time champion", "the defending champion": between "the" and the role
    noun only how many times the role was held (a number, a hyphen, "time") or present
    participles ("reigning", "defending"), which describe the one who holds it now: the
    person the text is about, as the bare "the champion" is -- no qualified role
    ("the world champion") that someone else may hold."""
    between = span.doc[span.start + 1 : head.i]
    if not between or span.end != head.i + 1:
        return False
    times = [t for t in between if t.lower_ == "time"]
    for tok in between:
        if tok.tag_ == "VBG" and tok.dep_ == "amod" and tok.head.i == head.i:
            continue
        if times and (tok.like_num and tok.head.i == times[0].i or tok.text == "-" or tok.i == times[0].i):
            continue
        return False
    return True
