from torch import nn


class GatherForecaster(nn.Module):
    """Forecasts furnace temperature from the last few gathers."""

    def __init__(self, n_in=3, hidden=7):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        y, _ = self.lstm(x)
        return self.out(y[:, -1])
