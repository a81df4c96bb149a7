"""Quote-mark pairing on the original text, offsets kept.

News text mixes every kind of mark: curly and straight, guillemets, low-9 marks, LaTeX
and NYT doubled marks (```` `` ```` and ``''``), single quotes that are sometimes quotes and
more often apostrophes. Pairing runs paragraph by paragraph with local recovery: an odd
mark loses only its own paragraph's pairing, never the rest of the document. A quote
whose paragraph ends unclosed continues when the next paragraph opens again (the news
convention for multi-paragraph quotes).
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import re
from dataclasses import dataclass

from quotes.lexicon import TITLE_SMALL_WORDS

OPEN, CLOSE, BOTH = "open", "close", "both"


@dataclass(frozen=True)
class Mark:
    """One quote mark: where it is, how long (2 for ``''``) and what it can do."""

    start: int
    end: int
    role: str  # OPEN, CLOSE or BOTH (undecided straight mark)
    double: bool


@dataclass(frozen=True)
class QuoteSpan:
    """A paired quotation: ``start``/``end`` bound the content, marks excluded."""

    start: int
    end: int
    open_start: int
    close_end: int
    double: bool
    depth: int = 0
    closed: bool = True


DOUBLE_OPEN = "\u201c\u201e\u00ab\u201f"  # “ „ « ‟
DOUBLE_CLOSE = "\u201d\u00bb"  # ” »
SINGLE_OPEN = "\u2018\u201a\u2039"  # ‘ ‚ ‹
SINGLE_CLOSE = "\u2019\u203a"  # ’ ›
#: Stand-in double marks: the fullwidth mark of CJK keyboards (＂We stay,＂), the double
#: prime typed for a quote mark (″We stay,″) and the CJK double-prime pair (〝We stay〞).
#: Read as the marks they stand for; a double prime after a digit (5′11″) is a unit.
ALT_MARKS = {"\uff02": '"', "\u2033": '"', "\u301d": "\u201c", "\u301e": "\u201d", "\u301f": "\u201d"}
ALL_MARKS = (
    DOUBLE_OPEN + DOUBLE_CLOSE + SINGLE_OPEN + SINGLE_CLOSE + "\"'`\u300c\u300d\u300e\u300f" + "".join(ALT_MARKS)
)
# (a lone "\r" is an old Mac line end; "\r\n" is one line end, never two: a hard-wrapped
# line of a Windows file is no paragraph break)
PARA_SPLIT = re.compile(r"(?:\r\n|\r(?!\n)|\n)[ \t\u00a0\u2000-\u200b\u3000]*(?:\r\n|\r(?!\n)|\n)\s*")
#: Markup left in scraped text (``<tweet author="x">``): its attribute quotes are not quotations.
TAG = re.compile(r"</?[A-Za-z][\w:-]*(?:\s[^<>\n]*)?>")
#: A markup tag with no spaces inside (`<p>`, `</p>`, `<br/>`) that touches the words of
#: scraped text: the tokenizer splits it off, and spans leave it out at their edges.
MARKUP_TAG = r"</?[A-Za-z][\w:-]*/?>"
#: Quote marks written as HTML entities in scraped plain text (`&quot;We will appeal,&quot;`).
#: The text is never rewritten: each entity is one mark, read as the glyph it stands for,
#: and the tokenizer splits it off as one token whose norm is that glyph.
QUOTE_ENTITIES = {
    "&quot;": '"', "&#34;": '"', "&#x22;": '"',
    "&apos;": "'", "&#39;": "'", "&#x27;": "'",
    "&ldquo;": "\u201c", "&#8220;": "\u201c", "&rdquo;": "\u201d", "&#8221;": "\u201d",
    "&lsquo;": "\u2018", "&#8216;": "\u2018", "&rsquo;": "\u2019", "&#8217;": "\u2019",
    "&laquo;": "\u00ab", "&#171;": "\u00ab", "&raquo;": "\u00bb", "&#187;": "\u00bb",
    "&bdquo;": "\u201e", "&#8222;": "\u201e",
}
#: East Asian corner brackets (「The market will recover,」): unambiguous marks, read as
#: the curly marks they correspond to (『』 nest inside 「」 as single marks do).
CJK_MARKS = {"\u300c": "\u201c", "\u300d": "\u201d", "\u300e": "\u2018", "\u300f": "\u2019"}
QUOTE_ENTITY = "|".join(re.escape(e) for e in sorted(QUOTE_ENTITIES, key=len, reverse=True))
_DOUBLE_GLYPHS = "\u201c\u201d\u201e\u201f\u00ab\u00bb\u300c\u300d" + "".join(ALT_MARKS)
_SINGLE_GLYPHS = "'\u2018\u2019\u201a\u2039\u203a\u300e\u300f"
_TOKEN = re.compile(
    # An alternation whose every branch opens with a literal character: the regex engine
    # then skips in C to the next character one can start with. Led by a character
    # class inside the alternation it tried every branch at every character of the
    # article (the scan was two fifths of `find_quotes`, itself a tenth of the
    # extractor), and a lookahead naming those characters still entered the matcher
    # at each character (four times the cost of this scan, on 20 dev articles).
    "(?:"
    + "|".join([QUOTE_ENTITY, "``", "''", '"', *map(re.escape, _DOUBLE_GLYPHS + _SINGLE_GLYPHS)])
    + ")"
)


def _is_space(ch: str) -> bool:
    return ch.isspace() or ch in "\u00a0\u200b\ufeff"


def _opening_context(before: str) -> bool:
    """A mark preceded by this character can open a quotation."""
    return before == "" or _is_space(before) or before in "([{\u2014\u2013\u2015-/:;,"


def _closing_context(after: str) -> bool:
    """A mark followed by this character can close a quotation."""
    # A doubled closing mark (`stay,”” said`, a typing slip) closes at the first one.
    return after == "" or _is_space(after) or after in ".,;:!?)]}\u2014\u2013\u2015-/\u2026\u201d"


def find_marks(text: str, start: int = 0, end: int | None = None) -> list[Mark]:
    """Every quote mark in ``text[start:end]`` with its possible role.

    Single marks between letters (``don't``), after a plural ``s`` (``allies'``) or
    before a dropped-letter word (``'em``, ``'90s``) are apostrophes and are skipped.
    """
    end = len(text) if end is None else end
    marks: list[Mark] = []
    low9_open = False  # German style „...“ closes with the glyph English uses to open
    low9_single_open = False  # and ‚...‘ likewise
    skip_to = -1
    tags = [t.span() for t in TAG.finditer(text, start, end)] if text.find("<", start, end) != -1 else []
    for m in _TOKEN.finditer(text, start, end):
        s, e = m.span()
        if s < skip_to or (tags and any(ts < s < te for ts, te in tags)):
            continue
        found = m.group()
        tok = QUOTE_ENTITIES.get(found) or CJK_MARKS.get(found) or ALT_MARKS.get(found, found)
        before = _char_before(text, s)
        if found == "\u2033" and (before.isdigit() or before == "\u2032"):
            continue  # 5′11″, 12″: inches or seconds
        after = _char_after(text, e)
        if tok == "''" and after == "'" and e < end:
            # NYT ```'Fox and Friends,'''```: three apostrophes are a single mark and a
            # doubled one, the single inside (closing first, opening last).
            after3 = text[e + 1] if e + 1 < len(text) else ""
            if _closing_context(after3) and not _is_space(before):
                marks += [Mark(s, s + 1, CLOSE, False), Mark(s + 1, s + 3, CLOSE, True)]
            else:
                marks += [Mark(s, s + 2, OPEN, True), Mark(s + 2, s + 3, OPEN, False)]
            skip_to = s + 3
            continue
        if tok == "\u201c" and low9_open:
            marks.append(Mark(s, e, CLOSE, True))
            low9_open = False
            continue
        if tok == "\u2018" and low9_single_open and _closing_context(after) and before and not _is_space(before):
            marks.append(Mark(s, e, CLOSE, False))  # German single ‚...‘, as „...“
            low9_single_open = False
            continue
        if tok == "\u201a":
            low9_single_open = True
        if tok in "\u201e\u201c\u201d\u00ab\u00bb\"":
            low9_open = tok == "\u201e"
        if tok == "\u00bb" and _opening_context(before) and after.isalnum():
            marks.append(Mark(s, e, OPEN, True))  # German style: »Das Werk bleibt offen«
        elif tok == "\u00ab" and _closing_context(after) and before and not _is_space(before):
            marks.append(Mark(s, e, CLOSE, True))
        elif tok == "``":
            marks.append(Mark(s, e, OPEN, True))
        elif tok == "''" and _possessive_in_ptb_quote(text, s, e, before):
            continue  # ``The Giants'' defence was superb,'': the plural's apostrophe
        elif tok == "''" and _elided_after_opening(text, s, before):
            marks.append(Mark(s, s + 1, OPEN, False))  # `''Tis the season,'`: see below
        elif tok == "''":
            # NYT style closes with two apostrophes; a doubled mark that opens also exists.
            if _opening_context(before) and not _closing_context(after):
                marks.append(Mark(s, e, OPEN, True))
            else:
                marks.append(Mark(s, e, CLOSE, True))
        elif tok in DOUBLE_OPEN:
            if tok == "\u201c" and _closing_context(after) and (
                not _opening_context(before) or before in (",", ";") and (after == "" or _is_space(after))
            ):
                marks.append(Mark(s, e, CLOSE, True))  # “ typed as a closer: `see,“ said`
            else:
                marks.append(Mark(s, e, OPEN, True))
        elif tok in DOUBLE_CLOSE:
            line_start = s == 0 or text[s - 1] in "\n\r" or not text[text.rfind("\n", 0, s) + 1 : s].strip()
            if tok == "\u201d" and not _glued_after_stop(text, s, after) and (
                (_opening_context(before) and not _closing_context(after)) or line_start
            ):
                marks.append(Mark(s, e, OPEN, True))  # ” used as an opener, or opening a line
            else:
                marks.append(Mark(s, e, CLOSE, True))
        elif tok == '"':
            opens = _opening_context(before) and not _is_space(after) and after != ""
            closes = _closing_context(after) and not _is_space(before) and before != ""
            if _glued_after_stop(text, s, after):
                # `ready,"said Ada Ruiz`, `said."And`: glued between a comma or stop and
                # a word, the mark may close or open; the pairing tells which.
                opens = closes = True
            if opens and not closes:
                marks.append(Mark(s, e, OPEN, True))
            elif closes and not opens:
                marks.append(Mark(s, e, CLOSE, True))
            else:
                marks.append(Mark(s, e, BOTH, True))
        else:
            single = _single_mark(text, s, tok, before, after, e)
            if single:
                marks.append(single)
    return marks


#: Words written with a dropped first letter: 'em, 'tis, 'twas, 'cause, 'til, 'n', '90s.
ELIDED_WORD = re.compile(r"(?:em|cause|til|tis|twas|n|\d\d)s?\b", re.I)


#: A doubled closing mark after a comma or stop, before a space or the end (PTB style).
_PTB_CLOSER = re.compile(r"[,.?!]''(?=\s|$)")


def _possessive_in_ptb_quote(text: str, s: int, e: int, before: str) -> bool:
    """```The Giants'' defence was superb,'' said the coach``: text converted to PTB
    marks doubles every closing apostrophe, a plural's possessive one too. Two
    apostrophes after a plural "s" and before a lowercase word, inside a quotation
    opened with two backquotes that a doubled mark after a comma or stop closes later
    in the paragraph, are that apostrophe, not the closer."""
    if before != "s" or not re.match(r" [a-z]", text[e : e + 2]) or e - s != 2:
        return False
    para_start = text.rfind("\n\n", 0, s)
    opened = text.rfind("``", max(para_start, 0), s)
    if opened < 0 or "''" in text[opened:s]:
        return False
    para_end = text.find("\n\n", e)
    return _PTB_CLOSER.search(text, e, para_end if para_end >= 0 else len(text)) is not None


def _elided_after_opening(text: str, s: int, before: str) -> bool:
    """`''Tis the season,' he said`: two apostrophes opening a quotation before a word
    with a dropped first letter are a single opening mark and the word's apostrophe,
    not NYT's doubled opening mark, when no doubled mark follows in the paragraph to
    close it."""
    if not (text.startswith("''", s) and _opening_context(before) and ELIDED_WORD.match(text, s + 2)):
        return False
    para_end = text.find("\n\n", s)
    return "''" not in text[s + 2 : para_end if para_end >= 0 else len(text)]


def _glued_after_stop(text: str, s: int, after: str) -> bool:
    """A mark at ``s`` right after a word's comma or stop and right before a letter, no
    space on either side (`stay,”said`): it can close the quotation before it."""
    return s >= 2 and text[s - 1] in ",.!?" and text[s - 2].isalpha() and after.isalpha()


def _char_before(text: str, s: int) -> str:
    """The character before offset ``s``, an entity-written mark read as its glyph."""
    if s <= 0:
        return ""
    if text[s - 1] == ";":
        amp = text.rfind("&", max(0, s - 8), s)
        if amp >= 0 and text[amp:s] in QUOTE_ENTITIES:
            return QUOTE_ENTITIES[text[amp:s]]
    return text[s - 1]


def _char_after(text: str, e: int) -> str:
    """The character at offset ``e``, an entity-written mark read as its glyph."""
    if e >= len(text):
        return ""
    if text[e] == "&":
        semi = text.find(";", e, e + 8)
        if semi >= 0 and text[e : semi + 1] in QUOTE_ENTITIES:
            return QUOTE_ENTITIES[text[e : semi + 1]]
    return text[e]


def _single_mark(text: str, s: int, tok: str, before: str, after: str, e: int) -> Mark | None:
    """Classify a single mark (``text[s:e]``, one character unless an entity), or None
    for an apostrophe."""
    if before.isalnum() and after.isalnum():
        return None  # don't, O'Brien, Côte d'Ivoire
    if tok in SINGLE_OPEN or tok in "'`":
        if _opening_context(before) and after and not _is_space(after):
            # 'em, '90s, 'cause: a dropped-letter apostrophe rather than an open quote.
            if ELIDED_WORD.match(text[e : e + 5]):
                return Mark(s, e, OPEN, False) if _elided_opens(text, s, e, after) else None
            if tok in SINGLE_OPEN or tok == "'":
                return Mark(s, e, OPEN, False)
        if tok in SINGLE_OPEN:
            return None
    if tok == "\u2019" and (
        _right_single_opens(text, e, before, after)
        or _opening_context(before) and ELIDED_WORD.match(text[e : e + 5]) and _elided_opens(text, s, e, after)
    ):
        return Mark(s, e, OPEN, False)
    if tok in SINGLE_CLOSE or tok == "'":
        if re.fullmatch(r"\s['\u2018\u2019]n", text[max(0, s - 3) : s]):
            return None  # rock 'n' roll: the second apostrophe of 'n'
        if _closing_context(after) and before and not _is_space(before):
            # allies' (plural possessive) is ambiguous: keep it as a possible close.
            return Mark(s, e, CLOSE, False)
    return None


#: A single closing mark after a comma or stop, before a space or the end: where a
#: British quotation closes before its attribution.
_SINGLE_CLOSER = re.compile(r"[,.?!]['\u2019](?=\s|$)")


def _elided_opens(text: str, s: int, e: int, after: str) -> bool:
    """`'Twas the best of times,' said Iris Penrose`: one mark before a capitalised
    dropped-letter word opening a sentence is the quotation's opener (the word's own
    apostrophe merged into it) when the paragraph closes a single quotation later, with
    no other single mark at a word's start between; else it stays an apostrophe."""
    if not after.isupper() or text[:s].rstrip()[-1:] not in ("", ".", "!", "?", "\n"):
        return False
    para_end = text.find("\n\n", e)
    rest = text[e : para_end if para_end >= 0 else len(text)]
    close = _SINGLE_CLOSER.search(rest)
    return close is not None and re.search(r"(?:^|\s)['\u2018\u2019]", rest[: close.start()]) is None


#: A right single mark that ends a sentence piece of its paragraph (`ready,’ said`): the
#: closer a right single mark typed as the opener pairs with.
RIGHT_SINGLE_CLOSER = re.compile(r"[,.?!]\u2019(?=\s|$)")


def _right_single_opens(text: str, e: int, before: str, after: str) -> bool:
    """`’We are ready,’ said Ola Berg`: smart-quote software that sees no word before a
    mark types the right single mark as the opener too. Before a capital at a word's
    start it opens when a right single mark after a comma or stop closes later in the
    same paragraph, with no left single mark or other opener-shaped one between; a
    dropped-letter word (’Tis, ’Cause) stays an apostrophe."""
    if not (_opening_context(before) and after.isupper()) or ELIDED_WORD.match(text[e : e + 5]):
        return False
    para_end = text.find("\n\n", e)
    rest = text[e : para_end if para_end >= 0 else len(text)]
    close = RIGHT_SINGLE_CLOSER.search(rest)
    if close is None:
        return False
    between = rest[: close.start()]
    return "\u2018" not in between and re.search(r"(?:^|\s)\u2019", between) is None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph bounds: blank-line separated, or single lines when there are no blanks."""
    return list(_paragraphs(text))


@functools.lru_cache(maxsize=16)
def _paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """`paragraphs`, cached: the extractor, the resolver and `find_quotes` each split the
    same article (a new list is handed out each time, the cached bounds are tuples)."""
    bounds = []
    pos = 0
    for m in PARA_SPLIT.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    if len(bounds) == 1 and (len(text) > 2000 or _lines_are_paragraphs(text)):
        bounds = [(m.start(), m.end()) for m in re.finditer(r"[^\r\n]+", text)]
    return tuple((s, e) for s, e in bounds if text[s:e].strip())


#: The widest anyone wraps lines by hand (hard-wrapped text keeps to ~80): a longer line
#: was not wrapped, and a hand-wrapped block keeps all its lines within it.
_WRAP_WIDTH_MAX = 100


def _lines_are_paragraphs(text: str) -> bool:
    """A short text with no blank line whose lines run past the width anyone wraps at:
    the main text a page reader (trafilatura) gives, one paragraph a line. Its single
    line breaks end paragraphs, as they do in a long text; a hard-wrapped text, whose
    breaks fall inside paragraphs, keeps all its lines short."""
    return "\n" in text.strip() and any(len(line) > _WRAP_WIDTH_MAX for line in text.splitlines())


def _pair(
    marks: list[Mark], double: bool, strays: list[tuple[Mark, Mark]] | None = None
) -> tuple[list[tuple[Mark, Mark]], Mark | None]:
    """Pair marks of one kind left to right; returns pairs and a dangling opener.
    ``strays`` collects each opener given up for a second one, with that second one."""
    pairs: list[tuple[Mark, Mark]] = []
    opener: Mark | None = None
    for mark in marks:
        if mark.double != double:
            continue
        if opener is None:
            if mark.role in (OPEN, BOTH):
                opener = mark
        elif mark.role in (CLOSE, BOTH):
            pairs.append((opener, mark))
            opener = None
        elif mark.role == OPEN:
            # Two openers in a row: the first was stray; recover from the second.
            if strays is not None:
                strays.append((opener, mark))
            opener = mark
    return pairs, opener


GUILLEMETS = "\u00ab\u00bb"
#: The most marks one quotation is taken to nest (see `_nested_in_other_marks`).
MAX_NESTED_MARKS = 64


def _family(text: str, mark: Mark) -> str:
    """The style a double mark belongs to: marks of one style pair with each other."""
    ch = ALT_MARKS.get(text[mark.start], text[mark.start])
    if ch in GUILLEMETS:
        return "guillemet"
    if ch == '"':
        return "straight"
    if ch in "`'":
        return "doubled"
    return "curly"


def _nested_in_other_marks(text: str, doubles: list[Mark]) -> tuple[list[Mark], list[tuple[Mark, Mark]]]:
    """`«They called it “progress”,» said Ada`, `"They called it «Tide», and it failed,"
    said Kofi`: a quotation in one style of double marks nests its own quotations in
    another, which the flat pairing of double marks would read as a stray opener and a
    stray closer (losing the outer quotation). Any style nests in guillemets or curly
    marks, only guillemets in straight ones: curly marks inside a straight pair are left
    to the flat pairing (scraped text wraps whole paragraphs holding curly quotations in
    straight marks). The marks between an
    opener and the next mark of its own style that pair among themselves are the nested
    quotations (returned apart); the outer marks then pair as usual. Only an opener of
    the flat pairing counts (an even number of marks of its style before it), so a
    title in guillemets between two quotations stays a quotation of its own."""
    nested: list[tuple[Mark, Mark]] = []
    out: list[Mark] = []
    families = [_family(text, m) for m in doubles]
    # Where each style's closers (and unknowns) are, and how many marks of each style
    # are already out: a line of 30,000 quote marks is read in one pass, not 30,000.
    closers: dict[str, list[int]] = {}
    for j, (mark, family) in enumerate(zip(doubles, families, strict=True)):
        if mark.role != OPEN:
            closers.setdefault(family, []).append(j)
    seen: dict[str, int] = {}
    k = 0
    while k < len(doubles):
        mark = doubles[k]
        family = families[k]
        out.append(mark)
        k += 1
        before = seen.get(family, 0)
        seen[family] = before + 1
        if mark.role == CLOSE or before % 2:
            continue
        ends = closers.get(family, [])
        at = bisect.bisect_left(ends, k)
        if at == len(ends) or ends[at] == k or ends[at] - k > MAX_NESTED_MARKS:
            continue  # (a quotation nests a few quotations, not pages of marks)
        close = ends[at]
        if family == "straight" and any(f != "guillemet" for f in families[k:close]):
            continue  # curly marks inside a straight pair: scraped paragraphs wrapped whole
        inner = doubles[k:close]
        pairs, dangling = _pair(inner, True)
        if dangling is None and pairs and 2 * len(pairs) == len(inner):
            nested += pairs
            k = close
    return out, nested


def _mismatched_pair(text: str, marks: list[Mark], doubles: list[Mark]) -> list[Mark]:
    """`‘We will fight on,” said Lina Haddad.`: a typing slip opens a quotation with a
    single curly mark and closes it with a double one (or `“...,’` the other way round).
    Each kind alone pairs nothing and the quotation is lost. When a paragraph's only
    double mark and its only single mark are such an opener and, after it, a closer
    right after the quotation's closing punctuation (which no apostrophe follows), the
    single mark counts as a double one and the two pair. ``doubles`` are the double
    marks of ``marks``; ``marks`` itself comes back when nothing changes."""
    if len(doubles) != 1 or len(marks) != 2:  # (one double and one single mark)
        return marks
    singles = [m for m in marks if not m.double]
    d, sm = doubles[0], singles[0]
    if sm.start < d.start and text[sm.start] == "\u2018" and sm.role == OPEN and text[d.start] == "\u201d":
        closer = d
    elif d.start < sm.start and text[d.start] == "\u201c" and d.role == OPEN and text[sm.start] == "\u2019":
        closer = sm
    else:
        return marks
    if closer.role == OPEN or text[closer.start - 1 : closer.start] not in tuple(",.!?"):
        return marks
    role = OPEN if sm is not closer else CLOSE
    return [Mark(m.start, m.end, role, True) if m is sm else m for m in marks]


def find_quotes(text: str) -> list[QuoteSpan]:
    """All quotations in ``text``, top-level double-quoted ones first in importance.

    Returns double-quoted spans (depth 0), single-quoted spans outside them (depth 0,
    British style) and single-quoted spans nested inside double quotes (depth 1).
    """
    return list(_find_quotes(text))


@functools.lru_cache(maxsize=16)
def _find_quotes(text: str) -> tuple[QuoteSpan, ...]:
    """`find_quotes`, cached: the extractor and the resolver both read an article's
    quotations, a scan of every character (the spans are frozen; each caller gets a list
    of its own)."""
    result: list[QuoteSpan] = []
    carry: Mark | None = None  # an unclosed opener continued into the next paragraph
    carry_start = 0
    s_carry: Mark | None = None  # the same for a British single-quoted quotation
    strays: list[tuple[Mark, Mark]] = []
    for p_start, p_end in paragraphs(text):
        marks = find_marks(text, p_start, p_end)
        if not marks and carry is None and s_carry is None:
            continue  # (two paragraphs in three: no mark, nothing carried in, nothing to pair)
        doubles = [m for m in marks if m.double]
        if carry is not None:
            first_text = text[p_start:p_end].lstrip()
            leading = doubles[0] if doubles else None
            if leading is not None and leading.start == p_end - len(first_text) and leading.role != CLOSE:
                doubles = doubles[1:]  # the paragraph re-opens the carried quote
                pairs, dangling = _pair([Mark(carry.start, carry.end, OPEN, True), *doubles], True, strays)
            elif leading is not None and leading.role == CLOSE:
                # `“Nobody warned us.` then `We lost everything.”`: the paragraph goes on
                # with the carried quote without re-opening it, and closes it.
                result.append(QuoteSpan(carry.end, leading.start, carry.start, leading.end, True))
                carry = None
                pairs, dangling = _pair(doubles[1:], True, strays)
            else:
                # The carried quote never closed: close it at its paragraph's end.
                result.append(_unclosed(text, carry, carry_start))
                carry = None
                pairs, dangling = _pair(doubles, True, strays)
        else:
            paired = _mismatched_pair(text, marks, doubles)
            if paired is not marks:  # (a single mark read as a double: the doubles anew)
                marks = paired
                doubles = [m for m in marks if m.double]
            doubles, nested = _nested_in_other_marks(text, doubles)
            result.extend(QuoteSpan(o.end, c.start, o.start, c.end, True, depth=1) for o, c in nested)
            lost = _lost_open(text, p_start, marks, doubles)
            if lost is not None:
                result.append(lost)
                doubles = doubles[1:]
            pairs, dangling = _pair(doubles, True, strays)
        # `"We came at night, he said. "Nobody warned us."`: an opener given up for the
        # next one whose close mark was lost before an attribution is a quotation of its
        # own, ending at that attribution's comma.
        result.extend(_unclosed(text, stray, after.start) for stray, after in strays if _lost_close(text, stray, after.start))
        strays.clear()
        carry = None
        for o, c in pairs:
            result.append(QuoteSpan(o.end, c.start, o.start, c.end, True))
        if dangling is not None and _can_continue(text, dangling.end, p_end) and not _lost_close(text, dangling, p_end):
            carry = dangling
            carry_start = _rstrip_end(text, p_start, p_end)
        elif dangling is not None:
            end = _rstrip_end(text, p_start, p_end)
            stop = _stray_opener_end(text, dangling, end)
            if stop is None:
                result.append(_unclosed(text, dangling, end))
            else:
                # (closed where its sentence ends: `called it "a disgrace. Later ...`
                # still quotes "a disgrace.", and hides nothing after it)
                result.append(QuoteSpan(dangling.end, stop, dangling.start, stop, True, closed=False))
        inside = [(o.end, c.start) for o, c in pairs]
        if dangling is not None:
            inside.append((dangling.end, p_end))
        singles = [m for m in marks if not m.double]
        reopened = None
        if s_carry is not None and singles and singles[0].role == OPEN and not doubles:
            first_text = text[p_start:p_end].lstrip()
            if singles[0].start == p_end - len(first_text):
                reopened, singles = s_carry, singles[1:]
        spans, s_dangling = _single_quotes(text, singles, inside, reopened)
        result.extend(spans)
        s_carry = None
        if s_dangling is not None and not doubles and _can_continue(text, s_dangling.end, p_end):
            s_carry = s_dangling
    if carry is not None:
        result.append(_unclosed(text, carry, carry_start))
    result = _nest_in_singles(result)
    trimmed = [_trim(text, q) for q in result]
    trimmed = [q for q in trimmed if q.end > q.start]  # nothing but spaces: no quotation
    trimmed.sort(key=lambda q: (q.start, -q.end))
    return tuple(trimmed)


#: Speech verbs that report a quotation from after it (`, Kim Loh said`), and the more
#: that may open an attribution before the speaker (`, replied Kim Loh`).
_CUE_AFTER = r"(?:said|says|told|added|asked)"
_CUE_BEFORE = r"(?:said|says|told|added|asked|replied|insisted|warned|explained)"
#: A capitalised word of a name (`Prieto`, `O'Neill`, `Dahl-Berg`).
_NAME_WORD = r"[A-Z][\w'\u2019-]+"

#: A lowercase word of a described speaker, possessive too (`the union's general secretary`).
_ROLE_WORD = r"[a-z]+(?:['\u2019]s?)?"

#: An attribution inside a quotation that never closes: `"We are staying, said Kim Loh.`
#: -- a comma, then a speech verb before a capitalised name (after one lowercase role word
#: at most) or a pronoun, or a name (one to three capitalised words, after one lowercase
#: role word at most: `, captain Erik Dahl said`) or a pronoun before it; or a speech verb
#: before "the" and a role closed by a comma or stop (`, said the councillor, Maya Ortiz`);
#: or a described speaker with the name set off after the description before the verb
#: (`"We will rebuild, the mayor, Ana Prieto, told residents`; `, the union's leader, ...`).
_LOST_CLOSE = re.compile(
    r",[ \t]+(?:"
    rf"{_CUE_BEFORE}[ \t]+(?:[a-z]+[ \t]+)?"
    r"(?:[A-Z]|he\b|she\b|they\b)"
    rf"|{_CUE_BEFORE}[ \t]+the[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[,.]"
    r"|(?:(?!and\b|but\b|or\b|so\b|then\b|when\b|as\b|because\b|if\b)[a-z]+[ \t]+)?"
    rf"(?:{_NAME_WORD}[ \t]+){{1,3}}{_CUE_AFTER}\b"
    rf"|(?:he|she|they)[ \t]+{_CUE_AFTER}\b"
    rf"|(?:the|a|an)[ \t]+(?:{_ROLE_WORD}[ \t]+){{0,2}}[a-z]+,[ \t]+(?:{_NAME_WORD}[ \t]+){{0,2}}{_NAME_WORD},"
    rf"[ \t]+{_CUE_AFTER}\b"
    r")"
)


def _lost_close(text: str, opener: Mark, end: int) -> bool:
    """An unclosed opener with an attribution after a comma inside (`"We could not see
    the entrance, captain Erik Dahl said.`): its close mark was lost at that comma, so the
    quotation ends there and does not go on into the next paragraph, whose own opening
    mark starts a quotation of its own."""
    m = _LOST_CLOSE.search(text, opener.end, end)
    return m is not None and m.start() - opener.end >= 3


def _lost_open(text: str, p_start: int, marks: list[Mark], doubles: list[Mark]) -> QuoteSpan | None:
    """A paragraph whose first mark closes a quotation never opened (`We are ready,"
    said coach Ivo Marek.`): the open mark was lost at the paragraph's start, where a
    reader puts it, when the words before the close mark read as a quotation's end (a
    capital first, two words or more, a comma, stop, "?" or "!" last). Nothing carried
    in from the paragraph before (the caller's other branch closes a carried quotation)."""
    if not doubles or doubles[0].role != CLOSE or marks[0] is not doubles[0]:
        return None
    if len(doubles) > 1 and doubles[1].role == CLOSE:
        return None  # (`He says,” there are ...”`: the first mark was an opener, turned)
    close = doubles[0]
    start = p_start
    while start < close.start and _is_space(text[start]):
        start += 1
    if _LINE_LABEL.match(text, start, close.start):
        return None  # (`A: I am surprised ...”`: an interview's answer, the labels' job)
    cues = list(_CUE_THEN_WORDS.finditer(text, start, close.start))
    if cues:
        start = cues[-1].end()  # (`Listing them she added, Trump is a failure.”`)
    body = text[start : close.start]
    if not body[:1].isupper() or body[-1:] not in ",.!?" or len(body.split()) < 2:
        return None
    return QuoteSpan(start, close.start, start, close.end, True)


#: A speaker's or speech's label opening a line (`A:`, `Q:`, `MORALES:`).
_LINE_LABEL = re.compile(r"[A-Z][\w.]{0,20}:[ \t]")
#: A speech verb and a comma or colon, the words after it quoted (see `_lost_open`).
_CUE_THEN_WORDS = re.compile(rf"\b{_CUE_BEFORE}[,:][ \t]+")


def _unclosed(text: str, opener: Mark, end: int) -> QuoteSpan:
    """A quotation whose close mark is missing: it runs to ``end`` (its paragraph's end),
    unless an attribution after a comma inside shows where it stopped (`"We are staying,
    said Kim Loh. Police watched.`): then it ends with that comma, and the cue after it
    attributes it as if the mark were there."""
    m = _LOST_CLOSE.search(text, opener.end, end)
    if m is not None and m.start() - opener.end >= 3:
        end = m.start() + 1
    return QuoteSpan(opener.end, end, opener.start, end, True, closed=False)


#: A sentence end inside an unclosed quotation: the next sentence starts with a capital.
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z])")


def opens_after_word(text: str, start: int) -> bool:
    """The mark at ``start`` follows a word and one space (`called it "a disgrace`): it
    opens mid-sentence, a fragment of a clause, not a sentence or a block after a colon
    or comma (`said: "We`, `said, "We`)."""
    before = text[max(0, start - 2) : start]
    return len(before) == 2 and before[1].isspace() and before[0].isalnum()


def _stray_opener_end(text: str, opener: Mark, end: int) -> int | None:
    """Where the sentence of an unclosed opener that cannot go on into the next
    paragraph ends, when that opener is a stray (None when it is not).

    One opening mid-sentence, right after a word, whose sentence ends before the
    paragraph does (`The "miracle crop failed. Ruiz said ...`), is a scare quote that
    lost its close: taken as running to the paragraph's end it would hide the reports
    after it, so it closes at its sentence's end. One opening a sentence or after a
    colon or comma is a quotation that lost its close and runs to the end as before.
    """
    if not opens_after_word(text, opener.start):
        return None
    stop = _SENTENCE_END.search(text, opener.end, end)
    return stop.end() if stop is not None else None


def _nest_in_singles(quotes: list[QuoteSpan]) -> list[QuoteSpan]:
    """British style quotes in single marks and nests in double ones (`'He said "no",'`):
    a double-quoted span inside a top-level single-quoted one is the nested one."""
    outer = [q for q in quotes if not q.double and q.depth == 0 and q.closed]
    if not outer:
        return quotes

    def nested(q: QuoteSpan) -> bool:
        return q.double and q.depth == 0 and any(o.open_start < q.open_start and q.close_end < o.close_end for o in outer)

    free = sum(1 for q in quotes if q.double and q.depth == 0 and not nested(q))
    if free >= len(outer):
        return quotes  # a document quoting in double marks: its single marks nest
    return [
        dataclasses.replace(q, depth=1) if nested(q) else q
        for q in quotes
    ]


def _can_continue(text: str, start: int, end: int) -> bool:
    """An unclosed quote that may go on in the next paragraph: a few words at least (or
    a short finished sentence: `"Nobody came.`), and not shut inside a parenthesis opened
    before it (`(Forbes tracks ''family fortunes.'.')`)."""
    rest = text[start:end]
    words = rest.split()
    sentence = rest[:1].isupper() and rest.rstrip()[-1:] in ".!?"
    if (len(words) < 3 and not sentence) or rest.count(")") > rest.count("("):
        return False
    before = text[: start - 1].rstrip()[-1:]
    return not (rest[:1].islower() and before.isalpha())


def _rstrip_end(text: str, start: int, end: int) -> int:
    while end > start and _is_space(text[end - 1]):
        end -= 1
    return end


def _single_quotes(
    text: str, singles: list[Mark], inside: list[tuple[int, int]], carry: Mark | None = None
) -> tuple[list[QuoteSpan], Mark | None]:
    """Single-quoted spans, nested in a double quote (depth 1) or standing alone.

    Also returns the paragraph's dangling top-level opener: British style reopens a
    long quotation on each paragraph and closes it only at the end (`'We went a goal
    down ... \n\n'Tomás ... He did.'`), so ``find_quotes`` carries it like a double.
    ``carry`` is such an opener from the paragraph before; the caller has already
    dropped the paragraph's own reopening mark.
    """
    out = []
    # `'The ministers' plan is dead,'`: a plural possessive followed by a lowercase word,
    # with another closing mark still to come (and no opening one first), is an apostrophe; so is a dropped final g
    # (`'We were singin' and dancin' all night,'`) or d (`'It's the ol' story,'`, `rock
    # an' roll`, `a cup o' tea`).
    # Or one right before the punctuation that ends the quotation, the real closing
    # mark right after it (`'Tell 'em we're comin',' said Lem Tucker`).
    singles = [
        m
        for i, m in enumerate(singles)
        if not (
            m.role == CLOSE
            and (text[m.start - 1 : m.start] in ("s", "S") or re.search(r"\b(?:[a-z]{2,}in|[Oo]l|an|o)$", text[max(0, m.start - 20) : m.start]))
            and (
                re.match(r" [a-z]", text[m.end : m.end + 2])
                and any(n.role in (CLOSE, BOTH) for n in singles[i + 1 :])
                # (`'chaos' and 'carnage'`: a mark that opens next, before any close,
                # makes this one the close of a word in marks, not a possessive)
                and not (i + 1 < len(singles) and singles[i + 1].role == OPEN)
                or re.match(r"[,.;:!?]", text[m.end : m.end + 1])
                and i + 1 < len(singles)
                and singles[i + 1].start == m.end + 1
                and singles[i + 1].role in (CLOSE, BOTH)
            )
        )
    ]
    singles = _drop_inner_apostrophes(text, singles)
    if carry is not None:
        singles = [carry, *singles]
    pairs, dangling = _pair(singles, False)
    for o, c in pairs:
        if o is carry:
            out.append(QuoteSpan(o.end, c.start, o.start, c.end, False))
            continue
        if c.start - o.end > 600:
            continue  # an apostrophe paired with a distant one: not a quotation
        depth = int(any(s <= o.start and c.end <= e for s, e in inside))
        out.append(QuoteSpan(o.end, c.start, o.start, c.end, False, depth=depth))
    if dangling is not None and dangling is not carry and any(s <= dangling.start < e for s, e in inside):
        dangling = None
    return out, dangling


def _strong_close(text: str, mark: Mark) -> bool:
    """A closing single mark right after a comma or stop (`water,'`), where a British
    quotation ends before its attribution."""
    return mark.role in (CLOSE, BOTH) and text[mark.start - 1 : mark.start] in (",", ".", "?", "!")


def _glued_apostrophe(text: str, m: Mark) -> bool:
    """A single mark shaped like a dropped letter's apostrophe: glued to a word's end
    before a lowercase word (`wi' the`) or to a lowercase word's start (`'orrible`)."""
    if m.role == CLOSE:
        return text[m.start - 1 : m.start].isalpha() and re.match(r" [a-z]", text[m.end : m.end + 2]) is not None
    return m.role == OPEN and text[m.end : m.end + 1].islower() and _is_space(text[m.start - 1 : m.start] or " ")


def _drop_inner_apostrophes(text: str, singles: list[Mark]) -> list[Mark]:
    """Drop single marks that would break a British quotation whose real close comes
    after them: with one quotation open and its punctuated close next (past any more
    such marks), a dropped-letter-shaped mark (`_glued_apostrophe`: `'There's summat
    wrong wi' the water,'`, `'We 'ad no warning an' no 'elp,'`) is an apostrophe, not a
    close or a nested opener (nesting would leave the outer one unclosed). A lowercase
    quotation nested in single marks (`'They call it 'the shed' and love it,'`) loses
    its own marks so: pairing cannot nest marks of one kind, and without this the outer
    quotation, the speaker's words, was lost to the inner one."""
    out: list[Mark] = []
    for i, m in enumerate(singles):
        k = i + 1
        while k < len(singles) and _glued_apostrophe(text, singles[k]):
            k += 1
        nxt = singles[k] if k < len(singles) else None
        after = singles[k + 1] if k + 1 < len(singles) else None
        one_open = bool(out) and out[-1].role == OPEN and (len(out) < 2 or out[-2].role != OPEN)
        closed_next = nxt is not None and _strong_close(text, nxt) and (after is None or after.role == OPEN)
        if one_open and closed_next and _glued_apostrophe(text, m):
            continue
        out.append(m)
    return out


def _trim(text: str, q: QuoteSpan) -> QuoteSpan:
    """Drop whitespace just inside the marks so content has no padding."""
    s, e = q.start, q.end
    while s < e and _is_space(text[s]):
        s += 1
    while e > s and _is_space(text[e - 1]):
        e -= 1
    if (s, e) == (q.start, q.end):
        return q
    return QuoteSpan(s, e, q.open_start, q.close_end, q.double, q.depth, q.closed)


#: A wire dateline opening a paragraph: "LONDON (Reuters) - ", "NAIROBI, March 3 (AP) \u2014 ",
#: "BERLIN \u2013 ". Place in capitals, optional comma groups (date, state), optional agency
#: in brackets, then a dash and a space.
DATELINE = re.compile(
    r"[ \t]*[A-Z][A-Z'.\-]+(?:[ /][A-Z][A-Z'.\-]+){0,3}"
    r"(?:,[ \t][A-Z][\w.]*(?:[ \t][\w.]+){0,2}){0,2}"
    r"(?:[ \t]*\([A-Z][^()\n]{0,40}\))?"
    r"[ \t]*(?:\u2014|\u2013|\u2015|--|-)[ \t]+(?=[A-Z\"'`\u201c\u2018\u00ab\u00bb\u201e])"
)


def dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the dateline that opens ``text[start:end]`` ends, or None without one.

    The dateline is no part of the first sentence: a quote right after it opens its
    sentence, and the agency in brackets speaks for nobody in the story."""
    m = DATELINE.match(text, start, end)
    return m.end() if m else None


#: A live blog's time stamp opening an entry: "10:42 a.m. \u2014 ", "[16:02] ", "(09:15 GMT) ",
#: "14:30 - ", "16:02 " right before an opening quote mark. Like a dateline it is the page's
#: layout, no lead of the sentence after it ("10:42 a.m. \u2014 \"We ...,\" the mayor said").
LIVE_STAMP = re.compile(
    r"[ \t]*[\[(]?\d{1,2}[:.]\d{2}(?:[ \t]*(?:[ap]\.m\.|[ap]m|[AP]M))?(?:[ \t]+[A-Z]{2,4})?[\])]?"
    r"(?:[ \t]*(?:\u2014|\u2013|\u2015|--|-|\|))?[ \t]+(?=[A-Z\"'`\u201c\u2018\u00ab\u201e])"
)


def live_stamps(text: str, paras: list[tuple[int, int]]) -> dict[int, int]:
    """Paragraph start -> end of the live-blog time stamp opening it (:data:`LIVE_STAMP`)."""
    return {s: m.end() for s, e in paras if text[s : s + 1] in "[(0123456789 \t" and (m := LIVE_STAMP.match(text, s, e))}


def datelines(text: str, paras: list[tuple[int, int]]) -> dict[int, int]:
    """Paragraph start -> end of the dateline opening that paragraph, for those that
    have one (``paras`` as :func:`paragraphs` gives them)."""
    return {s: d for s, e in paras if (d := dateline_end(text, s, e)) is not None}


#: Words that end a hard-wrapped line whose sentence goes on in the next one, whatever
#: its case ('"...," said<newline>Piet Jansen').
WRAPPING_CUES = frozenset("said told added asked wrote replied".split())
#: Lowercase function words that cannot end a sentence: a line ending in one goes on
#: in the next ("said on<newline>Monday that"). A capitalised one ends a Title Case
#: headline ("What Voters Believe In") and breaks nothing.
WRAPPING_WORDS = frozenset(
    """
    a an the of on in at to by for with from into and or but that than
    before after about over under between during without within against among across since
    through towards toward until upon his her its their our my your
    """.split()
)


def line_wraps(text: str, end: int, next_word: str) -> bool:
    """A single line break (at ``end``) inside a sentence of hard-wrapped text.

    The next line opens in lower case after a line with no sentence-final mark ("The
    vote is<newline>over"), or it opens with a capital after a line that cannot end a
    sentence: a comma, also inside closing marks ('"It is over,"<newline>Ada Kerr said'),
    or a cue verb ('said<newline>Piet Jansen').
    """
    line = text[text.rfind("\n", 0, end) + 1 : end].rstrip()
    bare = line.rstrip("\"'\u201d\u2019\u00bb")
    if not bare:
        return False
    if next_word[:1].islower():
        return not bare.endswith((".", "!", "?", ":", ";"))
    if next_word[:1].isdigit():
        # "will not be ready until<newline>2030": a number after a preposition goes on
        return line.rsplit(None, 1)[-1] in WRAPPING_WORDS
    if not next_word[:1].isupper():
        return False
    words = line.rsplit(None, 2)
    last = words[-1]
    if last in WRAPPING_WORDS:
        return True
    # 'said Kwabena<newline>Asante': a cue and one capitalised word before the break is a
    # name going on in the next line.
    return (
        bare.endswith(",")
        or last.lower() in WRAPPING_CUES
        or len(words) >= 2 and words[-2].lower() in WRAPPING_CUES and last.isalpha() and last.istitle()
        or _wrapped_at_width(text, end, line)
    )


#: Lines of a hand-wrapped block: at least this many, none longer than the widest wrap.
_WRAPPED_BLOCK_LINES = 3
_WRAPPED_LINE_MIN = 40


def _wrapped_at_width(text: str, end: int, line: str) -> bool:
    """ "says pupils at Pellan<newline>Primary will ...": in a block of three or more
    lines wrapped by hand (a newsletter, an e-mail), a line running to near the block's
    width with no mark that ends a sentence was cut for width, whatever word comes next;
    a short line there (a heading, a sign-off) or one in title case (a headline in a list
    of related links) is a line of its own."""
    if line.endswith((".", "!", "?", ":", ";", '"', "\u201d", "'", "\u2019", ")")):
        return False
    if all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in TITLE_SMALL_WORDS for w in line.split()):
        return False  # a line in title case is a headline of its own, in a list of them
    start = max(text.rfind("\n\n", 0, end), text.rfind("\n\r\n", 0, end))
    stop = min((i for i in (text.find("\n\n", end), text.find("\n\r\n", end)) if i >= 0), default=len(text))
    lines = [x.rstrip() for x in text[start + 1 : stop].splitlines() if x.strip()]
    if len(lines) < _WRAPPED_BLOCK_LINES:
        return False
    width = max(len(x) for x in lines)
    return width <= _WRAP_WIDTH_MAX and len(line) >= max(_WRAPPED_LINE_MIN, 0.75 * width)


def is_quote_token(text: str) -> bool:
    """True for a token that starts with a quote mark or is an entity-written one."""
    return bool(text) and (is_quote_char(text[0]) or text in QUOTE_ENTITIES)


def is_quote_char(ch: str) -> bool:
    """True for any character that can be a quotation mark (used by scoring and trimming)."""
    return ch in ALL_MARKS
