import torch.nn as nn


class CorrectionTagger(nn.Module):
    def __init__(self, vocab, hidden):
        super().__init__()
        self.emb = nn.Embedding(vocab, hidden)
        self.gru = nn.GRU(hidden, hidden, batch_first=True)
        self.out = nn.Linear(hidden, vocab)

    def forward(self, typed):
        h, _ = self.gru(self.emb(typed))
        return self.out(h)
