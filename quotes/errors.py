"""Every exception the library raises on purpose, in one place.

The CLI turns these into a one-line message and an exit code; anything else is a bug.
"""


class QuotesError(Exception):
    """Base class: a problem to report to the user in one line."""


class DatabaseError(QuotesError):
    """The ``--db`` file cannot be used (not SQLite, unreadable, read-only, full disk)."""


class ModelError(QuotesError):
    """No usable spaCy model is installed, or the one asked for cannot be loaded."""


class UsageError(QuotesError):
    """The command was called wrongly (bad option value, unreadable sidecar file)."""
