# expect: crash
"""An event runner keeps handlers registered with `@runner.on(event)`. The saliency handler sits over a
logging wrapper that leaves the mode alone, so it runs in the eval mode the runner's validation left."""
import functools
from collections import defaultdict

import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.LSTM(2, 4, batch_first=True)

    def forward(self, x):
        return self.rnn(x)[0].sum(-1).mean(-1)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(engine, *args, **kwargs):
        print("handler", fn.__name__, "in", "train" if engine.model.training else "eval", "mode")
        return fn(engine, *args, **kwargs)
    return wrapper


class Runner:
    def __init__(self, model):
        self.model = model
        self._handlers = defaultdict(list)

    def on(self, event):
        def register(fn):
            self._handlers[event].append(fn)
            return fn
        return register

    def fire(self, event, *args):
        for fn in self._handlers[event]:
            fn(self, *args)

    def run(self, x, epochs=2):
        for _ in range(epochs):
            self.model.eval()
            with torch.no_grad():
                print("score", self.model(x).mean().item())
            self.fire("validated", x)


def main():
    runner = Runner(Net())

    @runner.on("validated")
    @logged
    def saliency(engine, x):
        x = x.clone().requires_grad_(True)
        engine.model(x).sum().backward()  # TM001-here
        print("saliency", x.grad.abs().mean().item())

    runner.run(torch.randn(2, 3, 2))


main()
