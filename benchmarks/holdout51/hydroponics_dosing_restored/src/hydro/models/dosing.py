import torch
import torch.nn as nn
import torch.nn.functional as F


class DosingTask(nn.Module):
    def __init__(self, sensors, hidden, targets, lr=1e-3):
        super().__init__()
        self.lr = lr
        self.norm = nn.LayerNorm(sensors)
        self.gru = nn.GRU(sensors, hidden, batch_first=True)
        self.head = nn.Linear(hidden, targets)

    def forward(self, x):
        out, _ = self.gru(self.norm(x))
        return self.head(out[:, -1])

    def training_step(self, batch):
        x, y = batch
        return F.smooth_l1_loss(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return (self(x) - y).abs().mean().item()

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
