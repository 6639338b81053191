import torch.nn as nn


class SmokeCurve(nn.Module):
    """Predicts the salt uptake of a kipper batch from kiln smoke readings."""

    def __init__(self, n_probes=3, hidden=6):
        super().__init__()
        self.gru = nn.GRU(n_probes, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, smoke):
        h, _ = self.gru(smoke)
        return self.out(h[:, -1]).squeeze(-1)
