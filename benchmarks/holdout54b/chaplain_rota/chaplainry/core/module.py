import torch.nn as nn


class RotaModule(nn.Module):
    """Bits of the LightningModule contract the MiniTrainer relies on."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def log(self, name, value):
        self._logged = getattr(self, "_logged", {})
        self._logged[name] = float(value)
