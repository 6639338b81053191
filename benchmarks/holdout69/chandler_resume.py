# expect: crash
"""Candle burn-time regressor: keep the best whole model on disk, resume fine-tuning from it."""
import argparse
import os
import tempfile

import torch
from torch import nn


class BurnRate(nn.Module):
    def __init__(self, d=4, hidden=8):
        super().__init__()
        self.gru = nn.GRU(d, hidden, batch_first=True, bidirectional=True)
        self.fc = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.gru(x)
        return self.fc(h[:, -1])


def batches(n, g):
    return [(torch.randn(5, 6, 4, generator=g), torch.randn(5, 1, generator=g)) for _ in range(n)]


def run_epoch(model, opt, data):
    tot = 0.0
    for x, y in data:
        loss = nn.functional.smooth_l1_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()
        tot += loss.item()
    return tot / len(data)


@torch.no_grad()
def validate(model, data):
    model.eval()
    return sum(nn.functional.smooth_l1_loss(model(x), y).item() for x, y in data) / len(data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args([])
    g = torch.Generator().manual_seed(4)
    train, val = batches(3, g), batches(2, g)
    workdir = tempfile.mkdtemp()
    ckpt = os.path.join(workdir, "best.pt")
    try:
        model = BurnRate()
        opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        best = float("inf")
        for ep in range(args.epochs):
            model.train()
            run_epoch(model, opt, train)
            v = validate(model, val)
            if v < best:
                best = v
                torch.save(model, ckpt)
        # stage 2: resume from the best checkpoint with a lower LR
        model = torch.load(ckpt, weights_only=False)
        opt = torch.optim.Adam(model.parameters(), lr=1e-4)
        print("resumed", round(run_epoch(model, opt, train), 4))
    finally:
        if os.path.exists(ckpt):
            os.remove(ckpt)
        os.rmdir(workdir)


if __name__ == "__main__":
    main()
