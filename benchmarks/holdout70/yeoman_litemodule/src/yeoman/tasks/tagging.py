import torch
from torch import nn

from ..core.module import LiteModule


class FurrowTagger(LiteModule):
    def __init__(self, n_in=5, hidden=8, n_tags=4):
        super().__init__()
        self.rnn = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, n_tags)
        self.n_tags = n_tags

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h)

    def _loss(self, batch):
        x, y = batch
        return nn.functional.cross_entropy(self(x).reshape(-1, self.n_tags), y.reshape(-1))

    def training_step(self, batch, batch_idx):
        return self._loss(batch)

    def validation_step(self, batch, batch_idx):
        return self._loss(batch)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
