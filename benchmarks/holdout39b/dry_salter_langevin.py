# expect: crash
"""Dry-salters' brine-curve energy model: Langevin sampling of cure curves from a GRU energy."""
import torch
import torch.nn as nn


class BrineEnergy(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(1, hidden, batch_first=True)
        self.e = nn.Linear(hidden, 1)

    def forward(self, curve):
        _, h = self.gru(curve)
        return self.e(h[-1]).squeeze(-1)

    def sample(self, n=4, length=6, steps=5, step_size=0.05):
        self.eval()  # sampling should not use dropout or update statistics
        x = torch.randn(n, length, 1)
        for _ in range(steps):
            x = x.detach().requires_grad_(True)
            g, = torch.autograd.grad(self(x).sum(), x)  # TM001-here
            x = x - step_size * g + (2 * step_size) ** 0.5 * torch.randn_like(x)
        return x.detach()


def main():
    torch.manual_seed(13)
    energy = BrineEnergy()
    opt = torch.optim.Adam(energy.parameters(), lr=1e-3)
    data = torch.randn(8, 6, 1).cumsum(1) * 0.1
    for it in range(2):
        fake = energy.sample()
        energy.train()
        loss = energy(data).mean() - energy(fake).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(it, loss.item())


if __name__ == "__main__":
    main()
