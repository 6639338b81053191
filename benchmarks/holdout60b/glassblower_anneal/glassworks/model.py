import torch.nn as nn


class LehrNet(nn.Module):
    """Forecasts the next lehr-zone temperature from burner and belt-speed readings."""

    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.drop = nn.Dropout(0.1)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.drop(self.inp(x)))
        return self.out(h[:, -1]).squeeze(-1)
