import torch
import torch.nn as nn


class PairScorer(nn.Module):
    """PLDA-like learned similarity between two segment embeddings."""

    def __init__(self, dim=6):
        super().__init__()
        self.W = nn.Linear(dim, dim, bias=False)
        self.b = nn.Parameter(torch.zeros(()))

    def forward(self, a, b):
        return (self.W(a) * b).sum(-1) + self.b
