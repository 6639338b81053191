# expect: crash
"""Bell ringers' change ringing: score how well a band keeps the striking rhythm.

The scorer is an LSTM over inter-bell gaps. Training adds a smoothness penalty
on the gradient of the score with respect to the gaps, so small timing jitter
does not swing the score.
"""
import math

import torch
import torch.nn as nn

BELLS = 6


class StrikingScorer(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(BELLS, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, gaps):
        h, _ = self.lstm(gaps)
        return self.score(h[:, -1]).squeeze(-1)


def plain_hunt(rows, jitter):
    base = torch.full((rows, BELLS), 1.0 / BELLS)
    return base + jitter * torch.randn(rows, BELLS)


def make_touch(batch=4, rows=10):
    jit = torch.rand(batch, 1, 1) * 0.1
    gaps = torch.stack([plain_hunt(rows, float(j)) for j in jit.flatten()])
    quality = 1.0 - jit.flatten() * 5
    return gaps, quality


def gap_penalty(model, gaps):
    gaps = gaps.clone().requires_grad_(True)
    s = model(gaps).sum()
    (g,) = torch.autograd.grad(s, gaps, create_graph=True)
    return g.pow(2).sum(dim=(1, 2)).mean()


def train(model, steps=4, lam=0.1):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for step in range(steps):
        gaps, quality = make_touch()
        fit = (model(gaps) - quality).pow(2).mean()
        pen = gap_penalty(model, gaps)
        loss = fit + lam * pen
        opt.zero_grad()
        loss.backward()  # TM003-here
        opt.step()
        print(f"step {step}: fit {fit.item():.4f} pen {pen.item():.4f} rms {math.sqrt(fit.item()):.3f}")


if __name__ == "__main__":
    torch.manual_seed(5)
    train(StrikingScorer())
