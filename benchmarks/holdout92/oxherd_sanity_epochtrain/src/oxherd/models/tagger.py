import torch
from torch import nn


class YokeTagger(nn.Module):
    """Tags each step of a draught-ox gait trace."""

    def __init__(self, n_feat=6, hidden=8, n_tags=3):
        super().__init__()
        self.proj = nn.Linear(n_feat, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_tags)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.out(h)
