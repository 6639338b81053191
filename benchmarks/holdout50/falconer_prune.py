# expect: crash
"""Falconer's stoop detector: hawk telemetry (airspeed, pitch, altitude rate) ->
is the bird stooping?  After training, connection-sensitivity scores
|w * dL/dw| are computed on a held-out batch with the model in eval, the
lowest-scoring weights of the chosen layers are pruned, then fine-tuned."""
import argparse
import logging

import torch
import torch.nn as nn
import torch.nn.functional as F

log = logging.getLogger("falconer")

PRUNABLE = ("proj", "head")


class StoopNet(nn.Module):
    def __init__(self, n_in=3, hidden=12):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(F.gelu(self.proj(x)))
        return self.head(h[:, -1])


def flights(n, steps=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, steps, 3, generator=g)
    y = (x[:, -3:, 2].mean(1) < -0.2).long()
    return x, y


def train_epochs(model, x, y, epochs, lr, bs=4):
    model.train()
    opt = torch.optim.Adam([p for p in model.parameters() if p.requires_grad], lr=lr)
    for _ in range(epochs):
        for i in range(0, len(x), bs):
            loss = F.cross_entropy(model(x[i:i + bs]), y[i:i + bs])
            opt.zero_grad()
            loss.backward()
            opt.step()
            for mod, mask in getattr(model, "_masks", {}).items():
                mod.weight.data.mul_(mask)


def sensitivity_scores(model, x_val, y_val, layer_names):
    model.eval()
    weights = [getattr(model, n).weight for n in layer_names]
    loss = F.cross_entropy(model(x_val), y_val)
    grads = torch.autograd.grad(loss, weights)  # TM001-here
    return {n: (w * g).abs().detach() for n, w, g in zip(layer_names, weights, grads)}


def prune(model, scores, ratio):
    model._masks = {}
    for name, s in scores.items():
        k = max(1, int(ratio * s.numel()))
        thresh = s.flatten().kthvalue(k).values
        mask = (s > thresh).float()
        layer = getattr(model, name)
        layer.weight.data.mul_(mask)
        model._masks[layer] = mask
        log.info("%s: kept %.0f%%", name, 100 * mask.mean().item())


@torch.no_grad()
def accuracy(model, x, y):
    model.eval()
    return (model(x).argmax(-1) == y).float().mean().item()


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--ratio", type=float, default=0.3)
    ap.add_argument("--epochs", type=int, default=2)
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    x_tr, y_tr = flights(16, seed=1)
    x_va, y_va = flights(8, seed=2)
    model = StoopNet()
    train_epochs(model, x_tr, y_tr, args.epochs, 5e-3)
    print("dense acc", accuracy(model, x_va, y_va))
    scores = sensitivity_scores(model, x_va, y_va, PRUNABLE)
    prune(model, scores, args.ratio)
    train_epochs(model, x_tr, y_tr, 1, 2e-3)
    print("pruned acc", accuracy(model, x_va, y_va))


if __name__ == "__main__":
    main()
