import torch
import torch.nn as nn
import torch.nn.functional as F


class LitBase(nn.Module):
    """Just enough of the LightningModule surface for MiniTrainer."""

    def __init__(self):
        super().__init__()
        self.trainer = None

    def log(self, name, value):
        if self.trainer is not None:
            self.trainer.logged[name] = float(value)

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError


class ContourModule(LitBase):
    def __init__(self, hidden, lr):
        super().__init__()
        self.lr = lr
        self.gru = nn.GRU(2, hidden, num_layers=2, dropout=0.1, batch_first=True)
        self.height = nn.Linear(hidden, 1)

    def forward(self, xy):
        h, _ = self.gru(xy)
        return self.height(h).squeeze(-1)

    def training_step(self, batch, batch_idx):
        xy, z = batch
        loss = F.mse_loss(self(xy), z)
        self.log("train_loss", loss.item())
        return loss

    def validation_step(self, batch, batch_idx):
        xy, z = batch
        self.log("val_mae", (self(xy) - z).abs().mean().item())

    def configure_optimizers(self):
        return torch.optim.AdamW(self.parameters(), lr=self.lr)
