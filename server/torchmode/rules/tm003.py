"""TM003: double backward through a cuDNN RNN in train mode.

Measured on a GPU (shared notes, gpu-semantics.md): a gradient taken through an nn.LSTM/GRU/RNN forward with
`create_graph=True` and then differentiated again (gradient penalty, second-order MAML, Hessian-vector
products, `torch.autograd.functional.hessian/hvp/vhp`) fails with `NotImplementedError: the derivative for
'_cudnn_rnn_backward' is not implemented. Double backwards is not supported for CuDNN RNNs due to limitations
in the CuDNN API.` `create_graph=True` without a second differentiation is fine, and so is the same code with
cuDNN disabled around the forward. In eval mode the training-mode error (TM001) comes first.

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

CODE = "TM003"
NAME = "double-backward-through-cudnn-rnn"
SUMMARY = "Double backward through a cuDNN RNN"
DESCRIPTION = (
    "A backward differentiates a gradient that was taken with `create_graph=True` through an nn.RNN/nn.LSTM/nn.GRU "
    "forward run by cuDNN (gradient penalty, second-order MAML, Hessian-vector products, "
    "torch.autograd.functional.hessian/hvp/vhp/jvp). On a GPU this crashes with `NotImplementedError: the derivative "
    "for '_cudnn_rnn_backward' is not implemented. Double backwards is not supported for CuDNN RNNs`.")
HELP = (
    "Run the forward whose graph is differentiated twice with cuDNN disabled: `with "
    "torch.backends.cudnn.flags(enabled=False):` around it. Where a first-order variant exists (MAML's "
    "`first_order=True`, `create_graph=False`), that avoids the second differentiation. Suppress a single line with "
    "`# noqa: TM003`.")
DEFAULT_SEVERITY = "error"
ACTION_TITLES = {
    "cudnn": "Disable cuDNN for the forward that is differentiated twice",
    "noqa": "Ignore on this line (`# noqa: TM003`)",
}
FIX_KINDS = ("cudnn", "noqa")


def findings(ctx, hazards: list[Hazard], engine) -> list[Finding]:
    memo = memo_of(engine)
    return [memo.finding(ctx, (CODE, site, tuple(group)), _finding, ctx, site, group, engine)
            for site, group in by_report_site(hazards)]


def _finding(ctx, site: Site, group: list[Hazard], engine) -> Finding:
    primary = group[0]
    forward = primary.forward
    who = f"`{forward.receiver}`" if forward.receiver else "the model"
    message = (f"this differentiates a gradient taken with `create_graph=True` through {who}'s "
               f"{rnn_kind(forward)} ({where(ctx, forward.site)}); cuDNN RNNs have no double backward")
    related = tuple(dict.fromkeys(
        Related(h.forward.site.path, site_range(ctx, h.forward.site, engine),
                f"RNN forward differentiated twice: `{h.forward.site.text}`") for h in group))[:8]
    fixes = []
    if primary.wrap is not None:
        fixes.append(Fix("Disable cuDNN for the forward that is differentiated twice", "cudnn",
                         tuple(cudnn_off_edits(ctx, *group_wrap(group))), preferred=True))
    fixes.append(noqa_fix(ctx, site, CODE))
    return option_paths.graded(ctx, group, Finding(CODE, message, ctx.path, site_range(ctx, site, engine),
                                                   DEFAULT_SEVERITY, related, tuple(fixes)))


# == examples: the rule's contract (run by tests/test_rule_examples.py) ============================
# Each INVALID example reports exactly on the lines marked `# TM003`; each VALID one is silent.
_MODEL = """\
import torch
from torch import nn


class Critic(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(8, 16, batch_first=True)
        self.head = nn.Linear(16, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.head(out[:, -1])


critic = Critic()
opt = torch.optim.Adam(critic.parameters())
x = torch.randn(4, 5, 8)
"""

INVALID = [
    _MODEL + """
inputs = x.clone().requires_grad_()
score = critic(inputs).sum()
(slope,) = torch.autograd.grad(score, inputs, create_graph=True)
penalty = ((slope.flatten(1).norm(dim=1) - 1) ** 2).mean()
(score + 10 * penalty).backward()  # TM003
""",
    _MODEL + """
def gradient_penalty(model, inputs):
    inputs = inputs.clone().requires_grad_()
    (slope,) = torch.autograd.grad(model(inputs).sum(), inputs, create_graph=True)
    return ((slope.norm() - 1) ** 2).mean()


for step in range(3):
    opt.zero_grad()
    loss = critic(x).mean() + gradient_penalty(critic, x)
    loss.backward()  # TM003
    opt.step()
""",
    _MODEL + """
loss = critic(x).pow(2).mean()
loss.backward(create_graph=True)
grad_norm = sum(p.grad.pow(2).sum() for p in critic.parameters())
grad_norm.backward()  # TM003
""",
    _MODEL + """
params = list(critic.parameters())
inner = critic(x).pow(2).mean()
grads = torch.autograd.grad(inner, params, create_graph=True)
fast = [p - 0.1 * g for p, g in zip(params, grads)]
meta_loss = sum((f ** 2).sum() for f in fast)
meta_loss.backward()  # TM003
""",
    _MODEL + """
from torch.autograd.functional import hvp


def loss_of(inputs):
    return critic(inputs).pow(2).sum()


value, curvature = hvp(loss_of, x, torch.ones_like(x))  # TM003
""",
]

VALID = [
    _MODEL + """
inputs = x.clone().requires_grad_()
with torch.backends.cudnn.flags(enabled=False):
    score = critic(inputs).sum()
    (slope,) = torch.autograd.grad(score, inputs, create_graph=True)
    penalty = ((slope.norm() - 1) ** 2).mean()
    (score + penalty).backward()
""",
    _MODEL + """
inputs = x.clone().requires_grad_()
(slope,) = torch.autograd.grad(critic(inputs).sum(), inputs, create_graph=True)
print(slope.norm().item())
""",
    _MODEL + """
params = list(critic.parameters())
grads = torch.autograd.grad(critic(x).pow(2).mean(), params, create_graph=False)
fast = [p - 0.1 * g for p, g in zip(params, grads)]
print(len(fast))
""",
    _MODEL + """
out = critic.gru(x)[0]
inputs = out.detach().requires_grad_()
(slope,) = torch.autograd.grad(critic.head(inputs[:, -1]).sum(), inputs, create_graph=True)
slope.pow(2).sum().backward()
""",
    """\
import torch
from torch import nn

cell = nn.GRUCell(4, 8)
x = torch.randn(2, 4, requires_grad=True)
(g,) = torch.autograd.grad(cell(x).sum(), x, create_graph=True)
g.pow(2).sum().backward()
""",
]
