"""Incremental re-analysis must give exactly what a fresh analysis gives.

The engine keeps per-function results across edits (engine._results); these tests edit files
the way people type — inserting eval()/train() calls, deleting and duplicating lines, breaking
syntax mid-word — and compare every intermediate result with a brand-new Engine's."""

import glob
import os
import random

import pytest

from torchmode.engine import Engine
from torchmode.rules import tm001

ROOT = os.path.dirname(__file__)
SOURCES = [code for code in tm001.INVALID + tm001.VALID] + [
    open(path, encoding="utf-8").read()
    for path in sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.py")))[:30]
]
EDIT_LINES = ["model.eval()", "model.train()", "out = model(x)", "loss.backward()", "self.model.eval()",
              "pass", "for i in range(3):", "x = (", "return out", "m.train(False)"]


def view(report):
    return sorted((f.range, f.message, tuple((fx.kind, fx.edits) for fx in f.fixes)) for f in report.findings)


def random_edit(rng: random.Random, text: str) -> str:
    lines = text.splitlines(keepends=True) or ["\n"]
    index = rng.randrange(len(lines))
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    choice = rng.random()
    if choice < 0.4:
        lines.insert(index, indent + rng.choice(EDIT_LINES) + "\n")
    elif choice < 0.6:
        del lines[index]
    elif choice < 0.8:
        lines[index] = lines[index].rstrip("\n") + "  # edited\n"
    else:
        lines.insert(index, lines[index])
    return "".join(lines)


@pytest.mark.parametrize("seed", range(12))
def test_incremental_results_equal_fresh_results(tmp_path, seed):
    rng = random.Random(seed)
    path = str(tmp_path / "train.py")
    engine = Engine(use_jedi=False)
    text = SOURCES[seed * 7 % len(SOURCES)]
    for _ in range(40):
        text = random_edit(rng, text)
        incremental = engine.check_source(path, text)
        fresh = Engine(use_jedi=False).check_source(path, text)
        assert view(incremental) == view(fresh)


def test_edit_in_a_helper_updates_its_callers_findings(tmp_path):
    path = str(tmp_path / "train.py")
    buggy = next(code for code in tm001.INVALID if "validate(model)" in code)  # validate() each epoch
    assert "def validate(m):\n    m.eval()" in buggy
    engine = Engine(use_jedi=False)
    assert len(engine.check_source(path, buggy).findings) == 1
    fixed = buggy.replace("def validate(m):\n    m.eval()", "def validate(m):\n    pass")
    assert engine.check_source(path, fixed).findings == []
    assert len(engine.check_source(path, buggy).findings) == 1
