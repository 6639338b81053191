import torch.nn as nn


class BulgeModel(nn.Module):
    """Flags dry-stone wall sections likely to bulge from tilt-meter series."""

    def __init__(self, n_in=2, hidden=6):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, tilt):
        _, h = self.gru(tilt)
        return self.fc(h[-1]).squeeze(-1)
