"""Datasette plugins for ``quotes serve``.

Kept as a package so they ship with the wheel and can be registered in-process by
:func:`quotes.publish.make_datasette`; the directory also works as Datasette's
``--plugins-dir`` for people who run plain ``datasette`` with ``metadata.yml``.
"""
