"""The ``cleanbody`` command.

- :mod:`cleanbody.cli.main`: arguments, destinations, the run.
- :mod:`cleanbody.cli.sources`: files, folders and standard input, and their formats.
- :mod:`cleanbody.cli.jobs`: items and tasks, cleaned in order, in worker processes.
- :mod:`cleanbody.cli.records`: JSON Lines records and their annotation.
- :mod:`cleanbody.cli.output`: where each result is written.
- :mod:`cleanbody.cli.display`: ``--explain`` output; :mod:`cleanbody.cli.progress`: the bar.
"""

from __future__ import annotations

from cleanbody.cli.main import main, run

__all__ = ["main", "run"]
