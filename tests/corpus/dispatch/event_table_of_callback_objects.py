# expect: crash
"""A loop keeps its callback objects in a table keyed by event (`self._callbacks[event].append(cb)`) and fires an
event by calling the method of that name on each (`getattr(cb, event)(self)`); the probe registered for
"epoch_end" leaves the model in eval mode and nothing registered for "epoch_start" trains it again."""
from collections import defaultdict

import torch
import torch.nn as nn
import torch.nn.functional as F


class Tagger(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 10, batch_first=True)
        self.out = nn.Linear(10, 3)

    def forward(self, x):
        return self.out(self.gru(x)[0][:, -1])


class Loop:
    def __init__(self, model, batches):
        self.model, self.batches = model, batches
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-2)
        self._callbacks = defaultdict(list)

    def add(self, event, callback):
        self._callbacks[event].append(callback)

    def fire(self, event):
        for callback in self._callbacks[event]:
            getattr(callback, event)(self)

    def run(self, epochs):
        self.model.train()
        for _ in range(epochs):
            self.fire("epoch_start")
            for x, y in self.batches:
                loss = F.cross_entropy(self.model(x), y)
                self.opt.zero_grad()
                loss.backward()  # TM001-here
                self.opt.step()
            self.fire("epoch_end")


class Probe:
    def __init__(self, x):
        self.x, self.seen = x, []

    def epoch_end(self, loop):
        loop.model.eval()
        with torch.no_grad():
            self.seen.append(loop.model(self.x).argmax(-1).tolist())


class Timer:
    def epoch_start(self, loop):
        self.lap = len(loop.batches)


torch.manual_seed(0)
loop = Loop(Tagger(), [(torch.randn(4, 6, 5), torch.randint(0, 3, (4,))) for _ in range(2)])
loop.add("epoch_start", Timer())
loop.add("epoch_end", Probe(torch.randn(2, 6, 5)))
loop.run(epochs=2)
