import copy

import torch.nn as nn


class CrackNet(nn.Module):
    def __init__(self, gauges=3, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(gauges, hidden, batch_first=True)
        self.next_reading = nn.Linear(hidden, gauges)
        self.growth = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.next_reading(h), self.growth(h[:, -1]).squeeze(-1)

    def clone(self):
        return copy.deepcopy(self)
