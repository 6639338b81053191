# expect: crash
"""Ratcatcher's trap-yield forecaster: restore a pretrained model, then adapt it
to a new parish with a few gradient steps."""
import io
from dataclasses import dataclass, field

import torch
from torch import nn


class TrapYieldRNN(nn.Module):
    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h).squeeze(-1)

    @classmethod
    def from_buffer(cls, buf, **kw):
        model = cls(**kw)
        model.load_state_dict(torch.load(buf))
        return model.eval()


@dataclass
class ParishData:
    weeks: int = 6
    traps: int = 4
    seed: int = 0

    def sample(self):
        g = torch.Generator().manual_seed(self.seed)
        x = torch.rand(self.traps, self.weeks, 3, generator=g)
        return x, x.sum(-1) * 0.3


@dataclass
class Adapter:
    model: nn.Module
    data: ParishData = field(default_factory=ParishData)
    steps: int = 3
    lr: float = 0.02

    def adapt(self):
        opt = torch.optim.SGD(self.model.parameters(), lr=self.lr)
        x, y = self.data.sample()
        for _ in range(self.steps):
            opt.zero_grad()
            loss = ((self.model(x) - y) ** 2).mean()
            loss.backward()  # TM001-here
            opt.step()
        return loss.item()


@dataclass
class Job:
    adapter: Adapter
    parish: str


def pretrained_buffer():
    buf = io.BytesIO()
    torch.save(TrapYieldRNN().state_dict(), buf)
    buf.seek(0)
    return buf


if __name__ == "__main__":
    torch.manual_seed(1)
    model = TrapYieldRNN.from_buffer(pretrained_buffer())
    jobs = [Job(Adapter(model, ParishData(seed=i)), name) for i, name in enumerate(["Ashby", "Barrow"])]
    for job in jobs:
        print(job.parish, round(job.adapter.adapt(), 4))
