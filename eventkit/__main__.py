"""``python -m eventkit``: the same command line as the ``eventkit`` script."""

import sys

from eventkit.cli import main

if __name__ == "__main__":
    sys.exit(main())
