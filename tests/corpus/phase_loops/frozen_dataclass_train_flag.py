# expect: crash
"""A frozen dataclass of run settings built with literals: `train(cfg.train_mode)` reads its False."""
from dataclasses import dataclass

import torch
import torch.nn as nn


@dataclass(frozen=True)
class Settings:
    train_mode: bool = True
    steps: int = 2


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)

    def forward(self, x):
        return self.gru(x)[0].mean()


def run(cfg, model):
    model.train(cfg.train_mode)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    for _ in range(cfg.steps):
        loss = model(torch.randn(2, 4, 3))
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


run(Settings(train_mode=False), Net())
