"""In-article speaker resolution: from the words at the cue to a real-world name.

No neural coreference model runs offline, so this is a small rule system over the parse
and the named entities: names keep their full form ("Stoltenberg" -> "Jens Stoltenberg"),
titles become roles, pronouns and descriptions ("he", "the alliance") go to the most
salient earlier speaker that agrees in gender, number and kind. Without a confident
antecedent the speaker stays unresolved: a wrong name is worse than none.

The rules are mixin classes, one module per job, that ``Resolver`` is composed of
(this module keeps the per-quote resolution: ``resolve``, ``_resolve_span``):

- ``quotes.speakerindex`` (ArticleIndexRules): Who the article names: its people and
  bodies indexed once, with genders learnt, and reads of the parsed document.
- ``quotes.names`` (NameRules): Names at a cue: full names from short forms, given names
  and surnames, listed and joint speakers.
- ``quotes.pronouns`` (PronounRules): Pronoun speakers: the salient earlier person or body
  that agrees in gender, number and kind.
- ``quotes.descriptions`` (DescriptionRules): People named by a title, role, kin word or
  description: "the senator", "her husband", "the 45-year-old".
- ``quotes.bodies`` (OrganisationRules): Bodies as speakers: organisations by name, short
  name, acronym, kind word or spokesperson.
- ``quotes.labels`` (LineLabelRules): Text around the story: photo credits, bylines and
  interview line labels.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotes import lexicon
from quotes.bodies import OrganisationRules
from quotes.descriptions import DescriptionRules
from quotes.doccolumns import char_span, tokens
from quotes.doctext import doc_text
from quotes.entities import _with_first_names, corrected_entities
from quotes.index import country_and_body, person_fits
from quotes.labels import BYLINE_DESK, LineLabelRules, byline_person, hansard_label
from quotes.marks import find_quotes
from quotes.models import Quote, replace_quote
from quotes.names import NameRules
from quotes.nameshapes import (
    ANSWER_LABELS,
    LONE_NAME,
    PERSON_LABELS,
    SPEAKER_LABEL,
    Entity,
    _clear_first_name,
    _common_word,
    _joining_hyphen,
    _personal_noun,
    _role_key,
    _role_word,
    _strong_first_name,
    _upper_first,
    clean_name,
    first_name_gender,
)
from quotes.patterns import CAPITAL_Q, line_start_matches
from quotes.pronouns import PronounRules
from quotes.speakerindex import ArticleIndexRules, _tail_in
from quotes.standalone import CALL_LABEL, CALL_ROLE
from quotes.store import speaker_key

__all__ = [
    "AUTHOR_KEY",
    "Resolver",
    "_clear_first_name",
    "_common_word",
    "_strong_first_name",
    "_tail_in",
    "_with_first_names",
    "byline_person",
    "clean_name",
    "clean_role",
    "english_words",
    "first_name_gender",
    "person_fits",
    "resolve",
]


#: ``Doc.user_data`` key of the article's byline (set by ``pipeline.make_doc``).
AUTHOR_KEY = "quotes.author"

# A byline line near the top of a story: "By Mara Lind, Staff Reporter", or a name and
# the outlet after a bar, "Mara Lind | Valley News" (`_byline_spans` keeps that form
# only when a desk or outlet word follows the bar: "Local Politics | Elections" is a
# section heading).
BYLINE_LINE = re.compile(
    r"^[ \t]*(?:By[ \t]+[A-Z][^\n]{0,80}|[A-Z][\w.'\u2019-]+(?:[ \t][A-Z][\w.'\u2019-]+){1,3}[ \t]*\|([^\n]{1,60}))$",
    re.M,
)

#: A clock time's digits ("11:15"), which an `ITEM_BREAK` line holds without a rule.
_CLOCK = re.compile(r"\d:\d\d")
# Lines that start a new item in live blogs and briefs: "___", "***", "11:15 a.m.".
ITEM_BREAK = re.compile(
    r"^[ \t]*(?:_{3,}\.?|\*{3,}|-{3,}|\d{1,2}:\d{2}\s*[ap]\.?m\.?)[ \t]*$",
    re.M | re.I,
)

QUESTION_LINE = re.compile(r"(?m)^[ \t]*(?:(?:Q|Question|QUESTION)[ \t]*:|Q\.[ \t])")
#: A line opening a turn of an interview: an answer (group 1) or a question.
INTERVIEW_TURN = re.compile(
    r"(?m)^[ \t]*(?:(?:(A|Answer|ANSWER)|Q|Question|QUESTION)[ \t]*:|(A)\.[ \t]|Q\.[ \t])"
)


@functools.lru_cache(maxsize=4096)
def _country_and_body_of(name: str) -> tuple[str | None, str]:
    """`country_and_body` of a name's key, kept: each body mention of an article asks it
    of every body named before."""
    return country_and_body(speaker_key(name))


class Resolver(
    ArticleIndexRules,
    NameRules,
    PronounRules,
    DescriptionRules,
    OrganisationRules,
    LineLabelRules,
):
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
        # one-word names a listed role right before made people ("forward Rodriguinho")
        self._role_named: set[str] = set()
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
        self._spoken_at: dict[int, Entity] = {}  # every resolved speaker by its mention's start
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
        self._name_shaped: dict[tuple[int, int], bool] = {}  # (`_looks_like_name`)
        # Doc.ents and Span.ents build new Span objects on every access: once per doc.
        self.text = doc_text(doc)  # Doc.text is rebuilt on every access: shared, read once
        self.ents = corrected_entities(doc, self.text, cues, words)
        self._ent_starts = [e.start for e in self.ents]
        self._quote_spans = [
            (q.open_start, q.close_end) for q in find_quotes(self.text) if q.depth == 0
        ]
        self._quote_starts = [start for start, _ in self._quote_spans]
        self._bylines = [
            m.span() for m in BYLINE_LINE.finditer(self.text, 0, min(len(self.text), 800))
            if m.group(1) is None or BYLINE_DESK.search(m.group(1))
        ]
        if self.author is None and len(self._bylines) == 1:
            # A plain-text column with no byline in its metadata: the "By Ada Roe" line
            # at its top names the one who writes its "I".
            self.author = byline_person(self.text[slice(*self._bylines[0])])
        # (the item breaks, the first question line and the interview turns are read
        # from the text at their first use, `_boundaries` and after: most articles
        # resolve every speaker without them, and each is a search of the whole text)
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

    @functools.cached_property
    def _boundaries(self) -> list[int]:
        """Where the lines that start a new item of a live blog or brief open (`ITEM_BREAK`).
        (Each holds three underscores, stars or hyphens, or a clock time: most texts hold
        none, and are spared a scan led by a line start, which runs the regex matcher at
        every character.)"""
        text = self.text
        if "___" not in text and "***" not in text and "---" not in text and _CLOCK.search(text) is None:
            return []
        return [m.start() for m in ITEM_BREAK.finditer(text)]

    @functools.cached_property
    def _first_question(self) -> re.Match[str] | None:
        """An interview's first "Q:" line, if any. (Each holds a capital Q, which most
        lines lack: tried only at lines holding one, not by a scan led by a line start,
        which runs the regex matcher at every character.)"""
        return next(line_start_matches(QUESTION_LINE, self.text, CAPITAL_Q), None)

    @functools.cached_property
    def _turns(self) -> list[tuple[int, bool]]:
        """Where each turn of an interview opens ("Q:", "A:" lines) and whether it
        answers: a paragraph with no label goes on with the turn before it."""
        if self._first_question is None:
            return []
        return [
            (m.start(), m.group(1) is not None or m.group(2) is not None) for m in INTERVIEW_TURN.finditer(self.text)
        ]

    @functools.cached_property
    def _turn_starts(self) -> list[int]:
        return [start for start, _ in self._turns]

    # -- resolution ---------------------------------------------------------------

    def resolve(self, quote: Quote) -> Quote:
        self._reported.append((quote.content.start, quote.content.end))
        mention = quote.speaker_mention
        if mention is None:
            return quote
        span = char_span(self.doc, mention.start, mention.end)
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
        if entity.kind == "person" and len(span) == 1 and entity.name != span.text and _it_acts(quote):
            # "Kelvar Motors said ... the actor Simon Kelvar ... Kelvar said it expected to
            # sell 20,000 vans": a word that is a person's surname and opens a body's name
            # is the body when what it said has "it" act, which no person would.
            body = self._sole_body_by_word(span.text, span.start_char, 0)
            if body is not None:
                entity, role = body, None
        if entity.kind == "organization" and entity.name in lexicon.CAPITALS:
            # "Berlin said" where the model tagged "Berlin" a person: whichever path
            # made it a body, the capital speaks for its country, as "Paris said" does.
            entity = dataclasses.replace(entity, name=self.org_name(entity.name))
        if entity.kind == "organization":
            named = self._body_named_otherwise(entity.name, span.start_char)
            if named is not None:
                entity = dataclasses.replace(entity, name=named)
        self._spoken_at[span.start_char] = entity
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
                # (a lone surname too: "Ruiz and Patel both said" names both, as full names do)
                else self._joint(span, entity) if entity.kind != "unnamed"
                else ()
            ),
        )

    def _plural_of_a_surname(self, words: list[Token], position: int) -> bool:
        """Whether the words are "the" and the plural of the surname of a couple named
        before ``position`` with the surname written once ("the Smiths" after "Jane and
        Robert Smith", whom the index reads as Jane Smith and Robert Smith). A plural
        surname after one person of it ("Hillary Clinton ... the Clintons") is left as
        it was: the family."""
        # (the tagger may read an unfamiliar plural surname as a singular name: "NNP")
        if len(words) != 2 or words[0].lower_ != "the" or words[1].tag_ not in ("NNP", "NNPS") or not words[1].text.endswith("s"):
            return False
        surname = words[1].text[:-1].lower()
        named = [p for p in self.people if p.kind == "person" and p.surname == surname and p.position < position]
        return any(
            a.position < b.position and a.name.split()[0] + " and " == self.text[a.position : b.position]
            for a in named for b in named
        )

    def _resolve_mention(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        """Who the words at a cue name: the span's own reading, else the short name of a
        body named before, else a bare surname."""
        given = (
            self._name_given_as_mention(span) or self._person_over_hyphened_name(span)
            or self._body_after_its_description(span)
        )
        if given is not None:
            return given, None
        found = self._which_body(span, self._resolve_span(span)) or self._org_first_word(span) or self._bare_surname(span)
        doc = span.doc
        if found is None and span.end < len(doc) and doc[span.end].tag_ == "POS":
            # `was Nadia Kessler's reply`: the owner named before a "'s" is the mention,
            # but the model may tag the name with its "'s" as one body, which the name
            # alone does not match; read with it, as the owner of given words is.
            return self._resolve_mention(doc[span.start : span.end + 1])
        return found

    def _body_named_otherwise(self, name: str, position: int) -> str | None:
        """ "The U.S. Department of State said ... The State Department said": a body's
        name that is another one named before in the article written head last or
        without its country (`country_and_body`) is that body, so one body keeps one
        label. Only a single such body, and never one of another country ("Sweden's
        Foreign Ministry" after "Norway's")."""
        country, body = _country_and_body_of(name)
        if " " not in body:
            return None  # (one word: "Acme", "the ministry" are other rules')
        found: dict[str | None, set[str]] = {}
        for org in (*self.orgs, *self.speakers):
            if org.position >= position or org.kind != "organization":
                continue
            other_country, other_body = _country_and_body_of(org.name)
            if other_body == body and (country is None or country == other_country):
                found.setdefault(other_country, set()).add(org.name)
        countries = [c for c in found if c is not None]
        if len(countries) > 1 or not found:
            return None  # (two countries' ministries: which one is not said)
        names = found[countries[0]] if countries else found[None]
        spoke = {e.name for e in self.speakers if e.kind == "organization"}
        # the one that spoke, else the fullest ("Norway's Ministry of Foreign Affairs")
        best = max(names, key=lambda n: (n in spoke, len(n)))
        return None if speaker_key(best) == speaker_key(name) else best  # (not a case or "the" apart)

    def _body_after_its_description(self, span: SpacySpan) -> Entity | None:
        """ "The mining company Norrgruv said": a name right after a body's description
        ("company", "firm", "group") that the parser joins to it is that body, though the
        model tags an unfamiliar one-word name a person. A name opening with a clear
        first name is a person ("The company Tom Hale founded said"), and a state's arm
        or a statement noun before it describes no body of this kind."""
        if span.start == 0:
            return None
        doc = span.doc
        prev = doc[span.start - 1]
        if not (prev.is_lower and prev.pos_ in ("NOUN", "ADJ")):
            return None  # (most mentions end here: one token read, no word list)
        lemma = prev.lemma_.lower()
        if (
            lemma not in lexicon.ORG_DESCRIPTIONS or lemma in lexicon.STATE_DESCRIPTIONS
            or lemma in lexicon.STATEMENT_NOUNS
        ):
            return None
        root = span.root
        if not (root.dep_ == "appos" and root.head.i == prev.i or prev.dep_ == "compound" and prev.head.i == root.i):
            return None
        if not any(d.dep_ in ("det", "poss") for d in prev.lefts):
            return None  # ("said industry group Norrgruv": no article, left to the rest)
        words = [t for t in span if t.is_alpha]
        if (
            not words or not all(t.text[:1].isupper() for t in words)
            or any(t.ent_type_ and t.ent_type_ not in PERSON_LABELS for t in words)
            or _strong_first_name(words[0].text)
        ):
            return None
        name = self.org_name(clean_name(span.text))
        return self._lookup(name, "organization") or Entity(name, "organization", span.start_char, label="ORG")

    def _person_over_hyphened_name(self, span: SpacySpan) -> Entity | None:
        """ "Moon Jae-in said": the parser reads the second half of a hyphenated given
        name ("in") as the subject, so the mention is a piece of the name ("Jae-in",
        "Moon Jae"). A mention that is a part of a person's name holding a hyphen, with
        the hyphen inside both, is that person (a mention of the whole name, or one
        outside it, is read as before)."""
        root = span.root.i  # (found once: each `Span.root` walks the span and builds a Token)
        k = bisect.bisect_right(self._ent_starts, root) - 1
        if k < 0:
            return None
        ent = self.ents[k]
        if (
            ent.label_ not in PERSON_LABELS or root >= ent.end
            or (span.start, span.end) == (ent.start, ent.end) or span.start < ent.start or span.end > ent.end
        ):
            return None
        # (not "Jane Wu - CFO"; the article's Tokens: a Span's iteration builds new ones)
        hyphens = [t.i for t in self._toks[ent.start : ent.end] if _joining_hyphen(t)]
        if not hyphens or not any(span.start - 1 <= h <= span.end for h in hyphens):
            return None
        return next((p for p in self.people if p.position == ent.start_char and p.kind == "person"), None)

    def _country_named_before(self, plural: str, position: int) -> Entity | None:
        """ "Germany beat Portugal ... The Germans said", "Russia and Ukraine met ... The
        Russians said": a nation's people in the plural speak for the country (its team,
        its government) the article named before, so the words go to that speaker and
        not to a body called "Germans". None when the article named no such country."""
        country = lexicon.DEMONYM_COUNTRIES.get(plural[:-1]) if plural.endswith("s") else None
        if country is None:
            return None
        named = [
            o for o in self.orgs
            if o.position < position and o.label == "GPE" and o.name.lower().removeprefix("the ") == country
        ]
        return max(named, key=lambda o: o.position) if named else None

    def _seat_of_government(self, span: SpacySpan) -> Entity | None:
        """ "Downing Street said", "Whitehall said", "The Elysee said": a seat of
        government speaks for the government working there, a body -- not a person the
        untagged capitalised run would otherwise be read as. Not when the article names
        a person by it ("Ruth Whitehall ... Whitehall said")."""
        name = self._text_of(span).strip(" ,.")
        if name[:4].lower() == "the ":
            name = name[4:]
        key = name.lower()
        if key not in lexicon.GOVERNMENT_SEATS or not name[:1].isupper():
            return None
        if any(p.surname == key for p in self.people if p.kind == "person"):
            return None
        return Entity(name, "organization", span.start_char, label="ORG")

    def _call_label(self, line: int, span: SpacySpan) -> Entity | None:
        """`Jane Wu - CFO` on a line of its own (an earnings call's speaker line): the
        name is a person, though the model may tag name, dash and office as one."""
        end = self.text.find("\n", span.end_char)
        m = CALL_LABEL.match(self.text, line, end if end >= 0 else len(self.text))
        if m is None or m.span("label") != (span.start_char, span.end_char) or not CALL_ROLE.search(m.group("role")):
            return None
        name = m.group("label")
        return self._lookup(name, "person") or self._add_person(name, span.start_char)

    def _possessor_speaks(self, span: SpacySpan, head: Token) -> tuple[Entity, str | None] | None:
        """The speaker that owns ``head``, the noun of words given out or carried ("Ada
        Ruiz's reply", "the party's banner"), resolved as a mention of its own; None
        with no possessor before the noun or none that resolves."""
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        if owner is None or owner.i >= head.i:
            return None
        resolved = self._resolve_span(span.doc[owner.left_edge.i : owner.i + 1])
        if resolved is None and owner.right_edge.i > owner.i:
            # With its "'s": the model may tag "The Health Ministry's" as one body.
            resolved = self._resolve_span(span.doc[owner.left_edge.i : owner.right_edge.i + 1])
        return resolved

    def _resolve_span(self, span: SpacySpan) -> tuple[Entity, str | None] | None:
        span = self._body_begun_by(span)
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
        # (the mention's words sliced from the text once: `Span.text` builds a Token per
        # word and joins their texts anew at each read)
        span_text = self._text_of(span)
        if (
            (
                span_text in ANSWER_LABELS and self.text[span.end_char : span.end_char + 1] == ":"
                # "A. Fuel prices doubled": the label and its stop are one token
                or span_text == "A." and self.text[span.end_char : span.end_char + 1] in (" ", "\t")
            )
            and not self.text[line : span.start_char].strip()
            and self._answer_label(span.start_char)
        ):
            # An interview's "A:" turn: the one interviewed answers.
            found = self._interviewee(span.start_char)
            return (found, None) if found is not None else None
        if self.text[span.end_char : span.end_char + 1] == ":" and (
            span_text.isupper()
            or hansard_label(span_text)
            or not self.text[line : span.start_char].strip() and not any(t.ent_type_ == "PERSON" for t in self._toks[span.start : span.end])
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
        if not self.text[line : span.start_char].strip():
            called = self._call_label(line, span)
            if called is not None:
                return called, None
        # (the words read only when the text has a "the": most mentions have none)
        words = [t for t in self._toks[span.start : span.end] if not t.is_punct] if "the" in self._text_of(span).lower() else []
        if (
            len(words) == 2 and words[0].lower_ == "the" and words[1].lower_ in lexicon.DEMONYM_NOUNS
            and words[1].ent_type_ == "NORP"
        ):
            # "Mei Tanaka lost. The Japanese said": a nationality the model tags a group
            # continues the person the sentence before is about, when there is one;
            # otherwise it is the nation ("the Japanese said talks would go on").
            person = self._from_the_country(words[1].lower_, span.start_char) or self._one_before(span.start_char)
            if person is not None:
                return person, None
        if len(words) == 2 and words[0].lower_ == "the" and words[1].tag_ == "NNPS" and words[1].ent_type_ == "NORP":
            country = self._country_named_before(words[1].lower_, span.start_char)
            if country is not None:
                return country, None
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
        if (
            head.pos_ == "NOUN" and head.is_lower and span[0].lower_ == "the"
            and any(c.dep_ == "relcl" and UNNAMED_BY_CHOICE.search(self._text_of(c.doc[c.left_edge.i : c.right_edge.i + 1]))
                    for c in head.children)
        ):
            # "The coach, who asked not to be named, said": the text says it withholds
            # the name, so no one named before is meant (the midfielder the story is
            # about is no coach): an unnamed "Coach".
            return Entity(head.text[:1].upper() + head.text[1:], "unnamed", span.start_char), None
        if self._pair_mention(span):
            # "Karl Brenner and Jonas Alt ... The two men said", "Both said", "The
            # couple said", "The Fowlers said": the people just joined by "and" as a
            # subject, as "they" would be (the others join the first: `_joint`).
            pair = self._named_people_joined(span.start_char, pair=True)
            if pair is not None:
                return pair, None
        if self._plural_of_a_surname(words, span.start_char):
            # "Jane and Robert Smith bought a house. The Smiths said", the pair misparsed
            # (no "and" joins two heads): the couple, not one person "Smiths"; as the
            # README has it for a plural surname after a misparsed pair, unresolved.
            return None
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
        if head.lemma_.lower() in lexicon.SIGN_NOUNS:
            # "the party's banner read:", "her placard said": a sign speaks for its owner.
            owned = self._possessor_speaks(span, head)
            if owned is not None:
                return owned
        if head.lemma_.lower() in lexicon.GIVEN_WORDS_NOUNS:
            # "Ada Ruiz's reply was short:", "her statement said": words someone gave
            # out are theirs; the possessor speaks.
            owned = self._possessor_speaks(span, head)
            if owned is not None:
                return owned
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
        seat = self._seat_of_government(span)
        if seat is not None:
            return seat, None
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
        member = head.text[:-1] if head.text.endswith("s") else head.text
        if member in lexicon.ROLE_ABBREVIATIONS:
            # "The Labour MP said": an office (the model tags "MP" a proper noun, and
            # "MPs" a person): the member the text is about, else an unnamed "MP";
            # "Several MPs", "one Labour MP" are members nobody names.
            described = self._description(span) if span[0].lower_ == "the" and member == head.text else None
            return described or (Entity(head.text, "unnamed", span.start_char), None)
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

    def _body_begun_by(self, span: SpacySpan) -> SpacySpan:
        """ "Argyll and Lorne council said", parsed as "Argyll" joined to "council": a
        mention that only opens a body's name the entity fixes made whole (a council
        named after two places, `entities._councils_of_two_places`) is that body."""
        if not span or span[-1].i + 1 >= len(self.doc) or self.doc[span[-1].i + 1].lower_ != "and":
            return span
        for ent in self.ents:
            if ent.start == span.start and ent.end > span.end and ent.label_ == "ORG":
                return ent
            if ent.start > span.start:
                break
        return span


#: "the former said", "the latter said": the first or second of the two names before.
ORDINAL_REFERENCES = frozenset({"former", "latter"})

# A relative clause that withholds a name: "who asked not to be named", "who cannot be
# identified for legal reasons", "who spoke on condition of anonymity".
UNNAMED_BY_CHOICE = re.compile(
    r"\b(?:not|cannot|can't|declined|refused)\b[\w\s']{0,30}?\bbe\s+(?:named|identified)\b|\banonym",
    re.I,
)


def _described_people(head: Token) -> str | None:
    """ "Those familiar with the plan said", "those surveyed say", "those who attended
    said": "those" with a description after it is people nobody names, an unnamed
    group ("Those familiar", "Those surveyed"); "those" alone points back to a noun."""
    if head.lower_ != "those" or head.pos_ != "PRON":
        return None
    word = _upper_first(head.text)
    for child in head.rights:
        if child.dep_ in ("amod", "acl") and child.is_alpha:
            return f"{word} {child.lower_}"
        if child.dep_ == "relcl":
            return word
    return None


def _spokesperson_gender(word: str) -> str | None:
    """The gender a spokesperson noun gives: "spokesman" m, "spokeswoman" f, else None."""
    return "f" if word.endswith("woman") else "m" if word.endswith("man") else None


def _before_whose(span: SpacySpan) -> SpacySpan:
    """ "Marta Lindqvist, whose son Oskar works at the bank, said": a mention the parser
    ran on into a "whose" clause names its speaker before the comma; a name inside the
    clause (the son) is someone the speaker is described by."""
    doc = span.doc
    # (the article's Tokens, listed once: `doc[i]` and `span[1:]` build new ones)
    toks = tokens(doc)
    for tok in toks[span.start + 1 : span.end]:
        if tok.lower_ == "whose" and tok.i - 1 > span.start and toks[tok.i - 1].text == ",":
            return doc[span.start : tok.i - 1]
    return span


def _capitalised_acronym(span: SpacySpan) -> bool:
    """Is ``span`` ("WHO", "the US") a pronoun's letters written as an acronym: two or
    more capitals alone (or after "the"), in a sentence with lowercase words?"""
    head = span.root
    if len(head.text) < 2 or not head.text.isupper() or not head.is_alpha:
        return False
    if not all(t.i == head.i or t.lower_ == "the" for t in span):
        return False
    return any(t.is_alpha and t.text.islower() for t in head.sent)

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
    if len(words) > 1 and words[-1].lower() in ("who", "that", "which"):
        # "Tom Reyes, a lawyer who has argued": the relative pronoun closing the mention
        # (`mentions._named_by_apposition`) is no part of the role
        words = words[:-1]
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
    # An item that ends with neither a speaker nor a cue attributes nothing to anyone
    # (a quotation continuing an item that had no speaker either, or one whose "said"
    # a stray character broke): the contract stores only items with one of them.
    out = [
        resolver.as_written(q)
        for q in out
        if q.speaker or q.speaker_mention is not None or q.cue is not None
    ]
    if resolver._pronoun_people:
        # "Mokoena said ... 'We are on track,' she added": the tagger called the surname a
        # body, the "she" that goes back to it says it is a person, for every item.
        out = [
            replace_quote(q, speaker_kind="person")
            if q.speaker in resolver._pronoun_people and q.speaker_kind == "organization" else q
            for q in out
        ]
    return out


def _it_acts(quote: Quote) -> bool:
    """Reported words whose subject is "it" doing something ("it expected to sell", "it
    would appeal"): a body's words about itself. Not an "it" that only describes ("it was
    an honour"), which a person says as well."""
    words = quote.content.text.split()
    return (
        quote.type == "indirect" and len(words) > 1 and words[0].lower() == "it"
        and words[1].lower() not in lexicon.IT_DESCRIBING_WORDS
    )
