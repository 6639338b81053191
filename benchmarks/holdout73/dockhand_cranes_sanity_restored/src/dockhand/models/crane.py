import torch
from torch import nn


class CraneLoadNet(nn.Module):
    """Predicts crane hook load from a short window of winch telemetry."""

    def __init__(self, n_sensors=5, hidden=12):
        super().__init__()
        self.proj = nn.Linear(n_sensors, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)
