# expect: crash
"""Fountain-pen ink-flow model: nib pressure traces -> skip / blob / clean stroke.

After training, connection-sensitivity (SNIP-like) scores |w * dL/dw| are
computed on a held-out batch for the layer we plan to prune.
"""
import argparse

import torch
import torch.nn as nn
import torch.nn.functional as F


class InkFlow(nn.Module):
    def __init__(self, n_in=4, hidden=12, n_cls=3):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.lstm(torch.relu(self.inp(x)))
        return self.head(h[:, -1])


def train(model, batches, epochs=2):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(epochs):
        for x, y in batches:
            loss = F.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()


def snip_scores(model, batch, prefix):
    model.eval()
    x, y = batch
    loss = F.cross_entropy(model(x), y)
    named = [(n, p) for n, p in model.named_parameters() if n.startswith(prefix)]
    grads = torch.autograd.grad(loss, [p for _, p in named])  # TM001-here
    return {n: (p.detach() * g).abs() for (n, p), g in zip(named, grads)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--prune-layer", default="inp.")
    ap.add_argument("--keep", type=float, default=0.7)
    args = ap.parse_args([])
    torch.manual_seed(4)
    batches = [(torch.randn(6, 10, 4), torch.randint(0, 3, (6,))) for _ in range(3)]
    model = InkFlow()
    train(model, batches)
    scores = snip_scores(model, batches[0], args.prune_layer)
    w = scores[args.prune_layer + "weight"].flatten()
    k = int(args.keep * w.numel())
    print("threshold", float(w.sort(descending=True).values[k - 1]))


if __name__ == "__main__":
    main()
