"""No input makes `torchmode check` use more than 1 GB: over-long lines and blocks are skipped
with a note (the rest of the file is still checked), over-long files are not checked at all.
Peak memory is the child's own ru_maxrss, read with os.wait4 (no RLIMIT that would turn a
large peak into a different failure)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

LIMIT_KIB = 1024 * 1024  # 1 GiB

HEAD = """\
import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8)

    def forward(self, x):
        return self.rnn(x)[0]


def before():
    model = Net()
    model.eval()
    model(torch.randn(3, 2, 4)).sum().backward()

"""
TAIL = """

def after():
    model = Net()
    model.eval()
    model(torch.randn(3, 2, 4)).sum().backward()
"""


def list_literal_line(size: int) -> str:
    items, total, i = [], 0, 0
    while total < size:
        items.append(str(i))
        total += len(items[-1]) + 2
        i += 1
    return "DATA = [" + ", ".join(items) + "]\n"


def peak_of_check(tmp_path: Path, path: Path) -> tuple[int, int, str, str]:
    """Exit code, peak RSS (KiB), stdout and stderr of `torchmode check --jobs 1 path`."""
    out, err = tmp_path / "out.txt", tmp_path / "err.txt"
    with open(out, "w") as stdout, open(err, "w") as stderr:
        process = subprocess.Popen([sys.executable, "-m", "torchmode", "check", "--jobs", "1", str(path)],
                                   stdout=stdout, stderr=stderr)
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
    return process.returncode, usage.ru_maxrss, out.read_text(), err.read_text()


@pytest.mark.parametrize("size", [1_000_000, 5_000_000])
def test_a_huge_list_literal_line_is_skipped_and_the_rest_is_checked(tmp_path, size):
    path = tmp_path / "data.py"
    path.write_text(HEAD + list_literal_line(size) + TAIL)
    code, peak, out, err = peak_of_check(tmp_path, path)
    print(f"{size:,} characters on one line: peak RSS {peak / 1024:.0f} MiB")
    assert peak < LIMIT_KIB
    assert code == 1, out + err
    assert "data.py:17:5: TM001" in out and "data.py:25:5: TM001" in out  # before and after the line
    assert "line 19 not analysed" in err and "characters in one top-level block" in err


def test_a_20_million_character_file_is_not_checked_and_says_so(tmp_path):
    path = tmp_path / "huge.py"
    path.write_text(HEAD + list_literal_line(20_000_000) + TAIL)
    code, peak, out, err = peak_of_check(tmp_path, path)
    print(f"20 M characters: peak RSS {peak / 1024:.0f} MiB")
    assert peak < LIMIT_KIB
    assert code == 0, out + err
    assert "huge.py: not checked:" in err and "the limit is 10,000,000" in err
    assert "All checks passed" not in out and "1 file not checked" in out  # never "passed" unchecked


def test_dense_code_just_under_the_limits_stays_under_1_gb(tmp_path):
    """The densest code for `ast` (one tiny statement per line, ~750 bytes of tree per
    character), in blocks just under the block limit, adding up to just under the file limit:
    everything is analysed, within the bound."""
    from torchmode.source import MAX_CHUNK_CHARS, MAX_FILE_CHARS

    block = "0\n" * ((MAX_CHUNK_CHARS - 100) // 2)
    count = (MAX_FILE_CHARS - len(HEAD) - len(TAIL)) // (len(block) + 30)
    body = "".join(block + f"\n\ndef f{i}():\n    pass\n" for i in range(count))
    path = tmp_path / "dense.py"
    path.write_text(HEAD + body + TAIL)
    code, peak, out, err = peak_of_check(tmp_path, path)
    print(f"{len(path.read_text()):,} characters of dense code: peak RSS {peak / 1024:.0f} MiB")
    assert peak < LIMIT_KIB
    assert code == 1 and out.count("TM001") == 2, out + err
    assert "not analysed" not in err
