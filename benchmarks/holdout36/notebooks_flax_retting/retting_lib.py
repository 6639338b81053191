"""Shared code for the flax-retting notebooks: the pond model and synthetic pond logs."""
import torch
import torch.nn as nn


class RettingModel(nn.Module):
    """Days-until-retted from a pond's daily (water temp, pH, dissolved O2) log."""

    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(3, hidden, batch_first=True)
        self.regressor = nn.Linear(hidden, 1)

    def forward(self, log):
        h, _ = self.encoder(log)
        return self.regressor(h[:, -1]).squeeze(-1)

    @classmethod
    def from_pretrained(cls, seed=0, hidden=8):
        """Stand-in for loading the co-operative's published weights; ready for scoring."""
        torch.manual_seed(seed)
        model = cls(hidden)
        return model.eval()


def pond_batches(n, batch=4, days=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    out = []
    for _ in range(n):
        log = torch.rand(batch, days, 3, generator=g)
        out.append((log, 10 - 6 * log[..., 0].mean(-1)))
    return out
