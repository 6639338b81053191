"""torchmode's runtime guard on real torch (CPU): eval-mode RNN backwards fail with cuDNN's exact message, and
nothing else changes."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence

from torchmode import guard

MESSAGE = "cudnn RNN backward can only be called in training mode"
CRASH = pytest.raises(RuntimeError, match=f"^{MESSAGE}$")


@pytest.fixture
def guarded():
    guard.install()
    yield
    guard.uninstall()


def _rnns():
    return {
        "lstm": lambda: nn.LSTM(3, 4, num_layers=2),
        "gru": lambda: nn.GRU(3, 4),
        "rnn_tanh": lambda: nn.RNN(3, 4),
        "rnn_relu": lambda: nn.RNN(3, 4, nonlinearity="relu"),
        "bidirectional_gru": lambda: nn.GRU(3, 4, num_layers=2, bidirectional=True),
        "lstm_proj_batch_first": lambda: nn.LSTM(3, 6, proj_size=2, batch_first=True),
    }


def _output_sum(module, x):
    out = module(x)[0]
    return (out.data if not isinstance(out, torch.Tensor) else out).sum()


@pytest.mark.parametrize("kind", list(_rnns()))
def test_eval_mode_backward_fails_with_cudnns_message(guarded, kind):
    torch.manual_seed(0)
    rnn = _rnns()[kind]().eval()
    with CRASH:
        _output_sum(rnn, torch.randn(5, 2, 3)).backward()


@pytest.mark.parametrize("kind", list(_rnns()))
def test_packed_sequence_in_eval_mode_fails(guarded, kind):
    rnn = _rnns()[kind]().eval()
    batch_first = rnn.batch_first
    x = torch.randn(2, 5, 3) if batch_first else torch.randn(5, 2, 3)
    packed = pack_padded_sequence(x, [5, 3], batch_first=batch_first)
    with CRASH:
        _output_sum(rnn, packed).backward()


def test_backward_through_final_state_only_fails(guarded):
    lstm = nn.LSTM(3, 4).eval()
    _, (h_n, c_n) = lstm(torch.randn(5, 2, 3))
    with CRASH:
        c_n.sum().backward()


@pytest.mark.parametrize("kind", list(_rnns()))
def test_train_mode_values_and_gradients_identical(kind):
    torch.manual_seed(0)
    rnn = _rnns()[kind]()
    x = torch.randn(2, 5, 3) if rnn.batch_first else torch.randn(5, 2, 3)

    def run():
        rnn.zero_grad(set_to_none=True)
        xi = x.clone().requires_grad_(True)
        out = rnn(xi)[0]
        out.pow(2).sum().backward()
        return out.detach(), xi.grad, [p.grad.clone() for p in rnn.parameters()]

    plain = run()
    guard.install()
    try:
        with_guard = run()
    finally:
        guard.uninstall()
    assert torch.equal(plain[0], with_guard[0])
    assert torch.equal(plain[1], with_guard[1])
    assert all(torch.equal(a, b) for a, b in zip(plain[2], with_guard[2]))


def test_eval_mode_forward_values_identical(guarded):
    torch.manual_seed(0)
    rnn = nn.LSTM(3, 4, num_layers=2, dropout=0.5).eval()
    x = torch.randn(5, 2, 3)
    guarded_out = rnn(x)[0]
    guard.uninstall()
    assert torch.equal(guarded_out, rnn(x)[0])


def test_in_place_edit_of_output_still_allowed(guarded):
    out, _ = nn.GRU(3, 4).eval()(torch.randn(5, 2, 3))
    out.mul_(2)  # a view-returning guard would refuse this; cuDNN's output allows it
    with CRASH:
        out.sum().backward()


def test_no_crash_without_grad_or_cudnn_or_in_train_mode(guarded):
    rnn = nn.LSTM(3, 4)
    x = torch.randn(5, 2, 3)
    rnn.eval()
    with torch.no_grad():
        assert rnn(x)[0].grad_fn is None
    with torch.inference_mode():
        rnn(x)
    with torch.backends.cudnn.flags(enabled=False):
        rnn(x)[0].sum().backward()
    enabled = torch.backends.cudnn.enabled
    torch.backends.cudnn.enabled = False
    try:
        rnn(x)[0].sum().backward()
    finally:
        torch.backends.cudnn.enabled = enabled
    rnn.train()
    rnn(x)[0].sum().backward()
    out = rnn(x)[0]  # forward in train mode, eval() afterwards: fine for cuDNN
    rnn.eval()
    out.sum().backward()


def test_only_the_rnn_modules_own_flag_counts(guarded):
    model = nn.Sequential()
    model.add_module("rnn", nn.GRU(3, 4))
    model.training = False  # the wrapper's flag alone does not change the GRU's mode
    model.rnn(torch.randn(5, 2, 3))[0].sum().backward()
    model.eval()
    model.rnn.train()
    model.rnn(torch.randn(5, 2, 3))[0].sum().backward()
    model.eval()
    with CRASH:
        model.rnn(torch.randn(5, 2, 3))[0].sum().backward()


def test_frozen_rnn_without_input_grad_does_not_crash(guarded):
    # Nothing requires grad through the RNN: autograd records no node for it and cuDNN never runs its backward.
    rnn = nn.LSTM(3, 4).eval().requires_grad_(False)
    head = nn.Linear(4, 1)
    out, _ = rnn(torch.randn(5, 2, 3))
    assert out.grad_fn is None
    head(out).sum().backward()
    assert head.weight.grad is not None


def test_frozen_rnn_with_gradient_flowing_to_its_input_crashes(guarded):
    embedding = nn.Embedding(10, 3)
    rnn = nn.LSTM(3, 4).eval().requires_grad_(False)
    with CRASH:
        rnn(embedding(torch.randint(0, 10, (5, 2))))[0].sum().backward()


def test_gradients_not_needed_through_the_rnn_do_not_crash(guarded):
    # autograd.grad only runs the nodes on the path to the requested inputs, as with cuDNN.
    rnn, head = nn.GRU(3, 4).eval(), nn.Linear(4, 1)
    loss = head(rnn(torch.randn(5, 2, 3))[0]).sum()
    (g,) = torch.autograd.grad(loss, [head.weight])
    assert g.shape == head.weight.shape


def test_autograd_grad_and_functional_api(guarded):
    rnn = nn.LSTM(3, 4).eval()
    x = torch.randn(5, 2, 3)
    with CRASH:
        torch.autograd.grad(rnn(x)[0].sum(), list(rnn.parameters()))
    with CRASH:
        torch.autograd.functional.jacobian(lambda inp: rnn(inp)[0].sum(), x)
    with CRASH:
        torch.autograd.functional.vjp(lambda inp: rnn(inp)[0], x, torch.ones(5, 2, 4))


# TM002: the first lines measured on a GPU (shared notes, gpu-semantics.md), in train and eval mode alike.
WEIGHTS_WRAPPED = pytest.raises(NotImplementedError, match="^Cannot access storage of TensorWrapper$")
INPUT_WRAPPED = pytest.raises(RuntimeError, match="^Cannot access data pointer of Tensor that doesn't have storage$")


@pytest.mark.parametrize("mode", ["train", "eval"])
def test_torch_func_transforms_fail_in_any_mode(guarded, mode):
    rnn = getattr(nn.GRU(3, 4), mode)()
    params = {name: p.detach() for name, p in rnn.named_parameters()}
    x = torch.randn(5, 2, 3)

    def loss(p):
        return torch.func.functional_call(rnn, p, (x,))[0].sum()

    with WEIGHTS_WRAPPED:
        torch.func.grad(loss)(params)
    with WEIGHTS_WRAPPED:
        torch.func.vjp(loss, params)  # the forward under the transform fails, before any pullback
    with INPUT_WRAPPED:
        torch.func.grad(lambda inp: rnn(inp)[0].sum())(x)
    with INPUT_WRAPPED:
        torch.func.jacrev(lambda inp: rnn(inp)[0].sum())(x)


@pytest.mark.parametrize("mode", ["train", "eval"])
def test_torch_func_with_cudnn_disabled_runs_and_matches_unguarded(mode):
    rnn = getattr(nn.LSTM(3, 4), mode)()
    x = torch.randn(5, 2, 3)
    expected = torch.func.grad(lambda inp: rnn(inp)[0].sum())(x)
    guard.install()
    try:
        with torch.backends.cudnn.flags(enabled=False):
            got = torch.func.grad(lambda inp: rnn(inp)[0].sum())(x)
    finally:
        guard.uninstall()
    assert torch.equal(got, expected)


def test_vmap_keeps_torchs_own_error(guarded):
    rnn = nn.LSTM(3, 4)
    with pytest.raises(RuntimeError, match="^Batching rule not implemented for aten::lstm.input"):
        torch.func.vmap(lambda xi: rnn(xi.unsqueeze(1))[0].sum())(torch.randn(2, 5, 3))


# TM003: double backward through a train-mode RNN.
DOUBLE = pytest.raises(NotImplementedError, match=r"^the derivative for '_cudnn_rnn_backward' is not implemented\. "
                       r"Double backwards is not supported for CuDNN RNNs due to limitations in the CuDNN API\.")


@pytest.mark.parametrize("kind", ["lstm", "gru", "rnn_tanh", "bidirectional_gru"])
def test_double_backward_in_train_mode_fails(guarded, kind):
    rnn = _rnns()[kind]().train()
    x = torch.randn(5, 2, 3, requires_grad=True)
    (slope,) = torch.autograd.grad(rnn(x)[0].sum(), x, create_graph=True)  # create_graph alone is fine
    with DOUBLE:
        slope.pow(2).sum().backward()


def test_double_backward_shapes_fail_in_train_mode(guarded):
    rnn = nn.LSTM(3, 4).train()
    x = torch.randn(5, 2, 3)
    with DOUBLE:  # the gradients of the parameters after backward(create_graph=True), differentiated again
        rnn(x)[0].pow(2).sum().backward(create_graph=True)
        sum(p.grad.pow(2).sum() for p in rnn.parameters()).backward()
    with DOUBLE:
        torch.autograd.functional.hvp(lambda inp: rnn(inp)[0].pow(2).sum(), x, torch.ones_like(x))
    with DOUBLE:
        torch.autograd.functional.hessian(lambda inp: rnn(inp)[0].pow(2).sum(), x[:2, :1])


def test_double_backward_in_eval_mode_fails_with_the_training_mode_message_first(guarded):
    rnn = nn.GRU(3, 4).eval()
    x = torch.randn(5, 2, 3, requires_grad=True)
    with CRASH:
        torch.autograd.grad(rnn(x)[0].sum(), x, create_graph=True)
    with CRASH:
        torch.autograd.functional.hvp(lambda inp: rnn(inp)[0].pow(2).sum(), x, torch.ones_like(x))


def test_double_backward_with_cudnn_disabled_around_the_forward_runs(guarded):
    rnn = nn.LSTM(3, 4).train()
    x = torch.randn(5, 2, 3, requires_grad=True)
    with torch.backends.cudnn.flags(enabled=False):
        out = rnn(x)[0].sum()
    (slope,) = torch.autograd.grad(out, x, create_graph=True)
    slope.pow(2).sum().backward()
    assert x.grad is not None


def test_first_order_gradients_with_create_graph_identical_to_unguarded():
    torch.manual_seed(0)
    rnn = nn.LSTM(3, 4, num_layers=2).train()
    x = torch.randn(5, 2, 3, requires_grad=True)

    def grads():
        return torch.autograd.grad(rnn(x)[0].pow(2).sum(), [x, *rnn.parameters()], create_graph=True)

    expected = grads()
    guard.install()
    try:
        got = grads()
    finally:
        guard.uninstall()
    assert all(torch.equal(a, b) for a, b in zip(got, expected))


def test_cells_never_crash(guarded):
    x = torch.randn(2, 3)
    for cell in (nn.LSTMCell(3, 4), nn.GRUCell(3, 4), nn.RNNCell(3, 4)):
        cell.eval()
        out = cell(x)
        (out[0] if isinstance(out, tuple) else out).sum().backward()


def test_user_subclass_of_lstm_is_guarded(guarded):
    class NormedLSTM(nn.LSTM):
        def forward(self, x, hx=None):
            out, state = super().forward(x, hx)
            return out * 2, state

    rnn = NormedLSTM(3, 4).eval()
    with CRASH:
        rnn(torch.randn(5, 2, 3))[0].sum().backward()


def test_install_is_idempotent_and_uninstall_restores_behaviour():
    rnn = nn.LSTM(3, 4).eval()
    x = torch.randn(5, 2, 3)
    assert not guard.is_installed()
    guard.install()
    guard.install()
    try:
        assert guard.is_installed()
        with CRASH:
            rnn(x)[0].sum().backward()
    finally:
        guard.uninstall()
    guard.uninstall()
    assert not guard.is_installed()
    assert "lstm" not in vars(torch._VF)  # the C function is served again
    rnn(x)[0].sum().backward()


def _write(path, text):
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _run(args, cwd):
    env = dict(os.environ, OMP_NUM_THREADS="1")
    return subprocess.run([sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_command_line_runs_a_script_like_python(tmp_path):
    _write(tmp_path / "helper.py", "VALUE = 41\n")
    script = _write(
        tmp_path / "script.py",
        """
        import sys
        import torch
        from helper import VALUE  # the script's folder is on sys.path, as with `python script.py`

        print(__name__, sys.argv[1:], VALUE + 1)
        rnn = torch.nn.GRU(2, 2)
        if sys.argv[1] == "eval":
            rnn.eval()
        rnn(torch.randn(3, 1, 2))[0].sum().backward()
        print("backward done")
        """,
    )
    ok = _run(["-m", "torchmode.guard", str(script), "train", "--flag"], cwd=tmp_path.parent)
    assert ok.returncode == 0, ok.stderr
    assert "__main__ ['train', '--flag'] 42" in ok.stdout and "backward done" in ok.stdout
    bad = _run(["-m", "torchmode.guard", str(script), "eval"], cwd=tmp_path.parent)
    assert bad.returncode == 1
    assert bad.stderr.strip().splitlines()[-1] == f"RuntimeError: {MESSAGE}"
    assert f'File "{script}", line 10, in <module>' in bad.stderr  # the backward line of the script
    assert "backward done" not in bad.stdout
    plain = _run([str(script), "eval"], cwd=tmp_path)  # without the guard the CPU happily runs it
    assert plain.returncode == 0 and "backward done" in plain.stdout


def test_command_line_runs_a_module(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    _write(package / "__init__.py", "")
    _write(
        package / "job.py",
        """
        import sys
        import torch
        print("args", sys.argv[1:])
        torch.nn.LSTM(2, 2).eval()(torch.randn(3, 1, 2))[0].sum().backward()
        """,
    )
    result = _run(["-m", "torchmode.guard", "-m", "pkg.job", "x"], cwd=tmp_path)
    assert "args ['x']" in result.stdout
    assert result.returncode == 1 and result.stderr.strip().endswith(f"RuntimeError: {MESSAGE}")
    usage = _run(["-m", "torchmode.guard"], cwd=tmp_path)
    assert usage.returncode == 2 and "usage" in usage.stderr


PYTEST_TEST = """
import torch

def test_eval_backward():
    torch.nn.LSTM(2, 2).eval()(torch.randn(3, 1, 2))[0].sum().backward()
"""


def _pytest(tmp_path, *args):
    return _run(["-m", "pytest", "-p", "no:cacheprovider", *args], cwd=tmp_path)


def test_pytest_option_switches_the_guard_on(tmp_path):
    _write(tmp_path / "test_model.py", PYTEST_TEST)
    _write(tmp_path / "pytest.ini", "[pytest]\n")
    off = _pytest(tmp_path)
    assert off.returncode == 0, off.stdout + off.stderr
    on = _pytest(tmp_path, "--torchmode-guard")
    assert on.returncode == 1, on.stdout + on.stderr
    assert MESSAGE in on.stdout and "runtime guard on" in on.stdout


def test_pytest_ini_option_switches_the_guard_on(tmp_path):
    _write(tmp_path / "test_model.py", PYTEST_TEST)
    _write(tmp_path / "pytest.ini", "[pytest]\ntorchmode_guard = true\n")
    result = _pytest(tmp_path)
    assert result.returncode == 1 and MESSAGE in result.stdout, result.stdout + result.stderr


def test_pytest_plugin_does_not_import_torch_unless_enabled(tmp_path):
    _write(
        tmp_path / "test_no_torch.py",
        """
        import sys

        def test_torch_not_imported():
            assert "torch" not in sys.modules
        """,
    )
    _write(tmp_path / "pytest.ini", "[pytest]\n")
    result = _pytest(tmp_path)  # the plugin is loaded through its entry point, but stays inert
    assert result.returncode == 0, result.stdout + result.stderr
    enabled = _pytest(tmp_path, "--torchmode-guard")
    assert enabled.returncode == 1  # and the same check fails once the guard is on: the test can fail
