import torch.nn as nn


class GruTagger(nn.Module):
    def __init__(self, vocab=40, emb=6, hidden=10, tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.gru = nn.GRU(emb, hidden, batch_first=True)
        self.out = nn.Linear(hidden, tags)

    def forward(self, tokens):
        states, _ = self.gru(self.emb(tokens))
        return self.out(states)


class ConvTagger(nn.Module):
    def __init__(self, vocab=40, emb=6, hidden=10, tags=5):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.conv = nn.Conv1d(emb, hidden, 3, padding=1)
        self.out = nn.Linear(hidden, tags)

    def forward(self, tokens):
        return self.out(self.conv(self.emb(tokens).transpose(1, 2)).transpose(1, 2))
