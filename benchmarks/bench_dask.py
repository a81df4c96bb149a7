"""The Dask column of the benchmark: ``quotes extract --dask`` against ``--processes N``.

    python benchmarks/bench_dask.py --articles 300                 # --dask local vs --processes 2
    python benchmarks/bench_dask.py --articles 300 --dask tcp://scheduler:8786

Same synthetic corpus as ``benchmarks/bench.py`` (its ``write_corpus``). Measured:

* ``quotes extract --processes N`` and ``quotes extract --dask ADDRESS`` (subprocesses,
  wall clock, each on a fresh database): articles/s, and the difference per article,
  which is the whole cost of the distributed path here (cluster start, one model load per
  worker, shipping articles and rows, the in-order writer);
* the fixed part of it: starting a LocalCluster and connecting (``--dask local`` only);
* the transport alone: the corpus sent through the cluster in the same partitions and
  window as an extract, with a task that returns empty rows (no parse), per article;
* that both databases hold the same articles and quotes.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import write_corpus  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
QUOTES = [sys.executable, "-m", "quotes"]


def timed(cmd: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def counts(db: Path) -> tuple[int, int]:
    conn = sqlite3.connect(db)
    try:
        return (
            conn.execute("select count(*) from articles").fetchone()[0],
            conn.execute("select count(*) from quotes").fetchone()[0],
        )
    finally:
        conn.close()


def empty_rows(articles: list, model: str) -> tuple[list, list]:
    """A task with the shape of ``extract_batch`` and no parse."""
    return [(a.source, []) for a in articles], []


def transport(corpus: Path, address: str, workers: int, batch_size: int) -> tuple[float, int]:
    """Seconds to stream the corpus through the cluster with no parse; articles sent."""
    from distributed import Client, LocalCluster, as_completed

    from quotes.ingest import iter_inputs
    from quotes.models import Article

    cluster = None
    if address == "local":
        cluster = LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
    else:
        client = Client(address)
    try:
        client.submit(empty_rows, [], "").result()  # workers up and warm
        window = max(2, 2 * sum(client.nthreads().values()))
        articles = (a for a in iter_inputs([corpus]) if isinstance(a, Article))
        start = time.perf_counter()
        running, sent, in_flight = as_completed(), 0, 0
        batch: list = []

        def submit(batch: list) -> None:
            running.add(client.submit(empty_rows, batch, "", pure=False))

        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                submit(batch)
                sent, in_flight, batch = sent + len(batch), in_flight + 1, []
                while in_flight >= window:
                    next(running).result()
                    in_flight -= 1
        if batch:
            submit(batch)
            sent += len(batch)
        for future in running:
            future.result()
        return time.perf_counter() - start, sent
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def cluster_start(workers: int) -> float:
    from distributed import Client, LocalCluster

    start = time.perf_counter()
    with LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as client:
        client.wait_for_workers(workers)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--processes", type=int, default=2, help="local run to compare with")
    parser.add_argument("--dask", default="local", help="scheduler address, or 'local'")
    parser.add_argument("--batch-size", type=int, default=50)
    args = parser.parse_args()
    workers = os.cpu_count() or 1

    with tempfile.TemporaryDirectory(prefix="quotes-bench-dask-") as tmp:
        work = Path(tmp)
        corpus, words = write_corpus(args.articles, work / "corpus")
        n = args.articles
        common = ["--silent", "--batch-size", str(args.batch_size)]
        local_db, dask_db = work / "local.db", work / "dask.db"
        t_local = timed(
            [*QUOTES, "extract", str(corpus), "--db", str(local_db),
             "--processes", str(args.processes), *common]
        )
        t_dask = timed(
            [*QUOTES, "extract", str(corpus), "--db", str(dask_db), "--dask", args.dask, *common]
        )
        t_start = cluster_start(workers) if args.dask == "local" else float("nan")
        t_move, sent = transport(corpus, args.dask, workers, args.batch_size)
        same = counts(local_db) == counts(dask_db)

    rows = [
        (f"--processes {args.processes}", f"{t_local:.1f} s", f"{n / t_local:.1f} articles/s"),
        (f"--dask {args.dask} ({workers} workers x 1 thread)" if args.dask == "local"
         else f"--dask {args.dask}", f"{t_dask:.1f} s", f"{n / t_dask:.1f} articles/s"),
        ("dask - local, per article", f"{(t_dask - t_local) / n * 1000:+.1f} ms", ""),
        ("  of which LocalCluster start (fixed)", f"{t_start:.1f} s",
         f"{t_start / n * 1000:.1f} ms/article at this size"),
        ("  transport alone (no parse)", f"{t_move:.2f} s",
         f"{t_move / sent * 1000:.2f} ms/article"),
        ("same articles and quotes stored", "yes" if same else "NO", ""),
    ]
    print(f"{n} articles, {words / n:.0f} words each; batch size {args.batch_size}")
    width = max(len(r[0]) for r in rows)
    for what, value, note in rows:
        print(f"{what:<{width}}  {value:>10}  {note}")


if __name__ == "__main__":
    main()
