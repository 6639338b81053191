import torch
import torch.nn as nn
import torch.nn.functional as F

from .core.module import TaskModule


class CounterweightTask(TaskModule):
    def __init__(self, hidden=8, lr=1e-3):
        super().__init__()
        self.lr = lr
        self.encoder = nn.LSTM(4, hidden, batch_first=True, bidirectional=True)
        self.regressor = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.encoder(x)
        return self.regressor(h[:, -1]).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.mse_loss(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_loss", F.mse_loss(self(x), y).item())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
