"""Real editors, headless, talking to `python -m torchmode serve`.

The editors come from Debian (Neovim 0.7.2, Emacs 28 + eglot 1.9). When one is missing the tests
install it with apt-get (as root) and fail, not skip, when they cannot.
"""

from __future__ import annotations

import os
import pathlib
import shutil
import subprocess
import sys

import pytest

SERVER_COMMAND = [sys.executable, "-m", "torchmode", "serve"]


def ensure_installed(binary: str, packages: list[str], present=None) -> str:
    """The path of `binary`, apt-installing `packages` first when it (or `present()`) is missing."""
    def ready() -> bool:
        return bool(shutil.which(binary)) and (present is None or present())

    if not ready():
        if os.geteuid() != 0:
            pytest.fail(f"{binary} is missing and we are not root to apt-get install {' '.join(packages)}")
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        for command in (["apt-get", "update", "-q"], ["apt-get", "install", "-y", "-q", *packages]):
            result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
            if result.returncode != 0:
                pytest.fail(f"{' '.join(command)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}")
        if not ready():
            pytest.fail(f"{binary} still missing after installing {' '.join(packages)}")
    return shutil.which(binary)


def eglot_installed() -> bool:
    return any(pathlib.Path("/usr/share/emacs/site-lisp/elpa").glob("eglot-*"))


def torchmode_check(path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "torchmode", "check", str(path)], capture_output=True, text=True, timeout=300)
