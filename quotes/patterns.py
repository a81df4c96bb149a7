"""Text patterns and small token tests shared by several extraction modules.

Kept apart so the rule modules (``quotes.direct``, ``quotes.reported``, ...) can share
them without importing each other: this module imports no other extraction module.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

import numpy
from spacy.strings import hash_string
from spacy.tokens import Token

from quotes import lexicon
from quotes.doccolumns import head_of, kids

FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")

#: Verbs of setting out a case or plan: an "as" aside of one (`as outlined by Ada Voss`)
#: reports what its host clause says, like "as Voss said".
SETTING_OUT_VERBS = frozenset({"outline", "detail", "sketch", "summarize", "summarise"})
#: Verbs of putting a question: their passive subject is the one who answers.
ASKING_VERBS = frozenset({"ask", "question", "quiz", "press"})

#: Verbs that give a name ("as everyone calls him"): with an object, no aside reporting.
NAMING_VERBS = frozenset({"call", "name", "dub", "nickname", "know"})

# Dashes that close a dateline ("CLEVELAND (AP) \u2014 ...").
DATELINE_DASHES = frozenset({"\u2014", "\u2015", "\u2013", "--", "-"})

DASHES = "-\u2013\u2014\u2015\u2012\u2212"

#: List bullets: the symbols, a hyphen and an asterisk (a longer dash at a line start
#: opens dialogue or a signature, not a list item).
BULLET_CHARS = "\u2022\u00b7\u25aa\u2023\u25e6*-"
BULLETS = frozenset(BULLET_CHARS)
_BULLET = f"[{re.escape(BULLET_CHARS)}]"
CONTENT_DEPS = ("ccomp",)

#: "p.m.", "U.S.": letters each followed by a period.
#: A person described by an age, ending where the search ends: "the 31-year-old".
AGE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+\d{1,3}[-\s]year[-\s]old$")

#: An HTML entity left in scraped text (`&rsquo;`, `&#39;`): its ";" ends no clause.
HTML_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#[xX][0-9A-Fa-f]+);")


def without_entities(text: str) -> str:
    """``text`` with each HTML entity read as one apostrophe-like character, for tests
    of the punctuation between two words ("the town&rsquo;s council" has no ";")."""
    return HTML_ENTITY.sub("'", text)




def hashes_in(values: numpy.ndarray, table: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` (a column of string hashes) occur in ``table``, a sorted
    non-empty hash array: ``numpy.isin`` by binary search. ``numpy.isin`` sorts both
    arrays on every call, a sixth of the extractor's own time with a table of 1,266
    trigger forms; a search of each value in the sorted table costs a fifth of that."""
    at = numpy.minimum(numpy.searchsorted(table, values), len(table) - 1)
    return table[at] == values


def hash_table(words: Iterable[str]) -> numpy.ndarray:
    """The sorted string hashes of ``words``: the table `hashes_in` searches (spaCy's
    hashes depend on the string alone, so one table serves every document)."""
    return numpy.array(sorted(hash_string(w) for w in words), dtype=numpy.uint64)

#: Three lowercase words in a row after a name, before any comma: a sentence going on
#: ("... Brevik-Lund said the budget"), where a signature has at most a role word or two.
_SIGNATURE_PARTICLES = "|".join(sorted(lexicon.SURNAME_PARTICLES, key=len, reverse=True))
_SIGNATURE_WORD = r"(?:(?:al|el)-)?[A-Z][\w.'\-]+"

#: A list bullet closing the text before a quote on its line, and one opening a paragraph.
_BULLET_END = re.compile(rf"(?:^|(?<=\n))[ \t]*{_BULLET}[ \t]+$")
_BULLET_START = re.compile(rf"^{_BULLET}[ \t]+")


#: A capital Q, which every interview question line ("Q:", "Question:") holds.
CAPITAL_Q = re.compile("Q")


def line_start_matches(pattern: re.Pattern[str], text: str, needle: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a ``(?m)^``-led pattern whose matches keep to one
    line and hold a ``needle`` match on it: ``pattern`` is tried at the start of each line
    a needle is found on (in order, once a line). A pattern led by a line start gives the
    regex engine nothing to skip to, so its own scan ran the matcher at every character
    of the article; the needle (a literal or a class) is found in a tight C loop."""
    tried = -1
    for hit in needle.finditer(text):
        start = text.rfind("\n", 0, hit.start()) + 1
        if start == tried:
            continue
        tried = start
        m = pattern.match(text, start)
        if m is not None:
            yield m


def _without_bullet(lead: str) -> str:
    """The text before a quote without a list bullet that opens the quote's line.

    A bullet that `_BULLET_END` takes is the last character of ``lead`` but spaces and a
    line break: without one there, the pattern (led by a line start, which the regex
    engine cannot skip to) is not run over the whole lead, at every character of it."""
    if lead.rstrip(" \t\n")[-1:] not in BULLET_CHARS:
        return lead
    return _BULLET_END.sub("", lead)


def _agent_object(agent: Token) -> Token | None:
    """Who a passive's "by" names: its object, or the name the parser made the object of
    a title it read as a verb ("issued by engineer Tomas Berka": "engineer" a pcomp)."""
    pobj = next((c for c in kids(agent) if c.dep_ == "pobj"), None)
    if pobj is not None:
        return pobj
    for pcomp in kids(agent):
        if pcomp.dep_ == "pcomp" and pcomp.i == agent.i + 1:
            name = next((c for c in pcomp.rights if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
            if name is not None and all(t.pos_ == "PROPN" for t in name.lefts):
                return name
    return None


def _name_read_as_modal(verb: Token) -> Token | None:
    """`Instead, Will called for ...`, `Will believes Vrba can win`: a capitalised
    "Will" (or "May") right before a finite verb is a name the parser read as a modal,
    since a modal takes the bare verb ("will call"), not "called" or "calls"; it is
    the verb's subject."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return None
    modal = verb.doc[verb.i - 1]
    if modal.dep_ != "aux" or head_of(modal) != verb or modal.text not in ("Will", "May"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        return None
    return modal


def abbreviation_stop(tok: Token) -> bool:
    """A full stop written onto a name suffix or a legal form ("Greene Sr.", "Vantor Co.")."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    return (
        tok.text == "."
        and prev is not None
        and not prev.whitespace_
        and (prev.lower_ in lexicon.NAME_SUFFIXES or prev.lower_ in lexicon.LEGAL_FORMS)
    )


def _reported_as_saying(verb: Token) -> bool:
    """`Ada Ruiz has been reported as saying that ...`, `was cited as saying`: a passive
    of a report at second hand completed by "as" and a speech participle; its subject is
    the one who said it (as after "was quoted as saying"), not an addressee."""
    return verb.lemma_.lower() in lexicon.QUOTED_AS and any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in lexicon.SPEECH_VERBS for g in kids(c))
        for c in kids(verb)
    )


def _unable(verb: Token) -> bool:
    """The verb is negated with "can"/"could" ("can't seem to", "could not believe"): it
    says what someone is unable to do, not what they do."""
    children = list(kids(verb))
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in children) and any(
        c.dep_ == "neg" for c in children
    )


#: Conjunctions a participle clause opens with ("when asked", "once questioned").
_PARTICIPLE_CONJUNCTIONS = frozenset("when whenever if once after before until while".split())


def _asked_participle(verb: Token) -> bool:
    """`Asked about the charges, Ruiz said`, `When asked if he would run, ...`, `Ruiz
    told reporters when asked about the delay`, `Ruiz, asked about the delay, said`: a
    passive participle of asking, with no by-phrase naming the asker, set on the clause
    (or on the one asked); the clause's subject is the one asked, not who asked."""
    if verb.lemma_.lower() not in ASKING_VERBS or any(c.dep_ == "agent" for c in kids(verb)):
        return False
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    if verb.tag_ == "VBD" and verb.dep_ in ("advcl", "ccomp", "relcl"):
        if (
            before is not None
            and before.lower_ in _PARTICIPLE_CONJUNCTIONS
            and verb.dep_ in ("advcl", "relcl")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in kids(verb))
        ):
            # (`replied Downing Street when asked whether ...`, `Ruiz, when asked ...,
            # said`: the participle after "when", tagged as a past tense with no
            # subject of its own, hung on the clause or on the one asked.)
            return True
        if verb.dep_ == "relcl":
            return False
        # (`Ruiz, asked about the delay, said`: the parser reads "Ruiz asked" and leaves
        # "said" with no subject; set off by a comma, it is the participle.)
        return (
            before is not None and before.text == "," and head_of(verb).i > verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(head_of(verb)))
        )
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and (verb.dep_ == "advcl" or head_of(verb).pos_ in ("PROPN", "PRON") or head_of(verb).ent_type_ == "PERSON")
    )


def _occasion_object(prep: Token) -> Token | None:
    """The object of an "in"/"during" phrase that names an occasion of speaking with
    "a" or "an" (`in a tweet`, `during an interview`): where words were given, not more
    of them. None for any other phrase."""
    if not _occasion_phrase(prep):
        return None
    pobj = next(c for c in kids(prep) if c.dep_ == "pobj")
    return pobj if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in pobj.lefts) else None


def _occasion_phrase(prep: Token) -> bool:
    """An "in"/"during" phrase naming an occasion of speaking, whatever its determiner
    (`in an interview with Radio Nord`, `during her speech to the union`)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return False
    pobj = next((c for c in kids(prep) if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.lemma_.lower() in lexicon.SPEECH_OCCASIONS


def _plural_agent(noun: Token) -> bool:
    """A plain plural noun (no name) as the agent of a "by" phrase: `a warning by
    coastguards`, `described by inspectors as "..."`. People in the plural who do
    something are its authors, though no list holds their trade."""
    return noun.tag_ == "NNS" and not noun.ent_type_


#: Person nouns compounded on "-man"/"-woman"/"-person" ("fisherman", "linesmen") and
#: the few such words that name no person.
_PERSON_COMPOUND = re.compile(r"^[a-z]{3,}(?:man|men|woman|women|person|persons|people)$")
_NOT_PERSON_COMPOUNDS = frozenset("human humans talisman talismans ottoman ottomans caiman caimans".split())


def _person_compound(word: str) -> bool:
    """A compound naming a person by trade or place ("fishermen", "linesman"): such
    words are open-ended, so the lexicon's person nouns cannot list them all."""
    return bool(_PERSON_COMPOUND.match(word)) and word not in _NOT_PERSON_COMPOUNDS


def _present_tense_stem(word: str) -> str:
    """The lemma of a third-person present verb by spelling alone ("muses" muse, "shrugs"
    shrug, "wishes" wish, "fixes" fix), for a verb the tagger read as a plural noun
    (`Okonjo muses.`, `Okafor laughs.`), whose lemma it then gives as the noun's."""
    return word[:-2] if word.endswith(("shes", "ches", "sses", "xes", "zes")) else word[:-1]


def _has_subject(verb: Token) -> bool:
    """``verb`` has a subject of its own (active, passive or clausal)."""
    return any(c.dep_ in SUBJECT_DEPS for c in kids(verb))


def _auxes_before(verb: Token) -> list[Token]:
    """``verb``'s auxiliaries before it, in order (`would have been`: would, have, been)."""
    return [c for c in kids(verb) if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


#: A sentence's end and the capital of the next ("... close. The ...").
SENTENCE_BREAK = re.compile(r"[.!?]\W*\s+\W*[A-Z]")


def _has_that(clause: Token) -> bool:
    """``clause`` has the complementizer "that" as its mark (`that the port would close`)."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(clause))


def _that_read_as_relative(clause: Token) -> bool:
    """`the claim by the prosecutors that the firm had hidden losses`: the parser read
    "had hidden losses" as "had" + an adjective and made "that" the relative pronoun
    object of "had". A relative clause (or a clause the parser hangs on the noun as
    "acl") whose "that" holds a role (object, subject) that another word of the clause
    holds too has no gap for it: "that" is a complementizer."""
    if clause.dep_ not in ("relcl", "acl") or clause.left_edge.lower_ != "that":
        return False
    that = clause.left_edge
    if head_of(that).i != clause.i or that.dep_ not in ("dobj", "nsubj", "nsubjpass"):
        return False
    # ("the denial that cuts were planned": "that" and "cuts" both read as the passive's
    # subject; a clause has one subject, active or passive, so either filled leaves none)
    roles = ("nsubj", "nsubjpass") if that.dep_ != "dobj" else ("dobj",)
    return any(c.dep_ in roles and c.i != that.i for c in kids(clause))


def _that_read_as_determiner(clause: Token) -> bool:
    """`the government's warning that fuel would be rationed`: the parser read "that"
    as the determiner of the clause's subject ("that fuel") and hung the clause on the
    noun as a relative. A clause right after the noun, opened by that "that", whose
    subject it determines, with no gap a relative would leave (passive, or with its
    object or complement filled), has a complementizer; with a gap (`the promise that
    company made`) "that" is a demonstrative."""
    if clause.dep_ not in ("relcl", "acl") or clause.left_edge.lower_ != "that":
        return False
    that = clause.left_edge
    noun = head_of(clause)
    if that.dep_ != "det" or that.i != noun.i + 1:
        return False
    subject = head_of(that)
    if subject.dep_ not in ("nsubj", "nsubjpass") or head_of(subject).i != clause.i:
        return False
    return subject.dep_ == "nsubjpass" or any(
        c.dep_ in ("dobj", "attr", "acomp", "oprd", "ccomp", "xcomp") for c in kids(clause)
    )


def _complementizer_read_as_relative(clause: Token) -> bool:
    """`will tell the players that he is leaving`: the parser hangs the that-clause on the
    hearer as a relative clause, with "that" as its object. The tagger still reads that
    "that" as a subordinator (IN), where a relative "that" is a WDT ("the players that he
    had signed"), and the clause has a subject of its own right after it."""
    if clause.dep_ != "relcl" or head_of(clause).i >= clause.i:
        return False
    that = clause.left_edge
    if that.lower_ != "that" or that.tag_ != "IN" or head_of(that).i != clause.i:
        return False
    before = clause.doc[that.i - 1]
    if before.is_punct or not head_of(clause).left_edge.i <= before.i <= head_of(clause).i:
        return False  # ("told the players, that he ...": "that" right after the hearer)
    subject = clause.doc[that.i + 1]
    return subject.dep_ in ("nsubj", "nsubjpass") and head_of(subject).i == clause.i or any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i and c.left_edge.i == that.i + 1 for c in kids(clause)
    )


def _reports_own_that_clause(verb: Token) -> bool:
    """``verb`` governs a that-clause after it (`... and warned that B`): a report of its
    own, even where the parser hung ``verb`` on an earlier cue as one more clause."""
    return any(c.dep_ == "ccomp" and _has_that(c) and c.i > verb.i for c in kids(verb))


def _has_to(verb: Token) -> bool:
    """``verb`` is an infinitive with its "to" (`to close the port`)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(verb))


def _how_long(slot: Token) -> bool:
    """The object of "for" is a stretch of time: a date or time entity ("for three
    days"), a bare time noun ("for hours") or a share of one ("for most of the evening",
    "for the better part of an hour")."""
    if _time_word(slot):
        return True
    if slot.lemma_.lower() not in lexicon.SHARE_WORDS:
        return False
    of = next((c for c in kids(slot) if c.dep_ == "prep" and c.lower_ == "of"), None)
    whole = next((c for c in kids(of) if c.dep_ == "pobj"), None) if of is not None else None
    return whole is not None and _time_word(whole)


def _time_word(tok: Token) -> bool:
    """A date or time entity's word, or a noun of a stretch of time (`_how_long`)."""
    return tok.ent_type_ in ("DATE", "TIME") or tok.lemma_.lower() in lexicon.DURATION_NOUNS


def _put_it_in_an_as_clause(verb: Token) -> bool:
    """`As Maria Lopez likes to put it, "..."`, `as he would later put it:`: "put it" as
    the infinitive of an "as" clause set off by a comma or colon is that clause's idiom
    of saying, as "as she put it" is."""
    head = head_of(verb)
    if verb.dep_ != "xcomp" or head.dep_ != "advcl" or head.i > verb.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < head.i for c in kids(head)):
        return False
    after = verb.right_edge.i + 1
    doc = verb.doc
    return verb.right_edge.text in (",", ":") or after < len(doc) and doc[after].text in (",", ":")
