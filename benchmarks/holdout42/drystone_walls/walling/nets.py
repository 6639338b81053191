import torch
from torch import nn

__all__ = ["CourseNet"]


class CourseNet(nn.Module):
    """Predict the stability of each course of a drystone wall from stone dimensions."""

    def __init__(self, hidden=8):
        super().__init__()
        self.embed = nn.Linear(4, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.score = nn.Linear(hidden, 1)

    def forward(self, stones):
        h, _ = self.gru(torch.tanh(self.embed(stones)))
        return self.score(h).squeeze(-1)
