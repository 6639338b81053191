import torch.nn as nn


class WickNet(nn.Module):
    """Classifies candle burn traces (flame height, soot, temperature) into wick grades."""

    def __init__(self, n_in=3, hidden=8, n_cls=3):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.cls = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(self.drop(h[:, -1]))
