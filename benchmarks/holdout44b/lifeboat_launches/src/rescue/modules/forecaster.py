import torch
import torch.nn as nn
import torch.nn.functional as F

from ..engine.module import LitBase


class LaunchForecaster(LitBase):
    def __init__(self, feats, hidden):
        super().__init__()
        self.encoder = nn.LSTM(feats, hidden, batch_first=True, bidirectional=True)
        self.head = nn.Linear(2 * hidden, 1)
        self.epoch_losses = []

    def forward(self, x):
        out, _ = self.encoder(x)
        return self.head(out.mean(1)).squeeze(-1)

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=3e-3)

    def on_train_epoch_start(self):
        self.epoch_losses = []

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.binary_cross_entropy_with_logits(self(x), y)
        self.epoch_losses.append(loss.detach())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return F.binary_cross_entropy_with_logits(self(x), y)
