import torch
import torch.nn as nn


class AWDLSTMEncoder(nn.Module):
    def __init__(self, vocab=40, emb=8, hidden=12):
        super().__init__()
        self.encoder = nn.Embedding(vocab, emb)
        self.rnns = nn.ModuleList([nn.LSTM(emb, hidden, batch_first=True), nn.LSTM(hidden, emb, batch_first=True)])

    def forward(self, x):
        h = self.encoder(x)
        for rnn in self.rnns:
            h, _ = rnn(h)
        return h


class PoolingClassifier(nn.Module):
    def __init__(self, dim=8, n_classes=3):
        super().__init__()
        self.layers = nn.Sequential(nn.BatchNorm1d(3 * dim), nn.Dropout(0.2), nn.Linear(3 * dim, n_classes))

    def forward(self, h):
        pooled = torch.cat([h[:, -1], h.max(1).values, h.mean(1)], 1)
        return self.layers(pooled)
