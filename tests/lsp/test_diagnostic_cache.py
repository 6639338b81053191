"""DiagnosticCache (lsp/diagnostics.py) keeps each finding's diagnostic and JSON between publications:
whatever it reuses must equal what converting the findings afresh gives, for every text of the lines
the positions are on (no engine involved: findings are plain data)."""

from __future__ import annotations

import random

import pytest
from pygls.protocol import default_converter

from torchmode import findings
from torchmode.lsp.diagnostics import DiagnosticCache, to_diagnostics
from torchmode.lsp.positions import PositionConverter

PATH = "/work/script.py"
URI = "file:///work/script.py"


def _finding(line: int, column: int, fix_line: int) -> findings.Finding:
    edit = findings.TextEdit(findings.Range.of(fix_line, 4, fix_line, 4), "model.train()\n")
    return findings.Finding("TM001", "`model` runs its LSTM in eval mode here", PATH,
                            findings.Range.of(line, column, line, column + 15),
                            related=(findings.Related(PATH, findings.Range.of(0, 0, 0, 12), "eval here"),),
                            fixes=(findings.Fix("Call model.train()", "train", (edit,), True),))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-32"])
@pytest.mark.parametrize("seed", range(4))
def test_kept_diagnostics_equal_fresh_ones_over_edits(encoding, seed):
    rng = random.Random(seed)
    lines = ["model.eval()", "for x in data:", "    y = 1", "    loss = model(x)[0].sum()", "    loss.backward()", ""]
    report = findings.FileReport(PATH, [_finding(4, 4, 3), _finding(3, 4, 2)])
    cache, serialiser = DiagnosticCache(), default_converter()
    reused = 0
    for version in range(40):
        # An edit of one line now and then: text before a position (an emoji moves UTF-16 columns),
        # after it, or on a line no position is on; or a line added at the end.
        number = rng.randrange(len(lines))
        lines[number] = rng.choice(["😀", "é", "x", "# "]) + lines[number] if rng.random() < 0.5 else lines[number] + "😀"
        if rng.random() < 0.1:
            lines.append("z = 0")
        converter = PositionConverter("\n".join(lines), encoding)
        objects, payload = cache.diagnostics(report, URI, version, converter, lambda path: None)
        fresh = to_diagnostics(report, URI, version, converter, lambda path: None)
        assert objects == fresh
        assert payload == [serialiser.unstructure(d) for d in fresh]
        reused += number > 4  # an edit on no line of any position
    assert reused, "some publications kept every diagnostic"


def test_a_related_place_in_another_file_is_converted_each_time():
    finding = findings.Finding("TM001", "m", PATH, findings.Range.of(0, 0, 0, 1),
                               related=(findings.Related("/work/other.py", findings.Range.of(0, 3, 0, 4), "there"),))
    cache = DiagnosticCache()
    report = findings.FileReport(PATH, [finding])
    here = PositionConverter("x\n", "utf-16")
    for other_text, column in (("abcd", 3), ("😀bcd", 4)):
        objects, _ = cache.diagnostics(report, URI, 1, here, lambda path, text=other_text: PositionConverter(text, "utf-16"))
        assert objects[0].related_information[0].location.range.start.character == column
