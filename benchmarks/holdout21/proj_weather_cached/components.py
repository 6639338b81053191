import functools

import torch
import torch.nn as nn


class StationGRU(nn.Module):
    def __init__(self, feats=5, hidden=10):
        super().__init__()
        self.gru = nn.GRU(feats, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.head(self.gru(x)[0][:, -1]).squeeze(-1)


class Experiment:
    def __init__(self, feats=5, hidden=10):
        self.feats, self.hidden = feats, hidden

    @functools.cached_property
    def model(self):
        return StationGRU(self.feats, self.hidden)

    @functools.cached_property
    def predictor(self):
        """Inference view used by the dashboard (same weights, dropout/BN frozen)."""
        return self.model.eval()

    @functools.cached_property
    def optimizer(self):
        return torch.optim.Adam(self.model.parameters(), lr=1e-3)
