from torch import nn


class FurrowNet(nn.Module):
    """Draft-ox ploughing: predicts furrow depth from harness tension traces."""

    def __init__(self, n_feat=5, hidden=8):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(n_feat, hidden), nn.Dropout(0.1))
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.inp(x))
        return self.out(h[:, -1]).squeeze(-1)
