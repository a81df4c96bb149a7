"""The main job: stream articles in, parse and extract, store in batches.

Articles flow through one ``nlp.pipe`` as a generator (or, with ``n_process`` > 1, through
forked workers a few batches at a time), so the corpus never has to fit in memory; results are committed every ``batch_size`` articles, so an interrupted run keeps
what it committed. An article whose stored content hash matches is skipped before it is
parsed: re-running on an unchanged corpus costs little more than reading it.

Nothing one article does can stop the run: an article the parser or our components fail
on is reported as failed (one line, naming its source) and the rest go on. Only the
database can stop a run (read-only, full disk, corrupt): then a
:class:`~quotes.errors.DatabaseError` says so in one line, and every batch committed
before stays stored.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import signal
import sqlite3
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from quotes import index, pipeline, statements
from quotes.errors import DatabaseError, ModelError, QuotesError
from quotes.ingest import (
    DEFAULT_MAX_BYTES,
    check_max_bytes,
    conflicting_metadata_keys,
    duplicate_metadata_columns,
    iter_inputs,
    read_sidecar,
    unknown_metadata_columns,
    unmatched_metadata_keys,
)
from quotes.models import Article, InputProblem, Quote
from quotes.store import BUSY_TIMEOUT_MS, Store, one_line, sqlite_problem

#: Texts per ``nlp.pipe`` batch (what the parser processes at once).
PARSE_BATCH = 16


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


def extract_quotes(nlp: Language, text: str, author: str | None = None) -> list[Quote]:
    """Extract and resolve the quotes of one text (the library's simplest entry point).

    ``author`` is the byline, if known: a first-person column's "I" is its author. A
    long text is parsed in pieces (`pipeline.run`).
    """
    return list(pipeline.run(nlp, pipeline.make_doc(nlp, text, author))._.quotes or [])


# How a run turns articles into stored quotes: given the stream of articles to parse,
# the open store, the summary and the callback that counts one failed article.
Processor = Callable[
    [Iterator[Article], Store, "Summary", Callable[[InputProblem], None]], None
]


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
    speakers: str | Path | None = None,
    min_confidence: float | None = None,
) -> Summary:
    """Extract quotes from every input into the database at ``db_path``.

    ``min_confidence`` is the confidence cut (:func:`quotes.pipeline.load`); a pipeline
    passed as ``nlp`` keeps its own.

    Raises :class:`~quotes.errors.DatabaseError` when the database cannot be used or
    written, ``ValueError`` for an unreadable metadata sidecar, and
    :class:`~quotes.errors.ModelError` when no model loads; a bad input or an article
    that cannot be processed is counted in ``Summary.failed`` instead.
    ``n_process`` under 1 is a ``ValueError`` before anything is opened: it reached the
    pool as "the pipeline cannot run: not enough values to unpack", a ModelError that
    blamed the model, after the database was created. So are ``batch_size`` under 1 and
    a ``min_confidence`` outside 0..1 (or NaN).
    """
    if n_process < 1:
        raise ValueError(f"n_process must be at least 1, got {n_process}")
    # Checked here as the CLI checks its options (a usage error there): batch_size=0 and
    # min_confidence=2.0 were taken as they were by the library, the second dropping
    # every reported statement without a word.
    if batch_size < 1:
        raise ValueError(f"batch_size must be at least 1, got {batch_size}")
    if min_confidence is not None and not 0 <= min_confidence <= 1:
        raise ValueError(f"min_confidence must be between 0 and 1, got {min_confidence}")

    def parse_locally(
        articles: Iterator[Article],
        store: Store,
        summary: Summary,
        failed: Callable[[InputProblem], None],
    ) -> None:
        if progress:
            from tqdm import tqdm

            articles = iter(tqdm(articles, unit=" articles", desc="extracting", leave=False))
        parser = nlp or pipeline.load(model, min_confidence=min_confidence)
        gc.freeze()  # the model too lives as long as the run (see `_frozen_heap`)
        batch: list[tuple[Article, list[Quote]]] = []
        for article, quotes in _safe_pipe(parser, n_process, failed)(articles):
            batch.append((article, quotes))
            if len(batch) >= batch_size:
                _flush(store, batch, summary, failed)
        _flush(store, batch, summary, failed)

    return drive(
        paths,
        db_path,
        parse_locally,
        outlet=outlet,
        metadata=metadata,
        max_bytes=max_bytes,
        on_problem=on_problem,
        speakers=speakers,
        extractor=fingerprint_or_none(nlp or model, min_confidence),
    )


@contextmanager
def _frozen_heap() -> Iterator[None]:
    """Keep what exists now, and what is frozen inside the block (``gc.freeze``: the
    model, its vocabulary, the name data, all of which live as long as the run), out of
    the cyclic garbage collector until the block ends.

    Every full collection walked all of it again: 1.3 ms an article, 2% of the parse, on
    a run of 200 synthetic articles, 0.07 ms with it frozen. Forked workers inherit the
    frozen state. Nothing is collected differently: what was frozen goes back to the
    collector afterwards (``gc.unfreeze``).

    The youngest generation is also collected after `RUN_GC_THRESHOLD` new container
    objects instead of Python's 700: our components make and drop thousands of them per
    article (lists of tokens and spans), all freed by reference counting, so the
    collector ran about once an article and found nothing (0.1 ms an article). Over the
    whole 200-article run the live ones never grew by 10,000, so it does not run at all
    and garbage in cycles, if any, waits at most 10,000 objects longer. The thresholds
    in force before are restored afterwards.
    """
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(RUN_GC_THRESHOLD, thresholds[0]), *thresholds[1:])
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


#: The youngest generation's collection threshold during a run (see `_frozen_heap`).
RUN_GC_THRESHOLD = 10_000


def fingerprint_or_none(
    model: str | Language | None, min_confidence: float | None = None
) -> str | None:
    """The extractor's fingerprint, or None when no model is installed: the run then
    compares content hashes only, and fails where it loads the model, as before."""
    try:
        return pipeline.extractor_fingerprint(model, min_confidence=min_confidence)
    except ModelError:
        return None


def drive(
    paths: Iterable[str | Path],
    db_path: str | Path,
    process: Processor,
    *,
    outlet: str | None = None,
    metadata: str | Path | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_problem: Callable[[InputProblem], None] | None = None,
    speakers: str | Path | None = None,
    extractor: str | None = None,
) -> Summary:
    """Everything a run does around the parse, shared by the local and the Dask paths.

    ``extractor`` is the fingerprint of what will extract (``pipeline.extractor_fingerprint``):
    an article stored by another is parsed again even if its text is unchanged.

    Reads and checks the inputs, skips unchanged articles, hands the rest to ``process``,
    then updates the speaker index and the statements and reports sidecar problems.
    """
    summary = Summary()
    overrides = index.Overrides.load(speakers)
    check_max_bytes(max_bytes)  # (before the sidecar is read, as iter_inputs did)
    # Read once: the articles are labelled with it and it is checked four ways below.
    sidecar = read_sidecar(metadata) if metadata is not None else None
    items = iter_inputs(paths, outlet=outlet, metadata=sidecar, max_bytes=max_bytes)
    unknown = unknown_metadata_columns(sidecar) if sidecar is not None else []
    store = Store(db_path, extractor=extractor)

    def warn(problem: InputProblem) -> None:
        if on_problem:
            on_problem(problem)

    refused: set[str] = set()  # inputs that failed: their sidecar rows did match an input

    def failed(problem: InputProblem) -> None:
        summary.failed += 1
        summary.problems.append(problem)
        refused.add(problem.source)
        warn(problem)

    encoding = sidecar.encoding if sidecar is not None else None
    if encoding:
        warn(InputProblem(str(metadata), f"not UTF-8: {encoding}", fatal=False))
    if unknown:
        warn(
            InputProblem(
                str(metadata), f"unknown column(s) ignored: {', '.join(unknown)}", fatal=False
            )
        )
    twice = duplicate_metadata_columns(sidecar) if sidecar is not None else []
    if twice:
        message = f"column(s) named twice: {', '.join(twice)}: the last of each is used"
        warn(InputProblem(str(metadata), message, fatal=False))
    conflicting = conflicting_metadata_keys(sidecar) if sidecar is not None else []
    if conflicting:
        shown = ", ".join(conflicting[:5])  # (the report escapes what it prints)
        more = f" and {len(conflicting) - 5} more" if len(conflicting) > 5 else ""
        message = f"rows that disagree for {shown}{more}: the last row of each is used"
        warn(InputProblem(str(metadata), message, fatal=False))
    sources: set[str] = set()
    try:
        with _frozen_heap():
            todo = _new_articles(items, store, summary, sources, warn, failed)
            first = next(todo, None)
            if first is not None:
                process(_chain(first, todo), store, summary, failed)
            if summary.stored or speakers is not None or _work_pending(store):
                # Regroup speaker names across articles, order-independently, so every run ends
                # with the index a full rebuild gives (incremental unless overrides are given).
                with database_errors(store, "write"), store.writing():
                    _update_index(store, overrides, full=speakers is not None)
                    statements.update(store.db)  # group quotes into statements across articles
    except DatabaseError as exc:
        if not summary.stored:
            raise
        raise DatabaseError(
            f"{exc} ({summary.stored} articles committed before are kept; re-run to continue)"
        ) from exc
    finally:
        with suppress(sqlite3.Error):
            store.close()
    if sidecar is not None:
        # A row for an input that failed matched it: "match no input" would send the user
        # looking for a misspelt name when the file was found and refused.
        unmatched = unmatched_metadata_keys(sidecar, sources | refused)
        if unmatched:
            shown = ", ".join(unmatched[:5]) + (
                f" and {len(unmatched) - 5} more" if len(unmatched) > 5 else ""
            )
            warn(
                InputProblem(
                    str(metadata), f"{len(unmatched)} row(s) match no input: {shown}", fatal=False
                )
            )
    return summary


def _chain(first: Article, rest: Iterator[Article]) -> Iterator[Article]:
    yield first
    yield from rest


def _new_articles(
    items: Iterable[Article | InputProblem],
    store: Store,
    summary: Summary,
    seen: set[str],
    warn: Callable[[InputProblem], None],
    failed: Callable[[InputProblem], None],
) -> Iterator[Article]:
    """Articles that need parsing: problems reported, unchanged and repeated ones skipped.

    ``seen`` collects the source of every article read, parsed or not.
    """
    items = iter(items)
    while True:
        try:
            item = next(items, None)
        except Exception as exc:  # a reader bug: report it, keep what was read so far
            failed(InputProblem("(inputs)", f"reading stopped: {_describe(exc)}"))
            return
        if item is None:
            return
        if isinstance(item, InputProblem):
            if item.fatal:
                failed(item)
            else:
                warn(item)
            continue
        summary.read += 1
        if item.source in seen:
            summary.skipped += 1
            continue
        seen.add(item.source)
        with database_errors(store, "read"):
            unchanged = store.is_unchanged(item)
        if unchanged:
            summary.skipped += 1
            continue
        yield item


def _work_pending(store: Store) -> bool:
    """Whether an earlier run, stopped after a batch and before its end-of-run updates,
    left speaker names to regroup or quotes without their statements."""
    with database_errors(store, "read"):
        return bool(store.pending_names()) or statements.pending(store.db)


def _update_index(store: Store, overrides: index.Overrides, *, full: bool) -> None:
    """The whole index from scratch (``full``, e.g. overrides given), else only the groups
    the names written or removed since the last update touch (the same result, at a cost
    proportional to the run rather than to the database)."""
    if full:
        index.rebuild(store.db, overrides)
    else:
        index.update(store.db, store.touched_names | store.pending_names(), overrides)
    store.index_updated()


def _flush(
    store: Store,
    batch: list[tuple[Article, list[Quote]]],
    summary: Summary,
    failed: Callable[[InputProblem], None] | None = None,
) -> None:
    """Save a batch in one transaction.

    A constraint the database adds of its own (a user's UNIQUE index or CHECK) can refuse
    one article: the batch is then saved article by article, and the ones refused are
    failed inputs naming the database, so the others are not lost with them. When nothing
    has gone in this run and every article of the batch is refused, the database is the
    problem (a trigger refusing every insert), not the inputs: a DatabaseError, as before,
    rather than one line per article of the run.
    """
    if not batch:
        return
    try:
        with database_errors(store, "write"):
            summary.quotes += store.save(batch)
    except DatabaseError as exc:
        if failed is None or not isinstance(exc.__cause__, sqlite3.IntegrityError):
            raise
        _save_one_by_one(store, batch, summary, failed, exc)
    else:
        summary.stored += len(batch)
    batch.clear()


def _save_one_by_one(
    store: Store,
    batch: list[tuple[Article, list[Quote]]],
    summary: Summary,
    failed: Callable[[InputProblem], None],
    batch_error: DatabaseError,
) -> None:
    """Save each article of a batch a constraint refused in its own transaction."""
    refused: list[InputProblem] = []
    for article, quotes in batch:
        try:
            with database_errors(store, "write"):
                written = store.save([(article, quotes)])
        except DatabaseError as exc:
            if not isinstance(exc.__cause__, sqlite3.IntegrityError):
                raise
            refused.append(
                InputProblem(article.source, f"cannot store in {store.path}: "
                             f"{one_line(exc.__cause__)}")
            )
            continue
        summary.quotes += written
        summary.stored += 1
    if len(refused) == len(batch) and not summary.stored:
        raise batch_error
    for problem in refused:
        failed(problem)


@contextmanager
def database_errors(store: Store, doing: str) -> Iterator[None]:
    """SQLite errors (full disk, read-only, corrupt, locked) as one-line DatabaseErrors.

    ``Store.save`` is one transaction, so a failed write leaves the database as the last
    commit left it.
    """
    try:
        yield
    except sqlite3.Error as exc:
        hint = ""
        if "locked" in str(exc) or "busy" in str(exc):
            hint = f" (another process kept it busy for over {BUSY_TIMEOUT_MS // 1000} s)"
        raise DatabaseError(
            f"{store.path}: cannot {doing} database: {sqlite_problem(exc, store.path)}{hint}"
        ) from exc


def _safe_pipe(
    nlp: Language, n_process: int, failed: Callable[[InputProblem], None]
) -> Callable[[Iterable[Article]], Iterator[tuple[Article, list[Quote]]]]:
    """The pipeline over articles, failures reported: in this process, or in forked
    workers that send back only the quotes (:class:`_ForkedPipe`) where fork exists."""
    if n_process > 1 and "fork" in multiprocessing.get_all_start_methods():
        return _ForkedPipe(nlp, n_process, failed)
    return _SafePipe(nlp, n_process, failed)


#: The pipeline of a forked worker (:class:`_ForkedPipe`), inherited from the parent.
_WORKER_NLP: Language | None = None

#: One article's outcome in a worker: its quotes, or the problem it was reported with.
_Outcome = tuple[list[Quote] | None, InputProblem | None]


def _init_worker(nlp: Language) -> None:
    global _WORKER_NLP
    _WORKER_NLP = nlp
    # The parent's SIGTERM handler (the CLI's) is inherited through fork; a worker the
    # pool terminates should just end, as before, not report an interruption.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "SIGHUP") and signal.getsignal(signal.SIGHUP) != signal.SIG_IGN:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)  # the same for SIGHUP (nohup's ignore kept)
    # Ctrl-C reaches the workers too (the terminal signals the whole process group): one
    # waiting for its next batch raised KeyboardInterrupt in the pool's queue and printed
    # its traceback under the parent's one-line report. The parent reports and stops the
    # run; a worker just ends. A background run's ignored SIGINT stays ignored.
    if signal.getsignal(signal.SIGINT) != signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.SIG_DFL)


def _run_batch(articles: list[Article]) -> list[_Outcome]:
    """In a worker: :class:`_SafePipe` over one batch; each article's outcome, in order."""
    assert _WORKER_NLP is not None
    problems: dict[str, InputProblem] = {}

    def failed(problem: InputProblem) -> None:
        problems[problem.source] = problem

    found = {a.source: quotes for a, quotes in _SafePipe(_WORKER_NLP, 1, failed)(articles)}
    return [(found.get(a.source), problems.get(a.source)) for a in articles]


class _ForkedPipe:
    """``n_process`` forked workers, each running the whole pipeline, spaCy's parse and
    ours, on batches of articles, and sending back only the quotes.

    spaCy's own ``n_process`` sends every parsed Doc back (tens of KB each, serialised in
    the worker, rebuilt in this process), and with ``as_tuples`` tokenises and serialises
    each text here first: work that competes with the workers for the same cores. Here
    this process only reads, writes and waits. The guarantees are :class:`_SafePipe`'s,
    which each worker runs over its batch: an article that fails is reported (one line)
    and the others go on, results come back in input order. A batch whose worker died
    is run again here, article by article, and a new pool of workers takes the rest.
    """

    def __init__(
        self, nlp: Language, n_process: int, failed: Callable[[InputProblem], None]
    ) -> None:
        self.nlp = nlp
        self.n_process = n_process
        self.failed = failed

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.n_process,
            mp_context=multiprocessing.get_context("fork"),
            initializer=_init_worker,
            initargs=(self.nlp,),  # inherited through fork, never pickled
        )

    def __call__(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Quote]]]:
        pending: deque[tuple[list[Article], Future]] = deque()
        executor: ProcessPoolExecutor | None = None
        batches = _batches(articles, PARSE_BATCH)
        try:
            for batch in batches:
                if executor is None:
                    executor = self._start()
                try:
                    future: Future | None = executor.submit(_run_batch, batch)
                except BrokenProcessPool:
                    # A worker died since the last batch was collected: a new pool takes
                    # the batches the old one lost, and this one (that was a traceback).
                    executor = self._restart(executor, pending)
                    future = None if executor is None else _submit_or_none(executor, batch)
                except _NO_WORKER:
                    future = None
                if future is None:
                    # A worker could not be forked (the process limit of `ulimit -u`, no
                    # memory): that was a traceback with the run stopped. The batches in
                    # flight come back as they are, and this process parses the rest.
                    if executor is not None:
                        _stop_pool(executor)
                    executor = None
                    rest = itertools.chain(batch, itertools.chain.from_iterable(batches))
                    yield from self._here(pending, rest)
                    return
                pending.append((batch, future))
                # Two batches a worker in flight: none waits for work, memory stays flat.
                while len(pending) > 2 * self.n_process:
                    broken = yield from self._collect(*pending.popleft())
                    if broken:
                        executor = self._restart(executor, pending)
                        if executor is None:
                            yield from self._here(pending, itertools.chain.from_iterable(batches))
                            return
            while pending:
                broken = yield from self._collect(*pending.popleft())
                if broken and pending:
                    executor = self._restart(executor, pending)
                    if executor is None:
                        yield from self._here(pending, ())
                        return
        finally:
            if executor is not None:
                executor.shutdown(wait=True, cancel_futures=True)

    def _here(
        self, pending: deque[tuple[list[Article], Future]], rest: Iterable[Article]
    ) -> Iterator[tuple[Article, list[Quote]]]:
        """Without workers: the batches in flight as they come back (those a dead pool
        lost parsed here), then every remaining article parsed in this process."""
        while pending:
            yield from self._collect(*pending.popleft())
        yield from _SafePipe(self.nlp, 1, self.failed)(rest)

    def _collect(
        self, batch: list[Article], future: Future
    ) -> Generator[tuple[Article, list[Quote]], None, bool]:
        """One batch's results in order; returns whether the pool broke."""
        try:
            outcomes = future.result()
        except Exception as exc:  # the worker died, or its result could not come back
            yield from _SafePipe(self.nlp, 1, self.failed)(batch)
            return isinstance(exc, BrokenProcessPool)
        for article, (quotes, problem) in zip(batch, outcomes, strict=True):
            if problem is not None:
                self.failed(problem)
            elif quotes is not None:
                yield article, quotes
            else:  # neither: cannot happen, but never lose an article silently
                yield from _SafePipe(self.nlp, 1, self.failed)([article])
        return False

    def _restart(
        self,
        executor: ProcessPoolExecutor | None,
        pending: deque[tuple[list[Article], Future]],
    ) -> ProcessPoolExecutor | None:
        """A new pool after one broke; the batches it lost are sent to the new one.

        None when the new pool cannot start (no process or thread to be had, as under
        `ulimit -u` once the dead worker's slot was taken): that escaped as a traceback
        with the run stopped. The lost batches are then left in ``pending`` with their
        failed futures, which :meth:`_collect` parses in this process.
        """
        if executor is not None:
            executor.shutdown(wait=True, cancel_futures=True)
        fresh = self._start()
        resubmitted = list(pending)
        try:
            for i, (batch, future) in enumerate(pending):
                if not (future.done() and not future.cancelled() and future.exception() is None):
                    resubmitted[i] = (batch, fresh.submit(_run_batch, batch))
        except _NO_WORKER:
            _stop_pool(fresh)
            return None
        pending.clear()
        pending.extend(resubmitted)
        return fresh


def _submit_or_none(executor: ProcessPoolExecutor, batch: list[Article]) -> Future | None:
    """The batch sent to the pool, or None when the pool cannot take it."""
    try:
        return executor.submit(_run_batch, batch)
    except _NO_WORKER:
        return None


#: What starting a worker raises when the system has no process (fork: EAGAIN, ENOMEM)
#: or thread (the pool's manager thread: RuntimeError) to give.
_NO_WORKER = (OSError, RuntimeError)


def _stop_pool(executor: ProcessPoolExecutor) -> None:
    """Shut down a pool whose start failed part-way, its forked workers with it.

    ``shutdown`` only stops workers through the manager thread, which a failed start
    never created: the workers forked before the failure would wait for work forever
    (they hold the queue's other end themselves, so they never see it close). Their
    unstarted futures are cancelled; `_ForkedPipe._collect` parses those batches here.
    SIGKILL, not SIGTERM: a worker inherits the CLI's SIGTERM handler until its
    initializer runs, and one signalled that early raised and hung instead of ending.
    Nothing is lost: no work reached them (the pool never started).
    """
    workers = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    for worker in workers:
        worker.kill()
    for worker in workers:
        worker.join()


def _batches(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for article in articles:
        batch.append(article)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _SafePipe:
    """``nlp.pipe`` over articles where an article that fails is reported, not fatal.

    spaCy hands a component's exception to the pipeline's error handler; ours records it
    and spaCy drops the document(s) it was working on. Articles go in and come out in
    order, so an article that does not come out was dropped: it is retried alone when it
    failed together with others (a trainable component fails a whole batch, a worker
    process reports no documents at all), and reported as failed otherwise. An
    exception that escapes ``nlp.pipe`` itself (the tokenizer, a worker) is handled the
    same way for every article in flight, then a new ``nlp.pipe`` takes the rest.
    """

    def __init__(
        self, nlp: Language, n_process: int, failed: Callable[[InputProblem], None]
    ) -> None:
        self.nlp = nlp
        self.n_process = n_process
        self.failed = failed
        self.in_flight: dict[str, Article] = {}  # fed to nlp.pipe, not yet out, in order
        self.errors: dict[str, tuple[str, int]] = {}  # source -> (message, docs failed with)
        self.alone: set[str] = set()  # long articles in flight that nlp.pipe never sees
        self.fed = 0

    def __call__(self, articles: Iterable[Article]) -> Iterator[tuple[Article, list[Quote]]]:
        feed = self._feed(articles)
        restore = self._install_error_handler()
        try:
            while True:
                fed_before = self.fed
                docs = self.nlp.pipe(
                    feed, as_tuples=True, batch_size=PARSE_BATCH, n_process=self.n_process
                )
                try:
                    for doc, article in docs:
                        yield from self._dropped_before(article.source)
                        ok = self.in_flight.pop(article.source, None)
                        if ok is not None:
                            yield ok, self._quotes(doc)
                    yield from self._dropped_before(None)
                    return
                except QuotesError:
                    raise
                except Exception as exc:
                    if self.fed == fed_before and not self.in_flight:
                        # Nothing was parsed: the pipeline itself is broken.
                        raise ModelError(f"the pipeline cannot run: {_describe(exc)}") from exc
                    message = _describe(exc)
                    for source in self.in_flight:
                        if source not in self.alone:  # (nlp.pipe never had it)
                            self.errors.setdefault(source, (message, len(self.in_flight)))
                    yield from self._dropped_before(None)
                finally:
                    docs.close()  # stops worker processes after an escaped exception
        finally:
            restore()

    def _install_error_handler(self) -> Callable[[], None]:
        """Make ``_on_error`` the handler of the pipeline and its components; return undo.

        Not ``nlp.set_error_handler``: in spaCy 3.8 it raises AttributeError on the parser
        and NER (Cython classes without room for the attribute). Those two keep raising,
        which ``__call__`` handles as an escaped exception.
        """
        previous = [(self.nlp, "default", self.nlp.default_error_handler)]
        self.nlp.default_error_handler = self._on_error
        for _name, proc in self.nlp.pipeline:
            if hasattr(proc, "set_error_handler") and hasattr(proc, "get_error_handler"):
                before = proc.get_error_handler()
                try:
                    proc.set_error_handler(self._on_error)
                except AttributeError:
                    continue
                previous.append((proc, "component", before))

        def restore() -> None:
            for owner, kind, handler in previous:
                if kind == "default":
                    owner.default_error_handler = handler
                else:
                    owner.set_error_handler(handler)

        return restore

    def _feed(self, articles: Iterable[Article]) -> Iterator[tuple[str, Article]]:
        limit = self.nlp.max_length
        for article in articles:
            if len(article.text) > limit:
                self._fail(
                    article,
                    f"text is {len(article.text):,} characters, over the parser's limit "
                    f"of {limit:,}",
                )
                continue
            self.in_flight[article.source] = article
            self.fed += 1
            if len(article.text) > pipeline.LONG_TEXT:
                # Not through nlp.pipe: parsed alone, in pieces (`pipeline.run`), when the
                # articles after it come out (`_dropped_before`: it never came out).
                self.alone.add(article.source)
                continue
            # A Doc, not the text: it carries the byline, so a columnist's "I" resolves.
            yield pipeline.make_doc(self.nlp, article.text, article.author), article

    def _on_error(
        self, name: str | None, proc: object, docs: list[Doc] | None, exc: Exception
    ) -> None:
        """spaCy's error handler: remember what failed; spaCy drops the documents."""
        message = _describe(exc, name)
        docs = docs or []
        for doc in docs:
            article = getattr(doc, "_context", None)
            if isinstance(article, Article):
                self.errors[article.source] = (message, len(docs))

    def _dropped_before(self, source: str | None) -> Iterator[tuple[Article, list[Quote]]]:
        """Articles fed before ``source`` (every one left, for None) that never came out."""
        while self.in_flight:
            first = next(iter(self.in_flight))
            if first == source:
                return
            article = self.in_flight.pop(first)
            message, together = self.errors.pop(first, (None, 0))
            if message is not None and together == 1:
                self._fail(article, message)
                continue
            try:
                quotes = self._parse_alone(article)
            except Exception as exc:
                self._fail(article, _describe(exc))
                continue
            yield article, quotes

    def _parse_alone(self, article: Article) -> list[Quote]:
        """Run the pipeline on one article in this process, letting exceptions out."""
        self.alone.discard(article.source)
        doc = pipeline.make_doc(self.nlp, article.text, article.author)
        return self._quotes(pipeline.run(self.nlp, doc))

    @staticmethod
    def _quotes(doc: Doc) -> list[Quote]:
        return list(doc._.quotes or [])

    def _fail(self, article: Article, message: str) -> None:
        self.failed(article.problem(f"could not process: {message}"))


def _describe(exc: BaseException, component: str | None = None) -> str:
    """An exception as one line: where (the component, if known), type and message."""
    text = str(exc)
    if "Traceback (most recent call last)" in text:  # a worker's traceback (spaCy E871)
        lines = [line for line in text.splitlines() if line.strip()]
        text = lines[-1] if lines else text
    where = f"in {component}: " if component else ""
    return one_line(f"{where}{type(exc).__name__}: {text}" if text else f"{where}{exc!r}")
