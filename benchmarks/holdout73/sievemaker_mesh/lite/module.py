import torch
from torch import nn


class LiteModule(nn.Module):
    """A hand-rolled imitation of a LightningModule."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        raise NotImplementedError

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.05)

    def on_validation_start(self):
        self.eval()

    def on_validation_end(self):
        self.train()
