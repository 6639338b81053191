# expect: crash
"""A service's `monitor()` is decorated to run in eval mode and "restore" the mode, but the decorator reads
the mode after switching it, so it restores eval. Monitor and update are called in one statement: a
train() before that statement runs before the monitor's eval; the fix goes in update(), before its forward."""
import functools

import torch
import torch.nn as nn


class Gauge(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(2, 6, batch_first=True)
        self.out = nn.Linear(6, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h[:, -1]).squeeze(-1)


def inference(fn):
    @functools.wraps(fn)
    def wrapper(self, *args, **kwargs):
        self.net.eval()
        was = self.net.training
        try:
            with torch.no_grad():
                return fn(self, *args, **kwargs)
        finally:
            self.net.train(was)
    return wrapper


class Service:
    def __init__(self, net):
        self.net = net
        self.opt = torch.optim.SGD(net.parameters(), lr=0.05)

    @inference
    def monitor(self, x):
        return self.net(x).mean().item()

    def update(self, x, y):
        loss = nn.functional.mse_loss(self.net(x), y)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        return loss.item()


service = Service(Gauge())
service.net.train()
for _ in range(2):
    x, y = torch.randn(4, 5, 2), torch.randn(4)
    print(service.monitor(x), service.update(x, y))
