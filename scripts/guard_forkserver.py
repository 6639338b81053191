"""Run programs under torchmode's guard without paying for `import torch` each time.

`python -m torchmode.guard PROGRAM` spends ~2 s of its ~2.2 s importing torch, and the proof corpus runs ~900
programs. This server imports torch and the guard once, then forks a child per request; the child becomes
exactly what `python -m torchmode.guard PROGRAM` would be after its imports (the program's folder as cwd and
sys.path[0], the guard installed by guard.main, an uncaught exception printed by sys.excepthook with exit
status 1, non-daemon threads joined and atexit handlers run, as the interpreter's exit does; only the teardown of
the modules is skipped). The parent stays unpatched and single-threaded, so forking it is safe.

Protocol (one JSON object per line): request {"path": ..., "timeout": seconds} on stdin; reply
{"returncode": int, "stderr": str, "timed_out": bool} on stdout. Used by scripts/evaluate_corpus.py.
"""

from __future__ import annotations

import atexit
import json
import os
import random
import signal
import sys
import tempfile
import threading
import time

sys.dont_write_bytecode = True  # as PYTHONDONTWRITEBYTECODE=1 in evaluate_corpus.run_under_guard

import torch  # noqa: E402,F401  (the import every program would otherwise pay for)
import torch._dynamo  # noqa: E402,F401  (and the one the first optimizer pays for: ~2 s)
import torch.func  # noqa: E402,F401

import torchmode.guard as guard  # noqa: E402


def _wait(pid: int, timeout: float) -> tuple[int, bool]:
    deadline = time.monotonic() + timeout
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status), False
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            return os.waitstatus_to_exitcode(status), True
        time.sleep(0.005)


def serve() -> dict:
    """Answer requests until stdin closes; in a forked child, return the request it must run."""
    reply_to = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        with tempfile.TemporaryFile() as err:
            reply_to.flush()
            pid = os.fork()
            if pid == 0:
                _become_program(request, err.fileno())
                return request
            returncode, timed_out = _wait(pid, float(request.get("timeout", 120)))
            err.seek(0)
            stderr = err.read().decode("utf-8", "replace")
        reply_to.write(json.dumps({"returncode": returncode, "stderr": stderr, "timed_out": timed_out}) + "\n")
        reply_to.flush()
    raise SystemExit(0)


def _become_program(request: dict, stderr_fd: int) -> None:
    """The child: its own process group (a timeout kills what it started too), no access to the protocol pipes,
    stderr captured, fresh randomness as a new interpreter would have."""
    os.setpgid(0, 0)
    devnull = os.open(os.devnull, os.O_RDWR)
    os.dup2(devnull, 0)
    os.dup2(devnull, 1)
    os.dup2(stderr_fd, 2)
    os.close(devnull)
    sys.stdin = open(os.devnull)  # the parent's reader may hold buffered protocol text
    random.seed()
    os.chdir(os.path.dirname(os.path.abspath(request["path"])))


def run_as_main(path: str) -> None:
    """What the interpreter does with `python -m torchmode.guard PATH` from here on, ending in os._exit: the
    child never returns into the server's code."""
    code = 0
    try:
        guard.main([path])
    except SystemExit as stop:
        if stop.code is None or isinstance(stop.code, int):
            code = stop.code or 0
        else:
            print(stop.code, file=sys.stderr)
            code = 1
    except BaseException:
        sys.excepthook(*sys.exc_info())
        code = 1
    threading._shutdown()  # type: ignore[attr-defined]  (the interpreter's own exit step)
    atexit._run_exitfuncs()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    run_as_main(serve()["path"])
