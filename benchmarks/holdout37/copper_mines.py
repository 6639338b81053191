# expect: clean
"""Pump-shaft water level forecaster for a copper mine, with gradient-norm early stopping.

After each epoch the model is checked on held-out shifts in eval mode; the gradient norm of the
output layer on that data is the stopping signal (a flat head means nothing more to learn).
"""
import torch
from torch import nn


class ShaftModel(nn.Module):
    def __init__(self, n_in=4, hidden=10):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)


class GradNormStopper:
    def __init__(self, patience=2, tol=1e-3):
        self.patience = patience
        self.tol = tol
        self.bad = 0
        self.best = float("inf")

    def signal(self, model, x, y):
        model.eval()
        loss = nn.functional.mse_loss(model(x), y)
        (g,) = torch.autograd.grad(loss, model.head.weight)
        return float(g.norm())

    def should_stop(self, value):
        if value < self.best - self.tol:
            self.best, self.bad = value, 0
        else:
            self.bad += 1
        return self.bad >= self.patience


def shifts(n, seed):
    g = torch.Generator().manual_seed(seed)
    x = torch.randn(n, 8, 4, generator=g)
    return x, x[:, -1, :2].sum(1)


def main():
    torch.manual_seed(0)
    model = ShaftModel()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    stopper = GradNormStopper()
    xt, yt = shifts(8, 1)
    xv, yv = shifts(4, 2)
    for epoch in range(6):
        model.train()
        loss = nn.functional.mse_loss(model(xt), yt)
        opt.zero_grad()
        loss.backward()
        opt.step()
        gn = stopper.signal(model, xv, yv)
        print(f"epoch {epoch} loss {loss.item():.4f} head-grad {gn:.4f}")
        if stopper.should_stop(gn):
            break


if __name__ == "__main__":
    main()
