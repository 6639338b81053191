"""Shared bits for the lace-bobbin pattern notebooks: model and a freeze helper."""
import copy

import torch
from torch import nn


class PatternNet(nn.Module):
    def __init__(self, n_in=4, hidden=8, n_out=3):
        super().__init__()
        self.embed = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_out)

    def features(self, z):
        out, _ = self.lstm(z)
        return out[:, -1]

    def forward(self, x):
        return self.head(self.features(torch.tanh(self.embed(x))))


def frozen_copy(model):
    """Snapshot of the model for distillation: eval mode, no parameter grads."""
    old = copy.deepcopy(model)
    old.eval()
    for p in old.parameters():
        p.requires_grad_(False)
    return old
