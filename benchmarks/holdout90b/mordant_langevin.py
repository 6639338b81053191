# expect: crash
"""Mordant bath recipes: a GRU energy model over dosing sequences, sampled by Langevin dynamics."""
import torch
import torch.nn as nn


class DosingEnergy(nn.Module):
    def __init__(self, feat=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(feat, hidden, batch_first=True)
        self.energy = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.energy(h[-1]).squeeze(-1)

    def sample(self, n=4, steps=5, length=6, step_size=0.05):
        """Short-run Langevin chains from noise."""
        self.eval()
        x = torch.randn(n, length, 3)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            e = self(x).sum()
            (g,) = torch.autograd.grad(e, x)  # TM001-here
            x = x - step_size * g + (2 * step_size) ** 0.5 * 0.1 * torch.randn_like(x)
        return x.detach()


def contrastive_divergence(model, opt, data):
    negatives = model.sample(n=data.size(0), length=data.size(1))
    model.train()
    loss = model(data).mean() - model(negatives).mean() + 0.01 * (model(data) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


if __name__ == "__main__":
    torch.manual_seed(31)
    model = DosingEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for it in range(3):
        data = torch.rand(4, 6, 3)
        print(it, contrastive_divergence(model, opt, data))
