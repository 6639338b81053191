# expect: crash
"""Yeast-strain classifier from fermentation gas traces; prune by |w * dL/dw| on a validation batch.

The scores are computed with the model in eval mode (no dropout noise on the validation batch).
"""
import argparse
import math

import torch
from torch import nn


class StrainNet(nn.Module):
    def __init__(self, n_feat=3, hidden=10, n_cls=4):
        super().__init__()
        self.stem = nn.Linear(n_feat, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.drop = nn.Dropout(0.3)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        out, _ = self.lstm(torch.tanh(self.stem(x)))
        return self.head(self.drop(out[:, -1]))


def data(seed, n):
    g = torch.Generator().manual_seed(seed)
    return [(torch.randn(6, 7, 3, generator=g), torch.randint(0, 4, (6,), generator=g)) for _ in range(n)]


def train(model, batches, epochs, lr):
    opt = torch.optim.Adam(model.parameters(), lr=lr)
    model.train()
    for _ in range(epochs):
        for x, y in batches:
            opt.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            opt.step()


def prunable(model):
    return [m.weight for m in (model.stem, model.head)]


def saliency_scores(model, x, y):
    model.eval()
    weights = prunable(model)
    loss = nn.functional.cross_entropy(model(x), y)
    grads = torch.autograd.grad(loss, weights)  # TM001-here
    return [(w * g).abs().detach() for w, g in zip(weights, grads)], loss.item()


def prune(weights, scores, fraction):
    flat = torch.cat([s.flatten() for s in scores])
    k = max(1, int(math.floor(fraction * flat.numel())))
    thresh = flat.kthvalue(k).values
    with torch.no_grad():
        for w, s in zip(weights, scores):
            w.mul_((s > thresh).float())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fraction", type=float, default=0.3)
    args = ap.parse_args()
    torch.manual_seed(6)
    model = StrainNet()
    train(model, data(1, 3), 2, 1e-2)
    xv, yv = data(2, 1)[0]
    scores, val_loss = saliency_scores(model, xv, yv)
    prune(prunable(model), scores, args.fraction)
    print("val loss before pruning", round(val_loss, 4))
    train(model, data(3, 2), 1, 1e-3)


if __name__ == "__main__":
    main()
