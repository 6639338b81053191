# expect: crash
"""Keystroke-dynamics user verification; a mixed stream of train/eval batches dispatched by type."""
from dataclasses import dataclass
from functools import singledispatchmethod

import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(50)


@dataclass
class TrainBatch:
    timings: torch.Tensor
    user: torch.Tensor


@dataclass
class EvalBatch:
    timings: torch.Tensor
    user: torch.Tensor


class TypingNet(nn.Module):
    def __init__(self, feats=3, hidden=10, users=4):
        super().__init__()
        self.lstm = nn.LSTM(feats, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, users)

    def forward(self, t):
        return self.cls(self.lstm(t)[0][:, -1])


class Handler:
    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.Adam(model.parameters(), lr=1e-3)
        self.log = []

    @singledispatchmethod
    def handle(self, batch):
        raise TypeError(type(batch))

    @handle.register
    def _(self, batch: TrainBatch):
        loss = F.cross_entropy(self.model(batch.timings), batch.user)
        self.opt.zero_grad()
        loss.backward()  # TM001-here
        self.opt.step()
        self.log.append(("train", loss.item()))

    @handle.register
    def _(self, batch: EvalBatch):
        self.model.eval()
        with torch.no_grad():
            acc = (self.model(batch.timings).argmax(-1) == batch.user).float().mean().item()
        self.log.append(("eval", acc))


def stream():
    for i in range(6):
        kind = EvalBatch if i % 3 == 2 else TrainBatch  # dwell/flight/latency per key press
        yield kind(torch.rand(4, 12, 3), torch.randint(0, 4, (4,)))


h = Handler(TypingNet())
h.model.train()
for b in stream():
    h.handle(b)
print(h.log)
