from torch import nn


class LightishModule(nn.Module):
    """The bits of a LightningModule this project uses."""

    trainer = None

    def training_step(self, batch):
        raise NotImplementedError

    def validation_step(self, batch):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError

    def train_batches(self):
        return []

    def val_batches(self):
        return []

    def log(self, name, value):
        self.trainer.logged.setdefault(name, []).append(float(value))
