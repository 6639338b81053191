"""Dissolved-oxygen forecaster for the koi pond sensors (shared by the notebooks in this folder)."""
import torch
import torch.nn as nn

FEATURES = ["temp", "ph", "turbidity", "aerator", "hour_sin", "hour_cos"]


class OxygenGRU(nn.Module):
    def __init__(self, n_features=len(FEATURES), hidden=12, horizon=3):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, horizon)

    def forward(self, x):
        h, _ = self.gru(torch.relu(self.proj(x)))
        return self.head(self.drop(h[:, -1]))


def make_windows(n=48, seq_len=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, seq_len, len(FEATURES), generator=g)
    y = x[:, -3:, 0] * 0.5 - x[:, -3:, 3] * 0.2 + 0.05 * torch.randn(n, 3, generator=g)
    return x, y


def batches(x, y, bs=8):
    for i in range(0, len(x), bs):
        yield x[i:i + bs], y[i:i + bs]


def train_epoch(model, opt, x, y):
    model.train()
    total = 0.0
    for xb, yb in batches(x, y):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    return total / len(x)


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    pred = model(x)
    return {"mse": nn.functional.mse_loss(pred, y).item(),
            "mae": (pred - y).abs().mean().item()}
