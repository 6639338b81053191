import torch.nn as nn


class StitchNet(nn.Module):
    """Predicts thread tension from needle-position sequences of an embroidery machine."""

    def __init__(self, hidden=8):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(2, hidden), nn.Dropout(0.3), nn.Tanh())
        self.rnn = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.3, batch_first=True)
        self.out = nn.Sequential(nn.Dropout(0.3), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.rnn(self.inp(x))
        return self.out(h[:, -1]).squeeze(-1)
