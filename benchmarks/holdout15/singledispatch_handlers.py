# expect: crash
"""Batches of different types routed with functools.singledispatch: an
`EvalBatch` handler switches the model to eval, a `TrainBatch` handler only
computes the loss and steps. A data stream that interleaves validation batches
with training batches leaves the model in eval mode for the next TrainBatch.
"""
from dataclasses import dataclass
from functools import singledispatch

import torch
import torch.nn as nn


@dataclass
class TrainBatch:
    x: torch.Tensor
    y: torch.Tensor


@dataclass
class EvalBatch:
    x: torch.Tensor
    y: torch.Tensor


class Ctx:
    def __init__(self):
        torch.manual_seed(0)
        self.rnn = nn.RNN(4, 8, batch_first=True, nonlinearity="relu")
        self.fc = nn.Linear(8, 2)
        self.params = list(self.rnn.parameters()) + list(self.fc.parameters())
        self.opt = torch.optim.SGD(self.params, lr=0.05)

    def forward(self, x):
        return self.fc(self.rnn(x)[0][:, -1])


@singledispatch
def handle(batch, ctx):
    raise TypeError(type(batch))


@handle.register
def _(batch: TrainBatch, ctx):
    ctx.opt.zero_grad()
    loss = nn.functional.cross_entropy(ctx.forward(batch.x), batch.y)
    loss.backward()  # TM001-here
    ctx.opt.step()
    return ("train", loss.item())


@handle.register
def _(batch: EvalBatch, ctx):
    ctx.rnn.eval()
    with torch.no_grad():
        return ("eval", (ctx.forward(batch.x).argmax(-1) == batch.y).float().mean().item())


ctx = Ctx()


def stream():
    for i in range(5):
        cls = EvalBatch if i == 2 else TrainBatch
        yield cls(torch.randn(4, 6, 4), torch.randint(0, 2, (4,)))


for b in stream():
    print(handle(b, ctx))
