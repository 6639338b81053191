# expect: crash
"""Millwright sail-speed regressor: keep a deep copy of the best model and resume training from it."""
import copy

import torch
from torch import nn


class SailNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, batch_first=True, nonlinearity="relu")
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def fit_steps(model, n):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    for _ in range(n):
        x, y = torch.randn(4, 5, 3), torch.randn(4)
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()  # TM001-here
        opt.step()


def val_loss(model, x, y):
    model.eval()
    with torch.no_grad():
        return nn.functional.mse_loss(model(x), y).item()


def main():
    torch.manual_seed(5)
    vx, vy = torch.randn(4, 5, 3), torch.randn(4)
    model, best, best_model = SailNet(), float("inf"), None
    for rnd in range(2):
        model.train()
        fit_steps(model, 2)
        v = val_loss(model, vx, vy)
        if v < best:
            best, best_model = v, copy.deepcopy(model)
    model = best_model
    fit_steps(model, 2)
    print("done", round(best, 3))


if __name__ == "__main__":
    main()
