"""Shapes of names and words shared by the entity corrections and the resolver's rules.

Patterns, word lists and small tests ("is this a first name the data knows", "a title
before a name", ``Entity``, ``clean_name``) that both ``quotes.entities`` and the
``Resolver`` mixins need: kept below them all so none has to import another.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotes import lexicon, namedata
from quotes.doccolumns import kids, tokens
from quotes.doctext import doc_text
from quotes.marks import is_quote_char

PERSON_LABELS = ("PERSON",)

# A headline that names its speaker before a colon: "Rubio: I Still Believe ...".
SPEAKER_LABEL = re.compile(r"[ \t]*([A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,3}):[ \t]")

ORG_LABELS = ("ORG", "GPE", "NORP", "FAC")
# A title word right before a name ("Mrs. Patel", "Congresswoman Ruiz"), or at its start.
TITLE_BEFORE = re.compile(r"\b([A-Za-z]+)\.?[ \t\u00a0]+$")

TITLE_AT = re.compile(r"([A-Za-z]+)\.?[ \t\u00a0]+(?=[A-Z])")


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
        """The last word of the name, past a generational suffix: "Walter Denholm Sr."
        is a Denholm (the later "the elder Denholm", "Denholm said"), not an "sr."."""
        words = self.name.split()
        if len(words) >= 2 and words[-1].rstrip(".").lower() in lexicon.NAME_SUFFIXES:
            return words[-2].rstrip(",").lower()
        return words[-1].lower()


# Titles that look like names: "Miss Universe Alicia Machado" is Alicia Machado.
# The model may tag "Universe Alicia Machado" or just "Universe" without the "Miss".
PAGEANT_TITLE = re.compile(
    r"^(?:(?:Former|former)\s+)?(?:Miss\s+)?(?:Universe|America|USA|World|Earth|Teen\s+USA)\b\s*"
)

#: Invisible format characters, which a shown name drops.
INVISIBLE_RUN = re.compile(f"[{re.escape(lexicon.INVISIBLE_FORMAT_CHARS)}]+")


#: A zero-width joiner between two Latin letters ("A\u200dda Ruiz", pasted or scraped):
#: it joins nothing there (it shapes emoji sequences and Indic conjuncts, left alone), and
#: kept it made "A\u200dda Ruiz" another speaker than "Ada Ruiz".
LATIN_JOINER = re.compile("(?<=[A-Za-z\u00c0-\u024f])\u200d+(?=[A-Za-z\u00c0-\u024f])")


#: Variation selectors after a Latin letter ("Otis\ufe0f Brennan", scraped from a page that
#: styled its text as emoji): they choose a glyph's look for emoji and CJK ideographs, and
#: do nothing to a Latin letter; kept, the name showed an invisible character and was
#: another speaker than "Otis Brennan" (bad67 text-word-joiner-names).
LATIN_VARIATION = re.compile("(?<=[A-Za-z\u00c0-\u024f])[\ufe00-\ufe0f]+")


#: A Japanese honorific hyphened to the end of a capitalised name ("Tsukamura-san").
HONORIFIC_SUFFIX = re.compile(
    rf"(?<=[A-Za-z\u00c0-\u024f]{{2}})-(?:{'|'.join(sorted(lexicon.JAPANESE_HONORIFIC_SUFFIXES))})$"
)

#: The comma between a name and its generational suffix ("Brennan, Jr.").
NAME_SUFFIX_COMMA = re.compile(r",\s*(?=(?:Jr|Sr|JR|SR|II|III|IV)\b\.?$)")


#: A possessive or a closing apostrophe ending a name (`clean_name`).
_POSSESSIVE_END = re.compile(r"(?:'s|\u2019s|'|\u2019)$")
#: A leading "the" (`clean_name`).
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


@functools.lru_cache(maxsize=65_536)
def clean_name(text: str) -> str:
    """A name as it should be shown: no possessive, no leading article, one space (an
    invisible format character counts as a space: `Tom\u200b Reilly` is Tom Reilly; a
    soft hyphen, a hint of where the word may break, is no character of the name).

    Cached (a pure function of the text): the same few names come back for every
    entity and mention of an article, and the five regular expressions cost more than
    the lookup. Each step after the spaces runs only when the text holds what it takes
    away (most names hold none of it), as every new name still goes through them all."""
    text = INVISIBLE_RUN.sub(" ", text).replace(lexicon.SOFT_HYPHEN, "")
    if "\u200d" in text:
        text = LATIN_JOINER.sub("", text)
    if LATIN_VARIATION.search(text):
        text = LATIN_VARIATION.sub("", text)
    text = fix_mojibake(text)
    # (the split on any whitespace, joined by one space, is the one-space rewrite: a
    # leading or trailing space it leaves out is one the strip takes off)
    text = " ".join(text.split()).strip(" ,;:-\u2014\u2013\u2015\u2012\u2212\"'\u201c\u201d\u2018\u2019")
    text = PAGEANT_TITLE.sub("", text)
    if text.endswith(("s", "'", "\u2019")):
        text = _POSSESSIVE_END.sub("", text).strip()
    if text[:3] in ("the", "The", "THE"):
        text = _LEADING_THE.sub("", text)
    # "Otis Brennan, Jr." is shown as "Otis Brennan Jr.": the comma is only punctuation.
    if "," in text:
        text = NAME_SUFFIX_COMMA.sub(" ", text)
    # "Tsukamura-san", "Sato-sensei": a Japanese honorific suffix is a courtesy title
    # written after the name, no part of it (as "Mr" before it is none).
    if "-" in text:
        text = HONORIFIC_SUFFIX.sub("", text)
    # "FlagShareLikeReplyLena Osei": a page's buttons glued to the name (two or more
    # lowercase-to-capital joins in one word; "McAllister", "DeShawn" have one).
    return " ".join(_unglued(w) for w in text.split(" "))


def _unglued(word: str) -> str:
    """The last part of a word with two or more lowercase-to-capital joins and no hyphen
    (see `clean_name`); any other word, a handle ("@realDonaldTrump") included, as it is."""
    rest = word[1:]
    if rest == rest.lower() or "-" in word or word[:1] in "@#" or len(GLUED_WORDS.findall(word)) < 2:
        return word
    return GLUED_WORDS.split(word)[-1]


def _upper_first(text: str) -> str:
    """The text with its first letter upper case, the rest as written: a description
    or body built from words of a sentence ("the company spokesman") is shown as a name
    is, and its own capitals ("a BBC presenter") are kept. (Not `str.capitalize`, which
    lowers the rest, nor `str.title`, which capitalises every word.)"""
    return text[:1].upper() + text[1:]


def _capitalised(word: str) -> str:
    """One word of a sentence shown as an unnamed speaker's label ("officials" ->
    "Officials", "DEMOCRAT" -> "Democrat"): the label groups the same words however the
    article cased them. (Not `str.capitalize`, which title-cases the first letter.)"""
    return word[:1].upper() + word[1:].lower()


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

SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})

#: An interview's answer labels ("A: Because ...") and its question lines.
ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})



#: Quote marks around a nickname inside a name: 'Edmund "Ned" Calloway'.
NICKNAME_MARKS = frozenset({'"', "'", "\u201c", "\u201d", "\u2018", "\u2019"})


def _hyphenated_given(doc: Doc, i: int) -> bool:
    """Whether the three tokens from ``i`` are one hyphenated word ("Soo", "-", "jin",
    with no space between) the name data knows as a first name: the one test of the
    three places that find such a given name the model split."""
    return (
        i + 2 < len(doc)
        and _joining_hyphen(tokens(doc)[i + 1])  # (the article's Tokens, built once)
        and _name_genders().get(_plain(doc[i : i + 3].text)) is not None
    )


def _hyphenated_first_name(ent: SpacySpan, start: int) -> bool:
    """Whether the name's words from ``start`` open with a hyphenated word the name data
    knows as a first name ("Soo-jin" of "Soo-jin Kim")."""
    return start + 3 < len(ent) and ent[start].text[:1].isupper() and _hyphenated_given(ent.doc, ent.start + start)

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


def _after_title(ent: SpacySpan) -> bool:
    """Whether an honorific or a personal office stands right before ``ent``."""
    toks = tokens(ent.doc)  # (the article's Tokens, built once: doc[i] builds one anew)
    k = ent.start - 1
    if k >= 1 and toks[k].text == "." and not toks[k - 1].whitespace_:
        k -= 1
    word = toks[k].lower_.rstrip(".") if k >= 0 else ""
    return (word in lexicon.HONORIFICS or word in lexicon.PERSONAL_OFFICES) and toks[k].text[:1].isupper()


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


def _people_of_a_trade(head: Token) -> bool:
    """A plural lowercase personal noun ("firefighters", "prosecutors", "dockworkers"):
    an unnamed group. Not evidence ("numbers", "papers") nor a "-ment" word, nor a thing
    shaped like an agent noun ("rents")."""
    lemma = head.lemma_.lower()
    if not (
        head.pos_ == "NOUN" and head.tag_ == "NNS" and head.text.isalpha() and not head.ent_type_
        and (head.is_lower or head.is_sent_start and head.text[1:].islower()) and _personal_noun(lemma)
        and lemma not in lexicon.EVIDENCE_SOURCES and not lemma.endswith(("ment", "event"))
        and lemma not in lexicon.THING_NOUNS_OF_AGENT_SHAPE
    ):
        return False
    # "Sanders is relying on ...": a capital that opens the sentence may be a surname,
    # which the story then also writes with a capital inside a sentence.
    return head.is_lower or re.search(rf"[a-z,;] {head.text}\b", doc_text(head.doc)) is None


def party_section(members: Token) -> list[Token]:
    """ "Senate Democrats", "House Republicans", "Wyoming Republicans": the proper nouns
    tagged a body or a place compounded on a party's members in the plural (NORP, NNPS),
    which name that section of the party as a group of its own (`bodies._org_in` and the
    "they" of `pronouns` both file it so: one speaker, one label). Empty when any
    modifier is something else ("Mainstream Republicans", "Latino Republicans", "Angry
    Democrats": a kind of member, not a named section)."""
    if members.ent_type_ != "NORP" or members.tag_ != "NNPS":
        return []
    mods = [c for c in members.lefts if c.dep_ in ("compound", "amod", "nmod", "poss")]
    if not mods or any(
        m.dep_ != "compound" or m.tag_ != "NNP" or m.ent_type_ not in ("ORG", "GPE", "LOC") for m in mods
    ):
        return []
    return mods


def _common_lemma(token: Token) -> str:
    """The lemma of a noun, a lowercase word the tagger read as a proper noun included
    ("China's foreign ministry" has "ministry" as NNP)."""
    return token.lower_ if token.pos_ == "PROPN" else token.lemma_.lower()


def _joining_hyphen(tok: Token) -> bool:
    """The hyphen inside a double-barrelled name ("Adebisi-Cole"), with no space on
    either side."""
    return (
        tok.text == "-" and 0 < tok.i < len(tok.doc) - 1
        and not tok.doc[tok.i - 1].whitespace_ and not tok.whitespace_
    )


def plural_role_before_name(tok: Token) -> bool:
    """ "Shopkeepers Ana and Tom Kelo": a capitalised plural personal noun opening its
    sentence (or after a lowercase word) right before a couple's first name is the role
    of the people named, no part of the first one's name ("Shopkeepers Ana"). Not a
    word the model tags a person ("Sanders")."""
    lower = tok.lower_
    return (
        tok.is_alpha and tok.text[:1].isupper() and tok.text[1:].islower() and not tok.ent_type_
        and lower.endswith("s") and not lower.endswith("ss") and _personal_noun(_singular_form(lower))
        and (tok.i == 0 or tok.is_sent_start or not tok.doc[tok.i - 1].text[:1].isupper())
    )


def _singular_form(word: str) -> str:
    """A plural's singular by spelling alone ("ferries" -> "ferry", "nurses" -> "nurse"),
    for a lookup in the model's word list; a word not ending in one "s" is returned as is."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


@functools.lru_cache(maxsize=4096)
def _label_key(word: str) -> str:
    """A title, or a job label that opens a name ("Billionaire", "Economist"), as the
    role a later "the billionaire said" points back to (`_role_key`). Cached: it is
    asked of every word of every name and of the words before it."""
    return _role_key(word, any_noun=word.lower().strip(".") in lexicon.NAME_ROLE_PREFIXES)


#: Nouns for a kind of business that ORG_DESCRIPTIONS leaves out, since "the app said"
#: alone names back to nothing, but which set off after a name make it a body's
#: ("Xandor, the ride-hailing app, said").
BODY_APPOSITION_NOUNS = frozenset("app platform website marketplace studio".split())


def _described_as_body(name: Token) -> bool:
    """Whether a name has a description in apposition whose noun is a kind of body
    ("Xandor, the ride-hailing app,", "Tervala, the Finnish retailer,", "the chipmaker"):
    then it names a body, whatever the tagger or the name data make of it. Only "the"
    description set off right after the name: people get "a" ("a shipping-supplies
    manufacturer", "a policy maker"), and the parser hangs later appositions on the name
    too ("member for the Caucus of Rank and File Educators, a group of activists")."""
    for child in kids(name):  # (the article's children, listed once: `Token.children` builds them anew)
        if child.dep_ != "appos" or child.pos_ != "NOUN" or child.tag_ != "NN" or child.i < name.i:
            continue
        first = child.left_edge
        if first.lower_ != "the" or first.i != name.i + 2 or name.doc[name.i + 1].text != ",":
            continue
        lemma = child.lemma_.lower()
        if (
            lemma in lexicon.ORG_DESCRIPTIONS and lemma not in lexicon.STATE_DESCRIPTIONS
            or lemma in BODY_APPOSITION_NOUNS or lemma.endswith("maker")
        ):
            return True
    return False


#: An agent suffix of a noun for a person ("pollster", "diplomat"; `_personal_noun`).
def role_noun(tok: Token) -> bool:
    """Whether ``tok`` reads as a common noun where a role may stand ("the bishop said",
    "met the bishop, Ambrose Keel"): tagged a noun; or a proper noun in lowercase (the
    small model tags many a lowercase role word so); or an office written in capitals
    ("the Labour MP"), which it tags a proper noun too; or a capitalised title word
    after "the" ("the Crown Prince": a name takes no "the")."""
    return (
        tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and tok.text.islower()) or tok.text in lexicon.ROLE_ABBREVIATIONS
        or _capitalised_title_after_the(tok)
    )


def _capitalised_title_after_the(tok: Token) -> bool:
    """ "the Crown Prince", "the President": a proper noun after "the" that is a
    person's title ("State" of "The Islamic State" is a title word too, but no person's;
    one the model tags a body or place is that body's name)."""
    return (
        tok.pos_ == "PROPN" and _persons_title_word(tok)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.lefts)
    )


def _persons_title_word(tok: Token) -> bool:
    """Whether ``tok`` is a word a person is called by as a title ("Prince", "President")
    and not tagged part of a body's or place's name ("State" of "The Islamic State" is a
    title word too, but no person's)."""
    return (
        tok.lower_ in lexicon.TITLE_WORDS
        and (tok.lower_ in lexicon.PERSON_DESCRIPTIONS or tok.lower_ in lexicon.REGNAL_TITLES)
        and tok.ent_type_ not in ("ORG", "GPE", "NORP", "FAC")
    )


_AGENT_SUFFIX = re.compile(r"(?:er|or|ist|ian|ant|ent|ee|crat|mat)$")


def _word_char(c: str) -> bool:
    """Whether ``c`` is a character re's ``\\w`` matches in a str pattern (a letter, a
    digit or a number of any script, or "_"; "" is none)."""
    return c.isalnum() or c == "_"


def whole_word_at(word: str, text: str, pos: int) -> bool:
    """Whether ``word`` (a name or a word of one) stands at ``pos`` as a whole word: each
    of its two edges a word boundary as ``re`` reads ``\\b``, a word character on one
    side only (so a word opening or closing on a stop needs a word character beside
    it). String tests, where a pattern per name was compiled before: the resolver
    asks for a new name in nearly every article, and compiling (re's parser and compiler,
    in Python) cost more than all the searches made with it."""
    end = pos + len(word)
    if not word or not text.startswith(word, pos):
        return False
    before = pos > 0 and _word_char(text[pos - 1])
    if _word_char(word[0]) == before:
        return False  # (a word character on both sides, or a non-word one on both)
    return _word_char(word[-1]) != (end < len(text) and _word_char(text[end]))


def whole_word_in(word: str, text: str) -> int:
    """Where ``word`` first stands in ``text`` as a whole word (`whole_word_at`; -1:
    nowhere), trying each place the word occurs."""
    pos = text.find(word) if word else -1
    while pos >= 0:
        if whole_word_at(word, text, pos):
            return pos
        pos = text.find(word, pos + 1)
    return -1


def _personal_noun(lemma: str) -> bool:
    """Whether a noun names a person by role ("senator", "pollster", "diplomat"):
    a title or description word, or an agent suffix; "the poll", "the book" are not."""
    if lemma in lexicon.ORG_DESCRIPTIONS or lemma in lexicon.STATEMENT_NOUNS:
        return False
    return _listed_role(lemma) or bool(_AGENT_SUFFIX.search(lemma))


def _listed_role(lemma: str) -> bool:
    """Whether a word lists give as a person's title or role ("senator", "the actress
    said", "the striker")."""
    return bool(
        lemma in lexicon.TITLE_WORDS
        or lemma in lexicon.PERSON_DESCRIPTIONS
        or lemma in lexicon.NAME_ROLE_PREFIXES
        or lexicon.ROLE_KEYS.get(lemma)
    )

#: Words that make a title a second office when they stand before it: "Lieutenant
#: Governor" is also "lieutenant governor", which a later "the lieutenant governor"
#: picks over the governor.
SECOND_RANKS = frozenset({"lieutenant", "deputy", "vice", "assistant", "associate", "acting"})

#: One initial of a name: "A." of "A. N. Whitfield".
INITIAL = re.compile(r"[A-Z]\.")

#: Words that put a role in the past.
FORMER_WORDS = frozenset({"former", "ex"})

#: Last words of a body's name: "Rail Operators' Association", "Dockers' Union".
BODY_NAME_ENDINGS = frozenset(
    "association union federation council institute society league alliance coalition authority "
    "agency commission foundation trust board committee guild watchdog".split()
)


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


def _role_word(lemma: str) -> bool:
    """A noun naming a person by role, trade, standing or kin ("striker", "veteran",
    "rookie", "widow")."""
    return _personal_noun(lemma) or lemma in lexicon.ROLE_HEADS or lemma in lexicon.KIN_NOUNS


def _no_first_name(name: str) -> bool:
    """Whether a name's first word is no first name the name data knows ("Ostmark")."""
    return _name_genders().get(_plain(name.split()[0])) is None


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


def _initials(name: str) -> str:
    """ "North Atlantic Treaty Organization" -> "NATO" (small words skipped)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _strip_titles(ent: SpacySpan, english: Callable[[str], bool] | None = None) -> str:
    # "Crooked Hillary Clinton", "Former Governor X": words before the name that are not
    # proper nouns are epithets or roles, not part of the name.
    # "Without Bloomberg, ...", "Neither Cruz nor ...": a function word the model took
    # into the name is not part of it either (unless the name data knows it clearly as
    # a first name: "Per Aune"). "Stated Stone:" / "Continued Stone:": a reporting verb
    # labelling a quote, read as a proper noun, is the cue, not a first name.
    start = 0
    toks = tokens(ent.doc)  # (the article's Tokens, built once: Span[i] builds one anew)
    while start < len(ent) - 1:
        word = toks[ent.start + start]
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
        if toks[ent.start + start + 1].text in NICKNAME_MARKS and _strong_first_name(word.text):
            break  # 'Edmund "Ned" Calloway', with "Edmund" read as an adjective
        start += 1
    # (the words from ``start`` on, cut from the document's text: `ent[start:]` built a
    # new Span, and its `.text` joined its Tokens' texts anew)
    rest = doc_text(ent.doc)[toks[ent.start + start].idx : ent.end_char] if len(ent) else ""
    words = _after_inner_title(rest.split())
    while len(words) > 1 and (
        words[0].lower().strip(".") in lexicon.TITLE_WORDS
        or words[0] in lexicon.CAPITALISED_TITLES
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
    row = _name_genders().row(_plain(word))
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


def _propn_run(span: SpacySpan, english: Callable[[str], bool] | None = None) -> str:
    """The proper-noun phrase around the head, without title words in front (nor, given
    ``english``, a role word before a first name: "Organiser Femi Adeyemi")."""
    head = span.root
    if head.pos_ != "PROPN" or (
        head.is_lower and head.is_alpha and head.text not in lexicon.SURNAME_PARTICLES
        and (english is None or english(head.text))
    ):
        # ("the crown prince said", the tagger calling the lowercase words proper nouns:
        # a title, not a person named "crown prince"; a name written in lowercase, "said
        # maria okafor", is no English word and stays a name)
        return ""
    if english is not None and _title_after_the(span, head):
        return ""  # (for a person's name only: "The Islamic State" is a body's)
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


def _title_after_the(span: SpacySpan, head: Token) -> bool:
    """ "the Crown Prince said", "the Grand Duke said": a capitalised run after "the"
    whose head is a title word is the title, not a person's name -- a name does not take
    "the", and a head word that is a title ("Prince") is how the holder is called. The
    holder is found as for "the crown prince" in lowercase; "Erik Prince said", without
    "the", is still a name."""
    if not _persons_title_word(head):
        return False
    i = head.i - 1
    while i >= span.start and span.doc[i].pos_ == "PROPN" and span.doc[i].dep_ in ("compound", "flat", "amod"):
        i -= 1
    return i >= span.start and span.doc[i].lower_ == "the" and span.doc[i].dep_ == "det"


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


def _org_shaped(name: str) -> bool:
    """A "person" name that is a body's: it ends in a word like "PAC", "News" or
    "Times", or starts with "Team" ("Team Clinton" is a campaign)."""
    words = name.split()
    return len(words) >= 2 and (
        words[-1].strip(".,").lower() in lexicon.ORG_NAME_ENDINGS
        or words[0].lower() in lexicon.ORG_NAME_STARTS
    )


#: A body's head word (`_org_like`).
_ORG_HEAD_WORD = re.compile(
    r"\b(Ministry|Department|Council|Office|Agency|Party|Government|Commission|"
    r"Committee|Union|Bank|Company|Corporation|Inc|Ltd|Group|Association|"
    r"University|Court|Authority|Organization|Organisation|Alliance|House|Kremlin|"
    r"Soci[ée]t[ée]|Sociedad|Societ[àa]|Compagnie|Compa[ñn][íi]a|Banque|Banco|Groupe|Grupo|"
    r"Gesellschaft|Stiftung|Fondation|Fundaci[óo]n|F[ée]d[ée]ration|Federaci[óo]n|"
    r"Syndicat|Sindicato|Minist[èe]re|Ministerio)\b"
)


@functools.lru_cache(maxsize=65_536)
def _org_like(text: str) -> bool:
    """A body's head word in the name: English, or the usual ones of French, Spanish,
    Italian, Portuguese and German names, accents written or not ("Société Minière du
    Nord", "Societe Miniere du Nord").

    Cached (a pure function of the text): asked of every entity by several passes,
    65,000 times on train."""
    return bool(_ORG_HEAD_WORD.search(text))


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


def _label_word(token: Token) -> bool:
    """A title or role label in front of a name: "Sen.", "Bishop", "Chef", "Striker"."""
    word = token.lower_.strip(".")
    return word in lexicon.TITLE_WORDS or word in lexicon.NAME_ROLE_PREFIXES


def _name_word(word: str) -> bool:
    """A word a name can be: letters, with one inner apostrophe ("O'Donnell", "D’Souza").

    Letters alone (`str.isalpha`, every one a word character that is no digit nor "_")
    answer without the pattern: nearly every word asked is one."""
    return word.isalpha() or NAME_WORD.fullmatch(word) is not None


NAME_WORD = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]+)?")


@functools.lru_cache(maxsize=65_536)
def _plain(word: str) -> str:
    """A name as nomquamgender keys it: lower case, no accents, and the letters no
    decomposition splits written the way the data does ("Søren" -> "soren",
    "Łukasz" -> "lukasz"). Cached: the name data is asked about the same words over
    and over."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower().translate(lexicon.UNSPLIT_LETTERS)
