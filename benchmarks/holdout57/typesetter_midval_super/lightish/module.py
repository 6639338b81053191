import torch.nn as nn


class LightModule(nn.Module):
    """A small hand-written imitation of a LightningModule."""

    def __init__(self):
        super().__init__()
        self._runner = None
        self._logs = {}

    def log(self, name, value):
        self._logs[name] = float(value)

    # hooks the runner calls; subclasses may override
    def on_train_epoch_start(self):
        pass

    def on_validation_start(self):
        self.eval()

    def on_validation_end(self):
        self.train()

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError
