# expect: clean
"""Velodrome lap splits: fine-tune a 2-layer LSTM on a rider's splits with all dropout switched off.

Stochastic layers are found with `model.apply` and an isinstance tuple.
"""
import math

import torch
import torch.nn as nn

CFG = {"feats": 4, "hidden": 12, "layers": 2, "dropout": 0.2, "batch": 6, "laps": 8, "steps": 5, "lr": 3e-3}


class LapModel(nn.Module):
    def __init__(self, feats, hidden, layers, dropout):
        super().__init__()
        self.inp = nn.Sequential(nn.Linear(feats, hidden), nn.GELU(), nn.Dropout(dropout))
        self.lstm = nn.LSTM(hidden, hidden, num_layers=layers, dropout=dropout, batch_first=True)
        self.drop = nn.Dropout(dropout)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(self.inp(x))
        return self.out(self.drop(h)).squeeze(-1)


STOCHASTIC = (nn.Dropout, nn.RNNBase)


def disable_dropout(module):
    if isinstance(module, STOCHASTIC):
        if isinstance(module, nn.RNNBase):
            module.dropout = 0.0
        else:
            module.eval()


def rider_splits(cfg, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(cfg["batch"], cfg["laps"], cfg["feats"], generator=g)
    y = 17.0 + 0.3 * x[..., 0] - 0.1 * x[..., 2]
    return x, y


def main(cfg=CFG):
    torch.manual_seed(7)
    model = LapModel(cfg["feats"], cfg["hidden"], cfg["layers"], cfg["dropout"])
    model.train()
    model.apply(disable_dropout)
    opt = torch.optim.Adam(model.parameters(), lr=cfg["lr"])
    for step in range(cfg["steps"]):
        x, y = rider_splits(cfg, step)
        pred = model(x)
        loss = torch.nn.functional.mse_loss(pred, y)
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"step {step} rmse {math.sqrt(loss.item()):.3f}")


if __name__ == "__main__":
    main()
