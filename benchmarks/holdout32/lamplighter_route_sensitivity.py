# expect: crash
"""Lamplighter routes: predict time to finish a gas-lamp round from per-street
segment features, then measure how sensitive the estimate is to each segment.

The sensitivity is the input Jacobian, computed with torch.func.jacrev on a
single route. The model stays in train mode the whole time.
"""
import argparse

import torch
import torch.nn as nn
from torch.func import functional_call, jacrev


class RouteTimer(nn.Module):
    def __init__(self, n_feat=3, hidden=8):
        super().__init__()
        self.street = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.total = nn.Linear(hidden, 1)

    def forward(self, segs):
        h, _ = self.lstm(torch.relu(self.street(segs)))
        return self.total(h[:, -1]).squeeze(-1)


def routes(n, length, n_feat):
    x = torch.rand(n, length, n_feat)
    y = x[..., 0].sum(1) * 2 + x[..., 2].mean(1)
    return x, y


def train(model, x, y, steps):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    for s in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    return loss.item()


def segment_sensitivity(model, route):
    params = {k: v.detach() for k, v in model.named_parameters()}

    def predict(r):
        return functional_call(model, params, (r.unsqueeze(0),)).squeeze(0)

    jac = jacrev(predict)(route)  # TM002-here
    return jac.abs().sum(-1)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--routes", type=int, default=8)
    p.add_argument("--length", type=int, default=6)
    p.add_argument("--steps", type=int, default=20)
    args = p.parse_args([])
    torch.manual_seed(4)
    model = RouteTimer()
    x, y = routes(args.routes, args.length, 3)
    print("final loss", train(model, x, y, args.steps))
    sens = segment_sensitivity(model, x[0])
    print("most influential segment", int(sens.argmax()))


if __name__ == "__main__":
    main()
