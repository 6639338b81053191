# expect: clean
"""Gaoler key-log anomaly scores: per-layer gradient relevance of a deployed (eval) model."""
import logging

import torch
import torch.nn as nn

logging.basicConfig(level=logging.INFO, format="%(message)s")
log = logging.getLogger("relevance")


class KeyLogNet(nn.Module):
    def __init__(self, n_in=5, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.lstm = nn.LSTM(hidden, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(torch.tanh(self.proj(x)))
        return self.score(h[:, -1]).squeeze(-1)


def layer_relevance(model, x, layers):
    """|grad * weight| summed per named layer."""
    out = model(x).sum()
    weights = [getattr(model, name).weight for name in layers]
    grads = torch.autograd.grad(out, weights)
    return {name: (g * w).abs().sum().item() for name, g, w in zip(layers, grads, weights)}


def main():
    torch.manual_seed(8)
    model = KeyLogNet().eval()
    x = torch.randn(4, 7, 5)
    rel = layer_relevance(model, x, ["score"])
    for name, value in rel.items():
        log.info("%s %.4f", name, value)


if __name__ == "__main__":
    main()
