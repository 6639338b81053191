import torch.nn as nn


class MiniModule(nn.Module):
    """The few LightningModule methods this project uses."""

    def __init__(self):
        super().__init__()
        self._trainer = None
        self._logs = {}

    def log(self, name, value):
        self._logs[name] = float(value)

    def training_step(self, batch, batch_idx):
        raise NotImplementedError

    def validation_step(self, batch, batch_idx):
        raise NotImplementedError

    def configure_optimizers(self):
        raise NotImplementedError
