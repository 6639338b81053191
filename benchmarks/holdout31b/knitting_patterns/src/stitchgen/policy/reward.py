import torch
import torch.nn as nn

from ..vocab import DELTA, STITCHES, V


class Knittability(nn.Module):
    """Frozen GRU critic; here its weights are replaced by a hand-written rule."""

    def __init__(self, hidden=8):
        super().__init__()
        self.emb = nn.Embedding(V, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        self.register_buffer("delta", torch.tensor([float(DELTA[s]) for s in STITCHES]))

    def freeze(self):
        for p in self.parameters():
            p.requires_grad_(False)
        return self.eval()

    def forward(self, seq):
        h, _ = self.gru(self.emb(seq))
        learned = torch.tanh(self.head(h[:, -1])).squeeze(-1)
        balance = -self.delta[seq].sum(1).abs()
        return balance + 0.1 * learned
