import torch
from torch import nn


class StrokeNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 8, batch_first=True)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1])
