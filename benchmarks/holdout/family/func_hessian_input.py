# expect: crash
# category: func
# rule: TM002
"""Curvature of the loss around an input sequence with torch.func.hessian (jacfwd over jacrev)."""
import torch
import torch.nn as nn
from torch.func import hessian

torch.manual_seed(0)
gru = nn.GRU(2, 4, batch_first=True)
readout = nn.Linear(4, 1)


def loss(seq):
    return readout(gru(seq.unsqueeze(0))[0][:, -1]).pow(2).sum()


H = hessian(loss)(torch.randn(3, 2))  # crash-here
print(H.shape)
