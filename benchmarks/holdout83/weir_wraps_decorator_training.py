# expect: clean
"""Weir-gate flow model; an `inference` decorator built with functools.wraps is reused for a fine-tune hook."""
import functools

import torch
import torch.nn as nn


def inference(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.net.eval()
        return fn(self, *args, **kwargs)

    return wrapper


def training(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.net.train()
        return fn(self, *args, **kwargs)

    return wrapper


class WeirNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.GRU(3, 6, batch_first=True)
        self.lin = nn.Linear(6, 1)

    def forward(self, x):
        return self.lin(self.rnn(x)[0]).squeeze(-1)


class Gatekeeper:
    def __init__(self):
        self.net = WeirNet()
        self.opt = torch.optim.SGD(self.net.parameters(), lr=0.05)

    @inference
    def forecast(self, x):
        with torch.no_grad():
            return self.net(x)

    @training
    def adapt(self, x, y):
        loss = nn.functional.mse_loss(self.net(x), y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()
        return loss.item()


if __name__ == "__main__":
    torch.manual_seed(0)
    gk = Gatekeeper()
    x, y = torch.randn(2, 7, 3), torch.randn(2, 7)
    print(gk.forecast(x).shape, gk.adapt.__name__)
    print(gk.adapt(x, y))
