import torch
import torch.nn as nn


class StaveMoistureGRU(nn.Module):
    """Predicts the next-week moisture content of a stave stack from daily yard readings."""

    def __init__(self, n_features: int = 5, hidden: int = 12):
        super().__init__()
        self.inp = nn.Linear(n_features, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, readings: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.inp(readings))
        seq, _ = self.gru(h)
        return self.head(seq[:, -1]).squeeze(-1)
