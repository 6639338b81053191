"""Legacy files read as a tolerant parser would: Python 2 statements and tab/space-mixed indentation
cost nothing but what cannot be read, never a class or the module header with its imports.

Each file under tests/legacy/ is a Python 2 rendering, line for line, of a program of
tests/corpus/legacy/ (labelled there by running it under the guard): it must get the same findings.
"""

import textwrap
from pathlib import Path

import pytest

from torchmode.engine import Engine
from torchmode.legacy import modernize

TESTS = Path(__file__).parent
LEGACY = TESTS / "legacy"
TWINS = TESTS / "corpus" / "legacy"
PROGRAMS = ["py2_header.py", "py2_header_trains.py", "tab_mixed/main.py"]


def finding_lines(path: Path) -> list[int]:
    report = Engine(roots=[str(path.parent)], use_jedi=False).check_file(str(path))
    return sorted(f.range.start.line + 1 for f in report.findings)


def marked_lines(path: Path) -> list[int]:
    return [n for n, line in enumerate(path.read_text().splitlines(), 1) if "# TM001-here" in line]


@pytest.mark.parametrize("program", PROGRAMS)
def test_a_python2_file_gets_the_findings_of_its_python3_twin(program):
    legacy, twin = LEGACY / program, TWINS / program
    assert len(legacy.read_text().splitlines()) == len(twin.read_text().splitlines())
    assert finding_lines(twin) == marked_lines(twin)
    assert finding_lines(legacy) == marked_lines(twin)


def test_a_tab_indented_line_keeps_its_columns(tmp_path):
    path = tmp_path / "t.py"
    path.write_text(textwrap.dedent("""\
        import torch.nn as nn
        class Net(nn.Module):
            def __init__(self):
                super(Net, self).__init__()
        \tself.rnn = nn.GRU(2, 3)
            def forward(self, x):
                return self.rnn(x)[0]
        def fit(net, x):
            net.eval()
            for _ in range(2):
        \tif True:
        \t    print "step"
        \t    net(x).sum().backward()
        """))
    (finding,) = Engine(use_jedi=False).check_file(str(path)).findings
    line = path.read_text().splitlines()[finding.range.start.line]
    assert line[finding.range.start.character:finding.range.end.character] == "net(x).sum().backward()"


def test_python2_statements_become_python3_on_the_same_lines_and_columns():
    text = textwrap.dedent("""\
        print "loss", loss  # comment
        print >>sys.stderr, "x %s" % (1,
            2)
        print
        x = `y` + 10L + 0777 + (a <> b)
        try:
            pass
        except (IOError, OSError), e:
            raise ValueError, "bad, thing"
        exec "code" in ns
        s = '''print "inside" '''; print s
        print("already python 3")
        """)
    modern, shifts = modernize(text)
    assert shifts == {}
    assert len(modern.splitlines()) == len(text.splitlines())
    compile(modern, "<modern>", "exec")
    lines = modern.splitlines()
    assert lines[0] == 'print("loss", loss)  # comment'
    assert lines[1].startswith("print(  sys.stderr,") and lines[2] == "    2))"
    assert lines[4] == "x = (y) + 10  + 0o777 + (a != b)"
    assert lines[7] == "except (IOError, OSError) as e:" and lines[8] == '    raise ValueError("bad, thing")'
    assert lines[10] == """s = '''print "inside" '''; print(s)"""
    assert lines[11] == text.splitlines()[11]


def test_tabs_go_to_eight_column_stops_as_python2_read_them():
    modern, shifts = modernize("if a:\n        b = 1\n\tc = 2\n  \td = 3\n")
    assert modern == "if a:\n        b = 1\n        c = 2\n        d = 3\n"
    assert shifts == {3: 7, 4: 5}


def test_many_bad_statements_in_a_class_cost_only_those_statements(tmp_path):
    bad = "\n".join(f"        x{i} = = {i}" for i in range(6))
    text = textwrap.dedent("""\
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
        {bad}
                self.rnn = nn.LSTM(2, 3,
                                   batch_first=True) ++ ;
                self.rnn = nn.LSTM(2, 3)

            def forward(self, x):
                return self.rnn(x)[0]


        net = Net()
        net.eval()
        net(x).sum().backward()
        """).replace("{bad}", bad)
    report = Engine(use_jedi=False).check_source(str(tmp_path / "t.py"), text)
    assert [f.range.start.line + 1 for f in report.findings] == [len(text.splitlines())]
    assert any("syntax error" in note for note in report.notes)
