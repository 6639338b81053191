import torch.nn as nn
import torch.nn.functional as F

from .core import HandModule


class WickBurnTask(HandModule):
    """Classifies wick burn traces into clean / mushrooming / tunnelling."""

    def __init__(self, hidden=12):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)
        self.val_losses = []

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out.mean(1))

    def training_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def on_validation_end(self):
        self.val_losses.append(len(self.val_losses))
