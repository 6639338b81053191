import torch
import torch.nn.functional as F
from torch import nn


class PressureTask(nn.Module):
    """Hand-written LightningModule look-alike: the runner calls the *_step hooks."""

    def __init__(self, hidden=8):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, 3)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.cls(out[:, -1])

    def training_step(self, batch):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        logits = self(x)
        return {"loss": F.cross_entropy(logits, y), "acc": (logits.argmax(-1) == y).float().mean()}

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05, momentum=0.9)
