import torch
from torch import nn


class KilnModule(nn.Module):
    """Hand-written imitation of a LightningModule: steps and optimisers live on the model."""

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=1e-3)
