import torch.nn as nn


class ShrinkNet(nn.Module):
    def __init__(self, in_dim=3, hidden=8, cell="GRU"):
        super().__init__()
        self.rnn = getattr(nn, cell)(in_dim, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        o, _ = self.rnn(x)
        return self.head(o[:, -1])
