# expect: crash
"""A tool whose steps are modules of the `tools` package, loaded by name into a table (tools/__init__.py) and
run in turn: score pickles the whole tagger after evaluating it, and adapt loads that file and trains it,
still in eval mode."""
from tools import TOOLS

for step in ("fit", "score", "adapt"):
    TOOLS[step].main()
