"""Shared pieces for the kelp-forest sonar notebooks: echo-sequence model and TTA views."""
import torch
import torch.nn as nn


class SonarGRU(nn.Module):
    """Classifies a sequence of sonar echo envelopes into canopy / understory / barren."""

    def __init__(self, n_bins=8, hidden=12, n_classes=3):
        super().__init__()
        self.norm = nn.LayerNorm(n_bins)
        self.gru = nn.GRU(n_bins, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Sequential(nn.Dropout(0.2), nn.Linear(2 * hidden, n_classes))

    def forward(self, pings):
        seq, _ = self.gru(self.norm(pings))
        return self.head(seq.mean(1))


def tta_views(pings, gains):
    """Gain-scaled copies of one batch of pings; gains may be learnable."""
    return [pings * g for g in gains]


def make_batch(n=4, t=10, bins=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(n, t, bins, generator=g).abs(), torch.randint(0, 3, (n,), generator=g)


def fit(model, pings, labels, epochs=2, lr=1e-2):
    model.train()
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for _ in range(epochs):
        opt.zero_grad()
        loss = nn.functional.cross_entropy(model(pings), labels)
        loss.backward()
        opt.step()
    return loss.item()
