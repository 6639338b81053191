"""Helpers for the salvage-dive notebook: data, model, evaluation."""
import torch
import torch.nn as nn


def dive_profiles(n, steps=8, seed=0):
    g = torch.Generator().manual_seed(seed)
    depth = torch.rand(n, steps, 1, generator=g).cumsum(1)
    gas = torch.rand(n, steps, 2, generator=g)
    x = torch.cat([depth, gas], -1)
    y = (depth[:, -1, 0] > steps / 2).long()
    return x, y


class DecoRiskGRU(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.gru = nn.GRU(3, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, 2)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(self.drop(h[-1]))


def evaluate(model, x, y):
    """Accuracy in eval mode; leaves the model in whatever mode it was in."""
    was_training = model.training
    model.eval()
    with torch.no_grad():
        acc = (model(x).argmax(1) == y).float().mean().item()
    model.train(was_training)
    return acc
