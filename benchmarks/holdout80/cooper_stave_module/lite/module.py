import torch.nn as nn


class LiteModule(nn.Module):
    """Minimal imitation of a LightningModule."""

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def log(self, name, value):
        self._trainer.logged.append((name, float(value)))
