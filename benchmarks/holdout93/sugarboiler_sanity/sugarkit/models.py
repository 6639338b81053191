import torch
import torch.nn as nn


class SyrupGRU(nn.Module):
    """Predicts the brix reading at the end of a boil from temperature traces."""

    def __init__(self, n_in=3, hidden=8):
        super().__init__()
        self.proj = nn.Linear(n_in, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return self.head(h[:, -1]).squeeze(-1)
