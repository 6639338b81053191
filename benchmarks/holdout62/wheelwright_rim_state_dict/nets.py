import torch.nn as nn


class RimNet(nn.Module):
    """Flags out-of-true cart wheels from a spoke-tension sweep."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.fc = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1]).squeeze(-1)
