import torch.nn as nn


class LightModule(nn.Module):
    """The few bits of a LightningModule that the trainer needs."""

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def train_dataloader(self):
        return []

    def val_dataloader(self):
        return []
