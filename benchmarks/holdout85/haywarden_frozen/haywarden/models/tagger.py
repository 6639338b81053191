import torch
from torch import nn


class HedgeTagger(nn.Module):
    """Tags each metre of a hedge survey (gap / stock-proof / needs laying)."""

    def __init__(self, vocab=20, emb=8, hidden=8, n_tags=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, batch_first=True)
        self.tagger = nn.Linear(hidden, n_tags)
        self.frozen = set()

    def freeze(self, *names):
        for name in names:
            getattr(self, name).requires_grad_(False)
            self.frozen.add(name)
        return self

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.frozen:
                child.eval()
        return self

    def forward(self, tokens):
        h, _ = self.encoder(self.embed(tokens))
        return self.tagger(h)
