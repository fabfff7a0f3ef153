"""``python -m cleanbody.evaluate CORPUS``: measure cleanbody on a labelled corpus."""

import sys

from cleanbody.evaluate.measure import main

if __name__ == "__main__":
    sys.exit(main())
