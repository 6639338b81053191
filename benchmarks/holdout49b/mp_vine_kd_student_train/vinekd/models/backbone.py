import torch.nn as nn


class ShootEncoder(nn.Module):
    """Encodes weekly shoot-growth measurements of a vine row."""

    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)

    def forward(self, x):
        h, _ = self.lstm(x)
        return h[:, -1]
