import torch.nn as nn


class BlazonTagger(nn.Module):
    def __init__(self, vocab, dim, hidden, tags):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.enc_norm = nn.BatchNorm1d(dim)
        self.encoder = nn.LSTM(dim, hidden, batch_first=True)
        self.tagger = nn.Linear(hidden, tags)

    def forward(self, tokens):
        e = self.embed(tokens)
        e = self.enc_norm(e.transpose(1, 2)).transpose(1, 2)
        h, _ = self.encoder(e)
        return self.tagger(h)
