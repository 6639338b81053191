from torch import nn


class ArrowFlightNet(nn.Module):
    """Predicts drift from a fletching-vane vibration trace."""

    def __init__(self, n_in=2, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, proj_size=3)
        self.out = nn.Linear(3, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)
