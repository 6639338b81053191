import torch.nn as nn


class SeqModule(nn.Module):
    """A tiny imitation of a LightningModule: the loop calls these methods."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def train_batch(self):
        raise NotImplementedError

    def val_batch(self):
        raise NotImplementedError
