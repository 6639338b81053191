import torch.nn as nn


class RegrowthModel(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.GRU(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def features(self, x):
        h, _ = self.encoder(x)
        return h[:, -1]

    def forward(self, x):
        return self.head(self.features(x)).squeeze(-1)
