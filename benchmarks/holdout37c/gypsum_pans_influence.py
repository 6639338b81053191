# expect: clean
"""Gypsum evaporation pans: which brine readings pull the LSTM the hardest?

Per-reading gradient norms via torch.func, used to down-weight outliers in the
next optimiser step.  The torch.func pass is run with cuDNN switched off,
because the fused RNN kernels have no functorch support.
"""
import random

import torch
import torch.nn as nn
from torch.func import functional_call, grad


class BrineModel(nn.Module):
    def __init__(self, n_in=4, hidden=6):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, (h, _) = self.lstm(x)
        return self.head(h[-1]).squeeze(-1)


def readings(n, t=7):
    x = torch.rand(n, t, 4)
    y = x[:, :, 0].mean(1) * 2 - x[:, :, 3].mean(1)
    return x, y


def one_loss(params, model, x, y):
    return (functional_call(model, params, (x[None],))[0] - y) ** 2


def reading_weights(model, x, y, temp=1.0):
    params = {n: p.detach() for n, p in model.named_parameters()}
    dloss = grad(one_loss)
    norms = []
    with torch.backends.cudnn.flags(enabled=False):
        for xi, yi in zip(x, y):
            g = dloss(params, model, xi, yi)
            norms.append(sum(v.pow(2).sum() for v in g.values()).sqrt())
    norms = torch.stack(norms)
    return torch.softmax(-norms / temp, 0) * len(norms)


def train(epochs=3):
    torch.manual_seed(11)
    random.seed(11)
    model = BrineModel()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    x, y = readings(6)
    for ep in range(epochs):
        model.train()
        w = reading_weights(model, x, y)
        loss = (w * (model(x) - y) ** 2).mean()
        opt.zero_grad()
        loss.backward()
        opt.step()
        print(f"epoch {ep}: weighted mse {loss.item():.4f} min weight {w.min().item():.2f}")
    return model


if __name__ == "__main__":
    train()
