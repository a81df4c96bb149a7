"""Quotations attributed away from their own sentence, and quotations without marks.

A quote following an attributed one, signed by a dash or bracket line, introduced by the
paragraph before, in dialogue dashes; block quotes, embedded posts, interview transcripts,
Q&A answers and headline claims (`Reid: 'Never.'`).
"""

from __future__ import annotations

import bisect
import functools
import re

from spacy.tokens import Span, Token

from quotes import lexicon
from quotes.candidates import Candidate
from quotes.doccolumns import head_of, kids
from quotes.marks import (
    QuoteSpan,
    is_quote_char,
)
from quotes.nameshapes import _role_word, _strong_first_name, first_name_gender
from quotes.patterns import (
    _BULLET_START,
    _SIGNATURE_PARTICLES,
    _SIGNATURE_WORD,
    ASKING_VERBS,
    CAPITAL_Q,
    DASHES,
    FINITE_TAGS,
    SENTENCE_BREAK,
    SUBJECT_DEPS,
    _present_tense_stem,
    _without_bullet,
    line_start_matches,
)

# A word as `_in_first_person` counts them, apostrophe included ("I'm", "I’m").
SPOKEN_WORD = re.compile(r"[\w\u2019']+")
# The first person, in the forms `SPOKEN_WORD` gives.
FIRST_PERSON_WORDS = frozenset({"i", "i'm", "i\u2019m", "me", "my", "we", "our", "us"})

EMBED_SIGNATURE = re.compile(
    r"\s[\u2014\u2013-]{1,2}\s*([A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,4})\s*\(@\w{1,30}\)"
    r"(?:\s+[A-Z][a-z]{2,8}\.? \d{1,2}, \d{4})?\s*$"
)
# The longest post a signature line signs from the paragraph before it (a long post
# runs to a few hundred characters).
_POST_MAX_CHARS = 600
# A link closing the text of an embedded post ("pic.twitter.com/xk29Qa", "https://t.co/x").
EMBED_LINK_END = re.compile(r"\s*(?:https?://|pic\.twitter\.com/)\S+\s*$")

# A transcript turn: an optional opening mark, a capitalised speaker label, a colon.
TRANSCRIPT_TURN = re.compile(
    "[ \t]*[\"\u201c\u201d]?[ \t]*(?P<label>[A-Z][A-Z.'\\-]+(?: [A-Z][A-Z.'\\-]+){0,2}):[ \t]+(?P<body>\\S)"
)
# A parliamentary record's turn (Hansard style), a label no other transcript uses: a
# courtesy title and a surname in capitals (`Mr KELLY:`, `Dr HALVORSEN (Northern
# Tablelands):` with the member's seat), an office in capitals after "THE" (`THE PRIME
# MINISTER:`), or an office with its holder in brackets (`The Minister for Health (Ms
# Rowe):`). Group "who" is the words naming the speaker.
HANSARD_TURN = re.compile(
    "[ \t]*(?:"
    "(?P<who>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Baroness|Senator|Hon)\\.? [A-Z][A-Z'\u2019-]+"
    "(?: [A-Z][A-Z'\u2019-]+)?)(?: \\([A-Z][^()\n]{1,60}\\))?"
    "|(?P<office>THE [A-Z-]+(?: [A-Z-]+){0,3})"
    "|The [A-Z][a-z-]+(?: (?:[A-Z][a-z-]+|for|of|and|the))* \\((?P<holder>(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Hon)"
    "\\.? [A-Z][\\w'\u2019-]+(?: [A-Z][\\w'\u2019-]+)?)\\)"
    "):[ \t]+(?P<body>\\S)"
)
# An interview's answer line (`A: Honestly, no.`, `A. Honestly, no.` as the New York
# Times writes it): a turn once a question line (`Q:`, `Q.`, `INTERVIEW_QUESTION`) came
# before it; the resolver names the one interviewed.
ANSWER_TURN = re.compile("[ \t]*(?P<label>A|Answer)(?::|(?<=A)\\.)[ \t]+(?P<body>\\S)")
INTERVIEW_QUESTION = re.compile(r"(?m)^[ \t]*(?:(?:Q|Question|QUESTION)[ \t]*:|Q\.)[ \t]+\S")


def _interview_question(text: str) -> re.Match[str] | None:
    """The first `INTERVIEW_QUESTION` line of ``text``. Each holds a capital Q, which most
    lines lack: trying the pattern only at lines holding one spares a scan that runs the
    matcher at every character (a pattern led by a line start gives the regex engine
    nothing to skip to)."""
    return next(line_start_matches(INTERVIEW_QUESTION, text, CAPITAL_Q), None)
# An earnings-call transcript's speaker line (`Jane Wu -- Chief Financial Officer`,
# `Tom Lee -- Morgan Stanley -- Analyst`, `Jane Wu - CFO:`): a name, a dash and a
# role, alone on its line; the paragraphs after it are that person's words.
CALL_LABEL = re.compile(
    "[ \t]*(?P<label>[A-Z][\\w'\u2019.-]+(?:[ \t]+[A-Z][\\w'\u2019.-]*){1,3})[ \t]+(?P<dash>--|[-\u2013\u2014])[ \t]+"
    "(?P<role>[A-Z][\\w&.,'\u2019 \t-]{1,80}?)[ \t]*:?[ \t]*$"
)
# The role part of such a line names an office, or an analyst's.
CALL_ROLE = re.compile(
    r"\b(?:Officer|Executive|President|Chair(?:man|woman|person)?|Director|Analyst|Head|Treasurer"
    r"|Founder|Manager|Relations|Partner|Secretary|C[A-Z]{1,2}O)\b"
)
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
# `"We will rebuild." The words came from Mayor Ada Voss`, `The warning came from the
# central bank`: the next sentence says where the quoted words came from.
CAME_FROM = re.compile(
    r"(?:[ \t]*\n){0,2}[ \t]*The (?:\w+ )?(?P<noun>words?|remarks?|comments?|warning|message|plea|verdict|"
    r"promise|answer|reply|response|assessment|admission|appeal|rebuke) came from "
)
SO_SAID = re.compile(
    r"(?:[ \t]*\n){0,2}[ \t]*(?:So|Thus) (?P<noun>said|insisted|declared|argued|warned|wrote|claimed|promised) "
)
# `"Nobody warned us." That was how Tomas Vrba described the night.`: the next sentence
# says who put the quoted one that way.
THAT_HOW = re.compile(r"(?:[ \t]*\n){0,2}[ \t]*(?:That|This)(?:'s|\u2019s| is| was) how ")
# `"A circus" — that was how Ana Ruiz put it`: the same after a dash, in one sentence.
DASH_THAT_HOW = re.compile(r"[ \t]*(?:--|[\u2013\u2014])[ \t]*(?:that|this|That|This)(?:'s|\u2019s| is| was) how ")
# `"Unacceptable" was how Ana Ruiz described the plan`: the quotation is the subject of
# a copula whose predicate is a how-clause of saying.
QUOTE_WAS_HOW = re.compile(r"[ \t]*,?[ \t]*(?:was|is|had been) (?:exactly |precisely |just )?how[ \t]+(?=\S)")
# `"Shameful" was the word the minister used`: ... or a noun of wording that the
# clause after it says someone used or chose ("the first song they played" is no wording).
QUOTE_WAS_WORD = re.compile(
    r"[ \t]*,?[ \t]*(?:was|is|had been) (?:the|his|her|their|its) (?:[\w'\u2019-]+ )?"
    r"(?P<noun>word|words|term|phrase|expression|description|label)[ \t]+(?:that[ \t]+|which[ \t]+)?(?=\S)"
)

# `"Extraordinary," was all Ada Voss could say`, `"No comment" is everything the club
# would say`: the quotation is the object of the saying clause that follows.
# ("was all that she would say" matches on "all": the clause is read from "that".)
ALL_SAID = re.compile(
    r"[ \t]*,?[ \t]*(?:was|is|were|had been|will be) (?:all|everything|just about all|the only thing|"
    r"the last thing|the first thing)[ \t]+(?=\S)"
)
# (what one heard, read or learned: `"..." was all he had heard` is not his words)
NOT_SAYING_ALL = frozenset({"hear", "see", "read", "learn", "know", "find", "understand"})
# `"Not today" was his reply`, `"No," was the answer from Ada Voss`, `"Gutted," was the
# one-word verdict of Ada Voss`: a noun of answering after the quotation (a modifier or
# two before it), owned by the one who answered ("came the reply from" is a cue of
# its own, `_direct_with_cue`).
WAS_REPLY = re.compile(
    r"[ \t]*,?[ \t]*(?P<cue>was) (?:his|her|their|the|[A-Z][\w-]*(?:'s|’s)) (?:[\w'’-]+ ){0,2}?(?P<noun>reply|answer|response|retort|verdict|"
    r"message|warning|advice|promise|comment|explanation)\b"
)

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
#: What a `DIALOGUE_DASH` or `COLON_CLAIM` line must hold (`line_start_matches`).
_DIALOGUE_DASH_CHAR = re.compile("[\u2014\u2015]")
_COLON = re.compile(":")

#: Entity labels a name that signs a quote cannot carry: a body, place, work or product.
NON_PERSON_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT"})

#: Last words of a body's name or of a credit ("Harbour Press"): a bracket after a quote
#: ending in one credits a body, not a person signing (`Extractor._bracket_signature`).
CREDIT_OR_BODY_ENDINGS = lexicon.ORG_NAME_ENDINGS | lexicon.CREDIT_NAME_ENDINGS


class StandaloneQuotationRules:
    """Quotations whose speaker is named away from them, or that have no marks."""

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
        # (of reports ending together, the widest: `Voters saw the party as timid,
        # Roe said.` is Roe's report, the inner "saw" clause part of it; a report of a
        # clause outranks a report of a bare thing after it: see `_states_something`)
        report = max(inside, key=lambda r: (self._states_something(r), r.end, r.end - r.start))
        if SENTENCE_BREAK.search(self.text[report.end : prev[1]]):
            return None  # the report's sentence must be the last before the quote
        if previous is not None and previous.end > report.start:
            return None
        if len(self.text[q.start : q.end].split()) < 4 and not _short_sentence(self.text[q.start : q.end]):
            return None
        return Candidate("direct", q.start, q.end, None, report.mention, 0.7, {qi}, carried=True)

    def _states_something(self, report: Candidate) -> bool:
        """A report whose content is a clause states something a quote can go on with;
        one whose content is a bare thing (`he told me, because it promised a house and
        a pension`) is a weaker link: a quote after both goes on with the statement
        (`he told me`), and with the thing's report only when there is no other."""
        span = self.char_span(report.start, report.end)
        return span is None or any(t.pos_ in ("VERB", "AUX") for t in span)

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
        # `Okonkwo is blunt about what went wrong.` alone as a paragraph introduces the
        # person whose words follow, in whatever person they are put (`Ebo Mensah did not
        # speak to the crowd.` introduces no words of his)
        alone = len(list(span.sents)) == 1 and not (
            (self.is_cue(root) or root.lemma_.lower() in lexicon.SPEECH_EVENT_VERBS)
            and any(c.dep_ == "neg" for c in self._kids[root.i])
        )
        if len(words) < 4 or not (asked or alone) and not _in_first_person(words):
            return None
        subject = next((c for c in self._kids[root.i] if c.dep_ in (("nsubjpass",) if asked else ("nsubj",))), None)
        if subject is not None and subject.pos_ == "NOUN":
            # `The airline's chief executive, Sofia Brandão, apologised.`: a role with
            # the person's name in apposition names that person as subject.
            subject = next((c for c in subject.rights if c.dep_ == "appos" and self._personal_name(c)), subject)
        # (`Ruiz also had a warning for the government.`: a surname alone the article
        # gave a first name before, whatever the tagger labels it)
        if subject is None or not (
            self._personal_name(subject) or subject.lower_ in ("he", "she") or self._surname_named_before(subject)
        ):
            return None
        if any(c.dep_ == "conj" for c in self._kids[subject.i]):
            return None  # `Maria Lopez and her brother Carlos disagree`: two people
        names = [t for t in span if t.pos_ == "PROPN" and t.dep_ != "compound" and t.ent_type_ not in ("DATE", "TIME") and (
            t.ent_type_ == "PERSON" or t.dep_ in SUBJECT_DEPS or self._tokens[t.i - 1].pos_ == "PROPN"
        )]  # any two-word name counts as someone else, whatever the model tags it
        if not names and subject.pos_ == "PRON" and alone:
            # `He is not optimistic.` alone: he or she, the person the text is about
            return Candidate("direct", q.start, q.end, None, self.mention_span(subject), 0.6, {qi}, carried=True)
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
        subject = next((c for c in self._kids[root.i] if c.dep_ == "nsubj"), None)
        if subject is None or root.tag_ not in FINITE_TAGS:
            return None
        if subject.lower_ not in ("he", "she") and not self._one_named_actor(subject, sents[0]):
            return None
        if not _first_person_passage(self.text[q.start : q.end]):
            return None
        return Candidate("direct", q.start, q.end, None, self.mention_span(subject), 0.6, {qi}, carried=True)

    def _one_named_actor(self, subject: Token, sent: Span) -> bool:
        """`Dunmore turned the wheel.` before `"I know this town better than you do."`:
        a person's name as the one subject of a short narrated act (a beat of the
        conversation: six words at most besides the subject phrase; a longer sentence
        about a named person sets a scene whose words may be anyone's), with no other
        person named in the sentence (`Dunmore thanked Penn.` leaves open who then
        speaks), hands the first-person words that follow to that person, as a pronoun
        subject does. (`Harbour trader Nils Kask looked at the sea.`: the subject phrase
        may carry a role.)"""
        if not self._personal_name(subject) or any(c.dep_ in ("conj", "cc") for c in self._kids[subject.i]):
            return False
        lo, hi = subject.left_edge.i, subject.right_edge.i
        rest = [t for t in sent if not lo <= t.i <= hi and not t.is_punct and not t.is_space]
        if len(rest) > 6:
            return False
        return not any(t.pos_ == "PROPN" and t.ent_type_ not in ("DATE", "TIME") for t in rest)

    def _after_gesture(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`He pauses. "There is no more money."`, `Okafor laughs. "Ten years."`, `She
        shrugs.` closing a paragraph and the quotation opening the next: a quotation
        opening its sentence right after a sentence of one person's gesture (a verb of
        `lexicon.GESTURE_VERBS` with he, she or a person's name as its one subject and
        nothing it reports) is that person's answer, whoever spoke before."""
        if self._named_phrase(q) or self._title_case_name(q):
            return None
        p_start, _ = self.para_of(q.open_start)
        lead = self.text[p_start : q.open_start]
        if lead.strip():
            if not re.search(r"[.!?][ \t]*$", lead):
                return None
            start, end = p_start, q.open_start
        else:
            prev = self._previous_paragraph(p_start)
            if prev is None:
                return None
            start, end = prev
        span = self.char_span(start, end)
        if span is None or not len(span):
            return None
        sent = list(span.sents)[-1]
        if len(sent.text.rstrip()) > end - sent.start_char or len(sent) > 15 or any(is_quote_char(c) for c in sent.text):
            return None
        subject = self._gesturer(sent.root)
        if subject is None:
            return None
        q_text = self.text[q.start : q.end]
        if len(q_text.split()) < 2 and not _short_sentence(q_text):
            return None
        start, end = self.mention_span(subject)
        det = subject.doc[subject.i - 1] if subject.i else None
        if det is not None and det.dep_ == "det" and self._heads[det.i].i == sent.root.i and det.idx < start:
            start = det.idx  # `The farmer shrugs.`, "shrugs" read as a noun: its article
        return Candidate("direct", q.start, q.end, None, (start, end), 0.7, {qi}, carried=True)

    def _gesturer(self, root: Token) -> Token | None:
        """The one person making the gesture a sentence is (`She nodded slowly.`, `Weber
        shook his head.`; `Okafor laughs.` with the verb read as a plural noun the name
        is compounded on), or the one whose bearing it tells (`Johnson was adamant.`:
        `_stance_copula`), else None."""
        deps = {c.dep_ for c in self._kids[root.i]}
        if _stance_copula(root):
            subject = next((c for c in self._kids[root.i] if c.dep_ == "nsubj"), None)
        elif root.tag_ == "NNS" and root.lower_.endswith("s"):
            subject = _noun_read_gesture(root)
            if subject is None or deps - {"compound", "punct", "advmod", "cc", "conj", "det", "amod", "advcl"}:
                return None
            if not all(_gesture_participle(c) for c in self._kids[root.i] if c.dep_ == "advcl"):
                return None
        else:
            if root.tag_ not in FINITE_TAGS:
                return None
            if deps - {"nsubj", "advmod", "prt", "prep", "punct", "npadvmod", "dobj", "cc", "conj", "dep", "advcl"}:
                return None
            if any(c.dep_ == "dobj" and c.lemma_.lower() not in lexicon.GESTURE_OBJECTS for c in self._kids[root.i]):
                return None
            subject = self._gesture_subject(root)
        if subject is None or any(c.dep_ in ("conj", "cc") for c in self._kids[subject.i]):
            return None
        if subject.pos_ == "NOUN" and subject.tag_ == "NN":
            # `His wife, Helen Marsh, shakes her head.`: the name in apposition
            subject = next((c for c in subject.rights if c.dep_ == "appos" and self._personal_name(c)), subject)
        if subject.lower_ in ("he", "she") or self._personal_name(subject):
            return subject
        if subject.tag_ == "NN" and _role_word(subject.lemma_.lower()) and any(
            d.lower_ == "the" for d in (*self._kids[subject.i], *self._kids[root.i]) if d.dep_ == "det"
        ):
            return subject  # `The farmer shrugs.`: one person, by role
        return subject if self._surname_named_before(subject) else None

    def _surname_named_before(self, token: Token) -> bool:
        """A surname alone the tagger labels as nothing or a place is a person's when
        the article gave it a first name before (`Amara Okafor ... Okafor laughs.`); one
        it labels a body, when that first name is a person's (`Priya Nair ... Nair
        nods.`)."""
        if token.pos_ != "PROPN" or token.ent_type_ in NON_PERSON_LABELS - {"GPE", "ORG"}:
            return False
        named = re.search(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(token.text)}\b", self.text[: token.idx])
        return named is not None and not (token.ent_type_ == "ORG" and first_name_gender(named.group(0)) is None)

    @staticmethod
    def _gesture_subject(root: Token) -> Token | None:
        """Who makes the gesture a finite verb opens its sentence with: its subject when
        the verb is a gesture (`She nodded slowly.`); the name on a gesture the parser
        read as a plural noun subject of the next verb (`Weber shrugs and looks away.`);
        the subject of a gesture the parser hung before a second one (`Okafor smiles,
        then shakes his head.`)."""
        subject = next((c for c in kids(root) if c.dep_ == "nsubj"), None)
        # (`Okafor laughed, shaking his head.`: a gesture in a participle goes with it)
        clauses = [c for c in kids(root) if c.dep_ == "advcl" and not _gesture_participle(c)]
        if root.lemma_.lower() in lexicon.GESTURE_VERBS:
            if subject is None and len(clauses) == 1 and clauses[0].i < root.i:
                first = clauses[0]
                if first.lemma_.lower() in lexicon.GESTURE_VERBS and {c.dep_ for c in kids(first)} <= {"nsubj", "advmod", "punct"}:
                    return next((c for c in kids(first) if c.dep_ == "nsubj"), None)
            return None if clauses else subject
        if clauses or subject is None or not subject.i < root.i:
            return None
        return _noun_read_gesture(subject) if any(c.dep_ == "cc" for c in kids(subject)) else None

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
            (c for c in kids(token) if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == token.i - 1), None
        )
        if first is None:
            return False
        if token.ent_type_ == "ORG":
            # the resolver's name data
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
            and self.is_cue(self._heads[verb.i])
            and self._heads[verb.i].i < verb.i
            and any(c.dep_ == "mark" for c in self._kids[verb.i])
        )

    @staticmethod
    def _finite_report(verb: Token) -> bool:
        """A cue that makes a report of its own: finite ("said", "has said"), not an
        infinitive or a clause describing the speaker ("the only senator to endorse
        Sanders", "a documentary that showed ..."), nor a verb joined to such a clause
        ("a strategist who worked for Ortiz and has advised his group": still who the
        speaker is)."""
        first = verb
        while first.dep_ == "conj" and head_of(first).i < first.i:
            first = head_of(first)
        if first.dep_ in ("relcl", "acl"):  # (``first`` is ``verb`` unless it is a conjunct)
            return False
        if verb.tag_ in ("VBD", "VBZ", "VBP"):
            return True
        return verb.tag_ == "VBN" and any(c.dep_ == "aux" for c in kids(verb))

    def _words_of_after(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`"We have been betrayed." Those were the words of Mary Kinsella, 64, ...`: a
        quoted sentence whose next sentence says whose words (verdict, message) they
        were; the one named after "of" or "from" speaks, or the subject after "With
        those words,"."""
        m = (
            WORDS_OF.match(self.text, q.close_end) or WITH_WORDS.match(self.text, q.close_end)
            or WORDS_THOSE_OF.match(self.text, q.close_end) or SO_SAID.match(self.text, q.close_end)
            or CAME_FROM.match(self.text, q.close_end)
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
        while tok.dep_ in ("compound", "det") and self._heads[tok.i].i > tok.i:
            tok = self._heads[tok.i]  # `the line from the Harbour Board`: the body, not its article
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
        for m in line_start_matches(DIALOGUE_DASH, self.text, _DIALOGUE_DASH_CHAR):
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
            m = DASH_THAT_HOW.match(self.text, q.close_end)
        if m is None:
            return None
        span = self.char_span(m.end(), m.end() + 1)
        if span is None or not len(span):
            return None
        verb = span[0]
        while verb.pos_ not in ("VERB", "AUX") and self._heads[verb.i].i != verb.i and self._heads[verb.i].i > verb.i:
            verb = self._heads[verb.i]
        if not (self.is_cue(verb) or verb.lemma_.lower() in ("put", "sum")) or self.in_quote(verb):
            return None
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj" and c.i < verb.i), None)
        if subject is None or subject.idx < m.end() or not self.can_speak(subject):
            return None
        return Candidate(
            "direct", q.start, q.end, self.cue_span(verb), self.mention_span(subject), 0.7, {qi},
            cue_token=verb.i,
        )

    def _quote_was_how(self, q: QuoteSpan, qi: int) -> Candidate | None:
        """`"Unacceptable" was how Ana Ruiz described the plan`, `"Shameful" was the word
        the minister used`: the quotation is the subject of a copula whose predicate is
        the way someone said it (a how-clause of saying) or a noun of wording someone used
        (a relative clause on it); the words are that someone's. A noun of no wording
        (`"Blue Moon" was the first song they played`) names a title, no item."""
        how = QUOTE_WAS_HOW.match(self.text, q.close_end)
        word = None if how is not None else QUOTE_WAS_WORD.match(self.text, q.close_end)
        m = how or word
        if m is None:
            return None
        span = self.char_span(m.end(), min(len(self.text), m.end() + 120))
        if span is None or not len(span):
            return None
        sent_end = span[0].sent.end
        verb = None
        for t in self.doc[span.start : min(span.end, sent_end)]:
            if t.pos_ not in ("VERB", "AUX") or self.in_quote(t):
                continue
            if how is not None and (self.is_cue(t) or t.lemma_.lower() in ("put", "sum")):
                verb = t
            elif word is not None and (self.is_cue(t) or t.lemma_.lower() in lexicon.WORDING_VERBS) and not any(
                c.dep_ in ("dobj", "ccomp") and c.lower_ not in ("that", "which") for c in self._kids[t.i]
            ):
                verb = t  # (the word is its object: "used it" is no relative clause on it)
            break
        if verb is None:
            return None
        subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj" and c.idx >= m.end()), None)
        if subject is None or not self.can_speak(subject):
            return None
        named = next((c for c in self._kids[subject.i] if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        mention = self.mention_span(named if named is not None else subject)
        return Candidate("direct", q.start, q.end, self.cue_span(verb), mention, 0.7, {qi}, cue_token=verb.i)

    def _quote_was_how_of(self, r: Candidate) -> bool:
        """A reported item read off the cue of `_quote_was_how` (`described the plan`:
        the plan is what was described, the quotation the words): the direct item is
        the quotation."""
        if r.cue_token is None:
            return False
        # the quotations closing in the 160 characters up to the item's start, found by
        # bisection (a walk over every quotation for every reported item grew with the
        # square of a long input)
        closes = self._quote_closes
        lo = bisect.bisect_right(closes, (r.start - 160, len(closes)))
        hi = bisect.bisect_right(closes, (r.start, len(closes)))
        for _, qi in closes[lo:hi]:
            cand = self._quote_was_how(self.quotes[qi], qi)
            if cand is not None and cand.cue_token == r.cue_token:
                return True
        return False

    @functools.cached_property
    def _quote_closes(self) -> list[tuple[int, int]]:
        """Each quotation's closing offset with its index, in order of the offsets (read
        once per article: the quotations never change after they are found)."""
        return sorted((q.close_end, qi) for qi, q in enumerate(self.quotes))

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
            subject = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj" and c.idx >= m.end()), None)
            if subject is None:
                # (`was all the lawyer, Ada Voss, would say`: the parser may hang the
                # speaker on the copula, and the copula on the verb)
                subject = next(
                    (t for t in self.doc[span.start : verb.i] if t.dep_ in ("attr", "nsubj") and t.pos_ != "DET"),
                    None,
                )
            if subject is None or not self.can_speak(subject):
                return None
            named = next((c for c in self._kids[subject.i] if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            mention = self.mention_span(named if named is not None else subject)
            return Candidate("direct", q.start, q.end, self.cue_span(verb), mention, 0.7, {qi}, cue_token=verb.i)
        m = WAS_REPLY.match(self.text, q.close_end)
        if m is None:
            return None
        span = self.char_span(m.start("noun"), m.end("noun"))
        if span is None or not len(span):
            return None
        noun = span[-1]
        owner = next((c for c in self._kids[noun.i] if c.dep_ == "poss"), None)
        if owner is None:
            owner = self._answerer_after(noun)
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
        owner = next((c for c in self._kids[noun.i] if c.dep_ == "poss"), None)
        if owner is None or not self.can_speak(owner) or self.in_quote(owner):
            return None
        while owner.dep_ == "compound" and self._heads[owner.i].i > owner.i:
            owner = self._heads[owner.i]
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
        while tok.dep_ in ("compound", "det", "amod", "poss") and self._heads[tok.i].i > tok.i:
            tok = self._heads[tok.i]
        named = next((c for c in self._kids[tok.i] if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if named is not None:
            tok = named  # "according to the auditor, Ada Voss": the name is the source
        elif not self.can_speak(tok, evidence=True) or self.in_quote(tok):
            return None
        if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("acl", "relcl", "amod") for t in tok.rights):
            return None
        end = tok.right_edge.i + 1
        if end < len(self.doc) and self._tokens[end].text not in (".", "\n") and not self._tokens[end].is_space:
            return None  # `"...," according to Voss, who ...`: only a source ending the sentence
        mention = self.mention_span(self._medium_speaker(tok) or tok)
        return Candidate("direct", q.start, q.end, (m.start("cue"), m.end("cue")), mention, 0.8, {qi})

    def _dash_signature(self, q: QuoteSpan, qi: int, p_end: int) -> Candidate | None:
        """A quote followed by a line `- Name` or `— Name, title`."""
        rest = self.text[q.close_end : min(len(self.text), p_end + 200)]
        # (every signature line opens with the dash: without one, straight to brackets;
        # most quotations end their sentence with none)
        m = None
        if _DASH_LEAD.match(rest):
            # a name right after the dash; else a role first, then the name closing the
            # line (`"..." -- the spokesman for Tellmark, Omar Haddad.`); else a lowercase
            # role word or two before a full name closing the line (`"..." — coach Ed
            # Cole`, its own description perhaps after a comma)
            m = _DASH_SIGNED.match(rest) or _DASH_ROLE_THEN_NAME.match(rest) or _DASH_ROLE_WORDS_NAME.match(rest)
        if not m:
            return self._bracket_signature(q, qi, rest)
        if _LABELS_A_QUOTE.match(rest, m.start(1)):
            # `- Signe Marholm, economist: "..."` on the next line: the next item of a list
            # of reactions, whose name labels its own quotation, signs nothing before it.
            return None
        # `"..." – Tarn United coach Imke Solberg`: a body's name, then a role and the
        # person's full name closing the line: the person signs.
        person = _ROLE_WORDS_NAME.match(rest[m.end(1) :])
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

    def _signed_with_next(self, q: QuoteSpan, qi: int, p_end: int, depth: int = 0) -> Candidate | None:
        """`"A."` / `"B."` / `- Vic Moreau, driver`: a quotation that is a whole paragraph,
        followed at once by another whole-paragraph quotation, is signed by the line that
        signs that one: the dash line closes the block of quoted paragraphs, not its last
        paragraph only. (A paragraph with a mark left open runs on into the next one and
        pairs with it already; this takes paragraphs whose marks closed.)"""
        if depth > 3 or qi + 1 >= len(self.quotes):
            return None
        nxt = self.quotes[qi + 1]
        p_start = self.para_of(q.open_start)[0]
        if self.text[p_start : q.open_start].strip() or self.text[q.close_end : p_end].strip():
            return None  # (the quotation is not the whole paragraph)
        gap = self.text[q.close_end : nxt.open_start]
        if gap.strip() or "\n" not in gap:
            return None
        n_start, n_end = self.para_of(nxt.open_start)
        n_end = max(n_end, self.para_of(nxt.close_end - 1)[1])
        if self.text[n_start : nxt.open_start].strip():
            return None
        rest = self.text[nxt.close_end : min(len(self.text), n_end + 200)]
        m = _DASH_LEAD.match(rest) and (
            _DASH_SIGNED.match(rest) or _DASH_ROLE_THEN_NAME.match(rest) or _DASH_ROLE_WORDS_NAME.match(rest)
        )
        signed = self._dash_signature(nxt, qi + 1, n_end) if m else self._signed_with_next(nxt, qi + 1, n_end, depth + 1)
        if signed is None:
            return None
        return Candidate("direct", q.start, q.end, None, signed.mention, 0.75, {qi})

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

    def block_quotes(self) -> list[Candidate]:
        """`He said:` closing a paragraph, then the quotation as a paragraph with no marks."""
        out = []
        signed = "(@" in self.text  # (every `EMBED_SIGNATURE` holds it: most texts need no search)
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
            if self.in_boilerplate(ns) or (signed and EMBED_SIGNATURE.search(self.text, ns, ne)):
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
        if "(@" not in self.text:  # (every `EMBED_SIGNATURE` holds it: a search per paragraph spared)
            return out
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
        adj = next((c for c in self._kids[verb.i] if c.dep_ == "acomp"), None)
        noun = next((c for c in self._kids[verb.i] if c.dep_ == "nsubj"), None)
        # (the word as written too: "damning" is lemmatised "damn")
        if verb.lemma_ != "be" or adj is None or noun is None or {adj.lemma_.lower(), adj.lower_}.isdisjoint(
            lexicon.COLON_PREDICATES
        ):
            return None
        if noun.lemma_.lower() not in lexicon.COLON_NOUNS | lexicon.STATEMENT_NOUNS | lexicon.COLON_BLOCK_NOUNS:
            return None
        owner = next((c for c in self._kids[noun.i] if c.dep_ == "poss" and self.can_speak(c)), None)
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
        for child in self._kids[noun.i]:
            if child.dep_ == "poss" and self.can_speak(child):
                return noun, child
            if child.dep_ == "prep" and child.lower_ in ("from", "by"):
                owner = next((c for c in self._kids[child.i] if c.dep_ == "pobj"), None)
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
            hansard = _hansard_turn(self.text, s, e)
            if hansard is not None and not self.in_boilerplate(s):
                out.extend(self._hansard_candidate(hansard, e))
                continue
            m = TRANSCRIPT_TURN.match(self.text, s, e) or titled.get(s)
            if m is None or self.in_boilerplate(s):
                continue
            if people is None:
                labels = self._turn_labels(units)
                asked = _interview_question(self.text) is not None
                people = (
                    {name.upper() for name in self._person_names()}
                    | _introduced_labels(labels)
                    | _full_name_labels(labels)
                    | _titled_labels(labels)
                    | _answering_labels(labels, asked=asked)
                    | _initials_labels(labels, self._person_names())
                )
            label = m.group("label").strip()
            if s not in titled and label not in people and label.split()[-1] not in people:
                continue
            if label.lower() in lexicon.ASKING_LABELS:
                # "QUESTION: Is the reef dying?" with the label tagged a person: the
                # interviewer's question, no one's item, as under "INTERVIEWER:".
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
            start, end = self._inside_turn_marks(start, e, end)
            if end - start < 8:
                continue
            colon = m.end("label")
            ls = m.start("label")
            out.append(
                Candidate("direct", start, end, (colon, colon + 1), (ls, ls + len(label)), 0.8, set())
            )
        return out

    def _hansard_candidate(self, m: re.Match[str], stop: int) -> list[Candidate]:
        """The direct item of a parliamentary turn (`HANSARD_TURN`): the rest of its unit,
        as for any transcript turn, spoken by the label's name or office (the holder in
        brackets, not the office, when the record gives both)."""
        start, end = m.start("body"), stop
        while end > start and (self.text[end - 1].isspace() or is_quote_char(self.text[end - 1])):
            end -= 1
        start, end = self._inside_turn_marks(start, stop, end)
        if end - start < 8:
            return []
        who = next(g for g in ("holder", "who", "office") if m.group(g) is not None)
        colon = self.text.index(":", m.end(who))
        return [Candidate("direct", start, end, (colon, colon + 1), (m.start(who), m.end(who)), 0.8, set())]

    def _inside_turn_marks(self, start: int, stop: int, end: int) -> tuple[int, int]:
        """A labelled turn's words without the mark opening them (`JONES: "It was close."`,
        `A: "Not for a second."`): its content is what is inside the marks, as for any
        quotation, whose closing mark the caller has cut before ``end``. A double mark
        always opens the words; a single one only when a mark closes the turn too
        (before ``stop``, the turn's end), since `A: 'Tis true` opens with an apostrophe."""
        first = self.text[start : start + 1]
        closed = is_quote_char(self.text[start:stop].rstrip()[-1:])
        if is_quote_char(first) and (first not in "'\u2019\u2018" or closed):
            start += 1
            while start < end and self.text[start].isspace():
                start += 1
        return start, end

    def _narrated_answer(self, start: int, end: int) -> bool:
        """An "A:" turn that opens with a quotation closed before the turn ends, with a
        speech verb or a verb of manner after the close mark (`A: "Only if she agrees,"
        said Wu Fang.`, `A: "Never," she laughed.`): the article narrates the answer, so
        the words are that quotation's and its cue names the speaker; the quotation
        rules find it, and a labelled-turn item would swallow the cue."""
        q = next((q for q in self.quotes if q.open_start == start and q.closed), None)
        if q is None or q.close_end >= end:
            return False
        tail = self.char_span(q.close_end, end)
        return tail is not None and any(
            (t.lemma_.lower() in lexicon.SPEECH_VERBS or t.lemma_.lower() in lexicon.GESTURE_VERBS)
            and self.quote_of_char[t.idx] < 0
            for t in tail
        )

    def interview_answers(self) -> list[Candidate]:
        """A question-and-answer interview's answers (`Q: Why so long?` then `A: My
        mother died ...`): each "A:" line after a first "Q:" line is the words of the one
        interviewed, a direct item whose speaker the resolver reads off the label. An
        answer goes on over unlabelled paragraphs up to the next question; the last one
        stops at its own paragraph, since the article's prose may follow it.

        They are added after overlaps are settled and wrap nothing: a report inside an
        answer (`I think she was lying`) stays its own item, as annotators keep it."""
        asked = _interview_question(self.text)
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
            if self._narrated_answer(start, end):
                continue
            if is_quote_char(self.text[end - 1 : end]) and is_quote_char(self.text[start]):
                end -= 1  # `A: "Not for a second."`: the words inside the marks
            start, end = self._inside_turn_marks(start, e, end)
            if end - start < 8:
                continue
            colon = m.end("label")
            label = (m.start("label"), colon)
            out.append(Candidate("direct", start, end, (colon, colon + 1), label, 0.8, set()))
        return out

    def call_turns(self) -> list[Candidate]:
        """An earnings-call transcript: a line `Jane Wu -- Chief Financial Officer` (or
        `Jane Wu - CFO:`) and then her answer, to the next speaker line. Only with two
        such lines or more (a transcript, not a press release's contact line); the last
        turn stops at its own paragraph, as the article's prose may follow it. Like
        `interview_answers`, they are added after overlaps are settled and wrap nothing.
        """
        labels = self._call_label_paragraphs()
        if len(labels) < 2:
            return []
        out = []
        for k, (n, m) in enumerate(labels):
            last = labels[k + 1][0] if k + 1 < len(labels) else n + 2
            body: list[int] = []
            for p in range(n + 1, min(last, len(self.paras))):
                if self._operator_line(p):
                    break
                body.append(p)
            if not body:
                continue
            start, end = self.paras[body[0]][0], self.paras[body[-1]][1]
            while end > start and self.text[end - 1].isspace():
                end -= 1
            while start < end and self.text[start].isspace():
                start += 1
            if end - start < 8 or self.in_boilerplate(start):
                continue
            out.append(
                Candidate("direct", start, end, m.span("dash"), m.span("label"), 0.8, set())
            )
        return out

    def _call_label_paragraphs(self) -> list[tuple[int, re.Match[str]]]:
        """Paragraphs that are an earnings call's speaker line alone, by index."""
        found = []
        for n, (s, e) in enumerate(self.paras):
            if "\n" in self.text[s:e].strip():
                continue
            m = CALL_LABEL.match(self.text, s, e)
            if m is not None and CALL_ROLE.search(m.group("role")):
                found.append((n, m))
        return found

    def _operator_line(self, n: int) -> bool:
        """The call operator's paragraph (`Operator`, then its own words) ends a turn."""
        s, e = self.paras[n]
        return self.text[s:e].strip() in ("Operator", "Operator:")

    def _title_case_turns(self, units: list[tuple[int, int, int | None]]) -> dict[int, re.Match[str]]:
        """Turns labelled in title case (`Ines Dahl: ...`, `Per Moen: ...`, `Dahl: ...`),
        by unit start: only labels that are a name the parser tagged as a person (whole
        or its last word), and only when two different people speak so, a dialogue; a
        lone `Name: claim` line is a headline-style claim (`colon_claims`)."""

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
        for m in line_start_matches(COLON_CLAIM, self.text, _COLON):
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




@functools.cache
def _signature_name(more: str) -> str:
    """The pattern of a name signing a quote: a capitalised word and ``more`` (a regex
    count, "{0,3}") further ones, each perhaps after one or two lowercase surname
    particles, so "— Ursula von der Leyen" or "— Leonardo da Vinci" signs whole, not as
    the first name alone."""
    return rf"{_SIGNATURE_WORD}(?: (?:(?:{_SIGNATURE_PARTICLES}) ){{0,2}}{_SIGNATURE_WORD}){more}"


_SENTENCE_GOES_ON = re.compile(r"(?: [a-z][a-z\-]*){3}")
#: A line's words up to a colon and an opening quote mark: a label of the quotation after it.
#: What opens every signature line after a quotation (`_dash_signature`): the patterns
#: below all start with it, so a line without it needs none of them tried.
_DASH_LEAD = re.compile(rf"\s*(?:\n\s*)?(?:--|[{DASHES}])")
#: `"..." — Ed Cole`: a name right after the dash.
_DASH_SIGNED = re.compile(rf"\s*(?:\n\s*)?(?:--|[{DASHES}])\s*({_signature_name('{0,3}')})")
#: `"..." -- the spokesman for Tellmark, Omar Haddad.`: a role first, the name closing the line.
_DASH_ROLE_THEN_NAME = re.compile(
    rf"\s*(?:\n\s*)?(?:--|[{DASHES}])\s*(?:the|a|an) [^\n.,]{{1,60}}, "
    rf"({_signature_name('{0,3}')})\.?[ \t]*(?:\n|$)"
)
#: `"..." — coach Ed Cole`: lowercase role words, then a full name closing the line.
_DASH_ROLE_WORDS_NAME = re.compile(
    rf"\s*(?:\n\s*)?(?:--|[{DASHES}])[ \t]*(?:[a-z][a-z\-]+ ){{1,2}}"
    rf"({_signature_name('{1,3}')})(?:,[^\n]*)?[ \t]*(?:\n|$)"
)
#: `- Tarn United coach Imke Solberg` after a body's name: role words and the person's name.
_ROLE_WORDS_NAME = re.compile(
    rf"(?: [a-z][a-z\-]+){{1,2}} ({_signature_name('{1,3}')})(?:,[^\n]*)?[ \t]*(?:\n|$)"
)
_LABELS_A_QUOTE = re.compile(r"[^\n:]{1,120}:[ \t]*[\"\u201c\u2018']")


def _without_bullet_start(body: str) -> str:
    """A paragraph without the list bullet that opens it (`• "We stay."`)."""
    return _BULLET_START.sub("", body)


def _hansard_turn(text: str, start: int, stop: int) -> re.Match[str] | None:
    """A parliamentary turn's label opening the unit ``start``..``stop`` (`HANSARD_TURN`),
    else None. A label in capitals after "THE" must end on an office that speaks in a
    chamber (`lexicon.CHAMBER_OFFICES`: "THE SPEAKER:", not "THE END:" or "THE FACTS:")."""
    m = HANSARD_TURN.match(text, start, stop)
    if m is None:
        return None
    office = m.group("office")
    if office is not None and office.split()[-1].lower() not in lexicon.CHAMBER_OFFICES:
        return None
    return m


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

    if len(labels) < 2:
        return set()
    return {
        label
        for label in labels
        if 2 <= len(label.split()) <= 3 and _strong_first_name(label.split()[0].strip(".").title())
    }


def _titled_labels(labels: set[str]) -> set[str]:
    """Turn labels that are a courtesy title or a one-holder office and a surname in
    capitals ("COUNCILLOR PENRICE:", "MS ADEYEMI:", "DR OKORO:") in a transcript of two
    labels or more: a title names a person, where "UPDATE:" or "NEWS DESK:" do not."""
    if len(labels) < 2:
        return set()
    out = set()
    for label in labels:
        words = [w.strip(".").lower() for w in label.split()]
        if (
            2 <= len(words) <= 3 and words[0] in lexicon.HONORIFICS | lexicon.PERSONAL_OFFICES
            and all(w.replace("-", "").replace("'", "").isalpha() for w in words)
            and not any(w in lexicon.TITLE_WORDS for w in words[1:])
        ):
            out.add(label)
    return out


def _in_first_person(words: list[str]) -> bool:
    """Words that speak as "I" or "we" (`SPOKEN_WORD` tokens): someone's own words, not
    the writer's narration of them."""
    return any(w.lower() in FIRST_PERSON_WORDS for w in words)


def _first_person_passage(text: str) -> bool:
    """Four words or more in the first person (`_in_first_person`): enough of someone's
    own words to hand them to the one the sentence before is about."""
    words = SPOKEN_WORD.findall(text)
    return len(words) >= 4 and _in_first_person(words)


def _short_sentence(words: str) -> bool:
    """A short quotation that is still a whole sentence (`"It's not sustainable."`,
    `"Nobody came."`): two or three words, capitalised and closed by a stop, which a
    quotation paragraph after a report says as surely as a longer one; a bare word or
    phrase (`"Disgraceful"`) says too little to carry the speaker on."""
    text = words.strip()
    return 2 <= len(text.split()) and text[:1].isupper() and re.search(r"\w[.!?]$", text) is not None


def _noun_read_gesture(token: Token) -> Token | None:
    """The name on a gesture verb the parser read as a plural noun (`Okafor laughs.`,
    `Weber shrugs and ...`: "Weber" compounded on "shrugs"), else None."""
    if token.tag_ != "NNS" or not token.lower_.endswith("s"):
        return None
    if _present_tense_stem(token.lower_) not in lexicon.GESTURE_VERBS:
        return None
    names = [c for c in kids(token) if c.dep_ == "compound"]
    return names[0] if len(names) == 1 else None


def _stance_copula(root: Token) -> bool:
    """`Johnson was adamant.`, `She remained defiant.`: a finite "be" (or "remain",
    "sound") with a stance adjective of `lexicon.BEARING_ADJECTIVES` and a subject before
    it, and nothing else (no "that" clause, no "about" phrase of what they were adamant
    about): how someone stood, told in a sentence of its own."""
    deps = {c.dep_ for c in kids(root)}
    adjective = next((c for c in kids(root) if c.dep_ == "acomp"), None)
    return (
        root.lemma_.lower() in ("be", "remain", "sound")
        and root.tag_ in FINITE_TAGS
        and adjective is not None
        and adjective.lower_ in lexicon.BEARING_ADJECTIVES
        and not list(kids(adjective))
        and "nsubj" in deps
        and deps <= {"nsubj", "acomp", "punct", "advmod"}
    )


def _gesture_participle(clause: Token) -> bool:
    """`shaking his head`, `smiling`: a participle of a gesture, made with nothing but
    what gestures are made with."""
    return (
        clause.tag_ == "VBG"
        and clause.lemma_.lower() in lexicon.GESTURE_VERBS
        and all(
            c.dep_ in ("advmod", "prt", "punct") or c.dep_ == "dobj" and c.lemma_.lower() in lexicon.GESTURE_OBJECTS
            for c in kids(clause)
        )
    )
