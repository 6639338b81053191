import torch.nn as nn


class RaceNet(nn.Module):
    """Token-coded sluice-gate events -> flow class."""

    def __init__(self, vocab, emb, hidden, n_classes):
        super().__init__()
        self.embed = nn.Embedding(vocab, emb)
        self.encoder = nn.LSTM(emb, hidden, batch_first=True)
        self.head = nn.Linear(hidden, n_classes)

    def encode(self, emb):
        h, _ = self.encoder(emb)
        return h[:, -1]

    def forward(self, tokens):
        return self.head(self.encode(self.embed(tokens)))
