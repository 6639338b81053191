import torch
from torch import nn


class ShotModel(nn.Module):
    """Predicts disruption risk from magnetic probe traces."""

    def __init__(self, n_probes=5, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(n_probes, hidden, num_layers=2, batch_first=True)
        self.risk = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return torch.sigmoid(self.risk(o[:, -1])).squeeze(-1)
