# expect: clean
"""Cockle-bed yield forecaster with gradient-norm early stopping.

Stops once the validation gradient norm (taken in eval mode, dropout off)
falls below a threshold -- a cheap flatness signal used by the beds survey.
"""
import math

import torch
import torch.nn as nn
import torch.nn.functional as F

CFG = {"hidden": 8, "epochs": 4, "patience": 2, "gn_threshold": 1e-4, "lr": 5e-3}


class BedForecaster(nn.Module):
    def __init__(self, n_tide_feats=5, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_tide_feats, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.head = nn.Linear(hidden, 1)

    def forward(self, tides):
        h, _ = self.rnn(tides)
        return self.head(self.drop(h[:, -1])).squeeze(-1)


def tides(n=3, batch=5, steps=9, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(batch, steps, 5, generator=g), torch.rand(batch, generator=g) * 20)
            for _ in range(n)]


def validation_grad_norm(model, data):
    model.eval()
    loss = sum(F.mse_loss(model(x), y) for x, y in data) / len(data)
    params = [model.head.weight, model.head.bias]  # last layer only: cheap
    grads = torch.autograd.grad(loss, params)
    return loss.item(), math.sqrt(sum(float(g.pow(2).sum()) for g in grads))


def fit(model, train, val):
    opt = torch.optim.Adam(model.parameters(), lr=CFG["lr"])
    best, bad = float("inf"), 0
    for epoch in range(CFG["epochs"]):
        model.train()
        for x, y in train:
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
        val_loss, gn = validation_grad_norm(model, val)
        print(f"epoch {epoch} val {val_loss:.3f} grad-norm {gn:.4f}")
        if gn < CFG["gn_threshold"]:
            break
        if val_loss < best:
            best, bad = val_loss, 0
        else:
            bad += 1
            if bad >= CFG["patience"]:
                break
    return best


if __name__ == "__main__":
    torch.manual_seed(2)
    print("best", fit(BedForecaster(hidden=CFG["hidden"]), tides(seed=1), tides(2, seed=2)))
