import torch
import torch.nn as nn


class TuningNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.RNN(2, hidden, num_layers=2, batch_first=True)
        self.head = nn.Sequential(nn.Dropout(0.1), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


def cooling_curves(n, t=8, batch=3):
    x = torch.randn(n, t, 2)
    y = torch.randn(n)
    return [(x[i:i + batch], y[i:i + batch]) for i in range(0, n, batch)]
