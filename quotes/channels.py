"""Where a quote was said: the channel (interview, press conference, Twitter...) and its words.

The ``quotes_channels`` pipeline component reads the words around each quote's cue in
the parse: the cue's own dependents (``told NBC's "Nightly News"``, ``said in a
statement``, ``wrote on Twitter``, ``told a press conference in Brussels``), the clause
the cue hangs from (``in a televised address on Tuesday, in which he warned``), a
participle next to it (``Speaking at a press conference, Stoltenberg said``), the
speaker mention (``the statement said``) and the cue verb itself (``tweeted``). It sets
``Quote.channel`` to one of :data:`CHANNELS` and ``Quote.channel_detail`` to the words
that say so ("NBC's Nightly News", "a press conference in Brussels").

A quote continued with "he added" takes the channel of the quote it continues. Nothing
is guessed from the article as a whole: no words at the cue, no channel.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Token

from quotes.doccolumns import char_span, head_of, kids, text_length
from quotes.doctext import doc_text
from quotes.gcpause import collection_paused
from quotes.models import Quote, replace_quote

log = logging.getLogger(__name__)

#: Every value ``Quote.channel`` can take.
CHANNELS = (
    "twitter",
    "telegram",
    "facebook",
    "instagram",
    "tiktok",
    "youtube",
    "linkedin",
    "truth social",
    "weibo",
    "vk",
    "social media",
    "press conference",
    "interview",
    "statement",
    "television",
    "radio",
    "parliament",
    "court",
    "speech",
    "letter",
    "op-ed",
    "podcast",
    "reporters",
)

# -- word lists ---------------------------------------------------------------

#: Platform names (lower case) -> channel. "X" and "Threads" are matched case-sensitively.
PLATFORMS = {
    "twitter": "twitter",
    "tweet": "twitter",
    "tweets": "twitter",
    "telegram": "telegram",
    "facebook": "facebook",
    "instagram": "instagram",
    "tiktok": "tiktok",
    "youtube": "youtube",
    "linkedin": "linkedin",
    "weibo": "weibo",
    "vkontakte": "vk",
    "vk": "vk",
}
CASED_PLATFORMS = {"X": "twitter"}
#: Two-word platforms, matched on lower-cased adjacent tokens.
PLATFORM_BIGRAMS = {("truth", "social"): "truth social", ("social", "media"): "social media"}

#: Nouns (lemma, lower case) that name a channel by themselves.
NOUN_CHANNELS = {
    "statement": "statement",
    "communique": "statement",
    "communiqué": "statement",
    "release": "statement",  # "a press release"
    "interview": "interview",
    "briefing": "press conference",
    "presser": "press conference",
    "address": "speech",
    "speech": "speech",
    "remarks": "speech",
    "remark": "speech",
    "lecture": "speech",
    "keynote": "speech",
    "rally": "speech",
    "sermon": "speech",
    "television": "television",
    "tv": "television",
    "broadcast": "television",
    "radio": "radio",
    "parliament": "parliament",
    "congress": "parliament",
    "senate": "parliament",
    "bundestag": "parliament",
    "duma": "parliament",
    "knesset": "parliament",
    "rada": "parliament",
    "lawmaker": "parliament",
    "legislator": "parliament",
    "mp": "parliament",
    "mps": "parliament",
    "commons": "parliament",
    "court": "court",
    "jury": "court",
    "tribunal": "court",
    "judge": "court",
    "letter": "letter",
    "op-ed": "op-ed",
    "oped": "op-ed",
    "column": "op-ed",
    "essay": "op-ed",
    "podcast": "podcast",
    "reporter": "reporters",
    "journalist": "reporters",
    "newsman": "reporters",
}
#: "conference" is a press conference with one of these before it, else a speech venue.
PRESS_WORDS = frozenset({"press", "news", "media"})
#: An address or speech with one of these is on television.
TELEVISED_WORDS = frozenset({"televised", "television", "tv", "video", "nationwide", "national"})
#: "told a meeting/conference/forum": the speaker addressed it.
AUDIENCE_NOUNS = {
    "conference": "speech",
    "meeting": "speech",
    "forum": "speech",
    "crowd": "speech",
    "summit": "speech",
}

#: Words that make a phrase a news outlet: "told Reuters", "told NBC's Nightly News".
MEDIA_NAMES = frozenset(
    """
    bbc cnn nbc abc cbs fox msnbc npr pbs reuters afp ap dpa ansa efe tass ria interfax
    xinhua cctv rt bloomberg sky al-jazeera aljazeera euronews dw politico axios cnbc
    c-span itv channel4 france24 lci bfmtv rai zdf ard tf1 nhk kyodo yonhap ukrinform
    unian rbc kommersant izvestia spiegel bild stern faz zeit lemonde figaro liberation
    repubblica corriere pais mundo guardian telegraph times independent observer
    economist ft wsj
    """.split()
)
#: Proper-noun words that end outlet names ("The Washington Post", "Fox News").
MEDIA_NAME_WORDS = frozenset(
    """
    news times post journal herald gazette tribune telegraph guardian independent express
    mail observer economist press radio tv television agency network channel daily
    weekly magazine chronicle standard mirror sun star inquirer bulletin review
    """.split()
)
#: Common nouns for outlets: "told a local newspaper", "told state broadcaster NHK".
MEDIA_NOUNS = frozenset(
    """
    newspaper paper daily weekly broadcaster station network channel programme program
    show magazine agency outlet website newsletter tabloid podcast
    """.split()
)
#: Trailing words dropped from a detail after a name: "NBC's Nightly News (programme)".
TRAILING_GENERIC = frozenset({"programme", "program", "show"})

#: Verbs that carry their platform: "tweeted".
VERB_CHANNELS = {"tweet": "twitter", "retweet": "twitter"}
#: Participles and verbs next to a cue whose phrases count too ("Speaking at ...").
SPEECH_VERBS = frozenset(
    "speak talk write post appear address tell say answer respond testify comment".split()
)
#: Cues that continue the previous quote ("he added") and so its channel.
CONTINUATION_CUES = frozenset({"add", "continue", "go"})
#: Prepositions whose object can be a channel.
CHANNEL_PREPS = frozenset(
    {"in", "on", "at", "during", "via", "through", "to", "before", "with", "over"}
)
#: Dependents dropped from a detail: clauses, appositions, dates.
DETAIL_DROP_DEPS = frozenset({"relcl", "acl", "advcl", "appos", "punct", "cc", "conj", "parataxis"})
QUOTE_CHARS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u201f"

#: Preference when several phrases name a channel: a platform or a named programme says
#: more than "reporters" or a "speech".
RANK = {name: i for i, name in enumerate(CHANNELS)}


@dataclass(frozen=True)
class Found:
    """One channel signal: the channel, its words, and how far from the cue it was."""

    channel: str
    detail: str | None
    distance: int

    def key(self) -> tuple[int, int]:
        return (RANK.get(self.channel, len(RANK)), self.distance)


# -- the component --------------------------------------------------------------


@Language.factory("quotes_channels")
def make_channels(nlp: Language, name: str) -> QuotesChannels:
    """Set ``channel`` and ``channel_detail`` of every quote from the words at its cue."""
    return QuotesChannels()


class QuotesChannels:
    """Pipeline component: fills ``Quote.channel`` and ``Quote.channel_detail``."""

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.quotes
        if quotes:
            with collection_paused():  # (`quotes.gcpause`)
                doc._.quotes = assign_channels(doc, quotes)
        return doc


def assign_channels(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """The quotes with their channel set (those already set are kept)."""
    out: list[Quote] = []
    for quote in quotes:
        if quote.channel is None:
            try:
                found = find_channel(doc, quote)
            except Exception:  # a channel is a detail: never lose the article over it
                log.warning(
                    "channel detection failed at %r", quote.content.text[:60], exc_info=True
                )
                found = None
            if found is not None:
                quote = replace_quote(quote, channel=found.channel, channel_detail=found.detail)
        out.append(quote)
    return _continuations(doc, out)


def find_channel(doc: Doc, quote: Quote) -> Found | None:
    """The best channel signal at the quote's cue and speaker mention, if any."""
    signals: list[Found] = []
    cue = _token_at(doc, quote.cue.start, quote.cue.end) if quote.cue else None
    if cue is not None:
        signals += _cue_signals(cue)
    if quote.speaker_mention is not None:
        mention = _token_at(doc, quote.speaker_mention.start, quote.speaker_mention.end)
        if mention is not None and mention.lemma_.lower() in ("statement", "communique"):
            signals.append(Found("statement", _clean(quote.speaker_mention.text), 50))
    if not signals:
        return None
    return min(signals, key=Found.key)


def _token_at(doc: Doc, start: int, end: int) -> Token | None:
    """The head token of ``text[start:end]``; None for an empty, inverted or outside range
    (spaCy raises on an inverted one, and a channel is never worth an exception)."""
    start, end = max(0, start), min(text_length(doc), end)
    if end <= start:
        return None
    span = char_span(doc, start, end)
    if span is None or not len(span):
        return None
    return span.root


def _cue_signals(cue: Token) -> list[Found]:
    """Signals in the cue's own dependents, its governing clause and speech participles."""
    signals: list[Found] = []
    lemma = cue.lemma_.lower()
    if lemma in VERB_CHANNELS:
        signals.append(Found(VERB_CHANNELS[lemma], cue.text, 1))
    if cue.lower_ == "according":
        return signals  # "according to Bloomberg": the outlet is the source, not a channel
    if cue.pos_ in ("NOUN", "PROPN") and (lemma in NOUN_CHANNELS or lemma == "conference"):
        # "In a statement: ..." makes the noun the cue itself.
        found = _phrase_channel(cue, via=None)
        if found:
            signals.append(Found(found[0], found[1], 0))
    signals += _dependents(cue, lemma, base=0)
    # Participles with their own phrases: "Speaking at a press conference, he said".
    for child in kids(cue):
        if child.dep_ in ("advcl", "xcomp", "conj") and child.lemma_.lower() in SPEECH_VERBS:
            signals += _dependents(child, child.lemma_.lower(), base=5)
    # The clause the cue depends on: "in a televised address, in which he warned",
    # "said in a statement, noting that", "posted on Facebook, writing that". Not a cue
    # inside what was said ("said in a statement that Y claimed"): that is Y's claim.
    if cue.dep_ in ("advcl", "relcl", "acl", "conj", "xcomp", "pcomp") and head_of(cue).i != cue.i:
        head = head_of(cue)
        if head.pos_ in ("NOUN", "PROPN") and cue.dep_ in ("relcl", "acl"):
            found = _phrase_channel(head, via=None)
            if found:
                signals.append(Found(found[0], found[1], 10))
        else:
            signals += [
                Found(s.channel, s.detail, s.distance + 10)
                for s in _dependents(head, head.lemma_.lower(), base=0, objects=False)
            ]
    return signals


def _dependents(
    verb: Token, lemma: str, base: int, objects: bool = True, relative: bool = True
) -> list[Found]:
    """Channel signals among a verb's prepositional phrases and (for "tell") its object.

    ``relative``: "in which" sends to the clause the relative hangs from (once).
    """
    signals: list[Found] = []
    if lemma in VERB_CHANNELS and base:
        signals.append(Found(VERB_CHANNELS[lemma], verb.text, base))
    for child in kids(verb):
        distance = base + abs(child.i - verb.i)
        if child.dep_ == "prep" and child.lower_ in CHANNEL_PREPS:
            for pobj in kids(child):
                if pobj.dep_ != "pobj":
                    continue
                if pobj.lower_ in ("which", "whom") and relative and head_of(verb).i != verb.i:
                    # "an address, in which he warned": the relative stands for its noun.
                    signals += [
                        Found(s.channel, s.detail, s.distance + 10)
                        for s in _dependents(
                            head_of(verb), head_of(verb).lemma_.lower(), 0, objects=False, relative=False
                        )
                    ]
                    continue
                found = _phrase_channel(pobj, via=child.lower_, told=lemma == "speak")
                if found:
                    signals.append(Found(found[0], found[1], distance))
        elif objects and lemma == "tell" and child.dep_ in ("dobj", "dative", "obj"):
            # "told NBC's Nightly News", "told a press conference", "told parliament".
            found = _phrase_channel(child, via="told", told=True)
            if found:
                signals.append(Found(found[0], found[1], distance))
    return signals


def _phrase_channel(
    head: Token, via: str | None, told: bool = False
) -> tuple[str, str | None] | None:
    """The channel a noun phrase names, with its words; None when it names none.

    ``via`` is the preposition (or "told") that links the phrase to the cue: outlets count
    only as what someone told or spoke to/with/on ("told Reuters", "on CNN").
    """
    if head.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY"):
        return None
    tokens = list(head.subtree)
    detail = _detail(head)
    platform = _platform(tokens)
    if platform:
        return platform, detail
    lemma = head.lemma_.lower()
    lower = head.lower_
    words = {t.lower_ for t in tokens}
    if lemma == "conference" or lower == "conference":
        if words & PRESS_WORDS:
            return "press conference", detail
        return ("speech", detail) if told else None
    if lemma in ("press", "media") and head.pos_ != "PROPN" and via in ("told", "to"):
        return "reporters", detail
    channel = NOUN_CHANNELS.get(lemma) or NOUN_CHANNELS.get(lower)
    if lemma == "house" and any(
        t.lower_ in ("commons", "representatives", "lords") for t in tokens
    ):
        channel = "parliament"
    if channel == "speech" and words & TELEVISED_WORDS:
        channel = "television"
    if channel == "speech" and lemma == "address" and "nation" in words:
        channel = "television"
    if via == "with":
        channel = None  # "with his statement": only an outlet ("spoke with CNN") counts
    if channel in ("court", "parliament", "reporters") and via not in (
        "told",
        "to",
        "in",
        "before",
        "at",
        "during",
    ):
        channel = None
    if channel == "speech" and lemma == "rally" and via not in ("told", "at", "to", "during"):
        channel = None
    if channel:
        return channel, detail
    if told and lemma in AUDIENCE_NOUNS:
        return AUDIENCE_NOUNS[lemma], detail
    if via in ("told", "to", "on", "with") and _is_outlet(tokens, head):
        return "interview", detail
    return None


def _platform(tokens: list[Token]) -> str | None:
    for i, tok in enumerate(tokens):
        cased = tok.text.rstrip(".")  # "on X." can be one token
        if cased in CASED_PLATFORMS and (tok.dep_ in ("pobj", "compound") or i == len(tokens) - 1):
            return CASED_PLATFORMS[cased]
        if tok.lower_ in PLATFORMS:
            return PLATFORMS[tok.lower_]
        if i + 1 < len(tokens):
            pair = (tok.lower_, tokens[i + 1].lower_)
            if pair in PLATFORM_BIGRAMS:
                return PLATFORM_BIGRAMS[pair]
    return None


def _is_outlet(tokens: list[Token], head: Token) -> bool:
    """A news outlet or programme: a known name, an outlet noun, or a name like "Times"."""
    if head.ent_type_ == "PERSON" and not any(t.dep_ == "poss" for t in kids(head)):
        return False
    for tok in tokens:
        word = tok.lower_.strip(QUOTE_CHARS)
        if word.endswith("'s"):
            word = word[:-2]
        if word in MEDIA_NAMES:
            return True
        if tok.pos_ == "PROPN" and word in MEDIA_NAME_WORDS:
            return True
    return head.lemma_.lower() in MEDIA_NOUNS


def _detail(head: Token) -> str | None:
    """The words of a channel phrase: the noun with its modifiers, no clauses or dates."""
    keep: set[int] = {head.i}
    todo = [head]
    while todo:
        for child in kids(todo.pop()):
            if child.dep_ in DETAIL_DROP_DEPS and not (
                child.dep_ == "punct" and child.text in QUOTE_CHARS
            ):
                continue
            if child.dep_ == "npadvmod" and child.ent_type_ in ("DATE", "TIME"):
                continue  # "a statement Monday"
            if child.dep_ == "prep" and any(
                g.ent_type_ in ("DATE", "TIME") or g.lower_ in ("which", "whom")
                for g in kids(child)
            ):
                continue
            if child.dep_ == "prep" and child.lower_ in ("after", "before", "following", "amid"):
                continue
            keep.add(child.i)
            todo.append(child)
    start = end = head.i
    while start - 1 in keep:
        start -= 1
    while end + 1 in keep:
        end += 1
    doc = head.doc
    text = doc[start : end + 1].text
    text = _clean(text)
    words = text.split()
    if (
        len(words) > 1
        and words[-1] in TRAILING_GENERIC  # lower case: "Morning Show" is a name
        and any(t.pos_ == "PROPN" for t in doc[start:end])
    ):
        text = " ".join(words[:-1])
    if len(text) > 120:
        text = text[:117].rsplit(" ", 1)[0] + "..."
    return text or None


def _clean(text: str) -> str:
    """Quote marks out, whitespace collapsed, trailing punctuation off."""
    text = re.sub('["\u201c\u201d\u00ab\u00bb\u201e\u201f]', "", text)
    text = re.sub("(?<!\\w)['\u2018\u2019]|['\u2018\u2019](?!\\w)", "", text)  # apostrophes stay
    text = " ".join(text.split())
    return text.strip(" ,;:.")


def _continuations(doc: Doc, quotes: list[Quote]) -> list[Quote]:
    """A quote continued with "he added" (same speaker, right after) keeps its channel."""
    order = sorted(range(len(quotes)), key=lambda i: quotes[i].content.start)
    out = list(quotes)
    previous: Quote | None = None
    for i in order:
        quote = out[i]
        if (
            quote.channel is None
            and previous is not None
            and previous.channel is not None
            and quote.speaker is not None
            and quote.speaker == previous.speaker
            and _continues(doc, previous, quote)
        ):
            quote = replace_quote(quote, channel=previous.channel, channel_detail=previous.channel_detail)
            out[i] = quote
        previous = quote
    return out


def _continues(doc: Doc, previous: Quote, quote: Quote) -> bool:
    if quote.cue is None:
        return False
    cue = _token_at(doc, quote.cue.start, quote.cue.end)
    if cue is None or cue.lemma_.lower() not in CONTINUATION_CUES:
        return False
    gap_start = max(previous.content.end, previous.cue.end if previous.cue else 0)
    gap_end = min(quote.content.start, quote.cue.start)
    gap = doc_text(doc)[gap_start:gap_end] if gap_end > gap_start else ""
    # The next sentence or paragraph at most: no other statement in between.
    return len(gap) <= 300 and gap.count("\n\n") <= 1 and len(re.findall(r"[.!?]\s", gap)) <= 2
