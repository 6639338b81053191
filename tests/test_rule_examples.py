"""Every rule's VALID/INVALID examples (Fixit-style): INVALID code reports exactly on the lines
marked `# <its code>`, VALID code is silent, and every fix of every finding leaves code that parses,
keeps all original lines and — for the fixes that change behaviour — re-analyses clean. The rules
come from the registry: a new rule module is tested here without touching this file."""

import ast

import pytest

from torchmode import noqa
from torchmode.engine import Engine
from torchmode import rules
from torchmode.rules import tm001
from torchmode.edits import apply_edits

INVALID = [(rule.CODE, i, code) for rule in rules.RULES for i, code in enumerate(rule.INVALID)]
VALID = [(rule.CODE, i, code) for rule in rules.RULES for i, code in enumerate(rule.VALID)]
FIX_CASES = [(rule.CODE, i, code, kind) for rule in rules.RULES for i, code in enumerate(rule.INVALID)
             for kind in getattr(rule, "FIX_KINDS", ("train", "cudnn", "train-rnn", "noqa"))]


def marked_lines(code: str, code_name: str = "TM001") -> set[int]:
    return {number for number, line in enumerate(code.splitlines()) if line.rstrip().endswith(f"# {code_name}")}


@pytest.mark.parametrize("code_name,index,code", INVALID, ids=[f"{c}-invalid-{i}" for c, i, _ in INVALID])
def test_invalid_example_reports_marked_lines(tmp_path, code_name, index, code):
    report = Engine(use_jedi=False).check_source(str(tmp_path / "example.py"), code)
    assert {f.range.start.line for f in report.findings} == marked_lines(code, code_name)
    assert all(f.code == code_name and f.severity == rules.get(code_name).DEFAULT_SEVERITY for f in report.findings)


@pytest.mark.parametrize("code_name,index,code", VALID, ids=[f"{c}-valid-{i}" for c, i, _ in VALID])
def test_valid_example_is_silent(tmp_path, code_name, index, code):
    report = Engine(use_jedi=False).check_source(str(tmp_path / "example.py"), code)
    assert report.findings == [], [f.message for f in report.findings]


@pytest.mark.parametrize("code_name,index,code,kind", FIX_CASES, ids=[f"{c}-invalid-{i}-{k}" for c, i, _, k in FIX_CASES])
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
