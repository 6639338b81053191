"""The model module; the script rebinds its name to the model it builds (awd-lstm-lm's main.py)."""
import torch
from torch import nn


class RNNModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 2)

    def forward(self, x):
        return self.rnn(x)[0]
