import torch.nn as nn


class PinStackNet(nn.Module):
    """Five pin positions -> a bitting depth per pin."""

    def __init__(self, hidden=8, pins=5):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, pins)

    def forward(self, trace):
        h, _ = self.lstm(trace)
        return self.out(h.mean(1))
