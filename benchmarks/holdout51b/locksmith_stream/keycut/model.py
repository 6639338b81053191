import torch.nn as nn


class BittingNet(nn.Module):
    """Key-duplicating machine: stylus depth trace along the blade -> depth of each cut."""

    def __init__(self, n_cuts=5, hidden=10):
        super().__init__()
        self.trace = nn.RNN(1, hidden, batch_first=True, nonlinearity="relu")
        self.norm = nn.LayerNorm(hidden)
        self.cuts = nn.Linear(hidden, n_cuts)

    def forward(self, x):
        return self.cuts(self.norm(self.trace(x)[0][:, -1]))
