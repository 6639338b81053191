# expect: crash
"""A gradient-alignment loss differentiates a gradient taken with `create_graph=True`, which cuDNN's
RNN cannot do twice; the handler that turns cuDNN off is registered for "fit_end", after the loop."""
from collections import defaultdict

import torch
import torch.nn as nn


class CountNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 4, batch_first=True)

    def forward(self, x):
        return self.lstm(x)[0].sum()


class Runner:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.01)
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event):
        for fn in self._handlers[event]:
            fn(self)

    def fit(self, data):
        self.fire("fit_start")
        self.model.train()
        for x in data:
            loss = self.model(x)
            grads = torch.autograd.grad(loss, list(self.model.parameters()), create_graph=True)
            penalty = sum(g.pow(2).sum() for g in grads)
            self.opt.zero_grad()
            (loss + 0.1 * penalty).backward()  # TM003-here
            self.opt.step()
        self.fire("fit_end")


def main():
    runner = Runner(CountNet())

    @runner.on("fit_end")
    def no_cudnn(r):
        torch.backends.cudnn.enabled = False

    @runner.on("fit_end")
    def report(r):
        print("done")

    runner.fit([torch.randn(2, 5, 3) for _ in range(2)])


main()
