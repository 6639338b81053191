"""DiagnosticCache (lsp/diagnostics.py) keeps each finding's diagnostic as JSON between publications, its
line numbers taken out: whatever it reuses must equal what converting the findings afresh gives, for every
text of the lines the positions are on and wherever edits above move them (no engine involved: findings
are plain data)."""

from __future__ import annotations

import json
import random

import pytest
from pygls.protocol import default_converter

from torchmode import findings
from torchmode.lsp import diagnostics
from torchmode.lsp.diagnostics import DiagnosticCache, to_diagnostics
from torchmode.lsp.positions import PositionConverter

PATH = "/work/script.py"
URI = "file:///work/script.py"


def _finding(line: int, column: int, fix_line: int, eval_line: int) -> findings.Finding:
    edit = findings.TextEdit(findings.Range.of(fix_line, 4, fix_line, 4), "model.train()\n")
    return findings.Finding("TM001", f"`model` runs its LSTM in eval mode here (`model.eval()`, line {eval_line + 1}, "
                            f"`x` at line {line + 1})", PATH, findings.Range.of(line, column, line, column + 15),
                            related=(findings.Related(PATH, findings.Range.of(eval_line, 0, eval_line, 12), "eval here"),),
                            fixes=(findings.Fix(f"Call model.train() before line {line + 1}", "train", (edit,), True),))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
@pytest.mark.parametrize("seed", range(4))
def test_kept_diagnostics_equal_fresh_ones_over_edits(encoding, seed):
    rng = random.Random(seed)
    lines = ["model.eval()", "for x in data:", "    y = 1", "    loss = model(x)[0].sum()", "    loss.backward()", "",
             "model.eval()", "for x in data:", "    loss = model(x)[0].sum()", "    loss.backward()", ""]
    second = 6  # the second finding's `model.eval()`: the lines below it move with it
    cache, serialiser = DiagnosticCache(), default_converter()
    reused = moved = 0
    for version in range(60):
        # An edit of one line now and then: text before a position (an emoji moves UTF-16 columns), after
        # it, or on a line no position is on; a line added at the end; or lines added or removed above
        # a finding (Enter, a paste, a deletion), which moves it and the line numbers in its messages.
        number = rng.randrange(len(lines))
        roll = rng.random()
        if roll < 0.25 and number <= second:
            lines[number:number] = ["z = 0"] * rng.choice([1, 1, 3])
        elif roll < 0.35 and lines[number] == "z = 0":
            del lines[number]
        else:
            lines[number] = rng.choice(["😀", "é", "x", "# "]) + lines[number] if rng.random() < 0.5 else lines[number] + "😀"
        if rng.random() < 0.1:
            lines.append("z = 0")
        evals = [n for n, text in enumerate(lines) if "model.eval()" in text]
        first, second = evals[0], evals[1]
        report = findings.FileReport(PATH, [_finding(first + 4, 4, first + 3, first), _finding(second + 3, 4, second + 2, second)])
        converter = PositionConverter("\n".join(lines), encoding)
        published = cache.diagnostics(report, URI, version, converter, lambda path: None)
        fresh = to_diagnostics(report, URI, version, converter, lambda path: None)
        expected = [serialiser.unstructure(d) for d in fresh]
        assert json.loads(published.payload) == expected
        assert [serialiser.unstructure(d) for d in published.diagnostics] == expected  # (made back when asked)
        reused += number > second + 3  # an edit on no line of any position
        moved += roll < 0.25 and number <= second
    assert reused and moved, "some publications kept every diagnostic, some moved them"


def test_a_moved_finding_is_rendered_from_what_was_kept(monkeypatch):
    """An Enter above a finding makes no new diagnostic: the kept one is rendered at its new line."""
    cache = DiagnosticCache()
    converted = []
    convert = diagnostics._diagnostic
    monkeypatch.setattr(diagnostics, "_diagnostic", lambda *args: converted.append(args) or convert(*args))
    lines = ["model.eval()", "for x in data:", "    loss = model(x)[0].sum()", "    loss.backward()"]
    for shift in range(3):
        text = "\n".join([""] * shift + lines)
        report = findings.FileReport(PATH, [_finding(shift + 3, 4, shift + 2, shift)])
        payload = json.loads(cache.diagnostics(report, URI, shift, PositionConverter(text), lambda path: None).payload)
        assert payload[0]["range"]["start"]["line"] == shift + 3
        assert f"line {shift + 1}, `x` at line {shift + 4})" in payload[0]["message"]
        assert payload[0]["data"]["version"] == shift
    assert len(converted) == 1


def test_a_related_place_in_another_file_is_converted_each_time():
    finding = findings.Finding("TM001", "m", PATH, findings.Range.of(0, 0, 0, 1),
                               related=(findings.Related("/work/other.py", findings.Range.of(0, 3, 0, 4), "there"),))
    cache = DiagnosticCache()
    report = findings.FileReport(PATH, [finding])
    here = PositionConverter("x\n", "utf-16")
    for other_text, column in (("abcd", 3), ("😀bcd", 4)):
        published = cache.diagnostics(report, URI, 1, here, lambda path, text=other_text: PositionConverter(text, "utf-16"))
        assert published.diagnostics[0].related_information[0].location.range.start.character == column


def test_text_that_looks_like_a_mark_is_not_kept_and_stays_as_written():
    finding = findings.Finding("TM001", "odd \ue000 text at line 2", PATH, findings.Range.of(1, 0, 1, 1))
    cache = DiagnosticCache()
    published = cache.diagnostics(findings.FileReport(PATH, [finding]), URI, 1, PositionConverter("a\nb\n"), lambda p: None)
    assert published.diagnostics[0].message == "odd \ue000 text at line 2"
