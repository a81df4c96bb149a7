"""Turning a written name into the article's person: surnames, given names, initials, lists.

"Stoltenberg" is the "Jens Stoltenberg" named earlier, "Dana" the only Dana, "Ada Ruiz and
Piet Oster said" two speakers; a lone capitalised word the tagger misread can still be a
surname. These rules read names; descriptions and pronouns are other modules' jobs.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes import lexicon, namedata
from quotes.doccolumns import entities, head_of, kids
from quotes.doctext import doc_text
from quotes.entities import _conjunct_phrase, _conjuncts
from quotes.index import COMMON_GIVEN_NAME, person_fits
from quotes.models import JointSpeaker, Span
from quotes.nameshapes import (
    BODY_NAME_ENDINGS,
    INVISIBLE_RUN,
    LONE_NAME,
    NAME_SUFFIX_COMMA,
    PERSON_LABELS,
    SPOKESPEOPLE,
    TITLE_AT,
    Entity,
    _after_title,
    _clear_first_name,
    _common_word,
    _described_as_body,
    _name_genders,
    _name_word,
    _org_like,
    _org_shaped,
    _personal_noun,
    _plain,
    _propn_run,
    _rare_as_a_name,
    _role_word,
    _strip_titles,
    _strong_first_name,
    _title_cased,
    clean_name,
    first_name_gender,
    fix_mojibake,
)
from quotes.store import speaker_key

#: A role noun ending in "-man" after three letters or more ("fisherman", "gunman",
#: "businesswoman", "sportsman"; not "woman" nor "human").
MAN_AGENT = re.compile(r"[a-z]{3}man$")


def _described(span: SpacySpan) -> str | None:
    """The role a description gives the name set in apposition to it ("The mayor of
    Dunmore, Aisling Byrne" -> "mayor of Dunmore"), without its article; None when
    empty or longer than a role."""
    described = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", span.text).strip(" ,")
    return described if 0 < len(described) <= 80 else None


#: How clearly a first name must be one gender's (share of its bearers) before a
#: courtesy title of the other gender is read as someone else: "Lindsey" (90% women) and
#: "Hillary" are too mixed to keep "Mr. Graham" off Lindsey Graham.
SURE_GENDER_SHARE = 0.97


def _sure_first_name_gender(word: str) -> str | None:
    """ "f" or "m" when the name data gives ``word`` as a first name to one gender almost
    only ("Imogen", "Brendan"); else None (the article's own pronoun guesses are not used:
    they can be wrong about who "she" was)."""
    share = _name_genders().get(_plain(word))
    if share is None:
        return None
    return "f" if share >= SURE_GENDER_SHARE else "m" if share <= 1 - SURE_GENDER_SHARE else None


def _by_courtesy(earlier: list[Entity], gender: str) -> list[Entity]:
    """The people sharing a surname that a courtesy title of ``gender`` ("Mr. Okonjo")
    can mean: those known to be of that gender; when none is, those of no known gender
    beside someone known to be of the other ("Femi Okonjo and his wife, Ngozi Okonjo ...
    Mr. Okonjo said": not her, though "Femi" is in no name list); else all of them."""
    same = [p for p in earlier if p.gender == gender]
    if same:
        return same
    if any(p.gender not in (None, gender) for p in earlier):
        return [p for p in earlier if p.gender is None] or earlier
    return earlier


class NameRules:
    """Names at a cue: full names from short forms, given names and surnames, listed and joint speakers."""

    def _full_name(self, name: str, position: int) -> str | None:
        """The fullest earlier name this one is a short form of ("Stoltenberg" -> full).

        Only a real short form counts: "Helga Brandt" never becomes "Daniel Brandt".
        """
        key = speaker_key(name)
        if not key:
            return None
        # (the name's words and its key's, split once: each test below split them anew)
        key_words = key.split()
        one_key_word = len(key_words) == 1
        name_words = name.split()
        # Only people sharing the last word can fit: an index keeps long texts linear.
        by_key = self._by_last.get(key_words[-1], {})
        fits = [p for k, people in by_key.items() if person_fits(key, k) for p in people]
        first = name_words[0]
        if (
            len(key_words) >= 2
            and first_name_gender(name) is not None
            and first.lower() not in lexicon.SURNAME_PARTICLES
        ):
            # "Donald Trump" is a full name already: never "Rip Donald Trump" from a
            # headline the model read as one name. "Ibn Saeed", "De Villiers" open with
            # a particle the name data may list as a first name: they are surnames. So
            # is a first word few bear as a given name ("Ortega Ruiz" after "Lucía Ortega
            # Ruiz": her two surnames, as "Ruiz Montoya" is), after a clear first name.
            rare = (
                first.lower() in lexicon.SURNAME_OPENERS
                or namedata.women_shares().bearers(first.lower()) < COMMON_GIVEN_NAME
            )
            fits = [
                p for p in fits
                if p.name.split()[0] == first or rare and _strong_first_name(p.name.split()[0])
                and len(p.name.split()) > len(name_words)
            ]
        if not fits and one_key_word:
            wife = self._spouse_by_courtesy(key, name, position)
            if wife is not None:
                return wife
        if not fits and one_key_word:
            fits = self._short_forms(key)
        if not fits and one_key_word:
            fits = self._given_name_of(name, position)
        if not fits:
            fits = self._first_surname_of(key, name)
        if not fits and one_key_word:
            fits = self._bodies_named_like_people(key, position)
        earlier = [p for p in fits if p.position <= position]
        if one_key_word and earlier and self._bare_bearer_by_courtesy(key, earlier, position):
            return None  # "Mr Baxendale ... Ruth Baxendale ... Mr Baxendale said": him, not her
        spouse = self._spouse_of(earlier, name, position)
        if spouse is not None:
            # "Chinedu Okafor and his wife, Ngozi ... Mrs. Okafor said": not him but his
            # wife, named by her first name beside him ("Ngozi Okafor").
            return spouse
        if len({p.name for p in earlier}) > 1:
            # "Bill Clinton ... Hillary Clinton ... Mr. Clinton": a courtesy title's gender
            # picks among people sharing the surname before recency does.
            gender = self._courtesy_gender(position)
            earlier = _by_courtesy(earlier, gender) if gender else earlier
        if len({p.name for p in earlier}) > 1:
            # "Dr. Petra Holm treated Erik Holm ... Dr. Holm said": a title picks the one
            # the article gave it.
            title = self._title_key_at(position)
            earlier = [p for p in earlier if title in self._titles(p.name)] or earlier if title else earlier
        if len({p.name for p in earlier}) > 1:
            # "Claire Dubois-Martin met Paul Martin ... Martin said": a hyphenated surname
            # is written whole, so a bare "Martin" is the one whose surname is that word.
            earlier = [p for p in earlier if self._written_tail(p.name, name) == key] or earlier
        if earlier and self._courtesy_rules_out(earlier, key, position):
            return None  # "Orlaith Kinsella-Rowe ... Mr Kinsella-Rowe said": not her
        if earlier:
            # Two earlier Brandts: the most recently mentioned one is meant.
            return max(earlier, key=lambda p: (p.position, len(p.name))).name
        later = {p.name for p in fits}
        # (a surname with particles counts as one word: "van den Broek" named in full later)
        one_word = sum(w not in lexicon.SURNAME_PARTICLES for w in key.split()) == 1
        return later.pop() if len(later) == 1 and one_word else None

    def _courtesy_rules_out(self, earlier: list[Entity], key: str, position: int) -> bool:
        """Whether a courtesy title at ``position`` ("Mr Delahunt") is of the other gender
        than every earlier bearer of the surname, each written given name first ("Siobhan
        Delahunt": the surname is the last word) with a known gender. A name written
        family name first ("Kim Min-jun ... Mr Kim") is left alone: first-name data would
        read the family name ("Kim") as the given name."""
        at = TITLE_AT.match(self.text, position, position + 16)
        gender = lexicon.TITLE_GENDERS.get(at.group(1).lower()) if at else None
        if gender is None:
            return False
        surname = key.split()
        if not surname:
            return False
        for p in earlier:
            words = speaker_key(p.name).split()
            if len(words) <= len(surname) or words[0] == surname[0] or words[-len(surname) :] != surname:
                return False
            if _sure_first_name_gender(p.name.split()[0]) not in ({"m", "f"} - {gender}):
                return False
            if self._courtesy_gender(p.position) == gender:
                return False  # "Mrs John Hartigan ... Mrs Hartigan said": her husband's name
        return True

    def _spouse_by_courtesy(self, key: str, name: str, position: int) -> str | None:
        """ "Mr Baxendale and his wife, Ruth, ... Mrs Baxendale said": a bare surname under
        a courtesy title of the other gender than every earlier bearer of that very name
        is the spouse or kin named beside one of them by first name ("Ruth Baxendale"),
        not the one already named. The title is read first: without one of a known
        gender nothing is done, and gathering the bearers for every mention of a surname
        written thousands of times ("Ada said, Ada said, ...") grew quadratically."""
        at = TITLE_AT.match(self.text, position, position + 16)
        if at is None or at.group(1).lower() not in lexicon.TITLE_GENDERS:
            return None
        return self._spouse_of(self._bare_bearers(key, position), name, position)

    def _bare_bearer_by_courtesy(self, key: str, fuller: list[Entity], position: int) -> bool:
        """Whether a courtesy title at ``position`` fits an earlier bearer of the bare
        surname itself ("Mr Baxendale") and none of the fuller names (``fuller``: "Ruth
        Baxendale"), each of a known gender: the bare surname is that first bearer. The
        title is read before the bearers are gathered (see `_spouse_by_courtesy`)."""
        gender = self._courtesy_gender(position)
        if gender is None:
            return False
        same = self._bare_bearers(key, position)
        if not same:
            return False
        known = [self._gender(p) for p in fuller]
        return any(self._gender(p) == gender for p in same) and None not in known and gender not in known

    def _bare_bearers(self, key: str, position: int) -> list[Entity]:
        """The people written before ``position`` by the bare surname ``key`` itself ("Mr
        Baxendale" filed as "Baxendale"), not by a fuller name ending in it."""
        return [p for p in self._by_last.get(key, {}).get(key, []) if p.position < position]

    def _spouse_of(self, bearers: list[Entity], name: str, position: int) -> str | None:
        """The full name ("Ngozi Okafor") of the spouse or kin that ``name`` under a
        courtesy title at ``position`` means, when the title is of the other gender than
        every one of ``bearers`` and a first name of its gender stands beside one of them
        (`_partner_named_beside`); else None."""
        contrary = self._courtesy_of_the_other_gender(bearers, position)
        given = self._partner_named_beside(bearers, contrary, position) if contrary is not None else None
        return f"{given} {name.split()[-1]}" if given is not None else None

    def _courtesy_of_the_other_gender(self, earlier: list[Entity], position: int) -> str | None:
        """The gender of the courtesy title at ``position`` ("Mrs. Okafor") when every
        earlier bearer of the surname is known to be of the other one, else None."""
        if not earlier:
            return None  # (most calls: no earlier bearer, no title need be read)
        at = TITLE_AT.match(self.text, position, position + 16)
        gender = lexicon.TITLE_GENDERS.get(at.group(1).lower()) if at else None
        if gender is None:
            return None  # (only a title the mention opens with: "Mrs. Okafor said")
        known = {self._gender(p) for p in earlier}
        return gender if None not in known and gender not in known else None

    def _partner_named_beside(self, bearers: list[Entity], gender: str, position: int) -> str | None:
        """A one-word name of ``gender`` written before ``position`` in a sentence that
        also names one of ``bearers`` ("Chinedu Okafor and his wife, Ngozi, run a
        pharmacy"): the spouse or kin a courtesy title with the shared surname means."""
        sentences = {self._sentence_of(p.position).start for p in bearers}
        beside = [
            q for q in self.people
            if " " not in q.name and q.position < position
            and (q.gender or first_name_gender(q.name)) == gender
            and self._sentence_of(q.position).start in sentences
        ]
        return max(beside, key=lambda q: q.position).name if beside else None

    @staticmethod
    def _written_tail(full: str, short: str) -> str:
        """The key of ``full``'s last written words, as many as ``short`` has: for "Martin",
        "Paul Martin" ends in "martin" but "Claire Dubois-Martin" in "dubois martin"."""
        return speaker_key(" ".join(full.split()[-len(short.split()) :]))

    def _short_forms(self, key: str) -> list[Entity]:
        """ "Adm. Harry B. Harris Jr. ... Harris said": the people whose surname a
        one-word name is, written before a generational suffix."""
        return [
            p for p, k in self._by_second_last.get(key, ())
            if len(k.split()) >= 3 and k.split()[-1] in lexicon.NAME_SUFFIXES
        ]

    def _first_surname_of(self, key: str, name: str) -> list[Entity]:
        """ "Luis Alberto Herrera Quintana ... Herrera said", "Mariana de la Cruz Ortega
        ... De la Cruz said": Spanish and Portuguese names carry two surnames and the
        story often shortens to the first. A name that is the words right before the
        last of exactly one person's name (with a first name before it) is that person.
        A clear first name ("Alberto") is no surname, and two such people leave it open.
        """
        words = key.split()
        n = len(words)
        if not n or key in lexicon.TITLE_WORDS or key in lexicon.HONORIFICS:
            return []
        # The people with the word before their last one: most names have none, and then
        # the name data need not be read.
        bearers = self._by_second_last.get(words[-1], ())
        if not bearers:
            return []
        first = name.split()[0]
        if _strong_first_name(first) and not _rare_as_a_name(first):
            # A middle name, or a full name already ("Glenn Beck Blasts"). A surname the
            # name data lists for a handful of bearers ("Ortega", 9) is still a surname.
            return []
        found: dict[str, Entity] = {}
        for p, k in bearers:
            full = k.split()
            if len(full) < n + 2 or full[-n - 1 : -1] != words or _org_shaped(p.name):
                continue
            shown = p.name.split()
            # A real name: a first name the data knows in front ("Super Glass-Steagall"
            # is no name), and a last word the story never writes in lowercase ("the
            # Rachel Maddow Show" is a programme, "Maddow" no first surname).
            if (
                _strong_first_name(shown[0])
                and shown[-1].isalpha()
                and shown[-1][:1].isupper()
                and not _common_word(shown[-1], self.text)
            ):
                found.setdefault(p.name, p)
        return list(found.values()) if len(found) == 1 else []

    def _given_name_of(self, name: str, position: int) -> list[Entity]:
        """ "Dana Whitlock ... Dana said", "Xi Jinping ... Xi said": a one-word name no
        one's surname is, but the first word of exactly one earlier multi-word person
        name, is that person (a first name in a feature, the family name where it comes
        first). Two earlier people with that first word leave it unresolved.

        Acronyms ("CNN", "HP") are bodies, and a "name" whose other words the story also
        writes in lowercase ("Latinos Said", "CNN President", "HP Way") was a misread
        run of words, not a person, so neither counts.
        """
        key = speaker_key(name)
        if not _name_word(name) or name.isupper() or key in lexicon.TITLE_WORDS or key in lexicon.HONORIFICS:
            return []
        people, positions, in_order, first_other = self._given_name_bearers(key)
        found: dict[str, Entity] = {}
        if in_order:
            # those before ``position`` are a prefix: of one person if it ends before the
            # first of another key
            n = bisect.bisect_left(positions, position)
            if 0 < n <= first_other:
                found[people[0][1]] = people[0][0]
            else:
                people = people[:n]
        if not found:
            for p, k in people:
                if p.position < position:
                    found.setdefault(k, p)
        if len(found) > 1:
            # "Chen Jianguo and his daughter, Chen Meiling ... Ms. Chen said": a courtesy
            # title's gender picks one of two people of the family name.
            gender = self._courtesy_gender(position)
            found = {k: p for k, p in found.items() if gender is not None and p.gender == gender}
        return list(found.values()) if len(found) == 1 else []

    def _given_name_bearers(self, key: str) -> tuple[list[tuple[Entity, str]], list[int], bool, int]:
        """For `_given_name_of`: the people filed under the first word ``key``
        (``self._by_first``) whose name has two words or more, is shaped as no body's and
        goes on in words no common word (with their keys, in order); their offsets,
        whether those ascend, and how many open the list before one of another key.

        Kept for the list filed under ``key`` (appended to, or replaced whole) and
        extended with it: asking every bearer of a first word again at each lone name
        made a text naming many people quadratic."""
        filed = self._by_first.get(key, [])
        cached = self._given_names.get(key)
        if cached is None or cached[0] is not filed or cached[1] > len(filed):
            cached = (filed, 0, ([], [], True, 0))
        _filed, done, (people, positions, in_order, first_other) = cached
        for p, k in filed[done:]:
            words = p.name.split()
            if (
                len(words) >= 2
                and not _org_shaped(p.name)
                and all(
                    _name_word(bare := w.replace("-", "").strip(NICKNAME_STRIP)) and not _common_word(bare, self.text)
                    for w in words[1:]
                )
            ):
                in_order = in_order and (not positions or positions[-1] <= p.position)
                if first_other == len(people) and (not people or k == people[0][1]):
                    first_other += 1
                people.append((p, k))
                positions.append(p.position)
        found = (people, positions, in_order, first_other)
        self._given_names[key] = (filed, len(filed), found)
        return found

    def _name_cut_by_a_sentence_break(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """ "Prices\n\nTervala Energy said": after a one-word headline the parser may end a
        sentence after "Tervala", leaving the mention "Energy". A capitalised proper noun
        that is a sentence on its own, on the same line right before a one-word mention
        opening a sentence, is the name's first word: the whole name is a body when a
        body's word ends it, a person when a first name opens it."""
        i = span.start
        if i == 0 or len(span) != 1 or not span[0].is_sent_start or not span[0].text[:1].isupper():
            return None
        prev = self._toks[i - 1]
        if not (
            prev.is_sent_start and prev.pos_ == "PROPN" and prev.text[:1].isupper() and prev.is_alpha
            and prev.whitespace_ == " " and span[0].is_alpha
        ):
            return None
        name = f"{prev.text} {span[0].text}"
        if _org_shaped(name) or _org_like(name):
            return Entity(self.org_name(name), "organization", prev.idx, label="ORG"), None
        if first_name_gender(name) is not None:
            return self._person_entity(self._full_name(name, prev.idx) or name, prev.idx), None
        return None

    def _listed_names(self, span: SpacySpan) -> list[SpacySpan]:
        """ "Ada Ruiz and Piet Oster said" parsed with "Ada Ruiz and Piet" as modifiers of
        "Oster": no "and" joins the heads, but the mention is only names, each a person
        entity, set apart by commas and one "and". Then they are the list the parse
        missed (the first speaks, the others with it); otherwise none."""
        root = span.root
        if _conjuncts(root) or not span.start <= root.i < span.end:
            return []
        ents = [e for e in self._ents_in(span) if e.label_ in PERSON_LABELS and self._looks_like_name(e)]
        if len(ents) < 2 or ents[0].start != span.start or ents[-1].end != span.end:
            return []
        if not ents[-1].start <= root.i < ents[-1].end:
            return []
        gaps = [[t.lower_ for t in span.doc[a.end : b.start]] for a, b in zip(ents, ents[1:], strict=False)]
        if gaps[-1] != ["and"] or any(gap not in ([","], ["and"]) for gap in gaps[:-1]):
            return []
        return ents

    def _listed_speakers(self, names: list[SpacySpan], first: Entity) -> tuple[JointSpeaker, ...]:
        """The joint speakers of a list of names the parse missed (`_listed_names`)."""
        out: list[JointSpeaker] = []
        seen = {first.name}
        for name in names:
            result = self._resolve_mention(name)
            if result is None or result[0].label == LONE_NAME or result[0].name in seen:
                continue
            seen.add(result[0].name)
            out.append(JointSpeaker(result[0].name, result[0].kind, Span(name.start_char, name.end_char, name.text)))
        return tuple(out)

    def _joint(self, span: SpacySpan, first: Entity) -> tuple[JointSpeaker, ...]:
        """The speakers who spoke with ``first``: the names joined to the mention by
        "and", or, for a "they", to the subject it goes back to ("Tomas Vrba and Ines
        Calloway met the unions. They said ...")."""
        root = span.root
        if root.i < span.start or root.i >= span.end:
            return ()
        joint = self._joint_speakers(root, first)
        if joint or not (len(span) == 1 and root.lower_ == "they" or self._pair_mention(span)):
            return joint
        subject = self._coordinated_subject(span.start_char, pair=root.lower_ != "they")
        if subject is None:
            return ()
        named = self._first_conjunct(subject)
        if named is None or named[0].name != first.name:
            return ()
        # Each row's mention is the words at its cue: the "they" for all of them.
        they = Span(span.start_char, span.end_char, span.text)
        joint = tuple(dataclasses.replace(j, mention=they) for j in self._joint_speakers(subject, first))
        if span.root.tag_ == "NNPS" and span.root.text.endswith("s"):
            # "Dan Fowler and his wife, Rita ... The Fowlers said": the plural says
            # each of them bears the surname, "Rita" too.
            surname = span.root.text[:-1]
            joint = tuple(
                dataclasses.replace(j, name=f"{j.name} {surname}") if j.kind == "person" and " " not in j.name else j
                for j in joint
            )
        return joint

    def _pair_mention(self, span: SpacySpan) -> bool:
        """Whether the words name two people together: "the two men", "both", "the
        couple" (`lexicon.PAIR_REFERENCES`), or a surname in the plural, "the Fowlers",
        when the people joined by "and" just before include one of that surname."""
        words = [t for t in self._toks[span.start : span.end] if not t.is_punct]
        text = " ".join(t.lower_ for t in words)
        if text in lexicon.PAIR_REFERENCES:
            # The subject, opening its sentence or a clause after "and", "but", ":" or
            # ";": "Party figures -- whose party ... -- both suggested" is the figures.
            before = span.doc[span.start - 1] if span.start > span.sent.start else None
            return span.root.dep_ in ("nsubj", "nsubjpass") and (
                before is None or before.lower_ in ("and", "but", ":", ";")
            )
        if len(words) != 2 or words[0].lower_ != "the" or words[1].tag_ != "NNPS" or not words[1].text.endswith("s"):
            return False
        subject = self._coordinated_subject(span.start_char, pair=True)
        surname = words[1].text[:-1]
        return subject is not None and any(
            t.text == surname for c in (subject, *_conjuncts(subject)) for t in _conjunct_phrase(c)
        )

    def _coordinated_subject(self, position: int, pair: bool = False) -> Token | None:
        """The last subject of names joined by "and" before ``position`` (or the names a
        plural role in the subject's place stands beside: `_named_members`; else such
        names as the object of no person: `_objects_of_no_person`), in its sentence
        or the one before, or the one before that when the sentence between names no one
        and has no plural subject ("Ana Ferreira and Luis Moreno founded the food bank.
        Demand has tripled. They said ..."). Words that say two people (``pair``: "the
        two men", "both") reach that far whatever the sentence between holds ("Brenner
        jumped in while Alt called the coastguard. The two men said")."""
        sent = self._sentence_of(position)
        before = self._sentence_before(sent)
        windows = [sent, before]
        if before is not None and (pair or not any(
            t.ent_type_ in ("PERSON", "ORG", "NORP") or t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNS", "NNPS", "PRP")
            for t in before
        )):
            windows.append(self._sentence_before(before))
        for window in windows:
            if window is None:
                continue
            found = [
                t for t in map(_named_members, self._subjects_in(window))
                if t.idx < position and t.pos_ == "PROPN" and _conjuncts(t)
            ]
            if found:
                return found[-1]
            found = self._objects_of_no_person(window, position)
            if found:
                return found[-1]
        return None

    def _objects_of_no_person(self, window: SpacySpan, position: int) -> list[Token]:
        """ "The court sentenced Lars Moen and Erik Dahl to six years. They said they
        would appeal": names joined by "and" as the object of a sentence's main verb are
        the only plural a "they" can mean when the subject is one thing and no person
        ("the court", "a flood"): a person or a plural subject ("Ana Ruiz met ...", "the
        judge", "police") could be among "they" or be "they", and stays unresolved (or
        the group, `_plural_subject`)."""
        out: list[Token] = []
        for t in self._toks[window.start : window.end]:  # (built once, not per span)
            if t.idx >= position or t.dep_ != "dobj" or t.pos_ != "PROPN" or t.head.dep_ != "ROOT":
                continue
            if not _conjuncts(t):
                continue
            subjects = [c for c in t.head.children if c.dep_ in ("nsubj", "nsubjpass")]
            if len(subjects) != 1 or not _no_person(subjects[0]):
                continue
            out.append(t)
        return out

    @functools.cached_property
    def _model_entity_bounds(self) -> list[tuple[int, int]]:
        """The (start, end) of the model's own entities (not the corrected ones), read
        once: ``Doc.ents`` builds a Span for every entity of the document on each access."""
        return [(e.start, e.end) for e in entities(self.doc)]

    def _one_entity(self, a: Token, b: Token) -> bool:
        """Whether two tokens lie in one entity of the model ("Johnson and Johnson")."""
        return any(start <= a.i < end and start <= b.i < end for start, end in self._model_entity_bounds)

    def _joint_speakers(self, root: Token, first: Entity) -> tuple[JointSpeaker, ...]:
        """ "Tomas Vrba and Ines Calloway said": the names joined to the speaker's by
        "and" spoke too, each resolved as a mention of its own ("he and his lawyer",
        "Vrba and the union"). A name the model reads as one entity with its "and"
        ("Procter and Gamble") is one speaker. Only named people and bodies: "leaders
        and officials" are one unnamed group, no list of speakers."""
        out: list[JointSpeaker] = []
        names = {first.name}
        for conj in _listed_conjuncts(root):
            if self._one_entity(root, conj):
                continue
            words = _conjunct_phrase(conj)
            if not words:
                continue
            cspan = self.doc[words[0].i : words[-1].i + 1]
            try:
                result = self._resolve_mention(cspan)
            except (IndexError, ValueError):
                result = None
            if result is None or result[0].label == LONE_NAME or result[0].kind == "unnamed" or result[0].name in names:
                continue
            names.add(result[0].name)
            mention = Span(cspan.start_char, cspan.end_char, cspan.text)
            kind = "person" if self._bare_pair_of(first, result[0], cspan) else result[0].kind
            out.append(JointSpeaker(result[0].name, kind, mention))
        return tuple(out)

    def _bare_pair_of(self, first: Entity, other: Entity, cspan: SpacySpan) -> bool:
        """ "Ruiz and Varga both said": two bare capitalised words joined as speakers,
        the first read as a person's surname, the second tagged a body though nothing
        makes it one (no body's shape, written nowhere else in the article): the pair
        is two people, so "Varga" is a person as "Ruiz" is."""
        if first.kind != "person" or " " in first.name or other.kind != "organization" or " " in other.name:
            return False
        if len(cspan) != 1 or cspan[0].pos_ != "PROPN" or _org_shaped(other.name) or _org_like(other.name):
            return False
        return self.text.count(other.name) == 1 and self.text.count(first.name) >= 1

    def _bare_surname(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """ "Mbeki said the clinic would close": a lone capitalised proper noun at the
        cue, which neither the model nor the article resolves (no entity, or a product
        or work-of-art tag the small model puts on unfamiliar surnames), still names the
        speaker: the word itself beats no speaker. Places, groups and known bodies were
        tried before and are left alone. A possessor ("Ruiz's warning that ...") is
        the same word: its "'s" is no second word."""
        words = [
            t for t in span
            if not t.is_punct and t.tag_ != "POS" and t.lower_.strip(".") not in lexicon.TITLE_WORDS
        ]
        if len(words) != 1:
            return None
        tok = words[0]
        # "Deshmukh further stated": the small model reads an unfamiliar surname that
        # opens a sentence as a common noun; a word outside its English vocabulary is none.
        unknown_noun = tok.pos_ == "NOUN" and tok.tag_ == "NN" and not self._english(tok.text)
        if (tok.tag_ in ("MD", "DT") or tok.pos_ == "VERB") and tok.text[:1].isupper() and tok.text[1:].islower():
            # "Instead, Will called for ...", "Calloway on the port:": a surname the
            # parser read as a modal or a verb (the extractor made it the speaker); it
            # names someone only if the article does. So does a given name written
            # last that the parser reads as a determiner ("Nguyen Van An ... An said").
            full = self._full_name(tok.text, tok.idx)
            known = self._lookup(full, "person") if full is not None else None
            return (known, None) if known is not None else None
        if tok.i != span.root.i or not unknown_noun and (tok.pos_ != "PROPN" or tok.tag_ != "NNP"):
            return None
        if tok.ent_type_ not in ("", "PERSON", "PRODUCT", "WORK_OF_ART"):
            return None
        word = tok.text
        if not (_name_word(word) and word[:1].isupper() and not word.isupper()) or _org_like(word):
            return None
        if word.lower() in lexicon.PRONOUNS:  # (a title word never gets here: dropped above)
            return None
        if _common_word(word, self.text) or tok.is_stop or _title_cased(self._sentence_at(tok.i)):
            return None  # "Enough ..." / a Title Case headline's "Why Does Israel Refuse"
        known = self._lookup(word, "person")
        if known is not None:
            return known, None
        # Named for its own item only (as a _lone_name in _person_in): a word this weak is
        # no antecedent for a later "he" or "the former president".
        return Entity(word, "person", span.start_char, label=LONE_NAME), None

    def _appositive_name(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """ "The mayor of Dunmore, Aisling Byrne, said": a descriptive mention followed by
        the person's name in apposition is that person, not a name inside the
        description ("Dunmore", "Wendell Price's deputy")."""
        head = span.root
        # (a subject is a noun, though the tagger may call it an adjective: "The WHO's
        # director-general, Ama Boateng, said" with "general" read as one)
        misread = head.pos_ == "ADJ" and head.dep_ in ("nsubj", "nsubjpass")
        if head.pos_ not in ("NOUN", "PROPN") and not misread or head.tag_ in ("NNS", "NNPS"):
            return None  # "contenders Ann Roe and Bo Lee": a group, not its first member
        lemma = head.lemma_.lower()
        personal = lemma in lexicon.TITLE_WORDS or lemma in lexicon.PERSON_DESCRIPTIONS
        # ("the CFO, Raj Malhotra,", "the local MLA, ...": a role written as an acronym no
        # list holds, taken as personal only before a name the model tags a person)
        acronym = not personal and _acronym_role(head)
        personal = personal or acronym
        if head.pos_ == "PROPN" and not (
            # (a kin word the tagger read as a name: "the boy's nan Tracey")
            (personal or lemma in lexicon.KIN_NOUNS and head.is_lower) and any(t.dep_ in ("det", "poss") or t.dep_ == "nummod" and t.lower_ == "one" for t in head.lefts)
        ):
            # a name, not a title: only "The Prime Minister, Hanne Solberg," or a title
            # owned by a country or body ("Estonia's Minister of Economic Affairs, ..."),
            # or picked out by "one" ("one MP, Zoltan Kiss,")
            return None
        kin = lemma in lexicon.KIN_NOUNS  # "His neighbour Kari Lunde": only a person
        # ("A fisherman from Incheon, Kim Min-seo": "-man" names one person by role as
        # "-er" does; only here, where a name in apposition follows)
        agent = _personal_noun(lemma) or bool(MAN_AGENT.search(lemma))
        children = list(head.rights)
        if personal or agent:
            # "A spokeswoman for the company, Odile Marchand, said": the parser hangs the
            # name on the last noun of the description; a clear personal name there is
            # the spokeswoman's (an organisation there, "the alliance, NATO", is not).
            # After a body that cannot be one person ("a lawyer for the family, Ayodele
            # Okoro") any name there is the describee's.
            children += [
                a for prep in head.rights if prep.dep_ == "prep"
                for obj in prep.children if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN")
                for a in obj.rights if a.dep_ == "appos" and a.pos_ == "PROPN"
                and (
                    personal and first_name_gender(self.doc[a.left_edge.i : a.i + 1].text) is not None
                    # ("Our correspondent in Lima, Yolanda Quispe,": a role by its agent
                    # suffix takes a full name opening on a clear first name, which
                    # "Manchester, New Hampshire" or "Kandy, Sri Lanka" do not)
                    or agent and a.i > a.left_edge.i
                    and first_name_gender(self.doc[a.left_edge.i : a.i + 1].text) is not None
                    or _body_not_person(obj)
                    # ("A fisherman from Incheon, Kim Min-seo": a name the model tags a
                    # person after a place or body is no apposition to the place)
                    or _person_after_place(obj, a)
                )
            ]
        named = self._named_as(head) if personal or kin or agent else None
        if named is None and (personal or kin or agent):
            # "The chairman of the board, a retired admiral named Tomas Vrba,": the name
            # given to the description set off after the head
            named = next(
                (n for c in head.rights if c.dep_ == "appos" and c.pos_ == "NOUN" for n in [self._named_as(c)] if n),
                None,
            )
        if named is None and (personal or kin or agent):
            named = self._per_name(head, span)
        if named is not None:
            return named
        for child in children:
            # (a name the tagger marks a person though it reads its last word as a noun:
            # "Her coach, Park Ji-hoon, said", with "hoon" a lowercase noun)
            tagged = next(
                (e for e in self._ents_in(span.doc[child.left_edge.i : child.i + 1])
                 if e.label_ in PERSON_LABELS and e.start > head.i and e.end == child.i + 1),
                None,
            )
            if child.dep_ != "appos" or child.pos_ != "PROPN" and tagged is None:
                continue
            # The small model often calls a name an organisation; after a noun only a
            # person can be ("her spokeswoman, Odile Marchand"), it is a person.
            first = child.i
            while first - 1 > head.i:
                prev = first - 1
                if self.doc[prev].is_space and prev - 1 > head.i:
                    prev -= 1  # "Ivo\u00a0Marek": a no-break space is a token of its own
                if self.doc[prev].dep_ not in ("compound", "flat") or self.doc[prev].head.i != child.i:
                    break
                first = prev
            run = self.doc[min(first, tagged.start) if tagged is not None else first : child.i + 1]
            # ("the promoter Ines Calloway": a role no list holds takes a name the model
            # tagged a place when the name opens on a clear first name)
            role_like = (
                personal and not acronym or kin or (agent and first_name_gender(run.text) is not None)
                or _unlisted_role_before_a_clear_name(head, run)
            )
            if child.ent_type_ != "PERSON" and not (
                # ("the lad's mum Tracey": a first name the model tags a language)
                role_like and child.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "LANGUAGE", "NORP", "")
            ):
                continue  # ("Odhiambo's lawyer, Ines Calloway," with the name tagged a place)
            person = self._person_in(run)
            if person is None and child.ent_type_ != "PERSON":
                words = run.text.split()
                # (one word only when it is a clear first name, or after a kin word when the
                # model gave it no place or body tag: "the lad's mum Tracey" as a language)
                given = len(words) == 1 and (
                    (kin or personal) and first_name_gender(run.text) is not None
                    or kin and child.ent_type_ in ("LANGUAGE", "NORP", "")
                )
                if (2 <= len(words) <= 4 or given) and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in run) \
                        and not _org_like(run.text) and not _org_shaped(run.text):
                    name = clean_name(run.text)
                    person = (self._person_entity(name, run.start_char), None)
            if person is None:
                return None
            entity, role = person
            return entity, role or _described(span)
        if (personal or kin or agent) and not children:
            return self._name_set_off_after(head)
        if personal or kin or agent:
            tail = self._end_of_whose_phrase(head)
            if tail is not None:
                # `said a lawyer for the family, Ayodele Martins.`: the name the parser
                # cut off from a description ending in "for"/"of" + whose (a body, not one
                # person) is the describee's, as an apposition would be.
                return self._name_set_off_after(head, tail)
            tail = _end_of_participle_phrase(head)
            if tail is not None:
                # `The senator representing Kano Central, Alhaji Musa Danladi, said`: the
                # parser makes the name the participle's object; set off by a comma after
                # the participle's phrase, it names the office holder.
                return self._name_set_off_after(head, tail)
        return None

    def _per_name(self, head: Token, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """ "His coach, Per Amundsen, said": the first name Per read as the preposition
        ("per the report") hung on the description, its surname as the object; set off
        by commas right after the description, "Per" and the capitalised words after it
        are the person's name (the extractor reads it the same way: `_per_is_a_name`)."""
        doc = self.doc
        for prep in head.rights:
            if prep.dep_ != "prep" or prep.text != "Per" or doc[prep.i - 1].text != ",":
                continue
            end = prep.i + 1
            while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            if end == prep.i + 1 or end - prep.i > 4 or end >= len(doc) or doc[end].text not in (",", "."):
                return None
            entity = self._person_entity(clean_name(doc[prep.i : end].text), doc[prep.i].idx)
            return entity, _described(span)
        return None

    @staticmethod
    def _end_of_whose_phrase(head: Token) -> Token | None:
        """The last token of "a lawyer for the family", "a spokesman of the ministry":
        a description whose only right-hand parts are prepositional phrases naming no
        one person (no person's name, no title, no litigant), so a name set off after it
        can only be the describee's ("a lawyer for the defendant, Ann Roe" may be the
        defendant's name, and is left alone)."""
        rights = list(head.rights)
        if not rights or any(c.dep_ != "prep" for c in rights):
            return None
        objs = [o for prep in rights for o in prep.subtree if o.dep_ == "pobj"]
        # (a place or a body by its name is no one person either: "the landlady of the
        # Red Lion, Maureen Daly")
        if not objs or not all(_body_not_person(o) or o.ent_type_ in ("ORG", "FAC", "GPE", "LOC") for o in objs):
            return None
        # The phrase ends before a name the parser hung on its last noun as an apposition
        # set off by a comma ("of the pub, Tom Daly"): that name is the one set off.
        doc = head.doc
        cut = {
            t.i for o in objs for c in o.children
            if c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == ","
            for t in (doc[c.left_edge.i - 1], *c.subtree)
        }
        return doc[max(t.i for t in head.subtree if t.i not in cut)]

    def _name_after_role(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """ "Friends of Oakridge Library chairwoman Deirdre Makepeace said", with the name
        left out of the mention (the parser hangs it on "Friends"): a mention ending in a
        lowercase role word right before a person's name, nothing between, is that
        person's title."""
        last = span[-1]
        if not (last.tag_ == "NN" and last.is_lower and _role_word(last.lemma_.lower())) or span.end >= len(self.doc):
            return None
        first = self.doc[span.end]
        if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or last.whitespace_ != " ":
            return None
        end = span.end + 1
        while end < len(self.doc) and self.doc[end].ent_iob_ == "I" and self.doc[end].ent_type_ == "PERSON":
            end += 1
        if end - span.end < 2:
            return None  # a full name only
        person = self._person_in(self.doc[span.end : end])
        return person if person is not None and person[0].kind == "person" else None

    def _named_in_the_next_sentence(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """ '"Nobody warned us," said one worker. The worker, Hamish Drummond, had been
        there for 22 years.': an indefinite role mention ("one worker", "a resident")
        that the very next sentence opens by naming ("The worker, <full name>,") is that
        person, not an unnamed worker."""
        words = [t for t in self._toks[span.start : span.end] if not t.is_punct]
        if len(words) != 2 or words[0].lower_ not in ("a", "an", "one"):
            return None
        head = words[1]
        if head.tag_ != "NN" or not head.is_lower or not _role_word(head.lemma_.lower()):
            return None
        sent = self._sentence_at(head.i)
        opening = re.compile(rf"\s*The[^\S\n]+{re.escape(head.text)}[^\S\n]*,[^\S\n]*")
        m = opening.match(self.text, sent.end_char)
        if m is None:
            return None
        found = [p for p in self.people if p.position == m.end() and " " in p.name]
        if not found:
            return None
        return self._lookup(found[0].name, "person") or found[0], None

    def _name_set_off_after(self, head: Token, last: Token | None = None) -> tuple[Entity, str | None] | None:
        """ "announced by the head teacher, Rose Achterberg, on Friday" with the name
        hung elsewhere by the parser: a person's full name set off by commas right after
        an office (or after ``last``, the end of its description) is the office holder,
        as an apposition is."""
        doc = self.doc
        k = (last or head).i + 1
        if k + 2 >= len(doc) or doc[k].text != "," or doc[k + 1].ent_type_ != "PERSON" or doc[k + 1].ent_iob_ != "B":
            return None
        end = k + 2
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        if end - (k + 1) < 2 or end >= len(doc) or doc[end].text not in (",", ".", ";"):
            return None
        return self._person_in(doc[k + 1 : end])

    def _named_as(self, head: Token) -> tuple[Entity, str | None] | None:
        """ "a retired teacher named Wendeline Groot", "The pilot, identified by the
        airline as Captain Rasmus Eide,": a person noun whose participle names it is
        that person (the name is the participle's predicate or the object of its "as")."""
        for acl in head.rights:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in NAMING_PARTICIPLES:
                continue
            names = [c for c in acl.children if c.dep_ in ("oprd", "dobj") and c.pos_ == "PROPN"]
            names += [
                o for p in acl.children if p.dep_ == "prep" and p.lower_ == "as"
                for o in p.children if o.dep_ == "pobj" and o.pos_ == "PROPN"
            ]
            for name in names:
                first = min(t.i for t in name.subtree if t.i <= name.i and t.dep_ in ("compound", "flat") or t.i == name.i)
                person = self._person_in(self.doc[first : name.i + 1])
                if person is not None and person[0].kind == "person":
                    return person[0], None
        return None

    def _person_in(self, span: SpacySpan, *, lone: bool = False) -> tuple[Entity, str | None] | None:
        """The person a mention names. ``lone``: the mention is a speaker's own, where a
        lone unknown proper noun may name its speaker (never for a pronoun's antecedent)."""
        root = span.root
        ents = [
            e for e in self._ents_in(span)
            if e.label_ in PERSON_LABELS and self._looks_like_name(e)
            # "said Councillor Ivy Marsh" with only the title tagged: no name in it
            and not all(t.lower_.strip(".") in lexicon.TITLE_WORDS for t in e)
        ]
        if root.pos_ == "PROPN" and all(t.i == root.i or t.lower_ == "the" for t in self._toks[span.start : span.end]):
            body = self._company_of(root.text, span.start_char)
            if body is not None:
                return body, None
        if root.pos_ == "NOUN" and root.lower_ in SPOKESPEOPLE:
            # "Ms. Ortiz's spokesman said": the spokesman speaks, not his employer, though
            # the word is a title too ("Spokesman Dmitry Orlov"). "Clinton's campaign"
            # still speaks for Clinton. Nor is "a spokesman for Ms. Ortiz" Ms. Ortiz.
            ents = [e for e in ents if not _owner_of(e.root, root) and not self._body_before_spokesperson(e, root)]
        elif root.lemma_.lower() in lexicon.PERSON_DESCRIPTIONS and root.lower_ in lexicon.TITLE_WORDS:
            # "Greywater Mining's chairman said", "the senator's chief of staff": an office
            # holder speaks, not the one whose office it is (a campaign, no person, still
            # speaks for its candidate).
            ents = [e for e in ents if not _owner_of(e.root, root)]
        if root.pos_ == "NOUN" and root.lower_ not in lexicon.TITLE_WORDS:
            # "a Trump supporter", "Clinton's spokesman": the named person only modifies
            # the head; the speaker is someone else.
            ents = [e for e in ents if e.start <= root.i < e.end]
            if not ents:
                return self._surname_as_noun(span)
        if not ents and root.lower_ in lexicon.TITLE_WORDS:
            # "Superintendent of Police Rakesh Menon": the head is the title, and the
            # person the article found in the phrase without the tagger is its name.
            inside = [
                p for p in self.people
                if root.idx < p.position < span.end_char and _office_name(root, self._phrase_head(p.position))
            ]
            if inside:
                entity = self._lookup(inside[-1].name, "person") or inside[-1]
                return entity, _role_of(span, entity.name)
        if not ents:
            # The small model often misses names; a proper-noun head that matches a known
            # surname, or two capitalised proper nouns, still reads as a person.
            propns = _propn_run(span, self._english) or self._name_read_as_adjective(span)
            if not propns:
                return None
            words = propns.split()
            if words[-1] in lexicon.ROLE_ABBREVIATIONS:
                return None  # "The Labour MP said": a role, described in `_description`
            known = self._full_name(words[-1], span.start_char)
            if known is None and len(words) == 1 and words[0] in self._lone_person_names():
                # "Maddow asked ...": the model tags the same bare surname PERSON
                # elsewhere in the article; one untagged use is the same person.
                known = words[0]
            not_person = ("ORG", "GPE", "FAC", "LOC", "NORP", "PRODUCT", "WORK_OF_ART")
            if known is None and span.root.ent_type_ == "WORK_OF_ART" and len(words) >= 2:
                # A title does not speak: the small model tags an unfamiliar name
                # WORK_OF_ART ("Greywater Mining said", "José Albarran said"). A body's
                # word makes it the body; a known first name, the person.
                if _org_like(propns) or _org_shaped(propns):
                    return Entity(self.org_name(propns), "organization", span.start_char, label="ORG"), None
                if first_name_gender(propns) is not None:
                    not_person = ()
            if known is None and (
                span.root.ent_type_ in not_person
                or any(e.label_ == "ORG" and e.start <= span.root.i < e.end for e in self._ents_in(span))
            ):
                # an unknown name the model calls a place or organisation (or which the
                # entity fixes above made one: "the Ostby Porters Guild", "Guild" tagged PERSON)
                return None
            if known is None and (_org_like(propns) or words[-1].istitle() and words[-1].lower() in BODY_NAME_ENDINGS):
                return None  # ("the Vellmar Tenants Guild": a body, `_org_in`)
            if known is None and len(words) < 2:
                if not lone or not _lone_name(span):
                    return None
                if self._reports_of_itself(Entity(words[0], "person", span.start_char)) or _described_as_body(root):
                    # "Tervala said it had made a record profit", nothing tagged: a body
                    return Entity(words[0], "organization", span.start_char, label="ORG"), None
                # Named for its own item only: a pronoun later does not point back to a
                # word this weak (headline words, unknown bodies), and no role is added.
                return Entity(words[0], "person", span.start_char, label=LONE_NAME), None
            name = known or propns
        else:
            # "Oskar Lindahl, a longtime adviser to Barack Vale who ...": the name that
            # heads the mention speaks; one inside its description is someone else. (In
            # "Darrell Vale and Duncan Roe, who was ...", the last of a pair, as before.)
            pair = any(c.dep_ == "conj" for c in root.children)
            heading = [e for e in ents if e.start <= root.i < e.end and not pair]
            name = clean_name(_strip_titles((heading or ents)[-1], self._english))
            name = self._known_tail(name)
            name = self._full_name(name, span.start_char) or name
        if not name or all(w.lower().strip(".") in lexicon.TITLE_WORDS for w in name.split()):
            return None  # "Mr." alone names nobody
        if (
            _org_shaped(name) or self._called_by_its_kind(name, span.end_char) or name in self._neuter
            or _described_as_body(root)
        ):
            return Entity(name, "organization", span.start_char, label="ORG"), None
        role = _role_of(span, name) or _apposition_role(span)
        entity = self._person_entity(name, span.start_char)
        if role and role not in entity.roles:
            entity.roles.append(role)
        return entity, role

    def _name_read_as_adjective(self, span: SpacySpan) -> str:
        """`Pruitt, speaking at a rally, said`: a lone capitalised subject the tagger reads
        as an adjective (a subject is a noun) that is no English word is a surname."""
        root = span.root
        words = [t for t in self._toks[span.start : span.end] if not t.is_punct]
        if (
            len(words) != 1 or root.pos_ != "ADJ" or root.dep_ not in ("nsubj", "nsubjpass")
            or not root.is_alpha or not (root.text[:1].isupper() and root.text[1:].islower())
            or len(root.text) < 3 or self._english(root.text) or _common_word(root.text, self.text)
        ):
            return ""
        return root.text

    def _people_words(self) -> tuple[set[str], set[str]]:
        """The first words of the people's names and their surnames (lower case), kept
        while ``self.people`` is the same list of as many people (`_drop_epithets`, which
        renames people in place, drops them): a scan of every person at each mention
        made a text naming many people quadratic."""
        cached = self._people_word_sets
        if cached is None or cached[0] is not self.people or cached[1] != len(self.people):
            named = [p for p in self.people if p.name.split()]
            words = ({p.name.split()[0] for p in named}, {p.surname for p in named})
            cached = self._people_word_sets = (self.people, len(self.people), words)
        return cached[2]

    def _lone_person_names(self) -> set[str]:
        """One-word names the model tags PERSON somewhere in the article."""
        if self._lone_names is None:
            # A word the model also tags a group or place ("Latinos") is no name, unless
            # the text gave the person it names a gender ("his daughter Zofia", "Zofia
            # said she"): then the other tag ("Zofia said", tagged ORG) is the mistake.
            gendered = {p.name for p in self.people if p.gender is not None and " " not in p.name}
            # (each one-word entity's text sliced from the article's text: `Span.text`
            # builds the entity's Token anew at each of its reads)
            one_word = [(e, self._text_of(e)) for e in self.ents if len(e) == 1]
            other = {text for e, text in one_word if e.label_ not in PERSON_LABELS} - gendered
            self._lone_names = {
                text for e, text in one_word
                if e.label_ in PERSON_LABELS and e[0].tag_ == "NNP" and _name_word(text)
                and text[:1].isupper() and not text.isupper() and text not in other
            } | self._role_named
        return self._lone_names

    def _surname_as_noun(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """ "Gen. Paul Raines commands the base. Raines said ...": the small model tags a
        bare surname at the start of a sentence as a common noun, with no entity. A
        capitalised one-word mention (an optional "Mr."/"Dr." before it) that is the
        last word of a full name the article gave earlier is that person.
        """
        root = span.root
        # (the tests on the root first: most mentions fail them, before a Token is built
        # for every word of the mention)
        if not _name_word(root.text):
            return None
        if not (root.text[:1].isupper() and (root.text[1:].islower() or _name_word(root.text) and not root.is_alpha)):
            return None
        words = [t for t in self._toks[span.start : span.end] if not t.is_punct]
        if not words or words[-1].i != root.i:
            return None
        if any(t.lower_.strip(".") not in lexicon.TITLE_WORDS for t in words[:-1]):
            return None
        if root.lower_ in lexicon.TITLE_WORDS:
            return None
        known = self._full_name(root.text, span.start_char)
        if known is None or len(known.split()) < 2:
            return None
        return self._person_entity(known, span.start_char), None

    def _person_entity(self, name: str, position: int) -> Entity:
        for p in self.people:
            if p.name == name:
                return p
        return self._add_person(name, position)

    def _given_before_unknown(self, tok: Token) -> Token | None:
        """The first name of a two-word subject whose first word the name data knows as a
        first name (of either gender) and whose last word is an unknown name, neither an
        English word the model lists, and which is no person's name in the article: the
        first word, or None."""
        first = tok.doc[tok.i - 1] if tok.i else None
        if (
            first is None
            or first.dep_ != "compound"
            or first.head.i != tok.i
            or len([c for c in tok.children if c.dep_ != "punct"]) != 1
            or (first.i > 0 and tok.doc[first.i - 1].ent_iob_ == "I")
            or not (first.is_alpha and first.text[:1].isupper() and first.text[1:].islower())
            or self._english(first.text)
            or _name_genders().get(_plain(first.text)) is None
        ):
            return None
        name = f"{first.text} {tok.text}"
        if self._lookup(name, "person") is not None or not any(o.name == name for o in self.orgs):
            return None  # only a name the model tagged a body is in doubt
        return first if self._unknown_name_word(tok) else None

    def _unknown_name_word(self, tok: Token) -> bool:
        """``tok`` as a surname by its own letters and the model's vocabulary alone."""
        text = tok.text
        return (
            _name_word(text) and len(text) > 2 and text[:1].isupper() and text[1:].islower()
            and not self._english(text) and not _common_word(text, self.text)
        )

    @staticmethod
    def _first_name_of_the_other_gender(word: str, gender: str) -> bool:
        """Whether the name data gives ``word`` almost only to people of the other gender
        than ``gender``: in "When Olena lost her job, the house was cold. He said", the
        clause's subject is not the "he" (a main subject keeps no such prior: a lone word
        is more often a surname, "Olatunji" a woman's as well)."""
        return _sure_first_name_gender(word) == {"m": "f", "f": "m"}.get(gender)

    def _lone_first_name(self, tok: Token, gender: str) -> bool:
        """ "Lena, a nurse from Kharkiv, arrived in March. ... she said": a lone
        capitalised word the name data gives almost only to people of the pronoun's
        ``gender`` (`_sure_first_name_gender`) is a person going by her first name,
        though the model knows the word and tagged it nothing. A word the model tagged a
        place or a body ("Virginia", "Florence"), a place or title word, one with a
        determiner or modifier of its own, or one the text also writes in lowercase is not."""
        text = tok.text
        return (
            tok.tag_ in ("NNP", "NNPS")  # ("Tomas" read as a plural)
            and tok.ent_type_ in ("", "PERSON")
            and _name_word(text)
            and len(text) > 2
            and text[:1].isupper()
            and text[1:].islower()
            and _sure_first_name_gender(text) == gender
            and not any(c.dep_ in ("det", "poss", "compound", "amod", "nmod", "conj") for c in tok.children)
            and tok.lower_ not in lexicon.TITLE_WORDS
            and tok.lower_ not in lexicon.PLACE_WORDS
            and not _common_word(text, self.text)
            and not _title_cased(self._sentence_at(tok.i))
        )

    def _unknown_name(self, tok: Token) -> bool:
        """A lone capitalised word that can only be a surname: outside the model's English
        vocabulary, no acronym, no title or place word, never written in lowercase, with
        no determiner, possessor or modifier of its own ("the Gazprom board")."""
        text = tok.text
        return (
            tok.pos_ in ("PROPN", "NOUN")
            and tok.tag_ in ("NNP", "NN")
            and _name_word(text)
            and len(text) > 2
            and text[:1].isupper()
            and text[1:].islower()
            and not self._english(text)
            and text not in self._neuter
            and not any(
                c.dep_ in ("det", "poss", "compound", "amod", "nmod", "conj")
                # "Lord Vrba", "Mayor Vrba": a title before the surname is no modifier
                and not (c.dep_ == "compound" and c.i == tok.i - 1 and _after_title(tok.doc[tok.i : tok.i + 1]))
                for c in tok.children
            )
            and not _called_its(tok)
            and tok.lower_ not in lexicon.TITLE_WORDS
            and tok.lower_ not in lexicon.PLACE_WORDS
            and not _common_word(text, self.text)
            and not _title_cased(self._sentence_at(tok.i))
        )



#: Participles that give a person noun its name: "a teacher named ...", "identified as".
NAMING_PARTICIPLES = frozenset({"name", "call", "identify"})

NICKNAME_STRIP = "\"'\u201c\u201d\u2018\u2019()"


def _owner_of(name: Token, role: Token) -> bool:
    """Whether ``name`` is whom the role noun serves: "Ms. Ortiz's spokesman", "a
    spokesman for Ms. Ortiz", "the chief of staff to the senator": the owner, not the
    holder of the role, who is the one that speaks. So is a name compounded on the
    owner ("a spokesman for the Diaz campaign", "the Diaz campaign's spokesman")."""
    while name.dep_ == "compound" and name.head.i > name.i and name.head.pos_ == "NOUN" and name.head.i != role.i:
        name = name.head
    if name.dep_ == "poss":
        return name.head.i == role.i
    prep = name.head
    return name.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("for", "to", "of") and prep.head.i == role.i


def _body_not_person(noun: Token) -> bool:
    """A common noun that cannot be one person, so a name set off after it is not its
    own: "the family", "the tenants", "the ministry" (not "the defendant", "the
    president", "the striker", nor a name)."""
    if noun.pos_ != "NOUN" or noun.ent_type_ == "PERSON":
        return False
    lemma = noun.lemma_.lower()
    if noun.tag_ in ("NNS", "NNPS") or lemma in lexicon.ORG_DESCRIPTIONS:
        return True
    return lemma in lexicon.PERSON_DESCRIPTIONS and lemma in ("family", "couple", "parents") or not _personal_noun(lemma)


def _acronym_role(head: Token) -> bool:
    """Whether ``head`` is a short all-capital word owned or determined and set off by a
    comma ("the CFO, ...", "the company's GP, ..."): written so, a role rather than a
    body only when a person's name stands in apposition to it (the caller's check; "a
    super PAC supporting Gov. Scott Walker" is no apposition)."""
    return (
        2 <= len(head.text) <= 4
        and head.text.isalpha()
        and head.text.isupper()
        and any(t.dep_ in ("det", "poss") for t in head.lefts)
        and head.i + 1 < len(head.doc)
        and head.doc[head.i + 1].text == ","
    )


def _called_its(tok: Token) -> bool:
    """ "Gazprom raised its prices": a subject its own sentence goes on with "its" (before
    any "he" or "she") is a body."""
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        if t.lower_ == "its":
            return True
        if t.lower_ in lexicon.MALE_PRONOUNS or t.lower_ in lexicon.FEMALE_PRONOUNS:
            return False
        if _subject_of_its_own(t, tok):
            return False  # "Anand said the alliance would increase its presence": the alliance's
    return False


def _subject_of_its_own(t: Token, tok: Token) -> bool:
    """Whether ``t`` is the singular noun subject of a clause under ``tok``'s verb,
    outside ``tok``'s own phrase: an "its" after it is nearer to it than to ``tok``."""
    return (
        t.dep_ in ("nsubj", "nsubjpass")
        and t.tag_ in ("NN", "NNP")
        and t.head.i != tok.head.i
        and not (tok.left_edge.i <= t.i <= tok.right_edge.i)
    )


def _office_name(title: Token, head: Token | None) -> bool:
    """Whether ``head`` names the holder of ``title``: a compound of it ("Collector Ana
    Roe") or the object of its "of" ("Superintendent of Police Rakesh Menon") -- not a
    possessor or an object of "for" ("a spokesman for Platte River")."""
    if head is None:
        return False
    if head.dep_ in ("compound", "flat", "appos") and head.head.i == title.i:
        return True
    if head.dep_ == "prep" and head.head.i == title.i and head.i == title.i + 1 and _clear_first_name(head):
        return True  # "Coach Per Sandqvist": the first name read as a preposition
    return head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i == title.i


def _person_after_place(obj: Token, name: Token) -> bool:
    """Whether ``name`` (the last word of an apposition) is a name the model tagged a
    person from its first word to it, set after a place or a body (``obj``): a place has
    no person in apposition, so the name is the describee's ("An analyst at the Asan
    Institute, Dr Lee Soo-jin")."""
    if obj.ent_type_ not in ("GPE", "LOC", "ORG", "FAC") or name.ent_type_ != "PERSON":
        return False
    first = name.left_edge
    while first.i < name.i and first.ent_type_ != "PERSON":
        first = first.doc[first.i + 1]  # (past a title the model left out: "Dr")
    return all(t.ent_type_ == "PERSON" for t in name.doc[first.i : name.i + 1])


def _lone_name(span: SpacySpan) -> bool:
    """ "Eklund cautioned that ...": a one-word proper noun the model tags as no entity
    at all, alone in the mention (a title before it at most), names the speaker. A
    word the model calls a place or organisation, or one in capitals, does not."""
    root = span.root
    words = [t for t in span if not t.is_punct]
    # (a subject the tagger reads as an adjective is a noun: "Pruitt, speaking at ...")
    misread = root.tag_ == "JJ" and root.dep_ in ("nsubj", "nsubjpass")
    if not words or words[-1].i != root.i or root.ent_type_ or not root.is_alpha or root.tag_ != "NNP" and not misread:
        return False
    # A compound only on a reporting verb read as a noun ("Norvane forecast that ...").
    verb_as_noun = root.dep_ == "compound" and root.head.dep_ == "ROOT" and root.head.lemma_.lower() in lexicon.SPEECH_VERBS
    if (root.dep_ not in ("nsubj", "nsubjpass", "pobj") and not verb_as_noun) or _title_cased(root.sent):
        return False
    if not (root.text[:1].isupper() and root.text[1:].islower() and len(root.text) > 2):
        return False
    if root.lower_ in lexicon.TITLE_WORDS or root.lower_ in lexicon.PLACE_WORDS:
        return False
    if _common_word(root.text, doc_text(span.doc)):
        return False
    return all(t.lower_.strip(".") in lexicon.TITLE_WORDS for t in words[:-1])


def _unlisted_role_before_a_clear_name(head: Token, run: SpacySpan) -> bool:
    """ "the former aide, Bethany Croft, said" with the name tagged a building: a
    singular lowercase word for someone ("aide", "adviser") that no title list holds,
    before two words that open on a clear first name, is that person's role, whatever
    label the model gave the name (a body's word, "the company, ...", is none)."""
    lemma = head.lemma_.lower()
    return (
        head.is_lower and head.tag_ == "NN" and lemma in lexicon.UNNAMED_HEADS
        and lemma not in lexicon.ORG_DESCRIPTIONS
        and len(run.text.split()) == 2 and first_name_gender(run.text) is not None
    )


def _apposition_role(span: SpacySpan) -> str | None:
    """ "Maria Okafor, the harbour commissioner, said": the apposition is the role; so is
    the noun phrase the name stands in apposition to, "The harbour commissioner, Maria
    Okafor, said" (the mention is the name; the words before it are no part of it)."""
    # (the root found once, its children and head from the article's lists: each
    # `Span.root`, `Token.children` and `Token.head` built new Tokens, for every name)
    root = span.root
    candidates = [
        [t for t in child.subtree if not t.is_punct]
        for child in kids(root)
        if child.dep_ == "appos" and child.i >= span.end and child.ent_type_ != "PERSON"
    ]
    head = head_of(root)
    if (
        root.dep_ == "appos"
        and head.i < span.start
        and head.tag_ == "NN"  # one person's role: not "Two analysts, X and Y, said"
        and not head.ent_type_
    ):
        # The phrase up to the name, not the clauses hung on the head after it.
        candidates.append([t for t in head.subtree if t.i < span.start and not t.is_punct])
    for words in candidates:
        while words and words[0].lower_ in ("the", "a", "an", "another", "other"):
            words = words[1:]
        if not words or all(t.is_upper for t in words if t.is_alpha):
            continue  # (a heading in capitals run into the sentence is no role)
        # As written ("group's leader", not "group 's leader"), one space between words.
        role = " ".join(span.doc[words[0].i : words[-1].i + 1].text.split()).strip(" ,")
        if role and len(role) <= 80 and not role[:1].isdigit():
            return role
    return None


# `_role_of`'s patterns, compiled once (it runs for every resolved name; through
# `re.sub` and the like each call looked its pattern up in re's cache again).
_SPACES = re.compile(r"\s+")
_LEADING_THE = re.compile(r"^(?:the|The)\s+")
_LETTER = re.compile(r"[A-Za-z]")
_INITIALS_ONLY = re.compile(r"(?:[A-Z]\.\s*)+")


def _role_of(span: SpacySpan, name: str) -> str | None:
    """What the mention says besides the name: "NATO Secretary General", "spokesman"."""
    # As the name was cleaned: "Newt\u00a0Calloway" is written "Newt Calloway".
    text = _SPACES.sub(" ", INVISIBLE_RUN.sub(" ", fix_mojibake(span.text)))
    text = text.replace(lexicon.SOFT_HYPHEN, "")
    # "Otis Greer, Jr." is the name "Otis Greer Jr." (`clean_name`): the rest is no role
    text = NAME_SUFFIX_COMMA.sub(" ", text)
    idx = text.find(name)
    words = name.split()
    for k in range(len(words) - 1, 0, -1):
        if idx >= 0:
            break
        # The longest tail of the name in the mention: "Van der Linde" of "Maria Van der
        # Linde" leaves no role, "Linde" alone would leave "Van der".
        name = " ".join(words[-k:])
        idx = text.find(name)
    if idx < 0:
        return None
    before = text[:idx]
    after = text[idx + len(name) :]
    role = before.strip(" ,") or after.strip(" ,")
    role = _LEADING_THE.sub("", role).strip(" ,;:-\u2014")
    if role.lower() in ("the", "a", "an"):
        return None  # "the Gazette": an article, not a role
    if not role or len(role) > 80 or not _LETTER.search(role) or role[:1].isdigit():
        return None  # "52, of Eastgate" is an age, not a role
    if _INITIALS_ONLY.fullmatch(role):
        return None  # "I. Calloway": an initial of the name
    return _SPACES.sub(" ", role)


def _end_of_participle_phrase(head: Token) -> Token | None:
    """The last word before the comma that sets a person's name off inside the phrase of
    a participle describing ``head`` ("the senator representing Kano Central, Alhaji Musa
    Danladi,", "the commissioner overseeing the project, Ada Obi,"), or None."""
    acl = next((c for c in head.rights if c.dep_ == "acl" and c.tag_ in ("VBG", "VBN")), None)
    if acl is None:
        return None
    doc = head.doc
    for t in acl.subtree:
        if t.i > acl.i and t.text == "," and t.i + 1 < len(doc):
            after = doc[t.i + 1]
            if after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
                return doc[t.i - 1]
            return None
    return None


def _listed_conjuncts(root: Token) -> list[Token]:
    """The names joined to ``root`` by "and" (`_conjuncts`), or, for "Ana Kelo, Bram
    Olsen and Lise Dahl said", which the parser reads as a name with an appositive
    name that has the "and": a name in apposition to a name is no description of it,
    so the appositive and its conjuncts are the rest of the list, when the appositive
    comes right after the first name's comma."""
    out = _conjuncts(root)
    if out or root.pos_ != "PROPN":
        return out
    appos = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
    if appos is None or appos.pos_ != "PROPN":
        return []
    # The list's own comma, right after the first name: not a name the parser hangs
    # on it from further on ("X failed to mention four people: A, B and C").
    comma = root.doc[appos.left_edge.i - 1]
    if comma.text != "," or comma.i != root.i + 1:
        return []
    rest = _conjuncts(appos)
    return [appos, *rest] if rest else []


def _named_members(subject: Token) -> Token:
    """ "Dairy farmers Ruth Penhale and Owen Tregear lost their herds": a plural role
    whose appositive is names joined by "and" says who the group is, so the names are
    the subject a "they" goes back to, as they would be without the role; any other
    subject is itself."""
    if subject.tag_ not in ("NNS", "NNPS"):
        return subject
    return next(
        (c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN" and _conjuncts(c)),
        subject,
    )


def _no_person(subject: Token) -> bool:
    """Whether a subject is one thing that no "they" can take in: a singular common
    noun that names no person ("the court", "the flood"; not "the judge", "the
    neighbour", "police", "the family") or "it"."""
    if subject.lower_ == "it":
        return True
    lemma = subject.lemma_.lower()
    return (
        subject.tag_ == "NN"
        and subject.ent_type_ == ""
        and lemma not in lexicon.PERSON_DESCRIPTIONS
        and lemma not in lexicon.TITLE_WORDS
        and lemma not in lexicon.UNNAMED_HEADS
        and lemma not in lexicon.PEOPLE_GROUPS
        and lemma not in lexicon.GROUP_HEADS
        and not any(c.dep_ == "conj" for c in subject.children)
    )
