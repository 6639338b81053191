"""Steeping-vat models: pH and salt through one steeping of green walnuts, predict the ketchup yield."""
import torch
from torch import nn

from .registry import register


@register("lstm")
class VatLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


@register("gru")
class VatGRU(VatLSTM):
    def __init__(self, hidden=8):
        super().__init__(hidden)
        self.rnn = nn.GRU(2, hidden, batch_first=True)
