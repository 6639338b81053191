# expect: crash
"""Keyword-spotting GRU trained in phases described by typing.NamedTuple records (warm-up, main, calibrate-adapt)."""
from typing import NamedTuple

import torch
import torch.nn as nn
import torch.nn.functional as F


class Phase(NamedTuple):
    name: str
    steps: int
    lr: float
    train_mode: bool
    update: bool


SCHEDULE = (
    Phase("warmup", 1, 1e-3, True, True),
    Phase("main", 2, 1e-2, True, True),
    Phase("calibrate", 1, 0.0, False, False),
    Phase("adapt", 1, 1e-3, False, True),
)


class KWS(nn.Module):
    def __init__(self, n_mfcc=5, n_kw=3):
        super().__init__()
        self.gru = nn.GRU(n_mfcc, 8, batch_first=True)
        self.bn = nn.BatchNorm1d(8)
        self.cls = nn.Linear(8, n_kw)

    def forward(self, x):
        _, h = self.gru(x)
        return self.cls(self.bn(h[-1]))


def run_phase(model, phase, data):
    model.train(phase.train_mode)
    opt = torch.optim.SGD(model.parameters(), lr=phase.lr or 1e-3)
    for i in range(phase.steps):
        x, y = data[i % len(data)]
        if not phase.update:
            with torch.no_grad():
                acc = (model(x).argmax(-1) == y).float().mean().item()
            print(phase.name, "acc", acc)
            continue
        loss = F.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        print(phase.name, i, round(loss.item(), 4))


def main():
    torch.manual_seed(11)
    model = KWS()
    data = [(torch.randn(4, 9, 5), torch.randint(0, 3, (4,))) for _ in range(2)]
    for phase in SCHEDULE:
        run_phase(model, phase, data)


if __name__ == "__main__":
    main()
