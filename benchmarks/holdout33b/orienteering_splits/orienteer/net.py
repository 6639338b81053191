from torch import nn


class LegTimeLSTM(nn.Module):
    """Per-leg features (distance, climb, runnability, controls so far) -> split time for the leg."""

    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(4, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, legs):
        h, _ = self.lstm(legs)
        return self.out(h).squeeze(-1)
