import torch
from torch import nn

from .decor import keeps_mode


class RouteLM(nn.Module):
    """Language model over street-lamp ids: which lamp does the lamplighter light next?"""

    def __init__(self, n_lamps=15, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(n_lamps, hidden)
        self.rnn = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_lamps)

    def forward(self, tok, h=None):
        o, h = self.rnn(self.emb(tok), h)
        return self.out(o), h

    @keeps_mode
    def sample(self, start, steps=5):
        self.eval()
        return self._greedy(start, steps)

    def _greedy(self, start, steps):
        tok, h, route = start, None, [start]
        for _ in range(steps):
            logits, h = self(tok, h)
            tok = logits[:, -1:].argmax(-1)
            route.append(tok)
        return torch.cat(route, 1)
