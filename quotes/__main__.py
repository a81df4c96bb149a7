"""``python -m quotes`` runs the same CLI as the ``quotes`` console script."""

from quotes.cli import cli

if __name__ == "__main__":
    cli()
