# expect: crash
"""As copy_adapts_its_head_only, but the adaptation fits the whole copy on its own forward: the copy keeps the eval
mode of the model it was made from, and the backward runs through its LSTM."""
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
    opt = torch.optim.SGD(adapted.parameters(), lr=0.05)
    for _ in range(steps):
        loss = F.mse_loss(adapted(window[:, :-1]), window[:, 1:])
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
    return adapted


model = Forecaster()
model.eval()
window = torch.randn(4, 8, 3)
adapted = adapt(model, window)
with torch.no_grad():
    print(adapted(window).mean().item())
