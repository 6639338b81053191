import torch.nn as nn


class SpindleEncoder(nn.Module):
    """Shared encoder of spindle vibration, owned by the plant-wide feature service."""

    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)

    def forward(self, x):
        out, _ = self.lstm(x)
        return out
