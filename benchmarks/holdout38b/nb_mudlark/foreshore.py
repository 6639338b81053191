"""Mudlark foreshore model and trainer, imported by the notebook."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class TideFinds(nn.Module):
    """GRU over tide-gauge readings -> expected count of finds on the next low tide."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, num_layers=2, batch_first=True)
        self.rate = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return F.softplus(self.rate(h[:, -1])).squeeze(-1)


class ForeshoreTrainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def train_epoch(self, tides):
        self.model.train()
        for x, y in tides:
            self.opt.zero_grad()
            loss = F.poisson_nll_loss(self.model(x), y, log_input=False)
            loss.backward()
            self.opt.step()
            self.history.append(loss.item())
        return self.history[-1]

    def evaluate(self, tides):
        self.model.eval()
        with torch.no_grad():
            return sum(F.poisson_nll_loss(self.model(x), y, log_input=False).item() for x, y in tides) / len(tides)


def tides(n=3, batch=4, steps=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, 2, generator=g), torch.poisson(torch.full((batch,), 2.0), generator=g)) for _ in range(n)]
