# expect: crash
"""Horse ferries: crossing-time model for a river horse ferry, with a wind-sensitivity report.

The report asks how much each minute of the wind log moved the predicted crossing time, using a
vector-Jacobian product against a one-hot cotangent for the last crossing.
"""
import argparse
import logging

import torch
import torch.nn as nn
from torch.func import vjp

logger = logging.getLogger("ferry")


class CrossingNet(nn.Module):
    def __init__(self, n_in=2, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def fit(model, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    for ep in range(epochs):
        x, y = torch.randn(6, 12, 2), torch.rand(6) * 20
        opt.zero_grad()
        loss = (model(x) - y).abs().mean()
        loss.backward()
        opt.step()
        logger.info("epoch %d mae %.3f", ep, loss.item())


def wind_sensitivity(model, log):
    model.train()  # keep the same normalisation as training
    out, pullback = vjp(model, log)  # TM002-here
    cot = torch.zeros_like(out)
    cot[-1] = 1.0
    (g,) = pullback(cot)
    return g[-1, :, 0].abs()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=5e-3)
    args = ap.parse_args()
    logging.basicConfig(level=logging.INFO)
    torch.manual_seed(4)
    model = CrossingNet()
    fit(model, args.epochs, args.lr)
    sens = wind_sensitivity(model, torch.randn(3, 12, 2))
    print("most influential minute:", int(sens.argmax()))


if __name__ == "__main__":
    main()
