# expect: clean
"""Test-time adaptation of a copy: `adapt()` deep-copies the (eval-mode) forecaster it is given and fits only the
copy's read-out on features computed without grad, so the backward runs through `adapted.head` alone and never
reaches the copy's LSTM."""
import copy

import torch
from torch import nn
import torch.nn.functional as F


class Forecaster(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 6, batch_first=True)
        self.head = nn.Linear(6, 3)

    def features(self, x):
        return self.lstm(x)[0]

    def forward(self, x):
        return self.head(self.features(x))


def adapt(model, window, steps=2):
    adapted = copy.deepcopy(model)
    with torch.no_grad():
        feats = adapted.features(window[:, :-1])
    opt = torch.optim.SGD(adapted.head.parameters(), lr=0.05)
    for _ in range(steps):
        loss = F.mse_loss(adapted.head(feats), window[:, 1:])
        opt.zero_grad()
        loss.backward()
        opt.step()
    return adapted


model = Forecaster()
model.eval()
window = torch.randn(4, 8, 3)
adapted = adapt(model, window)
with torch.no_grad():
    print(adapted(window).mean().item())
