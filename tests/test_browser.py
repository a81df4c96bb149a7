"""The published pages in a real browser: headless Chromium against ``quotes serve``.

The database is built from the bundled samples with the real CLI, the server is the real
``quotes serve`` in a subprocess, and Chromium renders the pages (scripts run) before
the DOM is read. Skips when ``chromium`` is not on PATH (``.ci/run`` installs it).

``QUOTES_SCREENSHOT_DIR=docs pytest tests/test_browser.py`` also writes the README's
screenshots (``quotes-page.png``, ``article-page.png``) there.
"""

from __future__ import annotations

import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import PageParser
from support import wait_for_server

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = shutil.which("chromium")

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled samples extracted with ``quotes extract`` into ``quotes.db``."""
    path = tmp_path_factory.mktemp("browser") / "quotes.db"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "quotes",
            "extract",
            "quotes/samples/articles",
            "--metadata",
            "quotes/samples/metadata.csv",
            "--db",
            str(path),
            "--silent",
        ],
        cwd=ROOT,  # relative inputs, as in the README: sources read quotes/samples/...
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def server(sample_db: Path) -> Iterator[str]:
    """``quotes serve`` on a free localhost port; yields its base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "quotes", "serve", "--db", str(sample_db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for_server(proc, base)
        yield base
    finally:
        proc.terminate()
        try:
            proc.communicate(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.communicate()


def chromium(tmp_path: Path, url: str, *args: str) -> str:
    """Run headless Chromium on ``url`` with ``args``; returns its stdout."""
    assert CHROMIUM is not None
    profile = tmp_path / "chromium-profile"
    done = subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            *args,
            url,
        ],
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def rendered(tmp_path: Path, url: str) -> PageParser:
    dom = chromium(tmp_path, url, "--dump-dom")
    assert "</html>" in dom
    return PageParser(dom)


def screenshot(tmp_path: Path, url: str, name: str, size: str) -> None:
    """Take a screenshot; keep it in $QUOTES_SCREENSHOT_DIR when that is set."""
    target = tmp_path / name
    chromium(tmp_path, url, f"--window-size={size}", f"--screenshot={target}")
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    keep = os.environ.get("QUOTES_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(target, Path(keep) / name)


def busiest_article(db: Path) -> tuple[int, list[tuple[int, int | None, str, int, int]]]:
    """The article with the most quotes, and its quotes (id, speaker_id, type, span)."""
    conn = sqlite3.connect(db)
    try:
        (article,) = conn.execute(
            "select article_id from quotes group by article_id "
            "order by count(*) desc, article_id limit 1"
        ).fetchone()
        quotes = conn.execute(
            "select id, speaker_id, type, content_start, content_end from quotes "
            "where article_id = ? order by content_start",
            [article],
        ).fetchall()
    finally:
        conn.close()
    return article, quotes


def test_quotes_page_in_chromium(server: str, sample_db: Path, tmp_path: Path) -> None:
    url = f"{server}/quotes/quotes_view"
    page = rendered(tmp_path, url)
    conn = sqlite3.connect(sample_db)
    total = conn.execute("select count(*) from quotes").fetchone()[0]
    conn.close()
    marks = [m for m in page.marks if m.quote_id]
    assert len(marks) == min(total, 50)  # one highlighted quote per row of the first page
    assert {c for m in marks for c in m.classes} >= {"quote-direct", "quote-indirect"}
    speaker_links = [h for h in page.links if h.startswith("/quotes/speakers/")]
    article_links = [h for h in page.links if h.startswith("/quotes/articles/") and "#q-" in h]
    assert len(speaker_links) >= len(marks) // 2
    assert len(article_links) == len(marks)
    screenshot(tmp_path, url, "quotes-page.png", "1280,1400")


def test_article_page_in_chromium(server: str, sample_db: Path, tmp_path: Path) -> None:
    article, quotes = busiest_article(sample_db)
    url = f"{server}/quotes/articles/{article}"
    page = rendered(tmp_path, url)
    marks = page.article_marks()
    assert marks
    by_id = {str(q[0]): q for q in quotes}
    for mark in marks:
        _, speaker_id, kind, _, _ = by_id[mark.quote_id or ""]
        assert f"quote-{kind}" in mark.classes
        expected = [f"/quotes/speakers/{speaker_id}"] if speaker_id is not None else []
        assert mark.hrefs == expected
    # Every quote is highlighted (one with exactly another's span may hide behind it).
    spans = [q[3:] for q in quotes]
    visible = {str(q[0]) for q in quotes if spans.count(q[3:]) == 1}
    assert visible <= {m.quote_id for m in marks} <= set(by_id)
    assert any(h.startswith("/quotes/quotes/") for h in page.links)  # numbered markers
    screenshot(tmp_path, url, "article-page.png", "1280,1100")
