"""TM002: a `torch.func` transform runs a cuDNN RNN forward.

Measured on a GPU (shared notes, gpu-semantics.md): `torch.func.grad` (w.r.t. parameters through
`functional_call`, or w.r.t. the input), `vjp` and `jacrev` through an nn.LSTM/GRU/RNN crash in train mode
as well as in eval mode, with `NotImplementedError: Cannot access storage of TensorWrapper` or
`RuntimeError: Cannot access data pointer of Tensor that doesn't have storage`: the transform hands the
RNN functorch-wrapped tensors, and cuDNN's kernels read raw storage. `model.train()` does not help;
running the transformed call with cuDNN disabled does. `vmap` over an RNN forward fails on every device
(`Batching rule not implemented for aten::lstm.input`), cuDNN or not: that is reported too, with no
cuDNN fix. The flow analysis (higher_order.py) finds the hazards; this module words them.

The examples at the bottom are the rule's contract, run by tests/test_rule_examples.py.
"""

from __future__ import annotations

from ..facts import Hazard, Site
from ..findings import Finding, Fix, Related
from . import option_paths
from .common import (
    memo_of,
    by_report_site,
    cudnn_off_edits,
    group_wrap,
    noqa_fix,
    rnn_kind,
    site_range,
    where,
)

CODE = "TM002"
NAME = "torch-func-through-cudnn-rnn"
SUMMARY = "A torch.func transform runs a cuDNN RNN forward"
DESCRIPTION = (
    "A torch.func transform (grad, grad_and_value, vjp, jacrev, jacfwd, hessian, jvp) runs a function whose "
    "nn.RNN/nn.LSTM/nn.GRU forward goes through cuDNN. On a GPU this crashes in train and eval mode alike with "
    "`NotImplementedError: Cannot access storage of TensorWrapper` or `RuntimeError: Cannot access data pointer of "
    "Tensor that doesn't have storage`. `vmap` over an RNN forward fails on every device with `Batching rule not "
    "implemented for aten::lstm.input`.")
HELP = (
    "Run the transformed call with cuDNN disabled: `with torch.backends.cudnn.flags(enabled=False):` around it "
    "(`model.train()` does not help). For `vmap` there is no such switch: compute per-sample results in a loop, or "
    "use an nn.LSTMCell-based model. Suppress a single line with `# noqa: TM002`.")
DEFAULT_SEVERITY = "error"
ACTION_TITLES = {
    "cudnn": "Disable cuDNN for this torch.func call",
    "noqa": "Ignore on this line (`# noqa: TM002`)",
}
FIX_KINDS = ("cudnn", "noqa")


def findings(ctx, hazards: list[Hazard], engine) -> list[Finding]:
    # (a transform the program never reaches, since one before it through the same module failed, is no finding:
    # the fix of that one covers it)
    later = [h for h in hazards if h.vetted_by is not None]
    memo = memo_of(engine)
    return [memo.finding(ctx, (CODE, site, tuple(group), tuple(vetted)), _finding, ctx, site, group, engine, vetted)
            for site, group in by_report_site([h for h in hazards if h.vetted_by is None])
            for vetted in ([h for h in later if h.vetted_by == site],)]


def _wraps(ctx, group: list[Hazard], later: list[Hazard]) -> list[tuple[int, int]]:
    """The line ranges the cuDNN-off fix wraps: this finding's, and those of the transforms it vets, merged
    where they follow each other at one indentation (`val_g = grad(f)(...)`, then `scores = [grad(f)(...) ...]`)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted({group_wrap(group)} | {h.wrap for h in later if h.wrap is not None}):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))  # (one inside the other)
        elif merged and start == merged[-1][1] + 1 and ctx.lines.indentation(start) == ctx.lines.indentation(merged[-1][0]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _finding(ctx, site: Site, group: list[Hazard], engine, later: list[Hazard]) -> Finding:
    primary = group[0]
    forward = primary.forward
    who = f"`{forward.receiver}`" if forward.receiver else "the model"
    at = where(ctx, forward.site)
    if primary.detail == "vmap":
        message = (f"`vmap` runs {who}'s {rnn_kind(forward)} ({at}), which has no batching rule "
                   f"(`aten::lstm.input`): this fails on every device, with or without cuDNN")
    else:
        message = (f"`torch.func.{primary.detail}` runs {who}'s {rnn_kind(forward)} ({at}) on wrapped tensors that "
                   f"cuDNN cannot read; on a GPU this fails in train and eval mode alike")
    related = tuple(dict.fromkeys(
        Related(h.forward.site.path, site_range(ctx, h.forward.site, engine),
                f"RNN forward under the transform: `{h.forward.site.text}`") for h in group))[:8]
    fixes = []
    if primary.detail != "vmap" and primary.wrap is not None:
        edits = [edit for wrap in _wraps(ctx, group, later) for edit in cudnn_off_edits(ctx, *wrap)]
        fixes.append(Fix("Disable cuDNN for this torch.func call", "cudnn", tuple(dict.fromkeys(edits)), preferred=True))
    fixes.append(noqa_fix(ctx, site, CODE))
    return option_paths.graded(ctx, group, Finding(CODE, message, ctx.path, site_range(ctx, site, engine),
                                                   DEFAULT_SEVERITY, related, tuple(fixes)))


# == examples: the rule's contract (run by tests/test_rule_examples.py) ============================
# Each INVALID example reports exactly on the lines marked `# TM002`; each VALID one is silent.
_MODEL = """\
import torch
from torch import nn
from torch.func import functional_call, grad, jacrev, vjp


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(8, 16, batch_first=True)
        self.head = nn.Linear(16, 3)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


model = Tagger()
x, y = torch.randn(4, 5, 8), torch.randint(0, 3, (4,))
"""

INVALID = [
    _MODEL + """
params = {name: p.detach() for name, p in model.named_parameters()}


def loss_fn(params, inputs, labels):
    return nn.functional.cross_entropy(functional_call(model, params, (inputs,)), labels)


grads = grad(loss_fn)(params, x, y)  # TM002
""",
    _MODEL + """
model.train()
saliency = grad(lambda inputs: model(inputs).max())(x)  # TM002
""",
    _MODEL + """
def last_logits(inputs):
    return model(inputs)


out, pullback = vjp(last_logits, x)  # TM002
(attribution,) = pullback(torch.ones_like(out))
""",
    _MODEL + """
model.eval()
jacobian = jacrev(model)(x)  # TM002
""",
    # A second transform through the same model is never reached: the program failed at the first, whose fix
    # (cuDNN off) covers both.
    _MODEL + """
params = {name: p.detach() for name, p in model.named_parameters()}


def loss_of(p, inputs, labels):
    return nn.functional.cross_entropy(functional_call(model, p, (inputs,)), labels)


reference = grad(loss_of)(params, x, y)  # TM002
per_example = [grad(loss_of)(params, x[i:i + 1], y[i:i + 1]) for i in range(2)]
""",
    _MODEL + """
def per_batch_grads(m, inputs, labels):
    params = dict(m.named_parameters())
    loss_of = lambda p: nn.functional.cross_entropy(functional_call(m, p, (inputs,)), labels)
    return grad(loss_of)(params)  # TM002


per_batch_grads(model, x, y)
""",
]

VALID = [
    _MODEL + """
with torch.backends.cudnn.flags(enabled=False):
    grads = grad(lambda inputs: model(inputs).max())(x)
""",
    _MODEL + """
params = {name: p.detach().requires_grad_() for name, p in model.named_parameters()}
loss = nn.functional.cross_entropy(functional_call(model, params, (x,)), y)
loss.backward()
""",
    _MODEL + """
features = model.lstm(x)[0][:, -1].detach()
head_grads = grad(lambda w: (features @ w).sum())(torch.randn(16, 3))
""",
    """\
import torch
from torch import nn
from torch.func import grad

cell = nn.LSTMCell(4, 8)
x = torch.randn(2, 4)
g = grad(lambda inputs: cell(inputs)[0].sum())(x)
""",
]
