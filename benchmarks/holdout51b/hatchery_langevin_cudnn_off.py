# expect: clean
"""Trout hatchery: an LSTM energy model scores 24-step water-temperature traces.
After fitting with a contrastive-divergence style objective we draw new traces by
Langevin dynamics (x <- x - a/2 * dE/dx + sqrt(a) * noise) to stress-test alarms."""
import math
import torch
import torch.nn as nn

torch.manual_seed(11)


class TraceEnergy(nn.Module):
    def __init__(self, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(1, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1)).squeeze(-1)


class LangevinSampler:
    def __init__(self, energy, steps=5, step_size=0.05):
        self.energy = energy
        self.steps = steps
        self.step_size = step_size

    def sample(self, x0):
        x = x0.clone().requires_grad_(True)
        for _ in range(self.steps):
            # cuDNN RNN kernels refuse input gradients in eval mode; use the native kernels here
            with torch.backends.cudnn.flags(enabled=False):
                e = self.energy(x).sum()
                (g,) = torch.autograd.grad(e, x)
            with torch.no_grad():
                x = x - 0.5 * self.step_size * g + math.sqrt(self.step_size) * 0.1 * torch.randn_like(x)
            x.requires_grad_(True)
        return x.detach()


def real_traces(n=4, t=24):
    base = torch.linspace(0, 2 * math.pi, t)
    return (torch.sin(base)[None, :, None] + 0.1 * torch.randn(n, t, 1))


def fit(energy, sampler, epochs=3):
    opt = torch.optim.SGD(energy.parameters(), lr=0.01)
    for ep in range(epochs):
        pos = real_traces()
        neg = sampler.sample(torch.randn_like(pos))
        loss = energy(pos).mean() - energy(neg).mean() + 0.1 * (energy(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"ep {ep} cd loss {loss.item():.4f}")


if __name__ == "__main__":
    energy = TraceEnergy()
    sampler = LangevinSampler(energy)
    fit(energy, sampler)
    # generation for the alarm stress test: freeze dropout/BN-like behaviour
    energy.eval()
    fakes = sampler.sample(torch.randn(3, 24, 1))
    print("generated", tuple(fakes.shape), float(fakes.mean()))
