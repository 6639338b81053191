import torch.nn as nn


class BrewModel(nn.Module):
    """Readings per day: gravity, temperature, airlock bubbles per minute."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, days):
        h, _ = self.lstm(days)
        return self.out(h[:, -1]).squeeze(-1)
