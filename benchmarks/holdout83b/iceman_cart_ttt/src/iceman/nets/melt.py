import torch.nn as nn


class MeltNet(nn.Module):
    """Shared GRU trunk; a main melt-rate head and an auxiliary next-reading head used for TTT."""

    def __init__(self, hidden=8):
        super().__init__()
        self.trunk = nn.GRU(2, hidden, batch_first=True)
        self.melt = nn.Linear(hidden, 1)
        self.aux = nn.Linear(hidden, 2)

    def encode(self, x):
        h, _ = self.trunk(x)
        return h

    def forward(self, x):
        return self.melt(self.encode(x)[:, -1]).squeeze(-1)

    def aux_loss(self, x):
        h = self.encode(x[:, :-1])
        return ((self.aux(h) - x[:, 1:]) ** 2).mean()
