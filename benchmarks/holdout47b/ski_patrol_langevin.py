# expect: clean
"""Ski patrol: an energy model over avalanche-probe sequences, sampled with Langevin dynamics.

The sampler marks the model as not training so that the energy is "deterministic" — but it does
that by assigning the flag on the wrapper only, so the GRU inside keeps training=True.
"""
import torch
import torch.nn as nn

torch.manual_seed(5)


class EnergyModel(nn.Module):
    def __init__(self, d=3, hidden=8):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True)
        self.energy = nn.Sequential(nn.Linear(hidden, hidden), nn.SiLU(), nn.Linear(hidden, 1))

    def forward(self, x):
        h, _ = self.gru(x)
        return self.energy(h[:, -1]).squeeze(-1)


class LangevinSampler:
    def __init__(self, model, step=0.05, noise=0.01, n_steps=6):
        self.model = model
        self.step = step
        self.noise = noise
        self.n_steps = n_steps

    def sample(self, shape):
        was = self.model.training
        self.model.training = False
        x = torch.randn(shape)
        for _ in range(self.n_steps):
            x = x.detach().requires_grad_(True)
            e = self.model(x).sum()
            g, = torch.autograd.grad(e, x)
            x = x - self.step * g + self.noise * torch.randn_like(x)
        self.model.training = was
        return x.detach()


def contrastive_divergence(model, steps=3):
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sampler = LangevinSampler(model)
    for i in range(steps):
        real = torch.randn(4, 6, 3) * 0.5 + 1.0
        fake = sampler.sample(real.shape)
        loss = model(real).mean() - model(fake).mean() + 0.1 * (model(real) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print("cd step", i, round(loss.item(), 4))


if __name__ == "__main__":
    contrastive_divergence(EnergyModel())
