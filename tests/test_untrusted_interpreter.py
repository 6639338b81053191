"""A checked repository never makes torchmode run a program: `[tool.torchmode] interpreter` in its
pyproject.toml is read as a path (never executed), a relative one is ignored with a note, and an
interpreter's sys.path is learnt from its files, `.pth` import lines included but never run."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path

from torchmode.interpreters import read_pth, static_sys_path

BUGGY = """\
import torch
from torch import nn
from seqlib import Encoder  # unknown here: makes the engine ask for the interpreter's sys.path


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(4, 8)

    def forward(self, x):
        return self.rnn(x)[0]


model = Net()
model.eval()
model(torch.randn(3, 2, 4)).sum().backward()
"""


def evil_program(path: Path, marker: Path) -> Path:
    """A 'Python' that only leaves a marker file behind when someone runs it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\ntouch {marker}\necho 3.12.0\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def make_repo(tmp_path: Path, interpreter: str) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir(exist_ok=True)
    (repo / "pyproject.toml").write_text(f'[tool.torchmode]\ninterpreter = "{interpreter}"\n')
    (repo / "train.py").write_text(BUGGY)
    return repo


def check(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torchmode", "check", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=120)


def test_relative_interpreter_in_pyproject_is_ignored_with_a_note(tmp_path):
    marker = tmp_path / "ran"
    repo = make_repo(tmp_path, "./evil.sh")
    evil_program(repo / "evil.sh", marker)
    result = check(repo, ".", "--jobs", "1")
    assert result.returncode == 1, result.stderr  # the finding is still reported
    assert "train.py:17" in result.stdout
    assert "'./evil.sh' is a relative path and is ignored" in result.stderr
    assert not marker.exists()


def test_absolute_interpreter_in_pyproject_is_never_run(tmp_path):
    marker = tmp_path / "ran"
    evil = evil_program(tmp_path / "elsewhere" / "python3", marker)
    repo = make_repo(tmp_path, str(evil))
    result = check(repo, ".", "--jobs", "1")
    assert result.returncode == 1, result.stderr
    assert not marker.exists()


def test_a_fake_virtual_environment_is_read_not_run(tmp_path):
    """`venv/bin/python` next to a pyvenv.cfg: its site-packages are read from disk."""
    marker = tmp_path / "ran"
    venv = tmp_path / "venv"
    evil = evil_program(venv / "bin" / "python", marker)
    (venv / "pyvenv.cfg").write_text("home = /nowhere/bin\nversion = 3.12.1\n")
    site = venv / "lib" / "python3.12" / "site-packages"
    (site / "seqlib").mkdir(parents=True)
    (site / "seqlib" / "__init__.py").write_text("import torch.nn as nn\n\n\nclass Encoder(nn.GRU):\n    pass\n")
    repo = make_repo(tmp_path, str(evil))
    (repo / "train.py").write_text(BUGGY.replace("model = Net()", "model = Encoder(4, 8)"))
    result = check(repo, ".", "--jobs", "1")
    assert "GRU" in result.stdout, result.stdout + result.stderr  # found through the venv's site-packages
    assert not marker.exists()


def test_command_line_interpreter_is_read_not_run(tmp_path):
    marker = tmp_path / "ran"
    evil = evil_program(tmp_path / "bin" / "python3", marker)
    (tmp_path / "ws").mkdir()
    (tmp_path / "ws" / "train.py").write_text(BUGGY)
    result = check(tmp_path / "ws", ".", "--jobs", "1", "--interpreter", str(evil))
    assert result.returncode == 1, result.stderr
    assert not marker.exists()


def test_pth_files_add_paths_and_never_run_their_imports(tmp_path):
    marker = tmp_path / "ran"
    prefix = tmp_path / "env"
    (prefix / "bin").mkdir(parents=True)
    (prefix / "bin" / "python").write_text("")
    (prefix / "pyvenv.cfg").write_text("home = /nowhere/bin\nversion_info = 3.11.4.final.0\n")
    site = prefix / "lib" / "python3.11" / "site-packages"
    site.mkdir(parents=True)
    (tmp_path / "src").mkdir()
    (site / "project.pth").write_text(textwrap.dedent(f"""\
        # a comment
        ../../../../src
        import os; open({str(marker)!r}, "w")
        /no/such/folder
        """))
    paths = static_sys_path(str(prefix / "bin" / "python"))
    assert paths == [str(site), str(tmp_path / "src")]
    assert read_pth(str(site / "project.pth")) == [str(tmp_path / "src")]
    assert not marker.exists()


def test_a_real_interpreter_prefix_is_read_from_disk():
    """The Python running the tests: its standard library and site-packages, found without
    running it."""
    import sysconfig

    paths = static_sys_path(sys.executable)
    assert paths is not None
    assert os.path.realpath(sysconfig.get_paths()["purelib"]) in {os.path.realpath(p) for p in paths}


def test_an_unreadable_layout_gives_no_path(tmp_path):
    evil = evil_program(tmp_path / "evil.sh", tmp_path / "ran")
    assert static_sys_path(str(evil)) is None
