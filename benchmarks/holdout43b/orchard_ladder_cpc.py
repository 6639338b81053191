# expect: clean
"""Orchard ladder sway: contrastive predictive coding on accelerometer strips
clipped to picking ladders. An encoder maps 4-sample windows to z, a GRU
summarises the past into c, and per-offset bilinear heads score the true
future z against the other sequences in the batch (InfoNCE).

A linear probe on c is checked every epoch; the probe loop marks the wrapper
as not training so the progress bar switches to "probe" mode."""
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(17)
WIN, CH, ZD, CD, K = 4, 3, 8, 8, 2


class CPC(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Sequential(nn.Flatten(2), nn.Linear(WIN * CH, ZD), nn.ReLU())
        self.ar = nn.GRU(ZD, CD, batch_first=True)
        self.heads = nn.ModuleList(nn.Linear(CD, ZD, bias=False) for _ in range(K))

    def forward(self, x):
        # x: (B, T, WIN, CH)
        z = self.enc(x)
        c, _ = self.ar(z)
        return z, c

    def infonce(self, x, t=3):
        z, c = self(x)
        loss = 0.0
        for k, head in enumerate(self.heads, start=1):
            pred = head(c[:, t])                 # (B, ZD)
            target = z[:, t + k]                 # (B, ZD)
            logits = pred @ target.t()           # (B, B)
            loss = loss + F.cross_entropy(logits, torch.arange(x.size(0)))
        return loss / K


def strips(b=6, steps=7):
    base = torch.randn(b, 1, 1, CH)
    return base + 0.3 * torch.randn(b, steps, WIN, CH).cumsum(1)


def progress(model, msg):
    mode = "train" if model.training else "probe"
    print(f"[{mode}] {msg}")


def main():
    model = CPC()
    probe = nn.Linear(CD, 2)
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    popt = torch.optim.Adam(probe.parameters(), lr=1e-2)
    for epoch in range(2):
        model.train()
        for _ in range(3):
            loss = model.infonce(strips())
            opt.zero_grad()
            loss.backward()
            opt.step()
        progress(model, f"epoch {epoch} infonce {loss.item():.3f}")

        model.training = False
        x = strips()
        y = (x[:, :, :, 0].mean((1, 2)) > 0).long()
        _, c = model(x)
        probe_loss = F.cross_entropy(probe(c[:, -1]), y)
        popt.zero_grad()
        opt.zero_grad()
        probe_loss.backward()
        popt.step()
        progress(model, f"epoch {epoch} probe {probe_loss.item():.3f}")


if __name__ == "__main__":
    main()
