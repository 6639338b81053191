import torch.nn as nn


class LiteModule(nn.Module):
    """The handful of LightningModule hooks this project uses."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def train_batches(self, n):
        raise NotImplementedError
