import torch
from torch import nn

from ..core import LitModule


class RefillTask(LitModule):
    """Predicts days until a prescription refill from the dispensing history."""

    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.LSTM(4, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        self.val_losses = []

    def forward(self, history):
        h, _ = self.rnn(history)
        return self.head(h[:, -1]).squeeze(-1)

    def training_step(self, batch):
        x, y = batch
        loss = nn.functional.smooth_l1_loss(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch):
        x, y = batch
        self.val_losses.append(nn.functional.smooth_l1_loss(self(x), y).item())

    def on_validation_end(self):
        self.log("val_loss", sum(self.val_losses) / len(self.val_losses))
        self.val_losses.clear()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
