"""Finding quotations and reported speech in a parsed document.

Two passes meet here. Direct quotes start from the quote marks (``quotes.marks``) and
look outward for a cue in the same sentence, then in the sentences around. Reported
speech starts from cue verbs and takes their clausal complement from the dependency
parse. Where a reported clause contains a quoted fragment, the two merge into one
``mixed`` item. Speakers are found here as mentions ("he", "NATO Chief Jens
Stoltenberg"); turning mentions into people is ``quotes.resolve``'s job.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy
from spacy.attrs import DEP, LEMMA, LOWER, ORTH
from spacy.strings import hash_string
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from quotes import lexicon, namedata
from quotes.doctext import doc_text
from quotes.marks import (
    MARKUP_TAG,
    TAG,
    QuoteSpan,
    datelines,
    find_quotes,
    is_quote_char,
    is_quote_token,
    line_wraps,
    paragraphs,
)
from quotes.models import Quote, Span

#: `," by the Ledger's Ann Roe: ` between a headline in marks and the excerpt after it.
BYLINE = re.compile(r",?\s+by\s+[^\s:\"\u201c\u201d][^:\n\"\u201c\u201d]{1,60}:\s*")
# A byline on a line of its own ("By Ana Ruiz | 4 March", "Interview by Ana Ruiz", "Von
# Ana Ruiz, Berlin", "By ANA RUIZ"): with a name written capitalised after the word.
BYLINE_LINE = re.compile(
    r"[ \t]*(?:(?:Interview|Words|Reporting|Text|Story)[ \t]+by|By|BY|Von|Par|Por)[ \t]+"
    r"(?:Dr\.?[ \t]+)?[A-Z][\w.'\u2019-]*(?:[ \t]+[A-Z][\w.'\u2019-]*)+[^\n]{0,100}$",
    re.M,
)
#: The header of a web page (headline, kicker, standfirst, timestamps) ends at a byline
#: line among its first few lines; more lines than this before it are story, not header.
#: (So are two lines ending in a full stop, or a first one: a standfirst may, a headline not.)
HEADER_MAX_LINES = 5
# A word as `_in_first_person` counts them, apostrophe included ("I'm", "I’m").
SPOKEN_WORD = re.compile(r"[\w\u2019']+")
# The first person, in the forms `SPOKEN_WORD` gives.
FIRST_PERSON_WORDS = frozenset({"i", "i'm", "i\u2019m", "me", "my", "we", "our", "us"})
# Whitespace opening a text (matched, not stripped: no copy of the text).
LEADING_SPACE = re.compile(r"\s*")
QUOTE_CLOSERS = "'\"\u2019\u201d\u00bb"
# Promotion and media lines over a link, a gallery or a picture ("READ | ...", "WATCH
# BELOW: ...", "Pictured: ...", "From the archive: ..."): their headline words are nobody's
# report here. An arrow
# or bullet may lead (">> Related: ..."), and a few words may name the section before a
# colon or bar ("MORE FROM THE COURIER: ...", "Related coverage | ...").
LINK_LINE = re.compile(
    r"(?:[>\u00bb\u2022\u25b6\u25ba]+\s*)?"
    r"(?:READ|READ MORE|MORE|WATCH|WATCH (?:BELOW|LIVE|NOW)|LISTEN|SEE ALSO|ALSO READ|RELATED"
    r"|RECOMMENDED|TRENDING|DON['\u2019]T MISS|MUST READ|PHOTOS?|VIDEO|GALLERY|IMAGE|PICTURED|CAPTION"
    r"|SUBSCRIBE|SIGN UP|FROM THE ARCHIVES?|IN PICTURES)"
    r"(?:\b\s*[|:\-]|\s+(?:(?:FROM|ON)\s+[^|:\n]{1,40}|COVERAGE|STORIES|ARTICLES?|CONTENT|READING|LINKS)\s*[|:])",
    re.I,
)
# The signature an embedded post ends with: "— Cora Blyth (@corablyth) May 2, 2024".
# A signature line under a display quote: a dash, then the name (and role) to the line's end.
SIGNATURE_UNDER = re.compile(r"\n[ \t]*(?:--|[-\u2013\u2014\u2015])[ \t]*[^\W\d_][^\n]{0,120}$")
# A blank line, whatever the line ends.
BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")
EMBED_SIGNATURE = re.compile(
    r"\s[\u2014\u2013-]{1,2}\s*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4})\s*\(@\w{1,30}\)"
    r"(?:\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\s*$"
)
# The longest post a signature line signs from the paragraph before it (a long post
# runs to a few hundred characters).
_POST_MAX_CHARS = 600
# A link closing the text of an embedded post ("pic.twitter.com/xk29Qa", "https://t.co/x").
EMBED_LINK_END = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S+\s*$")
# The newsroom's notes to the reader, not the article's reports: editor's notes,
# corrections, update notices and reporting credits (the corpus marks them as boilerplate).
NOTE_LINE = re.compile(
    r"\(?(?:Editor['\u2019]s\s+note|Correction|Clarification)\s*:"
    r"|\(?This\s+(?:story|article|post|report)\s+(?:has\s+been|was)\s+(?:updated|corrected)"
    r"|\(?(?:Additional\s+reporting\s+by|An\s+earlier\s+version\s+of\s+this)\b",
    re.I,
)
# Prompts to the reader to follow, subscribe or sign up: calls to action, not reports
# ("Sign up for our newsletter and find out what experts say").
PROMPT_LINE = re.compile(
    r"(?:Sign up|Subscribe|Get our|Want more|By (?:signing up|subscribing|clicking|registering)"
    r"|Enter your email|Your email(?: address)?\s*$"
    # "Want to receive this in your inbox? Sign up ...": the offer before the call
    r"|Want (?:to (?:get|receive|read) )?[^\n?.]{0,50}\b(?:in your inbox|newsletter)"
    r"|Follow (?:us|[A-Z][\w.'\u2019-]+(?: [A-Z][\w.'\u2019-]+){0,2}) on (?:Twitter|Facebook|Instagram|X))\b",
    re.I,
)
# A sign-up box's consent sentence anywhere in its line ("Get the day's top stories in
# your inbox. By signing up you agree to our privacy policy."): the line is the box.
CONSENT_LINE = re.compile(r"\bBy (?:signing up|subscribing|clicking|registering)[^.\n]{0,40}\byou agree\b", re.I)
# A heading over a list of links (`Related Stories`, `Most read`, `More on this story`)
# alone on its line, with the lines under it up to a blank line: headlines of other
# stories ("Hay River residents told to prepare ..."), not reports of this one.
LINK_HEADING = (
    r"(?:Related|Related (?:stories|articles|links|coverage|content|reading|topics)"
    r"|More (?:stories|on this story|from [^\n:|]{1,40})|Most (?:read|popular|viewed|shared)"
    r"|Recommended(?: for you| stories)?|Trending(?: now| stories)?|Top stories|Further reading"
    r"|You (?:may|might) also like|Also read|Read (?:more|next))"
)
LINK_LIST = re.compile(
    rf"^[ \t]*{LINK_HEADING}[ \t]*:?[ \t]*\r?\n(?:[ \t]*\S[^\n]*(?:\n|$))+",
    re.I | re.M,
)
# The same heading (set off in marks, as a page's bold heading may come out) over links
# a paragraph each: `"Related:"`, a blank line, then `Senator Rejects The Idea Of A Wage
# Hike.` and more Title Case lines. The list runs over the Title Case lines
# (`_spaced_link_list`); the story's sentences after it are read.
SPACED_LINK_HEADING = re.compile(
    rf"^[ \t]*[\"\u201c]?{LINK_HEADING}[ \t]*:?[\"\u201d]?[ \t]*\r?\n[ \t]*\r?\n",
    re.I | re.M,
)
# A line's text, empty for a blank one (read from a position, without copying the rest).
LINE_OR_EMPTY = re.compile(r"[^\r\n]*")
# The longest line read as a link's headline in such a list.
LINK_LINE_MAX = 150
ANONYMITY = re.compile(
    r"(?:not\s+)?to\s+(?:be\s+(?:named|identified|quoted)|remain\s+anonymous|"
    r"speak\s+(?:publicly|on\s+the\s+record|for\s+attribution|candidly|freely|openly|frankly))",
    re.I,
)
# "on condition of anonymity", "only on the condition that his name not be used": why a
# source goes unnamed, which ends whatever content runs into it.
# (The lookaheads of this and the next pattern name the characters a match can start
# with: led by a character class, a search skips to those, where led by an optional
# part or an alternation it tried the whole pattern at every character of the text.)
ANONYMITY_TERMS = re.compile(
    r"(?=[,\s]),?\s+(?:only\s+)?(?:on|under)\s+(?:the\s+)?condition\s+(?:of|that)\b", re.I
)
# A comma and "followed (closely) by" after a content: the next places of a standings list.
FOLLOWED_BY = re.compile(r",\s+(followed)\s+(?:closely\s+)?by\s")
# Photo credits mark captions; "(R)" alone does not (it is also a party label), nor does
# a joint poll's name ("a Reuters/Ipsos poll found ...": a photographer follows a credit's
# slash, not a pollster and "poll").
CAPTION = re.compile(
    r"(?=[/(ACEGPRI])"
    r"(?:/dpa$|\bPhoto(?:graph)?:|\(Photo|Getty Images|Reuters/(?![\w-]+\s+(?:\w+\s+)?(?:poll|survey)s?\b)|\b(?:AP|AFP|EPA) Photo\b|\bCredit:"
    r"|\bImage(?: source)?:|\bPicture:)"
)
# Where a CAPTION match can open, at any end bound: each alternative's fixed opening with
# its leading \b, zero-width so that overlapping openings are all found; group 2 marks
# "Reuters/", the one alternative that reads on past its opening for more than a few
# characters. `Resolver._in_credit` tries CAPTION only at these: keep the two in step.
CAPTION_OPENING = re.compile(
    r"(?=[/(ACEGPRI])(?=(/dpa|\bPhoto|\(Photo|Getty Images|(Reuters/)|\b(?:AP|AFP|EPA) Photo|\bCredit:|\bImage"
    r"|\bPicture:))"
)
# What CAPTION's "Reuters/" reads past the slash at most: its lookahead's word, space,
# word, space and "poll"/"survey" lie within three runs of word characters.
CAPTION_REUTERS_READS = re.compile(r"[\w-]*\s*[\w-]*\s*[\w-]*")
# Words every CAPTION match holds: a text with none of them has no caption line to search.
CAPTION_WORDS = ("/dpa", "Photo", "Getty Images", "Reuters/", "Credit:", "Image", "Picture:")
# A person's name set off by commas at the start of a span ("Ravi Menon, ...").
APPOSED_NAME = re.compile(r"([A-Z][\w'\u2019.-]+(?:[ \u00a0][A-Z][\w'\u2019.-]+){1,3}),\s+")
# The end of a sentence inside a line: a final mark, then a space and a capital or a mark.
SENTENCE_STOP = re.compile(r"[.!?](?=\s+[A-Z\"\u201c\u2018'])")
# The same around a caption's credit, where a closing mark may follow the stop and a
# bracketed credit start the next part (`... said: "We are ready." (AP Photo/Jo Roe)`).
# (A caption's own sentence before a bracketed credit stays one with it: "... saying the
# strike is over. (Photo: Lena Marsh)" is a caption whole.)
CAPTION_STOP = re.compile(
    r"[.!?](?=\s+[A-Z\"\u201c\u2018'])|[.!?][\"\u201d\u2019'](?=\s+[A-Z\"\u201c\u2018'(])"
)
# Markup left in scraped text: a tag, or a whole embedded post (`<tweet author="x">...</tweet>`).
# An embed is displayed, not reported: the article attributes nothing inside it, and its
# attribute quotes and tag names ("tweet") are no quotations or cues.
EMBED = re.compile(r"<(tweet|blockquote|iframe)\b[^<>]*>.*?</\1>|" + TAG.pattern, re.S)
# Markup at the edge of a span: tags without spaces and bold marks.
MARKUP_EDGE = re.compile(rf"(?:{MARKUP_TAG}|\*\*)\s*")
MARKUP_EDGE_END = re.compile(rf"\s*(?:{MARKUP_TAG}|\*\*)$")
FINITE_TAGS = frozenset("VBD VBZ VBP MD".split())
SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj")
# What may follow a speech verb that closes its sentence: when and where it was said
# ("said on Tuesday", "told reporters Wednesday" with the hearer as object).
CLOSING_MODIFIERS = ("prep", "npadvmod", "advmod", "punct", "agent")
# Nouns that hold a claim, whose that-clause says what it is ("the point that ...").
CLAIM_NOUNS = lexicon.NOUN_CUES | lexicon.THAT_NOUNS | {"point"}
# Prepositions that place a view in the people who hold it: "concern among economists
# that ...", "a debate inside the ministry over whether ...".
HOLDER_PREPS = ("among", "inside", "within")
# Focus adverbs before a reported "that" ("said only that ..."): they limit the saying,
# not the clause said.
FOCUS_WORDS = frozenset({"only", "simply", "merely", "just"})
PLACE_ENTS = frozenset({"GPE", "LOC"})
# Words that open a place or time phrase the parser may read as a sentence's subject
# ("Outside court, her lawyer, Ana Diaz, said"): the phrase speaks for no one.
PLACE_OPENERS = frozenset("outside inside after afterwards later earlier before beyond".split())
# Adverbs that open an appositive narrowing the phrase before it to a part of it.
SPECIFYING_ADVERBS = frozenset({"specifically", "namely", "particularly", "especially", "notably", "chiefly", "mainly"})
# Dependents that can be the noun a stray possessive owns (`_across_possessive`).
POSSESSIVE_RUN_ON = frozenset("dobj pobj attr nsubj conj appos npadvmod oprd".split())
# A one-word heading opening a line before a quotation (`Claim: "..."`).
LINE_LABEL = re.compile("[A-Z][A-Za-z]+:[ \t]+(?=[\"\u201c\u2018'])")
# A transcript turn: an optional opening mark, a capitalised speaker label, a colon.
TRANSCRIPT_TURN = re.compile(
    "[ \t]*[\"\u201c\u201d]?[ \t]*(?P<label>[A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,2}):[ \t]+(?P<body>\\S)"
)
# An interview's answer line (`A: Honestly, no.`, `A. Honestly, no.` as the New York
# Times writes it): a turn once a question line (`Q:`, `Q.`, `INTERVIEW_QUESTION`) came
# before it; the resolver names the one interviewed.
ANSWER_TURN = re.compile("[ \t]*(?P<label>A|Answer)(?::|(?<=A)\\.)[ \t]+(?P<body>\\S)")
INTERVIEW_QUESTION = re.compile(r"(?m)^[ \t]*(?:(?:Q|Question|QUESTION)[ \t]*:|Q\.)[ \t]+\S")
# A line that opens a question or an answer: a new turn even inside one paragraph.
INTERVIEW_LINE = re.compile("[ \t]*(?:(?:Q|A|Question|Answer):|[QA]\\.)[ \t]+\\S")
# The same turn with its label in title case (`Ines Dahl: The plan ...`, `Dahl: No.`):
# a turn only in a dialogue of two labelled speakers the article names at least.
TITLE_TURN = re.compile(
    "[ \t]*(?P<label>[A-Z][a-z'\u2019\\-]+(?: [A-Z][a-z'\u2019\\-]+){0,2}):[ \t]+(?P<body>\\S)"
)
# A headline-style claim on a line of its own: `Name: what they said`.
# `"..." Those were the words of X`, `That was the verdict from X`: the next sentence
# says whose the quoted one was (also from the next paragraph: a quote set alone; or a
# dash joins it: `"..." - that was the message from X`).
WORDS_OF = re.compile(
    r"(?:[ \t]*\n){0,2}[ \t]*(?:(?P<dash>--|[-\u2013\u2014:])[ \t]*(?:that|those|these|this|such)|(?:That|Those|These|This|Such))"
    r" (?:was|were|is|are) (?:the |his |her |their |its )?"
    r"(?:\w+ )?(?P<noun>words?|verdict|message|view|assessment|warning|reaction|response|answer|"
    r"reply|sentiment|plea|advice|promise|complaint|conclusion|line|forecast|prediction)s? (?:of|from) "
)
# `"We will rebuild." The words were those of Mayor Ada Voss`, `"..." So insisted Tomas
# Vrba on the steps of the court`: the next sentence names whose words they were.
WORDS_THOSE_OF = re.compile(
    r"(?:[ \t]*\n){0,2}[ \t]*The (?P<noun>words?|remarks?|comments?) (?:were|was) (?:those|that) (?:of|from) "
)
SO_SAID = re.compile(
    r"(?:[ \t]*\n){0,2}[ \t]*(?:So|Thus) (?P<noun>said|insisted|declared|argued|warned|wrote|claimed|promised) "
)
# `"Nobody warned us." That was how Tomas Vrba described the night.`: the next sentence
# says who put the quoted one that way.
THAT_HOW = re.compile(r"(?:[ \t]*\n){0,2}[ \t]*(?:That|This)(?:'s|\u2019s| is| was) how ")
#: Verbs of setting out a case or plan: an "as" aside of one (`as outlined by Ada Voss`)
#: reports what its host clause says, like "as Voss said".
SETTING_OUT_VERBS = frozenset({"outline", "detail", "sketch", "summarize", "summarise"})
#: Verbs of putting a question: their passive subject is the one who answers.
ASKING_VERBS = frozenset({"ask", "question", "quiz", "press"})
CARRIED_TEXT = re.compile(r"\b(?:reading|saying)[ \t]*[,:]?[ \t]*$")


# `"Extraordinary," was all Ada Voss could say`, `"No comment" is everything the club
# would say`: the quotation is the object of the saying clause that follows.
# ("was all that she would say" matches on "all": the clause is read from "that".)
ALL_SAID = re.compile(
    r"[ \t]*,?[ \t]*(?:was|is|were|had been|will be) (?:all|everything|just about all|the only thing|"
    r"the last thing|the first thing)[ \t]+(?=\S)"
)
# (what one heard, read or learned: `"..." was all he had heard` is not his words)
NOT_SAYING_ALL = frozenset({"hear", "see", "read", "learn", "know", "find", "understand"})
# `"Not today" was his reply`, `"No," was the answer from Ada Voss`: a noun of answering
# after the quotation, owned by the one who answered ("came the reply from" is a cue of
# its own, `_direct_with_cue`).
WAS_REPLY = re.compile(
    r"[ \t]*,?[ \t]*(?P<cue>was) (?:his|her|their|the) (?P<noun>reply|answer|response|retort|verdict|"
    r"message|warning|advice|promise|comment|explanation)\b"
)
# Verbs that take a "to" phrase of their own, where it is going, giving or turning:
# fronted (`To Iowa, Trump brought his message`, `To Harlow, the team travelled by bus`,
# `To the winner goes the cup`), the phrase is a destination or a recipient, nobody's view.
# (Cue verbs, "write to", "reply to", "report to", are no view either, and `_to_whom` drops
# every `lexicon.CUE_LEMMAS` verb before it reads this list.)
TO_ARGUMENT_VERBS = frozenset(
    "bring take travel go come send deliver return head move fly drive carry give hand sell "
    "ship lend offer mail walk run ride sail commute relocate transfer export apply talk "
    "speak turn listen belong happen lead flock flee migrate emigrate rush race hurry march "
    "drift donate pay award grant owe leave assign sing dedicate wave bow toast read "
    "introduce present appeal open".split()
)
# The most tokens a reporting verb's phrase may span. A news sentence's longest is under
# 100 tokens (PolNeAR train and dev: 96); a run of lines with no sentence end (a list,
# lyrics, a scraped feed) parses as one "sentence" whose every verb spans the rest of
# it, and reading each one's clause made the extractor quadratic in the run's length
# (21,000 characters of "X, who was hurt, said «...»" lines: 6 s against 1.3 s of parse).
CLAUSE_MAX_TOKENS = 250
# `Kerr's words — "..." — were`, `the mayor's reply, "...," ended`, `His words, "...,"`: a
# noun of words with an owner, set off before the quote it names.
POSSESSED_WORDS = re.compile(
    r"(?:'s|’s|s'|s’|\b[Hh]is|\b[Hh]er|\b[Tt]heir|\b[Ii]ts) (?:\w+ )?(?P<noun>words|message|reply|response|answer|retort|verdict|plea|warning|"
    r"advice|promise|vow|comment|remark|statement)[ \t]*(?:,|--|[–—])[ \t]*$"
)
# `"...," according to Ada Voss.`: a source for the quote itself, right after its marks.
ACCORDING_AFTER = re.compile(r"[ \t]*,?[ \t]+(?P<cue>according to)[ \t]+(?=\S)")
# `„Wir machen weiter“, sagte Holger Brandis`, `«Non», a affirmé Mathilde Roux`: a
# verb of saying of the quote's own language, inverted right after it.
# A verb of saying of another language, with its perfect auxiliary if any ("a affirmé").
_FOREIGN_SAYING = (
    r"(?:(?:"
    + "|".join(sorted(lexicon.FOREIGN_PERFECT_AUX))
    + r")[ \t]+)?(?:"
    + "|".join(sorted(lexicon.FOREIGN_SAY_VERBS, key=len, reverse=True))
    + r")"
)
FOREIGN_CUE_AFTER = re.compile(r"[ \t]*,?[ \t]*(?P<cue>" + _FOREIGN_SAYING + r")[ \t]+(?=\S)")
# A name alone after a foreign verb of saying: two to four capitalised words (particles
# between: "Karim Benali", "Bürgermeister Holger Brandis", "Ana de la Cruz").
FOREIGN_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t\u00a0]+(?:(?:de|la|del|van|von|der|da|di|du|le)[ \t]+)*[A-ZÀ-Þ][\w'’.-]*){1,3}")
# A clause of reason opening a content ("because the formula will ..."), not "because of".
REASON_LEAD = re.compile(r"because\b(?![ \t]+of\b)")
# Capitalised words right after the verb, then the clause going on in lowercase.
LEADING_NAME = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t\u00a0]+[A-ZÀ-Þ][\w'’.-]*){0,3}(?=[ \t]+[a-zà-ÿ])")
# A paragraph of dialogue opened by a dash, then a dash and a foreign verb of saying
# (`—No es lo que pedíamos —dijo Graciela Moyano`): words without marks.
DIALOGUE_DASH = re.compile(
    r"^[ \t]*[\u2014\u2015](?P<body>[^\n\u2014\u2015]{8,}?)[ \t]*[\u2014\u2015][ \t]*(?P<cue>"
    + _FOREIGN_SAYING
    + r")[ \t]+(?=\S)",
    re.M,
)
WITH_WORDS = re.compile(r"[ \t]*With (?:those|these|that|this) (?P<noun>words?|remarks?|parting shot), ")
COLON_CLAIM = re.compile(
    r"^[ \t]*(?P<label>[A-Z][^\n:]{1,40}?)(?P<colon>:)[ \t]+(?P<body>\S[^\n]*)$", re.M
)
# Dependents of a verb that finish its object's content ("called it a mistake").
OBJECT_COMPLEMENTS = frozenset("oprd xcomp ccomp".split())
#: Verbs that give a name ("as everyone calls him"): with an object, no aside reporting.
NAMING_VERBS = frozenset({"call", "name", "dub", "nickname", "know"})
#: How the parser may hang a quoted label on the object of a labelling verb it follows
#: (`branded the offer "derisory"`): as an adjective, an apposition, an object or a predicate.
_LABEL_ON_OBJECT = frozenset("amod appos dobj oprd".split())
BACKING_VERBS = frozenset({"endorse", "support", "back"})
# Dashes that close a dateline ("CLEVELAND (AP) \u2014 ...").
DATELINE_DASHES = frozenset({"\u2014", "\u2015", "\u2013", "--", "-"})
# Hyphen, en and em dash, horizontal bar ("― Sonya Herrid"), figure dash, minus sign.
#: Opening brackets and their partners (`Extractor._with_open_bracket`).
_OPEN_BRACKETS = {"[": "]", "(": ")"}
DASHES = "-\u2013\u2014\u2015\u2012\u2212"
#: The tokens that set an aside off from the clause before it (a comma or a dash).
SET_OFF_MARKS = (",", "-", "--", "—", "–")
#: List bullets: the symbols, a hyphen and an asterisk (a longer dash at a line start
#: opens dialogue or a signature, not a list item).
BULLET_CHARS = "\u2022\u00b7\u25aa\u2023\u25e6*-"
BULLETS = frozenset(BULLET_CHARS)
_BULLET = f"[{re.escape(BULLET_CHARS)}]"
CONTENT_DEPS = ("ccomp",)
# What follows the object of a poll's finding and belongs to it: "found Ruiz *with a
# lead*", "show Vrba *up* by ten", "put her support *at 5 percent*".
FINDING_COMPLEMENTS = ("prep", "advmod", "acomp", "oprd", "npadvmod", "xcomp", "ccomp", "dep")
# Dependencies of a word that only modifies the noun after it: a conjunct cannot start there.
NOUN_MODIFIERS = frozenset("det compound amod nummod poss punct cc quantmod nmod case".split())
# Contents shorter than this many words get a lower confidence (see Extractor._to_quote).
SHORT_CONTENT_WORDS = 5


#: "p.m.", "U.S.": letters each followed by a period.
#: A person described by an age, ending where the search ends: "the 31-year-old".
AGE_BEFORE = re.compile(r"\b(?:[Tt]he|[Tt]his)\s+\d{1,3}[-\s]year[-\s]old$")
DOTTED_ABBREV = re.compile(r"(?:[A-Za-z]\.){2,}")


# Verbs whose object is what was said or held ("rejected the plan"), with the object
# frames: in an agentive passive ("the plan was rejected by voters") the subject is it.
PASSIVE_OBJECT_LEMMAS = lexicon.OBJECT_VERBS | {lemma for lemma, slot in lexicon.CONTENT_FRAMES if slot == "dobj"}


#: Determiners that may stand between a title's intro word and its marks ("a star of the
#: "Harbour Lights,"", "the author of his "Tough Choices."").
TITLE_DETERMINERS = frozenset("the a an his her its their our my your".split())

#: Entity labels a name that signs a quote cannot carry: a body, place, work or product.
NON_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})


@dataclass
class Candidate:
    """An item under construction, in character offsets, before speaker resolution."""

    type: str
    start: int
    end: int
    cue: tuple[int, int] | None
    mention: tuple[int, int] | None
    confidence: float
    quote_ids: set[int] = field(default_factory=set)
    cue_token: int | None = None
    # A quote that continues the previous speaker (`_floating`): ranked low against
    # items with a cue of their own, but reported to users as the sure item it is.
    carried: bool = False


#: A capitalised word and one space right before a nickname's open mark ("William "), and
#: one space and a capitalised word right after its close mark (" Tandy").
NAME_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_][^\W\d_'\u2019-]* $")
NAME_AFTER = re.compile(r" [^\W\d_]")


#: An HTML entity left in scraped text (`&rsquo;`, `&#39;`): its ";" ends no clause.
HTML_ENTITY = re.compile(r"&(?:[A-Za-z]+|#\d+|#[xX][0-9A-Fa-f]+);")


def without_entities(text: str) -> str:
    """``text`` with each HTML entity read as one apostrophe-like character, for tests
    of the punctuation between two words ("the town&rsquo;s council" has no ";")."""
    return HTML_ENTITY.sub("'", text)


def nickname_marks(text: str, q: QuoteSpan) -> bool:
    """'William "Bill" Tandy', 'Roberta \u201cBobbie\u201d Kessel': one capitalised word in
    marks between a first name and a surname is the name the person goes by, not a
    quotation; read as one, it cut the name off the cue (`"...," William "Bill" Tandy
    said` had no speaker and no item)."""
    inner = text[q.start : q.end]
    if not (inner.isalpha() and inner[0].isupper() and inner[1:].islower()):
        return False
    before = NAME_BEFORE.search(text, max(0, q.open_start - 30), q.open_start)
    after = NAME_AFTER.match(text, q.close_end)
    return (
        before is not None and before.group()[0].isupper()
        and after is not None and after.group()[1].isupper()
    )


#: The dependency of a summary noun phrase closing a clause (`Extractor._summary_np`) ...
SUMMARY_NP_DEP = "npadvmod"
#: ... and those of a comparison closing it (`Extractor._count_with_its_own_report`).
COMPARED_PHRASE_DEPS = ("prep", "acl", "appos", "npadvmod")


#: Last words of a body's name or of a credit ("Harbour Press"): a bracket after a quote
#: ending in one credits a body, not a person signing (`Extractor._bracket_signature`).
CREDIT_OR_BODY_ENDINGS = lexicon.ORG_NAME_ENDINGS | lexicon.CREDIT_NAME_ENDINGS


class Extractor:
    """Extracts candidates from one parsed Doc; one instance per document."""

    def __init__(self, doc: Doc) -> None:
        fix_lemmas(doc)
        self.doc = doc
        self._char_spans: dict[tuple[int, int], SpacySpan] = {}  # (`char_span`)
        self.text = doc_text(doc)
        self.paras = paragraphs(self.text)
        self.quotes = [q for q in find_quotes(self.text) if q.depth == 0 and not self._nickname(q)]
        self._quote_starts = [q.start for q in self.quotes]  # (in text order, as found)
        self.quote_of_char = self._quote_index()
        self._para_starts = [s for s, _ in self.paras]
        self._para_ends = [e for _, e in self.paras]
        self.ents = list(doc.ents)  # Doc.ents rebuilds its Spans on every access
        self._ent_starts = [e.start for e in self.ents]  # (sorted, as spaCy keeps them)
        self._boilerplate = self._find_boilerplate()
        self._boiler_starts = [s for s, _ in self._boilerplate]
        self._names: set[str] | None = None
        self._datelines = datelines(self.text, self.paras)

    # -- helpers ----------------------------------------------------------------

    def _nickname(self, q: QuoteSpan) -> bool:
        """Marks around a nickname inside a name (`nickname_marks`), the words on both
        sides tagged proper nouns: not a title-cased headline's scare quote ("She Felt
        'Invisible' As A Child")."""
        if not nickname_marks(self.text, q):
            return False
        before = self.doc.char_span(q.open_start - 2, q.open_start - 1, alignment_mode="expand")
        after = self.doc.char_span(q.close_end + 1, q.close_end + 2, alignment_mode="expand")
        return (
            before is not None and after is not None and len(before) > 0 and len(after) > 0
            and before[-1].pos_ == "PROPN" and after[0].pos_ == "PROPN"
        )

    def _quote_index(self) -> list[int]:
        """For every character, the index of the top-level quote it lies in, or -1."""
        index = [-1] * (len(self.text) + 1)
        for i, q in enumerate(self.quotes):
            # (a slice at a time, not a Python step per character)
            index[q.open_start : q.close_end] = [i] * max(0, q.close_end - q.open_start)
        return index

    def char_span(self, start: int, end: int) -> SpacySpan | None:
        """Tokens covering ``text[start:end]``, or None for an empty or inverted range.

        Kept per range: the rules ask for the same ranges over and over (two calls in
        three repeat one on news text), and spaCy builds each Span anew."""
        start, end = max(0, start), min(len(self.text), end)
        if end <= start:
            return None
        span = self._char_spans.get((start, end))
        if span is None:
            span = self._char_spans[start, end] = self.doc.char_span(start, end, alignment_mode="expand")
        return span

    def _quote_ids(self, start: int, end: int) -> set[int]:
        """The top-level quotations that ``text[start:end]`` touches."""
        return set(self.quote_of_char[start:end]) - {-1}

    def in_quote(self, token: Token) -> bool:
        return self.quote_of_char[token.idx] >= 0

    def in_boilerplate(self, char: int) -> bool:
        """Headline, link lines ("READ | ...") and captions hold no attributions."""
        i = bisect.bisect_right(self._boiler_starts, char) - 1
        return i >= 0 and char < self._boilerplate[i][1]

    def _find_boilerplate(self) -> list[tuple[int, int]]:
        """Line spans that are headline, link line or caption, found once per document."""
        spans = []
        headline = self._headline()
        if headline:
            spans.append(headline)
        header = self._header_to_byline()
        if header:
            spans.append(header)
        captions = any(word in self.text for word in CAPTION_WORDS)
        for m in re.finditer(r"[^\r\n]+", self.text):
            line = m.group().strip()
            if (
                LINK_LINE.match(line)
                or NOTE_LINE.match(line)
                or PROMPT_LINE.match(line)
                or CONSENT_LINE.search(line)
                or self._subhead(m.start(), m.end(), line)
            ):
                spans.append(m.span())
            elif captions and (credit := CAPTION.search(m.group())):
                spans.append(self._caption_span(m.start(), m.end(), credit))
        spans += [m.span() for m in LINK_LIST.finditer(self.text)]
        spans += self._spaced_link_lists()
        if "<" in self.text:
            spans += [m.span() for m in EMBED.finditer(self.text)]
        merged: list[tuple[int, int]] = []
        for s, e in sorted(spans):  # merged, so that bisecting on starts stays exact
            if merged and s <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
            else:
                merged.append((s, e))
        return merged

    def _spaced_link_lists(self) -> list[tuple[int, int]]:
        """Every spaced link list (`_spaced_link_list`). A heading inside the list of the
        heading before it is skipped: its walk would end at the same line, and a page of
        stacked Title Case headings ("More From The Times", blank line, again ...) made
        every heading walk every line after it, quadratic (2,000 of them: 3 s, 15 times a
        normal article of that length)."""
        spans: list[tuple[int, int]] = []
        for m in SPACED_LINK_HEADING.finditer(self.text):
            if spans and m.start() < spans[-1][1]:
                continue
            if span := self._spaced_link_list(m):
                spans.append(span)
        return spans

    def _spaced_link_list(self, heading: re.Match[str]) -> tuple[int, int] | None:
        """The heading and the links under it when they are a paragraph each: the Title
        Case lines after the heading, blank lines between them, up to the first line that
        is not one (the story going on). Other stories' headlines ("Senator Responds By
        Saying We Need Fewer Ships") are no reports of this one. At least two links: a
        heading word over one Title Case line is too little to call it a list."""
        pos, end, links = heading.end(), heading.start(), 0
        for m in LINE_OR_EMPTY.finditer(self.text, pos):
            line = m.group().strip()
            if not line:
                continue
            if len(line) > LINK_LINE_MAX or not _title_case_line(line):
                break
            links += 1
            end = m.end()
        return (heading.start(), end) if links >= 2 else None

    def _header_to_byline(self) -> tuple[int, int] | None:
        """A web page's header, from the text's start to the end of its byline line:
        `Water board approves pipeline` / `but growers say the cost will fall on them` /
        `By Hemi Walker | 4 March`. The standfirst over a byline reads as a report
        ("growers say ...") but is the headline's summary of the story below, which
        reports the same words. Only when the byline comes within `HEADER_MAX_LINES`
        short lines (blank lines aside): a byline deep in the text closes no header."""
        pos = 0
        sentences = 0
        first = LEADING_SPACE.match(self.text).end()  # where the first line starts
        for _ in range(HEADER_MAX_LINES + 1):
            while self.text[pos : pos + 1] in ("\n", "\r", " ", "\t") and pos < len(self.text):
                pos += 1
            end = self.text.find("\n", pos)
            end = len(self.text) if end < 0 else end
            if pos >= end:
                return None
            if BYLINE_LINE.match(self.text, pos, end):
                return (0, end) if pos > 0 else None
            if end - pos > 250:
                return None  # a paragraph of story before any byline
            sentences += self.text[pos:end].rstrip().rstrip(QUOTE_CLOSERS).endswith((".", "!", "?"))
            if sentences > 1 or sentences and pos == first:
                return None  # a standfirst may end in a full stop, a headline or two lines not
            pos = end
        return None

    def _caption_span(self, start: int, end: int, credit: re.Match[str]) -> tuple[int, int]:
        """The caption around a photo credit on a line: the credit's sentence and the line
        before it, but not full sentences after it or one that holds a cue before it
        ("Patel said the pitch was poor. Photograph: ..." keeps its report)."""
        line = self.text[start:end]
        stops = [m.end() for m in CAPTION_STOP.finditer(line)]
        before = [p for p in stops if p <= credit.start()]
        after = [p for p in stops if p > credit.end()]
        cut_end = start + after[0] if after else end
        cut_start = start
        if before:
            lead = self.char_span(start, start + before[-1])
            if lead is not None and any(self.is_cue(t) for t in lead) and not self._verbless(lead):
                cut_start = start + before[-1]
        return cut_start, cut_end

    def _verbless(self, lead: SpacySpan) -> bool:
        """A caption's description with no main verb ("Harald Vik at the top of the
        lighthouse, which he says is ..."): a cue inside it, in a relative clause, does
        not make the line a report of its own, as "Patel said the pitch was poor" does."""
        roots = {t.sent.root for t in lead if not t.is_space}
        return bool(roots) and all(r.pos_ in ("PROPN", "NOUN") for r in roots)

    def _subhead(self, start: int, end: int, line: str) -> bool:
        """A short line standing alone between blank lines with no closing punctuation
        ("Zakharova mocks Western media"): a subhead summarising what follows."""
        if self._quoted_subhead(start, end, line):
            return True
        # Markup around a sentence (`<p>...</p>`, `**...**`) hides its final mark.
        line = TAG.sub("", line).strip().strip("*_").strip()
        # A quoted phrase closing the line (`Boss admits side were "second best"`) ends a
        # subhead as a word would; a quotation closing a sentence has its mark inside.
        line = _without_closing_phrase(line)
        if not line or len(line) > 70 or line[-1] in ".?!:;,\"\u201d\u2019')" or is_quote_char(line[0]):
            return False
        if ":" in line:
            return False  # "Name: what they said" is a claim line, judged on its own
        before = self.text[max(0, start - 2) : start]
        after = self._after_line(end)
        if after[:1] == "\n" and after[1:2] not in ("\n", "\r") and self._wraps_at(end):
            return False  # hard-wrapped text: the next line carries the sentence on
        if self._wrapped_into(start):
            return False  # ... or this line carries on the sentence of the line before
        return (start == 0 or before.endswith("\n")) and (end == len(self.text) or after.startswith("\n"))

    def _wrapped_into(self, start: int) -> bool:
        """The line before the one starting at ``start`` is not blank and runs on into it
        (`... among the longest-lived animals on` / `Earth, according to ...`)."""
        prev_end = start - 1
        if prev_end < 1 or self.text[prev_end] != "\n":
            return False
        if self.text[prev_end - 1] == "\r":
            prev_end -= 1
        if prev_end < 1 or self.text[prev_end - 1] in "\r\n":
            return False
        return self._wraps_at(prev_end)

    def _after_line(self, end: int) -> str:
        """The two characters after a line ending at ``end``, a Windows "\\r\\n" read as
        the "\\n" it is."""
        after = self.text[end : end + 3]
        return (after[1:] if after.startswith("\r\n") else after)[:2]

    def _quoted_subhead(self, start: int, end: int, line: str) -> bool:
        """A short line that is one single-quoted phrase and nothing else, in an article
        whose quotations use double marks (`'A long night.'` between paragraphs): a
        section head citing words from the section, not a quotation of its own."""
        if not line or len(line) > 70 or line[0] not in "'\u2018" or line.startswith("''"):
            return False
        lead = start + self.text[start:end].index(line[0])
        qi = self.quote_of_char[lead]
        if qi < 0:
            return False
        q = self.quotes[qi]
        before, after = self.text[max(0, start - 2) : start], self._after_line(end)
        alone = before.endswith("\n") and after.startswith("\n")
        return (
            alone
            and not q.double
            and q.open_start == lead
            and q.close_end == lead + len(line)
            and any(other.double for other in self.quotes)
        )

    def _headline(self) -> tuple[int, int] | None:
        """The first line when it reads as a headline: short, no final period, more follows."""
        stripped = self.text.lstrip()
        start = len(self.text) - len(stripped)
        end = self.text.find("\n", start)
        if end < 0 or not self.text[end:].strip():
            return None
        line = self.text[start:end].strip()
        if len(line) > 200 or line.rstrip("'\"\u2019\u201d\u00bb").endswith((".", ":", "!", "?")):
            return None  # a sentence, or a quotation closing one, is no headline
        if is_quote_char(line[:1]) and not self._quote_headline(line):
            return None
        if self.text[end + 1 : end + 2] not in ("\n", "\r") and self._wraps_at(end):
            return self._wrapped_headline(start)  # the next line may carry the sentence on
        return start, self._headline_block_end(end)

    def _wrapped_headline(self, start: int) -> tuple[int, int] | None:
        """`Flood defences 'will not be ready<newline>for another five years', report
        warns` then a blank line: a headline hard-wrapped over two or three lines is
        still a headline when the whole block is short and ends with no sentence-final
        mark; an opening sentence wrapped so ends in a period."""
        blank = BLANK_LINE.search(self.text, start)  # ("\r\n\r\n" in a Windows file)
        if blank is None or not self.text[blank.start() :].strip():
            return None
        block_end = blank.start()
        block = self.text[start:block_end].strip()
        if len(block) > 200 or block.count("\n") > 2:
            return None
        if block.rstrip("'\"\u2019\u201d\u00bb").endswith((".", ":", "!", "?", ",", ";")):
            return None
        return start, block_end

    @staticmethod
    def _quote_headline(line: str) -> bool:
        """`'We will rebuild', says mayor after floods`: a first line that opens on a
        quotation and goes on to a bare present-tense "says" with a noun and no article
        is headline grammar, not a story's opening sentence (which ends in a period)."""
        if re.search(r"[,:]?\s+(?:says|say|warns|claims|insists|vows|tells)\s+(?!the\b|a\b|an\b)[a-z]", line):
            return True
        # `"We were robbed" - Vandermolen`: words with no sentence end of their own, then a
        # dash and a bare name closing the line; a pull quote signed so keeps its period.
        return re.fullmatch(
            rf"[\"\u201c\u201e\u00ab'\u2018][^\n]*?[^\s.!?,;:][\"\u201d\u201c\u00bb'\u2019]\s*(?:--|[{DASHES}])\s*"
            r"[A-Z][\w'\u2019.\-]+(?: [A-Z][\w'\u2019.\-]+){0,2}",
            line,
        ) is not None

    def _headline_block_end(self, end: int) -> int:
        """A kicker over a headline, or a headline over its standfirst ("ELECTION 2024" /
        "Candidate says 'I will win'"): lines set apart from the story by a blank line,
        each with no sentence-final mark, form one headline block."""
        lines: list[tuple[int, int]] = []
        pos = end
        while len(lines) < 2 and self.text[pos : pos + 1] == "\n":
            nxt = self.text.find("\n", pos + 1)
            nxt = len(self.text) if nxt < 0 else nxt
            line = self.text[pos + 1 : nxt].strip()
            bare = line.rstrip("'\"\u2019\u201d\u00bb")
            if not line or len(line) > 200 or bare.endswith((".", ":", "!", "?", ",", ";")):
                break
            if is_quote_char(line[:1]) or self._wraps_at(pos):
                break
            lines.append((pos + 1, nxt))
            pos = nxt
        if (
            not lines
            or self.text[pos : pos + 1] != "\n"
            or self.text[pos + 1 : pos + 2] not in ("\n", "\r")
            or not self.text[pos:].strip()
        ):
            return end  # the block must end at a blank line, with the story after it
        return pos

    def _wraps_at(self, end: int) -> bool:
        """The line ending at ``end`` runs on into the next one (hard-wrapped text)."""
        return line_wraps(self.text, end, self.text[end:].lstrip()[:1])

    def para_of(self, char: int) -> tuple[int, int]:
        i = bisect.bisect_right(self._para_starts, char) - 1
        if i >= 0 and char < self.paras[i][1]:
            return self.paras[i]
        return 0, len(self.text)

    def is_cue(self, token: Token) -> bool:
        """A reporting verb outside quote marks ("said", "warned", "made clear")."""
        lemma = token.lemma_.lower()
        if lemma in ("make", "put") and any(c.lower_ == "clear" for c in token.children):
            return not self.in_quote(token)  # "made (it) clear that ..."
        if lemma == "go" and any(c.dep_ == "prt" and c.lower_ == "on" for c in token.children):
            return not self.in_quote(token)  # "She went on: ..."
        if lemma == "put" and self._as_aside(token) and any(c.lower_ == "it" for c in token.children):
            return not self.in_quote(token)  # "As Ruth Marcus puts it, ..."
        if lemma in SETTING_OUT_VERBS and self._as_aside(token):
            return not self.in_quote(token)  # "The case, as outlined by Ada Voss, is that ..."
        if lemma in ("quote", "paraphrase") and self._fronted_quoting(token):
            return not self.in_quote(token)  # `To quote Jacinta Hale, "..."`
        if lemma == "read" and self._document_reads(token):
            return not self.in_quote(token)  # "the statement read", "a sign reading"
        if lemma in lexicon.VOICING_VERBS and token.pos_ == "VERB" and not self.in_quote(token):
            nxt = token.nbor(1) if token.i + 1 < len(self.doc) else None
            if nxt is not None and nxt.text == "," and nxt.i + 1 < len(self.doc):
                nxt = nxt.nbor(1)
            return nxt is not None and self._opens_quote(nxt)  # `chanted, "Lock him up!"`
        if lemma not in lexicon.CUE_LEMMAS and token.lower_ not in lexicon.CUE_LEMMAS:
            return False
        if token.pos_ not in ("VERB", "AUX") and not token.tag_.startswith("VB"):
            return False
        if self._non_speech_phrasal(token):
            return False  # "called off the match": the particle makes it no speech act
        return (
            not self.in_quote(token)
            and not self._discourse_idiom(token)
            and not self._so_called(token)
            and not self._example_say(token)
        )

    @staticmethod
    def _non_speech_phrasal(verb: Token) -> bool:
        """"called off the match", "showed off the new pier", "showed up in a red coat":
        a particle that gives the verb a sense in which nothing is said or shown to hold."""
        lemma = verb.lemma_.lower()
        return lemma in _PHRASAL_LEMMAS and any(
            c.dep_ == "prt" and (lemma, c.lower_) in lexicon.NON_SPEECH_PHRASALS for c in verb.children
        )

    @staticmethod
    def _fronted_quoting(token: Token) -> bool:
        """`To quote Jacinta Hale, "..."`: an infinitive of quoting fronted before a
        comma, with the quoted one as its object."""
        return (
            token.dep_ == "advcl"
            and token.i < token.head.i
            and _has_to(token)
            and any(c.dep_ == "dobj" for c in token.children)
        )

    def _so_called(self, token: Token) -> bool:
        """"so- called", "so - called": the adjective "so-called" split by a space flags a
        term in scare quotes; its "called" is no naming cue."""
        if token.lower_ != "called" or token.i == 0:
            return False
        prev = [t.lower_ for t in self.doc[max(0, token.i - 2) : token.i]]
        return prev[-1] in ("so-", "so") or prev[-2:] == ["so", "-"]

    def _discourse_idiom(self, token: Token) -> bool:
        """"That said, ...", "All told, ...", "Having said that, ...": a sentence
        adverbial built on a reporting verb; the clause after it is the writer's own."""
        i = token.i
        if i == 0 or i + 1 >= len(self.doc) or (self.doc[i - 1].lower_, token.lower_) not in lexicon.DISCOURSE_IDIOMS:
            return False
        prev = self.doc[i - 1]
        if not (prev.is_sent_start or prev.i == 0 or prev.nbor(-1).is_punct or prev.nbor(-1).is_space):
            return False
        nxt = self.doc[i + 1]
        if prev.lower_ == "having" and nxt.lower_ == "that" and i + 2 < len(self.doc):
            nxt = self.doc[i + 2]
        return nxt.text == ","

    def _document_reads(self, verb: Token) -> bool:
        """"read" quoting a text: its subject, object or head is a document or a sign."""
        # "the editorial read." is often parsed as a noun "read" with the source as
        # its modifier.
        deps = ("nsubj", "dobj") if verb.pos_ != "NOUN" else ("compound", "amod")
        holders = [c for c in verb.children if c.dep_ in deps and (verb.pos_ != "NOUN" or c.i == verb.i - 1)]
        if verb.dep_ in ("acl", "relcl"):
            holders.append(verb.head)
        if verb.pos_ == "NOUN" and verb.dep_ == "pobj" and self._ends_sentence(verb):
            # `"...," a statement from the club read.`: the parser ends the "from" phrase
            # with "read" as its noun; the phrase's head is what reads.
            holders.append(verb.head.head)
        return any(
            h.lemma_.lower() in lexicon.READ_SOURCES or h.lower_ in ("it", "which")
            for h in holders
        )

    def _ends_sentence(self, tok: Token) -> bool:
        """Nothing but closing punctuation follows ``tok`` in its sentence."""
        return all(t.is_punct or t.is_space for t in self.doc[tok.i + 1 : tok.sent.end])

    def cue_span(self, verb: Token) -> tuple[int, int]:
        """The cue as written: the verb with its auxiliaries ("has said") and particle."""
        start, end = verb.idx, verb.idx + len(verb)
        for child in verb.lefts:
            if child.dep_ in ("aux", "auxpass") and child.i >= verb.i - 3 and child != _name_read_as_modal(verb):
                start = min(start, child.idx)
        for child in verb.rights:
            if child.dep_ == "prt":
                end = max(end, child.idx + len(child))
            elif (
                # "made clear that", "made it clear that": the cue is the phrase
                verb.lemma_.lower() == "make"
                and child.lemma_.lower() in lexicon.MADE_CLEAR
                and child.i - verb.i <= 2
            ):
                end = max(end, child.idx + len(child))
        prep = verb.head
        if (
            verb.tag_ == "VBG"
            and verb.dep_ == "pcomp"
            and prep.lower_ == "as"
            and prep.head.lemma_.lower() in lexicon.QUOTED_AS
            and prep.head.i < verb.i
            and not any(c.dep_ == "dobj" for c in prep.head.children)  # "quoted him as saying"
        ):
            # "was quoted as saying": the cue is the whole phrase, auxiliaries included
            head = prep.head
            start = min([head.idx] + [c.idx for c in head.lefts if c.dep_ in ("aux", "auxpass") and c.i >= head.i - 3])
        return start, end

    def subject_of(self, verb: Token) -> Token | None:
        """The speaker token of a cue verb; a poll speaks for the share of its respondents."""
        if self._that_object_then_cue(verb) is not None:
            return self.subject_of(verb.head)  # "X acknowledged that problem and said ...": X
        subject = self._subject_of(verb)
        if subject is not None and self._is_share(subject):
            poll = self._poll_in_sentence(subject)
            if poll is not None:
                return poll
        return subject

    @staticmethod
    def _is_share(token: Token) -> bool:
        """"51 percent of voters", "about half", "six in 10": a share of respondents."""
        if token.lower_ in lexicon.SHARE_HEADS or token.lemma_.lower() in lexicon.SHARE_HEADS:
            return True
        if token.like_num or token.ent_type_ == "PERCENT":
            return True
        # "51 percent of Democrats": the parser may head the phrase on the people.
        return any(
            c.dep_ in ("nummod", "amod", "quantmod", "nmod", "compound")
            and (c.ent_type_ == "PERCENT" or c.lower_ in lexicon.SHARE_HEADS)
            for c in token.children
        )

    def _without_subjects_predicate(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`The club, noting that sales had slumped, cut ticket prices`: a participle set
        off after a subject the parser left with no verb (the noun is the root) has the
        subject's own predicate read into its clause as a conjunct ("slumped, cut"). A
        verb after a comma, joined with no "and" and no subject of its own, is that
        predicate: the content ends before the comma."""
        noun = verb.head
        if verb.tag_ != "VBG" or verb.dep_ != "acl" or noun.dep_ != "ROOT" or noun.pos_ not in ("NOUN", "PROPN"):
            return span
        for tok in self.doc[verb.i + 1 : noun.sent.end]:
            if tok.idx >= span[1]:
                break
            if (
                tok.dep_ == "conj"
                and tok.pos_ == "VERB"
                and self.doc[tok.i - 1].text == ","
                and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children)
                and not any(c.dep_ == "cc" for c in tok.head.children)
                and self.doc[tok.i - 1].idx > span[0]
            ):
                return span[0], self.doc[tok.i - 2].idx + len(self.doc[tok.i - 2])
        return span

    def _subject_before_aside(self, verb: Token) -> Token | None:
        """`The board, noting that profits had fallen, cut the dividend`: a participle
        set off by commas right after the main verb's subject, which the parser makes
        the verb's clausal subject, is done by that subject."""
        if verb.dep_ not in ("csubj", "advcl") or verb.tag_ != "VBG" or verb.i < 2 or self.doc[verb.i - 1].text != ",":
            return None
        head = verb.head
        if head.dep_ == "nsubj" and head.i == verb.i - 2:
            subject: Token | None = head  # (or hangs it on the subject as an adverbial clause)
        else:
            subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i == verb.i - 2), None)
        if subject is None or verb.dep_ == "advcl" and subject is not head or not self.can_speak(subject):
            return None
        return subject

    def _poll_in_sentence(self, subject: Token) -> Token | None:
        """The poll or survey named before the subject in its sentence, if any."""
        sent = subject.sent
        polls = [
            t for t in self.doc[sent.start : subject.i]
            if t.lemma_.lower() in lexicon.POLL_NOUNS and t.pos_ == "NOUN" and not self.in_quote(t)
        ]
        return polls[-1] if polls else None

    def _fronted_subject(self, verb: Token) -> Token | None:
        """In `The vote, said Ybarra, was a farce` the parser gives the inverted cue both
        subjects: the one before it, set off by a comma, is the reported clause's; the
        one right after it is the speaker. Returns the fronted one, or None."""
        pair = self._inverted_pair(verb)
        return pair[0] if pair is not None else None

    def _inverted_pair(self, verb: Token) -> tuple[Token, Token] | None:
        """The fronted subject and the speaker of `The vote, said Ybarra, was a farce`.
        The speaker may also come as the subject the parser gave the reported clause
        (`The deficit, said Mokoena, will narrow`: "Mokoena" subject of "narrow")."""
        if verb.i == 0 or self.doc[verb.i - 1].text != "," or verb.i + 1 >= len(self.doc):
            return None
        before = [c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass") and not self.in_quote(c)]
        after = [c for c in verb.rights if c.dep_ == "nsubj" and c.left_edge.i == verb.i + 1]
        if not after:
            after = [
                s
                for c in verb.rights
                if c.dep_ == "ccomp"
                for s in c.children
                if s.dep_ == "nsubj" and s.left_edge.i == verb.i + 1
                and (s.pos_ == "PROPN" or s.pos_ == "NOUN" and self.can_speak(s))  # "say experts like ..."
            ]
        if not before or not after or before[-1].right_edge.i not in (verb.i - 2, verb.i - 1):
            return None
        closing = after[0].right_edge.i
        if self.doc[closing].text != ",":  # the parser may hang the closing comma on the name
            closing += 1
        if closing >= len(self.doc) or self.doc[closing].text != ",":
            return None  # the aside closes on a comma: "said Ybarra, was ..."
        if before[-1].ent_type_ == "PERSON" or before[-1].pos_ == "PROPN" or any(
            c.dep_ in ("relcl", "appos") for c in before[-1].children
        ):
            return None  # "Sanders, whose coalition ..., said": the person before speaks
        if after[0].ent_type_ in ("DATE", "TIME") or not self.can_speak(after[0]):
            return None  # "Flynn, a top surrogate, said Thursday morning on ...": no speaker after
        return before[-1], after[0]

    def _head_of_split_subject(self, subjects: list[Token], nearest: Token) -> Token:
        """ "A former aide to the ousted mayor Desmond Hale testified": the parser splits
        the phrase into two subjects, "aide" and "Hale". A name that runs straight on
        from a title noun inside the other subject's phrase (its object of "to"/"of")
        names that noun, not the speaker: the earlier subject is the speaker."""
        if nearest.pos_ != "PROPN":
            return nearest
        before = self.doc[nearest.left_edge.i - 1] if nearest.left_edge.i > 0 else None
        for other in subjects:
            if other.i >= nearest.i or before is None or other.right_edge.i != before.i:
                continue
            role = before.lemma_.lower()
            if (
                before.pos_ == "NOUN" and before.dep_ == "pobj" and before.head.head.i == other.i
                and (role in lexicon.PERSON_DESCRIPTIONS or role in lexicon.TITLE_WORDS)
            ):
                return other  # not "a story by the website Politico says"
        return nearest

    @staticmethod
    def _name_after_split_title(subjects: list[Token], nearest: Token) -> Token:
        """`"...," said warden Piers Ashdown, "..."`: the parser may split a title and the
        name right after it into two subjects ("warden" and "Ashdown"). A name subject
        that runs straight on from a bare common-noun subject is who that title
        describes: the name is the speaker (the title alone resolves to nobody; the
        tagger may even read it as a participle, as it does "warden")."""
        if nearest.pos_ in ("PROPN", "PRON", "DET", "NUM") or any(c.dep_ not in ("det", "amod", "compound") for c in nearest.children):
            return nearest
        for other in subjects:
            if other.pos_ == "PROPN" and other.i > nearest.i and other.left_edge.i == nearest.i + 1:
                return other
        return nearest

    def _subject_of(self, verb: Token) -> Token | None:
        """The speaker token of a cue verb, climbing through participles and conjuncts."""
        if verb.lemma_.lower() in ("quote", "paraphrase") and self._fronted_quoting(verb):
            return next(c for c in verb.children if c.dep_ == "dobj")  # "To quote Hale, ..."
        quoted = self._quoted_as_object(verb)
        if quoted is not None:
            return quoted
        stray = self._subject_read_as_conjunct(verb)
        if stray is not None:
            return stray
        closing = self._closing_conjunct_speaker(verb)
        if closing is not None:
            return closing
        subjects = [
            c for c in verb.children if c.dep_ in ("nsubj", "csubj") and not self.in_quote(c)
        ] or self._subject_on_auxiliary(verb)
        pair = self._inverted_pair(verb)
        fronted = pair[0] if pair is not None else None
        if fronted is not None:
            subjects = [c for c in subjects if c.i != fronted.i]
            if pair is not None and pair[1].head.i != verb.i:
                return pair[1]  # the speaker the parser gave the reported clause
        if subjects:
            # Two subjects is a misparse; the one nearest the verb is the speaker.
            subject = max(subjects, key=lambda c: (c.i < verb.i, -abs(verb.i - c.i)))
            subject = self._head_of_split_subject(subjects, subject)
            subject = self._name_after_split_title(subjects, subject)
            if subject.i > verb.i and subject.pos_ != "PROPN" and not subject.ent_type_:
                # `"...," the club's lawyer, Ines Moreau, said outside court`: a name set
                # off right before the verb (hung on the quotation by the parser) is who
                # speaks; the plain noun after it says where.
                stranded = self._stranded_subject(verb)
                if stranded is not None and (stranded.pos_ == "PROPN" or stranded.ent_type_ == "PERSON"):
                    return stranded
            if subject.i < verb.i and any(
                c.dep_ == "punct" and c.text in DATELINE_DASHES and c.i < verb.i
                for c in subject.rights
            ):
                # "CLEVELAND, July 19 (UPI) — Former Attorney General Michael Mukasey
                # told ...": the parser made the dateline the subject.
                named = self._stranded_subject(verb) or self._dateline_apposition(subject)
                if named is not None:
                    return named
            if subject.lower_ == "it":
                experiencer = self._experiencer(verb)
                if experiencer is not None:
                    return experiencer
            noun = self._relative_antecedent(verb)
            if (
                verb.dep_ == "relcl"
                and subject.lower_ in ("that", "which")
                and noun.dep_ == "dobj"
                and noun.lemma_.lower() in lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.EVIDENCE_SOURCES
            ):
                # "she issued a statement that sought ...", "released a video that
                # accuses ...": whoever issued it speaks through it.
                owner = self.subject_of(noun.head)
                if owner is not None:
                    return owner
            return self._named_one(subject) or self._speaker_after_place(subject) or subject
        if verb.dep_ == "acl" and self._age_subject(verb) is not None:
            return self._age_subject(verb)  # not a noun further on in the sentence
        modal = _name_read_as_modal(verb)
        if modal is not None and not self.in_quote(modal):
            return modal
        share = _share_read_as_modifier(verb)
        if share is not None and not self.in_quote(share):
            return share
        shared = self._shared_subject_before(verb)
        if shared is not None:
            return shared
        glued = next(
            (c for c in verb.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.right_edge.i == verb.i - 1),
            None,
        )
        if glued is not None and verb.tag_ in ("VBD", "VBZ", "VBP") and not self.in_quote(glued):
            # `"Vrba," Calloway joked, ...`: the parser read the name and the verb as one
            # compound noun; a finite verb has no compounds, the name is its subject.
            return glued
        if verb.lemma_ == "read" and verb.pos_ == "NOUN" and verb.dep_ == "pobj" and self._document_reads(verb):
            return verb.head.head  # `"...," a statement from the club read.` (a misparse)
        as_object = self._as_object(verb)
        if as_object is not None:
            return as_object
        for child in verb.children:
            if (
                child.dep_ == "nsubjpass"
                and verb.lemma_.lower() in lexicon.BELIEF_PASSIVES
                and not any(c.dep_ == "agent" for c in verb.children)
            ):
                return child  # "Ada Ruiz was convinced the port would survive"
            if (
                child.dep_ == "nsubjpass"
                and verb.lemma_.lower() in lexicon.PERCEIVED_PASSIVES
                and any(c.dep_ == "xcomp" and c.tag_ == "VBG" and self.is_cue(c) for c in verb.children)
                and self.can_speak(child)
            ):
                # `"...?" a reporter can be heard asking Vrba`: the one heard speaks;
                # the object of "asking" is who was asked.
                return child
            if child.dep_ == "nsubjpass" and _has_read_as_is(verb, child):
                return child  # "He's said he will fight on": "'s" is "has"
            if child.dep_ == "nsubjpass" and verb.lemma_ != "quote" and not _reported_as_saying(verb):
                # "was told by X": the agent speaks; a passive subject is the addressee.
                # ("were informed by email": a bare means of sending speaks for nobody)
                for agent in verb.children:
                    if agent.dep_ == "agent":
                        pobj = _agent_object(agent)
                        if pobj is not None and not _bare_means(pobj):
                            return pobj
                return None
            if child.dep_ == "nsubjpass":
                return child  # "X was quoted as saying"
        if verb.tag_ == "VBN":
            # "as described by FBI Director James Comey": a passive with no subject.
            for agent in verb.children:
                if agent.dep_ == "agent":
                    pobj = _agent_object(agent)
                    if pobj is not None:
                        return pobj
        head = verb.head
        if verb.dep_ == "xcomp" and verb.i > head.i and head.lemma_.lower() in lexicon.OBJECT_CONTROL:
            # "The release led Debbie Wasserman Schultz to announce ...": the object of
            # "lead", "prompt", "force" ... is who speaks, not their subject.
            obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
            if obj is not None and self.can_speak(obj):
                return obj
            # "Mr. Trump was prompted to say": the passive subject is the one prompted.
            obj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if obj is not None and self.can_speak(obj):
                return obj
        if (
            verb.dep_ in ("xcomp", "advcl")
            and (
                verb.tag_ == "VBG"
                or verb.tag_ == "VB" and _has_to(verb)
            )
            and verb.i > head.i
            and head.lemma_.lower() in lexicon.PERCEIVED_PASSIVES
            and any(c.dep_ == "auxpass" for c in head.children)
        ):
            # "Ann Roe was heard saying ...", "was seen telling ...", "was heard to say
            # ...": the one heard or seen is who speaks, not a listener.
            obj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if obj is not None and self.can_speak(obj):
                return obj
        if verb.dep_ == "xcomp" and verb.i > head.i and (
            head.lemma_.lower() in lexicon.RAISING_PASSIVES
            or head.lemma_.lower() in lexicon.PLANNING_PASSIVES and self._says_what(verb)
        ):
            # "Ann Roe is understood to have said ...", "is reported to have told": the
            # passive subject of the raising verb is who speaks.
            # An unfamiliar surname opening the sentence may be read as a plain noun
            # ("Rawal is learnt to have told"): a lone capitalised one still speaks.
            obj = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if obj is not None and (
                self.can_speak(obj)
                or obj.tag_ == "NN" and obj.text.istitle() and obj.is_alpha and not any(obj.children)
            ):
                return obj
        if verb.dep_ == "acl" and head.pos_ == "NOUN" and head.dep_ == "dobj" and (
            head.lemma_.lower() in lexicon.STATEMENT_NOUNS or head.lemma_.lower() in lexicon.DOCUMENT_NOUNS
        ):
            # "she released a statement saying ...", "sent an email calling ...": whoever
            # issued the statement speaks through it.
            owner = self.subject_of(head.head)
            if owner is not None:
                return owner
        infinitive = verb.dep_ == "relcl" and any(c.lower_ == "to" and c.dep_ == "aux" for c in verb.lefts)
        if (verb.dep_ == "acl" or infinitive) and head.pos_ == "NOUN" and not self.can_speak(head):
            # "Forbes shot back in an article stating ...", "mounted a campaign to
            # condemn ...": a thing that cannot speak carries its author's words.
            gov = head.head
            if head.dep_ == "pobj" and gov.dep_ == "prep":
                gov = gov.head
            if head.dep_ in ("dobj", "pobj", "attr") and gov.pos_ in ("VERB", "AUX") and gov.i != verb.i:
                owner = self.subject_of(gov)
                if owner is not None:
                    return owner
        sender = (
            self._addressed_by(head)
            if verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.lemma_.lower() in lexicon.SPEECH_VERBS
            else None
        )
        if sender is not None:
            owner = self.subject_of(sender)
            if owner is not None:
                return owner
        if verb.dep_ in ("acl", "relcl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            described = self._described_subject(head)
            if described is not None:
                return described
            # "Romney, the nominee, tweeted": a misparse hangs the verb off the apposition.
            return head.head if head.dep_ == "appos" and head.head.pos_ == "PROPN" else head
        doer = self._participle_doer(verb)
        if doer is not None:
            return doer
        aside = self._subject_before_aside(verb)
        if aside is not None:
            return aside
        if verb.dep_ in ("conj", "advcl") and not self.is_cue(head) and head.dep_ == "ccomp":
            # "says X and says Y": the second "says" hangs off X's verb; its speaker is
            # the first cue's.
            if self.is_cue(head.head):
                return self.subject_of(head.head)
        if (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            and verb.i > head.i + 1
            and self._set_off(verb)
            and not self.is_cue(self.doc[verb.i - 2])  # `..., Roe added, saying`: hers
        ):
            # "Roe rejected the idea that the plan would fail, saying ...", "a strategist
            # said Clinton will have to choose, saying ...": the parse hangs the trailing
            # participle on the reported clause; its doer is who reports that clause.
            outer = node = head
            for _ in range(4):
                if node.dep_ == "ccomp" and node.head.pos_ == "VERB" and self.is_cue(node.head):
                    outer = node.head
                    break
                if (
                    node.dep_ == "acl"
                    and node.head.pos_ == "NOUN"
                    and node.head.dep_ in ("dobj", "pobj")
                    and _has_that(node)
                ):
                    noun = node.head
                    outer = noun.head if noun.dep_ == "dobj" else noun.head.head
                    break
                if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
                    break
                node = node.head  # "will have to choose ...": up to the reported clause
            if outer is not head and outer.pos_ in ("VERB", "AUX"):
                owner = self.subject_of(outer)
                if owner is not None:
                    return owner
        if _passive_conjunct_to_hearer(verb):
            return None  # "was summoned and told that ...": the one told; no teller named
        if verb.dep_ in ("conj", "advcl", "xcomp", "pcomp", "dep", "npadvmod") and head is not verb:
            if verb.dep_ == "pcomp" and head.head.i != head.i:
                head = head.head  # "quoted as saying", "by mentioning"
            # Climb through adjectives and copulas: "is likely to say", "was bold
            # enough to tout" take the subject of the clause they hang from.
            steps = 0
            while head.pos_ in ("ADJ", "ADV", "ADP") and head.head.i != head.i and steps < 3:
                head = head.head
                steps += 1
            if verb.dep_ == "pcomp" and head.pos_ == "NOUN" and head.dep_ == "dobj":
                head = head.head  # "took the unusual step of criticizing": who took it
            hops = 0
            while (
                verb.dep_ == "pcomp"
                and head.pos_ == "NOUN"
                and head.dep_ == "pobj"
                and head.head.pos_ == "ADP"
                and head.head.dep_ == "prep"
                and head.head.head.pos_ in ("VERB", "AUX")
                and any(c.dep_ == "ccomp" for c in verb.children)
                and hops < 2
            ):
                # "In addition to stating that ..., Clinton has vowed", "After months of
                # denying that ..., she apologized": an opening phrase's participle is
                # done by the subject of the clause the phrase modifies. Only with a
                # reported clause: "after years of backing the unions, dockers ..." has
                # an ordinary object, no report.
                head = head.head.head
                hops += 1
            if head.i == verb.i:
                return None
            if verb.dep_ in ("advcl", "pcomp", "conj") and not self.is_cue(head):
                # "X was booed and shouted down after telling ...": a participle's
                # doer is the clause's surface subject, passive or not.
                clause = head
                while clause.dep_ == "conj" and not any(
                    c.dep_ in ("nsubj", "nsubjpass") for c in clause.children
                ):
                    clause = clause.head
                passive = next((c for c in clause.children if c.dep_ == "nsubjpass"), None)
                if passive is not None and not self.in_quote(passive):
                    return passive
            return self.subject_of(head)
        if verb.i + 1 < len(self.doc) and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
            # "He had a voice in decisions, said a former spokesman": inverted report.
            # Unless a speaker stands right before the verb, the parser having hung it on
            # the quotation (`"...," the club's lawyer, Ines Moreau, said outside court`):
            # then what follows is where or when it was said.
            stranded = self._stranded_subject(verb)
            if stranded is not None:
                return stranded
            for child in verb.rights:
                if (
                    child.dep_ in ("dobj", "attr", "nsubj", "npadvmod")
                    and child.pos_ in ("NOUN", "PROPN")
                    and not self._a_day(child)  # "said Tuesday that ..."
                ):
                    return child
        compounds = [
            c for c in verb.lefts if c.dep_ in ("compound", "amod") and c.i == verb.i - 1
            and (c.dep_ == "compound" or verb.lower_.startswith("read"))
        ]
        if compounds and not self.in_quote(compounds[0]):
            # "..., Federal Election Commission records show.": the parser made the
            # subject a compound of the verb.
            return compounds[0]
        return (
            self._stranded_subject(verb)
            or self._bracketed_subject(verb)
            or self._age_subject(verb)
            or self._surname_read_as_adverb(verb)
        )

    def _surname_read_as_adverb(self, verb: Token) -> Token | None:
        """`..., Early described it as "news to me"`, `"...," said Skelly, explaining`: a
        surname the tagger read as an adverb for its "-ly" (or "Early") hangs on the verb
        with no subject. Capitalised in mid-sentence, right before or after the verb, and
        the last word of a person's name the article gives, it is who speaks."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        for i in (verb.i - 1, verb.i + 1):
            if not 0 < i < len(self.doc):
                continue
            tok = self.doc[i]
            if (
                tok.tag_ == "RB"
                and tok.head.i == verb.i
                and not tok.is_sent_start
                and tok.text[:1].isupper()
                and tok.text[1:].islower()
                and not self.in_quote(tok)
                and tok.text in self._person_names()
            ):
                return tok
        return None

    def _described_subject(self, noun: Token) -> Token | None:
        """ "Ines Roe was the first candidate to weigh in, tweeting ...": a verb hung on
        the noun a copula says its subject is (" the first candidate to weigh in") is
        done by that subject; the noun only describes it."""
        be = noun.head
        if noun.dep_ != "attr" or be.lemma_ != "be":
            return None
        subject = next((c for c in be.children if c.dep_ == "nsubj" and c.i < noun.i), None)
        if subject is None or self.in_quote(subject) or subject.pos_ not in ("PROPN", "PRON"):
            return None
        if subject.tag_ in ("WP", "WDT"):
            return None  # "Roe, who is the man to ask": the clause only describes; as before
        return subject if self.can_speak(subject) else None

    def _participle_doer(self, verb: Token) -> Token | None:
        """`The hearing ended with Roe asking whether ...`: in an absolute "with" phrase
        the noun right before the participle does it, though the parser hangs the
        participle on the clause's verb, whose subject (a hearing, an ad) says nothing."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp") or verb.i == 0:
            return None
        for c in verb.head.children:
            if c.dep_ == "prep" and c.lower_ == "with" and c.i < verb.i:
                noun = next((p for p in c.children if p.dep_ == "pobj"), None)
                if noun is not None and noun.right_edge.i == verb.i - 1 and self.can_speak(noun):
                    return noun
        return self._nearer_clause_doer(verb)

    def _nearer_clause_doer(self, verb: Token) -> Token | None:
        """`The first incident came during a speech, when dockers interrupted her,
        shouting "..."`: a participle after a comma goes with the clause just before
        it when the parser hangs it on a verb whose subject cannot speak (an incident)."""
        head = verb.head
        if verb.dep_ != "advcl" or verb.i < 2 or self.doc[verb.i - 1].text != ",":
            return None
        subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is None or self.can_speak(subject):
            return None
        node = self.doc[verb.i - 2]
        while node.i != head.i and node.head.i != node.i:
            if node.tag_ in ("VBD", "VBZ", "VBP") and node.dep_ in ("relcl", "advcl") and head.i < node.i < verb.i:
                doer = next((c for c in node.children if c.dep_ == "nsubj"), None)
                if doer is not None and self.can_speak(doer) and not self.in_quote(doer):
                    return doer
            node = node.head
        return None

    def _experiencer(self, verb: Token) -> Token | None:
        """Who a clause after a dummy "it" is about: `It dawned on Roe that ...`, `It
        falls to the board to give an opinion`, `It amazes me that ...`. The "it" stands
        for the clause put after the verb and cannot speak; the one the thought came to,
        the task fell to, or the news struck is the source."""
        later = [c for c in verb.children if c.i > verb.i]
        that_clause = any(
            c.dep_ == "ccomp" and _has_that(c) for c in later
        )
        infinitive = any(
            c.dep_ == "xcomp" and _has_to(c) for c in later
        )
        for c in later:
            if c.dep_ == "prep" and c.lower_ in ("on", "upon", "to") and (that_clause or infinitive):
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None and pobj.lower_ != "it" and self.can_speak(pobj) and not self.in_quote(pobj):
                    return pobj
            # Only with a that-clause: in `It encouraged people to drive less` the "it" is
            # a thing that acts and the object is who is moved to act.
            if c.dep_ == "dobj" and that_clause and c.lower_ != "it" and self.can_speak(c) and not self.in_quote(c):
                return c
        return None

    def _set_off(self, verb: Token) -> bool:
        """A participle set off from the clause before it by a comma or dash, also when
        that clause ends in a quoted title (`... the book "Tough Times," explaining`)."""
        before = self.doc[verb.i - 1]
        if before.text in (",", "\u2014", "--"):
            return True
        return is_quote_char(before.text[:1]) and verb.i >= 2 and self.doc[verb.i - 2].text == ","

    @staticmethod
    def _addressed_by(noun: Token) -> Token | None:
        """The verb of writing or telling whose addressee ``noun`` is, if any.

        `emailed supporters saying: "..."`, `sent a text message to supporters saying
        ...`: the parser hangs the participle on the nearest noun, but the people written
        to do not speak; the one who wrote does.
        """
        if noun.pos_ not in ("NOUN", "PROPN"):
            return None  # `urging those calling for ...`: "those" is who the participle says
        verb = noun.head
        if noun.dep_ == "dobj" and verb.pos_ == "VERB":
            return verb if verb.lemma_.lower() in lexicon.WRITE_TO_VERBS else None
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.dep_ not in ("dative", "prep"):
            return None
        verb = prep.head
        if verb.pos_ != "VERB":
            return None
        documents = lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if any(c.lemma_.lower() not in documents for c in objects):
            return None  # `wrote a check to a PAC supporting ...`: no message sent
        return verb if objects or verb.lemma_.lower() in lexicon.WRITE_TO_VERBS else None

    def _subject_on_auxiliary(self, verb: Token) -> list[Token]:
        """`Ada Ruiz is convinced the port will survive`: the parser may hang the subject
        on an auxiliary ("is", "did") instead of the participle or verb (a relative pronoun
        there is no speaker: "what's today called ...")."""
        return [
            s
            for aux in verb.children
            if aux.dep_ in ("aux", "auxpass") and aux.i < verb.i
            for s in aux.children
            if s.dep_ == "nsubj" and s.tag_ not in ("WP", "WDT") and not self.in_quote(s)
        ]

    def _age_subject(self, verb: Token) -> Token | None:
        """`"...," the 31-year-old said`: the parser may hang "the" and "old" on the
        verb itself and leave it without a subject. A person described by an age right
        before a finite verb is its subject; the mention runs from "the" (`mention_span`).
        One adverb may stand between (`The 32-year-old later confirmed`, the parser making
        the adverb the head of "the" and "old")."""
        if verb.i == 0:
            return None
        old = self.doc[verb.i - 1]
        if old.tag_ == "RB" and old.dep_ == "advmod" and old.head.i == verb.i and verb.i > 1:
            old = self.doc[verb.i - 2]
        if verb.tag_ not in ("VBD", "VBZ", "VBP") and not (verb.dep_ == "acl" and verb.head.i == old.i):
            # `the 43-year-old asked in the video's description`: the parser may make
            # "old" the root and the verb its participle.
            return None
        if self.in_quote(old) or self._age_description(old) is None:
            return None
        return old

    def _age_description(self, old: Token) -> re.Match[str] | None:
        """ "the 31-year-old" ending at ``old`` (on its line), or None."""
        if old.lower_ != "old":
            return None
        line_start = self.text.rfind("\n", 0, old.idx) + 1
        return AGE_BEFORE.search(self.text, line_start, old.idx + len(old))

    def _dateline_apposition(self, subject: Token) -> Token | None:
        """The noun the parser hung after the dash of a dateline made subject: in
        "Lisbon (AFP) \u2013 Singer Marta Vale, star of ..., is not sure" the place heads
        the sentence and the singer is its apposition. The place speaks for no one."""
        dash = next(
            (c.i for c in subject.rights if c.dep_ == "punct" and c.text in DATELINE_DASHES),
            None,
        )
        if dash is None:
            return None
        agency = any(t.text == "(" for t in self.doc[subject.i : dash])
        # ("MIDDLEBROUGH, England \u2013 14 April 2026 \u2013 Northgate University ...": a
        # place in capitals opening the text is a dateline, tagged or not)
        capitals = subject.text.isupper() and len(subject.text) > 2 and subject.i == subject.sent.start
        if not (agency or capitals or subject.ent_type_ in ("GPE", "LOC", "FAC")):
            return None  # "Jon Tarr \u2014 a teacher \u2014 says": the name before speaks
        for c in subject.rights:
            if c.i > dash and c.dep_ in ("appos", "dep", "npadvmod") and c.pos_ in ("PROPN", "NOUN"):
                if c.ent_type_ in ("DATE", "TIME"):
                    continue  # the dateline's date, between its dashes
                return c if self.can_speak(c) and not self.in_quote(c) else None
        return None

    def _as_object(self, verb: Token) -> Token | None:
        """`As Ada Roe, a law professor, put it, "..."`: the parser may take "as" for a
        preposition and hang the speaker on it as its object; in an as-aside that object
        is who speaks."""
        for mark in verb.children:
            if mark.dep_ == "mark" and mark.lower_ == "as" and mark.i < verb.i:
                for obj in mark.children:
                    if obj.dep_ == "pobj" and obj.i < verb.i and not self.in_quote(obj) and self.can_speak(obj):
                        return obj
        if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and not any(
            c.dep_ in SUBJECT_DEPS for c in verb.children
        ):
            # `Fans chanted as captain Ola Berg yelled: "..."`: "as" read as a preposition
            # of the main verb, its object right before the subjectless finite verb is
            # that verb's subject, not the main clause's.
            for prep in verb.head.children:
                if prep.dep_ == "prep" and prep.lower_ == "as" and prep.i < verb.i:
                    for obj in prep.children:
                        if obj.dep_ == "pobj" and obj.right_edge.i == verb.i - 1 and not self.in_quote(obj) and self.can_speak(obj):
                            return obj
        return None

    def _named_one(self, subject: Token) -> Token | None:
        """ "One of them, Gloria Fuentes, said": a name set off by a comma after "one of
        ..." is the one who speaks, whether the parser hangs it on "one" as an apposition
        or as a conjunct (with no "and" there is no second subject)."""
        if subject.lower_ != "one" or not any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
            return None
        from quotes.resolve import _strong_first_name  # resolve imports this module

        if any(c.dep_ == "cc" for c in subject.children):
            return None
        for child in subject.rights:
            if (
                child.dep_ in ("appos", "conj")
                and child.pos_ == "PROPN"
                # (a name the model tags a place: "Ines Calloway" as GPE)
                and (child.ent_type_ == "PERSON" or _strong_first_name(child.left_edge.text))
                and self.doc[child.left_edge.i - 1].text == ","
                and not self.in_quote(child)
            ):
                return child
        return None

    def _speaker_after_place(self, subject: Token) -> Token | None:
        """ "Outside court, Fenwick's solicitor, Anthony Grey, said": the parser makes the
        opening place phrase ("Outside court") the subject and hangs the speaker on it
        as appositions. The speaker is the name in that chain (else its role noun)."""
        opener = next((c for c in subject.lefts if c.dep_ in ("amod", "advmod", "prep")), None)
        if (
            subject.pos_ != "NOUN" or opener is None or opener.lower_ not in PLACE_OPENERS
            or any(c.dep_ in ("det", "poss") for c in subject.children)
        ):
            return None
        role = None
        tok = subject
        while True:
            nxt = next((c for c in tok.rights if c.dep_ == "appos" and not self.in_quote(c)), None)
            if nxt is None:
                return role
            if nxt.pos_ == "PROPN" and nxt.ent_type_ in ("PERSON", "") and self.can_speak(nxt):
                return nxt
            if role is None and nxt.pos_ == "NOUN" and self.can_speak(nxt):
                role = nxt
            tok = nxt

    def _stranded_subject(self, verb: Token) -> Token | None:
        """A finite verb whose subject the parser hung elsewhere.

        In "... Hillary Clinton, former president Bill Clinton said" or "her adviser,
        Jake Sullivan, said" the name right before the verb became an apposition of an
        earlier noun and the verb has no subject. A finite verb always has one, and in
        English it stands right before it: take that noun phrase (an apposition closed
        by a comma included).
        """
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ in ("relcl", "acl", "amod"):
            return None
        i = verb.i - 1
        aside = False
        if i >= 3 and self.doc[i].text == "," and self.doc[i - 1].like_num and self.doc[i - 2].text == ",":
            i -= 3  # "Marcel Lazar, 44, said"
            aside = True
        elif i >= 1 and self.doc[i].text == ",":
            i -= 1  # "Senator Harry Reid, the minority leader, said"
        elif i >= 2 and self.doc[i].text == ")":
            # "Rep. Ann Roe (D-Ohio) said": a party or place in brackets after the name
            opening = next((t for t in reversed(self.doc[max(0, i - 8) : i]) if t.text == "("), None)
            if opening is not None and opening.i >= 1 and self.doc[opening.i - 1].pos_ == "PROPN":
                i = opening.i - 1
                aside = True
        if i < 0 or self.in_quote(self.doc[i]):
            return None
        tok = self.doc[i]
        share = self._coordinated_share(tok)
        if share is not None:
            return share
        if tok.pos_ not in ("PROPN", "NOUN", "PRON") or not self.can_speak(tok):
            return self._relative_clause_owner(tok, verb)
        while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.i < verb.i:
            tok = tok.head
        if tok.i != i or tok.dep_ in ("nsubj", "nsubjpass", "poss"):
            return None  # the noun belongs to another clause or modifies another noun
        if i < verb.i - 1 and tok.dep_ != "appos" and not aside:
            return None  # only a closing apposition stands between comma and verb
        named = tok.head
        if (
            tok.dep_ == "appos"
            and tok.pos_ == "NOUN"
            and named.i < tok.i
            and named.ent_type_ == "PERSON"
            and named.pos_ == "PROPN"
            and named.dep_ == "appos"
            and named.left_edge.i > 0
            and self.doc[named.left_edge.i - 1].text == ","
            and not self.in_quote(named)
        ):
            # "At a camp in the town, Rina Gogoi, a farmer, said": the name set off by
            # commas, hung on the noun before it, is described by the closing noun and
            # is who speaks (not "... hosts Joe Roe and Ann Poe, the candidate said").
            return named
        return tok if self.can_speak(tok) else None

    def _coordinated_share(self, tok: Token) -> Token | None:
        """ "One in three said the party ignores them and one in four said it was
        hostile": the parser joins the second share to the first clause's last noun ("them
        and one"), leaving the second "said" without a subject. ``tok`` is the last word
        before the verb ("four"); the share it ends, a conjunct after "and", is the subject.
        """
        prep = tok.head
        if tok.dep_ != "pobj" or prep.lower_ not in ("in", "of") or prep.dep_ != "prep":
            return None
        share = prep.head
        if share.i >= tok.i or share.dep_ != "conj" or not self._is_share(share) or self.in_quote(share):
            return None
        before = self.doc[share.left_edge.i - 1] if share.left_edge.i > 0 else None
        return share if before is not None and before.lower_ == "and" else None

    def _bracketed_subject(self, verb: Token) -> Token | None:
        """A finite verb whose subject stands before an aside the parser tangled with it.

        In "Jay Doe, the club's manager, suggested ...", "Beck, who backed the senator
        last year, said ..." or "Sen. Ann Roe (a first-term Democrat) says ..." the parse
        often makes the name an apposition of an earlier noun or the subject of the
        aside's verb, leaving the cue without one. The subject of a finite verb is the
        noun phrase that opens its clause: the first phrase, after the sentence start,
        a comma or a conjunction, that an aside set off by commas or brackets separates
        from the verb (adverbs such as "also" or "last week" may follow the aside).
        """
        finite = verb.tag_ in ("VBD", "VBZ", "VBP") or (
            verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.lefts)
        )
        if not finite or verb.dep_ in ("relcl", "acl", "amod", "conj", "xcomp", "pcomp"):
            return None
        sent = verb.sent
        toks = [t for t in self.doc[sent.start : verb.i] if not t.is_space]
        # After a quotation (`"...," Ann Roe, now 81, said`) the clause starts past it.
        marks = [k for k, t in enumerate(toks) if self.in_quote(t) or is_quote_token(t.text)]
        if marks:
            toks = toks[marks[-1] + 1 :]
            if toks and toks[0].text == ",":
                toks = toks[1:]
        if len(toks) < 3:
            return None
        # The aside must close right before the verb, bar a few adverbial words and the
        # verb's own auxiliaries ("Jay Doe, the manager, has said").
        k = len(toks) - 1
        while k >= 0 and (
            toks[k].pos_ in ("ADV", "PART")
            or toks[k].dep_ in ("npadvmod", "amod", "advmod")
            or toks[k].dep_ in ("aux", "auxpass", "neg") and toks[k].head.i == verb.i
        ):
            k -= 1
        if k < 1 or toks[k].text not in (",", ")"):
            return None
        for tok in toks[:k]:
            if tok.pos_ not in ("PROPN", "NOUN", "PRON") or tok.dep_ in ("compound", "flat", "poss"):
                continue
            left = max(min(tok.left_edge.i, tok.i), toks[0].i)
            prev = self.doc[left - 1] if left > toks[0].i else None
            if prev is not None and prev.text != "," and prev.pos_ != "CCONJ" and not self._line_start(prev):
                continue
            nxt = self.doc[tok.i + 1] if tok.i + 1 < verb.i else None
            if nxt is None or nxt.text not in (",", "("):
                continue
            if tok.ent_type_ in ("GPE", "DATE", "TIME") or not (
                self.can_speak(tok) or tok.dep_ == "nsubj" and tok.pos_ in ("NOUN", "PROPN")
            ):
                continue  # a subject of the aside's verb ("One attendee, who ...") is one
            if tok.ent_type_ == "NORP" and tok.tag_ not in ("NNS", "NNPS"):
                continue  # "Republican, presidential candidate Ann Roe": a label, not the subject
            return tok
        return None

    def _line_start(self, tok: Token) -> bool:
        """A line break that is no hard wrap: the paragraph before it ended without its
        full stop ("... before the first polls\nTrump, in Kentucky, said ..."), so the
        parser runs the two into one sentence, but what follows opens a new clause."""
        return tok.is_space and "\n" in tok.text and not self._wrap(tok)

    def _past_line_starts(self, head: Token, subtree: list[Token]) -> set[int]:
        """The tokens of a clause beyond a line break that is no hard wrap, on either side
        of its head (`_line_start`): lines with no full stop (a list, a feed) parse as
        one sentence, but each line is a clause of its own (`X, who was hurt, said «...»`
        lines: the first verb's clause took every line after it)."""
        after = next((t.i for t in subtree if t.i > head.i and t.is_space and self._line_start(t)), None)
        before = max((t.i for t in subtree if t.i < head.i and t.is_space and self._line_start(t)), default=None)
        return {
            t.i for t in subtree if (after is not None and t.i >= after) or (before is not None and t.i <= before)
        }

    def _relative_clause_owner(self, tok: Token, verb: Token) -> Token | None:
        """"a White House official who spoke anonymously to discuss strategy said": the
        words before the verb end a relative clause; its noun is the stranded subject."""
        for _ in range(6):
            if tok.dep_ == "ccomp" and tok.head.i == verb.i and tok.i < verb.i:
                # "Alma Quist, whose novel "X" won the prize, said": the parser made the
                # relative clause's verb the cue's clause and the name its subject.
                subject = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
                if subject is not None and subject.pos_ == "PROPN" and any(
                    t.lower_ in ("whose", "who") and t.i > subject.i for t in subject.subtree
                ) and self.can_speak(subject):
                    return subject
                return None
            if tok.head.i == tok.i or tok.head.i >= verb.i:
                return None
            if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN"):
                noun = tok.head
                if noun.dep_ in ("nsubj", "nsubjpass", "poss") or not self.can_speak(noun):
                    return None
                return noun
            tok = tok.head
        return None

    def _line_bullet(self, tok: Token) -> bool:
        """`- Opposition leader Ada Roe said ...`: the list bullet opening a line, which
        the parser may hang on the subject, is no word of the speaker's mention."""
        return tok.text in BULLETS and (tok.i == 0 or "\n" in self.doc[tok.i - 1].text_with_ws)

    def _short_quotation_inside(self, keep: list[Token]) -> set[int]:
        """Token indices of short quotations wholly inside a mention after its first word
        (`Critics of the "Rwanda plan" say`): a title or scare quote in the speaker's
        description is part of it. Without it the mention stopped at "the" and the
        resolver took a name from inside the marks ("Rwanda") as the speaker."""
        held = {t.i for t in keep}
        first = min(held)
        out: set[int] = set()
        for qi in {self.quote_of_char[t.idx] for t in keep if t.i > first and self.in_quote(t)}:
            q = self.quotes[qi]
            if len(self.text[q.start : q.end].split()) > 4:
                continue
            marks = self.doc.char_span(q.open_start, q.close_end, alignment_mode="expand")
            if marks is not None and marks.start > first and all(i in held for i in range(marks.start, marks.end)):
                out.update(range(marks.start, marks.end))
        return out

    def mention_span(self, token: Token) -> tuple[int, int]:
        """Compact speaker mention: the noun phrase without relative clauses or appositions.

        A relative pronoun ("the ads that slam", "Mr. Trump, who said") reaches back to
        its noun: the mention runs from the noun to the pronoun, so it names the noun
        whichever of the two an annotator marks as the source.
        """
        if token.text == "-" and 0 < token.i < len(self.doc) - 1 and not token.whitespace_ \
                and not self.doc[token.i - 1].whitespace_ and self.doc[token.i - 1].is_alpha \
                and self.doc[token.i + 1].is_alpha:
            # "The ex-president said" with the hyphen read as the subject noun: the
            # mention is the whole hyphenated word with what opens its phrase.
            first = self.doc[token.i - 1].left_edge
            last = self.doc[token.i + 1]
            return first.idx, last.idx + len(last)
        antecedent = self._relative_antecedent(token.head)
        if (
            token.lower_ in ("who", "which", "that")
            and token.dep_ in ("nsubj", "nsubjpass")
            and token.head.dep_ == "relcl"
            and antecedent.i < token.i
            and antecedent.pos_ in ("NOUN", "PROPN")
        ):
            start, _ = self.mention_span(antecedent)
            if start < token.idx and "\n" not in self.text[start : token.idx]:
                return start, token.idx + len(token)
        focus = _cleft_focus(token, token.head)
        if focus is not None and not self.in_quote(focus):
            # `It was Haddad who first claimed`: the focused noun and its "who", as for
            # a relative clause.
            start, _ = self.mention_span(focus)
            return start, token.idx + len(token)
        age = self._age_description(token)
        if age is None and token.tag_ == "RB" and token.i > 0:
            # `The 25-year-old later said`, the adverb read as the subject with "the"
            # and "old" hung on it: the person described by the age speaks.
            age = self._age_description(self.doc[token.i - 1])
        if age is not None:
            return age.span()  # "the 31-year-old" (`_age_subject`)
        if token.lemma_.lower() in lexicon.REPLY_NOUNS or (
            token.head.lemma_ == "be" and token.i > token.head.i and token.lemma_.lower() in lexicon.GIVEN_WORDS_NOUNS
        ):
            # `"Not today," came the reply from Greta Vos`: who replied speaks.
            for prep in token.rights:
                if prep.dep_ == "prep" and prep.lower_ == "from":
                    objs = [c for c in prep.children if c.dep_ == "pobj"]
                    if objs:
                        return self.mention_span(objs[0])
        keep = [token]
        for child in token.lefts:
            if child.lower_ == "all" and child.dep_ in ("det", "predet") and token.tag_ == "NNP":
                continue  # `"No comment," was all Ada Ruiz would say`: "all" (of a singular name) is the object
            if child.dep_ not in ("punct", "cc", "prep") or child.dep_ == "poss":
                keep.extend(child.subtree)
        for child in token.rights:
            if child.dep_ in ("compound", "flat", "case", "nummod"):
                keep.extend(child.subtree)
            elif _hyphen_joined(token, child):
                # "Nadia K. Osei-Bonsu said", "Bonsu" read as an apposition of "Osei":
                # the word after a hyphen with no space is the rest of the name.
                keep.extend(self.doc[token.i + 1 : child.i + 1])
            elif child.dep_ == "prep" and child.lower_ in ("of", "for", "close", "at", "from"):
                if token.head.dep_ == "agent" and token in self._agent_holding_charge(token.head.head) and any(
                    c.dep_ == "pcomp" and c.tag_ == "VBG" for c in child.children
                ):
                    continue  # "accused by prosecutors of hiding money": the charge, misattached
                keep.extend(child.subtree)
            elif child.dep_ == "prep" and _first_name_read_as_preposition(token, child):
                keep.extend(child.subtree)  # "Coach Per Sandqvist said"
            elif (
                # "Director of Government Affairs Phil Smith told": a person's name right
                # after a title, no comma between, is the name the title goes with (the
                # parser makes it an apposition of the title).
                child.dep_ == "appos"
                and child.ent_type_ == "PERSON"
                and token.pos_ == "PROPN"
                and not self.doc[child.left_edge.i - 1].is_punct
                and self.doc[child.left_edge.i - 1].i in {t.i for t in keep}
            ):
                keep.extend(child.subtree)
        # `"...," lamented coach Lars Moen`: a finite verb the parser hung on the noun
        # (`_retag_verbs_after_quotes`) is the cue, not part of the name.
        titled = self._short_quotation_inside(keep)
        keep = [
            t for t in keep
            if (t.i in titled or not self.in_quote(t))
            and not (t.dep_ == "amod" and t.tag_ == "VBD" or t.dep_ == "compound" and t.tag_ == "VBZ")
        ] or [token]
        floor = _after_spaced_dash(keep, token)
        keep = [t for t in keep if t.i >= floor and not self._line_bullet(t)]
        joined = self._entity_over_and(token)
        if joined is not None:
            keep.extend(joined)  # "Procter & Gamble said": one body, not "Procter"
        keep.extend(_split_name(token, self._entity_at(token.i)))
        if not any(
            t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
            for t in keep
        ):
            # A misparsed head ("date 2022-02-17 Jens Stoltenberg, ..."): take the name.
            # Never from a clause or phrase hung on the noun ("results that show where
            # support came from in Iowa" is no Iowa speaking; "Pruitt, speaking at a rally
            # in Elmford, said" is no Elmford, the subject read as an adjective).
            # Nor from the object of "to": "an aide to Mayor Hale" is not Hale (but "a
            # poll by Quinnipiac" is Quinnipiac's). Nor from the one an anonymous source
            # is close to: "a source close to Ada Ruiz", "people familiar with her plans"
            # are not her. Nor from the place people are in: "officials in Pellham" are
            # no Pellham.
            inner = {
                t.i for c in token.children
                if c.dep_ in ("relcl", "acl", "advcl", "ccomp")
                or (c.dep_ == "prep" and c.lower_ == "to")
                or (c.dep_ == "prep" and c.lower_ == "in" and _people_in_a_place(token, c))
                # "The mayor, in an interview with Radio Nord, said": where the words were
                # given, and to whom; the station does not speak
                or _occasion_phrase(c)
                or (c.dep_ == "amod" and c.lemma_.lower() in lexicon.PROXIMITY_ADJECTIVES)
                # "accused by the news media of beating his wife ... in Port Lira": an act
                # in a gerund names none who speaks
                or (c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in c.children))
                # "The mayor, a Democrat, said", "The firm, a unit of Siemens, said": a
                # description set off with "a" says what the speaker is; it names nobody
                or (c.dep_ == "appos" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children))
                for t in c.subtree
            }
            lo, hi = max(token.left_edge.i, floor), token.right_edge.i + 1
            first = bisect.bisect_left(self._ent_starts, lo)
            last = bisect.bisect_left(self._ent_starts, hi)
            names = [e for e in self.ents[first:last] if e.label_ in ("PERSON", "ORG", "GPE", "NORP")
                     and e.end <= hi and e.start not in inner]
            if names:
                return self._with_compound_words(names[0], lo, inner)
        start = min(t.idx for t in keep)
        end = max(t.idx + len(t) for t in keep)
        # A mention never crosses a line break: keep the line that holds the head.
        line_start = self.text.rfind("\n", start, token.idx) + 1
        line_end = self.text.find("\n", token.idx, end)
        start = max(start, line_start)
        end = end if line_end < 0 else line_end
        start = self._after_dateline(start, end)
        while start < end and self.text[start].isspace():
            start += 1
        while end > start and (self.text[end - 1] in ",;:" or self.text[end - 1].isspace()):
            end -= 1
        end = self._past_open_particle(start, end)
        return self._without_open_bracket(start, end)

    def _past_open_particle(self, start: int, end: int) -> int:
        """`said Hendrik van den Broek` with "den" read as a verb: a mention ending on a
        lowercase surname particle is a name cut short; it runs on over any further
        particles to the capitalised surname."""
        words = self.text[start:end].split()
        if len(words) < 2 or words[-1] not in lexicon.SURNAME_PARTICLES:
            return end
        m = re.match(rf"(?:[ \t]+(?:{_SIGNATURE_PARTICLES}))*[ \t]+{_SIGNATURE_WORD}", self.text[end:])
        return end + len(m.group().rstrip(".,")) if m else end

    def _without_open_bracket(self, start: int, end: int) -> tuple[int, int]:
        """`Ada Ruiz (@adaruiz) tweeted`: the parser heads the phrase on the handle in
        brackets and leaves the closing bracket out, so the mention would end inside
        them. A handle in a bracket not closed in the mention ends it (an acronym there,
        "the Council for the Sea (ICES", stays: the resolver reads it as the body's name)."""
        text = self.text[start:end]
        cut = text.rfind("(")
        if cut <= 0 or ")" in text[cut:] or not text[:cut].strip() or not text[cut + 1 :].startswith("@"):
            return start, end
        return start, start + len(text[:cut].rstrip())

    def _with_compound_words(self, name: SpacySpan, lo: int, inner: set[int]) -> tuple[int, int]:
        """The offsets of a name the model tagged short, with the proper nouns right
        before it that the parser hangs on it as compounds ("one resident, Pilar
        Gomez" with only "Gomez" tagged): the whole name."""
        s = name.start
        while (
            s - 1 >= lo and s - 1 not in inner
            and self.doc[s - 1].dep_ == "compound" and self.doc[s - 1].pos_ == "PROPN"
            and name.start <= self.doc[s - 1].head.i < name.end
        ):
            s -= 1
        # "Lucia\u00a0Ferro": a no-break space is a token of its own, and the model may
        # tag the name short before it; the proper noun after the space that the name's
        # last word is a compound of is the rest of the name.
        e = name.end
        while (
            e + 1 < len(self.doc) and self.doc[e].is_space and "\n" not in self.doc[e].text
            and self.doc[e + 1].pos_ == "PROPN" and self.doc[e + 1].i not in inner
            and self.doc[e - 1].dep_ == "compound" and self.doc[e - 1].head.i == e + 1
        ):
            e += 2
        return self.doc[s].idx, self.doc[e - 1].idx + len(self.doc[e - 1])

    def _entity_over_and(self, token: Token) -> SpacySpan | None:
        """The entity that holds ``token`` and runs on over the "and"/"&" joining it to
        a conjunct ("Procter & Gamble", "Johnson and Johnson" tagged as one body): the
        mention keeps it whole, where two named speakers joined by "and" stay apart."""
        if not token.ent_type_ or not any(c.dep_ == "cc" for c in token.children):
            return None
        ent = self._entity_at(token.i)
        if ent is None or not any(t.dep_ == "cc" and t.head.i == token.i for t in ent):
            return None
        return ent

    def _entity_at(self, i: int) -> SpacySpan | None:
        """The named entity that holds the token at ``i``, or None (a bisection over the
        entities' starts: `Doc.ents` rebuilds its Spans on every access)."""
        k = bisect.bisect_right(self._ent_starts, i) - 1
        if k < 0 or i >= self.ents[k].end:
            return None
        return self.ents[k]

    @staticmethod
    def _or_so_hedge(run: list[Token]) -> bool:
        """`The union will appeal, or so Ada Ruiz says`: "or so" set off after the clause
        hedges the cue, it is not said ("a week or so" is an amount and stays)."""
        return len(run) > 3 and run[-1].lower_ == "so" and run[-2].lower_ == "or" and run[-3].is_punct

    def clause_span(
        self, head: Token, exclude: Token | None = None, *, bridge: bool = False, whole: bool = False
    ) -> tuple[int, int] | None:
        """Character span of a clause: its subtree, trimmed of "that" and punctuation.
        With ``bridge``, an excluded aside inside the clause is spanned over, as a
        parenthetical cue is ("The port, in her view, must ..."). With ``whole``, the
        clause is what a cue after it reports ("Ruiz met the board and said it would
        sell, aides said"): a speech act coordinated in it with no subject of its own
        is part of that report, not an attribution that splits it."""
        cut: set[int] = set()
        if exclude is not None:
            cut |= {t.i for t in exclude.subtree if t is not head}
        nominal = head.pos_ in ("NOUN", "PROPN", "PRON")
        subtree = list(head.subtree)  # (a walk of nested generators: walked once, read thrice)
        for t in subtree:
            if t.i <= head.i:
                continue
            if (
                whole
                and t.dep_ == "conj"
                and not _has_subject(t)
                and not any(self.in_quote(x) for x in t.subtree)
            ):
                # the same actor's next act, still what the closing cue reports; one with
                # a quotation is mostly an item of its own (`but added, "...," Vrba said`)
                continue
            # A coordinated or participial cue starts an attribution of its own:
            # "says X and says Y", "said X, calling them Z". And in a nominal content
            # ("called immigrants 'rapists' and promised to build a wall") a coordinated
            # verb is a new action of the speaker's. A comma-led "saying" the parser hangs on
            # the object noun ("rejected the notion that ..., saying that ...") is one too.
            if (
                t.dep_ in ("conj", "advcl")
                and self._starts_own(t)
                and not self._time_of_content(t)
                and not self._unset_participle(t)
            ) or (
                t.dep_ == "acl" and t.tag_ == "VBG" and self.doc[t.i - 1].text == "," and self._starts_own(t)
            ) or (
                nominal and t.dep_ == "conj" and t.pos_ == "VERB" and t.head.pos_ != "VERB"
            ):
                cut |= _with_joiner(t)
            elif self._contrast_clause(t, head):
                cut |= {x.i for x in t.subtree} | {t.left_edge.i - 1, t.left_edge.i - 2}
        cut |= self._trailing_aside(head, subtree)
        cut |= self._past_line_starts(head, subtree)
        tokens = [t for t in subtree if t.i not in cut]
        if not tokens:
            return None
        tokens.sort(key=lambda t: t.i)
        # Keep the contiguous run that contains the head.
        i = tokens.index(head)
        lo = hi = i
        while lo > 0 and tokens[lo - 1].i == tokens[lo].i - 1:
            lo -= 1
        while hi < len(tokens) - 1 and tokens[hi + 1].i == tokens[hi].i + 1:
            hi += 1
        if exclude is not None and (exclude.dep_ == "parataxis" or bridge):
            # "It is no surprise, Mr. Garin said, that ...": the cue interrupts the
            # clause; what was said runs on both sides of it, the cue in between.
            aside = range(exclude.left_edge.i - 1, exclude.right_edge.i + 2)
            if hi < len(tokens) - 1 and tokens[hi].i + 1 in aside and not self._narration_after_aside(tokens[lo : hi + 1], tokens[hi + 1 :]):
                hi = len(tokens) - 1
            # "Many of the closures, he said, have involved ...": the clause's subject
            # stands before the cue, its predicate after; both are what was said. With
            # quotations in it only when they are fragments of the predicate (`The
            # decision, she said, was "final"`): `Of the scrutiny, he said, "It's ..."`
            # quotes a sentence of its own after a lead of the writer's.
            if (
                lo > 0
                and tokens[lo].i - 1 in aside
                and not any(self.in_quote(t) for t in tokens[:lo])
                and self._fragments_only(tokens[lo], tokens[hi])
            ):
                lo = 0
        run = tokens[lo : hi + 1]
        run += self._dotted_tail(run[-1].i + 1) if run else []
        run = self._from_own_that(head, run)
        while run and (
            (run[0].lower_ in ("that", "whether", ",", ":", "-", "—") and not _pronoun_that(run[0]))
            or run[0].is_punct and not is_quote_token(run[0].text)
            or run[0].is_space
            # "would say only that she was tired": the focus word limits the saying
            or run[0].lower_ in FOCUS_WORDS and len(run) > 1 and run[1].lower_ == "that" and run[1].dep_ == "mark"
        ):
            run = run[1:]
        while run and (
            run[-1].is_space
            or run[-1].text in (",", ".", ";", ":", "-", "—", "?")
            or self._opens_quote(run[-1])
            or self._or_so_hedge(run)
        ):
            run = run[:-2] if self._or_so_hedge(run) else run[:-1]
        if not run:
            return None
        start, end = run[0].idx, run[-1].idx + len(run[-1])
        return self._balance(start, end)

    def _contrast_clause(self, t: Token, head: Token) -> bool:
        """A conjunct the parser hangs on a reported clause after its cue that is the
        writer's, not the speaker's: `says the files were private, but for her rivals, it
        is a sign of a cover-up` (a contrast with a subject of its own: the other side's
        view; with "that" it is more of the report, `said it was a start, but that ...`),
        and `insists the party must be ..., and has championed a budget` (a finite verb
        with no subject after a reported modal or subjunctive: the speaker's next act,
        its tense not the report's)."""
        if head.dep_ != "ccomp" or head.head.i > head.i:
            return False
        if t.dep_ != "conj" or t.head != head or t.pos_ not in ("VERB", "AUX") or not _has_subject(head):
            return False
        cc = self.doc[t.left_edge.i - 1]
        if self.doc[cc.i - 1].text != ",":
            return False
        if cc.lower_ == "but":
            return _has_subject(t) and self.doc[cc.i + 1].lower_ != "that"
        return cc.lower_ == "and" and not _has_subject(t) and _unmodal(head) and _indicative(t)

    def _from_own_that(self, head: Token, run: list[Token]) -> list[Token]:
        """`said on Tuesday, in an interview with the Courier, that the port would close`,
        `hoped, he said, that the board would agree`: the parser hangs what stands before
        a set-off "that" on the reported clause, but the complementizer opens the clause;
        the words ahead of it (the occasion of saying, an interrupting cue) belong to the
        cue's own clause, so the content starts after it."""
        for k, t in enumerate(run[1:], start=1):
            if t.lower_ == "that" and t.dep_ == "mark" and t.head == head:
                before = self.doc[t.i - 1]
                if before.text in SET_OFF_MARKS and not any(self.in_quote(x) for x in run[:k]):
                    return run[k:]
                return run
        return run

    def _fragments_only(self, first: Token, last: Token) -> bool:
        """The words from ``first`` to ``last`` hold no quotation, or only fragments: each
        opens in lower case after words outside the marks (`was "final"`, `involved "a
        lot of luck"`), none opens the run or a sentence of its own ("It's ...")."""
        if self.in_quote(first) or is_quote_token(first.text):
            return False
        for qi in sorted(self._quote_ids(first.idx, last.idx + len(last))):
            words = self.text[self.quotes[qi].start : self.quotes[qi].end].lstrip()
            if not words[:1].islower():
                return False
        return True

    def _time_of_content(self, clause: Token) -> bool:
        """`said he was angry when he announced the closures`, `says he knew little
        about it before he announced his bid`: a time clause hung on the reported verb
        without a comma, whose pronoun subject is someone the content already names,
        dates what was said; its speech verb is not a new attribution to split off.
        A comma (`, when he claimed ...`) or a new named subject (`when a passenger
        complained`) still starts an act of its own."""
        if clause.dep_ != "advcl" or clause.i < clause.head.i:
            return False
        first = self.doc[clause.left_edge.i]
        if first.lower_ not in lexicon.TIME_SUBORDINATORS or first.head != clause or self.doc[first.i - 1].is_punct:
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in clause.children)

    def _narration_after_aside(self, said: list[Token], rest: list[Token]) -> bool:
        """`"Follow us," Ada Ruiz said, and the boys walked behind`, `"I'm not rattled,"
        Ruiz says, dressed in red`: when all that comes before the cue is quotation,
        unquoted words after it are the writer's narration, not the rest of what was
        said (as the "that" of `It is no surprise, Mr. Garin said, that ...` is, and
        the quote after the joiner of `"I love it," she said, but "it will not last"`)."""
        first = next((t for t in rest if not t.is_punct and t.dep_ != "cc"), None)
        if first is None or self.in_quote(first):
            return False
        return all(self.in_quote(t) for t in said if t.is_alpha)

    def _dotted_tail(self, i: int) -> list[Token]:
        """ "will run until 11 p.m. Nobody else spoke": a dotted abbreviation that ends
        the sentence (its period is the full stop too) is read as the sentence's final
        punctuation and hung on the main verb, with the number before it; both still
        belong to the clause that runs up to them."""
        out: list[Token] = []
        if i < len(self.doc) and self.doc[i].like_num and i + 1 < len(self.doc) and self.doc[i].head.i == i + 1:
            out.append(self.doc[i])
            i += 1
        if i < len(self.doc) and self.doc[i].dep_ == "punct" and DOTTED_ABBREV.fullmatch(self.doc[i].text):
            return [*out, self.doc[i]]
        return []

    def _opens_quote(self, token: Token) -> bool:
        """A token that is nothing but the opening mark of a quotation: the parser
        sometimes hangs the next sentence's `''` on this one."""
        if not (all(is_quote_char(ch) for ch in token.text) or is_quote_token(token.text)):
            return False
        qi = self.quote_of_char[token.idx]
        return qi >= 0 and self.quotes[qi].open_start == token.idx

    def _trailing_aside(self, head: Token, subtree: list[Token]) -> set[int]:
        """Token ids of a narrator's aside closing a reported clause.

        `said she is willing to be interviewed by the FBI, which is conducting its own
        probe`: a comma-led "which"/"who" clause at the very end of the content explains
        a name for the reader; the speaker did not say it. So does a comma- or dash-led
        appositive closing it ("criticized the Harbor Act, a measure passed last
        spring"), unless it holds a list (the parser takes "Israel, the deal and the
        court" for a name and its appositive), or unless it is the name of the object
        described before it ("her predecessor, Tom Reilly"). Only a trailing one is cut, so the
        content stays one contiguous run; but asides come in chains ("praised Tom Reilly,
        the port's chairman, who retires in May"), so once the last is cut, the one it
        closed is looked at in turn. ``subtree`` is ``list(head.subtree)``.
        """
        cut: set[int] = set()
        last = head.right_edge.i
        while True:
            more = self._last_aside(head, subtree, last, cut)
            if not more:
                return cut
            cut |= more
            rest = [t.i for t in subtree if t.i not in cut and t.i >= head.i]
            if not rest:
                return cut
            last = max(rest)

    def _last_aside(self, head: Token, subtree: list[Token], last: int, cut: set[int]) -> set[int]:
        """The aside of `_trailing_aside` that ends at token ``last``, the last one
        not yet ``cut`` (a relative clause or appositive ends there once what closed
        it is cut)."""

        def edge(t: Token) -> int:
            return max((x.i for x in t.subtree if x.i not in cut), default=-1)

        # Each label read once for the scans below (every read looks it up anew); the
        # scans test it first, before anything that builds Token objects.
        deps = [t.dep_ for t in subtree]
        for t, dep in zip(subtree, deps, strict=True):
            if dep != "relcl" or edge(t) != last or t.left_edge.i <= head.i or t.i in cut:
                continue
            first = self.doc[t.left_edge.i]
            before = self.doc[first.i - 1]
            if first.lower_ not in ("which", "who", "whose", "whom") or self.in_quote(first):
                continue
            if before.text == "," and not self._quoted_without_cue(t):
                return {x.i for x in t.subtree} | {before.i}
            if self._comma_in_close_mark(before) and not any(self.in_quote(x) for x in t.subtree):
                # `denounced "self-rule," which is like ...`: the comma sits inside the
                # closing mark, which stays with the quotation.
                return {x.i for x in t.subtree}
        for t, dep in zip(subtree, deps, strict=True):
            if dep != "appos" or edge(t) != last or t.left_edge.i <= head.i or t.i in cut:
                continue
            before = self.doc[t.left_edge.i - 1]
            if any(x.dep_ == "cc" and x.i not in cut for x in t.subtree):
                continue
            if _bare_number(t) or (t.ent_type_ in PLACE_ENTS and t.head.ent_type_ in PLACE_ENTS):
                continue  # "Tom Vrba, 52", "in Dunmore, Kent": part of the name
            if self._specified(t):
                continue  # "her leadership - specifically her decision to ...": narrows what was said
            if t.pos_ == "PROPN" and t.head.pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in t.head.children):
                # "attacked a federal judge, Gonzalo Ruiz": a name that identifies the
                # described object is part of what was attacked, not a gloss on a name.
                continue
            if before.text in SET_OFF_MARKS and not self.in_quote(t):
                return {x.i for x in t.subtree} | {before.i}
        for t, dep in zip(subtree, deps, strict=True):
            if dep == SUMMARY_NP_DEP and t.i > head.i and t.i not in cut and self._summary_np(t, last):
                return {x.i for x in t.subtree} | {t.left_edge.i - 1}
        for t, dep in sorted(zip(subtree, deps, strict=True), key=lambda td: td[0].i):
            if dep in COMPARED_PHRASE_DEPS and self._count_with_its_own_report(t, head, last):
                before = self.doc[t.left_edge.i - 1]
                return {x.i for x in t.subtree} | ({before.i} if before.text == "," else set())
        for t in head.children:
            if self._others_likewise(t, last):
                return {x.i for x in t.subtree} | {t.left_edge.i - 1}
            if self._time_of_the_act(head, t, last):
                before = self.doc[t.left_edge.i - 1]
                return {x.i for x in t.subtree} | ({before.i} if before.text in SET_OFF_MARKS else set())
        for t in head.children:
            # `said the deficit would narrow while speaking in Cape Town`, `... when
            # asked about the budget`: a closing "while/when" participle of speaking or
            # being asked tells where the cue happened.
            if (
                t.dep_ == "advcl"
                and (
                    (t.tag_ == "VBG" and t.lemma_.lower() in lexicon.OCCASION_VERBS)
                    or (t.tag_ == "VBN" and t.lemma_.lower() in lexicon.ASKED_OCCASIONS)
                )
                and t.right_edge.i == last
                and t.i > head.i
                and self.doc[t.left_edge.i].lower_ in ("while", "when")
                and t.left_edge.i + 1 == t.i
                and not self.in_quote(t)
            ):
                before = self.doc[t.left_edge.i - 1]
                return {x.i for x in t.subtree} | ({before.i} if before.text == "," else set())
        for t in head.children:
            if self._consequence_participle(head, t, last):
                return {x.i for x in t.subtree} | {t.left_edge.i - 1}
        for t, dep in zip(subtree, deps, strict=True):
            if dep == "advcl" and self._dashed_concession(head, t, last):
                return {x.i for x in t.subtree} | {t.left_edge.i - 1}
        for t in head.children:
            if self._agent_of_passive_cue(head, t, last):
                return {x.i for x in t.subtree}
        return set()

    def _agent_of_passive_cue(self, head: Token, prep: Token, last: int) -> bool:
        """`was urged to preserve the records by the House committee`: after a passive
        cue, a closing "by" phrase the parser hangs on the infinitive names who urged,
        asked or told (the cue's agent), not whom the act is done by; it is not part of
        what was urged. An infinitive in the passive (`to be filled by the Speaker`) has
        its own agent and keeps it."""
        if prep.dep_ != "prep" or prep.lower_ != "by" or prep.right_edge.i != last or self.in_quote(prep):
            return False
        if head.dep_ != "xcomp" or not _has_to(head) or any(c.dep_ == "auxpass" for c in head.children):
            return False
        if not any(c.dep_ == "auxpass" for c in head.head.children):
            return False
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        return pobj is not None and self.can_speak(pobj)

    def _dashed_concession(self, head: Token, clause: Token, last: int) -> bool:
        """`predicted the Hawks would win - even though he picked the Bears last week`,
        `pledged to take her bid to the floor -- even as her rival closed in`: a
        dash-led concessive clause with a subject of its own closing the content sets a
        fact against what was said; the dash marks it as the writer's aside, not the
        speaker's words. After a comma (`, though eligibility is still narrow`) the
        speaker's own reservation is as likely and it stays. Only a clause on the
        content's own predicate (its head or a conjunct of it) counts, not one inside a
        relative clause."""
        if clause.dep_ != "advcl" or clause.right_edge.i != last or clause.i <= head.i:
            return False
        owner = clause.head
        while owner != head and owner.dep_ == "conj":
            owner = owner.head
        if owner != head:
            return False
        first = self.doc[clause.left_edge.i]
        mark = self.doc[first.i + 1] if first.lower_ == "even" and first.i + 1 < clause.i else first
        if first.lower_ == "even":
            if mark.lower_ not in lexicon.EVEN_SUBORDINATORS:
                return False
        elif mark.lower_ not in lexicon.CONCESSIVE_SUBORDINATORS:
            return False
        if mark.head != clause or mark.dep_ != "mark":
            return False
        dash = self.doc[first.i - 1]
        if dash.text not in DATELINE_DASHES or not self.doc[dash.i - 1].whitespace_ or self.in_quote(clause):
            return False
        return any(c.dep_ in SUBJECT_DEPS for c in clause.children)

    def _specified(self, appos: Token) -> bool:
        """An appositive opened by a specifying adverb (`her leadership - specifically
        her decision to ...`), also after a degree word (`most specifically the
        anti-war crowd`, `more particularly ...`): it narrows what was said rather than
        glossing it for the reader."""
        first = self.doc[appos.left_edge.i]
        if first.lower_ in SPECIFYING_ADVERBS:
            return True
        nxt = self.doc[first.i + 1] if first.i + 1 <= appos.right_edge.i else None
        return first.lower_ in ("most", "more") and nxt is not None and nxt.lower_ in SPECIFYING_ADVERBS

    def _summary_np(self, t: Token, last: int) -> bool:
        """`said it would cut 3,000 jobs, a layoff larger than any since 2009`, `said
        revenue rose to $5 million - an increase of a fifth`: a comma- or dash-led noun
        phrase with its own determiner closing a clause sums up the whole event for the
        reader (the parser's adverbial noun); like an appositive on a name, it is the
        writer's gloss, not what was said. The parser hangs it on the verb, or on the
        amount or noun it glosses (`anxiety about meeting the goal of $1 billion - a sum
        that would require ...`)."""
        return (
            t.dep_ == SUMMARY_NP_DEP
            and t.pos_ == "NOUN"
            and t.head.pos_ in ("VERB", "AUX", "NUM", "NOUN", "PROPN")
            and any(c.dep_ == "det" for c in t.children)
            and max(x.i for x in t.subtree) == last
            and self.doc[t.left_edge.i - 1].text in SET_OFF_MARKS
            and not self.in_quote(t)
        )

    def _consequence_participle(self, head: Token, clause: Token, last: int) -> bool:
        """`pledged to expand the network, reversing a decade of cuts`, `expects the
        board to drop the levy - sparing traders a bill`: what an infinitive reports
        is an act still to come; a comma- or dash-led participle closing it says what
        that act amounts to, the writer's gloss on the pledge, not part of it. A finite
        content keeps its participle (`said the mill would close, leaving 200 without
        jobs`: the speaker's own consequence), and so does a participle that is itself
        a cue, or one of a list of participles."""
        if (
            clause.dep_ != "advcl"
            or clause.tag_ != "VBG"
            or clause.i < head.i
            or clause.right_edge.i != last
            or clause.left_edge.i != clause.i
            or self.doc[clause.i - 1].text not in SET_OFF_MARKS
            or self.in_quote(clause)
            or self.is_cue(clause)
            or (self.doc[clause.i - 1].text != "," and not self.doc[clause.i - 2].whitespace_)
            or any(c.dep_ == "conj" and c.tag_ == "VBG" for c in clause.children)
            or head.tag_ != "VB"
            or not _has_to(head)
        ):
            return False
        return True

    def _count_with_its_own_report(self, phrase: Token, head: Token, last: int) -> bool:
        """`said they have made up their minds, compared to four in 10 who said they could
        change them`, `said the council was hostile, about the same number who said it
        cares`: a phrase closing the content that sets the share of those with another
        answer beside it carries its own report (the "who said" clause, an item of its
        own); the writer's comparison is not what the first group said."""
        if (
            phrase.i <= head.i
            or phrase.right_edge.i != last
            or phrase.left_edge.i != phrase.i
            or phrase.dep_ not in COMPARED_PHRASE_DEPS
            or not (phrase.lower_ in ("compared", "comparing") or self.doc[phrase.i - 1].text == ",")
            or self.in_quote(phrase)
        ):
            return False
        return any(
            r.dep_ == "relcl"
            and r.lemma_.lower() in lexicon.SPEECH_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in r.children)
            for r in phrase.subtree
        )

    def _time_of_the_act(self, head: Token, clause: Token, last: int) -> bool:
        """`declined to speak to reporters as she left the breakfast`, `sought to stoke
        energy as he stopped by his office`: what an infinitive reports has not yet
        happened when it is urged or attempted, so a past-tense time clause closing it
        dates the act of the cue, not the content. Not after "seemed to" (a state seen
        at that time) nor with the writer's "I"/"we" ("to view it as I did when I was
        young")."""
        if not (
            head.tag_ == "VB"
            and head.dep_ == "xcomp"
            and _has_to(head)
            and clause.dep_ == "advcl"
            and clause.i > head.i
            and clause.right_edge.i == last
            and not self.in_quote(clause)
        ):
            return False
        first = self.doc[clause.left_edge.i]
        if first.lower_ not in ("as", "when", "while") or first.head != clause:
            return False
        if head.head.lemma_.lower() in ("seem", "appear"):
            return False  # "seemed to become agitated when X spoke": a state seen then
        past = clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in clause.children)
        return past and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") for c in clause.children
        )

    def _others_likewise(self, clause: Token, last: int) -> bool:
        """`said she wants an inquiry, as have other council members`, `said he holds
        no briefings, as was the case with Monday's`: a comma-led "as" clause closing
        the content that compares the speaker with others (an auxiliary before its
        subject) or with a past occasion ("as was the case") is the writer's note on
        the report, not part of what was said. `as is customary`, `as it did last
        year` (subject first) can be the speaker's own words and stay."""
        if clause.dep_ != "advcl":
            return False  # (the cheapest test first: this is asked of every child of a content's head)
        first = self.doc[clause.left_edge.i]
        if (
            clause.right_edge.i != last
            or first.lower_ != "as"
            or first.head != clause
            or first.i + 1 != clause.i
            or self.doc[first.i - 1].text != ","
            or self.in_quote(clause)
        ):
            return False
        lemma = clause.lemma_.lower()
        after = [c for c in clause.children if c.i > clause.i and c.dep_ in ("nsubj", "dobj", "attr")]
        if lemma in ("have", "do"):
            # inverted: "as have other members", "as did her rivals"
            return bool(after) and not any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in clause.children)
        return lemma == "be" and any(c.lower_ == "case" and c.dep_ in ("nsubj", "attr") for c in after)

    def _quoted_without_cue(self, clause: Token) -> bool:
        """`said he hoped for a large turnout, which "will help elect Ruiz"`: a closing
        relative clause whose predicate is quoted, with no cue of its own, quotes the
        speaker, so it is part of what was said, not the writer's gloss (`, which he
        called "a cartel"` has its own cue and is an item of its own)."""
        words = list(clause.subtree)
        first = next((x for x in words if self.in_quote(x)), None)
        if first is None or first.i > clause.left_edge.i + 3:
            return False  # the quotation must be the clause's own predicate, right after "which"
        if not any(c.dep_ in SUBJECT_DEPS and c.i == clause.left_edge.i for c in clause.children):
            return False  # "who he dubbed 'the little senator'": someone else's act on it
        return not any(self.is_cue(x) or x.lemma_.lower() in lexicon.NOUN_CUE_LEMMAS for x in words)

    def _comma_in_close_mark(self, token: Token) -> bool:
        """``token`` is a closing quote mark right after a comma (`"self-rule,"`)."""
        return is_quote_token(token.text) and self.text[: token.idx].rstrip().endswith(",")

    def _unset_participle(self, token: Token) -> bool:
        """ "said he had written to the chief executive asking for a delay": a participle
        hung on a verb of the content with nothing setting it off says how the reported
        act was done; one after a comma or dash ("said X, noting that Y") or led by a
        subordinator ("said X while adding Y") is the speaker's next speech act."""
        return (
            token.dep_ == "advcl"
            and token.tag_ == "VBG"
            and token.i > token.head.i
            and not self.doc[token.i - 1].is_punct
            and not self.doc[token.i - 1].is_space
            and self.doc[token.i - 1].dep_ != "cc"  # "that X is a faker and questioning how ..."
            and not any(c.dep_ == "mark" for c in token.children)
        )

    @staticmethod
    def _directive_words(token: Token) -> list[Token]:
        """The prepositions after a verb that may make it a call for something: its
        "for"/"on" ("called for a recount"), or the "for" the parser makes the mark of a
        for-to clause ("called for the contract to be published")."""
        words = [c for c in token.children if c.dep_ == "prep"]
        for c in token.children:
            if c.dep_ in ("advcl", "ccomp") and c.i > token.i:
                words += [m for m in c.children if m.dep_ == "mark" and m.i == token.i + 1]
        return words

    def _starts_own(self, token: Token) -> bool:
        """A speech verb with a clause or object of its own: "said X, noting that Y".

        Coordinated clauses that merely continue the content ("is proud and expects to
        leave") stay in it: only a second speech cue starts a second item.
        """
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and any(
            (token.lemma_.lower(), c.lower_) in lexicon.DIRECTIVE_PREPS
            for c in self._directive_words(token)
        ):
            # "said the vote was a farce and called for a recount": a finite call for
            # something is the speaker's next act, not more of what the clause reports
            # ("would expand it and push for reform" under a modal goes on with it).
            return True
        if (
            token.tag_ == "VBG"
            and token.dep_ == "advcl"
            and token.lemma_.lower() in lexicon.OBJECT_VERBS
            and self.doc[token.i - 1].text == ","
            and any(c.dep_ == "dobj" for c in token.children)
            and token.head.dep_ == "ccomp"
            and token.head.head.i < token.head.i < token.i
            and token.head.head.lemma_.lower() in lexicon.SPEECH_VERBS
            and self.is_cue(token.head.head)
            and self.is_cue(token)
        ):
            # "said output had fallen, citing heavy rains" / "blaming the strike": the
            # participle after the comma, hung on the reported clause, is the speaker's
            # next act with its own object
            # (PolNeAR ends the reported clause before it), not more of what was said.
            return True
        if not self.is_cue(token) or token.lemma_.lower() not in lexicon.SPEECH_VERBS:
            return False
        finite_clause = token.tag_ in ("VBD", "VBZ", "VBP") and any(
            c.dep_ in SUBJECT_DEPS for c in token.children
        )
        if token.dep_ == "advcl" and token.tag_ != "VBG" and not finite_clause:
            return False  # "for the West to agree to ...": part of the content
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lexicon.CONDITION_MARKS for c in token.children
        ):
            # "said the ferry would stop only because the mayor announced ...", "was
            # undecided until Roe said ...": a reason or condition is part of what the
            # speaker claims, the report inside it with it (PolNeAR keeps it whole).
            return False
        # A coordinated verb with only a prepositional phrase goes on with the content:
        # "said she has read it and disagrees with its findings", "whether they agree
        # or disagree with the plan". Only a clause or object makes it a new report.
        own = ("ccomp", "xcomp", "dobj") if token.dep_ == "conj" else ("ccomp", "xcomp", "dobj", "prep")
        return any(c.dep_ in own for c in token.children) or any(
            self.in_quote(c) for c in token.rights
        )

    def _balance(self, start: int, end: int) -> tuple[int, int]:
        """Extend a clause to the close mark of a quote it opens, or trim a dangling one.

        However far the close mark: the parse often ends the clause at the quotation's
        first full stop (`said he would "carpet-bomb them. I don't know ..."`), but the
        speaker's words run on to the close mark."""
        qi = self.quote_of_char[end - 1] if end > 0 else -1
        if qi >= 0:
            q = self.quotes[qi]
            # (a clause starting right inside the open mark opens the quote too: the
            # parser hangs the mark on the word before, `accused her of "playing ...`)
            if q.open_start >= start and q.close_end > end:
                end = q.close_end
            elif (
                q.start == start
                and q.close_end > end
                and q.end <= end + 2
                and len(self.text[q.start : q.end].split()) > 1  # a one-word chant ("Bobby!") stays out
            ):
                start, end = q.open_start, q.close_end
        while end > start and self.text[end - 1] in " \u00a0\n":
            end -= 1
        return start, end

    # -- direct quotes ----------------------------------------------------------

    def find_cue_after(self, q: QuoteSpan, limit: int) -> Token | None:
        """A cue just after the close mark, before the sentence ends: `"X," he said`.

        Besides the cue lexicon, any finite verb in the slot right after a quote that
        ends in a comma, "!" or "?" is a cue: in `"Go back," Trump barked` the pattern
        itself says who spoke, whatever the verb.
        """
        span = self.char_span(q.close_end, limit)
        if span is None:
            return None
        seen = 0
        slot_verb = None
        subjectish = True
        ends_open = self.text[q.start : q.end].rstrip()[-1:] in (",", "!", "?", *DASHES)
        for tok in span:
            if self.in_quote(tok):
                break
            if self.is_cue(tok):
                if tok.dep_ == "conj" and any(
                    c.dep_ in ("ccomp", "xcomp") and c.i > tok.i for c in tok.children
                ):
                    return None  # `... and said it was`: the verb has its own content
                if any(c.dep_ == "mark" and c.lower_ in lexicon.SUBORDINATORS for c in tok.children):
                    return None  # `"..." if he continues to lose`: a condition, not a cue
                if self._new_sentence_after(q) and tok.lemma_.lower() not in lexicon.SPEECH_VERBS:
                    return None  # `"Who pays?" That is the question nobody wants to answer.`
                if self._ended_before(q) and self._says_its_own(tok):
                    return None  # `"I love this port!" Vrba criticized the budget.`: a new act
                if self._ended_before(q) and self._quote_before_in_paragraph(q) and self._reports_a_clause(tok):
                    return None  # `"A," Vrba said. "B." Roe said she would ...`: Roe reports her own clause
                if self._ended_before(q) and self._announces_next(q, limit):
                    return None  # `"A." He added: "B."`: the cue opens the next quote
                return tok
            if (
                tok.text in (".", "!", "?", ";", ":") and not _suffix_stop(tok) and not _title_stop(tok)
            ) or "\n" in tok.text and not self._wrap(tok):
                break  # `'X': victims demand inquiry`: a colon after the marks starts a gloss
            if (
                slot_verb is None
                and subjectish
                and ends_open
                and (tok.pos_ == "VERB" or self._names_the_words(tok))
                and tok.tag_ in ("VBD", "VBZ", "VBP", "VBN")
            ):
                slot_verb = tok
            if seen >= 4 and tok.pos_ not in ("PROPN", "PRON", "DET", "ADJ", "NOUN", "PUNCT", "SPACE", "ADV"):
                subjectish = False
            if seen == 0 and tok.pos_ == "CCONJ":
                subjectish = False  # `"...," and shared a link`: the writer's sentence goes on
            seen += 1
            if seen > 22:  # `"X," J. Gerald Hebert, director of the centre, said`
                break
        if slot_verb is not None and self._pronoun_sentence_after(q):
            return None  # `"Will you resign?" She shook her head.`: a new sentence
        if slot_verb is not None and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.idx < q.open_start and c.sent == slot_verb.sent
            for c in slot_verb.children
        ):
            # `The show's catchphrase, "Not today!", became a meme`: the verb's subject
            # stands before the marks, the quote set off in apposition to it; nobody is
            # said to have spoken it.
            return None
        if slot_verb is not None and self._new_sentence_after(q) and self._quote_before_in_paragraph(q):
            # `"A," she said, "B!" The drama follows a mayor.`: a quote that goes on from
            # an earlier one of its paragraph keeps that speaker; the writer's next
            # sentence, with no speech verb, does not attribute it.
            return None
        return slot_verb

    def _names_the_words(self, tok: Token) -> bool:
        """`"No comment," was the message from the ministry`, `"...," was her answer`: a
        form of "be" with no subject of its own, whose complement is a noun for given
        words; that noun (with its owner) stands in the speaker's slot, as "came the
        reply from" does."""
        return (
            tok.lemma_ == "be"
            # "That is the question" has a subject of its own; the quotation's words do not count
            and not any(c.dep_ in SUBJECT_DEPS and not self.in_quote(c) for c in tok.lefts)
            and any(
                c.dep_ in ("attr", *SUBJECT_DEPS) and c.lemma_.lower() in lexicon.GIVEN_WORDS_NOUNS
                for c in tok.rights
            )
        )

    def _ended_before(self, q: QuoteSpan) -> bool:
        """The quotation ends its sentence inside the marks ("!", "?", ".")."""
        return self.text[q.start : q.end].rstrip()[-1:] in ("?", "!", ".")

    def _announces_next(self, q: QuoteSpan, limit: int) -> bool:
        """The words after a finished quotation end in a colon right before the next
        quote of the paragraph (`"A." He added: "B."`, `"A." Asked why, she said: "B."`):
        a cue announcing what follows, so "A" is not its report (it continues whoever
        spoke before it, or nobody). A comma does the same (`"A." Of the mayor, Roe
        said, "B."`) when "A" follows another quote of its paragraph, whose speaker it
        then continues; a quote standing alone keeps the cue after it."""
        gap = self.text[q.close_end : limit]
        if limit >= len(self.text) or not is_quote_char(self.text[limit : limit + 1]):
            return False
        end = gap.rstrip()[-1:]
        if end not in (":", ","):
            return False
        if end == "," and not self._quote_before_in_paragraph(q):
            return False  # `"A." After all, he says, "B."`: a lone "A" keeps the cue
        span = self.char_span(q.close_end, limit)
        return span is not None and not any(t.text in (".", "!", "?", ";") for t in span)

    def _quote_before_in_paragraph(self, q: QuoteSpan) -> bool:
        """Another quotation closes earlier in ``q``'s paragraph."""
        p_start = self.para_of(q.open_start)[0]
        return any(p_start <= o.close_end <= q.open_start for o in self.quotes)

    def _subject_read_as_conjunct(self, verb: Token) -> Token | None:
        """`... after the jury failed to reach a verdict and prosecutors decided not to
        seek a retrial`: the parser joins "prosecutors" to the object before the "and"
        and "decided" to the main verb, so the main clause's subject would speak; the
        noun phrase right between the "and" and a coordinated verb with no subject of
        its own is that verb's subject."""
        if verb.dep_ != "conj" or verb.i < 2 or _has_subject(verb):
            return None
        noun = self.doc[verb.i - 1]
        if noun.dep_ != "conj" or noun.pos_ not in ("NOUN", "PROPN") or noun.head.i >= noun.i:
            return None
        if noun.head.i == verb.head.i or noun.left_edge.i < 1:
            return None
        joiner = self.doc[noun.left_edge.i - 1]
        return noun if joiner.dep_ == "cc" and joiner.lower_ in ("and", "but") and not self.in_quote(noun) else None

    def _that_object_then_cue(self, clause: Token) -> tuple[int, int] | None:
        """`acknowledged that uncertainty in the paper and said tests were under way`: the
        parser reads the speaker's second act, a speech verb after a dangling "and", as
        the first cue's clause, with the object before it ("that uncertainty in the
        paper", "that" a determiner) as that clause's subject or as the cue's object with
        the "and" hung on it. That object is what the first cue reports; the second verb
        is the same speaker's next report. Returns the object's first and last token
        ids, or None."""
        if clause.dep_ != "ccomp" or clause.i < 2 or clause.lemma_.lower() not in lexicon.SPEECH_VERBS:
            return None
        if not self.is_cue(clause):
            return None
        joiner = self.doc[clause.i - 1]
        noun = joiner.head
        if joiner.dep_ != "cc" or noun.pos_ != "NOUN" or noun.right_edge.i != joiner.i:
            return None
        if any(c.dep_ == "conj" for c in noun.children):
            return None
        first = noun.left_edge
        if first.lower_ != "that" and first.i > 0:
            first = self.doc[first.i - 1]  # the "that" read as the mark, or as a preposition
        if first.lower_ != "that" or first.i != clause.head.i + 1:
            return None
        return first.i, joiner.i - 1

    def _title_before_verb(self, verb: Token, span: tuple[int, int]) -> bool:
        """`after a documentary, "Swipe Left on the Truth," showed former employees ...`:
        a work's title in marks right before the verb is the verb's subject, not a
        quotation ending a content the verb reports."""
        if span[1] > verb.idx:
            return False
        for q in self.quotes:
            if span[0] <= q.open_start < span[1] <= q.close_end and not self.text[q.close_end : verb.idx].strip(" ,"):
                return self.is_title(q)
        return False

    def _says_its_own(self, verb: Token) -> bool:
        """A cue after a finished quotation that has its own content, outside the marks:
        a thing as object ("criticized the budget", "announced a new budget"; an
        addressee, a person or a pronoun is no content). The sentence reports that,
        not the quotation before it."""
        if not any(c.dep_ in SUBJECT_DEPS for c in verb.lefts):
            return False  # `'' wrote a man calling himself ...`: the inverted speaker as object
        for c in verb.rights:
            if self.in_quote(c):
                continue
            if (
                c.dep_ == "dobj"
                and c.pos_ == "NOUN"
                and verb.lemma_.lower() not in lexicon.ADDRESSEE_VERBS
                and c.lemma_.lower() not in lexicon.STATEMENT_NOUNS
            ):
                return True
        return False

    def _reports_a_clause(self, verb: Token) -> bool:
        """A cue after a finished quotation whose reported clause follows it outside the
        marks (`Roe said she would have closed it`): the sentence reports that clause.
        When the quotation goes on from an earlier one of its paragraph
        (`"A," Vrba told reporters. "B." Roe said she ...`), it keeps that speaker."""
        if not any(c.dep_ in SUBJECT_DEPS and not self.in_quote(c) for c in verb.lefts):
            return False
        return any(
            c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and not self.in_quote(c) for c in verb.rights
        )

    def _pronoun_sentence_after(self, q: QuoteSpan) -> bool:
        """A quote ending in "?" or "!" followed by a capitalised pronoun ("She", "He"):
        the writer's next sentence, whose verb is no cue unless it is a speech verb."""
        if self.text[q.start : q.end].rstrip()[-1:] not in ("?", "!"):
            return False
        m = re.match(r"[ \t]+(She|He|They|We|It)\b", self.text[q.close_end : q.close_end + 12])
        return m is not None

    def _new_sentence_after(self, q: QuoteSpan) -> bool:
        """A quote ending its sentence ("?", "!", ".") followed by a capitalised word
        that is no name: the words after it are a new sentence of the writer's, and a
        verb of wanting or thinking there does not report the quote."""
        if self.text[q.start : q.end].rstrip()[-1:] not in ("?", "!", "."):
            return False
        m = re.match(r"[ \t]+([A-Z][a-z]*)\b", self.text[q.close_end : q.close_end + 20])
        if m is None:
            return False
        first = self.char_span(q.close_end + m.start(1), q.close_end + m.end(1))
        return first is not None and len(first) > 0 and first[0].pos_ not in ("PROPN",) and first[0].lower_ not in lexicon.PRONOUNS

    def _wrap(self, tok: Token) -> bool:
        """A single line break inside a sentence of hard-wrapped text (the next line goes
        on in lower case): no boundary between a quote and its cue."""
        if not tok.is_space or tok.text.count("\n") != 1 or tok.i + 1 >= len(self.doc):
            return False
        nxt = self.doc[tok.i + 1]
        return not nxt.is_sent_start and line_wraps(self.text, tok.idx, nxt.text)

    def find_cue_before(self, q: QuoteSpan, floor: int) -> Token | None:
        """A cue before the open mark in the same sentence: `He said: "X"`."""
        span = self.char_span(floor, q.open_start)
        if span is None:
            return None
        seen = 0
        slot = self._slot_verb_before(q) or self._carried_text_verb(q)
        if slot is not None:
            return slot
        for tok in reversed(span):
            if tok.idx >= q.open_start:
                continue
            if self.in_quote(tok):
                break
            if self._bullet(tok):
                continue
            if tok.text in (".", "!", "?") or (
                tok.is_space and "\n" in tok.text and not self._wrap(tok) and not self._after_colon_line(tok)
            ):
                break
            if self.is_cue(tok):
                if _asked_participle(tok) and tok.head.i < tok.i and self.is_cue(tok.head):
                    return tok.head  # `Ruiz told reporters when asked about it: "..."`
                return None if self._adds_a_term(tok, q) else tok
            if (
                seen <= 2
                and tok.lemma_.lower() in lexicon.STATEMENT_NOUNS
                and tok.dep_ in ("dobj", "pobj")
                and tok.head.pos_ in ("VERB", "ADP")
            ):
                # `Trump issued a statement: "..."`: the statement's verb is the cue.
                verb = tok.head if tok.head.pos_ == "VERB" else tok.head.head
                if verb.pos_ == "VERB" and not self.in_quote(verb):
                    return verb
            seen += 1
            if seen > 30:
                break
        return None

    def _adds_a_term(self, verb: Token, q: QuoteSpan) -> bool:
        """`Dictionaries added "doomscrolling" last year`: "add" with a common noun (or
        nothing) as subject and a short quoted term as its object, right after it, the
        sentence going on past the close mark, adds a word to something. Speech after
        "added" is set off by a comma or colon, or ends its sentence (`which he added
        "is deeply regrettable."`)."""
        if verb.lemma_.lower() != "add" or self.text[verb.idx + len(verb) : q.open_start].strip():
            return False
        words = self.text[q.start : q.end].split()
        if not 1 <= len(words) <= 3 or not words[-1][-1:].isalnum():
            return False
        after = re.match(r"[ \t]+([A-Za-z]+)", self.text[q.close_end : q.close_end + 30])
        if after is None or after.group(1).lower() in lexicon.CLAUSE_BREAKERS:
            return False
        # A name or pronoun adding a short reply (`Maren added "not yet" when asked`)
        # may still speak; a common noun ("Dictionaries", "The museum") does not.
        subject = self.subject_of(verb)
        return subject is None or subject.pos_ not in ("PROPN", "PRON")

    def _slot_verb_before(self, q: QuoteSpan) -> Token | None:
        """`Hillary Clinton cracked, "..."`: a tensed verb whose subject can speak, then a
        comma or colon and the quotation, introduces it whatever the verb (the mirror of
        the slot after a quote in ``find_cue_after``)."""
        span = self.char_span(max(0, q.open_start - 40), q.open_start)
        toks = [t for t in span if not t.is_space and t.idx < q.open_start and not self._bullet(t)] if span else []
        if len(toks) < 2 or toks[-1].text not in (",", ":"):
            return None
        k = len(toks) - 2
        # `Rubio fired back forcefully: "..."`: adverbs of the verb may stand between.
        while k > 0 and toks[k].pos_ in ("ADV", "ADP") and toks[k].dep_ in ("advmod", "prt") and toks[k].head.i < toks[k].i:
            k -= 1
        verb = toks[k]
        if verb.pos_ != "VERB" or verb.tag_ not in ("VBD", "VBZ") or self.in_quote(verb):
            return None
        subject = self.subject_of(verb)
        if subject is None or not (subject.ent_type_ == "PERSON" or subject.pos_ == "PRON"):
            return None
        if subject.lower_ in ("what", "whatever"):
            return None  # `apologized for what happened: "..."`: a free relative, no speaker
        return verb

    def _after_colon_line(self, tok: Token) -> bool:
        """A single line break after a line ending in a colon, the next line a bulleted
        item (`said:` then `• "We stay."`): the colon introduces the list."""
        return (
            tok.text.count("\n") == 1
            and tok.i > 0
            and self.doc[tok.i - 1].text == ":"
            and tok.i + 1 < len(self.doc)
            and self._bullet(self.doc[tok.i + 1])
        )

    def _bullet(self, tok: Token) -> bool:
        """A list bullet alone at the start of its line (`said:` then `• "We stay."` on
        the next line): layout, like the line break before it, not words of the lead."""
        if tok.text not in BULLETS:
            return False  # (the usual case: no search back for the line's start)
        line_start = self.text.rfind("\n", 0, tok.idx) + 1
        return (
            not self.text[line_start : tok.idx].strip()
            and self.text[tok.idx + len(tok) : tok.idx + len(tok) + 1] in (" ", "\t")
        )

    def is_title(self, q: QuoteSpan) -> bool:
        """A short Title Case name in marks ("Nightly News"): a title, not speech."""
        words = self.text[q.start : q.end].split()
        lead = self.text[max(0, q.open_start - 20) : q.open_start].split()
        if lead and lead[-1].lower().rstrip(",") in lexicon.TITLE_BREAKERS:
            return False
        if words and words[-1].endswith((",", ".", "!", "?")):
            # American style puts the comma or period inside the marks: `the co-author of
            # "Going Viral," said`, `on Fox News Channel's "Hannity," Gingrich said` and
            # `he said on ABC's "This Week."` are titles when the words before the marks
            # introduce one; so is a title that ends in its own "!" or "?" (`the movie
            # "Hail, Caesar!"`), a Title Case exclamation of speech having no such lead.
            before = self.text[max(0, q.open_start - 40) : q.open_start].split()
            while len(before) > 1 and before[-1].lower() in TITLE_DETERMINERS:
                before.pop()  # "the authors of the "Growth Project,"": the intro is "of"
            if (
                not before
                or before[-1].lower().strip(",") not in lexicon.TITLE_INTRO | lexicon.TITLE_AUDIENCE_VERBS
                and not re.search(r"['\u2019]s$", before[-1])
                and not self._names_a_work(q)
            ):
                return False
            words[-1] = words[-1].rstrip(",.!?")
        # A work named by the words before it ("the co-author of", "the book", "titled")
        # may carry a long subtitle: "Backfire: The Fight for the Soul of a Company".
        intro = bool(lead) and (lead[-1].lower().strip(",") in lexicon.TITLE_INTRO or self._names_a_work(q))
        if not words or len(words) > (12 if intro else 6) or re.search(r"[.!?,;:]$", words[-1]):
            return False
        return all(w[:1].isupper() or w[:1].isdigit() or w in lexicon.TITLE_SMALL_WORDS for w in words)

    def _names_a_work(self, q: QuoteSpan) -> bool:
        """The words before the marks take a name, not speech: a preposition ("an
        interview with "Morning Tide."", "signed on for "Harbour Lights,"") or a common
        noun the name stands beside ("his memoir, "Tough Choices,"", "one ad, "Fair
        Fares,"")."""
        span = self.char_span(max(0, q.open_start - 40), q.open_start)
        words = [t for t in span if not t.is_space and not is_quote_token(t.text)] if span else []
        if not words:
            return False
        last = words[-1]
        if last.pos_ == "ADP" and last.dep_ == "prep":
            return True
        return (
            last.text == ","
            and len(words) > 1
            and words[-2].pos_ == "NOUN"
            and words[-2].lemma_.lower() not in lexicon.QUOTING_NOUNS
        )

    def direct_candidates(
        self,
        skip: set[int] = frozenset(),
        owners: dict[int, Candidate] | None = None,
        reports: list[Candidate] | None = None,
    ) -> list[Candidate]:
        """Quotes with their cues; ``owners`` maps quotes a mixed item took to that item,
        so a quote standing alone after it (`a "change agent," Cole said. "That's ..."`)
        continues its speaker; ``reports`` are the reported clauses (no marks) a quote
        paragraph may continue (`_after_report`)."""
        reports = reports or []
        out: list[Candidate] = []
        previous: Candidate | None = None
        owners = owners or {}
        for qi, q in enumerate(self.quotes):
            if qi in owners:
                previous = owners[qi]
            if qi in skip or self.is_title(q) or self.in_boilerplate(q.open_start):
                continue
            if self._bylined(qi):
                continue
            if not q.double and " " not in self.text[q.start : q.end].strip() and not self._one_word_sentence(q):
                continue  # a single-quoted word is a scare quote, not speech
            p_start, p_end = self.para_of(q.open_start)
            # A quote run over paragraphs (no close mark at a paragraph's end) is
            # attributed after its close, in the paragraph where it ends.
            p_end = max(p_end, self.para_of(q.close_end - 1)[1])
            nxt = self.quotes[qi + 1].open_start if qi + 1 < len(self.quotes) else len(self.text)
            prv = self.quotes[qi - 1].close_end if qi > 0 else 0
            after = self.find_cue_after(q, min(p_end, nxt))
            before = self.find_cue_before(q, max(p_start, prv))
            cue = self._choose_cue(q, before, after)
            cand = None
            if cue is not None and cue is before and self._dash_label_between(before, q):
                cand = self._colon_lead(q, qi, p_start)
            if cue is not None and cue is after and before is None:
                # (`"...," was all Ada Voss could say`: the cue's clause is the predicate)
                cand = self._all_that_was_said(q, qi)
            if cue is not None and cand is None:
                cand = self._direct_with_cue(q, qi, cue)
            if cand is None and cue is after and before is not None:
                # `hailed the vote as "fantastic," telling ...`: the participle after the
                # quote reports nothing; the verb before it does.
                cand = self._direct_with_cue(q, qi, before)
            if cand is None:
                cand = self._quoting_lead(q, qi, p_start)
            if cand is None:
                cand = self._before_narration(q, qi)
            if cand is None:
                cand = (
                    # A signed quote ("... ” ― Ada Voss") names its own speaker: the
                    # signature outranks a label before it ("Quote of the day:") and
                    # continuing the previous speaker.
                    self._dash_signature(q, qi, p_end)
                    or self._colon_lead(q, qi, p_start)
                    or self._question_lead(q, qi, p_start)
                    or self._colon_intro(q, qi, p_start)
                    or self._bare_cue_before(q, qi, p_start)
                    or self._words_of_after(q, qi)
                    or self._foreign_cue_after(q, qi)
                    or self._how_described_after(q, qi)
                    or self._all_that_was_said(q, qi)
                    or self._possessed_words(q, qi)
                    or self._according_after(q, qi)
                    or self._floating(q, qi, previous)
                    or self._after_report(q, qi, previous, reports)
                    or self._after_introduction(q, qi, previous)
                    or self._after_narration_in_paragraph(q, qi, previous)
                )
            if cand is None:
                cand = self._colon_lead(q, qi, p_start)
            if cand is not None:
                if cand is not previous:
                    out.extend(self._split_reopened(q, cand))
                previous = cand
        return out

    def _interrupting_narration(self, qi: int) -> Token | None:
        """`"The vote" — Ada Roe paused — "was rigged," she said`, `"I think" — he
        hesitated — "it is over."`: the writer's own clause, set off by dashes between
        two quotations, interrupts the speaker, whose words go on in the next marks.
        The pieces are direct quotes; the clause's subject is who speaks (the parser
        makes the second piece a complement of the narration, and the first its
        subject). A dashed aside that is not a clause of its own (`"the wisdom" --
        that she is a liberal -- "will not last"`) goes on with the quotation.
        Returns the subject of that clause."""
        if qi < 0 or qi + 1 >= len(self.quotes):
            return None
        q, nxt = self.quotes[qi], self.quotes[qi + 1]
        gap = self.text[q.close_end : nxt.open_start]
        dash = r"(?:--|[\u2013\u2014]|(?<=\s)-(?=\s))"
        if len(gap) > 120 or re.search(r"[\n.!?;:\"\u201c\u201d]", gap):
            return None
        dashed = re.search(r"\s" + dash + r"\s*$", gap) and len(re.findall(dash, gap)) >= 2
        bracketed = re.fullmatch(r"\s*\([^()]+\)\s*", gap)
        # (`"The vote," Ada Roe paused, "was rigged"`: commas set the clause off too)
        commaed = gap.rstrip().endswith(",") and self.text[q.start : q.end].rstrip().endswith(",")
        if not (dashed or bracketed or commaed) or re.search(dash, gap) and not dashed:
            return None
        span = self.char_span(q.close_end, nxt.open_start)
        words = [t for t in span or () if not t.is_punct and not t.is_space]
        first = words[0].i if words else -1
        while words and (words[0].dep_ == "cc" or words[0].pos_ == "ADV" and words[0].dep_ == "advmod"):
            words = words[1:]  # `-- and here she paused --`
        if not words or words[0].dep_ == "mark" or words[0].tag_ in ("IN", "WDT", "WP", "WRB", "TO"):
            return None
        for verb in words:
            if verb.tag_ not in FINITE_TAGS:
                continue
            for subject in verb.children:
                if (
                    subject.dep_ == "nsubj"
                    and subject.i < verb.i
                    and first <= subject.left_edge.i <= words[0].i
                    and self.can_speak(subject)
                ):
                    return subject
        return None

    def _narration_after_cue(self, verb: Token, start: int) -> bool:
        """`"We will," he said -- he was smiling -- "we must."`: the clause after the dash
        that follows the cue is the writer's narration interrupting the quotation
        (`_interrupting_narration`), not what the cue reports, nor the start of it."""
        if verb.idx >= start or not re.search(r"--|[\u2013\u2014]|\s-\s", self.text[verb.idx : start]):
            return False
        for qi, q in enumerate(self.quotes[:-1]):
            if q.close_end <= verb.idx and start < self.quotes[qi + 1].open_start:
                return self._interrupting_narration(qi) is not None
        return False

    def _before_narration(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """The first piece of a quotation a dashed clause interrupts
        (`_interrupting_narration`) is that clause's subject's, a direct quote."""
        subject = self._interrupting_narration(qi)
        if subject is None:
            return None
        start, end = self.mention_span(subject)
        words = self.char_span(start, end)
        for token in words or ():
            if token.i >= subject.i or not (token.dep_ == "cc" or token.pos_ == "ADV"):
                break
            start = token.idx + len(token)  # `-- and here Ada Roe paused --`: not "here Ada Roe"
        while start < end and self.text[start].isspace():
            start += 1
        return Candidate(
            "direct", q.start, q.end, self.cue_span(subject.head), (start, end), 0.7, {qi}, cue_token=subject.head.i
        )

    def _dash_label_between(self, cue: Token, q: QuoteSpan) -> bool:
        """`Polls did predict the caucus - Pollwatch: "..."`: a dash and a short label
        ending in a colon right before the quote; the label names the source, and the
        cue before the dash belongs to the writer's headline."""
        between = self.text[cue.idx + len(cue) : q.open_start]
        return re.search(r"\s[-\u2013\u2014]+\s+[^-\u2013\u2014\n:]{1,60}:\s*$", between) is not None

    def _split_reopened(self, q: QuoteSpan, cand: Candidate) -> list[Candidate]:
        """`"A," he said. "B.¶¶"C," he said.`: a quotation reopened on a new paragraph
        whose close carries a cue of its own is two quotes, one per paragraph.

        News style leaves a quote unclosed at a paragraph's end when it runs on, so the
        marks pair "B ... C" into one span; but when "B" continues a quote already
        attributed earlier in its paragraph and "C" ends on its own cue, the writer
        attributes each paragraph separately and so do readers.
        """
        if cand.type != "direct" or (cand.start, cand.end) != (q.start, q.end) or cand.cue is None:
            return [cand]
        if cand.cue[0] < q.close_end:
            return [cand]
        brk = self.text.rfind("\n", q.start, q.end)
        if brk < 0:
            return [cand]
        p_start = self.para_of(q.open_start)[0]
        if not any(p_start <= o.close_end <= q.open_start for o in self.quotes):
            return [cand]  # the quote opens its paragraph: one long quotation
        first_end = brk
        while first_end > q.start and self.text[first_end - 1].isspace():
            first_end -= 1
        second = brk
        while second < q.end and (self.text[second].isspace() or is_quote_char(self.text[second])):
            second += 1
        if first_end <= q.start or second >= q.end or self.text[first_end - 1] not in ".!?":
            return [cand]
        if not is_quote_char(self.text[brk + 1 : second].strip()[:1] or "x"):
            return [cand]  # the new paragraph does not reopen with a mark
        head = replace(cand, end=first_end)
        tail = replace(cand, start=second, quote_ids=set(cand.quote_ids))
        return [head, tail]

    def _bylined(self, qi: int) -> bool:
        """A digest's credit line, `"Museum to close early," by the Ledger's Ann Roe:
        "The museum will ..."`: the first quote is an article's headline and the second
        an excerpt of that article, neither of them something the reporter said."""
        q = self.quotes[qi]
        if qi + 1 < len(self.quotes):
            nxt = self.quotes[qi + 1].open_start
            if BYLINE.fullmatch(self.text[q.close_end : nxt]):
                return True
        if qi > 0:
            prv = self.quotes[qi - 1].close_end
            return bool(BYLINE.fullmatch(self.text[prv : q.open_start]))
        return False

    def _choose_cue(self, q: QuoteSpan, before: Token | None, after: Token | None) -> Token | None:
        if before is not None and self._closes_fragment(q):
            return before
        if after is not None and before is not None:
            last = self.text[q.start : q.end].rstrip()[-1:]
            between = self.text[before.idx + len(before) : q.open_start].strip()
            if last in "?!" and between.endswith(":") and self._capital_after(q):
                # `She responded: "What difference does it make?" Her critics cited it
                # ...`: the colon announces the question; the next sentence is new.
                return before
            if last in ",?!" + DASHES or not between.endswith((":", ",")):
                return after
            return before
        return after or before

    def _capital_after(self, q: QuoteSpan) -> bool:
        """The words after the close mark open with a capital: a new sentence."""
        return re.match(r"[ \t]+[A-Z]", self.text[q.close_end : q.close_end + 3]) is not None

    def _closes_fragment(self, q: QuoteSpan) -> bool:
        """A quoted fragment whose period ends its sentence: `called him a "moderate."
        Rubio said ...`. A cue after it belongs to the next sentence."""
        return self.text[q.start : q.end].rstrip().endswith(".") and bool(
            re.search(r"\w{2,}", self.text[self._sentence_start(q.open_start) : q.open_start])
        )

    def _direct_with_cue(self, q: QuoteSpan, qi: int, cue: Token) -> Candidate | None:
        subject = (self._carrier_owner(cue) if cue == self._carried_text_verb(q) else None) or self.subject_of(cue)
        addressed = (
            cue.lemma_.lower() in lexicon.ADDRESSEE_PASSIVES
            and any(c.dep_ == "nsubjpass" for c in cue.children)
            and (cue.idx > q.close_end or not self.text[cue.idx + len(cue) : q.open_start].strip(" \t:,"))
        )
        if addressed and subject is None:
            # `"Will you resign?" he was asked.`: the passive subject is who was asked;
            # only an agent ("by a reporter") put the question. No name nearby stands in.
            return None
        if cue.idx > q.close_end and not addressed:
            # `Nothing he said "will help," the senator said`: of two subjects the one
            # after the marks speaks.
            later = self._subject_after_marks(q, cue, quoted=False)
            # (but a subject between the marks and the cue is not traded for a plain noun
            # the parser made a subject after the cue: `the lawyer, Ines Moreau, said
            # outside court`)
            if later is not None and (
                subject is None or later.i < cue.i or subject.i > cue.i or later.pos_ == "PROPN" or later.ent_type_
            ):
                subject = later
        if cue.idx > q.close_end and not addressed and (subject is None or subject.i > cue.i):
            # `"...," Ramos, 58, told AFP`: a person named between the marks and the
            # cue speaks, not the addressee the parser left after the cue.
            subject = self._name_after_quote(q, cue) or subject
        if subject is None:
            subject = self._adjacent_name(cue)
        if subject is None and cue.idx > q.close_end:
            # `'Y'all can't stop us now,' the band's drummer, Cody Reese, told fans`: the
            # cue hung on the quoted verb; the name set off right before it speaks.
            subject = self._stranded_subject(cue)
        if (
            subject is None
            and cue.idx < q.open_start
            and len(self.text[q.start : q.end].split()) > 3
        ):
            subject = self._person_before_cue(cue)
        mention = self._titled_mention(subject) if subject is not None else None
        kind, start, end = "direct", q.start, q.end
        if cue.idx < q.open_start:
            between = _without_bullet(self.text[cue.idx + len(cue) : q.open_start])
            clause = self._reported_clause_start(cue, q)
            if self._dash_announces(cue, q, between) or (
                qi > 0
                and q.open_start > cue.idx > self.quotes[qi - 1].close_end
                and self._interrupting_narration(qi - 1) is not None
            ):
                # (after a dashed narration that interrupts a quotation, the speaker's
                # words go on in the marks: `"We will," she said -- and then corrected
                # herself -- "we must rebuild."`)
                clause = None
            elif clause is not None and not between.rstrip().endswith((":", ",")):
                kind, start = "mixed", clause
                end = self._mixed_end(q, cue)
            elif clause is None and between.strip() == "to" and self._opens_with_bare_verb(q):
                # `vowed to "finish the job"`: the quote completes the cue's infinitive;
                # the report is "to" and the quote (PolNeAR: 8 of 9 on train, mixed).
                kind, start, end = "mixed", cue.idx + len(cue) + between.index("to"), q.close_end
            elif clause is None and self._is_fragment(q, between):
                # `described the field as "all very good"`: the quote finishes a phrase.
                that = list(re.finditer(r"\bthat\s+", between))
                offset = that[-1].end() if that else self._past_agent(cue, q)
                words = re.search(r"\w", between[offset:])
                if words:
                    kind, start = "mixed", cue.idx + len(cue) + offset + words.start()
                    end = self._mixed_end(q, cue)
            aside = self._aside_in_clause(cue, q)
            if aside is not None:
                kind, start, end = "mixed", aside, self._mixed_end(q, cue)
            if (
                kind == "mixed"
                and mention is not None
                and cue.idx < mention[0] < q.open_start
                and cue.tag_ in FINITE_TAGS
                and self._right_after_quote(cue)
            ):
                # `"...," said Lena Marsh, a docker who waited in a "long line"`: the
                # quote is in the description of the speaker the cue names after it.
                return None
        else:
            s_start = self._clause_start(q.open_start)
            lead = self.text[s_start : q.open_start]
            # (a dash closes a lead as a colon does: `Haddad was defiant -- "We ...," he
            # said`, unless a second dash closes the quote as an aside)
            dash_lead = lead.rstrip().endswith(tuple(DASHES)) and not self.text[
                q.close_end : cue.idx
            ].strip().startswith(tuple(DASHES))
            # (a quotation a clause of the writer's interrupts goes on in these marks)
            interrupted = qi > 0 and self._interrupting_narration(qi - 1) is not None
            if re.search(r"\w{2,}.*\w", lead) and not interrupted and (
                not (lead.rstrip().endswith((":", ",")) or dash_lead) or self._predicate_after_lead(q, lead)
            ):
                if self._quote_not_reported_by(q, cue) or self._reports_a_later_clause(cue):
                    return None
                if cue.lemma_.lower() not in lexicon.SPEECH_VERBS:
                    # `But those voters, who register as "undeclared," can determine ...`:
                    # a verb of deciding, seeing or wanting after a quote inside its own
                    # sentence rarely reports it; speech verbs ("X is "Y," she said") do.
                    return None
                # (a mixed item keeps its marks: it ends after the closing one)
                kind, start, end = "mixed", s_start, q.close_end
            more = self._continued_after_cue(q, cue, lead)
            if more is not None:
                kind, end = "mixed", more
                start = min(start, q.open_start)
            elif kind == "direct":
                run_on = self._runs_on_to_attribution(q, cue, subject)
                if run_on is not None:
                    kind, end = "mixed", run_on
        if mention is None and kind == "direct":
            return None
        # A quote by a verb of thinking or feeling ("..., she believes") is ~80% right,
        # by a speech verb ~97%.
        speech = cue.lemma_.lower() in lexicon.SPEECH_VERBS
        confidence = (0.95 if mention else 0.6) if speech else (0.8 if mention else 0.45)
        return Candidate(
            kind, start, end, self.cue_span(cue), mention, confidence, {qi}, cue_token=cue.i
        )

    def _aside_in_clause(self, cue: Token, q: QuoteSpan) -> int | None:
        """`There was, Kerr admitted, "a lot of luck" involved`: a cue set off by commas
        inside the clause it reports (the parser hangs it on the clause as parataxis),
        with a quoted fragment after it, leaves words of that clause before it; they are
        part of what was said, so the mixed item starts where the clause does. None when
        nothing of the clause precedes the aside, a quotation does, or the quote opens a
        sentence of its own (`Of the scrutiny, he said, "It's a little much."`)."""
        if cue.dep_ != "parataxis" or cue.idx > q.open_start:
            return None
        if not self.text[q.start : q.end].lstrip()[:1].islower():
            return None
        clause = cue.head
        while clause.pos_ not in ("VERB", "AUX") and clause.dep_ != "ROOT" and clause.head.i != clause.i:
            clause = clause.head
        aside = cue.left_edge
        if aside.text == ",":
            aside = self.doc[aside.i + 1]
        elif aside.i == 0 or self.doc[aside.i - 1].text != ",":
            return None
        left = clause.left_edge
        if left.i >= aside.i - 1 or not any(c.dep_ in SUBJECT_DEPS and c.i < cue.i for c in cue.children):
            return None
        if self._quote_ids(left.idx, aside.idx) or self.text[cue.idx + len(cue) : q.open_start].strip()[:1] != ",":
            return None
        return left.idx

    def _clause_start(self, char: int) -> int:
        """Where the sentence holding ``char`` starts, or its clause after a semicolon
        outside quote marks (`The mayor left early; "a disgrace," one resident said`:
        the writer's clause is closed; the quote's own clause begins after it)."""
        start = self._sentence_start(char)
        semi = self.text.rfind(";", start, char)
        if semi < 0 or self.quote_of_char[semi] >= 0:
            return start
        rest = self.text[semi + 1 : char]
        return semi + 1 + len(rest) - len(rest.lstrip())

    def _dash_announces(self, cue: Token, q: QuoteSpan, between: str) -> bool:
        """`said it plainly -- "We are broke."`, `put it this way -- "..."`: a spaced
        dash after the cue's "it" and adverbs sets the quotation off like a colon; the
        quote spells out the "it". Words of a clause or a phrase before the dash (`so
        distressed by the tone -- "an outrage" -- that ...`) carry on into the quote."""
        if not re.search(r"\s(?:--|[\u2013\u2014])\s*$", between):
            return False
        span = self.char_span(cue.idx + len(cue), q.open_start)
        words = [t for t in span or () if not t.is_punct and not t.is_space]
        return bool(words) and all(
            t.pos_ == "ADV" or t.lower_ in ("it", "this", "way") and t.head.i in (cue.i, *(w.i for w in words))
            for t in words
        )

    def _predicate_after_lead(self, q: QuoteSpan, lead: str) -> bool:
        """`The party, held every four years, "allows us to meet,"`: a quotation opening
        on a tensed verb after a comma finishes the subject the writer began."""
        first = self.char_span(q.start, q.end)
        if first is None or not len(first) or not self.text[q.start : q.start + 1].islower():
            return False
        return lead.rstrip().endswith(",") and first[0].tag_ in FINITE_TAGS

    def _runs_on_to_attribution(
        self, q: QuoteSpan, cue: Token, subject: Token | None
    ) -> int | None:
        """Where the writer's words that finish a quoted fragment stop before the
        attribution: `"We are horrified" by the shooting at the club, Nefzi said.`

        The quotation has no closing punctuation and a word follows its mark at once,
        so the clause goes on outside the marks up to the comma that opens `X said`.
        """
        if self.text[q.start : q.end].rstrip()[-1:] in ",.!?:;" + DASHES:
            return None
        after = self.text[q.close_end : q.close_end + 2]
        if not re.match(r" [a-z]", after):
            return None
        lead = cue.i
        if subject is not None and subject.i < cue.i:
            lead = min(lead, subject.left_edge.i)
        stop = self.doc[lead].idx
        while stop > q.close_end and self.text[stop - 1].isspace():
            stop -= 1
        if stop <= q.close_end + 2 or self.text[stop - 1] != ",":
            return None
        if self._quote_ids(q.close_end, stop):
            return None  # another quotation between: its own item
        return stop - 1

    def _subject_after_marks(self, q: QuoteSpan, cue: Token, quoted: bool = True) -> Token | None:
        """The cue's first subject after the quote's close mark that can speak (one
        inside a later quotation too, unless ``quoted`` is False)."""
        return next(
            (
                c
                for c in cue.children
                if c.dep_ == "nsubj"
                and c.idx >= q.close_end
                and self.can_speak(c)
                and (quoted or not self.in_quote(c))
            ),
            None,
        )

    def _reports_a_later_clause(self, cue: Token) -> bool:
        """`Mocking reports of a "crisis" at the port, Calloway said (that) the ferries
        would run`, `..., Calloway asked the board to publish ...`: the cue reports the
        clause right after it, so a quote before it in the same sentence (here in the
        participle that leads the sentence) is not what was said. A comma between the cue and the clause keeps the old reading: in
        `Despite his "manner," the lawyer wrote, Lane is ...` the cue is parenthetical."""
        for child in cue.children:
            if child.dep_ not in ("ccomp", "xcomp") or child.left_edge.i <= cue.i:
                continue
            between = self.doc[cue.i + 1 : child.left_edge.i]
            if not any(t.is_punct or self.in_quote(t) for t in between):
                return True
        return False

    def _quote_not_reported_by(self, q: QuoteSpan, cue: Token) -> bool:
        """A quote inside a sentence whose cue comes later but does not report it.

        `Some in the "Bernie or Bust" crowd suggest ...`: the quote is part of the cue's own
        subject. `the "offensive," which went ...`: the cue is in a relative clause. `a "zero day" flaw - a chink ... published`: the cue has no subject of its
        own (a participle, a second verb), so nothing after the quote names a speaker.
        """
        subjects = [ch for ch in cue.children if ch.dep_ in SUBJECT_DEPS]
        if not subjects:
            return True
        if any(s.tag_ == "WDT" for s in subjects) or (
            cue.dep_ == "relcl" and not any(s.tag_ == "WP" for s in subjects)
        ):
            return True  # `the "rigged economy" that he says is ...`: a relative clause
        if self._subject_after_marks(q, cue) is not None:
            # `Nothing he said "will help," the senator said`: a second subject after the
            # marks is the speaker; the one before is the writer's lead the parse split.
            return False
        span = self.char_span(q.start, q.end)
        if span is None:
            return False
        inside = {t.i for s in subjects for t in s.subtree}
        return sum(t.i in inside for t in span) * 2 > len(span)

    def _continued_after_cue(self, q: QuoteSpan, cue: Token, lead: str) -> int | None:
        """Where a sentence ends that a parenthetical attribution interrupts.

        In `"Only you," she said, would use the occasion ...` or `But "it is a better
        use," he added, to pursue ...` the quote is a fragment the words after the
        attribution finish: one mixed item runs to the end of the sentence. Only a
        continuation that cannot stand alone counts (a bare predicate, an infinitive, a
        `that`/`because` clause, `in which`), or a main clause after a subordinate
        lead (`Despite his "manner," the lawyer wrote, Lane is ...`); a participle
        (`adding ...`) or a time (`on Friday`) is the writer's.
        """
        if not self.text[q.start : q.end].rstrip().endswith(","):
            return None
        end = self._sentence_end(q)
        comma = None
        for tok in self.doc[cue.i + 1 :]:
            if tok.idx >= end or self.in_quote(tok) or tok.text in (".", ";", ":", "!", "?"):
                return None
            if tok.text == ",":
                comma = tok
                break
        if comma is None or comma.i + 2 >= len(self.doc) or comma.i - cue.i > 8:
            return None
        first, second = self.doc[comma.i + 1], self.doc[comma.i + 2]
        if first.idx >= end or self.in_quote(first) or not first.text[:1].islower() and first.pos_ != "PROPN":
            return None
        lower = first.lower_
        ok = (
            (lower == "to" and second.pos_ in ("VERB", "AUX"))
            or (first.tag_ in ("MD", "VBZ", "VBP") and first.dep_ not in ("advcl", "relcl"))
            or (first.tag_ == "VBD" and first.pos_ == "AUX")  # not `asked about ...`
            or lower in lexicon.CONTINUING_MARKERS
            or (first.pos_ == "ADP" and second.lower_ in ("which", "whom"))
            or (
                lead.strip().split()[:1] != []
                and lead.strip().split()[0].lower() in lexicon.SUBORDINATE_LEADS
                and first.pos_ in ("PROPN", "PRON", "DET", "NOUN")
            )
        )
        if ok:  # `Mr.` in the continuation: the parser's sentence knows better
            stop = first.sent.end_char
            while stop > end and (self.text[stop - 1].isspace() or self.text[stop - 1] in ",."):
                stop -= 1
            _, p_end = self.para_of(q.open_start)
            end = max(end, min(stop, p_end))
        return end if ok and end > comma.idx + 1 else None

    def _opens_with_bare_verb(self, q: QuoteSpan) -> bool:
        """The quote starts with a lowercase bare verb ("finish the job")."""
        first = self.char_span(q.start, q.start + 1)
        return first is not None and len(first) > 0 and first[0].tag_ == "VB" and self.text[q.start : q.start + 1].islower()

    def _is_fragment(self, q: QuoteSpan, between: str) -> bool:
        """A quote that continues the words before it rather than standing alone."""
        inner = self.text[q.start : q.end]
        if between.rstrip().endswith((":", ",")) or not re.search(r"[A-Za-z]{2}", between):
            return False
        # Adverbials between cue and quote ("said on Friday", "told reporters") keep it direct.
        if re.fullmatch(
            r"\s*(?:(?:on|in|at|to|during|after|before|late|early|last|this)\b[^,;]*)?\s*",
            between,
        ):
            return False
        return inner[:1].islower() or len(inner.split()) < 4

    def _adjacent_name(self, cue: Token) -> Token | None:
        """A speaker the parse missed: a proper noun or pronoun right after or before the cue.

        In `"X," said retired neurosurgeon Ben Carson` or `"Y?" asked the boy` the parser
        often makes the speaker the verb's object: after a quote, that object speaks.
        """
        if self._after_quote(cue):
            for tok in self.doc[cue.i + 1 : cue.i + 7]:
                if tok.is_punct or self.in_quote(tok):
                    break
                if (
                    tok.i == cue.i + 1
                    and tok.is_title
                    and tok.is_alpha
                    and tok.pos_ not in ("PROPN", "NOUN", "PRON", "DET", "ADP", "CCONJ", "SCONJ")
                    and tok.ent_type_ not in ("DATE", "TIME")
                ):
                    return tok  # `"...," said Skelly`: a name the tagger took for a word
                if tok.lower_ == "it" and tok.head.i == cue.i and tok.dep_ == "dobj":
                    break  # `as he put it`: the idiom's object, not a speaker
                if self._a_day(tok):
                    break  # `"...," she said Tuesday`: the day speaks for nobody
                if tok.pos_ in ("PROPN", "NOUN", "PRON"):
                    while tok.dep_ in ("compound", "amod", "flat", "nmod") and tok.head.i > tok.i:
                        tok = tok.head
                    return tok
        for tok in (self.doc[cue.i + 1] if cue.i + 1 < len(self.doc) else None,
                    self.doc[cue.i - 1] if cue.i > 0 else None):
            if tok is not None and tok.pos_ in ("PROPN", "PRON") and not self.in_quote(tok):
                if self._a_day(tok):
                    continue  # "said Tuesday that": the day, not who said it
                if tok.lower_ == "it" and tok.head.i == cue.i and tok.dep_ == "dobj":
                    continue  # `as he put it`: the idiom's object, not a speaker
                while tok.i > cue.i and tok.dep_ in ("compound", "flat") and tok.head.i > tok.i \
                        and tok.head.pos_ == "PROPN" and not self.in_quote(tok.head):
                    # `Said Inspector Callum Reid: "..."`: the name's head, title and all
                    tok = tok.head
                return tok
        return None

    def _relative_antecedent(self, clause: Token) -> Token:
        """The noun a relative clause describes: the one the parser hung it on, except a
        day or time closing the verb's phrase ("issued a statement on Monday, which
        read: ..."), which says nothing; the verb's object before that phrase is meant."""
        noun = clause.head
        if clause.dep_ != "relcl" or not self._a_day(noun) or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return noun
        prep = noun.head
        obj = next((c for c in prep.head.children if c.dep_ == "dobj" and c.i < prep.i), None)
        return obj if obj is not None and obj.pos_ == "NOUN" and obj.right_edge.i == prep.i - 1 else noun

    def _titled_mention(self, subject: Token) -> tuple[int, int]:
        """The speaker mention of a cue's subject, over the name after it when the subject
        is a role noun the parser split from that name (`_name_after_role`)."""
        named = self._name_after_role(subject)
        if named is None:
            return self.mention_span(subject)
        start, end = self.mention_span(named)
        return min(start, self.mention_span(subject)[0]), end

    def _name_after_role(self, noun: Token) -> Token | None:
        """`"...," admitted coach Imke Solberg`: a lowercase role noun the parser split
        from the name right after it (the name made a second subject or an adverb of the
        cue) is the name's title; the person named speaks. None when no person's name
        starts right after the noun or the name is the noun's own phrase."""
        if noun.pos_ != "NOUN" or not noun.text.islower() or noun.i + 1 >= len(self.doc):
            return None
        first = self.doc[noun.i + 1]
        if first.ent_type_ != "PERSON" or first.ent_iob_ != "B" or self.in_quote(first):
            return None
        ent = self._entity_at(first.i)
        if ent is None or ent.start != first.i:
            return None
        name = ent.root
        if name.head.i == noun.i or any(t.i == name.i for t in noun.subtree):
            return None
        return name

    @staticmethod
    def _a_day(token: Token) -> bool:
        """A date or a calendar word ("Tuesday", "today") outside a name ("USA Today")."""
        return token.ent_type_ in ("DATE", "TIME") or (
            token.lower_ in lexicon.CALENDAR_WORDS and token.ent_type_ not in ("ORG", "PERSON", "WORK_OF_ART")
        )

    def _person_before_cue(self, cue: Token) -> Token | None:
        """`Col. Ada Voss, a spokeswoman in Dover, said, "..."`: when the parse leaves the
        cue without a subject, the last person named before it in its sentence, outside
        a prepositional or possessive phrase, speaks."""
        sent = cue.sent
        people = [
            ent
            for ent in self.ents
            if ent.label_ == "PERSON"
            and sent.start <= ent.start
            and ent.end <= cue.i
            and ent.root.dep_ not in ("pobj", "poss", "dobj")
            and not self.in_quote(ent.root)
        ]
        return people[-1].root if people else None

    def _name_after_quote(self, q: QuoteSpan, cue: Token) -> Token | None:
        """`"X," Gene Sperling, a top adviser, said`: the parser often hangs the name on a
        verb inside the quote, leaving the cue without a subject. A person named right
        after the close mark, before the cue, is the speaker."""
        span = self.char_span(q.close_end, cue.idx)
        first = next((t for t in span if not t.is_punct and not t.is_space), None) if span else None
        if first is None or self.in_quote(first):
            return None
        aged = (  # `"...," Ramos, 58, told AFP`
            first.i + 4 == cue.i
            and self.doc[first.i + 1].text == ","
            and self.doc[first.i + 2].like_num
            and self.doc[first.i + 3].text == ","
        )
        lone_name = (first.i + 1 == cue.i or aged) and first.is_title and first.is_alpha
        if lone_name and first.pos_ == "ADV" and any(c.dep_ == "nsubj" and c.i > cue.i for c in cue.children):
            return None  # `"..." So said Ada Ruiz`: an adverb fronts the inverted cue
        head = first
        while head.dep_ in ("compound", "flat") and head.i < head.head.i < cue.i:
            head = head.head  # "Representative Steve Cohen": the title leads to the name
        if (
            head.ent_type_ != "PERSON"
            and first.ent_type_ != "PERSON"
            and first.lower_ not in ("he", "she")
            and not lone_name
            and not self._appositive_name(head, cue)
        ):
            # `"...," From said`, `"...," Will wrote`: one capitalised word between the
            # marks and the cue is the speaker's name, whatever the tagger made of it.
            return None
        return head

    def _named_in_apposition(self, noun: Token) -> bool:
        """`The harpist, Dr. Solveig Amundsen, put it simply:`: a role noun the lexicon
        does not list still stands for a speaker when a proper name in apposition says
        who it is."""
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" and self.can_speak(c) for c in noun.children)

    def _appositive_name(self, head: Token, cue: Token) -> bool:
        """`"...," Ramos, 58, told AFP`, `"...," city delegate Tom Eastwood, wearing a
        hat, said`: a proper name closed by a comma, an aside, and a comma right before a
        finite cue is the cue's subject, even when the tagger called the name an
        organisation or the parser hung it on the quote."""
        nxt = head.i + 1
        return (
            head.pos_ == "PROPN"
            and head.ent_type_ not in ("DATE", "TIME", "GPE", "NORP")
            and nxt < cue.i - 1
            and self.doc[nxt].text == ","
            and self.doc[cue.i - 1].text == ","
            and cue.tag_ in ("VBD", "VBZ")
            and not any(t.is_sent_start for t in self.doc[head.i + 1 : cue.i + 1])
            and self.can_speak(head)
        )

    def _after_quote(self, cue: Token) -> bool:
        """The cue follows a closing quote mark, at most a comma and a word between."""
        back = self.text[max(0, cue.idx - 40) : cue.idx].rstrip()
        for i in range(len(back) - 1, max(-1, len(back) - 30), -1):
            qi = self.quote_of_char[max(0, cue.idx - 40) + i]
            if qi >= 0:
                between = self.text[self.quotes[qi].close_end : cue.idx]
                return len(between.split()) <= 4 and not re.search(r"[.!?]", between)
        return False

    def can_speak(self, token: Token, evidence: bool = False) -> bool:
        """Whether a subject can be the source of an attribution: a person, a group, an
        organisation, a pronoun; for evidence verbs also a poll, a study, a report."""
        if token.ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
            return True
        lower, lemma = token.lower_, token.lemma_.lower()
        if lower in lexicon.CALENDAR_WORDS or token.ent_type_ in ("DATE", "TIME"):
            return False  # "said Tuesday that": a day the parser made the subject
        if token.pos_ == "PRON":
            return lower in lexicon.PRONOUNS or lower in ("who", "that", "which")
        if token.pos_ == "PROPN":
            return True
        if lemma in lexicon.UNNAMED_HEADS or lower in lexicon.UNNAMED_HEADS:
            return True
        if lemma in lexicon.PERSON_DESCRIPTIONS or lemma in lexicon.ORG_DESCRIPTIONS:
            return True
        if lemma in lexicon.GROUP_HEADS or lemma in lexicon.PERSON_NOUNS or lemma in lexicon.PEOPLE_GROUPS:
            return True
        if lemma in lexicon.COURT_ROLES or lower in lexicon.COURT_ROLES:
            return True
        if token.pos_ == "NOUN" and _person_compound(lower):
            return True  # "fishermen", "linesman", "businesswoman": a person, listed or not
        return evidence and lemma in lexicon.EVIDENCE_SOURCES

    @staticmethod
    def _as_aside(verb: Token) -> bool:
        """ "As X noted," "as she put it": an adverbial clause led by "as"."""
        # (`The argument, as outlined by Ada Voss, is ...`: the parser may hang a passive
        # aside with its agent on the noun before it)
        # (or on the comma before it, as a "prep": `The scheme, as described by the mayor,
        # is too costly`)
        hung_on_noun = (
            (verb.dep_ == "acl" or verb.dep_ == "prep" and verb.head.is_punct)
            and verb.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in verb.children)
        )
        if verb.dep_ != "advcl" and not hung_on_noun:
            return False
        if verb.lemma_.lower() not in (*lexicon.SPEECH_VERBS, "put", *SETTING_OUT_VERBS):
            return False
        if not any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children):
            return False
        if any(c.dep_ == "xcomp" for c in verb.children if c.i > verb.i):
            return False  # "as Bush continued to interject": a clause of its own, no aside
        if verb.lemma_.lower() in NAMING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
            return False  # "Tom Vrba, as everyone calls him, said": a name given, no report
        # Set off by a comma: "As X noted, Y" or "Y, as X noted" (not "as he said he would").
        # The parser may hang that comma on the aside itself, as its last token (but
        # `as she said, "..."` introduces the quotation after it).
        doc = verb.doc
        after = verb.right_edge.i + 1
        before = verb.left_edge.i - 1
        return (
            (after < len(doc) and doc[after].text == ",")
            or (before >= 0 and doc[before].text == ",")
            or (
                verb.right_edge.text == ","
                and verb.right_edge.head == verb
                and after < len(doc)
                and not is_quote_char(doc[after].text[:1])
            )
        )

    def _right_after_quote(self, cue: Token, paragraphs: bool = True) -> bool:
        """Only punctuation between a closing quote mark and the cue: an inversion.
        With ``paragraphs`` false, not across a paragraph break: a paragraph that opens
        on a question (`Asked about the deal, Ruiz said ...`) is no inversion of the
        quote closing the one before."""
        pos = cue.idx
        while pos > 0 and (self.text[pos - 1].isspace() or self.text[pos - 1] in ",;:" + DASHES):
            if not paragraphs and self.text[pos - 1] == "\n" and "\n" in self.text[max(0, pos - 3) : pos - 1]:
                return False
            pos -= 1
        return pos > 0 and self.quote_of_char[pos - 1] >= 0

    def _reported_clause_start(self, cue: Token, q: QuoteSpan) -> int | None:
        """Where a reported clause starts when words of it precede the quote.

        `warned that Russian troops could invade Ukraine "at any time"` is mixed: the
        clause begins at "Russian". `said in a statement: "..."` and `added that "..."`
        are direct: nothing of the clause stands outside the marks.
        """
        span = self.char_span(cue.idx + len(cue), q.open_start)
        if span is None:
            return None
        tokens = [t for t in span if t.idx < q.open_start]
        words = [t for t in tokens if not t.is_punct and not t.is_space]
        if not words:
            return None
        if words[-1].lower_ == "that":
            return None
        that = [t for t in words if t.lower_ == "that" and t.dep_ in ("mark", "nsubj", "det")]
        if that:
            rest = [t for t in words if t.i > that[-1].i]
            return rest[0].idx if rest else None
        verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
        if verbs and any(t.dep_ in ("nsubj", "nsubjpass", "expl") for t in words):
            clause_tokens = [t for t in words if t.head.i >= verbs[0].i or t.i >= verbs[0].i]
            first = min(
                (t for t in words if t.dep_ in ("nsubj", "nsubjpass", "expl")),
                key=lambda t: t.i,
            )
            first_tok = min(first.subtree, key=lambda t: t.i)
            return first_tok.idx if clause_tokens else None
        return None

    @staticmethod
    def _past_agent(cue: Token, q: QuoteSpan) -> int:
        """How far into the words between a passive cue and its fragment its by-phrase
        reaches (`was described by Greta Roe as "reckless"`): the agent is who spoke, and
        what was said starts after it. 0 with no agent there."""
        after = cue.idx + len(cue)
        for agent in cue.children:
            if agent.dep_ != "agent" or agent.idx < after or agent.idx >= q.open_start:
                continue
            last = agent.right_edge
            if last.idx >= q.open_start:
                # `by inspectors as "a floating wreck"` with the "as" phrase hung on the
                # agent: the agent ends with its noun
                last = next((c for c in agent.children if c.dep_ == "pobj" and c.idx < q.open_start), None)
                if last is None or any(t.idx < q.open_start and t.i > last.i and t.dep_ != "prep" for t in last.rights):
                    continue
            return last.idx + len(last) - after
        return 0

    def _mixed_end(self, q: QuoteSpan, cue: Token | None = None) -> int:
        """A mixed clause ends where its sentence does, quoted fragment included, or
        where the cue's own next predicate starts ("called them 'rapists' and promised
        to build a wall")."""
        end = self._sentence_end(q)
        occasion = self._occasion_after(q)
        if occasion is not None:
            end = min(end, occasion)
        if cue is not None:
            for c in cue.children:
                if c.dep_ == "agent" and c.idx >= q.close_end:
                    # `was called "reckless" by Greta Roe`: the by-phrase after the
                    # fragment names who spoke; it is not part of what was said
                    end = min(end, self._stop_after(q, c.idx))
                    continue
                if _has_that(c):
                    continue  # "said that A and that B": B is said too
                if c.dep_ == "conj" and c.pos_ == "VERB" and c.idx >= q.close_end and not self._backshifted(c, cue):
                    end = min(end, self._stop_after(q, _joined_start(c, q.close_end).idx))
            clause = self._subordinate_clause(cue)
            if clause is not None:
                last = max(clause.subtree, key=lambda t: t.i)
                end = min(end, self._stop_after(q, last.idx + len(last)))
            governing = self._governing_predicate_after(q, cue)
            if governing is not None:
                end = min(end, self._stop_after(q, governing))
            second = self._second_cue_after(q, cue, end)
            if second is not None:
                end = min(end, self._stop_after(q, second))
        return end

    def _occasion_after(self, q: QuoteSpan) -> int | None:
        """`called the vote "rigged" in a tweet Tuesday`, `described as a "real woman" in a
        blog post`: an "in"/"during a(n) <occasion>" phrase right after the closing mark
        tells where the words were given, not more of them; the content ends at the mark."""
        after = self.char_span(q.close_end, min(len(self.text), q.close_end + 60))
        words = [t for t in after if not t.is_space] if after is not None else []
        if words and words[0].text == ",":
            words = words[1:]
        pobj = _occasion_object(words[0]) if words else None
        if pobj is None or self.in_quote(pobj):
            return None
        return q.close_end

    def _second_cue_after(self, q: QuoteSpan, cue: Token, end: int) -> int | None:
        """Where the speaker's next speech act starts after the fragment, when the parse
        hangs it on the reported verb instead of the cue: `called it "a brilliant idea
        stretched thin" and argued that ...`, `said the mayor had "given away the
        waterfront" and called for ...`. A coordinated verb after the close mark that
        is a cue with a clause of its own (`_starts_own`), and not the reported clause
        going on in backshifted tense, starts a second item (before its joiner)."""
        span = self.char_span(q.close_end, end)
        for t in span or ():
            if (
                t.dep_ == "conj"
                and t.pos_ == "VERB"
                and t.head.i != cue.i
                and t.head.i > cue.i
                and not _has_subject(t)
                and not self._backshifted(t, cue)
                and self._starts_own(t)
            ):
                return _joined_start(t, q.close_end).idx
        return None

    def _governing_predicate_after(self, q: QuoteSpan, cue: Token) -> int | None:
        """Where a predicate above the cue starts, when it comes after the quote.

        `De Blasio, speaking on radio, called Trump a "blowhard," and said ...`, `Beck,
        who described Trump as "a narcissist," clearly meant ...`: the cue modifies the
        subject of a later verb; that verb governs the cue, so it cannot be part of what
        the cue reports. Nor can the next act of the clause the cue hangs on (`promoted
        humility, advising graduates to "work hard," and telling another class ...`), a
        verb coordinated with one above the cue, with no subject of its own. The content
        ends before it (and before its subject and joiner, when they too follow the
        marks). A quotation is never cut."""
        inside = {t.i for t in cue.subtree}
        heads = [self._predicate_of_cue_subject(cue), *self._next_acts_above(cue)]
        starts = [
            self._predicate_start(q, head, inside)
            for head in heads
            if head is not None and head.pos_ in ("VERB", "AUX") and head.idx >= q.close_end
        ]
        starts = [s for s in starts if self.quote_of_char[s] < 0]
        return min(starts, default=None)

    @staticmethod
    def _next_acts_above(cue: Token) -> list[Token]:
        """Verbs coordinated with a governor of the cue that share its subject: the
        clauses up to there have no subject of their own (a participle, an infinitive),
        the governor comes before the cue (a verb after it may head the content: `whom
        she cited, were "fed" and housed`) and the conjunct has no subject either."""
        acts = []
        below = cue
        for head in cue.ancestors:
            if _has_subject(below):
                break  # `were upset after Obama called them "fat cats"`: not one actor
            if head.i < cue.i:
                acts += [
                    c
                    for c in head.rights
                    if c.dep_ == "conj"
                    and c.pos_ == "VERB"
                    and not cue.is_ancestor(c)
                    and not _has_subject(c)
                ]
            below = head
        return acts

    def _predicate_start(self, q: QuoteSpan, head: Token, inside: set[int]) -> int:
        """The first character of ``head``'s words after the quote (its subject, its
        joiner), the cue's own words ``inside`` excepted."""
        first = head
        while first.i > 0:
            prev = self.doc[first.i - 1]
            if (
                prev.idx < q.close_end
                or prev.i in inside
                or not (head.is_ancestor(prev) or prev.dep_ in ("cc", "punct") or prev.is_space)
            ):
                break
            first = prev
        return first.idx

    @staticmethod
    def _predicate_of_cue_subject(cue: Token) -> Token | None:
        """The verb whose subject the cue sits in (`De Blasio, speaking on radio, called
        ... and said`), or, when the parser hangs the second predicate on the subject
        noun itself as a conjunct (`Ruiz, called ... and said`), that conjunct. A naming
        participle (`a blog called the "Feed," ... pumps out`) only names its noun, and
        naming items keep the span they have: none."""
        if cue.dep_ == "acl" and cue.head.pos_ == "NOUN" and cue.lemma_.lower() in lexicon.NAMING_PARTICIPLES:
            return None
        below = cue
        for head in cue.ancestors:
            if below.dep_ in SUBJECT_DEPS:
                return head
            below = head
        if cue.dep_ in ("acl", "relcl") and cue.head.pos_ in ("PROPN", "NOUN"):
            return next((c for c in cue.head.rights if c.dep_ == "conj" and c.pos_ == "VERB" and c.i > cue.i), None)
        return None

    def _comparison_after(self, cue: Token, last: Token) -> Token | None:
        """`said the toll is "peanuts," compared to what the owners charge`: a
        comparison the parser hangs on the cue right after the clause (past the comma
        in the close mark) is the speaker's measure of the claim, part of it; its last
        token. Not a share set beside another group's answer (`said yes, compared with
        23 percent who ...`), the writer's poll arithmetic."""
        comp = next((c for c in cue.rights if c.i > last.i), None)
        if comp is None or comp.dep_ != "prep" or comp.lower_ not in ("compared", "comparing"):
            return None
        between = self.doc[last.i + 1 : comp.i]
        if not all(t.is_punct and t.text not in (";", ":") for t in between):
            return None
        words = list(comp.subtree)
        if any(t.like_num or t.dep_ == "relcl" for t in words):
            return None
        return words[-1]

    @staticmethod
    def _backshifted(conj: Token, cue: Token) -> bool:
        """ `said the pumps were "very old" and had failed twice`: the parser hangs a
        predicate after the quoted fragment on the cue, but a past perfect or a modal
        after a past-tense cue is the reported clause going on (backshifted), not a
        second act of the speaker ("called them 'rapists' and promised ...")."""
        if cue.tag_ != "VBD":
            return False
        auxes = [a.lower_ for a in _auxes_before(conj)]
        if not auxes:
            # `said it would "unlock growth" and cut journey times`: a bare infinitive
            # cannot go on a past-tense cue; it shares the reported clause's modal.
            return conj.tag_ == "VB"
        return auxes[0] in lexicon.BACKSHIFT_AUX

    def _stop_after(self, q: QuoteSpan, stop: int) -> int:
        """``stop`` moved back over spaces, commas and semicolons, never before ``q``'s
        close mark: where a mixed clause cut at ``stop`` ends."""
        while stop > q.close_end and (self.text[stop - 1].isspace() or self.text[stop - 1] in ",;"):
            stop -= 1
        return max(stop, q.close_end)

    @staticmethod
    def _subordinate_clause(cue: Token) -> Token | None:
        """The clause a cue heads when it is subordinate to a main clause that follows
        (`When Roe said X "..." , the mayor left`, `In calling it "a farce," Roe ...`):
        what was said ends with that clause, not with the sentence."""
        head = cue
        if head.dep_ == "pcomp" and head.head.dep_ == "prep":
            head = head.head
        if head.dep_ not in ("advcl", "prep") or head.head.i <= cue.i:
            return None
        marks = [c.lower_ for c in head.children if c.dep_ == "mark"]
        if head.dep_ == "advcl" and (not marks or "as" in marks):
            return None  # `As Roe said, X "..."`: the aside reports the main clause
        return head

    def _sentence_end(self, q: QuoteSpan) -> int:
        """Where the sentence holding quote ``q`` ends (marks of other quotes skipped)."""
        p_start, p_end = self.para_of(q.open_start)
        pos = q.close_end
        after = self.text[q.close_end : p_end].lstrip()
        # `"... welfare." Rubio has ...`: the marks close the sentence.
        closed = self.text[q.start : q.end].rstrip()[-1:] in (".", "!", "?") and after[:1].isupper()
        while pos < p_end and not closed:
            ch = self.text[pos]
            qi = self.quote_of_char[pos]
            if qi >= 0:
                pos = self.quotes[qi].close_end
                continue
            if ch in ".!?;" or ch == "\n":
                break
            pos += 1
        end = pos
        while end > q.start and (self.text[end - 1].isspace() or self.text[end - 1] in ",."):
            end -= 1
        return end

    def _title_period(self, pos: int) -> bool:
        """The period at ``pos`` closes a title or an initial before a name ("Mr.
        Trump", "Sen. Ann Roe", "Richard J. Durbin"), not a sentence."""
        if self.text[pos : pos + 1] != "." or not re.match(r"\s+[A-Z]", self.text[pos + 1 : pos + 4]):
            return False
        m = re.search(r"(?:^|[\s(])([A-Za-z]+)$", self.text[max(0, pos - 12) : pos])
        if m is None:
            return False
        word = m.group(1)
        return (len(word) == 1 and word.isupper()) or word.lower() in lexicon.NAME_TITLE_ABBREVIATIONS

    def _sentence_start(self, char: int) -> int:
        p_start, _ = self.para_of(char)
        pos = char
        while pos > p_start:
            ch = self.text[pos - 1]
            if ch == "\n":
                break  # a line break ends a sentence even inside one blank-line paragraph
            qi = self.quote_of_char[pos - 1]
            if qi < 0 and ch in ".!?" and self.text[pos : pos + 1].isspace() and not self._title_period(pos - 1):
                break
            if (
                qi >= 0
                and self.quotes[qi].close_end == pos
                and self.text[self.quotes[qi].start : self.quotes[qi].end].rstrip()[-1:] in (".", "!", "?")
                and self.text[pos : pos + 1].isspace()
            ):
                break  # `... as "anti-system." "What we have ...`: the marks closed it
            pos -= 1
        dateline = self._datelines.get(p_start)
        if dateline is not None and pos < dateline <= char:
            pos = dateline  # "LONDON (Reuters) - " is no lead of the first sentence
        while pos < char and self.text[pos].isspace():
            pos += 1
        return pos

    def _inside_markup(self, start: int, end: int) -> tuple[int, int]:
        """``text[start:end]`` without the tags or bold marks at its edges (`<b>Dev Patel`)."""
        while True:
            m = MARKUP_EDGE.match(self.text, start, end)
            if not m or m.end() == start:
                break
            start = m.end()
        while True:
            m = MARKUP_EDGE_END.search(self.text[start:end])
            if not m or m.start() == m.end():
                break
            end = start + m.start()
        return (start, end) if start < end else (start, start)

    def _after_dateline(self, start: int, end: int) -> int:
        """``start`` moved past a dateline that ``text[start:end]`` begins with."""
        dateline = self._datelines.get(self.para_of(start)[0])
        return dateline if dateline is not None and start < dateline < end else start

    def _quoting_lead(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`Frank quotes former adviser Ann Roe: "..."`, `ended her speech by quoting
        Dante: "..."`: a verb of quoting, its object, then a colon or dash before the
        quotation (in the same paragraph or ending the one before).

        The writer reports that the subject quoted someone: the item runs from the
        quoted author to the close mark and is the subject's, a mixed item.
        """
        lead_start = p_start
        if not self.text[p_start : q.open_start].strip():
            prev = self._previous_paragraph(p_start)
            if prev is None:
                return None
            lead_start = prev[0]
        lead = self.text[lead_start : q.open_start].rstrip()
        if not lead.endswith((":", *DASHES)):
            return None
        end = lead_start + len(lead)
        span = self.char_span(max(lead_start, self._sentence_start(end - 1)), end)
        if span is None:
            return None
        verbs = [t for t in span if t.lemma_.lower() in lexicon.QUOTING_VERBS and t.pos_ == "VERB"]
        if not verbs:
            return None
        verb = verbs[-1]
        obj = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        if (
            obj is None
            or obj.idx >= end - 1
            or self.in_quote(verb)
            or self._quote_ids(verb.idx, end)
            or any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
            or any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)
            or len(self.doc[verb.i : span.end]) > 14
        ):
            return None
        subject = self.subject_of(verb)
        mention = self.mention_span(subject) if subject is not None else None
        return Candidate(
            "mixed", obj.idx, q.end, self.cue_span(verb), mention, 0.75 if mention else 0.5, {qi}, verb.i
        )

    def _colon_intro(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`Stoltenberg said:` ending the previous paragraph introduces this quote."""
        prev_para = self._previous_paragraph(p_start)
        if prev_para is None:
            return None
        s, e = prev_para
        if not self.text[s:e].rstrip().endswith(":"):
            return None
        if _without_bullet(self.text[p_start:q.open_start]).strip():
            return None
        cue = self._last_cue_in(s, e)
        if cue is None:
            return self._colon_line(q, qi, s, e) or self._colon_subject(q, qi, s, e)
        subject = self.subject_of(cue)
        mention = self.mention_span(subject) if subject is not None else None
        return Candidate("direct", q.start, q.end, self.cue_span(cue), mention, 0.85, {qi}, cue.i)

    def _colon_line(self, q: QuoteSpan, qi: int, s: int, e: int) -> Candidate | None:
        """A short line naming a person and ending in a colon introduces the quotation
        paragraph after it, whatever its verb (`Jared Potts echoed:`, `Stated Stone:`)."""
        span = self.char_span(s, e)
        if span is None or len(span) > 12 or self.in_boilerplate(s):
            return None
        people = [ent for ent in self.ents if ent.label_ == "PERSON" and s <= ent.start_char < e]
        if len(people) != 1 or self._quote_ids(s, e):
            return None
        person = people[0]
        return Candidate(
            "direct", q.start, q.end, None, (person.start_char, person.end_char), 0.7, {qi}
        )

    def _colon_subject(self, q: QuoteSpan, qi: int, s: int, e: int) -> Candidate | None:
        """`The minister set out her plan on Monday:` ending the previous paragraph, the
        quote paragraph after it: the colon announces the words, and the one who acts in
        the sentence before it (its subject, someone who can speak) says them, whatever
        the verb, as with a colon inside one paragraph (`_colon_lead`)."""
        subject = self._colon_sentence_subject(e)
        if subject is None:
            return None
        return Candidate("direct", q.start, q.end, None, self.mention_span(subject), 0.7, {qi})

    def _colon_sentence_subject(self, e: int) -> Token | None:
        """The subject (someone who can speak) of the short sentence that ends in the
        colon at ``e``, whatever its verb (`The governor was blunt:`), or None."""
        span = self.char_span(self._sentence_start(e - 1), e)
        if span is None or not len(span) or len(span) > 25 or self._quote_ids(span.start_char, e):
            return None
        root = span.root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or root.pos_ not in ("VERB", "AUX") or not self.can_speak(subject):
            return None
        if subject.lower_ in ("it", "this", "that", "there") or any(c.dep_ == "neg" for c in root.children):
            # `Wait, it gets better:`: the writer's aside, not someone's introduction
            return None
        return subject

    def _bare_cue_before(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`Sam Lau said in a statement. "There are no ..."`: a cue with nothing said right
        before the quote introduces it."""
        start = max(p_start, q.open_start - 300)
        across = not self.text[p_start : q.open_start].strip()
        if across:
            # `Sam Lau said in a statement.` closing the paragraph before, with no
            # quotation in it, introduces the quote that opens this one.
            prev_para = self._previous_paragraph(p_start)
            if prev_para is None or self._quote_ids(*prev_para):
                return None
            start = max(prev_para[0], prev_para[1] - 300)
            lead = self.text[start : prev_para[1]].rstrip()
            if not lead.endswith("."):
                return None
        else:
            lead = self.text[start : q.open_start].rstrip()
            if not lead.endswith((".", ":")) or self.text[start + len(lead) : q.open_start].count("\n") > 2:
                return None
        sent_start = self._sentence_start(start + len(lead) - 1)
        cue = self._last_cue_in(sent_start, start + len(lead))
        if across and cue is not None and cue.dep_ in ("acl", "relcl", "amod"):
            return None  # "superdelegates pledged to Clinton": a participle describing a noun
        if cue is not None and cue.dep_ in ("acl", "relcl") and self._reporting_ancestor(cue) is None:
            # `"A," Vrba told reporters, referring to bruises that Roe showed. "B?"`: a clause
            # describing a noun, inside no report, is no report of the quote after it.
            return None
        event = None
        if cue is None:
            cue = event = self._speech_event_in(sent_start, start + len(lead))
        if cue is None or any(
            c.dep_ in ("ccomp", "xcomp", "dobj") and c.pos_ != "NOUN" or self.in_quote(c)
            for c in cue.children
        ):
            return None
        if event is None and any(
            c.dep_ == "dobj" and c.lemma_.lower() not in lexicon.STATEMENT_NOUNS for c in cue.children
        ):
            return None
        outer = self._reporting_ancestor(cue)
        if outer is not None:
            # `She says people should use the room they prefer. "..."`: "prefer" is in
            # what she says; the quote goes on with her report.
            cue = outer
        subject = self.subject_of(cue)
        if subject is None:
            return None
        return Candidate(
            "direct", q.start, q.end, self.cue_span(cue), self.mention_span(subject), 0.75, {qi}, cue.i
        )

    def _speech_event_in(self, start: int, end: int) -> Token | None:
        """`Ebo Mensah spoke to the crowd outside the stadium.`, `She addressed the
        delegates.`: a sentence whose main verb is an act of speaking, with no words of
        its own, introduces the quote right after it (what was spoken); its object is
        the audience, not the content."""
        span = self.char_span(start, end)
        if span is None:
            return None
        root = span.root
        if (
            root.lemma_.lower() not in lexicon.SPEECH_EVENT_VERBS
            or root.pos_ != "VERB"
            or self.in_quote(root)
            or any(c.dep_ == "neg" for c in root.children)
        ):
            return None
        return root

    def _reporting_ancestor(self, tok: Token) -> Token | None:
        """The speech verb whose reported clause holds ``tok``, if any."""
        child = tok
        for anc in tok.ancestors:
            if (
                child.dep_ in ("ccomp", "xcomp")
                and anc.pos_ == "VERB"
                and anc.lemma_.lower() in lexicon.SPEECH_VERBS
                and not self.in_quote(anc)
            ):
                return anc
            child = anc
        return None

    def _colon_before(self, pos: int, p_start: int) -> bool:
        """Whether the last non-space character before ``pos`` in its paragraph is a colon.

        Without this test first, every quotation paid a scan back to its sentence start,
        the whole paragraph when it has no sentence break: 20,000 quote marks in one
        unpunctuated line (`\\"\\"\\"...`) took minutes.
        """
        i = self._end_of_text_before(pos, p_start)
        return i > p_start and self.text[i - 1] == ":"

    def _end_of_text_before(self, pos: int, p_start: int) -> int:
        """Where the text before ``pos`` in its paragraph (starting at ``p_start``) ends,
        the spaces before ``pos`` left out."""
        i = pos
        while i > p_start and self.text[i - 1].isspace():
            i -= 1
        return i

    def _owner_mention(self, owner: Token) -> tuple[int, int]:
        """The mention of the owner of a verdict or answer noun (`Ada Ruiz's verdict`),
        without its "'s"."""
        start, end = self.mention_span(owner)
        genitive = re.search(r"\s*['\u2019]s?$", self.text[start:end])
        if genitive and genitive.start() > 0:
            end = start + genitive.start()
        return start, end

    def _question_lead(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`The coach's verdict? "Not good enough."`, `His answer? "Never."`: a verdict or
        answer noun with its owner, asked as a one-phrase question right before the
        quotation, labels it as a colon would; the owner speaks."""
        i = self._end_of_text_before(q.open_start, p_start)
        if i <= p_start or self.text[i - 1] != "?":
            return None
        span = self.char_span(max(self._sentence_start(i - 1), p_start), i - 1)
        if span is None or not 1 < len(span) <= 6 or self.in_quote(span[0]):
            return None
        noun = span[-1]
        if noun.lemma_.lower() not in lexicon.VERDICT_NOUNS or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or not self.can_speak(owner):
            return None
        return Candidate("direct", q.start, q.end, (noun.idx, noun.idx + len(noun)), self._owner_mention(owner), 0.7, {qi})

    def _colon_lead(self, q: QuoteSpan, qi: int, p_start: int) -> Candidate | None:
        """`Frank Newport and Jim Harter: "..."` and `From the report: "..."`."""
        if not self._colon_before(q.open_start, p_start):
            return None  # (checked first: finding the sentence start scans back over it)
        lead_start = max(self._sentence_start(q.open_start), p_start)
        if lead_start == q.open_start:
            # `Elias Vornholt (@MayorVornholt) on X:<newline>"..."`: the label on a line of
            # its own, which the line break made a sentence apart from the quotation.
            colon = self.text.rindex(":", p_start, q.open_start)
            lead_start = max(self._sentence_start(colon), p_start)
        lead = self.text[lead_start : q.open_start]
        if not lead.rstrip().endswith(":"):
            return None
        bullet = _BULLET_START.match(lead)
        if bullet and lead_start == p_start:
            # `- Tor Eklund, president of the union: "..."`: a list of reactions; the
            # bullet opening the item is no word of the label.
            lead_start += bullet.end()
            lead = lead[bullet.end() :]
        # "... are problematic - Pew Research:" and `Clinton: "..." Bush:`: the label
        # starts after a dash or a closed quotation.
        cut = max(
            (m.end() for m in re.finditer(r"\s[-\u2013\u2014]+\s*|[-\u2013\u2014]{2,}|[\u201d\"]\s", lead)),
            default=0,
        )
        if cut:
            lead_start += cut
            lead = self.text[lead_start : q.open_start]
            lead_start += len(lead) - len(lead.lstrip())
            lead = lead.lstrip()
            if lead.startswith("More from "):
                lead_start += len("More from ")
                lead = lead[len("More from ") :]
        colon = lead_start + lead.rstrip().rfind(":")
        span = self.char_span(lead_start, colon)
        if span is None or len(span) > 16:
            return None
        first = span[0]
        if first.pos_ == "ADP" and first.lower_ != "from":
            return None  # "About Tellmark:", "On the pier:": a heading, nobody's voice
        if (
            first.lower_ in lexicon.INVERTED_LEADS
            and len(span) > 1
            and first.i + 1 < len(self.doc)
            and span[1].pos_ in ("PROPN", "NOUN", "DET", "PRON", "NUM", "ADJ")
        ):
            # `Said Adeyemo: "..."`, `Added one resident: "..."`: an inverted cue opens
            # the lead; the rest names the speaker.
            return Candidate(
                "direct", q.start, q.end, (first.idx, first.idx + len(first)),
                (span[1].idx, colon), 0.75, {qi}, first.i,
            )
        named = self._name_on_topic(lead_start, lead)
        if named is not None:
            return Candidate("direct", q.start, q.end, (colon, colon + 1), named, 0.7, {qi})
        # "he returned to his familiar lines:": the subject speaks; without a verb
        # ("Frank Newport and Jim Harter:", "From the report:") the first noun does.
        subjects = [t for t in span if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("PROPN", "NOUN", "PRON")]
        if subjects and subjects[0].dep_ == "nsubjpass" and subjects[0].head.lemma_.lower() in lexicon.ADDRESSEE_PASSIVES:
            return None  # `He was asked: "Will you resign?"`: the one asked does not speak
        if subjects and not self.can_speak(subjects[0]) and not self._named_in_apposition(subjects[0]):
            # `The timing does not surprise pollster Ada Ruiz:`: a thing as subject acts
            # on the person who then speaks; the object speaks. The "it" of "put it
            # simply:" is what is said, never who says it.
            heard = [
                c for c in subjects[0].head.children if c.dep_ == "dobj" and self.can_speak(c) and c.lower_ != "it"
            ]
            subjects = heard or subjects
        nouns = subjects or [
            t
            for t in span
            if t.pos_ in ("PROPN", "NOUN")
            and (t.head.i not in range(span.start, span.end) or t.dep_ in ("ROOT", "pobj"))
        ]
        if not nouns or (not subjects and len(span) > 10):
            return None
        # `Ada Ruiz's verdict: "..."`, `Her answer was simple: "No."`: the one whose
        # words the noun names speaks, not the words themselves.
        owner = next((c for c in nouns[0].children if c.dep_ == "poss"), None)
        if owner is None or nouns[0].lemma_.lower() not in lexicon.VERDICT_NOUNS or not self.can_speak(owner):
            owner = nouns[0]
        mention = self._owner_mention(owner) if owner is not nouns[0] else self.mention_span(owner)
        # `Roe: 'Never underestimate Vrba.'`: the parser may hang the quoted words on the
        # label's noun; the speaker is named before the colon, never inside the marks.
        if not lead_start <= mention[0] < mention[1] <= colon:
            if lead_start <= mention[0] < colon and self.text[mention[0] : colon].strip():
                # `Ada Ruiz said:“We stay.”` (no space after the colon: one token runs
                # over it): the mention is cut at the colon.
                mention = (mention[0], mention[0] + len(self.text[mention[0] : colon].rstrip()))
            else:
                mention = (owner.idx, owner.idx + len(owner))
        return Candidate("direct", q.start, q.end, (colon, colon + 1), mention, 0.7, {qi})

    def _name_on_topic(self, lead_start: int, lead: str) -> tuple[int, int] | None:
        """`Calloway on Vrba Releasing His Files: '...'`: a headline label "Name on topic"
        gives the speaker first and what they speak about after "on". The parser often
        reads a bare surname opening a title-case headline as a verb and makes a name of
        the topic the subject, so the name is taken by its form: up to three capitalised
        words before "on", the last the surname of a person the text names."""
        m = re.match(r"((?:[A-Z][\w'\u2019.-]*\s+){0,2}[A-Z][\w'\u2019.-]*)\s+on\s", lead)
        if m is None:
            return None
        surname = m.group(1).split()[-1]
        if not any(
            ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == surname for ent in self.ents
        ):
            return None
        return lead_start, lead_start + m.end(1)

    def _previous_paragraph(self, p_start: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self._para_ends, p_start)  # the last paragraph ending by then
        return self.paras[k - 1] if k else None

    def _last_cue_in(self, start: int, end: int) -> Token | None:
        """The last cue of a stretch of text: a reporting verb, or the verb of a statement
        noun ("issued the following statement:")."""
        span = self.char_span(start, end)
        if span is None:
            return None
        for tok in reversed(span):
            if self.is_cue(tok):
                return tok
            if (
                tok.lemma_.lower() in lexicon.STATEMENT_NOUNS
                and tok.dep_ == "dobj"
                and tok.head.pos_ == "VERB"
                and not self.in_quote(tok.head)
            ):
                return tok.head
        return None

    def _title_case_name(self, q: QuoteSpan) -> bool:
        """`''MTV Unplugged,'' whose heyday ...`, `went on to perform "Harbour Lights."`:
        two to six Title Case words in marks with no cue of their own name a show, song or
        book, even with the comma or period American style puts inside the marks; a
        person's name (`"Ann Roe." she answered`) stays a possible reply."""
        words = self.text[q.start : q.end].split()
        if not 2 <= len(words) <= 6:
            return False
        words[-1] = words[-1].rstrip(",.")
        small = lexicon.NAME_TITLE_SMALL_WORDS
        if not all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words):
            return False
        if not words[0][:1].isupper() or any(w.isupper() and len(w) > 3 for w in words):
            return False  # `"GROWING PARTY,"`: shouting, not a name
        span = self.char_span(q.start, q.end)
        # `"We're America."`: a pronoun or auxiliary makes it a sentence, not a name; so
        # does a stop between words (`"Two. Three."`, `"Now. Please."`: short sentences
        # in a row; "Mr." or "St." keeps its stop in its own token).
        return span is not None and not any(
            t.ent_type_ == "PERSON" or t.pos_ in ("PRON", "AUX") for t in span
        ) and not any(
            t.text in (".", "!", "?") and not abbreviation_stop(t) and any(u.is_alpha for u in span[t.i - span.start + 1 :])
            for t in span
        )

    def _named_phrase(self, q: QuoteSpan) -> bool:
        """A phrase in marks that only names or flags words, with no sentence of its own:
        it follows "so-called" (`so-called "forever chemicals"`) or modifies the noun
        right after the marks (`the "contested convention" scenario`, `its "digital
        first" strategy`). Such marks are scare quotes, not a continuation of the
        previous speaker."""
        lead = self.text[max(0, q.open_start - 12) : q.open_start].lower()
        if re.search(r"so-? ?called\s*$", lead):
            return True
        span = self.char_span(q.start, q.end)
        if span is None or len(span) > 4:
            return False
        head = span.root
        return (
            head.dep_ in ("compound", "amod", "nmod")
            and head.head.i > span[-1].i
            and head.head.pos_ in ("NOUN", "PROPN")
            and not self.in_quote(head.head)
            and head.head.idx >= q.close_end
        )

    def _one_word_sentence(self, q: QuoteSpan) -> bool:
        """`'We'll see,' she said. 'Maybe.'`, `Reyes said: 'No.'`, `'Good,' said Reyes`: a
        capitalised word with its own stop (or the comma before a cue) inside the marks,
        opening a sentence, a paragraph or what a colon introduces, is an utterance of one
        word, not a scare quote (those sit inside a sentence: `the 'reform' left ...`)."""
        word = self.text[q.start : q.end].strip()
        lead = self.text[max(0, q.open_start - 4) : q.open_start]
        if not re.fullmatch(r"[A-Z][a-z]*[.!?,]", word):
            return False
        if q.open_start == self.para_of(q.open_start)[0] or re.search(r"[.!?][\"'\u201d\u2019]*\s+$", lead):
            return True
        return not word.endswith(",") and bool(re.search(r":\s+$", lead))

    def _floating(self, q: QuoteSpan, qi: int, previous: Candidate | None) -> Candidate | None:
        """A quote standing alone right after an attributed one continues its speaker."""
        if previous is None or previous.mention is None or self._named_phrase(q):
            return None
        if self._title_case_name(q):
            return None
        p_start, _ = self.para_of(q.open_start)
        lead = _without_bullet(self.text[p_start : q.open_start]).strip()
        between_start = max(previous.end, previous.cue[1] if previous.cue else 0)
        gap = self.text[between_start : q.open_start]
        # A quote running over paragraphs (the news convention: no close mark at the
        # paragraph end) ends in a later paragraph than it starts: its end is what the
        # next quote follows.
        last_para = self.para_of(max(previous.start, previous.end - 1))
        same_para = last_para[0] == p_start
        consecutive = same_para or self._previous_paragraph(p_start) == last_para
        if lead and not same_para:
            return None
        if not consecutive or len(gap) > 400:
            return None
        if same_para and self._another_attribution(between_start, q.open_start):
            return None
        if (
            same_para
            and previous.quote_ids
            and re.fullmatch(r"[\"'\u201d\u2019]{0,2},?[ \t]+(?:and|or)[ \t]+", self.text[previous.end : q.open_start])
        ):
            # `chanted "No more tolls" and "Free the ferry."`: two quotations joined by
            # a conjunction outside the marks are one report, a mixed item.
            # (an item that opens outside the first marks keeps the last close mark:
            # `described the plan as "reckless" and "doomed."`)
            first = self.quotes[min(previous.quote_ids)]
            previous.type = "mixed"
            previous.end = q.close_end if previous.start <= first.open_start else q.end
            previous.quote_ids.add(qi)
            return previous
        q_text = self.text[q.start : q.end]
        if len(q_text.split()) < (1 if same_para else 3) and not _short_sentence(q_text):
            return None  # (a paragraph of two words goes on when it is a whole sentence)
        if len(q_text.split()) == 1 and not (
            re.search(r"\w[.!?]$", q_text.strip())
            and re.search(r"[.!?][\"'\u201d\u2019]*\s*$", self.text[p_start : q.open_start])
        ):
            return None
        return Candidate("direct", q.start, q.end, None, previous.mention, 0.7, {qi}, carried=True)

    def _after_report(
        self, q: QuoteSpan, qi: int, previous: Candidate | None, reports: list[Candidate]
    ) -> Candidate | None:
        """A quote paragraph right after a paragraph that a reported clause closes
        continues that clause's speaker: `Roe said that the plan would fail.` then
        `"Nobody has asked the people who live here."` is Roe's too, the indirect report
        and the quote one statement over two paragraphs. Only a quote that opens its
        paragraph, after a report that ends the one before, with no quotation of
        someone else in between."""
        if self._named_phrase(q):
            return None
        p_start, _ = self.para_of(q.open_start)
        lead = self.text[p_start : q.open_start].rstrip()
        if lead:
            if not re.search(rf"(?:[.!?][\"'\u201d\u2019)]*|[:{re.escape(DASHES)}])$", lead):
                return None  # mid-sentence (`preparation of "..."`): the sentence's own words
            prev: tuple[int, int] | None = (p_start, q.open_start)  # `X said A. "B."`
        else:
            prev = self._previous_paragraph(p_start)
        if prev is None:
            return None
        inside = [r for r in reports if r.mention is not None and prev[0] <= r.start and r.end <= prev[1]]
        if not inside:
            return None
        report = max(inside, key=lambda r: r.end)
        if re.search(r"[.!?]\W*\s+\W*[A-Z]", self.text[report.end : prev[1]]):
            return None  # the report's sentence must be the last before the quote
        if previous is not None and previous.end > report.start:
            return None
        if len(self.text[q.start : q.end].split()) < 4 and not _short_sentence(self.text[q.start : q.end]):
            return None
        return Candidate("direct", q.start, q.end, None, report.mention, 0.7, {qi}, carried=True)

    def _after_introduction(self, q: QuoteSpan, qi: int, previous: Candidate | None) -> Candidate | None:
        """A quote paragraph in the first person right after a paragraph of plain
        narration about one named person is that person's: `Beekeeper Ines Calloway lost
        30 hives this winter.` then `"I opened the boxes and they were empty."` (after
        `Ines Calloway was asked about the defeat.` any quote is her answer). The
        paragraph before holds no quotation, no item and no other person, and its last
        sentence has the person (or he/she) as subject."""
        if self._named_phrase(q) or self._title_case_name(q):
            return None
        p_start, _ = self.para_of(q.open_start)
        prev = self._previous_paragraph(p_start)
        if prev is None or self.text[p_start : q.open_start].strip() or self.in_boilerplate(prev[0]):
            return None
        if previous is not None and previous.end > prev[0]:
            return None
        if any(prev[0] <= o.open_start < prev[1] for o in self.quotes):
            return None
        span = self.char_span(*prev)
        if span is None or not len(span):
            return None
        root = list(span.sents)[-1].root
        # `Ines Calloway was asked about the defeat.`: the one asked gives the answer,
        # in whatever person it is put
        asked = root.lemma_.lower() in ASKING_VERBS and root.tag_ == "VBN"
        words = SPOKEN_WORD.findall(self.text[q.start : q.end])
        if len(words) < 4 or not asked and not _in_first_person(words):
            return None
        subject = next((c for c in root.children if c.dep_ in (("nsubjpass",) if asked else ("nsubj",))), None)
        if subject is not None and subject.pos_ == "NOUN":
            # `The airline's chief executive, Sofia Brandão, apologised.`: a role with
            # the person's name in apposition names that person as subject.
            subject = next((c for c in subject.rights if c.dep_ == "appos" and self._personal_name(c)), subject)
        if subject is None or not (self._personal_name(subject) or subject.lower_ in ("he", "she")):
            return None
        names = [t for t in span if t.pos_ == "PROPN" and t.dep_ != "compound" and t.ent_type_ not in ("DATE", "TIME") and (
            t.ent_type_ == "PERSON" or t.dep_ in SUBJECT_DEPS or self.doc[t.i - 1].pos_ == "PROPN"
        )]  # any two-word name counts as someone else, whatever the model tags it
        if len({t.lower_ for t in names}) != 1 or subject.pos_ == "PROPN" and names[0].lower_ != subject.lower_:
            return None  # one person, named as the subject (or he/she after the name)
        if names[0].lower_ in (w.lower() for w in words):
            return None  # `"We all helped Calloway ..."`: someone else speaks of the person
        return Candidate("direct", q.start, q.end, None, self.mention_span(subject), 0.6, {qi}, carried=True)

    def _after_narration_in_paragraph(self, q: QuoteSpan, qi: int, previous: Candidate | None) -> Candidate | None:
        """`He remembers the night of the floods. "We carried four hundred people that
        night."`: a first-person quotation that ends its paragraph, right after one
        sentence of the writer's that opens the paragraph, holds no quotation and has a
        "he" or "she" as its subject, is that person's (the same-paragraph form of
        `_after_introduction`). Only after an item of the paragraph before (the
        pronoun's person is the one the story is following)."""
        p_start, p_end = self.para_of(q.open_start)
        lead = self.text[p_start : q.open_start]
        if not lead.strip() or self.text[q.close_end : p_end].strip() or previous is None or previous.end < 0:
            return None
        if any(p_start <= o.open_start < q.open_start for o in self.quotes) or previous.end <= self._prev_para_start(p_start):
            return None
        span = self.char_span(p_start, q.open_start)
        sents = list(span.sents) if span is not None and len(span) else []
        if len(sents) != 1 or not sents[0].text.rstrip().endswith("."):
            return None
        root = sents[0].root
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in ("he", "she") or root.tag_ not in FINITE_TAGS:
            return None
        if not _first_person_passage(self.text[q.start : q.end]):
            return None
        return Candidate("direct", q.start, q.end, None, self.mention_span(subject), 0.6, {qi}, carried=True)

    def _prev_para_start(self, p_start: int) -> int:
        """Where the paragraph before the one starting at ``p_start`` starts (0 if none)."""
        prev = self._previous_paragraph(p_start)
        return prev[0] if prev is not None else 0

    @staticmethod
    def _personal_name(token: Token) -> bool:
        """A proper noun the model tags as a person, or a first name and surname (`Ines
        Calloway`, which the small model may tag as a place) not tagged as an
        organisation or country; tagged an organisation, it is still a person's when it
        opens on a clearly gendered first name (`Hanna Shevchuk stood outside`)."""
        if token.pos_ != "PROPN":
            return False
        if token.ent_type_ == "PERSON":
            return True
        first = next(
            (c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1), None
        )
        if first is None:
            return False
        if token.ent_type_ == "ORG":
            # the resolver's name data (imported here: resolve imports this module)
            from quotes.resolve import first_name_gender

            return first.i == token.i - 1 and first_name_gender(f"{first.text} {token.text}") is not None
        return token.ent_type_ not in ("GPE", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART")

    def _another_attribution(self, start: int, end: int) -> bool:
        """Between two quotes of one paragraph, does someone else start speaking?

        `"A," Trump said in August, referring to Kerry. "B."` continues Trump; a gap with
        a cue verb of its own, or a whole sentence naming a new subject, does not.
        """
        span = self.char_span(start, end)
        if span is None:
            return False
        sentences = 0
        for tok in span:
            if tok.idx >= end or self.in_quote(tok):
                continue
            if self.is_cue(tok) and self._finite_report(tok) and not self._subordinate_to_cue(tok):
                return True
            if tok.is_sent_start and tok.idx > start + 2 and not tok.is_punct:
                sentences += 1
        return sentences > 1

    def _subordinate_to_cue(self, verb: Token) -> bool:
        """`"A," Roe told reporters, after Vrba stated an interest in ... "B."`: a
        clause that dates or explains the cue before it (led by "after", "when",
        "because" ...) reports no new speaker; the next quote goes on with Roe."""
        return (
            verb.dep_ == "advcl"
            and self.is_cue(verb.head)
            and verb.head.i < verb.i
            and any(c.dep_ == "mark" for c in verb.children)
        )

    @staticmethod
    def _finite_report(verb: Token) -> bool:
        """A cue that makes a report of its own: finite ("said", "has said"), not an
        infinitive or a clause describing the speaker ("the only senator to endorse
        Sanders", "a documentary that showed ...")."""
        if verb.dep_ in ("relcl", "acl"):
            return False
        if verb.tag_ in ("VBD", "VBZ", "VBP"):
            return True
        return verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in verb.children)

    def _words_of_after(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`"We have been betrayed." Those were the words of Mary Kinsella, 64, ...`: a
        quoted sentence whose next sentence says whose words (verdict, message) they
        were; the one named after "of" or "from" speaks, or the subject after "With
        those words,"."""
        m = (
            WORDS_OF.match(self.text, q.close_end) or WITH_WORDS.match(self.text, q.close_end)
            or WORDS_THOSE_OF.match(self.text, q.close_end) or SO_SAID.match(self.text, q.close_end)
        )
        if m is None:
            return None
        dashed = m.re is WORDS_OF and m.group("dash") is not None
        if not dashed and not self.text[q.start : q.end].rstrip().endswith((".", "!", "?")):
            return None
        span = self.char_span(m.end(), m.end() + 1)
        if span is None or not len(span):
            return None
        tok = span[0]
        while tok.dep_ in ("compound", "det") and tok.head.i > tok.i:
            tok = tok.head  # `the line from the Harbour Board`: the body, not its article
        if not self.can_speak(tok) or self.in_quote(tok):
            return None
        if m.re is WITH_WORDS and tok.dep_ != "nsubj":
            return None  # `With those words, Moyo walked out`: the subject spoke them
        return Candidate(
            "direct", q.start, q.end, (m.start("noun"), m.end("noun")), self.mention_span(tok), 0.7, {qi}
        )

    def _foreign_cue_after(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`„Wir machen weiter“, sagte Bürgermeister Holger Brandis`: a quote closed by
        a verb of saying of its own language (`FOREIGN_SAY_VERBS`), inverted as there, is
        the words of the person named in the few words after the verb, before the
        clause ends."""
        m = FOREIGN_CUE_AFTER.match(self.text, q.close_end)
        if m is None:
            return None
        name = self._name_after_foreign_cue(m.end())
        if name is None:
            return None
        return Candidate("direct", q.start, q.end, (m.start("cue"), m.end("cue")), name, 0.7, {qi})

    def _name_after_foreign_cue(self, pos: int) -> tuple[int, int] | None:
        """The speaker's name in the few words after a foreign verb of saying at ``pos``,
        before the clause ends: a name alone before a comma, else the last capitalised
        run up to the next comma (`a affirmé the union leader, Mathilde Roux`)."""
        stop = re.search(r"[,.;:!?\n]", self.text[pos : pos + 80])
        end = pos + (stop.start() if stop else 80)
        named = FOREIGN_NAME.fullmatch(self.text[pos:end].strip()) is not None
        lead = None if named else LEADING_NAME.match(self.text, pos, end)
        if lead is not None:
            end, named = lead.end(), True  # `afirmó Quiroga en una conferencia de prensa`
        if not named and end < len(self.text) and self.text[end : end + 1] == "," and not re.match(
            r",[ \t]+(?:and|but|as|while|who|which)\b", self.text[end:]
        ):
            # (a name before the comma keeps its role after it out: `sagte Petra Lindemann,
            # Sprecherin der Initiative Weserkiez` is Lindemann, not the initiative)
            more = re.search(r"[,.;:!?\n]", self.text[end + 1 : end + 60])
            end = end + 1 + (more.start() if more else 59)
        # The name closes the phrase: its last run of capitalised words (a German
        # title is capitalised too, `Bürgermeister Holger Brandis`, so the last two).
        name = re.search(r"((?:[A-ZÀ-Þ][\w'’.-]*[ \t\u00a0]+)?[A-ZÀ-Þ][\w'’.-]*)[ \t]*$", self.text[pos:end])
        if name is None:
            return None
        start = pos + name.start(1)
        return start, start + len(name.group(1))

    def dialogue_dashes(self) -> list[Candidate]:
        """Dialogue set off by dashes instead of marks, as Spanish, Portuguese or Polish
        write it: a paragraph opening on a dash, the words, then a dash and a verb of
        saying of that language before the name (`—No es lo que pedíamos —dijo Graciela
        Moyano, secretaria general`). The words are the named person's."""
        out = []
        for m in DIALOGUE_DASH.finditer(self.text):
            if self.in_boilerplate(m.start()):
                continue
            name = self._name_after_foreign_cue(m.end())
            if name is None:
                continue
            start, end = m.start("body"), m.end("body")
            while end > start and self.text[end - 1] in " \t,":
                end -= 1
            out.append(Candidate("direct", start, end, (m.start("cue"), m.end("cue")), name, 0.7, set()))
        return out

    def _how_described_after(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`"Nobody warned us." That was how Tomas Vrba described the night.`: a quoted
        sentence followed by "That was how" and a clause of saying (`described`, `put
        it`, `summed it up`) is the words of that clause's subject."""
        m = THAT_HOW.match(self.text, q.close_end)
        if m is None or not self.text[q.start : q.end].rstrip().endswith((".", "!", "?")):
            return None
        span = self.char_span(m.end(), m.end() + 1)
        if span is None or not len(span):
            return None
        verb = span[0]
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i and verb.head.i > verb.i:
            verb = verb.head
        if not (self.is_cue(verb) or verb.lemma_.lower() in ("put", "sum")) or self.in_quote(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.idx < m.end() or not self.can_speak(subject):
            return None
        return Candidate(
            "direct", q.start, q.end, self.cue_span(verb), self.mention_span(subject), 0.7, {qi},
            cue_token=verb.i,
        )

    def _all_that_was_said_of(self, r: Candidate) -> bool:
        """A reported item read off `"Extraordinary," was all Ada Voss could say`: the
        parse makes "all" (and the quotation before it) the cue's object; the quotation
        is the item, found by the direct pass (`_all_that_was_said`)."""
        if r.type != "mixed" or r.cue is None or len(r.quote_ids) != 1:
            return False
        q = self.quotes[next(iter(r.quote_ids))]
        m = ALL_SAID.match(self.text, q.close_end)
        return m is not None and r.cue[0] >= m.end() and r.start <= q.open_start + 1

    def _all_that_was_said(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`"Extraordinary," was all Ada Voss could say`, `"Not today" was his reply`,
        `"No," was the answer from the mayor`: the quotation is the subject of a
        copula whose predicate is what someone said (the object of the saying clause after
        "all", or a noun of answering owned by the speaker). The words are that speaker's,
        and the copula is no part of them."""
        m = ALL_SAID.match(self.text, q.close_end)
        if m is not None:
            span = self.char_span(m.end(), min(len(self.text), m.end() + 120))
            if span is None:
                return None
            verb = next(
                (t for t in span if t.pos_ in ("VERB", "AUX") and self.is_cue(t) and not self.in_quote(t)), None
            )
            if verb is None or verb.lemma_.lower() in NOT_SAYING_ALL:
                return None  # (`"..." was all he had heard`: what he heard, not said)
            subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.idx >= m.end()), None)
            if subject is None:
                # (`was all the lawyer, Ada Voss, would say`: the parser may hang the
                # speaker on the copula, and the copula on the verb)
                subject = next(
                    (t for t in self.doc[span.start : verb.i] if t.dep_ in ("attr", "nsubj") and t.pos_ != "DET"),
                    None,
                )
            if subject is None or not self.can_speak(subject):
                return None
            named = next((c for c in subject.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            mention = self.mention_span(named if named is not None else subject)
            return Candidate("direct", q.start, q.end, self.cue_span(verb), mention, 0.7, {qi}, cue_token=verb.i)
        m = WAS_REPLY.match(self.text, q.close_end)
        if m is None:
            return None
        span = self.char_span(m.start("noun"), m.end("noun"))
        if span is None or not len(span):
            return None
        noun = span[-1]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            # `was the answer from the mayor`: the owner follows "from"
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "from"), None)
            owner = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if owner is None or not self.can_speak(owner) or self.in_quote(owner):
            return None
        return Candidate(
            "direct", q.start, q.end, (m.start("cue"), m.end("cue")), self.mention_span(owner), 0.7, {qi}
        )

    def _possessed_words(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`Kerr's words — "we will not be silenced" — were painted on the wall`, `the
        mayor's reply, "Absolutely not," ended it`: a quote set off in apposition to a
        noun of words (`WORDS_NOUN`) whose owner can speak is that owner's."""
        m = POSSESSED_WORDS.search(self.text, max(0, q.open_start - 40), q.open_start)
        if m is None or m.end() != q.open_start:
            return None
        after = self.text[q.close_end : q.close_end + 3].lstrip(" \t")
        if not after.startswith((",", "--", *DASHES)) and not self.text[q.start : q.end].rstrip().endswith(","):
            return None  # the apposition closes after the quote
        span = self.char_span(m.start("noun"), m.end("noun"))
        if span is None or not len(span):
            return None
        noun = span[-1]
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None or not self.can_speak(owner) or self.in_quote(owner):
            return None
        while owner.dep_ == "compound" and owner.head.i > owner.i:
            owner = owner.head
        return Candidate(
            "direct", q.start, q.end, (m.start("noun"), m.end("noun")), self.mention_span(owner), 0.7, {qi}
        )

    def _according_after(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`"The numbers do not add up," according to auditor Ada Voss.`: the source
        after the marks vouches for the quotation itself when the phrase ends the
        sentence (the reported route finds no clause outside the marks)."""
        m = ACCORDING_AFTER.match(self.text, q.close_end)
        if m is None or not self.text[q.start : q.end].rstrip().endswith((",", ".", "!", "?")):
            return None
        span = self.char_span(m.end(), m.end() + 1)
        if span is None or not len(span):
            return None
        tok = span[0]
        while tok.dep_ in ("compound", "det", "amod", "poss") and tok.head.i > tok.i:
            tok = tok.head
        named = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            tok = named  # "according to the auditor, Ada Voss": the name is the source
        elif not self.can_speak(tok, evidence=True) or self.in_quote(tok):
            return None
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl", "amod") for t in tok.rights):
            return None
        end = tok.right_edge.i + 1
        if end < len(self.doc) and self.doc[end].text not in (".", "\n") and not self.doc[end].is_space:
            return None  # `"...," according to Voss, who ...`: only a source ending the sentence
        mention = self.mention_span(self._medium_speaker(tok) or tok)
        return Candidate("direct", q.start, q.end, (m.start("cue"), m.end("cue")), mention, 0.8, {qi})

    def _dash_signature(self, q: QuoteSpan, qi: int, p_end: int) -> Candidate | None:
        """A quote followed by a line `- Name` or `— Name, title`."""
        rest = self.text[q.close_end : min(len(self.text), p_end + 200)]
        m = re.match(rf"\s*(?:\n\s*)?(?:--|[{DASHES}])\s*({_signature_name('{0,3}')})", rest)
        if not m:
            # `"..." -- the spokesman for Tellmark, Omar Haddad.`: a role first, then the
            # name closing the signature line.
            m = re.match(
                rf"\s*(?:\n\s*)?(?:--|[{DASHES}])\s*(?:the|a|an) [^\n.,]{{1,60}}, "
                rf"({_signature_name('{0,3}')})\.?[ \t]*(?:\n|$)",
                rest,
            )
        if not m:
            # `"..." — coach Ed Cole`: a lowercase role word or two before a full name
            # that closes the signature line (its own description may follow a comma).
            m = re.match(
                rf"\s*(?:\n\s*)?(?:--|[{DASHES}])[ \t]*(?:[a-z][a-z\-]+ ){{1,2}}"
                rf"({_signature_name('{1,3}')})(?:,[^\n]*)?[ \t]*(?:\n|$)",
                rest,
            )
        if not m:
            return self._bracket_signature(q, qi, rest)
        if _LABELS_A_QUOTE.match(rest, m.start(1)):
            # `- Signe Marholm, economist: "..."` on the next line: the next item of a list
            # of reactions, whose name labels its own quotation, signs nothing before it.
            return None
        # `"..." – Tarn United coach Imke Solberg`: a body's name, then a role and the
        # person's full name closing the line: the person signs.
        person = re.match(
            rf"(?: [a-z][a-z\-]+){{1,2}} ({_signature_name('{1,3}')})(?:,[^\n]*)?[ \t]*(?:\n|$)",
            rest[m.end(1) :],
        )
        if person is not None:
            name, s = person.group(1), q.close_end + m.end(1) + person.start(1)
            return Candidate("direct", q.start, q.end, None, (s, s + len(name)), 0.75, {qi})
        if _SENTENCE_GOES_ON.search(re.split(r"[,\n]", rest[m.end(1) :], maxsplit=1)[0]):
            # `- Opposition leader Anders Brevik-Lund said ...`: the dashed line is a
            # sentence of its own (a list item), not a name signing the quote above.
            return None
        name = m.group(1)
        if name.endswith(".") and len(name.split()[-1]) > 3:
            name = name[:-1]  # "― Lars Quist." ends a sentence; "Jr." keeps its period
        s = q.close_end + m.start(1)
        return Candidate("direct", q.start, q.end, None, (s, s + len(name)), 0.75, {qi})

    def _bracket_signature(self, q: QuoteSpan, qi: int, rest: str) -> Candidate | None:
        """`"The harbour is our history." (Tomas Vrba, harbour master)`: a full name in
        brackets closing the quote's line signs it, as a dash line does. Only a quoted
        sentence (a stop inside the marks) and a person's name of two to four capitalised
        words, so an agency credit ("(Reuters)", "(Harbour Press)") or a film's studio
        signs nothing."""
        if not re.search(r"[.!?]\W*$", self.text[q.start : q.end]):
            return None
        m = re.match(
            r"[ \t]*(?:\n[ \t]*)?\(([A-Z][a-z][\w.'\-]*(?: [A-Z][a-z][\w.'\-]*){1,3})(?:,[^()\n]*)?\)[ \t]*(?:\n|$)",
            rest,
        )
        if m is None:
            return None
        s = q.close_end + m.start(1)
        name = self.char_span(s, s + len(m.group(1)))
        if name is None or any(t.ent_type_ in NON_PERSON_LABELS for t in name):
            return None
        if name[-1].lower_ in CREDIT_OR_BODY_ENDINGS:
            return None  # "(Harbour Press)", "(Paramount Pictures)": a body's credit
        return Candidate("direct", q.start, q.end, None, (s, s + len(m.group(1))), 0.7, {qi})

    def quoted_complements(self) -> list[Candidate]:
        """`called Trump a "pathological liar"`, `referred to Rubio as "a bright leader"`:
        a quotation that is the predicate of an object is a mixed item.

        The verb that frames the object need not be a speech verb ("rated it "True"",
        "dismissing them as part of the "Washington cartel""): the marks say someone
        used the words, and the frame says about whom. The content runs from the object
        to the end of the quotation's sentence; the verb's subject speaks.
        """
        out = []
        for qi, q in enumerate(self.quotes):
            if self.in_boilerplate(q.open_start):
                continue
            inner = self.char_span(q.start, q.end)
            if inner is None:
                continue
            head = inner.root
            labelled = self._label_read_as_object(head, q)
            if labelled is not None:
                verb = labelled
            elif (
                # `likened the crisis to "a slow-motion car crash"`: the likeness given
                head.dep_ == "pobj"
                and head.head.lower_ == "to"
                and head.head.head.lemma_.lower() in ("liken", "compare")
                and not self.in_quote(head.head)
            ):
                verb = head.head.head
            elif head.dep_ == "oprd":
                verb = head.head
            elif head.dep_ in ("pobj", "amod") and head.head.lower_ == "as" and not self.in_quote(head.head):
                # (`as "unfit to sail"`: an adjective the parser hangs on "as" as a modifier)
                verb = head.head.head
                if verb.dep_ in ("dobj", "pobj") and verb.pos_ in ("NOUN", "PROPN", "PRON"):
                    verb = verb.head if verb.dep_ == "dobj" else verb.head.head
                verb = self._past_relative_clause(verb, head.head)
            else:
                continue
            if verb.pos_ not in ("VERB", "AUX") or verb.i >= head.i or self.in_quote(verb):
                continue
            if self._so_called(verb):
                continue  # `the so- called "special relationship"`: a scare quote
            obj = self._framed_object(verb, q)
            passive = None
            if obj is None and self._names_its_noun(verb):
                passive = verb.head  # `a book called "X"`: the noun is what is named
            if obj is None and passive is None:
                passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
                if passive is None:
                    continue
            subject = self.subject_of(verb) if passive is None else None
            mention = self.mention_span(subject) if subject is not None else None
            if mention is None and passive is None:
                continue
            start = obj.left_edge.idx if obj is not None else passive.left_edge.idx
            if passive is not None:
                mention = None
                if passive.i == verb.head.i:
                    # `she is writing a book called "X"`, `both oppose a formula called
                    # "Y"`: whoever acts on the named thing is who the item is about.
                    actor = self._actor_on(passive)
                    mention = self.mention_span(actor) if actor is not None else None
                else:
                    # `the plan was called "reckless" by Greta Roe`: the by-phrase of the
                    # passive names who used the words
                    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
                    named = _agent_object(agent) if agent is not None else None
                    late = self._late_agent(head) if agent is None else None
                    if late is not None:
                        # `was described as "a disaster" by the union's head, Gwen Alder`:
                        # the parser hangs the agent on the quoted noun
                        named = self._name_after_comma(late) or late
                    # ("described by inspectors as": `_plural_agent`)
                    mention = (
                        self.mention_span(named)
                        if named is not None and (self.can_speak(named) or _plural_agent(named))
                        else None
                    )
            end = self._mixed_end(q, verb)
            # The quoted predicate's own phrase bounds the content: a relative clause on
            # it stays (`a "paperwork error" that was reported ...`), the verb's later
            # modifiers and a new clause do not (`a "clown" on his radio show`,
            # `a "nice guy" and he didn't ...`).
            last = max(self._phrase_end(head), q.close_end)
            end = min(end, last) if last > q.start else end
            if passive is not None and self._late_agent(head) is not None:
                end = q.close_end  # the agent after the marks is no part of the words
            if self.text[q.start : q.end].rstrip().endswith(",") or self.text[q.close_end : q.close_end + 1] == ",":
                end = q.close_end  # `called China "expansionist," accusing it of ...`
            if end <= start or mention and start <= mention[0] < end:
                continue
            confidence = 0.6 if mention else 0.4
            # Every quotation inside the content is part of it (`a "paperwork error" in a
            # "hit piece"`), not a direct quote of its own.
            qids = {qi} | self._quote_ids(start, end)
            out.append(Candidate("mixed", start, end, self.cue_span(verb), mention, confidence, qids, verb.i))
        return out

    def _past_relative_clause(self, verb: Token, as_word: Token) -> Token:
        """`praised Tomas Vrba, who ended his bid on Saturday, as "a man who ..."`: the
        parser hangs the "as" phrase on the relative clause's verb, but a comma-led "as"
        right after that clause closes is the frame of the verb whose object the clause
        describes."""
        antecedent = verb.head
        if (
            verb.dep_ == "relcl"
            and self.doc[as_word.i - 1].text == ","
            and verb.lemma_.lower() not in lexicon.CUE_LEMMAS
            and antecedent.dep_ == "dobj"
            and antecedent.head.pos_ == "VERB"
            and self.doc[verb.left_edge.i - 1].text == ","
        ):
            return antecedent.head
        return verb

    def _actor_on(self, noun: Token) -> Token | None:
        """The subject of the verb whose object (or object's prepositional object) is
        ``noun``: `shared a syllabus for a class called "X"` -> who shared it."""
        node = noun
        for _ in range(3):
            if node.dep_ == "dobj" and node.head.pos_ == "VERB":
                subject = self.subject_of(node.head)
                return subject if subject is not None and self.can_speak(subject) else None
            if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
                node = node.head.head
                continue
            return None
        return None

    @staticmethod
    def _phrase_end(head: Token) -> int:
        """Where ``head``'s phrase ends, leaving out a verb the parse conjoined to it:
        in `called it "shameful" and called on leaders ...` the second verb is the
        speaker's next act, hung on the adjective by a misparse."""
        cut = {
            t.i
            for c in head.rights
            if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
            for t in c.subtree
        }
        cut |= {c.i for c in head.rights if c.dep_ == "cc" and cut and c.i < min(cut)}
        rest = [t for t in head.subtree if t.i not in cut]
        last = max(rest, key=lambda t: t.i)
        return last.idx + len(last)

    @staticmethod
    def _names_its_noun(verb: Token) -> bool:
        """`a website called "X"`, `the spot titled "Y,"`: a naming participle on a noun."""
        return (
            verb.dep_ == "acl"
            and verb.tag_ == "VBN"
            and verb.head.pos_ == "NOUN"
            and verb.lemma_.lower() in lexicon.NAMING_PARTICIPLES
        )

    def _label_read_as_object(self, head: Token, q: QuoteSpan) -> Token | None:
        """`branded the budget "a con trick"`, `labelled the scheme "unworkable"`: after a
        verb of labelling the parser may read the quoted label as a second object, or as
        an adjective on the object it follows, or hang it on the object as an apposition
        (`labelled the budget "a con"`), an object of its own (`branded the pay offer
        "derisory"`) or its predicate (`labelled the record-keeping "chaotic"`). Either way
        it is the object's predicate (as the `oprd` of "called X "Y"" is): returns the
        labelling verb."""
        if head.dep_ == "dobj" and head.head.dep_ != "dobj":
            verb = head.head
            if not any(c.dep_ == "dobj" and c.i < head.i and c.idx < q.open_start for c in verb.children):
                return None
        elif head.dep_ in _LABEL_ON_OBJECT and head.head.dep_ == "dobj" and head.head.i < head.i:
            verb = head.head.head
            if head.head.right_edge.i < head.i or head.head.idx >= q.open_start:
                return None
        else:
            return None
        return verb if verb.lemma_.lower() in lexicon.LABELLING_VERBS and verb.pos_ == "VERB" else None

    def _framed_object(self, verb: Token, q: QuoteSpan) -> Token | None:
        """The object a quotation is said of: "called [him] ...", "referred to [Rubio] as".

        Only "refer" takes it through "to": "introduced to cheers as" names no object."""
        for child in verb.rights:
            if child.idx >= q.open_start:
                break
            if child.dep_ == "dobj" and not self.in_quote(child):
                return child
            if child.dep_ == "prep" and child.lower_ == "to" and verb.lemma_.lower() == "refer":
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and not self.in_quote(pobj):
                    return pobj
        return None

    # -- reported speech ---------------------------------------------------------

    def reported_candidates(self, used_cues: set[int]) -> list[Candidate]:
        out: list[Candidate] = []
        passives: list[Candidate] = []
        for tok in self._trigger_tokens():
            # Read once: every access looks the string up in the vocabulary anew, and a
            # trigger goes through up to twenty of the tests below.
            lower, lemma, dep, pos = tok.lower_, tok.lemma_.lower(), tok.dep_, tok.pos_
            if lower == "according" and tok.i + 1 < len(self.doc) and not self.in_boilerplate(tok.idx):
                cand = self._according_to(tok)
                if cand:
                    out.append(cand)
                continue
            if lower == "per" and tok.i > 0 and self.doc[tok.i - 1].lower_ == "as" and tok.i + 1 < len(self.doc):
                # "As per the official, the work will end in May": South Asian English
                # for "according to", taken only with a source that can speak.
                pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
                if pobj is not None and self.can_speak(pobj) and not self.in_boilerplate(tok.idx):
                    cand = self._according_to(self.doc[tok.i - 1], "per")
                    if cand:
                        out.append(cand)
                continue
            if lower == "per" and self._sourcing_per(tok):
                # "The port will close in May, per Ada Ruiz", "Per a statement from the
                # union, ...": American news shorthand for "according to".
                cand = self._according_to(tok, "per", tok)
                if cand:
                    out.append(cand)
                continue
            if lower in lexicon.HEARSAY_ADVERBS and dep == "advmod" and not self.in_boilerplate(tok.idx):
                cand = self._hearsay(tok)
                if cand:
                    out.append(cand)
                continue
            if dep == "attr" and lemma in lexicon.PARTISAN_NOUNS:
                cand = self._partisan_of(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            if lower == "to" and dep == "prep":
                cand = self._to_whom(tok)  # "To Ruiz, the pier is a relic": Ruiz's view
                if cand is not None:
                    out.append(cand)
                continue
            if dep == "pobj" and lemma in lexicon.VIEW_NOUNS and tok.head.lower_ == "in":
                cand = self._in_view(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            if pos == "NOUN" and dep == "ROOT" and lemma in lexicon.SPEECH_VERBS:
                cand = self._verb_read_as_noun(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            if dep == "dobj" and lemma in lexicon.RECEIVED_STANCES:
                cand = self._received_stance(tok)  # "the plan drew criticism from unions"
                if cand is not None:
                    out.append(cand)
                    continue
            if pos == "NOUN" and lower in ("show", "shows"):
                cand = self._records_show(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            if pos == "NOUN" and lemma in lexicon.NOUN_CUE_LEMMAS:
                cand = self._noun_cue(tok)
                if cand is not None:
                    out.append(cand)
                continue
            if dep == "amod" and lemma in lexicon.STANCE_ADJECTIVES:
                cand = self._postnominal_stance(tok)  # "voters wary of the deal"
                if cand is not None:
                    out.append(cand)
                continue
            if dep == "amod" and lemma in lexicon.SELF_LABELS:
                cand = self._self_described(tok)
                if cand is not None:
                    out.append(cand)
                continue
            if tok.i in used_cues or self.in_boilerplate(tok.idx):
                continue
            if self._speakers_allegiance(tok) or self._cannot_seem(tok):
                continue
            if lower == "whether":
                cand = self._whether_object(tok)
                if cand is not None:
                    out.append(cand)
                continue
            if lower == "that":
                cand = self._that_clause(tok, used_cues)
                if cand is not None:
                    out.append(cand)
                continue
            if (dep == "acomp" or self._seemed_with_clause(tok)) and (
                pos == "ADJ" or tok.tag_ == "VBN" and lemma in lexicon.BELIEF_PASSIVES
            ):
                # ("is convinced that ...": the participle read as an adjective)
                cand = self._attitude_adjective(tok)
                if cand is not None:
                    out.append(cand)
                    continue
            cand = None
            if pos == "VERB" and lemma in lexicon.JUDGEMENT_PASSIVES:
                cand = self._judged(tok)  # "was widely seen as a threat": the whole clause
            if cand is None and pos == "VERB" and lemma in lexicon.DISCLOSED_PASSIVES:
                cand = self._disclosed_by(tok)  # "the move was first reported by the Courier"
            if cand is None and pos == "VERB" and lemma in lexicon.FRAME_LEMMAS:
                cand = self._framed(tok)  # "described X as Y": the frame's slot first
            if cand is None and pos == "VERB" and lemma in lexicon.FINDING_VERBS:
                cand = self._poll_finding(tok)  # "the poll found Ruiz with a lead of 4 points"
            if cand is None and self.is_cue(tok):
                cand = self._reported(tok)
                if cand is None:
                    cand = self._closing_attribution(tok)
            if (
                cand is None
                and pos == "VERB"
                and lemma in PASSIVE_OBJECT_LEMMAS
                and not self._person_sought(tok)
                and not self._quoted_description(tok)
            ):
                # "The proposal was rejected by 64 percent of voters", "Cruz was endorsed by
                # Fiorina": what a verb of taking sides takes as object is the subject of
                # its passive, and the agent took the side.
                passive = self._disclosed_by(tok, person=True)
                if passive is not None:
                    passives.append(passive)
                continue
            if cand is not None:
                out.append(cand)
        # A subject that holds a report of its own ("Berlin's pledge to add troops was
        # welcomed by its allies") keeps that report: one item per stretch of text, and
        # the inner one names its speaker.
        return out + [p for p in passives if not any(p.start <= o.start and o.end <= p.end for o in out)]

    def _quoted_description(self, verb: Token) -> bool:
        """`The decision was described by Ruth Amsel as "a grave mistake"`: a passive
        whose as-phrase or predicate is quoted is one item, the quotation's (see
        `quoted_complements`); its subject is what the words describe, no second item."""
        # (the parser may hang the as-phrase on the agent: `welcomed by unions as "a
        # step forward"`)
        agents = [p for c in verb.rights if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        return any(
            (c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as")
            and any(self.in_quote(t) for t in c.subtree)
            for c in [*verb.rights, *(r for a in agents for r in a.rights if r.dep_ == "prep")]
        )

    @staticmethod
    def _person_sought(verb: Token) -> bool:
        """ "Thabo Ruskin is wanted by three clubs", "she is wanted by police": a person
        wanted is sought (signed, arrested), not a view the agent holds; only what a verb
        of intent wants that is no person ("a wall is wanted by most voters") is one."""
        return verb.lemma_.lower() in lexicon.INTENT_VERBS and any(
            c.dep_ == "nsubjpass" and (c.ent_type_ == "PERSON" or c.lower_ in ("he", "she", "they", "i", "we", "you"))
            for c in verb.children
        )

    @staticmethod
    def _speakers_allegiance(verb: Token) -> bool:
        """`"We need the ferry," said Ada Voss, who supports the mayor`, `Ines Ruiz, who
        has endorsed Vrba, told reporters ...`: a relative clause of allegiance on the
        speaker of a speech verb (or on a noun set beside the speaker) introduces the
        speaker, as a title would; it is no report of its own (on PolNeAR train 21 of 25
        such items are not annotated)."""
        if verb.dep_ != "relcl" or verb.lemma_.lower() not in lexicon.ALLEGIANCE_VERBS:
            return False
        owner = verb.head
        while owner.dep_ in ("appos", "conj") and owner.head.i != owner.i:
            owner = owner.head
        return owner.dep_ == "nsubj" and owner.head.lemma_.lower() in lexicon.SPEECH_VERBS

    @staticmethod
    def _cannot_seem(verb: Token) -> bool:
        """"He just can't seem to win them over", "you cannot seem to be campaigning":
        "can't seem to" says that someone is unable to do a thing, not how anything
        seems to anybody ("didn't seem to make sense" still does)."""
        return verb.lemma_.lower() in ("seem", "appear") and _unable(verb)

    def _self_described(self, part: Token) -> Candidate | None:
        """ "Sanders, a self-described democratic socialist": the label is the bearer's own.

        Only where the phrase describes someone named beside it (an apposition, or the
        predicate of "be"): "the self-described socialist said" names nobody else, and
        PolNeAR leaves it unannotated. The content runs from the label's first word to
        its noun, without a relative clause after it.
        """
        doc = self.doc
        if part.i < 2 or doc[part.i - 1].text not in ("-", "‑") or doc[part.i - 2].lower_ != "self":
            return None
        noun = part.head
        if noun.i <= part.i or self.in_quote(part) or self.in_boilerplate(part.idx):
            return None
        if any(c.dep_ == "det" and c.lower_ not in ("a", "an") for c in noun.children):
            return None  # "the self-described socialist said": a name for someone, no claim
        top = noun
        while top.dep_ == "conj" and top.head.i != top.i:
            top = top.head
        owner = None
        if top.dep_ == "appos" and top.head.pos_ in ("PROPN", "PRON"):
            owner = top.head
        elif top.dep_ == "attr" and top.head.lemma_ == "be":
            owner = self.subject_of(top.head)
        elif not any(c.dep_ == "det" for c in noun.children) and top.i == noun.i:
            return None  # "support from self-described conservatives": a class of voters
        if owner is not None and not self.can_speak(owner):
            owner = None
        if owner is None and top.dep_ == "appos":
            # "Sen. Ann Roe, D-Vt., a self-described ...": the parse lost the apposition's
            # head; the last person named before it in the sentence bears the label.
            people = [e for e in part.sent.ents if e.label_ == "PERSON" and e.end <= part.i]
            owner = people[-1].root if people else None
        start, end = doc[part.i + 1].idx, noun.idx + len(noun)
        if self._quote_ids(start, end):
            return None
        cue = (doc[part.i - 2].idx, part.idx + len(part))
        mention = self.mention_span(owner) if owner is not None else None
        return Candidate("indirect", start, end, cue, mention, 0.6 if mention else 0.4, set(), None)

    def _trigger_tokens(self) -> list[Token]:
        """The tokens that can start a reported item, picked from the lemma and lower-case
        arrays: building a Token object for every word of an article cost more than all
        the rules run on the few that matter."""
        hashes = _trigger_hashes()
        # (one to_array call: each costs far more than its few columns)
        arr = self.doc.to_array([LEMMA, LOWER, DEP, ORTH])
        hit = hashes_in(arr[:, 0], hashes) | hashes_in(arr[:, 1], hashes)
        hit |= arr[:, 2] == self.doc.vocab.strings["acomp"]  # "is hopeful that ..."
        hit |= arr[:, 2] == self.doc.vocab.strings["oprd"]  # "seemed unconvinced that ..."
        hit |= self._fronted_to(arr[:, 3])  # "To Ruiz, the plan is ..."
        return [self.doc[i] for i in numpy.flatnonzero(hit).tolist()]

    def _fronted_to(self, orth: numpy.ndarray) -> numpy.ndarray:
        """Where a sentence may open on a "To" phrase: "To" itself, or "to" right after an
        opening "But", "And" or "Yet" ("To many, he is a hero. But to others, ...")."""
        strings = self.doc.vocab.strings
        hit = orth == strings["To"]
        after = numpy.zeros_like(hit)
        after[1:] = hashes_in(orth[:-1], _OPENING_CONJUNCTIONS) & (orth[1:] == strings["to"])
        return hit | after

    @staticmethod
    def _physical_act(verb: Token) -> bool:
        """"answered the door", "pointed to the exit", "expressed milk", "recalled 40,000
        vans", "stood by her side": the object (or the noun after "to", "at", "towards",
        "for" or "by") gives the verb a sense in which nothing is said."""
        lemma = verb.lemma_.lower()
        if lemma == "deny" and any(
            c.dep_ in ("dobj", "dative") and c.ent_type_ == "PERSON" and c.pos_ == "PROPN" for c in verb.children
        ):
            return True  # "denied Garland a hearing", "denied Ruiz with a late save": withheld, not said
        if lemma in lexicon.HAVING_VERBS and any(c.dep_ == "dobj" for c in verb.children):
            return True  # "the town boasts two harbours": has, not brags (that is "boast of/that")
        if lemma in ("deny", "charge") and Extractor._double_object(verb):
            # "denied his party the victory", "charging students $300 a term": with two
            # objects the verb gives or withholds something; what is said is one object.
            return True
        if lemma == "tell" and any(c.lower_ == "apart" for c in verb.children):
            return True  # "can tell the two kits apart": telling one from another
        if lemma == "point" and _points_at_place(verb):
            return True  # "pointing out where the old mill stood": a place shown, not a claim
        if lemma == "tell" and Extractor._discerning_tell(verb):
            return True
        if lemma == "tell" and any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.TOLD_NON_SPEECH for c in verb.children):
            return True  # "the clock tells the time": reading, not saying
        objects = lexicon.NON_SPEECH_OBJECTS.get(lemma)
        if not objects:
            return False
        if lemma == "recall" and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children):
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            # A company name of one word is too often a person the model tags as a body.
            named_org = subject is not None and subject.ent_type_ == "ORG" and subject.ent_iob_ == "I"
            if subject is not None and (
                named_org
                or subject.lemma_.lower() in lexicon.RECALLING_MAKERS
                or any(c.lemma_.lower() in lexicon.RECALLING_MAKERS for c in subject.children if c.dep_ == "compound")
            ):
                return True  # "Carmaker Veltro recalled its vans": a product recall
        if lemma == "call" and any(
            c.dep_ == "oprd" or c.dep_ == "ccomp" and c.lemma_.lower() not in objects for c in verb.children
        ):
            return False  # "called the police a disgrace": naming them, not phoning them
        if lemma == "call" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lexicon.CONVENED_EVENTS for c in verb.children
        ):
            return True  # "called a strike": convening it (not an election: `lexicon.CONVENED_EVENTS`)
        for child in verb.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in objects:
                return True
            if child.dep_ == "ccomp" and child.pos_ == "NOUN" and child.lemma_.lower() in objects:
                return True  # "confirmed her booking online": the noun misread as a clause
            if child.dep_ == "prep" and child.lower_ in ("to", "at", "towards", "toward", "for", "by") and any(
                c.dep_ == "pobj" and c.lemma_.lower() in objects for c in child.children
            ):
                return True
            if (
                child.dep_ == "xcomp"
                and child.lemma_.lower() in objects
                and not any(c.dep_ == "auxpass" for c in verb.children)
            ):
                return True  # "nurses reported to work" ("is reported to work on ..." is said)
        return False

    @staticmethod
    def _agent_holding_charge(verb: Token) -> list[Token]:
        """ "was accused by prosecutors of hiding money": the parser hangs the charge on
        the agent's noun. Only a gerund charge counts ("by members of the board" is the
        agent's own phrase)."""
        return [
            pobj
            for agent in verb.children
            if agent.dep_ == "agent"
            for pobj in agent.children
            if pobj.dep_ == "pobj"
            and any(
                p.dep_ == "prep" and p.lower_ == "of" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in p.children)
                for p in pobj.rights
            )
        ]

    @staticmethod
    def _example_say(verb: Token) -> bool:
        """ "A small town, say Tarn, could not afford it": a bare "say" before a
        singular subject does not agree with it, so it is the imperative that offers an
        example; the inverted cue after a clause agrees ("..., say critics", "..., says
        Tarn")."""
        if verb.lower_ != "say" or verb.tag_ not in ("VB", "VBP"):
            return False
        return any(
            c.dep_ in SUBJECT_DEPS
            and c.i > verb.i
            and c.tag_ in ("NNP", "CD")
            and c.ent_type_ not in ("ORG", "NORP")  # "..., say Labour": a body agrees as a plural
            and not any(d.dep_ == "conj" for d in c.children)
            for c in verb.children
        )

    @staticmethod
    def _discerning_tell(verb: Token) -> bool:
        """ "You could tell that the players were tired", "nobody can tell whether it
        works": "can/could tell" with nobody told is to discern, not to say; told to
        someone ("I can tell you that ...") it reports."""
        if not any(c.dep_ == "aux" and c.lower_ in ("can", "could", "ca") for c in verb.children):
            return False
        return not any(c.dep_ in ("dative", "dobj", "iobj") for c in verb.children)

    @staticmethod
    def _double_object(verb: Token) -> bool:
        """An indirect object and a direct one: "denied him a hearing", "charged them $5"."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative") and c.i > verb.i]
        return len(objects) >= 2

    def _mute_indicator(self, verb: Token) -> bool:
        """`The lopsided spending underscores their outsized role`, `the endorsement may
        signal an opening`: an indicating verb whose subject is a thing that can neither
        speak nor serve as evidence reports no one's view, only that the thing makes
        something evident (`lexicon.INDICATING_VERBS`). A speaker ("Ruiz underscored the
        risk") or a source of evidence ("the poll underscores ...") still reports."""
        if verb.lemma_.lower() not in lexicon.INDICATING_VERBS:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = verb.head  # "an upset that exposes weaknesses": the upset exposes
        if subject is None or subject.pos_ != "NOUN" or not subject.is_lower or self.can_speak(subject, evidence=True):
            return False  # (a capitalised "noun" is most often a name the tagger missed)
        return subject.lemma_.lower() not in lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS | lexicon.TEXT_SOURCES

    def _event_sees(self, verb: Token) -> bool:
        """`a wave year that saw the party take over the council`, `the election saw turnout
        fall`: "see" with a time or an event for subject (`lexicon.SEEING_TIMES`) and a
        bare clause after it tells what happened then, not what anyone perceived or thinks
        (`voters saw the party take over`, `polls see Ortiz winning` still report)."""
        if verb.lemma_.lower() not in lexicon.EVENT_SEEING:
            return False
        if not any(
            c.dep_ == "ccomp" and c.tag_ in ("VB", "VBG", "VBN") and not any(m.dep_ == "mark" for m in c.children)
            for c in verb.children
        ):
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.lower_ in ("that", "which") and verb.dep_ == "relcl":
            subject = verb.head  # "a year that saw ...": the year saw
        if subject is None:
            return False
        return subject.lemma_.lower() in lexicon.SEEING_TIMES or subject.ent_type_ == "DATE" or (
            subject.lower_ in lexicon.CALENDAR_WORDS
        )

    def _framed(self, verb: Token) -> Candidate | None:
        """Content in the slot of an attitude frame ("expected to win", "talked about X")."""
        if self.in_quote(verb) or self._right_after_quote(verb) or self._physical_act(verb):
            return None
        if self._non_speech_phrasal(verb) or self._mute_indicator(verb):
            return None
        lemma = verb.lemma_.lower()
        particle = lexicon.PHRASAL_PARTICLES.get(lemma)
        if (
            particle is not None
            and lemma not in lexicon.CUE_LEMMAS
            and not any(c.dep_ == "prt" and c.lower_ == particle for c in verb.children)
        ):
            return None  # "laid a wreath" is no "laid out a plan"
        objects = lexicon.FRAME_OBJECTS.get(lemma)
        if objects is not None and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in objects for c in verb.children
        ):
            return None  # "took a bus to Paris" is no "took a swipe at Paris"
        for child in verb.children:
            if child.i < verb.i:
                continue
            key = (lemma, child.dep_ if child.dep_ != "prep" else f"prep:{child.lower_}")
            if child.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "as" for m in child.children):
                key = (lemma, "prep:as")  # "sees him as captured by ...": parsed as a clause
            if child.dep_ == "dobj" and (lemma, "prep:as") in lexicon.CONTENT_FRAMES and _cast_within(child):
                key = (lemma, "prep:as")  # "see the plan as unfair", "as" hung on the object
            if key not in lexicon.CONTENT_FRAMES and key not in lexicon.NO_SOURCE_FRAMES:
                continue
            if child.dep_ == "prep":
                slot = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if slot is None and key[1] == "prep:as":
                    slot = next((c for c in child.rights if c.pos_ == "ADJ"), None)  # "as most unfair"
            else:
                slot = child
            if slot is None or self.in_quote(slot) and slot.dep_ != "ccomp" and not self._quoted_head_of_phrase(slot):
                continue
            if slot.dep_ in ("oprd", "acomp") and any(c.dep_ == "ccomp" for c in slot.rights):
                continue  # "appeared confident (that) ...": the adjective's clause is said
            if key[1] == "prep:for" and slot.ent_type_ in ("DATE", "TIME"):
                continue  # "argued for three days": how long, not what for
            if key == ("expect", "xcomp") and self._says_what(slot):
                continue  # "is expected to say that ...": the speech verb's own report
            if (
                slot.dep_ == "dobj"
                and lemma in lexicon.EVIDENCE_VERBS
                and slot.lemma_.lower() in lexicon.NOUN_CUE_LEMMAS
            ):
                continue  # "showed a deep reluctance to X": the noun's own slot says it
            span = self._without_occasion(slot, self._with_complements(verb, slot, self.clause_span(slot)))
            if not (key[1].startswith("prep:") and slot.pos_ == "PRON"):
                # "bragged about it to voters", "asked about them in April": a pronoun
                # takes no phrase of its own, so what follows it tells to whom, when or
                # where, not more of what was talked about (PolNeAR spans the bare "it").
                span = self._trailing(verb, span)
            if span is not None and key[1] == "prep:as":
                span = self._with_cast_object(verb, child, span)
            cand = self._reported_from(verb, span, 0.6)
            if cand is None:
                continue
            if cand.mention is not None and key in lexicon.CONTENT_FRAMES:
                return cand
            if key in lexicon.NO_SOURCE_FRAMES and self._passive(verb):
                return cand  # "is expected to win": an attribution with no source
        return None

    def _quoted_head_of_phrase(self, slot: Token) -> bool:
        """`decried the "cowards and profiteers who run the port"`: an object noun inside
        marks whose phrase opens outside them (a determiner or possessor before the
        quotation) is a quoted fragment of the object, a mixed content, not a quotation
        standing for the whole slot."""
        first = slot.left_edge
        return slot.dep_ == "dobj" and first.i < slot.i and not self.in_quote(first) and not is_quote_token(first.text)

    def _says_what(self, verb: Token) -> bool:
        """A speech verb with a clause of its own: "(expected) to say that the alliance must
        spend more". Such a verb reports by itself, so the frame around it gives way."""
        return verb.lemma_.lower() in lexicon.SPEECH_VERBS and any(c.dep_ == "ccomp" for c in verb.children)

    def _with_cast_object(self, verb: Token, as_word: Token, span: tuple[int, int]) -> tuple[int, int]:
        """ "sees the campaign as unfair": the thing cast is part of the view.

        PolNeAR takes object and "as" phrase together (about 24 more of 240 such frames
        on train match that way, one fewer matches the "as" phrase alone).
        """
        obj = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < as_word.i), None)
        if obj is None or self.in_quote(obj) or obj.left_edge.idx >= span[0]:
            return span
        if any(t.is_punct and t.text in ",;:" for t in self.doc[obj.right_edge.i + 1 : as_word.i]):
            return span
        return obj.left_edge.idx, span[1]

    def _that_clause(self, mark: Token, used_cues: set[int]) -> Candidate | None:
        """A that-clause after a verb outside the cue lists, with a speaker for subject.

        "The department calculates that ...", "he allowed that ...", "it dawned on her
        that ...": a complement clause opened by "that" is what someone holds or says,
        whatever the verb, once its subject can speak. The cue lists cannot name every
        such verb (most turn up once or twice in a corpus); the few whose that-clause is
        a result or a condition are in ``lexicon.NON_REPORTING_THAT_VERBS``.
        """
        clause = mark.head
        if mark.dep_ == "mark" and clause.left_edge.i == mark.i:
            made = self._made_clear(clause)
            if made is not None:
                return made
        if mark.dep_ != "mark" or clause.dep_ != "ccomp" or clause.left_edge.i != mark.i:
            return None
        verb = clause.head
        noun = self._noun_before_that(verb, mark)
        if noun is None:
            noun = self._noun_subject_of_be(verb, mark)
        if noun is None:
            noun = self._noun_of_agent_participle(verb, mark)
        if noun is not None:
            return self._misattached_noun_clause(noun, verb, clause)
        lemma = verb.lemma_.lower()
        if (
            verb.pos_ != "VERB"
            or not verb.is_alpha
            or verb.i > mark.i
            or verb.i in used_cues
            or lemma in lexicon.CUE_LEMMAS
            or lemma in lexicon.FRAME_LEMMAS
            or lemma in lexicon.NON_REPORTING_THAT_VERBS
            or self.in_quote(verb)
            or self.in_quote(clause)
        ):
            return None
        if not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in clause.children):
            return None  # "a campaign that had little firepower": a relative clause
        if any(t.lower_ in ("so", "such", "now", "given") for t in self.doc[verb.i : mark.i]):
            return None  # "so many walked out that ...", "now that ...": a result, a time
        subject = self.subject_of(verb)
        if subject is None or not self.can_speak(subject):
            return None
        return self._reported_from(verb, self.clause_span(clause), 0.5)

    def _poll_finding(self, verb: Token) -> Candidate | None:
        """What a poll or a study finds, given as an object with its predicate: "the poll
        found Ruiz with a lead of four points", "polls show Vrba up by ten", "a survey
        put her support at 5 percent", "the poll had him at 4 percent". The object and
        what follows it are the finding (a small clause, not a that-clause, so the cue
        rules see only a name); the poll is its source. Bare objects count after "find"
        alone ("the survey found 90 percent support for the ban"): "the poll has a margin
        of error of three points" is the writer describing the poll (13+3 right, 4 wrong
        on PolNeAR train)."""
        if self.in_quote(verb) or self.in_boilerplate(verb.idx):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if subject is None or obj is None or obj.pos_ == "PRON" and obj.lower_ not in ("him", "her", "them"):
            return None
        source = verb.head if subject.lower_ in ("which", "that") and verb.dep_ == "relcl" else subject
        if source.lemma_.lower() not in lexicon.EVIDENCE_SOURCES | lexicon.POLL_NOUNS:
            return None
        after = [c for c in verb.rights if c.i > obj.i and c.dep_ in FINDING_COMPLEMENTS]
        if not after and verb.lemma_.lower() != "find":
            return None
        end = max([obj.right_edge.i, *(c.right_edge.i for c in after)])
        tokens = [t for t in self.doc[obj.left_edge.i : end + 1] if not t.is_space]
        while tokens and (tokens[-1].is_punct and not is_quote_token(tokens[-1].text)):
            tokens.pop()
        if len(tokens) < 2 or any(self.in_quote(t) for t in tokens):
            return None
        start, stop = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        return Candidate("indirect", start, stop, self.cue_span(verb), self.mention_span(source), 0.5, set(), verb.i)

    def _whether_object(self, word: Token) -> Candidate | None:
        """An indirect question as the object of a preposition on a verb or adjective:
        "voters are split on whether the pier should close", "the board deadlocked on
        whether to act", "she equivocated on whether ...", "he was skeptical about whether
        ...". The question is what is disputed, weighed or doubted (14 of 16 new items on
        PolNeAR train); the verb's subject, when it can speak, holds it. A preposition
        before its head ("over whether X, officials were allowed ...") is a misparse, and
        nouns have their own frames (`WH_NOUNS`: "questions about whether ...")."""
        prep = self.doc[word.i - 1] if word.i else None
        if prep is None or prep.dep_ != "prep" or word.head.head.i != prep.i:
            return None
        if word.head.dep_ not in ("pcomp", "pobj") or word.dep_ != "mark" and word.head.i != word.i:
            return None
        verb = prep.head
        if verb.pos_ not in ("VERB", "AUX", "ADJ") or verb.i > prep.i:
            return None
        if self.in_quote(word) or self.in_boilerplate(word.idx):
            return None
        if verb.pos_ == "ADJ":
            verb = verb.head
        span = self.clause_span(word.head)
        if span is not None:
            span = (word.idx, span[1])  # PolNeAR keeps "whether" in the question
        cand = self._reported_from(verb, span, 0.5)
        if cand is None:
            return None
        cand.cue = (self.cue_span(verb)[0], prep.idx + len(prep))
        if cand.mention is None:
            # "voters are split on whether ...": the passive's subject is the one split
            split = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
            if split is not None and self.can_speak(split):
                cand.mention = self.mention_span(split)
        return cand

    def _made_clear(self, clause: Token) -> Candidate | None:
        """ "She made it clear that the pier stays": what the subject made clear.

        The parser hangs the that-clause on "clear" (an adverbial clause), which itself
        is the complement of "make", so neither verb route sees it; "it is clear that"
        (the writer's own judgement) has no "make" and stays out.
        """
        adj = clause.head
        # ("made clear that X" without "it" often parses X as a subject clause of "clear")
        if clause.dep_ not in ("advcl", "ccomp", "csubj") or adj.lemma_.lower() not in lexicon.MADE_CLEAR:
            return None
        verb = adj.head
        if adj.dep_ not in ("ccomp", "oprd", "acomp", "xcomp") or verb.lemma_.lower() != "make":
            return None
        if self.in_quote(verb) or self.in_quote(clause):
            return None
        subject = self.subject_of(verb)
        if subject is None or not self.can_speak(subject):
            return None
        return self._reported_from(verb, self.clause_span(clause), 0.6)

    def _noun_before_that(self, verb: Token, mark: Token) -> Token | None:
        """`stood by his comment Monday that "..."`, `challenged over his statement on
        Wednesday that ...`: a reporting noun right before "that", with at most a date
        between, whose clause the parser hung on the verb instead of the noun."""
        if verb.i > mark.i:
            return None
        for tok in reversed(self.doc[max(verb.i + 1, mark.i - 10) : mark.i]):
            if tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.NOUN_CUES:
                head = tok.head if tok.dep_ == "dobj" else tok.head.head
                return tok if tok.dep_ in ("dobj", "pobj") and head.i == verb.i else None
            if tok.pos_ not in ("PROPN", "ADP", "NUM") and tok.ent_type_ != "DATE" and not (
                self._in_of_phrase(tok, mark) and tok.pos_ in ("DET", "ADJ", "NOUN")
            ):
                return None
        return None

    @staticmethod
    def _noun_of_agent_participle(verb: Token, mark: Token) -> Token | None:
        """`A claim made by Ann Roe that the river was polluted`: the parser hangs the
        that-clause on the participle, but a participle with its agent that describes a
        reporting noun leaves the clause to the noun (whose author the agent names)."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i > mark.i:
            return None
        noun = verb.head
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lexicon.NOUN_CUES:
            return None
        return noun if any(c.dep_ == "agent" and c.i < mark.i for c in verb.children) else None

    @staticmethod
    def _in_of_phrase(tok: Token, mark: Token) -> bool:
        """`the contention of former secretary of state Ann Roe that ...`: ``tok`` is in
        an "of" phrase naming whose the noun before it is, which runs up to "that"."""
        for anc in tok.ancestors:
            if anc.dep_ == "prep" and anc.lower_ == "of":
                return anc.i < tok.i < mark.i
        return False

    def _noun_subject_of_be(self, verb: Token, mark: Token) -> Token | None:
        """`The senator's answer was that ...`, `His message is that ...`: a reporting or
        quoting noun as the subject of "be" holds the that-clause after it."""
        if verb.lemma_ != "be" or verb.i > mark.i or self.in_quote(verb):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN":
            return None
        lemma = subject.lemma_.lower()
        return subject if lemma in lexicon.NOUN_CUES or lemma in lexicon.QUOTING_NOUNS else None

    def _noun_owner(self, noun: Token, of_phrase: bool = True) -> Token | None:
        """Whose a reporting noun is: its possessor ("her claim"), else a named "of"
        phrase ("the claim of Ann Roe"; ``of_phrase``), else a name modifying it."""
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        if owner is None:
            preps = ("by", "from", *HOLDER_PREPS)
            owner = self._of_owner(noun, ("of", *preps) if of_phrase else preps)
        return owner if owner is not None else self._modifier_owner(noun)

    def _modifier_owner(self, noun: Token) -> Token | None:
        """Who a reporting noun belongs to when no possessive says so: a name as its
        modifier ("Republican calls for ...", "the Obama calls for ...") or the subject
        of a light verb in a relative clause on it ("the promise she has made is ...")."""
        for c in noun.lefts:
            if c.dep_ in ("compound", "amod") and c.ent_type_ in ("PERSON", "ORG", "NORP") and not self.in_quote(c):
                return c
        for c in noun.rights:
            if c.dep_ == "relcl" and c.lemma_.lower() in lexicon.LIGHT_VERBS:
                subject = next((s for s in c.children if s.dep_ == "nsubj"), None)
                if subject is not None and subject.tag_ not in ("WDT", "WP") and self.can_speak(subject):
                    return subject
        return None

    def _of_owner(self, noun: Token, preps: tuple[str, ...]) -> Token | None:
        """`the contention of Ann Roe that ...`, `the claim of the ministry that ...`: a
        named speaker in an "of" phrase of a reporting noun holds what it reports; so
        does one in a "by" or "from" phrase, its author (`the announcement by Ann Roe
        that ...`, `warnings from Ann Roe that ...`, `the proposal by Ann Roe to ...`,
        where "of" would be what is proposed)."""
        of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in preps), None)
        if of is None and "by" in preps:
            # `a claim made by Ann Roe that ...`, `the warning issued by the ministry`:
            # the agent of a participle on the noun is its author too.
            made = next((c for c in noun.rights if c.dep_ == "acl" and c.tag_ == "VBN"), None)
            of = next((c for c in made.children if c.dep_ == "agent"), None) if made is not None else None
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if pobj is None or self.in_quote(pobj):
            return None
        if pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.pos_ == "PROPN":
            return pobj
        if of.lower_ in ("by", "from", *HOLDER_PREPS) and pobj.pos_ == "NOUN" and self._personal(pobj):
            # `an allegation from his former partner that ...`, `the suggestion by a
            # senior minister that ...`, `concern among economists that ...`: an author
            # or holder needs no name ("of" would be the theme).
            return pobj
        if of.lower_ == "by" and _plural_agent(pobj) and not self.in_quote(pobj):
            return pobj  # `a warning by coastguards that ...`
        return None

    @staticmethod
    def _verb_over_container(noun: Token) -> Token | None:
        """The verb above a phrase that holds a reporting noun: "issued a statement of
        concern about", "were making many of the same arguments", "had nothing but
        praise for", "veered close to an admission that", "made several statements,
        including a call for": the object or adverb the noun's preposition hangs on
        is the verb's, and the verb's subject holds the noun."""
        tok = noun
        for _ in range(2):
            if tok.dep_ != "pobj" or tok.head.dep_ != "prep":
                return None
            holder = tok.head.head
            if holder.dep_ not in ("dobj", "advmod") or holder.pos_ not in ("NOUN", "PRON", "ADV", "ADJ"):
                return None
            if holder.head.pos_ in ("VERB", "AUX") and holder.head.i < holder.i:
                return holder.head
            tok = holder
        return None

    def _shared_subject_before(self, verb: Token) -> Token | None:
        """`Kasich offered him a job, then says he'll welcome advice`, `He pledged to
        create jobs and cast doubt on the rate, suggested that ...`: with a predicate
        before it and no "and", the parser made the earlier clause a complement of the
        subjectless speech verb. When the verb has its own clause after it, the earlier
        one is no content: it is a coordinated predicate, and its subject speaks."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.dep_ != "ROOT" or self.in_quote(verb):
            return None
        before = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
        after = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i and c.pos_ in ("VERB", "AUX")]
        if len(before) != 1 or not after or before[0].tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        if sum(c.dep_ == "nsubj" for c in after[0].children) > 1:
            return None  # "..., said a spokesman, Oleg Roe, who ...": the speaker follows
        if any(self.in_quote(t) for t in (before[0], before[0].left_edge)):
            return None
        subject = next((c for c in before[0].children if c.dep_ == "nsubj" and c.i < before[0].i), None)
        return subject if subject is not None and self.can_speak(subject) else None

    def _copular_owner(self, noun: Token) -> Token | None:
        """`Ruiz's first post was a measured comment about ...`, `her takeaway is a belief
        that ...`, `the editorial is a defense of ...`: a reporting noun predicated of a
        subject belongs to the subject's possessor, or to a subject that can speak
        itself; a bare pointer ("it was a concern") names nobody."""
        verb = noun.head
        if verb.lemma_.lower() != "be":
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self.in_quote(subject):
            return None
        poss = next((c for c in subject.children if c.dep_ == "poss"), None)
        if poss is not None:
            return poss if self.can_speak(poss) else None
        named = subject.ent_type_ in ("PERSON", "ORG", "NORP")
        if named or subject.pos_ == "NOUN" and self.can_speak(subject, evidence=True):
            return subject
        return None  # ("Implicit in his rise was the idea that": a capital the model guessed at)

    def _personal(self, noun: Token) -> bool:
        """A common noun that names who could speak: a person or group noun, kin ("his
        wife"), or one with a name in apposition ("his partner, Ines Calloway,")."""
        if self.can_speak(noun) or noun.lemma_.lower() in lexicon.KIN_NOUNS:
            return True
        return any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in noun.children)

    def _misattached_noun_clause(self, noun: Token, verb: Token, clause: Token) -> Candidate | None:
        """The that-clause of a reporting noun the parser gave to the verb: what the
        noun's possessor (or else the verb's subject) said."""
        span = self.clause_span(clause)
        if span is None or span[1] - span[0] < 8:
            return None
        owner = self._noun_owner(noun)
        if owner is None:
            owner = self.subject_of(verb)
        if owner is not None and owner.i == noun.i:
            owner = None  # `The promise was that ...`: the noun is no speaker of itself
        mention = self.mention_span(owner) if owner is not None else None
        qids = self._quote_ids(*span)
        cue = (noun.idx, noun.idx + len(noun))
        kind = "mixed" if qids else "indirect"
        return Candidate(kind, span[0], span[1], cue, mention, 0.6 if mention else 0.4, qids, None)

    @staticmethod
    def _seemed_with_clause(adj: Token) -> bool:
        """`appeared unconvinced (that) the threat had passed`: after "seem"/"appear" the
        parser makes the adjective a predicative object (oprd), not an acomp. Only an
        adjective with a clause of its own counts: "seemed eager to leave" is the writer's
        impression, and "appear more attractive the more ..." a comparison."""
        return (
            adj.dep_ == "oprd"
            and adj.head.lemma_.lower() in lexicon.COPULAR_VERBS
            and adj.tag_ == "JJ"
            and any(c.dep_ == "ccomp" for c in adj.rights)
            and not any(c.dep_ == "advmod" and c.lower_ in ("more", "less", "most", "least") for c in adj.children)
        )

    def _attitude_adjective(self, adj: Token) -> Candidate | None:
        """A clause after a predicative adjective whose subject can hold it.

        "Her allies are hopeful that ...", "they aren't sure they've cracked it", "he
        was adamant that ...": a state of mind with its content, whatever the adjective,
        once the subject is a person or a group (not "it is clear that ...").
        """
        verb = adj.head
        clause = next((c for c in adj.rights if c.dep_ == "ccomp"), None) or next(
            (c for c in verb.rights if c.dep_ == "ccomp" and c.i > adj.i), None
        )
        if clause is None and adj.lemma_.lower() in lexicon.INTENT_ADJECTIVES:
            clause = next(
                (
                    c
                    for c in adj.rights
                    if c.dep_ == "xcomp" and _has_to(c)
                ),
                None,
            )  # "eager to prove her critics wrong"
        if clause is None and adj.lemma_.lower() in lexicon.STANCE_ADJECTIVES:
            return self._stance_object(adj)
        if adj.lemma_.lower() in lexicon.COLON_PREDICATES:
            # "The minister was blunt: there will be no new taxes": the colon, not a
            # clause of the adjective's, brings what was said.
            colon = self._colon_after_manner(adj)
            if colon is not None:
                return colon
        if clause is None or self.in_quote(clause) or self.in_quote(adj):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ in ("it", "this", "that"):
            return None
        if not self.can_speak(subject):
            return None
        cand = self._reported_from(verb, self.clause_span(clause), 0.5)
        if cand is not None:
            cand.cue = (self.cue_span(verb)[0], adj.idx + len(adj))
        return cand

    def _colon_after_manner(self, adj: Token) -> Candidate | None:
        """`The minister was blunt: there will be no new taxes this year.`, `Reyes was
        clear about one thing: her side had been outplayed.`: someone who can speak, said
        to be plain about it, and a colon closing that predicate: the clause after the
        colon (to the end of its sentence, on the same line) is what they said. A
        statement noun as subject ("Her message was simple:") is a reporting noun's
        colon (`_after_colon`); "it"/"the answer was clear:" is the writer's verdict; a
        quotation after the colon is found from its marks."""
        verb = adj.head
        if verb.lemma_ != "be" or adj.dep_ != "acomp" or self.in_quote(adj) or self.in_boilerplate(adj.idx):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.lower_ in ("it", "this", "that", "there", "what", "which"):
            return None
        if subject.lemma_.lower() in lexicon.COLON_NOUNS or subject.lemma_.lower() in lexicon.NOUN_CUE_LEMMAS:
            return None
        if any(c.dep_ == "neg" for c in verb.children) or not self.can_speak(subject):
            return None
        doc = self.doc
        # ("clear about one thing:": a short phrase of what about may come between)
        colon = next(
            (t.i for t in doc[adj.i + 1 : min(adj.i + 6, verb.sent.end)] if t.is_punct or t.pos_ in ("VERB", "AUX")),
            None,
        )
        if colon is None or colon + 1 >= len(doc) or doc[colon].text != ":" or self.in_quote(doc[colon]):
            return None
        first = doc[colon + 1]
        if first.is_space or first.is_punct or self.in_quote(first):
            return None
        words = [t for t in doc[colon + 1 : first.sent.end] if not t.is_space]
        while words and words[-1].is_punct and not self.in_quote(words[-1]):
            words.pop()
        if len(words) < 3 or not any(t.tag_ in FINITE_TAGS for t in words):
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if "\n" in self.text[start:end]:
            return None
        cand = self._reported_from(verb, (start, end), 0.6)
        if cand is not None:
            cand.cue = (self.cue_span(verb)[0], adj.idx + len(adj))
        return cand

    def _stance_object(self, adj: Token) -> Candidate | None:
        """The object of a stance adjective's preposition: "Republicans have been critical
        of her email use", "voters are wary of free trade". The speaker holds a view on
        that object, and the gold takes the object as the content."""
        verb = adj.head
        if verb.lemma_.lower() not in lexicon.COPULAR_VERBS:
            return None
        prep = next((c for c in adj.rights if c.dep_ == "prep" and c.lower_ in lexicon.STANCE_PREPS), None)
        if prep is None:
            # "others were wary, if not opposed, to campaigning with him": the parser
            # hangs the preposition on the copula, after the adjective
            prep = next(
                (c for c in verb.rights if c.dep_ == "prep" and c.i > adj.i and c.lower_ in lexicon.STANCE_PREPS), None
            )
            if prep is not None and any(
                c.dep_ == "pobj" and c.lemma_.lower() in lexicon.NOUN_CUE_LEMMAS for c in prep.children
            ):
                prep = None  # "vocal in their criticism of X": the noun's own frame says it
        slot = prep and next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if slot is None or self.in_quote(adj) or self.in_quote(slot):
            return None
        subject = self.subject_of(verb)
        if subject is None or not self.can_speak(subject):
            return None
        cand = self._reported_from(verb, self.clause_span(slot), 0.5)
        if cand is not None:
            cand.cue = (self.cue_span(verb)[0], adj.idx + len(adj))
        return cand

    def _postnominal_stance(self, adj: Token) -> Candidate | None:
        """A stance adjective after the noun it describes, with its object: "voters wary of
        the deal", "Sanders, fully supportive of Calloway", "a senator uneasy with the
        plan". A reduced "who is critical of ...": the noun holds the view on the object,
        as for `_stance_object`. Only a noun that can speak ("a book critical of the
        system" is the writer's description)."""
        noun = adj.head
        if noun.i > adj.i or noun.pos_ not in ("NOUN", "PROPN") or not self.can_speak(noun):
            return None
        if self.in_quote(adj) or self.in_boilerplate(adj.idx):
            return None
        prep = next((c for c in adj.rights if c.dep_ == "prep" and c.lower_ in lexicon.STANCE_PREPS), None)
        slot = prep and next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if slot is None or self.in_quote(slot):
            return None
        span = self.clause_span(slot)
        if span is None or any(t.pos_ == "VERB" and self.is_cue(t) for t in slot.subtree):
            return None  # "angry about the fees and unions who said ...": a report of its own
        cue = (adj.idx, prep.idx + len(prep))
        return Candidate("indirect", span[0], span[1], cue, self.mention_span(noun), 0.5, set(), adj.i)

    def _partisan_of(self, noun: Token) -> Candidate | None:
        """The "of" object of a side taken after "be": "Ines Calloway is a vocal advocate
        of the toll", "Vrba was an early backer of Calloway". The subject holds the side
        and the object is what it is held on, as for "critical of" (`_stance_object`); a
        relative clause on the object ("the toll, which ...") is the writer's gloss."""
        verb = noun.head
        if verb.lemma_ != "be" or self.in_quote(noun) or self.in_boilerplate(noun.idx):
            return None
        prep = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = prep and next((c for c in prep.children if c.dep_ == "pobj"), None)
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if obj is None or subject is None or self.in_quote(obj) or not self.can_speak(subject):
            return None
        gloss = {t.i for c in obj.rights if c.dep_ == "relcl" for t in c.subtree}
        # "a supporter of NATO and of its allies": a coordinated "of" phrase hangs on the first
        tokens = [t for t in prep.subtree if t.i > prep.i and t.i not in gloss]
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens.pop()
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1])
        cue = (self.cue_span(verb)[0], prep.idx + len(prep))
        return Candidate("indirect", start, end, cue, self.mention_span(subject), 0.5, set(), noun.i)

    def _in_view(self, noun: Token) -> Candidate | None:
        """A clause introduced by "in X's view", "in the eyes of X" or "in a poll": the
        clause is what the view or the poll holds ("In Ada Voss's view, the pier must
        close"; "In the latest poll, Voss leads by four points"; "In the words of one
        official, the plan is ...")."""
        prep = noun.head
        head = prep.head
        aside = self._comma_aside(prep)
        if aside and head.pos_ in ("NOUN", "PROPN", "PRON") and head.dep_ in ("nsubj", "nsubjpass"):
            head = head.head  # "The port, in Ada Ruiz's view, must ...": hung on the subject
        if prep.dep_ != "prep" or head.pos_ not in ("VERB", "AUX") or head.i < prep.i and not aside:
            return None
        if head.lemma_.lower() in lexicon.CUE_LEMMAS or self.in_quote(noun) or self.in_boilerplate(noun.idx):
            return None
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects:
            return None
        if not aside and head.i > prep.i and any(c.left_edge.i < prep.i for c in subjects) and head.dep_ != "relcl":
            # "Her lead over Ruiz in a poll last month has evaporated": a phrase inside
            # the subject, not set off, says where the lead was found, not that the poll
            # holds the sentence (a relative clause's "which in his view has grown" has no
            # such subject).
            return None
        span = self.clause_span(head, exclude=prep, bridge=aside)
        if span is None or span[1] - span[0] < 8:
            return None
        span = self._after_fronted_source(prep, subjects, span)
        source = next((c for c in noun.children if c.dep_ == "poss"), None)
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        if source is None and of is not None:
            source = next((c for c in of.children if c.dep_ == "pobj"), None)
        if source is None and noun.lemma_.lower() in lexicon.POLL_NOUNS:
            source = noun
        if source is None and noun.lemma_.lower() in lexicon.SOURCED_VIEW_NOUNS:
            return None  # "In other words, ...", "in a word": the writer rephrasing
        qids = self._quote_ids(*span)
        # `In the words of one shopkeeper, "the high street is dying"`: a clause wholly
        # in marks is the source's own words, a direct quotation as after "according to".
        kind = self._report_kind(span[0], span[1], qids)
        cue = (prep.idx, noun.idx + len(noun))
        mention = self.mention_span(source) if source is not None else None
        return Candidate(kind, span[0], span[1], cue, mention, 0.6, qids, noun.i)

    def _to_whom(self, prep: Token) -> Candidate | None:
        """A sentence opening on "To <someone>," holds that someone's view: "To Ada Voss,
        the pier is a relic", "To many, the vote was a warning", "To them, it signals a
        new phase". Only people (a person's name, a people's name, a personal pronoun,
        "many", "some", "most") count: "To date, ...", "To the shock of the board, ...",
        "To Ruiz's credit, ..." hold no one's view, and a verb of saying after it makes
        the phrase its hearer ("To reporters, Ruiz said ..."). On PolNeAR train every such
        sentence opening on a name is annotated (5 of 5), none of them found before."""
        opening = prep.is_sent_start or prep.i > 0 and self.doc[prep.i - 1].is_sent_start and self.doc[prep.i - 1].dep_ == "cc"
        if not opening or self.in_quote(prep) or self.in_boilerplate(prep.idx):
            return None
        whom = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if whom is None or not self._viewer(whom):
            return None
        after = prep.right_edge.i + 1
        head = prep.head
        if after >= len(self.doc) or self.doc[after].text != "," or head.i <= after:
            return None
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() in lexicon.CUE_LEMMAS:
            return None
        if head.lemma_.lower() in TO_ARGUMENT_VERBS:
            return None  # `To Iowa, Trump brought his message`: where it went, no view
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")]
        if not subjects:
            return None
        span = self.clause_span(head, exclude=prep)
        if span is None or span[1] - span[0] < 8:
            return None
        span = self._after_fronted_source(prep, subjects, span)
        qids = self._quote_ids(*span)
        kind = "mixed" if qids else "indirect"
        return Candidate(kind, span[0], span[1], (prep.idx, prep.idx + len(prep)), self.mention_span(whom), 0.6, qids, prep.i)

    @staticmethod
    def _viewer(token: Token) -> bool:
        """Whether the object of a fronted "To" is someone who can hold a view: a name
        (out of context the tagger often calls a surname a body: "To Sharp, ...") that is
        not a date, a work or an event, a people's name, or a personal pronoun."""
        if token.pos_ == "PROPN" and token.ent_type_ in ("PERSON", "NORP", "ORG", "GPE", ""):
            return True
        if token.ent_type_ == "NORP":
            return True
        return token.lower_ in ("him", "her", "them", "me", "us", "many", "some", "most", "others")

    def _after_fronted_source(self, prep: Token, subjects: list[Token], span: tuple[int, int]) -> tuple[int, int]:
        """`In a Courier poll last month, Ruiz had a 10-point lead`: the words between a
        fronted source phrase and the comma that closes it (the poll's date, which the
        parser hangs on the verb) belong to the source; the content starts after it."""
        first = min(c.left_edge.i for c in subjects)
        if prep.i > first:
            return span
        comma = next((t for t in self.doc[prep.right_edge.i + 1 : first] if t.text == ","), None)
        if comma is None or comma.i + 1 >= len(self.doc) or comma.idx < span[0]:
            return span
        if any(self.in_quote(t) for t in self.doc[prep.right_edge.i + 1 : comma.i]):
            return span
        return (max(span[0], self.doc[comma.i + 1].idx), span[1])

    def _comma_aside(self, prep: Token) -> bool:
        """A phrase set off by commas, or by a comma and the sentence's end: `The port,
        in her view, must ...`, `... must stay public, in her view.`"""
        left, right = prep.left_edge.i, prep.right_edge.i
        while right > prep.i and self.doc[right].is_punct:
            right -= 1  # the comma after the phrase may hang on it
        before = self.doc[left - 1].text if left > 0 else ""
        after = self.doc[right + 1].text if right + 1 < len(self.doc) else ""
        return before == "," and after in (",", ".", "!", "?", ";")

    def _judged(self, verb: Token) -> Candidate | None:
        """An agentless passive judgement: "the case was widely seen as a threat".

        Nobody is named, but the sentence reports a view held by others, and the gold
        takes the whole clause, its subject included, as what is held.
        """
        if verb.tag_ != "VBN" or verb.dep_ not in ("ROOT", "conj", "ccomp"):
            return None
        if self.in_quote(verb):
            return None
        deps = {c.dep_ for c in verb.children}
        if "auxpass" not in deps or "nsubjpass" not in deps or "agent" in deps:
            return None
        if not any(c.dep_ == "oprd" or c.dep_ == "prep" and c.lower_ == "as" for c in verb.rights):
            return None
        late = self._agent_after_as(verb)
        if late is not None:
            return late
        span = self.clause_span(verb)
        if span is None or span[1] - span[0] < 8:
            return None
        start, end = span
        qids = self._quote_ids(start, end)
        kind = "mixed" if qids else "indirect"
        return Candidate(kind, start, end, self.cue_span(verb), None, 0.5, qids, verb.i)

    def _agent_after_as(self, verb: Token) -> Candidate | None:
        """`The bill was described as "a disaster" by the union's head, Gwen Alder`: the
        parser hangs the "by" after the as-phrase on its noun, but it is the passive's
        agent, who does the describing (as in `was described by Alder as ...`). The
        as-phrase up to "by" is what was said; the agent speaks."""
        prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        source = self._late_agent(obj) if obj is not None else None
        if source is None:
            return None
        speaker = self._name_after_comma(source) or source
        if not self.can_speak(speaker):
            return None
        by = source.head
        start, end = obj.left_edge.idx, self.doc[by.i - 1].idx + len(self.doc[by.i - 1])
        if end - start < 8:
            return None
        qids = self._quote_ids(start, end)
        kind = "mixed" if qids else "indirect"
        return Candidate(kind, start, end, self.cue_span(verb), self.mention_span(speaker), 0.6, qids, verb.i)

    def _late_agent(self, noun: Token) -> Token | None:
        """The object of a "by" the parser hung on the noun of a passive's as-phrase or
        predicate (`described as a disaster by Gwen Alder`), the passive's agent."""
        by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
        if by is None or self.in_quote(by):
            return None
        return next((c for c in by.children if c.dep_ == "pobj"), None)

    def _name_after_comma(self, noun: Token) -> Token | None:
        """`by the head of the union, Gwen Alder`: a person's name in apposition right
        after the phrase's comma (the parser may hang it elsewhere) names the one meant."""
        end = noun.right_edge.i
        if end + 2 >= len(self.doc) or self.doc[end + 1].text != ",":
            return None
        ent = self._entity_at(end + 2)
        if ent is None or ent.label_ != "PERSON" or ent.start != end + 2:
            return None
        return ent.root

    def _received_stance(self, noun: Token) -> Candidate | None:
        """The subject of a stance received from a named source: "The plan drew sharp
        criticism from unions", "Mr. Cruz won the endorsement of the governor".

        The source holds the stance (criticises, endorses) and the subject is what it is
        held on, so the subject is the content and the source the speaker. Only with the
        source named by "from"/"of" and no figure in the stance ("won 20 percent support
        from Latinos" is a poll share), and never for a pronoun subject. A figure in the
        source is a share of people who hold the stance: "drew the support of 41 percent
        of voters", "received support from six in 10 Democrats" (4 of 4 on PolNeAR train,
        none found before).
        """
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in lexicon.RECEIVING_VERBS or noun.i < verb.i:
            return None
        if self.in_quote(verb) or self.in_boilerplate(verb.idx):
            return None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ == "PRON" or subject.i > verb.i:
            return None
        prep = next(
            (c for c in (*noun.rights, *verb.rights) if c.dep_ == "prep" and c.lower_ in ("from", "of") and c.i > noun.i),
            None,
        )
        source = prep and next((c for c in prep.children if c.dep_ == "pobj"), None)
        if source is None or any(t.like_num and prep not in t.ancestors for t in noun.subtree):
            return None
        return self._subject_as_content(subject, verb, noun.idx + len(noun), source)

    def _disclosed_by(self, verb: Token, person: bool = False) -> Candidate | None:
        """The subject of an agentive passive of making news public: "The meeting was
        first reported by the Courier", "Her death was confirmed by the family".

        The agent made the subject known, so the subject is the content and the agent
        its source. There is no clause to report, so the general cue rule finds nothing
        (or "the Courier" alone); a pronoun subject ("it was reported by", "which was
        revealed by") is left alone, as is a time in the agent slot ("confirmed by now").
        With ``person`` (verbs of taking sides) "he"/"she" is the person the side is
        taken on ("He is backed by 34% of voters", "he was criticized by libertarians":
        3 of 3 on PolNeAR train); "I", "they", "who", "which" stay out (4 of 16).
        """
        if verb.tag_ != "VBN" or self.in_quote(verb):
            return None
        if not any(c.dep_ == "auxpass" for c in verb.children) or _reported_as_saying(verb):
            return None  # (`Ada Ruiz was reported by the Courier as saying ...`: Ruiz speaks)
        subject = next((c for c in verb.children if c.dep_ == "nsubjpass" and c.i < verb.i), None)
        agent = next((c for c in verb.rights if c.dep_ == "agent"), None)
        if subject is None or agent is None or subject.pos_ == "PRON" and not (person and subject.lower_ in ("he", "she")):
            return None
        source = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if source is None or source.ent_type_ in ("DATE", "TIME") or source.lower_ in lexicon.TIME_AGENTS:
            return None
        return self._subject_as_content(subject, verb, agent.idx + len(agent), source)

    def _subject_as_content(self, subject: Token, verb: Token, cue_end: int, source: Token) -> Candidate | None:
        """The item of `_received_stance` and `_disclosed_by`: the subject's phrase is
        what was said, the cue runs from the verb to ``cue_end``, ``source`` speaks."""
        span = self.clause_span(subject)
        if span is None or self.in_quote(subject):
            return None
        start, end = span
        qids = self._quote_ids(start, end)
        kind = "mixed" if qids else "indirect"
        cue = (self.cue_span(verb)[0], cue_end)
        return Candidate(kind, start, end, cue, self.mention_span(source), 0.6, qids, verb.i)

    @staticmethod
    def _passive(verb: Token) -> bool:
        """"is expected", "a group known as": a passive or a past participle on a noun."""
        return verb.tag_ == "VBN" and (
            verb.dep_ == "acl" or any(c.dep_ == "auxpass" for c in verb.children)
        )

    @staticmethod
    def _extraposed_that(host: Token, aside: Token) -> Token | None:
        """The that-clause after an aside that an extraposed "it" stands for ("It is not
        true, as some say, that ..."), if the host has one; or the that-clause a subject
        before the aside is equated with (`The case, as outlined by Ada Voss, is that the
        ledger was forged`, or `... is to sell the pier`: what Voss set out is the
        clause, not the noun "case")."""
        equated = host.lemma_.lower() == "be" and any(
            c.dep_ == "nsubj" and c.i < aside.i for c in host.children
        )
        if not equated and not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in host.children):
            return None
        return next(
            (
                c
                for c in host.children
                if c.i > aside.i
                and (
                    c.dep_ == "ccomp" and _has_that(c)
                    # `The plan, as outlined by Ada Voss, is to sell the pier`: the
                    # infinitive the subject is equated with is what Voss set out
                    or equated and c.dep_ == "xcomp" and c.tag_ == "VB" and _has_to(c)
                )
            ),
            None,
        )

    def _writers_hedge(self, verb: Token) -> bool:
        """ "It is fair to say the plan failed", "it's too soon to say whether ...": a
        to-infinitive of saying under a hedging adjective of an extraposed "it" is the
        writer's own framing, and "it" is nobody who spoke (none of the 4 such items on
        PolNeAR train is annotated)."""
        if (
            verb.tag_ != "VB"
            or verb.dep_ != "xcomp"
            or verb.lemma_.lower() not in lexicon.HEDGED_SAYING
            or not _has_to(verb)
        ):
            return False
        head = verb.head
        if head.dep_ in ("acomp", "advmod") and head.pos_ in ("ADJ", "ADV"):
            hedges, be = [head], head.head
        else:
            hedges, be = [c for c in head.children if c.dep_ == "acomp"], head
        if not any(a.lemma_.lower() in lexicon.HEDGE_ADJECTIVES for a in hedges):
            return False
        # "it's": the lemmatiser sometimes leaves a curly "'s" as its own lemma
        return (be.lemma_.lower() == "be" or be.lower_ in ("'s", "\u2019s")) and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children
        )

    @staticmethod
    def _open_question(verb: Token) -> bool:
        """"It remains to be seen whether ...", "only time will tell if ...": the writer
        leaving a question open; nobody is seen or tells anything (neither idiom is
        annotated on PolNeAR train)."""
        lemma = verb.lemma_.lower()
        if lemma == "tell":
            return any(c.dep_ == "nsubj" and c.lemma_.lower() == "time" for c in verb.children)
        if lemma != "see" or verb.tag_ != "VBN" or verb.head.lemma_.lower() != "remain":
            return False
        return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in verb.head.children)

    @staticmethod
    def _goes_without_saying(verb: Token) -> bool:
        """"It goes without saying that the roads were closed": the writer stating the
        obvious; the gerund after "goes without" has no speaker, and the that-clause is
        the writer's own sentence."""
        if verb.lemma_.lower() != "say" or verb.tag_ != "VBG" or verb.i < 2:
            return False
        without, go = verb.doc[verb.i - 1], verb.doc[verb.i - 2]
        return without.lower_ == "without" and go.lemma_.lower() == "go"

    @staticmethod
    def _rephrasing(verb: Token) -> bool:
        """"The tax applies to large firms, that is to say firms with over 250 staff": the
        writer restating the sentence in other words. "That" is nobody who spoke and what
        follows is no report."""
        if verb.lemma_.lower() != "say" or verb.tag_ != "VB" or verb.i < 3:
            return False
        to, be, that = verb.doc[verb.i - 1], verb.doc[verb.i - 2], verb.doc[verb.i - 3]
        return (
            to.lower_ == "to"
            and be.lower_ in ("is", "was")
            and that.lower_ in ("that", "this")
            and that.head.i == be.i
            and verb.head.i == be.i
        )

    @staticmethod
    def _writers_advice(verb: Token) -> bool:
        """"Trump may want to check his figures", "investors might want to think twice":
        "may/might want to" is the writer's advice to the subject, not a wish reported of
        it (on PolNeAR train 5 of 6 such items are unannotated). "States that may not want
        to pay" is a guess at what they want, and stays."""
        return (
            verb.lemma_.lower() in lexicon.ADVISED_VERBS
            and any(c.dep_ == "aux" and c.lower_ in lexicon.ADVICE_MODALS for c in verb.children)
            and not any(c.dep_ == "neg" for c in verb.children)
        )

    @staticmethod
    def _writers_reminder(verb: Token) -> bool:
        """ "It may be recalled that ...", "it must be noted that ...": a modal passive
        with an empty "it" is the writer reminding the reader, not anyone's report."""
        return (
            verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "aux" and c.lower_ in lexicon.REMINDER_MODALS for c in verb.children)
            and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in verb.children)
        )

    def _past_line_label(self, span: tuple[int, int]) -> tuple[int, int]:
        """`Claim: "...," Tomas Vrba said`: a one-word heading with a colon that opens the
        line labels it; what was said starts after it."""
        if span[0] > 0 and self.text[span[0] - 1] != "\n":
            return span
        m = LINE_LABEL.match(self.text, span[0], span[1])
        return (m.end(), span[1]) if m is not None and m.end() < span[1] else span

    def _line_label(self, verb: Token) -> bool:
        """ "Claim: ...", "Revealed: ...": a cue word that opens its line, with a colon
        right after it and no subject, is a heading that labels the line (a fact check's
        claim, a headline), not someone's report; a quotation on the line carries its
        own attribution (`Claim: "...," Arne Fossum said`)."""
        line_start = verb.idx == 0 or self.text[verb.idx - 1] == "\n"
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        return (
            line_start
            and nxt is not None
            and nxt.text == ":"
            and nxt.idx == verb.idx + len(verb)
            and not _has_subject(verb)
        )

    def _reported(self, verb: Token) -> Candidate | None:
        if verb.right_edge.i - verb.left_edge.i >= CLAUSE_MAX_TOKENS:
            return None  # no sentence end in sight: the parse of such a run is no clause
        lemma = verb.lemma_.lower()
        if self._physical_act(verb):
            return None  # "charged a fee of four pounds": no "of" charge either
        if self._mute_indicator(verb) or self._event_sees(verb):
            return None
        if self._example_say(verb):
            return None
        if (
            lemma in lexicon.PERCEPTION_INFINITIVES
            and verb.tag_ == "VB"
            and _has_to(verb)
        ):
            return None  # "waiting to see if he would run": finding out, not holding a view
        if self._writers_hedge(verb) or self._writers_reminder(verb) or self._writers_advice(verb):
            return None
        if self._open_question(verb) or self._rephrasing(verb) or self._goes_without_saying(verb):
            return None
        if self._line_label(verb):
            return None
        if self._appeal_to_anyone(verb):
            return None
        if lemma == "find" and self._finds_oneself(verb):
            return None
        cleft = self._pseudo_cleft_clause(verb)
        if cleft is not None:
            return self._reported_from(verb, self.clause_span(cleft), 0.8)
        if lemma == "make":
            # "made it clear she would not resign": with no "that" to start the clause
            # (the that-clause route), the clause on "clear" is found from the verb.
            for adj in verb.children:
                if adj.lemma_.lower() in lexicon.MADE_CLEAR:
                    clause = next(
                        (c for c in adj.rights if c.dep_ in ("advcl", "ccomp") and not any(m.dep_ == "mark" for m in c.children)),
                        None,
                    )
                    if clause is not None:
                        return self._made_clear(clause)
        closing = self._closing_cue_read_as_content(verb)
        if closing is not None:
            # `The general said the city had fallen, Tass reported.`: what the general
            # said stops at the comma before the closing source
            inner, comma = closing[1], closing[2]
            span = self.clause_span(inner)
            if span is not None:
                span = (span[0], min(span[1], self.doc[comma - 1].idx + len(self.doc[comma - 1])))
            return self._reported_from(verb, span, 0.8)
        if self._closing_conjunct_speaker(verb) is not None:
            # `The convoy was turned back, the UN's envoy, Ines Roe, said on X`: the
            # sentence before the speaker's phrase is what was said.
            first = verb.head.left_edge
            return self._reported_from(verb, (first.idx, verb.idx), 0.75)
        if verb.dep_ == "ccomp" and verb.head.i < verb.i:
            outer = self._closing_cue_read_as_content(verb.head)
            if outer is not None and outer[0].i == verb.i:
                # ... and the closing source reports the whole sentence before its comma
                start, comma = verb.sent.start, outer[2]
                last = self.doc[comma - 1]
                return self._reported_from(verb, (self.doc[start].idx, last.idx + len(last)), 0.75)
        content_head = None
        clauses = [
            c for c in verb.children
            if c.dep_ in CONTENT_DEPS and c.lower_ != "clear"
            or lemma in lexicon.SPEECH_VERBS and _that_read_as_adverbial(c, verb)
        ]
        host = self._quoted_as_host(verb)
        if not clauses and host is not None:
            # `The port would close, Ada Ruiz was quoted as saying`: the fronted clause
            # hangs on "quoted".
            clauses = [c for c in host.children if c.dep_ in CONTENT_DEPS and c.i < host.i]
        if len(clauses) > 1:
            # `told CBS's "Face the Nation" that the state would sue`: a quoted title the
            # parser reads as a clause is whom it was told; the other clause was said.
            clauses = [c for c in clauses if not self._title_read_as_clause(c)] or clauses
        if clauses:
            # "Most were unsure; 46 percent said they were worried": with a clause on
            # each side, the one after the cue is what was said.
            content_head = next((c for c in clauses if c.i > verb.i), clauses[0])
            if content_head.i < verb.i and any(
                t.text == ";" for t in self.doc[content_head.right_edge.i + 1 : verb.i]
            ):
                content_head = None
            elif content_head.i < verb.i and self._complement_after(verb):
                content_head = None
            elif content_head.i < verb.i and any(
                # `The mayor left early; "a disgrace," one resident said`: the parser
                # hangs the quotation after the semicolon on the writer's clause before
                # it; what was said is the quotation (the direct pass), not that clause.
                t.text == ";" and t.head.i == content_head.i and self._opens_quote(self.doc[t.i + 1])
                for t in self.doc[content_head.i + 1 : verb.i - 1]
            ):
                content_head = None
        obj = self._that_object_then_cue(content_head) if content_head is not None else None
        if obj is not None:
            # "acknowledged that uncertainty in the paper and said ...": the object only.
            last = self.doc[obj[1]]
            return self._reported_from(verb, (self.doc[obj[0]].idx, last.idx + len(last)), 0.5)
        if content_head is not None and self._quote_then_copula(content_head, verb):
            return None
        if content_head is not None and self._noun_read_as_verb_after_quote(content_head, verb):
            return None
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            content_head = self._clause_read_as_subject(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            content_head = self._stray_that_clause(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            content_head = self._clause_read_as_the_hosts(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS and lemma != "continue":
            content_head = self._gerund_told(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            content_head = self._that_after_agent(verb)
        if content_head is None and lemma in ("tell", "assure", "reassure", "warn", "remind", "inform"):
            content_head = self._clause_read_as_relative_of_hearer(verb)
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            modal = self._modal_clause_read_as_phrase(verb)
            if modal is not None:
                return self._reported_from(verb, self._and_that(self._trailing(verb, modal)), 0.8)
        if content_head is None and lemma in lexicon.QUESTION_VERBS:
            # "when asked if he would endorse Trump": the question is an if-clause.
            content_head = next(
                (
                    c
                    for c in verb.rights
                    if c.dep_ == "advcl"
                    and any(m.dep_ == "mark" and m.lower_ in ("if", "whether") for m in c.children)
                ),
                None,
            )
            if content_head is None and verb.tag_ == "VBN" and verb.dep_ == "advcl":
                # "who used the words when asked in May if he would endorse Trump": the
                # parser hangs the if-clause right after the participle on the verb it
                # modifies; it is still the question.
                content_head = next(
                    (
                        c
                        for c in verb.head.children
                        if c.dep_ == "advcl"
                        and c.left_edge.i == verb.right_edge.i + 1
                        and c.left_edge.dep_ == "mark"
                        and c.left_edge.lower_ in ("if", "whether")
                    ),
                    None,
                )
        if content_head is None and (
            lemma in lexicon.XCOMP_VERBS or self._raised_report(verb) or _addressed_infinitive(verb)
        ):
            for child in verb.children:
                if child.dep_ == "xcomp" and child.i > verb.i:
                    content_head = child
                    break
        if content_head is None and lemma in lexicon.SPEECH_VERBS:
            # "called for Ginsburg to resign": the parser makes "for X to Y" a clause of
            # its own, with "for" as its marker, not a prepositional object.
            content_head = next(
                (
                    c
                    for c in verb.rights
                    if c.dep_ == "advcl"
                    and c.left_edge.lower_ == "for"
                    and c.left_edge.dep_ == "mark"
                    and not self.in_quote(c)
                ),
                None,
            )
        if content_head is None and lemma in ("accuse", "charge", "blame", "criticize", "criticise"):
            # "accused the council of hiding ...": the "of" hangs off the verb or its object.
            holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
            holders += self._agent_holding_charge(verb)
            for holder in holders:
                for prep in holder.children:
                    # "blamed the problem of late ferries on ...": for blame and
                    # criticism an "of" on the object is the object's own phrase.
                    if prep.dep_ == "prep" and prep.lower_ in (
                        ("of", "for")
                        if lemma in ("accuse", "charge") or holder is verb
                        else ("for",)
                    ):
                        for pc in prep.children:
                            if pc.dep_ in ("pcomp", "pobj"):
                                content_head = pc
        if (
            content_head is None
            and (lemma in lexicon.OBJECT_VERBS or lemma in lexicon.SPEECH_VERBS)
            and lemma not in lexicon.NO_OBJECT_CONTENT
            # `"Meh," wrote a fan`: the object speaks
            and not self._right_after_quote(verb, paragraphs=lemma not in lexicon.QUESTION_VERBS)
        ):
            content_head = self._object_content(verb)
            if content_head is not None and self._asks_the_reader(verb):
                return None
            if content_head is not None and self._hearer_told(verb, content_head):
                if not self._told_aside(verb):
                    return None
                # `The jury, the judge told the court, had reached a verdict`: told as
                # an aside, the one told is the object and what was said the host clause.
                content_head = None
            if content_head is not None and self._bare_answer(verb, content_head):
                # the answer alone: "said so in December" does not say "in December"
                return self._reported_from(verb, (content_head.idx, content_head.idx + len(content_head)), 0.35)
            if content_head is not None:
                span = self._with_complements(verb, content_head, self.clause_span(content_head))
                span = self._without_occasion(content_head, span)
                span = self._and_that(self._trailing(verb, span))
                confidence = 0.45 if lemma in lexicon.OBJECT_VERBS else 0.35
                return self._reported_from(verb, span, confidence)
        if content_head is None and lemma in lexicon.BELIEF_VERBS:
            # "Cruz apparently thinks so", "only half believe that": a bare "so" or
            # pronoun stands for the view held.
            bare = next((c for c in verb.rights if self._bare_answer(verb, c)), None)
            if bare is not None:
                return self._reported_from(verb, (bare.idx, bare.idx + len(bare)), 0.35)
        host = _aside_host(verb)
        if content_head is None and host is not None and self._as_aside(verb):
            # "As Daniel Brooks noted, the harbour will need ...": the clause the aside
            # hangs from is what was said.
            # (set off inside the clause, the aside is spanned over: `The plan, as Ines
            # Calloway noted, is flawed`)
            span = self.clause_span(host, exclude=verb, bridge=self._aside_after_subject(verb, host))
            extraposed = self._extraposed_that(host, verb)
            if extraposed is not None:
                # "It is not true, as some have suggested, that the plant will close": what
                # was suggested is the extraposed that-clause, not the writer's verdict on it.
                span = self.clause_span(extraposed)
            return self._reported_from(verb, span, 0.7)
        if content_head is None:
            # "X is ready, he said": the said-clause hangs off the content as parataxis.
            if (
                verb.dep_ in ("parataxis",) and verb.head.pos_ in ("VERB", "AUX")
                or self._said_as_conj(verb)
                or _leading_report(verb)
            ):
                content_head = verb.head
                if self._speaker_read_as_subject(verb, content_head):
                    return None
                span = self._continued_past_cue(verb, self.clause_span(content_head, exclude=verb))
                if span is not None:
                    span = self._with_subject_before_aside(verb, content_head, span)
                fronted = self._subject_clause_on_aside(verb)
                if span is not None and fronted is not None and content_head.i > verb.i:
                    span = (min(span[0], fronted.left_edge.idx), span[1])
                return self._reported_from(verb, span, 0.75)
            return None
        if content_head.i < verb.i and self.in_quote(content_head):
            return None
        # "Ruiz met the board and said it would sell, aides said": a content fronted
        # before its cue is the whole of what the cue reports, the acts in it included.
        span = self.clause_span(content_head, whole=self._fronted_whole(content_head, verb))
        if span is not None and content_head.i == verb.head.i and content_head.i > verb.i:
            # the cue hangs inside its content (`_clause_read_as_the_hosts`): what was
            # said starts after it
            span = (max(span[0], self.doc[verb.right_edge.i + 1].idx), span[1])
        if span is not None and content_head.dep_ == "advcl" and content_head.left_edge.lower_ == "for":
            span = (self.doc[content_head.left_edge.i + 1].idx, span[1])  # without "for"
        if span is not None and (
            lemma == "accuse" and content_head.head.lower_ == "of"
            or lemma in ("blame", "criticize", "criticise") and content_head.head.lower_ == "for"
        ):
            # "accused the council of hiding losses", "criticized the board for
            # delaying": the one accused is part of the charge (PolNeAR spans "the
            # council of hiding losses").
            accused = next((c for c in verb.children if c.dep_ == "dobj" and verb.i < c.i < content_head.i), None)
            if accused is not None and not self.in_quote(accused):
                span = (min(t.idx for t in accused.subtree), span[1])
        if span is not None and content_head.dep_ == "ccomp":
            # "said that A and that B": a second that-clause coordinated with the cue is
            # part of what was said.
            for c in verb.children:
                if c.dep_ == "conj" and c.i > content_head.i and any(
                    m.dep_ == "mark" and m.lower_ == "that" for m in c.children
                ):
                    more = self.clause_span(c)
                    if more is not None and more[1] > span[1]:
                        span = (span[0], more[1])
                elif (
                    # "told reporters that A and it would B": the parser hangs a second
                    # clause with its own subject on the cue; with no cue of its own and
                    # nothing but one "and" or comma between, it goes on with what was said.
                    c.dep_ == "conj"
                    and c.i > content_head.i
                    and c.pos_ in ("VERB", "AUX")
                    and not self.is_cue(c)
                    and _has_subject(c)
                    and c.left_edge.i - 2 <= content_head.right_edge.i
                ):
                    more = self.clause_span(c)
                    if more is not None and more[1] > span[1]:
                        span = (span[0], more[1])
                elif (
                    # `said the pumps were "very old" and had failed twice`: a quoted
                    # fragment makes the parser hang the clause's second predicate on
                    # the cue; backshifted, right after the clause, it goes on with it.
                    c.dep_ == "conj"
                    and c.i > content_head.i
                    and c.pos_ in ("VERB", "AUX")
                    and not self.is_cue(c)
                    and not _has_subject(c)
                    and self._backshifted(c, verb)
                    and c.left_edge.i - 2 <= content_head.right_edge.i
                ):
                    more = self.clause_span(c)
                    if more is not None and more[1] > span[1]:
                        span = (span[0], more[1])
        subject_less = not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "expl" for c in content_head.children)
        if span is not None and content_head.dep_ == "ccomp" and subject_less:
            # "warned the storm could flood": the parser took the clause's subject for
            # the verb's object; a clause without "that" or subject gets it back.
            # Not across a comma before a quotation: in `The port, Ada Ruiz told the BBC,
            # "will never reopen"` the object is the one told, set off before the quote.
            # "stressed the risk to the public was low": the subject's own phrase the
            # parser hung on the verb sits between them and joins them too. Never over a
            # "that" (`told the mayor that if he wants it, "come and take it"`): a clause's
            # subject follows its complementizer, so the object before it is the hearer.
            marked = _has_that(content_head)
            hung = {
                t.i
                for c in verb.children
                if c.dep_ == "prep" and verb.i < c.i < content_head.i
                for t in c.subtree
            }
            for obj in verb.children:
                if (
                    obj.dep_ == "dobj"
                    and not marked
                    and obj.i < content_head.i
                    and (
                        obj.right_edge.i + 1 >= content_head.left_edge.i - 1
                        or all(k in hung for k in range(obj.right_edge.i + 1, content_head.left_edge.i))
                        and not any(m.dep_ == "mark" for m in content_head.children)
                    )
                    and not (
                        self.doc[content_head.left_edge.i - 1].text == ","
                        and (self._opens_quote(content_head.left_edge) or self._fronted_pair(verb))
                    )
                ):
                    span = (min(t.idx for t in obj.subtree), span[1])
        if span is not None and content_head.dep_ == "ccomp" and not subject_less:
            span = self._with_coordinated_subject(verb, content_head, span)
        if span is not None and content_head.dep_ == "ccomp" and lemma in lexicon.QUESTION_VERBS:
            span = self._with_fronted_wh_object(verb, content_head, span)
        if span is not None and content_head.dep_ == "ccomp" and subject_less:
            span = self._with_subject_before_aside(verb, content_head, span)
        if span is not None and content_head.dep_ == "ccomp":
            span = self._without_time_of_saying(verb, content_head, span, subject_less=subject_less)
        if span is not None and content_head.dep_ == "ccomp":
            span = self._with_colon_object(verb, content_head, span)
        if (
            span is not None
            and span[1] - span[0] >= 8  # "urged them to go" stays too short to report
            and content_head.dep_ == "xcomp"
            and (lemma in lexicon.XCOMP_VERBS or lemma in lexicon.ADDRESSED_XCOMP_VERBS)
            and not (verb.tag_ == "VBG" and verb.dep_ == "advcl")
        ):
            # "urged the party to drop the rule": the one urged is the infinitive's
            # subject, and PolNeAR's content starts with it (98 of the 142 such items on
            # train that start at one or the other), as it does when the parser reads the
            # pair as one clause. Not for a participle trailing another report ("told one
            # guard to leave, while telling another to stay"): it stays inside that one.
            # "urged anyone with information to come forward": the parser hangs the
            # object's own phrase on the verb; such a phrase between them joins the two.
            hung = {
                t.i for c in verb.children if c.dep_ == "prep" and c.i < content_head.i for t in c.subtree
            }
            for obj in verb.children:
                if (
                    obj.dep_ == "dobj"
                    and obj.i < content_head.i
                    and all(k in hung for k in range(obj.right_edge.i + 1, content_head.left_edge.i))
                    and not self.in_quote(obj)
                ):
                    span = (obj.left_edge.idx, span[1])
        confidence = 0.8 if lemma in lexicon.SPEECH_VERBS else 0.55
        span = self._and_that(self._trailing(verb, span))
        if content_head.i < verb.i:
            span = self._continued_past_cue(verb, self._with_date_before_comma(verb, span))
        return self._reported_from(verb, span, confidence)

    def _closing_attribution(self, verb: Token) -> Candidate | None:
        """`The plant is under pressure from imports, its chief executive said.`: a
        sentence that ends on its speaker and a finite speech verb reports the clause
        before the comma, however the parser hung the two (as the verb's adverbial
        clause, its conjunct after a "but" of the clause's own, or with the verb as the
        root). Only with nothing after the verb but its own modifiers and the closing
        stop (a colon announces what follows) or a gloss of the writer's (`_closing_gloss`),
        and only over a clause with a finite verb and a subject ("In a speech last July,
        he said" has no content before it)."""
        lemma = verb.lemma_.lower()
        evidence = lemma in lexicon.EVIDENCE_VERBS  # "..., campaign finance records show."
        if not (lemma in lexicon.SPEECH_VERBS or evidence) or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        sent = verb.sent
        gloss = self._closing_gloss(verb)
        end = gloss if gloss is not None else sent.end  # (the gloss's words may hang anywhere)
        if self.in_quote(verb) or any(
            c.dep_ in (*CONTENT_DEPS, "conj", "xcomp") and c.i < end for c in verb.children
        ):
            return None
        before = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
        after = [c for c in verb.children if c.dep_ == "nsubj" and c.i > verb.i]
        if before:
            # the nearest: the parser may hang a subject from the content on the verb too
            subject, comma = before[-1], before[-1].left_edge.i - 1
            if self.doc[subject.right_edge.i + 1 : verb.i].text.strip():
                return None  # "he then said", "she said" only: nothing between speaker and verb
        elif after:
            subject, comma = after[0], verb.i - 1  # "..., said the company's chief executive."
        else:
            return None
        if not self.can_speak(subject, evidence=evidence):
            return None  # "..., their smiles said a lot"
        hearer = ("dobj", "dative") if lemma in lexicon.ADDRESSEE_VERBS else ()
        if any(c.dep_ not in (*CLOSING_MODIFIERS, *hearer) and c.i != subject.i and c.i < end for c in verb.rights):
            return None  # "he said Ryan": an answer of its own
        if verb.dep_ == "conj" and self._joined_by_conjunction(verb):
            return None  # "They have lived here for years, and their hosts said ...": a clause of its own
        if comma <= sent.start or self.doc[comma].text != ",":
            return None
        last = sent.end - 1
        while last > verb.i and (self.doc[last].is_space or self.doc[last].is_punct):
            last -= 1
        stop = self.doc[last + 1] if last + 1 < sent.end else None
        if stop is None or stop.text != ".":
            return None
        if gloss is None and verb.right_edge.i < last or gloss is not None and (
            gloss > last or not all(verb.is_ancestor(t) for t in self.doc[verb.i + 1 : gloss])
        ):
            return None
        if any(t.text in (":", ";") for t in self.doc[verb.i : stop.i]) or self._quote_ids(verb.idx, stop.idx):
            return None  # `said: "Of course."`, `wrote in "Ralph Nader"`
        lead = self._closed_clause(sent.start, comma)
        return self._reported_from(verb, lead, 0.75) if lead is not None else None

    def _closing_gloss(self, verb: Token) -> int | None:
        """`..., the budget office reported on Tuesday -- a shift that raises new
        questions.`: after a closing cue and its own modifiers, the first dash or comma,
        when a noun phrase led by "a", "an" or "another" follows it, opens the writer's
        gloss on what was reported (all of the sentence after it), not more of the report
        nor an answer of the verb's. The index of the dash or comma, or None."""
        for t in self.doc[verb.i + 1 : verb.sent.end - 1]:
            if t.text in (",", "--", "\u2014", "\u2013"):
                after = self.doc[t.i + 1]
                if after.lower_ in ("a", "an", "another") and after.head.pos_ == "NOUN" and after.head.i > t.i:
                    return t.i
                return None
        return None

    def _closed_clause(self, start: int, comma: int) -> tuple[int, int] | None:
        """The characters of tokens ``start`` up to the ``comma`` closing them, if they
        make a main clause: a finite verb with a subject and no subordinator ("Though
        the House kept mum" is none), not opened by a participle ("Asked who leads, he
        said Ryan": the question), without colon, semicolon or quotation. A "when" or
        "where" opening the clause subordinates it as a mark does ("But when the council
        cut the funds, Ruiz said enough")."""
        lead = self.doc[start:comma]
        if lead[0].tag_ in ("VBN", "VBG") or any(t.text in (":", ";") for t in lead):
            return None
        if self._quote_ids(lead.start_char, lead.end_char) or not any(
            (t.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in t.children))
            and t.dep_ != "relcl"
            and any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in t.children)
            and not any(c.dep_ == "mark" or c.tag_ == "WRB" for c in t.children)
            for t in lead
        ):
            return None
        return next(t for t in lead if not t.is_space).idx, lead.end_char

    def _records_show(self, show: Token) -> Candidate | None:
        """`A firm gave $5,000 to the fund, campaign finance records show.`: the parser
        reads "records show" closing the sentence as one noun phrase; the plural noun
        before "show" is the source and the clause before the comma what it shows."""
        if show.tag_ not in ("NN", "NNS") or self.in_quote(show) or self.in_boilerplate(show.idx):
            return None
        sent = show.sent
        if show.i + 1 >= sent.end or self.doc[show.i + 1].text != "." or self.doc[show.i - 1].tag_ != "NNS":
            return None
        comma = max((t.i for t in self.doc[sent.start : show.i] if t.text == ","), default=None)
        if comma is None or any(t.tag_ in FINITE_TAGS for t in self.doc[comma + 1 : show.i]):
            return None
        source = self.doc[comma + 1 : show.i]
        if not self.can_speak(self.doc[show.i - 1], evidence=True):
            return None
        lead = self._closed_clause(sent.start, comma)
        if lead is None:
            return None
        mention = (source[0].idx, source[-1].idx + len(source[-1]))
        return Candidate("indirect", lead[0], lead[1], (show.idx, show.idx + len(show)), mention, 0.6, set(), None)

    @staticmethod
    def _joined_by_conjunction(verb: Token) -> bool:
        """A conjunct verb that an "and" or "but" joins to its head: one between them
        that no other conjunct of the head follows (in "A, but B, said Ruiz" the "but"
        joins B)."""
        head = verb.head
        ccs = [c.i for c in head.children if c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i]
        others = [c.i for c in head.children if c.dep_ == "conj" and c.i < verb.i]
        return any(not any(cc < o for o in others) for cc in ccs)

    def _gerund_told(self, verb: Token) -> Token | None:
        """ "recalled sitting in on focus groups", "described hearing two bangs": a gerund
        right after the cue is what was told (not after "continue": "continued
        campaigning" goes on doing it). A gerund takes no auxiliary: "that he argued was
        thrusting ..." is a progressive the parser hung on the cue."""
        return next(
            (
                c for c in verb.rights
                if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.left_edge.i == verb.i + 1 and not self.in_quote(c)
                and not any(a.dep_ in ("aux", "auxpass") for a in c.children)
            ),
            None,
        )

    def _subject_clause_on_aside(self, verb: Token) -> Token | None:
        """`What happens next, the minister conceded, is anyone's guess`: the parser
        hangs the clause that is the host's subject on the aside cue. A clause opening
        the sentence with no subordinator, closed by a comma before the cue's subject,
        is that subject, part of what was said."""
        subject = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None:
            return None
        for c in verb.children:
            if (
                c.dep_ in ("advcl", "csubj", "ccomp")
                and c.i < subject.i
                and c.left_edge.i == c.sent.start
                and not any(m.dep_ == "mark" for m in c.children)
                and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
                and self.doc[c.right_edge.i + 1].text == ","
                and self.doc[c.right_edge.i + 2].i == subject.left_edge.i
                and not any(self.in_quote(t) for t in c.subtree)
            ):
                return c
        return None

    @staticmethod
    def _fronted_pair(verb: Token) -> bool:
        """Two subjects before the cue, the first closed by a comma (`The harbour, the
        mayor told ...`): the first is the reported clause's, fronted before an aside."""
        subjects = _subjects_read_before(verb)
        return len(subjects) >= 2 and any(
            t.text == "," for t in verb.doc[subjects[0].right_edge.i : subjects[-1].left_edge.i + 1]
        )

    def _with_coordinated_subject(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """The clause with the first half of its coordinated subject, which the parser hung
        on the cue as its object ("saying a fall in prices and a weak currency had hurt
        growth": "a fall in prices" is the object, "and" its child, "currency" the
        clause's subject). A cue that takes a hearer ("told reporters and ...") keeps its
        object; a "that" would put the object outside the clause.
        """
        if _has_that(clause) or verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS:
            return span
        for obj in verb.children:
            last = obj.right_edge
            if (
                obj.dep_ == "dobj"
                and obj.i < clause.i
                and last.dep_ == "cc"
                and last.head.i == obj.i
                and last.lower_ in ("and", "or")
                and clause.left_edge.i == last.i + 1
                and not self.in_quote(obj)
            ):
                return (min(obj.left_edge.idx, span[0]), span[1])
        return span

    def _with_subject_before_aside(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`The ferry contract, Ines Calloway said, was a scandal`: the parser gives the
        cue both subjects, and the clause after it none. The first, closed by a comma
        before the speaker, is the clause's: what was said runs from it, the aside in
        between (as when the parser reads the cue as an aside)."""
        subjects = _subjects_read_before(verb)
        between = self.text[verb.idx + len(verb) : span[0]].strip()
        hearer = next((c for c in verb.rights if c.dep_ in ("dobj", "dative") and c.right_edge.idx < span[0]), None)
        if (
            hearer is not None
            and between.endswith(",")
            and self._hearer_told(verb, hearer)
            and not is_quote_char(self.text[span[0] : span[0] + 1])
        ):
            # `The harbour, the mayor told the council, had been dredged`: the one told
            # closes the aside (`The port, Ada Ruiz told the BBC, "will never reopen"`
            # quotes the rest, a direct item of its own)
            between = self.text[hearer.right_edge.idx + len(hearer.right_edge) : span[0]].strip()
        if len(subjects) < 2 or not verb.idx < span[0] or between != ",":
            return span
        first = subjects[0]
        comma = first.right_edge if first.right_edge.text == "," else self.doc[first.right_edge.i + 1]
        if comma.text != "," or comma.i >= subjects[-1].left_edge.i or self._quote_ids(first.left_edge.idx, comma.idx):
            return span
        return min(span[0], first.left_edge.idx), span[1]

    def _with_fronted_wh_object(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`Asked what qualities she would like the mayor to have, ...`: the parser takes
        the question's fronted wh-phrase for the object of "asked" and the rest for a
        clause of its own; the wh-phrase right before the clause opens the question."""
        for obj in verb.children:
            if (
                obj.dep_ == "dobj"
                and verb.i < obj.i < clause.i
                and obj.right_edge.i + 1 == clause.left_edge.i
                and self.doc[obj.left_edge.i].tag_ in ("WDT", "WP", "WP$", "WRB")
                and not self.in_quote(obj)
            ):
                return min(span[0], obj.left_edge.idx), span[1]
        return span

    @staticmethod
    def _finds_oneself(verb: Token) -> bool:
        """"found himself embroiled in a dispute", "found itself playing host": with a
        reflexive object (or the reflexive subject of its complement) "find" says where
        someone ended up, not what anybody found out (on PolNeAR train 1 of 6 annotated)."""
        slots = [c for c in verb.children if c.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and c.i > verb.i]
        held = [*slots, *(g for c in slots if c.dep_ != "dobj" for g in c.children if g.dep_ in SUBJECT_DEPS)]
        return any(t.pos_ == "PRON" and t.lower_.endswith(("self", "selves")) for t in held)

    @staticmethod
    def _complement_after(verb: Token) -> bool:
        """The verb has a predicate complement of its own after it ("she continued to
        renew it", "he urged the Russians to act"): a clause before it that the parser hung
        on it as a ccomp ("Her permit was valid, so she continued to renew it") is a
        sentence of its own, not what the verb reports."""
        return any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children)

    def _with_date_before_comma(self, verb: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """`The Senate will vote on the bill Friday, Leader Ada Ruiz said Thursday`: the
        parser may hang a bare date ending the fronted content on the cue after the comma
        (as it does the cue's own "Thursday"). A date right after the content, with only
        the comma between it and the speaker, is the content's: the content runs over it."""
        if span is None or verb.idx < span[1]:
            return span
        for date in verb.lefts:
            if date.dep_ != "npadvmod" or date.ent_type_ != "DATE" or self.in_quote(date):
                continue
            words = self.doc[date.left_edge.i : date.right_edge.i + 1]
            gap = self.text[span[1] : words.start_char]
            after = self.doc[words.end] if words.end < len(self.doc) else None
            if gap.strip() or after is None or after.text != ",":
                continue
            return span[0], words.end_char
        return span

    def _continued_past_cue(self, verb: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """`He is leaning toward Vrba, he said, because he prizes electability`: a
        "because" clause right after a cue that follows its content gives the speaker's
        reason, the rest of what was said, though the parser hangs it on the cue. The
        content runs on over it (the cue in between, as with any aside). ("since" is
        as often a time: `since he announced his bid`.)"""
        if span is None or verb.idx < span[1]:
            return span
        for clause in verb.rights:
            if clause.dep_ != "advcl" or not any(
                m.dep_ == "mark" and m.lower_ == "because" and m.i == clause.left_edge.i for m in clause.children
            ):
                continue
            if any(self.is_cue(t) for t in clause.subtree):
                return span  # `..., because he said the leaders ...`: a report of its own
            between = self.doc[verb.i + 1 : clause.left_edge.i]  # `said on Monday,`
            if any(not t.is_punct and verb not in t.ancestors for t in between) or any(
                self.in_quote(t) for t in (*between, clause)
            ):
                return span
            more = self.clause_span(clause)
            return span if more is None else (span[0], max(span[1], more[1]))
        return span

    def _pseudo_cleft_clause(self, verb: Token) -> Token | None:
        """ "What Ada Ruiz said was that the port would close": the cue is the subject
        clause of "be" (its object "what"), and what was said is the clause after "be"."""
        copula = verb.head
        if verb.dep_ != "csubj" or copula.lemma_.lower() != "be" or copula.i < verb.i:
            return None
        if not any(c.lower_ == "what" and c.dep_ == "dobj" and c.i < verb.i for c in verb.children):
            return None
        return next(
            (c for c in copula.rights if c.dep_ in ("ccomp", "attr") and c.pos_ in ("VERB", "AUX") and not self.in_quote(c)),
            None,
        )

    def _without_time_of_saying(
        self, verb: Token, clause: Token, span: tuple[int, int], *, subject_less: bool
    ) -> tuple[int, int]:
        """`said Monday talks had collapsed`, `said on Monday prices would rise`, `told
        reporters on Friday officials had lied`: with no "that", a date between the cue
        and the clause's subject is when it was said; the parser hangs it on the clause
        (as a modifier of the clause or of its subject) or takes the subject into it. The
        content starts at the subject, without the date."""
        if any(c.dep_ == "mark" for c in clause.children):
            return span
        first = next((t for t in self.doc[verb.i + 1 : clause.i] if t.idx >= span[0]), None)
        if subject_less:
            # The subject swallowed by the date phrase: "on [Friday officials]".
            for prep in verb.children:
                pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep.dep_ == "prep" else None
                if (
                    pobj is None
                    or not prep.i < pobj.i < clause.left_edge.i
                    or pobj.i + 1 != clause.left_edge.i
                    or pobj.ent_type_ in ("DATE", "TIME")
                    or pobj.pos_ != "NOUN"
                ):
                    continue
                dates = list(self.doc[prep.i + 1 : pobj.i])
                if dates and all(t.ent_type_ in ("DATE", "TIME") and t.dep_ == "compound" for t in dates):
                    return (pobj.idx, span[1])
            return span
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or subject is None or subject.i < first.i or self.in_quote(subject):
            return span
        start = subject.left_edge
        # "Monday talks": a date compound on the subject, right after the cue.
        while start.i < subject.i and start.ent_type_ in ("DATE", "TIME") and start.dep_ == "compound":
            start = self.doc[start.i + 1]
        lead = self.doc[first.i : start.i]
        if not lead or start.i == first.i or any(self.in_quote(t) for t in lead):
            return span  # `saying "on her worst day" she'd be ...`: quoted words are said
        dates = [t for t in lead if not t.is_punct]
        if dates and all(t.ent_type_ in ("DATE", "TIME") or t.lower_ in ("on", "at", "in") for t in dates) and any(
            t.ent_type_ in ("DATE", "TIME") for t in dates
        ):
            return (start.idx, span[1])
        return span

    @staticmethod
    def _that_after_agent(verb: Token) -> Token | None:
        """ "It has been claimed by campaigners that the dam will ...": the parser hangs
        the extraposed that-clause on the by-agent's noun as its own clause; after an
        "it ... <speech verb> by X" passive it is what was said."""
        if not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children):
            return None
        for agent in verb.children:
            if agent.dep_ != "agent" or agent.i < verb.i:
                continue
            for obj in agent.children:
                if obj.dep_ != "pobj":
                    continue
                for clause in obj.rights:
                    first = clause.left_edge
                    if (
                        clause.dep_ in ("acl", "relcl", "ccomp")
                        and first.lower_ == "that"
                        and first.dep_ == "mark"
                        and 0 < first.i - obj.i <= 4
                        and not any(t.is_punct for t in obj.doc[obj.i + 1 : first.i])
                        and _has_subject(clause)
                    ):
                        return clause
        return None

    def _and_that(self, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """Extend a content over a coordinated that-clause right after it.

        "eager to prove her team has listened, and that she is as strong as ever": the
        second "that" only makes sense as another clause of what was said, wherever the
        parser hung it (often on the sentence root, far above the cue).
        """
        if span is None:
            return span
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span
        i = tokens[-1].i + 1
        gap = []
        while i < len(self.doc) and len(gap) < 2 and self.doc[i].lower_ in (",", "and", "but", "or"):
            gap.append(self.doc[i].lower_)
            i += 1
        if not any(w != "," for w in gap) or i >= len(self.doc):
            return span
        mark = self.doc[i]
        head = mark.head
        if mark.lower_ != "that" or mark.dep_ != "mark" or head.dep_ != "conj" or head.i < mark.i:
            return span
        more = self.clause_span(head)
        if more is None or more[1] <= span[1]:
            return span
        return (span[0], more[1])

    def _asks_the_reader(self, verb: Token) -> bool:
        """`Do you support Ada Voss?` outside quote marks: a poll put to the reader, whose
        object nobody has said anything about."""
        return (
            not self.in_quote(verb)
            and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children)
            and verb.sent.text.rstrip().endswith("?")
        )

    @staticmethod
    def _appeal_to_anyone(verb: Token) -> bool:
        """`Anyone with information is asked to call police`: an appeal to whoever reads
        it, in the passive with no one asking, reports no one's words."""
        return (
            any(c.dep_ == "auxpass" for c in verb.children)
            and not any(c.dep_ == "agent" for c in verb.children)
            and any(c.dep_ == "nsubjpass" and c.lower_ in ("anyone", "anybody", "everyone") for c in verb.children)
        )

    def _hearer_told(self, verb: Token, obj: Token) -> bool:
        """`She told the jury earlier in the trial`: the object of "tell" that can hear
        (a person, a group, a body) is who was told, never what was said."""
        return (
            verb.lemma_.lower() == "tell"
            and obj.dep_ in ("dobj", "dative")
            and obj.pos_ in ("NOUN", "PROPN", "PRON")
            and not self.in_quote(obj)
            and self.can_hear(obj)
        )

    def can_hear(self, token: Token) -> bool:
        """Whether the object of "tell" can be who was told: whoever can speak (a person,
        a group, a body) or a hearer noun no speaker ("the inquest", "viewers")."""
        return self.can_speak(token) or token.lemma_.lower() in lexicon.HEARER_NOUNS

    def _title_read_as_clause(self, clause: Token) -> bool:
        """A clause whose words lie inside one quotation that is a title, but for the
        title's owner before it ("CBS's")."""
        qids = self._quote_ids(clause.idx, clause.idx + len(clause))
        if len(qids) != 1:
            return False
        q = self.quotes[next(iter(qids))]
        if not (q.start <= clause.idx < q.end) or not self.is_title(q):
            return False
        owner = {t.i for c in clause.children if c.dep_ == "poss" for t in c.subtree}
        return all(
            q.start <= t.idx < q.end or t.is_punct or t.i in owner for t in clause.subtree
        )

    @staticmethod
    def _aside_after_subject(verb: Token, host: Token) -> bool:
        """An aside set off right after the subject of the clause it hangs from (`The
        plan, as Ines Calloway noted, is flawed`): the subject is part of what was said
        (an opening adverbial before an aside is not: `But, as Roe noted, ...`)."""
        return any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i and c.left_edge.i == host.left_edge.i
            and c.right_edge.i + 2 >= verb.left_edge.i
            for c in host.children
        )

    @staticmethod
    def _told_aside(verb: Token) -> bool:
        """ "told the court" set off inside the clause it reports, which the parser hangs
        it on as parataxis: an aside with its hearer, no content of its own."""
        return (
            verb.dep_ == "parataxis" and verb.head.pos_ in ("VERB", "AUX") and verb.i > verb.head.left_edge.i
            or _leading_report(verb)
        )

    def _clause_read_as_subject(self, verb: Token) -> Token | None:
        """A fronted report the parser read as a second subject of the closing cue:
        in `The barrier that guards the town needs repairs, the board said.` "town needs
        ..." is taken for a relative clause and "barrier" becomes a subject of "said"
        beside "board". When the cue ends the sentence with two subjects, the earlier one
        opening the sentence and running up to the comma right before the other, and the
        earlier phrase holds a tensed verb, that phrase is what was said."""
        if verb.tag_ not in ("VBD", "VBZ", "VBP") or self.in_quote(verb):
            return None
        # (the earlier phrase may also hang on the cue as an unlabelled ``dep``, or as
        # an adverbial clause that is only a noun)
        subjects = [
            c
            for c in verb.lefts
            if (c.dep_ in ("nsubj", "dep") or c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN"))
            and not self.in_quote(c)
        ]
        if len(subjects) < 2 or subjects[-1].dep_ != "nsubj":
            return None
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.rights):
            return None
        fronted, speaker = subjects[-2], subjects[-1]
        comma = self.doc[speaker.left_edge.i - 1]
        if comma.text != "," or fronted.right_edge.i != comma.i - 1 or speaker.right_edge.i != verb.i - 1:
            return None
        if fronted.left_edge.i != fronted.sent.start or not self.can_speak(speaker):
            return None
        if not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") or self._past_read_as_participle(t, verb)
            for t in fronted.subtree
            if t.i != fronted.i
        ):
            return None
        return fronted

    def _past_read_as_participle(self, token: Token, verb: Token) -> bool:
        """`Talks on the lane stalled on Tuesday, two officials said.`: a regular past
        tense the parser read as a participle on the noun before it ("the lane
        [which was] stalled"). Before a cue that closes the sentence with a subject of
        its own, a noun phrase alone would say nothing, so the -ed form is the verb."""
        nxt = self.doc[verb.i + 1] if verb.i + 1 < len(self.doc) else None
        return (
            token.tag_ == "VBN"
            and token.dep_ == "acl"
            and token.lower_.endswith("ed")
            and (nxt is None or nxt.text in (".", "!") or nxt.is_sent_start)
        )

    @staticmethod
    def _raised_report(verb: Token) -> bool:
        """`The company is said to be considering job cuts`, `Osman is believed to have
        been on the plane`: a passive verb of saying or believing with an infinitive
        reports that infinitive of its subject (who says it goes unnamed); the subject is
        added to the content by `_raise_subject`, as PolNeAR keeps both pieces."""
        return (
            verb.lemma_.lower() in lexicon.RAISED_REPORT_VERBS
            and any(c.dep_ == "auxpass" for c in verb.children)
            and any(c.dep_ == "nsubjpass" and c.tag_ not in ("WDT", "WP") for c in verb.children)
            # ("is reported to have called them ...": the inner act of saying is the report)
            and not any(
                c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.SPEECH_VERBS for c in verb.children
            )
        )

    def _closing_cue_read_as_content(self, verb: Token) -> tuple[Token, Token, int] | None:
        """`The general said the city had fallen, Tass reported.`: the parser may make
        the closing attribution ("Tass reported") the reported clause of the first cue,
        with what was said hung on it. A finite speech verb after the first cue, with its
        own subject set off by a comma and nothing after it but the closing stop, is the
        source of the whole sentence (PolNeAR: "X said Y" is what Tass reported).
        Returns that closing verb, the clause hung on it before the comma, and the comma."""
        doc = self.doc
        closing = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
        if closing is None or closing.tag_ not in ("VBD", "VBZ", "VBP") or not self.is_cue(closing):
            return None
        if closing.lemma_.lower() not in lexicon.SPEECH_VERBS or self.in_quote(closing):
            return None
        subjects = [c for c in closing.children if c.dep_ == "nsubj" and c.i < closing.i]
        if not subjects or subjects[-1].right_edge.i != closing.i - 1:
            return None
        comma = subjects[-1].left_edge.i - 1
        if comma <= verb.i or doc[comma].text != ",":
            return None
        if any(not (t.is_punct or t.is_space) for t in doc[closing.i + 1 : closing.sent.end]):
            return None
        inner = next((c for c in closing.children if c.dep_ == "ccomp" and verb.i < c.i < comma), None)
        if inner is None or any(self.in_quote(t) for t in doc[verb.i : comma]):
            return None
        return closing, inner, comma

    def _modal_clause_read_as_phrase(self, verb: Token) -> tuple[int, int] | None:
        """`The union warned the strike could last weeks`: the parser reads "last" as an
        adjective on "weeks" ("last weeks") and hangs the pieces of the reported clause on
        the cue as its object and a bare noun, so no clause is left to report. A modal
        ("could", "may", "will") right after a noun phrase following the cue, whose head
        is no verb after it, still marks a finite clause with that phrase as its subject:
        it runs from that phrase to the end of what hangs on the cue after it."""
        if verb.tag_ == "VBN" or self.in_quote(verb):
            return None
        doc = self.doc
        end_of_sentence = verb.sent.end
        start = verb.i + 1
        if start < end_of_sentence and doc[start].lower_ == "that":
            start += 1
        modal = None
        for t in doc[start : min(end_of_sentence, start + 8)]:
            if t.tag_ == "MD":
                modal = t
                break
            if t.is_punct or t.is_space or t.pos_ in ("VERB", "AUX", "CCONJ") or self.in_quote(t):
                return None
        if modal is None or modal.i == start:
            return None
        head = modal.head
        if head.i > modal.i and head.pos_ in ("VERB", "AUX") and head.dep_ not in ("amod", "compound", "npadvmod"):
            return None  # a verb of its own: parsed as a clause (or a second act, "and will appeal")
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in doc[start : modal.i]):
            return None
        predicate = next(
            (t for t in doc[modal.i + 1 : end_of_sentence] if t.dep_ not in ("neg", "advmod")), None
        )
        if predicate is None or predicate.is_punct or predicate.pos_ in ("NOUN", "PROPN", "PRON", "DET"):
            return None
        end = predicate.i
        for t in doc[start : predicate.i + 1]:
            top = t
            while top.head.i != verb.i:
                if top.head.i == top.i:
                    return None  # not under the cue at all
                top = top.head
            end = max(end, top.right_edge.i)
        while end > predicate.i and (doc[end].is_punct or doc[end].is_space):
            end -= 1
        return doc[start].idx, doc[end].idx + len(doc[end])

    def _clause_read_as_relative_of_hearer(self, verb: Token) -> Token | None:
        """ "He told officers he had done nothing wrong": the parser reads the clause
        with no "that" as a relative clause on the hearer ("officers [whom] he had ...").
        A finite clause right after the hearer, opening on a personal pronoun as its
        subject and with no relative word of its own, is what the cue told them."""
        for obj in verb.rights:
            if obj.dep_ not in ("dobj", "dative") or not (
                obj.pos_ in ("NOUN", "PROPN") and self.can_hear(obj)
                or obj.lower_ in ("him", "her", "them", "us", "me", "you")
            ):
                # ("tell the I.R.S. anything it doesn't know", "told the story he had
                # heard": a thing told takes a true relative clause)
                continue
            for clause in obj.rights:
                first = clause.left_edge
                if (
                    clause.dep_ == "relcl"
                    and 0 < first.i - obj.i <= 3
                    and not any(t.is_punct for t in self.doc[obj.i + 1 : first.i])
                    and first.dep_ in ("nsubj", "nsubjpass")  # ("he had been sacked")
                    and first.tag_ == "PRP"
                    and first.head.i == clause.i
                    and not any(t.tag_ in ("WDT", "WP", "WP$") or t.lower_ == "that" for t in clause.lefts)
                    and (clause.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") for c in clause.lefts))
                    and not self.in_quote(clause)
                ):
                    return clause
        return None

    def _stray_that_clause(self, verb: Token) -> Token | None:
        """A that-clause the parser hung on a noun after the cue: "told the audience at
        his fundraiser for veterans that he ...", where "that" is a complementizer
        (``mark``), not a relative pronoun. A reporting noun keeps such a clause ("told
        reporters of his claim that ..."), unless it is only the medium the cue spoke
        through ("told analysts on a call that ...", "wrote in a post that ..."): a noun
        that takes no that-clause of its own, in the cue's "in"/"on"/"at"/"during" phrase."""
        for t in verb.rights:
            if t.dep_ not in ("dobj", "prep", "agent", "dative", "npadvmod"):
                continue
            # the by-phrase of a passive cue is a prepositional phrase like any other:
            # "was told by the surgeon that the operation had gone well"; not of a
            # participle on a noun ("the story told by the fisherman that I remember"),
            # where a relative clause is the usual reading
            if t.dep_ == "agent" and not any(c.dep_ == "auxpass" for c in verb.children):
                continue
            phrase = t.dep_ in ("prep", "agent")
            for d in t.subtree:
                if d.dep_ not in ("relcl", "acl"):
                    continue
                finite = verb.tag_ != "VBG" or any(a.dep_ == "aux" and a.lemma_ == "be" for a in verb.lefts)
                opening = None if self._owns_that_clause(d.head, t) else next(
                    (
                        m
                        for m in self._opening_thats(d)
                        if m.lower_ == "that"
                        and (m.dep_ == "mark" or (phrase and finite and self._that_with_a_subject(d, m)))
                    ),
                    None,
                )
                if opening is not None:
                    # a clause whose verb only is quoted ("at the time that she had
                    # "loved every minute""), opened by a "that" read as a relative word
                    # outside the marks, is a mixed content
                    quoted = self.in_quote(d) and (opening.dep_ == "mark" or self.in_quote(opening))
                    return None if quoted else d
                if phrase and finite and any(
                    m.lower_ == "that" and self._impossible_relative(d, m) for m in d.children
                ):
                    # "told reporters after the budget speech that no new taxes were
                    # planned": even on a reporting noun, a "that" no relative clause can
                    # have is a complementizer of the cue.
                    return None if self.in_quote(d) else d
        return None

    def _clause_read_as_the_hosts(self, verb: Token) -> Token | None:
        """`While Calloway insisted the port was safe, Vrba warned that ...`: the parser
        hangs a cue's opening subordinate clause on the clause right after the cue, read
        as a clause of the main verb's. A clause with no "that" whose subject follows the
        cue at once, closed by a comma before the main verb, is what the cue reports."""
        host = verb.head
        if verb.dep_ != "advcl" or host.i < verb.i or host.head.i <= host.i or host.dep_ != "ccomp":
            return None
        if not any(m.dep_ == "mark" and m.i < verb.i for m in verb.children):
            return None
        if any(c.dep_ in ("dobj", "ccomp", "xcomp") and c.i > verb.i for c in verb.children):
            return None
        subject = next((c for c in host.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i), None)
        if subject is None or subject.left_edge.i != verb.right_edge.i + 1:
            return None
        if any(m.dep_ == "mark" for m in host.children) or self.in_quote(host):
            return None
        if host.right_edge.i + 1 >= len(self.doc) or self.doc[host.right_edge.i + 1].text != ",":
            return None
        return host

    @staticmethod
    def _opening_thats(clause: Token) -> list[Token]:
        """The clause's own words, and a "that" opening it as the object of its
        infinitive or clause: in "has been saying for months that he wants to play abroad"
        the parser makes "that" the object of "play" ("... on a call that he wants the
        plant closed": of "closed"), the relative reading of a complementizer."""
        words = list(clause.children)
        first = clause.left_edge
        head = first.head
        while head.i != clause.i and head.dep_ in ("xcomp", "ccomp"):
            head = head.head
        if (
            first.lower_ == "that"
            and first.dep_ == "dobj"
            and first.head.dep_ in ("xcomp", "ccomp")
            and head.i == clause.i
        ):
            words.append(first)
        return words

    @staticmethod
    def _owns_that_clause(noun: Token, phrase: Token) -> bool:
        """A reporting noun that may hold the that-clause hung on it; a noun of one only by
        its other frames ("a call for", "a speech about") is the medium of the cue when it
        sits in the cue's own setting phrase ("on a call", "in a speech")."""
        lemma = noun.lemma_.lower()
        if lemma not in lexicon.NOUN_CUE_LEMMAS:
            return False
        if lemma in lexicon.NOUN_CUES or lemma in lexicon.THAT_NOUNS or lemma in lexicon.COLON_NOUNS:
            return True
        return not (phrase.dep_ == "prep" and phrase.lower_ in lexicon.TIME_PLACE_PREPS | {"on"} and noun.head.i == phrase.i)

    @staticmethod
    def _impossible_relative(clause: Token, that: Token) -> bool:
        """"that" read as the object of a passive clause, or as the subject of a clause
        with a subject of its own: no relative pronoun can be either."""
        if that.i != clause.left_edge.i:
            return False
        later = [c.dep_ for c in clause.children if c.i > that.i]
        if that.dep_ == "dobj":
            return "nsubjpass" in later
        return that.dep_ == "nsubj" and ("nsubj" in later or "nsubjpass" in later)

    @staticmethod
    def _that_with_a_subject(clause: Token, that: Token) -> bool:
        """"wrote in a letter to patients that the clinic was closing": the parser reads
        "that" as the object of a relative clause, but the clause it opens has a
        subject of its own and no other object -- a complementizer. Only asked of a
        clause inside the cue's prepositional phrase: after a direct object ("confirm a
        judge that Republicans like") the relative reading is the usual one, and so it is
        after a participle read as an adjective ("telling insight into the debt that the
        island has amassed")."""
        if that.i != clause.left_edge.i or not any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children
        ):
            return False
        if that.dep_ == "nsubj":
            # "said in a press release that enrolment had reached ...": "that" read as the
            # subject of a clause that has a subject of its own cannot be a relative pronoun.
            return True
        if that.dep_ == "advmod":
            # "told the paper at the time that she had loved it": "that" read as the
            # relative adverb of the phrase's noun ("the time that ...") opens a clause
            # with a subject of its own; after the cue's phrase it is what was said.
            return True
        if that.dep_ != "dobj":
            return False
        if that.head.i != clause.i and any(c.dep_ == "nsubj" and c.i > that.i for c in that.head.children):
            # "told analysts on a call that she expected the deal to close in May": "that"
            # read as the object of a verb deeper in the clause that has a subject of
            # its own ("the deal ... to close") -- a complementizer, whatever phrases
            # follow that verb.
            return not any(c.dep_ == "dobj" and c.i != that.i for c in that.head.children)
        return not any(c.dep_ in ("dobj", "prep") and c.i > that.head.i for c in that.head.children)

    def _object_content(self, verb: Token) -> Token | None:
        """The object that is the content: "criticized the deal", "called for a ban"."""
        addressed = verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS
        for child in verb.rights:
            if child.dep_ == "prep" and (verb.lemma_.lower(), child.lower_) in lexicon.ADDRESSEE_PREPS:
                continue  # "called on Congress to act": the addressee, not the content
            if (
                child.dep_ == "dobj"
                and child.pos_ == "PRON"
                and verb.lemma_.lower() == "call"
                and any(c.dep_ == "oprd" and c.i > child.i and not self.in_quote(c) for c in verb.children)
                and self.subject_of(verb) is not None
            ):
                # "called him a fraud": the pronoun with the name given to it ("Call it
                # luck", with nobody calling, is the writer's; a quoted name is a
                # quotation of its own).
                return child
            if child.dep_ in ("dobj", "nsubj") and child.lower_ in lexicon.ANAPHORIC_CONTENTS and child.i > verb.i:
                # "two-thirds said the same of Lott": a report that points back (after
                # the verb, a "same" the parser calls a subject is its object)
                return child
            if self._bare_answer(verb, child):
                return child  # "46 percent said yes", "the governor endorsed her"
            if child.dep_ == "dobj" and self._physical_act(verb):
                return None  # "answered the door", "pointed a finger": a physical act, no content
            if child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") and (
                not self.in_quote(child) or self._words_outside_quotes(child) >= 2
            ):
                if (
                    verb.lemma_.lower() in lexicon.QUESTION_VERBS
                    and child.lemma_.lower() in lexicon.BARE_ASKED_NOUNS
                    and all(
                        c.dep_ in ("det", "amod", "nummod", "poss")
                        and c.lower_ not in ("that", "this", "these", "those")
                        or c.dep_ == "prep" and c.lower_ in lexicon.TIME_PLACE_PREPS
                        for c in child.children
                    )
                ):
                    # "asked him a question": what was asked is not given ("asked her
                    # that question" points back to it)
                    continue
                topic = self._topic_after_addressee(verb, child) if addressed else None
                if topic is not None:
                    return topic
                if addressed and (
                    child.pos_ == "PROPN"
                    or child.ent_type_
                    or child.lemma_.lower() in lexicon.UNNAMED_HEADS
                    or (
                        # "asked the real estate mogul", "told a Senate panel"; but
                        # "reminded the crowd of the stakes" carries what was said
                        child.lemma_.lower() in lexicon.ADDRESSEE_HEADS
                        and not any(
                            c.dep_ == "prep" and c.lower_ in ("of", "about") and c.i > child.i
                            for c in (*child.children, *verb.children)
                        )
                        # "remind the audience he was the only one": the parser hangs
                        # what was said on the addressee as a relative clause
                        and not any(c.dep_ in ("relcl", "acl") for c in child.children)
                    )
                ):
                    continue  # "told NBC News", "asked reporters": the addressee, not the content
                return child
            if child.dep_ == "prep" and child.lower_ in ("for", "about", "on", "of") and verb.lemma_ in (
                "call", "discuss", "comment", "talk", "speak", "write", "complain", "warn",
                "ask", "think", "know", "hear", "learn", "argue", "testify", "boast", "joke",
            ):
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and child.lower_ == "for" and pobj.ent_type_ in ("DATE", "TIME"):
                        continue  # "argued for three days", "talked for an hour": how long, not what
                    if pobj.dep_ == "pobj":
                        return pobj
            if child.dep_ == "prep" and child.lower_ in lexicon.TIME_PLACE_PREPS and verb.lemma_.lower() == "ask":
                topic = self._topic_in_occasion(child)
                if topic is not None:
                    return topic
            if (
                child.dep_ == "prep"
                and child.lower_ == "to"
                and verb.lemma_.lower() in ("admit", "confess")
                and verb.dep_ not in ("acl", "relcl", "amod")
                and not any(c.dep_ == "auxpass" for c in verb.children)
                and child.i == verb.i + 1
            ):
                # "admitted to feeling nervous", "confessed to the killings": what was
                # owned up to (PolNeAR annotates it; a passive "admitted to the ward" lets in)
                for pobj in child.children:
                    if pobj.dep_ in ("pobj", "pcomp") and not self.can_speak(pobj):
                        return pobj
            if child.dep_ == "advcl" and child.i > verb.i and verb.lemma_ in lexicon.FOR_TO_VERBS and any(
                m.dep_ == "mark" and m.lower_ == "for" for m in child.children
            ):
                # "called for the council to reopen the pier": the parser makes the
                # for-to clause an adverbial, but it is what was called for.
                return child
        return None

    @staticmethod
    def _topic_in_occasion(occasion: Token) -> Token | None:
        """`Asked at a briefing on Monday about the port, Ruiz said ...`, `when asked at the
        conference about the merger`: the parser hangs the "about" phrase on the noun of
        the occasion before it (the briefing, the conference), but it is what was asked
        about; a briefing is not "about" anything there. Only an "about" with no other
        head than a noun of the occasion phrase, after it."""
        for noun in occasion.subtree:
            if noun.dep_ != "pobj" or noun.pos_ not in ("NOUN", "PROPN"):
                continue
            about = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "about"), None)
            pobj = next((c for c in about.children if c.dep_ in ("pobj", "pcomp")), None) if about else None
            if pobj is not None:
                return pobj
        return None

    def _topic_after_addressee(self, verb: Token, addressee: Token) -> Token | None:
        """`reminded voters of the six years ...`, `informed parents about the follow-up`:
        after a verb of telling someone, a described addressee (voters, the crowd) is who
        was told; what was said is the "of"/"about" phrase after it, wherever the parser
        hangs it. "of" only after verbs that take it for their topic (remind, warn, inform,
        assure: "told members of the council" names a body); a named addressee keeps
        its "of" ("told Ana Ruiz of the Herald")."""
        if addressee.lemma_.lower() not in lexicon.ADDRESSEE_HEADS or addressee.pos_ == "PROPN" or addressee.ent_type_:
            return None
        preps = ("of", "about") if verb.lemma_.lower() in lexicon.OF_TOPIC_VERBS else ("about",)
        for c in sorted((*addressee.children, *verb.children), key=lambda x: x.i):
            if (
                c.dep_ == "prep"
                and c.lower_ in preps
                and c.i > addressee.i
                and any(p.dep_ in ("pobj", "pcomp") for p in c.children)
            ):
                return c
        return None

    def _answer_word(self, verb: Token, child: Token) -> bool:
        """`Asked if the pier should close, 46 percent said yes`, "half said so", "I think
        so": a bare yes, no or so right after "say" (only "so" after "think") is what was
        said or held, in place of a clause. Not "said no to the plan" (a refusal of
        something named), and not inside a quotation."""
        if verb.lemma_.lower() not in lexicon.ANSWERING_VERBS or child.i != verb.i + 1:
            return False
        if child.lower_ not in lexicon.ANSWER_WORDS or verb.lemma_.lower() == "think" and child.lower_ != "so":
            return False
        if child.dep_ not in ("intj", "advmod", "dobj", "ccomp") or any(True for _ in child.children):
            return False
        nxt = self.doc[child.i + 1] if child.i + 1 < len(self.doc) else None
        if nxt is not None and nxt.lower_ == "to":
            return False
        return not self.in_quote(child)

    def _with_colon_object(self, verb: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`said three things: the port would close, jobs would go, ...`: an object the
        clauses after a colon spell out is part of what was said (as with one clause,
        which the parser hangs on the object), whichever clause the parser gave the verb."""
        for obj in verb.children:
            if obj.dep_ != "dobj" or not verb.i < obj.i < clause.left_edge.i or self.in_quote(obj):
                continue
            colon = next((t for t in self.doc[obj.i + 1 : clause.left_edge.i] if t.text == ":"), None)
            if (
                colon is not None
                and colon.i == obj.i + 1
                and obj.left_edge.idx < span[0]
                and not self._quote_ids(obj.left_edge.idx, span[1])
            ):
                return obj.left_edge.idx, span[1]
        return span

    def _noun_read_as_verb_after_quote(self, head: Token, verb: Token) -> bool:
        """`"The ferry will stop," harbour chief Anja Rask said`: the tagger reads the
        role noun opening the subject as a present-tense verb and makes it the clause
        the cue reports, the quotation hung under it. A subjectless word right after a
        quotation that ends in a comma, inside the cue's subject run, is no clause: the
        direct pass attributes the quotation."""
        if not (head.i < verb.i and head.tag_ in ("VBP", "VB") and not self.in_quote(head)):
            return False
        if _has_subject(head):
            return False
        before = self.doc[head.i - 1] if head.i > 0 else None
        if before is None or not self._closes_quote(before):
            return False
        qi = self.quote_of_char[before.idx]
        if qi < 0 or not self.text[self.quotes[qi].start : self.quotes[qi].end].rstrip().endswith(","):
            return False
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        return subject is not None and head.i < subject.i < verb.i

    def _closes_quote(self, token: Token) -> bool:
        """A token that is nothing but the closing mark of a quotation."""
        if not (all(is_quote_char(ch) for ch in token.text) or is_quote_token(token.text)):
            return False
        qi = self.quote_of_char[token.idx]
        return qi >= 0 and self.quotes[qi].close_end == token.idx + len(token.text)

    def _quoted_as_object(self, verb: Token) -> Token | None:
        """`The paper quoted Ada Ruiz as saying ...`, `citing an aide as saying`: the one
        quoted (the object of an active "quote"/"cite") said the words; the outlet doing
        the quoting only relays them, as the subject of a passive "was quoted" speaks."""
        host = self._quoted_as_host(verb)
        if host is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in host.children):
            return None
        obj = next((c for c in host.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is None or self.in_quote(obj) or not self.can_speak(obj):
            return None
        return obj

    @staticmethod
    def _quoted_as_host(verb: Token) -> Token | None:
        """"quoted" (or "cited") of a "was quoted as saying" that ``verb`` completes."""
        prep = verb.head
        if verb.dep_ == "pcomp" and prep.lower_ == "as" and prep.head.lemma_.lower() in ("quote", "cite"):
            return prep.head
        return None

    def _quote_then_copula(self, head: Token, verb: Token) -> bool:
        """`"No comment," was all Ada Ruiz would say`: the parser makes the quote and
        the copula after it the clause of the later verb, but the words were said as
        quoted (the copula is the writer's frame): the direct pass reports the quote."""
        return (
            head.i < verb.i
            and head.lemma_ == "be"
            and self._words_outside_quotes(head) == 1
            and any(self.in_quote(t) for t in head.subtree)
        )

    def _words_outside_quotes(self, head: Token) -> int:
        """Words of ``head``'s phrase outside quote marks: "a ''throwaway culture'' in
        which ..." is the writer's phrase around a quoted one, not a quotation."""
        return sum(1 for t in head.subtree if t.is_alpha and not self.in_quote(t))

    def _without_occasion(self, head: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """ "claimed victory in a tweet", "announced the recall in a statement on Sunday":
        the parser may hang the occasion of speaking on the object noun, but it tells
        where the words were given, not what they were (PolNeAR spans "victory"). A
        trailing "in"/"during" phrase on the noun whose object is an occasion with "a" or
        "an" ends the content, with any date after it."""
        if span is None or head.pos_ not in ("NOUN", "PROPN"):
            return span
        # `called the vote "rigged" in a tweet`: on the name given to the object, too
        named = [r for c in head.rights if c.dep_ in ("acl", "amod", "oprd") for r in c.rights]
        for prep in (*head.rights, *named):
            if self.in_quote(prep) or _occasion_object(prep) is None:
                continue
            # (offsets only grow: the tokens up to the span's end, not to the document's)
            after = list(itertools.takewhile(lambda t: t.idx < span[1], self.doc[prep.right_edge.i + 1 :]))
            if any(not (t.is_punct or t.ent_type_ in ("DATE", "TIME") or t.lower_ == "on") for t in after):
                continue
            last = self.doc[prep.i - 1]
            end = last.idx + len(last)
            if last.i < head.i or end - span[0] < 8:
                return span  # "claimed victory": too short a content to keep on its own (`_reported_from`)
            return (span[0], end)
        return span

    def _trailing(self, verb: Token, span: tuple[int, int] | None) -> tuple[int, int] | None:
        """Extend a content over the cue verb's modifiers that run on right after it.

        The parser often hangs the end of what was said on the cue verb rather than on
        the content: "denied any role in the attacks", "called for a ban to protect
        workers", "said the deal would collapse if talks failed", and, with a clause
        split in two, "speculated that the men detained | could be part of it". The
        gold keeps them. Only modifiers that follow the content with no comma between
        count, and never the occasion of speaking ("in an interview", "at a rally") nor
        its day ("on Sunday"), nor a means phrase on a reporting participle ("attacked
        X by reminding voters that ..."), which reports something of its own.
        """
        if span is None:
            return span
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span

        def content(comp: Token) -> bool:
            if self.in_quote(comp):
                return False
            lead = comp.left_edge.lower_
            if comp.dep_ == "prep":
                if lead not in lexicon.CONTENT_PREPS:
                    return False
                if lead in lexicon.TIME_PLACE_PREPS and self._backs_a_name(verb):
                    return False  # "endorsed Ada Ruiz in early June": when, not whom
                if lead == "by" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and self.is_cue(c) for c in comp.children):
                    return False  # "attacked X by reminding voters that ...": a report of its own
                pobj = next((c for c in comp.children if c.dep_ == "pobj"), None)
                return pobj is None or not (
                    pobj.lemma_.lower() in lexicon.SPEECH_OCCASIONS
                    or lead == "on" and pobj.ent_type_ in ("DATE", "TIME")
                )
            if (
                comp.dep_ == "ccomp"
                and lead == ","
                and comp.tag_ in ("VBD", "VBZ", "VBP")
                and not _has_subject(comp)
            ):
                # `Ada Ruiz, arguing that the port was doomed, resigned`: a bare tensed
                # verb after the comma is the subject's own predicate, past the aside.
                return False
            if comp.dep_ == "ccomp" and self._predicate_of_described_noun(verb, comp):
                return False
            if self._second_report(comp):
                return False  # `said A and one in four said B`: a report of its own
            if lead == "as" and self._as_while(comp):
                return False
            return comp.dep_ == "ccomp" or comp.dep_ in ("advcl", "xcomp") and lead in lexicon.CONTENT_SUBORDINATORS

        span = self._run_on(verb, span, tokens[-1].i, content)
        last = self.char_span(*span)
        if last is not None and len(last):
            more = self._comparison_after(verb, last[-1])
            if more is not None:
                span = (span[0], more.idx + len(more))
        return self._without_stranded_subject(verb, span)

    def _second_report(self, comp: Token) -> bool:
        """A tensed speech cue with a clause of its own hung on the first cue as another
        clause (`One in three said A and one in four said B`): a second report. Right
        after a joiner it is the same speaker's next predicate (`thinks A but said "B"`),
        which goes on with the content."""
        return (
            comp.dep_ == "ccomp"
            and comp.tag_ in ("VBD", "VBZ", "VBP")
            and comp.lemma_.lower() in lexicon.SPEECH_VERBS
            and any(c.dep_ == "ccomp" for c in comp.children)
            and self.is_cue(comp)
            and (
                _has_subject(comp)
                or self.doc[comp.left_edge.i - 1].dep_ not in ("cc", "punct")
            )
        )

    def _without_stranded_subject(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """End a content before the subject of a second report that the parser joined to
        it as a conjunct (`A ... about the port towns | and one in four | said B`)."""
        for comp in verb.rights:
            if not self._second_report(comp) or _has_subject(comp):
                continue
            last = self.doc[comp.left_edge.i - 1]
            conj = next((a for a in (last, *last.ancestors) if a.dep_ == "conj" and a.right_edge.i == last.i), None)
            if conj is None:
                continue
            cc = self.doc[conj.left_edge.i - 1]
            prev = self.doc[cc.i - 1]
            if cc.dep_ == "cc" and span[0] < cc.idx < span[1] and prev.idx >= span[0]:
                return span[0], prev.idx if prev.text == "," else prev.idx + len(prev)
        return span

    @staticmethod
    def _backs_a_name(verb: Token) -> bool:
        """A verb of support whose object is a name or pronoun (`endorsed Ada Ruiz`,
        `backed him`): what it reports is whom, and a phrase of time or place after the
        name (`in early June`, `in all 99 counties`) tells when or where the backing
        happened, not more of whom. (Criticism keeps its respect: `criticized the
        council in its handling of the flood`.)"""
        return verb.lemma_.lower() in BACKING_VERBS and any(
            c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in verb.children
        )

    @staticmethod
    def _as_while(clause: Token) -> bool:
        """A tensed "as" clause with a subject of its own, hung on the cue, tells when the
        cue's act happened (`answered a question as Vrba listened`, `praised the plan as
        it was sailing through the council`); it is not what was answered or praised."""
        return (
            clause.dep_ == "advcl"
            and _has_subject(clause)
            and (clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in clause.children))
        )

    @staticmethod
    def _predicate_of_described_noun(verb: Token, comp: Token) -> bool:
        """`A statement from the ministry saying the border would reopen was issued on
        Friday`: after a participle describing a noun ("statement ... saying"), a tensed
        predicate with no subject of its own is that noun's ("was issued"), not more of
        what the statement said."""
        if verb.dep_ != "acl" or verb.tag_ != "VBG" or _has_subject(comp):
            return False
        return comp.tag_ in ("VBD", "VBZ") or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ") for c in comp.children
        )

    def _with_complements(
        self, verb: Token, obj: Token, span: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """Extend an object content over the verb's "for"/"as" phrase right after it.

        "slammed the media for covering it", "defended the comments as fair": the
        reason or the judgement is part of what was said, though the parser hangs it
        on the verb, not on the object.
        """
        if span is None or obj.dep_ != "dobj":
            return span

        def complement(comp: Token) -> bool:
            if not (comp.dep_ in OBJECT_COMPLEMENTS or comp.dep_ == "prep" and comp.lower_ in lexicon.OBJECT_PREPS):
                return False
            return not self.in_quote(comp) or comp.dep_ == "oprd"

        return self._run_on(verb, span, obj.right_edge.i, complement)

    def _run_on(
        self, verb: Token, span: tuple[int, int], end: int, accept: Callable[[Token], bool]
    ) -> tuple[int, int]:
        """Extend ``span`` over the verb's dependents that follow token ``end`` one after
        another, with nothing between, for as long as ``accept`` takes them."""
        for comp in verb.rights:
            if comp.i <= end:
                continue
            if comp.left_edge.i != end + 1 or not accept(comp):
                break
            more = self.clause_span(comp)
            if more is None:
                break
            span = (span[0], max(span[1], more[1]))
            end = comp.right_edge.i
        return span

    def _named_object(self, verb: Token, span: tuple[int, int]) -> bool:
        """"endorsed Cruz", "backed Clinton": a short content is fine when it is the
        name a support or opposition verb takes."""
        if verb.lemma_.lower() not in lexicon.STANCE_VERBS or span[1] - span[0] < 3:
            return False
        tokens = self.char_span(*span)
        return tokens is not None and all(t.pos_ == "PROPN" for t in tokens) and tokens.root.head == verb

    def _pronoun_object(self, verb: Token, child: Token) -> bool:
        """`Only three senators endorsed him`, `Democrats opposed it`: a bare personal or
        demonstrative pronoun object of a verb of taking sides is whom or what the side
        was taken on (outside quotations, which are the speaker's own words)."""
        return (
            child.dep_ == "dobj"
            and child.i > verb.i
            and child.lower_ in lexicon.POINTING_PRONOUNS
            and verb.lemma_.lower() in lexicon.PRONOUN_OBJECT_VERBS
            and not any(True for _ in child.children)
            and not self.in_quote(child)
            and not _astonished(verb)
        )

    def _bare_answer(self, verb: Token, child: Token) -> bool:
        """A bare answer said ("said yes", "thinks so") or the pronoun a side was taken on
        ("endorsed her"): one word standing for a clause or a name."""
        return self._answer_word(verb, child) or self._pronoun_object(verb, child)

    def _answer_span(self, verb: Token, span: tuple[int, int]) -> bool:
        """The short content is one such bare answer (`_bare_answer`)."""
        tokens = self.char_span(*span)
        return tokens is not None and len(tokens) == 1 and self._bare_answer(verb, tokens[0])

    def _reported_from(
        self, verb: Token, span: tuple[int, int] | None, confidence: float
    ) -> Candidate | None:
        if span is None:
            return None
        fronted = self._fronted_subject(verb)
        if fronted is not None and fronted.left_edge.idx < span[0] and verb.idx < span[0]:
            # "The vote, said Ybarra, was a farce": the clause's subject stands before
            # the inverted cue, its predicate after; both are what was said.
            span = (fronted.left_edge.idx, span[1])
        span = self._past_line_label(span)
        span = self._across_possessive(span)
        span = self._with_stranded_infinitives(span)
        span = self._with_listed_gerunds(span)
        span = self._with_listed_objects(span)
        span = self._with_coordinated_object(verb, span)
        span = self._with_noun_clause(verb, span)
        span = self._with_gerund_predicate(verb, span)
        span = self._with_singled_out_part(verb, span)
        span = self._with_condition(verb, span)
        span = self._with_colon_gloss(span)
        span = self._without_subjects_predicate(verb, span)
        if span[1] - span[0] < 8 and not self._named_object(verb, span) and not self._answer_span(verb, span):
            return None
        if span[1] <= verb.idx and re.search(r"[:;]", without_entities(self.text[span[1] : verb.idx])):
            # "The plan sounded equivocal: Ada Voss called it ...": a colon or semicolon
            # closes the content before the cue; the cue's sentence is a new one.
            return None
        if self._dash_before_quote(verb, span) or self._title_before_verb(verb, span):
            return None
        if ANONYMITY.match(self.text, span[0]):
            return None  # "asked not to be named": a sourcing convention, not a statement
        if _inverted_condition(verb):
            return None
        if (
            (verb.tag_ == "VB" or verb.lemma_.lower() in lexicon.ANONYMITY_PURPOSE_VERBS)
            and re.search(
                r"anonymity|on (?:the )?condition|not authorized|authorization",
                self.text[max(0, verb.idx - 40) : verb.idx],
            )
        ):
            # "on condition of anonymity to speak candidly about the talks": why the
            # source is unnamed. Not "officials, speaking on condition of anonymity, said
            # the plan was approved", where the finite verb after the aside reports.
            return None
        subject = self.subject_of(verb)
        lemma = verb.lemma_.lower()
        if lemma not in lexicon.SPEECH_VERBS and subject is not None and not self.can_speak(
            subject, evidence=lemma in lexicon.EVIDENCE_VERBS
        ):
            # Thinking, wanting and showing need a mind or a source behind them ("the way
            # to rise above them is to reject ..."): kept, but as weak evidence.
            confidence -= 0.15
        mention = self._titled_mention(subject) if subject is not None else None
        if mention is None:
            confidence -= 0.25
        start, end = span
        start = self._with_opening_mark(self._with_open_bracket(start, end), end)
        aside = start < verb.idx < end and verb.left_edge.idx <= mention[0] <= verb.right_edge.idx if mention else False
        if mention and start <= mention[0] < end and not aside:
            cut = self._before_stranded_speaker(subject, verb, start, end)
            if cut is None:
                return None  # the "content" swallowed the speaker: a bad parse
            end = cut
        end = self._dangling_joiner(start, end, mention)
        end = self._closing_fragment(end)
        end = self._before_act_after_quotation(start, end, verb)
        qids = self._quote_ids(start, end)
        if self._split_quotation(start, end, qids):
            return None
        if any(qi + 1 in qids and self._interrupting_narration(qi) for qi in qids):
            return None  # the speaker's words go on after the writer's clause: direct pieces
        if self._narration_after_cue(verb, start):
            return None
        kind = self._report_kind(start, end, qids)
        if kind == "direct" and len(qids) == 1 and self.is_title(self.quotes[next(iter(qids))]):
            # `said in May on the podcast "Here's the Harbour."`: the parser makes the
            # title's verb a clause of "said"; the words in the marks name the show.
            return None
        cue = self._outer_speech_verb(verb) or verb
        return Candidate(kind, start, end, self.cue_span(cue), mention, confidence, qids, cue.i)

    def _report_kind(self, start: int, end: int, qids: set[int]) -> str:
        """The type of a report over ``text[start:end]``: indirect with no quotation in
        it, direct when the quotation marks hold all of it (but a stray mark or two),
        mixed otherwise."""
        if not qids:
            return "indirect"
        inside = sum(1 for c in range(start, end) if self.quote_of_char[c] >= 0 and not self.text[c].isspace())
        visible = sum(1 for c in range(start, end) if not self.text[c].isspace())
        return "direct" if inside >= visible - 2 else "mixed"

    def _closing_conjunct_speaker(self, verb: Token) -> Token | None:
        """`The convoy was turned back at the border, the UN's envoy, Ines Roe, said in a
        post on X`: the parser makes the closing cue a conjunct of the reported clause
        (no "and" between) and hangs its subject, a name set off by commas, on the
        clause's last noun. A finite speech verb so placed, with no subject, object or
        clause of its own, reports the clause; the stranded name speaks."""
        if verb.dep_ != "conj" or verb.head.i >= verb.i or verb.tag_ not in ("VBD", "VBZ"):
            return None
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or self.in_quote(verb):
            return None
        if any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "ccomp", "xcomp", "cc") for c in verb.children):
            return None
        if any(t.dep_ == "cc" and t.head.i == verb.head.i for t in self.doc[verb.head.i : verb.i]):
            return None  # "... and said": a second predicate of the same subject
        if self.doc[verb.i - 1].text != ",":
            return None
        if self._quote_ids(verb.head.left_edge.idx, verb.idx):
            return None  # `"...," Mr. Roe, now retired in Salem, Mass., said`: a quotation's cue
        stranded = self._stranded_subject(verb)
        if stranded is None or stranded.dep_ != "appos":
            return None
        if stranded.ent_type_ in ("GPE", "LOC", "NORP", "FAC") and stranded.head.pos_ != "NOUN":
            return None  # a place set off by commas ("Salem, Mass.") is where, not who; a
            # name for a role noun ("the envoy, Ines Roe") is who, whatever the tagger says
        return stranded if stranded.pos_ == "PROPN" or stranded.ent_type_ == "PERSON" else None

    def _before_stranded_speaker(self, subject: Token | None, verb: Token, start: int, end: int) -> int | None:
        """`The convoy was turned back at the border, the UN's coordinator, Ines Roe, said`:
        the parser hangs the closing speaker's phrase on the content's last noun as an
        apposition, so the content runs over the speaker. The content ends at the comma
        that opens the speaker's phrase (the name, or the role noun it names)."""
        if subject is None or subject.dep_ != "appos" or end > verb.idx:
            return None
        head = subject.head
        phrase = head if head.dep_ == "appos" and head.pos_ in ("NOUN", "PROPN") and head.i < subject.i else subject
        first = phrase.left_edge
        if first.i == 0 or self.doc[first.i - 1].text != ",":
            return None
        cut = start + len(self.text[start : self.doc[first.i - 1].idx].rstrip())
        return cut if cut - start >= 8 else None

    @staticmethod
    def _outer_speech_verb(verb: Token) -> Token | None:
        """`said in a video posted to X that the vote was stolen`: the parser hangs the
        that-clause on the participle describing the medium; the person said it, and
        the verb the medium hangs on (by "in") is the cue."""
        noun = verb.head
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "pobj" or noun.i >= verb.i:
            return None
        prep = noun.head
        outer = prep.head
        if prep.dep_ != "prep" or prep.lower_ != "in" or outer.pos_ != "VERB" or outer.i >= prep.i:
            return None
        return outer if outer.lemma_.lower() in lexicon.SPEECH_VERBS else None

    def _split_quotation(self, start: int, end: int, qids: set[int]) -> bool:
        """`"We tried," said Ann Roe, "and we failed," she added`: a clause span that
        runs from one quotation into the next across a speech verb between the marks
        holds an attribution of its own; the quotes are direct items, each with its
        cue, and not one report that swallowed a second cue."""
        for qi in sorted(qids):
            if qi + 1 not in qids:
                continue
            a, b = self.quotes[qi], self.quotes[qi + 1]
            if not start <= a.close_end <= b.open_start < end:
                continue  # the stretch between the two quotations is not in the span
            gap = self.char_span(a.close_end, b.open_start)
            if gap is None or not 1 < len(gap) <= 8 or not gap.text.strip().endswith(","):
                continue
            if any(t.lemma_.lower() in lexicon.SPEECH_VERBS and t.pos_ in ("VERB", "AUX") for t in gap):
                return True
        return False

    def _dash_before_quote(self, verb: Token, span: tuple[int, int]) -> bool:
        """`Haddad was defiant -- "We did nothing wrong," he said`: the parser makes the
        writer's clause before the dash part of what the cue after the quote reports. A
        dash closes that clause as a colon would; the quote is the direct item."""
        qids = sorted(self._quote_ids(*span))
        if not qids:
            return False
        q = self.quotes[qids[0]]
        if not span[0] < q.open_start or verb.idx < q.close_end:
            return False
        if self.text[q.close_end : verb.idx].strip().startswith(tuple(DASHES)):
            return False  # `- "the best" - and stressed`: the quote is a dashed aside
        return self.text[span[0] : q.open_start].rstrip().endswith(tuple(DASHES))

    def _before_act_after_quotation(self, start: int, end: int, verb: Token) -> int:
        """End of a content that is a whole quoted clause followed by the speaker's next act.

        `said "the plan is dead" and left the room`: the parser hangs "left" on the
        quoted clause, but the clause closed with its marks; a past-tense predicate of
        no subject of its own after them, like the past-tense cue, is what the speaker
        did next. Backshifted predicates ("and had failed") stay reported (`_backshifted`).
        """
        qi = self.quote_of_char[start] if 0 <= start < len(self.text) else -1
        if qi < 0 or self.quotes[qi].open_start != start or self.quotes[qi].close_end >= end:
            return end
        q = self.quotes[qi]
        tokens = self.char_span(q.start, q.end)
        if tokens is None:
            return end
        for head in {t.head for t in tokens if t.head.idx < q.close_end} | {t for t in tokens if t.head == verb}:
            for c in head.children:
                if (
                    c.dep_ == "conj"
                    and c.pos_ == "VERB"
                    and c.tag_ == "VBD" == verb.tag_
                    and c.idx >= q.close_end
                    and not _has_subject(c)
                    and not self._backshifted(c, verb)
                ):
                    first = c.left_edge
                    while first.doc[first.i - 1].dep_ in ("cc", "punct") and first.doc[first.i - 1].idx >= q.close_end:
                        first = first.doc[first.i - 1]
                    end = min(end, self._stop_after(q, first.idx))
        return end

    def _with_open_bracket(self, start: int, end: int) -> int:
        """Start of a content that opens with an editor's bracket: `said "[the plan] is
        dead"`. The parser leaves the "[" off the clause (content `the plan] is dead"`,
        a bracket closed but never opened); a bracket right before the start whose
        partner closes inside the content, words after it, is the content's first character."""
        if start < 1 or self.text[start - 1] not in _OPEN_BRACKETS:
            return start
        close = _OPEN_BRACKETS[self.text[start - 1]]
        inner = self.text[start:end]
        at = inner.find(close)
        if at < 0 or self.text[start - 1] in inner[:at] or not inner[at + 1 :].strip(" .,;:!?\"\u201d\u2019'"):
            return start  # `(Yes, we know, it is extra.)`: a whole sentence in brackets
        return start - 1

    def _with_stranded_infinitives(self, span: tuple[int, int]) -> tuple[int, int]:
        """Extend an infinitive content over the bare infinitives listed after it.

        `promised to strengthen unions, raise the minimum wage and make college
        affordable`: the parser hangs "raise" on the finite "promised", but a bare
        infinitive cannot coordinate with a tensed verb; it is the next item of the
        list the content's "to" opened. Only a conjunct with no subject of its own,
        joined by a comma or a coordinator right after the content, counts; an item
        the parser read as an appositive of the last noun (`unions, close loopholes`)
        is passed over on the way. A reporting noun's infinitive (`a promise to
        strengthen unions, raise ...`) is stranded the same way."""
        tokens = self.char_span(*span)
        if (
            tokens is None
            # (no "to" in the text, no token "to": the test below builds every Token)
            or "to" not in self.text[tokens.start_char : tokens.end_char].lower()
            or not any(
                t.lower_ == "to" and t.dep_ == "aux" and t.head.tag_ == "VB" and t.head.i > t.i for t in tokens
            )
        ):
            return span
        end = tokens[-1].i
        while True:
            j = end + 1
            while j < len(self.doc) and self.doc[j].lower_ in (",", "and", "or"):
                j += 1
            appos = self.doc[j] if j < len(self.doc) else None
            while appos is not None and appos.dep_ != "appos" and appos.head.i != appos.i:
                appos = appos.head
            if appos is not None and appos.dep_ == "appos" and appos.left_edge.i == j and appos.head.i <= end:
                # the list item the parser made an appositive: go on after it
                j = appos.right_edge.i + 1
                while j < len(self.doc) and self.doc[j].lower_ in (",", "and", "or"):
                    j += 1
            if j == end + 1 or j >= len(self.doc):
                return span
            nxt = self.doc[j]
            if not (
                nxt.dep_ == "conj"
                and nxt.tag_ == "VB"
                and nxt.head.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG")
                and not any(end < c.i < j and not c.is_punct for c in nxt.lefts)
                and not _has_subject(nxt)
                and not self.in_quote(nxt)
                and not self.is_cue(nxt)
            ):
                return span
            # (the parser may hang the content itself on the item: `calling on them to
            # organize events, choose china ...` makes "calling" a dependent of "choose")
            more = self.clause_span(nxt)
            item = self.char_span(*more) if more is not None and (more[0] == nxt.idx or more[0] <= span[0]) else None
            if more is None or item is None:
                return span
            span = (span[0], max(span[1], more[1]))
            end = item[-1].i

    def _with_listed_gerunds(self, span: tuple[int, int]) -> tuple[int, int]:
        """Extend a gerund content over the gerunds listed after it.

        `supports squeezing out migrants, temporarily freezing quotas and changing the
        law`: the parser hangs the second gerund on the finite verb as a participle of
        its own, but a list closed by "and"/"or" and a third gerund is the object's
        list, not the speaker's next act (`said X, noting Y` closes no such list)."""
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens) or tokens.root.tag_ != "VBG" or tokens.root.i != tokens[0].i:
            return span
        j = tokens[-1].i + 1
        if j >= len(self.doc) or self.doc[j].text != ",":
            return span
        j += 1
        while j < len(self.doc) and self.doc[j].tag_ == "RB":
            j += 1
        if j >= len(self.doc):
            return span
        nxt = self.doc[j]
        if (
            nxt.tag_ != "VBG"
            or nxt.dep_ not in ("advcl", "conj")
            or nxt.head.i >= tokens[0].i
            or _has_subject(nxt)
            or self.is_cue(nxt)
            or self.in_quote(nxt)
        ):
            return span
        last = nxt.right_edge.i
        closes = any(
            self.doc[k].lower_ in ("and", "or") and self.doc[k + 1].tag_ == "VBG"
            for k in range(j + 1, last)
        )
        if not closes:
            return span
        return self._run_on_to(span, last, j)

    def _with_listed_objects(self, span: tuple[int, int]) -> tuple[int, int]:
        """Extend a noun content over the nouns listed after it.

        `voiced concerns over his views on tolls, his support for night sailings and a
        lack of advisers`: the parser ends the object at the first comma and hangs the
        next item on the verb as an object of its own, with the rest of the list as its
        conjuncts. A comma, then a noun phrase whose own conjunct closes the list with
        "and"/"or", is the content's list going on; a subject after the comma
        (`criticized the plan, the mayor said`) is not such an item."""
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens) or tokens.root.pos_ not in ("NOUN", "PROPN"):
            return span
        j = tokens[-1].i + 1
        if j + 1 >= len(self.doc) or self.doc[j].text != ",":
            return span
        first = self.doc[j + 1]
        x = first
        while x.head.i != x.i and x.head.left_edge.i >= first.i:
            x = x.head
        if (
            x.left_edge.i != first.i
            or x.pos_ not in ("NOUN", "PROPN")
            or x.dep_ not in ("dobj", "pobj", "conj", "appos")
            or x.head.i >= tokens[0].i
            or self.in_quote(x)
        ):
            return span
        conj = self._last_conjunct(x)
        if conj is None or not any(
            t.dep_ == "cc" and t.lower_ in ("and", "or") for t in self.doc[x.i + 1 : conj.left_edge.i]
        ):
            return span
        return self._run_on_to(span, x.right_edge.i, x.i)

    @staticmethod
    def _last_conjunct(noun: Token) -> Token | None:
        """The last noun of the list ``noun`` heads, down a chain of conjuncts: the
        parser hangs "the climate or trade" of "health, the climate or trade" on one
        another, so the joiner that closes the list comes before the last of them."""
        last = None
        while True:
            nxt = max((c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), default=None, key=lambda c: c.i)
            if nxt is None:
                return last
            last = noun = nxt

    def _with_coordinated_object(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """Extend an object content over its second conjunct hung on the cue.

        `opposed mass layoffs and stripping pensions from retirees`, `discussed
        immigration and how it is changing the town`, `cited limited gains and
        continued risks`: the parser hangs what follows "and"/"or" on the verb as a
        conjunct of its own, but a noun, a gerund without a subject, or a wh-clause
        right after the object is the object's second half. So it is after the object
        of the cue's preposition (`talked about her work overseas and what she
        learned`), whose second half the parser hangs on the verb or the preposition;
        a wh-clause is a second topic even when its verb is a cue ("learned"), and
        after a comma too, as after a gerund object (`talks about growing up in Dover,
        and how hopeful he is`); so is a prepositional phrase (`blamed the mayor for
        closing the pier, and for raising fares`, `urged them to fight, and in a more
        focused way`), which is no act of the speaker's. A finite verb (`praised the plan and thanked voters`)
        is the speaker's next act, and a comma before the joiner sets it apart."""
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span
        nominal = tokens.root.pos_ in ("NOUN", "PROPN")
        if not nominal and not (tokens.root.tag_ == "VBG" and tokens.root.dep_ in ("dobj", "pcomp")):
            return span
        owners = [verb]
        if tokens.root.head != verb:
            prep = tokens.root.head
            if tokens.root.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or prep.head != verb or prep.i >= tokens[0].i:
                return span
            owners.append(prep)
        j = tokens[-1].i + 1
        comma = j < len(self.doc) and self.doc[j].text == ","
        j += comma
        if j + 1 >= len(self.doc) or self.doc[j].dep_ != "cc" or self.doc[j].lower_ not in ("and", "or"):
            return span
        conj = next(
            (
                c
                for owner in owners
                for c in owner.children
                if c.dep_ == "conj" and c.left_edge.i == j + 1 and not self.in_quote(c)
            ),
            None,
        )
        if conj is None:
            return span
        wh = self._embedded_question(self.doc[j + 1], conj)
        # (a preposition, "and in a more focused way", "and for raising taxes", is no act)
        phrase = conj.tag_ == "IN" and any(c.dep_ in ("pobj", "pcomp") for c in conj.children)
        if not (wh or phrase) and (self.is_cue(conj) or comma or not nominal):
            return span  # (a cue under a wh-word, "and what she learned", asks no new act)
        bare_gerund = (
            conj.tag_ == "VBG"
            and verb.tag_ != "VBG"  # "thanking X and congratulating Y": two acts of a participle
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in conj.children)
        )
        if not (conj.pos_ in ("NOUN", "PROPN") or bare_gerund or wh or phrase):
            return span
        if any(t.dep_ == "conj" and t.pos_ in ("VERB", "AUX") and t is not conj for t in conj.subtree):
            return span  # "... and a half of its policies and cast her as ...": a new act within
        return self._run_on_to(span, conj.right_edge.i, conj.i)

    def _with_noun_clause(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """Extend a reporting-noun object over its that-clause hung on the cue.

        `did not rebut her rival's point, that the mayor is beholden to donors`, `pressed
        his contention that the name only helps the group`: a that-clause right after a
        noun that holds a claim is the claim's content, though the parser hangs it on
        the verb as a clause of its own; the noun and its clause are one object."""
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span
        noun = tokens.root
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CLAIM_NOUNS:
            return span
        if not (noun.head == verb or noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == verb):
            return span
        j = tokens[-1].i + 1
        j += j < len(self.doc) and self.doc[j].text == ","
        if j + 1 >= len(self.doc) or self.doc[j].lower_ != "that" or self.doc[j].dep_ != "mark":
            return span
        clause = self.doc[j].head
        if clause.head != verb or clause.dep_ not in ("ccomp", "advcl") or clause.left_edge.i != j:
            return span
        return self._balance(*self._run_on_to(span, clause.right_edge.i, clause.i))

    def _with_gerund_predicate(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """Extend a noun object over the gerund clause it is the subject of.

        `bragged about her father teaching her how to sail`: with no comma between, a
        gerund right after the object of the cue (or of its preposition) has that
        object for its subject; what was bragged about is the father's teaching. The
        parser hangs the gerund on the verb, as it would a participle of the speaker's
        own, which a comma sets apart (`praised the crew, saying ...`)."""
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span
        noun = tokens.root
        if noun.pos_ not in ("NOUN", "PROPN", "PRON"):
            return span
        if not (noun.head == verb or noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head == verb):
            return span
        j = tokens[-1].i + 1
        if j >= len(self.doc) or self.text[span[0] : span[1]].rstrip("\"”’' ").endswith(","):
            return span  # (a comma inside the close mark sets the participle apart too)
        ger = self.doc[j]
        if (
            ger.tag_ != "VBG"
            or ger.head not in (verb, noun.head)
            or ger.dep_ not in ("advcl", "xcomp")
            or _has_subject(ger)
            or self.is_cue(ger)
            or self.in_quote(ger)
        ):
            return span
        return self._run_on_to(span, ger.right_edge.i, ger.i)

    def _with_singled_out_part(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """Extend a noun object over the part of it singled out after a comma.

        `urged her to embrace several of his proposals, including free ferries and a new
        pier`, `was upbeat about the town's efforts, particularly the plans for a pier`:
        a noun phrase after "including", "particularly" or "especially" names members of
        the object (as "ranging from X to Y" spans them), so it is part of what was
        embraced or praised; the parser hangs it on the verb. A clause or a prepositional phrase after the focus word
        ("particularly after the vote", "especially because ...") says when or why, and
        stays out."""
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span
        noun = tokens.root
        if noun.pos_ not in ("NOUN", "PROPN") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            return span  # (a quantity, "several of his proposals", is an object too)
        owner = noun.head
        # (the object of the verb, or of its preposition, or of its stance adjective's:
        # "was upbeat about the town's efforts")
        stance = owner.head if owner.head.dep_ == "acomp" and owner.head.head == verb else verb
        if not (owner == verb or noun.dep_ == "pobj" and owner.dep_ == "prep" and owner.head in (verb, stance)):
            return span
        j = tokens[-1].i + 1
        if j + 2 >= len(self.doc) or self.doc[j].text != ",":
            return span
        word = self.doc[j + 1]
        if word.lower_ == "including":
            part = word
            obj = next((c for c in word.children if c.dep_ == "pobj"), None)
            if word.dep_ != "prep" or obj is None or obj.pos_ not in ("NOUN", "PROPN"):
                return span
        elif word.lower_ in ("particularly", "especially"):
            part = word.head
            if part.pos_ not in ("NOUN", "PROPN") or part.left_edge.i != word.i:
                return span
        elif word.lower_ == "ranging" and any(c.dep_ == "prep" and c.lower_ == "from" for c in word.children):
            part = word  # "his statements, ranging from claims of X to Y": the span of its members
        else:
            return span
        if part.head not in (verb, owner, noun, stance) or self.in_quote(part):
            return span
        return self._run_on_to(span, part.right_edge.i, part.i)

    def _with_condition(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """Extend a content over the condition the parser hangs on the cue after it.

        `would consider backing a third candidate if Vrba is the nominee`, `refused to
        rule out a ferry tax - only if it were offset by lower fares`: an "if" or
        "unless" clause right after what was said limits the claim, so it is part of
        it (as the clause it is hung on when the parse is right). Not "if asked", which
        is when the speaker would say it."""
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span
        j = tokens[-1].i + 1
        while j < len(self.doc) and self.doc[j].text in SET_OFF_MARKS:
            j += 1
        while j < len(self.doc) and self.doc[j].lower_ in ("only", "even"):
            j += 1
        if j >= len(self.doc) or self.doc[j].lower_ not in ("if", "unless") or self.doc[j].dep_ != "mark":
            return span
        clause = self.doc[j].head
        if clause.head != verb or clause.dep_ != "advcl" or clause.i <= j:
            return span
        if clause.tag_ == "VBN" and not _has_subject(clause):
            return span  # "if asked", "if elected": when the speaker would act
        return self._balance(*self._run_on_to(span, clause.right_edge.i, clause.i))

    @staticmethod
    def _embedded_question(first: Token, conj: Token) -> bool:
        """The conjunct opens with a question word inside its own clause ("and how
        hopeful he is", "and what she learned"): an embedded question, a topic. Not a
        relative "whom", and not a free relative that is the subject of a clause of its
        own ("and what followed was a long silence": a new statement); the word itself
        may be the subject ("and what happened next")."""
        if first.lower_ not in ("how", "what", "why", "where", "whether"):
            return False
        t = first
        while t != conj:
            if t.head == t or t is not first and t.dep_ in SUBJECT_DEPS and t.head == conj:
                return False
            t = t.head
        return True

    def _with_colon_gloss(self, span: tuple[int, int]) -> tuple[int, int]:
        """`blamed the economy: the banks are still dangerous, nobody gets ahead`, `it
        hopes to reap benefits of its own: to create new markets for its goods`: words
        after a colon that go on in lower case, to the end of the sentence, spell out
        what the content announces; the parser hangs them elsewhere. Only a noun phrase
        ("a figure who ..."), an infinitive or a that-clause glosses it so: a capital
        after the colon starts a sentence of the writer's ("... angst: A recent poll
        ..."), and a clause ("...: the port will close"), a bare list or an imperative
        ("think back to ...") is the writer's own comment."""
        m = re.match(r"[ \t]*:[ \t]+(?=[a-z])", self.text[span[1] :])
        if m is None:
            return span
        first = self.char_span(span[1] + m.end(), span[1] + m.end() + 1)
        if first is None or not len(first):
            return span
        tok = first[0]
        content = self.char_span(*span)
        if content is None or not len(content) or tok.sent.start > content[0].i:
            return span  # the colon ends the content's sentence
        tail = [t for t in self.doc[tok.i : tok.sent.end] if not t.is_space]
        if not tail or any(self.in_quote(t) for t in tail) or tok.lower_ not in ("a", "an", "the", "to", "that"):
            return span
        if tok.lower_ in ("a", "an", "the") and tok.head.dep_ in SUBJECT_DEPS:
            return span  # "...: the port will close": a clause of the writer's own
        return self._run_on_to(span, tail[-1].i, tok.i)

    def _run_on_to(self, span: tuple[int, int], last: int, floor: int) -> tuple[int, int]:
        """``span`` run on to token ``last`` of a list it goes on over, trailing
        punctuation and space left out (never back past token ``floor``)."""
        end = self.doc[last]
        while end.i > floor and (end.is_punct or end.is_space):
            end = self.doc[end.i - 1]
        return (span[0], max(span[1], end.idx + len(end)))

    def _across_possessive(self, span: tuple[int, int]) -> tuple[int, int]:
        """A content cut before a curly possessive runs on to the noun it owns.

        The parser often misreads "’s" (curly apostrophe) as a loose dependent of the
        verb and takes the noun after it for a second object: "criticized the
        government’s tactics" gives the content "the government". When the token right
        after the content is such a stray possessive, the content goes on over the
        phrase of the next dependent of the same head. So does a content that ends on
        a plural possessive mark (`questioned the Vrbas’`): the verb's next dependent
        is the noun the mark owns."""
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens) or tokens.end >= len(self.doc):
            return span
        poss = self.doc[tokens.end]
        owner = poss.head
        if self._possessive_end(tokens[-1]):
            poss, owner = tokens[-1], tokens[-1].head.head
        elif poss.tag_ != "POS" or poss.dep_ == "case" or poss.idx != span[1]:
            return span
        owned = next((c for c in owner.children if c.i > poss.i and c.dep_ in POSSESSIVE_RUN_ON), None)
        if owned is None:
            return span
        return (span[0], max(span[1], owned.right_edge.idx + len(owned.right_edge)))

    def _possessive_end(self, mark: Token) -> bool:
        """`questioned the Vrbas’ costly tactics`, `lamented Jennings’ past vote`: the
        content ends on a possessive mark (tagged so, or a bare apostrophe glued to a
        word in -s) because the parser took the noun it owns for a second object of
        the verb. A phrase never ends on its possessive; a mark that closes a
        quotation is not one."""
        prev = self.doc[mark.i - 1] if mark.i > 0 else None
        if prev is None or prev.whitespace_ or mark.head != prev or self.quote_of_char[mark.idx] >= 0:
            return False
        return mark.tag_ == "POS" or (mark.text in ("\u2019", "'") and prev.text.endswith("s"))

    def _dangling_joiner(self, start: int, end: int, mention: tuple[int, int] | None) -> int:
        """End of a content left hanging on "and"/"or"/"but": run on over the conjunct.

        "pointed to a big win in Ohio and the fact that she leads": the parser hangs
        the second conjunct on the cue or higher, so the content's subtree stops at the
        "and". The conjunct right after it is part of what was reported, unless it is a
        new report of the speaker's ("said she met him twice but said nothing more"),
        runs past the sentence or takes in the speaker; then the joiner alone goes.
        """
        tokens = self.char_span(start, end)
        if tokens is None or len(tokens) < 2:
            return end
        joiner = tokens[-1]
        if joiner.lower_ not in lexicon.DANGLING_JOINERS or joiner.i + 1 >= len(self.doc):
            return end
        keep = tokens[:-1]
        while len(keep) > 1 and (keep[-1].is_punct and not is_quote_token(keep[-1].text) or keep[-1].is_space):
            keep = keep[:-1]
        stripped = keep[-1].idx + len(keep[-1])
        nxt = self.doc[joiner.i + 1]
        top = nxt
        while top.head.i != top.i and top.head.i > joiner.i and top.head.left_edge.i > joiner.i:
            top = top.head
        if (
            top.sent.start != joiner.sent.start
            or top.dep_ in NOUN_MODIFIERS
            or any(self.is_cue(t) and t.pos_ == "VERB" for t in top.subtree)
            or self._quote_ids(nxt.idx, top.right_edge.idx + len(top.right_edge))
        ):
            return stripped
        more = self.clause_span(top)
        if more is None or more[0] > nxt.idx + len(nxt) or more[1] <= end:
            return stripped
        if mention is not None and end <= mention[0] < more[1]:
            return stripped
        return more[1]

    def _closing_fragment(self, end: int) -> int:
        """Extend a content over a quoted fragment that closes its sentence after a
        comma: `said he could fix it because he is a sailor, "like you folks."` The
        fragment (lower-case, not a sentence of its own) is the speaker's words finishing
        the clause, though the parser hangs it elsewhere."""
        m = re.match(r",[ \t]*", self.text[end : end + 4])
        if m is None:
            return end
        qi = self.quote_of_char[end + m.end()]
        if qi < 0 or self.quotes[qi].open_start != end + m.end():
            return end
        q = self.quotes[qi]
        inner = self.text[q.start : q.end]
        if not inner[:1].islower() or re.search(r"[.!?]\W*\s+\W*[A-Z]", inner):
            return end  # a quotation of whole sentences stands alone
        rest = self.text[q.close_end : q.close_end + 2]
        inner_last = inner.rstrip()[-1:]
        if (
            inner_last in ".!?"
            and (not rest or rest[0].isspace())
            or re.match(r"[.!?](?:\s|$)", rest + " ")
        ):
            return q.close_end
        return end

    def _verb_read_as_noun(self, noun: Token) -> Candidate | None:
        """ "Norvane forecast that revenue would fall": a reporting verb that is also a
        noun, read as the sentence's head noun with the name before it as a compound.
        With nothing but that name before it and a that-clause after it, the sentence
        has no other verb to be: the name speaks and the clause is what it said."""
        if self.in_quote(noun) or self.in_boilerplate(noun.idx):
            return None
        trailing = self._trailing_verb_read_as_noun(noun)
        if trailing is not None:
            return trailing
        names = [c for c in noun.lefts if c.dep_ in ("compound", "nsubj") and c.pos_ == "PROPN"]
        if len(names) != 1 or any(c.dep_ != "punct" and c.i != names[0].i and c.dep_ != "compound" for c in noun.lefts):
            return None
        name = names[0]
        if name.left_edge.i != noun.sent.start or any(t.pos_ != "PROPN" for t in self.doc[name.left_edge.i : noun.i]):
            return None
        clause = next(
            (
                c for c in noun.rights
                if c.dep_ in ("acl", "ccomp", "relcl") and c.pos_ in ("VERB", "AUX")
                and any(m.dep_ == "mark" and m.lower_ == "that" and m.i == noun.i + 1 for m in c.children)
            ),
            None,
        )
        if clause is None or self.in_quote(clause):
            return None
        span = self.clause_span(clause)
        if span is None or span[1] - span[0] < 8:
            return None
        start, end = span
        qids = self._quote_ids(start, end)
        mention = (self.doc[name.left_edge.i].idx, name.idx + len(name))
        cue = (noun.idx, noun.idx + len(noun))
        return Candidate("mixed" if qids else "indirect", start, end, cue, mention, 0.6, qids, None)

    def _trailing_verb_read_as_noun(self, noun: Token) -> Candidate | None:
        """ "The port will close, Ada Ruiz predicts.": a reporting verb in -s closing the
        sentence after a name, read as a plural noun with the name as its compound and
        the clause before the comma hung on it. Nothing but the name stands between the
        comma and the verb, and nothing but punctuation after it."""
        if noun.tag_ != "NNS" or any(not c.is_punct for c in noun.rights):
            return None
        clauses = [c for c in noun.lefts if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
        if len(clauses) != 1 or not any(c.dep_ in SUBJECT_DEPS for c in clauses[0].children):
            return None
        clause = clauses[0]
        comma = clause.right_edge.i + 1
        if comma >= noun.i or self.doc[comma].text != ",":
            return None
        name = self.doc[comma + 1 : noun.i]
        if not len(name) or any(t.pos_ != "PROPN" or self.in_quote(t) for t in name):
            return None
        span = self.clause_span(clause)
        if span is None or span[1] - span[0] < 8:
            return None
        qids = self._quote_ids(*span)
        cue = (noun.idx, noun.idx + len(noun))
        mention = (name[0].idx, name[-1].idx + len(name[-1]))
        return Candidate("mixed" if qids else "indirect", span[0], span[1], cue, mention, 0.6, qids, None)

    def _noun_cue(self, noun: Token) -> Candidate | None:
        """ "Trump's claim that the vote was rigged": a reporting noun with a that-clause.

        The possessor speaks ("Trump's", "his"); without one the item keeps its cue and
        no speaker.
        """
        if self.in_quote(noun) or self.in_boilerplate(noun.idx):
            return None
        lemma = noun.lemma_.lower()
        if (noun.head.lower_, lemma) in lexicon.GLOSS_IDIOMS and noun.dep_ == "pobj" and not any(
            c.dep_ in ("det", "poss") for c in noun.children
        ):
            return None  # "'Not again,' he said, in reference to the vote": the writer's gloss
        clause = None
        if lemma in lexicon.NOUN_CUES or lemma in lexicon.THAT_NOUNS:
            clause = next(
                (
                    c
                    for c in noun.children
                    if c.dep_ in ("acl", "ccomp", "relcl")
                    and c.i > noun.i
                    and _has_that(c)
                ),
                None,
            )
        if clause is None and (lemma in lexicon.NOUN_CUES or lemma in lexicon.THAT_NOUNS):
            clause = self._that_clause_on_light_verb(noun)
        framed = clause is None
        if framed and self._speaker_of_its_own_report(noun):
            return None
        if framed:
            clause = self._noun_frame_slot(noun, lemma)
        if clause is not None:
            span = self.clause_span(clause)
            if span is not None and framed:
                span = self._with_for_to_infinitive(clause, span)
            if span is not None:
                span = self._with_stranded_infinitives(span)
            if span is not None and not framed:
                span = self._without_swallowed_predicate(noun, clause, span)
        elif lemma in lexicon.COLON_NOUNS:
            span = self._after_colon(noun)
            framed = False
        else:
            return None
        if span is None or span[1] - span[0] < 8 and not (
            framed and self._names_only(clause) and any(c.dep_ == "poss" for c in noun.children)
        ):
            return None  # "his attacks on Curiel": a short name is fine when someone owns the cue
        owner = self._noun_owner(noun, of_phrase=not framed)
        if owner is not None and framed:
            # "Clinton bashed Trump's proposal to ban ...": whoever acts on a proposal
            # or a call is the one the sentence reports, not the proposal's author.
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head
            if (
                noun.dep_ in ("dobj", "pobj")
                and verb.pos_ == "VERB"
                and verb.lemma_.lower() not in lexicon.LIGHT_VERBS
            ):
                actor = self.subject_of(verb)
                if actor is not None and self.can_speak(actor):
                    owner = actor
        if owner is None and noun.dep_ in ("dobj", "pobj"):
            # "he made the suggestion that ...", "played down the idea that ...", "entered
            # the debate with an argument that ...": the governing verb's subject holds it.
            verb = noun.head if noun.dep_ == "dobj" else noun.head.head
            if verb.pos_ in ("VERB", "AUX") and (noun.dep_ == "dobj" or verb.i != noun.head.i):
                owner = self.subject_of(verb)
            elif noun.dep_ == "pobj":
                verb = self._verb_over_container(noun)
                owner = self.subject_of(verb) if verb is not None else None
        words = self.char_span(*span)
        if owner is None and noun.dep_ == "attr" and words is not None and len(words) >= 4:
            # (a few words stay no report: "his campaign was a call for reform" is the
            # writer's gloss, and a speaker found this way must not make it one)
            owner = self._copular_owner(noun)
        if owner is None and noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in lexicon.AUTHORING_PASSIVES:
            # "The claim that the vote was rigged was made by Tom Reilly": the agent.
            agent = next((c for c in noun.head.rights if c.dep_ == "agent"), None)
            pobj = _agent_object(agent) if agent is not None else None
            if pobj is not None and self.can_speak(pobj):
                owner = pobj
        mention = self.mention_span(owner) if owner is not None else None
        start, end = span
        qids = self._quote_ids(start, end)
        kind = "mixed" if qids else "indirect"
        confidence = 0.6 if mention else 0.4
        cue = (noun.idx, noun.idx + len(noun))
        verb = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
        if (
            not framed
            and verb is not None
            and noun.head.lower_ in ("in", "through", "via")
            and verb.i < noun.i
            and verb.pos_ == "VERB"
            and verb.lemma_.lower() in lexicon.SPEECH_VERBS
            and owner is not None
        ):
            # "Ann Roe said in a statement that ...": the parser hangs the clause on the
            # noun, but the verb is the cue and the report as sure as any "said that".
            return Candidate(kind, start, end, self.cue_span(verb), mention, 0.8, qids, verb.i)
        return Candidate(kind, start, end, cue, mention, confidence, qids, None)

    def _without_swallowed_predicate(self, noun: Token, clause: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`The company's announcement that 300 jobs would go shocked the town`: when the
        parser finds no predicate for the noun opening the sentence (the noun is its
        root), the sentence's own verb has been read into the that-clause ("go shocked",
        "had been made angered MPs"). A past form (in -ed, or tagged so) right after the clause's last
        word, with no auxiliary, subject or "that" of its own (not "and that officials
        lied"), is that predicate: the content ends before it."""
        if noun.dep_ != "ROOT" or noun.left_edge.i != noun.sent.start:
            return span
        for tok in self.doc[clause.i + 1 : noun.sent.end]:
            if tok.idx >= span[1]:
                break
            prev = self.doc[tok.i - 1]
            if (
                # (an irregular past too: "that schools would close caught parents off guard")
                (tok.lower_.endswith("ed") and tok.tag_ in ("VBD", "VBN", "JJ") or tok.tag_ in ("VBD", "VBN"))
                and prev.pos_ in ("VERB", "NOUN", "PROPN", "PRON", "NUM", "ADJ")
                and prev.dep_ not in ("aux", "auxpass")
                and not any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass", "mark") for c in tok.children)
                and not self.in_quote(tok)
            ):
                end = prev.idx + len(prev)
                return (span[0], end) if end - span[0] >= 8 else span
        return span

    def _with_for_to_infinitive(self, slot: Token, span: tuple[int, int]) -> tuple[int, int]:
        """`renewed its calls for the port authority to drop the fees`: the object of a
        call's "for" is the subject of the infinitive right after it (a for-to clause:
        what is called for is that act), but the parser hangs the infinitive on the
        sentence's verb. Taken in when it starts right after the object, outside quotes."""
        if slot.dep_ != "pobj" or slot.head.lower_ != "for":
            return span
        to = self.doc[slot.right_edge.i + 1] if slot.right_edge.i + 1 < len(self.doc) else None
        if to is None or to.lower_ != "to" or to.dep_ != "aux" or self.in_quote(to):
            return span
        verb = to.head
        if verb.tag_ != "VB" or verb.left_edge.i != to.i or verb.i in {t.i for t in slot.subtree}:
            return span
        more = self.clause_span(verb)
        return span if more is None else (span[0], max(span[1], more[1]))

    @staticmethod
    def _that_clause_on_light_verb(noun: Token) -> Token | None:
        """ "has been making the case for weeks that the pier must close", "repeated his
        contention on Tuesday that ...", "renewed accusations (that) the mayor lied":
        with words between the noun and its that-clause, the parser hangs the clause on
        the verb that issues the noun (`LIGHT_VERBS`), not on the noun. The clause after
        the noun, opened by "that", is still the noun's content."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in lexicon.LIGHT_VERBS:
            return None
        return next(
            (
                c
                for c in verb.rights
                if c.i > noun.i
                and c.dep_ in ("ccomp", "advcl")
                and _has_that(c)
            ),
            None,
        ) or Extractor._that_clause_after_addressee(noun)

    @staticmethod
    def _that_clause_after_addressee(noun: Token) -> Token | None:
        """`made an impassioned case to a gathering of dock workers that he can fix the
        port`: the addressee's to-phrase stands between the noun and its that-clause, and
        the parser hangs the clause on the phrase's last noun as a relative clause. A
        "that" there that opens a clause with a subject of its own after it (a relative
        "that" is the clause's subject or object, no mark) is the noun's complementizer."""
        to = next((c for c in noun.doc[noun.i + 1 : noun.i + 2] if c.lower_ == "to" and c.dep_ == "prep"), None)
        if to is None or to.head not in (noun, noun.head):
            return None
        for t in to.subtree:
            if t.lower_ == "that" and t.dep_ == "mark":
                clause = t.head
                if clause.dep_ in ("relcl", "acl", "ccomp") and any(
                    c.dep_ in SUBJECT_DEPS and c.i > t.i for c in clause.children
                ) and not any(x.is_punct for x in noun.doc[noun.i + 1 : t.i]):
                    return clause
                return None
        return None

    @staticmethod
    def _names_only(head: Token | None) -> bool:
        """Whether ``head``'s phrase is a proper name and nothing else ("Curiel")."""
        return head is not None and all(t.pos_ == "PROPN" for t in head.subtree)

    def _after_colon(self, noun: Token) -> tuple[int, int] | None:
        """The sentence a colon right after a reporting noun opens.

        "the party's leaders sent him an unmistakable message: he is hurting the party",
        "Their argument: only a new board can fix the harbour": the parser makes the
        words after the colon a clause of their own (or a new sentence), not the noun's
        complement, but they are what the message or argument says. They run to the end
        of their sentence, and must say something (a tensed verb, or "that"); a quotation
        opening them is a direct quote, found from its marks.
        """
        doc = self.doc
        colon = noun.i + 1
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # "Her message to the council was simple: residents will not move."
            adj = next((c for c in noun.head.children if c.dep_ == "acomp" and c.i > noun.i), None)
            if adj is not None and adj.lemma_.lower() in lexicon.COLON_PREDICATES:
                colon = adj.i + 1
        if colon + 1 >= len(doc) or doc[colon].text != ":" or self.in_quote(doc[colon]):
            return None
        # ("Match report: Reid double sinks Lira": a bare noun with only common nouns naming
        # its kind before it, opening the line, is a rubric too; a name there owns the
        # report, "IG report: State was inaccurate" -- the tagger takes a capitalised
        # first word for a proper noun, so a word that is no entity counts as common)
        bare = all(
            t.dep_ == "punct" or t.dep_ == "compound" and (t.pos_ == "NOUN" or t.is_title and not t.ent_type_)
            for t in noun.lefts
        )
        first_word = noun.left_edge if bare else noun
        before = doc[first_word.i - 1] if first_word.i else None
        if (noun.is_upper and len(noun) > 1) or (
            bare and (before is None or before.is_space or before.text in ("(", "["))
        ):
            return None  # "(Warning: Video contains graphic images)": a label, not a message
        first = doc[colon + 1]
        if first.is_space or self.in_quote(first) or first.is_punct:
            return None
        words = [t for t in doc[colon + 1 : first.sent.end] if not t.is_space]
        while words and words[-1].is_punct and not self.in_quote(words[-1]):
            words.pop()
        says = words and (words[0].lower_ == "that" or any(t.tag_ in FINITE_TAGS for t in words))
        if len(words) < 3 or not says:
            return None
        start, end = words[0].idx, words[-1].idx + len(words[-1])
        if "\n" in self.text[start:end]:
            return None
        return start, end

    @staticmethod
    def _speaker_of_its_own_report(noun: Token) -> bool:
        """`Critics of the "Rwanda plan" say it is too costly`: a frame noun naming people
        (a role head) that is the subject of a cue verb with a clause of its own is who
        speaks there; what its frame names (the plan) is no second report. (Frames that
        are no people, "Mr. Trump's decision to seize on immigration has showed", stay:
        train annotates them.)"""
        verb = noun.head
        return (
            noun.dep_ == "nsubj"
            and noun.lemma_.lower() in lexicon.ROLE_HEADS  # people ("critics"), not "his decision to ..."
            and verb.lemma_.lower() in lexicon.CUE_LEMMAS
            and any(c.dep_ == "ccomp" for c in verb.children)
        )

    def _noun_frame_slot(self, noun: Token, lemma: str) -> Token | None:
        """The slot of a noun frame: "a promise to cut taxes", "calls for a ban"."""
        if lemma in lexicon.OWNED_NOUN_FRAMES and not any(c.dep_ == "poss" for c in noun.children):
            return None  # "the decision to delay the vote": nobody's view
        for child in noun.rights:
            if child.dep_ == "prep" and lemma in lexicon.WH_NOUNS and child.lower_ in lexicon.WH_NOUN_PREPS:
                slot = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if slot is not None and slot.left_edge.lower_ in lexicon.WH_WORDS:
                    return slot  # "questions about whether he would run"
            if child.dep_ == "acl" and (lemma, "acl") in lexicon.NOUN_FRAMES:
                if _has_to(child):
                    return child
            elif child.dep_ == "prep" and (lemma, f"prep:{child.lower_}") in lexicon.NOUN_FRAMES:
                return next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            elif (
                child.dep_ in ("acl", "advcl")
                and (lemma, "prep:for") in lexicon.NOUN_FRAMES
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in child.children)
            ):
                return child  # "calls for the board to resign": a for-to clause
        return None

    def _hearsay(self, adverb: Token) -> Candidate | None:
        """"Bloomberg reportedly considered a run": the clause is attributed, to no one."""
        head = adverb.head
        if head.pos_ not in ("VERB", "AUX") or self.in_quote(adverb):
            return None
        if head.lemma_.lower() in lexicon.SPEECH_VERBS and self.is_cue(head) and self.subject_of(head) is not None:
            return None  # "Ann Roe reportedly said X": the speech verb reports X itself
        span = self.clause_span(head)
        if span is not None and span[0] == adverb.idx:
            # ", reportedly winning over delegates", "Reportedly, he made ...": the
            # content the adverb opens starts after it (and its comma)
            rest = next((t for t in self.doc[adverb.i + 1 :] if not (t.is_punct or t.is_space or t.text.isspace())), None)
            span = None if rest is None or rest.idx >= span[1] else (rest.idx, span[1])
        if span is None or span[1] - span[0] < 8:
            return None
        start, end = span
        qids = self._quote_ids(start, end)
        cue = (adverb.idx, adverb.idx + len(adverb))
        return Candidate("mixed" if qids else "indirect", start, end, cue, None, 0.5, qids, None)

    def _sourcing_per(self, tok: Token) -> bool:
        """ "per" naming a source, not a rate ("$20 per person", "three per cent"): a
        phrase set off by a comma or opening the sentence, whose object is a name or a
        statement noun ("per Ada Ruiz", "per the union's statement")."""
        if tok.dep_ != "prep" or self.in_quote(tok) or self.in_boilerplate(tok.idx):
            return False
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
        if pobj is None or self._per_is_a_name(tok, pobj):
            return False
        set_off = tok.i > 0 and self.doc[tok.i - 1].text == "," or tok.is_sent_start
        named = pobj.ent_type_ in ("PERSON", "ORG", "NORP") or pobj.pos_ == "PROPN"
        # ("per a spokesman", "per people familiar with the talks": a determined or
        # plural person noun, never a bare singular rate like "per person")
        person = (
            pobj.pos_ == "NOUN"
            and self.can_speak(pobj)
            and (pobj.tag_ == "NNS" or any(c.dep_ in ("det", "poss") for c in pobj.children))
        )
        # ("per a company memo", "per an email seen by the Courier": a document speaks
        # for whoever wrote it, as a statement does)
        texts = lexicon.STATEMENT_NOUNS | lexicon.DOCUMENT_NOUNS
        return set_off and (named or person or pobj.lemma_.lower() in texts)

    def _per_is_a_name(self, tok: Token, pobj: Token) -> bool:
        """`His coach, Per Amundsen, said ...`: "Per" is a first name (Scandinavian), which
        the parser reads as the preposition. Written with a capital inside a sentence and
        followed by a capitalised word, or opening the sentence as the subject of the verb
        right after the name (`Per Amundsen said ...`, where the source reading needs a
        comma: `Per Reuters, the talks failed`)."""
        if tok.text != "Per" or not self.doc[tok.i + 1].is_title:
            return False
        if not tok.is_sent_start:
            return True
        after = self.doc[pobj.i + 1] if pobj.i + 1 < len(self.doc) else None
        return after is not None and after.pos_ in ("VERB", "AUX")

    def _with_colon_quote(self, span: tuple[int, int]) -> tuple[int, int]:
        """`His complaint, according to X, was the timing: "..."`: a quotation after a
        colon that closes the sentence spells out what the source vouches for."""
        m = re.match(r"[ \t]*:[ \t]*", self.text[span[1] :])
        if m is None:
            return span
        qi = self.quote_of_char[span[1] + m.end()] if span[1] + m.end() < len(self.text) else -1
        if qi < 0 or self.quotes[qi].open_start != span[1] + m.end():
            return span
        close = self.quotes[qi].close_end
        if re.match(r"[ \t]*(?:\n|$)", self.text[close:]) is None:
            return span
        return span[0], close

    def _parenthetical(self, tok: Token, head: Token) -> bool:
        """`The fire, according to witnesses, started in the kitchen`: the source set off
        by commas between the clause's subject and its predicate; what it vouches for
        runs on both sides of it."""
        left, right = tok.i - 1, tok.right_edge.i + 1
        if left <= 0 or right >= len(self.doc) - 1:
            return False
        if self.doc[left].text != "," or self.doc[right].text != ",":
            return False
        return head.left_edge.i < left and any(
            c.dep_ in SUBJECT_DEPS and c.i < left for c in head.children
        ) and head.i > right

    def _said_as_conj(self, verb: Token) -> bool:
        """`Rates will stay on hold, the governor, Elif Arslan, said on Tuesday`: the
        parser made the trailing attribution a conjunct of the clause it reports. With
        no conjunction between them, a subject of its own set off by a comma, and
        nothing of its own to report, the cue attributes the clause before it."""
        head = verb.head
        if verb.dep_ != "conj" or head.i >= verb.i or head.pos_ not in ("VERB", "AUX"):
            return False
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            return False
        if any(c.dep_ in ("cc", "preconj") and head.i < c.i < verb.i for c in head.children):
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj",) and c.i < verb.i), None)
        if subject is None or subject.left_edge.i == 0 or self.doc[subject.left_edge.i - 1].text != ",":
            return False
        return not any(c.dep_ in (*CONTENT_DEPS, "dobj", "conj") for c in verb.children)

    def _according_to(self, tok: Token, prep: str = "to", nxt: Token | None = None) -> Candidate | None:
        """The clause a source vouches for: ``tok`` is "according" (or "as" of "as per",
        or a bare "per"), ``nxt`` the preposition naming the source (the token after
        ``tok`` unless given)."""
        nxt = nxt if nxt is not None else self.doc[tok.i + 1]
        if nxt.lower_ != prep:
            return None
        pobj = next((c for c in nxt.children if c.dep_ == "pobj"), None)
        if pobj is None or self.in_quote(tok) or self._standard_not_source(pobj):
            return None
        head = tok.head
        while head.dep_ in ("prep",) and head.head.i != head.i:
            head = head.head
        if head.i == tok.i:
            return None
        if (
            head.i > pobj.i
            and head.dep_ in ("advcl", "acl", "conj")
            and head.head.i < tok.i
            and not _has_subject(head)
        ):
            # "..., according to an email previously kept secret": the parser makes the
            # source's own participle the head the phrase hangs on; the source vouches
            # for the clause that participle was hung from, not for the participle.
            head = head.head
        if (
            head.dep_ == "ROOT"
            and head.i > pobj.i
            and head.tag_ == "VBN"
            and self.doc[tok.i - 1].text == ","
            and not any(c.dep_ in SUBJECT_DEPS and c.i > tok.i or c.dep_ in ("aux", "auxpass") for c in head.children)
            and all(t.dep_ == "advmod" and t.head.i == head.i for t in self.doc[pobj.right_edge.i + 1 : head.i])
            and tok.i - tok.sent.start >= 4
        ):
            # "A perform worse, according to the largest study yet published": the parser
            # made the source's participle the sentence's root, with all before the comma
            # hung from it; the source vouches for that part, not for "yet published".
            last = self.doc[tok.i - 2]
            return self._vouched_by(tok, nxt, pobj, (tok.sent[0].idx, last.idx + len(last)))
        if self._trailing_source(tok, pobj) and self.doc[max(head.left_edge.i - 1, 0)].text != ",":
            # "The deal is worth 2 billion euros, per Ada Ruiz": a source set off at the
            # sentence's end vouches for the clause, whatever word of its predicate the
            # parser hung it on (a phrase set off that it closes is what it vouches for:
            # "income reached $56,746, the level of 2007, according to one firm").
            while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
                head = head.head
        if self._trailing_source(tok, pobj):
            while head.dep_ == "advcl" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
                # "A has raised $2 million, while B has raised $6 million, according to
                # filings": hung on the last clause of the sentence, the source still
                # vouches for all of it, the clause that clause hangs from included.
                head = head.head
        if head.dep_ in SUBJECT_DEPS and head.head.pos_ in ("VERB", "AUX"):
            head = head.head  # "Other cleavages, according to the poll, include ...": the clause
        while head.dep_ == "conj" and head.head.pos_ in ("VERB", "AUX") and head.head.i < head.i:
            # "A, and B, according to X": the source stands for the whole sentence.
            head = head.head
        if (
            head.dep_ == "ccomp"
            and head.head.i < head.i < tok.i
            and self.is_cue(head.head)
            and not self.in_quote(head.head)
            and self.doc[tok.i - 1].text == ","
        ):
            # "Roe said he would quit, according to press reports": the trailing source
            # vouches for the whole report, the speaker and the cue included.
            head = head.head
        relative = self._relative_in_report(tok, pobj)
        if relative is not None:
            # "Weaver says his streak is proof the gap will close in delegates, which
            # stood at 263, according to the AP": the report is Weaver's; the source
            # vouches only for the relative clause set off before it.
            last = self.doc[tok.i - 2]
            return self._vouched_by(tok, nxt, pobj, (relative.left_edge.idx, last.idx + len(last)))
        pointer = self._pointer_subject(head, tok)
        if pointer is not None:
            # "That's according to exit polls": the source vouches for what "that" points
            # back to; PolNeAR marks the pronoun itself as the content.
            mention = self.mention_span(self._medium_speaker(pobj) or pobj)
            return Candidate(
                "indirect", pointer.idx, pointer.idx + len(pointer), (tok.idx, nxt.idx + len(nxt)), mention, 0.75,
                cue_token=tok.i,
            )
        bridged = self._parenthetical(tok, head)
        span = self.clause_span(head, exclude=tok, bridge=bridged, whole=self._fronted_whole(head, tok))
        if span is None:
            return None
        if bridged:
            span = self._with_colon_quote(span)
        if (
            head.lemma_.lower() in lexicon.SPEECH_VERBS
            and not any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in head.children)
            and head.i - head.left_edge.i < 6
            # `The strike was called off, according to ...`: a passive or phrasal verb
            # reports an event, not the attribution of a quotation
            and not any(c.dep_ in ("nsubjpass", "prt") for c in head.children)
        ):
            # `"...?" Clinton asked, according to a transcript`: the source vouches for
            # an attribution whose content is the quote, not for "Clinton asked".
            return None
        cand = self._vouched_by(tok, nxt, pobj, span)
        if cand is None:
            return None
        named = APPOSED_NAME.match(self.text, cand.start, cand.end)
        if (
            named
            and tok.i < pobj.i
            and pobj.tag_ == "NN"
            and self._names_a_person(*named.span(1))
            and (pobj.lemma_.lower() in lexicon.TITLE_WORDS or pobj.lemma_.lower() in lexicon.PERSON_DESCRIPTIONS)
            and not self.text[pobj.right_edge.idx + len(pobj.right_edge) : cand.start].strip(", ")
        ):
            # "According to the bank's governor, Ravi Menon, inflation will fall": the
            # name in apposition is the source, not the start of the content.
            cand.mention = named.span(1)
            cand.start = named.end()
        return cand

    def _vouched_by(self, tok: Token, nxt: Token, pobj: Token, span: tuple[int, int]) -> Candidate | None:
        """The report ``span`` whose source is ``pobj``, the object of "according to"
        (``tok`` and ``nxt``, the cue)."""
        cand = self._reported_from(tok, span, 0.75)
        if cand is None:
            return None
        cand.cue = (tok.idx, nxt.idx + len(nxt))
        if cand.mention is None:
            # The source is the object of "to", not a subject: `_reported_from` docked
            # the item for a missing speaker it does have (these are ~90% right).
            cand.confidence += 0.25
        cand.mention = self.mention_span(self._medium_speaker(pobj) or pobj)
        return cand

    def _relative_in_report(self, tok: Token, pobj: Token) -> Token | None:
        """The relative clause a trailing "according to" closes, when the clause it
        describes a noun of is itself what a speech verb reports: a relative set off by
        a comma and opened by "which" or "who" that ends right before the source's comma,
        on a noun inside the content of a cue (the report has its speaker; the source
        adds a fact about the noun)."""
        if not self._trailing_source(tok, pobj) or tok.i < 3:
            return None
        relative = next((a for a in self.doc[tok.i - 2].ancestors if a.dep_ == "relcl"), None)
        if relative is None or relative.right_edge.i != tok.i - 2:
            return None
        first = relative.left_edge
        if first.lower_ not in ("which", "who") or self.doc[first.i - 1].text != ",":
            return None
        return relative if any(
            a.dep_ == "ccomp" and self.is_cue(a.head) and not self.in_quote(a.head) for a in relative.ancestors
        ) else None

    def _trailing_source(self, tok: Token, pobj: Token) -> bool:
        """The source phrase opens after a comma and closes its sentence."""
        after = pobj.right_edge.i + 1
        closes = after >= len(self.doc) or self.doc[after].is_sent_start or self.doc[after].text in (".", "!", "?")
        return tok.i > 0 and self.doc[tok.i - 1].text == "," and closes

    @staticmethod
    def _pointer_subject(head: Token, according: Token) -> Token | None:
        """"That's according to the poll": a bare demonstrative subject of "be" whose
        only predicate is the according-phrase; None for any other clause."""
        if head.lemma_.lower() != "be" or according.head != head:
            return None
        subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
        if subject is None or subject.lower_ not in ("that", "this") or any(True for _ in subject.children):
            return None
        rest = [c for c in head.children if c not in (subject, according) and c.dep_ != "punct"]
        return subject if not rest else None

    def _standard_not_source(self, noun: Token) -> bool:
        """ "went according to plan", "according to schedule": a lowercase singular noun
        with no article, possessor or modifier, that cannot speak, names a standard the
        event kept to, not a source ("according to police", "to Vrba", "to the report")."""
        return (
            noun.tag_ == "NN" and noun.is_lower and not any(True for _ in noun.children)
            and not self.can_speak(noun, evidence=True)
        )

    def _names_a_person(self, start: int, end: int) -> bool:
        """``text[start:end]`` is proper nouns the model tags as a person."""
        span = self.char_span(start, end)
        return span is not None and all(t.pos_ == "PROPN" and t.ent_type_ == "PERSON" for t in span)

    def _medium_speaker(self, noun: Token) -> Token | None:
        """`according to audio provided by Radio Dover`, `to an interview her brother gave`,
        `to interviews with a dozen officials`: the words came through a medium, and the
        person or outlet named with it is the source."""
        if noun.lemma_.lower() not in lexicon.MEDIUM_NOUNS | lexicon.STATEMENT_NOUNS:
            return None  # (`according to a statement issued by the Harbour Board`)
        for c in noun.rights:
            if c.dep_ == "acl" and c.tag_ == "VBN":
                agent = next((a for a in c.children if a.dep_ == "agent"), None)
                pobj = next((p for p in agent.children if p.dep_ == "pobj"), None) if agent else None
                if pobj is not None and self.can_speak(pobj):
                    return pobj
            if c.dep_ == "prep" and c.lower_ == "with":
                pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
                if pobj is not None and self.can_speak(pobj):
                    return pobj
            if c.dep_ == "relcl":
                subject = next((x for x in c.children if x.dep_ == "nsubj"), None)
                if subject is not None and subject.tag_ not in ("WDT", "WP") and self.can_speak(subject):
                    return subject
        return None

    # -- all together -------------------------------------------------------------

    def run(self) -> list[Quote]:
        """Reported clauses first: a quote inside one is a fragment of a mixed item.

        Only the quotes that no reported clause wraps go through the direct pass, so
        `warned that troops could invade "at any time"` stays one mixed item.
        """
        reported = (
            self.reported_candidates(set())
            + self.quoted_complements()
            + self.block_quotes()
            + self.dialogue_dashes()
            + self.transcript_turns()
            + self.colon_claims()
            + self.embedded_posts()
        )
        reported = [
            r
            for r in reported
            if not self._sourceless_phrase(r)
            and not self._sourceless_name(r)
            and not self._postposed_source(r)
            and not self._lacks_its_message(r)
            and not self._reason_only(r)
            and not self._all_that_was_said_of(r)
        ]
        reported = [r for r in reported if self._without_carried_text(r)]
        for r in reported:
            self._carry_past_fragment(r)
        mixed = [r for r in reported if r.type == "mixed"]
        absorbed = set().union(*(r.quote_ids for r in mixed)) if mixed else set()
        owners = {qi: r for r in mixed for qi in r.quote_ids}
        reports = [r for r in reported if r.type == "indirect" and r.cue_token is not None]
        direct = self.direct_candidates(skip=absorbed, owners=owners, reports=reports)
        direct_cues = {c.cue_token for c in direct if c.cue_token is not None}
        taken = set().union(*(c.quote_ids for c in direct)) if direct else set()
        final: list[Candidate] = mixed + direct
        final += self.quoted_objects(
            absorbed | taken, {r.cue_token for r in reported} | direct_cues
        )
        closed: set[int] = set()  # quotations a mixed item now holds whole
        for c in final:
            self._carry_past_fragment(c)
            closed |= self._close_open_quotation(c)
        by_cue: dict[int | None, list[Candidate]] = {}
        for c in direct:
            by_cue.setdefault(c.cue_token, []).append(c)
        for r in reported:
            if r.type == "indirect" and r.cue_token in direct_cues:
                joined = self._clause_then_quote(r, by_cue[r.cue_token])
                at = None if joined is None else next((k for k, c in enumerate(final) if c is joined[0]), None)
                if at is not None:  # (None: another report on the cue took the quotation first)
                    final[at] = joined[1]
                    continue
            if r.type == "indirect" and (
                r.cue_token not in direct_cues
                or all(self._second_content(r, d) for d in by_cue[r.cue_token])
            ):
                final.append(r)
            elif r.type == "direct" and not r.quote_ids:
                final.append(r)  # a block quote: no marks to snap to
            elif r.type == "direct" and not r.quote_ids <= taken:
                final.append(self._snap_to_quotes(r))
        for c in final:
            self._cut_trailing_source(c)
            self._close_at_parenthesis(c)
            self._open_at_parenthesis(c)
            self._cut_writers_gloss(c)
            self._run_on_standings(c)
        final = [c for c in final if c.type != "direct" or not c.quote_ids or not c.quote_ids <= closed]
        self._split_trailing_reports(final)
        kept = self._join_inner_conjuncts(self._join_stray_fragments(_dedupe(final)))
        for c in kept:
            self._raise_subject(c)
        kept = _wrap_grown_reports(kept)
        kept = self._without_pull_quotes(kept)
        kept = self._without_bracketed_glosses(kept)
        kept = sorted(kept + self.interview_answers(), key=lambda c: c.start)
        for c in kept:
            if c.type != "direct" and c.cue_token is not None and _asked_participle(self.doc[c.cue_token]):
                answer = self._answer_cue(c)
                if answer is not None:
                    # `Ruiz said when asked about it that the line would reopen`: the
                    # parser hung the that-clause on "asked"; it is what Ruiz said.
                    c.cue_token, c.cue = answer.i, self.cue_span(answer)
                    continue
                # "Asked whether he would resign, Vinter said ...": the clause's subject
                # is the one asked, who asked is not said ("Asked by Ada Roe whether
                # ..." names her: `_asked_participle` leaves it). Cleared only now:
                # until here the one asked stands for the question, so that their answer
                # right after it ("she paused. '...'") is carried to them.
                c.mention = None
        return [self._to_quote(c) for c in kept if c.start < c.end]

    def _answer_cue(self, c: Candidate) -> Token | None:
        """The cue that a that-clause hung on a question participle answers to: a
        reporting verb the participle modifies (`Ruiz said when asked about it that ...`).
        One is asked about, whether or if something; one says that something."""
        asked = self.doc[c.cue_token]
        head = asked.head
        if asked.dep_ != "advcl" or not self.is_cue(head) or _asked_participle(head):
            return None
        if not self._after_that(c.start):
            return None
        span = self.char_span(c.start, c.end)
        if span is None:
            return None
        root = span.root
        # The clause is the participle's own complement, or the parser hung it on the
        # subject asked about (`asked about the delay that the trains ...`), but not on
        # a noun further in (`asked about her vote in the event that Clinton wins`).
        about = root.dep_ == "relcl" and root.head.dep_ == "pobj" and root.head.head.head == asked
        return head if root.head in (asked, head) or about else None

    def _reason_only(self, c: Candidate) -> bool:
        """`I am writing because the new formula will close us`: a report whose content
        opens on "because" and a clause after the verb gives why the act was done, not
        what was said ("because of the storm ..." may open a content, and so may a
        sentence's fronted "Because ..., the administration was signalling ...")."""
        if c.type != "indirect" or REASON_LEAD.match(self.text, c.start, c.end) is None:
            return False
        # `said that because they are Muslim does not mean ...`: after "that" the content
        # is a clause that was said, which merely opens on a because-clause.
        return not self._after_that(c.start)

    def _after_that(self, start: int) -> bool:
        """Whether a "that" stands right before ``start`` (`said that ...`)."""
        return re.search(r"\bthat[ \t]*$", self.text[max(0, start - 12) : start]) is not None

    def _without_bracketed_glosses(self, kept: list[Candidate]) -> list[Candidate]:
        """`"Non possiamo vivere" [We cannot live], said Gennaro Abbate`: the writer's
        translation in brackets right after a quotation gives the same words again; the
        cue reports the quotation, and its bracketed gloss is no second item."""
        directs = {c.end for c in kept if c.type == "direct"}
        out = []
        for c in kept:
            if c.type != "direct" and self._glosses_a_quote(c, directs):
                continue
            out.append(c)
        return out

    def _glosses_a_quote(self, c: Candidate, quote_ends: set[int]) -> bool:
        opening = self.text.rfind("[", 0, c.start)
        if opening < 0 or self.text[opening + 1 : c.start].strip() or "]" not in self.text[c.end : c.end + 2]:
            return False
        before = self.text[:opening].rstrip()
        if not before or not is_quote_char(before[-1]):
            return False
        close = len(before) - 1
        return any(close - 1 <= end <= close for end in quote_ends)

    def _without_pull_quotes(self, kept: list[Candidate]) -> list[Candidate]:
        """A pull quote: a paragraph that is only a quotation, with no cue, repeating
        words the article quotes elsewhere with their speaker (`"A neighbourhood does
        not come back once you've sold it"` set between paragraphs as a display). It is
        layout, not a second statement, and the speaker it would be carried from is
        whoever spoke just before it."""
        out = []
        words: dict[tuple[int, int], str] = {}  # each quotation's words, joined once
        for c in kept:
            if c.type == "direct" and c.cue is None and self._repeats_a_quote(c, kept, words):
                continue
            out.append(c)
        return out

    def _repeats_a_quote(self, c: Candidate, kept: list[Candidate], words: dict[tuple[int, int], str]) -> bool:
        needle = self._joined_words(c.start, c.end, words)
        if needle.count(" ") < 4:
            return False  # under five words
        para = next(((s, e) for s, e in self.paras if s <= c.start < e), None)
        # A display quote may be signed on the line under it (`- Mette Kjaer, campaign
        # leader`): the signature is part of the layout, not more text around it.
        after = self.text[c.end : para[1]] if para is not None else ""
        after = SIGNATURE_UNDER.sub("", after)
        if para is None or re.search(r"\w", self.text[para[0] : c.start] + after):
            return False  # not a paragraph of its own
        return any(
            o is not c and o.type in ("direct", "mixed") and not (o.start <= c.start < o.end)
            and needle in self._joined_words(o.start, o.end, words)
            for o in kept
        )

    def _joined_words(self, start: int, end: int, memo: dict[tuple[int, int], str]) -> str:
        """The words of ``text[start:end]`` in lowercase, joined by single spaces."""
        joined = memo.get((start, end))
        if joined is None:
            joined = memo[start, end] = " ".join(re.findall(r"\w+", self.text[start:end].lower()))
        return joined

    def _fronted_whole(self, head: Token, cue: Token) -> bool:
        """`Ruiz met the board and said it would sell, aides said`, `... and urged Vrba
        to resign, according to two senators`: a clause wholly before the cue that
        closes the sentence is all that the cue reports, the speech acts inside it
        included (PolNeAR nests no cue inside a content: the inner ones are dropped)."""
        return head.i < cue.i and head.dep_ in ("ccomp", "ROOT", "conj")

    def _speaker_read_as_subject(self, verb: Token, head: Token) -> bool:
        """`"The danger," said Ada Ruiz, an economist, "is that ..."`: with an appositive
        after the inverted speaker, the parser takes the name for the subject of the
        quoted predicate and hangs the cue on it. The name right after the cue is who
        spoke, not part of what was said: the quotation after it is the second half of
        a quotation the cue interrupts, left to the direct pass."""
        subj = next((c for c in head.children if c.dep_ in SUBJECT_DEPS), None)
        return (
            subj is not None
            and verb.i < subj.i < head.i
            and subj.left_edge.i == verb.i + 1
            and not self.in_quote(subj)
            and self.in_quote(head)
        )

    def _without_carried_text(self, c: Candidate) -> bool:
        """Cut from a report the words a sign or message carries; False if nothing is left.

        `posted a message on Twitter reading "Thank you Ohio" minutes later`, `wore a
        cap reading, "Keep Ohio Blue" on Monday`: the quotation is the text on the thing
        the verb acts on, a direct quotation with "reading" (or "saying") as its cue, not
        a fragment of a mixed report over the verb's object. The report ends before the
        carrier's phrase (`called for his firing and carried signs saying, "..."` keeps
        "his firing"); the carrier alone is no report.
        """
        if c.type != "mixed" or c.cue_token is None:
            return True
        for qi in sorted(c.quote_ids, key=lambda i: self.quotes[i].open_start):
            q = self.quotes[qi]
            part = self._carried_text_verb(q) if c.start <= q.open_start < c.end else None
            if part is None or part.i == c.cue_token:
                continue
            carrier = self._carrier(self.doc[part.i - 1])
            if carrier is not None:
                self._end_before(c, carrier)
            return c.end - c.start >= 8
        return True

    def _carried_text_verb(self, q: QuoteSpan) -> Token | None:
        """The "reading" or "saying" right before ``q`` that follows a document or sign
        noun (`a banner reading, "..."`): the quotation is the text the noun carries."""
        m = CARRIED_TEXT.search(self.text, max(0, q.open_start - 30), q.open_start)
        part = self.char_span(m.start(), m.start() + 1) if m else None
        if part is None or part[0].i == 0 or self._carrier(self.doc[part[0].i - 1]) is None:
            return None
        return part[0]

    def _carrier(self, before: Token) -> Token | None:
        """The document or sign noun that ends right before a "reading" participle:
        the noun itself, or the head of a phrase it closes ("a message on Twitter")."""
        phrase_head = before.head.head
        if before.dep_ == "pobj" and before.head.dep_ == "prep" and phrase_head.i < before.i and phrase_head.pos_ == "NOUN":
            before = phrase_head
        if before.pos_ not in ("NOUN", "PROPN") or before.lemma_.lower() not in lexicon.READ_SOURCES:
            return None
        return before

    def _carrier_owner(self, part: Token) -> Token | None:
        """Who put the words on the carrier: the subject of the verb that acts on it
        (`Ada Ruiz posted a message reading "..."`, `protesters carried signs saying`)."""
        carrier = self._carrier(self.doc[part.i - 1])
        verb = carrier
        while verb is not None and verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        if verb is None or verb.pos_ != "VERB" or self.in_quote(verb):
            return None
        return self.subject_of(verb)

    def _end_before(self, c: Candidate, noun: Token) -> None:
        """End ``c`` before ``noun``'s phrase, and before a joiner or verb left dangling
        there ("his firing and carrying | signs"); its quotations and type follow."""
        i = min((t.i for t in noun.lefts if t.dep_ in ("det", "amod", "compound", "nummod")), default=noun.i)
        while i > 0 and self.doc[i - 1].idx >= c.start and (
            self.doc[i - 1].dep_ == "cc" or self.doc[i - 1].pos_ in ("VERB", "PUNCT", "SPACE")
        ):
            i -= 1
        end = self.doc[i - 1].idx + len(self.doc[i - 1]) if i > 0 else c.start
        c.end = max(c.start, min(c.end, end))
        c.quote_ids = self._quote_ids(c.start, c.end)
        if not c.quote_ids:
            c.type = "indirect"

    def _join_stray_fragments(self, kept: list[Candidate]) -> list[Candidate]:
        """A quote with no cue of its own that follows a report in the same sentence,
        with no cue and no clause break between, is another fragment of that report:
        `called the pick "extreme" and someone who had "limited their choice"`, `the goal
        was not to "win" but to "heal"`. PolNeAR keeps it inside the one mixed item; on
        its own it is a false positive and the report stops short."""
        drop: set[int] = set()
        for b in kept:
            if b.type != "direct" or b.cue is not None or id(b) in drop:
                continue
            tokens = self.char_span(b.start, b.end)
            if tokens is None or not len(tokens):
                continue
            sent = tokens[0].sent
            a = max(
                (k for k in kept if k.type != "direct" and id(k) not in drop and sent.start_char <= k.start and k.end <= b.start),
                key=lambda k: k.end,
                default=None,
            )
            if a is None:
                continue
            between = "".join(ch for ch in self.text[a.end : b.start] if not is_quote_char(ch))
            if re.search(r"[.!?;:]", without_entities(between)):
                continue
            gap = self.char_span(a.end, b.start)
            if gap is None or any(self.is_cue(t) for t in gap):
                continue
            a.end = b.end
            a.quote_ids |= b.quote_ids
            a.type = "mixed"
            drop.add(id(b))
        return [k for k in kept if id(k) not in drop]

    def _join_inner_conjuncts(self, kept: list[Candidate]) -> list[Candidate]:
        """A report whose cue verb is a conjunct of a verb inside another report's content,
        in that verb's form but in a form the other report's cue cannot share, is more of
        that content: `says he'd sit the envoy down and tell him "enough"`, `asked the
        woman to raise her voice and say it louder`, `reported police were closing roads
        and urging people to stay home`. A bare verb or a gerund does not coordinate with
        a finite "says"/"asked"/"reported", so the conjunct continues the reported
        clause, and PolNeAR keeps one item; on its own the conjunct is a false positive
        and the outer report stops short. A conjunct in the cue's form (`said X and
        added Y`, `is noting X and saying Y`) is a second report and stays apart, as does
        one with a subject or an auxiliary of its own (a new clause)."""
        drop: set[int] = set()
        for b in kept:
            if b.type == "direct" or b.cue_token is None:
                continue
            verb = self.doc[b.cue_token]
            backshifted = self._backshifted_conjunct(verb)
            if not backshifted and (
                verb.dep_ != "conj" or _verb_form(verb) is None or _verb_form(verb) != _verb_form(verb.head)
            ):
                continue
            if any(c.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl") for c in verb.children) or not backshifted and any(
                c.dep_ in ("aux", "auxpass") for c in verb.children
            ):
                continue
            head = verb.head.idx
            a = next(
                (k for k in kept if k is not b and id(k) not in drop and k.type != "direct" and k.start <= head < k.end <= b.start),
                None,
            )
            if a is None or a.cue_token is None:
                continue
            if backshifted and self.doc[a.cue_token].tag_ != "VBD":
                continue
            if not backshifted and _verb_form(verb) in _cue_forms(self.doc[a.cue_token]):
                continue
            if not self._clause_content(verb.head, a):
                continue
            a.end = max(a.end, b.end)
            a.quote_ids |= b.quote_ids
            if a.quote_ids:
                a.type = "mixed"
            drop.add(id(b))
        return [k for k in kept if id(k) not in drop]

    @staticmethod
    def _backshifted_conjunct(verb: Token) -> bool:
        """`said he was satisfied but would ask the auditor to review it`: a conjunct with
        "would" and no subject of its own, on a past-tense verb, is the reported clause's
        second predicate in the past of reported speech (he said: "I am ... but will
        ask"), not a new report; the outer cue must be past tense too (`_join_inner_conjuncts`)."""
        auxes = [c.lower_ for c in verb.children if c.dep_ == "aux" and c.i < verb.i]
        return verb.dep_ == "conj" and auxes == ["would"] and verb.head.tag_ == "VBD"

    @staticmethod
    def _clause_content(token: Token, c: Candidate) -> bool:
        """``token`` lies in a content that is a clause of its own, with a subject (`says
        she would sit him down`), not the bare infinitive of an act the cue's speaker
        refuses or asks for (`refuses to release the records or explain the loan`),
        where a speech verb in the conjunct reports something else."""
        top = token
        while top.head.i != top.i and c.start <= top.head.idx < c.end:
            top = top.head
        return any(ch.dep_ in SUBJECT_DEPS + ("nsubjpass", "expl") for ch in top.children)

    def _raise_subject(self, c: Candidate) -> None:
        """A raising cue's content starts at its subject: `the race appeared to tighten`,
        `Kim is widely expected to win`. The subject is the infinitive's, lent to the
        cue by the grammar, so what is reported is "the race ... to tighten", not "to
        tighten" alone (PolNeAR keeps both pieces). Done after dedupe, so the wider span
        competes with nothing. A relative pronoun (`which seemed to ...`) stays out: it
        only points at a noun elsewhere."""
        if c.type == "direct" or c.cue_token is None:
            return
        verb = self.doc[c.cue_token]
        lemma = verb.lemma_.lower()
        passive = any(ch.dep_ == "auxpass" for ch in verb.children)
        if not (lemma in lexicon.RAISING_VERBS or passive and lemma in lexicon.PASSIVE_RAISING_VERBS):
            return
        first = self.char_span(c.start, c.end)
        if first is None or not len(first) or first[0].lower_ != "to" or first[0].head.head.i != verb.i:
            return
        subj = next((ch for ch in verb.lefts if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.tag_ in ("WDT", "WP"):
            return
        c.start = min(c.start, subj.left_edge.idx)

    def _cut_trailing_source(self, c: Candidate) -> None:
        """A report's content stops before a trailing `, according to X`: the phrase
        names the source of the whole sentence, cue and all (`Roe said he would quit,
        according to press reports`), so it is no part of what the cue reports, and
        cut off it leaves the inner report nested in the outer one, which wins. So does
        the content of `confirmed the merger on condition of anonymity because ...`:
        the terms on which the source went unnamed are the writer's."""
        if c.type == "direct" or c.end - c.start < 20:
            return
        terms = ANONYMITY_TERMS.search(self.text, c.start, c.end)
        if terms is not None and self.quote_of_char[terms.start()] < 0 and terms.start() - c.start >= 3:
            # `confirmed the meeting on condition of anonymity because ...`
            c.end = terms.start()
            c.quote_ids = self._quote_ids(c.start, c.end)
            return
        for m in re.finditer(r",\s+according\s+to\b", self.text[c.start : c.end]):
            at = c.start + m.start()
            if at - c.start < 10 or self.quote_of_char[at] >= 0:
                continue
            if c.cue is not None and c.cue[0] == self.text.index("according", at):
                continue  # `Fundraising, according to the campaign, has surged`: its own cue
            c.end = at
            return

    def _cut_writers_gloss(self, c: Candidate) -> None:
        """A mixed item ends at a quotation closed by a comma when all that follows is a
        noun phrase glossing it: `called him a "moderate," a subtle dig at a rival`,
        `referenced the "harbour clause," a flaw in the law`. The appositive is the
        writer's comment on the quoted words, not more of what was said."""
        if c.type != "mixed":
            return
        last = max((self.quotes[i] for i in c.quote_ids), key=lambda q: q.close_end, default=None)
        if last is None or not c.start < last.close_end < c.end:
            return
        m = re.match(r"\s*(,?)\s*", self.text[last.close_end : c.end])
        assert m is not None  # (the pattern matches the empty string)
        if not m.group(1) and not self.text[last.start : last.end].rstrip().endswith(","):
            return
        gloss = last.close_end + m.end()
        tail = self.char_span(gloss, c.end)
        if tail is None or not len(tail) or tail[0].tag_ not in ("DT", "PRP$") or self._quote_ids(gloss, c.end):
            return
        # (the parser hangs such a phrase anywhere: as an appositive, as the verb's
        # predicate, its "at" phrase on the verb; what counts is that no verb heads it)
        hung = [t for t in tail if not (tail.start <= t.head.i < tail.end) and not t.is_punct or t.head.i == t.i]
        if (
            not hung
            or hung[0].pos_ not in ("NOUN", "PROPN")
            or not tail.start <= tail[0].head.i < tail.end
            or any(t.pos_ not in ("NOUN", "PROPN", "ADP") or t.dep_ in SUBJECT_DEPS for t in hung)
        ):
            return
        c.end = last.close_end

    def _run_on_standings(self, c: Candidate) -> None:
        """`the poll showed Vrba leading with 31 percent, followed by Calloway at 17
        percent and Moen at 9 percent`: the parser hangs "followed by" on the cue, but
        the rest of the standings is more of what the poll found (PolNeAR's contents run
        on to the list's end). A reported content with a figure in it that a comma and
        "followed (closely) by" continue runs on to the end of that phrase."""
        if c.type != "indirect" or c.cue_token is None:
            return
        m = FOLLOWED_BY.match(self.text, c.end)
        if m is None or not re.search(r"\d|\bpercent\b", self.text[c.start : c.end]):
            return
        word = self.char_span(m.start(1), m.end(1))
        if word is None or len(word) != 1:
            return
        followed = word[0]
        # (hung on the cue or inside the content: not a verb of a sentence of its own)
        if followed.head.i != c.cue_token and not c.start <= followed.head.idx < c.end:
            return
        last = followed.right_edge
        while last.i > followed.i and (last.is_punct or last.is_space):
            last = self.doc[last.i - 1]
        if self._quote_ids(followed.idx, last.idx + len(last)):
            return
        c.end = last.idx + len(last)

    def _close_at_parenthesis(self, c: Candidate) -> None:
        """A report whose cue stands inside parentheses ends where they close:
        `Roe (who told the council "we are out of money") resigned` -- what follows the
        ")" is the writer's sentence again, not what the cue reports."""
        if c.type == "direct" or c.cue is None:
            return
        cue_start = c.cue[0]
        line_start = self.text.rfind("\n", 0, cue_start) + 1
        before = self.text[max(line_start, cue_start - 200) : cue_start]
        if before.rfind("(") <= before.rfind(")"):
            return  # the cue is not inside an open parenthesis
        body = self.text[c.start : c.end]
        close = body.find(")")
        if close <= 0 or "(" in body[:close] or self.quote_of_char[c.start + close] >= 0:
            return
        end = c.start + close
        # (the sentence's own period before the ")" stays out, as at any sentence end)
        while end > c.start and (self.text[end - 1].isspace() or self.text[end - 1] == "."):
            end -= 1
        if end - c.start >= 3:
            c.end = end

    def _open_at_parenthesis(self, c: Candidate) -> None:
        """A report that ends inside the parentheses holding its cue starts there too:
        `Lowe resigned on Monday ("I have had enough," she told the BBC)` -- the parser
        hangs the writer's clause before the "(" on the cue, but the aside's own words
        are all it reports. (A content that ends before the "(" -- `Prices will rise
        (the bank said)` -- is the writer's clause reported, and stays.)"""
        if c.type == "direct" or c.cue is None:
            return
        cue_start = c.cue[0]
        line_start = self.text.rfind("\n", 0, cue_start) + 1
        before = self.text[max(line_start, cue_start - 200) : cue_start]
        paren = before.rfind("(")
        if paren < 0 or paren <= before.rfind(")"):
            return  # the cue is not inside an open parenthesis
        paren += max(line_start, cue_start - 200)
        if not c.start < paren < c.end <= cue_start or self.quote_of_char[paren] >= 0:
            return
        start = paren + 1
        while start < c.end and self.text[start].isspace():
            start += 1
        if c.end - start < 3:
            return
        c.start = start
        c.quote_ids = self._quote_ids(start, c.end)
        c.type = self._report_kind(start, c.end, c.quote_ids)
        if c.type == "direct":
            self._snap_to_quotes(c)

    def _split_trailing_reports(self, cands: list[Candidate]) -> None:
        """A report's content ends before a trailing clause that makes a report of its
        own: `said all staff sign contracts, though she did not discuss their terms`,
        `say prices will rise, and they want action`. The parse hangs the trailing
        clause on the reported verb, so the content swallows it and the inner report is
        dropped as nested; but a comma, an optional joiner and a new subject start a
        clause that the outer speaker does not report. A trailing `that` clause
        (`..., but that he would not ...`) is still the outer report's content.
        """
        # Each inner report takes the first candidate (in list order) that nests it. Only
        # candidates starting within the longest candidate's length before the inner's end
        # can hold it: a start-sorted index keeps a text with thousands of reports from
        # comparing every pair (cuts only shorten, so the bound holds throughout).
        longest = max((c.end - c.start for c in cands), default=0)
        by_start = sorted((c.start, n) for n, c in enumerate(cands))
        for inner in cands:
            if inner.type == "direct" or inner.cue_token is None:
                continue
            lo = bisect.bisect_left(by_start, (inner.end - longest, -1))
            hi = bisect.bisect_right(by_start, (inner.start, len(cands)))
            holders = [
                n
                for _, n in by_start[lo:hi]
                # a block quote or transcript turn ends at its paragraph
                if cands[n] is not inner
                and cands[n].type != "direct"
                and (_nested_in(inner, cands[n]) or self._vouched_relative(cands[n], inner))
            ]
            if not holders:
                continue
            outer = cands[min(holders)]
            cut = self._trailing_clause_start(outer, inner)
            if cut is not None:
                outer.end = cut

    def _trailing_clause_start(self, outer: Candidate, inner: Candidate) -> int | None:
        """Where ``outer``'s content should end so ``inner`` (a finite clause joined on
        by a comma) stands alone, or None when ``inner`` belongs inside it."""
        verb = self.doc[inner.cue_token]
        if self._vouched_relative(outer, inner):
            comma = re.search(r",\s*$", self.text[outer.start : inner.start])
            return outer.start + comma.start() if comma else None
        if verb.pos_ not in ("VERB", "AUX") or verb.dep_ not in ("conj", "advcl") and not self._second_report_as_clause(
            verb, outer
        ):
            return None
        subj = next((ch for ch in verb.lefts if ch.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and self._second_predicate(verb):
            anchor = verb.left_edge.idx
            pattern = r",?\s+(and|but)\s+$"
        elif subj is not None:
            anchor = subj.left_edge.idx
            pattern = r",\s+(?:([A-Za-z]+(?:\s+[A-Za-z]+)?)\s+)?$"
            if verb.lemma_.lower() in lexicon.SPEECH_VERBS and any(c.dep_ == "ccomp" for c in verb.children):
                # `one in three said A and one in four said B`: a report with a speaker
                # and a clause of its own needs no comma to start afresh
                pattern = r"(?:,\s+|\s+)(?:([A-Za-z]+(?:\s+[A-Za-z]+)?)\s+)?$"
        else:
            return None
        if not outer.start < anchor < outer.end:
            return None
        m = re.search(pattern, self.text[outer.start : anchor])
        if m is None or (m.group(1) and m.group(1).lower() not in lexicon.TRAILING_REPORT_JOINERS):
            return None
        cut = outer.start + m.start()
        if self.quote_of_char[cut] >= 0 or len(self.text[outer.start : cut].split()) < 3:
            return None
        if inner.start < cut or verb.left_edge.idx < cut:
            return None  # the clause starts before the comma: a list, not a new clause
        if verb.right_edge.idx + len(verb.right_edge) < outer.end - 2:
            return None  # a clause inside the content (`X - who said Y - has ...`)
        return cut

    def _vouched_relative(self, outer: Candidate, inner: Candidate) -> bool:
        """`says the gap will close, which stood at 263, according to the AP`: ``inner``
        is the relative clause a trailing source vouches for (`_relative_in_report`),
        closing ``outer``'s content; it is not the speaker's."""
        return (
            inner.cue_token is not None
            and self.doc[inner.cue_token].lower_ == "according"
            and outer.start < inner.start
            and outer.end - 2 <= inner.end <= outer.end
            and re.match(r"(?:which|who)\b", self.text[inner.start : inner.end]) is not None
        )

    @staticmethod
    def _second_report_as_clause(verb: Token, outer: Candidate) -> bool:
        """`Most said Ruiz is honest, and a third said the same of Vrba`: the parser
        hangs the second report on the first cue as another clause it reports. A speech
        verb with a subject of its own, after a clause the outer cue already reports, is
        a report of its own."""
        cue = verb.head
        return (
            verb.dep_ == "ccomp"
            and cue.i == outer.cue_token
            and verb.tag_ in ("VBD", "VBZ", "VBP")  # not "..., some of it mentioning Ruiz by name"
            and verb.lemma_.lower() in lexicon.SPEECH_VERBS
            and any(c.dep_ == "nsubj" for c in verb.lefts)
            and any(c.dep_ == "ccomp" and cue.i < c.i < verb.i for c in cue.children)
        )

    @staticmethod
    def _second_predicate(verb: Token) -> bool:
        """``verb`` is a finite conjunct without a subject or modal of its own, hung on a
        verb with a modal (`said the city would close it, and blamed the cuts`, `said she
        will not run and considers the map unfair`): the tense breaks from the reported
        clause, so it is a second predicate of the reporting clause, not more of what it
        reports. Without the modal the two readings are too close to call."""
        if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ"):
            return False
        return any(ch.tag_ == "MD" for ch in verb.head.lefts)

    def _carry_past_fragment(self, c: Candidate) -> None:
        """A mixed item cut at the closing mark of a fragment ending mid-clause runs on
        to the end of its clause: `would "march behind" the nominee until June`.

        The parse often hangs the words after a quoted fragment outside the clause that
        holds it; when the fragment ends on a word (no punctuation inside the marks) and
        a word other than a coordinator follows the marks, the clause goes on and the
        reported content with it. A cue after the fragment keeps the item where it is.
        """
        if c.type != "mixed":
            return
        q = next((self.quotes[i] for i in c.quote_ids if self.quotes[i].end <= c.end <= self.quotes[i].close_end), None)
        if q is None or not self.text[q.start : q.end].rstrip()[-1:].isalnum():
            return
        m = re.match(r"[ \t]+([A-Za-z]+)", self.text[q.close_end : q.close_end + 40])
        if m is None or m.group(1).lower() in lexicon.CLAUSE_BREAKERS:
            return
        cue = self.doc[c.cue_token] if c.cue_token is not None else None
        nxt = self.char_span(q.close_end + m.start(1), q.close_end + m.end(1))
        if cue is None or cue.pos_ != "VERB" or nxt is None or (c.cue is not None and c.cue[0] >= c.end):
            return
        if nxt[0].tag_ == "MD":
            return  # `told to "smile" will the days ... be over`: a modal opens a new clause
        if nxt[0].lower_ == "by" and any(t.dep_ == "auxpass" for t in cue.children):
            return  # `was described as "a disaster" by Gwen Alder`: the passive's agent
        end = min(self._mixed_end(q, cue), nxt[0].sent.end_char)
        while end > c.end and (self.text[end - 1].isspace() or self.text[end - 1] in ",.!?"):
            end -= 1
        span = self.char_span(c.end, end)
        if span is None or any(self.is_cue(t) for t in span):
            return  # another report starts in the words after the marks
        c.end = max(c.end, end)

    def _close_open_quotation(self, c: Candidate) -> set[int]:
        """A reported content that ends inside a quotation it opened runs on to the closing
        mark when the rest of the quotation is the same sentence: `acting "as if he is a
        monarch, as if he is a tsar."` The parse hangs the second half of the quoted
        words outside the clause, but a quoted fragment is quoted whole; cut, the item
        loses the rest of the quotation and leaves it to be read as a quote of its own.
        Returns the quotation closed this way (its direct reading is then dropped)."""
        if c.type != "mixed":
            return set()
        qi = next((i for i in c.quote_ids if self.quotes[i].start < c.end < self.quotes[i].end), None)
        if qi is None:
            return set()
        q = self.quotes[qi]
        rest = self.text[c.end : q.end]
        if not q.closed or not re.search(r"\w", rest) or SENTENCE_STOP.search(rest) or "\n" in rest:
            return set()
        c.end = q.close_end
        return {qi}

    def _clause_then_quote(self, r: Candidate, directs: list[Candidate]) -> tuple[Candidate, Candidate] | None:
        """`insisted his side had been unlucky: "We hit the post three times."`: a clause
        after the cue that ends at a colon, with the quotation the cue took right after
        it, is one mixed item from the clause to the close mark (as PolNeAR marks it:
        the quotation bears the clause out). Returns the direct item and its mixed
        replacement."""
        cue = self.doc[r.cue_token] if r.cue_token is not None else None
        if cue is None or r.start <= cue.idx:
            return None
        for d in directs:
            if d.end <= r.start or not d.quote_ids:
                continue
            first = self.quotes[min(d.quote_ids)]
            last = self.quotes[max(d.quote_ids)]
            if first.start != d.start or self.text[r.end : first.open_start].strip() != ":":
                continue
            end = last.close_end if last.end == d.end else d.end
            mixed = Candidate(
                "mixed", r.start, end, d.cue, d.mention, max(r.confidence, d.confidence),
                quote_ids=set(d.quote_ids), cue_token=d.cue_token,
            )
            return d, mixed
        return None

    def _second_content(self, r: Candidate, d: Candidate) -> bool:
        """``r`` is a report of its own although the direct quote ``d`` took its cue.

        The direct pass picks a quote's cue by proximity, so a verb next to a quote
        can be claimed by it while the parse gives the verb a content of its own
        elsewhere: `"..." She noted a planned rally in Sioux City`, `Asked which county
        was his favorite, he demurred: "..."`, `"...," he told a crowd that the campaign
        estimated at 3,000`. Then the verb's content is a second item, kept when it
        lies clear of the quote, the reading is confident (or the verb asks a question,
        whose content is always the asker's report), and the parse does not itself make
        the quote the verb's clause (a verb whose clause is the quote and which has a
        second clause is a misparse: `"...," said Jim Doe, a member ...`).
        """
        if r.cue_token is None or not (r.end <= d.start or d.end <= r.start):
            return False
        cue = self.doc[r.cue_token]
        if r.confidence < 0.5 and cue.lemma_.lower() not in lexicon.QUESTION_VERBS:
            return False
        return not any(
            ch.dep_ in ("ccomp", "parataxis") and d.start <= ch.idx < d.end for ch in cue.children
        )

    def _sourceless_name(self, c: Candidate) -> bool:
        """`The ship was renamed "Spirit of Hope"`, `the deal was framed as a "win-win"`:
        a passive naming verb with no speaker gives words in marks that quote no one."""
        if c.mention is not None or c.cue_token is None or not c.quote_ids:
            return False
        verb = self.doc[c.cue_token]
        return (
            verb.lemma_.lower() in lexicon.SOURCELESS_NAMING
            and self._passive(verb)
            and not any(child.dep_ == "agent" for child in verb.children)  # "by its owner"
        )

    def _postposed_source(self, c: Candidate) -> bool:
        """`Ann Roe noted that the levy is central, reported the Daily Ledger.`: a
        reporting verb set after a comma with no subject of its own, whose one object is
        a name closing the sentence, is the inverted lead of the report before it; the
        name is its source, not what it reports (`..., and reported the findings` keeps
        its object: a conjunction joins a second act of the same subject)."""
        if c.type != "indirect" or c.cue_token is None:
            return False
        verb = self.doc[c.cue_token]
        if verb.lemma_.lower() not in lexicon.POSTPOSED_REPORTS or verb.tag_ not in ("VBD", "VBZ"):
            return False
        if verb.i == 0 or self.doc[verb.i - 1].text != ",":
            return False
        if any(ch.dep_ in ("nsubj", "nsubjpass", "cc", "aux", "neg") for ch in verb.children):
            return False
        obj = next((ch for ch in verb.children if ch.dep_ == "dobj"), None)
        if obj is None or obj.pos_ != "PROPN" or obj.left_edge.i != verb.i + 1:
            return False
        last = obj.right_edge
        if last.i + 1 < len(self.doc) and not self.doc[last.i + 1].is_sent_end and not self.doc[last.i + 1].is_punct:
            return False
        first = obj.left_edge
        return c.start == first.idx and c.end == last.idx + len(last)

    def _lacks_its_message(self, c: Candidate) -> bool:
        """`a position that Ortiz advocated over the weekend`, `a concern that Ruiz would
        echo`, `a sentence I never thought I'd write`: a content hung on a noun (a noun
        cue, or a cue in a relative clause) that ends on a verb of `lexicon.MESSAGE_VERBS`
        with no object is a relative clause whose object is that noun; it reports no
        claim (`which plan she would champion` asks one; `Ortiz said she would write`
        hangs on no noun)."""
        if c.type == "direct":
            return False
        span = self.char_span(c.start, c.end)
        if span is None or not len(span) or span[0].lower_ in lexicon.WH_WORDS:
            return False
        verb = span.root
        cue = self.doc[c.cue_token] if c.cue_token is not None else None
        on_noun = verb.dep_ in ("acl", "relcl") or cue is not None and _hangs_on_noun(cue)
        if not on_noun:
            return False  # "Ortiz said she would write": no noun for the clause to hang on
        for _ in range(6):
            nxt = next((ch for ch in verb.children if ch.dep_ in ("ccomp", "xcomp") and ch.i < span.end), None)
            if nxt is None:
                break
            verb = nxt
        if verb.lemma_.lower() not in lexicon.MESSAGE_VERBS or verb.pos_ != "VERB" or verb.tag_ == "VBG":
            return False
        if verb.tag_ == "VBN" and not any(ch.dep_ == "nsubj" for ch in verb.children):
            return False  # "the view advocated by Ortiz": a participle, no gap
        return not any(
            ch.dep_ in ("dobj", "ccomp", "xcomp", "attr", "oprd", "dative", "prt", "pcomp", "nsubjpass", "auxpass", "csubj")
            or ch.dep_ == "prep" and ch.lower_ in lexicon.MESSAGE_PREPS
            or ch.dep_ == "punct" and is_quote_char(ch.text)
            for ch in verb.children
        )

    def _sourceless_phrase(self, c: Candidate) -> bool:
        """A report with neither a speaker nor a claim: no mention and a content of a few
        words ("was declared the winner", "concerns about North Korea", "to back the
        candidate"). Either half alone can make an attribution; with both missing it is
        mostly a verb's ordinary object."""
        if c.type == "direct" or c.mention is not None:
            return False
        span = self.char_span(c.start, c.end)
        return span is not None and len(span) < 4

    def quoted_objects(self, taken: set[int], cue_tokens: set[int | None]) -> list[Candidate]:
        """`Rubio bemoaned the climate in which people "literally hate each other"`,
        `He pivoted to the dangers of a "rigged economy"`: a quotation inside the object,
        clause or prepositional object of a verb that is in no cue list.

        The marks say someone used the words; a verb whose subject can speak and whose
        complement holds them says who and what: a weak mixed item over the complement.
        Only quotations nothing else claimed, and verbs that started no item, count.
        """
        out = []
        for qi, q in enumerate(self.quotes):
            if qi in taken or self.in_boilerplate(q.open_start) or self.is_title(q):
                continue
            inner = self.char_span(q.start, q.end)
            if inner is None or not len(inner):
                continue
            arg, verb = inner.root, None
            while arg.head.i != arg.i:
                if arg.head.pos_ == "VERB" and not self.in_quote(arg.head):
                    verb = arg.head
                    break
                arg = arg.head
            if verb is None or verb.i in cue_tokens or arg.i < verb.i:
                continue
            if arg.dep_ == "prep":
                arg = next((c for c in arg.children if c.dep_ in ("pobj", "pcomp")), arg)
            if arg.dep_ not in ("dobj", "ccomp", "xcomp", "pobj", "pcomp"):
                continue
            subject = self.subject_of(verb)
            if subject is None or not (
                subject.ent_type_ in ("PERSON", "ORG") or subject.lower_ in ("he", "she")
            ):
                continue  # an institution's or a thing's act ("the network canceled") quotes no one
            if self._words_outside_quotes(arg) < 2:
                continue
            cand = self._reported_from(verb, self.clause_span(arg), 0.3)
            if cand is not None and cand.type == "mixed":
                out.append(cand)
        return out

    def block_quotes(self) -> list[Candidate]:
        """`He said:` closing a paragraph, then the quotation as a paragraph with no marks."""
        out = []
        for (s, e), (ns, ne) in zip(self.paras, self.paras[1:], strict=False):
            lead = self.text[s:e].rstrip()
            body = self.text[ns:ne].strip()
            if not lead.endswith(":") or not body or is_quote_char(_without_bullet_start(body)[:1]):
                continue
            if body.endswith(":"):
                # `Ruiz pointed out that ...:` then `As the council argued, Vrba noted ...:`:
                # a paragraph that itself ends in a colon introduces the next block (the
                # embedded post the text lost in between), not the quotation of the one before.
                continue
            if self.in_boilerplate(ns) or EMBED_SIGNATURE.search(self.text, ns, ne):
                continue  # (a signed embed is the signer's post: `embedded_posts` takes it)
            if _LABELS_A_QUOTE.match(_without_bullet_start(body)):
                # `Here is what some had to say:` then `- Ada Roe, economist: "..."`: the
                # paragraph names its own speaker before its quotation; the intro before
                # only announces a list of such reactions.
                continue
            cue = self._last_cue_in(s, e)
            if cue is None:
                label = self._statement_label(s, e)
                start = ns + (len(self.text[ns:ne]) - len(self.text[ns:ne].lstrip()))
                end = start + len(body)
                while end > start and self.text[end - 1] in ".":
                    end -= 1
                if label is None:
                    label = self._plain_statement_colon(s, e)
                if label is not None:
                    noun, owner = label
                    out.append(
                        Candidate("direct", start, end, self.cue_span(noun), self.mention_span(owner), 0.75, set(), noun.i)
                    )
                    continue
                speaker = self._first_person_block_speaker(s, e, start, end)
                if speaker is not None:
                    out.append(Candidate("direct", start, end, None, self.mention_span(speaker), 0.7, set()))
                continue
            if cue.idx < s + len(lead) - 60:
                continue
            subject = self.subject_of(cue)
            if subject is not None and subject.lower_ == "you":
                continue  # `Do you support the mayor? Like the page:`: the reader is asked
            if subject is not None and subject.lower_ == "we" and cue.lemma_.lower() in lexicon.FINDING_OUT_VERBS:
                continue  # `Here is what we know so far:`: the newsroom's own findings follow
            mention = self.mention_span(subject) if subject is not None else None
            if mention is None:
                continue
            start = ns + (len(self.text[ns:ne]) - len(self.text[ns:ne].lstrip()))
            end = start + len(body)
            while end > start and self.text[end - 1] in ".":
                end -= 1
            out.append(Candidate("direct", start, end, self.cue_span(cue), mention, 0.85, set(), cue.i))
        return out

    def _first_person_block_speaker(self, s: int, e: int, start: int, end: int) -> Token | None:
        """`In her speech, the governor was blunt:` then a paragraph with no marks in the
        first person (`We cannot keep borrowing ...`): with no verb of saying, the colon
        still hands the paragraph to the subject of the sentence it ends (as for a
        quotation in marks, `_colon_subject`). Only a single-paragraph body that speaks
        as "I" or "we": "The plan has three parts:" then a list is the writer's."""
        if not _first_person_passage(self.text[start:end]):
            return None
        if self.in_boilerplate(s):
            return None
        return self._colon_sentence_subject(s + len(self.text[s:e].rstrip()))

    def embedded_posts(self) -> list[Candidate]:
        """A social media post copied into the text as a paragraph with no marks, signed
        the way the embed prints it: `Finally some quiet on my street. pic.twitter.com/x
        — Cora Blyth (@corablyth) May 2, 2024`. The words before the link and the
        signature are the named account's."""
        out = []
        for k, (s, e) in enumerate(self.paras):
            m = EMBED_SIGNATURE.search(self.text, s, e)
            if m is None and k > 0 and s > 0:
                # `— Ines Berg (@inesberg) March 3, 2026` on a line of its own (a page
                # reader's text, one paragraph a line): it signs the paragraph before.
                m = EMBED_SIGNATURE.match(self.text, s - 1, e)
                if m is not None:
                    s, e = self.paras[k - 1][0], m.start()
                    if e - s > _POST_MAX_CHARS or self._quote_ids(s, e):
                        continue
            if m is None or self.in_boilerplate(s) or "<" in self.text[s:e]:
                continue  # (a post in markup, `<tweet ...>`, is the page's embed, not text)
            end = min(m.start(), e)
            while True:
                link = EMBED_LINK_END.search(self.text, s, end)
                if link is None:
                    break
                end = link.start()
            start = s + len(self.text[s:end]) - len(self.text[s:end].lstrip())
            body = self.text[start:end].rstrip()
            if len(body.split()) < 2 or is_quote_char(body[:1]):
                continue  # a quotation in marks is signed through `_dash_signature`
            out.append(Candidate("direct", start, start + len(body), None, m.span(1), 0.75, set()))
        return out

    def _plain_statement_colon(self, start: int, end: int) -> tuple[Token, Token] | None:
        """`The union's response was blunt:` closing a paragraph: a reporting noun said
        to be plain (`COLON_PREDICATES`), owned by someone who can speak, hands the
        paragraph after the colon to its owner, as a label (`_statement_label`) does.
        Returns the noun and its owner."""
        colon = start + len(self.text[start:end].rstrip()) - 1
        span = self.char_span(self._sentence_start(colon), colon)
        if span is None or not len(span) or len(span) > 14:
            return None
        verb = span.root
        adj = next((c for c in verb.children if c.dep_ == "acomp"), None)
        noun = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if verb.lemma_ != "be" or adj is None or noun is None or adj.lemma_.lower() not in lexicon.COLON_PREDICATES:
            return None
        if noun.lemma_.lower() not in lexicon.COLON_NOUNS | lexicon.STATEMENT_NOUNS:
            return None
        owner = next((c for c in noun.children if c.dep_ == "poss" and self.can_speak(c)), None)
        return (noun, owner) if owner is not None else None

    def _statement_label(self, start: int, end: int) -> tuple[Token, Token] | None:
        """`Ines Calloway's statement in full:`, `The full statement from the harbour
        authority:`: a paragraph that is only a statement noun (no verb) with whose it
        is, as possessor or after "from", labels the paragraph below as that statement.
        Returns the noun and its owner."""
        span = self.char_span(start, end)
        if span is None or len(span) > 14 or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        noun = span.root
        if noun.lemma_.lower() not in lexicon.STATEMENT_NOUNS:
            return None
        for child in noun.children:
            if child.dep_ == "poss" and self.can_speak(child):
                return noun, child
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
                if owner is not None and self.can_speak(owner):
                    return noun, owner
        return None

    def transcript_turns(self) -> list[Candidate]:
        """Interview transcripts: a paragraph `WALLACE: Let's start with ...`.

        The capitalised label speaks the rest of the paragraph. Only a label that is the
        surname or name of a person the article names counts, so "UPDATE:", "VIDEO:" or
        "BREAKING:" never become speakers.
        """
        people: set[str] | None = None  # built at the first label: most articles have none
        out = []
        units = self._turn_units()
        titled = self._title_case_turns(units)
        for s, e, para in units:
            m = TRANSCRIPT_TURN.match(self.text, s, e) or titled.get(s)
            if m is None or self.in_boilerplate(s):
                continue
            if people is None:
                labels = self._turn_labels(units)
                asked = INTERVIEW_QUESTION.search(self.text) is not None
                people = (
                    {name.upper() for name in self._person_names()}
                    | _introduced_labels(labels)
                    | _full_name_labels(labels)
                    | _answering_labels(labels, asked=asked)
                    | _initials_labels(labels, self._person_names())
                )
            label = m.group("label").strip()
            if s not in titled and label not in people and label.split()[-1] not in people:
                continue
            # A long answer goes on over paragraphs that reopen the quotation ("...
            # without a new label: the same speaker.
            for ns, ne in self.paras[para + 1 :] if para is not None else ():
                head = self.text[ns:ne].lstrip()
                if head[:1] not in ('"', "\u201c") or TRANSCRIPT_TURN.match(self.text, ns, ne):
                    break
                if head[1:2] == "(":
                    break  # "(CROSSTALK.)": a stage direction ends the turn
                e = ne
            start, end = m.start("body"), e
            while end > start and (self.text[end - 1].isspace() or is_quote_char(self.text[end - 1])):
                end -= 1
            if end - start < 8:
                continue
            colon = m.end("label")
            ls = m.start("label")
            out.append(
                Candidate("direct", start, end, (colon, colon + 1), (ls, ls + len(label)), 0.8, set())
            )
        return out

    def interview_answers(self) -> list[Candidate]:
        """A question-and-answer interview's answers (`Q: Why so long?` then `A: My
        mother died ...`): each "A:" line after a first "Q:" line is the words of the one
        interviewed, a direct item whose speaker the resolver reads off the label. An
        answer goes on over unlabelled paragraphs up to the next question; the last one
        stops at its own paragraph, since the article's prose may follow it.

        They are added after overlaps are settled and wrap nothing: a report inside an
        answer (`I think she was lying`) stays its own item, as annotators keep it."""
        asked = INTERVIEW_QUESTION.search(self.text)
        if asked is None:
            return []
        units = [(s, e) for s, e, _ in self._turn_units() if s >= asked.end()]
        questions = [s for s, e in units if INTERVIEW_QUESTION.match(self.text, s, e)]
        out = []
        for n, (s, e) in enumerate(units):
            m = ANSWER_TURN.match(self.text, s, e)
            if m is None or self.in_boilerplate(s):
                continue
            following = [q for q in questions if q > s]
            for ns, ne in units[n + 1 :] if following else ():
                if ns >= following[0] or INTERVIEW_LINE.match(self.text, ns, ne) or self.in_boilerplate(ns):
                    break
                e = ne
            start, end = m.start("body"), e
            while end > start and self.text[end - 1].isspace():
                end -= 1
            if end - start < 8:
                continue
            colon = m.end("label")
            label = (m.start("label"), colon)
            out.append(Candidate("direct", start, end, (colon, colon + 1), label, 0.8, set()))
        return out

    def _title_case_turns(self, units: list[tuple[int, int, int | None]]) -> dict[int, re.Match[str]]:
        """Turns labelled in title case (`Ines Dahl: ...`, `Per Moen: ...`, `Dahl: ...`),
        by unit start: only labels that are a name the parser tagged as a person (whole
        or its last word), and only when two different people speak so, a dialogue; a
        lone `Name: claim` line is a headline-style claim (`colon_claims`)."""
        from quotes.resolve import _strong_first_name  # resolve imports this module

        matches = {}
        for s, e, _ in units:
            m = TITLE_TURN.match(self.text, s, e)
            if m is not None and not TRANSCRIPT_TURN.match(self.text, s, e):
                matches[s] = m
        if len(matches) < 2:
            return {}
        # A full name opening on a clear first name is a person's, though the small
        # model tags none in a transcript ("Per Moen:"); then its surname alone too.
        full = {
            label for m in matches.values()
            if len(words := (label := m.group("label")).split()) >= 2 and _strong_first_name(words[0])
        }
        names = self._person_names() | full | {label.split()[-1] for label in full}
        found = {s: m for s, m in matches.items() if m.group("label") in names}
        # `Interviewer: What next?` then `Strand: Staying up.`: the one asking, unnamed,
        # is the other side of the dialogue, though their questions are no one's item.
        asking = {s: m for s, m in matches.items() if m.group("label").lower() in lexicon.ASKING_LABELS}
        said = [m.group("label").split()[-1] for m in (found | asking).values()]
        # A dialogue: someone speaks twice, or a named person answers the one asking
        # (`Reporter: Will you run?` then `Sahin: I have not decided.`), and the turns
        # follow one another with no paragraph of narration between (not a list of
        # people, each under their name).
        starts = [s for s, _, _ in units]
        picked = [starts.index(s) for s in found | asking]
        in_a_row = bool(picked) and max(picked) - min(picked) + 1 == len(picked)
        answered = bool(asking) and bool(found) and min(asking) < min(found)
        return found if len(set(said)) >= 2 and (len(said) > len(set(said)) or answered) and in_a_row else {}

    def _turn_units(self) -> list[tuple[int, int, int | None]]:
        """Paragraphs cut before each line that opens a new transcript turn.

        `LINDGREN: ...` / `HOST: ...` / `LINDGREN: ...` on single lines is one paragraph
        but three turns: each label's words stop where the next label's line begins.
        Each unit carries its paragraph's index when it ends that paragraph (a later
        paragraph may continue it), else None.
        """
        units: list[tuple[int, int, int | None]] = []
        for n, (s, e) in enumerate(self.paras):
            cuts = [s]
            k = self.text.find("\n", s, e)
            while k != -1:
                if TRANSCRIPT_TURN.match(self.text, k + 1, e) or INTERVIEW_LINE.match(self.text, k + 1, e):
                    cuts.append(k + 1)
                k = self.text.find("\n", k + 1, e)
            for a, b in zip(cuts, cuts[1:], strict=False):
                units.append((a, b, None))
            units.append((cuts[-1], e, n))
        return units

    def _turn_labels(self, units: list[tuple[int, int, int | None]]) -> set[str]:
        """The labels of the document's transcript turns ("KATE OKAFOR", "HOST"), read
        from its turn units (``_turn_units``, cut once per document)."""
        labels = set()
        for s, e, _ in units:
            m = TRANSCRIPT_TURN.match(self.text, s, e)
            if m is not None:
                labels.add(m.group("label").strip())
        return labels

    def colon_claims(self) -> list[Candidate]:
        """Headline-style lines `Reid: 'Never underestimate Trump.'`, `Blinken: No pullback`.

        The label before the colon must be a name the parser tagged (a person, an
        organisation, a nation), so `Update:`, `Photo:` or `Clinton: 45 percent` poll
        lines never become claims. All-capital labels are transcript turns, handled there.
        """
        out = []
        for m in COLON_CLAIM.finditer(self.text):
            label, body = m.group("label"), m.group("body")
            if label.isupper() or len(body.split()) < 3 or body[:1].isdigit():
                continue
            if self.in_boilerplate(m.start()):
                continue  # a headline summary is not a claim
            ls, le = m.span("label")
            lead = self.char_span(ls, ls + 1)
            if lead is not None and len(lead) and lead[0].pos_ == "ADP" and lead[0].lower_ != "from":
                continue  # "About Tellmark: Tellmark is ...": a boilerplate heading
            tagged = any(
                e.label_ in ("PERSON", "ORG", "NORP", "GPE") and e.end_char == le and e.start_char >= ls
                for e in self.ents
            )
            if not tagged and label.split()[-1] not in self._person_names():
                continue
            start, end = m.span("body")
            while end > start and (self.text[end - 1].isspace() or self.text[end - 1] in ".;"):
                end -= 1
            head = self.char_span(start, min(end, start + 1))
            if head is not None and len(head) and self.quote_of_char[start] < 0:
                # `Superdelegates: Clinton leads 520 to 39. "...," Devine said.`: a
                # headline-style claim is one sentence; later sentences of the line
                # carry their own attributions.
                end = min(end, self._claim_sentence_end(head[0], end))
            qids = self._quote_ids(start, end)
            kind = "indirect"
            first = self.quote_of_char[start]
            if first >= 0 and self.quotes[first].open_start == start and not self._opens_longer_claim(first, end):
                # `Brooks: "The pier stays open." Okafor: "..."`: the label speaks the
                # quotation it opens, not the rest of the line.
                q = self.quotes[first]
                kind, start, end, qids = "direct", q.start, q.end, {first}
            if kind != "direct" and qids:
                kind = "mixed"
            if end - start < 8:
                continue
            if kind == "indirect" and not self._has_finite_verb(start, end):
                continue  # `Kasich: Now or never.`, `Iowa: Ann Lee, Bo Dee`: a subhead or a list
            cue = (m.start("colon"), m.end("colon"))
            verb = label.split()[0]
            if verb.lower() in lexicon.INVERTED_LEADS and len(label.split()) > 1:
                # `Said Adeyemo: "..."`: an inverted cue opens the label.
                cue = (ls, ls + len(verb))
                ls += len(label) - len(label[len(verb) :].lstrip())
            out.append(Candidate(kind, start, end, cue, (ls, le), 0.6, qids))
        return out

    def _opens_longer_claim(self, qi: int, end: int) -> bool:
        """The quotation opening a claim is a fragment of a longer one: `Brooks: 'Of
        Course' Marsh Is Qualified`. It ends on a word and words of the same sentence
        follow it, so the label says the whole line, quoted words and all; a quoted
        sentence (`Brooks: "The pier stays open." Okafor: ...`) stands alone."""
        q = self.quotes[qi]
        if not self.text[q.start : q.end].rstrip()[-1:].isalnum():
            return False
        return re.match(r"[ \t]+[\w(]", self.text[q.close_end : end]) is not None

    def _claim_sentence_end(self, first: Token, end: int) -> int:
        """End of the sentence ``first`` opens, without its closing period, or ``end``."""
        sent = first.sent
        if sent.end_char >= end:
            return end
        stop = sent.end_char
        while stop > first.idx and (self.text[stop - 1].isspace() or self.text[stop - 1] in ".;"):
            stop -= 1
        return stop if stop > first.idx else end

    def _has_finite_verb(self, start: int, end: int) -> bool:
        """Some tensed verb or modal in ``text[start:end]``: a claim says something."""
        span = self.char_span(start, end)
        return span is not None and any(t.tag_ in FINITE_TAGS for t in span)

    def _person_names(self) -> set[str]:
        """The names of the people the parser found, whole and by last word: what a
        speaker label it did not tag ("WALLACE:", "Okafor:") must be."""
        if self._names is None:
            self._names = {
                word for e in self.ents if e.label_ == "PERSON" for word in (e.text, e.text.split()[-1])
            }
        return self._names

    def _snap_to_quotes(self, c: Candidate) -> Candidate:
        """A reported clause lying inside quote marks is the whole quotation."""
        spans = [self.quotes[i] for i in sorted(c.quote_ids)]
        if len(spans) == 1:
            c.start, c.end = spans[0].start, spans[0].end
        return c

    def _relative_subject(self, cue: int | None) -> bool:
        """The cue verb's subject is a relative pronoun ("who said", "which argues")."""
        if cue is None or not 0 <= cue < len(self.doc):
            return False
        return any(
            ch.dep_ in ("nsubj", "nsubjpass") and ch.tag_ in ("WP", "WDT") for ch in self.doc[cue].children
        )

    def _after_addressee(self, c: Candidate) -> int:
        """The content's start past a bare plural addressee right after the cue.

        "told reporters prices had risen": the parser folds "reporters" into the
        clause's subject (a compound) or takes "reporters prices" for the object; the
        word is who was told, not what."""
        if not c.cue or c.cue_token is None or not 0 <= c.cue_token < len(self.doc):
            return c.start
        if self.doc[c.cue_token].lemma_.lower() not in lexicon.ADDRESSEE_VERBS:
            return c.start
        if self.text[c.cue[1] : c.start].strip():
            return c.start
        m = re.match(r"(\w+)\s+(?=\w)", self.text[c.start : c.end])
        if m is None or m.group(1).lower().rstrip("s") not in lexicon.PRESS_AUDIENCE or not m.group(1).endswith("s"):
            return c.start
        return c.start + m.end()

    def _with_opening_mark(self, start: int, end: int) -> int:
        """A mixed or reported content that opens with a quotation it contains keeps the
        opening mark with the closing one (`“We are happy” about the ruling`, not `We are
        happy” about the ruling`): the stored text reads as written.

        The parser hangs the opening mark on the cue, not on the clause it opens (`said
        "I am done" on Monday` gave `I am done" on Monday`). Called when a report is
        built (`_reported_from`, so its quotations count) and again on the finished item
        (`_to_quote`), whose start later steps may have moved."""
        # (a bisection: a scan from the first quotation made long texts quadratic)
        i = bisect.bisect_left(self._quote_starts, start)
        while i < len(self.quotes) and self.quotes[i].start == start:
            q = self.quotes[i]
            if q.open_start < start and q.close_end <= end:
                return q.open_start
            i += 1
        return start

    def _to_quote(self, c: Candidate) -> Quote:
        text = self.text
        if c.type != "direct":
            c.start = self._after_addressee(c)
            c.start = self._after_dateline(c.start, c.end)
            c.start, c.end = self._inside_markup(c.start, c.end)
            c.start = self._with_opening_mark(c.start, c.end)
        if c.mention:
            c.mention = self._inside_markup(*c.mention)
            if c.cue and c.mention[0] < c.cue[0] < c.mention[1]:
                # `the 45-year-old told reporters`, read as one noun phrase: the words
                # at the cue are the verb, never part of who speaks.
                c.mention = (c.mention[0], c.mention[0] + len(text[c.mention[0] : c.cue[0]].rstrip(" ,")))
            elif c.cue and c.mention[0] == c.cue[0] < c.cue[1] < c.mention[1]:
                # `Said Inspector Callum Reid: "..."`, the cue read into the name: the
                # speaker is the words after it.
                c.mention = (c.mention[1] - len(text[c.cue[1] : c.mention[1]].lstrip()), c.mention[1])
        content = Span(c.start, c.end, text[c.start : c.end])
        # An empty or inverted cue or mention span is dropped, never passed on: later
        # stages turn spans into tokens, and spaCy raises on an inverted range.
        cue = (
            Span(c.cue[0], c.cue[1], text[c.cue[0] : c.cue[1]])
            if c.cue and c.cue[0] < c.cue[1]
            else None
        )
        mention = (
            Span(c.mention[0], c.mention[1], text[c.mention[0] : c.mention[1]])
            if c.mention and c.mention[0] < c.mention[1]
            else None
        )
        confidence = c.confidence
        if len(content.text.split()) < SHORT_CONTENT_WORDS:
            # "asked a question", "posted this tweet", "endorsed Cruz": a content of a
            # few words is much more often a topic or an object than a statement (on the
            # training corpus 10-25 points less precise than longer items of the same
            # path), so users filtering on confidence should see it lower.
            confidence -= 0.15
        if c.type == "indirect" and self._relative_subject(c.cue_token):
            # "a delegate who supports Clinton", "a group that backed Kasich": a report
            # hung on a relative pronoun mostly describes its antecedent (on the training
            # corpus ~17 points less precise than other reports of the same confidence).
            confidence -= 0.15
        if c.carried:
            # A quote standing right after an attributed one, in the same or the next
            # paragraph, with no other speaker between: 98-99% right on the training
            # corpus (speaker included), as sure as a quote with its own "said". Its
            # 0.7 stays for ranking in `_dedupe`, where a cue of its own should win.
            confidence += 0.2
        if c.type == "mixed" and confidence > 0.8:
            # Only a quotation grown into a mixed item by its lead or run-on words gets
            # here (a speech verb and a speaker): it is right ~88% of the time on the
            # training corpus, against ~97% for mixed items built from a reported clause
            # (0.8) and ~99% for a plain direct quote (0.95). The grown edge is a guess.
            confidence = 0.75
        return Quote(
            type=c.type,
            content=content,
            cue=cue,
            speaker_mention=mention,
            confidence=max(0.05, min(1.0, confidence)),
        )


def _hyphen_joined(token: Token, child: Token) -> bool:
    """ "Osei-Bonsu": ``child`` is the capitalised word right after ``token`` and a
    hyphen, with no space on either side, so one word of the text, whatever the parser
    made of it."""
    doc = token.doc
    if child.i != token.i + 2 or token.whitespace_:
        return False
    hyphen = doc[token.i + 1]
    return hyphen.text == "-" and not hyphen.whitespace_ and child.is_alpha and child.text[:1].isupper()


def hashes_in(values: numpy.ndarray, table: numpy.ndarray) -> numpy.ndarray:
    """Which of ``values`` (a column of string hashes) occur in ``table``, a sorted
    non-empty hash array: ``numpy.isin`` by binary search. ``numpy.isin`` sorts both
    arrays on every call, a sixth of the extractor's own time with a table of 1,266
    trigger forms; a search of each value in the sorted table costs a fifth of that."""
    at = numpy.minimum(numpy.searchsorted(table, values), len(table) - 1)
    return table[at] == values


#: Conjunctions that may open a sentence before a fronted "to" phrase ("But to others, ...").
_OPENING_CONJUNCTIONS = numpy.array(sorted(hash_string(w) for w in ("But", "And", "Yet")), dtype="uint64")


@functools.cache
def _trigger_hashes() -> numpy.ndarray:
    """String hashes of every word that can trigger a reported item, in the case forms
    lemmas and words take (spaCy's hashes depend on the string alone)."""
    words = (
        lexicon.CUE_LEMMAS | lexicon.FRAME_LEMMAS | lexicon.NOUN_CUE_LEMMAS
        | lexicon.HEARSAY_ADVERBS | lexicon.JUDGEMENT_PASSIVES
        | lexicon.VIEW_NOUNS | lexicon.SELF_LABELS | lexicon.RECEIVED_STANCES | lexicon.PARTISAN_NOUNS | lexicon.FINDING_VERBS | lexicon.STANCE_ADJECTIVES | {"according", "per", "make", "put", "go", "read", "that", "whether"}
    )
    forms = {f for w in words for f in (w, w.capitalize(), w.upper())}
    return numpy.array(sorted(hash_string(f) for f in forms), dtype="uint64")


def fix_lemmas(doc: Doc) -> None:
    """Correct the model's known lemma slips in place, before any cue is looked up.

    The small English model lemmatises "hoping", "hoped" and "hopes" as "hop", which
    hid every "hoping that ..." from the cue lists. Only the lemmas in
    ``lexicon.LEMMA_FIXES`` are visited, through the lemma array. Verb contractions
    with a typographic apostrophe ("He’s wary of it") get the lemma their straight
    twins get (``lexicon.CURLY_CONTRACTIONS``), so that "be" rules see them.
    """
    if not doc.has_annotation("LEMMA"):
        return
    lemmas = doc.to_array(LEMMA)
    for wrong, (right, forms) in lexicon.LEMMA_FIXES.items():
        for i in numpy.flatnonzero(lemmas == doc.vocab.strings[wrong]).tolist():
            if doc[i].lower_.startswith(forms):
                doc[i].lemma_ = right
    _retag_verbs_after_quotes(doc)
    _retag_plural_noun_roots(doc)
    _retag_participle_cues_on_noun_roots(doc)
    _retag_noun_cues_before_that(doc)
    _reparse_cues_read_as_modifiers_after_an_age(doc)
    _reparse_agents_hung_on_as_phrases(doc)
    curly = hashes_in(doc.to_array(LOWER), _curly_contraction_hashes())
    for i in numpy.flatnonzero(curly).tolist():
        tok = doc[i]
        right = lexicon.CURLY_CONTRACTIONS[tok.lower_]
        if tok.tag_ in lexicon.VERB_TAGS and tok.lemma_ != right:
            tok.lemma_ = right


def _reparse_cues_read_as_modifiers_after_an_age(doc: Doc) -> None:
    """`The 19-year-old told reporters she was delighted`: the model reads "The
    19-year-old told reporters" as one noun phrase headed by "reporters", the cue an
    adjective on it and the reported clause a relative clause; no cue is found. A
    past-tense cue verb (or one read as a participle) right after "the N-year-old", modifying the sentence's root noun
    that holds a clause with a subject of its own, is the root: "old" its subject, the
    noun its object, the clause its complement."""
    lowers = doc.to_array(LOWER)
    for i in numpy.flatnonzero(lowers[:-1] == doc.vocab.strings["old"]).tolist():
        old, verb = doc[i], doc[i + 1]
        noun = verb.head
        if verb.tag_ not in ("VBD", "VBN") or verb.dep_ != "amod" or verb.lemma_ not in lexicon.CUE_LEMMAS:
            continue
        if noun.dep_ != "ROOT" or noun.i <= verb.i or old.head.i != noun.i:
            continue
        line_start = doc.text.rfind("\n", 0, old.idx) + 1
        if AGE_BEFORE.search(doc.text, line_start, old.idx + len(old)) is None:
            continue
        clause = next((c for c in noun.rights if c.dep_ in ("relcl", "acl") and _has_subject(c)), None)
        if clause is None:
            continue
        det = [t for t in noun.lefts if t.i < old.i and t.dep_ == "det"]
        verb.head = verb  # the root first: no cycle while the rest is rehung
        verb.dep_, verb.tag_, verb.pos_ = "ROOT", "VBD", "VERB"  # ("told" read as a participle too)
        for t in [noun, old, clause, *[p for p in noun.rights if p.dep_ == "punct"]]:
            t.head = verb
        noun.dep_, old.dep_, clause.dep_ = "dobj", "nsubj", "ccomp"
        for t in det:
            t.head = old


def _reparse_agents_hung_on_as_phrases(doc: Doc) -> None:
    """`The plan was described as "reckless" by the opposition leader`: the parser hangs
    "by ..." on the word of the "as" phrase ("reckless"), not on the passive verb, so
    the verb has no agent (no speaker) and the item runs on over the agent. A "by"
    phrase with a noun object, after a quotation inside the "as" phrase of a passive
    verb that has no agent of its own, is that verb's agent."""
    lowers = doc.to_array(LOWER)
    for i in numpy.flatnonzero(lowers == doc.vocab.strings["by"]).tolist():
        by = doc[i]
        if by.dep_ != "prep" or not any(c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN") for c in by.children):
            continue
        as_phrase = next((a for a in by.ancestors if a.lower_ == "as" and a.dep_ == "prep"), None)
        verb = as_phrase.head if as_phrase is not None else None
        if verb is None or verb.tag_ != "VBN" or not any(c.dep_ == "auxpass" for c in verb.children):
            continue
        if any(c.dep_ == "agent" for c in verb.children) or by.i < as_phrase.i:
            continue
        if not any(t.tag_ in ("``", "''") for t in doc[as_phrase.i + 1 : by.i]):
            continue  # ("was confirmed as one of the passengers by ...": no words quoted)
        by.head = verb
        by.dep_ = "agent"


def _retag_verbs_after_quotes(doc: Doc) -> None:
    """A past-tense speech verb right after a closing quote and its comma, tagged an
    adjective or a participle: `"We threw it away," lamented coach Lars Moen` -- the
    model reads "lamented coach" as a noun phrase, hiding the cue of the inverted
    order. Right after `,"` an "-ed" word that is a speech verb is that verb (lemma and
    tags fixed). The present tense slips the same way: `"...," reckons manager Ed
    Cole`, with "reckons" read as a plural noun compounded on the role."""
    # (Only tokens right after a closing-quote token can qualify: found in the tag array,
    # not by building every token.)
    tags = doc.to_array("TAG")
    closing = doc.vocab.strings["''"]
    for i in numpy.flatnonzero(tags[:-1] == closing) + 1:
        tok = doc[int(i)]
        if tok.tag_ == "JJ" and tok.lower_.endswith("ed"):
            tag = "VBD"
        elif tok.tag_ == "VBN" and tok.dep_ in ("amod", "compound") and tok.lower_.endswith("ed"):
            tag = "VBD"  # a participle the parser read as modifying the name: "joked shopkeeper"
        elif tok.tag_ == "NNS" and tok.lower_.endswith("s") and tok.dep_ == "compound":
            tag = "VBZ"
        else:
            continue
        if tok.i < 2:
            continue
        if doc[tok.i - 2].text not in (",", "!", "?"):
            continue  # (the token before is the closing mark: found by its tag)
        verbs = lexicon.SPEECH_VERBS if tag == "VBD" else lexicon.CUE_LEMMAS
        stem = next((s for s in (tok.lower_[:-1], tok.lower_[:-2]) if s in verbs), None)
        if stem is not None:
            tok.lemma_, tok.pos_, tok.tag_ = stem, "VERB", tag


def _retag_plural_noun_roots(doc: Doc) -> None:
    """`Trump predicts that the ferry will be late.`: after a name that is also a
    common word ("Trump", "Cash") the model reads "predicts" as a plural noun
    compounded on the name and heading the sentence, the clause after it its complement
    (or, with a subject of its own, a clause modifying the "noun"); no cue is found. A
    sentence root tagged a plural noun whose stem is a cue verb, with such a clause
    after it and nothing before it but the name (compound words, the last one maybe
    already its subject), is that verb in the present tense: the name's last word
    becomes its subject and the clause its complement. A determiner may open the name
    ("The Treasury projects that ..."), and the clause may be read as a relative one on
    the "noun" when "that" marks it and it has a subject of its own."""
    tags = doc.to_array("TAG")
    plural = doc.vocab.strings["NNS"]
    for i in numpy.flatnonzero(tags == plural).tolist():
        tok = doc[i]
        if tok.dep_ != "ROOT" or not tok.lower_.endswith("s") or tok.i == tok.sent.start:
            continue
        stem = next((s for s in (tok.lower_[:-1], tok.lower_[:-2]) if s in lexicon.CUE_LEMMAS), None)
        clause = next(
            (
                c for c in tok.rights
                if c.dep_ == "ccomp" or c.dep_ == "acl" and _has_subject(c) or c.dep_ == "relcl" and _that_clause_with_subject(c)
            ),
            None,
        )
        if stem is None or clause is None:
            continue
        # ("The Treasury projects that ...": a determiner may open the name)
        first = tok.sent.start + (doc[tok.sent.start].dep_ == "det" and doc[tok.sent.start].head.i == tok.i)
        name = doc[first : tok.i]
        if not len(name) or not all(t.head.i == tok.i and t.tag_ in ("NN", "NNP") for t in name) or any(
            t.dep_ != "compound" for t in name[:-1]
        ) or name[-1].dep_ not in ("compound", "nsubj"):
            continue
        subject = name[-1]
        for t in doc[tok.sent.start : first + len(name) - 1]:
            t.head = subject
        subject.dep_, clause.dep_ = "nsubj", "ccomp"
        tok.lemma_, tok.pos_, tok.tag_ = stem, "VERB", "VBZ"


def _that_clause_with_subject(clause: Token) -> bool:
    """``clause`` is marked by "that" and has a subject of its own: a reported clause
    the parser hung on a noun (`acl`, `relcl`) rather than on the cue it follows."""
    return _has_that(clause) and _has_subject(clause)


def _reroot_on_cue(verb: Token, noun: Token, clause: Token, stops: list[Token] | None = None) -> None:
    """Make ``verb`` the sentence's root, with the old root ``noun`` its subject and
    ``clause`` its complement; the punctuation after the clause (``stops``, read off the
    noun before anything moved unless given) hangs on the verb too. The callers retag the
    verb themselves (its lemma may need setting)."""
    if stops is None:
        stops = [c for c in noun.rights if c.is_punct and c.i > clause.i]
    verb.head = verb
    noun.head, noun.dep_ = verb, "nsubj"
    clause.head, clause.dep_ = verb, "ccomp"
    for stop in stops:
        stop.head = verb


def _retag_participle_cues_on_noun_roots(doc: Doc) -> None:
    """`The gymnast posted on Instagram that she would miss the final.`: the model may
    read the speech verb right after a subject as a participle modifying it (`acl`), so
    the sentence has no verb and its root is the subject noun, with the "that" clause
    hung on the noun too; no cue is found. A past-tense speech verb right after a
    sentence-root noun that opens its sentence (after its determiner and modifiers), with
    a "that" clause of its own subject after it, on the noun or the verb, is the
    sentence's verb: the noun becomes its subject and the clause its complement."""
    for sent in doc.sents:
        root = sent.root
        if root.pos_ not in ("NOUN", "PROPN") or root.left_edge.i != sent.start or root.i + 1 >= sent.end:
            continue
        verb = doc[root.i + 1]
        if verb.dep_ != "acl" or verb.head.i != root.i or verb.tag_ not in ("VBN", "VBD"):
            continue
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or any(c.dep_ in ("dobj", "agent") for c in verb.children):
            continue
        clause = next(
            (
                c for c in (*root.rights, *verb.rights)
                if c.i > verb.i and c.dep_ in ("acl", "relcl", "ccomp") and _that_clause_with_subject(c)
            ),
            None,
        )
        if clause is None:
            continue
        verb.dep_, verb.tag_, verb.pos_ = "ROOT", "VBD", "VERB"
        _reroot_on_cue(verb, root, clause)


def _close_bare_preposition(verb: Token) -> None:
    """`Analysts at Morland Securities forecast that ...` parsed with "forecast" a noun:
    the name before it hangs on it as compounds and the subject's "at" has no object.
    The name ends the "at" phrase: its last word becomes the object, the rest its own."""
    subject = next((c for c in verb.lefts if c.dep_ == "nsubj"), None)
    prep = next((c for c in subject.rights if c.dep_ == "prep"), None) if subject is not None else None
    if prep is None or any(c.dep_ == "pobj" for c in prep.children):
        return
    name = [t for t in verb.lefts if t.i > prep.i]
    if not name or any(t.dep_ not in ("compound", "det", "amod", "nmod") for t in name) or name[0].left_edge.i != prep.i + 1:
        return
    last = name[-1]
    for t in name[:-1]:
        t.head = last
    last.head, last.dep_ = prep, "pobj"


def _retag_noun_cues_before_that(doc: Doc) -> None:
    """`Analysts at Morland Securities forecast that the bank would cut rates`: a speech
    verb spelled like its noun ("forecast") may be tagged a noun. As the sentence root
    with a subject before it and a clause after it, only the tag is wrong. Or the
    model ends the "at" phrase with it ("Economists at the central bank forecast that
    ..."), the subject noun the root and the "that" clause hung on it: the word, with a
    "that" clause of its own subject right after it, is the sentence's verb, the root
    noun its subject, and the word before it the end of the "at" phrase."""
    for sent in doc.sents:
        root = sent.root
        if root.tag_ == "NN" and root.lower_ in lexicon.SPEECH_VERBS and any(
            c.dep_ == "nsubj" and c.i < root.i for c in root.children
        ) and any(c.dep_ == "ccomp" and c.i > root.i for c in root.children):
            root.lemma_, root.pos_, root.tag_ = root.lower_, "VERB", "VBD"
            _close_bare_preposition(root)
            continue
        if root.pos_ not in ("NOUN", "PROPN") or root.left_edge.i != sent.start:
            continue
        word = next(
            (
                t for t in root.subtree
                if t.dep_ == "pobj" and t.tag_ == "NN" and t.lower_ in lexicon.SPEECH_VERBS
                and t.head.dep_ == "prep" and t.head.head.i == root.i and t.i + 1 < sent.end
                and not list(t.rights) and t.i - 1 > t.head.i
            ),
            None,
        )
        if word is None:
            continue
        clause = next(
            (
                c for c in root.rights
                if c.dep_ in ("acl", "relcl") and c.left_edge.i == word.i + 1 and _that_clause_with_subject(c)
            ),
            None,
        )
        if clause is None:
            continue
        prep, name = word.head, doc[word.i - 1]
        stops = [c for c in root.rights if c.is_punct and c.i > clause.i]
        for t in list(word.lefts):
            if t.i != name.i:
                t.head = name
        name.head, name.dep_ = prep, "pobj"
        word.lemma_, word.dep_, word.pos_, word.tag_ = word.lower_, "ROOT", "VERB", "VBD"
        _reroot_on_cue(word, root, clause, stops)


#: The verbs of `lexicon.NON_SPEECH_PHRASALS`: only their particles need looking at.
_PHRASAL_LEMMAS = frozenset(verb for verb, _ in lexicon.NON_SPEECH_PHRASALS)


@functools.cache
def _curly_contraction_hashes() -> numpy.ndarray:
    """String hashes of the contractions `fix_lemmas` mends (found in the LOWER array,
    not by building the document's text)."""
    return numpy.array(sorted(hash_string(form) for form in lexicon.CURLY_CONTRACTIONS), dtype=numpy.uint64)


#: Three lowercase words in a row after a name, before any comma: a sentence going on
#: ("... Brevik-Lund said the budget"), where a signature has at most a role word or two.
_SIGNATURE_PARTICLES = "|".join(sorted(lexicon.SURNAME_PARTICLES, key=len, reverse=True))
_SIGNATURE_WORD = r"(?:(?:al|el)-)?[A-Z][\w.'\-]+"


@functools.cache
def _signature_name(more: str) -> str:
    """The pattern of a name signing a quote: a capitalised word and ``more`` (a regex
    count, "{0,3}") further ones, each perhaps after one or two lowercase surname
    particles, so "— Ursula von der Leyen" or "— Leonardo da Vinci" signs whole, not as
    the first name alone."""
    return rf"{_SIGNATURE_WORD}(?: (?:(?:{_SIGNATURE_PARTICLES}) ){{0,2}}{_SIGNATURE_WORD}){more}"


_SENTENCE_GOES_ON = re.compile(r"(?: [a-z][a-z\-]*){3}")
#: A line's words up to a colon and an opening quote mark: a label of the quotation after it.
_LABELS_A_QUOTE = re.compile(r"[^\n:]{1,120}:[ \t]*[\"\u201c\u2018']")

#: A list bullet closing the text before a quote on its line, and one opening a paragraph.
_BULLET_END = re.compile(rf"(?:^|(?<=\n))[ \t]*{_BULLET}[ \t]+$")
_BULLET_START = re.compile(rf"^{_BULLET}[ \t]+")


def _without_bullet(lead: str) -> str:
    """The text before a quote without a list bullet that opens the quote's line."""
    return _BULLET_END.sub("", lead)


def _without_bullet_start(body: str) -> str:
    """A paragraph without the list bullet that opens it (`• "We stay."`)."""
    return _BULLET_START.sub("", body)


def _addressed_infinitive(verb: Token) -> bool:
    """`advised residents to stay indoors`, `was advised to rest`, `when advised to
    wait`: a verb of advising or begging reports its infinitive when someone is
    addressed, as object or as (passive) participle's subject (`ADDRESSED_XCOMP_VERBS`)."""
    return verb.lemma_.lower() in lexicon.ADDRESSED_XCOMP_VERBS and (
        any(c.dep_ in ("dobj", "nsubjpass") for c in verb.children)
        or verb.tag_ == "VBN" and verb.dep_ not in ("relcl", "acl")
    )


def _passive_conjunct_to_hearer(verb: Token) -> bool:
    """ "The ambassador was summoned and told that ...", "was arrested and warned that
    ...": a verb of telling joined to a passive, with no subject or hearer of its own, is
    passive too (the tagger may call "told" a past tense): its subject is the one told."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.lemma_.lower() in lexicon.ADDRESSEE_PASSIVES | {"inform", "notify", "remind"}
        and verb.tag_ in ("VBN", "VBD")
        and head.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent") for c in verb.children)
    )


def _bare_means(noun: Token) -> bool:
    """ "by email", "by letter", "by phone": a means of sending with no determiner after
    "by" says how the words came, not who sent them."""
    return noun.lemma_.lower() in lexicon.SENDING_MEANS and not any(
        c.dep_ in ("det", "poss", "compound", "amod") for c in noun.children
    )


def _agent_object(agent: Token) -> Token | None:
    """Who a passive's "by" names: its object, or the name the parser made the object of
    a title it read as a verb ("issued by engineer Tomas Berka": "engineer" a pcomp)."""
    pobj = next((c for c in agent.children if c.dep_ == "pobj"), None)
    if pobj is not None:
        return pobj
    for pcomp in agent.children:
        if pcomp.dep_ == "pcomp" and pcomp.i == agent.i + 1:
            name = next((c for c in pcomp.rights if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
            if name is not None and all(t.pos_ == "PROPN" for t in name.lefts):
                return name
    return None


def _cast_within(obj: Token) -> bool:
    """Whether an object carries the "as" phrase of a casting verb itself: in "voters see
    the campaign as unfair", "analysts see the plan as driven by fear" the parser hangs
    "as" on the object, not on "see"; object and "as" phrase are then the view."""
    return any(
        c.dep_ == "prep" and c.lower_ == "as"
        or c.dep_ in ("acl", "relcl", "advcl") and any(m.dep_ == "mark" and m.lower_ == "as" for m in c.children)
        for c in obj.rights
    )


def _name_read_as_modal(verb: Token) -> Token | None:
    """`Instead, Will called for ...`, `Will believes Vrba can win`: a capitalised
    "Will" (or "May") right before a finite verb is a name the parser read as a modal,
    since a modal takes the bare verb ("will call"), not "called" or "calls"; it is
    the verb's subject."""
    if verb.i == 0 or verb.tag_ not in ("VBD", "VBZ", "VBN"):
        return None
    modal = verb.doc[verb.i - 1]
    if modal.dep_ != "aux" or modal.head != verb or modal.text not in ("Will", "May"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    return modal


def _has_read_as_is(verb: Token, subject: Token) -> bool:
    """`She's said she will run`, `who's called for more troops`: a contracted "'s"
    before a participle that goes on to a clause or a "for" phrase is "has", not the
    passive "is" the parser read ("he's said to be furious", "he's called a liar", and
    "it's said that ..." stay passive)."""
    aux = verb.doc[verb.i - 1] if verb.i > 0 else None
    if aux is None or aux.dep_ != "auxpass" or aux.text not in ("'s", "’s") or aux.head != verb:
        return False
    if subject.lower_ in ("it", "this", "that") or any(c.dep_ in ("agent", "xcomp", "oprd") for c in verb.children):
        return False
    return any(
        c.dep_ == "ccomp"
        or c.dep_ == "prep" and c.lower_ == "for"
        or c.dep_ == "advcl" and c.left_edge.lower_ == "for" and c.left_edge.dep_ == "mark"
        for c in verb.children
    )


def _share_read_as_modifier(verb: Token) -> Token | None:
    """`About 4 in 10 say ...`, `Less than a third agreed that ...`: a share of
    respondents before a finite verb with no subject, which the parser hung on the verb
    as a number modifier, is the verb's subject."""
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    for c in verb.lefts:
        if c.dep_ not in ("nummod", "npadvmod") or c.ent_type_ not in ("CARDINAL", "PERCENT"):
            continue
        # A share, not any number ("2.5 points ahead of Cruz - highlights ..."): a
        # fraction or per cent, or "N in M".
        if c.lemma_.lower() in lexicon.SHARE_HEADS or c.ent_type_ == "PERCENT" or any(
            q.dep_ == "quantmod" and q.lower_ == "in" for q in c.children
        ):
            return c
    return None


def _pronoun_that(token: Token) -> bool:
    """ "said that was one of the options", "I think that's fair": a "that" which is the
    clause's subject is a demonstrative and part of what was said, not a complementizer;
    so is one the parser reads as the determiner of a noun after it ("rejected that
    idea": without it the object loses its reference)."""
    return token.lower_ == "that" and (
        token.dep_ in ("nsubj", "nsubjpass") or token.dep_ == "det" and token.head.i > token.i and token.head.pos_ == "NOUN"
    )


def _title_stop(tok: Token) -> bool:
    """The full stop of an abbreviated title the tokenizer split off before a name ("Lt",
    ".", "Col", ".", "Mira Haddon"): `"...," Lt. Col. Mira Haddon said` goes on."""
    doc = tok.doc
    return (
        tok.text == "."
        and 0 < tok.i < len(doc) - 1
        and not doc[tok.i - 1].whitespace_
        and doc[tok.i - 1].lower_ in lexicon.NAME_TITLE_ABBREVIATIONS
        and doc[tok.i - 1].text[:1].isupper()
        and doc[tok.i + 1].text[:1].isupper()
        and doc[tok.i + 1].is_alpha
    )


def _introduced_labels(labels: set[str]) -> set[str]:
    """Turn labels a transcript introduces by full name and then uses by surname
    ("KATE OKAFOR: ..." then "OKAFOR: ..."). The parser seldom tags a name set in
    capitals, but a label that recurs shortened to its last word is a speaker's
    name: "UPDATE:" or "VIDEO:" never come in a long and a short form."""
    return {
        word
        for label in labels
        if len(label.split()) > 1 and (word := label.split()[-1]) in labels
    }


def _answering_labels(labels: set[str], *, asked: bool = False) -> set[str]:
    """Labels that answer an interviewer's ("HOST: Will you resign?" then "ELLERY:
    No."): a transcript with a label of the one asking (`lexicon.ASKING_LABELS`) is a
    dialogue, and its other labels are the people answering, named or not before. A
    writer's note ("UPDATE:") is never one. ``asked``: the text has question lines
    ("Q: Was it a penalty?"), the press conference's unnamed reporters, whose
    one-letter label no turn pattern reads, but which make a dialogue all the same."""
    if not asked and not any(label.lower() in lexicon.ASKING_LABELS for label in labels):
        return set()
    return {
        label
        for label in labels
        if label.lower() not in lexicon.ASKING_LABELS and label.lower() not in lexicon.AUTHOR_LINE_LABELS
    }


def initials_label(label: str) -> str | None:
    """The letters of a turn label of dotted initials ("G.O." -> "GO", "R.T." -> "RT"):
    two or three letters with at least one full stop, else None. Shared with the
    resolver, which names the person such a label stands for."""
    letters = label.replace(".", "")
    if "." not in label or not 2 <= len(letters) <= 3 or not letters.isalpha():
        return None
    return letters


def _initials_labels(labels: set[str], names: set[str]) -> set[str]:
    """Turn labels that are the initials of a person the article names ("G.O.:" for
    Grace Obuya, "R.T.:" for the interviewer Rory Tennant): a Q&A that labels its
    turns so. Only dotted initials count ("U.S.:" is no label of a turn unless the
    article names someone whose initials those are)."""
    out = set()
    for label in labels:
        letters = initials_label(label)
        if letters is None:
            continue
        if any(
            len(words := name.split()) == len(letters)
            and "".join(w[0] for w in words).upper() == letters
            for name in names
        ):
            out.add(label)
    return out


def _full_name_labels(labels: set[str]) -> set[str]:
    """Turn labels that are a full name in capitals ("KARIN VOSS:") in a transcript
    of two labels or more: the parser tags no name set in capitals, but a label that
    opens on a clear first name and has a surname after it is a person, where
    "UPDATE:" or "INTERVIEWER:" are not."""
    from quotes.resolve import _strong_first_name  # resolve imports this module

    if len(labels) < 2:
        return set()
    return {
        label
        for label in labels
        if 2 <= len(label.split()) <= 3 and _strong_first_name(label.split()[0].strip(".").title())
    }


def abbreviation_stop(tok: Token) -> bool:
    """A full stop written onto a name suffix or a legal form ("Greene Sr.", "Vantor Co.")."""
    prev = tok.doc[tok.i - 1] if tok.i else None
    return (
        tok.text == "."
        and prev is not None
        and not prev.whitespace_
        and (prev.lower_ in lexicon.NAME_SUFFIXES or prev.lower_ in lexicon.LEGAL_FORMS)
    )


def _suffix_stop(tok: Token) -> bool:
    """The full stop of a name suffix or legal form the tokenizer split off ("Greene
    Sr", "."), with the sentence going on in lowercase (`"...," Walter Greene Sr.
    said`): no sentence ends there."""
    return tok.i < len(tok.doc) - 1 and abbreviation_stop(tok) and tok.doc[tok.i + 1].text[:1].islower()


def _split_name(token: Token, entity: SpacySpan | None) -> list[Token]:
    """The whole person ``entity`` ``token`` is in, when the parser split it into several
    subjects of one verb ("al-Masri said" as "al" and "Masri", "Kim Min-ho said" as
    "Kim", "Min" and "ho", "Greene Sr. said" as "Sr" and "."): every word of the
    entity hangs on another word of it or on the verb the token hangs on. One name is
    one mention, never its first word or its particle alone."""
    if entity is None or entity.label_ != "PERSON":
        return []
    doc = token.doc
    lo, hi = entity.start, entity.end - 1
    if lo <= token.head.i <= hi:
        return []
    name = doc[lo : hi + 1]
    if (
        any(t.head.i == token.head.i and t.i != token.i for t in name)
        and all(t.head.i == token.head.i or lo <= t.head.i <= hi for t in name)
        and all(t.pos_ == "PROPN" or t.text in "-." and not doc[t.i - 1].whitespace_ for t in name)
    ):
        return list(name)
    return []


def _first_name_read_as_preposition(head: Token, prep: Token) -> bool:
    """ "Coach Per Sandqvist said": a capitalised preposition right after a title word,
    mid-sentence, that the name data knows clearly as a first name and that a proper
    noun follows at once, is the first name of the person the title goes with (the
    parser reads "Per" as a preposition and leaves the title alone as the subject)."""
    from quotes.resolve import _clear_first_name  # resolve imports this module

    doc = head.doc
    nxt = doc[prep.i + 1] if prep.i + 1 < len(doc) else None
    return (
        head.lower_ in lexicon.TITLE_WORDS
        and prep.i == head.i + 1
        and prep.text[:1].isupper()
        and nxt is not None
        and nxt.head.i == prep.i
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
        and _clear_first_name(prep)
    )


def _in_first_person(words: list[str]) -> bool:
    """Words that speak as "I" or "we" (`SPOKEN_WORD` tokens): someone's own words, not
    the writer's narration of them."""
    return any(w.lower() in FIRST_PERSON_WORDS for w in words)


def _first_person_passage(text: str) -> bool:
    """Four words or more in the first person (`_in_first_person`): enough of someone's
    own words to hand them to the one the sentence before is about."""
    words = SPOKEN_WORD.findall(text)
    return len(words) >= 4 and _in_first_person(words)


def _hangs_on_noun(tok: Token) -> bool:
    """A noun, or a verb of a relative clause (`the message she felt ...`), itself or
    through the clauses it is the complement of (`the message she felt they sought to
    ...`)."""
    for _ in range(6):
        if tok.pos_ == "NOUN" or tok.dep_ in ("relcl", "acl"):
            return True
        if tok.dep_ not in ("ccomp", "xcomp") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def _points_at_place(verb: Token) -> bool:
    """`pointing out where the old mill stood`, `where the store used to be`: a where-clause
    right after the verb (and its particle) that ends on a verb that only places its
    subject shows a place, with nothing said of it (`where the budget falls short` says
    something). Read from the words, not the tree: the parser often takes the clause's
    subject for the verb's object."""
    doc = verb.doc
    nxt = verb.i + 1
    while nxt < len(doc) and doc[nxt].dep_ == "prt" and doc[nxt].head.i == verb.i:
        nxt += 1
    if nxt >= len(doc) or doc[nxt].lower_ != "where":
        return False
    words = [t for t in doc[nxt + 1 : verb.right_edge.i + 1] if not t.is_punct]
    if len(words) < 2 or words[-1].pos_ not in ("VERB", "AUX"):
        return False
    return words[-1].lemma_.lower() in lexicon.LOCATING_VERBS


def _after_spaced_dash(keep: list[Token], head: Token) -> int:
    """ "... than Mr. Whitlock - 60 percent of voters said": a dash set off by spaces
    before the head ends one sentence part and starts another (the parser often hangs
    the name before it on the next noun); the mention starts after it. The first token
    index a mention may hold."""
    dashes = [
        t.i for t in keep
        if t.i < head.i and t.text in DATELINE_DASHES and t.i > 0
        and t.doc[t.i - 1].whitespace_ and t.whitespace_
    ]
    return max(dashes) + 1 if dashes else 0


def _bare_number(token: Token) -> bool:
    """An age or year set off by commas ("Tom Vrba, 52", "May 4, 2016", "Ms. Ruiz,
    then 35"): part of the name or date it follows, not an aside on it ("one of
    the rallies" is a number too, with a phrase of its own)."""
    return token.tag_ == "CD" and not any(c.dep_ in ("prep", "relcl", "acl", "amod", "det") for c in token.children)


def _with_joiner(token: Token) -> set[int]:
    """Token ids of ``token``'s subtree plus the "and" or comma that joins it on."""
    ids = {x.i for x in token.subtree}
    ids |= {c.i for c in token.lefts if c.dep_ in ("cc", "punct")}
    if token.left_edge.i > 0:
        prev = token.doc[token.left_edge.i - 1]
        if prev.dep_ in ("cc", "punct"):
            ids.add(prev.i)
    return ids


def _verb_form(verb: Token) -> str | None:
    """The form class two coordinated verbs share: bare (`tell`, `say`; present plural
    looks the same), finite or participle (`told`, `tells`; past and participle look the
    same too), or gerund (`telling`); None for a word that is not a verb form."""
    return {"VB": "bare", "VBP": "bare", "VBD": "finite", "VBZ": "finite", "VBN": "finite", "VBG": "gerund"}.get(verb.tag_)


def _cue_forms(cue: Token) -> set[str]:
    """The forms a verb coordinated with ``cue`` may take: its own, and the finite form
    when a finite auxiliary carries it (`did say X and called Y`, `has called X and
    proposed Y`)."""
    forms = {_verb_form(cue) or "other"}
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in cue.children):
        forms.add("finite")
    return forms


def _clashes(a: Candidate, b: Candidate) -> bool:
    """Two items share more than half of the shorter one."""
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0.5 * min(a.end - a.start, b.end - b.start)


def _nested_in(inner: Candidate, outer: Candidate) -> bool:
    """``inner`` is a report inside what ``outer`` reports, cue and all.

    "Asked what she wanted, Ruiz said ...", "the panel will show what its members have
    long said": attribution is univocal, so a cue inside a reported content belongs to
    that content, and the outer report is the item, whatever the two confidences. A
    direct item with no quote marks (a block quote after `wrote:`, a transcript turn)
    wraps the reports in it the same way: PolNeAR never annotates a cue inside another
    item's content (0 of ~19,800 train items).
    """
    return (
        inner.type != "direct"
        and (outer.type != "direct" or not outer.quote_ids)
        and inner.cue is not None
        and outer.start <= inner.start
        and inner.end <= outer.end
        and outer.start <= inner.cue[0] < outer.end
        and (inner.start, inner.end) != (outer.start, outer.end)
    )


def _wrap_grown_reports(kept: list[Candidate]) -> list[Candidate]:
    """After the spans have grown (a raised subject, a joined fragment), a report whose
    cue now lies inside another report's content belongs to that content, as in
    `_dedupe`: one wholly inside is dropped (`Clinton, casting herself as a champion of
    workers, appeared to ...`), and one that starts inside and runs past the end shows
    that the outer content stopped short (`where the mayor thanked the voters for X and
    taught them Y` cut after X): the outer content runs on to its end."""
    drop: set[int] = set()
    # Only a report with another one starting inside its content can wrap anything (the
    # starts never move here): the rest skip the scan of every item, which made a text
    # with thousands of items quadratic.
    starts = sorted(k.start for k in kept)
    for a in kept:
        if id(a) in drop:
            continue
        first = bisect.bisect_left(starts, a.start)
        if first + 1 >= len(starts) or starts[first + 1] >= a.end:
            continue  # (starts[first] is a's own start, or another item's at the same place)
        for b in kept:
            if b is a or id(b) in drop or b.cue is None or b.type == "direct":
                continue
            if a.type == "direct" and a.quote_ids:
                continue
            if not (a.start <= b.start < a.end and a.start <= b.cue[0] < a.end):
                continue
            if (b.start, b.end) == (a.start, a.end):
                continue
            if b.end > a.end:
                a.end = b.end
                a.quote_ids |= b.quote_ids
                if a.quote_ids and a.type == "indirect":
                    a.type = "mixed"
            drop.add(id(b))
    return [k for k in kept if id(k) not in drop]


def _reported_as_saying(verb: Token) -> bool:
    """`Ada Ruiz has been reported as saying that ...`, `was cited as saying`: a passive
    of a report at second hand completed by "as" and a speech participle; its subject is
    the one who said it (as after "was quoted as saying"), not an addressee."""
    return verb.lemma_.lower() in lexicon.QUOTED_AS and any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(g.dep_ == "pcomp" and g.tag_ == "VBG" and g.lemma_.lower() in lexicon.SPEECH_VERBS for g in c.children)
        for c in verb.children
    )


def _inverted_condition(verb: Token) -> bool:
    """`Should he say yes, the party would split`, `Had the minister said the plant
    would close, ...`: an auxiliary opening the sentence before the cue's subject, and
    a comma closing the clause, make a condition (an "if" left out), not a report; the
    words are only supposed."""
    host = verb
    if verb.head.lower_ == "were" and verb.head.is_sent_start and any(c.lower_ == "to" for c in verb.children):
        host = verb.head  # `Were the landlord to claim ...`: the parser hangs the verb on "were"
    subject = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = host if host is not verb else next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    if subject is None or aux is None or not aux.i < subject.i < verb.i:
        return False
    if aux.lower_ not in ("should", "had", "were") or not aux.is_sent_start:
        return False
    return any(t.text == "," for t in verb.doc[verb.i + 1 : verb.sent.end])


def _astonished(verb: Token) -> bool:
    """ "Fans can't believe it", "I could not believe it": not being able to believe is
    surprise, not a view held about anything."""
    return verb.lemma_.lower() == "believe" and _unable(verb)


def _unable(verb: Token) -> bool:
    """The verb is negated with "can"/"could" ("can't seem to", "could not believe"): it
    says what someone is unable to do, not what they do."""
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lemma_.lower() in ("can", "could") for c in children) and any(
        c.dep_ == "neg" for c in children
    )


def _title_case_line(line: str) -> bool:
    """Three words or more, each capitalised (or a number, or a small word such as "of"
    or "the"): headline style ("Mayor Says Ferry Will Run All Winter."), not a sentence."""
    words = [w.strip("\"'\u2018\u2019\u201c\u201d.,:;!?()") for w in line.split()]
    words = [w for w in words if w]
    small = lexicon.NAME_TITLE_SMALL_WORDS
    return len(words) >= 3 and all(w[:1].isupper() or w[:1].isdigit() or w in small for w in words)


def _without_closing_phrase(line: str) -> str:
    """The line without the closing mark of a quoted phrase at its end (`... were
    "second best"` -> `... were "second best`), when the phrase opened inside the line
    after a word and holds no sentence end of its own; else the line as it is."""
    if len(line) < 2 or line[-1] not in "\"\u201d\u2019'\u00bb\u201c" or line[-2] in ".?!,;:":
        return line
    inner = line[:-1]
    opened = max(inner.rfind(m) for m in "\"\u201c\u2018'\u00ab\u201e")
    if opened <= 0 or not inner[opened - 1].isspace() or not inner[opened + 1 :].strip():
        return line
    return inner


def _asked_participle(verb: Token) -> bool:
    """`Asked about the charges, Ruiz said`, `When asked if he would run, ...`, `Ruiz
    told reporters when asked about the delay`, `Ruiz, asked about the delay, said`: a
    passive participle of asking, with no by-phrase naming the asker, set on the clause
    (or on the one asked); the clause's subject is the one asked, not who asked."""
    if verb.lemma_.lower() not in ASKING_VERBS or any(c.dep_ == "agent" for c in verb.children):
        return False
    if verb.tag_ == "VBD" and verb.dep_ in ("advcl", "ccomp"):
        # (`Ruiz, asked about the delay, said`: the parser reads "Ruiz asked" and leaves
        # "said" with no subject; set off by a comma, it is the participle.)
        return (
            verb.i > 0 and verb.doc[verb.i - 1].text == "," and verb.head.i > verb.i
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.head.children)
        )
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "acl")
        and (verb.dep_ == "advcl" or verb.head.pos_ in ("PROPN", "PRON") or verb.head.ent_type_ == "PERSON")
    )


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One item per stretch of text: overlapping items keep the more confident one,
    except that a report wraps the reports nested in its content, all of them: an
    outer report clashing with two inner ones (`wants to address concerns about X
    after accusing Y`) used to lose to both."""
    cands = sorted(cands, key=lambda c: (-c.confidence, c.start))
    kept: list[Candidate | None] = []
    # Two spans clash only if they overlap, so only kept items starting less than the
    # longest span before c can clash with it: a start-sorted index of the kept items
    # keeps a text with thousands of items from comparing every pair. (An empty span
    # clashes with nothing, so it needs no case of its own.) An item an outer report
    # wraps leaves the index and its slot in `kept` empties.
    longest = max((c.end - c.start for c in cands), default=0)
    by_start: list[tuple[int, int]] = []  # (start, position in kept)
    for c in cands:
        lo = bisect.bisect_right(by_start, (c.start - longest, len(cands)))
        hi = bisect.bisect_left(by_start, (c.end, -1))
        clashes = [n for _, n in by_start[lo:hi] if _clashes(c, kept[n])]
        if not clashes:
            bisect.insort(by_start, (c.start, len(kept)))
            kept.append(c)
        elif all(_nested_in(kept[n], c) for n in clashes):
            for n in clashes:
                by_start.remove((kept[n].start, n))
                kept[n] = None
            bisect.insort(by_start, (c.start, len(kept)))
            kept.append(c)
    return sorted((k for k in kept if k is not None), key=lambda c: c.start)


def extract(doc: Doc) -> list[Quote]:
    """All attributed items of a parsed document, speakers as mentions only."""
    join_wrapped_names(doc)
    return Extractor(doc).run()


def _name_word(token: Token) -> bool:
    """A capitalised word that can be part of a person's name."""
    return token.text.isalpha() and token.text[:1].isupper() and token.pos_ == "PROPN"


def join_wrapped_names(doc: Doc) -> None:
    """A person's name cut by a hard line wrap (`said one tenant, Alison<newline>Kerr.`) is
    one name. The tagger ends or starts the PERSON entity at the line break's whitespace
    token, or tags neither half, so the speaker would be "Alison", "Kerr" or no one. Two
    capitalised proper nouns of no other entity on either side of a single line break
    that wraps inside a sentence (`marks.line_wraps`) become one PERSON entity when one
    half is tagged a person already or the first is a known first name. The mention keeps
    the text as written (`Alison\nKerr`); offsets are untouched."""
    text = doc_text(doc)
    if "\n" not in text or not doc.has_annotation("ENT_IOB"):
        return
    ents = list(doc.ents)
    ending = {e.end: e for e in ents if e.label_ == "PERSON"}
    starting = {e.start: e for e in ents if e.label_ == "PERSON"}
    joined: list[SpacySpan] = []
    for gap in doc:
        if not (gap.is_space and gap.text.count("\n") == 1 and 0 < gap.i < len(doc) - 1):
            continue
        left, right = doc[gap.i - 1], doc[gap.i + 1]
        if not (_name_word(left) and _name_word(right)) or {left.ent_type_, right.ent_type_} - {"", "PERSON"}:
            continue
        before, after = ending.get(gap.i), starting.get(gap.i + 1)
        if before is None and after is None and namedata.women_shares().get(left.lower_) is None:
            continue
        if line_wraps(text, gap.idx, right.text):
            start = before.start if before is not None else left.i
            end = after.end if after is not None else right.i + 1
            joined.append(SpacySpan(doc, start, end, label="PERSON"))
    if joined:
        kept = [e for e in ents if not any(e.start < j.end and j.start < e.end for j in joined)]
        doc.ents = sorted(kept + joined, key=lambda e: e.start)


def _occasion_object(prep: Token) -> Token | None:
    """The object of an "in"/"during" phrase that names an occasion of speaking with
    "a" or "an" (`in a tweet`, `during an interview`): where words were given, not more
    of them. None for any other phrase."""
    if not _occasion_phrase(prep):
        return None
    pobj = next(c for c in prep.children if c.dep_ == "pobj")
    return pobj if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in pobj.lefts) else None


def _occasion_phrase(prep: Token) -> bool:
    """An "in"/"during" phrase naming an occasion of speaking, whatever its determiner
    (`in an interview with Radio Nord`, `during her speech to the union`)."""
    if prep.dep_ != "prep" or prep.lower_ not in ("in", "during"):
        return False
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return pobj is not None and pobj.lemma_.lower() in lexicon.SPEECH_OCCASIONS


def _joined_start(token: Token, floor: int) -> Token:
    """The first token of ``token``'s phrase with the "and" or comma that joins it to
    what goes before (`..." and argued that ...`), none before character ``floor``."""
    first = token.left_edge
    while first.i > 0 and first.doc[first.i - 1].dep_ in ("cc", "punct") and first.doc[first.i - 1].idx >= floor:
        first = first.doc[first.i - 1]
    return first


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


def _has_subject(verb: Token) -> bool:
    """``verb`` has a subject of its own (active, passive or clausal)."""
    return any(c.dep_ in SUBJECT_DEPS for c in verb.children)


def _auxes_before(verb: Token) -> list[Token]:
    """``verb``'s auxiliaries before it, in order (`would have been`: would, have, been)."""
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]


def _unmodal(verb: Token) -> bool:
    """``verb`` is under a modal (`must be`, `would visit`) or a bare subjunctive
    (`urged that more ferries be kept`, `asked that he resign`): not a plain statement
    of fact in the past or present."""
    auxes = _auxes_before(verb)
    if any(c.tag_ == "MD" for c in auxes):
        return True
    if auxes:
        return auxes[0].tag_ == "VB" and auxes[0].lower_ != "to"
    return verb.tag_ == "VB"


def _indicative(verb: Token) -> bool:
    """``verb`` is finite and indicative, with no modal: `has championed`, `pushed`."""
    auxes = _auxes_before(verb)
    if any(c.tag_ == "MD" for c in auxes):
        return False
    if auxes:
        return auxes[0].tag_ in ("VBZ", "VBD", "VBP")
    return verb.tag_ in ("VBZ", "VBD")


def _has_that(clause: Token) -> bool:
    """``clause`` has the complementizer "that" as its mark (`that the port would close`)."""
    return any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)


def _has_to(verb: Token) -> bool:
    """``verb`` is an infinitive with its "to" (`to close the port`)."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _that_read_as_adverbial(clause: Token, verb: Token) -> bool:
    """`reassuring his counterpart that Beijing has no plans`: a clause opened by a bare
    "that" after the cue's object, which the parser takes for an adverbial; "that" opens
    no adverbial clause on its own ("so that", "now that" do), so it is what was said."""
    if clause.dep_ != "advcl" or clause.i < verb.i:
        return False
    marks = [m for m in clause.children if m.dep_ == "mark"]
    if len(marks) != 1 or marks[0].lower_ != "that" or marks[0].i != clause.left_edge.i:
        return False
    before = clause.doc[marks[0].i - 1]
    return before.lower_ not in ("so", "now", "such", "except", "given", "provided", "in")


def _cleft_focus(subject: Token, verb: Token) -> Token | None:
    """`It was Haddad who first claimed ...`: in a cleft the parser hangs the "who"
    clause on "was" as a clause of its own; "who" stands for the focused noun."""
    if subject.lower_ not in ("who", "that") or subject.tag_ not in ("WP", "WDT") or verb.dep_ != "ccomp":
        return None
    be = verb.head
    if be.lemma_ != "be" or not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children):
        return None
    return next(
        (c for c in be.children if c.dep_ == "attr" and c.i == subject.i - 1 and c.pos_ in ("PROPN", "NOUN", "PRON")),
        None,
    )


def _leading_report(verb: Token) -> bool:
    """`Every Friday, the former aide told the Post, Ruiz would chair the meeting`: a
    finite speech verb with its own subject and nothing to report, set off by a comma
    right before the subject of the clause the parser hangs it on (as an adverbial
    clause, with no subordinator of its own), reports that clause."""
    head = verb.head
    if verb.dep_ not in ("advcl", "parataxis") or head.i <= verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.lemma_.lower() not in lexicon.SPEECH_VERBS:
        return False
    if any(c.dep_ in ("mark", *CONTENT_DEPS, "xcomp") or c.tag_ == "WRB" for c in verb.children):
        return False  # "When two firms write an agreement, ...": a clause of its own
    if verb.lemma_.lower() not in lexicon.ADDRESSEE_VERBS and any(c.dep_ == "dobj" for c in verb.children):
        return False  # what was written is the object; only a hearer is no content
    if not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children):
        return False
    subject = next((c for c in head.children if c.dep_ in SUBJECT_DEPS and c.i > verb.i), None)
    after = verb.right_edge.i + 1
    return subject is not None and verb.doc[after].text == "," and subject.left_edge.i == after + 1


def _aside_host(verb: Token) -> Token | None:
    """The clause an "as" aside comments on: the verb it hangs from, or the verb of the
    subject the parser hung it on (`The plan, as noted by Ines Calloway, is flawed`), or
    of the comma it hung a passive aside on."""
    head = verb.head
    if head.is_punct and verb.dep_ == "prep" and verb.tag_ == "VBN" and head.i < verb.i:
        head = head.head
    if head.pos_ in ("VERB", "AUX"):
        return head
    if (
        head.pos_ in ("NOUN", "PROPN", "PRON")
        and head.dep_ in ("nsubj", "nsubjpass")
        and head.head.pos_ in ("VERB", "AUX")
        and head.i < verb.i < head.head.i
        # with its speaker: "as mentioned above" is the writer's own pointer
        and any(c.dep_ in ("nsubj", "agent") for c in verb.children)
    ):
        return head.head
    return None


def _short_sentence(words: str) -> bool:
    """A short quotation that is still a whole sentence (`"It's not sustainable."`,
    `"Nobody came."`): two or three words, capitalised and closed by a stop, which a
    quotation paragraph after a report says as surely as a longer one; a bare word or
    phrase (`"Disgraceful"`) says too little to carry the speaker on."""
    text = words.strip()
    return 2 <= len(text.split()) and text[:1].isupper() and re.search(r"\w[.!?]$", text) is not None


def _subjects_read_before(verb: Token) -> list[Token]:
    """The subjects of ``verb`` before it; the parser may leave a fronted one unlabelled
    (`The ferry, Ines Calloway told the council, would run`: "ferry" a bare dep)."""
    return [
        c for c in verb.children
        if c.i < verb.i and (c.dep_ == "nsubj" or c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN"))
    ]


def _people_in_a_place(head: Token, prep: Token) -> bool:
    """ "Officials in Pellham said", "voters in Ohio": people nobody names, in a place
    the "in" names (a place entity), are not the place; nor when the place is named
    through a common noun ("police in the northern city of Varna")."""
    lemma = head.lemma_.lower()
    if lemma not in lexicon.UNNAMED_HEADS and head.lower_ not in lexicon.UNNAMED_HEADS and not (
        head.pos_ == "NOUN" and _person_compound(head.lower_)  # "fishermen in Polperro"
    ):
        return False
    if lemma in lexicon.ORG_DESCRIPTIONS:
        return False  # "authorities in Bavaria" are the place's own
    places = [c for c in prep.children if c.dep_ == "pobj"]
    places += [
        g
        for c in places
        if c.pos_ == "NOUN"
        for of in c.children
        if of.dep_ == "prep" and of.lower_ == "of"
        for g in of.children
        if g.dep_ == "pobj"
    ]
    # (a town the tagger calls a nationality, "in Polperro" as NORP, is still a place)
    return any(c.ent_type_ in ("GPE", "LOC", "FAC", "NORP") or _bare_place_name(c) for c in places)


def _bare_place_name(token: Token) -> bool:
    """ "Officials in Kyiv", "farmers in Jaffna": the tagger often calls a city an
    organisation or a person; one capitalised proper noun with no article after "in" is
    still where the people are (a body in which people work is "the ministry", "at
    Siemens"; nobody is "in" a person)."""
    return (
        token.pos_ == "PROPN"
        and token.ent_type_ in ("", "ORG", "PERSON")
        and not token.is_upper
        and not any(c.dep_ in ("det", "compound", "poss", "amod") for c in token.children)
        and token.ent_iob_ in ("B", "O")
        and (token.i + 1 >= len(token.doc) or token.doc[token.i + 1].ent_iob_ != "I")
    )
