"""`python -m torchmode ...` is the same as the `torchmode` command."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
