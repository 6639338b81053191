from torch import nn


class FlakeSeqNet(nn.Module):
    """Classifies a flint-knapping strike sequence (force, angle, platform) into tool types."""

    def __init__(self, hidden=8, n_cls=3):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(3, hidden), nn.ReLU(), nn.Dropout(0.2))
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.2, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(hidden, n_cls))

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.head(h[:, -1])
