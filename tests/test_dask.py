"""``quotes extract --dask``: the extract job on a Dask LocalCluster of 2 workers.

The database a distributed run writes must be the one a local run writes, table for
table and row for row (same ids), and stay so through re-runs, duplicate partitions and a
worker killed mid-run.
"""

from __future__ import annotations

import os
import re
import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("distributed")

from click.testing import CliRunner  # noqa: E402
from distributed import Client, LocalCluster  # noqa: E402

from quotes import pipeline  # noqa: E402
from quotes.cli import cli  # noqa: E402
from quotes.distributed import extract_batch, run_extract_dask, write_batch  # noqa: E402
from quotes.errors import ModelError  # noqa: E402
from quotes.ingest import iter_inputs  # noqa: E402
from quotes.run import Summary, run_extract  # noqa: E402
from quotes.store import Store  # noqa: E402

SAMPLES = Path(__file__).resolve().parent.parent / "quotes" / "samples"
RENAMES = [("Okafor", "Lindqvist"), ("Maria", "Greta"), ("said", "told reporters")]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """22 articles: the 10 samples, 10 variants (people renamed, paragraphs reversed,
    another outlet) and the 2 articles of the JSONL feed."""
    root = tmp_path_factory.mktemp("corpus")
    for path in sorted((SAMPLES / "articles").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        (root / path.name).write_text(text, encoding="utf-8")
        head, *paragraphs = text.split("\n\n")
        variant = "\n\n".join([head, *reversed(paragraphs)])
        for old, new in RENAMES:
            variant = re.sub(rf"\b{old}\b", new, variant)
        (root / f"variant-{path.name}").write_text(variant, encoding="utf-8")
    (root / "feeds").mkdir()
    (root / "feeds" / "wire.jsonl").write_bytes(
        (SAMPLES / "articles" / "feeds" / "wire.jsonl").read_bytes()
    )
    return root


@pytest.fixture(scope="module")
def client() -> Client:
    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, Client(cluster) as dask:
        yield dask


@pytest.fixture(scope="module")
def local_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("local") / "quotes.db"
    summary = run_extract([corpus], path, metadata=SAMPLES / "metadata.csv")
    assert summary.stored == 22 and summary.failed == 0 and summary.quotes > 100
    return path


def tables(path: Path) -> dict[str, list[tuple]]:
    """Every table of the database (the full-text index's included), rows sorted; the
    migrations' log without its timestamps."""
    conn = sqlite3.connect(path)
    try:
        names = [
            name
            for (name,) in conn.execute(
                "select name from sqlite_master where type = 'table' order by name"
            )
        ]
        out = {
            name: sorted(conn.execute(f'select * from "{name}"').fetchall(), key=repr)
            for name in names
        }
        out["_sqlite_migrations"] = [row[:3] for row in out.get("_sqlite_migrations", [])]
        return out
    finally:
        conn.close()


def assert_same_database(a: Path, b: Path) -> None:
    left, right = tables(a), tables(b)
    assert left.keys() == right.keys()
    for name in left:
        assert left[name] == right[name], f"table {name} differs"


def test_dask_run_writes_the_local_runs_database(
    corpus: Path, local_db: Path, client: Client, tmp_path: Path
) -> None:
    db = tmp_path / "quotes.db"
    summary = run_extract_dask(
        [corpus], db, client=client, metadata=SAMPLES / "metadata.csv", batch_size=3
    )
    assert (summary.read, summary.stored, summary.skipped, summary.failed) == (22, 22, 0, 0)
    assert_same_database(local_db, db)
    counts = tables(db)
    assert len(counts["articles"]) == 22 and len(counts["quotes"]) == summary.quotes

    # Re-run: everything is skipped by content hash before it reaches the cluster.
    again = run_extract_dask(
        [corpus], db, client=client, metadata=SAMPLES / "metadata.csv", batch_size=3
    )
    assert (again.read, again.stored, again.skipped) == (22, 0, 22)
    assert_same_database(local_db, db)


def test_workers_apply_the_runs_confidence_cut(
    corpus: Path, client: Client, tmp_path: Path
) -> None:
    """``min_confidence`` reaches the workers: a Dask run with no cut stores what a local
    run with no cut stores, and more than the default cut keeps."""
    from support import HARBOUR

    where = tmp_path / "corpus"
    where.mkdir()
    for path in sorted(corpus.glob("*.txt"))[:4]:
        (where / path.name).write_bytes(path.read_bytes())
    (where / "harbour.txt").write_text(HARBOUR, encoding="utf-8")
    local, remote, default = tmp_path / "local.db", tmp_path / "remote.db", tmp_path / "cut.db"
    run_extract([where], local, min_confidence=0)
    run_extract_dask([where], remote, client=client, batch_size=2, min_confidence=0)
    run_extract_dask([where], default, client=client, batch_size=2)
    assert_same_database(local, remote)
    assert len(tables(remote)["quotes"]) > len(tables(default)["quotes"])


def test_back_pressure_window_of_one(corpus: Path, local_db: Path, client: Client, tmp_path: Path) -> None:
    """One partition in flight at a time still gives the same database."""
    db = tmp_path / "quotes.db"
    summary = run_extract_dask(
        [corpus], db, client=client, metadata=SAMPLES / "metadata.csv", batch_size=8,
        max_in_flight=1,
    )
    assert summary.stored == 22
    assert_same_database(local_db, db)


def test_a_duplicate_partition_is_not_stored_twice(corpus: Path, tmp_path: Path) -> None:
    batch = [a for a in iter_inputs([corpus / "feeds"])][:2]
    result = extract_batch(batch, pipeline.choose_model())
    db = tmp_path / "quotes.db"
    with Store(db) as store:
        first = Summary()
        write_batch(store, batch, result, first, lambda p: None)
        before = tables(db)
        duplicate = Summary()
        write_batch(store, batch, result, duplicate, lambda p: None)
    assert (first.stored, first.skipped) == (2, 0) and first.quotes > 0
    assert (duplicate.stored, duplicate.skipped, duplicate.quotes) == (0, 2, 0)
    assert tables(db) == before


def test_a_worker_killed_mid_run_loses_nothing(
    corpus: Path, local_db: Path, client: Client, tmp_path: Path
) -> None:
    db = tmp_path / "quotes.db"
    out: dict = {}

    def job() -> None:
        out["summary"] = run_extract_dask(
            [corpus], db, client=client, metadata=SAMPLES / "metadata.csv", batch_size=2
        )

    thread = threading.Thread(target=job)
    thread.start()
    deadline = time.monotonic() + 30
    while thread.is_alive() and time.monotonic() < deadline and not _stored(db):
        time.sleep(0.05)
    pids = client.run(os.getpid)
    os.kill(next(iter(pids.values())), signal.SIGKILL)  # its partition in flight is lost
    thread.join(60)
    assert not thread.is_alive()
    summary = out["summary"]
    assert (summary.stored, summary.failed) == (22, 0)
    assert_same_database(local_db, db)
    client.wait_for_workers(2, timeout=30)  # the nanny restarts it for the next tests


def _stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(db)
        try:
            return conn.execute("select count(*) from articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_a_model_no_worker_has_is_a_model_error(corpus: Path, client: Client, tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="no_such_model"):
        run_extract_dask([corpus / "feeds"], tmp_path / "q.db", client=client, model="no_such_model")


def test_cli_dask_with_processes_is_a_usage_error(corpus: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["extract", str(corpus), "--db", str(tmp_path / "q.db"), "--dask", "local", "--processes", "2"]
    )
    assert result.exit_code == 2
    assert "--processes" in result.output
