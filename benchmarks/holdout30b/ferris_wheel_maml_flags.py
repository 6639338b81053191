# expect: clean
"""Ferris-wheel gondola vibration: few-shot adaptation of an anomaly scorer to a new
wheel from a handful of rotations (second-order MAML on an LSTM).

The inner/outer forwards run under a context chosen by matching on a tuple of flags."""
import contextlib
import sys

import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.func import functional_call

FLAGS = {"second_order": True, "deterministic": False}


class GondolaLSTM(nn.Module):
    def __init__(self, n_axes=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_axes, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.score(h[-1]).squeeze(-1)


def forward_context(second_order, deterministic):
    match (second_order, deterministic):
        case (True, _):
            # the fused cuDNN RNN backward cannot itself be differentiated
            return torch.backends.cudnn.flags(enabled=False)
        case (False, True):
            return torch.backends.cudnn.flags(enabled=True, deterministic=True)
        case _:
            return contextlib.nullcontext()


def wheel_task(seed, n=4, t=10):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(2 * n, t, 3, generator=g)
    y = (x.abs().mean((1, 2)) > 0.8).float()
    return (x[:n], y[:n]), (x[n:], y[n:])


def adapt(model, support, inner_lr, second_order):
    params = dict(model.named_parameters())
    xs, ys = support
    loss = F.binary_cross_entropy_with_logits(functional_call(model, params, (xs,)), ys)
    grads = torch.autograd.grad(loss, list(params.values()), create_graph=second_order)
    return {k: p - inner_lr * g for (k, p), g in zip(params.items(), grads)}


def meta_train(model, wheels, steps=2, inner_lr=0.1):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    model.train()
    for step in range(steps):
        opt.zero_grad()
        total = 0.0
        with forward_context(**FLAGS):
            for seed in wheels:
                support, query = wheel_task(seed)
                fast = adapt(model, support, inner_lr, FLAGS["second_order"])
                xq, yq = query
                total = total + F.binary_cross_entropy_with_logits(functional_call(model, fast, (xq,)), yq)
            total.backward()
        opt.step()
        print(f"meta step {step}: {total.item() / len(wheels):.4f}")


if __name__ == "__main__":
    if "--first-order" in sys.argv:
        FLAGS["second_order"] = False
    torch.manual_seed(8)
    meta_train(GondolaLSTM(), wheels=[1, 2, 3])
