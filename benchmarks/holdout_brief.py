"""Write a helper's brief for a blind held-out set from benchmarks/HOLDOUT_BRIEF.md (its template part).

    .venv/bin/python benchmarks/holdout_brief.py NN HH:MM {general,shapes,notebooks} "trade, trade, ..." > BRIEF.md

The styles already used grow every round; this lists them from the program names of the holdout sets on disk
(holdout35 and later: the template's own list covers the earlier ones), so a new set does not repeat them, and puts
the given trades in the "Code bases" suggestion. The three variants are the set sizes and mixes that worked.
"""

from __future__ import annotations

import pathlib
import re
import sys

BENCH = pathlib.Path(__file__).resolve().parent
_SIZE = "## This set (overrides \"What to write\" on size)\n"
VARIANTS = {
    "general": _SIZE + (
        "Write about **24 programs** (about half crash, half clean): ~18 TM001, 3 TM002, 3 TM003; 6 mini-projects, 3 "
        "longer\nscripts (300-600 lines), the rest single-file scripts; no notebooks (another set covers them).\n"),
    "shapes": _SIZE + (
        "Write about **24 programs** (12 crash / 12 clean, as near-miss pairs), all TM001, no notebooks. Every pair "
        "uses one of\nthese shapes of real code, at least two pairs each for the first four: (a) framework-shaped code: "
        "the entry script\nonly builds things and calls `trainer.fit()`; forward/backward live in a "
        "trainer/engine/task/callback class in another\nmodule, eval comes from that framework's evaluate/predict/sanity "
        "check/hook; (b) models held by other objects\n(wrappers, attackers, explainers, EWC/meta helpers built with the "
        "model, fields of fields, dict/list of models,\nfactories, registries, classmethods returning `model.eval()`); "
        "(c) dynamic dispatch and deferred code (`getattr(cb, hook)`,\nclosures, generators, `functools.wraps` "
        "decorators, `@contextmanager` with and without try/finally); (d) module\ncollections (`model.modules()` + "
        "isinstance, `.apply(fn)`, `named_modules()`, `children()`, an overridden `train()`);\n(e) where the gradient "
        "goes (grad w.r.t. a later layer only, frozen RNN fed inputs without grad, values made into\nPython numbers); "
        "(f) modes that travel (`torch.save`/`torch.load` whole model, `copy.deepcopy`, `load_state_dict`);\n(g) one "
        "name for several models (if/elif over classes); (h) imports (`from x import *` with `__all__`, package\n"
        "re-exports). At least 10 of the 24 are mini-projects (2+ files).\n"),
    "notebooks": "## This set (overrides \"What to write\" on size and mix)\n" + (
        "Write about **22 Jupyter notebooks only** (`nb_*.ipynb`, nbformat 4), about half crash, half clean, TM001 "
        "mostly\n(2 TM002, 1 TM003), written as people write Kaggle/Colab/course/research notebooks: markdown between "
        "cells,\n`%matplotlib inline`/`!pip` magics, a model cell, helper cells, an evaluation cell, and later cells "
        "that fine-tune,\nattribute or attack. At least 7 notebooks sit in a folder beside a `.py` module they import "
        "(model, trainer or helper).\nPut `# TM001-here` in the notebook cell on the innermost frame's line when that "
        "line is in the notebook; when it is in\nthe `.py` module, put it there.\n"),
}


def covered_names() -> list[str]:
    """The styles the sets from holdout35 on used, read from their program and project names."""
    names = set()
    for folder in BENCH.glob("holdout*"):
        number = re.match(r"holdout(\d+)", folder.name)
        if not folder.is_dir() or number is None or int(number.group(1)) < 35:
            continue
        for entry in folder.iterdir():
            if entry.name == "README.md":
                continue
            stem = re.sub(r"\.(py|ipynb)$", "", entry.name)
            stem = re.sub(r"^(nb\d*_|clean_|crash_)", "", stem)
            stem = re.sub(r"_(clean|crash|nocudnn|fixed|trainfirst)$", "", stem)
            names.add(stem.replace("_", " "))
    return sorted(names)


def brief(number: str, deadline: str, variant: str, trades: str) -> str:
    template = (BENCH / "HOLDOUT_BRIEF.md").read_text()
    body = template[template.index("# Brief: write"):]
    marker = "cricket-bat willow, lantern festivals, spinning wheels."
    assert marker in body, "the template's covered list changed: update holdout_brief.py"
    body = body.replace(marker, marker[:-1] + "; and (holdout35 and later, by program name) "
                        + ", ".join(covered_names()) + ".")
    body = re.sub(r"- Code bases: .*?\n(?=- )", lambda _: "- Code bases: " + trades.strip().rstrip(".") + ".\n",
                  body, count=1, flags=re.S)
    body = body.replace("holdoutNN", "holdout" + number).replace("DEADLINE", deadline)
    return body + "\n" + VARIANTS[variant]


def main(argv: list[str]) -> int:
    if len(argv) != 4 or argv[2] not in VARIANTS:
        print(__doc__, file=sys.stderr)
        return 2
    sys.stdout.write(brief(*argv))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
