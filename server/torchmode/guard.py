"""Runtime guard: make CPU runs fail where a cuDNN RNN would fail on a GPU.

On a GPU, `nn.RNN`/`nn.LSTM`/`nn.GRU` run through cuDNN, whose backward refuses a forward that ran with the
module in eval mode ("cudnn RNN backward can only be called in training mode"). CPU kernels have no such check,
so test suites on CPUs never see the crash. The guard adds it back:

    python -m torchmode.guard SCRIPT [ARGS ...]      # run a script like `python SCRIPT ARGS`
    python -m torchmode.guard -m MODULE [ARGS ...]   # run a module like `python -m MODULE ARGS`
    python -m torchmode.guard NOTEBOOK.ipynb [ARGS]  # run its code cells in order, like "Run All"

    import torchmode.guard; torchmode.guard.install()  # in-process; uninstall() restores torch

How: every RNN module's forward calls one of `torch._VF.{lstm, gru, rnn_tanh, rnn_relu}` and passes its own
`self.training` as the kernel's `train` flag, exactly what cuDNN receives. The guard shadows those four names on
the `torch._VF` module object. When `train` is False, grad is enabled and cuDNN is enabled
(`torch.backends.cudnn.enabled`, which `cudnn.flags(enabled=False)` toggles), every kernel output that requires
grad goes through an identity autograd Function whose backward raises cuDNN's error. Values and gradients are
otherwise untouched, and an output that needs no grad (frozen RNN, inputs without grad) gets no backward at all,
exactly like cuDNN. The `*Cell` modules call other kernels and are never affected. TorchScript-compiled RNNs do
not go through Python and are not guarded.

Two neighbouring GPU-only crashes are reproduced the same way, with the first lines measured on a GPU (shared
notes, gpu-semantics.md), whatever the mode:
- TM002: a kernel called with cuDNN enabled on functorch-wrapped tensors (under `torch.func.grad`, `vjp`,
  `jacrev`, ...) raises before running, as cuDNN cannot read their storage. (`vmap` alone needs no help: torch
  has no batching rule for the RNN kernels on any device and says so itself.)
- TM003: in train mode, the inputs that need grad (input, hidden state, weights) go through an identity
  Function whose backward, when it runs with `create_graph=True`, hands back gradients whose own backward
  raises cuDNN's "Double backwards is not supported" error: the RNN's gradients cannot be differentiated
  again (a gradient penalty or a Hessian-vector product through the RNN fails), while a plain or a
  `create_graph=True`-only backward runs as before.

This module and pytest_plugin.py are the only parts of torchmode that import torch.
"""

from __future__ import annotations

import functools
import linecache
import os
import runpy
import sys
import traceback
import types

import torch

CUDNN_EVAL_BACKWARD_MESSAGE = "cudnn RNN backward can only be called in training mode"
# TM002, as measured: the first when the RNN's weights are wrapped (grad w.r.t. parameters through
# functional_call), the second when only its input is (grad w.r.t. the input).
FUNCTORCH_WEIGHTS_MESSAGE = "Cannot access storage of TensorWrapper"
FUNCTORCH_INPUT_MESSAGE = "Cannot access data pointer of Tensor that doesn't have storage"
# TM003: torch's own text (tools/autograd/derivatives.yaml, kCudnnDoubleBackwardMsg).
CUDNN_DOUBLE_BACKWARD_MESSAGE = (
    "the derivative for '_cudnn_rnn_backward' is not implemented. Double backwards is not supported for CuDNN RNNs "
    "due to limitations in the CuDNN API. To run double backwards, please disable the CuDNN backend temporarily while "
    "running the forward pass of your RNN. For example: \nwith torch.backends.cudnn.flags(enabled=False):\n"
    "    output = model(inputs)")

# The kernels behind nn.RNN (tanh/relu), nn.LSTM and nn.GRU; cuDNN runs all four on CUDA inputs.
_RNN_KERNELS = ("lstm", "gru", "rnn_tanh", "rnn_relu")

# Index of the `train` argument in the kernels' two overloads (see torch/nn/modules/rnn.py):
#   dense:  (input, hx, params, has_biases, num_layers, dropout, train, bidirectional, batch_first)
#   packed: (data, batch_sizes, hx, params, has_biases, num_layers, dropout, train, bidirectional)
_TRAIN_INDEX_DENSE = 6
_TRAIN_INDEX_PACKED = 7

_installed: dict[str, object] = {}


class _EvalModeRNNBackward(torch.autograd.Function):
    """Identity on the outputs of an eval-mode RNN kernel; its backward fails the way cuDNN's does."""

    # setup_context + generate_vmap_rule make the Function usable under torch.func (grad, vjp, jacrev, vmap).
    generate_vmap_rule = True

    @staticmethod
    def forward(*tensors):
        # A clone (not a view) so that in-place edits of the outputs behave as without the guard.
        return tuple(t.clone() for t in tensors)

    @staticmethod
    def setup_context(ctx, inputs, output):
        pass

    @staticmethod
    def backward(ctx, *grads):
        raise RuntimeError(CUDNN_EVAL_BACKWARD_MESSAGE)

    @staticmethod
    def jvp(ctx, *tangents):
        # Forward-mode AD is not what cuDNN's check is about: pass tangents through unchanged.
        return tuple(t.clone() if t is not None else None for t in tangents)


class _NoDoubleBackward(torch.autograd.Function):
    """Identity on gradients computed through a train-mode RNN with create_graph=True: differentiating
    them again fails the way `_cudnn_rnn_backward` does."""

    generate_vmap_rule = True

    @staticmethod
    def forward(*tensors):
        return tuple(t.clone() for t in tensors)

    @staticmethod
    def setup_context(ctx, inputs, output):
        pass

    @staticmethod
    def backward(ctx, *grads):
        raise NotImplementedError(CUDNN_DOUBLE_BACKWARD_MESSAGE)

    @staticmethod
    def jvp(ctx, *tangents):
        return tuple(t.clone() if t is not None else None for t in tangents)


class _TrainModeRNN(torch.autograd.Function):
    """Identity on the inputs of a train-mode RNN kernel: the gradients the kernel's backward computes for
    them pass through here, and are first-order only, like those of cuDNN's backward."""

    generate_vmap_rule = True

    @staticmethod
    def forward(*tensors):
        return tuple(t.clone() for t in tensors)

    @staticmethod
    def setup_context(ctx, inputs, output):
        pass

    @staticmethod
    def backward(ctx, *grads):
        if torch.is_grad_enabled():  # create_graph=True: the gradients keep a graph that leads back here
            return _NoDoubleBackward.apply(*grads)
        return grads

    @staticmethod
    def jvp(ctx, *tangents):
        return tuple(t.clone() if t is not None else None for t in tangents)


def _functorch_api():
    return getattr(torch._C, "_functorch", None)


def _is_transform_wrapper(value) -> bool:
    """A tensor a torch.func transform (grad, vjp, jvp, ...) wrapped for autograd at its level."""
    api = _functorch_api()
    return (api is not None and isinstance(value, torch.Tensor)
            and api.is_functorch_wrapped_tensor(value) and api.is_gradtrackingtensor(value))


def _check_functorch(args, kwargs) -> None:
    """TM002: cuDNN cannot read functorch-wrapped tensors; raise before the kernel, as cuDNN does."""
    if not torch.backends.cudnn.enabled:
        return
    packed = len(args) > 3 and isinstance(args[3], (list, tuple))  # params sit at 3 only in the packed form
    at = 3 if packed else 2
    weights = list(args[at]) if len(args) > at and isinstance(args[at], (list, tuple)) else []
    tensors: list = []
    for value in list(args[:at]) + list(kwargs.values()):
        tensors.extend(value if isinstance(value, (list, tuple)) else [value])  # hx may be an (h, c) pair
    if any(_is_transform_wrapper(w) for w in weights):
        raise NotImplementedError(FUNCTORCH_WEIGHTS_MESSAGE)
    if any(_is_transform_wrapper(t) for t in tensors):
        raise RuntimeError(FUNCTORCH_INPUT_MESSAGE)


def _first_order_only(args: tuple) -> tuple:
    """The kernel's arguments with the input, hidden state and weights that need grad routed through
    _TrainModeRNN (the packed form's batch_sizes and the flags are left alone)."""
    packed = len(args) > 3 and isinstance(args[3], (list, tuple))
    at = 3 if packed else 2  # where the weights list sits
    slots: list[tuple[int, int | None]] = []  # (index, position in a list or tuple or None)
    for index in range(min(at + 1, len(args))):
        if packed and index == 1:
            continue  # batch_sizes
        value = args[index]
        if isinstance(value, (list, tuple)):
            slots += [(index, i) for i, t in enumerate(value) if isinstance(t, torch.Tensor) and t.requires_grad]
        elif isinstance(value, torch.Tensor) and value.requires_grad:
            slots.append((index, None))
    if not slots:
        return args
    picked = [args[i] if j is None else args[i][j] for i, j in slots]
    routed = iter(_TrainModeRNN.apply(*picked))
    new_args = [list(a) if isinstance(a, (list, tuple)) else a for a in args]
    for index, position in slots:
        if position is None:
            new_args[index] = next(routed)
        else:
            new_args[index][position] = next(routed)
    return tuple(type(a)(n) if isinstance(a, tuple) and not isinstance(a, torch.Tensor) else n
                 for a, n in zip(args, new_args))


def _train_flag(args, kwargs) -> bool:
    if "train" in kwargs:
        return bool(kwargs["train"])
    packed = len(args) > 3 and isinstance(args[3], (list, tuple))  # params sit at 3 only in the packed form
    index = _TRAIN_INDEX_PACKED if packed else _TRAIN_INDEX_DENSE
    return bool(args[index]) if len(args) > index else True


def _would_use_cudnn_backward_check(args, kwargs) -> bool:
    return (
        not _train_flag(args, kwargs)
        and torch.is_grad_enabled()
        and torch.backends.cudnn.enabled
    )


def _guarded(kernel):
    @functools.wraps(kernel)
    def guarded_kernel(*args, **kwargs):
        _check_functorch(args, kwargs)
        if torch.is_grad_enabled() and torch.backends.cudnn.enabled and _train_flag(args, kwargs):
            args = _first_order_only(args)
        result = kernel(*args, **kwargs)
        if not _would_use_cudnn_backward_check(args, kwargs):
            return result
        outputs = list(result)
        needing_grad = [i for i, t in enumerate(outputs) if isinstance(t, torch.Tensor) and t.requires_grad]
        if not needing_grad:
            return result  # nothing can backpropagate into this kernel, so cuDNN would not complain either
        wrapped = _EvalModeRNNBackward.apply(*(outputs[i] for i in needing_grad))
        for i, tensor in zip(needing_grad, wrapped):
            outputs[i] = tensor
        return tuple(outputs)

    guarded_kernel.__torchmode_guard__ = True
    return guarded_kernel


def install() -> None:
    """Make eval-mode RNN backwards fail on this process's CPU runs as they do under cuDNN. Idempotent."""
    if _installed:
        return
    vf = torch._VF
    for name in _RNN_KERNELS:
        kernel = getattr(vf, name)
        if getattr(kernel, "__torchmode_guard__", False):
            continue  # another copy of this module guarded it already
        _installed[name] = vf.__dict__.get(name, _MISSING)
        setattr(vf, name, _guarded(kernel))


def uninstall() -> None:
    """Restore torch's own kernels. Idempotent."""
    vf = torch._VF
    for name, previous in list(_installed.items()):
        if previous is _MISSING:
            vf.__dict__.pop(name, None)  # the module's __getattr__ serves the C function again
        else:
            setattr(vf, name, previous)
    _installed.clear()


def is_installed() -> bool:
    return bool(_installed)


_MISSING = object()


_USAGE = "usage: python -m torchmode.guard SCRIPT [ARGS ...] | NOTEBOOK.ipynb [ARGS ...] | -m MODULE [ARGS ...]"


def _display(*objects, **_):
    """IPython's `display()`, for notebooks run outside IPython: print what it would show."""
    for value in objects:
        print(repr(value))


def run_notebook(path: str) -> None:
    """Run a notebook's code cells in order in one `__main__` namespace, as Jupyter's "Run All"
    does from the notebook's folder: `%magic` and `!shell` lines are skipped (the bodies of
    `%%time`/`%%capture` cells and the statement of `%time stmt` run). The first cell that
    raises stops the run, with a traceback whose frames name the cell (`nb.ipynb:cell 8`)."""
    from .notebook import NotebookError, read_notebook

    try:
        book = read_notebook(path, skip_unparsable=False)
    except NotebookError as error:
        print(f"torchmode.guard: {path}: {error}", file=sys.stderr)
        raise SystemExit(2) from None
    if not book.is_python:
        print(f"torchmode.guard: {path}: a {book.language} notebook, not Python", file=sys.stderr)
        raise SystemExit(2)
    folder = os.path.dirname(os.path.abspath(path))
    module = types.ModuleType("__main__")
    module.__file__ = os.path.abspath(path)
    module.__dict__.update(__builtins__=__builtins__, display=_display)
    previous_main = sys.modules.get("__main__")
    sys.modules["__main__"] = module
    sys.path[0] = folder
    os.chdir(folder)  # Jupyter runs a notebook in its own folder
    try:
        for cell in book.code_cells:
            name = f"{path}:cell {cell.number}"
            # Tracebacks show the cell's own lines (magics included: the rows are the same).
            linecache.cache[name] = (len(cell.source), None, cell.source.splitlines(True), name)
            try:
                code = compile(cell.python, name, "exec", dont_inherit=True)
                exec(code, module.__dict__)
            except SystemExit:
                raise
            except BaseException as error:
                # Leave out this function's frame: the traceback starts in the cell, as in Jupyter.
                traceback.print_exception(type(error), error, error.__traceback__.tb_next if error.__traceback__ else None)
                raise SystemExit(1) from None
    finally:
        if previous_main is not None:
            sys.modules["__main__"] = previous_main
        else:  # (not seen in practice: the interpreter always has a __main__)
            sys.modules.pop("__main__", None)


def main(argv: list[str] | None = None) -> None:
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(_USAGE, file=sys.stderr if not argv else sys.stdout)
        raise SystemExit(2 if not argv else 0)
    install()
    if argv[0] == "-m":
        if len(argv) < 2:
            print(_USAGE, file=sys.stderr)
            raise SystemExit(2)
        sys.argv = argv[1:]
        sys.path.insert(0, os.getcwd())  # like `python -m`
        runpy.run_module(argv[1], run_name="__main__", alter_sys=True)
        return
    script = argv[0]
    sys.argv = argv
    if script.lower().endswith(".ipynb"):
        run_notebook(script)
        return
    sys.path[0] = os.path.dirname(os.path.abspath(script))  # like `python SCRIPT`: its folder, not ours
    runpy.run_path(script, run_name="__main__")


if __name__ == "__main__":
    # Run through the importable module so that `torchmode.guard.is_installed()` etc. see one single state.
    from torchmode.guard import main as _main

    _main()
