import torch
from torch import nn


class StrokeEncoder(nn.Module):
    def __init__(self, dim):
        super().__init__()
        self.gru = nn.GRU(dim, dim, num_layers=2, dropout=0.1, batch_first=True)
        self.norm = nn.LayerNorm(dim)

    def forward(self, e):
        h, _ = self.gru(e)
        return self.norm(h)


class ShrinkageModel(nn.Module):
    def __init__(self, vocab, dim):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = StrokeEncoder(dim)
        self.head = nn.Linear(dim, 1)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.training = False
        return self

    def forward(self, tokens):
        return self.head(self.encoder(self.embed(tokens)).mean(1)).squeeze(-1)
