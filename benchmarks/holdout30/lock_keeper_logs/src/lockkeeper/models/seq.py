import torch.nn as nn


class LockLogModel(nn.Module):
    """Predicts the minutes a lock chamber needs from a sequence of gate events."""

    def __init__(self, n_events=7, emb=6, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(n_events, emb)
        self.rnn = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.reg = nn.Linear(2 * hidden, 1)

    def forward(self, ev):
        h, _ = self.rnn(self.emb(ev))
        return self.reg(h.mean(1)).squeeze(-1)
