import torch
import torch.nn as nn
import torch.nn.functional as F

from ..core import TaskModule


def wall_sections(n, batch_size, length=10):
    x = torch.randn(n, length, 4).cumsum(1) * 0.1
    y = x[:, -1, :2].sum(-1)
    return list(zip(x.split(batch_size), y.split(batch_size)))


class BulgeTask(TaskModule):
    def __init__(self, n_gauges, hidden, lr):
        super().__init__()
        self.lr = lr
        self.rnn = nn.LSTM(n_gauges, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)
        self.val_mae = []

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.out(h[:, -1]).squeeze(-1)

    def training_step(self, batch):
        x, y = batch
        return F.mse_loss(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        pred = self(x)
        self.val_mae.append((pred - y).abs().mean().item())
        return F.mse_loss(pred, y).item()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)

    def on_validation_epoch_end(self):
        self.log("val_mae", sum(self.val_mae) / len(self.val_mae))
        self.val_mae.clear()
