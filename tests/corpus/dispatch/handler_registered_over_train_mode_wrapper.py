# expect: clean
"""An event runner keeps handlers registered with `@runner.on(event)`. The saliency handler is registered as
`@in_train_mode` made it: a functools.wraps wrapper that puts the runner's model in train mode for the call and
back after. The runner validates (eval) before firing, but the handler's backward runs in train mode."""
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


def in_train_mode(fn):
    @functools.wraps(fn)
    def wrapper(engine, *args, **kwargs):
        model = engine.model
        was_training = model.training
        model.train()
        try:
            return fn(engine, *args, **kwargs)
        finally:
            model.train(was_training)
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
    @in_train_mode
    def saliency(engine, x):
        x = x.clone().requires_grad_(True)
        engine.model(x).sum().backward()
        print("saliency", x.grad.abs().mean().item())

    runner.run(torch.randn(2, 3, 2))


main()
