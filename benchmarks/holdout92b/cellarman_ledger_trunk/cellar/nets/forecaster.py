import torch.nn as nn


class CaskForecaster(nn.Module):
    """Shared LSTM trunk, a forecast head and a reconstruction head (the TTT task)."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.trunk = nn.LSTM(n_in, hidden, batch_first=True)
        self.forecast = nn.Linear(hidden, 1)
        self.recon = nn.Linear(hidden, n_in)

    def forward(self, x):
        h, _ = self.trunk(x)
        return self.forecast(h[:, -1]), self.recon(h)
