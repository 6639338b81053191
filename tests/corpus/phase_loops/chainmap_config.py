# expect: crash
"""Settings as a `collections.ChainMap` of overrides over defaults: the override turns `train_mode` off for a
"deterministic" fine-tune that still steps the optimizer."""
from collections import ChainMap

import torch
import torch.nn as nn

DEFAULTS = {"train_mode": True, "steps": 2, "lr": 0.01}
OVERRIDES = {"train_mode": False, "steps": 1}
SETTINGS = ChainMap(OVERRIDES, DEFAULTS)


class Scorer(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 7, batch_first=True)
        self.out = nn.Linear(7, 1)

    def forward(self, x):
        return self.out(self.gru(x)[0].mean(1))


def finetune(model, settings):
    model.train(settings["train_mode"])
    opt = torch.optim.SGD(model.parameters(), lr=settings["lr"])
    for _ in range(settings["steps"]):
        loss = model(torch.randn(2, 4, 5)).abs().mean()
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


if __name__ == "__main__":
    finetune(Scorer(), SETTINGS)
