"""The text engine, in pipeline order.

1. :mod:`cleanbody.text.blocks`: the text split into blocks (non-blank lines) with spans.
2. :mod:`cleanbody.text.evidence`: rules fire on blocks; each block gets its evidence.
3. :mod:`cleanbody.text.regions`: evidence grows into regions (header, trailer, widget).
4. :mod:`cleanbody.text.engine`: regions become removals and a :class:`~cleanbody.Result`.
"""
