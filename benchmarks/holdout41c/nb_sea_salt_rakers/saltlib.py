"""Helpers for the salt-pan notebook: model and a vjp-based sensitivity probe."""
import torch
import torch.nn as nn
from torch.func import vjp, functional_call


class PanModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(3, hidden, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.rnn(x)[0][:, -1]).squeeze(-1)


def evaporation_sensitivity(model, x):
    """d(yield)/d(weather) via a vector-Jacobian product, parameters held fixed."""
    params = {k: v.detach() for k, v in model.named_parameters()}

    def f(inp):
        return functional_call(model, params, (inp,))

    out, pull = vjp(f, x)  # TM002-here
    (gx,) = pull(torch.ones_like(out))
    return gx.abs().mean(0)
