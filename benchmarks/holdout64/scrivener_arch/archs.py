import torch
from torch import nn


class GRUScribe(nn.Module):
    def __init__(self, vocab=16, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 2)

    def forward(self, tok):
        h, _ = self.rnn(self.emb(tok))
        return self.out(h[:, -1])


class CellScribe(nn.Module):
    def __init__(self, vocab=16, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.cell = nn.GRUCell(hidden, hidden)
        self.out = nn.Linear(hidden, 2)

    def forward(self, tok):
        e = self.emb(tok)
        h = e.new_zeros(e.size(0), self.cell.hidden_size)
        for t in range(e.size(1)):
            h = self.cell(e[:, t], h)
        return self.out(h)
