"""The lint and type gate: ruff and mypy, with the settings in pyproject.toml, must report nothing.

Both run from the project's venv as the user would run them; their output is the failure message.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
# mypy's incremental cache: a later run only re-checks the modules that changed.
MYPY_CACHE = ROOT / ".cache" / "mypy"


def _run(tool: str, *args: str) -> subprocess.CompletedProcess:
    executable = BIN / tool
    if not executable.exists():
        pytest.fail(f"{tool} is not installed next to {sys.executable}: install the `test` extra")
    return subprocess.run([str(executable), *args], cwd=ROOT, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_COLOR": "1"})


def test_ruff_is_clean():
    result = _run("ruff", "check", "--no-cache", ".")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_is_clean():
    result = _run("mypy", "--cache-dir", str(MYPY_CACHE))  # `files` and the rest: [tool.mypy]
    assert result.returncode == 0, result.stdout + result.stderr
