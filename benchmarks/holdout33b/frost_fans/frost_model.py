import torch
from torch import nn
from torch.nn import functional as F

from frostlight import FrostModule


class FanScheduler(FrostModule):
    """Predicts whether the frost fans must start within the next hour (LSTM over sensor readings)."""

    def __init__(self, n_sensors=4, hidden=8):
        super().__init__()
        self.encoder = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, 2)

    def forward(self, x):
        out, (h, _) = self.encoder(x)
        return self.classifier(h[-1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        acc = (self(x).argmax(-1) == y).float().mean()
        self.log("val_acc", acc)

    def on_validation_epoch_end(self):
        # preview tomorrow-night's forecast while still in eval mode
        self.eval()
        with torch.no_grad():
            preview = self(torch.randn(1, 6, 4)).softmax(-1)[0, 1]
        self.log("fan_start_prob", preview)
