"""The sdist and the wheel, built from this repository and installed into fresh virtual environments:
what a user gets from `pip install torchmode`, run from outside the repository.

Offline by design: the dependencies are installed from wheels re-packed from this environment's own
installed copies (all pure Python), so the test needs no index and tests the versions the rest of the
suite runs against. Installing is still pip's real resolver and installer: a dependency missing from
the wheel's metadata is missing from the fresh environment.
"""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

if sys.version_info >= (3, 11):
    import tomllib
else:  # torchmode's own dependency on Python 3.10
    import tomli as tomllib

REPO = Path(__file__).resolve().parent.parent
VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CRASH_EXAMPLE = REPO / "examples" / "seq_classifier_validate_each_epoch.py"
# What .gitignore keeps out of a checkout: a source tree to build from has none of it.
NOT_IN_A_CHECKOUT = shutil.ignore_patterns(
    ".git", ".venv", "node_modules", "*.egg-info", "build", "dist", "out", "__pycache__", "test-artifacts",
    ".cache", ".pytest_cache", "*.vsix",
)
INSTALL_TIMEOUT = 300


def clean_env(**extra: str) -> dict[str, str]:
    """The environment of a user's shell: no PYTHONPATH pointing into this repository, no pip configuration
    of this machine (its indexes), no user site-packages."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith("PIP_") and key not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
    env.update(PYTHONNOUSERSITE="1", PIP_CONFIG_FILE=os.devnull, **extra)
    return env


def run(command: list, cwd: Path, timeout: float = 120, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([str(part) for part in command], cwd=cwd, env=kwargs.pop("env", None) or clean_env(),
                          capture_output=True, text=True, timeout=timeout, **kwargs)


# --- building -------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def dists(tmp_path_factory) -> dict[str, Path]:
    """The sdist, and the wheel that `python -m build` builds from that sdist (not from the tree), built
    from a copy of the sources so the repository gets no egg-info."""
    root = tmp_path_factory.mktemp("build")
    source = root / "source"
    shutil.copytree(REPO, source, ignore=NOT_IN_A_CHECKOUT, symlinks=True)
    out = root / "dist"
    result = run([sys.executable, "-m", "build", "--no-isolation", "--outdir", out, source], cwd=root,
                 timeout=INSTALL_TIMEOUT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    (wheel,) = out.glob("torchmode-*.whl")
    (sdist,) = out.glob("torchmode-*.tar.gz")
    return {"wheel": wheel, "sdist": sdist}


def test_the_wheel_holds_the_package_its_command_and_license_and_nothing_else(dists):
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        names = wheel.namelist()
        info = f"torchmode-{VERSION}.dist-info"
        entry_points = wheel.read(f"{info}/entry_points.txt").decode()
        metadata = wheel.read(f"{info}/METADATA").decode()
    assert dists["wheel"].name == f"torchmode-{VERSION}-py3-none-any.whl"
    for module in ("__init__.py", "cli.py", "guard.py", "engine.py", "rules/tm001.py", "rules/tm003.py",
                   "lsp/server.py", "lsp/transport.py"):
        assert f"torchmode/{module}" in names
    # every module of the source tree, so a new subpackage cannot be left out unnoticed
    source_modules = {f"torchmode/{path.relative_to(REPO / 'server' / 'torchmode').as_posix()}"
                      for path in (REPO / "server" / "torchmode").rglob("*.py")}
    assert source_modules <= set(names), sorted(source_modules - set(names))
    assert f"{info}/licenses/LICENSE" in names
    stray = [name for name in names if not name.startswith(("torchmode/", f"{info}/"))]
    assert stray == []  # no tests, corpus, examples, client or node files, no .venv
    assert "torchmode = torchmode.cli:entry" in entry_points.split("[console_scripts]")[1].split("[")[0]
    assert "torchmode_guard = torchmode.pytest_plugin" in entry_points
    assert f"Version: {VERSION}" in metadata and "Requires-Dist: pygls" in metadata


def test_the_sdist_holds_what_builds_the_package_and_no_repository_extras(dists):
    with tarfile.open(dists["sdist"]) as sdist:
        names = [name.split("/", 1)[1] for name in sdist.getnames() if "/" in name]
    for needed in ("pyproject.toml", "README.md", "LICENSE", "PKG-INFO", "server/torchmode/__init__.py",
                   "server/torchmode/rules/tm001.py", "server/torchmode/lsp/server.py"):
        assert needed in names
    stray = [name for name in names if name.split("/")[0] in
             ("tests", "examples", "benchmarks", "client", "bundled", "node_modules", ".venv", "scripts")
             or name.endswith(("package.json", ".ts", ".vsix"))]
    assert stray == []


# --- installing -----------------------------------------------------------------------------------

def wheel_from_installed(dist: importlib.metadata.Distribution, wheelhouse: Path) -> None:
    """Re-pack an installed pure-Python distribution as a wheel, from the files its RECORD lists."""
    assert "Root-Is-Purelib: true" in (dist.read_text("WHEEL") or ""), f"{dist.name} is not pure Python"
    name = canonicalize_name(dist.name).replace("-", "_")
    record_lines = []
    info_dir = None
    # stored, not deflated: jedi's 5,700 files took 4 s to compress, for a wheel read once from local disk
    with zipfile.ZipFile(wheelhouse / f"{name}-{dist.version}-py3-none-any.whl", "w", zipfile.ZIP_STORED) as wheel:
        for file in dist.files or []:
            parts = file.parts
            if parts[0] == ".." or "__pycache__" in parts:  # console scripts, bytecode: pip makes its own
                continue
            if parts[0].endswith(".dist-info"):
                info_dir = parts[0]
                if parts[-1] in ("RECORD", "INSTALLER", "REQUESTED", "direct_url.json"):
                    continue
            data = Path(dist.locate_file(file)).read_bytes()
            wheel.writestr(file.as_posix(), data)
            digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
            record_lines.append(f"{file.as_posix()},sha256={digest},{len(data)}")
        assert info_dir, f"{dist.name}: no .dist-info in its RECORD"
        record_lines.append(f"{info_dir}/RECORD,,")
        wheel.writestr(f"{info_dir}/RECORD", "\n".join(record_lines) + "\n")


def requirements_closure(requirements: list[str]) -> set[str]:
    """Names of the installed distributions that these requirements pull in, for this interpreter."""
    seen: set[str] = set()
    pending = [(Requirement(text), "") for text in requirements]
    while pending:
        requirement, extra = pending.pop()
        if requirement.marker and not requirement.marker.evaluate({"extra": extra}):
            continue
        name = canonicalize_name(requirement.name)
        if name in seen:
            continue
        seen.add(name)
        dist = importlib.metadata.distribution(name)
        for wanted_extra in ["", *requirement.extras]:
            pending += [(Requirement(text), wanted_extra) for text in dist.requires or []]
    return seen


@pytest.fixture(scope="module")
def wheelhouse(dists, tmp_path_factory) -> Path:
    """Wheels of torchmode's runtime dependencies (read from the built wheel's metadata) and of its build
    backend (for pip to build the sdist in an isolated environment)."""
    house = tmp_path_factory.mktemp("wheelhouse")
    with zipfile.ZipFile(dists["wheel"]) as wheel:
        metadata = wheel.read(f"torchmode-{VERSION}.dist-info/METADATA").decode()
    runtime = [line.split(":", 1)[1].strip() for line in metadata.splitlines() if line.startswith("Requires-Dist:")]
    build_system = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    for name in requirements_closure(runtime + build_system):
        wheel_from_installed(importlib.metadata.distribution(name), house)
    return house


def fresh_venv(where: Path, wheelhouse: Path, package: Path) -> Path:
    """A new virtual environment (no system site-packages) with `package` installed by pip, offline."""
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", venv], check=True, env=clean_env(), timeout=60)
    python = venv / "bin" / "python"
    result = run([sys.executable, "-m", "pip", "--python", python, "install", "--no-index", "--find-links",
                  wheelhouse, "--no-compile", package], cwd=where, timeout=INSTALL_TIMEOUT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return venv


@pytest.fixture(scope="module")
def wheel_venv(dists, wheelhouse, tmp_path_factory) -> Path:
    return fresh_venv(tmp_path_factory.mktemp("from_wheel"), wheelhouse, dists["wheel"])


@pytest.fixture(scope="module")
def sdist_venv(dists, wheelhouse, tmp_path_factory) -> Path:
    """pip builds this one from the sdist itself, in an isolated build environment."""
    return fresh_venv(tmp_path_factory.mktemp("from_sdist"), wheelhouse, dists["sdist"])


@pytest.fixture
def workdir(tmp_path) -> Path:
    """Somewhere outside the repository, with a copy of a program that crashes on a GPU."""
    shutil.copy(CRASH_EXAMPLE, tmp_path / "crash.py")
    return tmp_path


@pytest.mark.parametrize("venv_fixture", ["wheel_venv", "sdist_venv"])
def test_the_installed_torchmode_is_the_fresh_environments_own(venv_fixture, request, workdir):
    venv = request.getfixturevalue(venv_fixture)
    result = run([venv / "bin" / "python", "-c", "import torchmode, jedi, pygls; print(torchmode.__file__)"],
                 cwd=workdir)
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).resolve().is_relative_to(venv.resolve())
    version = run([venv / "bin" / "torchmode", "--version"], cwd=workdir)
    assert (version.returncode, version.stdout.strip()) == (0, f"torchmode {VERSION}")


def test_check_finds_and_fixes_the_crash_with_the_installed_command(wheel_venv, workdir):
    torchmode = wheel_venv / "bin" / "torchmode"
    found = run([torchmode, "check", "crash.py"], cwd=workdir)
    assert found.returncode == 1, found.stdout + found.stderr
    assert "crash.py:57:13: TM001" in found.stdout
    fixed = run([torchmode, "check", "--fix", "crash.py"], cwd=workdir)
    assert fixed.returncode == 0, fixed.stdout + fixed.stderr
    assert "1 fixed, 0 remaining" in fixed.stdout
    assert "model.train()" in (workdir / "crash.py").read_text().split("for epoch in range(epochs):")[1]
    again = run([torchmode, "check", "crash.py"], cwd=workdir)
    assert (again.returncode, again.stdout.strip()) == (0, "All checks passed!")


def lsp_frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def lsp_messages(stream: bytes) -> list[dict]:
    messages = []
    while stream:
        header, _, rest = stream.partition(b"\r\n\r\n")
        length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
        messages.append(json.loads(rest[:length]))
        stream = rest[length:]
    return messages


def test_the_installed_language_server_answers_over_stdio(wheel_venv, workdir):
    session = b"".join(lsp_frame(message) for message in (
        {"jsonrpc": "2.0", "id": 1, "method": "initialize",
         "params": {"processId": None, "rootUri": workdir.as_uri(), "capabilities": {}}},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
        {"jsonrpc": "2.0", "id": 2, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "exit"},
    ))
    result = subprocess.run([wheel_venv / "bin" / "torchmode", "serve"], input=session, cwd=workdir,
                            env=clean_env(), capture_output=True, timeout=120)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    answers = {message["id"]: message for message in lsp_messages(result.stdout) if "id" in message}
    assert "textDocumentSync" in answers[1]["result"]["capabilities"]
    assert answers[2]["result"] is None


def test_the_installed_guard_catches_an_eval_mode_rnn_backward(wheel_venv, tmp_path):
    """torch is the user's, not one of torchmode's dependencies: the guard borrows this environment's
    through PYTHONPATH, and the traceback shows that the guard which ran is the fresh environment's."""
    (tmp_path / "prog.py").write_text(
        "import torch\n"
        "lstm = torch.nn.LSTM(2, 2)\n"
        "lstm.eval()\n"
        "out, _ = lstm(torch.zeros(1, 1, 2, requires_grad=True))\n"
        "out.sum().backward()\n"
    )
    torch_home = Path(importlib.util.find_spec("torch").origin).parent.parent
    result = run([wheel_venv / "bin" / "python", "-m", "torchmode.guard", "prog.py"], cwd=tmp_path,
                 env=clean_env(PYTHONPATH=str(torch_home)))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "RuntimeError: cudnn RNN backward can only be called in training mode" in result.stderr
    guard_frames = [line for line in result.stderr.splitlines() if "torchmode/guard.py" in line]
    assert guard_frames and all(str(wheel_venv) in line for line in guard_frames), result.stderr[-2000:]
