"""Neovim and Emacs/eglot, headless, fix a buggy training script through torchmode's server."""

from __future__ import annotations

import json
import os
import pathlib
import subprocess

from .conftest import SERVER_COMMAND, eglot_installed, ensure_installed, torchmode_check

HERE = pathlib.Path(__file__).parent
BUGGY = (HERE / "data" / "train_buggy.py").read_text(encoding="utf-8")
FIXED = (HERE / "data" / "train_fixed.py").read_text(encoding="utf-8")  # what the preferred fix must write
BUGGY_BACKWARD_LINE = BUGGY.splitlines().index("    loss.backward()")  # 0-based


def run_editor(command: list[str], workspace: pathlib.Path, script: pathlib.Path, **extra_env) -> subprocess.CompletedProcess:
    env = dict(os.environ, TM_FILE=str(script), TM_ROOT=str(workspace), TM_CMD=json.dumps(SERVER_COMMAND),
               HOME=str(workspace.parent), **extra_env)
    return subprocess.run(command, env=env, cwd=workspace, capture_output=True, text=True, timeout=180)


def check_outcome(result: subprocess.CompletedProcess, script: pathlib.Path, diagnostic_line: str) -> None:
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert diagnostic_line in output, output
    assert "FIXED" in output, output
    assert script.read_text(encoding="utf-8") == FIXED
    check = torchmode_check(script)
    assert check.returncode == 0, check.stdout + check.stderr


def make_workspace(tmp_path: pathlib.Path) -> tuple[pathlib.Path, pathlib.Path]:
    workspace = tmp_path / "project"
    workspace.mkdir()
    (workspace / ".git").mkdir()  # a project root for editors that look for one
    script = workspace / "train.py"
    script.write_text(BUGGY, encoding="utf-8")
    assert torchmode_check(script).returncode == 1  # the bug is there before the editor fixes it
    return workspace, script


README = HERE.parents[1] / "README.md"
README_COMMAND = '{ "/path/to/torchmode/.venv/bin/torchmode", "serve" }'


def readme_neovim_recipe() -> str:
    """The Lua snippet of the README's Neovim section, started with the test's own server command."""
    section = README.read_text(encoding="utf-8").split("**Neovim**", 1)[1]
    snippet = section.split("```lua\n", 1)[1].split("```", 1)[0]
    assert README_COMMAND in snippet, snippet
    return snippet.replace(README_COMMAND, "{ " + ", ".join(json.dumps(part) for part in SERVER_COMMAND) + " }")


def test_neovim_fixes_the_script_with_the_readme_recipe(tmp_path):
    nvim = ensure_installed("nvim", ["neovim"])
    workspace, script = make_workspace(tmp_path)
    recipe = tmp_path / "readme_recipe.lua"
    recipe.write_text(readme_neovim_recipe(), encoding="utf-8")
    command = [nvim, "--headless", "--clean", "-u", str(HERE / "nvim_fix.lua")]
    result = run_editor(command, workspace, script, TM_RECIPE=str(recipe))
    # severity=1 (error): the recipe's settings reached the server through workspace/configuration
    check_outcome(result, script, f"DIAGNOSTIC line={BUGGY_BACKWARD_LINE} code=TM001 severity=1")


def test_emacs_eglot_fixes_the_script(tmp_path):
    emacs = ensure_installed("emacs", ["emacs-nox", "elpa-eglot"], present=eglot_installed)
    workspace, script = make_workspace(tmp_path)
    result = run_editor([emacs, "--batch", "-l", str(HERE / "eglot_fix.el")], workspace, script)
    check_outcome(result, script, f"DIAGNOSTIC line={BUGGY_BACKWARD_LINE + 1} ")
