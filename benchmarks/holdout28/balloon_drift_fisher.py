# expect: crash
"""Hot-air balloon drift: Fisher-weighted averaging of three checkpoints."""
import copy

import torch
from torch import nn


def make():
    return nn.ModuleDict({"rnn": nn.LSTM(2, 6, batch_first=True), "out": nn.Linear(6, 2)})


def run(m, x):
    return m["out"](m["rnn"](x)[0][:, -1])


def diag_fisher(model, x):
    model.eval()
    fisher = {n: torch.zeros_like(p) for n, p in model.named_parameters()}
    for i in range(x.shape[0]):
        model.zero_grad()
        logp = run(model, x[i:i + 1]).log_softmax(-1)
        label = logp.argmax(-1)
        logp[0, label].sum().backward()  # TM001-here
        for n, p in model.named_parameters():
            fisher[n] += p.grad.detach() ** 2
    return fisher


def fisher_average(models, x):
    fishers = [diag_fisher(m, x) for m in models]
    merged = copy.deepcopy(models[0])
    with torch.no_grad():
        for n, p in merged.named_parameters():
            num = sum(f[n] * dict(m.named_parameters())[n] for m, f in zip(models, fishers))
            den = sum(f[n] for f in fishers) + 1e-8
            p.copy_(num / den)
    return merged


ckpts = [make() for _ in range(3)]
winds = torch.randn(4, 5, 2)
merged = fisher_average(ckpts, winds)
print(run(merged, winds).shape)
