"""Every rule's VALID/INVALID examples (Fixit-style): INVALID code reports exactly on the lines
marked `# TM001`, VALID code is silent, and every fix of every finding leaves code that parses,
keeps all original lines and — for the fixes that change behaviour — re-analyses clean."""

import ast

import pytest

from torchmode import noqa
from torchmode.engine import Engine
from torchmode.rules import tm001
from torchmode.edits import apply_edits

RULES = [tm001]
INVALID = [(rule.CODE, i, code) for rule in RULES for i, code in enumerate(rule.INVALID)]
VALID = [(rule.CODE, i, code) for rule in RULES for i, code in enumerate(rule.VALID)]


def marked_lines(code: str) -> set[int]:
    return {number for number, line in enumerate(code.splitlines()) if line.rstrip().endswith("# TM001")}


@pytest.mark.parametrize("code_name,index,code", INVALID, ids=[f"{c}-invalid-{i}" for c, i, _ in INVALID])
def test_invalid_example_reports_marked_lines(tmp_path, code_name, index, code):
    report = Engine(use_jedi=False).check_source(str(tmp_path / "example.py"), code)
    assert {f.range.start.line for f in report.findings} == marked_lines(code)
    assert all(f.code == code_name and f.severity == "error" for f in report.findings)


@pytest.mark.parametrize("code_name,index,code", VALID, ids=[f"{c}-valid-{i}" for c, i, _ in VALID])
def test_valid_example_is_silent(tmp_path, code_name, index, code):
    report = Engine(use_jedi=False).check_source(str(tmp_path / "example.py"), code)
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize("code_name,index,code", INVALID, ids=[f"{c}-invalid-{i}" for c, i, _ in INVALID])
@pytest.mark.parametrize("kind", ["train", "cudnn", "train-rnn", "noqa"])
def test_every_fix_keeps_code_and_clears_the_finding(tmp_path, code_name, index, code, kind):
    path = str(tmp_path / "example.py")
    report = Engine(use_jedi=False).check_source(path, code)
    edits = [edit for finding in report.findings for fix in finding.fixes if fix.kind == kind for edit in fix.edits]
    assert edits, f"no {kind} fix offered"
    fixed = apply_edits(code, edits)
    ast.parse(fixed)
    remaining = iter(line.strip() for line in fixed.splitlines())
    for original in code.splitlines():  # every original line survives, in order (fixes only add / re-indent)
        assert any(original.strip() in line for line in remaining), original
    shown = noqa.filter_findings(Engine(use_jedi=False).check_source(path, fixed).findings, fixed)
    assert shown == [], [f.message for f in shown]


def test_preferred_fix_is_the_train_insertion_first():
    example = next(code for code in tm001.INVALID if "validate(model)" in code)
    report = Engine(use_jedi=False).check_source("/tmp/example.py", example)
    (finding,) = report.findings
    assert finding.fixes[0].kind == "train" and finding.fixes[0].preferred
    assert [f.kind for f in finding.fixes] == ["train", "cudnn", "train-rnn", "noqa"]
    assert "model.train()" in finding.fixes[0].edits[0].new_text
    assert "validate()" in finding.message and "line 21" in finding.message
