import torch
from torch import nn


class CoatNet(nn.Module):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(2, hidden, batch_first=True, bidirectional=True)
        self.hours = nn.Linear(2 * hidden, 1)

    def forward(self, trace):
        h, _ = self.rnn(trace)
        return self.hours(h.mean(1)).squeeze(-1)

    @classmethod
    def pretrained(cls, hidden=8):
        net = cls(hidden)
        g = torch.Generator().manual_seed(0)
        with torch.no_grad():
            for p in net.parameters():
                p.copy_(torch.randn(p.shape, generator=g) * 0.1)
        return net
