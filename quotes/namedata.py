"""nomquamgender's first-name data, looked up without parsing all of it.

The package ships ``name_data.json``: about 720,000 first names, each with
``[sources, count, share of women, ...]``, written by ``json.dump`` with its keys sorted.
Parsing it whole took about 1.4 s and 100+ MB per run (and importing the package, 1.7 s
more, for pandas), while a run looks up at most a few thousand names. So the text is
read as it is (22 MB, about 20 ms) and each name is found by bisection over its sorted
keys: some 25 short probes per name, cached by the callers.
"""

from __future__ import annotations

import bisect
import functools
import importlib.util
import json
from json.decoder import scanstring
from pathlib import Path

#: What separates two entries: the end of one value, then the opening quote of a key.
_BETWEEN = '], "'
_DECODER = json.JSONDecoder()


def data_path(package: str = "nomquamgender", name: str = "name_data.json") -> Path | None:
    """Where the package's data file is, found without importing the package (whose
    ``__init__`` imports pandas)."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):  # pragma: no cover - a broken installation
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        path = Path(folder) / name
        if path.is_file():
            return path
    return None


class SortedJsonObject:
    """Read-only lookups in the text of a JSON object whose keys are sorted and whose
    values are lists of numbers or lists (``{"a": [1, 2], "b": [3, [4]]}``, as
    ``json.dump`` writes them with ``sort_keys=True``); ``get`` gives the value as
    ``json.loads`` would."""

    #: Characters of text between two entries `_landmarks` reads the keys of.
    LANDMARK_STEP = 16_384

    def __init__(self, text: str, landmark_step: int = LANDMARK_STEP) -> None:
        if not (text.startswith('{"') and text.rstrip().endswith("]}")):
            raise ValueError("not a JSON object of lists in the expected layout")
        self.text = text
        self._step = landmark_step
        self._marks: tuple[list[str], list[int]] | None = None

    def _landmarks(self) -> tuple[list[str], list[int]]:
        """The keys and offsets of an entry every `LANDMARK_STEP` characters (about 1,400
        in the 22 MB file, read once, in a few milliseconds): a look-up bisects their keys
        in C first and then probes the text only between two of them, some 10 probes
        where the whole text took about 25, each a search and a string decode."""
        if self._marks is None:
            text = self.text
            keys: list[str] = []
            starts: list[int] = []
            pos = 1
            while pos < len(text):
                start = self._entry_at_or_after(pos)
                if start is None:
                    break
                keys.append(scanstring(text, start + 1)[0])
                starts.append(start)
                pos = start + self._step
            self._marks = (keys, starts)
        return self._marks

    def get(self, key: str) -> list | None:
        text = self.text
        keys, starts = self._landmarks()
        k = bisect.bisect_right(keys, key) - 1  # the last landmark at or before the key
        if k < 0:
            return None  # (the first landmark is the first entry)
        # the entry sought starts within [lo, hi]: from the landmark to the next one
        lo, hi = starts[k], (starts[k + 1] - 1 if k + 1 < len(starts) else len(text) - 1)
        if key and key.isascii() and key.isprintable() and '"' not in key and "\\" not in key:
            return self._get_written_as_is(key, lo, hi)
        while lo <= hi:
            mid = (lo + hi) // 2
            start = self._entry_at_or_after(mid)
            if start is None or start > hi:
                hi = mid - 1
                continue
            found, value_start = scanstring(text, start + 1)
            if found == key:
                return _DECODER.raw_decode(text, value_start + 2)[0]
            if found < key:
                lo = start + 1
            else:
                hi = mid - 1
        return None

    def _get_written_as_is(self, key: str, lo: int, hi: int) -> list | None:
        """`get` for a key ``json.dump`` writes as it is (printable ASCII, no quote mark
        nor backslash: every name the resolver asks, lower-cased without accents),
        whose entry would open within [lo, hi]: one search of that stretch for the key
        written out, where the bisection probed it some ten times, each a search and a
        string decode (a name the data lacks reads the stretch once as well).
        A match counts only as a whole entry: its quote mark opens the text or follows
        the end of the entry before it (a key holding it, "ab\\"key", would be written
        with the backslash before its quote mark)."""
        text = self.text
        needle = f'{key}": ['
        stop = hi + 1 + len(needle)  # (the key's first character is at most at hi + 1)
        i = text.find(needle, lo + 1, stop)
        while i >= 0:
            if text[i - 1] == '"' and (i == 2 or text.startswith(_BETWEEN, i - 4)):
                return _DECODER.raw_decode(text, i + len(needle) - 1)[0]
            i = text.find(needle, i + 1, stop)
        return None

    def _entry_at_or_after(self, pos: int) -> int | None:
        """Offset of the opening quote of the first entry starting at or after ``pos``."""
        text = self.text
        if pos <= 1:
            return 1
        search = pos - len(_BETWEEN) + 1
        while True:
            i = text.find(_BETWEEN, max(search, 0))
            if i < 0:
                return None
            start = i + len(_BETWEEN) - 1
            # A key ending in "], " would fake a separator; a real entry reads "key": [
            try:
                _key, end = scanstring(text, start + 1)
            except ValueError:
                end = -1
            if end > 0 and text.startswith(": [", end):
                return start
            search = i + 1


class WomenShares:
    """First name (lower case, no accents) -> share of women bearing it, or None."""

    #: Looked-up names kept in memory: a binary search over the data's text costs ~50
    #: string scans, and the same few thousand capitalised words recur in every article.
    CACHE_SIZE = 100_000

    def __init__(self, rows: SortedJsonObject | dict[str, list]) -> None:
        self.rows = rows
        self._rows: dict[str, list | None] = {}

    def row(self, name: str) -> list | None:
        """The data's row for ``name`` (None when unknown), kept once looked up: shares
        and bearer counts (`get`, `bearers`, `nameshapes._bearers`) are asked of the same
        few thousand words in every article, each a binary search over the data's text.
        Callers only read the row."""
        try:
            return self._rows[name]
        except KeyError:
            pass
        row = self.rows.get(name)
        if len(self._rows) < self.CACHE_SIZE:
            self._rows[name] = row
        return row

    def get(self, name: str) -> float | None:
        row = self.row(name)
        # Each row is [sources, count, share of women, ...]; a NaN share is no share.
        return None if row is None or len(row) <= 2 or row[2] != row[2] else row[2]

    def bearers(self, name: str) -> int:
        """How many people the data counts with this first name (0 when unknown): tells
        a common given name ("Paul", two million) from a surname the data lists a few
        times as a first name ("Ibarra", three)."""
        row = self.row(name)
        return row[1] if row is not None and len(row) > 1 and isinstance(row[1], int) else 0


def load_women_shares() -> WomenShares:
    """The first-name data (empty when the package or its file is missing)."""
    path = data_path()
    if path is None:  # pragma: no cover - a dependency
        return WomenShares({})
    text = path.read_text(encoding="utf-8")
    try:
        return WomenShares(SortedJsonObject(text))
    except ValueError:  # pragma: no cover - another layout in another version
        return WomenShares(json.loads(text))


@functools.cache
def women_shares() -> WomenShares:
    """The first-name data, read once per process for every reader (the resolver and the
    cross-article index)."""
    return load_women_shares()


def clear_gender(share: float | None) -> str | None:
    """ "f" or "m" when a first name's share of women makes it clearly one gender's (90%
    of its bearers or more), else None."""
    if share is None:
        return None
    if share >= 0.9:
        return "f"
    if share <= 0.1:
        return "m"
    return None
