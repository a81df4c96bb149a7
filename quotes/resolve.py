"""In-article speaker resolution: from the words at the cue to a real-world name.

No neural coreference model runs offline, so this is a small rule system over the parse
and the named entities: names keep their full form ("Stoltenberg" -> "Jens Stoltenberg"),
titles become roles, pronouns and descriptions ("he", "the alliance") go to the most
salient earlier speaker that agrees in gender, number and kind. Without a confident
antecedent the speaker stays unresolved: a wrong name is worse than none.
"""

from __future__ import annotations

import bisect
import contextlib
import dataclasses
import functools
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import numpy
from spacy.attrs import IDX, IS_SPACE, ORTH, POS
from spacy.language import Language
from spacy.strings import hash_string
from spacy.symbols import NOUN
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotes import lexicon, namedata
from quotes.doctext import doc_text
from quotes.extract import (
    CAPTION,
    CAPTION_OPENING,
    CAPTION_REUTERS_READS,
    LINK_LINE,
    abbreviation_stop,
    hashes_in,
    initials_label,
)
from quotes.index import COMMON_GIVEN_NAME, person_fits
from quotes.marks import datelines, find_quotes, is_quote_char, paragraphs
from quotes.models import INDEX_NAME, JointSpeaker, Quote, Span, replace_quote
from quotes.store import speaker_key, word_acronym

PERSON_LABELS = ("PERSON",)
#: ``Doc.user_data`` key of the article's byline (set by ``pipeline.make_doc``).
AUTHOR_KEY = "quotes.author"
# Words that make a byline part a desk or an outlet, not a person.
BYLINE_DESK = re.compile(
    r"(?i)\b(?:news|staff|desk|editorial|board|press|reuters|today|times|post|journal|"
    r"tribune|herald|wire|editors?|reporters?|correspondents?|contributors?|agency)\b"
)
NEWLINE = re.compile("\n")  # (`Resolver._line_start`)
# A byline line near the top of a story: "By Mara Lind, Staff Reporter".
BYLINE_LINE = re.compile(r"^[ \t]*By[ \t]+[A-Z][^\n]{0,80}$", re.M)
# A headline that names its speaker before a colon: "Rubio: I Still Believe ...".
SPEAKER_LABEL = re.compile(r"[ \t]*([A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,3}):[ \t]")
# Any line label, one letter too: an interview's "Q:" and "A:".
LINE_LABEL = re.compile(r"[ \t]*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]+){0,3}):[ \t]")
# Lines that start a new item in live blogs and briefs: "___", "***", "11:15 a.m.".
ITEM_BREAK = re.compile(
    r"^[ \t]*(?:_{3,}\.?|\*{3,}|-{3,}|\d{1,2}:\d{2}\s*[ap]\.?m\.?)[ \t]*$",
    re.M | re.I,
)
ORG_LABELS = ("ORG", "GPE", "NORP", "FAC")
# A title word right before a name ("Mrs. Patel", "Congresswoman Ruiz"), or at its start.
TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \t\u00a0]+$")
# A courtesy title then an office title right before a name: "Lady Justice ", "Mr. Justice ".
TWO_TITLES_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \t\u00a0]+([A-Za-z]+)\.?[ \t\u00a0]+$")
TITLE_AT = re.compile(r"([A-Za-z]+)\.?[ \t\u00a0]+(?=[A-Z])")
KIN_BEFORE = re.compile(r"\b([a-z]+),?[ \t\u00a0]+$")


@dataclass
class Entity:
    """A speaker known in this article."""

    name: str
    kind: str
    position: int
    gender: str | None = None
    roles: list[str] = field(default_factory=list)
    label: str | None = None  # the NER label it came from ("ORG", "GPE"), if any
    # Roles the text gives this mention ("senator" from "Sen.", "spokesperson" from an
    # appositive "a spokeswoman for ..."): what a later "the senator said" points back to.
    titles: set[str] = field(default_factory=set)
    # Common role nouns compounded onto the mention ("Climate scientist Henrike Vogt"):
    # a later "the scientist" nearby points back to it (`Resolver._titled`).
    labels: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.name.split()[-1].lower()


# Titles that look like names: "Miss Universe Alicia Machado" is Alicia Machado.
# The model may tag "Universe Alicia Machado" or just "Universe" without the "Miss".
PAGEANT_TITLE = re.compile(
    r"^(?:(?:Former|former)\s+)?(?:Miss\s+)?(?:Universe|America|USA|World|Earth|Teen\s+USA)\b\s*"
)


#: The capitalised suffixes of sports clubs' names ("Ostby FC", "Valby IF", "Malmo FF").
CLUB_SUFFIXES = lexicon.CLUB_SUFFIXES
#: A role noun ending in "-man" after three letters or more ("fisherman", "gunman",
#: "businesswoman", "sportsman"; not "woman" nor "human").
MAN_AGENT = re.compile(r"[a-z]{3}man$")
#: Small words inside a body's name after its first word ("Safe at Home").
JOINING_WORDS = frozenset({"at", "of", "for", "the", "and", "in", "on"})
#: Countries' acronyms that close a body's name ("Water UK", "Oxfam US").
COUNTRY_ACRONYMS = frozenset({"UK", "US", "USA"})
#: Words before a country that make a region or a part of it, no body ("Northern UK").
NATIONAL_PREFIXES = frozenset("northern southern eastern western central rural urban greater".split())

#: Invisible format characters, which a shown name drops.
INVISIBLE_RUN = re.compile(f"[{re.escape(lexicon.INVISIBLE_FORMAT_CHARS)}]+")


#: The comma between a name and its generational suffix ("Brennan, Jr.").
NAME_SUFFIX_COMMA = re.compile(r",\s*(?=(?:Jr|Sr|JR|SR|II|III|IV)\b\.?$)")


#: Role words any office holder answers to ("President Ruiz ... the leader said"): the
#: text giving someone another role does not make them someone else.
GENERIC_ROLE_WORDS = frozenset({"leader", "official", "head", "chief", "executive", "man", "woman"})


def _described(span: SpacySpan) -> str | None:
    """The role a description gives the name set in apposition to it ("The mayor of
    Dunmore, Aisling Byrne" -> "mayor of Dunmore"), without its article; None when
    empty or longer than a role."""
    described = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", span.text).strip(" ,")
    return described if 0 < len(described) <= 80 else None


@functools.lru_cache(maxsize=65_536)
def clean_name(text: str) -> str:
    """A name as it should be shown: no possessive, no leading article, one space (an
    invisible format character counts as a space: `Tom\u200b Reilly` is Tom Reilly; a
    soft hyphen, a hint of where the word may break, is no character of the name).

    Cached (a pure function of the text): the same few names come back for every
    entity and mention of an article, and the five regular expressions cost more than
    the lookup."""
    text = re.sub(INVISIBLE_RUN, " ", text).replace(lexicon.SOFT_HYPHEN, "")
    text = fix_mojibake(text)
    text = re.sub(r"\s+", " ", text).strip(" ,;:-\u2014\u2013\u2015\u2012\u2212\"'\u201c\u201d\u2018\u2019")
    text = PAGEANT_TITLE.sub("", text)
    text = re.sub(r"(?:'s|\u2019s|'|\u2019)$", "", text).strip()
    text = re.sub(r"^(?:the|The|THE)\s+", "", text)
    # "Otis Brennan, Jr." is shown as "Otis Brennan Jr.": the comma is only punctuation.
    text = NAME_SUFFIX_COMMA.sub(" ", text)
    # "FlagShareLikeReplyLena Osei": a page's buttons glued to the name (two or more
    # lowercase-to-capital joins in one word; "McAllister", "DeShawn" have one).
    return " ".join(_unglued(w) for w in text.split(" "))


def _unglued(word: str) -> str:
    """The last part of a word with two or more lowercase-to-capital joins and no hyphen
    (see `clean_name`); any other word, a handle ("@realDonaldTrump") included, as it is."""
    if "-" in word or word[:1] in "@#" or len(GLUED_WORDS.findall(word)) < 2:
        return word
    return GLUED_WORDS.split(word)[-1]


#: Characters that UTF-8 decoded as Latin-1 or cp1252 begins with ("Ã§", "â€™", "Â ").
MOJIBAKE = re.compile("[\u00c3\u00c2\u00e2][\u0080-\u00bf\u20ac\u201a-\u203a\u0152-\u0178\u02c6\u02dc\u2122]")


def fix_mojibake(text: str) -> str:
    """ "FranÃ§ois Hollande" -> "François Hollande": UTF-8 read as Latin-1 or cp1252
    somewhere before the article reached us. The article text keeps it (offsets index
    the text as read); names and roles are repaired (with ftfy), so a speaker meets the
    rows spelled right."""
    if not MOJIBAKE.search(text):
        return text
    import ftfy  # only for the rare text that needs it

    return ftfy.fix_text(text)


#: A lowercase letter followed by a capital inside a word (the split keeps the capital).
GLUED_WORDS = re.compile(r"(?<=[a-z])(?=[A-Z])")


#: Speakers on someone's behalf: "Ms. Ortiz's spokesman" is not Ms. Ortiz.
# Roles a body holds for a person ("his employer, QuickDrop,"), though a person may hold
# them too: a body only when the name set off after one is tagged a body.
BODY_ROLES = frozenset("employer publisher sponsor insurer landlord label distributor".split())
# Adjectives that point at a body already named rather than name a kind of it.
ANAPHORIC_ADJECTIVES = frozenset("same other new former local independent".split())
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})

#: "the elder Amsel", "the younger Amsel": True for the older of two sharing a surname.
GENERATION_WORDS = {"elder": True, "older": True, "younger": False}


def _conjuncts(root: Token) -> list[Token]:
    """The nouns joined to ``root`` by "and" ("A, B and C": B and C), in order; none
    when the list is joined by "or"/"nor" (one of them, not all, said it)."""
    out: list[Token] = []
    tok = root
    while True:
        conj = next((c for c in tok.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if conj is None:
            break
        out.append(conj)
        tok = conj
    if not out:
        return []
    joiners = {c.lower_ for t in [root, *out] for c in t.children if c.dep_ == "cc"}
    if not joiners or not joiners <= {"and", "&", "both"}:
        return []
    return out


def _conjunct_phrase(conj: Token) -> list[Token]:
    """The words of one conjunct's noun phrase, without the conjuncts, the "and" and the
    clauses that hang on it."""
    skip: set[int] = set()
    for child in conj.children:
        if child.dep_ in ("conj", "cc", "punct", "relcl", "acl", "appos", "prep") and child.i > conj.i:
            skip.update(t.i for t in child.subtree)
    return [t for t in conj.subtree if t.i not in skip and not t.is_punct]


def corrected_entities(
    doc: Doc, text: str, cues: frozenset[int] = frozenset(), words: frozenset[str] | None = None
) -> list[SpacySpan]:
    """The model's entities with the small model's usual slips repaired, step by step.

    Each step mends one kind of slip (a name cut at a comma, a dateline run into a name,
    a surname tagged a body, a body tagged a person ...) and sees what the steps before
    it made, so the order matters: spans are first cut and joined into whole names, then
    labels are corrected on the whole names. ``cues`` are the offsets where the extractor
    found its cues ("Said Adeyemo:" holds no first name); ``words`` the model's English
    vocabulary, when it has one.
    """
    steps: tuple[Callable[[list[SpacySpan]], list[SpacySpan]], ...] = (
        # spans: cut, joined and extended into whole names
        lambda e: _names_after_commas(doc, e),
        lambda e: _outside_datelines(doc, text, e),
        _stops_out,
        _suffixes_after_commas,
        _cut_at_verbs,
        _role_modifiers_out,
        _names_before_of,
        _names_before_headline_verbs,
        lambda e: _headline_words_out(text, e, words),
        lambda e: _nicknamed(doc, e),
        lambda e: _cues_out(e, cues),
        lambda e: _hyphenated_given_names(doc, e),
        lambda e: _hyphenated_surnames(doc, e),
        lambda e: _names_across_spaces(doc, e),
        lambda e: _untagged_apostrophe_names(doc, text, e),
        _apostrophe_surnames,
        lambda e: _names_over_particles(doc, e),
        lambda e: _untagged_surnames(doc, text, e),
        lambda e: _second_surnames(doc, text, e),
        lambda e: _with_first_names(doc, e, words),
        lambda e: _with_family_names_first(doc, e),
        lambda e: _saints_institutions(doc, text, e),
        # labels: people and bodies told apart on the whole names
        lambda e: _bodies_over_particles(doc, e),
        lambda e: _bodies_joined_by_particles(doc, e),
        lambda e: _people_by_apposition(doc, e),
        _people_by_kin,
        _people_by_honorific,
        _short_names_of_bodies,
        lambda e: _surnames_after_first_names(doc, e),
        lambda e: _speakers_tagged_as_works(doc, words, e),
        lambda e: _bodies_by_apposition(doc, e),
        lambda e: _bodies_named_by_their_last_word(doc, e),
    )
    ents = list(doc.ents)
    for step in steps:
        ents = step(ents)
    return ents


#: An interview's answer labels ("A: Because ...") and its question lines.
ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})
QUESTION_LINE = re.compile(r"(?m)^[ \t]*(?:(?:Q|Question|QUESTION)[ \t]*:|Q\.[ \t])")
#: A line opening a turn of an interview: an answer (group 1) or a question.
INTERVIEW_TURN = re.compile(
    r"(?m)^[ \t]*(?:(?:(A|Answer|ANSWER)|Q|Question|QUESTION)[ \t]*:|(A)\.[ \t]|Q\.[ \t])"
)

#: A first-person singular word: a quotation holding one is one person's words.
FIRST_SINGULAR = re.compile(r"\b(?:I|me|my|mine|myself)\b")
# What a text says of someone who goes by "they": "a nonbinary artist", "who uses they/them".
THEY_PERSON = re.compile(r"(?i)\b(?:non-?binary|genderqueer|genderfluid|agender|they/them|they/their)\b")


class Resolver:
    """Resolves every quote's speaker within one document, in reading order."""

    def __init__(
        self, doc: Doc, cues: frozenset[int] = frozenset(), words: frozenset[str] | None = None
    ) -> None:
        self.doc = doc
        # The model's English vocabulary (`english_words`), or None: a capitalised word
        # outside it ("Deshmukh", "Olatunji") is a name whatever its tag.
        self._words = words
        # Where the extractor found the cues: a word it read as the cue ("Said Adeyemo:")
        # is no first name, whatever the name data or the entity tagger say.
        self._cues = cues
        # The byline's one named person, when the article has one: the "I" of a column.
        self.author = byline_person(doc.user_data.get(AUTHOR_KEY))
        self._neuter: set[str] = set()  # one-word "names" the text calls "its"
        self._lone_names: set[str] | None = None  # one-word PERSON names, built on demand
        self.people: list[Entity] = []
        self.orgs: list[Entity] = []
        self._newlines: list[int] | None = None  # offsets of the text's line breaks (`_line_start`)
        self._credits: tuple[list[int], list[float], int, list[int], list[int], list[int]] | None = None
        # `_orgs_by_word`: (the orgs list indexed, how many of its bodies, the index)
        self._org_words: tuple[list[Entity], int, dict[str, list[tuple[Entity, bool, bool]]]] | None = None
        # `_person_like_orgs`: key -> (the list filed under it, how many read, what it found)
        self._person_like: dict[str, tuple[list, int, tuple[list[Entity], list[int], bool]]] = {}
        self._person_like_bodies: dict[tuple[str, bool], bool] = {}  # `_body_reads_as_person`
        self._orgs_indexes: dict[str, tuple[list[Entity], int, Any]] = {}  # `_orgs_index`
        # `_given_name_bearers`: first word -> (its list, how many read, what it found)
        self._given_names: dict[str, tuple[list, int, tuple[list[tuple[Entity, str]], list[int], bool, int]]] = {}
        self._people_word_sets: tuple[list[Entity], int, tuple[set[str], set[str]]] | None = None
        self.speakers: list[Entity] = []  # resolved speakers, in order of attribution
        self._main_reports: list[tuple[Entity, int]] = []  # speakers with their cue's offset
        # (mention offset, index in _main_reports), sorted: a sentence's reports by bisection
        self._report_keys: list[tuple[int, int]] = []
        self._reported: list[tuple[int, int]] = []  # content spans of the items resolved so far
        # "a senior engineer told me": speakers brought in by "a"/"an" and a role noun that
        # resolved to no one, with the noun's lemma (`_unnamed_just_before`)
        self._indefinite: list[Entity] = []
        self._mentions: list[int] = []  # where each resolved item's speaker mention starts
        # Mentions of an unnamed spokesperson resolved to the body, by offset, with the
        # gender the noun gives ("spokesman"), if any.
        self._spokespeople: dict[int, str | None] = {}
        self.acronyms: dict[str, str] = {}  # "north atlantic treaty organization" -> "NATO"
        # An acronym -> the body's full name: one defined in brackets ("CFA"), or one
        # never defined that only one body's initials spell ("WHC"; `_undefined_acronyms`).
        self._expansions: dict[str, str] = {}
        # People filed under their key's last word, first word and word before the last
        # (`_index_person`), each with its key. By last word, people are grouped by key
        # too: a name repeated thousands of times is compared once (`_full_name`).
        self._by_last: dict[str, dict[str, list[Entity]]] = {}
        self._by_first: dict[str, list[tuple[Entity, str]]] = {}
        self._by_second_last: dict[str, list[tuple[Entity, str]]] = {}
        # Doc.ents and Span.ents build new Span objects on every access: once per doc.
        self.text = doc_text(doc)  # Doc.text is rebuilt on every access: shared, read once
        self.ents = corrected_entities(doc, self.text, cues, words)
        self._ent_starts = [e.start for e in self.ents]
        self._quote_spans = [
            (q.open_start, q.close_end) for q in find_quotes(self.text) if q.depth == 0
        ]
        self._quote_starts = [start for start, _ in self._quote_spans]
        self._boundaries = [m.start() for m in ITEM_BREAK.finditer(self.text)]
        self._bylines = [m.span() for m in BYLINE_LINE.finditer(self.text, 0, min(len(self.text), 800))]
        if self.author is None and len(self._bylines) == 1:
            # A plain-text column with no byline in its metadata: the "By Ada Roe" line
            # at its top names the one who writes its "I".
            self.author = byline_person(self.text[slice(*self._bylines[0])])
        self._first_question = QUESTION_LINE.search(self.text)  # an interview's first "Q:" line
        # Where each turn of an interview opens ("Q:", "A:" lines) and whether it answers:
        # a paragraph with no label goes on with the turn before it.
        self._turns: list[tuple[int, bool]] = (
            [(m.start(), m.group(1) is not None or m.group(2) is not None) for m in INTERVIEW_TURN.finditer(self.text)]
            if self._first_question is not None
            else []
        )
        self._turn_starts = [start for start, _ in self._turns]
        self._current = -1  # the pronoun being resolved
        self._pronoun_people: set[str] = set()  # one-word names only a "he"/"she" made people
        # People the text says go by "they" ("Alex Moreno, who is nonbinary"): `_learn_genders`
        self._they_people: set[str] = set()
        self._says_it_did: dict[str, bool] = {}  # `_mention_says_it_did` per name
        self._index_entities()
        # The small model often calls a surname an organisation: a known surname is a person.
        surnames = {p.surname for p in self.people if len(p.name.split()) > 1}
        self.orgs = [o for o in self.orgs if o.name.lower() not in surnames]
        self._learn_genders()

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

    def _in_credit(self, position: int) -> bool:
        """``position`` lies after a photo credit's marker on its line ("Photo: Getty
        Images", "Image source: Reuters"): a picture agency's or photographer's name.

        That is ``CAPTION.search(text, line_start, position)``, found from an index of
        the text's caption openings (`_credit_index`) instead: searching the line again
        for each body made a line that names a body thousands of times quadratic."""
        near = self.text.rfind("\n", max(0, position - self._CREDIT_SEARCHED), position)
        if near >= 0 or position <= self._CREDIT_SEARCHED:
            # a line that opens shortly before: searched as it is
            return CAPTION.search(self.text, near + 1, position) is not None
        start = self._line_start(position)
        starts, stable, close_from, reuters, reuters_reach, reuters_reach_max = self._credit_index()
        first = bisect.bisect_left(starts, start)
        if stable[first] < position:
            return True  # an opening that matches whatever follows, read whole before here
        # Openings that read up to or past ``position``: CAPTION itself, cut there
        # (one that matched whole may not match cut short, and the other way round).
        near = bisect.bisect_left(starts, max(start, position - close_from), first)
        for i in starts[near : bisect.bisect_left(starts, position, near)]:
            if CAPTION.match(self.text, i, position) is not None:
                return True
        k = bisect.bisect_left(reuters, position) - 1
        while k >= 0 and reuters[k] >= start and reuters_reach_max[k] >= position:
            if reuters_reach[k] >= position and CAPTION.match(self.text, reuters[k], position) is not None:
                return True
            k -= 1
        return False

    #: A line that opens at most this far before the offset is searched as it is: the
    #: index costs more than that on a news article, and such searches stay linear.
    _CREDIT_SEARCHED = 2_000
    #: How far past its opening a CAPTION alternative other than "Reuters/" reads at most
    #: ("Image source:" and the character after it), with room to spare.
    _CREDIT_READS = 16

    def _credit_index(self) -> tuple[list[int], list[float], int, list[int], list[int], list[int]]:
        """Built once per text, for `_in_credit`: the offsets where a CAPTION match can
        open (`CAPTION_OPENING`), sorted; for each opening on, the least offset past
        which some opening from there on matches whatever text follows (a match that
        reads nothing beyond it; infinity for none, one more at the end); how far the
        fixed openings read; the "Reuters/" openings, how far each reads and the
        greatest of those reaches up to each."""
        if self._credits is not None:
            return self._credits
        text = self.text
        starts: list[int] = []
        reach: list[float] = []
        reuters: list[int] = []
        reuters_reach: list[int] = []
        for m in CAPTION_OPENING.finditer(text):
            i = m.start()
            if m.group(2) is not None:
                read = CAPTION_REUTERS_READS.match(text, m.end(2)).end() + len("surveys") + 1
                reuters.append(i)
                reuters_reach.append(read)
            else:
                read = i + self._CREDIT_READS
            starts.append(i)
            # past what it reads, cutting the text changes nothing: the whole text's answer
            reach.append(read if CAPTION.match(text, i) is not None else float("inf"))
        stable = [*reach, float("inf")]
        for k in range(len(reach) - 1, -1, -1):
            stable[k] = min(stable[k], stable[k + 1])
        reuters_reach_max = list(itertools.accumulate(reuters_reach, max))
        self._credits = (starts, stable, self._CREDIT_READS, reuters, reuters_reach, reuters_reach_max)
        return self._credits

    def _line_start(self, position: int) -> int:
        """The offset of the line ``position`` is on (``text.rfind("\\n", 0, position) +
        1``, by bisection of the text's line breaks, found once)."""
        if self._newlines is None:
            self._newlines = [m.start() for m in NEWLINE.finditer(self.text)]
        k = bisect.bisect_left(self._newlines, position)
        return self._newlines[k - 1] + 1 if k else 0

    def _capitalised_common_noun(self, ent: SpacySpan) -> bool:
        """One word the model tags a body that is only a common noun capitalised for
        opening its line ("Footballer apologises after row", "Striker signs"): the
        tagger reads it as a noun and it is an English word, so no name at all."""
        if len(ent) != 1 or ent.root.pos_ != "NOUN" or not ent.text[:1].isupper() or ent.text.isupper():
            return False
        line_start = self.text.rfind("\n", 0, ent.start_char) + 1
        return not self.text[line_start : ent.start_char].strip() and self._english(ent.text)

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
        return re.search(rf"\b{surname}\b(?:'s)?\s*(?:&|,?\s*(?:{FIRM_AFTER_NAME})\b)", self.text) is None

    def _person_of_body(self, ent: SpacySpan, ent_text: str) -> bool:
        """ "Rachel Obi of Meridian Research" tagged one body: a person's name (`_person_shaped`)
        before "of" and a capitalised body after it are that person and that body, each
        filed as such (a later "she" is Rachel Obi, not a body). Whether it split."""
        found = re.match(r"(.+?) of ((?:the )?[A-Z].*)$", ent_text)
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
        self._toks = list(self.doc)  # doc[i] builds a new Token on every access: build each once
        # Tokens that start with a capital (read from the text at each token's offset):
        # the scans for unlabelled names start only there, not at every word.
        # (one to_array call: each costs far more than its few columns)
        idx, pos = self.doc.to_array([IDX, POS]).T
        self._idxs: list[int] = idx.tolist()  # every token's offset
        self._capitalised = [i for i, c in enumerate(self._idxs) if text[c].isupper()]
        initials_people: list[tuple[str, int]] = []
        for ent in self.ents:
            if ent.label_ in PERSON_LABELS and self._looks_like_name(ent):
                if _is_description(ent):
                    continue  # "a former Miss Universe" describes, it does not name
                if _only_titles(ent.text):
                    continue  # "Lady" of "Lady Justice Carrow": a title, the name follows
                name = clean_name(_strip_titles(ent, self._english))
                if name and (
                    _org_shaped(name) or self._called_by_its_kind(name, ent.end_char)
                    or (len(ent) == 1 and self._body_noun_before(ent))
                ):
                    # "Team Clinton", "Priorities PAC", "Fox News" tagged PERSON: a body; so
                    # is one word after a noun for a body ("the appliance maker Brisby").
                    self.orgs.append(Entity(name, "organization", ent.start_char, label="ORG"))
                elif name:
                    person = self._add_person(name, ent.start_char)
                    person.titles.update(_titles_of(ent))
                    person.labels.update(_role_nouns_before(ent, name))
            elif ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT") and _named_body(ent) and not _defines_acronym(ent.text):
                # "The Rail Operators' Association described ...", tagged a work of art:
                # a capitalised name ending in a word for a body is that body (`clean_name`
                # drops the article).
                self.orgs.append(Entity(clean_name(ent.text), "organization", ent.start_char, label="ORG"))
            elif ent.label_ in ORG_LABELS or ent.label_ in ("WORK_OF_ART", "PRODUCT", "EVENT") and _defines_acronym(ent.text):
                # ("The Food Standards Directorate (Fosdir" tagged a work of art under a
                # headline: a name defining its acronym is a body's, read as one.)
                if ent.label_ == "NORP" and ent.root.dep_ in ("amod", "compound"):
                    continue  # "Russian" in "the Russian defence ministry" is an adjective
                if _case_party(text, ent.start_char, ent.end_char):
                    continue  # "Vrba v. Calloway" split in two: a court case, no body
                ent_text = text[ent.start_char : ent.end_char]  # (`Span.text` joins its Tokens anew)
                if ent_text.strip().rstrip(".").lower() in lexicon.HONORIFICS:
                    continue  # "Ms." cut off its name by a no-break space is no body
                if self._capitalised_common_noun(ent):
                    continue  # "Footballer apologises after row": a headline's first word
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
                inside = re.match(r"(.+?)\s*\(([A-Z][A-Za-z]{1,7})\)?$", ent_text)
                if inside and not inside.group(2).isupper() and not word_acronym(inside.group(2), clean_name(inside.group(1))):
                    inside = None  # ("Acme (Britain"): a mixed-case word only if it is the name's acronym
                if inside:  # the model took "(WHO" into "World Health Organization (WHO"
                    name = self.org_name(clean_name(inside.group(1)))
                    acronym = re.match(r"(?:.+?)\s*\(([A-Z][A-Za-z]{1,7})", ent_text)
                else:
                    name = self.org_name(clean_name(ent_text))
                    acronym = re.match(r"\s*\(([A-Z][A-Za-z]{1,7})\)", text[ent.end_char : ent.end_char + 12])
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
                    label = "ORG" if body else ent.label_
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
        for i in numpy.flatnonzero(pos == NOUN).tolist():
            token = self._toks[i]  # (only the nouns, picked from the POS array)
            lemma = token.lemma_.lower()
            if lemma not in lexicon.ORG_DESCRIPTIONS:
                continue
            if lemma in lexicon.COUNTRY_DESCRIPTIONS:
                continue
            mods = [c for c in token.lefts if c.dep_ in ("amod", "compound") and c.ent_type_]
            if mods:
                first = min(t.i for t in mods[0].subtree)
                words = self.doc[first : token.i + 1].text
                name = words[:1].upper() + words[1:]
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
        if ent.label_ != "GPE" or len(ent) != 1 or ent.text not in COUNTRY_ACRONYMS or not ent.start:
            return None
        word = self._toks[ent.start - 1]
        if not (
            word.pos_ == "PROPN" and word.dep_ == "compound" and word.head.i == ent.start
            and word.is_alpha and word.text[:1].isupper() and not word.ent_type_
            and word.lower_ not in lexicon.TITLE_WORDS and word.lower_ not in lexicon.PLACE_PREFIXES
            and word.lower_ not in NATIONAL_PREFIXES
        ):
            return None
        return Entity(f"{word.text} {ent.text}", "organization", word.idx, label="ORG")

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

    def _spelt_before(self, ent: SpacySpan) -> str | None:
        """ "The Pellham Water Board (PWB) met": the model often tags only the acronym in
        brackets. The capitalised words right before the bracket (small words such as
        "of" inside them) whose initials spell it are the name it is defined as."""
        acronym, toks = self.text[ent.start_char : ent.end_char], self._toks  # (`ent.text`)
        if not (
            re.fullmatch(r"[A-Z]{2,8}", acronym) and ent.start >= 2 and ent.end < len(toks)
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

    def _next_capitalised(self, i: int) -> int:
        """The first token at or after ``i`` that starts with a capital (the number of
        tokens when none does)."""
        k = bisect.bisect_left(self._capitalised, i)
        return self._capitalised[k] if k < len(self._capitalised) else len(self._toks)

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
            if not (re.fullmatch(r"(?:[A-Z]\.?){2,6}", org.name) and letters.isalpha()):
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
        return re.search(rf"\b[Tt]he {re.escape(words[-1].lower())}\b", self.text[end:]) is not None

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
        make every later "Brown" the case)."""
        return any(t.is_alpha and t.text[:1].isupper() for t in ent) and CASE_NAME.search(self._text_of(ent)) is None

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
        blocked = {
            i for e in self.ents if e.label_ in (*PERSON_LABELS, *ORG_LABELS, "LOC")
            for i in range(e.start, e.end)
        }
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
            if e.label_ not in ("ORG", "GPE", "LOC", "FAC", "NORP") or len(e) < 2:
                continue  # only these can be relabelled, and a name has two words or more
            if e.label_ == "NORP" and (
                not _strong_first_name(e[0].text) or self._english(e[-1].text) or len(e) > 3
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
                k == e.start and len(e) >= 3 and e.label_ == "ORG"
                and _strong_first_name(e[-2].text) and not self._english(e[-2].text)
                and _personal_noun(e[-3].lower_)
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
            if e.label_ == "ORG" and owner and owner[-1] + 1 < e.end:
                k = owner[-1] + 1  # "Fox News' Sean Hannity": the owner is not the name
            # "Odile Marchand (Greens)" tagged ORG up to the bracket: the name is the
            # part before it (an acronym defined there is the organisation's own).
            end = next((t.i for t in toks[k : e.end] if t.text == "("), e.end)
            if end < e.end and re.fullmatch(r"\(\s*[A-Z]{2,8}\)?", self.doc[end : e.end].text + ")"):
                end = e.end
            span = self.doc[k:end]
            if not 2 <= len(self._text_of(span).split()) <= 3:
                continue
            # A role label in front ("Actress Amandla Stenberg") says person even when
            # the name data cannot place the first name.
            labelled = k > e.start and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in span if t.is_alpha)
            # "Oyelaran Adebisi-Cole, the goalkeeper," tagged a place: a role in
            # apposition says person as a label in front does (a place has no such role).
            labelled = labelled or e.label_ in ("GPE", "LOC", "FAC") and _role_in_apposition(e.root)
            # "President Amara Diallo" with only the name tagged a body: a capitalised
            # title word right before it says person as one inside it does.
            labelled = labelled or k == e.start and e.start > 0 and toks[e.start - 1].text[:1].isupper() \
                and toks[e.start - 1].lower_.strip(".") in lexicon.TITLE_WORDS
            # "Paris Whitlock" tagged ORG, later "Whitlock said" tagged PERSON: the model
            # itself calls the last word a person's name, and the first is a first name
            # the data knows, if not a clearly gendered one.
            surname = span[-1].text in lone_people and genders.get(_plain(span[0].text)) is not None
            if first_name_gender(self._text_of(span)) is None and not labelled and not surname:
                continue
            if (
                _org_like(self._text_of(e)) or _org_shaped(self._text_of(span))
                or span[-1].lower_ in lexicon.COMPANY_NAME_ENDINGS | BODY_NAME_ENDINGS
            ):
                # ("Peabody Energy", "Ostby Porters Guild", "Brightwell Pharmaceuticals": a
                # body's ending keeps a body a body, though its first word is a first name)
                continue
            if e.label_ == "ORG" and span[-1].lower_ not in lexicon.PLACE_WORDS or (
                e.label_ in ("GPE", "LOC", "FAC", "NORP")
                # ("Ines Calloway" tagged a place, "Ines" read as a plural noun: a clear
                # first name that is no English word still opens a name)
                and all(
                    t.pos_ == "PROPN" or t.i == span.start and _clear_first_name(t) and not self._english(t.text)
                    or _joining_hyphen(t)  # "Oyelaran Adebisi-Cole"
                    for t in span
                )
                and not _place_shaped([t.text for t in span])
            ):
                relabel.add((k, end))
        doc = self.doc
        i = 0
        while i < len(toks):
            i = self._next_capitalised(i)  # (a name's first word is capitalised)
            j = i
            while j < len(toks):
                if (
                    (
                        toks[j].pos_ == "PROPN"
                        or j > i and not toks[j].is_alpha  # "O'Malley" as a noun
                        # "Rosalind Ekwueme chairs ..." with "Rosalind" read as a verb: a
                        # clear first name that is no English word opens a name anyway.
                        or j == i and toks[j].is_alpha and toks[j].text[:1].isupper()
                        and not self._english(toks[j].text) and _strong_first_name(toks[j].text)
                    )
                    and toks[j].text[:1].isupper()
                    and _name_word(toks[j].text)
                ):
                    j += 1
                elif j == i + 1 and toks[i].pos_ != "PROPN" and _misread_surname(toks[j]):
                    # "Rosalind Fairbanks chairs ...": after a first name read as a verb,
                    # the parse misreads the surname too (a plural noun); capitalised in
                    # mid-sentence, it is the name's second word.
                    j += 1
                elif (
                    j > i and j + 1 < len(toks) and _joining_hyphen(toks[j])
                    and toks[j + 1].text[:1].isalpha()
                ):
                    j += 2  # "Anne-Marie", "Leclerc-Dubois", "Eun-ji": one word of a name
                elif (
                    j > i and j + 1 < len(toks) and toks[j + 1].pos_ == "PROPN"
                    and toks[j + 1].text[:1].isupper() and _name_word(toks[j + 1].text)
                    and (
                        re.fullmatch(r"[A-Z]\.", toks[j].text) is not None
                        or toks[j].text.islower() and toks[j].lower_ in lexicon.SURNAME_PARTICLES
                    )
                ):
                    j += 1  # "Ines M. Calloway", "Yusuf ibn Tashfin": a middle initial or a particle
                elif (
                    j > i and j + 2 < len(toks) and toks[j + 2].pos_ == "PROPN"
                    and toks[j + 2].text[:1].isupper() and _name_word(toks[j + 2].text)
                    and all(t.text.islower() and t.lower_ in lexicon.SURNAME_PARTICLES for t in toks[j : j + 2])
                ):
                    j += 2  # "Carmen de la Fuente", "Pieter van der Berg": two particles
                else:
                    break
            if j == i:
                i += 1
                continue
            if toks[i].idx in self._cues:
                i += 1  # "Said Adeyemo:": the cue opens no name (the run after it may)
                continue
            if j - i < 2:
                i = j  # one word is never a name of two or three (most runs: skip cheaply)
                continue
            run = doc[i:j]
            i = j
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
            titled = [t.i - run.start for t in run[1:-2] if _label_word(t)]
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
            if run[-1].lower_ in lexicon.COMPANY_NAME_ENDINGS | BODY_NAME_ENDINGS:
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
        i = 0
        while i < len(toks):
            i = self._next_capitalised(i)  # (a run's first word is capitalised)
            j = i
            while (
                j < len(toks) and j not in taken and toks[j].is_alpha
                # ("Nordvision cancelled its show": an unknown word read as a noun)
                and (
                    toks[j].pos_ == "PROPN" or toks[j].pos_ == "NOUN" and not self._english(toks[j].text)
                    # ("the Consumer Fairness Watchdog": a body's ending read as a noun)
                    or j > i and toks[j].lower_ in lexicon.COMPANY_NAME_ENDINGS | BODY_NAME_ENDINGS
                )
                and toks[j].text[:1].isupper() and not toks[j].text.isupper()
            ):
                j += 1
            if j == i:
                i += 1
                continue
            if j < len(toks) and j not in taken and toks[j].text in CLUB_SUFFIXES and j - i <= 2:
                # "Ostby FC", "Valby IF": a sports club, whose suffix is in capitals.
                club = self.doc[i : j + 1]
                if not any(p.position == club.start_char for p in self.people):
                    self.orgs.append(Entity(club.text, "organization", club.start_char, label="ORG"))
                i = j + 1
                continue
            run = self.doc[i:j]
            if (
                1 <= len(run) <= 3
                and (
                    # ("the Consumer Fairness Watchdog", left untagged: a public body's ending
                    # says body as a company's does)
                    len(run) >= 2 and run[-1].lower_ in lexicon.COMPANY_NAME_ENDINGS | BODY_NAME_ENDINGS
                    or self._subject_called_its(run)
                )
                and run[0].lower_ not in lexicon.TITLE_WORDS
                and not any(p.position == run.start_char for p in self.people)
                and not _title_cased(run.sent)
            ):
                self.orgs.append(Entity(run.text, "organization", run.start_char, label="ORG"))
            i = j

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
            span = self.doc.char_span(person.position, person.position + 1, alignment_mode="expand")
            if span is None or span.start < 2:
                continue
            conj, first = self._toks[span.start - 1], self._toks[span.start - 2]
            if (
                conj.lower_ == "and" and first.is_alpha and first.text[:1].isupper() and first.text[1:].islower()
                and _strong_first_name(first.text)
                # Not an English word nor someone's surname: "Trump and Ted Cruz" are two.
                and (not self._english(first.text) or self._lone_person_word(first))
                and first.lower_ not in surnames
                and (first.i == 0 or not self._toks[first.i - 1].text[:1].isupper())
            ):
                self._add_person(f"{first.text} {words[-1]}", first.idx)
                # The first name the model tagged alone there is that person, not another.
                self.people = [p for p in self.people if not (p.position == first.idx and p.name == first.text)]
        self.people.sort(key=lambda p: p.position)

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
        for sent in self._sentences:
            lo = bisect.bisect_left(starts, sent.start_char)
            hi = bisect.bisect_left(starts, sent.end_char)
            people = by_position[lo:hi]
            if len(people) > 1 and self._body_called_its(people[0], people[1].position):
                # "Ostmark Dairy closed its plant in Kiel" (both tagged people): the first
                # "name" goes on with "its" before the next one.
                neuter.add(people[0].name)
            if len(people) != 1:
                continue
            person = people[0]
            if THEY_PERSON.search(self.text[sent.start_char : sent.end_char]):  # (`sent.text`)
                # "River Tanaka is a nonbinary artist": their pronoun is "they", and no
                # "he" or "she" after it in the sentence is theirs.
                self._they_people.add(person.name)
                continue
            quoted = self._quote_of(person.position)
            thing = False
            # (only the tokens after the name: found by bisection, the Tokens built once)
            after = bisect.bisect_right(self._idxs, person.position, sent.start, sent.end)
            for tok in self._toks[after : sent.end]:
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
        neuter.update(p.name for p in self.people if self._reports_of_itself(p))
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
        word = re.compile(rf"\b{re.escape(name)}\b")
        for i in self._tokens_with_text(name):
            # (the one-token mentions of the name: a regex over the whole text for each
            # person was quadratic in a long document)
            subject = self._toks[i]
            if not word.match(self.text, subject.idx) or self._quote_of(subject.idx) >= 0:
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

    def _title_key_at(self, position: int) -> str:
        """The role a title word right before (or at) a name gives ("Dr." -> "doctor"),
        or "" for none or a courtesy title."""
        m = TITLE_AT.match(self.text, position, position + 16) or TITLE_BEFORE.search(
            self.text[max(0, position - 16) : position]
        )
        return _label_key(m.group(1)) if m else ""

    def _full_name(self, name: str, position: int) -> str | None:
        """The fullest earlier name this one is a short form of ("Stoltenberg" -> full).

        Only a real short form counts: "Helga Brandt" never becomes "Daniel Brandt".
        """
        key = speaker_key(name)
        if not key:
            return None
        # Only people sharing the last word can fit: an index keeps long texts linear.
        by_key = self._by_last.get(key.split()[-1], {})
        fits = [p for k, people in by_key.items() if person_fits(key, k) for p in people]
        first = name.split()[0]
        if (
            len(key.split()) >= 2
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
                and len(p.name.split()) > len(name.split())
            ]
        if not fits and len(key.split()) == 1:
            fits = self._short_forms(key)
        if not fits and len(key.split()) == 1:
            fits = self._given_name_of(name, position)
        if not fits:
            fits = self._first_surname_of(key, name)
        if not fits and len(key.split()) == 1:
            fits = self._bodies_named_like_people(key, position)
        earlier = [p for p in fits if p.position <= position]
        if len({p.name for p in earlier}) > 1:
            # "Bill Clinton ... Hillary Clinton ... Mr. Clinton": a courtesy title's gender
            # picks among people sharing the surname before recency does.
            gender = self._courtesy_gender(position)
            earlier = [p for p in earlier if p.gender == gender] or earlier if gender else earlier
        if len({p.name for p in earlier}) > 1:
            # "Dr. Petra Holm treated Erik Holm ... Dr. Holm said": a title picks the one
            # the article gave it.
            key = self._title_key_at(position)
            earlier = [p for p in earlier if key in self._titles(p.name)] or earlier if key else earlier
        if len({p.name for p in earlier}) > 1:
            # "Claire Dubois-Martin met Paul Martin ... Martin said": a hyphenated surname
            # is written whole, so a bare "Martin" is the one whose surname is that word.
            earlier = [p for p in earlier if self._written_tail(p.name, name) == speaker_key(name)] or earlier
        if earlier:
            # Two earlier Brandts: the most recently mentioned one is meant.
            return max(earlier, key=lambda p: (p.position, len(p.name))).name
        later = {p.name for p in fits}
        return later.pop() if len(later) == 1 and len(key.split()) == 1 else None

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
        first = name.split()[0]
        if _strong_first_name(first) and not _rare_as_a_name(first):
            # A middle name, or a full name already ("Glenn Beck Blasts"). A surname the
            # name data lists for a handful of bearers ("Ortega", 9) is still a surname.
            return []
        found: dict[str, Entity] = {}
        for p, k in self._by_second_last.get(words[-1], ()):
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

    # -- resolution ---------------------------------------------------------------

    def resolve(self, quote: Quote) -> Quote:
        self._reported.append((quote.content.start, quote.content.end))
        mention = quote.speaker_mention
        if mention is None:
            return quote
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or not len(span):
            return quote
        span = _before_whose(span)
        listed = self._listed_names(span)
        result = self._name_cut_by_a_sentence_break(span) or self._resolve_mention(listed[0] if listed else span)
        self._mentions.append(span.start_char)
        if result is None:
            head = span.root
            if (
                any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.lefts)
                and head.is_lower
                and not self._in_report(span.start_char)
            ):
                self._indefinite.append(Entity(head.lemma_.lower(), "unnamed", span.start_char))
            return replace_quote(quote, confidence=min(quote.confidence, 0.6))
        entity, role = result
        if entity.label != LONE_NAME:
            self.speakers.append(Entity(entity.name, entity.kind, span.start_char, entity.gender))
            if quote.cue is not None:
                self._main_reports.append((self.speakers[-1], quote.cue.start))
                bisect.insort(self._report_keys, (span.start_char, len(self._main_reports) - 1))
        return replace_quote(
            quote,
            speaker=entity.name,
            speaker_kind=entity.kind,
            role=clean_role(role),
            joint=(
                self._listed_speakers(listed[1:], entity) if listed
                else self._joint(span, entity) if entity.label != LONE_NAME and entity.kind != "unnamed"
                else ()
            ),
        )

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
        if joint or len(span) != 1 or root.lower_ != "they":
            return joint
        subject = self._coordinated_subject(span.start_char)
        if subject is None:
            return ()
        words = _conjunct_phrase(subject)
        named = self._resolve_span(self.doc[words[0].i : words[-1].i + 1]) if words else None
        if named is None or named[0].name != first.name:
            return ()
        # Each row's mention is the words at its cue: the "they" for all of them.
        they = Span(span.start_char, span.end_char, span.text)
        return tuple(dataclasses.replace(j, mention=they) for j in self._joint_speakers(subject, first))

    def _coordinated_subject(self, position: int) -> Token | None:
        """The last subject of names joined by "and" before ``position``, in its sentence
        or the one before."""
        sent = self._sentence_of(position)
        before = self._sentence_before(sent)
        for window in (sent, before):
            if window is None:
                continue
            found = [
                t for t in window
                if t.idx < position and t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "PROPN" and _conjuncts(t)
            ]
            if found:
                return found[-1]
        return None

    @functools.cached_property
    def _model_entity_bounds(self) -> list[tuple[int, int]]:
        """The (start, end) of the model's own entities (not the corrected ones), read
        once: ``Doc.ents`` builds a Span for every entity of the document on each access."""
        return [(e.start, e.end) for e in self.doc.ents]

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
        for conj in _conjuncts(root):
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
            out.append(JointSpeaker(result[0].name, result[0].kind, mention))
        return tuple(out)

    def _resolve_mention(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """Who the words at a cue name: the span's own reading, else the short name of a
        body named before, else a bare surname."""
        return self._which_body(span, self._resolve_span(span)) or self._org_first_word(span) or self._bare_surname(span)

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

    def _resolve_span(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        head = span.root
        lower = head.lower_
        if (head.text.isupper() or head.text in self._expansions) and head.text in self.acronyms.values() and all(
            t.i == head.i or t.lower_ == "the" for t in span
        ):
            # "The World Health Organization (WHO) ... WHO said": a defined acronym is
            # the body even where the model reads it as a pronoun, a plain noun or, for
            # one spoken as a word ("Defra"), a person.
            return Entity(self.org_name(head.text), "organization", span.start_char, label="ORG"), None
        line = self.text.rfind("\n", 0, span.start_char) + 1
        if (
            (
                span.text in ANSWER_LABELS and self.text[span.end_char : span.end_char + 1] == ":"
                # "A. Fuel prices doubled": the label and its stop are one token
                or span.text == "A." and self.text[span.end_char : span.end_char + 1] in (" ", "\t")
            )
            and not self.text[line : span.start_char].strip()
            and self._answer_label(span.start_char)
        ):
            # An interview's "A:" turn: the one interviewed answers.
            found = self._interviewee(span.start_char)
            return (found, None) if found is not None else None
        if self.text[span.end_char : span.end_char + 1] == ":" and (
            span.text.isupper()
            or not self.text[line : span.start_char].strip() and not any(t.ent_type_ == "PERSON" for t in span)
        ):
            # A transcript turn's label ("LENA VOSS:", later "VOSS:"; an untagged "Per
            # Moen:" opening its line): the parser seldom tags a name set in capitals, nor
            # a name whose first word is a word too ("Per"), so the label is read as the
            # line's label.
            m = SPEAKER_LABEL.match(self.text, line)
            if m is not None and m.end(1) == span.end_char:
                labelled = self._line_label(m.end())
                if labelled is not None:
                    return labelled, None
        # (the words read only when the text has a "the": most mentions have none)
        words = [t for t in span if not t.is_punct] if "the" in self._text_of(span).lower() else []
        if (
            len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in lexicon.DEMONYM_NOUNS
            and words[1].ent_type_ == "NORP"
        ):
            # "Mei Tanaka lost. The Japanese said": a nationality the model tags a group
            # continues the person the sentence before is about, when there is one;
            # otherwise it is the nation ("the Japanese said talks would go on").
            person = self._one_before(span.start_char)
            if person is not None:
                return person, None
        if (lower in lexicon.PRONOUNS or head.tag_ in ("WP", "WDT", "PRP")) and _capitalised_acronym(span):
            # "WHO said", "The US said": a pronoun's letters in capitals, in a sentence
            # that is not all capitals, are a body's or a country's acronym.
            label = "GPE" if head.ent_type_ == "GPE" else "ORG"
            return Entity(self.org_name(head.text), "organization", span.start_char, label=label), None
        if lower in ("who", "that", "which") and head.head.dep_ == "relcl":
            # "Mr. Trump, who said ...": the relative pronoun stands for its noun.
            noun = head.head.head
            first = min(t.i for t in noun.subtree if t.i <= noun.i and t.dep_ != "punct")
            return self._which_body(span, self._resolve_span(span.doc[first : noun.i + 1]))
        if lower in lexicon.PRONOUNS and len(span) <= 2:
            return self._pronoun(lower, span.start_char)
        if lower in ("me", "my") and len(span) == 1:
            # "In my view, ...": the first person of a column is its byline, as "I" is.
            return self._pronoun(lower, span.start_char)
        spouse = self._spouse(span)
        if spouse is not None:
            return spouse, None
        generation = self._elder_or_younger(span)
        if generation is not None:
            return generation, None
        described = _described_people(head)
        if described is not None:
            # For its own item only: a later "they" is rarely these ("Her advisers ...
            # culling information from those who know him. They aren't sure").
            return Entity(described, "unnamed", span.start_char, label=LONE_NAME), None
        if head.lemma_.lower() in lexicon.GIVEN_WORDS_NOUNS:
            # "Ada Ruiz's reply was short:", "her statement said": words someone gave
            # out are theirs; the possessor speaks.
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            if owner is not None and owner.i < head.i:
                resolved = self._resolve_span(span.doc[owner.left_edge.i : owner.i + 1])
                if resolved is None and owner.right_edge.i > owner.i:
                    # With its "'s": the model may tag "The Health Ministry's" as one body.
                    resolved = self._resolve_span(span.doc[owner.left_edge.i : owner.right_edge.i + 1])
                if resolved is not None:
                    return resolved
            issuer = self._issuer(head)
            if issuer is not None:
                resolved = self._resolve_span(span.doc[issuer.left_edge.i : issuer.i + 1])
                # A description of a person ("the State Department's inspector general")
                # would guess the story's main person: only a name or a body.
                if resolved is not None and (issuer.pos_ == "PROPN" or resolved[0].kind != "person"):
                    return resolved
            giver = self._giver_of_the_same(head)
            if giver is not None:
                resolved = self._resolve_span(span.doc[giver.left_edge.i : giver.i + 1])
                if resolved is not None:
                    return resolved
        if lower in ORDINAL_REFERENCES and len(span) == 2 and span[0].lower_ == "the":
            named = self._former_or_latter(lower, span.start_char)
            return (named, None) if named is not None else None
        if (
            (head.lower_ in lexicon.DEMONYM_NOUNS or head.lower_ in lexicon.PARTY_MEMBER_NOUNS)
            and head.tag_ not in ("NNS", "NNPS")
            and any(t.dep_ == "det" for t in head.lefts)
        ):
            # "the Briton said", "the 45-year-old Kenyan": a person described by a
            # nationality, which the model often tags as a name ("Cuban" alone may be one).
            return self._description(span)
        if head.text in self._neuter:
            return Entity(head.text, "organization", span.start_char, label="ORG"), None
        if self._capitalised_trade(head):
            # "Attorneys for Tomas Vrba said": the people of the trade speak, not the
            # name after "for", nor a body called "Attorneys".
            return Entity(head.text, "unnamed", span.start_char), None
        named = (
            self._appositive_name(span) or self._appositive_body(head) or self._name_after_role(span)
            or self._named_in_the_next_sentence(span)
        )
        if named is not None:
            return named
        short = self._body_by_its_first_word(span)
        if short is not None:
            return short, None
        holder = self._holder_of_a_named_role(span, head)
        if holder is not None:
            return holder, None
        person = self._person_in(span, lone=True)
        if person is not None:
            return person
        body = self._spokesperson_body(head)
        if body is not None:
            self._spokespeople[span.start_char] = _spokesperson_gender(head.lower_)
            return body, None
        if span[0].lower_ == "the" and head.pos_ == "NOUN" and head.tag_ == "NN" and _role_word(head.lemma_.lower()):
            # "The governor of the Selva region said" in a lead: the holder of the role
            # the next paragraph names, not the body or place after "of".
            titled = self._titled_after(_role_key(head.lemma_.lower(), any_noun=True), span.start_char) or (
                self._head_of_the_body_after(head, span.start_char)
            )
            if titled is not None:
                return titled, None
        org = self._org_in(span)
        if org is not None:
            return org
        return self._description(span)

    def _holder_of_a_named_role(self, span: SpacySpan, head: Token) -> Entity | None:
        """ "Eamon Rourke, Redbridge Athletic's manager ... The Redbridge manager said":
        a name compounded onto a lowercase role noun after "the" says whose role it is
        (a club, a place, a party), whatever the model tagged it; the speaker is the one
        the text gave the role, when it gave it to someone."""
        lemma = head.lemma_.lower()
        if span[0].lower_ != "the" or head.tag_ != "NN" or not head.is_lower or not _role_word(lemma):
            return None
        mods = [t for t in span if span.start < t.i < head.i]
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
        owners = [c for c in head.lefts if c.dep_ in ("compound", "poss", "nmod")]
        owners += [
            obj for prep in head.rights if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "at")
            for obj in prep.children if obj.dep_ == "pobj"
        ]
        for owner in owners:
            if owner.dep_ in ("compound", "poss") and owner.pos_ == "NOUN" and owner.is_lower:
                # "The Orvella Police Service said ... A police spokeswoman said": a body
                # word before the role is the latest body whose own name has that word.
                lemma = owner.lemma_.lower()
                body = (
                    self._org_named(lemma, head.idx) if lemma in lexicon.ORG_DESCRIPTIONS
                    else self._body_with_word(lemma, head.idx)
                )
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
            if " " not in name and any(p.surname == name.lower() and p.name != name for p in self.people):
                continue  # "a spokeswoman for Fiorina" after "Carly Fiorina": her surname
            if self._person_shaped(name):
                continue  # "a spokesman for Ines Calloway", the name tagged a body
            return found[0]
        return None

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
        if any(e.label_ in ORG_LABELS for e in self._ents_in(phrase)):
            return None  # a tagged body: the general path names it
        name = clean_name(phrase.text)
        words = {w.lower() for w in name.split()}
        if not name or self._person_shaped(name) or any(
            p.surname in words or p.name.split()[0].lower() in words
            for p in self.people if not phrase.start_char <= p.position < phrase.end_char
        ):
            return None
        return self._lookup(name, "organization") or Entity(name, "organization", phrase.start_char)

    def _spouse(self, span: SpacySpan) -> Entity | None:
        """ "Anna and Jonas Brekke ... Her husband said", "Jorge Serrano said ... His son
        said": a husband, wife, son or daughter whose owner resolves to someone is the
        one other person of the owner's surname, of the gender the noun gives, when the
        article names exactly one."""
        head = span.root
        lemma = head.lemma_.lower()
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
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
        return None

    def _elder_or_younger(self, span: SpacySpan) -> Entity | None:
        """ "Reinhold Amsel, 74, and his son Dieter Amsel ... The elder Amsel said": of
        the two people named before with that surname, the older one ("the younger": the
        other). The ages given after the names decide, else a "his son"/"her father"
        before one of the names. Nobody when the text says neither (the surname alone
        would pick the latest of the two, who is as likely wrong)."""
        words = [t for t in span if not t.is_punct]
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
        for name, other in ((first, second), (second, first)):
            m = re.search(rf"\b(?:his|her|their)\s+(son|daughter|father|mother),?\s+{re.escape(name)}\b", self.text)
            if m is not None:
                return other if m.group(1) in ("son", "daughter") else name
        return None

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
        words = [t for t in span if not t.is_punct and t.lower_ != "the" and t.tag_ != "POS"]
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
        word = next(t.text for t in span if not t.is_punct and t.lower_ != "the" and t.tag_ != "POS")
        if self._full_name(word, span.start_char) is not None:
            return None  # "Ford Motor ... Henry Ford ... Ford said": the person
        return short[0]

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
        if (tok.tag_ == "MD" or tok.pos_ == "VERB") and tok.text[:1].isupper() and tok.text[1:].islower():
            # "Instead, Will called for ...", "Calloway on the port:": a surname the
            # parser read as a modal or a verb (the extractor made it the speaker); it
            # names someone only if the article does.
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
            personal and any(t.dep_ in ("det", "poss") or t.dep_ == "nummod" and t.lower_ == "one" for t in head.lefts)
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
            role_like = personal and not acronym or kin or (agent and first_name_gender(run.text) is not None)
            if child.ent_type_ != "PERSON" and not (
                role_like and child.ent_type_ in ("ORG", "GPE", "LOC", "FAC", "")
            ):
                continue  # ("Odhiambo's lawyer, Ines Calloway," with the name tagged a place)
            person = self._person_in(run)
            if person is None and child.ent_type_ != "PERSON":
                words = run.text.split()
                if 2 <= len(words) <= 4 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in run) \
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
        if not objs or not all(_body_not_person(o) for o in objs):
            return None
        return head.right_edge

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
        words = [t for t in span if not t.is_punct]
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
        if end == start or end >= len(doc) or doc[end].text != ",":
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
        if root.pos_ == "PROPN" and all(t.i == root.i or t.lower_ == "the" for t in span):
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
                if self._reports_of_itself(Entity(words[0], "person", span.start_char)):
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
        if _org_shaped(name) or self._called_by_its_kind(name, span.end_char) or name in self._neuter:
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
        words = [t for t in span if not t.is_punct]
        if (
            len(words) != 1 or root.pos_ != "ADJ" or root.dep_ not in ("nsubj", "nsubjpass")
            or not root.is_alpha or not (root.text[:1].isupper() and root.text[1:].islower())
            or len(root.text) < 3 or self._english(root.text) or _common_word(root.text, self.text)
        ):
            return ""
        return root.text

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
            other = {e.text for e in self.ents if e.label_ not in PERSON_LABELS and len(e) == 1} - gendered
            self._lone_names = {
                e.text for e in self.ents
                if e.label_ in PERSON_LABELS and len(e) == 1 and e[0].tag_ == "NNP" and _name_word(e.text)
                and e.text[:1].isupper() and not e.text.isupper() and e.text not in other
            }
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
        words = [t for t in span if not t.is_punct]
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
            name = name[:1].upper() + name[1:]
        else:
            covering = [e for e in ents if e.start <= head.i < e.end]
            national = self._national_body(covering[0]) if covering else None
            if national is not None and national.position >= span.start_char:
                return self._lookup(national.name, "organization") or national, None  # "Water UK"
            base = covering[0].text if covering else (_joined_name(span) or _propn_run(span) or ents[-1].text)
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
            indefinite = any(t.lower_ in ("a", "an", "another") for t in span)
            tail = None if indefinite else self._org_last_word(name, span.start_char)
            if tail is not None:
                return tail, None
        return Entity(name, "organization", span.start_char), None

    def _with_owning_country(self, ent: SpacySpan, name: str) -> str:
        """ "Norway's Ministry of Defence said": a capitalised body's name every country
        has ("Ministry of Defence", "Defence Ministry": English words around a word for
        a body) keeps the country whose it is, as "Russia's foreign ministry" does; alone
        it would be filed with every other country's ministry of that name."""
        doc = ent.doc
        if ent.start < 2 or doc[ent.start - 1].lower_ not in ("'s", "\u2019s"):
            return name
        owner = next((e for e in doc.ents if e.label_ == "GPE" and e.end == ent.start - 1), None)
        if owner is None:
            return name
        words = [t for t in ent if t.is_alpha and t.lower_ not in ("of", "the", "and", "for")]
        if not any(t.lower_ in lexicon.ORG_DESCRIPTIONS for t in words) or not all(
            self._english(t.text) for t in words
        ):
            return name
        return f"{clean_name(owner.text)}'s {name}"

    def _org_last_word(self, word: str, position: int) -> Entity | None:
        """ "The Washington Post ran an editorial. The Post said": a body's own last word
        that only a body's name ends in ("Post", "Times", "Energy") is the short name of
        the one body named before that ends in it."""
        if word.lower() not in lexicon.ORG_NAME_ENDINGS:
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
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
        return self._sentence_at(span.start if span is not None else 0)

    @functools.cached_property
    def _orths(self) -> numpy.ndarray:
        """Every token's text as its string hash (the ORTH column), read once."""
        return self.doc.to_array(ORTH)

    def _tokens_with_text(self, text: str) -> list[int]:
        """The indices of the tokens whose exact text is ``text``, in order
        (`_reports_of_itself` looks up the mentions of every one-word person): one
        comparison of the hash column, where a table of every token's text cost a
        Python step and a string lookup per token for the few names asked about. (The
        StringStore gives the key: spaCy's own symbols, "PERSON" or "ADJ", have no hash.)"""
        return numpy.flatnonzero(self._orths == self.doc.vocab.strings[text]).tolist()

    @functools.cached_property
    def _sentences(self) -> list[SpacySpan]:
        """The document's sentences, built once: ``Token.sent`` walks the sentence and
        builds a new Span at every call, and pronouns ask for the same few sentences
        many times."""
        return list(self.doc.sents)

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [sent.start for sent in self._sentences]

    def _sentence_at(self, i: int) -> SpacySpan:
        """The sentence of token ``i`` (``doc[i].sent``)."""
        return self._sentences[bisect.bisect_right(self._sentence_starts, i) - 1]

    def _blank(self, sent: SpacySpan) -> bool:
        """A sentence of whitespace only (``sent.text.strip() == ""``, without joining its
        tokens' text)."""
        return not self.text[sent.start_char : sent.end_char].strip()

    def _phrase_head(self, position: int) -> Token | None:
        """The head of the noun phrase that starts at ``position`` ("the" -> "Alliance")."""
        span = self.doc.char_span(position, position + 1, alignment_mode="expand")
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

    def _gender(self, entity: Entity) -> str | None:
        """What is known of a person's gender, also for a one-word name.

        "Trump" alone takes the gender of the article's other Trumps when they agree,
        so "she" never lands on a bare "Christie" after "Chris Christie". A one-word
        name is not given a first-name prior: it is far more often a surname.
        """
        if entity.gender is not None or entity.kind != "person" or " " in entity.name:
            return entity.gender
        word = entity.name.lower()
        same = {p.gender for p in self.people if p.surname == word and " " in p.name}
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

    def _untagged_subjects(self, start: int, end: int, gender: str | None) -> list[Entity]:
        """Subjects the model did not tag as people but that name a known person:
        "But Fiorina, who had moved ..., tossed cold water" once "Carly Fiorina" is known.
        """
        window = self.doc.char_span(start, end, alignment_mode="contract")
        if window is None:
            return []
        tagged = {p.position for p in self.people}
        out = []
        for tok in window:
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" or not self._visible(tok.idx):
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
                t for t in sent
                if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT" and t.head.i == t.head.head.i
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
            if not named and main.pos_ == "PROPN":
                # A name the model did not tag as a person ("Hillary Clinton" as ORG).
                found = self._person_in(self.doc[main.left_edge.i : main.i + 1])
                # A body the tagger called a person ("Greywater Mining") is no "he".
                named = [found[0]] if found is not None and found[0].kind == "person" else []
            if named:
                person = self._lookup(named[0].name, "person") or named[0]
                if self._compatible(person, "person", gender):
                    return person
                if main.lower_ not in lexicon.PRONOUNS:
                    continue
            if main.lower_ in lexicon.PRONOUNS:
                continue  # the same person again, or someone else's sentence
            lemma = main.lemma_.lower()
            if main.pos_ == "NOUN" and (lemma in lexicon.PERSON_DESCRIPTIONS or lemma in lexicon.TITLE_WORDS):
                continue  # "The Ohio governor said": the person already named
            return None  # the text moved on to something else: no guess from here
        return None

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
            if e.kind != "person":
                continue
            token = self.doc.char_span(cue, cue + 1, alignment_mode="expand")
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
            for tok in sent:
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
        for tok in prev:
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
                return Entity(tok.text[:1].upper() + tok.text[1:], "organization", tok.idx)
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
        mains = [t for t in prev if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"]
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
            if group is not None and lower == "they":
                person = self._they_person_reporting(group, position)
                if person is not None:
                    return person, None
            if group is not None and (org is None or group.position >= org.position):
                return group, None  # "Senate Democrats" rather than its "Senate"
            if org is not None:
                return org, None
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
        word = self.doc.char_span(person.position, person.position + 1, alignment_mode="expand")
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
        for m in re.finditer(r"[^\W\d_]+", self.text[recent.position : position]):
            # ("tried to arrest her sister ... She fears": a "she" of the narration in
            # between is someone else's; one in what the described speaker reported,
            # "the daughter said her father ...", is the speaker herself)
            at = recent.position + m.start()
            if m.group().lower() in pronouns and self._quote_of(at) < 0 and not self._in_report(at):
                return None
        return recent

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
        span = self.doc.char_span(group.position, group.position + 1, alignment_mode="expand")
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
                    t for t in sent
                    if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"
                    and t.idx >= floor and (not own or t.idx < position) and self._visible(t.idx)
                ]
                if not mains and own:
                    mains = [t for t in sent if t.dep_ in ("nsubj", "nsubjpass") and floor <= t.idx < position]
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
                    if main.lower_ not in lexicon.PRONOUNS and not own:
                        return None  # someone or something else: the text moved on
                elif not own:
                    return None
            sent = self._sentence_before(sent)
            own = False
        return None

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

    def _line_label(self, position: int) -> Entity | None:
        """The person a line is labelled with ("Mark Cuban: I'd consider a bid"): the
        "I" of a headline that quotes someone is that someone, not the byline."""
        start = self.text.rfind("\n", 0, position) + 1
        m = SPEAKER_LABEL.match(self.text, start, position)
        if m is None:
            return None
        name = m.group(1)
        if name.isupper():
            # A transcript's "TAPPER: ... I think": the label is the surname of someone
            # the article names. Only a known person counts: "WASHINGTON:" or
            # "UPDATE:" name no one.
            titled = name.title()
            initialled = self._initialled(name, position)
            if initialled is not None:
                return initialled
            if len(titled.split()) == 1:
                # "TAPPER:" after "JAKE TAPPER:" opened the transcript, or after a heading
                # line "JAKE TAPPER (CNN anchor)" over the turns of a press conference.
                opened = re.findall(
                    rf"^[ \t]*((?:[A-Z][A-Z.'\u2019-]+ )+{re.escape(name)})(?::|[ \t]*\(|[ \t]*$)",
                    self.text[:start],
                    re.M,
                )
                if opened:
                    titled = opened[-1].title()
            full = self._full_name(titled, position)
            if full is not None:
                return self._lookup(full, "person")
            if len(titled.split()) >= 2 and first_name_gender(titled) is not None:
                return self._add_person(titled, position)  # "JAKE TAPPER:" opens a transcript
            return None
        full = self._full_name(name, position)
        if full is not None:
            return self._lookup(full, "person") or self._add_person(full, position)
        if len(name.split()) >= 2 and (
            first_name_gender(name) is not None or self._lookup(name, "person") is not None
        ):
            # A headline "Sidney Roe: I ..." names someone the story names in full later,
            # even when the first name alone tells no gender.
            return self._lookup(name, "person") or self._add_person(name, position)
        return None

    def _initialled(self, label: str, position: int) -> Entity | None:
        """The person a Q&A's dotted-initials label stands for ("G.O.:" for Grace
        Obuya, introduced above the interview), when exactly one person named before
        ``position`` has those initials."""
        letters = initials_label(label)
        if letters is None:
            return None
        names = set()
        for p in self.people:
            if p.position < position:
                name = self._full_name(p.name, p.position) or p.name
                if len(name.split()) == len(letters) and _initials(name) == letters:
                    names.add(name)
        if len(names) != 1:
            return None
        name = names.pop()
        return self._lookup(name, "person") or self._add_person(name, position)

    def _answer_label(self, position: int) -> bool:
        """Whether ``position`` is in an interview's answer: on a line opening with an
        answer label ("A:", "Answer:"), or in a paragraph with no label after one (an
        answer goes on over paragraphs until the next question), with a question ("Q:")
        asked before it."""
        start = self.text.rfind("\n", 0, position) + 1
        if self._question_before(start) is None:
            return False
        label = self._label_of_line(position)
        if label is not None:
            return label in ANSWER_LABELS
        turn = bisect.bisect_right(self._turn_starts, position) - 1
        return turn >= 0 and self._turns[turn][1]

    def _question_before(self, position: int) -> re.Match[str] | None:
        """The text's first question line ("Q:"), when it ends before ``position``: the
        document is searched once, not once per "I" of an answer."""
        first = self._first_question
        return first if first is not None and first.end() <= position else None

    def _interviewee(self, position: int) -> Entity | None:
        """Who answers in a question-and-answer interview: the person the text names
        most before its first question line (not the byline's writer, who asks), when
        one is named more often than any other."""
        first = self._question_before(position)
        if first is None:
            return None
        counts: dict[str, int] = {}
        for p in self.people:
            if p.position < first.start() and p.name != self.author:
                name = self._full_name(p.name, p.position) or p.name
                counts[name] = counts.get(name, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        if not ranked:
            return None
        top = [name for name, n in ranked if n == ranked[0][1]]
        if len(top) > 1:
            # "Celestine Moreau has written twelve novels. We met her in Lyon.": a lone
            # word the model took for a person ties with no full name; the one full name
            # among the tied is the one introduced.
            full = [name for name in top if " " in name]
            if len(full) != 1:
                return None
            top = full
        return self._lookup(top[0], "person") or self._add_person(top[0], position)

    def _answer_line(self, position: int) -> bool:
        """Whether the line opens with an interview's answer label ("A:", "ANSWER:") or
        a transcript label naming someone else: its "I" is not the byline's writer."""
        label = self._label_of_line(position)
        return label is not None and label.lower() not in lexicon.AUTHOR_LINE_LABELS

    def _label_of_line(self, position: int) -> str | None:
        """The label opening the line of ``position`` before it ("A", "HOST"), if any."""
        start = self.text.rfind("\n", 0, position) + 1
        m = LINE_LABEL.match(self.text, start, position)
        return None if m is None else m.group(1)

    def _author_entity(self, position: int) -> Entity:
        assert self.author is not None
        return self._lookup(self.author, "person") or self._add_person(self.author, position)

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
            window = self.doc.char_span(start, end, alignment_mode="expand")
            if window is None:
                continue
            found = None
            for tok in window:
                if tok.idx >= end or tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ not in ("NNS", "NNPS"):
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
                name = clean_name(words[:1].upper() + words[1:])
                kind = "organization" if norp and not mods else "unnamed"
                found = Entity(name, kind, self.doc[first].idx)
            if found is not None:
                return found
        return None

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
        ]
        if kind == "person" and gender is not None:
            earlier = [e for e in earlier if not self._setting_of_pronoun(e, position)] or earlier
        # Subjects are more salient than entities in other roles ("NATO countries").
        for entity in earlier[:4]:
            token = self.doc.char_span(entity.position, entity.position + 1, alignment_mode="expand")
            if token is not None and token.root.head.dep_ in ("nsubj", "nsubjpass", "ROOT") and (
                token.root.dep_ in ("nsubj", "nsubjpass") or token.root.head.dep_ in ("nsubj", "nsubjpass")
            ):
                return entity
        return earlier[0] if earlier else None

    def _setting_of_pronoun(self, entity: Entity, position: int) -> bool:
        """`On Twitter, she responded`: a name in a phrase of place or medium that the
        pronoun's own verb governs (the model tags many a platform a person) is where
        she spoke, not who she is."""
        pron = self.doc.char_span(position, position + 1, alignment_mode="expand")
        tok = self.doc.char_span(entity.position, entity.position + 1, alignment_mode="expand")
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
        return Entity(head.text[:1].upper() + head.text[1:].lower(), "organization", position), None

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
        for tok in [head, *reversed(self.doc[: head.i])]:
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
                return Entity(name[:1].upper() + name[1:], "organization", head.idx) if name else None
        return None

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
        has_def = any(t.lower_ in ("the", "this", "that") for t in span if t.i < head.i)
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
            and all(t.dep_ in ("det", "amod") for t in span if t.i != head.i)
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
            bare = [t.lower_ for t in span if not t.is_punct] == ["the", head.lower_]
            described = self._described_as(head.lower_, span.start_char) if bare else None
            person = described or self._salient(span.start_char, "person", None)
            return (person, None) if person is not None else None
        if (
            head.lower_ in lexicon.PARTY_MEMBER_NOUNS
            and head.tag_ not in ("NNS", "NNPS")
            and any(t.dep_ in ("det", "nummod") for t in head.lefts)
        ):
            # "said a Nevada Democrat": one member of a party nobody names ("Republican
            # calls for ..." is a modifier, no speaker).
            return Entity(head.text[:1].upper() + head.text[1:].lower(), "unnamed", span.start_char), None
        modifiers = [t for t in span if t.i < head.i and t.dep_ in ("amod", "compound", "nmod")]
        if has_def and lemma in lexicon.ORG_DESCRIPTIONS and len(modifiers) >= 2:
            # "the provincial electoral commission": a full description names the body
            # itself; only short ones ("the alliance", "the military bloc") point back.
            words = [t.text for t in span if t.i >= modifiers[0].i and t.i <= head.i]
            name = " ".join(words)
            return Entity(name[:1].upper() + name[1:], "organization", span.start_char), None
        if has_def and lemma in lexicon.ORG_DESCRIPTIONS:
            # "Valeria Costa sued Brightline Media. The company said": a person's name the
            # model tagged a body is no company a description could mean.
            with self._orgs_kept(lambda o: not self._named_like_a_person(o)):
                return self._org_description(span, head, lemma, modifiers)
        return self._person_description(span, head, lemma, modifiers, has_def)

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
            kind = self._org_of_kind(lexicon.ORG_KIND_STEMS[lemma], span.start_char)
            return (kind, None) if kind is not None else None
        party = self._org_of_kind(lexicon.PARTY_NAME_STEMS, span.start_char) if lemma == "party" else None
        if party is not None:
            return party, None
        own = self._own_description(head)
        if own is not None:
            return own, None
        org = self._most_mentioned_org(span.start_char, places=places) or self._salient(
            span.start_char, "organization", None, places=places
        )
        if org is not None and self._family_name_first(org.name):
            org = None  # "Nagy Ferenc" tagged a body is a person, no association
        if lemma in lexicon.STATE_BODY_STEMS and not modifiers:
            return self._state_body(lemma, head, org, span.start_char)
        return (org, None) if org is not None else None

    def _person_description(
        self, span: SpacySpan, head: Token, lemma: str, modifiers: list[Token], has_def: bool
    ) -> tuple[Entity, str | None] | None:
        """The person (or unnamed group) a description such as "the senator", "the
        skier", "officials" means."""
        # The small model tags many a lowercase role word as a proper noun ("the bishop
        # said" after a quote): a word in lowercase is a common noun whatever its tag.
        noun = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())
        named = self._named_before_as(head) if noun and head.tag_ == "NN" and not has_def else None
        if named is not None:
            return named
        if noun and head.tag_ == "NN" and self._held_for_another_body(head, lemma, span.start_char):
            return None
        owner = next((c.lower_ for c in head.lefts if c.dep_ == "poss"), None)
        if not has_def and noun and head.tag_ == "NN" and lemma in lexicon.KIN_NOUNS and owner in ("his", "her"):
            # "Her nephew, Colin Marsh, said ... Her nephew said": the one the text
            # introduced as that kin of a person of the same gender ("her nephew", not
            # "his nephew"), as "the nephew" would be.
            kin = self._kin_introduced(f"{owner} {head.lower_}", span.start_char)
            if kin is not None:
                return kin, None
        # ("the champion", "the widow": role nouns without an agent suffix count when the
        # text gave someone that role, `_titled`.)
        if has_def and noun and head.tag_ not in ("NNS", "NNPS") and _role_word(lemma):
            person = self._salient(span.start_char, "person", None) if lemma in lexicon.PERSON_DESCRIPTIONS else None
            role = _role_key(lemma, any_noun=True)
            known = self._titles(person.name) if person is not None else set()
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
                if titled is None and not modifiers:
                    # "Climate scientist Henrike Vogt ... the scientist said": a role noun
                    # compounded onto a name, in this line or the one before.
                    titled = self._titled(role, span.start_char, labels=True)
                    titled = titled if titled is not None and self._near(titled, span) else None
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
        if (
            has_def and noun and head.tag_ == "NN" and head.is_lower and _role_word(lemma)
            and lemma not in lexicon.PERSON_DESCRIPTIONS
            and span[0].lower_ == "the" and (len(span) == 2 or _holding_now(span, head)) and not list(head.rights)
            and lemma not in lexicon.BODY_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.STATEMENT_NOUNS
            and not lemma.endswith(("ment", "ter"))
        ):
            person = self._sole_person_before(head)
            if person is not None:
                return person, None
        if has_def and lemma in lexicon.PERSON_DESCRIPTIONS:
            if head.tag_ in ("NNS", "NNPS"):
                # "The officials said", "the Republican senators": a group, never the
                # one person the story is about; an unnamed speaker like "diplomats".
                name = head.text[:1].upper() + head.text[1:].lower()
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
                return Entity(head.text[:1].upper() + head.text[1:].lower(), "unnamed", span.start_char), None
            return (person, None) if person is not None else None
        if head.pos_ in ("NOUN", "PROPN") and (
            lemma in lexicon.UNNAMED_HEADS or head.lower_ in lexicon.UNNAMED_HEADS
        ):
            name = head.text[:1].upper() + head.text[1:].lower()
            return Entity(name, "unnamed", span.start_char), None
        if _people_of_a_trade(head):
            # "Firefighters said", "prosecutors said": people of one trade, unnamed, as
            # "officials" are.
            name = head.text[:1].upper() + head.text[1:].lower()
            return Entity(name, "unnamed", span.start_char), None
        if _one_of_a_trade(head):
            # "Lena Marsh's lawyer said", "a lawyer for Lena Marsh": someone of a trade
            # nobody names, as "a spokeswoman for" is.
            return Entity(head.text[:1].upper() + head.text[1:], "unnamed", span.start_char), None
        if span[0].lower_ == "the" and head.pos_ == "NOUN" and head.tag_ == "NN" and head.is_lower and len(span) == 2:
            # "Inspectors visited the Lindhaven Bakery Company. The bakery said": a bare
            # "the" and a capitalised word of the name of a body named before, whatever
            # its kind ("that lobbying" is no "Washington lobbying firms").
            body = self._latest_org_by_word(lemma, span.start_char)
            if body is not None:
                return body, None
        return None

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
        role = _role_key(head.lemma_.lower(), any_noun=True)
        if any(tok.idx < p.position < head.idx and role in p.titles | p.labels for p in self.people):
            return None  # "A judge ruled ... Judge Emmet Sullivan ... the judge said": named since
        # "A spokesman for Harwell Freight declined ... the spokesman said": the body's.
        body = self._spokesperson_body(tok)
        if body is not None:
            return dataclasses.replace(body, position=head.idx)
        return Entity(head.text[:1].upper() + head.text[1:].lower(), "unnamed", head.idx)

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


#: Verbs whose agent gave out a statement ("issued by", "signed by").
ISSUING_VERBS = frozenset({"issue", "sign", "release", "publish", "send", "post"})

#: Verbs whose subject gives out the words their object holds ("signed a letter",
#: "wrote a letter").
GIVING_VERBS = ISSUING_VERBS | {"write"}

#: Nouns that name a time of life, with the ages they cover ("the teenager said").
AGE_NOUNS = {"teenager": (13, 19), "teen": (13, 19), "octogenarian": (80, 89), "nonagenarian": (90, 99),
             "septuagenarian": (70, 79), "centenarian": (100, 110)}

#: "the former said", "the latter said": the first or second of the two names before.
ORDINAL_REFERENCES = frozenset({"former", "latter"})

#: "the 45-year-old", "The 31-year-old": a person described only by an age.
AGE_DESCRIPTION = re.compile(r"(?:[Tt]he|[Tt]his)\s+(\d{1,3})[-\s]year[-\s]old(?:\s+(\w+))?")


def _age_description(text: str) -> re.Match[str] | None:
    """ "the 45-year-old", "the 45-year-old coach", and with what the noun is of: "the
    38-year-old mother of three" (a possessive, "the 45-year-old's lawyer", is someone
    else)."""
    m = AGE_DESCRIPTION.match(text)
    return m if m is not None and (m.end() == len(text) or text[m.end() :].startswith(" of ")) else None


def byline_person(author: str | None) -> str | None:
    """The one person a byline names, or None (no byline, several authors, a desk).

    "By JAMES B. STEWART" -> "James B. Stewart"; "Paul Singer, @singernews, USA TODAY"
    -> "Paul Singer"; "Breitbart News", "Nicole Gaudiano and Ray Locker" -> None: an
    organisation writes no "I", and with two authors the "I" is not decidable.
    """
    if not author:
        return None
    text = re.sub(r"(?i)^\s*by\s+", "", author.strip())
    text = re.split(r"(?i)\.?\s*e-?mail:|\|", text)[0]
    if re.search(r"(?i)\band\b|&|;", text):
        return None
    names = []
    for part in (p.strip(" .") for p in text.split(",")):
        words = part.split()
        if not 2 <= len(words) <= 4 or any(not w[:1].isalpha() or not w[:1].isupper() for w in words):
            continue
        if re.search(BYLINE_DESK, part):
            continue
        if part.isupper():
            part = " ".join(w.capitalize() if len(w.strip(".")) > 1 else w for w in words)
        names.append(part)
    return names[0] if len(names) == 1 else None


# Text that can hold a space token without a line break: doubled or leading spaces,
# tabs, no-break and other odd spaces, invisible format characters. Text without any
# skips the token scan below (a Token object per word: a tenth of the resolver's time).
# The lookahead (what every alternative starts with) lets the regex engine skip to the
# next space character instead of trying each alternative at every character: the
# search took 40% fewer instructions on news text.
_ODD_SPACE = re.compile(
    rf"(?=[\s{re.escape(lexicon.INVISIBLE_FORMAT_CHARS)}])"
    rf"(?:^\s|[^\S\n]{{2}}|[^\S \n]|[{re.escape(lexicon.INVISIBLE_FORMAT_CHARS)}])"
)


def _names_across_spaces(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Person names whose words a no-break or doubled space separates.

    The tokenizer makes "Tomas\u00a0Vrba" or "Marta  Kiel" three tokens, the middle one
    a space, and the tagger then names only one of the words ("Tomas"), or calls the
    first a place: a capitalised proper noun joined to a person entity by a same-line
    space token is part of that person's name (title words stay outside).
    """
    if not _ODD_SPACE.search(doc_text(doc)) or not any(
        "\n" not in doc[i].text for i in numpy.flatnonzero(doc.to_array(IS_SPACE)).tolist()
    ):  # (the space tokens picked from the array: iterating the Doc builds every Token)
        return ents

    def joins(space: int, word: int) -> bool:
        return (
            0 <= word < len(doc)
            and doc[space].is_space
            and "\n" not in doc[space].text
            and doc[word].pos_ == "PROPN"
            and doc[word].text[:1].isupper()
            and doc[word].lower_.strip(".") not in lexicon.TITLE_WORDS
        )

    runs: list[SpacySpan] = []
    for ent in ents:
        if ent.label_ not in (*PERSON_LABELS, "ORG", "GPE", "LOC"):
            continue
        s, e = ent.start, ent.end
        while e < len(doc) and joins(e, e + 1):
            e += 2
        while s >= 2 and joins(s - 1, s - 2):
            s -= 2
        if (s, e) == (ent.start, ent.end):
            continue
        words = " ".join(t.text for t in doc[s:e] if not t.is_space)
        if ent.label_ not in PERSON_LABELS and (
            first_name_gender(words) is None or _org_like(words) or len(words.split()) > 3
            or _place_shaped(words.split())
        ):
            continue  # only a gendered first name makes "Agnes<nbsp>Mbeki" (LOC) a person
        runs.append(SpacySpan(doc, s, e, label="PERSON"))
    if not runs:
        return ents
    covered = {k for r in runs for k in range(r.start, r.end)}
    kept = [e for e in ents if not any(k in covered for k in range(e.start, e.end))]
    return sorted(kept + runs, key=lambda e: e.start)


#: Participles that give a person noun its name: "a teacher named ...", "identified as".
NAMING_PARTICIPLES = frozenset({"name", "call", "identify"})

#: Quote marks around a nickname inside a name: 'Edmund "Ned" Calloway'.
NICKNAME_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})
#: A nickname written inside a person's name ('Margaret "Peggy" Thornbury', "Robert
#: (Bobby) Lanigan"), as `_nicknamed` joins them.
NICKNAME_IN_NAME = re.compile("(?<= )[\"'\u201c\u2018(]([A-Z][a-z]+)[\"'\u201d\u2019)](?= )")
NICKNAME_STRIP = "\"'\u201c\u201d\u2018\u2019()"


@functools.cache
def _nickname_mark_hashes() -> numpy.ndarray:
    """String hashes of the marks and brackets `_nicknamed` looks for, sorted for
    `hashes_in` (``numpy.isin`` sorted the document's whole ORTH column on every call)."""
    return numpy.array(sorted(hash_string(m) for m in (*NICKNAME_MARKS, "(", ")")), dtype=numpy.uint64)


def _nicknamed(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ 'Edmund "Ned" Calloway', "Robert (Bobby) Lanigan": a clear first name, a quoted
    or bracketed capitalised word (or two: 'Dwayne "The Rock" Johnson') and a capitalised
    surname are one person, however the tagger split them (it made the nickname and
    surname a title and the surname alone a body, so "Calloway said" later named an
    organisation)."""
    found: list[SpacySpan] = []
    # (Only where a mark or bracket opens and another mark or bracket follows two or
    # three tokens later: five Token objects built at every position made this the resolver's
    # costliest scan on long texts, and at most marks a quoted passage begins.)
    orth = doc.to_array("ORTH")
    at = numpy.flatnonzero(hashes_in(orth, _nickname_mark_hashes())).tolist()
    closing = set(at)
    # (a nickname of one word or two: 'Dwayne "The Rock" Johnson')
    opens = [(i - 1, n) for i in at for n in (1, 2) if 0 < i < len(doc) - 2 - n and i + 1 + n in closing]
    for i, n in opens:
        first, open_, *nick, close, last = doc[i : i + 4 + n]
        if not (
            (open_.text in NICKNAME_MARKS and close.text in NICKNAME_MARKS or (open_.text, close.text) == ("(", ")"))
            and all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in (first, *nick, last))
            and first.lower_ not in lexicon.TITLE_WORDS
            and _strong_first_name(first.text)
            and first.whitespace_ != "" and open_.whitespace_ == "" and nick[-1].whitespace_ == ""
            and all(t.whitespace_ == " " for t in nick[:-1])
            and close.whitespace_ != ""
        ):
            continue
        if any(e.label_ in PERSON_LABELS and e.start == i and e.end >= i + 4 + n for e in ents):
            continue  # already one person
        found.append(SpacySpan(doc, i, i + 4 + n, label="PERSON"))
    if not found:
        return ents
    covered = {k for r in found for k in range(r.start, r.end)}
    kept = [e for e in ents if not any(k in covered for k in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


#: A one-word Irish or Franco-Italian surname: "O’Donoghue", "D'Souza", "O'Malley".
APOSTROPHE_SURNAME = re.compile(r"[OD]['\u2019][A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _hyphenated_given_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Ji-woo Han", "Marie-Claire Dubois": the small model tags only the part of a
    hyphenated given name before the hyphen ("Ji") as the person, and may call the
    surname a group ("Han", NORP). A person entity that ends inside a hyphenated word
    ("Ji" + "-woo", or "Ji-woo") and is followed by one capitalised proper noun is that
    whole name, when the name data knows the hyphenated word as a first name
    (a surname-first name, "Moon Jae-in", has no word after it)."""
    out: list[SpacySpan] = []
    for ent in ents:
        if ent.label_ not in PERSON_LABELS:
            out.append(ent)
            continue
        if _hyphenated_given_before(doc, ent):
            # "Soo-jin Kim" with only "Kim" tagged: the known given name before it joins.
            out.append(SpacySpan(doc, ent.start - 3, ent.end, label=ent.label_))
            continue
        e = ent.end
        if e + 1 < len(doc) and doc[e + 1].is_alpha and _hyphenated_given(doc, e - 1):
            e += 2  # "Ji" tagged, "-woo" left outside
        elif not (len(ent) >= 3 and _hyphenated_given(doc, e - 3)):
            out.append(ent)  # ("Koch-backed", "Clinton-era": no name)
            continue
        sur = doc[e] if e < len(doc) else None
        if (
            sur is None
            or not doc[e - 1].whitespace_
            or "\n" in doc[e - 1].whitespace_
            or sur.pos_ != "PROPN"
            or not sur.is_alpha
            or not sur.text[:1].isupper()
            or sur.text.isupper()
            or sur.lower_ in lexicon.TITLE_WORDS
        ):
            out.append(ent)
            continue
        out.append(SpacySpan(doc, ent.start, e + 1, label=ent.label_))
    merged: list[SpacySpan] = []
    for ent in out:
        if merged and ent.start < merged[-1].end:
            if ent.label_ in PERSON_LABELS and ent.end > merged[-1].end:
                merged[-1] = ent  # (never happens in order; kept for safety)
            continue  # "Han" (NORP) inside the widened "Ji-woo Han"
        merged.append(ent)
    return merged


def _hyphenated_given(doc: Doc, i: int) -> bool:
    """Whether the three tokens from ``i`` are one hyphenated word ("Soo", "-", "jin",
    with no space between) the name data knows as a first name: the one test of the
    three places that find such a given name the model split."""
    return (
        i + 2 < len(doc)
        and _joining_hyphen(doc[i + 1])
        and _name_genders().get(_plain(doc[i : i + 3].text)) is not None
    )


def _hyphenated_first_name(ent: SpacySpan, start: int) -> bool:
    """Whether the name's words from ``start`` open with a hyphenated word the name data
    knows as a first name ("Soo-jin" of "Soo-jin Kim")."""
    return start + 3 < len(ent) and ent[start].text[:1].isupper() and _hyphenated_given(ent.doc, ent.start + start)


def _hyphenated_given_before(doc: Doc, ent: SpacySpan) -> bool:
    """Whether a one-word person entity has right before it, outside any entity, a
    hyphenated word ("Soo-jin", "Jean-Luc") the name data knows as a first name, with a
    capital at its start: a given name the model left out of the name."""
    s = ent.start
    if len(ent) != 1 or s < 3:
        return False
    first, dash, second = doc[s - 3], doc[s - 2], doc[s - 1]
    return (
        second.whitespace_ == " "
        and first.is_alpha
        and second.is_alpha
        and first.text[:1].isupper()
        and not first.text.isupper()
        and not any(t.ent_type_ for t in (first, dash, second))
        and _hyphenated_given(doc, s - 3)
    )


def _hyphenated_surnames(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Mr. Okonkwo-Reyes said": the small model may tag only the part of a hyphenated
    surname before the hyphen ("Okonkwo"), and the row would be another person's. A
    person entity followed, with no space, by a hyphen and a capitalised word takes
    that word in -- unless the whole modifies a noun ("the Clinton-Kaine ticket")."""
    out: list[SpacySpan] = []
    for ent in ents:
        e = ent.end
        if (
            # (or a one-word "place" or "body": "Olumide Bakare-Ojo" with "Bakare" a GPE)
            (ent.label_ in PERSON_LABELS or len(ent) == 1 and ent.label_ in ("ORG", "GPE", "LOC", "NORP"))
            and e + 1 < len(doc)
            and _joining_hyphen(doc[e])
            and doc[e + 1].is_alpha
            and doc[e + 1].text[:1].isupper()
            and not doc[e + 1].text.isupper()
            and doc[e + 1].ent_type_ in ("", "PERSON")
            and not (doc[e + 1].dep_ in ("compound", "amod", "nmod") and doc[e + 1].head.i > e + 1)
        ):
            ent = SpacySpan(doc, ent.start, e + 2, label=ent.label_)
        if out and ent.start < out[-1].end:
            continue  # (a person after the hyphen, now taken into the name)
        out.append(ent)
    return out


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

#: Punctuation that ends a sentence or clause: no name ends with it as a token of its own.
CLAUSE_STOPS = frozenset(".,;:!?")


def _stops_out(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "said nurse Colin Fry." at a paragraph's end: the model can take the full stop, a
    token of its own, into the name, which is then shown as "Colin Fry." and kept apart
    from "Colin Fry". The full stop of an abbreviation ("Jr.", "Inc.", or "Sr." split in
    two tokens) stays."""
    out = []
    for ent in ents:
        end = ent.end
        while end - ent.start > 1 and ent.doc[end - 1].text in CLAUSE_STOPS and not abbreviation_stop(ent.doc[end - 1]):
            end -= 1
        out.append(ent if end == ent.end else SpacySpan(ent.doc, ent.start, end, label=ent.label_))
    return out


def _cut_at_verbs(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "The Ministry of Water hired Tomas Vrba" tagged one organisation: a name holds no
    verb in lowercase, so the entity ends before it (the words after it are left to be
    read again: "Tomas Vrba" is a person). A surname particle between capitalised words
    is no verb, though the tagger reads "dos" in "Maria dos Anjos" as one ("does")."""
    out = []
    for ent in ents:
        if ent.label_ not in (*PERSON_LABELS, *ORG_LABELS):
            out.append(ent)  # (dates, numbers ...: their words need not be read)
            continue
        cut = next(
            # (the lowercase test first: a name's words mostly fail it, and it reads no string)
            (t.i for t in ent[1:] if t.is_lower and t.tag_.startswith("VB") and t.is_alpha and not _inner_particle(t, ent)),
            None,
        )
        if cut is not None:
            ent = SpacySpan(ent.doc, ent.start, cut, label=ent.label_)
        out.append(ent)
    return out


def _inner_particle(tok: Token, ent: SpacySpan) -> bool:
    """A lowercase surname particle ("dos", "da", "van") inside a name, between two
    capitalised words of it."""
    return (
        tok.text in lexicon.SURNAME_PARTICLES
        and ent.start < tok.i < ent.end - 1
        and tok.doc[tok.i - 1].text[:1].isupper()
        and tok.doc[tok.i + 1].text[:1].isupper()
    )


def _role_modifiers_out(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Ferry captain Tomas Vrba remembers": the model tags the capitalised first word of
    the sentence a person of its own, though the tagger reads it as a common noun
    that modifies the role before the name (compound on compound, up to the name). A
    word that only qualifies another person's title names nobody, so a later "he" is
    not read as "Ferry"."""
    people = {i for e in ents if e.label_ in PERSON_LABELS for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        if ent.label_ in PERSON_LABELS and len(ent) == 1 and _modifies_a_name(ent[0], people - {ent.start}):
            continue
        out.append(ent)
    return out


def _modifies_a_name(tok: Token, names: set[int]) -> bool:
    """Whether ``tok`` is a common noun ("Ferry", tagged NN) hung by compounds on a noun
    chain that ends in another person's name. A proper noun ("Brennan captain Luis
    Ferreira", a team's name) counts when the noun it hangs on is a lowercase role
    word: a name's own words are capitalised, so a lowercase word ends any name."""
    if tok.dep_ != "compound":
        return False
    if tok.tag_ not in ("NN", "NNS") and not (
        tok.tag_ == "NNP" and tok.head.tag_ == "NN" and tok.head.is_lower and _role_word(tok.head.lemma_)
    ):
        return False
    head = tok.head
    while head.i not in names and head.dep_ == "compound" and head.tag_ in ("NN", "NNS") and head.head.i != head.i:
        head = head.head
    return head.i in names and head.i > tok.i


def _cues_out(ents: list[SpacySpan], cues: frozenset[int]) -> list[SpacySpan]:
    """Entities without a quote's cue at their start: the tagger reads "Said Adeyemo:"
    as one name ("Said" is an Arabic first name too), but the extractor took "Said" as
    the cue of the quote that follows, so the name is "Adeyemo"."""
    if not cues:
        return ents
    out = []
    for ent in ents:
        if len(ent) > 1 and ent[0].idx in cues:
            ent = SpacySpan(ent.doc, ent.start + 1, ent.end, label=ent.label_)
        out.append(ent)
    return out


#: "St."/"Saint" opening an institution's name ("St. Brendan's Hospital").
SAINT_WORDS = frozenset({"St.", "St", "Saint", "Ste.", "Sainte"})
#: Last words of the names of institutions called after a saint.
SAINTS_INSTITUTIONS = frozenset(
    "hospital infirmary hospice clinic college school academy university seminary church "
    "cathedral basilica chapel abbey priory parish".split()
)


#: What the text holds wherever `_saints_institutions` finds a name (a saint's word, a
#: name, a possessive mark): without it, no token is looked at.
SAINT_POSSESSIVE = re.compile(r"S(?:t|te|aint|ainte)\.?\s*[^\W\d_]+\s*['\u2019]")


def _saints_institutions(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Saint Brendan's Hospital said": the small model tags "Saint Brendan's" a person
    and "Hospital" a body, or "St Aidan's College" a person, or only "Hospital" (the
    quote is then filed under "Hospital", or under a saint). A saint's name with its
    possessive, then up to two capitalised words ending in a word for an institution,
    is that institution's name, whatever the entities there were."""
    if SAINT_POSSESSIVE.search(text) is None:
        return ents  # (the usual case: no Token built for every word of the article)
    found: list[SpacySpan] = []
    for tok in doc[:-3]:
        if tok.text not in SAINT_WORDS or (found and tok.i < found[-1].end):
            continue
        name, mark = doc[tok.i + 1], doc[tok.i + 2]
        if not (name.is_alpha and name.text[:1].isupper() and mark.text in ("'s", "\u2019s", "'", "\u2019")):
            continue
        end = None
        for k in range(tok.i + 3, min(tok.i + 6, len(doc))):
            word = doc[k]
            if not (word.is_alpha and word.text[:1].isupper()):
                break
            if word.lower_ in SAINTS_INSTITUTIONS:
                end = k + 1
        if end is not None:
            found.append(SpacySpan(doc, tok.i, end, label="ORG"))
    if not found:
        return ents
    covered = {k for f in found for k in range(f.start, f.end)}
    kept = [e for e in ents if not any(k in covered for k in range(e.start, e.end))]
    return sorted(kept + found, key=lambda e: e.start)


def _untagged_apostrophe_names(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Liam O’Driscoll said": with a curly apostrophe the small model may read the
    surname as a common noun and tag neither word. An O'/D' surname no entity holds,
    right after a clear first name no entity holds (no title or role label), is that
    person's name: no English word is written that way."""
    if APOSTROPHE_SURNAME.search(text) is None:
        return ents  # (the usual case: no Token built for every word of the article)
    taken = {k for e in ents for k in range(e.start, e.end)}
    found = [
        SpacySpan(doc, tok.i - 1, tok.i + 1, label="PERSON")
        for tok in doc[1:]
        if tok.i not in taken
        and tok.i - 1 not in taken
        and APOSTROPHE_SURNAME.fullmatch(tok.text)
        and _untagged_first_name(doc[tok.i - 1])
    ]
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _untagged_first_name(tok: Token) -> bool:
    """A capitalised word the name data knows clearly as a first name, one space before
    the next word, and no title, honorific or role label ("Father", "Judge")."""
    return (
        _clear_first_name(tok)
        and tok.whitespace_ == " "
        and tok.lower_ not in lexicon.TITLE_WORDS
        and tok.lower_ not in lexicon.HONORIFICS
        and tok.lower_ not in lexicon.NAME_ROLE_PREFIXES
    )


def _apostrophe_surnames(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "O’Donoghue said" with the word tagged as a body (the small model does so more
    often with a curly apostrophe): a lone O'/D' surname is a person's, and the first
    name before it then joins it (`_with_first_names`)."""
    out = []
    for ent in ents:
        if (
            ent.label_ in ("ORG", "GPE", "NORP", "PRODUCT")
            and len(ent) == 1
            and ent[0].pos_ == "PROPN"  # (read as a pronoun, the word resolves no name at all)
            and APOSTROPHE_SURNAME.fullmatch(ent.text)
        ):
            ent = SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _names_before_of(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Lena Osei of Eastgate said": the model takes the place or body a person is "of"
    into the name, and the speaker's row would be "Lena Osei of Eastgate". A person
    entity of two words or more before a lowercase "of" and a capitalised word ends
    before the "of" ("Catherine of Aragon", one word before it, stays whole)."""
    out: list[SpacySpan] = []
    grown = -1  # the end of a body `_body_of_place` grew
    for ent in ents:
        if ent.start < grown:
            continue  # (taken into the body before)
        if ent.label_ in PERSON_LABELS:
            cut = next(
                (
                    t.i
                    for t in ent[2:-1]
                    if t.text == "of" and ent.doc[t.i + 1].text[:1].isupper()
                    and all(w.text[:1].isupper() for w in ent.doc[ent.start : t.i])
                ),
                None,
            )
            if cut is not None:
                ent = SpacySpan(ent.doc, ent.start, cut, label=ent.label_)
        elif ent.label_ == "ORG" and ent[-1].lower_ == "of":
            ent = _body_of_place(ent)
            grown = ent.end
        out.append(ent)
    return out


def _body_of_place(ent: SpacySpan) -> SpacySpan:
    """ "The Supreme Court of Veloria" tagged ORG only up to "of" (an unknown place name
    after it): the body's name goes on over the capitalised words after the "of" --
    else "the court said" would name "Supreme Court of"."""
    doc = ent.doc
    end = ent.end
    while end < len(doc) and end - ent.end < 3 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        end += 1
    return SpacySpan(doc, ent.start, end, label=ent.label_) if end > ent.end else ent


#: Verbs a Title Case headline puts right after a name ("Lena Osei Wins Harbour Vote").
HEADLINE_VERBS = frozenset(
    """
    wins wants says tells warns calls vows seeks leads loses beats takes gets makes backs
    slams blasts rips hits defends drops joins quits denies admits faces urges plans hopes
    is was has had
    """.split()
)


def _headline_words_out(text: str, ents: list[SpacySpan], vocabulary: frozenset[str] | None) -> list[SpacySpan]:
    """ "Mayor Pledges Review of Fare Plan After Outcry": in a Title Case headline the
    model may tag a capitalised English word as a person (`_headline_phrase`); left in,
    a later "the mayor said" resolved to "Outcry"."""
    if vocabulary is None:
        return ents
    return [
        e for e in ents
        # (the name sliced from the text: `Span.text` joins its Tokens anew)
        if not (e.label_ in PERSON_LABELS and first_name_gender(text[e.start_char : e.end_char]) is None
                and _headline_phrase(e, text, lambda w: w.lower() in vocabulary))
    ]


#: A print-edition note that repeats the headline ("... appears in print on Page A18 ...
#: with the headline: Mayor Pledges Review of Fare Plan."): no second mention.
HEADLINE_REPEAT = re.compile(r"(?i)\bwith the headline:[^\n]*")


def _headline_phrase(span: SpacySpan, text: str, english: Callable[[str], bool]) -> bool:
    """A run of capitalised English words in a Title Case sentence (a headline) that the
    text never writes again: headline capitals, not a name. A name in a headline is as
    a rule named again in the story, and rarely made only of English words."""
    words = [t for t in span if t.is_alpha]
    if not (words and all(english(t.text) for t in words) and _title_cased_line(text, span.start_char)):
        return False
    # (a print-edition note repeats the headline: "... with the headline: Mayor Pledges ...")
    told = HEADLINE_REPEAT.sub("", text)
    return len(re.findall(rf"(?<!\w){re.escape(span.text)}(?!\w)", told)) <= 1


def _names_before_headline_verbs(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Lena Osei Wins Harbour Vote": in a Title Case headline the model runs a name on
    over the verb after it, and the person is lost ("Osei said" then finds no "Lena
    Osei"). An entity of three words or more that has, after two capitalised proper
    nouns, a verb (by tag or, capitalised, by word) ends before it; it is a person when
    what is left opens with a clear first name."""
    out = []
    for ent in ents:
        if len(ent) >= 3 and ent.label_ in (*PERSON_LABELS, *ORG_LABELS, "GPE", "LOC", "FAC"):
            cut = next(
                (
                    t.i
                    for t in ent[2:]
                    if t.tag_ in ("VBZ", "VBD", "VBP")
                    or t.text.istitle() and t.lower_ in HEADLINE_VERBS
                    # "May Not Have", "Will Close" (not "Yin Myint May" said)
                    or t.tag_ == "MD" and t.i + 1 < len(ent.doc) and ent.doc[t.i + 1].tag_ in ("VB", "RB")
                ),
                None,
            )
            if cut is not None and all(w.text.istitle() and w.tag_ == "NNP" for w in ent.doc[ent.start : cut]):
                name = ent.doc[ent.start : cut]
                label = "PERSON" if first_name_gender(name.text) is not None else ent.label_
                ent = SpacySpan(ent.doc, ent.start, cut, label=label)
        out.append(ent)
    return out


def _names_over_particles(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Pieter van den Heuvel": the small model splits a name at its particles into two
    people ("Pieter van", "Heuvel"). Two person entities with only lowercase surname
    particles between them, the first ending on one or the gap holding one, are one
    person."""
    out: list[SpacySpan] = []
    for ent in ents:
        prev = out[-1] if out else None
        # "Laila bint Faisal" with "Laila" tagged a body: a lone clear first name counts.
        named = prev is not None and (
            prev.label_ in PERSON_LABELS or len(prev) == 1 and _clear_first_name(prev[0])
        )
        # "Maria Van der" tagged a person and "Linde" a body right after (or after one
        # more particle: "Hendrik van" + "den" + "Broek"): the surname that a particle
        # leaves open is the person's, whatever its own tag.
        surname = (
            prev is not None and prev.label_ in PERSON_LABELS and len(ent) == 1
            and prev.end <= ent.start <= prev.end + 1
            and all(t.text in lexicon.SURNAME_PARTICLES for t in doc[prev.end : ent.start])
            and prev[-1].text in lexicon.SURNAME_PARTICLES and ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
            and ent[0].pos_ == "PROPN" and ent[0].text[:1].isupper()
        )
        if prev is not None and named and (ent.label_ in PERSON_LABELS or surname):
            gap = doc[prev.end : ent.start]
            tail = prev[-1].text in lexicon.SURNAME_PARTICLES
            if all(t.text in lexicon.SURNAME_PARTICLES for t in gap) and (tail or len(gap)) and len(gap) <= 2:
                out[-1] = SpacySpan(doc, prev.start, ent.end, label="PERSON")
                continue
        out.append(ent)
    return out


def _names_after_commas(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "The chief executive of Greywater Mining, Ines Calloway, visited": the small model
    runs a body and the name set in apposition after it into one entity. A body or place
    entity whose words after its last comma are a clear first name and one or two more
    capitalised words splits there: the body keeps its label, the name is a person."""
    out: list[SpacySpan] = []
    text = doc_text(doc)
    for ent in ents:
        if "," not in text[ent.start_char : ent.end_char]:
            out.append(ent)  # (no comma token without a comma: no Token built per word)
            continue
        commas = [t.i for t in ent if t.text == ","]
        tail = doc[commas[-1] + 1 : ent.end] if commas else None
        if (
            tail is not None and ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
            and commas[-1] > ent.start and 2 <= len(tail) <= 3
            and _clear_first_name(tail[0]) and tail[0].lower_ not in lexicon.TITLE_WORDS
            and all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in tail)
        ):
            out.append(SpacySpan(doc, ent.start, commas[-1], label=ent.label_))
            out.append(SpacySpan(doc, tail.start, tail.end, label="PERSON"))
            continue
        out.append(ent)
    return out


def _untagged_surnames(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Andrés Felipe Rojas Medina ... Rojas said": the small model may end the person
    at the given names, leave the first surname untagged and call the second a place.
    An untagged capitalised proper noun right after a person of two words or more is a
    surname when the story uses it alone elsewhere; a second one-word proper noun glued
    after it (untagged, or a one-word place or body) is the second surname."""
    out: list[SpacySpan] = []
    skip_to = -1
    for ent in ents:
        if ent.start < skip_to:
            continue
        e = ent.end
        if (
            ent.label_ in PERSON_LABELS and len(ent) >= 2 and _surname_word(doc, e, untagged=True)
            and not _title_cased(doc[e].sent)  # (in a headline every word is capitalised)
        ):
            word = doc[e].text
            if len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)) >= 2:
                e += 1
                if _surname_word(doc, e, untagged=False):
                    e += 1
                ent = SpacySpan(doc, ent.start, e, label=ent.label_)
                skip_to = e
        out.append(ent)
    return out


def _surname_word(doc: Doc, i: int, *, untagged: bool) -> bool:
    """Whether token ``i`` reads as a surname glued after a name by one space: a
    capitalised alphabetic proper noun, untagged (or, with ``untagged`` False, a
    one-word place or body the model mistook it for)."""
    if i >= len(doc) or doc[i - 1].whitespace_ != " ":
        return False
    t = doc[i]
    if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()):
        return False
    if t.lower_ in lexicon.TITLE_WORDS or t.lower_ in lexicon.PLACE_WORDS:
        return False
    if untagged:
        return not t.ent_type_
    return not t.ent_type_ or t.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and (
        t.ent_iob_ == "B" and (i + 1 >= len(doc) or doc[i + 1].ent_iob_ != "I")
    )


def _second_surnames(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Gabriela Torres Medina ... Torres Medina said": the small model ends the person
    at the first surname and calls the second a place. A one-word body or place right
    after a person of two words or more, with one space between, is the person's second
    surname when the story writes the two surnames together again elsewhere: a place
    after a name ("Ines Calloway London") would not recur glued to the surname."""
    out: list[SpacySpan] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.label_ in PERSON_LABELS and len(prev) >= 2 and prev.end == ent.start
            and len(ent) == 1 and ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
            and prev[-1].whitespace_ == " " and prev[-1].is_alpha and prev[-1].text[:1].isupper()
            and ent[0].pos_ == "PROPN" and ent[0].is_alpha and ent[0].text[:1].isupper() and ent[0].text[1:].islower()
            and len(re.findall(rf"(?<!\w){re.escape(prev[-1].text)} {re.escape(ent[0].text)}(?!\w)", text)) >= 2
        ):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label=prev.label_)
            continue
        out.append(ent)
    return out


def _with_family_names_first(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Nguyễn Thị Hà", with "Nguyễn" read as a verb and only "Thị Hà" tagged: a person
    entity of one or two words right after a capitalised word outside any entity that is
    a common family name written first (`lexicon.FAMILY_FIRST_SURNAMES`), nothing but a
    space between, gets that word back; a bare "Hà" is then her, and the index files
    her under her whole name. No stop word ("He", "Ma" of a sentence) counts."""
    out: list[SpacySpan] = []
    for ent in ents:
        s = ent.start
        if ent.label_ in PERSON_LABELS and 1 <= len(ent) <= 2 and s > 0:
            prev = doc[s - 1]
            if (
                prev.whitespace_ == " " and prev.is_alpha and prev.text[:1].isupper() and prev.text[1:].islower()
                and not prev.is_stop and prev.ent_type_ == "" and _plain(prev.text) in lexicon.FAMILY_FIRST_SURNAMES
                and not (out and out[-1].end > prev.i)
            ):
                out.append(SpacySpan(doc, s - 1, ent.end, label=ent.label_))
                continue
        out.append(ent)
    return out


def _with_first_names(
    doc: Doc, ents: list[SpacySpan], vocabulary: frozenset[str] | None = None
) -> list[SpacySpan]:
    """ "Mayor Ana Diaz": the small model often tags only the surname as the person.

    A one-word person entity right after a capitalised word outside any entity that
    the reference data knows as a first name ("Ana", "Aisling") gets that word back,
    so the article knows her as "Ana Diaz" and "she" finds her gender. Title words
    ("Mayor") never count, even when they are also first names.
    """
    out = []
    for ent in ents:
        if (
            ent.label_ in ("ORG", "GPE", "LOC", "NORP", "FAC") and len(ent) == 1 and ent.end < len(doc)
            and vocabulary is not None and _surname_after(ent[0], doc[ent.end], vocabulary)
        ):
            # "Reporters asked Jasper Oakenfold": the model took the first name for a body
            # and left the surname out; a clear first name then an unknown capitalised
            # word is a person (with the rest of a hyphenated surname: "Moreau-Lévy").
            end = ent.end + 1
            if end + 1 < len(doc) and _joining_hyphen(doc[end]) and doc[end + 1].is_alpha \
                    and doc[end + 1].text[:1].isupper():
                end += 2
            out.append(SpacySpan(doc, ent.start, end, label="PERSON"))
            continue
        s = ent.start
        # "Ilse van der Berg": a person entity that starts at, or right after, lowercase
        # surname particles ("van der Berg" or only "Berg" tagged).
        while ent.label_ in PERSON_LABELS and s > 0 and doc[s - 1].text in lexicon.SURNAME_PARTICLES:
            s -= 1
        particle = ent.label_ in PERSON_LABELS and (s < ent.start or len(ent) > 1 and ent[0].text in lexicon.SURNAME_PARTICLES)
        # "Nnamdi-Eze" too, and "Brennan Jr.": a generational suffix adds no name word.
        one_word = len(ent) == 1 or len(ent) == 3 and ent[1].text == "-" or _suffixed_surname(ent)
        other = _surname_tagged_other(ent)
        if (
            (ent.label_ in PERSON_LABELS or other and vocabulary is not None and ent[0].lower_ not in vocabulary)
            and one_word and _first_name_tagged_a_place(doc, out, ent)
        ):
            # "Natalia Romero" with "Natalia" tagged a place and "Romero" a person, or a
            # body when it is no English word ("Vasquez"; "Virginia Tech" stays a body).
            out[-1] = SpacySpan(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if (ent.label_ in PERSON_LABELS and one_word or particle or other) and s > 0:
            prev = doc[s - 1]
            if (
                # the tagger reads "Ilse" as an adjective, "Tomasz" as a noun
                (prev.pos_ == "PROPN" or particle or _tagged_first_name(prev))
                and prev.is_alpha
                and prev.text[:1].isupper()
                and not prev.ent_type_
                and prev.lower_ not in lexicon.TITLE_WORDS
                and not prev.text.isupper()
                and _strong_first_name(prev.text)
                and (
                    other
                    or not _strong_first_name(ent.text)
                    # "Fergus Dalby": the name data lists many surnames as first names
                    # too; a first name that is no English word is no epithet.
                    or vocabulary is not None and prev.lower_ not in vocabulary
                    # "Pilar Gomez" ("pilar" is a rare English word, "Gomez" a first name
                    # in the data too): a surname that is no English word, which the
                    # parser makes the head of the first name, closes a full name.
                    or vocabulary is not None and ent[0].lower_ not in vocabulary
                    and prev.dep_ == "compound" and prev.head.i == ent[0].i
                )
            ):
                # Both a clear first name before and no clear first name as the entity:
                # "Crooked Hillary" or "Morning Joe" is no first name plus a surname.
                # (A surname the model calls a place or a body needs no such test: the
                # name data also lists surnames, "Oyelowo" among them.)
                ent = SpacySpan(doc, s - 1, ent.end, label="PERSON" if other else ent.label_)
            elif ent.label_ in PERSON_LABELS and one_word and (
                _unknown_first_name(prev, ent[0]) or _first_name_after_title(doc, prev)
            ):
                ent = SpacySpan(doc, s - 1, ent.end, label=ent.label_)
        elif (
            ent.label_ in PERSON_LABELS and s == ent.start and s > 0
            and (len(ent) == 2 or len(ent) > 2 and any(t.text in lexicon.SURNAME_PARTICLES for t in ent[1:]))
            and _double_first_name(doc[s - 1], ent[0], vocabulary)
        ):
            # "Leopoldine Marie Achterberg" tagged from "Marie": a first name before a
            # first name is the first of two given names, not a role; so in "Ana Paula
            # dos Santos", joined over its particle from "Paula".
            ent = SpacySpan(doc, s - 1, ent.end, label=ent.label_)
        elif (
            ent.label_ in PERSON_LABELS and len(ent) == 2 and s == ent.start
            and (given := _given_names_before(doc, s, ent[0], vocabulary))
        ):
            # "Ana María García López" tagged from "García": the two surnames of a
            # Spanish name, the given names left out.
            ent = SpacySpan(doc, s - given, ent.end, label=ent.label_)
        elif (
            ent.label_ in PERSON_LABELS and len(ent) >= 2 and s == ent.start and s > 0
            and _first_name_left_out(doc[s - 1], ent, vocabulary)
        ):
            # "Luiz Inácio Lula da Silva" tagged from "Inácio", "Aoife Nic Giolla
            # Phádraig" from "Nic": the parser joins the first name to the name.
            ent = SpacySpan(doc, s - 1, ent.end, label=ent.label_)
        out.append(ent)
    return out


def _first_name_left_out(prev: Token, ent: SpacySpan, vocabulary: frozenset[str] | None) -> bool:
    """Whether ``prev`` is the first name the model left off a person entity of two or
    more words: a clear first name in the reference data, a capitalised proper noun no
    entity claims and no English word (nor a title, an honorific or a role label), that
    the parser makes a compound of a word of the entity."""
    return (
        prev.dep_ == "compound"
        and ent.start <= prev.head.i < ent.end
        and _untagged_given_name(prev, vocabulary)
        and _strong_first_name(prev.text)
    )


def _untagged_given_name(prev: Token, vocabulary: frozenset[str] | None) -> bool:
    """``prev`` could be a given name no entity took: a capitalised proper noun no entity
    claims, no title, honorific or role label, and no English word the model's
    ``vocabulary`` lists (unless a given name opens its sentence as one)."""
    return (
        prev.pos_ == "PROPN"
        and prev.is_alpha
        and prev.text[:1].isupper()
        and prev.text[1:].islower()
        and not prev.ent_type_
        and prev.lower_ not in lexicon.TITLE_WORDS
        and prev.lower_ not in lexicon.HONORIFICS
        and prev.lower_ not in lexicon.NAME_ROLE_PREFIXES
        and vocabulary is not None
        and (prev.lower_ not in vocabulary or _given_name_word(prev))
    )


def _name_suffix(tok: Token) -> bool:
    """A generational suffix ("Jr.", "Sr", "III")."""
    return tok.text[:1].isupper() and tok.lower_.rstrip(".") in lexicon.NAME_SUFFIXES


def _suffixed_surname(ent: SpacySpan) -> bool:
    """ "Brennan Jr." tagged without the first name before it: one surname and its
    generational suffix, which `_with_first_names` extends as it would a lone surname."""
    return ent.label_ in PERSON_LABELS and len(ent) == 2 and ent[0].is_alpha and _name_suffix(ent[1])


def _suffixes_after_commas(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Otis Brennan, Jr. said": the model ends the person at the comma and leaves the
    suffix out, so the son is read as "Otis Brennan" (his father's name, if the father
    is "Otis Brennan Sr."). A person entity followed by a comma and a generational
    suffix takes the suffix in, and an entity the model made of the suffix alone ("Sr."
    tagged a place) goes (`clean_name` drops the comma)."""
    out: list[SpacySpan] = []
    taken = -1  # the end of the last suffix taken in
    for ent in ents:
        if ent.start < taken:
            continue
        doc, end = ent.doc, ent.end
        if ent.label_ in PERSON_LABELS and end + 1 < len(doc) and doc[end].text == "," and _name_suffix(doc[end + 1]):
            # "Sr" split from its full stop: the stop is the abbreviation's.
            end += 3 if end + 2 < len(doc) and abbreviation_stop(doc[end + 2]) else 2
            suffix = [e for e in ents if e.start < end and e.end > ent.end + 1]
            if all(e.start == ent.end + 1 and e.end <= end for e in suffix):
                ent, taken = SpacySpan(doc, ent.start, end, label=ent.label_), end
        out.append(ent)
    return out


def _given_names_before(doc: Doc, start: int, first: Token, vocabulary: frozenset[str] | None) -> int:
    """How many given names (one or two) stand right before a two-word person entity
    whose first word is no first name ("Ana María" before "García López"): the entity is
    then a double surname, and the words before it are the person's own first names.
    Each must be a clear first name, the nearer one a word the model's ``vocabulary``
    does not list."""
    if vocabulary is None or _strong_first_name(first.text) or first.lower_ in vocabulary:
        return 0
    n = 0
    while n < 2 and start - n > 0:
        prev = doc[start - n - 1]
        if not (
            prev.pos_ == "PROPN" and prev.is_alpha and prev.text[:1].isupper() and prev.text[1:].islower()
            and not prev.ent_type_ and prev.whitespace_ == " "
            and prev.lower_ not in lexicon.TITLE_WORDS and prev.lower_ not in lexicon.HONORIFICS
            and prev.lower_ not in lexicon.NAME_ROLE_PREFIXES
            # the word right before the surnames must be no English word; one more
            # first name before a first name ("Ana" of "Ana María") may be
            and (n or prev.lower_ not in vocabulary)
            and _strong_first_name(prev.text)
        ):
            break
        n += 1
    return n


def _surname_tagged_other(ent: SpacySpan) -> bool:
    """ "Fergus MacGillivray" with only the surname tagged, as an organisation or a place
    (`_with_first_names`). A double-barrelled surname ("Vasquez-Lindahl") counts as one
    word. "Governor Emeka Nwosu" with "Nwosu" tagged a nationality: after a clear first
    name an unfamiliar surname is no group (a plural such as "Democrats" may be), nor a
    title or a product ("said Col. Anders Vikersund", "Vikersund" a work of art)."""
    if ent.label_ not in ("ORG", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "NORP"):
        return False  # (most entities: their words need not be read)
    words = [t for k, t in enumerate(ent) if k % 2 == 0]
    return (
        (ent.label_ != "NORP" or all(t.tag_ == "NNP" for t in words))
        and len(ent) in (1, 3)
        and all(t.text == "-" for k, t in enumerate(ent) if k % 2)
        and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in words)
        and not _org_like(ent.text)
    )


def _first_name_tagged_a_place(doc: Doc, out: list[SpacySpan], ent: SpacySpan) -> bool:
    """Whether the entity kept last (``out[-1]``) is one word the name data knows clearly
    as a first name, tagged a place, a body or a group right before the one-word person
    ``ent`` ("Natalia" GPE, "Romero" PERSON; "Anneliese" NORP): then it is her first name,
    not a place the person is from, which a preposition or a possessive would set off
    ("in Georgia", "Georgia's"); nationalities and party members are no first names."""
    if not out:
        return False
    prev = out[-1]
    word = prev[0]
    return (
        len(prev) == 1 and prev.end == ent.start and prev.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
        and word.whitespace_ == " " and word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()
        and word.lower_ not in lexicon.TITLE_WORDS | lexicon.PARTY_MEMBER_NOUNS | lexicon.DEMONYM_NOUNS
        and _strong_first_name(word.text)
        and not (word.i > 0 and doc[word.i - 1].pos_ == "ADP")
    )


def _surname_after(first: Token, last: Token, vocabulary: frozenset[str]) -> bool:
    """Whether ``first`` is a clear first name and ``last`` right after it an unfamiliar
    capitalised proper noun (no English word) no entity claims: "Jasper Oakenfold"."""
    return (
        first.is_alpha and first.text[:1].isupper() and first.text[1:].islower()
        and first.lower_ not in lexicon.TITLE_WORDS
        and _strong_first_name(first.text)
        and last.pos_ == "PROPN" and last.is_alpha and not last.ent_type_
        and last.text[:1].isupper() and last.text[1:].islower()
        and last.lower_ not in vocabulary
        and first.whitespace_ == " "
    )


def _double_first_name(prev: Token, first: Token, vocabulary: frozenset[str] | None) -> bool:
    """Whether ``prev`` is a first given name right before the person entity's own
    first name ("Leopoldine" before "Marie Achterberg", "Anna" before "Maria Lind"):
    both clear first names in the reference data, ``prev`` a capitalised proper noun no
    entity claims, and no English word the model's ``vocabulary`` lists: the
    name data also lists role words ("Pastor Joseph Brown", "Moderator Bret Baier")."""
    genders = _name_genders()
    return (
        _untagged_given_name(prev, vocabulary)
        and _strong(one := genders.get(_plain(prev.text)))
        and _strong(two := genders.get(_plain(first.text)))
        and (one >= 0.5) == (two >= 0.5)  # "Anna Maria", never "Mark Anna"
    )


def _given_name_word(tok: Token) -> bool:
    """A first name that is also in the English word lists ("Amelia", "Grace") opening a
    sentence before two more names: no role word ("Pastor", "Moderator", "Sister") --
    those are listed titles, kin or person nouns, or agent nouns in -er, -or, -ist, -ian."""
    lower = tok.lower_
    return (
        (tok.i == tok.sent.start or tok.doc[tok.i - 1].text in (",", "\n", "\n\n"))
        and lower not in lexicon.KIN_NOUNS
        and lower not in lexicon.PERSON_DESCRIPTIONS
        and lower not in lexicon.NAME_ROLE_PREFIXES
        and re.search(r"(?:er|or|ist|ian|ess|ant|ent)$", lower) is None
    )


def _phrase_goes_on(tok: Token) -> bool:
    """Whether the word after ``tok`` continues its noun phrase (a noun, a name, an
    adjective, a number or an -ing form), so that ``tok`` alone names nothing."""
    if tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.is_alpha and (nxt.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or nxt.tag_ == "VBG")


def _bodies_over_particles(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Ludovic de Villiers", "Henk ter Braak", "Ana Sofía Ruiz de Alarcón" tagged as an
    organisation or a place (the whole name, part of it, or only the surname after the
    particle): a clear first name, then capitalised words and lowercase surname particles
    (one at least) ending on a capitalised word, is a person's name -- bodies and places
    do not put "de", "van" or "ter" after a first name. A clear first name right before
    the entity and outside any other is taken in."""
    text = doc_text(doc)  # (an entity's text sliced from it: `Span.text` joins its Tokens anew)
    out = []
    for ent in ents:
        if ent.label_ in ("ORG", "GPE", "LOC") and not _org_like(text[ent.start_char : ent.end_char]):
            start = ent.start
            while start > 0 and doc[start - 1].text in lexicon.SURNAME_PARTICLES and ent.start - start < 3:
                start -= 1
            if start > 0 and not doc[start - 1].ent_type_ and _clear_first_name(doc[start - 1]):
                start -= 1  # the first name before the entity (or its particles)
            elif start < ent.start:
                start = ent.start
            span = doc[start : ent.end]
            inner = span[1:]
            particles = sum(t.text in lexicon.SURNAME_PARTICLES for t in inner)
            if (
                particles
                and len(span) <= 6
                and _clear_first_name(span[0])
                and inner[-1].text not in lexicon.SURNAME_PARTICLES
                and not _place_shaped([t.text for t in span])
                and all(
                    t.text in lexicon.SURNAME_PARTICLES
                    or (t.is_alpha and t.text[:1].isupper() and not t.text.isupper())
                    for t in inner
                )
            ):
                ent = SpacySpan(doc, span.start, span.end, label="PERSON")
        out.append(ent)
    return out


#: Lowercase words that join the parts of a body's name in French, Spanish, Italian,
#: Portuguese, Dutch or German ("Société Minière du Nord", "Banco de la Nación").
NAME_JOINING_PARTICLES = frozenset("de du des del della di da do dos das la le van von der den".split())


def _bodies_joined_by_particles(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "the Société Minière du Nord" tagged "the Société Minière" and "Nord": the small
    model ends a body's name at a lowercase particle and starts another after it, so the
    speaker was "Nord". A body's entity, then one or two particles, then capitalised
    words tagged a body or a place, with no other word between, is one body."""
    out: list[SpacySpan] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.label_ == "ORG" and ent.label_ in ("ORG", "GPE", "LOC")
            and 1 <= ent.start - prev.end <= 2
            and all(t.text in NAME_JOINING_PARTICLES for t in doc[prev.end : ent.start])
            and all(t.is_alpha and t.text[:1].isupper() for t in ent)
            and all(t.is_alpha and t.text[:1].isupper() or t.lower_ == "the" for t in prev)
        ):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _unknown_first_name(prev: Token, name: Token) -> bool:
    """ "Teodor Lisowski", "Harjit Kaur" at the start of a sentence or line: a first name
    the model leaves outside the person it tags, and which the name data cannot vouch
    for (it lists surnames too, so "Lisowski" looks like a first name there).

    It must open its sentence or line (nothing before it that could make it an epithet
    or a headline word), be a capitalised proper noun no entity claims, be no title
    word, and the story must never write it in lowercase ("Morning Joe").
    """
    doc = prev.doc
    before = doc[prev.i - 1] if prev.i > 0 else None
    opens = before is None or prev.is_sent_start or (before.is_space and "\n" in before.text)
    return (
        opens
        and prev.pos_ == "PROPN"
        and prev.is_alpha
        and len(prev.text) > 2
        and prev.text[:1].isupper()
        and prev.text[1:].islower()
        and not prev.ent_type_
        and not {prev.lower_, prev.lemma_.lower(), prev.lower_.removesuffix("s")} & lexicon.TITLE_WORDS
        and prev.lower_ not in lexicon.HONORIFICS
        and prev.lower_ not in lexicon.PLACE_WORDS
        and name.text[:1].isupper()
        and not prev.is_stop  # "Though Kaine said"
        and not _cue_as_name(prev)
        and not _common_word(prev.text, doc_text(doc))
    )


def _people_by_apposition(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Kari Lunde, 42, a teacher, said": a name the model tags as an organisation or a
    place, and whose first name the name data cannot place, is a person when an age or
    a personal noun stands in apposition to it -- only people have ages and jobs.

    Only two- or three-word runs of capitalised proper nouns that do not look like an
    organisation's name are relabelled.
    """
    # A one-word name that ends a full name the model tagged is that person's surname
    # already: it is resolved by the name, not made a person mention of its own (which
    # would go to the most recent of two Fiorinas).
    surnames = {e[-1].text for e in ents if e.label_ in PERSON_LABELS and len(e) > 1}
    out = []
    for ent in ents:
        if (
            ent.label_ in ("ORG", "GPE", "LOC") and 1 <= sum(t.text != "-" for t in ent) <= 3
            and (len(ent) > 1 or ent.text not in surnames) and _person_apposition(ent)
        ) or (ent.label_ in ("ORG", "GPE", "LOC") and _role_noun_opens_name(ent)):
            ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _people_by_kin(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "his wife Lakshmi", "her son, Arjun Mehta", "the sisters Amara and Fanta Diallo":
    a name right after a kin noun (a comma between or not), and a name joined to it by
    "and", is a person's, whatever label the model gave it; a body or a place is
    nobody's wife."""
    out = []
    people: set[int] = set()  # roots of the names made people, for their conjuncts
    for ent in ents:
        if ent.label_ in ("ORG", "GPE", "LOC", "NORP", "FAC") and 1 <= len(ent) <= 3 and ent.start > 0 and all(
            t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in ent
        ):
            doc = ent.doc
            k = ent.start - 1
            if doc[k].text == "," and k > 0:
                k -= 1
            kin = doc[k]
            if (
                kin.pos_ == "NOUN" and kin.tag_ in ("NN", "NNS") and _singular_form(kin.lower_) in lexicon.KIN_NOUNS
                and any(c.dep_ in ("poss", "det") for c in kin.children)
            ) or (ent.root.dep_ == "conj" and ent.root.head.i in people):
                # ("The sisters Amara Diallo and Fanta Diallo": both names are people's)
                ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")
                people.add(ent.root.i)
        out.append(ent)
    return out


def _role_noun_opens_name(ent: SpacySpan) -> bool:
    """ "Farmer Gwyn Price says": the tagger reads the first word as a common noun naming
    a person by role and the two after it as proper nouns, yet the model tags the whole
    a body. A body's name does not open on a person's trade. Read as a proper noun, the
    trade word opening the sentence counts when a given name the name data knows
    follows it ("Farmer Gwyn Pryce said")."""
    if len(ent) != 3:
        return False
    role, rest = ent[0], ent[1:]
    return (
        (
            role.pos_ == "NOUN" and role.tag_ == "NN" and _personal_noun(role.lower_)
            or role.is_sent_start and _role_opening(role) and _name_genders().get(_plain(rest[0].text)) is not None
        )
        and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in rest)
        and not _org_like(rest.text)
        and not _place_shaped([t.text for t in rest])
    )


def _bodies_named_by_their_last_word(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "the Ostby Porters Guild said" with only "Guild" tagged a person: a one-word
    person entity that is a capitalised word for a body ("Guild", "Union", "Trust"),
    with capitalised proper nouns compounded onto it before it that no entity holds and
    that are no common first names, is that body's name, from the first of those words."""
    out: list[SpacySpan] = []
    for ent in ents:
        word = ent[0]
        if ent.label_ in PERSON_LABELS and len(ent) == 1 and word.pos_ == "PROPN" and word.lower_ in BODY_NAME_ENDINGS \
                and word.text[:1].isupper():
            s = ent.start
            floor = out[-1].end if out else 0
            while (
                s - 1 >= floor and doc[s - 1].pos_ == "PROPN" and doc[s - 1].dep_ == "compound"
                and s <= doc[s - 1].head.i <= ent.start and doc[s - 1].is_alpha and doc[s - 1].text[:1].isupper()
                and not (_strong_first_name(doc[s - 1].text) and not _rare_as_a_name(doc[s - 1].text))
                and doc[s - 1].lower_ not in lexicon.TITLE_WORDS
            ):
                s -= 1
            if s < ent.start:
                out.append(SpacySpan(doc, s, ent.end, label="ORG"))
                continue
        out.append(ent)
    return out


def _bodies_by_apposition(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Friends of the Marsh, an environmental group, said": a capitalised name no
    entity covers, set off by an apposition "a/an ... group" (a word for a body), is
    that body, so a later "the group" or "it" has it to point back to."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    # (only the appositions, found in the DEP array: building every token cost more
    # than the test)
    appos = numpy.flatnonzero(doc.to_array("DEP") == doc.vocab.strings["appos"])
    for tok in (doc[int(i)] for i in appos):
        if not (
            tok.pos_ == "NOUN" and tok.tag_ == "NN"
            and tok.lemma_.lower() in lexicon.ORG_DESCRIPTIONS
            and tok.lemma_.lower() not in lexicon.STATE_DESCRIPTIONS
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.lefts)
            and tok.head.i < tok.i and doc[tok.left_edge.i - 1].text == ","
        ):
            continue
        end = tok.left_edge.i - 1  # the comma
        start = end
        while start > tok.sent.start and (
            doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in ("of", "the", "and", "for")
        ):
            start -= 1
        while start < end and not doc[start].text[:1].isupper():
            start += 1
        if not start <= tok.head.i < end or start == end:
            continue
        words = doc[start:end]
        if (
            words[0].text[:1].isupper()
            and all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for") for t in words)
            # a proper noun, or a capital no sentence start explains ("the Heath")
            and any(t.pos_ == "PROPN" or t.text[:1].isupper() and not t.is_sent_start for t in words)
            and not any(t.i in taken for t in words)
        ):
            added.append(SpacySpan(doc, start, end, label="ORG"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


def _speakers_tagged_as_works(
    doc: Doc, english: frozenset[str] | None, ents: list[SpacySpan]
) -> list[SpacySpan]:
    """ `"...," Westline Rail said in a statement`: after a quotation the model may tag
    the name that speaks as a title or a product. A work does not say things: a name so
    tagged, outside quote marks, that is the subject of a reporting verb is a person
    when a clear first name opens it, a body when it has a body's word or ends on an
    English word ("Rail", "Ferries"), and otherwise a person: "Xi Jinping", "Le Drian"
    end on words no English dictionary holds."""
    out = []
    for ent in ents:
        root = ent.root
        if (
            ent.label_ in ("WORK_OF_ART", "PRODUCT")
            and root.dep_ == "nsubj"
            and root.head.lemma_.lower() in lexicon.SPEECH_VERBS
            and _work_shaped_name(ent)
            and not _wrapped_in_marks(doc, ent)
        ):
            last = ent[-1].text.lower()
            plain = _singular_form(last)  # "Ferries"
            if first_name_gender(ent.text) is not None:
                label = "PERSON"
            elif _org_like(ent.text) or _org_shaped(ent.text) or english is None or {last, plain} & english:
                label = "ORG"
            else:
                label = "PERSON"
            ent = SpacySpan(doc, ent.start, ent.end, label=label)
        out.append(ent)
    return out


def _work_shaped_name(ent: SpacySpan) -> bool:
    """Capitalised proper nouns, the lowercase particles of a body's name inside them
    ("Compagnie Fluviale du Rhin"), and a "the" before them: a name, as a title is."""
    words = list(ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent)
    return (
        words[0].text[:1].isupper() and words[-1].text[:1].isupper()
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (words[0], words[-1]))
        and all(t.is_alpha and t.text[:1].isupper() or t.text in NAME_JOINING_PARTICLES for t in words)
        and (len(words) == len(ent) or _org_like(ent.text))
    )


def _first_name_after_title(doc: Doc, prev: Token) -> bool:
    """ "Manager Pep Sorli" with only "Sorli" tagged: a capitalised word the name data
    holds as a first name of either gender, right after a title, opens the name (the
    title marks where it starts). So does a clear first name the parser reads as a
    preposition ("Coach Per Lindholm")."""
    return (
        prev.i > 0
        and (_label_word(doc[prev.i - 1]) or _role_opening(doc[prev.i - 1]))
        and (prev.pos_ == "PROPN" or prev.pos_ == "ADP" and _clear_first_name(prev))
        and prev.is_alpha
        and prev.text[:1].isupper()
        and not prev.text.isupper()
        and not prev.ent_type_
        and not _label_word(prev)
        and _name_genders().get(_plain(prev.text)) is not None
    )


def _role_opening(token: Token) -> bool:
    """ "Protester Sina Vaai asked": a noun naming a person's role or trade, lowercase or
    capitalised only as its sentence's first word, marks where a name starts as a title
    does, though no title list holds every trade."""
    if not (token.is_alpha and (token.is_lower or token.is_sent_start and token.text[1:].islower())):
        return False
    return _role_word(token.lower_) or token.pos_ == "NOUN" and _role_word(token.lemma_.lower())


def _wrapped_in_marks(doc: Doc, ent: SpacySpan) -> bool:
    """Whether quote marks stand right before and right after ``ent`` (a quoted title)."""
    before = doc[ent.start - 1].text if ent.start > 0 else ""
    after = doc[ent.end].text if ent.end < len(doc) else ""
    return any(is_quote_char(ch) for ch in before) and any(is_quote_char(ch) for ch in after[:1])


def _surnames_after_first_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Mayor Ada Obi insists" with only "Ada" tagged a person: a lone clear first name
    the model tagged, compounded on the capitalised proper noun right after it that it
    left untagged, runs on over that surname (not over a role: "Clinton Pollster")."""
    out = []
    for ent in ents:
        nxt = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ in PERSON_LABELS
            and len(ent) == 1
            and nxt is not None
            and ent[0].dep_ in ("compound", "flat")
            and ent[0].head.i == nxt.i
            and nxt.pos_ == "PROPN"
            and not nxt.ent_type_
            and nxt.is_alpha
            and nxt.text[:1].isupper()
            and not nxt.text.isupper()
            and _clear_first_name(ent[0])
            and not _personal_noun(nxt.lower_)
            and nxt.lower_ not in lexicon.TITLE_WORDS
        ):
            ent = SpacySpan(doc, ent.start, ent.end + 1, label=ent.label_)
        out.append(ent)
    return out


def _short_names_of_bodies(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Greywater Mining will close ... Greywater said": a one-word PERSON that is the
    first word of a body named before (tagged ORG, or PERSON with a body's name ending)
    is that body's short name, unless a person's full name holds the word."""
    firsts: dict[str, int] = {}
    people_words: set[str] = set()
    text = doc_text(ents[0].doc) if ents else ""  # (names sliced from it: `Span.text` joins Tokens)
    for e in ents:
        if len(e) < 2 or e.label_ not in (*PERSON_LABELS, "ORG"):
            continue
        # Only a name that says it is a body's ("Mining", "News", "Bank"): "Trump Train"
        # tagged ORG makes no "Trump" a body.
        name = clean_name(text[e.start_char : e.end_char])
        body = _org_shaped(name) or _org_like(name)
        words = [t.text for t in e if t.is_alpha and t.lower_ != "the"]
        if body and words:
            firsts.setdefault(words[0], e.start)
        elif e.label_ in PERSON_LABELS:
            people_words.update(words)
    out = []
    for e in ents:
        if (
            e.label_ in PERSON_LABELS and len(e) == 1 and firsts.get(e.text, e.start) < e.start
            and e.text not in people_words
        ):
            e = SpacySpan(e.doc, e.start, e.end, label="ORG")
        out.append(e)
    return out


def _people_by_honorific(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Ms Fairbairn said": a name the model tags as an organisation or a place but that
    opens with a personal honorific (Mr, Mrs, Ms, Miss, Dr, with or without the period)
    is a person -- bodies and places take no honorific. One or two capitalised proper
    nouns must follow it."""
    out = []
    titled: set[str] = set()  # one-word names seen after an honorific or an office
    for ent in ents:
        if ent.label_ not in ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC"):
            if ent.label_ in PERSON_LABELS and len(ent) == 1 and _after_title(ent):
                titled.add(ent.text)
            out.append(ent)  # (tested first: dates and numbers stop here)
            continue
        doc = ent.doc
        first = ent[0].lower_.rstrip(".")
        inside = first in lexicon.HONORIFICS
        office = not inside and len(ent) == 2 and first in lexicon.PERSONAL_OFFICES
        untitled = not (inside or office)  # (the name is all the entity, `rest` below)
        # "Mr Halloway" with only "Halloway" tagged: the honorific right before counts
        # too (the tokenizer may split "Mr" from its dot).
        k = ent.start - 1
        if k >= 1 and doc[k].text == "." and not doc[k - 1].whitespace_:
            k -= 1
        prev = doc[k] if k >= 0 and not inside else None  # (doc[k] builds a new Token on every access)
        before = (
            prev is not None and prev.lower_.rstrip(".") in lexicon.HONORIFICS and prev.text[:1].isupper()
        )  # ("Mrs." may be one token with its dot)
        # "Mayor Calloway": an office before one surname says person as well.
        office = office or (
            prev is not None and len(ent) == 1 and prev.lower_.rstrip(".") in lexicon.PERSONAL_OFFICES
            and prev.text[:1].isupper()
        )
        if not (inside or before or office):
            out.append(ent)  # (most entities: no title, so the name's words need not be read)
            continue
        rest = ent[:] if untitled else ent[1:]
        if (
            1 <= len(rest.text.split()) <= 2  # ("Mrs Okonkwo-Ballard": one word)
            and all(
                t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
                for t in rest if not _joining_hyphen(t)
            )
            and not _org_like(ent.text)
        ):
            ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")
            if len(rest) == 1:
                titled.add(rest.text)
        out.append(ent)
    # "Mayor Calloway said ... Calloway said": the bare surname the model tags a body
    # elsewhere in the article is the same person (one name, one speaker).
    return [
        SpacySpan(e.doc, e.start, e.end, label="PERSON")
        if e.label_ in ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC") and len(e) == 1 and e.text in titled
        and e[0].pos_ == "PROPN" and e.root.dep_ not in ("compound", "amod", "poss")  # not "the Calloway campaign"
        else e
        for e in out
    ]


def _after_title(ent: SpacySpan) -> bool:
    """Whether an honorific or a personal office stands right before ``ent``."""
    doc = ent.doc
    k = ent.start - 1
    if k >= 1 and doc[k].text == "." and not doc[k - 1].whitespace_:
        k -= 1
    word = doc[k].lower_.rstrip(".") if k >= 0 else ""
    return (word in lexicon.HONORIFICS or word in lexicon.PERSONAL_OFFICES) and doc[k].text[:1].isupper()


def _person_apposition(ent: SpacySpan) -> bool:
    """Whether ``ent`` is a plain name followed by ", 42,", ", a teacher" or ", who"
    (a hyphen may join two of its words: "Ama Owusu-Ansah")."""
    if not all(
        t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
        or t.text == "-" and 0 < k < len(ent) - 1 and not t.whitespace_ and not ent[k - 1].whitespace_
        for k, t in enumerate(ent)
    ):
        return False
    if _org_like(ent.text) or ent[0].lower_ in lexicon.TITLE_WORDS or _place_shaped([t.text for t in ent]):
        return False
    root = ent.root
    lone = len(ent) == 1  # one word ("Calloway, 41,"): a body's name too, so only an age or an office
    if not lone and _named_after_office(ent):
        return True
    for child in root.rights:
        if (
            not lone
            and child.dep_ == "relcl"
            and child.left_edge.i == ent.end + 1
            and child.left_edge.lower_ == "who"
            and ent.doc[ent.end].text == ","
            and child.tag_ != "VBP"
            and not any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBP" for c in child.children)
        ):
            # "Kari Lunde, who said": "who" is a person's pronoun; "Planned Parenthood,
            # who are backing": a plural verb is a body's
            return True
        if child.dep_ != "appos" or child.left_edge.i != ent.end + 1 or ent.doc[ent.end].text != ",":
            continue
        if child.like_num and child.text.isdigit() and 1 <= int(child.text) <= 110:
            return True  # an age
        if lone:
            # "Calloway, the union leader,": a person's office, not a job a firm does too
            # ("Acme, a maker of ...").
            if child.pos_ == "NOUN" and child.tag_ == "NN" and child.lemma_.lower() in lexicon.PERSON_DESCRIPTIONS \
                    and child.lemma_.lower() not in lexicon.ORG_DESCRIPTIONS:
                return True
            continue
        if (
            child.pos_ == "NOUN"
            and child.tag_ == "NN"
            and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in child.children)
            and _personal_noun(child.lemma_.lower())
        ):
            return True
        if child.pos_ == "NOUN" and child.tag_ == "NN" and _office_of_one(child.lemma_.lower()):
            return True  # "Amara Diallo, the prosecutor,": an office only a person holds
    return False


def _office_of_one(lemma: str) -> bool:
    """Whether a noun names an office or a part only a person holds ("mayor",
    "prosecutor", "defendant", "widow"): not "maker" or "operator", which a firm is too."""
    return lemma not in lexicon.ORG_DESCRIPTIONS and (
        lemma in lexicon.PERSON_DESCRIPTIONS
        or lemma in lexicon.TITLE_WORDS
        or lemma in lexicon.LITIGANT_NOUNS
        or lemma in lexicon.KIN_NOUNS
        or lemma in ("prosecutor", "counsel", "magistrate")
    )


#: Numbers that head a counted group: "Hundreds of students", "dozens of nurses".
COUNT_NOUNS = frozenset({"hundred", "thousand", "dozen", "million", "score", "ten"})


def _owner_of(name: Token, role: Token) -> bool:
    """Whether ``name`` is whom the role noun serves: "Ms. Ortiz's spokesman", "a
    spokesman for Ms. Ortiz", "the chief of staff to the senator": the owner, not the
    holder of the role, who is the one that speaks."""
    if name.dep_ == "poss":
        return name.head.i == role.i
    prep = name.head
    return name.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in ("for", "to", "of") and prep.head.i == role.i


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


def _role_key(word: str, *, any_noun: bool = False) -> str:
    """A title or role word as one key: "Sen." -> "senator", "spokeswoman" ->
    "spokesperson"; "" for words that are no role ("former", "Mr."). With ``any_noun``
    every other word is its own role ("hydrologist")."""
    w = word.lower().strip(".")
    if w in lexicon.ROLE_KEYS:
        return lexicon.ROLE_KEYS[w]
    if any_noun or w in lexicon.TITLE_WORDS or w in lexicon.PERSON_DESCRIPTIONS:
        return w
    return ""


def _described_people(head: Token) -> str | None:
    """ "Those familiar with the plan said", "those surveyed say", "those who attended
    said": "those" with a description after it is people nobody names, an unnamed
    group ("Those familiar", "Those surveyed"); "those" alone points back to a noun."""
    if head.lower_ != "those" or head.pos_ != "PRON":
        return None
    word = head.text[:1].upper() + head.text[1:]
    for child in head.rights:
        if child.dep_ in ("amod", "acl") and child.is_alpha:
            return f"{word} {child.lower_}"
        if child.dep_ == "relcl":
            return word
    return None


def _people_of_a_trade(head: Token) -> bool:
    """A plural lowercase personal noun ("firefighters", "prosecutors", "dockworkers"):
    an unnamed group. Not evidence ("numbers", "papers") nor a "-ment" word."""
    lemma = head.lemma_.lower()
    if not (
        head.pos_ == "NOUN" and head.tag_ == "NNS" and head.text.isalpha() and not head.ent_type_
        and (head.is_lower or head.is_sent_start and head.text[1:].islower()) and _personal_noun(lemma)
        and lemma not in lexicon.EVIDENCE_SOURCES and not lemma.endswith(("ment", "event"))
    ):
        return False
    # "Sanders is relying on ...": a capital that opens the sentence may be a surname,
    # which the story then also writes with a capital inside a sentence.
    return head.is_lower or re.search(rf"[a-z,;] {head.text}\b", doc_text(head.doc)) is None


def _one_of_a_trade(head: Token) -> bool:
    """A singular lowercase personal noun someone has, or one for someone ("Lena Marsh's
    lawyer", "her lawyer", "a lawyer for Lena Marsh"): one person of that trade, unnamed,
    as "a spokeswoman for" is; not the one who has them. (A definite one, "the lawyer",
    points back to someone named: `Resolver._description`.) A share of people ("a
    majority of") is no person."""
    lemma = head.lemma_.lower()
    return (
        head.pos_ == "NOUN" and head.tag_ == "NN" and head.is_alpha and head.is_lower and not head.ent_type_
        and _personal_noun(lemma)
        and lemma not in lexicon.SHARE_HEADS
        and lemma not in lexicon.EVIDENCE_SOURCES and not lemma.endswith(("ment", "event"))
        and (
            any(c.dep_ == "poss" for c in head.lefts)
            or any(c.dep_ == "prep" and c.lower_ == "for" for c in head.rights)
        )
    )


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


def _common_lemma(token: Token) -> str:
    """The lemma of a noun, a lowercase word the tagger read as a proper noun included
    ("China's foreign ministry" has "ministry" as NNP)."""
    return token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower()


#: Nouns for whoever leads a body, whatever the office is called ("the head of the
#: authority" is its chief executive, director or chair).
LEADER_NOUNS = frozenset("head chief leader boss".split())
#: A name's capitalised words from where it starts (to find what follows the name).
NAME_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*){0,3}")


def _misread_surname(tok: Token) -> bool:
    """A capitalised word in mid-sentence the parser took for a common noun or a verb
    ("Fairbanks" as the plural of "fairbank")."""
    return (
        tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper() and not tok.is_sent_start
        and tok.pos_ in ("NOUN", "VERB") and _name_word(tok.text)
    )


def _joining_hyphen(tok: Token) -> bool:
    """The hyphen inside a double-barrelled name ("Adebisi-Cole"), with no space on
    either side."""
    return (
        tok.text == "-" and 0 < tok.i < len(tok.doc) - 1
        and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_
    )


def _role_in_apposition(head: Token) -> bool:
    """ "X, the goalkeeper,": a person's role noun after a determiner, in apposition."""
    return any(
        c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > head.i and _personal_noun(c.lemma_.lower())
        and any(d.dep_ == "det" for d in c.lefts)
        for c in head.children
    )


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


def _spokesperson_gender(word: str) -> str | None:
    """The gender a spokesperson noun gives: "spokesman" m, "spokeswoman" f, else None."""
    return "f" if word.endswith("woman") else "m" if word.endswith("man") else None


def _singular_form(word: str) -> str:
    """A plural's singular by spelling alone ("ferries" -> "ferry", "nurses" -> "nurse"),
    for a lookup in the model's word list; a word not ending in one "s" is returned as is."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _singular_common(token: Token) -> bool:
    """A singular common noun, or a lowercase singular word the tagger read as a name."""
    return token.tag_ == "NN" or token.tag_ == "NNP" and token.is_lower


@functools.lru_cache(maxsize=4096)
def _label_key(word: str) -> str:
    """A title, or a job label that opens a name ("Billionaire", "Economist"), as the
    role a later "the billionaire said" points back to (`_role_key`). Cached: it is
    asked of every word of every name and of the words before it."""
    return _role_key(word, any_noun=word.lower().strip(".") in lexicon.NAME_ROLE_PREFIXES)


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


def _personal_noun(lemma: str) -> bool:
    """Whether a noun names a person by role ("senator", "pollster", "diplomat"):
    a title or description word, or an agent suffix; "the poll", "the book" are not."""
    if lemma in lexicon.ORG_DESCRIPTIONS or lemma in lexicon.STATEMENT_NOUNS:
        return False
    return _listed_role(lemma) or bool(re.search(r"(?:er|or|ist|ian|ant|ent|ee|crat|mat)$", lemma))


def _listed_role(lemma: str) -> bool:
    """Whether a word lists give as a person's title or role ("senator", "the actress
    said", "the striker")."""
    return bool(
        lemma in lexicon.TITLE_WORDS
        or lemma in lexicon.PERSON_DESCRIPTIONS
        or lemma in lexicon.NAME_ROLE_PREFIXES
        or lexicon.ROLE_KEYS.get(lemma)
    )


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


def _named_after_office(ent: SpacySpan) -> bool:
    """ "The health minister, Ama Owusu, spoke": a name set in apposition after a
    person's office held by one ("the", "a", a possessive) names that person; an
    office is never a firm's or a place's."""
    root, doc = ent.root, ent.doc
    head = root.head
    if root.dep_ != "appos" or head.i >= ent.start or ent.start == 0 or doc[ent.start - 1].text != ",":
        return False
    if head.pos_ != "NOUN" or head.tag_ != "NN":
        return False
    lemma = head.lemma_.lower()
    if lemma in lexicon.ORG_DESCRIPTIONS or not (lemma in lexicon.TITLE_WORDS or lemma in lexicon.PERSON_DESCRIPTIONS):
        return False
    return all(t.dep_ in ("det", "poss", "compound", "amod", "case") for t in head.lefts)


#: Bodies that belong to one person and speak for them: "Tomas Vrba's office said".
PERSONS_BODIES = frozenset({"office", "campaign", "team", "administration"})

#: ", known to his crew as Ali", ", nicknamed Ali", ", also known as Ali": the name
#: someone goes by, set off right after their full name.
KNOWN_AS_AFTER = re.compile(
    r",?[ \t]+(?:(?:also|better|widely)[ \t]+)?(?:known(?:[ \t]+to[ \t]+[\w' ]{1,30}?)?[ \t]+as|nicknamed|dubbed)"
    r"[ \t]+[\"'\u201c\u2018]?(?P<nick>[A-Z][a-z]+)[\"'\u201d\u2019]?(?=[ \t]*[,.;)])"
)
#: 'Everyone calls Bartholomew Osei "Barty"': a verb of naming before the full name ...
CALLED_BEFORE = re.compile(r"\b(?:calls?|called|nicknamed?|dubs?|dubbed)[ \t]+$")
#: ... and the quoted name right after it.
CALLED_AFTER = re.compile(r"[ \t]+[\"'\u201c\u2018](?P<nick>[A-Z][a-z]+)[\"'\u201d\u2019]")

#: Kin nouns that stand for the one other person of the owner's surname ("Her husband
#: said", "His son said"; brothers, sisters and parents were tried and broke train items).
SPOUSE_KIN = frozenset({"husband", "wife", "son", "daughter"})

#: A parent noun and the possessive that introduced the child ("his daughter" -> father).
PARENT_KIN = {"father": "his", "mother": "her"}
#: "and his daughter ", "her son, ": how a text brings in someone's child by name.
CHILD_INTRODUCED = re.compile(r"\b([Hh]is|[Hh]er)\s+(?:daughter|son)\s*,?\s*")

#: Verbs that give someone an office: "was appointed headmaster", "was named coach".
APPOINTING_VERBS = frozenset({"appoint", "name", "elect", "promote", "choose", "select", "make"})


#: Words that make a title a second office when they stand before it: "Lieutenant
#: Governor" is also "lieutenant governor", which a later "the lieutenant governor"
#: picks over the governor.
SECOND_RANKS = frozenset({"lieutenant", "deputy", "vice", "assistant", "associate", "acting"})


def _second_rank_in(titles: set[str], role: str) -> bool:
    """Whether ``titles`` hold the office second to ``role`` ("deputy mayor")."""
    return any(f"{rank} {role}" in titles for rank in SECOND_RANKS)


def _titles_of(ent: SpacySpan) -> set[str]:
    """The roles a person mention carries: title words in or just before the name
    ("Finance Minister Chidi Okafor", "Sen. Joan Whitaker") and an appositive noun on
    either side ("Lena Fischer, a spokeswoman for ...", "the mayor, Ana Diaz")."""
    doc = ent.doc
    out = {_label_key(t.text) for t in ent}
    i = ent.start - 1
    while i >= 0 and ent.start - i <= 4:
        t = doc[i]
        if (
            t.text == "." and i > 0 and not doc[i - 1].whitespace_
            and doc[i - 1].text[:1].isupper() and doc[i - 1].lower_ in lexicon.ROLE_KEYS
            and len(doc[i - 1].text) <= 4
        ):
            i -= 1  # "Lt. Vick" at a text's start: the tokenizer splits "Lt" from its dot
            continue
        key = _label_key(t.text)
        if key:
            out.add(key)
            second = i > 0 and doc[i - 1].lower_ in SECOND_RANKS
            if i > 0 and doc[i - 1].is_alpha and (not _role_key(doc[i - 1].text) or second):
                # "Finance Minister" -> "finance minister"; "Lieutenant Governor" ->
                # "lieutenant governor", which "the lieutenant governor" picks.
                out.add(f"{doc[i - 1].lower_} {key}")
        elif not (t.text[:1].isupper() and t.pos_ in ("PROPN", "NOUN", "ADJ")) or t.is_punct:
            break
        i -= 1
    root = ent.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i >= ent.end]
    # "met the bishop, Ambrose Keel": the model tags many a lowercase role word as a
    # proper noun; in lowercase it is a common noun whatever its tag.
    head = root.head
    common = head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.text.islower())
    if root.dep_ == "appos" and common and head.i < ent.start:
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
    out |= _bereaved(root)
    out.update(_held_until(root))
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
        and (n.right_edge.i + 1 >= len(doc) or doc[n.right_edge.i + 1].is_punct)
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
    head = root.head
    if root.dep_ != "nsubj" or head.lemma_ not in HOLDING_VERBS or head.tag_ != "VBD":
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


#: "whose husband died": the spouse lost, and what the one who lost them is called.
BEREAVED = {"husband": "widow", "wife": "widower"}
DYING_VERBS = frozenset({"die", "kill", "murder"})


def _bereaved(root: Token) -> set[str]:
    """ "Patricia Ndlovu, whose husband died in the collapse ... The widow said": a
    relative clause saying a person's spouse died makes them the widow (widower) a later
    description points back to."""
    out: set[str] = set()
    for clause in root.children:
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
    doc = ent.doc
    for i in range(ent.start - 1, max(-1, ent.start - 6), -1):
        tok = doc[i]  # (read once: doc[i] builds a new Token on every access)
        if not (tok.is_alpha or tok.text == "."):
            return False
        if tok.lower_ in FORMER_WORDS:
            return True
        if not (_label_key(tok.text) or tok.pos_ in ("NOUN", "PROPN", "ADJ")):
            return False
    return False


#: One initial of a name: "A." of "A. N. Whitfield".
INITIAL = re.compile(r"[A-Z]\.")

#: Initials of a place or a union of states, not of a person: "U.S. Senate", "U.N. Council".
COUNTRY_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "N.Y.", "L.A.", "S.C.", "N.H."})

#: Words after a name that make it a firm's: "D.E. Shaw & Co.", "W.W. Norton, which".
FIRM_AFTER_NAME = "|".join(("and Co", "Co", "Inc", "Company", "Corp", "Ltd", "LLC", "plc", "Group", "which", "its",
                            "Publishing", "Publishers", "Books", "Press", "Associates", "Partners", "Sons"))

#: A name of initials and a surname: "J.K. Rowling", "A. N. Whitfield", "T.S. Okafor-Bright".
INITIALS_NAME = re.compile(r"(?:[A-Z]\.\s?){1,3}[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?")

#: Words that put a role in the past.
FORMER_WORDS = frozenset({"former", "ex"})

#: Words that put a role in the present: "the current minister" is no former one.
CURRENT_WORDS = frozenset({"current", "present", "incumbent", "sitting"})

#: The role of someone who held an office before its holder: a "former" holder of it.
PREDECESSOR = "predecessor"


def _role_nouns_before(ent: SpacySpan, name: str = "") -> set[str]:
    """The common role nouns compounded onto a name (`_role_noun_before`), and those the
    model took into the name itself at the start of a sentence ("Widow Clara Benn", of
    display ``name`` "Clara Benn")."""
    doc = ent.doc
    keys = {key for t in doc[max(0, ent.start - 3) : ent.start] if (key := _role_noun_before(t, ent))}
    first = name.split()[0] if name else ""
    for t in ent:
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


#: Titles that take "the" in front of a person's name ("The Rev Ann Roe", "the Hon Ian
#: Lee"); not "the Democratic National Convention", whose first word labels people too.
ARTICLE_TITLES = lexicon.NAME_TITLE_ABBREVIATIONS | frozenset({"reverend", "hon", "honourable", "honorable"})

#: Last words of a body's name: "Rail Operators' Association", "Dockers' Union".
BODY_NAME_ENDINGS = frozenset(
    "association union federation council institute society league alliance coalition authority "
    "agency commission foundation trust board committee guild watchdog".split()
)


def _named_in(name: str, text: str) -> bool:
    """Whether ``text`` writes a capitalised word of ``name`` (a paragraph that names
    the person the usual search found, by any part of their name)."""
    return any(re.search(rf"\b{re.escape(w)}\b", text) for w in name.split() if w[:1].isupper())


def _blank_line_before(text: str, position: int) -> int:
    """Where the last blank line before ``position`` starts (-1 if none), whatever the
    line ends: "\n\n", or "\r\n\r\n" in a Windows file (found as its "\n\r\n")."""
    return max(text.rfind("\n\n", 0, position), text.rfind("\n\r\n", 0, position))


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


def _defines_acronym(text: str) -> bool:
    """Whether an entity's text is a name with the acronym it defines in brackets after
    it, the bracket open or closed ("World Health Organization (WHO", "Food Standards
    Directorate (Fosdir)"): the acronym in capitals of the name's initials, or a word
    made of the starts of its words (`word_acronym`)."""
    inside = re.match(r"(.+?)\s*\(([A-Z][A-Za-z]{1,7})\)?$", text)
    if inside is None:
        return False
    name, acronym = clean_name(inside.group(1)), inside.group(2)
    return _initials(name) == acronym if acronym.isupper() else word_acronym(acronym, name)


def _named_body(ent: SpacySpan) -> bool:
    """Whether an entity the model tagged something else is a body's capitalised name:
    every word capitalised (an article or a possessive's mark aside), the last one a
    word for a body -- or the last before one "of" that names whose body it is ("the
    Nurses' Federation of Orland")."""
    words = [t for t in ent if t.is_alpha and t.lower_ != "the"]
    joins = [k for k, t in enumerate(words) if t.lower_ == "of"]
    body = words[: joins[0]] if len(joins) == 1 and joins[0] < len(words) - 1 else words
    return (
        len(words) >= 2
        and bool(body)
        and body[-1].lower_ in BODY_NAME_ENDINGS
        and all(t.text[:1].isupper() for t in words if t.lower_ != "of")
        and not any(
            t.is_alpha and t.text[:1].islower() and t.lower_ != "the" and (t.lower_ != "of" or body is words)
            for t in ent
        )
    )


def _legal_form_last(ent: SpacySpan) -> bool:
    """ "Nordhavn Shipping A/S" tagged a work of art: capitalised words ending in a
    company's legal form are a company's name, whatever the tag."""
    words = ent.text.split()
    return (
        len(words) >= 2
        and words[-1].strip(".,").lower() in lexicon.LEGAL_FORMS
        and all(w[:1].isupper() for w in words)
    )


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


def _role_word(lemma: str) -> bool:
    """A noun naming a person by role, trade, standing or kin ("striker", "veteran",
    "rookie", "widow")."""
    return _personal_noun(lemma) or lemma in lexicon.ROLE_HEADS or lemma in lexicon.KIN_NOUNS


def _no_first_name(name: str) -> bool:
    """Whether a name's first word is no first name the name data knows ("Ostmark")."""
    return _name_genders().get(_plain(name.split()[0])) is None


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


def _place_shaped(words: list[str]) -> bool:
    """Whether a run of capitalised words reads as a place name: its first word opens
    place names ("West Virginia", "St. Louis") or its last one ends them ("Victoria
    Falls"), so a first name in front does not make it a person."""
    return bool(words) and (
        words[0].lower().strip(".") in lexicon.PLACE_PREFIXES or words[-1].lower() in lexicon.PLACE_WORDS
    )


def _strong(share: float | None) -> bool:
    """Whether a first name's share of women makes it clearly a first name of one gender."""
    return namedata.clear_gender(share) is not None


def _outside_datelines(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Entities with the wire datelines taken out ("LONDON (Reuters) - "): the place and
    agency of a dateline are no body in the story, and a name the model ran into the
    place ("CLEVELAND - Donald Trump") keeps only its words after the dash."""
    found = datelines(text, paragraphs(text))
    if not found:
        return ents
    kept = []
    for ent in ents:
        dateline = next((d for s, d in found.items() if s <= ent.start_char < d), None)
        if dateline is None:
            kept.append(ent)
        elif ent.end_char > dateline:
            trimmed = doc.char_span(dateline, ent.end_char, label=ent.label_, alignment_mode="contract")
            if trimmed is not None and len(trimmed):
                kept.append(trimmed)
    return kept


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


def _before_whose(span: SpacySpan) -> SpacySpan:
    """ "Marta Lindqvist, whose son Oskar works at the bank, said": a mention the parser
    ran on into a "whose" clause names its speaker before the comma; a name inside the
    clause (the son) is someone the speaker is described by."""
    for tok in span[1:]:
        if tok.lower_ == "whose" and tok.i - 1 > span.start and tok.doc[tok.i - 1].text == ",":
            return span.doc[span.start : tok.i - 1]
    return span


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


def _initials(name: str) -> str:
    """ "North Atlantic Treaty Organization" -> "NATO" (small words skipped)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


#: "Brown v. Brown", "Roe vs. Wade": the name of a court case between two parties.
CASE_NAME = re.compile(r"\S\s+(?:v|vs|versus)\.?\s+[A-Z]")


def _case_party(text: str, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` is one side of a case name ("Vrba v. Calloway")."""
    return CASE_NAME.search(text[max(0, start - 8) : end]) is not None or re.match(
        r"\s+(?:v|vs|versus)\.?\s+[A-Z]", text[end : end + 12]
    ) is not None


def _is_description(ent: SpacySpan) -> bool:
    """A one-word "name" after an article ("a former Miss Universe") is a description."""
    i = ent.start - 1
    while i >= 0 and ent.doc[i].pos_ == "ADJ":
        i -= 1
    if i < 0 or ent.doc[i].lower_ not in ("a", "an", "the"):
        return False  # (most names: no article, so the words need not be read)
    words = [t for t in ent if t.text.lower().strip(".") not in lexicon.TITLE_WORDS]
    return len(words) <= 1


def _strip_titles(ent: SpacySpan, english: Callable[[str], bool] | None = None) -> str:
    # "Crooked Hillary Clinton", "Former Governor X": words before the name that are not
    # proper nouns are epithets or roles, not part of the name.
    # "Without Bloomberg, ...", "Neither Cruz nor ...": a function word the model took
    # into the name is not part of it either (unless the name data knows it clearly as
    # a first name: "Per Aune"). "Stated Stone:" / "Continued Stone:": a reporting verb
    # labelling a quote, read as a proper noun, is the cue, not a first name.
    start = 0
    while start < len(ent) - 1:
        word = ent[start]  # (read once: Span[i] builds a new Token on every access)
        if not (
            word.pos_ in ("ADJ", "NOUN", "VERB", "DET")
            or (word.pos_ in lexicon.FUNCTION_POS and not _clear_first_name(word))
            or _cue_as_name(word)
        ):
            break
        if (_tagged_first_name(word) and not _role_noun_before_name(ent, start)) or _first_before_particle(ent, start):
            break
        if _unknown_adjective_first_name(word, english) or _first_name_as_function_word(word):
            break
        if INITIAL.fullmatch(word.text):
            break  # "A. N. Whitfield", with "A." read as a noun: an initial, no epithet
        if not word.is_stop and _plain(word.text) in lexicon.FAMILY_FIRST_SURNAMES:
            break  # "Nguyễn Thị Hà", with "Nguyễn" read as a verb: a family name first
        if _hyphenated_first_name(ent, start):
            break  # "Soo-jin Kim", with "Soo" read as a noun
        if ent[start + 1].text in NICKNAME_MARKS and _strong_first_name(word.text):
            break  # 'Edmund "Ned" Calloway', with "Edmund" read as an adjective
        start += 1
    words = _after_inner_title(ent[start:].text.split())
    while len(words) > 1 and (
        words[0].lower().strip(".") in lexicon.TITLE_WORDS
        or (len(words) > 2 and words[0].lower().strip(".") in lexicon.NAME_ROLE_PREFIXES)
        or (len(words) > 2 and words[0].lower() in lexicon.DEMONYM_NOUNS)  # "Briton Ann Roe"
        or (len(words) > 2 and english is not None and _role_before_first_name(words, english))
    ):
        words = words[1:]
    return " ".join(words)


def _role_before_first_name(words: list[str], english: Callable[[str], bool]) -> bool:
    """ "Historian Mei Lin", "Curator Ada Brunner": an English agent noun (in -ian, -er,
    -ist ...) in front of a clear first name and a surname is the person's role; the
    role lists cannot hold every job. A word the name data knows clearly as a first
    name ("Christian", "Tyler") stays the first of two given names, and one before a
    surname that opens with a particle ("Chandler Van Voorhis") is the first name."""
    first, given = words[0], words[1]
    return (
        given.lower() not in lexicon.SURNAME_PARTICLES  # "Chandler Van Voorhis": a name
        and first[:1].isupper()
        and first.isalpha()
        and (_role_word(first.lower()) or _plain_word_before_name(first, given, english))
        and (
            english(first) and not _strong_first_name(first) and _strong_first_name(given)
            # "Organiser Femi Adeyemi", "Rector Hugh Dane": a role word the name data holds
            # as a rare name at most, before a first name (a clear one when the model's
            # vocabulary lacks the role word)
            # "Lawyer Mia Torres": an agent noun opening the name (capitalised as the
            # sentence's first word) that is a given name of few thousand bearers at most
            # ("Lawyer" 1,048; "Luther", "Hunter" are names of tens of thousands), before
            # a clear first name
            or english(first)
            and re.search(r"(?:er|or|ist|ian)$", first.lower()) is not None
            and _bearers(first) < COMMON_NAME_COUNT
            and _strong_first_name(given)
            or _rare_as_a_name(first)
            and (
                english(first) and _name_genders().get(_plain(given)) is not None
                # (outside the vocabulary only an agent suffix says role: "Mahamat" is a name)
                or re.search(r"(?:er|or|ist|ian)$", first.lower()) is not None and _strong_first_name(given)
            )
        )
    )


def _plain_word_before_name(first: str, given: str, english: Callable[[str], bool]) -> bool:
    """ "Lifeguard Mia Holt", "Beekeeper Ola Dahl": an English word the name data does not
    hold as a first name at all, before a clear first name, opens no name; it is the
    person's role, whatever its ending (the role lists cannot hold every trade)."""
    return first[1:].islower() and _bearers(first) == 0 and english(first) and _strong_first_name(given)


#: Bearers below which a "first name" in the name data is a stray ("Rector", 104; "Farmer",
#: 146): names given as such have thousands ("Baker" 3,089, "Christian" over a million).
RARE_NAME_COUNT = 1000


#: Bearers from which a word is a given name in its own right whatever else it means
#: ("Luther" 67,728, "Archer" 17,141, "Miller" 10,414; "Baker" has 3,089, "Lawyer" 1,048).
COMMON_NAME_COUNT = 10_000


def _bearers(word: str) -> int:
    """How many bearers the name data counts for ``word`` as a first name (0: none)."""
    row = _name_genders().rows.get(_plain(word))
    return 0 if row is None or len(row) < 2 else int(row[1])


def _rare_as_a_name(word: str) -> bool:
    """Whether the name data holds ``word`` as a first name of few bearers, or not at all."""
    return _bearers(word) < RARE_NAME_COUNT


def _after_inner_title(words: list[str]) -> list[str]:
    """ "District Collector Priyanka Raghunathan", "Ward Councillor Thabo Ntuli": the
    capitalised words before a title word inside a name qualify the title (even one the
    name data knows as a first name), and two words of name at least follow it."""
    inner = [k for k, w in enumerate(words[:-2]) if k and w.lower().strip(".") in lexicon.TITLE_WORDS]
    if inner and all(w[:1].isupper() for w in words[: inner[-1]]):
        return words[inner[-1] + 1 :]
    return words


def _first_before_particle(ent: SpacySpan, k: int) -> bool:
    """ "Ilse van der Berg": a clear first name right before a lowercase surname particle
    is part of the name whatever the tagger calls it (no epithet precedes "van der")."""
    return k + 1 < len(ent) and ent[k + 1].text in lexicon.SURNAME_PARTICLES and _clear_first_name(ent[k])


@functools.lru_cache(maxsize=65_536)
def _strong_first_name(word: str) -> bool:
    """Whether the name data knows ``word`` clearly as one gender's first name (cached:
    asked for every capitalised word, again and again, of every name and mention)."""
    return _strong(_name_genders().get(_plain(word)))


def _clear_first_name(token: Token) -> bool:
    """A capitalised word the name data knows clearly as a first name ("Per", "Will")."""
    return (
        token.is_alpha
        and token.text[:1].isupper()
        and not token.text.isupper()
        and _strong_first_name(token.text)
    )


def _cue_as_name(token: Token) -> bool:
    """ "Stated", "Continued": a past-tense reporting verb the tagger read as a proper
    noun at the start of a name, which no first name is."""
    lower = token.lower_
    if not (token.pos_ == "PROPN" and token.is_alpha and lower.endswith("ed")):
        return False
    if _name_genders().get(_plain(token.text)) is not None:
        return False
    return lower[:-1] in lexicon.CUE_LEMMAS or lower[:-2] in lexicon.CUE_LEMMAS


def _role_noun_before_name(ent: SpacySpan, k: int) -> bool:
    """ "Farmer Joseph Mwangi told Reuters": a word the tagger reads as a common noun
    naming a person by role, before two or more words of name, is the role even when
    the name data lists it as a first name (it opens the sentence, so it is capitalised)."""
    tok = ent[k]
    return (
        tok.pos_ == "NOUN"
        and tok.tag_ == "NN"
        and len(ent) - k >= 3
        and ent[k + 1].pos_ == "PROPN"
        and _personal_noun(tok.lower_)
    )


def _unknown_adjective_first_name(token: Token, english: Callable[[str], bool] | None) -> bool:
    """ "Ossian Tarrow": a clear first name the tagger reads as an adjective is part of the
    name when it is no English word; the epithets and roles a name opens with ("Crooked",
    "Former", "Acting") are all English words, so this keeps them out."""
    return token.pos_ == "ADJ" and english is not None and not english(token.text) and _clear_first_name(token)


def _first_name_as_function_word(token: Token) -> bool:
    """ "Jonas Pellerin and Agathe Pellerin", with "Agathe" tagged a determiner: the
    function words a name may open with by mistake ("Without", "Neither", "Per") are a
    closed class, all of them stop words; a capitalised word the tagger gave such a tag
    that is no stop word but a first name the name data knows is the person's own."""
    return (
        (token.pos_ == "DET" or token.pos_ in lexicon.FUNCTION_POS)
        and token.is_alpha
        and token.text[:1].isupper()
        and not token.is_stop
        and _name_genders().get(_plain(token.text)) is not None
    )


def _tagged_first_name(token: Token) -> bool:
    """ "Aisling Byrne": a capitalised first name the tagger reads as a verb or a noun
    (an unknown word in -ing) that the name data knows clearly as a first name is part
    of the name; adjectives ("Crooked", "Sleepy") stay epithets, a cue ("Said Comey")
    stays a verb. So is a capitalised preposition that is a clear first name inside a
    sentence ("appointed Per Sandqvist"; "Before Trump" opening one is a preposition)."""
    return (
        (token.pos_ in ("NOUN", "VERB") or token.pos_ == "ADP" and not token.is_sent_start)
        and token.lower_ not in lexicon.TITLE_WORDS
        and token.lemma_.lower() not in lexicon.CUE_LEMMAS  # "Said Comey, ..."
        and _clear_first_name(token)
    )


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


def _propn_run(span: SpacySpan, english: Callable[[str], bool] | None = None) -> str:
    """The proper-noun phrase around the head, without title words in front (nor, given
    ``english``, a role word before a first name: "Organiser Femi Adeyemi")."""
    head = span.root
    if head.pos_ != "PROPN":
        return ""
    run = [head]
    i = head.i - 1
    while i >= span.start:
        tok = span.doc[i]
        if tok.is_space and "\n" not in tok.text and i > span.start:
            i -= 1  # "Ines\u00a0Mbeki": a no-break space is its own token, inside the name
            continue
        nick = _nickname_before(span, i)
        if nick is not None:
            i = nick  # 'Kwame "Iron Man" Mensah': the quoted nickname is no part of the name
            continue
        if tok.pos_ != "PROPN" or tok.dep_ not in ("compound", "flat", "nmod", "amod"):
            break
        run.insert(0, tok)
        i -= 1
    after = head.i + 2
    if (
        after < span.end and not head.whitespace_ and span.doc[head.i + 1].text == "-"
        and not span.doc[head.i + 1].whitespace_ and span.doc[after].is_alpha
        and span.doc[after].text[:1].isupper()
    ):
        # "Nadia K. Osei-Bonsu" parsed with "Osei" as the head and "Bonsu" hung on it:
        # the hyphenated word is the surname, whole.
        run.extend(span.doc[head.i + 1 : after + 1])
    # Pieces the tokenizer cut from one written word ("JosÃ" "©" of a mis-decoded
    # "José") stay one word, so the name can be repaired and looked up.
    pieces: list[str] = []
    for k, tok in enumerate(run):
        glued = k and not run[k - 1].whitespace_ and run[k - 1].i + 1 == tok.i
        if glued:
            pieces[-1] += tok.text
        else:
            pieces.append(tok.text)
    words = _after_inner_title(pieces)
    while len(words) > 1 and (
        words[0].lower().strip(".") in lexicon.TITLE_WORDS
        or (len(words) > 2 and english is not None and _role_before_first_name(words, english))
    ):
        words = words[1:]
    return clean_name(" ".join(words))


def _nickname_before(span: SpacySpan, i: int) -> int | None:
    """Where the name goes on before a quoted nickname that ends at token ``i``
    ('Kwame "Iron Man" Mensah'): the index of the word before the opening mark, when the
    marks hold one to three capitalised proper nouns and a proper noun precedes them."""
    doc = span.doc
    if not is_quote_char(doc[i].text[:1]) or len(doc[i].text) != 1:
        return None
    j = i - 1
    while j > span.start and i - j <= 4 and doc[j].pos_ in ("PROPN", "DET", "NOUN") and doc[j].text[:1].isupper():
        j -= 1
    if j <= span.start or j == i - 1 or not is_quote_char(doc[j].text[:1]) or len(doc[j].text) != 1:
        return None
    before = doc[j - 1]
    return j - 1 if before.pos_ == "PROPN" and before.text[:1].isupper() else None


# The label of a speaker named by a lone unknown proper noun ("Eklund cautioned ..."):
# it names its own item but is no antecedent for pronouns later.
LONE_NAME = "lone-name"


def _common_word(word: str, text: str) -> bool:
    """ "Poll found ...", "Almanac predicted ...": a capitalised word the story (``text``)
    also writes in lowercase is a common word, not a name."""
    lower = word.lower()
    if lower == word:
        return False
    if lower.isalnum():  # (the usual case: a set lookup, not a scan of the whole text)
        return lower in _standalone_words(text)
    return re.search(rf"(?<![\w.]){re.escape(lower)}(?!\w)", text) is not None


@functools.lru_cache(maxsize=4)
def _standalone_words(text: str) -> frozenset[str]:
    """Every whole word of ``text`` not right after a period (as `_common_word` reads a
    word: "Poll" is common when the text has "poll" but not only ".poll"). Built once
    per text, so checking many words stays linear in the text's length."""
    return frozenset(STANDALONE_WORD.findall(text))


#: A whole word (a run of word characters) not right after a period: the look-behind
#: fails at a run's first character after a period and at each character inside a run,
#: so a run after a period is skipped whole (a list built in C, not a Python test per word).
STANDALONE_WORD = re.compile(r"(?<![\w.])\w+")


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


def _title_cased_line(text: str, position: int) -> bool:
    """``position`` is on the text's first line, a headline set in title case, with no
    full stop closing it (the parser may run a headline into the sentence under it, so
    its sentence is no guide; a short story line can have many capitals)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    if text[:start].strip() or line.rstrip().endswith("."):
        return False
    return _title_case_words(line)


@functools.lru_cache(maxsize=16)
def _title_case_words(line: str) -> bool:
    """Three words of four letters or more, at least 60% of them capitalised (the test
    of `_title_cased_line`). Kept per line: every entity on the first line asks it of the
    same line, and a text that is one long line (no full stop at its end) was read
    whole for each of its entities, quadratic (67k characters, 3,000 names: 3.5 s)."""
    words = [w for w in re.findall(r"[^\W\d_]{4,}", line) if not w.isupper() and w.lower() not in lexicon.CALENDAR_WORDS]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.6 * len(words)


def _title_cased(sent: SpacySpan) -> bool:
    """A headline set in title case ("Poll Finds Voters Split"): its capitals name nothing."""
    # Words in capitals ("WE WILL NOT BE SILENCED" quoted in the sentence) are shouting,
    # not title case.
    # Days and months are capitalised in any sentence: "Mbeki said on Sunday." is no
    # headline for them.
    words = [
        t for t in sent
        if t.is_alpha and len(t) > 3 and not t.text.isupper() and t.lower_ not in lexicon.CALENDAR_WORDS
    ]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.6 * len(words)


def _capitalised_acronym(span: SpacySpan) -> bool:
    """Is ``span`` ("WHO", "the US") a pronoun's letters written as an acronym: two or
    more capitals alone (or after "the"), in a sentence with lowercase words?"""
    head = span.root
    if len(head.text) < 2 or not head.text.isupper() or not head.is_alpha:
        return False
    if not all(t.i == head.i or t.lower_ == "the" for t in span):
        return False
    return any(t.is_alpha and t.text.islower() for t in head.sent)


def _org_shaped(name: str) -> bool:
    """A "person" name that is a body's: it ends in a word like "PAC", "News" or
    "Times", or starts with "Team" ("Team Clinton" is a campaign)."""
    words = name.split()
    return len(words) >= 2 and (
        words[-1].strip(".,").lower() in lexicon.ORG_NAME_ENDINGS
        or words[0].lower() in lexicon.ORG_NAME_STARTS
    )


def _org_like(text: str) -> bool:
    """A body's head word in the name: English, or the usual ones of French, Spanish,
    Italian, Portuguese and German names, accents written or not ("Société Minière du
    Nord", "Societe Miniere du Nord")."""
    return bool(
        re.search(
            r"\b(Ministry|Department|Council|Office|Agency|Party|Government|Commission|"
            r"Committee|Union|Bank|Company|Corporation|Inc|Ltd|Group|Association|"
            r"University|Court|Authority|Organization|Organisation|Alliance|House|Kremlin|"
            r"Soci[ée]t[ée]|Sociedad|Societ[àa]|Compagnie|Compa[ñn][íi]a|Banque|Banco|Groupe|Grupo|"
            r"Gesellschaft|Stiftung|Fondation|Fundaci[óo]n|F[ée]d[ée]ration|Federaci[óo]n|"
            r"Syndicat|Sindicato|Minist[èe]re|Ministerio)\b",
            text,
        )
    )


def _apposition_role(span: SpacySpan) -> str | None:
    """ "Maria Okafor, the harbour commissioner, said": the apposition is the role; so is
    the noun phrase the name stands in apposition to, "The harbour commissioner, Maria
    Okafor, said" (the mention is the name; the words before it are no part of it)."""
    candidates = [
        [t for t in child.subtree if not t.is_punct]
        for child in span.root.children
        if child.dep_ == "appos" and child.i >= span.end and child.ent_type_ != "PERSON"
    ]
    head = span.root.head
    if (
        span.root.dep_ == "appos"
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


def _role_of(span: SpacySpan, name: str) -> str | None:
    """What the mention says besides the name: "NATO Secretary General", "spokesman"."""
    # As the name was cleaned: "Newt\u00a0Calloway" is written "Newt Calloway".
    text = re.sub(r"\s+", " ", re.sub(INVISIBLE_RUN, " ", fix_mojibake(span.text)))
    text = text.replace(lexicon.SOFT_HYPHEN, "")
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
    role = re.sub(r"^(?:the|The)\s+", "", role).strip(" ,;:-\u2014")
    if role.lower() in ("the", "a", "an"):
        return None  # "the Gazette": an article, not a role
    if not role or len(role) > 80 or not re.search(r"[A-Za-z]", role) or role[:1].isdigit():
        return None  # "52, of Eastgate" is an age, not a role
    if re.fullmatch(r"(?:[A-Z]\.\s*)+", role):
        return None  # "I. Calloway": an initial of the name
    return re.sub(r"\s+", " ", role)


#: Words that open no role: what is left of a mention around the name when it is a
#: relative pronoun, a quantifier, a reflexive or a focus word ("who", "Both", "Even").
_NO_ROLE_OPENERS = frozenset(
    """
    who whom whose which that this both all neither either each even also only just
    himself herself themselves itself he she they it one of for to at from in and or but
    when how described
    """.split()
)


def clean_role(role: str | None) -> str | None:
    """The role a quote records for its speaker, or None when the words beside the name
    are no role.

    Honorifics go ("Mr.", "Ms." are no role); what is left must name a person by role
    (a title, a description, a kin or agent noun: "Democratic pollster", "Fox News
    host", "Sen."), not be the rest of a clause or phrase the mention swept up ("who",
    "'s campaign", "Both", "of Cheyenne", "Anti Semitic Images") or words a page's
    layout glued together ("BushASSOCIATED PRESSOhio Gov.").
    """
    if not role:
        return None
    words = role.split()
    # "Mr.", "his campaign manager", "a retired nurse": the honorific, the owner's
    # pronoun and the article are no part of the role.
    while words and (
        words[0].lower().strip(".") in lexicon.HONORIFICS - {"dr"}
        or words[0].lower() in ("his", "her", "their", "its", "a", "an", "the")
    ):
        words = words[1:]
    if not words or words[0].lower() in _NO_ROLE_OPENERS or words[0][:1] in ("'", "\u2019"):
        return None
    if re.search(r"[a-z][A-Z]{2,}", role):
        return None

    def role_word(word: str) -> bool:
        w = word.lower().strip(".,;:()").rsplit("-", 1)[-1]  # "co-founder", "Co-anchor"
        singular = w[:-1] if w.endswith("s") and len(w) > 3 else w
        return any(
            _personal_noun(x)
            or x in lexicon.KIN_NOUNS
            or x in lexicon.ROLE_HEADS
            or x.endswith(("man", "woman", "person")) and len(x) > 6  # "committeeman"
            for x in (w, singular)
            if x.isalpha()
        )

    if not any(role_word(w) for w in words):
        return None
    return " ".join(words)


def english_words(nlp: Language) -> frozenset[str] | None:
    """The lowercase words the model's lemmatizer lists (the English pipelines carry
    WordNet's word lists for their rule lemmatizer), or None when it has none.

    A capitalised word outside them ("Deshmukh", "Mokoena") is no English noun the
    tagger may read it as, but a name; the vocabulary is read once, when the resolver
    component is built.
    """
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None:
        return None
    words: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):
        if not lookups.has_table(name):
            continue
        for value in lookups.get_table(name).values():
            if isinstance(value, dict):
                words.update(k for k in value if isinstance(k, str))  # form -> lemmas
            elif isinstance(value, list):
                words.update(w for w in value if isinstance(w, str))
    return frozenset(words) if len(words) > 1000 else None


def resolve(doc: Doc, quotes: list[Quote], words: frozenset[str] | None = None) -> list[Quote]:
    """Resolve the speakers of a document's quotes, in reading order. ``words``: the
    model's English vocabulary (`english_words`), if known."""
    cues = frozenset(q.cue.start for q in quotes if q.cue is not None)
    resolver = Resolver(doc, cues, words)
    ordered = sorted(
        range(len(quotes)),
        key=lambda i: (quotes[i].speaker_mention.start if quotes[i].speaker_mention else quotes[i].content.start),
    )
    out = list(quotes)
    for i in ordered:
        out[i] = resolver.resolve(quotes[i])
    out = [resolver.as_written(q) for q in out]
    if resolver._pronoun_people:
        # "Mokoena said ... 'We are on track,' she added": the tagger called the surname a
        # body, the "she" that goes back to it says it is a person, for every item.
        out = [
            replace_quote(q, speaker_kind="person")
            if q.speaker in resolver._pronoun_people and q.speaker_kind == "organization" else q
            for q in out
        ]
    return out


def _name_genders() -> namedata.WomenShares:
    """First name -> share of women bearing it, from nomquamgender's reference data.

    Looked up in the package's data file as it is (loaded once per process, shared with
    the speaker index), not parsed whole and without importing the package (which
    imports pandas): see quotes.namedata.
    """
    return namedata.women_shares()


@functools.lru_cache(maxsize=50_000)
def first_name_gender(name: str) -> str | None:
    """ "m" or "f" when a person's first name is strongly gendered in the reference data.

    Only a prior: a pronoun used with the name in the article overrides nothing, but a
    name that is 90% one way lets "she" skip "Keith Lamont Scott". Initials, titles and
    ambiguous names ("Robin") give None.
    """
    words = [w for w in name.split() if len(w.strip(".")) > 1]
    if len(words) < 2 or words[0].lower().strip(".") in lexicon.TITLE_WORDS:
        return None
    if words[0].isupper() and not words[-1].isupper():
        return None  # "RT America", "UN Women": an acronym, though "rt" is in the data
    gender = namedata.clear_gender(_name_genders().get(_plain(words[0])))
    if gender is None and len(words) >= 3 and _plain(words[0]) in lexicon.FAMILY_FIRST_SURNAMES:
        # "Nguyen Thi Hoa", "Tran Van Duc": a family name first, then the given names,
        # whose first tells the gender.
        gender = namedata.clear_gender(_name_genders().get(_plain(words[1])))
    return gender


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


def _label_word(token: Token) -> bool:
    """A title or role label in front of a name: "Sen.", "Bishop", "Chef", "Striker"."""
    word = token.lower_.strip(".")
    return word in lexicon.TITLE_WORDS or word in lexicon.NAME_ROLE_PREFIXES


def _name_word(word: str) -> bool:
    """A word a name can be: letters, with one inner apostrophe ("O'Donnell", "D’Souza")."""
    return NAME_WORD.fullmatch(word) is not None


NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@functools.lru_cache(maxsize=65_536)
def _plain(word: str) -> str:
    """A name as nomquamgender keys it: lower case, no accents, and the letters no
    decomposition splits written the way the data does ("Søren" -> "soren",
    "Łukasz" -> "lukasz"). Cached: the name data is asked about the same words over
    and over."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(lexicon.UNSPLIT_LETTERS)
