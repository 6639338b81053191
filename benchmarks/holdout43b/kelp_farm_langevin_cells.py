# expect: clean
"""Kelp farm growth curves: an energy-based model over weekly nitrate/light
sequences, sampled with Langevin dynamics after fitting. The encoder is a
hand-unrolled LSTMCell so the season length can vary per farm."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(11)

WEEKS, CH, HID = 8, 3, 10


class SeasonEnergy(nn.Module):
    def __init__(self):
        super().__init__()
        self.cell = nn.LSTMCell(CH, HID)
        self.score = nn.Sequential(nn.Linear(HID, HID), nn.SiLU(), nn.Linear(HID, 1))

    def forward(self, x):
        b = x.size(0)
        h = x.new_zeros(b, HID)
        c = x.new_zeros(b, HID)
        states = []
        for t in range(x.size(1)):
            h, c = self.cell(x[:, t], (h, c))
            states.append(h)
        return self.score(torch.stack(states, 1).mean(1)).squeeze(-1)


def healthy_seasons(n):
    t = torch.linspace(0, 1, WEEKS)
    base = torch.stack([torch.sin(3 * t), torch.cos(2 * t), t], -1)
    return base.expand(n, WEEKS, CH) + 0.1 * torch.randn(n, WEEKS, CH)


def langevin(energy, x, steps=10, step_size=0.05, noise=0.01):
    x = x.clone().detach()
    for _ in range(steps):
        x.requires_grad_(True)
        e = energy(x).sum()
        (g,) = torch.autograd.grad(e, x)
        x = (x - step_size * g + noise * torch.randn_like(x)).detach()
    return x


def fit(energy, epochs=3):
    opt = torch.optim.Adam(energy.parameters(), lr=3e-3)
    for ep in range(epochs):
        pos = healthy_seasons(6)
        neg = torch.randn_like(pos)
        loss = energy(pos).mean() - energy(neg).mean()
        loss = loss + 0.1 * (energy(pos) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"cd epoch {ep}: {loss.item():.4f}")


def main():
    energy = SeasonEnergy()
    fit(energy)
    energy.eval()
    for p in energy.parameters():
        p.requires_grad_(False)
    samples = langevin(energy, torch.randn(4, WEEKS, CH))
    ref = healthy_seasons(4)
    print("mse to healthy template:", F.mse_loss(samples, ref).item())


if __name__ == "__main__":
    main()
