"""The cyclic garbage collector held off while one of our components reads a document.

Our components allocate many short-lived objects per article (a Token for each word a
rule reads, Spans, candidates, dicts of features), and every 700 allocations start a
collection. Each full collection walks every tracked object of the process, the spaCy
model's among them, and on train those passes made up 7-10% of our components' time.
Almost all of that garbage is freed by reference counting the moment it is dropped; the
collector only matters for reference cycles, and a component call makes few. So each
component pauses automatic collection for its own call and restores it afterwards: the
next allocation after the call starts one collection of everything the call left alive,
instead of dozens during it. Predictions cannot change (collection frees only objects
nothing can reach), and memory grows at most by one document's cyclic garbage.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collection_paused() -> Iterator[None]:
    """Automatic garbage collection off inside the block, as it was after it. A caller
    that turned it off itself keeps it off (nothing is re-enabled behind its back)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
