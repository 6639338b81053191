"""Evaporation-pan models: salinity and temperature through one boiling, predict the gypsum yield."""
import torch
from torch import nn

from .registry import register


@register("lstm")
class PanLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


@register("gru")
class PanGRU(PanLSTM):
    def __init__(self, hidden=8):
        super().__init__(hidden)
        self.rnn = nn.GRU(2, hidden, batch_first=True)
