"""Fixtures that build real quotes databases through ``quotes.store.Store``.

The articles are invented; every Quote is built with spans computed while the text is
assembled, so offsets index the stored text exactly (as the extractor's would). No spaCy,
no mocks: what Datasette and the exporter read is what ``quotes extract`` writes.

The small corpus (``quotes_db``), which the publish and export tests count against:

============  =========  ==========  ===================================================
article       outlet     published   quotes (speaker: type)
============  =========  ==========  ===================================================
reuters-1     Reuters    2024-01-15  Stoltenberg: direct, indirect; NATO: indirect
bbc-1         BBC News   2024-02-03  Albares: direct, indirect; Stoltenberg: mixed;
                                     diplomats: indirect
lemonde-1     Le Monde   2024-02-20  Albares (spelled "Jose"): direct; Stoltenberg: direct
reuters-2     Reuters    2024-03-05  Stoltenberg: indirect; Nato: direct; nobody: direct
============  =========  ==========  ===================================================

12 quotes; speakers Jens Stoltenberg 5, José Manuel Albares 3, NATO 2, diplomats 1, and
one quote without a speaker. An extra alias "NATO chief" is added for Stoltenberg.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from quotes.models import DEFAULT_MIN_CONFIDENCE, Article, Quote, Span
from quotes.store import Store, speaker_id_for

if TYPE_CHECKING:
    from spacy.language import Language


@dataclass(frozen=True)
class _Said:
    """One sentence to write into an article, and the quote it yields."""

    mention: str | None
    cue: str
    content: str
    type: str
    speaker: str | None
    kind: str = "person"


def _article(
    source: str, outlet: str, published: str, title: str, said: list[_Said]
) -> tuple[Article, list[Quote]]:
    """Assemble an article text from sentences, recording every span as it is written."""
    text = f"{title}\n\n"
    quotes: list[Quote] = []
    for s in said:
        mention_span = None
        if s.mention:
            mention_span = Span(len(text), len(text) + len(s.mention), s.mention)
            text += s.mention + " "
        else:
            text += "It was "
        cue_span = Span(len(text), len(text) + len(s.cue), s.cue)
        text += s.cue
        if s.type == "direct":
            text += ': "'
            content_span = Span(len(text), len(text) + len(s.content), s.content)
            text += s.content + '"\n'
        else:
            text += " that "
            content_span = Span(len(text), len(text) + len(s.content), s.content)
            text += s.content + ".\n"
        quotes.append(
            Quote(
                type=s.type,
                content=content_span,
                cue=cue_span,
                speaker_mention=mention_span,
                speaker=s.speaker,
                speaker_kind=s.kind if s.speaker else None,
                confidence=0.9,
            )
        )
    for q in quotes:
        for span in (q.content, q.cue, q.speaker_mention):
            assert span is None or text[span.start : span.end] == span.text
    article = Article(
        source=source,
        text=text,
        title=title,
        url=f"https://news.example/{source.removesuffix('.txt')}",
        outlet=outlet,
        published=published,
    )
    return article, quotes


JENS = "Jens Stoltenberg"
JOSE = "José Manuel Albares"


def small_corpus() -> list[tuple[Article, list[Quote]]]:
    """The four articles of the table in the module docstring."""
    return [
        _article(
            "reuters-1.txt",
            "Reuters",
            "2024-01-15",
            "NATO allies pledge support",
            [
                _Said(
                    JENS,
                    "said",
                    "We will stand united with Ukraine for as long as it takes.",
                    "direct",
                    JENS,
                ),
                _Said(
                    "He",
                    "added",
                    "the alliance would increase its defence spending",
                    "indirect",
                    JENS,
                ),
                _Said(
                    "NATO",
                    "announced",
                    "new air defence systems would be delivered",
                    "indirect",
                    "NATO",
                    "organization",
                ),
            ],
        ),
        _article(
            "bbc-1.txt",
            "BBC News",
            "2024-02-03",
            "Spain calls for ceasefire",
            [
                _Said(JOSE, "said", "Spain demands an immediate ceasefire.", "direct", JOSE),
                _Said(
                    "The minister",
                    "said",
                    "Spain would send more humanitarian aid",
                    "indirect",
                    JOSE,
                ),
                _Said(
                    "Stoltenberg",
                    "said",
                    'the alliance was "ready to defend every inch" of its territory',
                    "mixed",
                    JENS,
                ),
                _Said(
                    "Diplomats",
                    "said",
                    "talks could resume in March",
                    "indirect",
                    "diplomats",
                    "unnamed",
                ),
            ],
        ),
        _article(
            "lemonde-1.txt",
            "Le Monde",
            "2024-02-20",
            "Albares en visite à Paris",
            [
                _Said(
                    "Albares",
                    "told reporters",
                    "Europe must speak with one voice.",
                    "direct",
                    "Jose Manuel Albares",
                ),
                _Said(JENS, "said", "Ukraine will become a member of NATO.", "direct", JENS),
            ],
        ),
        _article(
            "reuters-2.txt",
            "Reuters",
            "2024-03-05",
            "Alliance warns Moscow",
            [
                _Said(
                    "Stoltenberg", "warned", "Russia was preparing for a long war", "indirect", JENS
                ),
                _Said(
                    "Nato",
                    "said in a statement",
                    "Our deterrence is credible.",
                    "direct",
                    "Nato",
                    "organization",
                ),
                _Said(None, "written", "Nobody knows what comes next.", "direct", None),
            ],
        ),
    ]


@pytest.fixture(scope="session")
def quotes_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small corpus in ``quotes.db`` (Datasette names it "quotes"), read-only use."""
    path = tmp_path_factory.mktemp("small") / "quotes.db"
    with Store(path) as store:
        store.save(small_corpus())
        # An alias that does not share the merge key, as cross-article resolution adds.
        store.db["speaker_aliases"].insert(
            {"speaker_id": speaker_id_for(JENS), "alias": "NATO chief", "count": 1}
        )
    _checkpoint(path)
    return path


BIG_SPEAKER = "Ursula von der Leyen"
BIG_COUNT = 1250


@pytest.fixture(scope="session")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """More than Datasette's 1,000-row cap for one speaker (plus a few other quotes)."""
    path = tmp_path_factory.mktemp("big") / "quotes.db"
    items = []
    per_article = 125
    for a in range(BIG_COUNT // per_article):
        said = [
            _Said(
                BIG_SPEAKER,
                "said",
                f"Statement {a * per_article + i} on trade.",
                "direct",
                BIG_SPEAKER,
            )
            for i in range(per_article)
        ]
        said.append(
            _Said(
                "Charles Michel",
                "said",
                f"the council met on day {a}",
                "indirect",
                "Charles Michel",
            )
        )
        items.append(
            _article(
                f"eu-{a:03d}.txt", "Politico", f"2024-04-{a + 1:02d}", f"EU summit day {a}", said
            )
        )
    with Store(path) as store:
        store.save(items)
    _checkpoint(path)
    return path


def _checkpoint(path: Path) -> None:
    """Fold the WAL into the file so an immutable (``-i``) open sees every row."""
    conn = sqlite3.connect(path)
    conn.execute("pragma wal_checkpoint(truncate)")
    conn.close()


# -- reading our pages --------------------------------------------------------------------

_VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "wbr",
}


@dataclass
class Mark:
    """One ``<mark class="quote ...">`` of a page, with the text and links inside it."""

    classes: list[str]
    quote_id: str | None
    in_article_text: bool
    text: str = ""
    hrefs: list[str] = field(default_factory=list)


class PageParser(HTMLParser):
    """The quote marks and links of an HTML page, checking that tags nest properly."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.marks: list[Mark] = []
        self.links: list[str] = []
        self.misnested: list[str] = []
        self._stack: list[tuple[str, dict[str, str | None]]] = []
        self._mark_depth: list[Mark] = []
        self.feed(html)
        self.close()

    def _inside_article_text(self) -> bool:
        return any("article-text" in (attrs.get("class") or "") for _, attrs in self._stack)

    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = dict(attrs_list)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"] or "")
            for mark in self._mark_depth:
                mark.hrefs.append(attrs["href"] or "")
        if tag == "mark" and "quote" in (attrs.get("class") or "").split():
            mark = Mark(
                classes=(attrs.get("class") or "").split(),
                quote_id=attrs.get("data-quote-id"),
                in_article_text=self._inside_article_text(),
            )
            self.marks.append(mark)
            self._mark_depth.append(mark)
        if tag not in _VOID:
            self._stack.append((tag, attrs))

    def handle_endtag(self, tag: str) -> None:
        if tag in _VOID:
            return
        if not self._stack or self._stack[-1][0] != tag:
            self.misnested.append(tag)
            return
        _, attrs = self._stack.pop()
        if tag == "mark" and "quote" in (attrs.get("class") or "").split():
            self._mark_depth.pop()

    def handle_data(self, data: str) -> None:
        for mark in self._mark_depth:
            mark.text += data

    def article_marks(self) -> list[Mark]:
        return [m for m in self.marks if m.in_article_text]


_REAL_LOAD = None


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The pipeline, loaded once for every test module that only reads it.

    Loading takes about a second, and some thirty modules used to load their own. A module
    that changes a pipeline's settings (a confidence cut, ``max_length``) loads its own or
    overrides this fixture, as the bad-input and fault tests do with ``cli_nlp``.
    """
    from quotes import pipeline

    return (_REAL_LOAD or pipeline.load)()


@pytest.fixture(scope="module")
def cli_nlp():
    """One loaded pipeline that in-process ``quotes extract`` runs of a module reuse.

    The CLI loads the model on every call; patching ``pipeline.load`` to hand back one
    loaded pipeline keeps the many small CLI runs of the bad-input and fault tests fast.
    """
    from quotes import pipeline

    global _REAL_LOAD
    _REAL_LOAD = _REAL_LOAD or pipeline.load
    loaded = _REAL_LOAD()

    def load(model: str | None = None, *, min_confidence: float | None = None):  # noqa: ANN202
        # (each call sets the cut it asks for, as a fresh load would)
        cut = DEFAULT_MIN_CONFIDENCE if min_confidence is None else min_confidence
        loaded.get_pipe("quotes_confidence").min_confidence = cut
        return loaded

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline, "load", load)
        yield loaded
    loaded.get_pipe("quotes_confidence").min_confidence = DEFAULT_MIN_CONFIDENCE
