import torch.nn as nn


class MultiSourceEncoder(nn.Module):
    """One recurrent encoder per source language, chosen at run time by key."""

    def __init__(self, langs=("en", "de"), dim=8, hidden=12):
        super().__init__()
        self.embed = nn.ModuleDict({l: nn.Embedding(30, dim) for l in langs})
        self.rnn = nn.ModuleDict({l: nn.GRU(dim, hidden, batch_first=True) for l in langs})
        self.out = nn.Linear(hidden, 30)

    def forward(self, lang, ids):
        h, _ = self.rnn[lang](self.embed[lang](ids))
        return self.out(h)
