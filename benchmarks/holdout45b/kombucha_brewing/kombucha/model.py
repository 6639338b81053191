import torch.nn as nn


class FermentGRU(nn.Module):
    """pH after seven days from hourly temperature / sugar readings."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.ph = nn.Linear(hidden, 1)

    def forward(self, readings):
        _, h = self.gru(readings)
        return self.ph(h[-1]).squeeze(-1)
