"""Model and helpers for the leadworker flashing-leak notebooks."""
import torch
import torch.nn as nn


class FlashingGRU(nn.Module):
    """GRU over hourly moisture readings under a lead flashing -> leak probability."""

    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.out(h.mean(1)).squeeze(-1)


def make_roofs(n=32, t=7, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, t, 4, generator=g)
    y = (x[..., 0].mean(1) > 0).float()
    return x, y


def evaluate(model, x, y):
    """Accuracy on a held-out roof set; leaves the model in eval mode like most tutorial code."""
    model.eval()
    with torch.no_grad():
        p = torch.sigmoid(model(x))
    return ((p > 0.5).float() == y).float().mean().item()


def fit(model, x, y, epochs=2, lr=1e-2, bs=8):
    model.train()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    crit = nn.BCEWithLogitsLoss()
    for _ in range(epochs):
        for i in range(0, len(x), bs):
            opt.zero_grad()
            loss = crit(model(x[i:i + bs]), y[i:i + bs])
            loss.backward()
            opt.step()
    return loss.item()
