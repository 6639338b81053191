"""Engravers' burin strokes: a GRU energy model over pressure traces, and its trainer."""
import torch
import torch.nn as nn


class StrokeEnergy(nn.Module):
    """Low energy = a stroke a master engraver would cut."""

    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(2, hidden, batch_first=True)
        self.energy = nn.Linear(hidden, 1)

    def forward(self, strokes):
        h, _ = self.gru(strokes)
        return self.energy(h[:, -1]).squeeze(-1)


def master_strokes(n, steps=10):
    t = torch.linspace(0, 1, steps)
    depth = torch.sin(t * 3.14).expand(n, steps) * (0.8 + 0.2 * torch.rand(n, 1))
    angle = 0.3 + 0.02 * torch.randn(n, steps)
    return torch.stack([depth, angle], dim=-1)


class ContrastiveTrainer:
    """Pushes energy down on master strokes and up on noise strokes."""

    def __init__(self, model, lr=5e-3):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=lr)

    def train_epoch(self, n_batches=4, batch=6):
        self.model.train()
        for _ in range(n_batches):
            pos = master_strokes(batch)
            neg = torch.rand_like(pos)
            loss = self.model(pos).mean() - self.model(neg).mean() + 0.1 * (self.model(pos) ** 2).mean()
            self.opt.zero_grad()
            loss.backward()
            self.opt.step()
        return loss.item()

    @torch.no_grad()
    def evaluate(self, batch=8):
        self.model.eval()
        gap = self.model(torch.rand(batch, 10, 2)).mean() - self.model(master_strokes(batch)).mean()
        return gap.item()
