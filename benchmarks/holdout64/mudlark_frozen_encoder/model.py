import torch
from torch import nn


class FindDater(nn.Module):
    """Dates foreshore finds from a token sequence of material/glaze codes.

    The BiLSTM encoder is pretrained and frozen; train() keeps frozen parts in eval
    so their dropout stays off.
    """

    frozen = ("encoder",)

    def __init__(self, vocab=20, hidden=8, n_periods=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.encoder = nn.LSTM(hidden, hidden, num_layers=2, dropout=0.1,
                               bidirectional=True, batch_first=True)
        self.head = nn.Linear(2 * hidden, n_periods)
        for name in self.frozen:
            getattr(self, name).requires_grad_(False)

    def train(self, mode=True):
        super().train(mode)
        for name, child in self.named_children():
            if name in self.frozen:
                child.eval()
        return self

    def forward(self, tok):
        h, _ = self.encoder(self.emb(tok))
        return self.head(h.mean(1))
