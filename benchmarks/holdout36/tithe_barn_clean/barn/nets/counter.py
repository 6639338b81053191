import torch.nn as nn


class SheafCounter(nn.Module):
    """Classifies the tithe sheaf band (0-4) from a threshing-floor sound sequence."""

    def __init__(self, n_mel=4, hidden=8, n_bands=5):
        super().__init__()
        self.gru = nn.GRU(n_mel, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_bands)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.cls(h[:, -1])
