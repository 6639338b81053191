"""torchmode in JupyterLab: `pip install torchmode jupyterlab jupyterlab-lsp`, then `jupyter lab`.

jupyter-lsp (installed with jupyterlab-lsp) finds torchmode through its `jupyter_lsp_spec_v1`
entry point (torchmode/jupyter_lsp_spec.py). The first test asks jupyter-lsp's own discovery; the
others start a real `jupyter lab` (no browser, a token, a free port, a scratch root holding a
notebook that crashes on a GPU: the model in one cell, `model.eval()` in the next, the backward two
cells later) and read its /lsp/status, then drive it in headless Chromium with playwright-core
(tests_e2e/jupyterlab.mjs): the finding shows in the right cell. Screenshots, JupyterLab's log and
the browser console go to test-artifacts/jupyterlab/. The browser test is skipped only when node
or Chromium is missing; torchmode not being found fails it.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "test-artifacts" / "jupyterlab"
CHROMIUM = "/usr/bin/chromium"
# The same pinned playwright-core, in the same git-ignored cache, as tests_e2e/install_tools.sh.
PLAYWRIGHT_VERSION = "1.64.1"
PLAYWRIGHT_DIR = ROOT / ".cache" / f"playwright-core-{PLAYWRIGHT_VERSION}"
NOTEBOOK = "tagger.ipynb"
CELLS = [
    ("markdown", "# LSTM tagger\nA quick look at the untrained model, then fine-tuning."),
    ("code", "%matplotlib inline\nimport torch\nimport torch.nn as nn\n\nmodel = nn.LSTM(4, 8)"),
    ("code", "model.eval()\nwith torch.no_grad():\n    preview, _ = model(torch.randn(3, 1, 4))"),
    ("markdown", "## Fine-tune"),
    ("code", "out, _ = model(torch.randn(3, 1, 4))\nloss = out.sum()\nloss.backward()  # on a GPU: cudnn RNN backward can only be called in training mode"),
]
BUGGY_CELL = 4
LAB_START_S = 60
BROWSER_S = 150
NOT_FOUND = ("jupyter-lsp does not list torchmode: is torchmode installed in the environment JupyterLab runs in "
             "(`pip install torchmode`; here scripts/setup.sh), with its jupyter_lsp_spec_v1 entry point?")


def test_jupyter_lsp_discovers_torchmode():
    """jupyter-lsp's own discovery (what `jupyter lab` does at start) finds the spec, valid, and its
    command runs this interpreter's torchmode."""
    from jupyter_lsp import LanguageServerManager
    from jupyter_lsp.schema import LANGUAGE_SERVER_SPEC

    manager = LanguageServerManager()
    manager.initialize()
    spec = manager.language_servers.get("torchmode")
    assert spec is not None, NOT_FOUND
    assert list(LANGUAGE_SERVER_SPEC.iter_errors(spec)) == []
    assert spec["argv"] == [sys.executable, "-m", "torchmode", "serve"]
    assert spec["languages"] == ["python"] and "text/x-ipython" in spec["mime_types"]
    # What JupyterLab shows a user missing the server is what the README says to run.
    assert f"{spec['install']['pip']}\njupyter lab\n" in (ROOT / "README.md").read_text(encoding="utf-8")
    # Its command answers `initialize` as a language server.
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "initialize",
                       "params": {"processId": None, "rootUri": None, "capabilities": {}}}).encode()
    exit_note = json.dumps({"jsonrpc": "2.0", "method": "exit"}).encode()
    message = b"".join(b"Content-Length: %d\r\n\r\n%s" % (len(m), m) for m in (body, exit_note))
    done = subprocess.run(spec["argv"], input=message, capture_output=True, timeout=60, env={**os.environ, **spec.get("env", {})})
    assert b'"id": 1' in done.stdout and b'"capabilities"' in done.stdout, done.stderr.decode(errors="replace")[-2000:]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _write_notebook(path: Path) -> None:
    cells = [{"cell_type": kind, "id": f"cell-{i}", "metadata": {}, "source": text,
              **({"outputs": [], "execution_count": None} if kind == "code" else {})} for i, (kind, text) in enumerate(CELLS)]
    path.write_text(json.dumps({
        "cells": cells,
        "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"},
                     "language_info": {"name": "python"}},
        "nbformat": 4, "nbformat_minor": 5,
    }, indent=1), encoding="utf-8")


def _get_json(url: str):
    with urllib.request.urlopen(url, timeout=10) as answer:
        return json.load(answer)


class Lab:
    def __init__(self, url: str, token: str, root: Path, log: Path):
        self.url, self.token, self.root, self.log = url, token, root, log

    def api(self, path: str):
        return _get_json(f"{self.url}{path}?token={self.token}")


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    """A real `jupyter lab`, isolated from the user's Jupyter settings, stopped at the end."""
    scratch = tmp_path_factory.mktemp("jupyterlab")
    root = scratch / "root"
    root.mkdir()
    _write_notebook(root / NOTEBOOK)
    # No news or update checks (they would reach for the network and pop a notification up).
    settings = scratch / "settings" / "@jupyterlab" / "apputils-extension"
    settings.mkdir(parents=True)
    (settings / "notification.jupyterlab-settings").write_text('{"fetchNews": "false", "checkForUpdates": false}')
    env = {
        **os.environ,
        "JUPYTER_CONFIG_DIR": str(scratch / "config"), "JUPYTER_DATA_DIR": str(scratch / "data"),
        "JUPYTER_RUNTIME_DIR": str(scratch / "runtime"), "JUPYTERLAB_SETTINGS_DIR": str(scratch / "settings"),
        "JUPYTERLAB_WORKSPACES_DIR": str(scratch / "workspaces"), "IPYTHONDIR": str(scratch / "ipython"),
    }
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    log = ARTIFACTS / "jupyterlab.log"
    port, token = _free_port(), secrets.token_hex(16)
    command = [sys.executable, "-m", "jupyterlab", "--no-browser", "--ip", "127.0.0.1", "--port", str(port),
               "--port-retries", "0", f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={root}",
               "--LabApp.extension_manager=readonly"]  # the default one asks PyPI about extensions
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")
    with open(log, "w", encoding="utf-8") as out:
        # Its own session: the kernel and language server it starts go with it.
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=scratch,
                                   start_new_session=True)
    lab = Lab(f"http://127.0.0.1:{port}/", token, root, log)
    try:
        deadline = time.monotonic() + LAB_START_S
        while True:
            with contextlib.suppress(OSError):
                lab.api("api/status")
                break
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"jupyter lab did not start (exit {process.poll()}):\n{log.read_text()[-3000:]}")
            time.sleep(0.25)
        yield lab
    finally:
        started = time.monotonic()
        _stop(process, lab)
        print(f"jupyter lab stopped in {time.monotonic() - started:.1f} s")


def _stop(process: subprocess.Popen, lab: Lab) -> None:
    """JupyterLab's own shutdown first: it stops the kernel (which runs in a session of its own) and
    the language servers. A signal to its process group then ends anything left."""
    with contextlib.suppress(OSError):
        request = urllib.request.Request(f"{lab.url}api/shutdown", method="POST",
                                         headers={"Authorization": f"token {lab.token}"})
        urllib.request.urlopen(request, timeout=10).close()
    try:
        process.wait(15)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(5)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)
    process.wait(10)


def test_running_jupyterlab_offers_torchmode_for_python(lab):
    status = lab.api("lsp/status")
    assert "torchmode" in status["sessions"], NOT_FOUND
    spec = status["specs"]["torchmode"]
    assert spec["languages"] == ["python"] and spec["display_name"] == "torchmode"


def _playwright_core() -> Path:
    package = PLAYWRIGHT_DIR / "node_modules" / "playwright-core"
    if not (package / "package.json").is_file():
        npm = shutil.which("npm")
        assert npm, "npm (which comes with node) is needed to install playwright-core"
        shutil.rmtree(PLAYWRIGHT_DIR, ignore_errors=True)
        PLAYWRIGHT_DIR.mkdir(parents=True)
        subprocess.run([npm, "install", "--silent", "--no-audit", "--no-fund", "--prefix", str(PLAYWRIGHT_DIR),
                        f"playwright-core@{PLAYWRIGHT_VERSION}"], check=True, timeout=300)
    return package


def test_notebook_shows_the_finding_in_its_cell(lab):
    node = shutil.which("node")
    if node is None or not os.access(CHROMIUM, os.X_OK):
        pytest.skip(f"needs node and Chromium ({CHROMIUM}; apt-get install chromium) to drive JupyterLab")
    assert "torchmode" in lab.api("lsp/status")["sessions"], NOT_FOUND
    for old in ARTIFACTS.glob("*.png"):
        old.unlink()
    env = {**os.environ, "LAB_URL": lab.url, "TOKEN": lab.token, "NOTEBOOK": NOTEBOOK, "ARTIFACTS": str(ARTIFACTS),
           "PLAYWRIGHT_CORE": str(_playwright_core()), "CHROMIUM": CHROMIUM, "BUGGY_CELL": str(BUGGY_CELL)}
    started = time.monotonic()
    done = subprocess.run([node, str(ROOT / "tests_e2e" / "jupyterlab.mjs")], env=env, capture_output=True,
                          text=True, timeout=BROWSER_S)
    print(done.stdout)
    assert done.returncode == 0, (f"{done.stdout}\n{done.stderr}\nscreenshots and logs: {ARTIFACTS}\n"
                                  f"JupyterLab's log:\n{lab.log.read_text()[-3000:]}")
    print(f"browser part: {time.monotonic() - started:.1f} s")
    # jupyter-lsp ran torchmode's session (stopped again once the page closed), and it wrote no
    # shadow copies into the user's folder.
    session = lab.api("lsp/status")["sessions"]["torchmode"]
    assert session["last_server_message_at"] is not None, session
    assert not (lab.root / ".virtual_documents").exists()
    assert sorted(p.name for p in ARTIFACTS.glob("*.png")) == [
        "01-underline-in-cell.png", "02-message-on-hover.png", "03-diagnostics-panel.png", "04-fixed-no-finding.png"]
