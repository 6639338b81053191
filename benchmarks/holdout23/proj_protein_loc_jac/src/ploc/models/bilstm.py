import torch
import torch.nn as nn


class LocBiLSTM(nn.Module):
    def __init__(self, n_aa, emb, hidden, n_loc):
        super().__init__()
        self.embed = nn.Embedding(n_aa, emb)
        self.lstm = nn.LSTM(emb, hidden, batch_first=True, bidirectional=True)
        self.attn = nn.Linear(2 * hidden, 1)
        self.out = nn.Linear(2 * hidden, n_loc)

    def from_embeddings(self, e):
        h, _ = self.lstm(e)
        w = torch.softmax(self.attn(h), dim=1)
        return self.out((w * h).sum(1))

    def forward(self, seqs):
        return self.from_embeddings(self.embed(seqs))
