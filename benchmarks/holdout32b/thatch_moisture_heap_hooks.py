# expect: clean
"""Thatched-roof moisture: GRU over probe readings. Epoch-start hooks sit in a heapq; the validation probe has a
lower priority number than the mode reset, so it runs first."""
import heapq
import itertools

import torch
from torch import nn

torch.manual_seed(34)
HOOKS = []
_tie = itertools.count()


def hook(priority):
    def deco(fn):
        heapq.heappush(HOOKS, (priority, next(_tie), fn))
        return fn
    return deco


class ThatchGRU(nn.Module):
    def __init__(self, hidden=6):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.wet = nn.Linear(hidden, 1)

    def forward(self, probes):
        return self.wet(self.gru(probes)[0].mean(1))


def readings(bs=4):
    p = torch.rand(bs, 5, 3)
    return p, p[:, :, 0:1].mean(1) * 40


@hook(50)
def reset_mode(ctx):
    ctx["model"].train()


@hook(5)
def validate(ctx):
    ctx["model"].eval()
    with torch.no_grad():
        x, y = readings(6)
        ctx["val"].append(nn.functional.mse_loss(ctx["model"](x), y).item())


def epoch_start(ctx):
    queue = list(HOOKS)
    while queue:
        _, _, fn = heapq.heappop(queue)
        fn(ctx)


def main():
    model = ThatchGRU()
    ctx = {"model": model, "val": []}
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for epoch in range(3):
        epoch_start(ctx)
        for _ in range(2):
            x, y = readings()
            loss = nn.functional.mse_loss(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(epoch, round(loss.item(), 3), [round(v, 3) for v in ctx["val"]])


if __name__ == "__main__":
    main()
