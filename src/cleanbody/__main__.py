"""``python -m cleanbody``: the same as the ``cleanbody`` command."""

from cleanbody.cli import run

if __name__ == "__main__":
    run()
