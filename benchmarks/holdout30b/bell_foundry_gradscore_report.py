# expect: crash
"""Bell foundry: crack-risk model on cooling curves, with a per-epoch report of the
input-gradient robustness score written to a CSV in a scratch directory."""
import contextlib
import csv
import os
import shutil
import tempfile

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.backends.cudnn.benchmark = True  # casting traces all have the same length


class CoolingGRU(nn.Module):
    def __init__(self, depths=4, hidden=10):
        super().__init__()
        self.gru = nn.GRU(depths, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.risk = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.risk(self.drop(h[-1])).squeeze(-1)


def casting_traces(n, t=16):
    base = torch.linspace(1.0, 0.2, t).expand(n, 4, t).transpose(1, 2)
    x = base + 0.05 * torch.randn(n, t, 4)
    cracked = (x[:, :, 0] - x[:, :, 3]).abs().max(1).values > 0.15
    return x, cracked.float()


def train_epoch(model, opt, x, y):
    model.train()
    opt.zero_grad()
    loss = F.binary_cross_entropy_with_logits(model(x), y)
    loss.backward()
    opt.step()
    return loss.item()


def gradient_score(model, x, y):
    model.eval()
    x = x.clone().requires_grad_(True)
    loss = F.binary_cross_entropy_with_logits(model(x), y)
    (gx,) = torch.autograd.grad(loss, x)  # TM001-here
    return loss.item(), gx.norm(dim=(1, 2)).mean().item()


def main():
    torch.manual_seed(12)
    model = CoolingGRU()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_x, train_y = casting_traces(8)
    val_x, val_y = casting_traces(6)
    scratch = tempfile.mkdtemp(prefix="foundry_")
    try:
        with contextlib.chdir(scratch):
            with open("report.csv", "w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(["epoch", "train", "val", "grad_norm"])
                for epoch in range(3):
                    tl = train_epoch(model, opt, train_x, train_y)
                    vl, gn = gradient_score(model, val_x, val_y)
                    w.writerow([epoch, f"{tl:.4f}", f"{vl:.4f}", f"{gn:.4f}"])
            print(open("report.csv").read())
    finally:
        shutil.rmtree(scratch)
    assert not os.path.exists(scratch)


if __name__ == "__main__":
    main()
