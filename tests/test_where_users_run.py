"""Where else users run a linter: git work trees with .gitignore, pre-commit (the real one from
PyPI, on a scratch git repository) and the README's main job, scripts/demo.sh, in a fresh venv."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from test_cli import BUGGY, SAFE, TORCHMODE, make, run

REPO = Path(__file__).resolve().parent.parent
# What a user's install needs: the package and what pyproject.toml names.
PROJECT_FILES = ["pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml", "server/torchmode"]


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t.invalid", *args], cwd=cwd, check=True,
                   capture_output=True)


def copy_project(target: Path, extra: tuple[str, ...] = ()) -> Path:
    for name in PROJECT_FILES + list(extra):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    return target


def reported(cwd: Path, *args: str) -> list[str]:
    result = run(cwd, "check", "--format", "json", *args)
    return sorted(os.path.relpath(f["filename"], cwd) for f in json.loads(result.stdout))


def test_gitignored_folders_are_skipped_in_a_git_work_tree(tmp_path):
    make(tmp_path, {
        "train.py": BUGGY,
        "vendor/lib/train.py": BUGGY,
        "sub/generated/train.py": BUGGY,
        "sub/kept/train.py": BUGGY,
        ".gitignore": "vendor/\n",
        "sub/.gitignore": "generated\n*.py\n!kept/\n!kept/*.py\n",
    })
    # Outside a git work tree .gitignore means nothing (as for ruff and git).
    assert len(reported(tmp_path)) == 4
    git(tmp_path, "init", "-q")
    assert reported(tmp_path) == ["sub/kept/train.py", "train.py"]
    (tmp_path / ".git" / "info").mkdir(exist_ok=True)
    (tmp_path / ".git" / "info" / "exclude").write_text("/train.py\n")
    assert reported(tmp_path) == ["sub/kept/train.py"]
    # A file named on the command line is checked whatever ignores it.
    assert reported(tmp_path, "vendor/lib/train.py") == ["vendor/lib/train.py"]
    # So is a folder named on the command line that git ignores (as ruff does): only the .gitignore
    # files inside it apply there.
    (tmp_path / "vendor" / "lib" / ".gitignore").write_text("skipped/\n")
    make(tmp_path, {"vendor/lib/skipped/train.py": BUGGY})
    assert reported(tmp_path, "vendor") == ["vendor/lib/train.py"]


def test_exclude_patterns_are_gitignore_style(tmp_path):
    make(tmp_path, {
        "a/train.py": BUGGY,
        "b/train.py": BUGGY,
        "b/keep.py": BUGGY,
        "deep/x/old_run.py": BUGGY,
        "pyproject.toml": '[tool.torchmode]\nexclude = ["a/", "b/*.py", "!b/keep.py", "old_*.py"]\n',
    })
    assert reported(tmp_path) == ["b/keep.py"]


@pytest.mark.skipif(shutil.which("pre-commit", path=str(Path(sys.executable).parent)) is None,
                    reason="pre-commit (test extra) not installed")
def test_pre_commit_hook_fails_on_a_crash_and_passes_after_fix(tmp_path):
    hooks = copy_project(tmp_path / "torchmode")
    git(hooks, "init", "-q")
    git(hooks, "add", "-A")
    git(hooks, "commit", "-qm", "snapshot")
    project = make(tmp_path / "project", {"train.py": BUGGY, "safe.py": SAFE})
    git(project, "init", "-q")
    git(project, "add", "-A")
    pre_commit = str(Path(sys.executable).parent / "pre-commit")
    env = dict(os.environ, PRE_COMMIT_HOME=str(tmp_path / "cache"))
    env.pop("PYTHONPATH", None)  # the hook must work from its own install, not this checkout

    def hook() -> subprocess.CompletedProcess:
        return subprocess.run([pre_commit, "try-repo", str(hooks), "torchmode", "--all-files"], cwd=project,
                              env=env, capture_output=True, text=True, timeout=900)

    failed = hook()
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "train.py:" in failed.stdout and "TM001" in failed.stdout and "safe.py" not in failed.stdout
    fixed = subprocess.run([TORCHMODE, "check", "--fix", "train.py"], cwd=project, capture_output=True, text=True)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    passed = hook()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "Passed" in passed.stdout


def test_demo_installs_only_what_checking_needs(tmp_path):
    copy = copy_project(tmp_path / "repo", extra=("scripts/demo.sh", "examples"))
    base_python = getattr(sys, "_base_executable", None) or shutil.which("python3")
    env = dict(os.environ, PYTHON=base_python)
    env.pop("PYTHONPATH", None)
    result = subprocess.run(["bash", "scripts/demo.sh"], cwd=copy, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "examples/notebooks/classifier_validate_each_epoch.ipynb:cell 10:" in result.stdout
    assert "--- examples/notebooks/classifier_validate_each_epoch.ipynb:cell 10" in result.stdout
    venv_python = copy / ".venv" / "bin" / "python"
    no_torch = subprocess.run([str(venv_python), "-c", "import torch"], capture_output=True, env=env)
    assert no_torch.returncode != 0, "demo.sh installed torch"
