import torch
from torch import nn


class CircuitTagger(nn.Module):
    """Tags each sample of a current trace as normal / overload / short."""

    def __init__(self, n_features=3, hidden=8, n_classes=3):
        super().__init__()
        self.proj = nn.Linear(n_features, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def forward(self, x):
        h, _ = self.rnn(torch.relu(self.proj(x)))
        return self.head(h)
