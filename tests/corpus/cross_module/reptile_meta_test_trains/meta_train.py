# expect: clean
"""Reptile's meta_test() (reptile.py) puts the model in eval mode, but adapt() switches the copy it fine-tunes
back to train mode before its SGD loop, so the backward through the RNN is fine."""
import math

import torch
import torch.nn as nn

from reptile import Reptile


class Regressor(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h)


def sine_task(n=4, steps=6):
    amp, phase = 0.5 + torch.rand(1).item(), math.pi * torch.rand(1).item()
    t = torch.rand(n, steps, 1) * 5
    return t, amp * torch.sin(t + phase)


torch.manual_seed(0)
meta = Reptile(Regressor())
for it in range(3):
    meta.meta_step(*sine_task())
xs, ys = sine_task()
xq, yq = sine_task()
print("query loss after adaptation:", meta.meta_test(xs, ys, xq, yq))
