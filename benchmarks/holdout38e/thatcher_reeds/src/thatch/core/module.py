"""Base class imitating the LightningModule hooks we use."""
import torch.nn as nn


class BaseModule(nn.Module):
    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def log(self, name, value):
        self._logged[name] = float(value)

    @property
    def logged(self):
        if not hasattr(self, "_logged"):
            self._logged = {}
        return self._logged
