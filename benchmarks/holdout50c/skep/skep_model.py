"""Swarm-risk forecaster for straw skep hives: hourly weight/temperature/sound features -> swarm in next 48h."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class SkepGRU(nn.Module):
    def __init__(self, n_feat=5, hidden=12, n_layers=1):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, num_layers=n_layers, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)


def make_hive_data(n=32, steps=10, n_feat=5, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, n_feat, generator=g)
    y = (x[:, -3:, 0].mean(1) + 0.3 * x[:, :, 2].mean(1) > 0).float()
    return x, y


def batches(x, y, bs=8):
    for i in range(0, len(x), bs):
        yield x[i:i + bs], y[i:i + bs]


def train_epoch(model, opt, x, y):
    model.train()
    total = 0.0
    for xb, yb in batches(x, y):
        opt.zero_grad()
        loss = F.binary_cross_entropy_with_logits(model(xb), yb)
        loss.backward()
        opt.step()
        total += loss.item() * len(xb)
    return total / len(x)


@torch.no_grad()
def evaluate(model, x, y):
    model.eval()
    logits = model(x)
    acc = ((logits > 0).float() == y).float().mean().item()
    return {"loss": F.binary_cross_entropy_with_logits(logits, y).item(), "acc": acc}
