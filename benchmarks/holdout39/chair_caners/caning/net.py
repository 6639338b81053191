import torch
from torch import nn


class StrandLSTM(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y.mean(1))
