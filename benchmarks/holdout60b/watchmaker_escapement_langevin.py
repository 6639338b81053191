# expect: crash
"""Watchmaker escapement ticks: an LSTM energy model and Langevin sampling of tick sequences.

Train with contrastive divergence; samples are drawn by the model's own `sample()` method,
which puts the model into eval mode (dropout off) before running the chain.
"""
import torch
import torch.nn as nn

torch.manual_seed(1)
T, D, H = 8, 2, 12


class TickEnergy(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(D, H, num_layers=2, dropout=0.1, batch_first=True)
        self.out = nn.Linear(H, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1)).squeeze(-1)

    def sample(self, n, steps=5, step_size=0.1):
        self.eval()
        x = torch.randn(n, T, D, requires_grad=True)
        for _ in range(steps):
            energy = self(x).sum()
            (g,) = torch.autograd.grad(energy, x)  # TM001-here
            x = (x - 0.5 * step_size * g + step_size ** 0.5 * 0.1 * torch.randn_like(x)).detach()
            x.requires_grad_(True)
        self.train()
        return x.detach()


def real_ticks(n):
    t = torch.linspace(0, 3.14, T)
    base = torch.stack([torch.sin(t), torch.cos(t)], -1)
    return base.expand(n, T, D) + 0.05 * torch.randn(n, T, D)


def main():
    model = TickEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    for step in range(3):
        pos = real_ticks(4)
        neg = model.sample(4)
        loss = model(pos).mean() - model(neg).mean() + 0.1 * (model(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} cd-loss {loss.item():.4f}")


if __name__ == "__main__":
    main()
