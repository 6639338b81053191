# expect: crash
"""Kintsugi seam energy model: a GRU scores crack-line sequences, and new seams
are drawn from the model by Langevin dynamics on the input."""
import math
import random

import torch
import torch.nn as nn

torch.manual_seed(0)
random.seed(0)

SEQ, FEAT, HID, BATCH = 7, 3, 8, 4


class SeamEnergy(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = nn.Linear(FEAT, HID)
        self.gru = nn.GRU(HID, HID, batch_first=True)
        self.out = nn.Linear(HID, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(h[:, -1]).squeeze(-1)


class LangevinSampler:
    def __init__(self, model, steps=5, step_size=0.05):
        self.model = model
        self.steps = steps
        self.step_size = step_size

    def sample(self, n):
        self.model.eval()
        x = torch.randn(n, SEQ, FEAT)
        for _ in range(self.steps):
            x = x.detach().requires_grad_(True)
            energy = self.model(x).sum()
            (g,) = torch.autograd.grad(energy, x)  # TM001-here
            noise = torch.randn_like(x) * math.sqrt(2 * self.step_size)
            x = x - self.step_size * g + noise
        return x.detach()


def contrastive_step(model, opt, real, fake):
    model.train()
    loss = model(real).mean() - model(fake).mean()
    loss = loss + 0.1 * (model(real) ** 2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    return loss.item()


def main():
    model = SeamEnergy()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    sampler = LangevinSampler(model)
    for it in range(3):
        real = torch.randn(BATCH, SEQ, FEAT) * 0.5 + 1.0
        fake = sampler.sample(BATCH)
        loss = contrastive_step(model, opt, real, fake)
        print(f"iter {it} cd-loss {loss:.4f}")


if __name__ == "__main__":
    main()
