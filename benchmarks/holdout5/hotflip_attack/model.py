import torch.nn as nn


class BiGRUSentiment(nn.Module):
    def __init__(self, vocab=50, emb=8, hidden=12):
        super().__init__()
        self.embedding = nn.Embedding(vocab, emb)
        self.encoder = nn.GRU(emb, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 2)

    def forward(self, ids):
        h, _ = self.encoder(self.embedding(ids))
        return self.out(h.max(1).values)
