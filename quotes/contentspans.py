"""The extent of a content: where a reported clause or object starts and ends.

A clause's subtree is trimmed of "that", asides and the narrator's words after it, and
extended over what the parser split off (listed objects, conjuncts, conditions, closing
fragments). Both passes ask these questions, so they are kept in one place.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable

import numpy
from spacy.attrs import DEP, HEAD, LOWER, TAG
from spacy.tokens import Doc, Token

from quotes import lexicon
from quotes.candidates import Candidate
from quotes.doccolumns import column, head_of, kids
from quotes.marks import (
    ELIDED_WORD,
    is_quote_char,
    is_quote_token,
)
from quotes.patterns import (
    DASHES,
    DATELINE_DASHES,
    FINITE_TAGS,
    SENTENCE_BREAK,
    SUBJECT_DEPS,
    _auxes_before,
    _has_subject,
    _has_to,
    _reports_own_that_clause,
    _unable,
    without_entities,
)

ANONYMITY = re.compile(
    r"(?:not\s+)?to\s+(?:be\s+(?:named|identified|quoted)|remain\s+anonymous|"
    r"speak\s+(?:publicly|on\s+the\s+record|for\s+attribution|candidly|freely|openly|frankly))",
    re.I,
)

# Nouns that hold a claim, whose that-clause says what it is ("the point that ...").
CLAIM_NOUNS = lexicon.NOUN_CUES | lexicon.THAT_NOUNS | {"point"}

# Focus adverbs before a reported "that" ("said only that ..."): they limit the saying,
# not the clause said.
FOCUS_WORDS = frozenset({"only", "simply", "merely", "just"})
PLACE_ENTS = frozenset({"GPE", "LOC"})

# Adverbs that open an appositive narrowing the phrase before it to a part of it.
SPECIFYING_ADVERBS = frozenset({"specifically", "namely", "particularly", "especially", "notably", "chiefly", "mainly"})
# Dependents that can be the noun a stray possessive owns (`_across_possessive`).
POSSESSIVE_RUN_ON = frozenset("dobj pobj attr nsubj conj appos npadvmod oprd".split())

# Dependents of a verb that finish its object's content ("called it a mistake").
OBJECT_COMPLEMENTS = frozenset("oprd xcomp ccomp".split())

BACKING_VERBS = frozenset({"endorse", "support", "back"})

# Hyphen, en and em dash, horizontal bar ("― Sonya Herrid"), figure dash, minus sign.
#: A bracketed aside closing a content is the writer's from this many words on
#: (`_before_closing_bracketed_aside`); shorter ones tag a name (`(D-Kent)`, `(HTA)`).
MIN_ASIDE_WORDS = 3
BRACKET_WORD = re.compile(r"[^\W\d_]+(?:['\u2019-][^\W\d_]+)*")
#: ... and only when the content left before it is no shorter than this.
MIN_CONTENT_CHARS = 8

#: Opening brackets and their partners (`Extractor._with_open_bracket`).
_OPEN_BRACKETS = {"[": "]", "(": ")"}

#: The tokens that set an aside off from the clause before it (a comma or a dash).
SET_OFF_MARKS = (",", "-", "--", "—", "–")

# Dependencies of a word that only modifies the noun after it: a conjunct cannot start there.
NOUN_MODIFIERS = frozenset("det compound amod nummod poss punct cc quantmod nmod case".split())

DOTTED_ABBREV = re.compile(r"(?:[A-Za-z]\.){2,}")

#: The dependency of a summary noun phrase closing a clause (`Extractor._summary_np`) ...
SUMMARY_NP_DEP = "npadvmod"
#: ... and those of a comparison closing it (`Extractor._count_with_its_own_report`).
COMPARED_PHRASE_DEPS = ("prep", "acl", "appos", "npadvmod")

# Patterns of the content-span rules run on every reported item, compiled once.
#: A colon and lowercase words after it (`_with_colon_gloss`).
_COLON_THEN_LOWER = re.compile(r"[ \t]*:[ \t]+(?=[a-z])")
#: A comma and the spaces after it (`_closing_fragment`).
_COMMA_AND_SPACE = re.compile(r",[ \t]*")
#: A stop then a space or the end (`_closing_fragment`).
_STOP = re.compile(r"[.!?](?:\s|$)")


def _infinitive_tos(doc: Doc) -> list[int]:
    """The index of every infinitive "to" (an aux before its bare verb), in order; from
    the token columns, not a Token built for every word of the article."""
    strings = doc.vocab.strings
    lower, dep, tag = column(doc, LOWER), column(doc, DEP), column(doc, TAG)
    heads = column(doc, HEAD).astype(numpy.int64)  # (relative offsets, stored unsigned)
    out = []
    for i in numpy.flatnonzero((lower == strings["to"]) & (dep == strings["aux"])).tolist():
        h = i + int(heads[i])
        if h > i and tag[h] == strings["VB"]:
            out.append(i)
    return out


def _solid(text: str) -> int:
    """The characters of ``text`` that are not whitespace."""
    return len(text) - sum(c.isspace() for c in text)


class ContentSpanRules:
    """Where a reported content starts and ends."""

    def clause_span(
        self, head: Token, exclude: Token | None = None, *, bridge: bool = False, whole: bool = False
    ) -> tuple[int, int] | None:
        """Character span of a clause: its subtree, trimmed of "that" and punctuation.
        With ``bridge``, an excluded aside inside the clause is spanned over, as a
        parenthetical cue is ("The port, in her view, must ..."). With ``whole``, the
        clause is what a cue after it reports ("Ruiz met the board and said it would
        sell, aides said"): a speech act coordinated in it with no subject of its own
        is part of that report, not an attribution that splits it."""
        # What the clause drops depends on its head (and ``whole``) alone, not on the
        # excluded cue: kept per head, so many cues hung on one head (a flat parse of
        # "according to him, " a thousand times) do not each walk its whole subtree again.
        key = ("clause_span whole" if whole else "clause_span", head.i)
        memo = self._token_memo.get(key)
        if memo is None:
            memo = self._token_memo[key] = self._clause_cut(head, whole)
        subtree, own_cut = memo
        cut = set(own_cut)
        if exclude is not None:
            cut |= {t.i for t in exclude.subtree if t is not head}
        return self._finish_clause_span(head, exclude, bridge, subtree, cut)

    def _clause_cut(self, head: Token, whole: bool) -> tuple[list[Token], frozenset[int]]:
        """The subtree of a clause's head, and the ids of its words `clause_span` drops
        whatever cue it excludes: other speech acts coordinated in it, a trailing aside,
        lines past a line break."""
        cut: set[int] = set()
        nominal = head.pos_ in ("NOUN", "PROPN", "PRON")
        subtree = list(head.subtree)  # (a walk of nested generators: walked once, read thrice)
        # (`_contrast_clause`'s test of the head, made once here: every word of the
        # subtree went through it, and few clauses can hold such a conjunct at all)
        contrast = head.dep_ == "ccomp" and self._heads[head.i].i <= head.i
        head_i = head.i
        head_in_quote = self.in_quote(head)
        for t in subtree:
            if t.i <= head_i:
                continue
            dep = t.dep_  # (read once: each access looks the label up anew)
            if (
                whole
                and dep == "conj"
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
                dep in ("conj", "advcl")
                and self._starts_own(t)
                and not self._time_of_content(t)
                and not self._unset_participle(t)
            ) or (
                dep == "acl" and t.tag_ == "VBG" and self._tokens[t.i - 1].text == "," and self._starts_own(t)
            ) or (
                nominal
                and dep == "conj"
                and t.pos_ == "VERB"
                and t.head.pos_ != "VERB"
                # (a participle in marks of its own is a second quoted label, no next
                # act: `described the defeat as "painful" and "totally deserved."`)
                and not (is_quote_char(t.left_edge.text) and not _has_subject(t))
            ):
                cut |= _with_joiner(t)
            elif dep == "conj" and head_in_quote and t.pos_ in ("VERB", "AUX") and self._act_after_quoted_clause(head, t):
                cut |= _with_joiner(t)
            elif contrast and dep == "conj" and self._contrast_clause(t, head):
                cut |= {x.i for x in t.subtree} | {t.left_edge.i - 1, t.left_edge.i - 2}
            elif dep == "conj" and self._heads[t.i].i == head_i and (
                _tensed_after_infinitive(head, t) or _past_after_modal(head, t) or _declined_to_speak(head, t)
            ):
                cut |= _with_joiner(t)
        cut |= self._trailing_aside(head, subtree)
        cut |= self._past_line_starts(head, subtree)
        return subtree, frozenset(cut)

    def _finish_clause_span(
        self, head: Token, exclude: Token | None, bridge: bool, subtree: list[Token], cut: set[int]
    ) -> tuple[int, int] | None:
        """The rest of `clause_span`: the run of ``subtree`` left after ``cut`` that holds
        the head, bridged over an excluded aside, trimmed and balanced."""
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
                and not self._aside_outweighs(tokens[0], tokens[lo - 1], tokens[lo], tokens[hi])
            ):
                lo = 0
        run = tokens[lo : hi + 1]
        run += self._dotted_tail(run[-1].i + 1) if run else []
        run = self._from_own_that(head, run)
        while run and (
            (run[0].lower_ in ("that", ",", ":", "-", "—") and not _pronoun_that(run[0]))
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

    def _act_after_quoted_clause(self, head: Token, t: Token) -> bool:
        """`He wore a T-shirt saying "I Survived the Storm" and was turned away`: a verb
        with no subject of its own after the close mark, which the parser joined to a
        verb of a clause (``head``'s) the marks hold from its first word, is the outer
        subject's next act, not more of the quoted words."""
        if self.in_quote(t) or _has_subject(t) or not self.in_quote(self._heads[t.i]):
            return False
        first = head.left_edge
        while first.i < head.i and (first.is_punct or first.is_space or first.dep_ == "mark"):
            first = first.doc[first.i + 1]
        if not self.in_quote(first) or any(self.in_quote(x) for x in t.subtree):
            return False
        return self._quote_ids(first.idx, first.idx + 1) == self._quote_ids(self._heads[t.i].idx, self._heads[t.i].idx + 1)

    def _contrast_clause(self, t: Token, head: Token) -> bool:
        """A conjunct the parser hangs on a reported clause after its cue that is the
        writer's, not the speaker's: `says the files were private, but for her rivals, it
        is a sign of a cover-up` (a contrast with a subject of its own: the other side's
        view; with "that" it is more of the report, `said it was a start, but that ...`),
        and `insists the party must be ..., and has championed a budget` (a finite verb
        with no subject after a reported modal or subjunctive: the speaker's next act,
        its tense not the report's)."""
        if head.dep_ != "ccomp" or self._heads[head.i].i > head.i:
            return False
        if t.dep_ != "conj" or self._heads[t.i] != head or t.pos_ not in ("VERB", "AUX") or not _has_subject(head):
            return False
        cc = self._tokens[t.left_edge.i - 1]
        if self._tokens[cc.i - 1].text != ",":
            return False
        if cc.lower_ == "but":
            return _has_subject(t) and self._tokens[cc.i + 1].lower_ != "that"
        return cc.lower_ == "and" and not _has_subject(t) and _unmodal(head) and _indicative(t)

    def _from_own_that(self, head: Token, run: list[Token]) -> list[Token]:
        """`said on Tuesday, in an interview with the Courier, that the port would close`,
        `hoped, he said, that the board would agree`: the parser hangs what stands before
        a set-off "that" on the reported clause, but the complementizer opens the clause;
        the words ahead of it (the occasion of saying, an interrupting cue) belong to the
        cue's own clause, so the content starts after it."""
        if len(run) < 2:
            return run
        # (most runs hold no "that" at all: one search of their text, not a word read at
        # a time)
        last = run[-1]
        if "that" not in self.text[run[1].idx : last.idx + len(last)].lower():
            return run
        for k, t in enumerate(run[1:], start=1):
            if t.lower_ == "that" and t.dep_ == "mark" and self._heads[t.i] == head:
                before = self._tokens[t.i - 1]
                if before.text in SET_OFF_MARKS and not any(self.in_quote(x) for x in run[:k]):
                    return run[k:]
                return run
        return run

    def _aside_outweighs(self, first: Token, before: Token, after: Token, last: Token) -> bool:
        """`The plan, she said after a long meeting with the unions that ended late on
        Friday, will go ahead`: one span from the subject to the predicate would hold an
        aside more than twice as long as all that was said on both sides of it, so that
        the span is mostly the writer's words (it would overlap the reported parts by
        less than half, the scoring protocol's match). Then the content is the predicate
        after the aside, which carries the report, when it is at least half as long as
        the subject before it, and when the aside narrates more than the saying. A
        shorter aside ("The jury, Judge Ines Calloway told the court, had reached a
        verdict") is still spanned over. Counted in characters that are not spaces, as
        the protocol counts them."""
        text = self.text
        subject = _solid(text[first.idx : before.idx + len(before)])
        predicate = _solid(text[after.idx : last.idx + len(last)])
        aside = _solid(text[before.idx + len(before) : after.idx])
        if aside <= 2 * (subject + predicate) or 2 * predicate < subject:
            return False
        # Only an aside that tells an event of its own besides the saying ("after a long
        # meeting ... that ended late", "after touring the site"): the speaker, the cue and
        # its date alone ("Exports, the head of the trade office said on Thursday, will
        # fall") are still spanned over, as the reported clause's frame.
        return sum(t.pos_ == "VERB" for t in self.doc[before.i + 1 : after.i]) > 1

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
        if clause.dep_ != "advcl" or clause.i < self._heads[clause.i].i:
            return False
        first = self._tokens[clause.left_edge.i]
        if first.lower_ not in lexicon.TIME_SUBORDINATORS or self._heads[first.i] != clause or self._tokens[first.i - 1].is_punct:
            return False
        return any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ == "PRP" for c in self._kids[clause.i])

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
        if i < len(self.doc) and self._tokens[i].like_num and i + 1 < len(self.doc) and self._heads[self._tokens[i].i].i == i + 1:
            out.append(self._tokens[i])
            i += 1
        if i < len(self.doc) and self._tokens[i].dep_ == "punct" and DOTTED_ABBREV.fullmatch(self._tokens[i].text):
            return [*out, self._tokens[i]]
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
        # The subtree's words by label, in subtree order, sorted once: each scan of
        # `_last_aside` reads only the words of its one or few labels (a relative clause,
        # an appositive ...), where it went through every word of the clause and read
        # each label anew, for every aside of the chain.
        by_dep: dict[str, list[Token]] = {}
        for t in subtree:
            by_dep.setdefault(t.dep_, []).append(t)
        cut: set[int] = set()
        last = head.right_edge.i
        while True:
            more = self._last_aside(head, by_dep, last, cut)
            if not more:
                return cut
            cut |= more
            rest = [t.i for t in subtree if t.i not in cut and t.i >= head.i]
            if not rest:
                return cut
            last = max(rest)

    def _last_aside(self, head: Token, by_dep: dict[str, list[Token]], last: int, cut: set[int]) -> set[int]:
        """The aside of `_trailing_aside` that ends at token ``last``, the last one
        not yet ``cut`` (a relative clause or appositive ends there once what closed
        it is cut). ``by_dep``: the words of the head's subtree by label, each list in
        subtree order."""

        def edge(t: Token) -> int:
            return max((x.i for x in t.subtree if x.i not in cut), default=-1)

        for t in by_dep.get("relcl", ()):
            if edge(t) != last or t.left_edge.i <= head.i or t.i in cut:
                continue
            first = self._tokens[t.left_edge.i]
            before = self._tokens[first.i - 1]
            if first.lower_ not in ("which", "who", "whose", "whom") or self.in_quote(first):
                continue
            if before.text == "," and not self._quoted_without_cue(t):
                return {x.i for x in t.subtree} | {before.i}
            if self._comma_in_close_mark(before) and not any(self.in_quote(x) for x in t.subtree):
                # `denounced "self-rule," which is like ...`: the comma sits inside the
                # closing mark, which stays with the quotation.
                return {x.i for x in t.subtree}
        for t in by_dep.get("appos", ()):
            if edge(t) != last or t.left_edge.i <= head.i or t.i in cut:
                continue
            before = self._tokens[t.left_edge.i - 1]
            if any(x.dep_ == "cc" and x.i not in cut for x in t.subtree):
                continue
            if _bare_number(t) or (t.ent_type_ in PLACE_ENTS and self._heads[t.i].ent_type_ in PLACE_ENTS):
                continue  # "Tom Vrba, 52", "in Dunmore, Kent": part of the name
            if self._specified(t):
                continue  # "her leadership - specifically her decision to ...": narrows what was said
            if t.pos_ == "PROPN" and self._heads[t.i].pos_ == "NOUN" and any(c.dep_ in ("det", "poss") for c in self._kids[self._heads[t.i].i]):
                # "attacked a federal judge, Gonzalo Ruiz": a name that identifies the
                # described object is part of what was attacked, not a gloss on a name.
                continue
            if before.text in SET_OFF_MARKS and not self.in_quote(t):
                return {x.i for x in t.subtree} | {before.i}
        for t in by_dep.get(SUMMARY_NP_DEP, ()):
            if t.i > head.i and t.i not in cut and self._summary_np(t, last):
                return {x.i for x in t.subtree} | {t.left_edge.i - 1}
        for t in by_dep.get("conj", ()):
            if t.i > head.i and t.i not in cut and self._summary_np_reduced(t, last):
                mark = t.left_edge.i if self._tokens[t.left_edge.i].text in SET_OFF_MARKS else t.left_edge.i - 1
                return {x.i for x in t.subtree} | {mark}
        compared = [t for dep in COMPARED_PHRASE_DEPS for t in by_dep.get(dep, ())]
        for t in sorted(compared, key=lambda t: t.i):
            if self._count_with_its_own_report(t, head, last):
                before = self._tokens[t.left_edge.i - 1]
                return {x.i for x in t.subtree} | ({before.i} if before.text == "," else set())
        # (the head's children built once for the four walks below: each walk of
        # `Token.children` builds a Token per child anew)
        children = list(self._kids[head.i])
        for t in children:
            if self._others_likewise(t, last):
                return {x.i for x in t.subtree} | {t.left_edge.i - 1}
            if self._time_of_the_act(head, t, last):
                before = self._tokens[t.left_edge.i - 1]
                return {x.i for x in t.subtree} | ({before.i} if before.text in SET_OFF_MARKS else set())
        for t in children:
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
                and self._tokens[t.left_edge.i].lower_ in ("while", "when")
                and t.left_edge.i + 1 == t.i
                and not self.in_quote(t)
            ):
                before = self._tokens[t.left_edge.i - 1]
                return {x.i for x in t.subtree} | ({before.i} if before.text == "," else set())
        for t in children:
            if self._consequence_participle(head, t, last):
                return {x.i for x in t.subtree} | {t.left_edge.i - 1}
        for t in by_dep.get("advcl", ()):
            if self._dashed_concession(head, t, last):
                return {x.i for x in t.subtree} | {t.left_edge.i - 1}
        for t in children:
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
        if head.dep_ != "xcomp" or not _has_to(head) or any(c.dep_ == "auxpass" for c in self._kids[head.i]):
            return False
        if not any(c.dep_ == "auxpass" for c in self._kids[self._heads[head.i].i]):
            return False
        pobj = next((c for c in self._kids[prep.i] if c.dep_ == "pobj"), None)
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
        owner = self._heads[clause.i]
        while owner != head and owner.dep_ == "conj":
            owner = self._heads[owner.i]
        if owner != head:
            return False
        first = self._tokens[clause.left_edge.i]
        mark = self._tokens[first.i + 1] if first.lower_ == "even" and first.i + 1 < clause.i else first
        if first.lower_ == "even":
            if mark.lower_ not in lexicon.EVEN_SUBORDINATORS:
                return False
        elif mark.lower_ not in lexicon.CONCESSIVE_SUBORDINATORS:
            return False
        if self._heads[mark.i] != clause or mark.dep_ != "mark":
            return False
        dash = self._tokens[first.i - 1]
        if dash.text not in DATELINE_DASHES or not self._tokens[dash.i - 1].whitespace_ or self.in_quote(clause):
            return False
        return any(c.dep_ in SUBJECT_DEPS for c in self._kids[clause.i])

    def _specified(self, appos: Token) -> bool:
        """An appositive opened by a specifying adverb (`her leadership - specifically
        her decision to ...`), also after a degree word (`most specifically the
        anti-war crowd`, `more particularly ...`): it narrows what was said rather than
        glossing it for the reader."""
        first = self._tokens[appos.left_edge.i]
        if first.lower_ in SPECIFYING_ADVERBS:
            return True
        nxt = self._tokens[first.i + 1] if first.i + 1 <= appos.right_edge.i else None
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
            and self._heads[t.i].pos_ in ("VERB", "AUX", "NUM", "NOUN", "PROPN")
            and any(c.dep_ == "det" for c in self._kids[t.i])
            and max(x.i for x in t.subtree) == last
            and self._tokens[t.left_edge.i - 1].text in SET_OFF_MARKS
            and not self.in_quote(t)
        )

    def _summary_np_reduced(self, clause: Token, last: int) -> bool:
        """`said the army would be deployed, a move critics called reckless`: a summary
        noun phrase whose relative clause has no "that" is read by the parser as a comma
        conjunct clause whose subject is "a move critics" (the summary noun taken for a
        compound on the relative's subject). A singular "a"/"an" cannot determine a
        plural subject, so the "a" and the singular noun before it are a phrase of their
        own, and the clause after it is a relative on it: the writer's gloss, cut as
        `_summary_np` cuts the one with "that". The parser hangs it on the content's
        verb as a conjunct, or on the cue as a second clause, the comma then its own."""
        start = clause.left_edge.i
        if self._tokens[start].text in SET_OFF_MARKS:
            start += 1
        if (
            clause.pos_ != "VERB"
            or clause.right_edge.i != last
            or self._tokens[start - 1].text not in SET_OFF_MARKS
            or self.in_quote(clause)
            or any(c.dep_ == "cc" for c in self._kids[clause.i])
        ):
            return False
        subj = next((c for c in self._kids[clause.i] if c.dep_ == "nsubj"), None)
        if subj is None or subj.tag_ != "NNS" or subj.left_edge.i != start:
            return False
        kids = self._kids[subj.i]
        det = next((c for c in kids if c.dep_ == "det" and c.i == subj.left_edge.i), None)
        noun = next((c for c in kids if c.dep_ == "compound" and c.tag_ == "NN"), None)
        return det is not None and det.lower_ in ("a", "an") and noun is not None and noun.i == det.i + 1

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
            or self._tokens[clause.i - 1].text not in SET_OFF_MARKS
            or self.in_quote(clause)
            or self.is_cue(clause)
            or (self._tokens[clause.i - 1].text != "," and not self._tokens[clause.i - 2].whitespace_)
            or any(c.dep_ == "conj" and c.tag_ == "VBG" for c in self._kids[clause.i])
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
            or not (phrase.lower_ in ("compared", "comparing") or self._tokens[phrase.i - 1].text == ",")
            or self.in_quote(phrase)
        ):
            return False
        return any(
            r.dep_ == "relcl"
            and r.lemma_.lower() in lexicon.SPEECH_VERBS
            and any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in self._kids[r.i])
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
        first = self._tokens[clause.left_edge.i]
        if first.lower_ not in ("as", "when", "while") or self._heads[first.i] != clause:
            return False
        if self._heads[head.i].lemma_.lower() in ("seem", "appear"):
            return False  # "seemed to become agitated when X spoke": a state seen then
        past = clause.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in self._kids[clause.i])
        return past and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.lower_ not in ("i", "we") for c in self._kids[clause.i]
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
        first = self._tokens[clause.left_edge.i]
        if (
            clause.right_edge.i != last
            or first.lower_ != "as"
            or self._heads[first.i] != clause
            or first.i + 1 != clause.i
            or self._tokens[first.i - 1].text != ","
            or self.in_quote(clause)
        ):
            return False
        lemma = clause.lemma_.lower()
        after = [c for c in self._kids[clause.i] if c.i > clause.i and c.dep_ in ("nsubj", "dobj", "attr")]
        if lemma in ("have", "do"):
            # inverted: "as have other members", "as did her rivals"
            return bool(after) and not any(c.dep_ in SUBJECT_DEPS and c.i < clause.i for c in self._kids[clause.i])
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
        if not any(c.dep_ in SUBJECT_DEPS and c.i == clause.left_edge.i for c in self._kids[clause.i]):
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
            and token.i > self._heads[token.i].i
            and not self._tokens[token.i - 1].is_punct
            and not self._tokens[token.i - 1].is_space
            and self._tokens[token.i - 1].dep_ != "cc"  # "that X is a faker and questioning how ..."
            and not any(c.dep_ == "mark" for c in self._kids[token.i])
        )

    def _went_on_to_say(self, token: Token) -> bool:
        """ "conceded that A and went on to say that B": a "went on" whose to-infinitive
        is a speech verb with a clause of its own is the speaker's next report (PolNeAR's
        cue "went on to say"), not more of A."""
        if token.lemma_.lower() != "go" or token.dep_ != "conj":
            return False
        return any(
            c.dep_ in ("xcomp", "advcl")
            and c.i > token.i
            and c.lemma_.lower() in lexicon.SPEECH_VERBS
            and _has_to(c)
            and any(g.dep_ in ("ccomp", "dobj") for g in self._kids[c.i])
            for c in self._kids[token.i]
        )

    @staticmethod
    def _directive_words(token: Token) -> list[Token]:
        """The prepositions after a verb that may make it a call for something: its
        "for"/"on" ("called for a recount"), or the "for" the parser makes the mark of a
        for-to clause ("called for the contract to be published")."""
        words = [c for c in kids(token) if c.dep_ == "prep"]
        for c in kids(token):
            if c.dep_ in ("advcl", "ccomp") and c.i > token.i:
                words += [m for m in kids(c) if m.dep_ == "mark" and m.i == token.i + 1]
        return words

    def _starts_own(self, token: Token) -> bool:
        """A speech verb with a clause or object of its own: "said X, noting that Y".

        Coordinated clauses that merely continue the content ("is proud and expects to
        leave") stay in it: only a second speech cue starts a second item.
        """
        if token.dep_ == "conj" and token.tag_ in ("VBD", "VBZ") and any(
            (token.lemma_.lower(), c.lower_) in lexicon.DIRECTIVE_PREPS
            or (token.lemma_.lower(), c.lower_) in lexicon.CITING_PREPS and not _has_subject(token)
            for c in self._directive_words(token)
        ):
            # "said the vote was a farce and called for a recount", "said retention was a
            # priority and pointed to a new bonus": a finite call for something, or a
            # citing of it, is the speaker's next act, not more of what the clause reports
            # ("would expand it and push for reform" under a modal goes on with it).
            return True
        if (
            token.tag_ == "VBG"
            and token.dep_ == "advcl"
            and token.lemma_.lower() in lexicon.OBJECT_VERBS
            and self._tokens[token.i - 1].text == ","
            and any(c.dep_ == "dobj" for c in self._kids[token.i])
            and self._heads[token.i].dep_ == "ccomp"
            and self._heads[self._heads[token.i].i].i < self._heads[token.i].i < token.i
            and self._heads[self._heads[token.i].i].lemma_.lower() in lexicon.SPEECH_VERBS
            and self.is_cue(self._heads[self._heads[token.i].i])
            and self.is_cue(token)
        ):
            # "said output had fallen, citing heavy rains" / "blaming the strike": the
            # participle after the comma, hung on the reported clause, is the speaker's
            # next act with its own object
            # (PolNeAR ends the reported clause before it), not more of what was said.
            return True
        if not self.is_cue(token):
            return False
        if token.lemma_.lower() not in lexicon.SPEECH_VERBS:
            return self._went_on_to_say(token)
        finite_clause = token.tag_ in ("VBD", "VBZ", "VBP") and any(
            c.dep_ in SUBJECT_DEPS for c in self._kids[token.i]
        )
        if token.dep_ == "advcl" and token.tag_ != "VBG" and not finite_clause:
            return False  # "for the West to agree to ...": part of the content
        if token.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in lexicon.CONDITION_MARKS for c in self._kids[token.i]
        ):
            # "said the ferry would stop only because the mayor announced ...", "was
            # undecided until Roe said ...": a reason or condition is part of what the
            # speaker claims, the report inside it with it (PolNeAR keeps it whole).
            return False
        # A coordinated verb with only a prepositional phrase goes on with the content:
        # "said she has read it and disagrees with its findings", "whether they agree
        # or disagree with the plan". Only a clause or object makes it a new report.
        own = ("ccomp", "xcomp", "dobj") if token.dep_ == "conj" else ("ccomp", "xcomp", "dobj", "prep")
        return any(c.dep_ in own for c in self._kids[token.i]) or any(
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
        return self._with_elided_apostrophe(start), end

    def _with_elided_apostrophe(self, start: int) -> int:
        """`'90s music is back, the DJ said`: the parser hangs the apostrophe of a
        dropped-letter word opening the content ('90s, 'em, 'n') on the cue, so the clause
        began after it and the word lost its first character. When no quotation opens
        at that mark (`find_marks` read it as the word's apostrophe), it is part of the
        word."""
        if start < 1 or self.text[start - 1] not in "'\u2019" or not ELIDED_WORD.match(self.text, start):
            return start
        if start >= 2 and not (self.text[start - 2].isspace() or self.text[start - 2] in "([\u2014\u2013-"):
            return start
        if any(q.open_start == start - 1 for q in self.quotes):
            return start
        return start - 1

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
                if lead == "by" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" and self.is_cue(c) for c in kids(comp)):
                    return False  # "attacked X by reminding voters that ...": a report of its own
                pobj = next((c for c in kids(comp) if c.dep_ == "pobj"), None)
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
            if comp.dep_ == "ccomp" and self._summary_np_reduced(comp, comp.right_edge.i):
                return False  # `told MPs that A, a step critics called reckless`: a gloss
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

    def _with_noun_that_clause(
        self, verb: Token, obj: Token, span: tuple[int, int] | None
    ) -> tuple[int, int] | None:
        """Extend an object content over a "that" clause right after it that the parser
        hung on a verb before the object: in `disputing accusations by the firm that
        reporters had erred` or `knocked him for not reporting loans that he used`, the
        clause modifies the object noun (what the accusations say, which loans), and
        PolNeAR spans it with the object. Only with no comma between, and not the cue's
        own complement clause (`told reporters that ...`), which is the content itself,
        and not after a name (`a PAC supporting Bush that raised $100 million`: a
        name takes no restrictive clause; the clause is an earlier noun's)."""
        if span is None or obj.pos_ != "NOUN":
            return span
        tokens = self.char_span(*span)
        if tokens is None or not len(tokens):
            return span
        nxt_i = tokens[-1].i + 1
        if nxt_i >= len(self.doc) or self._tokens[nxt_i].lower_ != "that":
            return span
        that = self._tokens[nxt_i]
        clause = self._heads[that.i] if that.dep_ in ("mark", "nsubj", "nsubjpass", "dobj") else None
        if (
            clause is None
            or clause.i <= that.i
            or clause.left_edge.i != that.i
            or (clause.pos_ not in ("VERB", "AUX") and clause.dep_ not in ("ccomp", "advcl", "relcl"))
            or self._heads[clause.i].i >= obj.i
            or (self._heads[clause.i] == verb and clause.dep_ == "ccomp")
            or clause.sent != obj.sent
            or any(self.in_quote(t) for t in clause.subtree)
        ):
            return span
        more = self.clause_span(clause)
        if more is None or more[1] <= span[1]:
            return span
        self.noun_clause_spans.add(more)
        return (span[0], more[1])

    def _second_report(self, comp: Token) -> bool:
        """A tensed speech cue with a clause of its own hung on the first cue as another
        clause (`One in three said A and one in four said B`): a second report. Right
        after a joiner it is the same speaker's next predicate (`thinks A but said "B"`),
        which goes on with the content, unless its clause opens with "that" (`said A and
        warned that B`): a report of its own, as a coordinated cue is."""
        return (
            comp.dep_ == "ccomp"
            and comp.tag_ in ("VBD", "VBZ", "VBP")
            and comp.lemma_.lower() in lexicon.SPEECH_VERBS
            and any(c.dep_ == "ccomp" for c in self._kids[comp.i])
            and self.is_cue(comp)
            and (
                _has_subject(comp)
                or self._tokens[comp.left_edge.i - 1].dep_ not in ("cc", "punct")
                or _reports_own_that_clause(comp)
            )
        )

    def _without_stranded_subject(self, verb: Token, span: tuple[int, int]) -> tuple[int, int]:
        """End a content before the subject of a second report that the parser joined to
        it as a conjunct (`A ... about the port towns | and one in four | said B`)."""
        for comp in verb.rights:
            if not self._second_report(comp) or _has_subject(comp):
                continue
            last = self._tokens[comp.left_edge.i - 1]
            conj = next((a for a in (last, *last.ancestors) if a.dep_ == "conj" and a.right_edge.i == last.i), None)
            if conj is None:
                continue
            cc = self._tokens[conj.left_edge.i - 1]
            prev = self._tokens[cc.i - 1]
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
            c.dep_ == "dobj" and c.pos_ in ("PROPN", "PRON") for c in kids(verb)
        )

    @staticmethod
    def _as_while(clause: Token) -> bool:
        """A tensed "as" clause with a subject of its own, hung on the cue, tells when the
        cue's act happened (`answered a question as Vrba listened`, `praised the plan as
        it was sailing through the council`); it is not what was answered or praised."""
        return (
            clause.dep_ == "advcl"
            and _has_subject(clause)
            and (clause.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in kids(clause)))
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
            c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ") for c in kids(comp)
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
        return tokens is not None and all(t.pos_ == "PROPN" for t in tokens) and self._heads[tokens.root.i] == verb

    def _pronoun_object(self, verb: Token, child: Token) -> bool:
        """`Only three senators endorsed him`, `Democrats opposed it`: a bare personal or
        demonstrative pronoun object of a verb of taking sides is whom or what the side
        was taken on (outside quotations, which are the speaker's own words)."""
        return (
            child.dep_ == "dobj"
            and child.i > verb.i
            and child.lower_ in lexicon.POINTING_PRONOUNS
            and verb.lemma_.lower() in lexicon.PRONOUN_OBJECT_VERBS
            and not any(True for _ in self._kids[child.i])
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
        if span[0] > verb.idx:
            dash = self._dashed_quotation_aside_end(verb)
            if dash is not None and span[0] > dash.idx:
                return None  # (the rest of a sentence a dashed quoted aside interrupts)
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
        end = self._before_closing_bracketed_aside(start, end, verb)
        end = self._with_closing_bracket(start, end)
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
        bounds = self._quote_bounds
        if bounds is not None and 0 <= start <= end <= len(self.text):
            # (the characters that are not whitespace counted by `str.split`, which
            # splits on exactly the characters `str.isspace` tells, over the span and
            # over its overlap with each quotation: two Python steps per character of
            # every span typed, before)
            text = self.text
            visible = sum(map(len, text[start:end].split()))
            inside = 0
            opens, closes, _ids = bounds
            for k in range(bisect.bisect_right(closes, start), len(opens)):
                if opens[k] >= end:
                    break
                inside += sum(map(len, text[max(start, opens[k]) : min(end, closes[k])].split()))
        else:  # (overlapping quotations: only the per-character index tells who owns what)
            inside = sum(1 for c in range(start, end) if self.quote_of_char[c] >= 0 and not self.text[c].isspace())
            visible = sum(1 for c in range(start, end) if not self.text[c].isspace())
        return "direct" if inside >= visible - 2 else "mixed"

    def _closing_conjunct_speaker(self, verb: Token) -> Token | None:
        """`The convoy was turned back at the border, the UN's envoy, Ines Roe, said in a
        post on X`: the parser makes the closing cue a conjunct of the reported clause
        (no "and" between) and hangs its subject, a name set off by commas, on the
        clause's last noun. A finite speech verb so placed, with no subject, object or
        clause of its own, reports the clause; the stranded name speaks."""
        if verb.dep_ != "conj" or self._heads[verb.i].i >= verb.i or verb.tag_ not in ("VBD", "VBZ"):
            return None
        if verb.lemma_.lower() not in lexicon.SPEECH_VERBS or self.in_quote(verb):
            return None
        if any(
            c.dep_ in ("nsubj", "nsubjpass") and not self._object_read_as_subject(verb, c)
            or c.dep_ in ("ccomp", "xcomp", "cc")
            or c.dep_ in ("dobj", "dative") and not self._closing_hearer(verb, c)
            for c in self._kids[verb.i]
        ):
            return None
        if any(
            t.dep_ == "cc" and t.head.i == verb.head.i
            and not any(o.dep_ == "conj" and t.i < o.i < verb.i for o in self._kids[verb.head.i])
            for t in self.doc[verb.head.i : verb.i]
        ):
            # "... and said": a second predicate of the same subject (not the "and" of
            # "will not open and will cost more, the chief executive, X, told investors",
            # which joins another conjunct before the cue)
            return None
        if self.doc[verb.i - 1].text != ",":
            return None
        if self._quote_ids(self._heads[verb.i].left_edge.idx, verb.idx):
            return None  # `"...," Mr. Roe, now retired in Salem, Mass., said`: a quotation's cue
        stranded = self._stranded_subject(verb)
        if stranded is None or stranded.dep_ != "appos":
            return None
        if stranded.ent_type_ in ("GPE", "LOC", "NORP", "FAC") and self._heads[stranded.i].pos_ != "NOUN":
            return None  # a place set off by commas ("Salem, Mass.") is where, not who; a
            # name for a role noun ("the envoy, Ines Roe") is who, whatever the tagger says
        return stranded if stranded.pos_ == "PROPN" or stranded.ent_type_ == "PERSON" else None

    def _object_read_as_subject(self, verb: Token, subject: Token) -> bool:
        """`..., and found twelve survivors, the governor, Ivo Kral, told reporters`: the
        parser takes the content's last object for the closing cue's subject (the
        speaker's phrase hung on it as an apposition). So read when the "subject" comes
        right after a verb of the head clause that has no object of its own and its
        apposition ends, set off by commas, right before the cue."""
        doc = self.doc
        first = subject.left_edge.i
        if first < 1 or not verb.head.i < first or doc[verb.i - 1].text != ",":
            return False
        before = doc[first - 1]
        if before.pos_ != "VERB" or any(c.dep_ == "dobj" for c in before.children):
            return False
        return any(
            c.dep_ == "appos" and c.right_edge.i == verb.i - 2 and doc[c.left_edge.i - 1].text == ","
            for c in subject.children
        )

    def _closing_hearer(self, verb: Token, obj: Token) -> bool:
        """`..., the chief executive, Olga Reyes, told shareholders.`: the plain noun
        object of a closing "tell"/"assure" is who heard it, not a content of its own
        (nothing hangs on it but its determiners and modifiers)."""
        return (
            verb.lemma_.lower() in lexicon.ADDRESSEE_VERBS
            and obj.i > verb.i
            and obj.pos_ in ("NOUN", "PROPN", "PRON")
            and not self.in_quote(obj)
            and all(c.dep_ in ("det", "amod", "compound", "poss", "case", "nummod") for c in obj.children)
        )

    def _before_stranded_speaker(self, subject: Token | None, verb: Token, start: int, end: int) -> int | None:
        """`The convoy was turned back at the border, the UN's coordinator, Ines Roe, said`:
        the parser hangs the closing speaker's phrase on the content's last noun as an
        apposition, so the content runs over the speaker. The content ends at the comma
        that opens the speaker's phrase (the name, or the role noun it names)."""
        if subject is None or subject.dep_ != "appos" or end > verb.idx:
            return None
        head = self._heads[subject.i]
        phrase = head if head.pos_ in ("NOUN", "PROPN") and head.i < subject.i and (
            head.dep_ == "appos" or self._role_read_as_conjunct(head)
        ) else subject
        first = phrase.left_edge
        if first.i == 0 or self._tokens[first.i - 1].text != ",":
            return None
        cut = start + len(self.text[start : self._tokens[first.i - 1].idx].rstrip())
        return cut if cut - start >= 8 else None

    def _role_read_as_conjunct(self, role: Token) -> bool:
        """`Three of the victims were children, the regional governor, Oleg Sarkis,
        said`: after a noun closing the content, the parser may join the speaker's role
        noun to it as a conjunct rather than an apposition. Joined by the comma alone (no
        "and" or "or" of its head before it) and a noun that can speak, it opens the
        speaker's phrase all the same."""
        if role.dep_ != "conj" or role.pos_ != "NOUN" or not self.can_speak(role):
            return False
        if self._tokens[role.left_edge.i - 1].text != ",":
            return False
        host = self._heads[role.i]
        return not any(c.dep_ in ("cc", "preconj") and c.i < role.i for c in self._kids[host.i])

    @staticmethod
    def _outer_speech_verb(verb: Token) -> Token | None:
        """`said in a video posted to X that the vote was stolen`: the parser hangs the
        that-clause on the participle describing the medium; the person said it, and
        the verb the medium hangs on (by "in") is the cue."""
        noun = head_of(verb)
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or noun.dep_ != "pobj" or noun.i >= verb.i:
            return None
        prep = head_of(noun)
        outer = head_of(prep)
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
        for head in {self._heads[t.i] for t in tokens if self._heads[t.i].idx < q.close_end} | {t for t in tokens if self._heads[t.i] == verb}:
            for c in self._kids[head.i]:
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

    def _before_main_verb_after_quotation(self, start: int, end: int, noun: Token) -> int:
        """End of a noun's "that" clause at a quotation that holds its finite verb, when a
        finite verb follows the close mark: `Dolan's warning that walkouts "will go on
        until Easter" was dismissed`. The clause closed with the marks; the verb after
        them is the sentence's own, about the warning, though a parser misled by the marks
        may hang it inside the clause. Only for a noun cue, whose clause a main verb
        follows; a quotation with no finite verb in it (`that the "elites" were to
        blame`) leaves the clause's verb after the marks."""
        if noun.pos_ != "NOUN":
            return end
        for qi in sorted(self._quote_ids(start, end)):
            q = self.quotes[qi]
            if q.close_end >= end or q.open_start < start:
                continue
            inside = self.char_span(q.start, q.end)
            after = self.char_span(q.close_end, end)
            if inside is None or after is None:
                continue
            first = next((t for t in after if not t.is_space and not is_quote_token(t.text)), None)
            if (
                first is not None
                and first.tag_ in FINITE_TAGS
                and any(t.tag_ in FINITE_TAGS for t in inside)
            ):
                return q.close_end
        return end

    def _with_closing_bracket(self, start: int, end: int) -> int:
        """End of a content cut right before the bracket that closes one it opened:
        `is called "pastel de nata" (custard tart` -- the trim of closing punctuation
        takes the ")" for sentence punctuation. A bracket opened in the content and
        closed by the very next character belongs to it (the gloss, the abbreviation
        `(FBI)`, the party tag `(R-Tex.)`)."""
        if end >= len(self.text):
            return end
        close = self.text[end]
        opening = next((o for o, c in _OPEN_BRACKETS.items() if c == close), None)
        if opening is None:
            return end
        inner = self.text[start:end]
        return end + 1 if inner.count(opening) > inner.count(close) else end

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

    @functools.cached_property
    def _infinitive_to_indices(self) -> list[int]:
        """`_infinitive_tos` of the document, read once: testing every token of each
        content for one cost a step per token per cue ("according to him, " * n)."""
        return _infinitive_tos(self.doc)

    def _infinitive_to_in(self, start: int, end: int) -> bool:
        """Whether tokens ``start`` to ``end`` hold an infinitive "to"."""
        tos = self._infinitive_to_indices
        k = bisect.bisect_left(tos, start)
        return k < len(tos) and tos[k] < end

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
        if tokens is None or not self._infinitive_to_in(tokens.start, tokens.end):
            return span
        end = tokens[-1].i
        while True:
            j = end + 1
            while j < len(self.doc) and self._tokens[j].lower_ in (",", "and", "or"):
                j += 1
            appos = self._tokens[j] if j < len(self.doc) else None
            while appos is not None and appos.dep_ != "appos" and self._heads[appos.i].i != appos.i:
                appos = self._heads[appos.i]
            if appos is not None and appos.dep_ == "appos" and appos.left_edge.i == j and self._heads[appos.i].i <= end:
                # the list item the parser made an appositive: go on after it
                j = appos.right_edge.i + 1
                while j < len(self.doc) and self._tokens[j].lower_ in (",", "and", "or"):
                    j += 1
            if j == end + 1 or j >= len(self.doc):
                return span
            nxt = self._tokens[j]
            if not (
                nxt.dep_ == "conj"
                and nxt.tag_ == "VB"
                and self._heads[nxt.i].tag_ in ("VBD", "VBZ", "VBP", "VBN", "VBG")
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
        if j >= len(self.doc) or self._tokens[j].text != ",":
            return span
        j += 1
        while j < len(self.doc) and self._tokens[j].tag_ == "RB":
            j += 1
        if j >= len(self.doc):
            return span
        nxt = self._tokens[j]
        if (
            nxt.tag_ != "VBG"
            or nxt.dep_ not in ("advcl", "conj")
            or self._heads[nxt.i].i >= tokens[0].i
            or _has_subject(nxt)
            or self.is_cue(nxt)
            or self.in_quote(nxt)
        ):
            return span
        last = nxt.right_edge.i
        closes = any(
            self._tokens[k].lower_ in ("and", "or") and self._tokens[k + 1].tag_ == "VBG"
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
        if j + 1 >= len(self.doc) or self._tokens[j].text != ",":
            return span
        first = self._tokens[j + 1]
        x = first
        while self._heads[x.i].i != x.i and self._heads[x.i].left_edge.i >= first.i:
            x = self._heads[x.i]
        if (
            x.left_edge.i != first.i
            or x.pos_ not in ("NOUN", "PROPN")
            or x.dep_ not in ("dobj", "pobj", "conj", "appos")
            or self._heads[x.i].i >= tokens[0].i
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
            nxt = max((c for c in kids(noun) if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN")), default=None, key=lambda c: c.i)
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
        if self._heads[tokens.root.i] != verb:
            prep = self._heads[tokens.root.i]
            if tokens.root.dep_ not in ("pobj", "pcomp") or prep.dep_ != "prep" or self._heads[prep.i] != verb or prep.i >= tokens[0].i:
                return span
            owners.append(prep)
        j = tokens[-1].i + 1
        comma = j < len(self.doc) and self._tokens[j].text == ","
        j += comma
        if j + 1 >= len(self.doc) or self._tokens[j].dep_ != "cc" or self._tokens[j].lower_ not in ("and", "or"):
            return span
        conj = next(
            (
                c
                for owner in owners
                for c in self._kids[owner.i]
                if c.dep_ == "conj" and c.left_edge.i == j + 1 and not self.in_quote(c)
            ),
            None,
        )
        if conj is None:
            return span
        wh = self._embedded_question(self._tokens[j + 1], conj)
        # (a preposition, "and in a more focused way", "and for raising taxes", is no act)
        phrase = conj.tag_ == "IN" and any(c.dep_ in ("pobj", "pcomp") for c in self._kids[conj.i])
        if not (wh or phrase) and (self.is_cue(conj) or comma or not nominal):
            return span  # (a cue under a wh-word, "and what she learned", asks no new act)
        bare_gerund = (
            conj.tag_ == "VBG"
            and verb.tag_ != "VBG"  # "thanking X and congratulating Y": two acts of a participle
            and not any(c.dep_ in SUBJECT_DEPS or c.dep_ == "aux" for c in self._kids[conj.i])
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
        if not (self._heads[noun.i] == verb or noun.dep_ == "pobj" and self._heads[noun.i].dep_ == "prep" and self._heads[self._heads[noun.i].i] == verb):
            return span
        j = tokens[-1].i + 1
        j += j < len(self.doc) and self._tokens[j].text == ","
        if j + 1 >= len(self.doc) or self._tokens[j].lower_ != "that" or self._tokens[j].dep_ != "mark":
            return span
        clause = self._heads[self._tokens[j].i]
        if self._heads[clause.i] != verb or clause.dep_ not in ("ccomp", "advcl") or clause.left_edge.i != j:
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
        if not (self._heads[noun.i] == verb or noun.dep_ == "pobj" and self._heads[noun.i].dep_ == "prep" and self._heads[self._heads[noun.i].i] == verb):
            return span
        j = tokens[-1].i + 1
        if j >= len(self.doc) or self.text[span[0] : span[1]].rstrip("\"”’' ").endswith(","):
            return span  # (a comma inside the close mark sets the participle apart too)
        ger = self._tokens[j]
        if (
            ger.tag_ != "VBG"
            or self._heads[ger.i] not in (verb, self._heads[noun.i])
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
        if noun.pos_ not in ("NOUN", "PROPN") and not any(c.dep_ == "prep" and c.lower_ == "of" for c in self._kids[noun.i]):
            return span  # (a quantity, "several of his proposals", is an object too)
        owner = self._heads[noun.i]
        # (the object of the verb, or of its preposition, or of its stance adjective's:
        # "was upbeat about the town's efforts")
        stance = self._heads[owner.i] if self._heads[owner.i].dep_ == "acomp" and self._heads[self._heads[owner.i].i] == verb else verb
        if not (owner == verb or noun.dep_ == "pobj" and owner.dep_ == "prep" and self._heads[owner.i] in (verb, stance)):
            return span
        j = tokens[-1].i + 1
        if j + 2 >= len(self.doc) or self._tokens[j].text != ",":
            return span
        word = self._tokens[j + 1]
        if word.lower_ == "including":
            part = word
            obj = next((c for c in self._kids[word.i] if c.dep_ == "pobj"), None)
            if word.dep_ != "prep" or obj is None or obj.pos_ not in ("NOUN", "PROPN"):
                return span
        elif word.lower_ in ("particularly", "especially"):
            part = self._heads[word.i]
            if part.pos_ not in ("NOUN", "PROPN") or part.left_edge.i != word.i:
                return span
        elif word.lower_ == "ranging" and any(c.dep_ == "prep" and c.lower_ == "from" for c in self._kids[word.i]):
            part = word  # "his statements, ranging from claims of X to Y": the span of its members
        else:
            return span
        if self._heads[part.i] not in (verb, owner, noun, stance) or self.in_quote(part):
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
        while j < len(self.doc) and self._tokens[j].text in SET_OFF_MARKS:
            j += 1
        while j < len(self.doc) and self._tokens[j].lower_ in ("only", "even"):
            j += 1
        if j >= len(self.doc) or self._tokens[j].lower_ not in ("if", "unless") or self._tokens[j].dep_ != "mark":
            return span
        clause = self._heads[self._tokens[j].i]
        if self._heads[clause.i] != verb or clause.dep_ != "advcl" or clause.i <= j:
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
            if head_of(t) == t or t is not first and t.dep_ in SUBJECT_DEPS and head_of(t) == conj:
                return False
            t = head_of(t)
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
        # (matched at the offset: slicing copied the rest of the article on every call;
        # the pattern has no anchor or lookbehind, so it matches as on the slice)
        m = _COLON_THEN_LOWER.match(self.text, span[1])
        if m is None:
            return span
        first = self.char_span(m.end(), m.end() + 1)
        if first is None or not len(first):
            return span
        tok = first[0]
        content = self.char_span(*span)
        sent_start, sent_end = self.sentence_bounds(tok.i)  # (not `tok.sent`: two Spans)
        if content is None or not len(content) or sent_start > content[0].i:
            return span  # the colon ends the content's sentence
        tail = [t for t in map(self.doc.__getitem__, range(tok.i, sent_end)) if not t.is_space]
        if not tail or any(self.in_quote(t) for t in tail) or tok.lower_ not in ("a", "an", "the", "to", "that"):
            return span
        if tok.lower_ in ("a", "an", "the") and self._heads[tok.i].dep_ in SUBJECT_DEPS:
            return span  # "...: the port will close": a clause of the writer's own
        return self._run_on_to(span, tail[-1].i, tok.i)

    def _run_on_to(self, span: tuple[int, int], last: int, floor: int) -> tuple[int, int]:
        """``span`` run on to token ``last`` of a list it goes on over, trailing
        punctuation and space left out (never back past token ``floor``)."""
        end = self._tokens[last]
        while end.i > floor and (end.is_punct or end.is_space):
            end = self._tokens[end.i - 1]
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
        poss = self._tokens[tokens.end]
        owner = self._heads[poss.i]
        if self._possessive_end(tokens[-1]):
            poss, owner = tokens[-1], self._heads[self._heads[tokens[-1].i].i]
        elif poss.tag_ != "POS" or poss.dep_ == "case" or poss.idx != span[1]:
            return span
        owned = next((c for c in self._kids[owner.i] if c.i > poss.i and c.dep_ in POSSESSIVE_RUN_ON), None)
        if owned is None:
            return span
        return (span[0], max(span[1], owned.right_edge.idx + len(owned.right_edge)))

    def _possessive_end(self, mark: Token) -> bool:
        """`questioned the Vrbas’ costly tactics`, `lamented Jennings’ past vote`: the
        content ends on a possessive mark (tagged so, or a bare apostrophe glued to a
        word in -s) because the parser took the noun it owns for a second object of
        the verb. A phrase never ends on its possessive; a mark that closes a
        quotation is not one."""
        prev = self._tokens[mark.i - 1] if mark.i > 0 else None
        if prev is None or prev.whitespace_ or self._heads[mark.i] != prev or self.quote_of_char[mark.idx] >= 0:
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
        # (a comma or dash before the joiner goes; a "%" is part of the amount: "by 9% and")
        while len(keep) > 1 and (
            keep[-1].is_punct and not is_quote_token(keep[-1].text) and keep[-1].text != "%" or keep[-1].is_space
        ):
            keep = keep[:-1]
        stripped = keep[-1].idx + len(keep[-1])
        nxt = self._tokens[joiner.i + 1]
        top = nxt
        while self._heads[top.i].i != top.i and self._heads[top.i].i > joiner.i and self._heads[top.i].left_edge.i > joiner.i:
            top = self._heads[top.i]
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
        m = _COMMA_AND_SPACE.match(self.text[end : end + 4])
        if m is None:
            return end
        qi = self.quote_of_char[end + m.end()]
        if qi < 0 or self.quotes[qi].open_start != end + m.end():
            return end
        q = self.quotes[qi]
        inner = self.text[q.start : q.end]
        if not inner[:1].islower() or SENTENCE_BREAK.search(inner):
            return end  # a quotation of whole sentences stands alone
        rest = self.text[q.close_end : q.close_end + 2]
        inner_last = inner.rstrip()[-1:]
        if (
            inner_last in ".!?"
            and (not rest or rest[0].isspace())
            or _STOP.match(rest + " ")
        ):
            return q.close_end
        return end

    def _before_closing_bracketed_aside(self, start: int, end: int, verb: Token) -> int:
        """End a content before a bracketed aside of several words that closes it.

        `questioned the loan from the ferry company (fair questions, in my view)`, `said
        the council would sell the pier (the board had voted against that last year)`:
        the brackets hold the writer's verdict or background on what was reported, not
        more of it (PolNeAR leaves them out). A short one stays, as part of the name it
        follows (`the Transit Authority (HTA)`, `Tom Reilly (D-Kent)`); so does one the
        content goes on after, one with a quotation in it (the speaker's words), and one
        after the cue: in `the levy (once 9%, Vrba says)` the aside is what `says`
        reports."""
        inner = self.text[start:end]
        at = inner.rfind("(")
        if at <= 0 or verb.idx > start + at:
            return end
        tail = inner[at + 1 :]
        close = tail.find(")")
        if close >= 0 and tail[close + 1 :].strip(" .,;:"):
            return end
        # the whole aside, as written: an earlier cut may have ended the content inside it
        line_end = self.text.find("\n", end)
        closing = self.text.find(")", end, len(self.text) if line_end < 0 else line_end)
        aside = tail if close >= 0 or closing < 0 else self.text[start + at + 1 : closing]
        if len(BRACKET_WORD.findall(aside)) < MIN_ASIDE_WORDS or self._quote_ids(start + at, start + at + 1 + len(aside)):
            return end
        cut = start + len(inner[:at].rstrip(" ,;:-\u2013\u2014"))
        return cut if cut - start >= MIN_CONTENT_CHARS else end

    def _parenthesis_around_cue(self, c: Candidate) -> int | None:
        """Where the parenthesis that the cue of report ``c`` stands inside opens, on the
        cue's line and at most 200 characters before it; None when the cue is inside no
        open parenthesis (or ``c`` is direct or has no cue). Both edges of an aside's
        report are cut at it (`_open_at_parenthesis`, `_close_at_parenthesis`)."""
        if c.type == "direct" or c.cue is None:
            return None
        cue_start = c.cue[0]
        line_start = self.text.rfind("\n", 0, cue_start) + 1
        floor = max(line_start, cue_start - 200)
        before = self.text[floor:cue_start]
        paren = before.rfind("(")
        if paren <= before.rfind(")"):  # (-1 for none: no "(", or one closed since)
            return None
        return floor + paren

    def _open_at_parenthesis(self, c: Candidate) -> None:
        """A report that ends inside the parentheses holding its cue starts there too:
        `Lowe resigned on Monday ("I have had enough," she told the BBC)` -- the parser
        hangs the writer's clause before the "(" on the cue, but the aside's own words
        are all it reports. (A content that ends before the "(" -- `Prices will rise
        (the bank said)` -- is the writer's clause reported, and stays.)"""
        paren = self._parenthesis_around_cue(c)
        if paren is None:
            return
        if not c.start < paren < c.end <= c.cue[0] or self.quote_of_char[paren] >= 0:
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




def _pronoun_that(token: Token) -> bool:
    """ "said that was one of the options", "I think that's fair": a "that" which is the
    clause's subject is a demonstrative and part of what was said, not a complementizer;
    so is one the parser reads as the determiner of a noun after it ("rejected that
    idea": without it the object loses its reference)."""
    if token.lower_ != "that":
        return False
    if token.dep_ in ("nsubj", "nsubjpass"):
        # ("denial that cuts were planned": a "that" read as subject beside the clause's
        # own subject is its complementizer)
        return not any(c.dep_ in ("nsubj", "nsubjpass") and c.i != token.i for c in kids(head_of(token)))
    return token.dep_ == "det" and head_of(token).i > token.i and head_of(token).pos_ == "NOUN"


def _bare_number(token: Token) -> bool:
    """An age or year set off by commas ("Tom Vrba, 52", "May 4, 2016", "Ms. Ruiz,
    then 35"): part of the name or date it follows, not an aside on it ("one of
    the rallies" is a number too, with a phrase of its own)."""
    return token.tag_ == "CD" and not any(c.dep_ in ("prep", "relcl", "acl", "amod", "det") for c in kids(token))


def _with_joiner(token: Token) -> set[int]:
    """Token ids of ``token``'s subtree plus the "and" or comma that joins it on."""
    ids = {x.i for x in token.subtree}
    ids |= {c.i for c in token.lefts if c.dep_ in ("cc", "punct")}
    if token.left_edge.i > 0:
        prev = token.doc[token.left_edge.i - 1]
        if prev.dep_ in ("cc", "punct"):
            ids.add(prev.i)
    return ids


def _inverted_condition(verb: Token) -> bool:
    """`Should he say yes, the party would split`, `Had the minister said the plant
    would close, ...`: an auxiliary opening the sentence before the cue's subject, and
    a comma closing the clause, make a condition (an "if" left out), not a report; the
    words are only supposed."""
    host, raised = verb, False
    if head_of(verb).lower_ == "were" and head_of(verb).is_sent_start and any(c.lower_ == "to" for c in kids(verb)):
        # `Were the landlord to claim ...`: the parser hangs the verb on "were" (a flag,
        # not an identity test: the store's head of a root is the root's own Token)
        host, raised = head_of(verb), True
    subject = next((c for c in kids(host) if c.dep_ in ("nsubj", "nsubjpass")), None)
    aux = host if raised else next((c for c in kids(verb) if c.dep_ in ("aux", "auxpass")), None)
    if subject is None or aux is None or not aux.i < subject.i < verb.i:
        return False
    if aux.lower_ not in ("should", "had", "were") or not aux.is_sent_start:
        return False
    return any(t.text == "," for t in verb.doc[verb.i + 1 : verb.sent.end])


def _astonished(verb: Token) -> bool:
    """ "Fans can't believe it", "I could not believe it": not being able to believe is
    surprise, not a view held about anything."""
    return verb.lemma_.lower() == "believe" and _unable(verb)


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


def _past_after_modal(head: Token, conj: Token) -> bool:
    """ "said the port would close and then left the room": a plain past cannot share
    the modal of the verb it is joined to ("would left"); with no subject or auxiliary of
    its own it is the speaker's next act, outside what was said. (With a comma before
    the "and", `_contrast_clause` reads any indicative so; a past spelt as its base, "put"
    or "cut", may be a tagging slip and is left joined.) Only joined by an "and" or "but"
    of its own with no comma before it: without one, or closing a list ("would bring
    jobs, renovated schools, and repaired bridges"), such a "past" is mostly a participle
    the tagger misread."""
    if not (
        head.tag_ == "VB"
        and any(c.tag_ == "MD" for c in _auxes_before(head))
        and conj.tag_ == "VBD"
        and conj.lower_ != conj.lemma_.lower()
        and not _has_subject(conj)
        and not _auxes_before(conj)
    ):
        return False
    return _joined_by_own_and_or_but(head, conj)


def _joined_by_own_and_or_but(head: Token, conj: Token) -> bool:
    """Whether ``conj`` is joined to ``head`` by an "and" or "but" of its own (hung on
    ``head``, right before the conjunct's first word) with no comma before it: the
    shape `_past_after_modal` and `_declined_to_speak` read as the speaker's next act
    (with a comma, `_contrast_clause` reads it)."""
    doc = conj.doc
    k = conj.left_edge.i - 1
    if k < 2 or doc[k].dep_ != "cc" or head_of(doc[k]).i != head.i or doc[k - 1].text == ",":
        return False
    return doc[k].lower_ in ("and", "but")


def _declined_to_speak(head: Token, conj: Token) -> bool:
    """ "said the plan was sound but declined to say how ...": a past with no subject of
    its own, a verb of withholding words (lexicon.WITHHOLDING_VERBS) whose infinitive
    is a verb of speaking ("declined to say", "refused to comment"), is the speaker's
    next act about speaking, not something the content's subject did: it leaves the
    content. Joined by its own "and" or "but" with no comma (`_past_after_modal`'s
    test; with a comma `_contrast_clause` reads it)."""
    if not (
        conj.tag_ == "VBD"
        and conj.lemma_.lower() in lexicon.WITHHOLDING_VERBS
        and not _has_subject(conj)
        and not _auxes_before(conj)
        and any(c.dep_ == "xcomp" and c.lemma_.lower() in lexicon.SPEECH_VERBS for c in conj.children)
    ):
        return False
    return _joined_by_own_and_or_but(head, conj)


def _tensed_after_infinitive(head: Token, conj: Token) -> bool:
    """ "pleaded with him to run and armed his campaign", "urged her to run and gave her
    $5 million": a tensed verb cannot share an infinitive's "to"; coordinated with it by
    the parser, it is the speaker's next act, outside what was urged. (A past form spelt
    as its base, "put" or "cut", may be a tagging slip and is left joined.)"""
    return (
        head.tag_ == "VB"
        and _has_to(head)
        and conj.tag_ in ("VBD", "VBZ")
        and conj.lower_ != conj.lemma_.lower()
        and not _has_subject(conj)
    )
