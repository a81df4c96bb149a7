"""What is not a quote: boilerplate, headlines, titles and the writer's own voice.

Headlines, subheads, captions, link lines and lists, pull quotes; titles and names of
works in marks; the writer's hedges and appeals to the reader. Kept together so the
question "is this anyone's report at all?" has one place.
"""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from quotes import lexicon
from quotes.candidates import Candidate
from quotes.doccolumns import head_of, kids
from quotes.marks import (
    TAG,
    QuoteSpan,
    is_quote_char,
    is_quote_token,
    line_wraps,
)
from quotes.patterns import _BULLET_START, DASHES, _has_to, abbreviation_stop

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
    r"(?:\b\s*[|:\-]|\s+(?:COVERAGE|STORIES|ARTICLES?|CONTENT|READING|LINKS)\s*[|:]"
    # A section named after "from" or "on" is a name, with no clause after a comma; and
    # the headline after it ends with no full stop. `More from Sunak, who says: "..."`,
    # `More from Sunak: "We are on track."` are a live blog's leads, not links.
    r"|\s+(?:FROM|ON)\s+[^|:\n,]{1,40}\s*[|:](?![^\n]*[.!?][\"'\u201d\u2019]?\s*$))",
    re.I,
)
# The signature an embedded post ends with: "— Cora Blyth (@corablyth) May 2, 2024".
# A signature line under a display quote: a dash, then the name (and role) to the line's end.
SIGNATURE_UNDER = re.compile(r"\n[ \t]*(?:--|[-\u2013\u2014\u2015])[ \t]*[^\W\d_][^\n]{0,120}$")
# A blank line, whatever the line ends.
BLANK_LINE = re.compile(r"\r?\n[ \t]*\r?\n")

# The newsroom's notes to the reader, not the article's reports: editor's notes,
# corrections, update notices and reporting credits (the corpus marks them as boilerplate).
NOTE_LINE = re.compile(
    r"\(?(?:Editor['\u2019]s\s+note|Correction|Clarification)\s*:"
    r"|\(?This\s+(?:story|article|post|report)\s+(?:has\s+been|was)\s+(?:updated|corrected)"
    r"|\(?(?:Additional\s+reporting\s+by|An\s+earlier\s+version\s+of\s+this)\b",
    re.I,
)
# A page's furniture left between paragraphs by scraping: an advertisement slot's label
# ("ADVERTISEMENT", "Story continues below advertisement") alone on its line, or a
# bracketed placeholder for a picture or embed ("[Image: The team celebrates.]"). It is
# nobody's words, and a quotation or cue on either side of it reads across it.
FURNITURE_LINE = re.compile(
    r"(?:(?:Skip\s+)?Advertisement|Sponsored(?:\s+content)?"
    r"|(?:Story|Article)\s+continues\s+(?:below|after)(?:\s+(?:this\s+)?(?:advertisement|ad))?"
    r"|Continue\s+reading(?:\s+the\s+main\s+story)?)\s*[.:]?"
    r"|\[(?:Image|Photo|Picture|Video|Graphic|Embed(?:ded)?(?:\s+\w+)?)\b[^\]\n]*\]",
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
#: (Searched only in a line whose lowercase holds "you agree": a case-blind search led by
#: ``\b`` runs the matcher at every character of every line.)
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
#: Words one of which (lowercased) every `LINK_HEADING` holds.
LINK_HEADING_WORDS = (
    "related", "more stories", "more on this story", "more from ", "most read", "most popular",
    "most viewed", "most shared", "recommended", "trending", "top stories", "further reading",
    "also like", "also read", "read more", "read next",
)
#: Characters a case-blind pattern matches to a letter of those words where their
#: lowercase is not that letter (long s, dotless i, Kelvin sign, ...): with one in the
#: text, `_may_hold_link_heading` says yes.
_CASE_BLIND_ODD = re.compile("[\u017f\u0131\u0130\u212a\u212b]")


def _may_hold_link_heading(text: str) -> bool:
    """``text`` may hold a `LINK_HEADING` line: one of its words is in the lowercased text.
    Most articles hold none, and are spared `LINK_LIST` and `SPACED_LINK_HEADING`: scans
    led by a line start, which run the regex matcher at every character."""
    low = text.lower()
    return any(word in low for word in LINK_HEADING_WORDS) or _CASE_BLIND_ODD.search(text) is not None


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

# Photo credits mark captions; "(R)" alone does not (it is also a party label), nor does
# a joint poll's name ("a Reuters/Ipsos poll found ...": a photographer follows a credit's
# slash, not a pollster and "poll").
#: Every branch opens with a literal character, so that the regex engine skips in C to
#: the next character one can start with (a leading lookahead naming those characters
#: still entered the matcher at every character). ``X(?<!\wX)`` is ``\bX`` written after
#: the letter: "no word character before the X".
CAPTION = re.compile(
    r"(?:/dpa$|P(?<!\wP)hoto(?:graph)?:|\(Photo|Getty Images|Reuters/(?![\w-]+\s+(?:\w+\s+)?(?:poll|survey)s?\b)"
    r"|A(?<!\wA)(?:P|FP) Photo\b|E(?<!\wE)PA Photo\b|C(?<!\wC)redit:"
    r"|I(?<!\wI)mage(?: source)?:|P(?<!\wP)icture:)"
)

# Words every CAPTION match holds: a text with none of them has no caption line to search.
CAPTION_WORDS = ("/dpa", "Photo", "Getty Images", "Reuters/", "Credit:", "Image", "Picture:")

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

#: Determiners that may stand between a title's intro word and its marks ("a star of the
#: "Harbour Lights,"", "the author of his "Tough Choices."").
TITLE_DETERMINERS = frozenset("the a an his her its their our my your".split())


def _title_word(word: str) -> bool:
    """A word as a title writes it: capitalised, a number, or a small word ("of", "the")."""
    return word[:1].isupper() or word[:1].isdigit() or word in lexicon.TITLE_SMALL_WORDS


class NotQuoteRules:
    """Text that looks like a quote or a report and is not one."""

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
                or FURNITURE_LINE.fullmatch(line)
                or PROMPT_LINE.match(line)
                or ("you agree" in line.lower() and CONSENT_LINE.search(line))
                or self._subhead(m.start(), m.end(), line)
            ):
                spans.append(m.span())
            elif captions and (credit := CAPTION.search(m.group())):
                spans.append(self._caption_span(m.start(), m.end(), credit))
        if _may_hold_link_heading(self.text):
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
        bullet = _BULLET_START.match(line)
        if bullet and is_quote_char(line[bullet.end() : bullet.end() + 1]):
            # `- "A costly mistake." -- Ada Roe`: an item of a list of quoted reactions,
            # signed on its line, as an unbulleted quotation opening a line is
            return False
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

    def is_title(self, q: QuoteSpan) -> bool:
        """A short Title Case name in marks ("Nightly News"): a title, not speech."""
        words = self.text[q.start : q.end].split()
        if not words or len(words) > 12 or not all(_title_word(w) for w in words[:-1]):
            # (most quotations: too long, or a lowercase word before the last, which no
            # test below lets through; the words around the marks need not be read)
            return False
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
        return all(_title_word(w) for w in words)

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
            and self._heads[head.i].i > span[-1].i
            and self._heads[head.i].pos_ in ("NOUN", "PROPN")
            and not self.in_quote(self._heads[head.i])
            and self._heads[head.i].idx >= q.close_end
        )

    def label_on_noun(self, q: QuoteSpan) -> bool:
        """`a 'Closed until further notice' sign`, `the "Vote Yes" campaign`: a capitalised
        phrase in marks between a determiner and the common noun right after the close
        mark is the wording of a sign, slogan or name that noun carries, not anyone's
        speech (the parse of such a phrase is often broken, so the test is on the text).
        A lowercase phrase (`a "rigged" economy`) stays a possible scare quote of someone."""
        words = self.text[q.start : q.end].split()
        if not 1 <= len(words) <= 8 or not words[0][:1].isupper() or re.search(r"[.!?,;:]$", words[-1]):
            return False
        before = self.text[max(0, q.open_start - 12) : q.open_start].split()
        if not before or before[-1].lower() not in TITLE_DETERMINERS:
            return False
        after = re.match(r"[ \t\u00a0]+([a-z][a-z-]*)\b", self.text[q.close_end : q.close_end + 30])
        if after is None:
            return False
        noun = self.char_span(q.close_end + after.start(1), q.close_end + after.end(1))
        return noun is not None and len(noun) == 1 and noun[0].pos_ == "NOUN"

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
        head = self._heads[verb.i]
        if head.dep_ in ("acomp", "advmod") and head.pos_ in ("ADJ", "ADV"):
            hedges, be = [head], self._heads[head.i]
        else:
            hedges, be = [c for c in self._kids[head.i] if c.dep_ == "acomp"], head
        if not any(a.lemma_.lower() in lexicon.HEDGE_ADJECTIVES for a in hedges):
            return False
        # "it's": the lemmatiser sometimes leaves a curly "'s" as its own lemma
        return (be.lemma_.lower() == "be" or be.lower_ in ("'s", "\u2019s")) and any(
            c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in self._kids[be.i]
        )

    @staticmethod
    def _open_question(verb: Token) -> bool:
        """"It remains to be seen whether ...", "only time will tell if ...": the writer
        leaving a question open; nobody is seen or tells anything (neither idiom is
        annotated on PolNeAR train)."""
        lemma = verb.lemma_.lower()
        if lemma == "tell":
            return any(c.dep_ == "nsubj" and c.lemma_.lower() == "time" for c in kids(verb))
        if lemma != "see" or verb.tag_ != "VBN" or head_of(verb).lemma_.lower() != "remain":
            return False
        return any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in kids(head_of(verb)))

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
            and head_of(that).i == be.i
            and head_of(verb).i == be.i
        )

    @classmethod
    def _say_or_tell_reporting_nothing(cls, verb: Token) -> bool:
        """A "said to be" aside, "tell apart", or "say what you like": a form of "say" or
        "tell" that no one says anything by (both the clause and the frame rules ask)."""
        return (
            cls._said_to_be_aside(verb)
            or cls._tells_apart(verb)
            or cls._concessive_say(verb)
            or cls._to_say_the_least(verb)
        )

    @staticmethod
    def _to_say_the_least(verb: Token) -> bool:
        """"Her reply was, to say the least, unexpected": the writer's understatement; no
        one says anything, and the parser may hang the rest of the sentence on "say" as
        its clause. Read off the words: the parse of the idiom varies (xcomp, acl,
        advcl; "least" as object or as modifier of the next word)."""
        if verb.lemma_.lower() != "say" or verb.tag_ != "VB" or verb.i < 1 or verb.i + 2 >= len(verb.doc):
            return False
        doc = verb.doc
        return doc[verb.i - 1].lower_ == "to" and doc[verb.i + 1].lower_ == "the" and doc[verb.i + 2].lower_ == "least"

    @staticmethod
    def _said_to_be_aside(verb: Token) -> bool:
        """`The castle, said to be the oldest in Wales, draws crowds`: a bare "said to"
        set off after a noun is hearsay the writer passes on about it (a reduced relative,
        "which is said to be"), naming no one who said it. With "is"/"was" before it
        ("is said to have left") the passive report stays; no such aside is annotated on
        PolNeAR train."""
        return (
            verb.lemma_.lower() == "say"
            and verb.tag_ in ("VBN", "VBD")
            and verb.i > 0
            and verb.doc[verb.i - 1].text == ","
            and not any(c.dep_ in ("aux", "auxpass", "ccomp") for c in kids(verb))
            and any(c.dep_ == "xcomp" and c.i > verb.i and _has_to(c) for c in kids(verb))
        )

    @staticmethod
    def _concessive_say(verb: Token) -> bool:
        """"Say what you like about him, he gets results": an imperative "say what you
        like/will/want" opening the sentence concedes a point to the reader; nobody says
        anything."""
        if verb.lemma_.lower() != "say" or verb.tag_ != "VB" or verb.i != verb.sent.start:
            return False
        if any(c.dep_ in ("nsubj", "aux") for c in kids(verb)):
            return False
        rest = verb.doc[verb.i + 1 : verb.i + 4]
        return len(rest) == 3 and rest[0].lower_ == "what" and rest[1].lower_ == "you" and rest[2].lemma_.lower() in (
            "like", "will", "want", "wish"
        )

    @staticmethod
    def _tells_apart(verb: Token) -> bool:
        """"cannot tell the difference between the two wines", "telling the twins apart":
        "tell" as distinguishing; nothing is said to anyone (neither is annotated on
        PolNeAR train)."""
        return verb.lemma_.lower() == "tell" and any(
            c.dep_ == "dobj" and c.lemma_.lower() == "difference" or c.dep_ in ("prt", "advmod") and c.lower_ == "apart"
            for c in kids(verb)
        )

    @staticmethod
    def _writers_advice(verb: Token) -> bool:
        """"Trump may want to check his figures", "investors might want to think twice":
        "may/might want to" is the writer's advice to the subject, not a wish reported of
        it (on PolNeAR train 5 of 6 such items are unannotated). "States that may not want
        to pay" is a guess at what they want, and stays."""
        return (
            verb.lemma_.lower() in lexicon.ADVISED_VERBS
            and any(c.dep_ == "aux" and c.lower_ in lexicon.ADVICE_MODALS for c in kids(verb))
            and not any(c.dep_ == "neg" for c in kids(verb))
        )

    @staticmethod
    def _writers_reminder(verb: Token) -> bool:
        """ "It may be recalled that ...", "it must be noted that ...": a modal passive
        with an empty "it" is the writer reminding the reader, not anyone's report."""
        return (
            verb.tag_ == "VBN"
            and any(c.dep_ == "auxpass" for c in kids(verb))
            and any(c.dep_ == "aux" and c.lower_ in lexicon.REMINDER_MODALS for c in kids(verb))
            and any(c.dep_ in ("nsubjpass", "expl") and c.lower_ == "it" for c in kids(verb))
        )

    def _asks_the_reader(self, verb: Token) -> bool:
        """`Do you support Ada Voss?` outside quote marks: a poll put to the reader, whose
        object nobody has said anything about."""
        return (
            not self.in_quote(verb)
            and any(c.dep_ == "nsubj" and c.lower_ == "you" for c in self._kids[verb.i])
            and verb.sent.text.rstrip().endswith("?")
        )

    @staticmethod
    def _appeal_to_anyone(verb: Token) -> bool:
        """`Anyone with information is asked to call police`: an appeal to whoever reads
        it, in the passive with no one asking, reports no one's words."""
        return (
            any(c.dep_ == "auxpass" for c in kids(verb))
            and not any(c.dep_ == "agent" for c in kids(verb))
            and any(c.dep_ == "nsubjpass" and c.lower_ in ("anyone", "anybody", "everyone") for c in kids(verb))
        )

    def _display_text(self, c: Candidate) -> bool:
        """A quotation whose only source is a thing that displays it: `The sign on the
        door said "Closed"`, `A banner over the gate read: "..."`. The words are a sign's,
        nobody's statement. Held up, carried or worn (the object of a verb: `carried
        banners proclaiming: "..."`), it speaks for its holder, as PolNeAR annotates it,
        and a possessor owns it (`the party's banner read`): both stay."""
        if c.type == "indirect" or c.mention is None:
            return False
        span = self.char_span(*c.mention)
        if span is None or not len(span):
            return False
        root = span.root
        if (
            root.lemma_.lower() not in lexicon.DISPLAY_NOUNS
            and root.lower_ not in lexicon.DISPLAY_NOUNS
            and not self._affixed(root)
        ):
            return False
        if root.dep_ == "dobj":
            return False  # (`carried banners proclaiming: "..."`)
        verb = head_of(root)
        if root.dep_ == "nsubj" and verb.tag_ == "VBG" and head_of(verb).i != verb.i:
            # (`hold banners proclaiming: "..."`, parsed as the participle's subject; a
            # participle the parse leaves as the root has no verb of holding above it:
            # `Stickers saying "..." appeared on lamp posts`)
            return False
        return not any(k.dep_ == "poss" for k in kids(root))

    def _affixed(self, noun: Token) -> bool:
        """`A notice taped to the door`, `a note pinned to the gate`: a written thing
        described by a participle fixing it to a surface, with a place after it, is on
        display as a sign is. (`pinned up by the union`, naming who put it there, stays
        the union's words.)"""
        return any(
            k.dep_ == "acl" and k.tag_ == "VBN" and k.lower_ in lexicon.AFFIXED_PARTICIPLES
            and any(g.dep_ == "prep" for g in self._kids[k.i])
            and not any(g.dep_ == "agent" for g in self._kids[k.i])
            for k in self._kids[noun.i]
        )

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
