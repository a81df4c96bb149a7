"""Indexing the article's people and bodies, once per document.

Before any quote is resolved, the corrected entities are filed as people and bodies
(names the model missed or mislabelled added, epithets and nicknames folded into the
name, genders learnt from "X said she"), and the parsed document's sentences and token
columns are read once. Every resolution rule looks names up in this index.
"""

from __future__ import annotations

import bisect
import functools
import re
from itertools import compress

import numpy
from spacy.attrs import DEP, IDX, LEMMA, ORTH, POS, SENT_START
from spacy.strings import StringStore, get_string_id
from spacy.symbols import NOUN, PROPN
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes import lexicon, namedata
from quotes.channels import MEDIA_NAMES
from quotes.doccolumns import char_span, column, head_of, kids, tokens
from quotes.index import COMMON_GIVEN_NAME, inner_names
from quotes.nameshapes import (
    BODY_NAME_ENDINGS,
    FORMER_WORDS,
    ORG_LABELS,
    PERSON_LABELS,
    SECOND_RANKS,
    Entity,
    _bearers,
    _clear_first_name,
    _common_word,
    _described_as_body,
    _headline_phrase,
    _initials,
    _joining_hyphen,
    _label_key,
    _label_word,
    _listed_role,
    _name_genders,
    _name_word,
    _named_body,
    _no_first_name,
    _org_like,
    _org_shaped,
    _personal_noun,
    _place_shaped,
    _plain,
    _rare_as_a_name,
    _role_before_first_name,
    _role_key,
    _role_word,
    _strip_titles,
    _strong,
    _strong_first_name,
    _title_cased,
    _upper_first,
    clean_name,
    first_name_gender,
    plural_role_before_name,
    role_noun,
    whole_word_at,
)
from quotes.notquotes import FURNITURE_LINE
from quotes.store import speaker_key, word_acronym

#: Bearers above which a given name that is also an English word reads as a name
#: before "and" (`_given_name_word`): "Ana", "Grace", "Marta"; not "Clinton".
VERY_COMMON_GIVEN_NAME = 250_000

#: The capitalised suffixes of sports clubs' names ("Ostby FC", "Valby IF", "Malmo FF").
CLUB_SUFFIXES = lexicon.CLUB_SUFFIXES

#: Countries' acronyms that close a body's name ("Water UK", "Oxfam US").
COUNTRY_ACRONYMS = frozenset({"UK", "US", "USA"})
#: Words before a country that make a region or a part of it, no body ("Northern UK").
NATIONAL_PREFIXES = frozenset("northern southern eastern western central rural urban greater".split())
#: The last words that keep a capitalised run a body's name, a company's ("Peabody
#: Energy") or a public body's ("the Consumer Fairness Watchdog"): joined once here, not
#: anew at every word the scans for unlabelled names test.
NAME_ENDINGS_OF_BODIES = lexicon.COMPANY_NAME_ENDINGS | BODY_NAME_ENDINGS

# What a text says of someone who goes by "they": "a nonbinary artist", "who uses they/them".
THEY_PERSON = re.compile(r"(?i)\b(?:non-?binary|genderqueer|genderfluid|agender|they/them|they/their)\b")
#: Pieces of which every `THEY_PERSON` match holds one, in lower case: a text holding
#: none has no such sentence (`_they_in_text`). Their letters have no case variant but
#: the ASCII capital (an "i", "s" or "k" would: `re`'s IGNORECASE matches "ı", "ſ", "K").
THEY_PIECES = ("nary", "gender", "they/")

#: The longest furniture line read as blank (a placeholder's caption is short).
FURNITURE_LINE_MAX = 200


#: Lemma (a string hash) -> whether it is a noun for a body that a modifier can name
#: ("ministry", "government"; no country's: `_body_description`).
_BODY_DESCRIPTION_LEMMAS: dict[int, bool] = {}


def _body_description(strings: StringStore, lemma: int) -> bool:
    """Whether the lemma ``lemma`` (its hash), in lower case, is one of
    ``lexicon.ORG_DESCRIPTIONS`` and none of ``lexicon.COUNTRY_DESCRIPTIONS``. Kept per
    hash for the process (a hash names the same string in every vocabulary): the
    index read each noun of the article as a Token and looked its lemma up anew."""
    known = _BODY_DESCRIPTION_LEMMAS.get(lemma)
    if known is None:
        word = strings[lemma].lower()
        known = _BODY_DESCRIPTION_LEMMAS[lemma] = (
            word in lexicon.ORG_DESCRIPTIONS and word not in lexicon.COUNTRY_DESCRIPTIONS
        )
    return known


#: The subject labels as string hashes, the DEP column's values (`_subjects_in`).
_NSUBJ, _NSUBJPASS = get_string_id("nsubj"), get_string_id("nsubjpass")


#: The entities whose words open no unlabelled name (`_unlabelled_people`): people,
#: bodies and places (a set built once, not a tuple per entity).
NAME_BLOCKING_LABELS = frozenset((*PERSON_LABELS, *ORG_LABELS, "LOC"))


class ArticleIndexRules:
    """Who the article names: its people and bodies indexed once, with genders learnt, and reads of the parsed document."""

    def _capitalised_common_noun(self, ent: SpacySpan) -> bool:
        """One word the model tags a body that is only a common noun capitalised for
        opening its line ("Footballer apologises after row", "Striker signs"): the
        tagger reads it as a noun and it is an English word, so no name at all."""
        if len(ent) != 1 or ent.root.pos_ != "NOUN":
            return False
        word = self._text_of(ent)
        if not word[:1].isupper() or word.isupper():
            return False
        line_start = self.text.rfind("\n", 0, ent.start_char) + 1
        return not self.text[line_start : ent.start_char].strip() and self._english(word)

    @functools.cached_property
    def _first_person_at(self) -> float:
        """Where the first entity tagged a person starts (infinity when none is): whether
        a person is named before an offset, without a walk over every entity per ask."""
        return min((e.start_char for e in self.ents if e.label_ in PERSON_LABELS), default=float("inf"))

    def _english(self, word: str) -> bool:
        """Whether ``word`` is an English word the model knows (any word, when the model
        brought no vocabulary: then nothing is read as a name for being unknown)."""
        if self._words is None:
            return True
        lower = word.lower()
        return lower in self._words or lower.rstrip("s") in self._words

    def _initials_and_surname(self, name: str) -> bool:
        """ "J.K. Rowling", "A. N. Whitfield": initials and a surname, which read as a
        person's name -- not a country's initials or a common word after them ("U.S.
        Senate", "U.N. Council")."""
        if INITIALS_NAME.fullmatch(name) is None:
            return False
        last = name.split()[-1].split(".")[-1]
        initials = name[: name.rindex(last)].replace(" ", "")
        return not (initials in COUNTRY_INITIALS or self._english(last.lower()) or _common_word(last, self.text))

    def _initials_person(self, ent_text: str) -> bool:
        """ "J.K. Rowling" tagged a body: initials and a surname are a person's name,
        unless the text shows the name as a firm's ("D.E. Shaw & Co.", "W.W. Norton,
        which declined", "C. V. Starr & Company": companies named for a founder)."""
        name = clean_name(ent_text)
        if not self._initials_and_surname(name):
            return False
        surname = re.escape(name.split()[-1].split(".")[-1])
        return _firm_after(surname).search(self.text) is None

    def _person_of_body(self, ent: SpacySpan, ent_text: str) -> bool:
        """ "Rachel Obi of Meridian Research" tagged one body: a person's name (`_person_shaped`)
        before "of" and a capitalised body after it are that person and that body, each
        filed as such (a later "she" is Rachel Obi, not a body). Whether it split."""
        found = _PERSON_OF_BODY.match(ent_text)
        if found is None:
            return False
        words = clean_name(found.group(1)).split()
        # (the first name may be an English word too, "Rachel", "Grace": the "of" and
        # the body after it make the pair an affiliation)
        if not (
            self._person_shaped(" ".join(words), english_first=True)
            and all(w[:1].isupper() for w in words) and not _common_word(words[-1], self.text)
        ):
            return False
        self._add_person(clean_name(found.group(1)), ent.start_char)
        body = self.org_name(clean_name(found.group(2)))
        if body:
            self.orgs.append(Entity(body, "organization", ent.start_char + found.start(2), label=ent.label_))
        return True

    def _speaks_of_self_as_person(self, ent: SpacySpan, ent_text: str) -> bool:
        """`Reyes said she was "disappointed."` with the lone surname tagged a body: a
        one-word capitalised name, subject of a cue whose clause has "he" or "she" for
        subject, is a person speaking of themself (a body says "it" or "we",
        `_reports_of_itself`). Not a news outlet (`Reuters said he had resigned` reports on
        someone else), a name with a body's shape or a body noun before it, nor a common
        noun for people, bodies or records capitalised at the line's start. Only a name
        tagged ORG with no person named before it: after one, "he" may be theirs
        (`Earhardt asked Rubio ... Earhardt said he ...`)."""
        # (the root built only for a one-word capitalised name: `Span.root` builds a Token)
        if (
            len(ent) != 1 or not ent_text.isalpha() or not ent_text[:1].isupper() or ent_text.isupper()
            or ent_text.lower() in MEDIA_NAMES
            or (root := ent.root).dep_ != "nsubj" or root.head.idx not in self._cues
            or _org_shaped(ent_text) or self._body_noun_before(ent)
        ):
            return False
        if ent.label_ != "ORG" or self._first_person_at < ent.start_char:
            return False  # (after a person named before, the "he" may well be theirs)
        lemma = root.lemma_.lower()
        if _role_word(lemma) or lemma in lexicon.ORG_DESCRIPTIONS or lemma in lexicon.EVIDENCE_SOURCES \
                or lemma in lexicon.STATEMENT_NOUNS or lemma in lexicon.MEDIUM_NOUNS:
            return False  # `Police said he ...`, `Witnesses said she ...`, `Records said he ...`
        return any(
            clause.dep_ == "ccomp" and clause.i > root.head.i
            and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in clause.children)
            for clause in root.head.children
        )

    def org_name(self, name: str) -> str:
        """Organisations under one name: an acronym under the name it stands for, a
        country for its capital.

        The full name, not the acronym: an acronym names different bodies in different
        articles ("CFA" a fisheries authority here, a football association there), so
        only the full name tells the speaker index which one an article means."""
        name = self._expansions.get(name, name)
        return lexicon.CAPITALS.get(name, name)

    def _index_entities(self) -> None:
        text = self.text
        # doc[i] builds a new Token on every access: each built once (shared with the
        # entity corrections when the column store is open)
        self._toks = list(toks) if not isinstance(toks := tokens(self.doc), list) else toks
        # Tokens that start with a capital (read from the text at each token's offset):
        # the scans for unlabelled names start only there, not at every word.
        # (the columns shared with the other readers of the parse: `doccolumns`)
        idx, pos, lemmas = column(self.doc, IDX), column(self.doc, POS), column(self.doc, LEMMA)
        self._idxs: list[int] = idx.tolist()  # every token's offset
        self._pos: list[int] = pos.tolist()  # every token's part of speech (a symbol id)
        # (each token's first character tested in C: `compress` over the offsets' characters)
        self._capitalised = list(compress(range(len(self._idxs)), map(str.isupper, map(text.__getitem__, self._idxs))))
        initials_people: list[tuple[str, int]] = []
        for ent in self.ents:
            kind = ent.label_  # (read once: `Span.label_` looks the label up anew each time)
            if kind in PERSON_LABELS and self._looks_like_name(ent):
                if _is_description(ent):
                    continue  # "a former Miss Universe" describes, it does not name
                if _only_titles(self._text_of(ent)):
                    continue  # "Lady" of "Lady Justice Carrow": a title, the name follows
                name = clean_name(_strip_titles(ent, self._english))
                if name and (
                    _org_shaped(name) or self._called_by_its_kind(name, ent.end_char)
                    or (len(ent) == 1 and self._body_noun_before(ent))
                    or _described_as_body(ent.root)
                ):
                    # "Team Clinton", "Priorities PAC", "Fox News" tagged PERSON: a body; so
                    # is one word after a noun for a body ("the appliance maker Brisby"),
                    # and a name set off by one ("Grunwald Maschinenbau, the engineering company,").
                    self.orgs.append(Entity(name, "organization", ent.start_char, label="ORG"))
                elif name:
                    person = self._add_person(name, ent.start_char)
                    person.titles.update(_titles_of(ent))
                    person.labels.update(_role_nouns_before(ent, name))
                    if self._role_noun_right_before(ent):
                        # "The singer Taviana ... Taviana said" with the second tagged ORG:
                        # still her (`_lone_person_names`)
                        self._role_named.add(name)
            elif kind in ("WORK_OF_ART", "PRODUCT", "EVENT") and _named_body(ent) and not _defines_acronym(self._text_of(ent)):
                # "The Rail Operators' Association described ...", tagged a work of art:
                # a capitalised name ending in a word for a body is that body (`clean_name`
                # drops the article).
                self.orgs.append(Entity(clean_name(self._text_of(ent)), "organization", ent.start_char, label="ORG"))
            elif kind in ORG_LABELS or kind in ("WORK_OF_ART", "PRODUCT", "EVENT") and _defines_acronym(self._text_of(ent)):
                # ("The Food Standards Directorate (Fosdir" tagged a work of art under a
                # headline: a name defining its acronym is a body's, read as one.)
                if kind == "NORP" and ent.root.dep_ in ("amod", "compound"):
                    continue  # "Russian" in "the Russian defence ministry" is an adjective
                if _case_party(text, ent.start_char, ent.end_char):
                    continue  # "Vrba v. Calloway" split in two: a court case, no body
                ent_text = text[ent.start_char : ent.end_char]  # (`Span.text` joins its Tokens anew)
                if ent_text.strip().rstrip(".").lower() in lexicon.HONORIFICS:
                    continue  # "Ms." cut off its name by a no-break space is no body
                if self._speaks_of_self_as_person(ent, ent_text):
                    self._add_person(clean_name(ent_text), ent.start_char)
                    continue
                if self._capitalised_common_noun(ent):
                    continue  # "Footballer apologises after row": a headline's first word
                if kind == "FAC" and _street_name(ent_text):
                    continue  # "Dunmore Street": a street does not speak ("Downing Street" does)
                before = self._toks[ent.start - 1] if ent.start else None
                courtesy = before is not None and before.lower_.strip(".") in lexicon.TITLE_GENDERS
                judge = _judge_name(f"{before.text} {ent_text}" if courtesy and before is not None else ent_text)
                if judge is not None:
                    # "Lady Justice Hale" tagged ORG: a judge, named by the surname
                    self._add_person(judge, ent.start_char)
                    continue
                if any(s <= ent.start_char < e for s, e in self._bylines) or self._in_credit(ent.start_char):
                    # "By Naledi Khumalo" with the name tagged ORG, "Image source: Getty
                    # Images": the writer or a picture agency, no body of the story
                    continue
                if self._person_of_body(ent, ent_text):
                    continue
                if self._role_noun_right_before(ent) or kind == "ORG" and clean_name(ent_text) in self._role_named:
                    # "Brazilian forward Rodriguinho", "the singer Kalani" tagged a body:
                    # one word after a listed person's role is that person's name, here
                    # and wherever the story repeats it
                    self._role_named.add(clean_name(ent_text))
                    self._add_person(clean_name(ent_text), ent.start_char)
                    continue
                if self._initials_person(ent_text):
                    # (filed after the untagged names: "I. Calloway" is then the "Ines
                    # Calloway" the model tagged a place)
                    initials_people.append((clean_name(ent_text), ent.start_char))
                    continue
                national = self._national_body(ent)
                if national is not None:
                    self.orgs.append(national)
                    continue
                spelt = self._spelt_before(ent)
                if spelt is not None:
                    self.acronyms[spelt.casefold()] = ent_text
                    self._expansions[ent_text] = spelt
                inside = _NAME_THEN_ACRONYM.match(ent_text)
                if inside and not inside.group(2).isupper() and not word_acronym(inside.group(2), clean_name(inside.group(1))):
                    inside = None  # ("Acme (Britain"): a mixed-case word only if it is the name's acronym
                if inside:  # the model took "(WHO" into "World Health Organization (WHO"
                    name = self.org_name(clean_name(inside.group(1)))
                    acronym = _ACRONYM_OPENED.match(ent_text)
                else:
                    # ("Norway's Ministry of Health ordered vaccines. The ministry said":
                    # filed with its country, as the body is where it speaks)
                    name = self.org_name(clean_name(ent_text))
                    name = self._with_owning_country(ent, name) if name else name
                    acronym = _ACRONYM_AFTER.match(text[ent.end_char : ent.end_char + 12])
                if acronym and (
                    _initials(name) == acronym.group(1)
                    or not acronym.group(1).isupper() and word_acronym(acronym.group(1), name)
                ):
                    self.acronyms[name.casefold()] = acronym.group(1)
                    self._expansions[acronym.group(1)] = name
                if name:
                    # "Harbour City FC" tagged a place: a club suffix makes it a body.
                    # "The appliance maker Halden" tagged a place: the noun before it says
                    # it is a company.
                    body = name.split()[-1] in CLUB_SUFFIXES or self._body_noun_before(ent)
                    label = "ORG" if body else kind
                    self.orgs.append(Entity(name, "organization", ent.start_char, label=label))
        self._unlabelled_people()
        for name, position in initials_people:
            self._add_person(name, position)
        self.people.sort(key=lambda p: p.position)
        self._unlabelled_bodies()
        self._couples()
        self._drop_epithets()
        self._names_gone_by()
        # "the Russian defence ministry", "the Ukrainian government": bodies named by a
        # description with a national or proper-noun modifier are organisations too.
        nouns = numpy.flatnonzero(pos == NOUN)  # (only the nouns, picked from the POS array)
        strings = self.doc.vocab.strings
        known_lemmas = _BODY_DESCRIPTION_LEMMAS  # (asked inline first: a call per noun cost more than its test)
        for i, lemma in zip(nouns.tolist(), lemmas[nouns].tolist(), strict=True):
            described = known_lemmas.get(lemma)
            if not (_body_description(strings, lemma) if described is None else described):
                continue
            token = self._toks[i]
            mods = [c for c in token.lefts if c.dep_ in ("amod", "compound") and c.ent_type_]
            if mods:
                first = min(t.i for t in mods[0].subtree)
                words = self.doc[first : token.i + 1].text
                name = _upper_first(words)
                self.orgs.append(Entity(name, "organization", self.doc[first].idx))
        for org in self.orgs:
            # "The CFA said ..." before "the Coastal Fisheries Authority (CFA)" is defined.
            org.name = self._expansions.get(org.name, org.name)
        # (a new list, not sorted in place: bodies renamed and reordered, `_orgs_by_word`)
        self.orgs = sorted(self.orgs, key=lambda e: e.position)
        self._undefined_acronyms()

    def _national_body(self, ent: SpacySpan) -> Entity | None:
        """ "Water UK", "Energy UK", "Oxfam US": a body named by a capitalised word and a
        country's acronym, of which the tagger took only the acronym (a place). The word
        before must hang on the acronym as a proper-noun compound and be no entity,
        title or direction of its own."""
        if ent.label_ != "GPE" or len(ent) != 1 or self._text_of(ent) not in COUNTRY_ACRONYMS or not ent.start:
            return None
        word = self._toks[ent.start - 1]
        if not (
            word.pos_ == "PROPN" and word.dep_ == "compound" and word.head.i == ent.start
            and word.is_alpha and word.text[:1].isupper() and not word.ent_type_
            and word.lower_ not in lexicon.TITLE_WORDS and word.lower_ not in lexicon.PLACE_PREFIXES
            and word.lower_ not in NATIONAL_PREFIXES
        ):
            return None
        return Entity(f"{word.text} {self._text_of(ent)}", "organization", word.idx, label="ORG")

    def _body_noun_before(self, ent: SpacySpan) -> bool:
        """Whether a lowercase noun for a kind of body that is no state stands right
        before the name ("the kitchen appliance maker Halden", "the retailer Homewise",
        "the charity Brightside"): the name is a body's, whatever the tagger made it."""
        if ent.start == 0:
            return False
        tok = self._toks[ent.start - 1]
        lemma = tok.lemma_.lower()
        return (
            tok.pos_ == "NOUN" and tok.is_lower and tok.tag_ == "NN"
            and (lemma in lexicon.ORG_DESCRIPTIONS or lemma.endswith("maker"))
            and lemma not in lexicon.STATE_DESCRIPTIONS
            and lemma not in lexicon.STATE_BODY_STEMS
        )

    def _role_noun_right_before(self, ent: SpacySpan) -> bool:
        """Whether a one-word name comes right after a lowercase noun the lists give as a
        person's role ("forward Rodriguinho", "the rapper Zelo"): a footballer or singer
        known by one name, whom the model may tag a body. Only listed roles count, never
        an agent noun the suffix alone makes personal ("the chipmaker Arvo")."""
        if (
            len(ent) != 1 or ent.start == 0 or ent.label_ not in ("ORG", "PERSON")
            or not self._text_of(ent).istitle() or not self._text_of(ent).isalpha()
        ):
            return False  # (an acronym, "executive HP", or a place, is what the model says)
        tok = self._toks[ent.start - 1]
        # (the word itself, whatever its tag: "Brazilian forward" is read as an adverb)
        word = tok.lower_
        return (
            # (a noun, or one the parser read as an adverb; "former Fed", an adjective, is no role)
            tok.is_lower and tok.is_alpha and tok.tag_ in ("NN", "RB")
            and _listed_role(word) and word not in lexicon.ORG_DESCRIPTIONS
        )

    def _spelt_before(self, ent: SpacySpan) -> str | None:
        """ "The Pellham Water Board (PWB) met": the model often tags only the acronym in
        brackets. The capitalised words right before the bracket (small words such as
        "of" inside them) whose initials spell it are the name it is defined as."""
        acronym, toks = self.text[ent.start_char : ent.end_char], self._toks  # (`ent.text`)
        if not (
            _CAPITALS.fullmatch(acronym) and ent.start >= 2 and ent.end < len(toks)
            and toks[ent.start - 1].text == "(" and toks[ent.end].text == ")"
        ):
            return None
        start = ent.start - 1
        while start > 0 and ent.start - 1 - start < len(acronym) + 3:
            tok = toks[start - 1]
            if not (tok.is_alpha and tok.text[:1].isupper() or tok.lower_ in SMALL_NAME_WORDS):
                return None
            start -= 1
            words = self.text[toks[start].idx : toks[ent.start - 2].idx + len(toks[ent.start - 2])]
            if words[:1].isupper() and _initials(words) == acronym:
                return words
        return None

    def _undefined_acronyms(self) -> None:
        """ "The World Harbour Council said ... The WHC said", "The United Nations ... the
        U.N.": an acronym the text never defines in brackets, made of the initials of
        exactly one body named before it, is that body -- one row, under the name the
        text spelt out (`org_name`)."""
        # Each spelt-out name's first offset, filed under its initials, found once: asking
        # every body again for each acronym made a text that repeats one quadratic.
        spelt: dict[str, dict[str, int]] = {}
        for o in self.orgs:
            words = o.name.split()
            if len(words) >= 2 and all(w[:1].isupper() or w in ("of", "and", "the", "for", "on") for w in words):
                first = spelt.setdefault(_initials(o.name), {})
                first[o.name] = min(first.get(o.name, o.position), o.position)
        # per initials: the earliest name and its offset, and the offset of the next name
        firsts: dict[str, tuple[int, str, float]] = {}
        for letters, names in spelt.items():
            ranked = sorted((position, name) for name, position in names.items())
            firsts[letters] = (*ranked[0], ranked[1][0] if len(ranked) > 1 else float("inf"))
        defined = set(self.acronyms.values())
        for org in self.orgs:
            letters = org.name.replace(".", "")
            if not (_ACRONYM_NAME.fullmatch(org.name) and letters.isalpha()):
                continue
            if org.name in defined:
                continue
            if letters not in firsts:
                continue
            position, name, next_position = firsts[letters]
            # exactly one name spelt out before the acronym: the first, with no other yet
            if position < org.position <= next_position:
                self._expansions[org.name] = name

    def _called_by_its_kind(self, name: str, end: int) -> bool:
        """ "Ostmark Dairy recalled milk ... The dairy said" with the name tagged a person:
        a name whose first word is no first name and whose last word the story later
        writes in lowercase after "the" is a body of that kind."""
        words = name.split()
        if len(words) < 2 or not all(w.isalpha() and w[:1].isupper() for w in words):
            return False
        if _name_genders().get(_plain(words[0])) is not None:
            return False
        word = words[-1].lower()
        if not word.isalpha():
            return _the_kind(word).search(self.text[end:]) is not None
        # One read of the text for every name asked about (a search of the rest of the
        # text per name grew with the text's length times its names). A match right at
        # ``end`` is tested on its own: the old search of the text from ``end`` on saw no
        # letter before it.
        return self._last_after_the.get(word, -1) >= end or (
            _the_kind(word).match(self.text[end : end + len(word) + 5]) is not None
        )

    @functools.cached_property
    def _last_after_the(self) -> dict[str, int]:
        """Each word written after "the " or "The " -> where its last such "the" starts
        (`_called_by_its_kind`). The lookahead leaves the word unread, so "the the dairy"
        finds "the dairy" too."""
        return {m.group(1): m.start() for m in _AFTER_THE.finditer(self.text)}

    def _known_tail(self, name: str) -> str:
        """ "Rip Donald Trump" (a headline verb the model took into the name) is Donald
        Trump when the article knows him by that name. A two-word name has no shorter
        tail: no need to gather every name the article has (once per mention)."""
        if len(name.split()) < 3:
            return name
        return _tail_in(name, {p.name for p in self.people}) or name

    def _drop_epithets(self) -> None:
        """ "Crooked Hillary Clinton" is Hillary Clinton when the article also names her
        without the epithet: the longer form would otherwise claim every "Clinton"."""
        names = {p.name for p in self.people}
        renamed = {name: tail for name in names if (tail := _tail_in(name, names))}
        if not renamed:
            return
        self._people_word_sets = None  # (names change in place: `_people_words`)
        self._full_names_by_surname = None  # (and `_full_names_of`)
        for p in self.people:
            if p.name in renamed:
                p.name = renamed[p.name]
                p.gender = first_name_gender(p.name)
        self._by_last, self._by_first, self._by_second_last = {}, {}, {}
        for p in self.people:
            self._index_person(p)

    def _names_gone_by(self) -> None:
        """ "Alistair Brennan-Hughes, known to his crew as Ali,", 'Everyone calls Bartholomew
        Osei "Barty"': the text says the person goes by another one-word name, so a later
        "Ali said" is that person (filed with the first names, and the one-word "person"
        or "body" the tagger made of the name is the person's)."""
        gone_by: dict[str, Entity] = {}
        for person in self.people:
            if " " not in person.name:
                continue
            end = person.position + len(person.name)
            if self.text[person.position : end] != person.name:
                continue  # (a name cleaned of titles or marks: not where the text has it)
            after = KNOWN_AS_AFTER.match(self.text, end)
            before = CALLED_BEFORE.search(self.text, max(0, person.position - 20), person.position)
            called = CALLED_AFTER.match(self.text, end) if before is not None else None
            for m in (after, called):
                if m is not None and m.group("nick") not in person.name.split():
                    gone_by.setdefault(m.group("nick"), person)
        if not gone_by:
            return
        for nick, person in gone_by.items():
            self._by_first.setdefault(speaker_key(nick), []).append((person, speaker_key(person.name)))
        self.orgs = [o for o in self.orgs if o.name not in gone_by]
        self.people = [p for p in self.people if p.name not in gone_by]

    def _looks_like_name(self, ent: SpacySpan) -> bool:
        """A capitalised word and no court case ("Brown v. Brown" tagged a person would
        make every later "Brown" the case). Kept per span of the document: the index and
        every mention resolved ask it of the same entities again (two calls in five)."""
        if ent.doc is not self.doc:
            return any(t.is_alpha and t.text[:1].isupper() for t in ent) and CASE_NAME.search(self._text_of(ent)) is None
        key = (ent.start, ent.end)
        known = self._name_shaped.get(key)
        if known is None:
            # (the tokens built once, `_toks`: a Span's iteration builds new Tokens)
            known = self._name_shaped[key] = (
                any(t.is_alpha and t.text[:1].isupper() for t in self._toks[ent.start : ent.end])
                and CASE_NAME.search(self._text_of(ent)) is None
            )
        return known

    def _subjects_in(self, span: SpacySpan) -> list[Token]:
        """The words of ``span`` that are subjects ("nsubj", "nsubjpass"), in order: picked
        from the DEP column and the article's Tokens (`_toks`), where iterating the span
        built a Token for each of its words and read its label anew (the pronoun rules
        look for subjects sentence by sentence, back from each pronoun)."""
        deps = column(self.doc, DEP)[span.start : span.end].tolist()
        return [self._toks[span.start + k] for k, dep in enumerate(deps) if dep == _NSUBJ or dep == _NSUBJPASS]

    def _text_of(self, span: SpacySpan) -> str:
        """``span.text``, sliced from the article's text: `Span.text` joins every token's
        text anew (spaCy sets a span's end_char to its last token's end, and an empty
        span's to its start_char, so the slice is the same string)."""
        return self.text[span.start_char : span.end_char]

    def _unlabelled_people(self) -> None:
        """Names the small model misses or mislabels ("Ivanka" as a PRODUCT).

        A run of two or three capitalised proper nouns whose first word is a first name
        in the reference data, outside any person, organisation or place entity, is a
        person: "Ivanka Trump strode across the stage" then gives "she" an antecedent.
        """
        blocked = {i for e in self.ents if e.label_ in NAME_BLOCKING_LABELS for i in range(e.start, e.end)}
        # An ORG that is exactly a strongly gendered first name plus a surname ("Carly
        # Fiorina" tagged ORG all through an article) is a person after all.
        # "Spokesman Dmitry Orlov" tagged ORG: the title words in front do not count.
        # So is a place or facility of the same shape ("Agnes Mbeki" tagged GPE): a strongly
        # gendered first name and proper nouns only, not ending in a place word ("Victoria Falls").
        relabel = set()
        genders = _name_genders()
        lone_people = {self._text_of(e) for e in self.ents if e.label_ in PERSON_LABELS and len(e) == 1}
        toks = self._toks  # (built once: doc[i] and a Span's iteration build new Tokens)
        for e in self.ents:
            ent_label = e.label_  # (read once: `Span.label_` looks the label up anew each time)
            if ent_label not in ("ORG", "GPE", "LOC", "FAC", "NORP") or len(e) < 2:
                continue  # only these can be relabelled, and a name has two words or more
            if ent_label == "NORP" and (
                not _strong_first_name(toks[e.start].text) or self._english(toks[e.end - 1].text) or len(e) > 3
            ):
                # "Marguerite Oyelaran" tagged a nationality: a clear first name and a
                # surname no English word; never "Christian Democrats", "Latin American".
                continue
            k = e.start
            if toks[k].lower_ == "the" and k + 1 < e.end - 1 and _label_word(toks[k + 1]) \
                    and toks[k + 1].lower_.strip(".") in ARTICLE_TITLES:
                k += 1  # "The Rev Nathaniel Oduya" tagged ORG: the article opens the title
            while k < e.end - 1 and _label_word(toks[k]):
                k += 1
            # "District Collector Priyanka Raghunathan", "Police Chief Ann Roe": capitalised
            # words before a title word qualify the title, and are no part of the name.
            titled = [t.i for t in toks[k : e.end - 2] if _label_word(t)]
            if titled and k == e.start and all(
                t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") for t in toks[k : titled[-1]]
            ):
                k = titled[-1] + 1
            if (
                k == e.start and len(e) >= 3 and ent_label == "ORG"
                and _strong_first_name(toks[e.end - 2].text) and not self._english(toks[e.end - 2].text)
                and _personal_noun(toks[e.end - 3].lower_)
                and all(
                    t.is_alpha and t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN") and self._english(t.text)
                    for t in toks[e.start : e.end - 2]
                )
            ):
                # "Harbour Master Ines Calloway": English words ending in a person noun,
                # then a clear first name (no English word) and a surname: an office the
                # title lists do not know, and her name ("Fox News Sean Roe" is no office).
                k = e.end - 2
            owner = [t.i for t in toks[k : e.end] if t.tag_ == "POS"]
            if ent_label == "ORG" and owner and owner[-1] + 1 < e.end:
                k = owner[-1] + 1  # "Fox News' Sean Hannity": the owner is not the name
            # "Odile Marchand (Greens)" tagged ORG up to the bracket: the name is the
            # part before it (an acronym defined there is the organisation's own).
            end = next((t.i for t in toks[k : e.end] if t.text == "("), e.end)
            if end < e.end and _BRACKETED_ACRONYM.fullmatch(self.doc[end : e.end].text + ")"):
                end = e.end
            span = self.doc[k:end]
            if not 2 <= len(self._text_of(span).split()) <= 3:
                continue
            # A role label in front ("Actress Amandla Stenberg") says person even when
            # the name data cannot place the first name.
            labelled = k > e.start and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in toks[k:end] if t.is_alpha)
            # "Oyelaran Adebisi-Cole, the goalkeeper," tagged a place: a role in
            # apposition says person as a label in front does (a place has no such role).
            labelled = labelled or ent_label in ("GPE", "LOC", "FAC") and _role_in_apposition(e.root)
            # "President Amara Diallo" with only the name tagged a body: a capitalised
            # title word right before it says person as one inside it does.
            labelled = labelled or k == e.start and e.start > 0 and toks[e.start - 1].text[:1].isupper() \
                and toks[e.start - 1].lower_.strip(".") in lexicon.TITLE_WORDS
            # "Hyacinth Ballantyne (née Oduwole)" tagged ORG: a birth name given after a
            # name is a person's (a body has none).
            labelled = labelled or MAIDEN_NAME_AFTER.match(self.text, span.end_char) is not None
            # "Paris Whitlock" tagged ORG, later "Whitlock said" tagged PERSON: the model
            # itself calls the last word a person's name, and the first is a first name
            # the data knows, if not a clearly gendered one.
            surname = toks[end - 1].text in lone_people and genders.get(_plain(toks[k].text)) is not None
            if first_name_gender(self._text_of(span)) is None and not labelled and not surname:
                continue
            if (
                _org_like(self._text_of(e)) or _org_shaped(self._text_of(span))
                or toks[end - 1].lower_ in NAME_ENDINGS_OF_BODIES
            ):
                # ("Peabody Energy", "Ostby Porters Guild", "Brightwell Pharmaceuticals": a
                # body's ending keeps a body a body, though its first word is a first name)
                continue
            if ent_label == "ORG" and toks[end - 1].lower_ not in lexicon.PLACE_WORDS or (
                ent_label in PLACE_TAGS
                # ("Ines Calloway" tagged a place, "Ines" read as a plural noun: a clear
                # first name that is no English word still opens a name)
                and all(
                    t.pos_ == "PROPN" or t.i == span.start and _clear_first_name(t) and not self._english(t.text)
                    or _joining_hyphen(t)  # "Oyelaran Adebisi-Cole"
                    for t in toks[k:end]
                )
                and not _place_shaped([t.text for t in toks[k:end]])
            ):
                relabel.add((k, end))
        doc = self.doc
        # A run wholly inside people, bodies and places the model tagged is no untagged
        # name (the test below drops it): most runs of capitalised words are such names,
        # skipped before their titles, labels and offices are read.
        relabel_ends = {end for _, end in relabel}
        # (each token's part of speech from the POS column, and its text read once per
        # step below: both were looked up anew at every test of the scan)
        pos = self._pos
        n = len(toks)
        end = 0  # (where the last run ended: the next starts there or after)
        # (a name's first word is capitalised: the capitalised tokens in order, those a
        # run went past skipped, where a binary search found the next one after each)
        for i in self._capitalised:
            if i < end:
                continue
            j = i
            while j < n:
                tok = toks[j]
                text = tok.text
                if (
                    text[:1].isupper()
                    and (
                        pos[j] == PROPN
                        or j > i and not tok.is_alpha  # "O'Malley" as a noun
                        # "Rosalind Ekwueme chairs ..." with "Rosalind" read as a verb: a
                        # clear first name that is no English word opens a name anyway.
                        or j == i and tok.is_alpha and not self._english(text) and _strong_first_name(text)
                    )
                    and _name_word(text)
                ):
                    j += 1
                elif j == i + 1 and pos[i] != PROPN and _misread_surname(tok):
                    # "Rosalind Fairbanks chairs ...": after a first name read as a verb,
                    # the parse misreads the surname too (a plural noun); capitalised in
                    # mid-sentence, it is the name's second word.
                    j += 1
                elif (
                    j > i and j + 1 < n and _joining_hyphen(tok)
                    and toks[j + 1].text[:1].isalpha()
                ):
                    j += 2  # "Anne-Marie", "Leclerc-Dubois", "Eun-ji": one word of a name
                elif (
                    j > i and j + 1 < n and pos[j + 1] == PROPN
                    and toks[j + 1].text[:1].isupper() and _name_word(toks[j + 1].text)
                    and (
                        _INITIAL.fullmatch(text) is not None
                        or text.islower() and tok.lower_ in lexicon.SURNAME_PARTICLES
                    )
                ):
                    j += 1  # "Ines M. Calloway", "Yusuf ibn Tashfin": a middle initial or a particle
                elif (
                    j > i and j + 2 < n and pos[j + 2] == PROPN
                    and toks[j + 2].text[:1].isupper() and _name_word(toks[j + 2].text)
                    and all(t.text.islower() and t.lower_ in lexicon.SURNAME_PARTICLES for t in toks[j : j + 2])
                ):
                    j += 2  # "Carmen de la Fuente", "Pieter van der Berg": two particles
                elif (
                    j > i and j + 2 < n and text.islower()
                    and tok.lower_ in lexicon.SURNAME_PARTICLES and not tok.whitespace_
                    and _joining_hyphen(toks[j + 1]) and toks[j + 2].text[:1].isupper()
                    and _name_word(toks[j + 2].text)
                ):
                    j += 3  # "Yousef al-Harbi", "Ahmed el-Masry": a particle hyphened to the surname
                else:
                    break
            if j - i >= 2 and j < n and _suffix_word(toks[j]):
                # "Otis Greer Jr. won": the generational suffix is the name's: without it
                # the son is read as "Otis Greer", his father's name.
                j += 1
            elif j - i >= 2 and j + 1 < n and toks[j].text == "," and _suffix_word(toks[j + 1]):
                j += 2  # "Otis Greer, Jr., won" (`clean_name` drops the comma)
            if j - i >= 3 and j < n and toks[j].text == "." and _suffix_word(toks[j - 1]) and not toks[j - 1].whitespace_:
                j += 1  # "Otis Greer Sr. won": the stop the tokenizer split from "Sr"
            if j == i:
                continue
            if toks[i].idx in self._cues:
                continue  # "Said Adeyemo:": the cue opens no name (the run after it may)
            if j - i < 2:
                end = j  # one word is never a name of two or three (most runs: skip cheaply)
                continue
            if j not in relabel_ends and blocked.issuperset(range(i, j)):
                end = j  # (every word tagged: see `relabel_ends`)
                continue
            run = doc[i:j]
            end = j
            if (
                len(run) == 2 and run[0].lower_ in lexicon.REGNAL_TITLES and genders.get(_plain(run[1].text)) is not None
                and not any(t.i in blocked for t in run)
            ):
                # "Prince Edmund opened the hospital. The prince said": a royal or a pope
                # goes by the first name alone, which the title marks as a person's.
                person = self._add_person(run[1].text, run[1].idx)
                person.titles.add(_label_key(run[0].text) or run[0].lower_)
                continue
            labels = []
            before = toks[run.start - 1] if run.start else None
            if (
                before is not None and before.lower_ == "of" and len(self._text_of(run).split()) > 2
                and _label_word(before.head) and self._english(run[0].text)
                and not self._english(run[1].text)
            ):
                # "Superintendent of Police Rakesh Menon", "Minister of State Kavita
                # Deshmukh": the word after the title's "of" is its office, an English
                # word, where the name data may list it as a first name too.
                labels.append(f"{before.head.lower_} of {run[0].lower_}")
                run = run[1:]
            titled = [k - run.start for k in range(run.start + 1, run.end - 2) if _label_word(toks[k])]
            if titled and all(t.text[:1].isupper() and not _label_word(t) for t in run[: titled[-1]]):
                # "District Collector Priyanka Raghunathan": the words before the title
                # qualify it (see the entities above).
                labels.append(" ".join(t.lower_ for t in run[: titled[-1] + 1]))
                run = run[titled[-1] + 1 :]
            while len(self._text_of(run).split()) > 2 and (
                _label_word(run[0]) or _role_before_first_name(self._text_of(run).split(), self._english)
            ):
                # "Bishop Clement Avery", "Chef Ramona Iturbe": the role is no part of the
                # name, and a later "the bishop" points back to it (`_titled`).
                labels.append(run[0].lower_.strip("."))
                run = run[1:]
            office = next((a for a, b in relabel if run.start < a and b == run.end), None)
            office_titles: set[str] = set()
            if office is not None:
                # "Harbour Master Ines Calloway" (the entity cut above): the words before
                # the name are her office, which a later "the harbour master" points to
                # (as `_description` qualifies a role: last modifier and head).
                words = [t.lower_ for t in doc[run.start : office]]
                role = _role_key(words[-1], any_noun=True)
                office_titles = {role, f"{words[-2]} {role}"} if len(words) > 1 else {role}
                run = doc[office : run.end]
            tok = run[0]
            # (lowercase particles are no words of the count: "Carmen de la Fuente" is two)
            if not 2 <= sum(w not in lexicon.SURNAME_PARTICLES for w in self._text_of(run).split()) <= 3:
                continue
            label = toks[run.start - 1] if run.start else None
            if (
                label is not None and not labels and label.pos_ == "NOUN" and label.text[:1].isupper()
                and label.dep_ == "compound" and run.start <= label.head.i < run.end and _label_word(label)
            ):
                # "Billionaire Tomas Vrba" with the label read as a common noun: still his
                # role, which a later "the billionaire" points back to.
                labels.append(label.lower_.strip("."))
            if any(t.i in blocked for t in run) and (run.start, run.end) not in relabel \
                    and not self._surname_tagged_alone(run, blocked):
                continue
            first = _plain(tok.text)
            appositive = (run.start, run.end) in relabel and _role_in_apposition(run.root)
            if (genders.get(first) is None and not labels and not appositive) \
                    or tok.lower_.strip(".") in lexicon.TITLE_WORDS:
                continue
            if (
                run[-1].text.isupper() and run[-1].lower_ not in lexicon.NAME_SUFFIXES
                or _org_like(self._text_of(run)) or _org_shaped(self._text_of(run))
            ):
                continue  # ("Arthur Pellham II": a generational suffix is no acronym)
            if run[-1].lower_ in NAME_ENDINGS_OF_BODIES:
                continue  # "the Ostby Tenants Guild": a body's ending, though "Ostby" is a first name
            if tok.text.isupper() and len(tok.text) > 1 and not labels:
                continue  # "the RT America network": an acronym, though "rt" is in the data
            if run[-1].lower_ in lexicon.BYLINE_ROLES:
                continue  # "By Mara Lind, Staff Reporter": "Staff" is a first name too
            if run[-1].lower_ in lexicon.TITLE_WORDS and self._english(tok.text) and _rare_as_a_name(tok.text):
                # "The Interior Minister, Cassius Vale,": an office -- an English word few
                # bear as a first name, then a title -- not a woman named "Interior".
                continue
            if _headline_phrase(run, self.text, self._english) and self._words is not None:
                continue  # "Mayor Pledges Review of Subway Fare Plan": headline capitals
            person = self._add_person(clean_name(self._text_of(run)), run.start_char)
            # A job label ("Billionaire", "Chef") is a role too: "the billionaire said".
            person.titles.update(key for key in map(_label_key, labels) if key)
            person.titles.update(office_titles)
            # "met Lorelei Finch, the mayor" with the name tagged ORG: the apposition
            # still gives her the role a later "the mayor" points back to.
            person.titles.update(_titles_of(run))
            person.labels.update(_role_nouns_before(run))
        self.people.sort(key=lambda p: p.position)

    def _unlabelled_bodies(self) -> None:
        """ "Pinecrest Software was fined. The firm said": a company the model does not
        tag. A run of two or three capitalised proper nouns outside every entity, ending
        in a word that ends company names ("Software", "Foods", "Mining"), is a body, so
        a later "the firm" or "it" has it to point back to."""
        taken = {i for e in self.ents for i in range(e.start, e.end)}
        toks = self._toks
        n = len(toks)
        end = 0  # (where the last run ended: a run starts there or after)
        # (a run's first word is capitalised: the capitalised tokens in order, those a
        # run already went past skipped, where a binary search found the next one after
        # every word tried; most are words of tagged entities)
        for i in self._capitalised:
            if i < end or i in taken:
                continue
            j = i
            while (
                j < n and j not in taken and toks[j].is_alpha
                # ("Nordvision cancelled its show": an unknown word read as a noun)
                and (
                    toks[j].pos_ == "PROPN" or toks[j].pos_ == "NOUN" and not self._english(toks[j].text)
                    # ("the Consumer Fairness Watchdog": a body's ending read as a noun)
                    or j > i and toks[j].lower_ in NAME_ENDINGS_OF_BODIES
                )
                and toks[j].text[:1].isupper() and not toks[j].text.isupper()
            ):
                j += 1
            if j == i:
                continue
            if j < n and j not in taken and toks[j].text in CLUB_SUFFIXES and j - i <= 2:
                # "Ostby FC", "Valby IF": a sports club, whose suffix is in capitals.
                club = self.doc[i : j + 1]
                if not any(p.position == club.start_char for p in self.people):
                    self.orgs.append(Entity(club.text, "organization", club.start_char, label="ORG"))
                end = j + 1
                continue
            run = self.doc[i:j]
            if (
                1 <= len(run) <= 3
                and (
                    # ("the Consumer Fairness Watchdog", left untagged: a public body's ending
                    # says body as a company's does)
                    len(run) >= 2 and run[-1].lower_ in NAME_ENDINGS_OF_BODIES
                    or self._subject_called_its(run)
                )
                and run[0].lower_ not in lexicon.TITLE_WORDS
                and not any(p.position == run.start_char for p in self.people)
                and not _title_cased(run.sent)
            ):
                self.orgs.append(Entity(run.text, "organization", run.start_char, label="ORG"))
            end = j

    def _subject_called_its(self, run: SpacySpan) -> bool:
        """ "Greenhaven Water raised its charges", "Nordvision cancelled its quiz show":
        an untagged name that is the subject of a verb whose object the sentence calls
        "its" is a body. Not a name opening on a first name the data knows, nor one
        word of English."""
        root = run.root
        if root.dep_ not in ("nsubj", "nsubjpass") or root.head.pos_ not in ("VERB", "AUX"):
            return False
        first = run[0].text
        if _name_genders().get(_plain(first)) is not None and not _rare_as_a_name(first):
            return False
        if len(run) == 1 and self._english(first):
            return False
        verb = root.head
        return any(
            t.lower_ == "its" and t.dep_ == "poss" and t.i > run.end
            and all(a.i != root.i for a in t.ancestors) and verb in t.ancestors
            for t in verb.subtree
        )

    def _surname_tagged_alone(self, run: SpacySpan, blocked: set[int]) -> bool:
        """ "Ines M. Calloway", "Yusuf ibn Tashfin", "Min-jun Park": the model tags only the
        surname, as a body or a place, and leaves the first name out. A run that opens
        with a first name the data knows (a clearly gendered one, or one that is no
        English word), outside any entity, and whose tagged words are one-word entities
        wholly inside it, is a person's name."""
        first = run.text.split()[0]  # "Min-jun" whole: "Min" alone may be an English word
        share = _name_genders().get(_plain(first.split("-")[0]))
        if run[0].i in blocked or share is None or not _strong(share) and self._english(first):
            return False  # ("Poor Mexico": an English word the name data also lists)
        # A group's word ("Latino Republicans", tagged NORP) is no surname.
        surnames = {
            e.start for e in self._ents_in(run)
            if len(e) == 1 and e.label_ in ("ORG", "GPE", "LOC", "FAC") and e[0].tag_ == "NNP"
        }
        return all(t.i in surnames for t in run if t.i in blocked) and not _org_like(run.text)

    def _couples(self) -> None:
        """ "Ines and Rupert Calloway": two people sharing the surname written once; the
        first, a clear first name right before "and", is "Ines Calloway" (a later "Ines
        said" is her)."""
        surnames = {p.surname for p in self.people if " " in p.name}
        for person in list(self.people):
            words = person.name.split()
            if len(words) != 2 or not self.text.startswith(person.name, person.position):
                continue  # (written in full here, not a bare "Sanders" known by its full name)
            span = char_span(self.doc, person.position, person.position + 1)
            if span is None or span.start < 2:
                continue
            conj, first = self._toks[span.start - 1], self._toks[span.start - 2]
            if (
                conj.lower_ == "and" and first.is_alpha and first.text[:1].isupper() and first.text[1:].islower()
                and _strong_first_name(first.text)
                # Not an English word nor someone's surname: "Trump and Ted Cruz" are two.
                and (not self._english(first.text) or self._lone_person_word(first) or self._given_name_word(first))
                and first.lower_ not in surnames
                and (
                    first.i == 0 or not self._toks[first.i - 1].text[:1].isupper()
                    or plural_role_before_name(self._toks[first.i - 1])
                )
            ):
                self._add_person(f"{first.text} {words[-1]}", first.idx)
                # The first name the model tagged alone there is that person, not another,
                # nor a place or body ("Marta and Jonas Lind": "Marta" tagged GPE), nor
                # the role before it read into her name ("Shopkeepers Ana").
                role = self._toks[first.i - 1].text if first.i else ""
                self.people = [
                    p for p in self.people
                    if not (p.position == first.idx and p.name == first.text or p.name == f"{role} {first.text}")
                ]
                self.orgs = [o for o in self.orgs if not (o.position == first.idx and o.name == first.text)]
        self.people.sort(key=lambda p: p.position)

    def _given_name_word(self, tok: Token) -> bool:
        """ "Ana and Tom Kelo": a word of the model's vocabulary ("ana") that very many
        bear as a given name (`VERY_COMMON_GIVEN_NAME`) and that the story never writes
        in lowercase is a first name before "and", not an English word; "Clinton",
        "Warren", "Gordon" (surnames too) fall under the bar."""
        return _bearers(tok.text) >= VERY_COMMON_GIVEN_NAME and not _common_word(tok.text, self.text)

    @staticmethod
    def _lone_person_word(tok: Token) -> bool:
        """A word the model tags as a person on its own (`Anna and Jonas Brekke`): a first
        name though the word list also has it ("anna", a coin)."""
        return tok.ent_type_ == "PERSON" and tok.ent_iob_ == "B" and (
            tok.i + 1 >= len(tok.doc) or tok.doc[tok.i + 1].ent_iob_ != "I"
        )

    def _learn_genders(self) -> None:
        """ "Maria Okafor said she ...": a pronoun right after a named subject, in the same
        sentence and with no other person between, tells that person's pronoun."""
        by_position = sorted(self.people, key=lambda p: p.position)
        starts = [p.position for p in by_position]
        neuter: set[str] = set()
        they_in_text: bool | None = None  # (`THEY_PIECES`: tested once, at the first need)
        bounds = self._sentence_bounds
        # Only the sentences that name someone (read in order, as every sentence was:
        # a gender learnt in one counts in the next): a sentence naming nobody learns
        # nothing, and most sentences name nobody. A person's sentence is the last one
        # opening at or before the name, if the name lies before that sentence's end.
        sent_chars = [self._idxs[start] for start, _ in bounds]
        naming: set[int] = set()
        for position in starts:
            k = bisect.bisect_right(sent_chars, position) - 1
            if k >= 0 and position < self._sentence_end_char(bounds[k][1]):
                naming.add(k)
        for k in sorted(naming):
            sent_start, sent_end = bounds[k]
            # (the sentence's offsets from the tokens built once: no Span per sentence)
            start_char, end_char = sent_chars[k], self._sentence_end_char(sent_end)
            lo = bisect.bisect_left(starts, start_char)
            hi = bisect.bisect_left(starts, end_char)
            people = by_position[lo:hi]
            if len(people) > 1 and self._body_called_its(people[0], people[1].position):
                # "Ostmark Dairy closed its plant in Kiel" (both tagged people): the first
                # "name" goes on with "its" before the next one.
                neuter.add(people[0].name)
            if len(people) != 1:
                continue
            person = people[0]
            if they_in_text is None:
                # (most texts have no such word: one test of the whole text, not a
                # case-blind search of each sentence naming one person)
                lower = self.text.lower()
                they_in_text = any(piece in lower for piece in THEY_PIECES)
            if they_in_text and THEY_PERSON.search(self.text[start_char:end_char]):  # (`sent.text`)
                # "River Tanaka is a nonbinary artist": their pronoun is "they", and no
                # "he" or "she" after it in the sentence is theirs.
                self._they_people.add(person.name)
                continue
            quoted = self._quote_of(person.position)
            thing = False
            # (only the tokens after the name: found by bisection, the Tokens built once)
            after = bisect.bisect_right(self._idxs, person.position, sent_start, sent_end)
            for tok in self._toks[after:sent_end]:
                if quoted >= 0 and self._quote_of(tok.idx) != quoted:
                    # '"She can never be as far left as Bernie," she said': a name inside a
                    # quotation and the pronoun of the one quoted are two people.
                    continue
                lower = tok.lower_
                if tok.dep_ in ("nsubj", "nsubjpass") and tok.tag_ == "NN":
                    # "Park said the company would list its shares": a thing the clause
                    # after the name is about may be what an "its" stands for.
                    thing = True
                if lower in lexicon.MALE_PRONOUNS or lower in lexicon.FEMALE_PRONOUNS:
                    gender = "m" if lower in lexicon.MALE_PRONOUNS else "f"
                    for same in self.people:
                        if same.name == person.name and same.gender is None:
                            same.gender = gender
                    break
                if lower == "its" and thing:
                    break
                if lower == "its" and person.gender is None and (" " not in person.name or _no_first_name(person.name)):
                    # "Twitter said ... its terms", "Ostmark Dairy closed its plant" (no
                    # first name the data knows): a company
                    neuter.add(person.name)
                    break
        # (asked once per name: `people` holds every mention, and for a person with no
        # gender the answer depends on the name alone, read at the text's end)
        itself: dict[str, bool] = {}
        for p in self.people:
            if p.gender is None:
                if p.name not in itself:
                    itself[p.name] = self._reports_of_itself(p)
                if itself[p.name]:
                    neuter.add(p.name)
        # A one-word "person" the article calls "its" and never "he" or "she" is an
        # organisation the small model mistook for a name.
        neuter -= {p.name for p in self.people if p.gender is not None}
        self._neuter = neuter
        if neuter:
            moved = [p for p in self.people if p.name in neuter]
            self.people = [p for p in self.people if p.name not in neuter]
            moved_orgs = [Entity(p.name, "organization", p.position, label="ORG") for p in moved]
            # (a new list, not sorted in place: `_orgs_by_word`)
            self.orgs = sorted(self.orgs + moved_orgs, key=lambda e: e.position)

    def _sentence_end_char(self, sent_end: int) -> int:
        """Where the sentence ending before token ``sent_end`` ends in the text: its last
        token's end."""
        last = self._toks[sent_end - 1]
        return last.idx + len(last)

    def _reports_of_itself(self, person: Entity) -> bool:
        """ "Agrivex said it had followed every rule": a one-word "person" with no first
        name whose report says what "it" did (not what it is: "Vrba said it was a
        mistake") is a body speaking of itself, as the speaker index reads such reports."""
        if person.gender is not None or " " in person.name or first_name_gender(person.name) is not None:
            return False
        if self._full_name(person.name, len(self.text)) not in (None, person.name):
            return False  # "Rubio said it ...": the surname of a person the article names in full
        if person.name not in self._says_it_did:
            self._says_it_did[person.name] = self._mention_says_it_did(person.name)
        return self._says_it_did[person.name]

    def _mention_says_it_did(self, name: str) -> bool:
        """Whether a one-token mention of ``name`` is the subject of a cue whose clause has
        "it" for subject (`_reports_of_itself`). Kept per name in `_says_it_did`: it reads
        every mention of the name, and it was asked once per entity and per mention of the
        name, quadratic in a text naming one body a thousand times (1,000 lines: 6.5 s)."""
        for i in self._tokens_with_text(name):
            # (the one-token mentions of the name: a regex over the whole text for each
            # person was quadratic in a long document)
            subject = self._toks[i]
            if not whole_word_at(name, self.text, subject.idx) or self._quote_of(subject.idx) >= 0:
                continue
            verb = subject.head
            if subject.dep_ != "nsubj" or verb.idx not in self._cues:
                continue
            # (the that-clause of the cue, or of its "statement": "said in a statement
            # that it had made a record profit")
            if any(
                clause.dep_ in ("ccomp", "acl") and clause.lemma_ != "be" and clause.i > verb.i
                and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in clause.children)
                for clause in verb.subtree
            ):
                return True
        return False

    def _body_called_its(self, person: Entity, stop: int) -> bool:
        """Whether a "person" of several words and no first name the data knows goes on
        with "its" in its sentence before ``stop`` (and before any "he" or "she")."""
        if person.gender is not None or " " not in person.name or not _no_first_name(person.name):
            return False
        span = self.doc.char_span(person.position, stop, alignment_mode="contract")
        if span is None or self._quote_of(person.position) >= 0:
            return False
        for tok in span:
            if tok.lower_ == "its":
                return True
            if tok.lower_ in lexicon.MALE_PRONOUNS or tok.lower_ in lexicon.FEMALE_PRONOUNS:
                return False
        return False

    def _add_person(self, name: str, position: int) -> Entity:
        full = self._full_name(name, position)
        gender = first_name_gender(full or name) or self._title_gender(position) or self._kin_gender(position)
        ent = Entity(full or name, "person", position, gender=gender)
        self.people.append(ent)
        self._index_person(ent)
        return ent

    def _index_person(self, person: Entity) -> None:
        """Files a person under the words the short-form lookups search by: the last word
        (`_full_name`), the first word (`_given_name_of`) and the word before the last
        (`_short_forms`, `_first_surname_of`). Each lookup then reads only the people it
        can match, so a text naming thousands of people stays linear."""
        key = speaker_key(person.name)
        if not key:
            return
        words = key.split()
        self._by_last.setdefault(words[-1], {}).setdefault(key, []).append(person)
        self._by_first.setdefault(speaker_key(person.name.split()[0]), []).append((person, key))
        for nick in NICKNAME_IN_NAME.findall(person.name):
            # 'Margaret "Peggy" Thornbury ... Peggy said': the name she goes by is looked
            # up as a first name is.
            self._by_first.setdefault(speaker_key(nick), []).append((person, key))
        if len(words) >= 2:
            self._by_second_last.setdefault(words[-2], []).append((person, key))
        for inner in inner_names(person.name):
            # "Luiz Inácio Lula da Silva ... Lula said": a word inside a long name that
            # the person goes by is looked up as a first name is.
            self._by_first.setdefault(speaker_key(inner), []).append((person, key))

    def _ents_in(self, span: SpacySpan) -> list[SpacySpan]:
        """The document's entities that lie inside ``span`` (Span.ents, without rebuilding)."""
        lo = bisect.bisect_left(self._ent_starts, span.start)
        out = []
        for ent in self.ents[lo:]:
            if ent.start >= span.end:
                break
            if ent.end <= span.end:
                out.append(ent)
        return out

    def _sentence_of(self, position: int) -> SpacySpan:
        position = max(0, min(position, len(self.text) - 1))
        span = char_span(self.doc, position, position + 1)
        return self._sentence_at(span.start if span is not None else 0)

    @functools.cached_property
    def _orths(self) -> numpy.ndarray:
        """Every token's text as its string hash (the ORTH column), read once."""
        return column(self.doc, ORTH)

    def _tokens_with_text(self, text: str) -> list[int]:
        """The indices of the tokens whose exact text is ``text``, in order
        (`_reports_of_itself` looks up the mentions of every one-word person): one
        comparison of the hash column, where a table of every token's text cost a
        Python step and a string lookup per token for the few names asked about. (The
        StringStore gives the key: spaCy's own symbols, "PERSON" or "ADJ", have no hash.)"""
        return numpy.flatnonzero(self._orths == self.doc.vocab.strings[text]).tolist()

    @functools.cached_property
    def _sentence_bounds(self) -> list[tuple[int, int]]:
        """Each sentence's first token and the token after its last, in order, as
        ``Doc.sents`` finds them (a sentence starts at token 0 and at every later token
        whose SENT_START is 1), read off the column: ``Doc.sents`` builds a Span per
        sentence, and only the few sentences `_sentence_at` is asked for need one."""
        if not self.doc.has_annotation("SENT_START"):
            return [(sent.start, sent.end) for sent in self.doc.sents]  # (raises as it does)
        starts = [i for i in numpy.flatnonzero(column(self.doc, SENT_START) == 1).tolist() if i > 0]
        starts = [0, *starts] if len(self.doc) else []
        return list(zip(starts, [*starts[1:], len(self.doc)], strict=True))

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self._sentence_bounds]

    @functools.cached_property
    def _sentence_spans(self) -> dict[int, SpacySpan]:
        """The sentences `_sentence_at` built, by their place in `_sentence_bounds`:
        pronouns ask for the same few sentences many times."""
        return {}

    def _sentence_at(self, i: int) -> SpacySpan:
        """The sentence of token ``i`` (``doc[i].sent``; the last sentence for ``i`` < 0)."""
        k = bisect.bisect_right(self._sentence_starts, i) - 1
        if k < 0:
            k += len(self._sentence_bounds)
        sent = self._sentence_spans.get(k)
        if sent is None:
            start, end = self._sentence_bounds[k]
            sent = self._sentence_spans[k] = SpacySpan(self.doc, start, end)
        return sent

    def _blank(self, sent: SpacySpan) -> bool:
        """A sentence of whitespace only (``sent.text.strip() == ""``, without joining its
        tokens' text), or a page's furniture alone ("ADVERTISEMENT", "[Image: ...]":
        `FURNITURE_LINE`): the sentence a pronoun continues lies past it."""
        body = self.text[sent.start_char : sent.end_char].strip()
        return not body or (len(body) <= FURNITURE_LINE_MAX and FURNITURE_LINE.fullmatch(body) is not None)

    def _phrase_head(self, position: int) -> Token | None:
        """The head of the noun phrase that starts at ``position`` ("the" -> "Alliance")."""
        span = char_span(self.doc, position, position + 1)
        if span is None:
            return None
        tok = span.root
        while tok.dep_ in ("compound", "flat", "amod", "nmod", "appos", "det", "poss") and tok.head.i != tok.i:
            tok = tok.head
        return tok

    def _is_subject(self, position: int) -> bool:
        """Whether the entity starting at ``position`` is a clause subject."""
        tok = self._phrase_head(position)
        return tok is not None and tok.dep_ in ("nsubj", "nsubjpass")



#: A nickname written inside a person's name ('Margaret "Peggy" Thornbury', "Robert
#: (Bobby) Lanigan"), as `_nicknamed` joins them.
NICKNAME_IN_NAME = re.compile("(?<= )[\"'\u201c\u2018(]([A-Z][a-z]+)[\"'\u201d\u2019)](?= )")


def _suffix_word(tok: Token) -> bool:
    """A generational suffix after a name ("Jr.", "Sr", "III"), capitalised."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in lexicon.NAME_SUFFIXES


def _misread_surname(tok: Token) -> bool:
    """A capitalised word in mid-sentence the parser took for a common noun or a verb
    ("Fairbanks" as the plural of "fairbank")."""
    return (
        tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and not tok.is_sent_start
        and tok.pos_ in ("NOUN", "VERB") and _name_word(tok.text)
    )


def _role_in_apposition(head: Token) -> bool:
    """ "X, the goalkeeper,": a person's role noun after a determiner, in apposition."""
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i and _personal_noun(c.lemma_.lower())
        and any(d.dep_ == "det" for d in c.lefts)
        for c in head.children
    )

#: ", known to his crew as Ali", ", nicknamed Ali", ", also known as Ali": the name
#: someone goes by, set off right after their full name.
KNOWN_AS_AFTER = re.compile(
    r",?[ \t]+(?:(?:also|better|widely)[ \t]+)?(?:known(?:[ \t]+to[ \t]+[\w' ]{1,30}?)?[ \t]+as|nicknamed|dubbed"
    # ", whom everyone calls Valdo", ", who friends call Ali", ", who is called Bim"
    r"|who(?:m)?[ \t]+(?:[\w']+[ \t]+){1,3}?calls?|who[ \t]+(?:is|was)[ \t]+(?:usually[ \t]+)?called)"
    r"[ \t]+[\"'\u201c\u2018]?(?P<nick>[A-Z][a-z]+)[\"'\u201d\u2019]?(?=[ \t]*[,.;)])"
)
#: 'Everyone calls Bartholomew Osei "Barty"': a verb of naming before the full name ...
CALLED_BEFORE = re.compile(r"\b(?:calls?|called|nicknamed?|dubs?|dubbed)[ \t]+$")
#: ... and the quoted name right after it.
CALLED_AFTER = re.compile(r"[ \t]+[\"'\u201c\u2018](?P<nick>[A-Z][a-z]+)[\"'\u201d\u2019]")

#: Verbs that give someone an office: "was appointed headmaster", "was named coach".
APPOINTING_VERBS = frozenset({"appoint", "name", "elect", "promote", "choose", "select", "make"})


def _titles_of(ent: SpacySpan) -> set[str]:
    """The roles a person mention carries: title words in or just before the name
    ("Finance Minister Chidi Okafor", "Sen. Joan Whitaker") and an appositive noun on
    either side ("Lena Fischer, a spokeswoman for ...", "the mayor, Ana Diaz")."""
    doc = ent.doc
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    out = {_label_key(t.text) for t in toks[ent.start : ent.end]}
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 4:
        t = toks[i]
        if (
            t.text == "." and i > 0 and not toks[i - 1].whitespace_
            and toks[i - 1].text[:1].isupper() and toks[i - 1].lower_ in lexicon.ROLE_KEYS
            and len(toks[i - 1].text) <= 4
        ):
            i -= 1  # "Lt. Vick" at a text's start: the tokenizer splits "Lt" from its dot
            continue
        key = _label_key(t.text)
        if key:
            out.add(key)
            second = i > 0 and toks[i - 1].lower_ in SECOND_RANKS
            if i > 0 and toks[i - 1].is_alpha and (not _role_key(toks[i - 1].text) or second):
                # "Finance Minister" -> "finance minister"; "Lieutenant Governor" ->
                # "lieutenant governor", which "the lieutenant governor" picks.
                out.add(f"{toks[i - 1].lower_} {key}")
        elif not (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ")) or t.is_punct:
            break
        i -= 1
    root = ent.root
    # (the article's children and heads, listed once per article: `Token.children` and
    # `Token.head` build new Tokens at each read, for every person the index files)
    children = list(kids(root))
    nouns = [
        c for c in children
        if c.dep_ == "appos" and c.i >= ent.end and (
            c.pos_ == "NOUN" or c.text in lexicon.ROLE_ABBREVIATIONS
            # "Peter Lund, the Archbishop of Valmora,": a title word in capitals
            or c.pos_ == "PROPN" and c.lower_ in lexicon.TITLE_WORDS
            and any(d.dep_ == "det" and d.lower_ == "the" for d in c.lefts)
        )
    ]  # ("Julie Pask, the MP for Redcar,": an office in capitals, tagged a proper noun)
    # "met the bishop, Ambrose Keel" (the bishop tagged a proper noun): `role_noun`
    head = head_of(root)
    if root.dep_ == "appos" and role_noun(head) and head.i < ent.start:
        nouns.append(head)
    elif (
        root.dep_ == "conj" and role_noun(head) and head.i == ent.start - 2 and ent.doc[head.i + 1].text == ","
        and ent.end < len(ent.doc) and ent.doc[ent.end].text == ","
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts)
    ):
        # "The local MP, Julie Pask, and Tom Reed visited": set off by commas right after
        # "the" + role, the name is that role's holder, though the parser lists the
        # three ("MP" a proper noun it joins by "and").
        nouns.append(head)
    if root.dep_ == "nsubj" and head.lemma_ == "be" and head.tag_ in ("VBZ", "VBD"):
        # "Kerensa Odhiambo is a nurse in Pellham": the predicate noun is a role too.
        # Only "a/an" + noun, said as a fact ("Bernie will be a leader" is a wish; "was the
        # first candidate to ..." no office).
        nouns += [
            c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i > ent.end
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.lefts)
            and not any(d.dep_ == "amod" for d in c.lefts)
        ]
        # "Ruth Baines is the chief executive of Talbrook Insurance": "the" office "of" a
        # named body or place is hers as well (a later "the company's chief executive").
        nouns += [c for c in head.children if c.dep_ == "attr" and c.i > ent.end and _office_of_a_name(c)]
    if root.dep_ == "nsubjpass" and head.lemma_ in APPOINTING_VERBS:
        # "Wendell Ambrose was appointed headmaster (of ...)", "was named as coach": the
        # office given is a role a later "the headmaster" points back to.
        nouns += [c for c in head.children if c.dep_ in ("oprd", "attr") and c.pos_ == "NOUN"]
        nouns += [
            o for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
            for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
        ]
    out |= _bereaved(children)
    out.update(_held_until(root))
    out |= _counsel_by_representation(root)
    out.update(_role_key(n.lemma_, any_noun=True) for n in nouns if n.tag_ != "NNS" and not _former(n))
    # "Emeric Szalay, the defence minister, and Ottavia Rinaldi, the foreign minister":
    # the qualified role too, which a later "the foreign minister" picks her by. Only
    # an apposition closed by punctuation: "with Mika Roe, the party's candidate stated"
    # is a misparsed subject, no role of hers. Every word of a compounded modifier
    # qualifies it: "the Green Party leader" is "the Green leader" and "the party leader".
    out.update(
        f"{mod.lower_} {_role_key(n.lemma_, any_noun=True)}"
        for n in nouns if n.tag_ != "NNS" and not _former(n)
        and _role_key(n.lemma_, any_noun=True)
        and (n.right_edge.i + 1 >= len(doc) or toks[n.right_edge.i + 1].is_punct)
        for mod in _role_modifiers(n)
    )
    out.update(f"former {_role_key(n.lemma_, any_noun=True)}" for n in nouns if n.tag_ != "NNS" and _former(n))
    out.discard("")
    if _former_before(ent):
        # "Former finance minister Tomas Vrba": he was the minister; a later "the minister"
        # is the one in office, "the former minister" him.
        out = {key if key.startswith("former ") else f"former {key}" for key in out}
    return out


#: Verbs that say someone held an office: "was minister", "served as chief constable".
HOLDING_VERBS = frozenset({"be", "serve"})


def _held_until(root: Token) -> set[str]:
    """ "Hendrik Vos was agriculture minister until 2022", "Olwen Price served as chief
    constable until last year": an office held up to a time is a past one; a later "the
    former minister" is this person (its holder now is "the minister"). Said as a fact
    (past tense) of the subject, with "until" on the verb."""
    if root.dep_ != "nsubj":
        return set()  # (most names: the head need not be built)
    head = root.head
    if head.lemma_ not in HOLDING_VERBS or head.tag_ != "VBD":
        return set()
    if not any(c.dep_ == "prep" and c.lower_ == "until" for c in head.children):
        return set()
    nouns = [c for c in head.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    nouns += [
        o for c in head.children if c.dep_ == "prep" and c.lower_ == "as"
        for o in c.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
    ]
    keys = {_role_key(n.lemma_, any_noun=True) for n in nouns if n.tag_ == "NN"}
    return {f"former {key}" for key in keys if key}


#: "(née Oduwole)", ", nee Pinchbeck,": the birth name a married woman's name is given with.
MAIDEN_NAME_AFTER = re.compile(r"[ \t]*[(,][ \t]*n[ée]e[ \t]+[A-Z]")

#: Pronouns for the one a "... is represented by <name>" speaks for: a person, not a
#: constituency ("Wexley is represented by Sen. Joan Bell").
PERSONAL_SUBJECTS = frozenset({"he", "she"})
#: Entity tags of places (and peoples). After "... is represented by", a name the model
#: tags a person or, often, a body may be the client ("Lavinia Crowhurst-Peel" tagged
#: ORG); a place is a constituency.
PLACE_TAGS = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _counsel_by_representation(root: Token) -> set[str]:
    """ "Tobias Lark is represented by Ada Ruiz. ... His lawyer said": the one who
    represents a person (the passive's subject a person's name or "he"/"she") is their
    counsel, whom a later "his lawyer", "her solicitor" or "his agent" means. A place
    represented ("Wexley is represented by Joan Bell") is a constituency, whose member
    is no counsel."""
    if root.dep_ != "pobj":
        return set()  # (most names: the heads need not be built)
    prep = root.head
    if prep.lower_ != "by":
        return set()
    verb = prep.head
    if verb.lemma_ != "represent" or verb.tag_ != "VBN":
        return set()
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if len(subjects) != 1:
        return set()
    subject = subjects[0]
    if not (subject.lower_ in PERSONAL_SUBJECTS or subject.pos_ == "PROPN" and subject.ent_type_ not in PLACE_TAGS):
        return set()
    return {_role_key(noun, any_noun=True) for noun in lexicon.COUNSEL_NOUNS} - {""}


#: "whose husband died": the spouse lost, and what the one who lost them is called.
BEREAVED = {"husband": "widow", "wife": "widower"}
DYING_VERBS = frozenset({"die", "kill", "murder"})


def _bereaved(children: list[Token]) -> set[str]:
    """ "Patricia Ndlovu, whose husband died in the collapse ... The widow said": a
    relative clause saying a person's spouse died makes them the widow (widower) a later
    description points back to. (``children``: the name's root's children.)"""
    out: set[str] = set()
    for clause in children:
        if clause.dep_ != "relcl" or clause.lemma_.lower() not in DYING_VERBS:
            continue
        for subject in clause.children:
            if subject.dep_ in ("nsubj", "nsubjpass") and subject.lower_ in BEREAVED and any(
                c.lower_ == "whose" for c in subject.children
            ):
                out.add(BEREAVED[subject.lower_])
    return out


def _office_of_a_name(noun: Token) -> bool:
    """ "the chief executive of Talbrook Insurance", "the mayor of Tarrow", "the
    orchestra's principal conductor": a role noun after "the" whose "of" names a body or
    place, or owned by a body or place -- an office someone holds, not "the first
    candidate to ..." nor "the son of a miner"."""
    if not (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NN"
        and not any(d.dep_ == "amod" and (d.tag_ in ("JJS", "JJR") or d.lower_ in ORDINAL_WORDS) for d in noun.lefts)
        and _role_word(noun.lemma_.lower())
    ):
        return False
    # "the orchestra's principal conductor", "Tarrow's mayor": the owner names the body.
    owned = any(d.dep_ == "poss" and d.pos_ in ("NOUN", "PROPN") for d in noun.lefts)
    return owned or (
        any(d.dep_ == "det" and d.lower_ == "the" for d in noun.lefts)
        and any(
            p.dep_ == "prep" and p.lower_ == "of" and any(o.dep_ == "pobj" and o.pos_ == "PROPN" for o in p.children)
            for p in noun.rights
        )
    )


#: Ordinal adjectives: "the first/second ... of" ranks someone, gives no office.
ORDINAL_WORDS = frozenset("first second third last next only".split())


def _role_modifiers(noun: Token) -> list[Token]:
    """The words that qualify a role noun: its adjectives and nouns before it and theirs
    ("foreign" in "the foreign minister"; "Green" and "Party" in "the Green Party leader")."""
    return [
        t for c in noun.lefts if c.dep_ in ("amod", "compound")
        for t in c.subtree if t.dep_ in ("amod", "compound") and t.is_alpha
    ]


def _former(noun: Token) -> bool:
    """Whether a role noun is qualified as past: "a former finance minister"."""
    return any(c.lower_ in FORMER_WORDS for c in noun.lefts)


def _former_before(ent: SpacySpan) -> bool:
    """Whether "former" opens the title words right before a name ("former finance
    minister Tomas Vrba", "Former Sen. Ada Ruiz")."""
    toks = tokens(ent.doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    for i in range(ent.start - 1, max(-1, ent.start - 6), -1):
        tok = toks[i]
        if not (tok.is_alpha or tok.text == "."):
            return False
        if tok.lower_ in FORMER_WORDS:
            return True
        if not (_label_key(tok.text) or tok.pos_ in ("NOUN", "PROPN", "ADJ")):
            return False
    return False

#: Initials of a place or a union of states, not of a person: "U.S. Senate", "U.N. Council".
COUNTRY_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A.", "S.C.", "N.H."})

#: Words after a name that make it a firm's: "D.E. Shaw & Co.", "W.W. Norton, which".
FIRM_AFTER_NAME = "|".join(("and Co", "Co", "Inc", "Company", "Corp", "Ltd", "LLC", "plc", "Group", "which", "its",
                            "Publishing", "Publishers", "Books", "Press", "Associates", "Partners", "Sons"))

#: A name of initials and a surname: "J.K. Rowling", "A. N. Whitfield", "T.S. Okafor-Bright".
INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?")


def _role_nouns_before(ent: SpacySpan, name: str = "") -> set[str]:
    """The common role nouns compounded onto a name (`_role_noun_before`), and those the
    model took into the name itself at the start of a sentence ("Widow Clara Benn", of
    display ``name`` "Clara Benn")."""
    toks = tokens(ent.doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    keys = {key for t in toks[max(0, ent.start - 3) : ent.start] if (key := _role_noun_before(t, ent))}
    first = name.split()[0] if name else ""
    for t in toks[ent.start : ent.end]:
        if t.text == first:
            break
        if t.is_sent_start and t.is_alpha and t.text[1:].islower() and _role_word(t.lower_):
            keys.add(t.lower_)
    return keys


def _role_noun_before(t: Token, ent: SpacySpan) -> str:
    """ "Prosecutor Ahmed El-Sayed", "Climate scientist Henrike Vogt", "Defending champion
    Aiko Morimoto": a common noun naming a person's role, compounded onto the name, is a
    label a later "the prosecutor", "the champion" points back to, though no title list
    holds it. Lowercase, or capitalised only as the sentence's first word; "" otherwise."""
    # (The first word of a sentence may be tagged a name: "Rookie quarterback Jaylen
    # Brooks" with "Rookie" a person of its own.)
    if not (t.is_alpha and t.pos_ in ("NOUN", "PROPN") and t.dep_ == "compound" and (not t.ent_type_ or t.is_sent_start)):
        return ""
    head = t.head
    while head.i < ent.start and head.dep_ == "compound" and head.pos_ == "NOUN" and head.is_lower and head.head.i > head.i:
        head = head.head  # "Veteran striker Tom Halle": a role over another one
    if ent.start > head.i or head.i >= ent.end:
        return ""  # (compounded onto the name itself, not onto a body before it)
    if not (t.is_lower or t.is_sent_start and t.text[1:].islower()):
        return ""
    lemma = t.lemma_.lower() if t.pos_ == "NOUN" else t.lower_
    return lemma if _role_word(lemma) else ""

#: Titles that take "the" in front of a person's name ("The Rev Ann Roe", "the Hon Ian
#: Lee"); not "the Democratic National Convention", whose first word labels people too.
ARTICLE_TITLES = lexicon.NAME_TITLE_ABBREVIATIONS | frozenset({"reverend", "hon", "honourable", "honorable"})


def _defines_acronym(text: str) -> bool:
    """Whether an entity's text is a name with the acronym it defines in brackets after
    it, the bracket open or closed ("World Health Organization (WHO", "Food Standards
    Directorate (Fosdir)"): the acronym in capitals of the name's initials, or a word
    made of the starts of its words (`word_acronym`)."""
    inside = _NAME_THEN_ACRONYM.match(text)
    if inside is None:
        return False
    name, acronym = clean_name(inside.group(1)), inside.group(2)
    return _initials(name) == acronym if acronym.isupper() else word_acronym(acronym, name)


def _tail_in(name: str, names: set[str]) -> str | None:
    """The longest tail of ``name``, two words or more, that is one of ``names``:
    "Rip Donald Trump" -> "Donald Trump" when the article has that name."""
    words = name.split()
    for k in range(1, len(words) - 1):
        if words[k] in lexicon.SURNAME_PARTICLES:
            # "Pieter van den Heuvel" and a later "Mr. van den Heuvel": the words before a
            # lowercase particle are the first name, not an epithet to drop.
            continue
        tail = " ".join(words[k:])
        if (
            tail in names and words[k].lower() not in lexicon.SURNAME_OPENERS
            and namedata.women_shares().bearers(words[k].lower()) >= COMMON_GIVEN_NAME
        ):
            # (a tail opening on a word few bear as a given name is surnames: "Lucía
            # Ortega Ruiz" and a later "Ortega Ruiz" are one woman, "Lucía" no epithet)
            return tail
    return None


#: Small words inside a body's name, which its acronym leaves out ("Bank of England").
SMALL_NAME_WORDS = frozenset({"of", "and", "for", "on", "the", "de", "du", "des", "la"})


def _judge_name(text: str) -> str | None:
    """The name in a courtesy title, an office title and a name ("Lady Justice Hale",
    "Mr. Justice Pell"), which the parser can tag as a body: the words after the titles,
    when they are capitalised and no title themselves."""
    words = text.split()
    if len(words) < 3 or words[0].lower().strip(".") not in lexicon.TITLE_GENDERS:
        return None
    rest = words[1:]
    while rest and rest[0].lower().strip(".") in lexicon.TITLE_WORDS:
        rest = rest[1:]
    if len(rest) == len(words) - 1 or not rest or len(rest) > 2:
        return None
    if not all(w[:1].isupper() and w.lower() not in lexicon.TITLE_WORDS for w in rest):
        return None
    return " ".join(rest)


def _only_titles(name: str) -> bool:
    """Whether a name is title words alone ("Lady", "Lady Justice", "Mr Justice"):
    the parser's person span stopped before the surname, which names the person."""
    words = name.replace(".", " ").lower().split()
    return bool(words) and all(w in lexicon.TITLE_WORDS for w in words)

#: "Brown v. Brown", "Roe vs. Wade": the name of a court case between two parties.
CASE_NAME = re.compile(r"\S\s+(?:v|vs|versus)\.?\s+[A-Z]")
#: The other side of a case name after a name: " v. Calloway" (`_case_party`).
_CASE_SIDE_AFTER = re.compile(r"\s+(?:v|vs|versus)\.?\s+[A-Z]")

# The patterns the entity pass matches against every body's or person's name, compiled
# once: through `re.match` and the like each call looked its pattern up in re's cache,
# and the per-name patterns (`_firm_after`, `_the_kind`) kept pushing them out of it,
# so that they were compiled again and again.
#: "Rachel Obi of Meridian Research": a person's name, "of", a capitalised body.
_PERSON_OF_BODY = re.compile(r"(.+?) of ((?:the )?[A-Z].*)$")
#: "World Health Organization (WHO", "Food Standards Directorate (Fosdir)".
_NAME_THEN_ACRONYM = re.compile(r"(.+?)\s*\(([A-Z][A-Za-z]{1,7})\)?$")
#: The acronym in brackets after a name, the bracket maybe left open.
_ACRONYM_OPENED = re.compile(r"(?:.+?)\s*\(([A-Z][A-Za-z]{1,7})")
#: "(WHO)" right after a name.
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")
#: An acronym of capitals ("PWB").
_CAPITALS = re.compile(r"[A-Z]{2,8}")
#: An acronym as a body's name, with or without stops ("WHC", "U.N.").
_ACRONYM_NAME = re.compile(r"(?:[A-Z]\.?){2,6}")
#: "(ABC)" closing an entity (its closing bracket added by the caller).
_BRACKETED_ACRONYM = re.compile(r"\(\s*[A-Z]{2,8}\)?")
#: A middle initial: "M.".
_INITIAL = re.compile(r"[A-Z]\.")


@functools.lru_cache(maxsize=4096)
def _firm_after(surname: str) -> re.Pattern[str]:
    """The surname (escaped) followed by what makes it a firm's name (`_initials_person`)."""
    return re.compile(rf"\b{surname}\b(?:'s)?\s*(?:&|,?\s*(?:{FIRM_AFTER_NAME})\b)")


#: "the " or "The " and the word after it (`_last_after_the`), as `_the_kind` reads one.
_AFTER_THE = re.compile(r"\b[Tt]he (?=(\w+))")


@functools.lru_cache(maxsize=4096)
def _the_kind(word: str) -> re.Pattern[str]:
    """ "the dairy", "The dairy": a lowercase kind word after "the" (`_called_by_its_kind`)."""
    return re.compile(rf"\b[Tt]he {re.escape(word)}\b")


def _case_party(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is one side of a case name ("Vrba v. Calloway").

    (Each pattern needs a lowercase "v": a text without one is no match, and most
    names and the words after them have none, so the patterns rarely run.)"""
    before, after = text[max(0, start - 8) : end], text[end : end + 12]
    return "v" in before and CASE_NAME.search(before) is not None or "v" in after and _CASE_SIDE_AFTER.match(
        after
    ) is not None


def _is_description(ent: SpacySpan) -> bool:
    """A one-word "name" after an article ("a former Miss Universe") is a description."""
    toks = tokens(ent.doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    i = ent.start - 1
    while i >= 0 and toks[i].pos_ == "ADJ":
        i -= 1
    if i < 0 or toks[i].lower_ not in ("a", "an", "the"):
        return False  # (most names: no article, so the words need not be read)
    words = [t for t in toks[ent.start : ent.end] if t.text.lower().strip(".") not in lexicon.TITLE_WORDS]
    return len(words) <= 1


def _street_name(text: str) -> bool:
    """A facility named as a street ("Dunmore Street", "Elm Road"), not a seat of government.

    Such a name never speaks, but left among the bodies it was the latest "organisation"
    that a later "the council" or "the business association" resolved to.
    """
    words = text.lower().rstrip(".").split()
    return len(words) > 1 and words[-1] in lexicon.STREET_WORDS and " ".join(words) not in lexicon.GOVERNMENT_SEATS

