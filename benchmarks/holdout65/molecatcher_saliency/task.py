import torch
import torch.nn as nn
import torch.nn.functional as F

from molelight import LightModule


class BurrowTask(LightModule):
    def __init__(self, channels, hidden, classes):
        super().__init__()
        self.rnn = nn.LSTM(channels, hidden, batch_first=True, bidirectional=True)
        self.cls = nn.Linear(2 * hidden, classes)
        g = torch.Generator().manual_seed(7)
        self._x = torch.randn(12, 10, channels, generator=g)
        self._y = torch.randint(0, classes, (12,), generator=g)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.cls(h.mean(1))

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=0.01)

    def train_dataloader(self):
        return [(self._x[i:i + 4], self._y[i:i + 4]) for i in range(0, 8, 4)]

    def val_dataloader(self):
        return [(self._x[8:], self._y[8:])]
