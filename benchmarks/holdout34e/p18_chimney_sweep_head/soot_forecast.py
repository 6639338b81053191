# expect: clean
"""Soot build-up forecasting for a chimney-sweep's round.

Training stops early when the validation gradient norm flattens out: at each
validation the loss on a held-out flue is differentiated and its norm logged.
"""
import math

import torch
from torch import nn
import torch.nn.functional as F


class FlueModel(nn.Module):
    """Weekly fire-use log -> soot depth (mm) at the next sweep."""

    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.rnn = nn.GRU(n_in, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h.mean(1)).squeeze(-1)


class GradNormStopper:
    def __init__(self, patience=2, min_ratio=0.98):
        self.patience, self.min_ratio = patience, min_ratio
        self.best, self.bad = math.inf, 0

    def step(self, norm):
        if norm < self.best * self.min_ratio:
            self.best, self.bad = norm, 0
        else:
            self.bad += 1
        return self.bad >= self.patience


def validation_grad_norm(model, batch):
    """Norm of d(val loss)/d(head weight) at the current weights, dropout off.

    The last layer's gradient is a cheap proxy for the full one."""
    x, y = batch
    model.eval()
    loss = F.mse_loss(model(x), y)
    grads = torch.autograd.grad(loss, [model.head.weight, model.head.bias])
    model.train()
    return torch.sqrt(sum((g ** 2).sum() for g in grads)).item(), loss.item()


def flue_logs(n, batch=4, weeks=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    return [(x, x[:, :, 0].abs().sum(1) * 0.2)
            for x in (torch.randn(batch, weeks, 4, generator=g) for _ in range(n))]


def main():
    torch.manual_seed(8)
    model = FlueModel()
    opt = torch.optim.RMSprop(model.parameters(), lr=5e-3)
    train, val = flue_logs(4), flue_logs(1, seed=3)[0]
    stopper = GradNormStopper()
    for epoch in range(4):
        model.train()
        for x, y in train:
            opt.zero_grad()
            F.mse_loss(model(x), y).backward()
            opt.step()
        norm, vloss = validation_grad_norm(model, val)
        print(f"epoch {epoch} val={vloss:.4f} |g|={norm:.4f}")
        if stopper.step(norm):
            print("gradient norm flat; stopping")
            break


if __name__ == "__main__":
    main()
