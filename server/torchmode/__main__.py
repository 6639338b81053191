"""`python -m torchmode ...` is the same as the `torchmode` command."""

from .cli import entry

if __name__ == "__main__":
    entry()
