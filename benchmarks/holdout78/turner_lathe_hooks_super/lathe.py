import torch
from torch import nn

from trainer import BaseTrainer


class SpindleLSTM(nn.Module):
    """Predicts spindle vibration amplitude for a wood lathe pass."""

    def __init__(self, n_in=5, hidden=10):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out[:, -1])


class LatheTrainer(BaseTrainer):
    """Validates at the start of each epoch (for an early warning plot)."""

    def on_epoch_start(self, epoch):
        if epoch > 0:
            self.validate()

    def on_validation_end(self, val_loss):
        self.metrics.setdefault("val_curve", []).append(round(val_loss, 4))
        super().on_validation_end(val_loss)
