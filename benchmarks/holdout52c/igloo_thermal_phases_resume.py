# expect: clean
"""Igloo interior temperature: forecast the next reading from wall-probe sequences.

Batches come from a generator that also owns the model's mode: it runs a validation
sweep in the middle of each epoch and hands the model back for training afterwards.
"""
import math
import random

import torch
from torch import nn


class WallProbeGRU(nn.Module):
    def __init__(self, n_probes=4, hidden=12):
        super().__init__()
        self.gru = nn.GRU(n_probes, hidden, batch_first=True)
        self.reg = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.reg(out[:, -1]).squeeze(-1)


def synth(n, batch=4, steps=10):
    rows = []
    for _ in range(n):
        t = torch.linspace(0, 1, steps)
        x = torch.stack([torch.sin(t * math.pi * random.uniform(1, 3)) for _ in range(4)], -1)
        x = x.unsqueeze(0).repeat(batch, 1, 1) + 0.1 * torch.randn(batch, steps, 4)
        rows.append((x, x[:, -1].mean(-1)))
    return rows


def phases(model, train_batches, val_batches, val_every):
    model.train()
    for i, batch in enumerate(train_batches):
        yield "train", batch
        if (i + 1) % val_every == 0:
            model.eval()
            for vb in val_batches:
                yield "val", vb
            model.train()


def run_epoch(model, opt, train_batches, val_batches):
    train_losses, val_losses = [], []
    for phase, (x, y) in phases(model, train_batches, val_batches, val_every=2):
        if phase == "train":
            opt.zero_grad()
            loss = nn.functional.mse_loss(model(x), y)
            loss.backward()
            opt.step()
            train_losses.append(loss.item())
        else:
            with torch.no_grad():
                val_losses.append(nn.functional.mse_loss(model(x), y).item())
    return sum(train_losses) / len(train_losses), sum(val_losses) / max(len(val_losses), 1)


def main():
    random.seed(5)
    torch.manual_seed(5)
    model = WallProbeGRU()
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    tr, va = synth(5), synth(2)
    for epoch in range(2):
        print(epoch, run_epoch(model, opt, tr, va))


if __name__ == "__main__":
    main()
