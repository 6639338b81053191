import torch
import torch.nn as nn
import torch.nn.functional as F


class SeatTask(nn.Module):
    """Pressure-sensor sequences -> saddle tree fit score."""

    def __init__(self, n_sensors=5, hidden=12):
        super().__init__()
        self.encoder = nn.LSTM(n_sensors, hidden, batch_first=True)
        self.regressor = nn.Linear(hidden, 1)

    def forward(self, x):
        out, (h, _) = self.encoder(x)
        return self.regressor(h[-1]).squeeze(-1)

    def training_step(self, batch):
        x, y = batch
        return F.mse_loss(self(x), y)

    def validation_step(self, batch):
        x, y = batch
        return F.l1_loss(self(x), y).item()

    def configure_optimizers(self, lr):
        return torch.optim.Adam(self.parameters(), lr=lr)
