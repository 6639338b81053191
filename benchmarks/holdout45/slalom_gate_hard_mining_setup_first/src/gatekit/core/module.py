"""A LightningModule-like wrapper: the module owns its steps, the trainer owns the loop."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class GateModule(nn.Module):
    """Canoe-slalom gate touches from paddle IMU: per-gate penalty (0 / 2 s / 50 s)."""

    def __init__(self, n_imu=6, hidden=10, n_classes=3, lr=5e-3):
        super().__init__()
        self.lr = lr
        self.encoder = nn.LSTM(n_imu, hidden, batch_first=True)
        self.classifier = nn.Linear(hidden, n_classes)

    def forward(self, imu):
        h, _ = self.encoder(imu)
        return self.classifier(h[:, -1])

    def training_step(self, batch):
        imu, penalty, weight = batch
        per_sample = F.cross_entropy(self(imu), penalty, reduction="none")
        return (per_sample * weight).sum() / weight.sum()

    def predict_step(self, batch):
        imu, penalty = batch[:2]
        return F.cross_entropy(self(imu), penalty, reduction="none")

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
