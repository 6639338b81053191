# expect: clean
"""Stained-glass kiln firing: thermocouple curves per panel -> crack risk, with a diagonal
Fisher estimate (last layer only, Laplace-style) used to size the uncertainty of the deployed model."""
import math

import torch
from torch import nn


class KilnNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.embed = nn.Linear(2, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, curves):
        h, _ = self.gru(torch.tanh(self.embed(curves)))
        return self.head(h[:, -1]).squeeze(-1)


def firings(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 12, 2, generator=g)
    y = (x[:, 4:8, 0].diff(dim=1).abs().max(1).values > 1.5).float()
    return x, y


def train(model, x, y, steps=4):
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    model.train()
    for _ in range(steps):
        opt.zero_grad()
        nn.functional.binary_cross_entropy_with_logits(model(x), y).backward()
        opt.step()


def diagonal_fisher(model, x, y, params):
    """Empirical Fisher over `params`, one sample at a time."""
    fisher = [torch.zeros_like(p) for p in params]
    for i in range(len(x)):
        loss = nn.functional.binary_cross_entropy_with_logits(model(x[i:i + 1]), y[i:i + 1])
        grads = torch.autograd.grad(loss, params)
        for f, g in zip(fisher, grads):
            f += g.pow(2) / len(x)
    return fisher


def main():
    torch.manual_seed(3)
    model = KilnNet()
    x, y = firings(8, 0)
    train(model, x, y)
    model.eval()  # deployed model: dropout-free, fixed
    params = list(model.head.parameters())  # last-layer Laplace: only the head is random
    fisher = diagonal_fisher(model, x, y, params)
    total = sum(f.sum().item() for f in fisher)
    print("fisher trace", round(total, 5), "log", round(math.log(total + 1e-12), 3))


if __name__ == "__main__":
    main()
