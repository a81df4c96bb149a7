"""Helpers shared by several test modules (plain functions; fixtures live in conftest)."""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

from click.testing import CliRunner, Result

from quotes.cli import cli

#: An invented article whose second naming ("known locally as") scores under the default
#: cut (a naming is no speech: on PolNeAR train such items are right less than half the
#: time).
HARBOUR = """Harbour works delayed again

The council said on Monday that the harbour works would be delayed until spring.

Engineers are seeking a longer contract for the repairs, and the owners of the ferry \
company, known as the Friends of the Pier, have backed other bidders. Some of them, known \
locally as the Pier Lot, may not want to pay for the new slipway.

"We will not wait forever," said Mara Voss, who chairs the harbour board. "The town \
deserves better."
"""


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def word_dice(a: str, b: str) -> float:
    """Dice overlap of two texts' words: how close an extracted clause is to the expected."""
    wa, wb = Counter(words(a)), Counter(words(b))
    total = sum(wa.values()) + sum(wb.values())
    return 2 * sum((wa & wb).values()) / total if total else 1.0


def extract(*args: str | Path) -> Result:
    """``quotes extract ARGS`` in-process; an exception escaping the CLI fails the test."""
    result = CliRunner().invoke(cli, ["extract", *map(str, args)], catch_exceptions=True)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result


def one_error(result: Result, code: int, *needles: str) -> str:
    """The one ``Error:`` line of a refused CLI run with exit ``code`` (no traceback),
    holding every needle."""
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 1, result.stderr
    for needle in needles:
        assert needle in errors[0], errors[0]
    return errors[0]


def wait_for_server(proc: subprocess.Popen[str], base: str, timeout: float = 30) -> None:
    """Poll a Datasette started in ``proc`` until it answers; fail with its output if not."""
    import time

    import httpx
    import pytest

    deadline = time.monotonic() + timeout
    while True:
        try:
            httpx.get(f"{base}/-/versions.json", timeout=1)
            return
        except httpx.TransportError:
            if proc.poll() is not None or time.monotonic() > deadline:
                output = proc.stdout.read() if proc.stdout and proc.poll() is not None else ""
                pytest.fail(f"server did not start: {output}")
            time.sleep(0.1)
