import torch
import torch.nn as nn

from .decay import InputDecay, deltas


class GRUD(nn.Module):
    def __init__(self, d, hidden, x_mean):
        super().__init__()
        self.decay = InputDecay(d, x_mean)
        self.gru = nn.GRU(3 * d, hidden, batch_first=True)
        self.drop = nn.Dropout(0.2)
        self.out = nn.Linear(hidden, d)

    def forward(self, x, mask):
        delta = deltas(mask)
        xd = self.decay(x, mask, delta)
        h, _ = self.gru(torch.cat([xd, mask, delta], -1))
        return self.out(self.drop(h))          # prediction of x[t+1]
