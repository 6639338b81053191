# expect: clean
"""Snapshot ensembles (Huang et al. 2017): cyclic cosine learning rate; at the end
of each cycle a `copy.deepcopy` snapshot is taken and put in eval mode for the
ensemble. The live model keeps training in train mode; only the frozen
snapshots are ever in eval, and they are only used under no_grad.
"""
import copy
import math

import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.bigru = nn.GRU(5, 6, batch_first=True, bidirectional=True)
        self.out = nn.Linear(12, 4)

    def forward(self, x):
        return self.out(self.bigru(x)[0])


def cyclic_lr(base, it, iters_per_cycle):
    return base / 2 * (math.cos(math.pi * (it % iters_per_cycle) / iters_per_cycle) + 1)


torch.manual_seed(0)
learner = Tagger()
opt = torch.optim.SGD(learner.parameters(), lr=0.1)
snapshots = []
x, y = torch.randn(6, 7, 5), torch.randint(0, 4, (6, 7))
iters_per_cycle = 3
for it in range(9):
    for g in opt.param_groups:
        g["lr"] = cyclic_lr(0.1, it, iters_per_cycle)
    opt.zero_grad()
    nn.functional.cross_entropy(learner(x).flatten(0, 1), y.flatten()).backward()
    opt.step()
    if (it + 1) % iters_per_cycle == 0:
        snap = copy.deepcopy(learner)
        snap.eval()
        snapshots.append(snap)

with torch.no_grad():
    probs = torch.stack([s(x).softmax(-1) for s in snapshots]).mean(0)
print("ensemble acc", (probs.argmax(-1) == y).float().mean().item(), "snapshots", len(snapshots))
