# expect: crash
"""Input saliency with torch.func.grad through a GRU classifier kept in train mode (dropout-free)."""
import torch
import torch.nn as nn
from torch.func import grad

torch.manual_seed(0)
gru = nn.GRU(2, 6, batch_first=True)
readout = nn.Linear(6, 1)
gru.train()


def score(signal):
    return readout(gru(signal)[0][:, -1]).sum()


signal = torch.randn(1, 20, 2)
saliency = grad(score)(signal).abs()  # TM002-here
print(saliency.shape)
