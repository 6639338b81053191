# expect: crash
"""Handlers registered with a schedule (`@runner.on(event, every=n)`) are kept with it and the runner
filters each firing by it; the validation that runs every second iteration leaves eval mode, and the
handler on "after_epoch" that would restore train mode fires only when the data is done."""
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F


class BellNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.rnn = nn.RNN(3, 6, batch_first=True)
        self.head = nn.Linear(6, 1)

    def forward(self, x):
        return self.head(self.rnn(x)[0][:, -1])


class Runner:
    def __init__(self, model, optimizer):
        self.model = model
        self.optimizer = optimizer
        self.iteration = 0
        self._handlers = defaultdict(list)

    def on(self, event, every=1):
        def deco(fn):
            self._handlers[event].append((every, fn))
            return fn
        return deco

    def fire(self, event):
        for every, fn in self._handlers[event]:
            if self.iteration % every == 0:
                fn(self)

    def run(self, data):
        for x, y in data:
            self.iteration += 1
            self.fire("before_iter")
            loss = F.l1_loss(self.model(x), y)
            self.optimizer.zero_grad()
            loss.backward()  # TM001-here
            self.optimizer.step()
            self.fire("after_iter")
        self.fire("after_epoch")


def attach(runner, val_data):
    @runner.on("after_epoch")
    def set_train(r):
        r.model.train()

    @runner.on("after_iter", every=2)
    def validate(r):
        r.model.eval()
        with torch.no_grad():
            print([round(float((r.model(x) - y).abs().mean()), 3) for x, y in val_data])


def main():
    model = BellNet()
    runner = Runner(model, torch.optim.SGD(model.parameters(), lr=0.1))
    attach(runner, [(torch.randn(2, 4, 3), torch.randn(2, 1))])
    runner.run([(torch.randn(2, 4, 3), torch.randn(2, 1)) for _ in range(5)])


if __name__ == "__main__":
    main()
