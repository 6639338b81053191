import torch.nn as nn


class MiniModule(nn.Module):
    """Subset of the LightningModule interface."""

    def __init__(self):
        super().__init__()
        self._trainer = None

    def log(self, name, value):
        if self._trainer is not None:
            self._trainer.logged.setdefault(name, []).append(float(value))

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError
