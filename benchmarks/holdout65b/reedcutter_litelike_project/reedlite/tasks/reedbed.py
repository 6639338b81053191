import torch
import torch.nn as nn
import torch.nn.functional as F

from reedlite.core import LiteModule


class ReedBedModule(LiteModule):
    """Forecasts next-week reed height in a cutting bed from weekly water levels."""

    def __init__(self, hid=12, lr=5e-3):
        super().__init__()
        self.lstm = nn.LSTM(2, hid, num_layers=2, batch_first=True, dropout=0.2)
        self.head = nn.Linear(hid, 1)
        self.lr = lr
        self.val_mae = []

    def forward(self, x):
        return self.head(self.lstm(x)[0][:, -1]).squeeze(-1)

    def training_step(self, batch, idx):
        x, y = batch
        return F.smooth_l1_loss(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        return (self(x) - y).abs().mean().item()

    def on_validation_epoch_end(self, outputs):
        self.val_mae.append(sum(outputs) / max(len(outputs), 1))

    def on_train_epoch_start(self):
        # reset the per-epoch metric store
        self.val_mae = self.val_mae[-3:]

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
