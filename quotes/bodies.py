"""Organisations as speakers: names, short names, acronyms and descriptions of bodies.

"The bank said", "Lumen said", "a spokesperson for Acme said", "the statement issued by the
agency": the body meant, or none when the text names none clearly; people whose names the
model tagged as bodies are told apart here.
"""

from __future__ import annotations

import bisect
import contextlib
import itertools
import re
from collections.abc import Callable, Iterator
from typing import Any

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes import lexicon
from quotes.doccolumns import entities, tokens
from quotes.models import INDEX_NAME, Quote, replace_quote
from quotes.nameshapes import (
    BODY_NAME_ENDINGS,
    LONE_NAME,
    ORG_LABELS,
    PERSON_LABELS,
    SPOKESPEOPLE,
    Entity,
    _capitalised,
    _common_lemma,
    _name_word,
    _named_body,
    _no_first_name,
    _org_like,
    _org_shaped,
    _propn_run,
    _rare_as_a_name,
    _strong_first_name,
    _upper_first,
    clean_name,
    party_section,
)
from quotes.store import speaker_key

#: Small words inside a body's name after its first word ("Safe at Home").
JOINING_WORDS = frozenset({"at", "of", "for", "the", "and", "in", "on"})

#: Speakers on someone's behalf: "Ms. Ortiz's spokesman" is not Ms. Ortiz.
# Roles a body holds for a person ("his employer, QuickDrop,"), though a person may hold
# them too: a body only when the name set off after one is tagged a body.
BODY_ROLES = frozenset("employer publisher sponsor insurer landlord label distributor".split())
# Adjectives that point at a body already named rather than name a kind of it.
ANAPHORIC_ADJECTIVES = frozenset("same other new former local independent".split())
#: One-word country names (lower case), for an owner the model left untagged.
_COUNTRY_NAMES = frozenset(c for c in lexicon.DEMONYM_COUNTRIES.values() if " " not in c)


class OrganisationRules:
    """Bodies as speakers: organisations by name, short name, acronym, kind word or spokesperson."""

    def _bodies_named_like_people(self, key: str, position: int) -> list[Entity]:
        """ "Cordelia Fairbanks [tagged ORG] chairs the inquiry. Fairbanks said": a name the
        model tagged a body, which reads as a person's (`_person_shaped`, or initials and
        a surname: "J.K. Rowling") and was named before, is whom a bare surname no known
        person bears stands for."""
        # (the bodies filed under the key's word, `_person_like_orgs`: scanning every body
        # for each bare surname made an article that names a body thousands of times
        # quadratic)
        orgs, positions, in_order = self._person_like_orgs(key)
        if in_order:
            return orgs[: bisect.bisect_left(positions, position)]
        return [o for o in orgs if o.position < position]

    def _person_like_orgs(self, key: str) -> tuple[list[Entity], list[int], bool]:
        """The bodies filed under ``key`` (`_orgs_by_word`) whose name reads as a person's
        by that word: given name first (`_person_shaped`, or initials and a surname) for
        the last word, family name first (`_family_name_first`) for the first; in order,
        with their offsets and whether those ascend. Kept for the list filed under the
        key and extended with it."""
        entries = self._orgs_by_word().get(key, [])
        cached = self._person_like.get(key)
        if cached is None or cached[0] is not entries:
            cached = (entries, 0, ([], [], True))
        _entries, done, (orgs, positions, in_order) = cached
        for o, by_last, by_first in entries[done:]:
            if (
                by_last and self._body_reads_as_person(o.name, family_first=False)
                or by_first and self._body_reads_as_person(o.name, family_first=True)
            ):
                in_order = in_order and (not positions or positions[-1] <= o.position)
                orgs.append(o)
                positions.append(o.position)
        found = (orgs, positions, in_order)
        self._person_like[key] = (entries, len(entries), found)
        return found

    def _orgs_by_word(self) -> dict[str, list[tuple[Entity, bool, bool]]]:
        """The bodies with two or more words, in ``self.orgs``'s order, filed under the
        last and the first word of their key, each with whether it is filed by its last
        word and by its first (both, for a key whose first and last words are one).

        Kept for the list ``self.orgs`` is and extended as bodies are appended to it:
        code that reorders bodies or renames them assigns a new list (`_index_entities`,
        `_learn_genders`), and `_orgs_kept` swaps in another, so anything else means a
        new index (and new lists under each word)."""
        cached = self._org_words
        if cached is None or cached[0] is not self.orgs or cached[1] > len(self.orgs):
            cached = self._org_words = (self.orgs, 0, {})
        orgs, done, index = cached
        if done == len(orgs):
            return index
        for o in orgs[done:]:
            if " " not in o.name:
                continue
            words = speaker_key(o.name).split()
            if not words:
                continue
            if words[0] == words[-1]:
                index.setdefault(words[0], []).append((o, True, True))
            else:
                index.setdefault(words[-1], []).append((o, True, False))
                index.setdefault(words[0], []).append((o, False, True))
        self._org_words = (orgs, len(orgs), index)
        return index

    def _body_reads_as_person(self, name: str, *, family_first: bool) -> bool:
        """A body's name read as a person's: given name first (`_person_shaped`, or
        initials and a surname) or, with ``family_first``, family name first
        (`_family_name_first`). Asked once per name and order."""
        known = self._person_like_bodies.get((name, family_first))
        if known is None:
            known = (
                self._family_name_first(name) if family_first
                else self._person_shaped(name) or self._initials_and_surname(name)
            )
            self._person_like_bodies[(name, family_first)] = known
        return known

    def _family_name_first(self, name: str) -> bool:
        """Whether a two-word name the model tagged a body reads as a person's written
        family name first ("Nagy Ferenc", "Kovács Zoltán"): a clear first name that is no
        English word last, a first word that is no first name, nothing of a body's name.
        A later bare "Nagy said" is that person."""
        words = name.split()
        return (
            len(words) == 2 and _strong_first_name(words[1]) and not _strong_first_name(words[0])
            and not self._english(words[1]) and not self._english(words[0])
            and not _rare_as_a_name(words[1]) and not _org_shaped(name) and not _org_like(name)
        )

    def as_written(self, quote: Quote) -> Quote:
        """A body resolved to a full name the article also defines an acronym for
        ("the Coastal Fisheries Authority (CFA)") is named by the acronym, as the
        article goes on to name it; the full name goes along for the speaker index
        (`models.INDEX_NAME`), which must not take two bodies sharing an acronym for one."""
        full = quote.speaker
        acronym = self.acronyms.get(full.casefold()) if full else None
        if acronym is None or quote.speaker_kind != "organization":
            return quote
        mention = quote.speaker_mention
        written = mention is not None and clean_name(mention.text).casefold() == full.casefold()
        indexed = full if written else f"{full} ({acronym})"
        return replace_quote(quote, speaker=acronym, extra={**quote.extra, INDEX_NAME: indexed})

    def _which_body(
        self, span: SpacySpan, result: tuple[Entity, str | None] | None
    ) -> tuple[Entity, str | None] | None:
        """ "announced by Ostmark Dairy, which said": "which" is no person's pronoun; a
        "person" with no first name the data knows that takes it is a body."""
        if result is None or result[0].kind != "person" or result[0].gender is not None:
            return result
        if not any(t.lower_ == "which" and t.head.dep_ == "relcl" for t in span):
            return result
        if not _no_first_name(result[0].name):
            return result
        return Entity(result[0].name, "organization", span.start_char, label="ORG"), None

    def _spokesperson_body(self, head: Token) -> Entity | None:
        """ "A spokesperson for Acme Logistics said", "an Acme spokeswoman said", "the
        Interior Ministry's spokesman said": a spokesperson the text does not name speaks
        in the body's name, so the words are the body's (the mention still says who
        delivered them). Filed as "Spokesperson", one unnamed row, they would mix every
        company's and ministry's statements and be lost to a search for the body. A
        person's spokesman ("Ms. Ortiz's spokesman") stays unnamed: a campaign or an
        aide speaks for a person, but the words are not the person's own."""
        if head.lower_ not in SPOKESPEOPLE or head.tag_ != "NN":
            return None
        owners = [
            c for c in head.lefts
            if c.dep_ in ("compound", "poss", "nmod")
            # ("a firm spokeswoman": the parser reads "firm" as an adjective)
            or c.dep_ == "amod" and c.lower_ in lexicon.GENERIC_BUSINESS_WORDS
        ]
        owners += [
            obj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at")
            for obj in prep.children if obj.dep_ == "pobj"
        ]
        for owner in owners:
            if owner.dep_ == "amod" or owner.dep_ in ("compound", "poss") and owner.pos_ == "NOUN" and owner.is_lower:
                # "The Orvella Police Service said ... A police spokeswoman said": a body
                # word before the role is the latest body whose own name has that word.
                lemma = owner.lemma_.lower()
                body = (
                    self._org_named(lemma, head.idx) if lemma in lexicon.ORG_DESCRIPTIONS
                    else self._body_with_word(lemma, head.idx)
                )
                if body is None and lemma in lexicon.GENERIC_BUSINESS_WORDS:
                    # "Harwell Freight cut jobs. A company spokesman said": a word
                    # any business goes by speaks for the one body named before.
                    body = self._only_body_before(head.idx)
                    if body is not None and _public_body_for_business(lemma, body.name):
                        # ("Selby District Council closed it. A company spokesman said":
                        # no council's, as "the company said" is none's)
                        body = None
                    if body is None:
                        body = self._only_business_before(head.idx)
                if body is not None:
                    return body
                continue
            if owner.dep_ == "pobj" and _definite_body_word(owner):
                # "Brightwater Airlines cancelled flights. A spokeswoman for the airline
                # said": "the airline" is the body it names back to, as in "the airline said".
                described = self._resolve_span(self.doc[owner.left_edge.i : owner.i + 1])
                if described is not None and described[0].kind == "organization":
                    return described[0]
                continue
            if owner.dep_ == "pobj" and _definite_noun(owner):
                # "The Harrowgate Beekeeping Society ... A spokesman for the society said":
                # a noun no list holds still names back to a body with that word in its name.
                body = self._body_with_word(owner.lemma_.lower(), head.idx)
                if body is not None:
                    return body
                continue
            # (with its "'s", which the model may tag as part of the body's name)
            phrase = self.doc[owner.left_edge.i : max(owner.i, owner.right_edge.i) + 1]
            compounded = self._proper_name_before_spokesperson(owner, phrase)
            if compounded is not None:
                return compounded
            # ("a spokesperson for Greyhollow Water", the name tagged a person: a body's
            # ending says body, as it does for the name itself)
            if not owner.text[:1].isupper() or not any(
                e.start <= owner.i < e.end and (e.label_ in ORG_LABELS or _org_shaped(e.text))
                for e in self._ents_in(phrase)
            ):
                continue  # "a police spokesman", "a machinists spokesman": no named body
            found = self._org_in(phrase)
            if found is None or found[0].kind != "organization":
                continue
            name = found[0].name
            if " " not in name and any(
                p.surname == name.lower() and (p.name != name or not phrase.start_char <= p.position < phrase.end_char)
                for p in self.people if p.kind == "person"
            ):
                # "a spokeswoman for Fiorina" after "Carly Fiorina": her surname ("A Diaz
                # spokesman" after "Senator Diaz", the model tagging this Diaz a body)
                continue
            if self._person_shaped(name):
                continue  # "a spokesman for Ines Calloway", the name tagged a body
            return self._fuller_body(found[0], head.idx)
        if not owners:
            return self._body_just_before_a_spokesperson(head)
        return None

    def _body_just_before_a_spokesperson(self, head: Token) -> Entity | None:
        """ "Rail operator Northline cancelled 60 trains. A spokesman said": a bare "a
        spokesman" (no owner word, no "for ...") right after a sentence that names one
        body and no person speaks for that body, as "a company spokesman" does. After
        a person ("The singer Arlo Vance was charged. A spokesman said") it stays an
        unnamed spokesman: whose it is, the text does not say."""
        if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts):
            return None
        if any(c.dep_ in ("amod", "prep", "acl", "relcl") for c in head.children):
            return None
        sent = head.sent
        start = sent.start
        while start > 0:
            prev = self.doc[start - 1].sent
            start = prev.start
            if prev.text.strip():
                break
        floor = max(self.doc[start].idx, self._boundary_before(head.idx))
        if any(floor <= p.position < head.idx and p.kind == "person" for p in self.people):
            return None
        bodies = {
            o.name: o for o in self.orgs
            if floor <= o.position < head.idx and self._visible(o.position) and o.label not in ("GPE", "NORP", "LOC")
        }
        bodies = {n: o for n, o in bodies.items() if not any(m != n and m.startswith(n + " ") for m in bodies)}
        return next(iter(bodies.values())) if len(bodies) == 1 else None

    def _fuller_body(self, body: Entity, position: int) -> Entity:
        """ "Acme Freight cut jobs ... An Acme spokeswoman said": a one-word body that opens
        the name of exactly one body named before is that body's short name, so the
        words go to "Acme Freight" and not to a second row "Acme"."""
        if " " in body.name:
            return body
        return self._sole_body_by_word(body.name, position, 0) or body

    def _body_before_spokesperson(self, ent: SpacySpan, role: Token) -> bool:
        """Whether a name the model tagged a person, compounded onto a lowercase
        spokesperson noun, is a body the spokesperson serves ("A Garda spokesman"): it is
        when no person of the article goes by it ("One Clinton spokesman" after Hillary
        Clinton is hers, as the general path already reads it)."""
        return (
            ent.root.dep_ == "compound" and ent.root.head.i == role.i and role.is_lower
            and self._proper_name_before_spokesperson(ent.root, ent) is not None
        )

    def _proper_name_before_spokesperson(self, owner: Token, phrase: SpacySpan) -> Entity | None:
        """ "A Garda spokesman said", "a Met Police spokeswoman said": a capitalised name
        compounded onto the spokesperson noun is the body the words are spoken for, though
        the model tags it a person or nothing -- unless the article names a person by it
        ("Ines Calloway ... a Calloway spokesman": hers, and the spokesman stays unnamed)."""
        if owner.dep_ != "compound" or not all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in phrase):
            return None
        ents = self._ents_in(phrase)
        if any(e.label_ in ORG_LABELS for e in ents):
            if len(phrase) == 1 and all(e.label_ == "NORP" for e in ents):
                # "A Lanterra spokesperson" after "Lanterra Industries", the short form
                # tagged a nationality (which the index skips as a modifier): the
                # one body named before whose first word it is (`_org_first_word`'s look-up)
                return self._sole_body_by_word(phrase.text, phrase.start_char, 0)
            return None  # a tagged body: the general path names it
        name = clean_name(phrase.text)
        words = {w.lower() for w in name.split()}
        if not name or self._person_shaped(name) or any(
            p.surname in words or p.name.split()[0].lower() in words
            for p in self.people if not phrase.start_char <= p.position < phrase.end_char
        ):
            return None
        # ("A Harwell spokesperson" after "Harwell Freight": the short form of the one
        # body named before whose first word it is, not a second body "Harwell")
        return self._lookup(name, "organization") or self._fuller_body(
            Entity(name, "organization", phrase.start_char), phrase.start_char
        )

    def _issuer(self, head: Token) -> Token | None:
        """ "The statement, issued by the Coastal Safety Agency, said", "the statement
        said. It was signed by Ines Calloway": who issued, signed or released the words
        gave them out. The object of "from"/"by" on the noun ("a statement from the
        mayor's office"), the agent of such a participle on it, or of the next sentence's
        passive with "it" (or the same noun) as its subject."""
        if any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" for c in head.lefts):
            return None  # "a New Jersey Watchdog report released by the governor's office"
        for prep in head.rights:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                # "A statement from the mayor's office said": whose it is, in the phrase.
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        verbs = [c for c in head.children if c.dep_ == "acl" and c.lemma_.lower() in ISSUING_VERBS]
        sent = self._sentence_at(head.i)
        nxt = self.doc[sent.end] if sent.end < len(self.doc) else None
        if nxt is not None and self._quote_of(nxt.idx) < 0:
            root = self._sentence_at(nxt.i).root
            subject = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
            if root.lemma_.lower() in ISSUING_VERBS and subject is not None and (
                subject.lower_ == "it" or subject.lemma_.lower() == head.lemma_.lower()
            ):
                verbs.append(root)
        for verb in verbs:
            for agent in verb.children:
                if agent.dep_ == "agent":
                    obj = next((c for c in agent.children if c.dep_ == "pobj"), None)
                    if obj is not None:
                        return obj
        return None

    def _giver_of_the_same(self, head: Token) -> Token | None:
        """ "His family announced his death in a statement. '...,' the statement said":
        "the statement" is the one a subject gave out "in a statement", or signed, wrote
        or issued ("Residents signed a letter"), in this sentence or the two before; that
        subject speaks (a body, a person or a group)."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts) or head.tag_ != "NN":
            return None
        sent = self._sentence_at(head.i)
        floor = sent
        for _ in range(2):
            before = self._sentence_before(floor)
            if before is None:
                break
            floor = before
        start = max(floor.start_char, self._boundary_before(head.idx))
        for tok in reversed(self.doc[: head.i]):
            if tok.idx < start:
                return None
            if tok.lemma_.lower() != head.lemma_.lower() or self._quote_of(tok.idx) >= 0:
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts):
                return None
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in GIVING_VERBS:
                verb = tok.head  # "Residents have signed a letter ...": who signed it
            elif tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head.pos_ == "VERB":
                verb = tok.head.head  # "announced his death in a statement"
            else:
                return None  # the nearest such noun is some other one ("the statement was long")
            return next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return None

    def _named_between(self, start: int, end: int, position: int) -> list[Entity]:
        """The people and bodies (not places) named in ``text[start:end]``, within the
        item of ``position``."""
        start = max(start, self._boundary_before(position))
        people = [e for e in self.people if start <= e.position < end and self._visible(e.position)]
        taken = {e.position for e in people}
        return people + [
            o for o in self.orgs
            if start <= o.position < end and o.position not in taken
            and o.label not in ("GPE", "LOC") and self._visible(o.position)
        ]

    def _org_first_word(self, span: SpacySpan, *, body: bool = False) -> tuple[Entity, str | None] | None:
        """ "Lumen Telecom and Orbis Cable agreed to merge. Lumen said": a lone capitalised
        word that opens the name of exactly one body named before is that body's short
        name, whatever the tagger made of it (here an English noun)."""
        # (a possessive's "'s" is no word of the name: "Zeller's spokeswoman")
        words = [t for t in self._toks[span.start : span.end] if not t.is_punct and t.lower_ != "the" and t.tag_ != "POS"]
        if len(words) != 1:
            return None
        tok = words[0]
        word = tok.text
        if not (_name_word(word) and word[:1].isupper() and not word.isupper()):
            return None
        lower = word.lower()
        if (
            not body and tok.ent_type_ in ("GPE", "LOC", "NORP", "PERSON")  # ``body``: we read it as one
            or tok.dep_ in ("compound", "amod", "nmod")
            or _phrase_goes_on(tok)  # "said Oversight ranking Democrat X": one word of more
            or lower in lexicon.PRONOUNS
            or lower in lexicon.TITLE_WORDS
            or lower in lexicon.ORG_DESCRIPTIONS
            or lower in lexicon.PLACE_WORDS
        ):
            return None
        found = self._sole_body_by_word(word, span.start_char, 0)
        return (found, None) if found is not None else None

    def _sole_body_by_word(self, word: str, position: int, at: int) -> Entity | None:
        """The one body named before ``position`` (not a place) whose name of two words or
        more has ``word`` as its word ``at`` (0 the first, -1 the last); None when no body
        or several bodies of different names have it."""
        # (the bodies filed by that word once, `_bodies_by_word`: asking every body at
        # every lone capitalised word made a text naming many bodies quadratic)
        filed = self._orgs_index("by word", _bodies_by_word).get((at, word))
        if filed is None:
            return None
        bodies, positions, in_order, first_other = filed
        if in_order:
            # the bodies before ``position`` are a prefix: one name if it ends before the
            # first body of another name, and the last of them stands for it
            k = bisect.bisect_left(positions, position)
            return bodies[k - 1] if 0 < k <= first_other else None
        found = {o.name: o for o in bodies if o.position < position}
        return next(iter(found.values())) if len(found) == 1 else None

    def _orgs_index(self, kind: str, build: Callable[[list[Entity]], Any]) -> Any:
        """``build(self.orgs)``, kept while ``self.orgs`` is the same list of as many
        bodies (bodies are renamed or reordered only in a new list: `_orgs_by_word`)."""
        cached = self._orgs_indexes.get(kind)
        if cached is None or cached[0] is not self.orgs or cached[1] != len(self.orgs):
            cached = self._orgs_indexes[kind] = (self.orgs, len(self.orgs), build(self.orgs))
        return cached[2]

    def _body_by_its_first_word(self, span: SpacySpan) -> Entity | None:
        """ "Vestra Foods and its rival, Mallory Brands ... Mallory said": a lone word
        opening the name of exactly one company named before, which no person of the
        article is called by, is that company though the tagger calls the word a
        person's name (`_org_first_word` alone gives way to the tag)."""
        if span.root.ent_type_ not in ("PERSON", ""):
            return None
        short = self._org_first_word(span, body=True)
        if short is None or not (
            _org_shaped(short[0].name) or _org_like(short[0].name)
            # a body the tagger named, when it tags this word nothing ("Trump said"
            # tagged a person is not the "Trump Train" named before)
            or short[0].label == "ORG" and not span.root.ent_type_
        ):
            return None
        word = next(t.text for t in self._toks[span.start : span.end] if not t.is_punct and t.lower_ != "the" and t.tag_ != "POS")
        if self._full_name(word, span.start_char) is not None:
            return None  # "Ford Motor ... Henry Ford ... Ford said": the person
        return short[0]

    def _appositive_body(self, head: Token) -> tuple[Entity, str | None] | None:
        """ "The operators' federation, UMPF, said": a body's description with the body's
        name set off by commas right after it is that body, not the last body the text
        named (the parser hangs the name on the comma as often as on the noun)."""
        lemma = head.lemma_.lower()
        if head.pos_ != "NOUN" or lemma not in lexicon.ORG_DESCRIPTIONS and lemma not in BODY_ROLES:
            return None
        doc = self.doc
        k = head.i + 1
        if k + 2 >= len(doc) or doc[k].text != ",":
            return None
        # ("Their union, the Ohio Education Association, said": the name's own article)
        start = k + 2 if doc[k + 1].lower_ == "the" else k + 1
        end = start
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        if end == start or end >= len(doc) or doc[end].text != "," and not (
            # `"...," said its parent company, Orvin Holdings.`: after the cue the name
            # closes the sentence
            head.i > head.head.i and doc[end].text in (".", "!", "?")
            and (end + 1 == len(doc) or doc[end + 1].is_space or doc[end + 1].is_sent_start)
        ):
            return None
        run = doc[start:end]
        if lemma in BODY_ROLES and not all(t.ent_type_ == "ORG" for t in run):
            return None  # ("his publisher, Ines Calloway,": a person publishes too)
        tagged = all(t.ent_type_ in ORG_LABELS for t in run)
        if not tagged and not (len(run) == 1 and run.text.isupper() and len(run.text) > 1):
            return None  # ("the union, Ines Calloway, said": no body's name)
        org = self._org_in(run)
        if org is None:
            org = Entity(self.org_name(run.text), "organization", run.start_char, label="ORG"), None
        return org if org[0].kind == "organization" else None

    def _company_of(self, name: str, position: int) -> Entity | None:
        """ "Peabody Energy ... Peabody said" with "Peabody" tagged a person: a one-word
        name that opens exactly one earlier company's name ("Energy", "Mining"), and no
        person's, is that company's short name."""
        if " " in name:
            return None
        firsts, surnames = self._people_words()
        if name in firsts or name.lower() in surnames:
            return None
        # (companies filed by their first word once, `_companies_by_first_word`)
        filed = self._orgs_index("companies", _companies_by_first_word).get(name)
        if filed is None:
            return None
        first, body, next_first = filed
        # exactly one company name before ``position``: the first, with no other yet
        return self._lookup(body, "organization") if first < position <= next_first else None

    def _org_in(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        root = span.root
        if root.lemma_.lower() in lexicon.COUNTRY_DESCRIPTIONS:
            return None  # "the soviet nation" points back to a country named earlier
        if (
            root.pos_ == "NOUN"
            and root.lemma_.lower() not in lexicon.ORG_DESCRIPTIONS
            and root.lemma_.lower() not in lexicon.GROUP_HEADS
            and not any(e.start <= root.i < e.end for e in self._ents_in(span))
        ):
            return None  # "a Trump supporter" is not Trump
        ents = [
            e
            for e in self._ents_in(span)
            if (
                e.label_ in ORG_LABELS
                or e.label_ in PERSON_LABELS and _org_shaped(clean_name(e.text))
                or e.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT") and (_named_body(e) or _legal_form_last(e))
            )
            and not (e.label_ == "NORP" and e.root.dep_ in ("amod", "compound") and e.root.head.pos_ == "NOUN"
                     and e.root.head.lemma_.lower() not in lexicon.ORG_DESCRIPTIONS)
            # ("the secretary of state", "state" tagged a body: a lowercase word names
            # none; a kind word with its own modifier does, "the water department")
            and not (e.text.islower() and all(t.is_alpha for t in e)
                     and not (len(e) > 1 and e[-1].lemma_.lower() in lexicon.ORG_DESCRIPTIONS))
        ]
        if not ents:
            owned = self._persons_body(span)
            if owned is not None:
                return owned, None
            named = _untagged_body_name(span)
            return (Entity(named, "organization", span.start_char), None) if named else None
        if not ents or all(self._capitalised_group(e) for e in ents):
            return None
        # "Russia's Foreign Ministry": the organisation is the whole proper-noun phrase;
        # "the Russian defence ministry": the modifiers and the descriptive head.
        head = span.root
        # (a lowercase head the tagger reads as a name is still the noun: "China's foreign
        # ministry", with "ministry" NNP, is no body called "ministry")
        if (head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.is_lower) and (
            _common_lemma(head) in lexicon.ORG_DESCRIPTIONS or _common_lemma(head) in lexicon.GROUP_HEADS
        ):
            first = min(e.start for e in ents)
            phrase = span.doc[first : head.i + 1].text if first <= head.i else ""
            name = clean_name(phrase) or clean_name(ents[-1].text)
            name = _upper_first(name)
        else:
            covering = [e for e in ents if e.start <= head.i < e.end]
            national = self._national_body(covering[0]) if covering else None
            if national is not None and national.position >= span.start_char:
                return self._lookup(national.name, "organization") or national, None  # "Water UK"
            base = covering[0].text if covering else (_joined_name(span) or _propn_run(span) or ents[-1].text)
            if covering:
                section = party_section(covering[0].root) if len(covering[0]) == 1 else []
                first = min((t.i for m in section for t in m.subtree), default=-1)
                if first >= span.start:
                    base = span.doc[first : covering[0].end].text  # "Senate Democrats"
            name = self.org_name(clean_name(base))
            if covering and name:
                name = self._with_owning_country(covering[0], name)
        if not name:
            return None
        if " " not in name:
            # "Greywater said" after "Greywater Mining": the short name of the body.
            short = self._org_first_word(span, body=True)
            if short is not None and (_org_shaped(short[0].name) or _org_like(short[0].name)):
                return short  # (not "Trump" for a "Trump Train" named before)
            # ("a super PAC backing X" is some body of that kind, not the one named before)
            indefinite = any(t.lower_ in ("a", "an", "another") for t in self._toks[span.start : span.end])
            capitalised = any(t.text == name for t in self._toks[span.start : span.end])
            tail = None if indefinite else self._org_last_word(name, span.start_char, capitalised)
            if tail is not None:
                return tail, None
        return Entity(name, "organization", span.start_char), None

    def _with_owning_country(self, ent: SpacySpan, name: str) -> str:
        """ "Norway's Ministry of Defence said": a capitalised body's name every country
        has ("Ministry of Defence", "Defence Ministry": English words around a word for
        a body) keeps the country whose it is, as "Russia's foreign ministry" does; alone
        it would be filed with every other country's ministry of that name."""
        doc = ent.doc
        toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
        if ent.start < 2 or toks[ent.start - 1].lower_ not in ("'s", "\u2019s"):
            return name
        # (the model's entities as the article's store keeps them, `entities`: `Doc.ents`
        # built a Span for every entity of the article at each body named after an "'s")
        owner = next((e for e in entities(doc) if e.label_ == "GPE" and e.end == ent.start - 1), None)
        if owner is None:
            # ("Norway's Ministry of Health" with "Norway" left untagged: a country's name)
            before = toks[ent.start - 2]
            if before.pos_ != "PROPN" or before.lower_ not in _COUNTRY_NAMES or not before.text[:1].isupper():
                return name
            owner = doc[ent.start - 2 : ent.start - 1]
        words = [t for t in ent if t.is_alpha and t.lower_ not in ("of", "the", "and", "for")]
        if not any(t.lower_ in lexicon.ORG_DESCRIPTIONS for t in words) or not all(
            self._english(t.text) for t in words
        ):
            return name
        return f"{clean_name(owner.text)}'s {name}"

    def _org_last_word(self, word: str, position: int, capitalised: bool = False) -> Entity | None:
        """ "The Washington Post ran an editorial. The Post said": a body's own last word
        that only a body's name ends in ("Post", "Times", "Energy") is the short name of
        the one body named before that ends in it. So is a word for a public office
        written with its capital as a name (`The European Commission ... A Commission
        spokeswoman said`, "the Ministry"): the writer shortens the name named before,
        where "the commission" in lower case may be any."""
        lower = word.lower()
        if lower not in lexicon.ORG_NAME_ENDINGS and not (capitalised and lower in lexicon.OFFICE_DESCRIPTIONS):
            return None
        return self._sole_body_by_word(word, position, -1)

    def _persons_body(self, span: SpacySpan) -> Entity | None:
        """ "Governor Meredith Yoon's office said", "Tomas Vrba's campaign said": the
        body a named person heads speaks, under the person's name ("Meredith Yoon's
        office", as "the governor's office" is "Governor's office"), when the tagger
        took the possessor for a person, not the body."""
        head = span.root
        if head.pos_ != "NOUN" or head.lemma_.lower() not in PERSONS_BODIES:
            return None
        owner = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
        if owner is None or owner.pos_ != "PROPN":
            return None
        found = self._person_in(span.doc[owner.left_edge.i : owner.i + 1])
        if found is None or found[0].kind != "person" or found[0].label == LONE_NAME:
            return None
        return Entity(f"{found[0].name}'s {head.lower_}", "organization", span.start_char, label="ORG")

    def _capitalised_group(self, ent: SpacySpan) -> bool:
        """ "Neighbours said", "Nurses said" tagged ORG: a plural of people nobody names
        ("residents", "nurses"), capitalised only as the sentence's first word and never
        inside one, is an unnamed group, not a body."""
        tok = ent[0]
        if len(ent) != 1 or not tok.is_sent_start or not tok.text[1:].islower():
            return False
        if tok.lower_ not in lexicon.UNNAMED_HEADS or not tok.lower_.endswith("s"):
            return False
        return re.search(rf"[a-z,;] {tok.text}\b", self.text) is None

    def _body_with_word(self, lemma: str, position: int) -> Entity | None:
        """The latest body before ``position`` whose own name has the word ("society" ->
        "Harrowgate Beekeeping Society"), for a spokesperson's "for the society": only a
        body so named, never the one the story names most, as the word is on no list."""
        if len(lemma) < 3:
            return None
        return self._latest_org(position, lambda o: lemma in o.name.lower().split())

    def _org_named(self, lemma: str, position: int) -> Entity | None:
        """ "Acme Corp and Northfield Bank signed. The bank said": the most recent body
        whose own name has the description's word ("Bank", "Ministry of Health")."""
        named = self._latest_org(position, lambda o: lemma in o.name.lower().split())
        if named is not None and named.name.lower() == lemma:
            # "Stenfield District Council ... Council leader Paul Hendry ... A council
            # spokesperson said": a body the model tagged as the bare word ("Council") is
            # the body named in full before with that word, when there is one.
            named = self._latest_org(
                position, lambda o: lemma in o.name.lower().split() and o.name.lower() != lemma
            ) or named
        if named is None:
            named = self._compound_named(lemma, position)
        return named

    def _compound_named(self, lemma: str, position: int) -> Entity | None:
        """ "Nordbank was fined ... The bank said": a one-word name that ends in the
        description's word ("Nordbank", "Vestkraft" for "the kraft") is that body, also
        when the model tagged it as a person, if no first name the data knows opens it."""
        if len(lemma) < 3:
            return None

        def fits(e: Entity) -> bool:
            word = e.name.lower()
            return " " not in e.name and word.endswith(lemma) and len(word) >= len(lemma) + 3

        org = self._latest_org(position, fits)
        if org is not None:
            return org
        floor = self._boundary_before(position)
        people = [
            p for p in self.people
            if floor <= p.position < position and fits(p) and _no_first_name(p.name) and self._gender(p) is None
        ]
        if not people:
            return None
        latest = max(people, key=lambda p: p.position)
        return Entity(latest.name, "organization", latest.position, label="ORG")

    def _org_of_kind(self, stems: tuple[str, ...], position: int) -> Entity | None:
        """ "Orrin Bank raised its rates. The lender said": the most recent body before
        whose name shows the kind ("bank" for a lender, "motors" for a carmaker)."""
        def fits(o: Entity) -> bool:
            words = o.name.lower().split()
            # "Halden Airport" is a place, though "air" is in it: no airline.
            return words[-1] not in lexicon.PLACE_WORDS and any(stem in w for w in words for stem in stems)

        return self._latest_org(position, fits)

    def _only_body_of_no_kind(self, position: int) -> Entity | None:
        """ "Morvik recalled 30,000 vans. The carmaker said": a body whose name shows no
        kind at all ("Morvik", not "Orrin Bank" nor "Halden Air") is the one "the
        carmaker" means when it is the only body named before (places aside)."""
        body = self._only_body_before(position)
        if body is None:
            return None
        if re.search(r"[A-Z][\w-]*,? (?:and|&) $", self.text[max(0, body.position - 40) : body.position]) or re.match(
            r",? (?:and|&) [A-Z]", self.text[body.position + len(body.name) : body.position + len(body.name) + 8]
        ):
            return None  # "Morvik and Telsor recalled vans" (the parser may miss the pair): which one?
        # ("Norvik Holdings", "Orsa Group Inc.": a legal or holding word tells no kind)
        name = body.name.split()
        while len(name) > 1 and name[-1].strip(".,").lower() in lexicon.KINDLESS_NAME_ENDINGS:
            name.pop()
        words = [w.lower() for w in name]
        kinds = [stem for stems in lexicon.ORG_KIND_STEMS.values() for stem in stems]
        if any(stem in w for w in words for stem in kinds) or _org_like(" ".join(name)):
            return None
        # (a name of coined words only: "Harlan Museum" or "Lindell Foods" tell a kind)
        return None if any(self._english(w) for w in name[1:]) else body

    def _only_body_before(self, position: int) -> Entity | None:
        """The one body (places and peoples aside) named before ``position`` in its
        item, a short name opening a fuller one counted as that body ("Norvik Holdings
        ... Norvik said"); None when there are none or several."""
        floor = self._boundary_before(position)
        bodies = {
            o.name: o for o in self.orgs
            if floor <= o.position < position and self._visible(o.position) and o.label not in ("GPE", "NORP", "LOC")
        }
        bodies = {
            n: o for n, o in bodies.items()
            if not any(m != n and m.startswith(n + " ") for m in bodies)
        }
        if len(bodies) != 1:
            return None
        return next(iter(bodies.values()))

    def _only_business_before(self, position: int) -> Entity | None:
        """ "Skyward Airlines met the Regional Pilots Association. A company spokeswoman
        said": of the bodies of the last sentence naming any before ``position`` (in its
        item), the one whose name's head is no public body's, union's or party's; a
        company has a spokeswoman the union does not. None when two businesses (or none)
        are named there: which one, the text does not say. Only that sentence counts, as
        a body of a headline or of a story told earlier is no party to these words."""
        floor = self._boundary_before(position)
        named = [
            o for o in self.orgs
            if floor <= o.position < position and self._visible(o.position) and o.label not in ("GPE", "NORP", "LOC")
        ]
        if len(named) < 2:
            return None
        latest = max(named, key=lambda o: o.position)
        sent = self.doc.char_span(latest.position, latest.position + len(latest.name), alignment_mode="expand")
        if sent is None:
            return None
        start, end = sent.sent.start_char, sent.sent.end_char
        bodies = {o.name: o for o in named if start <= o.position < end}
        bodies = {n: o for n, o in bodies.items() if not any(m != n and m.startswith(n + " ") for m in bodies)}
        if len(bodies) < 2:
            return None
        businesses = [o for n, o in bodies.items() if n[:1].isupper() and not _non_business_name(n)]
        return businesses[0] if len(businesses) == 1 else None

    def _latest_org(self, position: int, fits: Callable[[Entity], bool]) -> Entity | None:
        """The most recent visible body before ``position`` (in the same item) that
        ``fits``."""
        floor = self._boundary_before(position)
        found = [o for o in self.orgs if floor <= o.position < position and self._visible(o.position) and fits(o)]
        return max(found, key=lambda o: o.position) if found else None

    def _latest_org_by_word(self, lemma: str, position: int) -> Entity | None:
        """The most recent visible body before ``position`` whose name's head word is
        ``lemma``, capitalised ("Bakery" of "Lindhaven Bakery Company", "Church" of
        "Living Church of God"; not "Research" of "Potsdam Institute for ... Research")."""
        def headed(o: Entity) -> bool:
            head = _name_head(o.name)
            return head is not None and head.lower() == lemma and head[:1].isupper()

        return self._latest_org(position, headed)

    def _state_body(
        self, lemma: str, head: Token, org: Entity | None, position: int
    ) -> tuple[Entity, str | None] | None:
        """ "Greywater Mining closed its pit. The police said": an arm of a state is a
        place or a body whose name shows the arm, never the company the story is about.
        When no such body was named, "the army" is a body of that name; "the police"
        is left to the unnamed reading "Police said" gets."""
        stems = lexicon.STATE_BODY_STEMS[lemma]

        def fits(o: Entity) -> bool:
            return o.label in ("GPE", "NORP", "LOC") or any(stem in o.name.lower() for stem in stems)

        if org is None or not fits(org):
            org = self._latest_org(position, fits)
        if org is not None:
            return org, None
        if lemma == "police":
            return Entity("Police", "unnamed", position), None
        return Entity(_capitalised(head.text), "organization", position), None

    def _most_mentioned_org(self, position: int, *, places: bool = True) -> Entity | None:
        """The organisation an article is about: "the alliance" in a story full of NATO.

        A description carries no name, so the body named most often before it (by name,
        not by pronoun) is the best guess; it needs a clear lead over the runner-up.
        """
        counts: dict[str, int] = {}
        for org in self.orgs:
            if org.position < position and (places or org.label != "GPE"):
                counts[org.name] = counts.get(org.name, 0) + 1
        if not counts:
            return None
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if len(ranked) > 1 and ranked[0][1] < 2 * ranked[1][1]:
            return None
        return self._lookup(ranked[0][0], "organization")

    def _own_description(self, head: Token) -> Entity | None:
        """ "the finance ministry", "the town council", "the president's office": a body
        described by what it does, when no body with that word in its name was named,
        is that description, not the organisation the story names most (a party is no
        ministry). A bare "the ministry" later continues the nearest such description.
        Adjectives do not count ("the military bloc" stays NATO): only a noun modifier.
        Only public offices, which are one of a kind: "the drug company" or "the parent
        company" describes the company the story names.
        """
        lemma = _common_lemma(head)
        if lemma not in lexicon.OFFICE_DESCRIPTIONS or not _singular_common(head):
            return None  # "the drug company", "the parent company": a kind of body, not one
        floor = self._boundary_before(head.idx)
        # Walked lazily, nearest first: the list of every token before the head, built
        # for each description, made an article naming "the town council" n times cost
        # n^2 token objects (a 2,000-sentence text: 28 of its 47 s), though the walk
        # almost always ends at the head itself or a few words back.
        for tok in (self.doc[i] for i in range(head.i, -1, -1)):
            if tok.idx < floor:
                break
            if tok.i != head.i and (_common_lemma(tok) != lemma or not _singular_common(tok)):
                continue
            if tok.i != head.i and not self._visible(tok.idx):
                continue
            mods = [
                c for c in tok.lefts
                if (c.dep_ == "compound" and c.pos_ == "NOUN" and not c.ent_type_)
                or (c.dep_ == "poss" and c.pos_ == "NOUN" and c.lemma_.lower() in lexicon.PERSON_DESCRIPTIONS)
                # "the foreign ministry", "China's foreign ministry": a ministry's adjective
                # is its portfolio, a commission's its remit ("the electoral commission");
                # a council's ("the local council") is no name
                or (lemma in ("ministry", "commission") and c.dep_ == "amod" and c.is_lower and c.is_alpha
                    and c.lower_ not in ANAPHORIC_ADJECTIVES)
            ]
            if mods:
                place = [c for c in tok.lefts if c.dep_ == "poss" and c.ent_type_ in ("GPE", "NORP")]
                if tok.i != head.i and not place:
                    # "The Tarnow city council voted ... The council said": the place
                    # (tagged so or untagged) still names the council, as the first time.
                    place = [c for c in tok.lefts if _place_compound(c, mods[0])]
                first = min(t.i for t in (place or mods)[0].subtree)
                name = clean_name(self.doc[first : tok.i + 1].text)
                return Entity(_upper_first(name), "organization", head.idx) if name else None
        return None

    @contextlib.contextmanager
    def _orgs_kept(self, keep: Callable[[Entity], bool]) -> Iterator[None]:
        """Within the block, ``self.orgs`` holds only the bodies ``keep`` accepts: the
        helpers a call goes through look there, so the bodies are left out for that call
        alone (and nothing is swapped when every body is kept)."""
        kept = [o for o in self.orgs if keep(o)]
        if len(kept) == len(self.orgs):
            yield
            return
        saved, self.orgs = self.orgs, kept
        try:
            yield
        finally:
            self.orgs = saved

    def _named_like_a_person(self, org: Entity) -> bool:
        """A "body" the article also knows as a person, named as a person is
        (`_person_shaped`: "Valeria Costa")."""
        return self._person_shaped(org.name) and self._lookup(org.name, "person") is not None

    def _person_shaped(self, name: str, *, english_first: bool = False) -> bool:
        """Whether a name the model tagged a body reads as a person's: two or three words
        opening on a clear and common first name that is no English word (with
        ``english_first``, an English word too: "Rachel", "Grace"), and nothing of a
        body's name in it ("Valeria Costa", "Ines Calloway"; not "Harwick Power", whose
        first word few people bear)."""
        words = name.split()
        return (
            2 <= len(words) <= 3 and _strong_first_name(words[0]) and (english_first or not self._english(words[0]))
            and not _rare_as_a_name(words[0]) and not _org_shaped(name) and not _org_like(name)
        )

    def _org_description(
        self, span: SpacySpan, head: Token, lemma: str, modifiers: list[Token]
    ) -> tuple[Entity, str | None] | None:
        """The body a description such as "the company", "the alliance" means."""
        # "The alliance said" after "NATO chief ... in Vilnius": only a government
        # or a state can be a place; other bodies skip the place names.
        places = lemma in lexicon.STATE_DESCRIPTIONS
        named = self._org_named(lemma, span.start_char) if head.tag_ not in ("NNS", "NNPS") else None
        if named is not None:
            return named, None
        if lemma in lexicon.ORG_KIND_STEMS:
            kind = self._org_of_kind(lexicon.ORG_KIND_STEMS[lemma], span.start_char) or self._only_body_of_no_kind(
                span.start_char
            )
            return (kind, None) if kind is not None else None
        party = self._org_of_kind(lexicon.PARTY_NAME_STEMS, span.start_char) if lemma == "party" else None
        if party is not None:
            return party, None
        own = self._own_description(head)
        if own is not None:
            return own, None
        with self._orgs_kept(lambda o: not _public_body_for_business(lemma, o.name)):
            org = self._most_mentioned_org(span.start_char, places=places) or self._salient(
                span.start_char, "organization", None, places=places
            )
        if org is not None and self._family_name_first(org.name):
            org = None  # "Nagy Ferenc" tagged a body is a person, no association
        if lemma in lexicon.STATE_BODY_STEMS and not modifiers:
            return self._state_body(lemma, head, org, span.start_char)
        return (org, None) if org is not None else None



#: Verbs whose agent gave out a statement ("issued by", "signed by").
ISSUING_VERBS = frozenset({"issue", "sign", "release", "publish", "send", "post"})

#: Verbs whose subject gives out the words their object holds ("signed a letter",
#: "wrote a letter").
GIVING_VERBS = ISSUING_VERBS | {"write"}


def _phrase_goes_on(tok: Token) -> bool:
    """Whether the word after ``tok`` continues its noun phrase (a noun, a name, an
    adjective, a number or an -ing form), so that ``tok`` alone names nothing."""
    if tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.is_alpha and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.tag_ == "VBG")


def _public_body_for_business(lemma: str, name: str) -> bool:
    """Whether ``name`` is a public body ("Lorne council", "Tarnow Police") that a
    business description (``lemma``: "the company", "the operator") cannot mean: a
    council runs no ferries, and "the company said" after "Westgrid says ... Lorne
    council says" is Westgrid, or nobody, never the council. A lowercase "body" (the
    model's "poles" of "climb poles" tagged a nationality) is no company either."""
    if lemma not in lexicon.BUSINESS_DESCRIPTIONS and lemma not in lexicon.OPERATOR_DESCRIPTIONS:
        return False
    if not name[:1].isupper():
        return True
    head = _name_head(name)
    return head is not None and head.lower() in lexicon.PUBLIC_BODY_HEADS


def _non_business_name(name: str) -> bool:
    """Whether a body's name says it is no business ("Regional Pilots Association",
    "Selby District Council"): its head word is a public body's or a members' body's.
    A name whose head cannot be told (a headline tagged as a body) counts as one too,
    so that only a plain business name is left to speak for "a company"."""
    head = name if " " not in name else _name_head(name)  # ("Boeing": a business by its own name)
    return head is None or head.lower() in lexicon.NON_BUSINESS_HEADS


def _name_head(name: str) -> str | None:
    """The head word of a body's name: the last word before its "of"/"for" phrase and
    any company form ("Bakery" of "Lindhaven Bakery Company"); None for a name of more
    than four such words (a headline the model tagged as a body)."""
    words = name.split()
    cut = next((k for k, w in enumerate(words) if w in ("of", "for")), len(words))
    words = words[:cut]
    while len(words) > 1 and words[-1].lower().strip(".") in lexicon.LEGAL_FORMS | {"company", "corporation"}:
        words = words[:-1]
    return words[-1] if 2 <= len(words) <= 4 or len(words) == 1 and cut < len(name.split()) else None


def _place_compound(tok: Token, first_mod: Token) -> bool:
    """ "Tarnow" in "the Tarnow city council", "Selby" in "the Selby district council": a
    capitalised proper noun compounded onto the body noun before its noun modifiers,
    tagged as a place or as nothing (a place the model does not know), is part of the
    body's name."""
    return (
        tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.ent_type_ in ("", "GPE", "LOC")
        and tok.i < first_mod.i
        and tok.text[:1].isupper() and tok.is_alpha
    )


def _definite_noun(tok: Token) -> bool:
    """ "the society": a lower-case singular common noun under "the" alone."""
    return tok.pos_ == "NOUN" and tok.tag_ == "NN" and tok.is_lower and [t.lower_ for t in tok.lefts] == ["the"]


def _definite_body_word(tok: Token) -> bool:
    """ "the airline", "the company": a lower-case body noun under "the" alone, which
    names back to a body named before."""
    return (
        tok.pos_ == "NOUN" and tok.is_lower and tok.lemma_.lower() in lexicon.ORG_DESCRIPTIONS
        and [t.lower_ for t in tok.lefts] == ["the"]
    )


def _singular_common(token: Token) -> bool:
    """A singular common noun, or a lowercase singular word the tagger read as a name."""
    return token.tag_ == "NN" or token.tag_ == "NNP" and token.is_lower

#: Bodies that belong to one person and speak for them: "Tomas Vrba's office said".
PERSONS_BODIES = frozenset({"office", "campaign", "team", "administration"})

#: Lowercase words inside a body's capitalised name ("Union of Carrow", "Central and
#: East European Coalition", "Fund for Peace").
NAME_JOINERS = frozenset({"of", "and", "for"})


def _untagged_body_name(span: SpacySpan) -> str:
    """ "the Midwives' Union of Carrow said", which the model tags as no body (at most
    a place inside it): a mention whose head is a capitalised word for a body, every
    other word capitalised too (a leading "the", a possessive's mark and up to two
    joining words inside aside), names that body; "" if not."""
    head = span.root
    words = [t for t in span if t.is_alpha and not (t.i == span.start and t.lower_ == "the")]
    joins = [t for t in words if t.lower_ in NAME_JOINERS]
    if (
        head.pos_ != "PROPN" or not head.text[:1].isupper() or head.lower_ not in BODY_NAME_ENDINGS
        or len(words) - len(joins) < 2 or len(joins) > 2
        or words[0] in joins or words[-1] in joins
        or any(not t.text[:1].isupper() and t.lower_ not in NAME_JOINERS for t in words)
        or any(not (t.is_alpha or t.tag_ == "POS" or t.i == span.start) for t in span)
        or any(e.label_ in PERSON_LABELS for e in span.ents)
    ):
        return ""
    return clean_name(span.text)


def _legal_form_last(ent: SpacySpan) -> bool:
    """ "Nordhavn Shipping A/S" tagged a work of art: capitalised words ending in a
    company's legal form are a company's name, whatever the tag."""
    words = ent.text.split()
    return (
        len(words) >= 2
        and words[-1].strip(".,").lower() in lexicon.LEGAL_FORMS
        and all(w[:1].isupper() for w in words)
    )


def _bodies_by_word(orgs: list[Entity]) -> dict[tuple[int, str], tuple[list[Entity], list[int], bool, int]]:
    """For `Resolver._sole_body_by_word`: the bodies of two words or more that are no
    place, in order, under (0, their first word) and (-1, their last); with their
    offsets, whether those ascend, and how many open the list before one of a name other
    than the first's."""
    filed: dict[tuple[int, str], list[Entity]] = {}
    for o in orgs:
        words = o.name.split()
        if len(words) < 2 or o.label in ("GPE", "LOC"):
            continue
        filed.setdefault((0, words[0]), []).append(o)
        filed.setdefault((-1, words[-1]), []).append(o)
    index = {}
    for key, bodies in filed.items():
        positions = [o.position for o in bodies]
        in_order = all(a <= b for a, b in itertools.pairwise(positions))
        first_other = next((i for i, o in enumerate(bodies) if o.name != bodies[0].name), len(bodies))
        index[key] = (bodies, positions, in_order, first_other)
    return index


def _companies_by_first_word(orgs: list[Entity]) -> dict[str, tuple[int, str, float]]:
    """For `Resolver._company_of`: the names of two words or more that end in a word for a
    company, under their first word (up to the first space), as the first offset of the
    earliest name, that name, and the first offset of the next name (infinity for none)."""
    firsts: dict[str, dict[str, int]] = {}
    for o in orgs:
        head, space, _rest = o.name.partition(" ")
        words = o.name.split()
        if not space or not words or words[-1].lower() not in lexicon.COMPANY_NAME_ENDINGS:
            continue
        names = firsts.setdefault(head, {})
        names[o.name] = min(names.get(o.name, o.position), o.position)
    index = {}
    for head, names in firsts.items():
        ranked = sorted((position, name) for name, position in names.items())
        index[head] = (*ranked[0], ranked[1][0] if len(ranked) > 1 else float("inf"))
    return index


def _joined_name(span: SpacySpan) -> str:
    """A body's name of capitalised words joined by a small word, the mention whole
    ("Safe at Home", "Friends of the Valley"), with the head its first word: the tagger
    took only the last word for a body, and the head alone ("Safe") is no name."""
    words = [t for t in span if not t.is_space]
    if len(words) < 3 or words[0].i != span.root.i or not words[-1].text[:1].isupper():
        return ""
    if words[0].is_sent_start or words[0].pos_ != "PROPN":
        return ""  # ("Half of Vermont Democrats", "Staff for the committee": capitalised as a sentence opens)
    if not all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in JOINING_WORDS) for t in words):
        return ""
    return " ".join(t.text for t in words)

