import torch
from torch import nn
import torch.nn.functional as F

from ..framework import LitModule


class CrossingDelayTask(LitModule):
    def __init__(self, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(3, hidden, batch_first=True)
        self.out = nn.Linear(hidden, 1)
        self._val_losses = []

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.out(h[:, -1])

    def training_step(self, batch, step):
        x, y = batch
        return F.mse_loss(self(x), y)

    def validation_step(self, batch, step):
        x, y = batch
        self._val_losses.append(F.mse_loss(self(x), y).item())

    def on_validation_end(self):
        # report the mean and reset; the base hook is not called
        self.log("val_mse", sum(self._val_losses) / len(self._val_losses))
        self._val_losses.clear()

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)
