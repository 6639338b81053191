"""Edits that change only blank lines and comments reuse the last report with its lines moved (shift.py).

Enter in the middle of a file, a comment typed, a blank line deleted: these tests make such edits on real
programs, mixed with code edits, and compare every result — messages, related locations, fix titles and
edits included — with a brand-new Engine's. They also check that the reuse is taken when it may be and
refused when the edit is not blank/comment-only."""

import glob
import os
import random

import pytest

from torchmode.engine import Engine
from torchmode.shift import shifted_report
from test_incremental import random_edit

ROOT = os.path.dirname(__file__)
PROGRAMS = sorted(glob.glob(os.path.join(ROOT, "corpus", "*", "*.py")) + glob.glob(os.path.join(ROOT, "..", "examples", "*.py")))
WITH_FINDINGS = [p for p in PROGRAMS if "TM00" in open(p, encoding="utf-8").read()]


def everything(report):
    return sorted((f.code, f.range, f.message, f.related, f.fixes) for f in report.findings)


def layout_edit(rng: random.Random, text: str) -> str:
    """What Enter, a typed comment or a deleted blank line do: code lines stay as they are."""
    lines = text.splitlines(keepends=True)
    index = rng.randrange(len(lines) + 1)
    indent = "    " if rng.random() < 0.5 else ""
    choice = rng.random()
    if choice < 0.35:
        lines.insert(index, indent + "\n")  # Enter, the editor's auto-indent left on the new line
    elif choice < 0.6:
        lines.insert(index, indent + rng.choice(["# TODO: check this", "# it's the model's", "#"]) + "\n")
    elif choice < 0.8:
        blank = [i for i, line in enumerate(lines) if not line.strip() or line.strip().startswith("#")]
        if blank:
            del lines[rng.choice(blank)]
    else:
        lines[index:index] = ["\n"] * rng.randrange(2, 50)  # a pasted run of blank lines
    return "".join(lines)


@pytest.mark.parametrize("seed", range(24))
def test_layout_edits_reuse_the_report_and_equal_fresh_results(tmp_path, seed):
    rng = random.Random(seed)
    path = str(tmp_path / "train.py")
    source = WITH_FINDINGS[seed * 11 % len(WITH_FINDINGS)]
    text = open(source, encoding="utf-8").read()
    engine = Engine(use_jedi=False)
    analyses = 0
    analyse = engine._analyse

    def counting(*args):
        nonlocal analyses
        analyses += 1
        return analyse(*args)

    engine._analyse = counting
    engine.set_overlay(path, text)
    first = engine.check_source(path, text)
    assert first.findings, source
    reused = 0
    for _ in range(30):
        # now and then a real code edit in between (test_incremental's), analysed in full
        edited = random_edit(rng, text) if rng.random() < 0.15 else layout_edit(rng, text)
        if Engine(use_jedi=False).check_source(path, edited).notes:
            continue  # a syntax error (its note names a line) is always analysed again: keep typing valid code
        text = edited
        engine.set_overlay(path, text)
        before = analyses
        incremental = engine.check_source(path, text)
        reused += analyses == before
        fresh = Engine(use_jedi=False).check_source(path, text)
        assert everything(incremental) == everything(fresh)
    assert reused  # the reuse was taken at least once


SOURCE = '''import torch.nn as nn


def train(model, batches, opt):
    model.eval()
    for x in batches:
        loss = model(x)[0].sum()
        loss.backward()
        opt.step()


train(nn.LSTM(2, 2), [], None)
'''


def _report(text, path="/tmp/shift_case.py"):
    return Engine(use_jedi=False).check_source(path, text)


def test_enter_above_the_finding_moves_it_down():
    before = _report(SOURCE)
    after_text = SOURCE.replace("def train(", "\n\ndef train(")
    moved = shifted_report(SOURCE, after_text, before)
    assert moved is not None
    assert [f.range.start.line for f in moved.findings] == [f.range.start.line + 2 for f in before.findings]
    assert everything(moved) == everything(_report(after_text))


@pytest.mark.parametrize("edit", [
    lambda s: s.replace("    model.eval()\n", "    model.eval()\n    model.train()\n"),  # code added
    lambda s: s.replace("        opt.step()\n", ""),  # code deleted
    lambda s: s.replace("loss.backward()", "loss.backward()  # noqa"),  # a comment on the finding's own line
    lambda s: s.replace("import torch.nn as nn\n", 'import torch.nn as nn\n# """\n'),  # quotes: maybe a string
    lambda s: s.replace("\n\n\ndef", "\n\n\n\n\n\n\ndef").replace("train(nn", "trainx(nn"),  # two regions
])
def test_other_edits_are_analysed_again(edit):
    before = _report(SOURCE)
    assert before.findings
    assert shifted_report(SOURCE, edit(SOURCE), before) is None


def test_a_blank_line_after_a_backslash_is_not_layout():
    text = "x = 1 + \\\n    2\n"
    report = _report(text)
    assert shifted_report(text, text.replace("\\\n", "\\\n\n"), report) is None


def test_form_feeds_do_not_split_lines():
    # str.splitlines() breaks at \x0c, Python's tokenizer does not: the lines moved must be the tokenizer's.
    text = SOURCE.replace("import torch.nn as nn\n", "import torch.nn as nn\n# page\x0cbreak\n")
    before = _report(text)
    after_text = text.replace("def train(", "\n\ndef train(")
    moved = shifted_report(text, after_text, before)
    assert moved is not None and everything(moved) == everything(_report(after_text))


def test_a_blank_line_inside_a_rewrapped_block_moves_the_fix_a_comment_does_not():
    # cuDNN off re-indents every non-blank line of the statement: a blank line needs no edit, a comment does.
    before = _report(SOURCE)
    assert any(fix.kind == "cudnn" for f in before.findings for fix in f.fixes)
    blank = SOURCE.replace("        loss.backward()\n", "\n        loss.backward()\n")
    moved = shifted_report(SOURCE, blank, before)
    assert moved is not None and everything(moved) == everything(_report(blank))
    comment = SOURCE.replace("        loss.backward()\n", "        # then\n        loss.backward()\n")
    assert shifted_report(SOURCE, comment, before) is None


def test_line_references_in_quoted_code_are_not_moved():
    from torchmode.shift import _move_text, _Shift

    two_lines_down = _Shift(start=0, end=0, delta=2, comments=False)
    assert _move_text("`log('line 3')` at line 3 (line 10)", two_lines_down) == "`log('line 3')` at line 5 (line 12)"
