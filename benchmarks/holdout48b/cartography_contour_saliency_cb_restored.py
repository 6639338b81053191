# expect: clean
"""Contour-line classifier for scanned survey sheets.

A GRU reads a sequence of elevation samples along a traverse and predicts the
terrain class. A logging callback records an input-saliency summary after each
validation pass.
"""
import math
import random

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(3)
random.seed(3)


class TraverseNet(nn.Module):
    def __init__(self, n_feat=3, hidden=8, n_cls=4):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        h, _ = self.gru(torch.tanh(self.proj(x)))
        return self.out(h[:, -1])


class SaliencyLogger:
    def __init__(self, probe):
        self.probe = probe
        self.history = []

    def on_validation_end(self, model, epoch):
        was_training = model.training
        model.train()
        try:
            x = self.probe.clone().requires_grad_(True)
            logits = model(x)
            top = logits.max(dim=1).values.sum()
        finally:
            model.train(was_training)
        top.backward()
        model.zero_grad(set_to_none=True)
        self.history.append((epoch, x.grad.abs().mean().item()))


def make_batch(n=6, t=7):
    x = torch.randn(n, t, 3)
    y = torch.randint(0, 4, (n,))
    return x, y


def validate(model, batches):
    model.eval()
    total, correct = 0, 0
    with torch.no_grad():
        for x, y in batches:
            correct += (model(x).argmax(1) == y).sum().item()
            total += len(y)
    return correct / max(total, 1)


def main():
    model = TraverseNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    train_batches = [make_batch() for _ in range(3)]
    val_batches = [make_batch() for _ in range(2)]
    logger = SaliencyLogger(make_batch(2)[0])
    for epoch in range(2):
        model.train()
        for x, y in train_batches:
            opt.zero_grad()
            loss = F.cross_entropy(model(x), y)
            loss.backward()
            opt.step()
        acc = validate(model, val_batches)
        logger.on_validation_end(model, epoch)
        print(f"epoch {epoch} acc {acc:.2f} sal {logger.history[-1][1]:.4f}")


if __name__ == "__main__":
    main()
