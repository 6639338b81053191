import torch
from torch import nn

from .registry import STAGES


class WheelNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(2, hidden, batch_first=True)  # head of water, gate opening
        self.out = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)


def ebb_data(n=8, t=10, seed=0):
    g = torch.Generator().manual_seed(seed)
    x = torch.rand(n, t, 2, generator=g)
    y = (x[..., 0] * x[..., 1]).sum(1) / t
    return x, y


class Pipeline:
    def __init__(self, members=2, hidden=8, seed=0):
        torch.manual_seed(seed)
        self.models = [WheelNet(hidden) for _ in range(members)]
        self.opts = [torch.optim.Adam(m.parameters(), lr=5e-3) for m in self.models]
        self.temperature = torch.ones(1)
        self.data = ebb_data

    def run(self, plan):
        for name, kwargs in plan:
            yield name, STAGES[name](**kwargs)(self)
