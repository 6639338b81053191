import torch
from torch import nn


class WickLSTM(nn.Module):
    """Predicts gas-lamp flicker from the last few minutes of pressure readings."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)
