# expect: clean
"""A tool whose steps are modules of the `tools` package, loaded by name into a table (tools/__init__.py) and
run in turn: score pickles the whole tagger after evaluating it, and adapt loads that file and puts it back
in training mode before training it."""
from tools import TOOLS

for step in ("fit", "score", "adapt"):
    TOOLS[step].main()
