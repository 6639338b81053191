"""A hand-written imitation of a LightningModule / LightningDataModule pair."""
import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset


class Task(nn.Module):
    """Base task: subclasses implement ``training_step`` / ``validation_step``."""

    def configure_optimizers(self):
        raise NotImplementedError

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    # hooks, overridable
    def on_validation_start(self):
        pass

    def on_validation_end(self, outputs):
        # the loop puts the module in eval for validation; hand it back in train mode
        self.train()

    def on_train_epoch_end(self, epoch):
        pass


class StrokeDataModule:
    def __init__(self, n_train, n_val, steps, n_styles, batch_size):
        g = torch.Generator().manual_seed(5)
        self.batch_size = batch_size
        self.train_set = self._make(n_train, steps, n_styles, g)
        self.val_set = self._make(n_val, steps, n_styles, g)

    @staticmethod
    def _make(n, steps, n_styles, g):
        x = torch.randn(n, steps, 4, generator=g)
        y = torch.randint(0, n_styles, (n,), generator=g)
        x[..., 0] += y.unsqueeze(1).float()
        return TensorDataset(x, y)

    def train_dataloader(self):
        return DataLoader(self.train_set, batch_size=self.batch_size, shuffle=True)

    def val_dataloader(self):
        return DataLoader(self.val_set, batch_size=self.batch_size)
