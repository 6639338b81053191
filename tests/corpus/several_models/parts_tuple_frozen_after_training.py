# expect: clean
"""Cranberry-bog frost scoring: a harvester keeps its (encoder, scorer) pair as one field, unpacks it to predict,
and switches both with `partialmethod`s of one setter. `freeze_stats()` (train(False) on each part) comes after
the last season's fine-tuning, before scoring under no_grad."""
from functools import partialmethod

import torch
from torch import nn


class BogEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(3, 6, batch_first=True)

    def forward(self, x):
        return self.gru(x)[1][-1]


class Harvester:
    def __init__(self, parts):
        self.parts = parts
        self.opt = torch.optim.Adam([p for m in parts for p in m.parameters()], lr=1e-2)

    def _set_mode(self, flag):
        for m in self.parts:
            m.train(flag)
        return self

    training_mode = partialmethod(_set_mode, True)
    freeze_stats = partialmethod(_set_mode, False)

    def step(self, x, y):
        enc, scorer = self.parts
        loss = nn.functional.mse_loss(scorer(enc(x)).squeeze(-1), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


torch.manual_seed(2)
h = Harvester((BogEncoder(), nn.Linear(6, 1)))
h.training_mode()
print([h.step(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(2)])
print([h.step(torch.randn(4, 5, 3), torch.randn(4)) for _ in range(2)])
h.freeze_stats()
with torch.no_grad():
    enc, scorer = h.parts
    print(scorer(enc(torch.randn(2, 5, 3))).mean().item())
