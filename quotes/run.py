"""The main job: stream articles in, parse and extract, store in batches.

Articles flow through one ``nlp.pipe`` as a generator, so the corpus never has to fit in
memory; results are committed every ``batch_size`` articles, so an interrupted run keeps
what it committed. An article whose stored content hash matches is skipped before it is
parsed: re-running on an unchanged corpus costs little more than reading it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from quotes import pipeline
from quotes.ingest import DEFAULT_MAX_BYTES, iter_inputs
from quotes.models import Article, InputProblem, Quote
from quotes.store import Store


@dataclass
class Summary:
    """What a run did, for the one-line report and the exit code."""

    read: int = 0
    stored: int = 0
    skipped: int = 0
    failed: int = 0
    quotes: int = 0
    problems: list[InputProblem] = field(default_factory=list)

    def line(self) -> str:
        return (
            f"{self.read} articles read, {self.stored} stored, {self.skipped} skipped "
            f"(unchanged), {self.failed} failed; {self.quotes} quotes stored"
        )

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def extract_quotes(nlp: Language, text: str) -> list[Quote]:
    """Extract and resolve the quotes of one text (the library's simplest entry point)."""
    return list(nlp(text)._.quotes or [])


def run_extract(
    paths: Iterable[str | Path],
    db_path: str | Path,
    *,
    outlet: str | None = None,
    metadata: str | Path | None = None,
    model: str | None = None,
    nlp: Language | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 50,
    n_process: int = 1,
    on_problem: Callable[[InputProblem], None] | None = None,
    progress: bool = False,
) -> Summary:
    """Extract quotes from every input into the database at ``db_path``."""
    summary = Summary()
    store = Store(db_path)
    try:
        todo = _new_articles(
            iter_inputs(paths, outlet=outlet, metadata=metadata, max_bytes=max_bytes),
            store,
            summary,
            on_problem,
        )
        if progress:
            from tqdm import tqdm

            todo = iter(tqdm(todo, unit=" articles", desc="extracting", leave=False))
        first = next(todo, None)
        if first is None:
            return summary
        nlp = nlp or pipeline.load(model)
        batch: list[tuple[Article, list[Quote]]] = []
        stream = _chain(first, todo)
        docs = nlp.pipe(
            ((a.text, a) for a in stream), as_tuples=True, batch_size=16, n_process=n_process
        )
        for doc, article in docs:
            batch.append((article, list(doc._.quotes or [])))
            if len(batch) >= batch_size:
                _flush(store, batch, summary)
        _flush(store, batch, summary)
    finally:
        store.close()
    return summary


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _new_articles(
    items: Iterable[Article | InputProblem],
    store: Store,
    summary: Summary,
    on_problem: Callable[[InputProblem], None] | None,
) -> Iterator[Article]:
    """Articles that need parsing: problems reported, unchanged and repeated ones skipped."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, InputProblem):
            if item.fatal:
                summary.failed += 1
                summary.problems.append(item)
            if on_problem:
                on_problem(item)
            continue
        summary.read += 1
        if item.source in seen or store.is_unchanged(item):
            summary.skipped += 1
            continue
        seen.add(item.source)
        yield item


def _flush(store: Store, batch: list[tuple[Article, list[Quote]]], summary: Summary) -> None:
    if not batch:
        return
    summary.quotes += store.save(batch)
    summary.stored += len(batch)
    batch.clear()
