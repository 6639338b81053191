# expect: crash
"""Falconry weigh-ins: predict a hawk's flying weight from a fortnight of feed/weather logs.

Per-bird gradient norms (which birds pull the model hardest) are computed with
torch.func.grad over functional_call, the way the per-sample-gradients recipe does it.
"""
import argparse

import torch
import torch.nn as nn
from torch.func import functional_call, grad

FEATURES = ["feed_g", "temp_c", "wind", "flights", "casting"]


class WeighInNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(len(FEATURES), hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)


def per_bird_grad_norms(model, x, y):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def loss_one(p, xi, yi):
        pred = functional_call(model, p, (xi.unsqueeze(0),))
        return (pred - yi.unsqueeze(0)).pow(2).mean()

    norms = []
    for i in range(x.shape[0]):
        g = grad(loss_one)(params, x[i], y[i])  # TM002-here
        norms.append(torch.sqrt(sum(v.pow(2).sum() for v in g.values())).item())
    return norms


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--birds", type=int, default=5)
    ap.add_argument("--days", type=int, default=14)
    args = ap.parse_args()
    torch.manual_seed(2)
    model = WeighInNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    x = torch.randn(args.birds, args.days, len(FEATURES))
    y = torch.randn(args.birds)
    for step in range(3):
        opt.zero_grad()
        loss = (model(x) - y).pow(2).mean()
        loss.backward()
        opt.step()
    norms = per_bird_grad_norms(model, x, y)
    worst = max(range(len(norms)), key=norms.__getitem__)
    print("hardest bird:", worst, "grad norm %.3f" % norms[worst])


if __name__ == "__main__":
    main()
