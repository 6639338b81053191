# expect: clean
"""Cornice-cracking classifier: after training, score weights by |w * dL/dw| on a validation batch
(SNIP-like) and prune the lowest scores of the chosen layer."""
import argparse

import torch
import torch.nn.functional as F
from torch import nn


class CorniceNet(nn.Module):
    def __init__(self, n_in=6, hidden=16):
        super().__init__()
        self.stem = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 2)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.stem(x)))
        return self.head(h[:, -1])


def train(model, data, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=5e-3)
    model.train()
    for _ in range(epochs):
        for x, y in data:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()
            opt.step()


def evaluate(model, data):
    model.eval()
    with torch.no_grad():
        acc = [(model(x).argmax(1) == y).float().mean().item() for x, y in data]
    return sum(acc) / len(acc)


def saliency_scores(model, layer, batch):
    x, y = batch
    loss = F.cross_entropy(model(x), y)
    (g,) = torch.autograd.grad(loss, [layer.weight])
    return (layer.weight.detach() * g).abs()


def prune_lowest(layer, scores, frac):
    k = int(scores.numel() * frac)
    thresh = scores.flatten().kthvalue(max(k, 1)).values
    with torch.no_grad():
        layer.weight.mul_((scores > thresh).float())


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("--layer", default="head", choices=["stem", "head"])
    ap.add_argument("--frac", type=float, default=0.3)
    args = ap.parse_args(argv)
    torch.manual_seed(0)
    g = torch.Generator().manual_seed(9)
    data = [(torch.randn(6, 8, 6, generator=g), torch.randint(0, 2, (6,), generator=g)) for _ in range(3)]
    val = [(torch.randn(6, 8, 6, generator=g), torch.randint(0, 2, (6,), generator=g))]
    model = CorniceNet()
    train(model, data)
    print("acc before", evaluate(model, val))
    layer = getattr(model, args.layer)
    scores = saliency_scores(model, layer, val[0])
    prune_lowest(layer, scores, args.frac)
    print("acc after", evaluate(model, val))


if __name__ == "__main__":
    main()
