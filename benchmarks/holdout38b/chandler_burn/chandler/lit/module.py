import torch
import torch.nn as nn
import torch.nn.functional as F


class LitBase(nn.Module):
    """What we use of LightningModule: hooks, self.log, configure_optimizers."""

    def __init__(self):
        super().__init__()
        self._trainer = None

    def log(self, name, value):
        if self._trainer is not None:
            self._trainer.logged.append((name, float(value)))

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError


class BurnTimeModule(LitBase):
    def __init__(self, hidden=8, smooth_weight=0.1):
        super().__init__()
        self.rnn = nn.GRU(3, hidden, batch_first=True)
        self.head = nn.Linear(hidden, 1)
        self.smooth_weight = smooth_weight

    def forward(self, x):
        h, _ = self.rnn(x)
        return self.head(h[:, -1]).squeeze(-1)

    def training_step(self, batch, batch_idx):
        x, y = batch
        x = x.clone().requires_grad_(True)
        pred = self(x)
        mse = F.mse_loss(pred, y)
        # smoothness: burn time should not jump with small changes in vat temperature
        (gx,) = torch.autograd.grad(pred.sum(), x, create_graph=True)
        penalty = gx.pow(2).mean()
        loss = mse + self.smooth_weight * penalty
        self.log("train_loss", loss.detach())
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        loss = F.mse_loss(self(x), y)
        self.log("val_loss", loss)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=3e-3)
