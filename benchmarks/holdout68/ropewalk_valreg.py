# expect: crash
"""Ropewalk twist-tension model. The objective adds a small penalty on the gap between train and
held-out loss (a crude generalisation regulariser), computed each step with the model in eval mode."""
import argparse
import math
import time

import torch
from torch import nn

CFG = dict(hidden=8, n_in=3, batch=4, steps=6, epochs=3, gap_weight=0.1, lr=1e-2)


class TwistNet(nn.Module):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.rnn = nn.RNN(n_in, hidden, nonlinearity="relu", batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(self.drop(h)).squeeze(-1)


class Meter:
    def __init__(self):
        self.total, self.n = 0.0, 0

    def add(self, v, k=1):
        self.total += v * k
        self.n += k

    @property
    def mean(self):
        return self.total / max(self.n, 1)


def held_out_loss(model, val):
    model.eval()
    losses = [nn.functional.mse_loss(model(x), y) for x, y in val]
    return torch.stack(losses).mean()


def train(cfg):
    torch.manual_seed(11)
    model = TwistNet(cfg["n_in"], cfg["hidden"])
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    mk = lambda: (torch.randn(cfg["batch"], cfg["steps"], cfg["n_in"]), torch.randn(cfg["batch"], cfg["steps"]))
    train_set, val = [mk() for _ in range(3)], [mk() for _ in range(2)]
    for epoch in range(cfg["epochs"]):
        t0, meter = time.time(), Meter()
        for i, (x, y) in enumerate(train_set):
            model.train()
            opt.zero_grad()
            fit = nn.functional.mse_loss(model(x), y)
            val_loss = held_out_loss(model, val[i % len(val):][:1])
            gap = (val_loss - fit).abs()
            loss = fit + cfg["gap_weight"] * gap
            loss.backward()  # TM001-here
            opt.step()
            meter.add(fit.item(), x.size(0))
        print(f"epoch {epoch} train {meter.mean:.4f} last val {float(val_loss):.4f} ppl-ish {math.exp(min(meter.mean, 20)):.2f} "
              f"({time.time() - t0:.2f}s)")
    return model


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=CFG["epochs"])
    CFG["epochs"] = ap.parse_args([]).epochs
    train(CFG)
