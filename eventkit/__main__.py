"""``python -m eventkit``: the same command line as the ``eventkit`` script."""

import sys

from eventkit.cli import run

if __name__ == "__main__":
    sys.exit(run())
