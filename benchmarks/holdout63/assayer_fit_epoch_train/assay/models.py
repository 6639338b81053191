import torch
from torch import nn


class PurityNet(nn.Module):
    def __init__(self, feats, hidden):
        super().__init__()
        self.proj = nn.Linear(feats, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(torch.tanh(self.proj(x)))
        return torch.sigmoid(self.head(h[:, -1]))
