"""pytest plugin: `pytest --torchmode-guard` (or `torchmode_guard = true` in the ini file) runs the test session
under torchmode's runtime guard, so CPU test suites fail where a GPU would fail with
"cudnn RNN backward can only be called in training mode".

Loaded in every pytest run of an environment where torchmode is installed, so it stays inert and never imports
torch unless the option is on.
"""

from __future__ import annotations


def pytest_addoption(parser):
    group = parser.getgroup("torchmode")
    group.addoption(
        "--torchmode-guard",
        action="store_true",
        default=None,
        help="fail backwards through eval-mode nn.RNN/LSTM/GRU forwards as cuDNN does on a GPU",
    )
    parser.addini(
        "torchmode_guard",
        type="bool",
        default=False,
        help="run the tests under torchmode's runtime guard (same as --torchmode-guard)",
    )


def _guard_enabled(config) -> bool:
    option = config.getoption("torchmode_guard")
    if option is not None:
        return bool(option)
    return bool(config.getini("torchmode_guard"))


def pytest_configure(config):
    if not _guard_enabled(config):
        return
    from torchmode import guard  # imports torch: only now that the guard was asked for

    guard.install()
    config.add_cleanup(guard.uninstall)


def pytest_report_header(config):
    if _guard_enabled(config):
        return "torchmode: runtime guard on (eval-mode cuDNN RNN backwards fail)"
    return None
