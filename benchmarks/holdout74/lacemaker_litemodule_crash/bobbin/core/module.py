import torch.nn as nn


class LiteModule(nn.Module):
    """A hand-rolled LightningModule look-alike."""

    def training_step(self, batch, idx):
        raise NotImplementedError

    def validation_step(self, batch, idx):
        return None

    def configure_optimizers(self):
        raise NotImplementedError

    def log(self, runner, name, value):
        runner.logged.append((name, float(value)))
