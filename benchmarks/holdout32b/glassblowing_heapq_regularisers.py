# expect: crash
"""Glassblowing furnace: gather temperature forecasts with loss terms kept in a heapq by priority."""
import heapq
import itertools
import logging

import torch
from torch import nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("furnace")
torch.manual_seed(7)

_counter = itertools.count()
TERMS = []


def term(priority):
    def deco(fn):
        heapq.heappush(TERMS, (priority, next(_counter), fn))
        return fn
    return deco


class FurnaceNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.temp = nn.Linear(hidden, 1)

    def forward(self, gas_air):
        h, _ = self.lstm(gas_air)
        return self.temp(h[:, -1])


@term(priority=0)
def fit_term(ctx):
    return nn.functional.mse_loss(ctx["pred"], ctx["target"])


@term(priority=5)
def smoothness_term(ctx):
    # penalise sensitivity of the temperature to the gas/air trace
    (g,) = torch.autograd.grad(ctx["pred"].sum(), ctx["inputs"], create_graph=True)
    return 0.01 * g.pow(2).sum(dim=(1, 2)).mean()


def total_loss(model, inputs, target):
    inputs = inputs.requires_grad_(True)
    ctx = {"inputs": inputs, "target": target, "pred": model(inputs)}
    parts = {}
    for _, _, fn in sorted(TERMS):
        parts[fn.__name__] = fn(ctx)
    return sum(parts.values()), {k: v.item() for k, v in parts.items()}


def gather_batch(bs=4, t=6):
    x = torch.rand(bs, t, 2)
    return x, (x[:, :, 0] * 1100 - x[:, :, 1] * 40).mean(1, keepdim=True) / 1000


def main():
    model = FurnaceNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for step in range(3):
        x, y = gather_batch()
        loss, parts = total_loss(model, x, y)
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        log.info("step %d %s", step, parts)


if __name__ == "__main__":
    main()
