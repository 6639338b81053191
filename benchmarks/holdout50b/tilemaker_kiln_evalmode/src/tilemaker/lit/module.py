"""A hand-written imitation of a LightningModule: steps return losses, the trainer
owns the loop."""
import torch
import torch.nn as nn
import torch.nn.functional as F


class LitModule(nn.Module):
    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def log(self, name, value):
        self._logged = getattr(self, "_logged", {})
        self._logged[name] = float(value)


class KilnModule(LitModule):
    """Kiln thermocouple profile -> tile crack probability."""

    def __init__(self, hidden=8, lr=5e-3):
        super().__init__()
        self.lr = lr
        self.gru = nn.GRU(2, hidden, num_layers=2, batch_first=True)
        self.clf = nn.Linear(hidden, 1)

    def forward(self, x):
        _, h = self.gru(x)
        return self.clf(h[-1]).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = F.binary_cross_entropy_with_logits(self(x), y)
        self.log("train_loss", loss)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        logits = self(x)
        self.log("val_acc", ((logits > 0).float() == y).float().mean())
        return F.binary_cross_entropy_with_logits(logits, y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)
