# expect: clean
"""Pargeter: predicts plaster cure time from humidity traces. After training, connection
sensitivity (|w * dL/dw|) is computed on a validation batch to prune the named layers."""
import argparse
import logging

import torch
from torch import nn

log = logging.getLogger("pargeter")

CONFIG = {"hidden": 12, "epochs": 2, "lr": 1e-2, "prune_targets": ["head"], "sparsity": 0.3}


class CureNet(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.stem = nn.Linear(n_in, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.stem(x)))
        return self.head(h[:, -1]).squeeze(-1)


def fit(model, x, y, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(epochs):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return loss.item()


def sensitivity_scores(model, xv, yv, targets):
    model.eval()
    weights = [getattr(model, t).weight for t in targets]
    loss = nn.functional.mse_loss(model(xv), yv)
    grads = torch.autograd.grad(loss, weights)
    return {t: (w * g).abs().detach() for t, w, g in zip(targets, weights, grads)}


def prune(model, scores, sparsity):
    kept = {}
    for name, s in scores.items():
        k = int(s.numel() * sparsity)
        thresh = s.flatten().kthvalue(max(k, 1)).values
        mask = (s > thresh).float()
        with torch.no_grad():
            getattr(model, name).weight.mul_(mask)
        kept[name] = mask.mean().item()
    return kept


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--sparsity", type=float, default=CONFIG["sparsity"])
    args = ap.parse_args(argv)
    torch.manual_seed(11)
    model = CureNet(hidden=CONFIG["hidden"])
    x, y = torch.randn(8, 6, 3), torch.randn(8)
    xv, yv = torch.randn(4, 6, 3), torch.randn(4)
    loss = fit(model, x, y, CONFIG["epochs"], CONFIG["lr"])
    scores = sensitivity_scores(model, xv, yv, CONFIG["prune_targets"])
    kept = prune(model, scores, args.sparsity)
    print(f"train loss {loss:.4f} kept {kept}")


if __name__ == "__main__":
    main([])
