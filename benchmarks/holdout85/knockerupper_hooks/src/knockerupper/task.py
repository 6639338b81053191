import torch
from torch import nn


class RoundModel(nn.Module):
    def __init__(self, n_windows=6, hidden=10):
        super().__init__()
        self.embed = nn.Embedding(n_windows, 8)
        self.gru = nn.GRU(8, hidden, batch_first=True)
        self.out = nn.Linear(hidden, n_windows)

    def forward(self, seq):
        h, _ = self.gru(self.embed(seq))
        return self.out(h)


class RoundTask:
    def __init__(self, n_windows=6):
        self.model = RoundModel(n_windows)
        self.n_windows = n_windows

    def _loss(self, batch):
        seq = batch
        logits = self.model(seq[:, :-1])
        return nn.functional.cross_entropy(logits.reshape(-1, self.n_windows), seq[:, 1:].reshape(-1))

    def training_step(self, batch):
        return self._loss(batch)

    def validation_step(self, batch):
        return self._loss(batch).item()
