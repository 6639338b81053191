# expect: crash
"""Reeve's manor-roll model: predicts harvest dues from a sequence of strip yields.

After training, a connection-sensitivity score |w * dL/dw| is computed on a held-out
batch (model in eval so dropout is off) to decide which weights to prune.
"""
import argparse

import torch
from torch import nn

CONFIG = {"hidden": 12, "epochs": 2, "prune_frac": 0.25, "score_params": "all"}


class DuesGRU(nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.gru(x)
        return self.head(self.drop(o[:, -1])).squeeze(-1)


def score_params(model, which):
    if which == "head":
        return [("head.weight", model.head.weight)]
    return [(n, p) for n, p in model.named_parameters() if p.dim() > 1]


def saliency_scores(model, batch, which):
    model.eval()
    x, y = batch
    loss = nn.functional.mse_loss(model(x), y)
    named = score_params(model, which)
    grads = torch.autograd.grad(loss, [p for _, p in named])  # TM001-here
    return {n: (p.detach() * g).abs() for (n, p), g in zip(named, grads)}


def prune(model, scores, frac):
    for name, s in scores.items():
        k = max(1, int(frac * s.numel()))
        thresh = s.flatten().kthvalue(k).values
        p = dict(model.named_parameters())[name]
        with torch.no_grad():
            p.mul_((s > thresh).float())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--score-params", default=CONFIG["score_params"])
    args = ap.parse_args([])
    torch.manual_seed(9)
    model = DuesGRU(CONFIG["hidden"])
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    data = [(torch.randn(4, 6, 3), torch.randn(4)) for _ in range(3)]
    for _ in range(CONFIG["epochs"]):
        model.train()
        for x, y in data:
            opt.zero_grad()
            nn.functional.mse_loss(model(x), y).backward()
            opt.step()
    scores = saliency_scores(model, (torch.randn(4, 6, 3), torch.randn(4)), args.score_params)
    prune(model, scores, CONFIG["prune_frac"])
    print({k: int((v > 0).sum()) for k, v in scores.items()})


if __name__ == "__main__":
    main()
