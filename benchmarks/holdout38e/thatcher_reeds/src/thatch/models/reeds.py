"""The reed-bundle classifier as a BaseModule."""
import torch
import torch.nn as nn
import torch.nn.functional as F

from ..core.module import BaseModule


class ReedModule(BaseModule):
    def __init__(self, hidden=8, n_grades=3):
        super().__init__()
        self.lstm = nn.LSTM(2, hidden, batch_first=True)
        self.cls = nn.Linear(hidden, n_grades)

    def forward(self, x):
        _, (h, _) = self.lstm(x)
        return self.cls(h[-1])

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.cross_entropy(self(x), y)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val_acc", (self(x).argmax(-1) == y).float().mean())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)


def reed_loader(n, batch=4, steps=7):
    out = []
    for _ in range(n):
        x = torch.rand(batch, steps, 2)
        y = (x[..., 0].mean(1) * 3).long().clamp(max=2)
        out.append((x, y))
    return out
