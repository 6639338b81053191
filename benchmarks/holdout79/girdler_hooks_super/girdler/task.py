import torch
from torch import nn


class BeltNet(nn.Module):
    def __init__(self, n_feat, hidden, n_cls):
        super().__init__()
        self.gru = nn.GRU(n_feat, hidden, batch_first=True)
        self.drop = nn.Dropout(0.1)
        self.out = nn.Linear(hidden, n_cls)

    def forward(self, x):
        _, h = self.gru(x)
        return self.out(self.drop(h[-1]))


class BeltTask:
    def __init__(self, n_feat, hidden, n_cls, seq=6, batch=4):
        self.model = BeltNet(n_feat, hidden, n_cls)
        self.n_feat, self.n_cls, self.seq, self.batch = n_feat, n_cls, seq, batch
        self.crit = nn.CrossEntropyLoss()

    def _batch(self):
        return torch.randn(self.batch, self.seq, self.n_feat), torch.randint(0, self.n_cls, (self.batch,))

    def train_batches(self, n=7):
        for _ in range(n):
            yield self._batch()

    def val_batch(self):
        return self._batch()

    def training_step(self, x, y):
        return self.crit(self.model(x), y)

    def validation_step(self, x, y):
        pred = self.model(x).argmax(-1)
        return {"acc": (pred == y).float().mean().item()}
