# expect: crash
"""Saddler: sensitivity of stitch-tension forecasts to each input step (Jacobian w.r.t. the input)."""
import torch
import torch.nn as nn
from torch.func import jacrev

torch.manual_seed(4)

net = nn.Sequential()
gru = nn.GRU(4, 6, batch_first=True)
head = nn.Linear(6, 2)


def forecast(x):
    o, _ = gru(x.unsqueeze(0))
    return head(o[0, -1])


gru.train()  # train mode does not save torch.func through cuDNN
x = torch.randn(5, 4)
J = jacrev(forecast)(x)  # TM002-here
print("jacobian shape", tuple(J.shape), "max", J.abs().max().item())
