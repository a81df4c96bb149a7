"""The extract job over a Dask cluster (``quotes extract ... --dask ADDRESS``).

The same job as :func:`quotes.run.run_extract`, with the parse sent to Dask workers:

* the client lists the inputs lazily (``iter_inputs``), skips the unchanged ones by content
  hash against the database (``run._new_articles``) and cuts what is left into partitions
  of ``batch_size`` articles;
* each partition is one task: a worker parses and extracts it with its own copy of the
  pipeline (loaded once per worker thread, kept in a module-level cache) and returns plain
  ``(source, [Quote])`` rows plus the articles it could not process;
* one writer (this process) saves every partition with ``Store.save``, one transaction
  each, then runs the same end-of-run steps (speaker index, statements).

Back-pressure: at most ``max_in_flight`` partitions are submitted and not yet written
(default: twice the cluster's threads), so neither the client nor the cluster ever holds
more than that window of the corpus, however fast the workers are.

Results are written in input order: a partition that completes early waits (inside the
window) for the ones before it. ``Store.save`` keeps the first spelling it sees of an
outlet or a speaker, so the order of writes is what makes the database identical, row for
row, to a local run's, whichever worker finishes first.

Failures: a task that raises is retried by Dask (``retries``) and a task whose worker is
lost is rescheduled by the scheduler; a partition that keeps killing workers (three times,
Dask's ``allowed-failures``) has its articles reported as failed and the run goes on.
Writes are idempotent: ids are stable hashes and an article whose exact version is stored
already (written by an earlier completed duplicate of its partition) is skipped.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quotes import pipeline
from quotes.errors import QuotesError, UsageError
from quotes.ingest import DEFAULT_MAX_BYTES
from quotes.models import Article, InputProblem, Quote
from quotes.run import (
    Summary,
    _batches,
    _describe,
    _flush,
    _SafePipe,
    database_errors,
    drive,
    fingerprint_or_none,
)
from quotes.store import Store

if TYPE_CHECKING:
    from distributed import Client
    from spacy.language import Language

#: What ``--dask local`` means: a LocalCluster on this machine.
LOCAL = "local"
#: Dask retries of a partition whose task raised (a lost worker is handled separately).
RETRIES = 2

#: One row of a worker's result: the article's source and its quotes.
Row = tuple[str, list[Quote]]


# -- worker side ---------------------------------------------------------------------------

_PIPELINES: dict[tuple[str, float | None, int], Language] = {}
_PIPELINES_LOCK = threading.Lock()


def worker_pipeline(model: str, min_confidence: float | None = None) -> Language:
    """The pipeline of ``model`` for this worker thread, loaded on first use and kept.

    One per thread, not one per process: ``_SafePipe`` installs its error handler on the
    pipeline while it runs, so two threads must not share one. Workers are best started
    with one thread each (``--nthreads 1``): parsing holds the GIL anyway.
    """
    key = (model, min_confidence, threading.get_ident())
    nlp = _PIPELINES.get(key)
    if nlp is None:
        with _PIPELINES_LOCK:  # a model loads once, not once per racing thread
            nlp = _PIPELINES.get(key)
            if nlp is None:
                nlp = _PIPELINES[key] = pipeline.load(model, min_confidence=min_confidence)
    return nlp


def extract_batch(
    articles: list[Article], model: str, min_confidence: float | None = None
) -> tuple[list[Row], list[InputProblem]]:
    """The task: parse and extract a partition; rows of the articles processed, problems of
    the others. An article the pipeline fails on is a problem, not an exception; a broken
    pipeline raises ``ModelError`` (as in a local run)."""
    problems: list[InputProblem] = []
    parse = _SafePipe(worker_pipeline(model, min_confidence), 1, problems.append)
    rows = [(article.source, quotes) for article, quotes in parse(articles)]
    return rows, problems


# -- client side ---------------------------------------------------------------------------


def run_extract_dask(
    paths: Iterable[str | Path],
    db_path: str | Path,
    address: str | None = LOCAL,
    *,
    client: Client | None = None,
    outlet: str | None = None,
    metadata: str | Path | None = None,
    model: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    batch_size: int = 50,
    on_problem: Callable[[InputProblem], None] | None = None,
    progress: bool = False,
    speakers: str | Path | None = None,
    max_in_flight: int | None = None,
    retries: int = RETRIES,
    min_confidence: float | None = None,
) -> Summary:
    """:func:`quotes.run.run_extract` with the parse on a Dask cluster.

    ``address`` is a scheduler address (``tcp://host:8786``) or ``"local"`` for a
    LocalCluster of this machine's cores (one thread per worker); an existing ``client``
    is used instead when given (and left open). ``batch_size`` articles make one task and
    one transaction. Raises what ``run_extract`` raises, plus :class:`UsageError` when
    Dask is not installed and :class:`QuotesError` when the scheduler cannot be reached or
    a task fails for a reason other than an article (e.g. ``quotes`` missing on a worker).
    """
    if client is None:
        _require_distributed()

    def parse_on_cluster(
        articles: Iterator[Article],
        store: Store,
        summary: Summary,
        failed: Callable[[InputProblem], None],
    ) -> None:
        name = pipeline.choose_model(model)  # resolved here: every worker loads the same
        bar = _progress_bar() if progress else None
        try:
            with _connected(address, client) as dask:

                def write(batch: list[Article], result: Any) -> None:
                    write_batch(store, batch, result, summary, failed)
                    if bar is not None:
                        bar.update(len(batch))

                _stream(
                    dask,
                    articles,
                    name,
                    min_confidence=min_confidence,
                    batch_size=batch_size,
                    max_in_flight=max_in_flight,
                    retries=retries,
                    write=write,
                    failed=failed,
                )
        finally:
            if bar is not None:
                bar.close()

    return drive(
        paths,
        db_path,
        parse_on_cluster,
        outlet=outlet,
        metadata=metadata,
        max_bytes=max_bytes,
        on_problem=on_problem,
        speakers=speakers,
        extractor=fingerprint_or_none(model, min_confidence),
    )


def write_batch(
    store: Store,
    batch: list[Article],
    result: tuple[list[Row], list[InputProblem]],
    summary: Summary,
    failed: Callable[[InputProblem], None],
) -> None:
    """Save one partition's result in one transaction (the single writer).

    An article whose exact version is stored already is skipped, not written again: a
    duplicate of a partition (a retry whose first attempt got through, a second run on the
    same database) is harmless.
    """
    rows, problems = result
    for problem in problems:
        failed(problem)
    quotes_of = dict(rows)
    items: list[tuple[Article, list[Quote]]] = []
    for article in batch:
        quotes = quotes_of.get(article.source)
        if quotes is None:  # reported in problems
            continue
        with database_errors(store, "read"):
            unchanged = store.is_unchanged(article)
        if unchanged:
            summary.skipped += 1
            continue
        items.append((article, quotes))
    _flush(store, items, summary, failed)


def _stream(
    dask: Client,
    articles: Iterator[Article],
    model: str,
    *,
    min_confidence: float | None = None,
    batch_size: int,
    max_in_flight: int | None,
    retries: int,
    write: Callable[[list[Article], Any], None],
    failed: Callable[[InputProblem], None],
) -> None:
    """Submit partitions within the window, write their results in input order."""
    from distributed import as_completed

    partitions = _batches(articles, batch_size)
    window: dict[int, tuple[list[Article], Any]] = {}  # seq -> (articles, future): unwritten
    results: dict[int, Any] = {}  # completed, waiting for the partitions before them
    seq_of: dict[str, int] = {}
    submitted = written = 0
    running = as_completed()

    def limit() -> int:
        if max_in_flight:
            return max_in_flight
        return max(2, 2 * sum(dask.nthreads().values()))

    def submit() -> None:
        nonlocal submitted
        room = limit() - len(window)
        while room > 0:
            batch = next(partitions, None)
            if batch is None:
                return
            future = dask.submit(
                extract_batch, batch, model, min_confidence, retries=retries, pure=False
            )
            window[submitted] = (batch, future)
            seq_of[future.key] = submitted
            running.add(future)
            submitted += 1
            room -= 1

    try:
        submit()
        for future in running:
            seq = seq_of.pop(future.key)
            results[seq] = _result(future, window[seq][0], failed)
            future.release()
            while written in results:
                batch, _ = window.pop(written)
                write(batch, results.pop(written))
                written += 1
            submit()
    finally:
        left = [future for _, future in window.values()]
        if left:
            with suppress(Exception):
                dask.cancel(left)


def _result(future: Any, batch: list[Article], failed: Callable[[InputProblem], None]) -> Any:
    """A partition's result; a partition that kept killing workers is failed, not fatal."""
    from distributed import KilledWorker

    try:
        return future.result()
    except QuotesError:
        raise
    except KilledWorker as exc:
        message = f"could not process: the Dask worker was lost every try ({_describe(exc)})"
        for article in batch:
            failed(article.problem(message))
        return [], []
    except Exception as exc:
        raise QuotesError(f"a Dask task failed: {_describe(exc)}") from exc


@contextmanager
def _connected(address: str | None, client: Client | None) -> Iterator[Client]:
    """A client: the one given, or one to ``address`` (a new LocalCluster for "local")."""
    if client is not None:
        yield client
        return
    from distributed import Client, LocalCluster

    cluster = None
    try:
        if not address or address == LOCAL:
            cluster = LocalCluster(
                n_workers=os.cpu_count() or 1,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            dask = Client(cluster)
        else:
            dask = Client(address, timeout=30)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise QuotesError(f"cannot reach the Dask scheduler at {address}: {_describe(exc)}") from exc
    try:
        yield dask
    finally:
        with suppress(Exception):
            dask.close()
        if cluster is not None:
            with suppress(Exception):
                cluster.close()


def _require_distributed() -> None:
    try:
        import distributed  # noqa: F401
    except ImportError as exc:
        raise UsageError(
            "--dask needs Dask: pip install 'quotes-index[dask]' (dask[distributed])"
        ) from exc


def _progress_bar() -> Any:
    from tqdm import tqdm

    return tqdm(unit=" articles", desc="extracting (dask)", leave=False)
