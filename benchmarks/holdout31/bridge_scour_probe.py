# expect: crash
"""Bridge-pier scour: predict scour depth from the river-stage hydrograph and
sediment grading. Validation also runs a one-step FGSM-style robustness probe
on the hydrograph. Arguments are read from sys.argv by hand; the per-epoch
CSV is written inside a temporary working directory (contextlib.chdir)."""
import contextlib
import csv
import os
import sys
import tempfile

import torch
from torch import nn
from torch.nn import functional as F

torch.manual_seed(61)


def parse_argv(argv):
    opts = {"epochs": 2, "eps": 0.05, "hidden": 8}
    it = iter(argv)
    for tok in it:
        if tok.startswith("--") and tok[2:] in opts:
            opts[tok[2:]] = type(opts[tok[2:]])(next(it))
    return opts


class ScourNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        return self.out(self.lstm(x)[0][:, -1]).squeeze(-1)


def floods(n=8, t=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, t, 3, generator=g)  # stage, velocity, d50
    y = 1.5 * x[..., 1].max(1).values - 0.4 * x[..., 2].mean(1)
    return x, y


def train_epoch(model, opt, epoch):
    model.train()
    for b in range(3):
        x, y = floods(seed=epoch * 10 + b)
        loss = F.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


@torch.no_grad()
def validate(model, eps):
    model.eval()
    x, y = floods(seed=999)
    clean = F.mse_loss(model(x), y).item()
    with torch.enable_grad():
        xa = x.clone().requires_grad_(True)
        F.mse_loss(model(xa), y).backward()  # TM001-here
        x_adv = x + eps * xa.grad.sign()
    adv = F.mse_loss(model(x_adv), y).item()
    return clean, adv


def main():
    opts = parse_argv(sys.argv[1:])
    model = ScourNet(opts["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    rows = []
    for epoch in range(opts["epochs"]):
        tr = train_epoch(model, opt, epoch)
        clean, adv = validate(model, opts["eps"])
        rows.append({"epoch": epoch, "train": tr, "val": clean, "val_adv": adv})
    with tempfile.TemporaryDirectory() as tmp, contextlib.chdir(tmp):
        with open("scour_log.csv", "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        print("wrote", os.path.getsize("scour_log.csv"), "bytes")


if __name__ == "__main__":
    main()
