import torch.nn as nn


class StrandEncoder(nn.Module):
    def __init__(self, dim=8):
        super().__init__()
        self.gru = nn.GRU(dim, dim, batch_first=True)

    def forward(self, e):
        return self.gru(e)[0][:, -1]


class StrandClassifier(nn.Module):
    """Rope-walk twist defects from a tokenised tension log; the encoder stays frozen and in eval."""

    def __init__(self, vocab=20, dim=8, n_cls=3):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.encoder = StrandEncoder(dim)
        self.head = nn.Linear(dim, n_cls)

    def train(self, mode=True):
        super().train(mode)
        self.encoder.eval()
        return self

    def forward(self, tokens):
        return self.head(self.encoder(self.embed(tokens)))
