# expect: crash
"""Wheeltapper: an energy model over hammer-ring spectra; negatives drawn by Langevin dynamics."""
import math
import torch
import torch.nn as nn


class RingEnergy(nn.Module):
    def __init__(self, n_bins=6, hidden=12):
        super().__init__()
        self.rnn = nn.GRU(n_bins, hidden, batch_first=True, bidirectional=True)
        self.score = nn.Sequential(nn.Linear(2 * hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.score(h.mean(1)).squeeze(-1)


def langevin(model, x0, n_steps=3, step=0.1):
    x = x0.clone()
    for _ in range(n_steps):
        x.requires_grad_(True)
        e = model(x).sum()
        (g,) = torch.autograd.grad(e, x)  # TM001-here
        x = (x - 0.5 * step * g + math.sqrt(step) * 0.01 * torch.randn_like(x)).detach()
    return x


def main():
    torch.manual_seed(3)
    model = RingEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    data = torch.randn(12, 5, 6)
    for it in range(3):
        pos = data[torch.randint(0, 12, (4,))]
        model.eval()  # sampling should not perturb dropout/bn statistics
        neg = langevin(model, torch.randn(4, 5, 6))
        model.train()
        loss = model(pos).mean() - model(neg).mean() + 0.1 * (model(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, round(loss.item(), 4))


if __name__ == "__main__":
    main()
