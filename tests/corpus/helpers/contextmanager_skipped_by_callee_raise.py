# expect: crash
"""Tide-gauge forecasting: validation runs inside a small `evaluating()` context manager without try/finally; an
early-stop tracker called inside it raises when the loss plateaus, so the restore after the yield is skipped, the
loop catches the exception and trains on in eval mode."""
from contextlib import contextmanager

import torch
import torch.nn as nn
import torch.nn.functional as F


class GaugeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 8, batch_first=True)
        self.out = nn.Linear(8, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1]).squeeze(-1)


class Plateau(Exception):
    pass


class Tracker:
    def __init__(self):
        self.best = float("inf")

    def update(self, value):
        if value >= self.best:
            raise Plateau(value)
        self.best = value


@contextmanager
def evaluating(model):
    model.eval()
    yield model
    model.train()


def validate(model, batch, tracker):
    with evaluating(model), torch.no_grad():
        loss = F.mse_loss(model(batch[0]), batch[1]).item()
        tracker.update(loss)
    return loss


def main():
    torch.manual_seed(0)
    model = GaugeNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    tracker = Tracker()
    val = (torch.randn(4, 6, 3), torch.randn(4))
    model.train()
    for epoch in range(3):
        loss = F.mse_loss(model(torch.randn(4, 6, 3)), torch.randn(4))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        try:
            validate(model, val, tracker)
        except Plateau:
            continue


main()
