import torch
from torch import nn


class SwarmDetector(nn.Module):
    """Hive-acoustics GRU that flags pre-swarm piping."""

    def __init__(self, bands=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(bands, hidden, batch_first=True)
        self.alert = nn.Linear(hidden, 1)

    def forward(self, spec):
        h, _ = self.gru(spec)
        return self.alert(h[:, -1]).squeeze(-1)

    def alert_probability(self, spec):
        self.eval()
        with torch.no_grad():
            return torch.sigmoid(self(spec))
