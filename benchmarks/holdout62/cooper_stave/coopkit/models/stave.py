import torch
import torch.nn as nn


class StaveModel(nn.Module):
    """Predicts barrel leak risk from a sequence of stave moisture readings."""

    def __init__(self, n_in=4, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.head(h[:, -1]).squeeze(-1)

    def training_step(self, batch):
        x, y = batch
        return nn.functional.binary_cross_entropy_with_logits(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return nn.functional.binary_cross_entropy_with_logits(self(x), y).item()
