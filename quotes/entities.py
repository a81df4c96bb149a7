"""Correcting the model's named entities before any speaker is resolved (``corrected_entities``).

The small model cuts names at commas and hyphens, runs datelines and headline verbs into
them, misses first names and nicknames, and tags people as bodies and bodies as people.
Each step here mends one such slip on the entity list; every later rule reads the
corrected entities, so the repairs live in one place and run once per document.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, IS_SPACE, LOWER, ORTH
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotes import lexicon
from quotes.doccolumns import column, entities, kids, tokens, tokens_ending_in
from quotes.doctext import doc_text
from quotes.extract import (
    abbreviation_stop,
    hashes_in,
)
from quotes.index import COMMON_GIVEN_NAME
from quotes.marks import datelines, is_quote_char, paragraphs
from quotes.nameshapes import (
    BODY_NAME_ENDINGS,
    HONORIFIC_SUFFIX,
    NICKNAME_MARKS,
    ORG_LABELS,
    PERSON_LABELS,
    _after_title,
    _bearers,
    _clear_first_name,
    _common_word,
    _cue_as_name,
    _headline_phrase,
    _hyphenated_given,
    _joining_hyphen,
    _label_word,
    _name_genders,
    _org_like,
    _org_shaped,
    _personal_noun,
    _place_shaped,
    _plain,
    _rare_as_a_name,
    _role_word,
    _singular_form,
    _strong,
    _strong_first_name,
    _tagged_first_name,
    _title_cased,
    clean_name,
    first_name_gender,
)
from quotes.patterns import hash_table

#: `PERSON_LABELS` as the label hashes a Span keeps (`Span.label`): `Span.label_` looks
#: the string up in the vocabulary and decodes it anew on every read, and the steps of
#: `corrected_entities` test every entity's label, step after step.
_PERSON_IDS = frozenset(get_string_id(label) for label in PERSON_LABELS)
# (so for the label sets the steps test first on every entity)
_PERSON_BODY_PLACE_IDS = frozenset(map(get_string_id, (*PERSON_LABELS, "ORG", "GPE", "LOC", "NORP")))
_PERSON_ORG_PLACE_IDS = frozenset(map(get_string_id, (*PERSON_LABELS, "ORG", "GPE", "LOC")))
_PERSON_OR_BODY_IDS = frozenset(map(get_string_id, (*PERSON_LABELS, *ORG_LABELS)))
_PERSON_OR_ORG_IDS = frozenset(map(get_string_id, (*PERSON_LABELS, "ORG")))
_NAMED_IDS = frozenset(map(get_string_id, (*PERSON_LABELS, *ORG_LABELS, "GPE", "LOC", "FAC")))
_ORG_PLACE_IDS = frozenset(map(get_string_id, ("ORG", "GPE", "LOC")))
_BODY_PLACE_IDS = frozenset(map(get_string_id, ("ORG", "GPE", "LOC", "NORP", "FAC")))
_BODY_PLACE_PRODUCT_IDS = frozenset(map(get_string_id, ("ORG", "GPE", "LOC", "NORP", "PRODUCT", "FAC")))
_BODY_OR_PRODUCT_IDS = frozenset(map(get_string_id, ("ORG", "GPE", "NORP", "PRODUCT")))
_WORK_IDS = frozenset(map(get_string_id, ("WORK_OF_ART", "PRODUCT")))
_ORG_ID = get_string_id("ORG")
#: The words `_skips` looks for, as sorted tables of string hashes (`column` gives
#: hashes, and `hashes_in` searches a table in C, reading no string): the surname
#: particles as written, the Gaelic and Welsh surname openers
#: `_capitalised_surname_opener` takes (no lone "o"), and the kin nouns with the plurals
#: `_singular_form` brings back to one.
_PARTICLE_TABLE = numpy.array(sorted(set(map(get_string_id, lexicon.SURNAME_PARTICLES))), dtype=numpy.uint64)
_OPENER_TABLE = numpy.array(
    sorted({get_string_id(w) for w in lexicon.SURNAME_OPENERS if w != "o"}), dtype=numpy.uint64
)
_KIN_TABLE = numpy.array(
    sorted({
        get_string_id(form)
        for kin in lexicon.KIN_NOUNS
        for form in (kin, kin + "s", kin[:-1] + "ies")
        if form == kin or _singular_form(form) == kin
    }),
    dtype=numpy.uint64,
)
#: A Japanese honorific after a hyphen anywhere in a text: where there is none, no
#: entity's text ends in one (`HONORIFIC_SUFFIX`).
_HYPHENED_HONORIFIC = re.compile(rf"-(?:{'|'.join(sorted(lexicon.JAPANESE_HONORIFIC_SUFFIXES))})")


def _conjuncts(root: Token) -> list[Token]:
    """The nouns joined to ``root`` by "and" ("A, B and C": B and C), in order; none
    when the list is joined by "or"/"nor" (one of them, not all, said it)."""
    out: list[Token] = []
    tok = root
    while True:
        # (the article's children lists: `Token.children` builds new Tokens at each read)
        conj = next((c for c in kids(tok) if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN", "PRON")), None)
        if conj is None:
            break
        out.append(conj)
        tok = conj
    if not out:
        return []
    joiners = {c.lower_ for t in [root, *out] for c in kids(t) if c.dep_ == "cc"}
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
    skip = _skips(doc)
    steps: tuple[Callable[[list[SpacySpan]], list[SpacySpan]], ...] = (
        # spans: cut, joined and extended into whole names
        lambda e: _names_after_commas(doc, e),
        lambda e: _outside_datelines(doc, text, e),
        _stops_out,
        _suffixes_after_commas,
        _post_nominals_out,
        _cut_at_verbs,
        _role_modifiers_out,
        _names_before_of,
        _names_before_headline_verbs,
        lambda e: _headline_words_out(text, e, words),
        lambda e: _common_word_headings_out(text, e, words),
        lambda e: _nicknamed(doc, e),
        lambda e: _cues_out(e, cues),
        lambda e: _hyphenated_given_names(doc, e),
        lambda e: _family_first_hyphened_names(doc, e, words),
        lambda e: _hyphenated_surnames(doc, e),
        lambda e: _names_across_spaces(doc, e),
        lambda e: _names_across_line_breaks(doc, text, e),
        lambda e: _patronymic_names(doc, text, e),
        lambda e: e if skip[_apostrophe_surnames] else _untagged_apostrophe_names(doc, e),
        lambda e: e if skip[_apostrophe_surnames] else _apostrophe_surnames(e),
        lambda e: e if skip[_names_over_particles] else _names_over_particles(doc, e),
        lambda e: _names_over_portuguese_do(doc, e),
        lambda e: _surnames_after_closing_particles(doc, e),
        lambda e: _names_split_in_one_compound(doc, e),
        lambda e: _untagged_surnames(doc, text, e),
        lambda e: _second_surnames(doc, text, e),
        lambda e: _with_first_names(doc, e, words),
        lambda e: _people_by_initials(doc, e, words),
        lambda e: _first_halves_of_given_names(doc, e),
        lambda e: _with_family_names_first(doc, e),
        lambda e: _saints_institutions(doc, text, e),
        # labels: people and bodies told apart on the whole names
        lambda e: e if skip[_bodies_over_particles] else _bodies_over_particles(doc, e),
        lambda e: _bodies_joined_by_particles(doc, e),
        lambda e: _councils_of_two_places(doc, e),
        lambda e: _people_by_apposition(doc, e),
        lambda e: _people_by_age(doc, e),
        lambda e: e if skip[_people_by_kin] else _people_by_kin(e),
        _people_by_honorific,
        lambda e: e if skip[_people_by_honorific_suffix] else _people_by_honorific_suffix(e),
        lambda e: _people_by_titled_surname(text, e),
        _short_names_of_bodies,
        lambda e: _surnames_after_first_names(doc, e),
        lambda e: _speakers_tagged_as_works(doc, words, e),
        lambda e: _bodies_by_apposition(doc, e),
        _bodies_after_descriptors,
        lambda e: _bodies_named_by_their_last_word(doc, e),
        lambda e: _untagged_company_subjects(doc, e),
        lambda e: _untagged_business_subjects(doc, e),
    )
    ents = list(entities(doc))  # (the model's, read once and shared with the extractor)
    for step in steps:
        ents = step(ents)
    return ents


def _skips(doc: Doc) -> dict[Callable[..., list[SpacySpan]], bool]:
    """The steps of `corrected_entities` that cannot change this document's entities,
    told from the words it holds (the ORTH and LOWER columns of string hashes): each of
    these steps needs a word of a short list somewhere in the text, and without one it
    only walked the entity list, building Tokens, to return it as it was. (Each list is
    searched for in a column by `hashes_in`: making the columns sets of Python ints, as
    before, cost more than the five tests.)"""
    lowers = column(doc, LOWER)
    text = doc_text(doc)
    particles = bool(hashes_in(column(doc, ORTH), _PARTICLE_TABLE).any())
    return {
        # a merge needs a particle in the gap or ending the first name, or a Gaelic opener
        _names_over_particles: not particles and not hashes_in(lowers, _OPENER_TABLE).any(),
        # a body becomes a person only over a particle among its words
        _bodies_over_particles: not particles,
        _people_by_kin: not hashes_in(lowers, _KIN_TABLE).any(),
        # (an entity's text is the document's from its first to its last character)
        _people_by_honorific_suffix: _HYPHENED_HONORIFIC.search(text) is None,
        # a one-word O'/D' surname: its text is the document's (and the O'/D' surname
        # `_untagged_apostrophe_names` looks for is one token's whole text)
        _apostrophe_surnames: APOSTROPHE_SURNAME.search(text) is None,
    }



# Text that can hold a space token without a line break: doubled or leading spaces,
# tabs, no-break and other odd spaces, invisible format characters. Text without any
# skips the token scan below (a Token object per word: a tenth of the resolver's time).
# `_has_odd_space` asks it as a leading space, a doubled space (`str` tests) and these
# two one-character classes: a search for a single character class runs in a tight C
# loop, where one pattern holding the four alternatives entered the regex matcher at
# every space of the article.
_OTHER_SPACE = re.compile(r"[^\S \n]")
_INVISIBLE_FORMAT = re.compile(f"[{re.escape(lexicon.INVISIBLE_FORMAT_CHARS)}]")


def _has_odd_space(text: str) -> bool:
    """``text`` opens on a space, or holds two spaces in a row, a space other than " "
    and a line break (a tab, a no-break space), or an invisible format character. (Two
    whitespace characters in a row without a line break are two spaces or hold another
    space.)"""
    return (
        text[:1].isspace()
        or "  " in text
        or _OTHER_SPACE.search(text) is not None
        or _INVISIBLE_FORMAT.search(text) is not None
    )


#: A line break inside a sentence, between two letters (a hard-wrapped line).
_WRAPPED_LINE = re.compile(r"[^\W\d_][^\S\n]*\n[^\S\n]*[^\W\d_]")
#: `_WRAPPED_LINE` from its line break on: the search can jump from one line break to
#: the next, where one opening on a letter tries every letter of the text.
_BREAK_THEN_LETTER = re.compile(r"\n[^\S\n]*[^\W\d_]")
_LETTER = re.compile(r"[^\W\d_]")
_LINE_SPACE = re.compile(r"[^\S\n]")


def _has_wrapped_line(text: str) -> bool:
    """Whether `_WRAPPED_LINE` occurs in ``text``: a line break with a letter after it
    (`_BREAK_THEN_LETTER`) whose line ends on a letter and spaces (looked at backwards,
    from the break). Same answer, a sixth of the time: articles are mostly letters and
    have a few dozen line breaks."""
    for found in _BREAK_THEN_LETTER.finditer(text):
        before = found.start() - 1
        while before >= 0 and _LINE_SPACE.match(text, before):
            before -= 1
        if before >= 0 and _LETTER.match(text, before):
            return True
    return False


def _names_across_line_breaks(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "criticised by Lavinia\nThistlewood, the head of ...": a hard-wrapped line cuts a
    name after its first name, the newline is a token of its own and the model names the
    halves apart, as bodies, or only one of them. A one-word entity on either side of a
    single line break, the proper noun on the other side, and a clear first name opening
    the two are one person (a double-barrelled surname whole). A paragraph break (a blank
    line) never joins; nor does a word that is no clear first name (a headline's last
    word over a story's first line)."""
    if not _has_wrapped_line(text):
        return ents
    runs: list[SpacySpan] = []
    for ent in ents:
        if ent.label not in _PERSON_BODY_PLACE_IDS:
            continue
        words = [t for t in ent if not t.is_space]
        if len(words) == 1 and _line_break(doc, words[0].i + 1) and words[0].i + 2 < len(doc):
            first, last = words[0], doc[words[0].i + 2]  # the entity is the first name
        elif _one_name_word(words) and _line_break(doc, words[0].i - 1) and words[0].i >= 2:
            first, last = doc[words[0].i - 2], words[0]  # the entity is the surname
        else:
            continue
        if not (_wrapped_name_word(first) and _wrapped_name_word(last)):
            continue
        if first_name_gender(f"{first.text} {last.text}") is None:
            continue
        end = last.i + 1
        while end + 1 < len(doc) and _joining_hyphen(doc[end]) and _wrapped_name_word(doc[end + 1]):
            end += 2  # (a double-barrelled surname: "Thistlewood-Grey")
        runs.append(SpacySpan(doc, first.i, end, label="PERSON"))
    if not runs:
        return ents
    covered = {k for r in runs for k in range(r.start, r.end)}
    kept = [e for e in ents if not any(k in covered for k in range(e.start, e.end))]
    return sorted(kept + [r for k, r in enumerate(runs) if r not in runs[:k]], key=lambda e: e.start)


#: A name word: capitalised, then lowercase letters (accents and apostrophes allowed).
_NAME_WORD = r"[A-Z\u00c0-\u00de][a-z\u00df-\u00ff'\u2019]+"
#: The lowercase words that link a name to a father's ("bin Humaid"): those of
#: `lexicon.PATRONYMIC_PARTICLES` that are read as one here.
_PATRONYMIC_LINKS = ("bin", "ibn", "bint", "ben", "ould")
#: "Rashed bin Humaid al-Sharqi", "Mohamed ould Abdallahi": one or two given names, one
#: or more "bin <father>" links and an optional "al-" family name.
_PATRONYMIC_NAME = re.compile(
    rf"\b{_NAME_WORD}(?: {_NAME_WORD})?(?: (?:{'|'.join(_PATRONYMIC_LINKS)}) {_NAME_WORD})+"
    rf"(?: (?:al|el|Al|El)-{_NAME_WORD})?(?![\w-])"
)


def _patronymic_names(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Port\n\nSheikh Rashed bin Humaid al-Sharqi opened ..." with only "al-Sharqi"
    tagged (a body): a name built with "bin" (a given name, the father's after "bin", a
    family name after "al-") is one person's whole name, whatever the model tagged in
    it, so a later "Sheikh Rashed said" finds it. Titles before it stay out; a person
    entity that already holds it is kept."""
    if not any(f" {link} " in text for link in _PATRONYMIC_LINKS):
        return ents  # (the regex needs one of them, a space on either side)
    added = []
    for m in _PATRONYMIC_NAME.finditer(text):
        span = doc.char_span(m.start(), m.end(), label="PERSON")
        if span is None:
            continue
        lead = span.start
        while lead < span.end - 3 and _no_given_name(doc[lead]):
            lead += 1  # "Sheikh", "On Sunday": no part of the name
        span = SpacySpan(doc, lead, span.end, label="PERSON")
        if len(span) < 3 or _no_given_name(span[0]):
            continue
        if any(e.label in _PERSON_IDS and e.start <= span.start and span.end <= e.end for e in ents):
            continue
        added.append(span)
    if not added:
        return ents
    kept = [e for e in ents if not any(e.start < a.end and a.start < e.end for a in added)]
    return sorted(kept + added, key=lambda e: e.start)


def _no_given_name(tok: Token) -> bool:
    """A capitalised word before a name that is none of it: a title, a function word, a
    date or a place ("Sheikh", "On", "Sunday", "Dubai")."""
    return (
        tok.lower_ in lexicon.TITLE_WORDS or tok.is_stop or tok.pos_ != "PROPN"
        or tok.ent_type_ in ("DATE", "TIME", "GPE", "NORP", "LOC")
    )


def _one_name_word(words: list[Token]) -> bool:
    """One word, or words joined by hyphens with no space ("Elsworth-Grey")."""
    return len(words) % 2 == 1 and all(
        (t.text == "-") == (k % 2 == 1) and (k % 2 == 0 or not words[k - 1].whitespace_ and not t.whitespace_)
        for k, t in enumerate(words)
    )


def _line_break(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is the space token of one line break (no blank line)."""
    return 0 <= i < len(doc) and doc[i].is_space and doc[i].text.strip(" \t") == "\n"


def _wrapped_name_word(tok: Token) -> bool:
    """A capitalised proper noun that can carry on a name (no title word)."""
    return (
        tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper()
        and tok.lower_ not in lexicon.TITLE_WORDS
    )


def _names_across_spaces(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """Person names whose words a no-break or doubled space separates.

    The tokenizer makes "Tomas\u00a0Vrba" or "Marta  Kiel" three tokens, the middle one
    a space, and the tagger then names only one of the words ("Tomas"), or calls the
    first a place: a capitalised proper noun joined to a person entity by a same-line
    space token is part of that person's name (title words stay outside).
    """
    if not _has_odd_space(doc_text(doc)):
        return ents
    # The space tokens within a line, picked from the array (iterating the Doc builds
    # every Token) and asked by `joins` as a set: it is asked on both sides of every
    # name, and a Token built for each answer cost more than the rest of the step.
    spaces = {i for i in numpy.flatnonzero(column(doc, IS_SPACE)).tolist() if "\n" not in doc[i].text}
    if not spaces:
        return ents

    def joins(space: int, word: int) -> bool:
        return (
            0 <= word < len(doc)
            and space in spaces
            and doc[word].pos_ == "PROPN"
            and doc[word].text[:1].isupper()
            and doc[word].lower_.strip(".") not in lexicon.TITLE_WORDS
        )

    runs: list[SpacySpan] = []
    for ent in ents:
        if ent.label not in _PERSON_ORG_PLACE_IDS:
            continue
        s, e = ent.start, ent.end
        while e < len(doc) and joins(e, e + 1):
            e += 2
        while s >= 2 and joins(s - 1, s - 2):
            s -= 2
        if (s, e) == (ent.start, ent.end):
            continue
        words = " ".join(t.text for t in doc[s:e] if not t.is_space)
        if ent.label not in _PERSON_IDS and (
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


@functools.cache
def _nickname_mark_hashes() -> numpy.ndarray:
    """String hashes of the marks and brackets `_nicknamed` looks for, sorted for
    `hashes_in` (``numpy.isin`` sorted the document's whole ORTH column on every call)."""
    return hash_table((*NICKNAME_MARKS, "(", ")"))


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
    orth = column(doc, ORTH)
    at = numpy.flatnonzero(hashes_in(orth, _nickname_mark_hashes())).tolist()
    closing = set(at)
    # (a nickname of one word or two: 'Dwayne "The Rock" Johnson')
    opens = [(i - 1, n) for i in at for n in (1, 2) if 0 < i < len(doc) - 2 - n and i + 1 + n in closing]
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    for i, n in opens:
        first, open_, *nick, close, last = toks[i : i + 4 + n]
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
        if any(e.label in _PERSON_IDS and e.start == i and e.end >= i + 4 + n for e in ents):
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
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    # (each test below needs a hyphen token at a given place: the places of the hyphens
    # read once, the tests asked only where one stands)
    hyphens = set(_hyphen_positions(doc))
    for ent in ents:
        if ent.label not in _PERSON_IDS or not hyphens:
            out.append(ent)
            continue
        if ent.start - 2 in hyphens and _hyphenated_given_before(doc, ent):
            # "Soo-jin Kim" with only "Kim" tagged: the known given name before it joins.
            out.append(SpacySpan(doc, ent.start - 3, ent.end, label=ent.label_))
            continue
        e = ent.end
        if e in hyphens and e + 1 < len(doc) and toks[e + 1].is_alpha and _hyphenated_given(doc, e - 1):
            e += 2  # "Ji" tagged, "-woo" left outside
        elif not (len(ent) >= 3 and e - 2 in hyphens and _hyphenated_given(doc, e - 3)):
            out.append(ent)  # ("Koch-backed", "Clinton-era": no name)
            continue
        sur = toks[e] if e < len(doc) else None
        if (
            sur is None
            or not toks[e - 1].whitespace_
            or "\n" in toks[e - 1].whitespace_
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
            if ent.label in _PERSON_IDS and ent.end > merged[-1].end:
                merged[-1] = ent  # (never happens in order; kept for safety)
            continue  # "Han" (NORP) inside the widened "Ji-woo Han"
        merged.append(ent)
    return merged


_HYPHEN_ID = get_string_id("-")


def _hyphen_positions(doc: Doc) -> list[int]:
    """The indices of the article's "-" tokens, from the ORTH column: the hyphenated-name
    steps ask their name tests only there."""
    return numpy.flatnonzero(column(doc, ORTH) == _HYPHEN_ID).tolist()


def _family_first_hyphened_names(
    doc: Doc, ents: list[SpacySpan], vocabulary: frozenset[str] | None = None
) -> list[SpacySpan]:
    """ "Moon Jae-in", "Park Geun-hye": a common family name written first
    (`lexicon.FAMILY_FIRST_SURNAMES`) and a hyphenated word the name data knows as a
    first name, with no proper noun after it, is one person. The small model often
    leaves it untagged, or tags "Moon Jae", when the second half is an English word
    ("in"): the parser then reads "in" as the subject and the name is lost, and a later
    "Moon said" finds no full name. Only where no other kind of entity lies on it.
    A given name the name data lacks ("Suk-yeol") counts when the model tagged the
    family name and the first half a person ("Yoon Suk") and the second half is no
    English word ("Koch-backed", "Clinton-era" are no names)."""
    hyphens = _hyphen_positions(doc)
    if not hyphens:
        return ents
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    n = len(doc)
    out = list(ents)
    tagged = {(e.start, e.end) for e in ents if e.label in _PERSON_IDS}
    for h in hyphens:
        if not 2 <= h < n - 1:
            continue
        fam, end = toks[h - 2], h + 2
        if (
            fam.whitespace_ != " " or not fam.is_alpha or not fam.text[:1].isupper() or not fam.text[1:].islower()
            or _plain(fam.text) not in lexicon.FAMILY_FIRST_SURNAMES
            or not toks[h + 1].text.islower()
            or end < n and toks[h + 1].whitespace_ and toks[end].pos_ == "PROPN" and toks[end].text[:1].isupper()
        ):
            continue  # ("Min-jun Kim": a Western-order name, a surname after it)
        # (the family name first: the given name's test asks the name data)
        if not _hyphenated_given(doc, h - 1) and not (
            (h - 2, h) in tagged and vocabulary is not None and _joining_hyphen(toks[h])
            and toks[h + 1].is_alpha and toks[h + 1].text not in vocabulary and toks[h - 1].is_alpha
        ):
            continue
        over = [e for e in out if e.start < end and e.end > h - 2]
        if any(e.label not in _PERSON_IDS or e.start < h - 2 or e.end > end for e in over):
            continue
        out = [e for e in out if e not in over]
        out.append(SpacySpan(doc, h - 2, end, label="PERSON"))
        out.sort(key=lambda e: e.start)
    return out


def _hyphenated_given_before(doc: Doc, ent: SpacySpan) -> bool:
    """Whether a one-word person entity has right before it, outside any entity, a
    hyphenated word ("Soo-jin", "Jean-Luc") the name data knows as a first name, with a
    capital at its start: a given name the model left out of the name."""
    s = ent.start
    if len(ent) != 1 or s < 3:
        return False
    toks = tokens(doc)  # (the article's Tokens, built once)
    first, dash, second = toks[s - 3], toks[s - 2], toks[s - 1]
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
    that word in -- unless the whole modifies a noun ("the Clinton-Kaine ticket"); a
    person's full name with nothing capitalised after it is one name even then
    (`_full_name_before_hyphen`)."""
    out: list[SpacySpan] = []
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    for ent in ents:
        e = ent.end
        if (
            # (or a one-word "place" or "body": "Olumide Bakare-Ojo" with "Bakare" a GPE)
            (ent.label in _PERSON_IDS or len(ent) == 1 and ent.label_ in ("ORG", "GPE", "LOC", "NORP"))
            and e + 1 < len(doc)
            and _joining_hyphen(toks[e])
            and toks[e + 1].is_alpha
            and toks[e + 1].text[:1].isupper()
            and not toks[e + 1].text.isupper()
            and toks[e + 1].ent_type_ in ("", "PERSON")
            and not (
                toks[e + 1].dep_ in ("compound", "amod", "nmod") and toks[e + 1].head.i > e + 1
                and not _full_name_before_hyphen(doc, ent)
            )
        ):
            ent = SpacySpan(doc, ent.start, e + 2, label=ent.label_)
        if out and ent.start < out[-1].end:
            continue  # (a person after the hyphen, now taken into the name)
        out.append(ent)
    return out


def _full_name_before_hyphen(doc: Doc, ent: SpacySpan) -> bool:
    """ "Professor Thandeka Mabhida-Lorne studies coral", parsed with "Lorne" compounded
    onto "studies" as a noun: a person's name of two words or more, the hyphened word
    ending it (no capitalised word after), is one name, not a pair modifying a noun as
    the surnames of "the Clinton-Kaine ticket" are."""
    after = ent.end + 2
    return (
        ent.label in _PERSON_IDS and len(ent) >= 2
        and (after >= len(doc) or not doc[after].text[:1].isupper())
    )


#: Punctuation that ends a sentence or clause: no name ends with it as a token of its own.
CLAUSE_STOPS = frozenset(".,;:!?")


def _stops_out(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "said nurse Colin Fry." at a paragraph's end: the model can take the full stop, a
    token of its own, into the name, which is then shown as "Colin Fry." and kept apart
    from "Colin Fry". The full stop of an abbreviation ("Jr.", "Inc.", or "Sr." split in
    two tokens) stays."""
    out = []
    toks = tokens(ents[0].doc) if ents else []  # (the article's Tokens, built once)
    for ent in ents:
        end = ent.end
        while end - ent.start > 1 and toks[end - 1].text in CLAUSE_STOPS and not abbreviation_stop(toks[end - 1]):
            end -= 1
        out.append(ent if end == ent.end else SpacySpan(ent.doc, ent.start, end, label=ent.label_))
    return out


def _cut_at_verbs(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "The Ministry of Water hired Tomas Vrba" tagged one organisation: a name holds no
    verb in lowercase, so the entity ends before it (the words after it are left to be
    read again: "Tomas Vrba" is a person). A surname particle between capitalised words
    is no verb, though the tagger reads "dos" in "Maria dos Anjos" as one ("does")."""
    out = []
    toks = tokens(ents[0].doc) if ents else []  # (the article's Tokens, built once)
    for ent in ents:
        if ent.label not in _PERSON_OR_BODY_IDS:
            out.append(ent)  # (dates, numbers ...: their words need not be read)
            continue
        cut = next(
            # (the lowercase test first: a name's words mostly fail it, and it reads no string;
            # the words from the article's Tokens, not `ent[1:]`: a Span slice builds a Span,
            # and Tokens for its offsets, before any word is read)
            (
                t.i for t in toks[ent.start + 1 : ent.end]
                if t.is_lower and t.tag_.startswith("VB") and t.is_alpha and not _inner_particle(t, ent)
            ),
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
    people = {i for e in ents if e.label in _PERSON_IDS for i in range(e.start, e.end)}
    out = []
    for ent in ents:
        if ent.label in _PERSON_IDS and len(ent) == 1 and _modifies_a_name(ent[0], people - {ent.start}):
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
        if len(ent) > 1 and ent.start_char in cues:  # (its first word's offset)
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


@functools.cache
def _saint_word_hashes() -> numpy.ndarray:
    """`SAINT_WORDS` as the sorted hash table `hashes_in` searches."""
    return hash_table(SAINT_WORDS)


def _saints_institutions(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Saint Brendan's Hospital said": the small model tags "Saint Brendan's" a person
    and "Hospital" a body, or "St Aidan's College" a person, or only "Hospital" (the
    quote is then filed under "Hospital", or under a saint). A saint's name with its
    possessive, then up to two capitalised words ending in a word for an institution,
    is that institution's name, whatever the entities there were."""
    if SAINT_POSSESSIVE.search(text) is None:
        return ents  # (the usual case: no Token built for every word of the article)
    found: list[SpacySpan] = []
    # (only the saint words' positions, found in the ORTH column: iterating the Doc
    # built a Token for every word of an article that writes one "St X's")
    at = numpy.flatnonzero(hashes_in(column(doc, ORTH), _saint_word_hashes())).tolist()
    for tok in (doc[i] for i in at if i < len(doc) - 3):
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


def _untagged_apostrophe_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Liam O’Driscoll said": with a curly apostrophe the small model may read the
    surname as a common noun and tag neither word. An O'/D' surname no entity holds,
    right after a clear first name no entity holds (no title or role label), is that
    person's name: no English word is written that way.
    (Asked only of a text holding such a surname, `_skips`, the gate of
    `_apostrophe_surnames`: that search of the whole text was made twice, and
    without one no Token is built for every word of the article.)"""
    taken = {k for e in ents for k in range(e.start, e.end)}
    found = [
        SpacySpan(doc, tok.i - 1, _over_second_surname(doc, _over_joining_hyphen(doc, tok.i + 1, taken), taken), label="PERSON")
        for tok in doc[1:]
        if tok.i not in taken
        and tok.i - 1 not in taken
        and APOSTROPHE_SURNAME.fullmatch(tok.text)
        and _untagged_first_name(doc[tok.i - 1])
    ]
    return sorted(ents + found, key=lambda e: e.start) if found else ents


def _over_second_surname(doc: Doc, end: int, taken: set[int]) -> int:
    """``end``, or past one more capitalised proper noun that the parser made the head of
    the O'/D' surname before it ("Siobhan O'Neill Ward": "O'Neill" a compound on "Ward"),
    a double surname written with a space; not a place or a title word ("O'Connell
    Street", "O'Brien Senator")."""
    if end >= len(doc) or end in taken:
        return end
    last, nxt = doc[end - 1], doc[end]
    if (
        last.dep_ == "compound" and last.head.i == end and nxt.pos_ == "PROPN" and nxt.is_alpha
        and nxt.text[:1].isupper() and not nxt.text.isupper()
        and nxt.lower_ not in lexicon.PLACE_WORDS and nxt.lower_ not in lexicon.TITLE_WORDS
        and not lexicon.ROLE_KEYS.get(nxt.lower_)
    ):
        return end + 1
    return end


def _over_joining_hyphen(doc: Doc, end: int, taken: set[int]) -> int:
    """``end``, or past a hyphen with no space and the capitalised word after it that no
    entity holds: "Siobhan O'Neill-Ward" is one surname, not "Siobhan O'Neill" with a
    stray "-Ward" (which then made a second speaker)."""
    if (
        end + 1 < len(doc) and end + 1 not in taken and _joining_hyphen(doc[end])
        and doc[end + 1].is_alpha and doc[end + 1].text[:1].isupper()
    ):
        return end + 2
    return end


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
            ent.label in _BODY_OR_PRODUCT_IDS
            # (or double-barrelled: "O'Neill-Ward said", tagged a body as a whole)
            and (len(ent) == 1 or len(ent) == 3 and _joining_hyphen(ent[1]) and ent[2].is_alpha)
            and ent[0].pos_ == "PROPN"  # (read as a pronoun, the word resolves no name at all)
            and APOSTROPHE_SURNAME.fullmatch(ent[0].text)
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
        if ent.label in _PERSON_IDS:
            doc = ent.doc  # (words by index: `ent[2:-1]` built a Span before reading one)
            cut = next(
                (
                    t.i
                    for t in map(doc.__getitem__, range(ent.start + 2, ent.end - 1))
                    if t.text == "of" and doc[t.i + 1].text[:1].isupper()
                    and all(doc[k].text[:1].isupper() for k in range(ent.start, t.i))
                ),
                None,
            )
            if cut is not None:
                ent = SpacySpan(ent.doc, ent.start, cut, label=ent.label_)
        elif ent.label == _ORG_ID and ent[-1].lower_ == "of":
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
    # A headline is the text's first line (`_title_cased_line`): an entity starting past
    # its end is no headline phrase, and is passed without further tests.
    stripped = text.lstrip()
    first_end = text.find("\n", len(text) - len(stripped))
    if first_end < 0:
        first_end = len(text)
    return [
        e for e in ents
        # (the name sliced from the text: `Span.text` joins its Tokens anew)
        if not (e.start_char <= first_end and e.label in _PERSON_IDS
                and first_name_gender(text[e.start_char : e.end_char]) is None
                and _headline_phrase(e, text, lambda w: w.lower() in vocabulary))
    ]


def _common_word_headings_out(text: str, ents: list[SpacySpan], vocabulary: frozenset[str] | None) -> list[SpacySpan]:
    """ "Profits" alone on a line over "Glenmorrow Bakeries said profits had fallen": the
    model tags a one-word heading a body or a person; left in, a later "the company said"
    resolved to "Profits". A line that is one English word the text also writes in lower
    case (a common noun) is a heading, nobody's name."""
    if vocabulary is None:
        return ents
    # The stripped lines of the text: an entity whose stripped text is none of them is
    # no heading alone on its line (its one word would be its whole stripped text), and
    # is left without building its Tokens.
    lines = {line.strip() for line in text.split("\n")}
    return [
        e for e in ents
        if not (
            e.label in _PERSON_OR_BODY_IDS and text[e.start_char : e.end_char].strip() in lines
            and _common_word_heading(text, e, vocabulary)
        )
    ]


def _common_word_heading(text: str, ent: SpacySpan, vocabulary: frozenset[str]) -> bool:
    """Whether ``ent`` is one English word standing alone on its line, written in lower
    case elsewhere in ``text`` (`_common_word_headings_out`)."""
    words = [t for t in ent if not t.is_space]
    if len(words) != 1 or not words[0].is_alpha or words[0].text.islower():
        return False
    word = words[0]
    start = text.rfind("\n", 0, word.idx) + 1
    end = text.find("\n", word.idx)
    line = text[start : end if end >= 0 else len(text)]
    return (
        line.strip() == word.text
        and word.lower_ in vocabulary
        and (
            # (the word itself, or an inflection of it: "Recall" over "Halvorsen recalled
            # 20,000 kettles" shows it a common word as well)
            re.search(rf"\b{re.escape(word.lower_)}(?:s|es|d|ed|ing)?\b", text) is not None
            # The headline ("Stadium" over "Riverside Athletic have been fined"): a
            # body's one-word name there is named again in the story; an English word
            # the text never writes again is the heading's, and a later "the club said"
            # must not find it.
            or start == len(text) - len(text.lstrip())
            and len(re.findall(rf"(?<!\w){re.escape(word.text)}(?!\w)", text)) == 1
        )
    )


def _names_before_headline_verbs(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Lena Osei Wins Harbour Vote": in a Title Case headline the model runs a name on
    over the verb after it, and the person is lost ("Osei said" then finds no "Lena
    Osei"). An entity of three words or more that has, after two capitalised proper
    nouns, a verb (by tag or, capitalised, by word) ends before it; it is a person when
    what is left opens with a clear first name."""
    out = []
    for ent in ents:
        if len(ent) >= 3 and ent.label in _NAMED_IDS:
            cut = next(
                (
                    t.i
                    for t in map(ent.doc.__getitem__, range(ent.start + 2, ent.end))  # (not a Span slice)
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
        # "Maria Van der" tagged a person and "Linde" a body right after (or after one
        # more particle: "Hendrik van" + "den" + "Broek"): the surname that a particle
        # leaves open is the person's, whatever its own tag.
        opened = _surname_after_opener(prev, ent)
        surname = opened or (
            prev is not None and prev.label in _PERSON_IDS and len(ent) == 1
            and prev.end <= ent.start <= prev.end + 1
            and all(t.text in lexicon.SURNAME_PARTICLES for t in doc[prev.end : ent.start])
            and prev[-1].text in lexicon.SURNAME_PARTICLES and ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
            and ent[0].pos_ == "PROPN" and ent[0].text[:1].isupper()
        )
        # "Laila bint Faisal" with "Laila" tagged a body: a lone clear first name counts.
        # (tested last: most entities join nothing, and the first-name data costs most;
        # more than two words apart, none joins)
        if (
            prev is not None and ent.start - prev.end <= 2 and (ent.label in _PERSON_IDS or surname)
            and (prev.label in _PERSON_IDS or len(prev) == 1 and _clear_first_name(prev[0]))
        ):
            gap = [doc[k] for k in range(prev.end, ent.start)]  # (its words: no Span needed)
            tail = prev[-1].text in lexicon.SURNAME_PARTICLES or opened
            if all(t.text in lexicon.SURNAME_PARTICLES for t in gap) and (tail or len(gap)) and len(gap) <= 2:
                out[-1] = SpacySpan(doc, prev.start, ent.end, label="PERSON")
                continue
        out.append(ent)
    return out


#: Lowercase particles of Portuguese names that are English words too ("Maria do
#: Socorro"), so kept out of `lexicon.SURNAME_PARTICLES`: read as a particle only between
#: a clear first name and a capitalised proper noun.
PORTUGUESE_DO = lexicon.PORTUGUESE_PARTICLES
#: The auxiliary that opens a question whose verb a later "do" is.
QUESTION_DO = frozenset({"do", "does", "did"})
#: The most words a Portuguese or Spanish name runs to ("Maria do Socorro Almeida Vasconcelos").
LONG_NAME_WORDS = 6


def _capitalised_run(doc: Doc, start: int, limit: int) -> int:
    """The end of the run of capitalised proper nouns (and lowercase surname particles
    between them) from ``start``, at most ``limit`` tokens, ending on a proper noun."""
    end = start
    k = start
    while k < len(doc) and k - start < limit:
        tok = doc[k]
        if tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.text.isupper():
            k += 1
            end = k
        elif tok.text in lexicon.SURNAME_PARTICLES and k > start:
            k += 1
        else:
            break
    return end


def _replace_span(ents: list[SpacySpan], span: SpacySpan) -> list[SpacySpan]:
    """``ents`` with every entity overlapping ``span`` replaced by it."""
    out = [e for e in ents if e.end <= span.start or e.start >= span.end]
    out.append(span)
    return sorted(out, key=lambda e: e.start)


@functools.cache
def _portuguese_do_hashes() -> numpy.ndarray:
    """String hashes of `PORTUGUESE_DO`, sorted for `hashes_in`."""
    return hash_table(PORTUGUESE_DO)


def _names_over_portuguese_do(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Maria do Socorro Almeida Vasconcelos": the parser reads "do" as the English verb,
    and the model tags "Maria" a nationality and the rest a body. A clear first name,
    "do", then capitalised proper nouns is one person's name (English puts no proper noun
    straight after "<first name> do" but in a question, "Does Maria do Pilates?")."""
    # (only the tokens whose lower case is a particle, found in the LOWER column: "do"
    # is rare in news text, and building every Token made this a costly scan)
    lowers = column(doc, LOWER)
    for k in numpy.flatnonzero(hashes_in(lowers, _portuguese_do_hashes())).tolist():
        tok = doc[k]
        if not (
            tok.lower_ in PORTUGUESE_DO and tok.is_lower and 0 < k < len(doc) - 1
            and _clear_first_name(doc[k - 1]) and doc[k - 1].whitespace_ and tok.whitespace_
        ):
            continue
        end = _capitalised_run(doc, k + 1, LONG_NAME_WORDS - 2)
        if end == k + 1 or any(t.lower_ in QUESTION_DO for t in doc[tok.sent.start : k - 1]):
            continue  # ("Does Maria do Pilates?": a question's verb)
        if end == k + 2 and k >= 2 and _governs_bare_infinitive(doc[k - 2]):
            continue  # ("watched Maria do Pilates", "Can Sofia do Zumba": the English verb)
        ents = _replace_span(ents, SpacySpan(doc, k - 1, end, label="PERSON"))
    return ents


def _governs_bare_infinitive(word: Token) -> bool:
    """A modal ("can", "will") or a verb whose object does a bare infinitive ("let",
    "made", "watched"): the "do" after the name that follows it is the English verb, unless
    a surname follows the word after "do" ("saw Maria do Rosário Lacerda")."""
    return word.tag_ == "MD" or word.lemma_.lower() in lexicon.BARE_INFINITIVE_VERBS


def _surnames_after_closing_particles(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "María Fernanda Uribe de la Torre Castaño" tagged a person up to "de la": a person
    entity of two words or more ending on surname particles leaves its surname open, and
    the capitalised proper nouns right after it (one or two, untagged) are that surname."""
    out: list[SpacySpan] = []
    for n, ent in enumerate(ents):
        nxt = ents[n + 1].start if n + 1 < len(ents) else len(doc)
        if (
            ent.label in _PERSON_IDS and len(ent) >= 2 and ent[-1].text in lexicon.SURNAME_PARTICLES
            and ent[-1].is_lower and ent.end < nxt
        ):
            end = _capitalised_run(doc, ent.end, 2)
            if ent.end < end <= nxt and all(doc[k].ent_type_ == "" for k in range(ent.end, end)):
                ent = SpacySpan(doc, ent.start, end, label=ent.label_)
        elif ent.label in _PERSON_IDS and ent.end < nxt:
            ent = _surname_after_open_particles(doc, ent, nxt)
        out.append(ent)
    return out


def _surname_after_open_particles(doc: Doc, ent: SpacySpan, nxt: int) -> SpacySpan:
    """ "Ludwig van Beek" with only "Ludwig" tagged: lowercase surname particles (one or
    two) right after a person entity, then capitalised proper nouns nobody tagged, are
    the rest of that person's name (English puts no "van"/"de" between a name and a
    capitalised word), so a later "van Beek said" is Ludwig van Beek, not a new person."""
    k = ent.end
    while k < min(nxt, ent.end + 2) and doc[k].text in lexicon.SURNAME_PARTICLES and doc[k].is_lower:
        k += 1
    if k == ent.end or not doc[k - 1].whitespace_:
        return ent
    end = _capitalised_run(doc, k, 2)
    if k < end <= nxt and all(doc[j].ent_type_ == "" and doc[j].is_alpha for j in range(k, end)):
        return SpacySpan(doc, ent.start, end, label=ent.label_)
    return ent


def _names_split_in_one_compound(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Raimundo Juca Bezerra Monteiro" tagged as two people ("Raimundo Juca", "Bezerra
    Monteiro") though the parser compounds all four words onto the last: two person
    entities with one space between, the first's words all compounded within the two and
    its head onto the second, are one long name (two people side by side are not one
    compound)."""
    out: list[SpacySpan] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.label in _PERSON_IDS and ent.label in _PERSON_IDS
            and prev.end == ent.start and prev[-1].whitespace_ == " "
            and sum(t.text not in lexicon.SURNAME_PARTICLES for t in (*prev, *ent)) <= LONG_NAME_WORDS
            and all(t.is_alpha and (t.text[:1].isupper() or t.text in lexicon.SURNAME_PARTICLES) for t in (*prev, *ent))
            and prev[0].text[:1].isupper() and ent[-1].text[:1].isupper()
            and all(t.dep_ == "compound" and prev.start < t.head.i < ent.end for t in prev)
            and ent.start <= prev.root.head.i < ent.end
        ):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label=prev.label_)
            continue
        out.append(ent)
    return out


def _surname_after_opener(prev: SpacySpan | None, ent: SpacySpan) -> bool:
    """ "Seán Mac" tagged a person and "Aodha" right after it a date: a person entity
    ending on a capitalised Gaelic or Welsh surname opener ("Mac", "Ní", "ap"; not a lone
    "O", also the vocative) leaves its surname open, and the one capitalised proper noun
    after it is that surname, whatever the model tagged it."""
    return (
        prev is not None and prev.label in _PERSON_IDS and len(prev) > 1 and len(ent) == 1
        and ent.start == prev.end and ent.label not in _PERSON_IDS
        and _capitalised_surname_opener(prev[-1])
        and ent[0].pos_ == "PROPN" and ent[0].text[:1].isupper()
    )


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
            tail is not None and ent.label in _BODY_PLACE_IDS
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
            ent.label in _PERSON_IDS and len(ent) >= 2 and _surname_word(doc, e, untagged=True)
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
    toks = tokens(doc)  # (the article's Tokens, built once)
    if i >= len(doc) or toks[i - 1].whitespace_ != " ":
        return False
    t = toks[i]
    if not (t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower()):
        return False
    if t.lower_ in lexicon.TITLE_WORDS or t.lower_ in lexicon.PLACE_WORDS:
        return False
    if untagged:
        return not t.ent_type_
    return not t.ent_type_ or t.ent_type_ in ("GPE", "LOC", "ORG", "NORP") and (
        t.ent_iob_ == "B" and (i + 1 >= len(doc) or toks[i + 1].ent_iob_ != "I")
    )


def _second_surnames(doc: Doc, text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Gabriela Torres Medina ... Torres Medina said": the small model ends the person
    at the first surname and calls the second a place. A one-word body or place right
    after a person of two words or more, with one space between, is the person's second
    surname when the story writes the two surnames together again elsewhere: a place
    after a name ("Ines Calloway London") would not recur glued to the surname."""
    out: list[SpacySpan] = []
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None and prev.label in _PERSON_IDS and len(prev) >= 2 and prev.end == ent.start
            and len(ent) == 1 and ent.label_ in ("ORG", "GPE", "LOC", "FAC", "NORP")
            and toks[prev.end - 1].whitespace_ == " " and toks[prev.end - 1].is_alpha and toks[prev.end - 1].text[:1].isupper()
            and toks[ent.start].pos_ == "PROPN" and toks[ent.start].is_alpha and toks[ent.start].text[:1].isupper() and toks[ent.start].text[1:].islower()
            and len(re.findall(rf"(?<!\w){re.escape(toks[prev.end - 1].text)} {re.escape(toks[ent.start].text)}(?!\w)", text)) >= 2
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
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    for ent in ents:
        s = ent.start
        if ent.label in _PERSON_IDS and 1 <= len(ent) <= 2 and s > 0:
            prev = toks[s - 1]
            if (
                prev.whitespace_ == " " and prev.is_alpha and prev.text[:1].isupper() and prev.text[1:].islower()
                and not prev.is_stop and prev.ent_type_ == "" and _plain(prev.text) in lexicon.FAMILY_FIRST_SURNAMES
                and not (out and out[-1].end > prev.i)
            ):
                out.append(SpacySpan(doc, s - 1, ent.end, label=ent.label_))
                continue
        out.append(ent)
    return out


def _first_halves_of_given_names(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Jan-Willem van Dijkstra", "Karl-Heinz Berger": a person's name the fixes above
    opened on the second half of a hyphenated given name ("Willem van Dijkstra") takes
    the first half too, when the second is a clear first name and the first one many
    bear ("Jan" is both sexes' name, so no clear one)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[SpacySpan] = []
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    for ent in ents:
        s = ent.start
        if (
            ent.label in _PERSON_IDS and len(ent) >= 2 and s >= 2
            and _joining_hyphen(toks[s - 1]) and s - 2 not in taken
            and toks[s - 2].is_alpha and toks[s - 2].text[:1].isupper()
            and _bearers(toks[s - 2].text) >= COMMON_GIVEN_NAME and _strong_first_name(toks[ent.start].text)
        ):
            ent = SpacySpan(doc, s - 2, ent.end, label=ent.label_)
        out.append(ent)
    return out


#: A token of initials: "J.K.", "A.", "T.J."
_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")


def _is_initials(word: str) -> bool:
    """``word`` is initials ("J.K."). Initials end in a full stop and are at most six
    characters: the test of those two spares a regex call for nearly every word (a call
    per distinct word of every article was the resolver's most frequent regex call)."""
    return len(word) <= 6 and word[-1:] == "." and _INITIALS.fullmatch(word) is not None


#: What every token of initials ends in: a capital letter and a full stop.
_CAPITAL_STOP = re.compile(r"[A-Z]\.")


def _capitalised_word(tok: Token) -> bool:
    """A word of letters opening with a capital (`_people_by_initials`: a middle initial)."""
    return tok.is_alpha and tok.text[:1].isupper()


def _people_by_initials(doc: Doc, ents: list[SpacySpan], vocabulary: frozenset[str] | None) -> list[SpacySpan]:
    """ "J.K. Marwood's new novel sold ... Marwood said": initials opening a name, then a
    capitalised word that is no English word (or one the model tagged a person alone), are
    a person the small model often leaves untagged (or tags only the surname of), so the
    later surname finds no full name.
    Not a middle initial ("George W. Bush": a capitalised word before), not a name that
    goes on ("U.S. Steel Corp"), not "U.S. Senate" (an English word)."""
    if vocabulary is None or _CAPITAL_STOP.search(doc_text(doc)) is None:
        return ents  # (initials end in a capital and a full stop: a third of texts hold none)
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    # (initials end in a full stop: the tokens ending in one, found at the text's full
    # stops, are the only ones tested, where every distinct word of the article was)
    found = [i for i in tokens_ending_in(doc, ".") if _is_initials(toks[i].text)]
    if not found:
        return ents
    initials = set(found)
    owner = {i: e for e in ents for i in range(e.start, e.end)}
    out = list(ents)
    changed = False
    n = len(doc)
    for i in found:
        if i in owner or i > 0 and (i - 1 in initials or _capitalised_word(toks[i - 1])):
            continue
        j = i
        while j + 1 < n and j + 1 in initials and j + 1 not in owner:
            j += 1
        if j + 1 >= n:
            continue
        sur = toks[j + 1]
        after = toks[sur.i + 1] if sur.i + 1 < n else None
        tagged = owner.get(sur.i)
        # (a surname the model tagged a person alone is a name even when the vocabulary
        # holds it as a word: "J.K. Marlowe", "marlowe" is in the model's vocabulary)
        alone = tagged is not None and tagged.label_ in PERSON_LABELS and len(tagged) == 1
        if (
            not (sur.is_alpha and sur.text[:1].isupper() and sur.text[1:].islower())
            or sur.lower_ in vocabulary and not alone
            or after is not None and after.is_alpha and after.text[:1].isupper()
        ):
            continue
        if tagged is not None and (tagged.label_ not in PERSON_LABELS or len(tagged) != 1):
            continue
        if tagged is not None:
            out.remove(tagged)
        out.append(SpacySpan(doc, i, sur.i + 1, label="PERSON"))
        changed = True
    return sorted(out, key=lambda e: e.start) if changed else ents


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
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    for ent in ents:
        if ent.label not in _WITH_FIRST_NAMES_IDS:
            # (a date, a number, an event ...: no branch below takes it, and its label
            # string, its words and its neighbours were read for nothing)
            out.append(ent)
            continue
        # (the label read once: every `Span.label_` looks it up in the vocabulary anew,
        # and each entity is tested up to a dozen times below; `ent` is only replaced
        # after its last test)
        label = ent.label_
        person = label in PERSON_LABELS
        if (
            label in ("ORG", "GPE", "LOC", "NORP", "FAC") and len(ent) == 1 and ent.end < len(doc)
            and vocabulary is not None and _surname_after(toks[ent.start], toks[ent.end], vocabulary)
        ):
            # "Reporters asked Jasper Oakenfold": the model took the first name for a body
            # and left the surname out; a clear first name then an unknown capitalised
            # word is a person (with the rest of a hyphenated surname: "Moreau-Lévy").
            end = ent.end + 1
            if end + 1 < len(doc) and _joining_hyphen(toks[end]) and toks[end + 1].is_alpha \
                    and toks[end + 1].text[:1].isupper():
                end += 2
            out.append(SpacySpan(doc, ent.start, end, label="PERSON"))
            continue
        s = ent.start
        # "Ilse van der Berg": a person entity that starts at, or right after, lowercase
        # surname particles ("van der Berg" or only "Berg" tagged).
        while person and s > 0 and (
            toks[s - 1].text in lexicon.SURNAME_PARTICLES or _surname_opener_left_out(toks[s - 1], ent)
        ):
            s -= 1
        particle = person and (s < ent.start or len(ent) > 1 and toks[ent.start].text in lexicon.SURNAME_PARTICLES)
        # "Nnamdi-Eze" too, and "Brennan Jr.": a generational suffix adds no name word.
        one_word = len(ent) == 1 or len(ent) == 3 and toks[ent.start + 1].text == "-" or _suffixed_surname(ent)
        # (the label tested here first: most entities are of none of those labels, and
        # the call read the label again)
        # (asked only when a branch below can use it: a first name tagged a place
        # right before, or an untagged capitalised word before; most bodies and places
        # follow "the", "in" or a comma, and the test reads every word and the text)
        other = label in SURNAME_TAGGED_AS and (
            bool(out) and out[-1].end == ent.start
            or s > 0 and toks[s - 1].is_alpha and toks[s - 1].text[:1].isupper() and not toks[s - 1].ent_type_
        ) and _surname_tagged_other(ent)
        if (
            (person or other and vocabulary is not None and toks[ent.start].lower_ not in vocabulary)
            and one_word and _first_name_tagged_a_place(doc, out, ent)
        ):
            # "Natalia Romero" with "Natalia" tagged a place and "Romero" a person, or a
            # body when it is no English word ("Vasquez"; "Virginia Tech" stays a body).
            out[-1] = SpacySpan(doc, out[-1].start, ent.end, label="PERSON")
            continue
        if (person and one_word or particle or other) and s > 0:
            prev = toks[s - 1]
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
                    or vocabulary is not None and toks[ent.start].lower_ not in vocabulary
                    and prev.dep_ == "compound" and prev.head.i == ent.start
                )
            ):
                # Both a clear first name before and no clear first name as the entity:
                # "Crooked Hillary" or "Morning Joe" is no first name plus a surname.
                # (A surname the model calls a place or a body needs no such test: the
                # name data also lists surnames, "Oyelowo" among them.)
                ent = SpacySpan(doc, s - 1, ent.end, label="PERSON" if other else label)
            elif person and one_word and (
                _unknown_first_name(prev, toks[ent.start]) or _first_name_after_title(doc, prev)
            ):
                ent = SpacySpan(doc, s - 1, ent.end, label=label)
            elif person and len(ent) == 1 and s == ent.start and _given_name_and_surname_before(toks, s, vocabulary):
                # "Ana Ruiz Ortega" tagged from "Ortega": the first surname and the
                # given name of a Spanish name left out.
                ent = SpacySpan(doc, s - 2, ent.end, label=label)
        elif (
            person and s == ent.start and s > 0
            and (
                len(ent) == 2
                or len(ent) > 2 and any(t.text in lexicon.SURNAME_PARTICLES for t in toks[ent.start + 1 : ent.end])
            )
            and _double_first_name(toks[s - 1], toks[ent.start], vocabulary)
        ):
            # "Leopoldine Marie Achterberg" tagged from "Marie": a first name before a
            # first name is the first of two given names, not a role; so in "Ana Paula
            # dos Santos", joined over its particle from "Paula".
            ent = SpacySpan(doc, s - 1, ent.end, label=label)
        elif (
            person and len(ent) == 2 and s == ent.start
            and (given := _given_names_before(doc, s, toks[ent.start], vocabulary))
        ):
            # "Ana María García López" tagged from "García": the two surnames of a
            # Spanish name, the given names left out.
            ent = SpacySpan(doc, s - given, ent.end, label=label)
        elif (
            person and len(ent) >= 2 and s == ent.start and s > 0
            and _first_name_left_out(toks[s - 1], ent, vocabulary)
        ):
            # "Luiz Inácio Lula da Silva" tagged from "Inácio", "Aoife Nic Giolla
            # Phádraig" from "Nic": the parser joins the first name to the name.
            ent = SpacySpan(doc, s - 1, ent.end, label=label)
        out.append(ent)
    return out


def _given_name_and_surname_before(toks: list[Token], s: int, vocabulary: frozenset[str] | None) -> bool:
    """Whether a clear given name and a first surname stand right before a one-word
    person entity at ``s`` ("Ana Ruiz" before "Ortega"): the surname a proper noun no
    entity claims, no English word and no first name, the parser's compound of the
    entity; the given name one `_untagged_given_name` or, after a title,
    `_first_name_after_title` vouches for. (Reached only for a
    one-word person whose first-name tests failed: no per-article scan.)"""
    if s < 2 or vocabulary is None:
        return False
    prev, given = toks[s - 1], toks[s - 2]
    if s > 2 and toks[s - 3].lower_ in ("the", "a", "an"):
        return False  # "the Ostby Porters Guild": a body's name after an article
    return (
        prev.pos_ == "PROPN"
        and prev.tag_ == "NNP"  # (not a plural: "Porters")
        and prev.is_alpha
        and prev.text[:1].isupper()
        and prev.text[1:].islower()
        and prev.whitespace_ == " "
        and given.whitespace_ == " "
        and not prev.ent_type_
        and prev.lower_ not in vocabulary
        and prev.dep_ == "compound"
        and prev.head.i == s
        and prev.lower_ not in lexicon.TITLE_WORDS
        and prev.lower_ not in lexicon.HONORIFICS
        and prev.lower_ not in lexicon.NAME_ROLE_PREFIXES
        and not _strong_first_name(prev.text)
        # "Mayor Ana Ruiz Ortega": a given name that is also an English word ("ana")
        # counts after a title as it does opening its sentence.
        and (_untagged_given_name(given, vocabulary) or _first_name_after_title(given.doc, given))
        and _strong_first_name(given.text)
    )


def _capitalised_surname_opener(tok: Token) -> bool:
    """A capitalised word that opens a Gaelic or Welsh surname written apart ("Mac",
    "Ní", "ap" written "Ap"), not a lone "O": that is also the vocative."""
    return tok.lower_ in lexicon.SURNAME_OPENERS and tok.lower_ != "o" and tok.text[:1].isupper()


def _surname_opener_left_out(prev: Token, ent: SpacySpan) -> bool:
    """ "Seán Mac Giolla Phádraig" tagged from "Giolla": a capitalised Gaelic or Welsh
    word that opens a surname written apart ("Mac", "Ní", "ap"), untagged and joined by
    the parser to a word of the person entity, belongs to the surname (the first name
    before it then comes back as it does before "van der Berg"). A lone "O" is left: it
    is also the vocative."""
    return (
        _capitalised_surname_opener(prev)
        and not prev.ent_type_ and prev.whitespace_ == " "
        and prev.dep_ == "compound" and ent.start <= prev.head.i < ent.end
    )


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
    generational suffix, which `_with_first_names` extends as it would a lone surname
    ("Denholm Sr." too, "Sr" and its full stop split by the tokenizer)."""
    if ent.label not in _PERSON_IDS or len(ent) not in (2, 3):
        return False  # (most entities: their words need not be read)
    toks = tokens(ent.doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    return (
        toks[ent.start].is_alpha
        and (len(ent) == 2 or abbreviation_stop(toks[ent.start + 2]))
        and _name_suffix(toks[ent.start + 1])
    )


def _suffixes_after_commas(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Otis Brennan, Jr. said": the model ends the person at the comma and leaves the
    suffix out, so the son is read as "Otis Brennan" (his father's name, if the father
    is "Otis Brennan Sr."). A person entity followed by a comma and a generational
    suffix takes the suffix in, and an entity the model made of the suffix alone ("Sr."
    tagged a place) goes (`clean_name` drops the comma)."""
    out: list[SpacySpan] = []
    taken = -1  # the end of the last suffix taken in
    toks = tokens(ents[0].doc) if ents else []  # (the article's Tokens, built once)
    for ent in ents:
        if ent.start < taken:
            continue
        doc, end = ent.doc, ent.end
        if ent.label in _PERSON_IDS and end + 1 < len(doc) and toks[end].text == "," and _name_suffix(toks[end + 1]):
            # "Sr" split from its full stop: the stop is the abbreviation's.
            end += 3 if end + 2 < len(doc) and abbreviation_stop(toks[end + 2]) else 2
            suffix = [e for e in ents if e.start < end and e.end > ent.end + 1]
            if all(e.start == ent.end + 1 and e.end <= end for e in suffix):
                ent, taken = SpacySpan(doc, ent.start, end, label=ent.label_), end
        out.append(ent)
    return out


def _post_nominals_out(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Nadia Ferreira KC told jurors": the model runs post-nominal letters into the
    name and, with them, often tags it a body (capitals read as an acronym), so the
    barrister was nobody's "she" and "Simon Achebe KC" and "Achebe" two people. A name
    of two or three capitalised words opening with a common first name and ending in
    post-nominal letters (`lexicon.POST_NOMINALS`) is the person, the letters left out:
    bodies are not written "<first name> <surname> KC"."""
    out = []
    toks = tokens(ents[0].doc) if ents else []  # (the article's Tokens, built once)
    for ent in ents:
        if (
            3 <= len(ent) <= 4
            and ent.label in _PERSON_BODY_PLACE_IDS
            and toks[ent.end - 1].text in lexicon.POST_NOMINALS
            and all(_capitalised_word(toks[i]) and not toks[i].text.isupper() for i in range(ent.start, ent.end - 1))
            and _bearers(toks[ent.start].text) >= COMMON_GIVEN_NAME
        ):
            ent = SpacySpan(ent.doc, ent.start, ent.end - 1, label="PERSON")
        out.append(ent)
    return out


def _given_names_before(doc: Doc, start: int, first: Token, vocabulary: frozenset[str] | None) -> int:
    """How many given names (one or two) stand right before a two-word person entity
    whose first word is no first name ("Ana María" before "García López"): the entity is
    then a double surname, and the words before it are the person's own first names.
    Each must be a clear first name, the nearer one a word the model's ``vocabulary``
    does not list."""
    # (the vocabulary first: a set look-up, where the name data's costs a binary search
    # over its text for every word it was never asked about)
    if vocabulary is None or first.lower_ in vocabulary or _strong_first_name(first.text):
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


#: The labels a surname is mistagged with (`_surname_tagged_other`).
SURNAME_TAGGED_AS = frozenset(("ORG", "GPE", "LOC", "WORK_OF_ART", "PRODUCT", "NORP"))
#: The labels `_with_first_names` can change or extend: a person's, a surname's mistag
#: (`SURNAME_TAGGED_AS`) and a first name's tagged a body or a place.
_WITH_FIRST_NAMES_IDS = frozenset(map(get_string_id, (*PERSON_LABELS, *SURNAME_TAGGED_AS, "FAC")))


def _surname_tagged_other(ent: SpacySpan) -> bool:
    """ "Fergus MacGillivray" with only the surname tagged, as an organisation or a place
    (`_with_first_names`). A double-barrelled surname ("Vasquez-Lindahl") counts as one
    word. "Governor Emeka Nwosu" with "Nwosu" tagged a nationality: after a clear first
    name an unfamiliar surname is no group (a plural such as "Democrats" may be), nor a
    title or a product ("said Col. Anders Vikersund", "Vikersund" a work of art)."""
    label = ent.label_
    if label not in SURNAME_TAGGED_AS or len(ent) not in (1, 3):
        return False  # (most entities: their words need not be read)
    toks = tokens(ent.doc)[ent.start : ent.end]  # (the article's Tokens, built once)
    words = toks[::2]
    return (
        (label != "NORP" or all(t.tag_ == "NNP" for t in words))
        and all(t.text == "-" for t in toks[1::2])
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
    if len(prev) != 1:
        return False  # (its word need not be read)
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    word = toks[prev.start]
    return (
        len(prev) == 1 and prev.end == ent.start and prev.label in _BODY_PLACE_IDS
        and word.whitespace_ == " " and word.is_alpha and word.text[:1].isupper() and word.text[1:].islower()
        and word.lower_ not in lexicon.TITLE_WORDS | lexicon.PARTY_MEMBER_NOUNS | lexicon.DEMONYM_NOUNS
        and _strong_first_name(word.text)
        and not (word.i > 0 and toks[word.i - 1].pos_ == "ADP")
    )


def _surname_after(first: Token, last: Token, vocabulary: frozenset[str]) -> bool:
    """Whether ``first`` is a clear first name and ``last`` right after it an unfamiliar
    capitalised proper noun (no English word) no entity claims: "Jasper Oakenfold"."""
    # (the name data asked last: most one-word bodies and places are followed by no
    # unfamiliar proper noun, and a word it was never asked about costs a binary search)
    return (
        first.is_alpha and first.text[:1].isupper() and first.text[1:].islower()
        and first.lower_ not in lexicon.TITLE_WORDS
        and last.pos_ == "PROPN" and last.is_alpha and not last.ent_type_
        and last.text[:1].isupper() and last.text[1:].islower()
        and last.lower_ not in vocabulary
        and first.whitespace_ == " "
        and _strong_first_name(first.text)
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
        if ent.label in _ORG_PLACE_IDS and not _org_like(text[ent.start_char : ent.end_char]):
            start = ent.start
            while start > 0 and doc[start - 1].text in lexicon.SURNAME_PARTICLES and ent.start - start < 3:
                start -= 1
            if start > 0 and not doc[start - 1].ent_type_ and _clear_first_name(doc[start - 1]):
                start -= 1  # the first name before the entity (or its particles)
            elif start < ent.start:
                start = ent.start
            # (the words by index: slicing a Span builds one, with Tokens for its offsets,
            # and most entities have no particle to read further)
            inner = [doc[k] for k in range(start + 1, ent.end)]
            particles = sum(t.text in lexicon.SURNAME_PARTICLES for t in inner)
            if (
                particles
                and ent.end - start <= 6
                and _clear_first_name(doc[start])
                and inner[-1].text not in lexicon.SURNAME_PARTICLES
                and not _place_shaped([doc[start].text, *(t.text for t in inner)])
                and all(
                    t.text in lexicon.SURNAME_PARTICLES
                    or (t.is_alpha and t.text[:1].isupper() and not t.text.isupper())
                    for t in inner
                )
            ):
                ent = SpacySpan(doc, start, ent.end, label="PERSON")
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
            prev is not None and prev.label == _ORG_ID and ent.label in _ORG_PLACE_IDS
            and 1 <= ent.start - prev.end <= 2
            and all(t.text in NAME_JOINING_PARTICLES for t in doc[prev.end : ent.start])
            and all(t.is_alpha and t.text[:1].isupper() for t in ent)
            and all(t.is_alpha and t.text[:1].isupper() or t.lower_ == "the" for t in prev)
        ):
            out[-1] = SpacySpan(doc, prev.start, ent.end, label="ORG")
            continue
        out.append(ent)
    return out


def _councils_of_two_places(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Argyll and Lorne Council", "Perth and Kinross council": a council named after
    two places, which the small model cuts at "and" into a place (or nothing) and a body
    "Lorne Council", so the council's words went to half its name. A body whose last
    word is "council", right after "and" and one capitalised word (untagged or tagged a
    place, and not itself the end of a longer capitalised run or list), is one body."""
    out: list[SpacySpan] = []
    for ent in ents:
        k = ent.start
        if (
            ent.label == _ORG_ID and ent[-1].lower_ == "council" and ent[0].text[:1].isupper()
            and k >= 2 and doc[k - 1].lower_ == "and"
            and _lone_place_word(doc, k - 2)
        ):
            out = [e for e in out if not (e.start <= k - 2 < e.end)]
            out.append(SpacySpan(doc, k - 2, ent.end, label="ORG"))
            continue
        out.append(ent)
    return out


def _lone_place_word(doc: Doc, i: int) -> bool:
    """Whether ``doc[i]`` is one capitalised word that may be a place: a proper noun,
    untagged or tagged a place, with no capitalised word or list comma before it."""
    tok = doc[i]
    if not (tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper):
        return False
    if tok.ent_type_ not in ("", "GPE", "LOC"):
        return False
    if i == 0:
        return True
    prev = doc[i - 1]
    return not (prev.text == "," or prev.is_alpha and prev.text[:1].isupper() and prev.pos_ == "PROPN")


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
    toks = tokens(doc)  # (the article's Tokens, built once: `e[-1]` builds one anew)
    surnames = {toks[e.end - 1].text for e in ents if e.label in _PERSON_IDS and len(e) > 1}
    text = doc_text(doc)
    out = []
    for ent in ents:
        # (`_person_apposition` needs a comma token right before or after the name, so
        # within the name's first or last two characters of text: the tokens of most
        # entities are never read; the label tested as its hash, `Span.label_` decodes
        # the string anew)
        if ent.label in _ORG_PLACE_IDS and (
            (
                ("," in text[max(0, ent.start_char - 2) : ent.start_char] or "," in text[ent.end_char : ent.end_char + 2])
                and 1 <= sum(t.text != "-" for t in toks[ent.start : ent.end]) <= 3
                and (len(ent) > 1 or text[ent.start_char : ent.end_char] not in surnames) and _person_apposition(ent)
            )
            or _role_noun_opens_name(ent)
        ):
            ent = SpacySpan(doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


#: ", 34," or ", 34)" right after a name: a person's age in years.
_AGE_AFTER = re.compile(r",\s*(\d{1,3})\s*[,)]")


def _people_by_age(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Dallas Okwuosa, 52, said", "Dallas" and "Okwuosa" tagged places: two or three
    capitalised proper nouns opening on a first name the name data knows well, tagged
    other than a person (one entity, or two side by side), with an age set off by commas
    right after, are one person: a place or a body has no age in years."""
    text = doc_text(doc)
    if not _AGE_AFTER.search(text):
        return ents  # (no age set off by commas in the text: no entity is followed by one)
    out: list[SpacySpan] = []
    k = 0
    while k < len(ents):
        ent = ents[k]
        nxt = ents[k + 1] if k + 1 < len(ents) else None
        pair = nxt is not None and nxt.start == ent.end and ent.label not in _PERSON_IDS
        end = nxt.end if pair else ent.end
        if ent.label in _BODY_PLACE_IDS and _aged_name(doc, text, ent.start, end):
            out.append(SpacySpan(doc, ent.start, end, label="PERSON"))
            k += 2 if pair else 1
            continue
        out.append(ent)
        k += 1
    return out


def _aged_name(doc: Doc, text: str, start: int, end: int) -> bool:
    """For `_people_by_age`: whether ``doc[start:end]`` reads as a first name and a surname
    (a hyphenated one counts as one word) followed by an age. The age is read first, off
    the last word (most entities have none after them: no Span or word list is built)."""
    last = doc[end - 1]
    age = _AGE_AFTER.match(text, last.idx + len(last))
    if age is None or not 1 <= int(age.group(1)) <= 110:
        return False
    words = [t for t in doc[start:end] if t.text != "-"]
    if not 2 <= len(words) <= 3 or any(
        not (t.is_alpha and t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper())
        or t.lower_ in lexicon.PLACE_WORDS or t.lower_ in lexicon.TITLE_WORDS
        for t in words
    ):
        return False
    if start > 0 and doc[start - 1].pos_ == "ADP":
        return False  # "in Dallas Fort, 12, ...": a place after a preposition
    return _bearers(words[0].text) >= COMMON_GIVEN_NAME


def _kin_word_on_name(kin: Token, ent: SpacySpan) -> bool:
    """ "said the tot's gran Maxine": the parser may read a lowercase kin word right
    before a name as a modifier of the name (an adjective or a compound), the owner or
    article hanging on the name itself; it is still the name's kin noun. (The other
    parse, the name in apposition to the kin word with a tag no person has: "the lad's
    mum Tracey" with "Tracey" a language, is read by the resolver, in
    `names.NameRules._appositive_name`, and the mention runs to the name in `mentions`.)"""
    return (
        kin.i == ent.start - 1 and kin.is_lower and kin.dep_ in ("amod", "compound")
        and kin.head.i == ent.root.i and kin.lower_ in lexicon.KIN_NOUNS
        and any(c.dep_ in ("poss", "det") for c in ent.root.children)
    )


def _people_by_kin(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "his wife Lakshmi", "her son, Arjun Mehta", "the sisters Amara and Fanta Diallo":
    a name right after a kin noun (a comma between or not), and a name joined to it by
    "and", is a person's, whatever label the model gave it; a body or a place is
    nobody's wife. So is a name after a lowercase kin word the parser reads as the name's
    modifier ("the tot's gran Maxine": `_kin_word_on_name`)."""
    out = []
    people: set[int] = set()  # roots of the names made people, for their conjuncts
    for ent in ents:
        if ent.label in _BODY_PLACE_IDS and 1 <= len(ent) <= 3 and ent.start > 0 and all(
            t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper()
            for t in tokens(ent.doc)[ent.start : ent.end]  # (the article's Tokens: a Span's iteration builds them anew)
        ):
            doc = ent.doc
            toks = tokens(doc)  # (the article's Tokens and children: `doc[i]` builds new ones)
            k = ent.start - 1
            if toks[k].text == "," and k > 0:
                k -= 1
            kin = toks[k]
            if (
                kin.pos_ == "NOUN" and kin.tag_ in ("NN", "NNS") and _singular_form(kin.lower_) in lexicon.KIN_NOUNS
                and any(c.dep_ in ("poss", "det") for c in kids(kin))
            ) or _kin_word_on_name(kin, ent) or (ent.root.dep_ == "conj" and ent.root.head.i in people):
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
        # (the label and length first: `ent[0]` builds a Token, for every entity)
        if ent.label in _PERSON_IDS and len(ent) == 1 and (word := ent[0]).pos_ == "PROPN" \
                and word.lower_ in BODY_NAME_ENDINGS and word.text[:1].isupper():
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
    taken: set[int] | None = None  # (the entities' tokens, gathered for the first candidate)
    added = []
    # (only the appositions, found in the DEP array: building every token cost more
    # than the test)
    appos = numpy.flatnonzero(column(doc, DEP) == doc.vocab.strings["appos"])
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
        if taken is None:
            taken = {i for e in ents for i in range(e.start, e.end)}
        if (
            words[0].text[:1].isupper()
            and all(t.text[:1].isupper() or t.lower_ in ("of", "the", "and", "for") for t in words)
            # a proper noun, or a capital no sentence start explains ("the Heath")
            and any(t.pos_ == "PROPN" or t.text[:1].isupper() and not t.is_sent_start for t in words)
            and not any(t.i in taken for t in words)
        ):
            added.append(SpacySpan(doc, start, end, label="ORG"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


def _bodies_after_descriptors(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "The campaign group Green Tide staged a protest ... the group said": a name the
    model tags a product or a work right after a lowercase word for a body compounded
    onto it ("group", "charity", "company") is that body, as the writer says; tagged a
    product it is nobody a later "the group" could mean. A person's name is left as it
    is, and so is a word for a state ("the state Victoria")."""
    out = []
    for ent in ents:
        if ent.label in _WORK_IDS and ent.start > 0:
            prev = ent.doc[ent.start - 1]
            lemma = prev.lemma_.lower()
            if (
                prev.is_lower and prev.pos_ == "NOUN" and prev.dep_ == "compound"
                and ent.start <= prev.head.i < ent.end
                and lemma in lexicon.ORG_DESCRIPTIONS and lemma not in lexicon.STATE_DESCRIPTIONS
            ):
                ent = SpacySpan(ent.doc, ent.start, ent.end, label="ORG")
        out.append(ent)
    return out


#: Last words that make an untagged subject run a body: a company's ("Foods") or a
#: club's ("Riverside Athletic have been fined ... The club said").
UNTAGGED_BODY_ENDINGS = (
    lexicon.COMPANY_NAME_ENDINGS | lexicon.SPORTS_CLUB_ENDINGS | lexicon.UNTAGGED_BODY_NAME_HEADS
    | lexicon.PUBLIC_BODY_NAME_HEADS
)


@functools.cache
def _company_ending_hashes() -> numpy.ndarray:
    """String hashes of `lexicon.COMPANY_NAME_ENDINGS` and the sports clubs' endings,
    sorted for `hashes_in`."""
    return hash_table(UNTAGGED_BODY_ENDINGS)


@functools.cache
def _subject_label_ids() -> frozenset[int]:
    """The string hashes of the subject labels `_untagged_company_subjects` takes."""
    return frozenset(map(get_string_id, ("nsubj", "nsubjpass")))


def _untagged_company_subjects(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Brackenridge Foods agreed to buy Tidewell Snacks" under a one-word heading, with
    only the object tagged: a subject of two to four capitalised proper nouns that no
    entity holds, ending in a word no person's name ends in ("Foods", "Mining"), is a
    company, so a later "the company said" can mean it and not the one it bought."""
    dep, lower = column(doc, DEP), column(doc, LOWER)
    # (only subjects whose lower case ends company names: a Token for each of the others
    # cost more than the test; the company endings looked for first, as most articles
    # hold none, and the subject labels only at those words)
    endings = numpy.flatnonzero(hashes_in(lower, _company_ending_hashes()))
    if not len(endings):
        return ents
    subject_ids = _subject_label_ids()
    subjects = [i for i, d in zip(endings.tolist(), dep[endings].tolist(), strict=True) if d in subject_ids]
    if not subjects:
        return ents
    taken = {i for e in ents for i in range(e.start, e.end)}
    added = []
    for tok in (doc[int(i)] for i in subjects):
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.text[:1].isupper() \
                or tok.lower_ not in UNTAGGED_BODY_ENDINGS:
            continue
        start, first = tok.i, tok.sent.start  # (``Token.sent`` builds a Span at every call)
        while start > first and _company_name_word(doc[start - 1], tok) and start - 1 not in taken:
            start -= 1
        before = doc[start - 1] if start > first else None
        if tok.lower_ in lexicon.PUBLIC_BODY_NAME_HEADS and (before is None or before.lower_ != "the"):
            continue  # (a public body's name takes its "The": "Trump Administration" alone is no body)
        # (a capitalised word before is a longer name's, but not a sentence's "The")
        if 2 <= tok.i + 1 - start <= 4 and not (
            before is not None and before.is_alpha and before.text[:1].isupper() and before.lower_ != "the"
        ):
            added.append(SpacySpan(doc, start, tok.i + 1, label="ORG"))
    return sorted(ents + added, key=lambda e: e.start) if added else ents


@functools.cache
def _business_description_hashes() -> numpy.ndarray:
    """String hashes of `lexicon.BUSINESS_DESCRIPTIONS`, sorted for `hashes_in`."""
    return hash_table(lexicon.BUSINESS_DESCRIPTIONS)


def _untagged_business_subjects(doc: Doc, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Nordair cancelled 120 flights ... The airline said": a one-word name the model
    left untagged is a body when it is the subject of a business's act ("cut",
    "reported") and a later sentence's subject is "the airline", "the company" or the
    like with no body tagged before it for that description to mean. The name must be
    no first name anyone bears and appear in no tagged entity, so surnames of people
    ("Rourke said") and people's acts stay as they were."""
    # (a headline line the model tagged a body, "Profits", is no body of the story; the
    # cached text, cut at its first line: `doc.text` rebuilt the whole text per article)
    text = doc_text(doc)
    heading = text[: text.find("\n")].strip() if "\n" in text else text.strip()
    if any(
        e.label == _ORG_ID and not (e.start_char == 0 and text[e.start_char : e.end_char].strip() == heading)
        for e in ents
    ):
        return ents
    # (the subjects whose lower case is a business word picked from the LOWER and DEP
    # columns: a walk over the Doc built a Token for every word of the article)
    lower, dep = column(doc, LOWER), column(doc, DEP)
    strings = doc.vocab.strings
    candidates = numpy.flatnonzero(
        ((dep == strings["nsubj"]) | (dep == strings["nsubjpass"])) & hashes_in(lower, _business_description_hashes())
    ).tolist()
    the = get_string_id("the")
    toks = tokens(doc)
    described = [i for i in candidates if toks[i].text.islower() and i > 0 and lower[i - 1] == the]
    if not described:
        return ents
    named = {t.lower_ for e in ents for t in e}
    for tok in doc[: described[-1]]:
        if (
            tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper()
            and tok.text[1:].islower() and tok.head.pos_ == "VERB"
            and tok.head.lemma_ in lexicon.BUSINESS_VERBS and tok.i < described[0]
            and not any(c.dep_ in ("compound", "conj", "cc", "det", "amod", "poss") for c in tok.children)
            and (tok.i == 0 or not doc[tok.i - 1].text[:1].isupper())
            and tok.lower_ not in named and _bearers(tok.text) == 0
        ):
            return sorted([*ents, SpacySpan(doc, tok.i, tok.i + 1, label="ORG")], key=lambda e: e.start)
    return ents


def _company_name_word(tok: Token, head: Token) -> bool:
    """A capitalised proper noun compounded onto a company word after it, no title."""
    return (
        tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() and tok.dep_ == "compound"
        and tok.i < tok.head.i <= head.i and tok.lower_ not in lexicon.TITLE_WORDS
    )


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
        # (the label first: `Span.root` walks the entity's words and their heads)
        if (
            ent.label in _WORK_IDS
            and (root := ent.root).dep_ == "nsubj"
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
    ("Compagnie Fluviale du Rhin"), and a "the" before them: a name, as a title is. A
    hyphen may join two of the words ("Okoro-Lindqvist said": a double-barrelled surname)."""
    words = list(ent[1:] if ent[0].lower_ == "the" and len(ent) > 1 else ent)
    return (
        words[0].text[:1].isupper() and words[-1].text[:1].isupper()
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in (words[0], words[-1]))
        and all(
            t.is_alpha and t.text[:1].isupper() or t.text in NAME_JOINING_PARTICLES
            or t.text == "-" and 0 < k < len(words) - 1
            for k, t in enumerate(words)
        )
        and (len(words) == len(ent) or _org_like(ent.text))
    )


def _first_name_after_title(doc: Doc, prev: Token) -> bool:
    """ "Manager Pep Sorli" with only "Sorli" tagged: a capitalised word the name data
    holds as a first name of either gender, right after a title, opens the name (the
    title marks where it starts). So does a clear first name the parser reads as a
    preposition ("Coach Per Lindholm")."""
    return (
        prev.i > 0
        and (_label_word(before := tokens(doc)[prev.i - 1]) or _role_opening(before))
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
    toks = tokens(doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    for ent in ents:
        # (the label and length first: most entities need no word read)
        if (
            ent.label in _PERSON_IDS
            and len(ent) == 1
            and (nxt := toks[ent.end] if ent.end < len(doc) else None) is not None
            and toks[ent.start].dep_ in ("compound", "flat")
            and toks[ent.start].head.i == nxt.i
            and nxt.pos_ == "PROPN"
            and not nxt.ent_type_
            and nxt.is_alpha
            and nxt.text[:1].isupper()
            and not nxt.text.isupper()
            and _clear_first_name(toks[ent.start])
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
    # The one-word people, the only entities relabelled: a longer name whose words are
    # none of theirs can neither make one a body's first word nor keep one a person's,
    # and is not looked at (its body test, `clean_name` and the name endings, cost most).
    toks = tokens(ents[0].doc) if ents else []  # (the article's Tokens, built once)
    singles = {toks[e.start].text for e in ents if len(e) == 1 and e.label in _PERSON_IDS}
    if not singles:
        return list(ents)
    firsts: dict[str, int] = {}
    people_words: set[str] = set()
    text = doc_text(ents[0].doc)  # (names sliced from it: `Span.text` joins Tokens)
    # (the one-word people's words as string hashes, looked for in the ORTH column's
    # slice of each longer name: most hold none, and their Tokens need not be built)
    orth = column(ents[0].doc, ORTH)
    single_ids = {int(orth[e.start]) for e in ents if len(e) == 1 and e.label in _PERSON_IDS}
    for e in ents:
        if len(e) < 2 or e.label not in _PERSON_OR_ORG_IDS:
            continue
        if single_ids.isdisjoint(orth[e.start : e.end].tolist()):
            continue
        words = [t.text for t in toks[e.start : e.end] if t.is_alpha and t.lower_ != "the"]
        if singles.isdisjoint(words):
            continue
        # Only a name that says it is a body's ("Mining", "News", "Bank"): "Trump Train"
        # tagged ORG makes no "Trump" a body.
        name = clean_name(text[e.start_char : e.end_char])
        body = _org_shaped(name) or _org_like(name)
        if body and words:
            firsts.setdefault(words[0], e.start)
        elif e.label in _PERSON_IDS:
            people_words.update(words)
    if not firsts:
        return list(ents)  # (no body's first word: no one-word person is relabelled)
    out = []
    for e in ents:
        if (
            e.label in _PERSON_IDS and len(e) == 1 and firsts.get(e.text, e.start) < e.start
            and e.text not in people_words
        ):
            e = SpacySpan(e.doc, e.start, e.end, label="ORG")
        out.append(e)
    return out


def _people_by_titled_surname(text: str, ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Amara Osei said the results had surprised her team. ... Ms Osei said": a first
    and last name the model tags as a body, whose first word is a common first name in
    the name data (`COMMON_GIVEN_NAME` bearers) and whose surname the text also writes after a personal honorific ("Ms
    Osei"), is a person: bodies take no honorific. (A first name alone does not do:
    "Charles Schwab", "John Lewis" are companies.) Only a name that is the subject of a
    reporting verb is relabelled, as in `_speakers_tagged_as_works`; elsewhere the label
    is left as the model gave it (relabelling every use moved which body a later "the
    editorial board" points back to), and "Ms Osei" still finds the person."""
    out = []
    for ent in ents:
        if (
            ent.label in _BODY_PLACE_IDS
            and len(ent) == 2
            and all(t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.text.isupper() for t in ent)
            and not _org_like(ent.text)
            and ent[-1].lower_ not in BODY_NAME_ENDINGS
            and ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in lexicon.SPEECH_VERBS
            and _bearers(ent[0].text) >= COMMON_GIVEN_NAME
            and _honorific_before(text, ent[-1].text)
        ):
            ent = SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


#: The personal honorifics, capitalised, as one alternation (`_honorific_before`).
_CAPITALISED_HONORIFICS = "|".join(w.capitalize() for w in sorted(lexicon.HONORIFICS))


def _honorific_before(text: str, surname: str) -> bool:
    """Whether ``text`` writes ``surname`` right after a capitalised personal honorific
    ("Ms Osei", "Dr. Osei")."""
    pattern = rf"(?<![\w-])(?:{_CAPITALISED_HONORIFICS})\.?\s+{re.escape(surname)}(?![\w-])"
    return re.search(pattern, text) is not None


def _people_by_honorific_suffix(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Hamada-san said": a capitalised name the model tags as a body or a place but that
    ends in a Japanese honorific hyphened to it is a person, as one after "Ms" is
    (`_people_by_honorific`): bodies and places are given no "-san"."""
    out = []
    for ent in ents:
        if ent.label in _BODY_PLACE_PRODUCT_IDS and HONORIFIC_SUFFIX.search(ent.text):
            words = HONORIFIC_SUFFIX.sub("", ent.text).split()
            if 1 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words):
                ent = SpacySpan(ent.doc, ent.start, ent.end, label="PERSON")
        out.append(ent)
    return out


def _people_by_honorific(ents: list[SpacySpan]) -> list[SpacySpan]:
    """ "Ms Fairbairn said": a name the model tags as an organisation or a place but that
    opens with a personal honorific (Mr, Mrs, Ms, Miss, Dr, with or without the period)
    is a person -- bodies and places take no honorific. One or two capitalised proper
    nouns must follow it."""
    out = []
    titled: set[str] = set()  # one-word names seen after an honorific or an office
    # (the article's Tokens, built once: doc[i] and a Span's words build new ones)
    toks = tokens(ents[0].doc) if ents else []
    for ent in ents:
        if ent.label not in _BODY_PLACE_PRODUCT_IDS:
            if ent.label in _PERSON_IDS and len(ent) == 1 and _after_title(ent):
                titled.add(toks[ent.start].text)
            out.append(ent)  # (tested first: dates and numbers stop here)
            continue
        doc = ent.doc
        first = toks[ent.start].lower_.rstrip(".")
        inside = first in lexicon.HONORIFICS
        office = not inside and len(ent) == 2 and first in lexicon.PERSONAL_OFFICES
        untitled = not (inside or office)  # (the name is all the entity, `rest` below)
        # "Mr Halloway" with only "Halloway" tagged: the honorific right before counts
        # too (the tokenizer may split "Mr" from its dot).
        k = ent.start - 1
        if k >= 1 and toks[k].text == "." and not toks[k - 1].whitespace_:
            k -= 1
        prev = toks[k] if k >= 0 and not inside else None
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
        if e.label in _BODY_PLACE_PRODUCT_IDS and len(e) == 1 and toks[e.start].text in titled
        and toks[e.start].pos_ == "PROPN" and e.root.dep_ not in ("compound", "amod", "poss")  # not "the Calloway campaign"
        else e
        for e in out
    ]


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
