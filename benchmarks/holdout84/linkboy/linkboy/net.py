from torch import nn


class TorchPathNet(nn.Module):
    """Predicts how long a linkboy's torch lasts along a route."""

    def __init__(self, n_in=3, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, num_layers=2, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1])
