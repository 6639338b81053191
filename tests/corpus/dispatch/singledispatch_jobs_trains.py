# expect: clean
"""A worker handles a queue of jobs with `functools.singledispatch`: the implementation for a `Score` job puts
the shared LSTM in eval mode, and the `Fit` job puts it back in training mode before it trains."""
from dataclasses import dataclass
from functools import singledispatch

import torch
import torch.nn as nn


@dataclass
class Fit:
    steps: int


@dataclass
class Score:
    batches: int


class Worker:
    def __init__(self):
        self.lstm = nn.LSTM(4, 6, batch_first=True)
        self.out = nn.Linear(6, 1)
        self.opt = torch.optim.SGD(list(self.lstm.parameters()) + list(self.out.parameters()), lr=0.05)

    def predict(self, x):
        return self.out(self.lstm(x)[0][:, -1])


@singledispatch
def handle(job, worker):
    raise TypeError(job)


@handle.register
def _(job: Fit, worker):
    worker.lstm.train()
    for _ in range(job.steps):
        loss = worker.predict(torch.randn(3, 5, 4)).pow(2).mean()
        worker.opt.zero_grad()
        loss.backward()
        worker.opt.step()


@handle.register
def _(job: Score, worker):
    worker.lstm.eval()
    with torch.no_grad():
        for _ in range(job.batches):
            worker.predict(torch.randn(3, 5, 4))


worker = Worker()
for job in [Fit(1), Score(2), Fit(1)]:
    handle(job, worker)
