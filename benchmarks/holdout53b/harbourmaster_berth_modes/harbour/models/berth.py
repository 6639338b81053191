import torch
import torch.nn as nn

from .registry import register


@register("berth_gru")
class BerthGRU(nn.Module):
    def __init__(self, hidden=8, n_in=4):
        super().__init__()
        self.gru = nn.GRU(n_in, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)
        self.log_temp = nn.Parameter(torch.zeros(()))

    def forward(self, x):
        h, _ = self.gru(x)
        return self.out(h[:, -1]).squeeze(-1) / self.log_temp.exp()
