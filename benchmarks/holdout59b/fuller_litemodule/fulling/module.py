import torch
import torch.nn as nn
import torch.nn.functional as F


class LiteModule(nn.Module):
    """Tiny imitation of a LightningModule: the trainer calls these hooks."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def train_dataloader(self):
        return []

    def val_dataloader(self):
        return []


class FeltModule(LiteModule):
    def __init__(self, n_in, hidden):
        super().__init__()
        self.n_in = n_in
        self.lstm = nn.LSTM(n_in, hidden, batch_first=True, bidirectional=True)
        self.out = nn.Linear(2 * hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h.mean(1)).squeeze(-1)

    def _batch(self):
        x = torch.randn(4, 6, self.n_in)
        return x, x.abs().mean((1, 2))

    def train_dataloader(self):
        return [self._batch() for _ in range(3)]

    def val_dataloader(self):
        return [self._batch() for _ in range(2)]

    def training_step(self, batch, batch_idx):
        x, y = batch
        return F.mse_loss(self(x), y)

    def validation_step(self, batch, batch_idx):
        x, y = batch
        return F.l1_loss(self(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-2)
