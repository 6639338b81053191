"""Model code for the peddler sales notebook (kept out of the notebook so it can be reused)."""
import torch
from torch import nn


class RouteForecaster(nn.Module):
    """Embeds the village id, runs a GRU over daily sales, predicts tomorrow's takings."""

    def __init__(self, n_villages=6, n_feat=3, hidden=12):
        super().__init__()
        self.village = nn.Embedding(n_villages, 4)
        self.inp = nn.Linear(n_feat + 4, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x, village):
        v = self.village(village).unsqueeze(1).expand(-1, x.size(1), -1)
        h, _ = self.gru(torch.relu(self.inp(torch.cat([x, v], -1))))
        return self.out(h[:, -1]).squeeze(-1)


def make_batches(n=24, t=10, n_feat=3, bs=6, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, n_feat, generator=g)
    vil = torch.randint(0, 6, (n,), generator=g)
    y = x[:, -3:, 0].mean(1) + 0.1 * vil.float()
    return [(x[i:i + bs], vil[i:i + bs], y[i:i + bs]) for i in range(0, n, bs)]
