import torch.nn as nn


class MiniModule(nn.Module):
    """A tiny imitation of a LightningModule."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def train_dataloader(self):
        raise NotImplementedError

    def val_dataloader(self):
        raise NotImplementedError

    def log(self, name, value):
        self._trainer.logged.append((name, float(value)))
