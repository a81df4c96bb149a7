"""quotes: a quote attribution and speaker index for news."""

__version__ = "0.1.0"
