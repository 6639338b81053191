# expect: clean
"""Sailing regatta: Fisher-weighted checkpoint merge, Fisher computed in train mode (no dropout in model)."""
import copy

import torch
from torch import nn


def make():
    return nn.ModuleDict({"rnn": nn.GRU(2, 6, batch_first=True), "out": nn.Linear(6, 2)})


def run(m, x):
    return m["out"](m["rnn"](x)[0][:, -1])


def diag_fisher(model, x):
    model.eval()
    with torch.no_grad():
        labels = run(model, x).argmax(-1)            # pseudo-labels from eval predictions
    model.train()                                     # no dropout: train() changes nothing but cuDNN
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for i in range(x.shape[0]):
        model.zero_grad()
        logp = run(model, x[i:i + 1]).log_softmax(-1)
        logp[0, labels[i]].backward()
        for n, p in model.named_parameters():
            fisher[n] += p.grad.detach() ** 2
    return fisher


ckpts = [make() for _ in range(2)]
x = torch.randn(3, 5, 2)
fs = [diag_fisher(m, x) for m in ckpts]
merged = copy.deepcopy(ckpts[0])
with torch.no_grad():
    for n, p in merged.named_parameters():
        p.copy_(sum(f[n] * dict(m.named_parameters())[n] for m, f in zip(ckpts, fs)) / (sum(f[n] for f in fs) + 1e-8))
print("merged", run(merged, x).shape)
