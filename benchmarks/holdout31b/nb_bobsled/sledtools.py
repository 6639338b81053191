"""Bobsled split-time model and a tiny trainer used from the notebook."""
import torch
import torch.nn as nn


class SplitGRU(nn.Module):
    """Predicts the next split time from push speed, curve number and runner temperature."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h).squeeze(-1)


class StepTrainer:
    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)
        self.history = []

    def step(self, x, y):
        self.model.train()
        loss = nn.functional.mse_loss(self.model(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        self.history.append(loss.item())
        return loss.item()


def runs(n=6, curves=12):
    push = 5 + torch.randn(n, 1, 1).expand(n, curves, 1)
    curve = torch.arange(curves).float().view(1, curves, 1).expand(n, curves, 1) / curves
    temp = torch.randn(n, curves, 1) * 0.1
    split = 1.0 + 0.2 * curve[..., 0] - 0.05 * (push[..., 0] - 5) + temp[..., 0]
    return torch.cat([push, curve, temp], -1), split
