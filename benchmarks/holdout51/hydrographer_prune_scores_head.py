# expect: clean
"""Hydrographer: predict tidal depth corrections from echo-sounder pings, then prune by saliency scores.

Scores are |w * dL/dw| measured on a held-out validation batch with the model in eval mode.
"""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("hydrographer")


class DepthModel(nn.Module):
    def __init__(self, pings=3, hidden=12):
        super().__init__()
        self.inp = nn.Linear(pings, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.inp(x)))
        return self.head(h[:, -1]).squeeze(-1)


def soundings(n=8, steps=6):
    x = torch.randn(n, steps, 3)
    return x, x[:, :, 0].mean(1) - 0.5 * x[:, -1, 2]


def train(model, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(epochs):
        x, y = soundings()
        opt.zero_grad()
        loss = F.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def scoring_params(model, scope):
    if scope == "head":
        return dict(model.head.named_parameters(prefix="head"))
    return dict(model.named_parameters())


def saliency_scores(model, batch, scope):
    model.eval()
    named = scoring_params(model, scope)
    x, y = batch
    loss = F.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, list(named.values()))
    return {name: float((p * g).abs().sum()) for (name, p), g in zip(named.items(), grads)}


def prune_smallest(model, scores, fraction):
    cutoff = sorted(scores.values())[int(len(scores) * fraction)]
    pruned = []
    with torch.no_grad():
        for name, p in model.named_parameters():
            if name in scores and scores[name] < cutoff:
                p.mul_(0.5)
                pruned.append(name)
    return pruned


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--lr", type=float, default=1e-2)
    ap.add_argument("--scope", default="head", choices=["all", "head"])
    args = ap.parse_args(argv)
    torch.manual_seed(9)
    model = DepthModel()
    log.info("train loss %.4f", train(model, args.epochs, args.lr))
    scores = saliency_scores(model, soundings(4), args.scope)
    print("scored", len(scores), "shrunk", prune_smallest(model, scores, 0.5))


if __name__ == "__main__":
    main()
