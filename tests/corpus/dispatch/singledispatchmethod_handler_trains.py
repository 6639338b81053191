# expect: clean
"""singledispatchmethod_handler with a training implementation that puts the model back in training mode
first: whichever batch came before, its backward runs through the LSTM in train mode."""
from dataclasses import dataclass
from functools import singledispatchmethod

import torch
import torch.nn as nn
import torch.nn.functional as F


@dataclass
class TrainBatch:
    x: torch.Tensor
    y: torch.Tensor


@dataclass
class EvalBatch:
    x: torch.Tensor
    y: torch.Tensor


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(3, 8, batch_first=True)
        self.cls = nn.Linear(8, 4)

    def forward(self, x):
        return self.cls(self.lstm(x)[0][:, -1])


class Handler:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.SGD(model.parameters(), lr=0.1)

    @singledispatchmethod
    def handle(self, batch):
        raise TypeError(type(batch))

    @handle.register
    def _(self, batch: TrainBatch):
        self.model.train()
        loss = F.cross_entropy(self.model(batch.x), batch.y)
        self.opt.zero_grad()
        loss.backward()
        self.opt.step()

    @handle.register
    def _(self, batch: EvalBatch):
        self.model.eval()
        with torch.no_grad():
            print("acc", (self.model(batch.x).argmax(-1) == batch.y).float().mean().item())


def stream():
    for i in range(4):
        kind = EvalBatch if i % 2 == 0 else TrainBatch
        yield kind(torch.rand(2, 5, 3), torch.randint(0, 4, (2,)))


torch.manual_seed(0)
handler = Handler(Net())
handler.model.train()
for batch in stream():
    handler.handle(batch)
