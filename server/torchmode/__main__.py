"""`python -m torchmode ...` is the same as the `torchmode` command."""

import sys

from .cli import entry

if __name__ == "__main__":
    entry()
