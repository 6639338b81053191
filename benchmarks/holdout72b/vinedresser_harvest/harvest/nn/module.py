import torch
import torch.nn as nn
import torch.nn.functional as F


class HandModule(nn.Module):
    """A tiny imitation of a LightningModule: steps plus optimiser factory."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError


class YieldModule(HandModule):
    def __init__(self, hidden=8):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)

    def training_step(self, batch, idx):
        x, y = batch
        return F.mse_loss(self(x), y)

    def validation_step(self, batch, idx):
        x, y = batch
        return {"val_loss": F.mse_loss(self(x), y).item()}

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
