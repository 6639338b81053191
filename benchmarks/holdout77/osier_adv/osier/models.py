from torch import nn


class WillowClassifier(nn.Module):
    """Classifies osier-bed sensor sequences (moisture, light, temperature)."""

    def __init__(self, n_in=3, hidden=12, n_cls=4):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(self.proj(x).tanh())
        return self.cls(h.mean(1))
