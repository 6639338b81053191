import torch
import torch.nn as nn


class StanceModel(nn.Module):
    def __init__(self, vocab=60, emb=8, hidden=10):
        super().__init__()
        self.emb = nn.Embedding(vocab, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.att = nn.Linear(2 * hidden, 1)
        self.out = nn.Linear(2 * hidden, 3)

    def forward(self, ids):
        h, _ = self.lstm(self.emb(ids))
        w = torch.softmax(self.att(h), 1)
        return self.out((w * h).sum(1))
